"""continental: 40 held-out news articles in the style of the English-language services and
local outlets of continental Europe (The Local, Deutsche Welle, France 24, ANSA English, NL Times,
Notes from Poland, Kafkadesk, Balkan Insight, Swissinfo, The Portugal News, Greek Reporter,
Yle News, Radio Prague International, Hungary Today, The Brussels Times, LSM and the like).

Written by a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py; only the scorer (../article_runner.py) was read. The events are invented, the places
are real (checked against GeoNames where possible). The set was not run through geomap by its
author.

Genres (GENRES holds one letter per article):
  a  hard news: politics, courts, crime, accidents, strikes (14 articles)
  b  economy, transport, energy, tourism, farming, environment (13 articles)
  c  local life, culture, sport, food, history, human interest (13 articles)

Conventions:
  - every place a careful reader would put on a map is listed, each occurrence, including
    ALL-CAPS datelines; a place standing for its government ("Berlin said", "Brussels" for the
    EU, "Warsaw wants") is listed as that place.
  - kinds: C country, A admin-1/admin-2/region, T city/town/village/district of a city,
    N any kind (rivers, seas, lakes, mountains, ranges, islands, valleys, historical regions).
  - a Land/province/county/canton named in the text is expected as A even where a city of the
    same name exists ("the canton of Neuchatel", "the province of Luxembourg"); the city
    occurrence is selected with "Name#k" and a (lat, lon) hint.
  - country "*" for features spanning countries (Alps, Danube, Black Sea, Europe); "A|B" where
    a historical region lies in two countries.
  - demonyms and adjectives ("Polish", "Swiss", "Calabrian") are listed with kind "?" and their
    country: debatable, not counted.
  - clubs, newspapers, wines, cheeses, beers and people named like places ("Bayern", "Real
    Madrid", "Frankfurter Allgemeine Zeitung", "Parmesan", "Budweiser", "Champagne" the wine)
    are listed with country "-" (non-places); squares, bridges, stadiums and similar
    structures are listed as "?" with their country.
  - hints are (lat, lon) tuples (within 40 km) for ambiguous names (Valencia, Frankfurt,
    Luxembourg City, Cordoba, Lagos, Santiago, Alexandria, Nazare...), or a name substring.
"""

C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- a: hard news

add("a", """Besançon court jails cross-border fake watch ring

By Claire Morel

BESANÇON, France (AFP) - A criminal court in Besançon on Thursday sentenced five men to between two and six years in prison for smuggling more than 3,000 counterfeit luxury watches across the Swiss border into the Doubs department, in one of the largest cases of its kind in eastern France.

Investigators said the watches, made in China and finished in a back-room workshop in La Chaux-de-Fonds, in the Swiss canton of Neuchâtel, were driven over the border at Le Locle and Villers-le-Lac and sold at markets in Montbéliard, Belfort and Mulhouse. Customs officers stopped a van near Morteau in March 2023 and found 412 watches hidden behind its dashboard.

The presiding judge said the gang had exploited "the long tradition of watchmaking that binds both sides of the Jura". The Bourgogne-Franche-Comté region is home to some 40,000 cross-border workers who commute daily to Switzerland, many of them to watch factories in Neuchâtel and Geneva.

Lawyers for the main defendant, a 44-year-old from Pontarlier, said he would appeal to the court in Dijon. A sixth suspect, a French national living in Lausanne, is the subject of an extradition request sent to Bern last year.

The Swiss watch industry federation welcomed the verdict. Its figures show that exports of genuine Swiss watches to France fell by 4 percent last year, while seizures of fakes at French border posts rose sharply.

The prosecutor's office said the case had been built with the help of the Neuchâtel cantonal police and investigators in Lyon, and that officers were still tracing money transferred to accounts in Dubai and Hong Kong.""", [
    ("BESANÇON", "FR", T),
    ("Besançon", "FR", T),
    ("France", "FR", C),
    ("Swiss", "CH", Q),
    ("Doubs", "FR", A),
    ("China", "CN", C),
    ("La Chaux-de-Fonds", "CH", T),
    ("Neuchâtel#1,3", "CH", A),
    ("Neuchâtel#2", "CH", T, (46.99, 6.93)),
    ("Le Locle", "CH", T),
    ("Villers-le-Lac", "FR", T),
    ("Montbéliard", "FR", T),
    ("Belfort", "FR", T),
    ("Mulhouse", "FR", T),
    ("Morteau", "FR", T),
    ("Jura", "*", N),
    ("Bourgogne-Franche-Comté", "FR", A),
    ("Switzerland", "CH", C),
    ("Geneva", "CH", T),
    ("Pontarlier", "FR", T),
    ("Dijon", "FR", T),
    ("French", "FR", Q),
    ("Lausanne", "CH", T),
    ("Bern", "CH", T),
    ("Lyon", "FR", T),
    ("Dubai", "AE", T),
    ("Hong Kong", "HK", N),
])

add("a", """Police smash people-smuggling ring on German-Polish border

By Jan Bauer

FRANKFURT AN DER ODER, Germany (DW) - German federal police said on Tuesday they had dismantled a smuggling network that brought more than 600 migrants across the Oder river into the state of Brandenburg over the past year.

Officers arrested seven suspects in dawn raids in Frankfurt, Eisenhüttenstadt and Cottbus, while Polish police detained two more in Słubice, the Polish town that faces Frankfurt across the river. A further suspect was arrested at a motorway service station near Magdeburg.

According to investigators, the migrants, mostly from Syria, Afghanistan and Turkey, had flown to Belarus and crossed into Poland before being driven to the river in minibuses. From Frankfurt, many continued by train to Berlin, Hamburg or Frankfurt am Main.

The case is being handled by prosecutors in Potsdam, the Brandenburg state capital. Brandenburg's interior minister said the arrests showed that the border checks Berlin introduced in October 2023 were working.

But mayors on both banks complained that the checks were causing long queues on the city bridge between Frankfurt and Słubice, which thousands of commuters, students and shoppers cross every day.

"We are one town on two banks of the Oder," said Słubice's mayor. "Warsaw and Berlin should remember that."

Germany's Interior Ministry said checks at the borders with Poland, the Czech Republic and Switzerland would remain in place until at least March. The Frankfurter Allgemeine Zeitung reported that Brussels has asked for an assessment of whether the checks are still justified under Schengen rules.""", [
    ("German", "DE", Q),
    ("Polish", "PL", Q),
    ("FRANKFURT AN DER ODER", "DE", T),
    ("Germany", "DE", C),
    ("Oder", "*", N),
    ("Brandenburg", "DE", A),
    ("Frankfurt", "DE", T, (52.34, 14.55)),
    ("Eisenhüttenstadt", "DE", T),
    ("Cottbus", "DE", T),
    ("Słubice", "PL", T),
    ("Magdeburg", "DE", T),
    ("Syria", "SY", C),
    ("Afghanistan", "AF", C),
    ("Turkey", "TR", C),
    ("Belarus", "BY", C),
    ("Poland", "PL", C),
    ("Berlin", "DE", T),
    ("Hamburg", "DE", T),
    ("Frankfurt am Main", "DE", T, (50.11, 8.68)),
    ("Potsdam", "DE", T),
    ("Warsaw", "PL", T),
    ("Czech Republic", "CZ", C),
    ("Switzerland", "CH", C),
    ("Frankfurter Allgemeine Zeitung", "-", N),
    ("Brussels", "BE", T),
    ("Schengen", "LU", Q),
])

add("a", """Over 80 arrested in anti-'Ndrangheta sweep from Calabria to Lombardy

ROME, March 12 (ANSA) - Police on Tuesday arrested 84 people in an operation against the Calabrian 'Ndrangheta mafia that stretched from the toe of Italy's boot to the industrial north and across the Alps into Germany.

Prosecutors in Catanzaro said the suspects belonged to clans based around Vibo Valentia and Gioia Tauro, whose container port has long been a gateway for South American cocaine. Raids were also carried out in Lamezia Terme, Crotone and Reggio Calabria, as well as in Milan, Monza and Brescia, where the clans allegedly laundered money through restaurants and construction firms.

Police in Germany arrested four suspects in Duisburg and Erfurt, and Dutch officers searched warehouses in Rotterdam, investigators said. Some 2.5 tonnes of cocaine shipped from Ecuador and Colombia were seized over the course of the three-year investigation.

Interior Minister Matteo Piantedosi called the operation "a severe blow" and thanked the Carabinieri in Calabria and Lombardy. The president of the Calabria region said the arrests showed "there is a Calabria that says no to the mafia".

Among those detained was the deputy mayor of a small town near Tropea, a resort on the Tyrrhenian coast popular with German and British tourists. Also arrested was a former municipal councillor in Sesto San Giovanni, on the northern outskirts of Milan.

The 'Ndrangheta, which takes its name from a Greek word for courage, is considered one of the world's most powerful crime groups, with a presence in Australia, Canada and across Europe.""", [
    ("Calabria", "IT", A),
    ("Lombardy", "IT", A),
    ("ROME", "IT", T),
    ("Calabrian", "IT", Q),
    ("Italy", "IT", C),
    ("Alps", "*", N),
    ("Germany", "DE", C),
    ("Catanzaro", "IT", T),
    ("Vibo Valentia", "IT", T),
    ("Gioia Tauro", "IT", T),
    ("South American", "*", Q),
    ("Lamezia Terme", "IT", T),
    ("Crotone", "IT", T),
    ("Reggio Calabria", "IT", T),
    ("Milan", "IT", T),
    ("Monza", "IT", T),
    ("Brescia", "IT", T),
    ("Duisburg", "DE", T),
    ("Erfurt", "DE", T),
    ("Dutch", "NL", Q),
    ("Rotterdam", "NL", T),
    ("Ecuador", "EC", C),
    ("Colombia", "CO", C),
    ("Tropea", "IT", T),
    ("Tyrrhenian", "*", Q),
    ("German", "DE", Q),
    ("British", "GB", Q),
    ("Sesto San Giovanni", "IT", T),
    ("Greek", "GR", Q),
    ("Australia", "AU", C),
    ("Canada", "CA", C),
    ("Europe", "*", N),
])

add("a", """Valencia's regional president survives no-confidence vote over flood response

By Laura Gil

VALENCIA (The Local) - The president of the Valencia region on Thursday narrowly survived a no-confidence motion in the regional parliament, a year after flash floods killed more than 220 people in the province.

The motion, tabled by the Socialists and Compromís, accused the regional government of sending mobile phone alerts too late on the evening of October 29th, when the Poyo ravine burst its banks and water swept through the towns of Paiporta, Catarroja, Alfafar and Massanassa, south of Valencia city.

Deputies from Vox abstained, allowing the motion to fail by 49 votes to 44. Outside the parliament building, several thousand people marched from the Plaza del Ayuntamiento carrying photographs of victims.

"In Paiporta we still have families living in prefabricated homes," said one protester, a retired teacher from the town. Many of the marchers had travelled from inland towns such as Chiva and Utiel, which were also badly hit.

Madrid and the regional government have traded blame for months over the handling of the disaster. The central government says it has sent €16 billion in aid to the Valencian Community, while the regional administration in Valencia says money for rebuilding bridges over the Turia and Magro rivers is arriving far too slowly.

The heads of the provincial councils of Alicante and Castellón, both governed by the conservative Popular Party, backed the regional president. The next regional election is not due until 2027.

Meanwhile, Valencia CF announced that its home match against Real Madrid at Mestalla next month would open with a minute's silence for the victims.""", [
    ("Valencia#1,2", "ES", A),
    ("VALENCIA", "ES", T, (39.47, -0.38)),
    ("Valencia#3,4", "ES", T, (39.47, -0.38)),
    ("Valencia CF", "-", N),
    ("Poyo", "ES", N),
    ("Paiporta", "ES", T),
    ("Catarroja", "ES", T),
    ("Alfafar", "ES", T),
    ("Massanassa", "ES", T),
    ("Plaza del Ayuntamiento", "ES", Q),
    ("Chiva", "ES", T, (39.47, -0.72)),
    ("Utiel", "ES", T),
    ("Madrid", "ES", T),
    ("Valencian Community", "ES", A),
    ("Turia", "ES", N),
    ("Magro", "ES", N),
    ("Alicante", "ES", A),
    ("Castellón", "ES", A),
    ("Real Madrid", "-", N),
    ("Mestalla", "ES", Q),
])

