"""Which character a lost byte was, among the several that fit: the one that reads clearly best
by the word model (a beam search over the lost bytes of a stretch, which judge each other),
kept only when it beats the runner-up by GUESS_MARGIN; otherwise U+FFFD for the editor."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from operator import itemgetter
from typing import NamedTuple

from .common import REPLACEMENT
from .read_back import Slot
from .word_model import CONTEXT, LINE_END_PAUSE_COST, PAUSE_MARKS, in_context, is_kana, text_cost

GUESS_MARGIN = 1.5  # a guessed character reads 30 times better than the runner-up
OPENER_OF = {
    "》": "《",
    "”": "“",
    "）": "（",
    "」": "「",
    "』": "『",
    "】": "【",
    "’": "‘",
    "〉": "〈",
}
UNOPENED_COST = 3.0
# states kept between lost bytes (more chose the same: bench/README.md)
BEAM = 4
SHORTLIST = 16  # of the characters that fit one lost byte, those carried to every state


@dataclass(frozen=True)
class Recovered:
    """The text a stretch meant, and what became of each lost byte."""

    text: str
    exact: int  # lost bytes where one character fits
    guessed: int  # where several fit and the word model chose one
    lost: int  # where it could not: left as U+FFFD
    # each guess: (index in `text`, how many characters fitted there), for the editor to check
    guesses: tuple[tuple[int, int], ...] = ()


class Choices(NamedTuple):
    """The choices of a state so far, as a chain: the earlier ones (None before the first) and
    the latest. A class rather than a recursive alias, `tuple[Choices, str] | None`: mypyc
    crashes on that (bench/README.md, issue 17)."""

    earlier: Choices | None
    latest: str


def recover(
    slots: Sequence[Slot], left: str = "", right: str = "", ended: bool = False
) -> Recovered:
    """Fill each lost byte: the one character that fits, or the one that reads clearly best
    between `left` and `right` (the text around the stretch), or U+FFFD. `ended`: the damaged
    piece may have ended right after the last slot, so its lost byte had nothing after it.

    The choices are made together (a beam search over the lost bytes, left to right: two lost
    bytes side by side, 仪式 read as `浠�寮�`, judge each other), then each is kept only if it
    beats every other character that fits there by GUESS_MARGIN."""
    options = [
        (s.fits_at_end if ended and i == len(slots) - 1 else s.fits)
        if s.char == REPLACEMENT
        else (s.char,)
        for i, s in enumerate(slots)
    ]
    if any(is_kana(s.char) for s in slots):  # Japanese: the word model is Chinese, no guesses
        options = [fits if len(fits) == 1 else () for fits in options]
    holes = [i for i, fits in enumerate(options) if len(fits) > 1]
    together = any(b - a <= CONTEXT for a, b in pairwise(holes))
    # lost bytes far apart judge each other not at all: each is chosen on its own
    chars = (
        _beam(options, left, right)
        if together
        else [fits[0] if len(fits) == 1 else REPLACEMENT for fits in options]
    )
    exact = guessed = lost = 0
    guesses: list[tuple[int, int]] = []
    balance = _balance(left, NO_BRACKETS)
    for i, fits in enumerate(options):
        if slots[i].char == REPLACEMENT:
            choice = fits[0] if len(fits) == 1 else None
            if len(fits) > 1:
                chosen = chars[i] if together else None
                choice = _clear_choice(chars, i, fits, left, right, chosen, balance)
            if choice is None:
                chars[i] = REPLACEMENT
                lost += 1
            else:
                chars[i] = choice
                exact += len(fits) == 1
                if len(fits) > 1:
                    guessed += 1
                    guesses.append((i, len(fits)))
        balance = _balance(chars[i], balance)
    return Recovered("".join(chars), exact, guessed, lost, tuple(guesses))


def _step(tail: str, balance: Brackets, added: str) -> float:
    """The cost `added` adds after `tail` (the last CONTEXT characters before it), a closing mark
    judged on whether the text before opened it (`balance`)."""
    return text_cost(tail + added) - text_cost(tail) + _unopened(balance, added)


Brackets = tuple[int, ...]  # marks opened and not yet closed, one count per pair of OPENER_OF
PAIRS = tuple(OPENER_OF.items())
NO_BRACKETS: Brackets = (0,) * len(PAIRS)
BRACKET_RE = re.compile("[" + re.escape("".join(c + o for c, o in PAIRS)) + "]")


def _balance(text: str, balance: Brackets) -> Brackets:
    """`balance` after `text`."""
    if not BRACKET_RE.search(text):
        return balance  # nearly always: one search in C
    counts = list(balance)
    for ch in text:
        for k, (closer, opener) in enumerate(PAIRS):
            counts[k] += (ch == opener) - (ch == closer)
    return tuple(counts)


def _unopened(balance: Brackets, added: str) -> float:
    """UNOPENED_COST for each closing mark in `added` that nothing before opened, `added`'s own
    marks included: 新高》 is possible, but not where no 《 came before."""
    if not BRACKET_RE.search(added):
        return 0.0
    cost = 0.0
    counts = list(balance)
    for ch in added:
        for k, (closer, opener) in enumerate(PAIRS):
            if ch == opener:
                counts[k] += 1
            elif ch == closer:
                if counts[k] <= 0:
                    cost += UNOPENED_COST
                counts[k] -= 1
    return cost


def _beam(options: Sequence[Sequence[str]], left: str, right: str) -> list[str]:
    """The likeliest choice of one character per slot (U+FFFD where none fits).

    Each choice is judged together with the known characters after it, up to the next choice
    (参 alone is rarer than 另; before 加 it is 参加), and `right` after the last. States that end
    alike are one: what comes next depends only on the last CONTEXT characters (and on which
    marks are open). A state holds no more than that, so a long line costs no more per choice
    than a short one."""
    merged = _merge_known([*options, (right,)] if right else options)
    balance = _balance(left, NO_BRACKETS)
    tail = left[-CONTEXT:]
    states: list[tuple[float, str, Brackets, Choices | None]] = [(0.0, tail, balance, None)]
    index = 0
    if merged and len(merged[0]) == 1:  # known characters first: every state grows alike
        known = merged[0][0]
        states = [
            (
                _step(tail, balance, known[:CONTEXT]),
                (tail + known[-CONTEXT:])[-CONTEXT:],
                _balance(known, balance),
                None,
            )
        ]
        index = 1
    while index < len(merged):
        fits = merged[index]
        known = (
            merged[index + 1][0] if index + 1 < len(merged) and len(merged[index + 1]) == 1 else ""
        )
        index += 2 if known else 1
        ahead = known[:CONTEXT]
        if len(fits) > SHORTLIST:  # judged after the best state first: the rest never win
            _, best_tail, best_balance, _ = states[0]
            fits = sorted(fits, key=lambda c: _step(best_tail, best_balance, c + ahead))[:SHORTLIST]
        grown = sorted(
            (
                (
                    cost
                    + _step(tail, balance, c + ahead)
                    + _unopened(_balance(c + ahead, balance), known[CONTEXT:]),
                    c,
                    tail,
                    balance,
                    chosen,
                )
                for cost, tail, balance, chosen in states
                for c in fits
            ),
            key=itemgetter(0),
        )
        seen: set[str] = set()
        states = []
        for cost, c, tail, balance, chosen in grown:
            grown_tail = (tail + c + known[-CONTEXT:])[-CONTEXT:]
            if grown_tail in seen:
                continue
            seen.add(grown_tail)
            states.append((cost, grown_tail, _balance(c + known, balance), Choices(chosen, c)))
            if len(states) == BEAM:
                break
    if not right:  # a line end: a pause or an opening mark seldom ends one
        states = [
            (cost + (LINE_END_PAUSE_COST if tail[-1:] in PAUSE_MARKS else 0.0), tail, b, chosen)
            for cost, tail, b, chosen in states
        ]
    chosen = min(states, key=itemgetter(0))[3]
    picks: list[str] = []
    while chosen is not None:
        earlier, latest = chosen
        picks.append(latest)
        chosen = earlier
    picks.reverse()
    pick = iter(picks)
    chars = []
    for fits in options:
        if len(fits) > 1:
            chars.append(next(pick, REPLACEMENT))
        else:
            chars.append(fits[0] if fits else REPLACEMENT)
    return chars


def _merge_known(options: Sequence[Sequence[str]]) -> list[Sequence[str]]:
    """The options with each run of known characters (one option, or none: U+FFFD) as one."""
    merged: list[Sequence[str]] = []
    known = ""
    for fits in options:
        if len(fits) > 1:
            if known:
                merged.append((known,))
                known = ""
            merged.append(fits)
        else:
            known += fits[0] if fits else REPLACEMENT
    if known:
        merged.append((known,))
    return merged


def _clear_choice(
    chars: Sequence[str],
    i: int,
    fits: Sequence[str],
    left: str,
    right: str,
    chosen: str | None,
    balance: Brackets,
) -> str | None:
    """`chosen` (the best fit if None) if it reads better than every other character that fits
    at slot `i` by GUESS_MARGIN, the other slots as they stand (`balance`: the marks open before
    it); else None."""
    prefix = left[-CONTEXT:] + "".join(chars[max(0, i - CONTEXT) : i])
    before = prefix[-CONTEXT:]
    after = ("".join(chars[i + 1 : i + 1 + CONTEXT]) + right)[:CONTEXT]
    # a closing mark further on wants its opener here (`今天�9月1日）`: （, not ，)
    later = "".join(chars[i + 1 :]) + right
    ranked = sorted(
        (
            in_context(before, c, after)
            + _unopened(balance, c)
            + _unopened(_balance(c, balance), later),
            c,
        )
        for c in fits
    )
    best_cost = next(cost for cost, c in ranked if c == chosen) if chosen else ranked[0][0]
    choice = chosen or ranked[0][1]
    if any(cost - best_cost < GUESS_MARGIN for cost, c in ranked if c != choice):
        return None
    return choice
