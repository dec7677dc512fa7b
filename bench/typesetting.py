"""PDF size and typesetting of every sample, Galley beside pandoc → WeasyPrint, in one run.

For each document (samples/, the Japanese test text tests/fixtures/typesetting/ja-typesetting.txt, and
any FILE given) it writes Galley's PDF (`galley convert -t pdf`) and the peer's (`pandoc -s
SAMPLE.txt -o x.html`, then `weasyprint x.html x.pdf`, the same text set by WeasyPrint's
defaults; `-s` because a fragment has no `<meta charset>` and WeasyPrint then reads the UTF-8
as Latin-1), and prints:

- size: bytes of each, their ratio, pages, and Galley's KB per 4 pages of CJK text (issue 17:
  the seed ≤ 1.0× the peer, every sample ≤ 300 KB per 4 pages);
- justification: the justified body lines (not a paragraph's last) and how many end more
  than 0.5 pt from the measure, with the worst (from `pdftotext -bbox-layout`);
- line edges: lines starting or ending with a mark clreq forbids there;
- adjacent marks: each pair of punctuation marks and the room it takes in ems, as measured and
  less the line's justification (`raw/set`; 1.5 wanted, 2 for Japanese ？」, 1.75 for zh-Hant
  ？”), and how many are off that by more than 0.03 em; the peer's are printed too;
- fonts (`pdffonts`): the faces, their types, whether every one is embedded and subset;
- PDFium (pypdfium2): every page rendered, and the least inked page's share of non-white pixels.

With `--all`, each document is also written as PDF/UA-1 and PDF/A-2b and in the other house
style (`--style book-en` for Chinese and Japanese, `--style news-zh` for English), each through
the same checks.

    .venv/bin/python bench/typesetting.py [--keep DIR] [--all] [FILE ...]

The classification of lines is tests/support/pdf_lines.py, shared with the tests.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from convert.engines.pandoc import pandoc_path  # noqa: E402
from tests.support.pdf_lines import (  # noqa: E402
    edge_violations,
    expected_em,
    justified_lines,
    mark_pairs,
    pdf_lines,
    short_lines,
)
from tests.support.pdf_text import pdf_fonts  # noqa: E402

BIN = Path(sys.executable).parent
# (style, script) -> (text-indent in ems, body size in pt) of a body paragraph
INDENT = {
    ("news-zh", "zh"): (2.0, 10.5),
    ("news-zh", "ja"): (1.0, 10.5),
    ("news-zh", "en"): (2.0, 10.5),
    ("book-en", "zh"): (1.5, 11.0),
    ("book-en", "ja"): (1.5, 11.0),
    ("book-en", "en"): (1.5, 11.0),
}
KANA = re.compile("[\u3040-\u30ff]")
HAN = re.compile("[\u4e00-\u9fff]")
TRADITIONAL = re.compile("[們這說為會來時個國對]")  # common in zh-Hant, absent from zh-Hans
DOCUMENTS = [
    *sorted((ROOT / "samples").glob("*.txt")),
    ROOT / "tests" / "fixtures" / "typesetting" / "ja-typesetting.txt",
]


def script_of(text: str) -> str:
    """'ja', 'zh' or 'en' by what the text holds: kana, Han, neither (enough for the styles)."""
    if len(KANA.findall(text)) > 20:
        return "ja"
    return "zh" if len(HAN.findall(text)) > 100 else "en"


def galley_pdf(sample: Path, out: Path, extra: list[str]) -> Path:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "CI": "true"}
    command = [sys.executable, "-m", "convert", "convert", str(sample), "-t", "pdf"]
    subprocess.run(
        [*command, "--no-review", "-o", str(out), *extra], env=env, check=True, capture_output=True
    )
    return out / f"{sample.stem}.pdf"


def peer_pdf(sample: Path, out: Path) -> Path:
    html, pdf = out / f"{sample.stem}.peer.html", out / f"{sample.stem}.peer.pdf"
    subprocess.run(
        [pandoc_path(), "-s", str(sample), "-o", str(html)], check=True, capture_output=True
    )
    subprocess.run([str(BIN / "weasyprint"), str(html), str(pdf)], check=True, capture_output=True)
    return pdf


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages"))
    )


def typesetting(data: bytes, style: str, lang: str) -> dict[str, object]:
    width, lines = pdf_lines(data)
    left = statistics.mode(round(line.x0, 1) for line in lines)
    ems, size = INDENT[(style, lang[:2])]
    justified = justified_lines(lines, left, ems * size)
    short = short_lines(justified, width - left, em=size)
    flush = [line for line in justified if line not in short]
    plain = [abs(width - left - line.x1) for line in flush if abs(width - left - line.x1) <= 0.5]
    worst, half = max(plain, default=0.0), len(flush) - len(plain)
    found = mark_pairs(data)
    pairs = Counter(f"{pair.marks} {pair.em:.2f}/{pair.set_em:.2f}" for pair in found)
    off = [p for p in found if p.cjk and abs(p.set_em - expected_em(lang, p.marks)) > 0.03]
    latin = [p for p in found if not p.cjk]
    return {
        "justified": len(justified),
        "off": len(short),
        "worst": worst,
        "half": half,
        "edges": edge_violations(lines, left + ems * size),
        "pairs": dict(sorted(pairs.items())),
        "pairs_off": [f"{p.marks} {p.set_em:.2f}" for p in off],
        "latin": len(latin),
    }


def fonts(data: bytes) -> str:
    found = pdf_fonts(data)
    types = Counter(f["type"] for f in found)
    embedded = all(f["emb"] == "yes" and f["sub"] == "yes" for f in found)
    listed = ", ".join(f"{n}× {t}" for t, n in sorted(types.items()))
    return f"{len(found)} faces ({listed}), all embedded and subset: {embedded}"


def pdfium(data: bytes) -> str:
    """Every page drawn by PDFium; the least inked page's share of non-white pixels (a page
    that drew nothing would show 0)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    inked = []
    for page in document:
        image = page.render(scale=50 / 72).to_pil().convert("L")
        histogram = image.histogram()
        inked.append(1 - histogram[255] / sum(histogram))
    return f"PDFium drew {len(inked)} pages, least inked {min(inked):.1%}"


