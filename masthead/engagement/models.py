from django.db import models


class ViewTotal(models.Model):
    """The stored number of counted views of one article."""

    article = models.OneToOneField(
        "newsroom.Article", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    views = models.PositiveBigIntegerField(default=0, db_index=True)

    def __str__(self):
        return f"{self.article_id}: {self.views}"
