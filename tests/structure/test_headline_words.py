"""What a headline's second line opens on (`structure.headline_words`)."""

from __future__ import annotations

from convert.structure.headline_words import opens_on_name, verb_goes_on


def test_a_line_that_opens_on_a_verb_goes_on() -> None:
    assert verb_goes_on("欢迎白俄罗斯总统访华")
    assert not verb_goes_on("李克强会见白俄罗斯总统")  # (its own subject)
    assert not verb_goes_on("迎接新学期 全国中小学陆续开学")  # (spaced: its parts stand)


def test_a_line_that_opens_on_a_name_states_its_subject() -> None:
    assert opens_on_name("李强将出席东亚合作领导人系列会议并访问印尼")
    assert not opens_on_name("施加快规模化绿色化发展")  # (a surname alone: no name)
    assert not opens_on_name("斯托祖利季斯就任塞浦路斯总统")  # (a name cut at the break)
