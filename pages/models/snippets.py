"""Snippets: the controlled vocabularies and reference data pages point to."""

import csv
import re
from functools import cache
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# The EU's 14 industrial ecosystems (Updated EU Industrial Strategy, 2021).
INDUSTRIAL_ECOSYSTEMS = [
    ("aerospace_defence", _("Aerospace & Defence")),
    ("agri_food", _("Agri-food")),
    ("construction", _("Construction")),
    ("cultural_creative", _("Cultural and Creative Industries")),
    ("digital", _("Digital")),
    ("electronics", _("Electronics")),
    ("energy_intensive", _("Energy-Intensive Industries")),
    ("energy_renewables", _("Energy - Renewables")),
    ("health", _("Health")),
    ("mobility_transport_automotive", _("Mobility - Transport - Automotive")),
    ("proximity_social_economy", _("Proximity, Social Economy and Civil Security")),
    ("retail", _("Retail")),
    ("textile", _("Textile")),
    ("tourism", _("Tourism")),
]


class Sector(TranslatableMixin, index.Indexed, models.Model):
    """A matchmaking sector of the helpdesk, mapped to one EU industrial ecosystem."""

    name = models.CharField(
        verbose_name=_("name"),
        max_length=120,
        help_text=_("Sector name as visitors read it, e.g. 'Agri-food'."),
    )
    slug = models.SlugField(
        verbose_name=_("slug"),
        max_length=120,
        help_text=_("Stable identifier used in URLs and API filters; the same in every language."),
    )
    ecosystem = models.CharField(
        verbose_name=_("ecosystem"),
        max_length=40,
        choices=INDUSTRIAL_ECOSYSTEMS,
        help_text=_("The EU industrial ecosystem this sector belongs to."),
    )
    description = models.TextField(
        verbose_name=_("description"),
        blank=True,
        help_text=_("One or two sentences on what the sector covers."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("ecosystem"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_sector_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def full_clean(self, *args, **kwargs):
        if not self.slug and self.name:
            self.slug = slugify(self.name)
        super().full_clean(*args, **kwargs)


class WebinarSeries(TranslatableMixin, models.Model):
    """A named series of webinars, such as the good-practice series."""

    name = models.CharField(
        verbose_name=_("name"), max_length=200, help_text=_("Series name as shown on each webinar.")
    )
    slug = models.SlugField(
        verbose_name=_("slug"),
        max_length=120,
        help_text=_("Stable identifier used in API filters; the same in every language."),
    )
    description = models.TextField(
        verbose_name=_("description"), blank=True, help_text=_("What the series is about.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("webinar series")
        verbose_name_plural = _("webinar series")

    def __str__(self):
        return self.name


class Side(models.TextChoices):
    """The two sides of the EU-Japan cooperation."""

    EU = "EU", _("Europe")
    JP = "JP", _("Japan")


# EU-27, the EFTA countries with NUTS-like regions, and Japan (ISO 3166-1 alpha-2).
COUNTRY_CHOICES = [
    ("AT", _("Austria")), ("BE", _("Belgium")), ("BG", _("Bulgaria")), ("CH", _("Switzerland")),
    ("CY", _("Cyprus")), ("CZ", _("Czechia")), ("DE", _("Germany")), ("DK", _("Denmark")),
    ("EE", _("Estonia")), ("ES", _("Spain")), ("FI", _("Finland")), ("FR", _("France")),
    ("GR", _("Greece")), ("HR", _("Croatia")), ("HU", _("Hungary")), ("IE", _("Ireland")),
    ("IS", _("Iceland")), ("IT", _("Italy")), ("LI", _("Liechtenstein")), ("LT", _("Lithuania")),
    ("LU", _("Luxembourg")), ("LV", _("Latvia")), ("MT", _("Malta")), ("NL", _("Netherlands")),
    ("NO", _("Norway")), ("PL", _("Poland")), ("PT", _("Portugal")), ("RO", _("Romania")),
    ("SE", _("Sweden")), ("SI", _("Slovenia")), ("SK", _("Slovakia")), ("JP", _("Japan")),
]  # fmt: skip


class Office(TranslatableMixin, models.Model):
    """An office of the helpdesk (Strasbourg, Tokyo, ...)."""

    name = models.CharField(
        verbose_name=_("name"),
        max_length=200,
        help_text=_("Office name, e.g. 'EU office (Strasbourg)'."),
    )
    side = models.CharField(
        verbose_name=_("side"),
        max_length=2,
        choices=Side.choices,
        help_text=_("Which side of the helpdesk the office serves."),
    )
    organisation = models.CharField(
        verbose_name=_("organisation"),
        max_length=200,
        blank=True,
        help_text=_("The organisation that runs the office."),
    )
    address = models.TextField(
        verbose_name=_("address"), blank=True, help_text=_("Postal address, one line per row.")
    )
    city = models.CharField(
        verbose_name=_("city"), max_length=100, help_text=_("City, as written in this language.")
    )
    country = models.CharField(
        verbose_name=_("country"),
        max_length=2,
        choices=COUNTRY_CHOICES,
        help_text=_("The country the office is in."),
    )
    email = models.EmailField(
        verbose_name=_("email"), blank=True, help_text=_("A role mailbox, not a personal address.")
    )
    website = models.URLField(
        verbose_name=_("website"), blank=True, help_text=_("The office's own web page, if any.")
    )
    sort_order = models.PositiveSmallIntegerField(
        verbose_name=_("sort order"),
        default=0,
        help_text=_("Offices are listed by this number, lowest first."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("side"),
        FieldPanel("organisation"),
        FieldPanel("address"),
        FieldPanel("city"),
        FieldPanel("country"),
        FieldPanel("email"),
        FieldPanel("website"),
        FieldPanel("sort_order"),
    ]
    override_translatable_fields = [SynchronizedField("country")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("office")
        verbose_name_plural = _("offices")

    def __str__(self):
        return self.name


@cache
def nuts_2024():
    """Return the shipped NUTS 2024 list as {code: row}."""
    with (DATA_DIR / "nuts2024.csv").open(encoding="utf-8") as handle:
        return {row["code"]: row for row in csv.DictReader(handle)}


@cache
def jp_prefectures():
    """Return the shipped list of the 47 prefectures as {JIS code: row}."""
    with (DATA_DIR / "jp_prefectures.csv").open(encoding="utf-8") as handle:
        return {row["code"]: row for row in csv.DictReader(handle)}


class Region(index.Indexed, models.Model):
    """A NUTS 2024 region of Europe or a prefecture of Japan (reference data, not translated)."""

    class Kind(models.TextChoices):
        NUTS = "nuts", _("NUTS 2024 region (Europe)")
        PREFECTURE = "prefecture", _("Prefecture (Japan)")

    code = models.CharField(
        verbose_name=_("code"),
        max_length=5,
        unique=True,
        help_text=_(
            "NUTS 2024 code (e.g. FI1D) or the two-digit JIS X 0401 prefecture code (01-47)."
        ),
    )
    kind = models.CharField(
        verbose_name=_("kind"), max_length=12, choices=Kind.choices, help_text=_("Which list.")
    )
    level = models.PositiveSmallIntegerField(
        verbose_name=_("level"),
        null=True,
        blank=True,
        help_text=_("NUTS level (0-3); empty for prefectures."),
    )
    country = models.CharField(
        verbose_name=_("country"),
        max_length=2,
        help_text=_("NUTS country code (EL for Greece) or JP."),
    )
    name = models.CharField(
        verbose_name=_("name"),
        max_length=200,
        help_text=_("Name in Latin script (English for prefectures)."),
    )
    name_national = models.CharField(
        verbose_name=_("national name"),
        max_length=200,
        help_text=_("Official name in the national language and script."),
    )
    name_ja = models.CharField(
        verbose_name=_("Japanese name"),
        max_length=200,
        blank=True,
        help_text=_(
            "Name of a European region as Japanese readers know it (バイエルン州); "
            "prefectures use their national name."
        ),
    )
    block_en = models.CharField(
        verbose_name=_("English region block"),
        max_length=40,
        blank=True,
        help_text=_("Regional block of a prefecture, in English."),
    )
    block_ja = models.CharField(
        verbose_name=_("Japanese region block"),
        max_length=40,
        blank=True,
        help_text=_("Regional block of a prefecture, in Japanese."),
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("code"),
        FieldPanel("level"),
        FieldPanel("country"),
        FieldPanel("name"),
        FieldPanel("name_national"),
        FieldPanel("name_ja"),
        MultiFieldPanel([FieldPanel("block_en"), FieldPanel("block_ja")], heading=_("Block")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("name_national"),
        index.SearchField("name_ja"),
        index.AutocompleteField("name"),
        index.AutocompleteField("code"),
        index.FilterField("kind"),
        index.FilterField("country"),
    ]

    class Meta:
        ordering = ["kind", "code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return f"{self.code} {self.name}"

    @property
    def iso_code(self):
        """ISO 3166-2 code of a prefecture (JP-13); the NUTS code otherwise."""
        return f"JP-{self.code}" if self.kind == self.Kind.PREFECTURE else self.code

    @property
    def iso_country(self):
        """ISO 3166-1 country code: NUTS writes Greece as EL where ISO writes GR."""
        return "GR" if self.country == "EL" else self.country

    def localized_name(self, language_code):
        """Name to show in the given language."""
        if language_code != "ja":
            return self.name
        if self.kind == self.Kind.PREFECTURE:
            return self.name_national
        return self.name_ja or self.name

    def clean(self):
        super().clean()
        if self.kind == self.Kind.PREFECTURE:
            self._clean_prefecture()
        elif self.kind == self.Kind.NUTS:
            self._clean_nuts()

    def _clean_prefecture(self):
        if not re.fullmatch(r"\d{2}", self.code or "") or not 1 <= int(self.code) <= 47:
            raise ValidationError(
                {
                    "code": _(
                        "Japanese prefecture codes (JIS X 0401) run from 01 to 47; "
                        "'%(code)s' is not one."
                    )
                    % {"code": self.code}
                }
            )
        if self.country != "JP":
            raise ValidationError({"country": _("A prefecture's country is JP.")})
        if self.level is not None:
            raise ValidationError({"level": _("Prefectures have no NUTS level; leave it empty.")})

    def _clean_nuts(self):
        row = nuts_2024().get(self.code)
        if row is None:
            raise ValidationError(
                {"code": _("'%(code)s' is not a NUTS 2024 code.") % {"code": self.code}}
            )
        if self.country != row["country"]:
            raise ValidationError(
                {
                    "country": _("NUTS region %(code)s is in %(country)s.")
                    % {"code": self.code, "country": row["country"]}
                }
            )
        if self.level != int(row["level"]):
            raise ValidationError(
                {
                    "level": _("NUTS region %(code)s is at level %(level)s.")
                    % {"code": self.code, "level": row["level"]}
                }
            )


@register_setting(icon="site", name="helpdesk-settings")
class HelpdeskSettings(BaseGenericSetting):
    """Contact details and social accounts shown on every page and in the API."""

    contact_email = models.EmailField(
        verbose_name=_("contact email"),
        default="ejrc@eu-japan.eu",
        help_text=_("The helpdesk's shared contact mailbox."),
    )
    website_url = models.URLField(
        verbose_name=_("website URL"),
        blank=True,
        help_text=_("The public helpdesk website, e.g. https://www.ejrc-helpdesk.eu/."),
    )
    x_handle = models.CharField(
        verbose_name=_("X handle"),
        max_length=50,
        blank=True,
        help_text=_("X (Twitter) account without the @, e.g. EJRCHelpdesk."),
    )
    linkedin_url = models.URLField(
        verbose_name=_("LinkedIn URL"), blank=True, help_text=_("LinkedIn page URL.")
    )
    youtube_url = models.URLField(
        verbose_name=_("YouTube URL"), blank=True, help_text=_("YouTube channel URL (recordings).")
    )

    panels = [
        FieldPanel("contact_email"),
        FieldPanel("website_url"),
        MultiFieldPanel(
            [FieldPanel("x_handle"), FieldPanel("linkedin_url"), FieldPanel("youtube_url")],
            heading=_("Social accounts"),
        ),
    ]

    class Meta:
        verbose_name = _("helpdesk settings")
        verbose_name_plural = _("helpdesk settings")

    def clean(self):
        super().clean()
        if self.x_handle.startswith("@"):
            self.x_handle = self.x_handle[1:]
        if self.x_handle and not re.fullmatch(r"[A-Za-z0-9_]{1,15}", self.x_handle):
            raise ValidationError(
                {"x_handle": _("An X handle has 1-15 letters, digits or underscores.")}
            )


def in_sector(model, slug):
    """A filter for the pages of the model in the sector with this slug.

    Slugs are synchronised across languages and relations point to default-language sectors,
    so one slug selects the same pages in every language. A subquery on the link table keeps
    the pages unduplicated.
    """
    field = model._meta.get_field("sectors")
    links = field.remote_field.through.objects.filter(sector__slug=slug)
    return Q(pk__in=links.values(f"{field.m2m_field_name()}_id"))
