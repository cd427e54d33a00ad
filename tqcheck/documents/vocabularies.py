"""What the markup reader (``html``) makes of each element, for HTML and for the XML of technical documentation
(DocBook, DITA), which it reads the same way: blocks end a segment, skipped elements leave no trace, opaque ones
are one ``PLACEHOLDER`` in their sentence, navigation elements are read as link text is, and empty elements that
stand for a word (a cross reference: ``<xref linkend="x"/>``, an image) are a placeholder, their ``attributes`` that
hold prose (an image's alt text) segments of their own.  What an element's class or role says (``class_names``,
``is_navigation``) is read here too.  A line break (``<br>``) is a ``\n`` of its paragraph, which no fix edits:
verse, an address or a text file's lines turned into HTML (valgrind's NEWS) stay one paragraph, as a plain text
file's lines do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONOSPACE = re.compile(r"font-family\s*:[^;]*\b(?:monospace|courier|consolas|menlo|monaco)", re.I)
# a class that names a programming language, on an element that holds code (``CODE_HOLDERS``: `<span class="python">`,
# highlight.js's `language-js`); not a page's or an article's class (Modernizr's `<html class="js">`), nor a locale
_LANGUAGES = (r"python|py|javascript|js|typescript|ruby|php|perl|bash|sql|java|cpp|csharp|golang|rust|haskell|ocaml"
              r"|lisp|json|yaml|toml")
_LANGUAGE_CLASS = re.compile(rf"(?:{_LANGUAGES})|(?:language|highlight|hljs|src)-(?:{_LANGUAGES}|sh|shell|console|text"
                             r"|none|default|go|ts|rb|c|html|css|xml)|sourceCode|prettyprint|codehilite|hljs")
CODE_HOLDERS = frozenset("span div pre code tt samp kbd var".split())
_NAV_ROLES = frozenset("navigation button menu menubar menuitem tab tablist".split())
_NAV_NAMES = re.compile(r"breadcrumb|pagination|\bpager\b", re.I)  # in class, id or aria-label


def _words(text: str) -> frozenset:
    return frozenset(text.split())


@dataclass(frozen=True)
class Vocabulary:
    name: str
    block: frozenset
    skip: frozenset  # not prose, no trace left
    opaque: frozenset  # one PLACEHOLDER in the prose
    inline: frozenset  # read, unless its class names code (``code_classes``)
    void: frozenset  # elements that never hold text
    navigation: frozenset  # their text is navigation context (a link's)
    words: frozenset = frozenset()  # empty elements that stand for a word: a placeholder
    code_classes: frozenset = frozenset()
    code_block_classes: frozenset = frozenset()  # a block whose class names code is skipped as ``pre`` is
    code_blocks: frozenset = frozenset(("pre",))  # blocks of code: the prose after one is a new segment
    breaks: frozenset = frozenset()  # line breaks inside a paragraph (``<br>``): a ``\n`` of its segment
    notes: frozenset = frozenset()  # footnotes: a segment of their own, and nothing in the sentence they interrupt
    attributes: frozenset = frozenset()  # of the elements that stand for a word: prose, segments of their own (alt)
    labels: frozenset = frozenset()  # blocks whose text, when they end it, is a label (``labels``), not a sentence
    xml: bool = False  # XML: no navigation guessed from ids and roles, an unknown entity a placeholder, a <title>
    # holding markup, no doctype's internal subset read


HTML = Vocabulary(
    "HTML",
    _words("address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure "
           "footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol option p section summary table tbody td "
           "tfoot th thead title tr ul"),
    _words("script style pre textarea noscript template"),
    _words("code kbd samp var tt svg math"),
    _words("span em strong i b"),
    _words("area base br col embed hr img input link meta param source track wbr"),
    _words("nav a button select option menu"),
    _words("img"),
    # an inline element whose class names code (DocBook's and Publican's spans: a package, a command, a file name,
    # an option...; `<code>` elsewhere) is opaque as ``<code>`` is
    _words("pkg command filename literal option varname envar function parameter systemitem userinput "
           "computeroutput replaceable classname methodname property code"),
    # generated API documentation: Doxygen's example fragment, prototype and member tables' declarations (a type
    # in one cell, the name and arguments in the next), rustdoc's item headers, Javadoc's member signatures; a block
    # whose class names code or a programming language (``class_names``: PyDbLite's ``<div class="python">``)
    _words("fragment memproto memtemplate memname memItemLeft memItemRight memTemplParams memTemplItemLeft "
           "memTemplItemRight code-header item-decl member-signature code"),
    breaks=_words("br"),
    attributes=_words("alt title"),
    labels=_words("h1 h2 h3 h4 h5 h6 li th td caption summary title"),
)

# DocBook 4 and 5 (books, articles, manuals): its metadata, code and index entries are no prose; its inline
# computer terms (commands, file names, GUI labels) are placeholders
DOCBOOK = Vocabulary(
    "DocBook",
    _words("para simpara formalpara title subtitle caption entry listitem varlistentry term glossterm glossdef "
           "note tip warning important caution section sect1 sect2 sect3 sect4 sect5 simplesect chapter appendix "
           "preface article book part partintro abstract blockquote epigraph sidebar example figure table "
           "informaltable row step substeps procedure itemizedlist orderedlist variablelist simplelist member "
           "qandaentry question answer bridgehead refsect1 refsect2 refsect3 refpurpose msgtext glossary "
           "glossentry bibliography p sec"),
    _words("programlisting screen synopsis literallayout funcsynopsis cmdsynopsis classsynopsis fieldsynopsis "
           "methodsynopsis indexterm remark info bookinfo articleinfo chapterinfo sectioninfo prefaceinfo refmeta "
           "refentryinfo refnamediv address authorgroup author editor othercredit copyright releaseinfo pubdate "
           "revhistory keywordset subjectset imageobject videoobject audioobject textobject annotation titleabbrev "
           "index script"),
    _words("command filename option literal code varname envar function parameter classname methodname property "
           "systemitem userinput computeroutput replaceable uri email keycap keycombo keysym prompt constant type "
           "markup tag sgmltag package token symbol errorcode errorname returnvalue structname structfield database "
           "guilabel guimenu guibutton guimenuitem guisubmenu menuchoice shortcut mousebutton inlinemediaobject "
           "inlinegraphic inlineequation mathphrase equation informalequation foreignphrase citation citerefentry"),
    _words("emphasis phrase quote link ulink olink citetitle firstterm acronym abbrev wordasword trademark "
           "productname superscript subscript"),
    _words("xref co footnoteref anchor colspec spanspec area"),
    _words("link ulink olink"),
    _words("xref footnoteref"),
    code_blocks=_words("programlisting screen synopsis literallayout funcsynopsis cmdsynopsis"),
    notes=_words("footnote"),
    xml=True,
)

# DITA topics (concept, task, reference): its code, UI names and draft comments are no prose
DITA = Vocabulary(
    "DITA",
    _words("p title shortdesc abstract li sli dt dd note step substep cmd info stepresult stepxmp tutorialinfo "
           "context result prereq postreq section example entry stentry fig desc lq choice choption chdesc "
           "glossterm glossdef conbody taskbody refbody body ol ul sl dl dlentry table row simpletable strow sthead "
           "steps steps-unordered substeps choices propdesc lines topic concept task reference"),
    _words("codeblock pre screen msgblock draft-comment required-cleanup indexterm index-base prolog titlealts "
           "searchtitle navtitle data data-about foreign unknown object metadata keywords syntaxdiagram"),
    _words("codeph filepath cmdname apiname option parmname varname userinput systemoutput msgph msgnum uicontrol "
           "wintitle menucascade shortcut synph kwd oper delim sep repsep var fragref keyword image"),
    _words("ph b i u q cite term tm xref sup sub"),
    _words("image colspec"),
    _words("xref link"),
    _words("xref image"),
    code_blocks=_words("codeblock pre screen msgblock"),
    notes=_words("fn"),
    xml=True,
)

# the root elements of an .xml file that is one of these (not <set>: Android's animations have it too)
ROOTS = {**{root: "docbook" for root in _words("book article chapter appendix preface part section sect1 sect2 sect3 "
                                                "sect4 sect5 simplesect refentry glossary bibliography colophon "
                                                "dedication acknowledgements")},
         **{root: "dita" for root in _words("topic concept task reference glossentry troubleshooting dita")}}


def not_english(attrs) -> bool:
    """Does an element say that its text is in another language (``lang="fr"``, ``xml:lang="de-CH"``) or is not to
    be translated (``translate="no"``: a name, a command)?  Its text is then no English to check."""
    for key, value in attrs:
        if key in ("lang", "xml:lang") and value and not value.lower().startswith(("en", "und", "zxx", "mul")) \
                or key == "translate" and (value or "").lower() == "no":
            return True
    return False


def class_names(attrs, tag: str = "") -> set:
    """The names in an element's ``class`` attribute, and ``code`` where its style sets a monospace font (the code
    of HeVeA's and LaTeX2HTML's pages: ``<span style="font-family:monospace">"+"</span>``) or a class names a
    programming language (PyDbLite's ``<span class="python">``, highlight.js's ``language-js``)."""
    names = {name for key, value in attrs if key == "class" and value for name in value.split()}
    if any(key == "style" and value and _MONOSPACE.search(value) for key, value in attrs) or \
            tag in CODE_HOLDERS and any(_LANGUAGE_CLASS.fullmatch(name) for name in names):
        names.add("code")
    return names


def is_navigation(attrs) -> bool:
    for key, value in attrs:
        if not value:
            continue
        if key == "role" and value.strip().lower() in _NAV_ROLES:
            return True
        if key in ("class", "id", "aria-label") and _NAV_NAMES.search(value):
            return True
    return False
