"""The warning rules' format: defaults filled in, every problem named at its field with a typed code,
and a refused set changes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from accounts import warnings
from accounts.models import WarningRulesRow
from accounts.warning_rules import DEFAULT_RULES, BadWarningRules, parse
from core.models import Organization


def test_a_rule_or_parameter_left_out_keeps_its_default() -> None:
    assert parse({}) == DEFAULT_RULES
    given = parse({"no_login": {"days": 21}, "churn_intent": {"enabled": False}})
    assert given["no_login"] == {"enabled": True, "days": 21}
    assert given["churn_intent"] == {"enabled": False, "level": "stated", "days": 30}
    assert given["band_drop"] == DEFAULT_RULES["band_drop"]


@pytest.mark.parametrize(("rules", "problems"), [
    ([], [("VALIDATION", "rules")]),
    ({"mood_swing": {}}, [("UNKNOWN_RULE", "rules.mood_swing")]),
    ({"no_login": 14}, [("BAD_PARAMETER", "rules.no_login")]),
    ({"no_login": {"days": -3}}, [("BAD_PARAMETER", "rules.no_login.days")]),
    ({"no_login": {"days": 2.5}}, [("BAD_PARAMETER", "rules.no_login.days")]),
    ({"no_login": {"hours": 3}}, [("UNKNOWN_PARAMETER", "rules.no_login.hours")]),
    ({"score_fall": {"points": 0, "enabled": "yes"}}, [("BAD_PARAMETER", "rules.score_fall.points"),
                                                        ("BAD_PARAMETER", "rules.score_fall.enabled")]),
    ({"usage_drop": {"share": 1.5}}, [("BAD_PARAMETER", "rules.usage_drop.share")]),
    ({"complaints": {"count": -1}}, [("BAD_PARAMETER", "rules.complaints.count")]),
    ({"churn_intent": {"level": "maybe"}}, [("BAD_PARAMETER", "rules.churn_intent.level")]),
    ({"band_drop": {"into": ["HEALTHY"]}}, [("BAD_PARAMETER", "rules.band_drop.into")]),
    ({"renewal_risk": {"bands": []}, "band_drop": {"into": ["AT_RISK", "AT_RISK"]}},
     [("BAD_PARAMETER", "rules.renewal_risk.bands"), ("BAD_PARAMETER", "rules.band_drop.into")]),
    ({"renewal_risk": {"days": True}}, [("BAD_PARAMETER", "rules.renewal_risk.days")]),
])
async def test_bad_rules_name_every_problem_and_change_nothing(org: Organization, rules: Any,
                                                              problems: list[tuple[str, str]]) -> None:
    await warnings.set_rules(organization=org, rules={"no_login": {"days": 21}})
    with pytest.raises(BadWarningRules) as refused:
        await warnings.set_rules(organization=org, rules=rules)
    assert [(e.code, e.field) for e in refused.value.errors] == problems
    assert (await warnings.stored_rules(organization_id=org.id))["no_login"]["days"] == 21
    assert await WarningRulesRow.filter(organization_id=org.id).count() == 1


async def test_the_whole_set_is_stored_and_read_back(org: Organization) -> None:
    assert await warnings.stored_rules(organization_id=org.id) == DEFAULT_RULES
    stored = await warnings.set_rules(organization=org, rules={"complaints": {"count": 5, "days": 14}})
    assert stored["complaints"] == {"enabled": True, "count": 5, "days": 14}
    assert await warnings.stored_rules(organization_id=org.id) == stored
    assert (await WarningRulesRow.get(organization_id=org.id)).rules == stored
