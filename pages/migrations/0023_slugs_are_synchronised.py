"""Slugs are synchronised from the source page now: drop their segments awaiting translation."""

from django.db import migrations


def drop_slug_segments(apps, schema_editor):
    # Left in place, the slug stays an untranslated string of every existing source until its
    # page is next published, and keeps finished translations reported out of date.
    StringSegment = apps.get_model("wagtail_localize", "StringSegment")
    StringSegment.objects.filter(context__path="slug").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0022_search_facets_and_longer_japanese_terms"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(drop_slug_segments, migrations.RunPython.noop)]
