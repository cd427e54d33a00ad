"""The language a file's path or tag names: ``named_language`` (``fr.po``, ``messages.fr-FR.xlf``, ``en.json``,
``locale/fr/LC_MESSAGES/app.po``, Android's ``values-fr``, Apple's ``fr.lproj``), ``is_locale`` and ``foreign``
(is a tag another language than English?).  Read by every reader of translation and resource files, and by the
folder walk (``in_english_folder``)."""

from __future__ import annotations

import os
import re

_LOCALE = r"([a-z]{2,3}(?:[_@-][A-Za-z0-9]{2,8})?)"


def is_locale(name: str) -> bool:
    """Is a file's name (``fr``, ``pt_BR``; not ``app``, ``ui``) a locale, as the C library knows them?  A language
    the C library knows with a script or region it does not (``zh-Hans``, ``es-419``, ``sr@latin``) is one too."""
    import locale

    tag = name.lower().replace("-", "_").split("@")[0]
    return tag in locale.locale_alias or "_" in tag and tag.split("_")[0] in locale.locale_alias


TAG = re.compile(_LOCALE)  # a tag's shape (``fr``, ``pt_BR``, ``sr@latin``): ``is_locale`` says whether it is one


def is_tag(name) -> bool:
    """Is ``name`` (a key, a folder's or a file's name) a locale's tag: its shape, and a locale (``fr``, ``en-GB``)?"""
    return isinstance(name, str) and TAG.fullmatch(name) is not None and is_locale(name)

_ISO_639_2 = frozenset("eng fre fra ger deu spa ita por dut nld".split())  # film.eng.srt, film.fre.srt
# language codes that are also English words: a folder so named (src/it/, test-data/no/) names a language only in a
# folder of translations (locales/it/, _locales/no/)
ENGLISH_WORDS = frozenset("am as be he hi id in is it no or uk".split())
# the folders of translations (Joomla's and CodeIgniter's `language/` too): a language code under one names a language
LOCALE_FOLDERS = frozenset("locales locale i18n l10n lang langs language languages translations messages".split())


def named_language(path: str, folder: bool = True) -> str | None:
    """The language a file's path names: its name's last part (``fr.po``, ``messages.fr-FR.xlf``, ``en.json``,
    ``app_pt_BR.arb``, ``messages_fr.properties``, ``film.eng.srt``), else its folder's name
    (``locales/fr/translation.json``, gettext's ``locale/fr/LC_MESSAGES/app.po``, Android's ``values-fr-rCA``);
    None where neither is a locale.  ``folder=False``: the name only (a Java bundle's language is its name's:
    ``jakarta/el/`` is a package, not Greek)."""
    folder, name = os.path.split(path.replace("\\", "/")) if folder else ("", os.path.basename(path))
    stem = os.path.splitext(name)[0]
    cuts = [0] + [i + 1 for i, c in enumerate(stem) if c in "._-"]
    parent = os.path.basename(folder)
    if parent == "LC_MESSAGES":  # gettext: locale/fr/LC_MESSAGES/app.po
        folder = os.path.dirname(folder)
        parent = os.path.basename(folder)
    if parent.endswith(".lproj"):  # Apple: fr.lproj, en-GB.lproj (Base.lproj names none)
        parent = parent[:-len(".lproj")]
    if parent.startswith("values-"):  # Android: the qualifiers of a resource folder
        return _android_language(parent.split("-")[1:])
    if parent.lower() in ENGLISH_WORDS and os.path.basename(os.path.dirname(folder)).lower().lstrip("_") not in \
            LOCALE_FOLDERS:
        parent = ""
    for tag in [stem[i:] for i in cuts] + [parent]:
        if TAG.fullmatch(tag) and (tag in _ISO_639_2 or is_locale(tag)):
            return tag
    return None


