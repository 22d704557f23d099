"""shortnews: 60 short news items (90-200 words each) of the kind a world news website or wire
feed publishes all day across its sections, written for geomap's held-out evaluation.

Written by a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py; only the scorer (../article_runner.py) was read for the format. The events are
invented (or loosely modelled on real ones); the places are real.

Genres (GENRES letters):
  a  business, markets, companies, energy, trade (15 items)
  b  sport: football, cricket, rugby league and union, baseball, basketball, ice hockey,
     tennis, F1, athletics, cycling (15 items)
  c  science, health, weather, environment, space and technology (15 items)
  d  politics, courts, crime, culture, travel and obituaries (15 items)

Conventions:
  - Every place a careful reader would put on a map is listed, each occurrence, including
    ALL-CAPS datelines and state abbreviations ("Ore.", "Ky.", "B.C.", "Ont.").
  - A place used for its government ("Washington said", "Beijing", "Brussels", "Moscow") is
    the place. "U.S." as a modifier ("U.S. duties", "U.S. Supreme Court") counts as the country.
  - Demonyms and adjectives ("Japanese", "Belgian", "South Korean") are kind Q with their
    country (not counted).
  - Clubs, franchises, companies, banks, airlines, airports, stadiums, stock indices and
    exchanges, newspapers, universities, films, bands, treaties, diseases and species named
    like places ("Manchester United", "Bank of America", "Hang Seng", "Paris, Texas" the film,
    "Kansas" the band, "Minsk agreements", "Lyme disease", "Bengal tiger") are country "-".
  - National sports teams named as their country ("Ireland travel to Rome to face Italy"),
    cricket grounds named after their district ("Headingley", "Edgbaston", "Old Trafford",
    "Chepauk"), events, festivals and bodies whose name holds the place they stand for
    ("Cannes Film Festival", "Singapore Grand Prix", "Parks Canada"), streets, roads and
    landmarks ("Wall Street", "Royal Mile", "Route 66", "Kremlin"), mines, and historical
    states (Yugoslavia) are kind Q with their country: debatable, not counted.
  - Rivers, seas, lakes, mountains, islands, parks, glaciers, research stations and
    macro-regions have kind N; those spanning countries have country "*". A region's name used
    as a modifier ("Gulf rivals", "Arctic shipping", "Pacific countries", "Hormuz tensions")
    is the region.
  - Ambiguous names carry a (lat, lon) hint (or a US state code): Portland, Sherman,
    Georgetown, Victoria, Birmingham, London (Ontario), Sydney (Nova Scotia), Springfield...
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


WASH = (38.90, -77.04)
NYC = (40.71, -74.01)
SYD = (-33.87, 151.21)
PER = (-31.95, 115.86)
MEL = (-37.81, 144.96)
FRA = (50.11, 8.68)
BHAM = (52.48, -1.90)

# ---------------------------------------------------------------- a: business
add("a", """Air India firms up order for 40 more widebodies as Gulf rivals expand

By Aditi Menon

MUMBAI (Reuters) - Air India has finalised an order for 40 more widebody jets, split between Airbus and Boeing, as the Tata Group-owned carrier tries to win back long-haul passengers lost to Gulf rivals such as Emirates and Qatar Airways.

The Airbus A350s will be assembled in Toulouse, while the Boeing 787s are due to roll out of the planemaker's plant in North Charleston, South Carolina. Deliveries are scheduled to begin in 2027.

Chief executive Campbell Wilson told reporters in Mumbai that the new aircraft would go first to nonstop routes from Delhi and Bengaluru to North America, including San Francisco, Toronto and Dallas, and to new European destinations such as Lisbon and Zurich.

Indian carriers lose roughly a third of the country's international traffic to hubs in Dubai, Doha and Abu Dhabi, according to government data. Shares of rival IndiGo rose 1.2% in Mumbai on Thursday.""", [
    ("Air India", "-", N),
    ("Gulf", "*", N),
    ("Emirates", "-", N),
    ("Qatar Airways", "-", N),
    ("MUMBAI", "IN", T),
    ("Mumbai", "IN", T),
    ("Toulouse", "FR", T),
    ("North Charleston", "US", T, (32.85, -79.97)),
    ("South Carolina", "US", A),
    ("Delhi", "IN", T),
    ("Bengaluru", "IN", T),
    ("North America", "*", N),
    ("San Francisco", "US", T, (37.77, -122.42)),
    ("Toronto", "CA", T),
    ("Dallas", "US", T, (32.78, -96.80)),
    ("European", "*", Q),
    ("Lisbon", "PT", T),
    ("Zurich", "CH", T),
    ("Indian", "IN", Q),
    ("Dubai", "AE", T),
    ("Doha", "QA", T),
    ("Abu Dhabi", "AE", T),
])

add("a", """Hang Seng slides as Beijing holds off on new stimulus

HONG KONG (Reuters) - Hong Kong shares fell sharply on Tuesday after Beijing disappointed investors hoping for fresh support for China's property sector, dragging the Hang Seng index down 2.8% to its lowest close in seven weeks.

Mainland markets were calmer. The Shanghai Composite slipped 0.6% and the Shenzhen Component lost 0.9%, while property developers listed in Hong Kong, including several Guangzhou-based firms, bore the brunt of the selling.

Elsewhere in Asia, Japan's Nikkei 225 edged up 0.3% in Tokyo as a weaker yen lifted exporters, and South Korea's KOSPI gained 0.5% in Seoul, helped by chipmakers. Australia's S&P/ASX 200 closed flat in Sydney.

Traders said attention now turns to Washington, where US inflation figures due on Wednesday could shape the Federal Reserve's next move. "Until Beijing acts, every rally in Hong Kong is a selling opportunity," said a strategist at a Singapore brokerage.""", [
    ("Hang Seng", "-", N),
    ("Beijing", "CN", T),
    ("HONG KONG", "HK", N),
    ("Hong Kong", "HK", N),
    ("China", "CN", C),
    ("Shanghai Composite", "-", N),
    ("Shenzhen Component", "-", N),
    ("Guangzhou", "CN", T),
    ("Asia", "*", N),
    ("Japan", "JP", C),
    ("Tokyo", "JP", T),
    ("South Korea", "KR", C),
    ("Seoul", "KR", T),
    ("Australia", "AU", C),
    ("Sydney", "AU", T, SYD),
    ("Washington", "US", T, WASH),
    ("US", "US", C),
    ("Singapore", "SG", N),
])

add("a", """Deutsche Bank profit beats forecasts on investment banking rebound

FRANKFURT (DW) - Deutsche Bank reported a better-than-expected 10% rise in quarterly profit on Wednesday, as trading desks in London and New York benefited from volatile markets and its retail arm held up despite Germany's sluggish economy.

Germany's largest lender said net profit reached 1.8 billion euros. Chief executive Christian Sewing told analysts in Frankfurt that the bank would press ahead with cutting about 2,000 jobs, many of them in back-office roles, and shift more work to its technology centres in Pune, Bucharest and Birmingham, England.

Sewing repeated that the bank had no interest in merging with rival Commerzbank, which is fighting off a takeover bid from Milan-based UniCredit. The government in Berlin, which still owns a stake in Commerzbank, has opposed that deal.

Deutsche Bank shares rose 4% on the Frankfurt Stock Exchange, outperforming the DAX. Analysts at a Zurich-based bank said the results showed "the turnaround is finally sticking".""", [
    ("Deutsche Bank", "-", N),
    ("FRANKFURT", "DE", T, FRA),
    ("Frankfurt", "DE", T, FRA),
    ("Frankfurt Stock Exchange", "-", N),
    ("London", "GB", T),
    ("New York", "US", T, NYC),
    ("Germany", "DE", C),
    ("Pune", "IN", T),
    ("Bucharest", "RO", T),
    ("Birmingham", "GB", T, BHAM),
    ("England", "GB", A),
    ("Milan", "IT", T),
    ("Berlin", "DE", T),
    ("Zurich", "CH", T),
])

add("a", """Texas Instruments to open second chip plant in Sherman

By Staff, The Dallas Morning News

SHERMAN, Texas - Texas Instruments will begin production at a second semiconductor fabrication plant in Sherman next year, the Dallas-based company said on Monday, bringing its planned investment in the North Texas city to about $30 billion.

The plant, about 65 miles north of Dallas near the Oklahoma border, will make analog chips used in cars and factory equipment. TI already runs fabs in Richardson, Texas, and Lehi, Utah, and it recently won federal grants from Washington under the CHIPS and Science Act.

Grayson County officials said the project would create about 3,000 jobs. Local leaders are also expanding water supplies from Lake Texoma, on the Red River, to meet the plant's needs.

The announcement comes as chipmakers shift production away from Taiwan and as Texas competes with Arizona, where TSMC is building fabs in Phoenix, and with Ohio, where Intel's project near Columbus has been delayed.""", [
    ("Texas Instruments", "-", N),
    ("The Dallas Morning News", "-", N),
    ("Sherman", "US", T, (33.64, -96.61)),
    ("SHERMAN", "US", T, (33.64, -96.61)),
    ("Texas", "US", A),
    ("Dallas", "US", T, (32.78, -96.80)),
    ("North Texas", "US", N),
    ("Oklahoma", "US", A),
    ("Richardson", "US", T, (32.95, -96.73)),
    ("Lehi", "US", T, (40.39, -111.85)),
    ("Utah", "US", A),
    ("Washington", "US", T, WASH),
    ("Grayson County", "US", A, (33.63, -96.68)),
    ("Lake Texoma", "US", N),
    ("Red River", "US", N),
    ("Taiwan", "TW", C),
    ("Arizona", "US", A),
    ("Phoenix", "US", T, (33.45, -112.07)),
    ("Ohio", "US", A),
    ("Columbus", "US", T, (39.96, -83.00)),
])

add("a", """Brussels Airlines cancels half its flights as pilots strike

BRUSSELS (AFP) - Brussels Airlines cancelled about half of its flights on Friday as pilots walked out in a dispute over pay and rosters, stranding thousands of passengers at Brussels Airport in Zaventem at the start of the Easter holidays.

The Lufthansa-owned carrier said long-haul services to Africa were hardest hit, with flights to Kinshasa, Entebbe, Dakar and Douala scrapped. Passengers bound for Frankfurt and Munich were rebooked onto Lufthansa connections, while some travellers heading for Paris and Amsterdam were offered seats on high-speed trains.

Belgium has seen a wave of transport strikes this spring, including walkouts by rail workers and air traffic controllers. Unions at the smaller airport in Charleroi have threatened to join the action next week.

The Belgian transport minister said the government would not intervene in "a company matter" but urged both sides to return to talks in Brussels on Monday.""", [
    ("Brussels Airlines", "-", N),
    ("Brussels Airport", "-", N),
    ("BRUSSELS", "BE", T),
    ("Brussels", "BE", T),
    ("Zaventem", "BE", T),
    ("Africa", "*", N),
    ("Kinshasa", "CD", T),
    ("Entebbe", "UG", T),
    ("Dakar", "SN", T),
    ("Douala", "CM", T),
    ("Frankfurt", "DE", T, FRA),
    ("Munich", "DE", T),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Amsterdam", "NL", T),
    ("Belgium", "BE", C),
    ("Charleroi", "BE", T),
    ("Belgian", "BE", Q),
])

add("a", """Oil jumps as OPEC+ extends cuts and Hormuz tensions flare

LONDON (Reuters) - Oil prices rose more than 2% on Monday after Saudi Arabia and Russia led OPEC+ in extending output cuts into next year, and as fresh tensions in the Strait of Hormuz revived worries about supply from the Middle East.

Brent crude futures climbed to $84.10 a barrel, while U.S. West Texas Intermediate crude rose to $80.35. Stocks at the Cushing, Oklahoma, storage hub fell for a third week, adding support.

The producer group, which met online rather than at its headquarters in Vienna, said the cuts would be reviewed in June. Riyadh has borne the largest share of the reductions, while Moscow has struggled to meet its quota as Ukrainian drones hit refineries in Ryazan and Volgograd.

Iran's navy said it had seized a tanker in the Gulf of Oman carrying fuel from the United Arab Emirates. Disruptions in Libya, where a standoff has shut the Sharara oilfield, also tightened the market.""", [
    ("LONDON", "GB", T),
    ("Saudi Arabia", "SA", C),
    ("Russia", "RU", C),
    ("Hormuz", "*", N),
    ("Strait of Hormuz", "*", N),
    ("Middle East", "*", N),
    ("Brent", "-", N),
    ("U.S.", "US", C),
    ("West Texas Intermediate", "-", N),
    ("Cushing", "US", T, (35.98, -96.77)),
    ("Oklahoma", "US", A),
    ("Vienna", "AT", T),
    ("Riyadh", "SA", T),
    ("Moscow", "RU", T),
    ("Ukrainian", "UA", Q),
    ("Ryazan", "RU", T),
    ("Volgograd", "RU", T),
    ("Iran", "IR", C),
    ("Gulf of Oman", "*", N),
    ("United Arab Emirates", "AE", C),
    ("Libya", "LY", C),
    ("Sharara", "LY", Q),
])

