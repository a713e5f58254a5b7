"""Load the demo content: create what is missing, leave what exists untouched."""

import datetime
import secrets
from collections import Counter
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from pages import models
from pages.models.base import SectionIndexPage
from pages.translation import translate_instance

from . import content, japanese
from .images import banner, get_or_create_image, initials, logo_card

BRUSSELS = ZoneInfo("Europe/Brussels")


def at_brussels(day, time):
    """An aware datetime for a Brussels wall-clock time."""
    return datetime.datetime.combine(day, time, BRUSSELS)


class DemoLoader:
    """Creates the demo content in English, then its Japanese translation."""

    def __init__(self):
        self.created = Counter()
        self.present = Counter()
        # Changes to what Wagtail set up itself, reported separately from the counts.
        self.changes = []
        self.strings = japanese.strings()
        # What the load created or found, in its order: a snippet or page comes after what it
        # relates to, so translating in this order finds every parent and relation translated.
        self.snippets = []
        self.pages = []

    def _count(self, label, created):
        (self.created if created else self.present)[label] += 1

    @transaction.atomic
    def run(self):
        """Load everything; return the counters (created, already present) and other changes."""
        self.en, _ = Locale.objects.get_or_create(language_code="en")
        self.ja, created = Locale.objects.get_or_create(language_code="ja")
        self._count("locales", created)
        self.load_settings()
        self.load_users()
        self.load_snippets()
        self.load_tree()
        self.load_partners()
        self.load_webinars()
        self.load_partnerships()
        self.load_call()
        self.load_events()
        self.load_news()
        self.load_information_pages()
        self.translate_all()
        return self.created, self.present, self.changes

    # Settings and snippets

    def load_settings(self):
        created = not models.HelpdeskSettings.objects.exists()
        helpdesk = models.HelpdeskSettings.load()
        # Only blank values are filled in, so an editor's own settings survive a reload.
        missing = {
            field: value
            for field, value in content.HELPDESK_SETTINGS.items()
            if getattr(helpdesk, field) != value and (created or not getattr(helpdesk, field))
        }
        if missing:
            for field, value in missing.items():
                setattr(helpdesk, field, value)
            helpdesk.save()
        self._count("settings", created or bool(missing))

    def load_users(self):
        """An account per editorial role; a new one's password is printed once, like the admin's."""
        User = get_user_model()
        for username, group_name, language, first_name, last_name in content.DEMO_USERS:
            user = User.objects.filter(username=username).first()
            if user is not None:
                # Accounts of earlier loads had no names: the account form refused to save.
                if not (user.first_name or user.last_name):
                    user.first_name, user.last_name = first_name, last_name
                    user.save(update_fields=["first_name", "last_name"])
                self._count("users", False)
                continue
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(
                username,
                f"{username}@localhost",
                password,
                first_name=first_name,
                last_name=last_name,
            )
            user.groups.add(Group.objects.get(name=group_name))
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
            self._count("users", True)
            self.changes.append(
                f"Log in as '{username}' ({group_name}) with password '{password}'."
            )

    def load_snippets(self):
        self.sectors = {}
        for slug, name, ecosystem, description in content.SECTORS:
            sector, created = models.Sector.objects.get_or_create(
                locale=self.en,
                slug=slug,
                defaults={"name": name, "ecosystem": ecosystem, "description": description},
            )
            self.sectors[slug] = sector
            self.snippets.append(sector)
            self._count("sectors", created)

        self.series, created = models.WebinarSeries.objects.get_or_create(
            locale=self.en,
            slug=content.SERIES["slug"],
            defaults={
                "name": content.SERIES["name"],
                "description": content.SERIES["description"],
            },
        )
        self.snippets.append(self.series)
        self._count("webinar series", created)

        self.offices = []
        for data in content.OFFICES:
            office, created = models.Office.objects.get_or_create(
                locale=self.en,
                name=data["name"],
                defaults={key: value for key, value in data.items() if key != "name"},
            )
            self.offices.append(office)
            self.snippets.append(office)
            self._count("offices", created)

    # Pages

    def _child(self, parent, model, slug, build):
        """The child page of that slug, or a new published one built by `build()`."""
        label = "section indexes" if issubclass(model, SectionIndexPage) else None
        label = label or str(model._meta.verbose_name_plural)
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            self._count(label, False)
            page = existing.specific
        else:
            page = build()
            page.slug = slug
            parent.add_child(instance=page)
            page.save_revision().publish()
            page.refresh_from_db()
            self._count(label, True)
        self.pages.append(page)
        return page

    def load_tree(self):
        root = Page.get_first_root_node()
        self.home = self._child(
            root,
            models.HomePage,
            content.HOME["slug"],
            lambda: models.HomePage(
                title=content.HOME["title"],
                tagline=content.HOME["tagline"],
                intro=content.HOME["intro"],
                locale=self.en,
            ),
        )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                site_name=content.SITE_NAME,
                root_page=self.home,
                is_default_site=True,
            )
            self.changes.append("Created the default site, serving the English home page.")
        elif site.root_page_id != self.home.pk:
            site.root_page = self.home
            site.save()
            self.changes.append("The default site now serves the English home page.")
        if site is not None and not site.site_name:
            site.site_name = content.SITE_NAME
            site.save(update_fields=["site_name"])
        self._remove_welcome_page(root)

        self.indexes = {}
        for model_name, slug, title, intro in content.INDEXES:
            model = getattr(models, model_name)
            self.indexes[model_name] = self._child(
                self.home,
                model,
                slug,
                lambda model=model, title=title, intro=intro: model(
                    title=title, intro=intro, locale=self.en
                ),
            )

    def _remove_welcome_page(self, root):
        """Delete Wagtail's placeholder 'Welcome' page once nothing points at it."""
        plain_page = ContentType.objects.get_for_model(Page)
        placeholders = root.get_children().filter(content_type=plain_page, slug="home", numchild=0)
        for page in placeholders:
            if not Site.objects.filter(root_page=page).exists():
                page.delete()
                self.changes.append("Deleted Wagtail's placeholder 'Welcome' page.")

    def load_partners(self):
        self.partners = {}
        index = self.indexes["PartnerIndexPage"]
        for data in content.PARTNERS:
            label = data["acronym"] or initials(data["title"])
            logo, created = get_or_create_image(
                title=f"Partner card: {data['title']}",
                description=f"{data['title']}: card with the letters {label}",
                description_ja=japanese.logo_alt(data["title"], label),
                draw=lambda label=label, key=data["key"]: logo_card(label, key),
                filename=f"partner-{data['key']}.png",
            )
            self._count("images", created)
            self.partners[data["key"]] = self._child(
                index,
                models.PartnerPage,
                data["key"],
                lambda data=data, logo=logo: self._build_partner(data, logo),
            )

    def _build_partner(self, data, logo):
        page = models.PartnerPage(
            title=data["title"],
            official_name=data["official_name"],
            acronym=data["acronym"],
            name_reading=japanese.PARTNER_READINGS.get(data["title"], ""),
            kind=data["kind"],
            country=data["country"],
            region_id=data["region"] or None,
            city=data["city"],
            website=data["website"],
            description=data["description"],
            logo=logo,
            locale=self.en,
        )
        page.sectors = [self.sectors[slug] for slug in data["sectors"]]
        return page

    def load_webinars(self):
        self.webinars = {}
        index = self.indexes["WebinarIndexPage"]
        for data in content.WEBINARS:
            self.webinars[data["slug"]] = self._child(
                index,
                models.WebinarPage,
                data["slug"],
                lambda data=data: self._build_webinar(data),
            )

    def load_partnerships(self):
        self.partnerships = {}
        index = self.indexes["PartnershipIndexPage"]
        webinars = {data["slug"]: data for data in content.WEBINARS}
        for data in content.PARTNERSHIPS:
            webinar = webinars[data["webinar"]]
            self.partnerships[data["webinar"]] = self._child(
                index,
                models.PartnershipPage,
                data["webinar"],
                lambda data=data, webinar=webinar: self._build_partnership(data, webinar),
            )

    def _build_partnership(self, data, webinar):
        eu = [self.partners[key] for key in webinar["eu"]]
        jp = [self.partners[key] for key in webinar["jp"]]
        page = models.PartnershipPage(
            title=content.partnership_title(
                [partner.title for partner in jp], [partner.title for partner in eu]
            ),
            summary=webinar["summary"],
            since=data["since"],
            outcomes=f"<p>{data['outcomes']}</p>",
            locale=self.en,
        )
        page.sectors = [self.sectors[slug] for slug in webinar["sectors"]]
        page.eu_partner_links = [models.PartnershipEUPartner(partner=partner) for partner in eu]
        page.jp_partner_links = [models.PartnershipJPPartner(partner=partner) for partner in jp]
        page.webinar_links = [models.PartnershipWebinar(webinar=self.webinars[data["webinar"]])]
        return page

    def _build_webinar(self, data):
        start = at_brussels(data["date"], content.WEBINAR_START_HOUR)
        programme = self._programme(data)
        last_slot_end = programme[-1][1]["end_time"]
        duration = datetime.datetime.combine(data["date"], last_slot_end) - start.replace(
            tzinfo=None
        )
        page = models.WebinarPage(
            title=data["title"],
            series=self.series,
            summary=data["summary"],
            start=start,
            duration_minutes=int(duration.total_seconds() // 60),
            format=models.EventFormat.ONLINE,
            venue="Zoom",
            interpretation=models.WebinarPage.Interpretation.EN_JA,
            programme=programme,
            locale=self.en,
        )
        page.sectors = [self.sectors[slug] for slug in data["sectors"]]
        page.eu_partner_links = [
            models.WebinarEUPartner(partner=self.partners[key]) for key in data["eu"]
        ]
        page.jp_partner_links = [
            models.WebinarJPPartner(partner=self.partners[key]) for key in data["jp"]
        ]
        return page

    def _programme(self, data):
        """Welcome, one slot per partner (EU side first), then questions, from 9:00 CET."""
        welcome, questions = content.PROGRAMME_WELCOME, content.PROGRAMME_QUESTIONS
        start = datetime.datetime.combine(data["date"], content.WEBINAR_START_HOUR)
        items = []

        def slot(minutes, title, description, speakers):
            nonlocal start
            end = start + datetime.timedelta(minutes=minutes)
            items.append(self._slot(start.time(), end.time(), title, description, speakers))
            start = end

        slot(
            10,
            welcome["title"],
            welcome["description"],
            [{"name": welcome["speaker"], "organisation": welcome["organisation"]}],
        )
        for key in [*data["eu"], *data["jp"]]:
            title = self.partners[key].title
            slot(
                20,
                content.presentation_title(title),
                "",
                [{"name": content.representative(title), "organisation": title}],
            )
        slot(30, questions["title"], questions["description"], [])
        return items

    @staticmethod
    def _slot(start, end, title, description, speakers):
        return (
            "item",
            {
                "start_time": start,
                "end_time": end,
                "title": title,
                "description": description,
                "speakers": [{"role": "", **speaker} for speaker in speakers],
            },
        )

    def load_call(self):
        data = content.CALL
        fields = {
            key: value for key, value in data.items() if key not in {"slug", "timeline", "body"}
        }
        self.call = self._child(
            self.indexes["CallIndexPage"],
            models.CallPage,
            data["slug"],
            lambda: models.CallPage(
                **fields,
                body=data["body"],
                timeline=[
                    ("milestone", {"date": day, "label": label}) for day, label in data["timeline"]
                ],
                locale=self.en,
            ),
        )

    def load_events(self):
        self.events = {}
        for data in content.EVENTS:
            self.events[data["slug"]] = self._child(
                self.indexes["EventIndexPage"],
                models.EventPage,
                data["slug"],
                lambda data=data: self._build_event(data),
            )

    def _build_event(self, data):
        page = models.EventPage(
            title=data["title"],
            summary=data["summary"],
            start=at_brussels(*data["start"]),
            end=at_brussels(*data["end"]),
            format=data["format"],
            venue=data["venue"],
            body=data["body"],
            days=[
                (
                    "day",
                    {
                        "date": day["date"],
                        "title": day["title"],
                        "summary": day["summary"],
                        "programme": [
                            {"description": "", "speakers": [], **slot} for slot in day["programme"]
                        ],
                    },
                )
                for day in data["days"]
            ],
            participants_count=data["participants_count"],
            meetings_count=data["meetings_count"],
            locale=self.en,
        )
        page.sectors = [self.sectors[slug] for slug in data["sectors"]]
        return page

    def load_news(self):
        self.news = {}
        for data in content.NEWS:
            image, created = get_or_create_image(
                title=f"News banner: {data['slug']}",
                description=f"Banner reading '{data['banner']}'",
                description_ja=japanese.banner_alt(data["banner"]),
                draw=lambda data=data: banner(data["banner"], data["slug"]),
                filename=f"news-{data['slug']}.png",
            )
            self._count("images", created)
            self.news[data["slug"]] = self._child(
                self.indexes["NewsIndexPage"],
                models.NewsPage,
                data["slug"],
                lambda data=data, image=image: self._build_news(data, image),
            )

    def _build_news(self, data, image):
        related = {
            "partner": self.partners,
            "webinar": self.webinars,
            "call": {content.CALL["slug"]: self.call},
            "event": self.events,
        }
        page = models.NewsPage(
            title=data["title"],
            date=data["date"],
            summary=data["summary"],
            body=data["body"],
            image=image,
            locale=self.en,
        )
        page.sectors = [self.sectors[slug] for slug in data["sectors"]]
        page.related_links = [
            models.NewsRelatedPage(page=related[kind][key]) for kind, key in data["related"]
        ]
        return page

    def load_information_pages(self):
        self.information = {}
        for data in content.INFORMATION_PAGES:
            self.information[data["slug"]] = self._child(
                self.home,
                models.InformationPage,
                data["slug"],
                lambda data=data: models.InformationPage(
                    title=data["title"],
                    summary=data["summary"],
                    body=[("paragraph", f"<p>{text}</p>") for text in data["paragraphs"]],
                    show_in_menus=data["show_in_menus"],
                    show_offices=data["show_offices"],
                    locale=self.en,
                ),
            )

    # Japanese

    def translate_all(self):
        """Snippets first, then the pages in the order they were loaded."""
        for instance in [*self.snippets, *self.pages]:
            _, created = translate_instance(instance, self.ja, self.strings)
            self._count("Japanese translations", created)
