"""Move the library's images to the project's image model, keeping their ids and tags."""

# The ids stay the same, so StreamField blocks, revisions and translations that name an image by
# id still find it. Renditions are not copied: they are made again on first use.

from django.core.management.color import no_style
from django.db import migrations

COLUMNS = (
    "id, title, file, width, height, created_at, focal_point_x, focal_point_y, "
    "focal_point_width, focal_point_height, file_size, file_hash, description, collection_id, "
    "uploaded_by_user_id"
)


def move_images(apps, schema_editor):
    """Copy every image row, then repoint its tags and references at the new model."""
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO pages_libraryimage ({COLUMNS}, description_ja) "
            f"SELECT {COLUMNS}, '' FROM wagtailimages_image"
        )
        for statement in connection.ops.sequence_reset_sql(
            no_style(), [apps.get_model("pages", "LibraryImage")]
        ):
            cursor.execute(statement)
    content_type = apps.get_model("contenttypes", "ContentType")
    old = content_type.objects.filter(app_label="wagtailimages", model="image").first()
    if old is None:
        return
    new, _ = content_type.objects.get_or_create(app_label="pages", model="libraryimage")
    apps.get_model("taggit", "TaggedItem").objects.filter(content_type=old).update(
        content_type=new
    )
    references = apps.get_model("wagtailcore", "ReferenceIndex").objects
    references.filter(to_content_type=old).update(to_content_type=new)
    references.filter(content_type=old).update(content_type=new, base_content_type=new)


class Migration(migrations.Migration):

    dependencies = [
        ("pages", "0012_image_library"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(move_images, migrations.RunPython.noop)]
