"""Whether a `·` or `.` between Han in running prose stands where jieba's tagger reads no name
and no sentence's end: then it is a speck OCR read, not a name's dot or a full stop
(`ocr_speck.remove_specks` asks)."""

from __future__ import annotations

from collections.abc import Callable

from .ocr_speck_sentence import UTTERANCE, sentence_start
from .unwrap.paragraphing import han

# jieba's tags of proper names (a person's, a place's, an organization's, another's), of a
# character it knows no word for, and of a foreign word
NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "x", "eng"})
# jieba's tag of an institution's name (`中央气象台`), which no name's dot is read across as
ORGANIZATION_TAG = "nt"
# the tags of a word of one character that may stand beside a speck's `·` where the word on
# the other side is no name: a verb, an adjective or an adverb (`坚持·走`, `接受·新`)
ONE_CHARACTER_TAGS = frozenset({"v", "a", "d"})
# and a particle's (`的`, `地`, `得`, `了`, `着`, `过`: `对乌多地·发动`), which no transliteration sets as
# a syllable (`ocr_speck.NO_NAME`)
PARTICLE_TAGS = frozenset({"uj", "uv", "ud", "ul", "uz", "ug"})
# the tags of an adverb, and of the words an adverb modifies: a verb's (`v`, `vn`, `vd`, ...,
# by its first letter), an adjective's, another adverb's
ADVERB_TAGS = frozenset({"d", "ad"})
VERB = "v"
MODIFIED_TAGS = frozenset({"a", "ad", "d"})
# the tags of a word a `的` qualifies across a `.` (`_de_before_noun`): a noun's, a noun-verb's,
# an adjective's, an abbreviation's or an idiom's; a name's, a time's or a pronoun's are left out
# (a sentence opens on one: `…的。目前，` and nahan's `…的。他們`)
QUALIFIED_TAGS = frozenset({"n", "nz", "vn", "an", "a", "b", "j", "l", "ng"})
# the copula of the `是…的` frame, in which a sentence ends on `的` (`新时代是奋斗出来的。党的…`)
COPULA = "是"
# the marks a sentence's line holds, where a column label's dot (`一线调研·加快形成`, a
# headline's) does not stand
SENTENCE_MARKS = "，。"
# what opens an indented line: a paragraph's first, whose line before is no part of it
INDENTS = (" ", "\t", "\u3000")
# marks that open a title, a label or a quote (each with its closing mark), inside which a
# writer's dot may part two words (`“中国梦·劳动美”`)
ENCLOSING = {"《": "》", "【": "】", "“": "”", "「": "」", "（": "）"}
# the most Han characters read each side (the tagger's longest word)
RUN = 6

Tagged = tuple[str, str]
# what tags a run of Han (`stray_context.tags`; the pass gives `Context.tags`, which tags each
# run once a document)
Tagger = Callable[[str], list[Tagged] | None]


def no_name_beside(text: str, at: int, tag: Tagger | None = None) -> bool:
    """Whether the `·` at `at` stands on a sentence's line, outside a title's, label's or
    quote's marks, between two words that jieba's tagger reads as no name, each side read alone:
    both of two characters or more (`我国·海拔`, `医保·药品`, `全年·电影`), or one of them a
    verb, adjective or adverb of one character (`坚持·走`, `接受·新`, `解决·大党`). A line
    break inside a side is read through (a wrap).

    Evidence: zh-news-xwlb's tuning half sets 14 dots between Han: 13 are names' on sentence
    lines, each with a name's tag or a word of one character beside the dot (`本雅明·内塔尼亚胡`,
    `纪尧姆·塔隆`, `贾西姆·布达维`), the 14th a column label's on a headline's line
    (`一线调研·加快形成`). A transliteration the tagger does not know falls into one-character
    words (`舒尤克·道马什`): a side of one character counts only where the tagger reads it a
    verb, adjective or adverb and the other side no name. Of 147 names and labels tried (the
    twenty-first stop's list) in nine sentences each, 45 put a one-character part beside a dot;
    13 such dots, of 12 names, read it as a verb, adjective or adverb (`让·雅克`, `达·芬奇`,
    `简·奥斯汀`), and each reads the other side as a name; where the other side is read as no
    name (`大卫·卡梅伦`, `也门·胡塞`, `中国梦·劳动美`), the one character is a noun or a
    name. The fifth model's `·` specks left on its tuning half's indented pages (54, seeds 0-4
    and 10-14) mostly part common words (`两国·建交`, `全年·电影`), which
    `_common_words_both_sides` leaves. A particle of one character (`PARTICLE_TAGS`) counts as
    well: none of the 66 names of people tried in three sentences each (bench/README.md, "The
    fifth model's specks, round 6") nor of the 122 dots set between Han on the fifth model's
    narrow tuning pages (seeds 0-4 and 10-14) is read so; one speck there is (`乌多地·发动`)."""
    words = words_beside(text, at, tag=tag)
    if words is None:
        return False
    if any(tag in NAME_TAGS for _, tag in words):
        return False
    (before, before_tag), (after, after_tag) = words
    if len(before) > 1 and len(after) > 1:
        return True
    if len(before) == 1 and len(after) == 1:
        return False
    one_character_tag = before_tag if len(before) == 1 else after_tag
    return one_character_tag in ONE_CHARACTER_TAGS or one_character_tag in PARTICLE_TAGS


