"""The per-file work: warming a worker imports only what the run needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ..conftest import REPO


def test_warm_imports_only_what_the_formats_need() -> None:
    code = (
        "import sys\n"
        "from convert.batch.worker import Job, warm\n"
        "from convert.config.settings import Settings\n"
        "warm(Job('convert', Settings(formats=('docx',))))\n"
        "print('convert.writers.docx' in sys.modules, 'weasyprint' in sys.modules,"
        " 'docx' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout
    # python-docx itself is imported by the first rich document's DOCX (writers.docx.document)
    assert out.split() == ["True", "False", "False"]


def test_planning_leaves_the_pipeline_to_the_processes_that_convert(tmp_path: Path) -> None:
    """A Dask client plans, journals and reports, but converts nothing: it must not pay for
    the pipeline's imports (the normalizer's word lists, lxml's JATS), which `warm` pays."""
    (tmp_path / "a.txt").write_text("Title\n\nA paragraph.\n", "utf-8")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "import convert.cli.convert, convert.batch.executors.dask\n"
        "from convert.batch.plan import plan_lazily\n"
        "from convert.batch.worker import Job, warm\n"
        "from convert.run.inputs import collect_inputs\n"
        f"inputs = collect_inputs([Path({str(tmp_path)!r})])\n"
        f"planned = list(plan_lazily(inputs, Path({str(tmp_path / 'out')!r}), Job('convert')))\n"
        "print(len(planned), 'convert.run.pipeline' in sys.modules, 'convert.normalize' in sys.modules)\n"
        "warm(Job('convert'))\n"
        "print('convert.run.pipeline' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout
    assert out.split() == ["1", "False", "False", "True"]
