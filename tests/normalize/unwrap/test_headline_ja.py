"""A Japanese text's first line, a headline over its body, is no wrap (`unwrap.headline_ja`)."""

from __future__ import annotations

from convert.blocks import split_blocks
from convert.normalize.unwrap.headline_ja import first_line_stands

from ...support.normalized import fixed

LEAD = "今や、テレビで見ない日はないというタレントのローラ。彼女のすっぴん写真が話題になっている。"
PROSE = "大会前、22日放送の番組内でも、ニューヒロインとして紹介されていた西原加純は見事な走りを見せた"


def test_a_headline_over_a_longer_lead_stands_alone() -> None:
    # kaden-channel-5937607's shape: the headline, then a lead far past it, one line
    title = "【話題】アンドロイドアプリを徹底解説！「Appmax」がデザインを一新"
    assert fixed(f"{title}\n{LEAD * 3}\n\n{LEAD}\n").startswith(f"{title}\n\n{LEAD}")


def test_a_headline_closed_by_a_tag_stands_alone_over_short_lines() -> None:
    title = "ふぉっくす紺子だよ！アキバとPC業界を応援します【紺子にゅうす】"
    assert first_line_stands([[title, "こんこん♪ふぉっくす紺子だよ＾＾", "先週は"]])


def test_a_first_line_no_other_break_mid_sentence_agrees_with_stands_alone() -> None:
    # dokujo-tsushin-5514666's shape: the writer breaks its lines at pauses, none as long
    title = "梅村ゆずの結婚どころじゃないんですっ！vol.2　Presented by ゆるっとcafe"
    lines = ["先日、私の姪が美容師になり、", "実家でささやかな就職祝いを開きました。"]
    more = ["姪と甥が仲いいので「つきあっちゃえば？」なんて", "一瞬でしーんとなりました。"]
    assert first_line_stands([[title, "どうも、漫画家です。"], lines, more])


def test_a_wrapped_first_line_is_joined() -> None:
    # a body hard-wrapped at 24 characters: its first line is as long as its other wraps
    body = (PROSE + "。") * 3
    lines = [body[k : k + 24] for k in range(0, len(body), 24)]
    assert not first_line_stands([lines])
    assert fixed("\n".join(lines) + "\n").startswith(body[:60])
    # nor where too few other lines show the measure, or the line ends a sentence
    assert not first_line_stands([[PROSE[:30], PROSE[30:]]])
    assert not first_line_stands([["見出しではない。", LEAD * 3]])


def test_chinese_text_keeps_its_own_rules() -> None:
    title = "以军攻击加沙地带最大难民营"
    lead = "央视网消息：当地时间31日，以色列军队对加沙地带北部的贾巴利亚难民营发动空袭，造成大量人员伤亡。"
    assert not first_line_stands([[title, lead * 2]])


def test_a_first_line_shorter_than_a_paragraph_further_down_stands_alone() -> None:
    # it-life-hack-6481135's shape: a headline, a short line under it, and a paragraph of prose
    # further down far past it (one line of its own), which no hard-wrapped text holds
    title = "何これキモい！　ツイッターのTLの合間に出てくる怪しい生物画像が話題に"
    top = [title, "ツイッターのTLにときどき見かける怪しいAAが話題になっていた。", "具体的には以下の通り"]
    text = "\n".join(top) + "\n\n" + LEAD * 3 + "\n"
    assert first_line_stands([top], split_blocks(text))
    assert fixed(text).startswith(title + "\n\n")
    # not where the text holds no such line, nor where lines under it share its length (the
    # wraps of a first paragraph hard-wrapped at its measure)
    assert not first_line_stands([top], split_blocks("\n".join(top)))
    body = (PROSE + "。") * 3
    wraps = [body[k : k + 24] for k in range(0, len(body), 24)]
    assert not first_line_stands([wraps], split_blocks("\n".join(wraps) + "\n\n" + LEAD * 3))
