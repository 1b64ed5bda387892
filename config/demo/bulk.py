"""Many varied pages, fast, for benchmarks: `seed_bulk --pages N`.

Wagtail's `add_child` costs a few queries per page; at 20,000 pages that takes too long. Here the
tree paths are computed in Python (treebeard's materialised path) and rows are inserted in
batches: base `wagtailcore_page` rows with bulk_create, then the specific rows. Pages get no
revisions; they are live, with realistic Dutch text drawn from the demo content.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Page, PageViewRestriction

from events.models import EventPage
from knowledge.models import ArticlePage, ToolkitPage
from knowledge.taxonomy import Audience, Region, Theme
from members import roles

from .loader import read_folder, rich_text

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
BATCH = 1000


def _sentences() -> list[str]:
    """Dutch sentences from the demo bodies, to compose varied but realistic text."""
    text = " ".join(
        rich_text(article, block)
        for article in read_folder()["article"]
        for block in article.blocks
        if block.name in ("text", "callout")
    )
    text = re.sub(r"<[^>]+>", " ", text)
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 5]


def _paths(parent: Page, count: int) -> Iterator[str]:
    """Materialised paths for `count` new children after the parent's last child."""
    last = parent.get_last_child()
    start = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    for step in range(start, start + count):
        yield Page._get_path(parent.path, parent.depth + 1, step)


