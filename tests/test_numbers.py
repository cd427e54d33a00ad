"""TQ5xx: French number, date, time and currency formats."""

from pathlib import Path

import pytest

from tqcheck.config import Config
from tqcheck.datafiles import load_tsv
from tqcheck.documents import parse
from tqcheck.engine import Context, check_text, fix_document, lint
from tqcheck.rules import numbers


def tq5(text, **options):
    config = Config(select=["TQ5"], options=options)
    return [f for f in check_text(text, "x.txt", config=config) if f.code.startswith("TQ5")]


def fix(text, unsafe=False, **options):
    ctx = Context(Config(select=["TQ5"], options=options))
    doc, _, n = fix_document(parse(text, fmt="text"), ctx, unsafe=unsafe)
    return doc.text, n


# ------------------------------------------------------------ the examples

WHY_EXAMPLES = [
    # text, code, flagged span, fix, applicability
    ("It rose 4,7% this year.", "TQ501", "4,7", "4.7", "safe"),
    ("They spent 1,5 billion.", "TQ501", "1,5", "1.5", "safe"),
    ("10 000 people marched.", "TQ502", "10 000", "10,000", "safe"),
    ("979 deaths and 1 902 injureds", "TQ502", "1 902", "1,902", "safe"),
    ("Inflation hit 5,2 % in May.", "TQ501", "5,2", "5.2", "safe"),
    ("Inflation hit 5,2 % in May.", "TQ504", " ", "", "safe"),
    ("It cost 250 000 € in all.", "TQ502", "250 000", "250,000", "safe"),
    ("It cost 250 000 € in all.", "TQ505", "€", "€250,000", "unsafe"),
    ("It opens at 14h30.", "TQ508", "14h30", "14:30", "unsafe"),
    ("The debt is 3 milliards.", "TQ506", "milliards", "billion", "safe"),
    ("The march on 1er mai was calm.", "TQ510", "1er mai", "1 May", "safe"),
    ("Decree n° 12 applies.", "TQ513", "n°", "No.", "safe"),
    ("M. Guebuza said no.", "TQ512", "M.", "Mr", "unsafe"),
    ("Mme Dhlakama said yes.", "TQ512", "Mme", "Mrs", "unsafe"),
    ("It was signed on 15/03/2023.", "TQ511", "15/03/2023", "15 March 2023", "unsafe"),
    ("Renault (-4,63%) fell.", "TQ501", "4,63", "4.63", "safe"),
]


@pytest.mark.parametrize("text, code, span, replacement, applicability", WHY_EXAMPLES)
def test_why_examples_are_flagged_with_the_right_fix(text, code, span, replacement, applicability):
    hits = [f for f in tq5(text) if f.code == code]
    assert len(hits) == 1, tq5(text)
    assert hits[0].span == span
    assert hits[0].fix.replacement == replacement
    assert hits[0].fix.applicability == applicability


