"""TQ104 dialogue-dash (tqcheck.rules.typography.dialogue)."""

import pytest


def test_dialogue_dash(codes):
    assert [c for c, _, _ in codes("– We have no choice, replied the mayor.")] == ["TQ104"]
    assert [c for c, _, _ in codes("— Really?\n— Yes, said he.")] == ["TQ104", "TQ104"]


@pytest.mark.parametrize("text", [
    "– A list item written with a dash",
    "The result – a surprise, said nobody – was clear.",
])
def test_dialogue_dash_quiet(codes, text):
    assert codes(text) == []
