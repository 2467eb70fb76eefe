"""The health replay benchmark kept from rotting: its figures on a hand-made case, and a tiny book
replayed end to end through the API and the workers (as `python benchmarks/health_replay.py` runs it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.append(str(ROOT / "benchmarks"))  # after the project: its names win

from health_book import book_accounts, days  # noqa: E402
from health_replay_figures import figures  # noqa: E402

START = date(2026, 1, 1)


def day(n: int) -> date:
    return START + timedelta(days=n)


def test_figures_count_alerts_within_the_horizon_before_churn() -> None:
    churned = {"a": day(100), "b": day(150)}
    alerts = [("a", day(40)), ("a", day(70)),  # a: 30 days ahead, and one 60 days ahead (the first counts)
              ("b", day(10)),  # b: 140 days ahead, too early: a false alarm, and b is missed
              ("c", day(20)),  # c never churns: a false alarm
              ("d", day(300))]  # d: within the last 90 days and not churned: not judged yet
    f = figures(alerts, churned, accounts=10, start=START, end=day(364), horizon=90, warmup=0)
    assert f["alerts_counted"] == 4 and f["alerts_true"] == 2
    assert f["accounts_warned"] == 3 and f["precision"] == round(1 / 3, 3)
    assert f["recall"] == 0.5 and f["median_lead_days"] == 60
    # 8 accounts observed 274 days, a for 100 days and b for 150: 2 false alarms over 2,442 days
    assert f["false_alarms_per_100_account_months"] == round(2 / (2442 / 30) * 100, 2)


def test_figures_leave_the_warmup_out() -> None:
    f = figures([("a", day(10)), ("b", day(50))], {"a": day(20), "b": day(60)}, accounts=4, start=START,
                end=day(364), horizon=90, warmup=35)
    assert f["churned"] == 1 and f["alerts_counted"] == 1 and f["recall"] == 1.0 and f["median_lead_days"] == 10


def test_the_book_is_the_same_for_the_same_seed() -> None:
    def summary(seed: int) -> list[tuple[int, int, tuple[str, ...]]]:
        accounts = book_accounts(50, START, seed)
        return [(len(d.signals), len(d.answers), tuple(d.churned)) for d in days(accounts, START, 60, seed)]

    assert summary(3) == summary(3)
    assert summary(3) != summary(4)


def test_a_tiny_book_replays_end_to_end(tmp_path: Path) -> None:
    dump = tmp_path / "alerts.json"
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "health_replay.py"), "--accounts", "40", "--months", "3",
         "--seed", "2", "--horizon", "30", "--warmup", "0", "--dump", str(dump)],
        env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["days"] == 91 and result["accounts"] == 40
    assert result["churned"] > 0  # seed 2 has churn within these 3 months
    stored = result["stored"]
    assert stored["responses"] == result["answers"] > 0  # every answer went through submitResponse
    assert stored["health_rows"] >= 40 * 80  # the daily pass scored every live account each day
    assert result["naive_nps_negative"]["alerts"] > 0
    assert result["product_warnings"]["all"]["alerts"] > 0  # the warning rules ran after the daily scoring
    groups = [result["naive_nps_negative"], *result["product_warnings"].values()]
    for group in groups:
        for name in ("precision", "alert_precision", "recall"):
            assert group[name] is None or 0 <= group[name] <= 1, (name, group)
        assert group["median_lead_days"] is None or 0 <= group["median_lead_days"] <= 30
        assert group["false_alarms_per_100_account_months"] is None or group["false_alarms_per_100_account_months"] >= 0
    raw = json.loads(dump.read_text())
    assert len(raw["churned"]) == result["churned"]
