"""Synthetic sanctions-coverage data at any size, for benchmarks: a database and a coded CSV.

The shape mimics real coverage so the queries meet realistic skew: a few countries and
officials say most of it (Zipf), popular quotes recur across many articles and outlets, articles
spread over 2010-2025 with bursts around news events, several outlets and datasets (one hidden),
and about 1% of statements carry researchers' corrections (some corrected twice).

Deterministic: the same seed and size give the same rows. numpy draws integer codes; DuckDB
builds the strings from small dimension tables (bench/sql/*.sql) and writes through the project's
schema (`stance.store.open_database` applies it), a chunk of articles per transaction.

    python -m bench.generate --statements 1000000 --db /tmp/bench-1m.duckdb
    python -m bench.generate --statements 100000 --csv /tmp/coded-100k.csv
"""

from __future__ import annotations

import argparse
import csv
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from stance.gazetteer import read_countries
from stance.models import statement_id
from stance.store import Tx, open_database, refresh_reference_tables
from stance.store.queries import QueryFolder
from stance.store.quote_clusters import update_quote_clusters
from stance.store.quotes import normalise_quote
from stance.store.touched import ensure_touched, touch

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
# Benchmark SQL (synthetic data, bare baselines), run like the app's queries: tx.run(name).
BENCH_SQL = QueryFolder(BENCH_DIR / "sql")

SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000, "10m": 10_000_000}
STATEMENTS_PER_ARTICLE = 6.0
ARTICLES_PER_CHUNK = 200_000
FIRST_DAY = date(2010, 1, 1)
LAST_DAY = date(2025, 12, 31)
STAMP = datetime(2026, 1, 1, 12, 0, 0)  # ingested_at / created_at: fixed, so runs are equal

# The countries that dominate sanctions coverage, most-quoted first; the rest of
# data/countries.csv follows in file order as the long tail.
HOT_COUNTRIES = ["USA", "RUS", "CHN", "IRN", "PRK", "GBR", "FRA", "DEU", "JPN", "KOR", "VEN",
                 "CUB", "SYR", "TUR", "IND", "ISR", "UKR", "SAU", "BRA", "ZAF"]
# (tighten, ease) probabilities; the rest is neutral. Others get a seeded random tilt.
TILTS = {"USA": (0.70, 0.08), "GBR": (0.62, 0.08), "FRA": (0.58, 0.10), "DEU": (0.50, 0.12),
         "JPN": (0.60, 0.05), "KOR": (0.45, 0.15), "RUS": (0.08, 0.62), "CHN": (0.10, 0.58),
         "IRN": (0.03, 0.80), "PRK": (0.02, 0.85), "VEN": (0.03, 0.80), "CUB": (0.02, 0.85),
         "SYR": (0.03, 0.80), "UKR": (0.75, 0.03)}
TARGETS = [("PRK", "North Korea", 0.26), ("IRN", "Iran", 0.24), ("RUS", "Russia", 0.20),
           ("CUB", "Cuba", 0.08), ("VEN", "Venezuela", 0.08), ("SYR", "Syria", 0.06),
           ("MMR", "Myanmar", 0.04), ("BLR", "Belarus", 0.04)]
OUTLETS = ["Reuters", "Associated Press", "AFP", "BBC News", "The New York Times",
           "The Washington Post", "The Guardian", "Al Jazeera", "TASS", "Xinhua", "Press TV",
           "Yonhap", "NHK World", "Deutsche Welle", "France 24", "CNN", "Bloomberg",
           "Financial Times", "The Wall Street Journal", "RT", "Global Times", "KCNA Watch",
           "Kyodo News", "The Hindu", "Haaretz", "Anadolu Agency", "Politico", "Axios",
           "UN News", "White House"]
DATASETS = [("news-wire", "articles", 0.50, False), ("ungdc-speeches", "articles", 0.18, False),
            ("whitehouse", "articles", 0.14, False),
            ("coded-2024", "coded_statements", 0.12, False),
            ("archive-hidden", "articles", 0.06, True)]
