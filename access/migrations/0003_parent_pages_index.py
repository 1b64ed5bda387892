"""Indexes for the visibility condition (access.policy.under), issue #13.

A restriction hides its page and everything below it. The page itself is found by id in the
restrictions table; only a page with children can hide other pages, and those are few (the
sections of the tree), so the policy looks for restrictions on them through this partial
index instead of reading the page of every restriction (1,596 on the 20,000-page corpus,
issue #13). It replaces the index of pages deeper than ten levels, which the prefix
comparison it served no longer needs. Plain SQL on Wagtail's page table, for PostgreSQL and
SQLite alike.

Every listing also reads, for each page it counts, its type, whether it is live and its tree
path (and most sort or facet on `first_published_at`). A second index holds just those beside the id,
so a count over thousands of pages reads that narrow index (an index-only scan) instead of
the wide page rows.
"""

from django.db import migrations

PREFIX_LEVELS = 10  # what migration 0002 indexed


class Migration(migrations.Migration):
    dependencies = [
        ("access", "0002_deep_restricted_pages_index"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX access_parent_page_path ON wagtailcore_page (id, path) "
            "WHERE numchild > 0",
            "DROP INDEX access_parent_page_path",
        ),
        migrations.RunSQL(
            "CREATE INDEX access_page_live_path ON wagtailcore_page "
            "(id, content_type_id, live, path, first_published_at)",
            "DROP INDEX access_page_live_path",
        ),
        migrations.RunSQL(
            "DROP INDEX access_deep_page_path",
            "CREATE INDEX access_deep_page_path ON wagtailcore_page (path) "
            f"WHERE depth > {PREFIX_LEVELS}",
        ),
    ]
