"""Galley: repairs text damaged by print layout, OCR and copy-paste, and typesets it.

The pipeline is read → normalize → structure → JATS → writers; `convert.run.pipeline` sequences it.
"""

__version__ = "0.1.0"
