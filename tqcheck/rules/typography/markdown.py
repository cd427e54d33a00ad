"""TQ109 broken-markdown: Markdown markup that a space inside it turned into text.

Machine translation (and the tools that send Markdown through it) puts spaces inside the markup: `[text] (url)`,
`! [alt] (img.png)`, `** bold **`.  CommonMark then renders the brackets, the address and the asterisks as
text.  The Markdown readers (markdown-it) strip what renders as a link, an image or emphasis, so whatever of
that markup is left in a segment's text is markup that did not render: this rule reads it there, only in
Markdown documents (`.md`, `.mdx`, `.qmd`), and only where the space is on one line.
"""

from __future__ import annotations

import re

from ...documents import MARKDOWN
from .. import Rule
from ..common import Pattern

RULES = [
    Rule(
        code="TQ109",
        name="broken-markdown",
        severity="warning",
        summary="A Markdown link, image or emphasis broken by a space inside its markup",
        what="Flags, in Markdown documents, a link whose `]` and `(` a space separates before an address "
        "(`[the simulator] (https://…)`), an image whose `!` and `[` a space separates (`! [chart] (img/a.png)`), "
        "and `**` or `__` emphasis with a space inside both ends (`** 372 instances **`): markup that did not "
        "render. A bracketed tag before a reference (`[ga] (#2861)`) and a line break between `]` and `(` are "
        "left alone.",
        why="Translation tools put spaces inside Markdown's markup, and the page then shows `[simulator] "
        "(https://…)` or `** text **` to every reader. In the English of ten French projects' documentation "
        "(two surveys of 2026, 24 files), 5 such breaks in 4 files; in the 1,486 native Markdown and MDX files "
        "of `make measure` (npm READMEs and changelogs, npm's docs, MDX documentation), none.",
        before="Feel free to consult this [simulator] (https://ecolab.ademe.fr/transport) first.",
        after="Feel free to consult this [simulator](https://ecolab.ademe.fr/transport) first.",
        fix="unsafe: the spaces inside the markup are removed, so that it renders; a link whose address the "
        "translation also broke (`../ static / img`) still needs an editor.",
    ),
]

_SPACES = r"[ \t\u00a0]+"
# `[text] (url`: an address after the space (not `(#2861)`, a reference after a bracketed tag)
_LINK = Pattern(r"(?<=\])" + _SPACES + r"(?=\((?:https?://|www\.|mailto:|\.{0,2}/|#[A-Za-z]))")
# `! [alt] (img)`: the `!` opens its line (after a word it ends a sentence: `Hi all ! [Gladys] (https://…)` is a link)
# or the address is an image's
_IMAGE = Pattern(r"!" + _SPACES + r"\[([^\]\n]{0,200})\][ \t\u00a0]*\(([^()\s]*(?:[ \t][^()\s]*){0,12})\)")
_IMAGE_FILE = Pattern(r"\.(?:png|jpe?g|gif|svg|webp|avif)\Z", re.I)
_TASK = frozenset(("[ ]", "[x]", "[X]"))  # a task list's box, before a link: `- [x] (https://…)`
# an operand just before: a figure, a letter (not `a` or `I`), or what a bracket closes (`x[i] ** 2`, `(a+b) ** 2`)
_OPERAND = Pattern(r"(?:(?:^|[^\w.])(?:[b-zA-HJ-Z]|[\d.]+)|[\])])[ \t]*\Z")
_EMPHASIS = Pattern(r"(?:^|(?<=[\s(]))(\*\*|__)([ \t]+)[^\s*_](?:[^*_\n]{0,200}?[^\s*_])?([ \t]+)\1(?=[\s.,;:!?)]|$)")


def check(doc, ctx):
    if doc.format not in MARKDOWN:
        return
    for seg in doc.segments:
        text = seg.text
        if "]" in text:
            images = []
            for m in _IMAGE.finditer(text):  # `! [alt] (a.png)`: the image, and the space before its `(` too
                if text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip() and not _IMAGE_FILE.search(m.group(2)):
                    continue  # (not at its line's start, nor an image's file)
                images.append((m.start(), m.end()))
                yield seg.problem(m.start(), m.start(2), "TQ109", "A space between `!` and `[` breaks this image: it "
                                  "shows as text", f"![{m.group(1)}](", applicability="unsafe")
            for m in _LINK.finditer(text):
                opening = text.rfind("[", 0, m.start())
                if opening > text.rfind("\n", 0, m.start()) and text[opening:m.start()] not in _TASK and not any(
                        a <= m.start() < b for a, b in images):  # its `[` on the same line; not an image's
                    yield seg.problem(m.start() - 1, m.end() + 1, "TQ109", "A space between `]` and `(` breaks "
                                      "this link: it shows as text", "](", applicability="unsafe")
        if "**" in text or "__" in text:
            for m in _EMPHASIS.finditer(text):
                if _OPERAND.search(text, max(0, m.start() - 12), m.start()):
                    continue  # `2 ** 3`, `a ** b`: an operator between operands
                inner = text[m.end(2):m.start(3)]
                yield seg.problem(m.start(), m.end(), "TQ109", f"Spaces inside `{m.group(1)}` break this "
                                  "emphasis: it shows as text", f"{m.group(1)}{inner}{m.group(1)}",
                                  applicability="unsafe")
