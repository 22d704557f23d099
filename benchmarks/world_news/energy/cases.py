"""energy: a held-out set of 40 energy, mining and commodities news articles (150-350 words each),
written as wires, national papers and trade press publish them (Reuters, Bloomberg, AP, AFP,
Argus, S&P Global Platts, Mining Weekly, Upstream, local papers).

Written by a helper that read neither geomap's source (geomap/) nor any other set's cases.py;
geomap was not run on these articles while they were written. Events are invented; places,
fields, basins, mines, plants and companies are real.

Genres (GENRES gives one letter per case):
  "a" (14 articles): oil, gas, pipelines, refineries and the shipping of fuel.
  "b" (13 articles): mining, metals and commodities.
  "c" (13 articles): power, grids, dams, renewables and nuclear.

Conventions:
  - Every place a careful reader would put on a map is listed, each occurrence, including
    ALL-CAPS datelines and places used for their governments ("Moscow said").
  - Demonyms and adjectives ("Iranian", "Texan", "Saudi" as an adjective) are kind Q ("?") with
    their country: debatable, not counted, but a result in another country is spurious.
  - Oil and gas fields, basins, shale formations, mines, dams, reservoirs and sandbanks named as
    sites ("Ghawar", "Permian Basin", "Escondida", "Three Gorges Dam", "Dogger Bank") are places:
    kind N (any kind) with their country ("*" or "A|B" when they span countries).
  - Facilities named after a town or region ("Zaporizhzhia nuclear plant", "Jamnagar refinery",
    "Ras Tanura terminal"): the place-name part is listed as the place it names (kind N unless
    the facility sits in that very town).
  - Companies, price benchmarks, pipelines, ships, newspapers and people named after places
    ("Rio Tinto", "Anglo American", "Saudi Aramco", "Brent", "West Texas Intermediate",
    "Dubai crude", "Henry Hub", "Urals", "Newcastle coal futures", "Druzhba pipeline") are
    listed with country "-" (non-place) where a reader could mistake them for a place; the
    longer surface then swallows the place name inside it.
  - Named projects, power stations and lines whose name is not a place name ("Mozambique LNG",
    "Yamal LNG", "Medupi", "Kusile", "Snowy 2.0", "Hornsea 4", "Nord Stream") are not places;
    those a reader could take for a place are listed with country "-".
  - Organisations whose name contains a place ("Kuwait Petroleum Corp") are listed as Q with the
    place's country.
  - Rivers, seas, straits, gulfs, mountain ranges, islands and macro-regions are kind N; country
    "*" when they span countries. A river or lake is listed with its generic word when the text
    capitalises it ("Dnipro River", "Lake Nasser").
  - Namesakes (Midland, Odessa, Perth, Aberdeen, Newcastle, Victoria, Georgia, Córdoba,
    Hyderabad, Santos, Superior, Globe, Paraná ...) carry a hint: a (lat, lon) within 40 km of
    the intended entry, a US state code, or a substring of the entry's name.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))

# ---------------------------------------------------------------- genre a: oil, gas, shipping
add("a", """Iran seizes tanker near Hormuz, lifting Brent above $81

By Omar Haddad and Claire Whitby

DUBAI, Jan 14 (Reuters) - Iranian naval forces seized a Marshall Islands-flagged oil tanker in the Gulf of Oman on Tuesday, maritime security sources said, as the vessel sailed from Basra in Iraq towards Fujairah in the United Arab Emirates.

The British military's maritime agency said the ship, the Aden Pearl, was boarded about 30 nautical miles east of Sohar, Oman, by armed men who arrived by helicopter and steered it into Iranian waters. Iranian state television said the tanker had been taken to Bandar Abbas, the main port on the Strait of Hormuz, the narrow waterway between Iran and Oman through which about a fifth of the world's oil passes.

Washington condemned the seizure and said the Bahrain-based Fifth Fleet was monitoring the area. Tehran said the cargo was the subject of a court order.

Brent crude futures rose $1.20 to $81.40 a barrel by 1030 GMT, while West Texas Intermediate gained $1.05. Dubai crude, the benchmark for Middle East grades sold to Asia, also firmed.

Saudi Aramco said its exports were unaffected. Abu Dhabi National Oil Co said loadings at Fujairah, which lies outside the strait on the Gulf of Oman coast, continued as normal.""", [
    ("Hormuz", "*", N),
    ("Brent", "-", N),
    ("DUBAI", "AE", T),
    ("Iranian", "IR", Q),
    ("Marshall Islands", "MH", C),
    ("Gulf of Oman", "*", N),
    ("Basra", "IQ", N),
    ("Iraq", "IQ", C),
    ("Fujairah", "AE", N),
    ("United Arab Emirates", "AE", C),
    ("British", "GB", Q),
    ("Aden Pearl", "-", N),
    ("Sohar", "OM", T),
    ("Oman", "OM", C),
    ("Bandar Abbas", "IR", T),
    ("Strait of Hormuz", "*", N),
    ("Iran", "IR", C),
    ("Washington", "US", T, (38.9, -77.04)),
    ("Bahrain", "BH", C),
    ("Tehran", "IR", T),
    ("West Texas Intermediate", "-", N),
    ("Dubai crude", "-", N),
    ("Middle East", "*", N),
    ("Asia", "*", N),
    ("Gulf", "*", N),
    ("Emirates", "AE", C),
    ("Saudi Aramco", "-", N),
    ("Abu Dhabi", "AE", Q),
])

add("a", """Permian output hits record as Midland drillers shrug off price slide

By Dana Whitfield

MIDLAND, Texas (Reuters) - Oil production in the Permian Basin, the largest U.S. shale field spanning West Texas and southeastern New Mexico, climbed to a record 6.4 million barrels per day in March, government data showed on Monday, even as West Texas Intermediate futures slipped toward $68.

Producers around Midland and neighbouring Odessa said efficiency gains had offset a 9% drop in the number of rigs since January. "We are drilling longer laterals with fewer crews," said the chief executive of a privately held operator whose acreage straddles Martin and Howard counties.

Much of the growth came from the Delaware Basin, the western lobe of the Permian that stretches from Reeves County, Texas, into Lea and Eddy counties in New Mexico. Carlsbad, New Mexico, has become a boom town again, with hotel rates doubling and truck traffic clogging U.S. Highway 285 toward Pecos.

Analysts in Houston said the Permian would account for nearly half of all U.S. crude output this year, while the Bakken in North Dakota and the Eagle Ford in South Texas are flat. "The Permian is the only growth story left in American shale," said one.""", [
    ("Permian", "US", N),
    ("Permian Basin", "US", N),
    ("Midland", "US", T, (31.997, -102.078)),
    ("MIDLAND", "US", T, (31.997, -102.078)),
    ("Texas", "US", A),
    ("U.S.", "US", C),
    ("West Texas", "US", N),
    ("New Mexico", "US", A),
    ("West Texas Intermediate", "-", N),
    ("Odessa", "US", T, (31.846, -102.368)),
    ("Martin", "US", A, (32.3, -101.95)),
    ("Howard", "US", A, (32.3, -101.44)),
    ("Delaware Basin", "US", N),
    ("Reeves County", "US", A),
    ("Lea", "US", A, (32.8, -103.4)),
    ("Eddy", "US", A, (32.47, -104.3)),
    ("Carlsbad", "US", T, (32.42, -104.23)),
    ("Pecos", "US", T, (31.42, -103.49)),
    ("U.S. Highway 285", "US", Q),
    ("Houston", "US", T, (29.76, -95.37)),
    ("Bakken", "US|CA", N),
    ("North Dakota", "US", A),
    ("Eagle Ford", "US", N),
    ("South Texas", "US", N),
    ("American", "US", Q),
])

add("a", """Kazakh exports via CPC slump after drone strike on Black Sea terminal

By Aigerim Seitkali

ASTANA, Feb 18 (Bloomberg) - Kazakhstan's oil exports through the Caspian Pipeline Consortium fell by almost a third this week after a drone damaged a mooring point at the group's terminal near Novorossiysk on Russia's Black Sea coast, traders said.

The CPC line carries about 1.5 million barrels a day, most of it Kazakh crude from the giant Tengiz and Karachaganak fields and from Kashagan, the offshore field in the northern Caspian Sea. The 1,500-kilometre pipeline starts at Atyrau, crosses the Russian regions of Astrakhan and Kalmykia and the Stavropol and Krasnodar territories before reaching the coast.

The disruption sent the premium for CPC Blend cargoes loading in the Black Sea to its highest since 2022, while buyers in Italy, Greece and Spain looked for replacement barrels from Libya, Azerbaijan and Iraq. Azerbaijan's BTC pipeline, which runs from the Sangachal terminal near Baku through Tbilisi in Georgia to Ceyhan on Turkey's Mediterranean coast, is already running close to capacity.""", [
    ("Kazakh", "KZ", Q),
    ("Black Sea", "*", N),
    ("ASTANA", "KZ", T),
    ("Kazakhstan", "KZ", C),
    ("Caspian Pipeline Consortium", "-", N),
    ("Novorossiysk", "RU", T),
    ("Russia", "RU", C),
    ("Tengiz", "KZ", N),
    ("Karachaganak", "KZ", N),
    ("Kashagan", "KZ", N),
    ("Caspian Sea", "*", N),
    ("Caspian", "*", N),
    ("Atyrau", "KZ", N),
    ("Russian", "RU", Q),
    ("Astrakhan", "RU", A),
    ("Kalmykia", "RU", A),
    ("Stavropol", "RU", A),
    ("Krasnodar", "RU", A),
    ("Italy", "IT", C),
    ("Greece", "GR", C),
    ("Spain", "ES", C),
    ("Libya", "LY", C),
    ("Azerbaijan", "AZ", C),
    ("Iraq", "IQ", C),
    ("Sangachal", "AZ", N),
    ("Baku", "AZ", T),
    ("Tbilisi", "GE", T),
    ("Georgia", "GE", C),
    ("Ceyhan", "TR", T),
    ("Turkey", "TR", C),
    ("Mediterranean", "*", N),
])

add("a", """Rosebank go-ahead revives Shetland hopes as North Sea output sags

By Fiona MacLeod, Upstream

ABERDEEN - Britain's decision to let Equinor and Ithaca Energy press ahead with the Rosebank oil field west of Shetland has been welcomed in Aberdeen, where the offshore workforce has shrunk by a third in a decade.

Rosebank, about 130 kilometres north-west of the islands, holds an estimated 300 million barrels and will produce through a floating vessel, with oil shipped by shuttle tanker and gas piped to the Sullom Voe terminal. Campaigners in Edinburgh and London have vowed to fight the consent in court.

"Every job in Aberdeen and Lerwick matters," said a union organiser at the Dyce heliport, from where crews fly out to platforms in the central and northern North Sea.

Output from the UK continental shelf fell to about 1.2 million barrels of oil equivalent a day last year, a quarter of its 1999 peak. The Forties pipeline system, which carries crude from around 80 fields to the Kinneil terminal at Grangemouth on the Firth of Forth, now runs well below capacity, and Grangemouth's refinery closed last year. The Brent field itself, which gave its name to the world's main crude benchmark, is being decommissioned.

Across the median line, Norway is still growing. The Johan Sverdrup field, piped to Mongstad near Bergen, produces about 755,000 barrels a day, and Equinor's base in Stavanger employs more staff than the entire UK supply chain in some sectors. Norwegian gas flows to Germany, Belgium and France now cover about a third of European demand.""", [
    ("Shetland", "GB", N),
    ("North Sea", "*", N),
    ("ABERDEEN", "GB", T, (57.148, -2.098)),
    ("Britain", "GB", C),
    ("Equinor", "-", N),
    ("Rosebank", "GB", N),
    ("Aberdeen", "GB", T, (57.148, -2.098)),
    ("Sullom Voe", "GB", N),
    ("Edinburgh", "GB", T),
    ("London", "GB", T, (51.507, -0.128)),
    ("Lerwick", "GB", T),
    ("Dyce", "GB", T, (57.2, -2.18)),
    ("UK", "GB", C),
    ("Forties", "GB", N),
    ("Kinneil", "GB", N, (56.0, -3.65)),
    ("Grangemouth", "GB", T),
    ("Firth of Forth", "GB", N),
    ("Brent", "GB", N),
    ("Norway", "NO", C),
    ("Johan Sverdrup", "NO", N),
    ("Mongstad", "NO", N),
    ("Bergen", "NO", T, (60.39, 5.32)),
    ("Stavanger", "NO", T),
    ("Norwegian", "NO", Q),
    ("Germany", "DE", C),
    ("Belgium", "BE", C),
    ("France", "FR", C),
    ("European", "*", Q),
])

