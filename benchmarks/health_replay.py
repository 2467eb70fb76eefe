#!/usr/bin/env python3
"""The proof of the health warnings: a synthetic book replayed day by day through the real API and workers.

Usage: python benchmarks/health_replay.py [--accounts 2000] [--months 12] [--seed 1] [--url postgres://...]
                                          [--scoring-url postgres://...] [--keep]

1. A fresh database (a SQLite file in a temporary folder; with --url a new PostgreSQL database on
   that server, dropped afterwards unless --keep), migrated; one organisation, 8 agents (the CS
   managers), an admin API key, an NPS and a CSAT survey, the app (api.app.create_app) over ASGI and
   the in-process queue with every task of the service.
2. The book of benchmarks/health_book.py (its docstring lists every assumption), simulated day by
   day for --months × 365 / 12 days ending yesterday, the clock of the whole process moved to the
   simulated moment (time-machine) so that everything the service stamps is stamped then:
   09:00 (Asia/Shanghai) `upsertAccounts` (all accounts on the first day; later the day's renewals
   and churns, stage CHURNED); 12:00 the day's answers with `submitResponse` (API key, respondent
   with its account), then the queue drained (analysis, case rules, health marks); 23:00 the day's
   signals with `recordAccountSignals`, 1,000 a call; 23:50 the periodic jobs of accounts/ (the
   health rescore: the daily pass scores every account, and whatever warning job accounts/ wires),
   then the queue drained again.
3. Figures (benchmarks/health_replay_figures.py): the product's warnings (cases with source
   "warning", overall and by reason) against a naive rule computed here from the same answers (an
   account's NPS over its NPS answers of the last 90 days turns negative); precision and recall
   within 90 days of churn, median lead time, false alarms per 100 accounts a month.
4. With --scoring-url: benchmarks/health_scoring.py at 20,000 accounts on that PostgreSQL server,
   its JSON line reported as it is.
The last line of output is one JSON object.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT_DIR = os.path.dirname(HERE)
sys.path[0:1] = [ROOT_DIR, HERE]

import argparse
import asyncio
import json
import shutil
import subprocess
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import time_machine
from health_book import OWNERS, Answer, BookAccount, Day, book_accounts, days
from health_replay_figures import HORIZON_DAYS, WARMUP_DAYS, figures

from accounts.models import AccountHealth
from accounts.service import MAX_ACCOUNTS_PER_CALL, MAX_SIGNALS_PER_CALL
from actions.account_cases import SOURCE as WARNING_SOURCE
from actions.models import Case
from analysis.models import CommentAnalysis
from api.app import create_app
from api.process import configure
from api.wiring import wiring
from core import migrate
from core.db import close_db, init_db
from core.ids import encode_id
from core.models import Organization, Role
from core.service import create_api_key, create_user, get_or_create_organization
from core.settings import Settings
from surveys import service as surveys
from surveys.models import Response, SurveyKind, SurveyStatus
from tests.support.databases import create_pg_database, drop_pg_database
from tests.support.queue import drain, in_process

ZONE = ZoneInfo("Asia/Shanghai")
# The API's maxima a call, as a host's back end sends them: 1,000 signals (about 100 KB here) and 500
# accounts. They fit because the replay calls with an API key, whose body limit is 2 MiB
# (Settings.max_api_body_bytes); without a key a body is at most 64 KiB (Settings.max_body_bytes).
SIGNALS_PER_CALL = MAX_SIGNALS_PER_CALL  # 1,000
ACCOUNTS_PER_CALL = MAX_ACCOUNTS_PER_CALL  # 500
NPS_DAYS = 90  # the naive rule's window

UPSERT = """mutation($input: [AccountInput!]!) { upsertAccounts(input: $input) { errors { code field } } }"""
SIGNALS = """mutation($input: [AccountSignalInput!]!) {
  recordAccountSignals(input: $input) { accepted errors { code field } } }"""
SUBMIT = """mutation($input: SubmitResponseInput!) {
  submitResponse(input: $input) { response { id } errors { code } } }"""


@contextmanager
def at(day: date, hour: int, minute: int = 0) -> Iterator[datetime]:
    """The whole process's clock at this local moment of the simulated day (ticking on from there)."""
    moment = datetime.combine(day, clock(hour, minute), ZONE)
    with time_machine.travel(moment, tick=True):
        yield moment


