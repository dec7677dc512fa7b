"""Decisions rewritten from the review form: verdicts, roles, stale ones kept or deleted, notes."""

from __future__ import annotations

from dataclasses import replace

from convert.decisions import ChangeDecision, Decisions, StructureDecision, decide_changes
from convert.decisions.edit import updated
from convert.normalize import normalize

TEXT = "他说,你好。\n\n她说,再见。\n"


def test_verdicts_roles_and_stale_decisions() -> None:
    changes = normalize(TEXT).changes
    gone = ChangeDecision("reject", "cjk-comma", ",", "，", "不在这里", "")
    kept = replace(
        ChangeDecision("accept", "cjk-comma", ",", "，", "他说", "你好。\n\n她说,再见"),
        note="house style",
    )
    old = Decisions((kept, gone), (StructureDecision("heading", "没有这一行"),))
    _, _, decided = decide_changes(TEXT, changes, old)
    assert decided.stale_changes == (1,) and decided.verdict(0) == "accept"
    decided = replace(decided, stale_structure=(0,))
    new = updated(decided, {0: "accept", 1: "reject"}, {"她说，再见。": "heading", "x": ""}, {1})
    assert [(d.verdict, d.left) for d in new.changes] == [
        ("accept", "他说"),
        ("reject", "他说,你好。\n\n她说"),
        ("reject", "不在这里"),  # stale, kept: the source may come back
    ]
    assert new.changes[0].note == "house style"
    assert new.structure == (StructureDecision("heading", "她说，再见。"),)  # stale one deleted
    assert not updated(decided, {0: "", 1: ""}, {}, {0, 1})  # nothing left: no file
