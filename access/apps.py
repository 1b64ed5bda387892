from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class AccessConfig(AppConfig):
    name = "access"
    verbose_name = "Toegang"

    def ready(self):
        from wagtail.models import PageViewRestriction, get_page_models
        from wagtail.signals import page_published, post_page_move

        from .restrictions import clear_restricted_paths, name_login_restriction_for_what_it_is
        from .signals import record_file_uses

        name_login_restriction_for_what_it_is()

        # At publish, inside its transaction: which files a live page uses decides who may
        # download them, so it must never wait for a background task.
        page_published.connect(record_file_uses, dispatch_uid="access.file-uses")

        uid = "access.restricted-paths."
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
