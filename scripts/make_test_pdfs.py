"""Write the small PDFs the ingest tests read, each named after the problem it reproduces.

    python3 scripts/make_test_pdfs.py [OUT_DIR]     (default: tests/data/pdf/)

Needs reportlab (a test dependency) and the DejaVu Sans TTF (Debian fonts-dejavu-core), whose
ligature glyphs (U+FB01 "fi" and friends) the standard PDF fonts do not have. Output is
deterministic (reportlab invariant mode), so re-running it leaves the committed files unchanged.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1  # fixed IDs and dates: byte-identical output on every run

OUT_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
# The standard fonts keep most fixtures to a few KB; DejaVu is embedded only where
# ligature and bullet glyphs outside WinAnsi are needed.
SANS, SANS_BOLD = "Helvetica", "Helvetica-Bold"
UNI, UNI_BOLD = "DejaVuSans", "DejaVuSans-Bold"
WIDTH, HEIGHT = LETTER
MARGIN = 54.0
BODY_SIZE = 10.0
LEADING = 13.0


def register_fonts() -> None:
    """Register DejaVu Sans regular and bold with reportlab."""
    pdfmetrics.registerFont(TTFont(UNI, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(UNI_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))


def heading(
    canvas: Canvas, x: float, y: float, text: str, size: float = 13.0, font: str = SANS_BOLD
) -> float:
    """Draw a bold heading; return the y of the next line."""
    canvas.setFont(font, size)
    canvas.drawString(x, y, text)
    return y - size * 1.5


def body_lines(canvas: Canvas, x: float, y: float, lines: list[str], font: str = SANS) -> float:
    """Draw body-text lines; return the y of the next line."""
    canvas.setFont(font, BODY_SIZE)
    for line in lines:
        canvas.drawString(x, y, line)
        y -= LEADING
    return y - 6


def one_column_bullets_ligatures_hyphenation(path: Path) -> None:
    """One column: bullets, ligature glyphs, words hyphenated across line ends."""
    canvas = Canvas(str(path), pagesize=LETTER)
    canvas.setFont(UNI_BOLD, 22)
    canvas.drawString(MARGIN, HEIGHT - 72, "Ada Example")
    y = body_lines(canvas, MARGIN, HEIGHT - 92, ["ada@example.org | github.com/ada-example"], UNI)
    link_box = (MARGIN + 100, HEIGHT - 96, MARGIN + 230, HEIGHT - 82)
    canvas.linkURL("https://github.com/ada-example", link_box)
    y = heading(canvas, MARGIN, y - 6, "Summary", font=UNI_BOLD)
    y = body_lines(
        canvas,
        MARGIN,
        y,
        [
            "Student in computer science with an interest in e\ufb03cient and",
            "e\ufb00ortless tools for scienti\ufb01c data; a self-",
            "motivated learner who enjoys devel-",
            "opment of reliable data pipelines.",
        ],
        UNI,
    )
    y = heading(canvas, MARGIN, y, "Skills", font=UNI_BOLD)
    y = body_lines(
        canvas,
        MARGIN,
        y,
        [
            "\u2022 Python, NumPy, pandas, scikit-learn",
            "\u25cf PyTorch and TensorFlow for deep learning",
            "\u25aa SQL, Git, Docker, Linux",
        ],
        UNI,
    )
    y = heading(canvas, MARGIN, y, "Experience", font=UNI_BOLD)
    y = body_lines(
        canvas,
        MARGIN,
        y,
        [
            "Data Science Intern, Example Labs" + " " * 60 + "Jun 2025 - Aug 2025",
            "\u2022 Built a classi\ufb01cation model in PyTorch that \ufb02agged faulty sensors.",
            "\u2022 Wrote \ufb00t-based feature extraction and o\ufb04ine reports.",
        ],
        UNI,
    )
    y = heading(canvas, MARGIN, y, "Education", font=UNI_BOLD)
    body_lines(
        canvas, MARGIN, y, ["B.Sc. Computer Science, Example University, expected 2026"], UNI
    )
    canvas.save()


def two_columns_sidebar(path: Path) -> None:
    """Two columns: a narrow left sidebar (skills, education) and a wide right column."""
    canvas = Canvas(str(path), pagesize=LETTER)
    canvas.setFont(SANS_BOLD, 22)
    canvas.drawString(MARGIN, HEIGHT - 72, "Grace Sample")
    body_lines(canvas, MARGIN, HEIGHT - 92, ["grace@example.org | +1 555 0100 | Berlin"])
    left, right = MARGIN, MARGIN + 190
    y = heading(canvas, left, HEIGHT - 130, "SKILLS")
    y = body_lines(
        canvas,
        left,
        y,
        ["Python", "C++ and CUDA", "OpenCV", "PyTorch", "Kubernetes", "Statistics"],
    )
    y = heading(canvas, left, y, "EDUCATION")
    body_lines(canvas, left, y, ["M.Sc. Robotics", "Example Technical", "University, 2024"])
    # Lines in the right column sit between the left column's baselines, as in real layouts.
    y = heading(canvas, right, HEIGHT - 136, "EXPERIENCE")
    y = body_lines(
        canvas,
        right,
        y,
        [
            "Computer Vision Engineer, Sample Robotics",
            "Trained detection models for warehouse robots",
            "and cut inference latency by 40 percent.",
            "Maintained the labelling pipeline and its tests.",
            "Research Assistant, Example University",
            "Published two papers on visual odometry.",
        ],
    )
    y = heading(canvas, right, y, "PROJECTS")
    body_lines(canvas, right, y, ["Open-source depth estimation toolkit in PyTorch."])
    canvas.save()


def draw_glyph_by_glyph(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, kern: float
) -> None:
    """Draw ``text`` one glyph at a time, like TeX: words get a gap but no space character."""
    canvas.setFont(font, size)
    space = pdfmetrics.stringWidth(" ", font, size)
    for word in text.split(" "):
        for ch in word:
            canvas.drawString(x, y, ch)
            x += pdfmetrics.stringWidth(ch, font, size) + kern
        x += space - kern


def latex_like_kerned_glyphs(path: Path) -> None:
    """Glyphs placed one by one with tight (negative) kerning and no space characters."""
    canvas = Canvas(str(path), pagesize=LETTER)
    y = HEIGHT - 72
    draw_glyph_by_glyph(canvas, MARGIN, y, "Linus Placeholder", SANS_BOLD, 20, -0.6)
    y -= 40
    draw_glyph_by_glyph(canvas, MARGIN, y, "EXPERIENCE", SANS_BOLD, 12, -0.4)
    y -= 20
    for line in [
        "Led and shipped the ranking service for the search team.",
        "Wrote and reviewed TypeScript, Python and Scala code every week.",
        "Tuned AVAILABILITY dashboards; WAVE TOWARDS typography kerning.",
        "Kept latency budgets under forty milliseconds at peak traffic.",
    ]:
        draw_glyph_by_glyph(canvas, MARGIN, y, line, SANS, BODY_SIZE, -0.35)
        y -= LEADING
    y -= 10
    draw_glyph_by_glyph(canvas, MARGIN, y, "EDUCATION", SANS_BOLD, 12, -0.4)
    y -= 20
    draw_glyph_by_glyph(canvas, MARGIN, y, "Bachelor of Science in Physics", SANS, 10, -0.35)
    canvas.save()


def livecareer_like_no_space_chars(path: Path) -> None:
    """Words placed with gaps but no space characters, as HTML-to-PDF converters do."""
    canvas = Canvas(str(path), pagesize=LETTER)
    y = HEIGHT - 72

    def words(line: str, font: str, size: float) -> None:
        canvas.setFont(font, size)
        x = MARGIN
        gap = pdfmetrics.stringWidth(" ", font, size)
        for word in line.split(" "):
            canvas.drawString(x, y, word)
            x += pdfmetrics.stringWidth(word, font, size) + gap

    words("Morgan Template", SANS_BOLD, 18)
    y -= 34
    words("Skills", SANS_BOLD, 13)
    y -= 18
    for line in [
        "Capable Accountant successful at managing multiple projects of staff and chief officers",
        "Microsoft Excel, QuickBooks, SAP and financial reporting of all kinds",
    ]:
        words(line, SANS, BODY_SIZE)
        y -= LEADING
    y -= 8
    words("Experience", SANS_BOLD, 13)
    y -= 18
    for line in [
        "Staff Accountant at Company Name, City, State, Jan 2019 to Current",
        "Prepared monthly reports of staff expenses and off-cycle payroll for all offices",
        "Reconciled accounts of chef teams in the staff cafeteria with half of the budget",
    ]:
        words(line, SANS, BODY_SIZE)
        y -= LEADING
    canvas.save()


def icon_actual_text_contact_line(path: Path) -> None:
    """Contact icons whose ActualText ("tel:...") spans the icon and the text drawn after it.

    LaTeX's accsupp (Awesome-CV) writes such spans; pdfium then reads the ActualText in
    place of the drawn glyphs, squeezed into the icon's box.
    """
    canvas = Canvas(str(path), pagesize=LETTER)
    canvas.setFont(UNI_BOLD, 18)
    canvas.drawString(MARGIN, HEIGHT - 72, "Jordan Example")
    x, y = MARGIN, HEIGHT - 96
    for icon, label, text in [
        ("\u260e", "tel:", "(+1) 555-0100"),
        ("\u2709", "mailto:", "jordan@example.org"),
        ("\u2302", "homepage: ", "www.jordan-example.org"),
    ]:
        canvas.addLiteral(f"/Span <</ActualText ({label}{text})>> BDC")
        canvas.setFont(UNI, 12)
        canvas.drawString(x, y, icon)
        x += pdfmetrics.stringWidth(icon, UNI, 12) + 4
        canvas.setFont(UNI, BODY_SIZE)
        canvas.drawString(x, y, text)
        x += pdfmetrics.stringWidth(text, UNI, BODY_SIZE) + 8
        canvas.addLiteral("EMC")
    y = heading(canvas, MARGIN, y - 24, "Experience", font=UNI_BOLD)
    body_lines(
        canvas,
        MARGIN,
        y,
        [
            "Support engineer at Example Telecom, answering calls and e-mail tickets",
            "Wrote runbooks for the phone system and the customer portal",
        ],
        UNI,
    )
    canvas.save()


def encrypted(path: Path, user_password: str) -> None:
    """A short resume encrypted with ``user_password`` (owner password "owner-secret")."""
    canvas = Canvas(
        str(path),
        pagesize=LETTER,
        encrypt=_encryption(user_password),
    )
    canvas.setFont(SANS_BOLD, 16)
    canvas.drawString(MARGIN, HEIGHT - 72, "Encrypted Resume")
    body_lines(canvas, MARGIN, HEIGHT - 100, ["Skills: Python, SQL"])
    canvas.save()


def _encryption(user_password: str) -> object:
    from reportlab.lib.pdfencrypt import StandardEncryption

    return StandardEncryption(user_password, ownerPassword="owner-secret", strength=128)


def image_only_scan(path: Path) -> None:
    """A page with only an image on it (a scan with no text layer)."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (200, 100), 255)
    draw = ImageDraw.Draw(image)
    for row in range(10, 90, 12):
        draw.line((10, row, 190, row), fill=0, width=3)
    canvas = Canvas(str(path), pagesize=LETTER)
    canvas.drawImage(ImageReader(image), MARGIN, HEIGHT - 300, width=400, height=200)
    canvas.save()


