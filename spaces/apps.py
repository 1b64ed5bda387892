from django.apps import AppConfig


class SpacesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "spaces"
    verbose_name = "Fenomeentafels"

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from events.models import EventPage

        from . import signals

        post_save.connect(signals.restrict_meeting, sender=EventPage, dispatch_uid="spaces.meeting")
