"""The gap a word processor sets between Han and Latin letters or digits, given back as a space by
`pdftotext`: `2022 年 11 月 1 日`, `5G 网络` become `2022年11月1日`, `5G网络`.

LibreOffice and Word widen the gap between Han and Latin letters or digits by default
("autospace"; clreq: the gap is typography, set as a fraction of an em, not a character). A text
extractor that measures glyph positions reads that gap as a word space. Chinese news text has
no such spaces (zh-news-xwlb: 14 Han-space-Latin boundaries among 7,800, all headline pauses
such as `全国铁路暑运结束 8.3亿人次出行`); the typed "pangu" style has them everywhere
(the corpus's autocorrect/text.fixed.txt and pangu/*.expected.txt are clean texts with exactly
these spaces), so the form alone cannot tell damage from style. A space goes only where the text
shows all three:

- it came off a laid-out page (`laid_out`): lines hard-wrapped mid-sentence at a measure, or a
  form feed (pdftotext's page break), or page furniture the furniture pass took out (a running
  head, a page number, a masthead: `Context.paged`; an extractor that gives a paragraph a line
  still gives the page's furniture, and typed text has none). Typed pangu text holds one
  paragraph a line;
- the spacing is systematic (`systematic`): nearly every Han-Latin boundary inside a line is
  spaced, at least `MIN_SPACED` (2) of them beside no lower-case word and one a digit's (`李克强
  1 日`: one number set apart on both sides, the least a gap-spaced page shows; 4 digit
  boundaries were asked before, which kept the gaps of short stories: the blind damage model's
  spaced stories, tuning half of seeds 0-1, open the gate 126 times in 184 so, 110 with 4; the
  office-1col stories hold 5 or more and open either way, and of zh-news-xwlb's 325 articles
  the 3 with any Han-Latin space each hold tight boundaries, which close the gate at any
  count), or, where the tight ones stand in lines of their own (a headline or a note set in a
  style without the gap), in every line that shows one (`_spaced_by_paragraph`). It is judged
  on the text as this
  last pass gets it: the page furniture is gone (a running head set tight, `2023年3月1日 星期三`,
  is the paper's template, not the story's setting: the blind damage model's spaced stories,
  tuning half of seeds 0-1, open the gate 104 times in 184 so, 15 times measured on the file),
  and a boundary the unwrap pass made by joining two lines (`20` / `22 年`) is not counted
  tight, its two characters never having stood side by side on the page (`Context.origin`'s
  map). The real LibreOffice PDFs of
  bench/pdf_layouts.py (office-1col, tuning half, 52 files) read 2,503 spaced boundaries and
  not one tight one. A stray English word (`出席 in 印尼`, the stray pass's business) is never a
  digit, and a text with real pauses (`结束 8.3亿人次`) keeps them, its other boundaries being
  tight;
- it is Chinese: Japanese writers set real spaces around Latin words (livedoor: `iPhone 5 を`),
  and no Japanese extraction with this damage has been measured.

Each space removed is a change an editor can reject (`han-latin-gap`). A word of lower-case
letters alone keeps its spaces (`_beside_lower_word`). Removed wrongly, since the text cannot
tell them from the gaps: a real space read back as one with the gap (the headline pause above
reads `结束 8.3 亿` in the LibreOffice PDF), and the spaces of a pangu-spaced source typeset and
extracted: LibreOffice sets `最高可省 4446 元` and `最高可省4446元` alike, and pdftotext reads
both as `最高可省 4446 元` (autocorrect's text.fixed.txt and text.raw.txt, measured). Chinese
print sets no such spaces (the gap is the typesetter's), so an extracted page is far likelier to
be the second. Figures: bench/README.md, "Han-Latin gaps
given back as spaces by pdftotext (issue 12)".
"""

from __future__ import annotations

import re

from ..changes import Edit, SourceMap
from ..chars import HAN
from ..config import Config
from .cjk_space import FULLWIDTH_MARKS
from .context import Context

