"""The review page: source and result side by side, every change highlighted and explained.

An editor has a minute to decide whether to trust Galley's work on a file. The page therefore
opens with what needs a human eye (warnings and errors), then the counts by kind, then the two
texts with every change marked in both, then the full log. Each mark links to its row in the log
and each row links back to both marks.

The page is one self-contained HTML file: CSS inlined, no script, no external asset, so it opens
from a CI artifact or an e-mail attachment as it is. It is built as an lxml tree, never by string
formatting, so the article's text can never become markup.

Where a change sits in the result is not stored in the log: `changes.positions.result_spans`
carries each change forward through the passes that ran after it.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence

import lxml.html
from lxml import etree
from lxml.html import builder as E

from .. import __version__
from ..changes import SEVERITIES, Change, result_spans

# Why each pass changes text, for changes whose pass gave no message of its own.
PASS_REASONS: dict[str, str] = {
    "line-endings": "line endings unified to LF",
    "invisible": "invisible or control character removed",
    "width": "full-width Latin letters and digits narrowed",
    "punctuation": "ASCII punctuation inside Chinese text widened to full width",
    "unwrap": "hard-wrapped line joined into its paragraph",
    "layout": "paragraph cut by a column or page break rejoined",
    "stray": "stray token between Chinese characters",
    "autospace": "a page's gap between Han and Latin, read back as a space, removed",
}

CSS = """
:root { --info: #bfdbfe; --warning: #fcd34d; --error: #fca5a5; --line: #d4d4d8; }
* { box-sizing: border-box; }
body { font: 15px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", sans-serif;
  margin: 0 auto; max-width: 1600px; padding: 1rem 1.5rem; color: #18181b; }
h1 { font-size: 1.3rem; margin: 0 0 .3rem; } h2 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.meta { color: #52525b; margin: 0 0 .8rem; }
.counts { display: flex; flex-wrap: wrap; gap: .4rem; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-radius: 4px; padding: .1rem .5rem; }
.attention { border-left: 4px solid #d97706; background: #fffbeb; padding: .4rem .8rem; }
.attention.clear { border-color: #16a34a; background: #f0fdf4; }
.texts { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.texts h2 { position: sticky; top: 0; background: #fff; margin: 0; padding: .3rem 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid var(--line);
  padding: .6rem .8rem; border-radius: 4px; max-height: 70vh; overflow-y: auto; }
a.m { color: inherit; text-decoration: none; border-radius: 2px;
  border-bottom: 2px solid #2563eb; }
a.m.info { background: var(--info); } a.m.warning { background: var(--warning); }
a.m.error { background: var(--error); } a.m.flag { outline: 1px dashed #b45309; }
a.m.empty::before { content: "\\2038"; color: #2563eb; font-weight: bold; }
.ws { color: #2563eb; font-size: .8em; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .2rem .4rem; text-align: left;
  vertical-align: top; }
td.t { font-family: ui-monospace, monospace; white-space: pre-wrap; }
td:last-child { white-space: nowrap; }
tr.warning td.sev { background: var(--warning); } tr.error td.sev { background: var(--error); }
tr:target, a.m:target { outline: 2px solid #2563eb; }
"""

# Characters shown as a visible token inside a mark, because an editor cannot review what
# they cannot see (a removed zero-width space, a CR in a CRLF).
# (CR and tab are spelled out: the CJK fonts pages fall back to have no control pictures.)
_VISIBLE = {"\n": "↵", "\r": "\\r", "\t": "\\t", " ": "·", "\u3000": "□"}


def _shown(text: str) -> list[etree._Element | str]:
    """Text with invisible characters made visible as small blue tokens (newlines kept)."""
    parts: list[etree._Element | str] = []
    for ch in text:
        token = _VISIBLE.get(ch)
        if token is None and unicodedata.category(ch) in ("Cf", "Cc", "Zs", "Zl", "Zp"):
            token = f"⟨U+{ord(ch):04X}⟩"
        if token is None:
            parts.append(ch)
        else:
            parts.append(E.SPAN(token, {"class": "ws"}))
            if ch == "\n":
                parts.append("\n")
    return parts


def _marked_text(
    text: str, spans: Sequence[tuple[int, int]], changes: Sequence[Change], prefix: str
) -> etree._Element:
    """`text` with each span wrapped in a link to its log row; overlaps split into segments."""
    box = E.DIV({"class": "text"})
    cuts = sorted({0, len(text), *(p for span in spans for p in span)})
    starts: dict[int, list[int]] = {}
    for i, (start, _) in enumerate(spans):
        starts.setdefault(start, []).append(i)
    active: set[int] = set()
    placed: set[int] = set()
    pieces: list[etree._Element | str] = []
    for left, right in zip(cuts, [*cuts[1:], len(text)], strict=False):
        for i in starts.get(left, []):
            if spans[i][1] == left:  # nothing left of it here: a deletion or insertion point
                pieces.append(_mark("", [i], changes, prefix, placed, empty=True))
            else:
                active.add(i)
        active = {i for i in active if spans[i][1] > left}
        segment = text[left:right]
        if not segment:
            continue
        if active:
            pieces.append(_mark(segment, sorted(active), changes, prefix, placed))
        else:
            pieces.append(segment)
    _append(box, pieces)
    return box


def _mark(
    segment: str,
    covering: list[int],
    changes: Sequence[Change],
    prefix: str,
    placed: set[int],
    *,
    empty: bool = False,
) -> etree._Element:
    main = covering[-1]  # the latest change over this text is the one that shaped it last
    change = changes[main]
    classes = ["m", change.severity] + (["flag"] if change.is_flag else [])
    classes += ["empty"] if empty else []
    mark = E.A({"class": " ".join(classes), "href": f"#c{main + 1}"})
    mark.set("title", "; ".join(_title(i, changes[i]) for i in covering))
    mark.set("data-changes", " ".join(str(i + 1) for i in covering))
    first = [i for i in covering if i not in placed]
    if first:
        mark.set("id", f"{prefix}{first[0] + 1}")
        placed.update(first)
    _append(mark, _shown(segment) if not empty else [])
    return mark


def _title(index: int, change: Change) -> str:
    return (
        f"#{index + 1} {change.severity}: {change.pass_name}/{change.kind} "
        f"(source {change.line}:{change.column}) {change.before!r} → {change.after!r}"
    )


def _append(parent: etree._Element, pieces: Sequence[etree._Element | str]) -> None:
    """Append text and elements in order (lxml keeps text in .text and .tail)."""
    last: etree._Element | None = None
    for piece in pieces:
        if isinstance(piece, str):
            if last is None:
                parent.text = (parent.text or "") + piece
            else:
                last.tail = (last.tail or "") + piece
        else:
            parent.append(piece)
            last = piece


def _reason(change: Change) -> str:
    return change.message or PASS_REASONS.get(change.pass_name, "")


def _log_table(changes: Sequence[Change]) -> etree._Element:
    head = E.TR(
        *(
            E.TH(h)
            for h in ("#", "severity", "pass / kind", "source", "before → after", "why", "where")
        )
    )
    rows = [head]
    for i, c in enumerate(changes, 1):
        what = "(flag: text kept)" if c.is_flag else ""
        rows.append(
            E.TR(
                {"id": f"c{i}", "class": c.severity},
                E.TD(str(i)),
                E.TD(c.severity, {"class": "sev"}),
                E.TD(f"{c.pass_name} / {c.kind}"),
                E.TD(f"{c.line}:{c.column}"),
                E.TD(
                    {"class": "t"},
                    *_shown(repr(c.before)),
                    " → ",
                    *_shown(repr(c.after)),
                    f" {what}" if what else "",
                ),
                E.TD(_reason(c)),
                E.TD(E.A("source", href=f"#s{i}"), " · ", E.A("result", href=f"#r{i}")),
            )
        )
    return E.TABLE({"class": "log"}, *rows)


def _attention(changes: Sequence[Change]) -> etree._Element:
    serious = [(i, c) for i, c in enumerate(changes, 1) if c.severity != "info"]
    if not serious:
        return E.P(
            {"class": "attention clear"},
            "Nothing needs your eye: every change is a routine repair (info). "
            "Skim the highlights below to confirm.",
        )
    items = [
        E.LI(
            E.A(f"#{i}", href=f"#c{i}"),
            f" {c.severity} at {c.line}:{c.column} — {c.pass_name}/{c.kind}: "
            f"{c.before!r} → {c.after!r}. {_reason(c)}",
        )
        for i, c in serious
    ]
    return E.DIV(
        {"class": "attention"},
        E.STRONG(f"{len(serious)} finding(s) need your eye:"),
        E.UL(*items),
    )


def review_page(
    name: str,
    source: str,
    result: str,
    changes: Sequence[Change],
    encoding: str = "",
    pages: etree._Element | None = None,  # a PDF's pages with the changes marked (review_pdf)
) -> bytes:
    return page_bytes(review_tree(name, source, result, changes, encoding, pages))


def page_bytes(page: etree._Element) -> bytes:
    return lxml.html.tostring(page, doctype="<!DOCTYPE html>", encoding="utf-8")


def review_tree(
    name: str,
    source: str,
    result: str,
    changes: Sequence[Change],
    encoding: str = "",
    pages: etree._Element | None = None,  # a PDF's pages with the changes marked (review_pdf)
) -> etree._Element:
    """The page as a tree, for the review server to add its controls to (`review_form`)."""
    kinds = Counter(f"{c.pass_name}/{c.kind}" for c in changes)
    severities = Counter(c.severity for c in changes)
    source_spans = [(c.source_start, max(c.source_start, c.source_end)) for c in changes]
    title = f"Galley review: {name}"
    body = E.BODY(
        E.H1(title),
        E.P(
            {"class": "meta"},
            f"read as {encoding} · {sum(not c.is_flag for c in changes)} changes, "
            f"{sum(c.is_flag for c in changes)} flags · "
            + ", ".join(f"{severities[s]} {s}" for s in reversed(SEVERITIES))
            + f" · Galley {__version__}",
        ),
        _attention(changes),
        E.UL({"class": "counts"}, *(E.LI(f"{k}: {n}") for k, n in sorted(kinds.items()))),
        *([pages] if pages is not None else []),
        E.DIV(
            {"class": "texts"},
            E.SECTION(E.H2("Source (as read)"), _marked_text(source, source_spans, changes, "s")),
            E.SECTION(
                E.H2("Result (repaired)"),
                _marked_text(result, result_spans(changes), changes, "r"),
            ),
        ),
        E.H2("Every change"),
        _log_table(changes),
    )
    page = E.HTML(
        E.HEAD(
            E.META(charset="utf-8"),
            E.META(name="viewport", content="width=device-width, initial-scale=1"),
            E.TITLE(title),
            E.STYLE(CSS),
        ),
        body,
        lang="zh",
    )
    return page
