"""Whether a `.` between Han would end or start a sentence shorter than any news sets: then it
is a speck OCR read, not a full stop typed narrow (`ocr_speck.remove_specks` asks)."""

from __future__ import annotations

from .unwrap.paragraphing import han

# the fewest characters a sentence of running news holds, on either side of a full stop set
# between Han (zh-news-xwlb's tuning half: of its 778 `。` between Han, the sentence each ends
# holds 5 or more, the one each starts 8 or more)
SHORTEST_SENTENCE = 4
# marks around a short utterance a writer does end with a full stop (`他说：“好。我们走`,
# `“发财？自然。要什么…`, `你又来迂。不成！`): where one is met first, the sentence is not judged
UTTERANCE = frozenset("“”‘’「」『』\"':：;；…—！？!?")
CLOSING_QUOTES = frozenset("”’」』\"'")
NUMERALS = frozenset("一二三四五六七八九十百零〇")
# the marks that open a quoted term or a title, each with its closing mark, and the most
# characters a term so set holds where a `.` inside it is a speck (`inside_a_term`)
TERM_MARKS = {"“": "”", "《": "》", "「": "」", "『": "』"}
LONGEST_TERM = 6


def sentence_start(text: str, at: int) -> int:
    """`max(text.rfind("。", 0, at), text.rfind("\n\n", 0, at))`: where the sentence before
    `at` opens, after its last full stop or blank line (-1 where neither stands before it). The
    blank line is looked for only after the full stop: in a text that sets its paragraphs
    without blank lines, a search back to the text's start for each mark made the passes'
    cost grow with the square of the text."""
    stop = text.rfind("。", 0, at)
    return max(stop, text.rfind("\n\n", max(stop, 0), at))


def too_short_a_sentence(text: str, at: int, after: int) -> bool:
    """Whether the sentence the `.` at `at` would end, or the one it would start at `after`,
    holds fewer than `SHORTEST_SENTENCE` characters: `这些.天，李长青…` (`这些`), a paragraph's
    `乌特种.部队30日称`, a headline's `世界.政党政要…`, `…巨.变。`. Line breaks are read
    through (a wrap); a full stop, the text's end or a blank line over a line set flush
    (`_paragraph_break`) ends the sentence.

    Evidence: no full stop between Han in zh-news-xwlb's tuning half ends a sentence under 5
    characters or starts one under 8; a speck falls anywhere, and about one in seven of the
    gaps between Han there stands within 3 characters of a sentence's end on one side. Set
    as `.`, one of 呐喊's 1,064 stops between Han is taken (`想。到`, which a word test takes
    too) and 2 of the rest of the shared corpus's 154 (zhlint's fixture `中文。中文。中文`).
    """
    before = _sentence(text, at - 1, -1)
    if before is not None and len(before) < SHORTEST_SENTENCE:
        return not NUMERALS.issuperset(before)
    following = _sentence(text, after, 1)
    return following is not None and len(following) < SHORTEST_SENTENCE


def _sentence(text: str, start: int, step: int) -> str | None:
    """The characters (not white space) from `start` walking by `step` to the first full stop
    or the text's end, `SHORTEST_SENTENCE` at most; None where a quote, a colon, a question or
    exclamation mark, a dash or an ellipsis is met first (an utterance or a label, which may be
    short)."""
    chars: list[str] = []
    at, end = start, len(text)
    while 0 <= at < end and len(chars) < SHORTEST_SENTENCE:
        char = text[at]
        if char == "。":
            if step > 0 and text[at + 1 : at + 2] in CLOSING_QUOTES:
                return None  # (an utterance's last sentence: `“…說過了。都完了。”`)
            break
        if char in UTTERANCE:
            return None
        if char == "\n" and _paragraph_break(text, at, step):
            break
        if not char.isspace():
            chars.append(char)
        at += step
    return "".join(chars)


def _paragraph_break(text: str, at: int, step: int) -> bool:
    """Whether the line break at `at` starts a blank line that sets a paragraph apart: the
    line on the sentence's side of it starts flush (a headline, a masthead's line). A blank
    line over an indented line is read through: a double-spaced text (Lu Xun's 呐喊 as Project
    Gutenberg sets it, zh-hant-gutenberg-nahan) leaves one between wrapped lines, and
    indents each."""
    if step > 0:
        start = at + 1
        while start < len(text) and text[start] in " \t\r\u3000":
            start += 1
        if text[start : start + 1] != "\n":
            return False
        return text[start + 1 : start + 2] not in (" ", "\t", "\u3000")
    # walking back: `at` ends the line above the sentence's line; is that line blank?
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:at].strip():
        return False
    # (the sentence's line is the one after `at`)
    return text[at + 1 : at + 2] not in (" ", "\t", "\u3000")


def inside_a_term(text: str, at: int) -> bool:
    """Whether the `.` at `at` stands inside a quoted term or a title of `LONGEST_TERM`
    characters at most that holds nothing but Han besides it (`“七一.勋章”`), line breaks read
    through: a quote of two sentences ends the last with its own mark (`“不要亂想。靜靜的養幾天，
    就好了。”`), and a term so short holds one.

    Evidence: of zh-news-xwlb's tuning half's 778 `。` between Han on a line, and of Lu Xun's
    呐喊's 1,064 (zh-hant-gutenberg-nahan), none stands so (nahan's nearest, `“對啦。沒有錢…”`,
    holds more and other marks); of an 8 % sample of xwlb's gaps between Han that the earlier
    tests leave, 19 of 1,447."""
    start = max(sentence_start(text, at), 0)
    for opening, closing in TERM_MARKS.items():
        opened = text.rfind(opening, start, at)
        if opened < 0 or text.rfind(closing, opened, at) >= 0:
            continue
        closed = text.find(closing, at, opened + LONGEST_TERM + 3)
        if closed < 0:
            continue
        inside = text[opened + 1 : at] + text[at + 1 : closed]
        if "\n\n" in inside.replace("\r", ""):
            continue  # (a blank line: the term's mark opened another paragraph)
        inside = inside.replace("\r", "").replace("\n", "")
        if len(inside) <= LONGEST_TERM and all(han(char) for char in inside):
            return True
    return False
