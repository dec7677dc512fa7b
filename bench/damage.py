"""A seeded generator of print damage for clean Chinese news articles.

Galley is judged on documents from generators it has not seen, so this one mixes every kind of
damage the normalizer claims to repair, each at random positions and rates, and draws the page
shape itself at random per document:

* layout breaks: a paragraph cut in two mid-sentence by a blank line (column/page break);
* hard wraps at 10-25 characters (narrow columns) or 30-45 (a page width), with or without the
  line-start rule (kinsoku), so some lines begin with punctuation;
* paragraphs marked only by indentation (full-width, ASCII or no-break spaces), no blank lines;
* pdftotext-like text: wrapped, no blank lines, no indentation, form feeds between pages;
* ASCII punctuation where full-width belongs, straight quotes around Han for `“”‘’`, `...`,
  `。。。`, `......` or `…` for `……`, `--` for `——`;
* full-width digits and letters;
* invisible characters: zero-width characters, a BOM mid-text, C0 controls, soft hyphens (inside
  lines and at line ends), no-break spaces for spaces;
* stray Latin function words where `和`, `或`, `的`, `与`, `在`, ... stood (English and other
  languages), and `□` where a glyph went missing (lost: only a flag can answer it);
* mojibake: UTF-8 read as cp1252 or Latin-1, GBK read as Latin-1 or cp1252 (lossless), UTF-8 read
  as GBK with the undecodable bytes replaced (lossy), over the whole document or a phrase;
* page furniture: running heads and feet, page numbers in several styles, jump lines, form feeds;
* line ends: LF, CRLF, CR, NEL, U+2028, U+2029 between paragraphs (Word), or a mix;
* the file's encoding: UTF-8, UTF-8 with a BOM (often with CRLF), GB18030, UTF-16 LE/BE with or
  without a BOM.

`damage_file(title, paragraphs, seed)` returns a `Damaged`: the bytes of the file, the text those
bytes encode, the encoding and the kinds of damage drawn (for the harness's per-kind figures; the
converter never sees them). `damage(title, paragraphs, seed)` is the text alone. The clean title
and paragraphs are the ground truth. The same seed always gives the same file.
"""

from __future__ import annotations

import codecs
import random
import re
from dataclasses import dataclass

HAN_RE = re.compile(r"[\u4e00-\u9fff]")
SENTENCE_END = "。！？"
NO_LINE_START = "，。、；：？！）”》"
ASCII_FOR = {"，": ",", "；": ";", "：": ":", "？": "?", "！": "!"}
FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
FULL_LETTERS = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "".join(chr(0xFF21 + i) for i in range(26)) + "".join(chr(0xFF41 + i) for i in range(26)),
)
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
C0_CONTROLS = [chr(c) for c in [*range(0x01, 0x09), *range(0x0E, 0x20), 0x7F]]
SOFT_HYPHEN = "\u00ad"
NBSP = "\u00a0"
ELLIPSES = ["...", "。。。", "......", "…"]
# a Han function word and the Latin words input methods and translation memories leave for it
STRAY_WORDS = {
    "和": ["and", "and", "und", "et"],
    "或": ["or", "ou", "oder"],
    "的": ["of"],
    "与": ["with", "mit", "avec", "con"],
    "在": ["in"],
    "但": ["but"],
}
STRAY_SPACING = ["{w}", " {w} ", " {w}", "{w} "]
MISSING_GLYPH = "□"
# mojibake histories: how the text's bytes were written and how they were (mis)read
LOSSLESS_HISTORIES = ["utf8-as-cp1252", "utf8-as-latin1", "gbk-as-latin1", "gbk-as-cp1252"]
LOSSY_HISTORIES = ["utf8-as-gbk"]
# line-end styles; "u2029" puts U+2029 between paragraphs and U+2028 inside them (Word)
LINE_ENDS = {"lf": "\n", "crlf": "\r\n", "cr": "\r", "nel": "\x85", "u2028": "\u2028"}
# the file's encoding, and how often it is drawn
ENCODINGS = [
    ("utf-8", 8),
    ("utf-8-bom", 3),
    ("gb18030", 4),
    ("utf-16-le-bom", 2),
    ("utf-16-be-bom", 1),
    ("utf-16-le", 2),
    ("utf-16-be", 1),
]
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

    name: str
    wrap: int  # characters per line; 0: one line per paragraph
    kinsoku: bool  # punctuation pushed back so no line begins with it
    separator: str  # between paragraphs: "blank", "indent" or "none"
    indent: str  # the indentation when separator == "indent"
    page_lines: int  # lines per page; 0: no pages


