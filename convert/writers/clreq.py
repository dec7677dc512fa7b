"""Chinese and Japanese punctuation set as clreq asks, applied once to a finished HTML tree.

The HTML page, the PDF drawn from it and the EPUB's chapters all go through `apply(root)`, which
changes only text in Chinese or Japanese (the nearest `lang`/`xml:lang`) and never a character
a reader copies:

- Adjacent marks (clreq §3.1.6.1): two full-width marks side by side each keep an em, which
  leaves a visible hole; clreq sets the pair in 1.5 em. The first mark of a pair, when its blank
  half faces the second (a stop, comma or closing bracket), is wrapped in
  `<span class="halt">`, which the house sheets set with the font's `halt` feature (half-width
  advance, the glyph kept whole). Noto CJK has no `chws`, which would do this by itself. The
  first of two opening marks (（“), whose shared blank is the second's left half, is wrapped in
  `<span class="open-pair">`, which the sheets pull the second mark back over by a negative
  margin: each glyph stays where its own pen puts it (see `halted`). Marks that Traditional
  Chinese faces centre and whose `halt` moves nothing (：；？！) also get the class `centre`, for the
  sheets' zh-Hant rules. Japanese ？！ are never halved (JLReq: full-width, see `FULL_WIDTH`).
- Line edges (clreq §3.1.7): U+00B7 in a foreign name (马克·吐温) gets WORD JOINERs on both
  sides, so it can never start or end a line; the other marks clreq keeps off a line's start or
  end already are, by the line-breaking rules of Unicode that Pango and browsers follow. A
  joiner is invisible and has no glyph in the PDF's text layer.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from lxml import etree

CJK_LANGUAGES = ("zh", "ja", "yue", "lzh")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SKIPPED = frozenset({"head", "style", "script", "title", "meta"})
HALT_CLASS = "halt"
OPEN_PAIR_CLASS = "open-pair"  # the first of two opening marks
OPEN_NEXT_CLASS = "open-next"  # the mark after is an opening one (see the house sheets)
CENTRE_CLASS = "centre"  # a mark Traditional Chinese faces set in the middle of its em
SPAN_CLASSES = frozenset({HALT_CLASS, OPEN_PAIR_CLASS})
WORD_JOINER = WJ = "\u2060"

# Full-width marks by where their blank half is in Simplified Chinese and Japanese faces.
OPENING = "（［｛〔〖【「『《〈“‘"
BLANK_RIGHT = "，。、；：？！）］｝〕〗】」』》〉”’"
MARKS = OPENING + BLANK_RIGHT
# Marks Traditional Chinese faces centre and give no `halt` (their ，。、 halt by a quarter em
# shift and a half advance, as the Simplified ones do by their advance alone).
CENTRED_IN_TRADITIONAL = "：；？！"
# Marks kept whole next to another, per language. JLReq §3.1.10: in Japanese ？ and ！ are
# full-width and a closing bracket right after one follows it with no space, then half an em
# (？」は in 2 em, as written); `halt` would squeeze ！ into half an em (Noto CJK JP's `halt`
# halves ！ but not ？). The bracket is still halved before a stop or another bracket (？」。).
FULL_WIDTH = {"ja": "？！"}
_PAIR = re.compile(f"[{re.escape(MARKS)}](?=[{re.escape(MARKS)}])")
_MIDDLE_DOT = re.compile(r"(?<=[^\s\u2060])\u00b7(?=[^\s\u2060])")

# How the spans above are set, written ahead of every house sheet: in the HTML page's head,
# the EPUB's style sheet and the PDF's (`pdf.style_sheet`, which drops `@supports` for
# WeasyPrint). One copy for every style, which may restyle any of it.
CLREQ_CSS = """
/* Two adjacent full-width marks take 1.5 em, not 2: the HTML writer wraps the first of a pair
 * in span.halt when its blank half lies between them (convert/writers/clreq.py), set half-width
 * by the font's `halt` feature. A browser that trims pairs itself (`text-spacing-trim`,
 * Chromium 123 and later) trims the opening mark of a closing-opening pair (，“), so that pair
 * would lose both blanks; there the span before an opening mark is left whole. (The PDF writer
 * hides `@supports` from WeasyPrint, which does not know it.) */
.halt {
  font-feature-settings: "halt";
}

/* Of two opening marks (（“) the blank between them is the second's left half: the first keeps
 * its glyph and place, and the second is pulled back over that blank (`halt` on the second would
 * draw it before its pen position, which poppler reads as a new line). Browsers that trim pairs
 * themselves do not trim this one (the WORD JOINER after the span stands between the marks), so
 * the margin holds for them too. */
.open-pair {
  margin-right: -0.5em;
}

/* Traditional Chinese faces centre ：；？！ and give them no `halt`: a quarter em of the
 * centred mark's right side is taken back before a closing mark (？” in 1.75 em: half an em would
 * overlap the glyphs), half an em before an opening one, whose own blank is on its left. */
:lang(zh-Hant) .halt.centre,
:lang(zh-TW) .halt.centre,
:lang(zh-HK) .halt.centre {
  font-feature-settings: normal;
  margin-right: -0.25em;
}

:lang(zh-Hant) .halt.centre.open-next,
:lang(zh-TW) .halt.centre.open-next,
:lang(zh-HK) .halt.centre.open-next {
  margin-right: -0.5em;
}

