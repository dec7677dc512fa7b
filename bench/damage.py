"""A seeded generator of print damage for clean Chinese news articles.

Galley is judged on documents from generators it has not seen, so this one mixes every kind of
damage the normalizer claims to repair, each at random positions and rates, and draws the page
shape itself at random per document:

* layout breaks: a paragraph cut in two mid-sentence by a blank line (column/page break);
* hard wraps at 10-25 characters (narrow columns) or 30-45 (a page width), with or without the
  line-start rule (kinsoku), so some lines begin with punctuation;
* paragraphs marked only by indentation (full-width or ASCII spaces), no blank lines;
* pdftotext-like text: wrapped, no blank lines, no indentation, form feeds between pages;
* ASCII punctuation where full-width belongs, full-width digits, zero-width characters;
* a stray `and` where `和` stood;
* page furniture: running heads and feet, page numbers in several styles, jump lines, form feeds.

`damage(title, paragraphs, seed)` returns the damaged text; the clean title and paragraphs are
the ground truth. The same seed always gives the same text.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

HAN_RE = re.compile(r"[\u4e00-\u9fff]")
SENTENCE_END = "。！？"
NO_LINE_START = "，。、；：？！）”》"
ASCII_FOR = {"，": ",", "；": ";", "：": ":", "？": "?", "！": "!"}
FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
RUNNING_HEADS = [
    "新闻联播文字版",
    "央视网 | 新闻联播",
    "{date} 新闻联播",
    "人民日报 {date}",
    "北京日报 · 要闻",
    "{date}  星期二",
]
PAGE_NUMBERS = ["— {n} —", "{n}", "- {n} -", "Page {n}", "第{n}页", "－ {n} －", "{n}/{total}"]
JUMP_OUT = ["（下转第{n}版）", "（转第{n}版）", "(下转第{n}版)", "Continued on page {n}"]
JUMP_IN = ["（上接第{n}版）", "（上接第{cn}版）", "上接第{n}版", "Continued from page {n}"]
CHINESE_NUMBERS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Shape:
    """How one damaged document is laid out."""

    wrap: int  # characters per line; 0: one line per paragraph
    kinsoku: bool  # punctuation pushed back so no line begins with it
    separator: str  # between paragraphs: "blank", "indent" or "none"
    indent: str  # the indentation when separator == "indent"
    page_lines: int  # lines per page; 0: no pages


def _pick_shape(rng: random.Random) -> Shape:
    kind = rng.choice(["blocks", "narrow", "indent", "pdftotext", "blocks-pages"])
    if kind == "blocks":
        return Shape(0, True, "blank", "", 0)
    if kind == "blocks-pages":
        return Shape(0, True, "blank", "", rng.randint(4, 9))
    if kind == "narrow":
        return Shape(rng.randint(10, 25), rng.random() < 0.5, "blank", "", rng.choice([0, 30]))
    if kind == "indent":
        indent = rng.choice(["　　", "  ", "    ", "\u3000"])
        wrap = rng.choice([0, rng.randint(12, 40)])
        return Shape(wrap, rng.random() < 0.5, "indent", indent, rng.choice([0, 35]))
    return Shape(rng.randint(30, 45), True, "none", "", rng.randint(25, 45))


def _punctuation_to_ascii(text: str, rate: float, rng: random.Random) -> str:
    out = []
    for ch in text:
        if ch in ASCII_FOR and rng.random() < rate:
            out.append(ASCII_FOR[ch])
        elif ch in "（）" and rng.random() < rate:
            out.append("(" if ch == "（" else ")")
        else:
            out.append(ch)
    return "".join(out)


def _stray_and(text: str, rng: random.Random) -> str:
    spots = [m.start() for m in re.finditer(r"(?<=[\u4e00-\u9fff])和(?=[\u4e00-\u9fff])", text)]
    if not spots:
        return text
    pos = rng.choice(spots)
    return text[:pos] + rng.choice([" and ", "and", " and"]) + text[pos + 1 :]


def _zero_width(text: str, count: int, rng: random.Random) -> str:
    for _ in range(count):
        pos = rng.randint(1, max(1, len(text) - 1))
        text = text[:pos] + rng.choice(ZERO_WIDTH) + text[pos:]
    return text


def _damage_characters(paragraph: str, rng: random.Random, rates: dict[str, float]) -> str:
    paragraph = _punctuation_to_ascii(paragraph, rates["ascii"], rng)
    if rng.random() < rates["digits"]:
        paragraph = paragraph.translate(FULL_DIGITS)
    if rng.random() < rates["stray"]:
        paragraph = _stray_and(paragraph, rng)
    if rng.random() < rates["zero_width"]:
        paragraph = _zero_width(paragraph, rng.randint(1, 3), rng)
    return paragraph


def _wrap(paragraph: str, width: int, kinsoku: bool) -> list[str]:
    if width <= 0 or len(paragraph) <= width:
        return [paragraph]
    lines: list[str] = []
    rest = paragraph
    while len(rest) > width:
        cut = width
        while kinsoku and cut < len(rest) and rest[cut] in NO_LINE_START:
            cut += 1  # hang the mark at the line end, as typesetters do
        lines.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        lines.append(rest)
    return lines


def _layout_break(paragraph: str, rng: random.Random) -> list[str]:
    """Cut a paragraph where no sentence ends: the column or page ran out mid-sentence."""
    spots = [
        i
        for i in range(6, len(paragraph) - 6)
        if paragraph[i - 1] not in SENTENCE_END + "：:”" and HAN_RE.match(paragraph[i - 1])
    ]
    if not spots:
        return [paragraph]
    cut = rng.choice(spots)
    return [paragraph[:cut], paragraph[cut:]]


def _furniture(page: int, total: int, date: str, head: str, number: str) -> tuple[str, str]:
    return head.format(date=date), number.format(n=page, total=total)


def _paginate(lines: list[str], shape: Shape, rng: random.Random, date: str) -> list[str]:
    """Insert form feeds, running heads, page numbers and jump lines between pages."""
    if shape.page_lines <= 0 or len(lines) <= shape.page_lines:
        return lines
    head_style = rng.choice(RUNNING_HEADS)
    number_style = rng.choice(PAGE_NUMBERS)
    head_at_top = rng.random() < 0.7
    blank_around = rng.random() < 0.5
    jumps = rng.random() < 0.35
    pages = [lines[i : i + shape.page_lines] for i in range(0, len(lines), shape.page_lines)]
    total = len(pages)
    out: list[str] = []
    for index, page in enumerate(pages, start=1):
        head, number = _furniture(index, total, date, head_style, number_style)
        top = [head] if head_at_top else []
        if jumps and index > 1:
            jump = rng.choice(JUMP_IN).format(n=index - 1, cn=CHINESE_NUMBERS[(index - 2) % 10])
            top.append(jump)
        bottom: list[str] = []
        if jumps and index < total:
            jump = rng.choice(JUMP_OUT).format(n=index + 1)
            bottom.append(jump)
        bottom += [number] if head_at_top else [head, number]
        pad = [""] if blank_around else []
        body = page
        if index > 1:
            out.append("\f" + top[0] if top else "\f")
            out.extend(top[1:])
            out.extend(pad)
        elif top and head_at_top:
            out.extend([*top, *pad])
        out.extend(body)
        out.extend(pad)
        out.extend(bottom)
    return out


def damage(title: str, paragraphs: list[str], seed: int, date: str = "2022年11月1日") -> str:
    """The article as a damaged print extraction; the same seed gives the same text."""
    rng = random.Random(seed)
    shape = _pick_shape(rng)
    rates = {
        "ascii": rng.choice([0.0, 0.2, 0.6, 1.0]),
        "digits": rng.choice([0.0, 0.3]),
        "stray": rng.choice([0.0, 0.1, 0.2]),
        "zero_width": rng.choice([0.0, 0.1, 0.3]),
    }
    breaks = rng.choice([0.0, 0.1, 0.25]) if shape.separator == "blank" else 0.0
    pieces: list[list[str]] = [[title]]  # each piece: the lines of one block
    for paragraph in paragraphs:
        damaged = _damage_characters(paragraph, rng, rates)
        parts = _layout_break(damaged, rng) if rng.random() < breaks else [damaged]
        for part in parts:
            pieces.append(_wrap(part, shape.wrap, shape.kinsoku))
    lines: list[str] = []
    for index, piece in enumerate(pieces):
        if shape.separator == "blank" and index > 0:
            lines.append("")
        elif shape.separator == "indent" and index > 0:
            piece = [shape.indent + piece[0], *piece[1:]]
            if index == 1:
                lines.append("")  # the headline stands apart from the body
        elif shape.separator == "none" and index == 1 and rng.random() < 0.5:
            lines.append("")
        lines.extend(piece)
    lines = _paginate(lines, shape, rng, date)
    text = "\n".join(lines) + "\n"
    if rng.random() < 0.2:
        text = text.replace("\n", "\r\n")
    return text
