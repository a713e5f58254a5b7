"""Copy the site's web font, Noto Sans JP (variable weight), from its npm package into static files.

The site sets Latin text in the font's Latin subsets (4 files of 8-25 KB), declared at the top
of the site's stylesheet. Japanese text keeps the reader's system fonts: the font's 120 Japanese
subsets (about 600 KB for a page of the demo, behind 100 KB of rules) delayed the first paint of
Japanese pages on a slow phone link (Lighthouse performance 85-88), with or without the rules
at the end of the page. `make web-font` runs this after `npm ci`; the copied files are
committed, so the site needs no Node.js.
"""

import re
import shutil
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

PACKAGE = Path(settings.BASE_DIR) / "node_modules" / "@fontsource-variable" / "noto-sans-jp"
STATIC = Path(settings.BASE_DIR) / "cms" / "static"
FONT_DIR = STATIC / "fonts" / "noto-sans-jp"
# The rules sit at the top of the site's stylesheet, between these markers, so no page waits
# for a second stylesheet.
SITE_CSS = STATIC / "css" / "site.css"
LATIN_START = "/* Web font, Latin subsets: written by `make web-font`. */\n"
LATIN_END = "/* End of the web font's Latin subsets. */\n"
FAMILY = "Noto Sans JP Variable"
RULE = re.compile(r"/\* noto-sans-jp-\[?([\w-]+?)\]?-wght-normal \*/\n@font-face \{.*?\}\n?", re.S)
FILE = re.compile(r"url\(\.\./fonts/noto-sans-jp/([^)]+)\)")


def latin_rules(package):
    """The package's @font-face rules of its Latin subsets, pointing at the copied files."""
    version = re.search(r'"version":\s*"([^"]+)"', (package / "package.json").read_text())[1]
    rules = (package / "index.css").read_text(encoding="utf-8")
    rules = rules.replace("url(./files/", "url(../fonts/noto-sans-jp/")
    # A font that arrives after the first paint is kept for the next page instead of swapped in:
    # swapping moved the text under the reader (layout shift). The Latin subset is preloaded,
    # so English pages usually have it for their first paint.
    rules = rules.replace("font-display: swap;", "font-display: optional;")
    header = (
        f"/* {FAMILY}: Noto Sans JP {version} from the npm package @fontsource-variable/noto-sans-jp,\n"
        "   under the SIL Open Font License 1.1 (fonts/noto-sans-jp/OFL.txt). */\n"
    )
    found = [rule[0].rstrip("\n") + "\n" for rule in RULE.finditer(rules) if not rule[1].isdigit()]
    return header + "".join(found)


def with_latin_rules(site_css, rules):
    """The site's stylesheet with its block of Latin @font-face rules replaced."""
    before, found, rest = site_css.partition(LATIN_START)
    if not found:
        raise ValueError(f"{SITE_CSS} lacks the marker {LATIN_START.strip()}")
    _, _, after = rest.partition(LATIN_END)
    return before + LATIN_START + rules + LATIN_END + after


class Command(BaseCommand):
    help = "Copy Noto Sans JP's Latin subsets from node_modules and declare them in site.css."

    def handle(self, *args, **options):
        rules = latin_rules(PACKAGE)
        if FONT_DIR.exists():
            shutil.rmtree(FONT_DIR)
        FONT_DIR.mkdir(parents=True)
        for name in FILE.findall(rules):
            shutil.copyfile(PACKAGE / "files" / name, FONT_DIR / name)
        shutil.copyfile(PACKAGE / "LICENSE", FONT_DIR / "OFL.txt")
        SITE_CSS.write_text(with_latin_rules(SITE_CSS.read_text(encoding="utf-8"), rules))
        count = len(FILE.findall(rules))
        self.stdout.write(f"Copied {count} font files and declared them in {SITE_CSS}.")
