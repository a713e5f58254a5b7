"""Online applications to calls for expression of interest, and their review by the helpdesk.

Applications hold personal data: they are never in the API, feeds, search, the sitemap, a
cache or a webhook, and their attachments are kept in private storage.
"""
