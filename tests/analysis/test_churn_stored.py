"""Churn intent as part of each comment's analysis: stored on arrival, read as `CommentAnalysis.churnIntent`,
filtered on with `ResponseFilter.churnIntent`, and filled in for the analyses stored before revision 0019."""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from taskiq import InMemoryBroker
from tortoise.context import TortoiseContext

from analysis.models import CommentAnalysis
from analysis.service import analyse_texts
from api.ids import decode_id
from core import migrate
from core.db import tortoise_config
from core.outbox import relay_once
from core.service import get_or_create_organization
from core.settings import Settings
from surveys.models import Response, Survey
from tests.support.client import GraphQL
from tests.support.old_rows import analysis_before_churn, survey_before_purpose
from tests.support.ops import active_survey, submit

ANALYSIS = """query($id: ID!) { node(id: $id) { ... on Response { analysis { churnIntent } } } }"""
FILTERED = """query($flag: Boolean) { responses(filter: {churnIntent: $flag}, first: 50) {
  totalCount edges { node { id comment } } } }"""
COMMENTS = {
    "gone": "用了两年，明年不续费了，已经换别家",
    "threat": "要是再这样就退订",
    "stays": "不会退订的，客服很耐心",
    "slow": "配送太慢",
}


def test_the_text_analysis_carries_the_flag() -> None:
    results = analyse_texts(list(COMMENTS.values()))
    assert [r.churn_intent for r in results] == [True, False, False, False]


async def test_comments_are_stored_with_the_flag_and_filtered_on_it(
    gql: GraphQL, public: GraphQL, broker: InMemoryBroker
) -> None:
    survey = await active_survey(gql)
    ids = {}
    for name, text in COMMENTS.items():
        ids[name] = (await submit(public, survey["token"], f"churn-{name}", score=2, comment=text))["response"]["id"]
    unanalysed = (await submit(public, survey["token"], "churn-later", score=1, comment="以后再也不买了"))
    await relay_once(broker)
    await broker.wait_all()
    # Analysed after the others: no analysis yet, so in neither filter.
    await CommentAnalysis.filter(response_id=decode_id(unanalysed["response"]["id"], "Response")).delete()

    for name, global_id in ids.items():
        node = (await gql(ANALYSIS, id=global_id))["node"]
        assert node["analysis"]["churnIntent"] is (name == "gone"), name
    stored = {a.response_id: a.churn_intent for a in await CommentAnalysis.all()}
    assert stored == {decode_id(g, "Response"): n == "gone" for n, g in ids.items()}

    leaving = (await gql(FILTERED, flag=True))["responses"]
    assert [e["node"]["id"] for e in leaving["edges"]] == [ids["gone"]] and leaving["totalCount"] == 1
    staying = (await gql(FILTERED, flag=False))["responses"]
    assert {e["node"]["id"] for e in staying["edges"]} == {ids["threat"], ids["stays"], ids["slow"]}
    assert (await gql(FILTERED, flag=None))["responses"]["totalCount"] == 5


async def test_the_migration_fills_the_analyses_stored_before_it(fresh_url: str, tmp_path: Path) -> None:
    migrate.upgrade(fresh_url, "0017")
    config = tortoise_config(Settings(database_url=fresh_url, data_dir=tmp_path))
    async with TortoiseContext() as ctx:
        await ctx.init(config=config)
        org = await get_or_create_organization(name="Before")
        # Written as SQL: the Survey model has columns of later revisions (touchpoint, 0021).
        pk = await survey_before_purpose(organization_id=org.id, name="old", kind="nps")
        survey = Survey.construct(_saved_in_db=True, id=pk, organization_id=org.id)
        made = {}
        for i, (name, text) in enumerate({**COMMENTS, "blank": ""}.items()):
            response = await Response.create(organization=org, survey=survey, idempotency_key=f"old-{i}",
                                             payload_hash="x", comment=text or None, completed=True,
                                             submitted_at=datetime.now(UTC))
            made[name] = await analysis_before_churn(organization_id=org.id, response_id=response.id,
                                                     normalized=text)
    migrate.upgrade(fresh_url)
    async with TortoiseContext() as ctx:
        await ctx.init(config=config)
        flags = dict(await CommentAnalysis.all().values_list("id", "churn_intent"))
        assert flags == {pk: name == "gone" for name, pk in made.items()}

    # In batches: the rows on either side of every batch's edge are read once each.
    fill = _migration().fill
    engine = sa.create_engine(migrate.sqlalchemy_url(fresh_url))
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("UPDATE comment_analyses SET churn_intent = :no"), {"no": False})
            assert fill(conn, batch=1) == 1
            assert conn.execute(sa.text("SELECT id FROM comment_analyses WHERE churn_intent = :yes"),
                                {"yes": True}).scalars().all() == [made["gone"]]
    finally:
        engine.dispose()


def _migration() -> ModuleType:
    path = Path(__file__).parents[2] / "alembic" / "versions" / "0019_churn_intent.py"
    spec = importlib.util.spec_from_file_location("churn_migration", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
