"""The light and dark themes (.streamlit/config.toml) and the stance colours, checked for
contrast with WCAG 2 relative luminance: text at least 4.5:1 (AA) on every background of both
themes; the accent and the stance colours at least 3:1 (graphics and controls)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from dashboard.charts import STANCE_COLORS

CONFIG = Path(__file__).parents[2] / ".streamlit" / "config.toml"


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of #RRGGBB."""
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _themes() -> dict[str, dict[str, str]]:
    theme = tomllib.loads(CONFIG.read_text(encoding="utf-8"))["theme"]
    return {name: theme[name] for name in ("light", "dark")}


def test_both_themes_exist_and_nothing_forces_one() -> None:
    theme = tomllib.loads(CONFIG.read_text(encoding="utf-8"))["theme"]
    assert "base" not in theme  # the browser's preference decides
    assert set(_themes()) == {"light", "dark"}


@pytest.mark.parametrize("name", ["light", "dark"])
def test_text_and_colours_are_readable(name: str) -> None:
    theme = _themes()[name]
    for background in ("backgroundColor", "secondaryBackgroundColor"):
        assert contrast(theme["textColor"], theme[background]) >= 4.5, background
    assert contrast(theme["primaryColor"], theme["backgroundColor"]) >= 3.0
    for stance, colour in STANCE_COLORS.items():
        assert contrast(colour, theme["backgroundColor"]) >= 3.0, (stance, name)


def test_the_measure_is_wcag_s() -> None:
    assert round(contrast("#000000", "#FFFFFF"), 1) == 21.0
    assert round(contrast("#777777", "#FFFFFF"), 2) == 4.48  # the classic just-failing grey
