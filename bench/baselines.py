"""The pandas baseline: the page queries' aggregations done in pandas on data held in memory.

The frame is `statements_full` (joins and corrections already resolved, and not timed), so
pandas only filters and aggregates: a generous baseline. Each function mirrors one query file
in queries/ and returns the same columns; `QUERIES` maps query names to them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from stance.filters import Filters

STANCES = ("tighten", "ease", "neutral")
LABELS = ("speaker", "country", "stance", "target", "on_topic")


def filtered(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """What `filtered_statements(...)` returns: the label set picked, hidden datasets out."""
    p = filters.params()
    mask = np.ones(len(frame), dtype=bool)
    if p["corrected"]:
        mask &= ~frame["rejected"].to_numpy(dtype=bool)
    if p["dataset"]:
        mask &= frame["dataset"].isin(p["dataset"]).to_numpy()
    else:
        mask &= ~frame["dataset_hidden"].to_numpy(dtype=bool)
    if p["from"] is not None:
        mask &= (frame["published"] >= pd.Timestamp(p["from"])).to_numpy()
    if p["to"] is not None:
        mask &= (frame["published"] <= pd.Timestamp(p["to"])).to_numpy()
    if p["outlet"]:
        mask &= frame["outlet"].isin(p["outlet"]).to_numpy()
    prefix = "corrected_" if p["corrected"] else "machine_"
    sub = frame.loc[mask]
    out = sub.drop(columns=[f"{kind}_{label}" for kind in ("machine", "corrected")
                            for label in LABELS])
    for label in LABELS:
        out[label] = sub[prefix + label]
    keep = np.ones(len(out), dtype=bool)
    if not p["all_topics"]:
        keep &= out["on_topic"].fillna(False).to_numpy(dtype=bool)
    for label in ("country", "target", "stance"):
        if p[label]:
            keep &= out[label].isin(p[label]).to_numpy()
    return out.loc[keep]


def _stance_counts(frame: pd.DataFrame, by: str | list[str]) -> pd.DataFrame:
    counts = pd.crosstab([frame[c] for c in ([by] if isinstance(by, str) else by)],
                         frame["stance"])
    for stance in STANCES:
        if stance not in counts:
            counts[stance] = 0
    counts = counts[list(STANCES)]
    counts["total"] = counts.sum(axis=1)
    return counts


def overview_counts(frame: pd.DataFrame, filters: Filters, **_: Any) -> pd.DataFrame:
    f = filtered(frame, filters)
    stance = f["stance"].value_counts()
    return pd.DataFrame([{
        "statements": len(f), "articles": f["article_id"].nunique(),
        "countries": f["country"].nunique(),
        "officials": f.loc[f["speaker_type"] == "person", "speaker"].nunique(),
        **{s: int(stance.get(s, 0)) for s in STANCES}}])


def stance_by_country(frame: pd.DataFrame, filters: Filters, limit: int = 25,
                      **_: Any) -> pd.DataFrame:
    f = filtered(frame, filters)
    counts = _stance_counts(f[f["country"].notna()], "country").reset_index()
    counts["_lean"] = counts["tighten"] + counts["ease"]
    counts = counts.sort_values(["_lean", "total", "country"], ascending=[False, False, True])
    return counts.drop(columns="_lean").head(limit)


def _speaker_table(f: pd.DataFrame, outlets: bool) -> pd.DataFrame:
    """Per speaker: role, country, statements, articles (, outlets) and the stance mix."""
    grouped = f.groupby("speaker", sort=False)
    table = pd.DataFrame({
        "role": grouped["role"].agg(lambda s: s.mode().iloc[0] if s.notna().any() else None),
        "country": grouped["country"].agg(
            lambda s: s.mode().iloc[0] if s.notna().any() else None),
        "statements": grouped.size(),
        "articles": grouped["article_id"].nunique(),
    })
    if outlets:
        table["outlets"] = grouped["outlet"].nunique()
    table = table.join(_stance_counts(f, "speaker").drop(columns="total"))
    return table.reset_index()


def top_officials(frame: pd.DataFrame, filters: Filters, limit: int = 15,
                  rank: str = "statements", **_: Any) -> pd.DataFrame:
    f = filtered(frame, filters)
    table = _speaker_table(f[f["speaker_type"] == "person"], outlets=True)
    order = ["articles", "statements"] if rank == "articles" else ["statements", "articles"]
    return table.sort_values([*order, "speaker"], ascending=[False, False, True]).head(limit)


def top_speakers(frame: pd.DataFrame, filters: Filters, limit: int = 25,
                 **_: Any) -> pd.DataFrame:
    f = filtered(frame, filters)
    table = _speaker_table(f[f["speaker"].notna()], outlets=False)
    return table.sort_values(["statements", "articles", "speaker"],
                             ascending=[False, False, True]).head(limit)


def officials_table(frame: pd.DataFrame, filters: Filters, limit: int = 25, offset: int = 0,
                    **_: Any) -> pd.DataFrame:
    f = filtered(frame, filters)
    people = f[(f["speaker_type"] == "person") & f["speaker"].notna()]
    table = _speaker_table(people, outlets=True)
    dates = people.groupby("speaker")["published"].agg(["min", "max"])
    table = table.join(dates.rename(columns={"min": "first_seen", "max": "last_seen"}),
                       on="speaker")
    table = table.sort_values(["articles", "statements", "speaker"],
                              ascending=[False, False, True])
    return table.iloc[offset:offset + limit]


def country_profile(frame: pd.DataFrame, filters: Filters, limit: int = 25,
                    **_: Any) -> pd.DataFrame:
    f = filtered(frame, filters)
    f = f[f["country"].notna()]
    grouped = f.groupby("country")
    table = pd.DataFrame({
        "statements": grouped.size(),
        "articles": grouped["article_id"].nunique(),
        "outlets": grouped["outlet"].nunique(),
        "officials": f[f["speaker_type"] == "person"].groupby("country")["speaker"].nunique(),
        "main_target": grouped["target"].agg(
            lambda s: s.mode().iloc[0] if s.notna().any() else None),
        "first_seen": grouped["published"].min(), "last_seen": grouped["published"].max(),
    }).join(_stance_counts(f, "country").drop(columns="total"))
    table["officials"] = table["officials"].fillna(0).astype(int)
    return table.reset_index().sort_values(["statements", "country"],
                                           ascending=[False, True]).head(limit)


def stance_over_time(frame: pd.DataFrame, filters: Filters, period: str = "month",
                     limit: int = 1000, **_: Any) -> pd.DataFrame:
    f = filtered(frame, filters)
    f = f[f["published"].notna()]
    code = {"month": "M", "quarter": "Q", "year": "Y"}.get(period, "M")
    f = f.assign(period=f["published"].dt.to_period(code).dt.start_time)
    return _stance_counts(f, "period").reset_index().sort_values("period").head(limit)


def stance_by_target(frame: pd.DataFrame, filters: Filters, limit: int = 25,
                     **_: Any) -> pd.DataFrame:
    f = filtered(frame, filters)
    f = f.assign(target=f["target"].fillna(""))
    counts = _stance_counts(f, "target").reset_index()
    return counts.sort_values(["total", "target"], ascending=[False, True]).head(limit)


def _search(f: pd.DataFrame, search: str) -> pd.DataFrame:
    if search == "%":
        return f
    needle = search.strip("%").lower()
    hit = np.zeros(len(f), dtype=bool)
    for column in ("sentence", "speaker", "title", "outlet"):
        hit |= f[column].str.lower().str.contains(needle, regex=False).fillna(False).to_numpy()
    return f.loc[hit]


def statements_count(frame: pd.DataFrame, filters: Filters, search: str = "%",
                     **_: Any) -> pd.DataFrame:
    return pd.DataFrame([{"statements": len(_search(filtered(frame, filters), search))}])


def statements_page(frame: pd.DataFrame, filters: Filters, search: str = "%", limit: int = 25,
                    offset: int = 0, **_: Any) -> pd.DataFrame:
    """The explorer's default order: newest first, then article, position, id."""
    f = _search(filtered(frame, filters), search)
    ordered = f.sort_values(["published", "article_id", "start", "statement_id"],
                            ascending=[False, True, True, True], na_position="last")
    return ordered.iloc[offset:offset + limit]


