"""``tqcheck report``: the MQM-style quality score and the self-contained HTML report.

- ``quality``: penalty points per word, 0–100 per document and per run (pure computation)
- ``lint``: runs the linter on the paths, one configuration per group of files (runner API)
- ``charts``: inline SVG bar charts and the score histogram
- ``html``: the page (documents with findings highlighted in place), from ``static/``
- ``command``: the click command

Only ``quality`` is imported by ``tqcheck check`` (for ``summary.quality`` and its gate).
"""
