"""Enums shared by webinars and events."""

import enum

import strawberry


@strawberry.enum(description="How participants attend.")
class EventFormat(enum.Enum):
    ONLINE = "online"
    ON_SITE = "on_site"
    HYBRID = "hybrid"
