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

import sys
import types
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language


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


#: Characters that always separate tokens, even glued to letters: "C++/Java", "Python(3.8)",
#: "Java,C++", "•Python". spaCy's default infixes split these only between letters.
BULLETS = r"[\u2022\u25aa\u25cf\u25e6\u25a0\u25ba\u27a2\u2713\uf0b7\uf0a7]"
EXTRA_INFIXES = (r"/", r"[()\[\]{}]", r"[,;|]", BULLETS)


def lemma_lookup_table() -> dict[int, str]:
    """Return spacy-lookups-data's English lemma table as {hash of lower-case form: lemma}.

    The keys are spaCy string hashes, so ``table.get(token.lower)`` lemmatises a token
    case-insensitively ("Led" -> "lead"), which the stock lookup lemmatizer does not.
    """
    from spacy.lookups import load_lookups

    table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    return {int(key): str(value) for key, value in table.items()}


TOKENIZER_NAME = "resumefit.tokenizer.v1"


def _make_tokenizer(nlp: Language) -> Any:
    """Return spaCy's English tokenizer with our extra prefixes and infixes and no URL rule."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    defaults = nlp.Defaults
    return Tokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=compile_prefix_regex([*(defaults.prefixes or ()), BULLETS]).search,
        suffix_search=compile_suffix_regex(defaults.suffixes or ()).search,
        infix_finditer=compile_infix_regex([*(defaults.infixes or ()), *EXTRA_INFIXES]).finditer,
        token_match=defaults.token_match,
        url_match=None,  # URLs are not skills; splitting them keeps "Node.js/Express" apart
    )


@spacy.registry.tokenizers(TOKENIZER_NAME)
def _tokenizer_factory() -> Any:
    # Registered so spacy.blank builds this tokenizer directly: building the default one and
    # then changing its settings reloads ~5k special cases per setting (~0.1 s each).
    return _make_tokenizer


@cache
def blank_english() -> Language:
    """Return the shared blank English pipeline: tokenizer only, with our extra infixes."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    nlp.max_length = MAX_CHUNK_CHARS + 1
    return nlp
