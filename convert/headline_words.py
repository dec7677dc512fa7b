"""What a headline's second line opens on, read off jieba's tagged dictionary (`normalize.
stray_context`): a verb with no subject of its own goes on from the first line; a person's name
states its own subject. `structure.front` asks them of two headline lines over a story, and
`normalize.unwrap.front_lines` of a line under a headline (shared, as `headings` is)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .blocks import ends_paragraph
from .chars import KANA_RE, is_cjk
from .headings import reads_as_headline

# jieba's tag of a verb (`v`; a verb used as a noun, `vn`, may be a subject: `建设已提前…`)
VERB = ("v", False)


def verb_goes_on(second: str) -> bool:
    """The second line opens on a verb (jieba's tagged dictionary, `stray_context`): it has no
    subject of its own and goes on from the first (`习近平举行仪式` / `欢迎白俄罗斯总统访华`,
    `全国政协十四届常委会第十四次会议` / `举行全体会议 王沪宁出席`), where a headline under a
    kicker states its own subject. Evidence: 12 of the 167 headlines of zh-news-xwlb's tuning half
    open on a word so tagged (`迎接新学期 全国中小学陆续开学`, `庆祝中国共产党成立105周年大会…`),
    7 of them spaced or holding a `——` (the two parts of a spaced headline each stand, and jieba
    tags `以军`, Israel's army, a verb: `以军称… 以媒称…`), so a spaced line is left alone; read as
    the kicker, the first line was cut from its headline (bench/accuracy_blind.py,
    two-line-title, tuning half). Kept where it moved the most: on seeds 0-4 (tuning half) 26
    titles were won and 20 lost, 17 of those over a spaced line; unspaced, 23 won and 3 lost."""
    from .normalize.stray_context import neighbour_tags  # (loads only when asked)

    if " " in second:
        return False  # (its parts stand as a spaced headline's do: `迎接新学期 全国中小学陆续开学`)
    tags = neighbour_tags("", second)
    return tags is not None and tags[1] == VERB


# jieba's states of a person's name, a word of its dictionary (`nr`; `nrfg`, a full name: `李强`,
# `习近平`); not a surname alone (`贺`, `施`), which a cut word leaves at the next line's start
PERSON = (("nr", False), ("nrfg", False))


def opens_on_name(second: str) -> bool:
    """The second line opens on a person's name, read alone (jieba's tagged dictionary): it
    states its own subject (`李强将出席东亚合作领导人系列会议并访问印尼`), and the word the break
    seemed to cut is the name's first character read onto the line above (`高质量发展调研行` /
    `李强…`: `行李`). Joined, a kicker ran into its headline (bench/accuracy_blind.py, kicker,
    tuning half). A transliterated name cut at the break (`赫里` / `斯托祖利季斯…`) opens on no
    name jieba knows, and stays a cut."""
    from .normalize.stray_context import neighbour_tags  # (loads only when asked)

    tags = neighbour_tags("", second)
    return tags is not None and tags[1] in PERSON


# a person's full name as jieba's tagged dictionary holds it: `nrfg` (`习近平`, `李强`), or `nr` of
# three characters (`李克强`, `王沪宁`, `赵乐际`); its two-character `nr` words are as often no name
# (`权威`, `祝贺`)
FULL_NAME = "nrfg"
NAME_CHARS = 3


def opens_on_actor(first: str) -> bool:
    """The first of two headline lines opens on a person's full name, the headline's subject, and
    goes on (`习近平向瑞士` / `新任联邦主席致贺电`, `王沪宁会见波黑` / `议会代表院副主席`): it starts a
    headline's statement, as no kicker (引题: a column's or a campaign's name, a phrase) does.
    Evidence: 32 of the 167 headlines of zh-news-xwlb's tuning half open on a name so read, each
    the subject of the headline's verb; none of its 15 column tags does (`权威访谈` opens on a
    two-character `nr`, left out). Read as the kicker, the first line was cut from its headline
    (bench/accuracy_blind.py, two-line-title, tuning half: 29 titles won, none lost, seeds 0-4)."""
    from .normalize.stray_context import tags  # (loads only when asked)

    words = tags(first)
    if not words or len(words) < 2:
        return False
    word, tag = words[0]
    return tag == FULL_NAME or (tag == "nr" and len(word) == NAME_CHARS)



# jieba's tags of a time word: `t` (`今年`, `元旦`), `mq` (a count of periods: `一季度`); `f`, a
# place word, before a period's count (`前三季度`)
TIME = ("t", "mq")


def opens_on_time(first: str) -> bool:
    """The first of two headline lines opens on a time word and goes on past one more word
    (`一季度物流开局` / `稳中向好…`, `今年5G网络` / `建设已提前…`, `前三季度我国光` / `伏产业…`): the
    time of the headline's news, which opens its statement. Evidence: 8 of the 167 headlines of
    zh-news-xwlb's tuning half open on a time word (`元旦交通出行平稳有序`, `一季度我国服务贸易…`);
    none of its 15 column tags does. A kicker that names a column by its time is the time word and
    one more (`今日关注`, `元旦特别报道`, `年终特稿`: newspapers' standing columns), left out. Read as
    the kicker, the first line was cut from its headline (bench/accuracy_blind.py,
    two-line-title, tuning half: 10 titles won, none lost, seeds 0-4)."""
    from .normalize.stray_context import tags  # (loads only when asked)

    words = tags(first) or []
    if len(words) < 3:
        return False
    return words[0][1] in TIME or (words[0][1] == "f" and words[1][1] == "mq")


# the characters read across a break between two headline lines: two on one side, one on the other
RESTATED = 3
# the particles a headline drops where its lead writes them (`规模最大风电项目`: `规模最大的风电项目`)
DROPPED = "的了之"


def restated_in_lead(first: str, second: str, lead: str) -> bool:
    """The story's lead restates the headline across the break between its two lines: three Han
    characters spanning the break (two before it and one after, or one and two) stand together
    in the lead (`世界超高海拔地区` / `规模最大…`, the lead `世界超高海拔地区规模最大的风电项目…`;
    `第133届广交会` / `第三期今天开幕`, `…第133届广交会第三期今天（5月1日）开幕`). A news lead
    restates its headline's words; a kicker (引题: a column's or a campaign's name) is no piece
    of that statement, and its words run into the headline's nowhere. Evidence: on the 167
    headlines of zh-news-xwlb's tuning half, at every break between two Han characters, 2,233
    of 2,979 breaks (75 %) are so restated in the first paragraph; of the 15 `【…】` column
    tags over the rest of their headline, 1 (`【学习贯彻党的二十届四中全会精神】中央宣讲团…`,
    whose lead names the `…精神中央宣讲团`: the tag is a piece of the name). Four characters
    (two and two) are restated at 1,796 breaks (60 %), the tags alike. Digits count as the
    headline's words (`庆祝中国共产党成立` / `103周年…`): then 2,299 of 3,069 breaks (75 %), the
    tags alike; and two and two around a particle a headline drops (`的`, `了`, `之`:
    `世界超高海拔地区规模最大` / `风电项目…`, the lead `…规模最大的风电项目`): 2,303, the tags
    alike. Read as the kicker, the first line was cut from its headline
    (bench/accuracy_blind.py, two-line-title, tuning half, seeds 0-4: 38 titles won, none
    lost)."""
    windows = (first[-2:] + second[:1], first[-1:] + second[:2])
    if any(len(w) == RESTATED and all(map(_worded, w)) and w in lead for w in windows):
        return True
    before, after = first[-2:], second[:2]
    return len(before + after) == 4 and all(map(_worded, before + after)) and any(
        before + particle + after in lead for particle in DROPPED
    )


def _worded(char: str) -> bool:
    """A Han character or a digit: a piece of a headline's words (`成立` / `103周年`)."""
    return is_cjk(char) or char.isdigit()


# a subtitle's opening dash (副题)
DASH = "——"
# how much of the story's lead is read for a headline's words (all 12 `——` parts of zh-news-xwlb's
# tuning headlines are restated within the first 165 characters of the first paragraph), and the
# least of it that tells (the first restated words stand within its first 62)
LEAD_READ = 200
LEAD_LEAST = 80
# the characters of a piece of the headline looked for in the lead
GRAM = 4


def unrestated(dash_line: str, lead: str, head: str = "") -> bool:
    """The story's lead under a `——` line (`lead`, the block's text after it) restates fewer than
    half of the line's four-character pieces: the line is no part of the headline's statement but
    its subtitle (副题: `——来自基层一线的报道`, `——写在新的一年到来之际`), which stands apart at
    any width. A headline's own `——` part is what the lead says it reports: of the 12 `——` parts
    of zh-news-xwlb's tuning headlines (outside a work's `《…》`), 11 have 76 % or more of their
    four-character pieces in the first paragraph (`央视快评：深刻把握…——热烈庆祝中国共产党成立103周年`,
    the lead `本台播发央视快评《深刻把握…——热烈庆祝中国共产党成立103周年》`), one 6 %
    (`让明天的中国更美好——习近平主席新年贺词在全国各地引发强烈反响`). Undecided (False) where
    the block holds too little of the lead (`LEAD_LEAST`). Joined, the subtitle ran into the
    title (bench/accuracy_blind.py, subtitle, tuning half). A shorter lead is read against the
    headline above the dash (`head`, where the caller knows it: `_short_lead_tells`)."""
    part = dash_line[len(DASH) :]
    pieces = [part[i : i + GRAM] for i in range(len(part) - GRAM + 1)]
    if not pieces:
        return False
    if len(lead) < LEAD_LEAST:
        return _short_lead_tells(pieces, head, lead)
    return 2 * sum(piece in lead for piece in pieces) < len(pieces)


def _short_lead_tells(pieces: list[str], head: str, lead: str) -> bool:
    """A lead shorter than `LEAD_LEAST` tells a subtitle where it is whole (ends a sentence, no
    work's `《` left open) and restates the headline above the dash (`head`: a quarter of
    its pieces) and none of the dash line's `pieces`. A commentary's story is one sentence that
    quotes its headline whole (`本台今天（9月1日）播发央视快评《当好践行全球治理倡议的表率 携手迈向
    人类命运共同体》。`), under 80 characters: the subtitle set under it (`——各地推进高质量发展综述`)
    was undecided and ran into the title (bench/accuracy_third.py, narrow, subtitle, tuning
    half: 3 of 18 wrong titles, seeds 0-1). Evidence, the 12 `——` headlines of zh-news-xwlb's
    tuning half: their story read at every length under 80 characters, the rule says subtitle
    at none (a story restates the headline's own `——` part with the rest: `本台播发央视快评《深刻
    把握…——热烈庆祝中国共产党成立103周年》。`; cut before the part, it ends no sentence)."""
    heads = [head[i : i + GRAM] for i in range(len(head) - GRAM + 1)]
    if not heads or not ends_paragraph(lead) or lead.count("《") > lead.count("》"):
        return False  # (a lead cut short: the headline's `——` part may come next)
    if any(piece in lead for piece in pieces):
        return False
    return 4 * sum(piece in lead for piece in heads) >= len(heads)


# a web headline's column tag alone on its line (`【文化中国行】`)
TAG_ONLY_RE = re.compile(r"【[^【】\n]{1,20}】")
# a work's title standing alone (`《新时代新征程中国共产党的使命任务》`)
WORK_ALONE_RE = re.compile(r"《[^《》]+》")
# a headline's source that says (`俄称`, `美军称`, `俄媒称`), not a title (`称号`)
SAYS_RE = re.compile(r"[\u4e00-\u9fff]{1,4}称(?!号)")
# a number cut from its counter or unit (`庆祝中国共产党成立103` / `周年…`, `第133` / `届…`)
NUMBER_CUT_RE = re.compile(r"[0-9０-９]$")


# the pairs a headline closes as it opens (`【…】`, `《…》`): all 167 headlines of zh-news-xwlb's
# tuning half close every one they open
BRACKET_PAIRS = ("【】", "《》", "（）", "“”", "〈〉", "()", "「」")
# a spaced headline's parts (`俄称打击乌军装备 乌称空袭俄军人员`) are clauses: none of the 116 parts
# of the 53 spaced headlines of zh-news-xwlb's tuning half is shorter than 4 characters
SHORTEST_PART = 4


def _cut_inside(first: str, second: str) -> bool:
    """The break between two headline lines falls inside one of the headline's pieces, as no
    break after a kicker (a phrase that stands whole) does: the first leaves a bracket open
    (`【一线调研·加快形成新质生产力` / `】创新发展…`, `…重要文章《` / `团结奋斗…》`: every headline of
    zh-news-xwlb's tuning half closes what it opens, `BRACKET_PAIRS`), or the break cuts a
    spaced part short (`俄称打击乌军工企业 乌` / `称袭击俄境内油库`, `全面深化改` / `革 中国式…`: no
    part of those headlines is under `SHORTEST_PART` characters). Read as a kicker, the first
    line was cut from its headline (bench/accuracy_blind.py, two-line-title, tuning half)."""
    if any(first.count(pair[0]) > first.count(pair[1]) for pair in BRACKET_PAIRS):
        return True
    last, head = first.split(" ")[-1], second.split(" ")[0]
    return (" " in first and _short_part(last)) or (" " in second and _short_part(head))


def _short_part(part: str) -> bool:
    """A piece of Han text shorter than any part of a spaced headline (`SHORTEST_PART`)."""
    return 0 < len(part) < SHORTEST_PART and all(map(is_cjk, part))


def leads_into(first: str, second: str, verb: bool = True) -> bool:
    """The first of two headline lines leads into the second, as no kicker (引题: a column's name,
    a phrase, `一线观察`, `奋进新征程 建功新时代`) does: it holds a source's colon
    (`人民日报社论：`, `央视快评：新时代的光荣`: 14 of the 167 headlines of zh-news-xwlb's tuning
    half hold one in their first 14 characters, and a colon leads into what follows); it opens
    with a `【…】` column tag, alone or with the headline's first words after it, which the corpus
    prints as the headline's start (15 of the 167: `【文化中国行】唐三彩烧制技艺焕发新光彩`, cut
    as `【文化中国行】唐三彩` / `烧制…` too); or it ends on a number whose counter opens the next
    (`成立103` / `周年`: 22 of the 167 hold a number so); or it opens on a person's name, the
    headline's subject, or on the time of its news (`headline_words.opens_on_actor`,
    `opens_on_time`), or on a source that says (`俄称发动多轮` / `集群打击 乌称…`, `美军称打击`:
    11 of the 167 open on one to four characters and `称`, a report of what was said, which no
    kicker is: `SAYS_RE`). Read as the kicker, each was cut from its
    headline (bench/accuracy_blind.py, two-line-title and head-first, tuning half)."""
    return (
        SAYS_RE.match(first) is not None
        or "：" in first
        or ":" in first
        or TAG_ONLY_RE.match(first) is not None
        or (NUMBER_CUT_RE.search(first) is not None and is_cjk(second[:1]))
        or _cut_inside(first, second)
        or (verb and verb_goes_on(second))
        or opens_on_actor(first)
        or opens_on_time(first)
    )


# the characters of a piece of a line looked for in its story (`kicker_by_words`)
STORY_GRAM = 3
# at most this share of a kicker's pieces stand in its story, at least this share of its headline's
KICKER_SHARE = 0.2
HEADLINE_SHARE = 0.1
# the story read for it: the first characters of its text
STORY_READ = 2000


def kicker_by_words(first: str, rest: str, story: str, briefs: bool = False) -> bool:
    """The first of two front lines is a kicker (引题: a column's or a campaign's slogan,
    `落实党中央决策部署`) over the headline `rest`, told by what it says: the story (`story`, its
    text under the front) restates the headline's words and not the kicker's. A news story
    reports what its headline states, so a headline's pieces stand in it, the first line's as
    the rest's; a slogan names no fact of the story, and its words stand in it seldom.

    Read as three-character pieces of Han or digits (`STORY_GRAM`): the first line is a kicker
    where at most `KICKER_SHARE` of its pieces stand in the story (the first `STORY_READ`
    characters), at least `HEADLINE_SHARE` of the headline's do, the break between the two is
    not restated (`restated_in_lead`, read in the whole story) and the first line does not lead
    into the second (`leads_into`: an open bracket, a colon, a cut number, a name or a time
    opening a statement; a verb opening the second only where the story restates the first in
    part: `海军福建舰出海` / `开展首次航行试验`, the story naming `福建舰`, where a slogan's line over
    `庆祝中国共产党成立…` is restated nowhere), nor does the break cut a word (`美军称打` / `击也门…`:
    `words.splits_word`; the kicker's last character may read as a word with a name opening the
    headline, `高质量发展调研行` / `李强…`). A break at a space between a spaced headline's parts is
    no kicker's (`以军继续在加沙地带发动军事行动` / `哈马斯…`: both parts state, the first little
    restated). Chinese only: on hard-wrapped Japanese articles (bench/livedoor_wrapped.py, tuning)
    it set a title apart from its lead, which is `unwrap.headline_ja`'s to decide.

    Evidence, the 167 headlines of zh-news-xwlb's tuning half: cut after their 6th to 22nd
    character (1,765 cuts a headline's measure can make, the rest of the headline under the
    cut), 6 read so (0.3 %, in 4 headlines: `《求是》杂志出版` / `专刊发表…`, the story writing
    `《求是》杂志以专刊形式发表`; `世界政党政要` / `热烈祝贺…`); set at a measure of 8 to 22 and asked
    of the first line over the second alone, as `unwrap.front_lines.kicker_over` asks it, 4 of
    1,722 (0.2 %, 2 headlines). The twelve kickers of the two page models (bench/damage_blind.py,
    bench/damage_third.py: campaign slogans a paper sets, `在习近平新时代中国特色社会主义思想指引下`)
    over each of the 167 headlines and stories: 81.5 % told (the rest: a story that quotes the
    slogan, or a headline its story does not restate: a roundup's `国际联播快讯`). With the
    headline restated at a fifth of its pieces, 78.5 %, one cut less; three-character pieces, as
    `restated_in_lead` reads them: a real headline's first part stands nowhere in its story at
    7.5 % of cuts with three, 1.6 % with two (a slogan's bigrams stand in many stories), 15 %
    with four.

    A roundup's headline (`国际联播快讯`) is restated nowhere: its story is a run of briefs under
    their own subheads (`briefs`: `opens_briefs`), and there the headline's share is not asked.
    """
    if first[-1:] == " " or rest[:1] == " " or KANA_RE.search(first + rest):
        return False  # (a Japanese title over its lead is `headline_ja`'s: the evidence is Chinese)
    mine = story_share(first, story)
    if mine is None or mine > KICKER_SHARE or leads_into(first, rest, verb=mine > 0):
        return False
    theirs = story_share(rest, story)
    if theirs is None or (theirs < HEADLINE_SHARE and not briefs):
        return False
    if restated_in_lead(first, rest, story):
        return False
    from .normalize.words import splits_word  # (the word list loads only when a front asks)

    return not splits_word(first, rest) or opens_on_name(rest)


def story_share(line: str, story: str) -> float | None:
    """The share of the line's `STORY_GRAM`-character pieces of Han or digits that stand in
    `story` (None: the line holds none)."""
    pieces = [
        line[i : i + STORY_GRAM]
        for i in range(len(line) - STORY_GRAM + 1)
        if all(map(_worded, line[i : i + STORY_GRAM]))
    ]
    if not pieces:
        return None
    return sum(piece in story for piece in pieces) / len(pieces)


# the share of a first line's pieces the lead restates (and the headline's rest does not hold)
# that makes it the headline's own line, no kicker
FIRST_RESTATED = 0.5


def headline_restated(first: str, rest: str, lead: str) -> bool:
    """The story's first paragraph (`lead`) restates the first of two front lines: more than
    `FIRST_RESTATED` of its `STORY_GRAM`-character pieces stand in the lead and not in the line
    under it (`rest`: a kicker may share words with its headline, `高质量发展调研行` over `…推动卫生
    健康事业高质量发展`). A news story reports what its headline states; a kicker's slogan names no
    fact of it. Evidence, zh-news-xwlb's tuning half: a headline's first part as long as a kicker
    (its first 6 to 16 characters, 1,334 cuts), 59.0 % so restated (106 of the 167 headlines);
    the twelve kickers of the two page models (campaign slogans) over each of the 167 leads and
    headlines, 0.20 % (`落实党中央决策部署` over a story on the Party centre's plans). Counted
    with the headline's own pieces, the kickers' cost was 0.95 %; at half the pieces, 0.40 %
    (`高质量发展调研行` over a story on 高质量发展: three of its six)."""
    pieces = [
        first[i : i + STORY_GRAM]
        for i in range(len(first) - STORY_GRAM + 1)
        if all(map(_worded, first[i : i + STORY_GRAM]))
    ]
    restated = sum(piece in lead and piece not in rest for piece in pieces)
    return bool(pieces) and restated > FIRST_RESTATED * len(pieces)


# the longest dateline that stands alone as the story's first paragraph over a roundup's briefs
BARE_DATELINE = 20


def opens_briefs(under: Sequence[str]) -> bool:
    """The paragraphs under a front (`under`, past its subtitle and byline) open a roundup: a
    dateline alone (`央视网消息（新闻联播）：`, ending on its colon) over a brief's subhead (reads
    as a headline). Evidence, zh-news-xwlb's tuning half: so open all 16 roundups
    (`国内联播快讯`, `国际联播快讯`, `联播快讯`) and none of the 151 other stories, which run on
    from the dateline in its paragraph. A roundup's headline names no fact of its briefs, so
    the story restates it nowhere (`kicker_by_words`): a kicker over it was run into the title
    (bench/accuracy_third.py, kicker, tuning half). A roundup's headline is six characters, one
    line at any headline's measure: no real headline's first line is read so over one."""
    return (
        len(under) > 1
        and under[0].endswith("：")
        and len(under[0]) <= BARE_DATELINE
        and reads_as_headline(under[1])
    )
