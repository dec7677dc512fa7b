"""A third model of print damage: a zh-news-xwlb article set as a Chinese newspaper page, then
read back as text extraction gives it (issue 12: material no rule of Galley's was tuned on).

Written blind to Galley's rules and to the two earlier generators; every choice below comes
from how Chinese newspapers are set (人民日报-style broadsheets), not from what Galley reads.

Page shapes (`SHAPES`):
- `blank`: one article a page, paragraphs apart by a blank line (a web or e-paper export);
  lines either unwrapped or wrapped at a measure of 22-40 characters.
- `indent`: paragraphs opened by two ideographic spaces `　　`, wrapped at 24-40 characters, no
  blank lines (a broadsheet's wide column or a magazine page).
- `narrow`: paragraphs indented and wrapped at 10-25 characters (a broadsheet's columns); the
  measure is drawn per story, and half the stories of 14 or more run beside a picture: a run of
  6-20 lines set 4-7 characters narrower (never under 10), starting and ending anywhere, inside a
  paragraph too.
- `flush`: paragraphs with no indent and no blank line, wrapped at 15-40 characters; a paragraph
  ends on a short line. The measure is drawn so that every paragraph's last line is at least three
  ems short and every other line at most one em short, so a perfect reader can find the ends
  (when no measure allows it the story is set `indent`, with the kind `flush_set_indent`).

Line filling is CJK line filling: every line is full but a paragraph's last. Width is counted in
ems (a CJK character or mark 1, printable ASCII half). Kinsoku: a closing mark (，。、；：？！”’）》
…) never opens a line: it hangs at the end of the line before (Chinese papers squeeze it into the
measure); an opening mark never ends a line; an ASCII run (`2024`, `5G`, `12.5%`) is never
broken and a line never starts or ends at a space (the space would be lost), both set as a
justified line a little short. `——` and `……` are never split.

Front matter (each drawn per story): a kicker (引题) line over the headline; the headline on two
lines when longer than a headline measure of 12-22 characters (cut near its middle, never at a
space: where a headline has one, the cut is elsewhere, so joining its lines is unambiguous); a
subtitle `——…` under it; a byline `□本报记者 张三 李四` (or `本报记者　张三`); a dateline
`本报北京11月1日电　` that replaces the transcript's `央视网消息（新闻联播）：` (so it is part of
the first paragraph, as in print). Sub-headings of the corpus are set on their own line with
space (a blank line) above and below, as print sets them apart.

Furniture (never in the truth): page one's masthead (a paper's name, the date and weekday, the
day's page count or `第1版`), and up to two page breaks inside the text, ten lines apart at least,
anywhere (between paragraphs or inside one, mid-sentence; in `blank`, not after a line that ends
a sentence inside a paragraph, where no reader could tell the paragraph goes on): a page number
at the foot (`2`, `- 2 -`, `— 2 —`, `第2页`), a form feed (as pdftotext gives), a blank line or
nothing, and the next page's running head (`2022年11月2日　星期三`, `第2版　要闻`, the paper's
name, in one or two lines; one paper a story). A break can be a jump: `（下转第2版）` closes the
page and `（上接第1版）` opens the next, on its own line or in front of the continued text.

Text damage at low rates, each recoverable from context (dropped or doubled characters are not):
- `ascii_punct`: a full-width mark between two Han characters as its ASCII form (`，`->`,`);
- `stray_word`: the function word 和 or 在 standing alone as ` and ` / ` in ` (the form seen in
  real extractions); only where the character is not part of a listed compound (和平, 现在…);
- `fullwidth_digits`: an ASCII number or Latin word in full-width forms (`２０２４`, `ＧＤＰ`).

The truth is the kicker, the headline (`title`, as the corpus gives it), the subtitle, the byline
as the document model prints it (`本报记者 张三 李四`: role and names by spaces, the `□` mark
dropped), then the paragraphs and sub-headings as the corpus gives them (the first with the
dateline where one was set). `check` verifies, for a few stories, that every truth block appears
in order in the damaged text once furniture, white space and the recorded damage are undone.
"""

