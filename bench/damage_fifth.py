"""A fifth damage model of Chinese news, written cold (issue 12): web copy-paste, OCR, print pages.

Written from the issue's text and from how Chinese web pages, newspapers and their extractions
look, without reading Galley's rules or the four earlier generators, so that no rule has been
tuned on its habits. Each zh-news-xwlb article (title + paragraphs, the truth) is set in one of
four shapes, and each kind of damage is drawn for the document by its own random stream, so a
kind can be switched off (`only`) without changing what the others do:

- `web`: a page copied from a browser: one line a paragraph, blank lines or `<br><br>` double
  breaks between them, no wrapping;
- `indented`: a plain-text page wrapped at 30-42 ems, every paragraph's first line indented by
  one em (two ASCII spaces) or two (four), no blank lines, the headline centred with spaces;
- `narrow`: a newspaper column of 12-30 ems, its measure changing for a run of lines where a
  picture stands beside the text; paragraphs indented by two ideographic spaces, two or four
  ASCII spaces, or parted by blank lines; a long headline wrapped over the column;
- `blocks`: blank-line paragraphs wrapped at 26-44 ems.

Kinds (a document draws each one that its shape allows, about half the time):

- `nbsp`: the page's spaces are no-break spaces, and paragraphs are indented by four of them;
- `zero-width`: U+200B/U+200C/U+200D/U+FEFF between characters, a byte-order mark first;
- `soft-hyphen`: U+00AD inside Latin words and numbers and now and then between Han;
- `fullwidth`: ASCII digits and letters of some paragraphs set full-width (`２０２４年`, `ＧＤＰ`);
- `crlf`: some lines end in CR LF, the others in LF;
- `web-furniture`: a dateline-and-source line under the headline (`2024年03月01日 19:30 来源：央视网`),
  a share bar, and an editor's line at the end (`（责任编辑：张三）`);
- `related`: a `相关新闻` list of other headlines with bullets after the article;
- `masthead`: page one starts with the paper's or programme's name, date and weekday, or an
  edition marker (`第1版 要闻`);
- `running-head`: a page break every 30-60 lines with a page number at the foot and a running head
  (`第3版 国内新闻`, `2024年3月1日 星期五`) at the top, wherever it falls, mid-paragraph too;
- `picture`: the narrow column's measure changes for 5-14 lines and comes back;
- `ocr-space`: a space between two Han characters now and then;
- `ocr-speck`: a stray `·`, `'` or `.` between two Han characters, rarely;
- `ocr-comma`: a full-width comma at a line's end read as an ASCII one.

The truth is always the clean article, title first: every kind is something an editor restores
from the page alone (a character no Chinese text holds, furniture known by its form, a line
break inside a paragraph).
"""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

SHAPES = ("web", "indented", "narrow", "blocks")

TEXT_KINDS = ("nbsp", "zero-width", "soft-hyphen", "fullwidth", "ocr-space", "ocr-speck")
PAGE_KINDS = (
    "web-furniture",
    "related",
    "masthead",
    "running-head",
    "picture",
    "ocr-comma",
    "crlf",
)
KINDS = TEXT_KINDS + PAGE_KINDS

# The kinds each shape may draw: web pages are not OCRed nor paged, print is not copied from HTML.
ALLOWED: dict[str, tuple[str, ...]] = {
    "web": ("nbsp", "zero-width", "soft-hyphen", "fullwidth", "crlf", "web-furniture", "related"),
    "indented": (
        "fullwidth",
        "ocr-space",
        "ocr-speck",
        "ocr-comma",
        "crlf",
        "masthead",
        "running-head",
    ),
    "narrow": ("ocr-space", "ocr-speck", "ocr-comma", "masthead", "running-head", "picture"),
    "blocks": ("zero-width", "fullwidth", "ocr-space", "ocr-comma", "crlf", "running-head"),
}

