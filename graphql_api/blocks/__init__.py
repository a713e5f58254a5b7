"""One strawberry type per StreamField block, built from the stored JSON in batches."""
