"""Atom feed of new knowledge. Only what an anonymous visitor may open is listed."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from access import policy

from . import selectors

FEED_SIZE = 30


class KnowledgeFeed(Feed):
    feed_type = Atom1Feed
    title = "Kennisplatform Ondermijning – nieuwe kennis"
    subtitle = "Nieuwe praktijkvoorbeelden, ondermijningsbeelden, onderzoek en handreikingen."

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def link(self):
        return self.index_page.url

    def items(self):
        public = policy.openable(selectors.articles(), None)
        return public.order_by("-first_published_at")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]
