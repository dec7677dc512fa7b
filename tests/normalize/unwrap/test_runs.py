"""A story set a cell or two under the text's measure makes regions (`unwrap.runs`)."""

from __future__ import annotations

from convert.normalize.unwrap.measure import Widths
from convert.normalize.unwrap.runs import narrower_runs

from ...support.normalized import paragraphs


def _wrapped(text: str, measure: int) -> list[str]:
    return [text[at : at + measure] for at in range(0, len(text), measure)]


# the blind damage model's narrow page (xwlb-20240501-0154, seed 1): a story in 11 under
# paragraphs in 12, the measure the text learns
IN_12 = _wrapped(
    "这个“五一”假期，踏青采茶、乡村采摘也是不错的选择。在河南郑州，游客们看昔日黄土沟变万亩樱桃园，"
    "采樱桃，住民宿，乡村游红红火火。",
    12,
) + _wrapped(
    "在江西萍乡，游客们乘坐竹筏，欣赏沿途湖光山色，感受户外活动的惬意。这个“五一”假期，文体旅融合引客来。",
    12,
)
STORY_IN_11 = (
    "这个“五一”假期，传统民俗体验吸引八方游客。云南弥勒市的东风韵特色小镇里跳起民族舞蹈，摆起文创非遗集市。"
    "在黑龙江绥化，游客赶大集，看皮影戏，体验非遗文化。在四川达州，土家儿女的龙游巴山民俗表演为大家带来别样的旅游体验。"
)
IN_11 = _wrapped(STORY_IN_11, 11)


def test_a_story_a_cell_narrower_is_not_cut_at_its_sentence_ends() -> None:
    found = paragraphs("\n".join([*IN_12, *IN_11]))
    assert found[-1] == STORY_IN_11
    assert len(found) == 3


def test_a_run_under_the_measure_after_a_sentence_end_makes_regions() -> None:
    assert narrower_runs([[*IN_12, *IN_11]], Widths(12, 0))
    assert narrower_runs([IN_12, IN_11], Widths(12, 0))  # (the story a block of its own)
    assert not narrower_runs([[*IN_12, *IN_11]], Widths(12, 0, guessed=True))
    assert not narrower_runs([[*IN_12, *IN_11]], Widths(15, 0))  # (three cells under or more)
    assert not narrower_runs([[*IN_12, *IN_11]], Widths(11, 0))  # (at the measure)
    assert not narrower_runs([[*IN_12, *IN_11[:4]]], Widths(12, 0))  # (four lines: no run)


def test_a_run_opening_inside_a_sentence_is_a_column_read_on() -> None:
    # (pdftotext across columns: a stretch of one column read on after the other's end)
    over = IN_12[:-1]  # (its last line ends no sentence)
    assert not narrower_runs([[*over, *IN_11]], Widths(12, 0))
    assert not narrower_runs([over, IN_11], Widths(12, 0))


def test_a_run_that_goes_on_at_the_measure_is_no_story_of_its_own() -> None:
    # (the line under the run is a line of the text's measure, not the story's last)
    assert not narrower_runs([[*IN_12, *IN_11[:6], IN_12[0]]], Widths(12, 0))
    assert narrower_runs([[*IN_12, *IN_11[:6], IN_11[-1]]], Widths(12, 0))


def test_lines_with_ascii_show_no_run() -> None:
    digits = [line[:-2] + "12" for line in IN_11]
    assert not narrower_runs([[*IN_12, *digits]], Widths(12, 0))
