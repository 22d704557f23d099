"""Held-out set `sportculture`: 40 news articles (150-350 words each) of the sport, travel,
food, arts and entertainment pages of English-language media worldwide (in the manner of BBC
Sport, ESPN, AP sports, Lonely Planet, Conde Nast Traveller, the Guardian's travel and food
pages, Variety, Billboard, Time Out and local arts pages).

Written by a helper session that read neither geomap's source (the rules under geomap/) nor any
other set's cases.py; geomap was never run on these articles while writing them.

Genres (GENRES, one letter per article):
- "a" (14 articles): sport - match reports, transfers, race reports, venues (football, cricket,
  rugby union, tennis, golf, cycling, F1, athletics, baseball, basketball, ice hockey, racing).
- "b" (13 articles): travel and food - itineraries, destinations, rail journeys, national parks,
  wine regions, dishes and their regions.
- "c" (13 articles): arts, film, music, festivals, theatre, books.

Conventions:
- Every real place a reader would put on a map is listed, each occurrence, including ALL-CAPS
  datelines, venues' towns, travel destinations, and the regions of foods and wines where the
  text means the region itself.
- National teams ("England beat India", "the Wallabies' win over New Zealand") are listed with
  kind "?" and their country: debatable, not counted.
- Demonyms and adjectives ("Brazilian", "Basque", "Cantonese") are kind "?" with their country.
- Clubs and franchises ("Manchester United", "Boston Red Sox", "Delhi Capitals"), events
  ("Wimbledon", "the Monaco Grand Prix", "Tour de France", "Melbourne Cup", "Glastonbury
  Festival"), dishes and drinks named after places ("Peking duck", "Parma ham", "Buffalo
  wings", "Champagne" the drink), bands, films, shows and songs ("Chicago", "Casablanca",
  "Hamilton", "Texas" the band) and people named like places ("Paris Hilton", "Sydney Sweeney")
  are listed with country "-": a result there is spurious.
- Stadiums and venues that carry the name of the place they stand in ("Anfield", "Wembley",
  "Flemington") are kind "?" with their country.
- Kinds: "country" for sovereign states, "admin1" for states/provinces/counties/regions,
  "city" for cities, towns and villages, None for islands, rivers, seas, mountains, parks,
  neighbourhoods, macro-regions and names that are both a city and a state (Monaco,
  Singapore). Namesakes carry a (lat, lon) hint (within 40 km) or a US admin-1 code.
"""

C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))

# ---------------------------------------------------------------- genre a: sport
add("a", """Salah double sinks United as Liverpool go top

By Tom Hadley

LIVERPOOL, England (AP) — Mohamed Salah scored twice at Anfield on Sunday as Liverpool beat Manchester United 3-1 to go three points clear at the top of the Premier League.

The Egyptian forward opened the scoring after 11 minutes and added a second from the penalty spot before half-time. Alexis Mac Allister, signed from Brighton in 2023, headed the third. United's only reply came from the Portuguese midfielder Bruno Fernandes, who curled in a free kick late on.

The defeat leaves Ruben Amorim's side 14th, and the drive back along the M62 to Manchester will feel long. United have lost four of their last five league games, and their next two fixtures are away at Newcastle United and at home to Aston Villa.

"We came to Merseyside with a plan and we threw it away in ten minutes," Amorim said.

Arne Slot, the Dutch coach who won the title in Rotterdam before moving to England, praised a crowd that included supporters who had flown in from Norway, Ireland and Malaysia, where the club's following runs deep. Before kick-off, thousands lined the streets of Walton and Everton as the team coach crawled towards the ground.

Liverpool fly to Madrid on Tuesday to face Atlético Madrid in the Champions League, then return for the derby against Everton.

Salah, who grew up in Nagrig, a farming village in the Nile Delta, now has 12 league goals this season. Egypt's coach, Hossam Hassan, watched from the stands ahead of the Africa Cup of Nations in Morocco.""", [
    ("Liverpool", "-", N),
    ("LIVERPOOL", "GB", T, (53.41, -2.98)),
    ("England", "GB", N),
    ("Anfield", "GB", Q),
    ("Manchester United", "-", N),
    ("Egyptian", "EG", Q),
    ("Brighton", "-", N),
    ("Portuguese", "PT", Q),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Newcastle United", "-", N),
    ("Aston Villa", "-", N),
    ("Merseyside", "GB", A),
    ("Dutch", "NL", Q),
    ("Rotterdam", "NL", T),
    ("Norway", "NO", C),
    ("Ireland", "IE", C),
    ("Malaysia", "MY", C),
    ("Walton", "GB", N, (53.44, -2.96)),
    ("Everton#1", "GB", N, (53.42, -2.97)),
    ("Everton#2", "-", N),
    ("Madrid", "ES", T),
    ("Atlético Madrid", "-", N),
    ("Nagrig", "EG", T),
    ("Nile Delta", "EG", N),
    ("Egypt", "EG", C),
    ("Morocco", "MA", C),
])

add("a", """England seal Headingley thriller as Root anchors chase

By Priya Nair, cricket correspondent

LEEDS, England — England beat India by five wickets on the final afternoon at Headingley to go 1-0 up in the five-match series, chasing 371 on a pitch that had offered the seamers little all week.

Joe Root, cheered by a home crowd that had come from Sheffield, Bradford and Huddersfield, made an unbeaten 112, and the Yorkshire man was joined at the end by Jamie Smith, who hit the winning boundary over midwicket towards the Kirkstall Lane end.

India had dominated the first three days. Their captain Shubman Gill, the batter from Fazilka in Punjab, made a hundred in the first innings, and Jasprit Bumrah, born in Ahmedabad, took five wickets. But the tourists dropped seven catches, and a chase that looked unlikely on Monday morning became routine.

"We'll take a lot from this into Birmingham," said England captain Ben Stokes, whose side now travel to Edgbaston for the second Test next Wednesday. The series then moves to Lord's in London, Old Trafford in Manchester and finally the Oval.

For India, the questions are about selection. The left-arm spinner from Saurashtra was left out, and the team management is expected to call up a fast bowler who has been playing county cricket for Essex. Several Indian fans who travelled from Mumbai and Bengaluru, as well as a large contingent from Leicester and Southall in west London, said they would follow the team to the West Midlands.

West Yorkshire Police said the five days passed with only two arrests.""", [
    ("LEEDS", "GB", T, (53.80, -1.55)),
    ("England#2", "GB", N),
    ("England#1,3,4", "GB", Q),
    ("India", "IN", Q),
    ("Kirkstall Lane", "GB", Q),
    ("Headingley", "GB", Q),
    ("Sheffield", "GB", T, (53.38, -1.47)),
    ("Bradford", "GB", T, (53.79, -1.75)),
    ("Huddersfield", "GB", T, (53.65, -1.78)),
    ("Yorkshire", "GB", Q),
    ("Fazilka", "IN", T),
    ("Punjab", "IN", A),
    ("Ahmedabad", "IN", T),
    ("Birmingham", "GB", T, (52.48, -1.90)),
    ("Edgbaston", "GB", Q),
    ("Lord's", "GB", Q),
    ("London", "GB", T, (51.51, -0.13)),
    ("Old Trafford", "GB", Q),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Saurashtra", "IN", N),
    ("Essex", "GB", Q),
    ("Indian", "IN", Q),
    ("Mumbai", "IN", T),
    ("Bengaluru", "IN", T),
    ("Leicester", "GB", T, (52.64, -1.13)),
    ("Southall", "GB", N, (51.51, -0.38)),
    ("West Midlands", "GB", A),
    ("West Yorkshire Police", "GB", Q),
])

add("a", """Wallabies stun All Blacks in Perth to keep Bledisloe hopes alive

By Mick Doherty

PERTH, Western Australia — Australia beat New Zealand 28-24 at Optus Stadium on Saturday night, their first win over the All Blacks in two years, in front of 56,000 fans on the banks of the Swan River.

Wing Max Jorgensen, the Sydney-raised speedster, scored two tries, and fly-half Tom Lynagh, son of the Queensland great Michael Lynagh, kicked the winning penalty with four minutes left.

New Zealand had led 24-18 early in the second half after tries from Hamilton-based Chiefs lock Tupou Vaa'i and Christchurch product Will Jordan. But the Wallabies' scrum, anchored by a prop who grew up in Canberra, dominated the final quarter.

Perth last hosted a Bledisloe Cup match in 2019, when the home side also won. Western Australian officials say the game brought 20,000 interstate and overseas visitors to the city, many flying in from Auckland and Wellington, and hotels from Fremantle to Scarborough were full.

The match also marked a debut for centre Joseph-Aukuso Suaalii, who switched codes from the Sydney Roosters and, before that, turned down an offer from the Brisbane Broncos. "Rugby league in Sydney was all I knew," said the 21-year-old, whose family is from Samoa.

The All Blacks return home for the second Test at Eden Park in Auckland, where they have not lost since 1994. Coach Scott Robertson, who hails from Tauranga in the Bay of Plenty, said his side had "let it slip".

Australia, who host the Lions next year in Brisbane, Melbourne and Sydney, will name their squad for the Auckland Test on Tuesday. Fiji and Tonga meet in Suva the same weekend.""", [
    ("PERTH", "AU", T, (-31.95, 115.86)),
    ("Western Australia", "AU", A),
    ("Australia", "AU", Q),
    ("New Zealand", "NZ", Q),
    ("Swan River", "AU", N),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Queensland", "AU", A),
    ("Hamilton", "NZ", T, (-37.79, 175.28)),
    ("Christchurch", "NZ", T),
    ("Canberra", "AU", T),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Western Australian", "AU", Q),
    ("Auckland", "NZ", T, (-36.85, 174.76)),
    ("Wellington", "NZ", T, (-41.29, 174.78)),
    ("Fremantle", "AU", T, (-32.06, 115.75)),
    ("Scarborough", "AU", N, (-31.89, 115.76)),
    ("Sydney Roosters", "-", N),
    ("Brisbane Broncos", "-", N),
    ("Samoa", "WS", C),
    ("Eden Park", "NZ", Q),
    ("Tauranga", "NZ", T),
    ("Bay of Plenty", "NZ", A),
    ("Brisbane", "AU", T, (-27.47, 153.03)),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Fiji", "FJ", Q),
    ("Tonga", "TO", Q),
    ("Suva", "FJ", T),
])
add("a", """Sinner outlasts Alcaraz to win first Wimbledon title

By Claire Bennett

LONDON (Reuters) - Jannik Sinner beat Carlos Alcaraz 4-6 6-4 6-4 6-4 on Centre Court on Sunday to win Wimbledon for the first time, ending the Spaniard's hopes of a third straight title at the All England Club.

The Italian world number one, who grew up skiing in San Candido, a village in the Dolomites close to the Austrian border, became the first man from Italy to lift the trophy. He had lost to Alcaraz in a five-hour final at Roland Garros in Paris five weeks earlier.

"Paris was painful, but this is why we keep going," Sinner said.

Alcaraz, from El Palmar on the outskirts of Murcia, had won 24 straight matches on grass since losing at Queen's Club two summers ago. His compatriot Rafael Nadal, who watched from the Royal Box alongside the Prince of Wales, sent a message from Mallorca afterwards.

Crowds on the hill outside Court One, known to fans as Henman Hill, watched on a big screen in 30-degree heat, and the London Ambulance Service said it treated 40 people for heat exhaustion in Wimbledon village and across south-west London.

In the women's final on Saturday, Iga Swiatek of Poland thrashed Amanda Anisimova 6-0 6-0. Anisimova, born in Freehold, New Jersey, to Russian parents and raised in Aventura, Florida, was in tears at the presentation.

The tour now moves to North America, with the Canadian Open in Toronto and Montreal before the US Open at Flushing Meadows in New York. Sinner said he would spend a week at home in Monte Carlo, where he has lived since he was 19.""", [
    ("LONDON", "GB", T, (51.51, -0.13)),
    ("Wimbledon#1,2", "-", N),
    ("Wimbledon#3", "GB", N, (51.43, -0.21)),
    ("Spaniard", "ES", Q),
    ("All England Club", "GB", Q),
    ("Italian", "IT", Q),
    ("San Candido", "IT", T),
    ("Dolomites", "IT", N),
    ("Austrian", "AT", Q),
    ("Italy", "IT", C),
    ("Roland Garros", "-", N),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("El Palmar", "ES", N, (37.94, -1.16)),
    ("Murcia", "ES", T, (37.98, -1.13)),
    ("Queen's Club", "GB", Q),
    ("Mallorca", "ES", N),
    ("London", "GB", T, (51.51, -0.13)),
    ("London Ambulance Service", "GB", Q),
    ("Poland", "PL", C),
    ("Freehold", "US", T, "US.NJ"),
    ("New Jersey", "US", A),
    ("Russian", "RU", Q),
    ("Aventura", "US", T, "US.FL"),
    ("Florida", "US", A),
    ("North America", "*", N),
    ("Canadian Open", "-", N),
    ("Toronto", "CA", T),
    ("Montreal", "CA", T),
    ("US Open", "-", N),
    ("Flushing Meadows", "US", N),
    ("New York", "US", T, (40.71, -74.01)),
    ("Monte Carlo", "MC", N),
])

