"""The shipped hierarchy files a product under what it is, not under a competing product.

Families of sibling tools were once filed under their first member ("Trello" a kind of
Jira, "GitHub Actions" a kind of Jenkins), so one tool met another's requirement in full.
"""

from __future__ import annotations

import pytest

from resumefit.lexicon import load_lexicon

#: (tool, a competing product it is not a kind of, the concept it is a kind of)
SIBLINGS = [
    ("testrail", "selenium", "software-testing"),
    ("apache-jmeter", "selenium", "performance-testing"),
    ("cypress", "selenium", "test-automation"),
    ("trello", "jira", "project-management-software"),
    ("confluence", "jira", "collaboration-tools"),
    ("juniper-networks", "cisco", "networking"),
    ("palo-alto-networks", "cisco", "firewalls"),
    ("github-actions", "jenkins", "ci-cd"),
    ("vercel", "heroku", "cloud-computing"),
    ("presto", "hive", "big-data"),
    ("mercurial", "svn", "version-control"),
    ("sqlalchemy", "hibernate", "object-relational-mapping"),
    ("teamviewer", "putty", "it-support"),
    ("ibm-cognos", "business-objects", "business-intelligence"),
    ("vertica", "teradata", "data-warehousing"),
    ("svelte", "vue", "web-framework"),
    ("google-web-toolkit", "struts", "web-framework"),
    ("prefect", "airflow", "data-engineering"),
    ("informatica", "dbt", "data-engineering"),
    ("qlik", "looker", "business-intelligence"),
    ("apache-solr", "elasticsearch", "apache-lucene"),
    ("streamlit", "fastapi", "python"),
    ("puppet", "ansible", "configuration-management"),
    ("pulumi", "terraform", "infrastructure-as-code"),
    ("apache-storm", "flink", "stream-processing"),
    ("google-sheets", "excel", "spreadsheets"),
    ("graphql", "rest-api", "web-services"),
    ("tensorrt", "distributed-training", "model-deployment"),
    ("react-native", "flutter", "mobile-development"),
    ("vhdl", "verilog", "programming-language"),
    ("podman", "docker", "devops"),
    ("vertex-ai", "sagemaker", "mlops"),
    ("apache-hbase", "cassandra", "nosql"),
    ("scipy", "numpy", "python-data-stack"),
]


@pytest.mark.parametrize(("tool", "competitor", "concept"), SIBLINGS)
def test_tool_is_filed_under_its_concept_not_a_competitor(
    tool: str, competitor: str, concept: str
) -> None:
    ancestors = load_lexicon().ancestors(tool)
    assert competitor not in ancestors
    assert concept in ancestors


@pytest.mark.parametrize(
    ("concept", "example"),
    [
        ("infrastructure-as-code", "terraform"),
        ("object-relational-mapping", "hibernate"),
        ("stream-processing", "kafka"),
    ],
)
def test_concept_is_above_its_examples_not_below(concept: str, example: str) -> None:
    assert concept in load_lexicon().ancestors(example)
    assert example not in load_lexicon().ancestors(concept)
