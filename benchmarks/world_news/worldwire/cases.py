"""worldwire: 24 held-out full-length world-news articles (280-420 words each) in the style of
Reuters, AP, AFP, Bloomberg, the BBC, The Guardian and national papers, covering countries and
regions the usual news sets neglect.

Written by a helper that read neither geomap's source (geomap/) nor any other set's cases.py,
and that did not run geomap on these articles. Events, people's quotes and some names are
invented; places are real (checked against GeoNames where possible).

Genres:
  a  Europe's edges and Central Asia: Tromso and the Barents Sea, Narva/Daugavpils/Gotland,
     Mostar, Prizren/Tetovo/Novi Sad, Batumi and Georgia, the Fergana Valley to Turkmenbashi
     and Nukus, Moldova and Transnistria, Cyprus (8 articles)
  b  Africa and the Middle East beyond the headlines: Sfax, Oujda/Tamanrasset, West African
     cocoa (Bouake, Kumasi, Tamale), Berbera/Hargeisa/Bahir Dar/Massawa, the Copperbelt to
     Beira and Bulawayo, Iraqi Kurdistan/Basra and Oman (Sohar, Duqm), Ziguinchor and
     Casamance, a cyclone over Madagascar and Mauritius (8 articles)
  c  Asia-Pacific and the Americas: Honiara, Pacific climate (Apia, Nuku'alofa), Mandalay,
     Southeast Asian second cities (Luang Prabang, Battambang, Davao, Surabaya), South Asian
     athletics in Pokhara (Jaffna, Sylhet, Male), the Caribbean (Port-au-Prince, Santo Domingo,
     Bridgetown, Paramaribo), the Andes (Potosi, Cusco, Arequipa, Cuenca), Patagonian
     wildfires (8 articles)

Conventions:
  - Format as in ../article_runner.py: (surface, country ISO2, kind[, hint]).
  - Every map-able place is listed, each occurrence, including ALL-CAPS datelines; a place
    used for its government ("Moscow denied") is the place.
  - Demonyms and adjectives ("Russian", "Haitian", "Pacific ministers", "Andean") have kind
    Q ("?"): debatable, not counted.
  - Organisations, airports, stadiums, streets, projects containing a place name ("University
    of Sfax", "Vilnius airport", "Kuwait Petroleum International") are listed as Q with the
    country meant, so a result there in that country is ignored.
  - People, firms and things named like places ("Jordan Peele", "Sydney Sweeney", "Kenya
    Airways", "Air Moldova", "Bank of Georgia", "Emirates", President "Paz") have country
    "-" (any result there is spurious).
  - Namesakes carry a (lat, lon) hint (or a US state code): Georgia (country and US state),
    Victoria (Seychelles, Australian state), Tripoli (Libya, Lebanon), Santa Cruz (Bolivia,
    Argentine province), Newcastle (England, New South Wales), Perth, Alexandria, Valencia,
    Hyderabad (Sindh), Kingston, Georgetown, San Jose, Santiago (Dominican Republic, Chile),
    Cordoba, Concepcion, La Paz, Salvador, Trinidad, Saint-Denis (Reunion), St. George's.
  - Rivers, seas, mountains, islands and macro-regions have kind N; those spanning countries
    have country "*".
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- a1 Tromso (Reuters)
add("a", """Norway and Russia extend Barents Sea cod deal despite strained ties

By Gwladys Fouche

TROMSØ, Norway (Reuters) - Norway and Russia agreed on Friday to roll over their joint cod quotas in the Barents Sea for another year, keeping alive one of the last working channels between Oslo and Moscow after talks in the Arctic city of Tromsø stretched into a third night.

The Joint Norwegian-Russian Fisheries Commission, which has managed stocks since 1976, set next year's northeast Arctic cod quota at 340,000 tonnes, a cut of a fifth that fishermen from Finnmark to Lofoten had feared would be deeper.

"This is not a friendly relationship, but the fish do not respect borders," Norway's fisheries minister told reporters outside the talks. "Without this agreement, the cod in the Barents would be overfished within a few years."

Moscow has accused Oslo of discriminating against Russian trawlers, which may only land catches at three Norwegian ports - Tromsø, Kirkenes and Båtsfjord - and face inspections there. Russia's delegation, led by Ilya Shestakov of the federal fisheries agency Rosrybolovstvo, repeated a threat to bar Norwegian vessels from its economic zone off the Kola Peninsula.

The row has spilled into the Svalbard archipelago, where Russia operates a coal mine at Barentsburg and where Norway last year tightened rules on fishing in the zone around the islands. Officials in Murmansk, home port of most of Russia's northern fleet, said any sanctions on Russian fishing companies would be "met with a mirror response".

In Hammerfest and Vardø, where processing plants depend on Russian-caught raw fish, the deal was met with relief. "Half of what we fillet comes from Russian boats," said Tor Arne Eriksen, manager of a fish plant in Båtsfjord. "If they stop coming, this town dies."

Norwegian seafood exports hit 175 billion crowns last year, with cod sold fresh to buyers in Boulogne-sur-Mer, Aveiro in Portugal and Grimsby. British fish-and-chip shops from Newcastle to Aberdeen rely heavily on Barents Sea cod and haddock, the industry body Seafish said.

The commission's next session will be held in Russia. The European Union, which shares some northern stocks through its own agreements with Norway and Greenland, is not a party to the talks.

(Reporting by Gwladys Fouche in Oslo; additional reporting by Lidia Kelly in Melbourne; Editing by Andrew Heavens)""", [
    ("Norway", "NO", C),
    ("Russia", "RU", C),
    ("Barents Sea", "*", N),
    ("Barents", "*", N),
    ("TROMSØ", "NO", T),
    ("Tromsø", "NO", T),
    ("Oslo", "NO", T),
    ("Moscow", "RU", T),
    ("Arctic", "*", Q),
    ("Norwegian", "NO", Q),
    ("Russian", "RU", Q),
    ("Finnmark", "NO", N),
    ("Lofoten", "NO", N),
    ("Kirkenes", "NO", T),
    ("Båtsfjord", "NO", T),
    ("Kola Peninsula", "RU", N),
    ("Svalbard", "SJ|NO", N),
    ("Barentsburg", "SJ|NO", N, (78.06, 14.22)),
    ("Murmansk", "RU", T),
    ("Hammerfest", "NO", T),
    ("Vardø", "NO", T),
    ("Boulogne-sur-Mer", "FR", T),
    ("Aveiro", "PT", T),
    ("Portugal", "PT", C),
    ("Grimsby", "GB", T),
    ("British", "GB", Q),
    ("Newcastle", "GB", T, (54.97, -1.61)),
    ("Aberdeen", "GB", T, (57.15, -2.10)),
    ("European Union", "*", Q),
    ("Greenland", "GL|DK", N),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
])

# ---------------------------------------------------------------- a2 Narva (AFP)
add("a", """In Estonia's Narva, a bridge to Russia falls silent

NARVA, Estonia (AFP) - On a grey morning the Friendship Bridge over the Narva River is empty save for a border guard and a few pensioners wheeling shopping trolleys towards Ivangorod, the Russian town whose medieval fortress glares back across the water at Narva's Hermann Castle.

Estonia closed the crossing to cars last year and has since lined the riverbank with concrete "dragon's teeth", part of a Baltic Defence Line being built with Latvia and Lithuania along their borders with Russia and Belarus.

"Before, I went to Ivangorod for petrol and to Saint Petersburg to see my sister," said Galina, 71, who declined to give her surname. "Now it is a whole day through Latvia and Pskov, if they let you through at all."

Narva, Estonia's third-largest city, is overwhelmingly Russian-speaking. Tallinn has pushed to switch schools in Ida-Viru County to Estonian-language teaching and has stripped Russian and Belarusian citizens of the right to vote in local elections, a move Moscow called "apartheid".

The pattern repeats about 400 kilometres to the south in Daugavpils, Latvia's second city, where the Daugava River bends towards the Belarusian frontier. Riga has fenced much of the border with Belarus after thousands of migrants were pushed across from the Vitebsk and Grodno regions, and Latvian police say attempted crossings near Daugavpils and Krāslava rose again this summer.

Lithuania, which shut two of its six crossings with Belarus in 2023, blames Minsk for balloons carrying contraband cigarettes that have repeatedly closed Vilnius airport.

Across the Baltic Sea, Sweden has stationed a permanent garrison on Gotland, the island whose port of Visby lies about 350 kilometres from the Russian exclave of Kaliningrad. Swedish officers, whose country joined NATO last year, now train alongside Finnish and Estonian troops on the island.

In Narva, the deputy mayor said the city wanted investment rather than fortifications. "People here watch Russian television, but they take their pensions in euros," he said. "Narva is Europe. We need Tallinn and Brussels to remember that."

Estonia's economy ministry says unemployment in Ida-Viru, once a hub of oil shale mining around Kohtla-Järve and Sillamäe, stands at almost 11 percent, nearly double the national average.""", [
    ("Estonia", "EE", C),
    ("NARVA", "EE", T),
    ("Narva River", "EE|RU", N),
    ("Narva", "EE", T),
    ("Russia", "RU", C),
    ("Friendship Bridge", "EE|RU", Q),
    ("Ivangorod", "RU", T),
    ("Russian", "RU", Q),
    ("Hermann Castle", "EE", Q),
    ("Baltic Defence Line", "*", Q),
    ("Latvia", "LV", C),
    ("Lithuania", "LT", C),
    ("Belarus", "BY", C),
    ("Saint Petersburg", "RU", T),
    ("Pskov", "RU", N),
    ("Tallinn", "EE", T),
    ("Ida-Viru", "EE", A),
    ("Estonian", "EE", Q),
    ("Belarusian", "BY", Q),
    ("Moscow", "RU", T),
    ("Daugavpils", "LV", T),
    ("Daugava River", "*", N),
    ("Riga", "LV", T),
    ("Vitebsk", "BY", A),
    ("Grodno", "BY", A),
    ("Latvian", "LV", Q),
    ("Krāslava", "LV", T),
    ("Minsk", "BY", T),
    ("Vilnius airport", "LT", Q),
    ("Baltic Sea", "*", N),
    ("Sweden", "SE", C),
    ("Gotland", "SE", N),
    ("Visby", "SE", T),
    ("Kaliningrad", "RU", N),
    ("Swedish", "SE", Q),
    ("Finnish", "FI", Q),
    ("Europe", "*", N),
    ("Brussels", "BE", T),
    ("Kohtla-Järve", "EE", T),
    ("Sillamäe", "EE", T),
])