def verb_beside(text: str, at: int, tag: Tagger | None = None) -> bool:
    """Whether the `·` at `at`, on a sentence's line (`sentence_lines`) outside a title's,
    label's or quote's marks, has beside it a word of two characters or more that jieba's
    tagger, reading each side alone, reads as a verb (`宣布·中非`, `要求·泽连斯基`, `深度·对接`):
    a name's dot parts a name's parts, transliterations that are no verbs, and the name it
    stands in may follow a verb only without one.

    Evidence: none of the 122 dots set between Han on the fifth model's narrow tuning pages
    (seeds 0-4 and 10-14), of zh-news-xwlb's 14 tuning dots, or of 66 names of people in
    three sentences each reads so; 4 of the 12 `·` specks the earlier tests leave there do."""
    words = words_beside(text, at, tag=tag)
    if words is None:
        return False
    return any(tag == VERB and len(word) > 1 for word, tag in words)


def adverb_before_predicate(text: str, at: int, tag: Tagger | None = None) -> bool:
    """Whether the `.` at `at` parts an adverb from the verb, adjective or adverb it modifies
    (`明确.表示`, `未.换证`, `更加.紧密`), each side read alone by jieba's tagger, outside a
    title's, label's or quote's marks, where the sentence before it, back to the last full stop
    or the paragraph's start, holds no quote, colon, question or exclamation mark, dash or
    ellipsis (an utterance may end on an adverb: `“發財？自然。要什麼`).

    Evidence: of zh-news-xwlb's tuning half's 1,220 `。` after Han with Han opening the next
    sentence (on the same line or the next paragraph's), none ends on a word tagged an adverb
    before one so tagged; of Lu Xun's 呐喊 (zh-hant-gutenberg-nahan) 1,735 `。！？` so set, one
    (`自然。要`, after a question mark inside a quote). Of a sample of the gaps between Han of
    the same half that the earlier tests leave, it takes about one in sixty."""
    words = words_beside(text, at, on_a_sentence_line=False, tag=tag)
    if words is None:
        return False
    (_, before_tag), (_, after_tag) = words
    if before_tag not in ADVERB_TAGS:
        return False
    if not after_tag.startswith(VERB) and after_tag not in MODIFIED_TAGS:
        return False
    return not any(char in UTTERANCE for char in text[sentence_start(text, at) + 1 : at])


def de_before_noun(text: str, at: int, tag: Tagger | None = None) -> bool:
    """Whether the `.` at `at` parts a `的` from the noun or adjective it qualifies
    (`中华文明的.连续性`, `实施的.零关税`, `进程中的.重要地位`), each side read alone by jieba's
    tagger (`QUALIFIED_TAGS`), outside a title's, label's or quote's marks, where the sentence
    before it, back to the last full stop or blank line, holds no `是`: a sentence ends on
    `的` in the `是…的` frame, and then a noun may open the next (`…是奋斗出来的。党的十八大`).

    Evidence: of zh-news-xwlb's tuning half's 778 `。` between Han on a line, set as `.`, two
    end on `的` before such a word, each in a sentence holding `是`; of Lu Xun's 呐喊's 1,064
    (zh-hant-gutenberg-nahan), none (its 45 after `的` open on a conjunction, pronoun, verb or
    adverb: `差不多的。但`); of an 8 % sample of xwlb's gaps between Han that the earlier tests
    leave, 40 of 1,447."""
    words = words_beside(text, at, on_a_sentence_line=False, tag=tag)
    if words is None:
        return False
    (before, _), (_, after_tag) = words
    if before != "的" or after_tag not in QUALIFIED_TAGS:
        return False
    return COPULA not in text[sentence_start(text, at) + 1 : at]


def word_across(text: str, at: int, tag: Tagger | None = None) -> bool:
    """Whether jieba's tagger, reading the Han each side of the `·` at `at` as one run, reads a
    word of its dictionary across the dot that is no name (`保卫·战`, `慢性·病`, `钙钛·矿`,
    `凝心聚·力`) or is an institution's (`ORGANIZATION_TAG`: `中央气象·台`, `中央书记·处`),
    outside a title's, label's or quote's marks.

    Evidence: where a name's dot has the tagger read a word across it, the word is the name
    (`本拉登`, `达芬奇`, tagged a name): of 147 names and labels tried (the twenty-first stop's
    list) in five sentences each, none is read across as a word of another class, nor is any of
    zh-news-xwlb's tuning half's 14 dots between Han. The word tests of `ocr_speck` take such a
    cut only where the word is common (Zipf 4) or of two characters (`COMMON_PAIR`). An
    institution's name the tagger knows is a Chinese one, spelled with no dot (`中央气象台`):
    none of 66 names of people in three sentences each, of xwlb's 14 tuning dots or of the 122
    dots the articles set between Han on the fifth model's narrow tuning pages is read across
    as one; 2 more specks there are. (`tag` is jieba's tagger, or `Context.tags` of it: the
    run is tagged only where a word of its dictionary spans the dot, `spans_a_word`.)"""
    sides = _sides(text, at, on_a_sentence_line=False)
    if sides is None:
        return False
    left, right = sides
    if not spans_a_word(left + right, len(left)):
        return False
    start = 0
    for word, word_tag in _tagger(tag)(left + right) or ():
        if start < len(left) < start + len(word):
            return word_tag not in NAME_TAGS or word_tag == ORGANIZATION_TAG
        start += len(word)
    return False