MORE_EXAMPLES = [
    ("The index lost 1.983,73 points.", "TQ501", "1.983,73", "1,983.73", "safe"),
    ("A 1 234,5 m wall.", "TQ501", "1 234,5", "1,234.5", "safe"),
    ("It weighs 0,345 kg.", "TQ501", "0,345", "0.345", "safe"),
    ("It cost 12,39 dollars.", "TQ501", "12,39", "12.39", "safe"),
    ("He earns 46.000 rupees.", "TQ503", "46.000", "46,000", "unsafe"),
    ("A city of 1.234.567 people.", "TQ503", "1.234.567", "1,234,567", "safe"),
    ("About 20\u00a0000 people.", "TQ502", "20\u00a0000", "20,000", "safe"),
    ("About 20\u202f000 people.", "TQ502", "20\u202f000", "20,000", "safe"),
    ("It grew by 3\u00a0%.", "TQ504", "\u00a0", "", "safe"),
    ("New York pays 8,90$ now.", "TQ505", "$", "$8.90", "unsafe"),
    ("It sells for 900 €per unit.", "TQ505", "€", "€900 ", "unsafe"),
    ("A pistol for 100-300 $.", "TQ505", "$", "$100-300", "unsafe"),
    ("Oil under 20 $US a barrel.", "TQ505", "$", "US$20", "unsafe"),
    ("A budget of 3 Md€.", "TQ507", "Md€", "€3 billion", "unsafe"),
    ("A loss of 1,5 M€.", "TQ507", "M€", "€1.5 million", "unsafe"),
    ("It costs 3 milliards d'euros.", "TQ506", "milliards d'euros", "billion euros", "safe"),
    ("It reached 70 billions of dollars.", "TQ506", "billions of", "billion", "safe"),
    ("Des milliards were spent.", "TQ506", "milliards", "billions", "safe"),
    ("It opens at 14 h 30.", "TQ508", "14 h 30", "14:30", "unsafe"),
    ("It opens at 9h.", "TQ508", "9h", "9:00", "unsafe"),
    ("Polls closed at 17H00 GMT.", "TQ508", "17H00", "17:00", "unsafe"),
    ("Open 9h-17h daily.", "TQ508", "9h-17h", "9:00-17:00", "unsafe"),
    ("She celebrated her 43e birthday.", "TQ509", "43e", "43rd", "safe"),
    ("On the 1er floor.", "TQ509", "1er", "1st", "safe"),
    ("Born on 1er May.", "TQ509", "1er", "1", "safe"),
    ("In the XXe siècle.", "TQ509", "XXe siècle", "20th century", "safe"),
    ("In the XIXe century.", "TQ509", "XIXe", "19th", "safe"),
    ("On 15 août 2023 it ended.", "TQ510", "15 août 2023", "15 August 2023", "safe"),
    # the French weekday and article belong to the date: fixing the month alone left "lundi 3 March"
    ("The vote is lundi 3 mars.", "TQ510", "lundi 3 mars", "Monday 3 March", "safe"),
    ("Lundi 3 mars, it rained.", "TQ510", "Lundi 3 mars", "Monday 3 March", "safe"),
    ("The vote le lundi 3 mars.", "TQ510", "le lundi 3 mars", "on Monday 3 March", "safe"),
    ("Le vendredi 1er mai 2015, it rained.", "TQ510", "Le vendredi 1er mai 2015", "On Friday 1 May 2015", "safe"),
    ("It ended, \"Le 3 mars\".", "TQ510", "Le 3 mars", "On 3 March", "safe"),
    ("Closed since le 3 mars.", "TQ510", "le 3 mars", "3 March", "safe"),
    ("From 2 and le mardi 4 mars.", "TQ510", "le mardi 4 mars", "Tuesday 4 March", "safe"),
    ("He met Nguyen Le 3 mars.", "TQ510", "3 mars", "3 March", "safe"),  # Le mid-sentence: a name
    ("A word belundi 3 mars.", "TQ510", "3 mars", "3 March", "safe"),
    # the French regnal first: English writes I (Francis I), the name may need translating
    ("François Ier signed the edict.", "TQ509", "Ier", "I", "unsafe"),
    ("The home of Élisabeth Ire of England, is the only place worthy of it.", "TQ509", "Ire", "I", "unsafe"),
    ("The home of Élisabeth Ire d'Angleterre, is the only place worthy of it.", "TQ509", "Ire", "I", "unsafe"),
    ("In the Ier arrondissement.", "TQ509", "Ier", "1st", "safe"),
    ("The Xe arrondissement.", "TQ509", "Xe", "10th", "safe"),
    ("Mlle Dupont came.", "TQ512", "Mlle", "Miss", "unsafe"),
    ("MM. Dupont and Durand came.", "TQ512", "MM.", "Messrs", "unsafe"),
    ("Yesterday, a beer to M. X, died.", "TQ512", "M.", "Mr", "unsafe"),
    ("A fruit, p. ex. an apple.", "TQ513", "p. ex.", "e.g.", "safe"),
    ("Rome (753 av. J.-C.) was founded.", "TQ513", "av. J.-C.", "BC", "safe"),
    ("It has env. 300 people.", "TQ513", "env.", "approx.", "safe"),
    ("See n°5.", "TQ513", "n°", "No. ", "safe"),
]


@pytest.mark.parametrize("text, code, span, replacement, applicability", MORE_EXAMPLES)
def test_more_french_formats(text, code, span, replacement, applicability):
    hits = [f for f in tq5(text) if f.code == code]
    assert hits, tq5(text)
    assert "-".join(f.span for f in hits) == span
    assert "-".join(f.fix.replacement for f in hits) == replacement
    assert {f.fix.applicability for f in hits} == {applicability}


# ------------------------------------------------------------ never flagged

