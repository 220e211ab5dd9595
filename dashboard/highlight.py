"""One renderer for evidence: a text with its statements highlighted, safely escaped.

Used by the Article view (full text), the Statements detail (one sentence) and the Analyze page
(a pasted article). Every piece of article text, speaker name and cue passes through
`html.escape`, so a quote containing `<script>` shows as text and never runs.
Statements are drawn from their character offsets; overlapping statements are split into
segments, so two speakers in one sentence both stay visible.
"""

from __future__ import annotations

import html
import math
import numbers
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from dashboard.charts import STANCE_COLORS, STANCE_LABELS

_TINTS = {"tighten": "rgba(213, 94, 0, 0.16)", "ease": "rgba(0, 114, 178, 0.16)",
          "neutral": "rgba(140, 140, 140, 0.20)"}

STYLE = """
<style>
.ss-text { white-space: pre-wrap; line-height: 1.9; font-size: 1.05rem; color: inherit; }
.ss-text.ss-large { font-size: 1.7rem; line-height: 1.8; }
.ss-s { border-radius: 2px; padding: 1px 0; }
.ss-speaker { font-weight: 700; text-decoration: underline; text-underline-offset: 3px; }
.ss-cue { font-weight: 700; text-decoration: underline wavy; text-underline-offset: 4px; }
.ss-quote { font-style: italic; }
.ss-label { display: inline-block; margin: 0 4px; padding: 0 6px; font-size: 0.8em;
  line-height: 1.5; font-weight: 600; font-style: normal; color: inherit;
  border-radius: 3px; white-space: nowrap; vertical-align: baseline; }
.ss-legend { font-size: 0.9rem; color: inherit; opacity: 0.85; margin-bottom: 0.5rem; }
.ss-legend span { margin-right: 1rem; }
.ss-focus { outline: 3px solid #E69F00; outline-offset: 1px; }
</style>
"""
FOCUS_ID = "ss-focus"
# Scrolls the statement a link asked for into view. Our own fixed script, never user text:
# it runs in the page (st.html, unsafe_allow_javascript) and waits for the text to be drawn.
SCROLL_TO_FOCUS = f"""<script>
(function () {{
  var tries = 0;
  var timer = setInterval(function () {{
    var el = window.parent.document.getElementById("{FOCUS_ID}") ||
             document.getElementById("{FOCUS_ID}");
    if (el) {{ el.scrollIntoView({{block: "center"}}); }}
    if (el || ++tries > 50) {{ clearInterval(timer); }}
  }}, 100);
}})();
</script>"""
STYLE += "<style>" + "".join(
    f".ss-{s} {{ background: {_TINTS[s]}; }} "
    f".ss-label.ss-{s} {{ border-left: 5px solid {c}; text-decoration: none; }} "
    f".ss-cue.ss-{s} {{ text-decoration-color: {c}; }}"
    for s, c in STANCE_COLORS.items()) + "</style>"


@dataclass(frozen=True)
class Mark:
    """One statement to draw: its sentence span and the words inside it to emphasise."""

    start: int
    end: int
    stance: str
    speaker: str | None = None
    cue: str | None = None
    quote: str | None = None
    number: int | None = None  # shown in the label, to match a table row
    focus: bool = False  # the statement a link asked for: outlined, and scrolled to

    @staticmethod
    def has_span(row: Mapping[str, Any]) -> bool:
        """Does the row say where its sentence is (hand-coded statements may not)?"""
        return all(isinstance(row.get(key), numbers.Real) and math.isfinite(row[key])
                   for key in ("start", "end"))

    @classmethod
    def from_row(cls, row: Mapping[str, Any], number: int | None = None,
                 offset: int = 0, focus: bool = False) -> Mark:
        """From a statement row (query result, Statement.contract(), ...); `offset` shifts the
        span when only part of the text is drawn (a sentence on its own: offset=-start)."""
        def text(key: str) -> str | None:
            value = row.get(key)
            return value if isinstance(value, str) and value.strip() else None

        stance = text("stance") or "neutral"
        return cls(start=int(row["start"]) + offset, end=int(row["end"]) + offset,
                   stance=stance if stance in STANCE_COLORS else "neutral",
                   speaker=text("speaker"), cue=text("stance_cue"), quote=text("quote"),
                   number=number, focus=focus)


def _find(text: str, needle: str | None, lo: int, hi: int) -> tuple[int, int] | None:
    """First case-insensitive occurrence of `needle` inside text[lo:hi]."""
    if not needle:
        return None
    at = text.lower().find(needle.lower(), lo, hi)
    return (at, at + len(needle)) if at >= 0 else None


