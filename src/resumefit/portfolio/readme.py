"""A README rendered to plain text with evidence-strength sections, via markdown-it-py.

The Markdown is parsed into tokens (never matched with regexes): headings open parts
whose kind follows ``rules``; paragraphs, list items and table rows become lines; code
fences become a "Code (language):" line plus their code; badge images become a
"Badges: ..." line of claims; raw HTML is reduced to its text. reStructuredText and plain
text READMEs go through the same parser: their paragraphs, literal blocks and underlined
titles read well enough as Markdown.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from resumefit.portfolio import rules
from resumefit.portfolio.assemble import Block, assemble_document, clean_text
from resumefit.portfolio.badges import badge_names, is_social_link
from resumefit.portfolio.html_text import DROPPED_ELEMENTS, read_tag, reduce_html
from resumefit.portfolio.packages import code_package_lines
from resumefit.types import Document, SectionKind

#: Code lines kept per fence; long listings add bulk, not evidence.
MAX_CODE_LINES = 60
#: README characters parsed; the rest is dropped with a warning. The largest of 873 real
#: READMEs in ../shared/data is 114 KB; markdown-it needs ~10 s for 100 KB of hostile
#: bracket soup on a loaded machine, so the cap bounds that too.
MAX_README_CHARS = 120_000
#: Alt text of a plain (non-badge) image in a profile README counts as a claimed skill when
#: it is at most this long: icon rows use alt="python", screenshots use long sentences.
MAX_ICON_ALT_CHARS = 30
#: The label of the line that lists badge and icon names.
BADGE_LINE_LABEL = "Badges"
LIST_ITEM_PREFIX = "- "


@cache
def _markdown_parser() -> MarkdownIt:
    # commonmark + GitHub tables; raw HTML is parsed as tokens so it can be reduced to text.
    parser = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
    # Parse every link target as a link, so "[text](javascript:...)" keeps only its text;
    # assemble_document then drops any target that is not http(s).
    parser.validateLink = _accept_any_link  # type: ignore[method-assign]
    return parser


def _accept_any_link(url: str) -> bool:
    return True


class _Renderer:
    """Walks markdown-it tokens and collects Blocks, tracking the current part's kind."""

    def __init__(self, *, profile: bool) -> None:
        self.profile = profile
        self.blocks: list[Block] = []
        self.headings: list[tuple[int, SectionKind, str]] = []  # (level, kind, text)
        self.item_prefix_pending = False
        self.table_row: list[str] = []
        self.row_links: list[tuple[str, int | None, int | None]] = []
        self.row_badges: list[str] = []

    # ------------------------------------------------------------------ parts and kinds

    @property
    def kind(self) -> SectionKind:
        kind = self.headings[-1][1] if self.headings else rules.DEFAULT_REPO_KIND
        if self.profile and kind is not SectionKind.OTHER:
            return rules.PROFILE_KIND
        return kind

    @property
    def heading(self) -> str | None:
        return self.headings[-1][2] if self.headings else None

    def open_heading(self, text: str, level: int) -> None:
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        kind = rules.heading_kind(text) or self.kind
        self.headings.append((level, kind, text))
        self.blocks.append(Block(text, self.kind, text, heading_level=level))

    def add_text(self, text: str, links: list[tuple[str, int | None, int | None]]) -> None:
        if not text.strip():
            if links:  # a linked badge: keep the target, it has no anchor text
                self.blocks.append(Block("", self.kind, self.heading, links=links))
            return
        if self.item_prefix_pending:
            text = LIST_ITEM_PREFIX + text
            links = [(u, s + len(LIST_ITEM_PREFIX), e + len(LIST_ITEM_PREFIX)) if s is not None
                     and e is not None else (u, s, e) for u, s, e in links]  # fmt: skip
            self.item_prefix_pending = False
        kind = self.kind
        if not self.profile and kind != SectionKind.OTHER and rules.is_claim_label_line(text):
            kind = rules.BADGE_KIND
        self.blocks.append(Block(text, kind, self.heading, links=links))

    def add_badges(self, names: Sequence[str]) -> None:
        unique: list[str] = []
        for name in names:
            name = " ".join(clean_text(name).split())
            if name and name.lower() not in (seen.lower() for seen in unique):
                unique.append(name)
        if unique:
            line = f"{BADGE_LINE_LABEL}: {', '.join(unique)}"
            kind = SectionKind.OTHER if self.kind is SectionKind.OTHER else rules.BADGE_KIND
            self.blocks.append(Block(line, kind, self.heading))

    def image_names(self, src: str, alt: str, href: str = "") -> list[str]:
        if is_social_link(href):
            return []  # a "connect with me" icon names a network, not a skill
        names = badge_names(src, alt)
        if names is not None:
            return names
        alt = " ".join(alt.split())
        if self.profile and alt and len(alt) <= MAX_ICON_ALT_CHARS:
            return [alt]
        return []  # a screenshot or diagram: its alt text is not a skill claim

    # ------------------------------------------------------------------ token handlers

    def render_inline(
        self, token: Token
    ) -> tuple[str, list[tuple[str, int | None, int | None]], list[str]]:
        """Return (text, links with offsets into it, badge names) of an inline token."""
        text = ""
        links: list[tuple[str, int | None, int | None]] = []
        badges: list[str] = []
        open_links: list[tuple[str, int]] = []
        dropped = 0
        for child in token.children or []:
            if child.type == "html_inline":
                tag = read_tag(child.content)
                if tag is None:
                    continue
                name, attrs, closing = tag
                if name in DROPPED_ELEMENTS:
                    dropped = max(0, dropped - 1) if closing else dropped + 1
                elif dropped:
                    continue
                elif name == "img" and attrs.get("src"):
                    href = open_links[-1][0] if open_links else ""
                    badges.extend(self.image_names(attrs["src"], attrs.get("alt", ""), href))
                elif name == "a" and not closing and attrs.get("href"):
                    open_links.append((attrs["href"], len(text)))
                elif name == "a" and closing and open_links:
                    href, start = open_links.pop()
                    links.append(
                        (href, start, len(text)) if len(text) > start else (href, None, None)
                    )
                elif name == "br":
                    text += " "
                continue
            if dropped:
                continue
            if child.type in ("text", "code_inline"):
                text += clean_text(child.content).replace("\n", " ")
            elif child.type == "softbreak":
                text += " "
            elif child.type == "hardbreak":
                text += "\n"
            elif child.type == "link_open":
                open_links.append((str(child.attrs.get("href", "")), len(text)))
            elif child.type == "link_close" and open_links:
                href, start = open_links.pop()
                links.append((href, start, len(text)) if len(text) > start else (href, None, None))
            elif child.type == "image":
                href = open_links[-1][0] if open_links else ""
                src = str(child.attrs.get("src", ""))
                badges.extend(self.image_names(src, child.content, href))
        stripped = text.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        shifted = [
            (u, s - lead, min(e, len(stripped)) - lead)
            if s is not None and e is not None
            else (u, s, e)
            for u, s, e in links
        ]
        return stripped.lstrip(), shifted, badges

    def render_code(self, token: Token) -> None:
        language = token.info.strip().split()[0] if token.info.strip() else ""
        code_lines = clean_text(token.content).rstrip("\n").split("\n")
        kept = [line.rstrip() for line in code_lines[:MAX_CODE_LINES]]
        label = f"Code ({language}):" if language else "Code:"
        kind = self.kind
        if not self.profile and kind != SectionKind.OTHER:
            kind = rules.CODE_KIND  # code shows use, whatever the heading above it says
        packages = code_package_lines(token.content, language)
        self.blocks.append(Block("\n".join([label, *kept, *packages]), kind, self.heading))

    def render_html(self, html: str) -> None:
        for line in reduce_html(html):
            if line.heading_level and line.text:
                self.open_heading(line.text, line.heading_level)
            else:
                self.add_text(line.text, line.links)
            if line.heading_level and line.links:
                self.blocks.append(Block("", self.kind, self.heading, links=line.links))
            names = [name for image in line.images for name in self.image_names(*image)]
            self.add_badges(names)

    def render(self, tokens: list[Token]) -> None:
        index = 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind == "heading_open":
                text, links, badges = self.render_inline(tokens[index + 1])
                if text:
                    self.open_heading(text, int(token.tag[1:]))
                if links:
                    self.blocks.append(Block("", self.kind, self.heading, links=links))
                self.add_badges(badges)
                index += 3
                continue
            if kind == "list_item_open":
                self.item_prefix_pending = True
            elif kind == "tr_open":
                self.table_row, self.row_links, self.row_badges = [], [], []
            elif kind == "inline" and _in_table_cell(tokens, index):
                text, links, badges = self.render_inline(token)
                base = sum(len(cell) + 3 for cell in self.table_row)
                self.row_links.extend(
                    (u, s + base, e + base) if s is not None and e is not None else (u, s, e)
                    for u, s, e in links
                )
                self.table_row.append(text)
                self.row_badges.extend(badges)
            elif kind == "tr_close":
                self.add_text(" | ".join(self.table_row), self.row_links)
                self.add_badges(self.row_badges)
            elif kind == "inline":
                text, links, badges = self.render_inline(token)
                self.add_text(text, links)
                self.add_badges(badges)
            elif kind == "code_block" and _looks_like_html(token.content):
                self.render_html(token.content)  # indented HTML after a blank line in a block
            elif kind in ("fence", "code_block"):
                self.item_prefix_pending = False
                self.render_code(token)
            elif kind == "html_block":
                self.render_html(token.content)
            index += 1


