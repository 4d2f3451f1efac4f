"""Find skill candidates in a tokenised text: exact, symbol, cased, ambiguous, fuzzy, phrase.

Every candidate carries token and character offsets; ``mentions.py`` keeps the ones that
survive the ambiguity rules and the longest-wins dedupe, and turns them into Mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, compress, repeat
from itertools import count as count_from
from operator import add, is_not, not_, sub
from typing import Any

from resumefit.extract.evidence import EvidenceMatcher, evidence_matcher
from resumefit.extract.nlp import english_vocab, make_doc, split_pieces, stop_words
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
#: Tokens after which a capitalised word is capitalised for starting a sentence or an item.
SENTENCE_OPENERS = frozenset({".", "!", "?", "•", "-", "*", "·", "–", "—", "(", '"'})
#: What the fuzzy memo holds for a word it has not seen (None means "spells no skill").
_UNSEEN = "\x00unseen"


@dataclass(slots=True)
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
    """A tokenised text as plain lists: words, lower-case forms and character offsets.

    Built straight from the regex tokenizer's words: no spaCy ``Doc`` (whose lexeme lookups
    and ``to_array`` cost more than the matching itself). Slicing (``tokens[i:j]``) returns a
    ``Doc`` of just those tokens, for the few places that run a spaCy Matcher on a window.
    """

    words: list[str]
    spaces: list[bool]
    lowers: list[str]
    starts: list[int]
    ends: list[int]
    places: list[int]  # indices of the tokens that are not whitespace
    seq: list[str]  # their lower-case forms, in order

    @classmethod
    def of_text(cls, text: str) -> Tokens:
        """Return the tokens of ``text`` (offsets into ``text``)."""
        pieces, words, spaces, blank = split_pieces(text)
        # the pieces' running lengths are where the next token starts; a word with a
        # trailing space ends one character before that
        ends = list(accumulate(map(len, pieces)))
        starts = [0, *ends]
        starts.pop()
        ends = list(map(sub, ends, spaces))
        lowers = list(map(str.lower, words))
        places = list(compress(count_from(), map(not_, blank)))
        seq = list(map(lowers.__getitem__, places))
        return cls(words, spaces, lowers, starts, ends, places, seq)

    def __getitem__(self, window: slice) -> Any:
        return make_doc(english_vocab(), self.words[window], self.spaces[window])


@dataclass
class Matchers:
    """The matchers built from one compiled lexicon."""

    compiled: CompiledLexicon
    # Cased and ambiguous forms (exact case): token sequence -> keys ("?" marks ambiguous),
    # and per first token the sequence lengths to try.
    cased: dict[tuple[str, ...], list[str]]
    cased_lengths: dict[str, tuple[int, ...]]
    evidence: EvidenceMatcher  # soft-skill evidence phrases


@cache
def matchers() -> Matchers:
    """Return the matchers for the shipped lexicon (built once per process)."""
    compiled = compiled_lexicon()
    cased: dict[tuple[str, ...], list[str]] = {}
    lengths: dict[str, set[int]] = {}
    for forms, prefix in ((compiled.cased_forms, ""), (compiled.ambiguous_forms, AMBIGUOUS_PREFIX)):
        for skill_id, tokens in forms:
            keys = cased.setdefault(tuple(tokens), [])
            if prefix + skill_id not in keys:
                keys.append(prefix + skill_id)
            lengths.setdefault(tokens[0], set()).add(len(tokens))
    by_length = {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}
    return Matchers(compiled, cased, by_length, evidence_matcher())


def index_candidates(tokens: Tokens, text: str, compiled: CompiledLexicon) -> list[Candidate]:
    """Return candidates for the names and aliases, matched on lower-case spaCy tokens.

    This is what a spaCy PhraseMatcher on LOWER does, done with a dict keyed by token
    sequences: building a PhraseMatcher for the ~80k forms of the full lexicon takes
    seconds at every start (and as long again to unpickle), the dict loads in a blink.
    Whitespace tokens are skipped, so "Power  Point" with two spaces still matches.
    """
    words, seq = tokens.places, tokens.seq
    lengths, index, pairs = compiled.lengths, compiled.index, compiled.pairs
    out: list[Candidate] = []
    count = len(seq)
    for pos in compress(count_from(), map(lengths.__contains__, seq)):
        word, key, length = seq[pos], None, 1
        if pos + 1 < count and f"{word} {seq[pos + 1]}" in pairs:  # one string built, not two
            for length in lengths[word]:  # longest first
                if pos + length <= count:
                    key = index.get(" ".join(seq[pos : pos + length]))
                    if key is not None:
                        break
        else:
            # no longer form starts here (nine positions in ten): only the word itself,
            # which is in the index only if it is a one-token form
            key = index.get(word)
        if key is None:
            continue
        first, last = words[pos], words[pos + length - 1] + 1
        start, end = tokens.starts[first], tokens.ends[last - 1]
        guarded = key.startswith(GUARD_PREFIX)
        symbolic = _SYMBOL.search(text, start, end)
        method = "context" if guarded else "pattern" if symbolic else "exact"
        skill = key.removeprefix(GUARD_PREFIX)
        out.append(Candidate(skill, first, last, start, end, method, ambiguous=guarded))
    return out


def phrase_candidates(tokens: Tokens, found: Matchers) -> list[Candidate]:
    """Return candidates from the cased and ambiguous forms (exact case), every length."""
    places = tokens.places
    seq = list(map(tokens.words.__getitem__, places))
    count = len(seq)
    out: list[Candidate] = []
    cased_lengths = found.cased_lengths
    for pos in compress(count_from(), map(cased_lengths.__contains__, seq)):
        for length in cased_lengths[seq[pos]]:
            if pos + length > count:
                continue
            for key in found.cased.get(tuple(seq[pos : pos + length]), ()):
                first, last = places[pos], places[pos + length - 1] + 1
                ambiguous = key.startswith(AMBIGUOUS_PREFIX)
                out.append(
                    Candidate(
                        key.removeprefix(AMBIGUOUS_PREFIX),
                        first,
                        last,
                        tokens.starts[first],
                        tokens.ends[last - 1],
                        "context" if ambiguous else "exact",
                        ambiguous=ambiguous,
                    )
                )
    return out


def evidence_candidates(tokens: Tokens, found: Matchers) -> list[Candidate]:
    """Return soft-skill candidates from evidence phrases ("led a team of four")."""
    out = []
    for skill, first, last in found.evidence(tokens, tokens.lowers):
        start, end = tokens.starts[first], tokens.ends[last - 1]
        out.append(Candidate(skill, first, last, start, end, "phrase"))
    return out


class FuzzyLookup:
    """Misspelling lookup for single words and glued word pairs, with guards and a memo."""

    def __init__(self, compiled: CompiledLexicon) -> None:
        self.compiled = compiled
        self.memo: dict[str, str | None] = {}
        self.stop_words = stop_words()
        # The words a glued pair can start with ("java" of "Java Script"): a letters-only
        # beginning of a joined form, not a stop word ("in design" is not InDesign).
        self.pair_firsts = frozenset(
            first
            for form in compiled.joined_forms
            for first in (form[:cut] for cut in range(1, len(form)))
            if first.isalpha() and first not in self.stop_words
        )

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
        memo = self.memo  # looked up here: most words were seen in an earlier document
        # Only two kinds of token can yield anything: the first of a pair whose letters,
        # joined, spell a form, and words long enough to look up, unless the memo already
        # says they spell nothing (~95% of them on the dotin resumes). Find both without a
        # Python-level step per token; a pair is joined and looked up only when its first
        # word can begin one (one token in ten).
        firsts = list(compress(count_from(), map(self.pair_firsts.__contains__, lowers)))
        following = lowers[1:]
        following.append(" ")  # the last token starts no pair (no form holds a space)
        pairs = set(
            compress(
                firsts,
                map(
                    joined.__contains__,
                    map(add, map(lowers.__getitem__, firsts), map(following.__getitem__, firsts)),
                ),
            )
        )
        long_words = list(compress(count_from(), map(FUZZY_MIN_LENGTH.__le__, map(len, lowers))))
        known = map(memo.get, map(lowers.__getitem__, long_words), repeat(_UNSEEN))
        maybe = compress(long_words, map(is_not, known, repeat(None)))
        for index in sorted(pairs.union(maybe)):
            if covered[index]:
                continue
            lower = lowers[index]
            if (
                index in pairs
                and not covered[index + 1]
                and lower.isalpha()
                and lower not in self.stop_words  # "in design" is not InDesign
                and lowers[index + 1].isalpha()
                and starts[index + 1] > ends[index]
            ):
                # "Java Script", "Tensor Flow", "Power Point"
                pair = joined[lower + lowers[index + 1]]
                out.append(
                    Candidate(pair, index, index + 2, starts[index], ends[index + 1], "fuzzy")
                )
                continue
            skill = memo[lower] if lower in memo else self.lookup(lower)
            if skill is not None and not _in_proper_name(tokens.words, covered, index):
                out.append(Candidate(skill, index, index + 1, starts[index], ends[index], "fuzzy"))
        return out


def _in_proper_name(words: list[str], covered: list[bool], index: int) -> bool:
    """Return whether capitalised word ``index`` sits in a run of capitalised words.

    Such a run is a person's or an organisation's name ("Professor Domingo Yost", "BT
    Openreach", "Jaspers Fruit and Vegetable Store"), and a name near a skill's spelling is
    not a misspelt skill. A neighbour that is itself part of a skill ("Cloud Watch"), one
    across a line break, and a word before it that is capitalised only because it starts
    the sentence ("Wrote Pyhton scripts"; an acronym such as "BT" still counts) do not.
    """
    if not words[index][:1].isupper():
        return False
    for step in (-1, 1):
        at = _next_word(words, index, step)
        if at is None or covered[at]:
            continue
        neighbour = words[at]
        if not (neighbour[:1].isupper() and neighbour.isalpha()):
            continue
        if step < 0 and not neighbour.isupper() and _starts_sentence(words, at):
            continue
        return True
    return False


def _next_word(words: list[str], index: int, step: int) -> int | None:
    """Return the index of the token beside ``index`` (spaces skipped), None at a line end."""
    at = index + step
    while 0 <= at < len(words) and words[at].isspace():
        if "\n" in words[at]:
            return None
        at += step
    return at if 0 <= at < len(words) else None


def _starts_sentence(words: list[str], index: int) -> bool:
    """Return whether token ``index`` opens a line or follows a sentence's end or a bullet."""
    before = _next_word(words, index, -1)
    return before is None or words[before] in SENTENCE_OPENERS


@cache
def fuzzy_lookup() -> FuzzyLookup:
    """Return the shared fuzzy lookup (its memo lives as long as the process)."""
    return FuzzyLookup(compiled_lexicon())
