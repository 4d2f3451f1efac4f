"""Stack names read from README badge and icon images (shields.io, devicon, skillicons).

A shields.io static badge spells its stack in the URL path: ``/badge/PyTorch-2.1-EE4C2C``
is label "PyTorch", message "2.1", colour "EE4C2C", and ``?logo=pytorch`` names it again.
Icon sets (devicon, simple-icons, skillicons.dev) name the technology in the path or query.
Dynamic badges (build status, PyPI version) only say something in their alt text.
"""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

#: Hosts whose images are badges, whatever their path.
BADGE_HOSTS: frozenset[str] = frozenset(
    {
        "img.shields.io",
        "shields.io",
        "badgen.net",
        "forthebadge.com",
        "badge.fury.io",
        "travis-ci.org",
        "travis-ci.com",
        "api.travis-ci.com",
        "codecov.io",
        "circleci.com",
        "coveralls.io",
        "readthedocs.org",
        "api.codeclimate.com",
        "app.codacy.com",
        "pepy.tech",
        "static.pepy.tech",
    }
)
#: URL fragments that mark technology icon sets (the icon name is in the path).
ICON_SET_MARKERS: tuple[str, ...] = ("devicon", "simple-icons", "simpleicons")
#: skillicons.dev takes a comma-separated icon list in the ``i`` (or ``icons``) parameter.
SKILLICONS_HOST = "skillicons.dev"
#: Icon ids that are abbreviations, spelled out so the lexicon can recognise them.
ICON_NAMES: dict[str, str] = {
    "py": "Python",
    "js": "JavaScript",
    "ts": "TypeScript",
    "cpp": "C++",
    "cplusplus": "C++",
    "cs": "C#",
    "csharp": "C#",
    "nodejs": "Node.js",
    "sklearn": "scikit-learn",
    "scikitlearn": "scikit-learn",
    "amazonwebservices": "AWS",
    "googlecloud": "Google Cloud",
    "gcp": "Google Cloud",
    "postgres": "PostgreSQL",
    "mongodb": "MongoDB",
    "k8s": "Kubernetes",
    "tf": "TensorFlow",
}
#: Sites of "connect with me" links: an icon linking there names a network, not a skill.
SOCIAL_HOSTS: frozenset[str] = frozenset(
    {
        "linkedin.com", "twitter.com", "x.com", "instagram.com", "facebook.com", "fb.com",
        "youtube.com", "medium.com", "dev.to", "discord.gg", "discord.com", "t.me",
        "stackoverflow.com", "reddit.com", "tiktok.com", "twitch.tv", "hashnode.com",
        "codepen.io", "kaggle.com", "leetcode.com", "hackerrank.com", "codeforces.com",
        "codechef.com", "buymeacoffee.com", "ko-fi.com", "patreon.com",
    }
)  # fmt: skip
#: Image file suffixes stripped from the last path segment.
IMAGE_SUFFIXES: tuple[str, ...] = (".svg", ".png", ".gif", ".jpg", ".jpeg", ".webp")
#: Icon-file suffixes devicon adds to the technology name ("python-original.svg").
DEVICON_VARIANTS: tuple[str, ...] = ("-original-wordmark", "-plain-wordmark", "-original", "-plain")


def _strip_suffix(segment: str) -> str:
    lowered = segment.lower()
    for suffix in IMAGE_SUFFIXES:
        if lowered.endswith(suffix):
            return segment[: -len(suffix)]
    return segment


def _split_shields_content(content: str) -> list[str]:
    """Split a shields.io badge path on single dashes ("--" is a literal dash, "_" a space)."""
    parts: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(content):
        ch = content[index]
        pair = content[index : index + 2]
        if pair in ("--", "__"):
            current.append(pair[0])
            index += 2
            continue
        if ch == "-":
            parts.append("".join(current))
            current = []
        else:
            current.append(" " if ch == "_" else ch)
        index += 1
    parts.append("".join(current))
    return parts


def _shields_names(path: str, query: dict[str, list[str]]) -> list[str]:
    names: list[str] = []
    segments = [unquote(segment) for segment in path.split("/") if segment]
    if len(segments) >= 2 and segments[0] == "badge":
        parts = _split_shields_content(_strip_suffix("/".join(segments[1:])))
        words = parts[:-1] if len(parts) >= 2 else parts  # the last part is the colour
        text = " ".join(word.strip() for word in words if word.strip())
        if text:
            names.append(text)
    elif segments and segments[0] == "static":
        text = " ".join(query.get("label", []) + query.get("message", []))
        if text.strip():
            names.append(text.strip())
    for logo in query.get("logo", []):
        logo = logo.strip()
        if logo and all(_compact(logo) not in _compact(name) for name in names):
            names.append(ICON_NAMES.get(logo.lower(), logo))
    return names


def _compact(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _icon_set_name(path: str) -> str | None:
    segments = [unquote(segment) for segment in path.split("/") if segment]
    if not segments:
        return None
    name = _strip_suffix(segments[-1])
    for variant in DEVICON_VARIANTS:
        if name.lower().endswith(variant):
            name = name[: -len(variant)]
            break
    name = name.strip()
    return ICON_NAMES.get(name.lower(), name) or None


def is_social_link(href: str) -> bool:
    """Return True for a link to a social or profile site (or an e-mail address)."""
    parts = urlsplit(href.strip())
    if parts.scheme.lower() == "mailto":
        return True
    host = (parts.hostname or "").lower().removeprefix("www.")
    return any(host == site or host.endswith(f".{site}") for site in SOCIAL_HOSTS)


def badge_names(src: str, alt: str) -> list[str] | None:
    """Return the stack names a badge or icon image shows, or None when it is not one.

    An empty list means "a badge that names nothing" (a bare build-status image).
    """
    parts = urlsplit(src.strip())
    host = (parts.hostname or "").lower()
    query = parse_qs(parts.query)
    alt = " ".join(alt.split())
    if host == SKILLICONS_HOST:
        icons = ",".join(query.get("i", []) + query.get("icons", []))
        return [
            ICON_NAMES.get(icon.strip().lower(), icon.strip())
            for icon in icons.split(",")
            if icon.strip()
        ]
    if any(marker in src.lower() for marker in ICON_SET_MARKERS):
        name = _icon_set_name(parts.path)
        return [name] if name else ([alt] if alt else [])
    if host in BADGE_HOSTS or "badge" in parts.path.lower():
        if host.endswith("shields.io"):
            names = _shields_names(parts.path, query)
            if names:
                return names
        return [alt] if alt else []
    return None