add("a", """B.C. mills brace for higher U.S. duties on softwood lumber

OTTAWA (CBC News) - Sawmills across British Columbia are bracing for another round of layoffs after Washington more than doubled anti-dumping duties on Canadian softwood lumber, the latest turn in a trade dispute that has dragged on for four decades.

The U.S. Commerce Department said on Friday that duties on most Canadian producers would rise to about 35 per cent. Mills in Prince George, Quesnel and Williams Lake, in the province's Interior, are among the most exposed, industry groups say.

The international trade minister told reporters in Ottawa that Canada would challenge the decision under the Canada-United States-Mexico Agreement. Premier David Eby said in Victoria that the province would seek new markets in Japan and India.

Mills in Quebec and New Brunswick also ship heavily south of the border, but the duties hit British Columbia hardest because of its reliance on the U.S. housing market.""", [
    ("B.C.", "CA", A),
    ("U.S.", "US", C),
    ("OTTAWA", "CA", T),
    ("Ottawa", "CA", T),
    ("British Columbia", "CA", A),
    ("Washington", "US", T, WASH),
    ("Canadian", "CA", Q),
    ("Prince George", "CA", T),
    ("Quesnel", "CA", T),
    ("Interior", "CA", Q),
    ("Williams Lake", "CA", T, (52.14, -122.14)),
    ("Canada", "CA", C),
    ("Canada-United States-Mexico Agreement", "-", N),
    ("Victoria", "CA", T, (48.43, -123.37)),
    ("Japan", "JP", C),
    ("India", "IN", C),
    ("Quebec", "CA", A),
    ("New Brunswick", "CA", A),
])

add("a", """Iron ore miners cut Pilbara jobs as Chinese steel demand cools

By Rachel Pupazzoni, ABC News

PERTH - Mining companies operating in Western Australia's Pilbara region have begun cutting contractor jobs as iron ore prices slide on weaker steel demand in China.

Fortescue said on Tuesday it would shed about 700 positions, most of them in Perth and at its Solomon and Cloudbreak mines, while BHP has slowed work at its operations near Newman.

Shipments through Port Hedland, the world's largest bulk export port, fell 4% last month, according to the Pilbara Ports Authority. Much of the ore is bound for steel mills in Hebei and Shandong provinces.

Western Australian Premier Roger Cook said the state remained confident in the long-term outlook. In Canberra, the federal Treasurer warned that lower prices would cut billions from expected revenue, although rival suppliers in Brazil have also trimmed exports.

"We have been through cycles before," said a Karratha business owner who supplies the mines.""", [
    ("Pilbara", "AU", A),
    ("Pilbara Ports Authority", "AU", Q),
    ("Chinese", "CN", Q),
    ("PERTH", "AU", T, PER),
    ("Perth", "AU", T, PER),
    ("Western Australia", "AU", A),
    ("Western Australian", "AU", Q),
    ("China", "CN", C),
    ("Fortescue", "-", N),
    ("Solomon", "AU", Q),
    ("Cloudbreak", "AU", Q),
    ("Newman", "AU", T, (-23.36, 119.73)),
    ("Port Hedland", "AU", T),
    ("Hebei", "CN", A),
    ("Shandong", "CN", A),
    ("Canberra", "AU", T),
    ("Brazil", "BR", C),
    ("Karratha", "AU", T),
])

add("a", """Changi traffic hits record as Singapore Airlines adds Chinese cities

SINGAPORE (The Straits Times) - Passenger traffic at Changi Airport hit a record 6.1 million in December, helped by year-end trips to Japan, South Korea and Australia, operator Changi Airport Group said on Monday.

Singapore Airlines said it would start flights to Chongqing and Xi'an in China in April and add frequencies to Kathmandu and Perth, while budget arm Scoot will launch services to Kuantan, on Malaysia's east coast.

Travel demand has been buoyed by visa-free arrangements between Singapore and China. Across the Causeway, Malaysian officials expect the Johor Bahru-Singapore Rapid Transit System link, due to open at the end of 2026, to ease congestion at the Woodlands checkpoint.

Shares of SIA Engineering rose 1.5% on the Singapore Exchange, while Airports of Thailand, which runs Suvarnabhumi Airport in Bangkok, slipped 0.8%.""", [
    ("Changi", "-", N),
    ("Changi Airport", "-", N),
    ("Changi Airport Group", "-", N),
    ("Singapore Airlines", "-", N),
    ("Chinese", "CN", Q),
    ("SINGAPORE", "SG", N),
    ("Singapore", "SG", N),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("Australia", "AU", C),
    ("Chongqing", "CN", N),
    ("Xi'an", "CN", T),
    ("China", "CN", C),
    ("Kathmandu", "NP", T),
    ("Perth", "AU", T, PER),
    ("Kuantan", "MY", T),
    ("Malaysia", "MY", C),
    ("Causeway", "MY|SG", Q),
    ("Malaysian", "MY", Q),
    ("Johor Bahru-Singapore Rapid Transit System", "MY|SG", Q),
    ("Woodlands", "SG", N),
    ("Singapore Exchange", "-", N),
    ("Airports of Thailand", "-", N),
    ("Suvarnabhumi Airport", "-", N),
    ("Bangkok", "TH", T),
])

add("a", """Midlands manufacturers warn of job cuts after rate hold

Birmingham Post

A group of West Midlands manufacturers has warned that hundreds of jobs are at risk after the Bank of England kept interest rates on hold on Thursday.

The Birmingham-based trade body said members in Coventry, Wolverhampton and the Black Country were facing higher borrowing costs and weaker orders from carmakers, including Jaguar Land Rover's plants at Solihull and Castle Bromwich.

"Firms from Walsall to Redditch are telling us the same thing," its chief executive said. "Threadneedle Street needs to understand that the recovery outside London is fragile."

JLR, owned by India's Tata Motors, has put back a decision on a new assembly line. A battery gigafactory in Somerset, being built by sister company Agratas near Bridgwater, is due to open in 2027.""", [
    ("Midlands", "GB", N),
    ("Birmingham Post", "-", N),
    ("West Midlands", "GB", A),
    ("Bank of England", "-", N),
    ("Birmingham", "GB", T, BHAM),
    ("Coventry", "GB", T, (52.41, -1.51)),
    ("Wolverhampton", "GB", T),
    ("Black Country", "GB", N),
    ("Solihull", "GB", T),
    ("Castle Bromwich", "GB", T),
    ("Walsall", "GB", T),
    ("Redditch", "GB", T),
    ("Threadneedle Street", "GB", Q),
    ("London", "GB", T),
    ("India", "IN", C),
    ("Somerset", "GB", A),
    ("Bridgwater", "GB", T),
])

add("a", """Bank of America profit rises as dealmaking revives

CHARLOTTE, N.C. (AP) - Bank of America said Tuesday its third-quarter profit rose 12%, as investment banking fees jumped and consumers kept spending, the latest sign that Wall Street's biggest firms are shaking off a two-year slump in mergers.

The Charlotte, North Carolina-based lender earned $7.4 billion. Fees from advising on deals climbed 18%, helped by a rebound in new listings on the New York Stock Exchange and Nasdaq.

Chief executive Brian Moynihan said consumer spending was strongest across the Sun Belt, with Texas and Florida leading. The bank has opened branches in new markets including Boise, Idaho; Omaha, Nebraska; and Louisville, Kentucky, as part of an expansion into cities where it previously had no presence.

Shares rose 3% in New York. Analysts said the bank's large holdings of low-yielding bonds bought in 2020 and 2021 remain a drag on earnings.""", [
    ("Bank of America", "-", N),
    ("CHARLOTTE", "US", T, (35.23, -80.84)),
    ("N.C.", "US", A),
    ("Charlotte", "US", T, (35.23, -80.84)),
    ("North Carolina", "US", A),
    ("Wall Street", "US", Q),
    ("New York Stock Exchange", "-", N),
    ("Sun Belt", "US", Q),
    ("Texas", "US", A),
    ("Florida", "US", A),
    ("Boise", "US", T),
    ("Idaho", "US", A),
    ("Omaha", "US", T),
    ("Nebraska", "US", A),
    ("Louisville", "US", T, (38.25, -85.76)),
    ("Kentucky", "US", A),
    ("New York", "US", T, NYC),
])

add("a", """Tata Steel to restart Kalinganagar expansion as UK losses narrow

By TOI Business Desk

JAMSHEDPUR: Tata Steel will resume work on the second phase of its Kalinganagar plant in Odisha, raising capacity at the site to 8 million tonnes a year, managing director T V Narendran said at the company's annual general meeting in Jamshedpur on Friday.

The Mumbai-listed steelmaker said losses at its British operations had narrowed after it shut the last blast furnace at Port Talbot, in south Wales, and began building an electric arc furnace there with support from London. Its Dutch unit at IJmuiden, near Amsterdam, returned to profit.

Demand at home remains strong on the back of spending on highways, railways and ports, Narendran said. The company is also studying a new plant in Maharashtra and has been sourcing more coking coal from Queensland and Mozambique to cut costs.""", [
    ("Kalinganagar", "IN", T, (20.95, 86.03)),
    ("UK", "GB", C),
    ("JAMSHEDPUR", "IN", T),
    ("Jamshedpur", "IN", T),
    ("Odisha", "IN", A),
    ("Mumbai", "IN", T),
    ("British", "GB", Q),
    ("Port Talbot", "GB", T),
    ("Wales", "GB", A),
    ("London", "GB", T),
    ("Dutch", "NL", Q),
    ("IJmuiden", "NL", T),
    ("Amsterdam", "NL", T),
    ("Maharashtra", "IN", A),
    ("Queensland", "AU", A),
    ("Mozambique", "MZ", C),
])

add("a", """Copper hits two-year high as Chilean mine strike drags on

SANTIAGO (Reuters) - Copper prices rose to their highest in two years on Wednesday as a strike at Escondida, the world's largest copper mine, entered its second week and smelters in China scrambled for supply.

Benchmark three-month copper on the London Metal Exchange climbed 1.9% to $10,450 a tonne, while the most-traded contract on the Shanghai Futures Exchange gained 2.3%.

Workers at the BHP-operated mine in the Atacama Desert, about 170 km southeast of the port city of Antofagasta, are demanding a larger share of profits. Government mediators have called both sides to talks in Santiago.

Chile produces about a quarter of the world's copper. Output in neighbouring Peru has also been disrupted by protests blocking roads near the Las Bambas mine in the Apurimac region, while in Panama the giant Cobre Panama mine remains closed. In Africa, producers in Zambia and the Democratic Republic of Congo have raised shipments through the port of Dar es Salaam.""", [
    ("Chilean", "CL", Q),
    ("SANTIAGO", "CL", T, (-33.45, -70.65)),
    ("Santiago", "CL", T, (-33.45, -70.65)),
    ("Escondida", "CL", Q),
    ("China", "CN", C),
    ("London Metal Exchange", "-", N),
    ("Shanghai Futures Exchange", "-", N),
    ("Atacama Desert", "CL", N),
    ("Antofagasta", "CL", T),
    ("Chile", "CL", C),
    ("Peru", "PE", C),
    ("Las Bambas", "PE", Q),
    ("Apurimac", "PE", A),
    ("Panama", "PA", C),
    ("Cobre Panama", "PA", Q),
    ("Africa", "*", N),
    ("Zambia", "ZM", C),
    ("Democratic Republic of Congo", "CD", C),
    ("Dar es Salaam", "TZ", T),
])

add("a", """EU and Mercosur seal trade deal despite French farm protests

MONTEVIDEO (Reuters) - The European Union and the Mercosur bloc of Brazil, Argentina, Uruguay and Paraguay concluded a free trade agreement on Friday after 25 years of talks, creating a market of more than 700 million people.

European Commission President Ursula von der Leyen flew to Montevideo for the ceremony. "This is a win for Europe," she said.

The deal still faces resistance in France, where farmers have blocked roads around Paris and Lyon, and in Poland and Ireland, whose beef producers fear competition from cattle ranches in Mato Grosso and the Argentine Pampas. Brussels needs a qualified majority of member states to approve it.

Brazilian President Luiz Inacio Lula da Silva hailed the agreement in Brasilia, while Argentina's Javier Milei, speaking in Buenos Aires, called it "a first step". Germany and Spain have pressed for quick ratification.""", [
    ("EU", "*", Q),
    ("European Union", "*", Q),
    ("French", "FR", Q),
    ("MONTEVIDEO", "UY", T),
    ("Montevideo", "UY", T),
    ("Brazil", "BR", C),
    ("Argentina", "AR", C),
    ("Uruguay", "UY", C),
    ("Paraguay", "PY", C),
    ("European", "*", Q),
    ("Europe", "*", N),
    ("France", "FR", C),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Lyon", "FR", T),
    ("Poland", "PL", C),
    ("Ireland", "IE", C),
    ("Mato Grosso", "BR", A),
    ("Argentine", "AR", Q),
    ("Pampas", "AR", N),
    ("Brussels", "BE", T),
    ("Brazilian", "BR", Q),
    ("Brasilia", "BR", T),
    ("Buenos Aires", "AR", T),
    ("Germany", "DE", C),
    ("Spain", "ES", C),
])

