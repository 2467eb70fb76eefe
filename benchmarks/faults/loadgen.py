"""Open-loop `submitResponse` load at a fixed rate, every request's outcome recorded.

The payload and the operation are ingest.py's (imported, not copied). A request counts as
accepted only on HTTP 200 with no `errors` and a response id: that is what a client may take as
"stored". Everything else (HTTP errors, GraphQL errors, timeouts, resets) is an error whose
outcome the client does not know; `retry_failed` sends those again with the same key and payload,
as the widget does.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from ingest import COMMENTS, SUBMIT, _pct


@dataclass
class Outcome:
    key: str
    score: int
    comment: str | None
    sent: float  # seconds since the load started
    latency_ms: float = 0.0
    response_id: str | None = None
    error: str | None = None


@dataclass
class Load:
    url: str
    token: str
    comments: list[str] = field(default_factory=lambda: list(COMMENTS))
    comment_share: float = 1.0  # the share of submissions that carry a comment (analysis work)
    outcomes: list[Outcome] = field(default_factory=list)
    t0: float = 0.0

    def body(self, o: Outcome) -> bytes:
        return json.dumps({"query": SUBMIT, "variables": {"input": {
            "token": self.token, "idempotencyKey": o.key, "score": o.score, "comment": o.comment,
            "completed": True}}}, ensure_ascii=False).encode()

    async def send(self, session: aiohttp.ClientSession, o: Outcome) -> None:
        start = time.perf_counter()
        o.error, o.response_id = None, None
        try:
            async with session.post(self.url, data=self.body(o), headers={"content-type": "application/json"}) as r:
                raw = await r.read()
                status = r.status
        except Exception as exc:  # timeout, reset, refused: outcome unknown
            o.error = type(exc).__name__
        else:
            o.error = _classify(status, raw)
            if o.error is None:
                o.response_id = json.loads(raw)["data"]["submitResponse"]["response"]["id"]
        o.latency_ms = (time.perf_counter() - start) * 1000

    async def run(self, *, rate: float, seconds: float, client_timeout: float = 10.0) -> None:
        """Send `rate` requests per second for `seconds` on a fixed schedule (no coordinated omission)."""
        conn = aiohttp.TCPConnector(limit=512)
        limit = aiohttp.ClientTimeout(total=client_timeout)
        async with aiohttp.ClientSession(connector=conn, timeout=limit) as session:
            self.t0 = time.perf_counter()
            tasks = []
            n = int(rate * seconds)
            for i in range(n):
                due = self.t0 + i / rate
                delay = due - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                with_comment = (i * self.comment_share) % 1 + self.comment_share >= 1  # spread evenly
                o = Outcome(key=str(uuid.uuid4()), score=random.randint(0, 10),
                            comment=self.comments[i % len(self.comments)] if with_comment else None,
                            sent=time.perf_counter() - self.t0)
                self.outcomes.append(o)
                tasks.append(asyncio.create_task(self.send(session, o)))
            await asyncio.gather(*tasks)

    async def retry_failed(self, *, concurrency: int = 32) -> dict[str, int]:
        """Send every failed request again (same key and payload); returns the second outcomes."""
        failed = [o for o in self.outcomes if o.error]
        counts: dict[str, int] = {}
        sem = asyncio.Semaphore(concurrency)
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
            async def one(o: Outcome) -> None:
                async with sem:
                    await self.send(session, o)
                name = o.error or "accepted"
                counts[name] = counts.get(name, 0) + 1

            await asyncio.gather(*(one(o) for o in failed))
        return counts

    def accepted(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.response_id]

    def summary(self) -> dict[str, Any]:
        lat = [o.latency_ms for o in self.outcomes if o.response_id]
        errors: dict[str, int] = {}
        for o in self.outcomes:
            if o.error:
                errors[o.error] = errors.get(o.error, 0) + 1
        return {"sent": len(self.outcomes), "accepted": len(lat), "errors": errors,
                "p50_ms": _round(_pct(lat, 50)), "p99_ms": _round(_pct(lat, 99))}

    def timeline(self, bucket: float = 1.0) -> list[tuple[int, int, int]]:
        """(second, accepted, failed) per bucket of send time."""
        rows: dict[int, list[int]] = {}
        for o in self.outcomes:
            row = rows.setdefault(int(o.sent // bucket), [0, 0])
            row[0 if o.response_id else 1] += 1
        return [(k, v[0], v[1]) for k, v in sorted(rows.items())]


def _classify(status: int, raw: bytes) -> str | None:
    """None for an accepted submission, else a short name of the failure."""
    if status != 200:
        return f"HTTP_{status}"
    try:
        data = json.loads(raw)
    except ValueError:
        return "BAD_BODY"
    if data.get("errors"):
        code = (data["errors"][0].get("extensions") or {}).get("code") or "GRAPHQL_ERROR"
        return str(code)
    payload = (data.get("data") or {}).get("submitResponse") or {}
    if payload.get("errors"):
        return ",".join(e["code"] for e in payload["errors"])
    if not (payload.get("response") or {}).get("id"):
        return "NO_ID"
    return None


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 1)


def print_timeline(load: Load, marks: dict[str, float]) -> None:
    """One line per second: accepted and failed requests, and the injected events."""
    labels: dict[int, list[str]] = {}
    for name, t in marks.items():
        labels.setdefault(int(t), []).append(name)
    print("  t(s)  accepted  failed  event")
    for second, ok, bad in load.timeline():
        print(f"  {second:>4}  {ok:>8}  {bad:>6}  {' '.join(labels.get(second, []))}")
