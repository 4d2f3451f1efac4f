"""Who may use the review app, and how each response is locked down.

- Access token: when the app is started with a token, every request must carry it, as
  ``Authorization: Bearer <token>`` or in the cookie set by a first visit to ``?token=<token>``.
- Host check: on loopback, requests naming another host are refused (DNS rebinding).
- CSRF: each browser gets a random token in a cookie; every form repeats it in a hidden
  field, and a POST whose field does not match the cookie (or that comes from another
  origin) is refused with 403.
- Headers: a Content-Security-Policy that allows only the app's own scripts and styles.
"""

from __future__ import annotations

import secrets
from collections.abc import Collection
from hmac import compare_digest
from urllib.parse import urlencode

from starlette.datastructures import FormData, MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOKEN_COOKIE = "resumefit_token"
CSRF_COOKIE = "resumefit_csrf"
CSRF_FIELD = "csrf"
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; connect-src 'self'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}
TOKEN_REQUIRED = (
    "This review app needs its access token: open the URL that `resumefit serve` printed, "
    "or send the header 'Authorization: Bearer <token>'."
)
CSRF_REJECTED = (
    "This form was not sent from the review app's own page (missing or stale form token); "
    "reload the page and try again."
)


def _cookie(name: str, value: str) -> str:
    return f"{name}={value}; Path=/; HttpOnly; SameSite=Strict"


class AccessGuard:
    """ASGI middleware: checks the access token and host, issues the CSRF cookie, sets headers."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        token: str | None = None,
        allowed_hosts: Collection[str] | None = None,
    ) -> None:
        self.app = app
        self.token = token
        self.allowed_hosts = set(allowed_hosts) if allowed_hosts else None

    def _has_token(self, request: Request) -> bool:
        assert self.token is not None
        header = request.headers.get("authorization", "")
        scheme, _, supplied = header.partition(" ")
        if scheme.lower() == "bearer" and compare_digest(supplied.strip(), self.token):
            return True
        return compare_digest(request.cookies.get(TOKEN_COOKIE, ""), self.token)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        refusal = self._refusal(request)
        if refusal is not None:
            await self._secured(refusal)(scope, receive, send)
            return
        csrf = request.cookies.get(CSRF_COOKIE) or ""
        new_cookies = []
        if not csrf:
            csrf = secrets.token_urlsafe(32)
            new_cookies.append(_cookie(CSRF_COOKIE, csrf))
        scope.setdefault("state", {})["csrf_token"] = csrf

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                for cookie in new_cookies:
                    headers.append("set-cookie", cookie)
            await send(message)

        await self.app(scope, receive, send_secured)

    def _refusal(self, request: Request) -> Response | None:
        """Return the response that refuses ``request``, or None to let it through."""
        if self.allowed_hosts is not None and request.url.hostname not in self.allowed_hosts:
            return PlainTextResponse("Unknown host name for this review app.", status_code=400)
        if self.token is None or self._has_token(request):
            return None
        offered = request.query_params.get("token", "")
        if offered and compare_digest(offered, self.token):
            # Move the token from the URL into a cookie so it leaves the address bar and history.
            rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
            response = RedirectResponse(target, status_code=303)
            response.headers.append("set-cookie", _cookie(TOKEN_COOKIE, self.token))
            return response
        return PlainTextResponse(TOKEN_REQUIRED, status_code=401)

    @staticmethod
    def _secured(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def csrf_token(request: Request) -> str:
    """Return the CSRF token a form on this page must send back."""
    token: str = request.state.csrf_token
    return token


async def checked_form(request: Request) -> FormData:
    """Return the POSTed form after the CSRF check; raise HTTPException(403) if it fails."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and origin.rstrip("/") != str(request.base_url).rstrip("/"):
        raise HTTPException(403, CSRF_REJECTED)
    form = await request.form()
    sent = form.get(CSRF_FIELD)
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not isinstance(sent, str) or not cookie or not compare_digest(sent, cookie):
        raise HTTPException(403, CSRF_REJECTED)
    return form
