"""Scoring extracted statements against gold files (`corpus/GOLD_FORMAT.md`).

A prediction matches a gold row of the same article when the speaker is compatible (same person
by name tokens or alias; same country or body, where equal ISO3 codes suffice for country and
organisation speakers) and the prediction's sentence overlaps the gold evidence. Matching is
one-to-one and maximises, in this order, matched required rows, right stances, right countries.
Optional gold rows neither reward nor penalise: a prediction that matches one is not an extra,
and an optional row left unmatched is not a miss.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from stance.errors import StanceError
from stance.extract import Extractor, get_extractor
from stance.extract.lexicons import load_lexicons
from stance.ingest import article_from, read_metadata
from stance.models import Article, Statement

STANCES = ("tighten", "ease", "neutral")
POLAR = ("tighten", "ease")
_SPEAKER_TYPES = ("person", "country", "organization")
_COLLECTIVE = ("country", "organization")
_TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "president", "minister", "secretary"}
_SNIPPET = 90


REPO_ROOT = Path(__file__).resolve().parents[1]


class GoldError(StanceError, ValueError):
    """A gold file is malformed; the message names the file and line (the CLI prints one line)."""


@dataclass
class Counts:
    """True positives, predictions and gold items of one measure (precision, recall, F1)."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def p(self) -> float:
        return _ratio(self.tp, self.predicted)

    @property
    def r(self) -> float:
        return _ratio(self.tp, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.p, self.r)


@dataclass
class Miss:
    article: str
    speaker: str
    stance: str
    evidence: str
    predicted_stance: str | None = None  # set for stance errors: what the extractor said


@dataclass
class EvalReport:
    detection_p: float
    detection_r: float
    detection_f1: float
    stance_p: float
    stance_r: float
    stance_f1: float
    country_accuracy: float
    direct_quote_recall: float
    gold_required: int = 0
    gold_optional: int = 0
    predicted: int = 0
    matched: int = 0
    matched_optional: int = 0
    stance_correct: int = 0
    country_correct: int = 0
    # matched statements that gold and the extractor both put on topic, and of those, the
    # ones whose sanctioned country is the gold's (the charts' target filter)
    target_judged: int = 0
    target_correct: int = 0
    quotes_gold: int = 0
    quotes_found: int = 0
    articles: int = 0
    misses: list[Miss] = field(default_factory=list)
    extras: list[Miss] = field(default_factory=list)
    wrong_stance: list[Miss] = field(default_factory=list)
    groups: dict[str, EvalReport] = field(default_factory=dict)  # per corpus, when labelled
    # tighten/ease statements: right statement, right side (per side and both together)
    polar: dict[str, Counts] = field(default_factory=lambda: {s: Counts() for s in POLAR})
    on_topic: Counts = field(default_factory=lambda: Counts())
    # (article, speaker country, side) cells that the country chart draws
    cells: Counts = field(default_factory=lambda: Counts())

    @property
    def target_accuracy(self) -> float:
        return _ratio(self.target_correct, self.target_judged)

    @property
    def polar_all(self) -> Counts:
        total = Counts()
        for side in POLAR:
            total.add(self.polar[side])
        return total


# ---- reading gold ------------------------------------------------------------------------
def read_article_text(path: Path) -> str:
    """An article as gold offsets index it: UTF-8, line ends kept as they are on disk."""
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def _locate(text: str, needle: str, where: str) -> tuple[int, int]:
    start = _plain(text).find(_plain(needle))
    if start < 0:
        raise GoldError(f"{where}: text {needle[:60]!r} not found in the article")
    return start, start + len(needle)


def _article_folders(gold_path: Path, docs_dir: Path | None) -> list[Path]:
    """Where a gold file's articles may be: `--docs`, next to the gold file, or (without
    `--docs`) the shared corpus folder of the same name (`tests/gold/ungdc` -> `../shared/corpus/
    ungdc`), since the repository keeps offsets only and never the articles."""
    if docs_dir is not None:
        return [Path(docs_dir), gold_path.parent]
    return [gold_path.parent, REPO_ROOT.parent / "shared" / "corpus" / gold_path.parent.name]


def _article_path(row_article: str, gold_path: Path, docs_dir: Path | None) -> Path | None:
    for folder in _article_folders(gold_path, docs_dir):
        if (folder / row_article).is_file():
            return folder / row_article
    return None


