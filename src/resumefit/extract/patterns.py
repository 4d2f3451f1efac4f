"""Compile the lexicon into what the matchers need: token sequences per surface form.

Compiling takes seconds (most of it reading spacy-lookups-data's word frequencies), so the
result is stored as JSON next to the lexicon's: shipped as plain JSON in
``skill_lexicon/compiled/`` (``scripts/compile_lexicon.py``), else gzipped in the user cache,
keyed by the lexicon's version, the compiled format and spacy-lookups-data's version.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from functools import cache
from importlib import metadata
from importlib.resources import files
from typing import Any

from resumefit.extract.nlp import english_vocab, lemma_lookup_table, split_words
from resumefit.lexicon import Lexicon, cache_name, load_lexicon, read_cache, write_cache

#: Single-token forms shorter than this are never looked up fuzzily (too many near misses).
FUZZY_MIN_LENGTH = 6
#: Categories that fuzzy lookup may produce: names of tools and fields, not generic words.
FUZZY_EXCLUDED_CATEGORIES = frozenset({"soft_skill", "spoken_language", "practice"})
#: ESCO's labels are phrases and job tasks, not names one misspells.
FUZZY_EXCLUDED_PREFIX = "esco_"
#: Edits (insert, delete, substitute, swap two neighbours) a misspelling may be away from a
#: name: one for words up to FUZZY_LONG_NAME - 1 letters, two from there on.
FUZZY_MAX_EDITS = 1
FUZZY_LONG_NAME = 9
#: Words at least this frequent (log probability in spacy-lookups-data's English table) are
#: "common": fuzzy lookup never turns one into a skill ("Jason" is not JSON).
COMMON_WORD_LOGPROB = -16.0
#: A one-word form at least this frequent ("sales", "testing", "research", "flash") is
#: too generic to stand alone: it is matched like an ambiguous name (needs a skills
#: section, a list of skills or a context word).
GENERIC_WORD_LOGPROB = -11.0
#: ...except names of products and technologies, which are frequent in web text yet safe:
#: "Linux", "Android", "Facebook".
PRODUCT_CATEGORIES = frozenset(
    {"programming_language", "database", "dev_tool", "web", "web_framework", "operating_system",
     "cloud", "devops", "big_data", "mobile", "mlops", "bi_tool", "data_tool", "cv_model"}
)  # fmt: skip
PRODUCT_CATEGORY_SUFFIXES = ("_software", "_tool", "_library", "_framework")
_SYMBOL_WORD = re.compile(r"^\S*[^\w\s]\S*$")  # one "word" holding a symbol: c#, node.js


@dataclass
class CompiledLexicon:
    """Everything extraction derives from one lexicon version, ready to store as JSON.

    ``index`` maps the lower-case token sequence of every name and alias, joined by single
    spaces (tokens never hold whitespace), to its skill id (prefixed with "?" when the form
    is a generic word that needs support); ``lengths`` lists, per first token, the sequence
    lengths to try, longest first; ``pairs`` holds the first two tokens of every form
    longer than one token, so a position whose pair is not there needs only the one-token
    lookup. Plain strings and lists load from JSON as they are.
    """

    version: str
    index: dict[str, str] = field(default_factory=dict)
    lengths: dict[str, Sequence[int]] = field(default_factory=dict)
    pairs: frozenset[str] = frozenset()
    cased_forms: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    ambiguous_forms: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    fuzzy_choices: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    fuzzy_keys: dict[str, list[str]] = field(default_factory=dict)  # the choices' keys
    joined_forms: dict[str, str] = field(default_factory=dict)
    fuzzy_blocklist: frozenset[str] = frozenset()
    inflections: dict[str, Sequence[str]] = field(default_factory=dict)
    #: fuzzy_keys split by first letter and length, built on first use (not stored)
    fuzzy_by_length: dict[str, dict[int, tuple[list[str], list[int]]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def to_json(self) -> dict[str, Any]:
        """Return JSON-ready data (token sequences joined by spaces: tokens hold none).

        The ~80k index entries are stored as two texts, forms and skill ids one per line
        in the same order: splitting them loads ~3x faster than parsing a JSON object.
        """
        return {
            "version": self.version,
            "index": {"forms": "\n".join(self.index), "skills": "\n".join(self.index.values())},
            "lengths": self.lengths,
            "pairs": "\n".join(sorted(self.pairs)),
            "cased_forms": self.cased_forms,
            "ambiguous_forms": self.ambiguous_forms,
            "fuzzy_choices": self.fuzzy_choices,
            "joined_forms": self.joined_forms,
            "fuzzy_blocklist": sorted(self.fuzzy_blocklist),
            "inflections": self.inflections,
        }

    @classmethod
    def from_json(cls, data: Any) -> CompiledLexicon | None:
        """Return the compiled lexicon stored by ``to_json``, or None for another layout."""
        return cls.from_prepared(cls.prepare(data))

    @staticmethod
    def prepare(data: Any) -> dict[str, Any] | None:
        """Return ``to_json``'s data as the field values a CompiledLexicon keeps, or None.

        The index and pairs split back into a dict and a frozenset, the pairs of forms into
        tuples. Only strings, numbers, lists, tuples, dicts and frozensets: ``read_cache``
        keeps this as the fast copy, and a later process loads it as it is.
        """
        try:
            choices = {
                letter: [(key, skill) for key, skill in pairs]
                for letter, pairs in data["fuzzy_choices"].items()
            }
            forms, skills = data["index"]["forms"], data["index"]["skills"]
            # Equal skill ids as one object: marshal then stores each id once and the
            # other ~67k uses as references (the fast copy loads ~1/4 faster).
            same: dict[str, str] = {}
            skill_ids = [same.setdefault(skill, skill) for skill in skills.split("\n")]
            return {
                "version": data["version"],
                # an empty index is stored as "" (no line), not as one empty form
                "index": dict(zip(forms.split("\n"), skill_ids, strict=True)) if forms else {},
                "lengths": dict(data["lengths"]),
                "pairs": frozenset(data["pairs"].split("\n") if data["pairs"] else ()),
                "cased_forms": [(skill, tuple(tokens)) for skill, tokens in data["cased_forms"]],
                "ambiguous_forms": [
                    (skill, tuple(tokens)) for skill, tokens in data["ambiguous_forms"]
                ],
                "fuzzy_choices": choices,
                "fuzzy_keys": {
                    letter: [key for key, _ in pairs] for letter, pairs in choices.items()
                },
                "joined_forms": data["joined_forms"],
                "fuzzy_blocklist": frozenset(data["fuzzy_blocklist"]),
                "inflections": dict(data["inflections"]),
            }
        except (KeyError, TypeError, ValueError, AttributeError):
            return None

    @classmethod
    def from_prepared(cls, prepared: Any) -> CompiledLexicon | None:
        """Return the compiled lexicon made by ``prepare``, or None for anything else."""
        if not isinstance(prepared, dict) or set(prepared) != _STORED_FIELDS:
            return None
        if not isinstance(prepared["version"], str):
            return None
        return cls(**prepared)


#: The fields ``to_json`` stores (the fuzzy length buckets are built on first use).
_STORED_FIELDS = frozenset(f.name for f in fields(CompiledLexicon)) - {"fuzzy_by_length"}
#: The form label of the compiled lexicon's prepared fast copy (see ``prepare``).
COMPILED_FORM = "prepared1"


GUARD_PREFIX = "?"
#: Bump when CompiledLexicon or what compile_lexicon puts in it changes.
COMPILED_FORMAT = 10


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(split_words(text)[0])


def _variants(form: str) -> list[tuple[str, ...]]:
    """Return the token sequences ``form`` may appear as (tokenised, and glued when symbolic)."""
    tokens = tuple(t for t in _tokens(form) if t.strip())
    out = [tokens]
    if len(tokens) > 1 and _SYMBOL_WORD.match(form):
        out.append((form,))  # "C#" inside "C#/.NET" stays one token
    return out


def is_product(category: str) -> bool:
    """Return whether ``category`` holds names of products or technologies ("Linux")."""
    return category in PRODUCT_CATEGORIES or category.endswith(PRODUCT_CATEGORY_SUFFIXES)


def joined_key(text: str) -> str:
    """Return ``text`` lower-cased with everything but letters and digits removed."""
    return re.sub(r"[\W_]+", "", text.casefold())


def compile_lexicon(lexicon: Lexicon) -> CompiledLexicon:
    """Return the compiled matching data of ``lexicon`` (no cache; takes seconds)."""
    frequency = word_logprobs()
    compiled = CompiledLexicon(version=lexicon.version)
    lengths: dict[str, set[int]] = {}
    joined_owner: dict[str, set[str]] = {}
    for skill in lexicon.skills:
        if not skill.matchable:
            continue
        exact = set(skill.cased) | set(skill.ambiguous)
        lower_forms = {form for form in skill.forms() if form not in exact}
        product = is_product(skill.category)
        for form in sorted(lower_forms):
            generic = not product and frequency.get(form.lower(), -99.0) >= GENERIC_WORD_LOGPROB
            for tokens in _variants(form):
                key = " ".join(t.lower() for t in tokens)
                if key and key not in compiled.index:
                    compiled.index[key] = (GUARD_PREFIX if generic else "") + skill.id
                    lengths.setdefault(tokens[0].lower(), set()).add(len(tokens))
        for form in skill.cased:
            for tokens in _variants(form):
                compiled.cased_forms.append((skill.id, tokens))
        for form in skill.ambiguous:
            for tokens in _variants(form):
                compiled.ambiguous_forms.append((skill.id, tokens))
        if (
            not skill.fuzzy
            or skill.category in FUZZY_EXCLUDED_CATEGORIES
            or skill.category.startswith(FUZZY_EXCLUDED_PREFIX)
            or not is_product(skill.category)  # "mediations" is not a misspelt tool
        ):
            continue
        for form in sorted(lower_forms):  # set order varies per process: keep files reproducible
            if len(form.split()) > 2:
                continue  # misspelt long phrases are not worth the lookups
            squeezed = joined_key(form)
            if (
                len(squeezed) >= FUZZY_MIN_LENGTH
                and not squeezed.isdigit()
                # a squeezed phrase that spells a word is a coincidence: "use RS" -> "users"
                and (
                    squeezed == form.lower() or frequency.get(squeezed, -99.0) < COMMON_WORD_LOGPROB
                )
            ):
                joined_owner.setdefault(squeezed, set()).add(skill.id)
    compiled.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
    compiled.pairs = frozenset(
        " ".join(key.split(" ", 2)[:2]) for key in compiled.index if " " in key
    )
    for squeezed, owners in joined_owner.items():
        if len(owners) == 1:  # a squeezed form shared by two skills decides nothing
            skill_id = next(iter(owners))
            compiled.joined_forms[squeezed] = skill_id
            compiled.fuzzy_choices.setdefault(squeezed[0], []).append((squeezed, skill_id))
    compiled.fuzzy_keys = {
        letter: [key for key, _ in pairs] for letter, pairs in compiled.fuzzy_choices.items()
    }
    common = [w for w, p in frequency.items() if p >= COMMON_WORD_LOGPROB]
    compiled.fuzzy_blocklist = _fuzzy_blocklist(compiled, common)
    compiled.inflections = _inflections(common)
    return compiled


def fuzzy_match(compiled: CompiledLexicon, word: str) -> str | None:
    """Return the skill id a lower-case word misspells (within the edit budget), or None.

    The nearest form wins, the first in ``fuzzy_keys`` order among equally near ones. Only
    forms whose length is within the edit budget of the word's can be that near (an
    insertion or deletion is one edit), so just those buckets are searched.
    """
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    choices = compiled.fuzzy_choices.get(word[:1], [])
    if not choices:
        return None
    edits = FUZZY_MAX_EDITS + (len(word) >= FUZZY_LONG_NAME)
    buckets = _length_buckets(compiled, word[:1])
    best: tuple[int, int] | None = None  # (distance, position in fuzzy_keys)
    for length in range(len(word) - edits, len(word) + edits + 1):
        bucket = buckets.get(length)
        if bucket is None:
            continue
        found = process.extractOne(word, bucket[0], scorer=OSA.distance, score_cutoff=edits)
        if found is not None:
            near = (int(found[1]), bucket[1][found[2]])
            best = near if best is None else min(best, near)
    return None if best is None else choices[best[1]][1]


def _length_buckets(
    compiled: CompiledLexicon, letter: str
) -> dict[int, tuple[list[str], list[int]]]:
    """Return {length: (fuzzy keys of that length, their positions)} for one first letter."""
    buckets = compiled.fuzzy_by_length.get(letter)
    if buckets is None:
        buckets = {}
        for position, key in enumerate(compiled.fuzzy_keys[letter]):
            keys, positions = buckets.setdefault(len(key), ([], []))
            keys.append(key)
            positions.append(position)
        compiled.fuzzy_by_length[letter] = buckets
    return buckets


def _fuzzy_blocklist(compiled: CompiledLexicon, common: list[str]) -> frozenset[str]:
    """Return the common English words that fuzzy lookup would otherwise turn into a skill."""
    blocked = set()
    for word in common:
        if (
            len(word) >= FUZZY_MIN_LENGTH
            and word not in compiled.joined_forms
            and fuzzy_match(compiled, word) is not None
        ):
            blocked.add(word)
    return frozenset(blocked)


def _inflections(common: list[str]) -> dict[str, Sequence[str]]:
    """Return lemma -> the common words the lookup lemmatizer maps to it."""
    table = lemma_lookup_table()
    strings = english_vocab().strings
    out: dict[str, set[str]] = {}
    for word in common:
        lemma = table.get(strings.add(word))
        if lemma is not None and lemma != word:
            out.setdefault(lemma, set()).add(word)
    return {lemma: tuple(sorted(words)) for lemma, words in out.items()}


def word_logprobs() -> dict[str, float]:
    """Return lower-case alphabetic English word -> log probability (spacy-lookups-data)."""
    # Read the JSON itself: spaCy's Lookups table keeps only hashes of the words.
    source = files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        table: dict[str, float] = json.load(handle)
    out: dict[str, float] = {}
    for word, logprob in table.items():
        if word.isalpha():
            lower = word.lower()
            out[lower] = max(logprob, out.get(lower, logprob))
    return out


@cache
def compiled_lexicon() -> CompiledLexicon:
    """Return the compiled shipped lexicon, from the user cache when it is current."""
    lexicon = load_lexicon()
    name = compiled_cache_name(lexicon.version)
    cached = CompiledLexicon.from_prepared(read_cache(name, CompiledLexicon.prepare, COMPILED_FORM))
    if cached is not None and cached.version == lexicon.version:
        return cached
    compiled = compile_lexicon(lexicon)
    write_cache(name, compiled.to_json(), CompiledLexicon.prepare, COMPILED_FORM)
    return compiled


def compiled_cache_name(version: str) -> str:
    """Return the cache file name of the compiled form of lexicon ``version``."""
    lookups = metadata.version("spacy-lookups-data")
    return cache_name(f"compiled{COMPILED_FORMAT}_lookups{lookups}", version)
