"""The ocr-space pass: OCR's lone spaces between Han go; a writer's pauses and names stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.config import Config
from convert.normalize import normalize
from convert.normalize.context import Context
from convert.normalize.ocr_space import (
    CLOSERS,
    MEASURE_RANK,
    OPENERS,
    SOURCE_LINE_END_RE,
    _bracketed,
    _measure,
    _origin_measure,
    remove_prose_gaps,
)

from ..support.normalized import applied


def removed(text: str) -> str:
    return applied(text, remove_prose_gaps(text, Config(), Context()))


def test_a_space_inside_a_sentence_goes() -> None:
    text = "习近平主席倡 导携手建设和平、稳定、繁荣的美好家园，共同应对挑 战。\n"
    assert removed(text) == "习近平主席倡导携手建设和平、稳定、繁荣的美好家园，共同应对挑战。\n"


def test_a_space_that_cuts_a_short_word_goes_from_a_headline() -> None:
    assert removed("习近平举行仪 式欢迎贝宁总统访华\n") == "习近平举行仪式欢迎贝宁总统访华\n"
    assert removed("天 安门广场举行元旦升国旗仪式\n") == "天安门广场举行元旦升国旗仪式\n"


def test_pauses_names_and_quoted_titles_stay() -> None:
    kept = (
        "凝心聚力抓落实 团结奋进谱新篇\n"  # a headline's pause
        "两部门推进社区适老化 适儿化改造\n"
        "主题是“药品安全 监管为民”。各地将开展宣传活动。\n"  # a quoted title's pause
        "本报记者 高静杰 罗国 何国桂\n"  # a byline's names
        "总理本雅明·内塔尼亚胡表示，双方将继续合作。\n"  # a foreign name's dot
        "美军称击毙本·拉登，消息在当天晚间得到了白宫方面的证实。\n"  # one the segmenter reads as a word
        "头条新闻：联合国秘书长阿·古当天在纽约总部发表讲话。\n"
    )
    assert removed(kept) == kept


def test_a_captions_pause_and_a_joined_subheads_pause_stay() -> None:
    caption = "图为新华社播发：迈上新征程 现场画面。\n"  # a short line: a caption quoting a title
    assert removed(caption) == caption
    joined = "黄渤海开渔 多部门护航渔船出海作业，今天12时，在北纬35度以北我国管辖的渤海和黄海海域开渔。\n"
    assert removed(joined) == joined  # a subhead's pause before the paragraph's first mark


def test_japanese_text_is_left_alone() -> None:
    text = "安倍 晋三首相は東京で記者会見を行った。\n"
    assert removed(text) == text


def test_the_pass_runs_in_normalize() -> None:
    assert (
        normalize(
            "大会指出，我们胜利召开党 的二十大，擘画了全面建设社会主义现代化国家的宏伟蓝图，吹响了奋进新征程的号角。\n"
        ).text
        == "大会指出，我们胜利召开党的二十大，擘画了全面建设社会主义现代化国家的宏伟蓝图，吹响了奋进新征程的号角。\n"
    )


def test_a_space_leaving_a_part_of_one_or_two_goes_from_a_headline() -> None:
    # the short part goes with its shorter neighbour: the other space is the headline's pause
    assert (
        removed("李克强主持召开国务院党组 会议 学习贯彻党的二十届二中全会精神\n")
        == "李克强主持召开国务院党组会议 学习贯彻党的二十届二中全会精神\n"
    )
    assert removed("各地推出特色活动 假日 生活丰富多彩\n") == "各地推出特色活动 假日生活丰富多彩\n"


def test_a_headlines_pauses_stay_and_a_bylines_names_too() -> None:
    kept = (
        "新时代 新征程 新伟业\n"  # a slogan's parts of three
        "本报记者 曹平\n"  # not the first line: a byline's parts
    )
    assert removed(kept) == kept
    assert removed("凝心聚力抓落实 团结奋进谱新篇\n") == "凝心聚力抓落实 团结奋进谱新篇\n"


def test_a_space_inside_a_quote_that_leaves_a_short_part_goes() -> None:
    text = "会议强调，要形成既“放 得活”又“管得住”的经济秩序，推动高质量发展取得新成效。\n"
    assert removed(text) == text.replace("放 得", "放得")
    nested = "中央广播电视总台还同步举办了“沪上‘拼’单 美好生活”直播活动，吸引了众多观众参与互动。\n"
    assert removed(nested) == nested  # a nested quote's marks end no part


def test_a_space_in_a_short_sentence_that_leaves_a_short_part_goes() -> None:
    assert removed("两国元首共同出席了签字 仪式。\n") == "两国元首共同出席了签字仪式。\n"


def test_a_short_sentence_after_the_gap_is_no_joined_headline() -> None:
    text = "新征程是 充满光荣和梦想的远征。大家表示，习近平主席的新年贺词凝聚奋进的力量，明天的中国一定更美好。\n"
    assert removed(text) == text.replace("是 充", "是充")


def test_a_word_of_four_cut_at_its_centre_goes_from_a_headline() -> None:
    assert removed("中国人民抗日 战争暨世界反法西斯战争胜利纪念活动\n") == (
        "中国人民抗日战争暨世界反法西斯战争胜利纪念活动\n"
    )


def test_a_space_in_a_storys_first_line_with_its_clause_marks_goes() -> None:
    # (the line as read holds a comma: no headline's line, though no mark stands before the gap)
    text = "要闻\n\n蔡奇对年轻干部提出 希望和要求：要加强理论学习，掌握看家本领，最根本、最紧要的就是深学细悟。\n"
    assert normalize(text).text == text.replace("提出 希望", "提出希望")


def test_a_space_that_cuts_one_phrase_goes_from_a_headline() -> None:
    # a part ending on a preposition, one opening on a particle, a name alone as a part
    assert (
        removed("李克强同 国际货币基金组织总裁通电话\n") == "李克强同国际货币基金组织总裁通电话\n"
    )
    assert removed("全国政协党组召开会议传达学习贯彻习近平总书记在全会上 的重要讲话\n") == (
        "全国政协党组召开会议传达学习贯彻习近平总书记在全会上的重要讲话\n"
    )
    assert removed("李克强 主持上海合作组织成员国政府首脑理事会\n") == (
        "李克强主持上海合作组织成员国政府首脑理事会\n"
    )


def test_a_headlines_pauses_between_whole_phrases_stay() -> None:
    for kept in (
        "迎接新学期 全国中小学陆续开学\n",
        "央视快评：牢记初心使命 顽强拼搏进取 奋力跑好历史的接力棒\n",  # an adverb opens a part
        "全国政协十四届常委会第十四次会议举行全体会议 王沪宁出席\n",
        "习近平在中共中央政治局第十二次集体学习时强调 大力推动我国新能源高质量发展\n",
    ):
        assert removed(kept) == kept


# a story whose prose holds OCR's spaces
STORY = (
    "\n\n央视网消息（新闻联播）：3月1日，国家主席习近平致电祝贺赫里斯托祖利季斯就任塞浦路斯共和国总统。"
    "习近平指出，中塞战略伙伴 关系保持高水平发展，两国友谊历久 弥坚，政治互信持续深化。\n"
)


def test_a_headlines_space_its_story_restates_without_goes_in_an_ocrd_file() -> None:
    text = "习近平致电祝贺 赫里斯托祖利季斯就任塞浦路斯总统" + STORY
    assert normalize(text).text.startswith("习近平致电祝贺赫里斯托祖利季斯就任塞浦路斯总统\n")


def test_a_restated_headlines_space_stays_in_a_file_without_ocr_spaces() -> None:
    clean = "习近平致电祝贺 赫里斯托祖利季斯就任塞浦路斯总统" + STORY.replace(
        "伙伴 关系", "伙伴关系"
    ).replace("历久 弥坚", "历久弥坚")
    assert normalize(clean).text.startswith("习近平致电祝贺 赫里斯托")


def test_a_space_that_cuts_a_phrase_inside_a_quoted_title_goes() -> None:
    text = "与会同志认真学习了《习近平总书记在全会上 的重要讲话》，一致表示要把思想统一到党中央决策部署上来。\n"
    assert removed(text) == text.replace("全会上 的", "全会上的")


def test_a_file_with_lone_cr_line_ends_is_read_line_by_line_as_a_second_run_reads_it() -> None:
    # the headline test read the file as read split at LF only: a file of lone CRs was one line
    # holding a `。`, so the first run kept the gap and the second (its output has LFs) took it
    # (Hypothesis's `normalize(normalize(x)) == normalize(x)` found it)
    for source in ("。\r本报记者 的", "。\n本报记者 的", "。\r\n本报记者 的"):
        once = normalize(source).text
        assert once.endswith("本报记者的"), source
        assert normalize(once).text == once


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="甲乙 \t\r\n\x0c\u3000", max_size=60))
def test_the_measure_is_the_rank_of_the_lines_lengths(text: str) -> None:
    # (measured by C loops; the pattern's split is the definition)
    lengths = sorted(
        len(line.strip()) for line in SOURCE_LINE_END_RE.split(text) if line.strip()
    )
    assert _measure(text) == (lengths[int(MEASURE_RANK * (len(lengths) - 1))] if lengths else 0)


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="甲《》“”（）()【】", max_size=30), data=st.data())
def test_bracketed_counts_the_marks_as_a_walk_of_every_character_does(
    text: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(0, len(text)))
    depth = 0
    for char in text[:at]:
        if char in OPENERS:
            depth += 1
        elif char in CLOSERS and depth:
            depth -= 1
    assert _bracketed(text, at) == (depth > 0)


def test_the_files_measure_is_found_once_a_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """`_origin_measure` is `_measure` of the file as read, measured at the first ask only (no
    edit changes the file as read; each later round asked it again)."""
    from convert.normalize import ocr_space

    calls: list[str] = []
    monkeypatch.setattr(ocr_space, "_measure", lambda source: calls.append(source) or 7)
    context = Context()
    context.origin = ("甲乙\n丙丁\n", None)  # type: ignore[assignment]
    assert [_origin_measure(context), _origin_measure(context)] == [7, 7]
    assert calls == ["甲乙\n丙丁\n"]
    assert _origin_measure(Context()) == 0  # (no file as read: never asked by the pass)
