"""The page form: every page type's title grows with its text and stays one line."""

import pytest

from django.urls import reverse

from wagtail.admin.widgets import AdminAutoHeightTextInput

from editorial.roles import EDITORS
from pages.models import NewsPage
from pages.registry import PAGE_KINDS
from tests.applications.helpers import sign_in
from tests.editorial.test_roles import news_form

pytestmark = pytest.mark.django_db

LONG_TITLE = "長野県と森林バイオエコノミー・クラスター・北カレリア地域評議会の協力による事業展開"


@pytest.mark.parametrize("kind", PAGE_KINDS, ids=lambda kind: kind.model.__name__)
def test_every_page_types_title_is_a_growing_text_area(kind):
    form_class = kind.model.get_edit_handler().get_form_class()
    widget = form_class().fields["title"].widget
    assert (type(widget), widget.attrs["data-controller"], widget.attrs["rows"]) == (
        AdminAutoHeightTextInput,
        "w-autosize",
        1,
    )


def test_the_editor_shows_a_long_title_whole_and_keeps_it_one_line(client, site_tree):
    sign_in(client, EDITORS)
    add = reverse("wagtailadmin_pages:add", args=("pages", "newspage", site_tree.news.pk))
    html = client.get(add).content.decode()
    assert '<textarea name="title"' in html
    typed = LONG_TITLE.replace("・", "・\r\n", 1)
    client.post(add, {**news_form("Long title"), "title": typed})
    assert NewsPage.objects.get().title == LONG_TITLE.replace("・", "・ ", 1)
