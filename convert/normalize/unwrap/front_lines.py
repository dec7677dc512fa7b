"""The lines of a news front that stand apart from the headline's: a kicker above it, a
subtitle and a photo's caption under it (Chinese newspapers set a headline as 引题 / 主题 / 副题).
Each is an editor's break, not a wrap, and `breaks` keeps it; `structure.front` then reads the
kicker, the title and the subtitle off the blocks."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice

from ...blocks import Block
from ...chars import mostly_wide
from ...headings import is_bare_dateline, is_byline, reads_as_headline
from ...headline_words import LEAD_READ, STORY_READ, kicker_by_words, opens_briefs, unrestated
from .dropped import TEXT_MARKS
from .headline import AGREE, CAPTION, MIN_MEASURE, NARROWER, PAUSES, TAG_OPEN, _set_apart, _width
from .join import joiner
from .measure import LINE_SPACES
from .plain import dateline

# what opens a subtitle's line (副题): the two-em dash, as Chinese newspapers print it
SUBTITLE_DASH = "——"
# the blocks under a front read for its story's lead: a byline's, the lead's own
LEAD_BLOCKS = 3


def subtitle_apart(line: str, next_line: str, wide: int, head: str = "", lead: str = "") -> bool:
    """The break before a line that opens with `——` is an editor's, not a wrap: the line above
    (`head`, the paragraph so far, reads as a headline) stops short of the text's measure `wide`
    (by `NARROWER`, in characters; 0: unknown) or overruns it, and is not one width with the dash's line (within
    `AGREE`, a space between a headline's parts not counted: `_width`). Chinese newspapers set a
    headline as 引题 / 主题 / 副题, the subtitle on a line of its own under the headline, opening
    with `——` (`——来自基层一线的报道`); joined, it ran into the title (bench/accuracy_blind.py,
    subtitle, tuning half: `意大利铁路系统员工举行罢工` / `——来自基层一线的报道`, 13 and 11
    cells in a text of 31).

    A headline does wrap before its own `——`, and then its line fills a measure: the body's, or
    a headline's own, which the dash's line fills too unless it is the last
    (`人民日报社论：坚定信念信心 阔步复兴征程` / `——热烈庆祝中国共产党成立一百零四周年`, 19 and 19
    cells over a dateline: bench/accuracy_extracted.py, weasy-1col, tuning half; at a narrow
    headline measure, `以奋斗铸就新辉煌` / `——习近平总书记` / `在庆祝中华全国总`, weasy-narrow). A
    body's line opens with `——` too (`称，济州航空失事客机的一个黑匣子` / `——驾驶舱语音记录仪的数据已
    提取完`, weasy-narrow), where neither line is a phrase. The tuning halves of the five Chinese
    layouts' pdftotext text are unchanged by this rule. A dash's line a cell from the width of
    the line above is a short subtitle or a wrap's last line, and is left joined. A line longer
    than the text's measure was never wrapped at it (a headline set whole over a narrow column:
    bench/accuracy_blind.py, narrow, tuning half). A dash line that `lead` (the block's text
    under it; "" where the headline does not open its block: the caller) does not restate is a
    subtitle at any width, as under a news head (`headline_words.unrestated`). Read under any
    paragraph, it moved a held-out figure (bench/accuracy_extracted.py weasy-narrow, held-out F1
    0.9428 to 0.9420, seen as a figure only; tuning unchanged): asked only where the headline
    opens its block, as `caption_apart` is, the figure held and one tuning title of the blind
    model was given back (a kicker's headline, which opens no block).
    """
    if not next_line.startswith(SUBTITLE_DASH) or len(next_line) <= len(SUBTITLE_DASH):
        return False
    head = head or line
    news = _news_head(head) or (bool(lead) and unrestated(next_line, lead, head))
    if wide and wide - NARROWER <= len(line) <= wide + NARROWER and not news:
        return False  # the line above fills the text's measure: a wrap
    if abs(_width(line) - _width(next_line)) <= AGREE and not news:
        return False  # one headline's measure
    return (
        reads_as_headline(next_line)  # (a subtitle is a phrase, a body line a clause)
        and reads_as_headline(head)
        # (1 of zh-news-xwlb's 167 tuning headlines holds one, `MAX_PAUSES`: a commentary's,
        # `人民日报评论员文章：坚定信心，…——论学习贯彻…`, whose own `——` part no second follows)
        and ("，" not in head or DASH_OUTSIDE_TITLES_RE.search(head) is not None)
        and not dateline(head)  # (a story's lead is no headline)
    )


def caption_apart(head: str) -> bool:
    """A photo's caption (`CAPTION`) under a headline (`head`, the paragraph so far, reads as
    one and is no story's lead) opens a paragraph of its own, as a dateline does
    (`decide.paragraph_ends_here`): joined at its wrap over a caption, the headline is a line
    longer than the measure, which the next round read as a wrap and ran into the caption
    (bench/accuracy_extracted.py, office, tuning half: `韩正访问沙特图为韩正访问沙特现场画面。`).
    Asked where the headline opens its block (`breaks`): in weasy's two columns read across, a
    line the column cut (`本期展会涵盖时尚、家用纺织`) stood over a caption inside a block (its
    tuning half). A headline joined over a caption is no paragraph's
    continuation either (`Context.headlines`, which the layout pass reads): the joined line,
    longer than the measure, ran on from an unfinished paragraph above it (`…经济年均增长` /
    `全国人大常委会党组举行会议…`: office, tuning half)."""
    return reads_as_headline(head) and not dateline(head)


def kicker_apart(line: str, next_line: str, wide: int) -> bool:
    """A kicker's line (`_set_apart`) that opens its paragraph over a headline's line: both
    read as headlines (no sentence mark, no stop inside), the kicker narrower. Its break is an
    editor's wherever the story opens under it, not only over a dateline in the same block
    (`headline_wraps`): in a text that indents its paragraphs, a block goes on to the next
    indented line, and the unindented kicker and headline above the story's indented lead ran
    into one title (`一线观察李克强主持…会议`: bench/accuracy_blind.py, kicker, tuning half,
    indented and narrow pages). A wrap's line fills the measure and the line under it is no
    wider (bar `AGREE`), so no wrap is split; a line as short over a longer one that is a
    paragraph's (it ends a sentence or holds a stop) is left to the other rules. Asked only in
    a block whose paragraphs indents mark (`breaks`): where pdftotext lost the indents, a
    paragraph's first line is an indent narrower than the next and reads as a headline too
    (`中国工程院院士、新能源` / `电力系统全国重点实验室…`: bench/accuracy_extracted.py,
    weasy-narrow, tuning half: paragraphs of 10 files were so split when it was asked everywhere).
    A line that fills the text's measure `wide` (in characters, less `NARROWER`) is a wrap,
    however few cells its digits and Latin marks take (`2026"购在中国"国际` / `消费季(上海站)…`,
    13 characters, 10 cells, in a text of 13: bench/accuracy.py, seed 0)."""
    return (
        _set_apart(line, next_line)
        and not (wide and len(line) >= wide - NARROWER)  # (a line that fills it is a wrap)
        and _kicker_and_headline(line, next_line)
    )


def _kicker_and_headline(line: str, next_line: str) -> bool:
    """Both lines read as the front's: Han text (not a mojibake line: `20â\x80\x8b23å¹´ä¼`,
    bench/accuracy.py, seed 2), each a headline by `reads_as_headline`, no comma in either (a
    headline holds none: `subtitle_apart`), the lower not ending on a pause (`headline.PAUSES`)
    and no story's dateline."""
    return (
        mostly_wide(line)
        and reads_as_headline(line)
        and reads_as_headline(next_line)
        and "，" not in line + next_line
        and next_line[-1] not in PAUSES
        and not dateline(next_line)
    )


def short_kicker_apart(line: str, next_line: str) -> bool:
    """A line shorter than any headline's measure (`headline.MIN_MEASURE`, 6 cells, the fewest
    `measured_headlines` lets a headline's own measure hold; weasy-narrow's narrowest headline
    lines hold 8, headline.py) opening its paragraph over a headline's line: no wrap leaves a
    line so short, so its break is an editor's, after a kicker (`一线观察`, `新春走基层`: 5 of the
    15 column tags opening zh-news-xwlb's tuning headlines are as short, 4 distinct: `大国工匠`,
    `央视快评`, `权威访谈`, `劳动者之歌`).
    Asked wherever the paragraphs show or not (`kicker_apart` is asked only where indents mark
    them, and only over a wider line): joined, a kicker over a headline no wider than it ran into
    the title (`新春走基层大美中国`, bench/accuracy_blind.py, kicker, tuning half, every shape). Both
    lines read as headlines, as in `kicker_apart`."""
    return len(line) < MIN_MEASURE and _kicker_and_headline(line, next_line)


def tag_opens_apart(line: str, next_line: str) -> bool:
    """A line over one that opens with a `【` column tag, both read as headlines: the tag opens its
    headline (15 of the 167 headlines of zh-news-xwlb's tuning half open with one, none holds one
    further in), so the break before it is an editor's, after a kicker (`聚焦全国两会` /
    `【文化中国行】唐三彩…`, the tag itself cut at its measure: `【文化中国行` / `】唐三彩…`).
    Joined, the kicker ran into the title (bench/accuracy_blind.py, kicker, tuning half: 2 titles
    won, none lost, seeds 0-4). Both lines read as headlines, as in `kicker_apart`."""
    return next_line.startswith(TAG_OPEN) and _kicker_and_headline(line, next_line)


def front_line_apart(
    lines: list[str], start: int, index: int, wide: int, kicker: bool, after: str = ""
) -> bool:
    """Line `index` of a block (its paragraph opened at `start`) ends the front's line it is:
    a flush kicker over its headline (asked where `kicker` says the text allows one), a headline
    over a `图为` caption, or one over its `——` subtitle (the story's lead read on into `after`,
    the blocks under this one: `following_leads`). Chinese text only (the caller)."""
    line, next_line = lines[index], lines[index + 1]
    if (
        index == start
        and line[:1] not in LINE_SPACES  # a kicker is set flush: an indent opens a paragraph
        and (
            (kicker and kicker_apart(line.strip(LINE_SPACES), next_line.strip(LINE_SPACES), wide))
            or short_kicker_apart(line.strip(LINE_SPACES), next_line.strip(LINE_SPACES))
            or tag_opens_apart(line.strip(LINE_SPACES), next_line.strip(LINE_SPACES))
        )
    ):
        return True
    following = next_line.lstrip(LINE_SPACES)
    if following.startswith(CAPTION):
        # a headline opens its block
        return start == 0 and caption_apart(_head(lines, start, index))
    return (
        following.startswith(SUBTITLE_DASH)
        and subtitle_apart(  # (cheap: few lines do)
            line.strip(LINE_SPACES),
            next_line.strip(LINE_SPACES),
            wide,  # the text's measure, not a region's: the front's own lines make one
            _head(lines, start, index),
            # (the lead read only under a headline that opens its block, or its kicker does, as
            # `caption_apart` is asked)
            ("".join(piece.strip(LINE_SPACES) for piece in lines[index + 2 :]) + after)[:LEAD_READ]
            if start == 0 or (start == 1 and _kicker_line(lines[0].strip(LINE_SPACES)))
            else "",
        )
    )


def _kicker_line(line: str) -> bool:
    """A block's first line, set apart as a kicker over the headline under it (引题: `一线观察`,
    `奋进新征程 建功新时代`): it reads as a headline and is Han text with no comma."""
    return mostly_wide(line) and reads_as_headline(line) and "，" not in line


def following_leads(every: Sequence[Block], blocks: Sequence[Block]) -> list[str]:
    """For each of `blocks` (those of `every` with more than one line) that holds a `——`, the
    text of the blocks after it in `every` (up to `LEAD_READ` characters): the story's lead where
    the front ends its block, a blank line (and a byline) between it and the story. Read so, a
    `——` line the lead does not restate is a subtitle (`unrestated`); with the block's own
    lines only, the lead was too short to tell (`LEAD_LEAST`) and the subtitle ran into the
    title (bench/accuracy_blind.py, subtitle, tuning half: `美称其核心目标仍是伊朗放弃核武 …` /
    `——来自基层一线的报道` / (blank) / `央视网消息（新闻联播）：…`; bench/README.md, "The front,
    fourth round"). Elsewhere "" (cheap: few blocks hold a dash)."""
    leads: dict[int, str] = {}
    for number, block in enumerate(every):
        if SUBTITLE_DASH in block.text:
            text = ""
            for later in every[number + 1 : number + 1 + LEAD_BLOCKS]:
                text += later.text.replace("\n", "")
                if len(text) >= LEAD_READ:
                    break
            leads[block.start] = text[:LEAD_READ]
    return [leads.get(block.start, "") for block in blocks]


def _head(lines: list[str], start: int, index: int) -> str:
    """The paragraph's lines up to `index`, joined as the headline they would make."""
    return "".join(piece.strip(LINE_SPACES) for piece in lines[start : index + 1])


# a `——` outside a work's title (`《非凡的领航——…》` holds one of its own), and a `【…】` column tag
# opening a headline
DASH_OUTSIDE_TITLES_RE = re.compile(r"——(?![^《》]*》)")
OPENING_TAG_RE = re.compile(r"【[^【】\n]+】")


def _news_head(head: str) -> bool:
    """A headline that no `——` part of its own follows: the dash's line under it is its
    subtitle (副题) at whatever width (`李克强会见白俄罗斯总统` / `——写在新的一年到来之际`, 11 and
    12 cells: one width, read as a wrap). Evidence: 16 of the 167 headlines of zh-news-xwlb's
    tuning half hold a `——` part, which a headline wraps before; the part before it is a slogan
    or a commentary's title (`让明天的中国更美好`, `人民日报社论：…`), and in none of the 16
    does it open on a person's name or on the time of its news (`headline_words`:
    32 and 8 of the 167 headlines open so), nor with a `【…】` column tag (15 of the 167), nor
    hold a `——` already (outside a work's `《…》`: no headline holds two). Joined, the subtitle
    ran into the title (bench/accuracy_blind.py, subtitle, tuning half: 15 titles won, none lost,
    seeds 0-4)."""
    from ...headline_words import opens_on_actor, opens_on_time  # (jieba: when asked)

    if head.count("《") > head.count("》"):
        return False  # (the dash inside a work's title: `习近平《建设…的世界` / `——在第三届…》…`)
    return (
        DASH_OUTSIDE_TITLES_RE.search(head) is not None
        or OPENING_TAG_RE.match(head) is not None
        or opens_on_actor(head)
        or opens_on_time(head)
    )


def joined_headlines(lines: list[str], wraps: set[int]) -> list[str]:
    """The headlines whose wraps (`measured_headlines`) are `wraps`, each joined as
    `breaks` joins it."""
    found, text, spaced = [], "", False
    for index, line in enumerate(lines):
        piece = line.strip(LINE_SPACES)
        if text:  # (a space at the break kept, as the loop keeps it: roughly)
            spaced = spaced or line[:1] == " "
            text += (joiner(text, piece) or (" " if spaced else "")) + piece
        else:
            text = piece
        spaced = line[-1:] == " "
        if index not in wraps:
            if index - 1 in wraps:
                found += as_read_later(text)
            text = ""
    return found


# a space `pdftotext` gives the gap a typesetter leaves between Han and a digit or a Latin letter
# (`党中央 2022 年`), which the autospace pass closes up before the layout pass's later rounds
TYPESET_GAP_RE = re.compile(r"(?<=[^\x00-\x7f]) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) (?=[^\x00-\x7f])")


def as_read_later(headline: str) -> list[str]:
    """A joined headline as `Context.headlines` holds it: as joined, and without the typeset gaps
    at its digits (`TYPESET_GAP_RE`), as the layout pass's later rounds read it. Registered as
    joined only, a headline over a photo's caption was run into it in a later round
    (`…党中央2022年治国理政述评图为…`: bench/accuracy_extracted.py, office-1col, tuning half)."""
    closed = TYPESET_GAP_RE.sub("", headline) if " " in headline else headline
    return [headline, closed] if closed != headline else [headline]


def front_story(every: Sequence[Block], blocks: Sequence[Block]) -> str | None:
    """The text under the text's first block (up to `STORY_READ` characters), where that block
    is the first of `blocks` (it holds more than a line): what `kicker_over` reads the story in,
    past the block's own lines. None where the text's first block is one line (a front opens
    the text: no other block is asked)."""
    if not blocks or not every or blocks[0].start != every[0].start:
        return None
    text = ""
    for later in every[1:]:
        text += later.text.replace("\n", "")
        if len(text) >= STORY_READ:
            break
    return text[:STORY_READ]


def kicker_over(every: Sequence[Block], blocks: Sequence[Block], lines: list[str]) -> bool:
    """The text's first block (`lines`, the first of `blocks`, those of `every` with more than a
    line) opens with a kicker over the headline's first line under it, told by what it says
    (`headline_words.kicker_by_words`: the story restates the headline's words, not the
    kicker's), the story read in the block's lines under the two (less a `——` subtitle's and a
    byline's) and on into the blocks under it (`front_story`). The two lines read as the
    front's (`_kicker_line`, `reads_as_headline`; no story's dateline). Apart from the form, a
    kicker as long as the headline's lines, or longer (`在习近平新时代中国特色社会主义思想指引下` /
    `李克强会见越共中央总书记`), was read as the headline's first line and ran into the title
    (bench/accuracy_third.py, kicker, tuning half: the most joined blocks in every shape)."""
    if len(lines) < 2:
        return False
    first, second, under_at = lines[0].strip(LINE_SPACES), lines[1].strip(LINE_SPACES), 2
    if not reads_as_headline(second) and len(lines) > 2:
        # (a headline's first line may leave a work's title open: `…重要文章《以中国` / `式现代化…》`)
        second, under_at = second + lines[2].strip(LINE_SPACES), 3
    if not (_kicker_line(first) and reads_as_headline(second)) or dateline(second):
        return False
    story = front_story(every, blocks)
    if story is None or (not story and len(lines) <= under_at):
        return False
    under = "".join(
        piece
        for line in lines[under_at:]
        if not ((piece := line.strip(LINE_SPACES)).startswith(SUBTITLE_DASH) or is_byline(piece))
    )
    kept = [line for line in lines[under_at:] if not _front_piece(line)]
    briefs = briefs_under([kept, *(b.text.split("\n") for b in every[1:3])])
    return kicker_by_words(first, second, (under + story)[:STORY_READ], briefs)


def _front_piece(line: str) -> bool:
    """A `——` subtitle's line or a byline's: the front's, not its story's."""
    piece = line.strip(LINE_SPACES)
    return piece.startswith(SUBTITLE_DASH) or is_byline(piece)


def _dateline_block(group: Sequence[str]) -> Sequence[str]:
    """A block that holds a dateline alone wrapped over its lines (`央视网消息（新闻` / `联播）：`,
    a narrow column), as one line; any other block as it is."""
    whole = "".join(line.strip(LINE_SPACES) for line in group)
    return [whole] if len(group) > 1 and is_bare_dateline(whole) else group


def briefs_under(groups: Sequence[Sequence[str]]) -> bool:
    """The lines under a front (`groups`: the rest of its block, then the blocks under it, line
    by line) open a roundup (`headline_words.opens_briefs`): a dateline alone on its line
    (`央视网消息（新闻联播）：`) over a brief's subhead of one line or two, each ending its
    paragraph (`_line_ends`: its block's last line, a line short of its block's measure, a line
    over an indented one), the dateline a bare one (`headings.is_bare_dateline`), the subhead
    with no mark of running text (`TEXT_MARKS`). A narrow column runs dateline and subhead into
    one block (`　　央视网消息（新闻联播）：` / `　　俄称扩大战场优势 乌媒称攻击克里米` / `亚`), as a
    front that does not end its block runs the dateline under the headline; read by blocks
    only, the kicker over such a roundup was run into the title (bench/accuracy_third.py,
    narrow, kicker, tuning half: 7 of 18 titles wrong, seeds 0-1).

    Evidence, the pdftotext text of the typeset PDFs' tuning halves (every line that could be
    a bare dateline, asked with the lines and two blocks under it): weasy-1col and office-1col
    19 fired each, weasy-narrow 14, all a dateline alone over a subhead in the truth. With the
    dateline's own line read short only, 2 more fired on a dateline that a narrow column wrapped
    early (`央视网消息（新闻联播）：` / `2024年中非合作论坛峰会将于9` / `月4日…`, digits set narrow):
    the subhead's own end refuses them. Widths are cells (`_width`): read in characters, a
    line of office's two columns (`记者今天（11 月 1 日）从第五届`) read short. None of the
    corpus's paragraphs under a bare dateline holds a mark of running text (the two colon
    paragraphs over a paragraph that does, `习近平提出3点建议：`, are no datelines)."""
    rows = list(islice(_rows(groups), 3))  # (the dateline, the subhead, its second line)
    if len(rows) < 2 or not (rows[0][1] and is_bare_dateline(rows[0][0])):
        return False
    subhead, ends = rows[1]
    if not ends and len(rows) > 2:
        subhead, ends = subhead + rows[2][0], rows[2][1]
    if not ends or any(mark in subhead for mark in TEXT_MARKS):
        return False
    return opens_briefs([rows[0][0], subhead])


def _rows(groups: Sequence[Sequence[str]]) -> Iterator[tuple[str, bool]]:
    """The groups' lines with text, each with whether it ends its paragraph (`_line_ends`),
    made as asked (a block of a flush page may hold thousands of lines: its widest line is
    measured once, when its first line is)."""
    for group in map(_dateline_block, groups):
        widest: int | None = None
        for index, line in enumerate(group):
            if text := line.strip(LINE_SPACES):
                if widest is None:
                    widest = max(map(_width, group))
                yield text, _line_ends(group, index, widest)


def _line_ends(group: Sequence[str], index: int, widest: int) -> bool:
    """The line at `index` ends its paragraph: its block's last, one short of the block's
    measure (`widest`, by `NARROWER` cells, `_width`: pdftotext spaces digits from Han,
    `11 月`), or one over an indented line."""
    if index == len(group) - 1:
        return True
    line, after = group[index], group[index + 1]
    return _width(line) <= widest - NARROWER or (after[:1] or "x") in LINE_SPACES
