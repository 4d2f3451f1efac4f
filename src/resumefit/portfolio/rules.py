"""The evidence-strength rules for README text: which parts show a skill in use.

The extractor reads evidence strength from the section a mention sits in: text in a
PROJECTS section is shown in use (strength USE), text in a SKILLS section is listed
(strength CLAIM). So the README renderer marks each part of a README with one of these
kinds, following the named rules below:

- a repository README is project evidence by default (it describes something the person built);
- headings that name a stack ("Tech stack", "Built with", "Skills"), badge lines, repository
  topics and list items led by such a label ("Built with: React, Node") are claims;
- headings about someone else's work (license, contributing, acknowledgements, citation) are
  neither: their parts are SectionKind.OTHER and left out of the Document (the extractor
  would otherwise read "Thanks to the TensorFlow team" as a claim);
- code fences and repository signals (languages, dependency files, Dockerfile) are always use;
- everything in a profile README (github.com/USER/USER) is a claim, bar its neutral parts
  ("Connect with me") and icons that link to social sites.
"""

from __future__ import annotations

from resumefit.types import SectionKind

#: Kind of the text of a repository README that no heading rule reclassifies.
DEFAULT_REPO_KIND = SectionKind.PROJECTS
#: Kind of everything in a profile README: it lists, it does not show.
PROFILE_KIND = SectionKind.SKILLS
#: Kind of badge lines, repository topics and "Built with: ..." lines.
BADGE_KIND = SectionKind.SKILLS
#: Kind of code fences and repository signals in a repository README.
CODE_KIND = SectionKind.PROJECTS
#: Leave the parts under neutral headings (NEUTRAL_HEADING_PHRASES) out of the Document.
DROP_NEUTRAL_PARTS = True

#: Heading phrases that make the section under them a list of claimed technologies.
CLAIM_HEADING_PHRASES: tuple[str, ...] = (
    "tech stack",
    "technology stack",
    "technologies",
    "technologies used",
    "tech",
    "stack",
    "built with",
    "made with",
    "powered by",
    "skills",
    "languages and tools",
    "languages & tools",
    "tools",
    "toolbox",
    "badges",
    "frameworks",
)

#: Heading phrases that only say what the README is about to show in use. They map to the
#: default kind, but stop a claim heading above them from reaching into their section.
USE_HEADING_PHRASES: tuple[str, ...] = (
    "install",
    "installation",
    "setup",
    "set up",
    "getting started",
    "quick start",
    "quickstart",
    "usage",
    "how to use",
    "how to run",
    "running",
    "training",
    "train",
    "evaluation",
    "inference",
    "results",
    "benchmark",
    "benchmarks",
    "experiments",
    "how it works",
    "architecture",
    "implementation",
    "approach",
    "method",
    "model",
    "pipeline",
    "example",
    "examples",
    "demo",
    "requirements",
    "dependencies",
    "prerequisites",
    "deployment",
    "development",
    "features",
)

#: Heading phrases whose sections describe other people's work or the repository's paperwork.
NEUTRAL_HEADING_PHRASES: tuple[str, ...] = (
    "license",
    "licence",
    "contributing",
    "contributors",
    "contribution",
    "acknowledgements",
    "acknowledgments",
    "acknowledgement",
    "credits",
    "citation",
    "cite",
    "references",
    "authors",
    "contact",
    "support",
    "sponsors",
    "donate",
    "changelog",
    "code of conduct",
    "see also",
    "related projects",
    "connect with me",
    "connect",
    "find me",
    "reach me",
    "follow me",
    "socials",
    "social",
    "contact me",
)

#: A "label: items" line is a claim when its label (before the colon) is at most this long
#: and names a stack (one of CLAIM_HEADING_PHRASES).
MAX_CLAIM_LABEL_CHARS = 40


def normalize_heading(text: str) -> str:
    """Return ``text`` lower-cased with everything but letters, digits, '&' and '+' as spaces."""
    kept = [ch if ch.isalnum() or ch in "&+" else " " for ch in text.lower()]
    return " ".join("".join(kept).split())


def _has_phrase(normalized: str, phrases: tuple[str, ...]) -> bool:
    padded = f" {normalized} "
    return any(f" {phrase} " in padded for phrase in phrases)


def heading_kind(heading: str) -> SectionKind | None:
    """Return the kind a heading gives the section under it, or None to inherit its parent's."""
    normalized = normalize_heading(heading)
    if not normalized:
        return None
    if _has_phrase(normalized, CLAIM_HEADING_PHRASES):
        return BADGE_KIND
    if _has_phrase(normalized, NEUTRAL_HEADING_PHRASES):
        return SectionKind.OTHER
    if _has_phrase(normalized, USE_HEADING_PHRASES):
        return DEFAULT_REPO_KIND
    return None


def is_claim_label_line(text: str) -> bool:
    """Return True for a "Built with: React, Node" line: a stack label, a colon, then items."""
    label, colon, rest = text.partition(":")
    if not colon or not rest.strip() or len(label) > MAX_CLAIM_LABEL_CHARS:
        return False
    return _has_phrase(normalize_heading(label), CLAIM_HEADING_PHRASES)