# ---------------------------------------------------------------- a3 Mostar (Reuters)
add("a", """Mostar votes again as Bosnia's divided city tests fragile truce

By Daria Sito-Sucic

MOSTAR, Bosnia and Herzegovina (Reuters) - Voters in Mostar, the southern Bosnian city split between Croats and Bosniaks since the 1992-95 war, went to the polls on Sunday in only the second municipal election held there since 2008, with turnout hampered by heavy rain along the Neretva valley.

The city's famous Old Bridge, destroyed by Croat artillery in 1993 and rebuilt with international money in 2004, was closed to tourists for much of the day as police from across Herzegovina-Neretva Canton guarded polling stations on both banks of the Neretva.

Mostar went twelve years without a vote after Bosnia's Constitutional Court struck down its electoral rules in 2010. A deal brokered in 2020 by the European Union and the United States allowed the Croat HDZ party and the Bosniak SDA to share power, but critics say the city is still run from Zagreb and Sarajevo rather than by its own council.

"My children went to school in the east, my husband's family lives in the west, and the rubbish still is not collected on either side," said Amra Kovač, 52, a teacher voting near the Rondo roundabout.

The outcome will be watched in Banja Luka, capital of the Serb-dominated Republika Srpska, where secessionist leader Milorad Dodik has been fighting a conviction handed down by the state court in Sarajevo. Analysts say a breakdown in Mostar would feed Dodik's argument that Bosnia cannot work.

Croatia, Bosnia's neighbour and an EU member, has invested heavily in the west of the city, and a new motorway section from Počitelj towards the Croatian border near Metković opened this spring. Tourism bosses in Dubrovnik and Split, which send tens of thousands of day-trippers to Mostar and the nearby Kravica waterfalls each summer, have urged calm.

Results from all 74 polling stations were expected by Monday morning, the Central Election Commission said. By-elections for mayor were also held in Stolac and Čapljina, two smaller towns downstream.

Christian Schmidt, the international High Representative in Bosnia, said he would not hesitate to impose measures if the new council failed to adopt a budget.

(Reporting by Daria Sito-Sucic in Sarajevo; Editing by Ivana Sekularac in Belgrade)""", [
    ("Mostar", "BA", T),
    ("MOSTAR", "BA", T),
    ("Bosnia and Herzegovina", "BA", C),
    ("Bosnia", "BA", C),
    ("Bosnian", "BA", Q),
    ("Croats", "BA|HR", Q),
    ("Croat", "BA|HR", Q),
    ("Bosniaks", "BA", Q),
    ("Bosniak", "BA", Q),
    ("Neretva", "BA|HR", N),
    ("Old Bridge", "BA", Q),
    ("Herzegovina-Neretva Canton", "BA", A),
    ("European Union", "*", Q),
    ("United States", "US", C),
    ("Zagreb", "HR", T),
    ("Sarajevo", "BA", T),
    ("Rondo", "BA", Q),
    ("Banja Luka", "BA", T),
    ("Serb", "BA|RS", Q),
    ("Republika Srpska", "BA", A),
    ("Croatia", "HR", C),
    ("Počitelj", "BA", T),
    ("Croatian", "HR", Q),
    ("Metković", "HR", T),
    ("Dubrovnik", "HR", T),
    ("Split", "HR", T),
    ("Kravica", "BA", N),
    ("Stolac", "BA", T),
    ("Čapljina", "BA", T),
    ("Belgrade", "RS", T),
])

# ---------------------------------------------------------------- a4 Prizren (AFP)
add("a", """Balkan documentaries draw Hollywood names to Kosovo's Prizren

PRIZREN, Kosovo (AFP) - Beneath the Ottoman-era Sinan Pasha mosque, where the Bistrica river runs through the old town, hundreds of film fans crowded the riverside screen on Saturday as Dokufest, the Balkans' largest documentary festival, opened its 24th edition in Kosovo's second city.

This year the festival drew unusual star power. American director Jordan Peele, in Prizren to present a restored horror classic, told a packed open-air cinema that he had "never seen an audience like this one", while actress Sydney Sweeney was spotted buying filigree silver in the bazaar.

But organisers insisted the main draw remained the region's own films. The opening documentary, by a collective from Novi Sad, follows the students who have led months of protests across Serbia since the deadly collapse of a railway station canopy in the northern city in November 2024. It was shown to a standing ovation, despite the tensions between Belgrade and Pristina.

"A film from Novi Sad opening a festival in Prizren: ten years ago that would have been impossible," said the festival's artistic director. "Cinema travels where politicians cannot."

Other films in competition come from Tetovo, the largely ethnic Albanian city in North Macedonia's northwest, from Tirana and Shkodër in Albania, and from Mitrovica, the divided town in northern Kosovo where the Ibar river separates Albanian and Serb communities.

Kosovo, which declared independence from Serbia in 2008, is recognised by more than 100 countries but not by Belgrade, Moscow or five European Union members including Spain and Greece. Most visitors this week arrived via Skopje airport, and a new bus line from Tetovo across the Šar Mountains to Prizren was packed, local media reported.

Prizren's mayor said hotels were fully booked and that the town of about 180,000 had welcomed guests from Germany, Switzerland and the diaspora in Sweden. The festival runs until next Sunday, with late-night screenings inside the fortress overlooking the town.""", [
    ("Balkan", "*", Q),
    ("Hollywood", "US", Q),
    ("Kosovo", "XK", C),
    ("Prizren", "XK", T),
    ("PRIZREN", "XK", T),
    ("Bistrica", "XK", N, (42.21, 20.74)),
    ("Balkans", "*", N),
    ("American", "US", Q),
    ("Jordan Peele", "-", N),
    ("Sydney Sweeney", "-", N),
    ("Novi Sad", "RS", T),
    ("Serbia", "RS", C),
    ("Belgrade", "RS", T),
    ("Pristina", "XK", T),
    ("Tetovo", "MK", T),
    ("Albanian", "AL|MK|XK", Q),
    ("North Macedonia", "MK", C),
    ("Tirana", "AL", T),
    ("Shkodër", "AL", T),
    ("Albania", "AL", C),
    ("Mitrovica", "XK", T, (42.89, 20.87)),
    ("Ibar", "RS|XK", N),
    ("Serb", "RS|XK", Q),
    ("Moscow", "RU", T),
    ("European Union", "*", Q),
    ("Spain", "ES", C),
    ("Greece", "GR", C),
    ("Skopje airport", "MK", Q),
    ("Šar Mountains", "*", N),
    ("Germany", "DE", C),
    ("Switzerland", "CH", C),
    ("Sweden", "SE", C),
])

# ---------------------------------------------------------------- a5 Batumi (Reuters)
add("a", """Batumi's building boom tests Georgia's tilt away from Europe

By Felix Light

BATUMI, Georgia (Reuters) - Cranes crowd the skyline of Batumi, the Georgian resort on the Black Sea where Russian, Israeli and Gulf money has fuelled a decade-long tower boom, even as the country's political crisis drives Western investors away.

Property sales in the Adjara region rose 18% in the first half of the year, according to the state statistics office, with buyers from Russia, Turkey, Iran and Kazakhstan accounting for most foreign deals. Direct flights now link Batumi with Tel Aviv, Istanbul, Almaty and Dubai.

"The Russians come for the sea, the Turks for the casinos, and everyone for the taxes," said Giorgi Beridze, a developer whose 40-storey block overlooks the port. "Tbilisi can argue with Brussels; Batumi just keeps building."

The ruling Georgian Dream party suspended talks on joining the European Union last year, triggering nightly protests on Rustaveli Avenue in Tbilisi and smaller rallies in Kutaisi and Batumi itself. Washington and several EU capitals have since imposed sanctions on Georgian officials.

Lenders are cautious. Bank of Georgia, the country's largest bank, said in its quarterly report that mortgage growth in Adjara was outpacing its ability to assess risk, and rival TBC Bank has tightened rules for buyers from abroad.

The port of Poti, about 70 kilometres north along the coast, and the planned deep-water port at Anaklia are meant to turn Georgia into a link in the Middle Corridor trade route from China to Europe that bypasses Russia. A Chinese-led consortium won the Anaklia contract last year, a move that unsettled Washington.

Not all the investors are foreign. Among the newest projects is a hotel backed by Georgian diaspora businessmen from Atlanta, Georgia, who said they were drawn by the nearby Sarpi border crossing with Turkey, a short drive from the Turkish town of Hopa and the coastal highway to Trabzon.

Armenia and Azerbaijan, which initialled a peace deal in Washington in August, are also eyeing the coast: Yerevan wants rail access to Batumi via Georgia, while Baku already ships oil through the Kulevi terminal near Poti.

(Reporting by Felix Light in Tbilisi; Editing by Mark Trevelyan)""", [
    ("Batumi", "GE", T),
    ("BATUMI", "GE", T),
    ("Georgia#1,2,4,6", "GE", C),
    ("Georgia#5", "US", A, "US.GA"),
    ("Bank of Georgia", "-", N),
    ("Europe", "*", N),
    ("Georgian Dream", "GE", Q),
    ("Georgian", "GE", Q),
    ("Black Sea", "*", N),
    ("Russian", "RU", Q),
    ("Israeli", "IL", Q),
    ("Gulf", "*", Q),
    ("Western", "*", Q),
    ("Adjara", "GE", A),
    ("Russia", "RU", C),
    ("Turkey", "TR", C),
    ("Iran", "IR", C),
    ("Kazakhstan", "KZ", C),
    ("Tel Aviv", "IL", T),
    ("Istanbul", "TR", T),
    ("Almaty", "KZ", T),
    ("Dubai", "AE", T),
    ("Russians", "RU", Q),
    ("Turks", "TR", Q),
    ("Tbilisi", "GE", T),
    ("Brussels", "BE", T),
    ("European Union", "*", Q),
    ("Rustaveli Avenue", "GE", Q),
    ("Kutaisi", "GE", T),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Poti", "GE", T),
    ("Anaklia", "GE", T),
    ("Middle Corridor", "*", Q),
    ("China", "CN", C),
    ("Chinese", "CN", Q),
    ("Atlanta", "US", T, "US.GA"),
    ("Sarpi", "GE", T),
    ("Turkish", "TR", Q),
    ("Hopa", "TR", T),
    ("Trabzon", "TR", T),
    ("Armenia", "AM", C),
    ("Azerbaijan", "AZ", C),
    ("Yerevan", "AM", T),
    ("Baku", "AZ", T),
    ("Kulevi", "GE", N, (42.27, 41.66)),
])

# ---------------------------------------------------------------- a6 Central Asia (Bloomberg)
add("a", """Central Asia's Forgotten Cities Ride the China-Europe Trade Boom

By Nariman Gizitdinov and Kamila Ismailova

(Bloomberg) -- Trucks loaded with Chinese electronics queue for kilometers outside Osh, the ancient Silk Road city in southern Kyrgyzstan, waiting to cross into Uzbekistan. About 270 kilometers to the west in Khujand, Tajikistan's northern industrial hub, a new customs terminal opened this month on the highway to Tashkent.

The traffic is a sign of how the Fergana Valley, carved up by Soviet-era borders that sparked deadly clashes between Kyrgyzstan and Tajikistan as recently as 2022, is becoming a transit zone for goods moving between China and Europe while avoiding Russia. A border treaty signed in Bishkek in March and ratified in Dushanbe weeks later settled the last disputed stretches near Batken and Isfara.

"Five years ago you could not drive from Osh to Khujand without worrying about being shot at," said a former Kyrgyz deputy minister who now advises logistics firms. "Now the question is whether the roads can carry the load."

Freight on the China-Kyrgyzstan-Uzbekistan corridor through the Irkeshtam pass rose 40% last year, according to the Eurasian Development Bank. Construction of a railway linking Kashgar in China's Xinjiang region with Andijan in Uzbekistan via Jalal-Abad began in December.

Farther west, the route depends on ports on the Caspian Sea. Turkmenistan has spent $1.5 billion on the port of Turkmenbashi, which ferries trucks to Baku in Azerbaijan and on to Georgia and Turkey, while Kazakhstan is expanding Aktau and Kuryk.

In Nukus, capital of Uzbekistan's autonomous Karakalpakstan region, officials hope a new highway to the Turkmen border will draw some of that traffic. The region, where deadly protests in 2022 forced President Shavkat Mirziyoyev to drop plans to curb its autonomy, has been left impoverished by the shrinking of the Aral Sea.

"We were a fishing region that lost its water," said Nukus-based economist Bakhtiyor Allanazarov. "Maybe we can become a trucking region."

Analysts caution that Moscow still has leverage. Most Central Asian labor migrants work in Russia, and the Kremlin-led Eurasian Economic Union, which includes Kyrgyzstan and Kazakhstan, sets tariffs for much of the region. Ashgabat, Dushanbe and Tashkent remain outside it.

--With assistance from Aliya Bazarbayeva in Almaty.""", [
    ("Central Asia", "*", N),
    ("Central Asian", "*", Q),
    ("China", "CN", C),
    ("Europe", "*", N),
    ("Chinese", "CN", Q),
    ("Osh", "KG", T),
    ("Silk Road", "*", Q),
    ("Kyrgyzstan", "KG", C),
    ("Uzbekistan", "UZ", C),
    ("Khujand", "TJ", T),
    ("Tajikistan", "TJ", C),
    ("Tashkent", "UZ", T),
    ("Fergana Valley", "*", N),
    ("Russia", "RU", C),
    ("Bishkek", "KG", T),
    ("Dushanbe", "TJ", T),
    ("Batken", "KG", T),
    ("Isfara", "TJ", T),
    ("Kyrgyz", "KG", Q),
    ("Irkeshtam", "KG|CN", N),
    ("Eurasian Development Bank", "*", Q),
    ("Kashgar", "CN", T),
    ("Xinjiang", "CN", A),
    ("Andijan", "UZ", T),
    ("Jalal-Abad", "KG", T, (40.93, 73.00)),
    ("Caspian Sea", "*", N),
    ("Turkmenistan", "TM", C),
    ("Turkmenbashi", "TM", T),
    ("Baku", "AZ", T),
    ("Azerbaijan", "AZ", C),
    ("Georgia", "GE", C),
    ("Turkey", "TR", C),
    ("Kazakhstan", "KZ", C),
    ("Aktau", "KZ", T),
    ("Kuryk", "KZ", T),
    ("Nukus", "UZ", T),
    ("Karakalpakstan", "UZ", A),
    ("Turkmen", "TM", Q),
    ("Aral Sea", "*", N),
    ("Moscow", "RU", T),
    ("Kremlin", "RU", Q),
    ("Eurasian Economic Union", "*", Q),
    ("Ashgabat", "TM", T),
    ("Almaty", "KZ", T),
])

