"""Whether a `·` or `.` between Han parts two words the text itself writes joined elsewhere, or
a `.` ends a clause too short for a sentence's last: then it is a speck OCR read, not a name's
dot or a full stop (`ocr_speck.remove_specks` asks)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .ocr_speck_sentence import sentence_start
from .ocr_speck_tags import Tagger, han_run, words_beside
from .spellings import Spellings, pairs_at

# quotes a clause may stand inside (an utterance's), each with its closing mark, and the marks of
# an utterance's tone; a colon and a closed quote are not asked: a dateline's colon
# (`央视网消息（新闻联播）：`) opens a paragraph's first sentence, and news quotes its terms
# (`“四个全面”`)
QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’"}
TONE = frozenset("？！?!…—；;")
# the fewest characters of the two words joined for the text's own spelling to count: a pair
# of three (`棋手丁立人`'s `手丁`, `实践要`) is a stop's two sides in two of zh-news-xwlb's
# tuning half's 218 such stops
JOINED = 4
# jieba's tags of a person's name: a sentence may end on a title before one that the text also
# writes after it (`…就任以色列总理。李克强在贺电中…`, `总理李克强`)
PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})
# the marks that end a clause inside a sentence (the wide ones and OCR's narrow reading)
CLAUSE_MARKS = frozenset("，,")
# the most characters that are not white space a sentence's last clause, after a comma, holds
# where a `.` ending it is a speck
SHORT_CLAUSE = 2
# particles and aspect marks a short clause does end a sentence on (`遠遠地跟著，站著。`)
SENTENCE_FINAL = frozenset("了着著过過吗嗎呢吧啊呀的")


def spellings_of(text: str, marks: Iterable[int]) -> Spellings:
    """The text's `Spellings`, for the pairs beside `marks` (`·` or `.`, the Han after one read
    through a wrap)."""
    return Spellings(text, lambda: _mark_pairs(text, marks))


def _mark_pairs(text: str, marks: Iterable[int]) -> set[str]:
    pairs = set()
    for at in marks:
        if text[at] in "·." and at > 0:
            after = han_run(text, at + 1, 1)
            if after:
                pairs.add(text[at - 1] + after[0])
    return pairs


def written_joined(
    text: str, at: int, spellings: Spellings | None = None, tag: Tagger | None = None
) -> bool:
    """Whether the word before the `·` or `.` at `at` and the word after it (each side read
    alone by jieba's tagger, `ocr_speck_tags.words_beside`), both of two characters or more and
    neither a person's name, stand joined elsewhere on a line of the text (`西部.陆海` where the
    article writes `西部陆海新通道`, `建议.名单` beside `建议名单`, `医保药品·目录`): a text's own
    spelling is its best witness that the two words make one phrase.

    Evidence: zh-news-xwlb's tuning half, each `。` between Han on a line (778) set as `.`,
    against an 8 % sample of its gaps between Han with a mark set in that the earlier tests
    leave: none of the stops is taken, 226 of 1,694 `.` gaps are; none of its 14 dots between
    Han (names' parts are spelled joined nowhere), 58 of 843 `·` gaps. Lu Xun's 呐喊
    (zh-hant-gutenberg-nahan, the whole book): none of its 1,064 stops, nor any of the rest of
    the shared corpus. A person's name opening the next sentence (`…就任以色列总理。李克强…`, the
    text writing `总理李克强`: 3 of xwlb's 442 paragraph ends) and a word of one character
    (`了。孔乙己`) are left out. `spellings` answers for the text (one is made for `at` alone
    where none is given), `tag` tags a run (`ocr_speck_tags.words_beside`)."""
    words = words_beside(text, at, on_a_sentence_line=False, tag=tag)
    if words is None:
        return False
    (before, before_tag), (after, after_tag) = words
    if before_tag in PERSON_TAGS or after_tag in PERSON_TAGS:
        return False
    return (
        len(before) > 1
        and len(after) > 1
        and len(before + after) >= JOINED
        and (spellings or spellings_of(text, (at,))).written(before, after)
    )


def dot_written_joined(text: str, at: int, spellings: Spellings | None = None) -> bool:
    """Whether the `·` at `at` stands inside `JOINED` Han characters around it (one each side at
    least, read through a wrap) that the text writes joined elsewhere: a name it spells whole
    (`德拉埃·斯普列亚` beside `德拉埃斯普列亚`, `南·达尔富尔` beside `南达尔富尔州`), which the
    tagger splits into characters or reads a person's, so `written_joined` leaves it. A `·`
    is no sentence's end, so the person's name a sentence may end before (that test's guard) does
    not stand here; a writer sets a name's dot in every spelling of it.

    Evidence: zh-news-xwlb's tuning half and the rest of the shared corpus: none of their
    dots between Han is taken (bench/README.md, "The fifth model's specks, round 5")."""
    if text[at] != "·":
        return False
    left, right = han_run(text, at - 1, -1)[::-1], han_run(text, at + 1, 1)
    spellings = spellings or spellings_of(text, (at,))
    return any(
        spellings.written(left[len(left) - count :], right[: JOINED - count])
        for count in range(max(1, JOINED - len(right)), min(len(left), JOINED - 1) + 1)
    )


def joined_pairs_in(text: str, marks: Sequence[int], changed: str) -> list[int]:
    """The `marks` (`·` or `.`) whose two Han beside them `changed` (the changed lines' text,
    `changed_text`) holds joined: where it does not, no changed line holds a spelling
    `written_joined` reads (it holds them), so the verdict stands (`ocr_speck_local` asks so of
    the marks whose own reach holds no changed line). The pairs are found by one scan of
    `changed` (`spellings.pairs_at`): a search of it for each mark cost a later round at 10 MB
    70 ms (618 marks, 116 KB of changed lines), the marks times the changes."""
    pairs = {at: _mark_pair(text, at) for at in marks}
    found = pairs_at(changed, {pair for pair in pairs.values() if pair is not None})
    return [at for at, pair in pairs.items() if pair is not None and found[pair]]


def _mark_pair(text: str, at: int) -> str | None:
    """The two Han beside the `·` or `.` at `at` (the one after read through a wrap), None for
    another mark or where nothing follows."""
    if text[at] not in "·.":
        return None
    following = text[at + 1 : at + 4].lstrip("\r\n")  # (a wrapped `·`: the Han on the next line)
    if not following:
        return None
    return text[at - 1] + following[0]


def changed_text(text: str, lines: Sequence[tuple[int, int]]) -> str:
    """The stretches `lines` of `text`, joined by line breaks: one string to search for every
    mark (a pair of Han never holds a line break, so none is found across two stretches)."""
    return "\n".join(text[start:end] for start, end in lines)


def too_short_a_clause(text: str, at: int) -> bool:
    """Whether the `.` at `at` would end a sentence whose last clause, after a comma, holds
    `SHORT_CLAUSE` characters or fewer (`目前，西部.陆海`, `上午，国家.主席`, `坚持.一个中国原则`),
    not ending on a particle (`SENTENCE_FINAL`), where the sentence, back to the last `。` or
    blank line, stands in no open quote and holds no mark of an utterance's tone or a semicolon
    (`他说：“好，走.`, a gloss's `帛，絹綢.`). Line breaks are read through.

    Evidence: of zh-news-xwlb's tuning half's 778 `。` between Han on a line, none ends a
    clause of fewer than three characters after a comma (one ends one of three: `天上飞，地上游。`);
    of an 8 % sample of its gaps between Han with a `.` set in that the earlier tests leave,
    174 of 1,694 would. Of Lu Xun's 呐喊's 1,064 stops and the rest of the shared corpus', none."""
    if text[at - 1] in SENTENCE_FINAL:
        return False
    count, step = 0, at - 1
    while step >= 0:
        char = text[step]
        if char in CLAUSE_MARKS:
            break
        if char == "。" or (
            char == "\n" and not text[text.rfind("\n", 0, step) + 1 : step].strip()
        ):
            return False  # (a blank line: the paragraph starts after it)
        if not char.isspace():
            count += 1
            if count > SHORT_CLAUSE:
                return False
        step -= 1
    if step < 0:
        return False
    sentence = text[sentence_start(text, step) + 1 : at]
    if any(sentence.rfind(open_) > sentence.rfind(close) for open_, close in QUOTES.items()):
        return False
    return sentence.count('"') % 2 == 0 and not any(char in TONE for char in sentence)
