"""What several detectors compute on one segment, computed once: ``per_segment(make)``.

A value is kept while its segment lives (weakly: the runner drops a document's segments once it is
checked) and while the segment's text is the one it was made from (a fix pass parses anew).
"""

from __future__ import annotations

import weakref


def per_segment(make):
    """``make(segment)``, made once for each segment and its text (``.memo``: what is kept now)."""
    memo: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def kept(segment):
        found = memo.get(segment)
        if found is None or found[0] is not segment.text:
            found = memo[segment] = (segment.text, make(segment))
        return found[1]

    kept.memo = memo
    return kept
