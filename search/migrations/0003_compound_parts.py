"""The editors' own compound parts (Snippets > Samenstellingen), beside the shipped Dutch word
list, starting with the domain words of the former hand-kept list. Rows that already exist are
left alone."""

from django.db import migrations, models

# The domain parts the platform split by before (a list kept in search/analysis.py), now the
# editors' to keep: the shipped word list splits at index time, these also split the query.
# fmt: off
STARTER = [
    "aanpak", "aanslag", "afpersing", "afval", "agrariers", "amfetamine", "arbeid",
    "arbeidsmigrant", "belasting", "bende", "bestuur", "bestuurlijk", "bibob", "boer", "boeren",
    "buitengebied", "burgemeester", "camping", "cannabis", "centrum", "cocaine", "container",
    "contant", "coronasteun", "criminaliteit", "crimineel", "criminelen", "crypto", "crystal",
    "dealer", "douane", "drugs", "drugsafval", "drugslab", "dumping", "expertise", "explosie",
    "fraude", "geldezel", "geldstroom", "gemeente", "geweld", "grondstof", "handel", "haven",
    "hennep", "heroine", "horeca", "huur", "informatie", "integriteit", "intimidatie", "jeugd",
    "jongeren", "justitie", "knooppunt", "kweek", "kwekerij", "laboratorium", "liquidatie",
    "logistiek", "loods", "lozing", "luchthaven", "makelaar", "mdma", "melding", "mensenhandel",
    "mensensmokkel", "migrant", "motor", "motorbende", "notaris", "ondermijnend", "ondermijning",
    "ondermijningsbeeld", "ondernemer", "ondernemers", "onderzoek", "opslag", "plantage",
    "platteland", "politie", "precursor", "precursoren", "preventie", "productie", "prostitutie",
    "recreatie", "rekrutering", "ronselen", "samenwerking", "schiphol", "schuur", "seks",
    "signaal", "signalen", "smokkel", "straat", "subsidie", "teelt", "toets", "transport",
    "uitbuiting", "vakantiepark", "vastgoed", "vergunning", "verhuur", "vracht", "wapen",
    "wapens", "weerbaar", "weerbaarheid", "wiet", "witwas", "witwassen", "woning", "xtc",
    "zorgfraude",
]
# fmt: on


def add_starter_parts(apps, schema_editor):
    CompoundPart = apps.get_model("search", "CompoundPart")
    for word in STARTER:
        CompoundPart.objects.get_or_create(word=word)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_starter_thesaurus"),
    ]

    operations = [
        migrations.CreateModel(
            name="CompoundPart",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "word",
                    models.CharField(
                        help_text="Eén woord, kleine letters, zonder spaties of streepjes, bijvoorbeeld: bibob. Het wordt ook midden in samenstellingen gevonden, dus kies geen korte of algemene woorden (zoals ‘stal’, dat ook in ‘installatie’ staat).",
                        max_length=40,
                        unique=True,
                        verbose_name="woorddeel",
                    ),
                ),
                ("note", models.CharField(blank=True, max_length=200, verbose_name="toelichting")),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="gewijzigd")),
            ],
            options={
                "verbose_name": "woorddeel van samenstellingen",
                "verbose_name_plural": "samenstellingen",
                "ordering": ["word"],
            },
        ),
        migrations.RunPython(add_starter_parts, migrations.RunPython.noop),
    ]
