"""E-mail distributions through the GraphQL API, as its users call it: created from a list and a CSV
text, counted, cancelled, with failed recipients listed; bad input refused with typed errors and
nothing changed; and the whole loop at 1,000 recipients through a loopback SMTP server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from taskiq import InMemoryBroker

from core.ids import encode_id
from core.models import Organization, Role
from core.service import create_api_key, get_or_create_organization
from core.settings import Settings
from surveys import service
from surveys.distribution_models import Distribution, Recipient
from surveys.models import Response, SurveyKind
from tests.support.cases import survey_of
from tests.support.client import GraphQL, app_client
from tests.support.mail import choose, pass_hours, personal_path, scan, send_due
from tests.support.queue import drain
from tests.support.smtp import MailServer

CREATE = """mutation($i: CreateDistributionInput!) { createDistribution(input: $i) {
  distribution { id status recipients sent failed clicked answered unsubscribed responseRate survey { name } }
  errors { code field message } } }"""
LIST = """query($s: ID) { distributions(surveyId: $s, first: 10) { totalCount edges { node {
  id status recipients sent failed clicked answered unsubscribed responseRate
  failedRecipients(first: 10) { edges { node { email status lastError } } } } } } }"""
CANCEL = "mutation($id: ID!) { cancelDistribution(id: $id) { distribution { status } errors { code } } }"


@pytest.fixture
async def mail_client(orm: None, mailing: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(mailing) as c:
        yield c


@pytest.fixture
def api(mail_client: httpx.AsyncClient, admin_key: str) -> GraphQL:
    return GraphQL(mail_client, admin_key)


def sid(survey_id: int) -> str:
    return encode_id("Survey", survey_id)


async def create(api: GraphQL, **fields: Any) -> dict[str, Any]:
    result: dict[str, Any] = (await api(CREATE, i=fields))["createDistribution"]
    return result


async def test_a_distribution_from_a_list_and_a_csv_is_sent_counted_and_listed(
    org: Organization, api: GraphQL, smtp: MailServer, mail_broker: InMemoryBroker, mail_client: httpx.AsyncClient
) -> None:
    survey = await survey_of(org, SurveyKind.CSAT)
    made = await create(api, surveyId=sid(survey.id), recipients=[
        {"email": "Wang@Example.com", "name": "王芳", "externalId": "u-1", "attributes": {"plan": "pro"},
         "account": "acme"}],
        recipientsCsv="email,name,region\nli@example.com,李雷,华东\n\nwang@example.com,dup,华北\nzhao@example.com,,\n",
        remindAfterHours=48, maxReminders=1)
    assert made["errors"] == []
    node = made["distribution"]
    assert (node["status"], node["recipients"], node["sent"], node["survey"]["name"]) == ("SENDING", 3, 0,
                                                                                          survey.name)
    await drain(mail_broker)
    assert sorted(m.to for m in smtp.received) == ["li@example.com", "wang@example.com", "zhao@example.com"]
    li = await Recipient.get(email="li@example.com").select_related("respondent")
    assert li.attributes == {"region": "华东"} and li.respondent.external_id == "li@example.com"
    assert li.respondent.verified
    wang = await Recipient.get(email="wang@example.com").select_related("respondent")
    assert (wang.respondent.external_id, wang.respondent.account_external_id) == ("u-1", "acme")
    assert (await choose(mail_client, personal_path(smtp.to("li@example.com")[0]), 5)).status_code == 200
    listed = (await api(LIST, s=sid(survey.id)))["distributions"]
    assert listed["totalCount"] == 1
    got = listed["edges"][0]["node"]
    assert {k: got[k] for k in ("status", "recipients", "sent", "failed", "clicked", "answered", "responseRate")} == {
        "status": "SENT", "recipients": 3, "sent": 3, "failed": 0, "clicked": 1, "answered": 1,
        "responseRate": pytest.approx(1 / 3)}


async def test_a_scheduled_distribution_waits_and_can_be_cancelled(
    org: Organization, api: GraphQL, smtp: MailServer, mail_broker: InMemoryBroker
) -> None:
    survey = await survey_of(org)
    made = await create(api, surveyId=sid(survey.id), recipients=[{"email": "a@example.com"}],
                        sendAt="2099-01-01T09:00:00+08:00")
    assert made["errors"] != []  # more than a year ahead
    made = await create(api, surveyId=sid(survey.id), recipients=[{"email": "a@example.com"}],
                        sendAt=(datetime.now(UTC) + timedelta(days=30)).isoformat())
    assert made["distribution"]["status"] == "SCHEDULED"
    await send_due(mail_broker)
    assert smtp.received == []
    cancelled = (await api(CANCEL, id=made["distribution"]["id"]))["cancelDistribution"]
    assert cancelled == {"distribution": {"status": "CANCELLED"}, "errors": []}
    again = (await api(CANCEL, id=made["distribution"]["id"]))["cancelDistribution"]
    assert again["errors"] == [{"code": "INVALID_TRANSITION"}]
    await Recipient.all().update(next_attempt_at=None)
    await send_due(mail_broker)
    assert smtp.received == []


async def test_failed_recipients_are_listed_with_the_servers_words(
    org: Organization, api: GraphQL, smtp: MailServer, mail_broker: InMemoryBroker
) -> None:
    smtp.refuse = {"gone@example.com": 550}
    survey = await survey_of(org)
    await create(api, surveyId=sid(survey.id), recipients=[{"email": "gone@example.com"}, {"email": "ok@example.com"}])
    await drain(mail_broker)
    got = (await api(LIST, s=None))["distributions"]["edges"][0]["node"]
    assert (got["sent"], got["failed"]) == (1, 1)
    failed = [e["node"] for e in got["failedRecipients"]["edges"]]
    assert [(f["email"], f["status"]) for f in failed] == [("gone@example.com", "FAILED")]
    assert "550" in failed[0]["lastError"] and "no such mailbox" in failed[0]["lastError"]


async def test_bad_input_is_refused_with_typed_errors_and_nothing_changes(
    org: Organization, api: GraphQL, mail_client: httpx.AsyncClient, app_settings: Settings
) -> None:
    survey = await survey_of(org)
    bad = await create(api, surveyId=sid(survey.id), recipients=[
        {"email": "ok@example.com"}, {"email": "not an address"}, {"email": "x@y"}, {"email": "a@b.cn", "name": "n\u2028x"}],
        recipientsCsv="email,name\nfine@example.com,Fine\nbroken,Broken\n")
    assert bad["distribution"] is None
    assert [(e["code"], e["field"]) for e in bad["errors"]] == [
        ("INVALID_EMAIL", "recipients.1.email"), ("INVALID_EMAIL", "recipients.2.email"),
        ("VALIDATION", "recipients.3.name"), ("INVALID_EMAIL", "recipientsCsv.3.email")]
    other_org = await get_or_create_organization(name="Other 公司")
    foreign = await survey_of(other_org)
    draft = await service.create_survey(organization=org, name="draft", kind=SurveyKind.NPS, locale=None,
                                        changes=service.SurveyChanges())
    one = [{"email": "ok@example.com"}]
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({"surveyId": sid(999_999), "recipients": one}, "NOT_FOUND", "surveyId"),
        ({"surveyId": sid(foreign.id), "recipients": one}, "NOT_FOUND", "surveyId"),
        ({"surveyId": "bm9wZQ", "recipients": one}, "NOT_FOUND", "surveyId"),
        ({"surveyId": sid(draft.id), "recipients": one}, "SURVEY_NOT_ACTIVE", "surveyId"),
        ({"surveyId": sid(survey.id), "recipients": []}, "VALIDATION", "recipients"),
        ({"surveyId": sid(survey.id), "recipients": one, "maxReminders": 9, "remindAfterHours": 1}, "VALIDATION",
         "maxReminders"),
        ({"surveyId": sid(survey.id), "recipients": one, "maxReminders": 1}, "VALIDATION", "remindAfterHours"),
        ({"surveyId": sid(survey.id), "recipients": one, "subject": "two\nlines"}, "VALIDATION", "subject"),
        ({"surveyId": sid(survey.id), "recipients": [{"email": "a@b.cn", "attributes": [1]}]}, "VALIDATION",
         "recipients.0.attributes"),
    ]
    for fields, code, field in cases:
        refused = await create(api, **fields)
        assert [(e["code"], e["field"]) for e in refused["errors"]] == [(code, field)], fields
    # Without SMTP settings nothing could leave: refused up front.
    _, key = await create_api_key(organization=org, role=Role.ADMIN, name="plain")
    async with app_client(app_settings) as plain:
        refused = (await GraphQL(plain, key)(CREATE, i={"surveyId": sid(survey.id), "recipients": one}))
    assert refused["createDistribution"]["errors"][0]["code"] == "MAIL_NOT_CONFIGURED"
    # A viewer may read distributions, not send them.
    _, viewer = await create_api_key(organization=org, role=Role.VIEWER, name="viewer")
    denied = (await GraphQL(mail_client, viewer).raw(CREATE, i={"surveyId": sid(survey.id), "recipients": one}))
    assert denied.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await Distribution.all().count() == 0 and await Recipient.all().count() == 0
    # Another organisation's distribution cannot be cancelled (looked up as none).
    theirs = await create(GraphQL(mail_client, (await create_api_key(organization=other_org, role=Role.ADMIN,
                                                                     name="theirs"))[1]),
                          surveyId=sid(foreign.id), recipients=one)
    mine = (await api(CANCEL, id=theirs["distribution"]["id"]))["cancelDistribution"]
    assert mine["errors"] == [{"code": "NOT_FOUND"}]
    assert (await api(LIST, s=None))["distributions"]["totalCount"] == 0


async def test_a_thousand_recipients_scanned_scored_from_the_mail_reminded_and_counted(
    org: Organization, api: GraphQL, smtp: MailServer, mail_broker: InMemoryBroker, mail_client: httpx.AsyncClient
) -> None:
    survey = await survey_of(org)
    emails = [f"customer{i:04d}@example.com" for i in range(1000)]
    made = await create(api, surveyId=sid(survey.id), recipientsCsv="\n".join(emails), remindAfterHours=72,
                        maxReminders=1)
    assert made["errors"] == [] and made["distribution"]["recipients"] == 1000
    await drain(mail_broker)
    assert len(smtp.received) == 1000 and len({m.to for m in smtp.received}) == 1000
    # A link scanner opens every link of the first 150 mails: nothing is answered, nobody unsubscribed.
    for mail in smtp.received[:150]:
        await scan(mail_client, mail)
    assert await Response.filter(survey_id=survey.id).count() == 0
    # One in ten sends a score from the mail, twice (a double click, a second thought): stored once each.
    for i, mail in enumerate(smtp.received[:100]):
        path = personal_path(mail)
        assert (await mail_client.get(f"{path}/{i % 11}")).status_code == 200
        assert (await choose(mail_client, path, i % 11)).status_code == 200
        assert (await choose(mail_client, path, (i + 5) % 11)).status_code == 200
    stored = await Response.filter(survey_id=survey.id)
    assert len(stored) == 100 and sorted(r.score or 0 for r in stored) == sorted(i % 11 for i in range(100))
    # Ten more open their personal link's page, whose script reports a person, and leave without answering.
    for mail in smtp.received[100:110]:
        assert (await mail_client.post(f"{personal_path(mail)}/opened")).status_code == 204
    answered = {m.to for m in smtp.received[:100]}
    distribution = await Distribution.get(survey_id=survey.id)
    await pass_hours(distribution, 72)
    await send_due(mail_broker)
    reminded = [m.to for m in smtp.received[1000:]]
    assert len(reminded) == 900 and not answered & set(reminded)
    got = (await api(LIST, s=sid(survey.id)))["distributions"]["edges"][0]["node"]
    # Clicked: the scores sent (100) and the pages that saw a person (10); the scanner's GETs count for nothing.
    assert {k: got[k] for k in ("recipients", "sent", "failed", "clicked", "answered", "unsubscribed",
                                "responseRate")} == {"recipients": 1000, "sent": 1000, "failed": 0, "clicked": 110,
                                                     "answered": 100, "unsubscribed": 0, "responseRate": 0.1}


async def test_loop_mails_are_turned_on_by_an_admin_only(org: Organization, api: GraphQL,
                                                         mail_client: httpx.AsyncClient) -> None:
    assert (await api("{ mailLoopNotices }"))["mailLoopNotices"] is False
    turned = (await api("mutation { setMailLoopNotices(enabled: true) { enabled errors { code } } }"))
    assert turned["setMailLoopNotices"] == {"enabled": True, "errors": []}
    assert (await api("{ mailLoopNotices }"))["mailLoopNotices"] is True
    _, analyst = await create_api_key(organization=org, role=Role.ANALYST, name="analyst")
    denied = await GraphQL(mail_client, analyst).raw("mutation { setMailLoopNotices(enabled: false) { enabled } }")
    assert denied.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await api("{ mailLoopNotices }"))["mailLoopNotices"] is True
