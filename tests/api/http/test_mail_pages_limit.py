"""The pages a distribution's mails link to (/m, /u) count against a per-address limit before any
token is looked up, under their own key: mail clicks do not use up the widget's budget."""

from __future__ import annotations

from core.settings import Settings
from tests.support.client import GraphQL, app_client


async def test_mail_pages_are_limited_per_address_with_a_page_in_the_recipients_language(
        orm: None, app_settings: Settings) -> None:
    limited = app_settings.model_copy(update={"rate_limit_per_ip": "3/minute"})
    async with app_client(limited) as client:
        seen = [(await client.get(path)).status_code for path in ("/m/1.forged", "/u/1.forged", "/m/1.forged/9")]
        assert seen == [404, 404, 404]  # counted, then refused for the token
        refused = await client.post("/u/1.forged", content=b"List-Unsubscribe=One-Click",
                                    headers={"content-type": "application/x-www-form-urlencoded"})
        assert refused.status_code == 429 and refused.headers["retry-after"] == "60"
        assert "请稍后再试" in refused.text
        english = await client.get("/m/1.forged?lang=en")
        assert english.status_code == 429 and "Please try again later" in english.text
        # The public GraphQL surface keeps its own budget for the same address.
        display = await GraphQL(client).raw('mutation { recordDisplay(token: "nope") { ok } }')
        assert display.status_code == 200
