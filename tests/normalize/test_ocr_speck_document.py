"""The ocr-speck pass's tests of a `.` or `·` by the text's own words and a `.` by the clause it
would end: a pair the text writes joined elsewhere, a clause of two characters after a comma."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.config import Config
from convert.normalize.context import Context
from convert.normalize.ocr_speck import remove_specks
from convert.normalize.ocr_speck_document import joined_pairs_in, spellings_of


def taken(text: str) -> list[str]:
    return [text[e.start - 2 : e.end + 2] for e in remove_specks(text, Config(), Context())]


def test_two_words_the_text_writes_joined_elsewhere_lose_the_mark_between() -> None:
    text = (
        "新通道班列运转良好，每周发运十列西部.陆海新通道铁海联运班列增至每周十列。"
        "西部陆海新通道建设加快。"
    )
    assert taken(text) == ["西部.陆海"]
    text = "会议通过了干部人选建议.名单，各方一致赞成。干部人选建议名单已经公示。"
    assert taken(text) == ["建议.名单"]
    # a headline's line, where the tagger's tests of a `·` are not asked
    text = "新版国家医保药品·目录今起落地实施\n\n记者了解到，新版国家医保药品目录今起落地实施。"
    assert taken(text) == ["药品·目录"]


def test_a_stop_or_a_dot_the_text_does_not_write_joined_stays() -> None:
    # the pair stands joined nowhere else
    assert taken("新通道班列运转良好，每周发运十列西部.陆海新通道铁海联运班列增至每周十列。") == []
    # a name beside the stop: a sentence may end before one the text writes after a title
    assert taken("祝贺他再次就任以色列总理.李克强在贺电中表示。以色列总理李克强致电。") == []
    # a word of one character beside it (`了孔乙己` stands in a novel's every chapter)
    assert taken("叫他鈔書的人也沒有了.孔乙己沒有法。大家也都忘卻了孔乙己。") == []
    # a name's dot
    assert taken("习近平致电本雅明·内塔尼亚胡，祝贺他就任以色列总理。内塔尼亚胡表示感谢。") == []


def test_a_stop_ending_a_clause_of_two_characters_after_a_comma_goes() -> None:
    assert taken("央视网消息（新闻联播）：当地时间11月1日上午，国家.主席习近平出席会议。") == [
        "国家.主席"
    ]
    text = "进“四个全面”战略布局，完整准确全\n面贯彻新发展理念，加快.构建新发展格局。"
    assert taken(text) == ["加快.构建"]


def test_a_short_clause_an_utterance_or_a_gloss_may_end_stays() -> None:
    assert taken("他说：“好，走.我们回家吧。”") == []
    assert taken("遠遠地跟著，站著.這時候，小朋友們都走了。") == []
    assert taken("竹簡；帛，絹綢.我國古代未發明造紙術。") == []
    # a clause of three: zh-news-xwlb's own stop
    assert taken("的生态美景。\n\n天上飞，地上游.在山西吕梁，游客乘上游船穿行在峡谷间。") == []


def test_a_dot_inside_a_name_the_text_writes_whole_elsewhere_goes() -> None:
    # the tagger reads the name's characters alone, or a person's: `written_joined` leaves it
    text = (
        "习近平致电祝贺德拉埃·斯普列亚当选哥伦比亚总统\n\n"
        "习近平致电德拉埃斯普列亚，祝贺他当选哥伦比亚共和国总统。"
    )
    assert taken(text) == ["拉埃·斯普"]
    # one character before the dot, three after
    text = "此前，快速支援部队还宣布，控制了南·达尔富尔州首府。南达尔富尔州局势紧张。"
    assert taken(text) == ["了南·达尔"]


def test_a_name_s_dot_stays_where_the_text_writes_the_name_dotted_or_in_part() -> None:
    text = "习近平致电本雅明·内塔尼亚胡，祝贺他就任总理。本雅明·内塔尼亚胡表示感谢，内塔尼亚胡说。"
    assert taken(text) == []
    # three characters joined are not enough (`南达尔`)
    assert taken("此前，部队宣布控制了南·达尔富尔州首府。南达尔局势紧张。") == []


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="甲乙丙丁·.\n", max_size=60),
    left=st.text(alphabet="甲乙丙丁", min_size=1, max_size=3),
    right=st.text(alphabet="甲乙丙丁", min_size=1, max_size=3),
)
def test_the_index_of_spellings_answers_as_a_search_of_the_whole_text(
    text: str, left: str, right: str
) -> None:
    # every mark of the text is indexed; the asked pair may be one of them or not (the plain
    # search then answers): either way the answer is `left + right in text`
    marks = [at for at, char in enumerate(text) if char in "·."]
    assert spellings_of(text, marks).written(left, right) == (left + right in text)


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet="甲乙丙·.\n\r", min_size=2, max_size=40),
    changed=st.text(alphabet="甲乙丙\n ", max_size=30),
)
def test_the_marks_whose_pair_the_changed_lines_hold_are_those_a_search_finds(
    text: str, changed: str
) -> None:
    # (one scan of the changed lines for every mark: bench/README.md "The OCR passes on a first
    # call"; the search for each mark is the definition)
    marks = [at for at in range(1, len(text)) if text[at] in "·.'"]

    def searched(at: int) -> bool:
        following = text[at + 1 : at + 4].lstrip("\r\n")
        return text[at] in "·." and bool(following) and text[at - 1] + following[0] in changed

    assert joined_pairs_in(text, marks, changed) == [at for at in marks if searched(at)]
