"""TQ1xx: French typography left in English text, and slips of its surface (a word twice, a lone bracket).

One detector per module:

``guillemets`` TQ101 · ``spacing`` TQ102, TQ106 · ``comma_quote`` TQ103 · ``dialogue`` TQ104 ·
``mixed_quotes`` TQ105 · ``repeated_words`` TQ107 · ``brackets`` TQ108 · ``markdown`` TQ109; ``reporting`` (no
rule) is the reporting clause TQ103 and TQ104 look for.
TQ100 (unused suppressions) is documented in ``tqcheck.rules.suppression``.
"""

# the spaces French sets before high punctuation and inside quotes: tab, space, no-break, narrow, thin
SPACES = " \t\u00a0\u202f\u2009"
SPACE_CLASS = "[ \\t\u00a0\u202f\u2009]"
