"""Early-warning rules: which changes in an account's health open a case, with which thresholds, and
how often. The format and its checks, pure; accounts.warnings stores and runs them.

The JSON an admin edits (setWarningRules) is an object of rules by code; a rule left out keeps its
default, a parameter left out its default value, and what is stored (and read back) is always the
whole set:

    {"band_drop":    {"enabled": true, "into": ["AT_RISK", "CRITICAL"], "quietDays": 30},
     "score_fall":   {"enabled": true, "points": 15, "days": 30, "bands": ["WATCH", "AT_RISK", "CRITICAL"]},
     "no_login":     {"enabled": true, "days": 14},
     "usage_drop":   {"enabled": true, "share": 0.5, "quietDays": 30},
     "renewal_risk": {"enabled": true, "days": 30, "bands": ["AT_RISK", "CRITICAL"]},
     "complaints":   {"enabled": true, "count": 3, "days": 30},
     "churn_intent": {"enabled": true, "level": "stated", "days": 30}}

- band_drop: the band is worse than the account's band before this scoring and is one of `into`
  (by default 风险 and 危险: 关注 means watch, not act); once per band reached in `quietDays` (a
  score that wavers on a band's edge is one warning, not one a day; a drop on to a worse band fires
  at once).
- score_fall: the score's mean over the last two weeks is at least `points` below its mean in the
  two weeks around `days` days before (means, because a day's or even a week's score moves with
  a small team's usage and single answers), and the band is now one of `bands` (by default any
  below 健康: a healthy account that falls from 98 to 82 needs no work; in the health replay such
  falls were a quarter of the rule's false alarms); once per fall: quiet for `days` days after it
  fired.
- no_login: no login (nor any active user) for at least `days` days; once per streak (the window
  is the last day with a login).
- usage_drop: active users of the last week more than `share` below the week a month before
  (accounts.health_inputs' usage trend); quiet for `quietDays` days after it fired.
- renewal_risk: the renewal is within `days` days while the band is one of `bands`; once per
  renewal date.
- complaints: more than `count` cases (on the account's people, cancelled ones aside) opened in
  the last `days` days; once per ISO week.
- churn_intent: a comment of one of the account's people, answered in the last `days` days, whose
  churn signal (analysis.churn) is at least `level`: "stated" (the author says it: 不续费了) or
  "conditional" (a threat too: 要是再这样就退订); once per comment.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from typing import Any

from accounts.health_model import BAND_ORDER, HealthBand
from core.errors import DomainError, Refusals, ValidationFailed

LEVELS = ("stated", "conditional")  # analysis.churn.ChurnSignal's values that may open a case
MAX_DAYS = 365
LOWER_BANDS = [b.value for b in BAND_ORDER[1:]]
RISK_BANDS = [HealthBand.AT_RISK.value, HealthBand.CRITICAL.value]

DEFAULT_RULES: dict[str, dict[str, Any]] = {
    "band_drop": {"enabled": True, "into": RISK_BANDS, "quietDays": 30},
    "score_fall": {"enabled": True, "points": 15, "days": 30, "bands": LOWER_BANDS},
    "no_login": {"enabled": True, "days": 14},
    "usage_drop": {"enabled": True, "share": 0.5, "quietDays": 30},
    "renewal_risk": {"enabled": True, "days": 30, "bands": RISK_BANDS},
    "complaints": {"enabled": True, "count": 3, "days": 30},
    "churn_intent": {"enabled": True, "level": "stated", "days": 30},
}
RULES = tuple(DEFAULT_RULES)


class BadWarningRules(Refusals):
    """Warning rules that cannot be used: every problem is named (field and code), nothing stored."""


def _days(value: Any) -> str | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_DAYS
    return None if ok else f"a whole number of days, 1-{MAX_DAYS}"


def _points(value: Any) -> str | None:
    ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and 0 < value <= 100
    return None if ok else "a number of points above 0, at most 100"


def _share(value: Any) -> str | None:
    ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and 0 < value < 1
    return None if ok else "a share between 0 and 1 (0.5: down by more than half)"


def _count(value: Any) -> str | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10_000
    return None if ok else "a whole number, 0-10000"


def _bands(value: Any) -> str | None:
    names = ", ".join(LOWER_BANDS)
    ok = isinstance(value, list) and value and all(v in LOWER_BANDS for v in value) and len(set(value)) == len(value)
    return None if ok else f"a non-empty list of bands, each once, of {names}"


def _level(value: Any) -> str | None:
    return None if value in LEVELS else f"one of {', '.join(LEVELS)}"


def _enabled(value: Any) -> str | None:
    return None if isinstance(value, bool) else "true or false"


CHECKS: dict[str, Callable[[Any], str | None]] = {
    "enabled": _enabled, "into": _bands, "bands": _bands, "points": _points, "days": _days,
    "quietDays": _days, "share": _share, "count": _count, "level": _level,
}


def parse(raw: Any) -> dict[str, dict[str, Any]]:
    """The whole rule set that `raw` makes (defaults filled in), or BadWarningRules naming every problem."""
    if not isinstance(raw, dict):
        raise BadWarningRules("the warning rules must be an object", [ValidationFailed(
            f"the warning rules must be an object of rules by code ({', '.join(RULES)})", field="rules")])
    errors: list[DomainError] = []
    out = copy.deepcopy(DEFAULT_RULES)  # what a caller keeps (or changes) is never the defaults' own lists
    for code, given in raw.items():
        at = f"rules.{code}"
        if code not in DEFAULT_RULES:
            errors.append(ValidationFailed(f"unknown rule {code!r}: one of {', '.join(RULES)}", field=at,
                                           code="UNKNOWN_RULE"))
            continue
        if not isinstance(given, dict):
            errors.append(ValidationFailed("a rule must be an object of its parameters", field=at,
                                           code="BAD_PARAMETER"))
            continue
        for name, value in given.items():
            if name not in DEFAULT_RULES[code]:
                errors.append(ValidationFailed(
                    f"{code} has no parameter {name!r}: it has {', '.join(DEFAULT_RULES[code])}",
                    field=f"{at}.{name}", code="UNKNOWN_PARAMETER"))
                continue
            problem = CHECKS[name](value)
            if problem is not None:
                errors.append(ValidationFailed(f"{name} must be {problem}", field=f"{at}.{name}",
                                               code="BAD_PARAMETER"))
                continue
            out[code][name] = list(value) if isinstance(value, list) else value
    if errors:
        raise BadWarningRules(f"{len(errors)} problem(s) in the warning rules; nothing was changed", errors)
    return out
