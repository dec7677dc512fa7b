"""Lines that keep their line break: list items, notes, table rows and a byline.

A plain-text list, a table set with tabs and a run of notes are made of lines; joined into one
paragraph they are destroyed (issue 12, item 6). Each such line stays a block of its own, which
the structure makes a list, a table or a note (`structure.lines`, `structure.notes`); an item or a note longer than the measure
still has its own wrapped lines joined, since only a line that opens with a marker starts a new
one. A byline under a headline (`□本报记者 张三 李四`) with no blank line around it is its own
line too. Evidence: bench/damage_print.py's tuning half, where each was joined to the lines
around it (block F1 of the articles with a table 0.49, a list 0.64, notes 0.64, before).
"""

from __future__ import annotations

from ...blocks import ends_paragraph
from ...headings import is_byline_line, is_table_row, opens_own_line
from ...markers import next_item


def keeps_break(line: str, next_line: str, first: str = "") -> bool:
    """The break between two lines (both stripped) is kept: the next opens a line of its own,
    or this one is a table row or a byline, which never run on. `first`, the first line of the
    paragraph so far: when it opens an item and this line ends a sentence, a next line opening
    the next item (`2.2023年…` after `1. …`) starts it, whatever its text opens with
    (bench/README.md, issue 12 item 6: the lists bench/damage_print.py lost that way)."""
    return (
        opens_own_line(next_line, line)
        or is_table_row(line)
        or is_byline_line(line)
        or (ends_paragraph(line) and next_item(next_line, first))
    )