add("a", """Toyota to build electric SUVs in Kentucky, cutting reliance on Japan imports

GEORGETOWN, Ky. (AP) - Toyota Motor Corp. will spend $922 million to build a three-row electric SUV at its sprawling plant in Georgetown, Kentucky, the automaker said Thursday, as it shifts more production to the United States.

The plant, Toyota's largest in the world, already makes the Camry and RAV4. Batteries for the new model will come from Toyota's new factory in Liberty, North Carolina, near Greensboro.

The decision comes as Japanese automakers seek to shield themselves from tariffs. Toyota, whose headquarters are in Toyota City in Aichi Prefecture, currently ships many of its hybrids to the U.S. from plants in Japan and from Guanajuato, Mexico.

Kentucky Governor Andy Beshear called it "a great day for Scott County." In Tokyo, Toyota shares rose 1.4%.""", [
    ("Toyota", "-", N),
    ("Toyota Motor Corp.", "-", N),
    ("Toyota City", "JP", T, (35.08, 137.16)),
    ("Kentucky", "US", A),
    ("Japan", "JP", C),
    ("GEORGETOWN", "US", T, (38.21, -84.56)),
    ("Ky.", "US", A),
    ("Georgetown", "US", T, (38.21, -84.56)),
    ("United States", "US", C),
    ("Liberty", "US", T, (35.85, -79.57)),
    ("North Carolina", "US", A),
    ("Greensboro", "US", T, (36.07, -79.79)),
    ("Japanese", "JP", Q),
    ("Aichi Prefecture", "JP", A),
    ("U.S.", "US", C),
    ("Guanajuato", "MX", A),
    ("Mexico", "MX", C),
    ("Scott County", "US", A, (38.29, -84.58)),
    ("Tokyo", "JP", T),
])

# ---------------------------------------------------------------- b: sport
add("b", """Man Utd 2-1 Aston Villa: Hojlund header eases pressure on Amorim

By Simon Stone, BBC Sport at Old Trafford

Rasmus Hojlund's stoppage-time header gave Manchester United a 2-1 win over Aston Villa and eased the pressure on head coach Ruben Amorim.

The Denmark striker, who grew up in Copenhagen, met Bruno Fernandes' corner to send Old Trafford into raptures after Ollie Watkins had cancelled out Amad Diallo's first-half opener.

Amad, born in Abidjan and capped by Ivory Coast, was again the home side's most dangerous player, while the Portuguese coach, who left Sporting in Lisbon a year ago, finally saw his back three look settled.

Villa boss Unai Emery, from Hondarribia in Spain's Basque Country, was left to rue missed chances. His side travel to Lille for a Champions League tie on Wednesday, before a Midlands derby against Wolves at Villa Park. United visit Tottenham Hotspur in north London on Sunday.""", [
    ("Man Utd", "-", N),
    ("Aston Villa", "-", N),
    ("Old Trafford", "GB", Q),
    ("Manchester United", "-", N),
    ("Denmark", "DK", Q),
    ("Copenhagen", "DK", T),
    ("Abidjan", "CI", T),
    ("Ivory Coast", "CI", Q),
    ("Portuguese", "PT", Q),
    ("Lisbon", "PT", T),
    ("Villa", "-", N),
    ("Hondarribia", "ES", T),
    ("Spain", "ES", C),
    ("Basque Country", "ES", A),
    ("Lille", "FR", T),
    ("Midlands", "GB", N),
    ("Villa Park", "-", N),
    ("Tottenham Hotspur", "-", N),
    ("London", "GB", T),
])

add("b", """CSK beat Mumbai Indians by six wickets at Chepauk

Times of India

CHENNAI: Ruturaj Gaikwad's unbeaten 69 guided Chennai Super Kings to a six-wicket win over Mumbai Indians at the MA Chidambaram Stadium on Sunday night, sending a full house in Chennai home happy.

Chasing 156, the Pune-born captain anchored the innings after Jasprit Bumrah, the Ahmedabad-born pacer, removed both openers inside the powerplay. Sri Lankan fast bowler Matheesha Pathirana had earlier taken three wickets at the death.

MS Dhoni, the Ranchi veteran who turns 44 in July, finished the match with a six over long-on to a roar that could be heard across the city.

CSK travel to Jaipur to face Rajasthan Royals on Thursday, while Mumbai host Kolkata Knight Riders at the Wankhede Stadium. The final will be played in Ahmedabad on May 25.""", [
    ("Mumbai Indians", "-", N),
    ("Chepauk", "IN", Q),
    ("CHENNAI", "IN", T),
    ("Chennai Super Kings", "-", N),
    ("MA Chidambaram Stadium", "-", N),
    ("Chennai", "IN", T),
    ("Pune", "IN", T),
    ("Ahmedabad", "IN", T),
    ("Sri Lankan", "LK", Q),
    ("Ranchi", "IN", T),
    ("Jaipur", "IN", T),
    ("Rajasthan Royals", "-", N),
    ("Mumbai", "-", N),
    ("Kolkata Knight Riders", "-", N),
    ("Wankhede Stadium", "-", N),
])

add("b", """Melbourne Storm edge Penrith in grand final rematch

By Nick Campton, ABC Sport

Melbourne Storm have beaten Penrith Panthers 24-18 in a tense grand final rematch at AAMI Park, with winger Xavier Coates scoring twice in front of 26,000 fans in Melbourne.

Coates, who was born in Port Moresby and plays State of Origin for Queensland, took his tally to 14 tries this season. Fiji international Sualauvi Faalogo, raised in Auckland, added a third.

Penrith, backed by a big travelling contingent from western Sydney, rallied late through Brian To'o, but the Storm held on.

Melbourne move two points clear at the top of the ladder before a trip to Townsville to face the North Queensland Cowboys. The Panthers host the Brisbane Broncos at the foot of the Blue Mountains next Friday, and coach Ivan Cleary expects Papua New Guinea-born forward Jack Kaupa to be fit.""", [
    ("Melbourne Storm", "-", N),
    ("Melbourne#3", "AU", T, MEL),
    ("Melbourne#4", "-", N),
    ("Penrith", "-", N),
    ("Penrith Panthers", "-", N),
    ("Port Moresby", "PG", T),
    ("Queensland", "AU", Q),
    ("Fiji", "FJ", Q),
    ("Auckland", "NZ", T),
    ("Sydney", "AU", T, SYD),
    ("Townsville", "AU", T),
    ("North Queensland Cowboys", "-", N),
    ("Brisbane Broncos", "-", N),
    ("Blue Mountains", "AU", N, (-33.7, 150.3)),
    ("Papua New Guinea", "PG", C),
])

add("b", """Real Madrid 3-1 Valencia: Mbappe double keeps pressure on Barcelona

MADRID (AFP) - Kylian Mbappe scored twice as Real Madrid came from behind to beat Valencia 3-1 at the Santiago Bernabeu on Saturday and stay within two points of La Liga leaders Barcelona.

The visitors, who have not won in Madrid since 2008, went ahead through Hugo Duro. Vinicius Junior, who grew up in Sao Goncalo outside Rio de Janeiro, equalised before the break, and the France captain, raised in the Paris suburb of Bondy, struck twice after it.

Jude Bellingham, from Stourbridge in the English Midlands, missed the game with a shoulder injury.

The defeat leaves Valencia 17th, a point above the relegation zone, and fans back home in Valencia are planning protests against owner Peter Lim, the Singaporean businessman, before next week's game at Mestalla. Barcelona travel to Seville to face Betis on Sunday.""", [
    ("Real Madrid", "-", N),
    ("Valencia#1,2,3", "-", N),
    ("Valencia#4", "ES", T, (39.47, -0.38)),
    ("Barcelona", "-", N),
    ("MADRID", "ES", T),
    ("Santiago Bernabeu", "-", N),
    ("Madrid", "ES", T),
    ("Sao Goncalo", "BR", T, (-22.83, -43.05)),
    ("Rio de Janeiro", "BR", T),
    ("France", "FR", Q),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Bondy", "FR", T),
    ("Stourbridge", "GB", T),
    ("English", "GB", Q),
    ("Midlands", "GB", N),
    ("Singaporean", "SG", Q),
    ("Mestalla", "-", N),
    ("Seville", "ES", T),
])

add("b", """Lakers top Nuggets as Doncic scores 38

LOS ANGELES (AP) - Luka Doncic scored 38 points and LeBron James added 24 as the Los Angeles Lakers beat the Denver Nuggets 118-109 on Thursday night.

Doncic, the Slovenian star who grew up in Ljubljana and started his professional career at Real Madrid, made 13 of 22 shots. James, the 40-year-old Akron, Ohio, native, had 11 assists.

Nikola Jokic, from Sombor, Serbia, had 31 points, 14 rebounds and nine assists for Denver, which had won four straight. The Nuggets, who are used to playing at altitude in the Mile High City, return home to face the Oklahoma City Thunder on Saturday.

The Lakers begin a four-game trip in Boston on Monday, with stops in New York, Philadelphia and Toronto.""", [
    ("LOS ANGELES", "US", T),
    ("Los Angeles Lakers", "-", N),
    ("Denver Nuggets", "-", N),
    ("Slovenian", "SI", Q),
    ("Ljubljana", "SI", T),
    ("Real Madrid", "-", N),
    ("Akron", "US", T, (41.08, -81.52)),
    ("Ohio", "US", A),
    ("Sombor", "RS", T),
    ("Serbia", "RS", C),
    ("Denver", "-", N),
    ("Mile High City", "US", N, (39.74, -104.99)),
    ("Oklahoma City Thunder", "-", N),
    ("Boston", "US", T, (42.36, -71.06)),
    ("New York", "US", T, NYC),
    ("Philadelphia", "US", T, (39.95, -75.17)),
    ("Toronto", "CA", T),
])

add("b", """Rangers rally past Red Sox behind Garcia's grand slam

ARLINGTON, Texas (AP) - Adolis Garcia hit a grand slam in the seventh inning and the Texas Rangers rallied to beat the Boston Red Sox 7-4 on Tuesday night.

Garcia, who left Cuba in 2017 and is from Ciego de Avila, drove a 2-1 slider into the left-field seats. Red Sox starter Brayan Bello, from San Cristobal in the Dominican Republic, allowed two runs in six innings.

Japanese outfielder Masataka Yoshida, a native of Fukui, had three hits for Boston. Rangers right-hander Nathan Eovaldi, who grew up in Alvin, south of Houston, struck out eight.

The Rangers, who drew 38,000 to Globe Life Field, head to Kansas City for three games against the Royals. The Red Sox return to Fenway Park for a series against the Seattle Mariners.""", [
    ("ARLINGTON", "US", T, (32.74, -97.11)),
    ("Texas", "US", A),
    ("Texas Rangers", "-", N),
    ("Boston Red Sox", "-", N),
    ("Cuba", "CU", C),
    ("Ciego de Avila", "CU", T),
    ("San Cristobal", "DO", T, (18.42, -70.11)),
    ("Dominican Republic", "DO", C),
    ("Japanese", "JP", Q),
    ("Fukui", "JP", T),
    ("Boston", "-", N),
    ("Alvin", "US", T, (29.42, -95.24)),
    ("Houston", "US", T, (29.76, -95.37)),
    ("Kansas City", "US", T, (39.10, -94.58)),
    ("Fenway Park", "-", N),
    ("Seattle Mariners", "-", N),
])

