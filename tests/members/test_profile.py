"""Profiles: least visible by default, per-field visibility, photos cleaned of metadata."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest
from PIL import Image

from members.models import Profile

from ..factories import ProfileFactory, RegionFactory, ThemeFactory


def _jpeg_with_exif(size=(400, 300), orientation=None) -> bytes:
    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "GeheimeCameraFabrikant"  # Make
    exif[0x013B] = "Jan Fotograaf"  # Artist
    if orientation:
        exif[0x0112] = orientation
    gps = {1: "N", 2: (52.0, 22.0, 1.0), 3: "E", 4: (4.0, 53.0, 2.0)}
    exif[0x8825] = gps
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def _profile_post(**overrides):
    data = {
        "first_name": "Sanne",
        "last_name": "de Wit",
        "organisation": "Gemeente Deventer",
        "job_title": "Beleidsadviseur",
        "bio": "Ik werk aan de aanpak van drugsafval.",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_new_profile_shows_nothing_and_is_not_listed(member):
    profile = Profile.objects.create(user=member)
    assert not profile.in_directory
    assert not any(profile.is_visible(name) for name in Profile.VISIBLE_FIELDS)


@pytest.mark.django_db
def test_profile_form_saves_fields_and_visibility(client, member):
    theme = ThemeFactory(name="Witwassen", slug="witwassen")
    region = RegionFactory(name="RIEC Oost-Nederland", slug="riec-oost-nederland")
    client.force_login(member)
    assert client.get(reverse("members:profile_edit")).status_code == 200
    response = client.post(
        reverse("members:profile_edit"),
        _profile_post(
            themes=[theme.pk],
            region=region.pk,
            show_organisation="on",
            show_themes="on",
            in_directory="on",
        ),
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=member)
    member.refresh_from_db()
    assert member.get_full_name() == "Sanne de Wit"
    assert profile.in_directory and profile.show_organisation and profile.show_themes
    assert not profile.show_job_title and not profile.show_bio and not profile.show_region
    assert list(profile.themes.all()) == [theme]
    assert profile.region == region


@pytest.mark.django_db
def test_photo_is_reencoded_without_exif_and_turned_upright(client, member):
    client.force_login(member)
    upload = SimpleUploadedFile(
        "vakantie.jpg", _jpeg_with_exif(orientation=6), content_type="image/jpeg"
    )
    response = client.post(
        reverse("members:profile_edit"), _profile_post(photo=upload, show_photo="on")
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=member)
    assert profile.photo.name.startswith("leden/foto/")
    assert "vakantie" not in profile.photo.name
    with profile.photo.open("rb") as handle:
        data = handle.read()
    assert b"GeheimeCameraFabrikant" not in data
    assert b"Jan Fotograaf" not in data
    stored = Image.open(io.BytesIO(data))
    assert stored.format == "JPEG"
    assert dict(stored.getexif()) == {}
    assert stored.size == (300, 400)  # orientation 6 applied before the EXIF was dropped


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("script.jpg", b"<script>alert(1)</script>", "geen bruikbare afbeelding"),
        ("anim.gif", None, "niet ondersteund"),
        ("klein.png", "tiny", "te klein"),
    ],
)
def test_bad_photos_are_refused_with_a_clear_message(client, member, name, content, message):
    if content is None:
        buffer = io.BytesIO()
        Image.new("RGB", (200, 200)).save(buffer, format="GIF")
        content = buffer.getvalue()
    elif content == "tiny":
        buffer = io.BytesIO()
        Image.new("RGB", (10, 10)).save(buffer, format="PNG")
        content = buffer.getvalue()
    client.force_login(member)
    response = client.post(
        reverse("members:profile_edit"),
        _profile_post(photo=SimpleUploadedFile(name, content)),
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Profile.objects.filter(user=member).exclude(photo="").exists()


@pytest.mark.django_db
def test_oversized_photo_is_refused(client, member, monkeypatch):
    from members import photos

    monkeypatch.setattr(photos, "MAX_UPLOAD_BYTES", 1000)
    client.force_login(member)
    response = client.post(
        reverse("members:profile_edit"),
        _profile_post(photo=SimpleUploadedFile("groot.jpg", _jpeg_with_exif())),
    )
    assert response.status_code == 400
    assert "te groot" in response.content.decode()


@pytest.mark.django_db
def test_replacing_the_photo_deletes_the_old_file(
    client, member, django_capture_on_commit_callbacks
):
    client.force_login(member)
    client.post(
        reverse("members:profile_edit"),
        _profile_post(photo=SimpleUploadedFile("a.jpg", _jpeg_with_exif())),
    )
    old = Profile.objects.get(user=member).photo
    old_name, storage = old.name, old.storage
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("members:profile_edit"),
            _profile_post(photo=SimpleUploadedFile("b.jpg", _jpeg_with_exif())),
        )
    assert not storage.exists(old_name)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("members:profile_edit"), _profile_post(remove_photo="on"))
    assert not Profile.objects.get(user=member).photo


@pytest.mark.django_db
def test_photo_is_served_only_to_members_and_only_when_shown(client, member, user):
    owner = ProfileFactory(in_directory=True, show_photo=False)
    owner.photo.save("x.jpg", SimpleUploadedFile("x.jpg", _jpeg_with_exif()), save=True)
    url = reverse("members:photo", args=[owner.pk])
    assert client.get(url).status_code == 302  # visitors: login
    client.force_login(member)
    assert client.get(url).status_code == 404  # hidden
    client.force_login(owner.user)
    assert client.get(url).status_code == 200  # the owner sees their own
    Profile.objects.filter(pk=owner.pk).update(show_photo=True)
    client.force_login(member)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert "private" in response["Cache-Control"]
    client.force_login(user)  # not (yet) a member
    assert client.get(url).status_code == 404
