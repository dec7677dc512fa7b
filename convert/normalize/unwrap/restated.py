"""A news item's subhead that its story restates: a paragraph end, whatever the line's width.

News in brief sets each item under a subhead of its own, and the item's first sentence tells
the subhead's news again (`深中通道24小时车流量超12.5万车次` / `记者从广东省交通集团深中通道管理
中心了解到，截至今天（7月1日）15时，深中通道通车24小时车流量超过12.5万车次。`). Where no
indent and no blank line mark the paragraphs, a subhead that fills the measure reads as a wrap,
and a story's last line that fills it reads as one too: the subhead ran into its story, and
often the story before into the subhead. Width cannot tell them apart; the restatement can.
A narrow column wraps a subhead over two lines, which `measured_headlines` reads as a headline at
its own measure where the story's lines have its width (`restated_ends`). Evidence:
bench/README.md, "Narrow and flush pages: a subhead its story restates" and "The front, fourth
round".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...blocks import ends_paragraph
from ...chars import KANA_RE, mostly_wide
from ...config import Config
from ...headings import LIST_ITEM_RE, looks_like_heading
from .dropped import TEXT_MARKS
from .measure import LINE_SPACES
from .paragraphing import han
from .plain import closes_dateline, dateline

# characters in a row a subhead and its story's first sentence share (`深中通道`)
RESTATED = 4
# the share of a subhead's characters its story's first sentence repeats
COVERED = 0.5
# the share of a subhead of two full lines (one width: a paragraph's first two, by their width)
EVEN_COVERED = 0.9
# lines under a subhead read for its story's first sentence
STORY_LINES = 4
# characters of a story read for its second sentence, where it opens with its subhead's words
LONG_STORY = 80
# (`BlockSubheads.may_open` and `_holds_text_mark` test them one by one)
assert TEXT_MARKS == "，。；、"


class BlockSubheads:
    """`restated_subhead` of one block's lines, each line and size asked once: every break asks
    of the lines on both sides of it, so its neighbours ask the same again.

    The two tests that turn away nearly every line (a line of running text, `TEXT_MARKS`; a
    line after no sentence end, `_opens_after`) are taken once per line, for the whole block at
    its first question (`may_open`): they once ran at each of a line's four questions, a fifth
    of the unwrap pass on the bench's Chinese text."""

    __slots__ = ("_marked", "_opens", "config", "known", "lines", "wide_lines")

    def __init__(
        self, lines: Sequence[str], config: Config, wide_lines: Mapping[str, bool] | None = None
    ) -> None:
        self.lines, self.config, self.wide_lines = lines, config, wide_lines
        self.known: dict[tuple[int, int], bool] = {}
        self._opens: list[bool] | None = None
        self._marked: list[bool] = []

    def may_open(self) -> list[bool]:
        """Whether each line may open a subhead of one line or more: first in its block or
        after `_opens_after`, and holding no `TEXT_MARKS` (what `restated_subhead` asks first,
        of the line and of any line joined to it)."""
        if self._opens is None:
            lines = self.lines
            # (four tests of `in` beat one search of a class, on lines of a few dozen characters)
            self._marked = marked = [
                "，" in line or "。" in line or "；" in line or "、" in line for line in lines
            ]
            self._opens = [
                not marked[i] and (not i or _opens_after(lines[i - 1].strip(LINE_SPACES)))
                for i in range(len(lines))
            ]
            self._opens[-1] = False  # (no story under the last line)
        return self._opens

    @property
    def marked(self) -> list[bool]:
        """Whether each line holds a mark of running text (`TEXT_MARKS`), as `may_open` found."""
        self.may_open()
        return self._marked

    def __call__(self, index: int, size: int = 1) -> bool:
        # (a negative index, which `restated_ends` may ask, is `restated_subhead`'s alone)
        if index >= 0 and (not self.may_open()[index] or (size == 2 and self._marked[index + 1])):
            return False
        key = (index, size)
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = restated_subhead(
                self.lines, index, self.config, size, self.wide_lines
            )
        return found


