"""The contract's survey path end to end: create, publish, display, submit, read metrics."""

from __future__ import annotations

from tests.support.client import GraphQL
from tests.support.ops import (
    ARCHIVE,
    CREATE,
    DISPLAY,
    FOR_RESPONDENT,
    METRICS,
    PAUSE,
    PUBLISH,
    RESPONSES,
    active_survey,
    submit,
)


async def test_create_survey_fills_defaults_per_kind_and_locale(gql: GraphQL) -> None:
    created = (await gql(CREATE, input={"name": "Checkout CSAT", "kind": "CSAT", "locale": "en"}))["createSurvey"]
    survey = created["survey"]
    assert created["errors"] == []
    assert survey["status"] == "DRAFT" and survey["locale"] == "en"
    assert survey["questions"]["main"]["text"] == "How satisfied are you with your experience?"
    assert [f["band"] for f in survey["questions"]["followUps"]] == ["low", "mid", "high"]
    assert len(survey["token"]) >= 20

    nps = (await gql(CREATE, input={"name": "NPS", "kind": "NPS"}))["createSurvey"]["survey"]
    assert nps["locale"] == "zh-CN"
    assert nps["questions"]["main"]["minLabel"] == "不可能"
    assert nps["questions"]["main"]["maxLabel"] == "极有可能"


async def test_lifecycle_allows_only_its_transitions(gql: GraphQL) -> None:
    survey = (await gql(CREATE, input={"name": "s", "kind": "NPS"}))["createSurvey"]["survey"]
    refused = (await gql(PAUSE, id=survey["id"]))["pauseSurvey"]
    assert refused["survey"] is None
    assert refused["errors"][0]["code"] == "INVALID_TRANSITION"
    assert "ACTIVE" in refused["errors"][0]["message"]
    assert (await gql(PUBLISH, id=survey["id"]))["publishSurvey"]["survey"]["status"] == "ACTIVE"
    assert (await gql(PAUSE, id=survey["id"]))["pauseSurvey"]["survey"]["status"] == "PAUSED"
    assert (await gql(PUBLISH, id=survey["id"]))["publishSurvey"]["survey"]["status"] == "ACTIVE"
    assert (await gql(ARCHIVE, id=survey["id"]))["archiveSurvey"]["survey"]["status"] == "ARCHIVED"
    again = (await gql(PUBLISH, id=survey["id"]))["publishSurvey"]
    assert again["errors"][0]["code"] == "INVALID_TRANSITION"


async def test_only_active_surveys_are_served_and_accept_answers(gql: GraphQL, public: GraphQL) -> None:
    draft = (await gql(CREATE, input={"name": "s", "kind": "NPS"}))["createSurvey"]["survey"]
    assert (await public(FOR_RESPONDENT, token=draft["token"]))["surveyForRespondent"] is None
    refused = await submit(public, draft["token"], "key-00000001", score=9)
    assert refused["errors"][0]["code"] == "SURVEY_NOT_ACTIVE"
    display = (await public(DISPLAY, token=draft["token"]))["recordDisplay"]
    assert display == {"ok": False, "errors": [display["errors"][0]]}
    assert display["errors"][0]["code"] == "SURVEY_NOT_ACTIVE"
    await gql(PUBLISH, id=draft["id"])
    served = (await public(FOR_RESPONDENT, token=draft["token"]))["surveyForRespondent"]
    assert served["shouldDisplay"] is True and served["kind"] == "NPS"