@supports (text-spacing-trim: normal) {
  html {
    text-spacing-trim: normal;
  }

  .halt.open-next {
    font-feature-settings: normal;
  }

  :lang(zh-Hant) .halt.centre.open-next,
  :lang(zh-TW) .halt.centre.open-next,
  :lang(zh-HK) .halt.centre.open-next {
    margin-right: 0;
  }
}
"""


def halted(text: str, lang: str = "") -> list[int]:
    """Indices of the marks set narrower: the first of each adjacent pair whose blank lies
    between the two, that is every pair but a closing mark after an opening one (（）), and
    but a mark `lang` keeps whole (`FULL_WIDTH`).

    A closing first mark (stop, comma, closing bracket or quote) has its blank half on its right
    and is set half-width by `halt`. Of two opening marks (（“) the shared blank is the second's
    left half; `halt` on the second would draw its glyph half an em before its pen position,
    over the first's box, and poppler then reads the rest of the line as a line of its own. So
    the first keeps its glyph and its place, and a negative margin after it pulls the second
    back: every glyph starts after the one before, and the text layer reads as one line.

    >>> halted("他说：“好。”")
    [2, 5]
    >>> halted("（“引文”）。”")
    [0, 4, 5, 6]
    >>> halted("（）")
    []
    >>> halted("何？」と"), halted("何？」と", "ja"), halted("何？」。", "ja")
    ([1], [], [2])
    """
    whole = FULL_WIDTH.get(_primary(lang), "")
    found: list[int] = []
    for match in _PAIR.finditer(text):
        first = match.start()
        if text[first] in whole:
            continue
        if text[first] in BLANK_RIGHT or text[first + 1] in OPENING:
            found.append(first)
    return found


def span_classes(mark: str, after: str) -> str:
    """The classes of the span around a halted `mark` followed by `after`.

    >>> span_classes("（", "“"), span_classes("：", "“"), span_classes("。", "”")
    ('open-pair', 'halt open-next centre', 'halt')
    """
    if mark in OPENING:
        return OPEN_PAIR_CLASS
    classes = [HALT_CLASS]
    if after in OPENING:
        classes.append(OPEN_NEXT_CLASS)
    if mark in CENTRED_IN_TRADITIONAL:
        classes.append(CENTRE_CLASS)
    return " ".join(classes)


def joined(text: str) -> str:
    """The text with WORD JOINERs around each middle dot between two words.

    >>> joined("马克·吐温") == "马克\\u2060·\\u2060吐温"
    True
    """
    return _MIDDLE_DOT.sub(f"{WORD_JOINER}\u00b7{WORD_JOINER}", text)


def _primary(lang: str) -> str:
    return lang.lower().replace("_", "-").split("-")[0]


def is_cjk(lang: str) -> bool:
    """Whether text in `lang` is set by clreq (Chinese, Cantonese, Classical Chinese, Japanese)."""
    return _primary(lang) in CJK_LANGUAGES


def _language(element: etree._Element) -> str:
    node: etree._Element | None = element
    while node is not None:
        lang = node.get("lang") or node.get(XML_LANG)
        if lang:
            return lang
        node = node.getparent()
    return ""


def _local(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _elements(root: etree._Element) -> Iterator[etree._Element]:
    """Elements whose own text (and children's tails) are Chinese or Japanese prose."""
    for element in root.iter():
        if not SPAN_CLASSES.isdisjoint((element.get("class") or "").split()) or any(
            _local(e) in SKIPPED for e in (element, *element.iterancestors())
        ):
            continue
        if is_cjk(_language(element)):
            yield element


def _no_break(before: str, after: str) -> bool:
    """Whether Unicode's line-breaking rules forbid a break between two characters here: after
    an opening mark or before a closing one (a comma or stop included)."""
    return before in OPENING or after in BLANK_RIGHT


def _spans(element: etree._Element, text: str) -> tuple[str, list[etree._Element]]:
    """`text` cut at each halted mark: the text before the first, and the spans (each with the
    text up to the next as its tail).

    A WORD JOINER goes on each side of a span where a break is forbidden there anyway:
    WeasyPrint decides whether it may break between two inline boxes from their edge characters
    alone, and would otherwise break before a stop that follows a span.
    """
    text = joined(text)
    cuts = halted(text, _language(element))
    if not cuts:
        return text, []
    bounds = [-1, *cuts, len(text)]
    segments = [text[a + 1 : b] for a, b in itertools.pairwise(bounds)]
    for n, index in enumerate(cuts):
        mark = text[index]
        if index > 0 and _no_break(text[index - 1], mark) and not segments[n].endswith(WJ):
            segments[n] += WJ
        after = text[index + 1 : index + 2]
        if after and _no_break(mark, after) and not segments[n + 1].startswith(WJ):
            segments[n + 1] = WJ + segments[n + 1]
    namespace = etree.QName(element).namespace
    tag = f"{{{namespace}}}span" if namespace else "span"
    spans: list[etree._Element] = []
    for index, tail in zip(cuts, segments[1:], strict=True):
        classes = span_classes(text[index], text[index + 1 : index + 2])
        span = etree.Element(tag, {"class": classes})
        span.text = text[index]
        span.tail = tail or None
        spans.append(span)
    return segments[0], spans


def apply(root: etree._Element) -> etree._Element:
    """Set the Chinese and Japanese text of `root` by clreq, in place; returns `root`."""
    for element in list(_elements(root)):
        children = list(element)
        if element.text:
            element.text, spans = _spans(element, element.text)
            for position, span in enumerate(spans):
                element.insert(position, span)
        for child in children:
            if child.tail:
                child.tail, spans = _spans(element, child.tail)
                anchor = child
                for span in spans:
                    anchor.addnext(span)
                    anchor = span
    return root
