#!/usr/bin/env python3
"""The console as people use it: JS per route, time until the overview's NPS shows, each page's queries.

Usage: python benchmarks/console.py [--answers 100000] [--postgres] [--quick] [--workers 1]
                                    [--cold-runs 5] [--warm-runs 10] [--repeats 40] [--keep]

One run does everything itself:

1. JS per route, from the committed build (api/static/console, no server): the entry script (and its
   modulepreloads) plus the route's chunk and, for pages in the shell, the shell's, each with every
   chunk it imports statically, gzipped at level 9 one file at a time (as `voc serve` sends them).
   Routes and their components are read from console/src/router.ts, so new pages are measured as
   they land;
2. a fresh database (SQLite in a temporary VOC_DATA_DIR, or with --postgres a new database on the
   BENCH_PG_ADMIN_DSN server), `voc migrate`, `voc demo` (ten weeks of a delivery app's answers,
   analysed, with topics and respondents' attributes) and a console admin with a password; then
   every answer of the demo, its respondent, its analysis and its displays copied in SQL
   (INSERT ... SELECT, minutes apart) until the organisation has --answers answers, and the
   database analysed;
3. `voc serve` (production mode, no Redis), then benchmarks/console_browser.mjs in headless
   Chromium (playwright-core from console/node_modules, /usr/bin/chromium): signs in through the
   sign-in page; opens every page under the shell (a route's `:id` is the first node of the root
   connection its path names: /topics/:id takes `topics`) and records the /graphql POST bodies it
   really sends; times navigation to /app/ until the NPS figure shows a number, in fresh contexts
   (cold: empty HTTP cache) and again in one context (warm); POSTs every recorded body --repeats
   times from the signed-in page (session cookie, CSRF token) and, alternating round by round, from
   the script with an API key: the bare baseline of the same run.

The figures are each page's queries at p50 / p95 as the console sends them, with the ratio to the
bare POST; the NPS times; the JS per route. Goals (issue): the first route <= 300 KB gzipped JS; NPS
visible <= 1 s warm and <= 2 s cold at 100k answers; every page's queries p95 <= 150 ms at 1M answers.
The last line of output is one JSON object for machines.
"""

from __future__ import annotations

import os
import sys

ROOT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[0] = ROOT_DIR
sys.path[1:1] = [os.path.join(ROOT_DIR, "benchmarks")]

import argparse
import gzip
import json
import math
import re
import secrets
import shutil
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from ingest import PG_BASE, ROOT, VENV_BIN, free_port, gql, sql, stop, wait_healthy
from ingest import _pct as pct

from core import migrate

STATIC = ROOT / "api" / "static" / "console"
ROUTER = ROOT / "console" / "src" / "router.ts"
BROWSER_SCRIPT = ROOT / "benchmarks" / "console_browser.mjs"
NPS_SELECTOR = '[data-test="kpi-nps"] [data-test="kpi-value"]'
EMAIL = "bench-admin@example.com"
GOALS = {"first_route_kb": 300.0, "nps_warm_ms": 1000.0, "nps_cold_ms": 2000.0, "query_p95_ms": 150.0}
ROUTE = re.compile(r"\{\s*path:\s*'(?P<path>[^']*)',\s*(?:name:\s*'(?P<name>[^']*)',\s*)?"
                   r"component:\s*\(\)\s*=>\s*import\('\./views/(?P<component>\w+)\.vue'\)(?P<rest>[^\n]*)")
STATIC_IMPORT = re.compile(r"""\bimport\s*(?:[\w$*{},\s]+?from\s*)?["']\./([\w.-]+\.js)["']""")
OPERATION = re.compile(r"^\s*(query|mutation)\s+(\w+)")


# --------------------------------------------------------------------------- JS per route

@dataclass(frozen=True)
class Route:
    path: str  # as router.ts writes it: '/login', 'topics/:id'
    name: str
    component: str
    public: bool
    in_shell: bool


def routes() -> list[Route]:
    """The console's routes from its router: top-level ones ('/login'), and the shell's children."""
    found = []
    for m in ROUTE.finditer(ROUTER.read_text(encoding="utf-8")):
        path = m["path"]
        found.append(Route(path=path, name=m["name"] or m["component"], component=m["component"],
                           public="public: true" in m["rest"], in_shell=not path.startswith("/")))
    return found


