"""Admin views that replace wagtail-localize's where its default would publish unfinished text."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page
from wagtail_localize.views.update_translations import (
    UpdateTranslationsForm,
    UpdateTranslationsView,
)

from .translation_sync import publish_synchronised


class SafeUpdateTranslationsForm(UpdateTranslationsForm):
    """The "Sync translated pages" form, saying what publishing does here."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["publish_translations"].help_text = _(
            "Publish the changes now. Translations that translate every string are published "
            "in full; the others keep their translated text and get only the new dates, "
            "numbers, links and relations. No untranslated text is published."
        )


class SafeUpdateTranslationsView(UpdateTranslationsView):
    """'Sync translated pages' that never publishes source-language text in a translation."""

    def get_form(self):
        return SafeUpdateTranslationsForm(
            self.request.POST if self.request.method == "POST" else None
        )

    @transaction.atomic
    def form_valid(self, form):
        source_page = self.object.as_instance()
        if not form.cleaned_data["publish_translations"] or not isinstance(source_page, Page):
            return super().form_valid(form)
        # The source strings are refreshed first; then each translation publishes only what
        # it translates, instead of wagtail-localize's fallback to the source text.
        self.object.update_from_db()
        source_page = self.object.as_instance()
        translations = self.object.translations.filter(enabled=True)
        for translation in translations.select_related("target_locale"):
            publish_synchronised(translation, source_page, self.request.user)
        form.cleaned_data["publish_translations"] = False
        return super().form_valid(form)
