"""The image library: one image, with its alternative text in each language of the site."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition


class LibraryImage(AbstractImage):
    """An image of the library, described for screen readers in English and in Japanese."""

    # Wagtail's own field, relabelled: its templates and choosers use it as the alt text.
    description = models.CharField(
        _("alt text (English)"),
        max_length=255,
        blank=True,
        default="",
        help_text=_(
            "What the image shows, for readers who cannot see it. Leave empty only for decoration."
        ),
    )
    description_ja = models.CharField(
        _("alt text (Japanese)"),
        max_length=255,
        blank=True,
        default="",
        help_text=_("The same in Japanese, read on Japanese pages. Empty: the English text."),
    )

    admin_form_fields = (
        "title",
        "file",
        "description",
        "description_ja",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        # Wagtail's permissions stay on its own image model; this one only adds the fields.
        default_permissions = ()

    def alt_text(self, language_code):
        """The alternative text in the language, or in English when it has none."""
        if language_code == "ja" and self.description_ja:
            return self.description_ja
        return self.description

    @property
    def default_alt_text(self):
        # Used by {% image %} and the rich-text editor, in the language being rendered.
        return self.alt_text(translation.get_language()) or self.title


class LibraryImageRendition(AbstractRendition):
    """A resized copy of a library image."""

    image = models.ForeignKey(LibraryImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