@dataclass(frozen=True)
class Damaged:
    """One damaged file: what the converter reads, and what the harness may report on."""

    data: bytes
    text: str  # what `data` encodes
    encoding: str
    kinds: frozenset[str]  # the damage drawn; never shown to the converter


def _pick_shape(rng: random.Random) -> Shape:
    kind = rng.choice(["blocks", "narrow", "indent", "pdftotext", "blocks-pages"])
    if kind == "blocks":
        return Shape(kind, 0, True, "blank", "", 0)
    if kind == "blocks-pages":
        return Shape(kind, 0, True, "blank", "", rng.randint(4, 9))
    if kind == "narrow":
        return Shape(
            kind, rng.randint(10, 25), rng.random() < 0.5, "blank", "", rng.choice([0, 30])
        )
    if kind == "indent":
        indent = rng.choice(["　　", "  ", "    ", "\u3000", NBSP * 2, NBSP * 4])
        wrap = rng.choice([0, rng.randint(12, 40)])
        return Shape(kind, wrap, rng.random() < 0.5, "indent", indent, rng.choice([0, 35]))
    return Shape(kind, rng.randint(30, 45), True, "none", "", rng.randint(25, 45))


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


def _straight_quotes(text: str) -> str:
    """`“”‘’` typed as ASCII quotes, as an input method in English mode does."""
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))


def _marks(text: str, rng: random.Random) -> str:
    """`……` and `——` typed with the keys at hand."""
    text = re.sub("……", lambda _: rng.choice(ELLIPSES), text)
    return text.replace("——", "--")


def _stray_word(text: str, rng: random.Random) -> str:
    """One Han function word between Han characters becomes a Latin one."""
    spots = [
        m.start()
        for m in re.finditer(r"(?<=[\u4e00-\u9fff])[和或的与在但](?=[\u4e00-\u9fff])", text)
    ]
    if not spots:
        return text
    pos = rng.choice(spots)
    word = rng.choice(STRAY_WORDS[text[pos]])
    return text[:pos] + rng.choice(STRAY_SPACING).format(w=word) + text[pos + 1 :]


def _insert(text: str, count: int, choices: list[str], rng: random.Random) -> str:
    for _ in range(count):
        pos = rng.randint(1, max(1, len(text) - 1))
        text = text[:pos] + rng.choice(choices) + text[pos:]
    return text


def _missing_glyph(text: str, rng: random.Random) -> str:
    spots = [m.start() for m in HAN_RE.finditer(text)]
    if not spots:
        return text
    pos = rng.choice(spots)
    return text[:pos] + MISSING_GLYPH + text[pos + 1 :]


def _misread(text: str, history: str) -> str:
    """`text` written in one encoding and read in another (the bytes a GBK decoder rejects become
    U+FFFD: that history loses bytes)."""
    written, _, read = history.partition("-as-")
    data = text.encode("utf-8" if written == "utf8" else "gbk", errors="ignore")
    if read == "latin1":
        return data.decode("latin-1")
    if read == "cp1252":  # the five bytes cp1252 leaves undefined pass through, as Windows does
        return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)
    return data.decode("gbk", errors="replace")


