"""Word lists that make the demo division read like a real Ontario division."""

# Streets of an Ottawa-like division (none of Toronto's, Kingston's or Waterloo's): 28 of
# them, as many as ever, so that every other draw of the demo stays as it was.
STREETS = (
    "Compton St.", "Rideau St.", "Montreal Rd.", "McArthur Ave.", "Lévis St.", "Côté St.",
    "Gladstone Ave.", "Bank St.", "Somerset St. W.", "Carling Ave.", "Merivale Rd.",
    "Bronson Ave.", "Preston St.", "Dalhousie St.", "Saint-Amour Blvd.", "St. Laurent Blvd.",
    "Elm St.", "Beechwood Ave.", "Wellington St. W.", "Parkdale Ave.", "Richmond Rd.",
    "Baseline Rd.", "Walkley Rd.", "Cyrville Rd.", "Donald St.", "Cummings Ave.",
    "Kirkwood Ave.", "Holland Ave.",
)

NEIGHBOURHOODS = (
    "Rideau Heights", "Vanier", "Overbrook", "Côte-Sainte-Anne", "Lowertown East",
    "Heatherington", "Carlington", "Hintonburg", "Saint-Amour", "Kingsview Village",
    "Lakeview", "Eastview", "Westboro Flats", "Bayshore", "Manor Park", "Glebe Annex",
    "Riverside South", "Beacon Hill", "Fallingbrook", "Parkwood Hills", "Pineview",
    "Stittsville North", "Morrison Park", "Old Ottawa East", "Chapman Mills",
    "Cedarview", "Elmvale Acres", "Sandy Hill", "Centretown West", "Blackburn Hamlet",
)

AGENCIES = (
    "Canadian Mental Health Association", "Children's Aid Society", "Boys and Girls Club",
    "John Howard Society", "Elizabeth Fry Society", "Salvation Army Community Services",
    "Community Health Centre", "Victim Services", "Ontario Works Office",
    "Centre de santé communautaire", "Addictions and Mental Health Services",
    "Youth Services Bureau", "Situation Table (Hub)", "Housing Help Centre", "Food Bank",
)
COMMUNITY_GROUPS = (
    "Tenants' Association", "Neighbourhood Watch", "Community Association",
    "Seniors' Club", "Parents' Network", "Block Parent Program", "Youth Council",
)
SCHOOLS = ("Public School", "Catholic Secondary School", "École élémentaire", "Collegiate",
           "École secondaire catholique")
FAITH = ("United Church", "Mosque", "Gurdwara", "Paroisse Sainte-Anne", "Synagogue",
         "Anglican Parish", "Pentecostal Assembly")
BUSINESSES = ("Pharmacy", "Convenience", "Tim Hortons", "Shoppers Plaza Management",
              "Community Credit Union", "Hardware", "Taxi", "Pub")
FIRST_NATIONS = ("Algonquins of Pikwàkanagàn First Nation", "Mohawks of the Bay of Quinte",
                 "Mississaugas of the Credit First Nation")

# Spoken beside English and French by some partners of an Ottawa division.
OTHER_LANGUAGES = ("Arabic", "Somali", "Mandarin", "Spanish", "Vietnamese", "Punjabi",
                   "Portuguese", "Tagalog", "Algonquin", "Inuktitut")
