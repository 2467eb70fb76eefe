"""Uvicorn's httptools protocol with a cap on the size of a request's line and headers.

httptools sets no such cap and Uvicorn adds none: a 50 MB header line was buffered whole (the
`voc serve` process grew by ~100 MB for one connection) and answered with a 400 only at its end.
h11, Uvicorn's other parser, caps it at 16 KiB but costs several times the CPU per request.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

MAX_HEAD_BYTES = 64 * 1024  # request line and headers; nginx's default buffers allow 32 KiB
_END = b"\r\n\r\n"


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_head = True  # reading a request's line and headers (not a body)
        self._head_bytes = 0
        self._tail = b""  # the last bytes of the head so far: the blank line may straddle two reads

    def data_received(self, data: bytes) -> None:
        if self.transport.is_closing():
            return
        if self._in_head:
            end = (self._tail + data).find(_END)
            if end < 0:
                self._head_bytes += len(data)
                self._tail = (self._tail + data)[-(len(_END) - 1):]
            else:
                self._head_bytes += max(0, end + len(_END) - len(self._tail))
                self._in_head, self._tail = False, b""
            if self._head_bytes > MAX_HEAD_BYTES:
                self.transport.write(b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\n"
                                     b"connection: close\r\n\r\n")
                self.transport.close()
                return
        super().data_received(data)

    def on_message_complete(self) -> None:
        super().on_message_complete()
        # Bytes after this belong to the next request on the connection: its head is counted anew.
        self._in_head, self._head_bytes, self._tail = True, 0, b""

    def on_headers_complete(self) -> None:
        before = self.cycle
        super().on_headers_complete()
        if self.cycle is not before and self.cycle is not None:
            self.cycle.transport = HeadWithBody(self.transport)  # type: ignore[assignment]

    def on_response_complete(self) -> None:
        # A response without a body write (HEAD) still holds its head: out before anything else.
        if self.cycle is not None and isinstance(self.cycle.transport, HeadWithBody):
            self.cycle.transport.flush()
        super().on_response_complete()


class HeadWithBody:
    """The transport as one request's response sees it: the head is held until the body follows,
    and both go out in one write.

    Uvicorn writes a response's head and its body separately, so each response cost two send
    system calls; on loopback each is a large part of a small request's CPU (py-spy put the two at
    ~7 % of a submission). A head without a body in the same step of the loop (a streamed
    response, or one with no body) goes out at the end of that step, or before the connection
    closes."""

    __slots__ = ("_head", "_scheduled", "_transport")

    def __init__(self, transport: asyncio.Transport) -> None:
        self._transport = transport
        self._head: bytes | None = None
        self._scheduled = False

    def write(self, data: bytes) -> None:
        if self._head is None and not self._scheduled:  # the response's first write: its head
            self._head = data
            self._scheduled = True
            asyncio.get_running_loop().call_soon(self.flush)
            return
        if self._head is not None:
            data, self._head = self._head + data, None
        self._transport.write(data)

    def flush(self) -> None:
        if self._head is not None:
            head, self._head = self._head, None
            if not self._transport.is_closing():
                self._transport.write(head)

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)