HAN = r"\u4e00-\u9fff"
HAN_PAIR_RE = re.compile(f"(?<=[{HAN}])(?=[{HAN}])")
LATIN_RUN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%\-]*")
TOKEN_RE = re.compile(r"[A-Za-z0-9\u00ad\u200b-\u200d\ufeff.%\-]+|.", re.DOTALL)
CLOSING = set("，。、；：？！”’）》」』】〉…—%")
OPENING = set("“‘（《「『【〈")
INVISIBLE = "\u200b\u200c\u200d\ufeff\u00ad"
WEEKDAYS = "一二三四五六日"
DESKS = ("要闻", "国内新闻", "国际", "综合", "经济", "时政", "社会", "专题")
PAPERS = ("新闻联播", "新闻联播文字版", "央视新闻", "每日新闻摘编")
EDITORS = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏")
SOURCES = ("央视网", "新闻联播", "央视新闻客户端", "CCTV")


@dataclass
class Damaged:
    """One damaged article: its text, the truth it must come back as, and what was done."""

    text: str
    title: str
    truth: list[str]
    shape: str
    kinds: list[str] = field(default_factory=list)


def _stream(seed: int, article_id: str, shape: str, name: str) -> random.Random:
    """An independent, deterministic stream per (seed, article, shape, purpose)."""
    return random.Random(f"fifth:{seed}:{article_id}:{shape}:{name}")


def _width(char: str) -> float:
    """A character's advance in ems: ASCII and Latin are half an em, the rest a full one."""
    if char in INVISIBLE:
        return 0.0
    return 0.5 if ord(char) < 0x2000 and char not in "—…·“”‘’" else 1.0


def first_line(text: str, measure: float) -> tuple[str, str]:
    """The first line of `text` set at `measure` ems and the text left over, as a Chinese
    compositor sets it: a closing mark hangs at the line's end rather than start the next
    line, an opening mark never ends a line, a Latin word or number is kept whole when it fits.
    A space at the break is dropped, as text extraction drops it."""
    tokens = TOKEN_RE.findall(text)
    used, count = 0.0, 0
    for token in tokens:
        advance = sum(_width(c) for c in token)
        if count and used + advance > measure and token not in CLOSING:
            break
        if not count and advance > measure:  # a Latin run wider than the line: cut it
            cut, width = 0, 0.0
            while cut < len(token) and width + _width(token[cut]) <= measure:
                width += _width(token[cut])
                cut += 1
            cut = max(cut, 1)
            return token[:cut], (token[cut:] + "".join(tokens[1:]))
        used += advance
        count += 1
    while 1 < count < len(tokens) and tokens[count - 1] in OPENING:
        count -= 1
    line, rest = "".join(tokens[:count]), "".join(tokens[count:])
    return line.rstrip(" "), rest.lstrip(" ")


def wrap(text: str, measure: float) -> list[str]:
    """`text` as lines of `measure` ems (`first_line`)."""
    lines = []
    while text:
        line, text = first_line(text, measure)
        lines.append(line)
    return lines


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


def _insert_at(
    text: str, pattern: re.Pattern[str], rate: float, pick: Callable[[], str], rng: random.Random
) -> str:
    """`text` with `pick()` inserted at each match of `pattern` (zero-width) with odds `rate`."""
    out, last = [], 0
    for match in pattern.finditer(text):
        if rng.random() < rate:
            out.append(text[last : match.start()])
            out.append(pick())
            last = match.start()
    out.append(text[last:])
    return "".join(out)


ANY_GAP_RE = re.compile(r"(?<=.)(?=.)")
LATIN_GAP_RE = re.compile(r"(?<=[A-Za-z0-9])(?=[A-Za-z0-9])")


def damage_text(kind: str, text: str, rng: random.Random) -> str:
    """One paragraph (or the title) with a character-level kind of damage applied."""
    if kind == "zero-width":
        return _insert_at(
            text, ANY_GAP_RE, 1 / 40, lambda: rng.choice("\u200b\u200b\u200c\u200d\ufeff"), rng
        )
    if kind == "soft-hyphen":
        text = _insert_at(text, LATIN_GAP_RE, 1 / 3, lambda: "\u00ad", rng)
        return _insert_at(text, HAN_PAIR_RE, 1 / 150, lambda: "\u00ad", rng)
    if kind == "fullwidth":
        return _fullwidth(text) if rng.random() < 0.6 else text
    if kind == "ocr-space":
        return _insert_at(text, HAN_PAIR_RE, 1 / 70, lambda: " ", rng)
    if kind == "ocr-speck":
        return _insert_at(text, HAN_PAIR_RE, 1 / 400, lambda: rng.choice("·''."), rng)
    if kind == "nbsp":
        return text.replace(" ", "\u00a0")
    raise ValueError(kind)