NEVER = [
    "It cost 1,500 dollars.",
    "There were 2,300 volunteers.",
    "The city has 1,234,567 people.",
    "Choose 3, 4 and 5.",
    "Count 1, 2, 3.",
    "In 2012, 40 people died.",
    "In 2012,40 people died.",
    "In 2012 100 people died.",
    "On March 15 200 people died.",
    "Paris is at (48.8566, 2.3522), or 48°51′24″N 2°21′08″E.",
    "Upgrade to version 2.0.1 or 10.4.3.",
    "It was signed on 2023-03-15.",
    "It opens at 14:30 and closes at 2:30 p.m.",
    "Call 01 23 45 67 89 or +33 1 23 45 67 89.",
    "Call 0800 123 456 or (555) 123 4567.",
    "Pages 100-120; the score was 2-1.",
    "See pages 3,4 and figures 1,2.",
    "Items 3,4 and 5 are done.",
    "It is 1,2-dichloroethane, not 2,4-D or 1,3-butadiene.",
    "The vector (3,4) is short.",
    "Rates of 3.632% and 2.500% notes.",
    "The server is at 192.168.100.200.",
    "It costs 3.5 million, or 0.500 of it.",
    "Defense Secretary Robert M. Gates said so.",
    "The A320 200 order.",
    "The CD4 200 count.",
    "SIREN 123 456 789.",
    "ISBN 978 2 07 036822 8.",
    "A 24h race and 8 h of sleep.",
    "Xe gas and Le Monde and Ce Soir.",
    "The constant 1e6 and 2e-3.",
    "Aid of 2000e per car.",
    "It costs €15, $8.90, 15 EUR or 15 euros.",
    "Hundreds of millions of people, and billions more.",
    "In 2012 millions of people voted.",
    "cf. chapter 3, etc.",
    "The env. variable is set.",
    "Louis XIV and Elizabeth II.",
    "Tea at 4pm; 3:1 odds; 50-50.",
    "Prices rose 5% to $1,500.50 and £3.20.",
    "Mars is red; Mai Tai is a drink.",
    # Ire is English: capitalised in title-case headlines, not a regnal number
    "Sparks Public Ire, Says Mayor",
    "Public Ire over Taxes",
    "Public Ire against Tax Rises after Budget",
    "The Ire of Voters Grows",
    "Ier and Ire alone.",
]


@pytest.mark.parametrize("text", NEVER)
def test_never_flagged(text):
    assert tq5(text) == []


def test_ambiguous_list_with_between_is_a_decimal():
    assert [f.span for f in tq5("between 1,5 and 2 million")] == ["1,5"]


# ------------------------------------------------------------ fixes compose and are idempotent

SAFE_FILE = """\
It rose 4,7% to 1,5 billion (-4,63%).

About 10 000 people and 1 902 injured; 5,2 % of voters.

It cost 250 000 € and 1.983,73 points; 3 milliards d'euros.

Her 43e birthday in the XXe siècle, on 1er mai; decree n° 12, p. ex. this.
"""

SAFE_FIXED = """\
It rose 4.7% to 1.5 billion (-4.63%).

About 10,000 people and 1,902 injured; 5.2% of voters.

It cost 250,000 € and 1,983.73 points; 3 billion euros.

Her 43rd birthday in the 20th century, on 1 May; decree No. 12, e.g. this.
"""


def test_safe_fixes_give_english_formats_and_a_second_fix_changes_nothing():
    text, n = fix(SAFE_FILE)
    assert text == SAFE_FIXED
    assert n > 0
    again, n2 = fix(text)
    assert again == text and n2 == 0


def test_safe_fixes_through_the_full_rule_set_are_idempotent():
    doc, _, n = fix_document(parse(SAFE_FILE, fmt="text"), Context(), unsafe=False)
    assert n > 0
    for old, new in [("4,7%", "4.7%"), ("10 000", "10,000"), ("5,2 %", "5.2%"), ("1,5 billion", "1.5 billion")]:
        assert old not in doc.text and new in doc.text
    _, _, n2 = fix_document(doc, Context(), unsafe=False)
    assert n2 == 0


def test_unsafe_fixes_compose_on_one_amount():
    text, _ = fix("It cost 250 000 € and 1,5 M€ and 1 500-2 000 €.", unsafe=True)
    assert text == "It cost €250,000 and €1.5 million and €1,500-2,000."
    assert fix(text, unsafe=True)[1] == 0