STANCES = ["tighten", "ease", "neutral"]
CUES = {
    "tighten": ["called for tougher sanctions", "demanded strict enforcement of sanctions",
                "urged more pressure", "warned against any easing of sanctions",
                "announced new sanctions", "vowed to keep up maximum pressure"],
    "ease": ["called for easing sanctions", "urged the lifting of sanctions",
             "said sanctions are not the solution", "demanded an end to the embargo",
             "proposed sanctions relief", "criticised unilateral sanctions"],
    "neutral": ["discussed the sanctions regime", "noted the sanctions debate",
                "commented on the sanctions", "met to review the sanctions",
                "described the sanctions", "took note of the resolution"],
}
# Quotes: "<lead> <subject> <verb> <object> in <noun> and <noun>." Varied first and last words
# keep the quote clusterer's blocks (first / last three words) as small as in real quotes.
QUOTE_LEADS = ["Today", "Again", "Frankly", "Clearly", "Now", "Together", "Still", "Indeed",
               "Honestly", "Plainly", "Simply", "Surely", "Rightly", "Firmly", "Calmly", "Truly",
               "Certainly", "Evidently", "Naturally", "Obviously", "Undoubtedly", "Openly",
               "Officially", "Formally", "Publicly", "Collectively", "Ultimately", "Urgently",
               "Equally", "Likewise", "Moreover", "However", "Meanwhile", "Therefore", "Instead",
               "Regardless", "Nonetheless", "Accordingly", "Consequently", "Finally"]
QUOTE_PARTS = {
    "tighten": (["we", "the world", "our partners", "all nations", "the council", "Europe",
                 "the allies", "responsible states"],
                ["must keep up pressure on", "must enforce every sanction against",
                 "will isolate", "must cut off money to", "will hold accountable",
                 "must tighten the screws on", "cannot ease up on", "will punish",
                 "must not reward", "will sanction"],
                ["the regime", "Pyongyang", "Tehran", "Moscow", "the violators",
                 "the leadership", "the smugglers", "the generals", "the oligarchs",
                 "the banks that help them"]),
    "ease": (["sanctions", "pressure", "isolation", "the embargo", "punishment",
              "coercion", "the blockade", "unilateral measures"],
             ["will never solve", "only worsens", "cannot resolve", "deepens", "prolongs",
              "must not replace dialogue on", "hurts ordinary people in", "poisons",
              "has failed to end", "will not fix"],
             ["the crisis", "the suffering", "the humanitarian situation", "this dispute",
              "the standoff", "the conflict", "the talks", "the region", "the economy",
              "the peace process"]),
    "neutral": (["the council", "the ministers", "delegates", "the committee", "both sides",
                 "the panel", "the envoys", "the experts"],
                ["discussed", "reviewed", "will consider", "took note of",
                 "exchanged views on", "examined", "debated", "studied", "summarised",
                 "outlined"],
                ["the resolution", "the latest report", "the panel's findings",
                 "the implementation", "the measures", "the exemptions", "the proposals",
                 "the timetable", "the list of entities", "the mandate"]),
}
QUOTE_NOUNS = ["trade", "shipping", "banking", "oil", "gas", "steel", "coal", "fisheries",
               "textiles", "aviation", "insurance", "technology", "finance", "energy", "food",
               "medicine", "ports", "rail", "mining", "farming", "fuel", "metals", "timber",
               "chemicals", "electronics", "software", "shipping lanes", "exports", "imports",
               "tourism", "labour", "remittances", "currency", "bonds", "credit", "gold",
               "diamonds", "weapons", "missiles", "nuclear work", "uranium", "satellites",
               "cyber", "telecoms", "media", "education", "health", "water", "power",
               "fertiliser", "grain", "cars", "chips", "drones", "shipyards", "airlines",
               "refineries", "pipelines", "tankers", "luxury goods", "art", "real estate",
               "crypto", "payments", "customs", "borders", "visas", "travel", "students",
               "scientists", "sports", "culture", "aid", "relief", "reconstruction", "debt",
               "investment", "reserves", "assets", "accounts", "transfers", "contracts",
               "licences", "patents", "spare parts", "machinery", "vehicles", "fishing",
               "cotton", "rice", "wheat", "sugar", "coffee", "cocoa", "copper", "nickel",
               "aluminium", "titanium", "lithium", "rare earths"]
VARIANT_SHARE = 0.1  # reworded copies ("we also must...") that the quote clusterer groups
FIRST_NAMES = ["Anna", "Boris", "Chen", "David", "Elena", "Farid", "Grace", "Hiro", "Ivan",
               "Julia", "Kim", "Lars", "Maria", "Nikolai", "Omar", "Priya", "Qing", "Rosa",
               "Sergei", "Tariq", "Ursula", "Victor", "Wei", "Ximena", "Yusuf", "Zara", "Ahmed",
               "Beatriz", "Carlos", "Dmitri", "Emma", "Felipe", "Hassan", "Ingrid", "Jorge",
               "Kenji", "Leila", "Mikhail", "Nadia", "Oleg"]
