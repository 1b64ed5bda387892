"""Editors' side of search: the thesaurus snippet and the reports of what people search for."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from django.utils import timezone

import pytest
from openpyxl import load_workbook

from search.models import QueryLog, Synonym

from ..helpers import login_with_mfa


@pytest.fixture
def admin_client(client, admin_user):
    """A superuser signed in with the authenticator: staff need MFA before the admin opens."""
    login_with_mfa(client, admin_user)
    return client


@pytest.fixture
def logs(db):
    today = timezone.localdate()
    rows = [
        ("drugsafval", 4),
        ("drugsafval", 2),
        ("drugsafval", 0),
        ("xtc-lab", 0),
        ("xtc-lab", 0),
        ("bibob", 7),
    ]
    QueryLog.objects.bulk_create(
        [QueryLog(day=today, query=q, hits=h, backend="engine") for q, h in rows]
        + [QueryLog(day=today - dt.timedelta(days=45), query="oud", hits=0, backend="engine")]
    )


def test_search_terms_report_shows_top_queries_of_the_last_30_days(admin_client, logs):
    response = admin_client.get("/admin/rapporten/zoektermen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("drugsafval") < html.index("xtc-lab") < html.index("bibob")
    assert "oud" not in html.split("<table", 1)[1]


def test_zero_results_report_lists_queries_that_found_nothing(admin_client, logs):
    html = admin_client.get("/admin/rapporten/zoektermen/zonder-resultaat/").content.decode()
    table = html.split("<table", 1)[1]
    assert "xtc-lab" in table and "drugsafval" in table and "bibob" not in table
    assert table.index("xtc-lab") < table.index("drugsafval")


def test_zero_results_report_lists_queries_found_only_with_part_of_the_words(admin_client, db):
    """A query whose words together found nothing was shown results with some of them: the
    report lists it beside the real zeros, with how often that happened."""
    today = timezone.localdate()
    QueryLog.objects.bulk_create(
        [
            QueryLog(
                day=today, query="drugsafval zeppelin", hits=2, relaxed=True, backend="engine"
            ),
            QueryLog(
                day=today, query="drugsafval zeppelin", hits=2, relaxed=True, backend="engine"
            ),
            QueryLog(day=today, query="xtc-lab", hits=0, backend="database"),
            QueryLog(day=today, query="bibob", hits=7, backend="engine"),
        ]
    )
    html = admin_client.get("/admin/rapporten/zoektermen/zonder-resultaat/").content.decode()
    assert "Gevonden met een deel van de woorden" in html
    table = html.split("<table", 1)[1]
    assert "drugsafval zeppelin" in table and "xtc-lab" in table and "bibob" not in table

    response = admin_client.get("/admin/rapporten/zoektermen/zonder-resultaat/?export=csv")
    content = b"".join(response.streaming_content).decode()
    assert "Gevonden met een deel van de woorden" in content.splitlines()[0]
    # query, searches, without result, found with part of the words, average hits
    assert "drugsafval zeppelin,2,0,2,2.0" in content
    assert "xtc-lab,1,1,0,0.0" in content


def test_reports_export_as_csv(admin_client, logs):
    response = admin_client.get("/admin/rapporten/zoektermen/?export=csv")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    assert "drugsafval,3,1," in content and "xtc-lab,2,2," in content


FORMULA = '=HYPERLINK("http://x","y")'


@pytest.mark.parametrize(
    "report", ["/admin/rapporten/zoektermen/", "/admin/rapporten/zoektermen/zonder-resultaat/"]
)
def test_report_exports_never_contain_a_live_formula(admin_client, report):
    """What people typed in the search box comes out as text: in the CSV with a leading
    apostrophe (Wagtail writes CSV values as they are), in the XLSX as a text cell (Wagtail
    turns what openpyxl takes for a formula back into text)."""
    QueryLog.objects.bulk_create(
        [
            QueryLog(day=timezone.localdate(), query=query, hits=0, backend="engine")
            for query in (FORMULA, "-1+1", "@sum(a1)", "drugsafval")
        ]
    )

    response = admin_client.get(report + "?export=csv")
    csv_bytes = b"".join(response.streaming_content)
    assert b'"\'=HYPERLINK(""http://x"",""y"")",1,1,' in csv_bytes
    assert b"\n'-1+1,1,1," in csv_bytes and b"\n'@sum(a1),1,1," in csv_bytes
    assert b"\ndrugsafval,1,1," in csv_bytes
    lines = csv_bytes.replace(b"\r\n", b"\n").split(b"\n")
    assert not [line for line in lines if line[:1] in (b"=", b"+", b"-", b"@", b'"=')]

    response = admin_client.get(report + "?export=xlsx")
    xlsx = b"".join(response.streaming_content) if response.streaming else response.content
    with zipfile.ZipFile(io.BytesIO(xlsx)) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "HYPERLINK" in sheet_xml
    cells = {
        cell.value: cell
        for row in load_workbook(io.BytesIO(xlsx)).active.iter_rows(min_row=2)
        for cell in row
    }
    assert cells[FORMULA].data_type == "s" and cells["-1+1"].data_type == "s"


def test_wagtails_own_report_exports_never_contain_a_live_formula(admin_client, knowledge_index):
    """The site history lists page titles and people's names, which members choose (the
    title of a contribution, their own name): Wagtail's reports are neutralised too."""
    from wagtail.log_actions import log

    from ..factories import ArticlePageFactory, UserFactory

    member = UserFactory(first_name="@SUM(1+1)", last_name="Jansen", roles=["Lid"])
    page = ArticlePageFactory(parent=knowledge_index, title=FORMULA)
    log(instance=page, action="wagtail.edit", user=member)

    response = admin_client.get("/admin/reports/site-history/?export=csv")
    csv_bytes = b"".join(response.streaming_content)
    assert b'"\'=HYPERLINK(""http://x"",""y"")"' in csv_bytes
    assert b",'@SUM(1+1) Jansen," in csv_bytes
    assert b',"=HYPERLINK' not in csv_bytes and b",@SUM" not in csv_bytes


