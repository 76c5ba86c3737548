"""Fictional demo content of the Vitrine campaign, for the ``load_demo`` management command.

Written for this project: the stories, testimonials, people, partner companies and offers below
are invented. Only facts about Mons itself (districts, streets, the Grand-Place, the city hall
address) are real; partner websites and the contact address use the reserved ``.example``
domain. Shops are referred to by the slugs of ``shops/demo_content.py``, and story quotes use
the owners' first names given there.

Every translatable text is a dict with the keys "fr", "nl", "de" and "en"; French is the source
language. Rich text values are simple HTML (``<p>``, ``<h2>``, ``<h3>``, ``<ul>``, ``<ol>``,
``<li>``, ``<strong>``, ``<em>``); other values are plain text. Dates are ISO strings and prices
are strings in euros with two decimals.
"""

# The home page: hero, the three steps of the campaign, the call to merchants and the
# heading over the live figures.
HOME = {
    "hero_heading": {
        "fr": "Achetez à Mons, en ligne aussi",
        "nl": "Koop in Bergen, ook online",
        "de": "In Mons einkaufen, auch online",
        "en": "Shop in Mons, online too",
    },
    "hero_text": {
        "fr": (
            "Fleuristes, boulangers, libraires, cordonniers : les commerces de Mons vous "
            "accueillent au comptoir et désormais aussi en ligne. Commandez, réservez ou prenez "
            "rendez-vous près de chez vous."
        ),
        "nl": (
            "Bloemisten, bakkers, boekhandels, schoenmakers: de winkels van Bergen ontvangen je "
            "aan de toonbank en voortaan ook online. Bestel, reserveer of maak een afspraak dicht "
            "bij huis."
        ),
        "de": (
            "Floristen, Bäckereien, Buchhandlungen, Schuhmacher: Die Geschäfte von Mons empfangen "
            "Sie an der Ladentheke und jetzt auch online. Bestellen, reservieren oder buchen Sie "
            "einen Termin ganz in Ihrer Nähe."
        ),
        "en": (
            "Florists, bakers, booksellers, cobblers: the shops of Mons welcome you at the counter "
            "and now online as well. Order, reserve or book an appointment close to home."
        ),
    },
    "hero_cta": {
        "fr": "Trouver un commerce",
        "nl": "Een winkel vinden",
        "de": "Geschäft finden",
        "en": "Find a shop",
    },
    "steps_heading": {
        "fr": "Comment fonctionne la campagne",
        "nl": "Zo werkt de campagne",
        "de": "So funktioniert die Kampagne",
        "en": "How the campaign works",
    },
    "steps": [
        {
            "title": {
                "fr": "Un coaching gratuit",
                "nl": "Gratis coaching",
                "de": "Kostenloses Coaching",
                "en": "Free coaching",
            },
            "text": {
                "fr": (
                    "Un expert du numérique accompagne chaque commerçant, dans sa boutique ou dans "
                    "les locaux de la Ville, pour choisir les outils vraiment utiles et apprendre "
                    "à s'en servir."
                ),
                "nl": (
                    "Een digitale expert begeleidt elke handelaar, in de eigen zaak of in de "
                    "lokalen van de Stad, om de tools te kiezen die echt nuttig zijn en ermee te "
                    "leren werken."
                ),
                "de": (
                    "Eine Fachperson für Digitales begleitet jede Händlerin und jeden Händler, im "
                    "eigenen Geschäft oder in den Räumen der Stadt, um die wirklich nützlichen "
                    "Werkzeuge auszuwählen und ihren Umgang zu lernen."
                ),
                "en": (
                    "A digital expert works with each shopkeeper, in the shop or at the city's "
                    "premises, to pick the tools that are genuinely useful and learn how to use "
                    "them."
                ),
            },
        },
        {
            "title": {
                "fr": "Une page pour chaque commerce",
                "nl": "Een pagina voor elke winkel",
                "de": "Eine Seite für jedes Geschäft",
                "en": "A page for every shop",
            },
            "text": {
                "fr": (
                    "Chaque commerce reçoit sa page sur Vitrine, avec ses horaires, son catalogue "
                    "en ligne et, s'il le souhaite, un outil de prise de rendez-vous."
                ),
                "nl": (
                    "Elke winkel krijgt een eigen pagina op Vitrine, met openingsuren, een online "
                    "catalogus en, als de handelaar dat wil, een tool om afspraken te boeken."
                ),
                "de": (
                    "Jedes Geschäft erhält eine eigene Seite auf Vitrine, mit Öffnungszeiten, "
                    "Online-Katalog und auf Wunsch einem Werkzeug zur Terminbuchung."
                ),
                "en": (
                    "Every shop gets its own page on Vitrine, with opening hours, an online "
                    "catalogue and, if the owner wishes, an appointment booking tool."
                ),
            },
        },
        {
            "title": {
                "fr": "Une campagne pour les habitants",
                "nl": "Een campagne voor de inwoners",
                "de": "Eine Kampagne für die Menschen vor Ort",
                "en": "A campaign for residents",
            },
            "text": {
                "fr": (
                    "Les histoires des commerçants sont racontées dans toute la ville pour donner "
                    "envie aux Montois d'acheter près de chez eux."
                ),
                "nl": (
                    "De verhalen van de handelaars worden in de hele stad verteld, zodat de "
                    "Bergenaars zin krijgen om dicht bij huis te kopen."
                ),
                "de": (
                    "Die Geschichten der Händlerinnen und Händler werden in der ganzen Stadt "
                    "erzählt, damit die Menschen in Mons Lust bekommen, in ihrer Nähe einzukaufen."
                ),
                "en": (
                    "Shopkeepers' stories are told all over town so that people in Mons feel like "
                    "buying close to home."
                ),
            },
        },
    ],
    "coaching_heading": {
        "fr": "Vous tenez un commerce à Mons ?",
        "nl": "Hebt u een zaak in Bergen?",
        "de": "Sie führen ein Geschäft in Mons?",
        "en": "Do you run a shop in Mons?",
    },
    "coaching_text": {
        "fr": (
            "Inscrivez-vous au coaching numérique gratuit : quelques séances avec un expert, à "
            "votre rythme, sans obligation d'acheter quoi que ce soit."
        ),
        "nl": (
            "Schrijf u in voor de gratis digitale coaching: enkele sessies met een expert, op uw "
            "eigen tempo, zonder verplichting om iets te kopen."
        ),
        "de": (
            "Melden Sie sich zum kostenlosen Digital-Coaching an: einige Termine mit einer "
            "Fachperson, in Ihrem Tempo und ohne Verpflichtung, etwas zu kaufen."
        ),
        "en": (
            "Sign up for free digital coaching: a few sessions with an expert, at your own pace, "
            "with no obligation to buy anything."
        ),
    },
    "coaching_cta": {
        "fr": "S'inscrire au coaching",
        "nl": "Inschrijven voor de coaching",
        "de": "Zum Coaching anmelden",
        "en": "Sign up for coaching",
    },
    "figures_heading": {
        "fr": "Vitrine en chiffres",
        "nl": "Vitrine in cijfers",
        "de": "Vitrine in Zahlen",
        "en": "Vitrine in figures",
    },
}


# Story topics (tags); slugs are French.
TOPICS = [
    {
        "slug": "commerce-en-ligne",
        "name": {
            "fr": "Vendre en ligne",
            "nl": "Online verkopen",
            "de": "Online verkaufen",
            "en": "Selling online",
        },
    },
    {
        "slug": "reservation-en-ligne",
        "name": {
            "fr": "Réservation en ligne",
            "nl": "Online reserveren",
            "de": "Online-Buchung",
            "en": "Online booking",
        },
    },
    {
        "slug": "coaching-numerique",
        "name": {
            "fr": "Coaching numérique",
            "nl": "Digitale coaching",
            "de": "Digitales Coaching",
            "en": "Digital coaching",
        },
    },
    {
        "slug": "vie-de-quartier",
        "name": {
            "fr": "Vie de quartier",
            "nl": "Buurtleven",
            "de": "Leben im Viertel",
            "en": "Neighbourhood life",
        },
    },
    {
        "slug": "durabilite",
        "name": {
            "fr": "Durabilité",
            "nl": "Duurzaamheid",
            "de": "Nachhaltigkeit",
            "en": "Sustainability",
        },
    },
]


