"""Two application servers behind one balancer: shared media, fresh reads, outages, shutdown."""

import io
import signal
import threading
import time

import requests
from PIL import Image

from wagtail.images.utils import generate_signature

from .stack import SECRET_KEY, AdminSession, graphql

NEWS = "{ news(locale: EN, limit: 100) { totalCount items { title } } }"


def png(width, height, colour):
    """A PNG image of one colour."""
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def news_titles(base_url):
    return [item["title"] for item in graphql(base_url, NEWS)["news"]["items"]]


def create_draft_news(stack, title, slug):
    """A news article saved as a draft only; its page id."""
    code = (
        "import datetime\n"
        "from pages.models import NewsIndexPage, NewsPage\n"
        "index = NewsIndexPage.objects.get(locale__language_code='en')\n"
        f"page = NewsPage(title={title!r}, slug={slug!r}, date=datetime.date(2026, 11, 20),"
        " summary='Drafted for the deployment test.', live=False)\n"
        "index.add_child(instance=page)\n"
        "page.save_revision()\n"
        "print(page.pk)\n"
    )
    return int(stack.shell(code))


def test_an_image_uploaded_through_one_server_is_served_by_the_other(stack):
    editor = AdminSession(stack.server_a.base_url)
    response = editor.post(
        "/admin/images/add/",
        {"title": "Deployment test image"},
        files={"file": ("deployment-test.png", png(640, 480, (200, 30, 30)), "image/png")},
    )
    assert response.status_code == 302, response.text[:500]
    image_id = int(
        stack.shell(
            "from wagtail.images import get_image_model\n"
            "print(get_image_model().objects.get(title='Deployment test image').pk)"
        )
    )
    originals = [key for key in stack.bucket_keys("media") if "deployment-test" in key]
    assert originals == ["original_images/deployment-test.png"]

    signature = generate_signature(image_id, "width-160", key=SECRET_KEY)
    served = requests.get(
        f"{stack.server_b.base_url}/images/{signature}/{image_id}/width-160/", timeout=30
    )
    assert (served.status_code, served.headers["Content-Type"]) == (200, "image/png")
    rendition = Image.open(io.BytesIO(served.content))
    assert (rendition.size, rendition.getpixel((80, 60))) == ((160, 120), (200, 30, 30))
    renditions = [key for key in stack.bucket_keys("media") if "deployment-test" in key]
    assert renditions == [
        "images/deployment-test.width-160.png",
        "original_images/deployment-test.png",
    ]


def test_a_page_published_through_one_server_is_fresh_on_the_other_at_once(stack):
    page_id = create_draft_news(stack, "Published through server A", "published-through-a")
    # Server B reads (and caches) the list before the publish.
    assert "Published through server A" not in news_titles(stack.server_b.base_url)
    assert "Published through server A" not in news_titles(stack.server_b.base_url)
    AdminSession(stack.server_a.base_url).publish(page_id)
    published = time.monotonic()
    while "Published through server A" not in news_titles(stack.server_b.base_url):
        assert time.monotonic() - published < 1.0, "server B still answers the old list"
        time.sleep(0.05)
    page = requests.get(f"{stack.server_b.base_url}/en/news/published-through-a/", timeout=30)
    assert page.status_code == 200


# Every kind of anonymous read: pages, listings, search, feeds, calendar, sitemap, embeds.
OUTAGE_READS = [
    "/en/",
    "/ja/",
    "/en/news/",
    "/en/search/?q=cluster",
    "/feeds/en/news.rss",
    "/feeds/ja/calendar.ics",
    "/sitemap.xml",
    "/robots.txt",
    "/embed/news/?locale=en&limit=3",
    "/embed/ejrc-feed.js",
]


