"""Storage for personal files (member photos) that must never be served as public media."""

from __future__ import annotations

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property


class PrivateStorage(FileSystemStorage):
    """A file system storage outside MEDIA_ROOT: by default the sibling folder
    "<MEDIA_ROOT>-private", so a web server that serves MEDIA_ROOT cannot reach it. Files are
    handed out only by views that check who asks (members.views.profile_photo)."""

    def __init__(self, location=None, base_url="/niet-openbaar/", **kwargs) -> None:
        super().__init__(location=location, base_url=base_url, **kwargs)

    @cached_property
    def base_location(self) -> str:
        if self._location:  # type: ignore[attr-defined]  # FileSystemStorage keeps the argument here
            return str(self._location)  # type: ignore[attr-defined]
        return str(settings.MEDIA_ROOT).rstrip("/\\") + "-private"
