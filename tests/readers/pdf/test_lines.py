"""Characters into lines: spaces from the PDF's own space characters or from real gaps, never
between CJK characters from spacing alone, never around a digit in Chinese."""

from __future__ import annotations

from convert.readers.pdf.chars import SOFT_HYPHEN, Char
from convert.readers.pdf.lines import join_chars, rows, segments


def _line(spec: list[tuple[str, float]], y: float = 100.0, width: float = 10.0) -> list[Char]:
    """Characters at the given left edges, each `width` wide, on one baseline."""
    return [
        Char(t, x, y, x + (0 if t == " " else width), y + 12, False, "F", y + 10, 10)
        for t, x in spec
    ]


def _spaced(text: str, step: float, gap_after: dict[int, float] | None = None) -> list[Char]:
    x, spec = 0.0, []
    for i, ch in enumerate(text):
        spec.append((ch, x))
        x += step + (gap_after or {}).get(i, 0.0)
    return _line(spec, width=step)


def test_cjk_characters_are_joined_without_spaces_even_with_spacing_between_them() -> None:
    # LibreOffice justifies Chinese by spreading white evenly between all the characters
    chars = _spaced("全国各地欢度节日", 10.0, {i: 0.8 for i in range(7)})
    assert join_chars(chars) == ("全国各地欢度节日", False)


def test_a_gap_that_stands_out_between_cjk_characters_is_a_space() -> None:
    chars = _spaced("目标乌称", 10.0, {1: 4.0})  # a headline's `目标 乌称`
    assert join_chars(chars)[0] == "目标 乌称"


def test_the_engines_gaps_around_digits_in_chinese_are_not_spaces() -> None:
    spec = [
        ("2", 0),
        ("0", 6),
        ("2", 12),
        ("5", 18),
        (" ", 24),
        ("年", 26),
        (" ", 36),
        ("6", 38),
        ("月", 44),
    ]
    assert join_chars(_line(spec))[0] == "2025年6月"


def test_latin_words_get_the_space_their_gap_shows() -> None:
    spec = [("I", 0), ("t", 4), ("i", 13), ("s", 17)]  # a 5-point gap between `It` and `is`
    assert join_chars(_line(spec, width=4))[0] == "It is"


def test_a_soft_hyphen_at_the_line_end_is_reported_not_kept() -> None:
    spec = [("d", 0), ("i", 5), ("n", 10), (SOFT_HYPHEN, 15)]
    assert join_chars(_line(spec, width=5)) == ("din", True)


def test_rows_follow_baselines_so_a_lower_box_stays_in_its_row() -> None:
    chars = _spaced("日前_雄安", 10.0)
    comma = Char("，", 20.0, 101.2, 30.0, 111.0, False, "F", 110.0, 10)  # another font's box
    rows_found = rows([*chars[:2], comma, *chars[3:]])
    assert ["".join(c.text for c in row) for row in rows_found] == ["日前，雄安"]


def test_a_gutter_cuts_a_row_into_segments() -> None:
    left = _spaced("左栏文字", 10.0)
    right = [Char(c.text, c.x0 + 80, c.y0, c.x1 + 80, c.y1, False, "F", c.base, 10) for c in left]
    assert [s.text for s in segments(left + right)] == ["左栏文字", "左栏文字"]
