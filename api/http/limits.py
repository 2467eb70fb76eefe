"""Refuse request bodies over the configured size with 413 before anything parses them.

Two limits. Every request may send `max_bytes` (Settings.max_body_bytes, 64 KiB): the widget's
answers, the console's calls, anything anonymous. A request that `vouched` for (api.http.identity:
a valid API key, a host's back end calling server to server, rate limited per key) may send up to
`max_key_bytes` (Settings.max_api_body_bytes), so that the documented batch maxima (1,000
`recordAccountSignals` rows, 500 `upsertAccounts` rows) fit one call.

The larger limit never lets an unauthenticated client make the server hold more than `max_bytes`:
the key is looked up before a byte past `max_bytes` is read. A declared Content-Length over it is
checked against the key first (nothing of the body has been read; an `Expect: 100-continue` client
has not even been invited to send it); a body without one (chunked) is read up to `max_bytes`, then
the key is checked before reading on. A request that stays within `max_bytes` costs no lookup, and
one over `max_key_bytes` is refused unread without one. (The GraphQL view identifies the caller
again: one more indexed lookup for the few large calls, rather than a cache between the two layers.)
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

Vouched = Callable[[Scope], Awaitable[bool]]  # whether a request may send up to max_key_bytes


async def _nobody(scope: Scope) -> bool:
    return False


class BodySizeLimit:
    def __init__(self, app: ASGIApp, max_bytes: int, max_key_bytes: int | None = None,
                 vouched: Vouched = _nobody) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_key_bytes = max(max_bytes, max_key_bytes or 0)
        self.vouched = vouched

    async def _allows(self, scope: Scope, size: int) -> bool:
        """Whether a body of `size` bytes (over max_bytes) may be read: only for a vouched caller."""
        return size <= self.max_key_bytes and await self.vouched(scope)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await self._refuse(scope, receive, send, limit)
                return
            if int(declared) > limit:
                if not await self._allows(scope, int(declared)):
                    await self._refuse(scope, receive, send, limit)
                    return
                limit = self.max_key_bytes
        # Read up to the limit (a declared length is not trusted to be the body's), then replay.
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                if limit < self.max_key_bytes and await self._allows(scope, size):
                    limit = self.max_key_bytes  # a chunked body of a vouched caller, past max_bytes
                else:
                    await self._refuse(scope, receive, send, limit)
                    return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        message = f"request body is larger than {limit} bytes"
        if limit < self.max_key_bytes:  # say what a host's back end may send, as the README does
            message += f" (requests with a valid API key: {self.max_key_bytes} bytes)"
        response = JSONResponse(
            {"errors": [{"message": message, "extensions": {"code": "PAYLOAD_TOO_LARGE", "maxBytes": limit}}]},
            status_code=413,
        )
        await response(scope, receive, send)
