"""The document model the writers read: the writers' view of a JATS article.

Writers never walk JATS themselves: they read this small immutable model, which is built only
from the validated JATS tree (`jats.from_jats`). That keeps "everything downstream reads only the
JATS" true while giving each writer the same, simple shape to render, so the formats cannot drift
apart in what they consider the title, the authors or a section.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Contributor:
    name: str
    role: str = ""


@dataclass(frozen=True)
class Paragraph:
    text: str
    lang: str | None = None  # set only where it differs from the article
    kind: str = ""  # JATS @content-type, e.g. "lead"


@dataclass(frozen=True)
class Section:
    title: str
    level: int  # 1 for a top-level sec, 2 for a sec inside it, …
    children: tuple[Paragraph | Section, ...] = ()
    lang: str | None = None


@dataclass(frozen=True)
class Document:
    lang: str
    article_type: str
    title: str
    subtitle: str = ""
    kicker: str = ""
    contributors: tuple[Contributor, ...] = ()
    body: tuple[Paragraph | Section, ...] = ()
    jats: bytes = field(default=b"", repr=False, compare=False)

    def byline(self) -> str:
        """The byline as every format prints it: role then names, grouped by role.

        Chinese and Japanese: `本报记者 张晶 边磊`; other languages: `By Jane Austen and Ann Smith`
        (or `Staff: A, B` when a role is given). One definition, so the fidelity tests can hold
        every format to the same string.
        """
        groups: list[str] = []
        east_asian = self.lang.split("-")[0] in ("zh", "ja", "ko")
        for role, members in itertools.groupby(self.contributors, key=lambda c: c.role):
            names = [c.name for c in members]
            if east_asian:
                groups.append(" ".join([role, *names]) if role else " ".join(names))
                continue
            joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            groups.append(f"{role}: {joined}" if role else f"By {joined}")
        return (" " if east_asian else "; ").join(groups)

    def sections(self) -> list[Section]:
        """Every section in reading order, depth first (for outlines and navigation)."""
        found: list[Section] = []

        def walk(items: tuple[Paragraph | Section, ...]) -> None:
            for item in items:
                if isinstance(item, Section):
                    found.append(item)
                    walk(item.children)

        walk(self.body)
        return found

    def paragraphs(self) -> list[Paragraph]:
        found: list[Paragraph] = []

        def walk(items: tuple[Paragraph | Section, ...]) -> None:
            for item in items:
                if isinstance(item, Section):
                    walk(item.children)
                else:
                    found.append(item)

        walk(self.body)
        return found

    def body_text(self) -> list[str]:
        """The text of every heading and paragraph of the body, in reading order.

        The fidelity tests compare this list against what each output format contains.
        """
        out: list[str] = []

        def walk(items: tuple[Paragraph | Section, ...]) -> None:
            for item in items:
                if isinstance(item, Section):
                    out.append(item.title)
                    walk(item.children)
                else:
                    out.append(item.text)

        walk(self.body)
        return out
