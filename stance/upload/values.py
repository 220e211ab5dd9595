"""Value mappings applied to uploads: stance synonyms, countries to ISO3, the order of dates.

Each mapping runs on the file's distinct values only (a handful, even in a 1M-row file) and is
handed to the validation SQL as a small table, so big files never loop in Python per row.
"""

from __future__ import annotations

import pandas as pd

from stance.gazetteer import country_name, known_iso3, to_iso3

# Lower-cased cell value -> stance. Numbers as Excel writes them are included.
STANCE_SYNONYMS: dict[str, str] = {
    **{v: "tighten" for v in (
        "tighten", "tightening", "tighter", "tougher", "toughen", "tough", "stricter",
        "strengthen", "harden", "harsher", "increase", "expand", "impose", "maintain", "keep",
        "more", "+", "+1", "1", "1.0", "+1.0", "pro")},
    **{v: "ease" for v in (
        "ease", "easing", "eased", "lift", "lifting", "loosen", "looser", "relax", "relief",
        "reduce", "remove", "end", "weaken", "less", "-", "-1", "-1.0", "anti")},
    **{v: "neutral" for v in (
        "neutral", "none", "mixed", "unclear", "neither", "0", "0.0", "=")},
}


def stance_table() -> pd.DataFrame:
    """The synonyms as the `upload_stances(value, stance)` table the SQL joins."""
    return pd.DataFrame({"value": list(STANCE_SYNONYMS), "stance": list(STANCE_SYNONYMS.values())})


def stance_notes(distinct: pd.DataFrame) -> pd.DataFrame:
    """Stance values that were read as a synonym: value, read as, rows (for the report)."""
    rows = [(value, STANCE_SYNONYMS[value], int(n)) for value, n in
            zip(distinct["value"], distinct["rows"], strict=True)
            if value in STANCE_SYNONYMS and value != STANCE_SYNONYMS[value]]
    return pd.DataFrame(rows, columns=["value", "read as", "rows"])


def country_table(distinct: pd.DataFrame) -> pd.DataFrame:
    """`upload_countries(value, iso3, name, rows)`: each distinct country cell mapped with
    stance.gazetteer.to_iso3 (ISO3, ISO2 or an English name); iso3 is NULL when unknown."""
    values = [str(v) for v in distinct["value"]]
    codes = [to_iso3(v) for v in values]
    return pd.DataFrame({
        "value": values,
        "iso3": codes,
        "name": [country_name(c) if c else None for c in codes],
        "rows": [int(n) for n in distinct["rows"]],
    }, dtype=object)


def country_notes(table: pd.DataFrame) -> pd.DataFrame:
    """Country values that were not already an ISO3 code: value -> ISO3 (name), rows."""
    keep = [not (v.isupper() and len(v) == 3 and known_iso3(v)) and iso3 is not None
            for v, iso3 in zip(table["value"], table["iso3"], strict=True)]
    shown = table[pd.Series(keep, index=table.index, dtype=bool)]
    return pd.DataFrame({"value": shown["value"], "ISO3": shown["iso3"],
                         "country": shown["name"], "rows": shown["rows"]}).reset_index(drop=True)


def day_first(evidence: tuple[int, int, int]) -> tuple[bool, str | None]:
    """Whether slashed dates read day/month/year, and a note saying why (None: no such dates).

    `evidence` is (values whose first number is over 12, values whose second is, all slashed).
    """
    over_first, over_second, slashed = evidence
    if not slashed:
        return True, None
    if over_second > over_first:
        return False, (f"Dates like 03/04/2019 were read as month/day/year (4 March 2019): "
                       f"{over_second:,} value(s) have a day in the second place.")
    if over_first:
        return True, (f"Dates like 03/04/2019 were read as day/month/year (3 April 2019): "
                      f"{over_first:,} value(s) have a day in the first place.")
    return True, ("Dates like 03/04/2019 were read as day/month/year (3 April 2019); nothing in "
                  "the file settles the order, so check the preview.")
