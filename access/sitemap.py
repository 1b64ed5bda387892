from wagtail.contrib.sitemaps import Sitemap

from . import policy


class VisitorSitemap(Sitemap):
    """Wagtail's sitemap, listing what the policy lets a visitor open (search engines crawl as
    visitors): the same rule as every other door, not Wagtail's `.public()`."""

    def items(self):
        pages = self.get_wagtail_site().root_page.get_descendants(inclusive=True)
        return policy.openable(pages, None).order_by("path").defer_streamfields().specific()
