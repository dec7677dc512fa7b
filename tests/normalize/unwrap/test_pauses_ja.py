"""A Japanese text whose writer broke its lines at pauses keeps every break
(`unwrap.pauses_ja`)."""

from __future__ import annotations

from convert.blocks import split_blocks
from convert.normalize.unwrap.pauses_ja import ends_on_mark, writer_broke_lines

from ...support.normalized import paragraphs

# dokujo-tsushin-5514666's shape (livedoor, tuning half): short lines, broken after `、`
WRITER = [
    "梅村ゆずの結婚どころじゃないんですっ！vol.2",
    "いきなりですが、独女の皆さん、姪や甥と仲いいですか？",
    "先日、私の姪（17歳）が美容師になり、一人暮らしをするとのことで、",
    "実家でささやかな就職祝いを開きました。",
    "2Kの狭い我が家に来たのは、長兄家族の姪2人（12歳＆17歳）、",
    "次男家族の甥2人（9歳＆12歳）と、次男嫁(39歳）。",
    "姪と甥が仲いいので「つきあっちゃえば？」なんてジョークで言ったら、",
    "一瞬でしーんとなりました。",
    "叔母である私は、どうにも彼等のテンションになじめず、",
    "後半はほとんど隣の部屋に逃げ隠れてました。",
]
PROSE = (
    "国際企業映像協会では技術セミナーを開催する。ソニーのホームページで人気上昇中である講座の"
    "ワークショップ編をオリジナルメニューとして企画した。当日は三つのブロックに分けて進める。"
)


def test_a_writers_short_lines_are_each_kept() -> None:
    assert writer_broke_lines(split_blocks("\n".join(WRITER)))
    assert paragraphs("\n".join(WRITER)) == WRITER


def test_a_hard_wrapped_text_is_joined() -> None:
    # wrapped at 17 characters: its breaks fall wherever the measure runs out
    lines = [PROSE[k : k + 17] for k in range(0, len(PROSE), 17)]
    text = "見出し\n" + "\n".join(lines)
    assert not writer_broke_lines(split_blocks(text))
    assert paragraphs(text) == ["見出し", PROSE]


def test_too_few_breaks_or_not_japanese_are_no_evidence() -> None:
    assert not writer_broke_lines(split_blocks("見出し\n先日、\n美容師になり、\n就職祝い。\n"))
    chinese = "见面时，\n双方表示，\n要加强合作，\n推动发展。\n"
    assert not writer_broke_lines(split_blocks("标题\n" + chinese * 2))


def test_the_headline_items_and_last_lines_are_not_counted() -> None:
    # three lines ending on a mark, but a headline, an item and a block's last line
    text = "新製品登場！\n・新色を追加、\n発売日は未定\n価格も未定\n\n詳細は後日！\n"
    assert not writer_broke_lines(split_blocks(text))


def test_a_mark_is_punctuation_or_a_symbol() -> None:
    assert all(map(ends_on_mark, ["とのことで、", "言ったら」", "ありがと〜！！", "紺子も嬉しいな♪"]))
    assert not any(map(ends_on_mark, ["スープカレーカムイさんの", "コラボ企画に", "ボーナスー"]))
