"""News articles."""
