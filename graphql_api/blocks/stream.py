"""Rich text and StreamField values of a batch of pages, with references resolved once."""

from wagtail.fields import RichTextField, StreamField

from graphql_api.common.pagination import page_of_list
from graphql_api.common.references import References
from graphql_api.common.richtext import render_rich_text
from graphql_api.common.scope import batch_of, served_id
from pages.registry import PAGE_KINDS

from .types import STREAMS


def content_fields(model):
    """The model's rich text fields and StreamFields (with the API types of their blocks)."""
    rich, streams = [], {}
    for field in model._meta.get_fields():
        if isinstance(field, RichTextField):
            rich.append(field.name)
        elif isinstance(field, StreamField):
            streams[field.name] = STREAMS[type(field.stream_block)]
    return rich, streams


# Computed once for every page kind, so a StreamField with an unregistered block fails at start.
CONTENT_FIELDS = {kind.model: content_fields(kind.model) for kind in PAGE_KINDS}


def _raw(obj, name):
    value = getattr(obj, name)
    return list(value.raw_data) if value is not None else []


def _load_references(objects, scope):
    references = References(scope)
    if not objects:
        return references
    rich, streams = CONTENT_FIELDS[type(objects[0])]
    # Columns a list left unread were not asked for: their references are not needed.
    unread = objects[0].get_deferred_fields()
    rich = [name for name in rich if name not in unread]
    streams = {name: registry for name, registry in streams.items() if name not in unread}
    for obj in objects:
        for name in rich:
            references.collect_html(getattr(obj, name))
        for name, registry in streams.items():
            for child in _raw(obj, name):
                block = registry.get(child.get("type"))
                if block is not None:
                    block.collect(child.get("value"), references)
    return references.resolve()


def references_of(obj):
    """The resolved references of the object's batch."""
    return batch_of(obj).get("references", _load_references)


def rich_text(obj, name):
    """A rich text field of the object as public HTML."""
    return render_rich_text(getattr(obj, name), references_of(obj))


def stream(obj, name):
    """A StreamField of the object as a list of typed blocks."""
    references = references_of(obj)
    language = references.scope.language_of(obj)
    registry = CONTENT_FIELDS[type(obj)][1][name]
    prefix = f"{served_id(obj.pk, references.scope)}/{name}/"
    blocks = []
    for index, child in enumerate(_raw(obj, name)):
        block = registry.get(child.get("type"))
        if block is None:
            continue
        block_id = prefix + (child.get("id") or f"#{index}")
        built = block.from_block(block_id, child.get("value"), references, language)
        if built is not None:
            blocks.append(built)
    return blocks


def stream_page(obj, name, limit, offset, cls):
    """One page of a StreamField's blocks, as a connection of the given class."""
    return page_of_list(stream(obj, name), limit, offset, cls)
