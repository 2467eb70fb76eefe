#!/usr/bin/env python3
"""Mails per second of an e-mail distribution through the real queue path, against raw SMTP sends.

Usage: python benchmarks/mail_throughput.py [--mails 1000] [--database-url URL]

1. Starts a local SMTP server (aiosmtpd's Sink handler, which accepts and drops every message) in a
   process of its own on a free loopback port.
2. Baseline: the same mails (built by core.mailer) sent with aiosmtplib in a plain loop over one
   connection: what SMTP itself costs here.
3. The queue path: a fresh database (SQLite in a temporary directory unless --database-url names
   an empty PostgreSQL database), one organisation, an NPS survey and a distribution of `--mails`
   recipients created through surveys.distributions, then the in-process queue as `voc serve`
   runs it: the outbox relay, the pump, one send task per recipient (claim, render, SMTP, record).
   Timed from the first relay pass until every recipient is recorded SENT; the creation
   (respondents and recipient rows) is timed separately.
The last line of output is one JSON object.
"""

from __future__ import annotations

import os
import sys

ROOT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[0] = ROOT_DIR

import argparse
import asyncio
import json
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import aiosmtplib

from api.jobs import broker_for
from api.process import configure
from core import migrate
from core.db import close_db, init_db
from core.mailer import Mail, build
from core.outbox import relay_once
from core.service import get_or_create_organization
from core.settings import Settings
from surveys import distributions, service
from surveys.distribution_models import Recipient, RecipientStatus
from surveys.models import SurveyKind, SurveyStatus
from surveys.recipient_rows import RecipientRow

SENDER = "VoC Loop <survey@bench.example>"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                               "-c", "aiosmtpd.handlers.Sink"])
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return server
        except OSError:
            time.sleep(0.05)
    server.kill()
    raise RuntimeError("the SMTP server did not start")


async def baseline(port: int, mails: int) -> float:
    """Seconds for `mails` sends over one connection, in a loop."""
    messages = [build(Mail(to=f"customer{i}@bench.example", to_name=f"用户{i}", subject="邀请您参与调查：NPS",
                           text="您好！请点击链接作答 http://127.0.0.1:8000/m/1.x\n" * 8, html="<p>您好</p>" * 8,
                           message_id=f"<voc.{i}.0@bench.example>"), SENDER) for i in range(mails)]
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False)
    await client.connect()
    started = time.perf_counter()
    for message in messages:
        await client.send_message(message)
    elapsed = time.perf_counter() - started
    await client.quit()
    return elapsed


async def queue_path(settings: Settings, mails: int) -> tuple[float, float]:
    """(seconds to create the distribution, seconds until every mail is recorded sent)."""
    migrate.upgrade(settings.resolved_database_url)
    configure(settings)
    await init_db(settings)
    broker = broker_for(settings)
    await broker.startup()
    try:
        org = await get_or_create_organization(name="bench")
        survey = await service.create_survey(organization=org, name="NPS", kind=SurveyKind.NPS, locale="zh-CN",
                                             changes=service.SurveyChanges())
        await service.transition_survey(organization=org, survey_id=survey.id, to=SurveyStatus.ACTIVE)
        rows = [RecipientRow(email=f"customer{i}@bench.example", name=f"用户{i}") for i in range(mails)]
        started = time.perf_counter()
        made = await distributions.create_distribution(
            organization=org, spec=distributions.DistributionSpec(survey_id=survey.id, recipients=rows),
            settings=settings)
        created = time.perf_counter() - started
        started = time.perf_counter()
        while await Recipient.filter(distribution_id=made.id, status=RecipientStatus.SENT).count() < mails:
            if not await relay_once(broker):
                await asyncio.sleep(0.01)
        return created, time.perf_counter() - started
    finally:
        await broker.shutdown()
        await close_db()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mails", type=int, default=1000)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    port = free_port()
    server = start_server(port)
    try:
        with tempfile.TemporaryDirectory() as data_dir:
            settings = Settings(data_dir=Path(data_dir), database_url=args.database_url, redis_url=None, env="test",
                                smtp_url=f"smtp://127.0.0.1:{port}", mail_from=SENDER,
                                mail_rate_per_second=1_000_000.0)
            raw = await baseline(port, args.mails)
            created, sent = await queue_path(settings, args.mails)
    finally:
        server.terminate()
        server.wait()
    result = {"mails": args.mails, "database": "postgres" if args.database_url else "sqlite",
              "queue_mails_per_second": round(args.mails / sent, 1), "raw_smtp_mails_per_second":
              round(args.mails / raw, 1), "ratio_to_raw": round(raw / sent, 3), "create_seconds": round(created, 2)}
    print(f"queue path: {result['queue_mails_per_second']} mails/s; raw aiosmtplib loop: "
          f"{result['raw_smtp_mails_per_second']} mails/s; ratio {result['ratio_to_raw']}; "
          f"creating the distribution of {args.mails}: {result['create_seconds']} s")
    print(json.dumps(result))


if __name__ == "__main__":
    asyncio.run(main())
