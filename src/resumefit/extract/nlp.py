"""The one spaCy pipeline extraction uses: a blank English tokenizer plus lookup lemmas.

``import spacy`` costs ~1.8 s on the target machine, ~0.5 s of it in ``spacy.cli`` (weasel,
typer, httpx, requests), which ``spacy/__init__.py`` imports only to re-export ``spacy.info``.
Extraction never uses the CLI, so before the first ``import spacy`` we put placeholder modules
for ``spacy.cli`` and ``spacy.cli.info`` in ``sys.modules`` and take them out again right after:
a later ``import spacy.cli`` anywhere in the process then loads the real package, and
``spacy.info`` forwards to the real function when called. Nothing else in spaCy imports
``spacy.cli`` (checked for spaCy 3.7-3.8: only ``__init__`` and ``__main__`` do). This is the
only place resumefit imports spaCy; keep it that way so the trick stays in one spot.
"""

from __future__ import annotations

import re
import sys
import types
from functools import cache
from itertools import repeat
from operator import gt, mul
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.vocab import Vocab


def _forward_info(*args: Any, **kwargs: Any) -> Any:
    """Call the real ``spacy.cli.info.info`` (imported on first use)."""
    for name in ("spacy.cli.info", "spacy.cli"):
        if isinstance(sys.modules.get(name), _Placeholder):
            del sys.modules[name]
    from spacy.cli.info import info

    return info(*args, **kwargs)


class _Placeholder(types.ModuleType):
    """A stand-in module for ``spacy.cli`` while ``spacy`` itself is imported."""


def _import_spacy_without_cli() -> types.ModuleType:
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    placeholders = {}
    for name in ("spacy.cli", "spacy.cli.info"):
        if name not in sys.modules:
            module = _Placeholder(name)
            module.info = _forward_info  # type: ignore[attr-defined]
            module.__path__ = []  # looks like a package
            placeholders[name] = module
    sys.modules.update(placeholders)
    try:
        import spacy
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        parent = sys.modules.get("spacy")
        if parent is not None and isinstance(getattr(parent, "cli", None), _Placeholder):
            delattr(parent, "cli")
    return spacy


spacy = _import_spacy_without_cli()

#: Longest text handed to spaCy in one piece; longer documents are cut at line breaks.
MAX_CHUNK_CHARS = 200_000


#: One token per match: a whitespace run, a word, or one other character. A word is letters
#: and digits, glued over "." before a lower-case letter or digit ("Node.js", "3.8", but
#: "Python.Next" splits), over "&" ("R&D", "AT&T" are not R or AT), with a trailing "++" or
#: "#" ("C++", "C#", "Notepad++"); a URL scheme with its "://" is one token (not HTTP the
#: skill). Every other symbol is a token of its own, so "C++/Java",
#: "Python(3.8)", "scikit-learn", "CI/CD" and "•Python" split where a lexicon form may start.
#: Surface forms in the lexicon go through the same function, so both sides agree.
#: A word's match takes one following space with it (its trailing space).
_PIECE = re.compile(
    r"\s+|(?:\w+(?:://|(?:(?:\.(?=[a-z0-9])|&(?=\w))\w+)*(?:\+\+|#(?!\w))?)|[^\w\s]) ?"
)


def split_tokens(text: str) -> tuple[list[str], list[bool], list[bool]]:
    """Return spaCy ``words`` and ``spaces`` for ``text``, and which words are whitespace.

    Joined back, words and spaces are ``text``: as in spaCy, one space after a token is that
    token's trailing space and any other run of whitespace is a token of its own (so
    character offsets stay exact). No Python code runs per token: the regex does the work
    and the lists are assembled with ``map``.
    """
    # findall() without groups returns plain strings (no tuple per token): a piece is a
    # whitespace run, or a word with its trailing space if it has one
    pieces = _PIECE.findall(text)
    blank = list(map(str.isspace, pieces))
    trailing = list(map(gt, map(str.endswith, pieces, repeat(" ")), blank))
    words = list(map(str.removesuffix, pieces, map(mul, repeat(" "), trailing)))
    return words, trailing, blank


def split_words(text: str) -> tuple[list[str], list[bool]]:
    """Return spaCy ``words`` and ``spaces`` for ``text`` (see ``split_tokens``)."""
    words, spaces, _ = split_tokens(text)
    return words, spaces


class RegexTokenizer:
    """spaCy tokenizer made of one compiled regex (see ``_PIECE``).

    spaCy's rule-based English tokenizer (prefixes, suffixes, infixes, ~5k special cases)
    costs ~10 ms per 3-5k character resume; this one ~1 ms including the Doc.
    """

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Any:
        return make_doc(self.vocab, *split_words(text))


def make_doc(vocab: Vocab, words: list[str], spaces: list[bool]) -> Any:
    """Return a spaCy Doc of ``words`` and their trailing ``spaces`` over ``vocab``."""
    from spacy.tokens import Doc

    return Doc(vocab, words=words, spaces=spaces)


TOKENIZER_NAME = "resumefit.regex_tokenizer.v1"


@spacy.registry.tokenizers(TOKENIZER_NAME)
def _tokenizer_factory() -> Any:
    # Registered so spacy.blank builds this tokenizer directly and never spaCy's own, whose
    # ~5k special cases take ~0.1 s to load.
    return lambda nlp: RegexTokenizer(nlp.vocab)


def lemma_lookup_table() -> dict[int, str]:
    """Return spacy-lookups-data's English lemma table as {hash of lower-case form: lemma}.

    The keys are spaCy string hashes, so ``table.get(token.lower)`` lemmatises a token
    case-insensitively ("Led" -> "lead"), which the stock lookup lemmatizer does not.
    """
    from spacy.lookups import load_lookups

    table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    return {int(key): str(value) for key, value in table.items()}


#: The only lexeme attributes extraction reads: the evidence Matcher patterns test LOWER,
#: IS_SPACE and LIKE_NUM (and ORTH, which every lexeme has). A new word's lexeme computes
#: just these, not spaCy's ~20 defaults (shape, prefix, suffix, norm...).
LEXEME_ATTRIBUTES = ("LOWER", "IS_SPACE", "LIKE_NUM")


@cache
def english_vocab() -> Vocab:
    """Return the shared English vocabulary, computing only ``LEXEME_ATTRIBUTES``.

    Built directly, without ``spacy.blank``: filling a pipeline config costs ~0.1 s at start.
    """
    from spacy.attrs import IDS
    from spacy.lang.en import English
    from spacy.lang.lex_attrs import LEX_ATTRS
    from spacy.vocab import Vocab

    getters = {**LEX_ATTRS, **English.Defaults.lex_attr_getters}
    return Vocab(lex_attr_getters={IDS[name]: getters[IDS[name]] for name in LEXEME_ATTRIBUTES})


@cache
def stop_words() -> frozenset[str]:
    """Return spaCy's English stop words (lower case)."""
    from spacy.lang.en import English

    return frozenset(English.Defaults.stop_words)


@cache
def blank_english() -> Language:
    """Return a blank English pipeline over ``english_vocab``: our regex tokenizer, nothing else.

    Extraction itself works on ``split_tokens`` and ``english_vocab``; this pipeline is for
    tools and tests that want spaCy Docs of a whole text.
    """
    nlp = spacy.blank(
        "en",
        vocab=english_vocab(),
        config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}},
    )
    nlp.max_length = MAX_CHUNK_CHARS + 1
    return nlp
