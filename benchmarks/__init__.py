"""Benchmarks of the read path: `make bench`."""