LAST_NAMES = ["Abe", "Bauer", "Castro", "Dubois", "Evans", "Fischer", "Garcia", "Hosseini",
              "Ivanov", "Jung", "Kowalski", "Li", "Moreau", "Nakamura", "Okafor", "Petrov",
              "Quinn", "Rossi", "Santos", "Tanaka", "Usman", "Volkov", "Wang", "Xu", "Yamamoto",
              "Zhang", "Ali", "Becker", "Chowdhury", "Diaz", "Eriksen", "Fernandes", "Gomez",
              "Haddad", "Iqbal", "Jensen", "Khan", "Lopez", "Mendes", "Novak", "Ortiz", "Park",
              "Rahman", "Schmidt", "Torres", "Ueda", "Vargas", "Weber", "Yilmaz", "Zhou"]
ROLES = ["Foreign Minister", "Ambassador to the UN", "Deputy Foreign Minister", "President",
         "Prime Minister", "Spokesperson", "Secretary of State", "Treasury Secretary",
         "Senator", "Envoy", "Defence Minister", "Trade Minister"]
EVENT_DAYS = 14  # bursts of coverage around a few news events


def zipf_weights(count: int, exponent: float = 1.1) -> np.ndarray:
    weights = 1.0 / np.arange(1, count + 1) ** exponent
    return weights / weights.sum()


def draw(rng: np.random.Generator, weights: np.ndarray, size: int) -> np.ndarray:
    """Indexes drawn with the given probabilities (cumsum + searchsorted: fast for big pools)."""
    cumulative = np.cumsum(weights)
    cumulative /= cumulative[-1]
    return np.searchsorted(cumulative, rng.random(size), side="right").astype(np.int32)


@dataclass
class Dimensions:
    """The small tables every statement points into by integer code."""

    countries: pd.DataFrame  # idx, iso3, name, p_tighten, p_ease
    speakers: pd.DataFrame  # idx, speaker, speaker_type, official_id, country, role, country_idx
    quotes: pd.DataFrame  # idx, stance, quote, quote_norm, owner (a speaker idx)
    cues: pd.DataFrame  # idx, stance, cue
    targets: pd.DataFrame  # idx, iso3, name
    outlets: pd.DataFrame  # idx, outlet
    datasets: pd.DataFrame  # idx, dataset, kind, hidden
    person_weights: np.ndarray
    country_weights: np.ndarray

    @property
    def quote_owners(self) -> np.ndarray:
        """The speaker each quote of the pool belongs to."""
        return self.quotes["owner"].to_numpy()

    def frames(self) -> dict[str, pd.DataFrame]:
        """The tables as the benchmark SQL reads them (`bench_countries`...)."""
        return {f"bench_{name}": getattr(self, name) for name in
                ("countries", "speakers", "quotes", "cues", "targets", "outlets", "datasets")}