from __future__ import annotations

import datetime
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.damage_third_page import (
    PAPERS,
    break_lines,
    damage_text,
    masthead,
    page_break,
    width,
)

SHAPES = ("blank", "indent", "narrow", "flush")
INDENT = "\u3000\u3000"
KICKERS = (
    "深入学习贯彻党的二十大精神",
    "高质量发展调研行",
    "权威部门话开局",
    "新春走基层",
    "一线调研",
    "落实党中央决策部署",
    "奋进新征程建功新时代",
    "在习近平新时代中国特色社会主义思想指引下",
)
SUBTITLES = (
    "——来自基层一线的报道",
    "——各地推进高质量发展综述",
    "——记者手记",
    "——各地各部门贯彻落实情况综述",
    "——写在新的一年开启之际",
    "——一线见闻",
)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "晶磊昊敏涛静宁峰洁伟丹超勇军华莉婷鹏斌"
CITIES = ("北京", "北京", "北京", "上海", "广州", "杭州", "成都", "武汉")
LEAD = "央视网消息（新闻联播）："


@dataclass
class Damaged:
    text: str
    title: str
    truth: list[str]
    shape: str
    kinds: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    undo: list[tuple[str, str]] = field(default_factory=list)  # (damaged block, its truth)


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def headline_lines(title: str, rng: random.Random) -> list[str]:
    """The headline on one line, or on two cut near the middle where it is longer than the
    headline measure; never at or beside a space, never inside an ASCII run or before a
    closing mark (`break_lines` units)."""
    measure = rng.randint(12, 22)
    if width(title) <= measure:
        return [title]
    half_width = width(title) / 2
    lines = break_lines(title, lambda _: half_width + 1, "")
    if len(lines) == 1:
        return lines
    return [lines[0], "".join(lines[1:])]


def front_matter(
    article: dict[str, Any], rng: random.Random, on: bool = True
) -> tuple[list[str], list[str], list[str]]:
    """(printed lines, truth blocks, kinds) of the story's head (the headline alone, on one
    line, where not `on`)."""
    title = str(article["title"])
    if not on:
        return [title], [title], []
    lines: list[str] = []
    truth: list[str] = []
    kinds: list[str] = []
    if rng.random() < 0.3:
        kicker = rng.choice(KICKERS)
        lines.append(kicker)
        truth.append(kicker)
        kinds.append("kicker")
    heads = headline_lines(title, rng)
    if len(heads) > 1:
        kinds.append("headline_2lines")
    lines.extend(heads)
    truth.append(title)
    if rng.random() < 0.25:
        subtitle = rng.choice(SUBTITLES)
        lines.append(subtitle)
        truth.append(subtitle)
        kinds.append("subtitle")
    if rng.random() < 0.4:
        role = rng.choice(("本报记者", "本报记者", "新华社记者"))
        names = [name(rng) for _ in range(rng.choice((1, 1, 2, 3)))]
        mark, gap = rng.choice((("□", " "), ("", "\u3000"), ("□", "\u3000")))
        lines.append(mark + gap.join([role, *names]))
        truth.append(" ".join([role, *names]))
        kinds.append("byline")
    if rng.random() < 0.5:
        lines.append("")
    return lines, truth, kinds


def dateline(article: dict[str, Any], rng: random.Random) -> str:
    """`本报北京11月1日电　` or `新华社北京10月31日电　`: the paper's date is the day after the
    broadcast."""
    day = datetime.datetime.strptime(str(article["date"]), "%Y%m%d").date()
    if rng.random() < 0.7:
        day += datetime.timedelta(days=1)
        source = "本报"
    else:
        source = "新华社"
    return f"{source}{rng.choice(CITIES)}{day.month}月{day.day}日电\u3000"