# Merchant stories. "shop" and "related_shops" are shop slugs; body blocks are
# ("paragraph", rich text), ("quote", text and attribution), ("shop_teaser", shop and
# text) and ("testimonial", key of a testimonial below).
STORIES = [
    {
        "slug": "la-page-tournee-reserver-un-livre-apres-la-fermeture",
        "slug_translations": {
            "nl": "la-page-tournee-een-boek-reserveren-na-sluitingstijd",
            "de": "la-page-tournee-buecher-nach-ladenschluss-reservieren",
            "en": "la-page-tournee-reserving-books-after-closing-time",
        },
        "date": "2025-09-18",
        "title": {
            "fr": "À La Page Tournée, les livres se réservent après la fermeture",
            "nl": "Bij La Page Tournée reserveer je boeken na sluitingstijd",
            "de": "Bei La Page Tournée reserviert man Bücher nach Ladenschluss",
            "en": "At La Page Tournée, books are reserved after closing time",
        },
        "intro": {
            "fr": (
                "Élise a ouvert sa librairie rue de Nimy avec des étagères pleines et un carnet de "
                "commandes griffonné. Un catalogue en ligne plus tard, ses clients réservent le "
                "soir et ses jeudis d'auteurs font salle comble."
            ),
            "nl": (
                "Élise opende haar boekhandel in de Rue de Nimy met volle rekken en een "
                "volgekrabbeld bestelschrift. Eén online catalogus later reserveren haar klanten "
                "'s avonds en lopen haar auteursavonden op donderdag vol."
            ),
            "de": (
                "Élise eröffnete ihre Buchhandlung in der Rue de Nimy mit vollen Regalen und einem "
                "vollgekritzelten Bestellheft. Ein Online-Katalog später reservieren ihre "
                "Kundinnen und Kunden abends, und ihre Lesungen am Donnerstag sind ausverkauft."
            ),
            "en": (
                "Élise opened her bookshop on Rue de Nimy with full shelves and a scribbled order "
                "book. One online catalogue later, customers reserve in the evening and her "
                "Thursday author nights are packed."
            ),
        },
        "topics": ["commerce-en-ligne", "vie-de-quartier"],
        "shop": "la-page-tournee",
        "related_shops": ["pralines-du-singe", "le-carillon-bavard"],
        "body": [
            (
                "paragraph",
                {
                    "fr": (
                        "<p>Quand Élise a quitté l'édition à Bruxelles pour ouvrir La Page "
                        "Tournée, elle savait tout des livres et presque rien des sites web. Les "
                        "premiers temps, les commandes spéciales arrivaient par téléphone, notées "
                        "sur des post-it collés au bord de la caisse, et il fallait rappeler "
                        "chaque client quand son livre était arrivé. « Je passais mes fins de "
                        "journée au téléphone au lieu de lire », sourit-elle.</p>"
                    ),
                    "nl": (
                        "<p>Toen Élise de uitgeverswereld in Brussel verliet om La Page Tournée te "
                        "openen, wist ze alles over boeken en bijna niets over websites. In het "
                        "begin kwamen speciale bestellingen telefonisch binnen, genoteerd op "
                        "briefjes die aan de kassa kleefden, en moest ze elke klant terugbellen "
                        "zodra het boek er was. 'Ik hing op het einde van de dag aan de telefoon "
                        "in plaats van te lezen', lacht ze.</p>"
                    ),
                    "de": (
                        "<p>Als Élise die Verlagswelt in Brüssel verließ, um La Page Tournée zu "
                        "eröffnen, wusste sie alles über Bücher und fast nichts über Websites. "
                        "Anfangs kamen Sonderbestellungen per Telefon, notiert auf Klebezetteln am "
                        "Rand der Kasse, und jede Kundin musste zurückgerufen werden, sobald ihr "
                        "Buch eingetroffen war. „Ich habe meine Abende am Telefon verbracht statt "
                        "mit Lesen“, sagt sie lächelnd.</p>"
                    ),
                    "en": (
                        "<p>When Élise left publishing in Brussels to open La Page Tournée, she "
                        "knew everything about books and almost nothing about websites. At first, "
                        "special orders came in by phone, jotted on sticky notes round the edge of "
                        "the till, and every customer had to be rung back once their book had "
                        "arrived. 'I spent the end of every day on the phone instead of reading,' "
                        "she says with a smile.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "fr": (
                        "<h2>Trois séances pour y voir clair</h2>"
                        "<p>Au printemps, elle s'inscrit au coaching de Vitrine. Une experte du "
                        "numérique vient trois fois à la librairie, le lundi matin, quand la porte "
                        "est encore fermée. Ensemble, elles trient les priorités : pas besoin "
                        "d'une grande boutique en ligne avec expédition, mais d'un catalogue clair "
                        "où chaque coup de cœur est présenté en quelques lignes écrites par "
                        "l'équipe. Les clients y réservent un titre d'un clic et le retirent le "
                        "lendemain au comptoir.</p>"
                        " Entre deux séances, Élise a un devoir : photographier dix couvertures et "
                        "écrire, pour chacune, pourquoi elle l'aime. Elle s'en souvient comme du "
                        "moment où elle a compris que le site parlerait avec sa propre voix."
                    ),
                    "nl": (
                        "<h2>Drie sessies om helder te zien</h2>"
                        "<p>In de lente schrijft ze zich in voor de coaching van Vitrine. Een "
                        "digitale expert komt drie keer naar de boekhandel, op maandagochtend, als "
                        "de deur nog dicht is. Samen zetten ze de prioriteiten op een rij: geen "
                        "grote webwinkel met verzending, wel een duidelijke catalogus waarin elke "
                        "favoriet in een paar zinnen van het team wordt voorgesteld. Klanten "
                        "reserveren er met één klik een titel en halen hem de dag nadien aan de "
                        "toonbank af.</p>"
                        " Tussen twee sessies krijgt Élise huiswerk: tien covers fotograferen en "
                        "bij elk boek schrijven waarom ze het graag heeft. Ze herinnert het zich "
                        "als het moment waarop ze begreep dat de site met haar eigen stem zou "
                        "spreken."
                    ),
                    "de": (
                        "<h2>Drei Termine für einen klaren Blick</h2>"
                        "<p>Im Frühling meldet sie sich zum Coaching von Vitrine an. Eine "
                        "Digitalexpertin kommt dreimal in die Buchhandlung, montags am Vormittag, "
                        "wenn die Tür noch geschlossen ist. Gemeinsam sortieren sie die "
                        "Prioritäten: Nötig ist kein großer Onlineshop mit Versand, sondern ein "
                        "übersichtlicher Katalog, in dem jede Empfehlung mit ein paar Zeilen des "
                        "Teams vorgestellt wird. Dort reserviert man ein Buch mit einem Klick und "
                        "holt es am nächsten Tag an der Theke ab.</p>"
                        " Zwischen zwei Terminen bekommt Élise eine Hausaufgabe: zehn Buchcover "
                        "fotografieren und zu jedem aufschreiben, warum sie es mag. Sie erinnert "
                        "sich daran als den Moment, in dem sie verstand, dass die Website mit "
                        "ihrer eigenen Stimme sprechen würde."
                    ),
                    "en": (
                        "<h2>Three sessions to see clearly</h2>"
                        "<p>In the spring she signed up for the Vitrine coaching. A digital expert "
                        "came to the bookshop three times, on Monday mornings while the door was "
                        "still shut. Together they sorted out the priorities: no need for a big "
                        "online shop with shipping, but a clear catalogue where each of the team's "
                        "favourites is introduced in a few lines. Customers reserve a title in one "
                        "click and collect it at the counter the next day.</p>"
                        " Between sessions Élise had homework: photograph ten covers and write, "
                        "for each one, why she loves it. She remembers it as the moment she "
                        "understood the site would speak in her own voice."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "fr": (
                            "Je croyais qu'aller en ligne voulait dire imiter les grandes "
                            "plateformes. En réalité, il s'agissait de montrer ce qu'on fait déjà "
                            "bien ici : conseiller."
                        ),
                        "nl": (
                            "Ik dacht dat online gaan betekende dat je de grote platformen moest "
                            "nadoen. Eigenlijk ging het erom te tonen wat we hier al goed doen: "
                            "advies geven."
                        ),
                        "de": (
                            "Ich dachte, online gehen heißt, die großen Plattformen nachzuahmen. "
                            "Tatsächlich ging es darum zu zeigen, was wir hier schon gut können: "
                            "beraten."
                        ),
                        "en": (
                            "I thought going online meant copying the big platforms. In fact it "
                            "was about showing what we already do well here: giving advice."
                        ),
                    },
                    "attribution": "Élise, La Page Tournée",
                },
            ),
            (
                "paragraph",
                {
                    "fr": (
                        "<h2>Ce qui a changé</h2>"
                        "<p>Aujourd'hui, une bonne partie des réservations arrive entre 21 heures "
                        "et minuit, quand la librairie est fermée depuis longtemps. Les commandes "
                        "spéciales passent par le même formulaire et arrivent en général en 48 "
                        "heures. Élise annonce aussi ses rencontres d'auteurs du jeudi sur le "
                        "portail : la fréquentation a doublé, et le public ne se limite plus aux "
                        "habitués de la rue de Nimy.</p>"
                        "<p>Elle a gardé son carnet, par attachement, mais n'y note plus que ses "
                        "idées de vitrine.</p>"
                    ),
                    "nl": (
                        "<h2>Wat er veranderd is</h2>"
                        "<p>Vandaag komt een groot deel van de reserveringen binnen tussen 21 uur "
                        "en middernacht, als de boekhandel al lang dicht is. Speciale bestellingen "
                        "lopen via hetzelfde formulier en zijn er meestal binnen 48 uur. Élise "
                        "kondigt haar auteursavonden op donderdag ook aan op het portaal: er komt "
                        "dubbel zoveel volk, en niet langer alleen de vaste klanten uit de Rue de "
                        "Nimy.</p>"
                        "<p>Haar schrift heeft ze gehouden, uit gehechtheid, maar ze noteert er "
                        "alleen nog ideeën voor de etalage in.</p>"
                    ),
                    "de": (
                        "<h2>Was sich verändert hat</h2>"
                        "<p>Heute kommt ein guter Teil der Reservierungen zwischen 21 Uhr und "
                        "Mitternacht, wenn die Buchhandlung längst geschlossen ist. "
                        "Sonderbestellungen laufen über dasselbe Formular und sind meist innerhalb "
                        "von 48 Stunden da. Élise kündigt ihre Lesungen am Donnerstag auch auf dem "
                        "Portal an: Es kommen doppelt so viele Gäste, und längst nicht mehr nur "
                        "die Stammkundschaft aus der Rue de Nimy.</p>"
                        "<p>Ihr Heft hat sie behalten, aus Anhänglichkeit, aber sie notiert darin "
                        "nur noch Ideen fürs Schaufenster.</p>"
                    ),
                    "en": (
                        "<h2>What has changed</h2>"
                        "<p>Today a good share of reservations arrive between 9 pm and midnight, "
                        "long after the bookshop has closed. Special orders go through the same "
                        "form and usually arrive within 48 hours. Élise also announces her "
                        "Thursday author evenings on the portal: attendance has doubled, and the "
                        "audience is no longer just the regulars from Rue de Nimy.</p>"
                        "<p>She has kept her notebook out of fondness, but now only jots down "
                        "ideas for the shop window in it.</p>"
                    ),
                },
            ),
            ("testimonial", "camille-fleurs"),
            (
                "shop_teaser",
                {
                    "shop": "la-page-tournee",
                    "text": {
                        "fr": (
                            "Parcourez les coups de cœur de l'équipe et réservez votre prochain "
                            "livre sur la page de La Page Tournée."
                        ),
                        "nl": (
                            "Blader door de favorieten van het team en reserveer je volgende boek "
                            "op de pagina van La Page Tournée."
                        ),
                        "de": (
                            "Stöbern Sie in den Empfehlungen des Teams und reservieren Sie Ihr "
                            "nächstes Buch auf der Seite von La Page Tournée."
                        ),
                        "en": (
                            "Browse the team's favourites and reserve your next book on La Page "
                            "Tournée's page."
                        ),
                    },
                },
            ),
        ],
    },
    {
        "slug": "cuesmes-le-fournil-qui-ne-jette-presque-plus-de-pain",
        "slug_translations": {
            "nl": "cuesmes-de-bakkerij-die-bijna-geen-brood-meer-weggooit",
            "de": "cuesmes-die-backstube-die-kaum-noch-brot-wegwirft",
            "en": "cuesmes-the-bakery-that-hardly-throws-any-bread-away",
        },
        "date": "2025-11-06",
        "title": {
            "fr": "Cuesmes : le fournil qui ne jette presque plus de pain",
            "nl": "Cuesmes: de bakkerij die bijna geen brood meer weggooit",
            "de": "Cuesmes: die Backstube, die kaum noch Brot wegwirft",
            "en": "Cuesmes: the bakery that hardly throws any bread away",
        },
        "intro": {
            "fr": (
                "À 4 heures du matin, Marco ne devine plus combien de pains il vendra : ses "
                "clients le lui disent la veille. Résultat, les invendus ont presque disparu de la "
                "rue du Pavillon."
            ),
            "nl": (
                "Om 4 uur 's ochtends hoeft Marco niet meer te raden hoeveel broden hij zal "
                "verkopen: zijn klanten laten het hem de avond voordien weten. Het resultaat: in "
                "de Rue du Pavillon blijft bijna niets meer liggen."
            ),
            "de": (
                "Um 4 Uhr morgens muss Marco nicht mehr raten, wie viele Brote er verkaufen wird: "
                "Seine Kundschaft sagt es ihm am Vorabend. Das Ergebnis: In der Rue du Pavillon "
                "bleibt kaum noch etwas übrig."
            ),
            "en": (
                "At 4 in the morning Marco no longer has to guess how many loaves he will sell: "
                "his customers tell him the evening before. As a result, unsold bread has all but "
                "vanished from Rue du Pavillon."
            ),
        },
        "topics": ["durabilite", "commerce-en-ligne"],
        "shop": "fournil-du-pavillon",
        "related_shops": ["le-panier-symphorinois"],
        "body": [
            (
                "paragraph",
                {
                    "fr": (
                        "<p>Le métier de boulanger est aussi un pari quotidien. Trop peu de pains, "
                        "et les clients de 17 heures repartent les mains vides ; trop, et les "
                        "miches finissent au compost. Pendant des années, Marco a fait ce pari à "
                        "l'instinct, en regardant la météo et le calendrier scolaire, avec des "
                        "farines d'un moulin du Hainaut qui coûtent trop cher pour être "
                        "gaspillées.</p>"
                    ),
                    "nl": (
                        "<p>Bakker zijn is ook elke dag een gok. Te weinig broden, en de klanten "
                        "van 17 uur gaan met lege handen naar huis; te veel, en de broden belanden "
                        "op de composthoop. Jarenlang deed Marco die gok op zijn gevoel, met een "
                        "oog op het weerbericht en de schoolkalender, en met bloem van een "
                        "Henegouwse molen die te duur is om te verspillen.</p>"
                    ),
                    "de": (
                        "<p>Bäcker zu sein ist auch eine tägliche Wette. Zu wenig Brot, und die "
                        "Kundschaft um 17 Uhr geht leer aus; zu viel, und die Laibe landen auf dem "
                        "Kompost. Jahrelang hat Marco diese Wette aus dem Bauch heraus "
                        "abgeschlossen, mit Blick auf Wetterbericht und Schulferien, und mit Mehl "
                        "aus einer Mühle im Hennegau, das zu teuer ist, um es zu verschwenden.</p>"
                    ),
                    "en": (
                        "<p>Baking is also a daily gamble. Too few loaves and the 5 o'clock "
                        "customers leave empty-handed; too many and the bread ends up on the "
                        "compost heap. For years Marco made that bet on instinct, keeping an eye "
                        "on the weather and the school calendar, using flour from a Hainaut mill "
                        "that is far too good to waste.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "fr": (
                        "<h2>Une idée simple, bien installée</h2>"
                        "<p>Lors de la première séance de coaching, le conseiller de Vitrine lui "
                        "demande ce qui lui coûte le plus. La réponse fuse : le pain jeté le soir. "
                        "Ensemble, ils mettent le catalogue du fournil en ligne, du pain gris au "
                        "levain à la tarte au sucre, avec des réservations possibles jusqu'à 20 "
                        "heures pour le lendemain. Chaque soir, Marco imprime la liste et "
                        "l'accroche au-dessus du pétrin.</p>"
                    ),
                    "nl": (
                        "<h2>Een eenvoudig idee, goed uitgewerkt</h2>"
                        "<p>Tijdens de eerste coachingsessie vraagt de adviseur van Vitrine wat "
                        "hem het meest kost. Het antwoord komt meteen: het brood dat 's avonds weg "
                        "moet. Samen zetten ze de catalogus van de bakkerij online, van grijs "
                        "zuurdesembrood tot suikertaart, met reserveringen tot 20 uur voor de "
                        "volgende dag. Elke avond drukt Marco de lijst af en hangt hij ze boven de "
                        "kneedmachine.</p>"
                    ),
                    "de": (
                        "<h2>Eine einfache Idee, sauber umgesetzt</h2>"
                        "<p>In der ersten Coaching-Sitzung fragt der Berater von Vitrine, was ihn "
                        "am meisten kostet. Die Antwort kommt sofort: das Brot, das abends "
                        "weggeworfen wird. Gemeinsam stellen sie den Katalog der Backstube online, "
                        "vom grauen Sauerteigbrot bis zum Zuckerkuchen, mit Reservierungen bis 20 "
                        "Uhr für den nächsten Tag. Jeden Abend druckt Marco die Liste aus und "
                        "hängt sie über die Knetmaschine.</p>"
                    ),
                    "en": (
                        "<h2>A simple idea, properly set up</h2>"
                        "<p>In the first coaching session, the Vitrine adviser asked what cost him "
                        "the most. The answer came straight away: the bread thrown out at night. "
                        "Together they put the bakery's catalogue online, from grey sourdough to "
                        "sugar tart, with reservations open until 8 pm for the next day. Every "
                        "evening Marco prints the list and pins it above the dough mixer.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "fr": (
                            "Avant, je pétrissais pour des clients imaginaires. Maintenant, la "
                            "moitié de la fournée a déjà un nom quand j'allume le four."
                        ),
                        "nl": (
                            "Vroeger kneedde ik voor denkbeeldige klanten. Nu heeft de helft van "
                            "de bakbeurt al een naam als ik de oven aansteek."
                        ),
                        "de": (
                            "Früher habe ich für eingebildete Kunden geknetet. Heute hat die "
                            "Hälfte der Backladung schon einen Namen, wenn ich den Ofen anheize."
                        ),
                        "en": (
                            "I used to knead for imaginary customers. Now half of each batch "
                            "already has a name on it when I light the oven."
                        ),
                    },
                    "attribution": "Marco, Le Fournil du Pavillon",
                },
            ),
            (
                "paragraph",
                {
                    "fr": (
                        "<h2>Moins de gaspillage, des dimanches plus calmes</h2>"
                        "<p>En quelques mois, les invendus du soir sont passés de plusieurs "
                        "paniers à une poignée de pains, que Marco confie à une association du "
                        "quartier. Le dimanche, les tartes commandées la veille attendent leurs "
                        "propriétaires dès l'ouverture, et la file avance plus vite. Ce qu'il "
                        "économise en gaspillage, il préfère le garder pour ses farines : pas "
                        "question de changer de moulin.</p>"
                        "<p>Le coaching a aussi réglé un détail qui comptait pour lui : les "
                        "clients qui n'ont pas internet continuent de réserver au comptoir, et "
                        "Marco ajoute leurs commandes à la même liste. Personne n'est laissé de "
                        "côté, surtout pas les habitués de la première heure.</p>"
                    ),
                    "nl": (
                        "<h2>Minder verspilling, rustigere zondagen</h2>"
                        "<p>Op enkele maanden tijd slonk wat 's avonds overblijft van een paar "
                        "manden tot een handvol broden, die Marco aan een vereniging uit de buurt "
                        "geeft. Op zondag liggen de taarten die de dag voordien besteld zijn bij "
                        "de opening klaar, en de rij schuift sneller op. Wat hij aan verspilling "
                        "bespaart, houdt hij liever voor zijn bloem: van molen veranderen is geen "
                        "optie.</p>"
                        "<p>De coaching loste ook een detail op dat voor hem belangrijk was: "
                        "klanten zonder internet blijven aan de toonbank reserveren, en Marco zet "
                        "hun bestellingen op dezelfde lijst. Niemand valt uit de boot, zeker de "
                        "trouwe klanten van het eerste uur niet.</p>"
                    ),
                    "de": (
                        "<h2>Weniger Verschwendung, ruhigere Sonntage</h2>"
                        "<p>Innerhalb weniger Monate ist das, was abends übrig bleibt, von "
                        "mehreren Körben auf eine Handvoll Brote geschrumpft, die Marco einem "
                        "Verein aus dem Viertel gibt. Sonntags liegen die am Vortag bestellten "
                        "Kuchen schon zur Öffnung bereit, und die Schlange bewegt sich schneller. "
                        "Was er an Verschwendung spart, steckt er lieber in sein Mehl: Die Mühle "
                        "zu wechseln, kommt nicht infrage.</p>"
                        "<p>Das Coaching hat auch ein Detail geklärt, das ihm wichtig war: Wer "
                        "kein Internet hat, reserviert weiter an der Theke, und Marco trägt diese "
                        "Bestellungen in dieselbe Liste ein. Niemand bleibt außen vor, schon gar "
                        "nicht die Stammkundschaft der ersten Stunde.</p>"
                    ),
                    "en": (
                        "<h2>Less waste, calmer Sundays</h2>"
                        "<p>Within a few months, the evening leftovers shrank from several baskets "
                        "to a handful of loaves, which Marco gives to a local charity. On Sundays, "
                        "tarts ordered the day before are ready when the doors open and the queue "
                        "moves faster. Whatever he saves on waste, he would rather spend on his "
                        "flour: changing mills is out of the question.</p>"
                        "<p>The coaching also settled a detail that mattered to him: customers "
                        "without internet still reserve at the counter, and Marco adds their "
                        "orders to the same list. Nobody is left out, least of all the regulars "
                        "who have been coming from the very start.</p>"
                    ),
                },
            ),
            ("testimonial", "manon-panier"),
            (
                "shop_teaser",
                {
                    "shop": "fournil-du-pavillon",
                    "text": {
                        "fr": (
                            "Réservez votre pain pour demain matin sur la page du Fournil du "
                            "Pavillon."
                        ),
                        "nl": (
                            "Reserveer je brood voor morgenochtend op de pagina van Le Fournil du "
                            "Pavillon."
                        ),
                        "de": (
                            "Reservieren Sie Ihr Brot für morgen früh auf der Seite von Le Fournil "
                            "du Pavillon."
                        ),
                        "en": (
                            "Reserve your bread for tomorrow morning on Le Fournil du Pavillon's "
                            "page."
                        ),
                    },
                },
            ),
        ],
    },
    {
        "slug": "trattoria-nonna-rosa-le-telephone-se-tait",
        "slug_translations": {
            "nl": "trattoria-nonna-rosa-de-telefoon-zwijgt",
            "de": "trattoria-nonna-rosa-das-telefon-schweigt",
            "en": "trattoria-nonna-rosa-the-phone-goes-quiet",
        },
        "date": "2026-01-22",
        "title": {
            "fr": "Trattoria Nonna Rosa : le téléphone se tait, la cuisine respire",
            "nl": "Trattoria Nonna Rosa: de telefoon zwijgt, de keuken ademt",
            "de": "Trattoria Nonna Rosa: Das Telefon schweigt, die Küche atmet auf",
            "en": "Trattoria Nonna Rosa: the phone goes quiet, the kitchen breathes",
        },
        "intro": {
            "fr": (
                "À Flénu, Salvatore passait ses soirées de service le téléphone coincé contre "
                "l'épaule. Depuis que les commandes à emporter arrivent par le portail, il a "
                "retrouvé ses deux mains pour le four à bois."
            ),
            "nl": (
                "In Flénu stond Salvatore elke avond achter het fornuis met de telefoon tegen zijn "
                "schouder geklemd. Sinds de afhaalbestellingen via het portaal binnenkomen, heeft "
                "hij weer twee handen vrij voor de houtoven."
            ),
            "de": (
                "In Flénu verbrachte Salvatore seine Abende am Herd mit dem Telefon zwischen Ohr "
                "und Schulter. Seit die Bestellungen zum Mitnehmen über das Portal kommen, hat er "
                "wieder beide Hände frei für den Holzofen."
            ),
            "en": (
                "In Flénu, Salvatore used to spend evening service with the phone wedged against "
                "his shoulder. Since takeaway orders started coming in through the portal, he has "
                "both hands free for the wood-fired oven again."
            ),
        },
        "topics": ["commerce-en-ligne", "vie-de-quartier"],
        "shop": "trattoria-nonna-rosa",
        "related_shops": ["epicerie-les-deux-rives", "fournil-du-pavillon"],
        "body": [
            (
                "paragraph",
                {
                    "fr": (
                        "<p>La trattoria de la rue de l'Anglais porte le prénom de Rosa, arrivée "
                        "des Abruzzes en 1956 avec une valise et un cahier de recettes, comme tant "
                        "de familles de mineurs du Borinage. Son petit-fils Salvatore a repris les "
                        "fourneaux, la sauce tomate qui mijote des heures et une clientèle fidèle. "
                        "Il a aussi hérité d'un problème bien actuel : le vendredi soir, le "
                        "téléphone sonnait sans arrêt. Entre deux pizzas, il notait les commandes "
                        "à la main, parfois de travers, et les clients patientaient au bout du "
                        "fil.</p>"
                    ),
                    "nl": (
                        "<p>De trattoria in de Rue de l'Anglais draagt de naam van Rosa, die in "
                        "1956 uit de Abruzzen kwam met een koffer en een receptenschrift, zoals "
                        "zoveel mijnwerkersgezinnen in de Borinage. Haar kleinzoon Salvatore nam "
                        "het fornuis over, de tomatensaus die urenlang pruttelt en een trouwe "
                        "klantenkring. Hij erfde ook een heel eigentijds probleem: op vrijdagavond "
                        "rinkelde de telefoon aan één stuk door. Tussen twee pizza's schreef hij "
                        "de bestellingen met de hand op, soms verkeerd, en de klanten moesten aan "
                        "de lijn blijven wachten.</p>"
                    ),
                    "de": (
                        "<p>Die Trattoria in der Rue de l'Anglais trägt den Namen von Rosa, die "
                        "1956 mit einem Koffer und einem Rezeptheft aus den Abruzzen kam, wie so "
                        "viele Bergarbeiterfamilien im Borinage. Ihr Enkel Salvatore hat den Herd "
                        "übernommen, die stundenlang köchelnde Tomatensoße und eine treue "
                        "Stammkundschaft. Geerbt hat er auch ein sehr heutiges Problem: "
                        "Freitagabends klingelte das Telefon ununterbrochen. Zwischen zwei Pizzen "
                        "schrieb er die Bestellungen von Hand auf, manchmal falsch, und die Leute "
                        "mussten in der Leitung warten.</p>"
                    ),
                    "en": (
                        "<p>The trattoria on Rue de l'Anglais bears the name of Rosa, who came "
                        "from Abruzzo in 1956 with a suitcase and a notebook of recipes, like so "
                        "many mining families in the Borinage. Her grandson Salvatore took over "
                        "the stove, the tomato sauce that simmers for hours and a loyal clientele. "
                        "He also inherited a very modern problem: on Friday nights the phone never "
                        "stopped ringing. Between two pizzas he wrote orders down by hand, "
                        "sometimes wrongly, while customers were left hanging on the line.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "fr": (
                        "<h2>Un coaching à l'heure creuse</h2>"
                        "<p>Le coach de la campagne est venu à la trattoria un mardi après-midi, "
                        "entre deux services. En trois rendez-vous, la carte à emporter s'est "
                        "retrouvée sur le portail, avec les prix, les heures de retrait et les "
                        "localités livrées : Flénu, Jemappes et Cuesmes, à partir de 25 euros. "
                        "Salvatore a préféré ne pas encaisser en ligne pour l'instant : on paie au "
                        "retrait ou à la livraison, comme avant.</p>"
                    ),
                    "nl": (
                        "<h2>Coaching tijdens de kalme uren</h2>"
                        "<p>De coach van de campagne kwam op een dinsdagnamiddag naar de "
                        "trattoria, tussen twee diensten in. In drie afspraken stond de "
                        "afhaalkaart op het portaal, met de prijzen, de afhaaluren en de plaatsen "
                        "waar geleverd wordt: Flénu, Jemappes en Cuesmes, vanaf 25 euro. Salvatore "
                        "koos ervoor om voorlopig niet online te laten betalen: je betaalt bij het "
                        "afhalen of bij de levering, zoals vroeger.</p>"
                    ),
                    "de": (
                        "<h2>Coaching in der ruhigen Stunde</h2>"
                        "<p>Der Coach der Kampagne kam an einem Dienstagnachmittag zwischen zwei "
                        "Schichten in die Trattoria. Nach drei Terminen stand die Karte zum "
                        "Mitnehmen auf dem Portal, mit Preisen, Abholzeiten und Liefergebiet: "
                        "Flénu, Jemappes und Cuesmes, ab 25 Euro. Salvatore hat sich entschieden, "
                        "vorerst keine Onlinezahlung anzubieten: Bezahlt wird bei Abholung oder "
                        "Lieferung, wie bisher.</p>"
                    ),
                    "en": (
                        "<h2>Coaching in the quiet hours</h2>"
                        "<p>The campaign's coach came to the trattoria on a Tuesday afternoon, "
                        "between lunch and dinner. Within three sessions the takeaway menu was on "
                        "the portal, with prices, collection times and the places served: Flénu, "
                        "Jemappes and Cuesmes, for orders from EUR 25. Salvatore chose not to take "
                        "payments online for now: customers pay on collection or delivery, just as "
                        "before.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "fr": (
                            "Ma grand-mère disait qu'on ne cuisine pas bien avec une seule main. "
                            "Maintenant, j'ai de nouveau les deux."
                        ),
                        "nl": (
                            "Mijn grootmoeder zei altijd dat je met één hand niet goed kookt. Nu "
                            "heb ik er weer twee."
                        ),
                        "de": (
                            "Meine Großmutter sagte immer, mit einer Hand kocht man nicht gut. "
                            "Jetzt habe ich wieder beide."
                        ),
                        "en": (
                            "My grandmother used to say you can't cook properly with one hand. Now "
                            "I have both again."
                        ),
                    },
                    "attribution": "Salvatore, Trattoria Nonna Rosa",
                },
            ),
            (
                "paragraph",
                {
                    "fr": (
                        "<h2>Le quartier à domicile</h2>"
                        "<p>Les commandes s'affichent désormais sur une tablette en cuisine, "
                        "lisibles et complètes. Le neveu de Salvatore assure les livraisons au "
                        "volant d'une petite voiture électrique et connaît déjà les habitués par "
                        "leur prénom. Le vendredi, la trattoria sert toujours autant de lasagnes, "
                        "mais sans erreurs de commande ni clients agacés au bout du fil.</p>"
                        " Salvatore y a aussi gagné quelque chose qu'il n'attendait pas : il voit "
                        "quels plats partent le mieux selon les soirs. Le mardi, il prépare "
                        "désormais moins d'arancini et plus de tagliatelles aux cèpes."
                    ),
                    "nl": (
                        "<h2>De buurt aan huis</h2>"
                        "<p>De bestellingen verschijnen nu op een tablet in de keuken, leesbaar en "
                        "volledig. De neef van Salvatore doet de leveringen met een kleine "
                        "elektrische auto en kent de vaste klanten al bij hun voornaam. Op vrijdag "
                        "gaan er nog altijd evenveel lasagnes de deur uit, maar zonder "
                        "vergissingen en zonder geïrriteerde klanten aan de lijn.</p>"
                        " Salvatore kreeg er ook iets bij wat hij niet had verwacht: hij ziet "
                        "welke gerechten op welke avond het best verkopen. Op dinsdag maakt hij nu "
                        "minder arancini en meer tagliatelle met eekhoorntjesbrood."
                    ),
                    "de": (
                        "<h2>Das Viertel frei Haus</h2>"
                        "<p>Die Bestellungen erscheinen jetzt lesbar und vollständig auf einem "
                        "Tablet in der Küche. Salvatores Neffe liefert mit einem kleinen "
                        "Elektroauto aus und kennt die Stammgäste schon beim Vornamen. Freitags "
                        "gehen immer noch genauso viele Lasagnen über die Theke, aber ohne falsche "
                        "Bestellungen und ohne verärgerte Anrufer.</p>"
                        " Dazu hat Salvatore etwas gewonnen, womit er nicht gerechnet hatte: Er "
                        "sieht, welche Gerichte an welchem Abend am besten laufen. Dienstags "
                        "bereitet er jetzt weniger Arancini und mehr Tagliatelle mit Steinpilzen "
                        "zu."
                    ),
                    "en": (
                        "<h2>The neighbourhood, delivered</h2>"
                        "<p>Orders now appear on a tablet in the kitchen, legible and complete. "
                        "Salvatore's nephew handles deliveries in a small electric car and already "
                        "knows the regulars by their first names. On Fridays the trattoria still "
                        "sends out just as many lasagnes, but without mixed-up orders or irritated "
                        "callers.</p>"
                        " Salvatore also gained something he had not expected: he can see which "
                        "dishes sell best on which evenings. On Tuesdays he now makes fewer "
                        "arancini and more porcini tagliatelle."
                    ),
                },
            ),
            ("testimonial", "emre-deux-rives"),
            (
                "shop_teaser",
                {
                    "shop": "trattoria-nonna-rosa",
                    "text": {
                        "fr": (
                            "Commandez les lasagnes de la nonna pour ce soir sur la page de la "
                            "Trattoria Nonna Rosa."
                        ),
                        "nl": (
                            "Bestel de lasagne van de nonna voor vanavond op de pagina van "
                            "Trattoria Nonna Rosa."
                        ),
                        "de": (
                            "Bestellen Sie die Lasagne der Nonna für heute Abend auf der Seite der "
                            "Trattoria Nonna Rosa."
                        ),
                        "en": (
                            "Order the nonna's lasagne for tonight on Trattoria Nonna Rosa's page."
                        ),
                    },
                },
            ),
        ],
    },
    {
        "slug": "institut-fleur-de-peau-des-soins-sans-interruption",
        "slug_translations": {
            "nl": "institut-fleur-de-peau-behandelingen-zonder-onderbreking",
            "de": "institut-fleur-de-peau-behandlungen-ohne-unterbrechung",
            "en": "institut-fleur-de-peau-treatments-without-interruptions",
        },
        "date": "2026-05-28",
        "title": {
            "fr": "Institut Fleur de Peau : des soins sans interruption",
            "nl": "Institut Fleur de Peau: behandelingen zonder onderbreking",
            "de": "Institut Fleur de Peau: Behandlungen ohne Unterbrechung",
            "en": "Institut Fleur de Peau: treatments without interruptions",
        },
        "intro": {
            "fr": (
                "Kasia travaille seule dans son institut de Hyon. Chaque appel décroché pendant un "
                "soin était une interruption de trop ; l'agenda en ligne a rendu le calme à sa "
                "cabine."
            ),
            "nl": (
                "Kasia werkt alleen in haar schoonheidsinstituut in Hyon. Elke telefoon tijdens "
                "een behandeling was een onderbreking te veel; de online agenda bracht de rust in "
                "haar behandelkamer terug."
            ),
            "de": (
                "Kasia arbeitet allein in ihrem Kosmetikstudio in Hyon. Jeder Anruf während einer "
                "Behandlung war eine Unterbrechung zu viel; der Online-Kalender hat die Ruhe in "
                "ihre Kabine zurückgebracht."
            ),
            "en": (
                "Kasia works alone in her beauty salon in Hyon. Every call she answered during a "
                "treatment was one interruption too many; the online diary has brought calm back "
                "to her treatment room."
            ),
        },
        "topics": ["reservation-en-ligne", "coaching-numerique"],
        "shop": "institut-fleur-de-peau",
        "related_shops": ["optique-regard-clair", "atelier-bertaimont"],
        "body": [
            (
                "paragraph",
                {
                    "fr": (
                        "<p>Après des années dans un grand institut bruxellois, Kasia a choisi de "
                        "s'installer rue Jules Hoyois, à quelques minutes de chez elle. Travailler "
                        "seule a beaucoup d'avantages, sauf un : personne pour répondre au "
                        "téléphone. En plein massage, elle devait choisir entre laisser sonner et "
                        "perdre un rendez-vous, ou s'excuser, retirer ses gants et décrocher.</p>"
                        " « Je perdais parfois trois ou quatre rendez-vous par semaine, simplement "
                        "parce que je ne pouvais pas répondre », se souvient-elle."
                    ),
                    "nl": (
                        "<p>Na jaren in een groot Brussels instituut koos Kasia ervoor zich te "
                        "vestigen in de Rue Jules Hoyois, op enkele minuten van haar huis. Alleen "
                        "werken heeft veel voordelen, op één na: er is niemand om de telefoon op "
                        "te nemen. Midden in een massage moest ze kiezen tussen laten rinkelen en "
                        "een afspraak mislopen, of zich verontschuldigen, haar handschoenen "
                        "uittrekken en opnemen.</p>"
                        " 'Soms liep ik drie of vier afspraken per week mis, gewoon omdat ik niet "
                        "kon opnemen', herinnert ze zich."
                    ),
                    "de": (
                        "<p>Nach Jahren in einem großen Brüsseler Institut hat sich Kasia in der "
                        "Rue Jules Hoyois niedergelassen, wenige Minuten von ihrer Wohnung "
                        "entfernt. Allein zu arbeiten hat viele Vorteile, bis auf einen: Niemand "
                        "geht ans Telefon. Mitten in einer Massage musste sie sich entscheiden, ob "
                        "sie es klingeln lässt und einen Termin verliert oder sich entschuldigt, "
                        "die Handschuhe auszieht und abnimmt.</p>"
                        " „Manchmal habe ich drei oder vier Termine pro Woche verloren, nur weil "
                        "ich nicht rangehen konnte“, erinnert sie sich."
                    ),
                    "en": (
                        "<p>After years in a large Brussels salon, Kasia chose to set up on Rue "
                        "Jules Hoyois, a few minutes from home. Working alone has plenty of "
                        "advantages but one big drawback: there is nobody to answer the phone. In "
                        "the middle of a massage she had to choose between letting it ring and "
                        "losing a booking, or apologising, taking off her gloves and picking "
                        "up.</p>"
                        " 'Sometimes I lost three or four appointments a week, just because I "
                        "couldn't answer,' she recalls."
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "fr": (
                        "<h2>Ce que le coaching a apporté</h2>"
                        "<p>Lors de la première séance, l'experte de Vitrine et Kasia ont listé "
                        "ses soins, leur durée et le temps nécessaire pour préparer la cabine "
                        "entre deux clientes. Il n'en fallait pas plus pour paramétrer l'outil de "
                        "réservation du portail : un soin du visage bloque une heure, une manucure "
                        "un peu moins, et un quart d'heure de battement est prévu entre deux "
                        "rendez-vous. La deuxième séance a servi à rédiger des descriptions "
                        "claires et à proposer ses bons cadeaux en ligne.</p>"
                    ),
                    "nl": (
                        "<h2>Wat de coaching opleverde</h2>"
                        "<p>In de eerste sessie maakten de expert van Vitrine en Kasia een lijst "
                        "van haar behandelingen, hoe lang ze duren en hoeveel tijd ze nodig heeft "
                        "om de behandelkamer tussen twee klanten klaar te maken. Meer was niet "
                        "nodig om de boekingstool van het portaal in te stellen: een "
                        "gelaatsverzorging neemt een uur in beslag, een manicure iets minder, en "
                        "tussen twee afspraken is er telkens een kwartier speling. De tweede "
                        "sessie diende om duidelijke beschrijvingen te schrijven en haar "
                        "cadeaubonnen online aan te bieden.</p>"
                    ),
                    "de": (
                        "<h2>Was das Coaching gebracht hat</h2>"
                        "<p>In der ersten Sitzung haben die Expertin von Vitrine und Kasia ihre "
                        "Behandlungen aufgelistet, deren Dauer und die Zeit, die sie braucht, um "
                        "die Kabine zwischen zwei Kundinnen vorzubereiten. Mehr war nicht nötig, "
                        "um das Buchungswerkzeug des Portals einzurichten: Eine Gesichtsbehandlung "
                        "blockiert eine Stunde, eine Maniküre etwas weniger, und zwischen zwei "
                        "Terminen ist eine Viertelstunde Puffer eingeplant. In der zweiten Sitzung "
                        "entstanden klare Beschreibungen, und ihre Gutscheine kamen online.</p>"
                    ),
                    "en": (
                        "<h2>What the coaching brought</h2>"
                        "<p>In the first session, the Vitrine expert and Kasia listed her "
                        "treatments, how long each one takes and the time she needs to get the "
                        "room ready between clients. That was all it took to set up the portal's "
                        "booking tool: a facial blocks an hour, a manicure a little less, and a "
                        "fifteen-minute buffer sits between appointments. The second session was "
                        "spent writing clear descriptions and putting her gift vouchers online.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "fr": (
                            "Je n'ai plus besoin de m'excuser auprès de la cliente allongée devant "
                            "moi. Le téléphone ne sonne presque plus, et les réservations arrivent "
                            "quand même, jusqu'au dimanche soir."
                        ),
                        "nl": (
                            "Ik hoef me niet meer te verontschuldigen bij de klant die voor me "
                            "ligt. De telefoon gaat bijna niet meer, en toch komen de boekingen "
                            "binnen, zelfs op zondagavond."
                        ),
                        "de": (
                            "Ich muss mich nicht mehr bei der Kundin auf meiner Liege "
                            "entschuldigen. Das Telefon klingelt kaum noch, und die Buchungen "
                            "kommen trotzdem, bis zum Sonntagabend."
                        ),
                        "en": (
                            "I no longer have to apologise to the client lying in front of me. The "
                            "phone hardly rings any more, yet bookings keep coming in, even on "
                            "Sunday evenings."
                        ),
                    },
                    "attribution": "Kasia, Institut Fleur de Peau",
                },
            ),
            (
                "paragraph",
                {
                    "fr": (
                        "<h2>Les retardataires de la fête des Mères</h2>"
                        "<p>Première surprise : la veille de la fête des Mères, les commandes de "
                        "bons cadeaux se sont enchaînées sur le portail, souvent tard le soir, "
                        "passées par des enfants pris de court. Kasia a préparé les bons à l'aube, "
                        "glissés chacun dans une enveloppe, prêts à être retirés. Au quotidien, "
                        "ses clientes reçoivent une confirmation par e-mail avec le rendez-vous à "
                        "ajouter à leur agenda, et les oublis sont devenus rares.</p>"
                        " Les créneaux du mardi, jour où l'institut reste ouvert jusqu'à 20 "
                        "heures, partent désormais en premier : ce sont ceux des clientes qui "
                        "travaillent en journée."
                    ),
                    "nl": (
                        "<h2>De laatkomers van Moederdag</h2>"
                        "<p>Eerste verrassing: de avond voor Moederdag kwamen de bestellingen voor "
                        "cadeaubonnen op het portaal de een na de ander binnen, vaak laat op de "
                        "avond, van kinderen die het bijna vergeten waren. Kasia maakte ze 's "
                        "ochtends vroeg klaar, in een envelop, klaar om af te halen. In het "
                        "dagelijkse werk krijgen haar klanten een bevestiging per e-mail met de "
                        "afspraak voor hun agenda, en vergeten afspraken zijn zeldzaam "
                        "geworden.</p>"
                        " De tijdsloten op dinsdag, wanneer het instituut tot 20 uur open is, zijn "
                        "nu als eerste weg: daar kiezen de klanten voor die overdag werken."
                    ),
                    "de": (
                        "<h2>Die Spätentschlossenen am Muttertag</h2>"
                        "<p>Erste Überraschung: Am Vorabend des Muttertags gingen auf dem Portal "
                        "eine Gutscheinbestellung nach der anderen ein, oft spätabends, von "
                        "Kindern, die fast zu spät dran waren. Kasia hat sie im Morgengrauen "
                        "vorbereitet, in einen Umschlag gesteckt, abholbereit. Im Alltag erhalten "
                        "ihre Kundinnen eine Bestätigung per E-Mail mit dem Termin für ihren "
                        "Kalender, und vergessene Termine sind selten geworden.</p>"
                        " Die Termine am Dienstag, wenn das Studio bis 20 Uhr geöffnet hat, sind "
                        "jetzt als Erste vergeben: Sie passen den Kundinnen, die tagsüber arbeiten."
                    ),
                    "en": (
                        "<h2>Mother's Day latecomers</h2>"
                        "<p>The first surprise came on the eve of Mother's Day, when gift voucher "
                        "orders on the portal arrived one after another, often late at night, from "
                        "children caught short. Kasia prepared them at dawn, each in an envelope, "
                        "ready to collect. Day to day, her clients get an email confirmation with "
                        "the appointment to add to their calendar, and no-shows have become "
                        "rare.</p>"
                        " Tuesday slots, when the salon stays open until 8 pm, now go first: they "
                        "suit clients who work during the day."
                    ),
                },
            ),
            ("testimonial", "julien-optique"),
            (
                "shop_teaser",
                {
                    "shop": "institut-fleur-de-peau",
                    "text": {
                        "fr": (
                            "Choisissez votre soin et un créneau libre directement sur la page de "
                            "l'Institut Fleur de Peau."
                        ),
                        "nl": (
                            "Kies je behandeling en een vrij tijdslot rechtstreeks op de pagina "
                            "van Institut Fleur de Peau."
                        ),
                        "de": (
                            "Wählen Sie Ihre Behandlung und einen freien Termin direkt auf der "
                            "Seite des Institut Fleur de Peau."
                        ),
                        "en": (
                            "Choose your treatment and a free slot directly on Institut Fleur de "
                            "Peau's page."
                        ),
                    },
                },
            ),
        ],
    },
    {
        "slug": "pas-a-pas-ressemeler-plutot-que-jeter",
        "slug_translations": {
            "nl": "pas-a-pas-herzolen-in-plaats-van-weggooien",
            "de": "pas-a-pas-neu-besohlen-statt-wegwerfen",
            "en": "pas-a-pas-resoling-instead-of-throwing-away",
        },
        "date": "2026-07-16",
        "title": {
            "fr": "Pas à Pas : à Ghlin, on fait ressemeler plutôt que jeter",
            "nl": "Pas à Pas: in Ghlin laat je herzolen in plaats van weggooien",
            "de": "Pas à Pas: In Ghlin wird neu besohlt statt weggeworfen",
            "en": "Pas à Pas: in Ghlin, people resole rather than throw away",
        },
        "intro": {
            "fr": (
                "Patrick répare des chaussures rue de Baudour, là où son père l'a fait pendant "
                "quarante ans. Une simple liste de prix en ligne a convaincu une nouvelle "
                "génération de lui confier ses souliers."
            ),
            "nl": (
                "Patrick herstelt schoenen in de Rue de Baudour, waar zijn vader dat veertig jaar "
                "lang deed. Een eenvoudige prijslijst online heeft een nieuwe generatie overtuigd "
                "om hem haar schoenen toe te vertrouwen."
            ),
            "de": (
                "Patrick repariert Schuhe in der Rue de Baudour, wo sein Vater es vierzig Jahre "
                "lang getan hat. Eine einfache Preisliste im Netz hat eine neue Generation "
                "überzeugt, ihm ihre Schuhe anzuvertrauen."
            ),
            "en": (
                "Patrick repairs shoes on Rue de Baudour, where his father did the same for forty "
                "years. A simple price list online has persuaded a new generation to bring him "
                "their footwear."
            ),
        },
        "topics": ["durabilite", "coaching-numerique"],
        "shop": "pas-a-pas",
        "related_shops": ["cycles-du-grand-large", "clic-et-repare"],
        "body": [
            (
                "paragraph",
                {
                    "fr": (
                        "<p>Dans l'atelier de Pas à Pas, l'odeur de cuir et de colle n'a pas "
                        "changé depuis l'époque où le père de Patrick y travaillait. Ce qui a "
                        "changé, ce sont les clients. Beaucoup de jeunes parents et d'étudiants "
                        "ignoraient tout simplement qu'une paire de bottines pouvait avoir une "
                        "seconde vie, et surtout combien cela coûtait. Dans le doute, ils en "
                        "rachetaient une neuve.</p>"
                    ),
                    "nl": (
                        "<p>In de werkplaats van Pas à Pas ruikt het nog altijd naar leer en lijm, "
                        "net als toen de vader van Patrick er werkte. Wat wel veranderd is, zijn "
                        "de klanten. Veel jonge ouders en studenten wisten gewoon niet dat een "
                        "paar enkellaarsjes een tweede leven kon krijgen, en vooral niet wat dat "
                        "kostte. In geval van twijfel kochten ze een nieuw paar.</p>"
                    ),
                    "de": (
                        "<p>In der Werkstatt von Pas à Pas riecht es noch immer nach Leder und "
                        "Leim, wie zu der Zeit, als Patricks Vater hier arbeitete. Verändert hat "
                        "sich die Kundschaft. Viele junge Eltern und Studierende wussten schlicht "
                        "nicht, dass ein Paar Stiefeletten ein zweites Leben bekommen kann, und "
                        "vor allem nicht, was das kostet. Im Zweifel kauften sie ein neues "
                        "Paar.</p>"
                    ),
                    "en": (
                        "<p>In the Pas à Pas workshop, the smell of leather and glue has not "
                        "changed since Patrick's father worked there. What has changed is the "
                        "customers. Many young parents and students simply did not know that a "
                        "pair of ankle boots could have a second life, let alone what it would "
                        "cost. When in doubt, they bought a new pair.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "fr": (
                        "<h2>Commencer petit</h2>"
                        "<p>Patrick ne voulait ni boutique en ligne ni envoi de colis. Son coach "
                        "lui a proposé de commencer par l'essentiel : une fiche avec les horaires, "
                        "des photos avant et après, et surtout une liste de prix claire, du "
                        "remplacement de talons au ressemelage complet en cuir. Les photos, il les "
                        "a prises lui-même avec son téléphone, sur l'établi, à la lumière de la "
                        "vitrine : le coach lui a seulement montré comment les recadrer. Deux "
                        "séances ont suffi. La seconde a servi à mettre en place un SMS qui "
                        "prévient le client dès que sa réparation est prête.</p>"
                    ),
                    "nl": (
                        "<h2>Klein beginnen</h2>"
                        "<p>Patrick wilde geen webwinkel en geen pakjes versturen. Zijn coach "
                        "stelde voor om met de basis te beginnen: een pagina met de openingsuren, "
                        "foto's van voor en na, en vooral een duidelijke prijslijst, van nieuwe "
                        "hakken tot volledig herzolen in leer. De foto's nam hij zelf met zijn "
                        "gsm, op de werkbank, bij het licht van de etalage: de coach toonde hem "
                        "alleen hoe hij ze moest bijsnijden. Twee sessies waren genoeg. In de "
                        "tweede stelden ze een sms in die de klant verwittigt zodra de herstelling "
                        "klaar is.</p>"
                    ),
                    "de": (
                        "<h2>Klein anfangen</h2>"
                        "<p>Patrick wollte weder einen Onlineshop noch Paketversand. Sein Coach "
                        "schlug vor, mit dem Wesentlichen zu beginnen: eine Seite mit "
                        "Öffnungszeiten, Vorher-nachher-Fotos und vor allem einer klaren "
                        "Preisliste, vom Absatzwechsel bis zur kompletten Ledersohle. Die Fotos "
                        "hat er selbst mit dem Handy gemacht, auf der Werkbank, im Licht des "
                        "Schaufensters: Der Coach hat ihm nur gezeigt, wie man sie zuschneidet. "
                        "Zwei Termine reichten. Im zweiten wurde eine SMS eingerichtet, die "
                        "Bescheid gibt, sobald eine Reparatur fertig ist.</p>"
                    ),
                    "en": (
                        "<h2>Starting small</h2>"
                        "<p>Patrick wanted neither an online shop nor parcel deliveries. His coach "
                        "suggested starting with the essentials: a page with opening hours, "
                        "before-and-after photos and, above all, a clear price list, from "
                        "replacement heels to full leather resoling. He took the photos himself on "
                        "his phone, on the workbench, in the light from the shop window: the coach "
                        "only showed him how to crop them. Two sessions were enough. The second "
                        "was spent setting up a text message that tells customers as soon as their "
                        "repair is ready.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "fr": (
                            "Les gens n'osaient pas entrer juste pour demander un prix. "
                            "Maintenant, ils arrivent avec leurs chaussures sous le bras et savent "
                            "déjà ce que ça va coûter."
                        ),
                        "nl": (
                            "Mensen durfden niet binnen te komen alleen om een prijs te vragen. Nu "
                            "komen ze met hun schoenen onder de arm en weten ze al wat het zal "
                            "kosten."
                        ),
                        "de": (
                            "Die Leute trauten sich nicht herein, nur um nach einem Preis zu "
                            "fragen. Jetzt kommen sie mit den Schuhen unter dem Arm und wissen "
                            "schon, was es kostet."
                        ),
                        "en": (
                            "People didn't dare come in just to ask for a price. Now they turn up "
                            "with their shoes under their arm and already know what it will cost."
                        ),
                    },
                    "attribution": "Patrick, Pas à Pas",
                },
            ),
            (
                "paragraph",
                {
                    "fr": (
                        "<h2>Une seconde vie pour les souliers</h2>"
                        "<p>Depuis que ses tarifs sont en ligne, Patrick voit arriver ce qu'on "
                        "aurait jeté il y a un an :</p>"
                        "<ul><li>des baskets en cuir au talon usé jusqu'à la corde ;</li><li>des "
                        "sacs dont la bandoulière s'est décousue ;</li><li>des escarpins de "
                        "mariage ressortis pour un baptême.</li></ul>"
                        "<p>Quand c'est prêt, le SMS part, et le client passe sans avoir téléphoné "
                        "trois fois pour savoir où en est la réparation. Pour Patrick, c'est aussi "
                        "une manière de faire vivre le métier de cordonnier à Ghlin.</p>"
                    ),
                    "nl": (
                        "<h2>Een tweede leven voor schoenen</h2>"
                        "<p>Sinds zijn tarieven online staan, krijgt Patrick dingen binnen die een "
                        "jaar geleden in de vuilnisbak waren beland:</p>"
                        "<ul><li>leren sneakers met een volledig afgesleten hak;</li><li>tassen "
                        "waarvan de schouderriem is losgekomen;</li><li>trouwschoenen die opnieuw "
                        "mee mogen naar een doopfeest.</li></ul>"
                        "<p>Als alles klaar is, vertrekt de sms, en de klant komt langs zonder "
                        "drie keer te hebben gebeld om te vragen hoe ver het staat. Voor Patrick "
                        "is het ook een manier om het schoenmakersvak in Ghlin levend te "
                        "houden.</p>"
                    ),
                    "de": (
                        "<h2>Ein zweites Leben für Schuhe</h2>"
                        "<p>Seit seine Preise online stehen, bekommt Patrick Dinge, die vor einem "
                        "Jahr im Müll gelandet wären:</p>"
                        "<ul><li>Ledersneaker mit völlig abgelaufenem Absatz;</li><li>Taschen, "
                        "deren Schultergurt sich gelöst hat;</li><li>Hochzeitspumps, die für eine "
                        "Taufe wieder hervorgeholt werden.</li></ul>"
                        "<p>Ist alles fertig, geht die SMS hinaus, und die Kundschaft kommt "
                        "vorbei, ohne dreimal angerufen zu haben, um nach dem Stand zu fragen. Für "
                        "Patrick ist das auch eine Art, das Schuhmacherhandwerk in Ghlin lebendig "
                        "zu halten.</p>"
                    ),
                    "en": (
                        "<h2>A second life for shoes</h2>"
                        "<p>Since his prices went online, Patrick has been seeing things that "
                        "would have been binned a year ago:</p>"
                        "<ul><li>leather trainers with heels worn right down;</li><li>bags whose "
                        "shoulder strap has come unstitched;</li><li>wedding shoes brought out "
                        "again for a christening.</li></ul>"
                        "<p>When a job is done, the text message goes out, and the customer comes "
                        "by without having rung three times to ask how it is going. For Patrick, "
                        "it is also a way of keeping the cobbler's trade alive in Ghlin.</p>"
                    ),
                },
            ),
            ("testimonial", "lotte-cycles"),
            (
                "shop_teaser",
                {
                    "shop": "pas-a-pas",
                    "text": {
                        "fr": (
                            "Consultez les tarifs de l'atelier sur la page de Pas à Pas avant de "
                            "passer rue de Baudour."
                        ),
                        "nl": (
                            "Bekijk de tarieven van de werkplaats op de pagina van Pas à Pas voor "
                            "je langsgaat in de Rue de Baudour."
                        ),
                        "de": (
                            "Sehen Sie sich die Werkstattpreise auf der Seite von Pas à Pas an, "
                            "bevor Sie in der Rue de Baudour vorbeikommen."
                        ),
                        "en": (
                            "Check the workshop's prices on Pas à Pas's page before you drop by "
                            "Rue de Baudour."
                        ),
                    },
                },
            ),
        ],
    },
    {
        "slug": "l-herbier-de-nimy-premiers-pas-en-ligne",
        "slug_translations": {
            "nl": "l-herbier-de-nimy-eerste-stappen-online",
            "de": "l-herbier-de-nimy-erste-schritte-online",
            "en": "l-herbier-de-nimy-first-steps-online",
        },
        "date": "2026-11-05",
        "title": {
            "fr": "L'Herbier de Nimy fait ses premiers pas en ligne",
            "nl": "L'Herbier de Nimy zet de eerste stappen online",
            "de": "L'Herbier de Nimy macht die ersten Schritte ins Netz",
            "en": "L'Herbier de Nimy takes its first steps online",
        },
        "intro": {
            "fr": (
                "Fleuriste sur la place de Nimy depuis 2008, Jérôme vient de rejoindre Vitrine. "
                "Pas de grand projet numérique : une fiche claire d'abord, le catalogue viendra "
                "ensuite."
            ),
            "nl": (
                "Jérôme is sinds 2008 bloemist op de Place de Nimy en heeft zich net bij Vitrine "
                "aangesloten. Geen groot digitaal project: eerst een duidelijke pagina, de "
                "catalogus volgt later."
            ),
            "de": (
                "Jérôme ist seit 2008 Florist an der Place de Nimy und ist gerade bei Vitrine "
                "eingestiegen. Kein großes Digitalprojekt: erst eine übersichtliche Seite, der "
                "Katalog kommt später."
            ),
            "en": (
                "Jérôme has been a florist on Place de Nimy since 2008 and has just joined "
                "Vitrine. No grand digital project: a clear page first, with the catalogue to "
                "follow."
            ),
        },
        "topics": ["coaching-numerique", "vie-de-quartier"],
        "shop": "l-herbier-de-nimy",
        "related_shops": ["cycles-du-grand-large"],
        "body": [
            (
                "paragraph",
                {
                    "fr": (
                        "<p>Jérôme connaît ses clients par leur prénom. Il sait qui aime les "
                        "renoncules et qui préfère les feuillages, et pendant des années il n'a "
                        "jamais eu besoin d'internet pour faire tourner sa boutique. Mais cet été, "
                        "une cliente fidèle lui a avoué qu'elle avait failli commander ailleurs, "
                        "faute d'avoir trouvé ses horaires en ligne. C'est ce qui l'a décidé à "
                        "s'inscrire au coaching.</p>"
                    ),
                    "nl": (
                        "<p>Jérôme kent zijn klanten bij hun voornaam. Hij weet wie van ranonkels "
                        "houdt en wie liever groen heeft, en jarenlang had hij geen internet nodig "
                        "om zijn winkel te laten draaien. Maar deze zomer vertelde een trouwe "
                        "klant hem dat ze bijna ergens anders had besteld, omdat ze zijn "
                        "openingsuren niet online vond. Dat gaf de doorslag om zich in te "
                        "schrijven voor de coaching.</p>"
                    ),
                    "de": (
                        "<p>Jérôme kennt seine Kundschaft beim Vornamen. Er weiß, wer Ranunkeln "
                        "mag und wer lieber Grünes hat, und jahrelang brauchte er kein Internet, "
                        "damit sein Laden lief. Doch in diesem Sommer gestand ihm eine treue "
                        "Kundin, dass sie beinahe woanders bestellt hätte, weil sie seine "
                        "Öffnungszeiten online nicht fand. Das gab den Ausschlag, sich zum "
                        "Coaching anzumelden.</p>"
                    ),
                    "en": (
                        "<p>Jérôme knows his customers by their first names. He knows who loves "
                        "ranunculus and who prefers foliage, and for years he never needed the "
                        "internet to keep his shop going. But this summer a loyal customer "
                        "admitted she had nearly ordered elsewhere because she could not find his "
                        "opening hours online. That was what made him sign up for the coaching.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "fr": (
                        "<h2>Une première séance à la boutique</h2>"
                        "<p>Le coach est venu un lundi, jour de fermeture. Plutôt que de parler de "
                        "boutique en ligne, ils ont commencé par ce que les clients cherchent en "
                        "premier : les horaires, le numéro de téléphone, l'adresse et une photo de "
                        "la devanture. Jérôme a ajouté que ses voisins peuvent lui écrire pour "
                        "commander une livraison dans le village. Le tout a pris moins d'une "
                        "heure.</p>"
                        " Avant de partir, le coach lui a laissé une feuille avec les deux ou "
                        "trois gestes à refaire chaque semaine pour garder la fiche à jour, comme "
                        "les fermetures pendant les congés."
                    ),
                    "nl": (
                        "<h2>Een eerste sessie in de winkel</h2>"
                        "<p>De coach kwam op een maandag, sluitingsdag. In plaats van over een "
                        "webwinkel te praten, begonnen ze met wat klanten als eerste zoeken: de "
                        "openingsuren, het telefoonnummer, het adres en een foto van de gevel. "
                        "Jérôme voegde eraan toe dat zijn buren hem een bericht kunnen sturen om "
                        "een levering in het dorp te bestellen. Alles samen duurde het minder dan "
                        "een uur.</p>"
                        " Voor hij vertrok, liet de coach hem een blad achter met de twee of drie "
                        "dingen die hij elke week moet doen om zijn pagina actueel te houden, "
                        "zoals sluitingen tijdens het verlof."
                    ),
                    "de": (
                        "<h2>Ein erster Termin im Laden</h2>"
                        "<p>Der Coach kam an einem Montag, dem Ruhetag. Statt über einen "
                        "Onlineshop zu reden, begannen sie mit dem, was die Kundschaft zuerst "
                        "sucht: Öffnungszeiten, Telefonnummer, Adresse und ein Foto der "
                        "Ladenfront. Jérôme ergänzte, dass ihm die Nachbarn schreiben können, um "
                        "eine Lieferung im Dorf zu bestellen. Das Ganze dauerte keine Stunde.</p>"
                        " Zum Abschied ließ ihm der Coach ein Blatt mit den zwei, drei Handgriffen "
                        "da, die er jede Woche wiederholen sollte, damit die Seite aktuell bleibt, "
                        "etwa Schließtage im Urlaub."
                    ),
                    "en": (
                        "<h2>A first session in the shop</h2>"
                        "<p>The coach came on a Monday, when the shop is closed. Rather than talk "
                        "about an online shop, they began with what customers look for first: "
                        "opening hours, phone number, address and a photo of the shopfront. Jérôme "
                        "added that neighbours can message him to order a delivery in the village. "
                        "It all took less than an hour.</p>"
                        " Before leaving, the coach gave him a sheet listing the two or three "
                        "things to do each week to keep the page up to date, such as closures "
                        "during holidays."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "fr": (
                            "Je m'attendais à ce qu'on me vende un site à plusieurs milliers "
                            "d'euros. On m'a surtout aidé à mettre en ligne ce que mes clients me "
                            "demandent au téléphone depuis des années."
                        ),
                        "nl": (
                            "Ik verwachtte dat ze me een website van een paar duizend euro zouden "
                            "verkopen. Vooral hielpen ze me om online te zetten wat mijn klanten "
                            "me al jaren aan de telefoon vragen."
                        ),
                        "de": (
                            "Ich hatte erwartet, dass man mir eine Website für ein paar tausend "
                            "Euro verkauft. Stattdessen hat man mir geholfen, online zu stellen, "
                            "was meine Kundschaft mich seit Jahren am Telefon fragt."
                        ),
                        "en": (
                            "I expected someone to sell me a website costing several thousand "
                            "euros. Instead they mostly helped me put online what my customers "
                            "have been asking me on the phone for years."
                        ),
                    },
                    "attribution": "Jérôme, L'Herbier de Nimy",
                },
            ),
            (
                "paragraph",
                {
                    "fr": (
                        "<h2>La suite, à son rythme</h2>"
                        "<p>Pour les prochains mois, Jérôme a fixé trois objectifs avec son coach "
                        ":</p>"
                        "<ul><li>photographier chaque semaine quelques bouquets de saison ;</li>"
                        "<li>préparer un petit catalogue pour les fêtes de fin d'année ;</li>"
                        "<li>comparer tranquillement les offres des partenaires avant de "
                        "s'engager.</li></ul>"
                        "<p>Sa voisine de la place, Lotte, de Cycles du Grand Large, lui a déjà "
                        "montré comment elle gère ses réservations d'atelier. À Nimy, le numérique "
                        "se partage aussi entre commerçants.</p>"
                    ),
                    "nl": (
                        "<h2>De volgende stappen, op zijn eigen tempo</h2>"
                        "<p>Voor de komende maanden legde Jérôme samen met zijn coach drie doelen "
                        "vast:</p>"
                        "<ul><li>elke week enkele seizoensboeketten fotograferen;</li><li>een "
                        "kleine catalogus voorbereiden voor de eindejaarsfeesten;</li><li>rustig "
                        "het aanbod van de partners vergelijken voor hij iets tekent.</li></ul>"
                        "<p>Zijn buurvrouw op het plein, Lotte van Cycles du Grand Large, heeft "
                        "hem al getoond hoe ze de afspraken voor haar werkplaats beheert. In Nimy "
                        "delen handelaars ook hun digitale kennis.</p>"
                    ),
                    "de": (
                        "<h2>Der nächste Schritt, in seinem Tempo</h2>"
                        "<p>Für die kommenden Monate hat Jérôme mit seinem Coach drei Ziele "
                        "festgelegt:</p>"
                        "<ul><li>jede Woche einige Saisonsträuße fotografieren;</li><li>einen "
                        "kleinen Katalog für die Feiertage zum Jahresende vorbereiten;</li><li>die "
                        "Angebote der Partner in Ruhe vergleichen, bevor er etwas "
                        "unterschreibt.</li></ul>"
                        "<p>Seine Nachbarin am Platz, Lotte von Cycles du Grand Large, hat ihm "
                        "schon gezeigt, wie sie die Termine ihrer Werkstatt verwaltet. In Nimy "
                        "teilen die Geschäftsleute auch ihr digitales Wissen.</p>"
                    ),
                    "en": (
                        "<h2>What comes next, at his own pace</h2>"
                        "<p>For the coming months, Jérôme and his coach have set three goals:</p>"
                        "<ul><li>photographing a few seasonal bouquets every week;</li>"
                        "<li>preparing a small catalogue for the end-of-year holidays;</li>"
                        "<li>comparing the partners' offers calmly before signing up to "
                        "anything.</li></ul>"
                        "<p>His neighbour on the square, Lotte from Cycles du Grand Large, has "
                        "already shown him how she manages her workshop bookings. In Nimy, "
                        "shopkeepers share their digital know-how too.</p>"
                    ),
                },
            ),
            (
                "shop_teaser",
                {
                    "shop": "l-herbier-de-nimy",
                    "text": {
                        "fr": (
                            "Retrouvez les horaires de L'Herbier de Nimy sur sa page et écrivez à "
                            "Jérôme pour une livraison."
                        ),
                        "nl": (
                            "Vind de openingsuren van L'Herbier de Nimy op de pagina van de winkel "
                            "en stuur Jérôme een bericht voor een levering."
                        ),
                        "de": (
                            "Die Öffnungszeiten von L'Herbier de Nimy finden Sie auf seiner Seite, "
                            "und für eine Lieferung schreiben Sie Jérôme einfach."
                        ),
                        "en": (
                            "Find L'Herbier de Nimy's opening hours on its page and message Jérôme "
                            "for a delivery."
                        ),
                    },
                },
            ),
        ],
    },
]


