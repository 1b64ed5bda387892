"""The member directory ("wie weet wat"): members only, only what people chose to show, and a
contact form that relays without revealing addresses."""

from django.core import mail

import pytest

from members import roles
from members.models import Profile

from ..factories import ProfileFactory, RegionFactory, ThemeFactory, UserFactory


@pytest.fixture
def listed(db):
    """Listed, shows organisation and themes, hides function, region and bio."""
    theme = ThemeFactory(name="Witwassen", slug="witwassen")
    region = RegionFactory(name="RIEC Zeeland-West-Brabant", slug="riec-zwb")
    profile = ProfileFactory(
        user=UserFactory(
            email="analist@politie.nl", first_name="Noor", last_name="Bakker", roles=[roles.LID]
        ),
        organisation="Politie Zeeland-West-Brabant",
        job_title="Financieel rechercheur",
        bio="Geheime bio over mijn werk.",
        region=region,
        in_directory=True,
        show_organisation=True,
        show_themes=True,
        themes=[theme],
    )
    return profile


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/leden/", "/leden/{pk}/", "/leden/{pk}/bericht/"])
def test_visitors_get_the_login_page_and_no_profile_data(client, listed, path):
    response = client.get(path.format(pk=listed.pk))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    followed = client.get(response["Location"])
    html = followed.content.decode()
    for secret in ("Noor", "Bakker", "Politie Zeeland-West-Brabant", "analist@politie.nl"):
        assert secret not in html


@pytest.mark.django_db
def test_accounts_awaiting_approval_cannot_open_the_directory(client, listed, user):
    client.force_login(user)
    response = client.get("/leden/")
    assert response.status_code == 403
    assert "Noor" not in response.content.decode()
    assert client.get(f"/leden/{listed.pk}/").status_code == 403


@pytest.mark.django_db
def test_profile_shows_only_the_fields_made_visible(client, member, listed):
    client.force_login(member)
    html = client.get(f"/leden/{listed.pk}/").content.decode()
    assert "Noor Bakker" in html
    assert "Politie Zeeland-West-Brabant" in html
    assert "Witwassen" in html
    assert "Financieel rechercheur" not in html
    assert "RIEC Zeeland-West-Brabant" not in html
    assert "Geheime bio" not in html
    assert "analist@politie.nl" not in html


@pytest.mark.django_db
def test_unlisted_members_are_not_found_and_their_page_is_404(client, member, listed):
    hidden = ProfileFactory(
        user=UserFactory(first_name="Verborgen", last_name="Lid", roles=[roles.LID]),
        in_directory=False,
        show_organisation=True,
    )
    client.force_login(member)
    assert "Verborgen" not in client.get("/leden/").content.decode()
    assert client.get(f"/leden/{hidden.pk}/").status_code == 404


@pytest.mark.django_db
def test_search_matches_only_visible_fields(client, member, listed):
    client.force_login(member)

    def names(**params):
        response = client.get("/leden/", params)
        assert response.status_code == 200
        return [p.name for p in response.context["profiles"]]

    assert names(q="bakker") == ["Noor Bakker"]
    assert names(organisatie="zeeland") == ["Noor Bakker"]
    assert names(thema="witwassen") == ["Noor Bakker"]
    # Function and region are hidden: searching on them must not reveal her.
    assert names(q="rechercheur") == []
    assert names(regio="riec-zwb") == []
    Profile.objects.filter(pk=listed.pk).update(show_region=True)
    assert names(regio="riec-zwb") == ["Noor Bakker"]


@pytest.mark.django_db
def test_theme_search_includes_sub_themes(client, member, listed):
    parent = ThemeFactory(name="Ondermijning algemeen", slug="algemeen")
    Profile.objects.get(pk=listed.pk).themes.first().__class__.objects.filter(
        slug="witwassen"
    ).update(parent=parent)
    client.force_login(member)
    response = client.get("/leden/", {"thema": "algemeen"})
    assert [p.name for p in response.context["profiles"]] == ["Noor Bakker"]


@pytest.mark.django_db
def test_unknown_filter_value_is_a_400_not_a_500(client, member):
    client.force_login(member)
    assert client.get("/leden/", {"thema": "bestaat-niet"}).status_code == 400


@pytest.mark.django_db
def test_directory_query_count_does_not_grow_with_members(
    client, member, django_assert_max_num_queries
):
    theme = ThemeFactory()
    region = RegionFactory()
    for n in range(15):
        ProfileFactory(
            user=UserFactory(email=f"lid{n}@politie.nl", roles=[roles.LID]),
            in_directory=True,
            show_themes=True,
            show_region=True,
            region=region,
            themes=[theme],
        )
    client.force_login(member)
    with django_assert_max_num_queries(12):
        response = client.get("/leden/")
    assert len(response.context["profiles"]) == 15
    listed = Profile.objects.filter(in_directory=True).first()
    with django_assert_max_num_queries(12):
        assert client.get(f"/leden/{listed.pk}/").status_code == 200


@pytest.mark.django_db
def test_contact_form_relays_with_reply_to_sender_and_hides_addresses(client, member, listed):
    ProfileFactory(user=member, organisation="Gemeente Tilburg")
    member.first_name, member.last_name = "Kees", "Jansen"
    member.save()
    client.force_login(member)
    page = client.get(f"/leden/{listed.pk}/").content.decode()
    assert "analist@politie.nl" not in page
    response = client.post(
        f"/leden/{listed.pk}/bericht/",
        {
            "subject": "Vraag over witwassen",
            "message": "Hoi Noor, mag ik je iets vragen over vastgoed?",
        },
    )
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["analist@politie.nl"]
    assert message.reply_to == [member.email]
    assert member.email not in message.body  # revealed only by replying
    assert "Kees Jansen (Gemeente Tilburg)" in message.body
    assert "Hoi Noor, mag ik je iets vragen over vastgoed?" in message.body
    assert message.alternatives[0][1] == "text/html"
    # The sender's confirmation does not leak the recipient's address either.
    assert "analist@politie.nl" not in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
def test_contact_form_errors_are_shown_in_dutch(client, member, listed):
    client.force_login(member)
    response = client.post(f"/leden/{listed.pk}/bericht/", {"subject": "", "message": "kort"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Dit is een verplicht veld." in html
    assert 'aria-invalid="true"' in html
    assert not mail.outbox


@pytest.mark.django_db
def test_contact_form_is_rate_limited(client, member, listed):
    client.force_login(member)
    data = {"subject": "Vraag", "message": "Een bericht dat lang genoeg is om te versturen."}
    for _ in range(5):  # "5/h/user"
        assert client.post(f"/leden/{listed.pk}/bericht/", data).status_code == 302
    response = client.post(f"/leden/{listed.pk}/bericht/", data)
    assert response.status_code == 429
    assert len(mail.outbox) == 5


@pytest.mark.django_db
def test_cannot_message_someone_who_left_the_directory(client, member, listed):
    Profile.objects.filter(pk=listed.pk).update(in_directory=False)
    client.force_login(member)
    response = client.post(
        f"/leden/{listed.pk}/bericht/",
        {"subject": "Vraag", "message": "Een bericht dat lang genoeg is om te versturen."},
    )
    assert response.status_code == 404
    assert not mail.outbox
