"""Find skill candidates in a tokenised text: exact, symbol, cased, ambiguous, fuzzy, phrase.

Every candidate carries token and character offsets; ``mentions.py`` keeps the ones that
survive the ambiguity rules and the longest-wins dedupe, and turns them into Mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from resumefit.extract.evidence import EvidenceMatcher, evidence_matcher
from resumefit.extract.nlp import blank_english
from resumefit.extract.patterns import (
    FUZZY_MIN_LENGTH,
    GUARD_PREFIX,
    CompiledLexicon,
    compiled_lexicon,
    fuzzy_match,
)

#: How many distinct fuzzy lookups to remember between documents.
FUZZY_MEMO_SIZE = 50_000
AMBIGUOUS_PREFIX = "?"
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
class Tokens:
    """A tokenised text as plain lists: lower-case forms and character offsets per token.

    Reading these once from ``Doc.to_array`` is several times cheaper than creating a
    spaCy ``Token`` object every time one is looked at.
    """

    doc: Any
    lowers: list[str]
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, doc: Any) -> Tokens:
        """Return the token lists of a spaCy Doc."""
        from spacy.attrs import IDX, LENGTH, LOWER

        rows = doc.to_array([LOWER, IDX, LENGTH]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        lowers = [strings[row[0]] for row in rows]
        starts = [row[1] for row in rows]
        return cls(doc, lowers, starts, [row[1] + row[2] for row in rows])


@dataclass
class Matchers:
    """The matchers built from one compiled lexicon."""

    compiled: CompiledLexicon
    cased: Any  # spaCy PhraseMatcher on ORTH: cased and ambiguous forms
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
    cased = PhraseMatcher(blank_english().vocab, attr="ORTH")
    _add_phrases(cased, compiled.cased_forms, "")
    _add_phrases(cased, compiled.ambiguous_forms, AMBIGUOUS_PREFIX)
    return Matchers(compiled, cased, evidence_matcher())


def index_candidates(tokens: Tokens, text: str, compiled: CompiledLexicon) -> list[Candidate]:
    """Return candidates for the names and aliases, matched on lower-case spaCy tokens.

    This is what a spaCy PhraseMatcher on LOWER does, done with a dict keyed by token
    sequences: building a PhraseMatcher for the ~80k forms of the full lexicon takes
    seconds at every start (and as long again to unpickle), the dict loads in a blink.
    Whitespace tokens are skipped, so "Power  Point" with two spaces still matches.
    """
    lowers = tokens.lowers
    words = [i for i, word in enumerate(lowers) if word.strip()]
    seq = [lowers[i] for i in words]
    lengths, index = compiled.lengths, compiled.index
    out: list[Candidate] = []
    count = len(seq)
    for pos, word in enumerate(seq):
        tries = lengths.get(word)
        if not tries:
            continue
        for length in tries:
            if pos + length > count:
                continue
            key = index.get(tuple(seq[pos : pos + length]))
            if key is None:
                continue
            first, last = words[pos], words[pos + length - 1] + 1
            start, end = tokens.starts[first], tokens.ends[last - 1]
            guarded = key.startswith(GUARD_PREFIX)
            symbolic = _SYMBOL.search(text, start, end)
            method = "context" if guarded else "pattern" if symbolic else "exact"
            skill = key.removeprefix(GUARD_PREFIX)
            out.append(Candidate(skill, first, last, start, end, method, ambiguous=guarded))
            break
    return out


def phrase_candidates(doc: Any, found: Matchers) -> list[Candidate]:
    """Return candidates from the cased and ambiguous forms (exact case)."""
    strings = doc.vocab.strings
    out: list[Candidate] = []
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


def evidence_candidates(tokens: Tokens, found: Matchers) -> list[Candidate]:
    """Return soft-skill candidates from evidence phrases ("led a team of four")."""
    out = []
    for skill, first, last in found.evidence(tokens.doc, tokens.lowers):
        start, end = tokens.starts[first], tokens.ends[last - 1]
        out.append(Candidate(skill, first, last, start, end, "phrase"))
    return out


class FuzzyLookup:
    """Misspelling lookup for single words and glued word pairs, with guards and a memo."""

    def __init__(self, compiled: CompiledLexicon) -> None:
        self.compiled = compiled
        self.memo: dict[str, str | None] = {}
        self.stop_words = frozenset(blank_english().Defaults.stop_words)

    def eligible(self, lower: str) -> bool:
        """Return whether a lower-cased word may be looked up at all."""
        return (
            len(lower) >= FUZZY_MIN_LENGTH
            and _WORDLIKE.match(lower) is not None
            and lower not in self.compiled.fuzzy_blocklist
        )

    def lookup(self, lower: str) -> str | None:
        """Return the skill id ``lower`` misspells, or None (remembered per word)."""
        if lower in self.memo:
            return self.memo[lower]
        result = None
        if self.eligible(lower):
            result = self.compiled.joined_forms.get(lower) or fuzzy_match(self.compiled, lower)
        if len(self.memo) < FUZZY_MEMO_SIZE:
            self.memo[lower] = result
        return result

    def candidates(self, tokens: Tokens, covered: list[bool]) -> list[Candidate]:
        """Return fuzzy candidates among tokens no other candidate covers."""
        lowers, starts, ends = tokens.lowers, tokens.starts, tokens.ends
        out: list[Candidate] = []
        joined = self.compiled.joined_forms
        count = len(lowers)
        for index, lower in enumerate(lowers):
            if covered[index]:
                continue
            if (
                index + 1 < count
                and not covered[index + 1]
                and lower.isalpha()
                and lower not in self.stop_words  # "in design" is not InDesign
            ):
                pair = joined.get(lower + lowers[index + 1])
                spaced = starts[index + 1] > ends[index]
                if pair is not None and lowers[index + 1].isalpha() and spaced:
                    # "Java Script", "Tensor Flow", "Power Point"
                    out.append(
                        Candidate(pair, index, index + 2, starts[index], ends[index + 1], "fuzzy")
                    )
                    continue
            skill = self.lookup(lower)
            if skill is not None:
                out.append(Candidate(skill, index, index + 1, starts[index], ends[index], "fuzzy"))
        return out


@cache
def fuzzy_lookup() -> FuzzyLookup:
    """Return the shared fuzzy lookup (its memo lives as long as the process)."""
    return FuzzyLookup(compiled_lexicon())
