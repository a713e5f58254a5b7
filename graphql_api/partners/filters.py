"""Filters on partner profiles, for the partners list and for the domains that link partners."""

import re

from django.db.models import Q

from graphql_api.common.errors import BadInput
from graphql_api.taxonomy.types import Side
from pages.models import PartnerPage
from pages.models.partners import COUNTRY_CHOICES

COUNTRIES = {code for code, _ in COUNTRY_CHOICES}


def related_to_partner(field, partner_pk):
    """Rows whose `field` points to any language version of the partner page."""
    keys = PartnerPage.objects.filter(pk=partner_pk).values("translation_key")
    return Q(**{f"{field}__translation_key__in": keys})


def partner_filter(side=None, country=None, region=None):
    """Partner profiles on the side, in the country and in the region given, or a clear error."""
    condition = Q()
    if side is not None:
        condition &= Q(country="JP") if side == Side.JP else ~Q(country="JP")
    if country is not None:
        if country.upper() not in COUNTRIES:
            raise BadInput(
                f"country must be the ISO 3166-1 alpha-2 code of a partner country; "
                f"got '{country}'."
            )
        condition &= Q(country=country.upper())
    if region is not None:
        if not re.fullmatch(r"[A-Za-z0-9]{1,5}", region):
            raise BadInput(f"region must be a NUTS or prefecture code; got '{region}'.")
        condition &= Q(region__code__startswith=region.upper())
    return condition
