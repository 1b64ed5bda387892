"""Every stored file passes the policy: `/media/<name>` is a view, not a public folder.

Documents, image originals and renditions live in MEDIA_ROOT, which no web server location
maps onto. This view finds what a file name belongs to, asks the policy, and hands the file to
nginx with `X-Accel-Redirect` in production (SENDFILE_BACKEND, the same mechanism Wagtail's
document view uses) or streams it itself elsewhere.
"""

from __future__ import annotations

import logging
import mimetypes

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.formats import date_format
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from wagtail.documents import get_document_model
from wagtail.documents.views import serve as wagtaildocs_serve
from wagtail.images import get_image_model
from wagtail.utils import sendfile_streaming_backend
from wagtail.utils.sendfile import sendfile

from . import labels, policy, stamp
from .models import DocumentDownload

logger = logging.getLogger("kennisplatform.access")


def owner_of(name: str):
    """The document or image a stored file belongs to (a rendition answers for its image)."""
    document = get_document_model().objects.filter(file=name).first()
    if document is not None:
        return document
    image_model = get_image_model()
    image = image_model.objects.filter(file=name).first()
    if image is not None:
        return image
    rendition = (
        image_model.get_rendition_model().objects.filter(file=name).select_related("image").first()
    )
    return rendition.image if rendition is not None else None


def refuse(request: HttpRequest) -> HttpResponse:
    """Visitors are asked to log in; signed-in people who may not open it get a 403."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied


def send(request: HttpRequest, path: str, *, attachment: bool, filename: str, public: bool):
    options = {}
    if not hasattr(settings, "SENDFILE_BACKEND"):
        options["backend"] = sendfile_streaming_backend.sendfile
    mimetype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    response = sendfile(
        request,
        path,
        attachment=attachment,
        attachment_filename=filename,
        mimetype=mimetype,
        **options,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return cache_as(response, public=public)


def _downloader(user) -> str:
    if not user.is_authenticated:
        return ""
    return user.get_full_name() or user.email


def send_labelled(request: HttpRequest, *, file, filename: str, label: str) -> HttpResponse:
    """A download that carries its sharing label: `TLP-GREEN_<name>` and, for a PDF, the label
    stamped on its first page, with the downloader's name and the date for AMBER and RED
    (access/stamp.py). A PDF that cannot be stamped keeps the label in its name only."""
    name = stamp.filename(label, filename)
    public = label == labels.Label.CLEAR
    if not filename.lower().endswith(".pdf"):
        return send(request, file.path, attachment=True, filename=name, public=public)
    with file.open("rb") as stored:
        data = stored.read()
    try:
        data = stamp.stamp_pdf(
            data,
            label,
            name=_downloader(request.user),
            when=date_format(timezone.localtime(), "j F Y, H:i"),
        )
    except stamp.StampError:
        logger.warning("%s: PDF not stamped", file.name)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(True, name)
    response["X-Content-Type-Options"] = "nosniff"
    return cache_as(response, public=public)


def send_document(request: HttpRequest, document) -> HttpResponse:
    """A document that is not public, through either door: sent with its label, and from
    TLP:AMBER up the download is logged (who, when, which document; access/reports.py). A HEAD
    request takes no copy and is not logged."""
    label = labels.file_label(document)
    if label not in labels.QUOTABLE and request.method == "GET":
        record_download(document=document, user=request.user, label=label)
    return send_labelled(request, file=document.file, filename=document.filename, label=label)


def record_download(*, document, user, label: str) -> None:
    DocumentDownload.objects.create(
        document=document, user=user if user.is_authenticated else None, label=label
    )


def cache_as(response: HttpResponse, *, public: bool) -> HttpResponse:
    """Public files may be cached anywhere; any other only by the person's own browser. Said
    explicitly: nginx passes few of Django's headers on with an X-Accel-Redirect answer (not
    `Vary: Cookie`) and adds Last-Modified, so a shared cache could otherwise keep the file."""
    if public:
        patch_cache_control(response, public=True, max_age=3600)
    else:
        patch_cache_control(response, private=True, no_cache=True)
    return response


@require_safe
def serve_media(request: HttpRequest, name: str) -> HttpResponse:
    obj = owner_of(name)
    if obj is None:
        raise Http404
    # Most files are public: one decision for them, and they may be cached anywhere.
    public = policy.may_open_file(None, obj)
    if not public and not policy.may_open_file(request.user, obj, request):
        return refuse(request)
    storage = obj.file.storage
    try:
        path = storage.path(name)
    except NotImplementedError as error:  # remote storage: not supported by this view
        raise Http404 from error
    is_document = isinstance(obj, get_document_model())
    if is_document and not public:
        return send_document(request, obj)
    return send(
        request,
        path,
        attachment=is_document,
        filename=obj.filename if is_document else name.rsplit("/", 1)[-1],
        public=public,
    )


def serve_document(request: HttpRequest, document_id: str, document_filename: str):
    """Wagtail's document view (the policy decides in access/wagtail_hooks.py), with the cache
    headers of `/media/`: Wagtail's sets none."""
    response = wagtaildocs_serve.serve(request, document_id, document_filename)
    if response.status_code in (200, 206, 304):
        document = get_document_model().objects.get(pk=document_id)
        cache_as(response, public=policy.may_open_file(None, document))
    return response