add("a", """Silesian miners stage underground sit-in over closure plan

By Anna Nowak

KATOWICE, Poland (Notes from Poland) - More than 300 coal miners refused to leave the Halemba mine in Ruda Śląska at the end of their shifts on Monday, escalating a protest against government plans to close loss-making pits in the Silesian Voivodeship faster than agreed with unions in 2021.

The miners, who were still 1,000 metres underground on Tuesday evening, are demanding that the state-owned Polish Mining Group (PGG) sticks to a timetable under which the last mines in Upper Silesia would shut in 2049. A draft plan seen by the unions would bring forward closures in Ruda Śląska, Bytom and Rybnik to 2030.

The Solidarity union warned that miners in Jastrzębie-Zdrój, where coking coal is extracted, and at Bogdanka in the Lublin region would join the protest if talks in Warsaw did not resume by Friday. The regional court in Katowice on Tuesday rejected a request from PGG to declare the sit-in illegal.

"Our fathers and grandfathers built this region," said Marek, a 42-year-old miner from Zabrze. "Warsaw wants to switch off Silesia like a light."

The government says coal now generates less than half of Poland's electricity, down from 80 percent a decade ago, and that subsidies to the mines cost taxpayers 9 billion złoty last year. Brussels must also approve any new state aid to the sector.

Across the border in the Czech Republic, the mining company OKD is winding down its last deep mines near Karviná, and officials from Katowice have visited the Moravian-Silesian Region to study how former miners there were retrained.

Fans of Ruch Chorzów and Górnik Zabrze, whose rivalry is one of the fiercest in Polish football, unfurled a joint banner in support of the miners at the weekend.""", [
    ("Silesian", "PL", Q),
    ("KATOWICE", "PL", T),
    ("Notes from Poland", "PL", Q),
    ("Poland", "PL", C),
    ("Ruda Śląska", "PL", T),
    ("Halemba", "PL", Q),
    ("Silesian Voivodeship", "PL", A),
    ("Polish", "PL", Q),
    ("Upper Silesia", "PL", N),
    ("Bytom", "PL", T),
    ("Rybnik", "PL", T),
    ("Jastrzębie-Zdrój", "PL", T),
    ("Bogdanka", "PL", T, (51.39, 22.93)),
    ("Lublin", "PL", A),
    ("Warsaw", "PL", T),
    ("Katowice", "PL", T),
    ("Zabrze", "PL", T),
    ("Silesia", "PL", N),
    ("Brussels", "BE", T),
    ("Czech Republic", "CZ", C),
    ("Karviná", "CZ", T),
    ("Moravian-Silesian Region", "CZ", A),
    ("Ruch Chorzów", "-", N),
    ("Górnik Zabrze", "-", N),
])

add("a", """Greek coastguard officers go on trial over Pylos shipwreck

By Nikos Papadakis

KALAMATA, Greece (Greek Reporter) - Seventeen Greek coastguard officers went on trial in Kalamata on Wednesday over the sinking of a fishing boat off Pylos in June 2023, in which more than 600 migrants are believed to have drowned.

The overcrowded trawler had set sail from near Tobruk in eastern Libya, bound for Italy, when it capsized in international waters some 47 nautical miles southwest of Pylos, above one of the deepest points of the Ionian Sea. Only 104 people survived.

Survivors, most of them from Pakistan, Syria and Egypt, have told investigators that a coastguard vessel tried to tow the boat shortly before it sank. The coastguard denies this.

Relatives of the dead, some of whom had travelled from Alexandria and from villages in Pakistan's Punjab province, gathered outside the courthouse holding photographs. "My brother wanted to reach Italy and then Germany," said one man from Gujrat.

The case was moved to Kalamata, the capital of Messenia, from the naval court in Piraeus after lawyers argued that it should be heard in the Peloponnese, where the bodies were brought ashore. Survivors were first taken to the port of Kalamata before being moved to a camp at Malakasa, north of Athens.

Athens has faced criticism from the European Commission and rights groups over its treatment of migrant boats. Arrivals from eastern Libya to the island of Crete and the tiny islet of Gavdos have risen sharply this year, the Migration Ministry said.

The trial is expected to last several months.""", [
    ("Greek", "GR", Q),
    ("KALAMATA", "GR", T),
    ("Greece", "GR", C),
    ("Kalamata", "GR", T),
    ("Pylos", "GR", T),
    ("Tobruk", "LY", T),
    ("Libya", "LY", C),
    ("Italy", "IT", C),
    ("Ionian Sea", "*", N),
    ("Pakistan", "PK", C),
    ("Syria", "SY", C),
    ("Egypt", "EG", C),
    ("Alexandria", "EG", T, (31.20, 29.92)),
    ("Punjab", "PK", A),
    ("Germany", "DE", C),
    ("Gujrat", "PK", T, (32.57, 74.08)),
    ("Messenia", "GR", A),
    ("Piraeus", "GR", T),
    ("Peloponnese", "GR", A),
    ("Malakasa", "GR", T, (38.23, 23.79)),
    ("Athens", "GR", T),
    ("Crete", "GR", N),
    ("Gavdos", "GR", N),
])

add("a", """National rail strike paralyses Belgium as unions fight pension reform

BRUSSELS (The Brussels Times) - Hardly any trains ran in Belgium on Tuesday as rail unions began a five-day strike against the federal government's plans to raise the retirement age for train drivers.

Rail operator SNCB said only one train in ten was running on the main line between Brussels and Antwerp, while stations in Ghent, Bruges and Leuven were largely deserted at rush hour. In Wallonia, no trains at all ran to Namur, Charleroi or Liège, and the line through the province of Luxembourg to Arlon was closed, leaving thousands of cross-border commuters unable to reach their jobs in Luxembourg.

CFL, Luxembourg's national rail company, laid on replacement buses between Arlon and Luxembourg City, but passengers reported waits of more than an hour.

International services were also hit. Eurostar said trains to Paris, London and Amsterdam would run normally, but all ICE trains to Cologne and Frankfurt were cancelled until Saturday, and there were no local trains to Lille.

In Flanders, regional bus operator De Lijn added extra buses on the coast between Ostend and Knokke. Motorists faced more than 400 kilometres of traffic jams, with the Brussels ring road and the E40 towards Ghent particularly badly affected.

The prime minister said the reform was "unavoidable" if Belgium was to balance its budget. Unions said further strikes were planned next month, including a day of action in Mons and Liège.""", [
    ("Belgium", "BE", C),
    ("BRUSSELS", "BE", T),
    ("Brussels Times", "BE", Q),
    ("Brussels", "BE", T),
    ("Antwerp", "BE", T),
    ("Ghent", "BE", T),
    ("Bruges", "BE", T),
    ("Leuven", "BE", T),
    ("Wallonia", "BE", A),
    ("Namur", "BE", T),
    ("Charleroi", "BE", T),
    ("Liège", "BE", T),
    ("Luxembourg#1", "BE", A),
    ("Arlon", "BE", T),
    ("Luxembourg#2,3", "LU", C),
    ("Luxembourg City", "LU", T, (49.61, 6.13)),
    ("Paris", "FR", T, (48.85, 2.35)),
    ("London", "GB", T),
    ("Amsterdam", "NL", T),
    ("Cologne", "DE", T),
    ("Frankfurt", "DE", T, (50.11, 8.68)),
    ("Lille", "FR", T),
    ("Flanders", "BE", A),
    ("Ostend", "BE", T),
    ("Knokke", "BE", T),
    ("Mons", "BE", T),
])

add("a", """Teenager charged over Malmö shooting as police extend search zones

MALMÖ, Sweden (The Local) - A 16-year-old boy was charged on Friday with the murder of a 19-year-old man who was shot dead outside a pizzeria in Malmö's Rosengård district last month.

Prosecutors said the boy had been recruited through an encrypted messaging app by a criminal network based in the Rinkeby suburb of Stockholm, whose leader is believed to be living in Turkey. He travelled to Malmö by train from Södertälje on the day of the killing and was arrested two days later in Helsingborg.

Police in Skåne have extended security zones, in which officers can search people and cars without suspicion, to cover Rosengård and the nearby Möllevången area until the end of the month. Similar zones were introduced in Uppsala and Gothenburg last year.

"These are children being used as weapons," said the regional police chief, who is based in Malmö. "The people giving the orders sit in Stockholm, in Turkey or in Iraq, and they never risk anything."

Across the Öresund, Danish police said they were stepping up checks on trains and cars arriving from Sweden after a string of explosions in Copenhagen that they linked to Swedish gangs. Denmark reintroduced controls on its border with Sweden in 2023.

The killing has reignited debate in Lund and other university towns in southern Sweden, where residents say the violence once confined to the big cities has begun to spread. The government in Stockholm has proposed lowering the age of criminal responsibility to 14 for the most serious crimes.""", [
    ("Malmö", "SE", T),
    ("MALMÖ", "SE", T),
    ("Sweden", "SE", C),
    ("Rosengård", "SE", T),
    ("Rinkeby", "SE", T),
    ("Stockholm", "SE", T),
    ("Turkey", "TR", C),
    ("Södertälje", "SE", T),
    ("Helsingborg", "SE", T),
    ("Skåne", "SE", A),
    ("Möllevången", "SE", T),
    ("Uppsala", "SE", T),
    ("Gothenburg", "SE", T),
    ("Iraq", "IQ", C),
    ("Öresund", "*", N),
    ("Danish", "DK", Q),
    ("Copenhagen", "DK", T),
    ("Swedish", "SE", Q),
    ("Denmark", "DK", C),
    ("Lund", "SE", T),
])

add("a", """Former Constanța county chief indicted over Black Sea beach land deals

By Andrei Popescu

BUCHAREST (Romania Insider) - Romania's National Anticorruption Directorate (DNA) on Monday indicted the former president of the Constanța County Council and 11 other people over the sale of public beachfront land in Mamaia and Năvodari to developers at a fraction of its market value.

Prosecutors said the plots, on the narrow strip between Lake Siutghiol and the Black Sea, were transferred to companies controlled by relatives and business partners of the accused between 2018 and 2022. Several hotels have since been built on them.

The indictment also covers land in Mangalia, near the border with Bulgaria, and in Eforie, where a planned marina was never completed. The DNA estimates the damage to the state at €38 million.

The former official, who denies wrongdoing, also controlled a company that bid for a licence to run a ferry service between Constanța and Batumi in Georgia.

The case has embarrassed local authorities at a time when the port of Constanța, the largest on the Black Sea, is handling record volumes of Ukrainian grain. Since Russia's full-scale invasion, much of that grain has reached Romania by barge along the Danube, through the ports of Galați and Izmail, or by rail.

Tourism officials fear the scandal could hurt bookings on the Romanian coast, which drew a record 1.5 million visitors last summer, many of them from Bucharest and neighbouring Moldova.""", [
    ("Constanța#1,2", "RO", A),
    ("Constanța#3,4", "RO", T, (44.18, 28.63)),
    ("Black Sea", "*", N),
    ("BUCHAREST", "RO", T),
    ("Romania Insider", "RO", Q),
    ("Romania", "RO", C),
    ("Mamaia", "RO", T, (44.25, 28.62)),
    ("Năvodari", "RO", T),
    ("Lake Siutghiol", "RO", N),
    ("Mangalia", "RO", T),
    ("Bulgaria", "BG", C),
    ("Eforie", "RO", T),
    ("Batumi", "GE", T),
    ("Georgia", "GE", C),
    ("Ukrainian", "UA", Q),
    ("Russia", "RU", C),
    ("Danube", "*", N),
    ("Galați", "RO", T),
    ("Izmail", "UA", T),
    ("Romanian", "RO", Q),
    ("Bucharest", "RO", T),
    ("Moldova", "MD", C),
])

