"""What an editor may have missed on a page just saved: said after saving, never refused."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.fields import StreamField
from wagtail.images import get_image_model

from pages.models import CallPage, WebinarPage


def page_warnings(page, now):
    """The warnings the saved page deserves at the moment, in the admin's language."""
    warnings = []
    if isinstance(page, CallPage) and page.deadline and page.closes_at <= now:
        warnings.append(_("The deadline has passed: readers see this call as closed."))
    if (
        isinstance(page, WebinarPage)
        and not page.registration_url
        and not page.cancellation_notice
        and page.start
        and page.start > now
    ):
        warnings.append(
            _("This upcoming webinar has no registration link: readers cannot sign up.")
        )
    warnings += [
        _alt_text_warning(image, page.locale.language_code)
        for image in images_without_alt_text(page)
    ]
    return warnings


def images_without_alt_text(page):
    """The library images the page shows without alt text in the page's language."""
    image_model = get_image_model()
    images = [
        getattr(page, field.name)
        for field in page._meta.concrete_fields
        if isinstance(field, models.ForeignKey) and field.related_model is image_model
    ]
    # An image block with alt text of its own, or marked as decoration, needs none from the
    # library.
    for field in page._meta.concrete_fields:
        if isinstance(field, StreamField):
            images += [
                child.value
                for child in getattr(page, field.name)
                if child.block_type == "image"
                and child.value is not None
                and not getattr(child.value, "decorative", False)
                and not getattr(child.value, "contextual_alt_text", "")
            ]
    language = page.locale.language_code
    missing, seen = [], set()
    for image in images:
        if image is None or image.pk in seen:
            continue
        seen.add(image.pk)
        if not (image.description_ja if language == "ja" else image.description):
            missing.append(image)
    return missing


def _alt_text_warning(image, language):
    if language == "ja":
        return _(
            "The image '%(title)s' has no Japanese alt text: Japanese readers get the English one."
        ) % {"title": image.title}
    return _("The image '%(title)s' has no English alt text: screen readers read its title.") % {
        "title": image.title
    }
