from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Kennisbank"

    def ready(self):
        from wagtail.models import PageViewRestriction, get_page_models
        from wagtail.signals import post_page_move

        from .access import clear_restricted_paths
        from .taxonomy import Audience, Region, Theme, clear_taxonomy_cache

        for model in (Theme, Region, Audience):
            post_save.connect(clear_taxonomy_cache, sender=model, dispatch_uid=f"tax-{model}")
            post_delete.connect(clear_taxonomy_cache, sender=model, dispatch_uid=f"tax-d-{model}")

        uid = "knowledge.restricted-paths."
        for signal in (post_save, post_delete):
            signal.connect(
                clear_restricted_paths,
                sender=PageViewRestriction,
                dispatch_uid=f"{uid}{signal is post_save}",
            )
        post_page_move.connect(clear_restricted_paths, dispatch_uid=uid + "moved")
        for model in get_page_models():  # signals name the concrete page class
            post_delete.connect(
                clear_restricted_paths, sender=model, dispatch_uid=f"{uid}{model._meta.label}"
            )
