"""The documentation: its links resolve, the API reference matches the schema, the README is short."""

import re
from pathlib import Path

from graphql_api.schema import schema
from pages.registry import PAGE_KINDS

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
API_REFERENCE = DOCS / "api.md"
# The pages the README's detail moved to; the benchmark and Lighthouse results are written by
# their own commands and keep their own openings.
GUIDES = (
    "api.md",
    "contributing.md",
    "deployment.md",
    "editors.md",
    "performance.md",
    "search.md",
    "security.md",
)
BACK_LINK = "Part of the [EJRC Helpdesk CMS](../README.md) documentation."

FENCE = re.compile(r"^```.*?^```[^\n]*$", re.MULTILINE | re.DOTALL)
CODE_SPAN = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*$", re.MULTILINE)
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def markdown_pages():
    """README.md and every page under docs/."""
    return [README, *sorted(DOCS.glob("*.md"))]


def without_code(text):
    """The text without fenced blocks, whose brackets and hashes are not Markdown."""
    return FENCE.sub("", text)


def slug(title):
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", title).strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(path):
    """The anchors of a Markdown file's headings, repeated titles numbered as GitHub does."""
    seen = {}
    found = set()
    for title in HEADING.findall(without_code(path.read_text(encoding="utf-8"))):
        base = slug(title)
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    return found


def relative_links(path):
    """The targets of a file's Markdown links and images that are not absolute URLs."""
    text = CODE_SPAN.sub("", without_code(path.read_text(encoding="utf-8")))
    return [target for target in LINK.findall(text) if not SCHEME.match(target)]


def broken_links(path):
    """(file, target, reason) for each relative link of the file that leads nowhere."""
    broken = []
    for target in relative_links(path):
        name, _, anchor = target.partition("#")
        linked = (path.parent / name).resolve() if name else path
        if not linked.is_file():
            broken.append((path.name, target, "no such file"))
        elif anchor and anchor not in anchors(linked):
            broken.append((path.name, target, "no such heading"))
    return broken


def section(text, title):
    """The text under the `## title` heading, up to the next heading of level 2 or above."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^#{{1,2}} |\Z)", text, re.M | re.S)
    assert match, f"no section {title!r}"
    return match.group(1)


def test_slug_follows_github():
    assert [
        slug("The editors' admin"),
        slug("Feeds, calendar and sitemap"),
        slug("`news` and [the API](api.md)"),
        slug("Limits and errors"),
    ] == [
        "the-editors-admin",
        "feeds-calendar-and-sitemap",
        "news-and-the-api",
        "limits-and-errors",
    ]


def test_broken_links_names_missing_files_and_headings(tmp_path):
    (tmp_path / "other.md").write_text(
        "# Other\n\n## A section\n\n## A section\n", encoding="utf-8"
    )
    page = tmp_path / "page.md"
    page.write_text(
        "# Page\n\n## Here\n\n"
        "[ok](other.md#a-section) [second](other.md#a-section-1) [self](#here)\n"
        "[gone](missing.md) [bad anchor](other.md#nowhere) [web](https://example.org/x)\n"
        "`[code](missing-too.md)`\n\n```md\n[fenced](missing-three.md)\n```\n",
        encoding="utf-8",
    )
    assert broken_links(page) == [
        ("page.md", "missing.md", "no such file"),
        ("page.md", "other.md#nowhere", "no such heading"),
    ]


def test_every_relative_link_resolves():
    broken = [entry for path in markdown_pages() for entry in broken_links(path)]
    assert broken == []


def test_readme_links_every_docs_page():
    linked = {target.partition("#")[0] for target in relative_links(README)}
    documented = {f"docs/{path.name}" for path in DOCS.glob("*.md")}
    assert {name for name in linked if name.startswith("docs/")} == documented
    assert set(GUIDES) <= {path.name for path in DOCS.glob("*.md")}


def test_each_guide_opens_with_a_title_and_links_back_to_the_readme():
    openings = {name: (DOCS / name).read_text(encoding="utf-8").split("\n")[:3] for name in GUIDES}
    assert {name: (lines[0].startswith("# "), lines[1:]) for name, lines in openings.items()} == {
        name: (True, ["", BACK_LINK]) for name in GUIDES
    }


def test_api_reference_names_exactly_the_schema_root_fields():
    documented = re.findall(
        r"^\| `(\w+)` \|", section(API_REFERENCE.read_text(encoding="utf-8"), "Root fields"), re.M
    )
    assert sorted(documented) == sorted(schema._schema.query_type.fields)


def test_api_reference_lists_table_names_exactly_the_paginated_root_fields():
    # `search` is paginated too, but its arguments are described in docs/search.md.
    documented = re.findall(
        r"^\| `(\w+)` \|", section(API_REFERENCE.read_text(encoding="utf-8"), "Lists"), re.M
    )
    paginated = [
        name
        for name, field in schema._schema.query_type.fields.items()
        if "offset" in field.args and name != "search"
    ]
    assert sorted(documented) == sorted(paginated)


def test_api_reference_names_exactly_the_page_types_with_their_page_type_members():
    documented = re.findall(
        r"^- `(\w+)` \(`(\w+)`\)",
        section(API_REFERENCE.read_text(encoding="utf-8"), "Page types"),
        re.M,
    )
    graphql_schema = schema._schema
    page_types = graphql_schema.get_possible_types(graphql_schema.get_type("Page"))
    members = {kind.model.__name__: kind.name for kind in PAGE_KINDS}
    assert sorted(documented) == sorted((t.name, members[t.name]) for t in page_types)


def test_readme_is_at_most_250_lines():
    assert len(README.read_text(encoding="utf-8").splitlines()) <= 250