# Short first-person quotes by merchants, each tied to a different shop. The first two are
# the demo merchant accounts of shops/demo_content.py (MERCHANTS).
TESTIMONIALS = [
    {
        "key": "camille-fleurs",
        "person": "Camille Verhaegen",
        "role": {
            "fr": "Fleuriste, Fleurs du Beffroi",
            "nl": "Bloemiste, Fleurs du Beffroi",
            "de": "Floristin, Fleurs du Beffroi",
            "en": "Florist, Fleurs du Beffroi",
        },
        "shop": "fleurs-du-beffroi",
        "quote": {
            "fr": (
                "Le coaching m'a appris à mettre mes bouquets en ligne sans y passer mes soirées. "
                "Les commandes pour un deuil arrivent maintenant même quand la boutique est "
                "fermée, et je les prépare au calme le lendemain matin."
            ),
            "nl": (
                "Dankzij de coaching zet ik mijn boeketten online zonder er mijn avonden aan te "
                "verliezen. Bestellingen voor een overlijden komen nu ook binnen als de winkel "
                "dicht is, en ik maak ze de volgende ochtend rustig klaar."
            ),
            "de": (
                "Im Coaching habe ich gelernt, meine Sträuße online zu stellen, ohne meine Abende "
                "daran zu verlieren. Bestellungen für Trauerfälle kommen jetzt auch an, wenn der "
                "Laden geschlossen ist, und ich bereite sie am nächsten Morgen in Ruhe vor."
            ),
            "en": (
                "The coaching taught me to put my bouquets online without spending my evenings on "
                "it. Orders for funerals now come in even when the shop is closed, and I prepare "
                "them calmly the next morning."
            ),
        },
        "date": "2025-09-04",
    },
    {
        "key": "lotte-cycles",
        "person": "Lotte Vandenbroele",
        "role": {
            "fr": "Réparatrice de vélos, Cycles du Grand Large",
            "nl": "Fietsenmaakster, Cycles du Grand Large",
            "de": "Fahrradmechanikerin, Cycles du Grand Large",
            "en": "Bike mechanic, Cycles du Grand Large",
        },
        "shop": "cycles-du-grand-large",
        "quote": {
            "fr": (
                "Les navetteurs réservent un créneau en ligne, déposent leur vélo à 8 heures et le "
                "reprennent le soir. Comme mes tarifs d'atelier sont publiés, plus personne n'a de "
                "mauvaise surprise au moment de payer."
            ),
            "nl": (
                "Pendelaars boeken online een tijdslot, zetten hun fiets om 8 uur binnen en halen "
                "hem 's avonds weer op. Omdat mijn werkplaatstarieven online staan, krijgt niemand "
                "nog een onaangename verrassing bij het afrekenen."
            ),
            "de": (
                "Pendler buchen online ein Zeitfenster, bringen ihr Rad um 8 Uhr vorbei und holen "
                "es abends wieder ab. Weil meine Werkstattpreise veröffentlicht sind, erlebt beim "
                "Bezahlen niemand mehr eine böse Überraschung."
            ),
            "en": (
                "Commuters book a slot online, drop their bike off at 8 and pick it up in the "
                "evening. Because my workshop rates are published, nobody gets a nasty surprise "
                "when it is time to pay."
            ),
        },
        "date": "2025-12-11",
    },
    {
        "key": "thibault-comptoir",
        "person": "Thibault Derzelle",
        "role": {
            "fr": "Chef et patron, Le Comptoir des Chanoinesses",
            "nl": "Chef-kok en zaakvoerder, Le Comptoir des Chanoinesses",
            "de": "Koch und Inhaber, Le Comptoir des Chanoinesses",
            "en": "Chef and owner, Le Comptoir des Chanoinesses",
        },
        "shop": "le-comptoir-des-chanoinesses",
        "quote": {
            "fr": (
                "Avec la carte à emporter en ligne, je sais avant midi combien de carbonnades "
                "préparer. J'ai divisé le gaspillage par deux, et les employés du quartier ne font "
                "plus la file."
            ),
            "nl": (
                "Met de afhaalkaart online weet ik voor de middag hoeveel stoofvlees ik moet "
                "maken. Ik gooi de helft minder weg, en de bedienden uit de buurt hoeven niet meer "
                "aan te schuiven."
            ),
            "de": (
                "Seit die Karte zum Mitnehmen online ist, weiß ich vor Mittag, wie viel "
                "Rindsragout ich zubereiten muss. Ich werfe nur noch halb so viel weg, und die "
                "Angestellten aus dem Viertel stehen nicht mehr Schlange."
            ),
            "en": (
                "With the takeaway menu online, I know before noon how much beef stew to make. I "
                "have halved food waste, and the office workers nearby no longer have to queue."
            ),
        },
        "date": "2026-04-23",
    },
    {
        "key": "emre-deux-rives",
        "person": "Emre Demirkol",
        "role": {
            "fr": "Épicier, Épicerie Les Deux Rives",
            "nl": "Kruidenier, Épicerie Les Deux Rives",
            "de": "Lebensmittelhändler, Épicerie Les Deux Rives",
            "en": "Grocer, Épicerie Les Deux Rives",
        },
        "shop": "epicerie-les-deux-rives",
        "quote": {
            "fr": (
                "J'ai commencé par mettre nos horaires et les arrivages de la semaine sur le "
                "portail. Ensuite est venue la livraison pour les aînés du quartier : ils "
                "m'écrivent le matin et reçoivent leurs courses le jour même."
            ),
            "nl": (
                "Ik ben begonnen met onze openingsuren en de aanvoer van de week op het portaal te "
                "zetten. Daarna kwam de levering voor de ouderen uit de buurt: ze sturen me 's "
                "ochtends een bericht en krijgen hun boodschappen dezelfde dag."
            ),
            "de": (
                "Angefangen habe ich damit, unsere Öffnungszeiten und die Lieferungen der Woche "
                "auf das Portal zu stellen. Dann kam der Lieferdienst für die älteren Leute im "
                "Viertel: Sie schreiben mir morgens und bekommen ihre Einkäufe noch am selben Tag."
            ),
            "en": (
                "I started by putting our opening hours and the week's deliveries on the portal. "
                "Then came home delivery for older people in the neighbourhood: they message me in "
                "the morning and get their shopping the same day."
            ),
        },
        "date": "2026-01-08",
    },
    {
        "key": "julien-optique",
        "person": "Julien Vanderstraeten",
        "role": {
            "fr": "Opticien diplômé, Optique Regard Clair",
            "nl": "Gediplomeerd opticien, Optique Regard Clair",
            "de": "Augenoptiker, Optique Regard Clair",
            "en": "Optician, Optique Regard Clair",
        },
        "shop": "optique-regard-clair",
        "quote": {
            "fr": (
                "Le samedi, la salle d'attente débordait et je bâclais mes conseils. Avec les "
                "rendez-vous en ligne, chacun a son créneau, et moi j'ai enfin le temps de bien "
                "faire mon métier."
            ),
            "nl": (
                "Op zaterdag zat de wachtzaal overvol en raffelde ik mijn advies af. Met de online "
                "afspraken heeft iedereen een eigen tijdslot, en heb ik eindelijk de tijd om mijn "
                "werk goed te doen."
            ),
            "de": (
                "Samstags war das Wartezimmer überfüllt, und meine Beratung kam zu kurz. Mit der "
                "Online-Terminbuchung hat jeder sein Zeitfenster, und ich habe endlich Zeit, meine "
                "Arbeit gut zu machen."
            ),
            "en": (
                "On Saturdays the waiting room was packed and I rushed my advice. With online "
                "appointments everyone has their own slot, and I finally have time to do my job "
                "properly."
            ),
        },
        "date": "2026-02-19",
    },
    {
        "key": "manon-panier",
        "person": "Manon Dussart",
        "role": {
            "fr": "Épicière, Le Panier Symphorinois",
            "nl": "Kruidenierster, Le Panier Symphorinois",
            "de": "Lebensmittelhändlerin, Le Panier Symphorinois",
            "en": "Grocer, Le Panier Symphorinois",
        },
        "shop": "le-panier-symphorinois",
        "quote": {
            "fr": (
                "Les paniers se commandent jusqu'au mercredi soir, alors j'achète aux producteurs "
                "exactement ce qu'il faut. Presque rien ne se perd, et ma tournée du vendredi va "
                "maintenant jusqu'à Spiennes."
            ),
            "nl": (
                "De groentepakketten kun je tot woensdagavond bestellen, dus koop ik bij de "
                "producenten precies wat nodig is. Er gaat bijna niets verloren, en mijn ronde op "
                "vrijdag gaat nu tot in Spiennes."
            ),
            "de": (
                "Die Gemüsekisten kann man bis Mittwochabend bestellen, also kaufe ich bei den "
                "Erzeugern genau die richtige Menge. Fast nichts verdirbt, und meine Freitagstour "
                "reicht jetzt bis nach Spiennes."
            ),
            "en": (
                "Veg boxes can be ordered until Wednesday evening, so I buy exactly what is needed "
                "from the growers. Almost nothing goes to waste, and my Friday round now reaches "
                "as far as Spiennes."
            ),
        },
        "date": "2025-10-09",
    },
    {
        "key": "benoit-bulles",
        "person": "Benoît Hanquet",
        "role": {
            "fr": "Caviste, Les Bulles d'Havré",
            "nl": "Bier- en wijnhandelaar, Les Bulles d'Havré",
            "de": "Bier- und Weinhändler, Les Bulles d'Havré",
            "en": "Beer and wine merchant, Les Bulles d'Havré",
        },
        "shop": "les-bulles-d-havre",
        "quote": {
            "fr": (
                "Mes dégustations se remplissaient par le bouche-à-oreille, avec des désistements "
                "de dernière minute. Depuis que les places se réservent sur le portail, c'est "
                "complet chaque mois et les gens viennent vraiment."
            ),
            "nl": (
                "Mijn proeverijen raakten vol via mond-tot-mondreclame, met afzeggingen op het "
                "laatste moment. Sinds je je plaats op het portaal reserveert, zit het elke maand "
                "vol en komen de mensen ook echt."
            ),
            "de": (
                "Meine Verkostungen füllten sich über Mundpropaganda, mit Absagen in letzter "
                "Minute. Seit man die Plätze auf dem Portal reserviert, sind sie jeden Monat "
                "ausgebucht, und die Leute kommen auch wirklich."
            ),
            "en": (
                "My tastings used to fill up by word of mouth, with last-minute cancellations. "
                "Since places can be reserved on the portal, every month is fully booked and "
                "people actually turn up."
            ),
        },
        "date": "2026-07-09",
    },
    {
        "key": "yasmina-bertaimont",
        "person": "Yasmina Belkadi",
        "role": {
            "fr": "Coiffeuse, Atelier Bertaimont",
            "nl": "Kapster, Atelier Bertaimont",
            "de": "Friseurin, Atelier Bertaimont",
            "en": "Hairdresser, Atelier Bertaimont",
        },
        "shop": "atelier-bertaimont",
        "quote": {
            "fr": (
                "L'agenda en ligne me laisse prévoir de vrais créneaux pour les soins des cheveux "
                "bouclés, au lieu de tout caser en quarante minutes. Les rappels par SMS ont "
                "presque fait disparaître les rendez-vous oubliés."
            ),
            "nl": (
                "Met de online agenda plan ik echte tijdsloten voor de verzorging van krullend "
                "haar, in plaats van alles in veertig minuten te proppen. Door de herinneringen "
                "per sms worden afspraken bijna nooit meer vergeten."
            ),
            "de": (
                "Mit dem Online-Kalender plane ich echte Zeitfenster für die Pflege von Locken "
                "ein, statt alles in vierzig Minuten zu quetschen. Dank der SMS-Erinnerungen "
                "werden Termine kaum noch vergessen."
            ),
            "en": (
                "The online diary lets me plan proper slots for curly hair treatments instead of "
                "squeezing everything into forty minutes. Text reminders have made forgotten "
                "appointments almost disappear."
            ),
        },
        "date": "2026-10-01",
    },
]


