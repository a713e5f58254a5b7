"""Filters other domains use to narrow their pages to one partner."""

from django.db.models import Q

from pages.models import PartnerPage


def related_to_partner(field, partner_pk):
    """Rows whose `field` points to any language version of the partner page."""
    keys = PartnerPage.objects.filter(pk=partner_pk).values("translation_key")
    return Q(**{f"{field}__translation_key__in": keys})
