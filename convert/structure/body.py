"""The body: which blocks are headings, and headings and paragraphs grouped into nested sections."""

from __future__ import annotations

from ..blocks import ends_paragraph
from ..chars import CJK_RE, is_japanese
from ..config import Config
from ..headings import CHAPTER_LINE_RE, JA_NOTE_RE, NOTE_RE, is_table_row, looks_like_heading
from ..model import Block, Note, Paragraph, Section
from .language import lang_attr
from .lines import in_item_runs, line_blocks
from .notes import Linker, split_notes


def heading_flags(texts: list[str], config: Config) -> list[bool]:
    """Which body blocks are headings: heading-like lines, less two kinds that only look so.

    A block ending with a colon (`to discuss the following interesting particulars:`) announces
    a list; its items are short lines without a full stop, often in capitals, and none of them is
    a heading: the list runs until a block that ends a sentence. And a heading heads something:
    heading-like lines at the very end (a signature, `HAMILTON`, after the text) are paragraphs.
    Neither is an item of a plain-text list (`lines.in_item_runs`) nor the line with a colon
    that announces one (`主要集中在：`, then `• 增加儿童读物。`).
    """
    items = in_item_runs(texts)
    flags = [_may_head(t, config) and not item for t, item in zip(texts, items, strict=True)]
    for index in range(len(texts) - 1):
        if items[index + 1] and texts[index].rstrip().endswith((":", "：")):
            flags[index] = False
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


# the Japanese item mark, the katakana middle dot (中黒) at a line's start
NAKAGURO = "・"


def _may_head(text: str, config: Config) -> bool:
    """A table row (`指标\t一季度\t二季度`) or a note (`[1] 资料来源…`) is short and often ends
    without a stop, yet heads nothing (bench/damage_print.py: every table's header row became a
    section title). Nor does an item opened by `・`.

    `・` at a line's start is how Japanese text sets an item of a list (箇条書き), alone or in
    a run, and it opens no heading: Japanese headings are marked `■`, `●`, `【…】` or not at
    all. Chinese writes its middle dot inside names (`·`, another character) and English not at
    all. Evidence (bench/clean_misses.py, ja-livedoor tuning half): 32 of the 174 headings
    Galley made were `・` lines, the links under `■関連リンク` or `【関連記事】` (a lone one or a
    run, each nested in the one before).
    """
    if is_table_row(text) or NOTE_RE.match(text) or text.startswith(NAKAGURO):
        return False
    if text[:1] == "[" and _placeholder(text):
        return False
    if _japanese_no_heading(text):
        return False
    return looks_like_heading(text, config)


def _placeholder(text: str) -> bool:
    """A block wholly in square brackets, in Latin letters, is an editor's placeholder for what
    the text could not hold (Project Gutenberg's `[Illustration: "'WHAT A PITY YOU STOPPED ME
    JUST THEN.'"]`, `[Music]`): a figure's caption, which heads nothing. Evidence
    (bench/english_books.py, tuning half): 5 such blocks, one read as a heading, with the
    chapter under it nested in its section (paper-000); the corpus's Girl's Own Paper holds 6."""
    return text[-1:] == "]" and text.count("[") == 1 and CJK_RE.search(text) is None


# conjunctive particles that join a clause to the one after it: `…ので` (because), `…のに`,
# `…けど`, `…けれど`
JA_CLAUSE_ENDS = ("ので", "のに", "けど", "けれど")


def _japanese_no_heading(text: str) -> bool:
    """A Japanese line opened by the note mark `※` is a note (`headings.JA_NOTE_RE`), and one
    that ends on a conjunctive particle (`JA_CLAUSE_ENDS`) is the first half of a sentence its writer broke over two lines
    (`我が家は、さほど息子家族とも交流に力を入れないので` / `姪と甥が揃うなんて…`): neither heads
    anything. Evidence (bench/clean_misses.py, both livedoor sets, tuning halves, once the
    writer's short lines were kept: `unwrap.pauses_ja`): three `※` notes and two `…ので` lines
    were headings; none of the 340 titles ends on one of these particles or opens with `※`."""
    marked = JA_NOTE_RE.match(text) is not None or text.endswith(JA_CLAUSE_ENDS)
    return marked and is_japanese(text)


MAX_RUN = 4  # part, chapter, section, subsection: the most headings that open one after another


