"""Fictional demo content for the ``load_demo`` management command.

Written for this project: every shop, person, book, product and text below is invented. Only
facts about the city itself (street names of Mons and its villages, squares, landmarks, the
Doudou) are real. House numbers, phone numbers ("+32 65 00 0X XX") and addresses on the
reserved ``.example`` domain are fictional too.

Every translatable text is a dict with the keys "fr", "nl", "de" and "en"; French is the source
language. Prices are strings in euros with two decimals. Opening hours are tuples of
``(weekday, opens, closes)`` with 0 for Monday and 6 for Sunday.
"""

# Shop categories; schema_type is the schema.org LocalBusiness subtype.
CATEGORIES = [
    {
        "slug": "fleuriste",
        "schema_type": "Florist",
        "name": {"fr": "Fleuriste", "nl": "Bloemist", "de": "Blumenladen", "en": "Florist"},
    },
    {
        "slug": "boulangerie",
        "schema_type": "Bakery",
        "name": {
            "fr": "Boulangerie-pâtisserie",
            "nl": "Bakkerij en banketbakkerij",
            "de": "Bäckerei und Konditorei",
            "en": "Bakery and patisserie",
        },
    },
    {
        "slug": "librairie",
        "schema_type": "BookStore",
        "name": {"fr": "Librairie", "nl": "Boekhandel", "de": "Buchhandlung", "en": "Bookshop"},
    },
    {
        "slug": "vetements",
        "schema_type": "ClothingStore",
        "name": {
            "fr": "Mode et vêtements",
            "nl": "Mode en kledij",
            "de": "Mode und Bekleidung",
            "en": "Fashion and clothing",
        },
    },
    {
        "slug": "chaussures",
        "schema_type": "ShoeStore",
        "name": {
            "fr": "Chaussures et cordonnerie",
            "nl": "Schoenen en schoenmakerij",
            "de": "Schuhe und Schuhmacherei",
            "en": "Shoes and shoe repairs",
        },
    },
    {
        "slug": "coiffeur",
        "schema_type": "HairSalon",
        "name": {"fr": "Coiffeur", "nl": "Kapper", "de": "Friseur", "en": "Hairdresser"},
    },
    {
        "slug": "institut-de-beaute",
        "schema_type": "BeautySalon",
        "name": {
            "fr": "Institut de beauté",
            "nl": "Schoonheidsinstituut",
            "de": "Kosmetikstudio",
            "en": "Beauty salon",
        },
    },
    {
        "slug": "restaurant",
        "schema_type": "Restaurant",
        "name": {
            "fr": "Restaurant et traiteur",
            "nl": "Restaurant en traiteur",
            "de": "Restaurant und Partyservice",
            "en": "Restaurant and caterer",
        },
    },
    {
        "slug": "cafe",
        "schema_type": "CafeOrCoffeeShop",
        "name": {
            "fr": "Café et salon de thé",
            "nl": "Koffiehuis en tearoom",
            "de": "Café und Teestube",
            "en": "Café and tea room",
        },
    },
    {
        "slug": "velos",
        "schema_type": "BikeStore",
        "name": {
            "fr": "Vélos et réparations",
            "nl": "Fietsen en herstellingen",
            "de": "Fahrräder und Werkstatt",
            "en": "Bikes and repairs",
        },
    },
    {
        "slug": "opticien",
        "schema_type": "Optician",
        "name": {"fr": "Opticien", "nl": "Optiek", "de": "Optiker", "en": "Optician"},
    },
    {
        "slug": "boucherie",
        "schema_type": "ButcherShop",
        "name": {"fr": "Boucherie", "nl": "Beenhouwerij", "de": "Metzgerei", "en": "Butcher's"},
    },
    {
        "slug": "epicerie",
        "schema_type": "GroceryStore",
        "name": {
            "fr": "Épicerie",
            "nl": "Kruidenierszaak",
            "de": "Lebensmittelgeschäft",
            "en": "Grocer's",
        },
    },
    {
        "slug": "chocolaterie",
        "schema_type": "Store",
        "name": {
            "fr": "Chocolaterie",
            "nl": "Chocolatier",
            "de": "Schokoladengeschäft",
            "en": "Chocolatier",
        },
    },
    {
        "slug": "reparation-informatique",
        "schema_type": "ElectronicsStore",
        "name": {
            "fr": "Réparation informatique et téléphonie",
            "nl": "Computer- en gsm-herstelling",
            "de": "Computer- und Handyreparatur",
            "en": "Computer and phone repair",
        },
    },
    {
        "slug": "cave-bieres-vins",
        "schema_type": "LiquorStore",
        "name": {
            "fr": "Cave à bières et vins",
            "nl": "Bier- en wijnhandel",
            "de": "Bier- und Weinhandlung",
            "en": "Beer and wine merchant",
        },
    },
]


# The districts of Mons. Villages keep their name in every language.
DISTRICTS = [
    {
        "slug": "mons-centre",
        "postcode": "7000",
        "name": {
            "fr": "Mons-centre",
            "nl": "Bergen-centrum",
            "de": "Mons-Zentrum",
            "en": "Mons town centre",
        },
    },
    {
        "slug": "ghlin",
        "postcode": "7011",
        "name": {"fr": "Ghlin", "nl": "Ghlin", "de": "Ghlin", "en": "Ghlin"},
    },
    {
        "slug": "jemappes",
        "postcode": "7012",
        "name": {"fr": "Jemappes", "nl": "Jemappes", "de": "Jemappes", "en": "Jemappes"},
    },
    {
        "slug": "flenu",
        "postcode": "7012",
        "name": {"fr": "Flénu", "nl": "Flénu", "de": "Flénu", "en": "Flénu"},
    },
    {
        "slug": "nimy",
        "postcode": "7020",
        "name": {"fr": "Nimy", "nl": "Nimy", "de": "Nimy", "en": "Nimy"},
    },
    {
        "slug": "maisieres",
        "postcode": "7020",
        "name": {"fr": "Maisières", "nl": "Maisières", "de": "Maisières", "en": "Maisières"},
    },
    {
        "slug": "havre",
        "postcode": "7021",
        "name": {"fr": "Havré", "nl": "Havré", "de": "Havré", "en": "Havré"},
    },
    {
        "slug": "hyon",
        "postcode": "7022",
        "name": {"fr": "Hyon", "nl": "Hyon", "de": "Hyon", "en": "Hyon"},
    },
    {
        "slug": "mesvin",
        "postcode": "7022",
        "name": {"fr": "Mesvin", "nl": "Mesvin", "de": "Mesvin", "en": "Mesvin"},
    },
    {
        "slug": "harmignies",
        "postcode": "7022",
        "name": {"fr": "Harmignies", "nl": "Harmignies", "de": "Harmignies", "en": "Harmignies"},
    },
    {
        "slug": "harveng",
        "postcode": "7022",
        "name": {"fr": "Harveng", "nl": "Harveng", "de": "Harveng", "en": "Harveng"},
    },
    {
        "slug": "ciply",
        "postcode": "7024",
        "name": {"fr": "Ciply", "nl": "Ciply", "de": "Ciply", "en": "Ciply"},
    },
    {
        "slug": "saint-symphorien",
        "postcode": "7030",
        "name": {
            "fr": "Saint-Symphorien",
            "nl": "Saint-Symphorien",
            "de": "Saint-Symphorien",
            "en": "Saint-Symphorien",
        },
    },
    {
        "slug": "villers-saint-ghislain",
        "postcode": "7031",
        "name": {
            "fr": "Villers-Saint-Ghislain",
            "nl": "Villers-Saint-Ghislain",
            "de": "Villers-Saint-Ghislain",
            "en": "Villers-Saint-Ghislain",
        },
    },
    {
        "slug": "spiennes",
        "postcode": "7032",
        "name": {"fr": "Spiennes", "nl": "Spiennes", "de": "Spiennes", "en": "Spiennes"},
    },
    {
        "slug": "cuesmes",
        "postcode": "7033",
        "name": {"fr": "Cuesmes", "nl": "Cuesmes", "de": "Cuesmes", "en": "Cuesmes"},
    },
    {
        "slug": "obourg",
        "postcode": "7034",
        "name": {"fr": "Obourg", "nl": "Obourg", "de": "Obourg", "en": "Obourg"},
    },
    {
        "slug": "saint-denis",
        "postcode": "7034",
        "name": {
            "fr": "Saint-Denis",
            "nl": "Saint-Denis",
            "de": "Saint-Denis",
            "en": "Saint-Denis",
        },
    },
]


