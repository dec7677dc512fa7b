"""A second, independent damage model: a news article as print extraction gives it back.

Written from how a newspaper page is set and how `pdftotext`-like extraction reads it, not from
bench/damage.py (which it does not import or copy). One call turns a clean article into the text
a user would paste from a printed page, and the blocks a reader expects back:

- page one opens with the page's furniture: a masthead (paper and date, with or without the
  weekday), an edition or page marker (`第5版 国际`), or a programme with its date;
- the story is set in one of three page shapes: `blocks` (blank line between paragraphs, lines
  wrapped at 24-40 characters or not at all), `indented` (no blank lines; a paragraph's first line
  indented by ideographic or ASCII spaces), `narrow` (columns of 10-25 characters whose measure
  changes from paragraph to paragraph, as around a picture);
- lines are cut into pages; between two pages come a running foot (a page number), sometimes a
  form feed, and a running head, wherever the page ends: inside a paragraph, inside a sentence;
- some articles get a byline under the headline (`□本报记者 张三 李四`), a plain-text list (one of
  their paragraphs set as `1.`/`（一）`/`•` items), a tab-separated table, and `[1]` notes at the
  end (with the call `[1]` in a paragraph); some get stray Latin words inserted between two Han
  characters (an insertion: the truth does not have them).

Truth: the headline, the byline as `Document.byline()` prints it, then every paragraph; a list's
items, a table's rows (tabs kept) and the notes are one block per line. Everything is seeded by
the article id and the seed, so a set is the same on every machine.
"""

from __future__ import annotations

import datetime
import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field

SHAPES = ("blocks", "indented", "narrow")
PAPERS = (
    "人民日报",
    "光明日报",
    "经济日报",
    "科技日报",
    "中国青年报",
    "北京日报",
    "文汇报",
    "南方日报",
)
PROGRAMMES = ("新闻联播", "朝闻天下", "东方时空", "新闻直播间", "午夜新闻")
SECTIONS = ("要闻", "国际", "国内", "经济", "综合", "时政", "社会", "文化", "体育", "评论")
WEEKDAYS = "一二三四五六日"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙朱马胡郭林何高罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国晶鹏"
ROLES = ("本报记者", "新华社记者", "本报通讯员", "记者")
STRAYS = ("and", "the", "of", "in", "und", "et", "to", "is")
CHINESE_NUMERALS = "一二三四五六七八九十"
NO_LINE_START = "，。、；：？！”’）》」』〉…—"
NOTES = (
    "资料来源：国家统计局。",
    "数据截至上月底，部分数据为初步统计。",
    "本文有删节，标题为编者所加。",
    "文中人名均为化名。",
    "相关报道见本报今日第3版。",
)
TABLE_HEADS = (
    ("项目", "去年", "今年", "增长"),
    ("地区", "数量", "占比"),
    ("指标", "一季度", "二季度"),
)
TABLE_ROWS = ("粮食产量", "货物贸易", "新增就业", "居民收入", "东部", "中部", "西部", "东北")


@dataclass
class Damaged:
    text: str
    title: str
    truth: list[str]
    shape: str
    kinds: list[str] = field(default_factory=list)


def _rng(article_id: str, seed: int, salt: str = "") -> random.Random:
    digest = hashlib.sha256(f"{article_id}/{seed}/{salt}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _date(article: dict[str, object]) -> datetime.date:
    raw = str(article.get("date") or "20240301")
    return datetime.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))


def _masthead_forms(day: datetime.date, rng: random.Random) -> list[str]:
    """The forms a page's furniture takes; the same list gives the running heads."""
    paper, programme = rng.choice(PAPERS), rng.choice(PROGRAMMES)
    page, section = rng.randint(1, 16), rng.choice(SECTIONS)
    weekday = f"星期{WEEKDAYS[day.weekday()]}"
    long_date = f"{day.year}年{day.month}月{day.day}日"
    return [
        f"{paper}  {long_date} {weekday}",
        f"{paper}\t{long_date}\t{weekday}",
        f"第{page}版 {section}",
        f"第{page}版：{section}",
        f"{long_date}  {weekday}  第{page}版",
        f"{programme} {long_date}",
        f"{programme}（{day.year}年{day.month:02d}月{day.day:02d}日）",
        f"{day.year}.{day.month:02d}.{day.day:02d}  {weekday}  {section}",
    ]