# ---------------------------------------------------------------- a7 Moldova / Transnistria (Reuters)
add("a", """Transnistria shivers as gas cut-off pushes breakaway region towards Chisinau

By Alexander Tanas

CHISINAU/TIRASPOL, Moldova (Reuters) - Pensioners in Tiraspol queued for firewood on Thursday as Transnistria, the pro-Russian breakaway sliver of Moldova along the Dniester river, entered its third week without piped gas, with authorities in Chisinau offering help that the separatist leadership has so far refused.

Russian supplies through Ukraine stopped at the start of last year when Kyiv declined to renew the transit deal, and a stop-gap arrangement financed through a Hungarian-registered trader collapsed this month. The Kuchurgan power station, which once supplied most of Moldova's electricity from Transnistria, has switched to coal, and rolling blackouts have spread to Bender and Rîbnița.

"We have lived through war and through the collapse of the Soviet Union, but never through a winter like this," said Lyudmila, 68, outside a shop on Tiraspol's October 25 Street.

Moldovan President Maia Sandu, whose pro-European Action and Solidarity party kept its majority in September's parliamentary election, accused Moscow of engineering the crisis to destabilise the country. "The Kremlin would rather freeze its own supporters than let them see that Europe is warmer," she said in Chisinau.

Moldova now buys most of its power from Romania over the Isaccea-Vulcănești line and a newer link from Iași to Ungheni, and has promised to extend subsidies to households in Gagauzia, the Turkic-speaking autonomous region around Comrat where pro-Russian sentiment runs high, and in the northern city of Bălți.

Air Moldova, the state carrier grounded in 2023 after its licence was suspended, has not resumed flights, and most international routes out of Chisinau are now flown by Romanian and Hungarian low-cost airlines.

Kyiv has offered to ship gas from storage in western Ukraine via Odesa and the Moldovan border at Palanca, but Vadim Krasnoselsky, the Transnistrian leader, said the region would accept help only from "our partners in Moscow". Hungary has also offered to broker deliveries through TurkStream, which lands Russian gas in Turkey and runs on to Bulgaria and Serbia.

About 1,500 Russian troops remain in Transnistria, including guards at the Cobasna ammunition depot near the Ukrainian border, one of the largest in Europe.

(Reporting by Alexander Tanas in Chisinau; additional reporting by Tom Balmforth in Kyiv; Editing by Gareth Jones)""", [
    ("Transnistria", "MD", N),
    ("Transnistrian", "MD", Q),
    ("Chisinau", "MD", T),
    ("CHISINAU", "MD", T),
    ("TIRASPOL", "MD", T),
    ("Moldova", "MD", C),
    ("Tiraspol", "MD", T),
    ("pro-Russian", "RU", Q),
    ("Russian", "RU", Q),
    ("Dniester", "MD|UA", N),
    ("Ukraine", "UA", C),
    ("Kyiv", "UA", T),
    ("Hungarian", "HU", Q),
    ("Kuchurgan", "MD|UA", Q),
    ("Bender", "MD", T, (46.83, 29.48)),
    ("Rîbnița", "MD", T),
    ("Soviet Union", "*", Q),
    ("October 25 Street", "MD", Q),
    ("Moldovan", "MD", Q),
    ("pro-European", "*", Q),
    ("Moscow", "RU", T),
    ("Kremlin", "RU", Q),
    ("Europe", "*", N),
    ("Romania", "RO", C),
    ("Isaccea", "RO", T),
    ("Vulcănești", "MD", T),
    ("Iași", "RO", T),
    ("Ungheni", "MD", T),
    ("Gagauzia", "MD", A),
    ("Comrat", "MD", T),
    ("Bălți", "MD", T),
    ("Air Moldova", "-", N),
    ("Romanian", "RO", Q),
    ("Odesa", "UA", T),
    ("Palanca", "MD", T, (46.41, 30.09)),
    ("Hungary", "HU", C),
    ("Turkey", "TR", C),
    ("Bulgaria", "BG", C),
    ("Serbia", "RS", C),
    ("Cobasna", "MD", N),
    ("Ukrainian", "UA", Q),
])

# ---------------------------------------------------------------- a8 Cyprus (AP)
add("a", """Cyprus reunification talks resume as boats from Lebanon strain Larnaca

By Menelaos Hadjicostis

NICOSIA, Cyprus (AP) — United Nations-backed talks on reunifying Cyprus resumed Monday in the buffer zone that cuts through the capital, Nicosia, as the island's government grappled with a new wave of boats carrying Syrian refugees from Lebanon.

U.N. envoy María Ángela Holguín hosted Cypriot President Nikos Christodoulides and Turkish Cypriot leader Tufan Erhürman at the old Nicosia airport, abandoned since the 1974 Turkish invasion that followed a coup backed by the junta then ruling in Athens. Erhürman, elected in October on a promise to revive talks, has broken with his predecessor's demand for a two-state deal, a position still favored by Ankara.

"We are not naive, but for the first time in years both sides are talking about the same thing," Christodoulides told reporters.

The talks opened as coast guard vessels escorted two more fishing boats into Larnaca harbor, bringing to more than 600 the number of people who have arrived this month from the northern Lebanese port of Tripoli, about 200 kilometers to the east. Many said they had fled fighting in Syria's Homs and Idlib provinces before crossing into Lebanon.

Cyprus has struck deals with Beirut and the European Union to curb departures, and a new processing center is due to open near Limassol, the island's main port and home to large Russian and Israeli business communities. Officials say the Pournara reception camp outside Nicosia is already at twice its capacity.

In the north, where some 30,000 Turkish troops remain, authorities in Kyrenia and Famagusta have reported a separate rise in arrivals by air and sea from Mersin and Alanya in southern Turkey, many of whom cross the Green Line into the Republic of Cyprus to claim asylum.

Greece, a guarantor power along with Turkey and the United Kingdom, welcomed the restart. Britain keeps two sovereign base areas on the island, at Akrotiri and Dhekelia, which have also received migrant boats in the past.

Holguín said she would visit Athens, Ankara and London before a wider informal meeting planned for New York in the spring. New crossing points near Pyla and in the Troodos foothills near Lefka could open if the talks go well, diplomats said.""", [
    ("Cyprus", "CY", C),
    ("Republic of Cyprus", "CY", C),
    ("Lebanon", "LB", C),
    ("Larnaca", "CY", T),
    ("NICOSIA", "CY", T),
    ("Nicosia#1,3", "CY", T),
    ("Nicosia#2", "CY", Q),
    ("Syrian", "SY", Q),
    ("Cypriot", "CY", Q),
    ("Turkish", "TR", Q),
    ("Athens", "GR", T),
    ("Ankara", "TR", T),
    ("Lebanese", "LB", Q),
    ("Tripoli", "LB", T, (34.44, 35.85)),
    ("Syria", "SY", C),
    ("Homs", "SY", A),
    ("Idlib", "SY", A),
    ("Beirut", "LB", T),
    ("European Union", "*", Q),
    ("Limassol", "CY", T),
    ("Russian", "RU", Q),
    ("Israeli", "IL", Q),
    ("Pournara", "CY", Q),
    ("Kyrenia", "CY", T),
    ("Famagusta", "CY", T),
    ("Mersin", "TR", T),
    ("Alanya", "TR", T),
    ("Turkey", "TR", C),
    ("Green Line", "CY", N),
    ("Greece", "GR", C),
    ("United Kingdom", "GB", C),
    ("Britain", "GB", C),
    ("Akrotiri", "CY|GB", N, (34.6, 32.97)),
    ("Dhekelia", "CY|GB", N, (34.98, 33.74)),
    ("London", "GB", T, (51.51, -0.13)),
    ("New York", "US", T, (40.71, -74.01)),
    ("Pyla", "CY", N, (35.02, 33.69)),
    ("Troodos", "CY", N),
    ("Lefka", "CY", T),
])

