"""Partner profiles: European regions and clusters, Japanese prefectures, cities and clusters."""

import datetime
import unicodedata
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..choosers import PartnerChooser, RegionChooser
from .base import (
    SYNCHRONISED_SECTORS,
    SYNCHRONISED_SLUG,
    HeadlessPreviewMixin,
    SectionIndexPage,
    sectors_field,
)
from .snippets import COUNTRY_CHOICES, Region, Side

EU_SIDE, JP_SIDE = Side.EU, Side.JP


def initials(name):
    """Up to three initials of the significant words of a name ("RCN" for "Regional Council
    of North Karelia")."""
    skip = {"of", "and", "the", "for", "at", "de", "du", "la", "&"}
    words = [word for word in name.replace("-", " ").split() if word.lower() not in skip]
    return "".join(word[0].upper() for word in words[:3])


def sort_key(title, reading, language):
    """Where a name sorts in a list of the language: Japanese by its reading, in kana order."""
    if language != "ja":
        return title.casefold()[:255]
    text = unicodedata.normalize("NFKC", reading or title).casefold()
    # Katakana sort with the hiragana of the same sound (ロラン beside ろらん).
    hiragana = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)
    # Voiced and plain kana sort together (か, が; ヴ with ウ), as Japanese indexes do; the
    # full spelling after them breaks ties.
    plain = "".join(c for c in unicodedata.normalize("NFD", hiragana) if c not in VOICING_MARKS)
    return f"{plain} {hiragana}"[:255]


# The combining voiced and semi-voiced sound marks (゛ ゜) that NFD splits from kana.
VOICING_MARKS = "\u3099\u309a"


