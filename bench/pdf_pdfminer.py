"""The claim of issue 15 checked: pdfminer.six follows the content stream, so it reads the same
page worse when the stream's text objects are shuffled (bench/pdf_corpus.py; pixel-identical).

Its text boxes (blank-line separated) are the blocks, their lines joined without spaces (CJK);
block F1 and CER as in bench/accuracy.py, on the first 10 tuning issues.

    .venv/bin/python bench/pdf_pdfminer.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import Score  # noqa: E402
from bench.pdf_corpus import CACHE, load_issues, path_of  # noqa: E402


def main() -> int:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    issues = [i for i in load_issues(30) if not i.held_out][:10]
    settings = {
        "defaults": LAParams(),
        "boxes_flow=None (stream order)": LAParams(line_margin=1.0, boxes_flow=None),
        "line_margin=1.0, boxes_flow=0": LAParams(line_margin=1.0, boxes_flow=0),
    }
    for name, params in settings.items():
        for kind in ("weasy", "shuffled"):
            score = Score()
            for issue in issues:
                truth = json.loads((CACHE / "truth" / f"{issue.id}.json").read_text("utf-8"))
                text = extract_text(str(path_of(issue, kind)), laparams=params)
                boxes = re.split(r"\n\s*\n", text)
                blocks = [re.sub(r"\s*\n\s*", "", b).strip() for b in boxes if b.strip()]
                score.add(blocks, truth)
            print(f"pdfminer {name:<32} {kind:<9} block F1 {score.f1:.3f} CER {score.cer:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
