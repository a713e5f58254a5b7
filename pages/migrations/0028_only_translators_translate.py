"""Editors and Moderators lose the translation rights wagtail-localize's migrations gave them."""

from django.db import migrations

from editorial.roles import EDITORS, MODERATORS, named, withdraw_translation_rights


def withdraw(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    groups = [group for group in (named(Group, EDITORS), named(Group, MODERATORS)) if group]
    withdraw_translation_rights(apps, groups)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0027_roles_named_in_both_languages"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(withdraw, migrations.RunPython.noop)]
