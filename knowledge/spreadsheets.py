"""Spreadsheet exports never carry a live formula (CSV or formula injection).

Text that people typed (a registrant's name, a search query, a page title, a member's name in
the site history) can start with `=`, `+`, `-` or `@`, or with a tab or carriage return that
some spreadsheet programs skip before one of those; opened in Excel or LibreOffice such a cell
runs as a formula (`=HYPERLINK(...)`, DDE). As OWASP advises
(https://owasp.org/www-community/attacks/CSV_Injection), such values get a leading `'`, which
makes the spreadsheet treat the cell as text.

Used by every export: the organiser's registration exports (events.admin_views) call
`neutralise_formula` per cell; Wagtail's listing exports (SpreadsheetExportMixin: our search
and review reports and Wagtail's own reports) are covered by `protect_wagtail_exports`,
installed once at start-up (config.apps).
"""

from __future__ import annotations

import functools
from typing import Any

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: Any) -> Any:
    """The value as a spreadsheet should store it: text that would start a formula gets a
    leading apostrophe; anything else (numbers, dates, other text) is returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def protect_wagtail_exports() -> None:
    """Neutralise formulas in the CSV of every Wagtail listing export.

    Wagtail's SpreadsheetExportMixin writes CSV values as they are. For XLSX it already turns
    any cell openpyxl takes for a formula back into text (`generate_xlsx_row`), and the other
    trigger characters are stored as text cells anyway, so XLSX is left as Wagtail makes it.
    Every CSV value passes `preprocess_field_value` last, whatever field or value
    preprocessing a view defines, so wrapping that one method covers all of them.
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "neutralises_formulas", False):
        return

    @functools.wraps(original)
    def preprocess_field_value(self, field, value, export_format):
        value = original(self, field, value, export_format)
        if export_format == SpreadsheetExportMixin.FORMAT_CSV:
            return neutralise_formula(value)
        return value

    preprocess_field_value.neutralises_formulas = True  # type: ignore[attr-defined]  # a marker
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
