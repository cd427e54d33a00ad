"""TQ202 across the files of one run (tqcheck.rules.names.clusters_run, exposed by clusters)."""

from tqcheck import documents
from tqcheck.engine import Context
from tqcheck.rules.names import clusters
from tqcheck.rules.names.tokens import cap_tokens


def test_cross_file_cluster(across):
    a = ("Bakhmut is calm. Bakhmut is held.\n", "a.txt")
    out, _ = across(a, ("The Bakhmutt front moved.\n", "b.txt"))
    assert [(p, pr.span, pr.start) for p, pr in out] == [("b.txt", "Bakhmutt", 4)] or out == []
    out, (_, c) = across(a, ("The Bakhmout front moved.\n", "c.txt"))
    assert [(p, pr.span, c.text[pr.start:pr.end]) for p, pr in out] == [("c.txt", "Bakhmout", "Bakhmout")]
    assert "a.txt:1" in out[0][1].message and out[0][1].fix.replacement == "Bakhmut"


def test_weak_majority_across_files_gives_no_fix(across):
    out, _ = across(("Cesar and Pompei fought. Appian had Pompei in mind.\n", "a.txt"),
                    ("Latin graffiti in Pompeii.\n", "b.txt"))
    assert [(p, pr.span, pr.fix) for p, pr in out] == [("b.txt", "Pompeii", None)]
    assert "prefer" not in out[0][1].message


def test_a_file_with_both_spellings_is_left_to_check(across):
    out, _ = across(("Bakhmut is calm. Bakhmut is held. Bakhmout fell.\n", "a.txt"),
                    ("The Bakhmut front moved.\n", "b.txt"))
    assert out == []


def test_cross_file_cluster_in_markdown_points_at_the_file(across):
    out, (_, b) = across(("# Front\n\nBakhmut is calm. *Bakhmut* is held.\n", "a.md", "markdown"),
                         ("Intro &amp; `code`.\n\nThe **Bakhmout** front moved.\n", "b.md", "markdown"))
    assert [(p, b.text[pr.start:pr.end], pr.fix.replacement) for p, pr in out] == [("b.md", "Bakhmout", "Bakhmut")]
    assert "a.md:3" in out[0][1].message


TEXT = ("Bakhmout's mayor met Mr. Mark Twain\tTwain's Rue de Londres O'Brien.\n“Will” will. Mark: mark? "
        "(Mark) ‘Mark’ Kyiv Bakhmut, Kyiv Oblast and Jean-Pierre Ōsaka spoke; Zelensky\u00a0Kyiv. ΑΘΗΝΑ Москва.\n")


def test_summary_is_what_the_occurrences_give():
    """``collect`` reads the word list at once; ``clusters.occurrences`` reads each spelling where it is."""
    for fmt, text in (("text", TEXT), ("markdown", TEXT + "\n\n**Kyiv** and `Code` in *Bakhmut*\n"),
                      ("text", TEXT + "The Donbass Arena. Donbass Arena’s stands. Donbass fell.\n")):
        doc = documents.parse(text, "x", fmt)
        wanted = {t[:-2] if t.endswith(("'s", "’s")) else t for t in cap_tokens(doc)[0]}
        wanted = {w for w in wanted if len(w) >= 4 and not w.isupper()}
        occ, neighbours = clusters.occurrences(doc, wanted)
        summary = clusters.collect(doc, Context())
        common = {w for w, places in occ.items() if all(p[2] for p in places) and w in ("Will", "Mark")}
        assert common == {"Will"} and "Will" not in summary["occ"]
        assert set(summary["occ"]) == set(occ) - common
        for word, (line, begin, end) in summary["occ"].items():
            assert begin == [o[0] for o in occ[word]], word
            assert (end or [s + len(word) for s in begin]) == [o[1] for o in occ[word]], word
            assert line == doc.position(begin[0])[0]
            if "Arena" not in text:
                assert summary["neighbours"].get(word, []) == sorted(neighbours.get(word, ())), word
        assert summary["neighbours"]["Kyiv"] == ["Bakhmut", "Oblast", "Zelensky"]


def test_the_glossary_decides_across_files_too(across):
    from tqcheck.config import Config

    ctx = Context(Config(glossary=(("Zelenskiy", "Zelensky"),)))
    out, _ = across(("Zelenskyy spoke. Zelenskyy left. Zelenskyy came back.\n", "a.txt"),
                    ("Zelensky answered.\n", "b.txt"), ctx=ctx)
    assert [(p, pr.span, pr.fix.replacement) for p, pr in out] == [("a.txt", "Zelenskyy", "Zelensky")] * 3
    assert "prefer `Zelensky`" in out[0][1].message


def test_a_name_opening_a_line_has_neighbours_only_where_the_format_reflows():
    """In HTML a table's cell or a list item opens with a name and its surname; in plain text a sentence that
    opens with a name keeps the old reading (in 800 Debian changelogs, `Sergei` joined every `Sergey`'s group)."""
    from tqcheck import documents
    from tqcheck.rules.names.clusters import occurrences

    for text, path, expected in (
        ("Fixed.\n\nSergei Trofimovich reported it.\n", "ChangeLog.txt", set()),
        ("<table><tr><td>Sergei Trofimovich</td></tr></table>", "a.html", {"Trofimovich"}),
    ):
        _, neighbours = occurrences(documents.parse(text, path), {"Sergei"})
        assert neighbours.get("Sergei", set()) == expected


def _story(title, names):
    """One story of a one-sentence-a-line file: a title line, then 12 sentences naming ``names`` in turn."""
    return title + "\n" + "".join(f"{names[k % len(names)]} is noted in item {k}.\n" for k in range(12))


def test_the_articles_of_a_verbatim_file_are_read_from_its_places():
    """A one-segment text file sends its articles' starts, not each spelling's articles: ``check_run`` gives what
    it gives with each spelling's articles listed."""
    from tqcheck.rules.names import clusters_run, scope

    files = [(_story("Talks in the capital", ["Kharkov"]) + _story("The end of the season", ["Kharkiv"])
              + _story("Another story here", ["Bakhmut", "Bakhmout"]), "a.txt"),
             (_story("News of the day", ["Kharkiv"]), "b.txt"),
             ("The Bakhmut front and the Kharkiv one.\n", "c.txt")]
    ctx = Context()
    docs = [documents.parse(*f) for f in files]
    collected = [(d.path, clusters.collect(d, ctx)) for d in docs]
    assert "article_starts" in collected[0][1] and len(collected[0][1]["article_starts"]) == 2
    listed = []
    for doc, (path, summary) in zip(docs, collected):
        summary = dict(summary)
        if summary.pop("article_starts", None) is not None:
            starts = scope.articles(doc, ctx)
            summary["articles"] = {w: sorted({scope.article_of(starts, p - doc.segments[0].start) for p in begin})
                                   for w, (_, begin, _) in summary["occ"].items()}
        listed.append((path, summary))
    found = [(p, pr.start, pr.message) for p, pr in clusters_run.check_run(collected, ctx)]
    assert found == [(p, pr.start, pr.message) for p, pr in clusters_run.check_run(listed, ctx)]
    # Kharkov and Kharkiv are in two stories of a.txt, Bakhmut and Bakhmout in one (check() reports those)
    assert {(p, m.split("`")[1]) for p, _, m in found} == {("a.txt", "Kharkov")}
