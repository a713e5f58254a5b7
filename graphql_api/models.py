"""The response cache's generation, kept in the database with the content it describes."""

from django.db import models


class ResponseGeneration(models.Model):
    """A value every committed change to public content replaces with a new one (one row)."""

    value = models.PositiveBigIntegerField(default=1)

    class Meta:
        verbose_name = "response cache generation"

    def __str__(self):
        return f"generation {self.value}"
