"""Decisions through the command line: convert and check honour them, explain shows them."""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.cli import main
from convert.decisions import Decisions, StructureDecision, decide, format_decisions
from convert.run.pipeline import prepare

TEXT = "第一段的文字,写得很长。\n\n她说,再见。\n\n这是另一段话,不必理会。\n\n结尾的话,就此打住。\n"


def _desk(tmp_path: Path, text: str = TEXT) -> Path:
    desk = tmp_path / "desk"
    desk.mkdir(parents=True, exist_ok=True)
    (desk / "a.txt").write_text(text, encoding="utf-8")
    return desk / "a.txt"


def _decide(source: Path, line: int, verdict: str, structure: tuple[StructureDecision, ...] = ()):  # type: ignore[no-untyped-def]
    prepared = prepare(source)
    assert prepared.normalized is not None
    change = next(c for c in prepared.normalized.changes if c.line == line)
    decisions = Decisions((decide(change, prepared.normalized.source, verdict),), structure)  # type: ignore[arg-type]
    source.with_name("a.txt.decisions.toml").write_bytes(format_decisions(decisions, "a.txt"))


def test_convert_keeps_the_rejected_source_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _desk(tmp_path)
    _decide(source, 3, "reject")
    assert main(["convert", str(source.parent), "-o", str(tmp_path / "out"), "-t", "xml"]) == 0
    xml = (tmp_path / "out" / "a.xml").read_text(encoding="utf-8")
    assert "她说,再见" in xml and "这是另一段话，不必理会" in xml
    review = (tmp_path / "out" / "a.review.html").read_text(encoding="utf-8")
    assert "Rejected changes (not in the output)" in review and "rejected by decision 1" in review
    assert "<select" not in review  # the static page has no controls
    assert main(["explain", str(source)]) == 0
    out = capsys.readouterr().out
    assert "',' -> '，' — ASCII ',' in Chinese text [rejected by decision 1]" in out
    assert "decisions: " in out and "0 stale" in out


def test_source_edited_elsewhere_the_decision_still_applies(tmp_path: Path) -> None:
    source = _desk(tmp_path)
    _decide(source, 3, "reject")
    source.write_text("新的开头,加在前面。\n\n" + TEXT.replace("不必理会", "不用理会"), "utf-8")
    assert main(["convert", str(source), "-o", str(tmp_path / "out"), "-t", "xml"]) == 0
    xml = (tmp_path / "out" / "a.xml").read_text(encoding="utf-8")
    assert "她说,再见" in xml and "新的开头，加在前面" in xml


def test_stale_decision_is_a_warning_in_check_and_listed_by_explain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    source = _desk(tmp_path)
    _decide(source, 3, "reject", (StructureDecision("heading", "没有这一行"),))
    source.write_text(TEXT.replace("她说,再见", "她说：再见"), encoding="utf-8")
    assert main(["check", str(source)]) == 1
    out = capsys.readouterr().out
    assert out.count("decisions/stale-decision") == 2
    assert "change decision 1 (reject cjk-comma ',' -> '，'" in out
    main(["explain", str(source)])
    out = capsys.readouterr().out
    assert "2 stale" in out and "stale: structure decision 1 ('没有这一行' is heading)" in out
    assert main(["convert", str(source), "-o", str(tmp_path / "out"), "-t", "xml"]) == 0
    assert "structure decision 1 ('没有这一行' is heading) matches nothing" in caplog.text


def test_accepted_changes_drop_out_of_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _desk(tmp_path)
    assert main(["check", "--show", "info", "--format", "github", str(source)]) == 0
    before = capsys.readouterr().out
    _decide(source, 3, "accept")
    assert main(["check", "--show", "info", "--format", "github", str(source)]) == 0
    after = capsys.readouterr().out
    assert "a.txt,line=3," in before and "a.txt,line=3," not in after
    assert before.count("::notice") == after.count("::notice") + 1


def test_a_changed_decisions_file_rebuilds_an_unchanged_source(tmp_path: Path) -> None:
    source = _desk(tmp_path)
    out = tmp_path / "out"
    assert main(["convert", str(source.parent), "-o", str(out), "-t", "xml"]) == 0
    assert "她说，再见" in (out / "a.xml").read_text(encoding="utf-8")
    _decide(source, 3, "reject")
    assert main(["convert", str(source.parent), "-o", str(out), "-t", "xml"]) == 0
    assert "她说,再见" in (out / "a.xml").read_text(encoding="utf-8")


def test_a_flag_accepted_or_rejected_is_no_longer_reported(tmp_path: Path) -> None:
    flagged = "昨天上午，北京 zxq 上海的干部参加了学习会。\n"
    for verdict in ("accept", "reject"):
        source = _desk(tmp_path / verdict, flagged)
        assert main(["check", str(source)]) == 1  # the kept stray word is a warning
        _decide(source, 1, verdict)
        assert main(["check", str(source)]) == 0
        out = tmp_path / verdict / "out"
        assert main(["convert", str(source), "-o", str(out), "-t", "xml"]) == 0
        assert "北京 zxq 上海" in (out / "a.xml").read_text(encoding="utf-8")


def test_a_rich_input_with_decisions_is_refused_not_silently_converted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.md"
    source.write_text("# 标题\n\n他说,好的。\n", encoding="utf-8")
    (tmp_path / "a.md.decisions.toml").write_text("", encoding="utf-8")
    assert main(["convert", str(source), "-o", str(tmp_path / "out"), "-t", "html"]) == 1
    assert "decisions are not honoured for Markdown" in capsys.readouterr().err
    assert not (tmp_path / "out" / "a.html").exists()
