"""Which house style a document is set in, and where that style's files are.

A house style is a folder in `styles/`: `style.css` (HTML, PDF and EPUB) and `docx.toml` (the DOCX
named styles), plus `style.toml` naming the font families to embed in an EPUB. The writers never
open those paths themselves; they ask `resolve_style`, so the rules below hold in every format:

- no style given (None, "" or "auto"): the document's language picks it, because a Chinese article
  set in an English book style (or the reverse) is wrong in every format at once;
- a name: the folder of that name;
- a path ending in `.css`: that sheet replaces the CSS of the language's default style, whose DOCX
  definition and fonts still apply (a sheet says nothing about Word styles). The PDF renderer may
  then read files only from the sheet's own folder.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import UsageError, WriterError


def _styles_dir() -> Path:
    """The house styles' folder: package data of `convert` when installed from a wheel (setup.py
    maps styles/ there), else the top-level styles/ beside the package in a checkout (which an
    editable install also runs from)."""
    package = resources.files("convert")
    shipped = package / "styles"
    if isinstance(shipped, Path) and shipped.is_dir():
        return shipped.resolve()
    return Path(str(package)).resolve().parent / "styles"


STYLES_DIR = _styles_dir()

AUTO = ("", "auto")

# Primary language subtag -> house style. Chinese (Simplified and Traditional) and Japanese share
# news-zh: its sheet switches fonts and indent by `:lang()`, and its docx.toml keys the East Asian
# fonts by Word language, so one style serves all three and is changed in one place.
DEFAULT_STYLE_BY_LANGUAGE = {"zh": "news-zh", "ja": "news-zh", "yue": "news-zh", "lzh": "news-zh"}
FALLBACK_STYLE = "book-en"


@dataclass(frozen=True)
class Style:
    """A resolved house style: the files each writer reads."""

    name: str  # the folder's name, or the sheet's file name for a .css override
    folder: Path  # the style folder: docx.toml and style.toml come from here
    css_path: Path  # the sheet for HTML, PDF and EPUB
    resource_root: Path  # the only folder the PDF renderer may read files from

    @property
    def docx_path(self) -> Path:
        return self.folder / "docx.toml"

    def embed_families(self, lang: str) -> list[str]:
        """The font families an EPUB embeds for text in `lang` (from `style.toml`, may be empty).

        `style.toml` has `[embed] default = [...]` and optional per-language lists keyed by BCP 47
        prefixes (`zh-Hant`, `ja`); the longest matching key wins, as `:lang()` does in CSS.
        """
        path = self.folder / "style.toml"
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise WriterError(
                f"cannot read the style's font list ({error}); fix it", path
            ) from None
        table = data.get("embed", {})
        if not isinstance(table, dict):
            raise WriterError("[embed] must be a table of family lists", path)
        key = best_language_key(lang, [k for k in table if k != "default"])
        families = table.get(key) if key else table.get("default", [])
        if not isinstance(families, list) or not all(isinstance(f, str) for f in families):
            raise WriterError(f"[embed] {key or 'default'} must be a list of family names", path)
        return list(families)


def best_language_key(lang: str, keys: list[str]) -> str | None:
    """The longest key that is `lang` or a hyphen-prefix of it, case-insensitively.

    >>> best_language_key("zh-Hant-TW", ["zh", "zh-Hant", "ja"])
    'zh-Hant'
    >>> best_language_key("en", ["zh", "ja"]) is None
    True
    """
    wanted = lang.lower()
    matches = [k for k in keys if wanted == k.lower() or wanted.startswith(k.lower() + "-")]
    return max(matches, key=len) if matches else None


def default_style_name(lang: str) -> str:
    """news-zh for Chinese and Japanese, book-en for English and everything else."""
    primary = (lang or "").replace("_", "-").split("-")[0].lower()
    return DEFAULT_STYLE_BY_LANGUAGE.get(primary, FALLBACK_STYLE)


def resolve_style(
    name_or_path: str | Path | None, lang: str, styles_dir: Path = STYLES_DIR
) -> Style:
    """The style a document in `lang` is set in: a name, a FILE.css, or None/"auto" for the default.

    Raises UsageError for a name with no folder or a .css path that is not a file, because both are
    mistakes on the command line that no retry fixes.
    """
    given = "" if name_or_path is None else str(name_or_path)
    if given.strip().lower() in AUTO:
        return _named(default_style_name(lang), styles_dir)
    if given.lower().endswith(".css"):
        sheet = Path(given).expanduser()
        if not sheet.is_file():
            raise UsageError(f"style sheet {given!r} does not exist or is not a file")
        base = _named(default_style_name(lang), styles_dir)
        sheet = sheet.resolve()
        return Style(sheet.name, base.folder, sheet, sheet.parent)
    return _named(given, styles_dir)


def _named(name: str, styles_dir: Path) -> Style:
    folder = styles_dir / name
    if "/" in name or "\\" in name or name in (".", "..") or not folder.is_dir():
        folders = styles_dir.iterdir() if styles_dir.is_dir() else iter(())
        known = ", ".join(sorted(p.name for p in folders if p.is_dir()))
        raise UsageError(
            f"unknown style {name!r}: no folder {folder}; known styles: {known or 'none'}; "
            "or give a .css file"
        )
    return Style(name, folder, folder / "style.css", folder)


# --- at-rules a renderer must not see -------------------------------------------------------------


def without_at_rules(css: str, name: str) -> str:
    """The sheet without its `@name` rules (blocks and all); comments and strings are skipped
    whole, so a brace or an at-keyword inside them is not taken for one.

    Text between the characters that can start a comment, a string or an at-rule is copied a
    stretch at a time (a sheet is read for every EPUB, PDF and HTML page).

    >>> without_at_rules("p { } @supports (x: y) { .a { b: c } } h1 { }", "supports")
    'p { }  h1 { }'
    """
    keyword = f"@{name}".lower()
    out: list[str] = []
    i = 0
    while (found := _SHEET_MARKS.search(css, i)) is not None:
        start = found.start()
        out.append(css[i:start])
        end = _opaque_end(css, start)
        if end > start:
            out.append(css[start:end])
            i = end
        elif css[start : start + len(keyword)].lower() == keyword and not _is_name_char(
            css, start + len(keyword)
        ):
            i = _rule_end(css, start)
        else:
            out.append(css[start])
            i = start + 1
    out.append(css[i:])
    return "".join(out)


# where a comment, a string or an at-keyword may start; inside a rule, also its ends and blocks
_SHEET_MARKS = re.compile(r"/\*|[\"'@]")
_RULE_MARKS = re.compile(r"/\*|[\"';{}]")


def _is_name_char(css: str, i: int) -> bool:
    return i < len(css) and (css[i].isalnum() or css[i] in "-_")


def _opaque_end(css: str, i: int) -> int:
    """The end of the comment or string starting at `i` (or `i` itself if none starts there)."""
    if css.startswith("/*", i):
        end = css.find("*/", i + 2)
        return len(css) if end < 0 else end + 2
    if css[i] in "\"'":
        j = i + 1
        while j < len(css) and css[j] != css[i] and css[j] != "\n":
            j += 2 if css[j] == "\\" else 1
        return min(j + 1, len(css))
    return i


def _rule_end(css: str, i: int) -> int:
    """Where the at-rule starting at `i` ends: after its matching `}` (or its `;` if none)."""
    depth = 0
    while (found := _RULE_MARKS.search(css, i)) is not None:
        start = found.start()
        end = _opaque_end(css, start)
        if end > start:
            i = end
            continue
        char = css[start]
        i = start + 1
        if char == ";" and depth == 0:
            return i
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i
    return len(css)