def three_pages(path: Path) -> None:
    """Three short pages, for the page limit and the page map."""
    canvas = Canvas(str(path), pagesize=LETTER)
    for number, (title, line) in enumerate(
        [
            ("Experience", "Analyst at Example Bank, 2021 to 2024"),
            ("Projects", "Forecasting dashboard in Python"),
            ("Education", "B.A. Economics, 2021"),
        ],
        start=1,
    ):
        y = heading(canvas, MARGIN, HEIGHT - 72, title)
        body_lines(canvas, MARGIN, y, [line, f"Page {number}"])
        canvas.showPage()
    canvas.save()


def truncated(path: Path, source: Path) -> None:
    """The first 40% of a valid PDF, as a failed download leaves it."""
    data = source.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 5])


def not_a_pdf_renamed(path: Path) -> None:
    """A text file saved with a .pdf name."""
    path.write_text("Jane Doe\nSkills: Python\n", encoding="utf-8")


FIXTURES: dict[str, Callable[[Path], None]] = {
    "one_column_bullets_ligatures_hyphenation.pdf": one_column_bullets_ligatures_hyphenation,
    "two_columns_sidebar.pdf": two_columns_sidebar,
    "latex_like_kerned_glyphs.pdf": latex_like_kerned_glyphs,
    "livecareer_like_no_space_chars.pdf": livecareer_like_no_space_chars,
    "icon_actual_text_contact_line.pdf": icon_actual_text_contact_line,
    "encrypted_empty_user_password.pdf": lambda p: encrypted(p, ""),
    "encrypted_user_password.pdf": lambda p: encrypted(p, "user-secret"),
    "image_only_scan.pdf": image_only_scan,
    "three_pages.pdf": three_pages,
    "not_a_pdf_renamed.pdf": not_a_pdf_renamed,
}


def main(argv: list[str] | None = None) -> int:
    """Write every fixture into OUT_DIR; print each path."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else OUT_DIR
    out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    for name, make in FIXTURES.items():
        make(out / name)
        print(out / name)
    truncated(out / "truncated_download.pdf", out / "one_column_bullets_ligatures_hyphenation.pdf")
    print(out / "truncated_download.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