add("a", """Nigeria's Trans Niger Pipeline shut again after blast in Rivers State

By Chinedu Okafor

PORT HARCOURT, Nigeria, March 3 (Reuters) - A fire on the Trans Niger Pipeline in Rivers State has forced operators to halt flows to the Bonny export terminal, cutting Nigeria's crude output by around 150,000 barrels per day, industry sources said on Monday.

The 180-km line, which carries Bonny Light crude from fields across the eastern Niger Delta, caught fire near the village of Bodo in the Ogoni area of Gokana after what officials called an illegal tapping point. Local residents said thick smoke could be seen from Bori and as far as Port Harcourt.

The Nigerian Upstream Petroleum Regulatory Commission said repair crews would be deployed once the fire was contained. In Abuja, the Petroleum Minister blamed "economic saboteurs" and pledged more military patrols on the creeks of Rivers, Bayelsa and Delta states.

Crude theft has plagued the region for two decades, and Africa's largest producer has frequently failed to meet its OPEC quota. Forcados, the terminal serving the western delta near Warri, was shut for 10 days in January after a leak on its subsea line, and Shell's Bonga field off the coast has been the only reliable source of growth.

The outage comes as the 650,000 bpd Dangote refinery in the Lekki free zone near Lagos ramps up. The refinery has been buying cargoes from the United States, Ghana and Equatorial Guinea because of the shortfall of domestic grades, a trader in London said.""", [
    ("Nigeria", "NG", C),
    ("Trans Niger Pipeline", "-", N),
    ("Rivers State", "NG", A),
    ("PORT HARCOURT", "NG", T),
    ("Bonny", "NG", T, (4.45, 7.17)),
    ("Bonny Light", "-", N),
    ("Niger Delta", "NG", N),
    ("Bodo", "NG", T, (4.61, 7.27)),
    ("Ogoni", "NG", N),
    ("Gokana", "NG", A),
    ("Bori", "NG", T, (4.67, 7.36)),
    ("Port Harcourt", "NG", T),
    ("Nigerian", "NG", Q),
    ("Abuja", "NG", T),
    ("Rivers", "NG", A),
    ("Bayelsa", "NG", A),
    ("Delta", "NG", A),
    ("Africa", "*", N),
    ("Forcados", "NG", N),
    ("Warri", "NG", T),
    ("Bonga", "NG", N),
    ("Lekki", "NG", N),
    ("Lagos", "NG", T),
    ("United States", "US", C),
    ("Ghana", "GH", C),
    ("Equatorial Guinea", "GQ", C),
    ("London", "GB", T, (51.507, -0.128)),
])

add("a", """Shadow fleet tankers crowd Baltic as EU tightens Russian oil curbs

By Anna Kowalczyk and Lars Brandt

COPENHAGEN/WARSAW (Reuters) - Ageing tankers carrying Russian crude are sailing through the Danish straits in record numbers, shipping data show, as Moscow leans on a so-called shadow fleet to keep exports flowing from its Baltic ports despite a fresh round of European Union sanctions.

About 40 tankers a week left Primorsk and Ust-Luga on the Gulf of Finland in March, most bound for India via the Suez Canal, according to tracking by Kpler. Many are registered in Gabon, the Cook Islands or Panama and have no Western insurance.

Brussels added 70 more vessels to its blacklist, bringing the total to around 340. "The fleet is old, poorly maintained and sails through some of the busiest waters in Europe," an Estonian navy officer said.

Urals crude has traded below the G7 price cap of $60 for most of the year, and discounts to Brent widened to $13 a barrel after Washington sanctioned two of Russia's largest producers. Buyers in Gujarat, where Reliance runs the Jamnagar refinery and Nayara Energy operates at Vadinar, took about 1.7 million bpd of Russian oil last month.

The Kremlin called the measures illegal and said Russia would protect its ships "by all available means". Warsaw and Vilnius have asked NATO to step up patrols near the Russian exclave of Kaliningrad.""", [
    ("Baltic", "*", N),
    ("EU", "*", Q),
    ("Russian", "RU", Q),
    ("COPENHAGEN", "DK", T),
    ("WARSAW", "PL", T),
    ("Danish", "DK", Q),
    ("Moscow", "RU", T),
    ("European Union", "*", Q),
    ("Primorsk", "RU", T, (60.36, 28.61)),
    ("Ust-Luga", "RU", T),
    ("Gulf of Finland", "*", N),
    ("India", "IN", C),
    ("Suez Canal", "EG", N),
    ("Gabon", "GA", C),
    ("Cook Islands", "CK", N),
    ("Panama", "PA", C),
    ("Western", "*", Q),
    ("Finland", "FI", C),
    ("Brussels", "BE", T),
    ("Europe", "*", N),
    ("Estonian", "EE", Q),
    ("Urals", "-", N),
    ("Brent", "-", N),
    ("Washington", "US", T, (38.9, -77.04)),
    ("Russia", "RU", C),
    ("Gujarat", "IN", A),
    ("Jamnagar", "IN", T),
    ("Vadinar", "IN", N),
    ("Kremlin", "RU", Q),
    ("Warsaw", "PL", T),
    ("Vilnius", "LT", T),
    ("Kaliningrad", "RU", N),
])

add("a", """LNG: Qatar's North Field expansion and US Gulf startups set up 2026 glut

By Priya Raman, Argus

LONDON - A wave of liquefied natural gas supply from Qatar and the US Gulf coast is set to push Asian spot prices to their lowest in five years, traders said this week, after QatarEnergy confirmed the first phase of its expansion of the North Field would start production at Ras Laffan in mid-2026.

The North Field, which Qatar shares with Iran's South Pars across the maritime border in the Gulf, is the world's largest gas reservoir. Doha plans to lift capacity from 77 million to 142 million tonnes a year by the end of the decade.

In Louisiana, Venture Global's Plaquemines terminal south of New Orleans shipped its 100th cargo in March, while Cheniere's Sabine Pass plant on the Texas border and Cameron LNG near Hackberry ran at full rates. Corpus Christi Stage 3 and Golden Pass, a joint venture of ExxonMobil and QatarEnergy at Sabine Pass, are due online this year.

European buyers remain the main outlet for US cargoes. The Gate terminal in Rotterdam, Zeebrugge in Belgium and the new floating units at Wilhelmshaven and Brunsbüttel in Germany received a record number of cargoes last winter, replacing Russian pipeline gas lost after the 2022 Nord Stream blasts.""", [
    ("Qatar", "QA", C),
    ("North Field", "QA", N),
    ("US", "US", C),
    ("Gulf", "*", N),
    ("LONDON", "GB", T, (51.507, -0.128)),
    ("Asian", "*", Q),
    ("QatarEnergy", "-", N),
    ("Ras Laffan", "QA", N),
    ("Iran", "IR", C),
    ("South Pars", "IR", N),
    ("Doha", "QA", T),
    ("Louisiana", "US", A),
    ("Plaquemines", "US", N),
    ("New Orleans", "US", T),
    ("Sabine Pass", "US", N),
    ("Texas", "US", A),
    ("Cameron LNG", "-", N),
    ("Hackberry", "US", T, (29.996, -93.342)),
    ("Corpus Christi", "US", N, (27.8, -97.4)),
    ("Golden Pass", "-", N),
    ("European", "*", Q),
    ("Rotterdam", "NL", T),
    ("Zeebrugge", "BE", T),
    ("Belgium", "BE", C),
    ("Wilhelmshaven", "DE", T),
    ("Brunsbüttel", "DE", T),
    ("Germany", "DE", C),
    ("Russian", "RU", Q),
    ("Nord Stream", "-", N),
])

add("a", """Exxon's Guyana output tops 900,000 bpd as Venezuela border row simmers

By Gerard Persaud

GEORGETOWN, Guyana (AP) - Oil production from the Stabroek block off Guyana has passed 900,000 barrels a day after a fourth floating production vessel came online, the ExxonMobil-led consortium said Thursday, cementing the small South American nation's place among the world's fastest-growing producers.

The ONE GUYANA vessel, moored about 200 kilometers off the coast, is pumping from the Yellowtail development, joining the Liza and Payara projects. Exxon, Hess and China's CNOOC plan a fifth and sixth vessel at Uaru and Whiptail.

The boom has transformed Georgetown, where hotels and office towers have risen along the Demerara River and traffic jams now stretch to Diamond on the East Bank. But many in Berbice and the hinterland regions say they have seen little benefit.

Caracas still claims the Essequibo region, about two-thirds of Guyana's territory west of the Essequibo River, and part of the maritime area where Stabroek lies. Venezuelan President Nicolás Maduro's government has issued maps showing a new state of "Guayana Esequiba", and Brazil has reinforced troops in Roraima state along both borders. The International Court of Justice in The Hague is expected to rule on the dispute next year.""", [
    ("Exxon", "-", N),
    ("Guyana", "GY", C),
    ("Venezuela", "VE", C),
    ("GEORGETOWN", "GY", T, (6.80, -58.16)),
    ("Stabroek", "GY", N),
    ("South American", "*", Q),
    ("ONE GUYANA", "-", N),
    ("Yellowtail", "GY", N),
    ("Liza", "GY", N),
    ("Payara", "GY", N),
    ("China", "CN", C),
    ("Uaru", "GY", N),
    ("Whiptail", "GY", N),
    ("Georgetown", "GY", T, (6.80, -58.16)),
    ("Demerara River", "GY", N),
    ("Diamond", "GY", T, (6.75, -58.17)),
    ("East Bank", "GY", N),
    ("Berbice", "GY", N),
    ("Caracas", "VE", T),
    ("Essequibo", "GY", N),
    ("Essequibo River", "GY", N),
    ("Venezuelan", "VE", Q),
    ("Nicolás Maduro", "-", N),
    ("Guayana Esequiba", "VE|GY", N),
    ("Brazil", "BR", C),
    ("Roraima", "BR", A),
    ("The Hague", "NL", T),
])

add("a", """Libya's Sharara field shut by protest, Zawiya refinery at risk

By Hamza Benali

TRIPOLI, Aug 5 (Reuters) - Protesters shut down Libya's largest oilfield, Sharara, on Monday, forcing the National Oil Corporation to declare force majeure on loadings from the Zawiya port and cutting output by about 270,000 barrels per day, two engineers at the field said.

Sharara, in the Murzuq Basin about 900 km south of Tripoli, is operated by NOC with Spain's Repsol, France's TotalEnergies, Austria's OMV and Norway's Equinor. Crude is piped north to the coast at Zawiya, where the 120,000 bpd refinery supplies much of the fuel for the capital. The nearby El Feel field, which also feeds the Mellitah complex run with Italy's Eni, was running normally.

The protesters, from the towns of Ubari and Ghat in the Fezzan region, demand jobs and better services. Similar sit-ins have halted Sharara several times since 2014.

The shutdown is the latest flare-up in a long struggle between the Tripoli-based government of Prime Minister Abdulhamid Dbeibah and rival authorities in the east backed by Khalifa Haftar, whose forces control most of the country's oilfields and the main export terminals at Es Sider, Ras Lanuf, Brega, Zueitina and Hariga near Tobruk. Most of Libya's crude comes from the Sirte Basin, south of the Gulf of Sidra.

Libya pumped about 1.2 million barrels a day in July, close to a decade high. In Cairo, the Arab League urged both sides to keep oil out of politics.""", [
    ("Libya", "LY", C),
    ("Sharara", "LY", N),
    ("Zawiya", "LY", N, (32.75, 12.73)),
    ("TRIPOLI", "LY", T, (32.89, 13.19)),
    ("Murzuq Basin", "LY", N),
    ("Tripoli", "LY", T, (32.89, 13.19)),
    ("Spain", "ES", C),
    ("France", "FR", C),
    ("Austria", "AT", C),
    ("Norway", "NO", C),
    ("Equinor", "-", N),
    ("El Feel", "LY", N),
    ("Mellitah", "LY", N),
    ("Italy", "IT", C),
    ("Ubari", "LY", T),
    ("Ghat", "LY", T, (24.96, 10.18)),
    ("Fezzan", "LY", N),
    ("Es Sider", "LY", N),
    ("Ras Lanuf", "LY", N),
    ("Brega", "LY", N),
    ("Zueitina", "LY", N),
    ("Hariga", "LY", N),
    ("Tobruk", "LY", T),
    ("Sirte Basin", "LY", N),
    ("Gulf of Sidra", "LY", N),
    ("Cairo", "EG", T),
    ("Arab League", "*", Q),
])

add("a", """Trans Mountain barrels find Asian buyers as Alberta pushes for new pipe

By Mark Sorensen

CALGARY, Alberta (Bloomberg) - A year after the expanded Trans Mountain pipeline began shipping crude from Alberta to the Pacific coast, tankers loading at the Westridge terminal in Burnaby, British Columbia, are increasingly heading to China rather than California, shipping data show.

The 890,000-barrel-a-day line runs 1,150 km from Edmonton over the Rocky Mountains to Greater Vancouver. It has narrowed the discount on Western Canadian Select, the heavy oil sands blend priced at Hardisty, to about $11 below West Texas Intermediate, the tightest in years.

About a quarter of the cargoes sailed to Chinese ports such as Ningbo and Rizhao last quarter, with the rest going to refiners in Washington state and California. Ottawa, which owns the pipeline after buying it in 2018, hopes to sell it to Indigenous groups.

Most Canadian crude still flows south to the United States, via Enbridge's Mainline to Superior, Wisconsin, and the Keystone system to Cushing, Oklahoma, and the Gulf Coast.""", [
    ("Trans Mountain", "-", N),
    ("Asian", "*", Q),
    ("Alberta", "CA", A),
    ("CALGARY", "CA", T),
    ("Pacific", "*", N),
    ("Westridge", "CA", N, (49.29, -122.95)),
    ("Burnaby", "CA", T),
    ("British Columbia", "CA", A),
    ("China", "CN", C),
    ("California", "US", A),
    ("Edmonton", "CA", T, (53.55, -113.49)),
    ("Rocky Mountains", "*", N),
    ("Greater Vancouver", "CA", N),
    ("Western Canadian Select", "-", N),
    ("Hardisty", "CA", T, (52.67, -111.3)),
    ("West Texas Intermediate", "-", N),
    ("Chinese", "CN", Q),
    ("Ningbo", "CN", T),
    ("Rizhao", "CN", T),
    ("Washington", "US", A, "US.WA"),
    ("Ottawa", "CA", T, (45.42, -75.7)),
    ("Canadian", "CA", Q),
    ("United States", "US", C),
    ("Superior", "US", T, (46.72, -92.1)),
    ("Wisconsin", "US", A),
    ("Cushing", "US", T, (35.985, -96.767)),
    ("Oklahoma", "US", A),
    ("Keystone", "-", N),
    ("Gulf Coast", "US", N),
])

