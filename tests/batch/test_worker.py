"""The per-file work: warming a worker imports only what the run needs."""

from __future__ import annotations

import subprocess
import sys

from ..conftest import REPO


def test_warm_imports_only_what_the_formats_need() -> None:
    code = (
        "import sys\n"
        "from convert.batch.worker import Job, warm\n"
        "from convert.config.settings import Settings\n"
        "warm(Job('convert', Settings(formats=('docx',))))\n"
        "print('docx' in sys.modules, 'weasyprint' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout
    assert out.split() == ["True", "False"]
