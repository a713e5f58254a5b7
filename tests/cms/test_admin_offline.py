"""The admin loads nothing from outside the site: it works on a network without the internet."""

import re

import pytest

from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

# Addresses a browser would fetch while showing the page (not links the editor may follow).
FETCHED = re.compile(
    r'<(?:script|img|iframe|source)\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*\bhref="([^"]+)"'
)


def outside_requests(html):
    return sorted(
        url
        for match in FETCHED.finditer(html)
        for url in match.groups()
        if url and re.match(r"(https?:)?//", url)
    )


def test_the_admin_pages_an_editor_opens_fetch_nothing_from_outside(
    client, django_user_model, site_tree
):
    user = django_user_model.objects.create_superuser("admin", "admin@eu-japan.eu", "x")
    client.force_login(user)
    news = factories.NewsPageFactory(parent=site_tree.news)
    for url in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[site_tree.news.pk]),
        reverse("wagtailadmin_pages:edit", args=[news.pk]),
        reverse("wagtailadmin_account"),
        reverse("wagtailusers_users:index"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert outside_requests(response.content.decode()) == [], url
