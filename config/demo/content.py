"""Demo content for Kennisplatform Ondermijning, as plain Python data.

All organisations' staff, projects, numbers, e-mail addresses and links in this module are
fictional. The seed command turns these constants into pages, documents, events and accounts.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Taxonomy
# ---------------------------------------------------------------------------

THEMES = [
    {
        "name": "Drugscriminaliteit",
        "slug": "drugscriminaliteit",
        "parent": None,
        "description": "Productie, handel en transport van drugs en de criminele infrastructuur die "
        "daarvoor nodig is, van opslaglocaties tot witwasconstructies.",
    },
    {
        "name": "Synthetische drugs",
        "slug": "synthetische-drugs",
        "parent": "drugscriminaliteit",
        "description": "Productielocaties, grondstoffen, facilitators en de rol van het buitengebied "
        "bij de productie van synthetische drugs.",
    },
    {
        "name": "Cocaïne en logistiek",
        "slug": "cocaine-en-logistiek",
        "parent": "drugscriminaliteit",
        "description": "Invoer en doorvoer van cocaïne via containers, vrachtverkeer en luchtvracht, "
        "en de rekrutering van medewerkers in de logistieke keten.",
    },
    {
        "name": "Drugsafvaldumping",
        "slug": "drugsafvaldumping",
        "parent": "drugscriminaliteit",
        "description": "Het illegaal lozen en achterlaten van chemisch afval uit drugsproductie in "
        "natuurgebieden, op landbouwgrond en in het riool.",
    },
    {
        "name": "Witwassen",
        "slug": "witwassen",
        "parent": None,
        "description": "Het verhullen van de criminele herkomst van vermogen en het investeren van "
        "crimineel geld in de legale economie.",
    },
    {
        "name": "Vastgoed en witwassen",
        "slug": "vastgoed-en-witwassen",
        "parent": "witwassen",
        "description": "Snelle doorverkopen, contante financiering en stromannen bij de aankoop en "
        "exploitatie van woningen en bedrijfspanden.",
    },
    {
        "name": "Ondergronds bankieren",
        "slug": "ondergronds-bankieren",
        "parent": "witwassen",
        "description": "Geldtransfers buiten het reguliere bankwezen om, zoals hawala-netwerken, "
        "geldkoeriers en verrekening via handelsstromen.",
    },
    {
        "name": "Mensenhandel en uitbuiting",
        "slug": "mensenhandel-en-uitbuiting",
        "parent": None,
        "description": "Uitbuiting van kwetsbare mensen in arbeid, seksbranche en criminaliteit, en "
        "de netwerken die daaraan verdienen.",
    },
    {
        "name": "Arbeidsuitbuiting",
        "slug": "arbeidsuitbuiting",
        "parent": "mensenhandel-en-uitbuiting",
        "description": "Misstanden bij werk, huisvesting en vervoer van arbeidsmigranten, van "
        "onderbetaling tot afhankelijkheid via schulden en huurcontracten.",
    },
    {
        "name": "Logistieke knooppunten",
        "slug": "logistieke-knooppunten",
        "parent": None,
        "description": "Luchthavens, zeehavens en distributiecentra als gelegenheidsstructuur voor "
        "smokkel en de weerbaarheid van de mensen die er werken.",
    },
    {
        "name": "Schiphol",
        "slug": "schiphol",
        "parent": "logistieke-knooppunten",
        "description": "Kwetsbaarheden rond de luchthaven: vracht- en bagageafhandeling, pasjes, "
        "toegangsrechten en het omliggende bedrijfsleven.",
    },
    {
        "name": "Zeehavens",
        "slug": "zeehavens",
        "parent": "logistieke-knooppunten",
        "description": "Containerterminals, uithalers en corrupte insiders in de havens van "
        "Rotterdam, Amsterdam en de Zeeuwse Kanaalzone.",
    },
    {
        "name": "Misbruik van overheidsgeld",
        "slug": "misbruik-van-overheidsgeld",
        "parent": None,
        "description": "Fraude met subsidies, uitkeringen, toeslagen en steunregelingen door "
        "criminele samenwerkingsverbanden.",
    },
    {
        "name": "Misbruik coronasteun",
        "slug": "misbruik-coronasteun",
        "parent": "misbruik-van-overheidsgeld",
        "description": "Oneigenlijk gebruik van Tozo, TVL, NOW en andere steunmaatregelen, en de "
        "lessen voor toekomstige crisisregelingen.",
    },
    {
        "name": "Criminele motorbendes",
        "slug": "criminele-motorbendes",
        "parent": None,
        "description": "De integrale aanpak van outlaw motorcycle gangs: strafrechtelijk, "
        "bestuursrechtelijk, fiscaal en civielrechtelijk.",
    },
    {
        "name": "Clubhuizen",
        "slug": "clubhuizen",
        "parent": "criminele-motorbendes",
        "description": "Bestuurlijke instrumenten tegen clubhuizen van verboden of criminele "
        "motorclubs en hun opvolgers.",
    },
    {
        "name": "Weerbaarheid en bestuurlijke aanpak",
        "slug": "weerbaarheid-en-bestuurlijke-aanpak",
        "parent": None,
        "description": "Hoe gemeenten en partners voorkomen dat de overheid criminelen faciliteert, "
        "en welke bestuurlijke instrumenten zij daarvoor inzetten.",
    },
    {
        "name": "Wet Bibob",
        "slug": "wet-bibob",
        "parent": "weerbaarheid-en-bestuurlijke-aanpak",
        "description": "Integriteitsonderzoeken bij vergunningen, subsidies en vastgoedtransacties "
        "en de samenwerking met het Landelijk Bureau Bibob.",
    },
    {
        "name": "Weerbare overheid",
        "slug": "weerbare-overheid",
        "parent": "weerbaarheid-en-bestuurlijke-aanpak",
        "description": "Integriteit, informatiebeveiliging en bescherming van ambtenaren en "
        "bestuurders tegen intimidatie en corruptie.",
    },
    {
        "name": "Ondermijning in het buitengebied",
        "slug": "ondermijning-in-het-buitengebied",
        "parent": None,
        "description": "Criminele activiteiten op het platteland, waar toezicht beperkt is en "
        "ruimte, schuren en anonimiteit volop beschikbaar zijn.",
    },
    {
        "name": "Vastgoed in het buitengebied",
        "slug": "vastgoed-in-het-buitengebied",
        "parent": "ondermijning-in-het-buitengebied",
        "description": "Vrijkomende agrarische bebouwing, verhuur van schuren en opslag en de "
        "kwetsbaarheid van stoppende boeren.",
    },
    {
        "name": "Vakantieparken",
        "slug": "vakantieparken",
        "parent": "ondermijning-in-het-buitengebied",
        "description": "Verloederde recreatieparken als schuilplaats, woonadres voor uitgebuite "
        "arbeidsmigranten en vestigingsplaats voor criminele activiteiten.",
    },
]

REGIONS = [
    {"name": "RIEC Noord-Nederland", "slug": "riec-noord-nederland", "kind": "riec"},
    {"name": "RIEC Oost-Nederland", "slug": "riec-oost-nederland", "kind": "riec"},
    {"name": "RIEC Midden-Nederland", "slug": "riec-midden-nederland", "kind": "riec"},
    {"name": "RIEC Noord-Holland", "slug": "riec-noord-holland", "kind": "riec"},
    {"name": "RIEC Amsterdam-Amstelland", "slug": "riec-amsterdam-amstelland", "kind": "riec"},
    {"name": "RIEC Den Haag", "slug": "riec-den-haag", "kind": "riec"},
    {"name": "RIEC Rotterdam", "slug": "riec-rotterdam", "kind": "riec"},
    {"name": "RIEC Zeeland-West-Brabant", "slug": "riec-zeeland-west-brabant", "kind": "riec"},
    {"name": "RIEC Oost-Brabant", "slug": "riec-oost-brabant", "kind": "riec"},
    {"name": "RIEC Limburg", "slug": "riec-limburg", "kind": "riec"},
    {"name": "LIEC", "slug": "liec", "kind": "liec"},
    {"name": "Landelijk", "slug": "landelijk", "kind": "landelijk"},
]

AUDIENCES = [
    {"name": "Gemeenten", "slug": "gemeenten"},
    {"name": "Horeca-ondernemers", "slug": "horeca-ondernemers"},
    {"name": "Agrariërs", "slug": "agrariers"},
    {"name": "Arbeidsmigranten", "slug": "arbeidsmigranten"},
    {"name": "Notarissen", "slug": "notarissen"},
    {"name": "Vastgoedsector", "slug": "vastgoedsector"},
    {"name": "Politie en OM", "slug": "politie-en-om"},
    {"name": "Belastingdienst", "slug": "belastingdienst"},
    {"name": "Woningcorporaties", "slug": "woningcorporaties"},
    {"name": "Financiële instellingen", "slug": "financiele-instellingen"},
]

# ---------------------------------------------------------------------------
# Demo accounts (one per role, plus a superuser)
# ---------------------------------------------------------------------------

DEMO_PASSWORD = "Demo-wachtwoord-2026"

ACCOUNTS = [
    {
        "email": "lid@demo.kennisplatform.example",
        "first_name": "Sanne",
        "last_name": "de Wit",
        "organisation": "Gemeente Deventer",
        "role": "Lid",
    },
    {
        "email": "redacteur@demo.kennisplatform.example",
        "first_name": "Joost",
        "last_name": "Hendriksen",
        "organisation": "RIEC Oost-Brabant",
        "role": "Redacteur",
    },
    {
        "email": "hoofdredacteur@demo.kennisplatform.example",
        "first_name": "Marieke",
        "last_name": "van Dalen",
        "organisation": "LIEC",
        "role": "Hoofdredacteur",
    },
    {
        "email": "organisator@demo.kennisplatform.example",
        "first_name": "Yusuf",
        "last_name": "Kaya",
        "organisation": "RIEC Noord-Holland",
        "role": "Evenementorganisator",
    },
    {
        "email": "moderator@demo.kennisplatform.example",
        "first_name": "Ilse",
        "last_name": "Bosman",
        "organisation": "RIEC Midden-Nederland",
        "role": "Moderator",
    },
    {
        "email": "beheerder@demo.kennisplatform.example",
        "first_name": "Ruben",
        "last_name": "Veldkamp",
        "organisation": "LIEC",
        "role": "Beheerder",
    },
    {
        "email": "admin@demo.kennisplatform.example",
        "first_name": "Anouk",
        "last_name": "Terpstra",
        "organisation": "LIEC",
        "role": "superuser",
    },
]

# ---------------------------------------------------------------------------
# Articles: praktijkvoorbeelden, ondermijningsbeelden, onderzoek, handreikingen, nieuws
# ---------------------------------------------------------------------------

ARTICLES = [
    # ----------------------------------------------------------------- ondermijningsbeelden
    {
        "title": "Ondermijningsbeeld Oost-Nederland: synthetische drugs",
        "slug": "ondermijningsbeeld-oost-nederland-synthetische-drugs",
        "type": "ondermijningsbeeld",
        "summary": "Het RIEC Oost-Nederland bracht in kaart hoe de productie van synthetische drugs "
        "in Gelderland en Overijssel zich verplaatst naar schuren, bedrijfsunits en het buitengebied. "
        "Het beeld beschrijft gelegenheidsstructuren, signalen en aanknopingspunten voor een "
        "integrale aanpak.",
        "body": [
            (
                "text",
                "<p>In de onderzochte periode registreerde het RIEC Oost-Nederland 212 signalen die "
                "verband hielden met productie, opslag of transport van synthetische drugs. Bijna "
                "zestig procent daarvan kwam uit het buitengebied van de Achterhoek, Twente en de "
                "Stedendriehoek. Opvallend is de verschuiving van grote, vaste productielocaties "
                "naar kleine opstellingen die na enkele weken worden afgebroken en elders weer "
                "worden opgebouwd.</p>"
                "<h2>Gelegenheidsstructuren</h2>"
                "<ul>"
                "<li>Leegstaande agrarische opstallen na bedrijfsbeëindiging, vaak zonder actief "
                "toezicht van eigenaar of gemeente.</li>"
                "<li>Bedrijfsverzamelgebouwen met wisselende huurders en beperkte registratie van "
                "wie er feitelijk werkt.</li>"
                "<li>Grondstoffen die via legale handelsstromen binnenkomen en onder steeds andere "
                "namen op de markt verschijnen.</li>"
                "<li>Lokale dienstverleners die, bewust of onbewust, hun kennis, materieel of "
                "ruimte beschikbaar stellen.</li>"
                "</ul>"
                "<h2>Wat het beeld laat zien</h2>"
                "<p>De aangetroffen productie richt zich vooral op amfetamine en xtc. Criminele "
                "samenwerkingsverbanden werven bewust ondernemers uit de regio als facilitator: een "
                "loonwerker die opslag biedt, een installateur die afzuiging aanlegt, een "
                "transporteur die vaten ophaalt. Elk van hen ziet maar een klein deel van de keten, "
                "wat signalering lastig maakt.</p>",
            ),
            (
                "quote",
                {
                    "quote": "We zien niet één grote speler, maar een netwerk van kleine "
                    "dienstverleners die elk een stukje van de productieketen mogelijk maken.",
                    "attribution": "Senior analist, RIEC Oost-Nederland",
                },
            ),
            (
                "callout",
                {
                    "title": "Aan de slag in uw gemeente",
                    "text": "<p>Bespreek het beeld in de lokale driehoek en maak afspraken over "
                    "toezicht in het buitengebied. Koppel de uitkomsten aan uw Damoclesbeleid en "
                    "aan werkafspraken met de netbeheerder over afwijkend stroomverbruik.</p>",
                },
            ),
        ],
        "themes": ["synthetische-drugs", "vastgoed-in-het-buitengebied"],
        "regions": ["riec-oost-nederland"],
        "audiences": ["gemeenten", "politie-en-om", "agrariers"],
        "author": "Team Analyse RIEC Oost-Nederland",
        "source_organisation": "RIEC Oost-Nederland",
        "owner": "Coördinator informatieknooppunt RIEC Oost-Nederland",
        "published": "2025-03-18",
        "members_only": True,
        "attachment": {
            "title": "Samenvatting ondermijningsbeeld synthetische drugs Oost-Nederland",
            "filename": "samenvatting-ondermijningsbeeld-synthetische-drugs-oost-nederland.pdf",
            "pages": [
                "Samenvatting ondermijningsbeeld synthetische drugs Oost-Nederland. "
                "Dit document vat de belangrijkste bevindingen samen voor bestuurders en "
                "ketenpartners. Het volledige beeld is alleen beschikbaar voor convenantpartners. "
                "Kernbevinding 1: productie verplaatst zich van vaste locaties naar tijdelijke "
                "opstellingen in schuren en bedrijfsunits. Kernbevinding 2: loodsverhuur via "
                "tussenpersonen en mondelinge afspraken maakt het moeilijk om de feitelijke "
                "gebruiker van een pand te achterhalen. In een kwart van de onderzochte locaties "
                "was geen schriftelijk huurcontract aanwezig. Kernbevinding 3: grondstoffen worden "
                "in kleine partijen aangevoerd, vaak verpakt als schoonmaakmiddel of "
                "landbouwchemicaliën.",
                "Aanbevelingen. Eén: neem in het buitengebiedbeleid een meldplicht op voor "
                "wijziging van gebruik van agrarische opstallen. Twee: train toezichthouders van "
                "gemeente en omgevingsdienst in het herkennen van afzuiginstallaties, "
                "verduisterde ramen en ongebruikelijke aanvoer van jerrycans. Drie: stel per "
                "gemeente een vast aanspreekpunt in voor meldingen van loonwerkers, "
                "erfbetreders en dierenartsen. Vier: deel anonieme casuïstiek met de "
                "Landelijke Fenomeentafel synthetische drugs, zodat patronen over "
                "regiogrenzen heen zichtbaar worden. Vijf: evalueer de aanpak na twaalf "
                "maanden aan de hand van het aantal meldingen, bestuurlijke interventies en "
                "opgerolde productielocaties.",
            ],
        },
        "change_notes": [
            {"date": "2025-03-18", "note": "Eerste publicatie van het ondermijningsbeeld."},
            {
                "date": "2025-09-02",
                "note": "Cijfers over signalen uit Twente geactualiseerd na herijking van de "
                "registratie.",
            },
        ],
    },
    {
        "title": "Ondermijningsbeeld Schiphol: kwetsbaarheden in de luchtvrachtketen",
        "slug": "ondermijningsbeeld-schiphol-luchtvrachtketen",
        "type": "ondermijningsbeeld",
        "summary": "Welke plekken in de logistiek rond Schiphol zijn aantrekkelijk voor criminele "
        "netwerken, en hoe worden medewerkers benaderd? Dit ondermijningsbeeld beschrijft de "
        "kwetsbaarheden in vracht, bagage en het omliggende bedrijfsleven.",
        "body": [
            (
                "text",
                "<p>Op en rond de luchthaven werken tienduizenden mensen bij honderden bedrijven. "
                "Die schaal maakt Schiphol tot een economische motor, maar ook tot een "
                "gelegenheidsstructuur voor smokkel. Het ondermijningsbeeld is opgesteld door "
                "RIEC Noord-Holland en RIEC Amsterdam-Amstelland, samen met de Koninklijke "
                "Marechaussee, de Douane en de gemeente Haarlemmermeer.</p>"
                "<h2>Belangrijkste bevindingen</h2>"
                "<ol>"
                "<li><strong>Insiders zijn de sleutel.</strong> In 31 van de 48 bestudeerde "
                "casussen speelde een medewerker met toegang tot beveiligd gebied een rol, "
                "meestal in de bagage- of vrachtafhandeling.</li>"
                "<li><strong>Benadering via het eigen netwerk.</strong> Werving verloopt vaak via "
                "familie, sportclubs of sociale media, met aanvankelijk kleine, onschuldig "
                "lijkende verzoeken.</li>"
                "<li><strong>Ondersteunende bedrijvigheid.</strong> Rond de luchthaven zijn "
                "parkeerbedrijven, koeriersdiensten en autoverhuurders aangetroffen die "
                "logistiek of financieel faciliteren.</li>"
                "</ol>"
                "<h2>Aanknopingspunten</h2>"
                "<p>Het beeld benadrukt dat werkgevers een eigen verantwoordelijkheid hebben bij "
                "screening en bewustwording, naast de verklaring van geen bezwaar. Voor de "
                "gemeente liggen kansen bij vergunningverlening aan parkeer- en "
                "taxibedrijven en bij controles op bedrijventerreinen in de directe "
                "omgeving.</p>",
            ),
            (
                "callout",
                {
                    "title": "Vertrouwelijk",
                    "text": "<p>De volledige versie met casusbeschrijvingen is alleen "
                    "beschikbaar voor ingelogde leden van convenantpartners. Deel deze informatie "
                    "niet buiten uw organisatie.</p>",
                },
            ),
        ],
        "themes": ["schiphol", "cocaine-en-logistiek"],
        "regions": ["riec-noord-holland", "riec-amsterdam-amstelland"],
        "audiences": ["gemeenten", "politie-en-om", "belastingdienst"],
        "author": "Projectgroep Mainport Schiphol",
        "source_organisation": "RIEC Noord-Holland",
        "owner": "Programmamanager Schiphol, RIEC Noord-Holland",
        "published": "2024-06-11",
        "members_only": True,
        "attachment": None,
    },
    {
        "title": "Ondermijningsbeeld Brabant: dumpingen van drugsafval in het buitengebied",
        "slug": "ondermijningsbeeld-brabant-dumpingen-drugsafval",
        "type": "ondermijningsbeeld",
        "summary": "De Brabantse RIEC's brachten samen in beeld waar, hoe vaak en door wie chemisch "
        "afval uit drugslaboratoria wordt gedumpt. Het beeld laat zien wie de kosten draagt en "
        "waar preventie het meeste oplevert.",
        "body": [
            (
                "text",
                "<p>Voor de productie van synthetische drugs zijn grote hoeveelheden chemicaliën "
                "nodig. Per kilo eindproduct blijft tot tien kilo afval over, dat zelden netjes "
                "wordt afgevoerd. RIEC Zeeland-West-Brabant en RIEC Oost-Brabant analyseerden "
                "samen 187 aangetroffen dumpingen uit één kalenderjaar.</p>"
                "<h2>Patronen</h2>"
                "<ul>"
                "<li>Ruim de helft van de vondsten lag op of langs landbouwgrond, vaak bij "
                "onverharde wegen en bosranden.</li>"
                "<li>In 23 gevallen werd het afval in een gestolen of gehuurde aanhanger "
                "achtergelaten, waarna de kentekens doodliepen.</li>"
                "<li>Bij afval dat samenhangt met de productie van mdma werden vaker vaten met "
                "restanten van grondstoffen aangetroffen die bij verhitting giftige dampen "
                "afgeven.</li>"
                "<li>Steeds vaker wordt afval via het riool of via mestputten geloosd, wat de "
                "schade aan bodem en waterzuivering vergroot.</li>"
                "</ul>"
                "<h2>Wie betaalt de rekening?</h2>"
                "<p>De opruimkosten liepen in de onderzochte periode op tot ruim 1,4 miljoen euro. "
                "Particuliere grondeigenaren, vaak agrariërs, draaien in eerste instantie voor "
                "die kosten op. Gemeenten en provincie hebben regelingen getroffen die een deel "
                "vergoeden, maar die zijn niet overal bekend.</p>",
            ),
            (
                "quote",
                {
                    "quote": "De boer die 's ochtends vaten op zijn land vindt, is slachtoffer. "
                    "Toch voelt hij zich vaak behandeld als verdachte.",
                    "attribution": "Beleidsadviseur ondermijning, gemeente in Oost-Brabant",
                },
            ),
            (
                "text",
                "<p>Het beeld adviseert om melden laagdrempelig te maken, agrariërs actief te "
                "informeren over vergoedingsregelingen en vindplaatsen systematisch te koppelen "
                "aan informatie over productielocaties.</p>",
            ),
        ],
        "themes": ["drugsafvaldumping", "synthetische-drugs", "vastgoed-in-het-buitengebied"],
        "regions": ["riec-zeeland-west-brabant", "riec-oost-brabant"],
        "audiences": ["agrariers", "gemeenten", "politie-en-om"],
        "author": "Werkgroep Drugsafval Brabant",
        "source_organisation": "RIEC Oost-Brabant",
        "owner": "Team Kennis en Analyse RIEC Oost-Brabant",
        "published": "2024-09-24",
        "members_only": False,
        "attachment": {
            "title": "Factsheet vindplaatsen drugsafval Brabant",
            "filename": "factsheet-vindplaatsen-drugsafval-brabant.pdf",
            "pages": [
                "Factsheet drugsafvaldumping in Noord-Brabant. Deze factsheet hoort bij het "
                "gezamenlijke ondermijningsbeeld van de twee Brabantse RIEC's. Aantal "
                "geregistreerde vindplaatsen: 187. Waarvan in natuurgebied: 46. Waarvan op "
                "landbouwgrond of erf: 98. Waarvan in aanhanger of bestelbus: 23. Waarvan via "
                "riool of mestput: 20. Gemiddelde opruimkosten per vindplaats: circa 7.600 euro. "
                "Hoogste opruimkosten in één zaak: 96.000 euro, vanwege bodemsanering en "
                "afvoer van verontreinigde mest. Piekmaanden: november tot en met februari, "
                "wanneer langere donkere avonden het dumpen vergemakkelijken. Gemeenten met de "
                "meeste vindplaatsen liggen langs de snelwegen richting de Belgische grens. "
                "In 61 procent van de gevallen lag de vindplaats binnen vijf kilometer van een "
                "op- of afrit.",
                "Handelingsperspectief bij een vondst. Raak vaten en jerrycans niet aan en houd "
                "afstand vanwege mogelijke giftige dampen. Bel 112 bij acute gevaren, anders "
                "het algemene nummer van de politie. Noteer kentekens en bijzonderheden. Neem "
                "contact op met de gemeente voor informatie over de regeling die een deel van "
                "de opruimkosten vergoedt. Meld anoniem via Meld Misdaad Anoniem als u iets "
                "weet over de herkomst. Drugsafvaldumping is een milieudelict en een signaal "
                "van productie in de buurt: iedere melding helpt om laboratoria op te sporen.",
            ],
        },
    },
    {
        "title": "Ondermijningsbeeld Kanaalzone: cocaïnesmokkel via de Zeeuwse havens",
        "slug": "ondermijningsbeeld-kanaalzone-cocainesmokkel",
        "type": "ondermijningsbeeld",
        "summary": "Nu de controles in de grote havens strenger worden, wijken smokkelaars uit naar "
        "kleinere terminals. Dit beeld beschrijft de verplaatsing naar de Zeeuwse Kanaalzone en "
        "de gevolgen voor omliggende gemeenten.",
        "body": [
            (
                "text",
                "<p>De havens van Vlissingen en Terneuzen verwerken jaarlijks miljoenen tonnen "
                "lading. Het aantal onderscheppingen van cocaïne nam er de afgelopen drie jaar "
                "fors toe. Volgens het ondermijningsbeeld is dat deels een waterbedeffect van "
                "de strengere aanpak in grotere havens.</p>"
                "<h2>Wat we zien</h2>"
                "<ul>"
                "<li>Jongeren uit de regio en daarbuiten worden benaderd als uithaler, met "
                "beloningen van enkele duizenden euro's per nacht.</li>"
                "<li>Medewerkers van terminals, sjorbedrijven en schoonmaakbedrijven worden "
                "onder druk gezet om informatie over containers of toegangscodes te delen.</li>"
                "<li>In kleine kernen rond de havens worden woningen en bedrijfspanden gebruikt "
                "als tijdelijke opslag of schuilplaats.</li>"
                "</ul>"
                "<h2>Gevolgen voor de omgeving</h2>"
                "<p>Gemeenten in de Kanaalzone zien een stijging van het aantal "
                "geweldsincidenten, bedreigingen en intimidatie. Tegelijk is de bestuurlijke "
                "capaciteit beperkt: kleine gemeenten hebben vaak één beleidsmedewerker die "
                "ondermijning naast andere taken behartigt.</p>"
                "<p>Het beeld pleit voor een gezamenlijke havenaanpak met bedrijfsleven, Douane, "
                "politie en de betrokken gemeenten, naar het voorbeeld van de samenwerking in "
                "Rotterdam, maar toegesneden op de Zeeuwse schaal.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Een uithaler van zeventien is geen crimineel mastermind. Als we "
                    "alleen op hem inzetten, vult iemand anders morgen zijn plek in.",
                    "attribution": "Wijkagent in de Kanaalzone",
                },
            ),
        ],
        "themes": ["zeehavens", "cocaine-en-logistiek"],
        "regions": ["riec-zeeland-west-brabant"],
        "audiences": ["gemeenten", "politie-en-om"],
        "author": "Team Haven en Logistiek",
        "source_organisation": "RIEC Zeeland-West-Brabant",
        "owner": "Accounthouder havens RIEC Zeeland-West-Brabant",
        "published": "2025-10-07",
        "members_only": True,
        "attachment": None,
    },
    {
        "title": "Ondermijningsbeeld Noord-Nederland: het kwetsbare platteland",
        "slug": "ondermijningsbeeld-noord-nederland-platteland",
        "type": "ondermijningsbeeld",
        "summary": "Groningen, Friesland en Drenthe kennen veel vrijkomende agrarische bebouwing en "
        "weinig sociale controle in het buitengebied. Het RIEC Noord-Nederland beschrijft hoe "
        "criminelen daarvan profiteren en welke signalen erfbetreders kunnen opvangen.",
        "body": [
            (
                "text",
                "<p>De komende tien jaar stoppen naar verwachting duizenden agrarische bedrijven "
                "in Noord-Nederland. Schuren, stallen en werktuigbergingen komen leeg te staan. "
                "Het RIEC Noord-Nederland onderzocht hoe vaak zulke panden worden gebruikt voor "
                "criminele activiteiten en welke patronen daarbij opvallen.</p>"
                "<h2>Bevindingen</h2>"
                "<p>Van de 96 onderzochte meldingen in het buitengebied hadden er 41 betrekking "
                "op hennepteelt, 17 op opslag van gestolen goederen of illegaal vuurwerk en 9 op "
                "productie van synthetische drugs. In bijna alle gevallen was de eigenaar niet "
                "zelf de gebruiker. Huurders boden vaak contant ruim boven de marktprijs en "
                "vroegen uitdrukkelijk om geen vragen te stellen.</p>"
                "<h2>Signalen voor erfbetreders</h2>"
                "<ul>"
                "<li>Dichtgetimmerde ramen en nieuwe, zware sloten op een oude schuur.</li>"
                "<li>Verkeer op ongebruikelijke tijden, vaak met bestelbussen zonder "
                "bedrijfsnaam.</li>"
                "<li>Een constant brommend geluid of een penetrante geur.</li>"
                "<li>Sneeuw die op één dak veel sneller smelt dan op de rest van het erf.</li>"
                "</ul>"
                "<p>Dierenartsen, veevoerleveranciers, netbeheerders en loonwerkers komen vaak op "
                "erven waar de gemeente zelden kijkt. Het beeld adviseert hen actief te "
                "betrekken bij bewustwording en een duidelijk meldpunt aan te bieden.</p>",
            ),
            (
                "callout",
                {
                    "title": "Toolkit voor agrariërs",
                    "text": "<p>Op basis van dit beeld is een toolkit voor agrariërs "
                    "ontwikkeld met praktische tips over verhuur, contracten en melden. U vindt "
                    "deze bij de toolkits op dit platform.</p>",
                },
            ),
        ],
        "themes": ["vastgoed-in-het-buitengebied", "ondermijning-in-het-buitengebied"],
        "regions": ["riec-noord-nederland"],
        "audiences": ["agrariers", "gemeenten"],
        "author": "Femke Zijlstra",
        "source_organisation": "RIEC Noord-Nederland",
        "owner": "Team Buitengebied RIEC Noord-Nederland",
        "published": "2024-04-16",
        "members_only": False,
        "attachment": {
            "title": "Bijlage: casusoverzicht buitengebied Noord-Nederland",
            "filename": "casusoverzicht-buitengebied-noord-nederland.pdf",
            "pages": [
                "Casusoverzicht buitengebied Noord-Nederland. Casus A: in een voormalige "
                "melkveestal in Zuidoost-Drenthe trof de politie een hennepkwekerij aan met "
                "ruim 1.800 planten. De eigenaar verhuurde de stal voor 2.500 euro per maand "
                "contant aan een man die zich voorstelde als handelaar in tuinbouwmaterialen. "
                "Casus B: in Noordoost-Friesland werd een werktuigberging gebruikt voor opslag "
                "van illegaal vuurwerk. De huurder stond ingeschreven op een adres dat niet "
                "bestond. Casus C: in het Westerkwartier werd na een melding van de "
                "netbeheerder een productielocatie voor amfetamine ontdekt in een "
                "aardappelloods die al twee jaar leeg stond.",
                "Gemeenschappelijke kenmerken. In alle drie de casussen was er sprake van "
                "contante betaling, geen of een summier schriftelijk contract en een huurder "
                "die zich alleen met een voornaam bekendmaakte. In twee casussen had de "
                "eigenaar financiële problemen na bedrijfsbeëindiging. De gemeenten namen in "
                "alle gevallen bestuurlijke maatregelen: sluiting op grond van de Opiumwet, "
                "een last onder dwangsom en in één geval een bestuurlijke rapportage van het "
                "RIEC ten behoeve van een vergunningsprocedure. Les voor gemeenten: "
                "stoppende agrariërs zijn een kwetsbare groep en verdienen actieve "
                "voorlichting over de risico's van verhuur aan onbekenden.",
            ],
        },
    },
    {
        "title": "Ondermijningsbeeld Rotterdam: bedrijventerreinen onder druk",
        "slug": "ondermijningsbeeld-rotterdam-bedrijventerreinen",
        "type": "ondermijningsbeeld",
        "summary": "Op verouderde bedrijventerreinen in de regio Rotterdam vestigen zich "
        "bedrijven die als dekmantel dienen voor opslag, overslag en witwassen. Het beeld "
        "beschrijft risicokenmerken en de rol van vastgoedeigenaren.",
        "body": [
            (
                "text",
                "<p>Het RIEC Rotterdam onderzocht samen met zes gemeenten in de regio de situatie "
                "op 38 bedrijventerreinen. Op elf daarvan werden meerdere signalen van "
                "ondermijning aangetroffen. Het gaat vooral om oudere terreinen met versnipperd "
                "eigendom, weinig parkmanagement en veel kleine bedrijfsunits.</p>"
                "<h2>Risicokenmerken</h2>"
                "<ul>"
                "<li>Een hoge omloopsnelheid van huurders en leegstand die plotseling "
                "verdwijnt.</li>"
                "<li>Bedrijven zonder zichtbare bedrijfsactiviteit, zoals een autohandel zonder "
                "klanten of een garage zonder auto's.</li>"
                "<li>Zware beveiliging met camera's die op de openbare weg zijn gericht.</li>"
                "<li>Eigenaren die units doorverhuren via een keten van rechtspersonen.</li>"
                "</ul>"
                "<h2>Verbinding met de haven</h2>"
                "<p>Een deel van de aangetroffen bedrijven had aantoonbare banden met "
                "transport en overslag in de haven. Bedrijfsunits werden gebruikt om lading "
                "tijdelijk op te slaan, om voertuigen te prepareren met verborgen ruimtes of als "
                "ontmoetingsplek.</p>"
                "<p>Het beeld adviseert gemeenten om samen met eigenaren en ondernemers "
                "collectief beheer op te zetten, om bij omgevingsvergunningen vaker de Wet Bibob "
                "toe te passen en om periodiek integrale controles uit te voeren.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Een goed onderhouden terrein met een actieve ondernemersvereniging "
                    "is voor criminelen een stuk minder aantrekkelijk.",
                    "attribution": "Parkmanager van een bedrijventerrein in de regio Rotterdam",
                },
            ),
        ],
        "themes": ["cocaine-en-logistiek", "weerbaarheid-en-bestuurlijke-aanpak", "zeehavens"],
        "regions": ["riec-rotterdam"],
        "audiences": ["gemeenten", "vastgoedsector"],
        "author": "Team Analyse RIEC Rotterdam",
        "source_organisation": "RIEC Rotterdam",
        "owner": "Programmaleider Bedrijventerreinen RIEC Rotterdam",
        "published": "2026-02-10",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Ondermijningsbeeld Haaglanden: ondergronds bankieren en contant geld",
        "slug": "ondermijningsbeeld-haaglanden-ondergronds-bankieren",
        "type": "ondermijningsbeeld",
        "summary": "Hoe verplaatsen criminele netwerken in de regio Den Haag grote bedragen zonder "
        "tussenkomst van een bank? Het RIEC Den Haag beschrijft de werking van informele "
        "geldtransfers en de signalen die gemeenten en banken kunnen opvangen.",
        "body": [
            (
                "text",
                "<p>Ondergronds bankieren is op zichzelf niet altijd crimineel: veel mensen "
                "gebruiken informele systemen om geld naar familie in het buitenland te sturen. "
                "Het ondermijningsbeeld richt zich op de netwerken die deze systemen "
                "professioneel inzetten voor drugsgeld.</p>"
                "<h2>Werkwijze</h2>"
                "<p>Een bankier ontvangt contant geld in Nederland en laat een partner elders "
                "hetzelfde bedrag uitbetalen, minus commissie. De onderlinge schuld wordt later "
                "verrekend, bijvoorbeeld via handel in auto's, textiel of telefoons. In de regio "
                "zijn belwinkels, geldwisselkantoren en kleine import-exportbedrijven "
                "aangetroffen die als inlever- of uitbetaalpunt fungeerden.</p>"
                "<h2>Signalen</h2>"
                "<ul>"
                "<li>Grote bedragen aan contant geld, vaak in kleine coupures en vacuüm "
                "verpakt.</li>"
                "<li>Bedrijven met een hoge omzet maar nauwelijks zichtbare klanten.</li>"
                "<li>Notitieboekjes of telefoonberichten met codes, namen en bedragen.</li>"
                "<li>Herhaalde stortingen net onder de meldgrens bij verschillende "
                "banken.</li>"
                "</ul>"
                "<h2>Aanpak</h2>"
                "<p>Het beeld adviseert gemeenten om bij vestiging van nieuwe geldwinkels en "
                "belwinkels vaker een Bibob-toets te doen, en om informatie over opvallende "
                "vestigingen te delen met de FIU en de Belastingdienst. Financiële instellingen "
                "worden gevraagd hun meldingen van ongebruikelijke transacties te verrijken met "
                "informatie over de fysieke locatie van betrokken ondernemingen.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Het gaat om netwerken die in één week miljoenen euro's verplaatsen, zonder dat er ook maar één euro over een bankrekening gaat.",
                    "attribution": "Financieel analist, RIEC Den Haag",
                },
            ),
        ],
        "themes": ["ondergronds-bankieren", "witwassen"],
        "regions": ["riec-den-haag"],
        "audiences": ["financiele-instellingen", "gemeenten", "belastingdienst"],
        "author": "Karim Benali en Lotte Vermeulen",
        "source_organisation": "RIEC Den Haag",
        "owner": "Team Financiële Analyse RIEC Den Haag",
        "published": "2026-06-23",
        "members_only": True,
        "attachment": None,
    },
    # ----------------------------------------------------------------- praktijkvoorbeelden
    {
        "title": "Landelijke Fenomeentafel synthetische drugs: leren van de aanpak van motorbendes",
        "slug": "landelijke-fenomeentafel-synthetische-drugs",
        "type": "praktijkvoorbeeld",
        "summary": "De integrale aanpak van criminele motorbendes liet zien dat strafrecht, "
        "bestuursrecht en fiscaal recht samen meer opleveren. De Landelijke Fenomeentafel "
        "synthetische drugs past dat model toe op een heel ander fenomeen.",
        "body": [
            (
                "text",
                "<p>Jarenlang hebben politie, OM, Belastingdienst, gemeenten en RIEC's "
                "samengewerkt in de landelijke aanpak van criminele motorbendes. Die aanpak "
                "kende een vaste structuur: een landelijk overleg waar informatie over clubs en "
                "leden werd samengebracht, een gezamenlijk interventieplan en heldere afspraken "
                "over wie welke maatregel neemt. Het resultaat was een reeks verboden, gesloten "
                "clubhuizen en fiscale naheffingen.</p>"
                "<h2>Van motorclubs naar drugslaboratoria</h2>"
                "<p>De Landelijke Fenomeentafel synthetische drugs neemt dat model over. "
                "Aan tafel zitten vertegenwoordigers van OM, politie, FIOD, Belastingdienst, de "
                "Nederlandse Arbeidsinspectie, twee gemeenten namens de VNG en vier RIEC's. Het "
                "LIEC verzorgt het secretariaat en de analyse. Iedere zes weken wordt een "
                "thema behandeld, zoals de levering van grondstoffen, de rol van "
                "facilitators of de financiële stromen achter productielocaties.</p>"
                "<h2>Wat werkt</h2>"
                "<ul>"
                "<li>Eén gedeeld beeld van het fenomeen, opgesteld vanuit strafrechtelijke, "
                "bestuurlijke en fiscale informatie.</li>"
                "<li>Concrete interventievoorstellen per partner, met een eigenaar en een "
                "termijn.</li>"
                "<li>Terugkoppeling naar de regio's, zodat lokale casuïstiek verbonden wordt met "
                "landelijke patronen.</li>"
                "</ul>",
            ),
            (
                "quote",
                {
                    "quote": "Het grootste verschil met vroeger is dat we niet meer alleen "
                    "zaken draaien, maar samen bepalen waar een interventie de meeste schade "
                    "aanricht bij het netwerk.",
                    "attribution": "Secretaris Landelijke Fenomeentafel, LIEC",
                },
            ),
        ],
        "practice": {
            "goal": "<p>Criminele netwerken rond synthetische drugs landelijk en integraal "
            "verstoren door informatie van alle partners samen te brengen en interventies op "
            "elkaar af te stemmen.</p>",
            "audience": "<p>Beleidsmakers en uitvoerders bij gemeenten, politie, OM, "
            "Belastingdienst en RIEC's die betrokken zijn bij de aanpak van "
            "drugsproductie.</p>",
            "approach": "<p>De tafel werkt met een vaste cyclus van zes weken: analyse, "
            "bespreking, interventievoorstel en evaluatie. Per thema levert het LIEC een "
            "integrale analyse aan. Partners delen informatie binnen de kaders van het "
            "RIEC-convenant en leggen afspraken vast in een interventieplan.</p>",
            "results": "<p>In het eerste jaar zijn 14 interventieplannen opgesteld. Die "
            "leidden onder meer tot de sluiting van 9 bedrijfspanden, 6 ingetrokken "
            "vergunningen, fiscale naheffingen van in totaal 3,2 miljoen euro en het "
            "stopzetten van twee leveringsroutes van grondstoffen.</p>",
            "lessons": "<p>Begin klein en thematisch. Zorg dat iedere partner een vaste "
            "vertegenwoordiger heeft met mandaat. Investeer in terugkoppeling naar de regio: "
            "zonder lokale uitvoering blijft een landelijk plan papier.</p>",
            "contact": "<p>Secretariaat Landelijke Fenomeentafels, LIEC</p><p>"
            "fenomeentafels@liec.example.nl</p>",
        },
        "themes": ["criminele-motorbendes", "synthetische-drugs"],
        "regions": ["liec", "landelijk"],
        "audiences": ["gemeenten", "politie-en-om", "belastingdienst"],
        "author": "Redactie Kennisplatform Ondermijning",
        "source_organisation": "LIEC",
        "owner": "Secretariaat Landelijke Fenomeentafels",
        "published": "2024-11-05",
        "members_only": False,
        "attachment": {
            "title": "Werkafspraken Landelijke Fenomeentafel synthetische drugs",
            "filename": "werkafspraken-landelijke-fenomeentafel-synthetische-drugs.pdf",
            "pages": [
                "Werkafspraken Landelijke Fenomeentafel synthetische drugs. Artikel 1, "
                "samenstelling: de tafel bestaat uit vaste vertegenwoordigers van de "
                "deelnemende partners. Iedere partner wijst een plaatsvervanger aan. De "
                "tafelvoorzitter wordt voor twee jaar benoemd door de Stuurgroep LIEC. Artikel "
                "2, informatiedeling: informatie wordt uitsluitend gedeeld op basis van het "
                "geldende convenant en de daarin genoemde doelen. Elke partner blijft "
                "verantwoordelijk voor de eigen gegevens. Artikel 3, besluitvorming: "
                "interventievoorstellen worden bij consensus vastgesteld. Bij verschil van "
                "inzicht beslist de tafelvoorzitter na overleg met de betrokken partners. "
                "Besluiten worden schriftelijk vastgelegd.",
                "Artikel 4, cyclus: de tafel komt iedere zes weken bijeen. Het LIEC verstuurt "
                "uiterlijk tien werkdagen vooraf de analyse. Artikel 5, terugkoppeling: "
                "binnen vier weken na vaststelling van een interventieplan informeert iedere "
                "partner de tafelvoorzitter over de voortgang. Artikel 6, evaluatie: na twaalf "
                "maanden wordt de werkwijze geëvalueerd door een onafhankelijke "
                "onderzoeker, in opdracht van de stuurgroep. Artikel 7, geheimhouding: "
                "deelnemers zijn gehouden aan de geheimhoudingsplicht uit het convenant, ook "
                "na beëindiging van hun deelname. Artikel 8, looptijd: deze werkafspraken "
                "gelden voor onbepaalde tijd en worden ten minste eens per twee jaar door de "
                "stuurgroep herzien.",
            ],
        },
        "change_notes": [
            {
                "date": "2025-06-17",
                "note": "Resultaten van het eerste jaar toegevoegd aan de praktijkbeschrijving.",
            },
        ],
    },
    {
        "title": "Bibob-toets bij horecavergunningen in Apeldoorn",
        "slug": "bibob-toets-horeca-apeldoorn",
        "type": "praktijkvoorbeeld",
        "summary": "Apeldoorn toetst sinds enkele jaren elke nieuwe horecavergunning aan de Wet "
        "Bibob. Met een slimme voorselectie blijft de werklast beheersbaar en weten "
        "ondernemers vooraf waar ze aan toe zijn.",
        "body": [
            (
                "text",
                "<p>Horeca is een bekende branche voor het investeren van crimineel geld. Een "
                "café of lunchroom draait veel contante omzet, heeft een laagdrempelige "
                "uitstraling en is geschikt als ontmoetingsplek. Apeldoorn besloot daarom om "
                "bij iedere aanvraag voor een drank- en horecavergunning een Bibob-vragenlijst "
                "te laten invullen.</p>"
                "<h2>Slimme voorselectie</h2>"
                "<p>Niet iedere aanvraag leidt tot een diepgaand onderzoek. Een vast team van "
                "twee Bibob-coördinatoren beoordeelt de vragenlijst aan de hand van een "
                "risicomodel. Punten van aandacht zijn onder meer de herkomst van het "
                "startkapitaal, de zeggenschap binnen de onderneming en eerdere betrokkenheid "
                "bij faillissementen. Alleen als er rode vlaggen zijn, volgt een uitgebreid "
                "onderzoek of een advies van het Landelijk Bureau Bibob.</p>"
                "<h2>Transparant naar ondernemers</h2>"
                "<p>De gemeente investeerde in heldere communicatie. Ondernemers krijgen bij "
                "de aanvraag een uitleg over het doel van de toets en een indicatie van de "
                "doorlooptijd. Ook de lokale afdeling van Koninklijke Horeca Nederland is "
                "betrokken: die ziet de toets als bescherming van bonafide ondernemers tegen "
                "oneerlijke concurrentie.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Een eerlijke ondernemer vindt die vragenlijst hooguit wat "
                    "administratief werk. Wie iets te verbergen heeft, trekt zich soms al "
                    "terug voordat we beginnen.",
                    "attribution": "Bibob-coördinator, gemeente Apeldoorn",
                },
            ),
        ],
        "practice": {
            "goal": "<p>Voorkomen dat de gemeente met een vergunning criminele activiteiten "
            "faciliteert, zonder bonafide horeca-ondernemers onnodig te belasten.</p>",
            "audience": "<p>Vergunningverleners, Bibob-coördinatoren en juristen van "
            "gemeenten, en horeca-ondernemers die een vergunning aanvragen.</p>",
            "approach": "<p>Een verplichte vragenlijst bij iedere aanvraag, een risicomodel "
            "voor voorselectie, een vast Bibob-team en periodiek overleg met de lokale "
            "horecabranche. Bij twijfel wordt het RIEC geraadpleegd voor aanvullende "
            "informatie.</p>",
            "results": "<p>In drie jaar werden 412 aanvragen getoetst. In 37 gevallen volgde "
            "een uitgebreid onderzoek, 11 aanvragen werden ingetrokken en in 5 gevallen "
            "werd de vergunning geweigerd. De gemiddelde doorlooptijd voor aanvragen zonder "
            "rode vlaggen bleef onder de vier weken.</p>",
            "lessons": "<p>Leg de werkwijze vast in een openbare Bibob-beleidslijn, zodat "
            "ondernemers en rechters weten wat de gemeente doet. Houd de vragenlijst kort en "
            "begrijpelijk. Reserveer capaciteit voor de zaken die écht aandacht vragen.</p>",
            "contact": "<p>Team Bibob, gemeente Apeldoorn</p><p>bibob@apeldoorn.example.nl</p>",
        },
        "themes": ["wet-bibob"],
        "regions": ["riec-oost-nederland"],
        "audiences": ["horeca-ondernemers", "gemeenten"],
        "author": "Daan Kuipers",
        "source_organisation": "Gemeente Apeldoorn",
        "owner": "Team Bibob, gemeente Apeldoorn",
        "published": "2025-02-04",
        "members_only": False,
        "attachment": {
            "title": "Toelichting bij de Bibob-vragenlijst horeca",
            "filename": "toelichting-bibob-vragenlijst-horeca.pdf",
            "pages": [
                "Toelichting bij de Bibob-vragenlijst horeca. Deze toelichting helpt u bij het "
                "invullen van de vragenlijst die hoort bij uw aanvraag voor een drank- en "
                "horecavergunning. Vraag 1 tot en met 4 gaan over de onderneming en de "
                "personen die daarin zeggenschap hebben. Vraag 5 tot en met 9 gaan over de "
                "financiering. Voeg bij een lening van familie of kennissen altijd een "
                "ondertekende leningsovereenkomst toe, met daarin het bedrag, de rente en "
                "het aflossingsschema. Voeg ook bankafschriften toe waaruit blijkt dat het "
                "geld daadwerkelijk is overgemaakt.",
                "Vraag 10 tot en met 12 gaan over het pand. Als u het pand huurt, voeg dan het "
                "huurcontract toe. Als u het pand koopt, voeg dan de koopovereenkomst en de "
                "financieringsafspraken toe. Vraag 13 gaat over eerdere faillissementen en "
                "strafrechtelijke antecedenten. Het niet volledig invullen van de vragenlijst "
                "kan reden zijn om de aanvraag buiten behandeling te stellen. Heeft u vragen? "
                "Neem contact op met het Team Bibob. Wij helpen u graag op weg. Let op: "
                "geeft u bewust onjuiste of onvolledige informatie, dan kan dat op zichzelf "
                "een reden zijn om de vergunning te weigeren of later in te trekken.",
            ],
        },
    },
    {
        "title": "Integrale aanpak vakantieparken op de Veluwe",
        "slug": "integrale-aanpak-vakantieparken-veluwe",
        "type": "praktijkvoorbeeld",
        "summary": "Vijf Veluwse gemeenten bundelden hun krachten om verloederde vakantieparken "
        "terug te brengen naar recreatie. Integrale controles brachten uitbuiting, illegale "
        "bewoning en criminele bedrijvigheid aan het licht.",
        "body": [
            (
                "text",
                "<p>Op de Veluwe liggen honderden vakantieparken. Een deel daarvan heeft de "
                "toeristische functie verloren. Chalets worden permanent bewoond, soms door "
                "mensen die nergens anders terechtkunnen, soms door arbeidsmigranten die via een "
                "uitzendbureau met tien man in één huisje worden ondergebracht. Op enkele parken "
                "vestigden zich bewoners met een uitgebreid strafblad.</p>"
                "<h2>Samen optrekken</h2>"
                "<p>Vijf gemeenten, de provincie, politie, brandweer, Belastingdienst en het "
                "RIEC Oost-Nederland ontwikkelden een gezamenlijke werkwijze. Eerst werd per park "
                "een risicoprofiel gemaakt op basis van inschrijvingen, meldingen en "
                "eigendomsgegevens. Vervolgens vonden integrale controles plaats, waarbij alle "
                "partners tegelijk aanwezig waren.</p>"
                "<h2>Niet alleen handhaven</h2>"
                "<p>Een belangrijk uitgangspunt was dat bewoners in een kwetsbare positie niet de "
                "dupe mochten worden. Daarom liepen medewerkers van het sociaal domein mee met "
                "de controles. Zij boden hulp bij huisvesting, schulden en werk. Voor "
                "arbeidsmigranten waren tolken beschikbaar.</p>",
            ),
            (
                "callout",
                {
                    "title": "Tip",
                    "text": "<p>Betrek parkeigenaren vanaf het begin. Veel eigenaren willen "
                    "zelf ook van criminele bewoners af, maar weten niet hoe. Een gezamenlijk "
                    "toekomstperspectief voor het park maakt handhaving beter uitlegbaar.</p>",
                },
            ),
            (
                "text",
                "<p>De aanpak loopt door tot alle parken met een verhoogd risico ten minste één keer "
                "integraal zijn gecontroleerd.</p>",
            ),
        ],
        "practice": {
            "goal": "<p>Criminaliteit en uitbuiting op vakantieparken terugdringen en parken "
            "een duurzaam toekomstperspectief bieden, als recreatiepark of in een andere "
            "functie.</p>",
            "audience": "<p>Gemeenten met vakantieparken, toezichthouders, sociaal domein en "
            "parkeigenaren.</p>",
            "approach": "<p>Risicoprofielen per park, integrale controles met alle partners, "
            "hulpaanbod voor kwetsbare bewoners en afspraken met eigenaren over beheer en "
            "toekomst. Het RIEC Oost-Nederland verzorgde de informatie-uitwisseling.</p>",
            "results": "<p>Op 23 parken vonden integrale controles plaats. Er werden 146 "
            "situaties van illegale bewoning vastgesteld, 4 hennepplantages opgerold en "
            "12 signalen van arbeidsuitbuiting doorgezet naar de Arbeidsinspectie. Drie "
            "parken kregen een nieuwe eigenaar met een recreatief plan.</p>",
            "lessons": "<p>Investeer in de voorbereiding: een goed risicoprofiel voorkomt "
            "dat controles op de verkeerde plek plaatsvinden. Zorg voor een warme "
            "overdracht van kwetsbare bewoners naar hulpverlening.</p>",
            "contact": "<p>Programmateam Vitale Parken Veluwe</p><p>"
            "parken@veluwe-gemeenten.example.nl</p>",
        },
        "themes": ["vakantieparken", "arbeidsuitbuiting"],
        "regions": ["riec-oost-nederland"],
        "audiences": ["gemeenten", "arbeidsmigranten"],
        "author": "Programmateam Vitale Parken Veluwe",
        "source_organisation": "Gemeente Ermelo",
        "owner": "Programmamanager vakantieparken, gemeente Ermelo",
        "published": "2025-05-20",
        "members_only": False,
        "attachment": {
            "title": "Werkwijze integrale parkcontrole",
            "filename": "werkwijze-integrale-parkcontrole.pdf",
            "pages": [
                "Werkwijze integrale parkcontrole. Stap 1, voorbereiding: het RIEC stelt op "
                "verzoek van de gemeente een risicoprofiel op van het park, met informatie "
                "over eigendom, inschrijvingen in de Basisregistratie Personen, meldingen bij "
                "politie en brandweer en eventuele eerdere controles. Stap 2, briefing: alle "
                "partners komen op de ochtend van de controle samen. De leiding ligt bij de "
                "gemeentelijke projectleider. Stap 3, uitvoering: controleteams bestaan uit "
                "een handhaver, een politiemedewerker en een medewerker sociaal domein. De "
                "brandweer controleert de brandveiligheid van bewoonde chalets. Tolken "
                "zijn telefonisch beschikbaar.",
                "Stap 4, nazorg: kwetsbare bewoners krijgen binnen een week een vervolggesprek. "
                "Stap 5, afspraken met de eigenaar: waar mogelijk wordt een "
                "parkbeheerdersconvenant gesloten, waarin de eigenaar zich verplicht tot "
                "registratie van gasten, het weren van permanente bewoning en het melden van "
                "verdachte situaties. Stap 6, evaluatie: na zes maanden volgt een "
                "hercontrole. De resultaten worden vastgelegd in het regionale "
                "parkenregister en gedeeld met de deelnemende gemeenten. Stap 7, "
                "communicatie: bewoners en omwonenden ontvangen binnen twee weken een brief "
                "over de uitkomsten van de controle en over waar zij terechtkunnen met "
                "vragen of meldingen.",
            ],
        },
    },
    {
        "title": "Huisbezoeken bij arbeidsmigranten in het Westland",
        "slug": "huisbezoeken-arbeidsmigranten-westland",
        "type": "praktijkvoorbeeld",
        "summary": "In de glastuinbouwregio werken tienduizenden arbeidsmigranten. Met gerichte "
        "huisbezoeken brengen gemeente, Arbeidsinspectie en zorgpartners misstanden in beeld "
        "en bieden zij slachtoffers van uitbuiting een uitweg.",
        "body": [
            (
                "text",
                "<p>Het Westland is afhankelijk van arbeidsmigranten uit Polen, Roemenië en "
                "Bulgarije. De meeste werkgevers en uitzendbureaus houden zich aan de regels. "
                "Maar in de regio zijn ook constructies aangetroffen waarbij werk, huisvesting en "
                "vervoer in één hand liggen. Wie ziek wordt of klaagt, verliest tegelijk baan, bed "
                "en vervoer.</p>"
                "<h2>Huisbezoeken met een doel</h2>"
                "<p>Een multidisciplinair team van gemeente, Nederlandse Arbeidsinspectie, GGD en "
                "een maatschappelijke organisatie voor arbeidsmigranten bezoekt panden waar "
                "signalen over binnenkomen. Het team spreekt bewoners aan in hun eigen taal, "
                "controleert de woonsituatie en vraagt naar loonstroken, contracten en "
                "inhoudingen.</p>"
                "<h2>Typische signalen</h2>"
                "<ul>"
                "<li>Hoge inhoudingen op het loon voor huur, vervoer of boetes.</li>"
                "<li>Paspoorten die door de werkgever of huisbaas worden bewaard.</li>"
                "<li>Meer dan acht personen in een eengezinswoning, met stapelbedden in de "
                "woonkamer.</li>"
                "<li>Bewoners die niet weten voor welk bedrijf zij werken.</li>"
                "</ul>",
            ),
            (
                "quote",
                {
                    "quote": "Mensen durven pas te praten als ze weten dat ze niet meteen "
                    "op straat staan. Daarom hebben we altijd een noodopvangplek achter de "
                    "hand.",
                    "attribution": "Teamleider huisbezoeken, gemeente Westland",
                },
            ),
            (
                "text",
                "<p>Na ieder huisbezoek krijgen bewoners een kaartje in hun eigen taal met het "
                "telefoonnummer van een vast aanspreekpunt bij de gemeente.</p>",
            ),
        ],
        "practice": {
            "goal": "<p>Arbeidsuitbuiting vroegtijdig signaleren, slachtoffers helpen en "
            "malafide werkgevers en huisjesmelkers aanpakken.</p>",
            "audience": "<p>Gemeenten met veel arbeidsmigranten, woningcorporaties, "
            "zorgpartners en toezichthouders.</p>",
            "approach": "<p>Wekelijkse huisbezoeken op basis van meldingen, met tolken en een "
            "vast team. Signalen worden besproken in een casusoverleg met het RIEC Den Haag "
            "en leiden waar nodig tot bestuurlijke of strafrechtelijke interventies.</p>",
            "results": "<p>In het eerste jaar werden 318 panden bezocht. In 64 panden werd "
            "overbewoning vastgesteld, 19 signalen werden doorgezet naar de "
            "Arbeidsinspectie en 7 slachtoffers werden opgevangen. Twee uitzendbureaus "
            "verloren hun certificering.</p>",
            "lessons": "<p>Zorg dat er opvang beschikbaar is voordat je begint. Zonder "
            "alternatief voor huisvesting werken bewoners niet mee. Werk met vaste "
            "tolken die het vertrouwen van de gemeenschap hebben.</p>",
            "contact": "<p>Team Arbeidsmigratie, gemeente Westland</p><p>"
            "arbeidsmigratie@westland.example.nl</p>",
        },
        "themes": ["arbeidsuitbuiting", "mensenhandel-en-uitbuiting"],
        "regions": ["riec-den-haag"],
        "audiences": ["arbeidsmigranten", "gemeenten", "woningcorporaties"],
        "author": "Ewa Nowak-de Graaf",
        "source_organisation": "Gemeente Westland",
        "owner": "Team Arbeidsmigratie, gemeente Westland",
        "published": "2025-08-12",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Sluiting van een clubhuis in Zuid-Limburg",
        "slug": "sluiting-clubhuis-zuid-limburg",
        "type": "praktijkvoorbeeld",
        "summary": "Nadat een motorclub landelijk was verboden, bleef het clubhuis in een "
        "Zuid-Limburgse gemeente in gebruik onder een nieuwe naam. Met een combinatie van "
        "bestuursrecht en privaatrecht werd het pand toch gesloten.",
        "body": [
            (
                "text",
                "<p>Een civielrechtelijk verbod op een motorclub betekent niet dat de leden "
                "verdwijnen. In deze casus kwamen voormalige leden bijeen onder een nieuwe naam, "
                "met nieuwe hesjes, in hetzelfde pand aan de rand van een bedrijventerrein. "
                "Buurtbewoners en ondernemers meldden intimiderend gedrag en nachtelijke "
                "bijeenkomsten.</p>"
                "<h2>Aanpak</h2>"
                "<p>De gemeente, politie, OM, Belastingdienst en het RIEC Limburg stelden samen "
                "een interventieplan op. Uitgangspunt: geen enkele maatregel staat op zichzelf. "
                "De gemeente onderzocht het bestemmingsplan en stelde vast dat het pand in strijd "
                "met de toegestane bedrijfsfunctie werd gebruikt. De Belastingdienst legde "
                "beslag vanwege openstaande aanslagen van de eigenaar. De politie documenteerde "
                "incidenten zorgvuldig, zodat de burgemeester zijn besluit kon onderbouwen.</p>"
                "<h2>Juridische houdbaarheid</h2>"
                "<p>Het sluitingsbesluit werd aangevochten tot aan de Raad van State. Doordat het "
                "dossier zowel op ruimtelijke ordening als op openbare orde was gebaseerd, bleef "
                "het overeind. Het pand is inmiddels verkocht aan een regionale aannemer.</p>",
            ),
            (
                "callout",
                {
                    "title": "Let op",
                    "text": "<p>Deze beschrijving bevat geanonimiseerde informatie uit een "
                    "lopend dossier en is alleen beschikbaar voor leden.</p>",
                },
            ),
            (
                "text",
                "<p>De betrokken partners evalueerden de zaak na afloop en stelden een draaiboek op "
                "voor vergelijkbare situaties elders in de regio.</p>",
            ),
        ],
        "practice": {
            "goal": "<p>Voorkomen dat een verboden motorclub onder een nieuwe naam een "
            "vaste uitvalsbasis in de gemeente behoudt.</p>",
            "audience": "<p>Burgemeesters, juristen openbare orde, RIEC-accounthouders en "
            "politie.</p>",
            "approach": "<p>Een integraal interventieplan met bestuursrechtelijke, fiscale en "
            "strafrechtelijke maatregelen, afgestemd in het RIEC-casusoverleg en getoetst "
            "door een advocaat gespecialiseerd in openbare orde.</p>",
            "results": "<p>Het clubhuis werd gesloten en verkocht. Het aantal meldingen van "
            "overlast in de omgeving daalde binnen een jaar met ruim zeventig procent.</p>",
            "lessons": "<p>Bouw het dossier op meerdere grondslagen tegelijk. Documenteer "
            "vanaf het eerste signaal, ook als een maatregel nog ver weg lijkt.</p>",
            "contact": "<p>Accounthouder motorbendes, RIEC Limburg</p><p>"
            "omg@riec-limburg.example.nl</p>",
        },
        "themes": ["clubhuizen", "criminele-motorbendes"],
        "regions": ["riec-limburg"],
        "audiences": ["gemeenten", "politie-en-om", "belastingdienst"],
        "author": "Team Openbare Orde en Veiligheid",
        "source_organisation": "RIEC Limburg",
        "owner": "Accounthouder motorbendes, RIEC Limburg",
        "published": "2024-02-27",
        "members_only": True,
        "attachment": None,
    },
    {
        "title": "Vastgoedscan Eindhoven: zicht op verdachte transacties in de wijk",
        "slug": "vastgoedscan-eindhoven",
        "type": "praktijkvoorbeeld",
        "summary": "Eindhoven analyseerde alle woningtransacties in drie wijken over vijf jaar. "
        "Snelle doorverkopen, contante financiering en opvallende eigenaren bleken goed "
        "te herkennen met openbare bronnen en een slimme combinatie van data.",
        "body": [
            (
                "text",
                "<p>Buurtbewoners in enkele Eindhovense wijken zagen hoe woningen steeds vaker "
                "werden opgekocht door onbekende partijen, snel werden doorverkocht en daarna "
                "aan wisselende bewoners werden verhuurd. De gemeente wilde weten of hier sprake "
                "was van een structurele witwaspraktijk of van gewone beleggers.</p>"
                "<h2>De scan</h2>"
                "<p>Samen met het RIEC Oost-Brabant werden 4.870 transacties geanalyseerd. De "
                "scan combineerde gegevens uit het Kadaster, het Handelsregister, de "
                "Basisregistratie Personen en gemeentelijke meldingen. Per transactie werd "
                "gekeken naar een set indicatoren.</p>"
                "<ul>"
                "<li>Doorverkoop binnen twaalf maanden met een grote prijsstijging.</li>"
                "<li>Aankoop zonder hypotheekinschrijving.</li>"
                "<li>Koper is een recent opgerichte rechtspersoon met een buitenlandse "
                "bestuurder.</li>"
                "<li>Hoge verloop van ingeschreven bewoners na aankoop.</li>"
                "</ul>"
                "<h2>Uitkomst</h2>"
                "<p>Van alle transacties scoorden er 129 op drie of meer indicatoren. Die zijn "
                "nader onderzocht. In 22 gevallen volgde een melding aan de FIU of een "
                "Bibob-procedure bij een omzettingsvergunning. De gemeente heeft inmiddels "
                "een opkoopbescherming ingevoerd in twee wijken.</p>",
            ),
            (
                "quote",
                {
                    "quote": "De meeste signalen haal je uit gegevens die al binnen de "
                    "overheid beschikbaar zijn. Het gaat erom dat je ze bij elkaar legt.",
                    "attribution": "Data-analist, gemeente Eindhoven",
                },
            ),
        ],
        "practice": {
            "goal": "<p>Inzicht krijgen in het misbruik van de woningmarkt door criminelen en "
            "gericht kunnen ingrijpen bij verdachte transacties.</p>",
            "audience": "<p>Gemeenten, RIEC's, notarissen en partijen in de vastgoedsector.</p>",
            "approach": "<p>Een datagedreven scan op basis van openbare en gemeentelijke "
            "bronnen, gevolgd door handmatige verdieping door een analist en bespreking in "
            "het RIEC-casusoverleg.</p>",
            "results": "<p>129 verdachte transacties, 22 vervolgacties, invoering van "
            "opkoopbescherming in twee wijken en een structurele maandelijkse "
            "monitoring.</p>",
            "lessons": "<p>Laat de privacy-officer vanaf het begin meekijken en leg de "
            "grondslag voor gegevensverwerking vast. Een scan is een startpunt, geen "
            "bewijs: iedere hit verdient menselijke beoordeling.</p>",
            "contact": "<p>Programma Ondermijning, gemeente Eindhoven</p><p>"
            "ondermijning@eindhoven.example.nl</p>",
        },
        "themes": ["vastgoed-en-witwassen", "witwassen"],
        "regions": ["riec-oost-brabant"],
        "audiences": ["gemeenten", "vastgoedsector", "notarissen"],
        "author": "Programma Ondermijning Eindhoven",
        "source_organisation": "Gemeente Eindhoven",
        "owner": "Programmamanager Ondermijning, gemeente Eindhoven",
        "published": "2026-04-14",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Weerbaarheidstraining voor baliemedewerkers in Almere",
        "slug": "weerbaarheidstraining-baliemedewerkers-almere",
        "type": "praktijkvoorbeeld",
        "summary": "Medewerkers aan de balie en in de vergunningverlening zijn voor criminelen "
        "een interessante ingang. Almere traint hen in het herkennen van benaderingen en in "
        "het veilig melden daarvan.",
        "body": [
            (
                "text",
                "<p>Criminele netwerken hebben informatie nodig: wie woont waar, wie vraagt welke "
                "vergunning aan, welk pand komt vrij. Medewerkers van Burgerzaken, "
                "Vergunningen en Belastingen hebben toegang tot precies die informatie. "
                "Gemeente Almere ontwikkelde samen met het RIEC Midden-Nederland een training "
                "voor deze groep.</p>"
                "<h2>Inhoud van de training</h2>"
                "<ol>"
                "<li>Hoe ziet een benadering eruit? Van een vriendelijk verzoek aan de balie "
                "tot een contactverzoek via sociale media.</li>"
                "<li>Rollenspellen met een acteur, gebaseerd op echte casuïstiek.</li>"
                "<li>Wat doe je als je twijfelt? Uitleg over het meldpunt integriteit en "
                "de vertrouwenspersoon.</li>"
                "<li>Digitale hygiëne: wat deel je online over je werk?</li>"
                "</ol>"
                "<p>De training duurt een dagdeel en wordt gegeven in kleine groepen. "
                "Leidinggevenden volgen een aanvullende module over het bespreekbaar maken van "
                "dilemma's in het team.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Ik had nooit gedacht dat een vraag over een adres al een "
                    "eerste stap kon zijn. Nu weet ik waar ik op moet letten.",
                    "attribution": "Medewerker Burgerzaken, gemeente Almere",
                },
            ),
            (
                "callout",
                {
                    "title": "Ook in uw gemeente",
                    "text": "<p>Het lesmateriaal en de scenario's voor de rollenspellen zijn beschikbaar voor andere "
                    "gemeenten. Het RIEC Midden-Nederland helpt bij het aanpassen van de casussen aan de "
                    "lokale situatie.</p>",
                },
            ),
        ],
        "practice": {
            "goal": "<p>Medewerkers met toegang tot gevoelige informatie weerbaar maken tegen "
            "criminele benadering en de meldingsbereidheid vergroten.</p>",
            "audience": "<p>Baliemedewerkers, vergunningverleners, medewerkers belastingen "
            "en hun leidinggevenden.</p>",
            "approach": "<p>Een interactieve training van een dagdeel met acteurs, "
            "aangevuld met een e-learning en jaarlijkse opfrisbijeenkomsten.</p>",
            "results": "<p>Ruim 600 medewerkers zijn getraind. Het aantal meldingen bij het "
            "meldpunt integriteit verdubbelde in het jaar na de start. Medewerkers geven de "
            "training gemiddeld een 8,4.</p>",
            "lessons": "<p>Laat de directie het belang uitdragen. Zonder veilige "
            "meldcultuur levert bewustwording weinig op.</p>",
            "contact": "<p>Coördinator Weerbare Organisatie, gemeente Almere</p><p>"
            "weerbaar@almere.example.nl</p>",
        },
        "themes": ["weerbare-overheid"],
        "regions": ["riec-midden-nederland"],
        "audiences": ["gemeenten"],
        "author": "Nadia El Amrani",
        "source_organisation": "Gemeente Almere",
        "owner": "Coördinator Weerbare Organisatie, gemeente Almere",
        "published": "2026-09-08",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Misbruik van coronasteun opsporen met datakoppeling in Zaanstad",
        "slug": "misbruik-coronasteun-zaanstad",
        "type": "praktijkvoorbeeld",
        "summary": "Tijdens de coronacrisis keerde Zaanstad in korte tijd duizenden "
        "Tozo-uitkeringen uit. Achteraf bracht de gemeente met gerichte analyses misbruik "
        "in kaart, inclusief netwerken van stromannen.",
        "body": [
            (
                "text",
                "<p>De Tijdelijke overbruggingsregeling zelfstandig ondernemers werd in het "
                "voorjaar van 2020 razendsnel ingevoerd. Gemeenten moesten aanvragen binnen "
                "enkele weken afhandelen, met beperkte mogelijkheden voor controle vooraf. "
                "Criminelen speelden daar snel op in.</p>"
                "<h2>Wat Zaanstad deed</h2>"
                "<p>Het team Handhaving Werk en Inkomen koppelde de aanvragen aan gegevens uit het "
                "Handelsregister, de Basisregistratie Personen en eigen uitkeringsbestanden. "
                "Zo kwamen patronen aan het licht die per aanvraag onzichtbaar bleven.</p>"
                "<ul>"
                "<li>Meerdere aanvragers op één adres, met eenmanszaken die kort voor de "
                "peildatum waren ingeschreven.</li>"
                "<li>Steeds hetzelfde bankrekeningnummer bij verschillende aanvragen.</li>"
                "<li>Aanvragers die tegelijk in het buitenland verbleven.</li>"
                "</ul>"
                "<p>Bij een deel van de verdachte aanvragen bleek een tussenpersoon betrokken die "
                "kwetsbare mensen overhaalde een bedrijf in te schrijven en hun uitkering "
                "daarna grotendeels afroomde.</p>",
            ),
            (
                "callout",
                {
                    "title": "Les voor de volgende crisis",
                    "text": "<p>Snelheid en rechtmatigheid hoeven niet te botsen. Door vooraf "
                    "enkele eenvoudige controles te automatiseren, kan een gemeente de "
                    "grootste risico's al bij de aanvraag afvangen.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": "Eén aanvraag zag er keurig uit. Pas toen we tien aanvragen naast elkaar legden, zagen we hetzelfde rekeningnummer terugkomen.",
                    "attribution": "Handhaver Werk en Inkomen, gemeente Zaanstad",
                },
            ),
            (
                "text",
                "<p>De werkwijze is inmiddels overgenomen door vier andere gemeenten in de regio "
                "Zaanstreek-Waterland.</p>",
            ),
        ],
        "practice": {
            "goal": "<p>Misbruik van coronasteun achteraf opsporen, onterecht verstrekte "
            "bedragen terugvorderen en de achterliggende netwerken aanpakken.</p>",
            "audience": "<p>Afdelingen Werk en Inkomen, handhaving en beleidsmedewerkers "
            "ondermijning bij gemeenten.</p>",
            "approach": "<p>Datakoppeling van aanvragen met interne en externe registers, "
            "handmatige verdieping, huisbezoeken en bespreking van netwerken in het "
            "casusoverleg van het RIEC Noord-Holland.</p>",
            "results": "<p>Van de 9.100 aanvragen werden er 412 nader onderzocht. In 187 "
            "gevallen volgde een terugvordering, samen goed voor 1,9 miljoen euro. Tegen "
            "vier tussenpersonen is aangifte gedaan.</p>",
            "lessons": "<p>Bewaar tijdens een crisis alle aanvraaggegevens gestructureerd, "
            "zodat achteraf controle mogelijk is. Betrek het RIEC als er patronen opduiken "
            "die wijzen op georganiseerd misbruik.</p>",
            "contact": "<p>Team Handhaving Werk en Inkomen, gemeente Zaanstad</p><p>"
            "handhaving-wi@zaanstad.example.nl</p>",
        },
        "themes": ["misbruik-coronasteun", "misbruik-van-overheidsgeld"],
        "regions": ["riec-noord-holland"],
        "audiences": ["gemeenten", "belastingdienst"],
        "author": "Team Handhaving Werk en Inkomen",
        "source_organisation": "Gemeente Zaanstad",
        "owner": "Teamleider Handhaving Werk en Inkomen, gemeente Zaanstad",
        "published": "2024-03-19",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Bewustwordingsprogramma voor medewerkers in de luchtvracht",
        "slug": "bewustwording-medewerkers-luchtvracht-schiphol",
        "type": "praktijkvoorbeeld",
        "summary": "Afhandelaars rond Schiphol zijn kwetsbaar voor benadering door criminelen. "
        "Een programma van werkgevers, gemeente en RIEC helpt medewerkers om benaderingen te "
        "herkennen en te melden.",
        "body": [
            (
                "text",
                "<p>Medewerkers in de vrachtafhandeling zijn vaak jong, werken in ploegendiensten "
                "en hebben toegang tot beveiligde zones. Criminele netwerken weten dat. Het "
                "ondermijningsbeeld Schiphol liet zien dat benaderingen vaak beginnen met een "
                "klein verzoek: een foto van een vrachtbrief, een pasje lenen, een collega "
                "even afleiden.</p>"
                "<h2>Het programma</h2>"
                "<p>Vier grote afhandelaars, de gemeente Haarlemmermeer, de Koninklijke "
                "Marechaussee en het RIEC Noord-Holland ontwikkelden samen een "
                "bewustwordingsprogramma. Het bestaat uit drie onderdelen.</p>"
                "<ul>"
                "<li>Een korte film over een fictieve medewerker die stap voor stap in de "
                "problemen raakt.</li>"
                "<li>Gesprekken in kleine groepen, begeleid door een teamleider en een "
                "wijkagent van de Marechaussee.</li>"
                "<li>Een anoniem meldnummer dat 24 uur per dag bereikbaar is.</li>"
                "</ul>"
                "<p>Nieuwe medewerkers volgen het programma in hun eerste maand. Bestaande "
                "medewerkers krijgen jaarlijks een opfrissessie.</p>",
            ),
            (
                "quote",
                {
                    "quote": "We willen dat een medewerker die benaderd wordt, weet dat hij "
                    "bij ons terechtkan. Zwijgen maakt het alleen maar erger.",
                    "attribution": "HR-directeur van een vrachtafhandelaar",
                },
            ),
            (
                "callout",
                {
                    "title": "Overnemen?",
                    "text": "<p>De film en de gesprekshandleiding zijn beschikbaar voor andere werkgevers in de "
                    "logistiek, zoals distributiecentra en havenbedrijven. Neem contact op met het "
                    "projectbureau voor een versie met uw eigen logo.</p>",
                },
            ),
        ],
        "practice": {
            "goal": "<p>Medewerkers in de luchtvracht weerbaarder maken tegen criminele "
            "benadering en het aantal meldingen vergroten.</p>",
            "audience": "<p>Werkgevers op en rond luchthavens, hun medewerkers en "
            "leidinggevenden.</p>",
            "approach": "<p>Een publiek-privaat programma met film, groepsgesprekken en een "
            "anoniem meldnummer, ingebed in de introductie van nieuwe medewerkers.</p>",
            "results": "<p>Meer dan 5.000 medewerkers bereikt. Het aantal meldingen van "
            "benadering steeg van 6 naar 41 per jaar. Meerdere meldingen leidden tot "
            "strafrechtelijk onderzoek.</p>",
            "lessons": "<p>Bewustwording werkt alleen als leidinggevenden meedoen en melders "
            "zich beschermd voelen. Maak het programma onderdeel van de reguliere "
            "onboarding.</p>",
            "contact": "<p>Projectbureau Weerbare Mainport</p><p>"
            "weerbaremainport@riec-nh.example.nl</p>",
        },
        "themes": ["schiphol", "logistieke-knooppunten"],
        "regions": ["riec-noord-holland"],
        "audiences": ["politie-en-om", "gemeenten"],
        "author": "Projectbureau Weerbare Mainport",
        "source_organisation": "RIEC Noord-Holland",
        "owner": "Projectleider Weerbare Mainport, RIEC Noord-Holland",
        "published": "2025-01-28",
        "members_only": False,
        "attachment": None,
    },
    # ----------------------------------------------------------------- onderzoek
    {
        "title": "Onderzoek: contante aankopen en snelle doorverkopen op de woningmarkt",
        "slug": "onderzoek-witwassen-vastgoed-woningmarkt",
        "type": "onderzoek",
        "summary": "Een landelijke analyse van ruim 180.000 woningtransacties laat zien dat "
        "verdachte patronen zich concentreren in een beperkt aantal wijken en bij een "
        "kleine groep kopers. Het onderzoek biedt indicatoren die gemeenten zelf kunnen "
        "toepassen.",
        "body": [
            (
                "text",
                "<p>Vastgoed is een aantrekkelijke manier om crimineel geld wit te wassen: het "
                "behoudt zijn waarde, levert huurinkomsten op en maakt de herkomst van vermogen "
                "lastig te traceren. In opdracht van het LIEC onderzocht een team van twee "
                "universiteiten hoe vaak en waar verdachte transacties voorkomen.</p>"
                "<h2>Onderzoeksopzet</h2>"
                "<p>De onderzoekers bekeken alle woningtransacties in 24 gemeenten over een "
                "periode van zes jaar. Zij ontwikkelden een set van twaalf indicatoren, "
                "waaronder aankoop zonder hypotheek, doorverkoop binnen een jaar, een "
                "prijsverschil van meer dan dertig procent ten opzichte van de WOZ-waarde en "
                "betrokkenheid van rechtspersonen met een onduidelijke "
                "eigendomsstructuur.</p>"
                "<h2>Belangrijkste uitkomsten</h2>"
                "<ul>"
                "<li>Ongeveer 1,6 procent van de transacties scoorde op vier of meer "
                "indicatoren.</li>"
                "<li>Die transacties waren geconcentreerd in oudere stadswijken met veel "
                "particuliere huur en in vakantieparken.</li>"
                "<li>Een kleine groep van ongeveer 300 kopers was betrokken bij bijna een "
                "derde van alle verdachte transacties.</li>"
                "<li>Bij een op de vijf verdachte transacties was een buitenlandse "
                "financier betrokken.</li>"
                "</ul>",
            ),
            (
                "quote",
                {
                    "quote": "Het goede nieuws is dat de verdachte transacties niet overal "
                    "voorkomen. Gemeenten kunnen hun schaarse capaciteit dus heel gericht "
                    "inzetten.",
                    "attribution": "Hoofdonderzoeker van het consortium",
                },
            ),
            (
                "text",
                "<p>De onderzoekers bevelen aan om de indicatoren te gebruiken als "
                "selectie-instrument, niet als bewijs, en om een landelijke voorziening te "
                "creëren waarin gemeenten hun bevindingen kunnen delen.</p>",
            ),
        ],
        "themes": ["vastgoed-en-witwassen", "witwassen", "vakantieparken"],
        "regions": ["landelijk", "liec"],
        "audiences": ["vastgoedsector", "notarissen", "financiele-instellingen", "gemeenten"],
        "author": "Onderzoeksconsortium Vastgoed en Integriteit",
        "source_organisation": "LIEC",
        "owner": "Kennismanager witwassen, LIEC",
        "published": "2024-10-15",
        "members_only": False,
        "attachment": {
            "title": "Methodische verantwoording onderzoek vastgoedtransacties",
            "filename": "methodische-verantwoording-vastgoedtransacties.pdf",
            "pages": [
                "Methodische verantwoording. Databronnen: voor iedere transactie is een "
                "kadasterextract opgevraagd met gegevens over koper, verkoper, koopsom, datum "
                "van levering en eventuele hypotheekinschrijving. Deze gegevens zijn "
                "gekoppeld aan het Handelsregister voor informatie over rechtspersonen en "
                "aan de WOZ-administratie van de deelnemende gemeenten. Persoonsgegevens zijn "
                "gepseudonimiseerd voordat de onderzoekers ze ontvingen. De koppeling is "
                "uitgevoerd door een vertrouwde derde partij. Periode en selectie: de "
                "analyse beslaat zes volledige kalenderjaren. De 24 gemeenten zijn zo "
                "gekozen dat grote steden, middelgrote gemeenten en plattelandsgemeenten in "
                "alle landsdelen vertegenwoordigd zijn. Transacties tussen familieleden en "
                "overdrachten door vererving of boedelscheiding zijn buiten beschouwing "
                "gelaten, omdat daarbij geen marktprijs wordt betaald.",
                "Indicatoren en weging. Elke indicator telt voor één punt. Een transactie "
                "geldt als verdacht bij vier of meer punten. Deze drempel is gekozen na een "
                "steekproef van 500 transacties die door ervaren analisten handmatig zijn "
                "beoordeeld. Bij een drempel van vier punten bleek 78 procent van de "
                "geselecteerde transacties na handmatige beoordeling daadwerkelijk nader "
                "onderzoek waard. Beperkingen: de analyse bevat geen informatie over "
                "contante betalingen buiten de notaris om en geen gegevens over "
                "huurinkomsten. De resultaten zijn daarom een ondergrens. Een "
                "herhaling van de analyse over drie jaar is voorzien.",
            ],
        },
    },
    {
        "title": "Onderzoek: verschuivingen na verboden op motorclubs",
        "slug": "onderzoek-verschuivingen-na-verbod-motorclubs",
        "type": "onderzoek",
        "summary": "Wat gebeurt er met leden en clubhuizen nadat een motorclub door de rechter "
        "is verboden? Dit onderzoek volgde vier verboden clubs en beschrijft hoe leden zich "
        "opnieuw organiseren.",
        "body": [
            (
                "text",
                "<p>De afgelopen jaren zijn meerdere motorclubs door de Hoge Raad verboden "
                "verklaard en ontbonden. Het LIEC liet onderzoeken welk effect deze verboden "
                "hebben op de criminele activiteiten van de voormalige leden.</p>"
                "<h2>Vier patronen</h2>"
                "<ol>"
                "<li><strong>Doorstart onder een andere naam.</strong> Een deel van de "
                "leden richt een nieuwe club op met andere kleuren, maar met dezelfde "
                "hiërarchie.</li>"
                "<li><strong>Overstap naar een bestaande club.</strong> Leden sluiten zich "
                "aan bij een club die (nog) niet verboden is.</li>"
                "<li><strong>Ondergronds gaan.</strong> Leden laten uiterlijke kenmerken "
                "achterwege, maar blijven samenwerken in criminele activiteiten.</li>"
                "<li><strong>Uittreden.</strong> Een kleinere groep stopt daadwerkelijk, "
                "vaak na een gevangenisstraf of vanwege gezinsomstandigheden.</li>"
                "</ol>"
                "<h2>Betekenis voor de aanpak</h2>"
                "<p>Het verbod heeft vooral effect op de zichtbaarheid en het imago van clubs. "
                "De criminele samenwerking verdwijnt niet vanzelf. De onderzoekers bevelen aan "
                "om gemeenten blijvend te informeren over voormalige leden die zich opnieuw "
                "vestigen, om het instrument van de bestuurlijke rapportage in te zetten bij "
                "vergunningaanvragen en om uitstapprogramma's te ondersteunen.</p>",
            ),
            (
                "callout",
                {
                    "title": "Alleen voor leden",
                    "text": "<p>Het volledige rapport bevat gevoelige informatie over "
                    "netwerken en is daarom alleen beschikbaar voor ingelogde professionals.</p>",
                },
            ),
        ],
        "themes": ["criminele-motorbendes", "clubhuizen"],
        "regions": ["landelijk", "liec"],
        "audiences": ["gemeenten", "politie-en-om"],
        "author": "Dr. M. Verhoef en drs. T. Ouali",
        "source_organisation": "LIEC",
        "owner": "Landelijk coördinator aanpak motorbendes",
        "published": "2025-04-08",
        "members_only": True,
        "attachment": None,
    },
    {
        "title": "Onderzoek: effecten van woningsluitingen op grond van de Opiumwet",
        "slug": "onderzoek-effecten-woningsluitingen-opiumwet",
        "type": "onderzoek",
        "summary": "Burgemeesters sluiten steeds vaker woningen en bedrijfspanden waar drugs "
        "worden aangetroffen. Dit onderzoek bekijkt of sluitingen de drugsoverlast "
        "verminderen en wat de gevolgen zijn voor bewoners.",
        "body": [
            (
                "text",
                "<p>Artikel 13b van de Opiumwet geeft de burgemeester de bevoegdheid om een "
                "pand te sluiten als daar drugs worden verkocht of aanwezig zijn voor verkoop. "
                "Veel gemeenten hebben daar een Damoclesbeleid voor opgesteld. Het "
                "onderzoek analyseerde 640 sluitingen in Limburg en Oost-Brabant.</p>"
                "<h2>Wat het onderzoek laat zien</h2>"
                "<ul>"
                "<li>In de straten rond gesloten panden daalde het aantal meldingen van "
                "drugsoverlast gemiddeld met 38 procent in het jaar na sluiting.</li>"
                "<li>Bij woningen van corporaties volgde in ruim de helft van de gevallen een "
                "ontbinding van het huurcontract.</li>"
                "<li>In een op de zes gevallen woonden er minderjarige kinderen in de "
                "woning.</li>"
                "<li>Verplaatsing van de handel naar een ander adres in dezelfde wijk kwam "
                "regelmatig voor.</li>"
                "</ul>"
                "<h2>Aanbevelingen</h2>"
                "<p>Sluiting is een effectief instrument, maar geen eindpunt. De onderzoekers "
                "adviseren gemeenten om bij iedere sluiting na te gaan of er kinderen of "
                "andere kwetsbare bewoners zijn, en om met de corporatie afspraken te maken "
                "over een nieuw huurcontract onder voorwaarden. Ook pleiten zij voor "
                "uniforme registratie van sluitingen, zodat effecten beter te volgen zijn.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Een gesloten deur lost het probleem in de straat vaak op, maar "
                    "niet het probleem van het gezin dat erachter woonde.",
                    "attribution": "Onderzoeker openbaar bestuur",
                },
            ),
        ],
        "themes": ["drugscriminaliteit", "weerbaarheid-en-bestuurlijke-aanpak"],
        "regions": ["riec-limburg", "riec-oost-brabant"],
        "audiences": ["gemeenten", "woningcorporaties"],
        "author": "Kenniscentrum Openbare Orde Zuid",
        "source_organisation": "RIEC Limburg",
        "owner": "Kennisadviseur RIEC Limburg",
        "published": "2024-07-09",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Onderzoek: informatiedeling in het RIEC-bestel",
        "slug": "onderzoek-informatiedeling-riec-bestel",
        "type": "onderzoek",
        "summary": "Waar loopt informatiedeling tussen partners vast, en wat helpt om het "
        "beter te doen? Een evaluatie onder 220 professionals uit alle RIEC-regio's geeft "
        "een genuanceerd beeld.",
        "body": [
            (
                "text",
                "<p>Integrale samenwerking staat of valt met informatie. Toch ervaren veel "
                "professionals onzekerheid over wat zij wel en niet mogen delen. Het LIEC "
                "liet daarom een evaluatie uitvoeren onder medewerkers van gemeenten, "
                "politie, OM, Belastingdienst en RIEC's.</p>"
                "<h2>Uitkomsten</h2>"
                "<p>Ruim zeventig procent van de respondenten vindt dat het convenant "
                "voldoende mogelijkheden biedt. Tegelijk geeft bijna de helft aan dat zij "
                "weleens informatie niet hebben gedeeld uit angst voor fouten. Knelpunten "
                "zitten vooral in de vertaling van het convenant naar de praktijk.</p>"
                "<ul>"
                "<li>Onduidelijkheid over het verschil tussen delen in het casusoverleg en "
                "gebruik in een besluit.</li>"
                "<li>Wisselende interpretaties van privacy-officers binnen één regio.</li>"
                "<li>Verouderde systemen die het veilig delen van documenten bemoeilijken.</li>"
                "</ul>"
                "<h2>Wat helpt</h2>"
                "<p>Regio's met een vaste juridisch adviseur binnen het RIEC, heldere "
                "werkinstructies en periodieke training scoren duidelijk beter. De "
                "onderzoekers adviseren om landelijk uniforme voorbeelden en sjablonen te "
                "ontwikkelen, zodat partners niet steeds opnieuw het wiel hoeven uit te "
                "vinden.</p>",
            ),
            (
                "callout",
                {
                    "title": "Praktisch",
                    "text": "<p>Op basis van dit onderzoek is een set voorbeeldbesluiten en "
                    "werkinstructies ontwikkeld. Deze vindt u bij de handreikingen.</p>",
                },
            ),
        ],
        "themes": ["weerbaarheid-en-bestuurlijke-aanpak", "weerbare-overheid"],
        "regions": ["landelijk", "liec"],
        "audiences": ["gemeenten", "politie-en-om", "belastingdienst"],
        "author": "Bureau Evaluatie en Beleid",
        "source_organisation": "LIEC",
        "owner": "Adviseur informatievoorziening, LIEC",
        "published": "2025-11-18",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Onderzoek: jongeren als uithalers in de Rotterdamse haven",
        "slug": "onderzoek-jongeren-uithalers-haven",
        "type": "onderzoek",
        "summary": "Steeds jongere jongens worden in de haven aangehouden voor het uithalen van "
        "drugs uit containers. Dit onderzoek schetst hun achtergrond, de manier waarop ze "
        "worden geworven en aanknopingspunten voor preventie.",
        "body": [
            (
                "text",
                "<p>Uithalers halen drugs uit containers nadat deze zijn gelost. Het is gevaarlijk "
                "werk: jongeren verstoppen zich soms dagenlang in containers en lopen het risico "
                "op verstikking of onderkoeling. Het onderzoek bestudeerde de dossiers van 152 "
                "aangehouden uithalers.</p>"
                "<h2>Profiel</h2>"
                "<ul>"
                "<li>De gemiddelde leeftijd daalde in vier jaar van 24 naar 19 jaar.</li>"
                "<li>Ruim een derde kwam van buiten de regio Rotterdam, onder meer uit "
                "Brabant, Utrecht en België.</li>"
                "<li>Een groot deel had schulden of was eerder in aanraking geweest met "
                "jeugdzorg.</li>"
                "</ul>"
                "<h2>Werving</h2>"
                "<p>Werving gebeurt vooral via sociale media en versleutelde berichtendiensten, "
                "met advertenties die een snelle verdienste beloven. Daarnaast spelen "
                "vrienden en familie een rol. Jongeren worden vaak pas achteraf geconfronteerd "
                "met de risico's en met schulden die zij zouden hebben als een klus "
                "mislukt.</p>"
                "<h2>Preventie</h2>"
                "<p>De onderzoekers pleiten voor voorlichting op scholen en sportclubs, "
                "begeleiding van jongeren na een eerste aanhouding en een stevige aanpak van "
                "ronselaars.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Ze denken dat het één keer is. Maar wie eenmaal binnen is, komt "
                    "er moeilijk weer uit.",
                    "attribution": "Jongerenwerker in Rotterdam-Zuid",
                },
            ),
            (
                "text",
                "<p>Het volledige rapport bevat ook een overzicht van bestaande preventieprojecten in "
                "Rotterdam, Antwerpen en Vlissingen, met contactgegevens van de uitvoerders.</p>",
            ),
        ],
        "themes": ["zeehavens", "cocaine-en-logistiek"],
        "regions": ["riec-rotterdam"],
        "audiences": ["gemeenten", "politie-en-om"],
        "author": "Lectoraat Jeugd en Veiligheid",
        "source_organisation": "RIEC Rotterdam",
        "owner": "Kennisadviseur RIEC Rotterdam",
        "published": "2026-03-03",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Onderzoek: lessen uit het misbruik van steunregelingen",
        "slug": "onderzoek-lessen-misbruik-steunregelingen",
        "type": "onderzoek",
        "summary": "Wat leert het misbruik van coronasteun ons voor toekomstige "
        "crisisregelingen? Een vergelijking van 35 gemeenten en de landelijke "
        "uitvoeringsorganisaties levert tien ontwerpprincipes op.",
        "body": [
            (
                "text",
                "<p>Tijdens de coronacrisis werden in korte tijd miljarden euro's aan steun "
                "verstrekt. Het merendeel kwam terecht bij ondernemers en werknemers die het "
                "hard nodig hadden. Maar de regelingen trokken ook fraudeurs en criminele "
                "netwerken aan, die gebruikmaakten van de beperkte controle vooraf.</p>"
                "<h2>Wat ging er mis?</h2>"
                "<p>Het onderzoek onderscheidt drie typen misbruik: individuele fraude, "
                "georganiseerde fraude met stromannen en het gebruik van steun om criminele "
                "ondernemingen overeind te houden. Vooral het tweede type veroorzaakte grote "
                "schade, omdat één netwerk tientallen aanvragen kon indienen.</p>"
                "<h2>Tien ontwerpprincipes</h2>"
                "<p>De onderzoekers formuleren tien principes voor toekomstige regelingen. "
                "Enkele daarvan:</p>"
                "<ul>"
                "<li>Automatiseer een minimale set controles vanaf dag één.</li>"
                "<li>Leg vooraf vast welke gegevens bewaard worden voor controle "
                "achteraf.</li>"
                "<li>Zorg voor een snelle lijn tussen uitvoerders en het RIEC bij signalen van "
                "georganiseerd misbruik.</li>"
                "<li>Communiceer duidelijk dat controle achteraf volgt.</li>"
                "</ul>",
            ),
            (
                "quote",
                {
                    "quote": "Je kunt een crisis niet voorspellen, maar je kunt wel voorbereid "
                    "zijn op de manier waarop criminelen erop inspelen.",
                    "attribution": "Projectleider van het onderzoek",
                },
            ),
            (
                "text",
                "<p>Het rapport is besproken met de betrokken ministeries. De ontwerpprincipes worden "
                "meegenomen bij de voorbereiding van toekomstige noodregelingen.</p>",
            ),
        ],
        "themes": ["misbruik-coronasteun", "misbruik-van-overheidsgeld"],
        "regions": ["landelijk"],
        "audiences": ["gemeenten", "belastingdienst"],
        "author": "Onderzoeksbureau Publieke Zaak",
        "source_organisation": "LIEC",
        "owner": "Kennismanager misbruik overheidsgeld, LIEC",
        "published": "2026-10-20",
        "members_only": False,
        "attachment": None,
    },
    # ----------------------------------------------------------------- handreikingen
    {
        "title": "Handreiking Bibob voor kleine gemeenten",
        "slug": "handreiking-bibob-kleine-gemeenten",
        "type": "handreiking",
        "summary": "Ook een gemeente met één Bibob-medewerker kan de wet effectief toepassen. "
        "Deze handreiking helpt bij het opstellen van beleid, het inrichten van processen en "
        "het samenwerken met buurgemeenten.",
        "body": [
            (
                "text",
                "<p>Criminelen kiezen bewust voor gemeenten waar de kans op een grondige "
                "toets klein is. Kleine gemeenten met beperkte capaciteit lopen daardoor een "
                "extra risico. Deze handreiking is opgesteld met Bibob-coördinatoren uit "
                "gemeenten met minder dan 40.000 inwoners.</p>"
                "<h2>Stap voor stap</h2>"
                "<ol>"
                "<li><strong>Stel een Bibob-beleidslijn vast.</strong> Bepaal voor welke "
                "vergunningen, subsidies en vastgoedtransacties u de wet toepast.</li>"
                "<li><strong>Richt het proces in.</strong> Wie beoordeelt de vragenlijst, "
                "wie doet het eigen onderzoek en wie besluit?</li>"
                "<li><strong>Werk samen in de regio.</strong> Veel regio's hebben een "
                "gezamenlijk Bibob-team of een expertisepool bij het RIEC.</li>"
                "<li><strong>Gebruik het Landelijk Bureau Bibob.</strong> Vraag advies bij "
                "complexe zaken.</li>"
                "<li><strong>Borg de kennis.</strong> Zorg voor een vervanger en leg "
                "werkinstructies vast.</li>"
                "</ol>"
                "<h2>Valkuilen</h2>"
                "<p>De meest voorkomende fout is een te brede beleidslijn die in de praktijk "
                "niet wordt uitgevoerd. Begin liever met een beperkt aantal branches, zoals "
                "horeca, seksbedrijven en coffeeshops, en breid uit als het proces staat.</p>",
            ),
            (
                "callout",
                {
                    "title": "Modeldocumenten",
                    "text": "<p>Bij deze handreiking horen een model-beleidslijn, een "
                    "standaard vragenlijst en een voorbeeld van een voornemen tot weigering. "
                    "Vraag ze op bij uw RIEC.</p>",
                },
            ),
        ],
        "themes": ["wet-bibob", "weerbaarheid-en-bestuurlijke-aanpak"],
        "regions": ["landelijk"],
        "audiences": ["gemeenten", "horeca-ondernemers"],
        "author": "Expertisegroep Bibob",
        "source_organisation": "LIEC",
        "owner": "Expertisegroep Bibob, LIEC",
        "published": "2024-05-14",
        "members_only": False,
        "attachment": None,
        "change_notes": [
            {
                "date": "2025-07-01",
                "note": "Stap 3 aangevuld met voorbeelden van regionale Bibob-teams.",
            },
        ],
    },
    {
        "title": "Handreiking: drugsafval herkennen en melden",
        "slug": "handreiking-drugsafval-herkennen-agrariers",
        "type": "handreiking",
        "summary": "Een praktische handreiking voor agrariërs en andere grondeigenaren: hoe "
        "herkent u chemisch afval van drugsproductie, wat doet u bij een vondst en waar kunt "
        "u terecht voor vergoeding van de kosten?",
        "body": [
            (
                "text",
                "<p>Wie in het buitengebied woont of werkt, kan onverwacht te maken krijgen met "
                "gedumpt drugsafval. Dat is niet alleen vervelend, het is ook gevaarlijk. De "
                "chemicaliën zijn vaak bijtend, brandbaar of giftig.</p>"
                "<h2>Herkennen</h2>"
                "<ul>"
                "<li>Blauwe of witte vaten en jerrycans zonder etiket.</li>"
                "<li>Een scherpe geur van anijs, amandelen of oplosmiddel.</li>"
                "<li>Verkleurde grond of dode vegetatie rond de vindplaats.</li>"
                "<li>Een achtergelaten aanhanger of bestelbus met afgeplakte ramen.</li>"
                "</ul>"
                "<h2>Wat te doen bij een vondst</h2>"
                "<ol>"
                "<li>Blijf op afstand en raak niets aan.</li>"
                "<li>Bel 112 bij lekkage, brand of onwelwording. Bel anders de politie via "
                "het algemene nummer.</li>"
                "<li>Houd mensen en dieren uit de buurt.</li>"
                "<li>Meld de vondst ook bij de gemeente en vraag naar de vergoedingsregeling "
                "voor opruimkosten.</li>"
                "</ol>"
                "<h2>Voorkomen</h2>"
                "<p>Sluit onverharde toegangswegen af met een slagboom of hek, zorg voor "
                "verlichting bij schuren en wees alert op onbekende voertuigen. Maak met de buren "
                "afspraken over het delen van verdachte situaties, bijvoorbeeld via een "
                "buurtapp voor het buitengebied.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Sinds we het hek op de zandweg dichthouden, hebben we niets meer "
                    "gevonden.",
                    "attribution": "Akkerbouwer in West-Brabant",
                },
            ),
            (
                "text",
                "<p>Bent u al eens slachtoffer geworden? Bewaar foto's, rekeningen en correspondentie. "
                "Die heeft u nodig als u een beroep doet op een vergoedingsregeling.</p>",
            ),
        ],
        "themes": ["drugsafvaldumping", "ondermijning-in-het-buitengebied"],
        "regions": ["riec-zeeland-west-brabant", "riec-oost-brabant", "riec-limburg"],
        "audiences": ["agrariers", "gemeenten"],
        "author": "Werkgroep Drugsafval Zuid",
        "source_organisation": "RIEC Zeeland-West-Brabant",
        "owner": "Werkgroep Drugsafval Zuid",
        "published": "2025-06-03",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Handreiking: de bestuurlijke rapportage van het RIEC gebruiken",
        "slug": "handreiking-bestuurlijke-rapportage-riec",
        "type": "handreiking",
        "summary": "Een bestuurlijke rapportage van het RIEC kan een besluit van de "
        "burgemeester of het college onderbouwen. Deze handreiking legt uit wanneer u er een "
        "aanvraagt en hoe u er zorgvuldig mee omgaat.",
        "body": [
            (
                "text",
                "<p>Een bestuurlijke rapportage is een schriftelijke bundeling van informatie van "
                "convenantpartners, opgesteld door het RIEC en bedoeld voor een specifiek "
                "bestuurlijk besluit. Denk aan het weigeren van een vergunning, het sluiten van "
                "een pand of het beëindigen van een huurovereenkomst door de gemeente.</p>"
                "<h2>Wanneer vraagt u een rapportage aan?</h2>"
                "<ul>"
                "<li>Als u een concreet besluit overweegt en informatie van partners nodig "
                "heeft om dat te onderbouwen.</li>"
                "<li>Als de casus is besproken in het RIEC-casusoverleg en partners "
                "toestemming geven voor verstrekking.</li>"
                "</ul>"
                "<h2>Zorgvuldig gebruik</h2>"
                "<p>De informatie in een rapportage mag alleen worden gebruikt voor het doel "
                "waarvoor deze is verstrekt. Bewaar de rapportage in een afgeschermd "
                "dossier. Houd er rekening mee dat betrokkene in een bezwaarprocedure inzage kan "
                "vragen in de stukken die aan het besluit ten grondslag liggen. Overleg bij "
                "twijfel altijd met het RIEC over welke passages kunnen worden gedeeld.</p>"
                "<h2>Veelgemaakte fouten</h2>"
                "<ol>"
                "<li>Het besluit volledig laten steunen op de rapportage, zonder eigen "
                "onderzoek.</li>"
                "<li>De rapportage doorsturen naar collega's die niet bij het besluit "
                "betrokken zijn.</li>"
                "<li>Geen rekening houden met de termijnen van het RIEC.</li>"
                "</ol>",
            ),
            (
                "callout",
                {
                    "title": "Alleen voor leden",
                    "text": "<p>Deze handreiking bevat voorbeeldformuleringen die alleen "
                    "bedoeld zijn voor medewerkers van convenantpartners.</p>",
                },
            ),
        ],
        "themes": ["weerbaarheid-en-bestuurlijke-aanpak", "wet-bibob"],
        "regions": ["landelijk"],
        "audiences": ["gemeenten"],
        "author": "Juridisch kennisnetwerk RIEC-LIEC",
        "source_organisation": "LIEC",
        "owner": "Juridisch kennisnetwerk RIEC-LIEC",
        "published": "2025-09-23",
        "members_only": True,
        "attachment": None,
    },
    {
        "title": "Handreiking: een lokaal ondermijningsbeeld opstellen",
        "slug": "handreiking-lokaal-ondermijningsbeeld-opstellen",
        "type": "handreiking",
        "summary": "Een lokaal ondermijningsbeeld geeft het college inzicht in de aard en "
        "omvang van ondermijning in de eigen gemeente. Deze handreiking beschrijft de "
        "stappen, bronnen en valkuilen.",
        "body": [
            (
                "text",
                "<p>Steeds meer gemeenten laten een eigen ondermijningsbeeld opstellen, vaak met "
                "ondersteuning van het RIEC. Zo'n beeld helpt om prioriteiten te stellen en om "
                "raad en college mee te nemen in de aanpak.</p>"
                "<h2>Stappen</h2>"
                "<ol>"
                "<li><strong>Bepaal de vraag.</strong> Wilt u een breed beeld of focust u "
                "op een fenomeen of gebied?</li>"
                "<li><strong>Verzamel bronnen.</strong> Combineer gemeentelijke data, "
                "informatie van partners en kennis van wijkprofessionals.</li>"
                "<li><strong>Organiseer werksessies.</strong> Medewerkers van handhaving, "
                "vergunningen, sociaal domein en wijkteams weten vaak meer dan zij "
                "denken.</li>"
                "<li><strong>Analyseer en duid.</strong> Laat een analist de informatie "
                "ordenen en toets de uitkomsten bij partners.</li>"
                "<li><strong>Vertaal naar een aanpak.</strong> Een beeld zonder acties "
                "belandt in de la.</li>"
                "</ol>"
                "<h2>Valkuilen</h2>"
                "<p>Een veelgehoorde valkuil is dat het beeld vooral bevestigt wat al bekend "
                "was. Dat komt meestal doordat alleen politie-informatie is gebruikt. Betrek "
                "juist ook signalen uit het sociaal domein, van ondernemers en van "
                "woningcorporaties. Let daarnaast op de vertrouwelijkheid: een openbaar beeld "
                "kan geen informatie bevatten die herleidbaar is tot personen of "
                "bedrijven.</p>",
            ),
            (
                "quote",
                {
                    "quote": "De werksessies met onze eigen collega's leverden meer op dan alle "
                    "registraties bij elkaar.",
                    "attribution": "Beleidsadviseur veiligheid, gemeente in Midden-Nederland",
                },
            ),
        ],
        "themes": ["weerbaarheid-en-bestuurlijke-aanpak"],
        "regions": ["landelijk"],
        "audiences": ["gemeenten"],
        "author": "Kenniscentrum RIEC Midden-Nederland",
        "source_organisation": "RIEC Midden-Nederland",
        "owner": "Kennisadviseur RIEC Midden-Nederland",
        "published": "2024-08-20",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Handreiking: goede huisvesting van arbeidsmigranten",
        "slug": "handreiking-huisvesting-arbeidsmigranten",
        "type": "handreiking",
        "summary": "Slechte huisvesting is vaak de eerste schakel in uitbuiting. Deze "
        "handreiking helpt gemeenten en woningcorporaties om goede huisvesting te "
        "stimuleren en malafide verhuurders te weren.",
        "body": [
            (
                "text",
                "<p>Wanneer werkgever en verhuurder dezelfde partij zijn, ontstaat een "
                "afhankelijkheid die uitbuiting in de hand werkt. Een arbeidsmigrant die zijn "
                "baan verliest, staat dan ook direct op straat. Gemeenten hebben meer "
                "instrumenten dan zij vaak denken om dit te voorkomen.</p>"
                "<h2>Instrumenten</h2>"
                "<ul>"
                "<li>Een huisvestingsverordening met een vergunningplicht voor kamerverhuur "
                "en woningvorming.</li>"
                "<li>Verhuurdersvergunningen op grond van de Wet goed verhuurderschap.</li>"
                "<li>Afspraken met uitzendbureaus over gecertificeerde huisvesting.</li>"
                "<li>Actieve registratie in de Basisregistratie Personen, zodat de gemeente "
                "weet wie waar woont.</li>"
                "</ul>"
                "<h2>Rol van woningcorporaties</h2>"
                "<p>Corporaties kunnen een deel van hun bezit beschikbaar stellen voor "
                "tijdelijke huisvesting, los van de werkgever. In enkele regio's werken "
                "corporaties samen met werkgevers in een stichting die huisvesting beheert. "
                "Zo blijft de arbeidsmigrant huurder, ook als hij van baan wisselt.</p>"
                "<h2>Signalen van misstanden</h2>"
                "<p>Let op overbewoning, huur die direct wordt ingehouden op het loon, "
                "ontbrekende huurcontracten en klachten over brandveiligheid. Bespreek "
                "signalen in het lokale zorg- en veiligheidsoverleg of meld ze bij het "
                "RIEC.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Sinds de huisvesting los staat van het uitzendbureau, durven mensen eerder te zeggen dat er iets niet klopt.",
                    "attribution": "Medewerker huisvesting van een woningcorporatie in Oost-Brabant",
                },
            ),
        ],
        "themes": ["arbeidsuitbuiting"],
        "regions": ["landelijk"],
        "audiences": ["gemeenten", "woningcorporaties", "arbeidsmigranten"],
        "author": "Landelijk Netwerk Arbeidsmigratie",
        "source_organisation": "LIEC",
        "owner": "Kennismanager mensenhandel, LIEC",
        "published": "2026-05-12",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Handreiking: signalen van witwassen voor notariskantoren",
        "slug": "handreiking-signalen-witwassen-notariskantoren",
        "type": "handreiking",
        "summary": "Notarissen zijn poortwachters bij vastgoedtransacties en het oprichten van "
        "rechtspersonen. Deze handreiking helpt kantoren om risico's te herkennen en "
        "ongebruikelijke transacties te melden.",
        "body": [
            (
                "text",
                "<p>Op grond van de Wet ter voorkoming van witwassen en financieren van "
                "terrorisme hebben notarissen een meldplicht voor ongebruikelijke transacties. "
                "In de praktijk is het lastig om te bepalen wanneer een transactie "
                "ongebruikelijk is. Deze handreiking is opgesteld samen met notarissen en "
                "kandidaat-notarissen uit drie regio's.</p>"
                "<h2>Risicosignalen</h2>"
                "<ul>"
                "<li>Een koper die haast heeft en weinig interesse toont in de woning "
                "zelf.</li>"
                "<li>Financiering uit onbekende bron, of een lening van een buitenlandse "
                "rechtspersoon zonder duidelijke relatie.</li>"
                "<li>Een opeenvolging van transacties binnen korte tijd, met steeds "
                "hogere koopsommen.</li>"
                "<li>Een cliënt die niet zelf verschijnt en steeds via een tussenpersoon "
                "communiceert.</li>"
                "</ul>"
                "<h2>Wat te doen</h2>"
                "<p>Leg twijfels vast in het dossier en voer verscherpt cliëntenonderzoek uit. "
                "Meld een ongebruikelijke transactie onverwijld bij de FIU-Nederland. Een "
                "melding is geen beschuldiging: het is een signaal dat door de FIU wordt "
                "beoordeeld.</p>",
            ),
            (
                "quote",
                {
                    "quote": "We zien vaak maar een klein stukje van het verhaal. Juist "
                    "daarom is het belangrijk dat we dat stukje melden.",
                    "attribution": "Notaris in Midden-Nederland",
                },
            ),
            (
                "text",
                "<p>Bespreek twijfelgevallen in het kantooroverleg en zorg dat ook medewerkers die "
                "dossiers voorbereiden de signalen kennen. Zij zien vaak als eerste dat er iets niet "
                "klopt.</p>",
            ),
        ],
        "themes": ["vastgoed-en-witwassen", "witwassen"],
        "regions": ["landelijk"],
        "audiences": ["notarissen", "vastgoedsector"],
        "author": "Kennisgroep Poortwachters",
        "source_organisation": "LIEC",
        "owner": "Kennisgroep Poortwachters, LIEC",
        "published": "2026-01-20",
        "members_only": False,
        "attachment": {
            "title": "Signalenlijst voor notariskantoren",
            "filename": "signalenlijst-notariskantoren.pdf",
            "pages": [
                "Signalenlijst voor notariskantoren. Gebruik deze lijst bij de intake en "
                "tijdens de voorbereiding van een akte. Cliënt: verschijnt de cliënt zelf of "
                "uitsluitend via een volmachtakte die kort tevoren in het buitenland is "
                "opgemaakt? Is de cliënt recent ingeschreven op een adres dat ook door veel "
                "andere personen wordt gebruikt? Financiering: is er een hypotheek, en zo "
                "nee, waar komt het geld vandaan? Wordt een deel van de koopsom buiten de "
                "notaris om voldaan? Object: is het object in de afgelopen twee jaar al "
                "eerder verkocht, en zo ja tegen welke prijs?",
                "Rechtspersonen: is de uiteindelijk belanghebbende bekend en geregistreerd? "
                "Is de rechtspersoon kort voor de transactie opgericht of van bestuurder "
                "gewisseld? Worden aandelen overgedragen tegen een prijs die niet past bij de "
                "waarde van de onderneming? Afronding: vul bij twee of meer signalen het "
                "interne formulier voor verscherpt cliëntenonderzoek in en bespreek het "
                "dossier met de compliance-officer van het kantoor. Bewaar deze lijst "
                "vijf jaar bij het dossier. Deze lijst vervangt niet het eigen risicobeleid "
                "van het kantoor, maar is bedoeld als geheugensteun voor medewerkers die "
                "dossiers voorbereiden.",
            ],
        },
    },
    {
        "title": "Handreiking: integrale controles op bedrijventerreinen",
        "slug": "handreiking-integrale-controles-bedrijventerreinen",
        "type": "handreiking",
        "summary": "Een integrale controle brengt in één dag veel informatie boven tafel, mits "
        "goed voorbereid. Deze handreiking beschrijft de voorbereiding, uitvoering en opvolging "
        "van controles op bedrijventerreinen.",
        "body": [
            (
                "text",
                "<p>Bij een integrale controle bezoeken gemeente, politie, brandweer, "
                "Belastingdienst, omgevingsdienst en soms de netbeheerder tegelijk een reeks "
                "bedrijfspanden. Iedere partner controleert vanuit de eigen bevoegdheid. Het "
                "RIEC coördineert de informatie vooraf en achteraf.</p>"
                "<h2>Voorbereiding</h2>"
                "<ul>"
                "<li>Selecteer panden op basis van een risicoanalyse, niet op basis van "
                "onderbuikgevoel.</li>"
                "<li>Stel per pand vast welke partner welke bevoegdheid heeft om binnen te "
                "treden.</li>"
                "<li>Spreek af wie de regie heeft en hoe bevindingen worden "
                "vastgelegd.</li>"
                "</ul>"
                "<h2>Uitvoering</h2>"
                "<p>Begin met een briefing waarin doel, rolverdeling en veiligheid aan de orde "
                "komen. Werk in vaste koppels. Leg bevindingen direct vast in een gezamenlijk "
                "formulier, zodat niets verloren gaat.</p>"
                "<h2>Opvolging</h2>"
                "<p>De waarde van een controle zit in de opvolging. Bespreek de bevindingen "
                "binnen twee weken in het casusoverleg en wijs per bevinding een eigenaar aan. "
                "Informeer ondernemers op het terrein over de resultaten, zonder namen te "
                "noemen: dat versterkt het vertrouwen en de meldingsbereidheid.</p>",
            ),
            (
                "callout",
                {
                    "title": "Veiligheid voorop",
                    "text": "<p>Controleer vooraf of er wapens of agressieve bewoners bekend "
                    "zijn op een adres. Laat de politie altijd als eerste binnentreden bij "
                    "panden met een verhoogd risico.</p>",
                },
            ),
        ],
        "themes": ["weerbaarheid-en-bestuurlijke-aanpak", "cocaine-en-logistiek"],
        "regions": ["riec-rotterdam", "riec-midden-nederland"],
        "audiences": ["gemeenten", "vastgoedsector", "politie-en-om"],
        "author": "Werkgroep Integrale Controles",
        "source_organisation": "RIEC Rotterdam",
        "owner": "Werkgroep Integrale Controles",
        "published": "2026-07-07",
        "members_only": False,
        "attachment": None,
    },
    # ----------------------------------------------------------------- nieuws
    {
        "title": "Kennisplatform Ondermijning gelanceerd",
        "slug": "kennisplatform-ondermijning-gelanceerd",
        "type": "nieuws",
        "summary": "Professionals die werken aan de aanpak van ondermijning hebben een eigen "
        "online plek om kennis te delen. Het Kennisplatform Ondermijning bundelt "
        "praktijkvoorbeelden, onderzoek, handreikingen en bijeenkomsten.",
        "body": [
            (
                "text",
                "<p>Het Kennisplatform Ondermijning is online. Het platform is bedoeld voor "
                "iedereen die beroepsmatig betrokken is bij de aanpak van georganiseerde "
                "criminaliteit: van beleidsmedewerkers bij gemeenten tot rechercheurs, "
                "belastinginspecteurs, officieren van justitie en medewerkers van de RIEC's en "
                "het LIEC.</p>"
                "<h2>Wat vindt u op het platform?</h2>"
                "<ul>"
                "<li>Praktijkvoorbeelden van gemeenten en partners, met resultaten en "
                "lessen.</li>"
                "<li>Regionale ondermijningsbeelden en onderzoeksrapporten.</li>"
                "<li>Handreikingen en toolkits die u direct kunt gebruiken.</li>"
                "<li>Een agenda met webinars, symposia en bijeenkomsten.</li>"
                "</ul>"
                "<p>Een deel van de informatie is openbaar. Gevoelige informatie, zoals "
                "vertrouwelijke ondermijningsbeelden, is alleen toegankelijk voor "
                "geregistreerde leden van convenantpartners.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Er gebeurt in de regio's ontzettend veel goed werk. Met dit "
                    "platform hoeft niemand meer zelf het wiel uit te vinden.",
                    "attribution": "Directeur LIEC",
                },
            ),
            (
                "text",
                "<p>Heeft u een praktijkvoorbeeld dat u wilt delen? Neem contact op met de "
                "redactie. Wij helpen u graag om uw ervaringen op te schrijven.</p>",
            ),
            (
                "callout",
                {
                    "title": "Lid worden",
                    "text": "<p>Werkt u bij een gemeente, een RIEC of een andere convenantpartner? Maak dan een "
                    "account aan met uw werkmailadres. Na controle door de redactie krijgt u toegang tot "
                    "de afgeschermde informatie, kunt u zich aanmelden voor besloten bijeenkomsten en "
                    "ontvangt u desgewenst een maandelijkse nieuwsbrief.</p>",
                },
            ),
        ],
        "themes": ["weerbaarheid-en-bestuurlijke-aanpak"],
        "regions": ["landelijk", "liec"],
        "audiences": ["gemeenten", "politie-en-om", "belastingdienst"],
        "author": "Redactie Kennisplatform Ondermijning",
        "source_organisation": "LIEC",
        "owner": "Redactie Kennisplatform Ondermijning",
        "published": "2024-01-15",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Jaarverslag RIEC-LIEC: circa 1500 casussen en 34 nieuwe ondermijningsbeelden",
        "slug": "jaarverslag-riec-liec-casussen-ondermijningsbeelden",
        "type": "nieuws",
        "summary": "De tien RIEC's en het LIEC werkten in het verslagjaar aan ongeveer 1500 "
        "casussen en stelden 34 nieuwe regionale ondermijningsbeelden op. Het jaarverslag laat "
        "ook zien hoe de samenwerking zich aanpaste aan nieuwe omstandigheden.",
        "body": [
            (
                "text",
                "<p>Het jaarverslag van het RIEC-LIEC-bestel is verschenen. De cijfers laten "
                "zien dat de integrale aanpak van ondermijning stevig verankerd is in alle "
                "regio's.</p>"
                "<h2>De cijfers</h2>"
                "<ul>"
                "<li><strong>Circa 1500 casussen</strong> zijn integraal opgepakt door "
                "partners in de tien regio's.</li>"
                "<li><strong>34 nieuwe regionale ondermijningsbeelden</strong>, onder meer "
                "over synthetische drugs en over de luchthaven Schiphol.</li>"
                "<li>Diverse <strong>toolkits</strong> voor gemeenten, ondernemers, "
                "agrariërs en arbeidsmigranten.</li>"
                "</ul>"
                "<h2>Snel schakelen</h2>"
                "<p>Het verslag beschrijft hoe criminele netwerken snel inspeelden op nieuwe "
                "kansen, bijvoorbeeld door misbruik te maken van steunregelingen en van mensen "
                "in een kwetsbare positie. De RIEC's reageerden met voorlichting en "
                "praktische hulpmiddelen, ontwikkeld samen met maatschappelijke organisaties. "
                "Veel bijeenkomsten werden omgezet naar online events, zoals een digitaal "
                "drugssymposium en de conferentie Spotlight op ondermijning.</p>"
                "<p>Ook de regionale versterkingsplannen kwamen op gang. Regio's nemen steeds "
                "vaker goede aanpakken van elkaar over, wat de samenwerking in het hele bestel "
                "versterkt.</p>",
            ),
            (
                "callout",
                {
                    "title": "Lees verder",
                    "text": "<p>Een selectie van de ondermijningsbeelden en toolkits uit het "
                    "jaarverslag is op dit platform te vinden. Sommige beelden zijn alleen "
                    "toegankelijk na inloggen.</p>",
                },
            ),
            (
                "text",
                "<p>Het volledige jaarverslag bevat per regio een overzicht van casussen, interventies "
                "en uitgevoerde onderdelen van de versterkingsplannen.</p>",
            ),
        ],
        "themes": ["weerbaarheid-en-bestuurlijke-aanpak", "synthetische-drugs", "schiphol"],
        "regions": ["landelijk", "liec"],
        "audiences": ["gemeenten", "politie-en-om"],
        "author": "Redactie Kennisplatform Ondermijning",
        "source_organisation": "LIEC",
        "owner": "Redactie Kennisplatform Ondermijning",
        "published": "2024-07-02",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "RIEC's en LIEC stellen strategische agenda vast",
        "slug": "strategische-agenda-riec-liec",
        "type": "nieuws",
        "summary": "Met een gezamenlijke strategische agenda leggen de RIEC's en het LIEC vast "
        "hoe zij de komende jaren de integrale aanpak van ondermijning verder willen "
        "versterken.",
        "body": [
            (
                "text",
                "<p>De tien RIEC's en het LIEC hebben een strategische agenda vastgesteld voor de "
                "komende kabinetsperiode. De agenda is opgesteld na gesprekken met gemeenten, "
                "politie, OM, Belastingdienst en andere convenantpartners.</p>"
                "<h2>Vier prioriteiten</h2>"
                "<ol>"
                "<li><strong>Sterkere informatiepositie.</strong> Door te investeren in "
                "analysecapaciteit en vernieuwde informatievoorziening.</li>"
                "<li><strong>Fenomeengericht werken.</strong> Door de Landelijke "
                "Fenomeentafels verder uit te bouwen.</li>"
                "<li><strong>Weerbare samenleving.</strong> Door meer samen te werken met "
                "private partijen en maatschappelijke organisaties.</li>"
                "<li><strong>Lerend bestel.</strong> Door kennis uit de regio's systematisch "
                "te delen en te evalueren wat werkt.</li>"
                "</ol>"
                "<p>De agenda benadrukt dat ondermijning zich niet aan regiogrenzen houdt. "
                "Regio's zullen daarom vaker gezamenlijk optrekken, bijvoorbeeld bij "
                "fenomenen als drugsafval, arbeidsuitbuiting en logistieke knooppunten.</p>",
            ),
            (
                "quote",
                {
                    "quote": "We willen niet alleen reageren op wat we tegenkomen, maar "
                    "vooruitkijken: waar liggen de kwetsbaarheden van morgen?",
                    "attribution": "Voorzitter van het landelijk overleg RIEC-managers",
                },
            ),
            (
                "text",
                "<h2>Hoe verder?</h2>"
                "<p>In de komende maanden werken de regio's de agenda uit in jaarplannen. Per prioriteit wordt een landelijk trekker aangewezen die de voortgang bewaakt. Het LIEC "
                "rapporteert jaarlijks aan de Stuurgroep over de resultaten. Convenantpartners die willen bijdragen aan de uitwerking, kunnen zich melden bij hun eigen RIEC.</p>",
            ),
        ],
        "themes": ["weerbaarheid-en-bestuurlijke-aanpak"],
        "regions": ["landelijk", "liec"],
        "audiences": ["gemeenten", "politie-en-om", "belastingdienst"],
        "author": "Redactie Kennisplatform Ondermijning",
        "source_organisation": "LIEC",
        "owner": "Redactie Kennisplatform Ondermijning",
        "published": "2024-12-10",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "LIEC wordt duurzaam versterkt",
        "slug": "liec-duurzaam-versterkt",
        "type": "nieuws",
        "summary": "De Stuurgroep LIEC heeft plannen vastgesteld om het Landelijk Informatie "
        "en Expertise Centrum structureel te versterken. De eerste stappen worden dit jaar "
        "gezet.",
        "body": [
            (
                "text",
                "<p>Het LIEC ondersteunt de tien RIEC's met kennis, analyse en landelijke "
                "coördinatie. Door de groei van het bestel en de intensievere aanpak van "
                "ondermijning is de vraag naar die ondersteuning sterk toegenomen. Een extern "
                "advies over de doorontwikkeling van het LIEC concludeerde dat de huidige "
                "bezetting en financiering daarvoor onvoldoende zijn.</p>"
                "<h2>Wat verandert er?</h2>"
                "<ul>"
                "<li>Uitbreiding van het team analisten, met specialisten op het gebied van "
                "financiële criminaliteit en logistiek.</li>"
                "<li>Een vaste ondersteuning van de Landelijke Fenomeentafels.</li>"
                "<li>Meer capaciteit voor kennisdeling, waaronder dit platform.</li>"
                "<li>Een structurele in plaats van een projectmatige financiering.</li>"
                "</ul>"
                "<p>De plannen worden gefaseerd uitgevoerd. In de eerste fase ligt de nadruk "
                "op het werven van analisten en het verder professionaliseren van de "
                "kennisfunctie. Over twee jaar volgt een evaluatie.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Een sterk landelijk centrum maakt de regio's sterker. Dat is de "
                    "kern van deze keuze.",
                    "attribution": "Voorzitter Stuurgroep LIEC",
                },
            ),
            (
                "text",
                "<p>De versterking sluit aan op de strategische agenda van het RIEC-LIEC-bestel. Daarin "
                "is vastgelegd dat het LIEC een grotere rol krijgt bij het verbinden van regionale "
                "inzichten tot een landelijk beeld. Vacatures worden de komende maanden op dit platform "
                "en via de websites van de convenantpartners gepubliceerd.</p>",
            ),
        ],
        "themes": ["weerbaarheid-en-bestuurlijke-aanpak"],
        "regions": ["liec", "landelijk"],
        "audiences": ["gemeenten", "politie-en-om"],
        "author": "Redactie Kennisplatform Ondermijning",
        "source_organisation": "LIEC",
        "owner": "Redactie Kennisplatform Ondermijning",
        "published": "2025-04-29",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Nieuwe toolkits tegen misbruik van steunmaatregelen en kwetsbare mensen",
        "slug": "nieuwe-toolkits-weerbaarheid",
        "type": "nieuws",
        "summary": "Samen met maatschappelijke organisaties ontwikkelden de RIEC's toolkits "
        "voor gemeenten, horeca-ondernemers, agrariërs en arbeidsmigranten. Ze bevatten "
        "concrete tips om misbruik te herkennen en te voorkomen.",
        "body": [
            (
                "text",
                "<p>Criminelen passen zich razendsnel aan. Toen overheden in korte tijd "
                "steunregelingen invoerden, zagen de RIEC's in hun casuïstiek direct de eerste "
                "signalen van misbruik. Tegelijk werden mensen in een kwetsbare positie, zoals "
                "ondernemers met financiële problemen en arbeidsmigranten die hun werk "
                "verloren, vaker benaderd.</p>"
                "<h2>Vier doelgroepen</h2>"
                "<p>De toolkits zijn afgestemd op de situatie van verschillende groepen:</p>"
                "<ul>"
                "<li><strong>Gemeenten</strong> krijgen handvatten om signalen te "
                "herkennen bij aanvragen en vergunningen.</li>"
                "<li><strong>Horeca-ondernemers</strong> lezen hoe zij zich kunnen wapenen "
                "tegen aanbiedingen van dubieuze investeerders.</li>"
                "<li><strong>Agrariërs</strong> vinden tips over het verhuren van "
                "schuren en het melden van verdachte situaties.</li>"
                "<li><strong>Arbeidsmigranten</strong> krijgen in hun eigen taal uitleg "
                "over hun rechten en waar zij hulp kunnen vinden.</li>"
                "</ul>"
                "<p>De toolkits bevatten stappenplannen, checklists en folders die direct "
                "kunnen worden gebruikt of aangepast aan de eigen huisstijl.</p>",
            ),
            (
                "callout",
                {
                    "title": "Direct aan de slag",
                    "text": "<p>Alle toolkits zijn te vinden onder Toolkits op dit platform. De "
                    "folders voor arbeidsmigranten zijn beschikbaar in vijf talen.</p>",
                },
            ),
            (
                "text",
                "<p>De toolkits zijn gratis te gebruiken. Gemeenten die een folder willen aanpassen, "
                "kunnen bij de redactie een bewerkbare versie opvragen. Wij horen graag hoe de "
                "materialen in de praktijk worden ingezet.</p>",
            ),
        ],
        "themes": ["misbruik-coronasteun", "arbeidsuitbuiting"],
        "regions": ["landelijk"],
        "audiences": ["gemeenten", "horeca-ondernemers", "agrariers", "arbeidsmigranten"],
        "author": "Redactie Kennisplatform Ondermijning",
        "source_organisation": "LIEC",
        "owner": "Redactie Kennisplatform Ondermijning",
        "published": "2024-03-05",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Terugblik: Spotlight op ondermijning 2025",
        "slug": "terugblik-spotlight-op-ondermijning-2025",
        "type": "nieuws",
        "summary": "Ruim 450 professionals volgden de online conferentie Spotlight op "
        "ondermijning. Een terugblik op de belangrijkste inzichten uit de plenaire sessies en "
        "workshops.",
        "body": [
            (
                "text",
                "<p>De jaarlijkse online conferentie Spotlight op ondermijning stond dit jaar in "
                "het teken van weerbaarheid. In een volle dag kwamen sprekers uit gemeenten, "
                "politie, wetenschap en bedrijfsleven aan het woord.</p>"
                "<h2>Drie inzichten</h2>"
                "<ol>"
                "<li><strong>Facilitators zijn het zwakke punt.</strong> Criminele "
                "netwerken zijn afhankelijk van legale dienstverleners. Wie die weerbaar "
                "maakt, raakt het netwerk.</li>"
                "<li><strong>Data is er al.</strong> Meerdere sprekers lieten zien hoeveel "
                "inzicht bestaande overheidsgegevens opleveren, als je ze zorgvuldig "
                "combineert.</li>"
                "<li><strong>Vergeet de mens niet.</strong> Achter veel casussen zitten "
                "slachtoffers, van uitgebuite arbeidsmigranten tot jongeren die als uithaler "
                "worden geronseld.</li>"
                "</ol>"
                "<p>In de workshops werd onder meer gesproken over de aanpak van "
                "vakantieparken, de rol van notarissen en de Landelijke Fenomeentafels. "
                "Deelnemers gaven de conferentie gemiddeld een 8,1.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Wat mij het meest bijblijft, is hoe vaak we dezelfde problemen "
                    "tegenkomen in heel verschillende regio's.",
                    "attribution": "Deelnemer, beleidsmedewerker bij een gemeente in Limburg",
                },
            ),
            (
                "text",
                "<p>De opnames van de plenaire sessies zijn voor leden terug te kijken via de "
                "evenementenpagina.</p>",
            ),
            (
                "text",
                "<p>De volgende editie staat al in de agenda. Heeft u een idee voor een workshop? Laat "
                "het de organisatie weten.</p>",
            ),
        ],
        "themes": ["weerbaarheid-en-bestuurlijke-aanpak"],
        "regions": ["landelijk"],
        "audiences": ["gemeenten", "politie-en-om", "notarissen"],
        "author": "Redactie Kennisplatform Ondermijning",
        "source_organisation": "LIEC",
        "owner": "Redactie Kennisplatform Ondermijning",
        "published": "2025-11-25",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Vernieuwde informatievoorziening RIEC's in gebruik genomen",
        "slug": "vernieuwde-informatievoorziening-riecs",
        "type": "nieuws",
        "summary": "Alle RIEC's werken voortaan in één gezamenlijke, beveiligde omgeving voor "
        "casusregistratie en analyse. Dat maakt regio-overstijgende samenwerking eenvoudiger.",
        "body": [
            (
                "text",
                "<p>Na een traject van drie jaar is de vernieuwde informatievoorziening van de "
                "RIEC's in gebruik genomen. Tot nu toe werkte iedere regio met een eigen "
                "systeem. Dat maakte het lastig om casussen te vergelijken of om te zien of "
                "een persoon of bedrijf ook in een andere regio in beeld was.</p>"
                "<h2>Wat is er nieuw?</h2>"
                "<ul>"
                "<li>Eén registratie van casussen, signalen en interventies, met uniforme "
                "definities.</li>"
                "<li>Ingebouwde controles op de grondslagen voor informatiedeling uit het "
                "convenant.</li>"
                "<li>Analysemogelijkheden over regiogrenzen heen, met strikte "
                "autorisaties.</li>"
                "<li>Betere ondersteuning voor de Landelijke Fenomeentafels.</li>"
                "</ul>"
                "<p>De invoering ging gepaard met trainingen voor ruim 400 medewerkers. De "
                "komende maanden volgen nog enkele uitbreidingen, waaronder een koppeling met "
                "het Landelijk Bureau Bibob.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Eindelijk spreken we allemaal dezelfde taal. Dat scheelt "
                    "ontzettend veel tijd in het casusoverleg.",
                    "attribution": "Casuscoördinator, RIEC Zeeland-West-Brabant",
                },
            ),
            (
                "callout",
                {
                    "title": "Privacy by design",
                    "text": "<p>Bij de ontwikkeling is vanaf het begin samengewerkt met functionarissen "
                    "gegevensbescherming van de convenantpartners. Iedere raadpleging wordt gelogd, en "
                    "gegevens worden automatisch verwijderd zodra de bewaartermijn uit het convenant is "
                    "verstreken.</p>",
                },
            ),
            (
                "text",
                "<p>Medewerkers die nog geen training hebben gevolgd, kunnen zich aanmelden via de "
                "opleidingscoördinator van hun RIEC. Een handleiding en korte instructievideo's staan "
                "in de afgeschermde omgeving.</p>",
            ),
        ],
        "themes": ["weerbaarheid-en-bestuurlijke-aanpak", "weerbare-overheid"],
        "regions": ["landelijk", "liec"],
        "audiences": ["gemeenten", "politie-en-om"],
        "author": "Redactie Kennisplatform Ondermijning",
        "source_organisation": "LIEC",
        "owner": "Redactie Kennisplatform Ondermijning",
        "published": "2026-08-18",
        "members_only": False,
        "attachment": None,
    },
    {
        "title": "Landelijke Fenomeentafels uitgebreid met arbeidsuitbuiting",
        "slug": "fenomeentafels-uitgebreid-arbeidsuitbuiting",
        "type": "nieuws",
        "summary": "Na synthetische drugs en logistieke knooppunten krijgt ook arbeidsuitbuiting "
        "een eigen Landelijke Fenomeentafel. De tafel brengt strafrechtelijke, bestuurlijke en "
        "fiscale inzichten samen.",
        "body": [
            (
                "text",
                "<p>Het LIEC start een nieuwe Landelijke Fenomeentafel gericht op "
                "arbeidsuitbuiting. Net als de bestaande tafels is deze ingericht naar het "
                "voorbeeld van de integrale aanpak van criminele motorbendes: alle betrokken "
                "partners brengen hun informatie samen en stemmen interventies op elkaar "
                "af.</p>"
                "<h2>Waarom arbeidsuitbuiting?</h2>"
                "<p>Uit regionale beelden blijkt dat uitbuiting van arbeidsmigranten zich "
                "steeds vaker afspeelt in netwerken van uitzendbureaus, huisvesters en "
                "vervoerders die over meerdere regio's actief zijn. Een regionale aanpak alleen "
                "schiet dan tekort.</p>"
                "<h2>Wie zitten er aan tafel?</h2>"
                "<ul>"
                "<li>Nederlandse Arbeidsinspectie</li>"
                "<li>Politie en Openbaar Ministerie</li>"
                "<li>Belastingdienst</li>"
                "<li>Vertegenwoordigers van gemeenten met veel arbeidsmigranten</li>"
                "<li>Het Coördinatiecentrum tegen Mensenhandel, als adviseur</li>"
                "</ul>"
                "<p>De eerste bijeenkomst richt zich op uitzendconstructies in de "
                "distributiesector en de glastuinbouw.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Uitbuiting laat zich niet vangen binnen één regio of één "
                    "wet. Daarom is deze tafel zo belangrijk.",
                    "attribution": "Programmamanager mensenhandel, LIEC",
                },
            ),
            (
                "text",
                "<h2>Verbinding met de regio</h2>"
                "<p>De tafel werkt nauw samen met de RIEC's. Regionale casussen vormen de basis voor de "
                "landelijke analyse, en interventieplannen van de tafel worden waar mogelijk regionaal "
                "uitgevoerd. Gemeenten die signalen hebben over uitzendconstructies, kunnen deze "
                "inbrengen via het casusoverleg van hun RIEC.</p>",
            ),
        ],
        "themes": ["arbeidsuitbuiting", "criminele-motorbendes"],
        "regions": ["liec", "landelijk"],
        "audiences": ["gemeenten", "arbeidsmigranten", "politie-en-om"],
        "author": "Redactie Kennisplatform Ondermijning",
        "source_organisation": "LIEC",
        "owner": "Redactie Kennisplatform Ondermijning",
        "published": "2026-11-03",
        "members_only": False,
        "attachment": None,
    },
]

# ---------------------------------------------------------------------------
# Toolkits
# ---------------------------------------------------------------------------

TOOLKITS = [
    {
        "title": "Toolkit weerbare gemeente",
        "slug": "toolkit-weerbare-gemeente",
        "summary": "Praktische stappen voor gemeenten om te voorkomen dat vergunningen, "
        "subsidies en steunregelingen criminelen faciliteren, en om signalen van ondermijning "
        "tijdig te delen met het RIEC.",
        "intro": "<p>Gemeenten staan vooraan in de aanpak van ondermijning. Ze verlenen "
        "vergunningen, verstrekken subsidies en uitkeringen en kennen hun wijken. Deze toolkit "
        "helpt u om de eigen organisatie stap voor stap weerbaarder te maken, ook als u met "
        "een klein team werkt.</p>",
        "steps": [
            {
                "title": "Breng de risico's in kaart",
                "text": "<p>Inventariseer welke processen kwetsbaar zijn: vergunningverlening, "
                "inkoop, subsidies, uitkeringen en vastgoedtransacties. Gebruik de quickscan "
                "in deze toolkit als startpunt.</p>",
            },
            {
                "title": "Beleg de regie",
                "text": "<p>Wijs een ambtelijk regisseur ondermijning aan met toegang tot "
                "directie en burgemeester. Zonder duidelijke regie blijven signalen tussen "
                "afdelingen hangen.</p>",
            },
            {
                "title": "Stel een Bibob-beleidslijn vast",
                "text": "<p>Bepaal voor welke branches en besluiten u de Wet Bibob toepast en "
                "richt een werkbaar proces in, zo nodig samen met buurgemeenten.</p>",
            },
            {
                "title": "Train medewerkers",
                "text": "<p>Medewerkers aan de balie, in handhaving en in het sociaal domein "
                "zien vaak als eerste signalen. Leer hen herkennen en melden, en zorg voor een "
                "veilige meldcultuur.</p>",
            },
            {
                "title": "Werk samen met het RIEC",
                "text": "<p>Breng complexe casussen in bij het RIEC-casusoverleg en maak gebruik "
                "van bestuurlijke rapportages om besluiten te onderbouwen.</p>",
            },
            {
                "title": "Evalueer en deel",
                "text": "<p>Bespreek jaarlijks in het college wat de aanpak heeft opgeleverd en "
                "deel uw ervaringen op dit platform.</p>",
            },
        ],
        "checklists": [
            {
                "title": "Checklist signalen bij aanvragen",
                "items": [
                    "De aanvrager komt niet zelf, maar stuurt steeds een tussenpersoon.",
                    "De onderneming is kort voor de aanvraag opgericht of van eigenaar gewisseld.",
                    "De financiering is onduidelijk of komt uit het buitenland.",
                    "Meerdere aanvragen komen van hetzelfde adres of rekeningnummer.",
                    "De aanvrager reageert opvallend geïrriteerd op aanvullende vragen.",
                    "Het bedrijfsplan past niet bij de locatie of de branche.",
                ],
            },
            {
                "title": "Checklist organisatie",
                "items": [
                    "Er is een ambtelijk regisseur ondermijning aangewezen.",
                    "Er is een vastgestelde Bibob-beleidslijn.",
                    "Medewerkers weten waar zij signalen kunnen melden.",
                    "De gemeente neemt actief deel aan het RIEC-casusoverleg.",
                    "Gevoelige informatie wordt in afgeschermde dossiers bewaard.",
                ],
            },
        ],
        "materials": [
            {
                "title": "Quickscan weerbare gemeente",
                "filename": "quickscan-weerbare-gemeente.pdf",
                "language": "Nederlands",
                "pages": [
                    "Quickscan weerbare gemeente. Beantwoord per onderdeel de vragen met ja, "
                    "deels of nee. Onderdeel A, bestuurlijke inbedding: is ondermijning "
                    "opgenomen in het integraal veiligheidsplan? Wordt het college minimaal "
                    "twee keer per jaar geïnformeerd? Onderdeel B, processen: worden aanvragen "
                    "voor vergunningen in risicobranches standaard gescreend? Worden "
                    "subsidieaanvragen gecontroleerd op opvallende patronen? Onderdeel C, "
                    "mensen: hebben medewerkers in kwetsbare functies een training gevolgd? "
                    "Is er een vertrouwenspersoon integriteit? Onderdeel D, samenwerking: "
                    "brengt de gemeente jaarlijks casussen in bij het RIEC? Telt u bij een "
                    "onderdeel twee keer of vaker nee, dan is dat een aandachtspunt voor het "
                    "komende jaar.",
                ],
            },
        ],
        "contact": {
            "name": "Kennisteam Weerbare Overheid, LIEC",
            "email": "weerbareoverheid@liec.example.nl",
            "phone": "088 555 01 10",
        },
        "themes": ["weerbaarheid-en-bestuurlijke-aanpak", "wet-bibob", "weerbare-overheid"],
        "regions": ["landelijk"],
        "audiences": ["gemeenten"],
        "owner": "Kennisteam Weerbare Overheid, LIEC",
        "source_organisation": "LIEC",
        "published": "2024-03-05",
        "members_only": False,
    },
    {
        "title": "Toolkit weerbare horeca",
        "slug": "toolkit-weerbare-horeca",
        "summary": "Voor horeca-ondernemers die benaderd worden door investeerders, "
        "overnamekandidaten of leveranciers met een te mooi aanbod. Met tips om uw zaak en uw "
        "vergunning te beschermen.",
        "intro": "<p>Veel horecazaken hadden het de afgelopen jaren financieel zwaar. Dat maakte "
        "ondernemers kwetsbaar voor aanbiedingen van mensen met crimineel geld. Deze toolkit is "
        "ontwikkeld met horeca-ondernemers en de lokale afdelingen van de brancheorganisatie. "
        "Hij helpt u om verdachte aanbiedingen te herkennen en om nee te zeggen.</p>",
        "steps": [
            {
                "title": "Ken uw kwetsbaarheden",
                "text": "<p>Heeft u schulden, een huurachterstand of een lening die afloopt? "
                "Juist dan is de verleiding van snel geld groot. Zoek tijdig hulp bij uw "
                "accountant, bank of het ondernemersloket van de gemeente.</p>",
            },
            {
                "title": "Onderzoek elke investeerder",
                "text": "<p>Vraag naar de herkomst van het geld en leg afspraken altijd "
                "schriftelijk vast. Een serieuze investeerder heeft daar geen bezwaar "
                "tegen.</p>",
            },
            {
                "title": "Let op bij overname",
                "text": "<p>Verkoopt u uw zaak? Wees kritisch op kopers die contant willen "
                "betalen of die boven de marktprijs bieden. Uw vergunning gaat niet vanzelf "
                "over; de gemeente toetst de nieuwe exploitant.</p>",
            },
            {
                "title": "Bescherm uw personeel",
                "text": "<p>Medewerkers kunnen onder druk worden gezet om drugs te verkopen of "
                "bezoekers zonder controle toe te laten. Maak duidelijke huisregels en bespreek "
                "wat medewerkers moeten doen als zij benaderd worden.</p>",
            },
            {
                "title": "Meld verdachte situaties",
                "text": "<p>Twijfelt u? Neem contact op met de horecacoördinator van uw "
                "gemeente of meld anoniem. Melden beschermt ook uw collega-ondernemers.</p>",
            },
        ],
        "checklists": [
            {
                "title": "Herkent u dit aanbod?",
                "items": [
                    "Iemand biedt een lening zonder rente of zonder schriftelijk contract.",
                    "Een onbekende wil meebetalen aan de verbouwing in ruil voor een deel "
                    "van de omzet.",
                    "Een leverancier biedt drank of apparatuur ver onder de marktprijs.",
                    "U wordt gevraagd om een ruimte in uw zaak te verhuren voor 'privé "
                    "bijeenkomsten'.",
                    "Een koper wil uw zaak overnemen en het grootste deel contant betalen.",
                    "Iemand vraagt u om op papier eigenaar te blijven na verkoop.",
                ],
            },
        ],
        "materials": [
            {
                "title": "Folder: pas op voor de gulle investeerder",
                "filename": "folder-pas-op-voor-de-gulle-investeerder.pdf",
                "language": "Nederlands",
                "pages": [
                    "Pas op voor de gulle investeerder. Uw zaak heeft het zwaar en ineens "
                    "staat er iemand die wil helpen. Geld voor de huur, een nieuwe bar, een "
                    "terras. Er hoeft niets op papier. Klinkt te mooi om waar te zijn? Dat is "
                    "het vaak ook. Criminelen gebruiken horecazaken om geld wit te wassen, "
                    "drugs te verkopen of een ontmoetingsplek te hebben. Wie eenmaal geld "
                    "heeft aangenomen, komt er moeilijk weer vanaf. Stel altijd vragen over "
                    "de herkomst van het geld. Leg afspraken vast. Raadpleeg uw accountant. "
                    "En twijfelt u? Bel de horecacoördinator van uw gemeente. U staat er "
                    "niet alleen voor.",
                ],
            },
        ],
        "contact": {
            "name": "Horecacoördinator, RIEC Midden-Nederland",
            "email": "horeca@riec-mn.example.nl",
            "phone": "088 555 02 20",
        },
        "themes": ["wet-bibob", "witwassen", "misbruik-coronasteun"],
        "regions": ["landelijk", "riec-midden-nederland"],
        "audiences": ["horeca-ondernemers", "gemeenten"],
        "owner": "Horecacoördinator, RIEC Midden-Nederland",
        "source_organisation": "RIEC Midden-Nederland",
        "published": "2024-04-09",
        "members_only": False,
    },
    {
        "title": "Toolkit agrariërs: criminelen niet op uw erf",
        "slug": "toolkit-agrariers",
        "summary": "Voor boeren, tuinders en andere eigenaren van agrarisch vastgoed. Hoe "
        "herkent u een malafide huurder, wat zet u in een contract en wat doet u als u iets "
        "vreemds ziet?",
        "intro": "<p>Criminelen zoeken rustige, afgelegen plekken met veel ruimte. Een lege "
        "stal of werktuigberging is voor hen ideaal. Agrariërs worden benaderd met aanbiedingen "
        "die ver boven de marktprijs liggen, of worden onder druk gezet. Deze toolkit helpt u "
        "om uw erf en uw bedrijf te beschermen.</p>",
        "steps": [
            {
                "title": "Verhuur alleen met een schriftelijk contract",
                "text": "<p>Leg vast wie de huurder is, waarvoor de ruimte wordt gebruikt en "
                "dat u het recht heeft om de ruimte te bezoeken. Controleer de identiteit van "
                "de huurder en de inschrijving bij de Kamer van Koophandel.</p>",
            },
            {
                "title": "Wees wantrouwig bij contante betaling",
                "text": "<p>Een huurder die vooraf een jaar contant wil betalen, heeft daar "
                "meestal een reden voor. Laat huur altijd via de bank betalen.</p>",
            },
            {
                "title": "Kom regelmatig kijken",
                "text": "<p>Maak afspraken over periodieke bezoeken. Let op veranderingen: "
                "afgeplakte ramen, nieuwe sloten, afzuiging of een hoog stroomverbruik.</p>",
            },
            {
                "title": "Bescherm uw land",
                "text": "<p>Sluit onverharde wegen af, zorg voor verlichting en houd het erf "
                "overzichtelijk. Zo voorkomt u ook dat er afval op uw land wordt gedumpt.</p>",
            },
            {
                "title": "Meld en vraag hulp",
                "text": "<p>Meld verdachte situaties bij politie of gemeente, of anoniem. Wordt "
                "u bedreigd, neem dan direct contact op met de politie. Uw gemeente kan u "
                "ondersteunen met advies en soms met vergoeding van opruimkosten.</p>",
            },
        ],
        "checklists": [
            {
                "title": "Signalen van een malafide huurder",
                "items": [
                    "Biedt veel meer huur dan gebruikelijk.",
                    "Wil contant betalen en geen contract tekenen.",
                    "Geeft alleen een voornaam of een buitenlands telefoonnummer.",
                    "Wil niet dat u de ruimte nog bezoekt.",
                    "Komt vooral 's avonds of in het weekend.",
                    "Brengt zware apparatuur, jerrycans of veel isolatiemateriaal mee.",
                ],
            },
            {
                "title": "Checklist huurcontract",
                "items": [
                    "Volledige naam en geboortedatum van de huurder.",
                    "KvK-nummer en omschrijving van de bedrijfsactiviteit.",
                    "Doel van het gebruik van de ruimte.",
                    "Recht van de verhuurder op periodieke inspectie.",
                    "Betaling uitsluitend via bankoverschrijving.",
                ],
            },
        ],
        "materials": [
            {
                "title": "Folder: verhuurt u uw schuur?",
                "filename": "folder-verhuurt-u-uw-schuur.pdf",
                "language": "Nederlands",
                "pages": [
                    "Verhuurt u uw schuur? Lees dit eerst. Een lege schuur verhuren lijkt een "
                    "makkelijke manier om bij te verdienen. Maar criminelen zijn op zoek naar "
                    "precies zulke plekken voor drugsproductie, opslag van gestolen goederen "
                    "of het verstoppen van voertuigen. Als eigenaar kunt u daarvoor "
                    "aansprakelijk worden gesteld. De burgemeester kan uw pand sluiten en u "
                    "draait op voor schade en opruimkosten. Bescherm uzelf: vraag altijd om "
                    "een legitimatiebewijs, laat huur via de bank betalen en kom regelmatig "
                    "kijken. Zit u in financiële problemen of wordt u onder druk gezet? Neem "
                    "contact op met de gemeente. Samen zoeken we naar een oplossing.",
                ],
            },
            {
                "title": "Modelhuurcontract agrarische opstal",
                "filename": "modelhuurcontract-agrarische-opstal.pdf",
                "language": "Nederlands",
                "pages": [
                    "Modelhuurcontract agrarische opstal. Partijen: de verhuurder en de "
                    "huurder, beiden met volledige naam, adres en geboortedatum; de huurder "
                    "met KvK-nummer. Artikel 1: de verhuurder verhuurt aan de huurder de "
                    "opstal zoals aangegeven op de bijgevoegde situatietekening. Artikel 2: "
                    "de opstal wordt uitsluitend gebruikt voor de omschreven "
                    "bedrijfsactiviteit. Artikel 3: de huurprijs wordt maandelijks vooraf "
                    "per bank overgemaakt; contante betaling is uitgesloten. Artikel 4: de "
                    "verhuurder heeft het recht de opstal na aankondiging van 24 uur te "
                    "betreden. Artikel 5: bij gebruik in strijd met de wet kan de verhuurder "
                    "de huurovereenkomst met onmiddellijke ingang ontbinden.",
                ],
            },
        ],
        "contact": {
            "name": "Team Buitengebied, RIEC Noord-Nederland",
            "email": "buitengebied@riec-nn.example.nl",
            "phone": "088 555 03 30",
        },
        "themes": ["vastgoed-in-het-buitengebied", "drugsafvaldumping", "synthetische-drugs"],
        "regions": [
            "riec-noord-nederland",
            "riec-oost-nederland",
            "riec-oost-brabant",
            "riec-zeeland-west-brabant",
        ],
        "audiences": ["agrariers"],
        "owner": "Team Buitengebied, RIEC Noord-Nederland",
        "source_organisation": "RIEC Noord-Nederland",
        "published": "2024-05-28",
        "members_only": False,
    },
    {
        "title": "Toolkit arbeidsmigranten: ken je rechten",
        "slug": "toolkit-arbeidsmigranten",
        "summary": "Voorlichtingsmateriaal in vijf talen voor arbeidsmigranten, plus een "
        "stappenplan voor gemeenten en organisaties die hen bereiken. Over loon, huisvesting, "
        "paspoorten en waar je hulp vindt.",
        "intro": "<p>Arbeidsmigranten zijn onmisbaar voor de Nederlandse economie, maar lopen "
        "een verhoogd risico op uitbuiting. Vaak kennen zij hun rechten niet of durven zij "
        "geen hulp te vragen. Deze toolkit bevat een flyer in het Nederlands, Pools, Roemeens, "
        "Bulgaars en Engels, en tips om arbeidsmigranten echt te bereiken.</p>",
        "steps": [
            {
                "title": "Kies de juiste plek",
                "text": "<p>Verspreid de flyer waar arbeidsmigranten komen: supermarkten met "
                "Oost-Europese producten, kerken, huisartsenpraktijken, bushaltes bij "
                "huisvestingslocaties en de balie van Burgerzaken bij inschrijving.</p>",
            },
            {
                "title": "Gebruik de eigen taal",
                "text": "<p>Informatie in de eigen taal wordt beter gelezen en vertrouwd. Werk "
                "met tolken en sleutelfiguren uit de gemeenschap.</p>",
            },
            {
                "title": "Zorg voor een bereikbaar meldpunt",
                "text": "<p>Een telefoonnummer dat ook 's avonds bereikbaar is en waar mensen "
                "in hun eigen taal worden geholpen, verlaagt de drempel om te melden.</p>",
            },
            {
                "title": "Organiseer opvang",
                "text": "<p>Wie uitbuiting meldt, kan daardoor werk en woning kwijtraken. "
                "Regel vooraf tijdelijke opvang en ondersteuning.</p>",
            },
            {
                "title": "Volg signalen op",
                "text": "<p>Deel signalen met de Nederlandse Arbeidsinspectie en het RIEC. "
                "Koppel terug aan de melder wat er met de melding is gebeurd, voor zover dat "
                "mogelijk is.</p>",
            },
        ],
        "checklists": [
            {
                "title": "Signalen van uitbuiting",
                "items": [
                    "Werkgever of huisbaas houdt paspoorten of identiteitskaarten in.",
                    "Loon ligt structureel onder het minimumloon of wordt niet betaald.",
                    "Hoge inhoudingen voor huur, vervoer of boetes.",
                    "Werk, huisvesting en vervoer zijn allemaal afhankelijk van één partij.",
                    "Werkdagen van meer dan twaalf uur zonder pauze.",
                    "Werknemers mogen niet vrij bewegen of contact hebben met anderen.",
                    "Overbewoonde en onveilige woningen.",
                ],
            },
        ],
        "materials": [
            {
                "title": "Flyer Ken je rechten (Nederlands)",
                "filename": "flyer-ken-je-rechten-nl.pdf",
                "language": "Nederlands",
                "pages": [
                    "Werk je in Nederland? Je hebt rechten! Je hebt recht op minimaal het "
                    "wettelijk minimumloon. Je werkgever mag je paspoort of identiteitskaart "
                    "niet innemen. Je krijgt een loonstrook en een schriftelijk contract in "
                    "een taal die je begrijpt. Je huurcontract moet los staan van je "
                    "arbeidscontract. Voor inhoudingen op je loon voor huisvesting gelden "
                    "strenge regels. Word je onder druk gezet, bedreigd of moet je werken "
                    "zonder betaling? Bel gratis en anoniem de hulplijn voor "
                    "arbeidsmigranten: 0800 555 0100, of mail naar "
                    "hulp@arbeidsmigranten.example.nl. Je hoeft geen Nederlands te spreken: "
                    "we helpen je in je eigen taal.",
                ],
            },
            {
                "title": "Flyer Ken je rechten (Pools)",
                "filename": "flyer-ken-je-rechten-pl.pdf",
                "language": "Pools",
                "pages": [
                    "Pracujesz w Holandii? Masz swoje prawa! Masz prawo do co najmniej "
                    "ustawowej płacy minimalnej. Pracodawca nie może zabierać Twojego "
                    "paszportu ani dowodu osobistego. Otrzymujesz odcinek wypłaty "
                    "(loonstrook) i pisemną umowę w języku, który rozumiesz. Umowa najmu "
                    "mieszkania musi być oddzielona od umowy o pracę. Potrącenia z "
                    "wynagrodzenia za zakwaterowanie podlegają ścisłym zasadom. Ktoś wywiera "
                    "na Ciebie presję, grozi Ci albo musisz pracować bez zapłaty? Zadzwoń "
                    "bezpłatnie i anonimowo na infolinię dla pracowników migrujących: "
                    "0800 555 0100 lub napisz na adres hulp@arbeidsmigranten.example.nl. Nie "
                    "musisz mówić po niderlandzku – pomożemy Ci w Twoim języku.",
                ],
            },
            {
                "title": "Flyer Ken je rechten (Roemeens)",
                "filename": "flyer-ken-je-rechten-ro.pdf",
                "language": "Roemeens",
                "pages": [
                    "Lucrezi în Țările de Jos? Ai drepturi! Ai dreptul la cel puțin salariul "
                    "minim legal. Angajatorul nu are voie să îți ia pașaportul sau cartea de "
                    "identitate. Primești un fluturaș de salariu (loonstrook) și un contract "
                    "scris într-o limbă pe care o înțelegi. Contractul de închiriere trebuie "
                    "să fie separat de contractul de muncă. Pentru reținerile din salariu "
                    "pentru cazare există reguli stricte. Ești pus sub presiune, amenințat "
                    "sau trebuie să lucrezi fără plată? Sună gratuit și anonim la linia de "
                    "ajutor pentru lucrătorii migranți: 0800 555 0100 sau scrie la "
                    "hulp@arbeidsmigranten.example.nl. Nu trebuie să vorbești neerlandeză: "
                    "te ajutăm în limba ta.",
                ],
            },
            {
                "title": "Flyer Ken je rechten (Bulgaars)",
                "filename": "flyer-ken-je-rechten-bg.pdf",
                "language": "Bulgaars",
                "pages": [
                    "Работиш в Нидерландия? Имаш права! Имаш право поне на "
                    "законоустановената минимална работна заплата. Работодателят няма право "
                    "да ти взема паспорта или личната карта. Получаваш фиш за заплата "
                    "(loonstrook) и писмен договор на език, който разбираш. Договорът за "
                    "наем трябва да е отделен от трудовия договор. За удръжките от заплатата "
                    "за настаняване важат строги правила. Оказват ли ти натиск, заплашват ли "
                    "те или трябва да работиш без заплащане? Обади се безплатно и анонимно "
                    "на линията за помощ на трудови мигранти: 0800 555 0100 или пиши на "
                    "hulp@arbeidsmigranten.example.nl. Не е нужно да говориш нидерландски – "
                    "ще ти помогнем на твоя език.",
                ],
            },
            {
                "title": "Flyer Ken je rechten (Engels)",
                "filename": "flyer-ken-je-rechten-en.pdf",
                "language": "Engels",
                "pages": [
                    "Working in the Netherlands? You have rights! You are entitled to at "
                    "least the statutory minimum wage. Your employer may not take your "
                    "passport or identity card. You receive a payslip (loonstrook) and a "
                    "written contract in a language you understand. Your rental agreement "
                    "must be separate from your employment contract. Strict rules apply to "
                    "deductions from your wages for housing. Are you being pressured or "
                    "threatened, or do you have to work without pay? Call the helpline for "
                    "labour migrants free of charge and anonymously on 0800 555 0100, or "
                    "email hulp@arbeidsmigranten.example.nl. You do not need to speak Dutch: "
                    "we will help you in your own language.",
                ],
            },
        ],
        "contact": {
            "name": "Landelijk Netwerk Arbeidsmigratie",
            "email": "hulp@arbeidsmigranten.example.nl",
            "phone": "0800 555 0100",
        },
        "themes": ["arbeidsuitbuiting", "mensenhandel-en-uitbuiting"],
        "regions": ["landelijk", "riec-den-haag", "riec-oost-brabant"],
        "audiences": ["arbeidsmigranten", "gemeenten", "woningcorporaties"],
        "owner": "Kennismanager mensenhandel, LIEC",
        "source_organisation": "LIEC",
        "published": "2024-06-18",
        "members_only": False,
    },
    {
        "title": "Toolkit notarissen: poortwachter tegen witwassen",
        "slug": "toolkit-notarissen",
        "summary": "Voor notarissen en kandidaat-notarissen: hoe herkent u risicovolle "
        "transacties, hoe voert u verscherpt cliëntenonderzoek uit en hoe meldt u bij de "
        "FIU-Nederland?",
        "intro": "<p>Bij vrijwel iedere vastgoedtransactie en bij de oprichting van "
        "rechtspersonen is een notaris betrokken. Daarmee bent u een belangrijke poortwachter. "
        "Deze toolkit, ontwikkeld met notariskantoren uit verschillende regio's, helpt u om die "
        "rol waar te maken zonder de dienstverlening aan bonafide cliënten te belemmeren. De "
        "toolkit bevat voorbeelden uit de praktijk en is daarom alleen beschikbaar voor "
        "leden.</p>",
        "steps": [
            {
                "title": "Richt een risicobeleid in",
                "text": "<p>Leg vast welke cliënten en transacties een verhoogd risico vormen "
                "en welke maatregelen u dan neemt. Actualiseer het beleid jaarlijks.</p>",
            },
            {
                "title": "Ken uw cliënt",
                "text": "<p>Stel de identiteit vast van cliënt en uiteindelijk belanghebbende. "
                "Wees extra alert als cliënten niet zelf verschijnen.</p>",
            },
            {
                "title": "Volg het geld",
                "text": "<p>Vraag door over de herkomst van middelen, zeker als er geen "
                "hypotheek is of als er buitenlandse financiers betrokken zijn.</p>",
            },
            {
                "title": "Meld ongebruikelijke transacties",
                "text": "<p>Meld onverwijld bij de FIU-Nederland. Documenteer uw afweging, ook "
                "als u besluit niet te melden.</p>",
            },
        ],
        "checklists": [
            {
                "title": "Rode vlaggen bij vastgoedtransacties",
                "items": [
                    "Het object is binnen korte tijd meerdere keren verkocht.",
                    "De koopsom wijkt sterk af van de marktwaarde.",
                    "Een deel van de koopsom wordt buiten de notaris om voldaan.",
                    "De koper is een recent opgerichte rechtspersoon.",
                    "De uiteindelijk belanghebbende is onduidelijk.",
                    "De cliënt heeft opvallend veel haast.",
                ],
            },
        ],
        "materials": [
            {
                "title": "Stroomschema melden bij de FIU-Nederland",
                "filename": "stroomschema-melden-fiu-notariaat.pdf",
                "language": "Nederlands",
                "pages": [
                    "Stroomschema melden bij de FIU-Nederland voor het notariaat. Vraag 1: is "
                    "er sprake van een transactie of dienst waarop de Wwft van toepassing is? "
                    "Zo ja, ga naar vraag 2. Vraag 2: voldoet de transactie aan een objectieve "
                    "indicator? Zo ja, melden. Zo nee, ga naar vraag 3. Vraag 3: heeft u, na "
                    "verscherpt cliëntenonderzoek, reden om te veronderstellen dat de "
                    "transactie verband kan houden met witwassen of financieren van "
                    "terrorisme? Zo ja, melden. Zo nee, leg uw afweging vast in het dossier. "
                    "Let op: u mag de cliënt niet informeren over een melding. Bespreek "
                    "twijfelgevallen met de compliance-officer van het kantoor.",
                ],
            },
        ],
        "contact": {
            "name": "Kennisgroep Poortwachters, LIEC",
            "email": "poortwachters@liec.example.nl",
            "phone": "088 555 04 40",
        },
        "themes": ["vastgoed-en-witwassen", "witwassen"],
        "regions": ["landelijk"],
        "audiences": ["notarissen", "vastgoedsector"],
        "owner": "Kennisgroep Poortwachters, LIEC",
        "source_organisation": "LIEC",
        "published": "2025-02-18",
        "members_only": True,
    },
    {
        "title": "Toolkit vastgoedsector: integer verhuren en verkopen",
        "slug": "toolkit-vastgoedsector",
        "summary": "Voor makelaars, beheerders, beleggers en woningcorporaties. Hoe voorkomt u "
        "dat uw panden worden gebruikt voor witwassen, drugsproductie of uitbuiting?",
        "intro": "<p>Criminelen hebben vastgoed nodig: om in te wonen, om te produceren, om "
        "op te slaan en om hun geld in te investeren. Professionals in de vastgoedsector "
        "kunnen veel voorkomen door hun klanten en huurders goed te kennen. Deze toolkit "
        "bundelt de belangrijkste tips.</p>",
        "steps": [
            {
                "title": "Screen huurders en kopers",
                "text": "<p>Controleer identiteit, inkomen en KvK-inschrijving. Vraag bij "
                "bedrijfsmatige huur naar de feitelijke activiteiten.</p>",
            },
            {
                "title": "Let op betalingen",
                "text": "<p>Accepteer geen grote contante bedragen en wees alert op betalingen "
                "door derden of vanuit het buitenland.</p>",
            },
            {
                "title": "Houd toezicht op het gebruik",
                "text": "<p>Plan periodieke inspecties en reageer op meldingen van buren. "
                "Signalen als een hoog energieverbruik of afgeplakte ramen verdienen "
                "aandacht.</p>",
            },
            {
                "title": "Werk samen met de gemeente",
                "text": "<p>Veel gemeenten hebben een meldpunt voor vastgoedprofessionals. "
                "Corporaties kunnen afspraken maken over informatie-uitwisseling in een "
                "convenant.</p>",
            },
            {
                "title": "Meld bij twijfel",
                "text": "<p>Makelaars en andere Wwft-plichtigen melden ongebruikelijke "
                "transacties bij de FIU-Nederland. Andere signalen kunt u delen met de "
                "gemeente of de politie.</p>",
            },
        ],
        "checklists": [
            {
                "title": "Signalen bij verhuur",
                "items": [
                    "Huurder betaalt maanden vooruit in contanten.",
                    "Huurder staat niet zelf ingeschreven op het adres.",
                    "Veel wisselende bewoners of bezoekers.",
                    "Ramen zijn afgeplakt of verduisterd.",
                    "Opvallend hoog stroom- of waterverbruik.",
                ],
            },
            {
                "title": "Signalen bij verkoop",
                "items": [
                    "Koper toont weinig interesse in het object zelf.",
                    "Financiering komt van een onbekende derde.",
                    "Koper wil snel doorverkopen of via een rechtspersoon kopen.",
                    "Prijs wijkt sterk af van de marktwaarde.",
                ],
            },
        ],
        "materials": [
            {
                "title": "Factsheet signalen voor vastgoedprofessionals",
                "filename": "factsheet-signalen-vastgoedprofessionals.pdf",
                "language": "Nederlands",
                "pages": [
                    "Factsheet signalen voor vastgoedprofessionals. Als makelaar, beheerder "
                    "of medewerker van een corporatie ziet u vaak meer dan u denkt. Let bij "
                    "bezichtigingen op kopers die niet naar de staat van de woning vragen. "
                    "Let bij verhuur op huurders die nooit thuis lijken te zijn, of juist op "
                    "woningen waar steeds andere mensen verblijven. Let bij bedrijfsmatige "
                    "verhuur op activiteiten die niet passen bij de opgegeven branche. "
                    "Signalen zijn geen bewijs, maar wel een reden om door te vragen. Bent u "
                    "Wwft-plichtig, dan moet u ongebruikelijke transacties melden. Voor "
                    "andere signalen kunt u terecht bij het meldpunt van uw gemeente.",
                ],
            },
        ],
        "contact": {
            "name": "Programma Vastgoed en Ondermijning, RIEC Amsterdam-Amstelland",
            "email": "vastgoed@riec-aa.example.nl",
            "phone": "088 555 05 50",
        },
        "themes": ["vastgoed-en-witwassen", "weerbaarheid-en-bestuurlijke-aanpak"],
        "regions": ["riec-amsterdam-amstelland", "landelijk"],
        "audiences": ["vastgoedsector", "woningcorporaties"],
        "owner": "Programma Vastgoed en Ondermijning, RIEC Amsterdam-Amstelland",
        "source_organisation": "RIEC Amsterdam-Amstelland",
        "published": "2025-09-09",
        "members_only": False,
    },
    {
        "title": "Toolkit misbruik steunmaatregelen voor ondernemers",
        "slug": "toolkit-misbruik-steunmaatregelen-ondernemers",
        "summary": "Ondernemers met financiële problemen zijn een doelwit voor fraudeurs die "
        "aanbieden steun aan te vragen, bedrijven over te nemen of schulden op te kopen. Deze "
        "toolkit helpt hen dat te herkennen.",
        "intro": "<p>Tijdens de coronacrisis werden veel ondernemers benaderd door "
        "'adviseurs' die beloofden steunregelingen voor hen te regelen, tegen een flinke "
        "vergoeding of in ruil voor zeggenschap over het bedrijf. Soms werd het bedrijf "
        "vervolgens gebruikt om steun te verkrijgen waar het geen recht op had. Deze toolkit "
        "helpt ondernemers en de organisaties die hen adviseren om misbruik te voorkomen, nu "
        "en bij toekomstige regelingen.</p>",
        "steps": [
            {
                "title": "Vraag zelf aan",
                "text": "<p>Vraag steun zoveel mogelijk zelf aan via de officiële kanalen. "
                "Deel nooit uw DigiD of eHerkenning met anderen.</p>",
            },
            {
                "title": "Controleer adviseurs",
                "text": "<p>Werk alleen met adviseurs die u kent of die zijn aangesloten bij "
                "een beroepsorganisatie. Wees kritisch op adviseurs die een percentage van de "
                "steun vragen.</p>",
            },
            {
                "title": "Let op overnamevoorstellen",
                "text": "<p>Een onbekende die uw bedrijf wil overnemen of als bestuurder wil "
                "toetreden, kan uw bedrijf misbruiken. U blijft mogelijk aansprakelijk.</p>",
            },
            {
                "title": "Houd uw administratie op orde",
                "text": "<p>Bewaar alle stukken van aanvragen. Bij controle achteraf moet u "
                "kunnen aantonen dat u recht had op de steun.</p>",
            },
            {
                "title": "Zoek tijdig hulp bij schulden",
                "text": "<p>Gemeenten en brancheorganisaties bieden hulp aan ondernemers in "
                "financiële nood. Hoe eerder u hulp zoekt, hoe kleiner de kans dat u in "
                "handen valt van malafide partijen.</p>",
            },
        ],
        "checklists": [
            {
                "title": "Pas op als iemand",
                "items": [
                    "aanbiedt om steun voor u aan te vragen tegen een percentage;",
                    "vraagt om uw DigiD, eHerkenning of bankpas;",
                    "uw bedrijf wil overnemen zonder het te hebben gezien;",
                    "voorstelt om op papier meer omzetverlies op te geven;",
                    "als bestuurder wil toetreden zonder ervaring in uw branche.",
                ],
            },
        ],
        "materials": [
            {
                "title": "Flyer: uw steun, uw verantwoordelijkheid",
                "filename": "flyer-uw-steun-uw-verantwoordelijkheid.pdf",
                "language": "Nederlands",
                "pages": [
                    "Uw steun, uw verantwoordelijkheid. Heeft u als ondernemer recht op een "
                    "steunregeling? Vraag die dan zelf aan en geef uw inloggegevens nooit "
                    "aan een ander. Fraudeurs bieden aan om aanvragen te regelen en houden "
                    "daarna een groot deel van het geld zelf. Soms vragen ze meer aan dan "
                    "waar u recht op heeft. U bent en blijft zelf verantwoordelijk voor de "
                    "aanvraag en moet onterecht ontvangen bedragen terugbetalen, met rente. "
                    "Twijfelt u over een aanbod? Neem contact op met het ondernemersloket "
                    "van uw gemeente of uw brancheorganisatie. Heeft u al iemand toegang "
                    "gegeven? Wijzig direct uw wachtwoorden en meld het bij de gemeente.",
                ],
            },
        ],
        "contact": {
            "name": "Ondernemersloket, RIEC Noord-Holland",
            "email": "ondernemers@riec-nh.example.nl",
            "phone": "088 555 06 60",
        },
        "themes": ["misbruik-coronasteun", "misbruik-van-overheidsgeld"],
        "regions": ["landelijk", "riec-noord-holland"],
        "audiences": ["horeca-ondernemers", "gemeenten", "belastingdienst"],
        "owner": "Ondernemersloket, RIEC Noord-Holland",
        "source_organisation": "RIEC Noord-Holland",
        "published": "2024-02-13",
        "members_only": False,
    },
]

# ---------------------------------------------------------------------------
# Events (dates are relative to the day the demo is seeded)
# ---------------------------------------------------------------------------

EVENTS = [
    # ----------------------------------------------------------------- upcoming
    {
        "title": "Webinar: Bibob in de horecapraktijk",
        "slug": "webinar-bibob-horecapraktijk",
        "format": "webinar",
        "days_from_now": 5,
        "start_time": "10:00",
        "duration_minutes": 90,
        "summary": "Hoe pas je de Wet Bibob toe bij horecavergunningen zonder dat de "
        "doorlooptijd uit de hand loopt? Gemeente Apeldoorn deelt haar werkwijze en "
        "ervaringen.",
        "description": "<p>In dit webinar krijgt u in anderhalf uur een praktisch overzicht van "
        "de toepassing van de Wet Bibob in de horeca. We bespreken de beleidslijn, het "
        "gebruik van een risicomodel en de samenwerking met het RIEC en het Landelijk Bureau "
        "Bibob.</p><p>Het webinar is bedoeld voor vergunningverleners, Bibob-coördinatoren en "
        "juristen van gemeenten. Er is volop ruimte voor vragen via de chat.</p>",
        "platform": "Microsoft Teams",
        "join_link": "https://example.org/webinars/bibob-horecapraktijk",
        "location": "",
        "programme": [
            {
                "start": "10:00",
                "end": "10:10",
                "title": "Welkom en introductie",
                "speakers": "Hanneke Smeets",
                "description": "Opening en korte peiling onder de deelnemers.",
            },
            {
                "start": "10:10",
                "end": "10:40",
                "title": "De Wet Bibob in vogelvlucht",
                "speakers": "Mr. Jeroen Lammers",
                "description": "Juridisch kader, recente jurisprudentie en veelgemaakte fouten.",
            },
            {
                "start": "10:40",
                "end": "11:10",
                "title": "Praktijk: zo doet Apeldoorn het",
                "speakers": "Daan Kuipers",
                "description": "Vragenlijst, risicomodel en communicatie met ondernemers.",
            },
            {
                "start": "11:10",
                "end": "11:30",
                "title": "Vragen en afsluiting",
                "speakers": "Hanneke Smeets, Mr. Jeroen Lammers, Daan Kuipers",
                "description": "Beantwoording van vragen uit de chat.",
            },
        ],
        "speakers": [
            {
                "name": "Hanneke Smeets",
                "role": "Dagvoorzitter, adviseur RIEC Oost-Nederland",
                "bio": "Hanneke werkt al tien jaar aan de bestuurlijke aanpak van "
                "ondermijning en begeleidt gemeenten bij het opzetten van Bibob-beleid.",
            },
            {
                "name": "Mr. Jeroen Lammers",
                "role": "Bestuursrechtadvocaat",
                "bio": "Jeroen adviseert gemeenten over openbare orde en de Wet Bibob en "
                "procedeert regelmatig bij de Raad van State.",
            },
            {
                "name": "Daan Kuipers",
                "role": "Bibob-coördinator, gemeente Apeldoorn",
                "bio": "Daan zette in Apeldoorn de Bibob-toets voor horecavergunningen op en "
                "deelt zijn ervaringen graag met collega's.",
            },
        ],
        "themes": ["wet-bibob"],
        "audiences": ["gemeenten", "horeca-ondernemers"],
        "capacity": 100,
        "members_only": False,
        "full": True,
        "recording_link": "",
        "materials": "",
    },
    {
        "title": "Webinar: vastgoed en witwassen voor makelaars en beheerders",
        "slug": "webinar-vastgoed-witwassen-makelaars",
        "format": "webinar",
        "days_from_now": 10,
        "start_time": "15:00",
        "duration_minutes": 75,
        "summary": "Welke signalen wijzen op misbruik van vastgoed, en wat wordt er van "
        "makelaars en beheerders verwacht? Een praktisch webinar met casuïstiek uit de "
        "regio Amsterdam.",
        "description": "<p>Makelaars, vastgoedbeheerders en medewerkers van "
        "woningcorporaties zien in hun werk regelmatig situaties die niet kloppen. In dit "
        "webinar bespreken we aan de hand van geanonimiseerde casussen welke signalen "
        "belangrijk zijn en hoe u kunt handelen.</p><p>Ook komt de Wwft-meldplicht voor "
        "makelaars aan bod, en de samenwerking met gemeentelijke meldpunten.</p>",
        "platform": "Webex",
        "join_link": "https://example.org/webinars/vastgoed-witwassen-makelaars",
        "location": "",
        "programme": [
            {
                "start": "15:00",
                "end": "15:05",
                "title": "Opening",
                "speakers": "Sophie Wolters",
                "description": "Welkom en doel van het webinar.",
            },
            {
                "start": "15:05",
                "end": "15:35",
                "title": "Signalen in de praktijk",
                "speakers": "Bas Timmermans",
                "description": "Vijf casussen uit de regio Amsterdam, van verhuur tot verkoop.",
            },
            {
                "start": "15:35",
                "end": "16:00",
                "title": "De meldplicht voor makelaars",
                "speakers": "Sophie Wolters",
                "description": "Wat meld je wanneer, en wat gebeurt er daarna met je melding?",
            },
            {
                "start": "16:00",
                "end": "16:15",
                "title": "Vragen",
                "speakers": "Sophie Wolters, Bas Timmermans",
                "description": "Vragen uit de chat.",
            },
        ],
        "speakers": [
            {
                "name": "Sophie Wolters",
                "role": "Programmamanager Vastgoed, RIEC Amsterdam-Amstelland",
                "bio": "Sophie leidt het programma Vastgoed en Ondermijning en werkte eerder "
                "als compliance-officer bij een bank.",
            },
            {
                "name": "Bas Timmermans",
                "role": "Makelaar en bestuurslid van een regionale makelaarsvereniging",
                "bio": "Bas zet zich in voor bewustwording onder collega-makelaars over de "
                "risico's van witwassen via vastgoed.",
            },
        ],
        "themes": ["vastgoed-en-witwassen"],
        "audiences": ["vastgoedsector", "woningcorporaties"],
        "capacity": 150,
        "members_only": False,
        "full": False,
        "recording_link": "",
        "materials": "",
    },
    {
        "title": "Bewustwordingsbijeenkomst voor notarissen",
        "slug": "bewustwordingsbijeenkomst-notarissen",
        "format": "webinar",
        "days_from_now": 14,
        "start_time": "15:30",
        "duration_minutes": 90,
        "summary": "Een besloten online bijeenkomst over de rol van het notariaat bij het "
        "tegengaan van witwassen, met actuele casuïstiek van de FIU en het RIEC.",
        "description": "<p>Notarissen zijn een belangrijke poortwachter bij vastgoed- en "
        "vennootschapsrechtelijke transacties. Tijdens deze online bijeenkomst bespreken we "
        "hoe criminelen het notariaat proberen te gebruiken en welke signalen u kunt "
        "herkennen.</p><p>De bijeenkomst is besloten en alleen toegankelijk voor ingelogde "
        "leden. Casussen worden geanonimiseerd besproken; we vragen deelnemers niets buiten "
        "de bijeenkomst te delen.</p>",
        "platform": "Webex",
        "join_link": "https://example.org/webinars/bewustwording-notarissen",
        "location": "",
        "programme": [
            {
                "start": "15:30",
                "end": "15:40",
                "title": "Opening",
                "speakers": "Mr. Willemijn Brouwer",
                "description": "Welkom namens de Kennisgroep Poortwachters.",
            },
            {
                "start": "15:40",
                "end": "16:10",
                "title": "Wat ziet de FIU in meldingen van notarissen?",
                "speakers": "Erik Jansma",
                "description": "Trends, goede voorbeelden en verbeterpunten in meldingen.",
            },
            {
                "start": "16:10",
                "end": "16:40",
                "title": "Casus: de snelle doorverkoop",
                "speakers": "Mr. Willemijn Brouwer, Erik Jansma",
                "description": "Een geanonimiseerde casus, stap voor stap besproken.",
            },
            {
                "start": "16:40",
                "end": "17:00",
                "title": "Discussie en afsluiting",
                "speakers": "Alle sprekers",
                "description": "Dilemma's uit de praktijk van deelnemers.",
            },
        ],
        "speakers": [
            {
                "name": "Mr. Willemijn Brouwer",
                "role": "Notaris en lid Kennisgroep Poortwachters",
                "bio": "Willemijn is notaris in Midden-Nederland en schreef mee aan de "
                "handreiking over signalen van witwassen voor notariskantoren.",
            },
            {
                "name": "Erik Jansma",
                "role": "Analist, FIU-Nederland",
                "bio": "Erik analyseert meldingen van ongebruikelijke transacties uit de "
                "juridische beroepsgroepen.",
            },
        ],
        "themes": ["vastgoed-en-witwassen", "witwassen"],
        "audiences": ["notarissen"],
        "capacity": 80,
        "members_only": True,
        "full": False,
        "recording_link": "",
        "materials": "",
    },
    {
        "title": "Digitaal drugssymposium",
        "slug": "digitaal-drugssymposium",
        "format": "symposium",
        "days_from_now": 21,
        "start_time": "09:30",
        "duration_minutes": 210,
        "summary": "Een online symposium voor medewerkers van de (semi)overheid die betrokken "
        "zijn bij de aanpak van drugscriminaliteit: van productie in het buitengebied tot "
        "invoer via de havens.",
        "description": "<p>Drugscriminaliteit raakt vrijwel alle overheidsorganisaties: "
        "gemeenten, omgevingsdiensten, waterschappen, woningcorporaties en netbeheerders. "
        "Tijdens dit digitale symposium delen experts de nieuwste inzichten en bespreken we "
        "wat u vanuit uw eigen rol kunt doen.</p><p>Het symposium is bedoeld voor "
        "medewerkers van de (semi)overheid die betrokken zijn bij de aanpak van "
        "ondermijning. Deelname is gratis.</p>",
        "platform": "Microsoft Teams",
        "join_link": "https://example.org/symposia/digitaal-drugssymposium",
        "location": "",
        "programme": [
            {
                "start": "09:30",
                "end": "09:45",
                "title": "Opening",
                "speakers": "Ingrid Mulder",
                "description": "Welkom door de dagvoorzitter.",
            },
            {
                "start": "09:45",
                "end": "10:30",
                "title": "Keynote: de Nederlandse drugsmarkt in cijfers",
                "speakers": "Prof. dr. Arjen Vos",
                "description": "Omvang, verdienmodellen en maatschappelijke schade.",
            },
            {
                "start": "10:30",
                "end": "11:15",
                "title": "Het buitengebied als productielocatie",
                "speakers": "Femke Zijlstra",
                "description": "Bevindingen uit de ondermijningsbeelden van Noord- en "
                "Oost-Nederland.",
            },
            {
                "start": "11:15",
                "end": "11:30",
                "title": "Pauze",
                "speakers": "",
                "description": "",
            },
            {
                "start": "11:30",
                "end": "12:15",
                "title": "Cocaïne via de haven: wat kan de gemeente?",
                "speakers": "Mohamed Azzouzi",
                "description": "Ervaringen uit Rotterdam en de Zeeuwse Kanaalzone.",
            },
            {
                "start": "12:15",
                "end": "12:50",
                "title": "Panel: samenwerking met semipublieke partners",
                "speakers": "Femke Zijlstra, Mohamed Azzouzi, vertegenwoordiger netbeheerder",
                "description": "Over informatiedeling met netbeheerders, waterschappen en "
                "corporaties.",
            },
            {
                "start": "12:50",
                "end": "13:00",
                "title": "Afsluiting",
                "speakers": "Ingrid Mulder",
                "description": "Samenvatting en vooruitblik.",
            },
        ],
        "speakers": [
            {
                "name": "Ingrid Mulder",
                "role": "Dagvoorzitter",
                "bio": "Ingrid is programmamaker en was eerder gemeentesecretaris van een "
                "middelgrote gemeente.",
            },
            {
                "name": "Prof. dr. Arjen Vos",
                "role": "Hoogleraar criminologie",
                "bio": "Arjen doet onderzoek naar drugsmarkten en de economie van "
                "georganiseerde misdaad.",
            },
            {
                "name": "Femke Zijlstra",
                "role": "Senior analist, RIEC Noord-Nederland",
                "bio": "Femke is auteur van het ondermijningsbeeld over het kwetsbare "
                "platteland in Noord-Nederland.",
            },
            {
                "name": "Mohamed Azzouzi",
                "role": "Programmaleider havens, RIEC Rotterdam",
                "bio": "Mohamed coördineert de samenwerking tussen gemeenten, Douane en "
                "bedrijfsleven in de Rotterdamse haven.",
            },
        ],
        "themes": ["drugscriminaliteit", "synthetische-drugs", "cocaine-en-logistiek"],
        "audiences": ["gemeenten", "woningcorporaties", "politie-en-om"],
        "capacity": 300,
        "members_only": False,
        "full": False,
        "recording_link": "",
        "materials": "",
    },
    {
        "title": "Regiobijeenkomst: ondermijning in het buitengebied",
        "slug": "regiobijeenkomst-ondermijning-buitengebied-zwolle",
        "format": "bijeenkomst",
        "days_from_now": 30,
        "start_time": "13:30",
        "duration_minutes": 210,
        "summary": "Een middag voor gemeenten, agrarische organisaties en toezichthouders uit "
        "Oost-Nederland over criminaliteit op het platteland, met werksessies en ruimte om "
        "te netwerken.",
        "description": "<p>Leegstaande schuren, afgelegen erven en weinig toezicht: het "
        "buitengebied is aantrekkelijk voor criminelen. Tijdens deze fysieke bijeenkomst "
        "presenteert het RIEC Oost-Nederland de laatste inzichten en gaan we in werksessies "
        "aan de slag met concrete casussen.</p><p>Het aantal plaatsen is beperkt. Meld u "
        "tijdig aan; bij volle bezetting komt u op de wachtlijst.</p>",
        "platform": "",
        "join_link": "",
        "location": "Provinciehuis Overijssel, Zwolle",
        "programme": [
            {
                "start": "13:30",
                "end": "14:00",
                "title": "Ontvangst met koffie en thee",
                "speakers": "",
                "description": "",
            },
            {
                "start": "14:00",
                "end": "14:45",
                "title": "Het ondermijningsbeeld synthetische drugs",
                "speakers": "Thijs Oosterhuis",
                "description": "Kernbevindingen en wat ze betekenen voor gemeenten.",
            },
            {
                "start": "14:45",
                "end": "15:30",
                "title": "Uit de praktijk: een boer en een burgemeester",
                "speakers": "Gerrit Hofstede, Annemiek Ruiter",
                "description": "Een melkveehouder en een burgemeester over wat er gebeurde "
                "toen er een productielocatie werd gevonden.",
            },
            {
                "start": "15:30",
                "end": "15:45",
                "title": "Pauze",
                "speakers": "",
                "description": "",
            },
            {
                "start": "15:45",
                "end": "16:30",
                "title": "Werksessies",
                "speakers": "Begeleiders van het RIEC",
                "description": "Keuze uit: toezicht op erven, samenwerking met de "
                "netbeheerder, of weerbaarheid van stoppende agrariërs.",
            },
            {
                "start": "16:30",
                "end": "17:00",
                "title": "Afsluiting en netwerken",
                "speakers": "Thijs Oosterhuis",
                "description": "",
            },
        ],
        "speakers": [
            {
                "name": "Thijs Oosterhuis",
                "role": "Teamleider Analyse, RIEC Oost-Nederland",
                "bio": "Thijs leidde het onderzoek voor het ondermijningsbeeld synthetische "
                "drugs in Oost-Nederland.",
            },
            {
                "name": "Gerrit Hofstede",
                "role": "Melkveehouder",
                "bio": "Gerrit werd enkele jaren geleden benaderd om zijn lege stal te "
                "verhuren en vertelt openhartig over zijn ervaringen.",
            },
            {
                "name": "Annemiek Ruiter",
                "role": "Burgemeester van een plattelandsgemeente",
                "bio": "Annemiek maakt zich sterk voor een gezamenlijke aanpak van "
                "ondermijning in het landelijk gebied.",
            },
        ],
        "themes": [
            "ondermijning-in-het-buitengebied",
            "vastgoed-in-het-buitengebied",
            "synthetische-drugs",
        ],
        "audiences": ["gemeenten", "agrariers"],
        "capacity": 60,
        "members_only": False,
        "full": True,
        "recording_link": "",
        "materials": "",
    },
    {
        "title": "Spotlight op ondermijning",
        "slug": "spotlight-op-ondermijning",
        "format": "conferentie",
        "days_from_now": 45,
        "start_time": "09:00",
        "duration_minutes": 420,
        "summary": "De jaarlijkse online conferentie voor alle professionals in de aanpak van "
        "ondermijning. Met keynotes, workshops en een panel over de toekomst van de "
        "integrale aanpak.",
        "description": "<p>Spotlight op ondermijning is de grootste online conferentie van het "
        "RIEC-LIEC-bestel. Dit jaar staat de conferentie in het teken van <strong>samen "
        "sterker</strong>: hoe versterken publieke en private partners elkaar in de aanpak "
        "van criminele netwerken?</p><p>U kiest zelf uit twee workshoprondes met ieder zes "
        "workshops, onder meer over Landelijke Fenomeentafels, vakantieparken, "
        "arbeidsuitbuiting en witwassen via vastgoed. Deelname is gratis voor medewerkers "
        "van convenantpartners.</p>",
        "platform": "Zoom",
        "join_link": "https://example.org/conferenties/spotlight-op-ondermijning",
        "location": "",
        "programme": [
            {
                "start": "09:00",
                "end": "09:15",
                "title": "Opening door de dagvoorzitter",
                "speakers": "Ingrid Mulder",
                "description": "Welkom en toelichting op het programma.",
            },
            {
                "start": "09:15",
                "end": "10:00",
                "title": "Keynote: ondermijning in een veranderende wereld",
                "speakers": "Dr. Lisa van den Heuvel",
                "description": "Over digitalisering, internationalisering en de gevolgen "
                "voor de aanpak.",
            },
            {
                "start": "10:00",
                "end": "10:45",
                "title": "Plenair: twee jaar Landelijke Fenomeentafels",
                "speakers": "Pieter Dekkers",
                "description": "Resultaten en lessen van de fenomeenaanpak.",
            },
            {
                "start": "10:45",
                "end": "11:00",
                "title": "Pauze",
                "speakers": "",
                "description": "",
            },
            {
                "start": "11:00",
                "end": "12:15",
                "title": "Workshopronde 1",
                "speakers": "Diverse sprekers",
                "description": "Zes parallelle workshops, onder andere over vakantieparken "
                "en de Wet Bibob.",
            },
            {
                "start": "12:15",
                "end": "13:00",
                "title": "Lunchpauze",
                "speakers": "",
                "description": "",
            },
            {
                "start": "13:00",
                "end": "14:15",
                "title": "Workshopronde 2",
                "speakers": "Diverse sprekers",
                "description": "Zes parallelle workshops, onder andere over arbeidsuitbuiting "
                "en vastgoed.",
            },
            {
                "start": "14:15",
                "end": "15:15",
                "title": "Panel: publiek-private samenwerking",
                "speakers": "Dr. Lisa van den Heuvel, Pieter Dekkers, Sophie Wolters",
                "description": "Wat kunnen banken, makelaars en werkgevers betekenen?",
            },
            {
                "start": "15:15",
                "end": "16:00",
                "title": "Afsluiting en vooruitblik",
                "speakers": "Ingrid Mulder",
                "description": "",
            },
        ],
        "speakers": [
            {
                "name": "Ingrid Mulder",
                "role": "Dagvoorzitter",
                "bio": "Ingrid is programmamaker en was eerder gemeentesecretaris van een "
                "middelgrote gemeente.",
            },
            {
                "name": "Dr. Lisa van den Heuvel",
                "role": "Onderzoeker georganiseerde criminaliteit",
                "bio": "Lisa onderzoekt hoe criminele netwerken digitale middelen en "
                "internationale handelsstromen benutten.",
            },
            {
                "name": "Pieter Dekkers",
                "role": "Programmamanager Landelijke Fenomeentafels, LIEC",
                "bio": "Pieter is verantwoordelijk voor de opzet en doorontwikkeling van de "
                "Landelijke Fenomeentafels.",
            },
            {
                "name": "Sophie Wolters",
                "role": "Programmamanager Vastgoed, RIEC Amsterdam-Amstelland",
                "bio": "Sophie leidt het programma Vastgoed en Ondermijning in de regio "
                "Amsterdam-Amstelland.",
            },
        ],
        "themes": [
            "weerbaarheid-en-bestuurlijke-aanpak",
            "criminele-motorbendes",
            "vakantieparken",
            "vastgoed-en-witwassen",
        ],
        "audiences": ["gemeenten", "politie-en-om", "belastingdienst", "financiele-instellingen"],
        "capacity": 500,
        "members_only": False,
        "full": False,
        "recording_link": "",
        "materials": "",
    },
    {
        "title": "Lunchwebinar: arbeidsuitbuiting herkennen",
        "slug": "lunchwebinar-arbeidsuitbuiting-herkennen",
        "format": "webinar",
        "days_from_now": 60,
        "start_time": "12:00",
        "duration_minutes": 60,
        "summary": "In een uur leert u de belangrijkste signalen van arbeidsuitbuiting "
        "herkennen en hoort u wat u met een signaal kunt doen.",
        "description": "<p>Arbeidsuitbuiting speelt zich vaak achter de voordeur af. "
        "Medewerkers van gemeenten, corporaties en zorgorganisaties komen op plekken waar "
        "anderen niet komen. In dit lunchwebinar bespreken we signalen en het meldproces, "
        "met voorbeelden uit de huisbezoeken in het Westland.</p>",
        "platform": "Microsoft Teams",
        "join_link": "https://example.org/webinars/arbeidsuitbuiting-herkennen",
        "location": "",
        "programme": [
            {
                "start": "12:00",
                "end": "12:05",
                "title": "Welkom",
                "speakers": "Ewa Nowak-de Graaf",
                "description": "",
            },
            {
                "start": "12:05",
                "end": "12:30",
                "title": "Signalen van arbeidsuitbuiting",
                "speakers": "Ewa Nowak-de Graaf",
                "description": "Van loonstrook tot woonsituatie: waar let u op?",
            },
            {
                "start": "12:30",
                "end": "12:50",
                "title": "Wat doet de Arbeidsinspectie met uw signaal?",
                "speakers": "Rick Peeters",
                "description": "Het meldproces en de samenwerking met gemeenten.",
            },
            {
                "start": "12:50",
                "end": "13:00",
                "title": "Vragen",
                "speakers": "Ewa Nowak-de Graaf, Rick Peeters",
                "description": "",
            },
        ],
        "speakers": [
            {
                "name": "Ewa Nowak-de Graaf",
                "role": "Teamleider Arbeidsmigratie, gemeente Westland",
                "bio": "Ewa zette de multidisciplinaire huisbezoeken in het Westland op en "
                "spreekt vloeiend Pools.",
            },
            {
                "name": "Rick Peeters",
                "role": "Inspecteur, Nederlandse Arbeidsinspectie",
                "bio": "Rick onderzoekt signalen van arbeidsuitbuiting in de land- en "
                "tuinbouw en de logistiek.",
            },
        ],
        "themes": ["arbeidsuitbuiting"],
        "audiences": ["gemeenten", "woningcorporaties", "arbeidsmigranten"],
        "capacity": 250,
        "members_only": False,
        "full": False,
        "recording_link": "",
        "materials": "",
    },
    {
        "title": "Kennisdag Landelijke Fenomeentafels",
        "slug": "kennisdag-landelijke-fenomeentafels",
        "format": "bijeenkomst",
        "days_from_now": 90,
        "start_time": "10:00",
        "duration_minutes": 360,
        "summary": "Een besloten kennisdag voor deelnemers aan en betrokkenen bij de "
        "Landelijke Fenomeentafels, over werkwijze, resultaten en de verbinding met de "
        "regio's.",
        "description": "<p>De Landelijke Fenomeentafels zijn ingericht naar het voorbeeld van "
        "de aanpak van criminele motorbendes. Tijdens deze kennisdag wisselen tafelleden, "
        "RIEC-medewerkers en gemeenten ervaringen uit. Hoe vertaal je landelijke inzichten "
        "naar lokale interventies, en andersom?</p><p>Deze bijeenkomst is besloten en alleen "
        "toegankelijk voor ingelogde leden.</p>",
        "platform": "",
        "join_link": "",
        "location": "Vergadercentrum Domstad, Utrecht",
        "programme": [
            {
                "start": "10:00",
                "end": "10:30",
                "title": "Ontvangst",
                "speakers": "",
                "description": "",
            },
            {
                "start": "10:30",
                "end": "11:15",
                "title": "Van motorbendes naar fenomenen",
                "speakers": "Pieter Dekkers",
                "description": "Wat namen we over uit de motorbendes-aanpak, en wat niet?",
            },
            {
                "start": "11:15",
                "end": "12:30",
                "title": "Deelsessies per fenomeen",
                "speakers": "Voorzitters van de fenomeentafels",
                "description": "Synthetische drugs, logistieke knooppunten en arbeidsuitbuiting.",
            },
            {
                "start": "12:30",
                "end": "13:30",
                "title": "Lunch",
                "speakers": "",
                "description": "",
            },
            {
                "start": "13:30",
                "end": "15:00",
                "title": "Casuswerkplaats",
                "speakers": "Analisten LIEC",
                "description": "Van landelijk beeld naar lokaal interventieplan.",
            },
            {
                "start": "15:00",
                "end": "16:00",
                "title": "Plenaire afsluiting",
                "speakers": "Pieter Dekkers",
                "description": "Opbrengsten en afspraken.",
            },
        ],
        "speakers": [
            {
                "name": "Pieter Dekkers",
                "role": "Programmamanager Landelijke Fenomeentafels, LIEC",
                "bio": "Pieter is verantwoordelijk voor de opzet en doorontwikkeling van de "
                "Landelijke Fenomeentafels.",
            },
        ],
        "themes": ["criminele-motorbendes", "synthetische-drugs", "arbeidsuitbuiting"],
        "audiences": ["gemeenten", "politie-en-om", "belastingdienst"],
        "capacity": 120,
        "members_only": True,
        "full": False,
        "recording_link": "",
        "materials": "",
    },
    {
        "title": "Webinar: lessen uit misbruik van steunregelingen",
        "slug": "webinar-lessen-misbruik-steunregelingen",
        "format": "webinar",
        "days_from_now": 115,
        "start_time": "14:00",
        "duration_minutes": 75,
        "summary": "De onderzoekers achter het rapport over misbruik van steunregelingen "
        "presenteren hun tien ontwerpprincipes voor toekomstige crisisregelingen.",
        "description": "<p>Wat leren we van het misbruik van coronasteun? In dit webinar "
        "presenteren de onderzoekers hun bevindingen en gaan zij in gesprek met uitvoerders "
        "van gemeenten en de Belastingdienst.</p>",
        "platform": "Microsoft Teams",
        "join_link": "https://example.org/webinars/lessen-steunregelingen",
        "location": "",
        "programme": [
            {
                "start": "14:00",
                "end": "14:30",
                "title": "Presentatie van het onderzoek",
                "speakers": "Marloes Visser",
                "description": "Drie typen misbruik en tien ontwerpprincipes.",
            },
            {
                "start": "14:30",
                "end": "15:00",
                "title": "Reflectie vanuit de uitvoering",
                "speakers": "Kees Bakker",
                "description": "Ervaringen met controle achteraf en terugvordering.",
            },
            {
                "start": "15:00",
                "end": "15:15",
                "title": "Vragen en afsluiting",
                "speakers": "Marloes Visser, Kees Bakker",
                "description": "",
            },
        ],
        "speakers": [
            {
                "name": "Marloes Visser",
                "role": "Projectleider, Onderzoeksbureau Publieke Zaak",
                "bio": "Marloes leidde het onderzoek naar misbruik van steunregelingen.",
            },
            {
                "name": "Kees Bakker",
                "role": "Teamleider handhaving Werk en Inkomen",
                "bio": "Kees coördineerde bij een grote gemeente de controle achteraf op "
                "verstrekte coronasteun.",
            },
        ],
        "themes": ["misbruik-coronasteun", "misbruik-van-overheidsgeld"],
        "audiences": ["gemeenten", "belastingdienst"],
        "capacity": None,
        "members_only": False,
        "full": False,
        "recording_link": "",
        "materials": "",
    },
    # ----------------------------------------------------------------- past
    {
        "title": "Spotlight op ondermijning 2025",
        "slug": "spotlight-op-ondermijning-2025",
        "format": "conferentie",
        "days_from_now": -320,
        "start_time": "09:00",
        "duration_minutes": 420,
        "summary": "De online conferentie Spotlight op ondermijning 2025 stond in het teken "
        "van weerbaarheid. Ruim 450 professionals namen deel.",
        "description": "<p>Tijdens Spotlight op ondermijning 2025 stond de vraag centraal hoe "
        "we de samenleving weerbaarder maken tegen criminele invloeden. Sprekers uit "
        "gemeenten, politie, wetenschap en bedrijfsleven deelden hun inzichten in plenaire "
        "sessies en twaalf workshops.</p>",
        "platform": "Zoom",
        "join_link": "https://example.org/conferenties/spotlight-op-ondermijning-2025",
        "location": "",
        "programme": [
            {
                "start": "09:00",
                "end": "09:15",
                "title": "Opening",
                "speakers": "Ingrid Mulder",
                "description": "",
            },
            {
                "start": "09:15",
                "end": "10:00",
                "title": "Keynote: facilitators als zwakke schakel",
                "speakers": "Prof. dr. Arjen Vos",
                "description": "Waarom de legale dienstverleners rond criminele netwerken "
                "het aangrijpingspunt zijn.",
            },
            {
                "start": "10:00",
                "end": "12:15",
                "title": "Workshopronde 1",
                "speakers": "Diverse sprekers",
                "description": "Onder meer vakantieparken, notarissen en data-analyse.",
            },
            {
                "start": "12:15",
                "end": "13:00",
                "title": "Lunchpauze",
                "speakers": "",
                "description": "",
            },
            {
                "start": "13:00",
                "end": "15:00",
                "title": "Workshopronde 2",
                "speakers": "Diverse sprekers",
                "description": "Onder meer Landelijke Fenomeentafels en uithalers in de haven.",
            },
            {
                "start": "15:00",
                "end": "16:00",
                "title": "Slotpanel",
                "speakers": "Prof. dr. Arjen Vos, Annemiek Ruiter",
                "description": "Wat nemen we mee naar volgend jaar?",
            },
        ],
        "speakers": [
            {
                "name": "Ingrid Mulder",
                "role": "Dagvoorzitter",
                "bio": "Ingrid is programmamaker en was eerder gemeentesecretaris van een "
                "middelgrote gemeente.",
            },
            {
                "name": "Prof. dr. Arjen Vos",
                "role": "Hoogleraar criminologie",
                "bio": "Arjen doet onderzoek naar drugsmarkten en de economie van "
                "georganiseerde misdaad.",
            },
            {
                "name": "Annemiek Ruiter",
                "role": "Burgemeester van een plattelandsgemeente",
                "bio": "Annemiek maakt zich sterk voor een gezamenlijke aanpak van "
                "ondermijning in het landelijk gebied.",
            },
        ],
        "themes": ["weerbaarheid-en-bestuurlijke-aanpak", "vakantieparken"],
        "audiences": ["gemeenten", "politie-en-om", "notarissen"],
        "capacity": 500,
        "members_only": False,
        "full": False,
        "recording_link": "https://example.org/opnames/spotlight-op-ondermijning-2025",
        "materials": "<p>De presentaties van de plenaire sessies zijn beschikbaar voor "
        "deelnemers:</p><ul><li>Keynote: facilitators als zwakke schakel (slides)</li>"
        "<li>Samenvatting van de twaalf workshops</li><li>Resultaten van de "
        "deelnemersevaluatie</li></ul>",
    },
    {
        "title": "Digitaal drugssymposium 2025",
        "slug": "digitaal-drugssymposium-2025",
        "format": "symposium",
        "days_from_now": -230,
        "start_time": "09:30",
        "duration_minutes": 210,
        "summary": "De vorige editie van het digitale drugssymposium voor medewerkers van de "
        "(semi)overheid, met aandacht voor drugsafval en de rol van netbeheerders.",
        "description": "<p>Ruim 280 medewerkers van gemeenten, omgevingsdiensten, "
        "waterschappen en corporaties volgden het symposium. Centrale thema's waren de "
        "milieuschade door drugsafval en de samenwerking met netbeheerders bij het opsporen "
        "van productielocaties.</p>",
        "platform": "Microsoft Teams",
        "join_link": "https://example.org/symposia/digitaal-drugssymposium-2025",
        "location": "",
        "programme": [
            {
                "start": "09:30",
                "end": "09:45",
                "title": "Opening",
                "speakers": "Ingrid Mulder",
                "description": "",
            },
            {
                "start": "09:45",
                "end": "10:45",
                "title": "Drugsafval: schade en aanpak",
                "speakers": "Noor Hendriks",
                "description": "Over vindplaatsen, opruimkosten en preventie.",
            },
            {
                "start": "10:45",
                "end": "11:00",
                "title": "Pauze",
                "speakers": "",
                "description": "",
            },
            {
                "start": "11:00",
                "end": "12:00",
                "title": "Stroomverbruik als signaal",
                "speakers": "Wouter Jacobs",
                "description": "Wat kan een netbeheerder wel en niet delen?",
            },
            {
                "start": "12:00",
                "end": "13:00",
                "title": "Paneldiscussie en afsluiting",
                "speakers": "Noor Hendriks, Wouter Jacobs, Ingrid Mulder",
                "description": "",
            },
        ],
        "speakers": [
            {
                "name": "Noor Hendriks",
                "role": "Adviseur milieucriminaliteit, omgevingsdienst",
                "bio": "Noor coördineert de aanpak van drugsafval voor een omgevingsdienst "
                "in Brabant.",
            },
            {
                "name": "Wouter Jacobs",
                "role": "Security-adviseur bij een netbeheerder",
                "bio": "Wouter werkt aan het herkennen van illegale aftap en afwijkend "
                "stroomverbruik.",
            },
        ],
        "themes": ["drugsafvaldumping", "synthetische-drugs"],
        "audiences": ["gemeenten", "agrariers"],
        "capacity": 300,
        "members_only": False,
        "full": False,
        "recording_link": "https://example.org/opnames/digitaal-drugssymposium-2025",
        "materials": "<p>Beschikbaar na afloop:</p><ul><li>Presentatie drugsafval: schade "
        "en aanpak</li><li>Factsheet samenwerking met netbeheerders</li></ul>",
    },
    {
        "title": "Webinar: ondergronds bankieren ontrafeld",
        "slug": "webinar-ondergronds-bankieren",
        "format": "webinar",
        "days_from_now": -75,
        "start_time": "10:00",
        "duration_minutes": 90,
        "summary": "Hoe werkt ondergronds bankieren, en welke signalen kunnen gemeenten en "
        "banken opvangen? Een webinar naar aanleiding van het ondermijningsbeeld Haaglanden.",
        "description": "<p>In dit webinar lichtten analisten van het RIEC Den Haag het "
        "ondermijningsbeeld over ondergronds bankieren toe. Een compliance-specialist van "
        "een bank vertelde hoe financiële instellingen signalen herkennen.</p>",
        "platform": "Zoom",
        "join_link": "https://example.org/webinars/ondergronds-bankieren",
        "location": "",
        "programme": [
            {
                "start": "10:00",
                "end": "10:40",
                "title": "Het ondermijningsbeeld Haaglanden",
                "speakers": "Karim Benali, Lotte Vermeulen",
                "description": "Werkwijze van informele bankiers en signalen.",
            },
            {
                "start": "10:40",
                "end": "11:10",
                "title": "Het perspectief van de bank",
                "speakers": "Stefan de Ruijter",
                "description": "Transactiemonitoring en meldingen.",
            },
            {
                "start": "11:10",
                "end": "11:30",
                "title": "Vragen",
                "speakers": "Alle sprekers",
                "description": "",
            },
        ],
        "speakers": [
            {
                "name": "Karim Benali",
                "role": "Financieel analist, RIEC Den Haag",
                "bio": "Karim is gespecialiseerd in geldstromen en informele betaalsystemen.",
            },
            {
                "name": "Lotte Vermeulen",
                "role": "Analist, RIEC Den Haag",
                "bio": "Lotte is medeauteur van het ondermijningsbeeld Haaglanden.",
            },
            {
                "name": "Stefan de Ruijter",
                "role": "Compliance-specialist bij een bank",
                "bio": "Stefan werkt aan transactiemonitoring en de samenwerking met "
                "opsporingsdiensten.",
            },
        ],
        "themes": ["ondergronds-bankieren", "witwassen"],
        "audiences": ["financiele-instellingen", "gemeenten", "belastingdienst"],
        "capacity": 200,
        "members_only": True,
        "full": False,
        "recording_link": "https://example.org/opnames/ondergronds-bankieren",
        "materials": "<p>De slides van de presentaties zijn beschikbaar voor leden. Lees ook "
        "het <strong>ondermijningsbeeld Haaglanden</strong> op dit platform.</p>",
    },
    {
        "title": "Bijeenkomst weerbare ambtenaren",
        "slug": "bijeenkomst-weerbare-ambtenaren-amersfoort",
        "format": "bijeenkomst",
        "days_from_now": -30,
        "start_time": "13:00",
        "duration_minutes": 240,
        "summary": "Een middag over de weerbaarheid van medewerkers en bestuurders: van "
        "benadering aan de balie tot intimidatie van burgemeesters.",
        "description": "<p>Criminelen proberen overheidsmedewerkers te beïnvloeden, te "
        "intimideren of om te kopen. Tijdens deze bijeenkomst deelden gemeenten hun "
        "ervaringen met trainingen, meldpunten en beveiliging van bestuurders.</p>",
        "platform": "",
        "join_link": "",
        "location": "Stadhuis Amersfoort",
        "programme": [
            {
                "start": "13:00",
                "end": "13:30",
                "title": "Ontvangst",
                "speakers": "",
                "description": "",
            },
            {
                "start": "13:30",
                "end": "14:15",
                "title": "Weerbaarheidstraining in Almere",
                "speakers": "Nadia El Amrani",
                "description": "Opzet, resultaten en lessen van de training voor baliemedewerkers.",
            },
            {
                "start": "14:15",
                "end": "15:00",
                "title": "Intimidatie van bestuurders",
                "speakers": "Annemiek Ruiter",
                "description": "Een burgemeester over haar ervaringen.",
            },
            {
                "start": "15:00",
                "end": "15:15",
                "title": "Pauze",
                "speakers": "",
                "description": "",
            },
            {
                "start": "15:15",
                "end": "16:30",
                "title": "Rondetafelgesprekken",
                "speakers": "Diverse gespreksleiders",
                "description": "Meldcultuur, informatiebeveiliging en beveiliging van bestuurders.",
            },
            {
                "start": "16:30",
                "end": "17:00",
                "title": "Afsluiting",
                "speakers": "",
                "description": "",
            },
        ],
        "speakers": [
            {
                "name": "Nadia El Amrani",
                "role": "Coördinator Weerbare Organisatie, gemeente Almere",
                "bio": "Nadia ontwikkelde de weerbaarheidstraining voor baliemedewerkers.",
            },
            {
                "name": "Annemiek Ruiter",
                "role": "Burgemeester van een plattelandsgemeente",
                "bio": "Annemiek maakt zich sterk voor een gezamenlijke aanpak van "
                "ondermijning in het landelijk gebied.",
            },
        ],
        "themes": ["weerbare-overheid"],
        "audiences": ["gemeenten"],
        "capacity": 80,
        "members_only": False,
        "full": False,
        "recording_link": "",
        "materials": "<p>Er is geen opname gemaakt. De presentatie over de "
        "weerbaarheidstraining is opvraagbaar bij de organisatie.</p>",
    },
    {
        "title": "Webinar: vakantieparken in beeld",
        "slug": "webinar-vakantieparken-in-beeld",
        "format": "webinar",
        "days_from_now": -12,
        "start_time": "11:00",
        "duration_minutes": 60,
        "summary": "Het programmateam Vitale Parken Veluwe presenteerde de resultaten van de "
        "integrale aanpak van vakantieparken.",
        "description": "<p>Vijf Veluwse gemeenten werkten samen aan de aanpak van "
        "verloederde vakantieparken. In dit webinar werden de resultaten gedeeld, en de "
        "lessen voor andere regio's met veel recreatieparken.</p>",
        "platform": "Microsoft Teams",
        "join_link": "https://example.org/webinars/vakantieparken-in-beeld",
        "location": "",
        "programme": [
            {
                "start": "11:00",
                "end": "11:35",
                "title": "De integrale parkenaanpak",
                "speakers": "Jolien Sanders",
                "description": "Risicoprofielen, controles en toekomstperspectief.",
            },
            {
                "start": "11:35",
                "end": "12:00",
                "title": "Vragen en discussie",
                "speakers": "Jolien Sanders",
                "description": "",
            },
        ],
        "speakers": [
            {
                "name": "Jolien Sanders",
                "role": "Programmamanager Vitale Parken Veluwe",
                "bio": "Jolien coördineert de samenwerking van vijf gemeenten rond vakantieparken.",
            },
        ],
        "themes": ["vakantieparken", "arbeidsuitbuiting"],
        "audiences": ["gemeenten", "arbeidsmigranten"],
        "capacity": 150,
        "members_only": False,
        "full": False,
        "recording_link": "https://example.org/opnames/vakantieparken-in-beeld",
        "materials": "<p>Download de presentatie en lees het praktijkvoorbeeld "
        "<em>Integrale aanpak vakantieparken op de Veluwe</em> op dit platform.</p>",
    },
]
