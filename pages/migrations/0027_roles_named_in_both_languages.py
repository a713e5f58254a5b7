"""Groups, the review workflow and its tasks are named in English and Japanese."""

from django.db import migrations

from editorial.roles import name_roles_in_both_languages


def name_roles(apps, schema_editor):
    name_roles_in_both_languages(apps)


class Migration(migrations.Migration):
    dependencies = [("pages", "0026_european_regions_have_japanese_names")]

    operations = [migrations.RunPython(name_roles, migrations.RunPython.noop)]