def body_blocks(
    article: dict[str, Any],
    front: random.Random | None,
    rng: random.Random | None,
    kinds: list[str],
) -> tuple[list[tuple[str, str, bool]], list[tuple[str, str]]]:
    """[(printed text, truth, is sub-heading)] of the body, with the story's dateline (drawn
    from `front`; None: none) and text damage (drawn from `rng`; None: none)."""
    paragraphs = [str(p) for p in article["paragraphs"]]
    types = [str(t) for t in article.get("paragraph_types", ["p"] * len(paragraphs))]
    lead = paragraphs[0] if paragraphs else ""
    if front and lead.startswith(LEAD) and len(lead) > len(LEAD) and front.random() < 0.5:
        paragraphs[0] = dateline(article, front) + paragraphs[0][len(LEAD) :]
        kinds.append("dateline")
    damage = ("ascii_punct", "stray_word", "fullwidth_digits")
    chosen = [k for k in damage if rng.random() < 0.35] if rng else []
    out: list[tuple[str, str, bool]] = []
    undo: list[tuple[str, str]] = []
    used: set[str] = set()
    for paragraph, kind in zip(paragraphs, types, strict=True):
        printed, applied = damage_text(paragraph, chosen, rng) if rng else (paragraph, [])
        used.update(applied)
        out.append((printed, paragraph, kind == "subheading"))
        if printed != paragraph:
            undo.append((printed, paragraph))
    kinds.extend(sorted(used))
    return out, undo


def set_body(
    blocks: list[tuple[str, str, bool]], shape: str, rng: random.Random
) -> tuple[list[str], str, list[str]]:
    """The body's lines in `shape` (the shape actually used, and kinds it adds)."""
    if shape == "blank":
        wrap = rng.random() < 0.7
        measure = rng.randint(22, 40)
        lines: list[str] = []
        for text, _, _ in blocks:
            lines.extend(break_lines(text, lambda _: measure, "") if wrap else [text])
            lines.append("")
        return lines[:-1], shape, []
    fallback: list[str] = []
    if shape == "flush":
        for measure in rng.sample(range(15, 41), 26):
            flush = flush_lines(blocks, measure)
            if flush is not None:
                return flush, shape, []
        shape = "indent"
        fallback = ["flush_set_indent"]
    if shape == "narrow":
        base = rng.randint(10, 25)
        picture = base >= 14 and rng.random() < 0.5
        total = sum(len(t) for t, _, _ in blocks) // base + 1
        start = rng.randint(0, max(0, total - 8))
        stop = start + rng.randint(6, 20)
        narrow = max(10, base - rng.randint(4, 7))
        counter = [0]

        def measure_of(_: int) -> float:
            index = counter[0]
            counter[0] += 1
            return narrow if picture and start <= index < stop else base

        return indented(blocks, measure_of), shape, ["picture"] if picture else []
    wide = rng.randint(24, 40)
    return indented(blocks, lambda _: wide), shape, fallback


def indented(blocks: list[tuple[str, str, bool]], measure_of: Any) -> list[str]:
    lines: list[str] = []
    for text, _, heading in blocks:
        if heading:
            lines.extend(["", *break_lines(text, measure_of, ""), ""])
        else:
            lines.extend(break_lines(text, measure_of, INDENT))
    return lines


def flush_lines(blocks: list[tuple[str, str, bool]], measure: int) -> list[str] | None:
    """The body flush at `measure`, or None where some paragraph's end would not be visible."""
    lines: list[str] = []
    for text, _, heading in blocks:
        set_lines = break_lines(text, lambda _: measure, "")
        if not heading:
            if width(set_lines[-1]) > measure - 3:
                return None
            if any(width(line) < measure - 1 for line in set_lines[:-1]):
                return None
            lines.extend(set_lines)
        else:
            lines.extend(["", *set_lines, ""])
    return lines


PARTS = ("front", "text", "furniture")


