"""The one spaCy pipeline extraction uses: a blank English tokenizer plus lookup lemmas.

Importing spaCy is the largest part of a cold ``resumefit check``. ``spacy/__init__.py``
loads the whole library: the CLI (weasel, typer, httpx), ``Language`` with every pipeline
component, training, pydantic config schemas. Extraction needs only the vocabulary, ``Doc``,
the matchers, the lookup tables and the English lexical attributes, which load in roughly
two thirds of the time. So ``spacy`` and ``spacy.lang.en`` first enter ``sys.modules`` as
packages whose ``__init__`` has not run yet (``_LazyPackage``), and only those submodules
are imported. The first time anything asks either package for a name it does not have yet
(``spacy.blank``, ``spacy.registry``, ``English``...), the real ``__init__`` runs in place,
so other code that does ``import spacy`` sees the complete library. During that run
``spacy.cli`` is a placeholder: ``spacy/__init__.py`` imports it only to re-export
``spacy.info``, which forwards to the real function when called, and a later
``import spacy.cli`` loads the real package. Should a spaCy release reorder its internals so
that the partial import fails, the plain ``import spacy`` is used instead. This is the only
place resumefit imports spaCy; keep it that way so the trick stays in one spot.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import threading
import types
from collections.abc import Callable
from functools import cache
from itertools import compress, count, repeat
from operator import ne
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.vocab import Vocab

#: The spaCy submodules extraction uses, in an order that imports cleanly without
#: ``spacy/__init__.py`` (``spacy.tokens`` before ``spacy.vocab``: the two import each other).
_NEEDED_SUBMODULES = (
    "spacy.errors",
    "spacy.util",
    "spacy.attrs",
    "spacy.tokens",
    "spacy.vocab",
    "spacy.matcher",
    "spacy.lookups",
    "spacy.lang.lex_attrs",
    "spacy.lang.en.lex_attrs",
    "spacy.lang.en.stop_words",
)

#: Packages that start out with their ``__init__`` not yet run.
_LAZY_PACKAGES = ("spacy", "spacy.lang.en")

_COMPLETING = threading.RLock()


def _forward_info(*args: Any, **kwargs: Any) -> Any:
    """Call the real ``spacy.cli.info.info`` (imported on first use)."""
    for name in ("spacy.cli.info", "spacy.cli"):
        if isinstance(sys.modules.get(name), _Placeholder):
            del sys.modules[name]
    from spacy.cli.info import info

    return info(*args, **kwargs)


class _Placeholder(types.ModuleType):
    """A stand-in module for ``spacy.cli`` while ``spacy/__init__.py`` runs."""


class _LazyPackage(types.ModuleType):
    """A package in ``sys.modules`` whose ``__init__.py`` runs on the first missing name."""

    def __getattr__(self, name: str) -> Any:
        # "from . import util" inside spaCy asks the package for its submodule first
        submodule = f"{self.__name__}.{name}"
        if not name.startswith("__") and importlib.util.find_spec(submodule) is not None:
            return importlib.import_module(submodule)
        _complete(self.__name__)
        return getattr(self, name)


def _complete(name: str) -> None:
    """Run the real ``__init__`` of lazy package ``name`` (and of its lazy parents) once."""
    with _COMPLETING:
        module = sys.modules[name]
        if type(module) is not _LazyPackage:
            return
        parent = name.rpartition(".")[0]
        if parent in _LAZY_PACKAGES:
            _complete(parent)
        # from now on a missing name is an AttributeError
        module.__class__ = types.ModuleType  # type: ignore[assignment]
        spec = module.__spec__
        assert spec is not None and spec.loader is not None
        loader = spec.loader
        if name == "spacy":
            _without_cli(lambda: loader.exec_module(module))
        else:
            loader.exec_module(module)


def _without_cli(run: Callable[[], object]) -> None:
    """Call ``run()`` with placeholder ``spacy.cli`` modules in ``sys.modules``."""
    placeholders = {}
    for name in ("spacy.cli", "spacy.cli.info"):
        if name not in sys.modules:
            module = _Placeholder(name)
            module.info = _forward_info  # type: ignore[attr-defined]
            module.__path__ = []  # looks like a package
            placeholders[name] = module
    sys.modules.update(placeholders)
    try:
        run()
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        parent = sys.modules.get("spacy")
        if parent is not None and isinstance(parent.__dict__.get("cli"), _Placeholder):
            del parent.__dict__["cli"]


def _lazy_package(name: str) -> _LazyPackage:
    """Return package ``name`` as a ``_LazyPackage``, registered in ``sys.modules``."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.submodule_search_locations is None:
        raise ImportError(f"{name} is not an installed package")
    module = _LazyPackage(name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__file__ = spec.origin
    module.__path__ = list(spec.submodule_search_locations)
    module.__package__ = name
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return module


def _import_spacy() -> types.ModuleType:
    """Return the ``spacy`` package with the submodules extraction needs loaded."""
    if "spacy" in sys.modules:
        for name in _NEEDED_SUBMODULES:
            importlib.import_module(name)
        return sys.modules["spacy"]
    before = set(sys.modules)
    try:
        spacy = _lazy_package("spacy")
        importlib.import_module("spacy.lang")
        _lazy_package("spacy.lang.en")
        for name in _NEEDED_SUBMODULES:
            importlib.import_module(name)
    except ImportError:
        # a spaCy whose modules no longer import in this order: drop the partial import
        for name in set(sys.modules) - before:
            if name == "spacy" or name.startswith("spacy."):
                del sys.modules[name]
        _without_cli(lambda: importlib.import_module("spacy"))
        return sys.modules["spacy"]
    # what spacy/__init__.py does first, before anything else
    sys.modules["spacy.errors"].setup_default_warnings()
    return spacy


spacy = _import_spacy()

#: Longest text handed to spaCy in one piece; longer documents are cut at line breaks.
MAX_CHUNK_CHARS = 200_000


#: One token per match: a whitespace run, a word, or one other character. A word is letters
#: and digits, glued over "." before a lower-case letter or digit ("Node.js", "3.8", but
#: "Python.Next" splits), over "&" ("R&D", "AT&T" are not R or AT), with a trailing "++" or
#: "#" ("C++", "C#", "Notepad++"); a URL scheme with its "://" is one token (not HTTP the
#: skill). Every other symbol is a token of its own, so "C++/Java",
#: "Python(3.8)", "scikit-learn", "CI/CD" and "•Python" split where a lexicon form may start.
#: Surface forms in the lexicon go through the same function, so both sides agree.
#: A word's match takes one following space with it (its trailing space; a whitespace run
#: has none left to take). Words come first (most pieces are words) and their runs are
#: possessive (``++``, ``*+``): all that follows a run is optional, so the longest run is
#: always the match and the engine keeps no backtracking points (~15% fewer instructions).
_PIECE = re.compile(
    r"(?:\w++(?:://|(?:(?:\.(?=[a-z0-9])|&(?=\w))\w++)*+(?:\+\+|#(?!\w))?)|\s+|[^\w\s]) ?"
)


def split_pieces(text: str) -> tuple[list[str], list[str], list[bool], list[bool]]:
    """Return the pieces of ``text``, and its spaCy ``words``, ``spaces`` and blank flags.

    A piece is a whitespace run, or a word with its trailing space if it has one: the
    pieces joined are ``text``, so their running lengths are the words' offsets. As in
    spaCy, one space after a token is that token's trailing space and any other run of
    whitespace is a token of its own. No Python code runs per token: the regex does the
    work and the lists are assembled with ``map`` (only the whitespace runs, about one
    token in ten, get a step of their own).
    """
    # findall() without groups returns plain strings (no tuple per token)
    pieces = _PIECE.findall(text)
    blank = list(map(str.isspace, pieces))
    words = list(map(str.removesuffix, pieces, repeat(" ")))
    for index in compress(count(), blank):
        words[index] = pieces[index]  # a whitespace run keeps all of its spaces
    # removesuffix() returns the piece itself when there was no space to remove
    trailing = list(map(ne, pieces, words))
    return pieces, words, trailing, blank


def split_tokens(text: str) -> tuple[list[str], list[bool], list[bool]]:
    """Return spaCy ``words`` and ``spaces`` for ``text``, and which words are whitespace.

    Joined back, words and spaces are ``text`` (character offsets stay exact); see
    ``split_pieces``.
    """
    _, words, trailing, blank = split_pieces(text)
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


def _tokenizer_factory() -> Any:
    """Return the factory spaCy calls with a pipeline to build its ``RegexTokenizer``."""
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
    from spacy.lang.en.lex_attrs import LEX_ATTRS as ENGLISH_LEX_ATTRS
    from spacy.lang.lex_attrs import LEX_ATTRS
    from spacy.vocab import Vocab

    # what English.Defaults.lex_attr_getters adds to the language-independent getters
    getters = {**LEX_ATTRS, **ENGLISH_LEX_ATTRS}
    return Vocab(lex_attr_getters={IDS[name]: getters[IDS[name]] for name in LEXEME_ATTRIBUTES})


@cache
def stop_words() -> frozenset[str]:
    """Return spaCy's English stop words (lower case)."""
    from spacy.lang.en.stop_words import STOP_WORDS  # English.Defaults.stop_words

    return frozenset(STOP_WORDS)


@cache
def blank_english() -> Language:
    """Return a blank English pipeline over ``english_vocab``: our regex tokenizer, nothing else.

    Extraction itself works on ``split_tokens`` and ``english_vocab``; this pipeline is for
    tools and tests that want spaCy Docs of a whole text.
    """
    if TOKENIZER_NAME not in spacy.registry.tokenizers:
        # registered so spacy.blank builds this tokenizer directly and never spaCy's own,
        # whose ~5k special cases take ~0.1 s to load
        spacy.registry.tokenizers.register(TOKENIZER_NAME, func=_tokenizer_factory)
    nlp = spacy.blank(
        "en",
        vocab=english_vocab(),
        config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}},
    )
    nlp.max_length = MAX_CHUNK_CHARS + 1
    return nlp
