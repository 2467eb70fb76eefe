"""The health model's arithmetic (linear ranges, thresholds, weights, missing components spread) and
its checks (every problem named, with a code)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from accounts.health_model import DEFAULT, DEFAULT_MODEL, BadHealthModel, HealthBand, parse, score


def model(components: list[dict[str, Any]], bands: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"components": components, "bands": bands or copy.deepcopy(DEFAULT_MODEL["bands"])}


def refusals(raw: Any) -> list[tuple[str, str | None]]:
    with pytest.raises(BadHealthModel) as refused:
        parse(raw)
    return [(e.code, e.field) for e in refused.value.errors]


LINEAR = {"type": "linear", "from": 0.2, "to": 0.9}
STEPS = {"type": "thresholds", "otherwise": 0,
         "steps": [{"upTo": 3, "points": 100}, {"upTo": 7, "points": 80}, {"upTo": 14, "points": 50}]}


def test_a_linear_range_is_straight_between_its_ends_and_clamped_outside() -> None:
    m = parse(model([{"key": "usage", "weight": 100, "scale": LINEAR}]))
    scale = m.components[0].scale
    assert [scale.points(v) for v in (0.0, 0.2, 0.55, 0.9, 1.5)] == pytest.approx([0, 0, 50, 100, 100])
    falling = parse(model([{"key": "activity", "weight": 100,
                            "scale": {"type": "linear", "from": 30, "to": 0}}])).components[0].scale
    assert [falling.points(v) for v in (0, 15, 30, 60)] == pytest.approx([100, 50, 0, 0])


def test_thresholds_give_the_first_step_at_or_above_the_value() -> None:
    scale = parse(model([{"key": "activity", "weight": 100, "scale": STEPS}])).components[0].scale
    assert [scale.points(v) for v in (0, 3, 3.5, 7, 14, 15, 400)] == [100, 100, 80, 80, 50, 0, 0]


def test_weights_combine_points_and_bands_follow_the_score() -> None:
    m = parse(model([{"key": "usage", "weight": 60, "scale": LINEAR}, {"key": "activity", "weight": 40,
                                                                        "scale": STEPS}]))
    total, parts = score(m, {"usage": 0.55, "activity": 5})
    assert total == pytest.approx(0.6 * 50 + 0.4 * 80)  # 62
    assert total is not None
    assert m.band_of(total) == HealthBand.WATCH
    assert [(p.key, p.value, p.points, p.effective, p.missing) for p in parts] == [
        ("usage", 0.55, 50, 60, False), ("activity", 5, 80, 40, False)]
    assert [m.band_of(s) for s in (100, 80, 79.9, 60, 59.9, 40, 39.9, 0)] == [
        HealthBand.HEALTHY, HealthBand.HEALTHY, HealthBand.WATCH, HealthBand.WATCH, HealthBand.AT_RISK,
        HealthBand.AT_RISK, HealthBand.CRITICAL, HealthBand.CRITICAL]


def test_a_missing_component_spreads_its_weight_and_no_data_is_no_score() -> None:
    m = parse(model([{"key": "usage", "weight": 50, "scale": LINEAR}, {"key": "activity", "weight": 30,
                     "scale": STEPS}, {"key": "nps", "weight": 20, "scale": {"type": "linear", "from": -50, "to": 50}}]))
    total, parts = score(m, {"usage": None, "activity": 2, "nps": 0})
    # activity 100 points and nps 50 points, weighted 30:20 over the 50 that have data: 60 / 40.
    assert total == pytest.approx(0.6 * 100 + 0.4 * 50)
    assert [(p.key, p.missing, p.points, p.effective) for p in parts] == [
        ("usage", True, None, 0.0), ("activity", False, 100, 60), ("nps", False, 50, 40)]
    assert score(m, {"usage": None, "activity": None, "nps": None})[0] is None
    assert score(DEFAULT, {})[0] is None


def test_a_voice_component_counts_in_proportion_to_its_answers() -> None:
    m = parse(model([{"key": "usage", "weight": 50, "scale": LINEAR},
                     {"key": "nps", "weight": 50, "scale": {"type": "linear", "from": -50, "to": 50}}]))
    # usage 0.9: 100 points; one detractor: NPS -100, 0 points. At full weight the account would be
    # at 50 (风险); one answer counts 50 x 1/5 = 10 against usage's 50: 100 x 50/60 = 83.3.
    one, parts = score(m, {"usage": 0.9, "nps": -100, "nps_answers": 1})
    assert one == pytest.approx(83.3)
    assert [(p.key, p.evidence) for p in parts] == [("usage", None), ("nps", 1)]
    assert [p.effective for p in parts] == pytest.approx([83.3333, 16.6667])
    # Twenty detractors are a finding: nps counts 50 x 20/24.
    many, _ = score(m, {"usage": 0.9, "nps": -100, "nps_answers": 20})
    assert many == pytest.approx(round(100 * 50 / (50 + 50 * 20 / 24), 1))
    # A caller without counts (an old row, a test) scores at full weight, as before.
    assert score(m, {"usage": 0.9, "nps": -100})[0] == pytest.approx(50)
    # Missing stays missing whatever the count says.
    assert score(m, {"usage": 0.9, "nps": None, "nps_answers": 0})[0] == pytest.approx(100)


def test_the_default_model_parses_and_its_weights_sum_to_100() -> None:
    assert sum(c.weight for c in DEFAULT.components) == 100
    assert [b.band for b in DEFAULT.bands] == [HealthBand.HEALTHY, HealthBand.WATCH, HealthBand.AT_RISK,
                                               HealthBand.CRITICAL]


def test_weights_that_do_not_sum_to_100_are_refused() -> None:
    assert refusals(model([{"key": "usage", "weight": 60, "scale": LINEAR},
                           {"key": "activity", "weight": 30, "scale": STEPS}])) == [
        ("BAD_WEIGHTS", "model.components")]
    assert refusals(model([{"key": "usage", "weight": -5, "scale": LINEAR},
                           {"key": "activity", "weight": 105, "scale": STEPS}])) == [
        ("BAD_WEIGHTS", "model.components.0.weight")]


def test_unknown_or_repeated_components_are_refused() -> None:
    assert refusals(model([{"key": "happiness", "weight": 50, "scale": LINEAR},
                           {"key": "usage", "weight": 25, "scale": LINEAR},
                           {"key": "usage", "weight": 25, "scale": LINEAR}])) == [
        ("UNKNOWN_COMPONENT", "model.components.0.key"), ("UNKNOWN_COMPONENT", "model.components.2.key")]


def test_bad_thresholds_are_refused() -> None:
    falling = {"type": "thresholds", "otherwise": 0, "steps": [{"upTo": 7, "points": 80}, {"upTo": 3, "points": 100}]}
    over = {"type": "thresholds", "otherwise": 0, "steps": [{"upTo": 7, "points": 180}]}
    flat = {"type": "linear", "from": 1, "to": 1}
    assert refusals(model([{"key": "activity", "weight": 40, "scale": falling},
                           {"key": "usage", "weight": 30, "scale": over},
                           {"key": "nps", "weight": 30, "scale": flat}])) == [
        ("BAD_THRESHOLDS", "model.components.0.scale.steps.1.upTo"),
        ("BAD_THRESHOLDS", "model.components.1.scale.steps.0"), ("BAD_THRESHOLDS", "model.components.2.scale")]


def test_overlapping_gapped_or_misordered_bands_are_refused() -> None:
    bands = copy.deepcopy(DEFAULT_MODEL["bands"])
    bands[1]["max"] = 85  # WATCH reaches into HEALTHY
    bands[3]["max"] = 35  # CRITICAL stops short of AT_RISK
    assert refusals(model(DEFAULT_MODEL["components"], bands)) == [
        ("BAD_BANDS", "model.bands.1.max"), ("BAD_BANDS", "model.bands.3.max")]
    swapped = copy.deepcopy(DEFAULT_MODEL["bands"])
    swapped[0], swapped[1] = swapped[1], swapped[0]
    assert refusals(model(DEFAULT_MODEL["components"], swapped)) == [("BAD_BANDS", "model.bands.0.band")]
    assert refusals(model(DEFAULT_MODEL["components"], DEFAULT_MODEL["bands"][:3])) == [("BAD_BANDS", "model.bands")]
    assert refusals([1, 2]) == [("VALIDATION", "model")]


def test_any_json_is_refused_with_errors_never_an_exception() -> None:
    for raw in (None, "model", {"components": None, "bands": None}, {"components": [[1]], "bands": [[]] * 4},
                {"components": [{"key": ["usage"], "weight": 100, "scale": {}}], "extra": 1},
                {"components": [{"key": "usage", "weight": 10**400, "scale": {"type": "linear", "from": 10**400,
                                                                                "to": [1]}}],
                 "bands": [{"band": b, "min": "0", "max": None, "color": 5} for b in ("HEALTHY", "WATCH")]}):
        with pytest.raises(BadHealthModel) as refused:
            parse(raw)
        assert refused.value.errors and all(e.field and e.field.startswith("model") for e in refused.value.errors)
