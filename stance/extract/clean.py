"""Text cleaning that keeps character offsets.

Nothing is deleted: a normalised copy of the text has exactly the same length (no-break spaces
become spaces, curly quotes straight quotes), and the text is cut into blocks (paragraphs) that are
either parsed or skipped with a reason (headline, caption, byline, share line, boilerplate). Offsets
of everything found in a block therefore point straight into the article text as read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from stance.frontmatter import split_front_matter

from . import doc_ext  # noqa: F401  (registers Doc attributes)
from .lexicons import BoilerplatePattern, load_lexicons
from .turns import transcript_turns, turn_at

# One character in, one character out: offsets survive normalisation.
_CHAR_MAP = str.maketrans({
    "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u200b": " ", "\u2060": " ", "\ufeff": " ", "\t": " ",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"',
})
_OPENING_DOUBLED = re.compile(r"''(?=[\w$(])")  # two apostrophes opening a quotation
_TERMINAL = tuple('.!?"\':;)')
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\- ]{1,40}(,\s*[A-Z][\w.' -]{1,30}){0,2}\s*(\([^)]{1,40}\))?\s*"
    r"(?:[-\u2013\u2014]+|_)\s+"  # 'WASHINGTON (AP) _ ' in old wire copy
)
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*\u2022\u2013]|\d+[.)])[ \t]+")  # "- ", "* ", "1. "
_SHORT_BLOCK_WORDS = 30
_HEADLINE_WORDS = 20


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: str  # body | headline | caption | byline | share | boilerplate | frontmatter | turn
    parse_from: int = 0  # chars at the start of a body block that are skipped (a dateline)
    turn: str | None = None  # a transcript's speaker label the block belongs to (turns.py)

    @property
    def skipped(self) -> bool:
        return self.kind != "body"


def normalize(text: str) -> str:
    """Same-length copy for parsing: plain spaces and straight quotes."""
    out = text.translate(_CHAR_MAP)
    if "``" in out:
        # old wire copy quotes ``like this'': one straight quote and a space, same length
        out = out.replace("``", ' "').replace("''", '" ')
    elif "''" in out and '"' not in out:
        # archives that quote ''like this'' (two apostrophes on either side): the same, the
        # space outside the quote
        out = _OPENING_DOUBLED.sub(' "', out).replace("''", '" ')
    if "\r" in out:
        # CRLF -> "\n " (one line break, same length); a lone CR is a line break
        out = out.replace("\r\n", "\n ").replace("\r", "\n")
    assert len(out) == len(text)
    return out


def classify(block: str, patterns: list[BoilerplatePattern], *, first: bool = False,
             title: str | None = None) -> str:
    """Why a paragraph cannot hold a statement ('body' when it can)."""
    stripped = block.strip()
    words = len(stripped.split())
    if not words:
        return "boilerplate"
    for item in patterns:
        if item.kind in ("caption",) and item.pattern.search(stripped):
            return item.kind
        if words <= _SHORT_BLOCK_WORDS and item.pattern.search(stripped):
            return item.kind
    if title and stripped.strip(" *#").casefold() == title.strip().casefold():
        return "headline"
    if stripped.startswith("#"):
        return "headline"
    if words <= _HEADLINE_WORDS and not stripped.rstrip("*_ ").endswith(_TERMINAL) \
            and not LIST_ITEM.match(block):
        return "headline"  # (a list item completes the sentence before the list)
    return "body"


def _soft_break(line: str, following: str) -> bool:
    """A hard-wrapped line (speeches, e-mail text): the paragraph goes on in the next line
    (never into a list item, which is a paragraph of its own)."""
    if not following.strip() or LIST_ITEM.match(following):
        return False
    stripped = line.rstrip()
    if stripped.endswith(_TERMINAL) and not line.endswith((" ", "\t")):
        return False
    first = following.lstrip()[:1]
    return line.endswith((" ", "\t")) or first.islower() or first.isdigit()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of paragraphs: lines joined across soft breaks, blank lines split."""
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            if current:
                spans.append(current)
            current = None
            continue
        current = (current[0], end) if current else (start, end)
        following = text[lines[index + 1][0]:lines[index + 1][1]] if index + 1 < len(lines) \
            else ""
        if not _soft_break(line, following):
            spans.append(current)
            current = None
    if current:
        spans.append(current)
    out = []
    for start, end in spans:
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if end - trail > start + lead:
            out.extend(_bounded(text, start + lead, end - trail))
    return out