def gz(name: str) -> int:
    return len(gzip.compress((STATIC / "assets" / name).read_bytes(), compresslevel=9, mtime=0))


def closure(names: list[str]) -> set[str]:
    """The chunks and every chunk they import statically (a dynamic import() loads later, on demand)."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo += STATIC_IMPORT.findall((STATIC / "assets" / name).read_text(encoding="utf-8"))
    return seen


def chunk_of(component: str) -> str | None:
    matches = sorted(p.name for p in (STATIC / "assets").glob(f"{component}-*.js"))
    return matches[0] if len(matches) == 1 else None


def bundle_sizes() -> dict[str, Any]:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    entry = re.findall(r'<script type="module"[^>]*src="/app/assets/([^"]+\.js)"', html)
    entry += re.findall(r'<link rel="modulepreload"[^>]*href="/app/assets/([^"]+\.js)"', html)
    entry_files = closure(entry)
    shell = next((r for r in routes() if r.path == "/"), None)
    shell_files = closure([c]) if shell and (c := chunk_of(shell.component)) else set()
    per_route: dict[str, Any] = {}
    for route in routes():
        if route.path == "/" or ":rest" in route.path:
            continue
        chunk = chunk_of(route.component)
        if chunk is None:
            per_route[route.name] = {"missing": f"no single chunk named {route.component}-*.js"}
            continue
        own = closure([chunk]) - entry_files - (shell_files if route.in_shell else set())
        files = entry_files | (shell_files if route.in_shell else set()) | own
        per_route[route.name] = {"path": route.path, "chunk": chunk, "own_gz": sum(map(gz, own)),
                                 "total_gz": sum(map(gz, files)), "files": len(files)}
    return {"entry_gz": sum(map(gz, entry_files)), "entry_files": len(entry_files),
            "shell_gz": sum(map(gz, shell_files - entry_files)), "routes": per_route}


# --------------------------------------------------------------------------- the deployment

@dataclass
class Deployment:
    postgres: bool
    workers: int
    keep: bool
    data_dir: str = field(default_factory=lambda: tempfile.mkdtemp(prefix="voc-console-bench-"))
    db: str = ""
    url: str = ""
    env: dict[str, str] = field(default_factory=dict)
    server: subprocess.Popen[bytes] | None = None
    port: int = 0

    def create(self) -> None:
        if self.postgres:
            self.db = f"voc_console_{os.getpid()}_{int(time.time())}"
            sql("test", lambda c: c.execute(f'CREATE DATABASE "{self.db}"'))
            self.url = f"{PG_BASE}/{self.db}"
        else:
            self.url = f"sqlite://{self.data_dir}/bench.sqlite3"
        self.env = {**os.environ, "VOC_DATABASE_URL": self.url, "VOC_DATA_DIR": self.data_dir, "VOC_ENV": "production",
                    "VOC_SECRET_KEY": secrets.token_urlsafe(24), "VOC_REDIS_URL": "",
                    "VOC_RATE_LIMIT_PER_IP": "1000000/minute", "VOC_RATE_LIMIT_PER_API_KEY": "1000000/minute"}

    def voc(self, *args: str, stdin: str | None = None) -> str:
        cmd = [str(VENV_BIN / "voc")] if (VENV_BIN / "voc").exists() else [sys.executable, "-m", "api.cli"]
        out = subprocess.run([*cmd, *args], env=self.env, cwd=ROOT, capture_output=True, text=True, input=stdin,
                             check=False)
        if out.returncode != 0:
            raise RuntimeError(f"voc {' '.join(args)} failed ({out.returncode}):\n{out.stdout[-2000:]}\n"
                               f"{out.stderr[-3000:]}")
        return out.stdout

    def serve(self) -> None:
        self.port = free_port()
        log = open(os.path.join(self.data_dir, "serve.log"), "wb")  # noqa: SIM115 (the server holds it)
        cmd = [str(VENV_BIN / "voc")] if (VENV_BIN / "voc").exists() else [sys.executable, "-m", "api.cli"]
        self.server = subprocess.Popen([*cmd, "serve", "--host", "127.0.0.1", "--port", str(self.port), "--workers",
                                        str(self.workers)], env=self.env, cwd=ROOT, start_new_session=True,
                                       stdout=log, stderr=log)
        wait_healthy(self.port, self.server)

    def destroy(self) -> None:
        stop(self.server)
        if self.keep:
            print(f"kept {self.url} and {self.data_dir}", file=sys.stderr)
            return
        if self.db:
            try:
                sql("test", lambda c: c.execute(f'DROP DATABASE IF EXISTS "{self.db}" WITH (FORCE)'))
            except Exception as exc:
                print(f"warning: could not drop {self.db}: {exc}", file=sys.stderr)
        shutil.rmtree(self.data_dir, ignore_errors=True)


# --------------------------------------------------------------------------- the answers

def copy_statements(postgres: bool) -> list[str]:
    """Copy g (bench_copies.g between :lo and :hi) of every original row: a respondent per respondent, an
    answer per answer (by its respondent's copy, g * 37 minutes earlier modulo a day), its analysis (same
    tokens, sentiment and topic) and its displays. A copy's id is the original's plus g times the
    table's largest original id, so the copies of one row find each other without a lookup."""
    def shift(column: str) -> str:
        minutes = "((g.g * 37) % 1440)"
        if postgres:
            return f"{column} - {minutes} * interval '1 minute'"
        return f"strftime('%Y-%m-%d %H:%M:%f+00:00', {column}, '-' || {minutes} || ' minutes')"

    return [
        "INSERT INTO respondents (id, organization_id, external_id, attributes, verified, created_at, updated_at) "
        "SELECT p.id + g.g * :respondents, p.organization_id, p.external_id || '#' || g.g, p.attributes, p.verified, "
        "p.created_at, p.updated_at FROM respondents p CROSS JOIN bench_copies g "
        "WHERE p.id <= :respondents AND g.g BETWEEN :lo AND :hi",

        "INSERT INTO responses (id, organization_id, survey_id, respondent_id, idempotency_key, payload_hash, score, "
        "nps_category, comment, answers, completed, channel, locale, page_url, attributes, identity_verified, "
        "submitted_at, updated_at) "
        "SELECT r.id + g.g * :responses, r.organization_id, r.survey_id, r.respondent_id + g.g * :respondents, "
        "r.idempotency_key || '#' || g.g, r.payload_hash, r.score, r.nps_category, r.comment, r.answers, r.completed, "
        f"r.channel, r.locale, r.page_url, r.attributes, r.identity_verified, {shift('r.submitted_at')}, r.updated_at "
        "FROM responses r CROSS JOIN bench_copies g WHERE r.id <= :responses AND g.g BETWEEN :lo AND :hi",

        "INSERT INTO comment_analyses (organization_id, response_id, normalized, tokens, keywords, sentiment, "
        "topic_id, topic_probability, model_version, analysed_at) "
        "SELECT a.organization_id, a.response_id + g.g * :responses, a.normalized, a.tokens, a.keywords, a.sentiment, "
        "a.topic_id, a.topic_probability, a.model_version, a.analysed_at "
        "FROM comment_analyses a CROSS JOIN bench_copies g "
        "WHERE a.response_id <= :responses AND g.g BETWEEN :lo AND :hi",

        "INSERT INTO displays (organization_id, survey_id, respondent_id, channel, created_at) "
        "SELECT d.organization_id, d.survey_id, d.respondent_id + g.g * :respondents, d.channel, "
        f"{shift('d.created_at')} "
        "FROM displays d CROSS JOIN bench_copies g WHERE d.id <= :displays AND g.g BETWEEN :lo AND :hi",
    ]


