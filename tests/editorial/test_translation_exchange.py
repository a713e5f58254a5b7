"""The translation exchange: a section out as one PO file, translated, and back in with a report."""

import uuid

import polib
import pytest

from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from editorial.roles import TRANSLATORS
from editorial.translation_exchange import export_section, import_section
from tests import factories

pytestmark = pytest.mark.django_db

JAPANESE = {
    "Mobility call launched": "モビリティ公募開始",
    "Ten places for cluster managers.": "クラスターマネージャー10名を募集。",
    # Rich text reaches translators one block at a time, without its tags.
    "Apply by August.": "8月までに応募してください。",
}


@pytest.fixture
def section(site_tree, translate_now, publish_now):
    """The English news section, its Japanese index, and two articles not yet translated."""
    for page in (site_tree.home, site_tree.news):
        publish_now(translate_now(page, site_tree.ja))
    mobility = factories.NewsPageFactory(
        parent=site_tree.news,
        title="Mobility call launched",
        slug="mobility-call-launched",
        summary="Ten places for cluster managers.",
        body=[("paragraph", "<p>Apply by August.</p>")],
    )
    factories.NewsPageFactory(
        parent=site_tree.news, title="Save the date", slug="save-the-date", summary="Soon."
    )
    return site_tree, mobility


@pytest.fixture
def translator(django_user_model):
    user = django_user_model.objects.create_user("translator", "t@eu-japan.eu", "x")
    user.groups.add(Group.objects.get(name=TRANSLATORS))
    return user


def entries_of(po, title):
    """(segment path, source text) of one page's entries, in the file's order."""
    return [
        (entry.msgctxt.split("|", 1)[1], entry.msgid)
        for entry in po
        if entry.comment.startswith(f"{title} (")
    ]


def test_the_export_holds_every_page_of_the_section(section):
    site_tree, mobility = section
    exported = export_section(site_tree.news, site_tree.ja)
    assert [page.title for page in exported.pages] == [
        "News",
        "Mobility call launched",
        "Save the date",
    ]
    assert exported.skipped == []
    assert entries_of(exported.po, "Mobility call launched") == [
        ("title", "Mobility call launched"),
        ("summary", "Ten places for cluster managers."),
        (f"body.{mobility.body[0].id}", "Apply by August."),
    ]
    # Drafts wait in the Japanese tree; nothing is published by exporting.
    japanese = mobility.get_translation(site_tree.ja)
    assert (japanese.live, japanese.title) == (False, "Mobility call launched")
    assert exported.po.metadata["Language"] == "ja"


def test_a_page_under_an_untranslated_parent_is_skipped(site_tree):
    factories.NewsPageFactory(parent=site_tree.news, title="Alone", slug="alone")
    exported = export_section(site_tree.news, site_tree.ja)
    assert ([p.title for p in exported.pages], [p.title for p in exported.skipped]) == (
        [],
        ["News", "Alone"],
    )


def test_round_trip_changes_the_drafts_and_refuses_what_does_not_fit(section, translator):
    site_tree, mobility = section
    po = polib.pofile(str(export_section(site_tree.news, site_tree.ja).po))
    for entry in po:
        if entry.msgid in JAPANESE:
            entry.msgstr = JAPANESE[entry.msgid]
    stale = next(entry for entry in po if entry.msgid == "Soon.")
    stale.msgid, stale.msgstr = "Soon!", "近日公開"
    po.append(polib.POEntry(msgctxt=f"{uuid.uuid4()}|title", msgid="Intruder", msgstr="侵入者"))
    reparsed = polib.pofile(str(po))

    report = import_section(reparsed, translator)

    assert [(c.page, c.source, c.before, c.after) for c in report.changes] == [
        ("Mobility call launched", "Mobility call launched", "", "モビリティ公募開始"),
        (
            "Mobility call launched",
            "Ten places for cluster managers.",
            "",
            "クラスターマネージャー10名を募集。",
        ),
        ("Mobility call launched", "Apply by August.", "", "8月までに応募してください。"),
    ]
    assert [(r.source, r.reason) for r in report.refusals] == [
        ("Soon!", "The source text has changed since the export."),
        ("Intruder", "Not from an export of this site."),
    ]
    # Untranslated: the index's title, the other article's title and body (slugs follow the
    # source and are not offered).
    assert (report.unchanged, report.untranslated) == (0, 3)
    japanese = mobility.get_translation(site_tree.ja).specific
    draft = japanese.get_latest_revision_as_object()
    assert (japanese.live, draft.title, draft.summary) == (
        False,
        "モビリティ公募開始",
        "クラスターマネージャー10名を募集。",
    )
    assert [page.pk for page in report.pages] == [japanese.pk]

    # The same file again changes nothing.
    again = import_section(reparsed, translator)
    assert (again.changes, again.unchanged, len(again.refusals)) == ([], 3, 2)