add("b", """Sinner outlasts Alcaraz to retain Australian Open title

MELBOURNE (Reuters) - Jannik Sinner beat Carlos Alcaraz 6-4 3-6 7-6(5) 6-3 at Melbourne Park on Sunday to retain his Australian Open title and extend his lead at the top of the world rankings.

The Italian, who grew up in Sesto in the Puster Valley of South Tyrol, close to the Austrian border, saved three break points in the final set. Alcaraz, from El Palmar on the outskirts of Murcia, said the heat had drained him.

In the women's final on Saturday, Aryna Sabalenka of Belarus beat Kazakhstan's Elena Rybakina, the Moscow-born former Wimbledon champion, in three sets.

The tour now heads to the Middle East for tournaments in Doha and Dubai before the Sunshine Double in Indian Wells, California, and Miami.""", [
    ("Australian Open", "AU", Q),
    ("MELBOURNE", "AU", T, MEL),
    ("Melbourne Park", "-", N),
    ("Italian", "IT", Q),
    ("Sesto", "IT", T, (46.70, 12.35)),
    ("Puster Valley", "IT", N),
    ("South Tyrol", "IT", A),
    ("Austrian", "AT", Q),
    ("El Palmar", "ES", T, (37.94, -1.16)),
    ("Murcia", "ES", T, (37.99, -1.13)),
    ("Belarus", "BY", C),
    ("Kazakhstan", "KZ", C),
    ("Moscow", "RU", T),
    ("Wimbledon", "GB", Q),
    ("Middle East", "*", N),
    ("Doha", "QA", T),
    ("Dubai", "AE", T),
    ("Indian Wells", "US", T),
    ("California", "US", A),
    ("Miami", "US", T, (25.77, -80.19)),
])

add("b", """Norris wins Singapore Grand Prix as title race tightens

SINGAPORE (Reuters) - Lando Norris won the Singapore Grand Prix for McLaren on Sunday, leading from pole position to the chequered flag under the lights of the Marina Bay street circuit to cut Max Verstappen's championship lead to 52 points.

Norris, from Bristol in the west of England, finished 20 seconds clear. Verstappen, born in Hasselt, Belgium, to a Dutch father and a Belgian mother, was second for Red Bull, while Fernando Alonso's Aston Martin took a rare point for the Spaniard from Oviedo.

Last weekend's race in Azerbaijan's capital Baku was won by Oscar Piastri. After a three-week break the championship heads to Austin, Texas, for the United States Grand Prix at the Circuit of the Americas, then to Mexico City and Sao Paulo before the finale in Abu Dhabi on Dec. 7.""", [
    ("Singapore Grand Prix", "SG", Q),
    ("SINGAPORE", "SG", N),
    ("Marina Bay", "SG", N),
    ("Bristol", "GB", T, (51.45, -2.59)),
    ("England", "GB", A),
    ("Hasselt", "BE", T),
    ("Belgium", "BE", C),
    ("Dutch", "NL", Q),
    ("Belgian", "BE", Q),
    ("Aston Martin", "-", N),
    ("Spaniard", "ES", Q),
    ("Oviedo", "ES", T),
    ("Azerbaijan", "AZ", C),
    ("Baku", "AZ", T),
    ("Austin", "US", T, (30.27, -97.74)),
    ("Texas", "US", A),
    ("United States Grand Prix", "US", Q),
    ("Circuit of the Americas", "-", N),
    ("Mexico City", "MX", T),
    ("Sao Paulo", "BR", T, (-23.55, -46.63)),
    ("Abu Dhabi", "AE", T),
])

add("b", """Kipyegon breaks own 1,500m world record in Eugene

EUGENE, Ore. (AP) - Kenya's Faith Kipyegon broke her own world record in the women's 1,500 meters on Saturday, running 3:48.68 at Hayward Field in the Prefontaine Classic.

Kipyegon, who grew up on a farm in Bomet County and trains with a large group in the high-altitude town of Iten, in Kenya's Rift Valley, finished almost three seconds ahead of Ethiopia's Diribe Welteji.

Norway's Jakob Ingebrigtsen, from Sandnes on the country's west coast, won the Bowerman Mile, and Jamaica's Shericka Jackson took the 200 meters. Sweden's Mondo Duplantis, who was raised in Lafayette, Louisiana, cleared 6.15 meters in the pole vault.

The Diamond League moves on to Stockholm and Paris before its final in Zurich in August. The world championships are in Tokyo in September.""", [
    ("Eugene", "US", T, (44.05, -123.09)),
    ("EUGENE", "US", T, (44.05, -123.09)),
    ("Ore.", "US", A),
    ("Kenya", "KE", C),
    ("Hayward Field", "-", N),
    ("Bomet County", "KE", A),
    ("Iten", "KE", T),
    ("Rift Valley", "KE", N),
    ("Ethiopia", "ET", C),
    ("Norway", "NO", C),
    ("Sandnes", "NO", T),
    ("Jamaica", "JM", C),
    ("Sweden", "SE", C),
    ("Lafayette", "US", T, (30.22, -92.02)),
    ("Louisiana", "US", A),
    ("Stockholm", "SE", T),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Zurich", "CH", T),
    ("Tokyo", "JP", T),
])

add("b", """Ireland hold off Wales in Dublin to keep Grand Slam hopes alive

DUBLIN (BBC Sport) - Ireland kept alive their hopes of a Six Nations Grand Slam with a 27-18 win over Wales at the Aviva Stadium on Saturday.

Leinster fly-half Sam Prendergast, who grew up in County Kildare, kicked 17 points, and Munster wing Calvin Nash, a Limerick native, scored the first try. Wales, for whom Cardiff-born scrum-half Tomos Williams was outstanding, led 13-10 at half-time.

Ireland travel to Rome to face Italy next, while Wales host Scotland in Cardiff. In the late game, France beat England 31-17 in Paris, with Toulouse scrum-half Antoine Dupont scoring twice.

Ireland head coach Andy Farrell, who comes from Wigan in Lancashire, said his side had "found a way" on a difficult afternoon.""", [
    ("Ireland", "IE|GB", Q),
    ("Wales", "GB", Q),
    ("Dublin", "IE", T),
    ("DUBLIN", "IE", T),
    ("Aviva Stadium", "-", N),
    ("Leinster", "-", N),
    ("County Kildare", "IE", A),
    ("Munster", "-", N),
    ("Limerick", "IE", T),
    ("Cardiff", "GB", T),
    ("Rome", "IT", T),
    ("Italy", "IT", Q),
    ("Scotland", "GB", Q),
    ("France", "FR", Q),
    ("England", "GB", Q),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Toulouse", "-", N),
    ("Wigan", "GB", T),
    ("Lancashire", "GB", A),
])

add("b", """Root century puts England in command at Headingley

LEEDS, England (Reuters) - Joe Root made an unbeaten 142 to put England in command of the third Ashes Test against Australia at Headingley on Friday, as the home side closed the second day on 378 for five, a lead of 141.

Root, the Sheffield-born Yorkshire batter playing at his home ground, passed 13,000 Test runs with a cover drive off Pat Cummins, who was raised in Glenbrook in the Blue Mountains west of Sydney.

Australia, who won the opening Tests at Edgbaston in Birmingham and at Lord's in London, had been bowled out for 237 after Mark Wood, from Ashington in Northumberland, took five wickets.

The fourth Test starts at Old Trafford in Manchester on July 23, and the series ends at The Oval.""", [
    ("England#2", "GB", A),
    ("England#1,3", "GB", Q),
    ("Headingley", "GB", Q),
    ("LEEDS", "GB", T),
    ("Australia", "AU", Q),
    ("Sheffield", "GB", T, (53.38, -1.47)),
    ("Yorkshire", "GB", Q),
    ("Glenbrook", "AU", T, (-33.77, 150.62)),
    ("Blue Mountains", "AU", N, (-33.7, 150.3)),
    ("Sydney", "AU", T, SYD),
    ("Edgbaston", "GB", Q),
    ("Birmingham", "GB", T, BHAM),
    ("Lord's", "-", N),
    ("London", "GB", T),
    ("Ashington", "GB", T),
    ("Northumberland", "GB", A),
    ("Old Trafford", "GB", Q),
    ("Manchester", "GB", T),
    ("The Oval", "-", N),
])

add("b", """Oilers force Game 7 as McDavid scores twice

EDMONTON (CBC Sports) - Connor McDavid scored twice and added an assist as the Edmonton Oilers beat the Florida Panthers 5-1 on Friday to force a seventh game in the Stanley Cup final.

McDavid, who grew up in Richmond Hill, Ont., opened the scoring on a power play. Leon Draisaitl, the German centre from Cologne, and Zach Hyman, a Toronto native, also scored as fans packed the streets of downtown Edmonton.

The Panthers, who play in Sunrise, near Fort Lauderdale, will host Game 7 in Florida on Monday. Alberta Premier Danielle Smith said watch parties would be held in Calgary and Red Deer as well.

No Canadian team has won the Stanley Cup since the Montreal Canadiens in 1993, a drought felt by fans across Canada.""", [
    ("EDMONTON", "CA", T),
    ("Edmonton Oilers", "-", N),
    ("Florida Panthers", "-", N),
    ("Richmond Hill", "CA", T, (43.87, -79.44)),
    ("Ont.", "CA", A),
    ("German", "DE", Q),
    ("Cologne", "DE", T),
    ("Toronto", "CA", T),
    ("Edmonton", "CA", T),
    ("Sunrise", "US", T, (26.13, -80.11)),
    ("Fort Lauderdale", "US", T),
    ("Florida", "US", A),
    ("Alberta", "CA", A),
    ("Calgary", "CA", T),
    ("Red Deer", "CA", T),
    ("Canadian", "CA", Q),
    ("Montreal Canadiens", "-", N),
    ("Stanley Cup", "-", N),
    ("Canada", "CA", C),
])

add("b", """Hosts Ivory Coast stun Nigeria to win Africa Cup of Nations

ABIDJAN (AFP) - Hosts Ivory Coast came from behind to beat Nigeria 2-1 in the Africa Cup of Nations final on Sunday, sparking celebrations from Abidjan to Bouake and the capital Yamoussoukro.

Sebastien Haller, born in Ris-Orangis south of Paris and back playing after treatment for cancer, scored the winner at the Alassane Ouattara Stadium in Ebimpe, 20 km north of Abidjan.

Nigeria, led by Napoli striker Victor Osimhen, a Lagos native, had taken the lead through captain William Troost-Ekong. Fans who had gathered in Lagos and Abuja to watch on big screens went home in silence.

Morocco will host the next edition, with matches in Rabat, Casablanca, Marrakech, Tangier, Fez and Agadir.""", [
    ("Ivory Coast", "CI", Q),
    ("Nigeria", "NG", Q),
    ("Africa Cup of Nations", "*", Q),
    ("ABIDJAN", "CI", T),
    ("Abidjan", "CI", T),
    ("Bouake", "CI", T),
    ("Yamoussoukro", "CI", T),
    ("Ris-Orangis", "FR", T),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Alassane Ouattara Stadium", "-", N),
    ("Ebimpe", "CI", T, (5.48, -4.07)),
    ("Napoli", "-", N),
    ("Lagos", "NG", T, (6.45, 3.39)),
    ("Abuja", "NG", T),
    ("Morocco", "MA", C),
    ("Rabat", "MA", T),
    ("Casablanca", "MA", T),
    ("Marrakech", "MA", T),
    ("Tangier", "MA", T),
    ("Fez", "MA", T),
    ("Agadir", "MA", T),
])

add("b", """Pogacar seizes yellow with solo win on the Tourmalet

PAU, France (AFP) - Tadej Pogacar tightened his grip on the Tour de France on Saturday, attacking 4 km from the top of the Col du Tourmalet to win the first big mountain stage in the Pyrenees and take the yellow jersey.

The Slovenian, who grew up in Komenda, a village north of Ljubljana, crossed the line 48 seconds ahead of Denmark's Jonas Vingegaard, the two-time champion from Hillerod. Belgium's Remco Evenepoel was third.

The 152-km stage started in Pau and crossed the Col d'Aspin before the final climb. Sunday's stage runs from Tarbes into Spain, finishing in the Basque city of San Sebastian, before the first rest day in Toulouse.

The race reaches the Alps next week with summit finishes above Grenoble and at Alpe d'Huez, and ends on the Champs-Elysees in Paris on July 27.""", [
    ("Tourmalet", "FR", N),
    ("Col du Tourmalet", "FR", N),
    ("PAU", "FR", T, (43.30, -0.37)),
    ("Pau", "FR", T, (43.30, -0.37)),
    ("France", "FR", C),
    ("Tour de France", "FR", Q),
    ("Pyrenees", "*", N),
    ("Slovenian", "SI", Q),
    ("Komenda", "SI", T),
    ("Ljubljana", "SI", T),
    ("Denmark", "DK", C),
    ("Hillerod", "DK", T),
    ("Belgium", "BE", C),
    ("Col d'Aspin", "FR", N),
    ("Tarbes", "FR", T),
    ("Spain", "ES", C),
    ("Basque", "ES", Q),
    ("San Sebastian", "ES", T, (43.32, -1.98)),
    ("Toulouse", "FR", T),
    ("Alps", "*", N),
    ("Grenoble", "FR", T),
    ("Alpe d'Huez", "FR", N),
    ("Champs-Elysees", "FR", Q),
    ("Paris", "FR", T, (48.86, 2.35)),
])

