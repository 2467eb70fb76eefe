"""`voc demo` builds an organisation that shows the whole loop, consistent with itself, and prints
how to use it (the console with a one-time sign-in link for its admin) with the admin API key as the
last line."""

from __future__ import annotations

import csv
import io
import shlex
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from actions.models import Action, ActionTopic, Case
from api.demo import scenario
from core.settings import Settings
from surveys.models import Channel, Response, Survey, SurveyPurpose
from tests.support.cli import voc
from tests.support.client import GraphQL

LOOP = """{ loopMetrics { openCases breachedCases detractorsContactedWithin24h actionsByStatus effectiveActions }
  loopTrend(weeks: 8) { detractorsContactedWithin24h medianHoursToFirstContact }
  metrics { responses displays responseRate }
  surveys(first: 10) { edges { node { id name purpose } } } }"""
CASES = """query($after: String) { cases(first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { status breached assignee { name } firstContactDueAt resurveyResponse { score } events { at kind }
    reason account { name } response { id } resolutionReason } } } }"""
OVERDUE_WARNINGS = "{ cases(filter: {accountWarning: true, overdue: true}) { totalCount } }"
PEOPLE = """{ users { edges { node { name status } } } teams { id lead { name } } }"""
TEAM_OPEN = """query($team: ID) {
  new: cases(filter: {teamId: $team, status: NEW}) { totalCount }
  assigned: cases(filter: {teamId: $team, status: ASSIGNED}) { totalCount }
  inProgress: cases(filter: {teamId: $team, status: IN_PROGRESS}) { totalCount }
  waiting: cases(filter: {teamId: $team, status: WAITING_CUSTOMER}) { totalCount } }"""
ACCOUNTS = """{ accounts(first: 50) { totalCount edges { node { name owner { name } health { band trend { day } } } } } }"""
ACTIONS = """{ actions(first: 10) { edges { node { title status baseline effect topics { size retired } } } } }"""


def sign_in_link(lines: list[str]) -> str:
    (link,) = (line.strip() for line in lines if "/auth/link/" in line)
    assert link.startswith("http://127.0.0.1:8000/auth/link/")
    return link


