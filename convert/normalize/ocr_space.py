"""A lone space between two Han characters inside running Chinese prose: OCR's, taken out.

OCR engines and some PDF extractions read a little gap between two characters of a sentence
as a space (`习近平主席倡 导携手建设`); Chinese prose never spaces a word inside a sentence. The
pauses that Chinese news does print between Han stand elsewhere: in headlines and roundup
subheads (no sentence-final mark), inside a quoted or bracketed title (`《高举…旗帜 为全面…》`,
`“巾帼心向党 奋进新征程”`), between names in a byline. So a space goes only where it is one
ASCII space between two Han characters, outside any bracket or quote, in a paragraph that ends
as a sentence does, in a text with no kana (Japanese prose spaces names: `安倍 晋三`).

Evidence: zh-news-xwlb's tuning half (167 clean articles) holds no such space in any
paragraph (its 30 body pauses are all inside quotes or in paragraphs without a final mark);
bench/damage_fifth.py's `ocr-space` pages lose every paragraph such a space falls in
(bench/README.md, "A fifth damage model").
"""

from __future__ import annotations

import re

from ..changes import Edit
from ..chars import HAN, KANA_RE
from ..config import Config
from .context import Context

# one ASCII space between two Han characters
GAP_RE = re.compile(f"(?<=[{HAN}]) (?=[{HAN}])")
# a paragraph that ends as a sentence does: a final mark, maybe inside closing quotes
SENTENCE_END_RE = re.compile(r"[。！？…][”’」』）)]*\s*$")
OPENERS = "《“‘（(「『【〔〈"
CLOSERS = "》”’）)」』】〕〉"
PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def remove_prose_gaps(text: str, config: Config, context: Context) -> list[Edit]:
    """Lone spaces between Han characters, outside brackets, in paragraphs that end a sentence.

    >>> edits = remove_prose_gaps("标题 甲乙\\n\\n我们胜利 召开了《甲 乙》大会。\\n", Config(), Context())
    >>> [(e.start, e.end) for e in edits]
    [(11, 12)]
    """
    if KANA_RE.search(text):
        return []
    edits: list[Edit] = []
    for paragraph in PARAGRAPH_RE.finditer(text):
        block = paragraph.group()
        if not SENTENCE_END_RE.search(block):
            continue
        for gap in GAP_RE.finditer(block):
            if _bracketed(block, gap.start()):
                continue
            start = paragraph.start() + gap.start()
            edits.append(Edit(start, start + 1, "", "ocr-space", "space between Han in a sentence"))
    return edits


def _bracketed(block: str, at: int) -> bool:
    """Whether `at` lies inside a bracket or quote opened earlier in the paragraph."""
    depth = 0
    for char in block[:at]:
        if char in OPENERS:
            depth += 1
        elif char in CLOSERS and depth:
            depth -= 1
    return depth > 0
