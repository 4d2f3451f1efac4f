"""Write the example resumes in ``examples/`` (PDF, reportlab) and, on request, their reports.

    python scripts/make_examples.py                  # the PDFs only
    python scripts/make_examples.py --write-reports  # the PDFs, then examples/reports/*.html|json
    python scripts/make_examples.py --write-reports --screenshot  # and docs/report.png

Every person, employer detail, e-mail and phone number here is invented (phone numbers use
the 555-01xx range reserved for fiction, e-mails the example.* domains). The PDFs are built
with reportlab's invariant mode, so running the script twice gives the same bytes (and the
same sha256 in the reports).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
)

EXAMPLES_DIR = Path(__file__).resolve().parents[1] / "examples"
REPORTS_DIR = EXAMPLES_DIR / "reports"
SCREENSHOT = EXAMPLES_DIR.parent / "docs" / "report.png"
REPORT_SCHEMA = EXAMPLES_DIR.parent / "docs" / "report.schema.json"
#: The example whose HTML report the README shows, and the browser window it is taken in.
SCREENSHOT_EXAMPLE = "ml-intern-student"
SCREENSHOT_WINDOW = "1200,2500"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)

#: Body and heading type, in points.
BODY_SIZE = 10
HEADING_SIZE = 12.5
NAME_SIZE = 20
MARGIN = 0.6 * inch

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=BODY_SIZE, leading=13)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=12, bulletIndent=2, spaceBefore=1)
ENTRY = ParagraphStyle("entry", parent=BODY, fontName="Helvetica-Bold", spaceBefore=5)
HEADING = ParagraphStyle(
    "heading",
    fontName="Helvetica-Bold",
    fontSize=HEADING_SIZE,
    leading=16,
    spaceBefore=9,
    spaceAfter=2,
    textColor=colors.HexColor("#1f3a5f"),
)
NAME = ParagraphStyle(
    "name", fontName="Helvetica-Bold", fontSize=NAME_SIZE, leading=24, alignment=TA_CENTER
)
CONTACT = ParagraphStyle("contact", parent=BODY, alignment=TA_CENTER, spaceAfter=4)
SIDEBAR_NAME = ParagraphStyle("sidebar-name", parent=NAME, alignment=0, fontSize=17, leading=21)
SIDEBAR_CONTACT = ParagraphStyle("sidebar-contact", parent=BODY, fontSize=9, leading=12)


@dataclass
class Entry:
    """A dated line (job, project, degree) with its bullets."""

    title: str
    when: str = ""
    bullets: list[str] = field(default_factory=list)


@dataclass
class Section:
    """A resume section: a heading, then paragraphs and entries."""

    heading: str
    lines: list[str] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Resume:
    """One invented person's resume; ``sidebar`` sections go in the left column if two-column."""

    stem: str
    name: str
    contact: list[str]
    sections: list[Section]
    sidebar: list[Section] = field(default_factory=list)


def _section_flowables(section: Section) -> list[Flowable]:
    flowables: list[Flowable] = [
        Paragraph(section.heading.upper(), HEADING),
        HRFlowable(width="100%", thickness=0.6, color=colors.HexColor("#9aa9bd"), spaceAfter=3),
    ]
    flowables += [Paragraph(line, BODY) for line in section.lines]
    for entry in section.entries:
        title = entry.title + (
            f" <font name='Helvetica'>| {entry.when}</font>" if entry.when else ""
        )
        flowables.append(Paragraph(title, ENTRY))
        flowables += [Paragraph(bullet, BULLET, bulletText="\u2022") for bullet in entry.bullets]
    return flowables


def write_pdf(resume: Resume, path: Path) -> None:
    """Write ``resume`` to ``path``: one column, or a sidebar and a main column."""
    width, height = LETTER
    document = BaseDocTemplate(
        str(path),
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"Resume: {resume.name}",
        author=resume.name,
        invariant=True,
    )
    story: list[Flowable] = []
    if resume.sidebar:
        gap = 0.3 * inch
        side_width = 2.3 * inch
        inner_height = height - 2 * MARGIN
        side = Frame(MARGIN, MARGIN, side_width, inner_height, id="side", showBoundary=0)
        main_x = MARGIN + side_width + gap
        main = Frame(main_x, MARGIN, width - main_x - MARGIN, inner_height, id="main")
        document.addPageTemplates([PageTemplate(id="two-column", frames=[side, main])])
        story.append(Paragraph(resume.name, SIDEBAR_NAME))
        story += [Paragraph(line, SIDEBAR_CONTACT) for line in resume.contact]
        for section in resume.sidebar:
            story += _section_flowables(section)
        story.append(FrameBreak())
    else:
        frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="body")
        document.addPageTemplates([PageTemplate(id="one-column", frames=[frame])])
        story.append(Paragraph(resume.name, NAME))
        story.append(Paragraph(" | ".join(resume.contact), CONTACT))
        story.append(Spacer(1, 4))
    for section in resume.sections:
        story += _section_flowables(section)
    document.build(story)


