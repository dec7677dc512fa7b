"""bench/english_heads.py: the runs of split-off words found in `pdftotext`'s text, and the
classes of a word-level difference."""

from __future__ import annotations

from collections import Counter

from bench.english_heads import classify, fragment_runs

READ = (
    "THE FEDERALIST PAPERS\n\n1\n\nFEDERALIST No. 70\nThe Executive Department\nConsidered\n"
    "From the New York Packet.\n\nFurther\n\nHAMILTON\nTo the People\n\f"
    "THE FEDERALIST PAPERS\n\n2\n\nbody text.\n"
)


def test_a_word_alone_between_blank_lines_is_a_run_and_a_repeated_head_is_not() -> None:
    assert fragment_runs(READ) == [["Further"]]


def test_the_classes() -> None:
    title = "THE FEDERALIST PAPERS"
    moved = Counter({"Further": 1})
    assert classify([], ["12"], title, Counter()) == "page number left in"
    assert classify([], ["FEDERALIST", "PAPERS"], title, Counter()) == "running head left in"
    assert classify(["Further"], [], title, moved) == "word moved (reading order)"
    assert classify(["co-operation."], ["cooperation."], title, Counter()) == "hyphen"
