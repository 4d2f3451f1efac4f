"""The arithmetic of benchmarks/precision_adjudicated.py: Wilson bounds, stratified estimate.

Runs without the shared data: the Wilson interval and the normal quantile are checked against
published values, the estimate against hand-computed ones.
"""

from __future__ import annotations

import json
from types import ModuleType

import pytest

#: Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I,
#: method 3 (Wilson score, no continuity correction), to 4 decimals.
NEWCOMBE_WILSON = [
    (81, 263, 0.2553, 0.3662),
    (15, 148, 0.0624, 0.1605),
    (0, 20, 0.0, 0.1611),
    (1, 29, 0.0061, 0.1718),
    (29, 29, 0.8830, 1.0),
]
PUBLISHED_DECIMALS = 4
#: Standard normal quantiles from tables: 97.5% (one stratum) and 98.75% (two, Bonferroni).
Z_ONE_STRATUM = 1.9600
Z_TWO_STRATA = 2.2414


@pytest.mark.parametrize(("hits", "total", "low", "high"), NEWCOMBE_WILSON)
def test_wilson_interval_matches_published_values(
    adjudicated: ModuleType, hits: int, total: int, low: float, high: float
) -> None:
    got_low, got_high = adjudicated.wilson_interval(hits, total)
    assert round(got_low, PUBLISHED_DECIMALS) == pytest.approx(low)
    assert round(got_high, PUBLISHED_DECIMALS) == pytest.approx(high)


def test_wilson_interval_rejects_no_trials(adjudicated: ModuleType) -> None:
    with pytest.raises(ValueError):
        adjudicated.wilson_interval(0, 0)


@pytest.mark.parametrize(("strata", "z"), [(1, Z_ONE_STRATUM), (2, Z_TWO_STRATA)])
def test_bonferroni_z_splits_the_error_rate_between_strata(
    adjudicated: ModuleType, strata: int, z: float
) -> None:
    assert round(adjudicated.bonferroni_z(strata), PUBLISHED_DECIMALS) == pytest.approx(z)


def test_estimate_credits_one_stratum_at_its_share(adjudicated: ModuleType) -> None:
    # 40 of 100 labelled correct; the 60 unlabelled are right half the time: 40 + 30 = 70.
    assert adjudicated.stratified_precision(40, 100, [(60, 0.5)]) == pytest.approx(0.70)


def test_estimate_at_the_ends_of_the_share(adjudicated: ModuleType) -> None:
    # Share 0 gives back the official precision, share 1 counts every prediction right.
    assert adjudicated.stratified_precision(46, 100, [(54, 0.0)]) == pytest.approx(0.46)
    assert adjudicated.stratified_precision(46, 100, [(54, 1.0)]) == pytest.approx(1.0)


def test_estimate_credits_each_stratum_at_its_own_share(adjudicated: ModuleType) -> None:
    # 40 correct; 50 old ones right at 0.8 (40) and 10 new ones at 0.2 (2): 82 of 100, where
    # one pooled share of 0.8 would have given 88.
    assert adjudicated.stratified_precision(40, 100, [(50, 0.8), (10, 0.2)]) == pytest.approx(0.82)


def test_estimate_rejects_strata_that_miss_unlabelled_predictions(
    adjudicated: ModuleType,
) -> None:
    with pytest.raises(ValueError, match="add up"):
        adjudicated.stratified_precision(40, 100, [(50, 0.8)])


def test_estimate_rejects_a_share_outside_zero_one(adjudicated: ModuleType) -> None:
    with pytest.raises(ValueError, match="outside"):
        adjudicated.stratified_precision(40, 100, [(60, 1.5)])


def test_stratified_bounds_put_each_stratum_at_its_bonferroni_wilson_bound(
    adjudicated: ModuleType,
) -> None:
    old = adjudicated.StratumSample("old", 50, 20, 16, 0)
    new = adjudicated.StratumSample("new", 10, 10, 2, 1)
    old_low, old_high = adjudicated.wilson_interval(16, 20, Z_TWO_STRATA)
    new_low, new_high = adjudicated.wilson_interval(2, 10, Z_TWO_STRATA)
    estimate, low, high = adjudicated.stratified_estimate(40, 100, [old, new])
    assert estimate == pytest.approx(0.82)
    assert low == pytest.approx((40 + 50 * old_low + 10 * new_low) / 100, abs=1e-4)
    assert high == pytest.approx((40 + 50 * old_high + 10 * new_high) / 100, abs=1e-4)


def test_stratified_bounds_ignore_a_stratum_without_predictions(
    adjudicated: ModuleType,
) -> None:
    # Nothing to credit in the empty stratum, so the other keeps the plain 95% level.
    old = adjudicated.StratumSample("old", 60, 20, 16, 0)
    new = adjudicated.StratumSample("new", 0, 0, 0, 0)
    low, high = adjudicated.wilson_interval(16, 20)
    assert adjudicated.stratified_estimate(40, 100, [old, new]) == pytest.approx(
        (0.88, (40 + 60 * low) / 100, (40 + 60 * high) / 100)
    )


def test_stratified_estimate_needs_judged_rows_in_every_stratum(
    adjudicated: ModuleType,
) -> None:
    old = adjudicated.StratumSample("old", 50, 20, 16, 0)
    new = adjudicated.StratumSample("new", 10, 0, 0, 0)
    with pytest.raises(ValueError, match="no judged row"):
        adjudicated.stratified_estimate(40, 100, [old, new])


def test_unsure_counts_as_skill_only_when_asked(adjudicated: ModuleType) -> None:
    stratum = adjudicated.StratumSample("new", 10, 10, 2, 1)
    assert stratum.share() == pytest.approx(0.2)
    assert stratum.share(unsure_is_skill=True) == pytest.approx(0.3)


def test_read_judgements_rejects_an_unknown_verdict(adjudicated: ModuleType) -> None:
    line = json.dumps({"id": "1", "start": 0, "end": 4, "skill": "java", "verdict": "maybe"})
    with pytest.raises(ValueError, match="line 1"):
        adjudicated.read_judgements([line])