class Phases:
    """Seconds spent in each phase of the simulated days (perf_counter: the real clock, not the moved one)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def timed(self, name: str) -> Iterator[None]:
        begun = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - begun


class Api:
    """The GraphQL API as the host's back end calls it: an admin API key, errors raised."""

    def __init__(self, client: httpx.AsyncClient, key: str) -> None:
        self.client, self.key = client, key

    async def __call__(self, query: str, **variables: Any) -> dict[str, Any]:
        response = await self.client.post("/graphql", json={"query": query, "variables": variables},
                                          headers={"authorization": f"Bearer {self.key}"})
        body = response.json()
        if "errors" in body:
            raise RuntimeError(body["errors"])
        data: dict[str, Any] = body["data"]
        for payload in data.values():
            if payload.get("errors"):
                raise RuntimeError(payload["errors"])
        return data


def _account_input(account: BookAccount, owners: list[int], renewal: date) -> dict[str, Any]:
    owner = encode_id("User", owners[account.owner])
    return {"externalId": account.external_id, "name": account.name, "ownerId": owner,
            "attributes": {"plan": account.plan, "seats": account.seats, "mrr": account.mrr},
            "renewalAt": datetime.combine(renewal, clock(0), ZONE).isoformat()}


class NaiveRule:
    """Alert when an account's NPS over its NPS answers of the last 90 days turns negative."""

    def __init__(self) -> None:
        self.answers: dict[str, deque[tuple[date, int]]] = {}
        self.negative: set[str] = set()
        self.alerts: list[tuple[str, date]] = []

    def day(self, today: date, answers: list[Answer]) -> None:
        for answer in answers:
            if answer.survey == "nps":
                self.answers.setdefault(answer.account, deque()).append((today, answer.score))
        for account, window in self.answers.items():
            while window and (today - window[0][0]).days >= NPS_DAYS:
                window.popleft()
            nps = sum(1 if s >= 9 else -1 if s <= 6 else 0 for _, s in window)
            if window and nps < 0:
                if account not in self.negative:
                    self.negative.add(account)
                    self.alerts.append((account, today))
            else:
                self.negative.discard(account)


async def _setup(settings: Settings, start: date) -> tuple[Organization, str, list[int], dict[str, str]]:
    with at(start - timedelta(days=1), 9):
        organization = await get_or_create_organization(name="健康回放")
        _, key = await create_api_key(organization=organization, role=Role.ADMIN, name="replay")
        owners = [(await create_user(organization=organization, name=f"客户成功 {i + 1}",
                                     email=f"csm{i + 1}@replay.example", role=Role.AGENT)).id for i in range(OWNERS)]
        tokens = {}
        for kind in (SurveyKind.NPS, SurveyKind.CSAT):
            created = await surveys.create_survey(organization=organization, name=f"{kind.value} 回访", kind=kind,
                                                  locale="zh-CN", changes=surveys.SurveyChanges())
            survey = await surveys.transition_survey(organization=organization, survey_id=created.id,
                                                     to=SurveyStatus.ACTIVE)
            tokens[kind.value] = survey.token
    return organization, key, owners, tokens


async def _accounts_day(api: Api, book: list[BookAccount], owners: list[int], day: Day, first: bool) -> None:
    by_id = {a.external_id: a for a in book}
    rows = [_account_input(a, owners, a.first_renewal) for a in book] if first else []
    rows += [_account_input(by_id[e], owners, renewal) for e, renewal in day.renewed.items()]
    rows += [{"externalId": e, "name": by_id[e].name, "stage": "CHURNED"} for e in day.churned]
    for i in range(0, len(rows), ACCOUNTS_PER_CALL):
        await api(UPSERT, input=rows[i:i + ACCOUNTS_PER_CALL])