async def test_exact_nps_and_response_rate(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    scores = [10, 9, 9, 8, 7, 6, 3, 0, 10, 10]
    for _ in range(20):
        assert (await public(DISPLAY, token=survey["token"]))["recordDisplay"]["ok"] is True
    for i, score in enumerate(scores):
        done = await submit(public, survey["token"], f"nps-key-{i:04d}", score=score, comment=f"第{i}条")
        assert done["errors"] == []
    metrics = (await gql(METRICS, surveyId=survey["id"]))["metrics"]
    assert metrics["responses"] == 10 and metrics["displays"] == 20
    assert metrics["responseRate"] == 0.5
    nps = metrics["nps"]
    assert (nps["promoters"], nps["passives"], nps["detractors"]) == (5, 2, 3)
    assert nps["score"] == 20.0
    # NPS as the mean of +1/0/-1: variance = p + d - (p - d)^2, with one pseudo-answer per category in the
    # shares (surveys.metrics.nps_margin): p = 6/13, d = 4/13, variance 10/13 - 4/169, over the real n = 10.
    assert abs(nps["marginOfError"] - 100 * 1.959964 * ((10 / 13 - 4 / 169) / 10) ** 0.5) < 1e-3
    assert metrics["csat"] is None and metrics["ces"] is None


async def test_csat_and_ces_metrics(gql: GraphQL, public: GraphQL) -> None:
    csat = await active_survey(gql, kind="CSAT")
    ces = await active_survey(gql, kind="CES")
    for i, score in enumerate([5, 4, 3, 2, 5]):
        assert (await submit(public, csat["token"], f"csat-{i:05d}", score=score))["errors"] == []
    for i, score in enumerate([1, 2, 6]):
        assert (await submit(public, ces["token"], f"ces-{i:06d}", score=score))["errors"] == []
    m = (await gql(METRICS, surveyId=csat["id"]))["metrics"]
    assert m["csat"] == {"score": 60.0, "satisfied": 3, "responses": 5}
    assert m["nps"] is None
    m = (await gql(METRICS, surveyId=ces["id"]))["metrics"]
    assert m["ces"] == {"average": 3.0, "responses": 3}
    everything = (await gql(METRICS))["metrics"]
    assert everything["responses"] == 8 and everything["csat"]["responses"] == 5


async def test_score_out_of_range_is_refused_and_stores_nothing(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql, kind="CSAT")
    for bad in (0, 6, -1):
        refused = await submit(public, survey["token"], f"bad-score-{bad}", score=bad)
        assert refused["response"] is None
        assert refused["errors"][0]["code"] == "VALIDATION" and refused["errors"][0]["field"] == "score"
    assert (await gql(METRICS, surveyId=survey["id"]))["metrics"]["responses"] == 0


async def test_responses_connection_filters_and_pages(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    for i, score in enumerate([0, 5, 9, 10, 7, 10, 2]):
        await submit(public, survey["token"], f"page-key-{i}", score=score,
                     comment="物流太慢" if score < 7 else None,
                     respondent={"externalId": f"u{i}", "attributes": {"plan": "pro" if i % 2 else "free"}})
    page = (await gql(RESPONSES, surveyId=survey["id"], first=3))["responses"]
    assert page["totalCount"] == 7 and len(page["edges"]) == 3 and page["pageInfo"]["hasNextPage"]
    seen = [e["node"]["id"] for e in page["edges"]]
    while page["pageInfo"]["hasNextPage"]:
        page = (await gql(RESPONSES, surveyId=survey["id"], first=3, after=page["pageInfo"]["endCursor"]))[
            "responses"]
        seen += [e["node"]["id"] for e in page["edges"]]
    assert len(seen) == len(set(seen)) == 7
    detractors = (await gql(RESPONSES, filter={"npsCategory": "DETRACTOR"}))["responses"]
    assert detractors["totalCount"] == 3
    assert {e["node"]["npsCategory"] for e in detractors["edges"]} == {"DETRACTOR"}
    pro = (await gql(RESPONSES, filter={"attributes": {"plan": "pro"}, "minScore": 7}))["responses"]
    assert pro["totalCount"] == 2  # u3 (10), u5 (10)
    commented = (await gql(RESPONSES, filter={"hasComment": True, "search": "物流"}))["responses"]
    assert commented["totalCount"] == 3
    segment = (await gql(METRICS, filter={"attributes": {"plan": "free"}}))["metrics"]
    assert segment["responses"] == 4  # u0 u2 u4 u6
    assert segment["nps"]["score"] == -25.0  # scores 0, 9, 7, 2: one promoter, two detractors of four


async def test_series_buckets_in_organisation_time_zone(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    await submit(public, survey["token"], "series-key-1", score=10)
    m = (await gql(METRICS, surveyId=survey["id"], interval="DAY",
                   **{"from": "2026-01-01T00:00:00+08:00", "to": "2026-01-04T00:00:00+08:00"}))["metrics"]
    assert [p["bucketStart"][:10] for p in m["series"]] == ["2026-01-01", "2026-01-02", "2026-01-03"]
    assert all(p["bucketStart"].endswith("+08:00") for p in m["series"])
    today = (await gql(METRICS, surveyId=survey["id"], interval="MONTH"))["metrics"]["series"]
    assert len(today) == 1 and today[0]["responses"] == 1 and today[0]["nps"] == 100.0


DEFAULT_DEFINITION = "query($kind: SurveyKind!, $locale: String!) { defaultSurveyDefinition(kind: $kind, locale: $locale) }"


async def test_default_definition_is_what_a_new_survey_starts_with(gql: GraphQL, public: GraphQL) -> None:
    for kind, locale in (("NPS", "zh-CN"), ("CES", "en"), ("FORM", "en")):
        template = (await gql(DEFAULT_DEFINITION, kind=kind, locale=locale))["defaultSurveyDefinition"]
        created = (await gql(CREATE, input={"name": "s", "kind": kind, "locale": locale}))["createSurvey"]["survey"]
        assert template == created["questions"]
    bad = (await gql.raw(DEFAULT_DEFINITION, kind="NPS", locale="fr")).json()
    assert bad["errors"][0]["extensions"]["code"] == "VALIDATION"
    anonymous = (await public.raw(DEFAULT_DEFINITION, kind="NPS", locale="en")).json()
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