add("a", """Kurdish oil flows to Ceyhan resume after two-year halt

By Dilan Aziz

ERBIL, Iraq, Sept 27 (AFP) - Crude from Iraq's Kurdistan region began flowing through the Kirkuk-Ceyhan pipeline to Turkey's Mediterranean coast on Saturday for the first time since March 2023, ending a halt that cost Baghdad and Erbil an estimated $35 billion in lost revenue.

Initial flows of about 180,000 barrels per day were pumped from fields around Erbil and Dohuk to the border at Fishkhabur, the Kurdistan Regional Government's ministry of natural resources said. The oil is stored at the Ceyhan terminal in Adana province before loading onto tankers for Europe.

Ankara shut the line after an arbitration court in Paris ruled that Turkey had breached a 1973 treaty by allowing exports without the federal government's approval. Under the new deal, Kurdish crude will be marketed by Iraq's state oil marketer SOMO, with Baghdad paying producers a fixed fee per barrel.

Iraq, OPEC's second-largest producer, exports most of its oil from the south, through terminals off Basra. Output from the supergiant Rumaila and West Qurna fields near the Shatt al-Arab waterway makes up more than half of the total. The federal government also wants to revive exports of Kirkuk crude, which has been trucked to refineries in Baiji and Sulaymaniyah since the Islamic State group damaged the northern pipeline in 2014.

Analysts said the restart would add little to global supply because Baghdad must stay within its OPEC+ quota. Brent was little changed at $67.""", [
    ("Kurdish", "IQ", Q),
    ("Ceyhan", "TR", T),
    ("ERBIL", "IQ", T),
    ("Iraq", "IQ", C),
    ("Kurdistan", "IQ", A),
    ("Kirkuk", "IQ", N),
    ("Turkey", "TR", C),
    ("Mediterranean", "*", N),
    ("Baghdad", "IQ", T),
    ("Erbil", "IQ", T),
    ("Dohuk", "IQ", N),
    ("Fishkhabur", "IQ", N),
    ("Kurdistan Regional Government", "IQ", Q),
    ("Adana", "TR", A),
    ("Europe", "*", N),
    ("Ankara", "TR", T),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Sulaymaniyah", "IQ", N),
    ("Basra", "IQ", N),
    ("Rumaila", "IQ", N),
    ("West Qurna", "IQ", N),
    ("Shatt al-Arab", "*", N),
    ("Baiji", "IQ", T),
    ("Islamic State", "-", N),
    ("Brent", "-", N),
])

add("a", """Vaca Muerta shale output breaks record as YPF eyes Atlantic export port

By Lucía Fernández

NEUQUÉN, Argentina (Reuters) - Oil production from Argentina's Vaca Muerta shale formation hit a record 450,000 barrels per day in June, data from the energy secretariat showed, as state-run YPF pushes ahead with a pipeline to a new export terminal on the Atlantic coast.

The formation, which covers some 30,000 square km mostly in Neuquén province in Patagonia, holds the world's second-largest shale gas reserves and fourth-largest shale oil reserves. Activity is centred on Añelo, a town of dusty streets and truck yards about 100 km north-west of the provincial capital, Neuquén.

YPF and partners including Vista Energy, Pluspetrol and Chevron are building the Vaca Muerta Oil Sur pipeline, which will carry crude 437 km across Río Negro province to a deepwater port at Punta Colorada, near Sierra Grande on the San Matías Gulf. The first stretch is due to open in late 2026. Until then, most shale oil flows through the Oldelval line to Bahía Blanca in Buenos Aires province and by a new link over the Andes to Chile's Biobío region.

Export volumes have surged under President Javier Milei, whose government lifted capital controls in April and is offering tax breaks to large projects. Argentina posted an energy trade surplus of $7 billion last year, a turnaround for a country that imported LNG through Escobar as recently as 2022.

"Vaca Muerta could double again by the end of the decade," a Neuquén-based executive said, but warned that roads and water supply around Añelo were overstretched.""", [
    ("Vaca Muerta", "AR", N),
    ("Vaca Muerta Oil Sur", "-", N),
    ("Atlantic", "*", N),
    ("NEUQUÉN", "AR", T, (-38.95, -68.06)),
    ("Argentina", "AR", C),
    ("Neuquén#1", "AR", A, "Neuqu"),
    ("Neuquén#2", "AR", T, (-38.95, -68.06)),
    ("Neuquén#3", "AR", N),
    ("Patagonia", "*", N),
    ("Añelo", "AR", T),
    ("Río Negro", "AR", A, "Negro"),
    ("Punta Colorada", "AR", N),
    ("Sierra Grande", "AR", T, (-41.6, -65.35)),
    ("San Matías Gulf", "AR", N),
    ("Oldelval", "-", N),
    ("Bahía Blanca", "AR", T),
    ("Buenos Aires", "AR", A, "Buenos Aires"),
    ("Andes", "*", N),
    ("Chile", "CL", C),
    ("Biobío", "CL", A),
    ("Escobar", "AR", T, (-34.35, -58.8)),
])

add("a", """Petrol pumps run dry across Punjab as import cargoes delayed

By Asad Mehmood

LAHORE, Pakistan - Long queues formed outside petrol stations in Lahore, Faisalabad and Multan on Wednesday as a shortage of fuel spread across Punjab, with dealers blaming delayed import cargoes and a dispute over margins.

The Oil Companies Advisory Council said two tankers carrying petrol from the United Arab Emirates and Oman were waiting to berth at Port Qasim in Karachi because of congestion and payment delays. Pakistan imports about 70% of its petrol, most of it from refineries in the Gulf and from Saudi Arabia.

In Rawalpindi and Islamabad, motorists waited up to three hours. Police in Gujranwala were called to a filling station on the Grand Trunk Road after scuffles broke out. Supplies were also thin in Hyderabad and Sukkur in Sindh, but Karachi itself was largely spared.

The White Oil Pipeline, which carries diesel and petrol from Port Qasim to Mahmoodkot near Muzaffargarh in southern Punjab, was running at full capacity, the state-owned Pak-Arab Pipeline Company said. From there, fuel is moved by road tankers to the north, including to Peshawar in Khyber Pakhtunkhwa and to Gilgit.

The energy ministry in Islamabad said the situation would normalise within 72 hours and warned that hoarders would lose their licences. The shortage adds to pressure on the government, which is negotiating with the International Monetary Fund and has raised petrol prices four times this year. Across the border in India, prices in the Indian state of Punjab have been unchanged for two years.""", [
    ("Punjab#1,2,3", "PK", A, "Punjab"),
    ("Punjab#4", "IN", A, "Punjab"),
    ("LAHORE", "PK", T),
    ("Pakistan", "PK", C),
    ("Lahore", "PK", T),
    ("Faisalabad", "PK", T),
    ("Multan", "PK", T),
    ("United Arab Emirates", "AE", C),
    ("Oman", "OM", C),
    ("Port Qasim", "PK", N),
    ("Karachi", "PK", T),
    ("Gulf", "*", N),
    ("Saudi Arabia", "SA", C),
    ("Rawalpindi", "PK", T),
    ("Islamabad", "PK", T),
    ("Gujranwala", "PK", T),
    ("Grand Trunk Road", "*", Q),
    ("Hyderabad", "PK", T, (25.39, 68.37)),
    ("Sukkur", "PK", T),
    ("Sindh", "PK", A),
    ("Mahmoodkot", "PK", N),
    ("Muzaffargarh", "PK", T),
    ("Pak-Arab Pipeline Company", "-", N),
    ("Peshawar", "PK", T),
    ("Khyber Pakhtunkhwa", "PK", A),
    ("Gilgit", "PK", T),
    ("India", "IN", C),
    ("Indian", "IN", Q),
])

add("a", """TotalEnergies restarts Mozambique LNG as Cabo Delgado insurgency ebbs

By Joana Macuácua

MAPUTO, Mozambique (Bloomberg) - TotalEnergies has lifted force majeure on its $20 billion Mozambique LNG project in Cabo Delgado province, more than four years after an Islamist attack on the nearby town of Palma forced the company to evacuate the Afungi peninsula.

Construction of the two-train plant on the peninsula, which will process gas from the Golfinho and Atum fields in Area 1 of the Rovuma Basin, will resume this quarter, the French company said. First cargoes are expected in 2029.

Rwandan troops, deployed in 2021 alongside Mozambican forces, have secured Palma and Mocímboa da Praia, the port town held by insurgents for a year. But attacks continue further south in Macomia and Ancuabe districts, and aid groups say more than 100,000 people fled their homes in the province last year.

ExxonMobil, which leads the neighbouring Rovuma LNG project in Area 4, plans a final investment decision next year. Eni's Coral Sul floating plant, moored offshore, has shipped LNG since 2022, mostly to buyers in Europe and Asia.

The revival has raised hopes in Pemba, the provincial capital, where hotels have reopened and flights from Maputo and Nampula have resumed. The government hopes LNG revenues will transform an economy where around two-thirds of people live in poverty, though critics in Maputo worry about a repeat of the hidden-debt scandal.

Neighbouring Tanzania, whose own LNG plans near Lindi in the south have stalled for a decade, is watching closely. The Rovuma River, which gives the basin its name, forms the border between the two countries. Investors in Johannesburg and London said security would remain the main risk.""", [
    ("Mozambique LNG", "-", N),
    ("Mozambique", "MZ", C),
    ("Cabo Delgado", "MZ", A),
    ("MAPUTO", "MZ", T),
    ("Palma", "MZ", T, (-10.78, 40.47)),
    ("Afungi", "MZ", N),
    ("Golfinho", "MZ", N),
    ("Atum", "MZ", N),
    ("Rovuma Basin", "*", N),
    ("French", "FR", Q),
    ("Rwandan", "RW", Q),
    ("Mozambican", "MZ", Q),
    ("Mocímboa da Praia", "MZ", T),
    ("Macomia", "MZ", A),
    ("Ancuabe", "MZ", A),
    ("Rovuma LNG", "-", N),
    ("Coral Sul", "-", N),
    ("Europe", "*", N),
    ("Asia", "*", N),
    ("Pemba", "MZ", T, (-12.97, 40.52)),
    ("Maputo", "MZ", T),
    ("Nampula", "MZ", T, (-15.12, 39.27)),
    ("Tanzania", "TZ", C),
    ("Lindi", "TZ", T, (-10.0, 39.72)),
    ("Rovuma River", "*", N),
    ("Johannesburg", "ZA", T),
    ("London", "GB", T, (51.507, -0.128)),
])
# ---------------------------------------------------------------- genre b: mining, metals, commodities
add("b", """Escondida workers strike, copper jumps on supply fears

By Fabián Rojas

SANTIAGO, Chile (Reuters) - Workers at BHP's Escondida mine in northern Chile, the world's largest copper mine, walked off the job on Tuesday after wage talks collapsed, sending London copper prices to a three-month high.

Union No. 1, which represents about 2,400 workers at the open-pit mine high in the Atacama Desert, said members had set up pickets on the access road from Antofagasta, the port city 170 km to the north-west from where most Escondida concentrate is shipped. The company said it had activated a contingency plan and that the Coloso port and the Kelar power plant in Mejillones were operating normally.

Three-month copper on the London Metal Exchange rose 2.1% to $9,860 a tonne, while Shanghai futures climbed to a record. Escondida produced about 1.1 million tonnes of copper last year, around 5% of global mine supply.

The Antofagasta region accounts for more than half of Chile's copper output. State-owned Codelco's Chuquicamata and Radomiro Tomic mines are near Calama, and Antofagasta Minerals, controlled by the Luksic family, runs Los Pelambres further south in the Coquimbo region and the Centinela complex near Sierra Gorda.

Miners in neighbouring Peru, the No. 3 producer, have also faced disruptions. Protests have blocked the road used by the Las Bambas mine in the southern Andes, and Anglo American's Quellaveco has struggled with water shortages.

The Chilean labour ministry in Santiago offered to mediate. The last major Escondida strike, in 2017, lasted 44 days.""", [
    ("Escondida", "CL", N),
    ("SANTIAGO", "CL", T, (-33.45, -70.67)),
    ("Chile", "CL", C),
    ("BHP", "-", N),
    ("London", "GB", Q),
    ("Atacama Desert", "CL", N),
    ("Antofagasta#1", "CL", T, (-23.65, -70.4)),
    ("Antofagasta#2", "CL", A, "Antofagasta"),
    ("Antofagasta Minerals", "-", N),
    ("Coloso", "CL", N),
    ("Kelar", "-", N),
    ("Mejillones", "CL", T),
    ("London Metal Exchange", "GB", Q),
    ("Shanghai", "CN", Q),
    ("Chuquicamata", "CL", N),
    ("Radomiro Tomic", "CL", N),
    ("Calama", "CL", T),
    ("Luksic", "-", N),
    ("Los Pelambres", "CL", N),
    ("Coquimbo", "CL", A, "Coquimbo"),
    ("Centinela", "CL", N),
    ("Sierra Gorda", "CL", T, (-22.89, -69.32)),
    ("Peru", "PE", C),
    ("Las Bambas", "PE", N),
    ("Andes", "*", N),
    ("Anglo American", "-", N),
    ("Quellaveco", "PE", N),
    ("Chilean", "CL", Q),
    ("Santiago", "CL", T, (-33.45, -70.67)),
])

