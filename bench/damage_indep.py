"""A second stray-word insertion model, independent of bench/damage_print.py's.

bench/damage_print.py puts one of eight words (`STRAYS`: and, the, of, in, und, et, to, is) between
two Han characters, 60 % of them spaced on both sides. The stray-word rules were tuned on it and on
bench/damage.py's substitutions; this model asks whether they hold on words and spacings they
were not tuned on. Its words are drawn from another source: the most frequent lowercase words of
an English newspaper text in the shared corpus (The Federalist Papers, Project Gutenberg #18;
public domain), less damage_print's eight and any word capitalised in most of its occurrences (a
name), each drawn in proportion to its count, as a leftover of English text would be. One to three
words per paragraph, each spaced on both sides (45 %), on neither (25 %), or on one side only (15 %
each). The page itself (shapes, furniture, lists, tables, notes) is damage_print's, so the
figures differ from its only by the words.

    .venv/bin/python bench/accuracy_print.py --damage indep --seeds 20-24
    .venv/bin/python bench/stray_fit.py --inserter indep --seeds 20-24 --grid current
"""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import cache
from pathlib import Path

from bench.damage_print import STRAYS, Damaged, han_gaps
from bench.damage_print import damage_article as print_article

FEDERALIST = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
FEDERALIST = FEDERALIST / "en-gutenberg-federalist" / "18.txt"
# how many of the text's most frequent words are drawn from
WORDS_TAKEN = 40
# the spacings of a word and how often each is drawn
SPACINGS = ((" {w} ", 45), ("{w}", 25), (" {w}", 15), ("{w} ", 15))
# how many words a damaged paragraph gets and how often
COUNTS = ((1, 70), (2, 20), (3, 10))


@cache
def words() -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The words and their counts in the source text."""
    text = FEDERALIST.read_text(encoding="utf-8", errors="replace")
    found = re.findall(r"[A-Za-z]+", text)
    counts = Counter(word.lower() for word in found)
    capitalised = Counter(word.lower() for word in found if word[0].isupper())
    chosen = [
        (word, count)
        for word, count in counts.most_common()
        if word not in STRAYS and capitalised[word] * 2 < count
    ][:WORDS_TAKEN]
    return tuple(w for w, _ in chosen), tuple(c for _, c in chosen)


def insert_words(paragraph: str, rng: random.Random) -> str:
    """One to three words put between two Han characters."""
    vocabulary, weights = words()
    (count,) = rng.choices([n for n, _ in COUNTS], [w for _, w in COUNTS])
    for _ in range(count):
        spots = han_gaps(paragraph)
        if not spots:
            break
        at = rng.choice(spots)
        (word,) = rng.choices(vocabulary, weights)
        (spacing,) = rng.choices([s for s, _ in SPACINGS], [w for _, w in SPACINGS])
        paragraph = paragraph[:at] + spacing.format(w=word) + paragraph[at:]
    return paragraph


def damage_article(article: dict[str, object], shape: str, seed: int) -> Damaged:
    """bench/damage_print.py's page with this model's stray words."""
    return print_article(article, shape, seed, insert=insert_words)
