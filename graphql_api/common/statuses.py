"""Enums shared by webinars and events."""

from pages.models import EventFormat as EventFormatChoices

from .enums import choices_enum

EventFormat = choices_enum(EventFormatChoices, "EventFormat", "How participants attend.")