# ---------------------------------------------------------------- b1 Sfax (Reuters)
add("b", """Tunisia's olive oil city Sfax caught between record harvest and migrant crackdown

By Tarek Amara

SFAX, Tunisia (Reuters) - Olive pickers in the groves around Sfax are bringing in what Tunisia's agriculture ministry expects to be a record harvest of 340,000 tonnes of oil, but in the city's port and in the makeshift camps near El Amra and Jebeniana, the talk is of boats, not olives.

Tunisia's second city has become a main departure point for migrants trying to reach the Italian island of Lampedusa, about 190 kilometres across the Mediterranean. Thousands of people from Guinea, Côte d'Ivoire, Sudan and Mali live in tents among the olive trees north of the city after being evicted from central Sfax in 2023.

"The farmers need workers and the workers need papers. Nobody in Tunis wants to admit it," said a geographer at the University of Sfax who asked not to be named.

Under a 2023 deal with the European Union, Tunisia receives funding to stop departures, and Italian figures show arrivals from Tunisia have fallen by more than 70 percent since then. Rights groups say migrants have been bussed to the Algerian and Libyan borders and left in the desert near Kasserine and Ben Gardane. President Kais Saied has called irregular migration a plot to change Tunisia's demographic make-up.

The olive sector, meanwhile, is racing to sell. Prices fell by nearly half this year as Spain, the world's largest producer, recovered from drought. Exporters in Sfax ship bulk oil to Valencia and Livorno, and to bottlers in Jaén, and are seeking new buyers in the United States and Brazil.

"A good harvest at a bad price is still better than no harvest," said Abdellatif Ghedira, a grower from the Kerkennah islands, where fishermen have also been accused of selling boats to smugglers.

Across the border in Libya, the UN-recognised government in Tripoli has stepped up patrols near Zuwara, another launch point, with boats supplied by Rome. Egyptian fishermen from Alexandria and Kafr el-Sheikh make up a growing share of those intercepted off eastern Libya, Italian coastguards say.

Tunisia's economy grew 1.4% last year. Unemployment in Sfax is below the national average, but the region has lost industrial jobs in phosphate processing, with the chemical complex at Gabès running at half capacity.

(Reporting by Tarek Amara; Editing by Alex Richardson)""", [
    ("Tunisia", "TN", C),
    ("Sfax", "TN", T),
    ("SFAX", "TN", T),
    ("University of Sfax", "TN", Q),
    ("El Amra", "TN", N),
    ("Jebeniana", "TN", T),
    ("Italian", "IT", Q),
    ("Lampedusa", "IT", N),
    ("Mediterranean", "*", N),
    ("Guinea", "GN", C),
    ("Côte d'Ivoire", "CI", C),
    ("Sudan", "SD", C),
    ("Mali", "ML", C),
    ("Tunis", "TN", T),
    ("European Union", "*", Q),
    ("Algerian", "DZ", Q),
    ("Libyan", "LY", Q),
    ("Kasserine", "TN", T),
    ("Ben Gardane", "TN", T),
    ("Spain", "ES", C),
    ("Valencia", "ES", T, (39.47, -0.38)),
    ("Livorno", "IT", T),
    ("Jaén", "ES", T, (37.77, -3.79)),
    ("United States", "US", C),
    ("Brazil", "BR", C),
    ("Kerkennah", "TN", N),
    ("Libya", "LY", C),
    ("Tripoli", "LY", T, (32.89, 13.19)),
    ("Zuwara", "LY", T),
    ("Rome", "IT", T, (41.89, 12.51)),
    ("Egyptian", "EG", Q),
    ("Alexandria", "EG", T, (31.20, 29.92)),
    ("Kafr el-Sheikh", "EG", T),
    ("Gabès", "TN", T),
])

# ---------------------------------------------------------------- b2 Oujda / Tamanrasset (AFP)
add("b", """Closed for 30 years, Algeria-Morocco border still divides Oujda families

OUJDA, Morocco (AFP) - From a hill outside Oujda, Mohamed Benali can see the rooftops of Maghnia, the Algerian town where his cousins live about 25 kilometres away. He has not visited them since 1994, when Algeria shut the land border after Morocco imposed visas following a deadly hotel attack in Marrakesh.

Three decades on, the frontier between the Maghreb's two biggest countries remains one of the world's longest-closed, and relations have only worsened since Algiers cut diplomatic ties with Rabat in 2021 over Western Sahara and Morocco's normalisation with Israel.

"For the politicians it is a line on a map. For us it is a wedding we cannot attend," said Benali, 64, a retired teacher.

Oujda, a university city of half a million people, was once a trading hub on the road between Fez and Tlemcen. Today its economy leans on remittances from Moroccans in France, Belgium and Spain, and on smuggled Algerian fuel, which has all but dried up since both sides dug trenches and built fences along the border.

Morocco is pushing ahead with an Atlantic initiative offering the landlocked Sahel states - Mali, Burkina Faso and Niger - access to the ocean through Dakhla. Algeria, which shares a 1,300-kilometre border with Mali, has answered by promoting its own trans-Saharan highway from Algiers to Lagos, which passes through Tamanrasset in the far south.

In Tamanrasset, gateway to the Hoggar mountains, traders complain that business with Niger and Mali has collapsed since the juntas in Niamey and Bamako fell out with Algiers over the shooting down of a Malian drone near Tinzaouaten in April. Trucks that once crossed at In Guezzam on their way to Agadez now sit idle.

"The road is beautiful, but there is nobody on it," said Ahmed Ag Akli, a Tuareg merchant in Tamanrasset.

Spain's enclave of Melilla, about 120 kilometres north-west of Oujda beside the port of Nador, has meanwhile reopened its customs post with Morocco. The UN Security Council last month backed Morocco's autonomy plan for Western Sahara, which the Polisario Front, based in camps around the Algerian desert town of Tindouf, rejects.""", [
    ("Algeria", "DZ", C),
    ("Morocco", "MA", C),
    ("Oujda", "MA", T),
    ("OUJDA", "MA", T),
    ("Maghnia", "DZ", T),
    ("Algerian", "DZ", Q),
    ("Marrakesh", "MA", T),
    ("Maghreb", "*", N),
    ("Algiers", "DZ", T),
    ("Rabat", "MA", T),
    ("Western Sahara", "EH|MA", N),
    ("Israel", "IL", C),
    ("Fez", "MA", T),
    ("Tlemcen", "DZ", T),
    ("Moroccans", "MA", Q),
    ("France", "FR", C),
    ("Belgium", "BE", C),
    ("Spain", "ES", C),
    ("Atlantic", "*", Q),
    ("Sahel", "*", N),
    ("Mali", "ML", C),
    ("Burkina Faso", "BF", C),
    ("Niger", "NE", C),
    ("Dakhla", "EH|MA", T),
    ("Lagos", "NG", T, (6.45, 3.39)),
    ("Tamanrasset", "DZ", T),
    ("Hoggar", "DZ", N),
    ("Niamey", "NE", T),
    ("Bamako", "ML", T),
    ("Malian", "ML", Q),
    ("Tinzaouaten", "ML|DZ", N),
    ("In Guezzam", "DZ", T),
    ("Agadez", "NE", T),
    ("Tuareg", "*", Q),
    ("Saharan", "*", Q),
    ("Melilla", "ES", T),
    ("Nador", "MA", T),
    ("Tindouf", "DZ", T),
])

# ---------------------------------------------------------------- b3 West African cocoa (Bloomberg)
add("b", """Cocoa Smuggling Surges as Ghana, Ivory Coast Farmers Chase Better Prices

By Baudelaire Mieu and Ekow Dontoh

(Bloomberg) -- Cocoa growers in West Africa are smuggling beans across borders at the fastest pace in a decade, as government-set farmgate prices in Ivory Coast and Ghana lag futures in London and New York.

In Bouaké, Ivory Coast's second-largest city and a trading hub for the center of the country, buyers say trucks loaded with beans are heading north toward Burkina Faso and east into Ghana rather than south to the export ports of Abidjan and San-Pédro. "Everyone is chasing the best price," said Yao Konan, who manages a cooperative on the outskirts of Bouaké.

Across the border, Ghana's Cocoa Board estimates that as much as 150,000 tons were smuggled out of the country last season, mostly into Togo and Ivory Coast from the Western North region. At Kumasi's central market, traders say buyers paying cash in CFA francs are offering up to 30% above the official price.

Ghana's government raised the farmgate price twice this year and sent soldiers to patrol the frontier near Sefwi Wiawso and Dormaa Ahenkro. Officials in Accra also blame illegal gold mining, known as galamsey, for destroying cocoa farms in the Ashanti and Eastern regions.

Farther north, in Tamale, the main city of Ghana's savanna belt, the government has opened a shea and cashew processing zone it hopes will diversify exports away from cocoa. Tamale's airport began direct flights to Kumasi and Takoradi last month.

The squeeze has been a windfall for processors elsewhere. Grinders in Salvador, the capital of Brazil's Bahia state, and in Guayaquil have expanded output as Ecuador closed in on Ghana as the world's second-biggest grower. Malaysian grinders in Port Klang and Indonesian ones in Makassar have also increased purchases from Nigeria and Cameroon.

Cocoa futures in New York have fallen about 40% from their December peak but remain well above their long-term average. Ivory Coast's Conseil du Café-Cacao said this month it would raise the farmgate price to 2,800 CFA francs a kilogram for the October-March main crop.

"The farmer in Daloa or Soubré looks at the price in Ghana and in Guinea, and he moves," said Kouassi Kouamé, an analyst in Abidjan. "Borders don't stop cocoa."

--With assistance from Moses Mozart Dzawu in Accra.""", [
    ("Ghana", "GH", C),
    ("Ivory Coast", "CI", C),
    ("West Africa", "*", N),
    ("London", "GB", T, (51.51, -0.13)),
    ("New York", "US", T, (40.71, -74.01)),
    ("Bouaké", "CI", T),
    ("Burkina Faso", "BF", C),
    ("Abidjan", "CI", T),
    ("San-Pédro", "CI", T, (4.75, -6.64)),
    ("Togo", "TG", C),
    ("Western North", "GH", A),
    ("Kumasi", "GH", T),
    ("Sefwi Wiawso", "GH", T),
    ("Dormaa Ahenkro", "GH", T),
    ("Accra", "GH", T),
    ("Ashanti", "GH", A),
    ("Eastern", "GH", A),
    ("Tamale", "GH", T),
    ("Takoradi", "GH", T),
    ("Salvador", "BR", T, (-12.97, -38.50)),
    ("Brazil", "BR", C),
    ("Bahia", "BR", A),
    ("Guayaquil", "EC", T),
    ("Ecuador", "EC", C),
    ("Malaysian", "MY", Q),
    ("Port Klang", "MY", T),
    ("Indonesian", "ID", Q),
    ("Makassar", "ID", T),
    ("Nigeria", "NG", C),
    ("Cameroon", "CM", C),
    ("Daloa", "CI", T),
    ("Soubré", "CI", T),
    ("Guinea", "GN", C),
])

# ---------------------------------------------------------------- b4 Berbera / Horn (Reuters)
add("b", """Ethiopia leans on Somaliland's Berbera as Red Sea row with Eritrea deepens

By Abdi Sheikh and Dawit Endeshaw

HARGEISA, Somaliland (Reuters) - Ethiopian trucks carrying fertiliser rolled out of the port of Berbera on Tuesday on the newly paved corridor to the border town of Togochale, as Addis Ababa stepped up use of the Somaliland port amid rising tension with Eritrea over access to the Red Sea.

Ethiopia, landlocked since Eritrea's independence in 1993, sends about 90% of its trade through Djibouti. Prime Minister Abiy Ahmed has repeatedly said his country of 120 million people must secure its own outlet to the sea, remarks that Asmara has read as a threat to the port of Assab and to Massawa, Eritrea's main harbour north of the capital.

"Berbera is not a replacement for Djibouti, but it is a real option now," said an official at DP World, the Dubai-based operator that runs the terminal. Cargo handled at Berbera rose by a third last year.

Somaliland, which declared independence from Somalia in 1991 but has not been recognised by any country, hopes the traffic will win it diplomatic support. Its president, Abdirahman Mohamed Abdullahi, visited Nairobi and Abu Dhabi this year, and officials in Hargeisa say they are in talks with Washington over a U.S. presence at Berbera's airfield. Mogadishu insists that Somaliland remains part of Somalia and has sought backing from Egypt and Turkey.

Shipping in the region has yet to recover from Houthi attacks in the Red Sea and the Gulf of Aden, which pushed many carriers to divert around the Cape of Good Hope. Traffic through the Suez Canal, whose earnings Egypt relies on, is still about half its 2023 level, and officials in Port Said and Alexandria say container volumes remain weak.

Inside Ethiopia, fighting between federal troops and Fano militias in the Amhara region has cut road links to Bahir Dar, the regional capital on the shores of Lake Tana, source of the Blue Nile. The Grand Ethiopian Renaissance Dam downstream on the Blue Nile was inaugurated in September, to protests from Cairo and Khartoum.

Kenya Airways and Ethiopian Airlines have both resumed flights to Bahir Dar, but the government has kept a night curfew in the city and in Gondar.

(Reporting by Abdi Sheikh in Hargeisa and Dawit Endeshaw in Addis Ababa; Editing by Aaron Ross)""", [
    ("Ethiopia", "ET", C),
    ("Somaliland", "SO", N),
    ("Berbera", "SO", T),
    ("Red Sea", "*", N),
    ("Eritrea", "ER", C),
    ("HARGEISA", "SO", T),
    ("Hargeisa", "SO", T),
    ("Ethiopian", "ET", Q),
    ("Togochale", "ET|SO", N, (9.61, 43.34)),
    ("Addis Ababa", "ET", T),
    ("Djibouti", "DJ", N),
    ("Asmara", "ER", T),
    ("Assab", "ER", T),
    ("Massawa", "ER", T),
    ("DP World", "AE", Q),
    ("Dubai", "AE", T),
    ("Somalia", "SO", C),
    ("Nairobi", "KE", T),
    ("Abu Dhabi", "AE", T),
    ("Washington", "US", T, (38.90, -77.04)),
    ("U.S.", "US", C),
    ("Mogadishu", "SO", T),
    ("Egypt", "EG", C),
    ("Turkey", "TR", C),
    ("Gulf of Aden", "*", N),
    ("Cape of Good Hope", "ZA", N),
    ("Suez Canal", "EG", N),
    ("Port Said", "EG", T),
    ("Alexandria", "EG", T, (31.20, 29.92)),
    ("Amhara", "ET", A),
    ("Bahir Dar", "ET", T),
    ("Lake Tana", "ET", N),
    ("Blue Nile", "*", N),
    ("Grand Ethiopian Renaissance Dam", "ET", Q),
    ("Cairo", "EG", T),
    ("Khartoum", "SD", T),
    ("Kenya Airways", "-", N),
    ("Ethiopian Airlines", "ET", Q),
    ("Gondar", "ET", T),
])

