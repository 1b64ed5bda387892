"""Profile photos: validated, re-encoded and stripped of metadata before they are stored.

Re-encoding from pixels (never copying the upload's bytes) drops EXIF (GPS position, camera
serial numbers), XMP and ICC data and anything hidden after the image data.
"""

from __future__ import annotations

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_SOURCE_PIXELS = 40_000_000  # refuse decompression bombs long before Pillow's own limit
ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}
MAX_EDGE = 800  # stored size: plenty for a profile, small enough to serve quickly
MIN_EDGE = 64


def process_photo(upload) -> ContentFile:
    """Return a clean JPEG of at most MAX_EDGE pixels per side, or raise ValidationError."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("De foto is te groot (maximaal %(mb)s MB).") % {"mb": MAX_UPLOAD_BYTES // 2**20},
            code="too_large",
        )
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            image_format = probe.format
            width, height = probe.size
            probe.verify()  # checks the file's structure without decoding all pixels
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ValidationError(
            _("Dit bestand is geen bruikbare afbeelding. Kies een JPEG-, PNG- of WebP-foto."),
            code="invalid_image",
        ) from exc
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            _("Dit bestandstype wordt niet ondersteund. Kies een JPEG-, PNG- of WebP-foto."),
            code="invalid_type",
        )
    if width * height > MAX_SOURCE_PIXELS:
        raise ValidationError(
            _("De foto heeft te veel pixels (maximaal 40 megapixel)."), code="too_many_pixels"
        )
    if min(width, height) < MIN_EDGE:
        raise ValidationError(
            _("De foto is te klein (minimaal %(px)s bij %(px)s pixels).") % {"px": MIN_EDGE},
            code="too_small",
        )

    upload.seek(0)
    try:
        with Image.open(upload) as image:
            # Turn the picture upright first: the orientation lives in EXIF, which we drop.
            image = ImageOps.exif_transpose(image)
            image.thumbnail((MAX_EDGE, MAX_EDGE), Image.Resampling.LANCZOS)
            if image.mode not in ("RGB", "L"):
                background = Image.new("RGB", image.size, (255, 255, 255))
                rgba = image.convert("RGBA")
                background.paste(rgba, mask=rgba.getchannel("A"))
                image = background
            elif image.mode == "L":
                image = image.convert("RGB")
            out = io.BytesIO()
            # A fresh save without exif=/icc_profile= writes pixels only.
            image.save(out, format="JPEG", quality=85, optimize=True, progressive=True)
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ValidationError(
            _("De foto kon niet worden verwerkt. Probeer een ander bestand."),
            code="invalid_image",
        ) from exc
    return ContentFile(out.getvalue(), name="foto.jpg")
