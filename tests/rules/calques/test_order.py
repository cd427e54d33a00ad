"""TQ304 (tqcheck.rules.calques.order): the rows of calque_patterns.tsv with code TQ304, through the detector."""

from tqcheck.rules.calques.token_table import CALQUE_PATTERNS


def test_the_detector_reports_its_rows(spans):
    rows = CALQUE_PATTERNS.where(code="TQ304")
    assert rows, "no row with code TQ304"
    # the rows' examples are flagged under TQ304, but where an entry of the family flags the same words first
    flagged = [row for row in rows if "TQ304" in [code for code, _ in spans(row.example)]]
    assert len(flagged) >= len(rows) // 2, [row.id for row in rows if row not in flagged]


# the adjective after its noun, for any adjective of the lexicon (calques/word_order.py)
import pytest  # noqa: E402


@pytest.mark.parametrize("text, flagged", [
    ("They rely on a service anonymous.", "service anonymous"),  # un service anonyme
    ("The report weighs the dangers various, then concludes.", "dangers various"),
    ("She leads a life luxurious and idle.", "life luxurious"),
    ("It was a decision unfair that nobody liked.", "decision unfair"),
    ("This is the service anonymous. Is it new?", "service anonymous"),  # `be`, but no question
])
def test_an_adjective_after_its_noun_is_flagged(spans, text, flagged):
    assert ("TQ304", flagged) in spans(text)


@pytest.mark.parametrize("text", [
    "The hearing went to a court martial, which sat in May.",  # postpositive by use
    "The attorney general said so.",
    "The guests present applauded.",
    "The film made the actors famous.",  # a verb with an object and its complement
    "The shops sell their shoes cheap, and customers come.",
    "It seemed a bit odd, frankly.",  # a degree noun
    "The baby is a year old.",  # a measure noun
    "There are two classes, one purely emotional, the other sensuous.",  # a pronoun (MacDowell's essays, 1912)
    "The soup tastes better, the wine stronger.",  # comparatives are no lemma
    "It is a town similar to ours.",  # an adjective with its complement
    "The rooms available are few.",  # -able adjectives follow nouns in English
    "The people involved were named.",  # participles too
    "Is the plan anonymous?",
    # a question with `be`: the adjective is the predicate (the first from the WMT13 human reference)
    "Is a caricature of the president sufficient, or a joke at the expense of a jurist?",
    "Why were the results of the vote unclear, then?",
    # GnuPG's and dpkg's changelogs: the verb's object is long, or its subject a pronoun
    "Make the double space in the middle of a fingerprint optional.",
    "This makes manual updating of the translations obsolete.",
    # Bash's and gettext's manuals: the verb on the line before (a paragraph wrapped), and `mark`
    "See Interactive Shells, for a description of what makes\na shell interactive.",
    "The string is inserted by msgmerge, at the same time when it marks a message fuzzy.",
])
def test_english_uses_of_an_adjective_after_a_noun_are_left_alone(spans, text):
    assert "TQ304" not in [code for code, _ in spans(text)]


def test_a_row_that_names_the_words_speaks_first(found):
    """Where a row of calque_patterns.tsv flags the same words, the open-class rule does not repeat it, in
    every paragraph (the rows' spans are document offsets, the open-class rule's segment offsets)."""
    text = "He explains also the results.\n\nHe explains also the results.\n"
    findings = [f for f in found(text) if f.code == "TQ304"]
    assert [(f.line, f.span) for f in findings] == [(1, "explains also"), (3, "explains also")]


@pytest.mark.parametrize("text, flagged", [
    ("The experts will assess correctly these results.", "assess correctly"),  # évalueront correctement ces
    ("The lobby defends bitterly the idea that taxes kill jobs.", "defends bitterly"),
    # an -s or -ed form is the verb even where the lexicon has the word as a noun or an adjective too
    ("The app saves automatically your changes.", "saves automatically"),
    ("The company increased significantly its prices in 2023.", "increased significantly"),
])
def test_an_adverb_between_the_verb_and_its_object_is_flagged(spans, text, flagged):
    assert ("TQ304", flagged) in spans(text)


