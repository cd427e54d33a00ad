"""The reStructuredText reader (tqcheck.documents.rst): Sphinx and docutils sources, prose only, offsets kept."""

import pytest

from tqcheck.config import Config
from tqcheck.documents import PLACEHOLDER, detect_format, parse
from tqcheck.engine import check_text

P = PLACEHOLDER

DOC = """==========
 Title
==========

Intro with ``selon_les`` and :func:`os.environ` and a `link text <https://x.fr/les-syndicats>`_ here.
It goes on with *emphasis* and **strong**.

Example::

    selon les syndicats = 1

.. note::
   :class: custom

   This note is prose.

.. code-block:: python

   print("Il a dit que les syndicats")

.. automodule:: des.modules
   :members:

Section
-------

:param x: the value.

+-------+-------+
| selon | les   |
+-------+-------+

>>> print("des syndicats")

- item one
- item two with |subst| and [1]_.

.. [1] A footnote.
.. _target:
"""


def test_prose_is_read_and_markup_code_and_tables_are_not():
    assert [s.text for s in parse(DOC, fmt="rst").segments] == [
        "Title",
        f"Intro with {P} and {P} and a link text here.\nIt goes on with emphasis and strong.",
        "Example:",
        "This note is prose.",
        "Section",
        f"{P} the value.",
        f"- item one\n- item two with {P} and {P}.",
        "A footnote.",
    ]


def test_directive_first_lines_fields_and_simple_tables():
    text = """.. note:: First line of the note
   continues here.

   Second paragraph.

.. versionadded:: 2.0 Added the flag.

.. topic:: A Title

   Topic body.

:param x: the value.
:param y: another.
:returns: nothing.

=====  =====
selon  les
=====  =====
des    x

z      w
=====  =====

After the table.
"""
    assert [s.text for s in parse(text, fmt="rst").segments] == [
        "First line of the note\n   continues here.", "Second paragraph.", "Added the flag.", "Topic body.",
        f"{P} the value.\n{P} another.\n{P} nothing.", "After the table.",
    ]


def test_offsets_point_into_the_file():
    doc = parse(DOC, fmt="rst")
    seg = doc.segments[1]
    i = seg.text.index("link text")
    assert DOC[seg.offset(i):seg.offset(i) + 9] == "link text"
    k = seg.text.index("strong")
    assert DOC[seg.offset(k):seg.offset(k) + 6] == "strong"


@pytest.mark.parametrize("paragraph, text", [
    ("Example::", "Example:"),  # reads as a colon
    ("Example ::", "Example"),  # the spaced form reads nothing: no French space before a colon
    ("::", None),
])
def test_the_colons_before_a_literal_block(paragraph, text):
    segments = parse(f"{paragraph}\n\n    code here\n\nAfter.\n", fmt="rst").segments
    assert [s.text for s in segments] == ([text] if text else []) + ["After."]


def test_findings_in_prose_directives_and_fields_only():
    text = ("Selon les syndicats, it works.\n\n.. warning::\n\n   The strike goes on, selon les syndicats.\n\n"
            ".. code-block:: text\n\n   selon les syndicats\n")
    found = [(f.code, f.line, f.span) for f in check_text(text, "a.rst", config=Config(select=["TQ4"]))]
    assert found == [("TQ401", 1, "Selon les syndicats"), ("TQ401", 5, "selon les syndicats")]


def test_rst_files_are_found_by_their_suffix():
    assert detect_format("docs/index.rst") == "rst" and detect_format("README.rest") == "rst"
    assert "*.rst" in Config().include


@pytest.mark.parametrize("text, expected", [
    # a definition list's term: its classifier's " : " is markup, never a French space to fix
    ("term two : classifier\n    The definition.\n", [f"term two{P}classifier", "The definition."]),
    ("Example:: \n\n    selon les syndicats\n\nAfter.\n", ["Example:", "After."]),  # `::` then trailing spaces
    ("Quoted::\n\n> selon les syndicats\n> des x\n\nAfter.\n", ["Quoted:", "After."]),  # a quoted literal block
    (".. note::\n\tTab-indented body.\n\nAfter.\n", ["Tab-indented body.", "After."]),  # a tab is 8 columns
    (".. py:function:: send(message, des=None)\n\n   Send the message.\n", ["Send the message."]),
    (".. figure:: images/selon.png\n   :alt: x\n\n   The caption.\n", ["x", "The caption."]),  # the path is no prose
    # a domain's directive whose body is code or its output (click's own documentation): not read
    (".. click:example::\n\n    cli(default_map={\n        'port': 5000\n    })\n\nAfter.\n", ["After."]),
    (".. click:run::\n\n    invoke(cli, args=['--help'])\n\nAfter.\n", ["After."]),
    ("- Second item::\n\n      code here\n\n  Prose after its code.\n", ["- Second item:", "Prose after its code."]),
])
def test_more_of_the_reST_syntax(text, expected):
    assert [s.text for s in parse(text, fmt="rst").segments] == expected


