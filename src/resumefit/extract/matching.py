"""Find skill candidates in a tokenised text: exact, symbol, cased, ambiguous, fuzzy, phrase.

Every candidate carries token and character offsets; ``mentions.py`` keeps the ones that
survive the ambiguity rules and the longest-wins dedupe, and turns them into Mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from resumefit.extract.evidence import EvidenceMatcher, evidence_matcher
from resumefit.extract.nlp import blank_english
from resumefit.extract.patterns import (
    FUZZY_MIN_LENGTH,
    CompiledLexicon,
    compiled_lexicon,
)

#: Edits (insert, delete, substitute, swap two neighbours) a misspelling may be away from a
#: name: one for names up to FUZZY_LONG_NAME - 1 letters, two from there on.
FUZZY_MAX_EDITS = 1
FUZZY_LONG_NAME = 9
#: How many distinct fuzzy lookups to remember between documents.
FUZZY_MEMO_SIZE = 50_000
AMBIGUOUS_PREFIX = "?"
_UNSEEN = object()
_SYMBOL = re.compile(r"[^\w\s]")
_WORDLIKE = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")


@dataclass
class Candidate:
    """A possible mention: which skill, where (tokens and characters), and how it was found."""

    skill: str
    first: int  # token index
    last: int  # token index, exclusive
    start: int  # character offsets in the chunk
    end: int
    method: str  # "exact", "pattern", "context", "fuzzy", "phrase"
    ambiguous: bool = False


@dataclass
class Matchers:
    """The spaCy matchers built from one compiled lexicon."""

    compiled: CompiledLexicon
    lower: Any  # PhraseMatcher on LOWER: names and aliases
    cased: Any  # PhraseMatcher on ORTH: cased and ambiguous forms
    evidence: EvidenceMatcher  # soft-skill evidence phrases


def _add_phrases(matcher: Any, forms: list[tuple[str, tuple[str, ...]]], prefix: str) -> None:
    from spacy.tokens import Doc

    vocab = blank_english().vocab
    grouped: dict[str, list[Any]] = {}
    for skill_id, tokens in forms:
        doc = Doc(vocab, words=list(tokens), spaces=[False] * len(tokens))
        grouped.setdefault(prefix + skill_id, []).append(doc)
    for key, docs in grouped.items():
        matcher.add(key, docs)


@cache
def matchers() -> Matchers:
    """Return the matchers for the shipped lexicon (built once per process)."""
    from spacy.matcher import PhraseMatcher

    compiled = compiled_lexicon()
    vocab = blank_english().vocab
    lower = PhraseMatcher(vocab, attr="LOWER")
    _add_phrases(lower, compiled.lower_forms, "")
    _add_phrases(lower, compiled.guarded_forms, AMBIGUOUS_PREFIX)
    cased = PhraseMatcher(vocab, attr="ORTH")
    _add_phrases(cased, compiled.cased_forms, "")
    _add_phrases(cased, compiled.ambiguous_forms, AMBIGUOUS_PREFIX)
    return Matchers(compiled, lower, cased, evidence_matcher())


def phrase_candidates(doc: Any, found: Matchers) -> list[Candidate]:
    """Return candidates from the lexicon's names, aliases, cased and ambiguous forms."""
    strings = doc.vocab.strings
    out: list[Candidate] = []
    for match_id, first, last in found.lower(doc):
        span = doc[first:last]
        key = strings[match_id]
        guarded = key.startswith(AMBIGUOUS_PREFIX)
        method = "context" if guarded else "pattern" if _SYMBOL.search(span.text) else "exact"
        out.append(
            Candidate(
                key.removeprefix(AMBIGUOUS_PREFIX),
                first,
                last,
                span.start_char,
                span.end_char,
                method,
                ambiguous=guarded,
            )
        )
    for match_id, first, last in found.cased(doc):
        key = strings[match_id]
        span = doc[first:last]
        ambiguous = key.startswith(AMBIGUOUS_PREFIX)
        out.append(
            Candidate(
                key.removeprefix(AMBIGUOUS_PREFIX),
                first,
                last,
                span.start_char,
                span.end_char,
                "context" if ambiguous else "exact",
                ambiguous=ambiguous,
            )
        )
    return out


def evidence_candidates(doc: Any, lowers: list[str], found: Matchers) -> list[Candidate]:
    """Return soft-skill candidates from evidence phrases ("led a team of four")."""
    out = []
    for skill, first, last in found.evidence(doc, lowers):
        span = doc[first:last]
        out.append(Candidate(skill, first, last, span.start_char, span.end_char, "phrase"))
    return out


class FuzzyLookup:
    """Misspelling lookup for single words and glued word pairs, with guards and a memo."""

    def __init__(self, compiled: CompiledLexicon) -> None:
        self.compiled = compiled
        self.memo: dict[str, str | None] = {}
        self.keys = {
            letter: [key for key, _ in pairs] for letter, pairs in compiled.fuzzy_choices.items()
        }

    def eligible(self, lower: str, token_hash: int) -> bool:
        """Return whether a lower-cased word may be looked up at all."""
        return (
            len(lower) >= FUZZY_MIN_LENGTH
            and _WORDLIKE.match(lower) is not None
            and lower not in self.compiled.common_words
            and token_hash not in self.compiled.lemmas  # an inflected English word
        )

    def lookup(self, lower: str) -> str | None:
        """Return the skill id ``lower`` misspells, or None."""
        if lower in self.memo:
            return self.memo[lower]
        result = None
        choices = self.compiled.fuzzy_choices.get(lower[0], [])
        if choices:
            edits = FUZZY_MAX_EDITS + (len(lower) >= FUZZY_LONG_NAME)
            best = process.extractOne(
                lower, self.keys[lower[0]], scorer=OSA.distance, score_cutoff=edits
            )
            if best is not None:
                result = choices[best[2]][1]
        if len(self.memo) < FUZZY_MEMO_SIZE:
            self.memo[lower] = result
        return result

    def candidates(self, doc: Any, lowers: list[str], covered: list[bool]) -> list[Candidate]:
        """Return fuzzy candidates among tokens no other candidate covers."""
        out: list[Candidate] = []
        joined = self.compiled.joined_forms
        memo = self.memo
        count = len(lowers)
        for index, lower in enumerate(lowers):
            if covered[index]:
                continue
            if index + 1 < count and not covered[index + 1] and lower.isalpha():
                pair = joined.get(lower + lowers[index + 1])
                if pair is not None and lowers[index + 1].isalpha() and doc[index].whitespace_:
                    # "Java Script", "Tensor Flow", "Power Point"
                    token, nxt = doc[index], doc[index + 1]
                    out.append(
                        Candidate(pair, index, index + 2, token.idx, nxt.idx + len(nxt), "fuzzy")
                    )
                    continue
            skill = memo.get(lower, _UNSEEN)
            if skill is _UNSEEN:
                skill = self._lookup_word(lower, doc[index].lower)
            if skill is not None:
                token = doc[index]
                out.append(
                    Candidate(
                        str(skill), index, index + 1, token.idx, token.idx + len(token), "fuzzy"
                    )
                )
        return out

    def _lookup_word(self, lower: str, token_hash: int) -> str | None:
        if not self.eligible(lower, token_hash):
            if len(self.memo) < FUZZY_MEMO_SIZE:
                self.memo[lower] = None
            return None
        return self.compiled.joined_forms.get(lower) or self.lookup(lower)


@cache
def fuzzy_lookup() -> FuzzyLookup:
    """Return the shared fuzzy lookup (its memo lives as long as the process)."""
    return FuzzyLookup(compiled_lexicon())
