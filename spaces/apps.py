from django.apps import AppConfig


class SpacesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "spaces"
    verbose_name = "Fenomeentafels"

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from wagtail.signals import page_published, workflow_rejected

        from events.models import EventPage

        from . import signals

        post_save.connect(signals.restrict_meeting, sender=EventPage, dispatch_uid="spaces.meeting")
        # A table's draft article in the editorial workflow: its coordinator hears the outcome.
        page_published.connect(signals.publication_published, dispatch_uid="spaces.published")
        workflow_rejected.connect(signals.publication_returned, dispatch_uid="spaces.returned")
