"""Hard-wrapped lines joined into paragraphs.

`measure` learns the width the text was set to, `paragraphing` what the whole text shows about its
paragraphs, `decide` whether one break is a paragraph end, `join` what replaces a wrap, and
`breaks` walks every break of every block.
"""

from .breaks import unwrap_lines

__all__ = ["unwrap_lines"]