def damage_article(
    article: dict[str, Any], shape: str, seed: int, off: frozenset[str] = frozenset()
) -> Damaged:
    """The story set in `shape` under `seed`; the PARTS in `off` left out (the headline then
    stands alone on one line; the text is undamaged; no masthead and no page break). Each part
    draws from its own stream, so leaving one out leaves the others as they were."""

    def stream(part: str) -> random.Random:
        return random.Random(f"third:{seed}:{article['id']}:{shape}:{part}")

    head, truth, kinds = front_matter(article, stream("front"), "front" not in off)
    dateline_rng = stream("dateline") if "front" not in off else None
    text_rng = stream("text") if "text" not in off else None
    blocks, undo = body_blocks(article, dateline_rng, text_rng, kinds)
    body, used_shape, more = set_body(blocks, shape, stream("shape"))
    kinds.extend(more)
    furniture: list[str] = []
    top: list[str] = []
    rng = stream("furniture")
    paper = rng.choice(PAPERS)  # one paper for the masthead and every running head
    if rng.random() < 0.6 and "furniture" not in off:
        top = masthead(article, rng, paper)
        furniture.extend(top)
        kinds.append("masthead")
    candidates = [i for i in range(3, len(body) - 2) if breakable(body, i, used_shape)]
    count = rng.choice((0, 1, 1, 2)) if "furniture" not in off else 0
    breaks = sorted(rng.sample(candidates, min(len(candidates), count)))
    if len(breaks) == 2 and breaks[1] - breaks[0] < 10:  # a page holds more than a few lines
        breaks = breaks[:1]
    page = 1
    out = list(body)
    for index in reversed(breaks):
        inserted, prefix, more_kinds = page_break(
            article, rng, page + 1 + breaks.index(index), paper
        )
        furniture.extend(line for line in inserted if line.strip())
        if prefix:
            furniture.append(prefix)
            out[index] = prefix + out[index]
        out[index:index] = inserted
        kinds.extend(k for k in more_kinds if k not in kinds)
    text = "\n".join([*top, *head, *out]) + "\n"
    truth.extend(t for _, t, _ in blocks)
    return Damaged(text, str(article["title"]), truth, used_shape, kinds, furniture, undo)


SPACE_RE = re.compile(r"\s+")
SENTENCE_END = "。！？”…"


def breakable(lines: list[str], index: int, shape: str) -> bool:
    """Whether a page break may fall before `lines[index]`: in the blank shape, not inside a
    paragraph after a line that ends a sentence (the reader could not tell a paragraph's end)."""
    if shape != "blank" or not lines[index] or not lines[index - 1]:
        return True
    return not lines[index - 1].endswith(tuple(SENTENCE_END))


def check(damaged: Damaged) -> bool:
    """Every truth block, its damage undone, appears in order in the damaged text once furniture
    lines, jump marks and white space are taken out."""
    furniture = set(damaged.furniture)
    kept = []
    for line in damaged.text.split("\n"):
        if line in furniture:
            continue
        for item in furniture:
            if item.startswith("（上接") and line.startswith(item):
                line = line[len(item) :]
        kept.append(line)
    text = "\n".join(kept)
    text = SPACE_RE.sub("", text).replace("□", "")
    for printed, original in damaged.undo:
        text = text.replace(SPACE_RE.sub("", printed), SPACE_RE.sub("", original), 1)
    position = 0
    for block in damaged.truth:
        found = text.find(SPACE_RE.sub("", block), position)
        if found < 0:
            return False
        position = found + len(SPACE_RE.sub("", block))
    return True


def main() -> int:
    import json

    from bench.accuracy import XWLB

    with XWLB.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle][:40]
    bad = 0
    for seed in (0, 1):
        for article in articles:
            for shape in SHAPES:
                damaged = damage_article(article, shape, seed)
                if not check(damaged):
                    bad += 1
                    print("FAILED", article["id"], shape, seed, damaged.kinds, file=sys.stderr)
    print(f"self-check: {bad} of {2 * len(articles) * len(SHAPES)} stories fail")
    if len(sys.argv) > 1:
        print(damage_article(articles[int(sys.argv[1])], sys.argv[2], int(sys.argv[3])).text)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
