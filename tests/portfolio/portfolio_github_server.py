"""A stand-in for the GitHub REST API on 127.0.0.1 that serves recorded answers."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit


@dataclass
class RecordedApi:
    """A GitHub API stand-in on 127.0.0.1 serving responses.json; remembers what was asked."""

    base: str
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]


@contextmanager
def serve_recorded_api(responses_file: Path) -> Iterator[RecordedApi]:
    """Serve ``responses_file`` (path -> status, headers, body) on a free port until exit."""
    responses = json.loads(responses_file.read_text(encoding="utf-8"))
    api = RecordedApi(base="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            path = urlsplit(self.path).path
            api.requests.append((path, dict(self.headers.items())))
            entry = responses.get(path, {"status": 404, "body": '{"message": "Not Found"}'})
            body = entry["body"].encode("utf-8")
            self.send_response(entry["status"])
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            for name, value in entry.get("headers", {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # keep test output clean

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    api.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield api
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