def test_currency_style_code_after():
    (hit,) = [f for f in tq5("It cost 15 €.", **{"currency-style": "code-after"}) if f.code == "TQ505"]
    assert hit.fix.replacement == "15 EUR"


@pytest.mark.parametrize("text, h24, h12", [
    ("at 14h30", "14:30", "2:30 p.m."),
    ("at 9h", "9:00", "9 a.m."),
    ("at 0h15", "0:15", "12:15 a.m."),
    ("at 12h", "12:00", "12 p.m."),
])
def test_time_format_option(text, h24, h12):
    assert [f.fix.replacement for f in tq5(text)] == [h24]
    assert [f.fix.replacement for f in tq5(text, **{"time-format": "12h"})] == [h12]


def test_regnal_number_message_names_the_name():
    (hit,) = tq5("Napoléon Ier won.")
    assert "`Napoléon Ier`" in hit.message and "`Napoléon I`" in hit.message


@pytest.mark.parametrize("space, name", [
    (" ", "Space"), ("\u00a0", "No-break space"), ("\u202f", "Narrow no-break space"),
])
def test_space_before_percent_names_the_character_as_typography_does(space, name):
    (hit,) = tq5(f"It grew by 3{space}%.")
    assert hit.code == "TQ504" and hit.message.startswith(f"{name} before `%`")
    (grouped,) = tq5(f"About 20{space}000 people.")
    assert grouped.code == "TQ502" and grouped.message.startswith(f"{name} as thousands separator")


def test_date_message_names_what_is_french():
    (hit,) = tq5("The vote le lundi 3 mars.")
    assert hit.message.startswith("French article, weekday and month names in `le lundi 3 mars`")


def test_title_follows_the_documents_dotted_style():
    (hit,) = tq5("Mr. Smith met M. Dupont.")
    assert hit.fix.replacement == "Mr."


# every documented example: `before` flagged by its rule, `after` not; fixing them all is idempotent

RULE_EXAMPLES = "\n\n".join(rule.before for rule in numbers.RULES) + "\n"


@pytest.mark.parametrize("rule", numbers.RULES, ids=lambda r: r.code)
def test_documented_examples(rule):
    assert rule.code in {f.code for f in check_text(rule.before)}
    assert rule.code not in {f.code for f in check_text(rule.after)}


@pytest.mark.parametrize("unsafe", [False, True])
@pytest.mark.parametrize("path, fmt", [("x.txt", "text"), ("x.md", "markdown")])
def test_fixing_every_documented_example_twice_applies_nothing_the_second_time(unsafe, path, fmt):
    doc, _, n = fix_document(parse(RULE_EXAMPLES, path=path, fmt=fmt), Context(), unsafe=unsafe)
    assert n > 0 and doc.text != RULE_EXAMPLES
    again, _, n2 = fix_document(doc, Context(), unsafe=unsafe)
    assert n2 == 0 and again.text == doc.text
    if unsafe:  # every TQ5 finding had a fix, the dates too
        assert not [f for f in lint(doc, Context()).findings if f.code.startswith("TQ5")]
        assert "ended on Monday 15 August 2023" in doc.text and "François I reigned" in doc.text


# ------------------------------------------------------------ document context for dates

def test_ambiguous_day_first_date_needs_document_evidence():
    assert tq5("It was signed on 05/03/2023.") == []
    text = "Signed on 15/03/2023 and on 05/03/2023.\n\nThe vote was on March 20, 2023."
    spans = [f.span for f in tq5(text) if f.code == "TQ511"]
    assert spans == ["15/03/2023", "05/03/2023"]


def test_two_digit_year_has_no_fix():
    (hit,) = tq5("Signed on 15/03/23.")
    assert hit.code == "TQ511" and hit.fix is None


def test_markdown_code_is_not_flagged():
    assert tq5_md("Run `sleep 10 000` now.") == []


def tq5_md(text):
    return [f for f in check_text(text, "x.md", config=Config(select=["TQ5"])) if f.code.startswith("TQ5")]


def test_english_number_helper():
    assert numbers.english_number("1 234,5") == "1,234.5"
    assert numbers.english_number("1.234.567") == "1,234,567"
    assert numbers.english_number("4,7") == "4.7"
    assert numbers.english_number("0,345") == "0.345"
    assert numbers.english_number("1,500") == "1,500"
    assert numbers.english_number("3.5") == "3.5"
    assert numbers.english_number("0.500") == "0.500"
    assert numbers.english_number("46.000") == "46,000"