# Tools offered by fictional partner companies: free for a while, then paid.
# tool_type is one of website, online_shop, booking, payment, social_media.
PARTNER_OFFERS = [
    {
        "partner": "Boutiko",
        "tool_type": "online_shop",
        "title": {
            "fr": "Boutique en ligne Boutiko Start",
            "nl": "Webwinkel Boutiko Start",
            "de": "Onlineshop Boutiko Start",
            "en": "Boutiko Start online shop",
        },
        "free_part": {
            "fr": (
                "Une boutique en ligne jusqu'à 50 produits, avec paiement par Bancontact ou carte "
                "et retrait en magasin, sans abonnement pendant six mois."
            ),
            "nl": (
                "Een webwinkel met maximaal 50 producten, betaling met Bancontact of kaart en "
                "afhalen in de winkel, zes maanden zonder abonnementskosten."
            ),
            "de": (
                "Ein Onlineshop mit bis zu 50 Produkten, Zahlung per Bancontact oder Karte und "
                "Abholung im Laden, sechs Monate ohne Abogebühr."
            ),
            "en": (
                "An online shop with up to 50 products, payment by Bancontact or card and in-store "
                "collection, with no subscription fee for six months."
            ),
        },
        "free_months": 6,
        "price_after": "19.00",
        "price_period": "month",
        "conditions": {
            "fr": (
                "Sans engagement : l'abonnement se résilie chaque mois, sans frais. Chaque "
                "paiement en ligne coûte 1,4 % du montant plus 0,25 €, y compris pendant les mois "
                "gratuits. En cas de départ, le catalogue et l'historique des commandes peuvent "
                "être exportés en CSV pendant 60 jours, puis sont supprimés."
            ),
            "nl": (
                "Zonder verbintenis: het abonnement is maandelijks opzegbaar, zonder kosten. Elke "
                "online betaling kost 1,4 % van het bedrag plus 0,25 euro, ook tijdens de gratis "
                "maanden. Wie vertrekt, kan de catalogus en de bestelgeschiedenis 60 dagen lang "
                "als CSV exporteren; daarna worden ze gewist."
            ),
            "de": (
                "Ohne Vertragsbindung: Das Abo ist monatlich kostenlos kündbar. Jede Onlinezahlung "
                "kostet 1,4 % des Betrags plus 0,25 Euro, auch in den kostenlosen Monaten. Nach "
                "einer Kündigung lassen sich Katalog und Bestellverlauf 60 Tage lang als CSV "
                "exportieren, danach werden sie gelöscht."
            ),
            "en": (
                "No commitment: the subscription can be cancelled any month at no cost. Each "
                "online payment costs 1.4% of the amount plus EUR 0.25, including during the free "
                "months. If you leave, your catalogue and order history can be exported as CSV for "
                "60 days and are then deleted."
            ),
        },
        "data_terms_url": "https://boutiko.example/donnees/",
        "signup_url": "https://boutiko.example/mons/",
    },
    {
        "partner": "Agendo",
        "tool_type": "booking",
        "title": {
            "fr": "Agenda en ligne Agendo Solo",
            "nl": "Online agenda Agendo Solo",
            "de": "Online-Kalender Agendo Solo",
            "en": "Agendo Solo online diary",
        },
        "free_part": {
            "fr": (
                "Un agenda de réservation pour une personne, avec confirmations par e-mail et 100 "
                "rappels par SMS par mois, gratuit pendant un an."
            ),
            "nl": (
                "Een boekingsagenda voor één persoon, met bevestigingen per e-mail en 100 "
                "herinneringen per sms per maand, een jaar lang gratis."
            ),
            "de": (
                "Ein Buchungskalender für eine Person, mit Bestätigungen per E-Mail und 100 "
                "SMS-Erinnerungen pro Monat, ein Jahr lang kostenlos."
            ),
            "en": (
                "A booking diary for one person, with email confirmations and 100 text reminders a "
                "month, free for one year."
            ),
        },
        "free_months": 12,
        "price_after": "12.00",
        "price_period": "month",
        "conditions": {
            "fr": (
                "Après douze mois, l'abonnement passe à 12 € par mois sauf résiliation ; un e-mail "
                "vous prévient 30 jours avant. Au-delà de 100 SMS par mois, chaque SMS coûte 0,08 "
                "€. Aucun frais par réservation. Les données des clients restent celles du "
                "commerçant : export possible à tout moment, suppression 30 jours après la "
                "résiliation."
            ),
            "nl": (
                "Na twaalf maanden kost het abonnement 12 euro per maand, tenzij u opzegt; u "
                "krijgt 30 dagen vooraf een e-mail. Boven 100 sms per maand kost elke sms 0,08 "
                "euro. Geen kosten per boeking. De klantgegevens blijven van de handelaar: u kunt "
                "ze altijd exporteren, en ze worden 30 dagen na de opzegging gewist."
            ),
            "de": (
                "Nach zwölf Monaten kostet das Abo 12 Euro pro Monat, sofern Sie nicht kündigen; "
                "30 Tage vorher erhalten Sie eine E-Mail. Über 100 SMS pro Monat hinaus kostet "
                "jede SMS 0,08 Euro. Keine Gebühr pro Buchung. Die Kundendaten gehören dem "
                "Geschäft: Export jederzeit möglich, Löschung 30 Tage nach der Kündigung."
            ),
            "en": (
                "After twelve months the subscription costs EUR 12 a month unless you cancel; you "
                "get an email 30 days beforehand. Beyond 100 text messages a month, each one costs "
                "EUR 0.08. No fee per booking. Customer data stays yours: export it at any time; "
                "it is deleted 30 days after cancellation."
            ),
        },
        "data_terms_url": "https://agendo.example/vie-privee/",
        "signup_url": "https://agendo.example/vitrine-mons/",
    },
    {
        "partner": "Sitelier",
        "tool_type": "website",
        "title": {
            "fr": "Site vitrine Sitelier Essentiel",
            "nl": "Website Sitelier Essentiel",
            "de": "Website Sitelier Essentiel",
            "en": "Sitelier Essentiel website",
        },
        "free_part": {
            "fr": (
                "Un site de cinq pages, un nom de domaine en .be et l'hébergement en Europe, "
                "offerts la première année."
            ),
            "nl": (
                "Een website van vijf pagina's, een .be-domeinnaam en hosting in Europa, het "
                "eerste jaar gratis."
            ),
            "de": (
                "Eine Website mit fünf Seiten, eine .be-Domain und Hosting in Europa, im ersten "
                "Jahr kostenlos."
            ),
            "en": (
                "A five-page website, a .be domain name and hosting in Europe, free for the first "
                "year."
            ),
        },
        "free_months": 12,
        "price_after": "96.00",
        "price_period": "year",
        "conditions": {
            "fr": (
                "Engagement d'un an, renouvelé chaque année sauf résiliation un mois avant "
                "l'échéance. Pas de frais par transaction. Le nom de domaine est enregistré au nom "
                "du commerçant et peut être transféré gratuitement. En cas de départ, textes et "
                "images sont exportables, puis le site est supprimé 30 jours après la fin du "
                "contrat."
            ),
            "nl": (
                "Verbintenis van een jaar, jaarlijks verlengd tenzij u een maand voor de vervaldag "
                "opzegt. Geen kosten per transactie. De domeinnaam staat op naam van de handelaar "
                "en kan gratis worden overgedragen. Wie vertrekt, kan teksten en foto's "
                "exporteren; de website wordt 30 dagen na het einde van het contract gewist."
            ),
            "de": (
                "Laufzeit ein Jahr, jährlich verlängert, sofern nicht einen Monat vor Ablauf "
                "gekündigt wird. Keine Transaktionsgebühren. Die Domain wird auf den Namen des "
                "Geschäfts registriert und kann kostenlos übertragen werden. Nach einer Kündigung "
                "lassen sich Texte und Bilder exportieren; die Website wird 30 Tage nach "
                "Vertragsende gelöscht."
            ),
            "en": (
                "One-year commitment, renewed each year unless cancelled a month before the "
                "renewal date. No transaction fees. The domain name is registered in the "
                "shopkeeper's name and can be transferred free of charge. If you leave, texts and "
                "images can be exported; the site is deleted 30 days after the contract ends."
            ),
        },
        "data_terms_url": "https://sitelier.example/protection-des-donnees/",
        "signup_url": "https://sitelier.example/offre-mons/",
    },
]


