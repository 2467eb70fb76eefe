"""record_signals: one value per account, metric and day (the organisation's time zone), bad rows
reported by index while the rest are kept."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from accounts.errors import UnknownAccount
from accounts.listing import signal_series
from accounts.models import Account, AccountSignal
from accounts.service import AccountRow, SignalRow, record_signals, upsert_accounts
from core.models import Organization
from core.service import get_or_create_organization

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


async def _account(org: Organization, external_id: str = "acme") -> Account:
    return (await upsert_accounts(organization=org, rows=[AccountRow(external_id=external_id, name=external_id)]))[0]


async def test_recording_a_day_again_replaces_it(org: Organization) -> None:
    acme = await _account(org)
    morning = SignalRow(account="acme", metric="active_users", value=40, at=NOW - timedelta(hours=3))
    assert (await record_signals(organization=org, rows=[morning], now=NOW)).accepted == 1
    retried = await record_signals(organization=org, rows=[morning], now=NOW)
    assert (retried.accepted, retried.errors) == (1, [])
    assert await AccountSignal.all().count() == 1
    evening = SignalRow(account="acme", metric="active_users", value=55, at=NOW)
    await record_signals(organization=org, rows=[evening], now=NOW)
    # 2026-12-06 in Shanghai; the day before is a separate point of the series.
    yesterday = SignalRow(account="acme", metric="active_users", value=30, at=NOW - timedelta(days=1))
    await record_signals(organization=org, rows=[yesterday], now=NOW)
    assert await signal_series(organization_id=org.id, account_id=acme.id, metric="active_users") == [
        (date(2026, 12, 5), 30.0), (date(2026, 12, 6), 55.0)]


async def test_the_day_is_the_organisations(org: Organization) -> None:
    acme = await _account(org)
    # 23:30 UTC on 5 December is 07:30 on 6 December in Shanghai (the organisation's default zone).
    late = datetime(2026, 12, 5, 23, 30, tzinfo=UTC)
    await record_signals(organization=org, rows=[SignalRow(account="acme", metric="logins", value=3, at=late)],
                         now=NOW)
    assert await signal_series(organization_id=org.id, account_id=acme.id, metric="logins") == [
        (date(2026, 12, 6), 3.0)]


async def test_bad_rows_are_reported_and_the_rest_kept(org: Organization) -> None:
    await _account(org)
    other = await get_or_create_organization(name="Org B")
    await _account(other, "b-only")
    rows = [SignalRow(account="acme", metric="logins", value=10, at=NOW),
            SignalRow(account="nobody", metric="logins", value=1, at=NOW),
            SignalRow(account="b-only", metric="logins", value=1, at=NOW),
            SignalRow(account="acme", metric="feature.export", value=2, at=NOW + timedelta(minutes=30)),
            SignalRow(account="acme", metric="Bad Metric", value=2, at=NOW),
            SignalRow(account="acme", metric="feature.export", value=float("nan"), at=NOW),
            SignalRow(account="acme", metric="feature.export", value=7, at=NOW + timedelta(minutes=2))]
    report = await record_signals(organization=org, rows=rows, now=NOW)
    assert report.accepted == 2
    assert [(e.code, e.field) for e in report.errors] == [
        ("NOT_FOUND", "input.1.account"), ("NOT_FOUND", "input.2.account"), ("VALIDATION", "input.3.at"),
        ("VALIDATION", "input.4.metric"), ("VALIDATION", "input.5.value")]
    assert isinstance(report.errors[0], UnknownAccount)
    stored = {(s.metric, s.value) for s in await AccountSignal.all()}
    assert stored == {("logins", 10.0), ("feature.export", 7.0)}
    assert await AccountSignal.filter(organization_id=other.id).count() == 0