class PartnerPage(HeadlessPreviewMixin, Page):
    """The profile of a region, prefecture, city, cluster, agency or network."""

    class Kind(models.TextChoices):
        EU_REGION = "eu_region", _("EU region")
        EU_MUNICIPALITY = "eu_municipality", _("EU municipality")
        EU_CLUSTER = "eu_cluster", _("EU cluster")
        JP_PREFECTURE = "jp_prefecture", _("Japanese prefecture")
        JP_CITY = "jp_city", _("Japanese city")
        JP_CLUSTER = "jp_cluster", _("Japanese cluster")
        AGENCY = "agency", _("Agency")
        NETWORK = "network", _("Network")

    class ClusterLabel(models.TextChoices):
        BRONZE = "bronze", _("ESCA Bronze")
        SILVER = "silver", _("ESCA Silver")
        GOLD = "gold", _("ESCA Gold")

    official_name = models.CharField(
        verbose_name=_("official name"),
        max_length=255,
        help_text=_(
            "Legal name in the body's own language, the same on every language's page: "
            "a Japanese body's is its Japanese name (一般財団法人自治体国際化協会). "
            "The title is the display name."
        ),
    )
    acronym = models.CharField(
        verbose_name=_("acronym"), max_length=30, blank=True, help_text=_("E.g. 'FBRI'.")
    )
    name_reading = models.CharField(
        verbose_name=_("reading of the Japanese name"),
        max_length=255,
        blank=True,
        help_text=_(
            "The Japanese name in hiragana, without the legal form (じちたいこくさいかきょうかい "
            "for 一般財団法人自治体国際化協会), so that Japanese lists sort it in kana order. "
            "Not needed for names written in kana or Latin letters."
        ),
    )
    # Where the page sorts in lists of its language: the reading in Japanese (kana order),
    # the title elsewhere. Kept on each page, so that a list sorts in the database.
    sort_key = models.CharField(
        verbose_name=_("sort key"), max_length=255, editable=False, default="", db_index=True
    )
    kind = models.CharField(
        verbose_name=_("kind"),
        max_length=20,
        choices=Kind.choices,
        help_text=_("What sort of partner."),
    )
    country = models.CharField(
        verbose_name=_("country"),
        max_length=2,
        choices=COUNTRY_CHOICES,
        help_text=_(
            "Country of the partner (for a network, of its coordinator). Japan puts it on the JP side."
        ),
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        to_field="code",
        db_column="region_code",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="partners",
        help_text=_("NUTS 2024 region for European partners, prefecture for Japanese partners."),
    )
    city = models.CharField(
        verbose_name=_("city"),
        max_length=100,
        blank=True,
        help_text=_("City, as written in this language."),
    )
    website = models.URLField(
        verbose_name=_("website"), blank=True, help_text=_("The partner's own website.")
    )
    logo = models.ForeignKey(
        "pages.LibraryImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Logo with a transparent or white background; its alt text names the partner."),
    )
    description = RichTextField(
        verbose_name=_("description"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Who the partner is and what it does, in a paragraph or two."),
    )
    sectors = sectors_field(_("Sectors the partner works in."))
    members_count = models.PositiveIntegerField(
        verbose_name=_("number of members"),
        null=True,
        blank=True,
        help_text=_("Number of member organisations, if known."),
    )
    sme_count = models.PositiveIntegerField(
        verbose_name=_("SME count"),
        null=True,
        blank=True,
        help_text=_("How many of the members are SMEs, if known."),
    )
    cluster_label = models.CharField(
        verbose_name=_("cluster label"),
        max_length=10,
        choices=ClusterLabel.choices,
        blank=True,
        help_text=_("European Secretariat for Cluster Analysis label, clusters only."),
    )
    cluster_label_year = models.PositiveSmallIntegerField(
        verbose_name=_("cluster label year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2009), MaxValueValidator(2100)],
        help_text=_("Year the label was awarded."),
    )
    eccp_profile_url = models.URLField(
        verbose_name=_("ECCP profile URL"),
        blank=True,
        help_text=_(
            "Profile on the European Cluster Collaboration Platform (clustercollaboration.eu)."
        ),
    )
    cooperation_interests = models.TextField(
        verbose_name=_("cooperation interests"),
        blank=True,
        help_text=_("What cooperation the partner is looking for in Europe or Japan."),
    )
    contact_email = models.EmailField(
        verbose_name=_("contact email"),
        blank=True,
        help_text=_("A role mailbox (info@, international@); no personal address needed."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("official_name"),
                FieldPanel("acronym"),
                FieldPanel("kind"),
                FieldPanel("name_reading"),
            ],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("country"),
                        # Opens on the chosen country's regions; keeps the region's code.
                        FieldPanel("region", widget=RegionChooser),
                    ]
                ),
                FieldPanel("city"),
            ],
            heading=_("Location"),
        ),
        FieldPanel("logo"),
        FieldPanel("description"),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("cooperation_interests"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("members_count"), FieldPanel("sme_count")]),
                FieldRowPanel([FieldPanel("cluster_label"), FieldPanel("cluster_label_year")]),
                FieldPanel("eccp_profile_url"),
            ],
            heading=_("Cluster facts"),
        ),
        MultiFieldPanel([FieldPanel("website"), FieldPanel("contact_email")], heading=_("Contact")),
    ]
    # The names a webinar or partnership is also found by, when this partner is one of its own.
    search_name_fields = ("title", "official_name", "acronym")
    search_fields = [
        *Page.search_fields,
        index.SearchField("official_name"),
        index.SearchField("acronym"),
        # Hiragana finds a name written in kanji (みえ, 三重県).
        index.SearchField("name_reading"),
        index.SearchField("city"),
        index.SearchField("region_names"),
        index.SearchField("description"),
        index.SearchField("cooperation_interests"),
        index.FilterField("kind"),
        index.FilterField("country"),
    ]
    override_translatable_fields = [
        SYNCHRONISED_SLUG,
        SynchronizedField("official_name"),
        SynchronizedField("acronym"),
        SynchronizedField("name_reading"),
        SYNCHRONISED_SECTORS,
    ]

    parent_page_types = ["pages.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner profile")
        verbose_name_plural = _("partner profiles")

    @property
    def side(self):
        """EU or JP: which side of the cooperation the partner is on."""
        return JP_SIDE if self.country == "JP" else EU_SIDE

    @property
    def official_name_language(self):
        """'ja' when the official name is written in Japanese, so pages can mark it up."""
        scripts = ("CJK", "HIRAGANA", "KATAKANA")
        japanese = any(
            unicodedata.name(char, "").startswith(scripts) for char in self.official_name
        )
        return "ja" if japanese else ""

    @property
    def region_names(self):
        """The region's names in every language ('Mie 三重県'); '' without a region."""
        if not self.region_id:
            return ""
        region = self.region
        return " ".join(
            dict.fromkeys(filter(None, [region.name, region.name_national, region.name_ja]))
        )

    @property
    def location_text(self):
        """Where the partner is, as addresses are written in the reader's language.

        Small to large in English ('Nuremberg, Bayern, Germany'), large to small in Japanese
        ('日本・福島県', 'ドイツ・バイエルン州・ニュルンベルク'), every region named in Japanese.
        """
        country = str(self.get_country_display())
        if get_language() == "ja":
            region = self.region.localized_name("ja") if self.region_id else ""
            return "・".join(part for part in (country, region, self.city) if part)
        region = ""
        if self.region_id:
            region = " / ".join(dict.fromkeys([self.region.name, self.region.name_national]))
        return ", ".join(part for part in (self.city, region, country) if part)

    def get_context(self, request, *args, **kwargs):
        from .related import partner_activity

        context = super().get_context(request, *args, **kwargs)
        context.update(partner_activity(self))
        return context

    def save(self, *args, **kwargs):
        if not self.locale_id:
            # Wagtail sets it in save() too, but the sort key needs the language first.
            self.locale = self.get_default_locale()
        self.sort_key = sort_key(self.title, self.name_reading, self.locale.language_code)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "title" in update_fields:
            kwargs["update_fields"] = {*update_fields, "sort_key"}
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.kind.startswith("eu_") and self.country == "JP":
            errors["kind"] = _(
                "A Japanese partner cannot be an EU region, municipality or cluster."
            )
        if self.kind.startswith("jp_") and self.country and self.country != "JP":
            errors["kind"] = _("A Japanese prefecture, city or cluster must be in Japan (JP).")
        region_error = self._region_error()
        if region_error:
            errors["region"] = region_error
        if self.cluster_label_year and not self.cluster_label:
            errors["cluster_label"] = _("Choose the label the year refers to.")
        if self.cluster_label and not self.cluster_label_year:
            errors["cluster_label_year"] = _("Give the year the label was awarded.")
        if self.cluster_label_year and self.cluster_label_year > datetime.date.today().year:
            errors["cluster_label_year"] = _("A label cannot be awarded in the future.")
        if None not in (self.sme_count, self.members_count) and self.sme_count > self.members_count:
            errors["sme_count"] = _("There cannot be more SMEs than members.")
        if self.eccp_profile_url:
            host = urlsplit(self.eccp_profile_url).hostname or ""
            if host != "clustercollaboration.eu" and not host.endswith(".clustercollaboration.eu"):
                errors["eccp_profile_url"] = _("An ECCP profile lives on clustercollaboration.eu.")
        if errors:
            raise ValidationError(errors)

    def _region_error(self):
        if self.region_id is None or not self.country:
            return None
        try:
            region = self.region
        except Region.DoesNotExist:
            # An unknown code is already reported by the field's own validation.
            return None
        if self.side == JP_SIDE and region.kind != Region.Kind.PREFECTURE:
            return _("A Japanese partner's region is one of the 47 prefectures.")
        if self.side == EU_SIDE and region.kind != Region.Kind.NUTS:
            return _("A European partner's region is a NUTS 2024 region.")
        if self.side == EU_SIDE and region.iso_country != self.country:
            return _("NUTS region %(code)s is not in %(country)s.") % {
                "code": region.code,
                "country": self.country,
            }
        return None