def _date(article: dict) -> datetime.date:
    raw = str(article.get("date") or "20240301")
    return datetime.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))


def _dated(day: datetime.date, rng: random.Random) -> str:
    """A running head's date as papers print it, the weekday after it."""
    weekday = "星期" + WEEKDAYS[day.weekday()]
    return rng.choice(
        (
            f"{day.year}年{day.month}月{day.day}日 {weekday}",
            f"{day.year}年{day.month}月{day.day}日　{weekday}",
            f"{day:%Y-%m-%d} {weekday}",
        )
    )


def running_head(day: datetime.date, page: int, rng: random.Random) -> str:
    desk = rng.choice(DESKS)
    return rng.choice(
        (
            f"第{page}版 {desk}",
            _dated(day, rng),
            f"{_dated(day, rng)}  第{page}版",
            f"{rng.choice(PAPERS)}  {day.year}年{day.month}月{day.day}日",
            f"第{page}版　{desk}　{_dated(day, rng)}",
        )
    )


def page_foot(page: int, rng: random.Random) -> str:
    return rng.choice((f"- {page} -", f"{page}", f"— {page} —", f"第 {page} 页"))


def masthead(day: datetime.date, rng: random.Random) -> list[str]:
    paper = rng.choice(PAPERS)
    return rng.choice(
        (
            [paper, _dated(day, rng)],
            [f"{paper}  {_dated(day, rng)}"],
            [f"第1版 {rng.choice(DESKS[:2])}"],
            [paper, f"{_dated(day, rng)}  第1版"],
        )
    )


def web_head(day: datetime.date, rng: random.Random) -> list[str]:
    """The lines a news site sets under its headline: when, from where, and a share bar."""
    hour, minute = rng.randrange(17, 23), rng.randrange(60)
    source = rng.choice(SOURCES)
    when = rng.choice(
        (
            f"{day.year}年{day.month:02d}月{day.day:02d}日 {hour}:{minute:02d}　来源：{source}",
            f"发布时间：{day:%Y-%m-%d} {hour}:{minute:02d}:00  来源：{source}",
            f"{day:%Y-%m-%d} {hour}:{minute:02d}  {source}",
        )
    )
    share = rng.choice(
        (
            "分享到：微信 微博 QQ空间",
            "【字号 大 中 小】 【打印】 【关闭】",
            "分享到： 微信 | 微博 | 复制链接",
        )
    )
    return [when, share] if rng.random() < 0.6 else [when]


def web_foot(rng: random.Random) -> list[str]:
    editor = rng.choice(EDITORS)
    return [
        rng.choice(
            (
                f"（责任编辑：{editor}）",
                f"责任编辑：{editor}",
                f"编辑：{editor}  校对：{rng.choice(EDITORS)}",
                f"【纠错】 【责任编辑：{editor}】",
            )
        )
    ]


def related(others: list[str], rng: random.Random) -> list[str]:
    bullet = rng.choice(("• ", "· ", "●", "▪ "))
    return [rng.choice(("相关新闻：", "相关阅读", "延伸阅读："))] + [bullet + t for t in others]


def _centred(title: str, measure: float) -> str:
    spare = int(measure - sum(_width(c) for c in title))
    return " " * max(0, spare) + title if spare > 0 else title


def damage_article(
    article: dict,
    shape: str,
    seed: int,
    only: Collection[str] | None = None,
    others: list[str] | None = None,
) -> Damaged:
    """The article set in `shape` under `seed`, with each kind the shape allows (and `only`
    lets through, all when None) drawn at even odds. `others`: headlines for a `related` list."""
    article_id = str(article["id"])
    title, paragraphs = str(article["title"]), [str(p) for p in article["paragraphs"]]
    truth = [title, *paragraphs]

    def stream(name: str) -> random.Random:
        return _stream(seed, article_id, shape, name)

    allowed = [k for k in ALLOWED[shape] if only is None or k in only]
    kinds = [k for k in allowed if stream("draw:" + k).random() < 0.5]
    day = _date(article)
    blocks = list(truth)
    for kind in (k for k in TEXT_KINDS if k in kinds):
        rng = stream(kind)
        blocks = [damage_text(kind, block, rng) for block in blocks]
    layout = stream("layout")
    if shape == "web":
        lines = _web(blocks, kinds, layout, day, others or [], stream)
    else:
        lines = _print(shape, blocks, kinds, layout, day, stream)
    if "ocr-comma" in kinds:
        rng = stream("ocr-comma")
        lines = [
            line[:-1] + "," if line.endswith("，") and rng.random() < 0.6 else line
            for line in lines
        ]
    text = _joined(lines, stream("crlf") if "crlf" in kinds else None)
    if "zero-width" in kinds and stream("bom").random() < 0.5:
        text = "\ufeff" + text
    return Damaged(text, title, truth, shape, kinds)


