"""Indexes on Wagtail's page table for the listings of knowledge pages (issue #13).

The home page's newest articles and first toolkits, the hubs and the kennisbank read a few
cards in the order of `first_published_at` or `title`. Every page type shares the page table,
so without the content type in front PostgreSQL read all 20,000 pages and sorted the
articles or toolkits among them; with it, the selectors (`selectors.of_own_type`) walk the
pages of one type in order and stop after the cards they show, and the kennisbank's years
facet asks per year whether a visible article exists. The articles' type beside their id
serves the hubs (threat pictures first) and the kennisbank's filter by type. Plain SQL on Wagtail's table, as
access migration 0002 does, for PostgreSQL and SQLite alike.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0003_infopage"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX knowledge_page_type_published "
            "ON wagtailcore_page (content_type_id, first_published_at)",
            "DROP INDEX knowledge_page_type_published",
        ),
        migrations.RunSQL(
            "CREATE INDEX knowledge_page_type_title ON wagtailcore_page (content_type_id, title)",
            "DROP INDEX knowledge_page_type_title",
        ),
        migrations.AddIndex(
            model_name="articlepage",
            index=models.Index(fields=["page_ptr", "article_type"], name="knowledge_article_type"),
        ),
    ]