async def _answers_day(api: Api, tokens: dict[str, str], day: Day) -> None:
    for n, answer in enumerate(day.answers):
        await api(SUBMIT, input={
            "token": tokens[answer.survey], "idempotencyKey": f"{day.day.isoformat()}-{n}", "score": answer.score,
            "comment": answer.comment, "channel": "API",
            "respondent": {"externalId": answer.person, "account": answer.account}})


async def _signals_day(api: Api, day: Day) -> int:
    measured = datetime.combine(day.day, clock(22), ZONE).isoformat()
    rows = [{"account": s.account, "metric": s.metric, "value": s.value, "at": measured} for s in day.signals]
    accepted = 0
    for i in range(0, len(rows), SIGNALS_PER_CALL):
        accepted += (await api(SIGNALS, input=rows[i:i + SIGNALS_PER_CALL]))["recordAccountSignals"]["accepted"]
    return accepted


async def replay(*, accounts: int, months: int, seed: int, url: str, data_dir: Path, horizon: int = HORIZON_DAYS,
                 warmup: int = WARMUP_DAYS, progress: bool = True) -> tuple[dict[str, Any], dict[str, Any]]:
    """Replay the book into the migrated database at `url`: the alerts and churn days, and the figures."""
    settings = Settings(database_url=url, data_dir=data_dir, env="test", rate_limit_per_ip="1000000/minute",
                        rate_limit_per_survey="1000000/minute", rate_limit_per_api_key="1000000/minute")
    configure(settings)
    length = round(months * 365 / 12)
    end = datetime.now(ZONE).date() - timedelta(days=1)
    start = end - timedelta(days=length - 1)
    book = book_accounts(accounts, start, seed)
    jobs = [job for job in wiring(settings).periodic if job.name.startswith("accounts.")]
    naive = NaiveRule()
    phases = Phases()
    churned: dict[str, date] = {}
    causes: dict[str, int] = {}
    counts = {"answers": 0, "signals": 0, "intent_comments": 0}
    started = time.perf_counter()
    await init_db(settings)
    try:
        organization, key, owners, tokens = await _setup(settings, start)
        app = create_app(settings, manage_db=False)
        async with in_process(settings) as broker, httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://replay") as client:
            api = Api(client, key)
            for n, day in enumerate(days(book, start, length, seed)):
                with at(day.day, 9), phases.timed("accounts"):
                    await _accounts_day(api, book, owners, day, first=n == 0)
                with at(day.day, 12), phases.timed("answers"):
                    await _answers_day(api, tokens, day)
                    await drain(broker)
                with at(day.day, 23), phases.timed("signals"):
                    counts["signals"] += await _signals_day(api, day)
                with at(day.day, 23, 50), phases.timed("jobs"):
                    for job in jobs:
                        await job.fn()
                    await drain(broker)
                churned.update((e, day.day) for e in day.churned)
                for cause in day.causes.values():
                    causes[cause] = causes.get(cause, 0) + 1
                naive.day(day.day, day.answers)
                counts["answers"] += len(day.answers)
                counts["intent_comments"] += sum(a.intent for a in day.answers)
                if progress and (n + 1) % 30 == 0:
                    print(f"  day {n + 1}/{length}: {len(churned)} churned, {time.perf_counter() - started:.0f} s",
                          flush=True)
            await app.state.limiter.close()
        warnings = await Case.filter(organization_id=organization.id, source=WARNING_SOURCE).values_list(
            "account_external_id", "reason", "created_at")
        stored = {"responses": await Response.all().count(), "health_rows": await AccountHealth.all().count(),
                  "detractor_cases": await Case.filter(source="rule").count(),
                  "intent_marked": await CommentAnalysis.filter(churn_intent=True).count()}
    finally:
        await close_db()
    replay_s = time.perf_counter() - started
    alerts = [(str(a), created.astimezone(ZONE).date(), str(reason)) for a, reason, created in warnings]
    product = {"all": figures([(a, d) for a, d, _ in alerts], churned, accounts, start, end, horizon, warmup)}
    for reason in sorted({r for _, _, r in alerts}):
        product[reason] = figures([(a, d) for a, d, r in alerts if r == reason], churned, accounts, start, end,
                                  horizon, warmup)
    raw = {"churned": {a: d.isoformat() for a, d in churned.items()},
           "naive": [(a, d.isoformat()) for a, d in naive.alerts],
           "warnings": [(a, d.isoformat(), r) for a, d, r in alerts]}
    return raw, {
        "accounts": accounts, "days": length, "seed": seed, "start": start.isoformat(), "end": end.isoformat(),
        "horizon_days": horizon, "warmup_days": warmup, "replay_s": round(replay_s, 1),
        "phase_s": {k: round(v, 1) for k, v in phases.seconds.items()}, **counts, "stored": stored,
        "churned": len(churned), "churn_causes": causes,
        "product_warnings": product if warnings else None,
        "naive_nps_negative": figures(naive.alerts, churned, accounts, start, end, horizon, warmup),
    }