def _mojibake_phrase(text: str, history: str, rng: random.Random) -> str:
    """A run of 4-30 characters of the paragraph garbled (a pasted-in piece)."""
    if len(text) < 8:
        return text
    length = rng.randint(4, min(30, len(text) - 2))
    start = rng.randint(0, len(text) - length)
    return text[:start] + _misread(text[start : start + length], history) + text[start + length :]


def _damage_characters(
    paragraph: str, rng: random.Random, rates: dict[str, float], kinds: set[str]
) -> str:
    """Every character-level damage drawn for this document, each at its rate; `kinds` collects
    the ones that actually changed something."""

    def step(kind: str, text: str, damaged: str) -> str:
        if damaged != text:
            kinds.add(kind)
        return damaged

    p = paragraph
    p = step("ascii-punctuation", p, _punctuation_to_ascii(p, rates["ascii"], rng))
    if rng.random() < rates["quotes"]:
        p = step("straight-quotes", p, _straight_quotes(p))
    if rng.random() < rates["marks"]:
        p = step("ellipsis-dash", p, _marks(p, rng))
    if rng.random() < rates["digits"]:
        p = step("full-width-digits", p, p.translate(FULL_DIGITS))
    if rng.random() < rates["letters"]:
        p = step("full-width-letters", p, p.translate(FULL_LETTERS))
    if rng.random() < rates["stray"]:
        p = step("stray-word", p, _stray_word(p, rng))
    if rng.random() < rates["missing_glyph"]:
        p = step("missing-glyph", p, _missing_glyph(p, rng))
    if rng.random() < rates["nbsp"]:
        p = step("nbsp", p, p.replace(" ", NBSP))
    if rng.random() < rates["zero_width"]:
        p = step("zero-width", p, _insert(p, rng.randint(1, 3), ZERO_WIDTH, rng))
    if rng.random() < rates["controls"]:
        p = step("controls", p, _insert(p, rng.randint(1, 2), C0_CONTROLS, rng))
    if rng.random() < rates["soft_hyphen"]:
        p = step("soft-hyphen", p, _insert(p, rng.randint(1, 2), [SOFT_HYPHEN], rng))
    if rates["mojibake_phrase"] and rng.random() < rates["mojibake_phrase"]:
        history = rng.choice(LOSSLESS_HISTORIES + LOSSY_HISTORIES)
        p = step(f"mojibake-phrase:{history}", p, _mojibake_phrase(p, history, rng))
    return p


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


def _line_ends(text: str, rng: random.Random, kinds: set[str]) -> str:
    """LF as written, or another line-end style for the whole file (sometimes a mix)."""
    style = rng.choices(
        ["lf", "crlf", "cr", "nel", "u2028", "u2029", "mixed"], [10, 4, 1, 1, 1, 1, 1]
    )[0]
    kinds.add(f"eol:{style}")
    if style == "lf":
        return text
    if style == "u2029":  # Word: a paragraph separator where a blank line stood
        text = re.sub(r"\n\n+", "\u2029", text)
        return text.replace("\n", rng.choice(["\u2028", "\n", "\r\n"]))
    if style == "mixed":
        # files pasted together: LF, CRLF and U+2028 (a CR before an LF would make them one end)
        return re.sub("\n", lambda _: rng.choice(["\n", "\r\n", "\u2028"]), text)
    return text.replace("\n", LINE_ENDS[style])


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-8-bom":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if encoding.endswith("-bom"):
        codec = encoding.removesuffix("-bom")
        bom = codecs.BOM_UTF16_LE if codec == "utf-16-le" else codecs.BOM_UTF16_BE
        return bom + text.encode(codec)
    return text.encode(encoding)


