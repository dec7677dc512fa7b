"""Paragraphs cut in two by column and page breaks.

A block that cannot end a paragraph (no sentence-final mark, or ending on a pause, an open quote,
a lowercase word) is joined to the block that continues it. Headings are never swallowed: a block
that looks like a heading is not a fragment, and a heading-like block after an unfinished one is
joined only when the unfinished one ends on a pause, after which no heading can come.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ..blocks import (
    Block,
    breaks_off_speech,
    edge_spaces_everywhere,
    ends_mid_sentence,
    ends_paragraph,
    space_at_break,
)
from ..changes import Edit
from ..chars import SENTENCE_END, is_han, is_japanese, is_wide, mostly_wide
from ..config import Config
from ..headings import (
    has_bare_comma,
    heading_length,
    in_capitals,
    is_bare_dateline,
    is_byline,
    is_byline_line,
    is_subtitle,
    is_table_row,
    looks_like_heading,
    opens_own_line,
)
from .context import Context
from .cut_sentence import cuts_date, has_perfective, sentence_tail
from .titled import is_latin_title
from .unwrap.join import TYPESET_HYPHEN
from .unwrap.kept import SCENE_BREAK_RE, may_keep_line
from .unwrap.lowercase_opening import goes_on_in_lowercase
from .unwrap.openers import bound_across
from .unwrap.plain import dateline
from .unwrap.unwrapped import written_unwrapped
from .words import splits_word

PAUSE_START = "，、。；：？！）》”,;"
CLAUSE_PAUSES_LIST = ("，", "、")  # a tuple: `"" in "，、"` would be true


# a dateline's source, its bracket and its colon fit in this many characters
LONGEST_DATELINE = 48


def _continues(
    paragraph: str, following: Block, config: Config, after_heading: bool = False
) -> bool:
    if ends_paragraph(paragraph) or breaks_off_speech(paragraph):
        return False
    # (the tests up to the dateline's all say no: the commonest, a headline above its story's
    # dateline, is asked first)
    if dateline(following.text):
        return False  # a dateline opens its paragraph: `…奋斗` / `央视网消息（新闻联播）：在…`
    if _apart(paragraph, following.text):
        return False
    if SCENE_BREAK_RE.fullmatch(paragraph) or SCENE_BREAK_RE.fullmatch(following.text):
        return False  # `* * * * *` between two scenes stands alone
    if following.text[:1].isupper() and is_latin_title(paragraph):
        return False  # (`titled`) `…Commercial Relations and a Navy` / `For the Independent…`
    if in_capitals(following.text, config) and not ends_mid_sentence(paragraph):
        return False  # `(_To be continued._)` / `THE AMATEUR CHURCH ORGANIST.`
    if paragraph.endswith((",—", ",--")) and following.text[:1] in '"“':
        return False  # a letter's salutation, `"MY DEAR FRIEND,—`, above its first paragraph
    if (
        paragraph.endswith((",", "—", "--"))
        and following.text[:1] in '"“'
        and not mostly_wide(paragraph)
    ):
        return False  # `Lady Catherine then observed,` / `cried out--` above a speech of its own
    if (
        len(paragraph) < LONGEST_DATELINE
        and dateline(paragraph + following.text)
        and not dateline(paragraph)
    ):
        return True  # a dateline cut in two: `央视网消息` / `（新闻联播）：`
    if following.text[:1] in PAUSE_START or (
        following.text[1:2] in CLAUSE_PAUSES_LIST and is_han(following.text[:1])
    ):
        # no block begins with a pause mark (`中非携手同行` / `，走出了一条…`), nor with a
        # one-character clause (`当今世界正值百年未有之大变` / `局，以中国和非洲为代表…`)
        return True
    # a headline with a comma stands in a run of headings (`房山区总工会` then its headline);
    # after a paragraph, a short line with a comma is the first half of a sentence
    if (
        looks_like_heading(paragraph, config)
        and (after_heading or not has_bare_comma(paragraph))
        and not has_perfective(paragraph)
    ):
        # a short line is a heading, unless the break cuts a common word in two (`南`/`极考察队`);
        # a section number (`二` above `老栓走到家，…`: `二老` is a word) cuts nothing
        return not SECTION_NUMBER_RE.match(paragraph) and (
            splits_word(paragraph, following.text)
            or cuts_date(paragraph, following.text)
            or (paragraph[-1:] not in "：:" and sentence_tail(following.text))
        )
    if paragraph.rstrip().endswith(("：", ":", "︰")) and not is_bare_dateline(paragraph):
        # `提出五点建议：` introduces the paragraphs that follow, even after a dateline
        # (`央视网消息（新闻联播）：…主要包括以下内容：` / `一是…`), unless it goes on in lowercase
        return goes_on_in_lowercase(paragraph, following.text)
    if is_subtitle(paragraph) or _byline(paragraph):
        return False
    if is_subtitle(following.text) or _byline(following.text):
        return False
    # a heading-like block after an unfinished one is a heading, unless nothing can end there
    # or it holds a bare comma (`现场发生了踩踏，为了`: the middle of a sentence)
    return (
        not looks_like_heading(following.text, config)
        or ends_mid_sentence(paragraph)
        or has_bare_comma(following.text)
    )


def _byline(text: str) -> bool:
    """`is_byline(text)`, refused at once where the text opens with no character a byline can
    open with: those of a Chinese one (`may_keep_line`) or `B`/`b` (`By Jane Austen`)."""
    return (text[:1] in "Bb" or may_keep_line(text)) and is_byline(text)


def _joiner(left: str, right: str) -> str:
    last, first = left[-1:], right[:1]
    if is_wide(last) or is_wide(first) or mostly_wide(left) or mostly_wide(right):
        return ""  # CJK text is cut anywhere, even inside a number or a Latin word
    if last in ("-", TYPESET_HYPHEN) and first.islower():
        return ""
    return " "


def _typeset_hyphen(left: str, right: str) -> bool:
    """A word a typesetter hyphenated at the foot of a page (`there‐` / page number, running
    head / `fore,`): the unwrap pass removes U+2010 at a line end before a lowercase letter
    (`unwrap.join.TYPESET_HYPHEN`); across a page break the join comes here, and the hyphen goes
    the same way. Evidence: bench/accuracy_extracted.py, en-weasy-1col tuning half, every word
    hyphenated on a page's last line (`there‐ fore`, `quick‐ ness`) kept its hyphen and a space.
    """
    return left.endswith(TYPESET_HYPHEN) and right[:1].islower() and not mostly_wide(left)


def _is_headline_half(text: str, config: Config) -> bool:
    """A heading-like Chinese block that may be half of a headline.

    A single character (`藥`, a story's title) and a section number (`一`, `第一章序`) are
    headings of their own above the next: 《吶喊》 sets its stories so.
    """
    return (
        MIN_HALF <= heading_length(text) <= config.max_heading_chars  # cheap, false for most
        and looks_like_heading(text, config)
        and mostly_wide(text)
        and not SECTION_NUMBER_RE.match(text)
        and not _byline(text)
        and not is_subtitle(text)
    )


MIN_HALF = 2
# what a text that `CHAPTER_LINE_RE` matches can open with (its words, any case): the only
# heading that ends a sentence (`_looks_like_heading`)
CHAPTER_INITIALS = frozenset("ABCPSVabcpsvſ")


def _may_be_headline_half(
    text: str, config: Config, before: dict[str, bool], now: dict[str, bool]
) -> bool:
    """`_is_headline_half` of a text no longer than a heading can be (the caller tests the
    length), asked only where it does not end a sentence, or is a chapter line. Each verdict is
    kept in `now`, and read from `before` (the pass's last run)."""
    if text[-1:] in SENTENCE_END and text[:1] not in CHAPTER_INITIALS:
        return False
    verdict = before.get(text)
    now[text] = verdict = _is_headline_half(text, config) if verdict is None else verdict
    return verdict


def _known_continues(
    known: tuple[Verdicts, Verdicts], paragraph: str, following: Block, config: Config, after: bool
) -> bool:
    """`_continues`, a function of the two texts and `after` alone (the configuration is the
    document's): read from the pass's last run (`known[0]`: a later round meets nearly all its
    pairs again), kept for the next (`known[1]`)."""
    key = (paragraph, following.text, after)
    verdict = known[0].get(key)
    if verdict is None:
        verdict = _continues(paragraph, following, config, after)
    known[1][key] = verdict
    return verdict


SECTION_NUMBER_RE = re.compile(
    r"第[一二三四五六七八九十百零〇两\d]+[章节回篇部卷集讲期]|[一二三四五六七八九十]+[、.．]?$"
)


# `_continues` verdicts by the paragraph's text, the next block's and `after_heading`
Verdicts = dict[tuple[str, str, bool], bool]
# two headings of one level share their last characters (`东城区总工会`, `西城区总工会`)
PARALLEL_SUFFIX = 2


def _label_suffixes(blocks: list[Block], heads: list[bool]) -> Counter[str]:
    """How many heading-like blocks of the body end with each two characters."""
    return Counter(
        b.text[-PARALLEL_SUFFIX:] for b, head in zip(blocks[1:], heads[1:], strict=True) if head
    )


def broken_headlines(
    blocks: list[Block], heads: list[bool], suffixes: Counter[str], config: Config
) -> set[int]:
    """Blocks that are the first half of a headline a layout break cut in two.

    Between two paragraphs, two heading-like blocks that together are no longer than a
    headline are one headline (`巴以民众希望` / `新年尽快实现和平`), unless the first is one of
    a series of section labels: a heading of the same level elsewhere in the text ends the same
    way (the seed's `东城区总工会`, `西城区总工会`, each above its own headline). No article of
    zh-news-xwlb has two headings in a row between paragraphs.
    """
    found: set[int] = set()
    for index in range(2, len(blocks) - 2):
        first, second = blocks[index].text, blocks[index + 1].text
        if not (heads[index] and heads[index + 1]) or heads[index - 1] or heads[index + 2]:
            continue
        if heading_length(first) + heading_length(second) > config.max_heading_chars:
            continue
        if has_bare_comma(second) or _continues(second, blocks[index + 2], config, True):
            continue  # the second is a paragraph's cut first words (`据多家美国媒` / `体6月…`)
        # a series of labels: another heading (not the second half) ends the same way
        same_end = suffixes[first[-PARALLEL_SUFFIX:]] - (
            second[-PARALLEL_SUFFIX:] == first[-PARALLEL_SUFFIX:]
        )
        if same_end < 2:
            found.add(index)
    return found


PARAGRAPH_NOTE = "paragraph continued after a layout break: joined"
HEADLINE_NOTE = "headline continued after a layout break: joined"


def _with_continuation(blocks: list[Block], index: int) -> Block:
    """The block at `index` with the blocks that certainly continue it (they open with a pause
    mark: `2022年11月1日 星期二` / `，粤港澳…`), as the block before it should judge it: no
    heading goes on after a comma. Judged alone, it would look like a heading in one round and,
    joined, like a paragraph in the next."""
    block = blocks[index]
    end = index + 1
    while end < len(blocks) and blocks[end].text[:1] in PAUSE_START:
        end += 1
    if end == index + 1:
        return block  # cheap: most blocks are not continued so
    return Block(block.start, blocks[end - 1].end, "".join(b.text for b in blocks[index:end]))


def _apart(paragraph: str, following: str) -> bool:
    """List items, notes, table rows and bylines keep their lines (`unwrap.kept`)."""
    return (may_keep_line(following) and opens_own_line(following, paragraph)) or (
        may_keep_line(paragraph) and (is_table_row(paragraph) or is_byline_line(paragraph))
    )


# what opens a heading, an item or a label set as a line of its own (`■関連記事`, `・…`)
LINE_MARKS = frozenset("■□◆◇●○・•▪▶▼★☆※")
# what a block cut inside a sentence may end on besides a Han character: a pause, or an opening
# bracket or quote (no writer ends a line on one, and CJK line breaking forbids it at a line's
# end: zh-news-xwlb has none at the end of its 1,984 titles and paragraphs)
CUT_PAUSES = frozenset("，、,；;（(“‘「『【《〈")


def _bound(text: str, following: str) -> bool:
    """A date or a phrase the break cut (`cuts_date`, `unwrap.openers.bound_across`: `…提出到2030`
    / `年，…`), which a text never hard-wrapped joins as a wrapped one does: the corpus evidence is
    the same breaks, between zh-news-xwlb's titles and paragraphs."""
    return cuts_date(text, following) or (mostly_wide(text) and bound_across(text, following))


def _may_be_cut(text: str) -> bool:
    """Whether a block of a text never hard-wrapped (`unwrap.unwrapped`) may be a paragraph's
    first half: only where it ends inside a sentence for certain (on a pause, `…党组书记、`) or
    on a Han character or an opening mark (`…纪念馆，《` / `没有共产党就没有新中国》等歌曲，…`), and
    opens with no mark of a line of its own. Any other is a line its
    writer ended: a heading, an item, a label or a credit (`■関連記事`, `・…【話題】`,
    `…薫さん（35歳）`, `制作編集：エヌプラス`). Evidence: bench/clean_text.py, ja-livedoor tuning
    half, where the layout pass joined such lines in 33 of the 67 clean articles; the seed
    article (samples/) cuts its unwrapped paragraphs after Han characters and pauses, and so
    does bench/damage.py; no zh-news-xwlb paragraph opens with one of `LINE_MARKS`. Japanese
    text never wrapped is not cut at all: every join left in the livedoor tuning half (7
    articles: headings ending on Han, `livedoor求人・転職`, a quoted line ending on `、`) was
    wrong, and no Japanese text or damage model shows a cut paragraph in an unwrapped text."""
    if not text or text[0] in LINE_MARKS:
        return False
    return text[-1] in CUT_PAUSES or is_han(text[-1])


def join_layout_breaks(
    text: str, config: Config, context: Context, *, full_rules: bool = False
) -> list[Edit]:
    """Join the blocks a layout break cut from the paragraph (or headline) before them.

    A pair whose paragraph ends a sentence is decided at once (`_continues` says no at its first
    test); `full_rules` asks every pair in full and every block whether it may be a headline's
    half (the tests compare the two).
    """
    blocks = context.blocks(text)
    edits: list[Edit] = []
    known: tuple[Verdicts, Verdicts] = (context.continues, {})  # (the last run's, this run's)
    context.continues = known[1]
    paragraph = blocks[0].text if blocks else ""
    after_heading = True  # the first block is a title, after which a headline may follow
    # (a headline with a long 《title》 is at most twice the limit: filter before calling)
    longest = 2 * config.max_heading_chars
    if full_rules:
        heads = [len(b.text) <= longest and _is_headline_half(b.text, config) for b in blocks]
    else:
        now: dict[str, bool] = {}  # (this run's verdicts)
        halves_before, context.headline_halves = context.headline_halves, now
        shortest = config.max_heading_chars
        # (a block longer than any heading, most of them, refused before a call; each 《title》
        # counts short, `heading_length`, so a block with one may run to `longest`)
        heads = [
            (len(t := b.text) <= shortest or ("《" in t and len(t) <= longest))
            and _may_be_headline_half(t, config, halves_before, now)
            for b in blocks
        ]
    suffixes = _label_suffixes(blocks, heads)
    halves = broken_headlines(blocks, heads, suffixes, config)
    habit: bool | None = None  # spaces at line edges throughout: asked at the first one
    # (judged by the unwrap pass before it joined the wraps; alone, on this text)
    unwrapped = context.unwrapped if context.unwrapped is not None else written_unwrapped(blocks)
    # (in Japanese text never hard-wrapped, nothing is cut: `_may_be_cut`)
    keeps_all = unwrapped and is_japanese(text)
    for index, (previous, block) in enumerate(pairwise(blocks)):
        is_first = previous is blocks[0]
        if paragraph[-1:] in SENTENCE_END and index not in halves and not full_rules:
            # (`ends_paragraph(paragraph)`: `_continues` is false, and no layout break is here)
            after_heading = (
                is_first
                or (
                    paragraph[0] in CHAPTER_INITIALS  # else `looks_like_heading` is false
                    and looks_like_heading(paragraph, config)
                    and (not heads[index] or suffixes[paragraph[-PARALLEL_SUFFIX:]] >= 2)
                )
            )
            paragraph = block.text
            continue
        if (
            not unwrapped
            or (
                not keeps_all
                and (_may_be_cut(previous.text) or _bound(previous.text, block.text))
            )
        ) and (
            # (`unwrap.headline`: a headline joined at its own measure ended there)
            paragraph not in context.headlines
        ) and (
            (index in halves and not _apart(previous.text, block.text))
            or (
                not is_first
                and _known_continues(
                    known, paragraph, _with_continuation(blocks, index + 1), config, after_heading
                )
            )
        ):
            joiner = _joiner(previous.text, block.text)
            if not joiner and space_at_break(
                text[previous.end : block.start], paragraph, block.text
            ):
                if habit is None:
                    habit = edge_spaces_everywhere(text)
                joiner = "" if habit else " "
            hyphen = _typeset_hyphen(previous.text, block.text)
            edits.append(
                Edit(
                    previous.end - hyphen,
                    block.start,
                    joiner,
                    "layout-break",
                    HEADLINE_NOTE if index in halves else PARAGRAPH_NOTE,
                )
            )
            # (with its space: the title test reads words, `…Authority in` / `Regard to…`)
            paragraph += joiner + block.text
        else:
            # a headline with a comma may follow the title or a section label of a series
            # (`房山区总工会`); after a lone heading it is a paragraph's first words
            after_heading = is_first or (
                looks_like_heading(paragraph, config)
                and (not heads[index] or suffixes[paragraph[-PARALLEL_SUFFIX:]] >= 2)
            )
            paragraph = block.text
    return edits
