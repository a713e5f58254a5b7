"""Reading an admin form as a browser would post it back."""

from html.parser import HTMLParser


class FormFields(HTMLParser):
    """The fields a browser submits from the form posting to one address."""

    def __init__(self, action_url):
        super().__init__()
        self.action_url = action_url
        self.inside = False
        self.fields = []
        self.select = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("action") == self.action_url
        if not self.inside or "__prefix__" in (attrs.get("name") or ""):
            return
        name = attrs.get("name")
        kind = attrs.get("type", "text")
        if tag == "input" and name and kind not in ("submit", "button", "file"):
            if kind not in ("checkbox", "radio"):
                self.fields.append((name, attrs.get("value", "")))
            elif "checked" in attrs:
                self.fields.append((name, attrs.get("value", "on")))
        elif tag == "select" and name:
            self.select = {"name": name, "multiple": "multiple" in attrs, "options": []}
        elif tag == "option" and self.select:
            self.select["options"].append((attrs.get("value", ""), "selected" in attrs))
        elif tag == "textarea" and name:
            self.textarea = (name, [])

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1].append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self.select:
            options = self.select["options"]
            selected = [value for value, chosen in options if chosen]
            # A single choice with none marked is sent as its first option.
            if not selected and options and not self.select["multiple"]:
                selected = [options[0][0]]
            self.fields += [(self.select["name"], value) for value in selected]
            self.select = None
        elif tag == "textarea" and self.textarea:
            self.fields.append((self.textarea[0], "".join(self.textarea[1])))
            self.textarea = None

    def data(self):
        """The fields as a dict of lists, which the test client posts as repeated keys."""
        data = {}
        for name, value in self.fields:
            data.setdefault(name, []).append(value)
        return data


def form_fields(client, url):
    """What a browser would post back unchanged from the admin form at the URL."""
    parser = FormFields(url)
    parser.feed(client.get(url).content.decode())
    return parser.data()
