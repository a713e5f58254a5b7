"""What a document asks of a list's items, so that a read loads only the rows it needs."""

from strawberry.types.nodes import SelectedField
from strawberry.utils.str_converters import to_camel_case

from wagtail.fields import RichTextField, StreamField

# The Page interface's fields come from the base page row, whatever the page's type.
INTERFACE = "Page"
# Interface fields that read the page's own fields: asking one loads every type whole.
SPECIFIC_INTERFACE_FIELDS = frozenset({"structuredData"})


def _collect(selections, type_name, found):
    for selection in selections:
        if isinstance(selection, SelectedField):
            found.setdefault(type_name, set()).add(selection.name)
        else:
            # An inline fragment or a fragment spread: its fields belong to its type condition.
            _collect(selection.selections, selection.type_condition or type_name, found)


def fields_by_type(selections):
    """{type name: field names} of a selection set, fragments resolved to their types."""
    found = {}
    _collect(selections, INTERFACE, found)
    return found


def item_selections(info):
    """The selections under `items` of the list field being resolved, from every node of it."""
    return [
        selection
        for field in info.selected_fields
        for item in field.selections
        if isinstance(item, SelectedField) and item.name == "items"
        for selection in item.selections
    ]


def typed_fields(selections):
    """Names of the page types whose own fields are asked for; None when every type's are."""
    found = fields_by_type(selections)
    if found.get(INTERFACE, set()) & SPECIFIC_INTERFACE_FIELDS:
        return None
    return frozenset(
        type_name
        for type_name, names in found.items()
        if type_name != INTERFACE and names - {"__typename"}
    )


def only_asked_content(queryset, info):
    """The queryset without the StreamField and rich text columns no item asks for.

    They are the widest columns of a page row; a list of titles should not read bodies.
    """
    asked = set().union(*fields_by_type(item_selections(info)).values())
    unasked = [
        field.name
        for field in queryset.model._meta.concrete_fields
        if isinstance(field, (StreamField, RichTextField))
        and to_camel_case(field.name) not in asked
    ]
    return queryset.defer(*unasked) if unasked else queryset