# ------------------------------------------------------------ data files

@pytest.mark.parametrize("name, key", [
    ("french_abbreviations.tsv", "french"),
    ("numbers_context_words.tsv", "word"),
    ("numbers_months.tsv", "number"),
    ("numbers_words.tsv", "french"),
])
def test_data_files_have_a_why_and_no_duplicates(name, key):
    rows = load_tsv(name)
    assert rows
    keys = [r[key] for r in rows]
    assert len(keys) == len(set(keys))
    assert all(r["why"].strip() for r in rows)


def test_every_rule_is_documented():
    codes = [r.code for r in numbers.RULES]
    assert len(codes) == len(set(codes)) and all(c.startswith("TQ5") for c in codes)
    for rule in numbers.RULES:
        assert rule.fix.split(":")[0] in ("safe", "unsafe", "sometimes", "none")
        assert rule.before != rule.after


# ------------------------------------------------------------ long segments

LONG_LINES = [
    "Louis XIV reigned in the XVIIe siècle; François Ier and the IIIe République.",
    "The XLe congress.",
    "The XCe congress; the Ve République.",
    "The plan costs 3 MILLIARDS.",
    "Then 2 Milliards d'euros and 70 billions of people.",
    "From 9h to 17h, or 9h-11h; the office opens at 8 h 30.",
    "It cost 20 $US, 3 Md€, 1,5 M€ and 50 k€; the meal 8,90$.",
    "Env. 300 hab. and 12 000 hab.; 100 € TTC; c.-à-d. N.D.L.R. and Nº 5.",
    "MM. Dupont and Durand met Mlle Martin, Pr Dubois and M. Guebuza; Mr. Smith came.",
    "Dates: 05/03/2023, 15/03/2023 and March 15, 2023; 1er mai, 14 juillet 1789, 3 Août.",
    "Le lundi 3 mars, then since le 4 mars, dimanche 9 mars and the vote le 10 mars.",
    "The home of Élisabeth Ire of England and of Napoléon Ier, in the Ier arrondissement.",
    "Sparks Public Ire, Says Mayor",
]


def _examples():
    lines = [text for text, *_ in WHY_EXAMPLES + MORE_EXAMPLES] + NEVER + LONG_LINES
    lines += [line for line in SAFE_FILE.splitlines() if line]
    # lines without anything for the family between them: the anchors skip those
    return [line for text in lines for line in (text, "Nothing to see in this line of plain prose.")]


def test_a_long_segment_gives_the_findings_of_its_lines_one_by_one():
    """A long segment is searched line by line from cheap anchors: the findings must be those
    of the same lines as separate short paragraphs, which are scanned whole."""
    lines = _examples()
    one_segment = "\n".join(lines)
    assert len(one_segment) > numbers._LONG
    paragraphs = "\n\n".join(lines)
    assert max(len(line) for line in lines) <= numbers._LONG

    def key(f, line):
        fix = (f.fix.replacement, f.fix.applicability) if f.fix else None
        return (line, f.column, f.end_column, f.code, f.span, f.message, fix)

    long = [key(f, f.line) for f in tq5(one_segment)]
    short = [key(f, (f.line + 1) // 2) for f in tq5(paragraphs)]
    assert len(short) > 60
    assert {f[3] for f in short} == {r.code for r in numbers.RULES}
    assert sorted(long) == sorted(short)


def test_every_french_number_word_contains_illi():
    """The long-segment anchor for TQ506 looks for "illi"."""
    words = [r["french"] for r in load_tsv("numbers_words.tsv") if r["kind"] == "word"]
    assert words and all("illi" in w.lower() for w in words)


# ------------------------------------------------------------ precision on clean English

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def test_no_finding_on_the_wmt13_reference():
    path = SHARED / "wmt13-fren" / "newstest2013-ref.en"
    if not path.exists():
        pytest.skip(f"{path} not available")
    lines = path.read_text(encoding="utf-8").splitlines()
    doc = parse("\n\n".join(lines), fmt="text")
    findings = lint(doc, Context(Config(select=["TQ5"]))).findings
    assert [(f.line, f.span) for f in findings] == []
