"""How far two raters agree on a label: the machine and a coder, or two coders.

Cohen's kappa corrects the share of statements both raters labelled alike (observed agreement,
p_o) for the share they would agree on by chance given how often each uses each label
(expected agreement, p_e):  kappa = (p_o - p_e) / (1 - p_e).
Per label, "specific agreement" is 2 * both / (times rater A used it + times rater B used it):
1 when the raters always use the label together, 0 when they never do.

A coder's label is their latest correction of the statement for that field; only statements
both raters labelled are compared, so coders should confirm labels they checked and found right
(the correction form records them), or agreement is measured on disagreements alone.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import pandas as pd

from stance.corrections import FIELDS, MACHINE, describe_value
from stance.store import Database

NONE_LABEL = "(none)"


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float:
    """Cohen's kappa of (label by A, label by B) pairs; NaN when it is undefined (no pairs, or
    both raters used one and the same label throughout, so chance agreement is 1)."""
    n = len(pairs)
    if n == 0:
        return math.nan
    observed = sum(a == b for a, b in pairs) / n
    counts_a = Counter(a for a, _ in pairs)
    counts_b = Counter(b for _, b in pairs)
    expected = sum(counts_a[label] * counts_b[label] for label in counts_a) / (n * n)
    if math.isclose(expected, 1.0):
        return math.nan
    return (observed - expected) / (1 - expected)


def observed_agreement(pairs: Sequence[tuple[Hashable, Hashable]]) -> float:
    return sum(a == b for a, b in pairs) / len(pairs) if pairs else math.nan


def per_label(pairs: Sequence[tuple[Hashable, Hashable]]) -> pd.DataFrame:
    """For each label: how often A and B used it, how often both did, specific agreement."""
    counts_a = Counter(a for a, _ in pairs)
    counts_b = Counter(b for _, b in pairs)
    both = Counter(a for a, b in pairs if a == b)
    rows = []
    for label in sorted(set(counts_a) | set(counts_b), key=str):
        total = counts_a[label] + counts_b[label]
        rows.append({"label": label, "rater_a": counts_a[label], "rater_b": counts_b[label],
                     "both": both[label], "agreement": 2 * both[label] / total})
    return pd.DataFrame(rows, columns=["label", "rater_a", "rater_b", "both", "agreement"])


@dataclass
class Agreement:
    """Two raters compared on one field."""

    field: str
    rater_a: str
    rater_b: str
    statements: int
    observed: float
    kappa: float
    labels: pd.DataFrame  # per_label()
    disagreements: pd.DataFrame  # statement_id, label_a, label_b, speaker, title, sentence

    def summary(self) -> str:
        if not self.statements:
            return (f"{rater_name(self.rater_a)} and {rater_name(self.rater_b)} have no "
                    f"{self.field} labels on the same statements yet")
        kappa = "undefined" if math.isnan(self.kappa) else f"{self.kappa:.2f}"
        return (f"{self.field}: {rater_name(self.rater_a)} and {rater_name(self.rater_b)} "
                f"agree on {self.observed:.0%} of {self.statements} statement(s); "
                f"Cohen's kappa {kappa}")


def rater_name(rater: str) -> str:
    if rater == MACHINE:
        return "the machine"
    return rater or "(unnamed coder)"


def raters(db: Database) -> pd.DataFrame:
    """Every rater (the machine, then coders) with how many statements they labelled per field."""
    return db.query("corrections_raters")


def compare(db: Database, field: str, rater_a: str, rater_b: str) -> Agreement:
    """Agreement of two raters (`machine` or a coder's name, '' for unnamed) on `field`."""
    if field not in FIELDS:
        raise ValueError(f"{field!r} is not a labelled field ({', '.join(FIELDS)})")
    frame = db.query("corrections_pairs", field=field, rater_a=rater_a, rater_b=rater_b)
    frame["label_a"] = frame["label_a"].fillna(NONE_LABEL)
    frame["label_b"] = frame["label_b"].fillna(NONE_LABEL)
    pairs = list(zip(frame["label_a"], frame["label_b"], strict=True))
    differ = frame[frame["label_a"] != frame["label_b"]].copy()
    for column in ("label_a", "label_b"):
        differ[column] = [NONE_LABEL if v == NONE_LABEL else describe_value(field, v)
                          for v in differ[column]]
    differ = differ.rename(columns={"machine_speaker": "speaker"})[
        ["statement_id", "label_a", "label_b", "speaker", "title", "sentence"]]
    return Agreement(field, rater_a, rater_b, len(pairs), observed_agreement(pairs),
                     cohen_kappa(pairs), per_label(pairs), differ.reset_index(drop=True))
