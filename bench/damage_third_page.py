"""The page pieces of bench/damage_third.py: CJK line filling with kinsoku, the text damage, and
the furniture of a newspaper page (masthead, running heads, page numbers, jumps). The choices
are described in bench/damage_third.py's docstring."""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Callable
from typing import Any

CLOSERS = "，。、；：？！”’）》」』】〕〉…—·%,.;:?!)"
OPENERS = "“‘（《「『【〔〈("
TOKEN_RE = re.compile(r"[\x21-\x7e]+|——+|……+| +|.", re.DOTALL)
HAN = re.compile(r"[\u4e00-\u9fff]")
WEEKDAYS = "一二三四五六日"
NUMERALS = "〇一二三四五六七八九"
PAPERS = (
    "人民日报",
    "光明日报",
    "经济日报",
    "解放日报",
    "南方日报",
    "北京日报",
    "科技日报",
    "工人日报",
)
SECTIONS = ("要闻", "综合", "国内", "国际", "经济", "评论", "文化", "社会")


def width(text: str) -> float:
    """Width in ems: printable ASCII half, anything else one."""
    return sum(0.5 if " " <= ch <= "~" else 1.0 for ch in text)


def units(text: str) -> list[str]:
    """Unbreakable pieces: an ASCII run, a `——`/`……`, one other character; a closing mark is
    glued to what precedes it, an opening mark and a space to what follows (and a space to
    what precedes it)."""
    out: list[str] = []
    glue_next = False
    for token in TOKEN_RE.findall(text):
        closing = token[0] in CLOSERS and (len(token) == 1 or token[0] in "—…")
        if out and (glue_next or token.isspace() or closing):
            out[-1] += token
        else:
            out.append(token)
        glue_next = token.isspace() or token in OPENERS
    return out


def break_lines(text: str, measure_of: Callable[[int], float], indent: str) -> list[str]:
    """`text` filled line by line (`measure_of(n)` is the n-th line's measure, asked once per
    line); trailing closing marks hang past the measure."""
    lines: list[str] = []
    current = indent
    limit = measure_of(0)
    for unit in units(text):
        core = width(unit.rstrip(CLOSERS)) if unit.rstrip(CLOSERS) else 0.0
        if current == indent or width(current) + core <= limit:
            current += unit
            continue
        lines.append(current)
        current = unit
        limit = measure_of(len(lines))
    lines.append(current)
    return lines


ASCII_MARKS = {
    "，": ",",
    "。": ".",
    "：": ":",
    "；": ";",
    "？": "?",
    "！": "!",
    "（": "(",
    "）": ")",
}
MARK_RE = re.compile(r"(?<=[\u4e00-\u9fff])[，。：；？！（）](?=[\u4e00-\u9fff]|$)")
NOT_AND = ("共温缓柔总饱调暖祥天", "平谐睦美合解气蔼衷煦")
NOT_IN = ("现存正所实自内外潜健", "于乎意场内线望")
FUNCTION_RE = re.compile(r"(?<=[\u4e00-\u9fff])[和在](?=[\u4e00-\u9fff])")
ALNUM_RE = re.compile(r"(?<![\x21-\x7e])[0-9A-Za-z]+(?![\x21-\x7e])")


def damage_text(text: str, kinds: list[str], rng: random.Random) -> tuple[str, list[str]]:
    """`text` with the story's damage `kinds` at low rates, and the kinds that changed it."""
    applied: list[str] = []
    if "ascii_punct" in kinds:
        new = MARK_RE.sub(
            lambda m: ASCII_MARKS[m.group()] if rng.random() < 0.15 else m.group(), text
        )
        applied += ["ascii_punct"] if new != text else []
        text = new
    if "stray_word" in kinds:
        budget = [2]

        def stray(match: re.Match[str]) -> str:
            char, start = match.group(), match.start()
            before, after = NOT_AND if char == "和" else NOT_IN
            if text[start - 1] in before or text[start + 1] in after or budget[0] == 0:
                return char
            if rng.random() >= 0.25:
                return char
            budget[0] -= 1
            return " and " if char == "和" else " in "

        new = FUNCTION_RE.sub(stray, text)
        applied += ["stray_word"] if new != text else []
        text = new
    if "fullwidth_digits" in kinds:
        new = ALNUM_RE.sub(
            lambda m: (
                "".join(chr(ord(c) + 0xFEE0) for c in m.group())
                if rng.random() < 0.3
                else m.group()
            ),
            text,
        )
        applied += ["fullwidth_digits"] if new != text else []
        text = new
    return text, applied