def spans_a_word(run: str, cut: int) -> bool:
    """Whether a word of jieba's dictionary, as long as the tagger reads (`MAX_WORD`), spans
    the offset `cut` of `run`. The tagger reads a run as its dictionary's words and characters
    alone, so where none spans the cut it reads no word across it: `word_across` asks this
    first, and tags the run (a search for each of its ~70 pieces, then the Viterbi) only where
    one does (3 of the 49 dots between Han of the fresh 1 MB bench text that reach it)."""
    from .stray_context import MAX_WORD, tagged_words  # (jieba's tables load only when asked)

    model = tagged_words()
    if model is None:
        return False
    return any(
        model.word(run[start:end]) is not None
        for start in range(max(0, cut - MAX_WORD + 1), cut)
        for end in range(cut + 1, min(len(run), start + MAX_WORD) + 1)
    )


def words_beside(
    text: str, at: int, on_a_sentence_line: bool = True, tag: Tagger | None = None
) -> tuple[Tagged, Tagged] | None:
    """The word ending the Han before the mark at `at` and the word starting the Han after it,
    with their tags, each side (`_sides`) tagged alone (by `tag`); None where `_sides` is None
    or the tagger is missing."""
    sides = _sides(text, at, on_a_sentence_line)
    if sides is None:
        return None
    tags = _tagger(tag)
    words_before, words_after = tags(sides[0]), tags(sides[1])
    if not words_before or not words_after:
        return None
    return words_before[-1], words_after[0]


def _tagger(tag: Tagger | None) -> Tagger:
    """`tag`, or jieba's tagger itself where none is given."""
    if tag is not None:
        return tag
    from .stray_context import tags  # (jieba's tables load only when asked)

    return tags


def _sides(text: str, at: int, on_a_sentence_line: bool) -> tuple[str, str] | None:
    """The Han before the mark at `at` and the Han after it, `RUN` characters each at most,
    read through a wrap; None where (`on_a_sentence_line`) the mark's line holds no sentence
    mark, or where a title, label or quote opened since the paragraph's start or the last `。`
    is still open."""
    if on_a_sentence_line:
        lines = sentence_lines(text, at)
        if not any(mark in text[lines[0] : lines[1]] for mark in SENTENCE_MARKS):
            return None
    # (a title or a quote may open on the line above: read from the paragraph's start)
    start = max(sentence_start(text, at), 0)
    before_mark = text[start:at]
    if any(before_mark.rfind(op) > before_mark.rfind(cl) for op, cl in ENCLOSING.items()):
        return None
    left, right = han_run(text, at - 1, -1)[::-1], han_run(text, at + 1, 1)
    if not left or not right:
        return None
    return left, right


def sentence_lines(text: str, at: int) -> tuple[int, int]:
    """Where the lines a sentence mark is looked for on, for the mark at `at`, start and end:
    its own line, the line before where its own goes on from it (it opens with no indent, the
    one before is not blank), and the line after where that goes on from its own (not blank,
    no indent). A page set narrow wraps running prose into lines that may hold no `，` or `。`
    of their own (`部昨天会同·国家粮食和物资储备`, `必须坚持·党的全面`); a headline's lines hold
    none (a column label's dot beside them is set in its brackets, `ENCLOSING`).

    Evidence: the fifth model's narrow tuning pages (seeds 0-4 and 10-14): 4 more `·` specks
    taken (142 → 146), none of the 122 dots the articles set between Han; zh-news-xwlb's 14
    tuning dots and 66 names of people in three sentences each as before."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if start and text[start : start + 1] not in INDENTS:
        before = text.rfind("\n", 0, start - 1) + 1
        if text[before : start - 1].strip():
            start = before
    if end < len(text):
        after = text.find("\n", end + 1)
        after = len(text) if after < 0 else after
        following = text[end + 1 : after]
        if following.strip() and following[:1] not in INDENTS:
            end = after
    return start, end


def han_run(text: str, at: int, step: int) -> str:
    """The Han characters from `at` walking by `step`, `RUN` at most, read through a single
    line break (in walking order)."""
    chars: list[str] = []
    while 0 <= at < len(text) and len(chars) < RUN:
        char = text[at]
        if han(char):
            chars.append(char)
        elif char not in "\r\n" or text[at + step : at + step + 1] in ("\r", "\n"):
            break
        at += step
    return "".join(chars)
