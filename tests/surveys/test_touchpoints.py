"""Touchpoints: set on a survey (the customer-journey moment it asks about), and metrics per touchpoint
side by side, from the slots as from the rows."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from core.models import Organization
from surveys import metrics, touchpoints
from surveys.filters import ResponseFilter
from surveys.models import Channel, NpsCategory, Response, Survey
from tests.support.client import GraphQL
from tests.support.ops import UPDATE_SURVEY, active_survey

NOW = datetime.now(UTC).replace(microsecond=0)
FIGURES = """query($from: DateTime, $to: DateTime) { metrics(from: $from, to: $to) { responses
  touchpoints(first: 10) { touchpoint responses nps { score marginOfError promoters detractors }
  csat { score responses } ces { average responses } } } }"""
TOUCHPOINT = "query($id: ID!) { node(id: $id) { ... on Survey { touchpoint } } }"


def _category(score: int | None) -> NpsCategory | None:
    if score is None:
        return None
    return NpsCategory.PROMOTER if score >= 9 else NpsCategory.PASSIVE if score >= 7 else NpsCategory.DETRACTOR


async def test_a_survey_carries_a_touchpoint_checked_and_clearable(gql: GraphQL) -> None:
    survey = await active_survey(gql, touchpoint="  onboarding ")
    assert (await gql(TOUCHPOINT, id=survey["id"]))["node"]["touchpoint"] == "onboarding"
    changed = (await gql(UPDATE_SURVEY, id=survey["id"], input={"touchpoint": "售后"}))["updateSurvey"]
    assert changed["errors"] == [] and (await gql(TOUCHPOINT, id=survey["id"]))["node"]["touchpoint"] == "售后"
    refused = (await gql(UPDATE_SURVEY, id=survey["id"], input={"touchpoint": "x" * 65}))["updateSurvey"]
    assert [(e["code"], e["field"]) for e in refused["errors"]] == [("VALIDATION", "touchpoint")]
    assert (await gql(TOUCHPOINT, id=survey["id"]))["node"]["touchpoint"] == "售后"  # nothing changed
    cleared = (await gql(UPDATE_SURVEY, id=survey["id"], input={"touchpoint": ""}))["updateSurvey"]
    assert cleared["errors"] == [] and (await gql(TOUCHPOINT, id=survey["id"]))["node"]["touchpoint"] is None


async def test_touchpoints_side_by_side_equal_a_recount(
    gql: GraphQL, org: Organization, monkeypatch: pytest.MonkeyPatch
) -> None:
    onboarding = await active_survey(gql, name="开户", touchpoint="onboarding")
    support = await active_survey(gql, name="客服", kind="CSAT", touchpoint="support")
    other = await active_survey(gql, name="无")
    rng = random.Random(3)
    surveys = [await Survey.get(token=s["token"]) for s in (onboarding, support, other)]
    for i in range(240):
        survey = rng.choice(surveys)
        high = 5 if survey.kind.value == "csat" else 10
        score = rng.choice([None, *range(high + 1)])
        await Response.create(organization_id=org.id, survey=survey, idempotency_key=f"t{i}", payload_hash="h",
                              score=score, nps_category=_category(score) if high == 10 else None,
                              channel=rng.choice(list(Channel)),
                              submitted_at=NOW - timedelta(seconds=rng.randint(0, 30 * 86400)))
    since = NOW - timedelta(days=9, minutes=7)  # off the slots: edges from the rows
    found = (await gql(FIGURES, **{"from": since.isoformat()}))["metrics"]
    rows = [r for r in await Response.all().prefetch_related("survey") if r.submitted_at >= since]
    by_touchpoint = {t["touchpoint"]: t for t in found["touchpoints"]}
    assert set(by_touchpoint) == {"onboarding", "support", None}
    assert sum(t["responses"] for t in found["touchpoints"]) == found["responses"] == len(rows)
    first = found["touchpoints"][0]
    assert first["responses"] == max(t["responses"] for t in found["touchpoints"])
    nps = [r for r in rows if r.survey.touchpoint == "onboarding" and r.nps_category is not None]
    promoters = sum(r.nps_category == NpsCategory.PROMOTER for r in nps)
    detractors = sum(r.nps_category == NpsCategory.DETRACTOR for r in nps)
    figures = by_touchpoint["onboarding"]
    assert (figures["nps"]["promoters"], figures["nps"]["detractors"]) == (promoters, detractors)
    assert figures["nps"]["score"] == pytest.approx(100 * (promoters - detractors) / len(nps), abs=0.001)
    assert figures["nps"]["marginOfError"] > 0 and figures["csat"] is None
    scored = [r for r in rows if r.survey.touchpoint == "support" and r.score is not None]
    assert by_touchpoint["support"]["csat"]["responses"] == len(scored) and by_touchpoint["support"]["nps"] is None
    # The slots' path equals the rows' path, window by window.
    for since_, until in ((None, None), (since, None), (NOW - timedelta(days=20), NOW - timedelta(days=3, seconds=5))):
        flt = ResponseFilter(since=since_, until=until)
        from_slots = await touchpoints.touchpoint_figures(organization_id=org.id, flt=flt, limit=10)
        with monkeypatch.context() as patched:
            patched.setattr(metrics, "selects_by_row", lambda flt: True)
            from_rows = await touchpoints.touchpoint_figures(organization_id=org.id, flt=flt, limit=10)
        assert from_slots == from_rows and from_rows
    refused = (await gql.raw("{ metrics { touchpoints(first: 0) { touchpoint } } }")).json()
    assert refused["errors"][0]["extensions"]["code"] == "VALIDATION"
