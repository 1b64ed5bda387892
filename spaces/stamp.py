"""The sharing label on a download: in the file name and, for PDFs, on the first page.

An AMBER or RED PDF also says who downloaded it and when, so a forwarded copy tells where it
came from. The stamp is a line of text at the top of the first page, drawn in the label's
colour on black as TLP 2.0 prescribes, merged onto the page with pypdf. A PDF that cannot be
read (encrypted, broken) raises StampError; the download then carries the label in its name
only.
"""

from __future__ import annotations

import io
import re

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError

from access.labels import QUOTABLE, Label

# The label's colour (RGB 0-1) on black, as in static/css/site.css.
COLOURS = {
    Label.CLEAR: (1, 1, 1),
    Label.GREEN: (0.2, 1, 0),
    Label.AMBER: (1, 0.753, 0),
    Label.AMBER_STRICT: (1, 0.753, 0),
    Label.RED: (1, 0.169, 0.169),
}


class StampError(Exception):
    """The PDF could not be read, so it cannot carry its label."""


def filename(label: str, original: str) -> str:
    """`TLP-AMBER_rapport.pdf`: the label travels with the file name."""
    tag = Label(label).label.replace(":", "-").replace("+", "-")
    return f"{tag}_{original}"


def stamp_text(label: str, *, name: str, when: str) -> str:
    text = Label(label).label
    if label not in QUOTABLE:
        text += f"  gedownload door {name} op {when}"
    return text


def _escape(text: str) -> bytes:
    data = text.encode("cp1252", errors="replace")
    return re.sub(rb"([\\()])", rb"\\\1", data)


def _stamp_page(width: float, height: float, label: str, text: str) -> bytes:
    """A one-page PDF of the given size with the stamp at its top."""
    r, g, b = COLOURS[Label(label)]
    size = 9
    box_width = min(width - 36, 12 + len(text) * size * 0.55)
    top = height - 18
    stream = (
        b"q 0 0 0 rg 18 %.2f %.2f %d re f Q "
        b"BT /TLP %d Tf %.3f %.3f %.3f rg 24 %.2f Td (%s) Tj ET"
        % (top - 16, box_width, 16, size, r, g, b, top - 12, _escape(text))
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents 4 0 R "
        b"/Resources << /Font << /TLP 5 0 R >> >> >>" % (width, height),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    body = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        body += b"%010d 00000 n \n" % offset
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(body)


def stamp_pdf(data: bytes, label: str, *, name: str, when: str) -> bytes:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise StampError("encrypted")
        writer = PdfWriter(clone_from=reader)
        first = writer.pages[0]
        box = first.mediabox
        text = stamp_text(label, name=name, when=when)
        stamp = PdfReader(io.BytesIO(_stamp_page(float(box.width), float(box.height), label, text)))
        first.merge_page(stamp.pages[0])
        writer.add_metadata({"/Subject": text})
        out = io.BytesIO()
        writer.write(out)
    except (PdfReadError, ValueError, KeyError, IndexError) as error:
        raise StampError(str(error)) from error
    return out.getvalue()