def article_list(frame: pd.DataFrame, filters: Filters, limit: int = 25,
                 **_: Any) -> pd.DataFrame:
    f = filtered(frame, filters)
    grouped = f.groupby("article_id")
    table = pd.DataFrame({"title": grouped["title"].first(), "outlet": grouped["outlet"].first(),
                          "published": grouped["published"].first(),
                          "statements": grouped.size()})
    table = table.join(_stance_counts(f, "article_id")[["tighten", "ease"]]).reset_index()
    return table.sort_values(["published", "article_id"], ascending=[False, True],
                             na_position="last").head(limit)


def _clustered(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    f = filtered(frame, filters)
    f = f[f["quote_norm"].notna()]
    return f.assign(cluster=f["cluster"].fillna(f["quote_norm"]))


def repeated_quotes(frame: pd.DataFrame, filters: Filters, limit: int = 25,
                    min_articles: int = 1, **_: Any) -> pd.DataFrame:
    f = _clustered(frame, filters).sort_values(["published", "article_id"])
    grouped = f.groupby("cluster")
    table = pd.DataFrame({
        "quote": grouped["quote"].first(), "articles": grouped["article_id"].nunique(),
        "outlets": grouped["outlet"].nunique(), "statements": grouped.size(),
        "wordings": grouped["quote_norm"].nunique(), "first_seen": grouped["published"].first(),
        "first_outlet": grouped["outlet"].first(), "first_article": grouped["article_id"].first(),
        "speakers": grouped["speaker"].agg(lambda s: "; ".join(sorted(set(s.dropna())))),
        "country": grouped["country"].agg(lambda s: s.mode().iloc[0] if s.notna().any()
                                          else None),
        "stance": grouped["stance"].agg(lambda s: s.mode().iloc[0]),
    }).reset_index()
    table = table[table["articles"] >= min_articles]
    return table.sort_values(["articles", "outlets", "statements", "first_seen", "cluster"],
                             ascending=[False, False, False, True, True]).head(limit)


def quote_spread(frame: pd.DataFrame, filters: Filters, **_: Any) -> pd.DataFrame:
    per_quote = _clustered(frame, filters).groupby("cluster")["article_id"].nunique()
    spread = per_quote.clip(upper=10).value_counts().sort_index()
    return spread.rename_axis("articles").reset_index(name="quotes")


QUERIES: dict[str, Callable[..., pd.DataFrame]] = {
    fn.__name__: fn for fn in (overview_counts, stance_by_country, top_officials, top_speakers,
                               officials_table, country_profile, stance_over_time,
                               stance_by_target, statements_count, statements_page,
                               article_list, repeated_quotes, quote_spread)
}