ML_INTERN = Resume(
    stem="ml-intern-student",
    name="Maya Okonkwo-Lind",
    contact=[
        "maya.lind@example.edu",
        "(555) 010-4471",
        "github.com/mayalind-example",
        "Columbus, OH",
    ],
    sections=[
        Section(
            "Summary",
            [
                "Final-year computer science student looking for a machine learning internship "
                "or co-op in spring 2027. I like turning messy data into models that people can "
                "use, and I work well in small teams."
            ],
        ),
        Section(
            "Education",
            entries=[
                Entry(
                    "B.S. in Computer Science, Ohio Valley State University",
                    "Expected May 2027",
                    [
                        "GPA 3.7/4.0. Minor in Mathematics.",
                        "Coursework: Machine Learning, Linear Algebra, Probability and "
                        "Statistics, Data Structures and Algorithms, Calculus III.",
                    ],
                )
            ],
        ),
        Section(
            "Projects",
            entries=[
                Entry(
                    "Leaf disease classifier",
                    "Jan 2025 - Apr 2025",
                    [
                        "Fine-tuned a ResNet-18 convolutional neural network in PyTorch on "
                        "12,000 leaf photos; reached 94% validation accuracy.",
                        "Wrote the data augmentation and training loop with torchvision and "
                        "tracked experiments in a shared Git repository.",
                    ],
                ),
                Entry(
                    "Kaggle: Store Sales Time Series Forecasting",
                    "Fall 2024",
                    [
                        "Built features with pandas and NumPy and trained gradient-boosted trees "
                        "with XGBoost; finished in the top 15% of 600 teams.",
                        "Compared models with cross-validation and plotted residuals with "
                        "Matplotlib to find holiday effects.",
                    ],
                ),
                Entry(
                    "Course-review sentiment app",
                    "Summer 2024",
                    [
                        "Trained a logistic regression baseline with scikit-learn on 8,000 "
                        "student reviews and served it with a small Flask REST API.",
                    ],
                ),
            ],
        ),
        Section(
            "Experience",
            entries=[
                Entry(
                    "Undergraduate Teaching Assistant, Intro to Programming (Python)",
                    "Aug 2024 - Present",
                    [
                        "Lead two weekly lab sections of 25 students and explain debugging "
                        "strategies one on one; strong communication with students and faculty.",
                    ],
                ),
                Entry(
                    "Hackathon team lead, RiverHacks 2024",
                    "Oct 2024",
                    [
                        "Led a team of four to build a campus bus-delay predictor in 24 hours; "
                        "won second place.",
                    ],
                ),
            ],
        ),
        Section(
            "Skills",
            [
                "<b>Languages:</b> Python, Java, SQL, C",
                "<b>ML and data:</b> PyTorch, scikit-learn, XGBoost, pandas, NumPy, Matplotlib",
                "<b>Tools:</b> Git, GitHub, Linux, Jupyter",
            ],
        ),
    ],
)

