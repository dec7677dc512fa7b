from __future__ import annotations

from pathlib import Path

from ..conftest import REPO

SEED = REPO / "samples" / "000_331d64802fbda7f9.txt"


def tree(root: Path) -> Path:
    """An input tree: the seed at the top, two small articles in nested folders, a note."""
    inbox = root / "inbox"
    (inbox / "2024" / "may").mkdir(parents=True)
    (inbox / "000_seed.txt").write_bytes(SEED.read_bytes())
    (inbox / "2024" / "a.txt").write_text(
        "标题\n\n正文,第一段。\n\n第二段;结束。", encoding="utf-8"
    )
    (inbox / "2024" / "may" / "b.text").write_text("Title\n\nA short English text.", "utf-8")
    (inbox / "2024" / "notes.md").write_text("# not an input", encoding="utf-8")
    return inbox


def files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".galley-manifest.json"
    }
