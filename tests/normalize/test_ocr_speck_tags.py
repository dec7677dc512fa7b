"""A `·` between two words no name is read as, on a sentence's line, is a speck."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.config import Config
from convert.normalize.context import Context
from convert.normalize.ocr_speck import remove_specks
from convert.normalize.ocr_speck_tags import (
    NAME_TAGS,
    ORGANIZATION_TAG,
    spans_a_word,
    word_across,
)
from convert.normalize.stray_context import tags

from ..support.normalized import applied


def removed(text: str) -> str:
    return applied(text, remove_specks(text, Config(), Context()))


def test_a_dot_between_two_ordinary_words_goes() -> None:
    assert removed("在青藏高原，我国·海拔最高的光伏项目正在加紧建设。\n") == (
        "在青藏高原，我国海拔最高的光伏项目正在加紧建设。\n"
    )
    assert removed("2023年全年·电影票房为549.15亿元，\n城市院线观影人次为12.99亿。\n") == (
        "2023年全年电影票房为549.15亿元，\n城市院线观影人次为12.99亿。\n"
    )


def test_a_dot_wrapped_across_a_line_goes() -> None:
    assert removed("今天，2024年国家基本医保·\n药品目录调整正式启动。\n") == (
        "今天，2024年国家基本医保\n药品目录调整正式启动。\n"
    )


def test_names_labels_and_quoted_titles_keep_their_dots() -> None:
    kept = [
        "国务院总理李克强致电本雅明·内塔尼亚胡，祝贺他再次就任以色列总理。\n",
        "习近平致电舒尤克·道马什，祝贺他当选总统。\n",
        "庆祝“中国梦·劳动美”主题活动，今天举行。\n",
        "【一线调研·加快形成新质生产力】\n",
        "本台播发评论《我国医保·药品目录》。\n",  # (outside the title the dot would go)
    ]
    for text in kept:
        assert removed(text) == text


def test_a_dot_beside_a_one_character_verb_adjective_or_adverb_goes() -> None:
    assert removed("我们始终从中国国情出发，坚持·走符合中国国情的道路。\n") == (
        "我们始终从中国国情出发，坚持走符合中国国情的道路。\n"
    )
    assert removed("中华民族不惧新挑战、勇于接受·新事物的无畏品格。\n") == (
        "中华民族不惧新挑战、勇于接受新事物的无畏品格。\n"
    )


def test_a_one_character_part_of_a_name_keeps_its_dot() -> None:
    kept = [
        "法国思想家让·雅克·卢梭，画家列奥纳多·达·芬奇，作家简·奥斯汀。\n",
        "英国前首相大卫·卡梅伦表示，也门·胡塞武装当天发表声明。\n",
        "据报道，约翰·列侬和马可·波罗的名字出现在展览中。\n",
    ]
    for text in kept:
        assert removed(text) == text


def test_a_dot_inside_a_word_the_tagger_reads_across_goes() -> None:
    assert removed("自主研发的新型晶硅钙钛·矿叠层电池，光电转换效率达到新高。\n") == (
        "自主研发的新型晶硅钙钛矿叠层电池，光电转换效率达到新高。\n"
    )
    assert removed("医保药品目录落地实施，肿瘤、慢性·病、儿童用药等领域受益。\n") == (
        "医保药品目录落地实施，肿瘤、慢性病、儿童用药等领域受益。\n"
    )


def test_a_full_stop_set_narrow_after_an_adverb_before_its_verb_goes() -> None:
    assert removed("华尔兹称，美国已明确.表示，未来对乌克兰的援助必须由欧洲承担。\n") == (
        "华尔兹称，美国已明确表示，未来对乌克兰的援助必须由欧洲承担。\n"
    )
    assert removed("代表们提出，要不断.提高参政党履职能力水平。\n") == (
        "代表们提出，要不断提高参政党履职能力水平。\n"
    )


def test_an_utterance_may_end_on_an_adverb() -> None:
    kept = "他问道：“发财？自然.要什么就是什么。”\n"
    assert removed(kept) == kept


def test_a_full_stop_set_narrow_between_de_and_the_noun_it_qualifies_goes() -> None:
    assert removed("中华文明具有突出的连续性。中华文明的.连续性，从根本上决定了一切。\n") == (
        "中华文明具有突出的连续性。中华文明的连续性，从根本上决定了一切。\n"
    )
    assert removed("非洲国家积极响应。5月1日起实施的.零关税举措，面向所有非洲建交国。\n") == (
        "非洲国家积极响应。5月1日起实施的零关税举措，面向所有非洲建交国。\n"
    )


def test_a_sentence_may_end_on_de_in_the_shi_de_frame_or_before_a_pronoun() -> None:
    kept = [
        "幸福是奋斗出来的，新时代是奋斗出来的.党的十八大以来，我们取得了历史性成就。\n",
        "阿Q的名字是怎么写的？大家都说不清楚，原来他便用这手走来的.他喝完酒便走了。\n",
    ]
    for text in kept:
        assert removed(text) == text


def test_a_dot_on_a_narrow_line_of_prose_without_a_mark_of_its_own_goes() -> None:
    text = "国家防总办公室、应急管理\n部昨天会同·国家粮食和物资储备\n局，向灾区调运物资。\n"
    assert removed(text) == text.replace("·", "")
    headline = "一线调研·加快形成新质生产力\n\n　　记者从会上获悉，创新发展正在提速。\n"
    assert removed(headline) == headline


def test_a_dot_inside_an_institutions_name_the_tagger_reads_across_goes() -> None:
    assert removed("央视网消息：中央气象·台今天发布暴雨预警，提醒公众注意防范。\n") == (
        "央视网消息：中央气象台今天发布暴雨预警，提醒公众注意防范。\n"
    )


def test_a_dot_beside_a_one_character_particle_goes() -> None:
    assert removed("乌方还称俄军对乌多地·发动导弹袭击，乌全境拉响防空警报。\n") == (
        "乌方还称俄军对乌多地发动导弹袭击，乌全境拉响防空警报。\n"
    )


def test_a_dot_beside_a_verb_of_two_characters_goes() -> None:
    assert removed("习近平发表主旨演讲，宣布·中非务实合作“九项行动”。\n") == (
        "习近平发表主旨演讲，宣布中非务实合作“九项行动”。\n"
    )
    assert removed("美国国务卿鲁比奥当天要求·泽连斯基道歉。\n") == (
        "美国国务卿鲁比奥当天要求泽连斯基道歉。\n"
    )


# characters of names, institutions and common words, so that words span the dot often
RUN_CHARS = "中央气象台书记处保卫战慢性病本拉登达芬奇我国海拔医保药品的了是在"


def _word_across_tagged(left: str, right: str) -> bool:
    """`word_across` as it stood: the run always tagged."""
    start = 0
    for word, tag in tags(left + right) or ():
        if start < len(left) < start + len(word):
            return tag not in NAME_TAGS or tag == ORGANIZATION_TAG
        start += len(word)
    return False


@settings(max_examples=400, deadline=None)
@given(
    left=st.text(alphabet=RUN_CHARS, min_size=1, max_size=6),
    right=st.text(alphabet=RUN_CHARS, min_size=1, max_size=6),
)
def test_the_run_is_tagged_only_where_a_word_spans_the_dot(left: str, right: str) -> None:
    # (the quick test first, bench/README.md "The OCR passes on a first call")
    text = f"{left}·{right}。"
    assert word_across(text, len(left), Context().tags) == _word_across_tagged(left, right)
    if not spans_a_word(left + right, len(left)):
        assert not _word_across_tagged(left, right)


def test_a_dot_inside_a_dictionary_word_is_still_tagged() -> None:
    assert spans_a_word("中央气象台", 4)
    assert word_across("中央气象·台。", 4)
