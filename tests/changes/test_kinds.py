"""KINDS_BY_PASS is every kind of change the passes make, no more: read from the passes' code,
and seen when they run over the samples and damaged articles."""

from __future__ import annotations

import ast
import re

from bench.damage import damage_file
from convert.changes import KINDS, KINDS_BY_PASS, SEVERITIES
from convert.normalize import PASSES, normalize
from convert.normalize.punctuation import MARK_KINDS

from ..conftest import REPO

NORMALIZE = REPO / "convert" / "normalize"
KIND_RE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
MAKERS = {"Edit", "Repair", "_line_edit"}  # what a pass builds its edits with


def _kind_literals(tree: ast.AST) -> set[str]:
    """Strings that name a kind: an argument of Edit/Repair/_line_edit shaped like a kind (not a
    message, a replacement or a severity), `..., kind = ..., "kind"` assignments, and the kind in
    a mojibake outcome `return repaired, "kind", message, severity`."""
    found: set[str] = set()
    for node in ast.walk(tree):
        values: list[ast.expr] = []
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in MAKERS:
            values = [*node.args[2:], *(k.value for k in node.keywords if k.arg == "kind")]
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple):
            targets = node.targets[0]
            if isinstance(targets, ast.Tuple):
                values = [
                    v
                    for t, v in zip(targets.elts, node.value.elts, strict=False)
                    if isinstance(t, ast.Name) and t.id == "kind"
                ]
        elif isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple):
            values = node.value.elts[1:2] if len(node.value.elts) == 4 else []
        found.update(
            v.value
            for v in values
            if isinstance(v, ast.Constant)
            and isinstance(v.value, str)
            and KIND_RE.fullmatch(v.value)
            and v.value not in SEVERITIES
        )
    return found


def test_every_kind_in_the_passes_code_is_listed_and_every_listed_kind_is_made() -> None:
    in_code = set().union(
        *(_kind_literals(ast.parse(p.read_text(encoding="utf-8"))) for p in NORMALIZE.rglob("*.py"))
    )
    in_code |= {f"cjk-{kind}" for kind in MARK_KINDS.values()}  # made as f"cjk-{kind}"
    assert in_code - KINDS == set(), "a pass makes a kind missing from changes/kinds.py"
    assert KINDS - in_code == set(), "changes/kinds.py lists a kind no pass makes"


def test_kinds_are_listed_under_the_passes_in_their_order() -> None:
    assert list(KINDS_BY_PASS) == [p.name for p in PASSES]
    assert len(KINDS) == sum(map(len, KINDS_BY_PASS.values()))  # no kind under two passes


def test_every_kind_made_on_the_samples_and_damaged_articles_is_listed_under_its_pass() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "samples").glob("*.txt"))]
    paragraphs = ["今天天气很好, 我们去公园散步(大约两小时) and 看见了“花”……", "第二段:结束!"] * 6
    texts += [damage_file("标题", paragraphs, seed).text for seed in range(6)]
    seen: set[tuple[str, str]] = set()
    for text in texts:
        seen.update((c.pass_name, c.kind) for c in normalize(text).changes)
    assert len(seen) > 10
    assert {(p, k) for p, k in seen if k not in KINDS_BY_PASS.get(p, ())} == set()