def scale_answers(url: str, answers: int) -> dict[str, Any]:
    """Copies of the demo's rows (the only organisation in the database) until it has about `answers`."""
    engine = sa.create_engine(migrate.sqlalchemy_url(url))
    postgres = engine.dialect.name == "postgresql"
    start = time.perf_counter()
    try:
        with engine.begin() as c:
            (org,) = c.execute(sa.text("SELECT id FROM organizations")).scalars().all()
            top = {t: c.execute(sa.text(f"SELECT coalesce(max(id), 0) FROM {t}")).scalar_one()
                   for t in ("respondents", "responses", "displays")}
            base = count(c, "responses", org)
        copies = max(0, round(answers / base) - 1)
        with engine.begin() as c:
            c.execute(sa.text("CREATE TABLE bench_copies (g INTEGER PRIMARY KEY)"))
            if copies:
                c.execute(sa.text("INSERT INTO bench_copies (g) VALUES (:g)"), [{"g": g} for g in range(1, copies + 1)])
        per_statement = max(1, 50_000 // base)  # about 50k answers a statement
        for lo in range(1, copies + 1, per_statement):
            hi = min(copies, lo + per_statement - 1)
            with engine.begin() as c:
                for statement in copy_statements(postgres):
                    c.execute(sa.text(statement), {"lo": lo, "hi": hi, **top})
            print(f"  {base * (hi + 1):,} answers ({time.perf_counter() - start:.0f} s)", flush=True)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.execute(sa.text("DROP TABLE bench_copies"))
            if postgres:  # ids were given: the sequences go on after them (SQLite's AUTOINCREMENT follows itself)
                for table in ("respondents", "responses"):
                    c.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                      f"(SELECT max(id) FROM {table}))"))
            c.execute(sa.text("VACUUM ANALYZE" if postgres else "ANALYZE"))
        with engine.begin() as c:
            total, analysed = count(c, "responses", org), count(c, "comment_analyses", org)
            counted = c.execute(sa.text("SELECT coalesce(sum(responses), 0) FROM survey_activity "
                                        "WHERE organization_id = :o"), {"o": org}).scalar_one()
            topics = c.execute(sa.text("SELECT coalesce(sum(n), 0) FROM topic_activity "
                                       "WHERE organization_id = :o"), {"o": org}).scalar_one()
        if counted != total:  # the triggers count every write path; a copy they missed would skew `metrics`
            raise RuntimeError(f"survey_activity counts {counted} answers of {total}")
        if topics != analysed:  # likewise `topics(from, to)`
            raise RuntimeError(f"topic_activity counts {topics} analyses of {analysed}")
    finally:
        engine.dispose()
    return {"demo_answers": base, "answers": total, "analysed": analysed,
            "load_s": round(time.perf_counter() - start, 1)}


