"""Full-width ASCII letters and digits to half-width.

Only letters and digits: full-width punctuation is correct in Chinese text, which is why NFKC
(which would narrow it all) is never applied to the whole text.
"""

from __future__ import annotations

import re

from ..changes import Edit
from ..config import Config

FULLWIDTH_ALNUM_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
NARROW = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF5B)}


def narrow_ascii_letters_digits(text: str, config: Config) -> list[Edit]:
    """>>> [e.after for e in narrow_ascii_letters_digits("ＡＢＣ１２３，", Config())]
    ['ABC123']
    """
    return [
        Edit(m.start(), m.end(), m.group().translate(NARROW), "fullwidth-alnum")
        for m in FULLWIDTH_ALNUM_RE.finditer(text)
    ]
