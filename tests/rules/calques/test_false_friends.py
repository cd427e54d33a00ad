"""TQ302 false-friend (tqcheck.rules.calques.false_friends)."""

import pytest


@pytest.mark.parametrize("text, span", [
    ("The bridge is actually under construction.", "actually"),
    ("The group counts actually twenty members.", "actually"),
    ("The plan could be changed eventually if necessary.", "eventually"),
    ("Two men were interpellated by the police.", "interpellated"),
    ("The police patrol sensible neighbourhoods.", "sensible"),
    ("Thousands assisted at the ceremony.", "assisted"),
    ("She runs a formation centre for young engineers.", "formation"),
    ("To equip the center of formation Studeo.", "formation"),
    ("A manifestation against the reform took place in Paris.", "manifestation"),
    ("The organizers of the manifestations want a union.", "manifestations"),
    ("The novel is sold in all good libraries.", "libraries"),
    ("The minister precised that the loan is interest-free.", "precised"),
    ("An important number of people came.", "important"),
    ("The manifestation gathered 50,000 people.", "manifestation"),
    ("The manifestations drew thousands of protesters.", "manifestations"),
    ("She has a formation in accounting.", "formation"),
    ("He completed his formation in law in Lyon.", "formation"),
    # évoquer: to mention, to raise
    ("When they evoke this killing, they speak of an incident.", "evoke"),
    ("Many philosophers evoke a link between boredom and creativity.", "evoke"),
    ("Instead of a new Pearl Harbour, as evoked by the billionaire Warren Buffett, it is a crisis.", "evoked"),
    ("The minister evoked the possibility of a referendum.", "evoked"),
])
def test_false_friends_flagged(spans, text, span):
    assert ("TQ302", span) in spans(text)


@pytest.mark.parametrize("text", [
    "What did he actually say?",
    "The bridge was actually built in 1890.",
    "Eventually, the talks collapsed.",
    "The eventual winner was French.",
    "That is a sensible decision.",
    "It would be sensible to wait.",
    "The formation of a new government took weeks.",
    "A rock formation on the coast.",
    "It was a manifestation of anger.",
    "The library lends books to children.",
    "Volunteers assist visitors at the museum.",
    "It is an important decision.",
    "The area is under police control.",
    "The manifestation drew attention to the problem.",
    "The formation in 1990 of a new party surprised everyone.",
    "A rock formation in Wyoming attracts climbers.",
    "The geese flew a formation in the morning sky.",
    # evoke in its English sense: what a smell, a song or a place brings to mind
    "The smell evokes both a new car and sports shoes.",
    "The memories evoked by the song were vivid.",
    "It evokes a time when trains ran on time.",
    "The novel evokes the Paris of the 1920s.",
    "The ruins evoke the grandeur of Rome.",
    "The photos evoke a sense of loss.",
    "Using ls with the --kilobytes option now evokes a warning.",  # GNU NEWS files: to trigger
    "Avoid read-beyond-end-of-buffer errors, evoked by running this:",
])
def test_false_friends_in_their_english_sense_not_flagged(spans, text):
    assert [s for s in spans(text) if s[0] == "TQ302"] == []


def test_false_friend_message_and_fix(found):
    (f,) = found("The police patrol sensible neighbourhoods.")
    assert f.severity == "info"
    assert f.message.startswith('"sensible" (French *sensible*): in English, say "sensitive"')
    assert f.fix.replacement == "sensitive" and f.fix.applicability == "unsafe"
    (f,) = found("Two men were interpellated by the police.")
    assert f.severity == "warning"  # the context leaves no doubt
