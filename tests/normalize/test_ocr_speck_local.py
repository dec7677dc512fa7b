"""The ocr-speck pass in a later round, asked about the specks whose reach holds a changed line:
the whole run's edits, and a reach one character shorter misses some."""

from __future__ import annotations

from unittest import mock

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from convert.changes import Edit
from convert.config import Config
from convert.normalize import normalize, ocr_speck_local
from convert.normalize.context import Context
from convert.normalize.ocr_speck import facts, remove_specks
from convert.normalize.partial import moved, whole_lines

from ..support.normalized import applied
from .test_partial import _whole_passes, edits_of

# what the verdicts read: words a speck cuts or parts, function words, names' parts, short
# sentences, marks that stop a sentence or open a title, wraps, blank lines, indents
PIECES = st.sampled_from(
    [
        *"我国政府县的是和在甲人民主义美法医保全年药品平均水平社会这些天",
        "经济发展",
        "·",
        "·",
        "·",
        ".",
        ".",
        "'",
        "。",
        "，",
        "，",
        ",",
        "”",
        "《",
        "》",
        "\n",
        "\n",
        "\n",
        "\n\n",
        "　　",
        " ",
    ]
)


def _whole(text: str) -> list[Edit]:
    return remove_specks(text, Config(), Context())


def _partial_is_whole(source: str, data: st.DataObject) -> None:
    """The pass runs on `source`; other edits follow; asked about the lines its own edits and
    the others made, it finds what it finds in the whole text (when the facts are the same)."""
    own = _whole(source)
    text = applied(source, own)
    changed = moved([], own)
    later = data.draw(edits_of(text, PIECES))
    new = applied(text, later)
    changed = moved(changed or [], later)
    assert changed is not None
    if facts(new, Context()) != facts(source, Context()):
        return  # (the driver runs the pass whole)
    partial = remove_specks(new, Config(), Context(), whole_lines(new, changed))
    assert partial == _whole(new)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=40).map("".join), st.data())
def test_the_specks_near_changed_lines_are_the_whole_runs(source: str, data: st.DataObject) -> None:
    _partial_is_whole(source, data)


def _later(source: str, edit: Edit) -> tuple[list[Edit], list[Edit]]:
    """The partial and the whole run's edits after `edit` of `source` (where the pass finds
    nothing)."""
    assert _whole(source) == []
    new = applied(source, [edit])
    changed = moved([], [edit])
    assert changed is not None
    return remove_specks(new, Config(), Context(), whole_lines(new, changed)), _whole(new)


# each: a text the pass finds nothing in, and an edit on another line than a `·`'s that makes it a speck
FAR_EDITS: list[tuple[str, Edit]] = [
    # the tagger's run reads six Han characters on, through a wrap: the sixth is on the line
    # under (`的` after `我国政府县` makes the first word after the dot another)
    ("甲，医保·我国政府县\n的", Edit(11, 12, "是", "test")),
    # a title's open mark two lines up, past the tagger's run: the `·` stood inside the title
    ("《我国经济发展\n中国经济发展\n医保·药品，全年", Edit(0, 1, "", "test")),
    # a quote's open mark a line up, past the tagger's run: an adverb before its verb across a
    # `.` (`ocr_speck_tags.adverb_before_predicate`) is judged a speck only outside the quote
    ("“我国政府经济发展\n中国经济发展，我们双方今年明确.表示两国各领域务实合作。", Edit(0, 1, "", "test")),
]


def test_an_edit_on_a_line_in_a_specks_reach_has_it_asked() -> None:
    for source, edit in FAR_EDITS:
        partial, whole = _later(source, edit)
        assert whole and partial == whole, source


def test_a_reach_one_shorter_misses_a_speck() -> None:
    source, edit = FAR_EDITS[0]
    # (the lines a `·`'s sentence mark is looked for on left out: they reach the line under too)
    with (
        mock.patch.object(ocr_speck_local, "REACH", ocr_speck_local.REACH - 1),
        mock.patch.object(ocr_speck_local, "sentence_lines", lambda text, at: (at, at)),
    ):
        partial, whole = _later(source, edit)
    assert whole and partial == []


# a `·` on a line of prose with no sentence mark, then a comma set on the line under it, past the
# tagger's run: the dot's paragraph now holds one (`ocr_speck_tags.sentence_lines`)
MARK_UNDER = ("今年我国·海拔最高的光伏\n项目正在加紧建设", Edit(16, 16, "，", "test"))


def test_a_mark_set_on_a_dots_next_line_has_it_asked() -> None:
    source, edit = MARK_UNDER
    partial, whole = _later(source, edit)
    assert whole and partial == whole
    with mock.patch.object(ocr_speck_local, "sentence_lines", lambda text, at: (at, at)):
        partial, whole = _later(source, edit)
    assert whole and partial == []


def test_a_dots_sentence_left_unread_misses_a_speck() -> None:
    for source, edit in FAR_EDITS[1:]:
        with mock.patch.object(ocr_speck_local, "_paragraph_start", lambda text, at: at):
            partial, whole = _later(source, edit)
        assert whole and partial == [], source


# a `.` whose two words the text writes joined nowhere, then an edit far past its reach that
# writes them joined (`ocr_speck_document.written_joined` reads the whole text)
JOINED_FAR = (
    "新通道班列运转良好，每周发运十列西部.陆海新通道铁海联运班列增至每周十列。\n\n新通道建设加快。",
    "西部陆海",
)


def test_an_edit_writing_a_dots_words_joined_anywhere_has_it_asked() -> None:
    source, words = JOINED_FAR
    at = source.index("\n\n") + 2
    edit = Edit(at, at, words, "test")
    partial, whole = _later(source, edit)
    assert whole and partial == whole
    with mock.patch.object(ocr_speck_local, "joined_pairs_in", lambda text, marks, lines: []):
        partial, whole = _later(source, edit)
    assert whole and partial == []


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=40).map("".join))
def test_the_driver_gives_the_whole_runs_text_and_log_with_specks(text: str) -> None:
    partial, whole = normalize(text), normalize(text, passes=_whole_passes())
    assert partial.text == whole.text
    assert partial.changes == whole.changes


WORDS = ["我国", "政府", "人民", "主义", "会议", "医保", "药品", "全年", "经济", "发展"]
SINGLES = list("的和是在有县美法中日甲")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=2),
    st.lists(st.sampled_from(WORDS), min_size=2, max_size=3),
    st.sampled_from(SINGLES),
    st.sampled_from(SINGLES),
    st.sampled_from(SINGLES),
)
@example(["医保"], ["我国", "政府"], "县", "的", "是")  # (`FAR_EDITS`' first)
def test_an_edit_past_a_dots_reach_leaves_its_verdict(
    left: list[str], right: list[str], last: str, under: str, instead: str
) -> None:
    # a `·` whose tagger's run reads through a wrap (random words around it); an edit of the
    # line under, where it lies outside the reach, changes no verdict (one shorter, it does)
    text = "甲，" + "".join(left) + "·" + "".join(right) + last + "\n" + under
    at = text.index("·")
    pos = len(text) - 1
    _, high = ocr_speck_local.reach(text, at)
    if pos <= high:
        return
    new = text[:pos] + instead
    assert (at in _specks(text)) == (at in _specks(new))


def _specks(text: str) -> set[int]:
    return {edit.start for edit in _whole(text)}
