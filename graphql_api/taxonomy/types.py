"""Types of the snippets and settings."""

import strawberry
import strawberry_django

from django.utils import translation

from graphql_api.common.enums import LocaleEnum, choices_enum
from graphql_api.common.locales import translate_snippets
from graphql_api.common.pagination import Paginated, page_of_list
from graphql_api.common.scope import attach, batch_of, scope_of
from pages import models

RegionKind = choices_enum(models.Region.Kind, "RegionKind", "Which list a region comes from.")


Side = choices_enum(models.Side, "Side", "Which side of the EU-Japan cooperation.")


def _language(obj):
    return scope_of(obj).locale.language_code


@strawberry_django.type(models.Sector, name="Sector", description="A matchmaking sector.")
class SectorType:
    @strawberry_django.field(description="Identifier of the sector in this language.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self.pk))

    translation_key: strawberry.ID = strawberry_django.field(
        description="The same for every language's version of the sector: links translations."
    )

    name: str = strawberry_django.field(description="Sector name in its language.")
    slug: str = strawberry_django.field(
        description="Stable identifier, the same in every language; used by filters."
    )
    ecosystem: str = strawberry_django.field(
        description="Code of the EU industrial ecosystem the sector belongs to, e.g. 'digital'."
    )
    description: str = strawberry_django.field(description="What the sector covers.")

    @strawberry_django.field(
        description="Name of the industrial ecosystem, in the sector's language (English for "
        "an English sector shown by fallback)."
    )
    def ecosystem_name(self) -> str:
        # The sector's own language, not the request's: one id, one language in every answer.
        with translation.override(scope_of(self).language_of(self)):
            return str(self.get_ecosystem_display())

    @strawberry_django.field(description="Language of this sector's text.")
    def locale(self) -> LocaleEnum:
        return LocaleEnum(scope_of(self).language_of(self))


@strawberry.type(name="SectorList", description="A page of sectors.")
class SectorList(Paginated[SectorType]):
    pass


@strawberry_django.type(models.WebinarSeries, name="WebinarSeries", description="A webinar series.")
class WebinarSeriesType:
    @strawberry_django.field(description="Identifier of the series in this language.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self.pk))

    translation_key: strawberry.ID = strawberry_django.field(
        description="The same for every language's version of the series: links translations."
    )

    name: str = strawberry_django.field(description="Series name in its language.")
    slug: str = strawberry_django.field(
        description="Stable identifier, the same in every language; used by filters."
    )
    description: str = strawberry_django.field(description="What the series is about.")

    @strawberry_django.field(description="Language of this series' text.")
    def locale(self) -> LocaleEnum:
        return LocaleEnum(scope_of(self).language_of(self))


@strawberry.type(name="WebinarSeriesList", description="A page of webinar series.")
class WebinarSeriesList(Paginated[WebinarSeriesType]):
    pass


@strawberry_django.type(
    models.Region,
    name="Region",
    description="A NUTS 2024 region of Europe or a prefecture of Japan (© European Union, "
    "Eurostat, for NUTS).",
)
class RegionType:
    code: str = strawberry_django.field(
        description="NUTS 2024 code (e.g. FI1D) or the two-digit JIS X 0401 prefecture code."
    )
    level: int | None = strawberry_django.field(description="NUTS level 0-3; null for prefectures.")
    country: str = strawberry_django.field(description="NUTS country code (EL for Greece) or JP.")
    name_national: str = strawberry_django.field(
        description="Official name in the national language and script."
    )

    @strawberry_django.field(description="Which list the region comes from.")
    def kind(self) -> RegionKind:
        return RegionKind(self.kind)

    @strawberry_django.field(
        description="Name in the requested language: in Japanese, a prefecture's national "
        "name or a European region's Japanese name (its Latin-script name where none is "
        "recorded); the Latin-script name otherwise."
    )
    def name(self) -> str:
        return self.localized_name(_language(self))

    @strawberry_django.field(description="Name in Latin script.")
    def name_latin(self) -> str:
        return self.name

    @strawberry_django.field(
        description="ISO 3166-2 code of a prefecture (JP-13), else the NUTS code."
    )
    def iso_code(self) -> str:
        return self.iso_code

    @strawberry_django.field(description="ISO 3166-1 country code (GR where NUTS writes EL).")
    def iso_country(self) -> str:
        return self.iso_country

    @strawberry_django.field(
        description="Regional block of a prefecture in the requested language."
    )
    def block(self) -> str | None:
        value = self.block_ja if _language(self) == "ja" else self.block_en
        return value or None


@strawberry.type(name="RegionList", description="A page of regions.")
class RegionList(Paginated[RegionType]):
    pass


@strawberry_django.type(models.Office, name="Office", description="An office of the helpdesk.")
class OfficeType:
    @strawberry_django.field(description="Identifier of the office in this language.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self.pk))

    translation_key: strawberry.ID = strawberry_django.field(
        description="The same for every language's version of the office: links translations."
    )

    name: str = strawberry_django.field(description="Office name in its language.")
    organisation: str = strawberry_django.field(description="Organisation running the office.")
    address: str = strawberry_django.field(description="Postal address, one line per row.")
    city: str = strawberry_django.field(description="City, in the language.")
    country: str = strawberry_django.field(description="ISO 3166-1 country code.")
    email: str = strawberry_django.field(description="Role mailbox of the office.")
    website: str = strawberry_django.field(description="The office's web page, if any.")

    @strawberry_django.field(description="Which side of the helpdesk the office serves.")
    def side(self) -> Side:
        return Side(self.side)

    @strawberry_django.field(description="Language of this office's text.")
    def locale(self) -> LocaleEnum:
        return LocaleEnum(scope_of(self).language_of(self))


@strawberry.type(name="OfficeList", description="A page of offices.")
class OfficeList(Paginated[OfficeType]):
    pass


@strawberry_django.type(
    models.HelpdeskSettings, name="Settings", description="Contact details and social accounts."
)
class SettingsType:
    contact_email: str = strawberry_django.field(description="The helpdesk's contact mailbox.")
    website_url: str = strawberry_django.field(description="The public helpdesk website.")
    x_handle: str = strawberry_django.field(description="X (Twitter) account, without the @.")
    linkedin_url: str = strawberry_django.field(description="LinkedIn page URL.")
    youtube_url: str = strawberry_django.field(description="YouTube channel URL.")


def _sector_links(objects, scope):
    """(page id, sector) pairs of the objects: from the draft's snapshot when previewing."""
    if scope.preview:
        return [(obj.pk, sector) for obj in objects for sector in obj.sectors.all()]
    model = type(objects[0])
    field = model._meta.get_field("sectors")
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    links = field.remote_field.through.objects.filter(
        **{f"{source}_id__in": [obj.pk for obj in objects]}
    ).select_related(target)
    return [(getattr(link, f"{source}_id"), getattr(link, target)) for link in links]


def _load_sectors(objects, scope):
    links = _sector_links(objects, scope)
    translated = translate_snippets(models.Sector, [sector for _, sector in links], scope)
    by_page = {obj.pk: [] for obj in objects}
    for page_id, sector in links:
        if sector.pk in translated:
            by_page[page_id].append(translated[sector.pk])
    attach([sector for sectors in by_page.values() for sector in sectors], scope)
    for sectors in by_page.values():
        sectors.sort(key=lambda sector: (sector.name, sector.pk))
    return by_page


def sectors_of(obj, limit, offset):
    """The sectors of a page in the requested language, one page of them."""
    by_page = batch_of(obj).get("sectors", _load_sectors)
    return page_of_list(by_page.get(obj.pk, []), limit, offset, SectorList)


def _load_series(objects, scope):
    sources = [obj.series for obj in objects if obj.series_id]
    translated = translate_snippets(models.WebinarSeries, sources, scope)
    attach(translated.values(), scope)
    return translated


def series_of(obj):
    """The webinar's series in the requested language."""
    if not obj.series_id:
        return None
    return batch_of(obj).get("series", _load_series).get(obj.series_id)