add("b", """Freeport halts Grasberg underground mining after mudslide

By Bambang Sutrisno

JAKARTA, Sept 10 (Reuters) - PT Freeport Indonesia has suspended operations at the underground block cave of Grasberg, its giant copper and gold complex in Central Papua, after a rush of wet material trapped seven workers, the company said on Wednesday.

Rescue teams were working to reach the miners, a spokesperson in Timika, the town in Mimika regency that serves the mine, told reporters. Grasberg, in the Sudirman Range close to Indonesia's highest peak, Puncak Jaya, is one of the world's largest copper mines and the biggest gold mine by reserves.

Parent company Freeport-McMoRan, based in Phoenix, Arizona, said the suspension would cut third-quarter sales. Copper rose 1.8% on the London Metal Exchange.

Concentrate from Grasberg is piped to the port of Amamapare on the Arafura Sea and shipped to a new smelter in Gresik, East Java, and to PT Smelting, also in Gresik. Jakarta has banned exports of unprocessed copper concentrate to force companies to build smelters at home, a policy modelled on its nickel export ban.

That ban has turned Sulawesi and the islands of North Maluku into the world's biggest source of nickel. Chinese-backed industrial parks at Morowali in Central Sulawesi and Weda Bay on Halmahera now produce more than half of global supply, but have been criticised for deforestation and deadly accidents. In Kendari, capital of Southeast Sulawesi, fishermen have protested over polluted water near the Konawe smelters.""", [
    ("Freeport", "-", N),
    ("Grasberg", "ID", N),
    ("JAKARTA", "ID", T),
    ("PT Freeport Indonesia", "-", N),
    ("Central Papua", "ID", A),
    ("Timika", "ID", T),
    ("Mimika", "ID", A),
    ("Sudirman Range", "ID", N),
    ("Indonesia", "ID", C),
    ("Puncak Jaya", "ID", N),
    ("Freeport-McMoRan", "-", N),
    ("Phoenix", "US", T, (33.45, -112.07)),
    ("Arizona", "US", A),
    ("London Metal Exchange", "GB", Q),
    ("Amamapare", "ID", N),
    ("Arafura Sea", "*", N),
    ("Gresik", "ID", T),
    ("East Java", "ID", A),
    ("Jakarta", "ID", T),
    ("Sulawesi", "ID", N),
    ("North Maluku", "ID", A),
    ("Chinese", "CN", Q),
    ("Morowali", "ID", A),
    ("Central Sulawesi", "ID", A),
    ("Weda Bay", "ID", N),
    ("Halmahera", "ID", N),
    ("Kendari", "ID", T),
    ("Southeast Sulawesi", "ID", A),
    ("Konawe", "ID", A),
    ("Papua", "ID", N),
])

add("b", """Congo cobalt export ban extended as Kolwezi stockpiles swell

By Patrick Ilunga

KINSHASA, Democratic Republic of Congo (Reuters) - Congo has extended its suspension of cobalt exports by three months, the country's strategic minerals regulator said on Saturday, as the world's top producer of the battery metal tries to push up prices that slumped to nine-year lows.

The ban, first imposed in February, has left tens of thousands of tonnes of cobalt hydroxide piling up in warehouses around Kolwezi, the mining hub in Lualaba province, and in Lubumbashi, the capital of neighbouring Haut-Katanga. Cobalt prices in Europe have almost doubled since the ban began, according to Fastmarkets.

China's CMOC, which runs the Tenke Fungurume and Kisanfu mines, and Glencore, owner of Mutanda and Kamoto Copper Company near Kolwezi, account for most of the supply. Copper exports, which make up the bulk of Congo's mining revenue, are not affected.

Ivanhoe Mines' Kamoa-Kakula copper complex, west of Kolwezi, resumed full operations last month after tremors flooded parts of its underground workings. Its concentrate is trucked south across the border to Zambia, through the Kasumbalesa crossing and the Copperbelt towns of Chingola, Kitwe and Ndola, before reaching ports at Durban in South Africa or Dar es Salaam in Tanzania.""", [
    ("Congo", "CD", C),
    ("Kolwezi", "CD", T),
    ("KINSHASA", "CD", T),
    ("Democratic Republic of Congo", "CD", C),
    ("Lualaba", "CD", A),
    ("Lubumbashi", "CD", T),
    ("Haut-Katanga", "CD", A),
    ("Europe", "*", N),
    ("China", "CN", C),
    ("Tenke Fungurume", "CD", N),
    ("Kisanfu", "CD", N),
    ("Mutanda", "CD", N),
    ("Kamoto Copper Company", "-", N),
    ("Ivanhoe Mines", "-", N),
    ("Kamoa-Kakula", "CD", N),
    ("Zambia", "ZM", C),
    ("Kasumbalesa", "CD|ZM", N),
    ("Copperbelt", "ZM", A),
    ("Chingola", "ZM", T),
    ("Kitwe", "ZM", T),
    ("Ndola", "ZM", T),
    ("Durban", "ZA", T),
    ("South Africa", "ZA", C),
    ("Dar es Salaam", "TZ", T),
    ("Tanzania", "TZ", C),
])

add("b", """Pilbara iron ore shipments hit by cyclone as Simandou ramps up

By Sarah Kennedy

PERTH (Bloomberg) - Iron ore exports from Western Australia's Pilbara region were halted for three days this week as Tropical Cyclone Errol crossed the coast between Port Hedland and Karratha, forcing Rio Tinto, BHP and Fortescue to clear ships from their berths.

The Pilbara Ports Authority said Port Hedland, the world's largest bulk export port, reopened on Thursday. Rio Tinto's terminals at Dampier and Cape Lambert resumed loading on Friday, although rail lines from Tom Price and Paraburdoo were still being inspected for flood damage. BHP said its Newman operations, 450 km inland, were unaffected.

Singapore iron ore futures rose 3% to $108 a tonne, while Dalian futures hit a four-month high as steel mills in Hebei and Jiangsu sought to rebuild stocks. About 60% of the iron ore loaded in the Pilbara goes to China, with most of the rest going to Japan, South Korea and Taiwan.

The disruption comes as the first cargoes from the Simandou project in Guinea sail for China. Simandou, a 110-km range in the south-east of the West African country, is being developed by Rio Tinto and a Chinese-led consortium, with a 600-km railway to a new port at Morebaya, south of Conakry. Analysts in Perth expect Simandou to add up to 120 million tonnes a year by 2028, eroding Australia's dominance.""", [
    ("Pilbara", "AU", N),
    ("Pilbara Ports Authority", "AU", Q),
    ("Simandou", "GN", N),
    ("PERTH", "AU", T, (-31.95, 115.86)),
    ("Western Australia", "AU", A),
    ("Errol", "-", N),
    ("Port Hedland", "AU", T),
    ("Karratha", "AU", T),
    ("Rio Tinto", "-", N),
    ("BHP", "-", N),
    ("Dampier", "AU", T, (-20.66, 116.71)),
    ("Cape Lambert", "AU", N),
    ("Tom Price", "AU", T),
    ("Paraburdoo", "AU", T),
    ("Newman", "AU", N, (-23.36, 119.73)),
    ("Singapore", "SG", Q),
    ("Dalian", "CN", Q),
    ("Hebei", "CN", A),
    ("Jiangsu", "CN", A),
    ("China", "CN", C),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("Taiwan", "TW", N),
    ("Guinea", "GN", C),
    ("West African", "*", Q),
    ("Chinese", "CN", Q),
    ("Morebaya", "GN", N),
    ("Conakry", "GN", T),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Australia", "AU", C),
])

add("b", """Platinum miners down tools at Rustenburg shafts over bonus dispute

By Thabo Mokoena, Mining Weekly

RUSTENBURG - More than 8,000 workers at Sibanye-Stillwater's Rustenburg operations in North West province have embarked on an underground sit-in over a disputed production bonus, the Association of Mineworkers and Construction Union (Amcu) said on Monday.

Workers at three shafts near the town refused to return to surface after the night shift, union officials said. Sibanye, which is headquartered near Johannesburg, said it had applied to the Labour Court for an interdict.

Rustenburg sits on the western limb of the Bushveld Complex, which holds about 70% of the world's known platinum group metal reserves. Impala Platinum's Rustenburg mine lies a few kilometres to the north, near the town of Phokeng, while Sibanye's Marikana operations, bought from Lonmin in 2019, lie about 40 km east. At Marikana in August 2012, police shot dead 34 striking miners.

Platinum prices jumped 4% to $1,090 an ounce in New York on the news. South Africa supplies around 70% of mined platinum, with Russia's Norilsk Nickel and Zimbabwe's Great Dyke mines the other big sources.

The industry has been squeezed by weak prices and rising power costs. Anglo American Platinum, now renamed Valterra Platinum after its demerger from Anglo American, has closed older shafts and relies on its open-pit Mogalakwena mine near Mokopane in Limpopo, 250 km to the north. Northam Platinum operates near Thabazimbi, and several smaller mines on the eastern limb around Burgersfort and Steelpoort in Limpopo and Mpumalanga have been mothballed.

Union leaders said they would march on the Union Buildings in Pretoria if the dispute was not resolved. Shares of Sibanye fell 6% in Johannesburg and 5% in New York.""", [
    ("Rustenburg", "ZA", T, (-25.67, 27.24)),
    ("RUSTENBURG", "ZA", T, (-25.67, 27.24)),
    ("Sibanye-Stillwater", "-", N),
    ("North West", "ZA", A),
    ("Johannesburg", "ZA", T),
    ("Bushveld Complex", "ZA", N),
    ("Phokeng", "ZA", T),
    ("Marikana", "ZA", T),
    ("New York", "US", T, (40.71, -74.01)),
    ("South Africa", "ZA", C),
    ("Russia", "RU", C),
    ("Norilsk Nickel", "-", N),
    ("Zimbabwe", "ZW", C),
    ("Great Dyke", "ZW", N),
    ("Anglo American", "-", N),
    ("Anglo American Platinum", "-", N),
    ("Mogalakwena", "ZA", N),
    ("Mokopane", "ZA", T),
    ("Limpopo", "ZA", A),
    ("Northam Platinum", "-", N),
    ("Thabazimbi", "ZA", T),
    ("Burgersfort", "ZA", T),
    ("Steelpoort", "ZA", T),
    ("Mpumalanga", "ZA", A),
    ("Union Buildings", "ZA", Q),
    ("Pretoria", "ZA", T),
])

add("b", """Las Bambas copper road blocked again as Apurímac communities renew protest

By Diego Quispe

LIMA, Peru (Reuters) - Indigenous communities in southern Peru have blocked the road used to truck copper concentrate from MMG's Las Bambas mine for the ninth day, the company said on Friday, warning it may have to halt production if the blockade continues.

Residents of Chumbivilcas province in the Cusco region say the mine's trucks, which travel along the so-called Southern Mining Corridor through their villages on the way to the Pacific port of Matarani in Arequipa, raise dust and damage their crops and that promised compensation has not arrived. Protesters have placed rocks across the road near the hamlet of Velille.

Las Bambas, located in the Apurímac region at more than 4,000 meters above sea level in the Andes, produced around 400,000 tonnes of copper last year, nearly 2% of world supply. The mine is owned by a consortium led by China's MMG, which is majority controlled by China Minmetals.

Peru is the world's third-largest copper producer after Chile and Congo. Other big mines include Antamina in the Áncash region, Freeport-McMoRan's Cerro Verde near Arequipa and Southern Copper's Toquepala and Cuajone mines in Tacna and Moquegua. Southern Copper's long-delayed Tía María project in the Tambo Valley, also in Arequipa, has faced fierce local opposition since 2011.""", [
    ("Las Bambas", "PE", N),
    ("Apurímac", "PE", A),
    ("LIMA", "PE", T, (-12.05, -77.04)),
    ("Peru", "PE", C),
    ("Chumbivilcas", "PE", A),
    ("Cusco", "PE", N),
    ("Southern Mining Corridor", "PE", N),
    ("Pacific", "*", N),
    ("Matarani", "PE", N),
    ("Arequipa#1,3", "PE", A, "Arequipa"),
    ("Arequipa#2", "PE", T, (-16.4, -71.54)),
    ("Velille", "PE", T),
    ("Andes", "*", N),
    ("China", "CN", C),
    ("China Minmetals", "-", N),
    ("Chile", "CL", C),
    ("Congo", "CD", C),
    ("Antamina", "PE", N),
    ("Áncash", "PE", A),
    ("Freeport-McMoRan", "-", N),
    ("Cerro Verde", "PE", N),
    ("Southern Copper", "-", N),
    ("Toquepala", "PE", N),
    ("Cuajone", "PE", N),
    ("Tacna", "PE", A),
    ("Moquegua", "PE", A),
    ("Tía María", "PE", N),
    ("Tambo Valley", "PE", N),
])