def test_readiness_follows_redis_while_reads_keep_working(stack):
    base = stack.server_a.base_url
    before = news_titles(base)
    assert requests.get(f"{base}/readyz", timeout=10).json() == {
        "status": "ready",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok"},
    }
    stack.redis_proxy.stop()
    try:
        outage = requests.get(f"{base}/readyz", timeout=10)
        assert (outage.status_code, outage.json()) == (
            503,
            {
                "status": "unavailable",
                "checks": {"database": "ok", "cache": "failing: ConnectionError", "storage": "ok"},
                "failing": ["cache"],
            },
        )
        # Reads come from the database meanwhile, on both servers.
        assert news_titles(base) == before
        assert news_titles(stack.server_b.base_url) == before
        statuses = {
            path: requests.get(f"{base}{path}", timeout=30).status_code for path in OUTAGE_READS
        }
        assert statuses == dict.fromkeys(OUTAGE_READS, 200)
    finally:
        stack.redis_proxy.start()
    deadline = time.monotonic() + 5
    while requests.get(f"{base}/readyz", timeout=10).status_code != 200:
        assert time.monotonic() < deadline, "server A stays unready after Redis returns"
        time.sleep(0.1)


def test_stopping_a_server_under_load_loses_no_request_and_no_content(stack):
    """A balancer sends each read to server C, or to B when C refuses the connection."""
    server_c = stack.start_server("server-c")
    expected = news_titles(stack.server_b.base_url)
    page_id = create_draft_news(stack, "Published just before the stop", "published-before-stop")
    outcomes, failures = [], []
    lock = threading.Lock()
    done = threading.Event()

    def read_through_balancer():
        while not done.is_set():
            try:
                titles, server = news_titles_closing(server_c.base_url), "C"
            except requests.ConnectionError:
                titles, server = news_titles_closing(stack.server_b.base_url), "B"
            except Exception as error:  # anything else is a lost request
                with lock:
                    failures.append(repr(error))
                continue
            with lock:
                outcomes.append((server, set(expected) <= set(titles)))

    readers = [threading.Thread(target=read_through_balancer) for _ in range(3)]
    for reader in readers:
        reader.start()
    wait_for_outcomes(outcomes, 30)
    AdminSession(server_c.base_url).publish(page_id)
    server_c.send_signal(signal.SIGTERM)
    assert server_c.wait(timeout=30) == 0
    # The balancer goes on reading for a while after C is gone.
    wait_for_outcomes(outcomes, len(outcomes) + 30)
    done.set()
    for reader in readers:
        reader.join()
    assert failures == []
    assert {server for server, _ in outcomes} == {"B", "C"}
    assert [server for server, complete in outcomes if not complete] == []
    assert "Published just before the stop" in news_titles(stack.server_b.base_url)


def wait_for_outcomes(outcomes, count):
    """Wait until the readers have this many outcomes (at most a minute)."""
    deadline = time.monotonic() + 60
    while len(outcomes) < count:
        assert time.monotonic() < deadline, f"only {len(outcomes)} of {count} reads answered"
        time.sleep(0.01)


def news_titles_closing(base_url):
    """news_titles on a connection of its own, closed after the answer (no keep-alive reuse)."""
    response = requests.get(
        f"{base_url}/graphql/",
        params={"query": NEWS},
        headers={"Connection": "close"},
        timeout=30,
    )
    response.raise_for_status()
    return [item["title"] for item in response.json()["data"]["news"]["items"]]


def test_pages_carry_the_security_headers_behind_an_https_proxy(stack):
    response = requests.get(
        f"{stack.server_a.base_url}/en/", headers={"X-Forwarded-Proto": "https"}, timeout=30
    )
    assert response.status_code == 200
    headers = {
        name: response.headers.get(name)
        for name in (
            "Strict-Transport-Security",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "X-Frame-Options",
            "Cross-Origin-Opener-Policy",
        )
    }
    assert headers == {
        "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
    }
    assert response.headers["Content-Security-Policy"] == (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        f"img-src 'self' data: {stack.s3_url}; frame-src https:; object-src 'none'; "
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