def contents_aside(flags: list[bool]) -> list[bool]:
    """A run of more than MAX_RUN heading-like blocks with no text between them is a table of
    contents (`Contents`, then `Chapter 1` … `Chapter 61`, then the first chapter's own
    `Chapter 1`), not headings nested each in the one before (Pride and Prejudice, from
    `pdftotext` and from the PDF reader alike): its first block heads the entries, which are
    its paragraphs, and its last heads the text that follows."""
    out = list(flags)
    start = 0
    while start < len(out):
        end = start
        while end < len(out) and flags[end]:
            end += 1
        if end - start > MAX_RUN:
            out[start + 1 : end - 1] = [False] * (end - start - 2)
        start = end + 1
    return out


# what marks a Japanese heading as one (`■関連記事`, `【関連情報】`, `●…`, `◆…`)
HEADING_MARKS = ("■", "□", "●", "◆", "◇", "▼", "【")


def marked_heads_only(texts: list[str], flags: list[bool]) -> list[bool]:
    """In a Japanese text that marks its headings (`■関連リンク`, `【関連記事】`), a heading-like
    line without a mark is no heading: it is a paragraph.

    A Japanese article sets its sub-headings with a mark, and one that marks some marks them
    all: the short unmarked lines among them are credits (`記事執筆：にゃんこ`,
    `（MIYUKI KOMATSU）`), captions, product names and the rows of a spec table
    (`RAM 1GB`, `連続通話 3G（約　分） 390`), which the rule for a run of headings
    (`build_body`) nested each in the one before, a marked heading among them too. A text that
    marks none keeps every heading-like line (`今回のお悩み`). Evidence (bench/clean_misses.py,
    ja-livedoor tuning half): 11 marked headings were nested in an unmarked line above them, and
    of the 148 headings left once `・` items head nothing, 56 were unmarked lines in texts that
    mark theirs: credits, captions, product names, spec and ranking rows, label and value lines
    (`当選人数：1組2名様`); of these only two ranking titles and three `〜…〜` lines under a
    marked heading (its second line) read as headings, and they are kept as paragraphs.
    """
    marked = [flag and text.startswith(HEADING_MARKS) for text, flag in zip(texts, flags, strict=True)]
    return marked if any(marked) else flags


def build_body(
    texts: list[str], config: Config, lang: str, lead: bool
) -> tuple[tuple[Block, ...], tuple[Note, ...]]:
    """Group headings and paragraphs into nested sections, with plain-text lists, tables and
    notes made what they are (`lines`, `notes`); the notes come back apart from the body.

    A run of consecutive headings opens one section per heading, each inside the one before (the
    seed's district name, then its headline); the next run, after paragraphs, starts again at the
    top level. A run longer than MAX_RUN is a table of contents (`contents_aside`).
    """
    texts, note_lines = split_notes(texts)
    linker = Linker(note_lines, lang)
    body: list[Block] = []
    # open sections as (title, level, children) frames, outermost first
    stack: list[tuple[str, int, list[Block]]] = []
    previous_was_heading = False
    first_paragraph = True
    run: list[str] = []  # the blocks since the last heading

    def close_all() -> None:
        while stack:
            title, level, children = stack.pop()
            section = Section(title, level, tuple(children), lang_attr(title, lang, heading=True))
            (stack[-1][2] if stack else body).append(section)

    def flush() -> None:
        nonlocal first_paragraph
        for block in line_blocks(run, lang):
            if isinstance(block, Paragraph):
                kind = "lead" if lead and first_paragraph and not stack else ""
                block = linker.paragraph(block.text, kind)
            first_paragraph = False
            (stack[-1][2] if stack else body).append(block)
        run.clear()

    flags = contents_aside(heading_flags(texts, config))
    if lang.startswith("ja"):
        flags = marked_heads_only(texts, flags)
    for text, is_heading in zip(texts, flags, strict=True):
        if is_heading:
            flush()
            if not previous_was_heading:
                close_all()
            stack.append((text, len(stack) + 1, []))
            previous_was_heading = True
            continue
        previous_was_heading = False
        run.append(text)
    flush()
    for text in linker.unlinked():  # its call stood in a heading or an item: text again
        (stack[-1][2] if stack else body).append(Paragraph(text, lang_attr(text, lang)))
    close_all()
    return tuple(body), linker.notes()
