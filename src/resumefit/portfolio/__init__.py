"""Portfolio evidence: README files, cloned repositories and GitHub as README Documents.

``collect_portfolio`` is the one entry point (the CLI's ``--readme``, ``--repos``,
``--github``, ``--offline``). Every Document it returns has ``format="readme"``, a
``source`` of "repo:owner/name" (GitHub, or a clone whose origin is on GitHub),
"repo:<folder>" (a clone without one) or "readme:<file name>", and ``url`` linking the
repository (https://github.com/...) or None for a local file or folder (its absolute path
may name the user, and reports show only what they need). Its sections carry
the evidence strength the extractor reads (see ``rules``): PROJECTS for what shows a
skill in use, SKILLS for what only lists it, OTHER for licence/credits text.
``github_user_from_document`` finds the GitHub user a resume links to; ``github=""``
asks ``collect_portfolio`` to use it (the CLI's ``--github-from-resume``).
"""

from resumefit.portfolio.collect import collect_portfolio
from resumefit.portfolio.github_urls import github_user_from_document
from resumefit.portfolio.readme import readme_document

__all__ = ["collect_portfolio", "github_user_from_document", "readme_document"]
