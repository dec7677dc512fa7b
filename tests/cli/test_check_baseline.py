"""`galley check --baseline FILE`: today's findings recorded; only new ones fail the job."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convert.cli import main

from . import SEED

# the seed's one warning: a stray English word in Chinese text, replaced (`stray_echo`: the text
# writes 智慧和力量 elsewhere)
STRAY, HAN = " and ", "和"


def desk(root: Path) -> tuple[Path, Path]:
    (root / "desk").mkdir()
    article = root / "desk" / "a.txt"
    article.write_bytes(SEED.read_bytes())
    return article, root / "galley-baseline.json"


def check(*args: str | Path) -> int:
    return main(["check", *map(str, args), "-j", "1"])


def test_a_baseline_records_todays_findings_and_passes_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, baseline = desk(tmp_path)
    assert check(article) == 1
    assert check(article, "--baseline", baseline, "--update-baseline") == 0
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data == {
        "format": "galley-baseline/1",
        "findings": [
            {
                "path": "desk/a.txt",  # relative to the baseline's folder
                "pass": "stray",
                "kind": "stray-word",
                "before": STRAY,
                "after": HAN,
                "context": "提出的宏伟目标贡献丰台职工的智慧 and 力量。",
                "count": 1,
            }
        ],
    }
    capsys.readouterr()
    assert check(article, "--baseline", baseline) == 0
    out = capsys.readouterr().out
    assert "stray-word" not in out and "stale" not in out
    assert f"… 1 finding known to the baseline {baseline} not shown" in out
    # written again, byte for byte the same
    before = baseline.read_bytes()
    assert check(article, "--baseline", baseline, "--update-baseline") == 0
    assert baseline.read_bytes() == before


def test_unrelated_edits_keep_a_finding_known_and_a_new_one_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, baseline = desk(tmp_path)
    check(article, "--baseline", baseline, "--update-baseline")
    text = article.read_text(encoding="utf-8")
    article.write_text("一段新的开头。\n\n" + text, encoding="utf-8")  # every line moves by 2
    assert check(article, "--baseline", baseline) == 0
    # the same stray word once more, elsewhere: one entry matches one finding (the same words
    # after it: two spaced words at different places would show the text damaged, stray_place)
    article.write_text(text + "\n\n又一段的智慧 and 力量。\n", encoding="utf-8")
    capsys.readouterr()
    assert check(article, "--baseline", baseline, "--format", "json") == 1
    report = json.loads(capsys.readouterr().out)
    (new,) = [f for f in report["files"][0]["findings"] if f["severity"] == "warning"]
    assert new["before"] == STRAY and new["line"] > 67
    assert report["baseline"] == {"file": str(baseline), "known": 1, "stale": []}


def test_a_fixed_finding_leaves_a_stale_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, baseline = desk(tmp_path)
    check(article, "--baseline", baseline, "--update-baseline")
    article.write_text(
        article.read_text(encoding="utf-8").replace(f"智慧{STRAY}力量", "智慧和力量"), "utf-8"
    )
    capsys.readouterr()
    assert check(article, "--baseline", baseline) == 0
    (line,) = [x for x in capsys.readouterr().out.splitlines() if "stale" in x]
    assert line == (
        f"baseline {baseline}: 1 stale entries (no longer found; --update-baseline drops them): "
        "desk/a.txt stray/stray-word ' and ' -> '和'"
    )
    check(article, "--baseline", baseline, "--update-baseline")
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"] == []


def test_files_not_checked_keep_their_entries(tmp_path: Path) -> None:
    article, baseline = desk(tmp_path)
    other = tmp_path / "other.txt"
    other.write_text("标题\n\n正文 and 结束。\n", encoding="utf-8")
    check(article, other, "--baseline", baseline, "--update-baseline", "--fail-on", "info")
    paths = {e["path"] for e in json.loads(baseline.read_text("utf-8"))["findings"]}
    assert paths == {"desk/a.txt", "other.txt"}
    check(other, "--baseline", baseline, "--update-baseline", "--fail-on", "info")
    entries = json.loads(baseline.read_text("utf-8"))["findings"]
    assert {e["path"] for e in entries} == {"desk/a.txt", "other.txt"}


def test_baseline_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article, baseline = desk(tmp_path)
    assert check(article, "--update-baseline") == 2
    assert check(article, "--baseline", baseline) == 2
    assert "no such baseline; write it with --update-baseline" in capsys.readouterr().err
    baseline.write_text("[]", encoding="utf-8")
    assert check(article, "--baseline", baseline) == 2
    assert "not a Galley baseline" in capsys.readouterr().err
