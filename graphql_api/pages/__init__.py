"""The Page interface and the `page` and `pages` root fields."""
