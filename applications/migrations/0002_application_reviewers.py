from django.db import migrations

from editorial.roles import add_application_reviewers


def create(apps, schema_editor):
    add_application_reviewers(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("applications", "0001_initial"),
        ("pages", "0030_calls_take_applications_online"),
    ]

    # Leaving the role in place when unapplied: users may have been put in it since.
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
