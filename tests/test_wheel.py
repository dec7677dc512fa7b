"""Galley as a user gets it: the wheel built, installed in a fresh venv, converting the samples.

Tests that import `convert` from the checkout cannot see a file the wheel leaves out (the house
styles once resolved to site-packages/styles and every conversion failed), so this one installs
the wheel with pip, away from the source tree, and runs its `galley` command. It is a pytest test
rather than a step of scripts/test.sh so that CI and `pytest` run the same suite and its failure
reads like any other; `-m "not slow"` leaves it out where the package index is out of reach.

The wheel is built with build isolation: pip installs the build requirements pyproject.toml
declares, as any installer does, rather than using whatever setuptools the test venv happens to
have.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

FORMATS = ("xml", "html", "docx", "pdf", "epub")
# What a wheel is built from; copied so that building leaves no build/ or egg-info in the checkout.
SOURCES = ("pyproject.toml", "setup.py", "README.md", "convert", "styles")


def _run(command: list[str], cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the wheel, the fresh venv it is installed in)."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(
                REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(REPO / name, source / name)
    dist = root / "dist"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    _run([*pip, "wheel", "--no-deps", "-w", str(dist), str(source)], root)
    (wheel,) = dist.glob("galley-*.whl")
    venv = root / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], root)
    _run([str(venv / "bin" / "python"), *pip[1:], "install", str(wheel)], root)
    return wheel, venv


@pytest.mark.slow
def test_the_wheel_ships_the_styles_and_the_schema(installed: tuple[Path, Path]) -> None:
    wheel, _ = installed
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for style in ("book-en", "news-zh"):
        for file in ("style.css", "docx.toml", "style.toml"):
            assert f"convert/styles/{style}/{file}" in names
    assert any(n.startswith("convert/") and n.endswith(".rng") for n in names)
    assert all(n.startswith(("convert/", "galley-")) for n in names), sorted(names)


@pytest.mark.slow
def test_the_installed_command_converts_the_samples(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, venv = installed
    out = tmp_path / "out"
    _run([str(venv / "bin" / "galley"), "convert", str(REPO / "samples"), "-o", str(out)], tmp_path)
    samples = sorted(p.stem for p in (REPO / "samples").glob("*.txt"))
    assert samples
    for stem in samples:
        for fmt in FORMATS:
            path = out / f"{stem}.{fmt}"
            assert path.is_file() and path.stat().st_size > 0, f"{path} missing or empty"
    # the house style reached every format that carries it: its CSS inlined in the page, its faces
    # in the PDF (the English sample is set in book-en, the Chinese one in news-zh)
    css = (REPO / "styles" / "book-en" / "style.css").read_text(encoding="utf-8")
    assert css in (out / "federalist-01.html").read_text(encoding="utf-8")
    pdffonts = shutil.which("pdffonts")
    if pdffonts is not None:  # poppler-utils, which scripts/install.sh installs
        for stem, face in (("nahan-preface", "NotoSerifCJK"), ("federalist-01", "LiberationSerif")):
            fonts = _run([pdffonts, str(out / f"{stem}.pdf")], tmp_path)
            assert face in fonts.replace(" ", "").replace("-", ""), fonts
