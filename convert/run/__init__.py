"""Running the stages on files: finding inputs, the pipeline, writing outputs atomically.

Import from the modules (`convert.run.pipeline`, `.inputs`, `.outputs`): the pipeline imports
the whole converter, which commands that only find inputs or fork a helper first must not pay for.
"""
