"""Member URLs (Dutch, docs/product.md#urls), included before Wagtail's catch-all."""

from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("leden/", views.directory, name="directory"),
    path("leden/<int:pk>/", views.profile_detail, name="profile"),
    path("leden/<int:pk>/bericht/", views.contact, name="contact"),
    path("leden/<int:pk>/foto/", views.profile_photo, name="photo"),
    path("mijn/", views.dashboard, name="dashboard"),
    path("mijn/profiel/", views.profile_edit, name="profile_edit"),
    path("mijn/themas/", views.subscriptions, name="subscriptions"),
    path("mijn/themas/afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("mijn/gegevens/", views.export, name="export"),
    path("mijn/account-verwijderen/", views.account_delete, name="account_delete"),
    path("bijdragen/nieuw/", views.contribution_new, name="contribution_new"),
    path("bijdragen/<int:pk>/aanpassen/", views.contribution_edit, name="contribution_edit"),
]
