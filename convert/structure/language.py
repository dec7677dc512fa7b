"""The language of a text: the article's (its `xml:lang`), and a paragraph's or heading's own
where it clearly differs from the article's."""

from __future__ import annotations

import re

from ..chars import CJK_RE, HANGUL, KANA

KANA_RE = re.compile(f"[{KANA}]")
HANGUL_RE = re.compile(f"[{HANGUL}]")

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
    (Counted by `filter`, `findall` and `map` rather than a loop over the characters: it is
    asked of the whole text, then of every paragraph and heading.)
    """
    letters = "".join(filter(str.isalpha, text))
    if not letters:
        return "und"
    kana = len(KANA_RE.findall(text))
    if kana and kana >= 0.05 * len(letters):
        return "ja"
    if len(HANGUL_RE.findall(text)) >= 0.2 * len(letters):
        return "ko"
    cjk = len(CJK_RE.findall(letters))
    # a Han character carries about as much as a Latin word of three or four letters
    if cjk and cjk / (cjk + (len(letters) - cjk) / 3) >= 0.5:
        simplified = sum(map(SIMPLIFIED_ONLY.__contains__, text))
        traditional = sum(map(TRADITIONAL_ONLY.__contains__, text))
        return "zh-TW" if traditional > simplified else "zh-CN"
    return "en"


def _same_language(a: str, b: str) -> bool:
    return a.split("-")[0] == b.split("-")[0]


def lang_attr(text: str, article_lang: str, heading: bool = False) -> str | None:
    """The paragraph's own language where it clearly differs from the article's."""
    letters = sum(map(str.isalpha, text))
    if letters < (4 if heading else 12):
        return None
    lang = detect_language(text)
    if article_lang.startswith("ja") and lang.startswith("zh"):
        # Kanji with little or no kana (■関連記事, 写真展概要) cannot be told from Chinese:
        # Japanese shares forms with Traditional (関, 記, 開) and with Simplified (会, 写, 区)
        # Chinese alike, so such text in a Japanese article is taken as Japanese
        return None
    return None if lang == "und" or _same_language(lang, article_lang) else lang
