"""Errors the API reports to clients."""


class BadInput(Exception):
    """An argument a client sent that the API cannot honour; the message says why."""
