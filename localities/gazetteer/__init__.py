"""The national gazetteer (NBS 2023 + MCA 2025 townships) shipped as ``gazetteer.tsv.gz``.

Importing this package loads nothing: call ``localities.gazetteer.loader.get_gazetteer()`` where the data is
needed (the import pipeline), so web processes never pay for 660k places. ``build.py`` rebuilds the file from
the published sources; ``PROVENANCE.md`` says which and how.
"""
