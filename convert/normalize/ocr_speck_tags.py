"""Whether a `·` between Han in running prose stands between two words no name is read as:
then it is a speck OCR read, not a name's dot (`ocr_speck.remove_specks` asks)."""

from __future__ import annotations

from .unwrap.paragraphing import han

# jieba's tags of proper names (a person's, a place's, an organization's, another's), of a
# character it knows no word for, and of a foreign word
NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "x", "eng"})
# the marks a sentence's line holds, where a column label's dot (`一线调研·加快形成`, a
# headline's) does not stand
SENTENCE_MARKS = "，。"
# marks that open a title, a label or a quote (each with its closing mark), inside which a
# writer's dot may part two words (`“中国梦·劳动美”`)
ENCLOSING = {"《": "》", "【": "】", "“": "”", "「": "」", "（": "）"}
# the most Han characters read each side (the tagger's longest word)
RUN = 6


def no_name_beside(text: str, at: int) -> bool:
    """Whether the `·` at `at` stands on a sentence's line, outside a title's, label's or
    quote's marks, between two words of two characters or more that jieba's tagger reads as no
    name, each side read alone (`我国·海拔`, `医保·药品`, `全年·电影`). A line break inside
    a side is read through (a wrap).

    Evidence: zh-news-xwlb's tuning half sets 14 dots between Han: 13 are names' on sentence
    lines, each with a name's tag or a word of one character beside the dot (`本雅明·内塔尼亚胡`,
    `纪尧姆·塔隆`, `贾西姆·布达维`), the 14th a column label's on a headline's line
    (`一线调研·加快形成`). A transliteration the tagger does not know falls into one-character
    words (`舒尤克·道马什`): a side of one character is left alone. The fifth model's `·`
    specks left on its tuning half's indented pages (54, seeds 0-4 and 10-14) mostly part
    common words (`两国·建交`, `全年·电影`), which `_common_words_both_sides` leaves."""
    from .stray_context import tags

    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if not any(mark in line for mark in SENTENCE_MARKS):
        return False
    # (a title or a quote may open on the line above: read from the paragraph's start)
    start = max(text.rfind("\n\n", 0, at), text.rfind("。", 0, at), 0)
    before_dot = text[start:at]
    if any(before_dot.rfind(op) > before_dot.rfind(cl) for op, cl in ENCLOSING.items()):
        return False
    left, right = _run(text, at - 1, -1)[::-1], _run(text, at + 1, 1)
    if not left or not right:
        return False
    words_before, words_after = tags(left), tags(right)
    if not words_before or not words_after:
        return False
    return all(
        len(word) > 1 and tag not in NAME_TAGS for word, tag in (words_before[-1], words_after[0])
    )


def _run(text: str, at: int, step: int) -> str:
    """The Han characters from `at` walking by `step`, `RUN` at most, read through a single
    line break (in walking order)."""
    chars: list[str] = []
    while 0 <= at < len(text) and len(chars) < RUN:
        char = text[at]
        if han(char):
            chars.append(char)
        elif char not in "\r\n" or text[at + step : at + step + 1] in ("\r", "\n"):
            break
        at += step
    return "".join(chars)
