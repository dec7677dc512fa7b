"""A Project Gutenberg book as published, cut short: its header, the start of its text, its
footer (`structure.gutenberg` takes the header and the footer as the book's licence)."""

from __future__ import annotations

from convert.config import Config
from convert.model import Document
from convert.run.pipeline import prepare_text

HEADER = """The Project Gutenberg EBook of Emma, by Jane Austen

This eBook is for the use of anyone anywhere at no cost and with
almost no restrictions whatsoever.


Title: Emma

Author: Jane Austen

Release Date: January 21, 2010 [EBook #158]

*** START OF THIS PROJECT GUTENBERG EBOOK EMMA ***




EMMA

By Jane Austen



CHAPTER I


Emma Woodhouse, handsome, clever, and rich, with a comfortable home
and happy disposition, seemed to unite some of the best blessings
of existence; and had lived nearly twenty-one years in the world
with very little to distress or vex her.

She was the youngest of the two daughters of a most affectionate,
indulgent father; and had, in consequence of her sister's marriage,
been mistress of his house from a very early period.

"""
FOOTER = """End of the Project Gutenberg EBook of Emma, by Jane Austen

*** END OF THIS PROJECT GUTENBERG EBOOK EMMA ***

THE FULL PROJECT GUTENBERG LICENSE
PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK
"""


def gutenberg_book() -> Document:
    """The book through the pipeline (JATS included), as `galley convert` prepares it."""
    return prepare_text(HEADER + FOOTER, Config(), "emma")[1]