# a single space with Han on one side and a Latin letter or digit on the other (not `%`, which
# LibreOffice sets tight against Han: `20%以上`, `2%的`, every one in office-1col's tuning half,
# 18 in the 52 stories, while `萎缩0.3% 三年来` is a headline's real pause: no evidence of a
# gap); every pattern here opens with a literal, which the regex engine finds at C speed
SPACED_RE = re.compile(f" (?:(?<=[{HAN}] )(?=[A-Za-z0-9])|(?<=[A-Za-z0-9] )(?=[{HAN}]))")
# and in a text whose gaps were found, a space between a full-width mark and a Latin letter or
# digit after it (office-1col's tuning half: 16 such, `今天（ 11月1日）`, `。 2022年`, against
# 219 tight). Not a space after `%` before Han (`60% 以上`), though the pangu style spaces `%`
# as it spaces a digit (the corpus's pangu/*.expected.txt: `成分有 95% 是眼鏡`): LibreOffice
# sets no gap there, so on a LibreOffice page such a space was typed, and in Chinese news it is
# a headline's pause (`萎缩0.3% 三年来`); taken out on gap-spaced pages it cost the blind
# damage model's headlines (title right fell on held-out rows: tried and dropped)
GAP_RE = re.compile(
    f" (?:(?<=[{HAN}] )(?=[A-Za-z0-9])|(?<=[A-Za-z0-9] )(?=[{HAN}])"
    f"|(?<=[{FULLWIDTH_MARKS}] )(?=[A-Za-z0-9]))"
)
# and in those texts a space after a percentage in a sentence, its figure set apart on its left
# too (`覆盖 98% 的县城。`): the page spaced the figure as it spaces every number, so the space
# after it is the pangu style the pass takes out everywhere else; left alone it makes `覆盖98% 的`,
# neither style. zh-news-xwlb holds 26 `%` tight before Han in its paragraphs and no spaced one;
# its one `% ` before Han is a headline's real pause (`萎缩0.3% 三年来`), which a LibreOffice page
# sets `萎缩 0.3% 三年来` (office-1col, held-out): a headline ends on no full stop, so only a line
# that goes on to one is read (`_figure_spaced`, `_sentence_goes_on`)
PERCENT_SPACE_RE = re.compile(f"% (?=[{HAN}])")
FIGURE_RE = re.compile(r"[0-9][0-9.]*\Z")
SENTENCE_END_RE = re.compile("[。！？]")
# the spaced boundaries of a digit (`10 月`): a stray English word between Han is never one
DIGIT_SPACED_RE = re.compile(f" (?:(?<=[{HAN}] )(?=[0-9])|(?<=[0-9] )(?=[{HAN}]))")
# a note's line (`[1]据人民日报2023年11月01日报道。`): the note's own style, set after the story;
# its tight boundaries say nothing of the body's (`_spaced_by_paragraph`)
NOTE_LINE_RE = re.compile(r"[ \t\u3000]*\[[0-9]+\]")
LATIN_RE = re.compile(r"[A-Za-z0-9]+")
LOWER_WORD_RE = re.compile(r"[a-z]+")
HAN_RE = re.compile(f"[{HAN}]")
# a line that stops mid-sentence, and the line that carries on below it
_OPEN = f"{HAN}A-Za-z0-9，、"
WRAP_RE = re.compile(f"\n(?:(?<=[{_OPEN}]\n)|(?<=[{_OPEN}]\r\n))(?=[ \t]*[{HAN}A-Za-z0-9“（《])")
LINE_RE = re.compile(r"\n(?:(?<=\S\n)|(?<=\S\r\n))(?=[ \t]*\S)")

# the file as read and the map of a text's positions back to it (`Context.origin`)
Origin = tuple[str, SourceMap]

MIN_SPACED = 2  # fewer spaced boundaries are no system
SYSTEMATIC = 0.9  # the spaced share of all boundaries
MIN_WRAPS = 3  # lines broken mid-sentence that show a measure
WRAPPED_SHARE = 0.25  # of the line breaks between two lines of text


def systematic(text: str, origin: Origin | None = None) -> bool:
    """Whether nearly every Han-Latin boundary in `text`'s lines is spaced (`SYSTEMATIC`), at
    least `MIN_SPACED` of them beside no lower-case word and one a digit's (`10 月`).

    >>> systematic("2022 年 11 月 1 日，5G 网络")
    True
    >>> systematic("李克强 1 日在京会见")
    True
    >>> systematic("全国铁路暑运结束 8.3亿人次出行，2022年11月1日")
    False
    """
    if DIGIT_SPACED_RE.search(text) is None or not _spaced_at_least(text, MIN_SPACED):
        return False
    spaced = len(SPACED_RE.findall(text))
    limit = int(spaced * (1 - SYSTEMATIC) / SYSTEMATIC)
    return _tight_at_most(text, limit, origin) or _spaced_by_paragraph(text, origin)


