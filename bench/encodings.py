"""Does Galley's reader decode real legacy-encoded files to the text their label says?

Runs `convert.readers.text.decode` over every file in ../shared/corpus/encodings-chardet/ (the chardet test
corpus: RSS feeds, HTML pages and samples whose folder name is the true encoding) and compares the
result with decoding the same bytes with the labelled codec. Prints a table per label and every
failure. The target (issue 3) is 100 % for GB2312, Big5, Shift_JIS/CP932, EUC-JP, UTF-16 and
UTF-8; the other labels are reported for information.

    .venv/bin/python bench/encodings.py [CORPUS_DIR]
"""

from __future__ import annotations

import contextlib
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from convert.errors import InputError  # noqa: E402
from convert.readers.text import decode  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "encodings-chardet"

# Folder label -> the codecs that count as "its labelled codec" (the first that decodes wins).
# Big5 feeds are often really cp950 (Microsoft's Big5); the corpus notes say either decodes them.
# GB2312 is read with GBK, as the WHATWG Encoding Standard (every browser) reads the label
# "gb2312": Python's own gb2312 codec differs from GBK/GB18030 on exactly two punctuation marks,
# A1AA (U+2015 ― instead of the em dash U+2014 — that Chinese text uses, twice for ——) and A1A4
# (U+30FB ・ instead of the middle dot U+00B7 ·); GBK and GB18030 agree with each other.
LABELS: dict[str, tuple[str, ...]] = {
    "GB2312": ("gbk", "gb18030"),
    "Big5": ("big5", "cp950"),
    "SHIFT_JIS": ("shift_jis", "cp932"),
    "CP932": ("cp932",),
    "EUC-JP": ("euc_jp",),
    "UTF-16": ("utf-16",),
    "utf-8": ("utf-8",),
    "utf-8-sig": ("utf-8-sig",),
    # informative only
    "EUC-TW": (),  # no Python codec
    "iso-2022-jp": ("iso2022_jp",),
    "windows-1252": ("cp1252",),
    "iso-8859-1": ("latin-1",),
    "ascii": ("ascii",),
}
TARGETED = ("GB2312", "Big5", "SHIFT_JIS", "CP932", "EUC-JP", "UTF-16", "utf-8", "utf-8-sig")


def truth(data: bytes, label: str) -> str | None:
    """The text the labelled codec gives, or None when no codec of the label decodes the file."""
    for codec in LABELS[label]:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


XXD_LINE = re.compile(rb"^[0-9a-f]{8}: (?:[0-9a-f]{2,4} )+ .*$")


def file_bytes(path: Path) -> tuple[bytes, str]:
    """The file's bytes; a file that is an `xxd` dump of the real bytes is reversed (the chardet
    corpus stores UTF-16/bom-utf-16-le.srt that way: a dump of the big-endian file)."""
    data = path.read_bytes()
    lines = data.splitlines()
    if lines and all(XXD_LINE.match(line) for line in lines):
        hex_digits = b"".join(line[10:50].replace(b" ", b"") for line in lines)
        return bytes.fromhex(hex_digits.decode("ascii")), " [xxd dump in the corpus, reversed]"
    return data, ""


def check(path: Path, label: str) -> tuple[bool, str]:
    """(same text as the label's codec?, what Galley decided)."""
    data, note = file_bytes(path)
    expected = truth(data, label)
    try:
        decoded = decode(data, path)
    except InputError as exc:
        return False, f"refused: {exc.message}"
    decision = f"{decoded.encoding} ({decoded.method}, {decoded.confidence:.2f}){note}"
    if expected is None:
        return False, f"{decision}; no codec for the label"
    if decoded.text == expected:
        return True, decision
    differing = sum(1 for a, b in zip(decoded.text, expected, strict=False) if a != b)
    differing += abs(len(decoded.text) - len(expected))
    return False, f"{decision}; {differing} characters differ"


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else CORPUS
    failures: list[str] = []
    total_ok = total = 0
    print(f"{'label':<14}{'files':>6}{'same text':>11}  decided as")
    for label in LABELS:
        folder = corpus / label
        files = sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
        ok = 0
        decisions: dict[str, int] = {}
        for path in files:
            same, decision = check(path, label)
            ok += same
            name = decision.split(" (")[0].split(";")[0]
            decisions[name] = decisions.get(name, 0) + 1
            if not same:
                failures.append(f"  {label}/{path.name}: {decision}")
        if label in TARGETED:
            total_ok += ok
            total += len(files)
        mark = "" if label in TARGETED else "  (informative)"
        seen = ", ".join(f"{k} ×{v}" for k, v in sorted(decisions.items()))
        print(f"{label:<14}{len(files):>6}{ok:>6}/{len(files):<4}  {seen}{mark}")
    print(
        f"\ntargeted labels: {total_ok}/{total} = {100 * total_ok / max(total, 1):.1f} % same text"
    )
    if failures:
        print("failures:")
        print("\n".join(failures))
    reencoded(corpus)
    return 0


def reencoded(corpus: Path) -> None:
    """The same texts re-encoded the ways the corpus lacks: UTF-16 without a BOM (both byte
    orders), UTF-8 with a BOM, and GB18030."""
    texts = []
    for label in ("GB2312", "Big5", "SHIFT_JIS", "CP932", "EUC-JP", "utf-8"):
        for path in sorted((corpus / label).iterdir()):
            text = truth(file_bytes(path)[0], label)
            if text is not None:
                texts.append(text)
    print(f"\nthe {len(texts)} CJK and UTF-8 texts re-encoded:")
    for codec, prefix in (
        ("utf-16-le", b""),
        ("utf-16-be", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("gb18030", b""),
    ):
        ok = tried = 0
        for text in texts:
            try:
                data = prefix + text.encode(codec)
            except UnicodeEncodeError:
                continue
            tried += 1
            with contextlib.suppress(InputError):
                ok += decode(data).text == text
        name = codec + (" with BOM" if prefix else " without BOM" if "16" in codec else "")
        print(f"  {name:<24}{ok:>4}/{tried:<4} same text")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