# ---------------------------------------------------------------- b5 Copperbelt to Beira (Reuters)
add("b", """Border truck jams push Congo copper miners toward Lobito and Beira rail routes

By Sonia Rolley

LUBUMBASHI, Democratic Republic of Congo (Reuters) - Queues of copper trucks stretching up to 60 kilometres at the Kasumbalesa border post are pushing mining companies in Congo's Haut-Katanga and Lualaba provinces to shift exports to rail lines running west to Angola and east to Mozambique, executives meeting in Lubumbashi said on Wednesday.

Congo overtook Peru in 2023 as the world's second-largest copper producer and is the top source of cobalt, but most of its output still travels by road through Zambia to Dar es Salaam in Tanzania or Durban in South Africa, a journey of up to six weeks.

"The mines are world class. The roads are not," said Jean-Pierre Mbuyi, who heads a mining business group in Lubumbashi. He said drivers routinely wait five days to cross into Zambia at Kasumbalesa before heading on to Ndola, the Copperbelt hub.

The U.S.-backed Lobito Corridor, which will link Kolwezi to the Angolan port of Lobito by rail, is expected to carry its first full trains of Congolese copper next year. Zambia and Tanzania are meanwhile rehabilitating the Chinese-built TAZARA line from Kapiri Mposhi.

To the east, the Mozambican port of Beira, rebuilt after Cyclone Idai in 2019, handled record copper volumes in the first half of the year, and a Perth-based miner said it had signed a deal to rail concentrate from its Zambian operations through Zimbabwe via Harare and Mutare.

The routes have their own problems. In Zimbabwe, the line from Bulawayo to the bridge at Victoria Falls over the Zambezi needs new track, and the state railway company has struggled for years with unpaid wages. In Mozambique, the Beira corridor passes near areas hit by post-election unrest, and insurgents in Cabo Delgado province remain active far to the north.

Congo's mines minister said Kinshasa would not let conflict in the eastern provinces of North Kivu and South Kivu, where M23 rebels seized Goma and Bukavu this year, disrupt output in the south. A U.S.-brokered peace deal signed in Washington in June between Congo and Rwanda has yet to end the fighting.

Zambian President Hakainde Hichilema, who faces re-election next August, has promised to lift copper output to 3 million tonnes a year from around 800,000, with new investment from Saudi Arabia, Canada and China.

(Reporting by Sonia Rolley in Lubumbashi; additional reporting by Chris Mfula in Lusaka; Editing by Jan Harvey)""", [
    ("Congo", "CD", C),
    ("Democratic Republic of Congo", "CD", C),
    ("Lobito Corridor", "*", Q),
    ("Lobito", "AO", T),
    ("Beira", "MZ", T),
    ("LUBUMBASHI", "CD", T),
    ("Lubumbashi", "CD", T),
    ("Kasumbalesa", "CD|ZM", N),
    ("Haut-Katanga", "CD", A),
    ("Lualaba", "CD", A),
    ("Angola", "AO", C),
    ("Mozambique", "MZ", C),
    ("Peru", "PE", C),
    ("Zambia", "ZM", C),
    ("Dar es Salaam", "TZ", T),
    ("Tanzania", "TZ", C),
    ("Durban", "ZA", T),
    ("South Africa", "ZA", C),
    ("Ndola", "ZM", T),
    ("Copperbelt", "ZM", A),
    ("U.S.", "US", C),
    ("Kolwezi", "CD", T),
    ("Angolan", "AO", Q),
    ("Congolese", "CD", Q),
    ("Chinese", "CN", Q),
    ("Kapiri Mposhi", "ZM", T),
    ("Mozambican", "MZ", Q),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Zambian", "ZM", Q),
    ("Zimbabwe", "ZW", C),
    ("Harare", "ZW", T),
    ("Mutare", "ZW", T),
    ("Bulawayo", "ZW", T),
    ("Victoria Falls", "ZW|ZM", N, (-17.93, 25.83)),
    ("Zambezi", "*", N),
    ("Cabo Delgado", "MZ", A),
    ("Kinshasa", "CD", T),
    ("North Kivu", "CD", A),
    ("South Kivu", "CD", A),
    ("Goma", "CD", T),
    ("Bukavu", "CD", T),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Rwanda", "RW", C),
    ("Saudi Arabia", "SA", C),
    ("Canada", "CA", C),
    ("China", "CN", C),
    ("Lusaka", "ZM", T),
])

# ---------------------------------------------------------------- b6 Iraq and Oman oil (Bloomberg)
add("b", """Iraq Restarts Kurdish Oil Pipeline as Oman Bets on Duqm Refinery

By Khalid Al-Ansary and Salma El Wardany

(Bloomberg) -- Crude began flowing again from Iraq's semi-autonomous Kurdistan region to the Turkish Mediterranean port of Ceyhan, ending a two-and-a-half-year halt that cost Baghdad and Erbil more than $25 billion in lost revenue.

The restart followed an agreement among the federal oil ministry, the Kurdistan Regional Government and foreign producers operating around Erbil and Sulaymaniyah, under which the state marketer SOMO will sell the crude. Flows of about 180,000 barrels a day are expected to rise once fields near Duhok, damaged in drone strikes this summer, return to service.

"This is a political deal first and an oil deal second," said Yesar Al-Maleki, a Gulf analyst at the Middle East Economic Survey. "The question is whether Baghdad pays the salaries on time."

Iraq still ships the vast majority of its roughly 3.4 million barrels a day through southern terminals near Basra on the Persian Gulf, a route exposed to tensions with Iran across the Shatt al-Arab waterway. The federal government has revived plans for a Development Road linking the new Grand Faw port to the Turkish border, passing through Baghdad and Mosul.

Further down the Gulf, Oman is trying to position its ports outside the Strait of Hormuz as safer alternatives. The OQ8 refinery at Duqm, a joint venture with Kuwait Petroleum International on the Arabian Sea coast, reached its full capacity of 230,000 barrels a day this year, and state-run OQ is weighing a petrochemicals complex there.

At Sohar, northwest of Muscat, a green-steel plant backed by investors from Japan and Saudi Arabia broke ground in May, part of a push to tie the port's industrial zone to hydrogen. The sultanate plans to export diesel and jet fuel from Duqm to East Africa and South Asia.

The region is also competing for travelers. Qatar Airways and Emirates have added routes to Salalah, and Erbil's airport reported record traffic from Dubai and Istanbul.

"Kurdistan needs the pipeline, but it also needs stability," said Shwan Zulal, an energy consultant in London. "Investors in Houston and Calgary want to see a year of payments before they come back."

--With assistance from Fateh Sahib in Baghdad.""", [
    ("Iraq", "IQ", C),
    ("Kurdish", "IQ", Q),
    ("Oman", "OM", C),
    ("Duqm", "OM", N, (19.66, 57.70)),
    ("Kurdistan", "IQ", N),
    ("Kurdistan Regional Government", "IQ", Q),
    ("Turkish", "TR", Q),
    ("Mediterranean", "*", N),
    ("Ceyhan", "TR", T),
    ("Baghdad", "IQ", T),
    ("Erbil", "IQ", T),
    ("Sulaymaniyah", "IQ", T),
    ("Duhok", "IQ", T),
    ("Gulf#1", "*", Q),
    ("Gulf#3", "*", N),
    ("Middle East Economic Survey", "*", Q),
    ("Basra", "IQ", T),
    ("Persian Gulf", "*", N),
    ("Iran", "IR", C),
    ("Shatt al-Arab", "IQ|IR", N),
    ("Grand Faw", "IQ", Q),
    ("Mosul", "IQ", T),
    ("Strait of Hormuz", "*", N),
    ("Kuwait Petroleum International", "KW", Q),
    ("Arabian Sea", "*", N),
    ("Sohar", "OM", T),
    ("Muscat", "OM", T),
    ("Japan", "JP", C),
    ("Saudi Arabia", "SA", C),
    ("East Africa", "*", N),
    ("South Asia", "*", N),
    ("Qatar Airways", "-", N),
    ("Emirates", "-", N),
    ("Salalah", "OM", T),
    ("Dubai", "AE", T),
    ("Istanbul", "TR", T),
    ("London", "GB", T, (51.51, -0.13)),
    ("Houston", "US", T, "US.TX"),
    ("Calgary", "CA", T),
])

# ---------------------------------------------------------------- b7 Ziguinchor / Casamance (AFP)
add("b", """Casamance cashew farmers return to villages emptied by decades of conflict

ZIGUINCHOR, Senegal (AFP) - For the first time in three decades, Fatou Diatta harvested cashews this spring from the trees her father planted near the village of Mpack, a few kilometres from the Guinea-Bissau border, in Senegal's southern region of Casamance.

Her family fled in 1992 when fighting between the army and the separatist Movement of Democratic Forces of Casamance (MFDC) reached the forests south of Ziguinchor. A peace agreement signed in Bissau in 2023 by one of the rebel factions, and a demining programme funded by Japan and the European Union, have allowed thousands of displaced people to go home.

"We came back to find the trees taller than the houses," said Diatta, 47, as her sons loaded sacks onto a motorbike bound for the Ziguinchor market.

Casamance, cut off from the rest of Senegal by Gambia, was long reached from Dakar only by a 12-hour drive around the border or by ferry. The Senegambia bridge over the Gambia River at Farafenni, opened in 2019, has cut the journey to about six hours, and the ferry Aline Sitoé Diatta still sails twice a week between Dakar and Ziguinchor.

President Bassirou Diomaye Faye and Prime Minister Ousmane Sonko, a former mayor of Ziguinchor, have made the region a priority. Sonko drew his strongest support from Casamance in last year's election, and the government has promised a cashew processing plant in Bignona and new roads to Kolda and Sédhiou.

Most of the region's cashew crop, worth about 50 billion CFA francs, still leaves raw for India and Vietnam, often via Banjul or through traders from Guinea-Bissau, where cashew accounts for about 90 percent of exports.

Tourism is also reviving. Hotels in Cap Skirring, the beach resort near the border, reported their best season in a decade, with charter flights from Paris, Brussels and Lyon, and Spanish visitors arriving via the Canary Islands.

"Peace is not signed on paper, it is signed in the fields," said a former mayor of Ziguinchor who took part in earlier mediation efforts.""", [
    ("Casamance", "SN", N),
    ("Movement of Democratic Forces of Casamance", "SN", Q),
    ("ZIGUINCHOR", "SN", T),
    ("Ziguinchor", "SN", T),
    ("Senegal", "SN", C),
    ("Mpack", "SN", N),
    ("Guinea-Bissau", "GW", C),
    ("Bissau", "GW", T),
    ("Japan", "JP", C),
    ("European Union", "*", Q),
    ("Gambia", "GM", C),
    ("Gambia River", "*", N),
    ("Dakar", "SN", T),
    ("Senegambia", "SN|GM", Q),
    ("Farafenni", "GM", T),
    ("Bignona", "SN", T),
    ("Kolda", "SN", T),
    ("Sédhiou", "SN", T),
    ("India", "IN", C),
    ("Vietnam", "VN", C),
    ("Banjul", "GM", T),
    ("Cap Skirring", "SN", T),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Brussels", "BE", T),
    ("Lyon", "FR", T),
    ("Spanish", "ES", Q),
    ("Canary Islands", "ES", N),
])