add("b", """Ghana's gold boom brings cash and poisoned rivers

By Kwame Asante

OBUASI, Ghana (AFP) - The hills around Obuasi have been dug for gold for more than a century, but as prices hover near record highs, the pits are creeping closer to town and into the forest reserves.

AngloGold Ashanti's underground mine, one of the deepest in Africa, has been joined by thousands of informal miners, known locally as galamsey, working with excavators and mercury along the banks of the Offin and Pra rivers. The Water Resources Commission says the Pra, which flows into the Gulf of Guinea near Shama, is now so muddy that the treatment plant at Daboase has had to cut output.

Ghana overtook South Africa as Africa's biggest gold producer in 2019, and gold exports earned over $11 billion last year. Gold Fields' Tarkwa and Damang mines in the Western Region, Newmont's Ahafo and Akyem operations and the Chirano mine near Bibiani are among the largest. Newmont sold Akyem this year to China's Zijin Mining.

President John Mahama has vowed to end illegal mining in river bodies. Soldiers were deployed to Dunkwa-on-Offin and Prestea last month, and the government in Accra has created a state buyer, GoldBod, to take over trading of small-scale gold.

Chiefs in Kumasi, the capital of the Ashanti Region, have backed the crackdown. But in Obuasi, many young men say they have no other work. "One good week in the pit pays more than a year of cocoa," said Kofi, 24, who came from Techiman in the Bono East Region.""", [
    ("Ghana", "GH", C),
    ("OBUASI", "GH", T),
    ("Obuasi", "GH", T),
    ("AngloGold Ashanti", "-", N),
    ("Africa", "*", N),
    ("Offin", "GH", N),
    ("Pra", "GH", N),
    ("Gulf of Guinea", "*", N),
    ("Shama", "GH", T, (5.01, -1.63)),
    ("Daboase", "GH", T),
    ("South Africa", "ZA", C),
    ("Gold Fields", "-", N),
    ("Tarkwa", "GH", T),
    ("Damang", "GH", N),
    ("Western Region", "GH", A),
    ("Ahafo", "GH", N),
    ("Akyem", "GH", N),
    ("Chirano", "GH", N),
    ("Bibiani", "GH", T),
    ("China", "CN", C),
    ("Dunkwa-on-Offin", "GH", T),
    ("Prestea", "GH", T),
    ("Accra", "GH", T),
    ("Kumasi", "GH", T),
    ("Ashanti Region", "GH", A),
    ("Techiman", "GH", T),
    ("Bono East Region", "GH", A),
])

add("b", """Newcastle coal slides as Chinese imports ebb; Hunter Valley miners cut shifts

By Ben Gallagher

SYDNEY (Reuters) - Australian thermal coal prices fell to their lowest in four years this week as China and India imported less and Indonesian exports surged, prompting miners in the Hunter Valley of New South Wales to cut shifts.

Newcastle coal futures, the benchmark for Asian high-grade thermal coal, slipped to $98 a tonne on Wednesday. Glencore said it would reduce output at its Ulan mine near Mudgee and Whitehaven Coal said it was reviewing Narrabri underground.

The Port of Newcastle, the world's biggest coal export port, shipped 12% fewer tonnes in the first half. The city's lord mayor said the city at the mouth of the Hunter River needed to diversify "faster than anyone expected". Port Waratah's terminals at Kooragang Island have cut working hours.

Metallurgical coal, used in steelmaking, has held up better. Mines in Queensland's Bowen Basin ship coking coal through Hay Point and Dalrymple Bay south of Mackay, and through Gladstone, mainly to India, Japan and South Korea. BHP said its Saraji and Peak Downs mines near Moranbah were running normally.

In Britain, the last coal-fired plant, Ratcliffe-on-Soar in Nottinghamshire, closed last year, and ports from Newcastle upon Tyne to Immingham no longer take steam coal. Colombian exports from Cerrejón in La Guajira, once a big supplier to Europe, now go mostly to Turkey and Israel.""", [
    ("Newcastle#1", "-", N),
    ("Newcastle coal futures", "-", N),
    ("Chinese", "CN", Q),
    ("Hunter Valley", "AU", N),
    ("SYDNEY", "AU", T, (-33.87, 151.21)),
    ("Australian", "AU", Q),
    ("China", "CN", C),
    ("India", "IN", C),
    ("Indonesian", "ID", Q),
    ("New South Wales", "AU", A),
    ("Asian", "*", Q),
    ("Ulan", "AU", N),
    ("Mudgee", "AU", T),
    ("Whitehaven Coal", "-", N),
    ("Narrabri", "AU", N),
    ("Port of Newcastle", "AU", Q),
    ("Hunter River", "AU", N),
    ("Port Waratah", "-", N),
    ("Kooragang Island", "AU", N),
    ("Queensland", "AU", A),
    ("Bowen Basin", "AU", N),
    ("Hay Point", "AU", N),
    ("Dalrymple Bay", "AU", N),
    ("Mackay", "AU", T, (-21.14, 149.19)),
    ("Gladstone", "AU", T, (-23.84, 151.26)),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("BHP", "-", N),
    ("Saraji", "AU", N),
    ("Peak Downs", "AU", N),
    ("Moranbah", "AU", T),
    ("Britain", "GB", C),
    ("Ratcliffe-on-Soar", "GB", T),
    ("Nottinghamshire", "GB", A),
    ("Newcastle upon Tyne", "GB", T, (54.98, -1.61)),
    ("Immingham", "GB", T),
    ("Colombian", "CO", Q),
    ("Cerrejón", "CO", N),
    ("La Guajira", "CO", A),
    ("Europe", "*", N),
    ("Turkey", "TR", C),
    ("Israel", "IL", C),
])

add("b", """Oyu Tolgoi copper output climbs as Mongolia's coal trucks jam Chinese border

By Bat-Erdene Ganbold

ULAANBAATAR (Reuters) - Copper production at Rio Tinto's Oyu Tolgoi mine in Mongolia's South Gobi desert rose 60% in the first half as the underground block cave ramped up, making it one of the world's fastest-growing copper mines, the company said.

The mine, about 550 km south of Ulaanbaatar and 80 km from the Chinese border, is 66% owned by Rio Tinto and 34% by the Mongolian government. Its concentrate is trucked across the border at Gashuun Sukhait to smelters in Inner Mongolia and Gansu.

Relations between Rio Tinto and Ulaanbaatar have improved since a 2022 deal that wrote off government debt, but parliament is again debating the royalty regime. Lawmakers from Ömnögovi province, whose capital is Dalanzadgad, want a bigger share of revenue to stay in the region.

Mongolia's economy remains heavily dependent on coal sales to China. Queues of up to 1,000 trucks formed this week at the Gashuun Sukhait and Shiveekhüren crossings after Chinese customs at Ganqimaodu and Ceke slowed inspections, drivers said. Coking coal from the state-owned Tavan Tolgoi deposit, near Tsogttsetsii, accounts for about a quarter of Mongolia's exports.

A new railway from Tavan Tolgoi to Gashuun Sukhait, linking with the Chinese network to Baotou, opened last year and is expected to halve transport costs. Another line through Zamyn-Üüd and Erenhot carries coal and copper towards Tianjin.""", [
    ("Oyu Tolgoi", "MN", N),
    ("Mongolia", "MN", C),
    ("Chinese", "CN", Q),
    ("ULAANBAATAR", "MN", T),
    ("Rio Tinto", "-", N),
    ("South Gobi", "MN", N),
    ("Ulaanbaatar", "MN", T),
    ("Mongolian", "MN", Q),
    ("Gashuun Sukhait", "MN", N),
    ("Inner Mongolia", "CN", A),
    ("Gansu", "CN", A),
    ("Ömnögovi", "MN", A),
    ("Dalanzadgad", "MN", T),
    ("China", "CN", C),
    ("Shiveekhüren", "MN", N),
    ("Ganqimaodu", "CN", N),
    ("Ceke", "CN", N),
    ("Tavan Tolgoi", "MN", N),
    ("Tsogttsetsii", "MN", N),
    ("Baotou", "CN", T),
    ("Zamyn-Üüd", "MN", T),
    ("Erenhot", "CN", T),
    ("Tianjin", "CN", T),
])

add("b", """Nornickel cuts output guidance as sanctions squeeze Arctic supply chain

By Elena Vorobyova

MOSCOW (Reuters) - Norilsk Nickel, the world's largest producer of palladium and refined nickel, cut its production guidance on Thursday, citing problems obtaining equipment for its Arctic operations and a slump in prices.

The company's main assets are in and around Norilsk, a city of 175,000 on the Taimyr Peninsula in the Krasnoyarsk region, built by Gulag prisoners and reachable only by air or by river and sea through the port of Dudinka on the Yenisei. Its Kola division runs a refinery in Monchegorsk and mines near Zapolyarny in the Murmansk region, close to the Norwegian border.

Moscow has not been hit by direct Western sanctions on Nornickel, but the London Metal Exchange stopped accepting new Russian metal in 2024, and Western suppliers of mining machinery have pulled out. The company is relocating a copper smelter from Norilsk to China, where it plans a joint venture, and is shipping more metal through the Northern Sea Route to Shanghai and Ningbo.

Russia's other metals giants face similar pressure. Rusal, the biggest aluminium maker outside China, operates smelters in Krasnoyarsk, Bratsk, Sayanogorsk and Irkutsk, fed by cheap hydropower from dams on the Angara and Yenisei rivers. Polyus, the largest gold miner, is developing the Sukhoi Log deposit in the Irkutsk region.""", [
    ("Nornickel", "-", N),
    ("Arctic", "*", N),
    ("MOSCOW", "RU", T),
    ("Norilsk Nickel", "-", N),
    ("Norilsk", "RU", T),
    ("Taimyr Peninsula", "RU", N),
    ("Krasnoyarsk#1", "RU", A, "Krasnoyarsk"),
    ("Krasnoyarsk#2", "RU", T, (56.01, 92.87)),
    ("Gulag", "-", N),
    ("Dudinka", "RU", T),
    ("Yenisei", "RU", N),
    ("Kola", "RU", N),
    ("Monchegorsk", "RU", T),
    ("Zapolyarny", "RU", T, (69.42, 30.81)),
    ("Murmansk", "RU", A, "Murmansk"),
    ("Norwegian", "NO", Q),
    ("Moscow", "RU", T),
    ("Western", "*", Q),
    ("London Metal Exchange", "GB", Q),
    ("Russian", "RU", Q),
    ("China", "CN", C),
    ("Northern Sea Route", "RU", N),
    ("Shanghai", "CN", T),
    ("Ningbo", "CN", T),
    ("Russia", "RU", C),
    ("Bratsk", "RU", T),
    ("Sayanogorsk", "RU", T),
    ("Irkutsk#1", "RU", T, (52.3, 104.3)),
    ("Irkutsk#2", "RU", A, "Irkutsk"),
    ("Angara", "RU", N),
    ("Sukhoi Log", "RU", N),
])

add("b", """Lithium triangle: Argentina's Puna draws miners as Chile, Bolivia lag

By Martín Aguirre, S&P Global Commodity Insights

SALTA, Argentina - On the high plateau of the Puna, where Argentina meets Chile and Bolivia, new lithium plants are rising beside salt flats that until recently saw only llama herders and tourists.

Argentina produced about 75,000 tonnes of lithium carbonate equivalent last year, overtaking Chile in project count if not yet in volume. Rio Tinto's Fénix operation at the Salar del Hombre Muerto, which straddles Catamarca and Salta provinces, is expanding, and Ganfeng's Mariana project in Salta and the Cauchari-Olaroz plant in Jujuy began output in 2023 and 2024.

In Chile, state copper miner Codelco and SQM have merged their lithium assets in the Salar de Atacama, near the oasis town of San Pedro de Atacama, where indigenous Atacameño communities complain about falling water tables. Albemarle also pumps brine from the salt flat and processes it at La Negra near Antofagasta.

Bolivia, which claims the world's largest resources beneath the Salar de Uyuni in Potosí department, has yet to produce at scale. Contracts signed with Russia's Uranium One and China's CATL await approval from the legislature in La Paz, and protesters in Potosí and Uyuni say the deals give away too much.""", [
    ("Argentina", "AR", C),
    ("Puna", "*", N),
    ("Chile", "CL", C),
    ("Bolivia", "BO", C),
    ("SALTA", "AR", T, (-24.79, -65.41)),
    ("Rio Tinto", "-", N),
    ("Fénix", "-", N),
    ("Salar del Hombre Muerto", "AR", N),
    ("Catamarca", "AR", A, "Catamarca"),
    ("Salta", "AR", A, "Salta"),
    ("Mariana", "-", N),
    ("Cauchari-Olaroz", "AR", N),
    ("Jujuy", "AR", A, "Jujuy"),
    ("Antofagasta", "CL", T, (-23.65, -70.4)),
    ("Salar de Atacama", "CL", N),
    ("San Pedro de Atacama", "CL", T),
    ("Atacameño", "CL", Q),
    ("La Negra", "CL", N, (-23.75, -70.3)),
    ("Salar de Uyuni", "BO", N),
    ("Potosí#1", "BO", A, "Potos"),
    ("Potosí#2", "BO", T, (-19.58, -65.75)),
    ("Russia", "RU", C),
    ("Uranium One", "-", N),
    ("China", "CN", C),
    ("La Paz", "BO", T, (-16.5, -68.15)),
    ("Uyuni", "BO", T),
])

