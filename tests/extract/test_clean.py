"""Cleaning keeps offsets: normalised text has the same length; non-statement blocks are skipped."""

from __future__ import annotations

import pytest

from stance.extract.clean import normalize, segment
from stance.extract.quotes import find_quotes
from stance.models import Article


def test_normalize_keeps_length_and_maps_marks():
    text = "It\u2019s\u00a0a \u201cdeal\u201d\r\nnow"
    out = normalize(text)
    assert len(out) == len(text)
    assert out == "It's a \"deal\"\n now"


def test_old_wire_quotes_become_straight_quotes_of_the_same_length():
    text = "He said ``it is over,'' and left. It's his."
    out = normalize(text)
    assert len(out) == len(text)
    assert out == "He said  \"it is over,\"  and left. It's his."
    assert [out[start:end] for start, end in find_quotes(out)] == ["it is over,"]


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Ministers argue over oil curbs", "headline"),
        ("A diplomat walks past the council chamber in New York. (Photo by Reuters)", "caption"),
        ("SHARE THIS ARTICLE", "share"),
        ("www.example.org", "boilerplate"),
        ("By Jane Doe", "byline"),
        ("Follow us on social media for more stories like this.", "boilerplate"),
        ("The foreign minister said on Monday that the embargo must end soon.", "body"),
        ("- Dmitry Peskov, the Kremlin's press secretary", "body"),  # a list item, no heading
    ],
)
def test_blocks_are_classified(block, kind):
    text = "Headline words here\n\n" + block
    blocks = segment(normalize(text))
    assert blocks[-1].kind == kind
    assert text[blocks[-1].start:blocks[-1].end] == block


def test_each_list_item_is_a_paragraph_of_its_own():
    text = ("Full blocking sanctions on these elites:\n"
            "- Boris Roe (his wife Karina, and his sons) \n"
            "- Ivan Doe, the press secretary")
    blocks = segment(normalize(text))
    assert [text[b.start:b.end].strip() for b in blocks] == [
        "Full blocking sanctions on these elites:", "- Boris Roe (his wife Karina, and his sons)",
        "- Ivan Doe, the press secretary"]


def test_dateline_is_skipped_but_offsets_point_into_text():
    text = "Title line\n\nBERLIN (Wire) - The minister said the curbs would stay."
    body = segment(normalize(text))[-1]
    assert body.kind == "body"
    assert text[body.start + body.parse_from:].startswith("The minister")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "no deal" today.', ["no deal"]),
        ("He said \u201cno deal\u201d today.", ["no deal"]),
        ("He said \u201cno deal.\" Then left.", ["no deal."]),  # mismatched marks
        ("\u201cWe will stay the course", ["We will stay the course"]),  # runs on
        ("\u201cfirst part \u201csecond part\u201d", ["first part ", "second part"]),
    ],
)
def test_quotes(text, quoted):
    assert [text[s:e] for s, e in find_quotes(text)] == quoted


def test_front_matter_is_skipped_and_never_holds_statements(extractor):
    text = ("---\ntitle: Ministers said sanctions must be lifted\nreference: a record\n---\n"
            "The Cuban foreign minister said the embargo must be lifted at once.\n")
    blocks = segment(text)
    assert blocks[0].kind == "frontmatter" and blocks[-1].kind == "body"
    statements = extractor.extract(Article(name="fm.md", text=text))
    body = text.index("The Cuban")
    assert statements and all(st.start >= body for st in statements)


@pytest.mark.parametrize("opening", ["''", "``"])
def test_a_quotation_in_doubled_marks_is_quoted_words_and_carries_on_after_its_speaker(
        rules_in, opening):
    """Archives quote ''like this'' or ``like this'': the sentences after the speaker's name
    are still the speaker's quoted words."""
    found = rules_in(f"Peru imposed sanctions on Chile.\n\n{opening}We are fine with talks,'' "
                     f"Foreign Minister Al Poe said. {opening}But how can you lift the "
                     "sanctions now? It should be all or nothing.''")
    quoted = [(s.speaker, s.quote_type, s.quote) for s in found if s.speaker == "Al Poe"]
    assert quoted == [("Al Poe", "direct", "We are fine with talks,"),
                      ("Al Poe", "direct", "But how can you lift the sanctions now?"),
                      ("Al Poe", "direct", "It should be all or nothing.")], found


def test_doubled_apostrophes_are_no_quotation_where_the_text_has_quote_marks():
    text = "He said \"it is over\" and left. The Joneses'' house stood."
    assert normalize(text) == text
