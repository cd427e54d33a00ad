"""TQ605's addresses (``markup``): the URLs and e-mail addresses of a pair compared, less what a translation may
localize: a page's language part and its anchor, an example's domain or mailbox."""

from __future__ import annotations

import html

from ...documents.model import PLACEHOLDER
from ..common import URL, Pattern
from . import whole


def urls(source, seg):
    """TQ605 on addresses: a URL or an e-mail address of the translation that its source lacks, and the source's that
    the translation lost; a translated page's address and an example's are the source's own (``_unlocalized``)."""
    wanted = [_trimmed(m.group()) for m in URL.finditer(source)]
    found = [(m.start(), m.start() + len(url), url) for m in URL.finditer(seg.text) if (url := _trimmed(m.group()))]
    have = {u for _, _, u in found}
    examples = [u for u in wanted if _example(u)]
    localized = {_unlocalized(u) for u in wanted}
    sites = {site for u in wanted if (site := _language_site(u))}
    for i, j, url in found:
        if url not in wanted and not (examples and _example(url)) and _unlocalized(url) not in localized \
                and _language_site(url) not in sites:
            # (`nom@domaine.com`: `name@domain.com`; `privacy.html`: `privacy-en.html`)
            what = "e-mail address" if "@" in url and "://" not in url else "URL"
            yield seg.problem(i, j, "TQ605", f"The {what} `{url}` is not in the source"
                              + (f" (it has `{wanted[0]}`)" if len(wanted) == 1 else ""))
    if PLACEHOLDER in seg.text:  # a link's target kept in its markup (`<a href=…>Biblissima</a>`): not lost
        have |= {_trimmed(m.group()) for m in URL.finditer(html.unescape(seg.shown(0, len(seg.text))))}
    have |= {_unlocalized(u) for u in have}
    lost = [u for u in wanted if u not in have and _unlocalized(u) not in have]  # (`/fr/` for `/en/`: localized)
    if lost and len(found) < len(wanted):
        verb = "is" if len(lost) == 1 else "are"
        yield whole(seg, "TQ605", f"The source's {', '.join(f'`{u}`' for u in lost)} {verb} missing from the translation")


def _trimmed(url: str) -> str:
    """``url`` without the punctuation after it: a closing bracket only where the URL opened none
    (``wiki/Python_(langage)`` keeps its own)."""
    url = url.rstrip(".,;:!?")
    while url.endswith(")") and url.count(")") > url.count("("):
        url = url[:-1].rstrip(".,;:!?")
    return url


def _language_site(url: str) -> tuple | None:
    """The place of a page whose address names its language (``fr.wikipedia.org/wiki/Bœuf``, ``/fr/Python_(langage)``):
    its host and folders without the language, and its name's figures.  Its translation's address names English, and
    the page's name may be translated too (``/en/Beef``), not its folders nor its figures (``/product/123``)."""
    if "://" not in url:
        return None
    host, _, path = url.split("://", 1)[1].lower().partition("/")
    path = path.split("?")[0].split("#")[0]
    language = _LANGUAGE_HOST.match(host)
    if language is None and _LANGUAGE_PART.search("/" + path) is None:
        return None
    folders, _, name = _LANGUAGE_PART.sub("", "/" + path).rstrip("/").rpartition("/")
    return host[language.end():] if language else host, folders, "".join(filter(str.isdigit, name))


def _unlocalized(url: str) -> str:
    """``url`` without what a translation localizes: a language's part of its path or name (``privacy-en.html``,
    ``/en/faq.html``, ``?lang=en``), its fragment (``#quand-et-comment`` is ``#when-and-how``); an e-mail address's
    mailbox where it is an example's (``nom@mail.com`` is ``name@mail.com``; ``aide@impots.gouv.fr`` is no example)."""
    if "@" in url and "://" not in url:
        mailbox, _, domain = url.lower().rpartition("@")
        return "@" + domain if _EXAMPLE_MAILBOX.fullmatch(mailbox) else url.lower()
    url = url.split("#")[0].lower()
    host = url.find("/", url.find("://") + 3) % (len(url) + 1)  # (the host's own `.fr` is no language)
    return (url[:host] + _LANGUAGE_PART.sub("", url[host:])).rstrip("/")  # (`site.fr/` is `site.fr/en`'s French)


# the mailbox of an example address, in French or in English (``prenom.nom@``, ``votre.adresse@``, ``name@``)
_EXAMPLE_MAILBOX = Pattern(r"(?:votre[.-]?|your[.-]?)?(?:nom|pr[ée]nom|pr[ée]nom\.nom|utilisateur|identifiant|adresse|"
                           r"e?-?mail|courriel|exemple|moi|jean\.dupont|name|first\.?name|last\.?name|user|username|"
                           r"address|example|me|john\.doe)\d{0,2}")  # (numbered: `adresse1@`, `address2@`)
# (the longest first: `en_us` whole, not `en` and a `_us` left)
_LANGUAGE_PART = Pattern(r"[/._-](?:(?:en|fr)[-_][a-z]{2}|english|french|eng|fra|en|fr)(?=[/._-]|$)"
                         r"|[?&]lang=\w+")


_LANGUAGE_HOST = Pattern(r"(?:en|fr)(?:-[a-z]{2})?\.(?=[^.]+\.)")  # `fr.wikipedia.org`, `en-gb.example.org`


def _example(url: str) -> bool:
    """Is ``url`` an example's, which a translation may translate: a domain reserved for examples (RFC 2606:
    ``example.com``, ``.test``, ``.example``) or one that says it is one (``domaine.com``, ``votre-domaine.fr``,
    ``yourdomain.tld``)?"""
    host = url.split("@")[-1].split("://")[-1].split("/")[0].lower()
    return _EXAMPLE_HOST.search(host) is not None


_EXAMPLE_HOST = Pattern(r"(?:^|[.-])(?:example|exemple|domain|domaine|votre-?domaine|your-?domain|mon-?domaine|"
                        r"my-?domain|mondomaine|mysite|monsite)\.|\.(?:test|example|invalid|localhost|tld)$")
