"""A text never hard-wrapped (`unwrap.unwrapped`): every line break in it is the writer's."""

from __future__ import annotations

from convert.blocks import split_blocks
from convert.normalize.unwrap.unwrapped import _closed_up, _is_long, _may_wrap, written_unwrapped

from ...support.normalized import fixed_by, paragraphs
from .texts import ARTICLE, wrap

# written as livedoor's articles are (issue 12): the headline, then the body right under it,
# one paragraph a line, a `■` heading and list items with no blank line around them
TITLE = "友人代表のスピーチ、独女はどうこなしている？"
LINES = [
    "もうすぐジューン・ブライドと呼ばれる６月。独女の中には自分の式はまだなのに呼ばれてばかり"
    "……という「お祝い貧乏」状態の人も多いのではないだろうか？",
    "■お祝い貧乏の実態",
    "最近だとインターネット等で検索すれば友人代表スピーチ用の例文サイトがたくさん出てくるので、"
    "それらを参考にすれば、無難なものは誰でも作成できる。",
    "・独女の中には自分の式はまだなのに",
    "・お祝いにかかったというお祝い貧乏独女",
    "しかし「事前にお願いされるスピーチなら準備ができるしまだいいですよ。一番嫌なのは何といっても"
    "サプライズスピーチ！」と語るのは昨年だけで10万以上お祝いにかかったという薫さん（35歳）",
    "「私は基本的に人前で話すのが苦手なんですよ。だからいきなり指名されるとしどろもどろになって"
    "何もいえなくなる。自己嫌悪に陥りますね」",
]


def test_a_text_set_one_paragraph_a_line_keeps_every_line() -> None:
    text = "\n".join([TITLE, *LINES]) + "\n"
    assert written_unwrapped(split_blocks(text))
    result, kinds = fixed_by("unwrap", text)
    assert result.rstrip("\n").split("\n\n") == [TITLE, *LINES]
    assert set(kinds) == {"paragraph-end"}  # whitespace only: a blank line for each break


def test_blank_lines_between_some_lines_change_nothing_else() -> None:
    text = "\n".join([TITLE, LINES[0], "", LINES[1], LINES[2], "", *LINES[3:]])
    assert paragraphs(text) == [TITLE, *LINES]


def test_wrapped_texts_are_not_taken_for_unwrapped_ones() -> None:
    for width in (12, 20, 36):
        text = "\n\n".join("\n".join(wrap(p, width)) for p in ARTICLE)
        assert not written_unwrapped(split_blocks(text))
    # one long line may be a wrapped text's headline: two are needed
    short = [LINES[1], LINES[3], LINES[4]]
    assert not written_unwrapped(split_blocks("\n".join([LINES[0], *short])))
    assert written_unwrapped(split_blocks("\n".join([LINES[0], *short, LINES[5]])))


def test_long_lines_of_one_length_are_a_wide_measure() -> None:
    line = "国务院总理李克强主持召开国务院常务会议，部署推进一系列稳增长的措施，会议指出要加" * 2
    text = "\n".join(line[:60] for _ in range(6))
    assert not written_unwrapped(split_blocks(text))


# a spec table as Japanese product news sets it (issue 12, livedoor smax): rows of a label and
# a value, the value a model name, a figure with its unit, or a mark
SPEC_ROWS = ["機種名 Xperia GX SO-04D", "重量（約） 127g", "CPU クロック数 1.5GHz", "コア数 Dual",
             "RAM 1GB", "ROM 16GB", "外部メモリー microSDHC", "GSM ◯", "DLNA ◯", "MHL ◯",
             "Bluetooth 3.1", "SIMカード microSIM", "GPS ◯", "NFC ◯"]


def test_short_latin_rows_of_a_japanese_spec_table_are_no_wraps() -> None:
    # rows agree in length by chance (`RAM 1GB` / `ROM 16GB`): more such pairs than long lines
    text = "\n".join([TITLE, LINES[0], LINES[2], "■主なスペック", *SPEC_ROWS, LINES[5]])
    assert written_unwrapped(split_blocks(text))
    assert paragraphs(text) == [TITLE, LINES[0], LINES[2], "■主なスペック", *SPEC_ROWS, LINES[5]]
    # only in Japanese: Chinese and Latin texts keep the rule they were measured on
    chinese = "习近平在会见时强调，双方要加强合作，推动两国关系不断向前发展，造福两国人民。" * 2
    text = "\n".join([chinese, *SPEC_ROWS, chinese[:70] + "。"])
    assert not written_unwrapped(split_blocks(text))