# The coaching sign-up page and its form. needs_choices are stored comma-separated,
# so no choice contains a comma; ack_body keeps the "{contact}" placeholder.
COACHING_PAGE = {
    "title": {
        "fr": "Coaching numérique gratuit",
        "nl": "Gratis digitale coaching",
        "de": "Kostenloses Digital-Coaching",
        "en": "Free digital coaching",
    },
    "slug": {"fr": "coaching", "nl": "coaching", "de": "coaching", "en": "coaching"},
    "intro": {
        "fr": (
            "<p>Vous tenez un commerce ou un atelier à Mons et vous aimeriez être plus visible en "
            "ligne, sans savoir par où commencer ? La Ville vous offre un accompagnement gratuit : "
            "trois à cinq séances d'environ une heure et demie avec un expert du numérique, dans "
            "votre commerce ou dans les locaux de la Ville, au moment qui vous convient. Ensemble, "
            "vous choisissez ce qui vous sera vraiment utile : une fiche complète sur Vitrine, un "
            "catalogue, un outil de réservation ou simplement des horaires à jour.</p>"
            "<p>Le coaching est ouvert aux petits commerces indépendants et aux artisans de toute "
            "l'entité de Mons, du centre-ville aux villages, de Ghlin à Spiennes. Aucune "
            "connaissance technique n'est nécessaire, et vous n'êtes jamais obligé de souscrire à "
            "un outil payant.</p>"
        ),
        "nl": (
            "<p>Hebt u een winkel of werkplaats in Bergen en wilt u online beter zichtbaar zijn, "
            "maar weet u niet waar te beginnen? De Stad biedt u gratis begeleiding aan: drie tot "
            "vijf sessies van ongeveer anderhalf uur met een digitale expert, in uw zaak of in de "
            "lokalen van de Stad, op een moment dat u past. Samen kiest u wat echt nuttig is: een "
            "volledige pagina op Vitrine, een catalogus, een boekingstool of gewoon actuele "
            "openingsuren.</p>"
            "<p>De coaching staat open voor kleine zelfstandige winkels en ambachtslui uit heel "
            "Bergen, van het stadscentrum tot de dorpen, van Ghlin tot Spiennes. U hebt geen "
            "technische kennis nodig, en u bent nooit verplicht om een betalende tool te nemen.</p>"
        ),
        "de": (
            "<p>Sie führen ein Geschäft oder eine Werkstatt in Mons und möchten online sichtbarer "
            "werden, wissen aber nicht, wo Sie anfangen sollen? Die Stadt bietet Ihnen eine "
            "kostenlose Begleitung an: drei bis fünf Termine von etwa anderthalb Stunden mit einer "
            "Fachperson für Digitales, in Ihrem Geschäft oder in den Räumen der Stadt, wann es "
            "Ihnen passt. Gemeinsam wählen Sie aus, was Ihnen wirklich nützt: eine vollständige "
            "Seite auf Vitrine, einen Katalog, ein Buchungswerkzeug oder einfach aktuelle "
            "Öffnungszeiten.</p>"
            "<p>Das Coaching steht kleinen inhabergeführten Geschäften und Handwerksbetrieben in "
            "ganz Mons offen, von der Innenstadt bis zu den Dörfern, von Ghlin bis Spiennes. "
            "Technische Vorkenntnisse sind nicht nötig, und Sie müssen nie ein kostenpflichtiges "
            "Werkzeug abschließen.</p>"
        ),
        "en": (
            "<p>Do you run a shop or workshop in Mons and want to be easier to find online, but "
            "don't know where to start? The city offers free support: three to five sessions of "
            "about an hour and a half with a digital expert, at your shop or at the city's "
            "premises, at a time that suits you. Together you decide what will really help: a full "
            "page on Vitrine, a catalogue, a booking tool or simply up-to-date opening hours.</p>"
            "<p>The coaching is open to small independent shops and craftspeople across the whole "
            "of Mons, from the town centre to the villages, from Ghlin to Spiennes. No technical "
            "knowledge is needed, and you are never obliged to sign up for a paid tool.</p>"
        ),
    },
    "thank_you": {
        "fr": (
            "<p><strong>Merci, votre demande est bien arrivée.</strong></p>"
            "<p>Une personne de l'équipe Vitrine de la Ville de Mons vous appellera dans les cinq "
            "jours ouvrables pour convenir d'une première séance. Vous allez aussi recevoir un "
            "e-mail de confirmation.</p>"
        ),
        "nl": (
            "<p><strong>Bedankt, uw aanvraag is goed aangekomen.</strong></p>"
            "<p>Iemand van het Vitrine-team van de Stad Bergen belt u binnen vijf werkdagen om een "
            "eerste sessie af te spreken. U ontvangt ook een bevestiging per e-mail.</p>"
        ),
        "de": (
            "<p><strong>Vielen Dank, Ihre Anfrage ist bei uns eingegangen.</strong></p>"
            "<p>Jemand aus dem Vitrine-Team der Stadt Mons ruft Sie innerhalb von fünf Werktagen "
            "an, um einen ersten Termin zu vereinbaren. Sie erhalten außerdem eine Bestätigung per "
            "E-Mail.</p>"
        ),
        "en": (
            "<p><strong>Thank you, your request has reached us.</strong></p>"
            "<p>Someone from the City of Mons Vitrine team will call you within five working days "
            "to arrange a first session. You will also receive a confirmation email.</p>"
        ),
    },
    "ack_subject": {
        "fr": "Votre demande de coaching Vitrine est bien reçue",
        "nl": "Uw aanvraag voor Vitrine-coaching is goed ontvangen",
        "de": "Ihre Anfrage für das Vitrine-Coaching ist eingegangen",
        "en": "We have received your Vitrine coaching request",
    },
    "ack_body": {
        "fr": (
            "Bonjour {contact},\n"
            "Merci pour votre inscription au coaching numérique gratuit de Vitrine.\n"
            "Nous vous appellerons dans les cinq jours ouvrables pour fixer une première séance.\n"
            "L'équipe Vitrine – Ville de Mons"
        ),
        "nl": (
            "Beste {contact},\n"
            "Bedankt voor uw inschrijving voor de gratis digitale coaching van Vitrine.\n"
            "We bellen u binnen vijf werkdagen om een eerste sessie af te spreken.\n"
            "Het Vitrine-team – Stad Bergen"
        ),
        "de": (
            "Guten Tag {contact},\n"
            "vielen Dank für Ihre Anmeldung zum kostenlosen Digital-Coaching von Vitrine.\n"
            "Wir rufen Sie innerhalb von fünf Werktagen an, um einen ersten Termin zu "
            "vereinbaren.\n"
            "Das Vitrine-Team – Stadt Mons"
        ),
        "en": (
            "Dear {contact},\n"
            "Thank you for signing up for Vitrine's free digital coaching.\n"
            "We will call you within five working days to arrange a first session.\n"
            "The Vitrine team – City of Mons"
        ),
    },
    "fields": {
        "shop_name": {
            "fr": "Nom du commerce",
            "nl": "Naam van de zaak",
            "de": "Name des Geschäfts",
            "en": "Shop name",
        },
        "contact": {
            "fr": "Personne de contact",
            "nl": "Contactpersoon",
            "de": "Ansprechperson",
            "en": "Contact person",
        },
        "email": {
            "fr": "Adresse e-mail",
            "nl": "E-mailadres",
            "de": "E-Mail-Adresse",
            "en": "Email address",
        },
        "phone": {
            "fr": "Téléphone",
            "nl": "Telefoonnummer",
            "de": "Telefonnummer",
            "en": "Phone number",
        },
        "district": {
            "fr": "Quartier ou village",
            "nl": "Wijk of deelgemeente",
            "de": "Stadtteil oder Dorf",
            "en": "District or village",
        },
        "needs": {
            "fr": "De quoi avez-vous besoin ?",
            "nl": "Waarmee kunnen we u helpen?",
            "de": "Wobei brauchen Sie Unterstützung?",
            "en": "What do you need?",
        },
        "needs_choices": [
            {"fr": "Site internet", "nl": "Website", "de": "Website", "en": "Website"},
            {"fr": "Boutique en ligne", "nl": "Webwinkel", "de": "Onlineshop", "en": "Online shop"},
            {
                "fr": "Prise de rendez-vous en ligne",
                "nl": "Online afspraken",
                "de": "Online-Terminbuchung",
                "en": "Online booking",
            },
            {
                "fr": "Réseaux sociaux",
                "nl": "Sociale media",
                "de": "Soziale Medien",
                "en": "Social media",
            },
            {
                "fr": "Autre chose",
                "nl": "Iets anders",
                "de": "Etwas anderes",
                "en": "Something else",
            },
        ],
        "message": {
            "fr": "Y a-t-il autre chose que nous devrions savoir ?",
            "nl": "Is er nog iets dat we moeten weten?",
            "de": "Gibt es noch etwas, das wir wissen sollten?",
            "en": "Anything else we should know?",
        },
        "consent": {
            "fr": (
                "J'accepte que la Ville de Mons traite ces données pour organiser le coaching "
                "(voir la politique de vie privée)."
            ),
            "nl": (
                "Ik ga ermee akkoord dat de Stad Bergen deze gegevens verwerkt om de coaching te "
                "organiseren (zie de privacyverklaring)."
            ),
            "de": (
                "Ich bin einverstanden, dass die Stadt Mons diese Daten zur Organisation des "
                "Coachings verarbeitet (siehe Datenschutzerklärung)."
            ),
            "en": (
                "I agree that the City of Mons may process these data to organise the coaching "
                "(see the privacy notice)."
            ),
        },
    },
}


