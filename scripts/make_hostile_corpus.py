"""Write a corpus of hostile and broken inputs that resumefit must survive.

Every file here is something a career center could receive from a stranger: empty, cut off,
corrupt, encrypted, scanned, enormous, oddly encoded, or carrying HTML/JavaScript meant to run
inside a report. The hostile-input tests (``tests/hostile/``) generate the corpus into a
temporary folder with ``make_corpus(tmp_path, large=...)``; nothing large is committed.

    python scripts/make_hostile_corpus.py OUT_DIR [--large]
"""

from __future__ import annotations

import argparse
import io
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

#: Pages in the many-pages PDF, bytes in the enormous text file (the ``large`` cases).
MANY_PAGES = 500
HUGE_TEXT_BYTES = 20 * 1024 * 1024
#: Page side of the huge-page PDF in points (PDF 1.7 caps a user-space page at 14,400 pt).
HUGE_PAGE_POINTS = 14_400
#: Depth of the nested /Pages tree and of the nested arrays in the deep-nesting PDFs.
NESTED_PAGES_DEPTH = 5_000
NESTED_ARRAY_DEPTH = 200_000
#: Text-showing operators in the glyph bomb: a ~40 KB file that expands to ~10 M glyphs.
GLYPH_BOMB_REPEATS = 300_000
#: Length of the single over-long lines in the control-character text.
LONG_LINE_CHARS = 10_000
#: The real password of the locked PDF; its owner password differs so the user one is needed.
LOCKED_PASSWORD = "correct horse battery staple"

#: The injection strings a resume or README may carry. A safe report shows each as text.
INJECTIONS = (
    "<script>window.__pwned = 1; document.title = 'PWNED'; alert(1)</script>",
    '<img src=x onerror="window.__pwned = 2; alert(2)">',
    '<svg onload="window.__pwned = 3"></svg>',
    '<a href="javascript:window.__pwned=4">click</a>',
    '<iframe src="https://example.com/"></iframe>',
    '<link rel=stylesheet href="https://example.com/x.css">',
    '"><script>window.__pwned = 5</script>',
    "' onmouseover='window.__pwned = 6",
    "{{ 7 * 7 }} {% raw %}",
    "javascript:window.__pwned=8",
)

#: A small plain resume: every encoding case carries it, so a read can be checked for content.
RESUME_TEXT = """Zoë Müller-Ñúñez
zoe@example.com | Zürich

Summary
Naïve-Bayes enthusiast and café regular looking for a machine learning internship.

Skills
Python, PyTorch, NumPy, pandas, SQL, Git, Docker

Experience
Data Intern, Crème Analytics, Jun 2024 - Aug 2024
- Built a churn model in Python with scikit-learn and pandas.
- Presented results to the team; communication and teamwork.

Education
B.Sc. Computer Science, Université de Genève, expected 2026
"""

#: A resume whose skill and bullet lines carry the injection strings.
HOSTILE_RESUME_TEXT = f"""Mallory <script>window.__pwned = 9</script> Example
mallory@example.com | [site](javascript:window.__pwned=10)

Summary
Machine learning student. {INJECTIONS[0]}

Skills
Python {INJECTIONS[0]}
{INJECTIONS[1]} PyTorch
NumPy {INJECTIONS[2]}, pandas {INJECTIONS[3]}
SQL {INJECTIONS[4]} {INJECTIONS[5]}
Git {INJECTIONS[6]} Docker {INJECTIONS[7]}
TensorFlow {INJECTIONS[8]} {INJECTIONS[9]}

Experience
ML Intern, <b onclick="window.__pwned=11">Evil Corp</b>, Jun 2024 - Aug 2024
- Trained a CNN in PyTorch <img src=x onerror=alert(12)> on 10k images.
- Deployed a REST API with Docker </style><script>window.__pwned=13</script>.

Projects
- <details open ontoggle="window.__pwned=14">Kaggle</details> competition with XGBoost.

Education
B.Sc. Computer Science, expected 2026 <meta http-equiv="refresh" content="0;url=https://example.com/">
"""

