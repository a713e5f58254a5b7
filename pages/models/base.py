"""Shared page plumbing: the abstract section index and synchronised sector links."""

from django.conf import settings
from django.db.models import Min, Q
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..admin_forms import PageForm
from .listing import ListingFilterForm, paginate


def sectors_field(help_text):
    """A page's sectors, chosen on the source page and synchronised to its translations.

    The relation always points to the sectors of the default language; pages and the API show
    each sector's translation by its translation key.
    """
    return ParentalManyToManyField(
        "pages.Sector",
        verbose_name=_("sectors"),
        blank=True,
        related_name="+",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=help_text,
    )


# The largest value of Page.id's column: a larger number in a query is refused by the database.
MAX_PAGE_ID = 2**31 - 1

# wagtail-localize skips many-to-many fields unless a model declares them; sectors are
# relations, so they are synchronised from the source page like every other relation.
SYNCHRONISED_SECTORS = SynchronizedField("sectors")

# A page's slug is the same in every language (`/en/news/x/`, `/ja/news/x/`): offered as a
# string to translate, it was the one segment left untranslated, so finished translations
# were reported out of date.
SYNCHRONISED_SLUG = SynchronizedField("slug")


class HeadlessPreviewMixin:
    """Preview opens the draft through a preview token, in the configured front-end if any."""

    preview_modes = [("", _("Front-end"))]
    # Every page type has this mixin, so its admin form is set here once.
    base_form_class = PageForm

    def serve_preview(self, request, mode_name):
        from previews.tokens import issue_preview_token, preview_url

        token = issue_preview_token(self, request.user)
        return redirect(preview_url(self, token, request))


class DerivedStatusMixin:
    """A status derived from the clock (each model defines Status and status_at)."""

    # (field, offset): the status changes at each live page's field value plus the offset.
    status_boundaries = ()

    @classmethod
    def next_status_change(cls, now):
        """The first moment after now at which a live page of the model changes status."""
        if not cls.status_boundaries:
            return None
        aggregates = {
            name: Min(name, filter=Q(**{f"{name}__gt": now - offset}))
            for name, offset in cls.status_boundaries
        }
        found = cls.objects.filter(live=True).aggregate(**aggregates)
        moments = [found[name] + offset for name, offset in cls.status_boundaries if found[name]]
        return min(moments, default=None)

    @classmethod
    def changed_by_clock(cls, since, until):
        """The live pages of the model whose status changes after since, up to until."""
        crossed = Q()
        for name, offset in cls.status_boundaries:
            crossed |= Q(**{f"{name}__gt": since - offset, f"{name}__lte": until - offset})
        if not cls.status_boundaries:
            return cls.objects.none()
        return cls.objects.filter(crossed, live=True)

    @property
    def status(self):
        """The status now."""
        return self.status_at(timezone.now())

    @property
    def status_label(self):
        """The status now, as visitors read it."""
        return self.Status(self.status).label


class SectionIndexPage(HeadlessPreviewMixin, Page):
    """Abstract index of one section of the site (news, webinars, ...)."""

    intro = RichTextField(
        verbose_name=_("intro"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short introduction shown above the list."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    override_translatable_fields = [SYNCHRONISED_SLUG]

    parent_page_types = ["pages.HomePage"]
    max_count_per_parent = 1
    # The page type the index lists and the order it lists it in; set on each concrete index.
    listed_model = None
    listing_order = ("-first_published_at",)
    # Relations the cards show (images, logos), joined so that a list costs one query.
    listing_joins = ()
    # What the list's count says it counts ("22 partners", 「22件のパートナー」): each concrete
    # index names its own, with ngettext_lazy(singular, plural, "count").
    listing_count = None

    class Meta:
        abstract = True

    # Filters offered on the index (see pages.models.listing.ListingFilterForm).
    listing_filters = ()

    def prepare_cards(self, items):
        """The listed pages as their cards show them: an index whose cards need more adds it."""
        return items

    def get_context(self, request, *args, **kwargs):
        from pages.visibility import public_pages

        context = super().get_context(request, *args, **kwargs)
        items = (
            public_pages(self.listed_model)
            .child_of(self)
            .select_related(*self.listing_joins)
            .order_by(*self.listing_order)
        )
        form = ListingFilterForm(
            request.GET,
            model=self.listed_model,
            fields=self.listing_filters,
            locale=self.locale,
            items=items,
        )
        context["filter_form"] = form
        context["items"] = paginate(form.apply(items, self.listed_model), request.GET.get("page"))
        context["items"].object_list = self.prepare_cards(context["items"].object_list)
        context["count_text"] = self.listing_count % {"count": context["items"].paginator.count}
        return context
