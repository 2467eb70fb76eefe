#!/usr/bin/env python3
"""The long fuzzing run: schemathesis against a live `voc serve` on a fresh database.

Usage:
    .venv/bin/python scripts/fuzz.py [--examples 10] [--seed 0] [--database sqlite|postgres]
                                     [--postgres-url postgres://postgres@127.0.0.1:5432/postgres]
                                     [--modes positive,negative,variables] [--auths admin,anonymous]

Starts `voc serve` (env=production, so internal errors are masked and detectable; introspection on;
public rate limits raised) on a free port with a fresh SQLite file in a temporary directory, or a fresh
PostgreSQL database of its own (dropped afterwards), creates an admin API key with `voc apikey create`,
seeds an organisation over the API, and fuzzes every query and mutation in each mode with and without
the key: `--examples` cases per operation, mode and auth. Prints progress, the failures, a summary and,
last, one JSON line. Exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import asyncpg
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support import fuzz as harness  # noqa: E402

VOC = str(Path(sys.executable).with_name("voc"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def _admin(url: str, sql: str) -> None:
    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@contextmanager
def database(kind: str, postgres_url: str, data_dir: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite://{data_dir / 'fuzz.sqlite3'}"
        return
    name = f"voc_fuzz_{uuid.uuid4().hex[:10]}"
    asyncio.run(_admin(postgres_url, f'CREATE DATABASE "{name}"'))
    try:
        yield postgres_url.rsplit("/", 1)[0] + "/" + name
    finally:
        asyncio.run(_admin(postgres_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@contextmanager
def voc_server(env: dict[str, str], log_path: Path) -> Iterator[str]:
    port = free_port()
    with log_path.open("w") as log:
        process = subprocess.Popen([VOC, "serve", "--port", str(port)], env=env, stdout=log, stderr=log, cwd=ROOT)
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while True:
                assert process.poll() is None, f"voc serve exited; see {log_path}"
                assert time.monotonic() < deadline, "voc serve did not start in 60 s"
                try:
                    if requests.get(f"{url}/healthz", timeout=2).status_code == 200:
                        break
                except requests.ConnectionError:
                    time.sleep(0.2)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=10, help="cases per operation, mode and auth")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--postgres-url", default="postgres://postgres@127.0.0.1:5432/postgres",
                        help="server to create the fresh database in")
    parser.add_argument("--modes", default=",".join(harness.MODES))
    parser.add_argument("--auths", default=",".join(harness.AUTHS))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="voc-fuzz-") as tmp, \
            database(args.database, args.postgres_url, Path(tmp)) as url:
        env = {**os.environ, **harness.SERVER_ENV, "VOC_DATA_DIR": tmp, "VOC_DATABASE_URL": url}
        env.pop("VOC_REDIS_URL", None)  # embedded: in-process queue, pub/sub and limits
        subprocess.run([VOC, "migrate"], env=env, check=True, capture_output=True, cwd=ROOT)
        created = subprocess.run([VOC, "apikey", "create", "--org", "Fuzz 商城"], env=env, check=True,
                                 capture_output=True, text=True, cwd=ROOT)
        key = created.stdout.strip().splitlines()[-1]
        log_path = Path(tmp) / "server.log"
        with voc_server(env, log_path) as base_url:
            data = harness.seed(base_url, key)
            schema = harness.load_schema(base_url, data)
            print(f"fuzzing {base_url} ({args.database}), {len(list(schema.get_all_operations()))} operations, "
                  f"{args.examples} cases per operation, mode and auth", flush=True)
            report = harness.run(schema, base_url, data, examples=args.examples, seed=args.seed,
                                 modes=tuple(args.modes.split(",")), auths=tuple(args.auths.split(",")),
                                 log=lambda line: print(line, flush=True))
        server_log = log_path.read_text(errors="replace")

    for finding in report.findings:
        print(finding.describe())
    summary = report.summary()
    print("cases per mode/auth:", ", ".join(f"{k}={v}" for k, v in summary["by_mode_auth"].items()))
    print("status codes:", summary["statuses"])
    print("outcomes:", summary["outcomes"])
    print("error codes:", summary["error_codes"])
    # Strawberry logs every GraphQL error with its exception; an exception that escaped to Uvicorn is a crash.
    tracebacks = server_log.count("Exception in ASGI application")
    print(f"failures: {summary['failures']} ({summary['distinct_failures']} distinct); "
          f"unhandled exceptions in the server log: {tracebacks}; {summary['seconds']} s")
    if tracebacks:
        print(server_log[server_log.index("Exception in ASGI application"):][:4000])
    print(json.dumps({**summary, "database": args.database, "examples": args.examples, "seed": args.seed,
                      "server_tracebacks": tracebacks}, ensure_ascii=False))
    return 1 if report.findings or tracebacks else 0


if __name__ == "__main__":
    sys.exit(main())