#: A GitHub README carrying raw HTML, scripts, javascript:/data: links and image tricks.
HOSTILE_README = f"""# evil-project <script>window.__pwned = 20</script>

A PyTorch and NumPy project. {INJECTIONS[1]}

<div onmouseover="window.__pwned = 21">Hover me</div>

<script src="https://example.com/evil.js"></script>
<style>body {{ background: url(https://example.com/track.png) }}</style>
<iframe src="https://example.com/"></iframe>

[home](javascript:window.__pwned=22) · [data](data:text/html,<script>alert(23)</script>)
[vb](vbscript:msgbox(24)) · [spaced]( javascript:alert(25) ) · [ent](&#106;avascript:alert(26))

![x](javascript:alert(27)) ![tracker](https://example.com/pixel.gif)
![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMjgpPjwvc3ZnPg==)
<img src=x onerror=alert(29)> <IMG SRC="jav&#x09;ascript:alert(30);">

```python
import torch  # PyTorch in use <script>window.__pwned = 31</script>
import pandas as pd
```

## Skills
- Python, Docker, scikit-learn {INJECTIONS[6]}
- [link](https://example.com/"onmouseover="window.__pwned=32)
"""


# --------------------------------------------------------------------------- PDF writers


def _pdf_bytes(
    pages: list[list[str]],
    *,
    pagesize: tuple[float, float] = (612, 792),
    encrypt: StandardEncryption | None = None,
    links: tuple[str, ...] = (),
) -> bytes:
    """Return a text PDF with one page per list of lines, optionally encrypted or with links."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesize, encrypt=encrypt)
    width, height = pagesize
    for lines in pages:
        canvas.setFont("Helvetica", 10)
        y = height - 72
        for line in lines:
            canvas.drawString(72, y, line)
            y -= 14
        for index, url in enumerate(links):
            box = (72, 40 + 14 * index, 300, 52 + 14 * index)
            canvas.drawString(72, 42 + 14 * index, f"link {index}")
            canvas.linkURL(url, box, relative=0)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _image_only_pdf() -> bytes:
    """Return a PDF whose only content is a raster picture of resume text (no text layer)."""
    picture = Image.new("L", (1275, 1650), color=255)
    draw = ImageDraw.Draw(picture)
    for row, line in enumerate(RESUME_TEXT.splitlines()):
        draw.text((100, 100 + 28 * row), line, fill=0)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(612, 792))
    canvas.drawImage(ImageReader(picture), 0, 0, width=612, height=792)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _raw_pdf(objects: list[bytes]) -> bytes:
    """Return a PDF file built from numbered object bodies (1-based), catalog first."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_at,
    )
    return bytes(out)


def _text_stream(text: str) -> bytes:
    """Return a content-stream object that shows ``text`` in Helvetica at the top of a page."""
    content = b"BT /F1 12 Tf 72 720 Td (" + text.encode("latin-1") + b") Tj ET"
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _nested_pages_pdf(depth: int) -> bytes:
    """Return a PDF whose page tree is a chain of ``depth`` /Pages nodes above one page."""
    # Objects: 1 catalog, 2 font, 3 content, 4 .. 4+depth-1 Pages chain, then the Page.
    first_pages = 4
    page_number = first_pages + depth
    objects = [
        b"<< /Type /Catalog /Pages %d 0 R >>" % first_pages,
        _FONT,
        _text_stream("Python PyTorch SQL machine learning"),
    ]
    for level in range(depth):
        number = first_pages + level
        parent = b"" if level == 0 else b" /Parent %d 0 R" % (number - 1)
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (number + 1, parent))
    objects.append(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 2 0 R >> >> /Contents 3 0 R >>" % (page_number - 1)
    )
    return _raw_pdf(objects)


def _nested_arrays_pdf(depth: int) -> bytes:
    """Return a one-page PDF whose page dictionary holds arrays and dicts nested ``depth`` deep."""
    arrays = b"[" * depth + b"]" * depth
    dicts = b"<< /A " * (depth // 10) + b"1" + b" >>" * (depth // 10)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep "
        + arrays
        + b" /Deeper "
        + dicts
        + b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        _FONT,
        _text_stream("Python PyTorch SQL machine learning"),
    ]
    return _raw_pdf(objects)


