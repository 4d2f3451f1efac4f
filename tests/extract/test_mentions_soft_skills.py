"""Soft skills from evidence phrases (lemma rules) and from the words that name them."""

from __future__ import annotations

import pytest
from extract_fixtures import make_document

from resumefit.extract import extract_mentions


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [
        ("Presented results to stakeholders every quarter.", "communication"),
        ("Led a team of four engineers through the migration.", "leadership"),
        ("Leading a team of 12 volunteers.", "leadership"),
        ("Collaborated with the design team on the new app.", "collaboration"),
        ("Worked closely with product managers and designers.", "teamwork"),
        ("Mentored three junior developers.", "mentoring"),
        ("Resolved customer complaints within 24 hours.", "customer-focus"),
        ("Troubleshot and fixed production issues.", "problem-solving"),
        ("Delivered the project ahead of schedule.", "time-management"),
        ("Negotiated contracts with suppliers.", "negotiation"),
        ("Organized a hackathon for 200 students.", "organization-skills"),
        ("Gave a talk at PyCon about testing.", "presentation-skills"),
    ],
)
def test_evidence_phrases_show_soft_skills(sentence: str, skill: str) -> None:
    mentions = extract_mentions(make_document(sentence))
    phrase = [m for m in mentions if m.method == "phrase" and m.skill == skill]
    assert phrase, [(m.skill, m.text) for m in mentions]
    assert phrase[0].category == "soft_skill"


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [
        ("Excellent communication and problem-solving skills.", "communication"),
        ("Excellent communication and problem-solving skills.", "problem-solving"),
        ("A team player with strong time management.", "teamwork"),
        ("A team player with strong time management.", "time-management"),
        ("Quick learner, detail-oriented and self-motivated.", "learning-agility"),
    ],
)
def test_named_soft_skills_are_found(sentence: str, skill: str) -> None:
    assert skill in {m.skill for m in extract_mentions(make_document(sentence))}


def test_a_phrase_does_not_hide_the_tool_inside_it() -> None:
    mentions = extract_mentions(make_document("Presented Tableau dashboards to stakeholders."))
    assert {"communication", "tableau"} <= {m.skill for m in mentions}


def test_phrases_do_not_cross_lines() -> None:
    text = "Jan 2020 - Present\nResults to stakeholders were shared weekly."
    assert "communication" not in {m.skill for m in extract_mentions(make_document(text))}


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [
        ("Lead Engineer, payments platform", "leadership"),
        ("Lead Developer - Android", "leadership"),
        ("Lead Summer Associate, litigation group", "leadership"),
        ("The program ran in partnership with the city council.", "collaboration"),
        ("Adapt to customer demand in each store.", "adaptability"),
        ("Resolved issues raised in the ticket queue.", "problem-solving"),
        ("Supervised students during exams and sports games.", "mentoring"),
        ("Promoted to senior account executive in 2007.", "leadership"),
        ("Chief Legal Officer. Head of Legal department, Kenyatta Hospital", "leadership"),
        ("Ex Head: Strategy, Marketing and Communications", "leadership"),
        ("Education 2000 Present: In house workshops on engine design", "presentation-skills"),
        ("Objective: To be part of a team of automotive technicians.", "teamwork"),
        ("Authored a book on software testing.", "collaboration"),
    ],
)
def test_phrases_that_are_not_evidence_are_not_taken(sentence: str, skill: str) -> None:
    phrases = [m for m in extract_mentions(make_document(sentence)) if m.method == "phrase"]
    assert skill not in {m.skill for m in phrases}, [(m.skill, m.text) for m in phrases]


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [
        ("Managed a team of five developers.", "leadership"),
        ("Adapted quickly to new technologies on every project.", "adaptability"),
        ("Research done in collaboration with the physics lab.", "collaboration"),
        ("Promoted to team lead after one year.", "leadership"),
        ("Headed a team of six auditors.", "leadership"),
        ("Delivered workshops on engine design to new hires.", "presentation-skills"),
        ("Worked as part of a team of five on the release.", "teamwork"),
        ("Co-authored a conference paper on scheduling.", "collaboration"),
        ("Coauthored two papers with the lab.", "collaboration"),
        ("Co-led the design review with the architects.", "collaboration"),
        ("Renegotiated contracts with new vendors.", "negotiation"),
    ],
)
def test_evidence_phrases_that_stay(sentence: str, skill: str) -> None:
    phrases = [m for m in extract_mentions(make_document(sentence)) if m.method == "phrase"]
    assert skill in {m.skill for m in phrases}, [(m.skill, m.text) for m in phrases]


@pytest.mark.parametrize(
    "line",
    [
        "Host, Radio Club, Jan 2020 \u2013 Present: weekly talk show",
        "Host, Radio Club, 2019 to present - talk show on local history",
    ],
)
def test_present_ending_a_date_range_is_no_presentation(line: str) -> None:
    mentions = extract_mentions(make_document(line))
    assert not [m for m in mentions if m.skill == "presentation-skills"], mentions


def test_one_word_evidence_phrase_is_found_on_its_own() -> None:
    # the prefilter once looked only at the words after the trigger, so a one-word
    # phrase needed some other phrase's last word to follow it
    mentions = extract_mentions(make_document("I coauthor papers."))
    assert [(m.skill, m.text) for m in mentions if m.method == "phrase"] == [
        ("collaboration", "coauthor")
    ]
