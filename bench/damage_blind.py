"""A blind model of print damage for zh-news-xwlb articles (issue 12): no rule was read or tuned on it.

Written from the issue's description and from what `pdftotext` makes of real typeset pages
(~/.cache/galley-bench/pdf: running heads split over lines apart by blank lines, page numbers as
`—7—` or a bare figure, paragraphs told apart only by a short last line, LibreOffice's spaces
between Han and Latin), not from the normalizer's rules or the other generators. Each article is
set in one of four page shapes and gets its own mix of damage, drawn from a generator seeded by
(seed, article, shape), so every file is reproducible:

- shapes: `blocks` (blank-line paragraphs, some hard-wrapped at 26-40), `indented` (first lines
  indented by full-width or ASCII spaces, no blank lines), `narrow` (a measure of 10-25 that
  changes every few paragraphs, indented or flush), `flush` (26-40, no indent, no blank line:
  what pdftotext gives of one column);
- page breaks every 14-50 lines, inside paragraphs too, with furniture between the pages
  (running heads in one or several lines, page numbers in several forms, jump lines), and a
  masthead before the headline on page one;
- the front: a headline set on two lines, a kicker above it, a subtitle below, a byline
  (`□本报记者 张三 李四`), a Xinhua dateline in place of CCTV's;
- in spans: ASCII punctuation, full-width digits and letters, spaces between Han and Latin,
  a stray English word for a Chinese one, a hyphen where a Latin word is cut at a line end;
- numbered items (`1.`, `（一）`, `一、`) and a note (`[1]`) kept as lines.

The truth is the article as an editor should end with it: kicker, title, subtitle, byline as
`model.Document.byline` prints it (role then names, apart by single spaces), the paragraphs
(with the numbered labels and note calls the print shows), then the note.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from bench.damage_blind_pages import PAPERS, article_date, paginate

SHAPES = ("blocks", "indented", "narrow", "flush")
KICKERS = (
    "聚焦全国两会",
    "高质量发展调研行",
    "新春走基层",
    "权威发布",
    "奋进新征程 建功新时代",
    "一线观察",
)
SUBTITLES = (
    "——来自基层一线的报道",
    "——写在新的一年到来之际",
    "——各地各部门贯彻落实综述",
    "——本报记者现场直击",
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华晶鹏宇浩然晓东文博"
NUMERALS = "一二三四五六七八九十"
ASCII_PUNCT = {
    "，": ",",
    "。": ".",
    "：": ":",
    "；": ";",
    "？": "?",
    "！": "!",
    "（": "(",
    "）": ")",
}
QUOTES = {"“": '"', "”": '"', "‘": "'", "’": "'"}
STRAY = {"和": "and", "在": "in", "与": "with", "的": "of"}
OPENERS = "“‘（《"
CLOSERS = "，。、；：？！”’）》,.;:?!)"
HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Damaged:
    """One damaged article: the text an editor receives, and what it should become."""

    text: str
    truth: list[str]
    title: str
    shape: str
    kinds: list[str] = field(default_factory=list)


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def split_title(title: str, rng: random.Random) -> list[str]:
    """A headline set on two lines: cut after a mark, or near the middle; never next to a
    space (a line end would swallow it and the truth could not be told) nor inside a run of
    Latin letters or digits."""
    marks = [i + 1 for i, ch in enumerate(title[:-1]) if ch in "，：、" and 5 < i < len(title) - 5]
    cut = rng.choice(marks) if marks else len(title) // 2 + rng.randint(-3, 3)
    while 0 < cut < len(title) and (
        " " in title[cut - 1 : cut + 1] or (title[cut - 1].isascii() and title[cut].isascii())
    ):
        cut += 1
    return [title[:cut], title[cut:]] if 0 < cut < len(title) else [title]


def _numbered(paragraphs: list[str], rng: random.Random, kinds: list[str]) -> list[str]:
    """Two to five consecutive short paragraphs (or the roundup's subheadings) given labels."""
    short = [i for i, p in enumerate(paragraphs) if 8 <= len(p) <= 90 and i > 0]
    runs = [i for i in short if i + 1 in short]
    if not runs:
        return paragraphs
    start = rng.choice(runs)
    end = start
    while end + 1 in short and end - start < 4:
        end += 1
    style = rng.choice(("1.", "1. ", "（一）", "一、"))
    out = list(paragraphs)
    for k, i in enumerate(range(start, end + 1)):
        if style.startswith("1"):
            label = f"{k + 1}.{style[2:]}"
        else:
            label = style.replace("一", NUMERALS[k])
        out[i] = label + out[i]
    kinds.append("list")
    return out


def front_and_body(
    article: dict, rng: random.Random, kinds: list[str]
) -> tuple[list[str], list[str], list[str]]:
    """(lines printed above the body, truth of the front, body paragraphs as truth)."""
    title = str(article["title"])
    paragraphs = [str(p) for p in article["paragraphs"]]
    head: list[str] = []
    truth: list[str] = []
    if rng.random() < 0.15:
        kicker = rng.choice(KICKERS)
        head.append(kicker)
        truth.append(kicker)
        kinds.append("kicker")
    if len(title) > 14 and rng.random() < 0.4:
        head.extend(split_title(title, rng))
        kinds.append("two-line-title" if len(head) - len(truth) == 2 else "title")
    else:
        head.append(title)
    truth.append(title)
    if rng.random() < 0.12:
        subtitle = rng.choice(SUBTITLES)
        head.append(subtitle)
        truth.append(subtitle)
        kinds.append("subtitle")
    if rng.random() < 0.35:
        role = rng.choice(("本报记者", "记者", "新华社记者"))
        names = [_name(rng) for _ in range(rng.choice((1, 1, 2, 3)))]
        sep = rng.choice((" ", "　", "  "))
        mark = rng.choice(("□", "", "◎", "■"))
        head.append(mark + role + sep + sep.join(names))
        truth.append(" ".join([role, *names]))
        kinds.append("byline")
    lead = "央视网消息（新闻联播）："
    if paragraphs and paragraphs[0].startswith(lead) and rng.random() < 0.2:
        day = article_date(article)
        city = rng.choice(("北京", "上海", "广州", "成都"))
        paragraphs[0] = f"新华社{city}{day.month}月{day.day}日电" + paragraphs[0][len(lead) :]
        paragraphs[0] = paragraphs[0].replace("电", f"电（记者{_name(rng)}）", 1)
        kinds.append("xinhua-dateline")
    if rng.random() < 0.25:
        paragraphs = _numbered(paragraphs, rng, kinds)
    return head, truth, paragraphs


def ascii_punct(text: str, rng: random.Random) -> str:
    """Full-width marks as ASCII, with or without a space after (an English keyboard's habit)."""
    space = rng.random() < 0.5
    out = []
    for ch in text:
        if ch in ASCII_PUNCT:
            mark = ASCII_PUNCT[ch]
            out.append(mark + " " if space and mark in ",.:;?!" else mark)
        else:
            out.append(QUOTES.get(ch, ch) if rng.random() < 0.7 else ch)
    return re.sub(r" +(?=[^\u4e00-\u9fffA-Za-z0-9])| +$", "", "".join(out))


def full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isascii() and ch.isalnum() else ch for ch in text)


