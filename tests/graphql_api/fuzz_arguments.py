"""Argument values for the fuzz test: mostly the loaded content's own, a minority made up."""

import datetime
import re
from dataclasses import dataclass, replace

from graphql import NullValueNode, Visitor, print_ast, visit
from hypothesis import assume
from hypothesis import strategies as st
from hypothesis_graphql import nodes

from wagtail.models import Site

from graphql_api.common.images import ALLOWED_SIZES
from graphql_api.common.pagination import MAX_LIMIT
from pages.models import PartnerPage, Region, Sector, WebinarSeries
from pages.models.base import MAX_PAGE_ID
from pages.visibility import public_pages
from search.text import MAX_QUERY_LENGTH

# The span of the demo content's dates, with a margin: date filters then select some of it.
FIRST_DAY, LAST_DAY = datetime.date(2018, 1, 1), datetime.date(2030, 12, 31)
# Offsets clients send (UTC-12 to UTC+14, quarter hours), not the calendar's ends.
ZONES = st.integers(-48, 56).map(
    lambda quarters: datetime.timezone(datetime.timedelta(minutes=15 * quarters))
)
# (start, end) arguments the API refuses when the end comes first.
RANGES = (("dateFrom", "dateTo"), ("startFrom", "startTo"), ("deadlineFrom", "deadlineTo"))
# The arguments that pick the one page the `page` field answers (exactly one may be given), and
# with the preview token, all three.
PAGE_KEYS = ("id", "path")
PAGE_ARGUMENTS = (*PAGE_KEYS, "previewToken")


@dataclass(frozen=True)
class Content:
    """What the database holds that arguments can name, each list sorted (runs repeat)."""

    sectors: list
    ecosystems: list
    series: list
    partner_ids: list
    page_ids: list
    paths: list
    partner_countries: list
    partner_regions: list
    region_countries: list
    region_codes: list
    words: list


def prefixes(codes):
    """The codes and every shorter start of them (FI1D, FI1, FI): a prefix filter matches them."""
    return sorted({code[:end] for code in codes for end in range(1, len(code) + 1)})


def site_path(url_path, roots):
    """The path a client asks `page` for (/ja/news/), or None off every site."""
    for root in roots:
        if url_path.startswith(root.root_path):
            return f"/{root.language_code}/{url_path[len(root.root_path) :]}"
    return None


def read_content():
    """The slugs, ids, paths, codes and title words of the content in the database."""
    pages = public_pages().order_by("pk")
    partners = public_pages(PartnerPage).order_by("pk")
    roots = Site.get_site_root_paths()
    titles = pages.values_list("title", flat=True)
    # Title words find pages; Japanese titles have no spaces, so they are searched whole.
    words = {word for title in titles for word in re.findall(r"\w{3,}", title)}
    return Content(
        sectors=sorted(set(Sector.objects.values_list("slug", flat=True))),
        ecosystems=sorted(set(Sector.objects.values_list("ecosystem", flat=True))),
        series=sorted(set(WebinarSeries.objects.values_list("slug", flat=True))),
        partner_ids=list(partners.values_list("pk", flat=True)),
        page_ids=list(pages.values_list("pk", flat=True)),
        paths=sorted(
            filter(
                None,
                (
                    site_path(url_path, roots)
                    for url_path in pages.values_list("url_path", flat=True)
                ),
            )
        ),
        partner_countries=sorted(set(partners.values_list("country", flat=True))),
        partner_regions=prefixes(
            set(partners.exclude(region=None).values_list("region_id", flat=True))
        ),
        region_countries=sorted(set(Region.objects.values_list("country", flat=True))),
        region_codes=prefixes(Region.objects.values_list("code", flat=True)),
        words=sorted(words),
    )


def weighted(*choices):
    """A strategy drawing from the given (weight, strategy) pairs in those proportions."""
    return st.sampled_from(
        [strategy for weight, strategy in choices for _ in range(weight)]
    ).flatmap(lambda strategy: strategy)


def optional(strategy):
    """A filter a client gives about two times in three, else leaves empty."""
    return weighted((1, st.none()), (2, strategy))


def page_ids(pks):
    """Ids of the pages as clients send them: the database id alone or as the API serves it."""
    return st.builds(
        lambda pk, suffix: f"{pk}{suffix}",
        st.sampled_from(pks),
        st.sampled_from(["", ":en", ":ja"]),
    )


