from django.db import migrations

from editorial.roles import create_roles


def create(apps, schema_editor):
    create_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0009_tree_level_index"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("webhooks", "0001_initial"),
        ("previews", "0001_initial"),
        ("graphql_api", "0002_move_generation_to_pages"),
    ]

    # Leaving the roles in place when unapplied: users may have been put in them since.
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
