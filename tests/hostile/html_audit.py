"""Audit an HTML page for anything a hostile string could use to act: scripts, handlers, links.

``audit_html`` parses the page with the standard library's HTML parser (the same tokenising
rules a browser starts from) and records what a report must never contain when built from
untrusted text, plus the page's visible text and its Content-Security-Policy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

#: Elements that load or run something, or redirect; a report built from text has none.
ACTIVE_TAGS = frozenset(
    {
        "script",
        "iframe",
        "frame",
        "object",
        "embed",
        "link",
        "base",
        "form",
        "input",
        "button",
        "img",
        "video",
        "audio",
        "source",
        "applet",
        "frameset",
        "portal",
    }
)
#: Attributes whose value is a URL a browser may load or follow.
URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "action",
        "formaction",
        "xlink:href",
        "poster",
        "data",
        "background",
        "srcset",
        "ping",
    }
)
#: Link targets a report may contain: in-page anchors and web links.
SAFE_SCHEMES = frozenset({"http", "https"})


@dataclass
class HtmlAudit:
    """What an HTML page contains that matters for safety."""

    tags: list[str] = field(default_factory=list)
    active_tags: list[str] = field(default_factory=list)
    handler_attributes: list[str] = field(default_factory=list)  # on*="..."
    unsafe_urls: list[str] = field(default_factory=list)  # javascript:, data:, relative...
    refreshes: list[str] = field(default_factory=list)  # <meta http-equiv=refresh>
    csp: list[str] = field(default_factory=list)  # Content-Security-Policy meta contents
    csp_position: int | None = None  # index in ``tags`` of the first CSP meta
    scripts: list[str] = field(default_factory=list)  # inline script bodies
    text: str = ""  # the page's character data, as a browser would show it

    def csp_directives(self) -> dict[str, list[str]]:
        """Return the first CSP's directives: name -> source list."""
        directives: dict[str, list[str]] = {}
        for part in (self.csp[0] if self.csp else "").split(";"):
            words = part.split()
            if words:
                directives[words[0].lower()] = words[1:]
        return directives


class _Auditor(HTMLParser):
    def __init__(self, *, allow_relative: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.allow_relative = allow_relative
        self.audit = HtmlAudit()
        self._texts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.audit.tags.append(tag)
        if tag in ACTIVE_TAGS:
            self.audit.active_tags.append(tag)
        values = {name.lower(): value or "" for name, value in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                self.audit.handler_attributes.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and not _is_safe_url(value, self.allow_relative):
                self.audit.unsafe_urls.append(f"<{tag} {name}={value!r}>")
            if name == "style" and "url(" in value.lower():
                self.audit.unsafe_urls.append(f"<{tag} style={value!r}>")
        if tag == "meta":
            equiv = values.get("http-equiv", "").lower()
            if equiv == "refresh":
                self.audit.refreshes.append(values.get("content", ""))
            if equiv == "content-security-policy":
                if self.audit.csp_position is None:
                    self.audit.csp_position = len(self.audit.tags) - 1
                self.audit.csp.append(values.get("content", ""))
        if tag == "script":
            self._in_script = True
            self.audit.scripts.append("")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self._in_script = False

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.audit.scripts[-1] += data
        else:
            self._texts.append(data)


def _is_safe_url(value: str, allow_relative: bool) -> bool:
    """Return True for an in-page anchor or an absolute http(s) URL with a host.

    With ``allow_relative``, a relative path below the page's folder is safe too (the cohort
    index links to its own reports); it has no scheme, so it cannot carry javascript:.
    """
    value = value.strip()
    if value.startswith("#"):
        return True
    parts = urlsplit(value)
    if allow_relative and not parts.scheme and not parts.netloc:
        return bool(parts.path) and not parts.path.startswith(("/", "..")) and ":" not in value
    return parts.scheme.lower() in SAFE_SCHEMES and bool(parts.netloc)


def audit_html(html: str, *, allow_relative: bool = False) -> HtmlAudit:
    """Return the safety audit of one HTML page (``allow_relative``: see ``_is_safe_url``)."""
    auditor = _Auditor(allow_relative=allow_relative)
    auditor.feed(html)
    auditor.close()
    auditor.audit.text = "".join(auditor._texts)
    return auditor.audit