# Privacy notice, legal notice and accessibility statement (rich text).
LEGAL_PAGES = [
    {
        "key": "privacy",
        "slug": {"fr": "vie-privee", "nl": "privacy", "de": "datenschutz", "en": "privacy"},
        "title": {
            "fr": "Vie privée",
            "nl": "Privacyverklaring",
            "de": "Datenschutzerklärung",
            "en": "Privacy notice",
        },
        "body": {
            "fr": (
                "<h2>Qui est responsable de vos données ?</h2>"
                "<p>Le portail Vitrine est édité par la Ville de Mons, Grand-Place 22, 7000 Mons, "
                "responsable du traitement des données personnelles collectées sur ce site. "
                "L'équipe Vitrine et le délégué à la protection des données de la Ville sont "
                "joignables à l'adresse vitrine@mons.example.</p>"
                "<h2>Quelles données, et pourquoi ?</h2>"
                "<ul><li><strong>Inscriptions au coaching</strong> : nom du commerce, personne de "
                "contact, e-mail, téléphone, quartier et besoins, pour organiser les séances. Base "
                "légale : votre consentement (article 6.1.a du RGPD), que vous pouvez retirer à "
                "tout moment.</li><li><strong>Réservations auprès des commerces</strong> : nom, "
                "e-mail, téléphone facultatif et remarque, transmis au seul commerce choisi pour "
                "gérer votre rendez-vous. Base légale : les mesures prises à votre demande avant "
                "un contrat (article 6.1.b du RGPD).</li><li><strong>Comptes des "
                "commerçants</strong> : nom, e-mail et historique des modifications de la fiche, "
                "pour permettre au commerçant de gérer sa page et à la Ville de valider les "
                "contenus. Base légale : la mission d'intérêt public de soutien au commerce local "
                "(article 6.1.e du RGPD).</li></ul>"
                "<h2>Combien de temps ?</h2>"
                "<p>Les données de réservation sont supprimées 90 jours après la date du "
                "rendez-vous. Les demandes de coaching sont conservées deux ans, puis effacées. "
                "Les comptes des commerçants sont supprimés lorsque le commerce quitte la "
                "campagne.</p>"
                "<h2>Ni traceurs ni services tiers</h2>"
                "<p>Les pages publiques n'utilisent aucun cookie de mesure d'audience ou de "
                "publicité et n'envoient aucune requête à des services tiers : polices, images et "
                "scripts sont servis par le portail lui-même. Seuls des cookies techniques "
                "indispensables, pour la sécurité des formulaires et la connexion des commerçants, "
                "peuvent être déposés. Vos données ne sont ni vendues ni transmises aux "
                "partenaires présentés sur le portail.</p>"
                "<h2>Vos droits</h2>"
                "<p>Vous pouvez demander l'accès à vos données, leur rectification, leur "
                "effacement ou la limitation de leur traitement, vous opposer au traitement fondé "
                "sur l'intérêt public et retirer votre consentement en écrivant à "
                "vitrine@mons.example. Nous répondons dans le mois. Si vous estimez que vos droits "
                "ne sont pas respectés, vous pouvez introduire une plainte auprès de l'Autorité de "
                "protection des données, l'autorité belge de contrôle.</p>"
            ),
            "nl": (
                "<h2>Wie is verantwoordelijk voor uw gegevens?</h2>"
                "<p>Het portaal Vitrine wordt uitgegeven door de Stad Bergen, Grand-Place 22, 7000 "
                "Mons, verwerkingsverantwoordelijke voor de persoonsgegevens die op deze site "
                "worden verzameld. U bereikt het Vitrine-team en de functionaris voor "
                "gegevensbescherming van de Stad via vitrine@mons.example.</p>"
                "<h2>Welke gegevens, en waarom?</h2>"
                "<ul><li><strong>Inschrijvingen voor de coaching</strong>: naam van de zaak, "
                "contactpersoon, e-mail, telefoon, wijk en behoeften, om de sessies te "
                "organiseren. Rechtsgrond: uw toestemming (artikel 6.1.a AVG), die u op elk moment "
                "kunt intrekken.</li><li><strong>Boekingen bij winkels</strong>: naam, e-mail, "
                "facultatief telefoonnummer en opmerking, alleen doorgegeven aan de gekozen winkel "
                "om uw afspraak te beheren. Rechtsgrond: maatregelen op uw verzoek vóór een "
                "overeenkomst (artikel 6.1.b AVG).</li><li><strong>Accounts van "
                "handelaars</strong>: naam, e-mail en de geschiedenis van de wijzigingen aan de "
                "pagina, zodat de handelaar zijn pagina kan beheren en de Stad de inhoud kan "
                "goedkeuren. Rechtsgrond: de taak van algemeen belang om de lokale handel te "
                "steunen (artikel 6.1.e AVG).</li></ul>"
                "<h2>Hoe lang?</h2>"
                "<p>Boekingsgegevens worden 90 dagen na de datum van de afspraak gewist. Aanvragen "
                "voor coaching worden twee jaar bewaard en daarna verwijderd. Accounts van "
                "handelaars worden gewist wanneer de winkel de campagne verlaat.</p>"
                "<h2>Geen trackers en geen externe diensten</h2>"
                "<p>De openbare pagina's gebruiken geen cookies voor bezoekersmetingen of reclame "
                "en sturen geen verzoeken naar externe diensten: lettertypen, afbeeldingen en "
                "scripts komen van het portaal zelf. Alleen strikt noodzakelijke technische "
                "cookies, voor de beveiliging van formulieren en het aanmelden van handelaars, "
                "kunnen worden geplaatst. Uw gegevens worden niet verkocht en niet doorgegeven aan "
                "de partners die op het portaal worden voorgesteld.</p>"
                "<h2>Uw rechten</h2>"
                "<p>U kunt inzage, verbetering, wissing of beperking van de verwerking van uw "
                "gegevens vragen, bezwaar maken tegen de verwerking op basis van het algemeen "
                "belang en uw toestemming intrekken door te schrijven naar vitrine@mons.example. "
                "We antwoorden binnen een maand. Als u vindt dat uw rechten niet worden "
                "gerespecteerd, kunt u klacht indienen bij de Gegevensbeschermingsautoriteit, de "
                "Belgische toezichthouder.</p>"
            ),
            "de": (
                "<h2>Wer ist für Ihre Daten verantwortlich?</h2>"
                "<p>Das Portal Vitrine wird von der Stadt Mons, Grand-Place 22, 7000 Mons, "
                "herausgegeben, die für die Verarbeitung der auf dieser Website erhobenen "
                "personenbezogenen Daten verantwortlich ist. Das Vitrine-Team und die "
                "Datenschutzbeauftragte oder der Datenschutzbeauftragte der Stadt sind unter "
                "vitrine@mons.example erreichbar.</p>"
                "<h2>Welche Daten, und wozu?</h2>"
                "<ul><li><strong>Anmeldungen zum Coaching</strong>: Name des Geschäfts, "
                "Ansprechperson, E-Mail, Telefon, Stadtteil und Bedarf, um die Termine zu "
                "organisieren. Rechtsgrundlage: Ihre Einwilligung (Artikel 6 Absatz 1 Buchstabe a "
                "DSGVO), die Sie jederzeit widerrufen können.</li><li><strong>Buchungen bei "
                "Geschäften</strong>: Name, E-Mail, freiwillig Telefonnummer und Anmerkung, nur an "
                "das gewählte Geschäft weitergegeben, um Ihren Termin zu verwalten. "
                "Rechtsgrundlage: vorvertragliche Maßnahmen auf Ihre Anfrage (Artikel 6 Absatz 1 "
                "Buchstabe b DSGVO).</li><li><strong>Konten der Geschäftsleute</strong>: Name, "
                "E-Mail und Änderungsverlauf der Seite, damit das Geschäft seine Seite pflegen und "
                "die Stadt die Inhalte freigeben kann. Rechtsgrundlage: die im öffentlichen "
                "Interesse liegende Aufgabe, den lokalen Handel zu fördern (Artikel 6 Absatz 1 "
                "Buchstabe e DSGVO).</li></ul>"
                "<h2>Wie lange?</h2>"
                "<p>Buchungsdaten werden 90 Tage nach dem Termin gelöscht. Anfragen für das "
                "Coaching werden zwei Jahre aufbewahrt und dann gelöscht. Konten von "
                "Geschäftsleuten werden gelöscht, wenn das Geschäft die Kampagne verlässt.</p>"
                "<h2>Keine Tracker, keine Drittanbieter</h2>"
                "<p>Die öffentlichen Seiten verwenden keine Cookies zur Reichweitenmessung oder "
                "Werbung und senden keine Anfragen an Drittanbieter: Schriften, Bilder und Skripte "
                "kommen vom Portal selbst. Es können nur unbedingt erforderliche technische "
                "Cookies gesetzt werden, für die Sicherheit der Formulare und die Anmeldung der "
                "Geschäftsleute. Ihre Daten werden weder verkauft noch an die auf dem Portal "
                "vorgestellten Partner weitergegeben.</p>"
                "<h2>Ihre Rechte</h2>"
                "<p>Sie können Auskunft, Berichtigung, Löschung oder Einschränkung der "
                "Verarbeitung Ihrer Daten verlangen, der Verarbeitung im öffentlichen Interesse "
                "widersprechen und Ihre Einwilligung widerrufen, indem Sie an vitrine@mons.example "
                "schreiben. Wir antworten innerhalb eines Monats. Wenn Sie meinen, dass Ihre "
                "Rechte nicht gewahrt werden, können Sie sich bei der belgischen "
                "Datenschutzbehörde (Autorité de protection des données) beschweren.</p>"
            ),
            "en": (
                "<h2>Who is responsible for your data?</h2>"
                "<p>The Vitrine portal is published by the City of Mons, Grand-Place 22, 7000 "
                "Mons, which is the controller of the personal data collected on this site. You "
                "can reach the Vitrine team and the city's data protection officer at "
                "vitrine@mons.example.</p>"
                "<h2>What data, and why?</h2>"
                "<ul><li><strong>Coaching sign-ups</strong>: shop name, contact person, email, "
                "phone, district and needs, to organise the sessions. Legal basis: your consent "
                "(Article 6(1)(a) GDPR), which you may withdraw at any time.</li>"
                "<li><strong>Bookings with shops</strong>: name, email, optional phone number and "
                "note, passed only to the shop you chose so that it can manage your appointment. "
                "Legal basis: steps taken at your request before entering into a contract (Article "
                "6(1)(b) GDPR).</li><li><strong>Merchant accounts</strong>: name, email and the "
                "history of changes to the shop page, so that merchants can manage their page and "
                "the city can approve content. Legal basis: the public-interest task of supporting "
                "local trade (Article 6(1)(e) GDPR).</li></ul>"
                "<h2>How long?</h2>"
                "<p>Booking data are deleted 90 days after the date of the appointment. Coaching "
                "requests are kept for two years and then erased. Merchant accounts are deleted "
                "when the shop leaves the campaign.</p>"
                "<h2>No trackers, no third parties</h2>"
                "<p>Public pages use no audience-measurement or advertising cookies and send no "
                "requests to third-party services: fonts, images and scripts are served by the "
                "portal itself. Only strictly necessary technical cookies, for form security and "
                "merchant sign-in, may be set. Your data are neither sold nor passed on to the "
                "partners featured on the portal.</p>"
                "<h2>Your rights</h2>"
                "<p>You can ask for access to your data, their correction, erasure or restricted "
                "processing, object to processing based on the public interest and withdraw your "
                "consent by writing to vitrine@mons.example. We reply within one month. If you "
                "feel your rights have not been respected, you can lodge a complaint with the "
                "Belgian Data Protection Authority (Autorité de protection des données).</p>"
            ),
        },
    },
    {
        "key": "legal",
        "slug": {
            "fr": "mentions-legales",
            "nl": "juridische-informatie",
            "de": "impressum",
            "en": "legal-notice",
        },
        "title": {
            "fr": "Mentions légales",
            "nl": "Juridische informatie",
            "de": "Impressum",
            "en": "Legal notice",
        },
        "body": {
            "fr": (
                "<h2>Éditeur du site</h2>"
                "<p>Le portail Vitrine est publié par la Ville de Mons, administration communale, "
                "Grand-Place 22, 7000 Mons, Belgique. Éditeur responsable : le Collège communal de "
                "la Ville de Mons. Contact : vitrine@mons.example.</p>"
                "<h2>Objet du portail</h2>"
                "<p>Vitrine est le site de la campagne de la Ville en faveur du commerce de "
                "proximité. Il présente les commerces montois qui y participent, leurs catalogues "
                "et leurs outils de réservation, les histoires de commerçants et l'offre de "
                "coaching numérique gratuit.</p>"
                "<h2>Contenus des commerçants</h2>"
                "<p>Chaque commerçant rédige et met à jour sa propre fiche : horaires, prix, "
                "produits, photos. Les modifications sont relues par l'équipe de la Ville avant "
                "publication, mais le commerçant reste responsable de l'exactitude de ses "
                "informations et des ventes conclues avec ses clients. La Ville n'est pas partie "
                "aux contrats passés entre un commerce et sa clientèle.</p>"
                "<h2>Offres des partenaires</h2>"
                "<p>Les offres d'outils numériques présentées sur le portail viennent "
                "d'entreprises privées. La Ville les retient pour la clarté de leurs conditions, "
                "mais ne perçoit aucune commission et ne recommande aucun prestataire en "
                "particulier. Les conditions de chaque offre, y compris les prix après la période "
                "gratuite, sont celles publiées par le partenaire.</p>"
                "<h2>Propriété intellectuelle</h2>"
                "<p>Les textes rédigés par la Ville peuvent être repris à des fins non "
                "commerciales, en citant la source. Les photos et logos des commerces restent la "
                "propriété de leurs auteurs et ne peuvent pas être réutilisés sans leur accord.</p>"
                "<h2>Hébergement et signalements</h2>"
                "<p>Le portail est hébergé dans l'Union européenne, sur des serveurs gérés pour le "
                "compte de la Ville. Pour signaler une erreur, une information dépassée ou un "
                "contenu inapproprié, écrivez à vitrine@mons.example.</p>"
            ),
            "nl": (
                "<h2>Uitgever van de site</h2>"
                "<p>Het portaal Vitrine wordt uitgegeven door de Stad Bergen, stadsbestuur, "
                "Grand-Place 22, 7000 Mons, België. Verantwoordelijke uitgever: het college van "
                "burgemeester en schepenen van de Stad Bergen. Contact: vitrine@mons.example.</p>"
                "<h2>Doel van het portaal</h2>"
                "<p>Vitrine is de site van de campagne van de Stad voor de buurthandel. Het "
                "portaal stelt de deelnemende winkels uit Bergen voor, met hun catalogi en "
                "boekingstools, de verhalen van handelaars en het aanbod van gratis digitale "
                "coaching.</p>"
                "<h2>Inhoud van de handelaars</h2>"
                "<p>Elke handelaar schrijft en actualiseert zijn eigen pagina: openingsuren, "
                "prijzen, producten, foto's. Wijzigingen worden door het team van de Stad "
                "nagelezen voor ze verschijnen, maar de handelaar blijft verantwoordelijk voor de "
                "juistheid van zijn informatie en voor de verkopen met zijn klanten. De Stad is "
                "geen partij bij de overeenkomsten tussen een winkel en zijn klanten.</p>"
                "<h2>Aanbod van partners</h2>"
                "<p>De aanbiedingen voor digitale tools op het portaal komen van privébedrijven. "
                "De Stad kiest ze omdat hun voorwaarden duidelijk zijn, maar ontvangt geen "
                "commissie en beveelt geen enkele dienstverlener in het bijzonder aan. Voor elk "
                "aanbod gelden de voorwaarden die de partner publiceert, ook de prijzen na de "
                "gratis periode.</p>"
                "<h2>Intellectuele eigendom</h2>"
                "<p>Teksten die de Stad schreef, mogen voor niet-commerciële doeleinden worden "
                "overgenomen, met bronvermelding. Foto's en logo's van winkels blijven eigendom "
                "van hun makers en mogen niet zonder hun toestemming worden hergebruikt.</p>"
                "<h2>Hosting en meldingen</h2>"
                "<p>Het portaal wordt gehost in de Europese Unie, op servers die in opdracht van "
                "de Stad worden beheerd. Wilt u een fout, verouderde informatie of ongepaste "
                "inhoud melden? Schrijf dan naar vitrine@mons.example.</p>"
            ),
            "de": (
                "<h2>Herausgeber</h2>"
                "<p>Das Portal Vitrine wird von der Stadt Mons, Stadtverwaltung, Grand-Place 22, "
                "7000 Mons, Belgien, herausgegeben. Verantwortlich für den Inhalt: das "
                "Gemeindekollegium der Stadt Mons. Kontakt: vitrine@mons.example.</p>"
                "<h2>Zweck des Portals</h2>"
                "<p>Vitrine ist die Website der städtischen Kampagne für den lokalen Handel. Sie "
                "stellt die teilnehmenden Geschäfte aus Mons vor, mit ihren Katalogen und "
                "Buchungswerkzeugen, außerdem Geschichten von Geschäftsleuten und das kostenlose "
                "Digital-Coaching.</p>"
                "<h2>Inhalte der Geschäfte</h2>"
                "<p>Jedes Geschäft schreibt und aktualisiert seine eigene Seite: Öffnungszeiten, "
                "Preise, Produkte, Fotos. Änderungen werden vor der Veröffentlichung vom Team der "
                "Stadt gelesen, doch das Geschäft bleibt für die Richtigkeit seiner Angaben und "
                "für die Verkäufe an seine Kundschaft verantwortlich. Die Stadt ist nicht Partei "
                "der Verträge zwischen einem Geschäft und seiner Kundschaft.</p>"
                "<h2>Angebote der Partner</h2>"
                "<p>Die auf dem Portal vorgestellten Angebote für digitale Werkzeuge stammen von "
                "privaten Unternehmen. Die Stadt wählt sie wegen ihrer klaren Bedingungen aus, "
                "erhält aber keine Provision und empfiehlt keinen bestimmten Anbieter. Für jedes "
                "Angebot gelten die vom Partner veröffentlichten Bedingungen, einschließlich der "
                "Preise nach der kostenlosen Zeit.</p>"
                "<h2>Urheberrecht</h2>"
                "<p>Von der Stadt verfasste Texte dürfen zu nicht kommerziellen Zwecken mit "
                "Quellenangabe übernommen werden. Fotos und Logos der Geschäfte bleiben Eigentum "
                "ihrer Urheber und dürfen ohne deren Zustimmung nicht weiterverwendet werden.</p>"
                "<h2>Hosting und Hinweise</h2>"
                "<p>Das Portal wird in der Europäischen Union gehostet, auf Servern, die im "
                "Auftrag der Stadt betrieben werden. Um einen Fehler, veraltete Angaben oder "
                "unangemessene Inhalte zu melden, schreiben Sie an vitrine@mons.example.</p>"
            ),
            "en": (
                "<h2>Publisher</h2>"
                "<p>The Vitrine portal is published by the City of Mons, municipal administration, "
                "Grand-Place 22, 7000 Mons, Belgium. Responsible publisher: the Municipal "
                "Executive of the City of Mons. Contact: vitrine@mons.example.</p>"
                "<h2>Purpose of the portal</h2>"
                "<p>Vitrine is the website of the city's campaign for local shops. It presents the "
                "Mons shops taking part, with their catalogues and booking tools, shopkeepers' "
                "stories and the free digital coaching offer.</p>"
                "<h2>Content written by shopkeepers</h2>"
                "<p>Each shopkeeper writes and updates their own page: opening hours, prices, "
                "products, photos. Changes are read by the city team before publication, but the "
                "shopkeeper remains responsible for the accuracy of their information and for the "
                "sales made to their customers. The city is not a party to contracts between a "
                "shop and its customers.</p>"
                "<h2>Partner offers</h2>"
                "<p>The digital tool offers presented on the portal come from private companies. "
                "The city selects them for the clarity of their terms, but receives no commission "
                "and recommends no particular provider. Each offer is subject to the terms "
                "published by the partner, including prices after the free period.</p>"
                "<h2>Intellectual property</h2>"
                "<p>Texts written by the city may be reused for non-commercial purposes, provided "
                "the source is credited. Shop photos and logos remain the property of their "
                "authors and may not be reused without their consent.</p>"
                "<h2>Hosting and reporting</h2>"
                "<p>The portal is hosted in the European Union, on servers run on behalf of the "
                "city. To report an error, out-of-date information or inappropriate content, write "
                "to vitrine@mons.example.</p>"
            ),
        },
    },
    {
        "key": "accessibility",
        "slug": {
            "fr": "accessibilite",
            "nl": "toegankelijkheid",
            "de": "barrierefreiheit",
            "en": "accessibility",
        },
        "title": {
            "fr": "Déclaration d'accessibilité",
            "nl": "Toegankelijkheidsverklaring",
            "de": "Erklärung zur Barrierefreiheit",
            "en": "Accessibility statement",
        },
        "body": {
            "fr": (
                "<h2>Notre engagement</h2>"
                "<p>La Ville de Mons veut que le portail Vitrine soit utilisable par toutes et "
                "tous, quel que soit l'appareil ou la technologie d'assistance utilisée. Le "
                "portail vise le niveau AA des Règles pour l'accessibilité des contenus web (WCAG) "
                "2.1, comme l'exigent les règles applicables aux sites des organismes publics.</p>"
                "<h2>État de conformité</h2>"
                "<p>Le portail est partiellement conforme aux WCAG 2.1 niveau AA. Il a été conçu "
                "avec une structure de titres cohérente, des repères de navigation, un lien "
                "d'accès direct au contenu, des formulaires dont chaque champ est étiqueté et des "
                "contrastes suffisants. Il s'utilise entièrement au clavier, et la recherche de "
                "commerces fonctionne même sans JavaScript.</p>"
                "<h2>Limites connues</h2>"
                "<ul><li>Certaines photos publiées par les commerçants ont un texte alternatif "
                "trop court ; nous les complétons au fil des relectures.</li><li>Les documents PDF "
                "déposés par des commerces, comme des menus ou des tarifs, ne sont pas toujours "
                "accessibles.</li><li>Les traductions en néerlandais, en allemand et en anglais de "
                "certaines fiches peuvent être incomplètes ou arriver plus tard que le texte "
                "français.</li><li>Les outils des partenaires, hébergés sur leurs propres sites, "
                "ne sont pas couverts par cette déclaration.</li></ul>"
                "<h2>Signaler un problème</h2>"
                "<p>Si vous ne parvenez pas à accéder à un contenu ou à un service, écrivez-nous à "
                "vitrine@mons.example en précisant la page concernée et, si possible, l'appareil "
                "et le logiciel utilisés. Vous pouvez aussi vous présenter à l'accueil de l'hôtel "
                "de ville, Grand-Place 22. Nous répondons dans les dix jours ouvrables et "
                "proposons au besoin une solution de remplacement : l'information par e-mail ou "
                "par téléphone, ou une réservation faite pour vous.</p>"
                "<p>Cette déclaration a été établie en 2026 sur la base d'une auto-évaluation ; "
                "elle est revue chaque année.</p>"
            ),
            "nl": (
                "<h2>Ons engagement</h2>"
                "<p>De Stad Bergen wil dat iedereen het portaal Vitrine kan gebruiken, met welk "
                "toestel of welke hulptechnologie dan ook. Het portaal streeft naar niveau AA van "
                "de Richtlijnen voor Toegankelijkheid van Webcontent (WCAG) 2.1, zoals de regels "
                "voor websites van overheidsinstanties vereisen.</p>"
                "<h2>Nalevingsstatus</h2>"
                "<p>Het portaal voldoet gedeeltelijk aan WCAG 2.1 niveau AA. Het is gebouwd met "
                "een logische opbouw van titels, navigatieoriëntatiepunten, een link om "
                "rechtstreeks naar de inhoud te gaan, formulieren waarvan elk veld een label heeft "
                "en voldoende contrast. Het is volledig met het toetsenbord te bedienen, en het "
                "zoeken naar winkels werkt ook zonder JavaScript.</p>"
                "<h2>Bekende beperkingen</h2>"
                "<ul><li>Sommige foto's die handelaars publiceren, hebben een te korte "
                "alternatieve tekst; we vullen die aan bij het nalezen.</li><li>Pdf-documenten die "
                "winkels opladen, zoals menu's of prijslijsten, zijn niet altijd toegankelijk.</li>"
                "<li>De Nederlandse, Duitse en Engelse vertalingen van sommige winkelpagina's "
                "kunnen onvolledig zijn of later verschijnen dan de Franse tekst.</li><li>De tools "
                "van partners, die op hun eigen sites staan, vallen niet onder deze "
                "verklaring.</li></ul>"
                "<h2>Een probleem melden</h2>"
                "<p>Lukt het niet om bepaalde inhoud of een dienst te gebruiken? Schrijf ons dan "
                "op vitrine@mons.example en vermeld de betrokken pagina en, als het kan, het "
                "toestel en de software die u gebruikt. U kunt ook terecht aan het onthaal van het "
                "stadhuis, Grand-Place 22. We antwoorden binnen tien werkdagen en bieden zo nodig "
                "een alternatief aan: de informatie per e-mail of telefoon, of een boeking die we "
                "voor u maken.</p>"
                "<p>Deze verklaring werd in 2026 opgesteld op basis van een zelfevaluatie en wordt "
                "elk jaar herzien.</p>"
            ),
            "de": (
                "<h2>Unser Anspruch</h2>"
                "<p>Die Stadt Mons möchte, dass alle Menschen das Portal Vitrine nutzen können, "
                "unabhängig von Gerät oder assistiver Technologie. Das Portal strebt Konformität "
                "mit Stufe AA der Richtlinien für barrierefreie Webinhalte (WCAG) 2.1 an, wie es "
                "die Regeln für Websites öffentlicher Stellen verlangen.</p>"
                "<h2>Stand der Vereinbarkeit</h2>"
                "<p>Das Portal ist teilweise konform mit WCAG 2.1 Stufe AA. Es wurde mit einer "
                "schlüssigen Überschriftenstruktur, Navigationsbereichen, einem Link direkt zum "
                "Inhalt, beschrifteten Formularfeldern und ausreichenden Kontrasten gebaut. Es "
                "lässt sich vollständig per Tastatur bedienen, und die Geschäftssuche funktioniert "
                "auch ohne JavaScript.</p>"
                "<h2>Bekannte Einschränkungen</h2>"
                "<ul><li>Manche von Geschäften veröffentlichte Fotos haben einen zu knappen "
                "Alternativtext; wir ergänzen ihn bei der Durchsicht.</li><li>PDF-Dokumente, die "
                "Geschäfte hochladen, etwa Speisekarten oder Preislisten, sind nicht immer "
                "barrierefrei.</li><li>Die niederländischen, deutschen und englischen "
                "Übersetzungen einzelner Geschäftsseiten können unvollständig sein oder später "
                "erscheinen als der französische Text.</li><li>Die Werkzeuge der Partner auf deren "
                "eigenen Websites fallen nicht unter diese Erklärung.</li></ul>"
                "<h2>Ein Problem melden</h2>"
                "<p>Wenn Sie auf einen Inhalt oder einen Dienst nicht zugreifen können, schreiben "
                "Sie uns an vitrine@mons.example und nennen Sie die betroffene Seite und, wenn "
                "möglich, das verwendete Gerät und die Software. Sie können sich auch an den "
                "Empfang des Rathauses wenden, Grand-Place 22. Wir antworten innerhalb von zehn "
                "Werktagen und bieten bei Bedarf eine Alternative an: die Information per E-Mail "
                "oder Telefon oder eine Buchung, die wir für Sie vornehmen.</p>"
                "<p>Diese Erklärung wurde 2026 auf Grundlage einer Selbstbewertung erstellt und "
                "wird jedes Jahr überprüft.</p>"
            ),
            "en": (
                "<h2>Our commitment</h2>"
                "<p>The City of Mons wants everyone to be able to use the Vitrine portal, whatever "
                "their device or assistive technology. The portal aims to meet level AA of the Web "
                "Content Accessibility Guidelines (WCAG) 2.1, as required of public-sector "
                "websites.</p>"
                "<h2>Compliance status</h2>"
                "<p>The portal is partially compliant with WCAG 2.1 level AA. It was built with a "
                "consistent heading structure, navigation landmarks, a skip link to the main "
                "content, labelled form fields and sufficient contrast. It can be used entirely "
                "with a keyboard, and the shop finder works even without JavaScript.</p>"
                "<h2>Known limitations</h2>"
                "<ul><li>Some photos published by shopkeepers have alternative text that is too "
                "brief; we add to it as we review pages.</li><li>PDF documents uploaded by shops, "
                "such as menus or price lists, are not always accessible.</li><li>Dutch, German "
                "and English translations of some shop pages may be incomplete or appear later "
                "than the French text.</li><li>Partners' tools, hosted on their own websites, are "
                "not covered by this statement.</li></ul>"
                "<h2>Reporting a problem</h2>"
                "<p>If you cannot access some content or a service, write to vitrine@mons.example, "
                "naming the page concerned and, if possible, the device and software you use. You "
                "can also ask at the reception desk of the city hall, Grand-Place 22. We reply "
                "within ten working days and, where needed, offer an alternative: the information "
                "by email or phone, or a booking made on your behalf.</p>"
                "<p>This statement was drawn up in 2026 on the basis of a self-assessment and is "
                "reviewed every year.</p>"
            ),
        },
    },
]


