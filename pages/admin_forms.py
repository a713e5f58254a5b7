"""The admin form every page type edits with."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import AdminAutoHeightTextInput


class PageForm(WagtailAdminPageForm):
    """Wagtail's page form with a title that grows to show a long title whole.

    A one-line input cut long titles (the demo's 「長野県と森林バイオエコノミー・クラスター・
    北カレリア地域評議会」) at the box's edge; a text area that grows with its text shows them in
    full. Line breaks typed into it become spaces: a title is one line everywhere it is shown.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        title = self.fields.get("title")
        if title is not None:
            title.widget = AdminAutoHeightTextInput(attrs=title.widget.attrs)

    def clean_title(self):
        return " ".join(self.cleaned_data["title"].split())
