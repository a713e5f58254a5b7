"""Security headers: the Content-Security-Policy of the site, the admin, embeds and previews."""

import pytest

from cms.security import admin_policy, site_policy

SITE = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-src https:; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)
ADMIN = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; frame-src 'self' https:; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'self'"
)


def test_the_policies_as_configured_without_a_bucket():
    assert ("; ".join(site_policy()), "; ".join(admin_policy())) == (SITE, ADMIN)


def test_images_may_come_from_the_media_bucket(settings):
    settings.S3_BUCKET = "media"
    settings.MEDIA_PUBLIC_URL = "https://cdn.example.org/media/"
    assert "img-src 'self' data: https://cdn.example.org" in site_policy()
    settings.MEDIA_PUBLIC_URL = None
    settings.S3_ENDPOINT_URL = "https://s3.example.org"
    assert "img-src 'self' data: blob: https://s3.example.org" in admin_policy()


@pytest.mark.django_db
def test_visitor_pages_run_only_the_sites_own_files(client, site_tree):
    response = client.get("/en/")
    assert (response.status_code, response["Content-Security-Policy"]) == (200, SITE)


@pytest.mark.django_db
def test_the_admin_gets_its_compatible_policy(admin_client, site_tree):
    response = admin_client.get("/admin/")
    assert (response.status_code, response["Content-Security-Policy"]) == (200, ADMIN)


@pytest.mark.django_db
def test_an_embed_keeps_the_sites_that_may_frame_it(client, locales):
    response = client.get("/embed/news/")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == SITE.replace(
        "frame-ancestors 'none'", "frame-ancestors 'self' https://www.clustercollaboration.eu"
    )


@pytest.mark.django_db
def test_json_answers_carry_no_page_policy(client, locales):
    response = client.get("/graphql/", {"query": "{ __typename }"})
    assert "Content-Security-Policy" not in response