def _looks_like_html(code: str) -> bool:
    """Return True for an indented block that is HTML (profile READMEs indent their <a><img>)."""
    stripped = code.strip()
    return stripped.startswith("<") and stripped.endswith(">") and read_tag(stripped) is not None


def _in_table_cell(tokens: list[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1].type in ("th_open", "td_open")


def render_readme_blocks(markdown: str, *, profile: bool = False) -> list[Block]:
    """Return the Blocks of plain text a README renders to, each tagged with its evidence kind."""
    renderer = _Renderer(profile=profile)
    renderer.render(_markdown_parser().parse(markdown))
    if rules.DROP_NEUTRAL_PARTS:
        return [block for block in renderer.blocks if block.kind is not SectionKind.OTHER]
    return renderer.blocks


def readme_document(
    raw: bytes,
    *,
    source: str,
    url: str | None = None,
    profile: bool = False,
    before: Sequence[Block] = (),
    after: Sequence[Block] = (),
) -> Document:
    """Return the README ``raw`` (UTF-8 bytes) as a Document(format="readme").

    ``before``/``after`` are extra blocks (a repository's description, topics, languages,
    dependencies) placed around the README text so the same extractor reads them.
    """
    markdown = raw.decode("utf-8", errors="replace")
    warnings: list[str] = []
    if len(markdown) > MAX_README_CHARS:
        markdown = markdown[:MAX_README_CHARS]
        warnings.append(f"README truncated to its first {MAX_README_CHARS} characters")
    blocks = [*before, *render_readme_blocks(markdown, profile=profile), *after]
    # The hash covers the extra blocks too: two README-less repositories must not share it.
    extra = "\n".join(block.text for block in (*before, *after)).encode("utf-8")
    hashed = raw + b"\0" + extra if extra else raw
    return assemble_document(blocks, source=source, url=url, raw=hashed, warnings=warnings)
