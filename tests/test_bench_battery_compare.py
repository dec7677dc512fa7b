"""bench/battery_compare.py: which lines of a battery fell against another's."""

from __future__ import annotations

from pathlib import Path

from bench.battery_compare import compare, main

OLD = """\
narrow tuning              articles  835  block F1 0.9471  CER 0.00077  title right  99.2 %
narrow held-out            articles  790  block F1 0.9520  CER 0.00068  title right  99.2 %
  autospace held-out       articles  464  block F1 0.9523  CER 0.00107  title right  98.9 %
"""


def _battery(folder: Path, text: str) -> Path:
    folder.mkdir()
    (folder / "blind0.txt").write_text(text, encoding="utf-8")
    return folder


def test_a_held_out_line_that_fell_is_named_and_a_rise_is_not(tmp_path: Path) -> None:
    old = _battery(tmp_path / "old", OLD)
    new = _battery(
        tmp_path / "new",
        OLD.replace("F1 0.9520  CER 0.00068", "F1 0.9519  CER 0.00068").replace(
            "0.9523  CER 0.00107", "0.9530  CER 0.00101"
        ),
    )
    found = compare(old, new, tuning=False)
    assert len(found) == 1 and found[0].startswith("blind0.txt [held-out/pooled] F1\n")
    assert main([str(old), str(new)]) == 1
    assert main([str(new), str(old)]) == 1  # the autospace line falls the other way
    assert compare(old, old, tuning=True) == []


def test_a_cer_that_rose_falls_and_tuning_lines_only_with_all(tmp_path: Path) -> None:
    old = _battery(tmp_path / "old", OLD)
    new = _battery(tmp_path / "new", OLD.replace("0.9471  CER 0.00077", "0.9471  CER 0.00080"))
    assert compare(old, new, tuning=False) == []
    (entry,) = compare(old, new, tuning=True)
    assert entry.startswith("blind0.txt [tuning] CER")


def test_a_bench_missing_from_the_new_battery_is_reported(tmp_path: Path) -> None:
    old = _battery(tmp_path / "old", OLD)
    new = tmp_path / "new"
    new.mkdir()
    assert compare(old, new, tuning=False) == [f"blind0.txt: missing in {new}"]
