"""A column narrowed beside a picture inside a paragraph (`unwrap.narrowed`)."""

from __future__ import annotations

from convert.normalize import normalize
from convert.normalize.unwrap.narrowed import at_narrowed_measure, narrowed_in_block

# bench/accuracy_fifth.py's narrow pages (tuning half): paragraphs open with an indent, and a
# picture narrows the column from 24 characters to 18 after a paragraph's first line
PAGE = (
    "  俄罗斯国防部4月30日称，俄军南部、东部等多个集\n"
    "群在战斗中占据更多有利位置。俄军还打\n"
    "击了一座乌军轻型攻击无人机组装车间。\n"
    "俄军防空系统今天（5月1日）还在梁赞州、\n"
    "沃罗涅日州等地击落多架乌克兰无人机。\n"
    "  乌特种部队30日称在北部苏梅方向击中俄军\n"
    "两套“山毛榉”防空导弹系统。乌媒体称，当天凌\n"
    "晨乌军使用美国提供的陆军战术导弹对克里米亚发\n"
    "动攻击。俄罗斯塔斯社报道称，俄防空系统拦截了\n"
    "乌方导弹。\n"
)


def test_a_sentence_end_that_fills_the_narrowed_column_is_a_wrap() -> None:
    paragraphs = normalize(PAGE).text.split("\n\n")
    assert paragraphs[0].endswith(
        "组装车间。俄军防空系统今天（5月1日）还在梁赞州、沃罗涅日州等地击落多架乌克兰无人机。"
    )
    assert len(paragraphs) == 2


def test_the_wrap_above_shows_the_narrowed_column() -> None:
    lines = PAGE.splitlines()
    flags = [line.startswith("  ") for line in lines]
    assert at_narrowed_measure(lines, 2, 0, flags)  # 18 under 18
    assert not at_narrowed_measure(
        ["全" * 24, "全" * 24, "的管辖规定。", "伏季休渔今天正式开始", "　　今天"],
        2,
        0,
        [False] * 4 + [True],
    )


def test_the_first_line_of_a_narrow_run_is_measured_by_the_wraps_under_it() -> None:
    lines = [
        "　　在北京，国贸、三里屯、五棵松等商圈，时尚",
        "新颖的风格吸引大批年轻人打卡，他们在灯光造型",
        "下留影，休闲放松，乐享假期。",
        "有着70年历史的地安门商场经",
        "过改造，在元旦假期恢复营业。",
    ]
    assert at_narrowed_measure(lines, 2, 0, [True, False, False, False, False])
    # a flush subhead over an indented paragraph is no wrap of a column
    subhead = [*lines[:2], "下留影，休闲放松。", "元旦假期消费市场火热", "　　今天（1月1日），"]
    assert not at_narrowed_measure(subhead, 2, 0, [True, False, False, False, True])


# the same pages parted by blank lines: the picture narrows the column from 20 characters to 14
# where a line ends a sentence (`narrowed_in_block`)
BLANK_PAGE = (
    "中华文明具有突出的连续性，从根本上决定了中\n"
    "华民族必然走自己的路。\n"
    "\n"
    "中华文明具有突出的创新性，从根本上决定了中\n"
    "华民族守正不守旧、尊古不复古的进取精神。\n"
    "\n"
    "文章指出，中华文明是在中国大地上产生的文明\n"
    "，也是同其他文明不断交流互鉴而形成的文明。\n"
    "\n"
    "中华文明具有突出的统一性。中华文明的统一性\n"
    "，从根本上决定了中华民族各民族文化融为一体\n"
    "、即使遭遇重大挫折也牢固凝聚，决定了国土不\n"
    "可分、国家不可乱、民族不可散、文明不可断的\n"
    "共同信念，决定了国家统一永远是中国核心利益\n"
    "的核心，决定了一个坚强统一的国家是各族人民\n"
    "的前途命运所系。\n"
    "\n"
    "是中国核心利益的核心，决定了一个坚强统一\n"
    "的国家是各族人民的命运所系。\n"
    "中华文明具有突出的包容性。中\n"
    "华文明的包容性，从根本上决定\n"
    "了中华民族交往交流交融的历史\n"
    "取向，决定了中国各宗教信仰多\n"
    "元并存的和谐格局，决定了中华文化对世界文明\n"
    "兼收并蓄的开放胸怀。\n"
)


def test_a_sentence_end_at_a_narrowed_column_inside_a_block_is_a_wrap() -> None:
    paragraphs = normalize(BLANK_PAGE).text.strip().split("\n\n")
    assert len(paragraphs) == 5
    assert "命运所系。中华文明具有突出的包容性。" in paragraphs[4]


def test_a_line_too_short_for_a_column_beside_a_picture_is_no_narrowed_wrap() -> None:
    # three characters ending a sentence under a longer wrap, over two lines as short: a run of
    # short lines (a list's items, a verse), not text run round a picture
    lines = [
        "中华文明具有突出的连续性，从根本上决定了中",
        "华民族必然走自己的路。问",
        "电。",
        "甲乙丙",
        "丁戊己",
        "庚辛壬。",
    ]
    assert not narrowed_in_block(lines, 2, 0)
    six = [
        "中华文明具有突出的连续性，从根本上决定了中",
        "华民族必然走自己的路，",
        "国家不可乱。",
        "中华文明具有",
        "突出的包容性",
        "。",
    ]
    assert narrowed_in_block(six, 2, 0)