def _android_language(qualifiers: list) -> str | None:
    """The language of Android's folder qualifiers: ``fr`` fr, ``en-rGB`` en-GB, ``b+sr+Latn`` sr-Latn; ``night``,
    ``v21`` and ``land`` none (``values-mcc310-en``: the language need not come first)."""
    for k, q in enumerate(qualifiers):
        if q.startswith("b+"):  # BCP 47
            return "-".join(q.split("+")[1:]) or None
        if re.fullmatch(r"[a-z]{2,3}", q) and is_locale(q):
            region = qualifiers[k + 1] if k + 1 < len(qualifiers) else ""
            return f"{q}-{region[1:]}" if re.fullmatch(r"r[A-Z]{2}", region) else q
    return None


def in_english_folder(path: str) -> bool:
    """Does the folder of ``path`` name English (``public/locales/en/common.json``, ``i18n/en-GB/app.json``)?"""
    return english(named_language(os.path.join(os.path.dirname(path), "_")))


def english(lang: str | None) -> bool:
    """Does a path name English: a language tag, and not another language's (the folder runs' test)?"""
    return bool(lang) and not foreign(lang)


_TAGS = {"fr": ("fr", "fr_FR", "fr-FR", "fr_CA", "fr-CA"), "en": ("en", "en_US", "en-US", "en_GB", "en-GB")}


def _siblings(path: str, language: str) -> list:
    """The files that would hold ``path``'s strings in ``language``: its name with the language's tag
    (``messages_fr.properties``), its twin in a resource folder of that language (``values-fr/``, ``fr.lproj/``)."""
    folder, name = os.path.split(path)
    stem, ext = os.path.splitext(name)
    tags = _TAGS[language]
    found = [os.path.join(folder, f"{stem}{sep}{tag}{ext}") for sep in "_.-" for tag in tags]
    parent, above = os.path.basename(folder), os.path.dirname(folder)
    if parent == "values":  # Android: values-fr, values-fr-rCA
        for tag in tags:
            lang, _, region = tag.replace("-", "_").partition("_")
            found.append(os.path.join(above, f"values-{lang}" + (f"-r{region}" if region else ""), name))
    elif parent == "Base.lproj":  # Apple
        found += [os.path.join(above, f"{tag}.lproj", name) for tag in tags]
    return found


def french_sibling(path: str) -> bool:
    """Is the French of a strings file of no language another file, a real one: its name with a French tag
    (``messages_fr.properties`` for ``messages.properties``), its twin in ``values-fr/`` or ``fr.lproj/``, not
    empty, not the file itself nor a copy of it, and no English one beside it (with both, the default may be
    either)?  Then the file is the default language's, and French in it is left untranslated, not the source."""
    if not os.path.splitext(os.path.basename(path))[0] or path in ("-", "") or not os.path.isfile(path):
        return False
    if any(os.path.isfile(c) for c in _siblings(path, "en")):
        return False
    return any(_another_text(path, c) for c in _siblings(path, "fr"))


def _another_text(path: str, other: str) -> bool:
    try:
        if not os.path.isfile(other) or not os.path.getsize(other) or os.path.samefile(path, other):
            return False
        if os.path.getsize(other) != os.path.getsize(path):
            return True
        with open(path, "rb") as a, open(other, "rb") as b:
            return a.read() != b.read()
    except OSError:
        return False


def file_head(path: str, size: int = 8192) -> bytes | None:
    """The first ``size`` bytes of a file, as a folder run's test reads them to tell its kind; None if unreadable."""
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except OSError:
        return None


UNKNOWN = ("und", "mul", "zxx", "unnamed", "*all*")


def foreign(lang: str | None) -> bool:
    """Does a language tag name a language other than English?  ``en``, ``eng``, ``en-GB``, ``en_US`` (gettext
    writes ``_``) and ``English`` are English; an empty, undetermined or unnamed one (``und``, ``mul``) says
    nothing."""
    lang = (lang or "").strip()
    return bool(lang) and not re.match(r"eng?(?![a-z])|english\b", lang, re.I) and lang.lower() not in UNKNOWN
