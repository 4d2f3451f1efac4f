"""Compile the lexicon into what the matchers need: token sequences per surface form.

Tokenising ~40k surface forms takes a noticeable part of a second, so the compiled form is
pickled in the user cache next to the lexicon (keyed by the lexicon's version and spaCy's).
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from resumefit.extract.nlp import blank_english, lemma_lookup_table, spacy
from resumefit.lexicon import Lexicon, cache_name, load_lexicon, read_cache, write_cache

#: Single-token forms shorter than this are never looked up fuzzily (too many near misses).
FUZZY_MIN_LENGTH = 5
#: Categories that fuzzy lookup may produce: names of tools and fields, not generic words.
FUZZY_EXCLUDED_CATEGORIES = frozenset({"soft_skill", "spoken_language", "practice"})
#: Words at least this frequent (log probability in spacy-lookups-data's English table) are
#: "common": fuzzy lookup never turns one into a skill ("Jason" is not JSON).
COMMON_WORD_LOGPROB = -16.0
#: A one-word form at least this frequent ("sales", "testing", "research", "flash") is
#: too generic to stand alone: it is matched like an ambiguous name (needs a skills
#: section, a list of skills or a context word).
GENERIC_WORD_LOGPROB = -11.0
_SYMBOL_WORD = re.compile(r"^\S*[^\w\s]\S*$")  # one "word" holding a symbol: c#, node.js


@dataclass
class CompiledLexicon:
    """Everything extraction derives from one lexicon version, ready to pickle."""

    version: str
    lower_forms: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    cased_forms: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    ambiguous_forms: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    fuzzy_choices: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    joined_forms: dict[str, str] = field(default_factory=dict)
    lemmas: dict[int, str] = field(default_factory=dict)
    common_words: frozenset[str] = frozenset()
    guarded_forms: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(token.text for token in blank_english().tokenizer(text))


def _variants(form: str) -> list[tuple[str, ...]]:
    """Return the token sequences ``form`` may appear as (tokenised, and glued when symbolic)."""
    tokens = _tokens(form)
    out = [tokens]
    if len(tokens) > 1 and _SYMBOL_WORD.match(form):
        out.append((form,))  # "C#" inside "C#/.NET" stays one token
    return out


def joined_key(text: str) -> str:
    """Return ``text`` lower-cased with everything but letters and digits removed."""
    return re.sub(r"[\W_]+", "", text.casefold())


def compile_lexicon(lexicon: Lexicon) -> CompiledLexicon:
    """Return the compiled matching data of ``lexicon`` (no cache)."""
    frequency = word_logprobs()
    compiled = CompiledLexicon(
        version=lexicon.version,
        lemmas=lemma_lookup_table(),
        common_words=frozenset(w for w, p in frequency.items() if p >= COMMON_WORD_LOGPROB),
    )
    joined_owner: dict[str, set[str]] = {}
    for skill in lexicon.skills:
        if not skill.matchable:
            continue
        exact = set(skill.cased) | set(skill.ambiguous)
        lower_forms = {form for form in skill.forms() if form not in exact}
        for form in sorted(lower_forms):
            generic = frequency.get(form.lower(), -99.0) >= GENERIC_WORD_LOGPROB
            target = compiled.guarded_forms if generic else compiled.lower_forms
            for tokens in _variants(form):
                target.append((skill.id, tokens))
        for form in skill.cased:
            for tokens in _variants(form):
                compiled.cased_forms.append((skill.id, tokens))
        for form in skill.ambiguous:
            for tokens in _variants(form):
                compiled.ambiguous_forms.append((skill.id, tokens))
        if not skill.fuzzy or skill.category in FUZZY_EXCLUDED_CATEGORIES:
            continue
        for form in lower_forms:
            key = joined_key(form)
            if len(key) >= FUZZY_MIN_LENGTH and not key.isdigit():
                joined_owner.setdefault(key, set()).add(skill.id)
    for key, owners in joined_owner.items():
        if len(owners) == 1:  # a squeezed form shared by two skills decides nothing
            skill_id = next(iter(owners))
            compiled.joined_forms[key] = skill_id
            compiled.fuzzy_choices.setdefault(key[0], []).append((key, skill_id))
    return compiled


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
    name = cache_name(f"compiled_spacy{spacy.__version__}", lexicon.version)
    cached = read_cache(name)
    if isinstance(cached, CompiledLexicon) and cached.version == lexicon.version:
        return cached
    compiled = compile_lexicon(lexicon)
    write_cache(name, compiled)
    return compiled
