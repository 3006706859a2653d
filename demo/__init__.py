"""Demo content for trying the portal locally and for benchmarks.

The text lives in `site.py`, `stories/` and `phrases.py`; the pictures are drawn by
`photos.py`; `builder.py` puts them into the database (see the `demo_content` command).
"""
