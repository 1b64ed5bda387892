from django.urls import path

from . import alert_views, views

app_name = "search"
urlpatterns = [
    path("", views.search, name="search"),
    path("suggesties/", views.suggestions, name="suggestions"),
    # Saved-search alerts (search/alerts.py); tokens are signed and hold colons.
    path("volgen/", alert_views.alert_create, name="alert_create"),
    path("volgen/bevestigen/<str:token>/", alert_views.alert_confirm, name="alert_confirm"),
    path("volgen/afmelden/<str:token>/", alert_views.alert_unsubscribe, name="alert_unsubscribe"),
    path("volgen/<int:pk>/verwijderen/", alert_views.alert_delete, name="alert_delete"),
]