add("a", """Slovakia declares bear emergency after hiker killed in Low Tatras

BRATISLAVA (Kafkadesk) - The Slovak government on Wednesday declared a state of emergency in 55 municipalities in the Žilina and Banská Bystrica regions, allowing the culling of bears that approach homes, after a 62-year-old woman was killed by a bear while hiking above Demänovská Dolina on Sunday.

The woman, from Liptovský Mikuláš, was found by a search party late on Sunday on a forest trail below the ski resort of Jasná, in the heart of the Low Tatras. It is the first fatal bear attack in Slovakia since 2021.

A man was seriously injured on Monday by a bear near Detva, in central Slovakia, and in April a bear ran through the centre of Liptovský Mikuláš, injuring five people, including a child.

Environment Minister Tomáš Taraba said hunters would be allowed to shoot up to 350 bears this year. Opposition party Progressive Slovakia said the cull would not solve the problem, which it blames on rubbish left by tourists, and environmental groups in Bratislava and Košice announced a protest.

Mayors in Ružomberok and Poprad, the gateway to the High Tatras, welcomed the decision. Hotels in the Tatras and in the Liptov region say that some foreign visitors, particularly from Poland and Hungary, have cancelled bookings.

Neighbouring Romania, which has the European Union's largest brown bear population in the Carpathians, raised its cull quota last year after a 19-year-old hiker was killed on a trail in the Bucegi mountains.""", [
    ("Slovakia", "SK", C),
    ("Progressive Slovakia", "SK", Q),
    ("Low Tatras", "SK", N),
    ("BRATISLAVA", "SK", T),
    ("Slovak", "SK", Q),
    ("Žilina", "SK", A),
    ("Banská Bystrica", "SK", A),
    ("Demänovská Dolina", "SK", T),
    ("Liptovský Mikuláš", "SK", T),
    ("Jasná", "SK", T, (48.96, 19.58)),
    ("Detva", "SK", T),
    ("Bratislava", "SK", T),
    ("Košice", "SK", T),
    ("Ružomberok", "SK", T),
    ("Poprad", "SK", T),
    ("High Tatras", "SK", N),
    ("Tatras", "SK|PL", N),
    ("Liptov", "SK", N),
    ("Poland", "PL", C),
    ("Hungary", "HU", C),
    ("Romania", "RO", C),
    ("Carpathians", "*", N),
    ("Bucegi", "RO", N),
])

add("a", """Bosnian court convicts former soldier over 1992 Višegrad killings

By Emina Hodžić

SARAJEVO (Balkan Insight) - The Court of Bosnia and Herzegovina on Friday sentenced a former Bosnian Serb soldier to 15 years in prison for the murder and unlawful detention of Bosniak civilians in Višegrad in the summer of 1992.

The court found that the defendant, now 58, took part in expelling families from villages along the Drina and guarded men held in the town's police station, several of whom were later killed. He was arrested at a border crossing on the Drina in 2022 as he returned from Serbia, where he had lived for two decades.

The bodies of some of the victims were recovered from Lake Perućac, a reservoir on the river between Bosnia and Serbia, when its water level was lowered for repairs to the dam in 2010.

"Thirty years later, mothers from Višegrad are still looking for their sons," said the head of a victims' association that moved from the town to Sarajevo after the war. Few Bosniaks have returned to Višegrad, which is now in Republika Srpska, the country's Serb-dominated entity.

The verdict can be appealed. The most notorious Višegrad paramilitary leader, Milan Lukić, was sentenced to life imprisonment by the UN war crimes tribunal in The Hague in 2009.

Separate trials of suspects accused of crimes in Foča and Rudo are under way in Sarajevo, while prosecutors in Belgrade said they were examining evidence passed on by their Bosnian counterparts against two men living near Užice, in western Serbia.""", [
    ("Bosnian", "BA", Q),
    ("Višegrad", "BA", T),
    ("SARAJEVO", "BA", T),
    ("Bosnia and Herzegovina", "BA", C),
    ("Serb", "BA|RS", Q),
    ("Bosniak", "BA", Q),
    ("Bosniaks", "BA", Q),
    ("Drina", "*", N),
    ("Serbia", "RS", C),
    ("Lake Perućac", "*", N),
    ("Bosnia", "BA", C),
    ("Sarajevo", "BA", T),
    ("Republika Srpska", "BA", A),
    ("The Hague", "NL", T, (52.08, 4.30)),
    ("Foča", "BA", T),
    ("Rudo", "BA", T),
    ("Belgrade", "RS", T),
    ("Užice", "RS", T),
    ("Milan", "-", N),
])

add("a", """Dutch and Belgian police dismantle drug labs on both banks of the Maas

MAASTRICHT (NL Times) - Police in Limburg and their Belgian colleagues have dismantled nine synthetic drug laboratories in a joint operation on both sides of the Maas, the Public Prosecution Service said on Wednesday.

The labs were found in sheds, barns and a former pig farm near Roermond, Venlo and Weert in the Dutch province, and in Maasmechelen, Lanaken and Bree in Belgian Limburg. In total 14 people were arrested, including three men in Eindhoven, in North Brabant, and a lorry driver stopped at the port of Antwerp with 2,000 litres of chemicals on board.

Investigators believe the chemicals were shipped from China and India to Antwerp and Rotterdam and then driven to the labs. The drugs, mostly MDMA and amphetamine, were intended for markets in Germany, the United Kingdom and Australia.

Chemical waste from the labs had been dumped in woods near Heerlen and close to the Hoge Kempen National Park, Belgian authorities said, poisoning the soil and a stream that flows into the Meuse.

The mayor of Maastricht said criminals had long taken advantage of the border, which runs down the middle of the river for much of its length. "A lab in Lanaken is ten minutes by car from the centre of our city," he said.

Prosecutors in Hasselt, the capital of the Belgian province of Limburg, said the suspects would face charges in both countries. A similar joint operation last year led to arrests in Sittard-Geleen and across the German border in Aachen.""", [
    ("Dutch", "NL", Q),
    ("Belgian", "BE", Q),
    ("Maas", "*", N),
    ("MAASTRICHT", "NL", T),
    ("NL Times", "NL", Q),
    ("Limburg#1", "NL", A),
    ("Limburg#2,3", "BE", A),
    ("Roermond", "NL", T),
    ("Venlo", "NL", T),
    ("Weert", "NL", T),
    ("Maasmechelen", "BE", T),
    ("Lanaken", "BE", T),
    ("Bree", "BE", T, (51.14, 5.60)),
    ("Eindhoven", "NL", T),
    ("North Brabant", "NL", A),
    ("Antwerp", "BE", T),
    ("China", "CN", C),
    ("India", "IN", C),
    ("Rotterdam", "NL", T),
    ("Germany", "DE", C),
    ("United Kingdom", "GB", C),
    ("Australia", "AU", C),
    ("Heerlen", "NL", T),
    ("Hoge Kempen National Park", "BE", N),
    ("Meuse", "*", N),
    ("Maastricht", "NL", T),
    ("Hasselt", "BE", T),
    ("Sittard-Geleen", "NL", N, (51.00, 5.87)),
    ("German", "DE", Q),
    ("Aachen", "DE", T),
])

add("a", """Opposition holds Budapest's Józsefváros in tense rerun vote

BUDAPEST (Hungary Today) - The opposition candidate narrowly won Sunday's rerun mayoral election in Józsefváros, Budapest's eighth district, by 312 votes, after the original June result was annulled by the Curia over irregularities involving postal ballots.

Turnout in the inner-city district, which stretches from the Great Boulevard to Keleti railway station, was 41 percent, well above the usual level for a by-election. Fidesz had sent senior ministers to campaign in the district, and the prime minister visited a market in the neighbouring district of Ferencváros on Friday.

The result keeps 16 of Budapest's 23 districts, including Újbuda and Zugló, in opposition hands ahead of next spring's parliamentary elections. Outside the capital, Fidesz controls every county assembly, including that of Pest county, which surrounds Budapest, and the city halls of Debrecen and Győr.

Opposition mayors in Szeged and Pécs congratulated the winner, a 39-year-old social worker who grew up on the Pest side of the Danube. "Józsefváros showed that no district in Hungary is a lost cause," she told supporters.

The government-aligned press said the vote had been influenced by foreign-funded NGOs and by Brussels, which is still withholding billions of euros in EU funds from Hungary over rule-of-law concerns.

Police said the evening passed off calmly, although a group of Ferencváros football supporters briefly blocked a tram line on the Great Boulevard after their team's match.""", [
    ("Budapest", "HU", T),
    ("Józsefváros", "HU", T),
    ("BUDAPEST", "HU", T),
    ("Hungary Today", "HU", Q),
    ("Great Boulevard", "HU", Q),
    ("Keleti", "HU", Q),
    ("Ferencváros#1", "HU", T),
    ("Ferencváros#2", "-", N),
    ("Újbuda", "HU", T),
    ("Zugló", "HU", T),
    ("Pest#1", "HU", A),
    ("Pest#2", "HU", N, (47.50, 19.06)),
    ("Debrecen", "HU", T),
    ("Győr", "HU", T),
    ("Szeged", "HU", T),
    ("Pécs", "HU", T),
    ("Danube", "*", N),
    ("Hungary", "HU", C),
    ("Brussels", "BE", T),
])

add("a", """Three skiers killed in avalanche below the Matterhorn

SION, Switzerland (Swissinfo) - Three off-piste skiers were killed on Saturday when an avalanche swept them down a slope below the Matterhorn near Zermatt, police in the canton of Valais said.

The victims, two men from the canton of Zürich and a woman from Freiburg in southern Germany, were skiing outside marked runs near the Theodul Glacier, close to the Italian border, when a slab of snow broke away at about 11.30am. A fourth skier, from Bern, was dug out alive by rescuers and flown to hospital in Visp.

Air Zermatt sent two helicopters to the scene, and Italian mountain rescuers from Breuil-Cervinia, on the other side of the pass in the Aosta Valley, also took part in the search.

The avalanche danger in the Valais Alps had been raised to level four on a five-point scale after more than a metre of fresh snow fell in 48 hours. The resorts of Saas-Fee and Verbier also closed their off-piste areas on Saturday.

Separately, a slide near Randa blocked the Matterhorn Gotthard railway between Visp and Zermatt for several hours, and hundreds of visitors had to wait in Täsch for the line to reopen.

According to the WSL Institute for Snow and Avalanche Research in Davos, 18 people have now died in avalanches in Switzerland this winter, most of them in Valais and Graubünden.""", [
    ("Matterhorn", "*", N),
    ("SION", "CH", T),
    ("Switzerland", "CH", C),
    ("Zermatt", "CH", T),
    ("Valais", "CH", A),
    ("Zürich", "CH", A),
    ("Freiburg", "DE", T, (47.99, 7.85)),
    ("Germany", "DE", C),
    ("Theodul Glacier", "*", N),
    ("Italian", "IT", Q),
    ("Bern", "CH", T),
    ("Visp", "CH", T),
    ("Air Zermatt", "CH", Q),
    ("Breuil-Cervinia", "IT", T),
    ("Aosta Valley", "IT", A),
    ("Valais Alps", "CH", N),
    ("Saas-Fee", "CH", T),
    ("Verbier", "CH", T),
    ("Randa", "CH", T, (46.10, 7.78)),
    ("Matterhorn Gotthard", "CH", Q),
    ("Täsch", "CH", T),
    ("Davos", "CH", T),
    ("Graubünden", "CH", A),
])

# ---------------------------------------------------------------- b: economy, transport, energy, tourism, farming, environment

add("b", """Tyrol tightens lorry limits as Brenner bridge repairs begin

INNSBRUCK, Austria (APA) - Tyrol will extend its night-time driving ban for heavy goods vehicles on the Inn valley motorway and limit lorries crossing the Brenner Pass to about 1,800 a day from January, the regional government said on Monday, as work starts on replacing the ageing Lueg bridge near Gries am Brenner.

The 1.8-kilometre bridge carries the A13 motorway, the busiest freight route between Germany and Italy across the Alps. During construction, which is expected to last until 2030, traffic will be reduced to a single lane in each direction for long periods.

Italy has taken Austria to the European Court of Justice in Luxembourg over Tyrol's restrictions, which Rome argues breach the free movement of goods. Hauliers' associations in Verona and Munich warned of "chaos" on both sides of the border, while the regional governments of Bavaria and South Tyrol called for an emergency meeting.

The so-called block dispatching system at Kufstein, which lets only a set number of lorries into Austria per hour, already causes tailbacks of up to 40 kilometres on the German side towards Rosenheim on busy days.

Tyrol's governor said the region's residents could no longer be expected to breathe the exhaust of 2.5 million lorries a year. "The solution is rail," he said, pointing to the Brenner Base Tunnel between Innsbruck and Fortezza, which is now not expected to open before 2032.

The federal government in Vienna backed Tyrol's position, and Brussels has offered to mediate. Freight operators in Bolzano said they were already shifting more goods onto trains.""", [
    ("Tyrol", "AT", A),
    ("Brenner", "*", N),
    ("INNSBRUCK", "AT", T),
    ("Austria", "AT", C),
    ("Inn", "*", N),
    ("Brenner Pass", "*", N),
    ("Lueg", "AT", Q),
    ("Gries am Brenner", "AT", T),
    ("Germany", "DE", C),
    ("Italy", "IT", C),
    ("Alps", "*", N),
    ("Luxembourg", "LU", T, (49.61, 6.13)),
    ("Rome", "IT", T),
    ("Verona", "IT", T),
    ("Munich", "DE", T),
    ("Bavaria", "DE", A),
    ("South Tyrol", "IT", A),
    ("Kufstein", "AT", T),
    ("German", "DE", Q),
    ("Rosenheim", "DE", T),
    ("Brenner Base Tunnel", "*", Q),
    ("Innsbruck", "AT", T),
    ("Fortezza", "IT", T),
    ("Vienna", "AT", T),
    ("Brussels", "BE", T),
    ("Bolzano", "IT", T),
])