def test_a_mixed_line_is_measured_in_cells() -> None:
    # smax-6563723's headline (livedoor, tuning half): 89 characters, 33 of them wide, 61 cells
    # in a CJK column, past any measure though neither mostly wide nor 110 characters long
    headline = (
        "NTTドコモ、Android 4.0 ICS搭載4.5インチスマホ「AQUOS PHONE sv SH-10D」を発表！"
        "1.5GHzデュアルコアCPUや防水、ワンセグ、NOTTV"
    )
    assert _is_long(headline)
    assert not _is_long("The Project Gutenberg EBook of Pride and Prejudice, by Jane Austen 中文")
    assert not _is_long("x" * 100 + "中")  # an English line of 101 characters stays short
    text = "\n".join([headline, "AQUOS PHONE sv SH-10Dが発表！", LINES[0], *SPEC_ROWS[:4]])
    assert written_unwrapped(split_blocks(text))
    assert paragraphs(text)[:2] == [headline, "AQUOS PHONE sv SH-10Dが発表！"]


def test_long_lines_that_end_their_sentences_are_no_measure() -> None:
    # topic-news-5946135 (livedoor, tuning half): three of five long paragraphs are 64-66
    # characters long by chance; a wide measure's lines are wraps, broken mid-sentence
    base = "私は基本的に人前で話すのが苦手なんですよ。だからいきなり指名されるとしどろもどろになって"
    lines = [base + "何もいえなくなる" + "。" * k for k in (1, 2, 2)]  # 53, 54, 54 characters
    lines += [base * 2 + "。", base * 3 + "。"]
    assert [len(line) for line in lines[:3]] == [53, 54, 54]
    broken = [
        "過去には、事件を映画化した作品に非難の声が寄せられたことがあったが、",
        "まだ事件から3年しか経っていない。",
    ]
    text = "\n".join([TITLE, *lines, *broken])
    assert written_unwrapped(split_blocks(text))
    assert paragraphs(text)[-2:] == broken
    # the same lengths broken mid-sentence, one under the other, are a wide measure
    wraps = [line.rstrip("。") + "、そして" for line in lines[:3]]
    assert not written_unwrapped(split_blocks("\n".join([TITLE, *wraps, *lines[3:]])))


# The Girl's Own Paper set by LibreOffice at 143 mm, as pdftotext reads it (bench/english_books.py
# paper-002): lines of 41-80 characters, two run together past any measure (`…out-"'You are…`)
GIRLS_OWN = [
    "VARIETIES.",
    "\"And so you have not heard the story of the 'Woman of Stenay'?\" said a",
    'Lorraine peasant. "It was in war-time, and she offered a barrel of wine to a',
    "detachment of Austrians, saying-\"'You are thirsty, friends. Drink. You are welcome to all"
    " my store.' And as",
    "she spoke she drank a cupful in their honour.",
    '"The soldiers accepted with pleasure, and in a few minutes four hundred',
    "men were writhing on the ground in agony.",
    "\"Then the 'Woman of Stenay' rose, and with her dying breath shrieked out-\"'You are all"
    " poisoned! Vive la France!'",
    '"She then fell back a corpse."',
    "This is the legend of Lorraine, and the memory of its heroine is revered by",
    "the peasantry as highly as that of Charlotte Corday.",
    "SINGING SERVANTS.",
    'Tusser, in his "Points of Huswifry united to the Comforts of Husbandry,"',
    "published in 1570, recommends the country housewife to select servants who",
    'sing at their work as being usually the most painstaking and the best. He says-"Such'
    " servants are oftenest painful and good",
    'That sing in their labour, as birds in the wood."',
]


def test_latin_wraps_of_uneven_lengths_show_a_wrapped_text() -> None:
    assert not written_unwrapped(split_blocks("\n".join(GIRLS_OWN)))
    got = paragraphs("\n".join(GIRLS_OWN))
    assert any("the memory of its heroine is revered by the peasantry" in p for p in got)


def test_an_office_spaced_run_is_closed_up_and_a_label_and_its_value_are_not() -> None:
    assert _closed_up("据伊朗官方媒体 4 月 30 日报道，应") == "据伊朗官方媒体4月30日报道，应"
    assert _closed_up("今天（5 月 1") == "今天（5月1"
    assert _closed_up("美一架F-16战机 in 新墨西哥州坠毁") == "美一架F-16战机in新墨西哥州坠毁"
    assert _may_wrap(_closed_up("産油国今天（5 月 1"))
    # a row's label and value keep their gap: a space between two wide characters, a value that
    # runs on to Latin text (`_may_wrap` turns them down)
    assert not _may_wrap(_closed_up("連続待受 LTE（約\u3000時間） 未定"))
    assert _closed_up("RAM 1GB") == "RAM 1GB"
