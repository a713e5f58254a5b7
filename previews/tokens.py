"""Draft previews for the CMS's own pages and for headless front-ends, through one token.

The editor's Preview issues a grant holding a snapshot of the draft (saved or not) and a
signed token naming it; the token is bound to the page, the revision and the user, expires
after HEADLESS_PREVIEW_TTL seconds and can be revoked. The CMS's /preview/ view and the
GraphQL `page(previewToken:)` field both resolve the token with `resolve_preview_token`.
"""

from datetime import timedelta
from urllib.parse import quote

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished

from .models import PreviewGrant, PreviewTarget

SALT = "ejrc.preview"


class PreviewTokenError(Exception):
    """A preview token that cannot be used; the message says why."""


def issue_preview_token(page, user):
    """Snapshot the page as it is now (saved or not) and return a token for it."""
    now = timezone.now()
    # Every refresh of the preview panel issues a grant: clear this editor's expired ones.
    PreviewGrant.objects.filter(user=user, expires_at__lt=now).delete()
    saved = page.pk is not None
    grant = PreviewGrant.objects.create(
        page_id=page.pk if saved else None,
        content_type=ContentType.objects.get_for_model(type(page)),
        revision_id=page.latest_revision_id if saved else None,
        content=page.serializable_data(),
        user=user,
        expires_at=now + timedelta(seconds=settings.HEADLESS_PREVIEW_TTL),
    )
    claims = {"g": str(grant.pk), "p": grant.page_id, "r": grant.revision_id, "u": user.pk}
    return signing.dumps(claims, salt=SALT, compress=True)


def resolve_preview_token(token):
    """The draft page a token grants access to, or PreviewTokenError with the reason."""
    try:
        claims = signing.loads(token, salt=SALT, max_age=settings.HEADLESS_PREVIEW_TTL)
    except signing.SignatureExpired as error:
        raise PreviewTokenError(
            _("This preview token has expired: open the preview again.")
        ) from error
    except signing.BadSignature as error:
        raise PreviewTokenError(
            _("This preview token is not valid: it has been altered.")
        ) from error
    grant = (
        PreviewGrant.objects.select_related("user", "page", "content_type")
        .filter(pk=claims["g"], page_id=claims["p"], revision_id=claims["r"], user_id=claims["u"])
        .first()
    )
    if grant is None:
        # Grants disappear with their page or their revision.
        raise PreviewTokenError(_("This preview token has been revoked."))
    if grant.revoked_at is not None or not grant.user.is_active:
        raise PreviewTokenError(_("This preview token has been revoked."))
    if grant.expires_at <= timezone.now():
        raise PreviewTokenError(_("This preview token has expired: open the preview again."))
    if grant.page is not None and grant.page.latest_revision_id != grant.revision_id:
        raise PreviewTokenError(
            _("This draft has been saved again or published since: open the preview again.")
        )
    if grant.page is not None:
        return grant.page.specific.with_content_json(grant.content)
    return grant.content_type.model_class().from_serializable_data(grant.content)


def revoke_preview_tokens(user=None, page=None):
    """Revoke every live grant of a user and/or a page; returns how many."""
    grants = PreviewGrant.objects.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())
    if user is not None:
        grants = grants.filter(user=user)
    if page is not None:
        grants = grants.filter(page=page)
    return grants.update(revoked_at=timezone.now())


@receiver(page_published)
@receiver(page_unpublished)
def revoke_on_publishing(sender, instance, **kwargs):
    """A draft that has been published, or a page taken offline, is no longer a preview."""
    revoke_preview_tokens(page=instance)


def preview_url(page, token, request=None):
    """Where the draft is shown: the configured front-end of the page's site and language,
    or the CMS's own /preview/ view."""
    site = page.get_site() if page.pk else Site.find_for_request(request) if request else None
    target = (
        PreviewTarget.objects.filter(site=site, locale_id=page.locale_id).first() if site else None
    )
    if target is not None:
        return target.url_template.format(token=quote(token), path=quote(page.url_path or ""))
    return f"{reverse('preview')}?token={quote(token)}"
