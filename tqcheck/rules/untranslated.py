"""Placeholder: this family's detectors are being written (see its issue)."""

RULES = []


def check(doc, ctx):
    return ()