# ---------------------------------------------------------------- b8 Madagascar / Mauritius cyclone (AP)
add("b", """Cyclone kills 11 in Madagascar, forces Mauritius to shut port and airport

PORT LOUIS, Mauritius (AP) — Mauritius closed its main port and airport and ordered people to stay indoors Sunday as Tropical Cyclone Tiana swept across the Indian Ocean after killing at least 11 people in northern Madagascar, officials said.

The storm made landfall near Antsiranana, on Madagascar's northern tip, on Saturday with winds of up to 175 kph (110 mph), flattening homes and cutting power to Sambava and Antalaha, the heart of the island's vanilla-growing Sava region. Madagascar's disaster agency said nearly 20,000 people were displaced across the Diana and Sava regions, and that the toll could rise as rescuers reached villages cut off by flooding.

"Entire neighborhoods are under water," said Michel Rakotonirina, a local official in Ambanja. "We have no boats and the road to Antananarivo is gone."

In Mauritius, the weather service raised a class 3 warning for the whole island. Port Louis, the capital, was deserted, and flights at Sir Seewoosagur Ramgoolam International Airport near Mahébourg were suspended. Prime Minister Navin Ramgoolam urged residents of low-lying coastal areas around Grand Baie and Flic en Flac to move to shelters.

Forecasters at Météo-France's regional center on Réunion, the French island about 200 kilometers to the southwest, said the cyclone was expected to pass south of Mauritius on Monday before weakening over cooler waters. Réunion was placed on orange alert and schools in Saint-Denis and Saint-Pierre were closed.

Farther north, the Seychelles capital, Victoria, on the island of Mahé, escaped with heavy rain. In Mozambique, authorities in Nampula and Cabo Delgado provinces warned that the storm's remnants could bring floods to a coast still recovering from Cyclone Chido, which killed more than 100 people in Mozambique and the French territory of Mayotte a year ago.

Vanilla exporters said it was too early to assess damage to the crop; Madagascar grows about 80% of the world's supply. Prices at the Antalaha market rose 10% on Saturday.

Mauritius, a financial center and tourist destination of 1.3 million people, has not taken a direct hit from a major cyclone in years. Madagascar's military-led transitional government said its leader, Col. Michael Randrianirina, would fly to Antsiranana on Sunday to inspect damage.""", [
    ("Madagascar", "MG", C),
    ("Mauritius", "MU", C),
    ("PORT LOUIS", "MU", T),
    ("Port Louis", "MU", T),
    ("Indian Ocean", "*", N),
    ("Antsiranana", "MG", T),
    ("Sambava", "MG", T),
    ("Antalaha", "MG", T),
    ("Sava", "MG", A),
    ("Diana", "MG", A),
    ("Ambanja", "MG", T),
    ("Antananarivo", "MG", T),
    ("Sir Seewoosagur Ramgoolam International Airport", "MU", Q),
    ("Mahébourg", "MU", T),
    ("Grand Baie", "MU", T),
    ("Flic en Flac", "MU", T),
    ("Météo-France", "FR", Q),
    ("Réunion", "RE|FR", N),
    ("French", "FR", Q),
    ("Saint-Denis", "RE|FR", T, (-20.88, 55.45)),
    ("Saint-Pierre", "RE|FR", T, (-21.34, 55.48)),
    ("Seychelles", "SC", C),
    ("Victoria", "SC", T, (-4.62, 55.45)),
    ("Mahé", "SC", N),
    ("Mozambique", "MZ", C),
    ("Nampula", "MZ", A),
    ("Cabo Delgado", "MZ", A),
    ("Mayotte", "YT|FR", N),
])

# ---------------------------------------------------------------- c1 Honiara (Reuters)
add("c", """Solomon Islands PM survives no-confidence vote as China, Australia vie for influence

By Kirsty Needham

HONIARA, Solomon Islands (Reuters) - Solomon Islands Prime Minister Jeremiah Manele survived a no-confidence vote on Thursday after two lawmakers from Malaita switched sides at the last minute, defusing a crisis that had raised fears of a repeat of the 2021 riots that burned much of Honiara's Chinatown.

Police from Australia and Papua New Guinea patrolled the capital's Point Cruz waterfront as the vote was held, and shops in the Kukum area stayed shuttered.

The motion, tabled by opposition leader Matthew Wale, accused Manele of mismanaging funds linked to a Chinese-built sports complex and of failing to pay teachers on Malaita, the country's most populous island, where resentment of the central government on Guadalcanal runs deep.

"The people of Malaita are tired of promises from Honiara," a provincial minister told Reuters by phone from Auki, the provincial capital.

The Pacific nation has been at the centre of a contest between Beijing and Canberra since it switched diplomatic recognition from Taiwan to China in 2019 and signed a security pact with Beijing three years later. Chinese police trainers work in Honiara, while Australia funds much of the Solomon Islands police force and is building a new border post in Gizo, in Western Province, close to the maritime boundary with Bougainville, Papua New Guinea's autonomous region.

Australian Foreign Minister Penny Wong, speaking in Canberra, said the vote was "a matter for the Solomon Islands parliament". China's embassy did not respond to a request for comment.

Elsewhere in the region, Vanuatu's parliament in Port Vila is debating a security agreement with Australia that was shelved last year, and Fiji's government in Suva has signed a police cooperation deal with New Zealand.

Analysts say Manele's survival buys time but not stability. "Every vote in Honiara is really a vote about Malaita, and about who pays," said a Solomon Islander academic at the University of Hawaii, who asked not to be named because of family ties to the government.

Manele now faces a budget vote in March. Flights from Brisbane were operating normally, Solomon Airlines said.

(Reporting by Kirsty Needham in Sydney; Editing by Michael Perry)""", [
    ("Solomon Islands", "SB", C),
    ("Solomon Islander", "SB", Q),
    ("Solomon Airlines", "SB", Q),
    ("China", "CN", C),
    ("Australia", "AU", C),
    ("HONIARA", "SB", T),
    ("Honiara", "SB", T),
    ("Malaita", "SB", N),
    ("Chinatown", "SB", Q),
    ("Papua New Guinea", "PG", C),
    ("Point Cruz", "SB", N, (-9.43, 159.95)),
    ("Kukum", "SB", N, (-9.43, 159.97)),
    ("Chinese", "CN", Q),
    ("Guadalcanal", "SB", N),
    ("Auki", "SB", T),
    ("Pacific", "*", Q),
    ("Beijing", "CN", T),
    ("Canberra", "AU", T),
    ("Taiwan", "TW", C),
    ("Gizo", "SB", T),
    ("Western Province", "SB", A),
    ("Bougainville", "PG", N),
    ("Australian", "AU", Q),
    ("Vanuatu", "VU", C),
    ("Port Vila", "VU", T),
    ("Fiji", "FJ", C),
    ("Suva", "FJ", T),
    ("New Zealand", "NZ", C),
    ("University of Hawaii", "US", Q),
    ("Brisbane", "AU", T),
    ("Sydney", "AU", T, (-33.87, 151.21)),
])

# ---------------------------------------------------------------- c2 Pacific climate (The Guardian)
add("c", """Pacific ministers take coal fight to Australia after king tides swamp Nuku'alofa

Kate Lyons, Pacific editor

Pacific climate ministers meeting in Samoa have called on Australia to set a date to end new coal and gas approvals, days after king tides swamped parts of Tonga's capital, Nuku'alofa, and flooded villages on Fiji's Vanua Levu.

The three-day meeting in Apia, the Samoan capital on the island of Upolu, ended on Friday with a communique urging "all developed partners, including our largest neighbour", to phase out fossil fuel exports. The wording stopped short of naming Canberra, a concession Australian diplomats had lobbied for.

"We cannot sink quietly so that ships can leave Newcastle full of coal," said Tuvalu's climate minister, Maina Talia, whose country's capital, Funafuti, sits barely two metres above sea level.

Newcastle, north of Sydney, is the world's largest coal export port. Australia's Labor government has approved several coalmine extensions in New South Wales and Queensland since 2022, while promising to work with Pacific nations to bring a UN climate summit to the region.

In Nuku'alofa, residents of the low-lying Popua and Sopu districts spent the week bailing water from their homes. "The sea came into the church on Sunday. The old people said they had never seen it," said Sione Taufa, a youth worker. Tonga, still rebuilding after the 2022 eruption of the Hunga Tonga-Hunga Ha'apai volcano, has asked for help relocating families to higher ground on Tongatapu.

Fiji's climate minister said in Suva that 40 more villages had been earmarked for relocation, and Kiribati's government in Tarawa is surveying land it bought on Vanua Levu a decade ago.

Australian officials pointed to a treaty with Tuvalu that lets up to 280 Tuvaluans a year settle in Australia, with the first arrivals making homes in Melbourne, in Victoria, and in Perth. New Zealand, which has large Samoan and Tongan communities in Auckland, pledged NZ$20m for coastal defences.

Anote Tong, a former president of Kiribati, told the Guardian the region was running out of patience. "We have been polite for thirty years," he said. "Polite has not saved a single island."

The ministers will take their communique to the UN climate conference in Belém, Brazil, next month, where island states plan to push for a fossil fuel phase-out timetable.""", [
    ("Pacific", "*", Q),
    ("Australia", "AU", C),
    ("Nuku'alofa", "TO", T),
    ("Samoa", "WS", C),
    ("Tonga", "TO", C),
    ("Fiji", "FJ", C),
    ("Vanua Levu", "FJ", N),
    ("Apia", "WS", T),
    ("Samoan", "WS", Q),
    ("Upolu", "WS", N),
    ("Canberra", "AU", T),
    ("Australian", "AU", Q),
    ("Newcastle", "AU", T, (-32.93, 151.78)),
    ("Tuvalu", "TV", C),
    ("Funafuti", "TV", N),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("New South Wales", "AU", A),
    ("Queensland", "AU", A),
    ("Popua", "TO", N, (-21.13, -175.18)),
    ("Sopu", "TO", N, (-21.14, -175.22)),
    ("Hunga Tonga-Hunga Ha'apai", "TO", N),
    ("Tongatapu", "TO", N),
    ("Suva", "FJ", T),
    ("Kiribati", "KI", C),
    ("Tarawa", "KI", N),
    ("Tuvaluans", "TV", Q),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Victoria", "AU", A),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("New Zealand", "NZ", C),
    ("Tongan", "TO", Q),
    ("Auckland", "NZ", T),
    ("Belém", "BR", T, (-1.46, -48.50)),
    ("Brazil", "BR", C),
])

