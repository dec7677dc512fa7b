"""Repaired text to a typed document: title, kicker, subtitle, byline, lead, sections, paragraphs.

The result is the same `Document` model the writers read, built here from the text and then, after
the JATS round trip, read back from the validated XML; the writers only ever see the second one.
"""

from __future__ import annotations

import re

from .blocks import ends_paragraph, split_blocks
from .chars import HANGUL, KANA, is_cjk
from .config import Config
from .headings import (
    BYLINE_CJK_RE,
    BYLINE_EN_RE,
    CHAPTER_LINE_RE,
    SUBTITLE_RE,
    is_byline,
    is_name_line,
    is_subtitle,
    looks_like_heading,
)
from .model import Contributor, Document, Paragraph, Section

KANA_RE = re.compile(f"[{KANA}]")
HANGUL_RE = re.compile(f"[{HANGUL}]")
NAME_SEPARATORS_RE = re.compile(r"[\s\u3000、，,]+")
EN_NAME_SEPARATORS_RE = re.compile(r"\s*(?:,|\band\b|&)\s*")

# Characters whose form differs between Simplified and Traditional Chinese, among the most
# frequent in running text. Counting them tells zh-CN from zh-TW reliably on a paragraph or more.
SIMPLIFIED_ONLY = set(
    "这们说国为时会个来对发后经学进过动长开关现还与实义业产东门问间体见电书记区总务员报认领导"
)
TRADITIONAL_ONLY = set(
    "這們說國為時會個來對發後經學進過動長開關現還與實義業產東門問間體見電書記區總務員報認領導"
)


