"""Shared helpers for the extraction and scoring tests: one model load per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from stance.extract import Extractor
from stance.models import Article, Statement

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
DEV_DIR = SHARED_CORPUS / "dev"
DEV_ARTICLE = "presstv-2018-09-27-un-dprk-sanctions.txt"
DEV_GOLD = DEV_DIR / "presstv-2018-09-27-un-dprk-sanctions.gold.jsonl"


def need_dev_corpus() -> None:
    """Skip (cleanly) when the shared corpus is not next to the repository."""
    if not DEV_GOLD.is_file() or not (DEV_DIR / DEV_ARTICLE).is_file():
        pytest.skip(f"shared corpus not found at {SHARED_CORPUS}")


def run(extractor: Extractor, text: str, **meta) -> list[Statement]:
    return extractor.extract(Article(name="t.txt", text=text, **meta))


def by_speaker(statements: list[Statement]) -> dict[str, list[Statement]]:
    out: dict[str, list[Statement]] = {}
    for s in statements:
        out.setdefault(s.speaker, []).append(s)
    return out
