"""The one exception ``tqcheck score`` turns into a one-line message and exit code 2."""


class ScoreError(Exception):
    """Bad input or usage; ``str()`` is the whole message (``path: error: ...`` or ``...``)."""