def subhead_at_break(subhead: BlockSubheads, index: int, opened: int) -> bool:
    """The break after line `index` is one side of a restated subhead (`restated_subhead`) of
    one line or two: under it where its paragraph opened on the line (`opened`, the lines of the
    paragraph above it, 0) or on the one above (1), or over the next line. Not inside a subhead
    of two lines, whose first line alone the story restates as well."""
    opens = subhead.may_open()
    if not (opens[index] or opens[index + 1] or (opened == 1 and opens[index - 1])):
        return False  # (most breaks: no line a subhead could open on)
    if opened == 0 and subhead(index, 2):
        return False
    return (
        (opened == 0 and subhead(index))
        or (opened == 1 and subhead(index - 1, 2))
        or subhead(index + 1)
        or subhead(index + 1, 2)
    )


def restated_ends(subhead: BlockSubheads, wraps: set[int]) -> set[int]:
    """The breaks among `wraps` (a headline's at its own measure: `measured_headlines`) that end
    a restated subhead of two lines, or open one: a news brief's subhead at the story's own
    measure ran on into the story's lines of its width (`甘肃省三北工程攻坚战` / `首批重点项目全面
    启动` / `甘肃省三北工程攻坚战首批13个重点项目昨天…`, bench/accuracy_blind.py, narrow, tuning
    half), the run of one width read as one headline."""
    return {index for index in wraps if subhead(index - 1, 2) or subhead(index + 1, 2)}