add("b", """Resolution Copper wins court fight over Oak Flat; Apache vow to keep fighting

By Rebecca Lomahaftewa

SUPERIOR, Ariz. (AP) - A federal appeals court on Monday cleared the way for the U.S. government to hand over Oak Flat, a patch of desert east of Phoenix that the San Carlos Apache consider sacred, to Resolution Copper, a venture of Rio Tinto and BHP that plans one of the largest copper mines in North America.

The mine would tunnel more than a mile beneath Oak Flat, in the Tonto National Forest, to reach a deposit estimated to hold enough copper to meet a quarter of U.S. demand for decades. The land would eventually collapse into a crater nearly 2 miles wide.

In Superior, a former mining town of about 2,500 people just west of the site, many residents welcome the prospect of jobs. "We've been waiting for this since the Magma mine closed in 1996," said one shop owner on Main Street.

Apache Stronghold, the group that has led the legal battle, said it would ask the full court in San Francisco to rehear the case. Leaders of the San Carlos Apache Tribe, whose reservation lies some 40 miles east near Globe, said the decision "desecrates our church."

Arizona already produces about 70% of the nation's copper, from Freeport-McMoRan's Morenci and Bagdad mines, Asarco's Mission and Ray mines and Hudbay's operations near Tucson. Many are in Pinal, Gila and Greenlee counties, where copper built towns such as Miami, Hayden and Clifton.""", [
    ("Resolution Copper", "-", N),
    ("Oak Flat", "US", N),
    ("Apache#1", "US", Q),
    ("SUPERIOR", "US", T, (33.29, -111.1)),
    ("Ariz.", "US", A),
    ("U.S.", "US", C),
    ("Phoenix", "US", T, (33.45, -112.07)),
    ("San Carlos Apache", "US", Q),
    ("Rio Tinto", "-", N),
    ("BHP", "-", N),
    ("North America", "*", N),
    ("Tonto National Forest", "US", N),
    ("Superior", "US", T, (33.29, -111.1)),
    ("Magma", "US", N),
    ("Main Street", "US", Q),
    ("Apache Stronghold", "-", N),
    ("San Francisco", "US", T, (37.77, -122.42)),
    ("San Carlos Apache Tribe", "US", Q),
    ("Globe", "US", T, (33.39, -110.79)),
    ("Arizona", "US", A),
    ("Freeport-McMoRan", "-", N),
    ("Morenci", "US", N, (33.08, -109.36)),
    ("Bagdad", "US", N, (34.58, -113.2)),
    ("Asarco", "-", N),
    ("Mission", "US", N, (32.0, -111.1)),
    ("Ray", "US", N, (33.15, -110.97)),
    ("Tucson", "US", T),
    ("Pinal", "US", A),
    ("Gila", "US", A),
    ("Greenlee", "US", A),
    ("Miami", "US", T, (33.4, -110.87)),
    ("Hayden", "US", T, (33.0, -110.78)),
    ("Clifton", "US", T, (33.05, -109.3)),
    ("Resolution", "-", N),
])

add("b", """Ontario fast-tracks Ring of Fire road as Sudbury smelters eye new nickel

By Claire Bouchard, The Globe and Mail

SUDBURY, Ont. - Ontario will fast-track construction of an all-season road into the Ring of Fire, the remote mineral belt in the James Bay Lowlands, Premier Doug Ford said on Tuesday, promising that nickel, copper and chromite mined there would be processed in northern Ontario rather than shipped to China.

The Ring of Fire lies about 500 kilometres north-east of Thunder Bay, in muskeg and boreal forest reachable only by air. The province has signed agreements with Webequie and Marten Falls First Nations to build roads linking the deposits to the provincial highway network near Nakina and Pickle Lake. Other First Nations, including Neskantaga and Kitchenuhmaykoosib Inninuwug, have vowed to block the project.

Sudbury, home to one of the world's largest nickel mining districts since the 1880s, is positioning itself as the processing hub. Vale and Glencore operate mines and smelters in the Sudbury Basin, a crater left by a meteorite impact 1.8 billion years ago, and Glencore's Kidd operations in Timmins feed its Sudbury smelter.

Ottawa has pledged billions in tax credits for critical minerals, and the federal minister said in Toronto that Canada would not let "foreign-controlled entities" take over key projects. Last year the government ordered three Chinese companies to divest stakes in Canadian lithium juniors.

Nickel prices on the London Metal Exchange, weighed down by Indonesian supply, were little changed at $15,200 a tonne.""", [
    ("Ontario", "CA", A),
    ("Ring of Fire", "CA", N),
    ("Sudbury", "CA", T, (46.49, -80.99)),
    ("The Globe and Mail", "-", N),
    ("SUDBURY", "CA", T, (46.49, -80.99)),
    ("Ont.", "CA", A),
    ("James Bay Lowlands", "CA", N),
    ("Doug Ford", "-", N),
    ("China", "CN", C),
    ("Thunder Bay", "CA", T),
    ("Webequie", "CA", N),
    ("Marten Falls", "CA", N),
    ("Nakina", "CA", T),
    ("Pickle Lake", "CA", T),
    ("Neskantaga", "CA", N),
    ("Kitchenuhmaykoosib Inninuwug", "CA", N),
    ("Vale", "-", N),
    ("Sudbury Basin", "CA", N),
    ("Kidd", "CA", N),
    ("Timmins", "CA", T),
    ("Ottawa", "CA", T, (45.42, -75.7)),
    ("Toronto", "CA", T),
    ("Canada", "CA", C),
    ("Chinese", "CN", Q),
    ("Canadian", "CA", Q),
    ("London Metal Exchange", "GB", Q),
    ("Indonesian", "ID", Q),
])
# ---------------------------------------------------------------- genre c: power, grids, dams, nuclear
add("c", """Zaporizhzhia nuclear plant loses off-site power for tenth time, IAEA says

By Oksana Kravets and Francois Murphy

KYIV/VIENNA (Reuters) - The Russian-held Zaporizhzhia nuclear power plant in southern Ukraine lost its last external power line on Tuesday and was relying on emergency diesel generators to cool its six reactors, the International Atomic Energy Agency said.

IAEA Director General Rafael Grossi said in Vienna that the 750-kilovolt Dniprovska line, which connects the plant to the Ukrainian grid, had been cut by shelling, and the backup 330-kV Ferosplavna-1 line was already down. It is the tenth complete loss of off-site power since Russian forces seized Europe's largest nuclear station in March 2022.

The plant sits on the southern bank of what was the Kakhovka reservoir, which drained after the dam downstream at Nova Kakhovka was destroyed in June 2023. It now draws cooling water from wells and a pond next to the site. Across the Dnipro River, the Ukrainian-held city of Nikopol has been shelled almost daily.

Ukraine's energy ministry in Kyiv accused Moscow of deliberately attacking the line to pave the way for connecting the plant to the Russian grid through occupied territory in the Zaporizhzhia and Kherson regions and Crimea. Rosatom, which says it runs the plant, blamed Ukrainian drones for damaging a substation near Enerhodar, the satellite town where most of the plant's staff live.

All six reactors have been in cold shutdown since 2024. Grossi, who has visited the site several times, plans to travel to Kyiv and Moscow next week and has proposed a local ceasefire to allow repairs.

Russian missile and drone strikes have destroyed much of Ukraine's thermal and hydroelectric generation, including the DniproHES dam in Zaporizhzhia city, forcing rolling blackouts from Kharkiv to Odesa. Ukraine now imports electricity from Poland, Slovakia, Hungary and Romania and relies on its three other nuclear stations at Rivne, Khmelnytskyi and the South Ukraine plant in the Mykolaiv region.""", [
    ("Zaporizhzhia#1,2", "UA", N),
    ("Zaporizhzhia#3", "UA", A, "Zapor"),
    ("Zaporizhzhia#4", "UA", T, (47.84, 35.14)),
    ("KYIV", "UA", T),
    ("VIENNA", "AT", T),
    ("Russian", "RU", Q),
    ("Ukraine", "UA", C),
    ("Vienna", "AT", T),
    ("Dniprovska", "-", N),
    ("Ukrainian", "UA", Q),
    ("Ferosplavna-1", "-", N),
    ("Europe", "*", N),
    ("Kakhovka", "UA", N),
    ("Nova Kakhovka", "UA", T),
    ("Dnipro River", "*", N),
    ("Nikopol", "UA", T, (47.57, 34.39)),
    ("Kyiv", "UA", T),
    ("Moscow", "RU", T),
    ("Kherson", "UA", A),
    ("Crimea", "UA", N),
    ("Enerhodar", "UA", T),
    ("DniproHES", "-", N),
    ("Kharkiv", "UA", T),
    ("Odesa", "UA", T),
    ("Poland", "PL", C),
    ("Slovakia", "SK", C),
    ("Hungary", "HU", C),
    ("Romania", "RO", C),
    ("Rivne", "UA", N),
    ("Khmelnytskyi", "UA", N),
    ("South Ukraine", "-", N),
    ("Mykolaiv", "UA", A),
])

add("c", """Eskom warns of load-shedding return as Kusile, Medupi units trip

By Nomvula Dlamini

JOHANNESBURG, June 12 (Bloomberg) - South Africa's state utility Eskom warned it may reintroduce rolling power cuts this winter after breakdowns at two of its newest coal-fired plants, Kusile in Mpumalanga and Medupi in Limpopo, removed more than 3,000 megawatts from the grid.

Eskom said three units at Kusile, near the coal-mining town of eMalahleni, tripped overnight due to a boiler tube leak and a problem with the flue gas stack, while a generator fault took a unit offline at Medupi, outside Lephalale near the Botswana border. Both plants, built at a cost of more than 300 billion rand, have been plagued by design defects.

South Africans endured a record 332 days of load-shedding in 2023, but cuts had been largely suspended since March 2024 as Eskom improved maintenance. Electricity Minister Kgosientsho Ramokgopa said in Pretoria that any cuts would be limited to "stage two".

Most of Eskom's fleet is concentrated on the Highveld coalfields of Mpumalanga, where plants such as Duvha, Kendal, Matla and Tutuka also have a history of breakdowns. Unit 2 at the Koeberg nuclear station, 30 km north of Cape Town, returned to service last month after a long refit.

The utility is also struggling with cable theft and unpaid bills. Municipalities in Gauteng, including Soweto, owe Eskom billions of rand. In the Free State, the municipality of Maluti-a-Phofung has been placed under administration.

Eskom is buying power from independent solar and wind farms in the Northern Cape and Eastern Cape, where dozens of projects are connected near Upington, De Aar and Jeffreys Bay. It also imports electricity from Mozambique's Cahora Bassa dam on the Zambezi, which is running low after drought across southern Africa cut water levels at Lake Kariba on the Zambia-Zimbabwe border.""", [
    ("Eskom", "-", N),
    ("Kusile", "-", N),
    ("Medupi", "-", N),
    ("JOHANNESBURG", "ZA", T),
    ("South Africa", "ZA", C),
    ("Mpumalanga", "ZA", A),
    ("Limpopo", "ZA", A),
    ("eMalahleni", "ZA", T),
    ("Lephalale", "ZA", T),
    ("Botswana", "BW", C),
    ("South Africans", "ZA", Q),
    ("Kgosientsho Ramokgopa", "-", N),
    ("Pretoria", "ZA", T),
    ("Highveld", "ZA", N),
    ("Duvha", "-", N),
    ("Kendal", "ZA", N),
    ("Matla", "-", N),
    ("Tutuka", "-", N),
    ("Koeberg", "ZA", N),
    ("Cape Town", "ZA", T),
    ("Gauteng", "ZA", A),
    ("Soweto", "ZA", T),
    ("Free State", "ZA", A),
    ("Maluti-a-Phofung", "ZA", A),
    ("Northern Cape", "ZA", A),
    ("Eastern Cape", "ZA", A),
    ("Upington", "ZA", T),
    ("De Aar", "ZA", T),
    ("Jeffreys Bay", "ZA", T),
    ("Mozambique", "MZ", C),
    ("Cahora Bassa", "MZ", N),
    ("Zambezi", "*", N),
    ("Lake Kariba", "*", N),
    ("Zambia", "ZM", C),
    ("Zimbabwe", "ZW", C),
])

add("c", """Drought cuts Sichuan hydropower, Three Gorges outflows fall as Yangtze shrinks

By Li Wen

CHENGDU/BEIJING (Reuters) - A summer drought across southwest China has cut hydropower output in Sichuan province by a quarter, forcing factories to ration electricity and raising concerns about supply to eastern provinces that depend on power sent from the region, officials and analysts said.

Water levels on the Yangtze and its upper tributaries, including the Jinsha, Yalong and Dadu rivers, have fallen to their lowest for this time of year since 2022, when a heatwave forced Sichuan to shut factories for two weeks. The Three Gorges Dam in Hubei province, the world's largest power station by capacity, cut outflows to conserve water, its operator China Three Gorges Corp said.

Upstream, the 16-gigawatt Baihetan plant and the Wudongde and Xiluodu dams on the Jinsha, which forms the border between Sichuan and Yunnan, are running at reduced rates. In Chongqing, the municipal government asked shopping malls to shorten hours, and ferries on the river near Yichang were suspended due to low water.

Sichuan normally exports a third of its hydropower through ultra-high-voltage lines to Shanghai, Jiangsu and Zhejiang. Grid operator State Grid said it was sending more electricity from coal plants in Inner Mongolia, Shanxi and Xinjiang and from wind and solar farms in Gansu and Qinghai to fill the gap.""", [
    ("Sichuan", "CN", A),
    ("Three Gorges Dam", "CN", N),
    ("Three Gorges", "CN", N),
    ("Yangtze", "CN", N),
    ("CHENGDU", "CN", T),
    ("BEIJING", "CN", T),
    ("China", "CN", C),
    ("China Three Gorges Corp", "-", N),
    ("Jinsha", "CN", N),
    ("Yalong", "CN", N),
    ("Dadu", "CN", N),
    ("Hubei", "CN", A),
    ("Baihetan", "CN", N),
    ("Wudongde", "CN", N),
    ("Xiluodu", "CN", N),
    ("Yunnan", "CN", A),
    ("Chongqing", "CN", N),
    ("Yichang", "CN", T),
    ("Shanghai", "CN", N),
    ("Jiangsu", "CN", A),
    ("Zhejiang", "CN", A),
    ("Inner Mongolia", "CN", A),
    ("Shanxi", "CN", A),
    ("Xinjiang", "CN", A),
    ("Gansu", "CN", A),
    ("Qinghai", "CN", A),
])

