"""Does a Han function word fit between two stretches of Han text? A part-of-speech bigram model.

A Latin word between Han characters (`莫迪 and 致慰问电`) was either put in place of a Han word
(`智慧 and 力量`: 智慧和力量 reads, 智慧力量 lacks its 和) or put in where nothing stood (莫迪致慰问电
reads, 莫迪和致 joins a name to a verb with a conjunction). A word-frequency (unigram) model
cannot tell the two apart between whole words: 和 costs the same wherever it stands. Word classes
can: `fit` is how much likelier the text is with the Han word than without it, by a bigram model
of tagged words, less what the word costs as a word of its class, so that only the context
speaks.

The model is jieba's (MIT): its dictionary (349,046 words, each with a frequency and one
part-of-speech tag) gives P(word | tag), and its part-of-speech tagger's transitions between
the last character of one word and the first of the next, trained on tagged news, give
P(tag | previous tag). Both are read from jieba's package files, without importing jieba (whose
import loads its whole tagger). The dictionary is kept in the user's cache folder as a compact
sorted table (`zh_words.WordTable`, one file, read in milliseconds), as the wordfreq list is.
Where jieba is not installed, `fit` is None and the stray-word pass keeps its old rules.
"""

from __future__ import annotations

import contextlib
import importlib.util
import math
import pickle
import sys
from array import array
from functools import cache
from pathlib import Path

from ..cache import mapped
from .zh_words import WordTable, cache_folder, store_atomically

# the longest dictionary word tried when segmenting a stretch of text
MAX_WORD = 6
# a character no dictionary word covers: a word of its own, this unlikely (a rare word's cost)
UNKNOWN_CHAR_COST = 18.0
# a transition the tagger never saw
UNSEEN_TRANSITION = 12.0
# the cache file's format: a new number when the table's layout or costs change
FORMAT = 1
# a word's cost is kept in tenths of a nat below this, its tag's index times it above
_COST_STEP = 1000
# stretches remembered before the memory of them starts again (~10 MB at most)
_LOOKED_UP_LIMIT = 100_000


# a word's tag and whether it is one character long
State = tuple[str, bool]
Transitions = dict[tuple[State, State], float]
# a stretch's word (tag, cost), None where the dictionary lacks it, and whether a longer word
# begins with the stretch
Entry = tuple[tuple[str, float] | None, bool]


