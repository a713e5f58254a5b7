"""Calls for expression of interest, such as the cluster managers' mobility programme."""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy, pgettext, pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock, DocumentsBlock, TimelineBlock
from ..timezones import TIME_ZONE_CHOICES
from .base import SYNCHRONISED_SLUG, DerivedStatusMixin, HeadlessPreviewMixin, SectionIndexPage
from .partners import COUNTRY_CHOICES

PROSE_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class CountryListField(models.JSONField):
    """A list of country codes, edited as boxes to tick."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=COUNTRY_CHOICES,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )


# Currencies as a sentence names them: "EUR 700 per week", "週700ユーロ".
CURRENCY_NAMES = {"EUR": pgettext_lazy("currency", "EUR"), "JPY": pgettext_lazy("currency", "JPY")}


class CallPage(HeadlessPreviewMixin, DerivedStatusMixin, Page):
    """A call for expression of interest with its deadline, eligibility and grant."""

    class Status(models.TextChoices):
        UPCOMING = "upcoming", _("Not open yet")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    class GrantPeriod(models.TextChoices):
        WEEK = "week", _("per week")
        MONTH = "month", _("per month")
        TOTAL = "total", _("in total")

    class Currency(models.TextChoices):
        EUR = "EUR", "EUR"
        JPY = "JPY", "JPY"

    summary = models.TextField(
        verbose_name=_("summary"), help_text=_("Two or three sentences shown in lists and embeds.")
    )
    time_zone = models.CharField(
        verbose_name=_("time zone"),
        max_length=40,
        choices=TIME_ZONE_CHOICES,
        default="Europe/Brussels",
        help_text=_("The time zone the opening date and the deadline are announced in."),
    )
    opening_date = models.DateField(
        verbose_name=_("opening date"), help_text=_("The call opens at 00:00 on this day.")
    )
    deadline_date = models.DateField(
        verbose_name=_("deadline date"), help_text=_("Last day to apply.")
    )
    deadline_time = models.TimeField(
        verbose_name=_("deadline time"),
        default=datetime.time(23, 59),
        help_text=_("Applications are accepted up to and including this minute of the last day."),
    )
    # Instants derived from the dates above in the call's time zone; stored for filtering.
    opens_at = models.DateTimeField(verbose_name=_("opens at"), editable=False)
    deadline = models.DateTimeField(verbose_name=_("deadline"), editable=False, db_index=True)

    body = StreamField(
        BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("Context and objectives.")
    )
    target_audience = RichTextField(
        verbose_name=_("target audience"),
        features=PROSE_FEATURES,
        help_text=_("Who the call is for."),
    )
    eligibility = RichTextField(
        verbose_name=_("eligibility"),
        features=PROSE_FEATURES,
        help_text=_("Conditions an applicant must meet."),
    )
    selection_criteria = RichTextField(
        verbose_name=_("selection criteria"),
        blank=True,
        features=PROSE_FEATURES,
        help_text=_("How applications are ranked."),
    )
    places = models.PositiveSmallIntegerField(
        verbose_name=_("places"),
        null=True,
        blank=True,
        help_text=_("How many applicants are selected, if limited."),
    )
    max_per_organisation = models.PositiveSmallIntegerField(
        verbose_name=_("maximum per organisation"),
        null=True,
        blank=True,
        help_text=_("At most this many people from one organisation."),
    )
    grant_amount = models.DecimalField(
        verbose_name=_("grant amount"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Expenses covered per selected applicant, e.g. 700."),
    )
    grant_currency = models.CharField(
        verbose_name=_("grant currency"),
        max_length=3,
        choices=Currency.choices,
        default=Currency.EUR,
        help_text=_("Currency."),
    )
    grant_period = models.CharField(
        verbose_name=_("grant period"),
        max_length=5,
        choices=GrantPeriod.choices,
        default=GrantPeriod.WEEK,
        help_text=_("What the amount covers."),
    )
    max_duration_weeks = models.PositiveSmallIntegerField(
        verbose_name=_("maximum duration in weeks"),
        null=True,
        blank=True,
        help_text=_("Longest stay or project, in weeks."),
    )
    application_email = models.EmailField(
        verbose_name=_("application email"),
        blank=True,
        help_text=_("Where applications are sent (an address or a URL is needed)."),
    )
    application_url = models.URLField(
        verbose_name=_("application URL"), blank=True, help_text=_("Online application form.")
    )
    requires_eccp_profile = models.BooleanField(
        verbose_name=_("requires an ECCP profile"),
        default=False,
        help_text=_(
            "Applicants must link their profile on the European Cluster Collaboration Platform."
        ),
    )
    accepts_applications = models.BooleanField(
        verbose_name=_("accepts online applications"),
        default=False,
        help_text=_(
            "Visitors apply with the site's form (at the call's address + apply/) while the "
            "call is open."
        ),
    )
    eligible_countries = CountryListField(
        verbose_name=_("eligible countries"),
        default=list,
        blank=True,
        help_text=_("Countries whose organisations may apply; none ticked: every country."),
    )
    motivation_max_length = models.PositiveIntegerField(
        verbose_name=_("longest motivation"),
        default=3000,
        help_text=_("The most characters an applicant may write in the motivation."),
    )
    application_retention_days = models.PositiveSmallIntegerField(
        verbose_name=_("days applications are kept"),
        default=365,
        help_text=_(
            "Days after the deadline when the call's applications and their files are deleted."
        ),
    )
    requirements = RichTextField(
        verbose_name=_("requirements"),
        blank=True,
        features=PROSE_FEATURES,
        help_text=_("Other documents or conditions to apply."),
    )
    timeline = StreamField(
        TimelineBlock(),
        verbose_name=_("timeline"),
        blank=True,
        help_text=_("Milestones after the deadline."),
    )
    documents = StreamField(
        DocumentsBlock(),
        verbose_name=_("documents"),
        blank=True,
        help_text=_("Call text, application form and annexes."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldPanel("opening_date"),
                FieldRowPanel([FieldPanel("deadline_date"), FieldPanel("deadline_time")]),
            ],
            heading=_("Dates"),
        ),
        FieldPanel("body"),
        FieldPanel("target_audience"),
        FieldPanel("eligibility"),
        FieldPanel("selection_criteria"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("places"), FieldPanel("max_per_organisation")]),
                FieldRowPanel(
                    [
                        FieldPanel("grant_amount"),
                        FieldPanel("grant_currency"),
                        FieldPanel("grant_period"),
                    ]
                ),
                FieldPanel("max_duration_weeks"),
            ],
            heading=_("Places and grant"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("application_email"), FieldPanel("application_url")]),
                FieldPanel("requires_eccp_profile"),
                FieldPanel("requirements"),
            ],
            heading=_("How to apply"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("accepts_applications"),
                FieldPanel("eligible_countries"),
                FieldRowPanel(
                    [
                        FieldPanel("motivation_max_length"),
                        FieldPanel("application_retention_days"),
                    ]
                ),
            ],
            heading=_("Online applications"),
        ),
        FieldPanel("timeline"),
        FieldPanel("documents"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("target_audience"),
        index.SearchField("eligibility"),
        index.SearchField("selection_criteria"),
        index.SearchField("requirements"),
        index.SearchField("timeline"),
        index.SearchField("documents"),
        index.FilterField("deadline"),
    ]

    override_translatable_fields = [SYNCHRONISED_SLUG]

    parent_page_types = ["pages.CallIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("call for expression of interest")
        verbose_name_plural = _("calls for expression of interest")

    # The deadline names a minute, and that whole minute is still open.
    GRACE = datetime.timedelta(minutes=1)
    status_boundaries = (("opens_at", datetime.timedelta(0)), ("deadline", GRACE))

    def compute_instants(self):
        """Derive the opening and deadline instants from the local dates and the time zone."""
        zone = ZoneInfo(self.time_zone)
        if self.opening_date:
            self.opens_at = datetime.datetime.combine(self.opening_date, datetime.time(0, 0), zone)
        if self.deadline_date and self.deadline_time is not None:
            self.deadline = datetime.datetime.combine(self.deadline_date, self.deadline_time, zone)

    @classmethod
    def status_filter(cls, status, moment):
        """A filter selecting the calls that have the status at the moment."""
        return {
            cls.Status.UPCOMING: models.Q(opens_at__gt=moment),
            cls.Status.OPEN: models.Q(opens_at__lte=moment, deadline__gt=moment - cls.GRACE),
            cls.Status.CLOSED: models.Q(deadline__lte=moment - cls.GRACE),
        }[status]

    @classmethod
    def next_status_change(cls, now):
        """Also the next midnight, in each call's time zone, that changes its days left."""
        moments = [super().next_status_change(now)]
        zones = (
            cls.objects.filter(live=True, deadline__gt=now - cls.GRACE)
            .values_list("time_zone", flat=True)
            .distinct()
        )
        for zone in zones:
            local = now.astimezone(ZoneInfo(zone))
            tomorrow = local.date() + datetime.timedelta(days=1)
            moments.append(datetime.datetime.combine(tomorrow, datetime.time(0, 0), local.tzinfo))
        return min((moment for moment in moments if moment), default=None)

    @classmethod
    def changed_by_clock(cls, since, until):
        """Also the calls whose days left change at a midnight of their time zone."""
        changed = super().changed_by_clock(since, until)
        still_open = cls.objects.filter(live=True, deadline__gt=since - cls.GRACE)
        for zone in still_open.values_list("time_zone", flat=True).distinct():
            local = since.astimezone(ZoneInfo(zone))
            midnight = datetime.datetime.combine(
                local.date() + datetime.timedelta(days=1), datetime.time(0, 0), local.tzinfo
            )
            if midnight <= until:
                changed = changed | still_open.filter(time_zone=zone)
        return changed.distinct()

    @property
    def closes_at(self):
        """The first instant applications are refused: the end of the deadline minute."""
        return self.deadline + self.GRACE

    def status_at(self, moment):
        """Not open before the opening, open up to and including the deadline minute."""
        if moment < self.opens_at:
            return self.Status.UPCOMING
        if moment < self.closes_at:
            return self.Status.OPEN
        return self.Status.CLOSED

    @property
    def local_deadline(self):
        """The deadline as read in the call's own time zone."""
        return self.deadline.astimezone(ZoneInfo(self.time_zone))

    def days_left_at(self, moment):
        """Whole days from the moment to the deadline (0 on the last day); None once closed."""
        if moment >= self.closes_at:
            return None
        return (
            self.local_deadline.date() - moment.astimezone(ZoneInfo(self.time_zone)).date()
        ).days

    @property
    def days_left(self):
        """Whole days left to apply, counted in the call's time zone; None once closed."""
        return self.days_left_at(timezone.now())

    @property
    def places_text(self):
        """The places as readers count them: '10 (at most 1 per organisation)'; in Japanese, '10名'."""
        places = pgettext("number of people", "%(count)s") % {"count": self.places}
        if not self.max_per_organisation:
            return places
        return ngettext(
            "%(places)s (at most %(count)s per organisation)",
            "%(places)s (at most %(count)s per organisation)",
            self.max_per_organisation,
        ) % {"places": places, "count": self.max_per_organisation}

    @property
    def grant_text(self):
        """The grant as readers read it: 'EUR 700 per week', '週700ユーロ'."""
        texts = {
            self.GrantPeriod.WEEK: _("%(currency)s %(amount)s per week"),
            self.GrantPeriod.MONTH: _("%(currency)s %(amount)s per month"),
            self.GrantPeriod.TOTAL: _("%(currency)s %(amount)s in total"),
        }
        return texts[self.grant_period] % {
            "currency": CURRENCY_NAMES[self.grant_currency],
            "amount": floatformat(self.grant_amount, "-2"),
        }

    def clean(self):
        super().clean()
        # Without a known time zone or a deadline time there are no instants to compare; the
        # field validation reports those errors.
        known_zone = self.time_zone in dict(TIME_ZONE_CHOICES)
        if known_zone:
            self.compute_instants()
        errors = {}
        has_instants = (
            known_zone
            and self.opening_date
            and self.deadline_date
            and self.deadline_time is not None
        )
        if has_instants and self.deadline < self.opens_at:
            errors["deadline_date"] = _("The deadline cannot be before the opening date.")
        if self.grant_amount is not None and self.grant_amount < Decimal(0):
            errors["grant_amount"] = _("The grant cannot be negative.")
        if self.places is not None and self.places < 1:
            errors["places"] = _("A call offers at least one place; leave empty if unlimited.")
        if (
            self.places is not None
            and self.max_per_organisation is not None
            and self.max_per_organisation > self.places
        ):
            errors["max_per_organisation"] = _("Cannot exceed the number of places.")
        if self.max_duration_weeks is not None and self.max_duration_weeks < 1:
            errors["max_duration_weeks"] = _("Give at least one week, or leave empty.")
        if not self.application_email and not self.application_url:
            errors["application_email"] = _("Say how to apply: an e-mail address or a URL.")
        if self.accepts_applications and not self.application_email:
            errors["application_email"] = _(
                "Online applications are notified to this address: give one."
            )
        unknown = set(self.eligible_countries or ()) - {code for code, _name in COUNTRY_CHOICES}
        if unknown:
            errors["eligible_countries"] = _("Unknown country codes: %(codes)s.") % {
                "codes": ", ".join(sorted(unknown))
            }
        if self.motivation_max_length < 100:
            errors["motivation_max_length"] = _("Allow at least 100 characters.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.compute_instants()
        super().save(*args, **kwargs)


class CallIndexPage(SectionIndexPage):
    """The list of calls for expression of interest."""

    listing_count = ngettext_lazy("%(count)s call", "%(count)s calls", "count")
    subpage_types = ["pages.CallPage"]
    listed_model = CallPage
    listing_order = ("-deadline",)
    listing_filters = ("status",)

    class Meta:
        verbose_name = _("call index")
        verbose_name_plural = _("call indexes")