CAREER_CHANGER = Resume(
    stem="career-changer-accountant",
    name="Daniel Ferreira-Holt",
    contact=[
        "d.ferreira.holt@example.com",
        "(555) 010-2290",
        "linkedin.com/in/dferreiraholt-example",
        "Denver, CO",
    ],
    sections=[
        Section(
            "Summary",
            [
                "Certified public accountant with seven years of financial reporting moving "
                "into data analysis. I automate reporting with Python and SQL and explain the "
                "numbers to people who do not read spreadsheets for fun."
            ],
        ),
        Section(
            "Experience",
            entries=[
                Entry(
                    "Senior Accountant, Halvorsen Freight Partners",
                    "Mar 2019 - Present",
                    [
                        "Replaced a 40-tab Excel month-end close with Python and pandas scripts "
                        "that reconcile 90,000 ledger lines, cutting the close from six days to "
                        "three.",
                        "Wrote SQL queries against the ERP's PostgreSQL database to build "
                        "variance reports for regional managers.",
                        "Built Tableau dashboards of freight margin by lane that the finance "
                        "director presents every quarter.",
                        "Ran a regression analysis of fuel surcharges against diesel prices "
                        "to support the 2023 pricing change.",
                    ],
                ),
                Entry(
                    "Staff Accountant, Brightwater CPAs",
                    "Jul 2016 - Feb 2019",
                    [
                        "Prepared audit workpapers for 30 small-business clients and "
                        "presented findings to client owners.",
                    ],
                ),
            ],
        ),
        Section(
            "Projects",
            entries=[
                Entry(
                    "Customer churn analysis (capstone, Data Analytics Certificate)",
                    "2024",
                    [
                        "Cleaned a 50,000-row subscription data set, engineered tenure "
                        "features and trained a random forest with scikit-learn (AUC 0.84).",
                        "Wrote up the statistics behind an A/B test of reminder e-mails and "
                        "visualized results with Seaborn.",
                    ],
                )
            ],
        ),
        Section(
            "Education",
            entries=[
                Entry("Data Analytics Certificate, Front Range Community College", "2024"),
                Entry("B.S. in Accounting, University of Northern Plains", "2016"),
            ],
        ),
        Section(
            "Certifications",
            ["Certified Public Accountant (CPA), Colorado, 2018"],
        ),
        Section(
            "Skills",
            [
                "Python, SQL, Excel, Tableau, pandas, scikit-learn, statistics, data "
                "visualization, communication, attention to detail",
            ],
        ),
    ],
)

CV_ENGINEER = Resume(
    stem="computer-vision-engineer",
    name="Kenji Marlowe",
    contact=[
        "kenji.marlowe@example.net",
        "(555) 010-7713",
        "github.com/kmarlowe-example",
        "Pittsburgh, PA",
    ],
    sections=[
        Section(
            "Summary",
            [
                "Computer vision engineer with five years of building and deploying detection "
                "and segmentation models on edge devices and in the cloud."
            ],
        ),
        Section(
            "Experience",
            entries=[
                Entry(
                    "Computer Vision Engineer, Northgate Robotics",
                    "Jun 2021 - Present",
                    [
                        "Trained YOLO-style object detectors in PyTorch for warehouse robots and "
                        "cut false stops by 38% after a data-labelling review.",
                        "Exported models to ONNX and TensorRT and deployed them in Docker "
                        "containers on NVIDIA Jetson devices running Linux.",
                        "Built an image preprocessing pipeline with OpenCV for lens "
                        "undistortion and camera calibration across 200 robots.",
                        "Set up model monitoring dashboards and a CI/CD pipeline with GitHub "
                        "Actions that runs accuracy regression tests on every merge.",
                    ],
                ),
                Entry(
                    "Machine Learning Engineer, Lumen Retail Analytics",
                    "Jul 2019 - May 2021",
                    [
                        "Served a shelf-segmentation model on AWS with a REST API on Kubernetes, "
                        "handling 2 million images per day.",
                        "Wrote data augmentation for semantic segmentation with NumPy and "
                        "TensorFlow; mentored two junior engineers.",
                    ],
                ),
            ],
        ),
        Section(
            "Projects",
            entries=[
                Entry(
                    "Open-source contribution: image augmentation library",
                    "2023",
                    [
                        "Contributed a perspective-warp transform and its tests to an "
                        "open-source augmentation library (merged pull request).",
                    ],
                )
            ],
        ),
        Section(
            "Education",
            entries=[
                Entry(
                    "M.S. in Robotics, Carnegie Hill Institute of Technology",
                    "2019",
                    ["Thesis on 3D pose estimation from stereo cameras."],
                ),
                Entry("B.S. in Electrical Engineering, Lakeshore University", "2017"),
            ],
        ),
        Section(
            "Skills",
            [
                "<b>Vision:</b> OpenCV, image segmentation, object detection, camera calibration",
                "<b>ML:</b> PyTorch, TensorFlow, ONNX, TensorRT, CUDA",
                "<b>Engineering:</b> Python, C++, Docker, Kubernetes, AWS, Git, Linux",
            ],
        ),
    ],
)