REPORTS = ["/admin/rapporten/zoektermen/", "/admin/rapporten/zoektermen/zonder-resultaat/"]


@pytest.mark.parametrize("report", REPORTS)
def test_reports_are_refused_to_staff_without_the_permission(client, organiser, logs, report):
    """An organiser enters the admin (after the MFA step) but may not read what people search
    for: Wagtail's admin answers a missing permission by sending them to the admin home with
    its "no access" message, and the report's rows are never shown."""
    login_with_mfa(client, organiser)
    assert not organiser.has_perm("search.view_querylog")

    response = client.get(report)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    home = client.get(response["Location"])
    assert home.status_code == 200
    html = home.content.decode()
    assert "Sorry, je hebt geen toegang tot dit gedeelte." in html
    assert "drugsafval" not in html and "xtc-lab" not in html
    export = client.get(report + "?export=csv")  # nor as a download
    assert export.status_code == 302 and export["Location"] == "/admin/"


@pytest.mark.parametrize("report", REPORTS)
def test_reports_open_for_an_editor_only_after_the_mfa_step(client, editor, logs, report):
    """Editors hold the permission, but a session without the MFA step is sent to allauth's
    reauthentication (with the report kept as `next`) before any report opens."""
    from urllib.parse import quote

    from ..helpers import with_totp

    with_totp(editor)
    client.force_login(editor)

    response = client.get(report)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/2fa/reauthenticate/?next={quote(report, safe='')}"
    assert "drugsafval" not in response.content.decode()

    login_with_mfa(client, editor)
    response = client.get(report)
    assert response.status_code == 200
    assert "drugsafval" in response.content.decode().split("<table", 1)[1]


@pytest.fixture
def empty_thesaurus(db):
    Synonym.objects.all().delete()  # the starter thesaurus from the data migration


def test_editor_adds_a_synonym_line_in_the_admin(admin_client, empty_thesaurus):
    response = admin_client.post(
        "/admin/snippets/search/synonym/add/",
        {"terms": "XTC ,  mdma,ecstasy, xtc", "note": "Drugs"},
    )
    assert response.status_code == 302
    synonym = Synonym.objects.get()
    assert synonym.terms == "xtc, mdma, ecstasy"
    assert Synonym.rules() == ["xtc, mdma, ecstasy"]


def test_starter_thesaurus_migration_adds_domain_synonyms_once(db):
    """The data migration (run on a fresh database; a flushed test database lost its rows)."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module("search.migrations.0002_starter_thesaurus")
    Synonym.objects.all().delete()
    migration.add_starter_thesaurus(apps, None)
    migration.add_starter_thesaurus(apps, None)  # rerunnable
    assert Synonym.objects.count() == len(migration.STARTER)
    assert "xtc, mdma, ecstasy" in Synonym.rules()
    assert "riec, regionaal informatie expertisecentrum" in Synonym.rules()


def test_synonym_needs_two_meaningful_terms(admin_client, empty_thesaurus):
    response = admin_client.post("/admin/snippets/search/synonym/add/", {"terms": "xtc"})
    assert response.status_code == 200 and not Synonym.objects.exists()
    response = admin_client.post("/admin/snippets/search/synonym/add/", {"terms": "de, het"})
    assert not Synonym.objects.exists()


def test_synonym_rules_drop_stop_words_and_unsafe_characters():
    synonym = Synonym(terms="RIEC, Regionaal Informatie- en Expertisecentrum, a => b # c")
    assert synonym.rule == "riec, regionaal informatie expertisecentrum, a b c"


def test_wagtail_admin_search_stays_on_the_database_backend(
    admin_client, settings, knowledge_index
):
    """The admin's page search uses Wagtail's database backend, whatever the public engine
    does (here: configured but unreachable)."""
    from ..factories import ArticlePageFactory

    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == (
        "wagtail.search.backends.database"
    )
    settings.SEARCH_ENGINE_URL = "http://127.0.0.1:9"  # nothing listens on the discard port
    ArticlePageFactory(parent=knowledge_index, title="Beheerzoektest kwikstaart")
    response = admin_client.get("/admin/pages/search/?q=kwikstaart")
    assert response.status_code == 200
    assert "Beheerzoektest kwikstaart" in response.content.decode()