def _read_csv(name: str) -> list[dict[str, str]]:
    with (ROOT / "data" / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def build_dimensions(statements: int, rng: np.random.Generator) -> Dimensions:
    """Countries, speakers, quotes... sized for `statements` (the long tails grow with it)."""
    names = {c.iso3: c.name for c in read_countries() if c.in_text}
    order = [c for c in HOT_COUNTRIES if c in names] + [c for c in names if c not in HOT_COUNTRIES]
    tilt_rows = []
    for iso3 in order:
        tighten, ease = TILTS.get(iso3) or (float(rng.uniform(0.1, 0.5)),
                                            float(rng.uniform(0.1, 0.4)))
        tilt_rows.append((iso3, names[iso3], tighten, ease))
    countries = pd.DataFrame(tilt_rows, columns=["iso3", "name", "p_tighten", "p_ease"])
    countries.insert(0, "idx", np.arange(len(countries), dtype=np.int32))
    country_index = {iso3: i for i, iso3 in enumerate(order)}
    country_weights = zipf_weights(len(order), 1.1)

    people = [(r["name"], "person", r["official_id"], r["country"] or None, r["role"] or None)
              for r in _read_csv("officials.csv")]
    people = [people[i] for i in rng.permutation(len(people))]  # the file lists the US first
    wanted = min(60_000, 100 + statements // 50)
    tail = wanted - len(people)
    if tail > 0:
        first = np.array(FIRST_NAMES)[np.arange(tail) % len(FIRST_NAMES)]
        last = np.array(LAST_NAMES)[(np.arange(tail) // len(FIRST_NAMES)) % len(LAST_NAMES)]
        series = np.arange(tail) // (len(FIRST_NAMES) * len(LAST_NAMES))
        homes = np.array(order)[draw(rng, country_weights, tail)]
        roles = np.array(ROLES)[rng.integers(0, len(ROLES), tail)]
        for i in range(tail):
            suffix = f" {chr(65 + series[i] % 26)}." if series[i] else ""
            extra = f" {series[i] // 26 + 1}" if series[i] >= 26 else ""
            people.append((f"{first[i]}{suffix} {last[i]}{extra}", "person", None,
                           str(homes[i]), str(roles[i])))
    person_weights = zipf_weights(len(people), 1.05)
    nations = [(names[iso3], "country", None, iso3, None) for iso3 in order]
    bodies = [(r["name"], "organization", None, r["country"] or None, None)
              for r in _read_csv("organizations.csv")]
    speakers = pd.DataFrame(people + nations + bodies,
                            columns=["speaker", "speaker_type", "official_id", "country", "role"])
    speakers.insert(0, "idx", np.arange(len(speakers), dtype=np.int32))
    speakers["country_idx"] = [country_index.get(c, -1) for c in speakers["country"]]

    quote_rows = []
    per_stance = max(20, statements // 40)
    for stance in STANCES:
        subjects, verbs, objects = QUOTE_PARTS[stance]
        picks = np.column_stack([
            rng.integers(0, n, per_stance) for n in
            (len(QUOTE_LEADS), len(subjects), len(verbs), len(objects), len(QUOTE_NOUNS),
             len(QUOTE_NOUNS))])
        variant = rng.random(per_stance) < VARIANT_SHARE
        for n, (a, b, c, d, e, f) in enumerate(picks):
            if variant[n] and n:  # an earlier quote, reworded a little by another outlet
                words = quote_rows[-1][1].split(" ")
                words.insert(2, "also")
                quote_rows.append((stance, " ".join(words)))
                continue
            quote_rows.append((stance, f"{QUOTE_LEADS[a]} {subjects[b]} {verbs[c]} "
                                       f"{objects[d]} in {QUOTE_NOUNS[e]} and {QUOTE_NOUNS[f]}."))
    quotes = pd.DataFrame(quote_rows, columns=["stance", "quote"])
    quotes["quote_norm"] = [normalise_quote(q) for q in quotes["quote"]]
    quotes.insert(0, "idx", np.arange(len(quotes), dtype=np.int32))
    quotes["owner"] = 0  # set below, once the speakers exist

    cues = pd.DataFrame([(s, c) for s in STANCES for c in CUES[s]], columns=["stance", "cue"])
    cues.insert(0, "idx", np.arange(len(cues), dtype=np.int32))
    targets = pd.DataFrame([(i, iso3, name) for i, (iso3, name, _) in enumerate(TARGETS)],
                           columns=["idx", "iso3", "name"])
    outlets = pd.DataFrame({"idx": np.arange(len(OUTLETS), dtype=np.int32), "outlet": OUTLETS})
    datasets = pd.DataFrame([(i, d, k, h) for i, (d, k, _, h) in enumerate(DATASETS)],
                            columns=["idx", "dataset", "kind", "hidden"])
    dims = Dimensions(countries, speakers, quotes, cues, targets, outlets, datasets,
                      person_weights, country_weights)
    dims.quotes["owner"] = draw_speakers(len(quotes), dims, rng, people_share=0.75)
    return dims


def draw_speakers(count: int, dims: Dimensions, rng: np.random.Generator,
                  people_share: float = 0.55) -> np.ndarray:
    """Speakers: people, then governments (35%), then organisations, each Zipf-weighted."""
    n_people = len(dims.person_weights)
    n_nations = len(dims.countries)
    kind = rng.random(count)
    speaker = np.empty(count, dtype=np.int32)
    person = kind < people_share
    nation = (kind >= people_share) & (kind < people_share + 0.35)
    body = kind >= people_share + 0.35
    speaker[person] = draw(rng, dims.person_weights, int(person.sum()))
    speaker[nation] = n_people + draw(rng, dims.country_weights, int(nation.sum()))
    n_bodies = len(dims.speakers) - n_people - n_nations
    speaker[body] = n_people + n_nations + draw(rng, zipf_weights(n_bodies, 1.0),
                                                int(body.sum()))
    return speaker


def draw_statements(count: int, dims: Dimensions, rng: np.random.Generator) -> pd.DataFrame:
    """One row of integer codes per statement: who speaks, with which stance, quote, target."""
    speaker = draw_speakers(count, dims, rng)

    country_idx = dims.speakers["country_idx"].to_numpy()[speaker]
    p_tighten = np.where(country_idx >= 0,
                         dims.countries["p_tighten"].to_numpy()[np.maximum(country_idx, 0)], 0.35)
    p_ease = np.where(country_idx >= 0,
                      dims.countries["p_ease"].to_numpy()[np.maximum(country_idx, 0)], 0.25)
    roll = rng.random(count)
    stance = np.where(roll < p_tighten, 0, np.where(roll < p_tighten + p_ease, 1, 2)
                      ).astype(np.int8)

    per_stance = len(dims.quotes) // 3
    quote = (stance.astype(np.int32) * per_stance
             + draw(rng, zipf_weights(per_stance, 0.9), count))
    has_quote = rng.random(count) < 0.45
    quote = np.where(has_quote, quote, -1).astype(np.int32)
    # A repeated quote is one person's words reported by many outlets: it keeps its speaker
    # (nine times in ten; the rest are misattributions or paraphrases by others).
    owned = has_quote & (rng.random(count) < 0.9)
    speaker[owned] = dims.quote_owners[quote[owned]]
    mixed = has_quote & (rng.random(count) < 0.2)
    cue = (stance.astype(np.int32) * 6 + rng.integers(0, 6, count)).astype(np.int32)
    target_weights = np.array([w for _, _, w in TARGETS])
    target = draw(rng, target_weights / target_weights.sum(), count)
    target = np.where(rng.random(count) < 0.1, -1, target).astype(np.int32)
    confidence = np.round(rng.uniform(0.5, 0.99, count), 3)
    return pd.DataFrame({"speaker": speaker, "stance": stance, "quote": quote, "mixed": mixed,
                         "cue": cue, "target": target, "confidence": confidence})


def draw_days(count: int, rng: np.random.Generator) -> np.ndarray:
    """Days since FIRST_DAY: coverage grows over the years, with bursts around news events."""
    span = (LAST_DAY - FIRST_DAY).days
    growth = (span * np.sqrt(rng.random(count))).astype(np.int32)
    events = rng.integers(0, span, EVENT_DAYS)
    burst = np.clip(events[rng.integers(0, EVENT_DAYS, count)]
                    + rng.normal(0, 6, count).astype(np.int32), 0, span)
    return np.where(rng.random(count) < 0.3, burst, growth).astype(np.int32)


def draw_articles(statements: int, rng: np.random.Generator) -> tuple[pd.DataFrame, np.ndarray]:
    """Articles (outlet, dataset, day) and each statement's article: about six per article."""
    n_articles = max(1, round(statements / STATEMENTS_PER_ARTICLE))
    owner = np.sort(rng.integers(0, n_articles, statements)).astype(np.int32)
    dataset_weights = np.array([w for _, _, w, _ in DATASETS])
    articles = pd.DataFrame({
        "art": np.arange(n_articles, dtype=np.int32),
        "outlet": draw(rng, zipf_weights(len(OUTLETS), 1.0), n_articles),
        "dataset": draw(rng, dataset_weights / dataset_weights.sum(), n_articles),
        "day": draw_days(n_articles, rng),
    })
    return articles, owner


@dataclass
class Generated:
    path: Path
    statements: int
    articles: int
    corrections: int
    seconds: float


def generate_database(path: str | Path, statements: int, seed: int = 7) -> Generated:
    """Write a fresh database of `statements` synthetic statements to `path` (replaced)."""
    started = time.perf_counter()
    path = Path(path)
    for stale in (path, path.with_name(path.name + ".wal")):
        stale.unlink(missing_ok=True)
    rng = np.random.default_rng(seed)
    dims = build_dimensions(statements, rng)
    articles, owner = draw_articles(statements, rng)
    codes = draw_statements(statements, dims, rng)
    codes.insert(0, "art", owner)
    starts = np.searchsorted(owner, np.arange(len(articles)))
    codes.insert(1, "pos", (np.arange(statements) - starts[owner]).astype(np.int32))

    params = {"first_day": FIRST_DAY, "stamp": STAMP, "seed": str(seed)}
    db = open_database(path)
    refresh_reference_tables(db)
    for first in range(0, len(articles), ARTICLES_PER_CHUNK):
        last = first + ARTICLES_PER_CHUNK
        lo, hi = np.searchsorted(owner, [first, last])
        with db.transaction() as tx, tx.registered(**dims.frames(),
                                                   chunk_articles=articles.iloc[first:last],
                                                   chunk_codes=codes.iloc[lo:hi]):
            bench = _with_statement_ids(tx.using(BENCH_SQL))
            bench.run("stage_statements", **params)
            bench.run("stage_articles", **params)
            bench.run("insert_articles", **params)
            bench.run("insert_statements", **params)
            bench.run("chunk_as_new_frames")  # recorded as a real load records what it wrote
            touch(tx, "store/touch_new_frames")
            bench.run("drop_chunk_frames")
            update_quote_clusters(tx)  # in the load's transaction, as every real load does
    with db.transaction() as tx, tx.registered(**dims.frames()):
        bench = tx.using(BENCH_SQL)
        bench.run("insert_corrections", **params)
        bench.run("insert_datasets", **params)
        corrections = bench.run("count_corrections").scalar()
        ensure_touched(tx)
        bench.run("touch_corrected")
    session = db.session()  # outside any transaction, as CHECKPOINT needs
    try:
        session.using(BENCH_SQL).run("checkpoint")
    finally:
        session.close()
    return Generated(path, statements, len(articles), corrections,
                     time.perf_counter() - started)


def _with_statement_ids(tx: Tx) -> Tx:
    """`statement_id(sha, start, end, speaker)` in SQL: stance.models.statement_id itself, the
    one recipe, so synthetic rows carry the ids real loads give."""
    if not tx.run("function_registered", name="statement_id").scalar():  # once per database
        tx.function("statement_id", statement_id, ["VARCHAR", "BIGINT", "BIGINT", "VARCHAR"],
                    "VARCHAR")
    return tx


def generate_coded_csv(path: str | Path, rows: int, seed: int = 7) -> int:
    """A coded-statements CSV in the upload format (speaker, country, stance, role, quote, date,
    outlet, target), drawn from the same distributions as the database; returns its row count
    (a little under `rows`: exact repeats are dropped, as a coder writes a statement once)."""
    path = Path(path)
    rng = np.random.default_rng(seed)
    dims = build_dimensions(rows, rng)
    codes = draw_statements(rows, dims, rng)
    codes["outlet"] = draw(rng, zipf_weights(len(OUTLETS), 1.0), rows)
    codes["day"] = draw_days(rows, rng)
    codes.insert(0, "row", np.arange(rows, dtype=np.int64))
    con = duckdb.connect()
    try:
        for name, frame in {**dims.frames(), "csv_codes": codes}.items():
            con.register(name, frame)
        # COPY ... TO takes no parameter for its file: the path goes in as a quoted literal
        quoted = "'" + str(path).replace("'", "''") + "'"
        text = BENCH_SQL.text("coded_csv").replace("$path", quoted)
        written = con.execute(text, {"first_day": FIRST_DAY}).fetchone()[0]
    finally:
        con.close()
    return int(written)


def parse_size(text: str) -> int:
    """`1m`, `100k`, `10000` -> a statement count."""
    text = text.strip().lower().replace("_", "")
    if text in SIZES:
        return SIZES[text]
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * scale)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--statements", "-n", type=parse_size, default=SIZES["100k"],
                        help="how many statements (10k, 100k, 1m, 10m or a number)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", type=Path, help="write a database file here")
    parser.add_argument("--csv", type=Path, help="write a coded-statements CSV here")
    args = parser.parse_args(argv)
    if not args.db and not args.csv:
        parser.error("give --db FILE and/or --csv FILE")
    if args.db:
        made = generate_database(args.db, args.statements, args.seed)
        print(f"{made.path}: {made.statements:,} statements, {made.articles:,} articles, "
              f"{made.corrections:,} corrections in {made.seconds:.1f} s")
    if args.csv:
        started = time.perf_counter()
        written = generate_coded_csv(args.csv, args.statements, args.seed)
        print(f"{args.csv}: {written:,} coded statements in "
              f"{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
