"""People across articles: every person name a write brings is given its canonical name, in the
same transaction, so each ranking counts one person once.

`person_names` remembers each name ever stored and the name it is shown as; a name already
there costs nothing on the next write. A new name takes, in order: a researcher's decision
(`data/people_merges.csv`), the gazetteer's name for the official the extractor matched, the
canonical name of a person already stored or named earlier in the same write whom
`stance.people.same_person` finds to be the same (a fuzzy match also needs countries that do not
contradict), or its own display name. The statements' `speaker` is rewritten; their ids (made
from the name as extracted) do not change, so corrections stay attached, and a corrected speaker
still wins in every view.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pandas as pd
from rapidfuzz import fuzz, process

from stance.gazetteer import PersonDecision, read_officials, read_people_merges
from stance.people import display_name, name_key, name_parts, same_person
from stance.store.touched import ensure_touched, touch
from stance.store.tx import Tx

SUGGEST_THRESHOLD = 75.0  # `people suggest-merges` lists pairs from here up


@dataclass
class _Canonical:
    name: str
    key: str  # name_key(name), kept: every lookup compares it
    country: str | None
    initials: set[tuple[str, ...]]  # middle initials of the names it stands for, none left out

    def admits(self, mine: tuple[str, ...]) -> bool:
        """A name with middle initials `mine` joins only a person whose other names have the
        same ones or none: "Ann B. Roe" and "Ann C. Roe" never meet through a bare "Ann Roe"."""
        return not self.initials or self.initials == {mine}

    def stands_for(self, initials: tuple[str, ...]) -> None:
        if initials:
            self.initials.add(initials)


class _Pool:
    """Canonical names, grouped by the initials of their folded words (a name can only be
    the same person as a name whose words begin with the same letters)."""

    def __init__(self, distinct: set[frozenset[str]]) -> None:
        self.blocks: dict[tuple[str, ...], list[_Canonical]] = defaultdict(list)
        self.distinct = distinct

    @staticmethod
    def _block(name: str) -> tuple[str, ...]:
        return tuple(w[0] for w in name_parts(name).words)

    def add(self, name: str, country: str | None) -> _Canonical:
        known = _Canonical(name, name_key(name), country, set())
        known.stands_for(name_parts(name).initials)
        self.blocks[self._block(name)].append(known)
        return known

    def find(self, name: str, country: str | None) -> _Canonical | None:
        """The first canonical name in the pool that is `name`'s person: the same key, or
        a fuzzy match (`same_person`) whose country does not contradict."""
        key = name_key(name)
        mine = name_parts(name).initials  # once, not per candidate: a block can hold hundreds
        for known in self.blocks.get(self._block(name), []):
            if (mine and not known.admits(mine)) or (
                    self.distinct and frozenset((name, known.name)) in self.distinct):
                continue
            if known.key != key and country and known.country and country != known.country:
                continue
            if same_person(name, known.name):
                return known
        return None


def _decisions() -> tuple[dict[str, str], set[frozenset[str]]]:
    decisions: list[PersonDecision] = read_people_merges()
    same = {d.name: d.canonical for d in decisions if not d.distinct}
    same.update({display_name(d.name): d.canonical for d in decisions if not d.distinct})
    distinct = {frozenset((d.name, d.canonical)) for d in decisions if d.distinct}
    return same, distinct


def resolve_people(tx: Tx, everywhere: bool = True) -> int:
    """Give every person name not resolved before its canonical name (see the module);
    returns how many new names there were. Without `everywhere`, names are looked for in the
    articles the transaction touched only (stance/store/touched.py)."""
    ensure_touched(tx)
    new = tx.run("store/people_new_names", everywhere=everywhere).rows()
    if not new:
        return 0
    same, distinct = _decisions()
    officials = {o.official_id: o.name for o in read_officials()}
    pool = _Pool(distinct)
    for name, country, members in tx.run("store/people_canonical").rows():
        known = pool.add(name, country)
        for member in members:
            known.stands_for(name_parts(member).initials)
    rows: list[dict] = []

    def anchored(name: str, official_id: str | None) -> tuple[str, str] | None:
        shown = display_name(name)
        if name in same or shown in same:
            return same.get(name) or same[shown], "file"
        if official_id in officials:
            return officials[official_id], "gazetteer"
        return None

    # names with a decision or a gazetteer official first: a spelling seen before its
    # official's name then joins the official, not the other way round;
    # then the most quoted, then the plainest form (no middle initial)
    anchors = {row[0]: anchored(row[0], row[1]) for row in new}
    new = sorted(new, key=lambda row: (anchors[row[0]] is None, -row[3],
                                       bool(name_parts(row[0]).initials), len(row[0])))
    for name, _official_id, country, _count in new:
        shown = display_name(name)
        if (anchor := anchors[name]) is not None:
            canonical, how = anchor
            joins = pool.find(canonical, country) is None
        elif (known := pool.find(shown, country)) is not None:
            canonical, how, joins = known.name, "matched", False
            known.stands_for(name_parts(shown).initials)
        else:  # `shown` was just looked for: nobody in the pool is its person
            canonical, how, joins = shown, "own", True
        if joins:
            pool.add(canonical, country)
            if canonical != name:
                rows.append({"name": canonical, "canonical": canonical, "country": country,
                             "how": how})
        rows.append({"name": name, "canonical": canonical, "country": country, "how": how})
    frame = pd.DataFrame(rows, columns=["name", "canonical", "country", "how"], dtype=object)
    with tx.registered(new_person_names=frame.drop_duplicates("name")):
        tx.run("store/people_insert")
        touch(tx, "store/touch_people_apply")
        tx.run("store/people_apply")
    return len(new)


@dataclass(frozen=True)
class MergeSuggestion:
    """Two stored names that may be one person, for a researcher to accept or refuse."""

    name: str
    statements: int
    country: str | None
    other: str
    other_statements: int
    other_country: str | None
    score: float
    reason: str


def suggest_merges(tx: Tx, threshold: float = SUGGEST_THRESHOLD) -> list[MergeSuggestion]:
    """Pairs of shown person names that automatic resolution kept apart but that look alike
    (fuzzy score from `threshold`), most alike first."""
    _, distinct = _decisions()
    people = tx.run("store/people_shown").rows()  # name, country, statements
    keys = [name_key(name) for name, _, _ in people]
    out: list[MergeSuggestion] = []
    for i, (name, country, count) in enumerate(people):
        for _, score, j in process.extract(keys[i], keys, scorer=fuzz.ratio,
                                           score_cutoff=threshold, limit=20):
            other, other_country, other_count = people[j]
            if j <= i or frozenset((name, other)) in distinct:
                continue
            reason = "same name, other initials" if keys[i] == keys[j] else "similar spelling"
            if country and other_country and country != other_country:
                reason += ", two countries"
            first, second = ((name, count, country), (other, other_count, other_country))
            if other_count > count:
                first, second = second, first
            out.append(MergeSuggestion(first[0], first[1], first[2], second[0], second[1],
                                       second[2], round(score, 1), reason))
    return sorted(out, key=lambda s: (-s.score, -(s.statements + s.other_statements)))


def merge_people(tx: Tx, name: str, into: str) -> int:
    """Show `name` as `into` from now on (statements, and names that were shown as `name`);
    returns how many statements changed."""
    changed = tx.run("store/people_count", name=name).scalar()
    tx.run("store/people_merge_names", name=name, into=into)
    tx.run("store/people_add_name", into=into)
    touch(tx, "store/touch_people_merge", name=name)
    tx.run("store/people_merge_statements", name=name, into=into)
    return int(changed or 0)
