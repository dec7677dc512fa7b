"""fontTools' subsetter and instancer imported on first use (`convert/engines/weasyprint/deferred.py`).

A stand-in must answer every name with the real module's, import nothing until asked, leave
`sys.modules` with the block, and WeasyPrint's fontTools path (no HarfBuzz-Subset) must still work
through it.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from convert.engines.weasyprint import deferred

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def probe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A package `probe_pkg` whose module `heavy` records each time it is executed."""
    package = tmp_path / "probe_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("RUNS = []\n")
    (package / "heavy.py").write_text(
        "import probe_pkg\nprobe_pkg.RUNS.append('heavy')\nVALUE = 3\n\n"
        "def double(x):\n    return 2 * x\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("probe_pkg", "probe_pkg.heavy"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    import probe_pkg

    runs: list[str] = probe_pkg.RUNS
    return runs


def test_a_stand_in_imports_the_module_at_its_first_use(probe: list[str]) -> None:
    with deferred.on_first_use({"probe_pkg.heavy": ("double",)}):
        from probe_pkg import heavy
        from probe_pkg.heavy import double

        assert probe == []
    assert isinstance(heavy, deferred.StandIn)
    assert "probe_pkg.heavy" not in sys.modules  # later imports get the real module
    assert double(4) == 8 and double.__name__ == "double"
    assert probe == ["heavy"]
    assert heavy.VALUE == 3  # every other name is the real module's
    assert probe == ["heavy"]  # imported once
    with pytest.raises(AttributeError):
        heavy.missing  # noqa: B018
    assert not hasattr(heavy, "__path__")  # a stand-in is never taken for a package


def test_a_name_asked_inside_the_block_imports_the_module_then(probe: list[str]) -> None:
    with deferred.on_first_use({"probe_pkg.heavy": ()}):
        from probe_pkg.heavy import VALUE

        assert probe == ["heavy"] and VALUE == 3
        assert not isinstance(sys.modules["probe_pkg.heavy"], deferred.StandIn)
    assert "probe_pkg.heavy" in sys.modules  # the real module stays


def test_a_module_already_imported_is_left_alone(probe: list[str]) -> None:
    import probe_pkg.heavy

    with deferred.on_first_use({"probe_pkg.heavy": ("double",)}):
        from probe_pkg import heavy
    assert heavy is probe_pkg.heavy and probe == ["heavy"]


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    ).stdout


def test_the_pdf_engine_imports_neither_until_asked() -> None:
    out = _run(
        """
        import sys
        import convert.engines.weasyprint
        from weasyprint.pdf import fonts
        heavy = ("fontTools.subset", "fontTools.varLib.instancer", "fontTools.ttLib.tables.otTables")
        print(sorted(name for name in heavy if name in sys.modules))
        print(type(fonts.subset).__name__, fonts.instantiateVariableFont.__name__)
        import fontTools.subset
        print(fonts.subset.Options is fontTools.subset.Options)
        try:
            fonts.instantiateVariableFont(None, {})  # reaches fontTools, which refuses None
        except TypeError as error:
            print("fontTools.varLib.instancer" in sys.modules, "NoneType" in str(error))
        """
    )
    lines = ["[]", "StandIn instantiateVariableFont", "True", "True True"]
    assert out.split("\n")[:4] == lines, out


def test_weasyprints_fonttools_subsetting_runs_through_the_stand_in(tmp_path: Path) -> None:
    """Without HarfBuzz-Subset WeasyPrint subsets with fontTools (`subset.Options`, the stand-in's
    first use): the PDF is made and its font embedded, a subset."""
    target = tmp_path / "fonttools.pdf"
    out = _run(
        f"""
        import sys
        from convert.engines.weasyprint import HTML, subset as packed
        from weasyprint.pdf import fonts
        fonts.harfbuzz_subset = packed.harfbuzz_subset = None
        HTML(string="<p style='font-family: Liberation Serif'>Galley</p>").write_pdf({str(target)!r})
        print(type(sys.modules["fontTools.subset"]).__name__)
        """
    )
    assert out.strip() == "module"
    fonts = subprocess.run(
        ["pdffonts", str(target)], capture_output=True, text=True, check=True
    ).stdout
    assert " yes yes " in fonts, fonts  # embedded, subset
