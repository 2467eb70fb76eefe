"""Each vendor's group-robot format, exactly as documented: where a channel may point, how a request
is signed and shaped, and how its answer says whether the message went out.

- WeCom (企业微信) group robot: POST `{"msgtype": "markdown", "markdown": {"content": ...}}`; the key
  is in the URL, nothing is signed. Markdown mentions are `<@userid>`; mobiles and `@all` exist only
  in `text` messages (`mentioned_list`, `mentioned_mobile_list`), so a channel that mentions those
  sends text. Markdown content is at most 4,096 bytes of UTF-8, text 2,048: trimmed, never refused.
- DingTalk (钉钉) custom robot: query parameters `timestamp` (ms) and `sign` = URL-encoded base64 of
  HMAC-SHA256 keyed by the secret over "{timestamp}\\n{secret}"; body markdown with `at`.
- Feishu (飞书) / Lark custom bot: in the body, `timestamp` (s, a string) and `sign` = base64 of
  HMAC-SHA256 keyed by "{timestamp}\\n{secret}" over an empty message; an interactive card.
- WeCom and DingTalk answer `{"errcode": 0, "errmsg": "ok"}`, Feishu `{"code": 0, "msg": ...}`:
  anything else, even with HTTP 200, is a failure whose code is kept in the delivery log.
- WEBHOOK posts the message's JSON signed as webhooks are (actions/webhooks.py, X-Voc-Signature).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote_plus, urlencode, urlsplit, urlunsplit

import httpx

from actions import alert_messages, webhooks
from actions.channel_models import ChannelKind
from actions.errors import InvalidChannel, InvalidWebhook

WECOM_MARKDOWN_BYTES = 4096
WECOM_TEXT_BYTES = 2048
DINGTALK_TEXT_BYTES = 18_000  # DingTalk documents no exact figure; its messages stay below 20,000
FEISHU_TEXT_BYTES = 18_000  # a Feishu request body may be 20 KB
# Each vendor's own host (https only outside development) and the path its robot URLs have.
HOSTS: dict[ChannelKind, tuple[frozenset[str], str]] = {
    ChannelKind.WECOM: (frozenset({"qyapi.weixin.qq.com"}), "/cgi-bin/webhook/send"),
    ChannelKind.DINGTALK: (frozenset({"oapi.dingtalk.com"}), "/robot/send"),
    ChannelKind.FEISHU: (frozenset({"open.feishu.cn", "open.larksuite.com"}), "/open-apis/bot/v2/hook/"),
}
SECRET_PARAMS = ("key", "access_token")  # the robot's key in WeCom and DingTalk URLs
MOBILE = re.compile(r"^\+?\d{6,15}$")
ALL = "@all"


# --- where a channel may point --------------------------------------------------------------------


def _loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


async def check_url(kind: ChannelKind, url: str, *, development: bool, allow_private: bool = False) -> str:
    """The channel's URL when it may be used; InvalidChannel (field "url") otherwise. Robots: the
    vendor's own https host (and robot path), or in development and tests a loopback address when
    VOC_WEBHOOK_ALLOW_PRIVATE is set too (a deployment left at VOC_ENV's default must not let a
    tenant's admin probe the host's own services).
    WEBHOOK: the webhooks' rules (public addresses unless VOC_WEBHOOK_ALLOW_PRIVATE)."""
    url = url.strip()
    if kind == ChannelKind.WEBHOOK:
        try:
            return (await webhooks.check_url(url, allow_private=allow_private)).url
        except InvalidWebhook as exc:  # the same refusal, as this domain's error
            raise InvalidChannel(exc.message, field="url") from exc
    if not url or len(url) > webhooks.MAX_URL:
        raise InvalidChannel(f"url must be 1-{webhooks.MAX_URL} characters", field="url")
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").lower()
        parts.port  # noqa: B018  (raises on a port that is no number)
        httpx.URL(url)  # what sends it: a URL it refuses (a control character ...) could never be sent
    except (ValueError, httpx.InvalidURL) as exc:
        raise InvalidChannel(f"url is not a valid URL: {exc}", field="url") from exc
    hosts, path = HOSTS[kind]
    if development and allow_private and parts.scheme in ("http", "https") and _loopback(host):
        return url
    allowed = " or ".join(f"https://{h}{path}…" for h in sorted(hosts))
    if parts.scheme != "https" or host not in hosts or parts.port not in (None, 443) or parts.username:
        raise InvalidChannel(f"a {kind.value} robot's url must be {allowed}"
                             + (" (or a loopback address in development with VOC_WEBHOOK_ALLOW_PRIVATE)"
                                if development else ""), field="url")
    if not parts.path.startswith(path) or (kind == ChannelKind.FEISHU and parts.path == path):
        raise InvalidChannel(f"a {kind.value} robot's url looks like {allowed}: copy it from the robot's settings",
                             field="url")
    if kind != ChannelKind.FEISHU and not any(k in SECRET_PARAMS and v for k, v in parse_qsl(parts.query)):
        raise InvalidChannel(f"the url lacks the robot's {'key' if kind == ChannelKind.WECOM else 'access_token'}",
                             field="url")
    return url


