"""A line's length as the file had it (`unwrap.hidden`): invisible characters a program that
wrapped the file counted in its measure."""

from __future__ import annotations

from convert.changes import SourceMap
from convert.config import Config
from convert.normalize.context import Context
from convert.normalize.invisible import remove_invisible
from convert.normalize.unwrap.hidden import hidden_in_line

from ...support.normalized import paragraphs
from .texts import wrap

# one paragraph of two sentences (the first ends at character 45), then another
FIRST = (
    "央视网消息（新闻联播）：由中央广播电视总台制作的电视专题片将于今晚在总台央视新闻频道播出。"
    "该片全景展现以习近平同志为核心的党中央团结带领全党全国各族人民迎难而上、奋力拼搏，"
    "推动党和国家事业取得新的重大成就。"
)
SECOND = "我们在砥砺奋进中进一步增强了志气、骨气、底气，更加坚定了推进强国建设、实现民族复兴的决心和信心。"


def _pdftotext(paragraphs: list[str], width: int) -> str:
    """Wrapped at `width` characters, counted as the file holds them, no blank lines."""
    return "\n".join(line for p in paragraphs for line in wrap(p, width))


def test_a_wrap_that_counted_a_zero_width_space_is_still_a_wrap() -> None:
    # the zero-width space puts the first sentence's end at the end of the second line of 23:
    # once it is removed the line reads one short, and a short line ending a sentence used to
    # end its paragraph
    damaged = FIRST.replace("今晚", "今\u200b晚")
    text = _pdftotext([damaged, SECOND], 23)
    assert text.split("\n")[1].endswith("播出。")
    assert paragraphs(text) == [FIRST, SECOND]


def test_a_short_line_without_invisible_characters_still_ends_its_paragraph() -> None:
    head, tail = FIRST[:45], FIRST[45:]  # the first sentence a paragraph of its own
    text = _pdftotext([head, tail, SECOND], 23)
    assert paragraphs(text) == [head, tail, SECOND]


def _context(source: str) -> tuple[Context, str]:
    """A context whose source map knows the invisible characters of `source` removed."""
    source_map = SourceMap(source)
    edits = remove_invisible(source, Config(), Context())
    source_map.push(edits)
    text = "".join(ch for ch in source if ch not in "\u200b\u00ad")
    context = Context()
    context.origin = (source, source_map)
    return context, text


def test_hidden_characters_counted_in_the_line_they_stood_in() -> None:
    context, text = _context("\u200b甲乙丙\u00ad丁。\n戊己\u200b庚。")
    assert text == "甲乙丙丁。\n戊己庚。"
    assert hidden_in_line(context, 0, 5) == 2
    assert hidden_in_line(context, 6, 9) == 1


def test_nothing_read_without_a_source_or_where_the_line_is_not_its_source() -> None:
    assert hidden_in_line(Context(), 0, 3) == 0
    context, _ = _context("甲乙丙丁。\n戊己庚。")
    assert hidden_in_line(context, 0, 5) == 0
    # a line longer in the source than its characters and the invisible ones (a repair made
    # it): no count
    source = "ä¸­\u200bæ\n"
    repaired = Context()
    repaired.origin = (source, SourceMap(source))
    assert hidden_in_line(repaired, 0, 2) == 0