def slugs():
    """Slugs of the right form that name nothing, or nearly."""
    return st.sampled_from(["no-such-slug", "x"]) | st.from_regex(
        r"[a-z][a-z0-9_-]{0,15}", fullmatch=True
    )


def client_values(content):
    """Per argument (or (field, argument)), the values a client of this content sends."""
    some = st.sampled_from
    dates = st.dates(FIRST_DAY, LAST_DAY)
    instants = st.datetimes(
        datetime.datetime.combine(FIRST_DAY, datetime.time()),
        datetime.datetime.combine(LAST_DAY, datetime.time()),
        timezones=ZONES,
    )
    words = some(content.words)
    return {
        "sector": optional(some(content.sectors)),
        "sectors": optional(st.lists(some(content.sectors), max_size=3, unique=True)),
        "series": optional(some(content.series)),
        "ecosystem": optional(some(content.ecosystems)),
        "partner": optional(page_ids(content.partner_ids)),
        "id": page_ids(content.page_ids),
        "path": some(content.paths),
        "previewToken": st.none(),
        # Lower case too: the API reads codes in either case.
        "country": optional(
            some(content.partner_countries).flatmap(lambda c: some([c, c.lower()]))
        ),
        "region": optional(some(content.partner_regions)),
        ("regions", "country"): optional(some(content.region_countries)),
        ("regions", "code"): optional(some(content.region_codes)),
        "level": optional(st.integers(0, 3)),
        "query": (words | st.lists(words, min_size=2, max_size=3).map(" ".join)).filter(
            lambda query: len(query) <= MAX_QUERY_LENGTH
        ),
        # Short pages mostly: a few items take the resolvers' paths as well as many, and lists
        # nest, so their sizes multiply.
        "limit": weighted(
            (12, st.integers(0, 3)),
            (4, st.integers(4, 10)),
            (1, st.just(20)),
            (1, st.just(MAX_LIMIT)),
        ),
        "offset": weighted((3, st.just(0)), (1, st.integers(0, 30))),
        "width": optional(some(ALLOWED_SIZES)),
        "height": optional(some(ALLOWED_SIZES)),
        "fill": st.booleans(),
        "dateFrom": optional(dates),
        "dateTo": optional(dates),
        **{name: optional(instants) for pair in RANGES[1:] for name in pair},
    }


def made_up_values(content):
    """Per argument, values that name nothing or fall outside the allowed range."""
    unknown_id = max([*content.page_ids, 0]) + 1_000_000
    # Ids past the database's integer column are refused for their form, the others unknown.
    ids = st.integers(unknown_id, MAX_PAGE_ID).map(str) | st.just(str(MAX_PAGE_ID + 1))
    return {
        "sector": slugs(),
        "sectors": st.lists(slugs(), min_size=1, max_size=3),
        "series": slugs(),
        "ecosystem": slugs(),
        "partner": ids,
        "id": ids | st.just("12:en en"),
        "path": st.sampled_from(["/en/no-such-page/", "/xx/news/", "news", "/"]),
        "previewToken": st.sampled_from(["not-a-token", ""]),
        "country": st.sampled_from(["ZZ", "XX", "FIN", "j"]),
        "region": st.sampled_from(["ZZ9", "TOOLONG", "F-1", ""]),
        ("regions", "country"): st.sampled_from(["ZZ", "FIN", "1"]),
        ("regions", "code"): st.sampled_from(["ZZ9", "TOOLONG", "F-1", ""]),
        "level": st.integers(4, 1000) | st.integers(max_value=-1),
        "query": st.just("x" * (MAX_QUERY_LENGTH + 1)),
        "limit": st.integers(MAX_LIMIT + 1) | st.integers(max_value=-1),
        "offset": st.integers(max_value=-1),
        "width": st.integers(1, 5000).filter(lambda size: size not in ALLOWED_SIZES),
        "height": st.integers(1, 5000).filter(lambda size: size not in ALLOWED_SIZES),
        "fill": st.just(True),
    }


