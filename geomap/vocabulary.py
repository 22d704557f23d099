"""The word lists of recognition: which capitalized words join, end, or unmake a place name.

Each list is a judgement about English news, with the example that called for it; the rules
that use them are in ``geomap.recognize``.
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATED", "CALENDAR", "CIVIC_AFTER", "CONNECTORS", "DEMONYM_IDIOMS", "DEMONYM_PREFIXES", "ETHNIC_PREFIXES",
    "AGENCY_HEADS", "FEATURE_WORDS", "TEAM_NICKNAMES", "MEDIA_HEADS", "NOT_PLACES", "ORG_HEADS", "PERSON_TITLES",
    "PLACE_WORDS", "REGION_WORDS",
    "STOPWORDS", "STREET_WORDS", "THE_ONLY", "TITLES", "TITLE_ABBREVIATIONS", "TITLE_OPENERS",
]

# Lower-case words allowed inside a multi-word name ("Rostov-on-Don", "Stratford upon Avon").
CONNECTORS = {"on", "upon", "of", "de", "la", "le", "del", "da", "do", "das", "dos", "du", "des", "am", "im", "an",
              "der", "or", "sur", "en", "al", "el", "y", "the", "and", "di", "van", "von", "bin", "au", "aux",
              "ez", "az", "ash", "ad", "ar", "es",  # Arabic "al" assimilated: "Deir ez-Zor", "Sala ad-Din"
              "og", "i", "och", "und", "della", "nad", "pod",  # "Møre og Romsdal", "Mo i Rana", "Ústí nad Labem"
              "los", "las", "les"}  # "Santiago de los Caballeros", "Las Palmas de Gran Canaria"
REGION_WORDS = {"oblast", "oblasts", "region", "regions", "province", "provinces", "state", "krai", "kray",
                "republic", "governorate", "prefecture", "county", "department", "district", "voivodeship",
                "canton", "territory", "lga",  # "Gwoza LGA": a Nigerian local government area
                # South Asia's subdistricts, capitalized as their names' own words by the local press: "Teknaf
                # Upazila" (Bangladesh), "Kharian Tehsil" (Pakistan)
                "upazila", "upazilas", "tehsil", "tehsils"}
# Generic words that news writes in lower case inside a feature's name, where the name without
# them is no place: "the Lachin corridor", "the Philadelphi corridor" (the gazetteer has "Lachin
# Corridor"); "the Po river", "the Po valley" (the gazetteer's "Po River", where "Po" is Pô, a town of
# Burkina Faso). "the Oder river" stays the Oder, named by its own word (see recognize._longest_match).
# "Guatemala's Fuego volcano erupted": the gazetteer's "Fuego Volcano" (the eruption had been at the dateline).
# "the French-Italian Concordia station on the East Antarctic plateau": the gazetteer's "Concordia Station" (had been
# Concordia, Argentina); "Australia's Casey research station" too (see recognize._longest_match).
# "the Russian-occupied Zaporizhzhia nuclear power plant": the gazetteer's "Zaporizhzhia Nuclear Power Plant", at
# Enerhodar (the strike on its training centre had been one on the city of Zaporizhzhia, 50 km away).
FEATURE_WORDS = {"corridor", "river", "valley", "volcano", "station", "research", "nuclear", "power", "plant"}
# Capitalized words that follow a place name and keep it a place: titles and the common nouns
# of institutions named after it ("Rostov Oblast Governor", "Dublin City Council", "Texas Fire Service"), and the
# officers South Asian papers title by their district ("Nawada Superintendent of Police Abhinav Dhiman said", which
# had made Nawada a person's name, and dropped the district named twice before), and their units, capitalized as
# a name's ("a landslide hit their house in Ilam Municipality-6 on Saturday night" had found no Ilam).
TITLES = set("""
governor mayor president minister ministry government governments officials official police forces army troops
authorities region oblast city county state province border residents prosecutors prosecutor courts court council
chief spokesperson spokesman spokeswoman head leader embassy consulate airport port station square street avenue
road mountains river sea bay lake island islands valley metro area district oblasts regions counties public fire
school schools high middle elementary university college community memorial hospital medical regional department
utilities chamber board commission housing water power electric library museum zoo park center centre church mall
market sheriff jail prison attorney township village town parish borough bridge highway symphony orchestra theatre
theater club chapter branch office national international federal navy air marine military health transit
international education development workforce highway patrol emergency energy gas light housing parks recreation
sports football basketball baseball soccer hockey team teams fair festival library libraries bank services
service association society foundation institute agency authority company corporation district estates
democrat democrats democratic republican republicans gop legislature legislators lawmakers delegation
senate assembly parliament councillor councilor coun cllr alderman alderwoman
superintendent commissioner magistrate collector
municipality upazila tehsil taluka mandal
""".split())
# Offices only a town has, after its name: "Monroe Mayor", "Lindsay Police", "Greer City Hall".
CIVIC_AFTER = {"mayor", "police", "council", "councilman", "councilwoman", "aldermen", "selectman",
               "selectmen", "township", "village", "town", "democrat", "democrats", "republican", "republicans"}
# Heads of media and sports-club names: "The Washington Post", "Kyiv Independent", "Dynamo Kyiv" aside.
MEDIA_HEADS = {"post", "times", "independent", "herald", "journal", "tribune", "gazette", "guardian", "telegraph",
               "chronicle", "observer", "examiner", "daily", "press", "star", "sun", "mail", "review", "airlines",
               "airways", "rovers", "united", "wanderers", "athletic", "inquirer", "courier", "register",
               "dispatch", "sentinel", "bulletin", "enquirer", "ledger", "record", "standard", "monitor", "news"}
# Words after a town's name that make it a street's or a square's name ("County Road 80" stays a
# county's; "Leicester Square", "Scotland Yard"; a city's gate: "checkpoints at Damascus Gate and Lions' Gate" in
# Jerusalem, "Delhi Gate" in Lahore).
STREET_WORDS = {"street", "avenue", "ave", "road", "rd", "drive", "boulevard", "blvd", "lane", "ln", "pike",
                "parkway", "pkwy", "trail", "terrace", "circle", "square", "yard", "gate", "park"}
# Capitalized words that are names of places somewhere but rarely mean one in English news.
STOPWORDS = set("""
a about after against all also amid an and another any april are as at august back be because been before
being between both but by can central chief city could critics day december despite did do during each early east
eastern elsewhere even every february few first for former four from friday further general good great had
has have he her here him his home how however i if in into is it its january july june just last late later
league like local long many march may me meanwhile mid middle monday more most mr mrs ms much my national new
news next nine no none nonetheless north northern not november now october of off old on once one only open or
other our out over own people per police president prime saturday second secretary september set seven several
she since six so some south southern spring still such summer sunday ten than that the their them then there these
they third this those though three thursday through to today tuesday two under union unity up upon us
very was way we wednesday were west western what when where which while who why will winter with would yes yet
you your deputy minister governor mayor general colonel major captain sergeant officer senator judge king queen
prince princess lord lady saint st sir dame mount lake river cape port fort point center centre hope unity
liberty union victory freedom justice mercy faith charity harmony friendship
eden northeast northwest southeast southwest
greater upper lower pack leader mart sen rep capt rev gov det sgt lt mayor chief day night morning evening
around across along among beside behind below above until without onto firth strait straits
alongside amid amidst despite besides beneath unlike
christmas easter passover ramadan hanukkah thanksgiving halloween earth superior hall nov dec jan feb aug sept oct
downtown uptown midtown vice man human near outside inside beyond toward towards within throughout coast co
plains
""".split())  # "through the Plains" (the Great Plains, not Plains, Kansas, whose state's toll it took)
# A demonym before these words names a thing, not its country: "Spanish flu", "Russian roulette".
DEMONYM_IDIOMS = {
    "spanish": {"flu", "inquisition", "omelette"}, "russian": {"roulette", "doll", "dolls"},
    "french": {"fries", "toast", "kiss", "horn", "press", "dressing", "windows", "doors"},
    "turkish": {"delight", "bath", "baths"}, "swiss": {"cheese", "chard", "roll"}, "danish": {"pastry", "pastries"},
    "dutch": {"courage", "auction", "oven", "uncle", "elm"}, "chinese": {"whispers", "checkers", "lantern", "lanterns"},
    "mexican": {"standoff", "wave"}, "greek": {"yogurt", "yoghurt", "salad", "chorus", "tragedy"},
    "irish": {"coffee", "stew", "setter", "wolfhound"}, "english": {"breakfast", "muffin", "muffins", "channel"},
    "german": {"shepherd", "measles"}, "afghan": {"hound", "hounds"}, "persian": {"rug", "rugs", "carpet", "cat"},
    "canadian": {"bacon"}, "belgian": {"waffle", "waffles"}, "indian": {"summer", "ink"},
    "arabic": {"numerals"}, "japanese": {"knotweed", "maple"}, "egyptian": {"cotton"}, "panamanian": {"hat"},
}
# First words of office titles: "Israeli Prime Minister Benjamin Netanyahu" keeps its demonym.
TITLE_OPENERS = {"prime", "foreign", "defence", "defense", "deputy", "vice", "former", "acting", "interior",
                 "finance", "opposition", "supreme", "chief", "crown", "first"}
# Words that, right before a capitalized name, say a person's name follows: "President Volodymyr Zelensky".
PERSON_TITLES = {"rev", "capt", "det", "sgt", "lt", "cpl", "pvt", "sheriff", "officer", "detective",
                 "pastor", "reverend", "bishop", "rabbi", "imam", "coach", "principal", "professor", "superintendent",
                 "president", "minister", "governor", "mayor", "chief", "general", "gen", "secretary", "senator",
                 "sen", "rep", "judge", "mr", "mrs", "ms", "dr", "prof", "pope", "king", "queen", "prince",
                 "spokesperson", "spokesman", "spokeswoman", "analyst", "colonel", "commander",
                 "lieutenant", "sergeant", "captain", "admiral", "negotiator", "aide", "deputy", "ambassador", "envoy",
                 "chairman", "chairwoman", "ceo", "director", "father", "sister", "brother", "saint",
                 "coun", "councillor", "councilor", "cllr", "councilman", "councilwoman"}
# Titles abbreviated with a full stop that does not end the sentence: "Gov. Mike DeWine", not "Judge. Columbus".
TITLE_ABBREVIATIONS = {"rev", "capt", "det", "sgt", "lt", "cpl", "pvt", "gen", "sen", "rep", "mr", "mrs", "ms",
                       "dr", "prof", "gov", "supt", "col", "maj", "cmdr", "adm", "atty", "pres", "sens", "reps",
                       "coun", "cllr"}
# The words of numbers news writes out, "Forty-two people were wounded": no place alone, though the
# gazetteer knows Forty-Two (Dickson, Tennessee) and Ninety Six, South Carolina.
NUMBER_WORDS = set("""
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
""".split())
# Names of organisations and buildings that the gazetteer also knows as towns.
# Names that are places only after "the": "deforestation in the Amazon", but "Amazon said" (the firm).
THE_ONLY = {"amazon", "channel", "baltic", "caspian", "hunter"}  # "the Hunter": New South Wales' Hunter Valley
NOT_PLACES = {"the city", "white house", "hamas", "hezbollah", "taliban", "fatah", "nato", "congress", "senate",
              "pentagon", "toyota", "honda", "roman", "bayern", "rio tinto", "el nino", "la nina",
              "duma", "rada", "knesset", "united russia", "just russia", "our ukraine",
              "kremlin", "god", "jesus", "christ", "lord", "allah", "democrat", "democrats", "republican",
              "republicans", "university", "commerce", "internet", "google", "facebook", "twitter",
              "meta", "samsung",  # the firms: not Meta department (Colombia) nor Samseung (Korea)
              "harvard",  # the university, not Harvard, Massachusetts
              "commonwealth",  # "Commonwealth disaster payments": not a district of Quezon City
              "xinhua",  # China's news agency, and villages of no recorded population
              "red cross", "red crescent",  # the relief movement, not Red Cross, North Carolina
              # an adjective of agencies' names ("according to the UK Maritime Trade Operations agency",
              # "the Maritime and Port Authority of Singapore"), not Togo's region, which news calls
              # "the Maritime region" (a name of its own in the gazetteer)
              "maritime",
              # a bank's name ending in its country's own name: "the ex-Credit Suisse chief" (had been Switzerland),
              # "Banco do Brasil", "Banco de España"
              "credit suisse", "do brasil", "de espana",
              # the metal, whose price markets news tells ("Gold rose to a record $4,050 an ounce"), not GeoNames'
              # short name of Gold Coast, Australia
              "gold"}
# Words that make place names of people's names: "Glen Allen", "West Chester", "Morgan Hill".
PLACE_WORDS = {"north", "south", "east", "west", "new", "old", "upper", "lower", "glen", "lake", "mount", "port",
               "fort", "park", "hill", "hills", "woods", "wood", "valley", "city", "beach", "springs", "falls",
               "heights", "grove", "ridge", "bay", "point", "rock", "creek", "field", "fields", "ford", "green",
               "castle", "bridge"}
# Day and month names after a name end it: "a crash in Montana Sunday" is no person "Montana Sunday".
CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "aug", "sept", "oct", "nov", "dec"}
# "Co." as well: Irish counties are written "Co. Cork"; "co" is a stop word too, so that a
# company's "Co." before a place does not make the place part of a name.
ABBREVIATED = {"st", "ste", "mt", "ft", "pt", "n", "s", "e", "w", "ne", "nw", "se", "sw", "co"}
# Heads of the names of companies, associations and laws that a demonym may open
# ("American Diabetes Association", "American Recovery and Reinvestment Act").
ORG_HEADS = {"association", "act", "airlines", "airways", "group", "corp", "corporation", "inc", "company",
             "bank", "cross", "society", "party", "league", "institute", "foundation", "club", "church", "council",
             "restaurant", "grill", "pub", "cafe", "legion", "federation", "alliance", "coalition", "network",
             "insurance", "mortgage", "academy", "school"}
# The last words of a state's agencies' names: "U.S. Geological Survey", "U.S. Army Corps of Engineers"
# (not "army" nor "forces": a country's forces act, "the Sudan Liberation Army" is a rebel group).
AGENCY_HEADS = {"enforcement", "survey", "corps", "engineers", "department", "service", "agency", "bureau",
                "administration", "commission", "court", "guard", "embassy", "senate", "congress", "attorney",
                "office", "patrol", "prevention", "protection", "reserve", "census", "mint", "treasury"}
# The last words of professional teams' names after their towns ("Washington Nationals", "Toronto
# Maple Leafs", "Montreal Canadiens"): plurals no office or institution ends in ("Texas Rangers" and
# "Ottawa Senators" may be a state's police and a state's lawmakers).
TEAM_NICKNAMES = set("""
cardinals falcons ravens bills panthers bears bengals browns cowboys broncos lions packers texans colts jaguars
chiefs raiders chargers rams dolphins vikings patriots saints giants jets eagles steelers 49ers seahawks buccaneers
titans commanders redskins hawks celtics hornets bulls cavaliers mavericks nuggets pistons warriors rockets pacers
clippers lakers grizzlies bucks timberwolves pelicans knicks 76ers suns blazers spurs raptors wizards bobcats sonics
supersonics diamondbacks braves orioles sox cubs reds guardians rockies tigers astros royals angels dodgers marlins
brewers twins mets yankees phillies pirates padres mariners rays jays nationals expos ducks coyotes bruins sabres
flames hurricanes blackhawks jackets stars oilers canadiens predators devils islanders flyers penguins sharks
blues leafs canucks capitals sounders timbers whitecaps earthquakes magpies swans demons bombers kangaroos dockers
crows roosters rabbitohs knights wings
kings riders scorchers sixers strikers renegades rhinos
""".split())  # cricket's and rugby league's too: "Punjab Kings", "Kolkata Knight Riders", "Leeds Rhinos" (not "Indians":
# "the Quiche Indians", a people)
# Words before a demonym that make it part of another people's name: "Native American", "North American";
# or a firm's: "Anglo American operates Los Bronces near the capital".
DEMONYM_PREFIXES = {"native", "north", "south", "central", "latin", "anglo"}
ETHNIC_PREFIXES = ("african", "anglo", "afro", "asian", "euro", "native")
