"""The English demo content, taken from the helpdesk's own flyers and announcements.

Facts come from the seed documents: the nine good-practice webinars and their partners, the
mobility call for EU cluster managers, the 2021 and 2022 annual conferences and the European
Cluster Conference 2022. Member counts, labels and personal names are left out where the sources
give none. Only one webinar date is known ("Carbon Neutrality through Smart Forest Bioeconomy",
Friday 17 December 2021, 9:00 CET); the dates of the other eight webinars, the publication dates
of the news articles and the hours of the 2021 conference and the Prague conference are
illustrative: they keep the order of the sources and fall before the September 2022 presentation
that counts nine webinars. Each webinar presents one partnership; only the Kyushu-Vitagora one has
a known start ("10 years" in 2021), the other years and all outcomes are illustrative summaries
of the webinars' themes.
"""

import datetime
from decimal import Decimal

from editorial.roles import ADMINISTRATORS, EDITORS, MODERATORS, TRANSLATORS

HOME_SLUG = "ejrc-helpdesk"
# A translated root page is a sibling of the source, so it needs a slug of its own; this follows
# Wagtail's own convention for root pages (the language code appended).
HOME_SLUG_JA = "ejrc-helpdesk-ja"

# One account per editorial role (editorial.roles), each in its admin language.
# (username, role, admin language, first name, last name): the account form needs a name.
DEMO_USERS = [
    ("editor", EDITORS, "en", "Claire", "Dubois"),
    ("translator", TRANSLATORS, "ja", "由美", "佐藤"),
    ("moderator", MODERATORS, "en", "Jan", "Novak"),
    ("administrator", ADMINISTRATORS, "en", "Anna", "Berg"),
]
# The site record's name: the admin's dashboard is titled with it.
SITE_NAME = "EJRC Helpdesk"

HELPDESK_SETTINGS = {
    "contact_email": "ejrc@eu-japan.eu",
    "website_url": "https://www.ejrc-helpdesk.eu/",
    "x_handle": "EJRCHelpdesk",
}

# (slug, name, ecosystem, description)
SECTORS = [
    (
        "biotechnology-healthcare",
        "Biotechnology & Healthcare",
        "health",
        "Biotechnology, pharmaceuticals and health services.",
    ),
    (
        "environmental-technology-circular-economy",
        "Environmental Technology & Circular Economy",
        "energy_intensive",
        "Clean technologies, recycling and resource efficiency.",
    ),
    ("agri-food", "Agri-food", "agri_food", "Agriculture, food processing and food innovation."),
    ("digital", "Digital", "digital", "Software, data, connectivity and digital services."),
    (
        "photonics-manufacturing",
        "Photonics & Manufacturing",
        "electronics",
        "Optics, photonics and advanced manufacturing.",
    ),
    (
        "sustainable-tourism",
        "Sustainable Tourism",
        "tourism",
        "Tourism that respects local communities, culture and the environment.",
    ),
    (
        "renewable-energy",
        "Renewable Energy",
        "energy_renewables",
        "Solar, wind, hydrogen and other renewable energy sources.",
    ),
    (
        "forest-bioeconomy",
        "Forest Bioeconomy",
        "agri_food",
        "Sustainable use of forests, wood and other biological resources.",
    ),
    (
        "medical-technologies",
        "Medical Technologies",
        "health",
        "Medical devices, diagnostics and digital health.",
    ),
    ("life-sciences", "Life Sciences", "health", "Biomedical research and its applications."),
    (
        "local-government-social-welfare",
        "Local Government & Social Welfare",
        "proximity_social_economy",
        "Public services, education and social welfare run by municipalities.",
    ),
]

SERIES = {
    "slug": "eu-japan-regional-cooperation-good-practices",
    "name": "EU-Japan regional cooperation good practices",
    "description": (
        "Webinars in which European and Japanese partners present an existing cooperation, "
        "to trigger, inspire and expand regional cooperation between Europe and Japan."
    ),
}

OFFICES = [
    {
        "name": "EU office (Strasbourg)",
        "side": "EU",
        "organisation": "CEEJA (European Center for Japanese Studies in Alsace)",
        "city": "Strasbourg",
        "country": "FR",
        "email": "ejrc@eu-japan.eu",
        "sort_order": 1,
    },
    {
        "name": "Japan office (Tokyo)",
        "side": "JP",
        "organisation": "CLAIR (Council of Local Authorities for International Relations)",
        "city": "Tokyo",
        "country": "JP",
        "email": "ejrc@eu-japan.eu",
        "sort_order": 2,
    },
    {
        "name": "Japan office (Gifu Prefecture)",
        "side": "JP",
        "organisation": "",
        # The sources name the prefecture only; the model asks for a city.
        "city": "Gifu Prefecture",
        "country": "JP",
        "email": "ejrc@eu-japan.eu",
        "sort_order": 3,
    },
    {
        "name": "Japan office (Iwate Prefecture)",
        "side": "JP",
        "organisation": "",
        "city": "Iwate Prefecture",
        "country": "JP",
        "email": "ejrc@eu-japan.eu",
        "sort_order": 4,
    },
]

