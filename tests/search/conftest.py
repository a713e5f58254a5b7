"""Content the search tests publish."""

import pytest

from tests import factories


@pytest.fixture
def news(site_tree):
    """A function publishing an article under the site's news section."""

    def news(title, **fields):
        page = factories.NewsPageFactory(parent=site_tree.news, title=title, **fields)
        page.save_revision().publish()
        return page

    return news
