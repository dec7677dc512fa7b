"""Writing outputs (docs/hardening.md): a folder that cannot be written fails each file with the
cause, a full disk replaces none of a file's outputs, and a killed run's temporaries are cleared."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from convert.cli import main
from convert.run import outputs

from ..support.texts import ZH


def test_an_output_folder_that_is_a_file_fails_that_file_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "in" / "sub" / "b.txt").write_text(ZH, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").write_text("a file where the output tree needs a folder")
    assert main(["convert", str(tmp_path / "in"), "-o", str(out), "-t", "xml", "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert f"error: {tmp_path / 'in' / 'sub' / 'b.txt'}: {out / 'sub' / 'b.xml'}: cannot be" in err
    assert "internal error" not in err and (out / "a.xml").exists()
    target = tmp_path / "file"
    target.write_text("occupied")
    assert main(["convert", str(tmp_path / "in"), "-o", str(target)]) == 2  # a usage error
    assert f"error: output {target} exists and is not a folder" in capsys.readouterr().err


@pytest.mark.parametrize("how", ["chmod", "simulated"])
def test_an_unwritable_output_folder_fails_each_file_with_the_cause(
    how: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ZH, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    if how == "chmod":
        if os.geteuid() == 0:
            pytest.skip("root writes through chmod 0o500; the simulated case covers the message")
        out.chmod(0o500)
    else:

        def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(outputs.tempfile, "mkstemp", refuse)
    try:
        assert main(["convert", str(source), "-o", str(out), "-t", "xml", "-j", "1"]) == 1
    finally:
        out.chmod(0o700)
    err = capsys.readouterr().err
    assert f"error: {source}: {out / 'a.xml'}: cannot be written (Permission denied)" in err
    assert "Traceback" not in err and list(out.iterdir()) == []


def test_a_full_disk_replaces_none_of_a_files_outputs_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(ZH.replace("一件事", f"{name}事"), encoding="utf-8")
    out = tmp_path / "out"
    argv = ["convert", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(out)]
    argv += ["-t", "xml,html", "-j", "1", "--no-review"]
    assert main(argv) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    for name in ("a", "b"):  # a changed source: its outputs must be rewritten
        (tmp_path / f"{name}.txt").write_text(ZH.replace("一件事", "新事"), encoding="utf-8")
    real_fsync = os.fsync
    synced: list[int] = []

    def disk_fills_up(fd: int) -> None:  # b's html is the 5th output: the disk is full there
        synced.append(fd)
        if len(synced) == 5:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(outputs.os, "fsync", disk_fills_up)
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert f"error: {tmp_path / 'b.txt'}: {out / 'b.html'}: cannot be written (No space" in err
    assert "Traceback" not in err
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert "新事" in after["a.xml"].decode()  # a converted
    for name in ("b.xml", "b.html", "b.repairs.json"):  # b: all old, none half-new
        assert after[name] == before[name], name
    assert not [n for n in after if n.endswith(".tmp")]
    monkeypatch.setattr(outputs.os, "fsync", real_fsync)
    assert main(argv) == 0  # the next run retries b only
    assert "1 converted, 1 skipped" in capsys.readouterr().err


def test_stale_temporaries_of_a_killed_run_are_removed_when_the_file_is_converted(
    tmp_path: Path,
) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ZH, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".a.xml.k1ll3d.tmp"
    stale.write_bytes(b"<article><bo")
    other = out / ".notes.txt.x.tmp"  # not an output of this run: not Galley's to remove
    other.write_bytes(b"x")
    assert main(["convert", str(source), "-o", str(out), "-t", "xml", "-j", "1"]) == 0
    assert not stale.exists() and other.exists()


@pytest.mark.parametrize(
    ("umask", "mode", "jobs"),
    [(0o022, 0o644, "1"), (0o077, 0o600, "1"), (0o002, 0o664, "2")],  # -j 2: worker processes
)
def test_outputs_and_the_manifest_get_the_mode_the_umask_gives(
    umask: int, mode: int, jobs: str, tmp_path: Path
) -> None:
    """mkstemp makes 0600 files; outputs get what open() would give, replaced ones too, and the
    sources are left as they were."""
    (tmp_path / "in").mkdir()
    for name in ("a", "b"):
        (tmp_path / "in" / f"{name}.txt").write_text(ZH, encoding="utf-8")
        (tmp_path / "in" / f"{name}.txt").chmod(0o640)
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.xml").write_text("an older output, private")
    (out / "a.xml").chmod(0o600)
    previous = os.umask(umask)
    try:
        argv = ["convert", str(tmp_path / "in"), "-o", str(out), "-t", "xml", "-j", jobs]
        assert main(argv) == 0
    finally:
        os.umask(previous)
    written = sorted(p for p in out.iterdir() if p.is_file())
    assert {p.name for p in written} >= {"a.xml", "b.xml", "a.repairs.json", ".galley-manifest.json"}
    assert {p.name: oct(p.stat().st_mode & 0o777) for p in written} == {
        p.name: oct(mode) for p in written
    }
    assert all((tmp_path / "in" / f"{n}.txt").stat().st_mode & 0o777 == 0o640 for n in "ab")


def test_output_mode_reads_the_umask_without_changing_it() -> None:
    previous = os.umask(0o027)
    try:
        assert outputs.output_mode() == 0o640
        assert os.umask(0o027) == 0o027
    finally:
        os.umask(previous)