def autospace(text: str) -> str:
    """A space between Han and Latin letters or digits, as LibreOffice's extraction shows."""
    text = re.sub(r"([\u4e00-\u9fff])([A-Za-z0-9])", r"\1 \2", text)
    return re.sub(r"([A-Za-z0-9%])([\u4e00-\u9fff])", r"\1 \2", text)


def stray(text: str, rng: random.Random) -> str:
    spots = [
        m.start() for m in re.finditer(r"(?<=[\u4e00-\u9fff])[和在与的](?=[\u4e00-\u9fff])", text)
    ]
    for spot in sorted(rng.sample(spots, min(len(spots), rng.choice((1, 2)))), reverse=True):
        text = text[:spot] + " " + STRAY[text[spot]] + " " + text[spot + 1 :]
    return text


def damage_spans(paragraphs: list[str], rng: random.Random, kinds: list[str]) -> list[str]:
    """Each damage on its own span of paragraphs (an article-wide trait for `autospace`)."""
    out = list(paragraphs)
    chosen = [
        (kind, fn)
        for kind, fn, chance in (
            ("ascii-punct", lambda p: ascii_punct(p, rng), 0.3),
            ("full-width", full_width, 0.2),
            ("stray", lambda p: stray(p, rng), 0.15),
        )
        if rng.random() < chance
    ]
    for kind, fn in chosen:
        first = rng.randrange(len(out))
        last = min(len(out), first + rng.randint(1, 3))
        changed = [fn(p) for p in out[first:last]]
        if changed != out[first:last]:
            out[first:last] = changed
            kinds.append(kind)
    if rng.random() < 0.15:
        out = [autospace(p) for p in out]
        kinds.append("autospace")
    return out


