import random
from array import array
from itertools import pairwise

from convert.normalize.sorted_table import PLAIN_PER, STEP, SortedWords, find_index


def _table(words: list[str]) -> tuple[str, array]:
    offsets = array("I", [0])
    for word in words:
        offsets.append(offsets[-1] + len(word))
    return "".join(words), offsets


def test_every_word_is_found_at_its_position_and_others_are_not() -> None:
    words = sorted({"中", "中国", "中国人", "人", "人民", "a", "ab", "b", "和"})
    text, offsets = _table(words)
    for position, word in enumerate(words):
        assert find_index(text, offsets, word) == position
    for missing in ["", "中华", "国", "aa", "c", "人民们"]:
        assert find_index(text, offsets, missing) is None


def test_an_empty_table_finds_nothing() -> None:
    text, offsets = _table([])
    assert find_index(text, offsets, "中") is None


def test_the_indexed_search_finds_what_the_plain_search_finds() -> None:
    """Tables of every size around the index's step, words and neighbours of words asked."""
    rng = random.Random(7)
    for size in [0, 1, 2, STEP - 1, STEP, STEP + 1, 2 * STEP, 5 * STEP + 3, 300]:
        words = sorted({"".join(rng.choices("中国人ab", k=rng.randint(1, 4))) for _ in range(size)})
        text, offsets = _table(words)
        indexed = SortedWords(text, offsets)
        asked = words + [w + "a" for w in words] + [w[:-1] for w in words] + ["", "zz", "\x00"]
        for word in asked:
            assert indexed.index(word) == find_index(text, offsets, word), (size, word)
        for position, word in enumerate(words):
            assert indexed.index(word) == position


def test_a_large_table_finds_the_same_before_and_after_its_index_is_made() -> None:
    """A table searched plainly first (`PLAIN_PER`), then through the index: the same answers."""
    rng = random.Random(11)
    words = sorted({"".join(rng.choices("中国人民ab", k=rng.randint(1, 6))) for _ in range(6000)})
    text, offsets = _table(words)
    indexed = SortedWords(text, offsets)
    plain = len(offsets) // PLAIN_PER
    assert plain >= 2
    asked = rng.sample(words, 50) + [w + "a" for w in rng.sample(words, 50)] + ["", "zz"]
    for n, word in enumerate(asked):
        assert indexed.index(word) == find_index(text, offsets, word), (n, word)
        assert (indexed._heads is None) == (n < plain)


def test_a_word_written_inside_or_across_its_neighbours_is_not_taken_for_one() -> None:
    """The indexed search finds a word by its occurrence in the stretch of words side by side:
    one inside a longer word, or across two words, is no hit; a later one at a word's start is."""
    words = sorted({"人民", "人民币", "民", "民主", "民主党", "主"} | {f"x{i:02}" for i in range(40)})
    text, offsets = _table(words)
    indexed = SortedWords(text, offsets)
    indexed._plain_left = 0  # (the index at once)
    for word in ["币民", "民币", "主党", "党", "人民币民", "民主党x", "x0", "主x"]:
        assert find_index(text, offsets, word) is None
        assert indexed.index(word) is None, word
    for position, word in enumerate(words):
        assert indexed.index(word) == position


def test_index_and_longer_is_the_index_and_whether_a_longer_word_begins_so() -> None:
    """Against the plain answers (a longer word found by a scan of the list), through the plain
    searches and then the index, for words asked, their prefixes and their neighbours."""
    rng = random.Random(13)
    for size in [0, 1, 2, STEP - 1, STEP, STEP + 1, 5 * STEP + 3, 300, 6000]:
        words = sorted(
            {"".join(rng.choices("中国人民ab", k=rng.randint(1, 6))) for _ in range(size)}
        )
        text, offsets = _table(words)
        indexed = SortedWords(text, offsets)
        asked = [w[:cut] for w in words[:400] for cut in range(1, len(w) + 1)]
        asked += [w + "a" for w in words[:100]] + ["中", "国", "b", "zz", "\x00", "人民人民人民人"]
        for word in asked * 2:  # the second time through the index, if the plain searches ran out
            longer = any(w.startswith(word) and w != word for w in words)
            assert indexed.index_and_longer(word) == (indexed.index(word), longer), (size, word)


def test_index_and_longer_through_the_index_for_every_prefix_and_neighbour() -> None:
    """The index at once, every prefix of every word and words just beside them (one more
    letter, one letter changed, words across two neighbours), against the plain answers: also
    a first beginning at the next stretch's head, and words found inside or across words."""
    rng = random.Random(17)
    for size in [1, 2, STEP - 1, STEP, STEP + 1, 2 * STEP + 1, 5 * STEP + 3, 3000]:
        words = sorted(
            {"".join(rng.choices("中国人民ab", k=rng.randint(1, 6))) for _ in range(size)}
        )
        text, offsets = _table(words)
        indexed = SortedWords(text, offsets)
        indexed._plain_left = 0  # (the index at once)
        begun = {w[:cut] for w in words for cut in range(len(w))}  # a longer word begins so
        asked = {w[:cut] for w in words for cut in range(1, len(w) + 1)}
        asked |= {w + c for w in words for c in "中ab"} | {w[:-1] + "国" for w in words}
        asked |= {a[-2:] + b[:2] for a, b in pairwise(words)}
        asked |= {"", "中", "b", "zz", "\x00", "人民人民人民人"}
        for word in sorted(asked):
            expected = (find_index(text, offsets, word), word in begun)
            assert indexed.index_and_longer(word) == expected, (size, word)
