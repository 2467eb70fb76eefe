"""upsert_accounts: idempotent by external id, all or none, every bad row named."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from accounts.errors import BadAccounts
from accounts.models import Account, AccountStage
from accounts.service import MAX_ACCOUNTS_PER_CALL, AccountRow, upsert_accounts
from core.errors import ValidationFailed
from core.models import Organization, Role
from core.service import create_user, get_or_create_organization

RENEWAL = datetime(2027, 3, 31, tzinfo=UTC)


async def test_the_same_batch_twice_is_one_state(org: Organization) -> None:
    owner = await create_user(organization=org, name="王经理", email="wang@example.com", role=Role.AGENT)
    rows = [AccountRow(external_id="acme", name="Acme 集团", attributes={"plan": "企业版", "mrr": 12000},
                       renewal_at=RENEWAL, stage=AccountStage.ONBOARDING, owner_id=owner.id),
            AccountRow(external_id="beta", name="Beta")]
    first = await upsert_accounts(organization=org, rows=rows)
    before = {a.external_id: (a.id, a.updated_at) for a in await Account.all()}
    again = await upsert_accounts(organization=org, rows=rows)

    assert [a.id for a in again] == [a.id for a in first]
    assert await Account.filter(organization_id=org.id).count() == 2
    # Nothing changed, so nothing was written.
    assert {a.external_id: (a.id, a.updated_at) for a in await Account.all()} == before
    acme = await Account.get(external_id="acme")
    assert (acme.name, acme.attributes, acme.renewal_at, acme.stage, acme.owner_id) == (
        "Acme 集团", {"plan": "企业版", "mrr": 12000}, RENEWAL, AccountStage.ONBOARDING, owner.id)
    beta = await Account.get(external_id="beta")
    assert (beta.attributes, beta.renewal_at, beta.stage, beta.owner_id) == ({}, None, AccountStage.ACTIVE, None)


async def test_an_update_changes_what_it_names_and_keeps_the_rest(org: Organization) -> None:
    await upsert_accounts(organization=org, rows=[AccountRow(
        external_id="acme", name="Acme", attributes={"plan": "pro"}, renewal_at=RENEWAL)])
    await upsert_accounts(organization=org, rows=[AccountRow(external_id="acme", name="  Acme   集团 ",
                                                             stage=AccountStage.RENEWAL)])
    acme = await Account.get(external_id="acme")
    assert (acme.name, acme.attributes, acme.renewal_at, acme.stage) == (
        "Acme 集团", {"plan": "pro"}, RENEWAL, AccountStage.RENEWAL)
    # Given attributes replace the stored object; None clears a date.
    await upsert_accounts(organization=org, rows=[AccountRow(external_id="acme", name="Acme 集团",
                                                             attributes={"region": "华东"}, renewal_at=None)])
    acme = await Account.get(external_id="acme")
    assert (acme.attributes, acme.renewal_at, acme.stage) == ({"region": "华东"}, None, AccountStage.RENEWAL)


async def test_a_bad_batch_changes_nothing_and_names_every_bad_row(org: Organization) -> None:
    await upsert_accounts(organization=org, rows=[AccountRow(external_id="acme", name="Acme")])
    other = await get_or_create_organization(name="Org B")
    stranger = await create_user(organization=other, name="外人", email="x@b.example", role=Role.ADMIN)
    rows = [AccountRow(external_id="acme", name="Acme renamed"),
            AccountRow(external_id="new", name="New one"),
            AccountRow(external_id="", name="no id"),
            AccountRow(external_id="c", name="C", owner_id=stranger.id),
            AccountRow(external_id="d", name=" ", attributes={"nested": {"no": 1}}),
            AccountRow(external_id="new", name="twice"),
            AccountRow(external_id="e", name="E", renewal_at=datetime(2027, 1, 1))]
    with pytest.raises(BadAccounts) as refused:
        await upsert_accounts(organization=org, rows=rows)
    assert [e.field for e in refused.value.errors] == [
        "input.2.externalId", "input.3.ownerId", "input.4.name", "input.5.externalId", "input.6.renewalAt"]
    assert "input.1" in refused.value.errors[3].message
    assert [a.name for a in await Account.all()] == ["Acme"]


async def test_a_batch_has_a_limit(org: Organization) -> None:
    rows = [AccountRow(external_id=f"a{n}", name=f"A{n}") for n in range(MAX_ACCOUNTS_PER_CALL + 1)]
    with pytest.raises(ValidationFailed):
        await upsert_accounts(organization=org, rows=rows)
    assert await Account.all().count() == 0


async def test_external_ids_are_per_organisation(org: Organization) -> None:
    other = await get_or_create_organization(name="Org B")
    mine = await upsert_accounts(organization=org, rows=[AccountRow(external_id="acme", name="A 的 Acme")])
    theirs = await upsert_accounts(organization=other, rows=[AccountRow(external_id="acme", name="B 的 Acme")])
    assert mine[0].id != theirs[0].id
    assert (await Account.get(id=mine[0].id)).name == "A 的 Acme"
