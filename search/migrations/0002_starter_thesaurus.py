"""A starter thesaurus of domain synonyms and abbreviations; editors maintain it in the admin
(Snippets > Synoniemen). Rows that already exist are left alone."""

from django.db import migrations

STARTER = [
    ("xtc, mdma, ecstasy", "Synthetische drugs"),
    ("bibob, wet bibob", "Wet bevordering integriteitsbeoordelingen door het openbaar bestuur"),
    ("riec, regionaal informatie- en expertisecentrum", "Afkorting"),
    ("liec, landelijk informatie- en expertisecentrum", "Afkorting"),
    ("witwassen, money laundering", "Engelse term"),
    ("mensenhandel, human trafficking", "Engelse term"),
    ("fiod, fiscale inlichtingen- en opsporingsdienst", "Afkorting"),
    ("kmar, koninklijke marechaussee", "Afkorting"),
    ("wiet, cannabis, hennep", "Softdrugs"),
    ("drugsafval, drugsdumping", "Dumpingen van productieafval"),
    ("motorbende, outlaw motorcycle gang, omg", "Criminele motorbendes"),
]


def add_starter_thesaurus(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for terms, note in STARTER:
        Synonym.objects.get_or_create(terms=terms, defaults={"note": note})


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(add_starter_thesaurus, migrations.RunPython.noop)]
