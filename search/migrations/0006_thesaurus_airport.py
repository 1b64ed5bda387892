"""Thesaurus additions found by the relevance bench (bench/results/relevance.json): people
say "vliegveld" where the authors wrote "luchthaven". Editors change or delete these rows in
the admin (Snippets > Synoniemen) like any other; rows that already exist are left alone, and
undoing the migration removes only rows it added that editors did not change."""

from django.db import migrations

ADDED = [
    ("luchthaven, vliegveld", "Spreektaal: vliegveld"),
]


def add(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for terms, note in ADDED:
        Synonym.objects.get_or_create(terms=terms, defaults={"note": note})


def remove(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for terms, note in ADDED:
        Synonym.objects.filter(terms=terms, note=note).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0005_querylog_relaxed")]

    operations = [migrations.RunPython(add, remove)]
