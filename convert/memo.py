"""Results that several repair passes compute from the very same text, computed once per text.

The normalizer hands a pass's text to the next pass unchanged, the same string object, whenever
the pass changed nothing, which in the second and third rounds is most passes. Some work is done
by several passes on that text: cutting it into blocks (unwrap, layout, stray), finding the
mojibake repairs (the invisible pass leaves their bytes alone, the mojibake pass makes them).
`same_text` keeps the last result of such a function and returns it when it is given the same
string object again.

Results are kept only while `normalize` runs (`kept_while`), so no text outlives the call that
normalized it; outside it the functions compute as before. A result is shared between callers,
so they must not change it (the functions memoized here return lists nobody mutates).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import TypeVar

R = TypeVar("R")

_slots: list[list[tuple[str, object] | None]] = []
_lock = threading.Lock()
_active = 0  # how many normalize() calls are running (threads may run several)


def same_text(func: Callable[[str], R]) -> Callable[[str], R]:
    """`func` (a pure function of one text), its last result reused for the identical string.

    Identity, not equality: comparing two megabytes of text would cost more than some of the
    work it saves, and a string the driver passes on unchanged is the same object.
    """
    slot: list[tuple[str, object] | None] = [None]
    _slots.append(slot)

    @wraps(func)
    def memoized(text: str) -> R:
        kept = slot[0]  # one read: another thread may replace it, never half of it
        if kept is not None and kept[0] is text:
            return kept[1]  # type: ignore[return-value]
        result = func(text)
        if _active:
            slot[0] = (text, result)
        return result

    return memoized


@contextmanager
def kept_while() -> Iterator[None]:
    """Keep `same_text` results for the duration of the block (one normalize() call); forget
    them all when the last such block ends."""
    global _active
    with _lock:
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if not _active:
                for slot in _slots:
                    slot[0] = None
