"""The `voc` command line, run as a real process against the test database."""

from __future__ import annotations

from pathlib import Path

from core.service import authenticate
from core.settings import Settings
from surveys.models import Response
from tests.support.cli import voc
from tests.support.client import GraphQL
from tests.support.ops import active_survey


async def test_apikey_create_prints_the_key_last(settings: Settings, orm: None) -> None:
    done = voc(settings, "apikey", "create", "--org", "脚本公司", "--role", "analyst")
    assert done.returncode == 0, done.stderr
    key = done.stdout.strip().splitlines()[-1]
    principal = await authenticate(raw_key=key)
    assert principal is not None and principal.organization.name == "脚本公司"
    assert principal.role.value == "analyst"
    refused = voc(settings, "apikey", "create", "--org", "x", "--role", "owner")
    assert refused.returncode != 0


async def test_import_keeps_good_rows_and_reports_bad_ones(
    settings: Settings, gql: GraphQL, tmp_path: Path
) -> None:
    survey = await active_survey(gql)
    source = tmp_path / "history.csv"
    source.write_text(
        "score,comment,when,plan\n"
        "9,很好用,2026-01-05 10:00:00,pro\n"
        "11,分数超出范围,2026-01-05 11:00:00,free\n"
        "3,闪退太频繁,2026-01-06 09:30:00,free\n"
        "abc,不是数字,2026-01-06 09:30:00,free\n"
        "6,一般,not-a-date,free\n",
        encoding="utf-8-sig",
    )
    org_name = "Acme 商城"
    args = ["import", str(source), "--org", org_name, "--survey", survey["id"], "--time-col", "when"]
    done = voc(settings, *args)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "line 3" in done.stdout and "line 5" in done.stdout and "line 6" in done.stdout
    assert "stored 2 rows, refused 3" in done.stdout
    rows = await Response.filter(survey__token=survey["token"]).order_by("submitted_at")
    assert [(r.score, r.comment, r.channel.value) for r in rows] == [(9, "很好用", "import"), (3, "闪退太频繁", "import")]
    assert rows[0].submitted_at.isoformat() == "2026-01-05T02:00:00+00:00"  # Asia/Shanghai local time
    again = voc(settings, *args)
    assert "stored 2 rows" in again.stdout
    assert await Response.all().count() == 2  # idempotent by file and line