def _joined(lines: list[str], crlf: random.Random | None) -> str:
    if crlf is None:
        return "\n".join(lines) + "\n"
    return "".join(line + ("\r\n" if crlf.random() < 0.5 else "\n") for line in lines)


def _web(
    blocks: list[str],
    kinds: list[str],
    layout: random.Random,
    day: datetime.date,
    others: list[str],
    stream: Callable[[str], random.Random],
) -> list[str]:
    indent = "\u00a0" * 4 if "nbsp" in kinds else layout.choice(("", "", "\u3000\u3000"))
    gap = layout.choice(([""], [], ["", ""]))
    lines = [blocks[0]]
    if "web-furniture" in kinds:
        lines += web_head(day, stream("web-head"))
    lines += [""]
    for paragraph in blocks[1:]:
        lines += [indent + paragraph, *gap]
    if "web-furniture" in kinds:
        lines += ["", *web_foot(stream("web-foot"))]
    others = [t for t in others if t != blocks[0]]
    if "related" in kinds and others:
        rng = stream("related")
        lines += ["", *related(rng.sample(others, min(len(others), rng.randrange(2, 5))), rng)]
    return lines


def _print(
    shape: str,
    blocks: list[str],
    kinds: list[str],
    layout: random.Random,
    day: datetime.date,
    stream: Callable[[str], random.Random],
) -> list[str]:
    """A printed page's lines: wrapped paragraphs, the headline on top, furniture at page breaks."""
    if shape == "indented":
        measure = float(layout.randrange(30, 43))
        indent = layout.choice(("  ", "    "))
        head = (
            [_centred(blocks[0], measure)] if len(blocks[0]) < measure else wrap(blocks[0], measure)
        )
    elif shape == "narrow":
        measure = float(layout.randrange(12, 31))
        indent = layout.choice(("\u3000\u3000", "  ", "    ", ""))
        head = wrap(blocks[0], max(measure, float(layout.randrange(14, 26))))
    else:
        measure = float(layout.randrange(26, 45))
        indent = ""
        head = wrap(blocks[0], measure + 4)
    blank = indent == ""
    body: list[str] = []
    picture = stream("picture") if "picture" in kinds else None
    start = picture.randrange(3, 30) if picture else -1
    span = picture.randrange(5, 15) if picture else 0
    narrower = measure - picture.randrange(4, max(5, int(measure * 0.5))) if picture else measure
    lead = sum(_width(c) for c in indent)
    for paragraph in blocks[1:]:
        rest, first = paragraph, True
        while rest:
            in_picture = start <= len(body) < start + span
            width = max(6.0, narrower) if in_picture else measure
            line, rest = first_line(rest, width - lead if first else width)
            body.append(indent + line if first else line)
            first = False
        if blank:
            body.append("")
    lines: list[str] = []
    if "masthead" in kinds:
        lines += [*masthead(day, stream("masthead")), ""]
    lines += [*head, ""]
    if "running-head" not in kinds:
        return lines + body
    rng = stream("running-head")
    page, room = 1, rng.randrange(8, 30)  # the story starts part way down its first page
    for line in body:
        if room <= 0:
            lines += ["", page_foot(page, rng)] if rng.random() < 0.7 else []
            page += 1
            lines += [
                "\f" + running_head(day, page, rng)
                if rng.random() < 0.3
                else running_head(day, page, rng),
                "",
            ]
            room = rng.randrange(30, 61)
        lines.append(line)
        room -= 1
    return lines
