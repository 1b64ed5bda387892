from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Zoeken"

    def ready(self):
        """Connect the outbox writers to the signals of the content apps (which never import
        search); see search/indexing.py."""
        from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

        from wagtail.contrib.search_promotions.models import Query, SearchPromotion
        from wagtail.documents import get_document_model
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from knowledge.taxonomy import Audience, Region, Theme

        from . import indexing, service
        from .models import CompoundPart, Synonym

        uid = "search.indexing."
        page_published.connect(indexing.on_page_published, dispatch_uid=uid + "published")
        page_unpublished.connect(indexing.on_page_unpublished, dispatch_uid=uid + "unpublished")
        post_delete.connect(indexing.on_post_delete, dispatch_uid=uid + "deleted")
        post_page_move.connect(indexing.on_page_moved, dispatch_uid=uid + "moved")
        for signal in (post_save, post_delete):
            signal.connect(
                indexing.on_restriction_changed,
                sender=PageViewRestriction,
                dispatch_uid=f"{uid}restriction.{signal is post_save}",
            )
        m2m_changed.connect(
            indexing.on_restriction_groups_changed,
            sender=PageViewRestriction.groups.through,
            dispatch_uid=uid + "restriction.groups",
        )
        post_save.connect(
            indexing.on_document_saved,
            sender=get_document_model(),
            dispatch_uid=uid + "document",
        )
        for model in (Theme, Region, Audience):
            post_save.connect(
                indexing.on_term_saved, sender=model, dispatch_uid=f"{uid}term.{model.__name__}"
            )
            pre_delete.connect(
                indexing.on_term_deleting,
                sender=model,
                dispatch_uid=f"{uid}term-delete.{model.__name__}",
            )
        for signal in (post_save, post_delete):
            for model in (Synonym, CompoundPart):  # both are analysis settings of the index
                signal.connect(
                    indexing.on_synonyms_changed,
                    sender=model,
                    dispatch_uid=f"{uid}{model.__name__}.{signal is post_save}",
                )
        for signal in (post_save, post_delete):
            for model in (SearchPromotion, Query):  # which queries have editors' picks
                signal.connect(
                    service.forget_promoted_queries,
                    sender=model,
                    dispatch_uid=f"search.promotions.{model.__name__}.{signal is post_save}",
                )