def load_gold(path: Path | str, docs_dir: Path | None = None) -> list[dict]:
    """Gold rows with `evidence`, `evidence_start`/`evidence_end` (and quote) all filled in.

    Accepts text form (`evidence`, `quote`) and offset form (`evidence_start`/`evidence_end`,
    `quote_start`/`quote_end`); offsets are resolved against the article, found in `docs_dir`
    or next to the gold file.
    """
    path = Path(path)
    texts: dict[str, str | None] = {}
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{where}: not valid JSON ({exc.msg})") from exc
            rows.append(_normalise_row(row, where, path, docs_dir, texts))
    return rows


def _check_row(row: dict, where: str) -> None:
    for key in ("article", "speaker", "stance"):
        if not row.get(key):
            raise GoldError(f"{where}: field '{key}' is required")
    if row["stance"] not in STANCES:
        raise GoldError(f"{where}: stance {row['stance']!r} is not one of {STANCES}")
    if row.get("speaker_type", "person") not in _SPEAKER_TYPES:
        raise GoldError(f"{where}: speaker_type {row['speaker_type']!r} is not one of "
                        f"{_SPEAKER_TYPES}")


def _normalise_row(row: dict, where: str, path: Path, docs_dir: Path | None,
                   texts: dict[str, str | None]) -> dict:
    _check_row(row, where)
    article = row["article"]
    if article not in texts:
        found = _article_path(article, path, docs_dir)
        texts[article] = read_article_text(found) if found else None
    text = texts[article]
    out = dict(row)
    out.setdefault("aliases", [])
    out["optional"] = bool(row.get("optional", False))
    out["_where"] = where
    for name in ("evidence", "quote"):
        _place(out, name, text, where, lambda: _article_folders(path, docs_dir))
    return out


def _place(out: dict, name: str, text: str | None, where: str,
           folders: Callable[[], list[Path]]) -> None:
    """`out[name]` and its offsets, from the offsets given or by finding the text."""
    article = out["article"]
    start, end = out.get(f"{name}_start"), out.get(f"{name}_end")
    if start is not None and end is not None:
        if text is None:
            looked = ", ".join(str(f) for f in folders())
            raise GoldError(f"{where}: offsets given but article {article!r} not found "
                            f"(looked in {looked})")
        if not (0 <= start < end <= len(text)):
            raise GoldError(f"{where}: {name} offsets {start}-{end} outside the article")
        out[name] = text[start:end]
    elif out.get(name) and text is not None:
        start, end = _locate(text, out[name], where)
    elif name == "evidence":
        if not out.get("evidence"):
            raise GoldError(f"{where}: 'evidence' or 'evidence_start'/'evidence_end' needed")
        raise GoldError(f"{where}: article {article!r} not found, cannot place evidence")
    out[f"{name}_start"], out[f"{name}_end"] = start, end


# ---- matching ----------------------------------------------------------------------------
def _tokens(name: str) -> frozenset[str]:
    words = re.findall(r"[\w']+", name.casefold().replace("'s", ""))
    return frozenset(w for w in words if w not in _TITLES)


def _canonical(name: str) -> str:
    name = re.sub(r"[^\w ]", "", name.casefold())
    return re.sub(r"^the ", "", re.sub(r"\s+", " ", name).strip())


@functools.cache
def _organization_names() -> dict[str, str]:
    """Every spelling of an international body in `organizations.csv` -> its one name, so
    'UN Security Council' and 'United Nations Security Council' are the same speaker."""
    out: dict[str, str] = {}
    for org in load_lexicons().organizations:
        for spelling in (org.name, *org.aliases):
            out[_canonical(spelling)] = _canonical(org.name)
    return out


def _speaker_key(name: str) -> str:
    key = _canonical(name)
    return _organization_names().get(key, key)


def speakers_compatible(gold: dict, pred: dict) -> bool:
    """Same person by name tokens or alias; same body by any of its gazetteer spellings; same
    country/body (equal ISO3 is enough)."""
    g_type, p_type = gold.get("speaker_type") or "person", pred.get("speaker_type") or "person"
    names = [gold["speaker"], *gold.get("aliases", [])]
    if _speaker_key(pred["speaker"]) in {_speaker_key(n) for n in names}:
        return True
    if g_type == "person" and p_type == "person":
        p_tokens = _tokens(pred["speaker"])
        if not p_tokens:
            return False
        return any(p_tokens <= _tokens(n) or (_tokens(n) and _tokens(n) <= p_tokens)
                   for n in names)
    if g_type in _COLLECTIVE and p_type in _COLLECTIVE:
        return bool(gold.get("country") and gold.get("country") == pred.get("country"))
    return False


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _as_dict(pred: Statement | dict) -> dict:
    return pred.contract() if isinstance(pred, Statement) else dict(pred)


