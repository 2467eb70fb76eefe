"""`voc serve`'s HTTP protocol (api/http/server.py) sends a response's head and body in one write,
and still answers every kind of response whole and in order: pipelined requests, HEAD (a head with
no body write), a streamed body, and `Expect: 100-continue`. Runs Uvicorn in-process on a free
port with a raw socket client, and counts the writes that reach the connection's transport."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from api.http.server import BoundedHttpToolsProtocol
from tests.support.private_redis import free_port
from tests.support.waiting import until

WRITES: list[bytes] = []


class _Recorder:
    """The connection's transport, with each write recorded."""

    def __init__(self, transport: asyncio.Transport) -> None:
        self._transport = transport

    def write(self, data: bytes) -> None:
        WRITES.append(bytes(data))
        self._transport.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class RecordingProtocol(BoundedHttpToolsProtocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(_Recorder(transport))  # type: ignore[arg-type]


async def small(request: Request) -> Response:
    return JSONResponse({"ok": True, "n": request.query_params.get("n")})


async def echo(request: Request) -> Response:
    return Response(await request.body(), media_type="text/plain")


async def stream(request: Request) -> Response:
    async def chunks() -> AsyncIterator[bytes]:
        for part in (b"one,", b"two,", b"three"):
            yield part
            await asyncio.sleep(0.01)  # a producer that takes its time: the body goes out in parts

    return StreamingResponse(chunks(), media_type="text/plain")


@pytest.fixture
async def port() -> AsyncIterator[int]:
    app = Starlette(routes=[Route("/small", small, methods=["GET", "HEAD"]), Route("/echo", echo, methods=["POST"]),
                            Route("/stream", stream)])
    number = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=number, http=RecordingProtocol,
                                          lifespan="off", log_level="warning", access_log=False))
    task = asyncio.ensure_future(server.serve())
    await until(lambda: server.started or task.done(), what="Uvicorn started")
    assert server.started, task
    WRITES.clear()
    yield number
    server.should_exit = True
    await task


@pytest.fixture(autouse=True)
def _clear() -> Iterator[None]:
    WRITES.clear()
    yield
    WRITES.clear()


async def exchange(port: int, data: bytes, until: bytes, *, then: bytes | None = None) -> bytes:
    """Sends `data` (then `then` once "100 Continue" came), reads until `until` has arrived."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(data)
        received = b""
        while until not in received:
            chunk = await asyncio.wait_for(reader.read(65536), 5)
            assert chunk, f"connection closed early; got {received!r}"
            received += chunk
            if then is not None and b"100 Continue" in received:
                writer.write(then)
                then = None
        return received
    finally:
        writer.close()
        await writer.wait_closed()


async def test_a_response_goes_out_in_one_write(port: int) -> None:
    got = await exchange(port, b"GET /small?n=1 HTTP/1.1\r\nHost: t\r\n\r\n", b'"n":"1"}')
    assert got.startswith(b"HTTP/1.1 200 OK\r\n") and got.endswith(b'{"ok":true,"n":"1"}')
    assert len(WRITES) == 1 and WRITES[0] == got


async def test_pipelined_requests_are_answered_whole_and_in_order(port: int) -> None:
    requests = b"".join([b"GET /small?n=1 HTTP/1.1\r\nHost: t\r\n\r\n",
                         b"HEAD /small?n=2 HTTP/1.1\r\nHost: t\r\n\r\n",  # a head and no body write
                         b"GET /small?n=3 HTTP/1.1\r\nHost: t\r\n\r\n"])
    got = await exchange(port, requests, b'"n":"3"}')
    first, second, third = got.split(b"HTTP/1.1 200 OK\r\n")[1:]
    assert first.endswith(b'{"ok":true,"n":"1"}')
    assert second.endswith(b"\r\n\r\n") and b"content-length: 19" in second  # HEAD: the head only
    assert third.endswith(b'{"ok":true,"n":"3"}')


async def test_a_streamed_body_arrives_whole(port: int) -> None:
    got = await exchange(port, b"GET /stream HTTP/1.1\r\nHost: t\r\n\r\n", b"0\r\n\r\n")
    head, _, body = got.partition(b"\r\n\r\n")
    assert b"transfer-encoding: chunked" in head
    assert body == b"4\r\none,\r\n4\r\ntwo,\r\n5\r\nthree\r\n0\r\n\r\n"


async def test_expect_100_continue_is_answered_before_the_body_is_sent(port: int) -> None:
    head = b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n"
    got = await exchange(port, head, b"hello", then=b"hello")
    assert got.startswith(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n") and got.endswith(b"\r\n\r\nhello")
