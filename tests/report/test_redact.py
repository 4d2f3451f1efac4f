"""Scrubbing contact details keeps the rest of the sentence and tracks the highlight."""

from __future__ import annotations

from resumefit.report.redact import hash_name, scrub_contact_details


def test_email_phone_and_link_are_replaced() -> None:
    text, _ = scrub_contact_details("mail jo@uni.edu or call (555) 201-7788, github.com/jo")
    assert text == "mail [e-mail] or call [phone], [link]/jo" or text == (
        "mail [e-mail] or call [phone], [link]"
    )


def test_street_address_and_city_zip_are_replaced() -> None:
    text, _ = scrub_contact_details("Lives at 221 Baker Street, Apt 2, Boston, MA 02115.")
    assert "221 Baker" not in text
    assert "02115" not in text
    assert "[address]" in text


def test_year_ranges_scores_and_versions_are_kept() -> None:
    sentence = "2019 - 2021: GPA 3.8/4.0, Python 3.11, ASP.NET, 1,000,000 rows, Node.js"
    assert scrub_contact_details(sentence)[0] == sentence


def test_highlight_moves_with_the_text_before_it() -> None:
    sentence = "jo@uni.edu wrote PyTorch code"
    text, span = scrub_contact_details(sentence, (17, 24))
    assert span is not None
    assert text[span[0] : span[1]] == "PyTorch"


def test_highlight_inside_scrubbed_text_is_dropped() -> None:
    sentence = "see https://github.com/jo/repo"
    _, span = scrub_contact_details(sentence, (12, 18))
    assert span is None


def test_hash_name_is_a_stable_prefix() -> None:
    assert hash_name("cv.pdf") == hash_name("cv.pdf")
    assert len(hash_name("cv.pdf")) == 12
    assert hash_name("cv.pdf") != hash_name("cv2.pdf")