@pytest.mark.parametrize("text", [
    ".. image:: dec_tria_1.gif\n   :align: center\n   :alt: Découpage « standard » d'un triangle\n\nAfter.\n",
    ".. figure:: dec.png\n   :alt: Découpage « standard » d'un triangle  \n   :width: 200\n\n   The caption.\n",
])
def test_an_images_alt_text_is_a_label_at_its_place(text):
    # a fresh MT doc's 19 French alt texts in reST passed silently, where Markdown's and HTML's are read
    from tqcheck.engine import Context, fix_document

    alt = "Découpage « standard » d'un triangle"
    seg = next(s for s in parse(text, fmt="rst").segments if s.text == alt)
    assert seg.label and text[seg.offset(0):seg.offset(len(alt) - 1) + 1] == alt
    out = fix_document(parse(text, fmt="rst"), Context(Config()), unsafe=False)[0].text
    assert out == text.replace("« standard »", "“standard”")


def test_an_alt_text_over_lines_and_a_substitutions_image_are_read():
    # a review's: a wrapped :alt: went on into the caption, and `.. |logo| image::` was not read
    text = ".. figure:: a.png\n   :alt: Le chat noir selon\n         les syndicats\n   :width: 200\n\n   The caption.\n"
    assert [s.text for s in parse(text, fmt="rst").segments] == [
        "Le chat noir selon\n         les syndicats", "The caption."]
    text = ".. |logo| image:: a.png\n   :alt: Le chat noir selon les syndicats\n\nAfter |logo|.\n"
    assert [s.text for s in parse(text, fmt="rst").segments] == ["Le chat noir selon les syndicats", f"After {P}."]


def test_a_definition_lists_classifier_is_not_fixed():
    from tqcheck.engine import Context, fix_document

    text = "term two : classifier\n    The definition.\n"
    doc, _, _ = fix_document(parse(text, fmt="rst"), Context(Config()), unsafe=True)
    assert doc.text == text


def test_a_french_title_in_emphasis_is_a_title_not_untranslated_french():
    found = check_text("He read *la vie est belle* today, selon les syndicats.\n", "a.rst", config=Config(select=["TQ4"]))
    assert [f.span for f in found] == ["selon les syndicats"]


def test_a_section_title_is_a_label():
    text = "=====\nTitre\n=====\n\nAjout d'un équipement\n=====================\n\nThe plugin adds one.\n"
    assert [(s.text, s.label) for s in parse(text, "a.rst", "rst").segments] == [
        ("Titre", True), ("Ajout d'un équipement", True), ("The plugin adds one.", False)]
    assert [(f.code, f.line) for f in check_text(text, "a.rst", config=Config(select=["TQ4"]))] == [
        ("TQ403", 2), ("TQ402", 5)]


def test_a_section_title_takes_no_fix_that_makes_it_longer():
    # a hostile run's: `lundi 15 mars` -> `Monday 15 March`, `n°` -> `No.` made titles longer than their underline
    # (docutils: "Title underline too short", which fails `sphinx -W`)
    from tqcheck.engine import Context, fix_document

    text = ("Meeting of lundi 15 mars 2023\n=============================\n\nSee item n° 5 today.\n\n"
            "=================\nReport n° 5 today\n=================\n\nText.\n")
    out = fix_document(parse(text, fmt="rst"), Context(Config()), unsafe=False)[0].text
    assert out == text.replace("See item n° 5", "See item No. 5")
    assert {f.line for f in check_text(text, path="a.rst")} >= {1, 4, 7}  # reported all the same
    shorter = "The « great » guide\n===================\n\nText.\n"  # a fix that shortens it is offered (review)
    assert fix_document(parse(shorter, fmt="rst"), Context(Config()), unsafe=False)[0].text.startswith(
        "The “great” guide\n====")


def test_a_signature_going_on_over_lines_is_no_prose():
    # Python's C API sources (read as reST since stop 50): a signature continued after `\`, or a second one
    text = (".. c:function:: Py_UCS4 PyUnicode_ReadChar(PyObject *unicode, \\\n                Py_ssize_t index)\n\n"
            "   Read a character (from a string).\n\n.. py:function:: f(x)\n                  g(x, y)\n   :noindex:\n\n"
            "   Both take a value.\n\n.. note:: A note (with text.\n   It goes on).\n")
    assert [s.text for s in parse(text, fmt="rst").segments] == [
        "Read a character (from a string).", "Both take a value.", "A note (with text.\n   It goes on)."]
    # a directive whose content may start on the next line is no signature (docutils' epigraph, a review's)
    assert [s.text for s in parse(".. epigraph::\n   No matter where you go, there you are.\n", fmt="rst").segments] == [
        "No matter where you go, there you are."]