TWO_COLUMN = Resume(
    stem="two-column-data-scientist",
    name="Sofia Brandt-Achebe",
    contact=[
        "sofia.ba@example.org",
        "(555) 010-3358",
        "github.com/sofiaba-example",
        "Minneapolis, MN",
    ],
    sidebar=[
        Section(
            "Skills",
            [
                "Python, R, SQL",
                "pandas, NumPy, scikit-learn",
                "PyTorch, Hugging Face Transformers",
                "spaCy, NLTK",
                "Spark, Airflow",
                "Docker, GCP, Git",
                "Statistics, A/B testing",
            ],
        ),
        Section(
            "Education",
            entries=[
                Entry("M.S. in Statistics", "2021", ["University of the Lakes"]),
                Entry("B.A. in Mathematics", "2019", ["Prairie College"]),
            ],
        ),
        Section(
            "Awards",
            ["Best Paper, Midwest Applied NLP Workshop 2022", "Dean's List, 2017-2019"],
        ),
    ],
    sections=[
        Section(
            "Experience",
            entries=[
                Entry(
                    "Data Scientist, Cedar Health Network",
                    "Aug 2021 - Present",
                    [
                        "Fine-tuned a BERT model with Hugging Face Transformers to route 30,000 "
                        "patient messages a month, cutting response time by a day.",
                        "Designed A/B tests for appointment reminders and analysed them with "
                        "Bayesian statistics in R.",
                        "Built Spark jobs on GCP that prepare clinical features for 12 models; "
                        "wrote the team's feature engineering guide.",
                        "Present monthly results to clinical leadership and collaborate with "
                        "nurses to label training data.",
                    ],
                ),
                Entry(
                    "Data Science Intern, Twin Rivers Insurance",
                    "Jun 2020 - Aug 2020",
                    [
                        "Trained gradient boosting models in scikit-learn to flag duplicate "
                        "claims; precision 0.91 on a held-out quarter.",
                    ],
                ),
            ],
        ),
        Section(
            "Projects",
            entries=[
                Entry(
                    "Clinical abbreviation expander",
                    "2022",
                    [
                        "Built a spaCy pipeline with rule-based matching and a PyTorch "
                        "classifier; published at a regional NLP workshop.",
                    ],
                ),
                Entry(
                    "Open data dashboards",
                    "2020",
                    [
                        "Volunteered data visualization for a city food-bank network with "
                        "Python and Plotly.",
                    ],
                ),
            ],
        ),
        Section(
            "Publications",
            [
                "S. Brandt-Achebe, R. Iyer. Expanding clinical abbreviations with weak "
                "supervision. Midwest Applied NLP Workshop, 2022.",
            ],
        ),
    ],
)

EXAMPLES = (ML_INTERN, CAREER_CHANGER, CV_ENGINEER, TWO_COLUMN)


def write_report_schema() -> None:
    """Write the JSON Schema of the JSON report to docs/, for readers of the JSON output."""
    from resumefit.report import report_json_schema

    REPORT_SCHEMA.parent.mkdir(exist_ok=True)
    text = json.dumps(report_json_schema(), indent=2) + "\n"
    REPORT_SCHEMA.write_text(text, encoding="utf-8")
    print(f"wrote {REPORT_SCHEMA.relative_to(EXAMPLES_DIR.parent)}")


def write_reports(pdfs: list[Path]) -> None:
    """Run the real pipeline on each example PDF and write its HTML and JSON reports."""
    from resumefit.pipeline import check
    from resumefit.report import render_html, render_json

    REPORTS_DIR.mkdir(parents=True, exist_ok=True)
    for pdf in pdfs:
        report = check(pdf, display_name=pdf.name)
        (REPORTS_DIR / f"{pdf.stem}.json").write_text(render_json(report), encoding="utf-8")
        (REPORTS_DIR / f"{pdf.stem}.html").write_text(render_html(report), encoding="utf-8")
        print(f"wrote reports for {pdf.name}: best fit {report.fits[0].role_title}")


def take_screenshot() -> None:
    """Photograph the README's example HTML report with headless Chromium."""
    page = (REPORTS_DIR / f"{SCREENSHOT_EXAMPLE}.html").resolve()
    SCREENSHOT.parent.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                CHROMIUM,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--screenshot={SCREENSHOT}",
                f"--window-size={SCREENSHOT_WINDOW}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
        )
    print(f"wrote {SCREENSHOT.relative_to(EXAMPLES_DIR.parent)}")


def main() -> None:
    """Write the example PDFs (and with --write-reports, their reports)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--write-reports", action="store_true", help="also run the pipeline and write reports"
    )
    parser.add_argument(
        "--screenshot", action="store_true", help="also photograph a report for the README"
    )
    args = parser.parse_args()
    rl_config.invariant = 1
    EXAMPLES_DIR.mkdir(exist_ok=True)
    pdfs = []
    for resume in EXAMPLES:
        path = EXAMPLES_DIR / f"{resume.stem}.pdf"
        write_pdf(resume, path)
        pdfs.append(path)
        print(f"wrote {path.relative_to(EXAMPLES_DIR.parent)}")
    if args.write_reports:
        write_reports(pdfs)
        write_report_schema()
    if args.screenshot:
        take_screenshot()


if __name__ == "__main__":
    main()
