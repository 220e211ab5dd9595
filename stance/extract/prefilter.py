"""Cheap text test run before parsing: a paragraph with no reporting word, no quotation mark and
(outside first-person documents) cannot hold a statement, so it is not parsed; unless the next
paragraph that is parsed refers back to someone ('He said ...', 'the minister said'): then it is
parsed for the people it names ('Wang Yi met his Russian counterpart on Tuesday.')."""

from __future__ import annotations

import re

from .lexicons import Lexicons

_IRREGULAR = {
    "say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "seek": ["sought"],
    "hold": ["held"], "speak": ["spoke", "spoken"], "think": ["thought"], "make": ["made"],
    "give": ["gave", "given"], "take": ["took", "taken"], "mean": ["meant"],
    "withdraw": ["withdrew", "withdrawn"], "lead": ["led"], "freeze": ["froze", "frozen"],
}


def word_forms(lemma: str) -> set[str]:
    """Rough English inflections of a verb or noun (enough for a pre-parse filter)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma + "d"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms.update(_IRREGULAR.get(lemma, []))
    return forms


class Prefilter:
    def __init__(self, lex: Lexicons):
        words: set[str] = set()
        for cue in lex.speech_cues:
            if cue.pos in ("prep",):
                words.add(" ".join(cue.words))
            else:
                words |= word_forms(cue.words[0])
        alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
        self.pattern = re.compile(rf"\b({alternation})\b|[\"\u201c\u201d\u201e\u00ab\u00bb]",
                                  re.IGNORECASE)
        # what refers back to a person named before: a pronoun, a title of the lexicon after
        # "the", or a surname before or after a reporting verb ('Ryabkov said', 'said Ryabkov')
        titles = "|".join(sorted((re.escape(w) for w, kind in lex.speaker_nouns.items()
                                  if kind == "role"), key=len, reverse=True))
        self.back_reference = re.compile(
            rf"(?i:\b(he|she|his|her)\b|\bthe (\w+ )?({titles})\b)"
            r"|\b[A-Z][\w'-]+ (said|says|told|added)\b|\b(said|says|told|added) [A-Z][\w'-]+[.,]")

    def __call__(self, text: str, first_person: bool = False) -> bool:
        """In a first-person document every sentence is the author's: nothing is filtered."""
        return first_person or bool(self.pattern.search(text))

    def refers_back(self, text: str) -> bool:
        """Does the paragraph point to a person named in an earlier one?"""
        return bool(self.back_reference.search(text))
