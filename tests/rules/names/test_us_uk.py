"""TQ203 mixed-us-uk-spelling (tqcheck.rules.names.us_uk)."""

from tqcheck.rules.names.us_uk import US_UK, spellings


def test_mixed_us_uk_spelling(codes):
    found = codes("The defence budget, the defence minister and a defense pact. We organize and colour.", "TQ203")
    assert [(f.span, f.fix.replacement, f.severity) for f in found] == [("defense", "defence", "info")]
    assert codes("The Ministry of Defence and the Defense Department.", "TQ203") == []
    assert codes("They organised it; it was organized well; organisations agreed.", "TQ203")[0].span == "organized"


def test_a_tie_goes_to_the_spelling_used_first(codes):
    found = codes("The centre opened. The center closed.", "TQ203")
    assert [(f.span, f.fix.replacement) for f in found] == [("center", "centre")]
    assert "`centre` ×1 against 1" in found[0].message


def test_inflections_are_added_to_their_group():
    table = spellings()
    assert table["organizations"] == ("ize", "US", "organisations")
    assert table["colourful"] == ("our", "UK", "colorful")
    assert table["aluminum"] == ("aluminum", "US", "aluminium")  # misc: a convention of its own


def test_no_row_maps_a_word_to_itself():
    assert [r.us for r in US_UK.rows if r.us == r.uk] == []
