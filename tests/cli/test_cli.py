"""The command line: every command has --help, user errors are one line with status 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stance.cli import COMMANDS, main
from stance.config import ROOT
from stance.store import open_database


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "stance", *args], cwd=ROOT, text=True,
                          capture_output=True, env=env, timeout=300)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    assert "usage: python -m stance" in capsys.readouterr().out


def test_a_command_imports_only_its_own_module():
    """`load-statements` starts without the modules of `eval`, `train` or `ingest` (and so
    without scikit-learn or Dask): a short command starts in about a second."""
    probe = ("import sys\nfrom stance.cli import main\ntry:\n"
             "    main(['load-statements', '--help'])\nexcept SystemExit:\n    pass\n"
             "print(' '.join(sorted(sys.modules)))")
    loaded = set(subprocess.run([sys.executable, "-c", probe], cwd=ROOT, text=True,
                                capture_output=True, check=True, timeout=120).stdout.split())
    assert "stance.cli.load_statements" in loaded
    assert not loaded & {"stance.cli.evaluate", "stance.cli.train", "stance.cli.ingest",
                         "sklearn", "dask"}, loaded & {"sklearn", "dask"}


def test_missing_path_is_one_line_naming_the_file(run_cli, tmp_path):
    missing = tmp_path / "nope.txt"
    result = run_cli("ingest", str(missing), "--db", str(tmp_path / "x.duckdb"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {missing}: no such file or folder"
    assert "Traceback" not in result.stderr


def test_unreadable_file_in_a_folder_stores_nothing(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text("Russia called for an easing of sanctions on North Korea.")
    (docs / "bad.txt").write_bytes(b"\x00\x00binary")
    db_path = tmp_path / "x.duckdb"
    assert main(["ingest", str(docs), "--db", str(db_path)]) == 2
    assert "bad.txt: this is a binary file" in capsys.readouterr().err
    assert open_database(db_path).scalar("store/count_articles") == 0


def test_ingest_reports_what_it_added_and_reingest_adds_nothing(tmp_path, capsys):
    article = tmp_path / "brief.md"
    article.write_text("---\ntitle: Brief\ndate: 2017-09-11\n---\n"
                       "China's foreign ministry said new sanctions were counterproductive.\n"
                       "US Ambassador Nikki Haley said the Council must keep up the pressure.\n")
    db_path = tmp_path / "x.duckdb"
    assert main(["ingest", str(article), "--db", str(db_path), "--dataset", "mine"]) == 0
    first = capsys.readouterr().out
    assert "dataset 'mine': 1 article(s) added" in first
    assert main(["ingest", str(article), "--db", str(db_path), "--dataset", "mine"]) == 0
    assert "0 article(s) added, 1 already present, 0 statement(s) added" in \
        capsys.readouterr().out


def test_extract_prints_contract_rows_for_the_dev_article(run_cli, shared_corpus):
    (path,) = sorted((shared_corpus / "dev").glob("*.txt"))
    result = run_cli("extract", str(path), "--jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    keys = {"article", "speaker", "speaker_type", "country", "role", "quote_type", "quote",
            "sentence", "start", "end", "stance", "stance_cue", "confidence", "target", "on_topic"}
    text = path.read_text(encoding="utf-8")
    for row in rows:
        assert set(row) == keys
        assert row["stance"] in {"tighten", "ease", "neutral"}
        assert text[row["start"]:row["end"]] == row["sentence"]


def test_eval_prints_the_scores(run_cli, shared_corpus):
    dev = shared_corpus / "dev"
    result = run_cli("eval", "--docs", str(dev), *map(str, dev.glob("*.gold.jsonl")))
    assert result.returncode == 0, result.stderr
    assert "F1" in result.stdout


def test_eval_missing_gold_is_one_line(run_cli, tmp_path):
    result = run_cli("eval", str(tmp_path / "none.gold.jsonl"))
    assert result.returncode == 2
    assert "none.gold.jsonl: no such gold file" in result.stderr


def test_sample_builds_the_sample_dataset(tmp_path, capsys):
    db_path = tmp_path / "s.duckdb"
    assert main(["sample", "--db", str(db_path)]) == 0
    assert "dataset 'sample'" in capsys.readouterr().out
    db = open_database(db_path)
    articles = db.scalar("store/count_articles")
    assert articles >= 25
    assert main(["sample", "--db", str(db_path)]) == 0  # rebuild replaces, never duplicates
    assert db.scalar("store/count_articles") == articles


def test_db_option_and_environment_variable_agree(run_cli, tmp_path):
    env_db = Path(tmp_path / "env.duckdb")
    result = run_cli("sample", env={**os.environ, "STANCE_DB": str(env_db)})
    assert result.returncode == 0, result.stderr
    assert str(env_db) in result.stdout


@pytest.mark.parametrize(("name", "reason"), [
    ("sample", "reserved"), ("pasted", "reserved"), ("", "give the dataset a name"),
    ("a,b", "no commas"), ("=HYPERLINK(\"http://x\")", "leading '='"),
])
def test_ingest_refuses_a_dataset_name_it_could_not_keep(tmp_path, capsys, name, reason):
    """'sample' belongs to `stance sample`, which replaces it: an article ingested under that
    name would be deleted by the next rebuild."""
    article = tmp_path / "brief.txt"
    article.write_text("Russia called for an easing of sanctions on North Korea.\n")
    db_path = tmp_path / "x.duckdb"
    assert main(["sample", "--db", str(db_path)]) == 0
    before = open_database(db_path).scalar("store/count_articles")
    capsys.readouterr()
    assert main(["ingest", str(article), "--db", str(db_path), "--dataset", name]) == 2
    err = capsys.readouterr().err
    assert reason in err and len(err.strip().splitlines()) == 1, err
    assert open_database(db_path).scalar("store/count_articles") == before