def test_a_string_given_many_times_is_applied_once_and_a_file_imported_again_costs_little(
    section, translator, django_assert_max_num_queries
):
    site_tree, mobility = section
    po = polib.pofile(str(export_section(site_tree.news, site_tree.ja).po))
    for entry in po:
        entry.msgstr = JAPANESE.get(entry.msgid, "")
    translated = [entry for entry in po if entry.msgstr]
    # The translated entries three times over, as a padded file would give them.
    for _copy in range(2):
        for entry in translated:
            po.append(polib.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid, msgstr="別訳"))
    reparsed = polib.pofile(str(po))
    first_lines = {}
    for entry in reparsed:
        if entry.msgstr:
            first_lines.setdefault(entry.msgid, entry.linenum)

    report = import_section(reparsed, translator)

    assert [(c.source, c.after) for c in report.changes] == list(JAPANESE.items())
    assert sorted((r.source, r.reason) for r in report.refusals) == sorted(
        (source, f"Repeated: this string is already on line {first_lines[source]}.")
        for source in JAPANESE
        for _copy in range(2)
    )
    draft = mobility.get_translation(site_tree.ja).specific.get_latest_revision_as_object()
    assert draft.title == "モビリティ公募開始"
    # Again: every string is as the file has it, and nothing is written: the translation is
    # found, the user's right to edit it checked and its current strings read (7 queries; the
    # import wrote each string again with five queries apiece).
    with django_assert_max_num_queries(7):
        again = import_section(reparsed, translator)
    assert (again.changes, again.unchanged, len(again.refusals)) == ([], 3, 6)


def test_a_translator_cannot_import_into_the_english_tree(section, translator, translate_now):
    site_tree, _mobility = section
    # A Japanese page exported for an English version: the target is in the English tree.
    japanese_index = site_tree.news.get_translation(site_tree.ja)
    po = polib.pofile(str(export_section(japanese_index, site_tree.en, include_subpages=False).po))
    for entry in po:
        entry.msgstr = "News"
    report = import_section(po, translator)
    assert report.changes == []
    assert {r.reason for r in report.refusals} == {"You may not edit this page."}


def test_export_and_import_through_the_admin(section, translator, client):
    site_tree, _mobility = section
    client.force_login(translator)
    form = client.get(reverse("export_for_translation", args=[site_tree.news.pk]))
    assert form.status_code == 200
    download = client.post(
        reverse("export_for_translation", args=[site_tree.news.pk]),
        {"locale": site_tree.ja.pk, "include_subpages": "on"},
    )
    assert download["Content-Disposition"] == 'attachment; filename="news-ja.po"'
    po = polib.pofile(download.content.decode())
    for entry in po:
        entry.msgstr = JAPANESE.get(entry.msgid, "")
    upload = SimpleUploadedFile("news-ja.po", str(po).encode(), "text/x-gettext-translation")
    page = client.post(reverse("import_translations"), {"file": upload}).content.decode()
    assert "3 translations changed." in page
    assert "Unchanged: 0. Left untranslated: 4. Refused: 0." in page


