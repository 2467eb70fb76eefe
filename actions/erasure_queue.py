"""Erasure in the job queue: the outbox relay puts each event's payload into the Redis stream as
task arguments ("action.shipped" lists external ids). Acknowledged messages are deleted from the
stream (core/queue.py), so only work in flight can hold a trace; `scrub_queue` rewrites this
organisation's messages that mention one (see actions/erasure.py for when it runs)."""

from __future__ import annotations

import json
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from actions.erasure_traces import Traces, scrub_json
from core.formats import json_int
from core.models import OutboxEvent

STREAM_BATCH = 500


def _event_ids(kwargs: dict[str, Any]) -> list[Any]:
    """The outbox event ids a dispatch message carries: a batch (`events`) or one (`event_id`)."""
    events = kwargs.get("events")
    if isinstance(events, list):
        return [e.get("event_id") for e in events if isinstance(e, dict)]
    return [kwargs.get("event_id")]


def _scrub_ours(kwargs: dict[str, Any], ours: set[int], traces: Traces) -> dict[str, Any]:
    """The message's arguments with this organisation's events scrubbed; a batch may also carry
    other organisations' events, which stay as they are."""
    events = kwargs.get("events")
    if isinstance(events, list):
        return {**kwargs, "events": [
            scrub_json(e, traces) if isinstance(e, dict) and json_int(e.get("event_id")) in ours else e
            for e in events]}
    return scrub_json(kwargs, traces) if json_int(kwargs.get("event_id")) in ours else kwargs


async def scrub_queue(*, redis: Redis, stream: str, organization_id: int, traces: Traces) -> int:
    """Rewrite the stream's messages of this organisation that mention a trace; returns how many."""
    try:
        groups: Any = await redis.xinfo_groups(stream)
    except ResponseError:  # no such stream: nothing was ever queued there
        return 0
    delivered = [(_text(g["name"]), _stream_id(g["last-delivered-id"])) for g in groups]
    needles = {form for v in traces.values for form in (v.encode(), json.dumps(v)[1:-1].encode())}
    changed, cursor = 0, "-"
    while True:
        entries: Any = await redis.xrange(stream, min=cursor, max="+", count=STREAM_BATCH)
        found: list[tuple[bytes, dict[str, Any]]] = []
        for message_id, fields in entries or []:
            data = fields.get(b"data", b"")
            if any(n in data for n in needles):
                try:
                    message = json.loads(data)
                except ValueError:
                    continue
                if isinstance(message, dict) and isinstance(message.get("kwargs"), dict):
                    found.append((message_id, message))
        event_ids = {i for _, m in found for i in map(json_int, _event_ids(m["kwargs"]))} - {None}
        known: list[Any] = await OutboxEvent.filter(
            id__in=sorted(i for i in event_ids if i is not None), organization_id=organization_id,
        ).values_list("id", flat=True)
        ours = {int(i) for i in known}
        for message_id, message in found:
            clean = {**message, "kwargs": _scrub_ours(message["kwargs"], ours, traces)}
            if clean == message:  # another organisation's events, or not announcements
                continue
            if await _unfinished(redis, stream, delivered, message_id):
                await redis.xadd(stream, {b"data": json.dumps(clean).encode()})
            await redis.xdel(stream, message_id)
            changed += 1
        if not entries or len(entries) < STREAM_BATCH:
            return changed
        cursor = "(" + _text(entries[-1][0])


async def _unfinished(redis: Redis, stream: str, delivered: list[tuple[str, tuple[int, int]]],
                      message_id: bytes) -> bool:
    """Not yet read by some consumer group, or read and not acknowledged: still to be run."""
    if not delivered:
        return True
    for group, last in delivered:
        if _stream_id(message_id) > last:
            return True
        pending: Any = await redis.xpending_range(stream, group, min=message_id, max=message_id, count=1)
        if pending:
            return True
    return False


def _stream_id(value: bytes | str) -> tuple[int, int]:
    ms, _, seq = _text(value).partition("-")
    return int(ms), int(seq or 0)


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
