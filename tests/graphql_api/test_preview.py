"""page(previewToken:) returns the draft the token grants, and nothing for a bad token."""

import hashlib

import pytest

from django.core import signing

from previews.tokens import issue_preview_token, revoke_preview_tokens
from tests import factories

QUERY = """
query Draft($token: String!) {
  page(previewToken: $token) {
    __typename id title locale
    ... on CallPage { summary places }
  }
}
"""


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")


@pytest.fixture
def call(site_tree):
    return factories.CallPageFactory(parent=site_tree.calls, title="Published", places=10)


def ask(client, token):
    return client.post(
        "/graphql/",
        {"query": QUERY, "variables": {"token": token}},
        content_type="application/json",
    )


@pytest.mark.django_db
def test_the_token_shows_the_unsaved_draft_and_nothing_else(client, call, editor):
    call.title, call.places = "Draft title", 12
    token = issue_preview_token(call, editor)
    response = ask(client, token)
    assert response.json() == {
        "data": {
            "page": {
                "__typename": "CallPage",
                # The draft is not the published page: its id names the token's digest.
                "id": f"{call.pk}:en~{hashlib.sha256(token.encode()).hexdigest()[:12]}",
                "title": "Draft title",
                "locale": "EN",
                "summary": "A call for expression of interest.",
                "places": 12,
            }
        }
    }
    assert response["Cache-Control"] == "private, no-store"
    assert "ETag" not in response
    # The public read still shows the published version.
    public = client.post(
        "/graphql/",
        {"query": f'{{ page(id: "{call.pk}") {{ title }} }}'},
        content_type="application/json",
    )
    assert public.json() == {"data": {"page": {"title": "Published"}}}


@pytest.mark.django_db
def test_a_draft_never_published_is_only_reachable_by_token(client, site_tree, editor):
    draft = factories.CallPageFactory(parent=site_tree.calls, title="Never published", live=False)
    by_id = client.post(
        "/graphql/",
        {"query": f'{{ page(id: "{draft.pk}") {{ title }} }}'},
        content_type="application/json",
    )
    assert by_id.json() == {"data": {"page": None}}
    assert ask(client, issue_preview_token(draft, editor)).json()["data"]["page"]["title"] == (
        "Never published"
    )


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (
            lambda token, editor: token[:-1] + ("A" if token[-1] != "A" else "B"),
            "This preview token is not valid: it has been altered.",
        ),
        (
            lambda token, editor: revoke_preview_tokens(user=editor) and token,
            "This preview token has been revoked.",
        ),
        (
            lambda token, editor: signing.dumps({"g": "1"}, salt="other"),
            "This preview token is not valid: it has been altered.",
        ),
    ],
    ids=["tampered", "revoked", "foreign"],
)
@pytest.mark.django_db
def test_bad_tokens_are_a_clear_error_and_return_nothing(client, call, editor, spoil, message):
    token = spoil(issue_preview_token(call, editor), editor)
    response = ask(client, token)
    assert response.json()["data"] == {"page": None}
    assert response.json()["errors"][0]["message"] == message


@pytest.mark.django_db
def test_expired_token(client, call, editor, monkeypatch, settings):
    token = issue_preview_token(call, editor)
    issued = signing.time.time()
    monkeypatch.setattr(signing.time, "time", lambda: issued + settings.HEADLESS_PREVIEW_TTL + 1)
    response = ask(client, token)
    assert response.json()["errors"][0]["message"] == (
        "This preview token has expired: open the preview again."
    )


@pytest.mark.django_db
def test_a_draft_shows_its_own_partners_and_sectors(client, site_tree, editor):
    from pages.models import WebinarEUPartner

    partner = factories.PartnerPageFactory(parent=site_tree.partners, title="Lyon cluster")
    sector = factories.SectorFactory(name="Mobility")
    webinar = factories.WebinarPageFactory(parent=site_tree.webinars, title="Good practice")
    webinar.eu_partner_links = [WebinarEUPartner(partner=partner)]
    webinar.sectors = [sector]
    webinar.save_revision()
    token = issue_preview_token(webinar.get_latest_revision_as_object(), editor)
    query = """
    query Draft($token: String!) {
      page(previewToken: $token) {
        ... on WebinarPage {
          euPartners { totalCount items { title } }
          sectors { items { name } }
        }
      }
    }
    """
    response = client.post(
        "/graphql/",
        {"query": query, "variables": {"token": token}},
        content_type="application/json",
    )
    assert response.json()["data"]["page"] == {
        "euPartners": {"totalCount": 1, "items": [{"title": "Lyon cluster"}]},
        "sectors": {"items": [{"name": "Mobility"}]},
    }
    # The saved page, as published, has neither.
    assert list(webinar.__class__.objects.get(pk=webinar.pk).eu_partner_links.all()) == []
