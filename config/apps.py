from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save


class ConfigConfig(AppConfig):
    name = "config"
    verbose_name = "Kennisplatform"

    def ready(self):
        from wagtail.documents import get_document_model
        from wagtail.models import PageViewRestriction, Site, get_page_models
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from events.models import EventState, Registration
        from knowledge.spreadsheets import protect_wagtail_exports
        from knowledge.taxonomy import Audience, Region, Theme

        from .page_cache import new_generation, topic_changed
        from .pages import clear_sites_cache

        # No CSV export of any Wagtail listing carries a live formula (knowledge.spreadsheets).
        protect_wagtail_exports()

        # The cached sites hold their root pages' tree paths (config/pages.py).
        uid = "config.sites."
        post_save.connect(clear_sites_cache, sender=Site, dispatch_uid=uid + "saved")
        post_delete.connect(clear_sites_cache, sender=Site, dispatch_uid=uid + "deleted")
        post_page_move.connect(clear_sites_cache, dispatch_uid=uid + "page-moved")
        # Signals name the concrete class as sender: every page model is connected.
        page_models = get_page_models()
        for model in page_models:
            post_delete.connect(
                clear_sites_cache, sender=model, dispatch_uid=f"{uid}deleted.{model._meta.label}"
            )

        # Anything a cached anonymous page may show starts a new page cache generation
        # (config/page_cache.py). Page saves include publishing and unpublishing; a draft
        # saved by an editor empties the cache too, which is rare enough not to matter.
        uid = "config.page_cache."
        page_published.connect(new_generation, dispatch_uid=uid + "published")
        page_unpublished.connect(new_generation, dispatch_uid=uid + "unpublished")
        post_page_move.connect(new_generation, dispatch_uid=uid + "moved")
        for signal in (post_save, post_delete):
            for model in (
                *page_models,
                PageViewRestriction,
                Site,
                Theme,
                Region,
                Audience,
                get_document_model(),
            ):
                signal.connect(
                    new_generation,
                    sender=model,
                    dispatch_uid=f"{uid}{signal is post_save}.{model._meta.label}",
                )
        # Registrations and an organiser closing them change only the free seats and the
        # registration state, which the pages naming the "registrations" topic show.
        registrations_changed = topic_changed("registrations")
        for signal in (post_save, post_delete):
            for model in (Registration, EventState):
                signal.connect(
                    registrations_changed,
                    sender=model,
                    weak=False,  # the receiver is made here and referenced by nothing else
                    dispatch_uid=f"{uid}registrations.{signal is post_save}.{model._meta.label}",
                )
        m2m_changed.connect(
            new_generation,
            sender=PageViewRestriction.groups.through,
            dispatch_uid=uid + "restriction-groups",
        )
