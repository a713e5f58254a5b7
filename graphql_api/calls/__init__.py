"""Calls for expression of interest."""