def _glyph_bomb_pdf() -> bytes:
    """Return a tiny one-page PDF whose compressed content stream shows millions of glyphs."""
    content = (
        b"BT /F1 2 Tf 10 780 Td "
        + b"(Python PyTorch pandas SQL Docker ) Tj 0 -2 Td " * GLYPH_BOMB_REPEATS
        + b"ET"
    )
    packed = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        _FONT,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
    ]
    return _raw_pdf(objects)


# --------------------------------------------------------------------------- DOCX writers

#: Entity definitions that expand to a billion "lol"s if a parser resolves them.
_LAUGHS = "".join(f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(2, 10))
DOCX_BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY lol1 "lol">' + _LAUGHS + "]>"
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>Python &lol9;</w:t></w:r></w:p></w:body></w:document>"
)
#: An external entity that would pull a local file into the text if resolved.
DOCX_EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>Python PyTorch &secret;</w:t></w:r></w:p></w:body></w:document>"
)


def _docx_bytes(lines: list[str]) -> bytes:
    """Return a .docx with one paragraph per line (python-docx, a resumefit dependency)."""
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx_with_parts(parts: dict[str, bytes]) -> bytes:
    """Return a valid one-paragraph .docx with ``parts`` (zip member -> bytes) put in."""
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes(["placeholder"])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename not in parts:
                archive.writestr(info.filename, source.read(info.filename))
        for name, body in parts.items():
            archive.writestr(name, body)
    return buffer.getvalue()


def _docx_with_body(xml: str) -> bytes:
    """Return a .docx whose word/document.xml is ``xml``."""
    return _docx_with_parts({"word/document.xml": xml.encode("utf-8")})


def _docx_zip_bomb() -> bytes:
    """Return a .docx with a member that inflates from about 200 KB to 200 MB."""
    return _docx_with_parts({"word/padding.xml": b" " * (200 * 1024 * 1024)})


# --------------------------------------------------------------------------- text writers