add("b", """Messi scores twice as Inter Miami beat Timbers in Portland

PORTLAND, Ore. (AP) - Lionel Messi scored twice and set up another goal as Inter Miami beat the Portland Timbers 3-1 on Saturday night in front of a sellout crowd of 25,218 at Providence Park.

Messi, who grew up in Rosario, Argentina, before moving to Barcelona as a teenager, curled in a free kick in the 28th minute. Luis Suarez, from Salto in northern Uruguay, added the third.

The Timbers' goal came from Colombian midfielder Santiago Moreno, who is from Cali.

Inter Miami, who play their home games in Fort Lauderdale while their new stadium near Miami International Airport is being built, travel to Seattle on Wednesday. Some fans drove from as far as Boise, Idaho, and Spokane, Washington, to see Messi play in Oregon for the first time.""", [
    ("Inter Miami", "-", N),
    ("Portland Timbers", "-", N),
    ("Portland", "US", T, (45.52, -122.68)),
    ("PORTLAND", "US", T, (45.52, -122.68)),
    ("Ore.", "US", A),
    ("Providence Park", "-", N),
    ("Rosario", "AR", T, (-32.95, -60.64)),
    ("Argentina", "AR", C),
    ("Barcelona", "ES", T, (41.39, 2.17)),
    ("Salto", "UY", T, (-31.38, -57.96)),
    ("Uruguay", "UY", C),
    ("Colombian", "CO", Q),
    ("Santiago Moreno", "-", N),
    ("Cali", "CO", T),
    ("Fort Lauderdale", "US", T),
    ("Miami International Airport", "-", N),
    ("Seattle", "US", T),
    ("Boise", "US", T),
    ("Idaho", "US", A),
    ("Spokane", "US", T),
    ("Washington", "US", A, "US.WA"),
    ("Oregon", "US", A),
])

# ---------------------------------------------------------------- c: science, health, weather
add("c", """Hurricane Beryl makes landfall in Texas, knocking out power to 2 million

MATAGORDA, Texas (AP) - Hurricane Beryl slammed into the Texas coast near Matagorda early Monday as a Category 1 storm, knocking out power to more than 2 million homes and businesses in the Houston area and flooding streets from Galveston to Freeport.

Beryl had earlier carved a path of destruction across the Caribbean, becoming the earliest Category 5 hurricane on record as it flattened homes on Carriacou, part of Grenada, and on Union Island in St. Vincent and the Grenadines. In Jamaica, it tore roofs off buildings in Kingston and wrecked farms in the southern parish of St. Elizabeth, before crossing Mexico's Yucatan Peninsula near Tulum.

Forecasters at the National Hurricane Center in Miami said the storm would weaken as it moved over Arkansas and into the Ohio Valley, bringing heavy rain and the risk of tornadoes.""", [
    ("Texas", "US", A),
    ("MATAGORDA", "US", T, (28.69, -95.97)),
    ("Matagorda", "US", T, (28.69, -95.97)),
    ("Houston", "US", T, (29.76, -95.37)),
    ("Galveston", "US", T),
    ("Freeport", "US", T, (28.95, -95.36)),
    ("Caribbean", "*", N),
    ("Carriacou", "GD", N),
    ("Grenada", "GD", C),
    ("Union Island", "VC", N),
    ("St. Vincent and the Grenadines", "VC", C),
    ("Jamaica", "JM", C),
    ("Kingston", "JM", T, (18.00, -76.79)),
    ("St. Elizabeth", "JM", A),
    ("Mexico", "MX", C),
    ("Yucatan Peninsula", "MX", N),
    ("Tulum", "MX", T),
    ("Miami", "US", T, (25.77, -80.19)),
    ("Arkansas", "US", A),
    ("Ohio Valley", "US", N),
])

add("c", """Delhi swelters at 49.9C as heatwave tightens grip on north India

NEW DELHI: The capital recorded its hottest day of the year on Tuesday, with the Mungeshpur weather station in northwest Delhi logging 49.9C, as a severe heatwave scorched large parts of north and central India.

Churu in Rajasthan was the hottest place in the country at 50.5C, while Phalodi touched 49.8C. Banda in Uttar Pradesh and Nagpur in Maharashtra both crossed 47C, and hospitals in Bihar reported several deaths from heatstroke.

The India Meteorological Department said relief was some days away. The southwest monsoon is expected to reach the Kerala coast on Thursday, but it will take weeks to advance north. In the northeast, Assam is still reeling from floods brought by a cyclone that crossed the coast of Bangladesh and West Bengal from the Bay of Bengal last week.""", [
    ("Delhi", "IN", T),
    ("NEW DELHI", "IN", T),
    ("India", "IN", C),
    ("Mungeshpur", "IN", T, (28.81, 77.05)),
    ("Churu", "IN", T),
    ("Rajasthan", "IN", A),
    ("Phalodi", "IN", T),
    ("Banda", "IN", T, (25.48, 80.33)),
    ("Uttar Pradesh", "IN", A),
    ("Nagpur", "IN", T),
    ("Maharashtra", "IN", A),
    ("Bihar", "IN", A),
    ("India Meteorological Department", "IN", Q),
    ("Kerala", "IN", A),
    ("Assam", "IN", A),
    ("Bangladesh", "BD", C),
    ("West Bengal", "IN", A),
    ("Bay of Bengal", "*", N),
])

add("c", """Magnitude 6.0 quake rattles Japan's Noto Peninsula, months after deadly tremor

TOKYO (Reuters) - A magnitude 6.0 earthquake struck off the Noto Peninsula in Ishikawa prefecture on Monday, shaking the cities of Wajima and Suzu, which are still rebuilding after the New Year's Day quake that killed more than 500 people.

The Japan Meteorological Agency said there was no danger of a tsunami along the Sea of Japan coast. Bullet train services between Kanazawa and Tokyo were briefly halted, and buildings swayed in neighbouring Toyama and Niigata prefectures.

Hokuriku Electric Power said no abnormalities had been found at the idled Shika nuclear plant. Several landslides blocked roads on the northern tip of the Noto Peninsula, cutting off about 300 residents, local officials said, and Self-Defense Forces helicopters were sent from Kanazawa.""", [
    ("Japan", "JP", C),
    ("Noto Peninsula", "JP", N),
    ("TOKYO", "JP", T),
    ("Ishikawa", "JP", A),
    ("Wajima", "JP", T),
    ("Suzu", "JP", T),
    ("Japan Meteorological Agency", "JP", Q),
    ("Sea of Japan", "*", N),
    ("Kanazawa", "JP", T),
    ("Tokyo", "JP", T),
    ("Toyama", "JP", A),
    ("Niigata", "JP", A),
    ("Hokuriku Electric Power", "JP", Q),
    ("Shika", "JP", Q),
])

add("c", """Swiss glaciers lose 4% of their volume in a single year

ZURICH (DW) - Switzerland's glaciers lost 4% of their remaining ice this year, the second-largest annual loss on record, the monitoring network Glacier Monitoring Switzerland said on Tuesday.

The Great Aletsch Glacier in the canton of Valais, the largest in the Alps, retreated by more than 50 metres, while the Rhone Glacier, the source of the river Rhone that flows through Lake Geneva to the Mediterranean, thinned sharply. In Graubünden, the Morteratsch Glacier above Pontresina is now retreating by about 30 metres a year.

Scientists said a snow-poor winter and summer heatwaves were to blame. In May, a collapse of the Birch Glacier buried most of the village of Blatten in the Lötschental valley. Glaciers near Zermatt, beneath the Matterhorn, are also shrinking, as is Austria's largest, the Pasterze, below the Grossglockner.""", [
    ("Swiss", "CH", Q),
    ("ZURICH", "CH", T),
    ("Switzerland", "CH", C),
    ("Glacier Monitoring Switzerland", "CH", Q),
    ("Great Aletsch Glacier", "CH", N),
    ("Valais", "CH", A),
    ("Alps", "*", N),
    ("Rhone Glacier", "CH", N),
    ("Rhone", "*", N),
    ("Lake Geneva", "CH|FR", N),
    ("Mediterranean", "*", N),
    ("Graubünden", "CH", A),
    ("Morteratsch Glacier", "CH", N),
    ("Pontresina", "CH", T),
    ("Birch Glacier", "CH", N),
    ("Blatten", "CH", T, (46.42, 7.82)),
    ("Lötschental", "CH", N),
    ("Zermatt", "CH", T),
    ("Matterhorn", "CH|IT", N),
    ("Austria", "AT", C),
    ("Pasterze", "AT", N),
    ("Grossglockner", "AT", N),
])

add("c", """West Nile cases climb in Arizona as Lyme disease spreads north

(CNN) - Arizona has reported 112 cases of West Nile virus so far this year, most of them in Maricopa County, which includes Phoenix, health officials said Thursday, as a wet monsoon season left standing water for mosquitoes to breed.

Colorado's Weld County and Dallas County in Texas have also issued warnings. The virus, first identified in 1937 in the West Nile district of Uganda, arrived in the United States in New York in 1999.

Meanwhile, cases of Lyme disease, carried by ticks, are rising in northern New England and in Canada. The illness is named after the town of Lyme, Connecticut, and neighboring Old Lyme, where a cluster of arthritis cases among children was investigated in the 1970s. Maine and Vermont now have some of the highest rates in the country, and Canadian officials say the ticks have spread into Nova Scotia and southern Ontario as winters warm.""", [
    ("West Nile#1", "-", N),
    ("West Nile virus", "-", N),
    ("West Nile#3", "UG", N),
    ("Arizona", "US", A),
    ("Lyme disease", "-", N),
    ("Maricopa County", "US", A),
    ("Phoenix", "US", T, (33.45, -112.07)),
    ("Colorado", "US", A),
    ("Weld County", "US", A, (40.55, -104.39)),
    ("Dallas County", "US", A, (32.77, -96.78)),
    ("Texas", "US", A),
    ("Uganda", "UG", C),
    ("United States", "US", C),
    ("New York", "US", T, NYC),
    ("New England", "US", N),
    ("Canada", "CA", C),
    ("Lyme", "US", T, (41.39, -72.34)),
    ("Connecticut", "US", A),
    ("Old Lyme", "US", T, (41.32, -72.33)),
    ("Maine", "US", A),
    ("Vermont", "US", A),
    ("Canadian", "CA", Q),
    ("Nova Scotia", "CA", A),
    ("Ontario", "CA", A),
])

add("c", """WHO confirms new Ebola outbreak in Congo's Equateur province

KINSHASA (Reuters) - Health authorities in the Democratic Republic of Congo have confirmed a new Ebola outbreak in Equateur province, the World Health Organization said on Thursday, with four deaths recorded in the Bikoro and Iboko health zones.

Samples were tested in Kinshasa, and a team of epidemiologists has been sent to Mbandaka, the provincial capital on the Congo River, along with 1,000 doses of vaccine. It is the third outbreak in Equateur since 2018.

The virus takes its name from the Ebola River, near the village of Yambuku in the north of the country, where it was first identified in 1976. Neighbouring Republic of Congo and Central African Republic have stepped up screening at river crossings, WHO said from Geneva. Uganda, which contained an outbreak centred on Mubende in 2022, said it was monitoring the situation.""", [
    ("Ebola", "-", N),
    ("Congo", "CD", C),
    ("Equateur", "CD", A),
    ("KINSHASA", "CD", T),
    ("Democratic Republic of Congo", "CD", C),
    ("Bikoro", "CD", T),
    ("Iboko", "CD", T),
    ("Kinshasa", "CD", T),
    ("Mbandaka", "CD", T),
    ("Congo River", "*", N),
    ("Ebola River", "CD", N),
    ("Yambuku", "CD", T),
    ("Republic of Congo", "CG", C),
    ("Central African Republic", "CF", C),
    ("Geneva", "CH", T),
    ("Uganda", "UG", C),
    ("Mubende", "UG", T),
])

