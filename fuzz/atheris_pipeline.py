"""Coverage-guided fuzzing of reading and the front half of the pipeline with atheris.

Bytes go through the reader (encoding detection, binary refusal), the normalizer, structure and
JATS validation. Anything but a GalleyError is a crash. Run (atheris is not a project dependency):

    .venv/bin/python -m pip install atheris
    .venv/bin/python fuzz/atheris_pipeline.py -atheris_runs=100000 -max_len=4096

A crash writes the input to crash-<sha1>; reproduce with `.venv/bin/python fuzz/atheris_pipeline.py FILE`.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from lxml import etree

    from convert import jats
    from convert.changes import replay
    from convert.config import Config
    from convert.errors import GalleyError
    from convert.readers.text import decode
    from convert.run.pipeline import prepare_text

CONFIG = Config()


def test_one_input(data: bytes) -> None:
    try:
        decoded = decode(data)
        normalized, document = prepare_text(decoded.text, CONFIG, "fuzz")
    except GalleyError:
        return
    if replay(decoded.text, normalized.changes) != normalized.text:
        raise AssertionError("replay of the change log does not reproduce the normalized text")
    jats.validate(etree.fromstring(document.jats).getroottree())


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