add("b", """Algarve eases water restrictions, but farmers warn drought is not over

By Paul Rodrigues

FARO (The Portugal News) - The government has eased water restrictions in the Algarve after winter rains lifted reservoir levels, but farmers and environmental groups warned on Tuesday that the region's long-term shortage is far from solved.

The mandatory cut in water consumption for the tourism sector will fall from 15 to 10 percent, while the cut for agriculture drops from 25 to 15 percent. The Odeleite and Beliche reservoirs, in the east of the region near the Spanish border, are now about half full, compared with less than a fifth a year ago.

Citrus and avocado growers around Silves and Tavira say the relief is temporary. "One wet winter does not fill the aquifers," said the head of a farmers' cooperative in Silves. Golf courses around Loulé and Albufeira have been told to keep using treated wastewater.

The government is building a desalination plant near Albufeira, due to open in 2026, and plans a pipeline to bring water from the Guadiana at Pomarão, on the border with Spain. Lisbon has also approved studies for a link to the giant Alqueva reservoir in the Alentejo.

Hotels in Lagos and Portimão, in the western Algarve, said they had been able to refill swimming pools for the first time in two summers. The mayor of Monchique, in the hills above Portimão, said wildfire risk remained a bigger concern for his municipality than water.

Across the border in Andalusia, the province of Huelva, which shares the Guadiana basin with Portugal, has introduced similar restrictions.""", [
    ("FARO", "PT", T),
    ("Portugal News", "PT", Q),
    ("Portugal", "PT", C),
    ("Algarve", "PT", A),
    ("Odeleite", "PT", N, (37.33, -7.50)),
    ("Beliche", "PT", N, (37.29, -7.50)),
    ("Spanish", "ES", Q),
    ("Silves", "PT", T),
    ("Tavira", "PT", T),
    ("Loulé", "PT", T),
    ("Albufeira", "PT", T),
    ("Guadiana", "*", N),
    ("Pomarão", "PT", T, (37.56, -7.53)),
    ("Spain", "ES", C),
    ("Lisbon", "PT", T),
    ("Alqueva", "PT", N, (38.20, -7.49)),
    ("Alentejo", "PT", A),
    ("Lagos", "PT", T, (37.10, -8.67)),
    ("Portimão", "PT", T),
    ("Monchique", "PT", T),
    ("Andalusia", "ES", A),
    ("Huelva", "ES", A),
])

add("b", """Champagne growers begin early harvest as heat speeds ripening

By Sophie Laurent

ÉPERNAY, France (France 24) - Grape pickers moved into the vineyards of the Marne on Wednesday, the third time in five years that the harvest in Champagne has begun in August, as hot, dry weather brought the grapes to maturity weeks earlier than growers were used to a generation ago.

The Comité Champagne, which represents growers and houses, said villages on the Montagne de Reims and in the Vallée de la Marne, including Aÿ and Hautvillers, were picking first, with the Côte des Blancs south of Épernay following later this week. Growers in the Aube, around Bar-sur-Seine and Les Riceys, some 100 kilometres further south, started on Monday.

The permitted yield has been cut to 9,000 kilograms per hectare after sales fell for a second year. Shipments of Champagne dropped 9 percent to 271 million bottles last year, with exports to the United States and Japan hit hardest. Houses in Reims and Épernay blame inflation and competition from cheaper Italian Prosecco and Spanish cava.

About 120,000 seasonal pickers, many of them from Poland, Romania and Bulgaria, are needed each year. Labour inspectors in the Grand Est region said they would step up checks on accommodation and working hours after four pickers died during a heatwave in 2023.

Elsewhere in France, the harvest has started in Burgundy, where growers in Chablis reported healthy grapes but low volumes, and around Bordeaux, where hundreds of hectares of vines are being torn up because of falling demand for red wine.

Several Champagne houses have bought land in Kent and Sussex, in southern England, where warmer summers now allow growers to make sparkling wine similar to Champagne.""", [
    ("Champagne#1,2", "FR", N),
    ("Comité Champagne", "FR", Q),
    ("Champagne#4,6", "-", N),
    ("Champagne#5", "FR", Q),
    ("ÉPERNAY", "FR", T),
    ("France", "FR", C),
    ("Marne", "FR", A),
    ("Montagne de Reims", "FR", N),
    ("Vallée de la Marne", "FR", N),
    ("Aÿ", "FR", T, (49.05, 4.00)),
    ("Hautvillers", "FR", T),
    ("Côte des Blancs", "FR", N),
    ("Épernay", "FR", T),
    ("Aube", "FR", A),
    ("Bar-sur-Seine", "FR", T),
    ("Les Riceys", "FR", T),
    ("United States", "US", C),
    ("Japan", "JP", C),
    ("Reims", "FR", T),
    ("Italian", "IT", Q),
    ("Prosecco", "-", N),
    ("Spanish", "ES", Q),
    ("Poland", "PL", C),
    ("Romania", "RO", C),
    ("Bulgaria", "BG", C),
    ("Grand Est", "FR", A),
    ("Burgundy", "FR", N),
    ("Chablis", "FR", T, (47.81, 3.80)),
    ("Bordeaux", "FR", N, (44.84, -0.58)),
    ("Kent", "GB", A),
    ("Sussex", "GB", N),
    ("England", "GB", A),
])

add("b", """Germany opens another LNG terminal at Wilhelmshaven as storage worries grow

WILHELMSHAVEN, Germany (DW) - Germany's newest floating liquefied natural gas terminal began operating off Wilhelmshaven on Thursday, the second at the North Sea port, as the government tries to ensure that gas storage is full before winter.

The vessel, moored at a jetty in the Jade Bight, can turn up to 5 billion cubic metres of LNG a year back into gas. State-owned Deutsche Energy Terminal already runs terminals at Wilhelmshaven, at Brunsbüttel on the Elbe estuary in Schleswig-Holstein, and at Stade in Lower Saxony. A private company operates a fourth terminal at Mukran, on the Baltic island of Rügen.

The Mukran terminal met fierce opposition from residents and tourism businesses in Binz, Rügen's largest seaside resort, who feared it would drive away visitors. The company says those fears have not materialised.

Most of the LNG arriving in Germany comes from the United States, mainly from export plants in Texas and Louisiana, with smaller cargoes from Qatar and Nigeria. Norway remains Germany's single largest gas supplier via pipelines under the North Sea.

Before 2022, Russia supplied more than half of Germany's gas, much of it through the Nord Stream pipelines that run under the Baltic Sea to Lubmin in Mecklenburg-Western Pomerania.

Lower Saxony's energy minister said in Hanover that the terminals had made Germany "resilient". But environmental groups in Berlin said the country had built far more import capacity than it needed and warned that the terminals risked locking in fossil fuels for decades.""", [
    ("Germany", "DE", C),
    ("Wilhelmshaven", "DE", T),
    ("WILHELMSHAVEN", "DE", T),
    ("North Sea", "*", N),
    ("Jade Bight", "DE", N),
    ("Brunsbüttel", "DE", T),
    ("Elbe", "*", N),
    ("Schleswig-Holstein", "DE", A),
    ("Stade", "DE", T),
    ("Lower Saxony", "DE", A),
    ("Mukran", "DE", T, (54.48, 13.58)),
    ("Baltic", "*", Q),
    ("Rügen", "DE", N),
    ("Binz", "DE", T),
    ("United States", "US", C),
    ("Texas", "US", A),
    ("Louisiana", "US", A),
    ("Qatar", "QA", C),
    ("Nigeria", "NG", C),
    ("Norway", "NO", C),
    ("Russia", "RU", C),
    ("Baltic Sea", "*", N),
    ("Lubmin", "DE", T),
    ("Mecklenburg-Western Pomerania", "DE", A),
    ("Hanover", "DE", T),
    ("Berlin", "DE", T),
])

add("b", """Fjord villages brace for zero-emission rule for cruise ships

GEIRANGER, Norway (Norway Today) - Cruise lines are rerouting ships and cancelling calls at Geiranger ahead of a rule that will bar all but zero-emission vessels from Norway's UNESCO-listed fjords from 2026.

The rule covers the Geirangerfjord in Møre og Romsdal county and the Nærøyfjord, a narrow arm of the Sognefjord in Vestland county. Until now, up to four large ships a day have anchored below Geiranger, a village of about 200 permanent residents, in the peak summer weeks.

The mayor of Stranda, the municipality that includes Geiranger and Hellesylt, said some 80 calls had already been cancelled for next season, and that shops and cafés in the village feared for their future. "We support clean air, but we need time," she said.

Several cruise lines have said they will instead send their ships to Ålesund, from where passengers can be taken to Geiranger by bus, or to Bergen and Stavanger. In Flåm, at the head of the Aurlandsfjord, the tourist railway company is planning electric boat connections for cruise passengers arriving in Bergen.

The government in Oslo says the rule is needed to protect the fjords' air and water and has rejected calls from the industry for a delay. Most cruise passengers in western Norway come from Germany, Britain and the United States, on ships sailing from Hamburg, Kiel and Southampton.

Local tourism officials in Vestland say about 300,000 cruise passengers visited Flåm last year, in a municipality, Aurland, with fewer than 1,800 residents.""", [
    ("GEIRANGER", "NO", T),
    ("Norway Today", "NO", Q),
    ("Norway", "NO", C),
    ("Geiranger", "NO", T),
    ("Geirangerfjord", "NO", N),
    ("Møre og Romsdal", "NO", A),
    ("Nærøyfjord", "NO", N),
    ("Sognefjord", "NO", N),
    ("Vestland", "NO", A),
    ("Stranda", "NO", A),
    ("Hellesylt", "NO", T),
    ("Ålesund", "NO", T),
    ("Bergen", "NO", T),
    ("Stavanger", "NO", T),
    ("Flåm", "NO", T),
    ("Aurlandsfjord", "NO", N),
    ("Oslo", "NO", T),
    ("Germany", "DE", C),
    ("Britain", "GB", C),
    ("United States", "US", C),
    ("Hamburg", "DE", T),
    ("Kiel", "DE", T),
    ("Southampton", "GB", T),
    ("Aurland", "NO", A),
])

add("b", """Bornholm energy island plans scaled back as costs soar

RØNNE, Denmark (The Local) - Denmark is scaling back its plans to turn the Baltic island of Bornholm into a hub for offshore wind power, the climate ministry said on Monday, after cost estimates for the project more than doubled.

Under the original plan, wind farms with a capacity of 3 gigawatts would be built in the Baltic Sea south-west of Bornholm, with power sent by undersea cable to Zealand and to Germany, where the cable would come ashore near Lubmin in Mecklenburg-Western Pomerania. A converter station was to be built near Aakirkeby, in the south of the island.

The government in Copenhagen now says it will start with 2 gigawatts and seek a larger contribution from Germany, which would receive most of the electricity. Berlin has agreed in principle to pay a greater share, officials said.

The decision follows the postponement last year of a planned artificial energy island in the North Sea off the coast of Jutland, which was to have served wind farms there. The port of Esbjerg, which has become Europe's largest base for shipping offshore wind turbines, had hoped to benefit from both projects.

On Bornholm, the mayor said islanders were disappointed but relieved that the project would go ahead. "For 40,000 people, this is the biggest investment in our history," she said. Businesses in Rønne and Nexø had expanded in expectation of the work.

The island, which lies closer to Sweden than to the rest of Denmark, is connected to Copenhagen by a fast ferry from Rønne to Ystad and a train across the Øresund Bridge.""", [
    ("Bornholm", "DK", N),
    ("RØNNE", "DK", T),
    ("Denmark", "DK", C),
    ("Baltic", "*", Q),
    ("Baltic Sea", "*", N),
    ("Zealand", "DK", N),
    ("Germany", "DE", C),
    ("Lubmin", "DE", T),
    ("Mecklenburg-Western Pomerania", "DE", A),
    ("Aakirkeby", "DK", T),
    ("Copenhagen", "DK", T),
    ("Berlin", "DE", T),
    ("North Sea", "*", N),
    ("Jutland", "DK", N),
    ("Esbjerg", "DK", T),
    ("Europe", "*", N),
    ("Rønne", "DK", T),
    ("Nexø", "DK", T),
    ("Sweden", "SE", C),
    ("Ystad", "SE", T),
    ("Øresund Bridge", "*", Q),
])

