"""A text the furniture gate found quiet, kept through later edits (`furniture.quiet`)."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from convert.changes import Edit
from convert.config import Config
from convert.normalize.context import Context
from convert.normalize.furniture import remove_page_furniture

from ..test_properties import EXAMPLES
from .test_gate import LINES, PIECES

# quiet texts: running text and blank lines, with a date in a sentence and a bracketed jump
# inside a paragraph (neither trips the gate)
QUIET = [
    "正文的一行字写到了这一页的最后",
    "还没有写完的一行字写到了这一页的",
    "写完的句子。",
    "今年是2024年，我们迎来了新的发展。",
    "正文（下转第2版）续完。",
    "",
    "  ",
]


@st.composite
def edited(draw: st.DrawFn) -> tuple[str, str, list[Edit]]:
    """A text, the text some edits made of it (outputs: pieces of lines, furniture and breaks),
    and the edits (sorted, apart, in the first text's coordinates)."""
    text = "\n".join(draw(st.lists(st.sampled_from(QUIET + LINES[:4]), max_size=12)))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6)))
    edits, new, cursor = [], [], 0
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        after = draw(st.sampled_from(["", "\n", *PIECES, *(f"\n{line}\n" for line in LINES)]))
        new += (text[cursor:start], after)
        edits.append(Edit(start, end, after, "test"))
        cursor = end
    return text, "".join(new) + text[cursor:], edits


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited())
@example(("写完的句子。\n正文", "写完的句子。\n3\n正文", [Edit(7, 7, "3\n", "test")]))
@example(("写完的句子。\n正文", "写完的句子。\n正文3", [Edit(9, 9, "3", "test")]))
@example(("写完的句子。\n正文", "3\n写完的句子。\n正文", [Edit(0, 0, "3\n", "test")]))
@example(
    (
        "正文\n写完的句子。",
        "正文\n2024年3月1日\n写完的句子。",
        [Edit(3, 3, "2024年3月1日\n", "test")],
    )
)
@example(("写完的句子。\n正文", "写完的句子。\n\f正文", [Edit(7, 7, "\f", "test")]))
def test_a_quiet_texts_edits_are_asked_as_the_whole_gate_asks(
    case: tuple[str, str, list[Edit]],
) -> None:
    text, new, edits = case
    context = Context()
    remove_page_furniture(text, Config(), context)
    context.derived(text, new, edits)
    assert remove_page_furniture(new, Config(), context) == remove_page_furniture(
        new, Config(), Context()
    )


def test_a_quiet_text_is_kept_through_edits_and_dropped_after_any_other() -> None:
    text = "写完的句子。\n正文的一行字写到了这一页的最后\n"
    context = Context()
    assert remove_page_furniture(text, Config(), context) == []
    assert context.furniture_quiet == (text, [])
    new = text.replace("正文", "正文，")
    context.derived(text, new, [Edit(7, 9, "正文，", "test")])
    assert context.furniture_quiet == (new, [(7, 10)])
    assert remove_page_furniture(new, Config(), context) == []
    assert context.furniture_quiet == (new, [])
    context.derived("another text", new + "。", [Edit(0, 0, "。", "test")])
    assert context.furniture_quiet is None
