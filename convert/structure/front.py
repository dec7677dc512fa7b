"""The front matter: kicker, title, subtitle and byline, read off the first blocks; what follows
is the body."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..blocks import ends_paragraph, last_mark
from ..chars import is_cjk
from ..config import Config
from ..headings import (
    CHAPTER_LINE_RE,
    INNER_STOPS_RE,
    ends_in_tag,
    is_byline,
    is_dateline,
    is_name_line,
    is_subtitle,
    looks_like_heading,
    reads_as_headline,
    unmarked,
)
from ..headline_words import (
    STORY_READ,
    WORK_ALONE_RE,
    headline_restated,
    kicker_by_words,
    leads_into,
    opens_briefs,
    opens_on_name,
    restated_in_lead,
)
from ..model import Contributor
from .body import heading_flags
from .byline import front_byline, parse_byline


class FrontMatter(NamedTuple):
    title: str  # "" when the text has none: the caller names it
    subtitle: str
    kicker: str
    contributors: tuple[Contributor, ...]


def _is_title_line(texts: list[str], config: Config) -> bool:
    """A heading right under the title that no other heading follows is part of the title.

    As a section it would wrap the whole text; it is the title's second line (a subtitle).
    """
    if len(texts) < 2 or CHAPTER_LINE_RE.fullmatch(texts[0]) or is_name_line(texts[0]):
        return False
    flags = heading_flags(texts, config)
    return flags[0] and not any(flags[1:])


def _headline_before_story(texts: list[str]) -> bool:
    """The first block is the title, however long, when it reads as a headline (one line, no
    sentence-final mark: `headings.reads_as_headline`) and the story opens right after it, with a
    dateline (`央视网消息（新闻联播）：…`) or a byline (`□本报记者 张晶`).

    `max-heading-chars` stays the limit for headings inside the body; it cannot be the limit here.
    Evidence (the tuning half of `bench/clean_text.py`, zh-news-xwlb): 23 of 167 headlines are
    longer than it (33-80 characters, two-part headlines and `——` subtitles), and all 23 are
    followed by a dateline paragraph; 166 of the 167 articles open with a dateline, so a prose
    paragraph before a dateline is not what these texts hold. The story may open as a list
    whose first item holds the dateline (`（一）央视网消息…`: bench/damage_print.py's tuning
    half, every title it lost after the mastheads were gone).
    """
    return len(texts) > 1 and reads_as_headline(texts[0]) and _story_opens(texts[1:])


def _story_opens(texts: list[str]) -> bool:
    """The story opens with the first block: a dateline, a byline, or a caption over a dateline
    (`_headline_before_story`)."""
    if not texts:
        return False
    if is_dateline(unmarked(texts[0])) or is_byline(texts[0]):
        return True
    return len(texts) > 1 and _caption(texts[0]) and is_dateline(unmarked(texts[1]))


# a photo caption is one short sentence
LONGEST_CAPTION = 60


def _caption(text: str) -> bool:
    """One short sentence on a line of its own: a photo's caption, set between a headline and
    its story's dateline (`图为…现场画面。`). Evidence: bench/accuracy_extracted.py, weasy-narrow
    (tuning half), where a headline longer than `max-heading-chars` over a caption was no
    title; no story of zh-news-xwlb opens with a sentence before its dateline (166 of 167
    tuning articles open with one: `_headline_before_story`)."""
    return (
        "\n" not in text
        and len(text) <= LONGEST_CAPTION
        and ends_paragraph(text)
        and not INNER_STOPS_RE.search(text[:-1])
    )


# what a Japanese headline never ends with: a full stop, or a mark that leads into what follows
NOT_HEADLINE_ENDS = frozenset("。．.：:、，,；;")
# a `【…】` tag opening a line, text after it: a web headline's column or kind of story
OPENING_TAG_RE = re.compile(r"【[^【】\n]{1,40}】\s*\S")


def _headline_over_paragraph(texts: list[str], lang: str) -> bool:
    """A Japanese first line that ends no sentence, over a paragraph, is the title, however long
    and whatever mark of tone (`！`, `？`) it ends with. The paragraph may be a sentence its
    writer broke over two lines: the next line or the one after finishes a sentence.

    Japanese headlines take no closing full stop (`。`: newsroom style sets none in a 見出し), and
    often end on `！` or `？` or hold one inside (`旧式Macで禁断のパワーアップ！最新PCや…【ITフラッシュバック】`),
    which `looks_like_heading` refuses as sentences; the lead under them is prose, in sentences
    that end in `。`. A text set one paragraph a line puts the body right under the headline, so
    no blank line says so either, and a web article breaks its lines where its writer wants,
    sentence or not. Evidence (bench/clean_text.py, ja-livedoor tuning half): none of the 67
    titles holds a `。`, 31 hold a `！` or `？`; the line under the title finishes a sentence in
    all but one, whose lead of readers' voices finishes its first on the line after
    (`「将来が見えない」` / `「仕事が面白くない」・・・尽きないもの。`). A headline may be two
    sentences, one `。` between, when its second ends on no sentence mark (a noun, a quotation,
    a `【…】` tag: `悪質ファンが卑劣なツイート。JRA騎手は怒り心頭`), as no paragraph does.
    Evidence (ja-livedoor-more tuning half): 11 of 273 titles hold a `。`, each one only, 10
    ending on no sentence mark. A first line that leads into the next (`：`, `、`) or is a byline
    or a dateline is not a headline, nor one over lines that finish no sentence (items, table
    rows, verse) unless a `【…】` tag closes it (`headings.ends_in_tag`: a web headline's mark,
    over a lead its writer broke into short lines: `こんこん♪ふぉっくす紺子だよ＾＾` / `先週は`) or
    opens it (`【特集】Paul Smith | …カタログ[2/4]` over `Paul Smith LONDON` and a lead broken
    at pauses): 49 of the 340 titles of both tuning halves open with a tag, 26 of their 6,349
    body lines (credits, product labels `【キヤノン純正インク】…`), and a lead that opens so
    (`【ワシントン＝共同】…した。`) ends its sentence. (Chinese text keeps its own rule: a long
    first line is a headline only over a dateline or a byline, `_headline_before_story`.)
    """
    if len(texts) < 2 or not lang.startswith("ja"):
        return False
    first = texts[0]
    return (
        "\n" not in first
        and first.count("。") <= (0 if ends_paragraph(first) else 1)
        and last_mark(first) not in NOT_HEADLINE_ENDS
        and any(map(is_cjk, first))  # (Latin names may outnumber it: `「AQUOS PHONE」の…`)
        and not (is_byline(first) or is_dateline(first))
        and (
            any(map(ends_paragraph, texts[1:3]))
            or ends_in_tag(first)
            or OPENING_TAG_RE.match(first) is not None
        )
    )


# the most characters of a kicker (引题): a column's or a campaign's name (`聚焦全国两会`, `新春走基层`,
# `奋进新征程 建功新时代`), a phrase, never a sentence
MAX_KICKER = 16


def _kicker_over_story(texts: list[str]) -> bool:
    """A short line over a headline that its story's dateline or byline follows is the kicker
    (引题): Chinese newspapers set a headline as 引题 / 主题 / 副题, the kicker a short phrase in
    smaller type above the headline, and a story opens right under its headline (166 of the 167
    tuning articles of zh-news-xwlb open with a dateline: `_headline_before_story`), so a line
    above the headline is no part of the story. The kicker over a subtitle or a byline was taken
    already (`front_matter`); over a dateline it was read as the title and the headline as the
    body's first heading (bench/accuracy_blind.py, kicker, tuning half). A first line that
    cannot stand alone joins the headline instead (`_headline_cut`, tried first)."""
    return (
        len(texts) > 2
        and _kicker_line(texts[0])
        and not any(is_byline(t) or is_dateline(t) or is_subtitle(t) for t in texts[:2])
        and _headline_before_story(texts[1:])
    )


def _kicker_line(first: str) -> bool:
    """One short line of Chinese (a Chinese newspaper's form) that reads as a headline."""
    return (
        "\n" not in first
        and len(first) <= MAX_KICKER
        and any(map(is_cjk, first))
        and reads_as_headline(first)
    )


def _headline_cut(texts: list[str], config: Config) -> bool:
    """The first two blocks are one headline set on two lines, the story opening under them (a
    dateline or a byline: `_headline_before_story`), where the first cannot stand alone: its
    break cuts a word (`全国政协十三届常` / `委会第二十四次会议…`, `习近平举行仪` / `式欢迎…`:
    `words.splits_word`), which no editor's break between kicker and headline does, or it reads
    as no heading by itself (`各地庆祝党的` / `生日 凝聚磅礴力量`, a headline's source before its
    colon: `新华社长篇通讯：` / `登高壮观天地间——…`; 14 of the 167 headlines of zh-news-xwlb's
    tuning half open with such a source, `unwrap.headline._kicker`). Apart, the first line was
    the title or no title was found (bench/accuracy_blind.py, two-line-title, tuning half). A
    first line that reads as a heading alone may still lead into the second (`leads_into`), or
    be restated by the lead (`headline_words.headline_restated`: `新疆维吾尔自治区党委` / `主要负责
    同志职务调整` over a dateline was a kicker by its length, bench/accuracy_blind.py,
    two-line-title, tuning half) where the second line is no more than twice as long: a
    headline's lines share a measure, a kicker is set short over a headline of any length (a
    slogan its story quotes, `奋进新征程 建功新时代` over a headline of 60 characters, was run
    into the title without the test)."""
    if not _two_headline_lines(texts):
        return False
    if not looks_like_heading(texts[0], config) or _ends_on_work(texts[0], texts[1]):
        return True
    lead = _lead(texts[2:])
    if restated_in_lead(texts[0], texts[1], lead):
        return True
    if headline_restated(texts[0], texts[1], lead) and len(texts[1]) <= 2 * len(texts[0]):
        return True  # (one headline's two lines: neither twice the other, as a kicker may be)
    from ..normalize.words import splits_word  # (the word list loads only when a front asks)

    return splits_word(texts[0], texts[1]) and not opens_on_name(texts[1])


def _ends_on_work(first: str, last: str) -> bool:
    """The first of a headline's two lines leads into the last (`leads_into`), or the last is a
    work's title alone, which the first names (`《求是》杂志发表习近平总书记重要文章` /
    `《新时代新征程中国共产党的使命任务》`): 10 of the 167 headlines of zh-news-xwlb's tuning
    half end on a work's title, none is one alone. Apart, the title lost it
    (bench/accuracy_third.py, blank and flush, tuning half). Asked of a headline's last line
    only: its first may be a work's title, which a kicker stands over."""
    return leads_into(first, last) or WORK_ALONE_RE.fullmatch(last) is not None


def _two_headline_lines(texts: list[str]) -> bool:
    """The first two blocks are one line each of Chinese, neither a subtitle, a byline nor a
    dateline, that read as one headline together, the story opening under them or under their
    `——` subtitle (`_headline_ends`: over a subtitle, a first line that cannot stand alone was
    no title at all, and a kicker over the two was the title; 7 won, none lost, seeds 0-4).
    The second need not read as a headline alone: it closes what the first left open (`…重要文章
    《以中国式现代化全面推进强国建设、` / `民族复兴伟业》`, set apart by a blank line; all 167
    headlines of zh-news-xwlb's tuning half close every bracket they open, `BRACKET_PAIRS`). No
    title was found (bench/accuracy_blind.py, two-line-title, blocks, tuning half: 7 won, none
    lost, seeds 0-4)."""
    if len(texts) < 3 or "\n" in texts[0] + texts[1] or not _headline_ends(texts[2:]):
        return False
    if any(is_subtitle(t) or is_byline(t) or is_dateline(t) for t in texts[:2]):
        return False
    # (Latin lines would run together with no space)
    return any(map(is_cjk, texts[0])) and reads_as_headline(texts[0] + texts[1])


def _headline_ends(texts: list[str]) -> bool:
    """The headline ends over the first block: the story opens there (`_story_opens`), or the
    headline's `——` subtitle stands there over the story."""
    return _story_opens(texts) or (
        bool(texts) and is_subtitle(texts[0]) and _story_opens(texts[1:])
    )


def _lead(texts: list[str]) -> str:
    """The story's first paragraph among the blocks under a headline: past a subtitle and a
    byline (`——本报记者现场直击`, `本报记者 胡东明`)."""
    return next((t for t in texts[:3] if not (is_byline(t) or is_subtitle(t))), "")


def _kicker_over_cut(texts: list[str]) -> bool:
    """A kicker (`_kicker_over_story`'s form: one short line that reads as a headline) over a
    headline set on two lines: three heading lines over the story, as a paper sets 引题 over a
    主题 too long for one line. The front read two lines at most, so the kicker was the title
    and the headline's halves the body's first blocks (bench/accuracy_blind.py, kicker with
    two-line-title, tuning half). The two lines under the kicker need not show a cut
    (`_headline_cut`): a headline carries one kicker at most (none of the 15 column tags that
    open zh-news-xwlb's tuning headlines has a second after it), so the second of two short
    lines over a headline's last is no kicker (5 titles won, none lost, seeds 0-4, tuning)."""
    return (
        len(texts) > 3
        and _kicker_line(texts[0])
        and not (is_byline(texts[0]) or is_dateline(texts[0]) or is_subtitle(texts[0]))
        and _two_headline_lines(texts[1:])
    )


def _long_head(texts: list[str]) -> bool:
    """A kicker's line over a headline longer than `max-heading-chars` (one line, no sentence
    mark: `reads_as_headline`) over its `——` subtitle: the headline is the title at any length,
    as over a dateline (`_headline_before_story`: 23 of zh-news-xwlb's 167 tuning headlines are
    longer). The kicker was the title (bench/accuracy_blind.py, kicker with subtitle, tuning
    half)."""
    return _kicker_line(texts[0]) and reads_as_headline(texts[1]) and is_subtitle(texts[2])


def _no_kicker(first: str, second: str, lead: str) -> bool:
    """Of two headline lines over a subtitle or a byline, the first is the headline's first line,
    not a kicker, where it is longer than a kicker is (`MAX_KICKER`: `为中国式现代化建设贡献巾帼智慧和
    力量——习近平总书记在同` / `全国妇联…`), leads into the second (`leads_into`), or the lead
    restates it (`headline_words.headline_restated`: `空间站梦天实验舱与空间站` / `组合体在轨完成交会
    对接` / `——…综述`, read as a kicker by its length, bench/accuracy_third.py, blank and flush,
    tuning half). Chinese only, one line each (Latin lines would run together with no space)."""
    if "\n" in first + second or not any(map(is_cjk, first)) or not reads_as_headline(first + second):
        return False
    return (
        len(first) > MAX_KICKER
        or _ends_on_work(first, second)
        or restated_in_lead(first, second, lead)
        or headline_restated(first, second, lead)
    )


def _worded_kicker(texts: list[str]) -> int:
    """The first block is a kicker over a headline of one block (1) or two (2), told by what it
    says (`headline_words.kicker_by_words`: the story restates the headline's words, not the
    kicker's), else 0. Both one line of Chinese reading as a headline, neither a byline, a
    dateline nor a subtitle; the story opens under the headline or its subtitle
    (`_headline_ends`). Apart from the form, no kicker is told from a headline's first line
    set on a line of its own: `在习近平新时代中国特色社会主义思想指引下` / `李克强会见越共中央总书记`
    read as one headline of two lines (bench/accuracy_third.py, kicker, tuning half)."""
    if len(texts) < 3 or "\n" in texts[0] + texts[1]:
        return 0
    first = texts[0]
    if not (any(map(is_cjk, first)) and reads_as_headline(first)) or any(
        is_byline(t) or is_dateline(t) or is_subtitle(t) for t in texts[:2]
    ):
        return 0
    if _two_headline_lines(texts[1:]):
        size = 2
    elif reads_as_headline(texts[1]) and _headline_ends(texts[2:]):
        size = 1
    else:
        return 0
    under = [t for t in texts[1 + size :] if not (is_byline(t) or is_subtitle(t))]
    story = "".join(under)[:STORY_READ]
    briefs = opens_briefs(under)  # (a roundup's headline: restated nowhere)
    return size if kicker_by_words(first, "".join(texts[1 : 1 + size]), story, briefs) else 0


def front_matter(
    texts: list[str], lang: str, config: Config, *, headline: bool = False, known_title: str = ""
) -> tuple[FrontMatter, list[str]]:
    """The front matter of a text's blocks (`lang`, the article's language), and the blocks after
    it. `headline`: the first block is known to be set as a headline (`build_document`).
    `known_title`: the title is known from elsewhere (a Project Gutenberg header): every block is
    the text's, whose first blocks may still hold a subtitle or a byline."""
    title = subtitle = kicker = ""
    contributors: tuple[Contributor, ...] = ()
    index = 0
    worded = _worded_kicker(texts) if not known_title else 0
    has_title = bool(texts) and not known_title and (
        headline
        or bool(worded)
        or
        looks_like_heading(texts[0], config)
        or (len(texts) > 1 and is_subtitle(texts[1]))
        or _headline_before_story(texts)
        or _headline_over_paragraph(texts, lang)
        or _headline_cut(texts, config)
    )
    if has_title:
        over_front = (
            len(texts) > 2
            and (looks_like_heading(texts[1], config) or _long_head(texts))
            and not is_subtitle(texts[1])
            and (is_subtitle(texts[2]) or is_byline(texts[2]))
        )
        if not worded and (
            _headline_cut(texts, config)
            or (over_front and _no_kicker(texts[0], texts[1], _lead(texts[2:])))
        ):
            title, index = texts[0] + texts[1], 2
        elif worded == 2 or (not worded and _kicker_over_cut(texts)):
            kicker, title, index = texts[0], texts[1] + texts[2], 3
        else:
            if worded or over_front or _kicker_over_story(texts):
                kicker, index = texts[0], 1
            title = texts[index].replace("\n", " ")
            index += 1
    if index < len(texts) and is_subtitle(texts[index]):
        subtitle = texts[index]  # as printed, its `——` too: no writer or style sets one back
        index += 1
    if index < len(texts) and is_byline(texts[index]):
        contributors = parse_byline(texts[index])
        index += 1
    rest = texts[index:]
    if not contributors and lang.startswith("en"):
        found = front_byline(rest, config)
        if found is not None:
            contributors = parse_byline(rest[found]) or (Contributor(rest[found]),)
            rest = rest[:found] + rest[found + 1 :]
    if has_title and not subtitle and _is_title_line(rest, config):
        subtitle, rest = rest[0], rest[1:]  # `General Introduction` under `FEDERALIST. No. 1`
    return FrontMatter(known_title or title, subtitle, kicker, contributors), rest
