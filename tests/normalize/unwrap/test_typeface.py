"""The Latin face a typeset text was set in, told from its wrapped lines (`unwrap.typeface`)."""

from __future__ import annotations

import itertools

import pytest

from convert.normalize.unwrap import typeface
from convert.normalize.unwrap.measure import Widths, latin_width
from convert.normalize.unwrap.typeface import choose_face, face_width, learn_indent

from ...conftest import REPO

# `pdftotext` (default mode) of Pride and Prejudice's Word PDF (the shared corpus's
# 1342-pdf.pdf, public domain), chapters 8 and 9: Times New Roman 12 pt, justified, paragraphs
# indented 12 pt; `pdftotext -bbox-layout` puts the text between x = 84.26 and 527.7 pt
WORD_PDF = REPO / "tests/fixtures/pdftotext/pp-word-ch8.txt"
MEASURE_EMS = (527.7 - 84.264) / 12


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _set(words: list[str], face: str, measure: float) -> list[str]:
    """The words set greedily in `face` to `measure` (ems), as a word processor wraps."""
    lines, line = [], ""
    for word in words:
        tried = f"{line} {word}" if line else word
        if line and face_width(face, tried) > measure:
            lines.append(line)
            tried = word
        line = tried
    return lines


def test_the_face_of_a_word_pdf_and_its_measure_are_learnt_from_its_lines() -> None:
    lines = _lines(WORD_PDF.read_text(encoding="utf-8"))
    face, measure, widths = choose_face(lines, [latin_width(line) for line in lines])
    assert face == "times"  # Liberation Serif's widths: Times New Roman's
    assert abs(measure - MEASURE_EMS) < 0.003 * MEASURE_EMS
    # the 12 pt indent is 1 em; the estimate errs wide (a paragraph's first line that happens
    # to stop short of its measure), never narrow
    assert 1.0 <= learn_indent(measure, lines, widths) < 1.6


def test_another_face_is_told_apart() -> None:
    words = WORD_PDF.read_text(encoding="utf-8").split()
    lines = _set(words, "dejavu-sans", 30.0)
    face, measure, _ = choose_face(lines, [latin_width(line) for line in lines])
    assert face == "dejavu-sans"
    assert 29.5 < measure <= 30.0
    # too few lines to tell (the approximate metric stays)
    assert choose_face(lines[:60], [latin_width(line) for line in lines[:60]])[0] == ""


def test_no_face_where_none_of_the_tables_fits() -> None:
    # lines set in characters (a typewriter's wrap) are as even in every face: none stands out
    words = WORD_PDF.read_text(encoding="utf-8").split()
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > 70:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    assert choose_face(lines, [latin_width(line) for line in lines])[0] == ""


def test_a_first_line_is_measured_less_its_indent() -> None:
    # the paragraph's first line, indented in print: `She` fits the measure but not the
    # indented line, so the line is a wrap (chapter 3; Galley ended the paragraph there)
    widths = Widths(0, MEASURE_EMS, face="times", indent=1.2)
    line = "Here she was interrupted again. Mr. Bennet protested against any description of finery."
    following = "She was therefore obliged to seek another branch of the subject, and related,"
    assert widths.is_short(line, following)
    assert not widths.is_short(line, following, opening=True)


def test_a_layout_line_is_measured_with_single_spaces() -> None:
    assert face_width("times", "a  b   c") == face_width("times", "a b c")


def test_lines_run_together_by_pdftotext_do_not_hide_the_face_or_its_measure() -> None:
    # a hyphenated line end comes out joined to the next line; 2 % of such lines, twice the
    # measure long, made the 99th percentile one of them and no face stood out
    words = WORD_PDF.read_text(encoding="utf-8").split()
    lines = _set(words, "dejavu-sans", 30.0)
    pairs = enumerate(itertools.pairwise(lines))
    joined = [f"{a}{b}" if i % 40 == 0 else a for i, (a, b) in pairs]
    assert sum(face_width("dejavu-sans", line) > 45 for line in joined) * 100 > 2 * len(joined)
    face, measure, _ = choose_face(joined, [latin_width(line) for line in joined])
    assert face == "dejavu-sans"
    assert 29.5 < measure <= 30.0


