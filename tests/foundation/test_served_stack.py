"""The production serving path: nginx (platform/deploy/nginx.conf) in front of gunicorn.

Requests go to nginx's TLS server, which proxies to two gunicorn processes running
config.settings.production (tests/served.py). Documents leave Django as an
`X-Accel-Redirect` and nginx sends the bytes; static files never reach Django.
"""

import io
import json
import re
import secrets
import shutil
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents import get_document_model

import pytest
import requests
from pypdf import PdfReader
from requests.adapters import HTTPAdapter

from config.demo.documents import make_pdf

from ..factories import ArticlePageFactory
from ..helpers import restrict_to_members, service_missing

ROOT = Path(__file__).resolve().parents[2]
NGINX_CONF = ROOT / "platform" / "deploy" / "nginx.conf"
PASSWORD = "Wachtwoord-voor-tests-1"
MIB = 1024 * 1024
# Django's values (production.py) on what it answers, nginx's own on the rest: the same.
SECURITY_HEADERS = {
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains; preload",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def values(response: requests.Response, name: str) -> list[str]:
    """Every value sent for a header (requests itself joins repeated headers)."""
    return response.raw.headers.getlist(name)


def assert_security_headers(response: requests.Response) -> None:
    for name, expected in SECURITY_HEADERS.items():
        assert values(response, name) == [expected], name


def upload(name: str, data: bytes):
    document = get_document_model()(title=name)
    document.file.save(name, ContentFile(data))
    return document


@pytest.fixture
def pdf():
    return make_pdf("Bijlage", [f"Tekst {secrets.token_hex(8)}"])


@pytest.fixture
def public_document(knowledge_index, pdf):
    document = upload("openbare-bijlage.pdf", pdf)
    ArticlePageFactory(
        parent=knowledge_index, body=[("document", {"document": document, "title": "Bijlage"})]
    )
    return document


@pytest.fixture
def members_only_document(knowledge_index, pdf):
    document = upload("besloten-bijlage.pdf", pdf)
    page = ArticlePageFactory(
        parent=knowledge_index, body=[("document", {"document": document, "title": "Bijlage"})]
    )
    restrict_to_members(page)
    return document


class SourceAddressAdapter(HTTPAdapter):
    """Connects from a given local address (any of 127.0.0.0/8 is this machine)."""

    def __init__(self, address: str, **kwargs):
        self.address = address
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


def session_cookie(user) -> dict[str, str]:
    """A session made here, valid in the stack: same database, same SECRET_KEY."""
    client = Client()
    client.force_login(user)
    return {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value}


@pytest.mark.served
def test_static_files_come_from_nginx_with_long_cache_headers(served):
    # WhiteNoise indexes STATIC_ROOT when gunicorn starts; this file is written afterwards, so
    # only nginx can send it.
    token = secrets.token_hex(8)
    probe = served.static_root / "css" / f"nginx-probe.{secrets.token_hex(6)}.css"
    probe.write_text(f"/* {token} */")
    response = served.get(f"/static/css/{probe.name}")
    assert response.status_code == 200
    assert token in response.text
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert_security_headers(response)

    manifest = json.loads((served.static_root / "staticfiles.json").read_text())["paths"]
    original, hashed = next((o, h) for o, h in manifest.items() if o.startswith("css/"))
    response = served.get(f"/static/{hashed}", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["Content-Encoding"] == "gzip"
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    # An unhashed name may change content with the next deploy.
    response = served.get(f"/static/{original}")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "public, max-age=3600"


@pytest.mark.served
def test_public_page_passes_nginx_with_each_security_header_once(served, knowledge_index):
    page = ArticlePageFactory(parent=knowledge_index, title="Openbaar ondermijningsbeeld")
    response = served.get(page.url, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert "Openbaar ondermijningsbeeld" in response.text
    # Django set them (it sees https through X-Forwarded-Proto); nginx added none a second time.
    assert_security_headers(response)
    assert len(values(response, "Content-Security-Policy")) <= 1  # Django's, never nginx's
    assert response.headers["Content-Encoding"] == "gzip"
    assert response.headers["Server"] == "nginx"  # no version


@pytest.mark.served
def test_public_document_is_sent_by_nginx_after_django_allows_it(served, public_document, pdf):
    # Django itself only says where the file is: no body, though its Content-Length is the
    # file's (for nginx), so the body is not read here.
    with served.session().get(
        served.app_urls[0] + public_document.url,
        headers={"Host": "127.0.0.1", "X-Forwarded-Proto": "https"},
        allow_redirects=False,
        stream=True,
        timeout=30,
    ) as direct:
        assert direct.status_code == 200
        assert direct.headers["X-Accel-Redirect"] == f"/_protected/{public_document.file.name}"

    response = served.get(public_document.url)
    assert response.status_code == 200
    assert response.content == pdf
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"] == 'attachment; filename="openbare-bijlage.pdf"'
    assert values(response, "Content-Security-Policy") == ["default-src 'none'"]
    assert_security_headers(response)
    assert "X-Accel-Redirect" not in response.headers


@pytest.mark.served
def test_members_only_document_sends_a_visitor_to_login_and_a_member_the_file(
    served, members_only_document, pdf, member, user
):
    response = served.get(members_only_document.url)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/accounts/login/?next=/documenten/")
    assert b"%PDF" not in response.content

    assert served.get(members_only_document.url, cookies=session_cookie(user)).status_code == 403

    # A copy that is not public carries its label (access/files.send_labelled): Django sends
    # the stamped bytes itself.
    response = served.get(members_only_document.url, cookies=session_cookie(member))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF") and response.content != pdf
    assert "TLP:GREEN" in PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "TLP-GREEN_" in response.headers["Content-Disposition"]
    assert "private" in response.headers["Cache-Control"]


@pytest.mark.served
def test_media_file_of_a_members_only_page_is_never_served_raw(served, members_only_document, pdf):
    # Depends on the /media/ view (access/files.py, config/urls.py) for its exact answer: a
    # login redirect from the policy, or a 404 without that view. Either way nginx has no
    # location onto MEDIA_ROOT, so a visitor never gets the bytes.
    response = served.get(f"/media/{members_only_document.file.name}")
    assert response.status_code != 200
    assert pdf not in response.content
    assert b"%PDF" not in response.content


@pytest.mark.served
def test_protected_location_cannot_be_requested_directly(served, public_document):
    name = public_document.file.name
    for path in (f"/_protected/{name}", f"/%5Fprotected/{name}", f"/static/../_protected/{name}"):
        response = served.get(path)
        assert response.status_code in (400, 404), path
        assert b"%PDF" not in response.content, path


@pytest.mark.served
def test_forged_forwarded_for_does_not_change_the_address_django_sees(served, member):
    """TRUSTED_PROXY_COUNT=1: Django takes the client's address as nginx appended it, not
    what the client wrote into X-Forwarded-For (rate limits and the session list key on it)."""
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    from allauth.account.models import EmailAddress
    from allauth.usersessions.models import UserSession

    EmailAddress.objects.create(user=member, email=member.email, verified=True, primary=True)
    # The test settings hash with MD5, which production does not accept.
    member.password = PBKDF2PasswordHasher().encode(PASSWORD, "servedstack", iterations=1000)
    member.save(update_fields=["password"])

    # The client connects from 127.0.0.3, nginx to gunicorn from 127.0.0.1: so the test also
    # fails if Django took its peer (nginx) instead of the forwarded address.
    session = served.session()
    session.mount("https://", SourceAddressAdapter("127.0.0.3"))
    login_page = session.get(served.url + "/accounts/login/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page.text).group(1)
    response = session.post(
        served.url + "/accounts/login/",
        data={"login": member.email, "password": PASSWORD, "csrfmiddlewaretoken": token},
        headers={
            "Origin": served.url,
            "Referer": served.url + "/accounts/login/",
            "X-Forwarded-For": "203.0.113.7, 198.51.100.2",
        },
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302, response.text[:500]
    assert list(UserSession.objects.filter(user=member).values_list("ip", flat=True)) == [
        "127.0.0.3"
    ]


@pytest.mark.served
def test_plain_http_only_redirects_to_https(served):
    response = served.session().get(
        served.http_url + "/kennisbank/?thema=drugs", allow_redirects=False, timeout=30
    )
    assert response.status_code == 301
    assert response.headers["Location"] == served.url + "/kennisbank/?thema=drugs"
    assert "Set-Cookie" not in response.headers  # nothing reached Django


@pytest.mark.served
def test_requests_are_spread_over_both_gunicorn_processes(served):
    token = secrets.token_hex(8)
    for _ in range(6):
        assert served.get(f"/healthz?probe={token}").status_code == 200
    for name, log in served.logs.items():
        if name.startswith("gunicorn-"):
            assert token in log.read_text(), name


@pytest.mark.served
def test_oversized_upload_is_refused_by_nginx(served):
    response = served.session().post(
        served.url + "/admin/documents/multiple/add/",
        data=b"x" * (22 * MIB),
        headers={"Content-Type": "application/octet-stream"},
        timeout=60,
    )
    assert response.status_code == 413
    assert response.headers["Server"] == "nginx"


def test_nginx_upload_limit_fits_wagtails_document_limit():
    """A document Wagtail accepts always fits through nginx, with room for the multipart
    envelope; one far over Wagtail's limit never reaches a gunicorn worker."""
    limit = re.search(r"^\s*client_max_body_size (\d+)m;", NGINX_CONF.read_text(), re.M)
    limit_bytes = int(limit.group(1)) * MIB
    maximum = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    assert maximum == 20 * MIB
    assert maximum < limit_bytes <= maximum + 2 * MIB


def test_site_file_fits_inside_debians_own_nginx_conf(tmp_path):
    """On a server the file goes into the http {} block of Debian's /etc/nginx/nginx.conf,
    which sets gzip, ssl_protocols and logs itself: no directive may clash with it."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists() or not Path("/etc/nginx/nginx.conf").exists():
        message = "nginx is not installed: run `bash platform/nginx.sh install`"
        service_missing(message)
    etc = tmp_path / "nginx"
    shutil.copytree("/etc/nginx", etc, symlinks=False, ignore_dangling_symlinks=True)
    shutil.rmtree(etc / "sites-enabled")
    (etc / "sites-enabled").mkdir()
    certificate = tmp_path / "cert.pem"
    key = tmp_path / "key.pem"
    subprocess.run(  # noqa: S603
        [  # noqa: S607
            *("openssl", "req", "-x509", "-nodes", "-days", "1", "-subj", "/CN=localhost"),
            *("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"),
            *("-keyout", str(key), "-out", str(certificate)),
        ],
        check=True,
        capture_output=True,
    )
    placeholders = {
        "SERVER_NAME": "kennisplatform.example",
        "HTTP_LISTEN": "80",
        "HTTPS_LISTEN": "443",
        "HTTPS_PORT_SUFFIX": "",
        "TLS_CERTIFICATE": str(certificate),
        "TLS_CERTIFICATE_KEY": str(key),
        "UPSTREAM": "127.0.0.1:8001",
        "STATIC_ROOT": "/srv/kennisplatform/static",
        "MEDIA_ROOT": "/srv/kennisplatform/media",
    }
    site = NGINX_CONF.read_text()
    for name, value in placeholders.items():
        site = site.replace("{{" + name + "}}", value)
    assert "{{" not in site
    (etc / "sites-enabled" / "kennisplatform.conf").write_text(site)
    main = (etc / "nginx.conf").read_text()
    main = main.replace("/etc/nginx/", f"{etc}/").replace("/var/log/nginx/", f"{tmp_path}/")
    main = main.replace("/run/nginx.pid", f"{tmp_path}/nginx.pid")
    (etc / "nginx.conf").write_text(main)
    result = subprocess.run(  # noqa: S603
        [nginx, "-t", "-e", str(tmp_path / "error.log"), "-c", str(etc / "nginx.conf")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
