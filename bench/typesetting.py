"""PDF size and typesetting of every sample, Galley beside pandoc → WeasyPrint, in one run.

For each sample it writes Galley's PDF (`galley convert -t pdf`) and the peer's (`pandoc -s
SAMPLE.txt -o x.html`, then `weasyprint x.html x.pdf`, the same text set by WeasyPrint's
defaults; `-s` because a fragment has no `<meta charset>` and WeasyPrint then reads the UTF-8
as Latin-1), and prints:

- size: bytes of each, their ratio, pages, and Galley's KB per 4 pages of CJK text (issue 17:
  the seed ≤ 1.0× the peer, every sample ≤ 300 KB per 4 pages);
- justification: the justified body lines (not a paragraph's last) and how many end more
  than 0.5 pt from the measure, with the worst (from `pdftotext -bbox-layout`);
- line edges: lines starting or ending with a mark clreq forbids there;
- adjacent marks: each pair of punctuation marks and the room it takes in ems (1.5 wanted);
  the peer's are printed too.

    .venv/bin/python bench/typesetting.py [--keep DIR]

The classification of lines is tests/support/pdf_lines.py, shared with the tests.
"""

from __future__ import annotations

import argparse
import os
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
    justified_lines,
    mark_pairs,
    pdf_lines,
    short_lines,
)

BIN = Path(sys.executable).parent
INDENT_EMS = {"news-zh": 2.0, "book-en": 1.5}
BODY_PT = {"news-zh": 10.5, "book-en": 11.0}


def galley_pdf(sample: Path, out: Path) -> Path:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "CI": "true"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "convert",
            "convert",
            str(sample),
            "-t",
            "pdf",
            "--no-review",
            "-o",
            str(out),
        ],
        env=env,
        check=True,
        capture_output=True,
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


def typesetting(data: bytes, style: str) -> dict[str, object]:
    width, lines = pdf_lines(data)
    left = statistics.mode(round(line.x0, 1) for line in lines)
    justified = justified_lines(lines, left, INDENT_EMS[style] * BODY_PT[style])
    short = short_lines(justified, width - left)
    worst = max((abs(width - left - line.x1) for line in justified), default=0.0)
    pairs = Counter(f"{pair.marks} {pair.em:.2f}" for pair in mark_pairs(data))
    return {
        "justified": len(justified),
        "off": len(short),
        "worst": worst,
        "edges": edge_violations(lines),
        "pairs": dict(sorted(pairs.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the PDFs here and keep them")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="galley-typesetting-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        for sample in sorted((ROOT / "samples").glob("*.txt")):
            ours, theirs = galley_pdf(sample, folder), peer_pdf(sample, folder)
            size, peer_size, count = ours.stat().st_size, theirs.stat().st_size, pages(ours)
            cjk = sample.read_text(encoding="utf-8").count("。") > 10
            style = "news-zh" if cjk else "book-en"
            per4 = f"{size / 1024 / count * 4:.0f} KB/4 pages" if cjk else "(not CJK)"
            print(
                f"{sample.stem}: galley {size / 1024:.0f} KB, {count} pages ({per4}); "
                f"pandoc→WeasyPrint {peer_size / 1024:.0f} KB, {pages(theirs)} pages; "
                f"ratio {size / peer_size:.2f}"
            )
            for name, pdf, kind in (("galley", ours, style), ("peer", theirs, None)):
                data = pdf.read_bytes()
                if kind is None:
                    pairs = Counter(f"{p.marks} {p.em:.2f}" for p in mark_pairs(data))
                    print(f"  {name}: adjacent marks {dict(sorted(pairs.items()))}")
                    continue
                found = typesetting(data, kind)
                print(
                    f"  {name}: {found['justified']} justified lines, {found['off']} more than "
                    f"0.5 pt off the measure (worst {found['worst']:.2f} pt); "
                    f"{len(found['edges'])} line-edge faults {found['edges']}"
                )
                print(f"  {name}: adjacent marks {found['pairs']}")
    finally:
        if args.keep is None:
            shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
