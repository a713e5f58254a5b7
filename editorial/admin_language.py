"""What the admin writes in the editor's language where Wagtail and wagtail-localize do not.

- Script strings: Django adds the project's catalogue (locale/wagtail/ja/LC_MESSAGES/djangojs.po)
  to every script catalogue, so Wagtail's and wagtail-localize's scripts find the Japanese their
  own catalogues lack (the autosave notice, "Collapse all").
- wagtail-localize's editor writes some sentences around the catalogue ("English to Japanese
  translation", "Publish in Japanese"): its script is served with them passed through it.
- Its comments on translated strings ("Translated manually on 6 December 2026") write dates
  in English: they are written as the editor's language writes dates.
"""

import functools
import hashlib
import os
import re
import tempfile
from pathlib import Path

from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage
from django.utils import formats, timezone
from django.utils.translation import gettext

import wagtail_localize
from wagtail_localize.models import StringTranslation

EDITOR_SCRIPT = "wagtail_localize/js/wagtail-localize.js"
# The editor's sentences that the minified script writes around the catalogue, each with how
# many times it occurs: (pattern, replacement, count).
EDITOR_SENTENCES = [
    # The heading of the strings (with and without tabs), a template literal:
    # `${p.sourceLocale.displayName} to ${p.locale.displayName} translation`.
    (
        re.compile(
            r"`\$\{(?P<props>\w+)\.sourceLocale\.displayName\} to "
            r"\$\{(?P=props)\.locale\.displayName\} translation`"
        ),
        r'interpolate(gettext("%(source)s to %(target)s translation"),'
        r"{source:\g<props>.sourceLocale.displayName,target:\g<props>.locale.displayName},true)",
        2,
    ),
    # Buttons whose name comes last in English: gettext("Publish in ")+locale.displayName.
    (
        re.compile(
            r'(?P<gettext>\w+\(\))\("(?P<text>Publish in |Translate with |'
            r'Translate all missing strings with )"\)\+(?P<name>\w+\.\w+)'
        ),
        r'interpolate(\g<gettext>("\g<text>%(name)s"),{name:\g<name>},true)',
        3,
    ),
    # The label screen readers announce for the menu of actions.
    (re.compile(r'(\{className:"w-sr-only"\},)"More actions"'), r'\1gettext("More actions")', 2),
]


def translatable_editor_script(script):
    """wagtail-localize's editor script with every sentence passed through the catalogue."""
    for pattern, replacement, expected in EDITOR_SENTENCES:
        script, count = pattern.subn(replacement, script)
        if count != expected:
            return None
    return script


@functools.cache
def patched_editor_script():
    """The patched script's path (written once per content); None when the patch fails."""
    original = Path(wagtail_localize.__file__).parent / "static" / EDITOR_SCRIPT
    patched = translatable_editor_script(original.read_text(encoding="utf-8"))
    if patched is None:
        return None
    digest = hashlib.sha256(patched.encode()).hexdigest()[:16]
    directory = Path(tempfile.gettempdir()) / "ejrc-static" / digest
    target = directory / EDITOR_SCRIPT
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        # Written aside then moved, so that a process serving it never reads half a file.
        partial = target.with_suffix(f".{os.getpid()}.partial")
        partial.write_text(patched, encoding="utf-8")
        partial.replace(target)
    return target


class TranslatableEditorScriptFinder(BaseFinder):
    """Finds wagtail-localize's editor script with a translatable heading.

    Listed before the app finders, so that both `runserver` and `collectstatic` take this copy.
    Should a new version of wagtail-localize write the heading differently, the original is
    served (a test fails, naming the change).
    """

    def check(self, **kwargs):
        return []

    def find(self, path, find_all=False, **kwargs):
        found = patched_editor_script() if path == EDITOR_SCRIPT else None
        if find_all:
            return [str(found)] if found else []
        return str(found) if found else None

    def list(self, ignore_patterns):
        found = patched_editor_script()
        if found is not None:
            root = found.parents[len(Path(EDITOR_SCRIPT).parts) - 1]
            yield EDITOR_SCRIPT, FileSystemStorage(location=root)


def comment_with_local_date(string_translation):
    """How and when a string was translated, the date written in the editor's language."""
    date = formats.date_format(timezone.localtime(string_translation.updated_at), "DATE_FORMAT")
    if string_translation.tool_name:
        return gettext("Translated with {tool_name} on {date}").format(
            tool_name=string_translation.tool_name, date=date
        )
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL:
        return gettext("Translated manually on {date}").format(date=date)
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
        return gettext("Machine translated on {date}").format(date=date)
    return None


def write_dates_in_the_editors_language():
    """Route wagtail-localize's comments on translated strings through the local date format."""
    StringTranslation.get_comment = comment_with_local_date
