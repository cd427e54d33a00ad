"""TQ109 broken-markdown (tqcheck.rules.typography.markdown)."""

import pytest


def broken(codes, text, path="x.md"):
    return [span for code, _, span in codes(text, path=path, select=("TQ109",)) if code == "TQ109"]


@pytest.mark.parametrize("text, span", [
    # the English of French projects' documentation (a survey of 2026: Nos Gestes Climat, Gladys Assistant's blog)
    ("Feel free to consult this [simulator] (https://ecolab.ademe.fr/transport) first.", "] ("),
    ("Follow me on [my personal Twitter] (https://twitter.com/x)!", "] ("),
    ("See [the guide] (./docs/guide.md) and [the FAQ] (#faq).", "] ("),
    ("! [Gladys Assistant 4 site visitors statistics] (../ static / img / a.png)",
     "! [Gladys Assistant 4 site visitors statistics] ("),
    ("We finally had ** 372 active instances ** at the end of December 2021.", "** 372 active instances **"),
    ("There was __ one new version per week __, on average.", "__ one new version per week __"),
    ("This is a ** critical step ** of the guide.", "** critical step **"),  # `a`, `I`: words, not operands
    ("I ** really ** mean it.", "** really **"),
    ("See this ! [chart] (img/chart.png) here.", "! [chart] ("),  # an image's file
    # a `!` that ends a sentence, then a link (a second review: the fix made it an image)
    ("Welcome to all ! [Read the docs] (https://x.org/docs) now.", "] ("),
])
def test_markup_a_space_broke_is_flagged(codes, text, span):
    assert set(broken(codes, text)) == {span}


@pytest.mark.parametrize("text", [
    "Misspellings in Irish or Irish Gaelic [ga] (#2861) (9c14a42)",  # a tag, then a pull request: an npm changelog
    "A [real](https://x.org) link, **bold**, __strong__ and ![an image](a.png).",
    "Compute 2 ** 3 ** 4, or x ** 2 and n ** k.",  # an operator between operands
    "Fixed! [#270](https://github.com/x/y/pull/270)",  # an exclamation, then a link
    "Nodes such as [as foo] and (bar) are listed.",  # no address after the bracket
    "This is [wrapped]\n(https://x.org) over two lines.",  # a line break: left alone
    "`[code] (https://x.org)` and `** x **` in code.",
    "Use x[i] ** 2 or y[j] ** 3 here. Expand (a+b) ** 2 = a ** 2.",  # operands a bracket closes
    "- [x] (https://x.org) done\n- [ ] (https://x.org) to do",  # a task list's boxes
    "Hi all ! [not an image] (this is prose)",
])
def test_markup_that_renders_or_is_no_markup_is_left_alone(codes, text):
    assert broken(codes, text) == []


def test_only_markdown_documents_are_read(codes):
    assert broken(codes, "Consult this [simulator] (https://x.org) first.", path="x.txt") == []
    assert broken(codes, "Consult this [simulator] (https://x.org) first.", path="x.mdx")


def test_the_unsafe_fix_makes_the_markup_render(fixed):
    text = "Consult [this] (https://x.org), ** this ** and\n\n! [that] (a.png).\n"
    assert fixed(text, fmt="markdown") == text
    after = "Consult [this](https://x.org), **this** and\n\n![that](a.png).\n"
    assert fixed(text, unsafe=True, fmt="markdown") == after