add("c", """Ethiopia's giant Nile dam reaches full power, Egypt protests

By Yohannes Tesfaye and Ahmed Fathy

ADDIS ABABA/CAIRO (AFP) - Ethiopia said on Sunday that all 13 turbines of the Grand Ethiopian Renaissance Dam on the Blue Nile were now generating, giving the 5,150-megawatt plant full capacity and making it Africa's largest hydroelectric project.

Prime Minister Abiy Ahmed hailed the milestone at the dam site near Guba in the Benishangul-Gumuz region, about 30 km from the border with Sudan. Ethiopia plans to export electricity to Kenya, Djibouti and Sudan, and eventually to Tanzania, through high-voltage lines already built to Nairobi.

Cairo called the move "a unilateral act" that threatened its water security. Egypt depends on the Nile for about 97% of its fresh water and fears the dam's reservoir, which took five rainy seasons to fill, will reduce flows to Lake Nasser behind the Aswan High Dam during droughts. Talks mediated by Washington and the African Union in Addis Ababa have repeatedly collapsed.

Sudan, torn by war since 2023, has mixed feelings. Officials in Port Sudan, where the army-backed government is based, say the Ethiopian dam regulates floods and helps Sudan's own Roseires dam at Damazin, downstream in Blue Nile state. But engineers fear a failure of coordination could endanger the Merowe and Sennar dams. The Blue Nile joins the White Nile at Khartoum, whose power grid has been largely destroyed in the fighting.""", [
    ("Ethiopia", "ET", C),
    ("Nile", "*", N),
    ("Egypt", "EG", C),
    ("ADDIS ABABA", "ET", T),
    ("CAIRO", "EG", T),
    ("Grand Ethiopian Renaissance Dam", "ET", N),
    ("Blue Nile#1,3", "*", N),
    ("Blue Nile#2", "SD", A, "Blue Nile"),
    ("Africa", "*", N),
    ("Guba", "ET", N, (11.27, 35.29)),
    ("Benishangul-Gumuz", "ET", A),
    ("Sudan", "SD", C),
    ("Kenya", "KE", C),
    ("Djibouti", "DJ", C),
    ("Tanzania", "TZ", C),
    ("Nairobi", "KE", T),
    ("Cairo", "EG", T),
    ("Lake Nasser", "*", N),
    ("Aswan High Dam", "EG", N),
    ("Washington", "US", T, (38.9, -77.04)),
    ("African Union", "*", Q),
    ("Addis Ababa", "ET", T),
    ("Port Sudan", "SD", T),
    ("Ethiopian", "ET", Q),
    ("Roseires", "SD", N),
    ("Damazin", "SD", T),
    ("Merowe", "SD", N),
    ("Sennar", "SD", N),
    ("White Nile", "*", N),
    ("Khartoum", "SD", T),
])

add("c", """Spain, Portugal restore power after Iberian blackout; grid operator probes cause

By Belén Carreño and Sérgio Gonçalves

MADRID/LISBON (Reuters) - Electricity was restored across almost all of Spain and Portugal by Tuesday morning, grid operators said, after one of Europe's worst blackouts left some 55 million people without power, halted trains and trapped people in lifts from Barcelona to Seville.

Spain's grid operator Red Eléctrica said the outage began at 12:33 p.m. on Monday when around 15 gigawatts of generation, about 60% of demand at the time, vanished within five seconds, starting with a disconnection in the southwest. Investigators are examining whether voltage swings at solar plants in Extremadura and Andalusia, near Badajoz and Granada, triggered a chain reaction.

Power was first restored through interconnectors with France across the Pyrenees and with Morocco under the Strait of Gibraltar. Hydroelectric plants in Galicia and Castile and León and gas plants near Valencia helped rebuild the grid region by region. The Almaraz nuclear plant in the province of Cáceres and the Ascó plant in Catalonia remained offline for safety checks.

Hospitals in Córdoba, Zaragoza and Bilbao ran on generators, and Madrid's metro was evacuated. Flights at Madrid and Lisbon airports were delayed for hours. In the Canary Islands and the Balearic Islands, which have separate grids, there was no disruption.""", [
    ("Spain", "ES", C),
    ("Portugal", "PT", C),
    ("Iberian", "*", Q),
    ("MADRID", "ES", T),
    ("LISBON", "PT", T),
    ("Europe", "*", N),
    ("Barcelona", "ES", T, (41.39, 2.17)),
    ("Seville", "ES", T),
    ("Red Eléctrica", "-", N),
    ("Extremadura", "ES", A),
    ("Andalusia", "ES", A),
    ("Badajoz", "ES", T, (38.88, -6.97)),
    ("Granada", "ES", T, (37.18, -3.6)),
    ("France", "FR", C),
    ("Pyrenees", "*", N),
    ("Morocco", "MA", C),
    ("Strait of Gibraltar", "*", N),
    ("Galicia", "ES", A),
    ("Castile and León", "ES", A),
    ("Valencia", "ES", T, (39.47, -0.38)),
    ("Almaraz", "ES", N),
    ("Cáceres", "ES", A, "ceres"),
    ("Ascó", "ES", N),
    ("Catalonia", "ES", A),
    ("Lisbon", "PT", T),
    ("Córdoba", "ES", T, (37.88, -4.78)),
    ("Zaragoza", "ES", T, (41.65, -0.88)),
    ("Bilbao", "ES", T),
    ("Madrid", "ES", T),
    ("Canary Islands", "ES", N),
    ("Balearic Islands", "ES", N),
])

add("c", """Dogger Bank turbines spin up as UK offshore wind pipeline falters

By Tom Heywood

NEWCASTLE, England (Bloomberg) - The last of 277 turbines at the Dogger Bank Wind Farm, which will be the world's largest offshore wind project when complete, has been installed more than 130 kilometres off the Yorkshire coast, developers SSE and Equinor said on Thursday.

Power from the first two phases is landed at Ulrome, near Bridlington in the East Riding of Yorkshire, and fed into the grid at Creyke Beck near Cottingham. The third phase connects at Teesside, where the turbines are maintained from a base in Redcar. The operations hub for the whole project is at the Port of Tyne in South Shields, just east of Newcastle.

The milestone comes as Britain's wider offshore wind pipeline stalls. Orsted scrapped its Hornsea 4 project off the Yorkshire coast in May, citing soaring costs, and several projects in the Celtic Sea and off East Anglia have been delayed.

Still, ports along the North Sea are betting on the industry. Able Marine Energy Park on the Humber, Hull's Siemens Gamesa blade factory and Grimsby, home to the maintenance bases for Hornsea 1 and 2, employ thousands. In Blyth, Northumberland, a cable factory is being built on the site of a former coal-fired power station.

In Scotland, the Berwick Bank project in the outer Firth of Forth and the floating Pentland scheme off Caithness are awaiting final investment decisions, and Aberdeen hopes to become a hub for floating wind. The government in London wants 43-50 GW of offshore wind by 2030, up from about 16 GW today.""", [
    ("Dogger Bank#1", "*", N),
    ("Dogger Bank Wind Farm", "-", N),
    ("UK", "GB", C),
    ("NEWCASTLE", "GB", T, (54.98, -1.61)),
    ("England", "GB", A),
    ("Yorkshire", "GB", N),
    ("Equinor", "-", N),
    ("Ulrome", "GB", T),
    ("Bridlington", "GB", T),
    ("East Riding of Yorkshire", "GB", A),
    ("Creyke Beck", "GB", N),
    ("Cottingham", "GB", T, (53.78, -0.41)),
    ("Teesside", "GB", N),
    ("Redcar", "GB", T),
    ("Port of Tyne", "GB", Q),
    ("South Shields", "GB", T),
    ("Newcastle", "GB", T, (54.98, -1.61)),
    ("Britain", "GB", C),
    ("Hornsea 4", "-", N),
    ("Hornsea 1", "-", N),
    ("Celtic Sea", "*", N),
    ("East Anglia", "GB", N),
    ("North Sea", "*", N),
    ("Able Marine Energy Park", "-", N),
    ("Humber", "GB", N),
    ("Hull", "GB", T, (53.74, -0.33)),
    ("Grimsby", "GB", T),
    ("Blyth", "GB", T, (55.13, -1.51)),
    ("Northumberland", "GB", A),
    ("Scotland", "GB", A),
    ("Berwick Bank", "-", N),
    ("Firth of Forth", "GB", N),
    ("Pentland", "-", N),
    ("Caithness", "GB", N),
    ("Aberdeen", "GB", T, (57.148, -2.098)),
    ("London", "GB", T, (51.507, -0.128)),
])

add("c", """Georgia Power seeks to extend Vogtle units as data centers drive demand

By Marcus Bell

ATLANTA (AP) - Georgia Power asked state regulators on Tuesday to approve running all four reactors at Plant Vogtle for an extra 20 years, saying surging demand from data centers around Atlanta would require every megawatt the utility can muster.

Vogtle, on the Savannah River near Waynesboro in Burke County, became the largest nuclear plant in the United States when units 3 and 4 came online in 2023 and 2024, seven years late and about $17 billion over budget. The river forms the border with South Carolina, and the city of Augusta lies about 25 miles upstream.

The Georgia Public Service Commission is also weighing the utility's plan to add nearly 10,000 megawatts of new gas, battery and solar capacity, much of it to serve server farms planned in Douglas, Coweta and Fayette counties west and south of Atlanta. Microsoft, Meta and QTS have all announced large campuses in the metro area.

Critics say residential customers in places such as Macon, Columbus and Savannah are already paying for Vogtle's overruns through higher bills. "Ordinary Georgians should not be subsidizing Big Tech," said a consumer advocate in Athens.

Georgia is not alone. In Virginia, Loudoun County hosts the world's largest cluster of data centers, and Dominion Energy is planning small modular reactors near its North Anna plant. In Pennsylvania, Constellation plans to restart Unit 1 at Three Mile Island near Harrisburg to supply Microsoft, and the Palisades plant in Covert, Michigan, is preparing to restart after closing in 2022.""", [
    ("Georgia Power", "-", N),
    ("Vogtle", "US", N),
    ("ATLANTA", "US", T, (33.75, -84.39)),
    ("Atlanta", "US", T, (33.75, -84.39)),
    ("Savannah River", "US", N),
    ("Waynesboro", "US", T, (33.09, -82.02)),
    ("Burke County", "US", A, (33.06, -82.0)),
    ("United States", "US", C),
    ("South Carolina", "US", A),
    ("Augusta", "US", T, (33.47, -81.97)),
    ("Georgia Public Service Commission", "US", Q),
    ("Douglas", "US", A, (33.7, -84.77)),
    ("Coweta", "US", A),
    ("Fayette", "US", A, (33.41, -84.49)),
    ("Macon", "US", T, (32.84, -83.63)),
    ("Columbus", "US", T, (32.46, -84.99)),
    ("Savannah", "US", T, (32.08, -81.09)),
    ("Georgians", "US", Q),
    ("Athens", "US", T, (33.96, -83.38)),
    ("Georgia", "US", A, "US.GA"),
    ("Virginia", "US", A, "US.VA"),
    ("Loudoun County", "US", A),
    ("North Anna", "US", N),
    ("Pennsylvania", "US", A),
    ("Three Mile Island", "US", N),
    ("Harrisburg", "US", T, (40.27, -76.88)),
    ("Palisades", "-", N),
    ("Covert", "US", T, (42.29, -86.26)),
    ("Michigan", "US", A),
])

add("c", """Texas grid sets demand record as heat wave grips state; ERCOT urges conservation

By Paul Dominguez

AUSTIN, Texas (Reuters) - Demand on the Texas power grid hit a record 87,000 megawatts on Tuesday as temperatures topped 105 degrees Fahrenheit (41 C) in Dallas, Houston and San Antonio, and the Electric Reliability Council of Texas (ERCOT) asked residents to cut use during the evening peak.

Solar farms in West Texas and battery storage, which has grown faster in Texas than in any other state, helped keep the lights on as the sun set, ERCOT said. Real-time prices in the Houston zone briefly spiked to $5,000 per megawatt-hour, the cap.

Wind output was weak across the Panhandle around Amarillo and Lubbock, where the state's biggest wind farms are concentrated. Gas plants along the Gulf Coast and in the Dallas-Fort Worth area ran flat out. The Comanche Peak nuclear plant near Glen Rose and the South Texas Project near Bay City were also at full power.

The state's grid, which is largely isolated from the rest of the country, has faced scrutiny since Winter Storm Uri in February 2021, when freezing weather knocked out gas supplies and power plants, leaving millions without electricity and killing more than 200 people.

Lawmakers in Austin have since required plants to winterize and created a fund for new gas plants. But demand is rising fast, driven by data centers in the Dallas area, cryptocurrency miners near Rockdale and oilfield electrification in the Permian Basin around Midland and Odessa.""", [
    ("Texas", "US", A, "US.TX"),
    ("ERCOT", "-", N),
    ("Electric Reliability Council of Texas", "US", Q),
    ("AUSTIN", "US", T, (30.27, -97.74)),
    ("Dallas", "US", T, (32.78, -96.8)),
    ("Houston", "US", T, (29.76, -95.37)),
    ("San Antonio", "US", T, (29.42, -98.49)),
    ("West Texas", "US", N),
    ("Panhandle", "US", N),
    ("Amarillo", "US", T),
    ("Lubbock", "US", T),
    ("Gulf Coast", "US", N),
    ("Dallas-Fort Worth", "US", N),
    ("Comanche Peak", "US", N),
    ("Glen Rose", "US", T, (32.23, -97.76)),
    ("South Texas Project", "-", N),
    ("Bay City", "US", T, (28.98, -95.97)),
    ("Uri", "-", N),
    ("Austin", "US", T, (30.27, -97.74)),
    ("Rockdale", "US", T, (30.66, -97.0)),
    ("Permian Basin", "US", N),
    ("Midland", "US", T, (31.997, -102.078)),
    ("Odessa", "US", T, (31.846, -102.368)),
])

