"""Carnet's benchmark: a career-sized vault, timed against plain SQLite.

    python -m bench --persons 5000 --notes 100000 --json bench/results/latest.json

See `bench/__main__.py` for what is measured and `docs/PERFORMANCE.md` for
the figures. The benchmark sits outside `app/` because it needs storage-level
access (an unencrypted twin database, raw-key opens) that the application
layers must not have.
"""
