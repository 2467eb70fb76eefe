"""Real group robots on loopback: a tiny HTTP server per vendor that checks each request as the vendor
documents it (the signature computed here, independently of the service's code), records it, and
answers as the vendor does: `{"errcode": 0, "errmsg": "ok"}` (WeCom, DingTalk), `{"code": 0}` (Feishu),
and the vendor's own error codes when the signature does not match."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

DINGTALK_SECRET = "SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
FEISHU_SECRET = "feishu-signing-secret-123"
PATHS = {"wecom": "/cgi-bin/webhook/send?key=693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa",
         "dingtalk": "/robot/send?access_token=0123456789abcdef",
         "feishu": "/open-apis/bot/v2/hook/3d6a8f6e-1b2c-4d5e-9f00-aabbccddeeff",
         "webhook": "/hook"}
OK = {"wecom": {"errcode": 0, "errmsg": "ok"}, "dingtalk": {"errcode": 0, "errmsg": "ok"},
      "feishu": {"code": 0, "data": {}, "msg": "success"}, "webhook": {}}
DINGTALK_SIGN_MISMATCH = {"errcode": 310000, "errmsg": "sign not match, more: [https://ding-doc.dingtalk.com/]"}
FEISHU_SIGN_MISMATCH = {"code": 19021, "msg": "sign match fail or timestamp is not within one hour from current time"}


def dingtalk_expected(secret: str, timestamp: str) -> str:
    """DingTalk's documented sign (before URL-encoding): base64(HMAC-SHA256(secret, "{timestamp}\\n{secret}"))."""
    mac = hmac.new(secret.encode("utf-8"), f"{timestamp}\n{secret}".encode(), digestmod=hashlib.sha256)
    return base64.b64encode(mac.digest()).decode()


def feishu_expected(secret: str, timestamp: str) -> str:
    """Feishu's documented sign: base64(HMAC-SHA256 keyed by "{timestamp}\\n{secret}" over nothing)."""
    mac = hmac.new(f"{timestamp}\n{secret}".encode(), digestmod=hashlib.sha256)
    return base64.b64encode(mac.digest()).decode()


@dataclass
class Call:
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    signed: bool | None  # None: this vendor signs nothing / no secret configured

    def json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.body)
        return data


@dataclass
class Robot:
    """A vendor's robot on 127.0.0.1. `secret`: what the robot checks signatures with (None: no
    signing configured). `outage`: requests answered with HTTP 502 before it works again;
    `answers`: (status, JSON) to give in turn before the vendor's normal answers."""

    kind: str
    secret: str | None = None
    port: int = 0
    outage: int = 0
    answers: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)

    def __post_init__(self) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                parts = urlsplit(self.path)
                call = Call(parts.path, parse_qs(parts.query), {k.lower(): v for k, v in self.headers.items()},
                            body, owner.verify(parts.query, body))
                owner.calls.append(call)
                status, answer = owner.answer(call)
                raw = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.port = int(self.server.server_address[1])

    def verify(self, query: str, body: bytes) -> bool | None:
        if self.secret is None or self.kind not in ("dingtalk", "feishu"):
            return None
        if self.kind == "dingtalk":
            found = parse_qs(query)
            stamp, sign = found.get("timestamp", [""])[0], found.get("sign", [""])[0]
            fresh = stamp.isdigit() and abs(int(stamp) - time.time() * 1000) < 3_600_000  # ms, within an hour
            return fresh and hmac.compare_digest(sign, dingtalk_expected(self.secret, stamp))
        data = json.loads(body)
        stamp, sign = data.get("timestamp"), data.get("sign")
        fresh = isinstance(stamp, str) and stamp.isdigit() and abs(int(stamp) - time.time()) < 3600  # seconds
        return bool(fresh) and isinstance(sign, str) and hmac.compare_digest(sign, feishu_expected(self.secret, stamp))

    def answer(self, call: Call) -> tuple[int, dict[str, Any]]:
        if self.outage:
            self.outage -= 1
            return 502, {"error": "bad gateway"}
        if self.answers:
            return self.answers.pop(0)
        if call.signed is False:
            return 200, DINGTALK_SIGN_MISMATCH if self.kind == "dingtalk" else FEISHU_SIGN_MISMATCH
        return 200, OK[self.kind]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{PATHS[self.kind]}"

    def start(self) -> Robot:
        self.thread.start()
        return self

    def stop(self) -> None:
        if self.thread.is_alive():  # shutdown() waits for a serving loop: one never started has none
            self.server.shutdown()
        self.server.server_close()
