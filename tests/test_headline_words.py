"""What a headline's second line opens on (`headline_words`)."""

from __future__ import annotations

from convert.headline_words import (
    opens_on_actor,
    opens_on_name,
    opens_on_time,
    verb_goes_on,
)


def test_a_line_that_opens_on_a_verb_goes_on() -> None:
    assert verb_goes_on("欢迎白俄罗斯总统访华")
    assert not verb_goes_on("李克强会见白俄罗斯总统")  # (its own subject)
    assert not verb_goes_on("迎接新学期 全国中小学陆续开学")  # (spaced: its parts stand)


def test_a_line_that_opens_on_a_name_states_its_subject() -> None:
    assert opens_on_name("李强将出席东亚合作领导人系列会议并访问印尼")
    assert not opens_on_name("施加快规模化绿色化发展")  # (a surname alone: no name)
    assert not opens_on_name("斯托祖利季斯就任塞浦路斯总统")  # (a name cut at the break)


def test_a_first_line_that_opens_on_a_full_name_starts_a_headline() -> None:
    assert opens_on_actor("习近平向瑞士")
    assert opens_on_actor("王沪宁会见波黑")  # (three characters tagged `nr`)
    assert not opens_on_actor("权威访谈")  # (a two-character `nr` that is no name)
    assert not opens_on_actor("李克强")  # (the name alone goes on nowhere)


def test_a_first_line_that_opens_on_a_time_starts_a_headline() -> None:
    assert opens_on_time("一季度物流开局")
    assert opens_on_time("今年5G网络")
    assert not opens_on_time("元旦特别报道")  # (a column: the time and one word)
    assert not opens_on_time("一线观察")
