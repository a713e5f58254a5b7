"""Filters by taxonomy that every domain's root field offers."""

from graphql_api.common.arguments import slug
from pages.models.snippets import in_sector


def sector_filter(model, sector):
    """Pages of the model in the sector with this slug (the slug checked first)."""
    return in_sector(model, slug(sector, "sector"))
