"""newsclean: strip boilerplate from the plain text of scraped news pages.

>>> import newsclean
>>> text = "Breaking Story Here\\n\\nBy AFP\\n\\nIt happened today.\\n\\nRead more"
>>> article = newsclean.clean(text)
>>> article.body
'It happened today.'
>>> article.metadata.title, article.metadata.authors
('Breaking Story Here', ('AFP',))
>>> [removal.kind for removal in article.removals]
['title', 'byline', 'related']
"""

from .page import Line, Page
from .pipeline import DEFAULT_RULES, Pipeline, clean
from .rule import Context, Finding, LineRule, Rule
from .types import KINDS, Article, Image, Kind, Metadata, Related, Removal

__all__ = [
    "DEFAULT_RULES",
    "KINDS",
    "Article",
    "Context",
    "Finding",
    "Image",
    "Kind",
    "Line",
    "LineRule",
    "Metadata",
    "Page",
    "Pipeline",
    "Related",
    "Removal",
    "Rule",
    "clean",
]
__version__ = "0.1.0"