def count(c: sa.Connection, table: str, organization_id: int) -> int:
    return int(c.execute(sa.text(f"SELECT count(*) FROM {table} WHERE organization_id = :o"),
                         {"o": organization_id}).scalar_one())


# --------------------------------------------------------------------------- pages

def page_urls(port: int, key: str) -> list[dict[str, str]]:
    """Every page under the shell, its `:param` filled with the first node of the root connection its
    path names (topics/:id: the first of `topics`); a page whose connection does not exist is left out."""
    out = []
    for route in routes():
        if not route.in_shell or ":rest" in route.path:
            continue
        path: str | None = route.path
        for param in re.findall(r":(\w+)", route.path):
            segment = route.path.split(f"/:{param}")[0].rsplit("/", 1)[-1]
            try:
                query = f"{{ {segment}(first: 1) {{ edges {{ node {{ id }} }} }} }}"
                edges = gql(port, key, query, {})[segment]["edges"]
            except Exception as exc:  # no such connection: the page cannot be opened with real data
                print(f"  {route.name}: left out, no `{segment}` connection to fill :{param} ({exc})")
                edges = []
            if not edges:
                path = None
                break
            path = (path or "").replace(f":{param}", edges[0]["node"]["id"])
        if path is not None:
            out.append({"name": route.name, "url": f"http://127.0.0.1:{port}/app/{path}"})
    return out


def check_copies(port: int, key: str, answers: int) -> None:
    """The newest answers are copies: the API reads them back (their times included) and counts them all."""
    query = "{ responses(first: 3) { totalCount edges { node { submittedAt score analysis { topic { id } } } } } }"
    listed = gql(port, key, query, {})["responses"]
    if listed["totalCount"] != answers or len(listed["edges"]) != 3:
        raise RuntimeError(f"the API lists {listed['totalCount']} answers of {answers}")