add("b", """Lapland tourism breaks records as Rovaniemi debates limits

ROVANIEMI, Finland (Yle News) - Lapland recorded more than 3.8 million overnight stays last year, a new record, driven by a surge in winter visitors from Britain, France and Asia, regional tourism officials said on Tuesday.

Rovaniemi, the regional capital, accounted for more than a third of the total. Its airport, just north of the town near the Arctic Circle, now has direct flights from London, Paris, Madrid and Tokyo in the winter season, and the Santa Claus Village attraction received more than 800,000 visitors.

But residents have complained of rising rents and overcrowded streets, and the city council will vote next month on limiting short-term rentals in the town centre. "Rovaniemi is not a theme park, it is a town of 65,000 people," said one councillor.

Ski resorts further north also reported record seasons. Levi, in the municipality of Kittilä, and Saariselkä, near Ivalo in Inari municipality, said occupancy rates in December were above 90 percent.

The picture is very different in eastern Lapland. In Salla, near the Russian border, tourism businesses say they have lost many visitors since Finland closed all crossings with Russia in 2023, and the municipality has asked Helsinki for support.

The regional council says new rail connections are needed. The night train from Helsinki to Kolari and Rovaniemi is often fully booked, and Finland and Sweden are studying a cross-border rail link between Tornio and Haparanda, on the Gulf of Bothnia, that would make it easier for visitors from Sweden and Norway to reach the region.""", [
    ("Lapland", "FI", A),
    ("Rovaniemi", "FI", T),
    ("ROVANIEMI", "FI", T),
    ("Finland", "FI", C),
    ("Britain", "GB", C),
    ("France", "FR", C),
    ("Asia", "*", N),
    ("Arctic Circle", "*", Q),
    ("London", "GB", T),
    ("Paris", "FR", T, (48.85, 2.35)),
    ("Madrid", "ES", T),
    ("Tokyo", "JP", T),
    ("Santa Claus Village", "FI", Q),
    ("Levi", "FI", N, (67.80, 24.81)),
    ("Kittilä", "FI", A),
    ("Saariselkä", "FI", T),
    ("Ivalo", "FI", T),
    ("Inari", "FI", A),
    ("Salla", "FI", N, (66.83, 28.67)),
    ("Russian", "RU", Q),
    ("Russia", "RU", C),
    ("Helsinki", "FI", T),
    ("Kolari", "FI", T),
    ("Sweden", "SE", C),
    ("Tornio", "FI", T),
    ("Haparanda", "SE", T),
    ("Gulf of Bothnia", "*", N),
    ("Norway", "NO", C),
])

add("b", """Dubrovnik caps cruise ships at two a day as Croatian coast braces for record season

DUBROVNIK, Croatia (Croatia Week) - Dubrovnik will allow no more than two cruise ships a day to call at its port this summer, and no more than 4,000 cruise passengers in the city at any one time, under rules adopted by the city council on Thursday.

The mayor said the measures were needed to protect the walled Old Town, a UNESCO World Heritage site that became a global attraction after it was used as King's Landing in the television series Game of Thrones. Cruise ships dock at the port of Gruž, about three kilometres from the walls, and passengers are brought into the centre by bus.

The limits come as Croatia expects another record season. The Adriatic coast from Istria to Dalmatia received more than 21 million visitors last year, most of them from Germany, Austria, Slovenia and Poland. Hotels in Split, Hvar and Korčula say bookings are up on last year.

Visitors driving south to Dubrovnik no longer need to cross the short stretch of Bosnia and Herzegovina around Neum since the opening of the Pelješac Bridge in 2022, which has also brought more day-trippers to the peninsula's wine villages.

Tourism officials in Zagreb said the government supported Dubrovnik's approach and was discussing similar rules for Split. In neighbouring Montenegro, the town of Kotor introduced a daily cap on cruise passengers last year.

Residents of Cavtat, a smaller resort south of Dubrovnik, have asked for limits on tourist boats that ferry cruise passengers along the coast, saying their harbour is now overwhelmed in July and August.""", [
    ("Dubrovnik", "HR", T),
    ("Croatian", "HR", Q),
    ("DUBROVNIK", "HR", T),
    ("Croatia Week", "HR", Q),
    ("Croatia", "HR", C),
    ("Old Town", "HR", Q),
    ("King's Landing", "-", N),
    ("Gruž", "HR", T, (42.66, 18.09)),
    ("Adriatic", "*", N),
    ("Istria", "HR", A),
    ("Dalmatia", "HR", N),
    ("Germany", "DE", C),
    ("Austria", "AT", C),
    ("Slovenia", "SI", C),
    ("Poland", "PL", C),
    ("Split", "HR", T, (43.51, 16.44)),
    ("Hvar", "HR", N),
    ("Korčula", "HR", N),
    ("Bosnia and Herzegovina", "BA", C),
    ("Neum", "BA", T),
    ("Pelješac Bridge", "HR", Q),
    ("Zagreb", "HR", T),
    ("Montenegro", "ME", C),
    ("Kotor", "ME", T),
    ("Cavtat", "HR", T),
])

add("b", """Olive oil prices fall as Andalusia braces for bumper harvest

By Javier Molina

JAÉN, Spain (The Local) - Olive growers in Andalusia are preparing for one of the biggest harvests in years after spring rains ended a two-year drought, pushing down the price of olive oil in supermarkets across Europe.

Farmers' organisations in Jaén province, the world's largest olive-producing area, expect output to rise by more than a third. Prices at origin for extra virgin olive oil have fallen below €4 a litre, less than half their peak in early 2024, when a litre cost more than €9 in shops in Madrid and Barcelona.

"The trees are full. Now we just need a mild autumn," said a grower in Martos, a town south-west of the city of Jaén that calls itself the world capital of olive oil. In Úbeda and Baeza, the Renaissance towns whose hillsides are covered in olive groves, cooperatives are hiring extra seasonal workers.

In Córdoba province, producers around Lucena and Priego de Córdoba also expect a strong year, while the cooperative association in Seville said the crop of table olives would be the largest in a decade. Growers in Granada and in the neighbouring region of Extremadura are similarly optimistic.

However, farmers warn that low prices could hurt small growers, whose costs have risen sharply. Cooperatives in Córdoba said many farmers in the Guadalquivir valley had not yet recovered from the losses of the drought years.

Spain produces about 40 percent of the world's olive oil. Competitors in Italy, Greece, Portugal and Tunisia are also expecting larger crops, and Tunisian exports to the European Union have grown rapidly.""", [
    ("Andalusia", "ES", A),
    ("JAÉN", "ES", T),
    ("Spain", "ES", C),
    ("Europe", "*", N),
    ("Jaén#1", "ES", A),
    ("Jaén#2", "ES", T, (37.77, -3.79)),
    ("Madrid", "ES", T),
    ("Barcelona", "ES", T, (41.39, 2.17)),
    ("Martos", "ES", T),
    ("Úbeda", "ES", T),
    ("Baeza", "ES", T),
    ("Córdoba#1", "ES", A),
    ("Córdoba#3", "ES", T, (37.88, -4.78)),
    ("Lucena", "ES", T, (37.41, -4.49)),
    ("Priego de Córdoba", "ES", T),
    ("Seville", "ES", T),
    ("Granada", "ES", N),
    ("Extremadura", "ES", A),
    ("Guadalquivir", "ES", N),
    ("Italy", "IT", C),
    ("Greece", "GR", C),
    ("Portugal", "PT", C),
    ("Tunisia", "TN", C),
    ("Tunisian", "TN", Q),
])

add("b", """Venice extends day-tripper fee as visitor numbers keep climbing

VENICE (ANSA) - Venice will charge day-trippers an entry fee on 60 days next year, up from 54 this year, the city council said on Wednesday, despite criticism that the scheme has failed to reduce crowds in the historic centre.

Visitors who do not stay overnight will pay €5 if they book at least four days in advance and €10 otherwise on peak days between April and July. Residents of the Veneto region, students and workers commuting into the city are exempt, as are people visiting only the islands of Murano, Burano and the Lido.

The fee raised about €5.4 million this year, while more than 700,000 people paid to enter on the days it applied. City officials say numbers arriving at Santa Lucia station and the Piazzale Roma bus terminal fell slightly on the busiest days, but opposition councillors said the effect was "close to zero".

Many day-trippers stay in cheaper hotels in Mestre, on the mainland, or come for the day from Padua, Treviso and Verona, or from resorts on Lake Garda. Hoteliers in Mestre said the fee had not affected their bookings.

Since 2021, large cruise ships have been banned from the Giudecca Canal and St Mark's Basin and now dock at the industrial port of Marghera or sail to Trieste and Ravenna instead.

The historic centre's population fell below 49,000 last year, compared with 175,000 in the early 1950s. Other cities struggling with mass tourism, including Amsterdam and Barcelona, have been watching the experiment closely.""", [
    ("Venice", "IT", T),
    ("VENICE", "IT", T),
    ("Veneto", "IT", A),
    ("Murano", "IT", N),
    ("Burano", "IT", N),
    ("Lido", "IT", N, (45.41, 12.36)),
    ("Santa Lucia", "IT", Q),
    ("Piazzale Roma", "IT", Q),
    ("Mestre", "IT", T),
    ("Padua", "IT", T),
    ("Treviso", "IT", T),
    ("Verona", "IT", T),
    ("Lake Garda", "IT", N),
    ("Giudecca Canal", "IT", N),
    ("St Mark's Basin", "IT", N),
    ("Marghera", "IT", T),
    ("Trieste", "IT", T),
    ("Ravenna", "IT", T),
    ("Amsterdam", "NL", T),
    ("Barcelona", "ES", T, (41.39, 2.17)),
])

add("b", """Rail Baltica: first trains to run on Estonian section by 2030, says builder

RIGA (LSM) - Passenger trains on the Estonian section of Rail Baltica, the high-speed line meant to link the three Baltic states with Poland and the rest of the European rail network, should start running between Tallinn and Pärnu by 2030, the project's joint venture said on Monday.

Work is most advanced in Estonia, where track is being laid south of Ülemiste, the Tallinn hub that will connect the line with the city's airport and the old town. In Latvia, the main construction sites are the new Riga Central station and a bridge over the Daugava, while in Lithuania a branch between Kaunas and Vilnius is being designed.

The total cost of the 870-kilometre line, which will run from Tallinn through Pärnu, Riga, Panevėžys and Kaunas to the Polish border, is now estimated at about €24 billion, more than three times the original figure. Latvia, which faces the biggest funding gap, has asked Brussels for more support.

Governments in Tallinn, Riga and Vilnius say the line has taken on new importance since Russia's invasion of Ukraine, because it would allow troops and equipment to be moved quickly from Poland. Warsaw is upgrading the line from Białystok towards the border at Trakiszki, near the so-called Suwałki Gap, the narrow strip of land between Belarus and the Russian exclave of Kaliningrad.

Finland has also shown interest. A long-discussed tunnel under the Gulf of Finland between Helsinki and Tallinn remains on the drawing board.""", [
    ("Estonian", "EE", Q),
    ("RIGA", "LV", T),
    ("Baltic", "*", Q),
    ("Poland", "PL", C),
    ("European", "*", Q),
    ("Tallinn", "EE", T),
    ("Pärnu", "EE", T),
    ("Estonia", "EE", C),
    ("Ülemiste", "EE", T, (59.42, 24.80)),
    ("Latvia", "LV", C),
    ("Riga", "LV", T),
    ("Riga Central", "LV", Q),
    ("Daugava", "*", N),
    ("Lithuania", "LT", C),
    ("Kaunas", "LT", T),
    ("Vilnius", "LT", T),
    ("Panevėžys", "LT", T),
    ("Polish", "PL", Q),
    ("Brussels", "BE", T),
    ("Russia", "RU", C),
    ("Ukraine", "UA", C),
    ("Warsaw", "PL", T),
    ("Białystok", "PL", T),
    ("Trakiszki", "PL", T, (54.23, 23.31)),
    ("Suwałki Gap", "*", N),
    ("Belarus", "BY", C),
    ("Russian", "RU", Q),
    ("Kaliningrad", "RU", N),
    ("Finland", "FI", C),
    ("Gulf of Finland", "*", N),
    ("Helsinki", "FI", T),
])

