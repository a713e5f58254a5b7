"""The search index: a document and weighted terms per page, kept as pages are saved."""

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import connection, transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.html import strip_tags

from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.models.partners import SidedPartnerLink
from search import sql
from search.models import SearchDocument, SearchFacet, SearchTerm
from search.text import name_term, normalise, text_terms

# A field's weight: a term in the title counts most, then in the summary and names.
TITLE_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT = 10, 3, 1
LEAD_FIELDS = frozenset({"summary", "official_name", "acronym"})


def partner_link_models():
    """The models linking a page to its partners (webinars' and partnerships', each side)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, SidedPartnerLink) and not model._meta.abstract
    ]


def _field_texts(page, name):
    """The plain texts of one of the page's searched fields (or properties)."""
    value = getattr(page, name, None)
    if value is None:
        return []
    try:
        model_field = page._meta.get_field(name)
    except FieldDoesNotExist:
        model_field = None
    if isinstance(model_field, StreamField):
        return [
            strip_tags(str(text)) for text in model_field.stream_block.get_searchable_content(value)
        ]
    if isinstance(model_field, RichTextField):
        return [strip_tags(value)]
    if isinstance(value, str):
        return [value]
    return []


def searched_texts(page):
    """(weight, text) of everything the page is found by, besides its title."""
    texts = []
    for search_field in page.get_search_fields():
        name = search_field.field_name
        if not isinstance(search_field, index.SearchField) or name == "title":
            continue
        weight = LEAD_WEIGHT if name in LEAD_FIELDS else BODY_WEIGHT
        texts += [(weight, text) for text in _field_texts(page, name) if text.strip()]
    return texts


class Facets(dict):
    """Ids of search facets by (content type id, sectors), created as documents need them."""

    def id_of(self, content_type_id, sectors):
        key = (content_type_id, " ".join(sorted(sectors)))
        if key not in self:
            self[key] = SearchFacet.objects.get_or_create(
                content_type_id=content_type_id, sectors=key[1]
            )[0].pk
        return self[key]


def _indexed(page, facets):
    """The document of a specific page and the weights of its terms."""
    texts = searched_texts(page)
    weights = dict.fromkeys(text_terms(page.title), TITLE_WEIGHT)
    for weight, text in texts:
        for term in text_terms(text):
            weights[term] = min(weights.get(term, 0) + weight, 255)
    for name in getattr(page, "search_name_fields", ()):
        for term in text_terms(getattr(page, name)):
            weights[name_term(term)] = 1
    sectors = [sector.slug for sector in page.sectors.all()] if hasattr(page, "sectors") else []
    body = "\n".join(text for _weight, text in texts)
    document = SearchDocument(
        page_id=page.pk,
        locale_id=page.locale_id,
        facet_id=facets.id_of(page.content_type_id, sectors),
        title=page.title,
        text=body,
        normalised=normalise(page.title + "\n" + body),
    )
    return document, weights


def _insert(indexed):
    """Insert documents and their terms; plain rows, as the index holds hundreds per page."""
    SearchDocument.objects.bulk_create([document for document, _weights in indexed])
    rows = [
        (document.pk, term, weight, document.facet_id)
        for document, weights in indexed
        for term, weight in weights.items()
    ]
    terms = sql.table(SearchTerm)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            copy_terms = sql.compose(
                "COPY {terms} (document_id, term, weight, facet_id) FROM STDIN", terms=terms
            )
            with cursor.cursor.copy(copy_terms.text) as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            # executemany() gives each row's values to the row's placeholders.
            insert_terms = sql.compose(
                "INSERT INTO {terms} (document_id, term, weight, facet_id) VALUES ({row})",
                terms=terms,
                row=sql.Sql("%s, %s, %s, %s"),
            )
            cursor.executemany(insert_terms.text, rows)


def _forget(page_ids=None):
    """Delete the documents of the pages (all when None) and their terms, in two statements.

    The index is derived data: deleting it row by row with signals, as a cascade does, would
    cost a round trip per term.
    """
    ids = None if page_ids is None else list(page_ids)
    if ids == []:
        return
    for model, key in ((SearchTerm, "document"), (SearchDocument, "page")):
        statement = sql.compose("DELETE FROM {rows}", rows=sql.table(model))
        if ids is not None:
            statement = sql.compose(
                "{statement} WHERE {key} IN ({ids})",
                statement=statement,
                key=sql.column(model, key),
                ids=sql.values(ids),
            )
        sql.run(statement)


def index_page(page):
    """Put what the page's row holds (for a live page, its live version) in the index."""
    indexed = _indexed(page.specific, Facets())
    with transaction.atomic():
        _forget([page.pk])
        _insert([indexed])


def rebuild(chunk_size=500):
    """Index every page again, in chunks of inserts; the number indexed."""
    _forget()
    count, facets = 0, Facets()
    pages = Page.objects.exclude(depth=1).order_by("pk").specific()
    for start in range(0, pages.count(), chunk_size):
        indexed = [_indexed(page, facets) for page in pages[start : start + chunk_size]]
        _insert(indexed)
        count += len(indexed)
    return count


def rebuild_if_empty(plan=None, **kwargs):
    """After migrating, build an empty index (new, or emptied by a change of its format)."""
    # Migrated back, the tables have an older form than this code writes.
    if any(backwards for _migration, backwards in plan or ()):
        return
    if not SearchDocument.objects.exists():
        rebuild()


def _searched_field_names(model):
    return {"title"} | {field.field_name for field in model.get_search_fields()}


@receiver(post_save)
def _index_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """Index every page as its row is saved (publishing included), drafts too, for the admin."""
    if raw or not isinstance(instance, Page) or instance.depth == 1:
        return
    if update_fields is None:
        # A whole row, as saved; its sectors, saved with it just after, are read from the
        # instance (modelcluster holds them until then).
        index_page(instance)
    elif set(update_fields) & _searched_field_names(sender):
        # Some columns only: the rest of the instance may hold a draft's unsaved values.
        index_page(sender.objects.get(pk=instance.pk))
    # Otherwise bookkeeping (saving a revision, unpublishing): nothing searched changed.
