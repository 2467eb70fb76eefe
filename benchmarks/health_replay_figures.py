"""How well alerts foretell churn, for benchmarks/health_replay.py: pure functions over days.

An alert is (account, day). With a horizon H (90 days):
- an alert is *true* when its account churns within H days after it (the day itself included);
  alerts of the last H days of the run count only when their account churned (else nobody can tell
  yet whether they were false);
- precision: of the accounts with a counted alert, the share with a true one;
- recall: of the accounts that churned, the share alerted within the H days before churning;
- lead time: for those, days from the first alert of those H days to the churn (median);
- false alarms per 100 accounts a month: counted alerts that were not true, per 100 account-months
  observed (each account from the start until it churned or until H days before the end).
The first `warmup` days (WARMUP_DAYS, 35) are left out: alerts raised in them, churns in them and
their account-days. A fresh book has no history (no score 30 days back, no earlier week of usage),
and what rules do then is the import of a new customer base, not their steady state.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

HORIZON_DAYS = 90
WARMUP_DAYS = 35


def figures(alerts: Iterable[tuple[str, date]], churned: Mapping[str, date], accounts: int, start: date, end: date,
            horizon: int = HORIZON_DAYS, warmup: int = WARMUP_DAYS) -> dict[str, Any]:
    """`churned`: account -> its churn day (every account that churned); `end`: the last simulated day."""
    start = date.fromordinal(start.toordinal() + warmup)
    alerts = [(a, d) for a, d in alerts if d >= start]
    accounts -= sum(1 for d in churned.values() if d < start)
    churned = {a: d for a, d in churned.items() if d >= start}
    judged_until = date.fromordinal(end.toordinal() - horizon)
    by_account: dict[str, list[date]] = {}
    for account, day in alerts:
        by_account.setdefault(account, []).append(day)
    counted = true = 0
    warned: set[str] = set()
    warned_true: set[str] = set()
    for account, days in by_account.items():
        churn = churned.get(account)
        for day in days:
            if churn is None and day > judged_until:
                continue
            counted += 1
            warned.add(account)
            if churn is not None and 0 <= (churn - day).days <= horizon:
                true += 1
                warned_true.add(account)
    leads = []
    for account, churn in churned.items():
        before = [d for d in by_account.get(account, []) if 0 <= (churn - d).days <= horizon]
        if before:
            leads.append((churn - min(before)).days)
    span = max(0, (judged_until - start).days)
    observed_days = (accounts - len(churned)) * span + sum(
        max(0, (min(churn, judged_until) - start).days) for churn in churned.values())
    months = observed_days / 30
    return {
        "alerts": sum(len(d) for d in by_account.values()), "alerts_counted": counted, "alerts_true": true,
        "accounts_warned": len(warned), "accounts_warned_true": len(warned_true),
        "precision": round(len(warned_true) / len(warned), 3) if warned else None,
        "alert_precision": round(true / counted, 3) if counted else None,
        "churned": len(churned), "churned_warned": len(leads),
        "recall": round(len(leads) / len(churned), 3) if churned else None,
        "median_lead_days": statistics.median(leads) if leads else None,
        "false_alarms_per_100_account_months": round((counted - true) / months * 100, 2) if months else None,
    }

