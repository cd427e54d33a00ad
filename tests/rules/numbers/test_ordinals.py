"""TQ509 (numbers.ordinals): French ordinal suffixes on figures and Roman numerals, and the French
regnal first (François Ier)."""

import pytest

from .helpers import assert_all, tq5

MORE = [
    ("She celebrated her 43e birthday.", "TQ509", "43e", "43rd", "unsafe"),  # a bare e: a name's part in English too
    ("On the 1er floor.", "TQ509", "1er", "1st", "safe"),
    ("Born on 1er May.", "TQ509", "1er", "1", "safe"),
    ("In the XXe siècle.", "TQ509", "XXe siècle", "20th century", "safe"),
    ("In the XIXe century.", "TQ509", "XIXe", "19th", "safe"),
    # the French regnal first: English writes I (Francis I), the name may need translating
    ("François Ier signed the edict.", "TQ509", "Ier", "I", "unsafe"),
    ("The home of Élisabeth Ire of England, is the only place worthy of it.", "TQ509", "Ire", "I", "unsafe"),
    ("The home of Élisabeth Ire d'Angleterre, is the only place worthy of it.", "TQ509", "Ire", "I", "unsafe"),
    ("In the Ier arrondissement.", "TQ509", "Ier", "1st", "safe"),
    ("The Xe arrondissement.", "TQ509", "Xe", "10th", "safe"),
    # the cooperative `24ème` (signaturepdf's README): after a bracket or `of`, perhaps a name: flagged, not fixed
    ("Vincent Laurent (24ème) wrote it.", "TQ509", "24ème", "24th", "unsafe"),
    ("The working hours of 24ème employees.", "TQ509", "24ème", "24th", "unsafe"),
    ("He lives on the 2e floor, 66 rue Jean Jaurès.", "TQ509", "2e", "2nd", "unsafe"),  # a byte-like figure in prose
    ("If they concern the 2e core, provide new releases.", "TQ509", "2e", "2nd", "unsafe"),  # LaTeX2e's (l3news)
    ("Between versions 2.09 and 2e of the format.", "TQ509", "2e", "2nd", "unsafe"),  # LaTeX2e: no noun after it
]

NEVER = [
    "Xe gas and Le Monde and Ce Soir.",
    "The constant 1e6 and 2e-3.",
    "Aid of 2000e per car.",
    "Louis XIV and Elizabeth II.",
    # Ire is English: capitalised in title-case headlines, not a regnal number
    "Sparks Public Ire, Says Mayor",
    "Public Ire over Taxes",
    "Public Ire against Tax Rises after Budget",
    "The Ire of Voters Grows",
    "Ier and Ire alone.",
    "new NOP codes: 66 66 66 66 2e 0f 1f 84 00 00",  # a hex dump (valgrind's release notes)
    "bytes 2e 2f",
    "    628 25cc 651 25cc 64e 3a 20 628 651 34f 64e",  # HarfBuzz's changelog: code points
    "   00:a2:e3:00:b0:d2:fa:92:57:02:97:5e:80:e0:1a:",  # a certificate's modulus
    "new\u00a0NOP\u00a0codes:\u00a066\u00a066\u00a02e\u00a00f\u00a01f",  # every space a no-break space (HTML)
]


@pytest.mark.parametrize("text, code, span, replacement, applicability", MORE)
def test_french_ordinals(text, code, span, replacement, applicability):
    assert_all(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text", NEVER)
def test_never_flagged(text):
    assert tq5(text) == []


def test_regnal_number_message_names_the_name():
    (hit,) = tq5("Napoléon Ier won.")
    assert "`Napoléon Ier`" in hit.message and "`Napoléon I`" in hit.message