add("b", """Bulgarian rose growers warn of poor harvest after frost and heat

KAZANLAK, Bulgaria (BTA) - Rose growers in Bulgaria's Rose Valley expect one of the weakest harvests in a decade after a late spring frost was followed by a heatwave in May, when the delicate oil-bearing blossoms are picked by hand.

The valley, which runs between the Balkan Mountains to the north and the Sredna Gora to the south, is the source of much of the world's rose oil, an essential ingredient in luxury perfumes. Around Kazanlak and Karlovo, growers say yields of petals are down by as much as 40 percent.

"We need three to four tonnes of petals for one kilogram of oil. This year we will be lucky to get half of what we usually produce," said a farmer from Pavel Banya, in Stara Zagora province. Distilleries in the Plovdiv region reported similar losses.

The price of Bulgarian rose oil has risen to more than €9,000 a kilogram, and perfumers in Grasse, in the south of France, have started to buy more from competitors in Turkey, where the main growing area is around Isparta.

The government in Sofia has promised compensation for growers whose crops were damaged by frost, but the farmers' union says the money has not yet arrived. Many growers also complain of a shortage of pickers, as younger people in villages along the Tundzha river have left for Sofia, Plovdiv or for jobs in Germany and Spain.

Despite the bad harvest, Kazanlak will hold its annual Rose Festival in June as usual, with a parade through the town and a ceremonial rose-picking in the fields outside it.""", [
    ("Bulgarian", "BG", Q),
    ("KAZANLAK", "BG", T),
    ("Bulgaria", "BG", C),
    ("Rose Valley", "BG", N),
    ("Balkan Mountains", "*", N),
    ("Sredna Gora", "BG", N),
    ("Kazanlak", "BG", T),
    ("Karlovo", "BG", T),
    ("Pavel Banya", "BG", T),
    ("Stara Zagora", "BG", A),
    ("Plovdiv#1", "BG", A),
    ("Plovdiv#2", "BG", T, (42.15, 24.75)),
    ("Grasse", "FR", T),
    ("France", "FR", C),
    ("Turkey", "TR", C),
    ("Isparta", "TR", N, (37.76, 30.55)),
    ("Sofia", "BG", T, (42.70, 23.32)),
    ("Tundzha", "*", N),
    ("Germany", "DE", C),
    ("Spain", "ES", C),
])

add("b", """Cross-border commuters brace for months of disruption as Luxembourg rail works begin

LUXEMBOURG (Luxembourg Times) - Tens of thousands of cross-border commuters face longer journeys from Monday as work begins on a new double-track line between Luxembourg City and Bettembourg, the busiest section of the Grand Duchy's rail network.

More than 230,000 people, almost half of Luxembourg's workforce, commute daily from France, Belgium and Germany. Trains from Thionville and Metz, in the French department of Moselle, will be replaced by buses on weekends until the end of March, the national operator CFL said.

Commuters from Lorraine are already used to delays on the A31 motorway, which links Thionville with the border and is regularly jammed at rush hour. "I leave home in Longwy at six to be in Kirchberg by eight," said a bank employee. "Now it will be worse."

Those travelling from Arlon, in the Belgian province of Luxembourg, will also be affected, as will workers arriving from Trier in Rhineland-Palatinate and from Saarland.

Public transport in the Grand Duchy has been free since 2020, but the offer stops at the border, and politicians in the Grand Est region of France have long asked Luxembourg to contribute more to the cost of cross-border trains and park-and-ride sites.

The government said the new line, together with the extension of the tram from the city centre to Esch-sur-Alzette and the Belval university district, would eventually allow many more trains to run. The project is due to be completed in 2028.""", [
    ("LUXEMBOURG", "LU", T, (49.61, 6.13)),
    ("Luxembourg Times", "LU", Q),
    ("Luxembourg City", "LU", T, (49.61, 6.13)),
    ("Luxembourg#1,4,6", "LU", C),
    ("Luxembourg#5", "BE", A),
    ("Bettembourg", "LU", T),
    ("Grand Duchy", "LU", Q),
    ("France", "FR", C),
    ("Belgium", "BE", C),
    ("Germany", "DE", C),
    ("Thionville", "FR", T),
    ("Metz", "FR", T),
    ("French", "FR", Q),
    ("Moselle", "FR", A),
    ("Lorraine", "FR", N),
    ("Longwy", "FR", T),
    ("Kirchberg", "LU", T, (49.63, 6.16)),
    ("Arlon", "BE", T),
    ("Belgian", "BE", Q),
    ("Trier", "DE", T),
    ("Rhineland-Palatinate", "DE", A),
    ("Saarland", "DE", A),
    ("Grand Est", "FR", A),
    ("Esch-sur-Alzette", "LU", T),
    ("Belval", "LU", T, (49.50, 5.94)),
])

# ---------------------------------------------------------------- c: local life, culture, sport, food, history

add("c", """Cheese as collateral: the Emilian bank vault that holds 500,000 wheels of Parmigiano

By Giulia Ferrari

MONTECCHIO EMILIA, Italy (ANSA) - In a climate-controlled warehouse on the edge of this small town on the Enza river, between Parma and Reggio Emilia, row upon row of cheese wheels rise almost to the ceiling. Each weighs about 40 kilograms, and each has been pledged to a bank.

For more than 70 years, a regional bank has accepted wheels of Parmigiano Reggiano as security for loans to dairies, which must age the cheese for at least 12 months and often for two or three years before selling it. The bank stores the wheels, turns them and brushes them until the loan is repaid.

"Without this system, many small producers in the hills above Parma and Modena could not survive," said the owner of a dairy near Langhirano, who has pledged 3,000 wheels. "The cheese is our savings account."

Parmigiano Reggiano can only be made in the provinces of Parma, Reggio Emilia and Modena, in parts of the province of Bologna on the left bank of the Reno, and in the part of the province of Mantua, in Lombardy, that lies south of the Po. The consortium says exports reached a record last year, led by the United States, France and Germany.

The warehouse is one of the best guarded buildings in Emilia-Romagna. Thieves stole more than 200 wheels from dairies in the Apennine foothills in a string of raids in recent years, and the consortium now puts microchips in the rind.

Producers remain frustrated by imitations. "In America you can buy Parmesan made in Wisconsin," said the dairy owner. "It has nothing to do with our mountains.\"""", [
    ("Emilian", "IT", Q),
    ("Parmigiano#1", "-", N),
    ("Parmigiano Reggiano", "-", N),
    ("MONTECCHIO EMILIA", "IT", T),
    ("Italy", "IT", C),
    ("Enza", "IT", N),
    ("Parma#1,2", "IT", T, (44.80, 10.33)),
    ("Parma#3", "IT", A),
    ("Reggio Emilia#1", "IT", T, (44.70, 10.63)),
    ("Reggio Emilia#2", "IT", A),
    ("Modena#1", "IT", T, (44.65, 10.93)),
    ("Modena#2", "IT", A),
    ("Langhirano", "IT", T),
    ("Bologna", "IT", A),
    ("Reno", "IT", N),
    ("Mantua", "IT", A),
    ("Lombardy", "IT", A),
    ("Po", "IT", N),
    ("United States", "US", C),
    ("France", "FR", C),
    ("Germany", "DE", C),
    ("Emilia-Romagna", "IT", A),
    ("Apennine", "IT", Q),
    ("America", "US", C),
    ("Parmesan", "-", N),
    ("Wisconsin", "US", A),
])

add("c", """Small-town club dreams of cup upset as Bayern come to Unterhaching

By Felix Gruber

UNTERHACHING, Germany (DW) - On a normal match day, a few thousand fans make their way to the Sportpark on the edge of Unterhaching, a town of 26,000 people just beyond Munich's southern city limits. On Wednesday night, all 15,000 tickets were sold within an hour.

The reason: third-division SpVgg Unterhaching have drawn Bayern Munich in the second round of the German Cup. It is the first competitive meeting between the two clubs since 2001, when the small club from the suburbs was still in the Bundesliga.

Older fans still talk about May 2000, when SpVgg Unterhaching beat Bayer Leverkusen 2-0 on the last day of the season, handing the title to Bayern. "People in Leverkusen still have not forgiven us," joked the club's president, who grew up in neighbouring Oberhaching.

Since then the club has bounced between the divisions, and for several seasons it relied on loans from local businesses in Unterhaching and Taufkirchen to survive. Many of its youth players now play for clubs across Bavaria and Austria.

Bayern will rest several regulars ahead of Saturday's league game in Augsburg and next week's Champions League match against Paris Saint-Germain. But even a second-string Bayern side will include several internationals.

Police in Upper Bavaria said extra officers would be deployed on the S-Bahn line from Munich, and supporters of 1860 Munich, Bayern's city rivals from Giesing, have announced that they will come to cheer on the underdogs.

"For one night, the whole south of Munich is Haching," said one fan, using the town's local nickname.""", [
    ("Bayern Munich", "-", N),
    ("Bayern", "-", N),
    ("Unterhaching", "DE", T),
    ("SpVgg Unterhaching", "-", N),
    ("UNTERHACHING", "DE", T),
    ("Germany", "DE", C),
    ("Sportpark", "DE", Q),
    ("Munich", "DE", T),
    ("German", "DE", Q),
    ("Bayer Leverkusen", "-", N),
    ("Leverkusen", "DE", T),
    ("Oberhaching", "DE", T),
    ("Taufkirchen", "DE", T, (48.05, 11.62)),
    ("Bavaria", "DE", A),
    ("Austria", "AT", C),
    ("Augsburg", "DE", T),
    ("Paris Saint-Germain", "-", N),
    ("Upper Bavaria", "DE", A),
    ("1860 Munich", "-", N),
    ("Giesing", "DE", T),
    ("Haching", "DE", T, (48.07, 11.61)),
])

add("c", """Record numbers walk the Camino as Santiago struggles with crowds

SANTIAGO DE COMPOSTELA, Spain (The Local) - The pilgrims' office in Santiago de Compostela issued more than 500,000 certificates last year to walkers and cyclists who completed the Way of St James, a record that has brought both money and complaints to the Galician capital.

To receive the certificate, known as the Compostela, pilgrims must walk at least the final 100 kilometres. Most therefore start in Sarria, in the province of Lugo, turning the last stretch of the route into a crowded procession in summer.

The classic French Way begins in Saint-Jean-Pied-de-Port in France, crosses the Pyrenees to Roncesvalles and continues through Pamplona, Burgos and León, some 800 kilometres in all. A growing number of pilgrims instead follow the Portuguese Way from Porto, crossing the Minho river into Spain at Tui.

Santiago's city council introduced a tourist tax this year and is considering limiting the number of tour groups in the old town around the cathedral. "We love the pilgrims, but there are days when residents cannot walk down their own street," said a shopkeeper.

The regional government of Galicia says the pilgrimage brings in more than €300 million a year and helps to keep alive villages along the route that would otherwise be empty.

After Spaniards, the largest groups of pilgrims come from the United States, Italy, Germany and Portugal. Among those arriving at the cathedral on Monday was a 71-year-old retired engineer from Santiago, Chile, who had walked from Saint-Jean-Pied-de-Port. "I came from one Santiago to the other," he said. Many pilgrims continue to Finisterre, on the Atlantic coast, once believed to be the end of the world.""", [
    ("Camino", "ES", Q),
    ("Santiago#1,3", "ES", T, (42.88, -8.54)),
    ("Santiago#4", "CL", T, (-33.45, -70.67)),
    ("Santiago#5", "ES|CL", Q),
    ("SANTIAGO DE COMPOSTELA", "ES", T),
    ("Santiago de Compostela", "ES", T),
    ("Spain", "ES", C),
    ("Galician", "ES", Q),
    ("Compostela", "-", N),
    ("Sarria", "ES", T),
    ("Lugo", "ES", A),
    ("French", "FR", Q),
    ("Saint-Jean-Pied-de-Port", "FR", T),
    ("France", "FR", C),
    ("Pyrenees", "*", N),
    ("Roncesvalles", "ES", T),
    ("Pamplona", "ES", T),
    ("Burgos", "ES", T),
    ("León", "ES", T, (42.60, -5.57)),
    ("Portuguese", "PT", Q),
    ("Porto", "PT", T),
    ("Minho", "*", N),
    ("Tui", "ES", T),
    ("Galicia", "ES", A),
    ("Spaniards", "ES", Q),
    ("United States", "US", C),
    ("Italy", "IT", C),
    ("Germany", "DE", C),
    ("Portugal", "PT", C),
    ("Chile", "CL", C),
    ("Finisterre", "ES", N, (42.91, -9.26)),
    ("Atlantic", "*", N),
])

