"""Mojibake: text that was decoded with the wrong codec before Galley saw it.

Three histories are reversed, each only where the reversal decodes and reads better than what is
there (`plausible.py`), because a false repair destroys correct text while a missed one leaves
visible damage: GBK read as Latin-1 or cp1252 (`gbk_as_latin1.py`), UTF-8 read as cp1252 or
Latin-1 (`utf8_as_latin1.py`, ftfy), and UTF-8 read as GBK, whole lines or a phrase inside
correct Chinese text, its lost bytes filled from what the decoder allows and a word model
(`read_back.py`, `word_model.py`, `chooser.py`, `phrases.py`, `utf8_as_gbk.py`). A hard wrap
inside a character is repaired across the break (`wraps.py`). `spans.py` finds every repair of a
text, line by line; `index.py` answers the earlier passes' questions about them; `repair.py` is
the pass. A whole file misread this way is undone by the reader, at the byte level.
"""

from .index import SpanIndex, mojibake_nels

__all__ = ["SpanIndex", "mojibake_nels"]