def _layout(
    title: str, paragraphs: list[str], rng: random.Random, rates: dict[str, float], date: str
) -> tuple[str, set[str]]:
    """The damaged text with LF line ends: characters, page shape, layout breaks, furniture."""
    shape = _pick_shape(rng)
    kinds = {f"shape:{shape.name}"}
    breaks = rng.choice([0.0, 0.1, 0.25]) if shape.separator == "blank" else 0.0
    soft_hyphen_ends = rng.choice([0.0, 0.0, 0.2]) if shape.wrap else 0.0
    pieces: list[list[str]] = [[title]]  # each piece: the lines of one block
    for paragraph in paragraphs:
        damaged = _damage_characters(paragraph, rng, rates, kinds)
        parts = _layout_break(damaged, rng) if rng.random() < breaks else [damaged]
        if len(parts) > 1:
            kinds.add("layout-break")
        for part in parts:
            wrapped = _wrap(part, shape.wrap, shape.kinsoku)
            for i in range(len(wrapped) - 1):
                if rng.random() < soft_hyphen_ends:  # a hyphenation point left at the line end
                    wrapped[i] += SOFT_HYPHEN
                    kinds.add("soft-hyphen-line-end")
            pieces.append(wrapped)
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
    paged = _paginate(lines, shape, rng, date)
    if paged != lines:
        kinds.add("furniture")
    return "\n".join(paged) + "\n", kinds


def damage_file(
    title: str,
    paragraphs: list[str],
    seed: int,
    date: str = "2022年11月1日",
    mojibake: bool = True,
) -> Damaged:
    """The article as a damaged file; the same seed gives the same bytes. `mojibake=False` leaves
    the mojibake out (the speed benchmark's text: ordinary damaged Chinese, not ftfy's work)."""
    rng = random.Random(seed)
    rates = {
        "ascii": rng.choice([0.0, 0.2, 0.6, 1.0]),
        "quotes": rng.choice([0.0, 0.0, 0.5, 1.0]),
        "marks": rng.choice([0.0, 1.0]),
        "digits": rng.choice([0.0, 0.3]),
        "letters": rng.choice([0.0, 0.0, 0.5]),
        "stray": rng.choice([0.0, 0.1, 0.2]),
        "missing_glyph": rng.choice([0.0, 0.0, 0.0, 0.05]),
        "nbsp": rng.choice([0.0, 0.0, 1.0]),
        "zero_width": rng.choice([0.0, 0.1, 0.3]),
        "controls": rng.choice([0.0, 0.0, 0.1]),
        "soft_hyphen": rng.choice([0.0, 0.0, 0.1, 0.3]),
        "mojibake_phrase": rng.choice([0.0, 0.0, 0.0, 0.0, 0.05, 0.15]),
    }
    if not mojibake:
        rates["mojibake_phrase"] = 0.0
    text, kinds = _layout(title, paragraphs, rng, rates, date)
    if (
        rng.random() < 0.08 and mojibake
    ):  # the whole file was written in one encoding and read in another
        history = rng.choice(LOSSLESS_HISTORIES * 2 + LOSSY_HISTORIES)
        text = _misread(text, history)
        kinds.add(f"mojibake-document:{history}")
    encoding = rng.choices([e for e, _ in ENCODINGS], [w for _, w in ENCODINGS])[0]
    if encoding == "gb18030" and any(k.startswith("mojibake-document") for k in kinds):
        # the program that misread the file saved it: in UTF-8 (nobody writes a wholly Latin
        # text in GB18030)
        encoding = "utf-8"
    text = _line_ends(text, rng, kinds)
    if encoding == "utf-8-bom" and "eol:lf" in kinds and rng.random() < 0.7:
        kinds.discard("eol:lf")  # Windows Notepad: a BOM and CRLF
        kinds.add("eol:crlf")
        text = text.replace("\n", "\r\n")
    kinds.add(f"encoding:{encoding}")
    return Damaged(_encode(text, encoding), text, encoding, frozenset(kinds))


def damage(
    title: str,
    paragraphs: list[str],
    seed: int,
    date: str = "2022年11月1日",
    mojibake: bool = True,
) -> str:
    """The damaged text alone (what a reader should decode from `damage_file`'s bytes)."""
    return damage_file(title, paragraphs, seed, date, mojibake).text
