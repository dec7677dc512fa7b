"""A DOCX as LibreOffice prints it: the check that Word's format is read by a second program."""

from __future__ import annotations

import subprocess
from pathlib import Path


def libreoffice_pdf(docx: bytes, folder: Path, name: str) -> Path:
    """`docx` written to `folder/NAME.docx` and converted by headless LibreOffice (its own profile
    in `folder`, so parallel tests do not share one); the PDF's path."""
    source = folder / f"{name}.docx"
    source.write_bytes(docx)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{folder / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return folder / f"{name}.pdf"