def masked(url: str) -> str:
    """The URL with the robot's key hidden but its last 4 characters (what the API answers)."""
    parts = urlsplit(url)
    query = urlencode([(k, _hide(v) if k in SECRET_PARAMS else v) for k, v in parse_qsl(parts.query)], safe="*")
    path = parts.path
    if "/hook/" in path:  # every segment after it (a trailing slash leaves the last one empty)
        head, _, tokens = path.partition("/hook/")
        path = f"{head}/hook/" + "/".join(_hide(token) if token else "" for token in tokens.split("/"))
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def _hide(value: str) -> str:
    return "****" + value[-4:] if len(value) > 8 else "****"


# --- signatures ---------------------------------------------------------------------------------


def dingtalk_sign(secret: str, timestamp_ms: int) -> str:
    """DingTalk: urlencode(base64(HMAC-SHA256(key=secret, msg="{timestamp}\\n{secret}")))."""
    mac = hmac.new(secret.encode(), f"{timestamp_ms}\n{secret}".encode(), hashlib.sha256).digest()
    return quote_plus(base64.b64encode(mac).decode())


def feishu_sign(secret: str, timestamp_s: int) -> str:
    """Feishu: base64(HMAC-SHA256(key="{timestamp}\\n{secret}", msg=empty))."""
    mac = hmac.new(f"{timestamp_s}\n{secret}".encode(), b"", hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


# --- mentions -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mentions:
    everyone: bool
    user_ids: tuple[str, ...]
    mobiles: tuple[str, ...]

    @classmethod
    def of(cls, mentions: list[str]) -> Mentions:
        return cls(everyone=ALL in mentions, user_ids=tuple(m for m in mentions if m != ALL and not MOBILE.match(m)),
                   mobiles=tuple(m for m in mentions if MOBILE.match(m)))


def check_mentions(kind: ChannelKind, mentions: list[str]) -> list[str]:
    cleaned = list(dict.fromkeys(m.strip() for m in mentions if m.strip()))
    if len(cleaned) > 50 or any(len(m) > 64 or any(c in m for c in "<>\n ") for m in cleaned):
        raise InvalidChannel("mentions: at most 50 user ids, mobiles or @all, each up to 64 characters",
                             field="mentions")
    if cleaned and kind == ChannelKind.WEBHOOK:
        raise InvalidChannel("a webhook mentions nobody", field="mentions")
    if kind == ChannelKind.FEISHU and Mentions.of(cleaned).mobiles:
        raise InvalidChannel("a Feishu bot mentions by user id (open_id) or @all, not by mobile", field="mentions")
    return cleaned


# --- requests -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    url: str
    body: bytes
    headers: dict[str, str]


def trim_utf8(text: str, limit: int) -> str:
    """`text` in at most `limit` bytes of UTF-8, cut on a character boundary, "…" where it was cut."""
    raw = text.encode()
    if len(raw) <= limit:
        return text
    return raw[:limit - len("…".encode())].decode(errors="ignore") + "…"


def _markdown(message: dict[str, Any], *, line_break: str) -> str:
    lines = [f"**{message['title']}**", *alert_messages.lines(message)]
    if message.get("link"):
        lines.append(f"[{message.get('button') or message['link']}]({message['link']})")
    return line_break.join(lines)


def _plain(message: dict[str, Any]) -> str:
    lines = [str(message["title"]), *alert_messages.lines(message)]
    if message.get("link"):
        lines.append(str(message["link"]))
    return "\n".join(lines)


def _json(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def wecom_body(message: dict[str, Any], mentions: Mentions) -> dict[str, Any]:
    if mentions.everyone or mentions.mobiles:  # only text messages mention by mobile or everyone
        text: dict[str, Any] = {"content": trim_utf8(_plain(message), WECOM_TEXT_BYTES)}
        text["mentioned_list"] = [*mentions.user_ids, *([ALL] if mentions.everyone else [])]
        if mentions.mobiles:
            text["mentioned_mobile_list"] = list(mentions.mobiles)
        return {"msgtype": "text", "text": text}
    tail = "".join(f"<@{u}>" for u in mentions.user_ids)
    content = trim_utf8(_markdown(message, line_break="\n"), WECOM_MARKDOWN_BYTES - len(tail.encode()) - 1)
    return {"msgtype": "markdown", "markdown": {"content": f"{content}\n{tail}" if tail else content}}


def dingtalk_body(message: dict[str, Any], mentions: Mentions) -> dict[str, Any]:
    # DingTalk shows a mention only when the text names it too.
    named = " ".join([*(f"@{m}" for m in mentions.mobiles), *(f"@{u}" for u in mentions.user_ids)])
    text = trim_utf8(_markdown(message, line_break="\n\n"), DINGTALK_TEXT_BYTES)
    return {"msgtype": "markdown",
            "markdown": {"title": str(message["title"]), "text": f"{text}\n\n{named}" if named else text},
            "at": {"atMobiles": list(mentions.mobiles), "atUserIds": list(mentions.user_ids),
                   "isAtAll": mentions.everyone}}


def feishu_card(message: dict[str, Any], mentions: Mentions) -> dict[str, Any]:
    tags = [*(["<at id=all></at>"] if mentions.everyone else []), *(f"<at id={u}></at>" for u in mentions.user_ids)]
    content = trim_utf8("\n".join([*alert_messages.lines(message), *([" ".join(tags)] if tags else [])]),
                        FEISHU_TEXT_BYTES)
    elements: list[dict[str, Any]] = [{"tag": "div", "text": {"tag": "lark_md", "content": content}}]
    if message.get("link"):
        elements.append({"tag": "action", "actions": [{
            "tag": "button", "type": "primary", "url": message["link"],
            "text": {"tag": "plain_text", "content": message.get("button") or message["link"]}}]})
    return {"config": {"wide_screen_mode": True},
            "header": {"title": {"tag": "plain_text", "content": str(message["title"])},
                       "template": "red" if message.get("urgent") else "blue"},
            "elements": elements}


def build_request(
    *, kind: ChannelKind, url: str, secret: str | None, message: dict[str, Any], mentions: list[str], event: str,
    delivery_id: int, organization_id: int, now: float,
) -> Request:
    """The request that sends `message` to a channel at `now` (unix seconds)."""
    at = Mentions.of(mentions)
    headers = {"Content-Type": "application/json; charset=utf-8"}
    if kind == ChannelKind.WECOM:
        return Request(url, _json(wecom_body(message, at)), headers)
    if kind == ChannelKind.DINGTALK:
        if secret:
            stamp = int(now * 1000)
            url = f"{url}{'&' if urlsplit(url).query else '?'}timestamp={stamp}&sign={dingtalk_sign(secret, stamp)}"
        return Request(url, _json(dingtalk_body(message, at)), headers)
    if kind == ChannelKind.FEISHU:
        body: dict[str, Any] = {}
        if secret:
            stamp = int(now)
            body = {"timestamp": str(stamp), "sign": feishu_sign(secret, stamp)}
        body |= {"msg_type": "interactive", "card": feishu_card(message, at)}
        return Request(url, _json(body), headers)
    raw = _json({"id": str(delivery_id), "event": event, "organization_id": organization_id, "message": message})
    return Request(url, raw, headers | {"X-Voc-Event": event, "X-Voc-Delivery": str(delivery_id),
                                        "X-Voc-Signature": webhooks.sign(secret or "", raw, int(now))})


# --- answers ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    status_code: int | None
    error_code: int | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def read_answer(kind: ChannelKind, status_code: int, body: bytes) -> Answer:
    """Whether the vendor took the message: HTTP 2xx and, for robots, a zero errcode / code."""
    if not 200 <= status_code < 300:
        detail = "redirects are not followed" if 300 <= status_code < 400 else body[:200].decode(errors="replace")
        return Answer(status_code, _code(body), f"HTTP {status_code}: {detail}".rstrip(": "))
    if kind == ChannelKind.WEBHOOK:
        return Answer(status_code)
    try:
        found = json.loads(body)
    except ValueError:
        shown = body[:200].decode(errors="replace")
        return Answer(status_code, None, f"the answer is not {kind.value}'s JSON: {shown}")
    if not isinstance(found, dict):
        return Answer(status_code, None, "the answer is not a JSON object")
    key, text = ("code", "msg") if kind == ChannelKind.FEISHU else ("errcode", "errmsg")
    code = found.get(key, found.get("StatusCode"))  # Feishu's older answers say StatusCode
    if code == 0:
        return Answer(status_code)
    number = code if isinstance(code, int) and -2**31 <= code < 2**31 else None
    said = found.get(text) or found.get("StatusMessage") or ""
    return Answer(status_code, number, f"{kind.value} {key} {code}: {said}".strip().rstrip(":"))


def _code(body: bytes) -> int | None:
    try:
        found = json.loads(body)
    except ValueError:
        return None
    code = found.get("errcode", found.get("code")) if isinstance(found, dict) else None
    return code if isinstance(code, int) and code and -2**31 <= code < 2**31 else None
