"""Partner profiles."""
