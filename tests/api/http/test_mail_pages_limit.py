"""The pages a distribution's mails link to (/m, /u) keep a per-address budget of tokens that name
no recipient: once an address has spent it, every page refuses it with 429 before any look-up.
Links that work are never counted (a mail provider posts its users' one-click unsubscribes from a
few addresses), and the budget is not the widget's."""

from __future__ import annotations

from taskiq import InMemoryBroker

from core.models import Organization
from core.settings import Settings
from surveys.distribution_models import MailSuppression
from tests.support.cases import survey_of
from tests.support.client import GraphQL, app_client
from tests.support.mail import distribute, personal_path
from tests.support.queue import drain
from tests.support.smtp import MailServer

ONE_CLICK = b"List-Unsubscribe=One-Click"
FORM = {"content-type": "application/x-www-form-urlencoded"}


async def test_forged_tokens_spend_an_addresses_budget_then_every_page_refuses_it(
        orm: None, app_settings: Settings) -> None:
    limited = app_settings.model_copy(update={"rate_limit_per_ip": "3/minute"})
    async with app_client(limited) as client:
        seen = [(await client.get(path)).status_code for path in ("/m/1.forged", "/u/1.forged")]
        seen.append((await client.post("/m/1.forged/9", content=b"comment=", headers=FORM)).status_code)
        assert seen == [404, 404, 404]
        refused = await client.post("/u/1.forged", content=ONE_CLICK, headers=FORM)
        assert refused.status_code == 429 and 0 < int(refused.headers["retry-after"]) <= 60
        assert "请稍后再试" in refused.text
        english = await client.get("/m/2.forged/9?lang=en")
        assert english.status_code == 429 and "Please try again later" in english.text
        # The public GraphQL surface keeps its own budget for the same address.
        display = await GraphQL(client).raw('mutation { recordDisplay(token: "nope") { ok } }')
        assert display.status_code == 200


async def test_links_that_work_are_never_counted(org: Organization, mailing: Settings, smtp: MailServer,
                                                 mail_broker: InMemoryBroker) -> None:
    survey = await survey_of(org)
    await distribute(org, survey.id, ["wang@example.com", "li@example.com", "zhao@example.com"], mailing)
    await drain(mail_broker)
    limited = mailing.model_copy(update={"rate_limit_per_ip": "2/minute"})
    async with app_client(limited) as client:
        for mail in smtp.received:  # three one-click unsubscribes from one provider's address, and more
            unsubscribe = mail.message["List-Unsubscribe"].strip("<>").removeprefix("http://testserver")
            assert (await client.post(unsubscribe, content=ONE_CLICK, headers=FORM)).status_code == 200
            assert (await client.get(personal_path(mail))).status_code == 200
            assert (await client.get(personal_path(mail) + "/9")).status_code == 200
            assert (await client.post(personal_path(mail) + "/9", content=b"comment=", headers=FORM)).status_code == 200
    assert await MailSuppression.all().count() == 3
