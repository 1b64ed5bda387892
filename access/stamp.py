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

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from .labels import QUOTABLE, Label

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


def _stamp_page(width: float, height: float, label: str, text: str) -> PageObject:
    """A page of the given size with the stamp at its top, to merge onto the first page."""
    r, g, b = COLOURS[Label(label)]
    size = 9
    box_width = min(width - 36, 12 + len(text) * size * 0.55)
    top = height - 18
    page = PageObject.create_blank_page(width=width, height=height)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica-Bold"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/TLP"): font})}
    )
    content = DecodedStreamObject()
    content.set_data(
        b"q 0 0 0 rg 18 %.2f %.2f %d re f Q "
        b"BT /TLP %d Tf %.3f %.3f %.3f rg 24 %.2f Td (%s) Tj ET"
        % (top - 16, box_width, 16, size, r, g, b, top - 12, _escape(text))
    )
    page[NameObject("/Contents")] = content
    return page


def stamp_pdf(data: bytes, label: str, *, name: str, when: str) -> bytes:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise StampError("encrypted")
        writer = PdfWriter(clone_from=reader)
        first = writer.pages[0]
        box = first.mediabox
        text = stamp_text(label, name=name, when=when)
        first.merge_page(_stamp_page(float(box.width), float(box.height), label, text))
        writer.add_metadata({"/Subject": text})
        out = io.BytesIO()
        writer.write(out)
    except (PdfReadError, ValueError, KeyError, IndexError) as error:
        raise StampError(str(error)) from error
    return out.getvalue()