# ---------------------------------------------------------------- c3 Mandalay (AP)
add("c", """Months after quake, Mandalay rebuilds slowly amid war and a disputed election

MANDALAY, Myanmar (AP) — Seven months after a magnitude 7.7 earthquake toppled pagodas and apartment blocks across central Myanmar, the old royal capital of Mandalay is rebuilding slowly, hampered by civil war, fuel shortages and a military government preparing for a disputed election.

The March 28 quake, centered near Sagaing just across the Irrawaddy River, killed more than 3,700 people, according to the military government in Naypyitaw, which itself suffered heavy damage. In Mandalay, the walls around the palace moat cracked and the Sky Villa condominium tower collapsed, killing dozens.

"We have rebuilt the monastery twice in my lifetime, after the fire and now after this," said an abbot whose monastery near Mandalay Hill lost its prayer hall. "This time nobody comes to help."

Aid groups say access remains restricted. Convoys from Yangon must pass army checkpoints on the highway through Meiktila, while roads north toward Shwebo and west to Monywa pass through areas contested by resistance forces. In Sagaing region, the People's Defense Force controls much of the countryside.

China, Myanmar's biggest neighbor, has sent rescue teams and rebuilding materials from Yunnan province through the border town of Muse and via Lashio in northern Shan State, which the ethnic Kokang army handed back to military control in April under a ceasefire brokered in Kunming. India sent relief by air to Mandalay and by ship to Yangon, while Thailand, where a high-rise under construction in Bangkok collapsed in the same quake, has offered engineers.

The military says a general election will be held in phases starting Dec. 28, with voting in parts of Mandalay and Sagaing among the first. Opposition groups and Western governments have dismissed the poll as a sham while Aung San Suu Kyi remains detained.

Traders at the Zegyo market say business is still half its pre-quake level. "People have no money to buy, and the jade traders from Hpakant and Ruili do not come," said Daw Khin Myo, who sells longyi cloth.

The U.N. says more than 200,000 people remain in temporary shelters across the Mandalay, Sagaing and Magway regions and around the capital.""", [
    ("Mandalay Hill", "MM", N, (22.00, 96.11)),
    ("Mandalay#1,2,3,5", "MM", T),
    ("Mandalay#6", "MM", N),
    ("Mandalay#7", "MM", A),
    ("MANDALAY", "MM", T),
    ("Myanmar", "MM", C),
    ("Sagaing#1", "MM", T),
    ("Sagaing#2,4", "MM", A),
    ("Sagaing#3", "MM", N),
    ("Irrawaddy River", "MM", N),
    ("Naypyitaw", "MM", T),
    ("Yangon", "MM", T),
    ("Meiktila", "MM", T),
    ("Shwebo", "MM", T),
    ("Monywa", "MM", T),
    ("China", "CN", C),
    ("Yunnan", "CN", A),
    ("Muse", "MM", T, (23.99, 97.90)),
    ("Lashio", "MM", T),
    ("Shan State", "MM", A),
    ("Kokang", "MM", Q),
    ("Kunming", "CN", T),
    ("India", "IN", C),
    ("Thailand", "TH", C),
    ("Bangkok", "TH", T),
    ("Western", "*", Q),
    ("Zegyo", "MM", Q),
    ("Hpakant", "MM", T),
    ("Ruili", "CN", T),
    ("Magway", "MM", A),
])

# ---------------------------------------------------------------- c4 Southeast Asian second cities (Bloomberg)
add("c", """Budget Airlines Chase Tourists to Asia's Quieter Second Cities

By Anuradha Raghu and Ditas Lopez

(Bloomberg) -- Southeast Asia's budget airlines are betting that travelers tired of crowded Bangkok and Bali will pay to see the region's quieter cities, from the temple town of Luang Prabang in Laos to Davao on the Philippine island of Mindanao.

AirAsia will start daily flights from Kuala Lumpur to Luang Prabang in December, adding to the Lao city's links with Bangkok, Hanoi and Chiang Mai. Visitor numbers there have doubled since the Chinese-built railway from Kunming through Boten and Vientiane opened in 2021, bringing trainloads of tourists from Yunnan.

"Luang Prabang was a backpacker secret. Now it is on every itinerary from Chengdu to Seoul," said Vanthong Sisavath, who runs a guesthouse on the Mekong.

In Cambodia, the government is promoting Battambang, one of the country's largest cities, as an alternative to Siem Reap, whose Angkor temples drew about a million foreign visitors last year. An expressway from Phnom Penh is under construction, and Cambodia Angkor Air plans flights to Battambang once its airport is upgraded. The border crossing at Poipet, the main land route from Thailand, has stayed shut since deadly clashes along the Thai-Cambodian frontier in July.

Cebu Pacific, the Philippines' biggest low-cost carrier, has added routes from Davao to Singapore and Manila, betting that the Bangsamoro peace process and easing security concerns will lift arrivals. Davao, the home city of former President Rodrigo Duterte, who is awaiting trial at the International Criminal Court in The Hague, is also a gateway to diving sites around Samal Island.

In Indonesia, Surabaya, the country's second-biggest city and capital of East Java province, is pitching itself as a base for trips to Mount Bromo and the island of Madura. Lion Air and Indonesia AirAsia have added flights from Surabaya to Makassar, Lombok and Labuan Bajo, the gateway to Komodo National Park.

"People used to fly into Jakarta and straight out to Bali," said Ananta Wicaksono, a travel agent in Surabaya. "Now they stay a week in East Java."

Tourist arrivals across the Association of Southeast Asian Nations reached about 140 million last year, close to pre-pandemic levels, but Chinese visitors remain below 2019 numbers, weighing on Laos and Cambodia in particular.""", [
    ("Asia", "*", N),
    ("Southeast Asia", "*", N),
    ("Bangkok", "TH", T),
    ("Bali", "ID", N),
    ("Luang Prabang", "LA", T),
    ("Laos", "LA", C),
    ("Davao", "PH", T, (7.07, 125.61)),
    ("Philippine", "PH", Q),
    ("Mindanao", "PH", N),
    ("Kuala Lumpur", "MY", T),
    ("Lao", "LA", Q),
    ("Hanoi", "VN", T),
    ("Chiang Mai", "TH", T),
    ("Chinese", "CN", Q),
    ("Kunming", "CN", T),
    ("Boten", "LA", T),
    ("Vientiane", "LA", T),
    ("Yunnan", "CN", A),
    ("Chengdu", "CN", T),
    ("Seoul", "KR", T),
    ("Mekong", "*", N),
    ("Cambodia", "KH", C),
    ("Cambodia Angkor Air", "-", N),
    ("Battambang", "KH", T),
    ("Siem Reap", "KH", T),
    ("Angkor", "KH", N),
    ("Phnom Penh", "KH", T),
    ("Poipet", "KH", T),
    ("Thailand", "TH", C),
    ("Thai", "TH", Q),
    ("Cambodian", "KH", Q),
    ("Cebu Pacific", "-", N),
    ("Philippines", "PH", C),
    ("Singapore", "SG", N),
    ("Manila", "PH", T),
    ("Bangsamoro", "PH", A),
    ("The Hague", "NL", T),
    ("Samal Island", "PH", N),
    ("Indonesia", "ID", C),
    ("Indonesia AirAsia", "-", N),
    ("Surabaya", "ID", T),
    ("East Java", "ID", A),
    ("Mount Bromo", "ID", N),
    ("Madura", "ID", N),
    ("Makassar", "ID", T),
    ("Lombok", "ID", N),
    ("Labuan Bajo", "ID", T),
    ("Komodo National Park", "ID", N),
    ("Jakarta", "ID", T),
])

# ---------------------------------------------------------------- c5 South Asian athletics in Pokhara (AFP)
add("c", """Jaffna sprinter's gold caps Sri Lanka's day at South Asian athletics meet in Pokhara

POKHARA, Nepal (AFP) - Sri Lankan sprinter Kavindu Sivakumar, who learned to run on the sandy lanes of Jaffna, won the men's 200 metres at the South Asian Athletics Championships in Pokhara on Saturday, the first international gold for an athlete from the war-scarred northern peninsula in more than four decades.

The 21-year-old, whose family fled to Vavuniya during the civil war and returned to Jaffna district in 2012, beat India's Aditya Rao by four hundredths of a second at the Pokhara Rangasala stadium, with the Annapurna range towering above the lakeside city.

"This medal is for everyone in the north who never got a chance," Sivakumar told reporters. "Colombo never believed a Jaffna boy could do this."

India topped the medal table after three days with 19 golds, ahead of Sri Lanka and hosts Nepal. Pakistan's team, which flew in via Doha because India's airspace remains closed to Pakistani flights, won both javelin events, with Hyderabad-born Muhammad Yasir throwing 82.4 metres.

Bangladesh's women's 4x100m relay team, built around three runners from the tea-growing district of Sylhet, set a national record, while the Maldives took its first ever medal at the championships when Aminath Shifa of Malé won bronze in the women's 400m.

"We train on a 200-metre track on an island the size of a few football fields," Maldives coach Ibrahim Naseem said. "To stand on a podium in the Himalayas is unbelievable."

The championships are the largest sporting event in Pokhara since the city's new international airport opened in 2023. Organisers said more than 8,000 spectators arrived from Kathmandu and from across the border in Gorakhpur and Siliguri, many of them by road. Bhutan and Afghanistan sent small teams; Afghan women athletes, barred from competing at home, ran under a neutral flag after training in Australia and Canada.

Nepal's sports minister said the government would bid to host the next South Asian Games, with events split between Kathmandu, Pokhara and Janakpur, as in 2019.""", [
    ("Jaffna#1,2,4", "LK", T),
    ("Jaffna#3", "LK", A),
    ("Sri Lanka", "LK", C),
    ("Sri Lankan", "LK", Q),
    ("Pokhara Rangasala", "NP", Q),
    ("Pokhara", "NP", T),
    ("POKHARA", "NP", T),
    ("Nepal", "NP", C),
    ("Vavuniya", "LK", T),
    ("India", "IN", C),
    ("Annapurna", "NP", N),
    ("Colombo", "LK", T),
    ("Pakistan", "PK", C),
    ("Doha", "QA", T),
    ("Pakistani", "PK", Q),
    ("Hyderabad", "PK", T, (25.39, 68.37)),
    ("Bangladesh", "BD", C),
    ("Sylhet", "BD", A),
    ("Maldives", "MV", C),
    ("Malé", "MV", T),
    ("Himalayas", "*", N),
    ("Kathmandu", "NP", T),
    ("Gorakhpur", "IN", T),
    ("Siliguri", "IN", T),
    ("Bhutan", "BT", C),
    ("Afghanistan", "AF", C),
    ("Afghan", "AF", Q),
    ("Australia", "AU", C),
    ("Canada", "CA", C),
    ("Janakpur", "NP", T),
])