def test_the_report_lists_the_first_200_refusals_and_counts_the_rest(section, translator, client):
    site_tree, _mobility = section
    client.force_login(translator)
    po = export_section(site_tree.news, site_tree.ja).po
    for entry in list(po):
        entry.msgstr = JAPANESE.get(entry.msgid, "")
        for _copy in range(70 if entry.msgstr else 0):
            po.append(polib.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid, msgstr="別訳"))
    upload = SimpleUploadedFile("news-ja.po", str(po).encode(), "text/x-gettext-translation")
    page = client.post(reverse("import_translations"), {"file": upload}).content.decode()
    assert "Refused: 210." in page
    assert page.count("Repeated: this string is already on line") == 200
    assert "and 10 more refusals" in page


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00broken", "The file is not UTF-8 text."),
        (b"hello world\n", "The file is not a PO file: Syntax error in po file (line 1)"),
        # A path alone would make the parser read a file of the server.
        (b"/etc/hostname", "The file is not a PO file: it has a single line."),
    ],
)
def test_a_file_that_is_not_a_po_file_is_refused_with_a_message(
    section, translator, client, content, message
):
    client.force_login(translator)
    upload = SimpleUploadedFile("broken.po", content)
    page = client.post(reverse("import_translations"), {"file": upload}).content.decode()
    assert message in page


def test_staff_without_translation_rights_cannot_export(section, client, django_user_model):
    user = django_user_model.objects.create_user("reader", "r@eu-japan.eu", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse("export_for_translation", args=[section[0].news.pk]))
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_a_translation_is_not_exported_into_its_source_language(section, translator, client):
    site_tree, _mobility = section
    japanese_news = site_tree.news.get_translation(site_tree.ja)
    client.force_login(translator)
    form = client.get(reverse("export_for_translation", args=[japanese_news.pk])).context["form"]
    assert list(form.fields["locale"].queryset) == []
    assert form.fields["locale"].help_text == (
        "This page is a translation: export its source page to translate it."
    )
    refused = client.post(
        reverse("export_for_translation", args=[japanese_news.pk]),
        {"locale": site_tree.en.pk, "include_subpages": "on"},
    )
    assert (refused.status_code, list(refused.context["form"].errors)) == (200, ["locale"])
    english_form = client.get(reverse("export_for_translation", args=[site_tree.news.pk]))
    assert list(english_form.context["form"].fields["locale"].queryset) == [site_tree.ja]


def test_a_translator_is_offered_only_the_languages_they_may_write(
    section, translator, client, translate_now, publish_now
):
    site_tree, _mobility = section
    # A page written in Japanese first: its English version would be in the English tree.
    japanese_news = site_tree.news.get_translation(site_tree.ja)
    seminar = factories.NewsPageFactory(
        parent=japanese_news, title="セミナー", slug="seminar", locale=site_tree.ja
    )
    client.force_login(translator)
    form = client.get(reverse("export_for_translation", args=[seminar.pk])).context["form"]
    assert list(form.fields["locale"].queryset) == []
    assert form.fields["locale"].help_text == (
        "You may not write this page's translation in any language."
    )
    refused = client.post(
        reverse("export_for_translation", args=[seminar.pk]),
        {"locale": site_tree.en.pk, "include_subpages": "on"},
    )
    assert (refused.status_code, list(refused.context["form"].errors)) == (200, ["locale"])
    assert seminar.get_translation_or_none(site_tree.en) is None


def test_the_export_leaves_out_pages_the_user_may_not_write(section, translator):
    site_tree, _mobility = section
    # The English section exported into Japanese by a translator: every page is theirs...
    exported = export_section(site_tree.news, site_tree.ja, translator)
    assert (len(exported.pages), exported.skipped) == (3, [])
    # ...but the Japanese index exported into English by the same translator is not.
    japanese_index = site_tree.news.get_translation(site_tree.ja)
    refused = export_section(japanese_index, site_tree.en, translator, include_subpages=False)
    assert ([page.pk for page in refused.skipped], len(refused.po)) == ([japanese_index.pk], 0)
