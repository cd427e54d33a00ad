"""``tqcheck score``: compare translations with references through sacrebleu.

Nothing heavy is imported here or in ``command``: sacrebleu is imported by
``metrics`` and ``parallel`` when a score is computed; torch, transformers and
sentencepiece by ``neural`` only when a neural metric or spBLEU is asked for.

Modules, one concern each:

- ``inputs``: read hypothesis, reference and source files or folders of articles
- ``metrics``: build sacrebleu metrics from options; scores and signatures from statistics
- ``parallel``: per-segment statistics computed in chunks by worker processes
- ``significance``: paired bootstrap and approximate randomisation (sacrebleu's PairedTest)
- ``neural``: BERTScore, embedding cosine and SentencePiece pieces, offline only
- ``gates``: ``--fail-under`` / ``--fail-over`` thresholds
- ``config``: the ``[tool.tqcheck.score]`` table
- ``runner``: puts the above together into a ``Report``
- ``report``: text, JSON and Markdown formatters
- ``command``: the click command
"""