def report(name: str, pdf: Path, style: str, lang: str) -> None:
    data = pdf.read_bytes()
    found = typesetting(data, style, lang)
    count = pages(pdf)
    per4 = f"{len(data) / 1024 / count * 4:.0f} KB/4 pages" if lang[:2] != "en" else "not CJK"
    print(f"  {name}: {len(data) / 1024:.0f} KB, {count} pages ({per4})")
    print(
        f"    {found['justified']} justified lines, {found['off']} more than 0.5 pt off the "
        f"measure (worst {found['worst']:.2f} pt, {found['half']} ending in a half-width "
        f"mark); {len(found['edges'])} line-edge faults "
        f"{found['edges']}"
    )
    print(
        f"    adjacent marks raw/set em {found['pairs']}; {found['latin']} with a mark in a "
        f"Latin face (not checked); off: {found['pairs_off']}"
    )
    print(f"    {fonts(data)}; {pdfium(data)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="more text files to check")
    parser.add_argument("--keep", type=Path, help="write the PDFs here and keep them")
    parser.add_argument("--all", action="store_true", help="PDF/UA, PDF/A and the other style")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="galley-typesetting-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        for sample in [*DOCUMENTS, *args.files]:
            text = sample.read_text(encoding="utf-8")
            script = script_of(text)
            lang = "zh-Hant" if script == "zh" and TRADITIONAL.search(text) else script
            style = "book-en" if script == "en" else "news-zh"
            other = "news-zh" if style == "book-en" else "book-en"
            runs: list[tuple[str, str, list[str]]] = [(style, style, [])]
            if args.all:
                runs += [
                    (f"{style} pdf/ua-1", style, ["--pdf-variant", "pdf/ua-1"]),
                    (f"{style} pdf/a-2b", style, ["--pdf-variant", "pdf/a-2b"]),
                    (other, other, ["--style", other]),
                ]
            theirs = peer_pdf(sample, folder)
            print(f"{sample.stem} ({lang}):")
            for index, (name, run_style, extra) in enumerate(runs):
                out = folder / f"{sample.stem}.{index}"
                ours = galley_pdf(sample, out, extra)
                report(f"galley {name}", ours, run_style, lang)
                if index == 0:
                    size, peer = ours.stat().st_size, theirs.stat().st_size
                    print(
                        f"  pandoc→WeasyPrint {peer / 1024:.0f} KB, {pages(theirs)} pages; "
                        f"galley / peer {size / peer:.2f}"
                    )
                    pairs = Counter(
                        f"{p.marks} {p.em:.2f}" for p in mark_pairs(theirs.read_bytes())
                    )
                    print(f"    peer's adjacent marks {dict(sorted(pairs.items()))}")
    finally:
        if args.keep is None:
            shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