add("c", """Friesland dares to dream of an Elfstedentocht as cold snap grips the north

LEEUWARDEN (NL Times) - For the first time in more than a decade, the ice on the canals of Friesland is thick enough for people to start asking the question that Frisians have been waiting 28 years to hear answered: will the Elfstedentocht go ahead?

The legendary 200-kilometre skating race runs through all eleven historic Frisian cities: Leeuwarden, Sneek, IJlst, Sloten, Stavoren, Hindeloopen, Workum, Bolsward, Harlingen, Franeker and Dokkum. It was last held in 1997, and the ice must be at least 15 centimetres thick along the entire route before the association that organises it gives the go-ahead.

On Tuesday, the association's inspectors reported 9 centimetres near Sneek but only 5 centimetres on the stretch between Stavoren and Hindeloopen, along the IJsselmeer, where the wind keeps the water moving. The weather institute in De Bilt expects the frost to last until the weekend.

Among those following the measurements closely is Sietske de Vries, 89, from Bolsward, who completed the tour in 1963, the hardest edition in the race's history, when only 69 of 10,000 starters finished. "My fingers froze to my gloves," she said. "I would still like to see it one more time."

In the years without natural ice, thousands of Dutch skaters have travelled to the Weissensee in Carinthia, Austria, or to Kuopio in Finland, to skate "alternative" Elfstedentochten on frozen lakes.

Meanwhile, skaters were out in force across the Netherlands on Tuesday. In Amsterdam, police warned people to stay off the ice on the city's canals, while in Friesland schools in Dokkum and Franeker gave pupils the afternoon off to go skating.""", [
    ("Friesland", "NL", A),
    ("LEEUWARDEN", "NL", T),
    ("NL Times", "NL", Q),
    ("Frisians", "NL", Q),
    ("Frisian", "NL", Q),
    ("Leeuwarden", "NL", T),
    ("Sneek", "NL", T),
    ("IJlst", "NL", T),
    ("Sloten", "NL", T, (52.90, 5.65)),
    ("Stavoren", "NL", T),
    ("Hindeloopen", "NL", T),
    ("Workum", "NL", T, (52.98, 5.45)),
    ("Bolsward", "NL", T),
    ("Harlingen", "NL", T, (53.17, 5.42)),
    ("Franeker", "NL", T),
    ("Dokkum", "NL", T),
    ("IJsselmeer", "NL", N),
    ("De Bilt", "NL", T),
    ("Dutch", "NL", Q),
    ("Weissensee", "AT", N, (46.71, 13.30)),
    ("Carinthia", "AT", A),
    ("Austria", "AT", C),
    ("Kuopio", "FI", T),
    ("Finland", "FI", C),
    ("Netherlands", "NL", C),
    ("Amsterdam", "NL", T),
])

add("c", """Pilsen raises a glass to the lager that conquered the world

By Tomáš Novák

PLZEŇ (Radio Prague International) - When a Bavarian brewer named Josef Groll tapped the first barrel of golden lager in Plzeň on a November day in 1842, he could hardly have imagined that the name of the West Bohemian city would end up on beer labels in every corner of the planet.

This weekend, Pilsen is celebrating the anniversary with a two-day festival in the brewery courtyard and on the main square, where some 30,000 visitors are expected. Groll, who came from Vilshofen on the Danube in Bavaria, combined soft local water, pale malt and hops from Žatec, known in German as Saaz, to create a style that has since been copied from Munich to Milwaukee.

The brewery he founded now sells its beer as Pilsner Urquell in more than 50 countries. "Every pilsner in the world is a child of our city," said the deputy mayor of Plzeň.

Some 130 kilometres to the south-east, the brewers of České Budějovice, the South Bohemian city known in German as Budweis, have fought a legal battle for more than a century with the American brewer of Budweiser over the right to the name. Courts in most of Europe have sided with the Czech brewery, while the US company, based in St. Louis, Missouri, sells its beer as Bud in much of the EU.

Beer tourism has become an important business for the region. The Plzeň brewery received almost a million visitors last year, many of them day-trippers from Prague and from Germany, whose border is less than an hour's drive away.

Czechs still drink more beer per head than any other nation, about 130 litres a year, although consumption has been falling slowly as younger people turn to non-alcoholic drinks.""", [
    ("Pilsen", "CZ", T),
    ("PLZEŇ", "CZ", T),
    ("Radio Prague International", "CZ", Q),
    ("Bavarian", "DE", Q),
    ("Plzeň", "CZ", T),
    ("West Bohemian", "CZ", Q),
    ("Vilshofen", "DE", T),
    ("Danube", "*", N),
    ("Bavaria", "DE", A),
    ("Žatec", "CZ", T),
    ("German", "DE", Q),
    ("Saaz", "CZ", T, (50.33, 13.55)),
    ("Munich", "DE", T),
    ("Milwaukee", "US", T),
    ("Pilsner Urquell", "-", N),
    ("České Budějovice", "CZ", T),
    ("South Bohemian", "CZ", Q),
    ("Budweis", "CZ", T, (48.97, 14.47)),
    ("American", "US", Q),
    ("Budweiser", "-", N),
    ("Europe", "*", N),
    ("Czech", "CZ", Q),
    ("US", "US", Q),
    ("St. Louis", "US", T, (38.63, -90.20)),
    ("Missouri", "US", A),
    ("Prague", "CZ", T),
    ("Germany", "DE", C),
    ("Czechs", "CZ", Q),
])

add("c", """New museum at Vergina brings the royal tombs of Aigai back to life

By Eleni Georgiou

VERGINA, Greece (Greek Reporter) - For decades, visitors to this village in northern Greece came to see one thing: the underground chamber that houses the tomb of Philip II, father of Alexander the Great. Now a vast new museum, a short walk from the tombs, is telling the story of the whole ancient city of Aigai, the first capital of the Macedonian kingdom.

The museum, which cost more than €20 million, displays thousands of objects excavated over half a century, including the gold larnax said to have held Philip's bones. Many were kept in storerooms in Veria, the capital of the regional unit of Imathia, because there was no space to show them.

The Ministry of Culture in Athens hopes the museum will persuade more of the millions of tourists who visit Thessaloniki, 75 kilometres to the north-east, and the beaches of Halkidiki to make the trip inland. The regional authorities of Central Macedonia are planning a signposted route linking Aigai with Pella, Alexander's birthplace, and with Dion, at the foot of Mount Olympus in Pieria.

"This is the heart of ancient Macedonia," said the head of the excavations. "The palace of Aigai was larger than the Parthenon."

The history of the region has long been a sensitive subject. Greece objected for almost three decades to the name of its northern neighbour, until the 2018 Prespa Agreement under which the country became North Macedonia. Officials in Skopje and Athens now talk of jointly promoting archaeological tourism, and visitors from across the border have begun to arrive in growing numbers.

The museum is open daily and can be reached by bus from Veria, which is connected by train to Thessaloniki.""", [
    ("Vergina", "GR", T),
    ("Aigai", "GR", N, (40.48, 22.32)),
    ("VERGINA", "GR", T),
    ("Greece", "GR", C),
    ("Greek Reporter", "GR", Q),
    ("Macedonian", "GR", Q),
    ("Veria", "GR", T),
    ("Imathia", "GR", A),
    ("Athens", "GR", T),
    ("Thessaloniki", "GR", T),
    ("Halkidiki", "GR", A),
    ("Central Macedonia", "GR", A),
    ("Pella", "GR", N, (40.76, 22.52)),
    ("Dion", "GR", N, (40.17, 22.49)),
    ("Mount Olympus", "GR", N, (40.09, 22.36)),
    ("Pieria", "GR", A),
    ("Macedonia", "GR", N),
    ("Parthenon", "GR", Q),
    ("Prespa Agreement", "*", Q),
    ("North Macedonia", "MK", C),
    ("Skopje", "MK", T),
])

add("c", """Nazaré braces for big-wave season as surfers flock to Praia do Norte

NAZARÉ, Portugal (The Portugal News) - The fishing town of Nazaré is preparing for another winter of monster waves, with surfers from Brazil, Hawaii, Germany and France already arriving for a season that runs from October to March.

The waves at Praia do Norte, the beach to the north of the town, can reach more than 20 metres thanks to the Nazaré Canyon, a deep underwater gorge that funnels Atlantic swells straight at the coast. In 2020 the German surfer Sebastian Steudtner, from Nuremberg, rode what is recognised as the largest wave ever surfed, measured at 26.2 metres.

The town hall in Nazaré, in the district of Leiria, estimates that more than 400,000 people climbed to the lighthouse at the Forte de São Miguel Arcanjo last winter to watch the surfers. On big days, traffic backs up along the road from Alcobaça and from the A8 motorway to Lisbon.

"Twenty years ago, nobody came here in winter. Now the hotels are full in January," said a café owner in the Sítio, the old quarter on the cliff top above the beach. Older residents still remember when women in seven skirts waited on the sand for the fishing boats to return.

Other spots along the coast have also benefited from the surf boom. Peniche, 40 kilometres to the south, hosts a world championship event, while Ericeira, north of Lisbon, was declared a World Surfing Reserve in 2011.

Lifeguards and the maritime police have warned spectators not to go down on to the rocks below the fort. Last year, three people were swept into the sea by a wave, and a Brazilian surfer from Rio de Janeiro was seriously injured in a wipeout.""", [
    ("Nazaré", "PT", T, (39.60, -9.07)),
    ("Praia do Norte", "PT", N, (39.61, -9.08)),
    ("NAZARÉ", "PT", T, (39.60, -9.07)),
    ("Portugal", "PT", C),
    ("Portugal News", "PT", Q),
    ("Brazil", "BR", C),
    ("Hawaii", "US", A),
    ("Germany", "DE", C),
    ("France", "FR", C),
    ("Nazaré Canyon", "PT", N),
    ("Atlantic", "*", N),
    ("German", "DE", Q),
    ("Nuremberg", "DE", T),
    ("Leiria", "PT", A),
    ("Forte de São Miguel Arcanjo", "PT", Q),
    ("Alcobaça", "PT", T),
    ("Lisbon", "PT", T),
    ("Sítio", "PT", T, (39.61, -9.07)),
    ("Peniche", "PT", T),
    ("Ericeira", "PT", T),
    ("Brazilian", "BR", Q),
    ("Rio de Janeiro", "BR", T),
])

add("c", """Krakow's Nowa Huta, the communist 'ideal city', turns 75

By Marta Wiśniewska

KRAKÓW, Poland (Notes from Poland) - When construction began in 1949 on a new town of steelworkers on farmland east of Kraków, Poland's communist rulers intended it as a rebuke to the old royal capital, with its churches, professors and conservative middle class. Seventy-five years later, Nowa Huta is one of the city's most unexpected tourist attractions.

Built on orders from Moscow around a giant steelworks, the district was designed with broad avenues radiating from a central square, in a style inspired by Renaissance town planning and Soviet architecture. Workers were brought in from villages across southern Poland, and by the 1980s the district had more than 200,000 inhabitants.

Ironically, Nowa Huta became a centre of resistance to communism. Its residents fought for years to build a church, finally consecrated in 1977 in the Bieńczyce neighbourhood, and the steelworks was a stronghold of the Solidarity movement in the 1980s.

Today the central square bears the name of Ronald Reagan, and guided tours in vintage Trabant cars take visitors from the Old Town and the former Jewish quarter of Kazimierz out along the Vistula to the steelworks gates.

"People come for Wawel and Wieliczka, and then they discover us," said the manager of a small museum in the district. Anniversary events include exhibitions, a concert on the central square and a weekend of open days at the steelworks.

The celebrations recall an even older history. Before the First World War, Kraków belonged to Austrian Galicia, while Warsaw was under Russian rule, and the city remains the capital of the Lesser Poland region, which stretches south to Zakopane and the Tatra mountains.""", [
    ("Krakow", "PL", T),
    ("Nowa Huta", "PL", T),
    ("KRAKÓW", "PL", T),
    ("Poland", "PL", C),
    ("Notes from Poland", "PL", Q),
    ("Kraków", "PL", T),
    ("Moscow", "RU", T),
    ("Soviet", "*", Q),
    ("Bieńczyce", "PL", T, (50.08, 20.02)),
    ("Old Town", "PL", Q),
    ("Kazimierz", "PL", T, (50.05, 19.94)),
    ("Vistula", "PL", N),
    ("Wawel", "PL", Q),
    ("Wieliczka", "PL", T),
    ("Austrian", "AT", Q),
    ("Galicia", "PL|UA", N),
    ("Warsaw", "PL", T),
    ("Russian", "RU", Q),
    ("Lesser Poland", "PL", A),
    ("Zakopane", "PL", T),
    ("Tatra", "SK|PL", N),
])