def restated_subhead(
    lines: Sequence[str],
    index: int,
    config: Config,
    size: int = 1,
    wide_lines: Mapping[str, bool] | None = None,
) -> bool:
    """`lines[index]` (a block's line) is a news item's subhead over its story: a heading-like
    line (`looks_like_heading`, no mark of running text, `TEXT_MARKS`) after a sentence end (or
    first in its block) whose words the next lines' first sentence repeats.

    Restated means three things, each from a tuning miss of a looser test: a run of `RESTATED`
    characters in a row (opening on a Han one) is found in the story; the line's last two
    characters are (a subhead states its news whole, up to its verb or figure, and the story
    restates that too; a paragraph's first line cut by its wrap ends anywhere: `会议推举十三届
    全国政协主席汪洋在` / `全国政协十四届一次会议上…十三届全国政协副主席…`, weasy-narrow through
    pdftotext, tuning half); and at least `COVERED` of the line's characters lie in runs of two
    or more found there (a name the story repeats is not enough: `巴勒斯坦总统阿巴斯当天` /
    `谴责以军对巴勒斯坦平民实施屠杀。`). With a run of 4 in the next two lines alone, weasy-narrow
    tuning fell 0.9710 → 0.9647 (five such first lines split); with the three, it rises to 0.9727. The story's first
    line itself repeats the subhead's words but follows no sentence end (`记者从广东省交通集团
    深中通道管理中心` under the subhead): refused. Chinese only (no kana): no Japanese text was
    looked at.

    Where the story opens with the line's first words (`same_opening`) and its first sentence
    holds the line's last two characters, the share covered may be found in its first two
    sentences (`next_sentences`, `LONG_STORY` characters at most): a narrow column's four lines
    hold one sentence, and the rest of the subhead's news comes in the next (`委内瑞拉一3岁儿童在强震
    6天后获救` / `委内瑞拉全国代表大会主席…6400多人获救。当天，一名3岁儿童在强震发生6天后被救出。`).
    Evidence: zh-news-xwlb, 273 paragraphs of a subhead's form over a paragraph, 162 restated by
    the first sentence, 165 with the second (3 subheads more); 21,094 paragraphs' first lines cut
    at measures 10-25 and read over the rest: 31 restated either way (none more). The blind
    model's tuning halves (seeds 0-4, 10-14, all four shapes): 2 subheads, 26 breaks, every one
    a paragraph of the truth; no typeset PDF's text changed (p19s's wider window for every
    subhead lowered weasy-narrow's tuning half: bench/README.md, "Wrapped subheads").

    A subhead of two lines (`size` 2: a narrow column wraps it) is read joined, its last line
    no longer than the first and no longer than the story's first line, which fills the measure
    (a headline's last line of three does not: `习近平就南非约翰内斯` / `堡火灾向南非总统致慰` /
    `问电`). On the pdftotext text of the typeset PDFs' tuning halves (weasy-narrow, office-1col,
    weasy-1col, weasy, office) the test holds at 62 pairs of lines, every one a paragraph of the
    truth (a headline or a brief's subhead: `《中华人民共和国能源法》今起施` / `行`; `我国今起对53个非
    洲建交国` / `全面实施零关税举措`); without the story line's test, 2 more were three-line
    headlines. Two lines of one width (`甘肃省三北工程攻坚战` / `首批重点项目全面启动`, the story set
    at the same measure) are a paragraph's first two by their width, so the story must restate
    them near whole (`EVEN_COVERED`): the two such pairs of the PDFs are restated whole, and a
    paragraph's two lines on the blind model's narrow pages were restated at 0.75 (`会议推举十三
    届全国政` / `协主席汪洋在全国政协` / `十四届…十三届全国政协副主席…`).
    """
    if index + size >= len(lines):
        return False
    if index and not _opens_after(lines[index - 1].strip(LINE_SPACES)):
        return False  # (most lines: asked first, the cheapest test)
    line, even = lines[index].strip(LINE_SPACES), False
    if size == 2:  # (a subhead wrapped: its last line no longer)
        last = lines[index + 1].strip(LINE_SPACES)
        story_line = lines[index + 2].strip(LINE_SPACES)
        if not last or len(last) > len(line) or len(story_line) < len(last):
            return False  # (a story's first line fills the measure; a headline's last does not)
        line += last
        even = len(last) == len(line) - len(last)
    # (`wide_lines`: `mostly_wide` of the lines `measure_lines` judged, read, not asked again)
    wide = wide_lines.get(line) if wide_lines else None
    if not (mostly_wide(line) if wide is None else wide):
        return False
    if KANA_RE.search(line) or _holds_text_mark(line):
        return False
    if LIST_ITEM_RE.match(line):
        return False  # (a list item's first line: `（三）其中知识密集型服务出口增长较快`)
    if not looks_like_heading(line, config):
        return False  # (asked before the story's first sentence is read: a cached look-up)
    story = first_sentence(lines[index + size : index + size + STORY_LINES])
    if not _holds_text_mark(story):
        return False
    if not shares_run(line, story, RESTATED):
        return False
    if line[-2:] not in story and not same_opening(line, story):
        return False
    need = (EVEN_COVERED if even else COVERED) * len(line)
    if covered(line, story) >= need:
        return True
    # (a story that opens with the subhead's words may restate the rest in its second sentence)
    return (
        not even
        and same_opening(line, story)
        and covered(line, next_sentences(lines, index + size)) >= need
    )


def _holds_text_mark(text: str) -> bool:
    """`any(mark in text for mark in TEXT_MARKS)` by four tests of `in`, as `may_open` asks them:
    a generator's steps cost more than the four searches of a line or a sentence."""
    return "，" in text or "。" in text or "；" in text or "、" in text


def _opens_after(line: str) -> bool:
    """A subhead may follow `line`: a sentence end, or a news roundup's dateline alone on its
    line, ending on its colon (`央视网消息（新闻联播）：` over `前三季度全国铁路固定资产投资完成4750亿元`:
    zh-news-xwlb's tuning half holds 16 such lines, each a paragraph of its own, 12 over a
    subheading)."""
    return ends_paragraph(line) or (line.endswith("：") and dateline(line)) or closes_dateline(line)


def same_opening(line: str, story: str) -> bool:
    """The story opens with the line's first `RESTATED` characters or more (`苏丹快速支援部队称
    控制西部重要城市` / `苏丹快速支援部队10月31日宣布…`): a wrap continues its line's sentence and
    does not start it again, so a line its story opens with anew is a subhead even where the
    story does not restate its last words (`…城市` / `…扎林盖市`)."""
    return len(line) >= RESTATED and story.startswith(line[:RESTATED])


