"""Compound hyphens that `pdftotext` took out where it ran two printed lines together.

At a line that ends in `-` before a lowercase letter, `pdftotext` (its default mode) drops the
hyphen and joins the next line on: the text shows one line about twice the measure with the
word at the measure closed up (`…Jane was at a drawingroom window watching their arrival; when
they entered the passage she was there to`). That is right where the typesetter hyphenated a
word (TeX: `acknow-` / `ledged`) and wrong where the hyphen was the word's own (`drawing-room`,
`ill-founded`). A typesetter that hyphenates runs many lines so, and the words it closes up are
words (`acknowledged`); one that never does (Word, by default) breaks at compounds only, most
of which are no word closed up (`drawingroom`). So the document decides: where few lines were
run together and most words closed up at the measure are no words, every closed-up word that
splits into two words, at a place its printed line could have ended, gets its hyphen back
(`over-rated` too, though `overrated` is a word).

Evidence: Pride and Prejudice's Word PDF (Times New Roman, never hyphenated), tuning chapters:
twelve such words (`half-deserved`, `dining-parlour`, `good-naturedly`, `love-making`,
`empty-headed`, `drawing-room`, `good-humoured`, `re-kindled`, `ill-judged`, `ill-founded`,
`a-shooting`, `over-rated`), every one a compound in the book's Gutenberg text. A word alone
cannot decide it: of the Gutenberg books' 372 hyphenated compounds 302 are no word closed up
(wordfreq), but 704 words the books write closed up (`netherfield`, `quitted`) split as two
words too; bench/README.md, "English through pdftotext's default mode".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from ...blocks import Block
from ...changes import Edit
from .join import TYPESET_HYPHEN

# a line this much wider than the measure is two printed lines run together
OVERLONG = 1.02
# slack for the measure's estimate where the first printed line ends in the hyphen
FIT_SLACK = 1.005
# each side of a compound is a word at least this common (Zipf scale; `humoured`: 2.15)
MIN_PART_ZIPF = 1.5
MIN_PART = 2  # letters
# a typesetter that hyphenates breaks more of its lines so (WeasyPrint's `hyphens: auto`: 11 %
# of Pride and Prejudice's lines; the Word PDF, compounds only: under 1 %), and breaks words
# that are words closed up: of Pride and Prejudice's words with a hyphenation point (pyphen's
# en_US, TeX's patterns) 4.6 % are none by wordfreq, of the Gutenberg books' compounds 86 %
MAX_JOIN_SHARE = 0.03
NO_WORD_SHARE = 0.5
MIN_WORD_ZIPF = 2.5
# lines ending in the typesetter's own hyphen that show it marks its breaks so
MIN_MARKED = 2

TOKEN_RE = re.compile(r"\S+")
# a word closed up at the measure: its capitalised parts with it (`StatesGeneral`, printed
# `States-` / `General`: the Gutenberg books write 17 such compounds with their hyphen,
# `States-General`, `Vice-President`, `Postmaster-General`, and no word so closed up)
CORE_RE = re.compile(r"[A-Za-z][a-z]{3,}(?:[A-Z][a-z]+)*")


@cache
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # only English hyphens pay for wordfreq's import

    return zipf_frequency(word, "en")


def _compound_split(
    line: str, measure: float, width: Callable[[str], float]
) -> tuple[str, int | None]:
    """The word `pdftotext` closed up at the measure of `line` (two printed lines run together)
    and where its second word starts, if it splits into two words where its printed line
    could have ended (("", None): no word closed up there: `manner:-“You`, a dash).

    The word is the one that passes the measure, or the one before it where that one passes it
    only with the hyphen back (`good-naturedly` did not fit, `goodnaturedly` would have).
    None where a hyphen follows the word and the printed line could have ended there with a
    dash (`…as ever lived-and her nieces`, printed `lived--` / `and`: the dash lost a hyphen,
    no word was closed up, and `liv-ed` was made; bench/english_office_flush.py, prejudice-033,
    the only such word in the English tuning sets).
    """
    tokens = list(TOKEN_RE.finditer(line))
    past = next((i for i, t in enumerate(tokens) if width(line[: t.end()]) > measure), None)
    closed_up = ""
    for token in tokens[past : max(past - 2, -1) : -1] if past is not None else ():
        if width(line[: token.end()] + "-") <= measure:
            break  # even with a hyphen the compound would have fitted: not broken there
        # (the token's last word that starts within the measure is the one closed up:
        # `half-anhour`, printed `half-an-` / `hour`)
        core = next(
            (
                core
                for core in reversed(list(CORE_RE.finditer(token.group())))
                if width(line[: token.start() + core.start()]) <= measure
            ),
            None,
        )
        if not core or core.end() - core.start() < 2 * MIN_PART:
            continue
        end = token.start() + core.end()
        if line[end : end + 1] == "-" and width(line[:end] + DASH) <= measure * FIT_SLACK:
            break  # the printed line ended at the hyphen after it: `lived-and`, a dash's
        closed_up = closed_up or core.group()
        at = _split(line, token.start() + core.start(), core.group(), measure, width)
        if at is not None:
            return core.group(), at
    return closed_up, None


def _closed_up(
    line: str, measure: float, width: Callable[[str], float], indent: float
) -> tuple[str, int | None]:
    """`_compound_split` of `line`, or, where the measure finds no compound to split, of the
    line as a paragraph's first one: its printed line stopped at the measure less the indent.

    A first line run together with the next (`"Merle, I may be a little old-fashioned in my
    notions; middleaged people never…`, printed `…notions; middle-` / `aged people…` under a
    2 em indent) passes the full measure a word later, at a word (`people`) that splits into
    none. Less the indent the word closed up is found; taken only where it is no word, so
    that a word of the line (`another`) is never split. Evidence: bench/english_books.py's
    tuning half, three such words (`middleaged`, `hardlyearned`, `dressingroom`), each a
    compound of the book, none elsewhere in the English tuning sets; bench/README.md,
    "English real extraction: compounds closed up on a paragraph's first line" (issue 12).
    """
    word, at = _compound_split(line, measure, width)
    if at is None and indent:
        first, at_first = _compound_split(line, measure - indent, width)
        if at_first is not None and _zipf(first.lower()) < MIN_WORD_ZIPF:
            return first, at_first
    return word, at


def _split(
    line: str, start: int, word: str, measure: float, width: Callable[[str], float]
) -> int | None:
    """The best place to split `word` (at `start` in `line`) into two words, its first one and
    the hyphen fitting the measure.

    A part is `MIN_PART` letters at least, or the article `a` (`ONE_LETTER`): `a-shooting`,
    printed `a-` / `shooting`, was split `as-hooting` and `half-a-crown`, printed `half-` /
    `a-crown`, `hal-fa-crown` (bench/english_books.py's tuning half, prejudice-038 and
    paper-001; the corpus's Gutenberg books write `half-a-crown`, `half-a-dozen`, `half-a-mile`,
    `a-shooting` and `tete-a-tete` so; of other one-letter parts only `e-mail`, in the licence).
    """
    best, at = 0.0, None
    for i in range(1, len(word)):
        if not (_part(word[:i]) and _part(word[i:])):
            continue
        if width(line[: start + i] + "-") > measure * FIT_SLACK:
            break
        score = min(_zipf(word[:i].lower()), _zipf(word[i:]))
        if score > best:
            best, at = score, start + i
    if best < MIN_PART_ZIPF and _self_compound(word):
        at, best = start + len(SELF), MIN_PART_ZIPF  # `self-gratulation`: `gratulation` is rare
        if width(line[:at] + "-") > measure * FIT_SLACK:
            return None
    return at if best >= MIN_PART_ZIPF else None


SELF = "self"


def _self_compound(word: str) -> bool:
    """`word` is a compound of `self-` closed up, though its second part is a rare word.

    English writes its `self-` compounds with the hyphen; the few words that close it up
    (`selfish`, `selfless`) are words. Evidence: the corpus's Gutenberg books write 45 `self-`
    compounds (27 of them: `self-gratulation`, `self-renunciation`, `self-defense`) and 4 closed
    up (`selfpreservation`, `selfdefense`, `selfappointed`, in The Federalist), beside `selfish`
    and `selfishness`; bench/english_books.py's tuning half closed up `self-gratulation` twice
    (Pride and Prejudice), whose second part wordfreq does not know.
    """
    rest = word[len(SELF) :]
    return (
        word[: len(SELF)].lower() == SELF
        and len(rest) >= 3
        and rest.isalpha()
        and rest.islower()
        and _zipf(word.lower()) < MIN_WORD_ZIPF
    )


def _part(text: str) -> bool:
    return len(text) >= MIN_PART or text in ONE_LETTER


# the one-letter word that is a compound's part (`a-shooting`, `half-a-crown`)
ONE_LETTER = ("a", "A")


def restored_hyphens(
    lines: list[tuple[int, str]],
    measure: float,
    width: Callable[[str], float],
    indent: float = 0.0,
) -> list[Edit]:
    """The hyphens to put back (`lines`: each line's offset in the text and its text).

    A typesetter that marks its own breaks with U+2010 HYPHEN (`join.TYPESET_HYPHEN`: a CSS
    engine's `hyphenate-character`, which `pdftotext` gives back at the line's end) closes up
    no word of its own: every line `pdftotext` ran together broke at a compound's hyphen, and
    the document test (`MAX_JOIN_SHARE`, `NO_WORD_SHARE`), which tells a typesetter that
    hyphenates from one that does not, is not asked (`MIN_MARKED` such lines). Where the
    compounds closed up are words (`cooperation`, `coordinate`, `commonsense`) it refused them.
    Evidence: bench/english_books.py's tuning half, WeasyPrint with `hyphens: auto`
    (federalist-028, -048, -068: `common-sense`, `co-ordinate`, `co-operation` back, no
    other text changed); bench/README.md, "English real extraction, fourth round".
    """
    joins = [(offset, line) for offset, line in lines if width(line) > measure * OVERLONG]
    dashes = restored_dashes(lines, joins, measure, width, indent)
    marked = sum(line.endswith(TYPESET_HYPHEN) for _, line in lines) >= MIN_MARKED
    if not joins or (len(joins) > MAX_JOIN_SHARE * len(lines) and not marked):
        return dashes
    dashed = {edit.start for edit in dashes}
    # (a line whose printed first line ended in a dash closed up no word)
    joins = [
        (offset, line)
        for offset, line in joins
        if not any(offset <= at < offset + len(line) for at in dashed)
    ]
    splits = [(offset, line, *_closed_up(line, measure, width, indent)) for offset, line in joins]
    closed_up = [word for _, _, word, _ in splits if word]
    no_word = sum(_zipf(word.lower()) < MIN_WORD_ZIPF for word in closed_up)
    if no_word < NO_WORD_SHARE * len(closed_up) and not marked:
        return []
    edits = []
    for offset, line, word, at in splits:
        if at is None:
            continue
        cut = at - line.rfind(word, 0, at + len(word))  # (the word's last start before `at`)
        message = f"compound hyphen restored: {word[:cut]}-{word[cut:]}"
        # (the hyphen goes in before the second word's first letter, which the edit keeps)
        edits.append(Edit(offset + at, offset + at + 1, "-" + line[at], "hyphenation", message))
    return sorted(edits + dashes, key=lambda edit: edit.start)


# a text that writes its dashes so, this many times on lines of their own, writes them so
# where `pdftotext` took one of the two hyphens out
MIN_DASHES = 2
DASH = "--"
# a single hyphen that ended a printed line, and the word after it (the next printed line's),
# a quotation before it, inside a quotation too (`saying-"'You are thirsty`: The Girl's Own
# Paper, two such dashes in english_books' tuning half, each before a paragraph)
LONE_HYPHEN_RE = re.compile(r"(?<!-)-(?!-)((?:[\"“]['‘]?)?|‘?)([A-Za-z]{2,}|[aI]\b|[0-9]+)")
# after these, a single hyphen is no compound's: none stands so in the corpus's Gutenberg books
# (not a full stop: `U.S.-based`; nor an emoticon's letter, `:-D`, two letters at least)
PUNCTUATION = ";:,!?"


def writes_dashes(blocks: Sequence[Block]) -> bool:
    """The blocks hold `MIN_DASHES` dashes written `--` or more: what `restored_dashes` asks
    of their lines before it takes a certain dash (`certain_only`). Asked of the blocks' texts
    (a dash holds no line feed: the same count), so a text without them, most CJK text, is not
    cut into its lines' offsets nor walked for lone hyphens at all."""
    return sum(block.text.count(DASH) for block in blocks) >= MIN_DASHES


def restored_dashes(
    lines: list[tuple[int, str]],
    joins: list[tuple[int, str]],
    measure: float,
    width: Callable[[str], float],
    indent: float = 0.0,
    certain_only: bool = False,
) -> list[Edit]:
    """The dashes written `--` of which `pdftotext` took the second hyphen out.

    A printed line that ends in a dash written as two hyphens (`…in this manner--` / `in such
    society`) is a line that ends in `-` to `pdftotext`: it drops one hyphen and runs the next
    line on (`…this manner-in such society…`, `…tortured me;-though…`). The hyphen left stands
    where the printed line ended, its second hyphen fitting the measure. It is certainly a
    dash's after a mark (`me;-though`, `way:-2`) or before a quotation (`Elizabeth-“Do`): no
    single hyphen stands so in the corpus's Gutenberg books; nor, where the text writes its
    dashes so, between a lowercase word and a capitalised one (`_before_capital`). Between two words (`manner-in`)
    it is where the line was run together (wider than the measure), the word after it would
    not have fitted, is a word (not the rest of a compound closed up at the measure:
    `half-anhour`, printed `half-an-` / `hour`), and the text writes its dashes so elsewhere.
    Evidence: bench/english_books.py's tuning half, six such dashes in LibreOffice and
    WeasyPrint pages (`be!-engaged`, `repine;-but`, `Europe; -these`); bench/README.md,
    "English real extraction: dashes and speeches at line ends" (issue 12).

    `certain_only`: the text's face is unknown, its widths estimates: only a dash after a mark,
    before a quotation or a capital after a lowercase word, in a text that writes its dashes so (`"MY DEAR FRIEND,-"If you…`,
    `He says-"Such…`: 3 in the tuning files of english_books without a face, each right;
    bench/README.md, "English real extraction: page breaks after a full line").
    """
    written = sum(line.count(DASH) for _, line in lines) >= MIN_DASHES
    joined = {offset for offset, _ in joins}
    edits = []
    for offset, line in lines:
        if "-" not in line:
            continue
        for match in LONE_HYPHEN_RE.finditer(line):
            if width(line[: match.start()] + DASH) > measure * FIT_SLACK:
                break  # past the measure: no printed line ended here
            if certain_only and not (written and _certain(line, match)):
                continue
            edit = _dash(offset, line, match, measure - indent, width, written, offset in joined)
            if edit is not None:
                edits.append(edit)
    return edits


def _certain(line: str, match: re.Match[str]) -> bool:
    """The lone hyphen `match` found in `line` is a dash's for certain: before a quotation or
    after a mark (`PUNCTUATION`), not at the line's start."""
    at = match.start()
    return at > 0 and (
        bool(match.group(1)) or line[at - 1] in PUNCTUATION or _before_capital(line, match)
    )


# a whole lowercase word that ends where the hyphen stands (not a compound's last part)
LOWER_WORD_RE = re.compile(r"(?<![\w-])([a-z]{2,})$")
# the prefixes English sets before a name (`anti-British`, `mid-July`), which the books lack
PREFIXES = frozenset(
    {
        "all", "anti", "counter", "ex", "inter", "mid", "neo", "non", "post", "pre", "pro",
        "pseudo", "quasi", "semi", "sub", "super", "trans", "ultra", "un",
    }
)  # fmt: skip


def _before_capital(line: str, match: re.Match[str]) -> bool:
    """The lone hyphen `match` found stands between a lowercase word and a capitalised one
    (`…You must sign-Yours truly,`, printed `sign--` / `Yours truly,`): a dash's.

    No compound of a lowercase word and a capitalised one stands in the corpus's Gutenberg
    books (`[a-z]+-[A-Z]` only inside `Stratford-on-Avon`, after a hyphen); The Girl's Own
    Paper's letters end two lines so in bench/english_books.py's tuning half (paper-001).
    """
    before = LOWER_WORD_RE.search(line, 0, match.start())
    return (
        not match.group(1)
        and match.group(2)[:1].isupper()
        and before is not None
        and before.group(1) not in PREFIXES
    )


def _dash(
    offset: int,
    line: str,
    match: re.Match[str],
    measure: float,
    width: Callable[[str], float],
    written: bool,
    run_together: bool,
) -> Edit | None:
    """The edit that restores the dash `match` found in `line` (None: no dash there).

    Before a quotation the dash ended its paragraph, room or not (`…he said to Elizabeth--` /
    `"Do not make yourself uneasy…`, `"MY DEAR FRIEND,--` / `"If you…`, `He says--` / `"Such
    servants…`: the corpus's Gutenberg books end 14 paragraphs so and run 2 on, `with:--"It`).
    Elsewhere it did where the printed line stopped short of the next word (`…in a note in
    the left-hand bottom corner. Thus:--` / `Enclosed:`), as `decide.paragraph_ends_here` has
    it where no line was run together. `measure`: less the indent, as if the line opened its
    paragraph (it may have).
    """
    at, quote, word = match.start(), match.group(1), match.group(2)
    mark = line[at - 1 : at] if at else ""
    printed = line[:at] + DASH
    short = bool(quote) or width(f"{printed} {quote}{word}") <= measure
    if not (quote or mark in PUNCTUATION or (written and _before_capital(line, match))):
        if not (run_together and word.isalpha() and (written or mark == " ")):
            return None
        if short or _zipf(word.lower()) < MIN_WORD_ZIPF:
            return None  # the word would have fitted, or is the rest of a compound
    elif word.isdigit() and mark not in PUNCTUATION:
        return None
    before = " ".join(printed.split()[-2:])
    if short:
        message = f"dash restored, a paragraph after it: {before}"
        return Edit(offset + at, offset + at + 2, DASH + "\n\n" + line[at + 1], "unwrap", message)
    before = " ".join(line[:at].split()[-2:]) + (" " if mark == " " else "")
    message = f"dash restored: {before}--{quote}{word}"
    return Edit(offset + at, offset + at + 1, DASH, "hyphenation", message)
