"""What a detail page links to beyond its own fields: a partner's activity, a webinar's kin.

Relations may point to the source-language page a translation was copied with, so they are
followed through translation keys, and only what the visibility rule allows is shown, in the
page's own language.
"""

from django.db.models import Q

from wagtail.models import Page

from pages.visibility import public_pages

# The package, not its modules: webinars and partners import this module.
from . import NewsPage, PartnershipPage, WebinarPage

SHOWN = 6


def _partnered(model, partner_keys):
    """Translation keys of the model's pages that have one of the partners on either side."""
    return model.objects.filter(
        Q(eu_partner_links__partner__translation_key__in=partner_keys)
        | Q(jp_partner_links__partner__translation_key__in=partner_keys)
    ).values("translation_key")


def partner_activity(partner):
    """The partner's public webinars, partnerships and news in its language, latest first."""
    keys = [partner.translation_key]
    webinars = public_pages(WebinarPage, partner.locale).filter(
        translation_key__in=_partnered(WebinarPage, keys)
    )
    partnerships = public_pages(PartnershipPage, partner.locale).filter(
        translation_key__in=_partnered(PartnershipPage, keys)
    )
    mentioned_in = NewsPage.objects.filter(related_links__page__translation_key__in=keys)
    news = public_pages(NewsPage, partner.locale).filter(
        translation_key__in=mentioned_in.values("translation_key")
    )
    return {
        "webinars": webinars.order_by("-start")[:SHOWN],
        "partnerships": partnerships.order_by("-since", "title")[:SHOWN],
        "news": news.order_by("-date", "-pk")[:SHOWN],
    }


def webinars_with_the_same_partners(webinar):
    """Other public webinars of the language that share a partner with this one, latest first."""
    partner_ids = [link.partner_id for link in webinar.eu_partner_links.all()]
    partner_ids += [link.partner_id for link in webinar.jp_partner_links.all()]
    keys = Page.objects.filter(pk__in=partner_ids).values("translation_key")
    return (
        public_pages(WebinarPage, webinar.locale)
        .filter(translation_key__in=_partnered(WebinarPage, keys))
        .exclude(translation_key=webinar.translation_key)
        .order_by("-start")[:SHOWN]
    )