def _max_weight_matching(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Hungarian algorithm on a square-padded matrix; returns (row, col) pairs with weight > 0."""
    rows, cols = len(weights), len(weights[0]) if weights else 0
    n = max(rows, cols)
    if n == 0:
        return []
    big = max((w for r in weights for w in r), default=0.0)
    cost = [[big - (weights[i][j] if i < rows and j < cols else 0.0) for j in range(n)]
            for i in range(n)]
    u, v, p, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        _assign_row(i, cost, u, v, p, way)
    pairs = []
    for j in range(1, n + 1):
        i = p[j] - 1
        if i < rows and j - 1 < cols and weights[i][j - 1] > 0:
            pairs.append((i, j - 1))
    return pairs


def _assign_row(i: int, cost: list[list[float]], u: list[float], v: list[float], p: list[int],
                way: list[int]) -> None:
    """One step of the Hungarian algorithm: add row `i` along a shortest augmenting path."""
    n = len(cost)
    p[0], j0 = i, 0
    minv, used = [math.inf] * (n + 1), [False] * (n + 1)
    while True:
        used[j0] = True
        i0, delta, j1 = p[j0], math.inf, 0
        for j in range(1, n + 1):
            if not used[j]:
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
        for j in range(n + 1):
            if used[j]:
                u[p[j]] += delta
                v[j] -= delta
            else:
                minv[j] -= delta
        j0 = j1
        if p[j0] == 0:
            break
    while j0:
        j1 = way[j0]
        p[j0] = p[j1]
        j0 = j1


def _quote_found(gold: dict, pred: dict) -> bool:
    g, p = _canonical(gold.get("quote") or ""), _canonical(pred.get("quote") or "")
    if not g or not p:
        return False
    if g in p or p in g:
        return True
    g_words, p_words = set(g.split()), set(p.split())
    return len(g_words & p_words) >= 0.5 * len(g_words)


def _snippet(text: str | None) -> str:
    text = re.sub(r"\s+", " ", _plain(text or "")).strip()
    return text if len(text) <= _SNIPPET else text[:_SNIPPET - 1] + "…"


def _ratio(num: int, den: int) -> float:
    return num / den if den else math.nan


def _f1(p: float, r: float) -> float:
    if math.isnan(p) or math.isnan(r) or p + r == 0:
        return 0.0 if not (math.isnan(p) or math.isnan(r)) else math.nan
    return 2 * p * r / (p + r)


def evaluate(pairs: Iterable[tuple[list[dict], list[Statement | dict]]]) -> EvalReport:
    """Score (gold rows, predictions) pairs, one pair per article.

    A pair may carry a third item, a group label (the corpus): the report then also holds one
    sub-report per group in `groups`.
    """
    report = _empty_report()
    for gold_rows, predictions, *group in pairs:
        preds = [_as_dict(p) for p in predictions]
        targets = [report]
        if group and group[0]:
            targets.append(report.groups.setdefault(group[0], _empty_report()))
        for target in targets:
            target.articles += 1
            _score_article(gold_rows, preds, target)
    for target in (report, *report.groups.values()):
        _finish(target)
    return report


def _empty_report() -> EvalReport:
    return EvalReport(*([math.nan] * 8))


def _finish(report: EvalReport) -> None:
    """Ratios from the counts."""
    report.detection_p = _ratio(report.matched, report.predicted - report.matched_optional)
    report.detection_r = _ratio(report.matched, report.gold_required)
    report.detection_f1 = _f1(report.detection_p, report.detection_r)
    report.stance_p = _ratio(report.stance_correct, report.predicted - report.matched_optional)
    report.stance_r = _ratio(report.stance_correct, report.gold_required)
    report.stance_f1 = _f1(report.stance_p, report.stance_r)
    report.country_accuracy = _ratio(report.country_correct, report.matched)
    report.direct_quote_recall = _ratio(report.quotes_found, report.quotes_gold)


def _weight(g: dict, p: dict) -> float:
    """How much matching gold row `g` with prediction `p` is worth (0: not a match)."""
    if not (speakers_compatible(g, p)
            and _overlaps(p["start"], p["end"], g["evidence_start"], g["evidence_end"])):
        return 0.0
    if g.get("optional"):
        return 1.0
    return (1000.0 + 10.0 * (p["stance"] == g["stance"])
            + 1.0 * (p.get("country") == g.get("country")))


def _quoted(g: dict) -> bool:
    return g.get("quote_type") in ("direct", "mixed") and bool(g.get("quote"))


def _count_match(g: dict, p: dict, report: EvalReport) -> None:
    if g.get("optional"):
        report.matched_optional += 1
        return
    report.matched += 1
    if p["stance"] == g["stance"]:
        report.stance_correct += 1
    else:
        report.wrong_stance.append(Miss(g["article"], g["speaker"], g["stance"],
                                        _snippet(g.get("evidence")), p["stance"]))
    report.country_correct += p.get("country") == g.get("country")
    if g.get("target") and predicted_on_topic(p):
        report.target_judged += 1
        report.target_correct += p.get("target") == g["target"]
    if _quoted(g):
        report.quotes_found += _quote_found(g, p)


def match_article(gold_rows: list[dict], preds: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs of one article (see the module doc)."""
    weights = [[_weight(g, p) for p in preds] for g in gold_rows]
    return _max_weight_matching(weights) if preds and gold_rows else []


def _score_article(gold_rows: list[dict], preds: list[dict], report: EvalReport) -> None:
    pairs = match_article(gold_rows, preds)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    report.predicted += len(preds)
    for g in gold_rows:
        if g.get("optional"):
            report.gold_optional += 1
        else:
            report.gold_required += 1
            report.quotes_gold += _quoted(g)
    for i, j in pairs:
        _count_match(gold_rows[i], preds[j], report)
    _score_sides(gold_rows, preds, pairs, report)
    for i, g in enumerate(gold_rows):
        if i not in matched_gold and not g.get("optional"):
            report.misses.append(Miss(g["article"], g["speaker"], g["stance"],
                                      _snippet(g.get("evidence"))))
    for j, p in enumerate(preds):
        if j not in matched_pred:
            report.extras.append(Miss(p.get("article", ""), p["speaker"], p["stance"],
                                      _snippet(p.get("sentence"))))


def gold_on_topic(row: dict) -> bool:
    """A gold statement is on topic when it names a target or takes a side (GOLD_FORMAT.md)."""
    return bool(row.get("target")) or row.get("stance") in POLAR


def predicted_on_topic(pred: dict) -> bool:
    """The extractor's flag; for predictions without one, a target or a side."""
    if pred.get("on_topic") is not None:
        return bool(pred["on_topic"])
    return bool(pred.get("target")) or pred.get("stance") in POLAR


def _score_sides(gold_rows: list[dict], preds: list[dict], pairs: list[tuple[int, int]],
                 report: EvalReport) -> None:
    """Tighten/ease statements, on-topic statements and the country chart's cells.

    Predictions matched to optional gold rows count neither way, as in detection."""
    optional_pred = {j for i, j in pairs if gold_rows[i].get("optional")}
    counted = [p for j, p in enumerate(preds) if j not in optional_pred]
    required = [g for g in gold_rows if not g.get("optional")]
    for side in POLAR:
        counts = report.polar[side]
        counts.predicted += sum(p["stance"] == side for p in counted)
        counts.gold += sum(g["stance"] == side for g in required)
    report.on_topic.predicted += sum(predicted_on_topic(p) for p in counted)
    report.on_topic.gold += sum(gold_on_topic(g) for g in required)
    for i, j in pairs:
        g, p = gold_rows[i], preds[j]
        if g.get("optional"):
            continue
        if g["stance"] in POLAR and p["stance"] == g["stance"]:
            report.polar[g["stance"]].tp += 1
        if gold_on_topic(g) and predicted_on_topic(p):
            report.on_topic.tp += 1
    gold_cells = {(g.get("country"), g["stance"]) for g in required
                  if g["stance"] in POLAR and g.get("country")}
    optional_cells = {(g.get("country"), g["stance"]) for g in gold_rows
                      if g.get("optional") and g["stance"] in POLAR and g.get("country")}
    pred_cells = {(p.get("country"), p["stance"]) for p in preds
                  if p["stance"] in POLAR and p.get("country")} - (optional_cells - gold_cells)
    report.cells.tp += len(pred_cells & gold_cells)
    report.cells.predicted += len(pred_cells)
    report.cells.gold += len(gold_cells)


# ---- report ------------------------------------------------------------------------------
def _pct(value: float) -> str:
    return "n/a" if value is None or math.isnan(value) else f"{value:.3f}"


def _counts_line(label: str, counts: Counts) -> str:
    return (f"{label:<16} P {_pct(counts.p)}  R {_pct(counts.r)}  F1 {_pct(counts.f1)}  "
            f"({counts.tp} right of {counts.predicted} predicted, {counts.gold} gold)")


def format_report(report: EvalReport) -> str:
    lines = [
        f"articles {report.articles}  gold {report.gold_required} required + "
        f"{report.gold_optional} optional  predicted {report.predicted}  matched "
        f"{report.matched} (+{report.matched_optional} optional)",
        f"detection        P {_pct(report.detection_p)}  R {_pct(report.detection_r)}  "
        f"F1 {_pct(report.detection_f1)}",
        f"stance-aware     P {_pct(report.stance_p)}  R {_pct(report.stance_r)}  "
        f"F1 {_pct(report.stance_f1)}",
        f"country accuracy {_pct(report.country_accuracy)}  ({report.country_correct}/"
        f"{report.matched} matched)",
        f"target accuracy  {_pct(report.target_accuracy)}  ({report.target_correct}/"
        f"{report.target_judged} matched statements on topic in both)",
        f"direct-quote recall {_pct(report.direct_quote_recall)}  ({report.quotes_found}/"
        f"{report.quotes_gold} quoted gold statements)",
        _counts_line("tighten/ease", report.polar_all),
        *(_counts_line(f"  {side}", report.polar[side]) for side in POLAR),
        _counts_line("on-topic", report.on_topic),
        _counts_line("country cells", report.cells),
    ]
    if len(report.groups) > 1:
        lines.append("\nper corpus:")
        width = max(len(name) for name in report.groups)
        for name, group in sorted(report.groups.items()):
            lines.append(
                f"  {name:<{width}}  articles {group.articles:>2}  detection F1 "
                f"{_pct(group.detection_f1)}  stance F1 {_pct(group.stance_f1)}  country "
                f"{_pct(group.country_accuracy)}  target {_pct(group.target_accuracy)}  "
                f"tighten/ease F1 "
                f"{_pct(group.polar_all.f1)}  on-topic F1 {_pct(group.on_topic.f1)}  "
                f"(matched {group.matched}/"
                f"{group.gold_required}, predicted {group.predicted})")
    for title, items in (("misses", report.misses), ("wrong stance", report.wrong_stance),
                         ("extras", report.extras)):
        lines.append(f"\n{title} ({len(items)}):")
        for m in items:
            said = f" (predicted {m.predicted_stance})" if m.predicted_stance else ""
            lines.append(f"  {m.article} | {m.speaker} | {m.stance}{said} | {m.evidence}")
    return "\n".join(lines)


# ---- running the extractor over gold files --------------------------------------------------
def article_from_file(path: Path, meta: dict[str, str] | None = None) -> Article:
    """An Article for scoring: the text exactly as the gold offsets read it, with the metadata
    (author of a speech, date...) that the ingest step would attach."""
    return article_from(path.name, read_article_text(path), meta or {}, "eval", path)


@dataclass
class GoldDocument:
    """One labelled article: its gold rows, the Article to extract, its corpus (folder)."""

    path: Path
    rows: list[dict]
    article: Article

    @property
    def corpus(self) -> str:
        return self.path.parent.name


def read_gold_documents(docs_dir: Path | None, gold_files: list[Path]) -> list[GoldDocument]:
    """Every article named in the gold files, with its rows and the metadata ingest would give
    it. Articles are `docs_dir / row["article"]`, or found as `_article_folders` says."""
    gold_by_article: dict[Path, list[dict]] = {}
    for gold_path in gold_files:
        gold_path = Path(gold_path)
        for row in load_gold(gold_path, docs_dir):
            found = _article_path(row["article"], gold_path, docs_dir)
            if found is None:
                raise GoldError(f"{row['_where']}: article {row['article']!r} not found")
            gold_by_article.setdefault(found, []).append(row)
    metadata: dict[Path, dict[str, dict[str, str]]] = {}
    documents = []
    for path, rows in gold_by_article.items():
        if path.parent not in metadata:
            metadata[path.parent] = read_metadata(path.parent)
        article = article_from_file(path, metadata[path.parent].get(path.name))
        documents.append(GoldDocument(path, rows, article))
    return documents


def run_eval(docs_dir: Path | None, gold_files: list[Path],
             extractor: Extractor | None = None) -> EvalReport:
    """Extract every article named in the gold files (with `extractor`, default: the shared
    one) and score the result."""
    documents = read_gold_documents(docs_dir, gold_files)
    extractor = extractor or get_extractor()
    predictions = {a.name: s for a, s in extractor.extract_many(d.article for d in documents)}
    return evaluate((d.rows, predictions.get(d.article.name, []), d.corpus) for d in documents)
