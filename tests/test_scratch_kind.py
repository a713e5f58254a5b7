"""A content type declared only in its own package is covered by the generic tests unchanged.

The scratch app (tests/scratch) adds success stories: models, kinds, API type and root list,
templates, factories and a migration, nothing else. With it installed, the generic tests of the
registry, the API, the site, the sitemap, the admin and search run again in a fresh process;
each must collect and pass its STORY cases.
"""

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The generic tests, by module: those parametrized over the kinds run for STORY and
# STORY_INDEX, the others look at every kind at once.
GENERIC = {
    "tests/test_registry.py": "STORY or registered_once or home_page_takes",
    "tests/test_every_kind.py": "STORY",
    "tests/graphql_api/test_visibility.py": "root_lists_show or interface_list",
    "tests/graphql_api/test_pagination.py": "every_kind_of_content or every_root_list",
    "tests/graphql_api/test_navigation.py": "menus_list",
    "tests/graphql_api/test_structured_data.py": "STORY",
    "tests/search/test_indexing.py": "every_visible_text_of_every_page_type and STORY",
    "tests/feeds/test_syndication.py": "each_feed_lists",
    "tests/pages/test_site_layout.py": "footer_links_the_feeds",
    "tests/graphql_api/test_embeds.py": "each_embed_frames",
}

# What the run must show for the new kind, test by test.
STORY_CASES = {
    "test_every_registered_kind_has_all_its_pieces[STORY]",
    "test_every_registered_kind_has_all_its_pieces[STORY_INDEX]",
    "test_the_site_serves_each_kind_in_both_languages_and_maps_it[STORY]",
    "test_the_site_serves_each_kind_in_both_languages_and_maps_it[STORY_INDEX]",
    "test_the_admin_edits_each_kind_and_adds_items_under_their_index[STORY]",
    "test_the_admin_edits_each_kind_and_adds_items_under_their_index[STORY_INDEX]",
    "test_the_root_lists_have_the_json_ld_of_the_html[STORY]",
    "test_every_visible_text_of_every_page_type_is_found[STORY]",
    "test_every_visible_text_of_every_page_type_is_found[STORY_INDEX]",
    "test_each_feed_lists_the_public_pages_of_its_kind_in_its_language[stories]",
    "test_each_embed_frames_the_published_pages_of_its_kind_in_both_languages[stories]",
}


def test_a_new_kind_in_its_own_package_is_covered_by_the_generic_tests(tmp_path):
    report = tmp_path / "report.xml"
    selection = [f"{path}" for path in GENERIC]
    keyword = " or ".join(f"({expression})" for expression in set(GENERIC.values()))
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.scratch.settings"}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            *selection,
            "--ds=tests.scratch.settings",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            "-n",
            "0",
            "-q",
            "-k",
            keyword,
            f"--junitxml={report}",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=840,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    cases = ET.parse(report).getroot().iter("testcase")
    passed = {case.get("name") for case in cases if not len(case)}
    assert passed >= STORY_CASES, sorted(STORY_CASES - passed)
    # The whole-registry tests ran with the new kind installed.
    assert {
        "test_every_page_model_of_the_project_is_registered_once",
        "test_the_home_page_takes_the_sections_and_information_pages_in_the_registrys_order",
        "test_root_lists_show_only_public_pages",
        "test_every_kind_of_content_has_a_paginated_root_list",
        "test_menus_list_the_public_sections_and_information_pages_of_the_language",
    } <= passed