def next_sentences(lines: Sequence[str], index: int) -> str:
    """The story's first two sentences from line `index` on, within `LONG_STORY` characters."""
    text = ""
    for line in lines[index:]:
        text += line.strip(LINE_SPACES)
        if len(text) >= LONG_STORY:
            break
    text = text[:LONG_STORY]
    ends = [at for at, char in enumerate(text) if char in "。！？"]
    return text[: ends[1] + 1] if len(ends) > 1 else text


def first_sentence(lines: Sequence[str]) -> str:
    """The lines joined, up to the first sentence end."""
    text = "".join([line.strip(LINE_SPACES) for line in lines])
    ends = [at for at in (text.find("。"), text.find("！"), text.find("？")) if at >= 0]
    return text[: min(ends) + 1] if ends else text


def covered(line: str, text: str) -> int:
    """The characters of `line` in runs of two or more found in `text`."""
    count = start = 0
    while start < len(line) - 1:
        end = start + 2
        while end <= len(line) and line[start:end] in text:
            end += 1
        if end - 1 - start >= 2:
            count += end - 1 - start
            start = end - 1
        else:
            start += 1
    return count


def shared_run(line: str, text: str) -> int:
    """The most characters in a row of `line`, opening on a Han one, found in `text`."""
    best = 0
    for start in range(len(line)):
        if not han(line[start]):  # (`is_han` by comparisons)
            continue
        end = start + best + 1
        while end <= len(line) and line[start:end] in text:
            best = end - start
            end += 1
    return best


def shares_run(line: str, text: str, size: int) -> bool:
    """`shared_run(line, text) >= size`, stopped at the first run found: a run of `size` or more
    holds one of `size` at its start, and only whether one is found is asked."""
    return any(
        han(line[start]) and line[start : start + size] in text
        for start in range(len(line) - size + 1)
    )


def inside_subhead(subhead: BlockSubheads, index: int, opened: int) -> bool:
    """The break after line `index` is the one between the two lines of a restated subhead
    (`restated_subhead`, size 2) that opens a paragraph there (`opened`, the lines of the
    paragraph above the line, is 0): a wrap, which `breaks.unwrap_lines` keeps from
    `decide.paragraph_ends_here`'s rules.

    `subhead_at_break` ends a paragraph over a news item's subhead that a narrow column
    wrapped over two lines and under it, and refuses the break between its two lines; but a break
    it refuses goes on to `decide.paragraph_ends_here`, whose rules may end it all the same: where
    the text learnt that its paragraphs lost their indents, a subhead's first line at the measure
    over its last line, a few cells short, reads as a line over a paragraph's first, an indent
    short (`dropped.over_dropped_indent`: `《高端访谈》今晚播出对泰` / `国总理赛塔独家专访` / `今晚（3月
    1日），总台央视…`, a column of 12). The subhead was then cut after its first line, its last line
    read as the story's first and run into it (`dropped.runs_on`), and a later pass joined the
    three: subhead and story one paragraph.

    Where the two lines are a subhead its story restates (`restated_subhead`, size 2),
    the break between them is a wrap: that test holds on the typeset PDFs' tuning halves at 62
    pairs of lines, every one a paragraph of the truth. Neither line may be a dateline or end on a
    colon: `restated_subhead` reads no colon as a mark of running text, and office's tuning half
    joined a headline to the dateline under it (`…第五次会议在京闭幕` / `央视网消息（新闻联播）：`,
    its story restating the headline). Evidence: the blind model's tuning halves, seeds 0-4 and
    10-14, all four shapes: 30 breaks, 2 articles nearer the truth, none further; no tuning text of
    the extracted PDFs changed (office, weasy, weasy-narrow). bench/README.md, "Wrapped subheads".
    """
    return (
        opened == 0
        and not any(
            line.rstrip(LINE_SPACES).endswith(("：", ":")) or dateline(line.lstrip(LINE_SPACES))
            for line in subhead.lines[index : index + 2]
        )
        and subhead(index, 2)
    )
