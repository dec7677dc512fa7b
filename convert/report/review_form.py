"""The review page made editable, for `galley review`: a form around the page, with a verdict
(accept / reject) on every change, a role on every block of the structure, the rejected changes
(to take a rejection back) and the stale decisions (to keep or delete).

Still no script: one plain HTML form posted to the review server, which writes the decisions
file and converts again (`report.server`). Fields: `c<N>` the verdict on change N of the log as
the passes made it, `b<N>` the role of block N of the outline, `s<N>` stale decision N.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree
from lxml.html import builder as E

from ..changes import Change
from ..decisions import ROLES, VERDICTS, Decided
from .review import _shown

FORM_CSS = """
.bar { position: sticky; top: 0; z-index: 2; background: #f4f4f5; border: 1px solid #d4d4d8;
  border-radius: 4px; padding: .4rem .8rem; display: flex; gap: 1rem; align-items: center; }
.bar button { font: inherit; padding: .2rem .9rem; background: #1d4ed8; color: #fff;
  border: 0; border-radius: 4px; cursor: pointer; }
.saved { border-left: 4px solid #16a34a; background: #f0fdf4; padding: .4rem .8rem; }
.saved.failed { border-color: #dc2626; background: #fef2f2; }
select { font: inherit; font-size: .85rem; }
tr.decided-reject td { text-decoration: line-through; color: #71717a; }
td.block { max-width: 60rem; overflow-wrap: anywhere; }
"""


def add_review_form(
    page: etree._Element,
    decided: Decided,
    changes: Sequence[Change],
    action: str,
    source_digest: str,
    banner: etree._Element | None = None,
) -> etree._Element:
    """`page` (the review page of `changes`, the log after the decisions) with its controls."""
    body = page.find("body")
    head = page.find("head")
    assert body is not None and head is not None
    head.append(E.STYLE(FORM_CSS))
    form = E.FORM({"method": "post", "action": action, "id": "decisions"})
    form.append(E.INPUT(type="hidden", name="source", value=source_digest))
    bar = E.DIV(
        {"class": "bar"},
        E.BUTTON("Save decisions and re-render", type="submit", id="save"),
        E.SPAN(f"decisions file: {decided.path.name if decided.path else '(none yet)'}"),
    )
    children = list(body)[1:]
    for child in children:
        body.remove(child)
    form.append(bar)
    if banner is not None:
        form.append(banner)
    form.extend(children)
    _verdict_column(form, decided, changes)
    log_heading = next(h for h in form.iter("h2") if h.text == "Every change")
    index = list(form).index(log_heading)
    for offset, section in enumerate((*_structure(decided), *_rejected(decided), *_stale(decided))):
        form.insert(index + offset, section)
    body.insert(1, form)
    return page


def _select(name: str, options: Sequence[tuple[str, str]], selected: str) -> etree._Element:
    select = E.SELECT(name=name)
    for value, label in options:
        option = E.OPTION(label, value=value)
        if value == selected:
            option.set("selected", "selected")
        select.append(option)
    return select


def _verdicts(name: str, selected: str) -> etree._Element:
    return _select(name, [("", "—"), *((v, v) for v in VERDICTS)], selected)


def _verdict_column(form: etree._Element, decided: Decided, changes: Sequence[Change]) -> None:
    """A verdict on each row of the log (rows are the new log's; fields name the original)."""
    table = next(t for t in form.iter("table") if t.get("class") == "log")
    rows = list(table)
    rows[0].append(E.TH("decision"))
    for row, original in zip(rows[1:], decided.kept, strict=True):
        row.append(E.TD(_verdicts(f"c{original}", decided.verdict(original))))
    assert len(rows) - 1 == len(changes)


def _structure(decided: Decided) -> list[etree._Element]:
    rows = [E.TR(E.TH("#"), E.TH("Galley made it"), E.TH("text"), E.TH("decision"))]
    seen: set[str] = set()
    for n, block in enumerate(decided.outline):
        if block.text in seen:
            continue  # a decision names a block by its text: one control per text
        seen.add(block.text)
        made = f"heading {block.level}" if block.role == "heading" else block.role
        shown = block.text if len(block.text) <= 160 else block.text[:159] + "…"
        options = [("", "as Galley made it"), *((r, r) for r in ROLES)]
        rows.append(
            E.TR(
                {"id": f"b{n}"},
                E.TD(str(n + 1)),
                E.TD(made),
                E.TD({"class": "block"}, shown),
                E.TD(_select(f"b{n}", options, decided.role_of(block.text))),
            )
        )
    return [E.H2("Structure"), E.TABLE({"class": "structure"}, *rows)]


def add_decisions_summary(page: etree._Element, decided: Decided) -> etree._Element:
    """The static review page of a document with decisions: what they took out and what is
    stale, read-only, before the log (the page `galley convert` writes)."""
    body = page.find("body")
    assert body is not None
    head = page.find("head")
    assert head is not None
    head.append(E.STYLE(FORM_CSS))
    log_heading = next(h for h in body.iter("h2") if h.text == "Every change")
    index = list(body).index(log_heading)
    sections = (*_rejected(decided, editable=False), *_stale(decided, editable=False))
    for offset, section in enumerate(sections):
        body.insert(index + offset, section)
    return page


def _rejected(decided: Decided, editable: bool = True) -> list[etree._Element]:
    """The changes the output no longer has: rejected, or dropped with one."""
    out = [i for i in range(len(decided.original)) if decided.verdict(i) in ("reject", "dropped")]
    if not out:
        return []
    rows = [E.TR(*(E.TH(h) for h in ("pass / kind", "source", "before → after", "decision")))]
    for i in out:
        c = decided.original[i]
        verdict = decided.verdict(i)
        number = (decided.decision_of[i] or 0) + 1
        if verdict != "reject":
            control = E.SPAN("dropped: it depended on a rejected change")
        elif editable:
            control = _verdicts(f"c{i}", verdict)
        else:
            control = E.SPAN(f"rejected by decision {number}")
        rows.append(
            E.TR(
                {"class": f"decided-{verdict}", "id": f"x{i}"},
                E.TD(f"{c.pass_name} / {c.kind}"),
                E.TD(f"{c.line}:{c.column}"),
                E.TD({"class": "t"}, *_shown(repr(c.before)), " → ", *_shown(repr(c.after))),
                E.TD(control),
            )
        )
    return [E.H2("Rejected changes (not in the output)"), E.TABLE({"class": "rejected"}, *rows)]


def _stale(decided: Decided, editable: bool = True) -> list[etree._Element]:
    lines = decided.stale()
    if not lines:
        return []
    keep = [("keep", "keep"), ("delete", "delete")]
    items = [
        E.LI(line, " ", _select(f"s{n}", keep, "keep")) if editable else E.LI(line)
        for n, line in enumerate(lines)
    ]
    return [E.H2("Stale decisions (they match nothing any more)"), E.UL({"class": "stale"}, *items)]