def detect_language(text: str) -> str:
    """A BCP 47 tag for the text: zh-CN, zh-TW, ja, ko or en.

    Kana means Japanese and Hangul Korean even among many Han characters; Chinese is told apart
    as Simplified or Traditional by characters that exist in only one of the two.
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "und"
    kana = len(KANA_RE.findall(text))
    if kana and kana >= 0.05 * len(letters):
        return "ja"
    if len(HANGUL_RE.findall(text)) >= 0.2 * len(letters):
        return "ko"
    cjk = sum(1 for c in letters if is_cjk(c))
    # a Han character carries about as much as a Latin word of three or four letters
    if cjk and cjk / (cjk + (len(letters) - cjk) / 3) >= 0.5:
        simplified = sum(1 for c in text if c in SIMPLIFIED_ONLY)
        traditional = sum(1 for c in text if c in TRADITIONAL_ONLY)
        return "zh-TW" if traditional > simplified else "zh-CN"
    return "en"


def _same_language(a: str, b: str) -> bool:
    return a.split("-")[0] == b.split("-")[0]


def parse_byline(text: str) -> tuple[Contributor, ...]:
    """`□本报记者 张晶 边磊` -> two contributors with role 本报记者; `By A and B` -> A, B."""
    cjk = BYLINE_CJK_RE.match(text)
    if cjk:
        role = cjk.group("role")
        names = [n for n in NAME_SEPARATORS_RE.split(cjk.group("names")) if n]
        return tuple(Contributor(name, role) for name in names)
    english = BYLINE_EN_RE.match(text)
    if english:
        names = [n for n in EN_NAME_SEPARATORS_RE.split(english.group("names")) if n]
        return tuple(Contributor(name.strip()) for name in names)
    return ()


def heading_flags(texts: list[str], config: Config) -> list[bool]:
    """Which body blocks are headings: heading-like lines, less two kinds that only look so.

    A block ending with a colon (`to discuss the following interesting particulars:`) announces
    a list; its items are short lines without a full stop, often in capitals, and none of them is
    a heading: the list runs until a block that ends a sentence. And a heading heads something:
    heading-like lines at the very end (a signature, `HAMILTON`, after the text) are paragraphs.
    """
    flags = [looks_like_heading(t, config) for t in texts]
    in_list = False
    for index, text in enumerate(texts):
        if in_list and not CHAPTER_LINE_RE.fullmatch(text):
            flags[index] = False
            in_list = not ends_paragraph(text)
        elif not flags[index]:
            in_list = text.rstrip().endswith((":", "："))
    for index in range(len(flags) - 1, -1, -1):
        if not flags[index]:
            break
        flags[index] = False
    return flags


def _front_byline(texts: list[str], config: Config) -> int | None:
    """Where a name alone on a line stands among the first short blocks (`HAMILTON`), if anywhere.

    Before the text begins (the first block of real prose), a line that is nothing but a
    person's name is its author's byline, wherever the header put it.
    """
    for index, text in enumerate(texts[:4]):
        if is_name_line(text) and index + 1 < len(texts):
            return index
        if len(text.split()) > FRONT_MATTER_WORDS and not looks_like_heading(text, config):
            return None  # the text has begun: `It was the best of times.`
    return None


# front matter is headings and short labels (`For the Independent Journal.`); a block of more
# words that is not a heading is the text itself
FRONT_MATTER_WORDS = 5


def _build_body(
    texts: list[str], config: Config, lang: str, lead: bool
) -> tuple[Paragraph | Section, ...]:
    """Group headings and paragraphs into nested sections.

    A run of consecutive headings opens one section per heading, each inside the one before (the
    seed's district name, then its headline); the next run, after paragraphs, starts again at the
    top level.
    """
    body: list[Paragraph | Section] = []
    # open sections as (title, level, children) frames, outermost first
    stack: list[tuple[str, int, list[Paragraph | Section]]] = []
    previous_was_heading = False
    first_paragraph = True

    def close_all() -> None:
        while stack:
            title, level, children = stack.pop()
            section = Section(title, level, tuple(children), _lang_attr(title, lang, heading=True))
            (stack[-1][2] if stack else body).append(section)

    for text, is_heading in zip(texts, heading_flags(texts, config), strict=True):
        if is_heading:
            if not previous_was_heading:
                close_all()
            stack.append((text, len(stack) + 1, []))
            previous_was_heading = True
            continue
        previous_was_heading = False
        kind = "lead" if lead and first_paragraph and not stack else ""
        first_paragraph = False
        paragraph = Paragraph(text, _lang_attr(text, lang), kind)
        (stack[-1][2] if stack else body).append(paragraph)
    close_all()
    return tuple(body)


def _lang_attr(text: str, article_lang: str, heading: bool = False) -> str | None:
    """The paragraph's own language where it clearly differs from the article's."""
    letters = sum(1 for c in text if c.isalpha())
    if letters < (4 if heading else 12):
        return None
    lang = detect_language(text)
    return None if lang == "und" or _same_language(lang, article_lang) else lang


def _is_title_line(texts: list[str], config: Config) -> bool:
    """A heading right under the title that no other heading follows is part of the title.

    As a section it would wrap the whole text; it is the title's second line (a subtitle).
    """
    if len(texts) < 2 or CHAPTER_LINE_RE.fullmatch(texts[0]) or is_name_line(texts[0]):
        return False
    flags = heading_flags(texts, config)
    return flags[0] and not any(flags[1:])


def build_document(text: str, config: Config | None = None, fallback_title: str = "") -> Document:
    config = config or Config()
    texts = [b.text for b in split_blocks(text)]
    lang = detect_language(text)
    title = subtitle = kicker = ""
    contributors: tuple[Contributor, ...] = ()
    index = 0
    has_title = bool(texts) and (
        looks_like_heading(texts[0], config) or (len(texts) > 1 and is_subtitle(texts[1]))
    )
    if has_title:
        if (
            len(texts) > 2
            and looks_like_heading(texts[1], config)
            and not is_subtitle(texts[1])
            and (is_subtitle(texts[2]) or is_byline(texts[2]))
        ):
            kicker, index = texts[0], 1
        title = texts[index].replace("\n", " ")
        index += 1
    if index < len(texts) and is_subtitle(texts[index]):
        subtitle = SUBTITLE_RE.sub("", texts[index])
        index += 1
    if index < len(texts) and is_byline(texts[index]):
        contributors = parse_byline(texts[index])
        index += 1
    rest = texts[index:]
    if not contributors and lang.startswith("en"):
        found = _front_byline(rest, config)
        if found is not None:
            contributors = (Contributor(rest[found]),)
            rest = rest[:found] + rest[found + 1 :]
    if has_title and not subtitle and _is_title_line(rest, config):
        subtitle, rest = rest[0], rest[1:]  # `General Introduction` under `FEDERALIST. No. 1`
    is_news = any("记者" in c.role or "通讯员" in c.role for c in contributors)
    body = _build_body(rest, config, lang, lead=is_news)
    return Document(
        lang=lang,
        article_type="news" if is_news else "other",
        title=title or fallback_title,
        subtitle=subtitle,
        kicker=kicker,
        contributors=contributors,
        body=body,
    )