MAX_BLOCK_CHARS = 20_000  # far below spaCy's max_length; a paragraph is rarely longer


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A paragraph cut into pieces of at most MAX_BLOCK_CHARS, at a sentence end where there
    is one (a text with no blank lines, a scanned book), so any length can be parsed."""
    while end - start > MAX_BLOCK_CHARS:
        window = text[start:start + MAX_BLOCK_CHARS]
        cut = max(window.rfind(mark) for mark in (". ", "! ", "? ", ".\n"))
        if cut <= 0:
            cut = window.rfind(" ")
        cut = start + (cut + 1 if cut > 0 else MAX_BLOCK_CHARS)
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def segment(text: str, patterns: list[BoilerplatePattern] | None = None,
            title: str | None = None) -> list[Block]:
    """Cut the (normalised) text into paragraphs and say which ones to parse."""
    if patterns is None:
        patterns = load_lexicons().boilerplate
    body_start = split_front_matter(text)[1]
    blocks = []
    for start, end in _paragraphs(text):
        if start < body_start:  # `---` front matter: metadata, never statements
            blocks.append(Block(start, end, "frontmatter"))
            continue
        kind = classify(text[start:end], patterns, first=not blocks, title=title)
        dateline = _DATELINE.match(text[start:end]) if kind == "body" else None
        blocks.append(Block(start, end, kind, dateline.end() if dateline else 0))
    return _in_turns(text, blocks)


def _in_turns(text: str, blocks: list[Block]) -> list[Block]:
    """In a transcript, each body paragraph belongs to its turn's speaker (its label is not
    parsed); the preamble before the first turn and the turns that hold no statement (a
    reporter's question, the moderator) are skipped."""
    turns = transcript_turns(text, [(b.start, b.end) for b in blocks if b.kind != "frontmatter"])
    if not turns:
        return blocks
    out = []
    for block in blocks:
        turn = turn_at(turns, block.start)
        if block.kind == "frontmatter":
            out.append(block)
        elif turn is None or turn.silent:
            out.append(replace(block, kind="turn"))
        else:
            labelled = turn.start == block.start  # "MS. PSAKI:  ..." opens the turn
            out.append(replace(block, kind="body" if labelled else block.kind,
                               parse_from=turn.length if labelled else block.parse_from,
                               turn=turn.label))
    return out


# capitalised words joined by a space or a hyphen, not running into the dash or the story
# ('TOKYO - The' is Tokyo)
_DATELINE_CITY = re.compile(r"[A-Z][A-Z.']*(?:[ \-][A-Z][A-Z.']*)*(?![a-z])")
_DATELINE_PARAGRAPHS = 3  # a wire story's dateline opens its first paragraphs, after a headline
_DATELINE_HEAD = 3000  # characters read for them: not the whole article


def dateline_city(text: str) -> str | None:
    """The city a wire story is filed from ('TOKYO, April 22 - ...' -> 'Tokyo'), if one of
    its first paragraphs opens with a dateline."""
    for start, end in _paragraphs(text[:_DATELINE_HEAD])[:_DATELINE_PARAGRAPHS]:
        if _DATELINE.match(text[start:end]):
            city = _DATELINE_CITY.match(text, start)
            return city.group(0).title() if city else None
    return None


# hyphenated titles the tagger splits into three words and misparses ('EC Commission
# vice-president Willy De Clercq said': the hyphen became the subject); same length with a space
_HYPHENATED_TITLES = re.compile(r"\b([Vv]ice|[Dd]eputy)-(?=[A-Za-z])")


def parse_copy(norm: str) -> str:
    """The block as the parser sees it, from its `normalize`d text (normalised once, for the
    whole article: whether ''...'' are quote marks depends on the whole text): line breaks
    inside a paragraph as spaces, 'vice-president' as 'vice president'."""
    return _HYPHENATED_TITLES.sub(r"\1 ", norm.replace("\n", " "))


@Language.factory("sanctions_clean", default_config={"data_dir": None},
                  assigns=["doc._.sx_skip"])
def make_clean(nlp: Language, name: str, data_dir: str | None) -> CleanComponent:
    return CleanComponent(load_lexicons(data_dir).boilerplate)


class CleanComponent:
    """Marks a paragraph Doc that holds no statement (`doc._.sx_skip`), so later steps skip it."""

    def __init__(self, patterns: list[BoilerplatePattern]):
        self.patterns = patterns

    def __call__(self, doc: Doc) -> Doc:
        if doc._.sx_skip is None:
            kind = classify(doc.text, self.patterns)
            doc._.sx_skip = None if kind == "body" else kind
        return doc