# The helpdesk's standing pages, under the home page. About is in the main menu; every one is
# in the footer. Facts come from the helpdesk's presentations (the Centre, its founders, what
# the helpdesk does); the legal texts are a starting point for the operator's own.
INFORMATION_PAGES = [
    {
        "slug": "about",
        "title": "About the helpdesk",
        "show_in_menus": True,
        "show_offices": True,
        "summary": (
            "The helpdesk connects European regions and clusters with Japanese prefectures, "
            "cities and clusters."
        ),
        "paragraphs": [
            "The EU-Japan Regional & Cluster Cooperation Helpdesk is an initiative of the "
            "EU-Japan Centre for Industrial Cooperation, established in 1987 as a joint venture "
            "of the European Commission (DG GROW) and the Japanese Government (METI).",
            "The helpdesk promotes cooperation in industry, trade, investment, innovation, "
            "tourism and people's mobility between European regions and clusters and Japanese "
            "prefectures and clusters, and their joint work with third countries.",
            "It gives information on existing tools, funding and instruments, helps regions, "
            "prefectures and clusters find partners, and connects them with initiatives such as "
            "the European Cluster Collaboration Platform, JETRO Regional Industry Tie-up and the "
            "Enterprise Europe Network.",
        ],
    },
    {
        "slug": "contact",
        "title": "Contact",
        "show_in_menus": False,
        "show_offices": True,
        "summary": "Write to the helpdesk, or to one of its offices in Europe and Japan.",
        "paragraphs": [
            "Questions about cooperation between European and Japanese regions and clusters are "
            "welcome at ejrc@eu-japan.eu, in English or in Japanese.",
            "The helpdesk's activities are also announced on X as @EJRCHelpdesk.",
        ],
    },
    {
        "slug": "legal-notice",
        "title": "Legal notice",
        "show_in_menus": False,
        "show_offices": False,
        "summary": "Who publishes this site, and on what terms.",
        "paragraphs": [
            "This site is published by the EU-Japan Regional & Cluster Cooperation Helpdesk of "
            "the EU-Japan Centre for Industrial Cooperation.",
            "The helpdesk alone is responsible for its content, which does not necessarily "
            "reflect the views of the European Commission or of the Government of Japan.",
            "Texts may be quoted with their source; images and logos remain the property of "
            "their owners.",
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy",
        "show_in_menus": False,
        "show_offices": False,
        "summary": "What this site records about its visitors, and why.",
        "paragraphs": [
            "Reading this site sets no cookie. A video embedded in a page is loaded from its "
            "provider, whose own privacy policy applies.",
            "The server records technical logs of requests to keep the site running and secure.",
            "Write to ejrc@eu-japan.eu to ask what is held about you, or to have it corrected or "
            "deleted, as the General Data Protection Regulation provides.",
        ],
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "show_in_menus": False,
        "show_offices": False,
        "summary": "How accessible this site is, and how to tell us when it is not.",
        "paragraphs": [
            "This site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level "
            "AA, in English and in Japanese.",
            "Every page type is checked with an automated accessibility checker, works without "
            "JavaScript and can be read on a screen 320 pixels wide.",
            "If something is hard to use, write to ejrc@eu-japan.eu: we will answer and fix it.",
        ],
    },
]

HOME = {
    "title": "EU-Japan Regional & Cluster Cooperation Helpdesk",
    "slug": HOME_SLUG,
    "tagline": "A bridge for industrial cooperation between Europe and Japan",
    "intro": (
        "<p>The EU-Japan Regional and Cluster Cooperation Helpdesk of the EU-Japan Centre for "
        "Industrial Cooperation connects European regions and clusters with Japanese "
        "prefectures, cities and clusters. It is run by CEEJA on the EU side and by CLAIR on "
        "the Japanese side.</p>"
    ),
}

# (model name, slug, title, intro)
INDEXES = [
    (
        "NewsIndexPage",
        "news",
        "News",
        "<p>News from the helpdesk and its partners in Europe and Japan.</p>",
    ),
    (
        "WebinarIndexPage",
        "webinars",
        "Webinars",
        "<p>The good-practice webinars, with interpretation between English and Japanese.</p>",
    ),
    (
        "EventIndexPage",
        "events",
        "Events",
        "<p>Conferences and B2B matchmaking between European and Japanese partners.</p>",
    ),
    (
        "CallIndexPage",
        "calls",
        "Calls",
        "<p>Calls for expression of interest, such as the mobility programme for EU cluster "
        "managers.</p>",
    ),
    (
        "PartnerIndexPage",
        "partners",
        "Partners",
        "<p>European regions and clusters, Japanese prefectures, cities and clusters that "
        "cooperate through the helpdesk.</p>",
    ),
    (
        "PartnershipIndexPage",
        "partnerships",
        "Partnerships",
        "<p>EU-Japan regional and cluster partnerships presented as good practices.</p>",
    ),
]

# key, title (display name), official name, acronym, kind, country, region, city, website,
# logo label, sectors, description (rich text).
PARTNERS = [
    {
        "key": "ceeja",
        "title": "CEEJA (European Center for Japanese Studies in Alsace)",
        "official_name": "Centre Européen d'Etudes Japonaises d'Alsace",
        "acronym": "CEEJA",
        "kind": "agency",
        "country": "FR",
        "region": "FRF",
        "city": "",
        "website": "",
        "sectors": [],
        "description": (
            "<p>CEEJA runs the EU side of the EU-Japan Regional and Cluster Cooperation "
            "Helpdesk, from its office in Strasbourg in the Grand Est region.</p>"
        ),
    },
    {
        "key": "clair",
        "title": "CLAIR (Council of Local Authorities for International Relations)",
        "official_name": "一般財団法人自治体国際化協会",
        "acronym": "CLAIR",
        "kind": "agency",
        "country": "JP",
        "region": "13",
        "city": "Tokyo",
        "website": "https://www.clair.or.jp/",
        "sectors": ["local-government-social-welfare"],
        "description": (
            "<p>CLAIR supports the international activities of Japanese local authorities. It "
            "runs the Japanese side of the EU-Japan Regional and Cluster Cooperation "
            "Helpdesk.</p>"
        ),
    },
    {
        "key": "vitagora",
        "title": "Vitagora",
        "official_name": "Vitagora",
        "acronym": "",
        "kind": "eu_cluster",
        "country": "FR",
        "region": "FRC1",
        "city": "Dijon",
        "website": "https://www.vitagora.com/",
        "sectors": ["agri-food"],
        "description": (
            "<p>Vitagora is an agri-food innovation cluster based in Dijon, Burgundy. It has "
            "cooperated with the Kyushu Bio Cluster for ten years.</p>"
        ),
    },
    {
        "key": "kyushu-bio-cluster",
        "title": "Kyushu Bio Cluster",
        "official_name": "九州地域バイオクラスター推進協議会",
        "acronym": "",
        "kind": "jp_cluster",
        "country": "JP",
        "region": "40",
        "city": "",
        "website": "",
        "sectors": ["agri-food", "biotechnology-healthcare"],
        "description": (
            "<p>The Kyushu Bio Cluster brings together bio-industry companies and research "
            "organisations of the Kyushu region. It has cooperated with the French cluster "
            "Vitagora on agri-food innovation for ten years.</p>"
        ),
    },
    {
        "key": "energyagency-nrw",
        "title": "Energy Agency of North Rhine-Westphalia",
        "official_name": "EnergieAgentur.NRW",
        "acronym": "",
        "kind": "agency",
        "country": "DE",
        "region": "DEA",
        "city": "",
        "website": "",
        "sectors": ["renewable-energy"],
        "description": (
            "<p>The energy agency of the German state of North Rhine-Westphalia. Its "
            "partnership with Fukushima Prefecture links renewable energy with regional "
            "revitalisation.</p>"
        ),
    },
    {
        "key": "fukushima",
        "title": "Fukushima Prefecture",
        "official_name": "福島県",
        "acronym": "",
        "kind": "jp_prefecture",
        "country": "JP",
        "region": "07",
        "city": "",
        "website": "",
        "sectors": ["renewable-energy"],
        "description": (
            "<p>Fukushima Prefecture works with North Rhine-Westphalia on renewable energy and "
            "regional revitalisation, through the energy agencies of both regions.</p>"
        ),
    },
    {
        "key": "bioxclusters",
        "title": "BioXclusters alliance",
        "official_name": "BioXclusters",
        "acronym": "",
        "kind": "network",
        # The alliance has no single seat; France is the first of its four countries.
        "country": "FR",
        "region": "",
        "city": "",
        "website": "",
        "sectors": ["biotechnology-healthcare", "life-sciences"],
        "description": (
            "<p>An alliance of four European biotech clusters in France, Germany, Italy and "
            "Spain that supports business in health-related life sciences together with the "
            "Osaka Bio Headquarters.</p>"
        ),
    },
    {
        "key": "osaka-bio-headquarters",
        "title": "Osaka Bio Headquarters",
        "official_name": "大阪バイオ・ヘッドクオーター",
        "acronym": "",
        "kind": "jp_cluster",
        "country": "JP",
        "region": "27",
        "city": "Osaka",
        "website": "",
        "sectors": ["biotechnology-healthcare", "life-sciences"],
        "description": (
            "<p>The Osaka Bio Headquarters promotes the life science industry of Osaka and "
            "works with the European BioXclusters alliance.</p>"
        ),
    },
    {
        "key": "ouluhealth",
        "title": "OuluHealth",
        "official_name": "OuluHealth",
        "acronym": "",
        "kind": "eu_cluster",
        "country": "FI",
        "region": "FI1D",
        "city": "Oulu",
        "website": "",
        "sectors": ["medical-technologies", "digital"],
        "description": (
            "<p>OuluHealth is the healthcare innovation ecosystem of Oulu in northern Finland. "
            "Its cooperation with Kanagawa Prefecture is built on shared concepts of "
            "health.</p>"
        ),
    },
    {
        "key": "kanagawa",
        "title": "Kanagawa Prefecture",
        "official_name": "神奈川県",
        "acronym": "",
        "kind": "jp_prefecture",
        "country": "JP",
        "region": "14",
        "city": "",
        "website": "",
        "sectors": ["biotechnology-healthcare", "medical-technologies"],
        "description": (
            "<p>Kanagawa Prefecture promotes the Healthcare New Frontier policy, built on the "
            "ME-BYO concept: the continuous state between health and illness.</p>"
        ),
    },
    {
        "key": "bayern-innovativ",
        "title": "Bayern Innovativ",
        "official_name": "Bayern Innovativ GmbH",
        "acronym": "",
        "kind": "agency",
        "country": "DE",
        "region": "DE2",
        "city": "Nuremberg",
        "website": "https://www.bayern-innovativ.de/",
        "sectors": ["medical-technologies"],
        "description": (
            "<p>Bayern Innovativ is the innovation agency of the Bavarian State Government. It "
            "cooperates with Saitama City on medical technologies.</p>"
        ),
    },
    {
        "key": "saitama-city",
        "title": "Saitama City",
        "official_name": "さいたま市",
        "acronym": "",
        "kind": "jp_city",
        "country": "JP",
        "region": "11",
        "city": "Saitama",
        "website": "",
        "sectors": ["medical-technologies"],
        "description": (
            "<p>Saitama City, the capital of Saitama Prefecture, supports companies in medical "
            "technologies and cooperates with Bavaria in this field.</p>"
        ),
    },
    {
        "key": "forest-bioeconomy-cluster",
        "title": "Forest Bioeconomy Cluster (North Karelia)",
        "official_name": "Forest Bioeconomy Cluster",
        "acronym": "",
        "kind": "eu_cluster",
        "country": "FI",
        "region": "FI1D",
        "city": "",
        "website": "",
        "sectors": ["forest-bioeconomy", "renewable-energy"],
        "description": (
            "<p>The forest bioeconomy cluster of the North Karelia region in eastern Finland. "
            "With Nagano Prefecture it works towards carbon neutrality through a smart forest "
            "bioeconomy.</p>"
        ),
    },
    {
        "key": "north-karelia",
        "title": "Regional Council of North Karelia",
        "official_name": "Pohjois-Karjalan maakuntaliitto",
        "acronym": "",
        "kind": "eu_region",
        "country": "FI",
        "region": "FI1D",
        "city": "Joensuu",
        "website": "",
        "sectors": ["forest-bioeconomy"],
        "description": (
            "<p>The regional council of North Karelia, in eastern Finland, supports the "
            "cooperation of the region's forest bioeconomy cluster with Nagano "
            "Prefecture.</p>"
        ),
    },
    {
        "key": "nagano",
        "title": "Nagano Prefecture",
        "official_name": "長野県",
        "acronym": "",
        "kind": "jp_prefecture",
        "country": "JP",
        "region": "20",
        "city": "",
        "website": "",
        "sectors": ["forest-bioeconomy"],
        "description": (
            "<p>Nagano Prefecture, in central Japan, cooperates with North Karelia on carbon "
            "neutrality through a smart forest bioeconomy.</p>"
        ),
    },
    {
        "key": "life-science-nord",
        "title": "Life Science Nord",
        "official_name": "Life Science Nord",
        "acronym": "",
        "kind": "eu_cluster",
        "country": "DE",
        "region": "DE6",
        "city": "Hamburg",
        "website": "",
        "sectors": ["life-sciences", "medical-technologies"],
        "description": (
            "<p>Life Science Nord is the life science cluster of northern Germany. Its "
            "partnership with Hyogo and Kobe grew into an EU-Japan regional cooperation in the "
            "medical industry.</p>"
        ),
    },
    {
        "key": "magia2market",
        "title": "MAGIA2Market alliance",
        "official_name": "MAGIA2Market",
        "acronym": "",
        "kind": "network",
        # The alliance spans four regions; Auvergne-Rhone-Alpes is the first one listed.
        "country": "FR",
        "region": "FRK",
        "city": "",
        "website": "",
        "sectors": ["medical-technologies", "life-sciences"],
        "description": (
            "<p>An alliance of clusters from Auvergne-Rhone-Alpes (France), Wallonia "
            "(Belgium), Piemonte (Italy) and northern Germany in the medical industry.</p>"
        ),
    },
    {
        "key": "fbri",
        "title": "Foundation for Biomedical Research and Innovation at Kobe",
        "official_name": "公益財団法人神戸医療産業都市推進機構",
        "acronym": "FBRI",
        "kind": "agency",
        "country": "JP",
        "region": "28",
        "city": "Kobe",
        "website": "https://www.fbri-kobe.org/",
        "sectors": ["life-sciences", "medical-technologies"],
        "description": (
            "<p>FBRI promotes the Kobe Biomedical Innovation Cluster in Hyogo Prefecture and "
            "cooperates with Life Science Nord and the MAGIA2Market alliance.</p>"
        ),
    },
    {
        "key": "basque-trade",
        "title": "Basque Trade & Investment",
        "official_name": "Basque Trade & Investment",
        "acronym": "",
        "kind": "agency",
        "country": "ES",
        "region": "ES21",
        "city": "",
        "website": "",
        "sectors": ["agri-food", "sustainable-tourism"],
        "description": (
            "<p>The internationalisation agency of the Basque Country. Its partnership with Mie "
            "Prefecture covers industrial policy, the food industry and cultural tourism.</p>"
        ),
    },
    {
        "key": "mie",
        "title": "Mie Prefecture",
        "official_name": "三重県",
        "acronym": "",
        "kind": "jp_prefecture",
        "country": "JP",
        "region": "24",
        "city": "",
        "website": "",
        "sectors": ["agri-food", "sustainable-tourism"],
        "description": (
            "<p>Mie Prefecture cooperates with the Basque Country on industrial policy, the food "
            "industry and cultural tourism.</p>"
        ),
    },
    {
        "key": "lolland",
        "title": "Lolland Municipality",
        "official_name": "Lolland Kommune",
        "acronym": "",
        "kind": "eu_municipality",
        "country": "DK",
        "region": "DK02",
        "city": "",
        "website": "",
        "sectors": ["local-government-social-welfare", "renewable-energy"],
        "description": (
            "<p>Lolland Municipality, in Region Zealand, Denmark, works with Higashimatsushima "
            "City on energy, agriculture, education and social welfare.</p>"
        ),
    },
    {
        "key": "higashimatsushima",
        "title": "Higashimatsushima City",
        "official_name": "東松島市",
        "acronym": "",
        "kind": "jp_city",
        "country": "JP",
        "region": "04",
        "city": "Higashimatsushima",
        "website": "",
        "sectors": ["local-government-social-welfare", "renewable-energy"],
        "description": (
            "<p>Higashimatsushima City, in Miyagi Prefecture, works with Lolland Municipality "
            "in a collaboration that goes beyond a sister-city relationship.</p>"
        ),
    },
]

WEBINAR_START_HOUR = datetime.time(9, 0)

# Titles exactly as in the series flyer; dates illustrative except 17 December 2021.
WEBINARS = [
    {
        "slug": "agri-food-innovation-kyushu-vitagora",
        "title": "10 years of win-win relations on Agri-Food innovation",
        "date": datetime.date(2021, 6, 18),
        "eu": ["vitagora"],
        "jp": ["kyushu-bio-cluster"],
        "sectors": ["agri-food"],
        "summary": (
            "The Kyushu Bio Cluster and the French cluster Vitagora present ten years of "
            "cooperation on agri-food innovation."
        ),
    },
    {
        "slug": "renewable-energy-fukushima-nrw",
        "title": "Evolving partnerships for renewable energy and regional revitalization",
        "date": datetime.date(2021, 7, 16),
        "eu": ["energyagency-nrw"],
        "jp": ["fukushima"],
        "sectors": ["renewable-energy"],
        "summary": (
            "The energy agencies of Fukushima Prefecture and North Rhine-Westphalia present "
            "their partnership for renewable energy and regional revitalisation."
        ),
    },
    {
        "slug": "life-sciences-osaka-bioxclusters",
        "title": (
            "EU-Japan multi-partners alliance for supporting business in health-related life "
            "sciences"
        ),
        "date": datetime.date(2021, 9, 17),
        "eu": ["bioxclusters"],
        "jp": ["osaka-bio-headquarters"],
        "sectors": ["biotechnology-healthcare", "life-sciences"],
        "summary": (
            "The Osaka Bio Headquarters and the BioXclusters alliance of four biotech clusters "
            "in France, Germany, Italy and Spain present how they support business in "
            "health-related life sciences."
        ),
    },
    {
        "slug": "concept-based-cooperation-oulu-kanagawa",
        "title": "Concept-based regional cooperation",
        "date": datetime.date(2021, 10, 15),
        "eu": ["ouluhealth"],
        "jp": ["kanagawa"],
        "sectors": ["medical-technologies", "biotechnology-healthcare"],
        "summary": (
            "The OuluHealth ecosystem in Finland and Kanagawa's Healthcare New Frontier for "
            "ME-BYO present a cooperation built on shared concepts."
        ),
    },
    {
        "slug": "medical-technologies-saitama-bavaria",
        "title": (
            "Towards future in medical technologies - A successful EU-Japan regional "
            "collaborative approach"
        ),
        "date": datetime.date(2021, 11, 19),
        "eu": ["bayern-innovativ"],
        "jp": ["saitama-city"],
        "sectors": ["medical-technologies"],
        "summary": (
            "Saitama City and Bayern Innovativ, for the Bavarian State Government, present "
            "their collaboration in medical technologies."
        ),
    },
    {
        "slug": "smart-forest-bioeconomy-nagano-north-karelia",
        "title": "Carbon Neutrality through Smart Forest Bioeconomy",
        "date": datetime.date(2021, 12, 17),
        "eu": ["forest-bioeconomy-cluster", "north-karelia"],
        "jp": ["nagano"],
        "sectors": ["forest-bioeconomy", "renewable-energy"],
        "summary": (
            "Nagano Prefecture and the Forest Bioeconomy Cluster of North Karelia present how a "
            "smart forest bioeconomy contributes to carbon neutrality."
        ),
    },
    {
        "slug": "medical-industry-hyogo-kobe-north-germany",
        "title": (
            "From a regional partnership between Hyogo/Kobe - North Germany to a EU-Japan "
            "regional cooperation in medical industry"
        ),
        "date": datetime.date(2022, 2, 18),
        "eu": ["life-science-nord", "magia2market"],
        "jp": ["fbri"],
        "sectors": ["medical-technologies", "life-sciences"],
        "summary": (
            "The Foundation for Biomedical Research and Innovation at Kobe, Life Science Nord "
            "and the MAGIA2Market alliance show how a regional partnership grew into an "
            "EU-Japan cooperation in the medical industry."
        ),
    },
    {
        "slug": "basque-country-mie-partnership",
        "title": (
            "A successful regional partnership in terms of industrial policy, food industry and "
            "cultural tourism between Basque Country and Mie prefecture"
        ),
        "date": datetime.date(2022, 4, 22),
        "eu": ["basque-trade"],
        "jp": ["mie"],
        "sectors": ["agri-food", "sustainable-tourism"],
        "summary": (
            "Mie Prefectural Government and Basque Trade & Investment present their partnership "
            "in industrial policy, the food industry and cultural tourism."
        ),
    },
    {
        "slug": "municipal-collaboration-higashimatsushima-lolland",
        "title": (
            "New local government collaboration style between EU and Japan municipalities in "
            "fields of energy, agriculture, education and social welfare that transcends sister "
            "cities"
        ),
        "date": datetime.date(2022, 6, 17),
        "eu": ["lolland"],
        "jp": ["higashimatsushima"],
        "sectors": ["local-government-social-welfare", "renewable-energy", "agri-food"],
        "summary": (
            "Higashimatsushima City and Lolland Municipality present a collaboration in energy, "
            "agriculture, education and social welfare that goes beyond sister cities."
        ),
    },
]

# Programme slots shared by every webinar, in Central European Time.
PROGRAMME_WELCOME = {
    "title": "Welcome and introduction to the webinar series",
    "description": "Why the helpdesk shares good practices of EU-Japan regional cooperation.",
    "speaker": "EJRC Helpdesk team",
    "organisation": "EU-Japan Centre for Industrial Cooperation",
}
PROGRAMME_QUESTIONS = {
    "title": "Questions and answers",
    "description": "Discussion between the speakers and the audience, with interpretation.",
}


def presentation_title(partner_title):
    """Title of a partner's slot in a webinar programme."""
    return f"Presentation: {partner_title}"


def representative(partner_title):
    """How a speaker is named when the sources give the organisation only."""
    return f"Representative of {partner_title}"


CALL = {
    "slug": "mobility-programme-eu-cluster-managers-2022",
    "title": (
        "Short-term Mobility Programme in Japan for EU Industry Cluster Managers (up to a "
        "6-week stay)"
    ),
    "summary": (
        "Up to 10 EU industry cluster managers can spend up to six weeks in Japan to prepare "
        "cooperation with Japanese clusters, with expenses covered up to 700 EUR per week."
    ),
    "opening_date": datetime.date(2022, 7, 1),
    "deadline_date": datetime.date(2022, 8, 31),
    "deadline_time": datetime.time(23, 59),
    "time_zone": "Europe/Brussels",
    "places": 10,
    "max_per_organisation": 1,
    "grant_amount": Decimal("700.00"),
    "grant_currency": "EUR",
    "grant_period": "week",
    "max_duration_weeks": 6,
    "application_email": "ejrc@eu-japan.eu",
    "requires_eccp_profile": True,
    "body": [
        (
            "paragraph",
            "<h2>Context</h2>"
            "<p>The EU-Japan Centre for Industrial Cooperation organises, through its Regional "
            "and Cluster Cooperation Helpdesk (CEEJA and CLAIR) and in cooperation with the "
            "European Cluster Collaboration Platform (ECCP), a short-term mobility programme "
            "in Japan for EU industry cluster managers. It supports the international "
            "cooperation between industry clusters in the EU and their counterparts in Japan, "
            "and promotes the internationalisation of cluster-hosted SMEs and EU-Japan "
            "business, trade and innovation partnerships.</p>"
            "<h2>Objectives</h2>"
            "<ul>"
            "<li>To promote and support partnering with Japanese clusters and counterpart "
            "organisations.</li>"
            "<li>To raise awareness about the excellence of EU industry and innovation clusters, "
            "to help EU clusters bring their innovative start-ups and SMEs to the Japanese "
            "market.</li>"
            "<li>To explore forms of cluster collaboration with Japanese counterpart "
            "organisations in industry, trade, and research and innovation.</li>"
            "<li>To contribute to the EU-Japan Green Alliance, the EU-Japan Digital Partnership, "
            "the EU-Japan Economic Partnership Agreement and EU-Japan business cooperation in "
            "third countries.</li>"
            "</ul>",
        ),
    ],
    "target_audience": (
        "<p>Project officers, managers and staff in charge of cluster internationalisation "
        "working in EU industry clusters.</p>"
    ),
    "eligibility": (
        "<ul>"
        "<li>The cluster is registered on the European Cluster Collaboration Platform, and the "
        "application gives the link to its ECCP profile.</li>"
        "<li>The cluster is based in an EU Member State or in a country taking part in the "
        "COSME strand of the Single Market Programme.</li>"
        "</ul>"
    ),
    "selection_criteria": (
        "<p>Up to 10 EU industry cluster managers are selected, with at most one person from "
        "each cluster. Applications name the potential Japanese partner clusters the candidate "
        "would like to meet during the mission.</p>"
    ),
    "requirements": (
        "<p>Fill in pages 2 and 3 of the call and send them by e-mail to "
        '<a href="mailto:ejrc@eu-japan.eu">ejrc@eu-japan.eu</a> by 31 August 2022.</p>'
        "<p>Each selected manager has a one-to-one online meeting with the helpdesk before "
        "departure.</p>"
    ),
    "timeline": [
        (datetime.date(2022, 9, 30), "Selection of 10 EU cluster managers"),
        (datetime.date(2022, 10, 31), "Dissemination of the results of the selection"),
        (
            datetime.date(2023, 3, 31),
            "Visit of a Japanese cluster with the support of the EU-Japan Centre for Industrial "
            "Cooperation, before 31 March 2023",
        ),
    ],
}

EVENTS = [
    {
        "slug": "annual-conference-matchmaking-2021",
        "title": "The first EU-Japan Regional Cooperation Annual Conference & Matchmaking",
        "start": (datetime.date(2021, 5, 17), datetime.time(9, 0)),
        "end": (datetime.date(2021, 5, 18), datetime.time(12, 0)),
        "format": "online",
        "venue": "Online",
        "summary": (
            "The first annual conference of the helpdesk brought together 136 participants "
            "from Europe and Japan, with 19 B2B meetings."
        ),
        "body": [
            (
                "paragraph",
                "<p>136 participants from Europe and Japan took part. 19 meetings were "
                "organised between European and Japanese clusters, Japanese prefectures and "
                "European regions.</p>",
            )
        ],
        "days": [],
        "sectors": [],
        "participants_count": 136,
        "meetings_count": 19,
    },
    {
        "slug": "european-cluster-conference-2022",
        "title": "European Cluster Conference 2022",
        "start": (datetime.date(2022, 9, 26), datetime.time(9, 0)),
        "end": (datetime.date(2022, 9, 27), datetime.time(18, 0)),
        "format": "on_site",
        "venue": "Prague, Czechia",
        "summary": (
            "The helpdesk presented its work for EU-Japan regional and cluster cooperation at "
            "the European Cluster Conference 2022 in Prague."
        ),
        "body": [
            (
                "paragraph",
                "<p>At the European Cluster Conference 2022 in Prague, the helpdesk presented "
                "the results of its first annual conference, its series of good-practice "
                "webinars, the new mobility scheme for EU cluster managers and the annual "
                "conference of December 2022.</p>",
            )
        ],
        "days": [],
        "sectors": [],
        "participants_count": None,
        "meetings_count": None,
    },
    {
        "slug": "annual-conference-matchmaking-2022",
        "title": "EU-Japan Regional & Cluster Cooperation Annual Conference & Matchmaking 2022",
        "start": (datetime.date(2022, 12, 13), datetime.time(9, 0)),
        "end": (datetime.date(2022, 12, 14), datetime.time(12, 0)),
        "format": "online",
        "venue": "Virtual conference and matchmaking",
        "summary": (
            "European and Japanese clusters, European regions, Japanese prefectures and major "
            "cities meet online for a conference and a day of B2B matchmaking."
        ),
        "body": [
            (
                "paragraph",
                "<p>The annual conference of the helpdesk gathers European and Japanese "
                "clusters, European regions, Japanese prefectures and major cities. The first "
                "day is a conference; the second day is a B2B matchmaking session.</p>",
            )
        ],
        "days": [
            {
                "date": datetime.date(2022, 12, 13),
                "title": "Day 1: Conference",
                "summary": "EU-Japan Regional & Cluster Cooperation Annual Conference.",
                "programme": [
                    {
                        "start_time": datetime.time(9, 0),
                        "end_time": datetime.time(12, 0),
                        "title": "EU-Japan Regional & Cluster Cooperation Annual Conference",
                    }
                ],
            },
            {
                "date": datetime.date(2022, 12, 14),
                "title": "Day 2: Matchmaking",
                "summary": (
                    "B2B meetings in biotechnology and healthcare, environmental technology and "
                    "circular economy, agri-food, digital, photonics and manufacturing, and "
                    "sustainable tourism."
                ),
                "programme": [
                    {
                        "start_time": datetime.time(9, 0),
                        "end_time": datetime.time(12, 0),
                        "title": "B2B matchmaking",
                    }
                ],
            },
        ],
        "sectors": [
            "biotechnology-healthcare",
            "environmental-technology-circular-economy",
            "agri-food",
            "digital",
            "photonics-manufacturing",
            "sustainable-tourism",
        ],
        "participants_count": None,
        "meetings_count": None,
    },
]

# Related pages are given as ("partner" | "webinar" | "call" | "event", key or slug).
NEWS = [
    {
        "slug": "helpdesk-launched",
        "title": "The EU-Japan Regional Cooperation Helpdesk is launched",
        "date": datetime.date(2019, 10, 30),
        "banner": "Helpdesk launched",
        "summary": (
            "The EU-Japan Centre for Industrial Cooperation has launched a helpdesk that "
            "mobilises European regions and clusters, Japanese prefectures and clusters."
        ),
        "body": [
            (
                "paragraph",
                "<p>The EU-Japan Regional Cooperation Helpdesk, launched this autumn by the "
                "EU-Japan Centre for Industrial Cooperation, is a new regional cooperation "
                "platform. It makes full use of the EU-Japan Economic Partnership Agreement and "
                "of the EU-Japan Partnership on Sustainable Connectivity, signed in Brussels on "
                "27 September 2019.</p>"
                "<p>The helpdesk promotes cooperation in industry, trade, investment, "
                "innovation, tourism and people's mobility, between European and Japanese "
                "stakeholders and also in third countries.</p>"
                "<p>It has three offices: in Strasbourg (Grand Est region, France) for Europe, "
                "and in Gifu and Iwate Prefectures for Japan.</p>",
            )
        ],
        "sectors": [],
        "related": [("partner", "ceeja"), ("partner", "clair")],
    },
    {
        "slug": "first-conference-strasbourg-2020",
        "title": "First EU-Japan regional and cluster cooperation conference in Strasbourg",
        "date": datetime.date(2019, 12, 10),
        "banner": "Strasbourg, 27-29 April 2020",
        "summary": (
            "The helpdesk and the European Cluster Collaboration Platform announce their first "
            "conference, in Strasbourg from 27 to 29 April 2020."
        ),
        "body": [
            (
                "paragraph",
                "<p>The first EU-Japan regional and cluster cooperation conference, organised "
                "by the helpdesk and the European Cluster Collaboration Platform (ECCP), is "
                "announced for 27 to 29 April 2020 in Strasbourg, France.</p>"
                "<p>During three days, pitches and matchmaking will connect European regions, "
                "Japanese prefectures and clusters, including cooperation with partners in "
                "third countries such as Africa and South East Asia.</p>",
            )
        ],
        "sectors": [],
        "related": [("partner", "ceeja")],
    },
    {
        "slug": "mobility-call-launched-2022",
        "title": "New mobility scheme for EU cluster managers: call launched",
        "date": datetime.date(2022, 7, 1),
        "banner": "Mobility scheme 2022",
        "summary": (
            "The call for expression of interest for the short-term mobility programme in Japan "
            "opens on 1 July 2022: 10 places, up to six weeks, up to 700 EUR per week."
        ),
        "body": [
            (
                "paragraph",
                "<p>The call for expression of interest for the 2022 financial year was "
                "launched on 1 July 2022. It supports international cooperation between "
                "industry clusters in the EU and their counterparts in Japan.</p>"
                "<p>Ten European cluster managers will be selected to visit Japan before 31 "
                "March 2023, for up to six weeks, with expenses covered up to 700 EUR per "
                "week.</p>",
            )
        ],
        "sectors": [],
        "related": [("call", "mobility-programme-eu-cluster-managers-2022")],
    },
    {
        "slug": "save-the-date-annual-conference-2022",
        "title": "Save the date: annual conference and matchmaking, 13-14 December 2022",
        "date": datetime.date(2022, 9, 26),
        "banner": "13-14 December 2022",
        "summary": (
            "The EU-Japan Regional & Cluster Cooperation Annual Conference & Matchmaking takes "
            "place online on 13 and 14 December 2022."
        ),
        "body": [
            (
                "paragraph",
                "<p>Day 1 is the conference and day 2 the B2B matchmaking, both from 9:00 to "
                "12:00 Central European Time. Registration will open online soon.</p>",
            )
        ],
        "sectors": [
            "biotechnology-healthcare",
            "environmental-technology-circular-economy",
            "agri-food",
            "digital",
            "photonics-manufacturing",
            "sustainable-tourism",
        ],
        "related": [
            ("event", "annual-conference-matchmaking-2022"),
            ("event", "european-cluster-conference-2022"),
        ],
    },
    {
        "slug": "good-practice-webinars-since-2021",
        "title": "Nine good-practice webinars since 2021",
        "date": datetime.date(2022, 9, 27),
        "banner": "9 webinars since 2021",
        "summary": (
            "Since 2021 the helpdesk has organised nine webinars on existing EU-Japan regional "
            "cooperation, to trigger, inspire and expand new partnerships."
        ),
        "body": [
            (
                "paragraph",
                "<p>In each webinar of the series, a European and a Japanese partner present "
                "their cooperation, with interpretation between English and Japanese. The "
                "presentations and recordings are available online.</p>",
            )
        ],
        "sectors": [],
        "related": [
            ("webinar", "agri-food-innovation-kyushu-vitagora"),
            ("webinar", "smart-forest-bioeconomy-nagano-north-karelia"),
            ("webinar", "municipal-collaboration-higashimatsushima-lolland"),
        ],
    },
]


# One partnership per good-practice webinar: its partners and sectors are the webinar's.
PARTNERSHIPS = [
    {
        "webinar": "agri-food-innovation-kyushu-vitagora",
        "since": 2011,
        "outcomes": "Ten years of exchanges between agri-food companies, joint innovation "
        "projects and delegations between Kyushu and Burgundy.",
    },
    {
        "webinar": "renewable-energy-fukushima-nrw",
        "since": 2014,
        "outcomes": "A cooperation agreement between the two energy agencies, company missions "
        "and shared expertise on renewable energy for the revitalisation of Fukushima.",
    },
    {
        "webinar": "life-sciences-osaka-bioxclusters",
        "since": 2018,
        "outcomes": "A multi-partner alliance that helps life-science companies enter each "
        "other's markets, with joint events and partner searches.",
    },
    {
        "webinar": "concept-based-cooperation-oulu-kanagawa",
        "since": 2017,
        "outcomes": "A cooperation linking the OuluHealth ecosystem with Kanagawa's ME-BYO "
        "concept: exchanges of health-technology companies and joint pilots.",
    },
    {
        "webinar": "medical-technologies-saitama-bavaria",
        "since": 2012,
        "outcomes": "Regular exchanges between medical-technology companies of Saitama City and "
        "Bavaria, with trade-fair participation on both sides.",
    },
    {
        "webinar": "smart-forest-bioeconomy-nagano-north-karelia",
        "since": 2019,
        "outcomes": "Exchanges on smart forestry and the wood-based bioeconomy towards carbon "
        "neutrality, between companies, researchers and regional authorities.",
    },
    {
        "webinar": "medical-industry-hyogo-kobe-north-germany",
        "since": 2016,
        "outcomes": "A regional partnership between Hyogo/Kobe and Northern Germany grown into "
        "EU-Japan cooperation in the medical industry with the MAGIA2Market alliance.",
    },
    {
        "webinar": "basque-country-mie-partnership",
        "since": 2013,
        "outcomes": "Cooperation in industrial policy, the food industry and cultural tourism, "
        "with visits of delegations and companies between the Basque Country and Mie.",
    },
    {
        "webinar": "municipal-collaboration-higashimatsushima-lolland",
        "since": 2012,
        "outcomes": "A municipal collaboration beyond sister cities, sharing practice in "
        "energy, agriculture, education and social welfare.",
    },
]


def partnership_title(jp_titles, eu_titles):
    """A partnership's title: its Japanese and its European partners."""
    return f"{' & '.join(jp_titles)} and {' & '.join(eu_titles)}"
