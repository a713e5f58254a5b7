"""Admin views that replace wagtail-localize's where its default would publish unfinished text
or write pages the user may not edit."""

from django.contrib import messages
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.models import Page
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import (
    UpdateTranslationsForm,
    UpdateTranslationsView,
)

from pages.translation_sync import live_target, save_live_translation

from .translation_exchange import may_translate_into


def locked_for(page, user):
    """Whether a lock (a user's, or a review step's) keeps the user from changing the page."""
    lock = page.get_lock()
    return lock is not None and lock.for_user(user)


class SafeUpdateTranslationsForm(UpdateTranslationsForm):
    """The "Sync translated pages" form, saying what publishing does here."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["publish_translations"].help_text = _(
            "Publish the published translations you may publish. They keep their translated "
            "text and get the new dates, numbers, links and relations; new text stays out of "
            "them until it is translated. Draft translations stay drafts."
        )


class SafeUpdateTranslationsView(UpdateTranslationsView):
    """'Sync translated pages' that publishes no source text and only what the user may publish."""

    def get_form(self):
        return SafeUpdateTranslationsForm(
            self.request.POST if self.request.method == "POST" else None
        )

    @transaction.atomic
    def form_valid(self, form):
        if not isinstance(self.object.as_instance(), Page):
            return super().form_valid(form)
        # The source strings are refreshed first; each live translation then gets a merged
        # revision, published only where the user may publish that page.
        self.object.update_from_db()
        publish = form.cleaned_data["publish_translations"]
        drafts = locked = 0
        translations = self.object.translations.filter(enabled=True)
        for translation in translations.select_related("source", "target_locale"):
            target = live_target(translation)
            if target is None:
                continue
            permissions = target.permissions_for_user(self.request.user)
            # Pages of a language the user may not edit, or locked for them (by someone, or
            # by a review step they do not take part in), are left as they are.
            if not permissions.can_edit():
                continue
            if locked_for(target, self.request.user):
                locked += 1
                continue
            may_publish = permissions.can_publish()
            save_live_translation(
                translation, target, user=self.request.user, publish=publish and may_publish
            )
            drafts += publish and not may_publish
        if drafts:
            messages.warning(
                self.request,
                ngettext(
                    "%(count)d translation was saved as a draft: you may not publish it.",
                    "%(count)d translations were saved as drafts: you may not publish them.",
                    drafts,
                )
                % {"count": drafts},
            )
        if locked:
            messages.warning(
                self.request,
                ngettext(
                    "%(count)d translation was left as it is: it is locked or in review.",
                    "%(count)d translations were left as they are: they are locked or in review.",
                    locked,
                )
                % {"count": locked},
            )
        form.cleaned_data["publish_translations"] = False
        return super().form_valid(form)


class SafeSubmitPageTranslationView(SubmitPageTranslationView):
    """'Translate page' offering only the languages whose version of the page the user may write."""

    def get_form(self):
        form = super().get_form()
        locales = form.fields["locales"]
        writable = [
            locale.pk
            for locale in locales.queryset
            if may_translate_into(self.request.user, self.object, locale)
        ]
        locales.queryset = locales.queryset.filter(pk__in=writable)
        if not writable:
            locales.help_text = _("You may not write this page's translation in any language.")
        elif len(writable) == 1:
            # The only language the page can go into comes ticked: translating is one click.
            locales.initial = writable
        return form