# Main menu (target names the page a link points to) and footer.
NAVIGATION = {
    "menu": [
        {
            "label": {"fr": "Commerces", "nl": "Winkels", "de": "Geschäfte", "en": "Shops"},
            "target": "shops",
        },
        {
            "label": {"fr": "Histoires", "nl": "Verhalen", "de": "Geschichten", "en": "Stories"},
            "target": "stories",
        },
        {
            "label": {
                "fr": "Coaching gratuit",
                "nl": "Gratis coaching",
                "de": "Kostenloses Coaching",
                "en": "Free coaching",
            },
            "target": "coaching",
        },
        {
            "label": {
                "fr": "Offres partenaires",
                "nl": "Partneraanbod",
                "de": "Partnerangebote",
                "en": "Partner offers",
            },
            "target": "offers",
        },
    ],
    "footer_text": {
        "fr": (
            "Vitrine est une campagne de la Ville de Mons qui aide les commerces de proximité à se "
            "lancer en ligne et donne envie aux habitants d'acheter près de chez eux."
        ),
        "nl": (
            "Vitrine is een campagne van de Stad Bergen die buurtwinkels helpt om online te gaan "
            "en inwoners aanmoedigt om dicht bij huis te kopen."
        ),
        "de": (
            "Vitrine ist eine Kampagne der Stadt Mons, die kleine Geschäfte auf dem Weg ins Netz "
            "begleitet und die Menschen zum Einkaufen in ihrer Nähe einlädt."
        ),
        "en": (
            "Vitrine is a City of Mons campaign that helps local shops get online and encourages "
            "residents to buy close to home."
        ),
    },
    "contact": {
        "fr": "Ville de Mons – Vitrine, Grand-Place 22, 7000 Mons – vitrine@mons.example",
        "nl": "Stad Bergen – Vitrine, Grand-Place 22, 7000 Mons – vitrine@mons.example",
        "de": "Stadt Mons – Vitrine, Grand-Place 22, 7000 Mons – vitrine@mons.example",
        "en": "City of Mons – Vitrine, Grand-Place 22, 7000 Mons, Belgium – vitrine@mons.example",
    },
}


