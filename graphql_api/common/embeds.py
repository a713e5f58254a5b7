"""Embeds for other sites: each kind that partner sites may show declares its `Embed`.

A domain declares its embed in its `embed` module, an app that declares page kinds in its own
`embed` module; `embeds()` finds them without an edit elsewhere. The <ejrc-feed> script and the
iframe page (graphql_api.embeds) serve every declared embed at /embed/<name>/, each item's line
written by the embed's templates `embeds/meta/<name>.html` (the frame) and
`embeds/describe/<name>.js` (the script, which sets `DESCRIBE["<name>"]`).
"""

import functools
from dataclasses import dataclass

from graphql_api.common.discovery import import_declarations

MAX_EMBED_ITEMS = 20

# The declared embeds by name, in the order they are declared.
_EMBEDS = {}


@dataclass(frozen=True)
class Embed:
    """A list partner sites may embed, read through one trusted GraphQL document."""

    # The `kind` of <ejrc-feed> and the frame's URL, /embed/<name>/.
    name: str
    # Its variables are `locale` and `limit`; the list is aliased `items`. Persisted-query
    # clients know it by its hash: any change to its text is a new document to them.
    document: str
    heading: str
    # What the script and the frame show when the list is empty.
    empty: str
    # The field of each item holding an instant in both display zones, written out in the frame.
    local_time: str | None = None

    def __post_init__(self):
        if _EMBEDS.setdefault(self.name, self) is not self:
            raise ValueError(f"An embed named {self.name!r} is declared twice.")

    @property
    def meta_template(self):
        """The frame's template of the line under an item's title."""
        return f"embeds/meta/{self.name}.html"

    @property
    def describe_template(self):
        """The script's template of the function that writes the line under an item's title."""
        return f"embeds/describe/{self.name}.js"


@functools.cache
def import_embed_modules():
    """Import the `embed` module of every package of the API and of every app with kinds."""
    import_declarations("embed", "embed")


def embeds():
    """Every declared embed by name: the API's domains' in name order, then the apps'."""
    import_embed_modules()
    return dict(_EMBEDS)