def plain(value):
    """A drawn value as JSON has it: dates and instants in ISO 8601."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def value_node(value):
    """A drawn value as a literal of a document."""
    if value is None:
        return nodes.Null
    if isinstance(value, bool):
        return nodes.Boolean(value)
    if isinstance(value, int):
        return nodes.Int(value)
    if isinstance(value, list):
        return nodes.List([value_node(item) for item in value])
    return nodes.String(plain(value))


class Arguments:
    """The arguments a client of the content sends, and now and then one made up."""

    def __init__(self, content):
        self.real = client_values(content)
        self.made_up = made_up_values(content)

    def knows(self, field, argument):
        """Whether the argument has values of the content (else the generator's stay)."""
        return (field, argument) in self.real or argument in self.real

    def _pick(self, table, field, argument):
        """The table's strategy for the argument of the field, or None."""
        return table.get((field, argument), table.get(argument))

    def choose(self, draw, field, names, made_up=None, keep_generated=True):
        """{argument: value} of the known arguments among names; made_up's may stay unset."""
        # made_up gets a made-up value, or keeps the generator's (left out of the answer).
        values = {}
        for name in names:
            if name == made_up:
                strategy = self._pick(self.made_up, field, name)
                # The generator's value is as made up, but for null, which names nothing odd.
                if strategy is not None and (not keep_generated or draw(st.booleans())):
                    values[name] = draw(strategy)
            elif self.knows(field, name):
                values[name] = draw(self._pick(self.real, field, name))
        self._agree(draw, field, names, values, made_up)
        return {name: plain(value) for name, value in values.items()}

    def always(self, field):
        """The arguments a client always passes to the field (as variables, null or not)."""
        return PAGE_ARGUMENTS if field == "page" else ()

    def _agree(self, draw, field, names, values, made_up):
        """Make the arguments that depend on each other agree, as the API requires."""
        if field == "page":
            # Exactly one of id, path and previewToken picks the page: the made-up one if any.
            keys = [made_up] if made_up in PAGE_ARGUMENTS else [k for k in PAGE_KEYS if k in names]
            if keys:
                chosen = draw(st.sampled_from(keys))
                for name in PAGE_ARGUMENTS:
                    if name in names and name != chosen:
                        values[name] = None
        # A made-up value is left as it is, consistent or not.
        for start, end in RANGES:
            first, last = values.get(start), values.get(end)
            if made_up not in (start, end) and None not in (first, last) and last < first:
                values[start], values[end] = last, first
        lacking_size = values.get("width") is None or values.get("height") is None
        if made_up not in ("fill", "width", "height") and values.get("fill") and lacking_size:
            values["fill"] = False


class _Sites(Visitor):
    """The (field, argument) pairs of a document that have content values, in visiting order."""

    def __init__(self, arguments):
        super().__init__()
        self.arguments = arguments
        self.found = []

    def leave_field(self, node, *_args):
        field = node.name.value
        for argument in node.arguments or ():
            if self.arguments.knows(field, argument.name.value):
                self.found.append((field, argument.name.value))


class _Rewrite(Visitor):
    """Puts the chosen values in the arguments of each field; the made-up site's stays odd."""

    def __init__(self, draw, arguments, made_up_at):
        super().__init__()
        self.draw, self.arguments, self.made_up_at = draw, arguments, made_up_at
        self.seen = 0

    def leave_field(self, node, *_args):
        if not node.arguments:
            return None
        field = node.name.value
        names = [argument.name.value for argument in node.arguments]
        made_up = None
        for name in names:
            if self.arguments.knows(field, name):
                if self.seen == self.made_up_at:
                    made_up = name
                self.seen += 1
        generated = {argument.name.value: argument.value for argument in node.arguments}
        keep = made_up is not None and not isinstance(generated[made_up], NullValueNode)
        values = self.arguments.choose(self.draw, field, names, made_up, keep)
        if not values:
            return None
        return replace(
            node,
            arguments=tuple(
                replace(argument, value=value_node(values[argument.name.value]))
                if argument.name.value in values
                else argument
                for argument in node.arguments
            ),
        )


@st.composite
def client_documents(draw, documents, arguments, made_up=False):
    """Documents of the generator with a client's arguments; with made_up, one made up."""
    document = draw(documents)
    sites = _Sites(arguments)
    visit(document, sites)
    made_up_at = None
    if made_up:
        assume(sites.found)
        made_up_at = draw(st.integers(0, len(sites.found) - 1))
    return print_ast(visit(document, _Rewrite(draw, arguments, made_up_at)))