FIRST_NAMES = (
    "Julie", "Marc", "Aisha", "Daniel", "Priya", "Jean-François", "Sarah", "Mohamed", "Emily",
    "Kevin", "Frédéric", "Amina", "Liam", "Chloé", "Raj", "Nathalie", "Omar", "Hannah",
    "Tyler", "Geneviève", "Wei", "Samuel", "Fatima", "Olivia", "Patrick", "Mélanie",
)
LAST_NAMES = (
    "Morin", "Tremblay", "Ahmed", "MacDonald", "Singh", "Gagnon", "Roy", "Chen", "Wilson",
    "Côté", "Bouchard", "Osei", "Campbell", "Nguyen", "Pelletier", "Hassan", "Anderson",
    "Lavoie", "Patel", "Fortin", "Stewart", "Saint-Amour", "O'Brien", "Kowalski", "Beaulieu",
)
# The roles of a partner's contact person, by the kind of partner (faith groups by their
# house of worship, the last word or words of their name).
ROLES = {
    "Agency": ("Executive Director", "Program Coordinator", "Outreach Worker",
               "Community Liaison"),
    "Community group": ("Chair", "Secretary", "Program Coordinator", "Community Liaison"),
    "School": ("Principal", "Vice-Principal", "Social Worker", "Child and Youth Worker"),
    "Business": ("Owner", "Manager", "Store Manager", "Security Manager"),
    "First Nation": ("Community Safety Officer", "Band Councillor", "Community Liaison"),
    "United Church": ("Minister", "Outreach Coordinator"),
    "Mosque": ("Imam", "Outreach Coordinator"),
    "Gurdwara": ("Granthi", "Secretary"),
    "Paroisse Sainte-Anne": ("Curé", "Secrétaire de la paroisse"),
    "Synagogue": ("Rabbi", "Executive Director"),
    "Anglican Parish": ("Rector", "Parish Administrator"),
    "Pentecostal Assembly": ("Pastor", "Outreach Coordinator"),
}
FAITH_ROLES = ("Outreach Coordinator", "Secretary")  # a house of worship not named above


def roles_for(kind: str, name: str) -> tuple[str, ...]:
    if kind == "Faith group":
        for house, roles in ROLES.items():
            if name.endswith(house):
                return roles
        return FAITH_ROLES
    return ROLES.get(kind, ("Community Liaison",))

CONTACT_SUMMARIES = {
    "enforcement": (
        "Reviewed break-and-enter pattern on {street} with the crime analyst",
        "Directed patrol of the {street} lot after complaints of drug activity",
        "Spoke with property manager about trespass notices at {street}",
        "Discussed repeat calls at {street} and a problem-solving plan",
    ),
    "mobilization": (
        "Met {partner} about sub-standard housing on {street}",
        "Brought {partner} and housing staff together about youth loitering",
        "Referred a family to {partner} for parenting support",
        "Worked with {partner} on addiction supports near {street}",
    ),
    "engagement": (
        "Presented on frauds targeting seniors to {partner}",
        "Liaison visit with {partner}; they report fewer incidents since the spring",
        "Checked on at-risk youth with {partner} outreach staff",
        "Public education session on bike theft at {street}",
    ),
    "safety": (
        "Consulted {partner} on the community safety plan",
        "Engaged block leaders on {street} about the summer street party",
        "{partner} raised a traffic hazard at {street}; passed to the city",
        "Attended {partner} meeting; residents lead the watch program",
    ),
}
FOLLOW_UPS = ("Call back the coordinator", "Send the crime prevention pamphlets",
              "Confirm the date of the next meeting", "Share the patrol results",
              "Connect them with the city's by-law office")

INITIATIVES = (
    ("Drug activity in the {street} lot", "enforcement"),
    ("Break-and-enters along {street}", "enforcement"),
    ("Youth gathering at the {street} plaza", "mobilization"),
    ("Lighting and sightlines on {street}", "mobilization"),
    ("Frauds targeting seniors", "engagement"),
    ("Bike theft near {street} transit station", "engagement"),
    ("Speeding in the school zone on {street}", "safety"),
    ("Neighbourhood watch renewal", "safety"),
)
NEXT_STEPS = ("Lighting audit with the city", "Meet the property manager",
              "Compare calls for service with last quarter", "Hand over the watch to residents",
              "Door-knock on {street}", "Review with the Situation Table")

BOLOS = ("Grey Honda Civic, partial plate CKPL", "Male, 30s, red jacket, breaking into cars",
         "Missing youth last seen near {street}", "Stolen white Ford F-150")
HAZARDS = ("Occupant at {street} known to keep weapons; attend with two officers",
           "Aggressive dog at the rear of {street}")
PATROLS = ("Directed patrol of the {street} lot, 22:00-02:00", "Foot patrol of {street} plaza")
NOTICES = ("Road closure on {street} for the weekend festival",
           "New Situation Table referral process in effect")
