from django.urls import path

from . import views

app_name = "spaces"

urlpatterns = [
    path("tafels/", views.index, name="index"),
    path("tafels/<slug:slug>/", views.detail, name="detail"),
    path("tafels/<slug:slug>/zoeken/", views.search, name="search"),
    path("tafels/<slug:slug>/voorkeuren/", views.preferences, name="preferences"),
    path("tafels/<slug:slug>/beheer/", views.manage, name="manage"),
    path(
        "tafels/<slug:slug>/beheer/<int:participation_id>/<str:action>/",
        views.decide,
        name="decide",
    ),
    path("tafels/<slug:slug>/uitnodiging/<str:token>/", views.invitation, name="invitation"),
    path("tafels/<slug:slug>/berichten/nieuw/", views.update_new, name="update_new"),
    path("tafels/<slug:slug>/berichten/<int:pk>/", views.update_detail, name="update"),
    path(
        "tafels/<slug:slug>/berichten/<int:pk>/publiceren/",
        views.publish,
        {"kind": "berichten"},
        name="publish_update",
    ),
    path("tafels/<slug:slug>/bestanden/nieuw/", views.file_new, name="file_new"),
    path("tafels/<slug:slug>/bestanden/<int:pk>/", views.file_detail, name="file"),
    path("tafels/<slug:slug>/bestanden/<int:pk>/download/", views.download, name="download"),
    path(
        "tafels/<slug:slug>/bestanden/<int:pk>/publiceren/",
        views.publish,
        {"kind": "bestanden"},
        name="publish_file",
    ),
    path(
        "tafels/<slug:slug>/bestanden/<int:pk>/versies/<int:version_id>/",
        views.download,
        name="download_version",
    ),
]