def width(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def wrap(text: str, measure: int, rng: random.Random, first: float = 0.0) -> tuple[list[str], bool]:
    """`text` cut into lines of `measure` (ASCII counts half); a mark that would open a line
    stays at the end of the one before (kinsoku), an opening mark goes down; a Latin word cut
    at a line end gets a hyphen half the time. Returns the lines and whether a hyphen was set."""
    lines: list[str] = []
    hyphened = False
    line, used = "", first
    i = 0
    while i < len(text):
        ch = text[i]
        if used + width(ch) > measure and line and ch not in CLOSERS:
            if line[-1] in OPENERS and len(line) > 1:
                line, i = line[:-1], i - 1
            elif line[-1].isascii() and line[-1].isalpha() and ch.isascii() and ch.isalpha():
                hyphened = hyphened or rng.random() < 0.5
                line += "-" if hyphened else ""
            lines.append(line.rstrip(" "))
            line, used = "", 0.0
            ch = text[i]
            if ch == " ":
                i += 1
                continue
        line += ch
        used += width(ch)
        i += 1
    if line:
        lines.append(line)
    return lines, hyphened


@dataclass
class Measure:
    """How one article's body is set: widths drawn per region, indent, blank lines."""

    low: int
    high: int
    indent: str
    blank: bool
    unwrapped: float
    region: int = 0
    width: int = 0

    def next(self, rng: random.Random) -> int:
        if self.region <= 0:
            self.width = rng.randint(self.low, self.high)
            self.region = rng.randint(1, 4)
        self.region -= 1
        return self.width


def measure_for(shape: str, rng: random.Random) -> Measure:
    indent = rng.choice(("　　", "  ", "    ", "　"))
    if shape == "blocks":
        return Measure(26, 40, "", True, rng.choice((0.0, 0.5, 1.0)))
    if shape == "indented":
        return Measure(26, 40, indent, False, 0.0)
    if shape == "narrow":
        return Measure(10, 25, indent if rng.random() < 0.5 else "", False, 0.0)
    return Measure(26, 40, "", False, 0.0)


def body_lines(
    paragraphs: list[str], truth: list[str], shape: str, rng: random.Random, kinds: list[str]
) -> list[str]:
    """The paragraphs set in `shape`: a labelled item or a short subheading on its own line."""
    measure = measure_for(shape, rng)
    lines: list[str] = []
    for text, plain in zip(paragraphs, truth, strict=True):
        columns = measure.next(rng)
        heading = (
            len(plain) <= columns
            and not plain.endswith(("。", "！", "？", "”", "："))
            and len(plain) < 30
        )
        indent = "" if heading else measure.indent
        if rng.random() < measure.unwrapped or heading:
            cut = [indent + text]
        else:
            cut, hyphened = wrap(text, columns, rng, first=sum(map(width, indent)))
            cut[0] = indent + cut[0]
            if hyphened and "hyphen" not in kinds:
                kinds.append("hyphen")
        lines.extend(cut)
        if measure.blank:
            lines.append("")
    return lines


def damage_article(article: dict, shape: str, seed: int) -> Damaged:
    """`article` set in `shape` with the damage drawn for (seed, article, shape)."""
    rng = random.Random(f"blind:{seed}:{article['id']}:{shape}")
    kinds: list[str] = []
    head, front, paragraphs = front_and_body(article, rng, kinds)
    note: list[str] = []
    if rng.random() < 0.12 and len(paragraphs) > 1:
        spot = rng.randrange(len(paragraphs))
        if paragraphs[spot].endswith("。"):
            paragraphs[spot] = paragraphs[spot][:-1] + "[1]。"
            note = [
                f"[1]{rng.choice(('据', '参见'))}{rng.choice(PAPERS)[0]}{article_date(article):%Y年%m月%d日}报道。"
            ]
            kinds.append("note")
    printed = damage_spans(paragraphs, rng, kinds)
    body = body_lines(printed, paragraphs, shape, rng, kinds)
    if note:
        body.extend(["", note[0][:3] + rng.choice(("", " ", "　")) + note[0][3:]])
    text = paginate(head, body, article, rng, kinds)
    return Damaged(text, front + paragraphs + note, str(article["title"]), shape, kinds)
