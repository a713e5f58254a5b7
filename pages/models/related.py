"""What a detail page links to beyond its own fields: a partner's activity, a webinar's kin.

Relations may point to the source-language page a translation was copied with, so they are
followed through translation keys, and only what the visibility rule allows is shown, in the
page's own language.
"""

from django.db.models import Q
from django.utils import translation

from wagtail.models import Page

from pages.visibility import public_pages

# The package, not its modules: webinars and partners import this module.
from . import NewsPage, PartnershipPage, WebinarEUPartner, WebinarJPPartner, WebinarPage

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


def with_partner_pairs(webinars, language=None):
    """The webinars, each with `partner_pairs`: its public partners' titles, Europe then Japan.

    Three queries for any number of webinars: each side's links, then the titles of the
    partners' public translations in the language (the active one by default).
    """
    webinars = list(webinars)
    ids = [webinar.pk for webinar in webinars]
    keys_by_side = []
    for link_model in (WebinarEUPartner, WebinarJPPartner):
        keys = {}
        links = link_model.objects.filter(page_id__in=ids).order_by("sort_order", "pk")
        for page_id, key in links.values_list("page_id", "partner__translation_key"):
            keys.setdefault(page_id, []).append(key)
        keys_by_side.append(keys)
    wanted = {key for keys in keys_by_side for page_keys in keys.values() for key in page_keys}
    titles = dict(
        public_pages()
        .filter(
            translation_key__in=wanted,
            locale__language_code=language or translation.get_language(),
        )
        .values_list("translation_key", "title")
    )
    for webinar in webinars:
        webinar.partner_pairs = [
            [titles[key] for key in keys.get(webinar.pk, ()) if key in titles]
            for keys in keys_by_side
        ]
    return webinars
