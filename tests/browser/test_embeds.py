# Japanese dates are written with full-width brackets; ruff would flag them.
"""The embeds on a page of another origin: quiet under the partner's policy, one request each."""

import datetime
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from django.utils import timezone

from graphql_api.common.embeds import embeds
from pages.timezones import in_every_display_zone
from tests import factories
from tests.graphql_api.conftest import translate

pytestmark = pytest.mark.django_db(transaction=True)

API_REFERENCE = Path(__file__).resolve().parents[2] / "docs" / "api.md"
DOCUMENTED_ORIGIN = "https://cms.ejrc-helpdesk.eu"


class HostSite:
    """A partner's page, served from its own origin on loopback."""

    def __init__(self, html, policy=None):
        body = html.encode()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                if policy:
                    self.send_header("Content-Security-Policy", policy)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def host_page(live_server, feed):
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Partner site</title>
    <style>body {{ font-family: Georgia, serif; }}</style></head><body><main><h1>Partner site</h1>
    <script src="{live_server.url}/embed/ejrc-feed.js"></script>{feed}</main></body></html>"""


@pytest.fixture
def host(live_server, request):
    sites = []

    def serve(feed):
        site = HostSite(host_page(live_server, feed))
        sites.append(site)
        return site

    yield serve
    for site in sites:
        site.close()


def partner_policy(live_server):
    """The policy docs/api.md asks of a partner's page, which itself runs no inline style."""
    reference = API_REFERENCE.read_text(encoding="utf-8")
    asked = re.search(r"^Content-Security-Policy: (.+)$", reference, re.MULTILINE).group(1)
    policy = asked.replace(DOCUMENTED_ORIGIN, live_server.url)
    return f"{policy}; default-src 'self'; style-src 'self'"