add("c", """Tasmanian devils show signs of resistance to deadly facial tumour disease

ABC News

HOBART - Tasmanian devils in the state's north-west are showing signs of genetic resistance to the contagious cancer that has wiped out most of the species, University of Tasmania researchers say.

The disease was first detected in 1996 near Mount William National Park in the north-east and spread across Tasmania. Devils trapped around Arthur River on the west coast and near Cradle Mountain carried gene variants linked to slower tumour growth.

A disease-free "insurance population" has been kept on Maria Island, off the east coast, since 2012, and captive animals are held in sanctuaries near Devonport and Launceston.

The Tasmanian devil disappeared from mainland Australia about 3,000 years ago, though conservationists released a small group at Barrington Tops in New South Wales in 2020. Researchers said the devil's isolation south of Bass Strait had helped protect the remaining wild population.""", [
    ("Tasmanian devils", "-", N),
    ("Tasmanian devil", "-", N),
    ("HOBART", "AU", T),
    ("University of Tasmania", "-", N),
    ("Mount William National Park", "AU", N),
    ("Tasmania", "AU", A),
    ("Arthur River", "AU", N, (-41.05, 144.67)),
    ("Cradle Mountain", "AU", N),
    ("Maria Island", "AU", N),
    ("Devonport", "AU", T, (-41.18, 146.35)),
    ("Launceston", "AU", T, (-41.44, 147.14)),
    ("Australia", "AU", C),
    ("Barrington Tops", "AU", N),
    ("New South Wales", "AU", A),
    ("Bass Strait", "AU", N),
])

add("c", """India's tiger count rises to 3,682; Sundarbans population holds steady

NEW DELHI: India's wild tiger population has risen to an estimated 3,682, according to the latest national census released on Saturday, with Madhya Pradesh retaining the title of "tiger state" with 785 big cats.

Karnataka, Uttarakhand and Maharashtra followed. The Corbett Tiger Reserve in Uttarakhand recorded the highest density of any reserve, while numbers in Ranthambore in Rajasthan and Kanha in Madhya Pradesh were stable.

In the Sundarbans mangrove forest, which India shares with Bangladesh, the West Bengal side held 101 tigers. Officials in Khulna said a separate count on the Bangladeshi side would be published next month.

Conservationists welcomed the figures but warned that most Bengal tigers now live outside protected areas, bringing them into conflict with villagers. Neighbouring Nepal, whose Chitwan National Park borders the Indian state of Bihar, has nearly tripled its tiger numbers since 2010.""", [
    ("India", "IN", C),
    ("Sundarbans", "IN|BD", N),
    ("NEW DELHI", "IN", T),
    ("Madhya Pradesh", "IN", A),
    ("Karnataka", "IN", A),
    ("Uttarakhand", "IN", A),
    ("Maharashtra", "IN", A),
    ("Corbett Tiger Reserve", "IN", N),
    ("Ranthambore", "IN", N),
    ("Rajasthan", "IN", A),
    ("Kanha", "IN", N),
    ("Bangladesh", "BD", C),
    ("West Bengal", "IN", A),
    ("Khulna", "BD", T),
    ("Bangladeshi", "BD", Q),
    ("Bengal tigers", "-", N),
    ("Nepal", "NP", C),
    ("Chitwan National Park", "NP", N),
    ("Indian", "IN", Q),
    ("Bihar", "IN", A),
])

add("c", """SpaceX launches European weather satellite from Florida

CAPE CANAVERAL, Fla. (AP) - A SpaceX Falcon 9 rocket lifted off from Cape Canaveral Space Force Station on Tuesday evening carrying a European weather satellite that would normally have flown on an Ariane rocket from Kourou, French Guiana.

The satellite belongs to EUMETSAT, which is based in Darmstadt, Germany. The rocket's first-stage booster landed on a drone ship in the Atlantic about eight minutes after launch.

SpaceX is meanwhile preparing another test flight of its giant Starship rocket from Starbase, its launch site at Boca Chica, near Brownsville, Texas. Engineers in Houston are monitoring two astronauts aboard the International Space Station, who arrived on a Soyuz capsule launched from Baikonur in Kazakhstan.

China plans to launch its next lunar mission from the Wenchang spaceport on Hainan island later this year.""", [
    ("European", "*", Q),
    ("Florida", "US", A),
    ("CAPE CANAVERAL", "US", T),
    ("Fla.", "US", A),
    ("Cape Canaveral Space Force Station", "US", Q),
    ("Kourou", "GF|FR", T),
    ("French Guiana", "GF|FR", N),
    ("Darmstadt", "DE", T),
    ("Germany", "DE", C),
    ("Atlantic", "*", N),
    ("Starbase", "US", N, (25.99, -97.16)),
    ("Boca Chica", "US", N, (25.99, -97.18)),
    ("Brownsville", "US", T, (25.90, -97.50)),
    ("Texas", "US", A),
    ("Houston", "US", T, (29.76, -95.37)),
    ("Baikonur", "KZ", T),
    ("Kazakhstan", "KZ", C),
    ("China", "CN", C),
    ("Wenchang", "CN", T),
    ("Hainan", "CN", N),
])

add("c", """Antarctic research ship reaches Rothera after record low sea ice

CAMBRIDGE, England (BBC News) - The polar ship RRS Sir David Attenborough has reached Rothera Research Station on Adelaide Island, off the Antarctic Peninsula, to begin the summer science season, the British Antarctic Survey said.

The ship sailed from Harwich in October and called at Punta Arenas, in Chile, and at Stanley in the Falkland Islands. Its crew found unusually little sea ice in the Bellingshausen Sea, continuing a run of record lows around Antarctica.

Scientists at Rothera will support fieldwork on Thwaites Glacier in West Antarctica, whose collapse could raise global sea levels. Teams from the US McMurdo Station on Ross Island will join them.

A second team will return to the Halley VI station on the Brunt Ice Shelf, on the edge of the Weddell Sea, the survey said from its headquarters in Cambridge.""", [
    ("Antarctic", "*", N),
    ("Rothera", "AQ", N),
    ("Rothera Research Station", "AQ", N),
    ("CAMBRIDGE", "GB", T, (52.21, 0.12)),
    ("England", "GB", A),
    ("Adelaide Island", "AQ", N),
    ("Antarctic Peninsula", "AQ", N),
    ("British Antarctic Survey", "GB|AQ|*", Q),
    ("Harwich", "GB", T),
    ("Punta Arenas", "CL", T),
    ("Chile", "CL", C),
    ("Stanley", "FK", T, (-51.69, -57.86)),
    ("Falkland Islands", "FK", N),
    ("Bellingshausen Sea", "*", N),
    ("Antarctica", "AQ", N),
    ("Thwaites Glacier", "AQ", N),
    ("West Antarctica", "AQ", N),
    ("US", "US", C),
    ("McMurdo Station", "AQ", N),
    ("Ross Island", "AQ", N),
    ("Halley VI", "AQ", Q),
    ("Brunt Ice Shelf", "AQ", N),
    ("Weddell Sea", "*", N),
    ("Cambridge", "GB", T, (52.21, 0.12)),
])

add("c", """Floods in southern Brazil kill 80 as Guaiba bursts its banks

PORTO ALEGRE, Brazil (Reuters) - Record floods in the southern Brazilian state of Rio Grande do Sul have killed at least 80 people and forced more than 150,000 from their homes, officials said on Sunday, as the Guaiba overflowed into downtown Porto Alegre.

Towns in the Taquari River valley, including Lajeado, Estrela and Roca Sales, were among the worst hit, and rescuers in boats were still searching for residents trapped on rooftops in Canoas, north of the state capital. Porto Alegre's airport has suspended all flights.

President Luiz Inacio Lula da Silva flew in from Brasilia for the second time in a week and promised federal aid. Heavy rain is forecast to move north into Santa Catarina, while authorities in Santa Maria warned of landslides. Across the border, towns along the Uruguay River in Uruguay and Argentina are also on alert.""", [
    ("Brazil", "BR", C),
    ("Guaiba", "BR", N),
    ("PORTO ALEGRE", "BR", T),
    ("Brazilian", "BR", Q),
    ("Rio Grande do Sul", "BR", A),
    ("Porto Alegre", "BR", T),
    ("Taquari River", "BR", N),
    ("Lajeado", "BR", T, (-29.47, -51.96)),
    ("Estrela", "BR", T, (-29.50, -51.96)),
    ("Roca Sales", "BR", T),
    ("Canoas", "BR", T, (-29.92, -51.18)),
    ("Brasilia", "BR", T),
    ("Santa Catarina", "BR", A),
    ("Santa Maria", "BR", T, (-29.68, -53.81)),
    ("Uruguay River", "*", N),
    ("Uruguay", "UY", C),
    ("Argentina", "AR", C),
])

add("c", """TSMC's Arizona plant begins mass production as Japan, Germany sites ramp up

TAIPEI (Reuters) - Taiwan Semiconductor Manufacturing Co said on Wednesday its first factory in Arizona had begun volume production of advanced chips, a milestone for Washington's push to bring chipmaking back to the United States.

The Hsinchu-based company is building three fabs in north Phoenix. Its first plant in Japan, in Kumamoto on the island of Kyushu, opened last year, and construction is under way at a factory in Dresden, in the eastern German state of Saxony.

Rival projects have stumbled. Intel has put its planned plant in Magdeburg on hold and delayed its Ohio site, while Samsung has pushed back production at its new fab in Taylor, Texas. Customers in Silicon Valley, including Apple in Cupertino and Nvidia in Santa Clara, California, have said they will buy chips made in the United States.

Beijing, which claims Taiwan as its own territory, has criticised the expansion.""", [
    ("Arizona", "US", A),
    ("Japan", "JP", C),
    ("Germany", "DE", C),
    ("TAIPEI", "TW", T),
    ("Taiwan Semiconductor Manufacturing Co", "-", N),
    ("Washington", "US", T, WASH),
    ("United States", "US", C),
    ("Hsinchu", "TW", T),
    ("Phoenix", "US", T, (33.45, -112.07)),
    ("Kumamoto", "JP", T),
    ("Kyushu", "JP", N),
    ("Dresden", "DE", T, (51.05, 13.74)),
    ("German", "DE", Q),
    ("Saxony", "DE", A),
    ("Magdeburg", "DE", T),
    ("Ohio", "US", A),
    ("Taylor", "US", T, (30.57, -97.41)),
    ("Texas", "US", A),
    ("Silicon Valley", "US", N),
    ("Cupertino", "US", T),
    ("Santa Clara", "US", T, (37.35, -121.96)),
    ("California", "US", A),
    ("Beijing", "CN", T),
    ("Taiwan", "TW", C),
])

add("c", """Rwanda declares end of Marburg outbreak after 42 days without cases

KIGALI (Reuters) - Rwanda declared its first outbreak of Marburg virus disease over on Friday, 42 days after the last patient tested negative, ending an epidemic that infected 66 people and killed 15, most of them health workers at two hospitals in Kigali.

The World Health Organization praised Rwanda's response, which included vaccine trials within ten days of the first case. Neighbouring Tanzania, which had a Marburg outbreak in its Kagera region around Bukoba in 2023, and Uganda, Burundi and the Democratic Republic of Congo had stepped up border screening.

The virus, a cousin of Ebola, is named after the German city of Marburg, where it was first identified in 1967 among laboratory workers who had handled monkeys imported from Uganda. Cases also occurred at the same time in Frankfurt and in Belgrade, then part of Yugoslavia.""", [
    ("Rwanda", "RW", C),
    ("Marburg#1,3", "-", N),
    ("Marburg virus disease", "-", N),
    ("Marburg#4", "DE", T, (50.81, 8.77)),
    ("KIGALI", "RW", T),
    ("Kigali", "RW", T),
    ("Tanzania", "TZ", C),
    ("Kagera", "TZ", A),
    ("Bukoba", "TZ", T),
    ("Uganda", "UG", C),
    ("Burundi", "BI", C),
    ("Democratic Republic of Congo", "CD", C),
    ("Ebola", "-", N),
    ("German", "DE", Q),
    ("Frankfurt", "DE", T, FRA),
    ("Belgrade", "RS", T),
    ("Yugoslavia", "*", Q),
])

add("c", """Wildfire forces evacuation of Jasper as flames approach townsite

JASPER, Alta. (CBC News) - Parks Canada ordered all 4,700 residents of Jasper and about 20,000 visitors to Jasper National Park to leave on Monday night as a fast-moving wildfire approached the townsite.

With Highway 16 east toward Hinton jammed, some evacuees were sent west into British Columbia, to Valemount, and later rerouted to reception centres in Grande Prairie and Edmonton. The fire had already crossed the Athabasca River and forced the closure of the road to Maligne Lake.

Alberta Premier Danielle Smith said the province had asked Ottawa for military help. Smoke from the fire drifted as far as Saskatchewan, and air quality warnings were issued in Calgary.

It is the largest evacuation in Alberta since 2016, when 88,000 people fled Fort McMurray. Last summer, the whole city of Yellowknife, in the Northwest Territories, was emptied because of wildfires.""", [
    ("Jasper", "CA", T, (52.87, -118.08)),
    ("JASPER", "CA", T, (52.87, -118.08)),
    ("Alta.", "CA", A),
    ("Parks Canada", "CA", Q),
    ("Jasper National Park", "CA", N),
    ("Highway 16", "CA", Q),
    ("Hinton", "CA", T, (53.40, -117.58)),
    ("British Columbia", "CA", A),
    ("Valemount", "CA", T),
    ("Grande Prairie", "CA", T),
    ("Edmonton", "CA", T),
    ("Athabasca River", "CA", N),
    ("Maligne Lake", "CA", N),
    ("Alberta", "CA", A),
    ("Ottawa", "CA", T),
    ("Saskatchewan", "CA", A),
    ("Calgary", "CA", T),
    ("Fort McMurray", "CA", T),
    ("Yellowknife", "CA", T),
    ("Northwest Territories", "CA", A),
])

