from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Editors' admin"

    def ready(self):
        from . import roles

        # The translation editor's comments date strings as the editor's language does.
        from .admin_language import write_dates_in_the_editors_language

        write_dates_in_the_editors_language()

        # The admin's CSV exports write text that would run as a formula as text.
        from .spreadsheet_exports import export_formulas_as_text

        export_formulas_as_text()

        # New news and calls indexes are reviewed, a new Japanese home opens to translators.
        roles.connect()
