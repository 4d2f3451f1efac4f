"""Soft skills shown by what someone did: "led a team of four" -> leadership.

The phrases live in ``skill_lexicon/rules/soft_skill_evidence.toml`` as short lemma patterns.
They become spaCy Matcher patterns over ``LOWER`` whose word sets are every inflection the
lookup lemmatizer (spacy-lookups-data) maps to the pattern's lemma: matching "led",
"leads" and "leading" for ``lead`` this way costs nothing per token, whereas lemmatising
every token of every resume would.
"""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Iterable
from functools import cache
from itertools import compress, count
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from resumefit.errors import DataFileError
from resumefit.extract.nlp import english_vocab, split_words
from resumefit.extract.patterns import compiled_lexicon
from resumefit.lexicon import load_lexicon
from resumefit.resources import data_path

EVIDENCE_FILE = Path("rules") / "soft_skill_evidence.toml"
WILDCARD = "*"  # up to MAX_GAP other tokens
NUMBER = "#"
OPTIONAL = "?"
MAX_GAP = 3
#: What a gap may hold: not a line break, the end of a sentence or bullet, or a colon (a
#: colon ends a label: "Head: Strategy" is a job title, "2000 Present: workshops" a date).
GAP_TOKEN: dict[str, Any] = {
    "IS_SPACE": False,
    "ORTH": {"NOT_IN": [".", ";", "!", "?", "|", ":"]},
}
#: Prefixes the lookup lemmatizer does not know on a verb ("coauthored", "renegotiated"):
#: such a word is inflected as its stem is.
VERB_PREFIXES = ("co", "re")
#: The shortest stem a prefix is taken off for (no "re" + "ad").
MIN_STEM = 4
#: Words right before a phrase that make it a wish, not a deed ("To be part of a team").
ASPIRATION_BEFORE = (("to", "be"), ("to", "become"))


class EvidenceRule(BaseModel):
    """The phrase patterns that evidence one soft skill."""

    model_config = ConfigDict(extra="forbid")

    skill: str
    patterns: list[str] = Field(min_length=1)


