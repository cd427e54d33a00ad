"""What the TQ6xx tests share: a bilingual TSV text checked with the family selected."""

from tqcheck.config import Config
from tqcheck.engine import check_text


def tq6(*pairs, code="TQ6", config=None):
    """The findings of ``code`` on ``pairs`` of (source, target), one TSV line each."""
    config = config or Config()
    config.select = [code]
    text = "".join(f"{s}\t{t}\n" for s, t in pairs)
    return [f for f in check_text(text, "pairs.tsv", config=config) if f.code.startswith(code)]


def spans(*pairs, code="TQ6", config=None):
    return [f.span for f in tq6(*pairs, code=code, config=config)]
