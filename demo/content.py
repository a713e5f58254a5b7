"""The English demo content outside the kind modules: accounts, settings, snippets, fixed pages.

Each page kind's own content is in its module of `demo.kinds`. Facts, there and here, come from
the helpdesk's own flyers and announcements: the nine good-practice webinars and their partners,
the mobility call for EU cluster managers, the 2021 and 2022 annual conferences and the European
Cluster Conference 2022. Member counts, labels and personal names are left out where the sources
give none. Only one webinar date is known ("Carbon Neutrality through Smart Forest Bioeconomy",
Friday 17 December 2021, 9:00 CET); the dates of the other eight webinars, the publication dates
of the news articles and the hours of the 2021 conference and the Prague conference are
illustrative: they keep the order of the sources and fall before the September 2022 presentation
that counts nine webinars. Each webinar presents one partnership; only the Kyushu-Vitagora one has
a known start ("10 years" in 2021), the other years and all outcomes are illustrative summaries
of the webinars' themes.
"""

from editorial.roles import ADMINISTRATORS, EDITORS, MODERATORS, REVIEWERS, TRANSLATORS

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
    ("reviewer", REVIEWERS, "ja", "健", "田中"),
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
        # The sources give the region and the city, no street.
        "address": "Grand Est Region",
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
            'welcome at <a href="mailto:ejrc@eu-japan.eu">ejrc@eu-japan.eu</a>, in English or in '
            "Japanese.",
            "The helpdesk's activities are also announced on X as "
            '<a href="https://x.com/EJRCHelpdesk">@EJRCHelpdesk</a>.',
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
            "An application to a call keeps what the applicant sent (their contact details, "
            "organisation, motivation and attachment) for the helpdesk's reviewers only, for "
            "the period the call states after its deadline (one year unless it says otherwise); "
            "it is then deleted with its files.",
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
    # Each step leads to a section (by its kind) or an information page (by its slug).
    "help_steps": [
        {
            "heading": "Find a partner",
            "text": "Profiles of European regions and clusters and of Japanese prefectures, "
            "cities and clusters open to cooperation.",
            "page": "PARTNER",
        },
        {
            "heading": "Learn from partnerships that work",
            "text": "Webinars where a European and a Japanese partner tell how their "
            "cooperation started and what it brought.",
            "page": "WEBINAR",
        },
        {
            "heading": "Meet on the other side",
            "text": "Missions to Japan for cluster managers, and conferences with matchmaking "
            "between both sides.",
            "page": "CALL",
        },
        {
            "heading": "Ask the helpdesk",
            "text": "The offices in Strasbourg, Tokyo, Gifu and Iwate answer questions on "
            "regional and cluster cooperation.",
            "page": "contact",
        },
    ],
}