@pytest.fixture
def partner(live_server, settings):
    """Serve a page with the docs' snippet (the script deferred) under the partner's policy."""
    sites = []

    def serve(body):
        html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
        <title>Partner site</title><script src="{live_server.url}/embed/ejrc-feed.js" defer>
        </script></head><body><main><h1>Partner site</h1>{body}</main></body></html>"""
        site = HostSite(html, policy=partner_policy(live_server))
        sites.append(site)
        settings.CORS_ALLOWED_ORIGINS = [site.origin]
        settings.EMBED_FRAME_ANCESTORS = [site.origin]
        return site

    yield serve
    for site in sites:
        site.close()


class Watch:
    """A tab's console errors, policy violations (its frames' too) and GraphQL requests."""

    def __init__(self, page, live_server):
        self.errors = []
        self.violations = []
        self.requests = []
        self.api = f"{live_server.url}/graphql/"
        self.kinds = {embed.document: kind for kind, embed in embeds().items()}
        page.on("console", self.console)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("request", self.request)
        page.expose_binding("reportViolation", lambda source, text: self.violations.append(text))
        # Run in every frame before its own scripts, and not subject to its policy.
        page.add_init_script(
            """document.addEventListener("securitypolicyviolation", (event) => window
            .reportViolation(`${location.origin} ${event.violatedDirective} ${event.blockedURI}`))"""
        )

    def console(self, message):
        if message.type == "error":
            self.errors.append(message.text)

    def request(self, request):
        """Note which embed asked: (kind, locale, limit)."""
        if request.url.startswith(self.api):
            query = parse_qs(urlsplit(request.url).query)
            variables = json.loads(query["variables"][0])
            kind = self.kinds[query["query"][0]]
            self.requests.append((kind, variables["locale"], variables["limit"]))


def test_feed_renders_open_calls_on_another_origin(page, host, site, settings):
    partner = host('<ejrc-feed kind="calls" locale="ja" limit="5"></ejrc-feed>')
    settings.CORS_ALLOWED_ORIGINS = [partner.origin]
    page.goto(partner.origin)
    links = page.locator("ejrc-feed a")
    expect(links).to_have_text(["短期派遣プログラム"])
    assert links.get_attribute("href").endswith("/ja/calls/mobility/")
    expect(page.locator("ejrc-feed .meta")).to_contain_text(f"締切まであと{site.call.days_left}日")
    # The embed inherits the host page's font.
    font = page.evaluate(
        "getComputedStyle(document.querySelector('ejrc-feed').shadowRoot.querySelector('a'))"
        ".fontFamily"
    )
    assert font == "Georgia, serif"


def test_feed_says_so_when_the_api_cannot_be_reached(page, host, site, settings):
    partner = host('<ejrc-feed kind="webinars" api="http://127.0.0.1:9/graphql/"></ejrc-feed>')
    settings.CORS_ALLOWED_ORIGINS = [partner.origin]
    page.goto(partner.origin)
    expect(page.locator("ejrc-feed [role=alert]")).to_have_text(
        "The EU-Japan Regional & Cluster Cooperation Helpdesk cannot be reached right now. "
        "Please try again later."
    )


def test_an_origin_outside_the_allow_list_cannot_read_the_api(page, host, site, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://www.clustercollaboration.eu"]
    partner = host('<ejrc-feed kind="calls" locale="en"></ejrc-feed>')
    page.goto(partner.origin)
    expect(page.locator("ejrc-feed [role=alert]")).to_be_visible()
    expect(page.locator("ejrc-feed a")).to_have_count(0)


def test_iframe_variant_in_a_page_of_another_origin(page, host, site, settings, live_server):
    settings.EMBED_FRAME_ANCESTORS = []
    blocked = host(
        f'<iframe title="Helpdesk" src="{live_server.url}/embed/calls/?locale=ja"></iframe>'
    )
    page.goto(blocked.origin)
    frame = page.frame_locator("iframe")
    expect(frame.locator("a")).to_have_count(0)

    # Another URL than the blocked one, which the browser may have cached with its policy.
    allowed = host(
        f'<iframe title="Calls" src="{live_server.url}/embed/calls/?locale=ja&limit=3"></iframe>'
    )
    settings.EMBED_FRAME_ANCESTORS = [allowed.origin]
    page.goto(allowed.origin)
    expect(page.frame_locator("iframe").locator("a")).to_have_text(["短期派遣プログラム"])


def test_documented_embeds_on_a_strict_partner_page_are_quiet_and_ask_once_each(
    page, partner, site, live_server
):
    # A deadline at 23:59 in Brussels is the next morning in Tokyo: two dates.
    summer = factories.CallPageFactory(
        parent=site.calls,
        title="Summer call",
        deadline_date=timezone.localdate() + datetime.timedelta(days=40),
    )
    translate(summer, site.ja, title="夏の公募")
    host = partner(
        '<ejrc-feed kind="calls" locale="en" limit="3"></ejrc-feed>'
        '<ejrc-feed kind="calls" locale="ja" limit="5"></ejrc-feed>'
        '<ejrc-feed kind="news" locale="en" limit="2"></ejrc-feed>'
        '<ejrc-feed kind="partners" locale="ja"></ejrc-feed>'
        f'<iframe title="Open calls" src="{live_server.url}/embed/calls/?locale=en&amp;limit=3">'
        "</iframe>"
    )
    watch = Watch(page, live_server)
    page.goto(host.origin)
    expect(page.locator("ejrc-feed section[aria-busy=false]")).to_have_count(4)
    frame = page.frame_locator("iframe")
    expect(frame.locator("a")).to_have_text(["Short-term mobility programme", "Summer call"])

    days, later = site.call.days_left, summer.days_left
    english = [
        f"Deadline: {in_every_display_zone(site.call.deadline, 'en')} · {days} days left",
        f"Deadline: {in_every_display_zone(summer.deadline, 'en')} · {later} days left",
    ]
    expect(page.locator("ejrc-feed").nth(0).locator(".meta")).to_have_text(english)
    expect(frame.locator(".meta")).to_have_text(english)
    expect(page.locator("ejrc-feed").nth(1).locator(".meta")).to_have_text(
        [
            f"締切: {in_every_display_zone(site.call.deadline, 'ja')} · 締切まであと{days}日",
            f"締切: {in_every_display_zone(summer.deadline, 'ja')} · 締切まであと{later}日",
        ]
    )
    # Styled: the frame by its stylesheet, the element's shadow root by its constructed sheet.
    link_colour = frame.locator("a").first.evaluate("a => getComputedStyle(a).color")
    list_display = page.locator("ejrc-feed").first.evaluate(
        "feed => getComputedStyle(feed.shadowRoot.querySelector('ul')).display"
    )
    assert (link_colour, list_display) == ("rgb(11, 79, 138)", "grid")
    assert (watch.errors, watch.violations) == ([], [])
    assert sorted(watch.requests) == [
        ("calls", "EN", 3),
        ("calls", "JA", 5),
        ("news", "EN", 2),
        ("partners", "JA", 5),
    ]


def test_a_feed_asks_again_only_when_its_settings_change(page, partner, site, live_server):
    for title in ("Second call", "Third call"):
        factories.CallPageFactory(parent=site.calls, title=title)
    host = partner("")
    watch = Watch(page, live_server)
    page.goto(host.origin)
    page.wait_for_function("() => Boolean(customElements.get('ejrc-feed'))")
    shown = page.locator("ejrc-feed section[aria-busy=false] a")

    page.evaluate(
        """() => {
            const feed = document.createElement("ejrc-feed");
            for (const [name, value] of [["kind", "calls"], ["locale", "en"], ["limit", "3"]])
                feed.setAttribute(name, value);
            document.querySelector("main").append(feed);
            // Set up but never connected: no request.
            document.createElement("ejrc-feed").setAttribute("kind", "partners");
        }"""
    )
    expect(shown).to_have_count(3)
    # The same limit again and a locale that reads the same ask nothing; the new limit asks once.
    page.evaluate(
        """() => {
            const feed = document.querySelector("ejrc-feed");
            feed.setAttribute("limit", "3");
            feed.setAttribute("locale", "EN");
            feed.setAttribute("limit", "2");
        }"""
    )
    expect(shown).to_have_count(2)
    # Changed while out of the page: asked once it is back, not before.
    page.evaluate(
        """() => {
            const feed = document.querySelector("ejrc-feed");
            feed.remove();
            feed.setAttribute("kind", "news");
            feed.setAttribute("locale", "ja");
            setTimeout(() => document.querySelector("main").append(feed), 100);
        }"""
    )
    expect(page.locator("ejrc-feed section[aria-busy=false] h2")).to_have_text("最新ニュース")
    assert watch.requests == [("calls", "EN", 3), ("calls", "EN", 2), ("news", "JA", 2)]
    assert (watch.errors, watch.violations) == ([], [])