add("c", """Avignon festival opens with record ticket sales and a heat alert

AVIGNON, France (RFI) - The Avignon Festival opened on Saturday with record advance ticket sales and a scorching heatwave, as thousands of theatre lovers crowded into the walled city on the Rhône for three weeks of performances.

The main programme includes more than 40 productions, from the open-air courtyard of the Palais des Papes to a quarry outside the town of Boulbon and the monastery at Villeneuve-lès-Avignon, across the river. The parallel Off festival features more than 1,700 shows in some 140 venues, from chapels to converted garages.

This year's guest language is Spanish, and companies from Buenos Aires, Mexico City, Madrid and Seville are among those taking part.

Météo-France placed the Vaucluse, the neighbouring Gard and Bouches-du-Rhône on orange alert for heat, with temperatures forecast to reach 39 C. Organisers moved several afternoon performances to the evening and handed out water at the gates.

The festival is one of the biggest events of the summer in Provence, which also hosts the Chorégies d'Orange opera festival in the ancient Roman theatre of Orange, the photography festival in Arles and the music festival in Aix-en-Provence. Regional trains from Marseille and the high-speed TGV from Paris and Lyon were packed on Friday.

Hotel owners in Avignon said the city was fully booked, and many visitors were staying in towns such as Carpentras, L'Isle-sur-la-Sorgue and Nîmes. "We have people sleeping in campsites as far away as Montélimar," said the head of the local tourism office.

The regional council of Provence-Alpes-Côte d'Azur said the festival generated about €100 million for the local economy each year.""", [
    ("Avignon", "FR", T),
    ("AVIGNON", "FR", T),
    ("France", "FR", C),
    ("Avignon Festival", "FR", Q),
    ("Rhône", "*", N),
    ("Palais des Papes", "FR", Q),
    ("Boulbon", "FR", T),
    ("Villeneuve-lès-Avignon", "FR", T),
    ("Spanish", "ES", Q),
    ("Buenos Aires", "AR", T),
    ("Mexico City", "MX", T),
    ("Madrid", "ES", T),
    ("Seville", "ES", T),
    ("Météo-France", "FR", Q),
    ("Vaucluse", "FR", A),
    ("Gard", "FR", A),
    ("Bouches-du-Rhône", "FR", A),
    ("Provence", "FR", N),
    ("Chorégies d'Orange", "FR", Q),
    ("Roman", "IT", Q),
    ("Orange", "FR", T, (44.14, 4.81)),
    ("Arles", "FR", T),
    ("Aix-en-Provence", "FR", T),
    ("Marseille", "FR", T),
    ("Paris", "FR", T, (48.85, 2.35)),
    ("Lyon", "FR", T),
    ("Carpentras", "FR", T),
    ("L'Isle-sur-la-Sorgue", "FR", T),
    ("Nîmes", "FR", T),
    ("Montélimar", "FR", T),
    ("Provence-Alpes-Côte d'Azur", "FR", A),
])

add("c", """Mostar's bridge divers keep a centuries-old tradition alive

By Amra Mehmedović

MOSTAR, Bosnia and Herzegovina (Balkan Insight) - Standing on the parapet of the Old Bridge, 24 metres above the green waters of the Neretva, 19-year-old Haris takes a breath, raises his arms and launches himself into the air as hundreds of tourists on the riverbanks hold up their phones.

Diving from the bridge is a tradition in Mostar that local people say dates back to the 17th century, not long after the Ottoman bridge was completed in 1566. The annual summer competition, held this weekend, is the highlight of the year for the town's divers' club, whose members also collect money from tourists for dives throughout the season.

The bridge was destroyed in 1993 during the war, when Bosnian Croat forces shelled it, and rebuilt with international help using stone from the original quarries. It reopened in 2004 and is now a UNESCO World Heritage site and the main attraction in the Herzegovina-Neretva Canton.

Most visitors come on day trips from Dubrovnik and Split in neighbouring Croatia, or combine Mostar with a visit to the pilgrimage site of Međugorje, about 25 kilometres to the south-west. Many also stop at the dervish house at Blagaj, at the source of the Buna river, and at the Ottoman fortress town of Počitelj.

"For us, the bridge is not a monument, it is part of life," said the club's president, whose father and grandfather both dived. The club trains young divers in the cold water of the river from the age of 12.

Competitors this year came from across Bosnia and Herzegovina, as well as from Serbia, Montenegro and Slovenia. A diver from Sarajevo won last year's title, and his rival from Trebinje was hoping for revenge on Sunday.""", [
    ("Mostar", "BA", T),
    ("MOSTAR", "BA", T),
    ("Bosnia and Herzegovina", "BA", C),
    ("Old Bridge", "BA", Q),
    ("Neretva", "*", N),
    ("Ottoman", "TR", Q),
    ("Bosnian", "BA", Q),
    ("Croat", "HR|BA", Q),
    ("Herzegovina-Neretva Canton", "BA", A),
    ("Dubrovnik", "HR", T),
    ("Split", "HR", T, (43.51, 16.44)),
    ("Croatia", "HR", C),
    ("Međugorje", "BA", T),
    ("Blagaj", "BA", T, (43.26, 17.88)),
    ("Buna", "BA", N, (43.26, 17.88)),
    ("Počitelj", "BA", T, (43.13, 17.73)),
    ("Serbia", "RS", C),
    ("Montenegro", "ME", C),
    ("Slovenia", "SI", C),
    ("Sarajevo", "BA", T),
    ("Trebinje", "BA", T),
])

add("c", """A paved road changes life in Albania's remote Theth valley

SHKODËR, Albania (Euronews) - For most of its history, the mountain village of Theth was cut off from the rest of Albania for half the year, reachable only by a rough dirt track over a high pass that snow closed from November to May.

Since the road from Shkodër was paved, the village in the heart of the Accursed Mountains has been transformed. Guesthouses have multiplied, a new car park fills by mid-morning in summer, and minibuses from Shkodër and Tirana bring hundreds of day visitors.

"Twenty years ago there were eight families living here in winter. Now young people are coming back to open guesthouses," said Gjergj, who runs a guesthouse next to the village's stone lock-in tower. "My grandfather walked to Shkodra in two days to sell cheese."

The most popular hike leads over the Valbona Pass to the neighbouring Valbona valley, from where visitors can return by the ferry across Lake Koman, a reservoir on the Drin, to Koman and then by bus to Shkodër. The route is part of the Peaks of the Balkans trail, which crosses the borders of Albania, Montenegro and Kosovo.

Environmental groups have warned that unregulated construction threatens the landscape of the Theth National Park, and last year the government in Tirana halted work on several hotels. Campaigners also oppose plans for small hydropower plants on rivers in the Albanian Alps.

Most foreign hikers come from Germany, Poland, the Czech Republic and Israel, tourism officials say. Some continue north to Plav and Gusinje in Montenegro, while others cross into Kosovo towards Peja.""", [
    ("Albania", "AL", C),
    ("Theth", "AL", T),
    ("SHKODËR", "AL", T),
    ("Shkodër", "AL", T, (42.07, 19.51)),
    ("Accursed Mountains", "*", N),
    ("Tirana", "AL", T),
    ("Shkodra", "AL", T, (42.07, 19.51)),
    ("Valbona Pass", "AL", N),
    ("Valbona", "AL", N, (42.45, 19.89)),
    ("Lake Koman", "AL", N),
    ("Drin", "*", N),
    ("Koman", "AL", T, (42.10, 19.82)),
    ("Balkans", "*", Q),
    ("Montenegro", "ME", C),
    ("Kosovo", "XK", C),
    ("Theth National Park", "AL", N),
    ("Albanian Alps", "*", N),
    ("Germany", "DE", C),
    ("Poland", "PL", C),
    ("Czech Republic", "CZ", C),
    ("Israel", "IL", C),
    ("Plav", "ME", T),
    ("Gusinje", "ME", T),
    ("Peja", "XK", T),
])

add("c", """Forty thousand voices: Latvia's Song and Dance Festival fills Riga

RIGA (LSM) - Some 40,000 singers and dancers from every corner of Latvia and from the diaspora paraded through the centre of Riga on Sunday at the start of the Latvian Song and Dance Festival, one of the largest amateur choral events in the world.

The festival, held every five years since 1873 and listed by UNESCO together with those of Estonia and Lithuania, will end next Sunday with a concert at the Mežaparks Great Bandstand, on the northern edge of the capital, where choirs of more than 15,000 singers will perform together.

Choirs have travelled from Latgale, in the far east of the country, including from Daugavpils and Rēzekne, and from Kurzeme in the west, among them groups from Liepāja, Ventspils and Kuldīga. Folk dance ensembles from Valmiera and Cēsis, in Vidzeme, and from Jelgava, in Zemgale, will perform at the Daugava stadium.

About 2,000 participants came from Latvian communities abroad, including choirs from Ireland, the United Kingdom, Sweden, the United States, Canada and Australia. "My grandmother sang here in 1938. My mother sang here in Soviet times. Now it is my turn," said a 17-year-old soprano from Toronto.

The city has closed several streets along the Daugava embankment, and extra trains are running from Jūrmala and Ogre. Tickets for the final concert sold out within minutes, and organisers are broadcasting it on large screens in parks across Riga.

Estonia's own song festival was held in Tallinn last summer, while Lithuania's takes place in Vilnius next year.""", [
    ("Latvia", "LV", C),
    ("Riga", "LV", T),
    ("RIGA", "LV", T),
    ("Latvian", "LV", Q),
    ("Estonia", "EE", C),
    ("Lithuania", "LT", C),
    ("Mežaparks", "LV", T, (57.00, 24.14)),
    ("Latgale", "LV", N),
    ("Daugavpils", "LV", T),
    ("Rēzekne", "LV", T),
    ("Kurzeme", "LV", N),
    ("Liepāja", "LV", T),
    ("Ventspils", "LV", T),
    ("Kuldīga", "LV", T),
    ("Valmiera", "LV", T),
    ("Cēsis", "LV", T),
    ("Vidzeme", "LV", N),
    ("Jelgava", "LV", T),
    ("Zemgale", "LV", N),
    ("Daugava#1", "LV", Q),
    ("Daugava#2", "*", N),
    ("Ireland", "IE", C),
    ("United Kingdom", "GB", C),
    ("Sweden", "SE", C),
    ("United States", "US", C),
    ("Canada", "CA", C),
    ("Australia", "AU", C),
    ("Soviet", "*", Q),
    ("Toronto", "CA", T),
    ("Jūrmala", "LV", T),
    ("Ogre", "LV", T),
    ("Tallinn", "EE", T),
    ("Vilnius", "LT", T),
])

add("c", """In the land of the Carniolan bee, Slovenia's beekeepers honour their pioneer

ŽIROVNICA, Slovenia (STA) - In the village of Breznica, at the foot of the Karawanks, a restored wooden apiary stands next to the house where Anton Janša, the father of modern beekeeping, was born in 1734. On Tuesday, beekeepers from across Slovenia gathered there to mark World Bee Day, which the United Nations declared in his honour.

Janša left his village in Upper Carniola to study painting in Vienna, but became the first official teacher of beekeeping at the court of Empress Maria Theresa. His methods spread across the Habsburg lands and beyond.

Slovenia, a country of two million people, has around 10,000 beekeepers, and the native Carniolan honey bee is the only bee that may be kept in the country. Painted beehive front panels, a folk art unique to the region, can be seen at the Museum of Apiculture in Radovljica, a few kilometres from Žirovnica.

"Bees are part of our identity," said a beekeeper from Bohinj, whose hives stand in alpine meadows in the Julian Alps below Triglav. "Every village had its apiary."

Apitourism, in which visitors stay with beekeepers, sample honey and even sleep next to hives, has become a niche business around Bled, Kranj and Ljubljana. Many of the visitors come from Austria, Italy and Japan.

But beekeepers in Gorenjska and elsewhere are worried. Losses over the winter rose to almost a third of colonies, which they blame on the varroa mite, pesticides and a warmer climate. Beekeepers from neighbouring Carinthia in Austria and Friuli in Italy will join a conference in Ljubljana next month on how to protect the Carniolan bee.""", [
    ("Carniolan", "SI", Q),
    ("Slovenia", "SI", C),
    ("ŽIROVNICA", "SI", T),
    ("Breznica", "SI", T, (46.41, 14.15)),
    ("Karawanks", "*", N),
    ("Upper Carniola", "SI", N),
    ("Vienna", "AT", T),
    ("Habsburg", "-", N),
    ("Radovljica", "SI", T),
    ("Žirovnica", "SI", T),
    ("Bohinj", "SI", N),
    ("Julian Alps", "*", N),
    ("Triglav", "SI", N),
    ("Bled", "SI", T),
    ("Kranj", "SI", T),
    ("Ljubljana", "SI", T),
    ("Austria", "AT", C),
    ("Italy", "IT", C),
    ("Japan", "JP", C),
    ("Gorenjska", "SI", N),
    ("Carinthia", "AT", A),
    ("Friuli", "IT", N),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
