"""Character classes that several stages agree on (what counts as Han, CJK punctuation, …).

Kept in one place so the normalizer's idea of "CJK context" and the structure stage's idea of
"Chinese text" cannot drift apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

# the characters cp1252 adds to Latin-1 (bytes 0x80-0x9F), which mojibake of both kinds holds
CP1252_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"

# Han ideographs: URO, Extension A, compatibility ideographs, and the supplementary planes.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
KANA = r"\u3040-\u30ff\u31f0-\u31ff"
HANGUL = r"\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"

HAN_RE = re.compile(f"[{HAN}]")
CJK_RE = re.compile(f"[{HAN}{KANA}{HANGUL}]")

# Marks that may end a paragraph (a sentence end, possibly followed by closing quotes/brackets).
SENTENCE_END = "。！？!?.…"
CLOSERS = "”’」』）)】〕》〉\"'"
# Marks after which a paragraph cannot end: the sentence goes on in the next block.
# (A colon is not one: `提出五点建议：` often ends a paragraph that a list or a quotation follows.)
CONTINUATION_END = "，、；,;—-（(“‘「『【《〈"


def is_han(ch: str) -> bool:
    return bool(HAN_RE.match(ch))


def is_cjk(ch: str) -> bool:
    return bool(CJK_RE.match(ch))


def is_wide(ch: str) -> bool:
    """CJK characters and CJK punctuation: text written without spaces between words.

    Curly quotes and dashes are not counted: English uses them too, so callers look past them.
    (`WIDE_RUNS_RE` and the ideographic space: one Han class less to compile at start.)
    """
    return ch[:1] == "\u3000" or WIDE_RUNS_RE.match(ch) is not None


ALNUM_RE = re.compile(r"[^\W_]")


def han_ratio(text: str) -> float:
    """The share of CJK characters among letters and digits (regex scans: called per line)."""
    letters = len(ALNUM_RE.findall(text))
    if not letters:
        return 0.0
    return len(CJK_RE.findall(text)) / letters


WIDE_RUNS_RE = re.compile(f"[{HAN}{KANA}{HANGUL}\u3001-\u303f\uff01-\uff60]+")
SPACE_RUNS_RE = re.compile(r"\s+")


@lru_cache(maxsize=256)  # a line is asked about several times in a row by unwrap and layout
def mostly_wide(text: str) -> bool:
    """Text at least half CJK: a wrap inside it may fall anywhere, even inside a number.

    Counted by deleting the wide characters (then the spaces) rather than by walking their runs:
    unwrap and layout ask about every line of a text, and most lines are wide or nearly so.
    """
    rest = WIDE_RUNS_RE.sub("", text)
    if not rest:
        return bool(text)
    wide = len(text) - len(rest)
    if len(rest) <= wide:
        return True  # at least half wide even if nothing else is a space
    letters = len(text) - (len(rest) - len(SPACE_RUNS_RE.sub("", rest)))
    return letters > 0 and wide * 2 >= letters


KANA_RE = re.compile(f"[{KANA}]")
# KANA's characters in UTF-8: U+3040-U+30FF are E3 81-83 xx, U+31F0-U+31FF are E3 87 B0-BF (E3
# only ever leads a character, so each match is one kana)
KANA_UTF8_RE = re.compile(rb"\xe3(?:[\x81-\x83]|\x87[\xb0-\xbf])")


def kana_count(text: str) -> int:
    """`len(KANA_RE.findall(text))`, counted in the text's UTF-8: a search for a class tests
    every character of a whole text against it (3 ms a megabyte of Chinese), where the bytes
    pattern skips from one E3 byte to the next (encoding included, half that; bench/README.md).
    Lone surrogates are encoded as they stand (`surrogatepass`: no E3 byte)."""
    return len(KANA_UTF8_RE.findall(text.encode("utf-8", "surrogatepass")))


# share of kana among a text's Han and kana above which it is Japanese: Chinese holds none
JAPANESE_KANA_SHARE = 0.1


def is_japanese(text: str) -> bool:
    """Kana make a text Japanese; its punctuation follows other conventions than Chinese.

    >>> is_japanese("韓国の伝統菓子を食べてみませんか？"), is_japanese("习近平致慰问电")
    (True, False)
    """
    kana = kana_count(text)
    return kana > 0 and kana >= JAPANESE_KANA_SHARE * len(CJK_RE.findall(text))


CJK_DIGITS = "一二三四五六七八九"


def cjk_number(text: str) -> int:
    """A number in Chinese numerals as list markers write it: `三` -> 3, `十二` -> 12, `二十` -> 20
    (to 99; 0 for anything else)."""
    if "十" not in text:
        return CJK_DIGITS.index(text) + 1 if len(text) == 1 and text in CJK_DIGITS else 0
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or not set(tens + ones) <= set(CJK_DIGITS):
        return 0
    value = (CJK_DIGITS.index(tens) + 1 if tens else 1) * 10
    return value + (CJK_DIGITS.index(ones) + 1 if ones else 0)
