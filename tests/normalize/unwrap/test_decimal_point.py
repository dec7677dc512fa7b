"""A figure's decimal point at a line's end: one figure cut by the wrap, not a full stop."""

from __future__ import annotations

import pytest

from convert.normalize.unwrap.decimal_point import decimal_point_cut


@pytest.mark.parametrize(
    ("line", "next_line"),
    [
        ("业减少成本456亿元，向58.", "8万户次企业发放稳岗资金3"),
        ("密集型服务进出口7332.6亿元，增长5.", "6%。其中知识密集型服务"),
        ("国内生产总值环比萎缩0.", "1%"),  # Han on one side is enough
        ("入园游客达３.", "５万人次。"),  # full-width digits
    ],
)
def test_a_figure_cut_after_its_decimal_point(line: str, next_line: str) -> None:
    assert decimal_point_cut(line, next_line)


@pytest.mark.parametrize(
    ("line", "next_line"),
    [
        ("同比增长5%。", "2024年，全国"),  # a full stop
        ("达到历史新高.", "2024年，全国"),  # an ASCII full stop after Han
        ("同比增长5.", "其中知识密集型"),  # the next line opens no digit
        ("see chapter 2.", "3 items follow"),  # no Han: English text decides otherwise
    ],
)
def test_other_line_ends_are_not_cut_figures(line: str, next_line: str) -> None:
    assert not decimal_point_cut(line, next_line)
