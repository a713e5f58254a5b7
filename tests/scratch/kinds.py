"""The scratch app's page kinds."""

from pages.registry import PageKind

from .models import StoryIndexPage, StoryPage

PAGE_KINDS = (
    PageKind("STORY_INDEX", StoryIndexPage, structured_data=None),
    PageKind("STORY", StoryPage, structured_data=None),
)