@pytest.mark.parametrize("text", [
    "Both commands install exactly the same packages.",  # a focusing adverb
    "The union represents practically the whole workforce.",
    "That is especially the case in winter.",  # a light verb
    "She reads daily the news.",  # daily is an adjective too
    "Prices were increased significantly the year before.",  # a passive, then a time phrase
    "The region has prices generally the highest in Europe.",  # a noun in -s after `has`: no verb there
])
def test_english_adverbs_before_a_noun_phrase_are_left_alone(spans, text):
    assert "TQ304" not in [code for code, _ in spans(text)]


# a mid-position adverb between a verb and its object (also, already, thus…; again after the object)
@pytest.mark.parametrize("text, flagged", [
    ("The new rules shorten also the time allowed for appeals.", "shorten also"),  # raccourcissent aussi
    ("The town has already the money it needs for the bridge.", "has already"),  # a déjà l'argent
    ("This method lacks still the precision we were promised.", "lacks still"),  # a inflected form, a noun too
    ("He was glad to be playing again the part of the villain.", "playing again"),  # jouer encore le rôle
    ("The lawyers advise therefore a settlement.", "advise therefore"),
])
def test_a_mid_position_adverb_before_the_object_is_flagged(spans, text, flagged):
    assert ("TQ304", flagged) in spans(text)


def test_the_suggestion_puts_the_adverb_before_the_verb(found):
    [finding] = [f for f in found("The town has already the money it needs.") if f.code == "TQ304"]
    assert finding.fix.replacement == "already has"
    [again] = [f for f in found("She sang again the first song of the night.") if f.code == "TQ304"]
    assert again.fix is None  # English puts `again` after the object: no fix moves it there


@pytest.mark.parametrize("text", [
    "For the details, see also the logging module.",  # a cross-reference
    "The rain stopped, and they tried again the next morning.",  # a time phrase, not an object
    "That is also the case in most northern towns.",  # a light verb
    "The council also has a plan for the bridge.",  # the English order
    "The firm cut not only the prices but also the wages.",  # `but also`
    "I would rather the committee decided it.",  # an auxiliary
    "It snowed again the whole week, then thawed.",  # a time phrase
    "We met again the following spring.",
    "Keep still a moment while I fix it.",  # `keep` is a noun too, in its base form
])
def test_english_uses_of_a_mid_position_adverb_are_left_alone(spans, text):
    assert "TQ304" not in [code for code, _ in spans(text)]


@pytest.mark.parametrize("text", [
    "Typing blind makes using the editor difficult.",  # the verb a few words back
    "This looks odd, but it works.",  # a demonstrative pronoun and a verb
    "Prices may decline sharply the moment rates rise.",  # a time phrase after the determiner
    # PostgreSQL's and git's manuals: a passive and its subject (the noun phrase starts the next clause), `the
    # same` qualified by the adverb, an adverbial idiom, `remote` a noun
    "If the language is used again the initialization will be run.",
    "That interpreter won't be used again the next time around.",
    "Although these behave largely the same as named objects, they are faster.",
    "It accomplishes largely the same result without copying.",
    "This is without a doubt ugly and non-modular.",
    "Add fetch refspecs to the origin remote.",
])
def test_more_english_orders_are_left_alone(spans, text):
    assert "TQ304" not in [code for code, _ in spans(text)]


@pytest.mark.parametrize("text, flagged", [
    # the French inversion after a passive: the noun phrase is its subject (WMT13 rbmt-1, online-C, 2662)
    ("Three cities will be connected when will be sung jointly the song of the group.", "sung jointly"),
    ("It was mentioned specifically the student Joe Cooke.", "mentioned specifically"),
    ("We met there, when is played again the old anthem.", "played again"),
])
def test_a_passive_with_its_subject_after_it_is_still_flagged(spans, text, flagged):
    assert ("TQ304", flagged) in spans(text)


