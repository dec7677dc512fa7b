from array import array

from convert.normalize.sorted_table import find_index


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
