"""The search index follows publication and holds every visible text of every kind."""

import datetime
import itertools
import re
from io import StringIO

import pytest

from django.core.management import call_command
from django.db.models import CharField, EmailField, SlugField, TextField, URLField

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock

from pages.registry import PAGE_KINDS
from search.indexing import rebuild_if_empty
from search.models import SearchDocument
from tests import factories
from tests.kinds import make_page
from tests.search.helpers import found


def test_the_index_follows_publish_unpublish_and_delete(site_tree, news):
    page = news("Cluster managers visit Oulu", summary="A mobility programme.")
    assert (found("oulu", [site_tree.en]), found("welcome", [site_tree.en])) == ([page.pk], [])
    page.title = "Cluster managers visit Kobe"
    page.save_revision().publish()
    assert (found("oulu", [site_tree.en]), found("kobe", [site_tree.en])) == ([], [page.pk])
    page.unpublish()
    indexed = SearchDocument.objects.filter(page_id=page.pk)
    # Unpublished, the page stays in the index for the admin's search, never for visitors.
    assert (found("kobe", [site_tree.en]), indexed.get().title) == (
        [],
        "Cluster managers visit Kobe",
    )
    page.save_revision().publish()
    page.delete()
    assert indexed.count() == 0


def test_the_index_holds_what_the_row_holds_not_a_later_draft(site_tree):
    draft = factories.NewsPageFactory(parent=site_tree.news, title="Hydrogen plan", live=False)
    live = factories.NewsPageFactory(parent=site_tree.news, title="Hydrogen valleys")
    live.save_revision().publish()
    live.title = "Hydrogen valleys, renamed in a draft"
    live.save_revision()
    assert dict(
        SearchDocument.objects.filter(title__startswith="Hydrogen").values_list("page_id", "title")
    ) == {
        draft.pk: "Hydrogen plan",
        live.pk: "Hydrogen valleys",
    }


def test_the_rebuild_command_indexes_every_live_page(site_tree, news):
    page = news("Oulu clusters")
    SearchDocument.objects.all().delete()
    output = StringIO()
    call_command("rebuild_search_index", stdout=output)
    # Wagtail's welcome page, the home page, the six section indexes and the article; the
    # welcome page, outside the site, is never found by visitors.
    assert output.getvalue() == "Indexed 9 pages.\n"
    assert (found("oulu", [site_tree.en]), found("welcome", [site_tree.en])) == ([page.pk], [])


def test_migrating_builds_an_emptied_index_but_not_when_migrating_back(site_tree, news):
    news("Oulu clusters")
    SearchDocument.objects.all().delete()
    # Migrated back, the tables have an older form than the code writes.
    rebuild_if_empty(plan=[(None, True)])
    assert SearchDocument.objects.count() == 0
    rebuild_if_empty(plan=[(None, False)])
    assert SearchDocument.objects.count() == 9


def markers():
    """Words found nowhere else, one per text."""
    return (f"zq{number}x" for number in itertools.count())


def sample_value(block, marker):
    """A value of the block with a new marker in each text a reader sees; None without one."""
    if isinstance(block, ImageBlock):
        # Its alternative text is read out, not shown.
        return None
    if isinstance(block, blocks.StreamBlock):
        children = [
            (name, sample_value(child, marker)) for name, child in block.child_blocks.items()
        ]
        return [(name, value) for name, value in children if value is not None] or None
    if isinstance(block, blocks.StructBlock):
        values = {name: sample_value(child, marker) for name, child in block.child_blocks.items()}
        return values if any(value is not None for value in values.values()) else None
    if isinstance(block, blocks.ListBlock):
        value = sample_value(block.child_block, marker)
        return None if value is None else [value]
    if isinstance(block, blocks.RichTextBlock):
        return f"<p>{next(marker)}</p>"
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return next(marker)
    return None


def visible_text_fields(model):
    """The model's own fields holding text its pages show (not addresses or choices)."""
    return [
        model_field
        for model_field in model._meta.local_concrete_fields
        if model_field.editable
        and not model_field.choices
        and isinstance(model_field, (CharField, TextField, StreamField))
        and not isinstance(model_field, (URLField, EmailField, SlugField))
    ]


@pytest.mark.parametrize("kind", PAGE_KINDS, ids=lambda kind: kind.name)
def test_every_visible_text_of_every_page_type_is_found(site_tree, kind):
    marker, values = markers(), {}
    for model_field in visible_text_fields(kind.model):
        if isinstance(model_field, StreamField):
            values[model_field.name] = sample_value(model_field.stream_block, marker)
        elif isinstance(model_field, RichTextField):
            values[model_field.name] = f"<p>{next(marker)}</p>"
        else:
            values[model_field.name] = next(marker)
    # A slug of its own: the site's tree has a page of each section index already.
    page = make_page(kind, site_tree, slug="every-text", **values)
    page.save_revision().publish()
    written = sorted(set(re.findall(r"zq\d+x", str(values))), key=lambda word: int(word[2:-1]))
    assert written, "the page type has texts"
    assert {word: found(word, [site_tree.en]) for word in written} == {
        word: [page.pk] for word in written
    }


def test_a_call_s_body_and_an_event_s_programme_are_found(site_tree):
    call = factories.CallPageFactory(
        parent=site_tree.calls,
        title="Mobility programme",
        body=[("paragraph", "<p>中小企業とスタートアップ: SMEs and start-ups.</p>")],
    )
    call.save_revision().publish()
    item = {
        "start_time": datetime.time(9),
        "title": "Matchmaking",
        "description": "B2B meetings of the clusters",
        "speakers": [{"name": "Aiko Tanaka", "organisation": "九州バイオクラスター", "role": ""}],
    }
    event = factories.EventPageFactory(
        parent=site_tree.events,
        title="Annual conference",
        days=[
            ("day", {"date": datetime.date(2022, 12, 13), "title": "Day 1", "programme": [item]})
        ],
    )
    event.save_revision().publish()
    en = [site_tree.en]
    assert [found(query, en) for query in ("中小企業", "スタートアップ", "SMEs", "start-up")] == [
        [call.pk]
    ] * 4
    assert [found(query, en) for query in ("B2B meetings", "Tanaka", "バイオ")] == [[event.pk]] * 3
