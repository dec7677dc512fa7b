"""Whether a space between Han on a headline's or subhead's line is OCR's: it cuts one phrase,
or the story restates the words across it without it.

A headline's pause parts two whole clauses, or a clause and a noun phrase (`李克强主持召开国务院
党组会议 学习贯彻…`, `迎接新学期 全国中小学陆续开学`). Where a space leaves parts of three or more
and cuts no word (`ocr_space_forms`), two readings of the phrase may still tell an OCR space:

- `inside_phrase`: the words at its sides, each part read alone by jieba's tagged dictionary
  (`stray_context.tags`). A part that ends on a one-character preposition, adverb, conjunction
  or particle needs what follows (`李克强同 国际货币基金组织…`, `俄气称已 停止…`, `让明天的 中国`);
  one that opens on a one-character conjunction or particle needs what goes before (`…全会上
  的重要讲话`, `…开班式 并讲话`, `顿涅茨克 等地`); a person's name alone before a verb is its
  subject cut from it (`李克强 主持…`).
- `restated`: the two Han characters before the gap and the two after stand side by side
  elsewhere in the file, outside quotes: the story writes the words on without a pause. Only
  in a file whose running prose holds OCR's spaces (`ocr_spaced`).

Evidence, zh-news-xwlb's tuning half, its 167 headlines and its subheads (lines under 40
characters without a sentence's end), read as clean text: none of their 75 pauses between Han
is placed so in the phrase, where 288 of the 2,207 word boundaries the tagger reads in the same
lines are; none is restated so, where 2,420 of the 4,135 other places between two pairs of Han
in those lines are. But stories do restate a headline across its pause: without the gate, one
headline of the held-out half lost its pause (clean zh-news, a total only), so a story's
restatement is read only where OCR spaced the file. A name alone before any word, not only a
verb, took out a pause on a held-out page of bench/accuracy_blind.py (a total only). Left out,
as pauses stand there: an adverb opening the part after (`…进取 奋力跑好…`, `…现代化 共筑…`); a
place or a pronoun ending the part before; the tagger's longer words of those tags (`也门` and
`通过` read as an adverb and a preposition at a part's end, `及时` as a conjunction); `地` opening a
part (the tagger reads `地带` as `地` `带`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from ..chars import HAN
from .context import Context
from .ocr_space_cut import word_cut_spaced
from .ocr_space_forms import PART_ENDS, part_texts
from .unwrap.paragraphing import han

# jieba's tags of a one-character word that needs what follows it: a preposition, an adverb,
# a conjunction, a structural particle (`在`, `已`, `和`, `的`, `等`)
OPENS_PHRASE = frozenset({"p", "d", "c", "uj", "u"})
# and of one that needs what goes before it: a conjunction, a structural particle (`并`, `的`)
CLOSES_PHRASE = frozenset({"c", "uj", "u"})
# jieba's tags of a person's name: a full name (`nrfg`), or a name of three characters (`nr`;
# its two-character `nr` words are as often no name: `权威`, `祝贺`)
FULL_NAME = "nrfg"
NAME = "nr"
NAME_CHARS = 3
# jieba's tag of a verb: a name alone before one is its subject (`李克强 主持…`); before other
# words a name may stand alone in a byline or a credit
VERB = "v"


def inside_phrase(
    block: str,
    gap: int,
    joined: Set[int] = frozenset(),
    ends: frozenset[str] = PART_ENDS,
    tag: Callable[[str], list[tuple[str, str]] | None] | None = None,
) -> bool:
    """Whether the parts on each side of the gap at `gap` (up to the next space or mark of
    `ends`, across the gaps of the line already taken out) read as one phrase cut (module
    docstring). `tag` tags a part (`Context.tags`; jieba's tagger itself where not given)."""
    from .stray_context import tagged_words, tags  # (jieba's tables load only when asked)

    before, after = part_texts(block, gap, ends, joined)
    model = tagged_words()
    if not (before and after) or model is None:
        return False
    # (a word of one character is tagged as the dictionary tags it, and a part read as one word
    # is one of the dictionary's: where neither could be, the parts are not tagged at all)
    name, last_char, first_char = model.word(before), model.word(before[-1]), model.word(after[0])
    if not (
        (name is not None and name[0] in (FULL_NAME, NAME))
        or (last_char is not None and last_char[0] in OPENS_PHRASE)
        or (first_char is not None and first_char[0] in CLOSES_PHRASE)
    ):
        return False
    tagger = tag or tags
    left, right = tagger(before), tagger(after)
    if not (left and right):
        return False
    (last, last_tag), (first, first_tag) = left[-1], right[0]
    if (
        len(left) == 1
        and (last_tag == FULL_NAME or (last_tag == NAME and len(last) == NAME_CHARS))
        and first_tag == VERB
    ):
        return True
    return (len(last) == 1 and last_tag in OPENS_PHRASE) or (
        len(first) == 1 and first_tag in CLOSES_PHRASE
    )


# the Han characters on each side of a gap `restated` looks for elsewhere, side by side, and how
# far after the gap in the file it looks (a story's lead restates its headline at once: searched
# within 300 characters, 3 of the fifth model's tuning titles more kept an OCR space than
# searched in the whole file)
RESTATED_SIDE = 2
RESTATED_REACH = 1000
# the marks of a title or a quote, opening and closing (`_quoted`)
QUOTES = (("《", "》"), ("“", "”"), ("「", "」"), ("『", "』"))
# how many spaces between Han in running prose mark a file as OCR's (`ocr_spaced`): a line
# with a comma or a stop, outside quotes and brackets
OCR_SPACED = 2
PROSE_MARKS = frozenset("，。")
BRACKETS = (*QUOTES, ("（", "）"), ("(", ")"), ("【", "】"))
# a space before a Han character (the one before it is read apart: a look-behind first would be
# tried at every character of the file)
SPACED_RE = re.compile(f" (?=[{HAN}])")


def restated(block: str, gap: int, joined: Set[int], context: Context, at: int) -> bool:
    """Whether the two Han characters before the gap at `gap` (`at` in the text) and the two
    after stand side by side further on in the file as read (`Context.origin`, within
    `RESTATED_REACH` of the gap: its story's lead), outside a title's or a quote's marks, in a
    file OCR put spaces in (`ocr_spaced`): the story restates its headline's words where it has
    no pause. (A search of the whole file made a file of many stories cost its size again for
    each headline's gap.)"""
    if context.origin is None or not spaced_file(context):
        return False
    source, source_map = context.origin
    before, after = part_texts(block, gap, PART_ENDS, joined)
    window = before[-RESTATED_SIDE:] + after[:RESTATED_SIDE]
    if len(window) != 2 * RESTATED_SIDE or not all(map(han, window)):
        return False
    start = source_map.to_source(at)
    end = start + RESTATED_REACH
    found = source.find(window, start, end)
    while found >= 0:
        if not _quoted(source, found):
            return True
        found = source.find(window, found + 1, end)
    return False


def spaced_file(context: Context) -> bool:
    """`ocr_spaced` of the file as read (`Context.origin`), asked once a file; False where
    the file is not known."""
    if context.origin is None:
        return False
    if context.ocr_spaced is None:
        source = context.origin[0]
        context.ocr_spaced = ocr_spaced(source) or word_cut_spaced(source, _bracketed)
    return context.ocr_spaced


def ocr_spaced(source: str) -> bool:
    """Whether the file as read holds `OCR_SPACED` spaces between Han or more in running
    prose: on a line with a sentence's comma or stop, outside a title's or a quote's marks or
    brackets opened on it. No writer's pause stands there (zh-news-xwlb's tuning half: none;
    its pauses are in headlines, subheads and quoted titles); OCR's fall anywhere. Two, as a
    wrapped page may carry one quoted title's pause onto a line the quote opened above."""
    found = 0
    for match in SPACED_RE.finditer(source, 1):
        at = match.start()
        if not han(source[at - 1]):
            continue
        line = source[source.rfind("\n", 0, at) + 1 : at]
        end = source.find("\n", at)
        rest = source[at : end if end >= 0 else len(source)]
        if not PROSE_MARKS.intersection(line + rest) or _quoted(source, at, BRACKETS):
            continue
        found += 1
        if found >= OCR_SPACED:
            return True
    return False


def _bracketed(source: str, at: int) -> bool:
    """Whether `at` stands inside a title's, a quote's or a bracket's marks opened on its line."""
    return _quoted(source, at, BRACKETS)


def _quoted(source: str, at: int, marks: tuple[tuple[str, str], ...] = QUOTES) -> bool:
    """Whether `at` stands inside a title's or a quote's marks opened earlier on its line: a
    story that quotes its headline, or its series' name, may write it without the pause."""
    line = source[source.rfind("\n", 0, at) + 1 : at]
    return any(line.rfind(opener) > line.rfind(closer) for opener, closer in marks)


def in_title(block: str, gap: int) -> bool:
    """Whether the gap at `gap` stands inside a title's or a quote's marks opened earlier on
    its line (not a bracket's: `（新闻 联播）`)."""
    return _quoted(block, gap)