# The demo shops. Names are the same in every language; category and district
# refer to the slugs above. Catalogue sections hold products with EUR prices.
SHOPS = [
    {
        "slug": "fleurs-du-beffroi",
        "name": "Fleurs du Beffroi",
        "category": "fleuriste",
        "district": "mons-centre",
        "street": "Rue de la Chaussée 41",
        "postcode": "7000",
        "latitude": "50.45395",
        "longitude": "3.94985",
        "phone": "+32 65 00 01 23",
        "email": "bonjour@fleurs-du-beffroi.example",
        "website": "https://fleurs-du-beffroi.example/",
        "online_shop_url": "https://fleurs-du-beffroi.example/boutique/",
        "facebook_url": "",
        "instagram_url": "https://www.instagram.com/fleursdubeffroi/",
        "services": ["delivery", "click_and_collect"],
        "languages": ["fr", "nl", "en"],
        "wheelchair_access": "full",
        "step_free_entrance": True,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": True,
        "joined": "2025-04-14",
        "short_description": {
            "fr": (
                "Bouquets de saison composés à deux pas de la Grand-Place, livrés dans tout Mons "
                "ou à retirer en boutique."
            ),
            "nl": (
                "Seizoensboeketten, gemaakt op een steenworp van de Grote Markt, geleverd in heel "
                "Bergen of af te halen in de winkel."
            ),
            "de": (
                "Saisonale Sträuße, gebunden wenige Schritte vom Grand-Place, geliefert in ganz "
                "Mons oder im Laden abzuholen."
            ),
            "en": (
                "Seasonal bouquets made a stone's throw from the Grand-Place, delivered across "
                "Mons or ready to collect in the shop."
            ),
        },
        "description": {
            "fr": (
                "Camille a repris la boutique de sa tante en 2019 et travaille autant que possible "
                "avec des horticulteurs du Hainaut. Depuis qu'elle prend les commandes en ligne, "
                "les bouquets d'anniversaire et de deuil ne dépendent plus d'un appel passé "
                "pendant les heures d'ouverture. Les livraisons du samedi matin, faites à vélo "
                "cargo dans le centre, représentent désormais un quart de son activité."
            ),
            "nl": (
                "Camille nam in 2019 de winkel van haar tante over en werkt zoveel mogelijk met "
                "kwekers uit Henegouwen. Sinds ze bestellingen online aanneemt, hangen "
                "verjaardags- en rouwboeketten niet meer af van een telefoontje tijdens de "
                "openingsuren. De leveringen op zaterdagochtend, per bakfiets in het centrum, zijn "
                "nu goed voor een kwart van haar omzet."
            ),
            "de": (
                "Camille hat 2019 den Laden ihrer Tante übernommen und arbeitet so oft wie möglich "
                "mit Gärtnereien aus dem Hennegau. Seit sie Bestellungen online annimmt, hängen "
                "Geburtstags- und Trauersträuße nicht mehr von einem Anruf während der "
                "Öffnungszeiten ab. Die Lieferungen am Samstagvormittag, per Lastenrad in der "
                "Innenstadt, machen inzwischen ein Viertel ihres Geschäfts aus."
            ),
            "en": (
                "Camille took over her aunt's shop in 2019 and works with growers from Hainaut "
                "whenever she can. Since she started taking orders online, birthday and funeral "
                "bouquets no longer depend on a phone call during opening hours. Saturday-morning "
                "deliveries by cargo bike around the town centre now make up a quarter of her "
                "business."
            ),
        },
        "hours": [
            (1, "09:00", "12:30"),
            (1, "13:30", "18:30"),
            (2, "09:00", "12:30"),
            (2, "13:30", "18:30"),
            (3, "09:00", "12:30"),
            (3, "13:30", "18:30"),
            (4, "09:00", "12:30"),
            (4, "13:30", "18:30"),
            (5, "09:00", "12:30"),
            (5, "13:30", "18:30"),
            (6, "09:00", "12:30"),
        ],
        "catalogue": [
            {
                "heading": {
                    "fr": "Bouquets et compositions",
                    "nl": "Boeketten en bloemstukken",
                    "de": "Sträuße und Gestecke",
                    "en": "Bouquets and arrangements",
                },
                "intro": {
                    "fr": (
                        "Composés le jour même avec les fleurs arrivées le matin ; les variétés "
                        "changent au fil des saisons."
                    ),
                    "nl": (
                        "Op de dag zelf gemaakt met de bloemen van die ochtend; de soorten "
                        "wisselen met de seizoenen."
                    ),
                    "de": (
                        "Am selben Tag mit den morgens gelieferten Blumen gebunden; die Sorten "
                        "wechseln mit den Jahreszeiten."
                    ),
                    "en": (
                        "Made on the day with flowers delivered that morning; the varieties change "
                        "with the seasons."
                    ),
                },
                "products": [
                    {
                        "name": {
                            "fr": "Petit bouquet de saison",
                            "nl": "Klein seizoensboeket",
                            "de": "Kleiner Saisonstrauß",
                            "en": "Small seasonal bouquet",
                        },
                        "description": {
                            "fr": "Une dizaine de tiges choisies selon les arrivages du jour.",
                            "nl": "Een tiental stelen, gekozen volgens de aanvoer van de dag.",
                            "de": "Rund zehn Stiele, ausgewählt nach dem Tagesangebot.",
                            "en": "Around ten stems chosen from the day's deliveries.",
                        },
                        "price": "25.00",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://fleurs-du-beffroi.example/boutique/petit-bouquet-de-saison/"
                        ),
                    },
                    {
                        "name": {
                            "fr": "Grand bouquet du Beffroi",
                            "nl": "Groot Belfortboeket",
                            "de": "Großer Belfried-Strauß",
                            "en": "Large Belfry bouquet",
                        },
                        "description": {
                            "fr": (
                                "Un bouquet généreux aux allures champêtres, notre meilleure vente "
                                "pour les anniversaires."
                            ),
                            "nl": (
                                "Een royaal boeket met een landelijke toets, onze bestseller voor "
                                "verjaardagen."
                            ),
                            "de": (
                                "Ein üppiger Strauß im Landhausstil, unser Bestseller für "
                                "Geburtstage."
                            ),
                            "en": (
                                "A generous country-style bouquet and our best-seller for "
                                "birthdays."
                            ),
                        },
                        "price": "45.00",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://fleurs-du-beffroi.example/boutique/grand-bouquet-du-beffroi/"
                        ),
                    },
                    {
                        "name": {
                            "fr": "Bouquet de douze roses rouges",
                            "nl": "Boeket van twaalf rode rozen",
                            "de": "Strauß mit zwölf roten Rosen",
                            "en": "Bouquet of twelve red roses",
                        },
                        "description": None,
                        "price": "42.00",
                        "availability": "in_stock",
                        "buy_url": "https://fleurs-du-beffroi.example/boutique/douze-roses-rouges/",
                    },
                    {
                        "name": {
                            "fr": "Composition de deuil",
                            "nl": "Rouwstuk",
                            "de": "Trauergesteck",
                            "en": "Funeral arrangement",
                        },
                        "description": {
                            "fr": "Réalisée sur commande et livrée au funérarium ou à l'église.",
                            "nl": "Op bestelling gemaakt en geleverd in het funerarium of de kerk.",
                            "de": (
                                "Auf Bestellung gefertigt und ins Bestattungshaus oder in die "
                                "Kirche geliefert."
                            ),
                            "en": "Made to order and delivered to the funeral home or church.",
                        },
                        "price": "85.00",
                        "availability": "on_order",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Abonnement floral mensuel",
                            "nl": "Maandelijks bloemenabonnement",
                            "de": "Monatliches Blumen-Abo",
                            "en": "Monthly flower subscription",
                        },
                        "description": {
                            "fr": "Un bouquet livré le premier samedi de chaque mois.",
                            "nl": "Elke eerste zaterdag van de maand een boeket aan huis.",
                            "de": "Ein Strauß am ersten Samstag jedes Monats, direkt nach Hause.",
                            "en": "A bouquet delivered on the first Saturday of every month.",
                        },
                        "price": "32.00",
                        "availability": "in_stock",
                        "buy_url": "https://fleurs-du-beffroi.example/boutique/abonnement-mensuel/",
                    },
                ],
            },
            {
                "heading": {"fr": "Plantes", "nl": "Planten", "de": "Pflanzen", "en": "Plants"},
                "intro": None,
                "products": [
                    {
                        "name": {
                            "fr": "Orchidée phalaenopsis blanche",
                            "nl": "Witte phalaenopsis-orchidee",
                            "de": "Weiße Phalaenopsis-Orchidee",
                            "en": "White moth orchid",
                        },
                        "description": {
                            "fr": "Deux tiges, en pot de céramique.",
                            "nl": "Twee takken, in een keramieken pot.",
                            "de": "Zwei Rispen, im Keramiktopf.",
                            "en": "Two stems, in a ceramic pot.",
                        },
                        "price": "29.90",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Monstera en pot de 21 cm",
                            "nl": "Monstera in pot van 21 cm",
                            "de": "Monstera im 21-cm-Topf",
                            "en": "Monstera in a 21 cm pot",
                        },
                        "description": None,
                        "price": "34.50",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Jardinière d'aromatiques",
                            "nl": "Bak met keukenkruiden",
                            "de": "Kräuterkasten",
                            "en": "Herb planter",
                        },
                        "description": {
                            "fr": (
                                "Thym, ciboulette, persil et menthe, prêts pour le rebord de "
                                "fenêtre."
                            ),
                            "nl": "Tijm, bieslook, peterselie en munt, klaar voor de vensterbank.",
                            "de": (
                                "Thymian, Schnittlauch, Petersilie und Minze, fertig für die "
                                "Fensterbank."
                            ),
                            "en": "Thyme, chives, parsley and mint, ready for the windowsill.",
                        },
                        "price": "22.00",
                        "availability": "out_of_stock",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "la-page-tournee",
        "name": "La Page Tournée",
        "category": "librairie",
        "district": "mons-centre",
        "street": "Rue de Nimy 58",
        "postcode": "7000",
        "latitude": "50.45718",
        "longitude": "3.95334",
        "phone": "+32 65 00 01 47",
        "email": "bonjour@la-page-tournee.example",
        "website": "https://la-page-tournee.example/",
        "online_shop_url": "https://la-page-tournee.example/boutique/",
        "facebook_url": "",
        "instagram_url": "https://www.instagram.com/lapagetournee.mons/",
        "services": ["click_and_collect", "delivery"],
        "languages": ["fr", "nl", "en"],
        "wheelchair_access": "partial",
        "step_free_entrance": False,
        "accessible_toilet": False,
        "hearing_loop": True,
        "seating": True,
        "joined": "2025-02-03",
        "short_description": {
            "fr": (
                "Librairie indépendante de la rue de Nimy : romans, jeunesse, histoire locale et "
                "conseils de lecture sur mesure."
            ),
            "nl": (
                "Onafhankelijke boekhandel in de Rue de Nimy: romans, jeugdboeken, lokale "
                "geschiedenis en leestips op maat."
            ),
            "de": (
                "Unabhängige Buchhandlung in der Rue de Nimy: Romane, Kinderbücher, "
                "Lokalgeschichte und persönliche Leseempfehlungen."
            ),
            "en": (
                "Independent bookshop on Rue de Nimy: novels, children's books, local history and "
                "reading tips tailored to you."
            ),
        },
        "description": {
            "fr": (
                "Élise a ouvert La Page Tournée après quinze ans passés dans l'édition à "
                "Bruxelles. Grâce au catalogue en ligne, ses clients réservent un livre le soir et "
                "le retirent le lendemain, et les commandes spéciales arrivent en général en 48 "
                "heures. Elle annonce aussi ses rencontres d'auteurs sur le portail, ce qui a "
                "doublé la fréquentation de ses soirées du jeudi."
            ),
            "nl": (
                "Élise opende La Page Tournée na vijftien jaar in de uitgeverswereld in Brussel. "
                "Dankzij de onlinecatalogus reserveren klanten 's avonds een boek en halen ze het "
                "de volgende dag af; speciale bestellingen zijn er meestal binnen 48 uur. Ze "
                "kondigt haar auteursavonden ook aan op het portaal, en sindsdien komt er op "
                "donderdagavond dubbel zoveel volk."
            ),
            "de": (
                "Élise hat La Page Tournée nach fünfzehn Jahren in der Verlagswelt in Brüssel "
                "eröffnet. Dank des Online-Katalogs reservieren Kundinnen und Kunden abends ein "
                "Buch und holen es am nächsten Tag ab; Sonderbestellungen treffen meist innerhalb "
                "von 48 Stunden ein. Ihre Lesungen kündigt sie auch über das Portal an, seitdem "
                "kommen doppelt so viele Gäste zu den Donnerstagabenden."
            ),
            "en": (
                "Élise opened La Page Tournée after fifteen years in publishing in Brussels. "
                "Thanks to the online catalogue, customers reserve a book in the evening and pick "
                "it up the next day, and special orders usually arrive within 48 hours. She also "
                "announces her author evenings on the portal, which has doubled attendance on "
                "Thursday nights."
            ),
        },
        "hours": [
            (0, "13:00", "18:00"),
            (1, "10:00", "18:30"),
            (2, "10:00", "18:30"),
            (3, "10:00", "18:30"),
            (4, "10:00", "18:30"),
            (5, "10:00", "18:30"),
        ],
        "catalogue": [
            {
                "heading": {
                    "fr": "Nos coups de cœur",
                    "nl": "Onze favorieten",
                    "de": "Unsere Lieblingsbücher",
                    "en": "Our favourites",
                },
                "intro": {
                    "fr": "Des livres d'auteurs de la région, tous lus et choisis par l'équipe.",
                    "nl": (
                        "Boeken van auteurs uit de streek, allemaal gelezen en gekozen door het "
                        "team."
                    ),
                    "de": (
                        "Bücher von Autorinnen und Autoren aus der Region, alle vom Team gelesen "
                        "und ausgewählt."
                    ),
                    "en": "Books by authors from the region, all read and picked by the team.",
                },
                "products": [
                    {
                        "name": {
                            "fr": "Le Brouillard sur la Trouille (polar)",
                            "nl": "Le Brouillard sur la Trouille (Franstalige detective)",
                            "de": "Le Brouillard sur la Trouille (Krimi, französisch)",
                            "en": "Le Brouillard sur la Trouille (crime novel in French)",
                        },
                        "description": {
                            "fr": (
                                "Maud Hennebert. Une enquête dans les ruelles montoises pendant la "
                                "semaine du Doudou."
                            ),
                            "nl": (
                                "Maud Hennebert. Een speurtocht door de steegjes van Bergen "
                                "tijdens de Doudou-week."
                            ),
                            "de": (
                                "Maud Hennebert. Ermittlungen in den Gassen von Mons während der "
                                "Doudou-Woche."
                            ),
                            "en": (
                                "Maud Hennebert. An investigation in the back streets of Mons "
                                "during Doudou week."
                            ),
                        },
                        "price": "21.90",
                        "availability": "in_stock",
                        "buy_url": "https://la-page-tournee.example/boutique/brouillard-trouille/",
                    },
                    {
                        "name": {
                            "fr": "Sept dimanches au beffroi (roman)",
                            "nl": "Sept dimanches au beffroi (Franstalige roman)",
                            "de": "Sept dimanches au beffroi (Roman, französisch)",
                            "en": "Sept dimanches au beffroi (novel in French)",
                        },
                        "description": {
                            "fr": (
                                "Théo Lambrechts. Une famille se retrouve chaque dimanche pour "
                                "vider la maison d'une grand-mère."
                            ),
                            "nl": (
                                "Théo Lambrechts. Een familie komt elke zondag samen om het huis "
                                "van grootmoeder leeg te maken."
                            ),
                            "de": (
                                "Théo Lambrechts. Eine Familie trifft sich jeden Sonntag, um das "
                                "Haus der Großmutter auszuräumen."
                            ),
                            "en": (
                                "Théo Lambrechts. A family meets every Sunday to clear out a "
                                "grandmother's house."
                            ),
                        },
                        "price": "19.50",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://la-page-tournee.example/boutique/sept-dimanches-au-beffroi/"
                        ),
                    },
                    {
                        "name": {
                            "fr": "Le Singe qui voulait sonner les cloches (album jeunesse)",
                            "nl": (
                                "Le Singe qui voulait sonner les cloches (Franstalig prentenboek)"
                            ),
                            "de": (
                                "Le Singe qui voulait sonner les cloches (Bilderbuch, französisch)"
                            ),
                            "en": (
                                "Le Singe qui voulait sonner les cloches (picture book in French)"
                            ),
                        },
                        "description": {
                            "fr": "Nina Castiaux. Dès 4 ans, illustré par l'autrice.",
                            "nl": "Nina Castiaux. Vanaf 4 jaar, geïllustreerd door de auteur zelf.",
                            "de": "Nina Castiaux. Ab 4 Jahren, von der Autorin selbst illustriert.",
                            "en": "Nina Castiaux. Ages 4 and up, illustrated by the author.",
                        },
                        "price": "14.95",
                        "availability": "in_stock",
                        "buy_url": "https://la-page-tournee.example/boutique/singe-cloches/",
                    },
                    {
                        "name": {
                            "fr": "Mines de rien, histoires du Borinage (récits)",
                            "nl": "Mines de rien, histoires du Borinage (Franstalige verhalen)",
                            "de": "Mines de rien, histoires du Borinage (Erzählungen, französisch)",
                            "en": "Mines de rien, histoires du Borinage (stories in French)",
                        },
                        "description": {
                            "fr": (
                                "Rocco Pasquali. Souvenirs de familles venues travailler au "
                                "charbonnage."
                            ),
                            "nl": (
                                "Rocco Pasquali. Herinneringen van families die in de "
                                "steenkoolmijnen kwamen werken."
                            ),
                            "de": (
                                "Rocco Pasquali. Erinnerungen von Familien, die zur Arbeit in die "
                                "Kohlengruben kamen."
                            ),
                            "en": (
                                "Rocco Pasquali. Memories of families who came to work in the coal "
                                "mines."
                            ),
                        },
                        "price": "24.00",
                        "availability": "in_stock",
                        "buy_url": "https://la-page-tournee.example/boutique/mines-de-rien/",
                    },
                    {
                        "name": {
                            "fr": "Le Jardin des chicons (nouvelles)",
                            "nl": "Le Jardin des chicons (Franstalige kortverhalen)",
                            "de": "Le Jardin des chicons (Kurzgeschichten, französisch)",
                            "en": "Le Jardin des chicons (short stories in French)",
                        },
                        "description": {
                            "fr": (
                                "Agathe Moreels. Douze nouvelles douces-amères entre Spiennes et "
                                "Saint-Symphorien."
                            ),
                            "nl": (
                                "Agathe Moreels. Twaalf bitterzoete verhalen tussen Spiennes en "
                                "Saint-Symphorien."
                            ),
                            "de": (
                                "Agathe Moreels. Zwölf bittersüße Geschichten zwischen Spiennes "
                                "und Saint-Symphorien."
                            ),
                            "en": (
                                "Agathe Moreels. Twelve bittersweet stories set between Spiennes "
                                "and Saint-Symphorien."
                            ),
                        },
                        "price": "17.00",
                        "availability": "on_order",
                        "buy_url": "",
                    },
                ],
            },
            {
                "heading": {
                    "fr": "Papeterie",
                    "nl": "Papierwaren",
                    "de": "Schreibwaren",
                    "en": "Stationery",
                },
                "intro": None,
                "products": [
                    {
                        "name": {
                            "fr": "Carnet ligné A5 « Beffroi »",
                            "nl": "Gelinieerd A5-notitieboek 'Belfort'",
                            "de": "Liniertes A5-Notizbuch „Belfried“",
                            "en": "Lined A5 'Belfry' notebook",
                        },
                        "description": None,
                        "price": "8.50",
                        "availability": "in_stock",
                        "buy_url": "https://la-page-tournee.example/boutique/carnet-beffroi/",
                    },
                    {
                        "name": {
                            "fr": "Lot de cinq cartes postales illustrées",
                            "nl": "Set van vijf geïllustreerde postkaarten",
                            "de": "Fünf illustrierte Postkarten",
                            "en": "Set of five illustrated postcards",
                        },
                        "description": {
                            "fr": "Des vues de Mons dessinées par une illustratrice locale.",
                            "nl": "Zichten op Bergen, getekend door een lokale illustratrice.",
                            "de": (
                                "Ansichten von Mons, gezeichnet von einer Illustratorin aus der "
                                "Gegend."
                            ),
                            "en": "Views of Mons drawn by a local illustrator.",
                        },
                        "price": "9.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Marque-page en cuir",
                            "nl": "Leren boekenlegger",
                            "de": "Lesezeichen aus Leder",
                            "en": "Leather bookmark",
                        },
                        "description": None,
                        "price": "6.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "maison-lin-et-laine",
        "name": "Maison Lin & Laine",
        "category": "vetements",
        "district": "mons-centre",
        "street": "Rue d'Havré 23",
        "postcode": "7000",
        "latitude": "50.45328",
        "longitude": "3.95642",
        "phone": "+32 65 00 01 86",
        "email": "contact@maison-lin-et-laine.example",
        "website": "https://maison-lin-et-laine.example/",
        "online_shop_url": "https://maison-lin-et-laine.example/boutique/",
        "facebook_url": "",
        "instagram_url": "https://www.instagram.com/maisonlinetlaine/",
        "services": ["click_and_collect", "delivery"],
        "languages": ["fr", "it", "en"],
        "wheelchair_access": "none",
        "step_free_entrance": False,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": True,
        "joined": "2025-09-22",
        "short_description": {
            "fr": (
                "Vêtements en lin et en laine pour femmes et hommes, fabriqués en Belgique et en "
                "Italie par de petits ateliers."
            ),
            "nl": (
                "Kledij in linnen en wol voor vrouwen en mannen, gemaakt door kleine ateliers in "
                "België en Italië."
            ),
            "de": (
                "Kleidung aus Leinen und Wolle für Damen und Herren, gefertigt von kleinen "
                "Werkstätten in Belgien und Italien."
            ),
            "en": (
                "Linen and wool clothing for women and men, made by small workshops in Belgium and "
                "Italy."
            ),
        },
        "description": {
            "fr": (
                "Sofia a grandi entre Jemappes et les Pouilles, et sa boutique réunit ces deux "
                "attaches. Elle ne pensait pas vendre en ligne, mais les photos de sa vitrine sur "
                "le portail attirent maintenant des clients de Tournai et de Charleroi. Les "
                "retouches se réservent désormais en quelques clics, ce qui lui évite les files du "
                "samedi."
            ),
            "nl": (
                "Sofia groeide op tussen Jemappes en Apulië, en haar winkel brengt die twee "
                "werelden samen. Ze had nooit gedacht dat ze online zou verkopen, maar de foto's "
                "van haar etalage op het portaal lokken nu klanten uit Doornik en Charleroi. "
                "Retouches reserveer je voortaan met een paar klikken, wat haar de wachtrijen op "
                "zaterdag bespaart."
            ),
            "de": (
                "Sofia ist zwischen Jemappes und Apulien aufgewachsen, und ihr Laden verbindet "
                "beide Welten. Online zu verkaufen hatte sie nie geplant, doch die Fotos ihres "
                "Schaufensters auf dem Portal locken inzwischen Kundschaft aus Tournai und "
                "Charleroi an. Änderungen lassen sich jetzt mit wenigen Klicks buchen, was ihr die "
                "Warteschlangen am Samstag erspart."
            ),
            "en": (
                "Sofia grew up between Jemappes and Apulia, and her shop brings both places "
                "together. She never planned to sell online, but the photos of her window on the "
                "portal now draw customers from Tournai and Charleroi. Alterations can be booked "
                "in a few clicks, which spares her the Saturday queues."
            ),
        },
        "hours": [
            (1, "10:00", "13:00"),
            (1, "14:00", "18:00"),
            (2, "10:00", "13:00"),
            (2, "14:00", "18:00"),
            (3, "10:00", "13:00"),
            (3, "14:00", "18:00"),
            (4, "10:00", "13:00"),
            (4, "14:00", "18:00"),
            (5, "10:00", "13:00"),
            (5, "14:00", "18:00"),
        ],
        "catalogue": [
            {
                "heading": {
                    "fr": "Collection automne-hiver",
                    "nl": "Herfst-wintercollectie",
                    "de": "Herbst-Winter-Kollektion",
                    "en": "Autumn-winter collection",
                },
                "intro": {
                    "fr": (
                        "Pièces disponibles en plusieurs tailles ; demandez-nous conseil pour "
                        "trouver la bonne."
                    ),
                    "nl": (
                        "Verkrijgbaar in verschillende maten; vraag ons gerust advies over de "
                        "juiste maat."
                    ),
                    "de": "In mehreren Größen erhältlich; wir beraten Sie gern bei der Größenwahl.",
                    "en": "Available in several sizes; ask us for advice on the right fit.",
                },
                "products": [
                    {
                        "name": {
                            "fr": "Pull en laine mérinos",
                            "nl": "Trui in merinowol",
                            "de": "Pullover aus Merinowolle",
                            "en": "Merino wool jumper",
                        },
                        "description": {
                            "fr": "Tricoté en Italie, en bleu nuit ou écru.",
                            "nl": "Gebreid in Italië, in nachtblauw of ecru.",
                            "de": "In Italien gestrickt, in Nachtblau oder Naturweiß.",
                            "en": "Knitted in Italy, in midnight blue or ecru.",
                        },
                        "price": "89.00",
                        "availability": "in_stock",
                        "buy_url": "https://maison-lin-et-laine.example/boutique/pull-merinos/",
                    },
                    {
                        "name": {
                            "fr": "Chemise en lin lavé",
                            "nl": "Hemd in gewassen linnen",
                            "de": "Hemd aus gewaschenem Leinen",
                            "en": "Washed linen shirt",
                        },
                        "description": None,
                        "price": "69.00",
                        "availability": "in_stock",
                        "buy_url": "https://maison-lin-et-laine.example/boutique/chemise-lin-lave/",
                    },
                    {
                        "name": {
                            "fr": "Robe portefeuille en lin",
                            "nl": "Linnen wikkeljurk",
                            "de": "Wickelkleid aus Leinen",
                            "en": "Linen wrap dress",
                        },
                        "description": {
                            "fr": "Coupée et cousue dans un atelier de Courtrai.",
                            "nl": "Gesneden en genaaid in een atelier in Kortrijk.",
                            "de": "In einer Werkstatt in Kortrijk zugeschnitten und genäht.",
                            "en": "Cut and sewn in a workshop in Kortrijk.",
                        },
                        "price": "119.00",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://maison-lin-et-laine.example/boutique/robe-portefeuille-lin/"
                        ),
                    },
                    {
                        "name": {
                            "fr": "Écharpe tricotée main",
                            "nl": "Handgebreide sjaal",
                            "de": "Handgestrickter Schal",
                            "en": "Hand-knitted scarf",
                        },
                        "description": None,
                        "price": "45.00",
                        "availability": "on_order",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Bonnet côtelé en laine",
                            "nl": "Geribde wollen muts",
                            "de": "Gerippte Wollmütze",
                            "en": "Ribbed wool beanie",
                        },
                        "description": None,
                        "price": "29.00",
                        "availability": "out_of_stock",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "le-comptoir-des-chanoinesses",
        "name": "Le Comptoir des Chanoinesses",
        "category": "restaurant",
        "district": "mons-centre",
        "street": "Grand-Place 27",
        "postcode": "7000",
        "latitude": "50.45426",
        "longitude": "3.95178",
        "phone": "+32 65 00 02 12",
        "email": "reservation@comptoir-des-chanoinesses.example",
        "website": "https://comptoir-des-chanoinesses.example/",
        "online_shop_url": "",
        "facebook_url": "",
        "instagram_url": "",
        "services": ["click_and_collect"],
        "languages": ["fr", "nl", "de", "en"],
        "wheelchair_access": "partial",
        "step_free_entrance": False,
        "accessible_toilet": True,
        "hearing_loop": False,
        "seating": True,
        "joined": "2025-03-10",
        "short_description": {
            "fr": (
                "Cuisine belge de saison sur la Grand-Place, avec des plats à emporter commandés "
                "en ligne."
            ),
            "nl": (
                "Belgische seizoenskeuken op de Grote Markt, met afhaalgerechten die je online "
                "bestelt."
            ),
            "de": (
                "Belgische Saisonküche am Grand-Place, mit Gerichten zum Mitnehmen, online "
                "bestellt."
            ),
            "en": (
                "Seasonal Belgian cooking on the Grand-Place, with takeaway dishes ordered online."
            ),
        },
        "description": {
            "fr": (
                "Thibault cuisine les classiques belges avec des produits de fermes situées à "
                "moins de trente kilomètres. Depuis que la carte à emporter est en ligne, les "
                "employés des bureaux voisins commandent avant 11 heures et repartent sans "
                "attendre. Comme il sait mieux ce qui part, il a réduit de moitié le gaspillage en "
                "cuisine."
            ),
            "nl": (
                "Thibault kookt Belgische klassiekers met producten van boerderijen op minder dan "
                "dertig kilometer. Sinds de afhaalkaart online staat, bestellen de bedienden uit "
                "de kantoren in de buurt voor 11 uur en kunnen ze meteen weer vertrekken. Omdat "
                "hij beter weet wat er verkocht wordt, heeft hij de voedselverspilling in de "
                "keuken gehalveerd."
            ),
            "de": (
                "Thibault kocht belgische Klassiker mit Produkten von Höfen im Umkreis von dreißig "
                "Kilometern. Seit die Karte zum Mitnehmen online ist, bestellen die Angestellten "
                "der Büros nebenan vor 11 Uhr und nehmen ihr Essen ohne Wartezeit mit. Weil er "
                "besser weiß, was gefragt ist, hat er die Lebensmittelverschwendung in der Küche "
                "halbiert."
            ),
            "en": (
                "Thibault cooks Belgian classics with produce from farms less than thirty "
                "kilometres away. Since the takeaway menu went online, staff from nearby offices "
                "order before 11 o'clock and collect their meal without waiting. Knowing better "
                "what will sell, he has halved food waste in the kitchen."
            ),
        },
        "hours": [
            (1, "12:00", "14:30"),
            (1, "18:30", "22:00"),
            (2, "12:00", "14:30"),
            (2, "18:30", "22:00"),
            (3, "12:00", "14:30"),
            (3, "18:30", "22:00"),
            (4, "12:00", "14:30"),
            (4, "18:30", "22:00"),
            (5, "12:00", "14:30"),
            (5, "18:30", "22:00"),
            (6, "12:00", "15:00"),
        ],
        "catalogue": [
            {
                "heading": {
                    "fr": "À emporter",
                    "nl": "Om mee te nemen",
                    "de": "Zum Mitnehmen",
                    "en": "Takeaway",
                },
                "intro": {
                    "fr": "À commander avant 11 h pour le midi et avant 17 h pour le soir.",
                    "nl": "Bestellen voor 11 uur voor 's middags en voor 17 uur voor 's avonds.",
                    "de": "Bis 11 Uhr für mittags und bis 17 Uhr für abends bestellen.",
                    "en": "Order by 11 am for lunch and by 5 pm for dinner.",
                },
                "products": [
                    {
                        "name": {
                            "fr": "Carbonnade flamande à la bière brune",
                            "nl": "Stoofvlees met bruin bier",
                            "de": "Flämisches Rindsragout mit dunklem Bier",
                            "en": "Flemish beef stew with brown ale",
                        },
                        "description": {
                            "fr": "Servie avec des frites ou une purée maison.",
                            "nl": "Met frietjes of huisgemaakte puree.",
                            "de": "Mit Pommes frites oder hausgemachtem Kartoffelpüree.",
                            "en": "Served with chips or homemade mash.",
                        },
                        "price": "19.50",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Vol-au-vent et frites",
                            "nl": "Vol-au-vent met frietjes",
                            "de": "Königinpastete mit Pommes frites",
                            "en": "Chicken vol-au-vent with chips",
                        },
                        "description": None,
                        "price": "18.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Croquettes aux crevettes grises (2 pièces)",
                            "nl": "Garnaalkroketten (2 stuks)",
                            "de": "Krabbenkroketten (2 Stück)",
                            "en": "Brown shrimp croquettes (2)",
                        },
                        "description": {
                            "fr": "Avec citron et persil frit.",
                            "nl": "Met citroen en gefrituurde peterselie.",
                            "de": "Mit Zitrone und frittierter Petersilie.",
                            "en": "With lemon and fried parsley.",
                        },
                        "price": "17.50",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Stoemp aux poireaux et saucisse",
                            "nl": "Stoemp met prei en worst",
                            "de": "Stoemp mit Lauch und Bratwurst",
                            "en": "Leek stoemp with sausage",
                        },
                        "description": {
                            "fr": "Pommes de terre écrasées avec des légumes, comme à la maison.",
                            "nl": "Aardappelen gestampt met groenten, zoals thuis.",
                            "de": "Kartoffel-Gemüse-Stampf wie zu Hause.",
                            "en": "Potatoes mashed with vegetables, just like at home.",
                        },
                        "price": "15.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Dame blanche maison",
                            "nl": "Huisgemaakte dame blanche",
                            "de": "Hausgemachter Eisbecher Dame blanche",
                            "en": "Homemade dame blanche",
                        },
                        "description": {
                            "fr": "Glace vanille, chocolat chaud et crème fouettée.",
                            "nl": "Vanille-ijs, warme chocoladesaus en slagroom.",
                            "de": "Vanilleeis, heiße Schokoladensoße und Schlagsahne.",
                            "en": "Vanilla ice cream, hot chocolate sauce and whipped cream.",
                        },
                        "price": "7.50",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Tarte au riz (part)",
                            "nl": "Rijsttaart (stuk)",
                            "de": "Reisfladen (Stück)",
                            "en": "Rice tart (slice)",
                        },
                        "description": None,
                        "price": "4.50",
                        "availability": "out_of_stock",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "le-carillon-bavard",
        "name": "Le Carillon Bavard",
        "category": "cafe",
        "district": "mons-centre",
        "street": "Rue des Fripiers 18",
        "postcode": "7000",
        "latitude": "50.45497",
        "longitude": "3.95062",
        "phone": "+32 65 00 02 58",
        "email": "salut@le-carillon-bavard.example",
        "website": "",
        "online_shop_url": "",
        "facebook_url": "",
        "instagram_url": "https://www.instagram.com/carillonbavard.mons/",
        "services": [],
        "languages": ["fr", "nl", "en", "ar"],
        "wheelchair_access": "full",
        "step_free_entrance": True,
        "accessible_toilet": True,
        "hearing_loop": False,
        "seating": True,
        "joined": "2025-06-02",
        "short_description": {
            "fr": (
                "Café de quartier près de la Grand-Place : cafés de torréfacteurs belges, "
                "pâtisseries maison et soirées jeux le vendredi."
            ),
            "nl": (
                "Buurtcafé vlak bij de Grote Markt: koffie van Belgische branders, huisgemaakt "
                "gebak en spelletjesavonden op vrijdag."
            ),
            "de": (
                "Nachbarschaftscafé nahe dem Grand-Place: Kaffee belgischer Röstereien, "
                "hausgemachter Kuchen und Spieleabende am Freitag."
            ),
            "en": (
                "Neighbourhood café near the Grand-Place: coffee from Belgian roasters, homemade "
                "cakes and games nights on Fridays."
            ),
        },
        "description": {
            "fr": (
                "Nadia a transformé une ancienne quincaillerie en café lumineux où l'on vient "
                "travailler le matin et jouer le soir. Elle n'a pas de boutique en ligne, mais sa "
                "fiche sur le portail, avec des horaires à jour et l'accès de plain-pied, lui a "
                "amené des étudiants et des touristes. Les tables des soirées jeux se réservent "
                "maintenant par message plutôt que dans un carnet au comptoir."
            ),
            "nl": (
                "Nadia bouwde een oude ijzerwinkel om tot een licht café waar je 's ochtends komt "
                "werken en 's avonds spelletjes speelt. Een webwinkel heeft ze niet, maar dankzij "
                "haar pagina op het portaal, met actuele openingsuren en een gelijkvloerse ingang, "
                "vinden studenten en toeristen nu de weg. Tafels voor de spelletjesavonden "
                "reserveer je voortaan met een bericht in plaats van in een schriftje aan de toog."
            ),
            "de": (
                "Nadia hat eine ehemalige Eisenwarenhandlung in ein helles Café verwandelt, in dem "
                "man morgens arbeitet und abends spielt. Einen Onlineshop hat sie nicht, doch ihr "
                "Eintrag auf dem Portal mit aktuellen Öffnungszeiten und stufenlosem Zugang bringt "
                "ihr Studierende und Reisende. Tische für die Spieleabende werden jetzt per "
                "Nachricht reserviert statt in einem Heft an der Theke."
            ),
            "en": (
                "Nadia turned a former ironmonger's into a bright café where people work in the "
                "morning and play board games in the evening. She has no online shop, but her page "
                "on the portal, with up-to-date hours and step-free access, has brought in "
                "students and visitors. Tables for games nights are now booked by message rather "
                "than in a notebook behind the counter."
            ),
        },
        "hours": [
            (1, "08:30", "19:00"),
            (2, "08:30", "19:00"),
            (3, "08:30", "19:00"),
            (4, "08:30", "23:00"),
            (5, "08:30", "23:00"),
            (6, "10:00", "18:00"),
        ],
        "catalogue": [],
    },
    {
        "slug": "optique-regard-clair",
        "name": "Optique Regard Clair",
        "category": "opticien",
        "district": "mons-centre",
        "street": "Rue de la Chaussée 88",
        "postcode": "7000",
        "latitude": "50.45371",
        "longitude": "3.94818",
        "phone": "+32 65 00 02 71",
        "email": "rendez-vous@optique-regard-clair.example",
        "website": "https://optique-regard-clair.example/",
        "online_shop_url": "",
        "facebook_url": "",
        "instagram_url": "",
        "services": ["click_and_collect"],
        "languages": ["fr", "nl", "de", "en"],
        "wheelchair_access": "full",
        "step_free_entrance": True,
        "accessible_toilet": False,
        "hearing_loop": True,
        "seating": True,
        "joined": "2025-01-20",
        "short_description": {
            "fr": (
                "Opticien diplômé : examen de la vue sur rendez-vous, montures de petits "
                "fabricants, lentilles et réparations rapides."
            ),
            "nl": (
                "Gediplomeerd opticien: oogmeting op afspraak, monturen van kleine makers, lenzen "
                "en snelle herstellingen."
            ),
            "de": (
                "Staatlich geprüfter Optiker: Sehtest nach Termin, Fassungen kleiner Hersteller, "
                "Kontaktlinsen und schnelle Reparaturen."
            ),
            "en": (
                "Qualified optician: eye tests by appointment, frames from small makers, contact "
                "lenses and quick repairs."
            ),
        },
        "description": {
            "fr": (
                "Julien ne travaille qu'avec de petits fabricants de montures, qu'il présente un à "
                "un sur le portail. La prise de rendez-vous en ligne a mis fin aux longues "
                "attentes du samedi et lui laisse le temps de bien conseiller chacun. Ses clients "
                "reçoivent aussi un message dès que leurs lunettes sont prêtes."
            ),
            "nl": (
                "Julien werkt alleen met kleine makers van monturen, die hij een voor een "
                "voorstelt op het portaal. Sinds je online een afspraak maakt, is het lange "
                "wachten op zaterdag voorbij en heeft hij tijd om iedereen goed te adviseren. "
                "Klanten krijgen ook een berichtje zodra hun bril klaar is."
            ),
            "de": (
                "Julien arbeitet ausschließlich mit kleinen Brillenmanufakturen, die er auf dem "
                "Portal einzeln vorstellt. Seit Termine online vereinbart werden, sind die langen "
                "Wartezeiten am Samstag vorbei und er hat Zeit, alle gründlich zu beraten. "
                "Außerdem kommt eine Nachricht, sobald die Brille fertig ist."
            ),
            "en": (
                "Julien works only with small frame makers, whom he introduces one by one on the "
                "portal. Online booking has put an end to long Saturday waits and gives him time "
                "to advise everyone properly. Customers also get a message as soon as their "
                "glasses are ready."
            ),
        },
        "hours": [
            (1, "09:30", "12:30"),
            (1, "13:30", "18:00"),
            (2, "09:30", "12:30"),
            (2, "13:30", "18:00"),
            (3, "09:30", "12:30"),
            (3, "13:30", "18:00"),
            (4, "09:30", "12:30"),
            (4, "13:30", "18:00"),
            (5, "09:30", "17:00"),
        ],
        "catalogue": [
            {
                "heading": {
                    "fr": "Montures et services",
                    "nl": "Monturen en diensten",
                    "de": "Fassungen und Leistungen",
                    "en": "Frames and services",
                },
                "intro": None,
                "products": [
                    {
                        "name": {
                            "fr": "Monture en acétate « Grand-Place »",
                            "nl": "Acetaatmontuur 'Grand-Place'",
                            "de": "Acetatfassung „Grand-Place“",
                            "en": "'Grand-Place' acetate frame",
                        },
                        "description": {
                            "fr": "Fabriquée à la main dans le Jura, en cinq coloris.",
                            "nl": "Handgemaakt in de Jura, in vijf kleuren.",
                            "de": "Handgefertigt im Jura, in fünf Farben.",
                            "en": "Handmade in the Jura, in five colours.",
                        },
                        "price": "149.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Monture en titane ultralégère",
                            "nl": "Ultralicht montuur in titanium",
                            "de": "Ultraleichte Titanfassung",
                            "en": "Ultralight titanium frame",
                        },
                        "description": None,
                        "price": "219.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Paire de verres unifocaux antireflet",
                            "nl": "Paar enkelvoudige glazen met ontspiegeling",
                            "de": "Paar Einstärkengläser mit Entspiegelung",
                            "en": "Pair of single-vision lenses with anti-reflective coating",
                        },
                        "description": {
                            "fr": "Prêts en trois à cinq jours ouvrables.",
                            "nl": "Klaar binnen drie tot vijf werkdagen.",
                            "de": "Fertig in drei bis fünf Werktagen.",
                            "en": "Ready in three to five working days.",
                        },
                        "price": "120.00",
                        "availability": "on_order",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Lunettes de soleil polarisées",
                            "nl": "Gepolariseerde zonnebril",
                            "de": "Polarisierte Sonnenbrille",
                            "en": "Polarised sunglasses",
                        },
                        "description": None,
                        "price": "89.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Examen de la vue",
                            "nl": "Oogmeting",
                            "de": "Sehtest",
                            "en": "Eye test",
                        },
                        "description": {
                            "fr": "Trente minutes sur rendez-vous, déduites à l'achat de lunettes.",
                            "nl": "Dertig minuten op afspraak, verrekend bij aankoop van een bril.",
                            "de": "Dreißig Minuten nach Termin, wird beim Brillenkauf angerechnet.",
                            "en": "Thirty minutes by appointment, deducted if you buy glasses.",
                        },
                        "price": "20.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Lentilles journalières (boîte de 30)",
                            "nl": "Daglenzen (doos van 30)",
                            "de": "Tageslinsen (30er-Packung)",
                            "en": "Daily contact lenses (box of 30)",
                        },
                        "description": None,
                        "price": "32.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "pralines-du-singe",
        "name": "Pralines du Singe",
        "category": "chocolaterie",
        "district": "mons-centre",
        "street": "Rue de Nimy 27",
        "postcode": "7000",
        "latitude": "50.45561",
        "longitude": "3.95287",
        "phone": "+32 65 00 03 05",
        "email": "bonjour@pralines-du-singe.example",
        "website": "https://pralines-du-singe.example/",
        "online_shop_url": "https://pralines-du-singe.example/boutique/",
        "facebook_url": "",
        "instagram_url": "https://www.instagram.com/pralinesdusinge/",
        "services": ["delivery", "click_and_collect"],
        "languages": ["fr", "nl", "de", "en"],
        "wheelchair_access": "partial",
        "step_free_entrance": False,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": False,
        "joined": "2025-11-05",
        "short_description": {
            "fr": (
                "Pralines, tablettes et moulages faits dans l'atelier derrière la boutique, à cinq "
                "minutes du petit singe de la Grand-Place."
            ),
            "nl": (
                "Pralines, repen en holfiguren uit het atelier achter de winkel, op vijf minuten "
                "van het aapje op de Grote Markt."
            ),
            "de": (
                "Pralinen, Tafeln und Hohlfiguren aus der Werkstatt hinter dem Laden, fünf Minuten "
                "vom Äffchen am Grand-Place."
            ),
            "en": (
                "Pralines, bars and moulded figures made in the workshop behind the shop, five "
                "minutes from the little monkey on the Grand-Place."
            ),
        },
        "description": {
            "fr": (
                "Baptiste a appris le métier chez un chocolatier bruxellois avant de revenir dans "
                "sa ville natale. Les ballotins commandés en ligne représentent aujourd'hui près "
                "de la moitié de ses ventes de décembre, et il prépare les commandes d'entreprises "
                "bien à l'avance. Il expédie désormais ses chocolats dans toute la Belgique, dans "
                "des emballages isothermes en été."
            ),
            "nl": (
                "Baptiste leerde het vak bij een Brusselse chocolatier voor hij terugkeerde naar "
                "zijn geboortestad. Online bestelde ballotins zijn nu goed voor bijna de helft van "
                "zijn verkoop in december, en bedrijfsbestellingen bereidt hij ruim op voorhand "
                "voor. Hij verstuurt zijn chocolade nu naar heel België, in de zomer in isolerende "
                "verpakkingen."
            ),
            "de": (
                "Baptiste hat sein Handwerk bei einem Brüsseler Chocolatier gelernt, bevor er in "
                "seine Heimatstadt zurückkehrte. Online bestellte Pralinenschachteln machen "
                "inzwischen fast die Hälfte seines Dezemberumsatzes aus, und Firmenaufträge "
                "bereitet er weit im Voraus vor. Er verschickt seine Schokolade jetzt in ganz "
                "Belgien, im Sommer in Isolierverpackungen."
            ),
            "en": (
                "Baptiste learned his trade with a Brussels chocolatier before coming back to his "
                "home town. Boxes ordered online now account for almost half of his December "
                "sales, and he prepares corporate orders well in advance. He now ships his "
                "chocolates all over Belgium, in insulated packaging in summer."
            ),
        },
        "hours": [
            (1, "10:00", "18:30"),
            (2, "10:00", "18:30"),
            (3, "10:00", "18:30"),
            (4, "10:00", "18:30"),
            (5, "10:00", "18:30"),
            (6, "10:00", "13:00"),
        ],
        "catalogue": [
            {
                "heading": {
                    "fr": "Pralines et chocolats",
                    "nl": "Pralines en chocolade",
                    "de": "Pralinen und Schokolade",
                    "en": "Pralines and chocolates",
                },
                "intro": {
                    "fr": "Sans huile de palme, avec du cacao issu de coopératives.",
                    "nl": "Zonder palmolie, met cacao van coöperaties.",
                    "de": "Ohne Palmöl, mit Kakao aus Genossenschaften.",
                    "en": "No palm oil, with cocoa from cooperatives.",
                },
                "products": [
                    {
                        "name": {
                            "fr": "Ballotin de pralines (250 g)",
                            "nl": "Ballotin met pralines (250 g)",
                            "de": "Pralinenschachtel (250 g)",
                            "en": "Box of pralines (250 g)",
                        },
                        "description": {
                            "fr": "Une vingtaine de pralines assorties.",
                            "nl": "Een twintigtal verschillende pralines.",
                            "de": "Rund zwanzig verschiedene Pralinen.",
                            "en": "Around twenty assorted pralines.",
                        },
                        "price": "19.50",
                        "availability": "in_stock",
                        "buy_url": "https://pralines-du-singe.example/boutique/ballotin-250/",
                    },
                    {
                        "name": {
                            "fr": "Ballotin de pralines (500 g)",
                            "nl": "Ballotin met pralines (500 g)",
                            "de": "Pralinenschachtel (500 g)",
                            "en": "Box of pralines (500 g)",
                        },
                        "description": None,
                        "price": "37.00",
                        "availability": "in_stock",
                        "buy_url": "https://pralines-du-singe.example/boutique/ballotin-500/",
                    },
                    {
                        "name": {
                            "fr": "Tablette de chocolat noir 72 %",
                            "nl": "Reep pure chocolade 72 %",
                            "de": "Zartbitterschokolade 72 %, Tafel",
                            "en": "72% dark chocolate bar",
                        },
                        "description": None,
                        "price": "6.50",
                        "availability": "in_stock",
                        "buy_url": "https://pralines-du-singe.example/boutique/tablette-noir-72/",
                    },
                    {
                        "name": {
                            "fr": "Orangettes (150 g)",
                            "nl": "Sinaasappelschilletjes in chocolade (150 g)",
                            "de": "Schokolierte Orangenschalen (150 g)",
                            "en": "Chocolate-dipped orange peel (150 g)",
                        },
                        "description": None,
                        "price": "11.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Singe en chocolat au lait",
                            "nl": "Aapje in melkchocolade",
                            "de": "Äffchen aus Vollmilchschokolade",
                            "en": "Milk chocolate monkey",
                        },
                        "description": {
                            "fr": "Notre moulage fétiche, 12 cm de haut.",
                            "nl": "Onze lievelingsfiguur, 12 cm hoog.",
                            "de": "Unsere Lieblingsfigur, 12 cm hoch.",
                            "en": "Our signature figure, 12 cm tall.",
                        },
                        "price": "8.50",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://pralines-du-singe.example/boutique/singe-chocolat-lait/"
                        ),
                    },
                    {
                        "name": {
                            "fr": "Pâte à tartiner noisette (250 g)",
                            "nl": "Hazelnootpasta (250 g)",
                            "de": "Haselnussaufstrich (250 g)",
                            "en": "Hazelnut spread (250 g)",
                        },
                        "description": None,
                        "price": "9.80",
                        "availability": "out_of_stock",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "atelier-bertaimont",
        "name": "Atelier Bertaimont",
        "category": "coiffeur",
        "district": "mons-centre",
        "street": "Rue de Bertaimont 35",
        "postcode": "7000",
        "latitude": "50.45058",
        "longitude": "3.95176",
        "phone": "+32 65 00 03 39",
        "email": "salon@atelier-bertaimont.example",
        "website": "",
        "online_shop_url": "",
        "facebook_url": "",
        "instagram_url": "https://www.instagram.com/atelierbertaimont/",
        "services": [],
        "languages": ["fr", "ar", "en"],
        "wheelchair_access": "full",
        "step_free_entrance": True,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": True,
        "joined": "2026-02-16",
        "short_description": {
            "fr": (
                "Salon de coiffure mixte, avec ou sans rendez-vous, spécialisé dans les cheveux "
                "bouclés et frisés."
            ),
            "nl": (
                "Kapsalon voor vrouwen en mannen, met of zonder afspraak, gespecialiseerd in "
                "krullend en kroeshaar."
            ),
            "de": (
                "Friseursalon für Damen und Herren, mit oder ohne Termin, spezialisiert auf "
                "lockiges und krauses Haar."
            ),
            "en": (
                "Hair salon for women and men, with or without an appointment, specialising in "
                "curly and coily hair."
            ),
        },
        "description": {
            "fr": (
                "Yasmina a ouvert son salon après dix ans comme coiffeuse salariée, pour que les "
                "cheveux bouclés soient enfin traités avec le soin qu'ils méritent. L'agenda en "
                "ligne lui permet de prévoir des créneaux plus longs pour les soins, et les "
                "rappels par SMS ont réduit les rendez-vous oubliés. Le jeudi soir reste ouvert "
                "sans rendez-vous pour les habitués du quartier."
            ),
            "nl": (
                "Yasmina opende haar eigen salon na tien jaar als kapster in loondienst, zodat "
                "krullend haar eindelijk de zorg krijgt die het verdient. Met de online agenda "
                "plant ze langere tijdsloten voor verzorgingen, en dankzij sms-herinneringen "
                "worden er minder afspraken vergeten. Op donderdagavond kan je zonder afspraak "
                "binnenlopen, een gewoonte van de vaste klanten uit de buurt."
            ),
            "de": (
                "Yasmina hat ihren Salon nach zehn Jahren als angestellte Friseurin eröffnet, "
                "damit lockiges Haar endlich die Pflege bekommt, die es verdient. Mit dem "
                "Online-Kalender plant sie längere Zeitfenster für Behandlungen, und dank "
                "SMS-Erinnerungen werden weniger Termine vergessen. Donnerstagabends kann man ohne "
                "Termin vorbeikommen, was die Stammgäste aus dem Viertel gern nutzen."
            ),
            "en": (
                "Yasmina opened her salon after ten years as an employed hairdresser, so that "
                "curly hair would finally get the care it deserves. The online diary lets her plan "
                "longer slots for treatments, and text reminders mean fewer forgotten "
                "appointments. Thursday evenings stay open for walk-ins, a habit of the regulars "
                "from the neighbourhood."
            ),
        },
        "hours": [
            (1, "09:00", "18:00"),
            (2, "09:00", "18:00"),
            (3, "09:00", "20:00"),
            (4, "09:00", "18:00"),
            (5, "08:30", "16:00"),
        ],
        "catalogue": [
            {
                "heading": {"fr": "Tarifs", "nl": "Prijzen", "de": "Preise", "en": "Prices"},
                "intro": {
                    "fr": (
                        "Prix indicatifs pour cheveux mi-longs ; un devis est proposé avant toute "
                        "coloration."
                    ),
                    "nl": (
                        "Richtprijzen voor halflang haar; voor elke kleuring krijg je eerst een "
                        "prijsofferte."
                    ),
                    "de": (
                        "Richtpreise für mittellanges Haar; vor jeder Färbung erhalten Sie einen "
                        "Kostenvoranschlag."
                    ),
                    "en": (
                        "Guide prices for medium-length hair; you get a quote before any colouring."
                    ),
                },
                "products": [
                    {
                        "name": {
                            "fr": "Coupe et brushing femme",
                            "nl": "Knippen en brushing dames",
                            "de": "Damenhaarschnitt mit Föhnen",
                            "en": "Women's cut and blow-dry",
                        },
                        "description": None,
                        "price": "48.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Coupe homme",
                            "nl": "Knippen heren",
                            "de": "Herrenhaarschnitt",
                            "en": "Men's cut",
                        },
                        "description": None,
                        "price": "26.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Coupe enfant (moins de 12 ans)",
                            "nl": "Knippen kinderen (jonger dan 12)",
                            "de": "Kinderhaarschnitt (unter 12 Jahren)",
                            "en": "Children's cut (under 12)",
                        },
                        "description": None,
                        "price": "18.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Soin définition des boucles",
                            "nl": "Krullenverzorging",
                            "de": "Pflegebehandlung für Locken",
                            "en": "Curl definition treatment",
                        },
                        "description": {
                            "fr": "Lavage, masque et coiffage sans brushing, environ 75 minutes.",
                            "nl": "Wassen, masker en styling zonder föhnen, ongeveer 75 minuten.",
                            "de": "Waschen, Maske und Styling ohne Föhn, etwa 75 Minuten.",
                            "en": "Wash, mask and styling without blow-drying, about 75 minutes.",
                        },
                        "price": "55.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Coloration",
                            "nl": "Kleuring",
                            "de": "Färbung",
                            "en": "Colouring",
                        },
                        "description": None,
                        "price": "62.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Taille de barbe",
                            "nl": "Baard trimmen",
                            "de": "Bartpflege",
                            "en": "Beard trim",
                        },
                        "description": None,
                        "price": "15.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "clic-et-repare",
        "name": "Clic & Répare",
        "category": "reparation-informatique",
        "district": "jemappes",
        "street": "Avenue Wilson 112",
        "postcode": "7012",
        "latitude": "50.45283",
        "longitude": "3.90641",
        "phone": "+32 65 00 03 64",
        "email": "atelier@clic-et-repare.example",
        "website": "https://clic-et-repare.example/",
        "online_shop_url": "",
        "facebook_url": "",
        "instagram_url": "",
        "services": ["click_and_collect"],
        "languages": ["fr", "nl", "en", "ar"],
        "wheelchair_access": "full",
        "step_free_entrance": True,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": True,
        "joined": "2025-05-19",
        "short_description": {
            "fr": (
                "Réparation de smartphones, tablettes et ordinateurs, souvent le jour même, avec "
                "des pièces garanties six mois."
            ),
            "nl": (
                "Herstelling van smartphones, tablets en computers, vaak nog dezelfde dag, met zes "
                "maanden garantie op onderdelen."
            ),
            "de": (
                "Reparatur von Smartphones, Tablets und Computern, oft am selben Tag, mit sechs "
                "Monaten Garantie auf Ersatzteile."
            ),
            "en": (
                "Repairs for smartphones, tablets and computers, often on the same day, with parts "
                "guaranteed for six months."
            ),
        },
        "description": {
            "fr": (
                "Mehdi répare depuis l'adolescence tout ce qui a un écran et a ouvert son atelier "
                "en face du retail park pour inciter les gens à réparer plutôt qu'à racheter. Les "
                "clients décrivent la panne en ligne et reçoivent un devis avant de se déplacer, "
                "ce qui évite les trajets inutiles. Il publie aussi ses tarifs, une transparence "
                "que ses clients citent souvent dans leurs avis."
            ),
            "nl": (
                "Mehdi herstelt al sinds zijn tienerjaren alles met een scherm en opende zijn "
                "werkplaats tegenover het winkelpark om mensen aan te moedigen te herstellen in "
                "plaats van nieuw te kopen. Klanten beschrijven het defect online en krijgen een "
                "prijsofferte nog voor ze langskomen, zodat ze niet voor niets moeten rijden. Hij "
                "zet ook zijn prijzen online, een openheid die klanten vaak vermelden in hun "
                "beoordelingen."
            ),
            "de": (
                "Mehdi repariert seit seiner Jugend alles, was einen Bildschirm hat, und hat seine "
                "Werkstatt gegenüber dem Fachmarktzentrum eröffnet, damit die Leute reparieren "
                "statt neu kaufen. Kundinnen und Kunden beschreiben den Defekt online und erhalten "
                "einen Kostenvoranschlag, bevor sie vorbeikommen, was unnötige Wege erspart. Er "
                "veröffentlicht auch seine Preise, eine Offenheit, die in Bewertungen oft gelobt "
                "wird."
            ),
            "en": (
                "Mehdi has been fixing anything with a screen since he was a teenager, and opened "
                "his workshop opposite the retail park to get people repairing rather than buying "
                "new. Customers describe the fault online and get a quote before coming in, which "
                "saves pointless trips. He also publishes his prices, an openness customers often "
                "mention in their reviews."
            ),
        },
        "hours": [
            (0, "10:00", "13:00"),
            (0, "14:00", "18:30"),
            (1, "10:00", "13:00"),
            (1, "14:00", "18:30"),
            (2, "10:00", "13:00"),
            (2, "14:00", "18:30"),
            (3, "10:00", "13:00"),
            (3, "14:00", "18:30"),
            (4, "10:00", "13:00"),
            (4, "14:00", "18:30"),
            (5, "10:00", "16:00"),
        ],
        "catalogue": [
            {
                "heading": {
                    "fr": "Réparations courantes",
                    "nl": "Veelgevraagde herstellingen",
                    "de": "Häufige Reparaturen",
                    "en": "Common repairs",
                },
                "intro": {
                    "fr": "Main-d'œuvre et pièce comprises, sauf mention contraire.",
                    "nl": "Werkuren en onderdeel inbegrepen, tenzij anders vermeld.",
                    "de": "Arbeitszeit und Ersatzteil inklusive, sofern nicht anders angegeben.",
                    "en": "Labour and parts included unless stated otherwise.",
                },
                "products": [
                    {
                        "name": {
                            "fr": "Remplacement d'écran de smartphone",
                            "nl": "Vervangen van smartphonescherm",
                            "de": "Austausch des Smartphone-Displays",
                            "en": "Smartphone screen replacement",
                        },
                        "description": {
                            "fr": (
                                "À partir de ce prix selon le modèle ; souvent prêt en une heure."
                            ),
                            "nl": (
                                "Vanaf deze prijs, afhankelijk van het model; vaak binnen het uur "
                                "klaar."
                            ),
                            "de": "Ab diesem Preis, je nach Modell; oft in einer Stunde fertig.",
                            "en": (
                                "From this price depending on the model; often ready within the "
                                "hour."
                            ),
                        },
                        "price": "89.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Remplacement de batterie de smartphone",
                            "nl": "Vervangen van smartphonebatterij",
                            "de": "Austausch des Smartphone-Akkus",
                            "en": "Smartphone battery replacement",
                        },
                        "description": None,
                        "price": "59.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Diagnostic d'ordinateur",
                            "nl": "Diagnose van een computer",
                            "de": "Computerdiagnose",
                            "en": "Computer diagnosis",
                        },
                        "description": {
                            "fr": "Déduit de la facture si vous faites réparer chez nous.",
                            "nl": (
                                "Afgetrokken van de factuur als je de herstelling bij ons laat "
                                "doen."
                            ),
                            "de": "Wird angerechnet, wenn Sie die Reparatur bei uns machen lassen.",
                            "en": "Deducted from the bill if we carry out the repair.",
                        },
                        "price": "35.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Remplacement du disque par un SSD de 500 Go",
                            "nl": "Harde schijf vervangen door een ssd van 500 GB",
                            "de": "Festplatte gegen eine 500-GB-SSD tauschen",
                            "en": "Hard drive upgrade to a 500 GB SSD",
                        },
                        "description": {
                            "fr": "Avec transfert de vos données et de votre système.",
                            "nl": "Inclusief overzetten van je gegevens en systeem.",
                            "de": "Inklusive Übertragung Ihrer Daten und Ihres Systems.",
                            "en": "Including transfer of your data and system.",
                        },
                        "price": "99.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Nettoyage et réinstallation du système",
                            "nl": "Opkuis en herinstallatie van het systeem",
                            "de": "Reinigung und Neuinstallation des Systems",
                            "en": "Clean-up and system reinstall",
                        },
                        "description": None,
                        "price": "69.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Récupération de données",
                            "nl": "Gegevensherstel",
                            "de": "Datenrettung",
                            "en": "Data recovery",
                        },
                        "description": {
                            "fr": "Sur devis, après analyse du support.",
                            "nl": "Op offerte, na analyse van de drager.",
                            "de": "Nach Kostenvoranschlag, nach Prüfung des Datenträgers.",
                            "en": "Quoted after examining the device.",
                        },
                        "price": "120.00",
                        "availability": "on_order",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Verre trempé posé",
                            "nl": "Gehard beschermglas, geplaatst",
                            "de": "Panzerglas inklusive Anbringen",
                            "en": "Tempered glass protector, fitted",
                        },
                        "description": None,
                        "price": "19.90",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "epicerie-les-deux-rives",
        "name": "Épicerie Les Deux Rives",
        "category": "epicerie",
        "district": "jemappes",
        "street": "Avenue Maréchal Foch 47",
        "postcode": "7012",
        "latitude": "50.45012",
        "longitude": "3.88764",
        "phone": "+32 65 00 04 18",
        "email": "commande@epicerie-les-deux-rives.example",
        "website": "",
        "online_shop_url": "",
        "facebook_url": "https://www.facebook.com/epicerie.lesdeuxrives.jemappes/",
        "instagram_url": "",
        "services": ["delivery"],
        "languages": ["fr", "nl", "tr", "ar"],
        "wheelchair_access": "partial",
        "step_free_entrance": False,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": False,
        "joined": "2025-08-11",
        "short_description": {
            "fr": (
                "Épicerie de quartier ouverte tard : fruits et légumes, épices, pain turc du jour "
                "et spécialités de la Méditerranée."
            ),
            "nl": (
                "Buurtwinkel die laat open is: groenten en fruit, kruiden, vers Turks brood en "
                "specialiteiten uit het Middellandse Zeegebied."
            ),
            "de": (
                "Lange geöffneter Laden um die Ecke: Obst und Gemüse, Gewürze, frisches türkisches "
                "Brot und Spezialitäten aus dem Mittelmeerraum."
            ),
            "en": (
                "Late-opening corner shop: fruit and veg, spices, fresh Turkish bread and "
                "Mediterranean specialities."
            ),
        },
        "description": {
            "fr": (
                "Emre tient l'épicerie fondée par ses parents il y a vingt ans, à quelques pas de "
                "la place de Jemappes. Il a commencé par publier ses horaires et les arrivages de "
                "la semaine sur le portail, puis a lancé la livraison à domicile pour les "
                "personnes âgées du quartier. Les commandes arrivent par téléphone ou par message "
                "et sont livrées le jour même."
            ),
            "nl": (
                "Emre runt de kruidenierszaak die zijn ouders twintig jaar geleden oprichtten, op "
                "een paar stappen van het plein van Jemappes. Eerst zette hij zijn openingsuren en "
                "de aanvoer van de week op het portaal, daarna begon hij met thuislevering voor de "
                "oudere buurtbewoners. Bestellingen komen binnen via telefoon of bericht en worden "
                "dezelfde dag geleverd."
            ),
            "de": (
                "Emre führt den Laden, den seine Eltern vor zwanzig Jahren gegründet haben, nur "
                "wenige Schritte vom Platz in Jemappes entfernt. Zuerst stellte er Öffnungszeiten "
                "und die Lieferungen der Woche auf das Portal, dann startete er einen Lieferdienst "
                "für ältere Menschen im Viertel. Bestellungen kommen per Telefon oder Nachricht "
                "und werden noch am selben Tag geliefert."
            ),
            "en": (
                "Emre runs the grocery his parents founded twenty years ago, a short walk from the "
                "square in Jemappes. He started by putting his opening hours and the week's "
                "deliveries on the portal, then launched home delivery for older people in the "
                "neighbourhood. Orders come in by phone or message and are delivered the same day."
            ),
        },
        "hours": [
            (0, "08:00", "20:00"),
            (1, "08:00", "20:00"),
            (2, "08:00", "20:00"),
            (3, "08:00", "20:00"),
            (4, "08:00", "20:00"),
            (5, "08:00", "20:00"),
            (6, "09:00", "13:00"),
        ],
        "catalogue": [],
    },
    {
        "slug": "boucherie-du-vieux-ghlin",
        "name": "Boucherie du Vieux Ghlin",
        "category": "boucherie",
        "district": "ghlin",
        "street": "Rue de Baudour 214",
        "postcode": "7011",
        "latitude": "50.48637",
        "longitude": "3.90652",
        "phone": "+32 65 00 04 42",
        "email": "commandes@boucherie-du-vieux-ghlin.example",
        "website": "https://boucherie-du-vieux-ghlin.example/",
        "online_shop_url": "https://boucherie-du-vieux-ghlin.example/commander/",
        "facebook_url": "https://www.facebook.com/boucherieduvieuxghlin/",
        "instagram_url": "",
        "services": ["click_and_collect"],
        "languages": ["fr", "nl"],
        "wheelchair_access": "full",
        "step_free_entrance": True,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": False,
        "joined": "2025-10-06",
        "short_description": {
            "fr": (
                "Boucherie artisanale : viande de fermes du Hainaut, préparations maison et colis "
                "barbecue à commander en ligne."
            ),
            "nl": (
                "Ambachtelijke beenhouwerij: vlees van boerderijen uit Henegouwen, huisbereide "
                "gerechten en barbecuepakketten om online te bestellen."
            ),
            "de": (
                "Handwerksmetzgerei: Fleisch von Höfen im Hennegau, hausgemachte Spezialitäten und "
                "Grillpakete zum Online-Bestellen."
            ),
            "en": (
                "Traditional butcher's: meat from Hainaut farms, homemade specialities and "
                "barbecue packs to order online."
            ),
        },
        "description": {
            "fr": (
                "Grégory est la troisième génération derrière ce comptoir et connaît "
                "personnellement chacun des éleveurs qui le fournissent. Depuis qu'il prend les "
                "commandes en ligne, il prépare la veille ce qui a été réservé, et le samedi ses "
                "clients ne patientent plus que quelques minutes. Ses colis barbecue, lancés sur "
                "le portail, sont devenus la meilleure vente de l'été."
            ),
            "nl": (
                "Grégory is de derde generatie achter deze toonbank en kent elke veehouder die hem "
                "bevoorraadt persoonlijk. Sinds hij online bestellingen aanneemt, maakt hij de "
                "avond voordien klaar wat gereserveerd is, en op zaterdag moeten klanten nog maar "
                "een paar minuten wachten. Zijn barbecuepakketten, gelanceerd via het portaal, "
                "zijn in de zomer zijn bestverkochte product geworden."
            ),
            "de": (
                "Grégory steht in dritter Generation hinter dieser Theke und kennt jeden Züchter, "
                "der ihn beliefert, persönlich. Seit er Bestellungen online annimmt, bereitet er "
                "am Vorabend vor, was reserviert wurde, und samstags warten die Kunden nur noch "
                "wenige Minuten. Seine über das Portal eingeführten Grillpakete sind zum "
                "Verkaufsschlager des Sommers geworden."
            ),
            "en": (
                "Grégory is the third generation behind this counter and personally knows every "
                "farmer who supplies him. Since he began taking orders online, he prepares "
                "reserved orders the evening before, and on Saturdays customers now wait only a "
                "few minutes. His barbecue packs, launched on the portal, have become the summer's "
                "best-seller."
            ),
        },
        "hours": [
            (1, "08:00", "12:30"),
            (1, "14:00", "18:30"),
            (2, "08:00", "12:30"),
            (2, "14:00", "18:30"),
            (3, "08:00", "12:30"),
            (3, "14:00", "18:30"),
            (4, "08:00", "12:30"),
            (4, "14:00", "18:30"),
            (5, "07:30", "17:00"),
            (6, "08:00", "12:00"),
        ],
        "catalogue": [
            {
                "heading": {
                    "fr": "Au comptoir",
                    "nl": "Aan de toonbank",
                    "de": "An der Theke",
                    "en": "At the counter",
                },
                "intro": {
                    "fr": (
                        "Prix au kilo sauf indication contraire ; le poids exact est confirmé au "
                        "retrait."
                    ),
                    "nl": (
                        "Prijzen per kilo, tenzij anders vermeld; het exacte gewicht krijg je bij "
                        "het afhalen."
                    ),
                    "de": (
                        "Preise pro Kilo, sofern nicht anders angegeben; das genaue Gewicht wird "
                        "bei Abholung bestätigt."
                    ),
                    "en": (
                        "Prices per kilo unless stated otherwise; the exact weight is confirmed at "
                        "collection."
                    ),
                },
                "products": [
                    {
                        "name": {
                            "fr": "Steak de Blanc-Bleu belge (le kg)",
                            "nl": "Steak van Belgisch witblauw (per kg)",
                            "de": "Steak vom Weißblauen Belgier (pro kg)",
                            "en": "Belgian Blue steak (per kg)",
                        },
                        "description": None,
                        "price": "31.90",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://boucherie-du-vieux-ghlin.example/commander/steak-blanc-bleu/"
                        ),
                    },
                    {
                        "name": {
                            "fr": "Haché porc et veau (le kg)",
                            "nl": "Gehakt van varken en kalf (per kg)",
                            "de": "Hackfleisch von Schwein und Kalb (pro kg)",
                            "en": "Pork and veal mince (per kg)",
                        },
                        "description": None,
                        "price": "12.90",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://boucherie-du-vieux-ghlin.example/commander/hache-porc-veau/"
                        ),
                    },
                    {
                        "name": {
                            "fr": "Américain préparé maison (le kg)",
                            "nl": "Huisgemaakte préparé (per kg)",
                            "de": "Hausgemachtes Tatar nach belgischer Art (pro kg)",
                            "en": "Homemade Belgian-style steak tartare (per kg)",
                        },
                        "description": {
                            "fr": "Préparé chaque matin, à consommer le jour même.",
                            "nl": "Elke ochtend vers gemaakt, op te eten dezelfde dag.",
                            "de": "Jeden Morgen frisch zubereitet, am selben Tag verzehren.",
                            "en": "Made fresh every morning; eat on the day of purchase.",
                        },
                        "price": "22.50",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Filet de poulet fermier (le kg)",
                            "nl": "Hoevekippenfilet (per kg)",
                            "de": "Hähnchenbrustfilet vom Bauernhof (pro kg)",
                            "en": "Free-range chicken breast (per kg)",
                        },
                        "description": None,
                        "price": "18.50",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://boucherie-du-vieux-ghlin.example/commander/poulet-fermier/"
                        ),
                    },
                    {
                        "name": {
                            "fr": "Saucisses de campagne (le kg)",
                            "nl": "Boerenworsten (per kg)",
                            "de": "Bauernbratwürste (pro kg)",
                            "en": "Country sausages (per kg)",
                        },
                        "description": None,
                        "price": "14.90",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://boucherie-du-vieux-ghlin.example/commander/saucisses-campagne/"
                        ),
                    },
                    {
                        "name": {
                            "fr": "Colis barbecue pour quatre",
                            "nl": "Barbecuepakket voor vier",
                            "de": "Grillpaket für vier Personen",
                            "en": "Barbecue pack for four",
                        },
                        "description": {
                            "fr": (
                                "Environ 1,6 kg : saucisses, brochettes, côtelettes et lard mariné."
                            ),
                            "nl": (
                                "Ongeveer 1,6 kg: worsten, brochettes, koteletten en gemarineerd "
                                "spek."
                            ),
                            "de": "Etwa 1,6 kg: Würste, Spieße, Koteletts und marinierter Speck.",
                            "en": (
                                "About 1.6 kg: sausages, skewers, chops and marinated pork belly."
                            ),
                        },
                        "price": "42.00",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://boucherie-du-vieux-ghlin.example/commander/colis-barbecue/"
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "pas-a-pas",
        "name": "Pas à Pas",
        "category": "chaussures",
        "district": "ghlin",
        "street": "Rue de Baudour 37",
        "postcode": "7011",
        "latitude": "50.48712",
        "longitude": "3.90418",
        "phone": "+32 65 00 04 90",
        "email": "atelier@pas-a-pas-ghlin.example",
        "website": "",
        "online_shop_url": "",
        "facebook_url": "",
        "instagram_url": "",
        "services": [],
        "languages": ["fr", "it"],
        "wheelchair_access": "none",
        "step_free_entrance": False,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": True,
        "joined": "2026-03-09",
        "short_description": {
            "fr": (
                "Cordonnerie et chaussures de qualité : ressemelage, talons, double de clés et "
                "modèles en cuir fabriqués en Europe."
            ),
            "nl": (
                "Schoenmakerij en kwaliteitsschoenen: nieuwe zolen, hakken, sleutels bijmaken en "
                "lederen modellen gemaakt in Europa."
            ),
            "de": (
                "Schuhmacherei und Qualitätsschuhe: neue Sohlen, Absätze, Schlüsseldienst und "
                "Lederschuhe aus europäischer Fertigung."
            ),
            "en": (
                "Cobbler and quality footwear: resoling, heels, key cutting and leather shoes made "
                "in Europe."
            ),
        },
        "description": {
            "fr": (
                "Patrick a appris le métier auprès de son père, cordonnier à Ghlin pendant "
                "quarante ans. Il n'envoie pas de colis, mais sa liste de prix en ligne a "
                "convaincu beaucoup de clients de faire ressemeler leurs chaussures au lieu de les "
                "jeter. Il prévient désormais par SMS quand une réparation est prête."
            ),
            "nl": (
                "Patrick leerde het vak van zijn vader, die veertig jaar schoenmaker was in Ghlin. "
                "Pakjes verstuurt hij niet, maar door zijn prijslijst online laten veel klanten "
                "hun schoenen opnieuw verzolen in plaats van ze weg te gooien. Hij laat nu ook per "
                "sms weten wanneer een herstelling klaar is."
            ),
            "de": (
                "Patrick hat das Handwerk von seinem Vater gelernt, der vierzig Jahre lang "
                "Schuhmacher in Ghlin war. Pakete verschickt er nicht, doch seine Preisliste im "
                "Internet hat viele überzeugt, ihre Schuhe neu besohlen zu lassen, statt sie "
                "wegzuwerfen. Sobald eine Reparatur fertig ist, schickt er jetzt eine SMS."
            ),
            "en": (
                "Patrick learned the trade from his father, a cobbler in Ghlin for forty years. He "
                "doesn't ship parcels, but his online price list has persuaded many customers to "
                "have their shoes resoled rather than throw them away. He now sends a text message "
                "when a repair is ready."
            ),
        },
        "hours": [
            (1, "09:00", "12:00"),
            (1, "13:30", "18:00"),
            (2, "09:00", "12:00"),
            (2, "13:30", "18:00"),
            (3, "09:00", "12:00"),
            (3, "13:30", "18:00"),
            (4, "09:00", "12:00"),
            (4, "13:30", "18:00"),
            (5, "09:00", "13:00"),
        ],
        "catalogue": [
            {
                "heading": {
                    "fr": "Atelier et boutique",
                    "nl": "Werkplaats en winkel",
                    "de": "Werkstatt und Laden",
                    "en": "Workshop and shop",
                },
                "intro": None,
                "products": [
                    {
                        "name": {
                            "fr": "Ressemelage complet en cuir",
                            "nl": "Volledige lederen verzoling",
                            "de": "Komplette Neubesohlung mit Leder",
                            "en": "Full leather resoling",
                        },
                        "description": {
                            "fr": "Prêt en une semaine.",
                            "nl": "Klaar binnen een week.",
                            "de": "Fertig in einer Woche.",
                            "en": "Ready within a week.",
                        },
                        "price": "49.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Remplacement de talons",
                            "nl": "Nieuwe hakken",
                            "de": "Absätze erneuern",
                            "en": "Heel replacement",
                        },
                        "description": None,
                        "price": "18.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Double de clé",
                            "nl": "Sleutel bijmaken",
                            "de": "Schlüssel nachmachen",
                            "en": "Key cutting",
                        },
                        "description": {
                            "fr": "Clés plates standard, faites pendant que vous patientez.",
                            "nl": "Standaard platte sleutels, terwijl je wacht.",
                            "de": "Normale Flachschlüssel, sofort zum Mitnehmen.",
                            "en": "Standard flat keys, cut while you wait.",
                        },
                        "price": "5.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Bottines en cuir pour homme",
                            "nl": "Lederen enkellaarsjes voor heren",
                            "de": "Herren-Stiefeletten aus Leder",
                            "en": "Men's leather ankle boots",
                        },
                        "description": {
                            "fr": "Fabriquées au Portugal, semelle cousue.",
                            "nl": "Gemaakt in Portugal, met genaaide zool.",
                            "de": "In Portugal gefertigt, mit genähter Sohle.",
                            "en": "Made in Portugal with a stitched sole.",
                        },
                        "price": "139.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Baskets en cuir pour femme",
                            "nl": "Lederen sneakers voor dames",
                            "de": "Damen-Sneaker aus Leder",
                            "en": "Women's leather trainers",
                        },
                        "description": None,
                        "price": "99.00",
                        "availability": "on_order",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Cirage et brosse",
                            "nl": "Schoensmeer en borstel",
                            "de": "Schuhcreme und Bürste",
                            "en": "Shoe polish and brush",
                        },
                        "description": None,
                        "price": "9.50",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "fournil-du-pavillon",
        "name": "Le Fournil du Pavillon",
        "category": "boulangerie",
        "district": "cuesmes",
        "street": "Rue du Pavillon 26",
        "postcode": "7033",
        "latitude": "50.44168",
        "longitude": "3.92476",
        "phone": "+32 65 00 05 27",
        "email": "bonjour@fournil-du-pavillon.example",
        "website": "https://fournil-du-pavillon.example/",
        "online_shop_url": "https://fournil-du-pavillon.example/reserver/",
        "facebook_url": "",
        "instagram_url": "https://www.instagram.com/fournildupavillon/",
        "services": ["click_and_collect"],
        "languages": ["fr", "it", "en"],
        "wheelchair_access": "full",
        "step_free_entrance": True,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": False,
        "joined": "2025-02-24",
        "short_description": {
            "fr": (
                "Boulangerie au levain près de la maison Van Gogh : pains, couques et tartes cuits "
                "chaque matin dès l'aube."
            ),
            "nl": (
                "Desembakkerij vlak bij het Van Goghhuis: brood, koffiekoeken en taarten, elke "
                "ochtend vroeg vers gebakken."
            ),
            "de": (
                "Sauerteigbäckerei nahe dem Van-Gogh-Haus: Brot, Plundergebäck und Kuchen, jeden "
                "Morgen frisch gebacken."
            ),
            "en": (
                "Sourdough bakery near the Van Gogh House: bread, pastries and tarts baked fresh "
                "at dawn every day."
            ),
        },
        "description": {
            "fr": (
                "Marco pétrit à la main dès 4 heures du matin, avec des farines moulues dans un "
                "moulin du Hainaut. Les réservations en ligne lui permettent d'ajuster chaque "
                "fournée, si bien qu'il ne jette presque plus rien le soir. Le dimanche, les "
                "tartes commandées la veille sur le portail sont prêtes dès l'ouverture."
            ),
            "nl": (
                "Marco kneedt met de hand vanaf 4 uur 's ochtends, met bloem uit een molen in "
                "Henegouwen. Dankzij de online reservaties stemt hij zijn productie beter af en "
                "gooit hij 's avonds bijna niets meer weg. Op zondag liggen de taarten die de dag "
                "voordien via het portaal besteld zijn klaar vanaf de opening."
            ),
            "de": (
                "Marco knetet ab 4 Uhr morgens von Hand, mit Mehl aus einer Mühle im Hennegau. "
                "Dank der Online-Reservierungen plant er seine Backmengen genauer und wirft abends "
                "kaum noch etwas weg. Sonntags liegen die am Vortag über das Portal bestellten "
                "Kuchen schon zur Öffnung bereit."
            ),
            "en": (
                "Marco kneads by hand from 4 am, using flour from a mill in Hainaut. Online "
                "reservations let him fine-tune each batch, so almost nothing is thrown away in "
                "the evening. On Sundays, tarts ordered the day before on the portal are ready as "
                "soon as the doors open."
            ),
        },
        "hours": [
            (1, "06:30", "18:30"),
            (2, "06:30", "18:30"),
            (3, "06:30", "18:30"),
            (4, "06:30", "18:30"),
            (5, "06:30", "18:00"),
            (6, "06:30", "12:30"),
        ],
        "catalogue": [
            {
                "heading": {"fr": "Pains", "nl": "Brood", "de": "Brot", "en": "Bread"},
                "intro": {
                    "fr": "Pains au levain naturel, cuits sur la sole du four.",
                    "nl": "Brood op natuurlijk desem, op de ovenvloer gebakken.",
                    "de": "Brote mit Natursauerteig, auf Stein gebacken.",
                    "en": "Natural sourdough loaves, baked on the oven floor.",
                },
                "products": [
                    {
                        "name": {
                            "fr": "Pain gris au levain (800 g)",
                            "nl": "Grijs desembrood (800 g)",
                            "de": "Graubrot mit Sauerteig (800 g)",
                            "en": "Sourdough brown loaf (800 g)",
                        },
                        "description": None,
                        "price": "4.20",
                        "availability": "in_stock",
                        "buy_url": "https://fournil-du-pavillon.example/reserver/pain-gris-levain/",
                    },
                    {
                        "name": {
                            "fr": "Baguette tradition",
                            "nl": "Traditionele baguette",
                            "de": "Traditionsbaguette",
                            "en": "Traditional baguette",
                        },
                        "description": None,
                        "price": "1.90",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Pain d'épeautre aux graines (600 g)",
                            "nl": "Speltbrood met zaden (600 g)",
                            "de": "Dinkelbrot mit Saaten (600 g)",
                            "en": "Spelt loaf with seeds (600 g)",
                        },
                        "description": None,
                        "price": "4.90",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://fournil-du-pavillon.example/reserver/pain-epeautre-graines/"
                        ),
                    },
                    {
                        "name": {
                            "fr": "Cramique aux raisins",
                            "nl": "Kramiek met rozijnen",
                            "de": "Rosinenbrot (Cramique)",
                            "en": "Cramique raisin bread",
                        },
                        "description": {
                            "fr": "Brioche aux raisins, idéale pour le petit-déjeuner du dimanche.",
                            "nl": "Briochebrood met rozijnen, ideaal voor het zondagsontbijt.",
                            "de": "Rosinenbrioche, ideal zum Sonntagsfrühstück.",
                            "en": "Raisin brioche loaf, perfect for Sunday breakfast.",
                        },
                        "price": "5.80",
                        "availability": "in_stock",
                        "buy_url": "https://fournil-du-pavillon.example/reserver/cramique/",
                    },
                    {
                        "name": {
                            "fr": "Pistolets (les 6)",
                            "nl": "Pistolets (6 stuks)",
                            "de": "Brötchen (6 Stück)",
                            "en": "Crusty rolls (6)",
                        },
                        "description": None,
                        "price": "3.60",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                ],
            },
            {
                "heading": {
                    "fr": "Viennoiseries et pâtisseries",
                    "nl": "Koffiekoeken en gebak",
                    "de": "Plundergebäck und Kuchen",
                    "en": "Pastries and cakes",
                },
                "intro": None,
                "products": [
                    {
                        "name": {
                            "fr": "Croissant au beurre",
                            "nl": "Botercroissant",
                            "de": "Buttercroissant",
                            "en": "All-butter croissant",
                        },
                        "description": None,
                        "price": "1.40",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Couque suisse",
                            "nl": "Zwitserse koffiekoek",
                            "de": "Rosinenschnecke mit Vanillecreme",
                            "en": "Custard and raisin pastry",
                        },
                        "description": None,
                        "price": "2.20",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Tarte au sucre (6 parts)",
                            "nl": "Suikertaart (6 stukken)",
                            "de": "Zuckerkuchen (6 Stück)",
                            "en": "Sugar tart (6 slices)",
                        },
                        "description": {
                            "fr": "Pâte briochée, cassonade et beurre, notre tarte du dimanche.",
                            "nl": "Briochedeeg met bruine suiker en boter, onze zondagstaart.",
                            "de": (
                                "Briocheteig mit braunem Zucker und Butter, unser Sonntagskuchen."
                            ),
                            "en": "Brioche dough with brown sugar and butter, our Sunday tart.",
                        },
                        "price": "14.00",
                        "availability": "in_stock",
                        "buy_url": "https://fournil-du-pavillon.example/reserver/tarte-au-sucre/",
                    },
                    {
                        "name": {
                            "fr": "Tarte aux pommes (6 parts)",
                            "nl": "Appeltaart (6 stukken)",
                            "de": "Apfelkuchen (6 Stück)",
                            "en": "Apple tart (6 slices)",
                        },
                        "description": None,
                        "price": "16.50",
                        "availability": "in_stock",
                        "buy_url": "https://fournil-du-pavillon.example/reserver/tarte-aux-pommes/",
                    },
                    {
                        "name": {
                            "fr": "Éclair au café",
                            "nl": "Koffie-eclair",
                            "de": "Kaffee-Eclair",
                            "en": "Coffee éclair",
                        },
                        "description": None,
                        "price": "3.20",
                        "availability": "out_of_stock",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "l-atelier-du-marais",
        "name": "L'Atelier du Marais",
        "category": "cafe",
        "district": "cuesmes",
        "street": "Rue du Pavillon 9",
        "postcode": "7033",
        "latitude": "50.44152",
        "longitude": "3.92561",
        "phone": "+32 65 00 05 63",
        "email": "lea@atelier-du-marais.example",
        "website": "",
        "online_shop_url": "",
        "facebook_url": "",
        "instagram_url": "https://www.instagram.com/atelierdumarais.cuesmes/",
        "services": [],
        "languages": ["fr", "nl", "de", "en"],
        "wheelchair_access": "partial",
        "step_free_entrance": False,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": True,
        "joined": "2026-05-04",
        "short_description": {
            "fr": (
                "Petit café-galerie à deux pas de la maison Van Gogh : boissons chaudes, tartines "
                "et expositions d'artistes du Borinage."
            ),
            "nl": (
                "Klein galeriecafé naast het Van Goghhuis: warme dranken, boterhammen en "
                "tentoonstellingen van kunstenaars uit de Borinage."
            ),
            "de": (
                "Kleines Galeriecafé beim Van-Gogh-Haus: Heißgetränke, belegte Brote und "
                "Ausstellungen von Kunstschaffenden aus der Borinage."
            ),
            "en": (
                "Small gallery café next to the Van Gogh House: hot drinks, open sandwiches and "
                "exhibitions by Borinage artists."
            ),
        },
        "description": {
            "fr": (
                "Léa, ancienne professeure d'arts plastiques, expose chaque mois un artiste de la "
                "région sur les murs de son café. Grâce au portail, les visiteurs de la maison Van "
                "Gogh découvrent son adresse avant même d'arriver à Cuesmes. Elle y annonce aussi "
                "ses vernissages, qui attirent désormais un public de tout le Grand Mons."
            ),
            "nl": (
                "Léa, vroeger lerares plastische opvoeding, stelt elke maand een kunstenaar uit de "
                "streek tentoon aan de muren van haar café. Dankzij het portaal ontdekken "
                "bezoekers van het Van Goghhuis haar adres al voor ze in Cuesmes aankomen. Ze "
                "kondigt er ook haar vernissages aan, die nu publiek uit heel Groot-Bergen lokken."
            ),
            "de": (
                "Léa, früher Kunstlehrerin, zeigt jeden Monat Werke aus der Region an den Wänden "
                "ihres Cafés. Über das Portal finden Besucher des Van-Gogh-Hauses ihre Adresse "
                "schon, bevor sie in Cuesmes ankommen. Dort kündigt sie auch ihre Vernissagen an, "
                "zu denen inzwischen Gäste aus ganz Groß-Mons kommen."
            ),
            "en": (
                "Léa, a former art teacher, shows work by a local artist on the walls of her café "
                "every month. Thanks to the portal, visitors to the Van Gogh House find her "
                "address before they even reach Cuesmes. She also announces her exhibition "
                "openings there, which now draw people from all over Greater Mons."
            ),
        },
        "hours": [
            (2, "10:00", "18:00"),
            (3, "10:00", "18:00"),
            (4, "10:00", "18:00"),
            (5, "10:00", "19:00"),
            (6, "10:00", "19:00"),
        ],
        "catalogue": [],
    },
    {
        "slug": "institut-fleur-de-peau",
        "name": "Institut Fleur de Peau",
        "category": "institut-de-beaute",
        "district": "hyon",
        "street": "Rue Jules Hoyois 21",
        "postcode": "7022",
        "latitude": "50.43918",
        "longitude": "3.96507",
        "phone": "+32 65 00 05 81",
        "email": "rdv@institut-fleur-de-peau.example",
        "website": "",
        "online_shop_url": "",
        "facebook_url": "",
        "instagram_url": "https://www.instagram.com/fleurdepeau.hyon/",
        "services": [],
        "languages": ["fr", "en", "pl"],
        "wheelchair_access": "full",
        "step_free_entrance": True,
        "accessible_toilet": True,
        "hearing_loop": False,
        "seating": True,
        "joined": "2025-07-07",
        "short_description": {
            "fr": (
                "Institut de beauté intime et calme : soins du visage, épilations, manucure et "
                "massages, sur rendez-vous en ligne."
            ),
            "nl": (
                "Rustig, kleinschalig schoonheidsinstituut: gezichtsverzorging, ontharing, "
                "manicure en massages, op afspraak via internet."
            ),
            "de": (
                "Ruhiges, kleines Kosmetikstudio: Gesichtsbehandlungen, Haarentfernung, Maniküre "
                "und Massagen, Termine online buchbar."
            ),
            "en": (
                "Small, calm beauty salon: facials, waxing, manicures and massages, bookable "
                "online."
            ),
        },
        "description": {
            "fr": (
                "Kasia a quitté un grand institut bruxellois pour s'installer à Hyon, près de chez "
                "elle. La réservation en ligne a remplacé les appels qui l'obligeaient à "
                "interrompre ses soins. Ses bons cadeaux, désormais proposés sur le portail, font "
                "le bonheur des retardataires la veille de la fête des Mères."
            ),
            "nl": (
                "Kasia ruilde een groot instituut in Brussel in voor een eigen zaak in Hyon, dicht "
                "bij huis. Online boeken heeft de telefoontjes vervangen waarvoor ze vroeger haar "
                "behandelingen moest onderbreken. Haar cadeaubonnen, nu ook op het portaal, zijn "
                "een redding voor laatkomers op de vooravond van Moederdag."
            ),
            "de": (
                "Kasia hat ein großes Institut in Brüssel verlassen, um sich in Hyon, nahe ihrem "
                "Zuhause, selbstständig zu machen. Online-Buchungen haben die Anrufe ersetzt, für "
                "die sie früher ihre Behandlungen unterbrechen musste. Ihre Geschenkgutscheine, "
                "jetzt auch über das Portal erhältlich, retten am Vorabend des Muttertags so "
                "manchen Spätentschlossenen."
            ),
            "en": (
                "Kasia left a large salon in Brussels to set up on her own in Hyon, close to home. "
                "Online booking has replaced the phone calls that used to interrupt her "
                "treatments. Her gift vouchers, now available on the portal, are a lifesaver for "
                "latecomers on the eve of Mother's Day."
            ),
        },
        "hours": [
            (1, "09:00", "18:00"),
            (2, "13:00", "20:00"),
            (3, "09:00", "18:00"),
            (4, "09:00", "18:00"),
            (5, "09:00", "15:00"),
        ],
        "catalogue": [
            {
                "heading": {
                    "fr": "Soins",
                    "nl": "Behandelingen",
                    "de": "Behandlungen",
                    "en": "Treatments",
                },
                "intro": None,
                "products": [
                    {
                        "name": {
                            "fr": "Soin du visage hydratant (60 min)",
                            "nl": "Hydraterende gezichtsbehandeling (60 min)",
                            "de": "Feuchtigkeitspflege für das Gesicht (60 Min.)",
                            "en": "Hydrating facial (60 min)",
                        },
                        "description": None,
                        "price": "65.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Épilation jambes complètes",
                            "nl": "Ontharing volledige benen",
                            "de": "Beinenthaarung komplett",
                            "en": "Full leg wax",
                        },
                        "description": None,
                        "price": "38.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Manucure avec vernis semi-permanent",
                            "nl": "Manicure met semipermanente lak",
                            "de": "Maniküre mit semipermanentem Lack",
                            "en": "Manicure with gel polish",
                        },
                        "description": None,
                        "price": "40.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Massage relaxant du dos (30 min)",
                            "nl": "Ontspannende rugmassage (30 min)",
                            "de": "Entspannende Rückenmassage (30 Min.)",
                            "en": "Relaxing back massage (30 min)",
                        },
                        "description": None,
                        "price": "42.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Bon cadeau",
                            "nl": "Cadeaubon",
                            "de": "Geschenkgutschein",
                            "en": "Gift voucher",
                        },
                        "description": {
                            "fr": "Valable un an sur tous les soins.",
                            "nl": "Een jaar geldig voor alle behandelingen.",
                            "de": "Ein Jahr lang für alle Behandlungen gültig.",
                            "en": "Valid for one year on all treatments.",
                        },
                        "price": "50.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "cycles-du-grand-large",
        "name": "Cycles du Grand Large",
        "category": "velos",
        "district": "nimy",
        "street": "Place de Nimy 6",
        "postcode": "7020",
        "latitude": "50.47521",
        "longitude": "3.95398",
        "phone": "+32 65 00 06 14",
        "email": "atelier@cycles-du-grand-large.example",
        "website": "https://cycles-du-grand-large.example/",
        "online_shop_url": "https://cycles-du-grand-large.example/boutique/",
        "facebook_url": "",
        "instagram_url": "https://www.instagram.com/cyclesdugrandlarge/",
        "services": ["click_and_collect"],
        "languages": ["nl", "fr", "de", "en"],
        "wheelchair_access": "full",
        "step_free_entrance": True,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": True,
        "joined": "2025-03-31",
        "short_description": {
            "fr": (
                "Vente et réparation de vélos près du Grand Large et du RAVeL : vélos de ville, "
                "électriques et cargos."
            ),
            "nl": (
                "Verkoop en herstelling van fietsen vlak bij de Grand Large en de RAVeL: "
                "stadsfietsen, elektrische fietsen en bakfietsen."
            ),
            "de": (
                "Verkauf und Reparatur von Fahrrädern nahe dem Grand Large und dem RAVeL-Radweg: "
                "Stadträder, E-Bikes und Lastenräder."
            ),
            "en": (
                "Bike sales and repairs near the Grand Large lake and the RAVeL path: city bikes, "
                "e-bikes and cargo bikes."
            ),
        },
        "description": {
            "fr": (
                "Lotte, venue de Gand, a ouvert son atelier à Nimy après avoir sillonné la "
                "Wallonie à vélo. Les réparations se réservent en ligne sur un créneau précis, si "
                "bien que les navetteurs déposent leur vélo le matin et le reprennent le soir. "
                "Elle publie aussi ses tarifs d'atelier, ce qui a mis fin aux mauvaises surprises "
                "au moment de payer."
            ),
            "nl": (
                "Lotte komt uit Gent en opende haar werkplaats in Nimy nadat ze Wallonië kriskras "
                "had doorfietst. Herstellingen boek je online met een vast tijdslot, zodat "
                "pendelaars hun fiets 's ochtends binnenbrengen en 's avonds weer ophalen. Ze zet "
                "ook haar werkplaatstarieven online, waardoor er bij het betalen geen onaangename "
                "verrassingen meer zijn."
            ),
            "de": (
                "Lotte stammt aus Gent und hat ihre Werkstatt in Nimy eröffnet, nachdem sie "
                "Wallonien kreuz und quer mit dem Rad erkundet hatte. Reparaturen werden online "
                "mit festem Zeitfenster gebucht, sodass Pendler ihr Rad morgens bringen und abends "
                "wieder abholen. Sie veröffentlicht auch ihre Werkstattpreise, damit es beim "
                "Bezahlen keine bösen Überraschungen mehr gibt."
            ),
            "en": (
                "Lotte, originally from Ghent, opened her workshop in Nimy after cycling all over "
                "Wallonia. Repairs are booked online for a set time slot, so commuters drop off "
                "their bike in the morning and collect it in the evening. She also publishes her "
                "workshop rates, which has put an end to nasty surprises at the till."
            ),
        },
        "hours": [
            (1, "09:30", "12:30"),
            (1, "13:30", "18:30"),
            (2, "09:30", "12:30"),
            (2, "13:30", "18:30"),
            (3, "09:30", "12:30"),
            (3, "13:30", "18:30"),
            (4, "09:30", "12:30"),
            (4, "13:30", "18:30"),
            (5, "09:00", "17:00"),
        ],
        "catalogue": [
            {
                "heading": {
                    "fr": "Atelier",
                    "nl": "Werkplaats",
                    "de": "Werkstatt",
                    "en": "Workshop",
                },
                "intro": {
                    "fr": (
                        "Main-d'œuvre comprise ; les pièces sont facturées en plus sauf mention "
                        "contraire."
                    ),
                    "nl": (
                        "Werkuren inbegrepen; onderdelen worden apart aangerekend, tenzij anders "
                        "vermeld."
                    ),
                    "de": (
                        "Arbeitszeit inklusive; Teile werden extra berechnet, sofern nicht anders "
                        "angegeben."
                    ),
                    "en": "Labour included; parts are charged separately unless stated otherwise.",
                },
                "products": [
                    {
                        "name": {
                            "fr": "Réparation de crevaison",
                            "nl": "Herstelling van een lekke band",
                            "de": "Reparatur einer Reifenpanne",
                            "en": "Puncture repair",
                        },
                        "description": {
                            "fr": (
                                "Chambre à air neuve comprise, avec contrôle du pneu et de la "
                                "pression de votre vélo."
                            ),
                            "nl": (
                                "Inclusief nieuwe binnenband, met controle van band en "
                                "bandenspanning van je fiets."
                            ),
                            "de": (
                                "Inklusive neuem Schlauch, mit Kontrolle von Reifen und Luftdruck "
                                "Ihres Fahrrads."
                            ),
                            "en": (
                                "New inner tube included, plus a check of your bike's tyre and "
                                "pressure."
                            ),
                        },
                        "price": "15.00",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://cycles-du-grand-large.example/boutique/reparation-crevaison/"
                        ),
                    },
                    {
                        "name": {
                            "fr": "Révision complète",
                            "nl": "Volledig onderhoud",
                            "de": "Komplette Inspektion",
                            "en": "Full service",
                        },
                        "description": {
                            "fr": (
                                "Réglage des freins et des vitesses, graissage, serrage et essai "
                                "de votre vélo."
                            ),
                            "nl": (
                                "Afstellen van remmen en versnellingen, smeren, aanspannen en een "
                                "testrit met je fiets."
                            ),
                            "de": (
                                "Einstellen von Bremsen und Schaltung, Schmieren, Nachziehen und "
                                "Probefahrt mit Ihrem Rad."
                            ),
                            "en": (
                                "Brake and gear adjustment, lubrication, tightening and a test "
                                "ride on your bike."
                            ),
                        },
                        "price": "79.00",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://cycles-du-grand-large.example/boutique/revision-complete/"
                        ),
                    },
                    {
                        "name": {
                            "fr": "Réglage freins et vitesses",
                            "nl": "Afstellen van remmen en versnellingen",
                            "de": "Einstellung von Bremsen und Schaltung",
                            "en": "Brake and gear tune-up",
                        },
                        "description": None,
                        "price": "29.00",
                        "availability": "in_stock",
                        "buy_url": "https://cycles-du-grand-large.example/boutique/reglages/",
                    },
                    {
                        "name": {
                            "fr": "Remplacement de chaîne",
                            "nl": "Vervangen van de ketting",
                            "de": "Kettenwechsel",
                            "en": "Chain replacement",
                        },
                        "description": {
                            "fr": "Pose seule, chaîne facturée en plus.",
                            "nl": "Enkel plaatsing, ketting apart aangerekend.",
                            "de": "Nur Montage, die Kette wird extra berechnet.",
                            "en": "Fitting only; the chain is charged separately.",
                        },
                        "price": "12.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Diagnostic de vélo électrique",
                            "nl": "Diagnose van een elektrische fiets",
                            "de": "E-Bike-Diagnose",
                            "en": "E-bike diagnostic check",
                        },
                        "description": {
                            "fr": (
                                "Lecture des erreurs, test de la batterie et mise à jour du moteur."
                            ),
                            "nl": "Uitlezen van foutcodes, batterijtest en update van de motor.",
                            "de": "Fehlerspeicher auslesen, Akkutest und Motor-Update.",
                            "en": "Error code reading, battery test and motor software update.",
                        },
                        "price": "35.00",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://cycles-du-grand-large.example/boutique/diagnostic-electrique/"
                        ),
                    },
                ],
            },
            {
                "heading": {
                    "fr": "Accessoires",
                    "nl": "Toebehoren",
                    "de": "Zubehör",
                    "en": "Accessories",
                },
                "intro": None,
                "products": [
                    {
                        "name": {
                            "fr": "Casque urbain",
                            "nl": "Stadshelm",
                            "de": "Stadthelm",
                            "en": "Urban helmet",
                        },
                        "description": None,
                        "price": "49.00",
                        "availability": "in_stock",
                        "buy_url": "https://cycles-du-grand-large.example/boutique/casque-urbain/",
                    },
                    {
                        "name": {
                            "fr": "Antivol en U",
                            "nl": "Beugelslot",
                            "de": "Bügelschloss",
                            "en": "U-lock",
                        },
                        "description": None,
                        "price": "39.90",
                        "availability": "in_stock",
                        "buy_url": "https://cycles-du-grand-large.example/boutique/antivol-u/",
                    },
                    {
                        "name": {
                            "fr": "Kit d'éclairage LED avant et arrière",
                            "nl": "Ledverlichting voor en achter",
                            "de": "LED-Beleuchtungsset vorne und hinten",
                            "en": "Front and rear LED light set",
                        },
                        "description": None,
                        "price": "29.90",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Chambre à air",
                            "nl": "Binnenband",
                            "de": "Fahrradschlauch",
                            "en": "Inner tube",
                        },
                        "description": None,
                        "price": "7.50",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Sacoche de porte-bagages imperméable",
                            "nl": "Waterdichte fietstas",
                            "de": "Wasserdichte Gepäckträgertasche",
                            "en": "Waterproof pannier",
                        },
                        "description": None,
                        "price": "59.00",
                        "availability": "on_order",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "l-herbier-de-nimy",
        "name": "L'Herbier de Nimy",
        "category": "fleuriste",
        "district": "nimy",
        "street": "Place de Nimy 19",
        "postcode": "7020",
        "latitude": "50.47563",
        "longitude": "3.95497",
        "phone": "+32 65 00 06 55",
        "email": "jerome@herbier-de-nimy.example",
        "website": "",
        "online_shop_url": "",
        "facebook_url": "",
        "instagram_url": "",
        "services": ["delivery"],
        "languages": ["fr"],
        "wheelchair_access": "none",
        "step_free_entrance": False,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": False,
        "joined": "2026-09-14",
        "short_description": {
            "fr": (
                "Fleuriste de village : fleurs coupées, plantes de jardin, compositions pour "
                "cérémonies et livraison dans le nord de Mons."
            ),
            "nl": (
                "Dorpsbloemist: snijbloemen, tuinplanten, bloemstukken voor plechtigheden en "
                "levering in het noorden van Bergen."
            ),
            "de": (
                "Blumenladen im Dorf: Schnittblumen, Gartenpflanzen, Gestecke für Feiern und "
                "Lieferung im Norden von Mons."
            ),
            "en": (
                "Village florist: cut flowers, garden plants, arrangements for ceremonies and "
                "delivery across northern Mons."
            ),
        },
        "description": {
            "fr": (
                "Jérôme est fleuriste à Nimy depuis 2008 et connaît la plupart de ses clients par "
                "leur prénom. Il vient de rejoindre la campagne et commence par une fiche claire "
                "avec ses horaires et son numéro, en attendant de proposer un catalogue. Ses "
                "voisins peuvent déjà lui écrire pour commander une livraison."
            ),
            "nl": (
                "Jérôme is sinds 2008 bloemist in Nimy en kent de meeste klanten bij hun voornaam. "
                "Hij neemt pas sinds kort deel aan de campagne en begint met een duidelijke pagina "
                "met openingsuren en telefoonnummer, in afwachting van een catalogus. Buren kunnen "
                "hem nu al een bericht sturen om een levering te bestellen."
            ),
            "de": (
                "Jérôme ist seit 2008 Florist in Nimy und kennt die meisten Kundinnen und Kunden "
                "beim Vornamen. Er ist der Kampagne gerade erst beigetreten und beginnt mit einem "
                "übersichtlichen Eintrag mit Öffnungszeiten und Telefonnummer, bis ein Katalog "
                "folgt. Nachbarn können ihm schon jetzt schreiben, um eine Lieferung zu bestellen."
            ),
            "en": (
                "Jérôme has been a florist in Nimy since 2008 and knows most of his customers by "
                "their first name. He has only just joined the campaign and is starting with a "
                "clear page showing his hours and phone number, with a catalogue to follow. "
                "Neighbours can already message him to order a delivery."
            ),
        },
        "hours": [
            (1, "09:00", "12:00"),
            (1, "14:00", "18:00"),
            (2, "09:00", "12:00"),
            (2, "14:00", "18:00"),
            (3, "09:00", "12:00"),
            (3, "14:00", "18:00"),
            (4, "09:00", "12:00"),
            (4, "14:00", "18:00"),
            (5, "09:00", "12:00"),
            (5, "14:00", "18:00"),
            (6, "09:00", "12:00"),
        ],
        "catalogue": [],
    },
    {
        "slug": "les-bulles-d-havre",
        "name": "Les Bulles d'Havré",
        "category": "cave-bieres-vins",
        "district": "havre",
        "street": "Chaussée du Roeulx 1240",
        "postcode": "7021",
        "latitude": "50.46381",
        "longitude": "4.03918",
        "phone": "+32 65 00 06 92",
        "email": "sante@bulles-d-havre.example",
        "website": "https://bulles-d-havre.example/",
        "online_shop_url": "https://bulles-d-havre.example/boutique/",
        "facebook_url": "",
        "instagram_url": "https://www.instagram.com/bullesdhavre/",
        "services": ["delivery", "click_and_collect"],
        "languages": ["fr", "nl", "en"],
        "wheelchair_access": "full",
        "step_free_entrance": True,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": True,
        "joined": "2025-12-01",
        "short_description": {
            "fr": (
                "Cave à bières et vins : brasseries artisanales du Hainaut, vins de Wallonie et "
                "coffrets cadeaux sur mesure."
            ),
            "nl": (
                "Bier- en wijnhandel: ambachtelijke brouwerijen uit Henegouwen, Waalse wijnen en "
                "geschenkpakketten op maat."
            ),
            "de": (
                "Bier- und Weinhandlung: Handwerksbrauereien aus dem Hennegau, Weine aus der "
                "Wallonie und individuelle Geschenkboxen."
            ),
            "en": (
                "Beer and wine shop: craft breweries from Hainaut, Walloon wines and made-to-order "
                "gift boxes."
            ),
        },
        "description": {
            "fr": (
                "Benoît, ancien brasseur amateur, propose plus de deux cents bières, dont une "
                "bonne part brassée à moins de cinquante kilomètres. Grâce à la boutique en ligne, "
                "il prépare des coffrets pour les entreprises et livre chaque jeudi des cafés du "
                "Grand Mons. Ses dégustations mensuelles affichent complet depuis qu'on peut "
                "réserver sa place sur le portail."
            ),
            "nl": (
                "Benoît, vroeger hobbybrouwer, heeft meer dan tweehonderd bieren in het rek, "
                "waarvan een groot deel gebrouwen binnen vijftig kilometer. Met de webwinkel stelt "
                "hij geschenkpakketten samen voor bedrijven en elke donderdag belevert hij cafés "
                "in Groot-Bergen. Zijn maandelijkse proeverijen zijn volzet sinds je je plaats op "
                "het portaal kunt reserveren."
            ),
            "de": (
                "Benoît, früher Hobbybrauer, führt über zweihundert Biere, viele davon in weniger "
                "als fünfzig Kilometern Entfernung gebraut. Über den Onlineshop stellt er "
                "Geschenkboxen für Firmen zusammen und beliefert jeden Donnerstag Cafés in "
                "Groß-Mons. Seine monatlichen Verkostungen sind ausgebucht, seit man seinen Platz "
                "über das Portal reservieren kann."
            ),
            "en": (
                "Benoît, a former home brewer, stocks more than two hundred beers, many of them "
                "brewed within fifty kilometres. With the online shop he puts together gift boxes "
                "for companies and supplies cafés across Greater Mons every Thursday. His monthly "
                "tastings have been fully booked ever since places could be reserved on the portal."
            ),
        },
        "hours": [
            (2, "10:00", "12:30"),
            (2, "14:00", "19:00"),
            (3, "10:00", "12:30"),
            (3, "14:00", "19:00"),
            (4, "10:00", "12:30"),
            (4, "14:00", "19:00"),
            (5, "10:00", "18:00"),
            (6, "10:00", "12:30"),
        ],
        "catalogue": [
            {
                "heading": {
                    "fr": "Bières et vins",
                    "nl": "Bieren en wijnen",
                    "de": "Biere und Weine",
                    "en": "Beers and wines",
                },
                "intro": {
                    "fr": "Pas de vente d'alcool aux moins de 16 ans (18 ans pour les spiritueux).",
                    "nl": (
                        "Geen verkoop van alcohol aan jongeren onder 16 jaar (18 jaar voor "
                        "sterkedrank)."
                    ),
                    "de": (
                        "Kein Verkauf von Alkohol an Personen unter 16 Jahren (unter 18 Jahren bei "
                        "Spirituosen)."
                    ),
                    "en": "No sale of alcohol to under-16s (under-18s for spirits).",
                },
                "products": [
                    {
                        "name": {
                            "fr": "Coffret découverte de six bières du Hainaut",
                            "nl": "Ontdekkingspakket met zes bieren uit Henegouwen",
                            "de": "Probierbox mit sechs Bieren aus dem Hennegau",
                            "en": "Discovery box of six Hainaut beers",
                        },
                        "description": {
                            "fr": "Six bouteilles de 33 cl et un verre gravé.",
                            "nl": "Zes flesjes van 33 cl en een gegraveerd glas.",
                            "de": "Sechs Flaschen zu 0,33 l und ein graviertes Glas.",
                            "en": "Six 33 cl bottles and an engraved glass.",
                        },
                        "price": "24.90",
                        "availability": "in_stock",
                        "buy_url": "https://bulles-d-havre.example/boutique/coffret-hainaut/",
                    },
                    {
                        "name": {
                            "fr": "Bière de saison blonde (33 cl)",
                            "nl": "Blond seizoensbier (33 cl)",
                            "de": "Helles Saisonbier (0,33 l)",
                            "en": "Blonde saison beer (33 cl)",
                        },
                        "description": None,
                        "price": "2.70",
                        "availability": "in_stock",
                        "buy_url": "https://bulles-d-havre.example/boutique/saison-blonde/",
                    },
                    {
                        "name": {
                            "fr": "Triple ambrée (75 cl)",
                            "nl": "Amberkleurige tripel (75 cl)",
                            "de": "Bernsteinfarbenes Tripel (0,75 l)",
                            "en": "Amber tripel (75 cl)",
                        },
                        "description": None,
                        "price": "6.90",
                        "availability": "in_stock",
                        "buy_url": "https://bulles-d-havre.example/boutique/triple-ambree/",
                    },
                    {
                        "name": {
                            "fr": "Vin blanc de Wallonie (75 cl)",
                            "nl": "Witte wijn uit Wallonië (75 cl)",
                            "de": "Weißwein aus der Wallonie (0,75 l)",
                            "en": "Walloon white wine (75 cl)",
                        },
                        "description": {
                            "fr": "Un blanc sec et vif issu d'un vignoble de la région.",
                            "nl": "Een frisse, droge witte wijn van een wijngaard uit de streek.",
                            "de": "Ein frischer, trockener Weißwein von einem Weingut der Region.",
                            "en": "A crisp, dry white from a vineyard in the region.",
                        },
                        "price": "17.50",
                        "availability": "in_stock",
                        "buy_url": "https://bulles-d-havre.example/boutique/vin-blanc-wallonie/",
                    },
                    {
                        "name": {
                            "fr": "Crémant de Wallonie (75 cl)",
                            "nl": "Crémant uit Wallonië (75 cl)",
                            "de": "Crémant aus der Wallonie (0,75 l)",
                            "en": "Walloon crémant (75 cl)",
                        },
                        "description": None,
                        "price": "21.00",
                        "availability": "in_stock",
                        "buy_url": "https://bulles-d-havre.example/boutique/cremant-wallonie/",
                    },
                    {
                        "name": {
                            "fr": "Dégustation du premier vendredi",
                            "nl": "Proeverij op de eerste vrijdag",
                            "de": "Verkostung am ersten Freitag",
                            "en": "First-Friday tasting",
                        },
                        "description": {
                            "fr": (
                                "Six bières présentées par Benoît, avec des fromages de la région."
                            ),
                            "nl": "Zes bieren voorgesteld door Benoît, met kazen uit de streek.",
                            "de": "Sechs Biere, vorgestellt von Benoît, dazu Käse aus der Region.",
                            "en": "Six beers introduced by Benoît, served with local cheeses.",
                        },
                        "price": "25.00",
                        "availability": "out_of_stock",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "le-relais-des-douves",
        "name": "Le Relais des Douves",
        "category": "restaurant",
        "district": "havre",
        "street": "Chaussée du Roeulx 1088",
        "postcode": "7021",
        "latitude": "50.46287",
        "longitude": "4.03702",
        "phone": "+32 65 00 07 08",
        "email": "table@relais-des-douves.example",
        "website": "https://relais-des-douves.example/",
        "online_shop_url": "",
        "facebook_url": "https://www.facebook.com/relaisdesdouves.havre/",
        "instagram_url": "",
        "services": [],
        "languages": ["fr", "nl", "en", "it"],
        "wheelchair_access": "full",
        "step_free_entrance": True,
        "accessible_toilet": True,
        "hearing_loop": False,
        "seating": True,
        "joined": "2026-06-22",
        "short_description": {
            "fr": (
                "Restaurant de campagne près du château d'Havré : cuisine du marché, terrasse au "
                "calme et menu du dimanche midi."
            ),
            "nl": (
                "Landelijk restaurant bij het kasteel van Havré: marktkeuken, rustig terras en een "
                "zondagsmenu 's middags."
            ),
            "de": (
                "Landgasthaus beim Schloss Havré: marktfrische Küche, ruhige Terrasse und ein "
                "Sonntagsmenü am Mittag."
            ),
            "en": (
                "Country restaurant near Havré castle: market-fresh cooking, a quiet terrace and a "
                "Sunday lunch menu."
            ),
        },
        "description": {
            "fr": (
                "Hugo et son équipe cuisinent une carte courte qui change chaque semaine selon ce "
                "qu'apportent les maraîchers voisins. Les réservations en ligne ont remplacé le "
                "répondeur, et les tables du dimanche sont désormais prises plusieurs jours à "
                "l'avance. Le restaurant signale aussi sur le portail son entrée de plain-pied et "
                "ses toilettes adaptées, une information que les familles demandent souvent."
            ),
            "nl": (
                "Hugo en zijn team koken een korte kaart die elke week wisselt volgens wat de "
                "groentetelers uit de buurt aanbrengen. Online reserveren heeft het "
                "antwoordapparaat vervangen, en de tafels voor zondag zijn nu dagen op voorhand "
                "volzet. Op het portaal vermeldt het restaurant ook de gelijkvloerse ingang en het "
                "aangepaste toilet, informatie waar gezinnen vaak naar vragen."
            ),
            "de": (
                "Hugo und sein Team kochen eine kleine Karte, die jede Woche je nach Angebot der "
                "Gemüsebauern aus der Nachbarschaft wechselt. Online-Reservierungen haben den "
                "Anrufbeantworter ersetzt, und die Tische für Sonntag sind jetzt Tage im Voraus "
                "vergeben. Auf dem Portal nennt das Restaurant auch den stufenlosen Eingang und "
                "die barrierefreie Toilette, wonach Familien oft fragen."
            ),
            "en": (
                "Hugo and his team cook a short menu that changes weekly with whatever the "
                "neighbouring market gardeners bring in. Online booking has replaced the answering "
                "machine, and Sunday tables are now taken days in advance. The restaurant also "
                "lists its step-free entrance and accessible toilet on the portal, information "
                "families often ask for."
            ),
        },
        "hours": [
            (2, "12:00", "14:00"),
            (2, "19:00", "21:30"),
            (3, "12:00", "14:00"),
            (3, "19:00", "21:30"),
            (4, "12:00", "14:00"),
            (4, "19:00", "21:30"),
            (5, "12:00", "14:00"),
            (5, "19:00", "21:30"),
            (6, "12:00", "15:00"),
        ],
        "catalogue": [],
    },
    {
        "slug": "le-panier-symphorinois",
        "name": "Le Panier Symphorinois",
        "category": "epicerie",
        "district": "saint-symphorien",
        "street": "Rue des Résistants 15",
        "postcode": "7030",
        "latitude": "50.43718",
        "longitude": "4.01183",
        "phone": "+32 65 00 07 36",
        "email": "manon@panier-symphorinois.example",
        "website": "https://panier-symphorinois.example/",
        "online_shop_url": "https://panier-symphorinois.example/commander/",
        "facebook_url": "https://www.facebook.com/panier.symphorinois/",
        "instagram_url": "",
        "services": ["delivery", "click_and_collect"],
        "languages": ["fr", "en"],
        "wheelchair_access": "full",
        "step_free_entrance": True,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": False,
        "joined": "2025-05-05",
        "short_description": {
            "fr": (
                "Épicerie locale et vrac : légumes de producteurs voisins, fromages belges et "
                "produits secs sans emballage."
            ),
            "nl": (
                "Lokale kruidenier met verpakkingsvrije producten: groenten van telers uit de "
                "buurt, Belgische kazen en droge voeding in bulk."
            ),
            "de": (
                "Regionaler Unverpackt-Laden: Gemüse von Erzeugern aus der Nachbarschaft, "
                "belgischer Käse und lose Trockenware."
            ),
            "en": (
                "Local zero-waste grocer: vegetables from nearby growers, Belgian cheeses and dry "
                "goods sold loose."
            ),
        },
        "description": {
            "fr": (
                "Manon a ouvert Le Panier Symphorinois pour que le village retrouve une épicerie "
                "après dix ans sans commerce de proximité. Les paniers de légumes se commandent en "
                "ligne jusqu'au mercredi soir et sont livrés le vendredi, ce qui lui permet "
                "d'acheter aux producteurs exactement ce qu'il faut. Des habitants de Spiennes et "
                "de Villers-Saint-Ghislain font désormais partie de sa tournée."
            ),
            "nl": (
                "Manon opende Le Panier Symphorinois zodat het dorp na tien jaar zonder "
                "buurtwinkel weer een kruidenier heeft. Groentepakketten bestel je online tot "
                "woensdagavond en ze worden op vrijdag geleverd, zodat ze bij de telers precies "
                "koopt wat nodig is. Ook inwoners van Spiennes en Villers-Saint-Ghislain horen nu "
                "bij haar leverronde."
            ),
            "de": (
                "Manon hat Le Panier Symphorinois eröffnet, damit das Dorf nach zehn Jahren ohne "
                "Nahversorger wieder einen Laden hat. Gemüsekörbe werden bis Mittwochabend online "
                "bestellt und freitags geliefert, so kauft sie bei den Erzeugern genau die "
                "richtige Menge ein. Auch Haushalte in Spiennes und Villers-Saint-Ghislain gehören "
                "jetzt zu ihrer Liefertour."
            ),
            "en": (
                "Manon opened Le Panier Symphorinois so the village would have a grocer again "
                "after ten years without a local shop. Vegetable boxes can be ordered online until "
                "Wednesday evening and are delivered on Friday, so she buys exactly what is needed "
                "from the growers. Households in Spiennes and Villers-Saint-Ghislain are now part "
                "of her delivery round."
            ),
        },
        "hours": [
            (1, "09:00", "12:30"),
            (1, "15:00", "19:00"),
            (2, "09:00", "12:30"),
            (2, "15:00", "19:00"),
            (3, "09:00", "12:30"),
            (3, "15:00", "19:00"),
            (4, "09:00", "12:30"),
            (4, "15:00", "19:00"),
            (5, "09:00", "17:00"),
        ],
        "catalogue": [
            {
                "heading": {
                    "fr": "Paniers et produits locaux",
                    "nl": "Pakketten en lokale producten",
                    "de": "Körbe und regionale Produkte",
                    "en": "Boxes and local produce",
                },
                "intro": {
                    "fr": "Commande jusqu'au mercredi 20 h pour une livraison le vendredi.",
                    "nl": "Bestellen tot woensdag 20 uur voor levering op vrijdag.",
                    "de": "Bestellung bis Mittwoch 20 Uhr für Lieferung am Freitag.",
                    "en": "Order by 8 pm on Wednesday for Friday delivery.",
                },
                "products": [
                    {
                        "name": {
                            "fr": "Panier de légumes de saison (petit)",
                            "nl": "Groentepakket van het seizoen (klein)",
                            "de": "Saisonaler Gemüsekorb (klein)",
                            "en": "Seasonal vegetable box (small)",
                        },
                        "description": {
                            "fr": "Pour une ou deux personnes, environ 4 kg.",
                            "nl": "Voor één of twee personen, ongeveer 4 kg.",
                            "de": "Für ein bis zwei Personen, etwa 4 kg.",
                            "en": "For one or two people, about 4 kg.",
                        },
                        "price": "18.00",
                        "availability": "in_stock",
                        "buy_url": "https://panier-symphorinois.example/commander/panier-petit/",
                    },
                    {
                        "name": {
                            "fr": "Panier de légumes de saison (famille)",
                            "nl": "Groentepakket van het seizoen (gezin)",
                            "de": "Saisonaler Gemüsekorb (Familie)",
                            "en": "Seasonal vegetable box (family)",
                        },
                        "description": {
                            "fr": "Pour quatre personnes, environ 7 kg.",
                            "nl": "Voor vier personen, ongeveer 7 kg.",
                            "de": "Für vier Personen, etwa 7 kg.",
                            "en": "For four people, about 7 kg.",
                        },
                        "price": "29.00",
                        "availability": "in_stock",
                        "buy_url": "https://panier-symphorinois.example/commander/panier-famille/",
                    },
                    {
                        "name": {
                            "fr": "Œufs de poules élevées en plein air (boîte de 10)",
                            "nl": "Eieren van vrije-uitloopkippen (doos van 10)",
                            "de": "Freilandeier (10er-Packung)",
                            "en": "Free-range eggs (box of 10)",
                        },
                        "description": None,
                        "price": "4.20",
                        "availability": "in_stock",
                        "buy_url": "https://panier-symphorinois.example/commander/oeufs-plein-air/",
                    },
                    {
                        "name": {
                            "fr": "Fromage d'abbaye (le kg)",
                            "nl": "Abdijkaas (per kg)",
                            "de": "Abteikäse (pro kg)",
                            "en": "Abbey cheese (per kg)",
                        },
                        "description": None,
                        "price": "23.50",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Jus de pommes du Hainaut (1 l)",
                            "nl": "Appelsap uit Henegouwen (1 l)",
                            "de": "Apfelsaft aus dem Hennegau (1 l)",
                            "en": "Hainaut apple juice (1 litre)",
                        },
                        "description": None,
                        "price": "3.80",
                        "availability": "in_stock",
                        "buy_url": "https://panier-symphorinois.example/commander/jus-de-pommes/",
                    },
                    {
                        "name": {
                            "fr": "Sirop de pommes et poires (450 g)",
                            "nl": "Appel-perenstroop (450 g)",
                            "de": "Apfel-Birnen-Kraut (450 g)",
                            "en": "Apple and pear spread (450 g)",
                        },
                        "description": {
                            "fr": "Le sirop à tartiner de nos grands-mères.",
                            "nl": "De smeerbare stroop van onze grootmoeders.",
                            "de": "Der Brotaufstrich wie bei unseren Großmüttern.",
                            "en": "The thick fruit spread our grandmothers loved.",
                        },
                        "price": "5.40",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Lentilles corail en vrac (le kg)",
                            "nl": "Rode linzen in bulk (per kg)",
                            "de": "Rote Linsen lose (pro kg)",
                            "en": "Loose red lentils (per kg)",
                        },
                        "description": None,
                        "price": "6.90",
                        "availability": "out_of_stock",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "atelier-aiguille-et-de",
        "name": "Atelier Aiguille & Dé",
        "category": "vetements",
        "district": "saint-symphorien",
        "street": "Chemin Saint-Pierre 7",
        "postcode": "7030",
        "latitude": "50.43583",
        "longitude": "4.00894",
        "phone": "+32 65 00 07 77",
        "email": "ines@aiguille-et-de.example",
        "website": "",
        "online_shop_url": "",
        "facebook_url": "",
        "instagram_url": "",
        "services": [],
        "languages": ["fr", "es", "pt"],
        "wheelchair_access": "none",
        "step_free_entrance": False,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": True,
        "joined": "2026-01-12",
        "short_description": {
            "fr": (
                "Atelier de couture : retouches, ourlets, fermetures éclair et créations sur "
                "mesure, dans une ancienne grange du village."
            ),
            "nl": (
                "Naaiatelier: retouches, zomen, ritsen en maatwerk, in een oude schuur in het dorp."
            ),
            "de": (
                "Nähatelier: Änderungen, Säume, Reißverschlüsse und Maßanfertigungen in einer "
                "alten Scheune im Dorf."
            ),
            "en": (
                "Sewing workshop: alterations, hems, zips and made-to-measure pieces, in an old "
                "village barn."
            ),
        },
        "description": {
            "fr": (
                "Inès a transformé la grange de sa maison en atelier après une carrière dans la "
                "confection. Elle ne vend rien en ligne, mais sa fiche sur le portail, avec des "
                "photos de ses réalisations, lui vaut des commandes de robes de cérémonie jusqu'à "
                "Binche. Ses clientes prennent maintenant rendez-vous pour les essayages au lieu "
                "de passer à l'improviste."
            ),
            "nl": (
                "Inès bouwde de schuur bij haar huis om tot atelier, na een loopbaan in de "
                "confectie. Ze verkoopt niets online, maar haar pagina op het portaal, met foto's "
                "van haar werk, levert haar bestellingen voor feestjurken op tot in Binche. "
                "Klanten maken nu een afspraak om te passen in plaats van onaangekondigd langs te "
                "komen."
            ),
            "de": (
                "Inès hat nach einer Laufbahn in der Konfektion die Scheune neben ihrem Haus in "
                "ein Atelier verwandelt. Online verkauft sie nichts, doch ihr Eintrag auf dem "
                "Portal mit Fotos ihrer Arbeiten bringt ihr Aufträge für Festkleider bis aus "
                "Binche. Für Anproben vereinbaren Kundinnen jetzt Termine, statt unangemeldet "
                "vorbeizukommen."
            ),
            "en": (
                "Inès turned the barn next to her house into a workshop after a career in garment "
                "making. She sells nothing online, but her page on the portal, with photos of her "
                "work, brings her orders for occasion dresses from as far as Binche. Customers now "
                "book fittings instead of dropping by unannounced."
            ),
        },
        "hours": [
            (1, "09:00", "12:00"),
            (1, "13:30", "17:30"),
            (2, "09:00", "12:00"),
            (2, "13:30", "17:30"),
            (3, "09:00", "12:00"),
            (3, "13:30", "17:30"),
            (5, "09:00", "12:00"),
        ],
        "catalogue": [],
    },
    {
        "slug": "trattoria-nonna-rosa",
        "name": "Trattoria Nonna Rosa",
        "category": "restaurant",
        "district": "flenu",
        "street": "Rue de l'Anglais 31",
        "postcode": "7012",
        "latitude": "50.43724",
        "longitude": "3.88619",
        "phone": "+32 65 00 08 21",
        "email": "ciao@trattoria-nonna-rosa.example",
        "website": "https://trattoria-nonna-rosa.example/",
        "online_shop_url": "https://trattoria-nonna-rosa.example/a-emporter/",
        "facebook_url": "",
        "instagram_url": "https://www.instagram.com/trattorianonnarosa.flenu/",
        "services": ["click_and_collect", "delivery"],
        "languages": ["fr", "it", "en"],
        "wheelchair_access": "partial",
        "step_free_entrance": False,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": True,
        "joined": "2025-10-27",
        "short_description": {
            "fr": (
                "Trattoria familiale : pâtes fraîches, lasagnes de la nonna et pizzas au feu de "
                "bois, sur place ou à emporter."
            ),
            "nl": (
                "Familietrattoria: verse pasta, lasagne van de nonna en pizza's uit de houtoven, "
                "ter plaatse of om mee te nemen."
            ),
            "de": (
                "Familiäre Trattoria: frische Pasta, Lasagne nach Nonnas Rezept und Pizza aus dem "
                "Holzofen, vor Ort oder zum Mitnehmen."
            ),
            "en": (
                "Family trattoria: fresh pasta, nonna's lasagne and wood-fired pizza, to eat in or "
                "take away."
            ),
        },
        "description": {
            "fr": (
                "Salvatore a repris la trattoria ouverte par sa grand-mère Rosa, arrivée des "
                "Abruzzes en 1956 comme tant de familles de mineurs. Les commandes à emporter "
                "passent maintenant par le portail, ce qui a libéré le téléphone pendant le "
                "service du soir. Il livre aussi à Flénu, Jemappes et Cuesmes, avec son neveu au "
                "volant d'une voiture électrique."
            ),
            "nl": (
                "Salvatore nam de trattoria over die zijn grootmoeder Rosa opende, nadat ze in "
                "1956 uit de Abruzzen kwam, zoals zoveel mijnwerkersgezinnen. Afhaalbestellingen "
                "lopen nu via het portaal, waardoor de telefoon tijdens de avondservice niet meer "
                "roodgloeiend staat. Hij levert ook in Flénu, Jemappes en Cuesmes, met zijn neef "
                "aan het stuur van een elektrische auto."
            ),
            "de": (
                "Salvatore hat die Trattoria übernommen, die seine Großmutter Rosa eröffnete, "
                "nachdem sie 1956 wie so viele Bergarbeiterfamilien aus den Abruzzen gekommen war. "
                "Bestellungen zum Mitnehmen laufen jetzt über das Portal, sodass das Telefon im "
                "Abendservice nicht mehr ständig klingelt. Er liefert auch nach Flénu, Jemappes "
                "und Cuesmes, sein Neffe fährt dafür ein Elektroauto."
            ),
            "en": (
                "Salvatore took over the trattoria opened by his grandmother Rosa, who came from "
                "Abruzzo in 1956 like so many mining families. Takeaway orders now come in through "
                "the portal, so the phone no longer rings off the hook during evening service. He "
                "also delivers to Flénu, Jemappes and Cuesmes, with his nephew driving an electric "
                "car."
            ),
        },
        "hours": [
            (1, "11:45", "14:00"),
            (1, "18:00", "22:00"),
            (2, "11:45", "14:00"),
            (2, "18:00", "22:00"),
            (3, "11:45", "14:00"),
            (3, "18:00", "22:00"),
            (4, "11:45", "14:00"),
            (4, "18:00", "22:00"),
            (5, "11:45", "14:00"),
            (5, "18:00", "22:00"),
            (6, "12:00", "14:30"),
        ],
        "catalogue": [
            {
                "heading": {
                    "fr": "À emporter",
                    "nl": "Om mee te nemen",
                    "de": "Zum Mitnehmen",
                    "en": "Takeaway",
                },
                "intro": {
                    "fr": "Livraison le soir à Flénu, Jemappes et Cuesmes à partir de 25 €.",
                    "nl": "'s Avonds levering in Flénu, Jemappes en Cuesmes vanaf 25 euro.",
                    "de": "Abends Lieferung nach Flénu, Jemappes und Cuesmes ab 25 €.",
                    "en": (
                        "Evening delivery to Flénu, Jemappes and Cuesmes on orders of €25 or more."
                    ),
                },
                "products": [
                    {
                        "name": {
                            "fr": "Lasagnes de la nonna",
                            "nl": "Lasagne van de nonna",
                            "de": "Lasagne nach Nonnas Rezept",
                            "en": "Nonna's lasagne",
                        },
                        "description": {
                            "fr": "Bolognaise mijotée quatre heures et béchamel maison.",
                            "nl": "Vier uur gestoofde bolognaise en huisgemaakte bechamelsaus.",
                            "de": "Vier Stunden geschmorte Bolognese und hausgemachte Béchamel.",
                            "en": "Bolognese simmered for four hours and homemade béchamel.",
                        },
                        "price": "14.50",
                        "availability": "in_stock",
                        "buy_url": "https://trattoria-nonna-rosa.example/a-emporter/lasagnes/",
                    },
                    {
                        "name": {
                            "fr": "Pizza margherita au feu de bois",
                            "nl": "Pizza margherita uit de houtoven",
                            "de": "Pizza Margherita aus dem Holzofen",
                            "en": "Wood-fired margherita pizza",
                        },
                        "description": None,
                        "price": "11.50",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://trattoria-nonna-rosa.example/a-emporter/pizza-margherita/"
                        ),
                    },
                    {
                        "name": {
                            "fr": "Tagliatelles aux cèpes",
                            "nl": "Tagliatelle met eekhoorntjesbrood",
                            "de": "Tagliatelle mit Steinpilzen",
                            "en": "Tagliatelle with porcini",
                        },
                        "description": None,
                        "price": "16.00",
                        "availability": "in_stock",
                        "buy_url": (
                            "https://trattoria-nonna-rosa.example/a-emporter/tagliatelles-cepes/"
                        ),
                    },
                    {
                        "name": {
                            "fr": "Arancini (3 pièces)",
                            "nl": "Arancini (3 stuks)",
                            "de": "Arancini (3 Stück)",
                            "en": "Arancini (3 pieces)",
                        },
                        "description": {
                            "fr": "Boulettes de riz frites, cœur de mozzarella.",
                            "nl": "Gefrituurde rijstballetjes met een hart van mozzarella.",
                            "de": "Frittierte Reisbällchen mit Mozzarellakern.",
                            "en": "Fried rice balls with a mozzarella centre.",
                        },
                        "price": "8.50",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Tiramisu maison",
                            "nl": "Huisgemaakte tiramisu",
                            "de": "Hausgemachtes Tiramisu",
                            "en": "Homemade tiramisu",
                        },
                        "description": None,
                        "price": "6.50",
                        "availability": "in_stock",
                        "buy_url": "https://trattoria-nonna-rosa.example/a-emporter/tiramisu/",
                    },
                    {
                        "name": {
                            "fr": "Sauce tomate de Rosa (bocal de 500 ml)",
                            "nl": "Tomatensaus van Rosa (bokaal van 500 ml)",
                            "de": "Rosas Tomatensoße (500-ml-Glas)",
                            "en": "Rosa's tomato sauce (500 ml jar)",
                        },
                        "description": None,
                        "price": "7.50",
                        "availability": "on_order",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "les-ruches-du-by",
        "name": "Les Ruches du By",
        "category": "epicerie",
        "district": "ciply",
        "street": "Rue Brunehaut 58",
        "postcode": "7024",
        "latitude": "50.42187",
        "longitude": "3.94452",
        "phone": "+32 65 00 08 49",
        "email": "miel@ruches-du-by.example",
        "website": "https://ruches-du-by.example/",
        "online_shop_url": "https://ruches-du-by.example/boutique/",
        "facebook_url": "",
        "instagram_url": "https://www.instagram.com/ruchesduby/",
        "services": ["delivery", "click_and_collect"],
        "languages": ["fr", "nl"],
        "wheelchair_access": "partial",
        "step_free_entrance": False,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": True,
        "joined": "2026-04-20",
        "short_description": {
            "fr": (
                "Miellerie familiale : miels récoltés entre Ciply et Mesvin, pain d'épices, "
                "bougies et hydromel, en vente directe."
            ),
            "nl": (
                "Familiale imkerij: honing geoogst tussen Ciply en Mesvin, peperkoek, kaarsen en "
                "mede, rechtstreeks van de imker."
            ),
            "de": (
                "Familienimkerei: Honig aus Ciply und Mesvin, Lebkuchen, Kerzen und Met, direkt "
                "vom Imker."
            ),
            "en": (
                "Family honey farm: honey harvested between Ciply and Mesvin, honey cake, candles "
                "and mead, sold direct."
            ),
        },
        "description": {
            "fr": (
                "Antoine entretient une quarantaine de ruches dans les prairies qui bordent le "
                "ruisseau du By. La boutique en ligne lui permet de vendre ses récoltes sans "
                "intermédiaires et de prévenir ses clients dès qu'un nouveau miel est mis en pot. "
                "Il ouvre désormais sa miellerie aux écoles, sur réservation via le portail."
            ),
            "nl": (
                "Antoine houdt een veertigtal bijenkasten in de weiden langs de By-beek. Dankzij "
                "de webwinkel verkoopt hij zijn oogst zonder tussenhandel en kan hij klanten "
                "verwittigen zodra er een nieuwe honing in pot zit. Hij opent zijn imkerij nu ook "
                "voor scholen, op reservatie via het portaal."
            ),
            "de": (
                "Antoine betreut rund vierzig Bienenvölker auf den Wiesen am Bach By. Über den "
                "Onlineshop verkauft er seine Ernte ohne Zwischenhändler und kann die Kundschaft "
                "informieren, sobald ein neuer Honig abgefüllt ist. Seine Imkerei öffnet er jetzt "
                "auch für Schulklassen, nach Reservierung über das Portal."
            ),
            "en": (
                "Antoine keeps some forty hives in the meadows along the By stream. The online "
                "shop lets him sell his harvest without middlemen and tell customers as soon as a "
                "new honey has been jarred. He now opens his honey house to school groups, booked "
                "through the portal."
            ),
        },
        "hours": [
            (2, "14:00", "18:00"),
            (4, "14:00", "18:00"),
            (5, "09:00", "12:30"),
            (5, "13:30", "17:00"),
        ],
        "catalogue": [
            {
                "heading": {
                    "fr": "Miels et douceurs",
                    "nl": "Honing en lekkernijen",
                    "de": "Honig und Leckereien",
                    "en": "Honey and treats",
                },
                "intro": {
                    "fr": "Miels non chauffés, mis en pot à la main.",
                    "nl": "Onverhitte honing, met de hand in pot gedaan.",
                    "de": "Nicht erhitzter Honig, von Hand abgefüllt.",
                    "en": "Unheated honey, jarred by hand.",
                },
                "products": [
                    {
                        "name": {
                            "fr": "Miel de printemps (250 g)",
                            "nl": "Lentehoning (250 g)",
                            "de": "Frühlingshonig (250 g)",
                            "en": "Spring honey (250 g)",
                        },
                        "description": {
                            "fr": "Crémeux, aux notes de colza et d'arbres fruitiers.",
                            "nl": "Romig, met tonen van koolzaad en fruitbomen.",
                            "de": "Cremig, mit Noten von Raps und Obstblüten.",
                            "en": "Creamy, with notes of rapeseed and fruit blossom.",
                        },
                        "price": "7.50",
                        "availability": "in_stock",
                        "buy_url": "https://ruches-du-by.example/boutique/miel-printemps/",
                    },
                    {
                        "name": {
                            "fr": "Miel d'été toutes fleurs (500 g)",
                            "nl": "Zomerhoning van wilde bloemen (500 g)",
                            "de": "Sommer-Blütenhonig (500 g)",
                            "en": "Summer wildflower honey (500 g)",
                        },
                        "description": None,
                        "price": "12.50",
                        "availability": "in_stock",
                        "buy_url": "https://ruches-du-by.example/boutique/miel-ete/",
                    },
                    {
                        "name": {
                            "fr": "Pain d'épices au miel",
                            "nl": "Peperkoek met honing",
                            "de": "Honiglebkuchen",
                            "en": "Honey spice cake",
                        },
                        "description": None,
                        "price": "8.50",
                        "availability": "in_stock",
                        "buy_url": "https://ruches-du-by.example/boutique/pain-epices/",
                    },
                    {
                        "name": {
                            "fr": "Bougie en cire d'abeille",
                            "nl": "Bijenwaskaars",
                            "de": "Bienenwachskerze",
                            "en": "Beeswax candle",
                        },
                        "description": None,
                        "price": "9.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Hydromel (75 cl)",
                            "nl": "Mede (75 cl)",
                            "de": "Met (0,75 l)",
                            "en": "Mead (75 cl)",
                        },
                        "description": {
                            "fr": "Vin de miel doux, à servir frais.",
                            "nl": "Zoete honingwijn, fris te serveren.",
                            "de": "Süßer Honigwein, gekühlt servieren.",
                            "en": "Sweet honey wine, best served chilled.",
                        },
                        "price": "18.00",
                        "availability": "on_order",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
    {
        "slug": "la-craie-blanche",
        "name": "La Craie Blanche",
        "category": "boucherie",
        "district": "spiennes",
        "street": "Rue du Point du Jour 112",
        "postcode": "7032",
        "latitude": "50.42476",
        "longitude": "3.98018",
        "phone": "+32 65 00 09 03",
        "email": "ferme@la-craie-blanche.example",
        "website": "https://la-craie-blanche.example/",
        "online_shop_url": "https://la-craie-blanche.example/colis/",
        "facebook_url": "",
        "instagram_url": "https://www.instagram.com/lacraieblanche.ferme/",
        "services": ["click_and_collect", "delivery"],
        "languages": ["fr", "en"],
        "wheelchair_access": "partial",
        "step_free_entrance": False,
        "accessible_toilet": False,
        "hearing_loop": False,
        "seating": False,
        "joined": "2025-09-08",
        "short_description": {
            "fr": (
                "Viande de notre élevage en plein air, en colis ou à la découpe à la ferme, et "
                "chicons de Spiennes en saison."
            ),
            "nl": (
                "Vlees van ons eigen vee dat buiten graast, in pakketten of per stuk op de hoeve, "
                "en in het seizoen witloof uit Spiennes."
            ),
            "de": (
                "Fleisch aus eigener Weidehaltung, im Paket oder am Stück im Hofladen, dazu in der "
                "Saison Chicorée aus Spiennes."
            ),
            "en": (
                "Meat from our own pasture-raised herd, in boxes or cut to order at the farm, plus "
                "Spiennes chicory in season."
            ),
        },
        "description": {
            "fr": (
                "Louise et son frère élèvent des Blanc-Bleu et des porcs en plein air sur les "
                "terres familiales, entre les champs de chicons et les minières néolithiques. Les "
                "colis de viande sont réservés en ligne avant l'abattage, si bien que chaque bête "
                "est vendue en entier. Depuis leur arrivée sur le portail, bien des visiteurs du "
                "Silex's font un détour par la ferme."
            ),
            "nl": (
                "Louise en haar broer kweken Belgisch witblauw en scharrelvarkens op de "
                "familiegronden, tussen de witloofvelden en de neolithische vuursteenmijnen. "
                "Vleespakketten worden online gereserveerd nog voor het slachten, zodat elk dier "
                "volledig verkocht raakt. Sinds ze op het portaal staan, maken heel wat bezoekers "
                "van Silex's een ommetje langs de hoeve."
            ),
            "de": (
                "Louise und ihr Bruder halten Weißblaue Belgier und Freilandschweine auf dem "
                "Familienland, zwischen Chicoréefeldern und den jungsteinzeitlichen "
                "Feuersteinminen. Fleischpakete werden vor der Schlachtung online reserviert, "
                "sodass jedes Tier vollständig verkauft wird. Seit sie auf dem Portal sind, machen "
                "viele Besucher des Silex's einen Abstecher zum Hof."
            ),
            "en": (
                "Louise and her brother raise Belgian Blue cattle and free-range pigs on the "
                "family land, between chicory fields and the Neolithic flint mines. Meat boxes are "
                "reserved online before slaughter, so every animal is sold in full. Since joining "
                "the portal, many visitors to Silex's make a detour to the farm."
            ),
        },
        "hours": [(2, "14:00", "18:00"), (4, "14:00", "19:00"), (5, "09:00", "13:00")],
        "catalogue": [
            {
                "heading": {
                    "fr": "Colis et produits de la ferme",
                    "nl": "Pakketten en hoeveproducten",
                    "de": "Pakete und Hofprodukte",
                    "en": "Boxes and farm produce",
                },
                "intro": {
                    "fr": "Les colis sont à retirer le premier samedi du mois.",
                    "nl": "De pakketten worden afgehaald op de eerste zaterdag van de maand.",
                    "de": "Die Pakete werden am ersten Samstag im Monat abgeholt.",
                    "en": "Boxes are collected on the first Saturday of the month.",
                },
                "products": [
                    {
                        "name": {
                            "fr": "Colis de bœuf de 5 kg",
                            "nl": "Rundvleespakket van 5 kg",
                            "de": "Rindfleischpaket (5 kg)",
                            "en": "5 kg beef box",
                        },
                        "description": {
                            "fr": "Steaks, rôti, haché et morceaux à mijoter, soit 19,00 € le kg.",
                            "nl": "Steaks, gebraad, gehakt en stoofvlees, of 19,00 euro per kg.",
                            "de": (
                                "Steaks, Braten, Hackfleisch und Schmorfleisch, also 19,00 € pro "
                                "kg."
                            ),
                            "en": (
                                "Steaks, roasting joint, mince and stewing cuts, i.e. €19.00 per "
                                "kg."
                            ),
                        },
                        "price": "95.00",
                        "availability": "on_order",
                        "buy_url": "https://la-craie-blanche.example/colis/colis-boeuf/",
                    },
                    {
                        "name": {
                            "fr": "Colis de porc de 5 kg",
                            "nl": "Varkensvleespakket van 5 kg",
                            "de": "Schweinefleischpaket (5 kg)",
                            "en": "5 kg pork box",
                        },
                        "description": {
                            "fr": "Côtelettes, rôti, saucisses et lard, soit 14,00 € le kg.",
                            "nl": "Koteletten, gebraad, worsten en spek, of 14,00 euro per kg.",
                            "de": "Koteletts, Braten, Würste und Speck, also 14,00 € pro kg.",
                            "en": "Chops, roasting joint, sausages and belly, i.e. €14.00 per kg.",
                        },
                        "price": "70.00",
                        "availability": "on_order",
                        "buy_url": "https://la-craie-blanche.example/colis/colis-porc/",
                    },
                    {
                        "name": {
                            "fr": "Côte à l'os de bœuf (le kg)",
                            "nl": "Ribstuk van het rund met been (per kg)",
                            "de": "Rinderkotelett mit Knochen (pro kg)",
                            "en": "Bone-in rib of beef (per kg)",
                        },
                        "description": None,
                        "price": "34.00",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Chicons de Spiennes (le kg)",
                            "nl": "Witloof uit Spiennes (per kg)",
                            "de": "Chicorée aus Spiennes (pro kg)",
                            "en": "Spiennes chicory (per kg)",
                        },
                        "description": {
                            "fr": "En vente d'octobre à avril.",
                            "nl": "Te koop van oktober tot april.",
                            "de": "Erhältlich von Oktober bis April.",
                            "en": "Available from October to April.",
                        },
                        "price": "4.50",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                    {
                        "name": {
                            "fr": "Saucisson sec de la ferme (pièce)",
                            "nl": "Droge hoeveworst (per stuk)",
                            "de": "Luftgetrocknete Hofsalami (Stück)",
                            "en": "Farm-made dry sausage (each)",
                        },
                        "description": {
                            "fr": "Environ 250 g.",
                            "nl": "Ongeveer 250 g.",
                            "de": "Etwa 250 g.",
                            "en": "About 250 g.",
                        },
                        "price": "8.90",
                        "availability": "in_stock",
                        "buy_url": "",
                    },
                ],
            },
        ],
    },
]


# Demo merchant accounts, each owning one shop (by slug).
MERCHANTS = [
    {
        "username": "merchant-fleurs",
        "email": "camille@fleurs-du-beffroi.example",
        "first_name": "Camille",
        "last_name": "Verhaegen",
        "language": "fr",
        "shop": "fleurs-du-beffroi",
    },
    {
        "username": "merchant-velos",
        "email": "lotte@cycles-du-grand-large.example",
        "first_name": "Lotte",
        "last_name": "Vandenbroele",
        "language": "nl",
        "shop": "cycles-du-grand-large",
    },
]

# Bookable services of a few demo shops (shop slug → services), in four languages.
SERVICES = {
    "atelier-bertaimont": [
        {
            "name": {
                "fr": "Coupe et coiffage",
                "nl": "Knippen en brushen",
                "de": "Schneiden und Frisieren",
                "en": "Cut and style",
            },
            "description": {
                "fr": "Shampooing, coupe et coiffage, pour cheveux courts ou longs.",
                "nl": "Wassen, knippen en brushen, voor kort of lang haar.",
                "de": "Waschen, Schneiden und Frisieren, für kurzes oder langes Haar.",
                "en": "Wash, cut and style, for short or long hair.",
            },
            "duration_minutes": 45,
            "buffer_minutes": 15,
            "capacity": 2,
        },
        {
            "name": {
                "fr": "Coupe enfant",
                "nl": "Kinderknipbeurt",
                "de": "Kinderhaarschnitt",
                "en": "Children's cut",
            },
            "description": {
                "fr": "Pour les moins de 12 ans, avec un coussin rehausseur.",
                "nl": "Voor kinderen jonger dan 12, met een zitverhoger.",
                "de": "Für Kinder unter 12 Jahren, mit Sitzerhöhung.",
                "en": "For children under 12, with a booster cushion.",
            },
            "duration_minutes": 30,
            "buffer_minutes": 0,
            "capacity": 1,
        },
    ],
    "cycles-du-grand-large": [
        {
            "name": {
                "fr": "Révision de vélo",
                "nl": "Fietsonderhoud",
                "de": "Fahrradinspektion",
                "en": "Bike service",
            },
            "description": {
                "fr": "Freins, vitesses, chaîne et pneus contrôlés et réglés pendant que "
                "vous attendez.",
                "nl": "Remmen, versnellingen, ketting en banden gecontroleerd en afgesteld "
                "terwijl u wacht.",
                "de": "Bremsen, Schaltung, Kette und Reifen werden geprüft und eingestellt, "
                "während Sie warten.",
                "en": "Brakes, gears, chain and tyres checked and adjusted while you wait.",
            },
            "duration_minutes": 60,
            "buffer_minutes": 0,
            "capacity": 2,
        },
    ],
    "clic-et-repare": [
        {
            "name": {
                "fr": "Diagnostic smartphone",
                "nl": "Diagnose smartphone",
                "de": "Smartphone-Diagnose",
                "en": "Smartphone check-up",
            },
            "description": {
                "fr": "Écran, batterie ou connecteur : un devis gratuit en 20 minutes.",
                "nl": "Scherm, batterij of aansluiting: een gratis offerte in 20 minuten.",
                "de": "Display, Akku oder Anschluss: ein kostenloser Kostenvoranschlag in "
                "20 Minuten.",
                "en": "Screen, battery or charging port: a free quote in 20 minutes.",
            },
            "duration_minutes": 20,
            "buffer_minutes": 10,
            "capacity": 1,
        },
    ],
    "fleurs-du-beffroi": [
        {
            "name": {
                "fr": "Consultation fleurs de mariage",
                "nl": "Advies bruidsbloemen",
                "de": "Beratung Hochzeitsblumen",
                "en": "Wedding flowers consultation",
            },
            "description": {
                "fr": "Bouquet, boutonnières et décoration de salle : on en parle autour "
                "d'un café, avec vos photos et vos couleurs.",
                "nl": "Boeket, corsages en zaaldecoratie: we bespreken het bij een koffie, "
                "met uw foto's en kleuren.",
                "de": "Brautstrauß, Anstecker und Saaldekoration: wir besprechen alles bei "
                "einem Kaffee, mit Ihren Fotos und Farben.",
                "en": "Bouquet, buttonholes and venue decoration: we talk it through over "
                "a coffee, with your photos and colours.",
            },
            "duration_minutes": 60,
            "buffer_minutes": 30,
            "capacity": 1,
            "min_notice_hours": 24,
            "horizon_days": 120,
        },
    ],
}

# Fictional residents for the demo bookings.
DEMO_RESIDENTS = [
    ("Léa Dubois-Marchal", "lea.dm@example.org", "fr"),
    ("Jonas Vermeulen", "jonas.v@example.org", "nl"),
    ("Hanna Krüger", "hanna.k@example.org", "de"),
    ("Sam Okafor", "sam.okafor@example.org", "en"),
    ("Inès Lambotte", "ines.l@example.org", "fr"),
]