add("c", """Storm Bram: Amber wind warnings as gusts of 90mph forecast

BBC News

The Met Office has issued amber wind warnings for much of Wales and south-west England, with gusts of up to 90mph expected on exposed coasts of Cornwall and Pembrokeshire on Saturday.

Ferries to the Isles of Scilly from Penzance have been cancelled, and Transport for Wales said there would be no trains between Cardiff and Swansea after midday. Waves are forecast to batter the seafront at Aberystwyth.

Heavy rain is also expected to push up levels on the River Severn, with flood barriers already in place in Shrewsbury and Bewdley.

A yellow warning covers Northern Ireland, where Belfast City Airport expects disruption, and much of the Scottish Highlands. Forecasters said the storm would move out across the Irish Sea and into the North Sea by Monday.""", [
    ("Bram", "-", N),
    ("Wales", "GB", A),
    ("Transport for Wales", "GB", Q),
    ("England", "GB", A),
    ("Cornwall", "GB", A),
    ("Pembrokeshire", "GB", A),
    ("Isles of Scilly", "GB", N),
    ("Penzance", "GB", T),
    ("Cardiff", "GB", T),
    ("Swansea", "GB", T),
    ("Aberystwyth", "GB", T),
    ("River Severn", "GB", N),
    ("Shrewsbury", "GB", T),
    ("Bewdley", "GB", T),
    ("Northern Ireland", "GB", A),
    ("Belfast City Airport", "-", N),
    ("Scottish", "GB", Q),
    ("Highlands", "GB", N),
    ("Irish Sea", "*", N),
    ("North Sea", "*", N),
])

# ---------------------------------------------------------------- d: politics, courts, culture, travel
add("d", """Cannes: Korean thriller wins Palme d'Or as 'Paris, Texas' restoration draws crowds

CANNES, France (AFP) - South Korean director Kim Jae-won's thriller "The Harbour" won the Palme d'Or at the Cannes Film Festival on Saturday, the first top prize for a film from Busan, the port city where it is set.

The jury, led by an actress from Mexico City, also gave prizes to films from Iran and Brazil, while the best actress award went to a Nigerian newcomer from Lagos.

Wim Wenders, born in Dusseldorf, drew a standing ovation on the Croisette for a 4K restoration of "Paris, Texas", his 1984 road movie shot in the deserts of west Texas around Terlingua and Marathon. A new print of "Casablanca" screened on the beach the same night.

Several of this year's winners are expected at the Venice Film Festival in September, before their North American premieres in Toronto.""", [
    ("Cannes", "FR", T),
    ("Korean", "KR", Q),
    ("Paris, Texas", "-", N),
    ("CANNES", "FR", T),
    ("France", "FR", C),
    ("South Korean", "KR", Q),
    ("Cannes Film Festival", "FR", Q),
    ("Busan", "KR", T),
    ("Mexico City", "MX", T),
    ("Iran", "IR", C),
    ("Brazil", "BR", C),
    ("Nigerian", "NG", Q),
    ("Lagos", "NG", T, (6.45, 3.39)),
    ("Dusseldorf", "DE", T),
    ("Croisette", "FR", Q),
    ("Texas", "US", A),
    ("Terlingua", "US", T),
    ("Marathon", "US", T, (30.21, -103.24)),
    ("Casablanca", "-", N),
    ("Venice Film Festival", "IT", Q),
    ("North American", "*", Q),
    ("Toronto", "CA", T),
])

add("d", """Belfast comic wins top Edinburgh Fringe comedy award

EDINBURGH (BBC News) - A comedian from Belfast has won the Edinburgh Comedy Award, the most coveted prize at the Edinburgh Festival Fringe, for a show about growing up off the Falls Road in west Belfast in the years after the Troubles.

Aoife Kearney, 31, beat acts from Australia, Canada and South Africa to the award. She performed her hour nightly in a converted church just off the Royal Mile.

Fringe organisers said 2.6 million tickets had been sold this year, though performers complained that rents in Edinburgh and nearby Leith had soared, and some stayed as far away as Glasgow and Dundee.

Kearney will take the show to the Soho Theatre in London in the autumn and to the Melbourne International Comedy Festival next year. Elsewhere in the city, a touring production of the musical "Chicago" opened at the Festival Theatre.""", [
    ("Belfast", "GB", T),
    ("Edinburgh Fringe", "GB", Q),
    ("EDINBURGH", "GB", T),
    ("Edinburgh Comedy Award", "GB", Q),
    ("Edinburgh Festival Fringe", "GB", Q),
    ("Falls Road", "GB", Q),
    ("Australia", "AU", C),
    ("Canada", "CA", C),
    ("South Africa", "ZA", C),
    ("Royal Mile", "GB", Q),
    ("Edinburgh", "GB", T),
    ("Leith", "GB", T),
    ("Glasgow", "GB", T),
    ("Dundee", "GB", T),
    ("Soho Theatre", "-", N),
    ("London", "GB", T),
    ("Melbourne International Comedy Festival", "AU", Q),
    ("Chicago", "-", N),
])

add("d", """Ray Holloway, sound engineer for Kansas, Boston and Chicago, dies at 79

TOPEKA, Kan. (AP) - Ray Holloway, a sound engineer who mixed live shows for the rock bands Kansas, Boston and Chicago during the 1970s and '80s, has died at his home in Lawrence, Kansas. He was 79.

Born in Wichita, Holloway got his start wiring PA systems for bar bands in Topeka before the members of Kansas hired him for their first national tour in 1974. He later worked on stadium tours that took him from Tokyo to Rio de Janeiro.

Holloway retired to Lawrence in 2001 and taught audio engineering at a community college in Kansas City, Kansas, his daughter said. He is survived by two children, who live in Denver and in Tulsa, Oklahoma.""", [
    ("Kansas#1,2,4", "-", N),
    ("Kansas#3,6", "US", A),
    ("Boston", "-", N),
    ("Chicago", "-", N),
    ("TOPEKA", "US", T),
    ("Kan.", "US", A),
    ("Lawrence", "US", T, (38.97, -95.24)),
    ("Wichita", "US", T),
    ("Topeka", "US", T),
    ("Tokyo", "JP", T),
    ("Rio de Janeiro", "BR", T),
    ("Kansas City", "US", T, (39.11, -94.63)),
    ("Denver", "US", T),
    ("Tulsa", "US", T),
    ("Oklahoma", "US", A),
])

add("d", """Baku climate talks end with $300bn deal as poorer nations cry foul

BAKU, Azerbaijan (Reuters) - Nearly 200 countries agreed in Baku early on Sunday that rich nations should provide at least $300 billion a year by 2035 to help developing countries cope with climate change, a deal that India's negotiator called "an optical illusion".

Delegates from small island states including Tuvalu and the Marshall Islands briefly walked out on Saturday, and several Pacific and African countries said the sum was far short of what was needed to meet the goals of the Paris Agreement.

The talks were overshadowed by the prospect of Washington withdrawing from the pact again. Brussels pressed Beijing to contribute, while Saudi Arabia resisted language on moving away from fossil fuels.

Next year's summit will be held in Belem, Brazil, on the edge of the Amazon. Negotiators will meet in Bonn in June to prepare.""", [
    ("Baku", "AZ", T),
    ("BAKU", "AZ", T),
    ("Azerbaijan", "AZ", C),
    ("India", "IN", C),
    ("Tuvalu", "TV", C),
    ("Marshall Islands", "MH", C),
    ("Pacific", "*", N),
    ("African", "*", Q),
    ("Paris Agreement", "-", N),
    ("Washington", "US", T, WASH),
    ("Brussels", "BE", T),
    ("Beijing", "CN", T),
    ("Saudi Arabia", "SA", C),
    ("Belem", "BR", T, (-1.46, -48.50)),
    ("Brazil", "BR", C),
    ("Amazon", "*", N),
    ("Bonn", "DE", T),
])

add("d", """Federal judges order new Alabama congressional map

BIRMINGHAM, Ala. (AP) - A panel of three federal judges in Birmingham on Thursday ordered Alabama to use a new congressional map that creates a second district where Black voters make up close to a majority, ruling that state lawmakers had ignored an earlier order.

The new district stretches from Mobile in the southwest, along the Gulf Coast, to parts of Montgomery and the rural Black Belt, including the civil rights landmark city of Selma.

Alabama's attorney general said the state would appeal to the U.S. Supreme Court in Washington. The state's current map has only one majority-Black district out of seven, though more than a quarter of residents are Black.

Voting rights groups celebrated outside the federal courthouse. "This is what we marched for," said a pastor from Huntsville. A separate challenge is pending before the 11th U.S. Circuit Court of Appeals in Atlanta.""", [
    ("Alabama", "US", A),
    ("BIRMINGHAM", "US", T, (33.52, -86.80)),
    ("Ala.", "US", A),
    ("Birmingham", "US", T, (33.52, -86.80)),
    ("Mobile", "US", T, (30.69, -88.04)),
    ("Gulf Coast", "US", N),
    ("Montgomery", "US", T, (32.37, -86.30)),
    ("Black Belt", "US", N),
    ("Selma", "US", T, (32.41, -87.02)),
    ("U.S.", "US", C),
    ("Washington", "US", T, WASH),
    ("Huntsville", "US", T, (34.73, -86.59)),
    ("Atlanta", "US", T, (33.75, -84.39)),
])

add("d", """London, Ont., man charged after stabbing on Thames River path

CBC News

LONDON, Ont. - Police in London, Ont., have charged a 34-year-old man with attempted murder after a stabbing on a walking path along the Thames River near downtown on Saturday evening.

The victim, a 29-year-old man from St. Thomas, was taken to hospital with serious injuries. The suspect was arrested hours later on Highway 401 near Woodstock after a pursuit by Ontario Provincial Police officers from Middlesex County.

Police said the accused, who is originally from Sarnia, was also wanted on a warrant in Windsor. He is due to appear in court in London on Monday.""", [
    ("London", "CA", T, (42.98, -81.25)),
    ("LONDON", "CA", T, (42.98, -81.25)),
    ("Ont.", "CA", A),
    ("Thames River", "CA", N),
    ("St. Thomas", "CA", T, (42.78, -81.19)),
    ("Highway 401", "CA", Q),
    ("Woodstock", "CA", T, (43.13, -80.75)),
    ("Ontario Provincial Police", "CA", Q),
    ("Middlesex County", "CA", A),
    ("Sarnia", "CA", T),
    ("Windsor", "CA", T, (42.30, -83.02)),
])

add("d", """Ferry link between Maine and Nova Scotia returns for summer

By Staff, Portland Press Herald

PORTLAND, Maine - The high-speed CAT ferry will resume daily crossings between Bar Harbor and Yarmouth, Nova Scotia, on June 12, giving Canadian visitors a shortcut to Acadia National Park and the rest of coastal Maine.

Tourism officials in Portland said Canadian arrivals fell sharply last year, hurting businesses from Old Orchard Beach, long popular with families from Quebec, to Mount Desert Island. They hope the ferry will bring drivers from Halifax and the rest of the Maritimes.

Cruise lines are also adding stops. Several ships sailing from Boston this summer will call at Bar Harbor and at Sydney, Nova Scotia, on Cape Breton Island, before heading up the St. Lawrence to Quebec City.""", [
    ("Maine", "US", A),
    ("Nova Scotia", "CA", A),
    ("Portland Press Herald", "-", N),
    ("PORTLAND", "US", T, (43.66, -70.26)),
    ("Portland", "US", T, (43.66, -70.26)),
    ("Bar Harbor", "US", T),
    ("Yarmouth", "CA", T, (43.84, -66.12)),
    ("Canadian", "CA", Q),
    ("Acadia National Park", "US", N),
    ("Old Orchard Beach", "US", T),
    ("Quebec", "CA", A),
    ("Mount Desert Island", "US", N),
    ("Halifax", "CA", T, (44.65, -63.58)),
    ("Maritimes", "CA", N),
    ("Boston", "US", T, (42.36, -71.06)),
    ("Sydney", "CA", T, (46.14, -60.19)),
    ("Cape Breton Island", "CA", N),
    ("St. Lawrence", "*", N),
    ("Quebec City", "CA", T),
])

