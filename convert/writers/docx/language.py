"""Languages as Word wants them: a region on every tag, East Asian text marked as such.

Word ignores BCP 47 script subtags and keys fonts, line breaking and proofing by `w:lang`, whose
`w:eastAsia` attribute is for CJK text and `w:val` for the rest.
"""

from __future__ import annotations

# Primary subtags whose text Word must treat as East Asian (fonts, line breaking, w:eastAsia).
EAST_ASIAN = frozenset({"zh", "ja", "ko", "yue", "cmn", "lzh", "wuu", "hak", "nan", "gan", "hsn"})
# Word wants language-REGION; a bare subtag gets the region Word itself would pick.
_DEFAULT_REGION = {
    "zh": "CN", "yue": "HK", "ja": "JP", "ko": "KR", "en": "US", "fr": "FR", "de": "DE",
    "es": "ES", "it": "IT", "pt": "PT", "ru": "RU", "nl": "NL", "sv": "SE", "vi": "VN",
}  # fmt: skip
_CHINESE_SCRIPT_REGION = {"hans": "CN", "hant": "TW"}
# The Latin language of East Asian documents, as Word's own Chinese and Japanese defaults set it.
_LATIN_OF_EAST_ASIAN = "en-US"


def word_lang(tag: str | None) -> str | None:
    """The Word language tag for a BCP 47 tag: zh-Hant -> zh-TW, en -> en-US, und -> None.

    Word ignores script subtags and expects a region, so "zh-Hant" must become a region to keep
    its traditional-Chinese meaning.

    >>> [word_lang(t) for t in ("zh-CN", "zh", "zh-Hant", "zh-Hant-HK", "en-gb", "und")]
    ['zh-CN', 'zh-CN', 'zh-TW', 'zh-HK', 'en-GB', None]
    """
    parts = (tag or "").replace("_", "-").split("-")
    primary = parts[0].lower()
    if primary in ("", "und", "zxx", "mul", "mis"):
        return None
    script = next((p for p in parts[1:] if len(p) == 4 and p.isalpha()), "")
    region = next(
        (p for p in parts[1:] if (len(p) == 2 and p.isalpha()) or (len(p) == 3 and p.isdigit())),
        None,
    )
    if region is None and primary == "zh":
        region = _CHINESE_SCRIPT_REGION.get(script.lower())
    region = region or _DEFAULT_REGION.get(primary)
    return f"{primary}-{region.upper()}" if region else primary


def is_east_asian(lang: str | None) -> bool:
    return bool(lang) and str(lang).split("-")[0].lower() in EAST_ASIAN


def primary_subtag(lang: str | None) -> str:
    return (lang or "").split("-")[0].lower()


def document_lang(lang: str | None) -> dict[str, str | None]:
    """`w:lang` for a whole document: CJK documents say so in w:eastAsia, others in w:val."""
    if is_east_asian(lang):
        return {"w:val": _LATIN_OF_EAST_ASIAN, "w:eastAsia": lang}
    return {"w:val": lang, "w:eastAsia": None}


def run_lang(lang: str | None) -> dict[str, str | None]:
    """`w:lang` for text in another language: only the attribute of its script changes."""
    return {"w:eastAsia": lang} if is_east_asian(lang) else {"w:val": lang}