class BulkSeeder:
    def __init__(self, *, seed: int = 42):
        self.random = random.Random(seed)
        self.sentences = _sentences()
        self.themes = list(Theme.objects.all())
        self.regions = list(Region.objects.all())
        self.audiences = list(Audience.objects.all())
        self.member_groups = list(Group.objects.filter(name__in=roles.ALL_ROLES))
        self.now = timezone.now()

    def text(self, low: int, high: int) -> str:
        return " ".join(self.random.sample(self.sentences, self.random.randint(low, high)))

    def title(self, n: int) -> str:
        theme = self.random.choice(self.themes).name.lower()
        words = self.random.choice(self.sentences).split()[:6]
        return f"{' '.join(words).rstrip('.,:;')} ({theme}) #{n}"[:250]

    def published(self) -> dt.datetime:
        return self.now - dt.timedelta(
            days=self.random.randint(0, 7 * 365), hours=self.random.randint(0, 23)
        )

    def create(self, model, parent: Page, count: int, build) -> list[int]:
        """Insert `count` pages of `model` under `parent`; `build(n)` returns field values."""
        content_type = ContentType.objects.get_for_model(model)
        created: list[int] = []
        paths = _paths(parent, count)
        for offset in range(0, count, BATCH):
            size = min(BATCH, count - offset)
            specifics = []
            for n in range(offset, offset + size):
                fields = build(n)
                title = fields.pop("title")
                slug = f"{slugify(title)[:60]}-{n}-{self.random.randint(1000, 9999)}"
                when = fields.pop("published")
                specifics.append(
                    model(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        path=next(paths),
                        depth=parent.depth + 1,
                        numchild=0,
                        url_path=f"{parent.url_path}{slug}/",
                        content_type=content_type,
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=when,
                        last_published_at=when,
                        locale_id=parent.locale_id,
                        **fields,
                    )
                )
            bases = Page.objects.bulk_create(
                [
                    Page(
                        **{
                            f.attname: getattr(s, f.attname)
                            for f in Page._meta.concrete_fields
                            if f.attname != "id"
                        }
                    )
                    for s in specifics
                ]
            )
            for base, specific in zip(bases, specifics, strict=True):
                specific.pk = specific.page_ptr_id = base.pk
                specific.id = base.pk
                # raw=True saves only the model's own table: the page row exists already.
                specific.save_base(raw=True)
            created.extend(base.pk for base in bases)
        # Not parent.get_children(): treebeard answers "no children" while numchild is 0.
        children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        Page.objects.filter(pk=parent.pk).update(numchild=children.count())
        return created

    def taxonomy(self, model, page_ids: list[int], *, regions: bool) -> None:
        rows = []
        through = model.themes.through
        for pk in page_ids:
            for theme in self.random.sample(self.themes, self.random.randint(1, 3)):
                rows.append(through(**{f"{model._meta.model_name}_id": pk, "theme_id": theme.pk}))
        through.objects.bulk_create(rows, batch_size=BATCH)
        through = model.audiences.through
        through.objects.bulk_create(
            [
                through(**{f"{model._meta.model_name}_id": pk, "audience_id": a.pk})
                for pk in page_ids
                for a in self.random.sample(self.audiences, 1)
            ],
            batch_size=BATCH,
        )
        if regions:
            through = model.regions.through
            through.objects.bulk_create(
                [
                    through(**{f"{model._meta.model_name}_id": pk, "region_id": r.pk})
                    for pk in page_ids
                    for r in self.random.sample(self.regions, 1)
                ],
                batch_size=BATCH,
            )

    def restrict(self, page_ids: list[int]) -> None:
        restrictions = PageViewRestriction.objects.bulk_create(
            [
                PageViewRestriction(page_id=pk, restriction_type=PageViewRestriction.GROUPS)
                for pk in page_ids
            ],
            batch_size=BATCH,
        )
        through = PageViewRestriction.groups.through
        through.objects.bulk_create(
            [
                through(pageviewrestriction_id=r.pk, group_id=g.pk)
                for r in restrictions
                for g in self.member_groups
            ],
            batch_size=BATCH,
        )

    def article(self, n: int) -> dict:
        published = self.published()
        return {
            "title": self.title(n),
            "published": published,
            "article_type": self.random.choice(ArticlePage.Type.values),
            "summary": self.text(1, 2)[:590],
            "body": [("text", f"<p>{self.text(3, 6)}</p><h2>Aanpak</h2><p>{self.text(3, 6)}</p>")],
            "owner_name": "Redactie Kennisplatform",
            "source_organisation": self.random.choice(self.regions).name,
            "last_reviewed": published.date(),
            "next_review": published.date() + dt.timedelta(days=365),
        }

    def toolkit(self, n: int) -> dict:
        published = self.published()
        return {
            "title": "Toolkit: " + self.title(n),
            "published": published,
            "summary": self.text(1, 2)[:590],
            "intro": f"<p>{self.text(2, 4)}</p>",
            "steps": [
                ("step", {"title": f"Stap {i}", "text": f"<p>{self.text(1, 3)}</p>"})
                for i in range(1, 4)
            ],
            "owner_name": "Redactie Kennisplatform",
            "last_reviewed": published.date(),
            "next_review": published.date() + dt.timedelta(days=365),
        }

    def event(self, n: int) -> dict:
        start = (self.now + dt.timedelta(days=self.random.randint(-400, 200))).replace(
            minute=0, second=0, microsecond=0
        )
        return {
            "title": "Webinar: " + self.title(n),
            "published": start - dt.timedelta(days=60),
            "summary": self.text(1, 2)[:590],
            "description": f"<p>{self.text(2, 5)}</p>",
            "start": start,
            "end": start + dt.timedelta(hours=2),
            "event_format": self.random.choice(EventPage.Format.values),
            "online_platform": "Zoom",
            "join_link": f"https://meet.example.org/bulk-{n}",
            "capacity": self.random.choice([None, 50, 100, 300]),
        }


@transaction.atomic
def seed_bulk(*, pages: int, members_only_share: float = 0.1, seed: int = 42) -> dict[str, int]:
    from config.site import ensure_site_structure

    from .seed import seed_taxonomies

    index = ensure_site_structure()
    seed_taxonomies()
    seeder = BulkSeeder(seed=seed)
    counts = {"articles": int(pages * 0.7), "toolkits": int(pages * 0.1)}
    counts["events"] = pages - counts["articles"] - counts["toolkits"]
    articles = seeder.create(ArticlePage, index["kennisbank"], counts["articles"], seeder.article)
    toolkits = seeder.create(ToolkitPage, index["toolkits"], counts["toolkits"], seeder.toolkit)
    events = seeder.create(EventPage, index["agenda"], counts["events"], seeder.event)
    seeder.taxonomy(ArticlePage, articles, regions=True)
    seeder.taxonomy(ToolkitPage, toolkits, regions=True)
    seeder.taxonomy(EventPage, events, regions=False)
    restricted = [pk for pk in articles + toolkits if seeder.random.random() < members_only_share]
    seeder.restrict(restricted)
    counts["members_only"] = len(restricted)
    return counts
