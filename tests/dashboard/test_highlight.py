"""The shared evidence renderer: statements highlighted from offsets, everything escaped."""

from __future__ import annotations

import html as html_lib
import re

from dashboard.highlight import Mark, highlight_html, label_html, page_html, sentence_html

TEXT = 'Haley said "we must keep pressure". China called for easing sanctions.'


def _text_only(html: str) -> str:
    """What a reader sees: tags and labels removed, entities decoded."""
    without_labels = re.sub(r'<span class="ss-label[^"]*">.*?</span>', "", html)
    return html_lib.unescape(re.sub(r"<[^>]+>", "", without_labels))


def test_text_is_kept_exactly_and_statements_are_tinted_by_stance():
    marks = [Mark(0, 35, "tighten", "Nikki Haley", "said", "we must keep pressure", 1),
             Mark(36, len(TEXT), "ease", "China", "called for", None, 2)]
    out = highlight_html(TEXT, marks)
    assert _text_only(out) == TEXT
    assert '<span class="ss-s ss-tighten ss-speaker">Haley</span>' in out  # last-name fallback
    assert '<span class="ss-s ss-tighten ss-quote">we must keep pressure</span>' in out
    assert '<span class="ss-s ss-ease ss-cue">called for</span>' in out
    assert out.index("1 · Nikki Haley · Tighten · “said”") < out.index("China")


def test_html_and_script_in_the_text_show_as_text():
    text = 'He said "<script>alert(1)</script><img src=x onerror=alert(2)>" today.'
    mark = Mark(0, len(text), "ease", '<b>Evil</b>', "<i>said</i>",
                "<script>alert(1)</script><img src=x onerror=alert(2)>")
    out = page_html(text, [mark])
    assert "<script>" not in out.replace("<style>", "") and "<img" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;b&gt;Evil&lt;/b&gt;" in out and "&lt;i&gt;said&lt;/i&gt;" in out
    assert _text_only(highlight_html(text, [mark], labels=False)) == text


def test_overlapping_statements_are_both_drawn():
    marks = [Mark(0, 35, "tighten", "Haley"), Mark(11, 34, "ease", "Someone")]
    out = highlight_html(TEXT, marks)
    assert "ss-tighten" in out and "ss-ease" in out
    assert out.count('class="ss-label') == 2
    assert _text_only(out) == TEXT


def test_offsets_outside_the_text_are_ignored():
    out = highlight_html("Short text.", [Mark(50, 80, "tighten", "X"), Mark(5, 2, "ease")])
    assert _text_only(out) == "Short text." and "ss-s" not in out


def test_label_names_speaker_stance_and_cue():
    assert label_html(Mark(0, 1, "neutral", None, None)) == (
        '<span class="ss-label ss-neutral">unknown speaker · Neutral</span>')


def test_sentence_html_highlights_one_statement_on_its_own():
    row = {"sentence": 'Haley said "we must keep pressure".', "start": 35, "end": 70,
           "stance": "tighten", "speaker": "Nikki Haley", "stance_cue": "said",
           "quote": "we must keep pressure"}
    out = sentence_html(row)
    assert "<style>" in out and "ss-tighten" in out and "ss-label" not in out.split("</style>")[-1]
    assert _text_only(out.split("</style>")[-1]) == row["sentence"]


def test_unknown_stance_is_drawn_as_neutral():
    mark = Mark.from_row({"start": 0, "end": 5, "stance": "banana", "speaker": " "})
    assert mark.stance == "neutral" and mark.speaker is None


def test_front_matter_can_be_skipped_keeping_offsets():
    text = "---\ntitle: T\n---\nHaley said no. China agreed."
    body = text.index("Haley")
    marks = [Mark(4, 12, "neutral", "T"), Mark(body, body + 14, "tighten", "Nikki Haley")]
    out = highlight_html(text, marks, begin=body)
    assert _text_only(out) == text[body:]
    assert out.count('class="ss-label') == 1 and "ss-tighten ss-speaker" in out
