"""Preview tokens: the draft and nothing else, for a limited time, revocable."""

from urllib.parse import unquote

import pytest

from django.core import signing
from django.urls import reverse

from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from previews.models import PreviewGrant, PreviewTarget
from previews.tokens import (
    PreviewTokenError,
    issue_preview_token,
    resolve_preview_token,
    revoke_preview_tokens,
)
from tests import factories


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")


@pytest.fixture
def call(site_tree):
    return factories.CallPageFactory(parent=site_tree.calls, title="Published title", slug="call")


@pytest.mark.django_db
class TestTokens:
    def test_token_gives_the_unsaved_draft(self, call, editor):
        call.title = "Unsaved draft title"
        token = issue_preview_token(call, editor)
        draft = resolve_preview_token(token)
        assert (type(draft).__name__, draft.pk, draft.title) == (
            "CallPage",
            call.pk,
            "Unsaved draft title",
        )
        grant = PreviewGrant.objects.get()
        assert (grant.page_id, grant.revision_id, grant.user_id) == (
            call.pk,
            call.latest_revision_id,
            editor.pk,
        )

    def test_cms_preview_view_renders_the_draft_uncached(self, client, call, editor):
        call.title = "Unsaved draft title"
        response = client.get(reverse("preview"), {"token": issue_preview_token(call, editor)})
        assert response.status_code == 200
        assert "<h1>Unsaved draft title</h1>" in response.content.decode()
        assert response["Cache-Control"] == "private, no-store"
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        # The live page is untouched.
        assert "<h1>Published title</h1>" in client.get("/en/calls/call/").content.decode()

    def test_tampered_token_is_refused(self, client, call, editor):
        token = issue_preview_token(call, editor)
        tampered = token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]
        with pytest.raises(PreviewTokenError) as error:
            resolve_preview_token(tampered)
        assert str(error.value) == "This preview token is not valid: it has been altered."
        response = client.get(reverse("preview"), {"token": tampered})
        assert response.status_code == 403
        assert "Published title" not in response.content.decode()

    def test_expired_token_is_refused(self, call, editor, monkeypatch, settings):
        token = issue_preview_token(call, editor)
        issued = signing.time.time()
        monkeypatch.setattr(
            signing.time, "time", lambda: issued + settings.HEADLESS_PREVIEW_TTL + 1
        )
        with pytest.raises(PreviewTokenError) as error:
            resolve_preview_token(token)
        assert str(error.value) == "This preview token has expired: open the preview again."

    def test_revoked_token_is_refused(self, call, editor):
        token = issue_preview_token(call, editor)
        assert revoke_preview_tokens(user=editor) == 1
        with pytest.raises(PreviewTokenError) as error:
            resolve_preview_token(token)
        assert str(error.value) == "This preview token has been revoked."

    def test_deactivated_editor_revokes_their_tokens(self, call, editor):
        token = issue_preview_token(call, editor)
        editor.is_active = False
        editor.save()
        with pytest.raises(PreviewTokenError):
            resolve_preview_token(token)

    def test_a_token_signed_for_something_else_is_refused(self, call, editor):
        forged = signing.dumps({"g": "x"}, salt="another.purpose")
        with pytest.raises(PreviewTokenError):
            resolve_preview_token(forged)


@pytest.mark.django_db
class TestAdminPreview:
    def form_data(self, call, title):
        return nested_form_data(
            {
                "title": title,
                "slug": call.slug,
                "summary": call.summary,
                "time_zone": "Europe/Brussels",
                "opening_date": call.opening_date.isoformat(),
                "deadline_date": call.deadline_date.isoformat(),
                "deadline_time": "23:59",
                "body": streamfield([]),
                "target_audience": rich_text("<p>EU cluster managers.</p>"),
                "eligibility": rich_text("<p>Registered on the ECCP.</p>"),
                "selection_criteria": rich_text(""),
                "requirements": rich_text(""),
                "places": "10",
                "grant_amount": "700",
                "grant_currency": "EUR",
                "grant_period": "week",
                "application_email": "ejrc@eu-japan.eu",
                "motivation_max_length": "3000",
                "application_retention_days": "365",
                "timeline": streamfield([]),
                "documents": streamfield([]),
            }
        )

    def test_preview_of_an_unsaved_edit_opens_the_cms_preview(self, client, call, editor):
        client.force_login(editor)
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[call.pk])
        posted = client.post(url, self.form_data(call, "Edited, not saved"))
        assert posted.json() == {"is_valid": True, "is_available": True}
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/preview/?token=")
        shown = client.get(response["Location"])
        assert "<h1>Edited, not saved</h1>" in shown.content.decode()
        call.refresh_from_db()
        assert call.title == "Published title"

    def test_preview_goes_to_the_configured_front_end(self, client, call, editor, site_tree):
        PreviewTarget.objects.create(
            site=Site.objects.get(is_default_site=True),
            locale=site_tree.en,
            url_template="https://front.example.org/preview?token={token}&path={path}",
        )
        client.force_login(editor)
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[call.pk])
        client.post(url, self.form_data(call, "Front-end draft"))
        location = client.get(url)["Location"]
        assert location.startswith("https://front.example.org/preview?token=")
        token = location.split("token=")[1].split("&")[0]
        assert resolve_preview_token(unquote(token)).title == "Front-end draft"
        assert location.endswith("&path=/ejrc-home/calls/call/")