def _control_text() -> str:
    """Return resume text salted with control characters, bidi marks, emoji and long lines."""
    controls = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\n\r\t")
    long_line = ("Python PyTorch pandas " * (LONG_LINE_CHARS // 22 + 1))[:LONG_LINE_CHARS]
    bidi = "\u202eSQL\u202c \u200fعربي\u200f \u2066Docker\u2069 \u200b\u200d\ufeff"
    emoji = "🐍 Python 🔥 PyTorch 👩🏽‍💻 🇨🇭 \U0001f600"
    return (
        RESUME_TEXT
        + f"\nOther\n{controls} Git {controls}\n{bidi}\n{emoji}\n{long_line}\n"
        + "x" * LONG_LINE_CHARS
        + "\n\u2028line separator\u2029paragraph separator\x85next line\n"
    )


def _huge_text() -> bytes:
    """Return about HUGE_TEXT_BYTES of resume-like text (the resume repeated)."""
    block = RESUME_TEXT.encode("utf-8")
    return block * (HUGE_TEXT_BYTES // len(block) + 1)


def _truncated_pdf() -> bytes:
    whole = _pdf_bytes([RESUME_TEXT.splitlines()])
    return whole[: len(whole) // 2]


def _corrupt_pdf() -> bytes:
    # A real header and trailer around bytes that are no PDF syntax at all.
    whole = _pdf_bytes([RESUME_TEXT.splitlines()])
    middle = bytes((i * 97 + 13) % 256 for i in range(len(whole) - 200))
    return whole[:40] + middle + whole[-160:]


def _many_pages_pdf() -> bytes:
    lines = RESUME_TEXT.splitlines()
    return _pdf_bytes([[f"Page {n}", *lines] for n in range(1, MANY_PAGES + 1)])


#: Every case: file name -> function returning its bytes. Names say what the file is.
SMALL_CASES: dict[str, Callable[[], bytes]] = {
    # Controls: ordinary resumes, so a test can tell a broken file from a broken pipeline.
    "plain-resume.pdf": lambda: _pdf_bytes([RESUME_TEXT.splitlines()]),
    "plain-resume.txt": lambda: RESUME_TEXT.encode("utf-8"),
    "empty.pdf": lambda: b"",
    "empty.txt": lambda: b"",
    "truncated.pdf": _truncated_pdf,
    "corrupt.pdf": _corrupt_pdf,
    "text-renamed.pdf": lambda: RESUME_TEXT.encode("utf-8"),
    "encrypted-empty-password.pdf": lambda: _pdf_bytes(
        [RESUME_TEXT.splitlines()], encrypt=StandardEncryption("", ownerPassword="owner-only")
    ),
    "encrypted-password.pdf": lambda: _pdf_bytes(
        [RESUME_TEXT.splitlines()],
        encrypt=StandardEncryption(LOCKED_PASSWORD, ownerPassword="owner-only"),
    ),
    "image-only.pdf": _image_only_pdf,
    "huge-page.pdf": lambda: _pdf_bytes(
        [RESUME_TEXT.splitlines()], pagesize=(HUGE_PAGE_POINTS, HUGE_PAGE_POINTS)
    ),
    "nested-pages.pdf": lambda: _nested_pages_pdf(NESTED_PAGES_DEPTH),
    "nested-arrays.pdf": lambda: _nested_arrays_pdf(NESTED_ARRAY_DEPTH),
    "glyph-bomb.pdf": _glyph_bomb_pdf,
    "cp1252.txt": lambda: RESUME_TEXT.replace("-", "\u2013").encode("cp1252"),
    "latin1.txt": lambda: RESUME_TEXT.encode("latin-1"),
    "utf16-no-bom.txt": lambda: RESUME_TEXT.encode("utf-16-le"),
    "nul-bytes.txt": lambda: RESUME_TEXT.replace("\n\n", "\n\x00\n").encode("utf-8"),
    "control-chars.txt": lambda: _control_text().encode("utf-8"),
    "hostile-resume.txt": lambda: HOSTILE_RESUME_TEXT.encode("utf-8"),
    "hostile-resume.md": lambda: HOSTILE_RESUME_TEXT.encode("utf-8"),
    "hostile-resume.pdf": lambda: _pdf_bytes(
        [HOSTILE_RESUME_TEXT.splitlines()],
        links=(
            "javascript:window.__pwned=40",
            "data:text/html,<script>alert(41)</script>",
            "https://example.com/ok",
        ),
    ),
    "hostile-readme.md": lambda: HOSTILE_README.encode("utf-8"),
    "hostile-resume.docx": lambda: _docx_bytes(HOSTILE_RESUME_TEXT.splitlines()),
    "text-renamed.docx": lambda: RESUME_TEXT.encode("utf-8") + b"\n(renamed)",
    "malformed-xml.docx": lambda: _docx_with_body("<w:document><w:body><unclosed"),
    "billion-laughs.docx": lambda: _docx_with_body(DOCX_BILLION_LAUGHS),
    "external-entity.docx": lambda: _docx_with_body(DOCX_EXTERNAL_ENTITY),
    "zip-bomb.docx": _docx_zip_bomb,
}

LARGE_CASES: dict[str, Callable[[], bytes]] = {
    "many-pages.pdf": _many_pages_pdf,
    "huge-text.txt": _huge_text,
}


def make_corpus(out_dir: Path, *, large: bool) -> dict[str, Path]:
    """Write the hostile corpus into ``out_dir``; return file name -> path for every case.

    ``large`` adds the 500-page PDF and the 20 MB text file (slow to write and to test).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    cases = {**SMALL_CASES, **(LARGE_CASES if large else {})}
    written = {}
    for name, make in cases.items():
        path = out_dir / name
        path.write_bytes(make())
        written[name] = path
    return written


def main(argv: list[str] | None = None) -> int:
    """Write the corpus to the folder named on the command line; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--large", action="store_true", help="add the 500-page and 20 MB files")
    args = parser.parse_args(argv)
    for name, path in make_corpus(args.out_dir, large=args.large).items():
        print(f"{path.stat().st_size:>10}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
