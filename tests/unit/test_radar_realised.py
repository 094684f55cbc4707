"""The radar's "realised" layer (issue 18): what a contract review found, drawn apart from the agreed
levels by line style and marker (not colour alone), with its legend entry, the same in Agg and the PDF."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from matplotlib.lines import Line2D

from ambitieweb.charts import RadarData, RadarStyle, build_figure
from ambitieweb.charts.contract_data import contract_radar
from ambitieweb.charts.radar_style import contrasts
from ambitieweb.model.contract.parts import ThemeRealisation
from ambitieweb.model.contract.rules import new_review
from tests.contract_data import agreed, contract_for
from tests.unit.test_radar_layers import drawn, pixel, six
from tests.unit.test_reports_pdf import pdf_text
from tests.unit.test_reports_radar import agg_pixels, differing_share, figure_pdf, rendered_page

REALISED = (2, 2, None, 1, 3, 0)


def test_realised_levels_are_checked_and_may_be_unjudged() -> None:
    with pytest.raises(ValueError, match="realised has 2 levels for 6 themes"):
        six(realised=(1, 2))
    with pytest.raises(ValueError, match=r"realised levels must be 0\.\.3 or None"):
        six(realised=(1, 2, 3, 4, 0, 0))
    assert six(realised=[2.0, 1, None, 0, 3, 1]).realised == (2, 1, None, 0, 3, 1)
    assert six(realised=REALISED).legend_entries() == ("Ambitie", "Huidige situatie", "Gerealiseerd")
    assert "Gerealiseerd" not in six().legend_entries()


def test_the_realised_layer_is_a_dash_dotted_line_with_diamonds_and_a_gap_where_unjudged() -> None:
    plot, pixels = drawn(six(realised=REALISED))
    line, diamonds = plot.realised_line, plot.realised_markers
    assert line.get_visible() and diamonds.get_visible()
    ydata = [None if math.isnan(v) else v for v in np.asarray(line.get_ydata(), dtype=float)]
    assert ydata == [2, 2, None, 1, 3, 0, 2]  # closed, broken at the theme not judged
    assert diamonds.get_marker() == "D" and plot.ambition_markers.get_marker() == "o"

    def dashes(artist: Any) -> Any:
        return artist._unscaled_dash_pattern[1]

    patterns = [dashes(a) for a in (plot.current_line, plot.earlier_line, plot.reference_line, line)]
    assert len({None if p is None else tuple(p) for p in patterns}) == 4  # apart by its dashes
    assert len(dashes(line)) == 4  # dash, gap, dot, gap
    assert line.get_zorder() > plot.ambition_markers.get_zorder()  # over the agreed levels
    # Theme 4 (Diversiteit) realised 3 where the agreed level is 2: the diamond's dark edge is there
    assert min(pixel(plot, pixels, 4, 3, aside=aside).sum() for aside in range(-9, 10)) < 120
    without, bare = drawn(six())
    assert not without.realised_line.get_visible() and not without.realised_markers.get_visible()
    assert min(pixel(without, bare, 4, 3, aside=aside).sum() for aside in range(-9, 10)) > 300  # grey ring
    texts = [t.get_text() for t in plot.legend.get_texts()]
    assert "Gerealiseerd" in texts
    handle = plot.legend.legend_handles[texts.index("Gerealiseerd")]
    assert isinstance(handle, Line2D)
    assert handle.get_marker() == "D" and dashes(handle) == dashes(line)


def test_the_realised_layer_is_legible_in_both_styles() -> None:
    for style in (RadarStyle(), RadarStyle.projector()):
        for name, (ratio, needed) in contrasts(style).items():
            if name.startswith("realised"):
                assert ratio >= needed, (name, ratio)
    assert RadarStyle.projector().realised_width > RadarStyle().realised_width


def test_an_update_shows_and_hides_the_layer_without_a_rebuild() -> None:
    _figure, plot = build_figure(six())
    changed = plot.update(six(realised=REALISED))
    assert plot.realised_line in changed and plot.builds == 1
    assert plot.realised_line.get_visible()
    plot.update(six())
    assert not plot.realised_line.get_visible()


def test_the_pdf_draws_the_realised_layer_as_agg_does(tmp_path: Path) -> None:
    data = six(realised=REALISED, legend_realised="Gerealiseerd (03-12-2027)")
    figure, _plot = build_figure(data, RadarStyle(), size_inches=(6, 6), dpi=72)
    path = figure_pdf(figure, tmp_path / "realised.pdf")
    page = rendered_page(path)
    screen, plot = build_figure(data, RadarStyle(), size_inches=(6, 6), dpi=72)
    assert differing_share(page, agg_pixels(screen)) < 0.03
    plot.realised_line.set_visible(False)  # the comparison can fail: without the layer they differ
    plot.realised_markers.set_visible(False)
    assert differing_share(page, agg_pixels(screen)) > 0.004
    assert "Gerealiseerd (03-12-2027)" in pdf_text(path)


def test_the_contract_radar_takes_the_latest_review_and_flags_what_fell_short() -> None:
    snapshot = agreed()
    themes = snapshot.session.themes
    names = {entry.theme_id: entry.theme_id.upper() for entry in themes}
    contract = contract_for(snapshot)
    before = contract_radar(contract, snapshot, names)
    assert before is not None and before.realised is None and before.flagged is None
    assert before.labels == tuple(names[e.theme_id] for e in themes)
    assert before.ambition == tuple(int(e.ambition) for e in themes)
    first = new_review(snapshot, dt.date(2027, 7, 1))
    second = new_review(snapshot, dt.date(2028, 1, 5), first)
    low = themes[0].theme_id
    second.themes = [
        ThemeRealisation(theme_id=e.theme_id, level=0 if e.theme_id == low else int(e.ambition))
        for e in themes[:-1]
    ]
    contract = contract.model_copy(update={"reviews": [second, first]})  # the later one first in the list
    data = contract_radar(contract, snapshot, names, "en", title="Cleaning")
    assert data is not None and data.realised is not None and data.flagged is not None
    assert data.realised[0] == 0 and data.realised[-1] is None
    assert data.realised[1:-1] == tuple(int(e.ambition) for e in themes[1:-1])
    assert data.flagged == (int(themes[0].ambition) > 0,) + (False,) * (len(themes) - 1)
    assert data.legend_entries()[:3] == ("Agreed", "Situation when agreed", "Realised (05-01-2028)")
    assert data.legend_flagged == "Realised below agreed" and data.title == "Cleaning"
    web = snapshot.session.model_copy(update={"themes": snapshot.session.themes[:2]})
    assert contract_radar(contract, snapshot.model_copy(update={"session": web}), names) is None


def test_radar_data_from_a_contract_draws(tmp_path: Path) -> None:
    snapshot = agreed()
    review = new_review(snapshot, dt.date(2027, 7, 1))
    review.themes = [ThemeRealisation(theme_id=e.theme_id, level=1) for e in snapshot.session.themes]
    contract = contract_for(snapshot, reviews=[review])
    data = contract_radar(contract, snapshot, {})
    assert isinstance(data, RadarData)
    figure, plot = build_figure(data)
    figure.savefig(tmp_path / "contract.png")
    assert plot.realised_markers.get_visible() and (tmp_path / "contract.png").stat().st_size > 1000