def _speaker_span(text: str, speaker: str | None, lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker's full name, else its last word ("Haley" for "Nikki Haley")."""
    found = _find(text, speaker, lo, hi)
    if found or not speaker or " " not in speaker.strip():
        return found
    last = speaker.split()[-1]
    return _find(text, last, lo, hi) if len(last) > 2 else None


def _spans(text: str, mark: Mark) -> list[tuple[int, int, str]]:
    """(start, end, kind) for the sentence and the speaker, cue and quote inside it."""
    lo, hi = max(0, mark.start), min(len(text), mark.end)
    if hi <= lo:
        return []
    spans = [(lo, hi, "s")]
    for kind, found in (("speaker", _speaker_span(text, mark.speaker, lo, hi)),
                        ("cue", _find(text, mark.cue, lo, hi)),
                        ("quote", _find(text, mark.quote, lo, hi))):
        if found:
            spans.append((found[0], found[1], kind))
    return spans


def label_html(mark: Mark) -> str:
    """The badge after a statement: number, speaker, stance and cue (all escaped)."""
    parts = [f"{mark.number}" if mark.number is not None else None,
             mark.speaker or "unknown speaker", STANCE_LABELS.get(mark.stance, mark.stance),
             f"“{mark.cue}”" if mark.cue else None]
    text = " · ".join(html.escape(p) for p in parts if p)
    return f'<span class="ss-label ss-{mark.stance}">{text}</span>'


def highlight_html(text: str, marks: Iterable[Mark], labels: bool = True,
                   large: bool = False, begin: int = 0) -> str:
    """`text` as escaped HTML with every statement tinted in its stance colour, speaker in
    bold, cue underlined, quote in italics, and (with `labels`) a badge after each statement.

    `begin` skips a leading part of the text (a file's front matter); offsets stay those of
    the whole text."""
    begin = min(max(begin, 0), len(text))
    marks = sorted(marks, key=lambda m: (m.start, m.end))
    spans = [(i, max(a, begin), b, kind) for i, m in enumerate(marks)
             for a, b, kind in _spans(text, m) if b > begin]
    cuts = sorted({begin, len(text), *(a for _, a, _, _ in spans),
                   *(b for _, _, b, _ in spans)})
    ends: dict[int, list[Mark]] = {}
    for i, _a, b, kind in spans:
        if kind == "s":
            ends.setdefault(b, []).append(marks[i])
    starting: dict[int, list[tuple[int, int, str]]] = {}
    for i, a, b, kind in spans:
        starting.setdefault(a, []).append((i, b, kind))
    active: list[tuple[int, int, str]] = []  # (statement, end, kind) covering the segment
    out: list[str] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        out.extend(f'<span id="{FOCUS_ID}"></span>' for i, _, kind in starting.get(lo, [])
                   if kind == "s" and marks[i].focus)
        active = [span for span in active if span[1] > lo] + starting.get(lo, [])
        covering = [(i, kind) for i, _, kind in active]
        chunk = html.escape(text[lo:hi], quote=True)
        statements = [i for i, kind in covering if kind == "s"]
        if statements:
            stance = marks[statements[-1]].stance
            kinds = sorted({kind for _, kind in covering if kind != "s"})
            focused = any(marks[i].focus for i in statements)
            classes = " ".join([f"ss-s ss-{stance}", *(f"ss-{k}" for k in kinds),
                                *(["ss-focus"] if focused else [])])
            chunk = f'<span class="{classes}">{chunk}</span>'
        out.append(chunk)
        if labels:
            out.extend(label_html(m) for m in ends.get(hi, []))
    size = " ss-large" if large else ""
    return f'<div class="ss-text{size}">{"".join(out)}</div>'


def legend_html() -> str:
    """What the colours and type mean, in the same colours as the charts."""
    swatches = "".join(
        f'<span><span class="ss-s ss-{s}">&nbsp;{STANCE_LABELS[s]}&nbsp;</span></span>'
        for s in STANCE_COLORS)
    return (f'<div class="ss-legend">{swatches}<span class="ss-speaker">speaker</span>'
            '<span class="ss-cue ss-neutral">cue</span><span class="ss-quote">quote</span></div>')


def page_html(text: str, marks: Iterable[Mark], labels: bool = True, large: bool = False,
              legend: bool = True, begin: int = 0) -> str:
    """The style sheet, the legend and the highlighted text: one string for `st.html`."""
    body = highlight_html(text, marks, labels=labels, large=large, begin=begin)
    return STYLE + (legend_html() if legend else "") + body


def sentence_html(row: Mapping[str, Any], large: bool = False) -> str:
    """One statement's sentence on its own, highlighted (the Statements detail panel)."""
    sentence = str(row.get("sentence") or "")
    mark = Mark.from_row({**row, "start": 0, "end": len(sentence)})
    return page_html(sentence, [mark], labels=False, large=large, legend=False)
