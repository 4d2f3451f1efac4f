"""The score bar filter: a clamped, banded inline SVG."""

from __future__ import annotations

from resumefit.report.html import BAR_WIDTH, score_bar


def test_score_bar_clamps_the_score_and_colours_it_by_band() -> None:
    over, fair, below = score_bar(130.0), score_bar(55.0), score_bar(-5.0)
    assert f'class="fill strong" width="{float(BAR_WIDTH)}"' in over
    assert 'aria-label="100 of 100"' in over
    assert f'class="fill fair" width="{round(55.0 * BAR_WIDTH / 100, 1)}"' in fair
    assert 'class="fill weak" width="0.0"' in below
    assert 'aria-label="0 of 100"' in below