def test_lines_run_together_with_a_short_line_do_not_hide_the_measure() -> None:
    # a salutation or a dash's line run into the next: over the measure but not twice it; 2 %
    # of such lines made the 99th percentile one of them, well past the wrapped lines' pile
    words = WORD_PDF.read_text(encoding="utf-8").split()
    lines = _set(words, "helvetica", 25.0)
    joined = [f"MY DEAR FRIEND,-{line}" if i % 40 == 0 else line for i, line in enumerate(lines)]
    longest = max(face_width("helvetica", line) for line in joined)
    median = sorted(face_width("helvetica", line) for line in joined)[len(joined) // 2]
    assert longest < 1.5 * median  # (not run together by `RUN_TOGETHER`'s test)
    top = typeface._percentile(sorted(face_width("helvetica", line) for line in joined), 0.99)
    assert top > 26
    _, measure, _ = choose_face(joined, [latin_width(line) for line in joined])
    assert 24.5 < measure <= 25.0


def test_lines_run_together_at_a_dash_are_left_out_of_the_measure() -> None:
    # a dash written `--` that ended a printed line: `pdftotext` drops one hyphen and runs the
    # next line on (`out-“Oh, my dear Eliza!…`: the paragraph's last line was `out--`), a
    # line a little over the measure; in a short text two of them made the 99th percentile
    words = WORD_PDF.read_text(encoding="utf-8").split()
    lines = _set(words, "dejavu-sans", 27.0)[:160]
    full = [i for i, line in enumerate(lines) if face_width("dejavu-sans", line) > 26.5][:2]
    joined = [f"out-\u201c{line}" if i in full else line for i, line in enumerate(lines)]
    assert 27.0 < sorted(face_width("dejavu-sans", line) for line in joined)[158] < 1.15 * 27
    face, measure, _ = choose_face(joined, [latin_width(line) for line in joined])
    assert face == "dejavu-sans"
    assert 26.5 < measure <= 27.0


def _typewritten(words: list[str], columns: int) -> list[str]:
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > columns:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines


def test_of_faces_nearly_as_sharp_the_wraps_tell_which(monkeypatch: pytest.MonkeyPatch) -> None:
    # every face as sharp as another: the one after whose certain wraps (the next line opens
    # in lowercase, the line before finishes no sentence) the next word never fits is chosen
    monkeypatch.setattr(typeface, "SHARPER", 0.0)
    lines = _lines(WORD_PDF.read_text(encoding="utf-8"))
    face, measure, _ = choose_face(lines, [latin_width(line) for line in lines])
    assert face == "times"
    assert abs(measure - MEASURE_EMS) < 0.003 * MEASURE_EMS
    office = _lines((WORD_PDF.parent / "federalist-09-office.txt").read_text(encoding="utf-8"))
    assert choose_face(office, [latin_width(line) for line in office])[0] == "dejavu-serif"
    # lines wrapped at a column count: the next word fits after many wraps in every face
    typed = _typewritten(WORD_PDF.read_text(encoding="utf-8").split(), 70)
    assert choose_face(typed, [latin_width(line) for line in typed])[0] == ""


def test_the_wraps_are_tested_on_neighbouring_lines_in_a_long_text() -> None:
    # a long text tests every n-th wrap, each with its own neighbours
    lines = _lines(WORD_PDF.read_text(encoding="utf-8"))

    def share(lines: list[str], step: int, face: str) -> float:
        widths = [face_width(face, line) for line in lines[::step]]
        return typeface._fitting_share(lines, step, face, widths)

    assert share(lines, 2, "times") < typeface.MOST_FITTING
    assert share(lines, 2, "helvetica") > 2 * typeface.MOST_FITTING
    assert share(lines, 1, "times") < typeface.MOST_FITTING
    assert share(lines[:30], 1, "times") == 1.0  # too few wraps to tell


def test_an_indent_from_few_paragraphs_is_estimated_apart() -> None:
    # 15 paragraph openings: too few to learn the indent (20), enough to estimate it (8)
    every = _lines(WORD_PDF.read_text(encoding="utf-8"))
    _, measure, widths = choose_face(every, [latin_width(line) for line in every])
    lines = every[:60]
    assert learn_indent(measure, lines, widths[:60]) == 0.0
    assert 1.0 <= learn_indent(measure, lines, widths[:60], typeface.FEW_OPENINGS) < 1.6


def test_an_unsure_indent_measures_only_a_first_line_that_finishes_a_sentence() -> None:
    widths = Widths(0, MEASURE_EMS, face="times", unsure_indent=1.2)
    line = "Here she was interrupted again. Mr. Bennet protested against any description of finery."
    following = "She was therefore obliged to seek another branch of the subject, and related,"
    assert not widths.is_short(line, following, opening=True, finished=True)
    assert widths.is_short(line, following, opening=True)  # a title's line: measured in full
    assert widths.is_short(line, following, finished=True)  # not the paragraph's first line
    # a learnt indent is the indent wherever the line opens its paragraph
    learnt = Widths(0, MEASURE_EMS, face="times", indent=1.2, unsure_indent=0.1)
    assert not learnt.is_short(line, following, opening=True)


def test_the_sharpest_face_is_overruled_where_its_wraps_fit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Times made the sharpest by far (`_sharpness` faked: the metrics are asked in the order
    # approximate, then `FACES`) for lines set in DejaVu Serif: 23 % of its certain wraps
    # would have fitted, DejaVu Serif's 2 %, and DejaVu Serif is chosen
    asked = iter(range(10))
    monkeypatch.setattr(typeface, "_sharpness", lambda values: 0.001 if next(asked) == 1 else 0.01)
    office = _lines((WORD_PDF.parent / "federalist-09-office.txt").read_text(encoding="utf-8"))
    assert choose_face(office, [latin_width(line) for line in office])[0] == "dejavu-serif"


def test_the_sharpest_face_is_overruled_where_another_s_wraps_clearly_fit_fewer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Times the sharpest by far, 4 % of its certain wraps fitting (under `MOST_FITTING`), DejaVu
    # Serif's 0.5 %, the others' 10 %: DejaVu Serif (federalist-041, bench/english_books.py)
    asked = itertools.cycle(range(5))  # (the approximate metric, then the four faces)
    monkeypatch.setattr(typeface, "_sharpness", lambda values: 0.001 if next(asked) == 1 else 0.01)
    shares = {"times": 0.04, "dejavu-serif": 0.005}
    monkeypatch.setattr(
        typeface, "_fitting_share", lambda lines, step, face, widths: shares.get(face, 0.1)
    )
    office = _lines((WORD_PDF.parent / "federalist-09-office.txt").read_text(encoding="utf-8"))
    assert choose_face(office, [latin_width(line) for line in office])[0] == "dejavu-serif"
    # no face's wraps clearly fewer (DejaVu Serif's not under half of Times'): the sharpest
    shares["dejavu-serif"] = 0.03
    assert choose_face(office, [latin_width(line) for line in office])[0] == "times"


def test_of_faces_nearly_as_sharp_the_one_both_tests_agree_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Times and DejaVu Serif nearly as sharp, Times' wraps fitting 2.2 %, DejaVu Serif's 3.2 %
    # (not under half: no face's clearly fewest): Times, the sharpest and the fewest fitting
    # (federalist-006, bench/english_books.py)
    sharp = itertools.cycle([0.035, 0.0058, 0.0142, 0.0059, 0.0074])  # approximate, FACES
    monkeypatch.setattr(typeface, "_sharpness", lambda values: next(sharp))
    shares = {"times": 0.022, "helvetica": 0.151, "dejavu-serif": 0.032, "dejavu-sans": 0.07}
    monkeypatch.setattr(typeface, "_fitting_share", lambda lines, step, face, widths: shares[face])
    lines = _lines(WORD_PDF.read_text(encoding="utf-8"))
    assert choose_face(lines, [latin_width(line) for line in lines])[0] == "times"
    # the two tests disagree (DejaVu Serif's wraps fit fewest): no face
    shares["dejavu-serif"] = 0.02
    assert choose_face(lines, [latin_width(line) for line in lines])[0] == ""
    # they agree, but too many of the face's wraps fit (a ragged text): no face
    shares.update({"times": 0.12, "dejavu-serif": 0.15})
    assert choose_face(lines, [latin_width(line) for line in lines])[0] == ""
