"""tqcheck: find the traces machine translation from French leaves in English text.

Nothing heavy is imported here: ``import tqcheck`` must stay fast, because a
pre-commit hook pays for it on every commit.  The scorer (sacrebleu,
transformers) is imported lazily by ``tqcheck.scoring``.
"""

__version__ = "0.2.0"

__all__ = ["__version__", "check_text"]


def check_text(text, path="<string>", fmt=None, config=None, errors=None):
    """Lint ``text`` and return the list of findings (see tqcheck.engine)."""
    from .engine import check_text as _check_text

    return _check_text(text, path=path, fmt=fmt, config=config, errors=errors)
