"""Copy the site's web font, Noto Sans JP (variable weight), from its npm package into static files.

The font covers Latin and Japanese. It comes in about 120 subsets, each declared with the
characters it holds (`unicode-range`), so a page downloads only the subsets its text uses.
`make web-font` runs this after `npm ci`; the copied files are committed, so the site needs
no Node.js.
"""

import re
import shutil
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

PACKAGE = Path(settings.BASE_DIR) / "node_modules" / "@fontsource-variable" / "noto-sans-jp"
STATIC = Path(settings.BASE_DIR) / "cms" / "static"
FONT_DIR = STATIC / "fonts" / "noto-sans-jp"
# The Latin rules (4 subsets, 8-25 KB each) sit at the top of the site's stylesheet, between
# these markers, so no page waits for a second stylesheet; Japanese pages add the Japanese
# rules, which alone weigh about 100 KB, from their own file.
SITE_CSS = STATIC / "css" / "site.css"
LATIN_START = "/* Web font, Latin subsets: written by `make web-font`. */\n"
LATIN_END = "/* End of the web font's Latin subsets. */\n"
JAPANESE_CSS = STATIC / "css" / "fonts-ja.css"
FAMILY = "Noto Sans JP Variable"
RULE = re.compile(r"/\* noto-sans-jp-\[?([\w-]+?)\]?-wght-normal \*/\n@font-face \{.*?\}\n?", re.S)


def stylesheets(package):
    """The package's @font-face rules, Latin and Japanese apart, pointing at the copied files."""
    version = re.search(r'"version":\s*"([^"]+)"', (package / "package.json").read_text())[1]
    rules = (package / "index.css").read_text(encoding="utf-8")
    rules = rules.replace("url(./files/", "url(../fonts/noto-sans-jp/")
    # A font that arrives after the first paint is kept for the next page instead of swapped in:
    # swapping moved the text under the reader (layout shift). The Latin subset is preloaded,
    # so English pages usually have it for their first paint.
    rules = rules.replace("font-display: swap;", "font-display: optional;")
    header = (
        f"/* {FAMILY}: Noto Sans JP {version} from the npm package @fontsource-variable/noto-sans-jp,\n"
        "   under the SIL Open Font License 1.1 (fonts/noto-sans-jp/OFL.txt). Written by\n"
        "   `make web-font`; do not edit. */\n"
    )
    parts = {"latin": [], "ja": []}
    for rule in RULE.finditer(rules):
        parts["ja" if rule[1].isdigit() else "latin"].append(rule[0].rstrip("\n") + "\n")
    return {name: header + "".join(found) for name, found in parts.items()}


def with_latin_rules(site_css, latin_rules):
    """The site's stylesheet with its block of Latin @font-face rules replaced."""
    before, found, rest = site_css.partition(LATIN_START)
    if not found:
        raise ValueError(f"{SITE_CSS} lacks the marker {LATIN_START.strip()}")
    _, _, after = rest.partition(LATIN_END)
    return before + LATIN_START + latin_rules + LATIN_END + after


class Command(BaseCommand):
    help = "Copy Noto Sans JP from node_modules into cms/static/fonts and declare its subsets."

    def handle(self, *args, **options):
        if FONT_DIR.exists():
            shutil.rmtree(FONT_DIR)
        FONT_DIR.mkdir(parents=True)
        for font in sorted((PACKAGE / "files").glob("*.woff2")):
            shutil.copyfile(font, FONT_DIR / font.name)
        shutil.copyfile(PACKAGE / "LICENSE", FONT_DIR / "OFL.txt")
        rules = stylesheets(PACKAGE)
        JAPANESE_CSS.write_text(rules["ja"], encoding="utf-8")
        SITE_CSS.write_text(with_latin_rules(SITE_CSS.read_text(encoding="utf-8"), rules["latin"]))
        count = len(list(FONT_DIR.glob("*.woff2")))
        self.stdout.write(f"Copied {count} font files and wrote the stylesheets.")
