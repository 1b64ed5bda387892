"""A table in the browser: a member asks to join, the coordinator approves in the front end,
and the new participant opens a TLP:AMBER document that was closed to her a moment before."""

import pytest
from pypdf import PdfReader

from access.labels import Label

from ..spaces.conftest import PDF_WORDS, beheerder, table  # noqa: F401 - a table's fixtures
from .conftest import axe_violations
from .helpers import log_in, submit

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_coordinator_approves_a_request_and_the_new_participant_opens_a_document(
    live_server,
    browser,
    page,
    table,  # noqa: F811
):
    mila, coco = table.users["no_table"], table.users["coordinator"]
    amber = table.files[Label.AMBER]
    log_in(page, live_server, mila)
    assert page.goto(live_server.url + amber.get_absolute_url()).status == 404

    page.goto(live_server.url + table.space.get_absolute_url())
    page.get_by_label("Uw organisatie").fill("Gemeente Eindhoven")
    page.get_by_label("Waarom wilt u deelnemen?").fill("Wij zien drugsafval in het buitengebied.")
    submit(page, page.get_by_role("button", name="Deelname vragen"))
    assert "Uw verzoek" in page.locator("main").inner_text()

    coordinator = browser.new_context(locale="nl-NL").new_page()
    log_in(coordinator, live_server, coco)
    coordinator.goto(live_server.url + table.space.get_absolute_url())
    submit(coordinator, coordinator.get_by_role("link", name="Deelnemers beheren"))
    assert "Wij zien drugsafval in het buitengebied." in coordinator.locator("main").inner_text()
    assert axe_violations(coordinator) == []
    submit(coordinator, coordinator.get_by_role("button", name="Goedkeuren Mila Gemeente"))
    assert "Mila Gemeente" in coordinator.get_by_role("region", name="Deelnemers").inner_text()
    coordinator.context.close()

    page.goto(live_server.url + table.space.get_absolute_url())
    submit(page, page.get_by_role("link", name=amber.title))
    assert "TLP:AMBER" in page.locator(".tlp-banner").inner_text()
    with page.expect_download() as download:
        page.get_by_role("link", name=f"Downloaden {amber.title}").click()
    assert download.value.suggested_filename.startswith("TLP-AMBER_")
    pdf = PdfReader(download.value.path())
    text = "".join(p.extract_text() for p in pdf.pages)
    assert PDF_WORDS[Label.AMBER] in text
    assert "Mila Gemeente" in pdf.pages[0].extract_text()  # the stamp names the downloader