add("a", """McIlroy roars at Portrush as Scheffler holds nerve to claim Claret Jug

By Ewan Murray-Reid

PORTRUSH, Northern Ireland — Scottie Scheffler won the Open Championship by three shots at Royal Portrush on Sunday, but for four glorious hours it was Rory McIlroy who had County Antrim on its feet.

McIlroy, who grew up in Holywood, on the shores of Belfast Lough in County Down, started the day six behind and birdied five of his first seven holes. The grandstands behind the 18th, packed with fans who had driven up from Belfast and across from Derry, chanted his name as he closed to within one.

But Scheffler, the world number one from Dallas, Texas, steadied himself with birdies at the 12th and 15th, and finished on 17 under par. It is his fourth major, after two Masters titles at Augusta and the PGA Championship at Quail Hollow in Charlotte, North Carolina, in May.

"I love Ireland," said Scheffler, who spent Tuesday fishing near Ballycastle. "The people here make this week."

Tommy Fleetwood, from Southport on the Merseyside coast, was second, and the Chinese player Li Haotong, who led after 36 holes, finished tied for fourth.

The R&A confirmed that the Open returns to Northern Ireland in 2030. Next year's championship is at Royal Birkdale, and in 2027 it goes to St Andrews in Fife. The Old Course will host for the 31st time.

The economic boost for the north coast, from Coleraine to Bushmills and the Giant's Causeway, is put at £200 million. Tourism Ireland said bookings from the United States, Canada and Australia were already up for next summer, and flights from Atlanta and Boston to Dublin and Belfast were full all week.""", [
    ("PORTRUSH", "GB", T),
    ("Portrush", "GB", T),
    ("Northern Ireland", "GB", N),
    ("Royal Portrush", "GB", Q),
    ("County Antrim", "GB", A),
    ("Holywood", "GB", T, (54.64, -5.83)),
    ("Belfast Lough", "GB", N),
    ("County Down", "GB", A),
    ("Belfast", "GB", T, (54.60, -5.93)),
    ("Derry", "GB", T, (55.0, -7.32)),
    ("Dallas", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("Augusta", "US", T, "US.GA"),
    ("Quail Hollow", "US", Q),
    ("Charlotte", "US", T, "US.NC"),
    ("North Carolina", "US", A),
    ("Ireland", "IE|GB", N),
    ("Ballycastle", "GB", T, (55.20, -6.24)),
    ("Southport", "GB", T, (53.65, -3.01)),
    ("Merseyside", "GB", A),
    ("Chinese", "CN", Q),
    ("Royal Birkdale", "GB", Q),
    ("St Andrews", "GB", T, (56.34, -2.80)),
    ("Fife", "GB", A),
    ("Coleraine", "GB", T, (55.13, -6.67)),
    ("Bushmills", "GB", T, (55.20, -6.52)),
    ("Giant's Causeway", "GB", N),
    ("Tourism Ireland", "IE", Q),
    ("United States", "US", C),
    ("Canada", "CA", C),
    ("Australia", "AU", C),
    ("Atlanta", "US", T, "US.GA"),
    ("Boston", "US", T, "US.MA"),
    ("Dublin", "IE", T, (53.35, -6.26)),
])

add("a", """Pogacar takes yellow on Hautacam as Vingegaard cracks

By Jeremy Whittle-Hughes

HAUTACAM, France (AFP) - Tadej Pogacar tightened his grip on the Tour de France on Thursday, winning the first summit finish in the Pyrenees and taking more than two minutes out of Jonas Vingegaard.

The 181-kilometre 12th stage left Auch in the Gers under grey skies, crossed the plains past Tarbes and swung south towards Lourdes, where pilgrims lined the road, before the final 13.5km climb above Argelès-Gazost.

Pogacar's UAE Team Emirates teammates set a brutal pace from the foot of the climb, and the Slovenian attacked with 12km to go. Vingegaard, the Dane who won in 2022 and 2023, could not follow, and lost 2min 10sec at the line.

"I felt good from the start, and the crowds from Toulouse and Pau were crazy," said Pogacar, who grew up in Komenda, a small town north of Ljubljana.

Remco Evenepoel of Belgium finished third on the stage and lies third overall. The Frenchman Kévin Vauquelin, from Bayeux in Normandy, is fourth.

On Friday the race heads for the Col du Tourmalet and a finish at Superbagnères, above Luchon, before a rest day in Toulouse. The final week crosses Provence, with Mont Ventoux on stage 16, and climbs into the Alps, before the finish on the Champs-Élysées in Paris, where riders will tackle the cobbled climb of Montmartre for the first time.

The Tour's organisers, ASO, confirmed that the 2026 race will start in Barcelona, with the opening stages crossing Catalonia before the peloton reaches France via Andorra.""", [
    ("HAUTACAM", "FR", N),
    ("Hautacam", "FR", N),
    ("France#1", "FR", C),
    ("Tour de France", "-", N),
    ("France#3", "FR", C),
    ("Pyrenees", "*", N),
    ("Auch", "FR", T),
    ("Gers", "FR", A),
    ("Tarbes", "FR", T),
    ("Lourdes", "FR", T, (43.09, -0.05)),
    ("Argelès-Gazost", "FR", T),
    ("UAE Team Emirates", "-", N),
    ("Slovenian", "SI", Q),
    ("Dane", "DK", Q),
    ("Toulouse#1,2", "FR", T, (43.60, 1.44)),
    ("Pau", "FR", T, (43.30, -0.37)),
    ("Komenda", "SI", T),
    ("Ljubljana", "SI", T),
    ("Belgium", "BE", C),
    ("Frenchman", "FR", Q),
    ("Bayeux", "FR", T),
    ("Normandy", "FR", A),
    ("Col du Tourmalet", "FR", N),
    ("Superbagnères", "FR", N),
    ("Luchon", "FR", T),
    ("Provence", "FR", A),
    ("Mont Ventoux", "FR", N),
    ("Alps", "*", N),
    ("Champs-Élysées", "FR", N),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Montmartre", "FR", N),
    ("Barcelona", "ES", T, (41.39, 2.17)),
    ("Catalonia", "ES", A),
    ("Andorra", "AD", C),
])
add("a", """Leclerc finally wins at home as Monaco erupts

By Andrew Benson-Clarke

MONTE CARLO, Monaco - Charles Leclerc won the Monaco Grand Prix on Sunday, ending what he called a "curse" at his home race and sparking scenes of celebration along the harbour of the principality where he was born.

The Ferrari driver led from pole position, managed his tyres through the tunnel and the Nouvelle Chicane, and crossed the line seven seconds clear of McLaren's Oscar Piastri, who grew up in Melbourne. Max Verstappen, the Dutch world champion, was third for Red Bull.

Prince Albert II presented the trophy, and Leclerc jumped into the harbour at Port Hercule with his team, a tradition last seen when Nico Rosberg won here a decade ago.

"I have walked to school on this circuit," Leclerc said. "My father brought me here from our flat in La Condamine to watch."

In Maranello, the small town in Emilia-Romagna where Ferrari is based, church bells rang, and supporters gathered in the main square in Modena and across Italy. At McLaren's base in Woking, Surrey, staff watched on giant screens; Red Bull's factory in Milton Keynes was quiet.

The race drew 200,000 visitors over the weekend, many staying along the Côte d'Azur in Nice, Menton and Cannes, and traffic on the A8 motorway from the Italian border at Ventimiglia backed up for hours.

Formula One now heads to Spain for the Spanish Grand Prix at the Circuit de Barcelona-Catalunya in Montmeló, north of Barcelona, before crossing the Atlantic for the Canadian Grand Prix in Montreal. Ferrari's Lewis Hamilton, born in Stevenage, was sixth.""", [
    ("MONTE CARLO", "MC", N),
    ("Monaco", "MC", N),
    ("Monaco Grand Prix", "-", N),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Dutch", "NL", Q),
    ("Port Hercule", "MC", N),
    ("La Condamine", "MC", N),
    ("Maranello", "IT", T),
    ("Emilia-Romagna", "IT", A),
    ("Modena", "IT", T),
    ("Italy", "IT", C),
    ("Woking", "GB", T),
    ("Surrey", "GB", A),
    ("Milton Keynes", "GB", T),
    ("Côte d'Azur", "FR", N),
    ("Nice", "FR", T, (43.70, 7.27)),
    ("Menton", "FR", T),
    ("Cannes", "FR", T, (43.55, 7.01)),
    ("Italian", "IT", Q),
    ("Ventimiglia", "IT", T),
    ("Spain", "ES", C),
    ("Spanish Grand Prix", "-", N),
    ("Circuit de Barcelona-Catalunya", "ES", Q),
    ("Montmeló", "ES", T),
    ("Barcelona", "ES", T, (41.39, 2.17)),
    ("Atlantic", "*", N),
    ("Canadian Grand Prix", "-", N),
    ("Montreal", "CA", T),
    ("Lewis Hamilton", "-", N),
    ("Stevenage", "GB", T),
])

add("a", """Kipyegon breaks mile world record at Hayward Field

By Dan Roan-Mitchell

EUGENE, Ore. (AP) — Faith Kipyegon ran the fastest women's mile in history at the Prefontaine Classic on Saturday, clocking 4:07.92 at Hayward Field to take almost a second off her own world record.

The Kenyan, who grew up milking cows on her family's farm near Keringet in Nakuru County, went through three laps on pace and pulled away from the Ethiopian Gudaf Tsegay over the final 300 metres.

"This track is special to me," she said. "Eugene is like a second home."

Kipyegon trains in Iten, the high-altitude town in the Rift Valley that produces so many of Kenya's distance runners, and flew in from Nairobi via Amsterdam on Tuesday. Tsegay, who lives in Addis Ababa, was second, with Jessica Hull of Australia, from Albion Park in New South Wales, third in an Oceanian record.

In the men's 110m hurdles, Jamaica's Rasheed Broadbell, who trains at the University of Technology in Kingston, edged the American Grant Holloway.

Norway's Jakob Ingebrigtsen, who grew up in Sandnes on the country's south-west coast, won the two miles, and Sweden's Mondo Duplantis cleared 6.15m in the pole vault in front of a crowd of 12,000. Duplantis, who was born and raised in Lafayette, Louisiana, now competes for his mother's homeland.

The Diamond League moves on to Stockholm and then London, before the final in Zurich. Many of the athletes, including Kipyegon, will return to Oregon in September, when Portland hosts an invitational meeting on the eve of the world championships in Tokyo.""", [
    ("EUGENE", "US", T, "US.OR"),
    ("Ore.", "US", A),
    ("Kenyan", "KE", Q),
    ("Keringet", "KE", T),
    ("Nakuru County", "KE", A),
    ("Ethiopian", "ET", Q),
    ("Eugene", "US", T, "US.OR"),
    ("Iten", "KE", T),
    ("Rift Valley", "KE", N),
    ("Kenya", "KE", C),
    ("Nairobi", "KE", T),
    ("Amsterdam", "NL", T),
    ("Addis Ababa", "ET", T),
    ("Australia", "AU", C),
    ("Albion Park", "AU", T, (-34.57, 150.78)),
    ("New South Wales", "AU", A),
    ("Oceanian", "*", Q),
    ("Jamaica", "JM", C),
    ("Kingston", "JM", T, (18.0, -76.79)),
    ("American", "US", Q),
    ("Norway", "NO", C),
    ("Sandnes", "NO", T),
    ("Sweden", "SE", C),
    ("Lafayette", "US", T, "US.LA"),
    ("Louisiana", "US", A),
    ("Stockholm", "SE", T),
    ("London", "GB", T, (51.51, -0.13)),
    ("Zurich", "CH", T),
    ("Oregon", "US", A),
    ("Portland", "US", T, "US.OR"),
    ("Tokyo", "JP", T),
])

add("a", """Devers' walk-off blast lifts Red Sox past Yankees at Fenway

By Pete Abraham-Lowe

BOSTON (AP) — Rafael Devers hit a two-run homer over the Green Monster in the bottom of the ninth inning on Friday night, and the Boston Red Sox beat the New York Yankees 5-4 at Fenway Park to open a three-game series.

Devers, who grew up in Sánchez, a coastal town in the Dominican Republic's Samaná province, pumped his fist as he rounded first. It was his third walk-off of the season.

Aaron Judge had given New York the lead in the eighth with his 31st home run, a towering shot onto Lansdowne Street. Judge, raised in Linden, California, a farming town near Stockton, is batting .342.

The crowd of 36,718 included several hundred fans who had taken the train up from Manhattan and the Bronx, and chants of "Yankees suck" echoed along Kenmore Square well after midnight.

Boston starter Tanner Houck, from Collinsville, Illinois, allowed three runs in six innings. Rookie Roman Anthony, called up last month from Triple-A Worcester, went 2 for 4.

Japanese right-hander Kodai Senga, who the Yankees tried to sign before he joined the New York Mets, was in the stands scouting for the Mets, who play the Red Sox next week in Queens.

The teams first met in spring training in Fort Myers, Florida, and in Tampa, where the Yankees train. The Red Sox head to Toronto on Monday to face the Toronto Blue Jays, then fly to Texas to play the Texas Rangers in Arlington before returning to Massachusetts.""", [
    ("BOSTON", "US", T, "US.MA"),
    ("Green Monster", "-", N),
    ("Boston Red Sox", "-", N),
    ("New York Yankees", "-", N),
    ("Fenway Park", "US", Q),
    ("Sánchez", "DO", T),
    ("Dominican Republic", "DO", C),
    ("Samaná", "DO", A),
    ("New York#2", "-", N),
    ("Lansdowne Street", "US", Q),
    ("Linden", "US", T, (38.02, -121.08)),
    ("California", "US", A),
    ("Stockton", "US", T, "US.CA"),
    ("Manhattan", "US", N, (40.78, -73.97)),
    ("Bronx", "US", N),
    ("Yankees", "-", N),
    ("Kenmore Square", "US", N),
    ("Boston#2", "-", N),
    ("Collinsville", "US", T, "US.IL"),
    ("Illinois", "US", A),
    ("Worcester", "US", Q),
    ("Japanese", "JP", Q),
    ("New York Mets", "-", N),
    ("Red Sox", "-", N),
    ("Queens", "US", N, (40.73, -73.79)),
    ("Fort Myers", "US", T, "US.FL"),
    ("Florida", "US", A),
    ("Tampa", "US", T, "US.FL"),
    ("Toronto#1", "CA", T),
    ("Toronto Blue Jays", "-", N),
    ("Texas#1", "US", A),
    ("Texas Rangers", "-", N),
    ("Arlington", "US", T, "US.TX"),
    ("Massachusetts", "US", A),
])
add("a", """Gilgeous-Alexander's 38 puts Thunder one win from the Finals

By Royce Young-Barnes

OKLAHOMA CITY (AP) — Shai Gilgeous-Alexander scored 38 points and the Oklahoma City Thunder beat the Denver Nuggets 112-101 on Tuesday night to take a 3-2 lead in the Western Conference finals.

Gilgeous-Alexander, who grew up in Hamilton, Ontario, and played his high school basketball in Chattanooga, Tennessee, hit 14 of 22 shots. A few hundred Canadians in maple-leaf shirts cheered every basket at Paycom Center, and his mother's family watched from Toronto.

Nikola Jokic had 29 points and 14 rebounds for Denver but spent the final minutes on the bench after picking up his fifth foul. The three-time MVP, who grew up in Sombor in northern Serbia and still spends his summers there racing horses, said his team would "be fine" back in Colorado.

"Denver is a different place at altitude," Jokic said. "We know how to win there."

Jamal Murray, another Canadian, from Kitchener, added 21. The Nuggets' Aaron Gordon, born in San Jose, California, left in the third quarter with a hamstring strain.

The Thunder's Chet Holmgren, who attended high school in Minneapolis, blocked five shots. Oklahoma City's rise has been built on draft picks acquired when it traded Paul George to the LA Clippers, and the franchise's fans, who once watched the team play in Seattle as the SuperSonics, now fill downtown bars along Bricktown's canal.

Game 6 is on Thursday at Ball Arena in Denver. The winner meets the Boston Celtics or the New York Knicks, whose series resumes at Madison Square Garden on Wednesday. The Finals will be shown in Belgrade and Athens as well as across North America.""", [
    ("OKLAHOMA CITY", "US", T, "US.OK"),
    ("Oklahoma City Thunder", "-", N),
    ("Denver Nuggets", "-", N),
    ("Hamilton", "CA", T, (43.25, -79.87)),
    ("Ontario", "CA", A),
    ("Chattanooga", "US", T, "US.TN"),
    ("Tennessee", "US", A),
    ("Canadians", "CA", Q),
    ("Paycom Center", "-", N),
    ("Toronto", "CA", T),
    ("Denver#2", "-", N),
    ("Sombor", "RS", T),
    ("Serbia", "RS", C),
    ("Colorado", "US", A),
    ("Denver#3", "US", T, "US.CO"),
    ("Canadian", "CA", Q),
    ("Kitchener", "CA", T),
    ("San Jose", "US", T, "US.CA"),
    ("California", "US", A),
    ("Minneapolis", "US", T),
    ("Oklahoma City#2", "-", N),
    ("LA Clippers", "-", N),
    ("Seattle", "US", T),
    ("Bricktown", "US", N),
    ("Ball Arena", "-", N),
    ("Denver#4", "US", T, "US.CO"),
    ("Boston Celtics", "-", N),
    ("New York Knicks", "-", N),
    ("Madison Square Garden", "-", N),
    ("Belgrade", "RS", T),
    ("Athens", "GR", T, (37.98, 23.73)),
    ("North America", "*", N),
])

add("a", """Panthers repeat as Stanley Cup champions after routing Oilers

By Emily Kaplan-Reyes

SUNRISE, Fla. (AP) — The Florida Panthers are champions again. Sam Reinhart scored four goals, and Florida beat the Edmonton Oilers 5-1 in Game 6 on Tuesday night to win the Stanley Cup for the second straight year.

The rematch of last year's final ended in front of a delirious crowd at Amerant Bank Arena, in the western suburbs of Fort Lauderdale, and the celebrations spilled out to Las Olas Boulevard and the beaches of Broward County long after the final horn.

Reinhart, from West Vancouver, British Columbia, was joined on the scoresheet by Sam Bennett, who won the Conn Smythe Trophy as playoff MVP. Bennett grew up in Holland Landing, north of Toronto.

For Edmonton, it was another summer of regret. Connor McDavid, raised in Newmarket, Ontario, had one assist in the game and the Oilers never recovered from a slow start. Fans who watched at a packed outdoor screen in Edmonton's Ice District left in silence, and the mood across Alberta was grim: no Canadian team has won the Cup since the Montreal Canadiens in 1993.

Leon Draisaitl, the German forward from Cologne, scored Edmonton's only goal. Russian goalie Sergei Bobrovsky, born in Novokuznetsk in Siberia, made 28 saves for Florida, and the Finnish defenceman Niko Mikkola, from Kiiminki near Oulu, blocked six shots.

Florida's Swedish defenseman Gustav Forsling, who grew up in Linköping, said the team would parade along Fort Lauderdale beach on Sunday. The Panthers' general manager, Bill Zito, said he expected a parade as big as Miami's after the Heat's titles.

The NHL draft is next weekend in Los Angeles.""", [
    ("SUNRISE", "US", T, "US.FL"),
    ("Fla.", "US", A),
    ("Florida Panthers", "-", N),
    ("Florida", "-", N),
    ("Edmonton Oilers", "-", N),
    ("Amerant Bank Arena", "-", N),
    ("Fort Lauderdale", "US", T, "US.FL"),
    ("Las Olas Boulevard", "US", Q),
    ("Broward County", "US", A),
    ("West Vancouver", "CA", T),
    ("British Columbia", "CA", A),
    ("Holland Landing", "CA", T),
    ("Toronto", "CA", T),
    ("Edmonton#2", "-", N),
    ("Newmarket", "CA", T, (44.05, -79.46)),
    ("Ontario", "CA", A),
    ("Edmonton#3", "CA", T),
    ("Ice District", "CA", N),
    ("Alberta", "CA", A),
    ("Canadian", "CA", Q),
    ("Montreal Canadiens", "-", N),
    ("German", "DE", Q),
    ("Cologne", "DE", T),
    ("Edmonton#4", "-", N),
    ("Russian", "RU", Q),
    ("Novokuznetsk", "RU", T),
    ("Siberia", "RU", N),
    ("Finnish", "FI", Q),
    ("Kiiminki", "FI", T),
    ("Oulu", "FI", T),
    ("Swedish", "SE", Q),
    ("Linköping", "SE", T),
    ("Miami", "US", T, "US.FL"),
    ("Los Angeles", "US", T),
])
add("a", """Real Madrid agree £60m deal for Benfica teenager as Valencia miss out

By Fabrizio Lemos

MADRID — Real Madrid have agreed a €70m (£60m) fee with Benfica for the 19-year-old Argentine midfielder Gianluca Prestianni, beating Paris Saint-Germain, Manchester City and Valencia to one of Europe's most coveted young players.

Prestianni, born in Ciudad Evita, a suburb of Buenos Aires, came through the academy at Vélez Sarsfield before moving to Lisbon two years ago. He will travel to Madrid on Monday for a medical at the club's Valdebebas training ground and sign a six-year contract.

Benfica, who developed the teenager at their academy in Seixal across the Tagus, will keep a 20% sell-on clause. The Portuguese club's president said the money would be reinvested in the squad before the Champions League qualifiers.

Valencia had hoped to tempt Prestianni with the promise of first-team football at Mestalla. Instead, the club from the east coast of Spain is expected to turn to a loan move for a winger from Brighton.

The deal is Real's third big signing of the summer, after the arrivals of Trent Alexander-Arnold, from Liverpool, and the Argentine teenager Franco Mastantuono, from River Plate. Mastantuono, who grew up in Azul in Buenos Aires province, will join his compatriot at the club's pre-season camp in Chicago, where Madrid play Inter Miami, before friendlies in New Jersey and Mexico City.

Argentina's coach Lionel Scaloni, who was raised in Pujato, near Rosario, said Prestianni could be in the squad for the World Cup in the United States, Canada and Mexico next summer. "He is ready for Europe," Scaloni said.

Atlético Madrid, Real's neighbours, have also been active, signing a defender from Villarreal.""", [
    ("Real Madrid", "-", N),
    ("Benfica", "-", N),
    ("Valencia", "-", N),
    ("MADRID", "ES", T, (40.42, -3.70)),
    ("Argentine", "AR", Q),
    ("Paris Saint-Germain", "-", N),
    ("Manchester City", "-", N),
    ("Europe", "*", N),
    ("Ciudad Evita", "AR", T),
    ("Buenos Aires#1", "AR", T, (-34.61, -58.38)),
    ("Vélez Sarsfield", "-", N),
    ("Lisbon", "PT", T),
    ("Madrid#3", "ES", T, (40.42, -3.70)),
    ("Valdebebas", "ES", N),
    ("Seixal", "PT", T),
    ("Tagus", "*", N),
    ("Portuguese", "PT", Q),
    ("Mestalla", "ES", Q),
    ("Spain", "ES", C),
    ("Brighton", "-", N),
    ("Liverpool", "-", N),
    ("River Plate", "-", N),
    ("Azul", "AR", T),
    ("Buenos Aires#2", "AR", A),
    ("Chicago", "US", T, "US.IL"),
    ("Madrid#4", "-", N),
    ("Inter Miami", "-", N),
    ("New Jersey", "US", A),
    ("Mexico City", "MX", T),
    ("Argentina", "AR", Q),
    ("Pujato", "AR", T),
    ("Rosario", "AR", T, (-32.95, -60.64)),
    ("United States", "US", C),
    ("Canada", "CA", C),
    ("Mexico", "MX", C),
    ("Atlético Madrid", "-", N),
    ("Villarreal", "-", N),
])

add("a", """Rahul and Kuldeep steer Delhi Capitals past Mumbai Indians

By Siddharth Rao

NEW DELHI (PTI) - KL Rahul hit an unbeaten 77 and Kuldeep Yadav took three wickets as Delhi Capitals beat Mumbai Indians by 21 runs at the Arun Jaitley Stadium on Friday night to climb to second in the Indian Premier League table.

Rahul, the Bengaluru-born opener who joined Delhi from Lucknow Super Giants in the auction, shared a stand of 98 with the South African Tristan Stubbs, who learned his cricket in Gqeberha.

Kuldeep, the left-arm wrist spinner from Kanpur in Uttar Pradesh, removed Suryakumar Yadav and Tilak Varma in the same over to break Mumbai's chase. Jasprit Bumrah, returning from injury, went for 41 in his four overs.

The crowd of 35,000 packed the ground on Bahadur Shah Zafar Marg, and many fans had made the drive from Gurugram and Noida despite a dust storm that swept across north India in the afternoon, grounding flights at Delhi airport.

Mumbai now fly to Hyderabad to face Sunrisers Hyderabad on Sunday, before returning to the Wankhede Stadium for the clash with Chennai Super Kings. Delhi travel to Ahmedabad to play Gujarat Titans.

The Afghan spinner Noor Ahmad, born in Kabul and now with Chennai, is the tournament's leading wicket-taker. Delhi's Australian fast bowler Mitchell Starc, from Baulkham Hills in Sydney's west, said the dew in Delhi had made gripping the ball "like holding a bar of soap".

The final will be played in Kolkata at Eden Gardens on May 25. Organisers said matches scheduled for Dharamsala in Himachal Pradesh had been moved because of security concerns along the border with Pakistan.""", [
    ("NEW DELHI", "IN", T),
    ("Delhi Capitals", "-", N),
    ("Mumbai Indians", "-", N),
    ("Arun Jaitley Stadium", "-", N),
    ("Indian Premier League", "-", N),
    ("Bengaluru", "IN", T),
    ("Delhi#3,5,6", "-", N),
    ("Lucknow Super Giants", "-", N),
    ("South African", "ZA", Q),
    ("Gqeberha", "ZA", T),
    ("Kanpur", "IN", T),
    ("Uttar Pradesh", "IN", A),
    ("Mumbai#3,4", "-", N),
    ("Bahadur Shah Zafar Marg", "IN", Q),
    ("Gurugram", "IN", T),
    ("Noida", "IN", T),
    ("India", "IN", C),
    ("Delhi airport", "IN", Q),
    ("Hyderabad#1", "IN", T, (17.38, 78.47)),
    ("Sunrisers Hyderabad", "-", N),
    ("Wankhede Stadium", "-", N),
    ("Chennai Super Kings", "-", N),
    ("Ahmedabad", "IN", T),
    ("Gujarat Titans", "-", N),
    ("Afghan", "AF", Q),
    ("Kabul", "AF", T),
    ("Chennai#2", "-", N),
    ("Australian", "AU", Q),
    ("Baulkham Hills", "AU", N),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Delhi#7", "IN", T, (28.65, 77.23)),
    ("Kolkata", "IN", T),
    ("Eden Gardens", "-", N),
    ("Dharamsala", "IN", T),
    ("Himachal Pradesh", "IN", A),
    ("Pakistan", "PK", C),
])

add("a", """Irish raider Vauban storms home in Melbourne Cup as Japan's challenge fades

By Chris Roots-Keane

MELBOURNE (AAP) — Vauban, trained in County Kilkenny by Willie Mullins, won the Melbourne Cup at Flemington on Tuesday, giving Ireland a fifth victory in the race that stops a nation.

Ridden by the French jockey Mickael Barzalona, the six-year-old came from the back of the field and swept past the Japanese stayer Warp Speed inside the final 200 metres. More than 90,000 racegoers packed the course beside the Maribyrnong River, and millions more stopped work to watch across Victoria, where Cup Day is a public holiday.

Mullins, whose stables are at Closutton near Bagenalstown, had tried for a decade to win the two-mile handicap. "Australians treat this race like we treat Cheltenham," he said.

The Japanese runners, flown in from Tokyo via Sydney, had been well fancied after Japan's wins in the Caulfield Cup and the Cox Plate at Moonee Valley. Warp Speed's trainer said the horse had not handled the Melbourne heat.

Third was Kingston Town Lad, a locally bred gelding from a stud near Scone, in the Hunter Valley of New South Wales, named after the great champion of the 1980s.

British interest ended early when the Newmarket-trained favourite, Sydney Harbour, pulled up lame. Its trainer said the horse, who had been quarantined at Werribee since arriving from Suffolk, would be flown home to England.

The winner's owners, a syndicate from Cork and Dublin, will take home a share of the A$8.75 million purse. The Cup, which dates from 1861, travels on a regional tour next year, stopping in Ballarat, Bendigo and Geelong before heading to Perth, Darwin and Hobart.""", [
    ("Irish", "IE", Q),
    ("Melbourne Cup", "-", N),
    ("Japan", "JP", C),
    ("MELBOURNE", "AU", T, (-37.81, 144.96)),
    ("County Kilkenny", "IE", A),
    ("Flemington", "AU", Q),
    ("Ireland", "IE", C),
    ("French", "FR", Q),
    ("Japanese", "JP", Q),
    ("Maribyrnong River", "AU", N),
    ("Victoria", "AU", A),
    ("Closutton", "IE", N),
    ("Bagenalstown", "IE", T),
    ("Australians", "AU", Q),
    ("Cheltenham", "-", N),
    ("Tokyo", "JP", T),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Caulfield Cup", "-", N),
    ("Moonee Valley", "AU", Q),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Kingston Town Lad", "-", N),
    ("Scone", "AU", T, (-32.05, 150.87)),
    ("Hunter Valley", "AU", N),
    ("New South Wales", "AU", A),
    ("British", "GB", Q),
    ("Newmarket", "GB", T, (52.24, 0.41)),
    ("Sydney Harbour", "-", N),
    ("Werribee", "AU", T),
    ("Suffolk", "GB", A),
    ("England", "GB", N),
    ("Cork", "IE", T, (51.90, -8.47)),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("Ballarat", "AU", T),
    ("Bendigo", "AU", T),
    ("Geelong", "AU", T),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Darwin", "AU", T, (-12.46, 130.84)),
    ("Hobart", "AU", T),
])
# ---------------------------------------------------------------- genre b: travel and food
add("b", """All aboard the slowest express train in the world

The Glacier Express takes eight hours to cross the Swiss Alps from Zermatt to St Moritz. Every minute is worth it, writes Helen Carter

Zermatt has no cars, so the journey starts with a walk through the village to the station, the Matterhorn glowing pink over the rooftops. The Glacier Express, which has run between Zermatt and St Moritz since 1930, covers 291km and crosses 291 bridges, and at an average of 38km/h it is proudly the slowest "express" in Switzerland.

The first leg follows the Matter valley down to Visp and the Rhône at Brig, in the canton of Valais, where German-speaking villages cling to the slopes. From there the train climbs along the young Rhône past Fiesch to Oberwald, then through the Furka base tunnel into the canton of Uri.

At Andermatt, a former garrison town reinvented as a ski resort by an Egyptian developer, the line zigzags up to the Oberalp Pass at 2,033m, the highest point of the trip. Near the summit, a small lighthouse marks the source of the Rhine, which flows 1,230km to the North Sea at Rotterdam.

Descending into Graubünden, the valley of the Vorderrhein opens up around Disentis, with its baroque monastery, and the train threads the Ruinaulta, the "Swiss Grand Canyon" carved by the Rhine. Lunch of capuns and a glass of wine from the Bündner Herrschaft is served at your seat.

After Chur, the oldest town in Switzerland, the line turns south on to the Albula railway, a Unesco World Heritage site, spiralling through tunnels to Bergün and Preda before emerging into the Engadine.

How to do it: first class from Zermatt to St Moritz costs about £250. Fly to Zurich or Geneva and take the train to Visp, or combine with the Bernina Express from St Moritz over the Bernina Pass to Tirano in Italy.""", [
    ("Glacier Express", "-", N),
    ("Swiss Alps", "CH", N),
    ("Zermatt", "CH", T),
    ("St Moritz", "CH", T),
    ("Matterhorn", "*", N),
    ("Switzerland", "CH", C),
    ("Matter valley", "CH", N),
    ("Visp", "CH", T),
    ("Rhône", "*", N),
    ("Brig", "CH", T),
    ("Valais", "CH", A),
    ("German", "DE", Q),
    ("Fiesch", "CH", T),
    ("Oberwald", "CH", T),
    ("Furka base tunnel", "CH", Q),
    ("Uri", "CH", A),
    ("Andermatt", "CH", T),
    ("Egyptian", "EG", Q),
    ("Oberalp Pass", "CH", N),
    ("Rhine", "*", N),
    ("North Sea", "*", N),
    ("Rotterdam", "NL", T),
    ("Graubünden", "CH", A),
    ("Vorderrhein", "CH", N),
    ("Disentis", "CH", T),
    ("Ruinaulta", "CH", N),
    ("Swiss Grand Canyon", "CH", Q),
    ("Bündner Herrschaft", "CH", N),
    ("Chur", "CH", T),
    ("Albula", "CH", Q),
    ("Bergün", "CH", T),
    ("Preda", "CH", T),
    ("Engadine", "CH", N),
    ("Zurich", "CH", T),
    ("Geneva", "CH", T),
    ("Bernina Express", "-", N),
    ("Bernina Pass", "CH", N),
    ("Tirano", "IT", T),
    ("Italy", "IT", C),
])

add("b", """Island-hopping the Cyclades: a two-week itinerary beyond Mykonos and Santorini

By Sophie Marchetti, Lonely Planet

The ferries leave Piraeus, the port of Athens, before dawn, and by mid-morning the first of the Cyclades rises out of the Aegean. Most visitors head straight for Mykonos and Santorini. Our route, hopping by ferry between six islands, shows a quieter Greece.

Days 1-3: Syros. The capital, Ermoupoli, is a grand 19th-century town of marble squares and neoclassical mansions, and the administrative centre of the South Aegean region. Climb to the medieval quarter of Ano Syros for sunset.

Days 4-6: Tinos. A short hop north, Tinos is a pilgrimage island with more than 40 marble-carving villages. Pyrgos is the prettiest; in the harbour town, try the artichokes and the local louza, a cured pork.

Days 7-9: Naxos. The largest of the Cyclades is green and fertile, with potato fields, a 6th-century BC marble gateway, the Portara, and the hill village of Halki, where kitron liqueur has been distilled since 1896.

Days 10-11: Paros and Antiparos. Stay in Naoussa, a fishing village turned chic resort, and take the little car ferry from Pounta to Antiparos.

Days 12-14: Milos. Volcanic Milos, where the Venus de Milo was found in 1820, has the most extraordinary coastline in Greece: the white moonscape of Sarakiniko and the sea caves of Kleftiko can only be reached by boat.

Getting there: fly to Athens, or to Mykonos or Santorini from London, Manchester and Paris in summer. Seajets and Blue Star ferries link all these islands; from Milos you can continue south to Crete, landing at Heraklion, or return to Piraeus in seven hours. Avoid August, when the meltemi wind blows hard across the Aegean Sea.""", [
    ("Cyclades", "GR", N),
    ("Mykonos", "GR", N),
    ("Santorini", "GR", N),
    ("Piraeus", "GR", T),
    ("Athens", "GR", T, (37.98, 23.73)),
    ("Aegean", "*", N),
    ("Greece", "GR", C),
    ("Syros", "GR", N),
    ("Ermoupoli", "GR", T),
    ("South Aegean", "GR", A),
    ("Ano Syros", "GR", T),
    ("Tinos", "GR", N),
    ("Pyrgos", "GR", T, (37.60, 25.16)),
    ("Naxos", "GR", N),
    ("Portara", "GR", Q),
    ("Halki", "GR", T, (37.06, 25.49)),
    ("Paros", "GR", N),
    ("Antiparos", "GR", N),
    ("Naoussa", "GR", T, (37.12, 25.24)),
    ("Pounta", "GR", N),
    ("Milos", "GR", N),
    ("Venus de Milo", "-", N),
    ("Sarakiniko", "GR", N),
    ("Kleftiko", "GR", N),
    ("London", "GB", T, (51.51, -0.13)),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Crete", "GR", N),
    ("Heraklion", "GR", T),
    ("Aegean Sea", "*", N),
])

add("b", """Utah's Mighty Five: a road trip through America's red-rock national parks

Five national parks, 1,600 kilometres, one unforgettable week. By Jake Morales

Most visitors fly into Las Vegas, Nevada, pick up a car and drive three hours north-east on Interstate 15 to the first and busiest of Utah's national parks. Zion's towering sandstone walls are best seen from the Narrows, hiking upstream in the Virgin River, or from the top of Angels Landing. Stay in Springdale, the small town at the park gate.

From there, head east on Highway 9 through the Zion-Mount Carmel tunnel and north on Highway 89 to Bryce Canyon, where thousands of orange hoodoos crowd a natural amphitheatre. At 2,400m it can snow in May; the town of Tropic has cheaper motels than the park lodge.

Scenic Byway 12, one of the most beautiful roads in the United States, winds over the Hogsback ridge past Escalante and Boulder to Torrey, gateway to Capitol Reef, where settlers planted orchards along the Fremont River. In late summer you can still pick apricots in Fruita.

Continue to Hanksville and Green River, then south to Moab, the adventure capital of the Colorado Plateau. Two parks sit on its doorstep: Arches, with more than 2,000 stone arches, and Canyonlands, where the Colorado River and the Green River carve the landscape into three districts. Book a timed-entry permit for Arches.

The drive back to Las Vegas takes eight hours. Alternatively, end in Salt Lake City, four hours north of Moab, or detour south into Arizona to see Monument Valley, on the Navajo Nation, and Page, for Horseshoe Bend and Lake Powell.

Best time: April-May or September-October. Summer temperatures in Moab regularly top 40C.""", [
    ("Utah", "US", A),
    ("America", "US", C),
    ("Las Vegas#1", "US", T, "US.NV"),
    ("Nevada", "US", A),
    ("Interstate 15", "US", Q),
    ("Zion", "US", N),
    ("Narrows", "US", N),
    ("Virgin River", "US", N),
    ("Angels Landing", "US", N),
    ("Springdale", "US", T, "US.UT"),
    ("Bryce Canyon", "US", N),
    ("Tropic", "US", T, "US.UT"),
    ("United States", "US", C),
    ("Hogsback", "US", N),
    ("Escalante", "US", T, "US.UT"),
    ("Boulder", "US", T, "US.UT"),
    ("Torrey", "US", T, "US.UT"),
    ("Capitol Reef", "US", N),
    ("Fremont River", "US", N),
    ("Fruita", "US", N, "US.UT"),
    ("Hanksville", "US", T, "US.UT"),
    ("Green River#1", "US", T, "US.UT"),
    ("Moab", "US", T, "US.UT"),
    ("Colorado Plateau", "US", N),
    ("Arches", "US", N),
    ("Canyonlands", "US", N),
    ("Colorado River", "*", N),
    ("Green River#2", "US", N),
    ("Las Vegas#2", "US", T, "US.NV"),
    ("Salt Lake City", "US", T),
    ("Arizona", "US", A),
    ("Monument Valley", "US", N),
    ("Navajo Nation", "US", N),
    ("Page", "US", T, "US.AZ"),
    ("Horseshoe Bend", "US", N),
    ("Lake Powell", "US", N),
])
add("b", """Pintxos and Rioja: a long weekend from San Sebastián to the vineyards of the Ebro

Basque bar-hopping, then south to Spain's most famous wine region. By Lucía Fernández-Hart

Start in San Sebastián — Donostia in Basque — where the old town's bars pile their counters with pintxos: anchovies from the Cantabrian coast, grilled foie, and the gilda, a skewer of olive, chilli and anchovy named after Rita Hayworth's film. Eat standing up, pay at the end, and move on. Walk it off along the Concha bay, or take the funicular up Monte Igueldo.

A day trip east takes you to Getaria, the fishing village where whole turbot is grilled on open fires and the local white, txakoli, is poured from a height. Across the French border, Saint-Jean-de-Luz has excellent seafood too.

Then drive two hours south, through Vitoria-Gasteiz, capital of the Basque Country, and over the Sierra de Cantabria to Laguardia, a walled hilltop town in the province of Álava whose cellars are carved into the rock. Here, in Rioja Alavesa, the tempranillo vines run down to the Ebro.

Base yourself in Haro, in La Rioja, where the railway station district holds seven historic bodegas within a few hundred metres. Frank Gehry's titanium-clad hotel at Elciego is worth a lunch. Every June, Haro's wine battle sees thousands drench each other with red wine.

Logroño, the regional capital, has its own pintxo street, Calle Laurel, where each bar serves one speciality: mushrooms, patatas bravas, grilled pig's ear.

Getting there: fly to Bilbao, an hour from San Sebastián, or take the train from Madrid to Logroño. A bottle of Rioja reserva costs €12 at the cellar door; the best gran reservas will not leave you change from €60. Nearby Navarra, centred on Pamplona, makes excellent rosado.""", [
    ("Rioja#1", "-", N),
    ("San Sebastián", "ES", T, (43.32, -1.98)),
    ("Ebro", "ES", N),
    ("Basque", "ES", Q),
    ("Spain", "ES", C),
    ("Donostia", "ES", T, (43.32, -1.98)),
    ("Cantabrian", "ES", Q),
    ("Concha", "ES", N),
    ("Monte Igueldo", "ES", N),
    ("Getaria", "ES", T, (43.30, -2.20)),
    ("French", "FR", Q),
    ("Saint-Jean-de-Luz", "FR", T),
    ("Vitoria-Gasteiz", "ES", T),
    ("Basque Country", "ES", A),
    ("Sierra de Cantabria", "ES", N),
    ("Laguardia", "ES", T),
    ("Álava", "ES", A),
    ("Rioja Alavesa", "ES", N),
    ("Haro", "ES", T, (42.58, -2.85)),
    ("La Rioja", "ES", A),
    ("Elciego", "ES", T),
    ("Logroño", "ES", T),
    ("Calle Laurel", "ES", Q),
    ("Bilbao", "ES", T),
    ("Madrid", "ES", T, (40.42, -3.70)),
    ("Rioja#4", "-", N),
    ("Navarra", "ES", A),
    ("Pamplona", "ES", T),
])

add("b", """The perfect Peking duck: a pilgrimage to Beijing's roast duck houses

By Fuchsia Lam

BEIJING — In the hutongs south of Tiananmen Square, the smell of fruitwood smoke drifts from Quanjude's original Qianmen branch, where ducks have been hung in brick ovens since 1864. Peking duck, for many visitors, is the reason to come to the Chinese capital at all.

The dish began in the imperial kitchens of the Ming dynasty, which moved its capital north from Nanjing to Beijing in the 15th century and brought with it a taste for roasting ducks from the lakes of Jiangsu. Beijing cooks added the Shandong technique of hanging the bird in an open oven, and the modern recipe was born.

At Da Dong, near Dongsishitiao, the chef Dong Zhenxiang serves a leaner, crisper "Superlean" duck with sugar for dipping the skin. At Siji Minfu, near the Forbidden City, queues start at 4pm. Both serve the duck the classic way: slices of skin and meat wrapped in thin pancakes with spring onion, cucumber and sweet bean sauce.

Outside Beijing, the dish changes. Cantonese roast duck, found in every window in Guangzhou and Hong Kong, is glazed with maltose and served over rice. Nanjing salted duck, a speciality of the old southern capital, is brined and poached. In Sichuan, ducks are smoked over tea leaves and camphor, and the markets of Chengdu sell them alongside rabbit heads doused in Sichuan pepper.

Most Beijing restaurants ask diners to book a duck in advance; expect to pay 300 yuan for a whole bird. The area around Qianmen and Dashilar is ten minutes' walk from the Forbidden City, and the high-speed train to Tianjin takes just 30 minutes if you want to compare its dumplings.""", [
    ("Peking duck", "-", N),
    ("Beijing", "CN", T, (39.91, 116.40)),
    ("BEIJING", "CN", T, (39.91, 116.40)),
    ("Tiananmen Square", "CN", N),
    ("Quanjude", "-", N),
    ("Qianmen", "CN", N),
    ("Chinese", "CN", Q),
    ("Nanjing", "CN", T, (32.06, 118.78)),
    ("Jiangsu", "CN", A),
    ("Shandong", "CN", A),
    ("Dongsishitiao", "CN", N),
    ("Forbidden City", "CN", N),
    ("Cantonese", "CN", Q),
    ("Guangzhou", "CN", T),
    ("Hong Kong", "HK", N),
    ("Nanjing salted duck", "-", N),
    ("Sichuan", "CN", A),
    ("Chengdu", "CN", T),
    ("Sichuan pepper", "-", N),
    ("Dashilar", "CN", N),
    ("Tianjin", "CN", T),
])

add("b", """Food valley: eating your way through Emilia-Romagna

Parma ham, Parmigiano Reggiano and the real ragù of Bologna. By Rachel Roddy-Fiore

The Via Emilia, the Roman road that runs dead straight from Piacenza to Rimini, threads together Italy's richest food region. Drive it in a week and you will eat better than anywhere in Europe.

Start in Parma, where the ham is cured in the hills south of the city around Langhirano, whose dry winds off the Apennines give prosciutto di Parma its sweetness. Visit a prosciuttificio in the morning, then drive to a dairy near Reggio Emilia to watch the wheels of Parmigiano Reggiano being made from the milk of the Po valley's cows. Don't confuse the city with Reggio Calabria, at the toe of Italy.

Modena is next. Beyond the cathedral and Ferrari's museum, seek out an acetaia in the surrounding hills, where balsamic vinegar of Modena is aged for up to 25 years in barrels of cherry, oak and juniper. Massimo Bottura's Osteria Francescana is here too, if you can get a table.

Bologna, the regional capital, is where you will find the real ragù: slow-cooked, with little tomato, and never served with spaghetti. Spaghetti Bolognese is a foreign invention, locals will tell you firmly. Order tagliatelle, and tortellini in brodo, and drink Lambrusco, the sparkling red made in the plain between Modena and Reggio Emilia.

Finish on the Adriatic. Ferrara, with its Renaissance walls, is famous for cappellacci stuffed with pumpkin; further east, in the Po Delta, eel is fished in the lagoons around Comacchio. The piadina flatbreads of Romagna are best eaten on the seafront at Cesenatico or Rimini.

Getting there: fly to Bologna from London or Dublin. Trains link every city on the Via Emilia in under an hour, and Florence is 35 minutes away across the Apennines by high-speed train.""", [
    ("Emilia-Romagna", "IT", A),
    ("Parma ham", "-", N),
    ("Parmigiano Reggiano", "-", N),
    ("Bologna", "IT", T),
    ("Via Emilia", "IT", Q),
    ("Piacenza", "IT", T),
    ("Rimini", "IT", T),
    ("Italy", "IT", C),
    ("Europe", "*", N),
    ("Parma", "IT", T),
    ("Langhirano", "IT", T),
    ("Apennines", "IT", N),
    ("prosciutto di Parma", "-", N),
    ("Reggio Emilia", "IT", T),
    ("Po valley", "IT", N),
    ("Reggio Calabria", "IT", T),
    ("Modena", "IT", T),
    ("balsamic vinegar of Modena", "-", N),
    ("Spaghetti Bolognese", "-", N),
    ("Lambrusco", "-", N),
    ("Adriatic", "*", N),
    ("Ferrara", "IT", T),
    ("Po Delta", "IT", N),
    ("Comacchio", "IT", T),
    ("Romagna", "IT", N),
    ("Cesenatico", "IT", T),
    ("London", "GB", T, (51.51, -0.13)),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("Florence", "IT", T, (43.77, 11.25)),
])

add("b", """Where the wings were born: a food lover's weekend in Buffalo

By Dana Kowalski

BUFFALO, N.Y. — On a Friday night in March, 1964, Teressa Bellissimo is said to have tossed a plate of chicken wings in hot sauce at the Anchor Bar on Main Street. Six decades on, Buffalo wings are eaten from Manila to Mexico City, and this city on the eastern shore of Lake Erie has turned its most famous dish into a reason to visit.

The Buffalo Wing Trail now lists 13 spots. The Anchor Bar is the pilgrimage; Duff's, in Amherst, is the local favourite, where the menu warns that "medium is hot"; and Gabriel's Gate, in Allentown, the city's Victorian historic district, serves them in a cosy saloon.

The city has more to offer than wings. The beef on weck — roast beef on a kummelweck roll with horseradish — is a Western New York classic, best at Schwabl's in West Seneca. Sahlen's hot dogs are charcoal-grilled at Ted's, which also has branches in Tonawanda and across the state line in Tempe, Arizona.

Between meals, walk the revived Canalside, where the Erie Canal once ended, or tour Frank Lloyd Wright's Darwin Martin House. In autumn, the Buffalo Bills play at Highmark Stadium in Orchard Park, and tailgating is a serious business.

Niagara Falls is 30 minutes north, and the Canadian side of the falls, in Ontario, has the better view; bring a passport. Toronto is two hours around Lake Ontario, and Rochester, an hour east, has its own cult dish, the Garbage Plate.

Getting there: Buffalo Niagara International Airport has direct flights from New York City, Chicago and Orlando. Amtrak's trains from Manhattan take about eight hours along the Hudson and through the Mohawk Valley.""", [
    ("Buffalo", "US", T, "US.NY"),
    ("BUFFALO", "US", T, "US.NY"),
    ("N.Y.", "US", A),
    ("Anchor Bar", "-", N),
    ("Main Street", "US", Q),
    ("Buffalo wings", "-", N),
    ("Manila", "PH", T),
    ("Mexico City", "MX", T),
    ("Lake Erie", "*", N),
    ("Buffalo Wing Trail", "-", N),
    ("Amherst", "US", T, "US.NY"),
    ("Allentown", "US", N, (42.90, -78.88)),
    ("Western New York", "US", N),
    ("West Seneca", "US", T, "US.NY"),
    ("Tonawanda", "US", T, "US.NY"),
    ("Tempe", "US", T, "US.AZ"),
    ("Arizona", "US", A),
    ("Canalside", "US", N),
    ("Erie Canal", "US", N),
    ("Darwin Martin House", "-", N),
    ("Buffalo Bills", "-", N),
    ("Highmark Stadium", "-", N),
    ("Orchard Park", "US", T, "US.NY"),
    ("Niagara Falls", "*", N),
    ("Canadian", "CA", Q),
    ("Ontario", "CA", A),
    ("Toronto", "CA", T),
    ("Lake Ontario", "*", N),
    ("Rochester", "US", T, "US.NY"),
    ("Buffalo Niagara International Airport", "-", N),
    ("New York City", "US", T),
    ("Chicago", "US", T, "US.IL"),
    ("Orlando", "US", T, "US.FL"),
    ("Manhattan", "US", N, (40.78, -73.97)),
    ("Hudson", "US", N),
    ("Mohawk Valley", "US", N),
])
add("b", """Ten days on the rails: Japan by bullet train

From neon Tokyo to the shrines of Kyoto and the Alps of central Honshu, a Japan Rail Pass itinerary. By Tom Whitaker, Condé Nast Traveller

Days 1-3: Tokyo. Base yourself in Shinjuku or Asakusa, and spend a morning at the Toyosu fish market, which replaced Tsukiji in 2018. Day-trip to Kamakura for the Great Buddha, or to Hakone, where on a clear day Mount Fuji looms over Lake Ashi.

Day 4: Kanazawa. The Hokuriku shinkansen reaches the Sea of Japan coast in two and a half hours. Kanazawa's Kenroku-en garden and its geisha district are the draws; eat sushi at Omicho market.

Days 5-6: Takayama and Shirakawa-go. A bus through the mountains of Gifu prefecture takes you to the thatched farmhouses of Shirakawa-go, then to Takayama, an old merchant town in the Japanese Alps famous for Hida beef, which many locals insist beats Kobe beef.

Days 7-8: Kyoto. Take the train via Nagoya. Rise early for the vermilion gates of Fushimi Inari, then escape the crowds in the bamboo groves of Arashiyama. Nara, with its bowing deer, is 45 minutes away.

Day 9: Hiroshima and Miyajima. The Peace Memorial Park is a sobering morning; in the afternoon, take the ferry to Miyajima island, where the torii of Itsukushima stands in the sea at high tide. Try okonomiyaki, layered Hiroshima-style with noodles.

Day 10: Osaka. Japan's kitchen is the place for takoyaki and kushikatsu in the neon canyon of Dotonbori. Kansai International Airport is 50 minutes away, with direct flights to London, Sydney and Singapore, or take the shinkansen back to Tokyo in two and a half hours.

A seven-day Japan Rail Pass now costs 50,000 yen. Typhoon season runs from August to October.""", [
    ("Japan", "JP", C),
    ("Japan Rail Pass", "-", N),
    ("Tokyo", "JP", T),
    ("Kyoto", "JP", T),
    ("Alps", "JP", N),
    ("Honshu", "JP", N),
    ("Shinjuku", "JP", N),
    ("Asakusa", "JP", N),
    ("Toyosu", "JP", N),
    ("Tsukiji", "JP", N),
    ("Kamakura", "JP", T),
    ("Hakone", "JP", T),
    ("Mount Fuji", "JP", N),
    ("Lake Ashi", "JP", N),
    ("Kanazawa", "JP", T, (36.56, 136.65)),
    ("Hokuriku", "JP", N),
    ("Sea of Japan", "*", N),
    ("Kenroku-en", "JP", Q),
    ("Omicho", "JP", Q),
    ("Takayama", "JP", T, (36.14, 137.25)),
    ("Shirakawa-go", "JP", N),
    ("Gifu", "JP", A),
    ("Japanese Alps", "JP", N),
    ("Hida beef", "-", N),
    ("Kobe beef", "-", N),
    ("Nagoya", "JP", T),
    ("Fushimi Inari", "JP", Q),
    ("Arashiyama", "JP", N),
    ("Nara", "JP", T),
    ("Hiroshima#1", "JP", T),
    ("Hiroshima#2", "JP", Q),
    ("Miyajima", "JP", N),
    ("Peace Memorial Park", "JP", Q),
    ("Itsukushima", "JP", N),
    ("Osaka", "JP", T),
    ("Dotonbori", "JP", N),
    ("Kansai International Airport", "JP", Q),
    ("London", "GB", T, (51.51, -0.13)),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Singapore", "SG", N),
])

add("b", """From the Andes to the end of the world: three weeks in Chile

By Martín Rojas-Whyte

Chile is 4,300km long and, on average, 177km wide, so any itinerary is a study in distances. Fly into Santiago, the capital, where the Andes rise white behind the skyscrapers of Providencia. Eat a completo, a hot dog buried in avocado, at the Mercado Central, and take the cable car up Cerro San Cristóbal.

Valparaíso, two hours west, is a tangle of painted houses and funiculars spilling down 42 hills to the Pacific. Pablo Neruda's house, La Sebastiana, is here; his other homes are at Isla Negra and in Santiago's Bellavista barrio. Next door, Viña del Mar has beaches and a casino.

South of the capital, the Colchagua Valley around Santa Cruz produces the country's best carménère, a Bordeaux grape thought extinct until it was rediscovered in Chilean vineyards in 1994. The Casablanca Valley, on the road to the coast, is known for sauvignon blanc.

Fly north to Calama for the Atacama Desert. San Pedro de Atacama, an adobe oasis town, is the base for the Tatio geysers at dawn and the Valle de la Luna at sunset. The sky here is so clear that Europe and the United States built their largest telescopes nearby.

Then go south, to Patagonia. From Punta Arenas, on the Strait of Magellan, it is three hours by bus to Puerto Natales and the granite towers of Torres del Paine. Hike the W trek in four or five days. Ferries continue to Tierra del Fuego, and across the border, El Calafate in Argentina is the gateway to the Perito Moreno glacier.

A warning for Santiago: the Chilean capital should not be confused with Santiago de Compostela, in Spain's Galicia, or Santiago de Cuba. And the local brandy, pisco, is also claimed by Peru, where a town named Pisco stands on the coast south of Lima.""", [
    ("Andes", "*", N),
    ("Chile", "CL", C),
    ("Santiago", "CL", T, (-33.45, -70.65)),
    ("Providencia", "CL", T, (-33.43, -70.61)),
    ("Mercado Central", "CL", Q),
    ("Cerro San Cristóbal", "CL", N),
    ("Valparaíso", "CL", T),
    ("Pacific", "*", N),
    ("La Sebastiana", "-", N),
    ("Isla Negra", "CL", T),
    ("Bellavista", "CL", N, (-33.43, -70.64)),
    ("Viña del Mar", "CL", T),
    ("Colchagua Valley", "CL", N),
    ("Santa Cruz", "CL", T, (-34.64, -71.37)),
    ("Bordeaux", "FR", Q),
    ("Chilean", "CL", Q),
    ("Casablanca Valley", "CL", N),
    ("Calama", "CL", T),
    ("Atacama Desert", "CL", N),
    ("San Pedro de Atacama", "CL", T),
    ("Tatio", "CL", N),
    ("Valle de la Luna", "CL", N, (-22.92, -68.28)),
    ("Europe", "*", N),
    ("United States", "US", C),
    ("Patagonia", "*", N),
    ("Punta Arenas", "CL", T),
    ("Strait of Magellan", "CL", N),
    ("Puerto Natales", "CL", T),
    ("Torres del Paine", "CL", N),
    ("Tierra del Fuego", "*", N),
    ("El Calafate", "AR", T),
    ("Argentina", "AR", C),
    ("Perito Moreno", "AR", N),
    ("Santiago de Compostela", "ES", T),
    ("Spain", "ES", C),
    ("Galicia", "ES", A),
    ("Santiago de Cuba", "CU", T),
    ("Peru", "PE", C),
    ("Pisco", "PE", T, (-13.71, -76.20)),
    ("Lima", "PE", T, (-12.05, -77.04)),
])

add("b", """Jerk, coffee and the other Boston: Jamaica beyond the resorts

By Kerry-Ann Whyte

Most visitors to Jamaica never leave the all-inclusives of Montego Bay, Negril and Ocho Rios. Hire a driver, or brave the island's roads yourself, and you'll find a wilder, more delicious country.

Begin in Kingston, the capital, for the Bob Marley Museum on Hope Road and the sound systems of Downtown on a Sunday night. Devon House, a Victorian mansion, serves the island's best ice cream. Then climb into the Blue Mountains, where coffee farms cling to slopes below Blue Mountain Peak, at 2,256m the island's highest point. Stay at Strawberry Hill, above the village of Irish Town, and visit a plantation near Mavis Bank. Blue Mountain coffee, most of it exported to Japan, sells for $60 a pound.

Descend the north side to Port Antonio, in the parish of Portland, a lush corner where Errol Flynn once owned an island. The Blue Lagoon here was the setting for the 1980 film starring Brooke Shields. Ten miles east is Boston Bay, the village where jerk was born: Maroon communities, descendants of enslaved Africans who escaped into the hills, smoked wild boar over pimento wood here centuries ago. The roadside jerk pits at Boston still use the same method.

Follow the coast west through Annotto Bay and Oracabessa, where Ian Fleming wrote the James Bond novels at Goldeneye, to Ocho Rios and the Dunn's River Falls. Inland, the Cockpit Country of Trelawny is a karst wilderness of sinkholes.

End on the south coast at Treasure Beach, in St Elizabeth, a string of fishing villages with no big hotels. Eat fried fish and bammy at Little Ochie in Alligator Pond, then fly home from Montego Bay.""", [
    ("Boston#1", "JM", N, (18.17, -76.33)),
    ("Jamaica", "JM", C),
    ("Montego Bay", "JM", T),
    ("Negril", "JM", T),
    ("Ocho Rios", "JM", T),
    ("Kingston", "JM", T, (18.0, -76.79)),
    ("Bob Marley Museum", "-", N),
    ("Hope Road", "JM", Q),
    ("Downtown", "JM", Q),
    ("Devon House", "-", N),
    ("Blue Mountains", "JM", N, (18.05, -76.58)),
    ("Blue Mountain Peak", "JM", N),
    ("Strawberry Hill", "-", N),
    ("Irish Town", "JM", T),
    ("Mavis Bank", "JM", T),
    ("Blue Mountain coffee", "-", N),
    ("Japan", "JP", C),
    ("Port Antonio", "JM", T),
    ("Portland", "JM", A, (18.1, -76.45)),
    ("Blue Lagoon", "JM", N),
    ("Boston Bay", "JM", N, (18.17, -76.33)),
    ("Maroon", "JM", Q),
    ("Africans", "*", Q),
    ("Boston#3", "JM", N, (18.17, -76.33)),
    ("Annotto Bay", "JM", T),
    ("Oracabessa", "JM", T),
    ("Goldeneye", "-", N),
    ("Dunn's River Falls", "JM", N),
    ("Cockpit Country", "JM", N),
    ("Trelawny", "JM", A),
    ("Treasure Beach", "JM", T),
    ("St Elizabeth", "JM", A),
    ("Little Ochie", "-", N),
    ("Alligator Pond", "JM", T),
])
add("b", """Khachapuri, qvevri and the Caucasus: why Georgia is Europe's most exciting food destination

No, not the US state. By Anna Sheridan, Guardian Travel

TBILISI — The bread arrives bubbling from the oven, a boat of dough filled with molten sulguni cheese, a raw egg and a slab of butter. This is Adjarian khachapuri, from the Black Sea coast around Batumi, and in Georgia it is eaten at any hour.

Georgia, squeezed between Russia, Turkey, Armenia and Azerbaijan in the Caucasus, has become a magnet for food-minded travellers. Flights from London, Berlin and Warsaw to Tbilisi and Kutaisi have multiplied, and the capital's old town, with its sulphur baths in Abanotubani and balconied houses along the Mtkvari river, is full of natural-wine bars.

The wine is the other reason to come. Georgians have made wine for 8,000 years, fermenting it in clay vessels called qvevri buried in the ground. Drive two hours east to Kakheti, the wine region beneath the Greater Caucasus, and stay in Sighnaghi, a hilltop town overlooking the Alazani valley. In Telavi, the regional centre, family cellars will pour amber rkatsiteli and inky saperavi.

Back west, Imereti has its own round khachapuri, and Kutaisi's market is the place to try it. In the mountains of Svaneti, around Mestia, the speciality is kubdari, a bread stuffed with spiced meat, and the salt from Svaneti flavours dishes across the country. Georgia's most celebrated dish, khinkali, the soup-filled dumplings, come from the highlands of Tusheti and Kazbegi, where the Gergeti Trinity Church stands beneath Mount Kazbek.

Georgian hospitality is legendary: a supra, or feast, is led by a tamada, a toastmaster. Pace yourself.

Getting there: Georgian Airways flies from Amsterdam. Wizz Air serves Kutaisi from across Europe.""", [
    ("Caucasus#1,2", "*", N),
    ("Georgia#1,2,3", "GE", C),
    ("Europe#1", "*", N),
    ("US", "US", C),
    ("TBILISI", "GE", T),
    ("Adjarian khachapuri", "-", N),
    ("Black Sea", "*", N),
    ("Batumi", "GE", T),
    ("Russia", "RU", C),
    ("Turkey", "TR", C),
    ("Armenia", "AM", C),
    ("Azerbaijan", "AZ", C),
    ("London", "GB", T, (51.51, -0.13)),
    ("Berlin", "DE", T),
    ("Warsaw", "PL", T),
    ("Tbilisi", "GE", T),
    ("Kutaisi", "GE", T),
    ("Abanotubani", "GE", N),
    ("Mtkvari", "*", N),
    ("Georgians", "GE", Q),
    ("Kakheti", "GE", A),
    ("Greater Caucasus", "*", N),
    ("Sighnaghi", "GE", T),
    ("Alazani", "*", N),
    ("Telavi", "GE", T),
    ("Imereti", "GE", A),
    ("Svaneti", "GE", N),
    ("Mestia", "GE", T),
    ("Georgia#4", "GE", C),
    ("Tusheti", "GE", N),
    ("Kazbegi", "GE", N),
    ("Gergeti Trinity Church", "GE", Q),
    ("Mount Kazbek", "*", N),
    ("Georgian", "GE", Q),
    ("Georgian Airways", "-", N),
    ("Amsterdam", "NL", T),
    ("Europe#2", "*", N),
])

add("b", """Surf, wine and whale sharks: the ultimate Western Australia road trip

From Perth to Margaret River and beyond, 10 days on the Indian Ocean coast. By Liam Carey

Perth is the most isolated big city on Earth — closer to Bali than to Sydney — and that remoteness is part of its appeal. Start with a day in Fremantle, the old port at the mouth of the Swan River, for fish and chips and the Saturday markets, then take the 25-minute ferry to Rottnest Island to meet the quokkas.

Head south on the Kwinana Freeway. Stop at Mandurah for its dolphins, then Bunbury, before reaching Busselton, whose wooden jetty runs almost 2km into Geographe Bay. From here begins the Margaret River region: more than 200 wineries between Cape Naturaliste and Cape Leeuwin, where the Indian Ocean meets the Southern Ocean. The town of Margaret River itself has the best cafes; Yallingup and Prevelly have the surf.

Don't miss the karri forests around Pemberton, where you can climb a 60m fire-lookout tree, or the granite coast of Albany, the state's oldest European settlement, where whales pass from June to October.

If you have longer, fly north. Exmouth, 1,200km up the coast, is the base for swimming with whale sharks on Ningaloo Reef between March and July. Further still, Broome and the Kimberley offer pearl farms, red cliffs and Cable Beach camel rides at sunset.

Getting there: Qantas flies non-stop from London to Perth in 17 hours, and there are direct flights from Singapore, Dubai and Johannesburg. From Melbourne or Sydney it is a four-to-five-hour flight. Note that this Perth is not the original: Perth in Scotland, on the River Tay, gave the city its name, because Perthshire was the home county of the colonial secretary, Sir George Murray.""", [
    ("Western Australia", "AU", A),
    ("Perth#1,2,3,4", "AU", T, (-31.95, 115.86)),
    ("Margaret River#1", "AU", N, (-33.95, 115.07)),
    ("Indian Ocean#1,2", "*", N),
    ("Earth", "-", N),
    ("Bali", "ID", N),
    ("Sydney#1,2", "AU", T, (-33.87, 151.21)),
    ("Fremantle", "AU", T, (-32.06, 115.75)),
    ("Swan River", "AU", N),
    ("Rottnest Island", "AU", N),
    ("Kwinana Freeway", "AU", Q),
    ("Mandurah", "AU", T),
    ("Bunbury", "AU", T),
    ("Busselton", "AU", T),
    ("Geographe Bay", "AU", N),
    ("Margaret River#2,3", "AU", N, (-33.95, 115.07)),
    ("Cape Naturaliste", "AU", N),
    ("Cape Leeuwin", "AU", N),
    ("Southern Ocean", "*", N),
    ("Yallingup", "AU", T),
    ("Prevelly", "AU", T),
    ("Pemberton", "AU", T, (-34.44, 116.04)),
    ("Albany", "AU", T, (-35.02, 117.88)),
    ("European", "*", Q),
    ("Exmouth", "AU", T, (-21.93, 114.13)),
    ("Ningaloo Reef", "AU", N),
    ("Broome", "AU", T),
    ("Kimberley", "AU", N),
    ("Cable Beach", "AU", N),
    ("London", "GB", T, (51.51, -0.13)),
    ("Singapore", "SG", N),
    ("Dubai", "AE", T),
    ("Johannesburg", "ZA", T),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Perth#5", "GB", T, (56.40, -3.44)),
    ("Scotland", "GB", N),
    ("River Tay", "GB", N),
    ("Perthshire", "GB", A),
])
add("b", """Castles, kippers and the Holy Island: the Northumberland coast from Newcastle to Edinburgh

By Mark Ellison, travel editor

NEWCASTLE UPON TYNE — Few stretches of British coastline pack in as much as the 110 miles between the Tyne and the Firth of Forth. Do it slowly, by car or by bike along the Coast and Castles cycle route, and allow four days.

Start on the Quayside in Newcastle, under the Tyne Bridge, with a stottie cake from the Saturday market, then take the Metro to Tynemouth for fish and chips at the priory's foot. (Newcastle United fans will tell you the best view of the city is from St James' Park, which towers over the centre.)

North of Amble, the coast becomes the Northumberland Coast Area of Outstanding Natural Beauty. In Craster, a village of 300 people, the Robson family has been oak-smoking herring for four generations; their Craster kippers are sold from a shed by the harbour. From there, a 1.3-mile clifftop path leads to the ruins of Dunstanburgh Castle.

Alnwick, a few miles inland, is dominated by its castle, home to the Dukes of Northumberland, while Bamburgh Castle rises from a basalt crag above one of England's finest beaches. Boats from Seahouses run to the Farne Islands, where puffins nest from May to July.

Check the tide tables before driving the causeway to Lindisfarne, also called Holy Island, where monks produced the Lindisfarne Gospels 1,300 years ago. Lindisfarne Mead is still made here.

Berwick-upon-Tweed, England's northernmost town, changed hands between England and Scotland 13 times. Cross the Tweed and follow the cliffs of the Scottish Borders past St Abbs and Eyemouth into East Lothian, where North Berwick has a seabird centre on the Bass Rock's doorstep.

End in Edinburgh, an hour from North Berwick by train. LNER trains take 90 minutes back to Newcastle. Not to be confused with Newcastle in New South Wales, Australia's great coal port, which is also on a river mouth, the Hunter.""", [
    ("Holy Island#1", "GB", N, (55.68, -1.80)),
    ("Northumberland#1,2", "GB", A),
    ("Newcastle#1", "GB", T, (54.97, -1.61)),
    ("Edinburgh#1", "GB", T, (55.95, -3.19)),
    ("NEWCASTLE UPON TYNE", "GB", T, (54.97, -1.61)),
    ("British", "GB", Q),
    ("Tyne#1", "GB", N),
    ("Firth of Forth", "GB", N),
    ("Quayside", "GB", N),
    ("Newcastle#2", "GB", T, (54.97, -1.61)),
    ("Tyne Bridge", "GB", Q),
    ("Tynemouth", "GB", T),
    ("Newcastle United", "-", N),
    ("St James' Park", "GB", Q),
    ("Amble", "GB", T),
    ("Northumberland Coast", "GB", N),
    ("Craster#1", "GB", T),
    ("Craster kippers", "-", N),
    ("Dunstanburgh Castle", "GB", Q),
    ("Alnwick", "GB", T),
    ("Dukes of Northumberland", "-", N),
    ("Bamburgh Castle", "GB", Q),
    ("England", "GB", N),
    ("Seahouses", "GB", T),
    ("Farne Islands", "GB", N),
    ("Lindisfarne#1", "GB", N, (55.68, -1.80)),
    ("Holy Island#2", "GB", N, (55.68, -1.80)),
    ("Lindisfarne Gospels", "-", N),
    ("Lindisfarne Mead", "-", N),
    ("Berwick-upon-Tweed", "GB", T),
    ("Scotland", "GB", N),
    ("Tweed", "GB", N),
    ("Scottish Borders", "GB", A),
    ("St Abbs", "GB", T),
    ("Eyemouth", "GB", T),
    ("East Lothian", "GB", A),
    ("North Berwick", "GB", T),
    ("Bass Rock", "GB", N),
    ("Edinburgh#2", "GB", T, (55.95, -3.19)),
    ("LNER", "-", N),
    ("Newcastle#4", "GB", T, (54.97, -1.61)),
    ("Newcastle#5", "AU", T, (-32.93, 151.78)),
    ("New South Wales", "AU", A),
    ("Australia", "AU", C),
    ("Hunter", "AU", N),
])
# ---------------------------------------------------------------- genre c: arts, film, music
add("c", """Here's looking at you, Morocco: 'Casablanca' remake shoots in the real Casablanca

By Elsa Keslassy-Ward, Variety

CASABLANCA, Morocco — More than 80 years after Hollywood built its Rick's Café on a Burbank soundstage, a new screen version of "Casablanca" is finally shooting in the city that gave the classic its name.

The limited series, produced by a French-Moroccan team for a streaming platform, began filming this month in the Art Deco quarter around Boulevard Mohammed V and in the old medina near the port. "Michael Curtiz never set foot here," said the director, Nabil Ayouch, who grew up in Sarcelles, outside Paris. "We wanted the real light of the Atlantic."

The production moves next month to Rabat, the capital, where the Kasbah of the Udayas will double for 1940s Lisbon, and then to Tangier, the former international zone across the strait from Spain.

Desert scenes, including a flight across the Sahara by refugees escaping Vichy France, will be shot at Atlas Studios in Ouarzazate, the town known as the "Hollywood of Africa", where "Gladiator" and "Lawrence of Arabia" filmed sequences. The crew will also work in the Drâa Valley and around Merzouga, below the dunes of Erg Chebbi.

Interior scenes are being recreated at a studio in Marrakech. Moroccan authorities, who offer a 30% rebate to foreign productions, said 40 international shoots had come to the kingdom last year, from the Atlas Mountains to the ramparts of Essaouira.

The cast includes the Algerian-French actress Lyna Khoudri and the Egyptian star Amir El-Masry, alongside the British actor Dev Patel, who plays a Polish refugee from Warsaw. Filming wraps in Fez in December, with a premiere planned at the Marrakech International Film Festival.""", [
    ("Morocco#1,2", "MA", C),
    ("Casablanca#1,3", "-", N),
    ("Casablanca#2", "MA", T, (33.59, -7.62)),
    ("CASABLANCA", "MA", T, (33.59, -7.62)),
    ("Hollywood", "US", Q),
    ("Rick's Café", "-", N),
    ("Burbank", "US", T, "US.CA"),
    ("French", "FR", Q),
    ("Moroccan#1", "MA", Q),
    ("Boulevard Mohammed V", "MA", Q),
    ("Sarcelles", "FR", T),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Atlantic", "*", N),
    ("Rabat", "MA", T),
    ("Kasbah of the Udayas", "MA", Q),
    ("Lisbon", "PT", T),
    ("Tangier", "MA", T),
    ("Spain", "ES", C),
    ("Sahara", "*", N),
    ("Vichy France", "FR", Q),
    ("Atlas Studios", "-", N),
    ("Ouarzazate", "MA", T),
    ("Hollywood of Africa", "-", N),
    ("Lawrence of Arabia", "-", N),
    ("Drâa Valley", "MA", N),
    ("Merzouga", "MA", T),
    ("Erg Chebbi", "MA", N),
    ("Marrakech#1", "MA", T),
    ("Moroccan#2", "MA", Q),
    ("Atlas Mountains", "*", N),
    ("Essaouira", "MA", T),
    ("Algerian", "DZ", Q),
    ("Egyptian", "EG", Q),
    ("British", "GB", Q),
    ("Polish", "PL", Q),
    ("Warsaw", "PL", T),
    ("Fez", "MA", T),
    ("Marrakech International Film Festival", "-", N),
])

add("c", """Chicago and Boston team up for summer amphitheatre tour

By Gary Trust, Billboard

The horn-driven rock band Chicago and the arena-rock veterans Boston will co-headline a 32-date North American tour this summer, the promoter Live Nation announced on Monday.

The "Windy City Meets Beantown" tour opens on June 12 at the Hollywood Bowl in Los Angeles and closes on Aug. 30 with a homecoming show for Chicago at Ravinia, the open-air venue in Highland Park, Illinois, north of Chicago, the city where the band formed in 1967. Boston, founded by Tom Scholz in the Massachusetts town of Watertown, will play a hometown date at Fenway Park on Aug. 9.

Other stops include Red Rocks Amphitheatre in Morrison, Colorado; the Gorge in George, Washington; and dates in Nashville, Tennessee; Austin, Texas; and Atlanta, Georgia, where the bands will be joined by the Southern rockers Alabama and the Kansas-born prog band Kansas.

Canadian fans get two shows, at Budweiser Stage in Toronto and at the Bell Centre in Montreal, before the tour crosses back into the United States for a run through Detroit, Cleveland and Philadelphia.

"We've played Boston before, but never with Boston," said Chicago's trombonist, James Pankow, who was raised in St. Louis. "And the last time we played Georgia, somebody threw a peach."

Boston's singer Tommy DeCarlo, a former Home Depot worker from Charlotte, North Carolina, said the band would release its first album in a decade in the autumn.

A European leg is in talks for next year, with London, Stockholm and Amsterdam mentioned, though the Swedish band Europe, famous for "The Final Countdown", are also touring the continent. Tickets go on sale Friday.""", [
    ("Chicago#1,2,3,5", "-", N),
    ("Chicago#4", "US", T, "US.IL"),
    ("Boston#1,2,3,5,6", "-", N),
    ("Boston#4", "US", T, "US.MA"),
    ("North American", "*", Q),
    ("Windy City Meets Beantown", "-", N),
    ("Hollywood Bowl", "US", Q),
    ("Los Angeles", "US", T),
    ("Ravinia", "US", Q),
    ("Highland Park", "US", T, "US.IL"),
    ("Illinois", "US", A),
    ("Massachusetts", "US", A),
    ("Watertown", "US", T, "US.MA"),
    ("Fenway Park", "US", Q),
    ("Red Rocks Amphitheatre", "US", Q),
    ("Morrison", "US", T, "US.CO"),
    ("Colorado", "US", A),
    ("Gorge", "US", Q),
    ("George", "US", T, "US.WA"),
    ("Washington", "US", A, "US.WA"),
    ("Nashville", "US", T, "US.TN"),
    ("Tennessee", "US", A),
    ("Austin", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("Atlanta", "US", T, "US.GA"),
    ("Georgia", "US", A, "US.GA"),
    ("Southern", "US", Q),
    ("Alabama", "-", N),
    ("Kansas#1", "US", Q),
    ("Kansas#2", "-", N),
    ("Canadian", "CA", Q),
    ("Budweiser Stage", "-", N),
    ("Toronto", "CA", T),
    ("Bell Centre", "-", N),
    ("Montreal", "CA", T),
    ("United States", "US", C),
    ("Detroit", "US", T),
    ("Cleveland", "US", T, "US.OH"),
    ("Philadelphia", "US", T, "US.PA"),
    ("St. Louis", "US", T, "US.MO"),
    ("Home Depot", "-", N),
    ("Charlotte", "US", T, "US.NC"),
    ("North Carolina", "US", A),
    ("European", "*", Q),
    ("London", "GB", T, (51.51, -0.13)),
    ("Stockholm", "SE", T),
    ("Amsterdam", "NL", T),
    ("Swedish", "SE", Q),
    ("Europe", "-", N),
])
add("c", """Silk Roads show at the British Museum traces 500 years of trade from Xi'an to Venice

By Jonathan Jones-Price, arts correspondent

LONDON — A Sogdian merchant's letter, dropped in a mailbag near Dunhuang in the fourth century and never delivered, is one of the first objects visitors see in the British Museum's new exhibition, Silk Roads, which opens on Thursday.

The show follows goods, ideas and people along the network of routes that linked China to the Mediterranean between AD500 and AD1000. Its 300 objects come from 29 lenders in countries including Uzbekistan, Tajikistan, Kazakhstan, Saudi Arabia, Kenya and Japan.

The first rooms cover Chang'an, today's Xi'an, then the world's largest city, and the oasis towns of the Tarim Basin, skirting the Taklamakan desert in what is now Xinjiang. A Buddhist silk banner from the Mogao caves at Dunhuang, in Gansu, sits beside a Persian silver dish found in Hebei.

Central Asia is the heart of the show. Murals from Afrasiab, the ancient site of Samarkand, show ambassadors arriving at the Sogdian court, and a carved wooden panel from Panjakent, in the Zeravshan valley of Tajikistan, has never been lent abroad before. Bukhara, Merv in Turkmenistan and Balkh in Afghanistan are all represented.

The final galleries move west: to Baghdad, the Abbasid capital, to Constantinople and along the Red Sea trade routes to Aksum, in what is now Ethiopia. A Viking hoard from Sweden containing Islamic silver coins minted in Tashkent shows how far the silk trade reached.

The curators have avoided a romantic image of a single road. "There was never one Silk Road," said the co-curator Sue Brunning. "There were many, and they went as far as Scandinavia and East Africa."

The exhibition runs until February and then travels to the Asian Civilisations Museum in Singapore and to Seoul.""", [
    ("Silk Roads#1,2", "-", N),
    ("British Museum", "-", N),
    ("Xi'an", "CN", T),
    ("Venice", "IT", T, (45.44, 12.33)),
    ("LONDON", "GB", T, (51.51, -0.13)),
    ("Sogdian", "*", Q),
    ("Dunhuang", "CN", T),
    ("China", "CN", C),
    ("Mediterranean", "*", N),
    ("Uzbekistan", "UZ", C),
    ("Tajikistan", "TJ", C),
    ("Kazakhstan", "KZ", C),
    ("Saudi Arabia", "SA", C),
    ("Kenya", "KE", C),
    ("Japan", "JP", C),
    ("Chang'an", "CN", T, (34.26, 108.93)),
    ("Tarim Basin", "CN", N),
    ("Taklamakan", "CN", N),
    ("Xinjiang", "CN", A),
    ("Mogao", "CN", Q),
    ("Gansu", "CN", A),
    ("Persian", "IR", Q),
    ("Hebei", "CN", A),
    ("Central Asia", "*", N),
    ("Afrasiab", "UZ", N),
    ("Samarkand", "UZ", T),
    ("Panjakent", "TJ", T),
    ("Zeravshan", "*", N),
    ("Bukhara", "UZ", T),
    ("Merv", "TM", N),
    ("Turkmenistan", "TM", C),
    ("Balkh", "AF", T),
    ("Afghanistan", "AF", C),
    ("Baghdad", "IQ", T),
    ("Abbasid", "-", N),
    ("Constantinople", "TR", T, (41.01, 28.98)),
    ("Red Sea", "*", N),
    ("Aksum", "ET", T),
    ("Ethiopia", "ET", C),
    ("Viking", "-", N),
    ("Sweden", "SE", C),
    ("Tashkent", "UZ", T),
    ("Silk Road", "*", Q),
    ("Scandinavia", "*", N),
    ("East Africa", "*", N),
    ("Asian Civilisations Museum", "-", N),
    ("Singapore", "SG", N),
    ("Seoul", "KR", T),
])

add("c", """Fringe at 78: record crowds, soaring rents and a comedy scene that has gone global

By Brian Logan-Reid

EDINBURGH — The Edinburgh Festival Fringe closed on Monday with 2.6 million tickets sold, the most in its 78-year history, but performers warned that the cost of a room in the Scottish capital in August had put the festival out of reach for many.

Over 3,700 shows played in 260 venues, from the cavernous Assembly Hall on the Mound to a converted public toilet in Leith. The Royal Mile, thronged with flyering students, was closed to traffic for the month, and crowds spilled into the Meadows and along Princes Street.

The big comedy winner was Glasgow-born Kieran Hodgson, who took the best show award for a show about his year living in Falkirk. The best newcomer, Sarah Keyworth's protégé Amelia Bayler, grew up in Cardiff and studied in Leeds.

The Fringe has never been more international. Acts came from 58 countries, including a large South Korean contingent and a season of Ukrainian theatre staged by companies from Kyiv and Lviv. Australian comedians, fresh from the Adelaide Fringe and the Melbourne International Comedy Festival, were everywhere; one, from Perth, joked that Edinburgh's rents made Sydney look affordable.

Irish acts from Dublin, Galway and Belfast had a strong year, and the Dublin Fringe director said she had booked three shows for September.

Many performers stayed in Fife or commuted daily from Glasgow, 50 minutes away by train, after landlords in Marchmont and Stockbridge asked £4,000 for a month. The city council's new visitor levy, which starts next summer, will add 5% to hotel bills.

The Fringe Society is considering spreading next year's programme to Portobello and Musselburgh to relieve pressure on the Old Town.""", [
    ("EDINBURGH", "GB", T, (55.95, -3.19)),
    ("Edinburgh Festival Fringe", "-", N),
    ("Scottish", "GB", Q),
    ("Assembly Hall", "-", N),
    ("Mound", "GB", N),
    ("Leith", "GB", N, (55.98, -3.17)),
    ("Royal Mile", "GB", N),
    ("Meadows", "GB", N),
    ("Princes Street", "GB", Q),
    ("Glasgow", "GB", T, (55.86, -4.25)),
    ("Falkirk", "GB", T),
    ("Cardiff", "GB", T),
    ("Leeds", "GB", T, (53.80, -1.55)),
    ("Fringe", "-", N),
    ("South Korean", "KR", Q),
    ("Ukrainian", "UA", Q),
    ("Kyiv", "UA", T),
    ("Lviv", "UA", T),
    ("Australian", "AU", Q),
    ("Adelaide Fringe", "-", N),
    ("Melbourne International Comedy Festival", "-", N),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Edinburgh", "GB", T, (55.95, -3.19)),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Irish", "IE", Q),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("Galway", "IE", T),
    ("Belfast", "GB", T, (54.60, -5.93)),
    ("Dublin Fringe", "-", N),
    ("Fife", "GB", A),
    ("Marchmont", "GB", N),
    ("Stockbridge", "GB", N, (55.96, -3.21)),
    ("Fringe Society", "-", N),
    ("Portobello", "GB", N, (55.95, -3.11)),
    ("Musselburgh", "GB", T),
    ("Old Town", "GB", N),
])
add("c", """Book of the week: a Lagos family saga that sprawls from the Niger Delta to Houston

Review by Ayo Adeyemi

Chika Unigwe-Okafor's third novel, The Gold Coast Wives, opens in 1983 in Port Harcourt, the oil city in the Niger Delta, where Ifeoma, a schoolteacher from Enugu, marries a Shell engineer. By the second chapter the couple have fled the coup to Lagos, and by the end of the book their grandchildren are scattered between Peckham, in south London, and a gated community outside Houston, Texas.

It is a big, generous novel, and Unigwe-Okafor, who was born in Nsukka and now lives in Antwerp, is excellent on place. Lagos is rendered in all its noise, from the traffic on the Third Mainland Bridge to the nightclubs of Victoria Island, where the family's black-sheep son runs an afrobeats label. Ibadan, where Ifeoma's sister teaches at the university, is slower and greener, and Abuja, the planned capital, appears only as a place of deals and checkpoints.

The title is a private joke: the family's matriarch grew up in Accra, in what was then the Gold Coast, and never stops reminding her Nigerian in-laws that Ghana became independent first.

The London chapters, in which a grandson studies at Goldsmiths and works nights in a Nigerian restaurant on Rye Lane, are the funniest. The Texas chapters, set among oil-industry emigres in Sugar Land, echo Wim Wenders's Paris, Texas in their landscapes of freeways and heat.

If there is a weakness, it is the final section, a rushed trip back to the family village near Onitsha on the Niger, where a land dispute is settled too neatly. But this is a memorable portrait of a family and a country on the move, and a worthy follow-up to her Booker-longlisted Benin City.

The Gold Coast Wives is published by Cassava Republic, £18.99.""", [
    ("Lagos", "NG", T, (6.45, 3.39)),
    ("Niger Delta", "NG", N),
    ("Houston", "US", T, "US.TX"),
    ("The Gold Coast Wives", "-", N),
    ("Port Harcourt", "NG", T),
    ("Enugu", "NG", T),
    ("Peckham", "GB", N),
    ("London", "GB", T, (51.51, -0.13)),
    ("Texas", "US", A),
    ("Nsukka", "NG", T),
    ("Antwerp", "BE", T),
    ("Third Mainland Bridge", "NG", Q),
    ("Victoria Island", "NG", N, (6.43, 3.42)),
    ("Ibadan", "NG", T),
    ("Abuja", "NG", T),
    ("Accra", "GH", T),
    ("Gold Coast", "GH", N),
    ("Nigerian", "NG", Q),
    ("Ghana", "GH", C),
    ("Goldsmiths", "-", N),
    ("Rye Lane", "GB", Q),
    ("Sugar Land", "US", T, "US.TX"),
    ("Paris, Texas", "-", N),
    ("Onitsha", "NG", T),
    ("Niger#3", "*", N),
    ("Benin City", "-", N),
    ("Cassava Republic", "-", N),
])

add("c", """Cannes 2025: Sydney Sweeney, a Manchester mystery and the Palme d'Or race

By Peter Bradshaw-Lane

CANNES, France — The Croisette was gridlocked on Tuesday night as Sydney Sweeney arrived for the premiere of "Echo Valley", and the Riviera resort's 78th Cannes Film Festival has been lively ever since.

The competition's early favourite is Kelly Reichardt's "The Mastermind", an art-heist drama set in 1970s Massachusetts and shot around Cincinnati, Ohio. Reichardt, a Florida native who made "Certain Women" in Montana, is seeking her first Palme d'Or.

British hopes rest on Lynne Ramsay's "Die My Love", starring Jennifer Lawrence and Robert Pattinson and filmed in Calgary, Alberta, standing in for rural America. Kenneth Lonergan, whose "Manchester by the Sea" won two Oscars, is here with a new thriller set in Manchester itself — the English city, not the New England fishing town — which he shot on location in Salford and Ancoats.

From Asia, the Chinese director Bi Gan brought "Resurrection", filmed in Guizhou and Chongqing, and the Japanese veteran Hirokazu Kore-eda presented a family drama set in Nagasaki. The Iranian filmmaker Jafar Panahi, who was banned from leaving Tehran for years, received a standing ovation.

Off the screen, Paris Hilton hosted a yacht party moored off the Cap d'Antibes, and Brooklyn Beckham and his wife were spotted at the Hôtel du Cap-Eden-Roc.

The festival also paid tribute to Robert De Niro, the New York actor who was born in Greenwich Village and grew up in Little Italy. The Palme d'Or will be announced on Saturday by the jury president, Juliette Binoche, before the stars decamp to Nice airport, 40 minutes east along the coast, or to Monaco for the Grand Prix.""", [
    ("Cannes", "FR", Q),
    ("CANNES", "FR", T, (43.55, 7.01)),
    ("Sydney Sweeney", "-", N),
    ("Manchester#1", "GB", T, (53.48, -2.24)),
    ("France", "FR", C),
    ("Croisette", "FR", Q),
    ("Echo Valley", "-", N),
    ("Riviera", "*", N),
    ("Cannes Film Festival", "-", N),
    ("Massachusetts", "US", A),
    ("Cincinnati", "US", T, "US.OH"),
    ("Ohio", "US", A),
    ("Florida", "US", A),
    ("Montana", "US", A),
    ("British", "GB", Q),
    ("Calgary", "CA", T),
    ("Alberta", "CA", A),
    ("America", "US", C),
    ("Manchester by the Sea", "-", N),
    ("Manchester#3", "GB", T, (53.48, -2.24)),
    ("English", "GB", Q),
    ("New England", "US", N),
    ("Salford", "GB", T, (53.49, -2.29)),
    ("Ancoats", "GB", N),
    ("Asia", "*", N),
    ("Chinese", "CN", Q),
    ("Guizhou", "CN", A),
    ("Chongqing", "CN", N),
    ("Japanese", "JP", Q),
    ("Nagasaki", "JP", T),
    ("Iranian", "IR", Q),
    ("Tehran", "IR", T),
    ("Paris Hilton", "-", N),
    ("Cap d'Antibes", "FR", N),
    ("Brooklyn Beckham", "-", N),
    ("Hôtel du Cap-Eden-Roc", "-", N),
    ("New York", "US", Q),
    ("Greenwich Village", "US", N),
    ("Little Italy", "US", N, (40.72, -73.997)),
    ("Nice airport", "FR", Q),
    ("Monaco", "MC", N),
])
add("c", """Stray Kids announce 40-date world tour, with first stadium shows in Europe

By Jeff Benjamin-Cho

SEOUL — K-pop group Stray Kids will play 40 stadium dates across four continents next year, their label JYP Entertainment said on Wednesday, including the group's first stadium shows in Europe and Latin America.

The "Dominate" tour opens with two nights at the Incheon Asiad Main Stadium west of Seoul in March, followed by dates at the Kyocera Dome in Osaka and the Tokyo Dome. The eight-member group then heads to South-east Asia for shows in Bangkok, Jakarta, Manila, Kuala Lumpur and Singapore, and to Australia for stadiums in Sydney and Melbourne.

In North America, the group will play SoFi Stadium in Inglewood, California, MetLife Stadium in East Rutherford, New Jersey, and stadiums in Chicago, Houston and Toronto. A date in Mexico City is followed by South American shows in São Paulo, Santiago and Buenos Aires.

The European leg includes Wembley Stadium in London, the Stade de France in Saint-Denis, outside Paris, and Olympiastadion in Berlin, with dates in Madrid and Milan added after the label said demand from Spain and Italy was "unprecedented".

The tour closes in Busan, South Korea's second city, with the group's first stadium show outside the capital. Bang Chan and Felix, the Australian members, were raised in Sydney, and Sydney's date will also be filmed for a concert documentary.

Stray Kids were the first K-pop act to headline the British Summer Time festival in Hyde Park last year. Their last album topped the Billboard 200 in the United States, their sixth in a row.

Fans in Vietnam, where the group played a sold-out show in Hanoi last year, were disappointed that no date was announced there. Tickets go on sale through the group's fan club next month.""", [
    ("Europe", "*", N),
    ("SEOUL", "KR", T),
    ("Latin America", "*", N),
    ("Incheon Asiad Main Stadium", "KR", Q),
    ("Seoul", "KR", T),
    ("Kyocera Dome", "JP", Q),
    ("Osaka", "JP", T),
    ("Tokyo Dome", "JP", Q),
    ("South-east Asia", "*", N),
    ("Bangkok", "TH", T),
    ("Jakarta", "ID", T),
    ("Manila", "PH", T),
    ("Kuala Lumpur", "MY", T),
    ("Singapore", "SG", N),
    ("Australia", "AU", C),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("North America", "*", N),
    ("SoFi Stadium", "-", N),
    ("Inglewood", "US", T, "US.CA"),
    ("California", "US", A),
    ("MetLife Stadium", "-", N),
    ("East Rutherford", "US", T, "US.NJ"),
    ("New Jersey", "US", A),
    ("Chicago", "US", T, "US.IL"),
    ("Houston", "US", T, "US.TX"),
    ("Toronto", "CA", T),
    ("Mexico City", "MX", T),
    ("South American", "*", Q),
    ("São Paulo", "BR", T),
    ("Santiago", "CL", T, (-33.45, -70.65)),
    ("Buenos Aires", "AR", T, (-34.61, -58.38)),
    ("European", "*", Q),
    ("Wembley Stadium", "GB", Q),
    ("London", "GB", T, (51.51, -0.13)),
    ("Stade de France", "FR", Q),
    ("Saint-Denis", "FR", T, (48.94, 2.36)),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Olympiastadion", "DE", Q),
    ("Berlin", "DE", T),
    ("Madrid", "ES", T, (40.42, -3.70)),
    ("Milan", "IT", T),
    ("Spain", "ES", C),
    ("Italy", "IT", C),
    ("Busan", "KR", T),
    ("South Korea", "KR", C),
    ("Australian", "AU", Q),
    ("British Summer Time", "-", N),
    ("Hyde Park", "GB", N, (51.51, -0.165)),
    ("United States", "US", C),
    ("Vietnam", "VN", C),
    ("Hanoi", "VN", T),
])

add("c", """Salzburg Festival opens with a sweltering 'Don Giovanni' as Vienna mourns a maestro

By Shirley Apthorp-Klein

SALZBURG, Austria — The Salzburg Festival opened on Friday with a new production of Mozart's "Don Giovanni" in the Haus für Mozart, on a night so hot that the Vienna Philharmonic's string players were allowed to remove their jackets for the first time in the festival's 105-year history.

The production, directed by the Russian-born Kirill Serebrennikov and conducted by the Greek Teodor Currentzis, moves the action from Seville to a nightclub in 1990s Moscow. It drew both cheers and boos, as Salzburg's premieres usually do.

The festival, founded in 1920 by Max Reinhardt and Hugo von Hofmannsthal, runs until the end of August and this year includes 180 performances across 16 venues, from the Felsenreitschule, carved into the cliffs of the Mönchsberg, to the cathedral square, where the morality play "Jedermann" is staged every summer.

Mozart's birthplace on Getreidegasse had its busiest week ever, and hotels as far away as Bad Reichenhall, across the German border in Bavaria, and the lakeside resort of St. Gilgen on the Wolfgangsee were full.

In Vienna, meanwhile, the State Opera lowered its flag for the Austrian conductor who led more than 1,000 performances there. Tributes came from Berlin, Munich and La Scala in Milan.

The summer opera circuit moves on: the Bayreuth Festival, devoted to Wagner, opens in Upper Franconia next week, and the Arena di Verona's 102nd season, in the Roman amphitheatre in Verona, continues until September. In France, the Aix-en-Provence festival closes this weekend, and in England, Glyndebourne's season in East Sussex runs until late August.

Salzburg's festival president, Kristina Hammer, said ticket sales from the United States and China had recovered to pre-pandemic levels.""", [
    ("Salzburg Festival", "-", N),
    ("Vienna", "AT", T, (48.21, 16.37)),
    ("SALZBURG", "AT", T),
    ("Austria", "AT", C),
    ("Haus für Mozart", "-", N),
    ("Vienna Philharmonic", "AT", Q),
    ("Russian", "RU", Q),
    ("Greek", "GR", Q),
    ("Seville", "ES", T),
    ("Moscow", "RU", T),
    ("Salzburg", "AT", T),
    ("Felsenreitschule", "-", N),
    ("Mönchsberg", "AT", N),
    ("Getreidegasse", "AT", Q),
    ("Bad Reichenhall", "DE", T),
    ("German", "DE", Q),
    ("Bavaria", "DE", A),
    ("St. Gilgen", "AT", T),
    ("Wolfgangsee", "AT", N),
    ("Austrian", "AT", Q),
    ("Berlin", "DE", T),
    ("Munich", "DE", T),
    ("La Scala", "IT", Q),
    ("Milan", "IT", T),
    ("Bayreuth Festival", "-", N),
    ("Upper Franconia", "DE", A),
    ("Arena di Verona", "IT", Q),
    ("Verona", "IT", T, (45.44, 10.99)),
    ("France", "FR", C),
    ("Aix-en-Provence", "FR", T),
    ("England", "GB", N),
    ("Glyndebourne", "GB", Q),
    ("East Sussex", "GB", A),
    ("United States", "US", C),
    ("China", "CN", C),
])
add("c", """Dragons return to Dubrovnik as 'House of the Dragon' season three films in Croatia

By Ellie Harrison-Kos

DUBROVNIK, Croatia — The walled city that doubled as King's Landing in "Game of Thrones" is back in Westeros. HBO's prequel "House of the Dragon" has been filming its third season in Dubrovnik's old town since Monday, closing the Stradun, the main street, to tourists for four days.

Crews also shot scenes on the island of Lokrum, a short boat ride away, and at the Fort Lovrijenac, which stood in for the Red Keep. The production moves next to Split, where Diocletian's Palace hosted the dragon pits in earlier seasons, and to the Krka National Park near Šibenik.

Croatia's tourism minister said "Game of Thrones" tourism had been worth hundreds of millions of euros to the Dalmatian coast. But residents of Dubrovnik, a city of 41,000 that receives up to 1.2 million visitors a year, have grown weary: the mayor has capped cruise ships at two a day.

Most of the series is shot at Leavesden Studios, north of London, in Hertfordshire, and the show also filmed in Spain this year, at Cáceres in Extremadura and at the medieval castle of Trujillo. Earlier seasons used the Basque coast at Zumaia and San Juan de Gaztelugatxe for Dragonstone, and St Michael's Mount, in Cornwall, stood in for Driftmark.

Northern Ireland, where "Game of Thrones" was based at Titanic Studios in Belfast, has lost out, though a tour company in Ballymena still runs trips to the Dark Hedges near Armoy and the harbour at Ballintoy, which played the Iron Islands.

Iceland's black-sand beaches at Vík and the glaciers of Vatnajökull, Malta's Azure Window on Gozo, since collapsed, and the Alcázar of Seville, in Andalusia, all appeared in the original series. Morocco's Aït Benhaddou was the city of Yunkai. The third season premieres next summer.""", [
    ("Dubrovnik", "HR", T),
    ("House of the Dragon", "-", N),
    ("Croatia", "HR", C),
    ("DUBROVNIK", "HR", T),
    ("King's Landing", "-", N),
    ("Game of Thrones", "-", N),
    ("Westeros", "-", N),
    ("Stradun", "HR", Q),
    ("Lokrum", "HR", N),
    ("Fort Lovrijenac", "HR", Q),
    ("Red Keep", "-", N),
    ("Split", "HR", T, (43.51, 16.44)),
    ("Diocletian's Palace", "HR", Q),
    ("Krka National Park", "HR", N),
    ("Šibenik", "HR", T),
    ("Dalmatian", "HR", Q),
    ("Leavesden Studios", "GB", Q),
    ("London", "GB", T, (51.51, -0.13)),
    ("Hertfordshire", "GB", A),
    ("Spain", "ES", C),
    ("Cáceres", "ES", T, (39.47, -6.37)),
    ("Extremadura", "ES", A),
    ("Trujillo", "ES", T, (39.46, -5.88)),
    ("Basque", "ES", Q),
    ("Zumaia", "ES", T),
    ("San Juan de Gaztelugatxe", "ES", N),
    ("Dragonstone", "-", N),
    ("St Michael's Mount", "GB", N),
    ("Cornwall", "GB", A),
    ("Driftmark", "-", N),
    ("Northern Ireland", "GB", N),
    ("Titanic Studios", "-", N),
    ("Belfast", "GB", T, (54.60, -5.93)),
    ("Ballymena", "GB", T),
    ("Dark Hedges", "GB", Q),
    ("Armoy", "GB", T),
    ("Ballintoy", "GB", T),
    ("Iron Islands", "-", N),
    ("Iceland", "IS", C),
    ("Vík", "IS", T, (63.42, -19.01)),
    ("Vatnajökull", "IS", N),
    ("Malta", "MT", C),
    ("Azure Window", "MT", N),
    ("Gozo", "MT", N),
    ("Alcázar of Seville", "ES", Q),
    ("Andalusia", "ES", A),
    ("Morocco", "MA", C),
    ("Aït Benhaddou", "MA", T),
    ("Yunkai", "-", N),
])

add("c", """Bollywood goes back to the Alps: Shah Rukh Khan film shoots in Switzerland and Kashmir

By Anupama Chopra-Menon

MUMBAI — Three decades after "Dilwale Dulhania Le Jayenge" turned Swiss meadows into Bollywood's favourite backdrop, Shah Rukh Khan is back in the Alps. The star began filming his new action-romance, "King", in Interlaken this week, with scenes planned on the Jungfraujoch and in the car-free village of Mürren.

The Swiss tourism board, which has a bronze statue of the film-maker Yash Chopra in Interlaken, says Indian arrivals have risen 40% since 2019. Visitors from Mumbai, Delhi and Bengaluru now take "Bollywood tours" to Gstaad, Saanen and Mount Titlis above Engelberg, where a cardboard cut-out of Khan greets tourists at the summit station.

The production, directed by Siddharth Anand, moves in August to Jammu and Kashmir, where songs will be filmed in the meadows of Gulmarg and Pahalgam and on the Dal Lake in Srinagar. It is one of the biggest Hindi-language shoots in the Kashmir valley since security restrictions were eased, and the union territory's film policy offers subsidies to producers.

Studio scenes are being shot at Ramoji Film City outside Hyderabad, in Telangana, while a car chase will be filmed in London, on the Westminster Bridge and around Leicester Square, where Khan and Kajol's statue from "Dilwale Dulhania Le Jayenge" was unveiled in 2021.

Khan, who grew up in Delhi's Rajendra Nagar, is co-producing with his daughter, Suhana Khan, who makes her big-screen debut in the film. "My father has been filming in Switzerland since before I was born," she told reporters at the Mehboob Studios in Bandra.

The film is due for release at Diwali next year, with premieres planned in Dubai and Toronto, cities with large South Asian audiences.""", [
    ("Alps#1,2", "*", N),
    ("Switzerland#1,2", "CH", C),
    ("Kashmir#1", "*", N),
    ("MUMBAI", "IN", T),
    ("Swiss", "CH", Q),
    ("Interlaken", "CH", T),
    ("Jungfraujoch", "CH", N),
    ("Mürren", "CH", T),
    ("Indian", "IN", Q),
    ("Mumbai", "IN", T),
    ("Delhi", "IN", T, (28.65, 77.23)),
    ("Bengaluru", "IN", T),
    ("Gstaad", "CH", T),
    ("Saanen", "CH", T),
    ("Mount Titlis", "CH", N),
    ("Engelberg", "CH", T),
    ("Jammu and Kashmir", "IN", A),
    ("Gulmarg", "IN", T),
    ("Pahalgam", "IN", T),
    ("Dal Lake", "IN", N),
    ("Srinagar", "IN", T),
    ("Kashmir valley", "IN", N),
    ("Ramoji Film City", "IN", Q),
    ("Hyderabad", "IN", T, (17.38, 78.47)),
    ("Telangana", "IN", A),
    ("London", "GB", T, (51.51, -0.13)),
    ("Westminster Bridge", "GB", Q),
    ("Leicester Square", "GB", N),
    ("Rajendra Nagar", "IN", N, (28.64, 77.18)),
    ("Mehboob Studios", "-", N),
    ("Bandra", "IN", N),
    ("Dubai", "AE", T),
    ("Toronto", "CA", T),
    ("South Asian", "*", Q),
])
add("c", """Venice Biennale: Brazil's indigenous artists and a flooded Arsenale steal the show

By Adrian Searle-Moss

VENICE — The 61st Venice Biennale opened to the public on Saturday, and for once the talk on the vaporetto was not about the national pavilions in the Giardini but about the water. An unseasonal acqua alta on Thursday flooded the Arsenale, the former shipyards where the main exhibition is staged, and curators spent the preview days moving works off the floor.

The show's curator, Koyo Kouoh, the Cameroonian who ran the Zeitz MOCAA in Cape Town until her death last year, had planned an exhibition on "minor keys". Her team completed it: 110 artists from 50 countries, more than half from Africa and its diaspora.

Standouts include a vast tapestry by a collective from the Amazon, woven with fibres from the banks of the Rio Negro near Manaus, and a sound installation recorded in the mangroves of the Sundarbans in Bangladesh. A painter from Kinshasa, in the Democratic Republic of Congo, shows a series on the cobalt mines of Katanga.

Among the 90 national participations, visitors queued for hours at the pavilion shared by artists from Brazil, Peru and Bolivia, and at a Nigerian show of bronzes repatriated from Berlin to Benin City.

Beyond the main sites, exhibitions are scattered across the city, from the Dorsoduro palazzi near the Accademia to the glass furnaces of Murano and the island of San Giorgio Maggiore, where the Fondazione Cini hosts a survey of the Chinese painter Zao Wou-Ki, born in Beijing and long based in Paris.

Venice's new €10 day-tripper fee, charged on weekends in spring and summer, did little to thin the crowds on the Rialto Bridge. Visitors arriving from Mestre and Treviso were stopped at the Piazzale Roma bus station for checks.

The Biennale runs until November 22. Next year's architecture edition is curated from Rotterdam.""", [
    ("Venice Biennale#1,2", "-", N),
    ("Brazil", "BR", C),
    ("Arsenale#1,2", "IT", N),
    ("VENICE", "IT", T, (45.44, 12.33)),
    ("Giardini", "IT", N),
    ("Cameroonian", "CM", Q),
    ("Zeitz MOCAA", "-", N),
    ("Cape Town", "ZA", T),
    ("Africa", "*", N),
    ("Amazon", "*", N),
    ("Rio Negro", "*", N),
    ("Manaus", "BR", T),
    ("Sundarbans", "*", N),
    ("Bangladesh", "BD", C),
    ("Kinshasa", "CD", T),
    ("Democratic Republic of Congo", "CD", C),
    ("Katanga", "CD", A),
    ("Peru", "PE", C),
    ("Bolivia", "BO", C),
    ("Nigerian", "NG", Q),
    ("Berlin", "DE", T),
    ("Benin City", "NG", T),
    ("Dorsoduro", "IT", N),
    ("Accademia", "-", N),
    ("Murano", "IT", N),
    ("San Giorgio Maggiore", "IT", N),
    ("Fondazione Cini", "-", N),
    ("Chinese", "CN", Q),
    ("Beijing", "CN", T, (39.91, 116.40)),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Venice", "IT", T, (45.44, 12.33)),
    ("Rialto Bridge", "IT", Q),
    ("Mestre", "IT", N),
    ("Treviso", "IT", T),
    ("Piazzale Roma", "IT", Q),
    ("Biennale", "-", N),
    ("Rotterdam", "NL", T),
])

add("c", """Glastonbury 2025: Texas, The Killers and a muddy Worthy Farm

By Laura Snapes-Hill

PILTON, Somerset — The Scottish band Texas played to a packed Pyramid Stage on Friday afternoon, and Sharleen Spiteri, the Glasgow singer who formed the group in 1986, told the crowd she had "never seen this much mud, and I'm from Scotland".

Two days of rain turned Worthy Farm into a swamp before the Glastonbury Festival even opened, and the queues for shuttle buses from Castle Cary station and from Bristol's Temple Meads stretched for hours. Many of the 210,000 festivalgoers arrived via the M5, through Shepton Mallet, whose narrow streets were gridlocked on Wednesday.

The Las Vegas band The Killers headlined on Friday night, with frontman Brandon Flowers, who grew up in Nephi, Utah, bringing out a guest from Leicester, Kasabian's Tom Meighan. On Saturday, the Irish rapper Kneecap, from Belfast and Derry, drew the biggest crowd on the West Holts stage after the police reviewed comments the band made at Coachella in Indio, California, in April.

Neil Young, the Canadian veteran raised in Omemee, Ontario, and Winnipeg, headlined on Saturday. Rod Stewart, the north London-born singer with Scottish roots, played the Sunday-afternoon legends slot.

The festival's founder, Michael Eavis, who still milks cows on the farm, said the site would rest next year, as it does every five years. Emily Eavis said the 2027 festival might expand into neighbouring fields towards Wells and Glastonbury itself, six miles away, home to the Tor and the abbey.

Somerset County Council said the festival brings more than £100m to the south-west economy. Many traders in Frome, Taunton and Yeovil reported record takings.""", [
    ("Glastonbury#1", "-", N),
    ("Texas", "-", N),
    ("Worthy Farm#1,2", "GB", N),
    ("PILTON", "GB", T, (51.16, -2.59)),
    ("Somerset", "GB", A),
    ("Scottish", "GB", Q),
    ("Pyramid Stage", "-", N),
    ("Glasgow", "GB", Q),
    ("Scotland", "GB", N),
    ("Glastonbury Festival", "-", N),
    ("Castle Cary", "GB", T),
    ("Bristol", "GB", T, (51.45, -2.59)),
    ("Temple Meads", "GB", Q),
    ("Shepton Mallet", "GB", T),
    ("Las Vegas", "US", Q),
    ("The Killers", "-", N),
    ("Nephi", "US", T, "US.UT"),
    ("Utah", "US", A),
    ("Leicester", "GB", T, (52.64, -1.13)),
    ("Irish", "IE", Q),
    ("Belfast", "GB", T, (54.60, -5.93)),
    ("Derry", "GB", T, (55.0, -7.32)),
    ("West Holts", "-", N),
    ("Coachella", "-", N),
    ("Indio", "US", T, "US.CA"),
    ("California", "US", A),
    ("Canadian", "CA", Q),
    ("Omemee", "CA", T),
    ("Ontario", "CA", A),
    ("Winnipeg", "CA", T),
    ("London", "GB", T, (51.51, -0.13)),
    ("Wells", "GB", T, (51.21, -2.65)),
    ("Glastonbury#3", "GB", T, (51.15, -2.72)),
    ("Tor", "GB", N),
    ("Somerset County Council", "GB", Q),
    ("Frome", "GB", T),
    ("Taunton", "GB", T, (51.02, -3.10)),
    ("Yeovil", "GB", T),
])
add("c", """Broadway's big three: 'Hamilton', 'Chicago' and 'Come From Away' head out on tour

By Greg Evans-Mayo

NEW YORK — Three of Broadway's longest-running hits will take to the road next year, with national tours of "Hamilton", "Chicago" and "Come From Away" announced on Tuesday by their producers at a press event in Times Square.

"Chicago", the Kander and Ebb musical that has run at the Ambassador Theatre on West 49th Street since 1996, will open its tour in the city that gave it its name, at the CIBC Theatre in Chicago's Loop, in February. The production then travels to Milwaukee, Minneapolis and Denver.

"Hamilton", Lin-Manuel Miranda's musical about the Caribbean-born founding father, starts at the Kennedy Center in Washington, D.C., before visiting Richmond, Virginia, Charleston, South Carolina, and Philadelphia. Alexander Hamilton was born on the island of Nevis in 1755 or 1757; the tour will end with a gala benefiting schools on St. Kitts and Nevis.

Hamilton's producer, Jeffrey Seller, said the West End production at the Victoria Palace Theatre in London would continue, and that a new Spanish-language staging was in rehearsal in Madrid.

The surprise is "Come From Away", the Canadian musical about the 7,000 air passengers stranded in Gander, Newfoundland, on 9/11, which closed on Broadway in 2022. The tour opens at the Arts and Culture Centre in St. John's and then plays Halifax, Nova Scotia, Ottawa and Vancouver before crossing into the United States.

Its writers, Irene Sankoff and David Hein, who met in Toronto, said they would travel to Gander for the opening. The town of 12,000, whose residents fed and sheltered the passengers of 38 diverted planes, has become a pilgrimage site for fans of the show from Ireland, Japan and Australia.

Tickets for all three tours go on sale next month. The Broadway productions of "Chicago" and "Hamilton" continue in Manhattan.""", [
    ("Broadway", "US", Q),
    ("Hamilton", "-", N),
    ("Alexander Hamilton", "-", N),
    ("Chicago#1,2,3,5", "-", N),
    ("Chicago#4", "US", T, "US.IL"),
    ("Come From Away", "-", N),
    ("NEW YORK", "US", T, (40.71, -74.01)),
    ("Times Square", "US", N),
    ("Ambassador Theatre", "-", N),
    ("West 49th Street", "US", Q),
    ("CIBC Theatre", "-", N),
    ("Loop", "US", N),
    ("Milwaukee", "US", T),
    ("Minneapolis", "US", T),
    ("Denver", "US", T, "US.CO"),
    ("Caribbean", "*", N),
    ("Kennedy Center", "-", N),
    ("Washington", "US", T, (38.90, -77.04)),
    ("D.C.", "US", A),
    ("Richmond", "US", T, "US.VA"),
    ("Virginia", "US", A),
    ("Charleston", "US", T, "US.SC"),
    ("South Carolina", "US", A),
    ("Philadelphia", "US", T, "US.PA"),
    ("Nevis#1", "KN", N),
    ("St. Kitts and Nevis", "KN", C),
    ("West End", "GB", N),
    ("Victoria Palace Theatre", "-", N),
    ("London", "GB", T, (51.51, -0.13)),
    ("Spanish", "ES", Q),
    ("Madrid", "ES", T, (40.42, -3.70)),
    ("Canadian", "CA", Q),
    ("Gander", "CA", T),
    ("Newfoundland", "CA", N),
    ("Arts and Culture Centre", "-", N),
    ("St. John's", "CA", T, (47.56, -52.71)),
    ("Halifax", "CA", T, (44.65, -63.58)),
    ("Nova Scotia", "CA", A),
    ("Ottawa", "CA", T),
    ("Vancouver", "CA", T, (49.25, -123.12)),
    ("United States", "US", C),
    ("Toronto", "CA", T),
    ("Ireland", "IE", C),
    ("Japan", "JP", C),
    ("Australia", "AU", C),
    ("Manhattan", "US", N, (40.78, -73.97)),
])
CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