def browser(cfg: dict[str, Any]) -> dict[str, Any]:
    out = subprocess.run(["node", str(BROWSER_SCRIPT)], input=json.dumps(cfg), capture_output=True, text=True,
                         cwd=ROOT, check=False, timeout=3600)
    if out.returncode != 0:
        raise RuntimeError(f"the browser script failed ({out.returncode}):\n{out.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def operation(body: str) -> str:
    query = json.loads(body).get("query", "") if body else ""
    m = OPERATION.match(query)
    return m[2] if m else "(anonymous)"


def rounded(ms: float | None) -> float | None:
    return None if ms is None else round(ms, 1)


def summarise(result: dict[str, Any]) -> dict[str, Any]:
    timed = result["timings"]
    queries = []
    for i, body in enumerate(result["bodies"]):
        b, r = timed["browser"][i], timed["bare"][i]
        p50, bare_p50 = rounded(pct(b, 50)), rounded(pct(r, 50))
        queries.append({"operation": operation(body), "p50_ms": p50, "p95_ms": rounded(pct(b, 95)),
                        "bare_p50_ms": bare_p50, "bare_p95_ms": rounded(pct(r, 95)),
                        "ratio_p50": round(p50 / bare_p50, 3) if p50 is not None and bare_p50 else None})
    pages = {}
    for page in result["captured"]:
        mine = [queries[i] for i in page["bodies"]]
        pages[page["name"]] = {"url": page["url"], "final_url": page["finalUrl"], "heading": page["heading"],
                               "queries": [q["operation"] for q in mine], "problems": page["problems"],
                               "p95_ms": max((q["p95_ms"] for q in mine if q["p95_ms"] is not None), default=None)}
    nps = result["nps"]
    return {"queries": queries, "pages": pages,
            "nps_cold_ms": statistics.median(nps["cold"]), "nps_warm_ms": statistics.median(nps["warm"]),
            "nps_cold_runs": [round(v) for v in nps["cold"]], "nps_warm_runs": [round(v) for v in nps["warm"]],
            "cold_js": nps["coldJs"], "errors": timed["errors"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--answers", type=int, default=None,
                    help="answers in the organisation (default 100000; --quick 10000)")
    ap.add_argument("--postgres", action="store_true", help="a new PostgreSQL database instead of SQLite")
    ap.add_argument("--quick", action="store_true", help="10k answers, 2 cold and 3 warm runs, 10 repeats (a check)")
    ap.add_argument("--workers", type=int, default=1, help="`voc serve --workers`")
    ap.add_argument("--cold-runs", type=int, default=None, help="fresh-context navigations (default 5)")
    ap.add_argument("--warm-runs", type=int, default=None, help="navigations in one warm context (default 10)")
    ap.add_argument("--repeats", type=int, default=None, help="timed POSTs of each query, each way (default 40)")
    ap.add_argument("--keep", action="store_true", help="keep the database and data directory")
    args = ap.parse_args()
    answers = args.answers or (10_000 if args.quick else 100_000)
    cold_runs = args.cold_runs or (2 if args.quick else 5)
    warm_runs = args.warm_runs or (3 if args.quick else 10)
    repeats = args.repeats or (10 if args.quick else 40)

    sizes = bundle_sizes()
    deployment = Deployment(postgres=args.postgres, workers=args.workers, keep=args.keep)
    password = secrets.token_urlsafe(18)
    try:
        t0 = time.perf_counter()
        deployment.create()
        deployment.voc("migrate")
        from api.demo.scenario import ORGANIZATION

        key = deployment.voc("demo").strip().splitlines()[-1]
        deployment.voc("user", "create", "--org", ORGANIZATION, "--email", EMAIL, "--name", "Bench", "--role", "admin",
                       "--password-stdin", stdin=password)
        print(f"demo built in {time.perf_counter() - t0:.0f} s; copying answers up to {answers:,}", flush=True)
        data = scale_answers(deployment.url, answers)
        deployment.serve()
        check_copies(deployment.port, key, data["answers"])
        pages = page_urls(deployment.port, key)
        result = browser({"base": f"http://127.0.0.1:{deployment.port}", "email": EMAIL, "password": password,
                          "key": key, "chromium": os.environ.get("VOC_E2E_CHROMIUM", "/usr/bin/chromium"),
                          "routes": pages, "coldRuns": cold_runs, "warmRuns": warm_runs, "repeats": repeats,
                          "warmup": 2, "quietMs": 1000, "routeTimeoutMs": 30_000, "npsSelector": NPS_SELECTOR})
    finally:
        deployment.destroy()
    summary = summarise(result)
    report(args, sizes, data, summary, repeats)


def report(args: argparse.Namespace, sizes: dict[str, Any], data: dict[str, Any], summary: dict[str, Any],
           repeats: int) -> None:
    kb = 1024
    database = "PostgreSQL" if args.postgres else "SQLite"
    print(f"\n{data['answers']:,} answers ({data['analysed']:,} analysed; the demo's {data['demo_answers']:,} copied "
          f"in {data['load_s']} s), {database}, voc serve --workers {args.workers}, "
          f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"\nJS per route, gzip -9 KB (entry {sizes['entry_gz'] / kb:.1f} in {sizes['entry_files']} files, "
          f"shell +{sizes['shell_gz'] / kb:.1f})")
    for name, route in sizes["routes"].items():
        if "missing" in route:
            print(f"  {name:<12} {route['missing']}")
        else:
            print(f"  {name:<12} {route['total_gz'] / kb:>7.1f}  (own {route['own_gz'] / kb:.1f}, "
                  f"{route['files']} files)")
    first = sizes["routes"].get("overview", {}).get("total_gz", math.inf) / kb
    largest = max((r["total_gz"] for r in sizes["routes"].values() if "total_gz" in r), default=0) / kb
    cold_js = summary["cold_js"]
    print(f"  first load of the overview in Chromium: {cold_js['bytes'] / kb:.1f} KB of JS in {cold_js['files']} files "
          "once idle (dynamic imports included)")
    print(f"\nNPS visible after navigation, ms: cold median {summary['nps_cold_ms']:.0f} {summary['nps_cold_runs']}, "
          f"warm median {summary['nps_warm_ms']:.0f} {summary['nps_warm_runs']} "
          f"(cold / warm {summary['nps_cold_ms'] / summary['nps_warm_ms']:.2f})")
    print(f"\nqueries, {repeats} each way, ms: console p50 / p95, bare POST p50 / p95, ratio of p50s")
    for q in summary["queries"]:
        print(f"  {q['operation']:<22} {q['p50_ms']:>7.1f} {q['p95_ms']:>7.1f}   {q['bare_p50_ms']:>7.1f} "
              f"{q['bare_p95_ms']:>7.1f}   {q['ratio_p50']}")
    for name, page in summary["pages"].items():
        print(f"  page {name}: {', '.join(page['queries']) or '(none)'}; h1 {page['heading']!r}"
              + (f"; problems {page['problems']}" if page["problems"] else ""))
    if summary["errors"]:
        print("errors: " + " | ".join(summary["errors"]))
    worst = max((p["p95_ms"] for p in summary["pages"].values() if p["p95_ms"] is not None), default=math.inf)
    goals = {"first_route<=300KB": first <= GOALS["first_route_kb"],
             "nps_warm<=1s": summary["nps_warm_ms"] <= GOALS["nps_warm_ms"],
             "nps_cold<=2s": summary["nps_cold_ms"] <= GOALS["nps_cold_ms"],
             "queries_p95<=150ms": worst <= GOALS["query_p95_ms"] and not summary["errors"]}
    print("goals: " + "  ".join(f"{k} {'MET' if v else 'NOT MET'}" for k, v in goals.items())
          + f"  (at {data['answers']:,} answers; the NPS goals are set at 100k, the queries' at 1M)")
    print(json.dumps({
        "benchmark": "console", "database": database.lower(), "answers": data["answers"], "load_s": data["load_s"],
        "first_route_kb": round(first, 1), "largest_route_kb": round(largest, 1),
        "routes_kb": {n: round(r["total_gz"] / kb, 1) for n, r in sizes["routes"].items() if "total_gz" in r},
        "cold_js_kb": round(cold_js["bytes"] / kb, 1),
        "nps_cold_ms": round(summary["nps_cold_ms"]), "nps_warm_ms": round(summary["nps_warm_ms"]),
        "queries": summary["queries"], "pages": {n: {"queries": p["queries"], "p95_ms": p["p95_ms"]}
                                                 for n, p in summary["pages"].items()},
        "worst_page_p95_ms": None if worst == math.inf else round(worst, 1), "goals": goals,
        "errors": summary["errors"]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
