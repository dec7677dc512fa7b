"""The PDF reader (`reader.read`): the page's layout read from its geometry, not the content
stream's order.

characters (`chars`) → line segments (`lines`) → furniture (`furniture`) → bands and columns in
reading order (`order`) → paragraphs and headings, joined across columns and pages (`blocks`) →
the text, the reader's edits of it and the lines' places (`model.PdfText`), which then go
through the same repair passes, structure, JATS and writers as text.

Untrusted input: PDFium reads only the file it is given (no actions, scripts or links are run
by text extraction); a file is refused past MAX_PAGES pages or MAX_CHARS characters on a page
(memory), and when the reading takes longer than TIME_LIMIT seconds, checked between pages.

The package's own module imports nothing, so that importing `model.PdfText` (the pipeline does,
for every input) does not import the reader's stages with it.
"""
