"""Portfolio evidence: README files, cloned repositories and GitHub as README Documents."""

from resumefit.portfolio.collect import collect_portfolio
from resumefit.portfolio.github_urls import github_user_from_document
from resumefit.portfolio.readme import readme_document

__all__ = ["collect_portfolio", "github_user_from_document", "readme_document"]
