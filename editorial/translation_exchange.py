"""Translation by an agency: a section's strings out as one PO file, and back in with a report.

Each entry's context is the wagtail-localize translation it belongs to and the segment's path
("<translation id>|<path>"), so that one file can carry many pages and every entry finds its
way back. An entry is refused, never guessed, when its page, its context or its source text is
not what the site has now.
"""

import uuid
from dataclasses import dataclass, field

import polib

from django.db import transaction
from django.utils.translation import gettext as _

from wagtail_localize.models import (
    StringNotUsedInContext,
    Translation,
    TranslationSource,
    UnknownContext,
    UnknownString,
)

SEPARATOR = "|"
TOOL_NAME = "PO file (agency)"


@dataclass
class Exported:
    """The file, and the pages left out (parent not translated yet, or not the user's to write)."""

    po: polib.POFile
    pages: list
    skipped: list


def may_translate_into(user, page, locale):
    """Whether the user may write the page's translation: edit it, or add it where it goes."""
    target = page.get_translation_or_none(locale)
    if target is not None:
        return target.permissions_for_user(user).can_edit()
    parent = page.get_parent().get_translation_or_none(locale)
    return parent is not None and parent.permissions_for_user(user).can_add_subpage()


def translations_of_section(root, locale, user=None, include_subpages=True):
    """The translation of each page of the section into the locale, started where missing.

    A page whose parent has no translation yet cannot be translated (wagtail-localize places
    a translation under its parent's translation), nor one whose translation the user may not
    write: they are returned in the skipped list.
    """
    pages = [root.specific]
    if include_subpages:
        pages += [page.specific for page in root.get_descendants().order_by("path")]
    translations, skipped = [], []
    for page in pages:
        if user is not None and not may_translate_into(user, page, locale):
            skipped.append(page)
            continue
        source, _created = TranslationSource.update_or_create_from_instance(page)
        translation = Translation.objects.filter(source=source, target_locale=locale).first()
        if translation is None:
            if page.get_parent().get_translation_or_none(locale) is None:
                skipped.append(page)
                continue
            translation = Translation.objects.create(source=source, target_locale=locale)
            # Creates the draft page in the locale, as the admin's "Translate" does.
            translation.save_target(user=user, publish=False)
        translations.append((page, translation))
    return translations, skipped


def export_section(root, locale, user=None, include_subpages=True):
    """One PO file with every string of the section's pages and their current translations."""
    translations, skipped = translations_of_section(root, locale, user, include_subpages)
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": f"{root.url_path} ({root.locale.language_code})",
        "Language": locale.language_code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Transfer-Encoding": "8bit",
    }
    for page, translation in translations:
        for entry in translation.export_po():
            if entry.obsolete:
                continue
            entry.msgctxt = f"{translation.uuid}{SEPARATOR}{entry.msgctxt}"
            entry.comment = f"{page.title} ({page.url_path})"
            po.append(entry)
    return Exported(po, [page for page, _ in translations], skipped)


@dataclass
class Change:
    """One string whose translation the import changed."""

    page: str
    source: str
    before: str
    after: str


@dataclass
class Refusal:
    """One entry the import did not apply, and why."""

    line: int
    source: str
    reason: str


@dataclass
class ImportReport:
    changes: list = field(default_factory=list)
    refusals: list = field(default_factory=list)
    unchanged: int = 0
    untranslated: int = 0
    pages: list = field(default_factory=list)


def current_strings(translation):
    """{(context path, source text): translated text} of a translation now."""
    return {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in translation.export_po()
        if not entry.obsolete
    }


def refusal_reason(warning):
    if isinstance(warning, UnknownContext):
        return _("This part of the page no longer exists.")
    if isinstance(warning, (UnknownString, StringNotUsedInContext)):
        return _("The source text has changed since the export.")
    return _("Not applied.")


@transaction.atomic
def import_section(po, user=None):
    """Apply the translations of an exported PO file; update each changed page's draft."""
    report = ImportReport()
    groups = {}
    first_lines = {}
    for entry in po:
        if entry.obsolete:
            continue
        if not entry.msgstr:
            report.untranslated += 1
            continue
        # A string given twice is applied once: a file of repeated entries costs no more.
        first_line = first_lines.setdefault((entry.msgctxt, entry.msgid), entry.linenum)
        if first_line != entry.linenum:
            report.refusals.append(
                Refusal(
                    entry.linenum,
                    entry.msgid,
                    _("Repeated: this string is already on line %(line)d.") % {"line": first_line},
                )
            )
            continue
        key, _separator, path = (entry.msgctxt or "").partition(SEPARATOR)
        groups.setdefault(key, []).append((entry, path))
    found = {
        str(translation.uuid): translation
        for translation in Translation.objects.filter(
            uuid__in=[key for key in groups if is_uuid(key)]
        ).select_related("source", "target_locale")
    }
    for key, entries in groups.items():
        translation = found.get(key)
        if translation is None:
            report.refusals += [
                Refusal(entry.linenum, entry.msgid, _("Not from an export of this site."))
                for entry, _path in entries
            ]
            continue
        target = translation.get_target_instance()
        if user is not None and not target.permissions_for_user(user).can_edit():
            report.refusals += [
                Refusal(entry.linenum, entry.msgid, _("You may not edit this page."))
                for entry, _path in entries
            ]
            continue
        apply_entries(translation, target, entries, user, report)
    return report


def apply_entries(translation, target, entries, user, report):
    """Import one page's entries into its translation, recording changes and refusals."""
    before = current_strings(translation)
    # Strings the file translates as they are already translated need no work (wagtail-localize
    # spends several queries on each): a file imported again costs one export.
    report.unchanged += sum(
        before.get((path, entry.msgid)) == entry.msgstr for entry, path in entries
    )
    entries = [
        (entry, path) for entry, path in entries if before.get((path, entry.msgid)) != entry.msgstr
    ]
    if not entries:
        return
    single = polib.POFile()
    single.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    for entry, path in entries:
        single.append(polib.POEntry(msgid=entry.msgid, msgstr=entry.msgstr, msgctxt=path))
    warnings = translation.import_po(single, user=user, tool_name=TOOL_NAME)
    refused = {warning.index: warning for warning in warnings}
    after = current_strings(translation)
    changed = False
    for index, (entry, path) in enumerate(entries):
        if index in refused:
            report.refusals.append(
                Refusal(entry.linenum, entry.msgid, refusal_reason(refused[index]))
            )
        elif before.get((path, entry.msgid)) == after.get((path, entry.msgid)):
            report.unchanged += 1
        else:
            changed = True
            report.changes.append(
                Change(
                    target.title,
                    entry.msgid,
                    before.get((path, entry.msgid), ""),
                    after[path, entry.msgid],
                )
            )
    if changed:
        translation.save_target(user=user, publish=False)
        report.pages.append(translation.get_target_instance())


def is_uuid(text):
    """Whether a text is a UUID (the first part of an exported context)."""
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
