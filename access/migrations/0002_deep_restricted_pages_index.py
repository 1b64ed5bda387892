"""An index of the pages deeper than access.policy.PREFIX_LEVELS (10).

Every visibility condition (access.policy.under) also looks for restrictions on such deep
pages, of which there are usually none: without this partial index each listing query read the
whole page table to find that out (4-5 ms per query on 20,000 pages, several queries a view).
The index is on Wagtail's page table, so it is plain SQL, which PostgreSQL and SQLite both run.
"""

from django.db import migrations

PREFIX_LEVELS = 10  # access.policy.PREFIX_LEVELS when this was written


class Migration(migrations.Migration):
    dependencies = [
        ("access", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX access_deep_page_path ON wagtailcore_page (path) "
            f"WHERE depth > {PREFIX_LEVELS}",
            "DROP INDEX access_deep_page_path",
        ),
    ]