def paper_day(article: dict[str, Any]) -> datetime.date:
    """The paper's date: the day after the broadcast."""
    return datetime.datetime.strptime(str(article["date"]), "%Y%m%d").date() + datetime.timedelta(
        days=1
    )


def date_line(article: dict[str, Any], gap: str) -> str:
    day = paper_day(article)
    return f"{day.year}年{day.month}月{day.day}日{gap}星期{WEEKDAYS[day.weekday()]}"


def page_name(page: int, rng: random.Random) -> str:
    """`第2版`, `第二版`, `02版` or `2版`."""
    forms = (f"第{page}版", f"第{chinese(page)}版", f"{page:02d}版", f"{page}版")
    return rng.choice(forms)


def chinese(number: int) -> str:
    if number < 10:
        return NUMERALS[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else NUMERALS[tens]) + "十" + (NUMERALS[ones] if ones else "")


def masthead(article: dict[str, Any], rng: random.Random, paper: str) -> list[str]:
    """Page one's top: the paper's name, its date and weekday, page or page count, in one of
    three arrangements."""
    gap = rng.choice(("\u3000", " ", "  "))
    form = rng.randrange(3)
    if form == 0:
        lines = [paper, date_line(article, gap), page_name(1, rng)]
        if rng.random() < 0.4:
            lines.insert(1, f"国内统一连续出版物号 CN11-{rng.randint(1, 99):04d}")
        return lines
    if form == 1:
        return [gap.join([paper, date_line(article, gap), page_name(1, rng)])]
    return [paper, date_line(article, gap), f"今日{rng.choice((8, 12, 16, 20, 24))}版"]


def running_head(article: dict[str, Any], rng: random.Random, page: int, paper: str) -> list[str]:
    gap = rng.choice(("\u3000", " ", "  "))
    date = date_line(article, gap)
    name = page_name(page, rng) + gap + rng.choice(SECTIONS)
    form = rng.randrange(4)
    if form == 0:
        return [date + gap + name]
    if form == 1:
        return [name + gap + date]
    if form == 2:
        return [name, date]
    return [paper + gap + date + gap + name]


def page_number(page: int, rng: random.Random) -> str:
    return rng.choice((str(page), f"- {page} -", f"— {page} —", f"第{page}页"))


def page_break(
    article: dict[str, Any], rng: random.Random, page: int, paper: str
) -> tuple[list[str], str, list[str]]:
    """The lines a page break puts between two lines of text (foot of page `page - 1`, head of
    page `page`), the jump mark to put in front of the next line (or ""), and the kinds."""
    lines: list[str] = []
    kinds: list[str] = []
    prefix = ""
    jump = rng.random() < 0.4
    numeral = rng.random() < 0.5
    if jump:
        lines.append(f"（下转第{chinese(page) if numeral else page}版）")
        kinds.append("jump")
    if rng.random() < 0.5:
        lines.append(page_number(page - 1, rng))
        kinds.append("page_number")
    head = running_head(article, rng, page, paper) if rng.random() < 0.8 or not lines else []
    separator = rng.choice(("\f", "\n", "")) if head else "\f"  # a bare page number: pdftotext's
    if head:
        kinds.append("running_head")
    if separator == "\f":
        kinds.append("form_feed")
        head = ["\f" + (head[0] if head else ""), *head[1:]]
    elif separator == "\n":
        lines.append("")
    lines.extend(head)
    if jump:
        mark = f"（上接第{chinese(page - 1) if numeral else page - 1}版）"
        if rng.random() < 0.5:
            lines.append(mark)
        else:
            prefix = mark
    return lines, prefix, kinds
