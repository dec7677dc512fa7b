"""Pages for bench/damage_blind.py: furniture between pages as pdftotext gives it.

Running heads in one line or in parts on lines apart by blank lines (weasy-1col's
`新闻联播文字版` / `2022年11月1日 星期二` / `第2版`), page numbers as a bare figure or `—7—` and
other common forms, a masthead before the headline on page one, jump lines (`（下转第3版）`).
"""

from __future__ import annotations

import datetime
import random

PAPERS = (
    ("人民日报", "RENMIN RIBAO"),
    ("光明日报", "GUANGMING DAILY"),
    ("经济日报", "JINGJI RIBAO"),
    ("解放日报", "JIEFANG DAILY"),
    ("南方日报", ""),
    ("新华每日电讯", ""),
    ("新闻联播", ""),
)
DESKS = ("要闻", "国内", "国际", "综合", "经济", "时政", "评论")
WEEKDAYS = "一二三四五六日"


def running_head(
    paper: str, day: datetime.date, page: int, desk: str, rng: random.Random
) -> list[str]:
    """A running head as pdftotext gives it: one line, or its parts on lines apart by blanks."""
    date = f"{day.year}年{day.month}月{day.day}日"
    weekday = "星期" + WEEKDAYS[day.weekday()]
    edition = rng.choice((f"第{page}版 {desk}", f"第{page}版", f"{desk} {page}", f"{page} {desk}"))
    parts = rng.choice(
        (
            [paper, f"{date} {weekday}", edition],
            [f"{date} {weekday}", edition],
            [paper, date, edition],
        )
    )
    form = rng.random()
    if form < 0.4:
        return [rng.choice(("  ", "　", " ")).join(parts)]
    if form < 0.8:
        return [line for part in parts for line in (part, "")][:-1]
    return parts


def page_number(page: int, rng: random.Random) -> str:
    return rng.choice(
        (f"{page}", f"—{page}—", f"- {page} -", f"第{page}页", f"·{page}·", f"（{page}）")
    )


def masthead(
    paper: str, pinyin: str, day: datetime.date, desk: str, rng: random.Random
) -> list[str]:
    date = f"{day.year}年{day.month}月{day.day}日"
    lines = [paper] + ([pinyin] if pinyin and rng.random() < 0.6 else [])
    lines.append(
        rng.choice((f"{date} 星期{WEEKDAYS[day.weekday()]}", f"{date}", f"{day:%Y.%m.%d}"))
    )
    if rng.random() < 0.5:
        lines.append(f"今日{rng.choice((8, 12, 16, 20))}版")
    if rng.random() < 0.4:
        lines.append(f"国内统一连续出版物号 CN11-00{rng.randint(10, 99)}")
    lines.append(rng.choice((f"第1版 {desk}", "第1版", desk)))
    return [line for part in lines for line in ((part, "") if rng.random() < 0.5 else (part,))]


def paginate(
    head: list[str], body: list[str], article: dict, rng: random.Random, kinds: list[str]
) -> str:
    """Head and body cut into pages of 14-50 lines, furniture at every break."""
    paper, pinyin = rng.choice(PAPERS)
    desk = rng.choice(DESKS)
    day = article_date(article)
    page = rng.randint(1, 12)
    out: list[str] = []
    if rng.random() < 0.5:
        out.extend([*masthead(paper, pinyin, day, desk, rng), ""])
        page = 1
        kinds.append("masthead")
    elif rng.random() < 0.5:
        out.extend([*running_head(paper, day, page, desk, rng), ""])
        kinds.append("head-first")
    out.extend(head)
    out.extend([""] * rng.choice((0, 1, 1, 2)))
    size = rng.randint(14, 50)
    jump = rng.random() < 0.3
    number_at = rng.choice(("foot", "head", "none"))
    left = size - len(out) % size
    for line in body:
        if left <= 0 and line:
            nxt = page + rng.randint(1, 3) if jump else page + 1
            if jump:
                out.append(f"（下转第{nxt}版）")
            if number_at == "foot":
                out.extend(["", page_number(page, rng)])
            out.extend([""] * rng.choice((1, 2, 3)))
            page = nxt
            out.extend(running_head(paper, day, page, desk, rng))
            if number_at == "head":
                out.append(page_number(page, rng))
            out.extend([""] * rng.choice((0, 1, 2)))
            if jump and rng.random() < 0.6:
                out.append(f"（上接第{page - 1}版）")
            kinds.extend(k for k in ("page-break", "jump"[: 4 * jump]) if k and k not in kinds)
            jump = False
            left = size
        out.append(line)
        left -= 1
    if number_at == "foot":
        out.extend(["", page_number(page, rng)])
    return "\n".join(out).rstrip("\n") + "\n"


def article_date(article: dict) -> datetime.date:
    day = str(article["date"])
    return datetime.date(int(day[:4]), int(day[4:6]), int(day[6:8]))
