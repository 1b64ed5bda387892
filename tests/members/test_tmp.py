import pytest
from ..factories import ArticlePageFactory, EventPageFactory, ThemeFactory
@pytest.mark.django_db
def test_x(knowledge_index, agenda):
    t = ThemeFactory()
    e = EventPageFactory(parent=agenda, title="W", themes=[t])
    a = ArticlePageFactory(parent=knowledge_index, title="A", themes=[t])
    from events.models import EventPage
    e = EventPage.objects.get(pk=e.pk)
    print("EVENT", e.live, e.first_published_at, list(e.themes.all()), e.end)
    print("ART", a.live, a.first_published_at, list(a.themes.all()))
