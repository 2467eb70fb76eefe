"""A TCP proxy in front of the test PostgreSQL that drops a connection when the client sends a
chosen statement: a connection that dies exactly there, as one does when PostgreSQL restarts under
it, without restarting the shared server. Everything else passes through unchanged."""

from __future__ import annotations

import asyncio
import contextlib


class CuttingProxy:
    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.port = 0
        self.cuts = 0
        self._cut_at: bytes | None = None
        self._server: asyncio.Server | None = None
        self._writers: list[asyncio.StreamWriter] = []
        self._handlers: set[asyncio.Task[None]] = set()

    def cut_next(self, statement: bytes) -> None:
        """Drop the next connection that sends `statement` (both sides, at once, unanswered)."""
        self._cut_at = statement

    async def __aenter__(self) -> CuttingProxy:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self._writers:
            writer.transport.abort()
        await asyncio.gather(*self._handlers, return_exceptions=True)
        await self._server.wait_closed()

    async def _handle(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        try:
            server_reader, server_writer = await asyncio.open_connection(*self.upstream)
            self._writers += [client_writer, server_writer]
            await asyncio.gather(self._pump(client_reader, server_writer, client_writer, inspect=True),
                                 self._pump(server_reader, client_writer, server_writer, inspect=False))
        finally:
            self._handlers.discard(task)

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                    peer: asyncio.StreamWriter, *, inspect: bool) -> None:
        with contextlib.suppress(OSError):
            while data := await reader.read(65536):
                if inspect and self._cut_at is not None and self._cut_at in data:
                    self._cut_at = None
                    self.cuts += 1
                    break
                writer.write(data)
                await writer.drain()
        writer.transport.abort()
        peer.transport.abort()