class SidedPartnerLink(Orderable):
    """A partner of a webinar or a partnership, on one side of the cooperation."""

    side = None  # EU or JP, fixed by each concrete link
    partner = models.ForeignKey(
        PartnerPage,
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The partner's profile page."),
    )

    class Meta(Orderable.Meta):
        abstract = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.side is not None:
            # The chooser lists the partners of the link's side only.
            cls.panels = [FieldPanel("partner", widget=PartnerChooser(cls.side))]

    def clean(self):
        super().clean()
        partner = self.partner if self.partner_id else None
        if partner is not None and partner.specific.side != self.side:
            raise ValidationError(
                {
                    "partner": _("%(name)s is on the %(actual)s side, not the %(expected)s side.")
                    % {
                        "name": partner.title,
                        "actual": partner.specific.side,
                        "expected": self.side,
                    }
                }
            )


class PartnerIndexPage(SectionIndexPage):
    """The list of partner profiles."""

    listing_count = ngettext_lazy("%(count)s partner", "%(count)s partners", "count")
    subpage_types = ["pages.PartnerPage"]
    listed_model = PartnerPage
    listing_order = ("sort_key", "pk")
    listing_joins = ("logo",)
    listing_filters = ("side", "country", "region", "kind", "sector")

    class Meta:
        verbose_name = _("partner index")
        verbose_name_plural = _("partner indexes")