def _spaced_by_paragraph(text: str, origin: Origin | None = None) -> bool:
    """Whether no line of `text` holds both a spaced and a tight Han-Latin boundary, and the
    lines with spaced ones are at least as many as those with tight ones.

    The gap is a paragraph's setting (Word's `w:autoSpaceDE`/`w:autoSpaceDN`, LibreOffice's
    "apply spacing between Asian and non-Asian text", both kept by paragraph style), so a
    headline or a note set in a style of its own can come off the page tight over a body that
    shows the gap at every boundary: one paragraph set tight says nothing of the others. Real
    pauses are not such lines: zh-news-xwlb's three articles with any Han-Latin space hold
    each in a headline that also holds a tight boundary (`结束 8.3亿人次`), so a line that
    mixes both keeps every space of the text. The blind damage model's gap-spaced stories
    (tuning half of seeds 0-1) whose gate the tight share closed: 30, of which 28 hold their
    tight boundaries only in lines of their own (a headline, a note) no more than the spaced.
    A note's line (`NOTE_LINE_RE`) is not counted among the tight ones: set after the story in
    a style of its own, it says nothing of the body's setting (a short story's one spaced
    paragraph under a tight headline and a tight note: 3 of the 7 laid-out gap-spaced stories
    whose gate stayed shut, the blind model's tuning half, seeds 0-4).

    >>> _spaced_by_paragraph("庆祝建党104周年\\n今天（7 月 1 日）上午，100 名代表")
    True
    >>> _spaced_by_paragraph("全国铁路暑运结束 8.3亿人次出行\\n今年7月1日起")
    False
    >>> _spaced_by_paragraph("建党104周年\\n今天 7 月 1 日\\n[1]据人民日报2023年7月1日报道。")
    True
    """
    # the lines by where they start (one past the line feed before them)
    spaced_lines = {
        text.rfind("\n", 0, m.start()) + 1
        for m in SPACED_RE.finditer(text)
        if not _beside_lower_word(text, m.start())
    }
    for start in spaced_lines:
        end = text.find("\n", start)
        if not _tight_at_most(text, 0, origin, start, len(text) if end < 0 else end):
            return False
    # (most texts set tight hold more tight lines than spaced ones within their first lines)
    tight_lines: set[int] = set()
    han = HAN_RE.match
    for match in LATIN_RE.finditer(text):
        first, after = match.span()
        if (first and han(text, first - 1) and _set_tight(first, first, origin)) or (
            han(text, after) and _set_tight(after, after - 1, origin)
        ):
            line = text.rfind("\n", 0, first) + 1
            if NOTE_LINE_RE.match(text, line) is not None:
                continue
            tight_lines.add(line)
            if len(tight_lines) > len(spaced_lines):
                return False
    return True


def _spaced_at_least(text: str, count: int) -> bool:
    """Whether `text` holds `count` spaced Han-Latin boundaries beside no word of lower-case
    letters alone (a stray word's spaces are the stray pass's evidence, no page's)."""
    for match in SPACED_RE.finditer(text):
        if not _beside_lower_word(text, match.start()):
            count -= 1
            if count <= 0:
                return True
    return False


def _tight_at_most(
    text: str, limit: int, origin: Origin | None = None, start: int = 0, end: int | None = None
) -> bool:
    """Whether `text` holds no more than `limit` boundaries of Han and Latin with no space
    between (in `text[start:end]`, where given); it stops counting past the limit (most texts
    pass it within a few lines).

    With `origin` (the file, and the map of `text`'s positions back to it), a boundary counts
    only where its two characters stood side by side in the file, the Latin one as an ASCII
    letter or digit: one the unwrap pass made by joining two lines (`20` / `22 年`) was a line
    break on the page, and a full-width digit (`２０２２年`, narrowed by the width pass) is set as
    a Han character, with no gap beside it.
    """
    tight = 0
    han = HAN_RE.match
    for match in LATIN_RE.finditer(text, start, len(text) if end is None else end):
        first, after = match.span()
        if first and han(text, first - 1) and _set_tight(first, first, origin):
            tight += 1
        if han(text, after) and _set_tight(after, after - 1, origin):
            tight += 1
        if tight > limit:
            return False
    return True


