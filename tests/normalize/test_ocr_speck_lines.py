"""A `.` at a line's end is judged as one between Han where the page marks its paragraphs."""

from __future__ import annotations

from convert.config import Config
from convert.normalize.context import Context
from convert.normalize.ocr_speck import remove_specks
from convert.normalize.ocr_speck_lines import marks_paragraphs

from ..support.normalized import applied


def removed(text: str) -> str:
    return applied(text, remove_specks(text, Config(), Context()))


def test_a_wrapped_line_s_last_speck_goes_where_paragraphs_are_marked() -> None:
    page = (
        "    会议强调，确立中非全面战.\n略合作伙伴关系新定位，提出新举措。\n"
        "    党和人民取得的一.\n切成就都是团结奋斗的结果。\n"
    )
    assert removed(page) == (
        "    会议强调，确立中非全面战\n略合作伙伴关系新定位，提出新举措。\n"
        "    党和人民取得的一\n切成就都是团结奋斗的结果。\n"
    )


def test_a_line_s_last_stop_stays_where_a_paragraph_may_be_a_line() -> None:
    page = "会议强调，确立中非全面战.\n略合作伙伴关系新定位。\n两国关系迈上新的台阶.\n段性成果陆续显现。\n"
    assert removed(page) == page


def test_blank_lines_and_indents_mark_paragraphs() -> None:
    assert marks_paragraphs("标题\n\n正文。\n")
    assert marks_paragraphs("标题\r\n\r\n正文。\r\n")
    assert marks_paragraphs("\u3000\u3000正文。\n\u3000\u3000又一段。\n")
    assert not marks_paragraphs("第一段。\n第二段。\n")