def read_rules(path: Path) -> list[EvidenceRule]:
    """Return the evidence rules in ``path``; raise DataFileError when one is invalid."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(path, "", f"cannot be read as TOML: {exc}") from exc
    rules: list[EvidenceRule] = []
    lexicon = load_lexicon()
    for index, entry in enumerate(data.get("evidence", [])):
        try:
            rule = EvidenceRule.model_validate(entry)
        except ValidationError as exc:
            raise DataFileError(path, f"evidence #{index}", str(exc.errors()[0]["msg"])) from exc
        if rule.skill not in lexicon:
            raise DataFileError(path, f"evidence {rule.skill!r}", "skill id not in the lexicon")
        rules.append(rule)
    return rules


def _inflections(lemmas: Iterable[str]) -> list[str]:
    """Return every lower-case word whose lookup lemma is one of ``lemmas`` (and the lemmas)."""
    index = compiled_lexicon().inflections
    forms = set(lemmas)
    for lemma in lemmas:
        if lemma in index:
            forms.update(index[lemma])
            continue
        for prefix in VERB_PREFIXES:
            stem = lemma.removeprefix(prefix)
            if stem != lemma and len(stem) >= MIN_STEM:
                forms.update(prefix + form for form in index.get(stem, ()))
    return sorted(forms)


def pattern_token_specs(pattern: str) -> list[list[dict[str, Any]]]:
    """Return the spaCy Matcher patterns (one per hyphen-split variant) of one rule pattern."""
    slots: list[list[list[dict[str, Any]]]] = []  # per element: alternative token sequences
    for element in pattern.split():
        if element == WILDCARD:
            slots.append([[dict(GAP_TOKEN, OP=f"{{0,{MAX_GAP}}}")]])
            continue
        if element == NUMBER:
            slots.append([[{"LIKE_NUM": True}]])
            continue
        optional = element.startswith(OPTIONAL)
        words = [w for w in element.lstrip(OPTIONAL).split("|") if w]
        # split as resume text is, so the words line up with the tokens they must match
        split = {word: [part.lower() for part in split_words(word)[0]] for word in words}
        single = [w for w in words if len(split[w]) == 1]
        choices: list[list[dict[str, Any]]] = []
        if single:
            spec: dict[str, Any] = {"LOWER": {"IN": _inflections(single)}}
            if optional:
                spec["OP"] = "?"
            choices.append([spec])
        for word in words:
            parts = split[word]
            if len(parts) > 1:
                # the last part inflects: "co-author" matches "Co-authored", "co-lead" "co-led"
                last = {"LOWER": {"IN": _inflections([parts[-1]])}}
                choices.append([*({"LOWER": part} for part in parts[:-1]), last])
        slots.append(choices)
    return [[spec for seq in combo for spec in seq] for combo in itertools.product(*slots)]


def _first_words(spec: dict[str, Any]) -> set[str]:
    lower = spec.get("LOWER")
    if isinstance(lower, dict):
        return set(lower.get("IN", ()))
    return {lower} if isinstance(lower, str) else set()


def _max_length(spec_list: list[dict[str, Any]]) -> int:
    return sum(MAX_GAP if str(spec.get("OP", "")).startswith("{") else 1 for spec in spec_list)


def _required_words(spec_list: list[dict[str, Any]]) -> tuple[frozenset[str], ...]:
    """Return, for each token after the first that a match must have, the words it may be.

    Optional tokens, gaps and numbers are left out: what remains is a condition every match
    meets (each set has a word in the window), cheap to test before running the Matcher.
    """
    return tuple(
        frozenset(words)
        for spec in spec_list[1:]
        if "OP" not in spec and (words := _first_words(spec))
    )


def _end_words(spec_list: list[dict[str, Any]]) -> frozenset[str] | None:
    """Return the lower-case words a match of ``spec_list`` can end with; None: any token.

    A match ends at its last required token or at an optional one after it, so the words
    are those of the trailing optional tokens and of the last required one. A number, a
    gap or a repeat among them can end a match on any word: None.
    """
    words: set[str] = set()
    for spec in reversed(spec_list):
        found = _first_words(spec)
        if not found or set(spec) - {"LOWER", "OP"}:
            return None
        words |= found
        op = spec.get("OP")
        if op is None:
            return frozenset(words)
        if op != "?":
            return None
    return None


#: Trigger words that end a date range ("Jun 2021 - Present") and the words that lead to them.
DATE_WORDS = frozenset({"present", "current", "now", "today"})
RANGE_WORDS = frozenset({"-", "\u2013", "\u2014", "to", "till", "until", "through", "thru"})


class EvidenceMatcher:
    """Evidence phrases, matched only in windows that start at a trigger word.

    Running every pattern over every token costs ~30 ms per resume (the word sets are
    Python-level predicates); a phrase can only start at one of its first words, so each
    skill's Matcher runs on the few short windows that start with one. Even there, most
    windows (nine in ten on the dotin resumes) lack a word the phrase needs further on: a
    set test per phrase, keyed by the trigger word, rules those out before the Matcher runs.
    Before that, one test per window (``gates``) rules out six windows in seven at C speed:
    the per-phrase tests cost ~8 us of Python per window, more than all else in the loop.
    """

    def __init__(self, rules: list[EvidenceRule]) -> None:
        from spacy.matcher import Matcher

        vocab = english_vocab()
        self.matchers: dict[str, Any] = {}
        # trigger word -> skill -> the required word sets of each phrase starting with it
        self.triggers: dict[str, dict[str, set[tuple[frozenset[str], ...]]]] = {}
        # Words a match of the skill's phrases can end with (see ``_end_words``); None: any.
        self.ends: dict[str, frozenset[str] | None] = {}
        self.window = 1
        for rule in rules:
            specs = [spec for pattern in rule.patterns for spec in pattern_token_specs(pattern)]
            matcher = Matcher(vocab)
            matcher.add(rule.skill, specs, greedy="LONGEST")
            self.matchers[rule.skill] = matcher
            ends: set[str] | None = set()
            for spec_list in specs:
                tail = _end_words(spec_list)
                ends = None if ends is None or tail is None else ends | tail
                self.window = max(self.window, _max_length(spec_list))
                required = _required_words(spec_list)
                for word in _first_words(spec_list[0]):
                    self.triggers.setdefault(word, {}).setdefault(rule.skill, set()).add(required)
            self.ends[rule.skill] = None if ends is None else frozenset(ends)
        # Per trigger word, the words of which a window must hold one for any phrase starting
        # with it to be complete (see ``_gate``); None: no such test (a one-word phrase).
        self.gates = {word: _gate(phrases) for word, phrases in self.triggers.items()}

    def __call__(self, doc: Any, lowers: list[str]) -> list[tuple[str, int, int]]:
        """Return (skill id, first token, end token) of each evidence phrase in ``doc``."""
        found: set[tuple[str, int, int]] = set()
        triggers, gates, size = self.triggers, self.gates, self.window
        # the few trigger positions, found without a Python step per token
        for index in compress(count(), map(triggers.__contains__, lowers)):
            # the trigger itself too: a one-word phrase ("coauthored") ends where it starts
            ahead_words = lowers[index : index + size]
            gate = gates[lowers[index]]
            if gate is not None and gate.isdisjoint(ahead_words):
                continue  # no phrase that starts here has its next word in the window
            if lowers[index] in DATE_WORDS and index and lowers[index - 1] in RANGE_WORDS:
                continue  # "2021 - Present: ran workshops": the date, not a presentation
            if index >= 2 and (lowers[index - 2], lowers[index - 1]) in ASPIRATION_BEFORE:
                continue  # an objective's wish ("To be part of a team"), not something done
            phrases = triggers[lowers[index]]
            ahead = set(ahead_words)
            possible = [
                skill
                for skill, needs in phrases.items()
                if (ends := self.ends[skill]) is None or not ahead.isdisjoint(ends)
                if any(all(not ahead.isdisjoint(words) for words in need) for need in needs)
            ]
            if not possible:
                continue  # no phrase can be complete here: skip the window and the Matcher
            # Each skill's Matcher sees the window only up to the last word a match of its
            # phrases can end with: every match is still there (none ends later), and the
            # Matcher, whose word-set tests run in Python for every token, has less to do.
            windows: dict[int, Any] = {}
            for skill in possible:
                cut = _last_end(ahead_words, self.ends[skill])
                window = windows.get(cut)
                if window is None:
                    window = windows[cut] = doc[index : index + cut]
                for _, first, last in self.matchers[skill](window):
                    if first == 0:
                        found.add((skill, index, index + last))
        # the skill id breaks ties, so the same text gets the same skill in every process
        return sorted(found, key=lambda item: (item[1], -item[2], item[0]))


def _gate(phrases: dict[str, set[tuple[frozenset[str], ...]]]) -> frozenset[str] | None:
    """Return the words a window must hold one of for any of ``phrases`` to be complete.

    ``phrases`` maps a skill to the required word sets of its phrases that start with one
    trigger word (see ``_required_words``). Every phrase needs a word of its first set, so
    a window holding none of the union of those sets completes none. None when a phrase
    requires nothing after the trigger.
    """
    words: set[str] = set()
    for needs in phrases.values():
        for need in needs:
            if not need:
                return None
            words |= need[0]
    return frozenset(words)


def _last_end(words: list[str], ends: frozenset[str] | None) -> int:
    """Return 1 + the index of the last of ``words`` in ``ends`` (all of them for None; 0: none)."""
    if ends is None:
        return len(words)
    for position in range(len(words) - 1, -1, -1):
        if words[position] in ends:
            return position + 1
    return 0


@cache
def evidence_matcher() -> EvidenceMatcher:
    """Return the evidence matcher built from the shipped rules."""
    return EvidenceMatcher(read_rules(data_path("skill_lexicon") / EVIDENCE_FILE))
