"""Sectors, regions, offices, webinar series and site settings."""