# The story listing page; intro is plain text.
STORY_INDEX = {
    "title": {
        "fr": "Histoires de commerçants",
        "nl": "Verhalen van handelaars",
        "de": "Geschichten aus den Geschäften",
        "en": "Shopkeepers' stories",
    },
    "slug": {"fr": "histoires", "nl": "verhalen", "de": "geschichten", "en": "stories"},
    "intro": {
        "fr": (
            "Une fleuriste, un boulanger, un cordonnier : ils ont suivi le coaching de la campagne "
            "et racontent, sans détour, ce qui a changé dans leur quotidien."
        ),
        "nl": (
            "Een bloemiste, een bakker, een schoenmaker: ze volgden de coaching van de campagne en "
            "vertellen eerlijk wat er in hun dagelijkse werk is veranderd."
        ),
        "de": (
            "Eine Floristin, ein Bäcker, ein Schuhmacher: Sie haben am Coaching der Kampagne "
            "teilgenommen und erzählen offen, was sich in ihrem Alltag verändert hat."
        ),
        "en": (
            "A florist, a baker, a cobbler: they took part in the campaign's coaching and tell you "
            "plainly what has changed in their day-to-day work."
        ),
    },
}


# The partner offers page; intro is rich text.
OFFERS_PAGE = {
    "title": {
        "fr": "Outils numériques : les offres des partenaires",
        "nl": "Digitale tools: het aanbod van onze partners",
        "de": "Digitale Werkzeuge: die Angebote der Partner",
        "en": "Digital tools: our partners' offers",
    },
    "slug": {
        "fr": "offres-partenaires",
        "nl": "partneraanbod",
        "de": "partnerangebote",
        "en": "partner-offers",
    },
    "intro": {
        "fr": (
            "<p>Ces outils sont gratuits pendant quelques mois, puis deviennent payants. Chaque "
            "offre indique ce qui est offert, pour combien de temps, le prix ensuite, les frais "
            "éventuels par transaction et ce que deviennent vos données si vous partez.</p>"
            "<p>La Ville ne touche aucune commission : comparez calmement, parlez-en à votre coach "
            "et ne souscrivez qu'à ce dont vous avez vraiment besoin.</p>"
        ),
        "nl": (
            "<p>Deze tools zijn enkele maanden gratis en worden daarna betalend. Bij elk aanbod "
            "staat wat gratis is, hoe lang, wat het daarna kost, welke kosten per transactie er "
            "eventueel zijn en wat er met uw gegevens gebeurt als u vertrekt.</p>"
            "<p>De Stad ontvangt geen commissie: vergelijk rustig, bespreek het met uw coach en "
            "teken alleen voor wat u echt nodig hebt.</p>"
        ),
        "de": (
            "<p>Diese Werkzeuge sind einige Monate kostenlos und danach kostenpflichtig. Jedes "
            "Angebot nennt, was kostenlos ist, wie lange, was es danach kostet, welche Gebühren "
            "pro Transaktion anfallen können und was mit Ihren Daten geschieht, wenn Sie "
            "kündigen.</p>"
            "<p>Die Stadt erhält keine Provision: Vergleichen Sie in Ruhe, sprechen Sie mit Ihrem "
            "Coach und schließen Sie nur ab, was Sie wirklich brauchen.</p>"
        ),
        "en": (
            "<p>These tools are free for a few months and then become paid services. Each offer "
            "shows what is free, for how long, what it costs afterwards, any fees per transaction "
            "and what happens to your data if you leave.</p>"
            "<p>The city takes no commission: compare calmly, talk it over with your coach and "
            "only sign up for what you really need.</p>"
        ),
    },
}