async def all_cases(gql: GraphQL) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    after = None
    while True:
        page = (await gql(CASES, after=after))["cases"]
        found += [e["node"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            return found
        after = page["pageInfo"]["endCursor"]


async def test_the_demo_shows_the_whole_loop_and_prints_the_key_last(
    settings: Settings, orm: None, client: httpx.AsyncClient, tmp_path: Path
) -> None:
    done = voc(settings, "demo", timeout=600)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    key = lines[-1]
    assert key.startswith("voc_") and f"organisation {scenario.ORGANIZATION!r}" in done.stdout
    # The try command works as printed: its header and body, sent to the API, answer without errors.
    curl = shlex.split(next(line for line in lines if line.strip().startswith("curl ")))
    headers = dict(h.split(": ", 1) for h in (curl[i + 1] for i, arg in enumerate(curl) if arg == "-H"))
    tried = await client.post("/graphql", content=curl[curl.index("-d") + 1].encode(), headers=headers)
    assert tried.status_code == 200 and "errors" not in tried.json(), tried.text
    gql = GraphQL(client, key)

    loop = await gql(LOOP)
    metrics, counts = loop["metrics"], loop["loopMetrics"]
    # Widget and link answers with their displays make the rate a rate; imported history counts as
    # answers only.
    shown = await Response.filter(channel__in=[Channel.WIDGET, Channel.LINK], survey__purpose=SurveyPurpose.ORDINARY).count()
    assert metrics["displays"] > shown > 0 and 0 < metrics["responseRate"] < 1
    assert metrics["responseRate"] == round(shown / metrics["displays"], 4)
    assert [e["node"]["purpose"] for e in loop["surveys"]["edges"]] == ["ORDINARY"]  # the re-survey is a system one

    cases = await all_cases(gql)
    open_cases = [c for c in cases if c["status"] not in ("RESOLVED", "CLOSED", "CANCELLED")]
    assert counts["openCases"] == len(open_cases) > 0
    assert counts["breachedCases"] == sum(1 for c in open_cases if c["breached"]) > 0
    assert 0 < counts["detractorsContactedWithin24h"] < 1
    # The Loop page's default trend has every week (comment-less widget answers before the live ones).
    assert all(w["detractorsContactedWithin24h"] is not None and w["medianHoursToFirstContact"]
               for w in loop["loopTrend"])
    assert len({c["assignee"]["name"] for c in cases if c["assignee"]}) >= 3  # round robin over the team
    assert any(c["status"] in ("RESOLVED", "CLOSED") and c["resurveyResponse"] for c in cases)
    # Each case was opened when its answer arrived, over the last days, not when the demo ran.
    opened = sorted(c["events"][0]["at"] for c in cases)
    assert opened[-1][:10] != opened[0][:10]
    assert await Case.filter(response__channel=Channel.IMPORT).count() == 0
    # A new user sees the demo's accounts scored each day of the last two months (api/demo/accounts.py),
    # in every band, and the cases the early-warning rules opened for their CS managers (no response).
    accounts = [e["node"] for e in (await gql(ACCOUNTS))["accounts"]["edges"]]
    scored = [a for a in accounts if a["health"]]
    assert len(scored) >= 12 and len({a["health"]["band"] for a in scored}) >= 3
    assert max(len(a["health"]["trend"]) for a in scored) >= 60
    warned = [c for c in cases if c["response"] is None]
    assert {"band_drop", "usage_drop"} <= {c["reason"] for c in warned}
    assert all(c["account"] for c in warned)
    # A response's case says which rule opened it: its score, or its comment's sentiment.
    reasons = {c["reason"] for c in cases if c["response"]}
    assert "score" in reasons and reasons <= {"score", "sentiment"}
    halved = next(c for c in warned if c["reason"] == "usage_drop" and c["account"] == {"name": "鲜味坊餐饮连锁"})
    assert halved["assignee"] == {"name": "李娜"}
    # Their CS managers worked them (api/demo/warning_work.py) as a team a few weeks in does: most
    # resolved or closed with what came of it, the last days' open with the account's manager, and
    # overdue ones there but not the norm.
    owners = {a["name"]: a["owner"] for a in accounts}
    assert all(c["assignee"] == owners[c["account"]["name"]] for c in warned)
    # Everyone has signed in and worked (none is "invited"), and the CS managers' warnings are in their
    # team, so the team's open cases are all of them (the Loop page's rows add up to its totals).
    people = await gql(PEOPLE)
    assert {e["node"]["status"] for e in people["users"]["edges"]} == {"ACTIVE"}
    [team] = people["teams"]
    assert team["lead"] == {"name": "刘洋"}
    in_team = await gql(TEAM_OPEN, team=team["id"])
    assert sum(c["totalCount"] for c in in_team.values()) == len(open_cases)
    worked = [c for c in warned if c["status"] in ("RESOLVED", "CLOSED")]
    assert 2 * len(worked) > len(warned) and all(c["resolutionReason"] for c in worked)
    assert any(c["status"] == "RESOLVED" for c in worked) and any(c["status"] == "CLOSED" for c in worked)
    assert any("已" in c["resolutionReason"] for c in worked)  # the manager's own words, not the automatic close's
    still_open = [c for c in warned if c["status"] not in ("RESOLVED", "CLOSED", "CANCELLED")]
    overdue = (await gql(OVERDUE_WARNINGS))["cases"]["totalCount"]
    assert still_open and 3 * overdue < len(still_open)
    newest = max(c["events"][0]["at"] for c in warned)
    assert any(c["events"][0]["at"] == newest for c in still_open)  # the freshest are still open

    actions = [e["node"] for e in (await gql(ACTIONS))["actions"]["edges"]]
    by_status = {a["status"]: a for a in actions}
    assert {"PLANNED", "PROPOSED"} <= set(by_status)
    assert by_status["PLANNED"]["baseline"] is not None
    measured = [a for a in actions if a["status"] in ("CLOSED_EFFECTIVE", "CLOSED_INEFFECTIVE", "VERIFYING")]
    assert len(measured) == 1 and measured[0]["effect"]["verdict"] in ("EFFECTIVE", "INEFFECTIVE")
    assert counts["effectiveActions"] == sum(1 for a in actions if a["status"] == "CLOSED_EFFECTIVE")
    assert counts["actionsByStatus"] == {s: sum(1 for a in actions if a["status"] == s) for s in counts["actionsByStatus"]}
    assert all(t["size"] > 0 and not t["retired"] for a in actions for t in a["topics"])
    # Each action is linked to the topics about its problem: slow delivery to the topic holding the most
    # comments about it (not to small ones that mention it in passing), spills and the rider to topics
    # where one comment in six was about them when they were linked; answers after that (re-surveys)
    # join the topics too, so here one in eight (spills: 7 of 46 in a build of 2026-12-07).
    about = {"缩短高峰期配送时长": scenario.SLOW, "外卖包装防洒漏": scenario.SPILLS, "骑手服务态度培训": scenario.RIDER}
    for title, pattern in about.items():
        action = await Action.get(title=title)
        linked = {int(r["topic_id"]) for r in await ActionTopic.filter(action_id=action.id).values("topic_id")}
        mentions: dict[int, list[bool]] = {}
        for row in await Response.filter(analysis__topic_id__gt=0).values("analysis__topic_id", "comment"):
            mentions.setdefault(int(row["analysis__topic_id"]), []).append(bool(pattern.search(row["comment"] or "")))
        assert linked, title
        assert all(sum(mentions[t]) >= len(mentions[t]) / 8 for t in linked), (title, linked, mentions)
        if pattern is scenario.SLOW:
            assert max(mentions, key=lambda t: sum(mentions[t])) in linked

    # /demo shows the demo's own survey, whatever else is active.
    own = await Survey.get(name=scenario.SURVEY_NAME, purpose=SurveyPurpose.ORDINARY)
    assert own.token in (await client.get("/demo")).text

    # The console and a one-time sign-in link for the demo's admin come before the try lines.
    link = sign_in_link(lines)
    console = next(line for line in lines if line.strip().startswith("console:"))
    assert console.split()[-1] == "http://127.0.0.1:8000/app"
    assert lines.index(console) < lines.index(f"  {link}") < lines.index("try:")
    signed_in = await client.get(urlsplit(link).path)
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/app"
    me = (await client.get("/auth/session")).json()["user"]
    assert (me["name"], me["email"], me["role"]) == ("刘洋", "liu.yang@demo.voc", "ADMIN")
    client.cookies.clear()
    spent = await client.get(urlsplit(link).path)
    assert spent.headers["location"] == "/app/login?expired=1" and "voc_session" not in client.cookies

    # Run again: the demo is kept as it was, with a new key.
    again = voc(settings, "demo", timeout=600)
    assert again.returncode == 0, again.stderr
    new_key = again.stdout.strip().splitlines()[-1]
    assert new_key != key and "already there" in again.stdout
    assert sign_in_link(again.stdout.strip().splitlines()) != link
    assert (await GraphQL(client, new_key)(LOOP))["loopMetrics"] == counts

    # The CLI's other commands work on the organisation it names.
    report = tmp_path / "topics.html"
    reported = voc(settings, "topics", "report", "--org", scenario.ORGANIZATION, "--html", str(report))
    assert reported.returncode == 0, reported.stderr
    page = report.read_text(encoding="utf-8")
    assert "Topics over time" in page and "Plotly" in page and "<script src=" not in page  # self-contained
    out = tmp_path / "out.csv"
    exported = voc(settings, "export", "--org", scenario.ORGANIZATION, "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode())
    assert len(list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))) == await Response.all().count()
