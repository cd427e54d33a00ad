"""TQ2xx: names spelled the French way or two ways, mixed US/UK spelling, house glossary.

Detectors: ``exonyms`` TQ201 · ``clusters`` TQ202 (within a document; across files through
``clusters_run``) · ``us_uk`` TQ203 · ``glossary_terms`` TQ204 · ``nationalities`` TQ205 · ``french_spelling``
TQ206.  No rule: ``keys`` (the French→English
transliteration model), ``tokens`` (the words of a document, read once for all of them) and
``grouping`` (which spellings are one name, and which to prefer).
"""
