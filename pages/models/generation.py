"""The content generation: one value that every committed change to public content replaces."""

from django.db import models


class ContentGeneration(models.Model):
    """The current generation of what readers see (one row); caches key their entries by it."""

    value = models.PositiveBigIntegerField(default=1)

    class Meta:
        verbose_name = "content generation"

    def __str__(self):
        return f"generation {self.value}"
