"""Accounts from a CSV export: good rows kept, bad rows reported by line and column, numbers kept as
numbers, and the same file twice leaving the same accounts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from accounts.importer import BadRow, import_accounts
from accounts.models import Account, AccountStage
from core.errors import ValidationFailed
from core.models import Organization, Role
from core.service import create_user
from tests.support.paths import CRM_EXPORT

EXPECTED_BAD = [
    BadRow(4, "name", "name must be 1-200 characters"),
    BadRow(5, "owner_email", "no user of the organisation has the address 'nobody@example.com'"),
    BadRow(6, "external_id", "'acme' is also on line 2"),
    BadRow(7, "renewal_at", "'31/12/2027' is not an ISO-8601 date or time"),
    BadRow(8, "stage", "stage must be one of onboarding, active, renewal, churned"),
]


async def test_good_rows_are_kept_and_bad_rows_reported(org: Organization) -> None:
    wang = await create_user(organization=org, name="王经理", email="wang@example.com", role=Role.AGENT)
    report = await import_accounts(organization=org, path=CRM_EXPORT)
    assert report.bad == EXPECTED_BAD
    assert report.stored == 3
    accounts = {a.external_id: a for a in await Account.filter(organization_id=org.id)}
    assert sorted(accounts) == ["acme", "beta", "eta"]
    acme = accounts["acme"]
    assert (acme.name, acme.owner_id, acme.stage) == ("Acme 集团", wang.id, AccountStage.ACTIVE)
    # Numbers stay numbers; a number with a leading zero (a postcode) stays text.
    assert acme.attributes == {"plan": "企业版", "mrr": 12000.5, "seats": 120, "region": "华东", "postcode": "010020"}
    assert acme.renewal_at == datetime(2027, 3, 30, 16, tzinfo=UTC)  # midnight in Shanghai
    assert accounts["beta"].renewal_at == datetime(2027, 1, 15, 2, tzinfo=UTC)
    assert (accounts["beta"].stage, accounts["beta"].owner_id) == (AccountStage.ONBOARDING, None)
    assert accounts["eta"].stage == AccountStage.CHURNED

    before = {a.external_id: a.updated_at for a in await Account.all()}
    again = await import_accounts(organization=org, path=CRM_EXPORT)
    assert (again.stored, again.bad) == (3, EXPECTED_BAD)
    assert {a.external_id: a.updated_at for a in await Account.all()} == before


async def test_a_file_without_the_required_columns_is_refused(org: Organization, tmp_path: Path) -> None:
    source = tmp_path / "accounts.csv"
    source.write_text("id,company\n1,Acme\n", encoding="utf-8")
    with pytest.raises(ValidationFailed, match="external_id, name"):
        await import_accounts(organization=org, path=source)


async def test_a_missing_column_keeps_what_is_stored(org: Organization, tmp_path: Path) -> None:
    wang = await create_user(organization=org, name="王经理", email="wang@example.com", role=Role.AGENT)
    await import_accounts(organization=org, path=CRM_EXPORT)
    names_only = tmp_path / "names.csv"
    names_only.write_text("external_id,name\nacme,Acme 集团（新）\n", encoding="utf-8")
    report = await import_accounts(organization=org, path=names_only)
    assert (report.stored, report.bad) == (1, [])
    acme = await Account.get(organization_id=org.id, external_id="acme")
    # No attribute, owner or renewal column: those stay as stored.
    assert (acme.name, acme.owner_id, acme.attributes["mrr"]) == ("Acme 集团（新）", wang.id, 12000.5)
    assert acme.renewal_at is not None
