"""Factories of the scratch kinds."""

import datetime

import factory
import wagtail_factories

from .models import StoryIndexPage, StoryPage


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryIndexPage

    title = "Stories"

    class Params:
        # The title of its Japanese translation in the test trees.
        japanese_title = "成功事例"


class StoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryPage

    title = factory.Sequence(lambda n: f"Story {n}")
    date = datetime.date(2023, 5, 4)
    summary = "Two clusters met and built something."
    body = "<p>How it went.</p>"