# an adverbial set off by commas between a verb and its object (représente, avec…, la troisième)
@pytest.mark.parametrize("text, flagged", [
    ("China represents, with an annual volume of 15 billion euros, the third market.",
     "represents, with an annual volume of 15 billion euros"),
    ("The cuts will generate, without doubt, a similar situation.", "generate, without doubt"),
    ("They support, to the tune of EUR 11.2 billion, this bank.", "support, to the tune of EUR 11.2 billion"),
    ("The police found, on the edge of the river, the bodies of the hikers.", "found, on the edge of the river"),
    ("They represent, objectively, a lower risk.", "represent, objectively"),  # one adverb in -ly
])
def test_an_aside_between_the_verb_and_its_object_is_flagged(spans, text, flagged):
    assert ("TQ304", flagged) in spans(text)


@pytest.mark.parametrize("text", [
    "The minister said, in 2004, the plan was dead.",  # a reporting verb: a clause follows
    "He became, after Remek, the second man in space.",  # a light verb
    "He explained, in detail, the method he had used.",  # an aside English sets off there itself
    "It includes, for example, the files of the cache.",
    "If it is specified, by default, the file is read.",  # a participle after `be`
    "When the job finished, on the next day, the server restarted.",  # a subordinate clause first
    "The report, in 2004, the minister wrote, was false.",  # a noun before the comma
    "They sold, which surprised us, the house.",  # a clause, not an adverbial
    "The index grew, with the market, as the year ended.",  # no determiner after the aside
])
def test_english_asides_and_clause_commas_are_left_alone(spans, text):
    assert "TQ304" not in [code for code, _ in spans(text)]


def test_a_participle_opening_the_sentence_has_no_object_after_its_aside(spans):
    text = "Tolerated, sometimes assisted, by local insurgents, the latter will no longer be needed."
    assert "TQ304" not in [code for code, _ in spans(text)]  # the WMT13 human reference


# a label after its noun (calques/label_order.py): French names the thing first, its emphasised label after it
@pytest.mark.parametrize("text, path, flagged", [
    ("Then click on the button **Save**.\n", "a.md", "button Save"),  # le bouton **Sauvegarder**
    ("It adds a printer **Brother** to the list.\n", "a.md", "printer Brother"),
    ("It imitates a meter *Linky* on the dashboard.\n", "a.md", "meter Linky"),
    ("Go to the menu __Plugins → Energy__ first.\n", "a.md", "menu Plugins → Energy"),
    ("<p>The plugin <strong>Brother</strong> needs no setup.</p>\n", "a.html", "plugin Brother"),
    ("Open the tabs *General* and *Advanced*.\n", "a.md", "tabs General"),
])
def test_a_label_after_its_noun_is_flagged(found, text, path, flagged):
    (finding,) = [f for f in found(text, path=path) if f.code == "TQ304"]
    noun, label = flagged.split(" ", 1)
    assert finding.message.startswith(f'"{flagged}": a label after its noun')
    assert finding.message.endswith(f' {label} {noun}"')  # (after the determiner found)
    assert finding.span.startswith(noun) and label.split()[-1] in finding.span


@pytest.mark.parametrize("text, path", [
    ("Click the **Save** button.\n", "a.md"),  # English order
    ("Set the option `--force` to skip it.\n", "a.md"),  # a code span: English names an option that way too
    ("The command `ls` lists the files.\n", "a.md"),
    ("It is a plugin *factory*, not a plugin.\n", "a.md"),  # emphasis on a word, no label (lowercase)
    ("Use the button **Save** button.\n", "a.md"),  # the noun after it too
    ("Then click on the button Save.\n", "a.txt"),  # no emphasis: nothing says the words are a label
    ("The file **README** explains the project.\n", "a.md"),  # a file: not an interface's thing in the table
])
def test_english_orders_and_code_are_left_alone(found, text, path):
    assert [f.span for f in found(text, path=path) if f.code == "TQ304"] == []