add("c", """India's desert solar parks hit by transmission bottleneck

By Rakesh Sharma

JODHPUR, India (Reuters) - Solar plants in Rajasthan's Thar Desert are being forced to curtail output on sunny afternoons because transmission lines to cities in the north and west cannot carry all the power, developers and grid officials said, highlighting a bottleneck in India's push for 500 gigawatts of clean energy by 2030.

The Bhadla Solar Park, about 200 km north of Jodhpur, is one of the world's largest, with 2,245 megawatts of panels spread over 5,700 hectares of sand. Developers in Bhadla, Jaisalmer and Bikaner districts lost up to a fifth of their generation in March, according to one company in New Delhi.

Grid-India, the national load dispatcher, said new lines from western Rajasthan to Agra and Lucknow in Uttar Pradesh were delayed by land acquisition disputes and by rules protecting the endangered great Indian bustard, whose habitat lies in the desert.

The problem is echoed in neighbouring Gujarat, where the Adani Group is building a 30-gigawatt renewable park at Khavda in the Rann of Kutch, a few kilometres from the border with Pakistan. The site, about 70 km north of the town of Bhuj, will be the world's largest power plant when complete.

In the south, Karnataka's Pavagada solar park in Tumakuru district and Andhra Pradesh's Kurnool plant near Hyderabad sell power across state lines to Tamil Nadu and Maharashtra, and state-owned power companies from Chennai to Mumbai are signing new storage contracts.""", [
    ("India", "IN", C),
    ("JODHPUR", "IN", T, (26.29, 73.02)),
    ("Rajasthan", "IN", A),
    ("Thar Desert", "*", N),
    ("Jodhpur", "IN", T, (26.29, 73.02)),
    ("Bhadla", "IN", N),
    ("Jaisalmer", "IN", A),
    ("Bikaner", "IN", A),
    ("New Delhi", "IN", T),
    ("Grid-India", "-", N),
    ("Agra", "IN", T),
    ("Lucknow", "IN", T),
    ("Uttar Pradesh", "IN", A),
    ("Indian", "IN", Q),
    ("Gujarat", "IN", A),
    ("Khavda", "IN", N),
    ("Rann of Kutch", "*", N),
    ("Pakistan", "PK", C),
    ("Bhuj", "IN", T),
    ("Karnataka", "IN", A),
    ("Pavagada", "IN", T),
    ("Tumakuru", "IN", A),
    ("Andhra Pradesh", "IN", A),
    ("Kurnool", "IN", N),
    ("Hyderabad", "IN", T, (17.39, 78.49)),
    ("Tamil Nadu", "IN", A),
    ("Maharashtra", "IN", A),
    ("Chennai", "IN", T),
    ("Mumbai", "IN", T),
])

add("c", """TEPCO restarts Kashiwazaki-Kariwa reactor, first since Fukushima disaster

By Yuki Nakamura and Kenji Morita

TOKYO (Reuters) - Tokyo Electric Power Co restarted a reactor at its Kashiwazaki-Kariwa nuclear plant on the Sea of Japan coast on Wednesday, the utility's first since the 2011 Fukushima disaster, after Niigata prefecture's governor gave his consent last month.

The No. 6 reactor at the world's largest nuclear plant by capacity, which straddles the city of Kashiwazaki and the village of Kariwa, is expected to begin supplying electricity to the Tokyo area in about two weeks. TEPCO has spent more than a decade upgrading seawalls and safety systems after the meltdowns at its Fukushima Daiichi plant, about 200 km to the east.

Protesters gathered outside the plant gates and in Niigata city, where opinion polls show residents remain divided. Evacuation routes along the coast were damaged in the January 2024 earthquake on the Noto Peninsula in neighbouring Ishikawa prefecture.

Japan has now restarted 14 reactors, mostly in the west. Kansai Electric runs the Takahama, Ohi and Mihama plants in Fukui prefecture, which supply Osaka and Kyoto, and Kyushu Electric operates Sendai in Kagoshima and Genkai in Saga. Hokkaido Electric hopes to restart its Tomari plant by 2027.

Prime Minister Sanae Takaichi's government wants nuclear power to supply about a fifth of Japan's electricity by 2040, to cut reliance on imported LNG from Australia, Qatar and the United States.""", [
    ("Kashiwazaki-Kariwa", "JP", N),
    ("Fukushima#1,2", "JP", N),
    ("Fukushima Daiichi", "JP", N),
    ("TOKYO", "JP", T),
    ("Tokyo Electric Power Co", "-", N),
    ("Tokyo", "JP", N),
    ("Sea of Japan", "*", N),
    ("Niigata#1", "JP", A, "Niigata"),
    ("Niigata#2", "JP", T, (37.9, 139.02)),
    ("Kashiwazaki", "JP", T),
    ("Kariwa", "JP", T),
    ("Noto Peninsula", "JP", N),
    ("Ishikawa", "JP", A),
    ("Japan", "JP", C),
    ("Kansai Electric", "-", N),
    ("Takahama", "JP", N),
    ("Ohi", "JP", N),
    ("Mihama", "JP", N),
    ("Fukui", "JP", A),
    ("Osaka", "JP", T),
    ("Kyoto", "JP", T),
    ("Kyushu Electric", "-", N),
    ("Sendai", "JP", N, (31.83, 130.3)),
    ("Kagoshima", "JP", A),
    ("Genkai", "JP", N),
    ("Saga", "JP", A),
    ("Hokkaido Electric", "-", N),
    ("Tomari", "JP", N),
    ("Sanae Takaichi", "-", N),
    ("Australia", "AU", C),
    ("Qatar", "QA", C),
    ("United States", "US", C),
])

add("c", """Itaipu dam output drops as Paraná River falls; Paraguay, Brazil haggle over tariff

By Carlos Benítez

ASUNCIÓN, Paraguay (AFP) - Power output at the Itaipu hydroelectric dam on the border between Paraguay and Brazil fell to its lowest level in four years in September as a drought across the Paraná River basin cut water flows, the binational company said.

Itaipu, which straddles the river between Ciudad del Este in Paraguay and Foz do Iguaçu in Brazil, generated about 20% less electricity than planned. The drought has also exposed sandbanks on the Paraná downstream, stranding barges carrying soybeans from Paraguay to ports near Rosario in Argentina, and reduced output at the Yacyretá dam shared by Paraguay and Argentina between Encarnación and Posadas.

Asunción and Brasília are negotiating the dam's tariff under a revision of the 1973 Itaipu Treaty. Paraguay, which uses only a fraction of its half of the power, wants to sell surplus electricity at market prices to Brazil or to third countries such as Argentina, Uruguay and Chile. Brazil takes the rest to supply São Paulo and other southeastern cities through transmission lines running across the state of Paraná.""", [
    ("Itaipu", "*", N),
    ("Itaipu Treaty", "-", N),
    ("Paraná River", "*", N),
    ("Paraná#3", "*", N),
    ("Paraná#4", "BR", A, "Paran"),
    ("Paraguay", "PY", C),
    ("Brazil", "BR", C),
    ("ASUNCIÓN", "PY", T),
    ("Ciudad del Este", "PY", T),
    ("Foz do Iguaçu", "BR", T),
    ("Rosario", "AR", T, (-32.95, -60.64)),
    ("Argentina", "AR", C),
    ("Yacyretá", "*", N),
    ("Encarnación", "PY", T),
    ("Posadas", "AR", T, (-27.37, -55.9)),
    ("Asunción", "PY", T),
    ("Brasília", "BR", T),
    ("Uruguay", "UY", C),
    ("Chile", "CL", C),
    ("São Paulo", "BR", N),
])

add("c", """Central Asian grid failure plunges Tashkent, Almaty and Bishkek into darkness

By Farrukh Yusupov

TASHKENT (Reuters) - A failure on the high-voltage line linking the power systems of Kazakhstan, Uzbekistan and Kyrgyzstan cut electricity to millions of people across Central Asia on Monday, halting the Tashkent metro, shutting airports and stalling trams in Almaty.

Uzbekistan's energy ministry said a sudden imbalance caused an emergency shutdown of the 500-kilovolt line between Kazakhstan's southern region and Uzbekistan, triggering a cascade that disconnected plants across the shared grid. Power was restored to most of Tashkent, Samarkand and Bishkek by evening, and to the Fergana Valley overnight.

The blackout came during a cold snap that pushed demand to record levels. Kazakhstan's south, including Shymkent and the Turkestan region, has long relied on imports because most of the country's coal-fired plants are in the north, around Ekibastuz and Pavlodar, far from the population centres.

Kyrgyzstan, which has declared an energy emergency, depends on the Toktogul hydropower plant on the Naryn River, but the reservoir has fallen to its lowest level in a decade. Bishkek now rations power to households and imports electricity from Kazakhstan and Russia. Tajikistan, which is completing the Rogun dam on the Vakhsh River east of Dushanbe, offered to sell surplus summer power.""", [
    ("Central Asian", "*", Q),
    ("Tashkent", "UZ", T),
    ("TASHKENT", "UZ", T),
    ("Almaty", "KZ", T),
    ("Bishkek", "KG", T),
    ("Kazakhstan", "KZ", C),
    ("Uzbekistan", "UZ", C),
    ("Kyrgyzstan", "KG", C),
    ("Central Asia", "*", N),
    ("Samarkand", "UZ", T),
    ("Fergana Valley", "*", N),
    ("Shymkent", "KZ", T),
    ("Turkestan", "KZ", A),
    ("Ekibastuz", "KZ", T),
    ("Pavlodar", "KZ", T),
    ("Toktogul", "KG", N),
    ("Naryn River", "KG", N),
    ("Russia", "RU", C),
    ("Tajikistan", "TJ", C),
    ("Rogun", "TJ", N),
    ("Vakhsh River", "TJ", N),
    ("Dushanbe", "TJ", T),
])

add("c", """Victoria brings forward Yallourn closure plan as Snowy 2.0 delays bite

By Jessica Tran, The Age

MELBOURNE - Victoria's government has released a plan to manage the early closure of the Yallourn power station in the Latrobe Valley in 2028, warning that delays to the Snowy 2.0 pumped-hydro scheme and new transmission links could leave the state short of power on hot summer evenings.

Yallourn, owned by EnergyAustralia, burns brown coal dug from an adjacent open-cut mine near Morwell and supplies about a fifth of the state's electricity. The nearby Hazelwood plant closed in 2017, and AGL plans to shut Loy Yang A near Traralgon by 2035.

The state's Energy Minister said in Melbourne that batteries being built at Moorabool, near Geelong, and offshore wind zones off Gippsland and Portland would fill the gap. The Australian Energy Market Operator in Sydney warned, however, that the Snowy 2.0 project in the Snowy Mountains of New South Wales, now expected to be finished in 2028 at a cost of A$12 billion, and the VNI West line from Bulgana in western Victoria to Kerang and across the Murray River near Echuca were running years late.

Tasmania hopes to export more hydropower across Bass Strait through the Marinus Link cable, which will land at Hazelwood, but Hobart has scaled it back to one cable because of cost blowouts.

Federal Energy Minister Chris Bowen said in Canberra that Australia remained on track for 82% renewable electricity by 2030.""", [
    ("Victoria", "AU", A, "Victoria"),
    ("Yallourn", "AU", N),
    ("Snowy 2.0", "-", N),
    ("The Age", "-", N),
    ("MELBOURNE", "AU", T, (-37.81, 144.96)),
    ("Latrobe Valley", "AU", N),
    ("EnergyAustralia", "-", N),
    ("Morwell", "AU", T),
    ("Hazelwood", "AU", N, (-38.27, 146.39)),
    ("AGL", "-", N),
    ("Loy Yang", "AU", N),
    ("Traralgon", "AU", T),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Moorabool", "AU", N),
    ("Geelong", "AU", T),
    ("Gippsland", "AU", N),
    ("Portland", "AU", T, (-38.34, 141.6)),
    ("Australian Energy Market Operator", "AU", Q),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Snowy Mountains", "AU", N),
    ("New South Wales", "AU", A),
    ("VNI West", "-", N),
    ("Bulgana", "AU", N),
    ("Kerang", "AU", T),
    ("Murray River", "AU", N),
    ("Echuca", "AU", T),
    ("Tasmania", "AU", A),
    ("Bass Strait", "AU", N),
    ("Marinus Link", "-", N),
    ("Hobart", "AU", T),
    ("Chris Bowen", "-", N),
    ("Canberra", "AU", T),
    ("Australia", "AU", C),
])
CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