def _set_tight(at: int, latin: int, origin: Origin | None) -> bool:
    """Whether the characters before and at `at` stood side by side in the file, the one at
    `latin` there an ASCII letter or digit (`_tight_at_most`)."""
    if origin is None:
        return True
    source, source_map = origin
    after = source_map.to_source(at)
    if after - source_map.to_source(at - 1) != 1:
        return False
    return source[after - 1 if latin < at else after].isascii()


def laid_out(text: str) -> bool:
    """Whether `text` shows a page: a form feed, or lines broken mid-sentence (at least
    `MIN_WRAPS`, and `WRAPPED_SHARE` of the breaks between two lines of text).

    >>> laid_out("一行中间断\\n开的句子，又\\n断开，再次\\n断开。")
    True
    >>> laid_out("苹果开启促销。\\n\\n在 7 月 16 日期间。\\n")
    False
    """
    if "\f" in text:
        return True
    wraps = len(WRAP_RE.findall(text))
    return wraps >= MIN_WRAPS and wraps >= WRAPPED_SHARE * len(LINE_RE.findall(text))


def remove_autospace(text: str, config: Config, context: Context) -> list[Edit]:
    """Han-Latin spaces removed where the text shows they are a page's gaps (module docstring).

    The source as read (`Context.origin`) shows the page, before the unwrap pass joins its lines.

    >>> text = "在 2022 年 11 月\\n1 日，5G 网络\\n覆盖全国 31 个\\n省份，达到 98%\\n的人口。"
    >>> len(remove_autospace(text, Config(), Context()))
    9
    """
    if SPACED_RE.search(text) is None:
        return []
    source = context.origin[0] if context.origin is not None else text
    if context.japanese(text) or not (laid_out(source) or context.paged):
        return []
    if not systematic(text, context.origin):
        return []
    edits = [
        Edit(m.start(), m.end(), "", "han-latin-gap", "a page's Han-Latin gap read as a space")
        for m in GAP_RE.finditer(text)
        if not _beside_lower_word(text, m.start())
    ]
    edits += [
        Edit(m.end() - 1, m.end(), "", "han-latin-gap", "a spaced percentage's space after it")
        for m in PERCENT_SPACE_RE.finditer(text)
        if _figure_spaced(text, m.start()) and _sentence_goes_on(text, m.end())
    ]
    return sorted(edits, key=lambda edit: edit.start)


def _figure_spaced(text: str, percent: int) -> bool:
    """Whether the figure before the `%` at `percent` is set apart from Han by a space on its
    left (`覆盖 98%`), as the page sets every number (`PERCENT_SPACE_RE`).

    >>> _figure_spaced("覆盖 98% 的", 5), _figure_spaced("萎缩0.3% 三年", 5)
    (True, False)
    """
    figure = FIGURE_RE.search(text, max(0, percent - 20), percent)
    if figure is None:
        return False
    start = figure.start()
    return start >= 2 and text[start - 1] == " " and HAN_RE.match(text, start - 2) is not None


def _sentence_goes_on(text: str, at: int) -> bool:
    """Whether the line from `at` on reaches a full stop, `!` or `?` (full width): a sentence's
    figure, not a headline's pause (`PERCENT_SPACE_RE`).

    >>> _sentence_goes_on("达到 60% 以上。", 7), _sentence_goes_on("萎缩 0.3% 三年来首次\\n正文。", 9)
    (True, False)
    """
    end = text.find("\n", at)
    return SENTENCE_END_RE.search(text, at, len(text) if end < 0 else end) is not None


def _beside_lower_word(text: str, space: int) -> bool:
    """Whether the space at `space` stands beside a word of lower-case letters alone (`出席 in
    印尼`). zh-news-xwlb has 2,559 Latin tokens next to Han that open with a digit, 37 in capitals
    or mixed case (`5G`, `APEC`, `iPhone`) and none in lower case alone: such a word is a stray
    token, the stray pass's business, and its spaces are that pass's evidence."""
    after = LOWER_WORD_RE.match(text, space + 1)
    if after is not None:
        return not _latin(text[after.end() : after.end() + 1])
    start = space
    while start and "a" <= text[start - 1] <= "z":
        start -= 1
    return start < space and not _latin(text[start - 1 : start])


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()
