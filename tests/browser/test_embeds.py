"""The <ejrc-feed> embed on a page of another origin, and its message when the API is away."""

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


class HostSite:
    """A partner's page, served from its own origin on loopback."""

    def __init__(self, html):
        body = html.encode()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
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
