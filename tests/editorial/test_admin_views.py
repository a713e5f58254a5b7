"""The admin's translation screens as the roles see them."""

import re

import pytest

from django.urls import reverse

from wagtail.models import Locale

from tests import factories
from tests.pages.helpers import publish_translation, sign_in_in_japanese

pytestmark = pytest.mark.django_db


def ticked_locales(html):
    """The language ids ticked on the 'Translate page' form."""
    return [
        int(value)
        for tag in re.findall(r'<input[^>]*name="locales"[^>]*>', html)
        if " checked" in tag
        for value in re.findall(r'value="(\d+)"', tag)
    ]


@pytest.mark.parametrize("admin_language", ["en", "ja"])
def test_the_only_language_a_page_can_go_into_comes_ticked(
    client, admin_user, django_user_model, site_tree, admin_language
):
    # The Japanese news section exists, so the article's translation has a place to go.
    publish_translation(site_tree.home, site_tree.ja)
    publish_translation(site_tree.news, site_tree.ja)
    news = factories.NewsPageFactory(parent=site_tree.news, title="Mission to Oulu")
    news.save_revision().publish()
    if admin_language == "ja":
        sign_in_in_japanese(client, django_user_model, "kenji")
    else:
        client.force_login(admin_user)
    url = reverse("wagtail_localize:submit_page_translation", args=[news.pk])
    japanese = Locale.objects.get(language_code="ja")
    assert ticked_locales(client.get(url).content.decode()) == [japanese.pk]
