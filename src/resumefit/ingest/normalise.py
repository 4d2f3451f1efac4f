"""Normalise extracted text: ligatures, bullets, odd whitespace and line-end hyphenation."""

from __future__ import annotations

import re
import unicodedata

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
#: Glyphs used as list bullets; each becomes BULLET.
BULLET_GLYPHS = "•●▪◦■□◆◇►▸‣⁃∙➢➤✓✔❖➔→"
BULLET = "•"
#: Space-like characters that become a plain space, and invisible ones that are dropped.
SPACE_LIKE = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
)
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
#: A soft hyphen that was drawn is a visible hyphen: LaTeX fonts map "-" to U+00AD.
SOFT_HYPHEN = "\u00ad"
#: pdfium reports line-end hyphens as U+0002 or the non-character U+FFFE.
PDFIUM_HYPHENS = "\x02\ufffe"

_TRANSLATION: dict[int, str] = {ord(k): v for k, v in LIGATURES.items()}
_TRANSLATION.update({ord(c): " " for c in SPACE_LIKE})
_TRANSLATION.update({ord(c): "" for c in INVISIBLE})
_TRANSLATION.update({ord(c): BULLET for c in BULLET_GLYPHS})
_TRANSLATION.update({ord(c): "-" for c in PDFIUM_HYPHENS + SOFT_HYPHEN})

#: Hyphenated prefixes that keep their hyphen when a line break splits them ("self-\nmotivated").
KEEP_HYPHEN_PREFIXES = frozenset(
    (
        "self",
        "well",
        "non",
        "co",
        "multi",
        "cross",
        "full",
        "part",
        "high",
        "long",
        "short",
        "real",
        "end",
        "open",
        "state",
        "user",
        "team",
        "front",
        "back",
        "client",
        "server",
        "web",
        "cloud",
        "data",
        "machine",
        "deep",
        "problem",
        "detail",
        "fast",
        "quick",
        "hands",
        "award",
        "cost",
        "time",
        "goal",
        "results",
        "customer",
        "student",
        "entry",
        "mid",
        "senior",
        "year",
        "month",
        "day",
        "week",
        "e",
        "x",
        "t",
    )
)


def normalise_glyph_text(text: str) -> str:
    """Return ``text`` with ligatures expanded, bullets unified and odd spaces/controls removed.

    Meant for drawn glyphs (PDF): a soft hyphen there was printed, so it becomes "-".
    """
    out = text.translate(_TRANSLATION)
    if out.isascii():
        return out
    # Private-use glyphs are icon fonts (phone, envelope, GitHub logos): no text to keep.
    return "".join(ch for ch in out if not _is_icon_or_control(ch))


def _is_icon_or_control(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category in ("Co", "Cc", "Cs") and ch not in "\n"


_WORD_END = re.compile(r"([A-Za-z]+)-$")
_WORD_START = re.compile(r"^([a-z]+)")


def join_hyphenated(prev_word: str, next_word: str, known_words: set[str]) -> str | None:
    """Return one token for a word broken by a hyphen at a line end, or None if it is not one.

    "devel-" + "opment," -> "development,". A prefix like "self-" keeps its hyphen, as does a
    pair whose hyphenated form occurs elsewhere in the document (``known_words``, lower case).
    """
    end = _WORD_END.search(prev_word)
    start = _WORD_START.match(next_word)
    if end is None or start is None:
        return None
    head, tail = end.group(1).lower(), start.group(1)
    joined, hyphenated = head + tail, f"{head}-{tail}"
    keep = (hyphenated in known_words or head in KEEP_HYPHEN_PREFIXES) and joined not in known_words
    return prev_word + next_word if keep else prev_word[:-1] + next_word
