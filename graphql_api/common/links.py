"""Pages linked through editors' orderable relations (a webinar's partners, ...), in batches."""

from collections import defaultdict

from .locales import translate_page_keys
from .scope import attach


def _links(objects, scope, relation, target):
    """(relation, object id, target translation key) of the objects' links, in editors' order."""
    if scope.preview:
        # A previewed draft's links are the unsaved ones of its snapshot.
        return [
            (relation, obj.pk, getattr(link, target).translation_key)
            for obj in objects
            for link in getattr(obj, relation).all()
        ]
    model = type(objects[0])._meta.get_field(relation).related_model
    rows = (
        model.objects.filter(page_id__in=[obj.pk for obj in objects])
        .order_by("page_id", "sort_order", "pk")
        .values_list("page_id", f"{target}__translation_key")
    )
    return [(relation, obj_id, key) for obj_id, key in rows]


def load_linked_pages(objects, scope, relations, target, model):
    """{(relation, object id): [linked public pages, in the language]} for the batch.

    One query per relation and one for the linked pages of all of them. A target without a
    public page in the language is left out; one linked twice through a relation shows once.
    """
    links = (
        [link for relation in relations for link in _links(objects, scope, relation, target)]
        if objects
        else []
    )
    best = translate_page_keys({key for _, _, key in links}, scope, model=model)
    attach(best.values(), scope)
    linked = defaultdict(list)
    for relation, obj_id, key in links:
        page = best.get(key)
        if page is not None and page not in linked[relation, obj_id]:
            linked[relation, obj_id].append(page)
    return linked
