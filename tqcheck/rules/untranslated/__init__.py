"""TQ4xx: French words, fragments and sentences left untranslated in English text.

One detector, ``classify`` (TQ401 fragment, TQ402 sentence, TQ403 word: three outcomes of one
classifier), written with:

``lexicon``     the words: English word list, French cues, loanwords, the language identifier, a word's kind
``frequencies`` how French a word is: word frequencies in French and English, a spelling model
``prefilter``   the lines worth reading: chunks and words sorted once into seeds and plain ones
``tokens``      a sentence's words with their kinds, and the proper names among them
``exemptions``  French put there on purpose: italics, quoted titles, terms quoted or bracketed

The word list is built by ``bench/measure_untranslated.py --make-words``, the frequency table and the
spelling model by ``scripts/build_untranslated_data.py``.
"""
