"""Uvicorn's httptools protocol with a cap on the size of a request's line and headers.

httptools sets no such cap and Uvicorn adds none: a 50 MB header line was buffered whole (the
`voc serve` process grew by ~100 MB for one connection) and answered with a 400 only at its end.
h11, Uvicorn's other parser, caps it at 16 KiB but costs several times the CPU per request.
"""

from __future__ import annotations

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