def _page_foot(number: int, style: int) -> str:
    return (f"- {number} -", f"{number}", f"第{number}页", f"— {number} —")[style]


def _width(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2E80 else 1.0


def _wrap(text: str, measure: int) -> list[str]:
    """Cut `text` into lines of `measure` Han widths; a line never starts with closing
    punctuation (it stays on the line before, as typesetters do)."""
    lines: list[str] = []
    current, width = "", 0.0
    for ch in text:
        if width + _width(ch) > measure and current and ch not in NO_LINE_START:
            lines.append(current)
            current, width = "", 0.0
        current += ch
        width += _width(ch)
    if current:
        lines.append(current)
    return lines


def _byline(rng: random.Random) -> tuple[str, str]:
    names = [
        rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
        for _ in range(rng.randint(1, 3))
    ]
    role = rng.choice(ROLES)
    return f"□{role} {' '.join(names)}", " ".join([role, *names])


def _list_items(paragraph: str, rng: random.Random) -> list[str] | None:
    """A paragraph of several sentences set as a list, one sentence an item."""
    sentences = [s + "。" for s in paragraph.split("。") if s]
    if not 3 <= len(sentences) <= 8 or not paragraph.endswith("。"):
        return None
    style = rng.randrange(4)
    marks = [
        (f"{i}.", f"{i}. ", f"（{CHINESE_NUMERALS[i - 1]}）", "• ")[style]
        for i in range(1, len(sentences) + 1)
    ]
    return [m + s for m, s in zip(marks, sentences, strict=True)]


def _table(rng: random.Random) -> list[str]:
    head = rng.choice(TABLE_HEADS)
    rows = ["\t".join(head)]
    for name in rng.sample(TABLE_ROWS, rng.randint(2, 4)):
        cells = [f"{rng.randint(10, 9999)}" for _ in head[1:-1]]
        last = (
            f"{rng.uniform(0.1, 30):.1f}%"
            if head[-1] in ("增长", "占比")
            else str(rng.randint(10, 999))
        )
        rows.append("\t".join([name, *cells, last]))
    return rows


def han_gaps(paragraph: str) -> list[int]:
    """The places between two Han characters, where a stray word can be put."""
    return [
        i
        for i in range(1, len(paragraph))
        if "\u4e00" <= paragraph[i - 1] <= "\u9fff" and "\u4e00" <= paragraph[i] <= "\u9fff"
    ]


def _insert_strays(paragraph: str, rng: random.Random) -> str:
    """A stray Latin word inserted between two Han characters (once or twice)."""
    for _ in range(rng.randint(1, 2)):
        spots = han_gaps(paragraph)
        if not spots:
            break
        at = rng.choice(spots)
        word = rng.choice(STRAYS)
        spaced = rng.random() < 0.6
        paragraph = paragraph[:at] + (f" {word} " if spaced else word) + paragraph[at:]
    return paragraph


# a unit of the story as set: its kind ("p", "item", "row", "note"), the text the page shows,
# and the text the truth expects
Unit = tuple[str, str, str]


# puts stray words into a paragraph: `_insert_strays`, or another model (bench/damage_indep.py)
Inserter = Callable[[str, random.Random], str]


def _units(
    article: dict[str, object],
    rng: random.Random,
    kinds: list[str],
    insert: Inserter | None = None,
) -> list[Unit]:
    paragraphs = [str(p) for p in article["paragraphs"]]  # type: ignore[attr-defined]
    units: list[Unit] = []
    list_at = rng.randrange(len(paragraphs)) if rng.random() < 0.3 else -1
    table_at = rng.randrange(len(paragraphs)) if rng.random() < 0.2 else -1
    notes = rng.random() < 0.2
    strays = rng.random() < 0.3
    for index, paragraph in enumerate(paragraphs):
        items = _list_items(paragraph, rng) if index == list_at else None
        if items:
            kinds.append("list")
            units.extend(("item", item, item) for item in items)
        else:
            shown = paragraph
            if notes and index == len(paragraphs) - 1 and paragraph.endswith("。"):
                shown = paragraph = paragraph[:-1] + "[1]。"
            if strays and rng.random() < 0.4:
                shown = (insert or _insert_strays)(paragraph, rng)
                if shown != paragraph:
                    kinds.append("stray-inserted")
            units.append(("p", shown, paragraph))
        if index == table_at:
            kinds.append("table")
            units.extend(("row", row, row) for row in _table(rng))
    if notes:
        kinds.append("notes")
        for number, note in enumerate(rng.sample(NOTES, rng.randint(1, 2)), start=1):
            units.append(("note", f"[{number}] {note}", f"[{number}] {note}"))
    return units


def _set_lines(units: list[Unit], shape: str, rng: random.Random) -> list[str]:
    """The story's lines as the page sets them ("" is a blank line)."""
    measure = rng.choice((0, 24, 28, 32, 36, 40)) if shape == "blocks" else rng.randint(24, 40)
    indent = rng.choice(("　　", "  ", "    ", "\u3000\u3000"))
    blank_between = shape == "blocks" or (shape == "narrow" and rng.random() < 0.4)
    lines: list[str] = []
    for kind, shown, _ in units:
        if shape == "narrow" and (kind == "p" or rng.random() < 0.5):
            measure = rng.randint(10, 25)  # the column's measure changes around a picture
        if kind == "row":
            lines.append(shown)  # a table row is never wrapped
            continue
        first = indent if shape != "blocks" and kind == "p" else ""
        wrapped = _wrap(first + shown, measure) if measure else [shown]
        if blank_between and lines and lines[-1] != "":
            lines.append("")
        lines.extend(wrapped)
    return lines


def _paginate(
    lines: list[str], furniture: list[str], rng: random.Random, kinds: list[str]
) -> list[str]:
    """Cut the lines into pages and put a running foot and head between two pages."""
    per_page = rng.randint(8, 30)
    head = rng.choice(furniture)
    foot_style = rng.randrange(4)
    number = rng.randint(1, 20)
    form_feed = rng.random() < 0.4
    out: list[str] = []
    for index, line in enumerate(lines):
        if index and index % per_page == 0:
            kinds.append("page-break")
            out.extend(["", _page_foot(number, foot_style)])
            number += 1
            out.append("\f" + head if form_feed else head)
            out.append("")
        out.append(line)
    return out


def damage_article(
    article: dict[str, object], shape: str, seed: int, insert: Inserter | None = None
) -> Damaged:
    """`article` (a zh-news-xwlb record) set in `shape` and extracted, with its truth; `insert`
    replaces the stray-word model (the default's output is unchanged)."""
    article_id = str(article["id"])
    rng = _rng(article_id, seed, shape)
    title = str(article["title"])
    kinds: list[str] = []
    furniture = _masthead_forms(_date(article), rng)
    front: list[str] = []
    for line in rng.sample(furniture, rng.randint(1, 2)):
        front.append(line)
        if rng.random() < 0.5:
            front.append("")
    kinds.append("masthead")
    truth = [title]
    front.extend([title, ""] if shape != "indented" else [title])
    if rng.random() < 0.3:
        shown, expected = _byline(rng)
        front.extend([shown, ""] if shape != "indented" else [shown])
        truth.append(expected)
        kinds.append("byline")
    units = _units(article, rng, kinds, insert)
    truth.extend(expected for _, _, expected in units)
    body = _paginate(_set_lines(units, shape, rng), furniture, rng, kinds)
    text = "\n".join(front + body) + "\n"
    return Damaged(text=text, title=title, truth=truth, shape=shape, kinds=sorted(set(kinds)))
