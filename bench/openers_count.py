"""How often a sentence that opens with a given form opens a paragraph, and how often it goes on
with one: the evidence of `convert/normalize/unwrap/openers.py`.

Counted on the TUNING half only (bench/clean_text.py's `half`) of zh-news-xwlb, and of the
Gutenberg books as bench/english_books.py cuts them (P&P: its tuning chapters only). Every
sentence after a paragraph's first sentence is a `goes on`; every paragraph's first sentence,
the body's first paragraph aside (it follows the title), is an `opens`. Printed per opener form
of the module's table (and, with --top, per first characters/word): opens, goes on, the odds.

    .venv/bin/python bench/openers_count.py            # the table's forms
    .venv/bin/python bench/openers_count.py --top 40   # the commonest first characters/words
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.clean_text import half, zh_news  # noqa: E402
from convert.normalize.unwrap.openers import ZH_OPENERS, zh_form  # noqa: E402

# forms measured and left out of the module's table (its docstring says why)
ZH_CANDIDATES = {
    "place": re.compile(r"在[^，。！？；：“”]{1,8}，"),
    "在…下": re.compile(r"在[^，。！？；：]{1,20}下，"),
    "year": re.compile(r"[0-9]{4}年(?:以来)?，"),
    "主持": re.compile(r"[^，。！？；：\s]*主持[^，。！？；：\s]{0,6}。"),
    "dateline": re.compile(
        r"(?:新华社|中新社|央视网消息|本台消息|据)[^，。]{0,16}(?:电|消息|报道)"
    ),
    "attribution": re.compile(
        r"[^，。！？；：“”‘’\s]{1,16}?(?<![还也])(?:表示|指出|强调|认为|介绍|说|称)[，：,:]"
    ),
    "date": re.compile(r"(?:[0-9]{4}年)?[0-9]+月[0-9]+日"),
    "day": re.compile(r"近日|日前|目前|今年|去年|近年来|近期|昨天|当天|当晚|同日"),
    "今天（": re.compile(r"今天（"),
    "今天": re.compile(r"今天"),
    "会谈": re.compile(r"会谈|会见|双方"),
    "记者": re.compile(r"记者"),
    "此外": re.compile(r"此外"),
    "其中": re.compile(r"其中"),
    "这 (CONTINUATION_RE)": re.compile(r"这|此|其|他|她|它|我们|大家|要|必须|该"),
    "中国/我国": re.compile(r"中国|我国"),
    "文章/讲话 (document)": re.compile(r"(?:文章|讲话|报告|通知|意见|《[^》]{1,30}》)"),
    "attendance": re.compile(r"[^，。！？；：\s]*(?:参加|出席|陪同)[^，。！？；：\s]{0,8}。"),
}
EN_FORMS = {
    "quote": re.compile(r"[\"“‘]"),
    "pronoun": re.compile(r"(?:He|She|It|They|I|We|You|His|Her|Their|This|That)\b"),
    "but": re.compile(r"(?:But|And|Yet|Or|Nor|For|So)\b"),
    "when": re.compile(r"(?:When|As|After|Before|While|On|In|At)\b"),
    "name": re.compile(r"(?:Mr|Mrs|Miss|Lady|Sir|Elizabeth|Jane|Darcy|Bingley|Lydia|Kitty)\b"),
}
ZH_FORMS = [*(o.name for o in ZH_OPENERS), *ZH_CANDIDATES]


def zh_any_form(sentence: str) -> str:
    return zh_form(sentence) or _form(ZH_CANDIDATES, sentence)


def en_form(sentence: str) -> str:
    return _form(EN_FORMS, sentence)


def _form(forms: dict[str, re.Pattern[str]], sentence: str) -> str:
    return next((name for name, pattern in forms.items() if pattern.match(sentence)), "")


ZH_SENTENCE_RE = re.compile(r"[^。！？]+[。！？]+[”’」）]*|[^。！？]+$")
EN_SENTENCE_RE = re.compile(
    r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bSt\.)(?<=[.!?])([\"”’)]*)\s+(?=[\"“‘(]*[A-Z])"
)


def zh_sentences() -> Iterator[tuple[str, bool, int]]:
    """(sentence, opens its paragraph, characters of its paragraph (or the one before) before it)."""
    for article in zh_news():
        if half(article.id) != "tuning":
            continue
        before = 0
        for index, paragraph in enumerate(article.body):
            run = 0
            for at, sentence in enumerate(ZH_SENTENCE_RE.findall(paragraph)):
                if index or at:
                    yield sentence, at == 0, run if at else before
                run += len(sentence)
            before = run


def en_sentences() -> Iterator[tuple[str, bool, int]]:
    from bench.english_books import articles

    for article in articles():
        if half(article.id) != "tuning":
            continue
        before = 0
        for index, block in enumerate(article.blocks):
            text = " ".join(block)
            run = 0
            for at, sentence in enumerate(_en_split(text)):
                if index or at:
                    yield sentence, at == 0, run if at else before
                run += len(sentence)
            before = run


def _en_split(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in EN_SENTENCE_RE.finditer(text):
        pieces.append(text[start : match.end(1)])
        start = match.end()
    pieces.append(text[start:])
    return [p for p in pieces if p.strip()]


def en_colons() -> str:
    """Paragraphs that end in a colon, against colons inside a paragraph (and then a quote)."""
    from bench.english_books import articles

    ends = ends_quote = inside = inside_quote = 0
    for article in articles():
        if half(article.id) != "tuning":
            continue
        texts = [" ".join(block) for block in article.blocks]
        for text, following in zip(texts, [*texts[1:], ""], strict=True):
            if text.rstrip().endswith(":"):
                ends += 1
                ends_quote += following[:1] in '"“'
            inside += len(re.findall(r":\s+", text))
            inside_quote += len(re.findall(r':\s+["“]', text))
    return (
        f"gutenberg colons: ending a paragraph {ends} (then a quote {ends_quote}),"
        f" inside {inside} (then a quote {inside_quote})"
    )


def _print(name: str, counts: Counter[tuple[str, bool]], keys: list[str]) -> None:
    total_open = sum(n for (_, opens), n in counts.items() if opens)
    total_on = sum(n for (_, opens), n in counts.items() if not opens)
    print(
        f"{name}: sentences {total_open + total_on}, open a paragraph {total_open}, go on {total_on}"
    )
    for key in keys:
        opens, on = counts[(key, True)], counts[(key, False)]
        if opens + on:
            print(
                f"  {key:<24} opens {opens:5d}  goes on {on:5d}  odds {(opens + 0.5) / (on + 0.5):6.2f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=0, help="the commonest first characters")
    parser.add_argument("--long", type=int, default=0, help="only after this many characters")
    parser.add_argument("--short", type=int, default=0, help="only after fewer characters")
    args = parser.parse_args()
    for name, sentences, form, forms, first in (
        ("zh-news-xwlb", zh_sentences(), zh_any_form, ZH_FORMS, lambda s: s[:2]),
        (
            "gutenberg",
            en_sentences(),
            en_form,
            EN_FORMS,
            lambda s: s.split()[0] if s.split() else "",
        ),
    ):
        counts: Counter[tuple[str, bool]] = Counter()
        tops: Counter[tuple[str, bool]] = Counter()
        for sentence, opens, run in sentences:
            if run < args.long or (args.short and run >= args.short):
                continue
            counts[(form(sentence) or "-", opens)] += 1
            tops[(first(sentence), opens)] += 1
        _print(name, counts, [*forms, "-"])
        if args.top:
            common = Counter({k: 0 for k, _ in tops})
            for (key, _), n in tops.items():
                common[key] += n
            _print(f"{name} (first)", tops, [k for k, _ in common.most_common(args.top)])
    print(en_colons())


if __name__ == "__main__":
    main()
