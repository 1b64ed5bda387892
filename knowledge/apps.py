from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Kennisbank"

    def ready(self):
        from .taxonomy import Audience, Region, Theme, clear_taxonomy_cache

        for model in (Theme, Region, Audience):
            post_save.connect(clear_taxonomy_cache, sender=model, dispatch_uid=f"tax-{model}")
            post_delete.connect(clear_taxonomy_cache, sender=model, dispatch_uid=f"tax-d-{model}")