def scoring_at_20k(url: str) -> dict[str, Any]:
    """benchmarks/health_scoring.py at 20,000 accounts on the server of `url`: its JSON line."""
    run = subprocess.run([sys.executable, os.path.join(HERE, "health_scoring.py"), "--accounts", "20000"],
                         env={**os.environ, "VOC_DATABASE_URL": url, "PYTHONPATH": ROOT_DIR}, check=True,
                         capture_output=True, text=True)
    result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def report(result: dict[str, Any]) -> None:
    print(f"{result['accounts']} accounts, {result['days']} days ({result['start']} .. {result['end']}), "
          f"{result['answers']:,} answers, {result['signals']:,} signals, {result['churned']} churned; "
          f"replayed in {result['replay_s']:.0f} s")
    rows = [("naive: NPS (90 days) < 0", result["naive_nps_negative"])]
    rows += [(f"product: {name}", f) for name, f in (result["product_warnings"] or {}).items()]
    print(f"{'alerts':34} {'precision':>9} {'recall':>7} {'lead (median d)':>15} {'false/100 acc-mo':>16}")
    for name, f in rows:
        print(f"{name:34} {f['precision']!s:>9} {f['recall']!s:>7} {f['median_lead_days']!s:>15} "
              f"{f['false_alarms_per_100_account_months']!s:>16}")
    if result["product_warnings"] is None:
        print("the product opened no warning case (accounts/ wires no warning rules in this tree)")


async def _database(base: str | None, folder: Path) -> str:
    return await create_pg_database(base) if base else f"sqlite://{folder}/replay.sqlite3"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--accounts", type=int, default=2_000)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--url", default=None, help="postgres://... of a server (a database is made on it)")
    parser.add_argument("--scoring-url", default=None, help="also time health_scoring.py at 20k on this server")
    parser.add_argument("--horizon", type=int, default=HORIZON_DAYS, help="days from an alert to churn that count")
    parser.add_argument("--warmup", type=int, default=WARMUP_DAYS, help="first days not counted")
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument("--dump", type=Path, default=None, help="write the alerts and churn days here (JSON)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="voc-replay-"))
    url = asyncio.run(_database(args.url, folder))
    print(f"database: {url}", flush=True)
    try:
        migrate.upgrade(url)
        raw, result = asyncio.run(replay(accounts=args.accounts, months=args.months, seed=args.seed, url=url,
                                    data_dir=folder, horizon=args.horizon, warmup=args.warmup))
    finally:
        if args.url and not args.keep:
            asyncio.run(drop_pg_database(url))
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    if args.dump:
        args.dump.write_text(json.dumps(raw))
    if args.scoring_url:
        result["scoring_20k"] = scoring_at_20k(args.scoring_url)
    report(result)
    if args.scoring_url:
        print(f"score_accounts at 20,000 accounts (health_scoring.py): {result['scoring_20k']['score_median_s']} s")
    result["finished_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
