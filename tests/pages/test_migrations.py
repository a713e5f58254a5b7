"""Data migrations: what an existing database holds after upgrading."""

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from wagtail.images import get_image_model

BEFORE_IMAGE_LIBRARY = [("pages", "0011_admin_names")]


def migrate(targets):
    """Migrate the test database to the targets; the state's apps there."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True)
def test_images_move_to_the_project_model_with_their_ids_and_tags():
    old = migrate(BEFORE_IMAGE_LIBRARY)
    root = old.get_model("wagtailcore", "Collection").objects.get_or_create(
        depth=1, defaults={"path": "0001", "numchild": 0, "name": "Root"}
    )[0]
    image_model = old.get_model("wagtailimages", "Image")
    for pk, title in ((41, "Harbour"), (42, "Logo")):
        image_model.objects.create(
            pk=pk,
            title=title,
            file=f"original_images/{title.lower()}.png",
            width=640,
            height=480,
            description=f"{title} alt",
            collection=root,
        )
    content_type = old.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="wagtailimages", model="image"
    )[0]
    tag = old.get_model("taggit", "Tag").objects.create(name="oulu", slug="oulu")
    old.get_model("taggit", "TaggedItem").objects.create(
        tag=tag, content_type_id=content_type.pk, object_id=41
    )

    migrate(latest())

    images = get_image_model().objects.order_by("pk")
    assert [(i.pk, i.title, i.description, i.description_ja) for i in images] == [
        (41, "Harbour", "Harbour alt", ""),
        (42, "Logo", "Logo alt", ""),
    ]
    assert [list(i.tags.names()) for i in images] == [["oulu"], []]
    uploaded = get_image_model().objects.create(
        title="New", file="original_images/new.png", width=10, height=10, collection_id=root.pk
    )
    assert uploaded.pk == 43