add("d", """Kremlin rules out Minsk-style deal as Geneva talks stall

GENEVA (Reuters) - Russian and Ukrainian negotiators ended a second day of talks in Geneva without agreement on Tuesday, after Moscow said it would not accept a ceasefire modelled on the Minsk agreements, which froze fighting in Donbas in 2014 and 2015 but collapsed in 2022.

Kyiv said it would never cede the Donetsk and Luhansk regions, or the parts of Zaporizhzhia and Kherson that Russia claims. Switzerland, which is hosting the talks, said both sides had agreed on another exchange of prisoners, following earlier swaps brokered in Istanbul.

Belarus's president Alexander Lukashenko offered to host the next round in Minsk. Diplomats from France and Germany, which mediated the earlier deals in the so-called Normandy format, were briefed afterwards, and officials in Washington and Brussels said they were watching closely.""", [
    ("Kremlin", "RU", Q),
    ("Minsk#1,2", "-", N),
    ("Minsk agreements", "-", N),
    ("Minsk#3", "BY", T),
    ("Geneva", "CH", T),
    ("GENEVA", "CH", T),
    ("Russian", "RU", Q),
    ("Ukrainian", "UA", Q),
    ("Moscow", "RU", T),
    ("Donbas", "UA", A),
    ("Kyiv", "UA", T),
    ("Donetsk", "UA", A),
    ("Luhansk", "UA", A),
    ("Zaporizhzhia", "UA", A),
    ("Kherson", "UA", A),
    ("Russia", "RU", C),
    ("Switzerland", "CH", C),
    ("Istanbul", "TR", T),
    ("Belarus", "BY", C),
    ("France", "FR", C),
    ("Germany", "DE", C),
    ("Normandy format", "-", N),
    ("Washington", "US", T, WASH),
    ("Brussels", "BE", T),
])

add("d", """Margaret Lindqvist, MIT economist who mapped Arctic shipping, dies at 81

CAMBRIDGE, Mass. (The Boston Globe) - Margaret Lindqvist, an economist at the Massachusetts Institute of Technology whose research on Arctic shipping routes shaped policy from Ottawa to Oslo, died Tuesday at her home in Cambridge. She was 81.

Born in Victoria, British Columbia, to a Swedish father and a Scottish mother, Lindqvist studied at the University of Oxford before coming to Massachusetts in 1972. Her fieldwork took her to Tromso in northern Norway, to Nuuk in Greenland and along the Northwest Passage aboard Canadian icebreakers.

She is survived by a son in Halifax, Nova Scotia, and a daughter who teaches at the University of Cambridge in England.""", [
    ("MIT", "-", N),
    ("Arctic", "*", N),
    ("CAMBRIDGE", "US", T, (42.37, -71.11)),
    ("Mass.", "US", A),
    ("The Boston Globe", "-", N),
    ("Massachusetts Institute of Technology", "-", N),
    ("Ottawa", "CA", T),
    ("Oslo", "NO", T),
    ("Cambridge", "US", T, (42.37, -71.11)),
    ("Victoria", "CA", T, (48.43, -123.37)),
    ("British Columbia", "CA", A),
    ("Swedish", "SE", Q),
    ("Scottish", "GB", Q),
    ("University of Oxford", "-", N),
    ("Massachusetts", "US", A),
    ("Tromso", "NO", T),
    ("Norway", "NO", C),
    ("Nuuk", "GL", T),
    ("Greenland", "GL", N),
    ("Northwest Passage", "CA|*", N),
    ("Canadian", "CA", Q),
    ("Halifax", "CA", T, (44.65, -63.58)),
    ("Nova Scotia", "CA", A),
    ("University of Cambridge", "-", N),
    ("England", "GB", A),
])

add("d", """Owaisi retains Hyderabad seat as BJP makes gains in Telangana

HYDERABAD: AIMIM chief Asaduddin Owaisi retained the Hyderabad Lok Sabha seat for a fifth straight term on Tuesday, defeating the BJP candidate by more than 3.3 lakh votes, even as the saffron party won eight of the 17 seats in Telangana.

The BJP wrested Malkajgiri and held Secunderabad, while the ruling Congress won eight seats. Counting was delayed in parts of the Old City after a technical glitch.

In neighbouring Andhra Pradesh, the TDP-led alliance swept the state, and party chief N Chandrababu Naidu said work on Amaravati as the state capital would resume immediately. Celebrations broke out in Vijayawada and Visakhapatnam.

Leaders of both states are expected to travel to Delhi later this week for the swearing-in of the new Union government.""", [
    ("Hyderabad", "IN", T, (17.38, 78.47)),
    ("HYDERABAD", "IN", T, (17.38, 78.47)),
    ("Telangana", "IN", A),
    ("Malkajgiri", "IN", T, (17.45, 78.53)),
    ("Secunderabad", "IN", T),
    ("Old City", "IN", Q),
    ("Andhra Pradesh", "IN", A),
    ("Amaravati", "IN", T, (16.51, 80.52)),
    ("Vijayawada", "IN", T),
    ("Visakhapatnam", "IN", T),
    ("Delhi", "IN", T),
])

add("d", """Valencia flood inquiry: judge summons former regional officials

VALENCIA, Spain (AFP) - A judge in Catarroja has summoned two former officials of the Valencia regional government to testify over the handling of last October's floods, which killed more than 220 people in the Valencia region.

Investigators are examining why a mobile phone alert was sent to residents only after water from the Poyo ravine had already swept through towns such as Paiporta, Alfafar and Chiva. Relatives of victims gathered outside the court carrying photographs.

The regional government has blamed the central government in Madrid for failing to warn it of the danger. Environmental groups say decades of building on flood plains south of the Turia river and around the Albufera lagoon left thousands exposed.

Spain has since pledged 16 billion euros in aid. Flood warnings were issued on Wednesday for parts of Catalonia and Andalusia, including Malaga.""", [
    ("Valencia", "ES", N),
    ("VALENCIA", "ES", T, (39.47, -0.38)),
    ("Spain", "ES", C),
    ("Catarroja", "ES", T),
    ("Poyo", "ES", N),
    ("Paiporta", "ES", T),
    ("Alfafar", "ES", T),
    ("Chiva", "ES", T),
    ("Madrid", "ES", T),
    ("Turia", "ES", N),
    ("Albufera", "ES", N),
    ("Catalonia", "ES", A),
    ("Andalusia", "ES", A),
    ("Malaga", "ES", T, (36.72, -4.42)),
])

add("d", """Anwar rejects Beijing claim over Sabah waters as ties with Manila warm

KUALA LUMPUR (The Straits Times) - Prime Minister Anwar Ibrahim said on Monday that Malaysia would keep developing gas fields off Sarawak despite protests from Beijing, after Chinese coast guard vessels were again spotted near Luconia Shoals.

Speaking in Putrajaya, Mr Anwar said Malaysia's claims in the South China Sea were based on international law, not on "lines drawn on maps". He also rejected a Chinese note objecting to exploration off Sabah, on the northern coast of Borneo.

The remarks came as Philippine President Ferdinand Marcos Jr arrived for a two-day visit. Manila, which has clashed with Beijing's vessels in the Spratly Islands, is seeking closer coordination with Malaysia and Vietnam before an Asean meeting in Vientiane, the Laotian capital, next month.""", [
    ("Beijing", "CN", T),
    ("Sabah", "MY", A),
    ("Manila", "PH", T),
    ("KUALA LUMPUR", "MY", T),
    ("Malaysia", "MY", C),
    ("Sarawak", "MY", A),
    ("Chinese", "CN", Q),
    ("Luconia Shoals", "MY|*", N),
    ("Putrajaya", "MY", T),
    ("South China Sea", "*", N),
    ("Borneo", "*", N),
    ("Philippine", "PH", Q),
    ("Spratly Islands", "*", N),
    ("Vietnam", "VN", C),
    ("Vientiane", "LA", T),
    ("Laotian", "LA", Q),
])

add("d", """Springfield man charged in string of Route 66 motel robberies

By Staff, The State Journal-Register

SPRINGFIELD, Ill. - A 41-year-old Springfield man has been charged with armed robbery in a string of holdups at motels along historic Route 66, Sangamon County prosecutors said Wednesday.

Investigators say the man robbed front desks at seven motels between Springfield and Joliet, including stops in Bloomington and Normal, over three weeks in March. He was arrested at a relative's home in St. Louis after Illinois State Police traced his car across the Mississippi River.

Authorities in Springfield, Missouri, said he is also a suspect in two robberies there, and police in Chicago want to question him about a carjacking. He is being held at the Sangamon County jail.""", [
    ("Springfield#1,2,3", "US", T, "US.IL"),
    ("Springfield#4", "US", T, (37.21, -93.29)),
    ("Route 66", "US", Q),
    ("SPRINGFIELD", "US", T, "US.IL"),
    ("Ill.", "US", A),
    ("Sangamon County", "US", A, (39.76, -89.66)),
    ("Joliet", "US", T, (41.53, -88.08)),
    ("Bloomington", "US", T, (40.48, -88.99)),
    ("Normal", "US", T, (40.51, -88.99)),
    ("St. Louis", "US", T, (38.63, -90.20)),
    ("Illinois State Police", "US", Q),
    ("Mississippi River", "US", N),
    ("Missouri", "US", A),
    ("Chicago", "US", T, (41.88, -87.63)),
])

add("d", """Venice doubles day-tripper fee as Italy's hotspots battle crowds

ROME (Reuters) - Venice will double its entry fee for day-trippers to 10 euros on peak days this summer, the city council said on Thursday, as tourist hotspots across Italy look for ways to manage record crowds.

Florence has banned new short-term rentals in its historic centre, while towns on the Amalfi Coast, including Positano, have limited coach traffic. On Lake Como, the mayor of Bellagio has asked for curbs on day-trip boats.

In Rome, visitors will soon pay 2 euros to get close to the Trevi Fountain, and the archaeological site at Pompeii, near Naples, now caps daily entries at 20,000. In the Dolomites, farmers in Val Gardena installed turnstiles on a path to the Seceda ridge last year.

Italy welcomed a record 134 million foreign visitors last year, led by travellers from Germany, the United States and Britain.""", [
    ("Venice", "IT", T, (45.44, 12.33)),
    ("Italy", "IT", C),
    ("ROME", "IT", T),
    ("Florence", "IT", T, (43.77, 11.25)),
    ("Amalfi Coast", "IT", N),
    ("Positano", "IT", T),
    ("Lake Como", "IT", N),
    ("Bellagio", "IT", T, (45.99, 9.26)),
    ("Rome", "IT", T),
    ("Trevi Fountain", "IT", Q),
    ("Pompeii", "IT", N, (40.75, 14.49)),
    ("Naples", "IT", T, (40.85, 14.27)),
    ("Dolomites", "IT", N),
    ("Val Gardena", "IT", N),
    ("Seceda", "IT", N),
    ("Germany", "DE", C),
    ("United States", "US", C),
    ("Britain", "GB", C),
])

add("d", """Sudan's army retakes Khartoum palace as RSF tightens siege of El Fasher

PORT SUDAN (AFP) - Sudan's army said on Friday it had recaptured the presidential palace in central Khartoum, while the paramilitary Rapid Support Forces tightened their siege of El Fasher, the last army-held city in the Darfur region.

The army-backed government, which has operated from Port Sudan on the Red Sea since the war began in April 2023, said troops had also cleared districts of Omdurman, across the Nile from the capital. The RSF still controls most of Darfur, including Nyala, and has pushed into North Kordofan.

Aid agencies said more than 600,000 Sudanese had fled across the border into Chad, many through the town of Adre. Talks hosted by Saudi Arabia and the United States in Jeddah have stalled, and Egypt, which hosts more than a million refugees in Cairo and Aswan, has called for a ceasefire. The army accuses the United Arab Emirates of arming the RSF, which Abu Dhabi denies.""", [
    ("Sudan", "SD", C),
    ("Khartoum", "SD", T),
    ("El Fasher", "SD", T),
    ("PORT SUDAN", "SD", T),
    ("Darfur", "SD", N),
    ("Port Sudan", "SD", T),
    ("Red Sea", "*", N),
    ("Omdurman", "SD", T),
    ("Nile", "*", N),
    ("Nyala", "SD", T),
    ("North Kordofan", "SD", A),
    ("Sudanese", "SD", Q),
    ("Chad", "TD", C),
    ("Adre", "TD", T),
    ("Saudi Arabia", "SA", C),
    ("United States", "US", C),
    ("Jeddah", "SA", T),
    ("Egypt", "EG", C),
    ("Cairo", "EG", T),
    ("Aswan", "EG", T),
    ("United Arab Emirates", "AE", C),
    ("Abu Dhabi", "AE", T),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