class TaggedWords:
    """jieba's words with their tag and cost (-log P(word | tag)), and the tag transitions."""

    def __init__(self, table: WordTable, tags: list[str], transitions: Transitions) -> None:
        self.table, self.tags, self.transitions = table, tags, transitions
        # the stretches looked up (`entry`): a judgement segments `L + R` and `L + h + R`, which
        # share every stretch that does not cross the word, so about half its searches repeat
        self._looked_up: dict[str, Entry] = {}
        # the judgements made: a word kept by its own context is judged again with the same
        # counterpart where the document is damaged (`stray_document`)
        self.fits: dict[tuple[str, str, str], float] = {}

    def word(self, text: str) -> tuple[str, float] | None:
        """The word's tag and cost; None where the dictionary lacks it."""
        return self.entry(text)[0]

    def entry(self, text: str) -> Entry:
        """`word(text)`, and whether a longer dictionary word begins with `text`."""
        found = self._looked_up.get(text)
        if found is not None:
            return found
        bucket, longer = self.table.bucket_and_longer(text)
        word = (
            None if bucket is None else (self.tags[bucket // _COST_STEP], bucket % _COST_STEP / 10)
        )
        if len(self._looked_up) >= _LOOKED_UP_LIMIT:
            self._looked_up.clear()
        found = self._looked_up[text] = (word, longer)
        return found

    def transition(self, before: State, after: State) -> float:
        """Cost of a word of tag `after[0]` (single character: `after[1]`) following one of
        tag `before[0]` (single character: `before[1]`)."""
        return self.transitions.get((before, after), UNSEEN_TRANSITION)


def _jieba_folder() -> Path:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise OSError("jieba is not installed")
    return Path(spec.origin).parent


def _read_words(path: Path) -> tuple[WordTable, list[str]]:
    counts: dict[str, tuple[int, str]] = {}
    totals: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) != 3 or not parts[1].isdigit() or int(parts[1]) == 0:
                continue
            word, count, tag = parts[0], int(parts[1]), parts[2]
            counts[word] = (count, tag)  # a word listed twice keeps its last line, as jieba does
    for count, tag in counts.values():
        totals[tag] = totals.get(tag, 0) + count
    tags = sorted(totals)
    if len(tags) * _COST_STEP > 0xFFFF:  # the table keeps a word's tag and cost in 16 bits
        raise ValueError(f"{len(tags)} tags: too many for the table")
    index = {tag: i for i, tag in enumerate(tags)}
    buckets: dict[int, list[str]] = {}
    for word, (count, tag) in counts.items():
        tenths = min(_COST_STEP - 1, round(-math.log(count / totals[tag]) * 10))
        buckets.setdefault(index[tag] * _COST_STEP + tenths, []).append(word)
    pack = [buckets.get(i, []) for i in range(max(buckets) + 1)]
    return WordTable.from_buckets(pack), tags


def _read_transitions(path: Path) -> Transitions:
    """From the tagger's state transitions (B/M/E/S, tag): a word ends in state E or S and the
    next begins in B or S."""
    with path.open("rb") as handle:
        states = pickle.load(handle)  # jieba's own package data, not user input
    transitions: Transitions = {}
    for (position, tag), row in states.items():
        if position not in "ES":
            continue
        for (next_position, next_tag), log_p in row.items():
            if next_position in "BS":
                key = ((tag, position == "S"), (next_tag, next_position == "S"))
                transitions[key] = -log_p
    return transitions


def _load(path: Path) -> tuple[WordTable, list[str]]:
    """The cached table: its tags on the first line, then `WordTable.dumps` (read from the mapped
    file, `cache.mapped`, without copying it)."""
    with mapped(path) as data:
        head = data.readline()
        with memoryview(data)[len(head) :] as rest:
            table = WordTable.loads(rest)
    tags = head.rstrip(b"\n").decode("ascii").split(",")
    if not _all_below(table.buckets, len(tags) * _COST_STEP):
        raise ValueError("a word's tag is not in the table's list")
    return table, tags


def _all_below(values: array, limit: int) -> bool:
    """`max(values) < limit` for an array of 16-bit unsigned values, by C loops over its bytes
    (`max` makes an int object of each of jieba's 349,046 words: most of the model's load).
    Every value's high byte is at most limit's, and where it equals it, the low byte is below
    limit's."""
    if sys.byteorder != "little" or values.itemsize != 2:
        return all(value < limit for value in values)
    data = values.tobytes()
    high, low = data[1::2], data[0::2]
    top, rest = divmod(limit, 256)
    if top > 255:
        return True  # every 16-bit value is below
    if high.translate(None, bytes(range(top + 1))):
        return False  # a high byte above limit's
    at = high.find(top)
    while at != -1:
        if low[at] >= rest:
            return False
        at = high.find(top, at + 1)
    return True


@cache
def tagged_words() -> TaggedWords | None:
    """The model, or None where jieba is not installed (or its files cannot be read)."""
    try:
        folder = _jieba_folder()
        dictionary = folder / "dict.txt"
        stat = dictionary.stat()
        transitions = _read_transitions(folder / "posseg" / "prob_trans.p")
    except (OSError, pickle.UnpicklingError, ValueError, EOFError):
        return None
    cache = cache_folder()
    path = (
        None if cache is None else cache / f"jieba-{stat.st_size}-{stat.st_mtime_ns}.{FORMAT}.table"
    )
    if path is not None:
        with contextlib.suppress(OSError, ValueError, UnicodeDecodeError):
            return TaggedWords(*_load(path), transitions)
    try:
        table, tags = _read_words(dictionary)
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if path is not None:
        with contextlib.suppress(OSError):
            store_atomically(path, ",".join(tags).encode("ascii") + b"\n" + table.dumps())
    return TaggedWords(table, tags, transitions)


def _words_from(model: TaggedWords, text: str, start: int) -> list[tuple[int, State, float]]:
    """The words of `text` that begin at `start`, as (end, state, cost): every dictionary word,
    and the character alone as an unknown one where the dictionary lacks it. Longer stretches
    are looked up only while a dictionary word begins with the last one (most stop at two
    characters of six)."""
    words = []
    entry = model.entry
    for end in range(start + 1, min(len(text), start + MAX_WORD) + 1):
        found, longer = entry(text[start:end])
        if found is not None:
            words.append((end, (found[0], end == start + 1), found[1]))
        elif end == start + 1:
            words.append((end, ("x", True), UNKNOWN_CHAR_COST))
        if not longer:
            break
    return words


def _cost(model: TaggedWords, text: str) -> float:
    """-log P(text), the best segmentation and tagging (Viterbi) by the bigram model; the
    first word's own transition is not counted (the text is cut out of a sentence)."""
    # best[i]: the cheapest way to cover text[:i], by the tag (and length 1 or not) of the last word
    best: list[dict[State, float]] = [{} for _ in range(len(text) + 1)]
    best[0][("", False)] = 0.0
    transitions = model.transitions  # (`model.transition`, asked in the loop without a call)
    for start in range(len(text)):
        ending = best[start].items()
        for end, state, cost in _words_from(model, text, start) if ending else ():
            if start == 0:
                total = cost
            else:
                cheapest = math.inf
                for before, before_cost in ending:
                    step = before_cost + transitions.get((before, state), UNSEEN_TRANSITION)
                    if step < cheapest:
                        cheapest = step
                total = cost + cheapest
            if total < best[end].get(state, math.inf):
                best[end][state] = total
    return min(best[len(text)].values())


def fit(left: str, han: str, right: str) -> float | None:
    """How much likelier `left + han + right` reads than `left + right`, in nats, less `han`'s
    own cost as a word of its class: above 0 the context asks for the word, far below it the
    word does not belong there. None where the model is missing."""
    model = tagged_words()
    if model is None:
        return None
    key = (left, han, right)
    if key not in model.fits:
        own = model.word(han)
        own_cost = own[1] if own is not None else UNKNOWN_CHAR_COST
        if len(model.fits) >= _LOOKED_UP_LIMIT:
            model.fits.clear()
        model.fits[key] = _cost(model, left + right) - _cost(model, left + han + right) + own_cost
    return model.fits[key]


def _edges(model: TaggedWords, text: str) -> tuple[State, State]:
    """The states (tag, one character long) of the first and the last word of `text`'s best
    segmentation and tagging (as `_cost` finds it)."""
    # best[i]: by the last word's state, the cheapest cover of text[:i] and its first word's state
    best: list[dict[State, tuple[float, State]]] = [{} for _ in range(len(text) + 1)]
    transitions = model.transitions  # (`model.transition`, asked in the loop without a call)
    for start in range(len(text)):
        ending = best[start].items()
        if start and not ending:
            continue
        for end, state, cost in _words_from(model, text, start):
            if start == 0:
                total, first = cost, state
            else:  # the least (cost, first state), as `min` of the pairs finds it
                total, first = math.inf, state
                for before, (held, held_first) in ending:
                    step = held + transitions.get((before, state), UNSEEN_TRANSITION)
                    if step < total or (step == total and held_first < first):
                        total, first = step, held_first
                total += cost
            if total < best[end].get(state, (math.inf, state))[0]:
                best[end][state] = (total, first)
    if not text:
        return ("", False), ("", False)
    last, (_, first) = min(best[len(text)].items(), key=lambda item: item[1][0])
    return first, last


def neighbour_tags(left: str, right: str) -> tuple[State, State] | None:
    """The states (tag, one character long) of the word that ends `left` and of the word that
    begins `right`, each read alone; None where the model is missing."""
    model = tagged_words()
    if model is None:
        return None
    return _edges(model, left)[1], _edges(model, right)[0]


def tags(text: str) -> list[tuple[str, str]] | None:
    """The words of `text` with their tags, by the best segmentation and tagging (as `_cost`
    finds it); None where the model is missing."""
    model = tagged_words()
    if model is None:
        return None
    # best[i]: by the last word's state, the cheapest cover of text[:i] and where that word
    # starts with the state before it
    best: list[dict[State, tuple[float, int, State]]] = [{} for _ in range(len(text) + 1)]
    best[0][("", False)] = (0.0, 0, ("", False))
    transitions = model.transitions  # (`model.transition`, asked in the loop without a call)
    for start in range(len(text)):
        ending = best[start].items()
        for end, state, cost in _words_from(model, text, start) if ending else ():
            total, before = math.inf, state  # the least (cost, state before), as `min` finds it
            for state_before, (held, _, _) in ending:
                step = held + (
                    transitions.get((state_before, state), UNSEEN_TRANSITION) if start else 0.0
                )
                if step < total or (step == total and state_before < before):
                    total, before = step, state_before
            if total + cost < best[end].get(state, (math.inf, 0, state))[0]:
                best[end][state] = (total + cost, start, before)
    words: list[tuple[str, str]] = []
    end = len(text)
    state = min(best[end].items(), key=lambda item: item[1][0])[0] if text else ("", False)
    while end > 0:
        _, start, before = best[end][state]
        words.append((text[start:end], state[0]))
        end, state = start, before
    return words[::-1]
