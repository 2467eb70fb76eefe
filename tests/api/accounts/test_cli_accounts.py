"""`voc accounts import`, run as a real process: a bad-row report, exit code 1, good rows stored."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from accounts.models import Account, AccountHealth
from core.models import Organization, Role
from core.service import create_user
from core.settings import Settings
from tests.support.cli import voc
from tests.support.health import account, signal
from tests.support.paths import CRM_EXPORT


async def test_import_reports_bad_rows_and_keeps_good_ones(settings: Settings, org: Organization,
                                                            tmp_path: Path) -> None:
    await create_user(organization=org, name="王经理", email="wang@example.com", role=Role.AGENT)
    done = voc(settings, "accounts", "import", str(CRM_EXPORT), "--org", org.name)
    assert done.returncode == 1, done.stdout + done.stderr
    for expected in ("line 4 name:", "line 5 owner_email:", "line 6 external_id:", "line 7 renewal_at:",
                     "line 8 stage:", "stored 3 accounts, refused 5 rows"):
        assert expected in done.stdout, done.stdout
    assert sorted(a.external_id for a in await Account.filter(organization_id=org.id)) == ["acme", "beta", "eta"]
    unknown = voc(settings, "accounts", "import", str(CRM_EXPORT), "--org", "没有这个组织")
    assert unknown.returncode == 2 and "NOT_FOUND" in unknown.stdout
    clean = tmp_path / "clean.csv"
    clean.write_text("external_id,name,stage\nacme,Acme 集团,renewal\n", encoding="utf-8-sig")
    fine = voc(settings, "accounts", "import", str(clean), "--org", org.name)
    assert fine.returncode == 0 and "stored 1 accounts, refused 0 rows" in fine.stdout, fine.stdout
    assert (await Account.get(organization_id=org.id, external_id="acme")).stage.value == "renewal"


async def test_score_recomputes_now_and_prints_each_band(settings: Settings, org: Organization) -> None:
    today = datetime.now(UTC).astimezone(ZoneInfo(org.timezone)).date()
    for name, active in (("acme", 9), ("beta", 1), ("gamma", 2)):
        await signal(org, await account(org, name, seats=10), "active_users", today, active)
    await account(org, "idle")
    done = voc(settings, "accounts", "score", "--org", org.name)
    assert done.returncode == 0, done.stdout + done.stderr
    counts = {band: re.search(rf"{band}\s*│\s*(\d+)", done.stdout) for band in ("HEALTHY", "AT_RISK", "CRITICAL")}
    # acme: usage 0.9 and activity today, 100; beta and gamma: usage 0.1 / 0.2 (0 points) and activity
    # (100 points), weighted 20:15 over the two components with data: 42.9.
    assert {band: m.group(1) if m else None for band, m in counts.items()} == {
        "HEALTHY": "1", "AT_RISK": "2", "CRITICAL": "0"}, done.stdout
    assert "4 accounts scored" in done.stdout
    assert await AccountHealth.filter(organization_id=org.id).count() == 3