# ---------------------------------------------------------------- c6 Caribbean / Haiti (Reuters)
add("c", """Caribbean leaders press for Haiti force funding as gangs tighten grip on Port-au-Prince

By Sarah Morland and Harold Isaac

BRIDGETOWN, Barbados (Reuters) - Caribbean leaders meeting in Barbados on Wednesday urged the United Nations to speed up funding for a new anti-gang force in Haiti, as armed groups extended their control over the capital, Port-au-Prince, and pushed deeper into the central Artibonite region.

The Caricom summit in Bridgetown, hosted by Barbados Prime Minister Mia Mottley, heard from Haitian officials that gangs now control about 90% of the capital, including the road north to Cap-Haitien and the main routes to the border with the Dominican Republic.

"Haiti's people cannot wait for another year of committee meetings in New York," said Jamaica's Prime Minister Andrew Holness, who flew in from Kingston. Jamaica, Belize and the Bahamas have sent police and soldiers to the Kenyan-led mission, which the U.N. Security Council voted in September to replace with a larger Gang Suppression Force.

The last contingent of Kenyan police arrived in Port-au-Prince on a Kenya Airways charter from Nairobi in June, but officials said many of the mission's armoured vehicles were out of service.

In the Dominican Republic, President Luis Abinader has pressed on with mass deportations of Haitians, with more than 300,000 expelled this year through crossings at Dajabon, Elias Pina and Jimani. Officials in Santo Domingo said the army had reinforced the border wall, while business groups in Santiago, the country's second city and hub of its tobacco industry, warned of labour shortages on farms and building sites.

Guyana's President Irfaan Ali, whose country is booming on offshore oil, offered to fund training for Haitian police in Georgetown. Suriname's new President Jennifer Geerlings-Simons, who took office in Paramaribo in July, backed the call, as did Trinidad and Tobago, whose prime minister, Kamla Persad-Bissessar, has aligned closely with Washington on security.

Costa Rica, which is not a Caricom member, said through its foreign ministry in San Jose that it would contribute to a U.N. trust fund.

Tensions also flared over U.S. military strikes on alleged drug boats off Venezuela, which Trinidad has backed while other members warned against escalation in the southern Caribbean.

The summit closes on Thursday. Leaders said they would meet again in St. George's, Grenada, in February.

(Reporting by Sarah Morland in Mexico City and Harold Isaac in Port-au-Prince; Editing by Rosalba O'Brien)""", [
    ("Caribbean#1,2", "*", Q),
    ("Caribbean#3", "*", N),
    ("Haiti", "HT", C),
    ("Port-au-Prince", "HT", T),
    ("BRIDGETOWN", "BB", T),
    ("Bridgetown", "BB", T),
    ("Barbados", "BB", C),
    ("Artibonite", "HT", A),
    ("Haitian", "HT", Q),
    ("Haitians", "HT", Q),
    ("Cap-Haitien", "HT", T),
    ("Dominican Republic", "DO", C),
    ("New York", "US", T, (40.71, -74.01)),
    ("Jamaica", "JM", C),
    ("Kingston", "JM", T, (18.00, -76.79)),
    ("Belize", "BZ", C),
    ("Bahamas", "BS", C),
    ("Kenyan", "KE", Q),
    ("Kenya Airways", "-", N),
    ("Nairobi", "KE", T),
    ("Dajabon", "DO", T),
    ("Elias Pina", "DO", N, (18.88, -71.70)),
    ("Jimani", "DO", T),
    ("Santo Domingo", "DO", T, (18.47, -69.89)),
    ("Santiago", "DO", T, (19.45, -70.69)),
    ("Guyana", "GY", C),
    ("Georgetown", "GY", T, (6.80, -58.16)),
    ("Suriname", "SR", C),
    ("Paramaribo", "SR", T),
    ("Trinidad and Tobago", "TT", C),
    ("Trinidad", "TT", N),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Costa Rica", "CR", C),
    ("San Jose", "CR", T, (9.93, -84.08)),
    ("U.S.", "US", C),
    ("Venezuela", "VE", C),
    ("St. George's", "GD", T, (12.06, -61.75)),
    ("Grenada", "GD", C),
    ("Mexico City", "MX", T),
])

# ---------------------------------------------------------------- c7 The Andes (Reuters)
add("c", """Bolivia's Paz courts Potosí miners as Andean mining protests flare

By Daniel Ramos and Marco Aquino

LA PAZ (Reuters) - Bolivian President Rodrigo Paz travelled to Potosí on Monday to promise miners a share of a planned lithium boom, as protests over mining and water rights spread along the Andes from southern Peru to Ecuador.

Paz, a centre-right senator who took office in November after two decades of socialist rule, told a crowd beneath the Cerro Rico, the silver mountain that once financed the Spanish empire, that his government would review contracts with Chinese and Russian firms to develop the Uyuni salt flat and give the region a bigger share of royalties.

"Potosí gave the world its silver and was left with nothing. That will not happen with lithium," he said before flying back to La Paz.

Potosí's civic committee has long demanded more control over the salt flat, which lies in the department of Potosí near its border with Oruro. Business leaders in Santa Cruz, Bolivia's agribusiness capital and largest city, welcomed Paz's plan but urged him to prioritise fuel imports: diesel shortages have left trucks queuing for days on highways from Cochabamba to Sucre.

Across the border in Peru, farmers in the Arequipa region blocked the Pan-American Highway for a fourth day in protest at Southern Copper's Tía María project in the Tambo valley, which they say will poison their water. Police in Cusco reported blockades near the Las Bambas mine in neighbouring Apurímac, where communities have repeatedly cut the road used to truck copper concentrate to the Pacific port of Matarani.

"Lima signs the contracts and we drink the water," said Jaime de la Cruz, a farmers' leader in Cocachacra.

Tourism operators in Cusco said train services to Machu Picchu had not been affected, though some tour groups to the Sacred Valley had cancelled.

In Ecuador, indigenous groups and students marched through Cuenca, the southern colonial city in Azuay province, against a gold mine planned in the Quimsacocha highlands, a source of the city's drinking water. President Daniel Noboa's government, already facing protests over fuel subsidy cuts, said it would hold fresh consultations.

Chile, the world's top copper producer, has so far escaped the unrest, though its state miner Codelco faces questions over safety after a deadly accident at El Teniente.

(Reporting by Daniel Ramos in La Paz and Marco Aquino in Lima; Editing by Sandra Maler)""", [
    ("Bolivia", "BO", C),
    ("Bolivian", "BO", Q),
    ("Paz", "-", N),
    ("Potosí#1,2,3,4", "BO", T),
    ("Potosí#5", "BO", A),
    ("Andean", "*", Q),
    ("LA PAZ", "BO", T),
    ("La Paz", "BO", T, (-16.50, -68.15)),
    ("Andes", "*", N),
    ("Peru", "PE", C),
    ("Ecuador", "EC", C),
    ("Cerro Rico", "BO", N),
    ("Spanish", "ES", Q),
    ("Chinese", "CN", Q),
    ("Russian", "RU", Q),
    ("Uyuni", "BO", N),
    ("Oruro", "BO", A),
    ("Santa Cruz", "BO", T, (-17.79, -63.18)),
    ("Cochabamba", "BO", T),
    ("Sucre", "BO", T, (-19.03, -65.26)),
    ("Arequipa", "PE", A),
    ("Pan-American Highway", "*", Q),
    ("Tía María", "PE", Q),
    ("Tambo", "PE", N, (-17.05, -71.75)),
    ("Cusco#1", "PE", N),
    ("Cusco#2", "PE", T),
    ("Las Bambas", "PE", N),
    ("Apurímac", "PE", A),
    ("Pacific", "*", N),
    ("Matarani", "PE", N, (-17.00, -72.10)),
    ("Lima", "PE", T, (-12.05, -77.04)),
    ("Cocachacra", "PE", T, (-17.09, -71.77)),
    ("Machu Picchu", "PE", N),
    ("Sacred Valley", "PE", N),
    ("Cuenca", "EC", T, (-2.90, -79.00)),
    ("Azuay", "EC", A),
    ("Quimsacocha", "EC", N),
    ("Chile", "CL", C),
    ("El Teniente", "CL", N),
])

# ---------------------------------------------------------------- c8 Patagonia wildfires (AFP)
add("c", """Wildfires rage across Patagonia as Argentina and Chile battle worst season in years

EL BOLSÓN, Argentina (AFP) - Firefighters on both sides of the Andes battled wildfires across Patagonia on Tuesday, with blazes in Argentina's Río Negro and Chubut provinces forcing thousands of tourists to flee lakeside resorts and Chilean authorities declaring a red alert in the southern Aysén region.

In El Bolsón, a town known for its craft market in the foothills south of Bariloche, the fire jumped a ridge overnight and destroyed at least 80 homes, local officials said. Smoke closed the airport at San Carlos de Bariloche for a second day and the highway to Esquel was shut.

"We packed the car in ten minutes. The sky was orange at midnight," said Lucía Ferreyra, 34, who fled with her two children to a school gymnasium in Lago Puelo.

President Javier Milei's government sent reinforcements from Buenos Aires and Córdoba, and asked Chile and Uruguay for water-bombing aircraft. Chubut Governor Ignacio Torres blamed arsonists and said 30,000 hectares had burned in the province since December, including parts of Los Alerces National Park, a UNESCO World Heritage site.

In Chile, forest brigades from Concepción and Temuco, veterans of the deadly fires around Viña del Mar two years ago, were flown south to Coyhaique, where flames threatened the Carretera Austral, the road that links much of Chilean Patagonia. The government in Santiago said strong winds and drought in the La Araucanía and Los Lagos regions had made this the worst summer for fires since 2017.

Further south, Santa Cruz province reported smaller fires near El Calafate, gateway to the Perito Moreno glacier, and meteorologists warned of dry thunderstorms as far as Río Gallegos and Punta Arenas across the Strait of Magellan.

Researchers at the University of Buenos Aires say the region is warming faster than the rest of Argentina. "The Andean forests of Patagonia evolved with rain, not with fire," said ecologist Laura Mancini, who studies fire ecology in Bariloche.

The fires come as Argentina's tourist season peaks. Many Brazilian visitors had travelled from São Paulo and Porto Alegre for the lakes; the national parks administration said it had closed trails around Lake Nahuel Huapi.

Chile's president-elect, José Antonio Kast, who takes office in March, promised to expand the country's firefighting fleet.""", [
    ("Patagonia", "AR|CL", N),
    ("Argentina", "AR", C),
    ("Chile", "CL", C),
    ("EL BOLSÓN", "AR", T),
    ("El Bolsón", "AR", T),
    ("Andes", "*", N),
    ("Río Negro", "AR", A),
    ("Chubut", "AR", A),
    ("Chilean", "CL", Q),
    ("Aysén", "CL", A),
    ("Bariloche", "AR", T),
    ("San Carlos de Bariloche", "AR", T),
    ("Esquel", "AR", T),
    ("Lago Puelo", "AR", T),
    ("Buenos Aires", "AR", T, (-34.61, -58.38)),
    ("University of Buenos Aires", "AR", Q),
    ("Córdoba", "AR", T, (-31.42, -64.18)),
    ("Uruguay", "UY", C),
    ("Los Alerces National Park", "AR", N),
    ("Concepción", "CL", T, (-36.83, -73.05)),
    ("Temuco", "CL", T),
    ("Viña del Mar", "CL", T),
    ("Coyhaique", "CL", T),
    ("Carretera Austral", "CL", Q),
    ("Santiago", "CL", T, (-33.45, -70.65)),
    ("La Araucanía", "CL", A),
    ("Los Lagos", "CL", A),
    ("Santa Cruz", "AR", A, "Santa Cruz"),
    ("El Calafate", "AR", T),
    ("Perito Moreno", "AR", N, (-50.48, -73.05)),
    ("Río Gallegos", "AR", T),
    ("Punta Arenas", "CL", T),
    ("Strait of Magellan", "CL", N),
    ("Andean", "*", Q),
    ("Brazilian", "BR", Q),
    ("São Paulo", "BR", T),
    ("Porto Alegre", "BR", T),
    ("Lake Nahuel Huapi", "AR", N),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
