"""World news set `religion`: religion, pilgrimage and faith-community news.

Forty invented articles (events are invented; every place is real and placed correctly) written
the way Religion News Service, the Catholic News Agency, Crux, Arab News, the Times of India, the
Church Times, the Tablet, the Jewish Chronicle, AP and AFP write them: headline, byline, the
outlet's dateline where it uses one, quotes, agencies and firms.

Written by a helper that read neither geomap's source (geomap/) nor any other set's cases.py;
geomap was not run on these articles while writing them.

Genres:
  a (14): pilgrimages and holy places -- the Hajj at Mecca, Mina and Arafat; Arbaeen in Karbala
          and Najaf; the Kumbh Mela at Prayagraj; Lourdes, Fatima, Santiago de Compostela,
          Jerusalem's Old City, Amritsar, Lumbini, Bodh Gaya, Varanasi, Ajmer, Walsingham and the
          Bethlehem/Nazareth namesakes of Pennsylvania.
  b (13): churches, mosques, temples and their communities in the news -- dioceses and parishes
          in the US, UK, Ireland, Nigeria, the Philippines and Brazil; closures and mergers;
          attacks on places of worship in Nigeria's states, Pakistan's districts, Egypt's
          governorates and India's states.
  c (13): religion and politics -- papal trips and the Vatican, the Ecumenical Patriarchate in
          Istanbul, Qom, Al-Azhar in Cairo, the Dalai Lama in Dharamshala, Jewish communities in
          Antwerp, Stamford Hill, Brooklyn and Bnei Brak, religious-freedom reports.

Conventions:
  - countries C; states, provinces, governorates, districts, counties and Indian/Nigerian states
    A (listed with their generic word where the text has one: "Plateau state", "Faisalabad
    district"); cities, towns, villages T with a
    (lat, lon) hint; neighbourhoods, ghats, camps (Mina, Muzdalifah), mountains (Arafat),
    the Sangam and similar sub-city places N; rivers, seas and regions spanning countries "*".
  - demonyms and adjectives (Saudi, Iraqi, Nigerian, Coptic is not one) are Q with their country.
  - organisations and bodies named after a place (the Church of England, the Archdiocese of
    Boston, the Diocese of Kaduna, the Times of India, the Moscow Patriarchate) and named
    buildings and shrines (the Western Wall, the Golden Temple, the Grand Mosque) are Q with the
    country of the place they name.
  - traps, country "-": people and saints named like places (Saint Louis the king, St. Paul,
    a woman called Lourdes or Fatima, Our Lady Aparecida), "Canterbury" standing for the
    archbishop's office, Al-Azhar the institution, schools named after saints, storms and
    ships; any result there is spurious.
  - ALL-CAPS datelines are listed as their own surface ("JERUSALEM").
"""

C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- genre a: pilgrimages
add("a", """More than 1.6 million pilgrims begin Hajj rites as heat tops 47C

By Rashid Hassan, Arab News

MECCA: More than 1.6 million pilgrims streamed out of Mecca on Tuesday toward the tent city of Mina, beginning the five days of Hajj under a forecast of temperatures above 47 degrees Celsius.

Saudi Arabia's Ministry of Hajj and Umrah said 1.47 million of the faithful had arrived from abroad, most by air through King Abdulaziz International Airport in Jeddah and Prince Mohammad bin Abdulaziz Airport in Medina. The largest contingents came from Indonesia, Pakistan, India, Bangladesh and Nigeria, with Egypt and Turkiye close behind.

Pilgrims will spend the night in Mina before climbing to Mount Arafat at dawn on Wednesday for the day of standing, the high point of the pilgrimage. After sunset they move to Muzdalifah to gather pebbles for the stoning of the Jamarat back in Mina.

"We have added 40,000 square meters of shade at Arafat and the misting fans now run the full length of the route," said ministry spokeswoman Fatima Al-Harbi. Civil defense teams have positioned 250 ambulances between the holy sites, and the Saudi Red Crescent said it had treated 2,100 people for heat exhaustion since Saturday.

Authorities warned again against unregistered pilgrims. Police said they had turned back more than 80,000 people without permits at checkpoints on the roads from Taif and Riyadh, and deported 300 foreigners caught in Mecca on tourist visas.

Among those arriving on Tuesday was Abdul Karim Sulaiman, 71, a retired teacher from Kano. "I saved for this for 22 years," he said, sitting outside his tent in Mina. "Whatever the heat, I am here."

The Grand Mosque will reopen to the full crowds on Friday for the farewell circumambulation.""", [
    ("MECCA", "SA", T, (21.43, 39.83)),
    ("Mecca", "SA", T, (21.43, 39.83)),
    ("Mina", "SA", N, (21.41, 39.89)),
    ("Saudi Arabia", "SA", C),
    ("Saudi", "SA", Q),
    ("King Abdulaziz International Airport", "SA", Q),
    ("Jeddah", "SA", T, (21.49, 39.19)),
    ("Prince Mohammad bin Abdulaziz Airport", "SA", Q),
    ("Medina", "SA", T, (24.47, 39.61)),
    ("Indonesia", "ID", C),
    ("Pakistan", "PK", C),
    ("India", "IN", C),
    ("Bangladesh", "BD", C),
    ("Nigeria", "NG", C),
    ("Egypt", "EG", C),
    ("Turkiye", "TR", C),
    ("Mount Arafat", "SA", N, (21.35, 39.98)),
    ("Arafat", "SA", N, (21.35, 39.98)),
    ("Muzdalifah", "SA", N, (21.39, 39.92)),
    ("Fatima Al-Harbi", "-", N),
    ("Taif", "SA", T, (21.27, 40.42)),
    ("Riyadh", "SA", T, (24.69, 46.72)),
    ("Kano", "NG", T, (12.00, 8.52)),
    ("Grand Mosque", "SA", Q),
])

add("a", """Millions converge on Karbala for Arbaeen as Iraq tightens security

By Ahmad Ali with Sara Jaber in Najaf, AFP

Karbala (Iraq) (AFP) - Millions of Shiite pilgrims filled the streets of Karbala on Sunday for Arbaeen, walking the last kilometres to the shrine of Imam Hussein after journeys that for many began in Najaf, 80 kilometres to the south.

Iraqi officials said 4.1 million foreigners had entered the country for the commemoration, most of them from Iran through the Mehran, Shalamcheh and Zurbatiyah crossings. Others flew into Najaf and Baghdad from Pakistan, Lebanon, Bahrain and Azerbaijan.

"This year we expect more than 21 million visitors in total," said Karbala governorate spokesman Hussein al-Jabouri. Some 36,000 members of the security forces were deployed along the highway from Najaf, where volunteers run thousands of roadside tents, or mawkibs, offering free food, tea and a place to sleep.

The walk, which marks 40 days since the death of Hussein at the battle of Karbala in the year 680, has become one of the largest annual gatherings in the world. Many pilgrims set out from Basra, more than 500 kilometres away, two weeks ahead of the day.

In Iran, the Red Crescent said queues at the Mehran border in Ilam province stretched for kilometres on Friday as temperatures passed 50 degrees. Iranian authorities laid on extra buses from Tehran, Mashhad and Qom.

"I walked from Najaf in three days with my sons," said Ali Reza Moradi, 58, from Isfahan, resting near the Bab al-Qibla gate. "My feet hurt, but my heart is light."

Health ministry figures showed 4,300 people treated for heat stress and exhaustion by Saturday night. No serious security incident had been reported.""", [
    ("Karbala#1,2,3,5", "IQ", T, (32.62, 44.02)),
    ("Karbala#4", "IQ", A),
    ("Iraq", "IQ", C),
    ("Najaf", "IQ", T, (32.00, 44.34)),
    ("Iraqi", "IQ", Q),
    ("Iran", "IR", C),
    ("Mehran", "IR", T, (33.12, 46.16)),
    ("Shalamcheh", "IR", N, (30.50, 48.03)),
    ("Zurbatiyah", "IQ", N, (33.15, 46.05)),
    ("Baghdad", "IQ", T, (33.34, 44.40)),
    ("Pakistan", "PK", C),
    ("Lebanon", "LB", C),
    ("Bahrain", "BH", C),
    ("Azerbaijan", "AZ", C),
    ("Basra", "IQ", T, (30.51, 47.78)),
    ("Ilam", "IR", A),
    ("Iranian", "IR", Q),
    ("Tehran", "IR", T, (35.69, 51.42)),
    ("Mashhad", "IR", T, (36.30, 59.61)),
    ("Qom", "IR", T, (34.64, 50.88)),
    ("Isfahan", "IR", T, (32.65, 51.67)),
])

add("a", """Maha Kumbh: 3.5 crore devotees take holy dip at Sangam on Mauni Amavasya

By Rajeev Mani, The Times of India

PRAYAGRAJ: An estimated 3.5 crore devotees took a holy dip at the Sangam, the confluence of the Ganga, the Yamuna and the mythical Saraswati, on Mauni Amavasya on Wednesday, the biggest bathing day of the Maha Kumbh.

The Uttar Pradesh government said crowd sensors and 2,700 AI-enabled cameras had tracked the movement of pilgrims across the 4,000-hectare mela area, divided into 25 sectors on both banks of the river. Akharas of naga sadhus led the Amrit Snan procession before dawn, smeared in ash and carrying tridents.

"Every ghat from Arail to Jhunsi was full by 4am, but we held the crowd on the pontoon bridges and released it in waves," said mela officer Vijay Kiran Anand. Additional forces were brought in from Lucknow, Kanpur and Varanasi.

Indian Railways ran 190 special trains to Prayagraj Junction, Naini and Phaphamau, while buses came from Ayodhya, Gorakhpur and Chitrakoot. Passengers also arrived from Nepal and Mauritius, and organisers said 10 lakh foreign visitors had registered since Paush Purnima.

Chief minister Yogi Adityanath, who reviewed arrangements from the control room on Tuesday night, said the next major snan falls on Basant Panchami. Devotees from Madhya Pradesh, Bihar and Maharashtra formed the largest groups after those from within the state.

Sunita Devi, 64, who travelled with her family from Jabalpur, said she had waited 12 years for this moment. "Ganga maiya called us, so we came," she said.

The Maha Kumbh ends on Mahashivratri.""", [
    ("Times of India", "IN", Q),
    ("PRAYAGRAJ", "IN", T, (25.44, 81.84)),
    ("Sangam", "IN", N, (25.42, 81.89)),
    ("Ganga#1", "*", N),
    ("Saraswati", "IN", Q),
    ("Yamuna", "IN", N),
    ("Uttar Pradesh", "IN", A),
    ("Arail", "IN", N, (25.41, 81.89)),
    ("Jhunsi", "IN", T, (25.44, 81.90)),
    ("Lucknow", "IN", T, (26.85, 80.95)),
    ("Kanpur", "IN", T, (26.47, 80.35)),
    ("Varanasi", "IN", T, (25.32, 83.01)),
    ("Indian", "IN", Q),
    ("Prayagraj Junction", "IN", Q),
    ("Naini", "IN", T, (25.39, 81.87)),
    ("Phaphamau", "IN", T, (25.53, 81.86)),
    ("Ayodhya", "IN", T, (26.80, 82.20)),
    ("Gorakhpur", "IN", T, (26.76, 83.37)),
    ("Chitrakoot", "IN", N, (25.20, 80.90)),
    ("Nepal", "NP", C),
    ("Mauritius", "MU", C),
    ("Madhya Pradesh", "IN", A),
    ("Bihar", "IN", A),
    ("Maharashtra", "IN", A),
    ("Jabalpur", "IN", T, (23.17, 79.93)),
    ("Ganga#2", "*", Q),
])

add("a", """Lourdes sanctuary reports record spring as Irish and Italian pilgrims return

By Courtney Mares, Catholic News Agency

Lourdes, France, May 12, 2025 / 09:40 am (CNA).

The Sanctuary of Our Lady of Lourdes welcomed more than 1.1 million pilgrims between Easter and mid-May, its rector said on Monday, the busiest spring at the Marian shrine in the Pyrenees since before the pandemic.

Father Michel Daubanes told journalists that organised diocesan pilgrimages had returned in force, led by groups from Ireland, Italy, Spain and Belgium. Charter flights to Tarbes-Lourdes-Pyrénées Airport rose by a third, with new routes from Dublin, Cork and Milan, while trains from Toulouse and Bordeaux were added on weekends.

"We see again the long lines of the sick being wheeled to the baths and to the Grotto of Massabielle. That is what Lourdes is for," Father Daubanes said.

The Hautes-Pyrénées prefecture said hotels in the town were 92% full in April. The sanctuary has reopened the renovated baths, closed since 2020, and extended the torchlight Marian procession to every evening from April to October.

The Order of Malta brought 4,000 pilgrims and sick people from 40 countries in early May, its largest international pilgrimage in six years. The Archdiocese of Westminster and the Diocese of Kerry have both booked the sanctuary for July.

Among the volunteers this season is Bernadette Kelly, 23, a nursing student from Limerick, who pushes the blue voitures carrying sick pilgrims up the esplanade. "My grandmother came here from Ennis in 1958," she said. "Now it's my turn."

The sanctuary will mark the 168th anniversary of the apparitions to Saint Bernadette Soubirous next February.""", [
    ("Lourdes", "FR", T, (43.09, -0.05)),
    ("Our Lady of Lourdes", "FR", Q),
    ("France", "FR", C),
    ("Pyrenees", "*", N),
    ("Ireland", "IE", C),
    ("Italy", "IT", C),
    ("Spain", "ES", C),
    ("Belgium", "BE", C),
    ("Tarbes-Lourdes-Pyrénées Airport", "FR", Q),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("Cork", "IE", T, (51.90, -8.47)),
    ("Milan", "IT", T, (45.46, 9.19)),
    ("Toulouse", "FR", T, (43.60, 1.44)),
    ("Bordeaux", "FR", T, (44.84, -0.58)),
    ("Massabielle", "FR", N),
    ("Hautes-Pyrénées", "FR", A),
    ("Archdiocese of Westminster", "GB", Q),
    ("Diocese of Kerry", "IE", Q),
    ("Limerick", "IE", T, (52.66, -8.63)),
    ("Ennis", "IE", T, (52.84, -8.98)),
    ("Order of Malta", "MT", Q),
])

add("a", """Cardinal urges peace as 250,000 gather at Fatima for May 13 anniversary

By Elise Ann Allen, Crux

ROME – An estimated 250,000 pilgrims filled the esplanade of the Shrine of Fatima in central Portugal on Tuesday for the anniversary of the first Marian apparition, as a visiting cardinal called on the faithful to pray for an end to the wars in Ukraine and the Middle East.

Cardinal Pietro Parolin, the Vatican Secretary of State, presided at the international Mass, concelebrated by 21 bishops and more than 300 priests. Many pilgrims had walked for days along the roads from Lisbon, Porto and Braga, some on their knees for the last stretch to the Chapel of the Apparitions.

"Fatima is not a message of fear but of hope," Parolin said in his homily, recalling the three shepherd children, Lucia, Francisco and Jacinta, who reported seeing the Virgin Mary in 1917 at the Cova da Iria, on the edge of the village.

The Guarda Nacional Republicana said 1,200 officers were deployed across the municipality of Ourém, which includes Fatima, and in neighbouring Leiria. Volunteers from the Order of Malta treated 340 walkers, mostly for blisters and dehydration.

Organised groups came from Spain, France, Poland and Brazil, while the shrine said registrations from the United States and the Philippines were at their highest in a decade. Regular coach services ran from Santiago de Compostela in Galicia.

José Martins, a 44-year-old mechanic from Viseu, said he made the 170-kilometre walk each year. "I promised Our Lady when my daughter was sick," he said.

The candlelight procession on Monday night drew a crowd the shrine's rector described as "a sea of light." """, [
    ("ROME", "IT", T, (41.89, 12.48)),
    ("Fatima", "PT", T, (39.62, -8.65)),
    ("Portugal", "PT", C),
    ("Ukraine", "UA", C),
    ("Middle East", "*", N),
    ("Vatican", "VA", N),
    ("Lisbon", "PT", T, (38.72, -9.14)),
    ("Porto", "PT", T, (41.15, -8.61)),
    ("Braga", "PT", T, (41.55, -8.42)),
    ("Cova da Iria", "PT", N, (39.63, -8.67)),
    ("Ourém", "PT", N, (39.66, -8.58)),
    ("Leiria", "PT", N, (39.74, -8.81)),
    ("Order of Malta", "MT", Q),
    ("Spain", "ES", C),
    ("France", "FR", C),
    ("Poland", "PL", C),
    ("Brazil", "BR", C),
    ("United States", "US", C),
    ("Philippines", "PH", C),
    ("Santiago de Compostela", "ES", T, (42.88, -8.54)),
    ("Galicia", "ES", A),
    ("Viseu", "PT", T, (40.66, -7.91)),
])

add("a", """Camino numbers hit record as pilgrims crowd the final 100 kilometers

By Aritz Parra, Associated Press

SANTIAGO DE COMPOSTELA, Spain (AP) — A record 499,000 pilgrims collected the Compostela certificate last year after walking or cycling to this cathedral city in northwest Spain, the Pilgrim's Office said Thursday, and officials warned that the busiest stretch of the route is reaching its limits.

Nearly a third of pilgrims start in Sarria, the town in Galicia just over 100 kilometers (62 miles) from the cathedral, the minimum distance required for the certificate. Municipal officials there said hostels turned away hundreds of walkers a night in August.

"The Camino is not a theme park," said Ana Pastor, a regional tourism official. "We want people to spread out, to start in León, in Burgos, in Ponferrada, or to take the Portuguese and Northern routes."

The French Way, the most popular route, begins in Saint-Jean-Pied-de-Port on the French side of the Pyrenees and crosses Pamplona and Logroño before the long plateau of Castile. The Pilgrim's Office said Spaniards made up 40% of arrivals, followed by walkers from the United States, Italy, Germany and Portugal.

Among them this week was Carolina Reyes, 37, an engineer from Santiago, Chile, who began walking in Roncesvalles 33 days ago. "In Chile people think my city was named after this one, and now I've seen why," she said outside the cathedral.

South Korea and Mexico also sent large numbers, the office said, along with a growing group from Ireland, where the Camino has become a popular retirement project.

Galicia's regional government plans to cap hostel places on the last five stages and to expand bookable albergues in Lugo province.""", [
    ("SANTIAGO DE COMPOSTELA", "ES", T, (42.88, -8.54)),
    ("Spain", "ES", C),
    ("Sarria", "ES", T, (42.78, -7.41)),
    ("Galicia", "ES", A),
    ("León", "ES", T, (42.60, -5.57)),
    ("Burgos", "ES", T, (42.34, -3.70)),
    ("Ponferrada", "ES", T, (42.55, -6.60)),
    ("French", "FR", Q),
    ("Spaniards", "ES", Q),
    ("Portuguese", "PT", Q),
    ("Saint-Jean-Pied-de-Port", "FR", T, (43.16, -1.24)),
    ("Pyrenees", "*", N),
    ("Pamplona", "ES", T, (42.82, -1.64)),
    ("Logroño", "ES", T, (42.47, -2.45)),
    ("Castile", "ES", N),
    ("United States", "US", C),
    ("Italy", "IT", C),
    ("Germany", "DE", C),
    ("Portugal", "PT", C),
    ("Santiago", "CL", T, (-33.46, -70.65)),
    ("Chile", "CL", C),
    ("Roncesvalles", "ES", T, (43.01, -1.32)),
    ("South Korea", "KR", C),
    ("Mexico", "MX", C),
    ("Ireland", "IE", C),
    ("Lugo", "ES", A),
])

add("a", """Easter, Passover and Ramadan converge on Jerusalem's Old City under heavy guard

By Julia Frankel, Associated Press

JERUSALEM (AP) — Thousands of Christian pilgrims carried crosses along the Via Dolorosa on Friday as Jewish families gathered at the Western Wall for Passover and Muslim worshippers streamed to Friday prayers at Al-Aqsa Mosque, a rare overlap of three holy seasons in Jerusalem's walled Old City.

Israeli police said 3,000 officers were deployed in and around the Old City, with checkpoints at Damascus Gate and Lions' Gate. Around 80,000 worshippers prayed at Al-Aqsa, according to the Islamic Waqf, the Jordanian-backed body that administers the compound.

Palestinians from the West Bank needed permits to enter, and the Israeli military said it issued 10,000 for men over 55 and women over 50. Many travelled through the Qalandiya checkpoint from Ramallah, while others came from Bethlehem and Hebron through the checkpoint near Rachel's Tomb.

Pilgrim numbers remained below prewar levels. Church leaders said groups had come from Nigeria, India, the Philippines and Poland, but few from the United States. Hotels in East Jerusalem reported occupancy of about 30%.

"Jerusalem belongs to the faithful of all three religions. We pray that this city lives up to its name," said Theophilos III, the Greek Orthodox Patriarch of Jerusalem, outside the Church of the Holy Sepulchre.

On Saturday Orthodox Christians will mark the Holy Fire ceremony, which draws believers from Greece, Cyprus, Russia and Ethiopia. Police said they would again limit attendance inside the church to 1,800 people.

Jordan's foreign ministry urged Israel to respect the status quo at the holy sites.""", [
    ("JERUSALEM", "IL|PS", T, (31.78, 35.23)),
    ("Jerusalem", "IL|PS", T, (31.78, 35.23)),
    ("Patriarch of Jerusalem", "IL|PS", Q),
    ("Old City", "IL|PS", N, (31.78, 35.23)),
    ("Via Dolorosa", "IL|PS", Q),
    ("Western Wall", "IL|PS", Q),
    ("Al-Aqsa Mosque", "IL|PS", Q),
    ("Al-Aqsa", "IL|PS", Q),
    ("Israeli", "IL", Q),
    ("Damascus Gate", "IL|PS", Q),
    ("Lions' Gate", "IL|PS", Q),
    ("Jordanian", "JO", Q),
    ("Palestinians", "PS", Q),
    ("West Bank", "PS", N),
    ("Qalandiya", "PS", N, (31.87, 35.22)),
    ("Ramallah", "PS", T, (31.90, 35.20)),
    ("Bethlehem", "PS", T, (31.70, 35.20)),
    ("Hebron", "PS", T, (31.53, 35.09)),
    ("Rachel's Tomb", "PS", Q),
    ("Nigeria", "NG", C),
    ("India", "IN", C),
    ("Philippines", "PH", C),
    ("Poland", "PL", C),
    ("United States", "US", C),
    ("East Jerusalem", "IL|PS", N, (31.78, 35.24)),
    ("Greek", "GR", Q),
    ("Church of the Holy Sepulchre", "IL|PS", Q),
    ("Greece", "GR", C),
    ("Cyprus", "CY", C),
    ("Russia", "RU", C),
    ("Ethiopia", "ET", C),
    ("Jordan", "JO", C),
    ("Israel", "IL", C),
])

add("a", """Gurpurb: lakhs throng Golden Temple; 2,100 Sikh pilgrims leave for Pakistan via Attari

By Yudhvir Rana, The Times of India

AMRITSAR: Lakhs of devotees paid obeisance at the Golden Temple on Wednesday on the parkash purb of Guru Nanak Dev, as the shrine was lit with more than a lakh earthen lamps and a fireworks display lit up the sky over the holy city.

The Shiromani Gurdwara Parbandhak Committee (SGPC) said the langar at Sri Harmandar Sahib fed nearly three lakh people during the day. Sangat arrived by train and bus from across Punjab, Haryana, Delhi and Himachal Pradesh, and from Sikh communities in Canada, the UK and Australia.

Earlier in the day a jatha of 2,100 Sikh pilgrims crossed into Pakistan through the Attari-Wagah border to attend the main celebrations at Gurdwara Janam Asthan in Nankana Sahib, the birthplace of Guru Nanak, about 80 km west of Lahore. The jatha will also visit Gurdwara Panja Sahib in Hasan Abdal and Gurdwara Darbar Sahib at Kartarpur before returning on November 14.

"We thank both governments for issuing visas. Every Sikh longs to see Nankana Sahib," said SGPC secretary Partap Singh, who saw off the pilgrims at Attari railway station.

The Kartarpur corridor, which lets pilgrims from Gurdaspur district visit the Narowal shrine without a visa, remained closed, and SGPC chief Harjinder Singh Dhami urged the Centre to reopen it.

Police commissioner Gurpreet Singh Bhullar said 4,500 personnel were deployed in Amritsar, with traffic diverted away from the walled city around the Heritage Street. Hotel owners on Ranjit Avenue and near the Jallianwala Bagh reported full bookings through the weekend.

Harpreet Kaur, 52, who came from Ludhiana with her grandchildren, said: "This night at Darbar Sahib is something they must remember all their lives." """, [
    ("Golden Temple", "IN", Q),
    ("Sikh", "IN", Q),
    ("Pakistan", "PK", C),
    ("Attari", "IN", T, (31.60, 74.61)),
    ("Times of India", "IN", Q),
    ("AMRITSAR", "IN", T, (31.63, 74.87)),
    ("Sri Harmandar Sahib", "IN", Q),
    ("Punjab", "IN", A),
    ("Haryana", "IN", A),
    ("Delhi", "IN", N),
    ("Himachal Pradesh", "IN", A),
    ("Canada", "CA", C),
    ("UK", "GB", C),
    ("Australia", "AU", C),
    ("Attari-Wagah", "IN|PK", N, (31.60, 74.57)),
    ("Gurdwara Janam Asthan", "PK", Q),
    ("Nankana Sahib", "PK", T, (31.45, 73.71)),
    ("Lahore", "PK", T, (31.55, 74.34)),
    ("Gurdwara Panja Sahib", "PK", Q),
    ("Hasan Abdal", "PK", T, (33.82, 72.69)),
    ("Kartarpur", "PK", T, (32.09, 75.02)),
    ("Gurdaspur", "IN", A),
    ("Narowal", "PK", T, (32.10, 74.87)),
    ("Amritsar", "IN", T, (31.63, 74.87)),
    ("Ranjit Avenue", "IN", N, (31.66, 74.86)),
    ("Jallianwala Bagh", "IN", Q),
    ("Ludhiana", "IN", T, (30.91, 75.85)),
])

add("a", """Buddha Jayanti draws pilgrims from across Asia to Lumbini

By Bhuwan Sharma, AFP

Lumbini (Nepal) (AFP) - Tens of thousands of Buddhist pilgrims from across Asia gathered in Lumbini on Monday to mark the birth of Siddhartha Gautama, chanting and lighting butter lamps in the sacred garden where tradition holds he was born more than 2,500 years ago.

Monks in saffron and maroon robes from Sri Lanka, Thailand, Myanmar, Vietnam and Bhutan prayed beside the Maya Devi Temple and the pillar erected by the emperor Ashoka, while Nepali families picnicked under the sal trees of the monastic zone.

"Lumbini is the fountain of world peace, and it should be the centre of every Buddhist's heart," said Nepal's Prime Minister, who flew in from Kathmandu to open the celebrations.

Officials at the Lumbini Development Trust said 1.2 million visitors came last year, most of them from India, and that numbers from China, South Korea and Japan were growing fast. Many arrive through Gautam Buddha International Airport near Bhairahawa, which opened in 2022 but still handles few international flights.

The town, in Rupandehi district of Lumbini Province, sits just north of the Indian border crossing at Sonauli. Pilgrims on the Buddhist circuit often continue to Kapilvastu, where the prince grew up, and on to Kushinagar and Bodh Gaya in India.

"We flew from Colombo to Chennai and came on by train," said Sister Dhammadinna, a nun from Kandy, who travelled with 40 laypeople. "It took us five days. It was worth each hour."

Hoteliers said rooms in Lumbini and nearby Siddharthanagar were fully booked through Wednesday. Police said no incidents had been reported.""", [
    ("Asia", "*", N),
    ("Lumbini", "NP", T, (27.48, 83.28)),
    ("Lumbini Development Trust", "NP", Q),
    ("Lumbini Province", "NP", A),
    ("Nepal", "NP", C),
    ("Sri Lanka", "LK", C),
    ("Thailand", "TH", C),
    ("Myanmar", "MM", C),
    ("Vietnam", "VN", C),
    ("Bhutan", "BT", C),
    ("Maya Devi Temple", "NP", Q),
    ("Nepali", "NP", Q),
    ("Kathmandu", "NP", T, (27.70, 85.32)),
    ("India", "IN", C),
    ("China", "CN", C),
    ("South Korea", "KR", C),
    ("Japan", "JP", C),
    ("Gautam Buddha International Airport", "NP", Q),
    ("Bhairahawa", "NP", T, (27.51, 83.45)),
    ("Rupandehi", "NP", A),
    ("Indian", "IN", Q),
    ("Sonauli", "IN", T, (27.47, 83.47)),
    ("Kapilvastu", "NP", N, (27.57, 83.05)),
    ("Kushinagar", "IN", T, (26.74, 83.89)),
    ("Bodh Gaya", "IN", T, (24.70, 84.99)),
    ("Colombo", "LK", T, (6.93, 79.85)),
    ("Chennai", "IN", T, (13.08, 80.27)),
    ("Kandy", "LK", T, (7.29, 80.63)),
    ("Siddharthanagar", "NP", T, (27.50, 83.45)),
])

add("a", """Bodh Gaya gears up for Dalai Lama's teachings; 50,000 devotees expected

By Abhay Singh, The Times of India

GAYA: The Mahabodhi temple town of Bodh Gaya is preparing for the arrival of more than 50,000 devotees from over 40 countries for a week of teachings by the Dalai Lama starting December 29, the Bihar government said on Monday.

Gaya district magistrate Thiyagarajan S M said a 3-tier security ring would be thrown around the Kalachakra Maidan, where the Tibetan spiritual leader is to teach, and around the Mahabodhi Mahavihara, the UNESCO World Heritage site where the Buddha is believed to have attained enlightenment under the Bodhi tree.

The Dalai Lama is expected to fly in from Dharamshala via Delhi to Gaya airport on December 25. Special trains will run from Patna, Kolkata and Varanasi, and the state tourism department has set up a tent city on the banks of the Niranjana river for pilgrims who cannot find rooms.

Monasteries built by Thailand, Japan, Bhutan, Myanmar and Tibet's exile community line the road from the temple to the 80-foot Great Buddha statue. Their guest houses have been booked for weeks, hoteliers said, with large groups arriving from Ladakh, Sikkim and Arunachal Pradesh, as well as from Mongolia and Nepal.

"Pilgrims come here in every season, but when His Holiness is here the whole town breathes differently," said Lobsang Tenzin, a monk at the Tibetan monastery near the Mahabodhi temple.

Bihar's deputy chief minister, who visited Bodh Gaya on Sunday, said the government would extend the four-lane road to Rajgir and Nalanda, the ancient Buddhist university town, to complete a Buddhist circuit. Work on the new Bodh Gaya bypass has been ordered to finish before the teachings begin.""", [
    ("Times of India", "IN", Q),
    ("GAYA", "IN", T, (24.79, 85.00)),
    ("Mahabodhi", "IN", Q),
    ("Bodh Gaya", "IN", T, (24.70, 84.99)),
    ("Bihar", "IN", A),
    ("Gaya district", "IN", A),
    ("Gaya airport", "IN", Q),
    ("Kalachakra Maidan", "IN", Q),
    ("Tibetan", "CN", Q),
    ("Mahabodhi Mahavihara", "IN", Q),
    ("Dharamshala", "IN", T, (32.22, 76.32)),
    ("Delhi", "IN", N),
    ("Patna", "IN", T, (25.59, 85.14)),
    ("Kolkata", "IN", T, (22.57, 88.36)),
    ("Varanasi", "IN", T, (25.32, 83.01)),
    ("Niranjana", "IN", N),
    ("Thailand", "TH", C),
    ("Japan", "JP", C),
    ("Bhutan", "BT", C),
    ("Myanmar", "MM", C),
    ("Tibet", "CN", A),
    ("Ladakh", "IN", A),
    ("Sikkim", "IN", A),
    ("Arunachal Pradesh", "IN", A),
    ("Mongolia", "MN", C),
    ("Nepal", "NP", C),
    ("Rajgir", "IN", T, (25.03, 85.42)),
    ("Nalanda", "IN", N, (25.14, 85.44)),
])

add("a", """Dev Deepawali: 25 lakh diyas light up Varanasi ghats, foreign tourists throng Kashi

By Binay Singh, The Times of India

VARANASI: All 84 ghats along the crescent-shaped bank of the Ganga were lit with more than 25 lakh earthen lamps on Friday evening for Dev Deepawali, drawing a crowd that police estimated at over 10 lakh people, including thousands of foreign tourists.

The main Ganga aarti at Dashashwamedh Ghat began at 5.15pm, with 21 archakas and 42 young women performing the ritual. Across the river, a laser show on the sand of the eastern bank told the story of Kashi's founding, while a fireworks display was held off Chet Singh Ghat.

Divisional commissioner Kaushal Raj Sharma said boats were banned for two hours around the main aarti and 2,500 policemen and 10 NDRF teams were on duty. "We had the Kumbh experience from Prayagraj to plan the crowd," he said.

Tourism officials said hotels in Godowlia, Assi and the cantonment area were full, with visitors from the US, Russia, France, Israel and South Korea. Many visitors also went to Sarnath, 10 km north of the city, where the Buddha gave his first sermon.

Chief minister Yogi Adityanath, who watched from a cruise boat near Rajghat, said Kashi now drew more than 11 crore visitors a year since the opening of the Kashi Vishwanath Dham corridor.

"I came from Ahmedabad for the first time. I will be back every year," said Rina Patel, a schoolteacher who had booked a rooftop in Bengali Tola for her family.

Traffic from the Mirzapur and Ghazipur sides was diverted from noon. The district administration said there had been no untoward incident, and Saturday's aarti will be held on the usual scale.""", [
    ("Varanasi", "IN", T, (25.32, 83.01)),
    ("Times of India", "IN", Q),
    ("VARANASI", "IN", T, (25.32, 83.01)),
    ("Ganga#1", "*", N),
    ("Ganga#2", "*", Q),
    ("Dashashwamedh Ghat", "IN", N, (25.31, 83.01)),
    ("Kashi", "IN", T, (25.32, 83.01)),
    ("Chet Singh Ghat", "IN", N, (25.29, 83.01)),
    ("Prayagraj", "IN", T, (25.44, 81.84)),
    ("Godowlia", "IN", N, (25.31, 83.01)),
    ("Assi", "IN", N, (25.29, 83.01)),
    ("US", "US", C),
    ("Russia", "RU", C),
    ("France", "FR", C),
    ("Israel", "IL", C),
    ("South Korea", "KR", C),
    ("Sarnath", "IN", T, (25.38, 83.02)),
    ("Rajghat", "IN", N, (25.32, 83.04)),
    ("Kashi Vishwanath Dham", "IN", Q),
    ("Ahmedabad", "IN", T, (23.03, 72.58)),
    ("Bengali Tola", "IN", N, (25.30, 83.01)),
    ("Mirzapur", "IN", N, (25.15, 82.57)),
    ("Ghazipur", "IN", N, (25.58, 83.58)),
])

add("a", """Ajmer Urs: 250 Pakistani zaireen arrive; chadar from PM offered at dargah

By Arab News Pakistan

ISLAMABAD: A group of 250 Pakistani pilgrims reached Ajmer in India's Rajasthan state on Thursday for the 813th Urs of the Sufi saint Khwaja Moinuddin Chishti, after crossing the Wagah border and traveling by special train from Lahore, the Ministry of Religious Affairs said.

The pilgrims, known as zaireen, will stay for six days at a government school near the Ajmer Sharif Dargah, where hundreds of thousands of devotees from across South Asia gather every year for the death anniversary of the 13th-century saint, who is buried in the Rajasthan city.

"We are grateful that the visa process was completed in time despite the tensions," said Syed Atta ur Rehman, leader of the group, speaking by phone from Ajmer. "People here have welcomed us with flowers."

Pakistan and India allow pilgrims to visit each other's shrines under a 1974 protocol. Sikh pilgrims from India travel to Nankana Sahib and Hasan Abdal each year, while Pakistani Muslims visit Ajmer and the shrine of Nizamuddin Auliya in Delhi.

Indian media reported that a chadar, or ceremonial cloth, sent by Prime Minister Narendra Modi was offered at the shrine on Wednesday, continuing a tradition followed by every Indian premier. The khadims, the shrine's hereditary custodians, said the Urs had drawn pilgrims from Bangladesh, Sri Lanka and the Gulf as well as Hyderabad, Mumbai and Kolkata.

Police in Ajmer said traffic was closed around Dargah Bazaar and that extra buses were running to nearby Pushkar, a Hindu pilgrimage town, and to Jaipur, 135 kilometers away.

The Pakistani group is scheduled to return to Lahore via Amritsar on January 8.""", [
    ("Pakistani", "PK", Q),
    ("Arab News Pakistan", "PK", Q),
    ("ISLAMABAD", "PK", T, (33.72, 73.06)),
    ("Ajmer", "IN", T, (26.45, 74.64)),
    ("Ajmer Sharif Dargah", "IN", Q),
    ("India", "IN", C),
    ("Rajasthan", "IN", A),
    ("Wagah", "PK", T, (31.60, 74.57)),
    ("Lahore", "PK", T, (31.55, 74.34)),
    ("South Asia", "*", N),
    ("Pakistan", "PK", C),
    ("Sikh", "IN", Q),
    ("Nankana Sahib", "PK", T, (31.45, 73.71)),
    ("Hasan Abdal", "PK", T, (33.82, 72.69)),
    ("Delhi", "IN", N),
    ("Indian", "IN", Q),
    ("Bangladesh", "BD", C),
    ("Sri Lanka", "LK", C),
    ("Gulf", "*", N),
    ("Hyderabad", "IN", T, (17.38, 78.46)),
    ("Mumbai", "IN", T, (19.07, 72.88)),
    ("Kolkata", "IN", T, (22.57, 88.36)),
    ("Dargah Bazaar", "IN", N),
    ("Nizamuddin Auliya", "-", N),
    ("Pushkar", "IN", T, (26.49, 74.55)),
    ("Jaipur", "IN", T, (26.91, 75.79)),
    ("Amritsar", "IN", T, (31.63, 74.87)),
])

add("a", """In the 'Christmas City,' a Moravian star and a pilgrimage to Bethlehem, Pa.

By Kathryn Post, Religion News Service

BETHLEHEM, Pa. (RNS) — Every December since 1742, when Moravian settlers named their new settlement on the Lehigh River after the birthplace of Jesus, this city in eastern Pennsylvania has called itself the Christmas City. This year, organizers say, it is drawing pilgrims as well as shoppers.

Central Moravian Church will host 14 candlelight Christmas Eve vigils, and the Moravian congregations of the Lehigh Valley say bus groups have booked the city's walking tour of colonial buildings from as far as Ohio and Virginia. On the first Sunday of Advent, some 300 people carried lanterns from the church to the 18th-century Single Brethren's House.

"A lot of Christians will never get to Bethlehem in the West Bank, especially now," said the Rev. Janel Rice, a Moravian pastor. "Coming here is a way of remembering the little town of the carol."

The connection runs both ways. Last week the congregation hosted Rami Khoury, a Palestinian Christian shopkeeper from Beit Sahour, the village east of the West Bank city where tradition places the shepherds' fields, who sold olive-wood nativity sets carved there.

Nearby towns share the biblical theme. A few miles north lies Nazareth, home of the Martin guitar factory, and to the west is Emmaus. An hour away in Lebanon County is Lebanon, the county seat.

The Moravian Book Shop on Main Street, which calls itself the oldest continuously operating bookstore in the world, said it had sold 6,000 of the city's trademark many-pointed stars since November.

"Christmas is a tradition here, but it's also a calling," said Mayor J. William Reynolds, watching the lighting of the 91-foot star on South Mountain.""", [
    ("Bethlehem#1", "US", T, (40.63, -75.37)),
    ("Bethlehem#2", "PS", T, (31.70, 35.20)),
    ("Moravian", "CZ", Q),
    ("Lehigh Valley", "US", N, (40.62, -75.45)),
    ("BETHLEHEM", "US", T, (40.63, -75.37)),
    ("Pa.", "US", A, "US.PA"),
    ("Lehigh River", "US", N),
    ("Pennsylvania", "US", A, "US.PA"),
    ("Ohio", "US", A, "US.OH"),
    ("Virginia", "US", A, "US.VA"),
    ("West Bank", "PS", N),
    ("Palestinian", "PS", Q),
    ("Beit Sahour", "PS", T, (31.70, 35.23)),
    ("Nazareth", "US", T, (40.74, -75.31)),
    ("Emmaus", "US", T, (40.54, -75.50)),
    ("Lebanon County", "US", A, "US.PA"),
    ("Lebanon", "US", T, (40.34, -76.41)),
    ("South Mountain", "US", N, (40.60, -75.37)),
])

add("a", """Walsingham pilgrimage sees largest numbers for a decade

By Madeleine Davies, Church Times

MORE than 12,000 people walked the Holy Mile into Walsingham on the late May bank holiday for the National Pilgrimage, the largest attendance since 2014, the Shrine of Our Lady of Walsingham has said.

Pilgrims came from parishes across the dioceses of Norwich, Ely, Chelmsford and London, as well as from the Scottish Episcopal Church and from as far as Nigeria and Papua New Guinea. Groups walked from Fakenham and East Barsham, and a youth group cycled 120 miles from Cambridge over two days.

The Bishop of Lynn preached at the open-air mass in the Abbey grounds, to which the procession returned after winding through the village and the Friday Market. "Walsingham has been called England's Nazareth for nine centuries. What we see today is that its call has not faded," he said.

The shrine's administrator, Canon Andrew Mackay, said that bookings for parish pilgrimages this summer were already 20 per cent higher than last year, with new groups from Yorkshire, Kent and the West Midlands. The Roman Catholic National Shrine at the Slipper Chapel, a mile south in Houghton St Giles, has reported a similar rise.

Norfolk County Council closed the B1105 for the afternoon, and a park-and-ride operated from the showground at Fakenham. St John Ambulance treated 30 people, mostly for sunburn.

The Revd Sarah Langford, who brought a group of 60 from a parish in Norwich, said that many were first-time pilgrims. "People who would never call themselves religious want to walk somewhere with meaning," she said.

The shrine will host the Youth Pilgrimage in August and the Walsingham Festival in October.""", [
    ("Walsingham", "GB", T, (52.89, 0.87)),
    ("Shrine of Our Lady of Walsingham", "GB", Q),
    ("Norwich", "GB", T, (52.63, 1.30)),
    ("Ely", "GB", T, (52.40, 0.26)),
    ("Chelmsford", "GB", T, (51.74, 0.47)),
    ("London", "GB", T, (51.51, -0.13)),
    ("Scottish Episcopal Church", "GB", Q),
    ("Nigeria", "NG", C),
    ("Papua New Guinea", "PG", C),
    ("Fakenham", "GB", T, (52.83, 0.85)),
    ("East Barsham", "GB", T, (52.86, 0.86)),
    ("Cambridge", "GB", T, (52.21, 0.12)),
    ("Bishop of Lynn", "GB", Q),
    ("England", "GB", N),
    ("Nazareth", "IL", Q),
    ("Yorkshire", "GB", A),
    ("Kent", "GB", A),
    ("West Midlands", "GB", A),
    ("Houghton St Giles", "GB", T, (52.88, 0.86)),
    ("Norfolk County Council", "GB", Q),
    ("Walsingham Festival", "GB", Q),
    ("St John Ambulance", "-", N),
    ("Roman", "IT", Q),
    ("Sarah Langford", "-", N),
])

# ---------------------------------------------------------------- genre b: communities
add("b", """Archdiocese of Boston to merge 40 parishes as Mass attendance slides

By Jack Jenkins, Religion News Service

(RNS) — The Archdiocese of Boston announced Tuesday that it will merge 40 parishes into 17 over the next two years, closing at least 11 churches in a region once among the most Catholic in the United States.

The plan, called "Together in Faith," affects parishes in Boston's Dorchester and Roxbury neighborhoods as well as in Lowell, Lawrence, Brockton and Quincy, and in towns on the South Shore. Archbishop Richard Henning said weekly Mass attendance had fallen to about 13% of registered Catholics, and that the archdiocese has 185 active priests for 280 parishes.

"We are not closing the door on anyone. We are asking communities to pray together in fewer, stronger parishes," Henning said in a video message.

Parishioners at St. Patrick's in Lawrence, a largely Dominican and Puerto Rican congregation, said they would appeal to the Vatican's Dicastery for the Clergy. "This church was built by Irish mill workers in 1869 and kept alive by us," said parish council member Luz Minaya. "We filled it every Sunday."

The archdiocese covers 144 communities across eastern Massachusetts, from Cape Ann south to Plymouth. Its last major reconfiguration, in 2004, provoked vigils in which parishioners occupied churches for years, and several appeals reached Rome.

Similar plans are underway in the Archdiocese of Hartford in Connecticut, the Diocese of Pittsburgh and the Archdiocese of New York, where Cardinal Timothy Dolan has merged dozens of parishes in the Bronx and Staten Island.

Tom Groome, a theologian at Boston College, said the cuts reflected not only demography but the long shadow of the abuse crisis that broke in Boston in 2002. "Trust was lost, and it was never fully rebuilt," he said.""", [
    ("Boston", "US", T, (42.36, -71.06)),
    ("Archdiocese of Boston", "US", Q),
    ("Boston College", "US", Q),
    ("United States", "US", C),
    ("Dorchester", "US", N, (42.30, -71.07)),
    ("Roxbury", "US", N, (42.32, -71.09)),
    ("Lowell", "US", T, (42.63, -71.32)),
    ("Lawrence", "US", T, (42.71, -71.16)),
    ("Brockton", "US", T, (42.08, -71.02)),
    ("Quincy", "US", T, (42.25, -71.00)),
    ("South Shore", "US", N),
    ("Dominican", "DO", Q),
    ("Puerto Rican", "PR", Q),
    ("Vatican", "VA", Q),
    ("Irish", "IE", Q),
    ("Luz Minaya", "-", N),
    ("Massachusetts", "US", A, "US.MA"),
    ("Cape Ann", "US", N, (42.63, -70.65)),
    ("Plymouth", "US", T, (41.96, -70.67)),
    ("Rome", "VA|IT", Q),
    ("Archdiocese of Hartford", "US", Q),
    ("Connecticut", "US", A, "US.CT"),
    ("Diocese of Pittsburgh", "US", Q),
    ("Archdiocese of New York", "US", Q),
    ("Bronx", "US", N, (40.85, -73.87)),
    ("Staten Island", "US", N, (40.58, -74.15)),
])

add("b", """Gunmen kill 27 worshippers in attack on Plateau church; Kaduna diocese mourns priest

By Chinedu Asadu, Associated Press

ABUJA, Nigeria (AP) — Gunmen killed at least 27 people during an overnight vigil at a Catholic church in central Nigeria's Plateau state, officials said Monday, the latest in a cycle of attacks on farming communities in the region.

The attackers struck the village of Mushu in Bokkos local government area shortly after midnight, setting homes on fire and shooting worshippers as they fled the church, said Monday Kassah, chairman of the Bokkos council. Seven more people were missing.

Plateau state Gov. Caleb Mutfwang condemned what he called "a barbaric assault on people at prayer" and ordered extra troops to Bokkos, Mangu and Barkin Ladi. Police spokesman Alfred Alabo said two suspects were arrested near Jos, the state capital.

Separately, the Catholic Diocese of Kafanchan in southern Kaduna state said it was burying Father Sylvester Okechukwu, who was abducted from his rectory in Zonkwa last month and found dead days later. The Archdiocese of Kaduna called on the federal government to "stop counting bodies and start protecting citizens."

Nigeria's Middle Belt has seen years of clashes between mostly Christian farmers and mostly Muslim herders, worsened by drought, banditry and competition for land. Amnesty International says more than 2,600 people have been killed in Benue and Plateau states since January 2023.

Bishop Matthew Kukah of the Diocese of Sokoto said churches across the north had cut night services. "We now pray with one eye on the door," he said.

President Bola Tinubu's office said security chiefs had been ordered to Plateau. Residents of Mushu, many of whom fled to Bokkos town, said they would not return until soldiers were stationed in the village.""", [
    ("Plateau", "NG", A),
    ("Kaduna", "NG", Q),
    ("ABUJA", "NG", T, (9.06, 7.49)),
    ("Nigeria", "NG", C),
    ("Plateau state", "NG", A),
    ("Mushu", "NG", N),
    ("Bokkos", "NG", N, (9.30, 9.00)),
    ("Mangu", "NG", N, (9.52, 9.10)),
    ("Barkin Ladi", "NG", N, (9.53, 8.90)),
    ("Jos", "NG", T, (9.93, 8.89)),
    ("Diocese of Kafanchan", "NG", Q),
    ("Kaduna state", "NG", A),
    ("Zonkwa", "NG", T, (9.78, 8.29)),
    ("Archdiocese of Kaduna", "NG", Q),
    ("Middle Belt", "NG", N),
    ("Benue", "NG", A),
    ("Diocese of Sokoto", "NG", Q),
])

add("b", """Pakistan court jails 12 over Jaranwala church arson as Christians rebuild

By Nadir Guramani, Arab News

ISLAMABAD: An anti-terrorism court in Faisalabad on Thursday sentenced 12 men to prison terms of up to 10 years for their role in the 2023 mob attacks on churches and Christian homes in Jaranwala, in Pakistan's Punjab province, prosecutors said.

More than two dozen churches and some 80 houses were burned in the town after two Christian brothers were accused of desecrating the Qur'an. Hundreds of families fled into nearby sugarcane fields and spent days in the open before returning.

"This verdict is a small step. Many of those who incited the crowd are still free," said Akmal Bhatti, chairman of the Minorities Alliance Pakistan, who attended the hearing in Faisalabad district.

The Punjab government said it had rebuilt or repaired 23 churches, including the Salvation Army hall and St. John's Catholic Church in Jaranwala's Christian Colony, at a cost of Rs300 million. Bishop Indrias Rehmat of the Catholic Diocese of Faisalabad said that congregations had returned to Sunday services but that fear remained.

Blasphemy accusations remain a flashpoint across Pakistan. In May a mob in Sargodha attacked an elderly Christian man who later died of his injuries, and in 2021 a Sri Lankan factory manager was lynched in Sialkot. Human rights groups say the laws are often misused in personal and property disputes.

The court acquitted 37 other suspects for lack of evidence. Defense lawyers said they would appeal in the Lahore High Court.

Shamim Masih, a Jaranwala resident whose home was looted, said his children still woke at night. "Our church has a new roof, but we have not yet a new heart," he said. Police in Islamabad said security had been raised at churches ahead of Christmas.""", [
    ("Pakistan", "PK", C),
    ("Minorities Alliance Pakistan", "PK", Q),
    ("Jaranwala", "PK", T, (31.33, 73.42)),
    ("ISLAMABAD", "PK", T, (33.72, 73.06)),
    ("Islamabad", "PK", T, (33.72, 73.06)),
    ("Faisalabad", "PK", T, (31.42, 73.08)),
    ("Faisalabad district", "PK", A),
    ("Diocese of Faisalabad", "PK", Q),
    ("Punjab", "PK", A),
    ("Christian Colony", "PK", N),
    ("Sargodha", "PK", T, (32.08, 72.67)),
    ("Sri Lankan", "LK", Q),
    ("Sialkot", "PK", T, (32.49, 74.53)),
    ("Lahore High Court", "PK", Q),
    ("Shamim Masih", "-", N),
])

add("b", """Copts bury victims of Minya village attack as governor vows rebuilding

By Arab News

CAIRO: Coptic Christians in Egypt's Minya governorate on Monday buried three villagers killed when a mob attacked homes and a church under construction in the village of Al-Karm, in the latest sectarian clash in Upper Egypt.

The attack followed rumors that a building being put up by Christians in the village, in the Abu Qurqas district south of Minya city, was to be used as a church without a permit, local priests said. Security forces arrested 19 people, the Interior Ministry said.

Bishop Anba Makarios, the Coptic Orthodox bishop of Minya and Abu Qurqas, said on Facebook that eight houses were burned and that "families slept in the fields for fear of a second night." He called for the prosecution of instigators and not only of those who threw the stones.

Minya Governor Emad Kodwa visited the village on Sunday with the Muslim and Christian leaders of the local "family house" reconciliation committee. He pledged that the damaged homes would be rebuilt by the state within three months.

Minya, about 250 kilometers south of Cairo, has the largest Christian population of Egypt's governorates and has seen repeated attacks, including the 2017 killing of 28 pilgrims on the road to the Monastery of St. Samuel the Confessor. Since a 2016 law, more than 3,000 churches across Egypt, from Alexandria to Assiut and Sohag, have been legalized.

"We love our village. We want our children to pray without fear," said Fatima Girgis, 41, whose brother was among the dead, speaking by phone.

Pope Tawadros II, head of the Coptic Orthodox Church, received a delegation of families on Monday at St. Mark's Cathedral in Cairo's Abbasiya district.""", [
    ("Minya#1,2,4,5,6", "EG", A),
    ("Minya#3", "EG", T, (28.09, 30.76)),
    ("CAIRO", "EG", T, (30.04, 31.24)),
    ("Cairo", "EG", T, (30.04, 31.24)),
    ("Egypt", "EG", C),
    ("Al-Karm", "EG", N, (27.93, 30.80)),
    ("Upper Egypt", "EG", N),
    ("Abu Qurqas", "EG", N, (27.93, 30.84)),
    ("Alexandria", "EG", T, (31.20, 29.92)),
    ("Assiut", "EG", T, (27.18, 31.18)),
    ("Sohag", "EG", T, (26.56, 31.69)),
    ("Fatima Girgis", "-", N),
    ("Abbasiya", "EG", N, (30.07, 31.28)),
])

add("b", """Church torched in Manipur's Churachandpur; Christian groups seek central probe

By Bhaskar Mukherjee, The Times of India

IMPHAL: A church in Manipur's Churachandpur district was set on fire early on Tuesday, two days after clashes in neighbouring Bishnupur district, police said, prompting Christian organisations to demand a central probe into renewed attacks on places of worship in the state.

No one was hurt in the fire at the Evangelical Baptist Convention church in Kangvai, about 20 km from Churachandpur town, but the building and its hall were gutted. Security forces were rushed to the area, and prohibitory orders were imposed in both districts.

"More than 250 churches and many temples have been burnt since 2023. Every new fire tells us the state has not healed," said the Rev. Lalrinsanga, secretary of the Manipur Baptist Convention. The Kuki Inpi Manipur called for a shutdown in the hill districts on Wednesday.

Chief secretary Prashant Kumar Singh said the Centre had sent 10 more companies of central forces. Meanwhile, the Catholic Archbishop of Imphal appealed to both Meitei and Kuki-Zo leaders to "stop the cycle before it consumes another generation."

The incident drew reactions in Delhi, where the United Christian Forum said it had recorded more than 800 incidents of violence against Christians across India last year, most of them in Uttar Pradesh and Chhattisgarh.

In Odisha, where the 2008 violence in Kandhamal district left dozens dead, the Archdiocese of Cuttack-Bhubaneswar marked the anniversary on Monday with a prayer meeting in Bhubaneswar, attended by survivors from Raikia and G Udayagiri.

Church leaders in Shillong and Aizawl, in the Christian-majority states of Meghalaya and Mizoram, announced prayer vigils for Manipur on Sunday.""", [
    ("Times of India", "IN", Q),
    ("Manipur", "IN", A),
    ("Manipur Baptist Convention", "IN", Q),
    ("Kuki Inpi Manipur", "IN", Q),
    ("Churachandpur#1,2", "IN", A),
    ("Churachandpur#3", "IN", T, (24.33, 93.68)),
    ("IMPHAL", "IN", T, (24.81, 93.94)),
    ("Bishnupur", "IN", A),
    ("Kangvai", "IN", N),
    ("Imphal", "IN", Q),
    ("Delhi", "IN", N),
    ("India", "IN", C),
    ("Uttar Pradesh", "IN", A),
    ("Chhattisgarh", "IN", A),
    ("Odisha", "IN", A),
    ("Kandhamal", "IN", A),
    ("Archdiocese of Cuttack-Bhubaneswar", "IN", Q),
    ("Bhubaneswar", "IN", T, (20.27, 85.84)),
    ("Raikia", "IN", T, (20.15, 84.20)),
    ("G Udayagiri", "IN", T, (20.13, 84.37)),
    ("Shillong", "IN", T, (25.57, 91.88)),
    ("Aizawl", "IN", T, (23.73, 92.72)),
    ("Meghalaya", "IN", A),
    ("Mizoram", "IN", A),
])

add("b", """Quiapo braces for Traslacion as devotees expect 6 million for Black Nazarene

By CNA Staff, Catholic News Agency

Manila, Philippines, Jan 7, 2026 / 18:20 pm (CNA).

Police and church officials in Manila are preparing for up to 6 million devotees at the annual Traslacion of the Black Nazarene on Friday, the procession that carries a 17th-century image of Christ from the Quirino Grandstand in Rizal Park back to Quiapo Church.

Father Jun Sescon, rector of the Minor Basilica and National Shrine of Jesus Nazareno, said the route through Ermita, Santa Cruz and Quiapo would again be shortened to keep it under 20 hours. "The devotion is about the journey, but also about coming home safely," he said.

The Manila Police District said 14,000 officers would be deployed, and the Metropolitan Manila Development Authority will close roads around Intramuros and the Jones Bridge. Mobile signals may be jammed along the route, as in past years.

Devotees come from across the archipelago. Parishes in Cavite, Bulacan and Batangas have organized barefoot walks, while groups are travelling from Cebu, Iloilo and Davao, where the Santo Niño and local Nazarene devotions also draw huge crowds.

Among the volunteers is Lourdes Santos, 58, a market vendor from Tondo who has joined the procession for 31 years. "I am alive because of my Nazareno," she said, recalling a surgery in 2010.

The Diocese of Cubao and the Archdiocese of Manila will hold vigil Masses overnight. Cardinal Jose Advincula, who will celebrate the midnight Mass at the grandstand, asked devotees not to climb the carriage, or andas, after injuries in previous years.

The Philippine Red Cross said it would set up 70 first-aid stations between Luneta and Plaza Miranda.""", [
    ("Quiapo", "PH", N, (14.60, 120.98)),
    ("Quiapo Church", "PH", Q),
    ("Manila", "PH", T, (14.60, 120.98)),
    ("Manila Police District", "PH", Q),
    ("Metropolitan Manila Development Authority", "PH", Q),
    ("Archdiocese of Manila", "PH", Q),
    ("Philippines", "PH", C),
    ("Quirino Grandstand", "PH", Q),
    ("Rizal Park", "PH", N, (14.58, 120.98)),
    ("Ermita", "PH", N, (14.58, 120.98)),
    ("Santa Cruz", "PH", N, (14.62, 120.98)),
    ("Intramuros", "PH", N, (14.59, 120.97)),
    ("Jones Bridge", "PH", Q),
    ("Cavite", "PH", A),
    ("Bulacan", "PH", A),
    ("Batangas", "PH", A),
    ("Cebu", "PH", T, (10.32, 123.89)),
    ("Iloilo", "PH", T, (10.70, 122.56)),
    ("Davao", "PH", T, (7.07, 125.61)),
    ("Santo Niño", "-", N),
    ("Lourdes Santos", "-", N),
    ("Tondo", "PH", N, (14.62, 120.97)),
    ("Diocese of Cubao", "PH", Q),
    ("Philippine", "PH", Q),
    ("Luneta", "PH", N, (14.58, 120.98)),
    ("Plaza Miranda", "PH", Q),
])

add("b", """Aparecida basilica hosts record crowds as Brazil's bishops close assembly

By Eduardo Campos Lima, Crux

SÃO PAULO – More than 280,000 pilgrims visited the National Shrine of Our Lady Aparecida over the weekend, as Brazil's bishops ended their annual general assembly in the town with a call to defend the Amazon and the poor.

The National Conference of Bishops of Brazil (CNBB), meeting in Aparecida for ten days, approved new guidelines on evangelization and elected a commission to prepare for the 2027 jubilee of the shrine. Buses arrived from across São Paulo state and from Rio de Janeiro and Minas Gerais, and the Via Dutra highway between the two megacities saw jams of up to 15 kilometers.

"Aparecida is the heart of Catholic Brazil. Whatever the bishops decide, it is the people here who teach us," said Cardinal Orani Tempesta, archbishop of Rio de Janeiro.

The shrine, in the Paraíba Valley about 170 kilometers northeast of the city of São Paulo, receives some 10 million visitors a year, making it one of the largest Marian basilicas in the world. The small statue found by fishermen in the Paraíba do Sul river in 1717 is venerated as the patroness of Brazil.

The assembly also discussed Pentecostal growth, which recent census data show is strongest in Rio de Janeiro state and in the North. Bishop Vicente Ferreira of Livramento de Nossa Senhora, in Bahia, warned against "a church that talks only to itself."

Among the weekend pilgrims were Maria and João Pereira of Taubaté, who walked 50 kilometers with their grandchildren. "We promised Our Lady Aparecida we would come on foot if our grandson survived," said Maria. "And here we are."

Indigenous leaders from Pará and Amazonas presented a letter on mining to the bishops.""", [
    ("Aparecida", "BR", T, (-22.85, -45.23)),
    ("Our Lady Aparecida", "-", N),
    ("Brazil", "BR", C),
    ("SÃO PAULO", "BR", T, (-23.55, -46.63)),
    ("São Paulo#1", "BR", A),
    ("São Paulo#2", "BR", T, (-23.55, -46.63)),
    ("Amazon", "*", N),
    ("Rio de Janeiro#1", "BR", N),
    ("Rio de Janeiro#2", "BR", Q),
    ("Rio de Janeiro#3", "BR", A),
    ("Minas Gerais", "BR", A),
    ("Via Dutra", "BR", Q),
    ("Paraíba Valley", "BR", N),
    ("Paraíba do Sul", "BR", N),
    ("North", "BR", Q),
    ("Livramento de Nossa Senhora", "BR", T, (-13.64, -41.84)),
    ("Bahia", "BR", A),
    ("Taubaté", "BR", T, (-23.03, -45.56)),
    ("Pará", "BR", A),
    ("Amazonas", "BR", A),
])

add("b", """Lincoln diocese consults on closing 30 rural churches

By Hattie Williams, Church Times

THE diocese of Lincoln has begun a consultation on the future of 30 rural churches that it says can no longer be sustained, in one of the largest closure programmes in the Church of England since the 1970s.

The churches, most of them medieval and listed, are in small villages in the Lincolnshire Wolds, the Fens and the area around Sleaford and Grantham. Some have fewer than five people on the electoral roll, and several have not held a regular service since the pandemic.

The Bishop of Lincoln, the Rt Revd Stephen Conway, said in a pastoral letter read in parishes on Sunday that the diocese "cannot ask a dozen faithful people to carry a building that belongs to the whole nation". He urged local authorities and heritage bodies to help to find new uses for the buildings, several of which could pass to the Churches Conservation Trust.

Boston Stump, the 272-ft tower of St Botolph's, Boston, is not affected, nor are the market-town churches of Louth, Horncastle and Gainsborough. But the Archdeacon of Stow and Lindsey, the Ven. Mark Steadman, said that further reviews of town-centre churches were likely.

The diocese, which covers Lincolnshire and North Lincolnshire, has a deficit of £2.4 million.

The Church of England's National Church Institutions said that about 20 churches a year were currently closed for worship across England. The dioceses of Norwich, Hereford and Carlisle are conducting similar reviews.

In the village of Walesby, churchwarden Peter Boston, whose family has farmed in the parish for four generations, said: "We'll keep the lights on as long as we can. But we are six people, all over seventy." The consultation closes on 31 March.""", [
    ("Lincoln", "GB", Q),
    ("Bishop of Lincoln", "GB", Q),
    ("Church of England", "GB", Q),
    ("Lincolnshire Wolds", "GB", N),
    ("Lincolnshire", "GB", A),
    ("North Lincolnshire", "GB", A),
    ("Fens", "GB", N),
    ("Sleaford", "GB", T, (53.00, -0.41)),
    ("Grantham", "GB", T, (52.91, -0.64)),
    ("Boston Stump", "GB", Q),
    ("Boston", "GB", T, (52.98, -0.03)),
    ("Peter Boston", "-", N),
    ("Louth", "GB", T, (53.37, 0.00)),
    ("Horncastle", "GB", T, (53.21, -0.11)),
    ("Gainsborough", "GB", T, (53.40, -0.77)),
    ("Archdeacon of Stow and Lindsey", "GB", Q),
    ("England", "GB", N),
    ("Norwich", "GB", Q),
    ("Hereford", "GB", Q),
    ("Carlisle", "GB", Q),
    ("Walesby", "GB", T, (53.43, -0.32)),
])

add("b", """Dublin archdiocese cuts parishes by a third as Irish Church confronts priest shortage

By Sarah Mac Donald, The Tablet

The Archdiocese of Dublin is to reduce its 197 parishes to 131 by 2030, grouping neighbouring communities into "partnerships" under shared clergy, Archbishop Dermot Farrell has told priests and parish councils.

The changes, announced at a gathering in Maynooth last weekend, reflect a dramatic decline in vocations. The archdiocese, which stretches from north County Dublin through Wicklow and parts of Kildare, Carlow and Wexford, has 208 priests in active ministry, of whom only 30 are under 50.

"We are not managing decline. We are trying to build something a new generation can belong to," Archbishop Farrell said. Lay pastoral workers will lead some parishes in Tallaght, Finglas and Bray.

The move follows similar restructuring in the west. The Archdiocese of Tuam, which covers much of Galway and Mayo, grouped its 56 parishes into 12 "pastoral areas" last year, while the Diocese of Raphoe in Donegal has merged parishes around Letterkenny and Ballyshannon.

In Northern Ireland, the Diocese of Derry said it would not close any churches in the city but would reduce Sunday Masses in Creggan, Shantallow and Strabane from the autumn.

Attendance in Ireland has fallen sharply since the abuse scandals, and the 2022 census found that Catholics made up 69 per cent of the population of the Republic, down from 79 per cent in 2016.

Fr Brendan Hoban of the Association of Catholic Priests, a parish priest in Ballina, County Mayo, said the plan was "honest but late". "The people of Ireland have given up on the Church before the Church has given up on its own structures," he said.

The Irish Catholic Bishops' Conference will discuss a national plan at its summer meeting in Knock.""", [
    ("Dublin", "IE", Q),
    ("Archdiocese of Dublin", "IE", Q),
    ("County Dublin", "IE", A),
    ("Irish", "IE", Q),
    ("Maynooth", "IE", T, (53.38, -6.59)),
    ("Wicklow", "IE", A),
    ("Kildare", "IE", A),
    ("Carlow", "IE", A),
    ("Wexford", "IE", A),
    ("Tallaght", "IE", T, (53.29, -6.37)),
    ("Finglas", "IE", T, (53.39, -6.30)),
    ("Bray", "IE", T, (53.20, -6.10)),
    ("Archdiocese of Tuam", "IE", Q),
    ("Galway", "IE", A),
    ("Mayo", "IE", A),
    ("County Mayo", "IE", A),
    ("Diocese of Raphoe", "IE", Q),
    ("Donegal", "IE", A),
    ("Letterkenny", "IE", T, (54.95, -7.73)),
    ("Ballyshannon", "IE", T, (54.50, -8.19)),
    ("Northern Ireland", "GB", A),
    ("Diocese of Derry", "GB", Q),
    ("Creggan", "GB", N, (55.00, -7.34)),
    ("Shantallow", "GB", N, (55.03, -7.31)),
    ("Strabane", "GB", T, (54.83, -7.46)),
    ("Ireland", "IE", C),
    ("Republic", "IE", Q),
    ("Ballina", "IE", T, (54.12, -9.15)),
    ("Knock", "IE", T, (53.79, -8.92)),
])

add("b", """Southern Baptists meet in Dallas amid fight over women pastors and abuse reforms

By Bob Smietana, Religion News Service

DALLAS (RNS) — More than 11,000 messengers gathered at the Kay Bailey Hutchison Convention Center in Dallas on Tuesday for the annual meeting of the Southern Baptist Convention, where a proposed constitutional ban on churches with women pastors once again topped the agenda.

The amendment, backed by pastors from Virginia, Georgia and Tennessee, fell short of the two-thirds majority needed last year in Indianapolis. Its supporters said they had the votes this time. Saddleback Church in Lake Forest, California, which was expelled in 2023 for having women on its pastoral staff, was not represented.

"We are not trying to push anyone out. We are trying to be clear," said the Rev. Mike Law of Arlington Baptist Church in Arlington, Virginia, who wrote the amendment.

Messengers also heard an update on sexual abuse reforms from a task force based at the SBC Executive Committee's headquarters in Nashville. The committee has spent more than $12 million in legal fees since a 2022 report by Guidepost Solutions found leaders had mishandled abuse claims for two decades.

The convention, the largest Protestant denomination in the United States, reported 12.7 million members last year, down from a peak of 16.3 million in 2006. Baptisms rose for the third straight year, led by churches in Texas and Florida.

Outside the hall, a small group of abuse survivors from Houston and Louisville held signs. "Every year they promise. Every year we come back," said Tiffany Thigpen, an advocate from Alabama.

The meeting, which ends Wednesday, will also elect a new president. Next year's gathering is scheduled for Orlando.""", [
    ("Dallas", "US", T, (32.78, -96.80)),
    ("DALLAS", "US", T, (32.78, -96.80)),
    ("Virginia", "US", A, "US.VA"),
    ("Georgia", "US", A, "US.GA"),
    ("Tennessee", "US", A, "US.TN"),
    ("Indianapolis", "US", T, (39.77, -86.16)),
    ("Lake Forest", "US", T, (33.65, -117.69)),
    ("California", "US", A, "US.CA"),
    ("Arlington Baptist Church", "US", Q),
    ("Arlington", "US", T, (38.88, -77.10)),
    ("Nashville", "US", T, (36.17, -86.78)),
    ("United States", "US", C),
    ("Texas", "US", A, "US.TX"),
    ("Florida", "US", A, "US.FL"),
    ("Houston", "US", T, (29.76, -95.36)),
    ("Louisville", "US", T, (38.25, -85.76)),
    ("Alabama", "US", A, "US.AL"),
    ("Orlando", "US", T, (28.54, -81.38)),
])

add("b", """Hindu temples in California and New Jersey defaced; FBI investigating

By Deepa Bharath, Associated Press

LOS ANGELES (AP) — Vandals spray-painted anti-Hindu slogans on the walls of a Hindu temple in Chino Hills, California, over the weekend, the latest in a series of attacks on Hindu places of worship in the United States that community leaders say has left congregations on edge.

The BAPS Shri Swaminarayan Mandir, one of the largest Hindu temples in Southern California, was defaced early Saturday with slogans that referenced Indian Prime Minister Narendra Modi, said the San Bernardino County Sheriff's Department. No one was injured.

It was the fourth such incident since September. Similar graffiti appeared at BAPS temples in Sacramento and in Melville, on Long Island, and on Friday at a smaller temple in Edison, New Jersey. The FBI said it was working with local police in each case.

"Our temples are open to everyone. This is an attempt to frighten a peaceful community," said Ritesh Patel, a volunteer at the Chino Hills mandir, which opened in 2012.

The Hindu American Foundation called on Congress to treat the attacks as hate crimes. The group said many of the messages appeared linked to the Khalistan movement, which seeks a Sikh homeland in India's Punjab state. Sikh organizations in Fresno and Yuba City condemned the vandalism.

The BAPS organization's flagship in the U.S., the Akshardham complex in Robbinsville, New Jersey, said it had increased private security.

India's consulate in San Francisco called for swift action. "Those responsible must be brought to book," it said in a statement.

Rep. Young Kim, whose district includes Chino Hills, visited the temple Sunday and said she had asked federal agencies for a briefing. Volunteers had cleaned the walls by the time Sunday prayers began.""", [
    ("California", "US", A, "US.CA"),
    ("Southern California", "US", N),
    ("New Jersey", "US", A, "US.NJ"),
    ("LOS ANGELES", "US", T, (34.05, -118.24)),
    ("Chino Hills", "US", T, (33.99, -117.76)),
    ("United States", "US", C),
    ("Indian", "IN", Q),
    ("San Bernardino County Sheriff's Department", "US", Q),
    ("Sacramento", "US", T, (38.58, -121.49)),
    ("Melville", "US", T, (40.79, -73.42)),
    ("Long Island", "US", N),
    ("Edison", "US", T, (40.52, -74.41)),
    ("Hindu American Foundation", "US", Q),
    ("Khalistan", "-", N),
    ("Sikh", "IN", Q),
    ("India", "IN", C),
    ("Punjab", "IN", A),
    ("Fresno", "US", T, (36.75, -119.77)),
    ("Yuba City", "US", T, (39.14, -121.62)),
    ("U.S.", "US", C),
    ("Robbinsville", "US", T, (40.21, -74.62)),
    ("San Francisco", "US", T, (37.77, -122.42)),
])

add("b", """Gunmen kill 18 worshippers at mosque in Nigeria's Zamfara during dawn prayers

By Aminu Abubakar, AFP

Kano (Nigeria) (AFP) - Gunmen stormed a mosque during dawn prayers in Nigeria's northwestern Zamfara state on Friday, killing at least 18 worshippers and abducting several others, police and residents said.

The attackers, who arrived on motorcycles, surrounded the mosque in Kaura Namoda district shortly before 5:00 am (0400 GMT) and opened fire as men knelt in prayer, said resident Bashir Maradun, who lost two brothers.

"They did not say a word. They just shot, and then they took the young ones into the bush," he told AFP by phone.

Zamfara police spokesman Yazid Abubakar confirmed 18 deaths and said that a joint team of police and soldiers had been sent from Gusau, the state capital, some 100 kilometres (60 miles) away.

Northwest Nigeria has for years been terrorised by criminal gangs known locally as bandits, who raid villages, kill residents and kidnap for ransom. Mosques, churches and schools in Zamfara, Katsina and Sokoto states have all been targeted.

In August 2023, gunmen killed seven worshippers in an attack on a mosque in Kaura Namoda. Last year, a suicide bomber struck a mosque in Konduga in Borno state, in the separate jihadist conflict in the northeast.

The Sultan of Sokoto, Muhammad Sa'ad Abubakar, the spiritual leader of Nigeria's Muslims, called the killing "an assault on God's house" and urged the federal government to protect worshippers.

Governor Dauda Lawal said he would visit the community on Saturday. Amnesty International Nigeria said the attack showed "a total collapse of security" in the northwest, where more than 2,000 people were killed last year, and called for an independent inquiry.""", [
    ("Nigeria", "NG", C),
    ("Amnesty International Nigeria", "NG", Q),
    ("Zamfara", "NG", A),
    ("Kano", "NG", T, (12.00, 8.52)),
    ("Kaura Namoda", "NG", N, (12.59, 6.59)),
    ("Bashir Maradun", "-", N),
    ("Gusau", "NG", T, (12.17, 6.66)),
    ("Katsina", "NG", A),
    ("Sokoto", "NG", A),
    ("Sultan of Sokoto", "NG", Q),
    ("Konduga", "NG", T, (11.65, 13.42)),
    ("Borno", "NG", A),
])

add("b", """Mennonite congregations in Goshen, Ind., split over sexuality as conference votes

By Emily McFarlan Miller, Religion News Service

GOSHEN, Ind. (RNS) — Eleven Mennonite congregations in northern Indiana voted this month to leave their regional conference after it affirmed the full membership of LGBTQ people, the latest rift in a denomination shaped by centuries of splits.

The departing churches, most of them in Elkhart and LaGrange counties, plan to join a more conservative body based in Lancaster County, Pennsylvania. Leaders said about 1,400 members were affected.

"We still love our brothers and sisters. We simply cannot read Scripture the way they do," said pastor Daniel Lehman of a rural congregation outside Goshen, the home of a Mennonite college and the historic center of Mennonite life in the Midwest.

Mennonite Church USA, headquartered in Elkhart, dropped its membership guidelines against same-sex relationships in 2022. Since then, some 50 congregations have left, many of them in Pennsylvania, Ohio and Virginia.

In Lebanon, Pennsylvania, a congregation founded in 1759 voted to stay, while a sister church in Myerstown, a few miles east, voted to leave. Amish and Mennonite communities near Goshen, New York, in the Hudson Valley, have seen similar debates.

A deacon who has attended Berkey Avenue Mennonite Fellowship in Goshen for 40 years, Jim Goshen, said the vote was painful but not surprising. "We've split over buttons and over cars. We'll survive this too," he said.

Goshen College, which is affiliated with Mennonite Church USA, said its enrollment from departing congregations could fall. President Rebecca Stoltzfus said the college would keep its doors open "to every Anabaptist family who wants to be here."

The regional conference will meet again in Fort Wayne in the spring.""", [
    ("Goshen#1,2,4", "US", T, (41.58, -85.83)),
    ("Goshen#3", "US", T, (41.40, -74.32)),
    ("Goshen College", "US", Q),
    ("Jim Goshen", "-", N),
    ("GOSHEN", "US", T, (41.58, -85.83)),
    ("Ind.", "US", A, "US.IN"),
    ("Indiana", "US", A, "US.IN"),
    ("Elkhart#1", "US", A, "US.IN"),
    ("Elkhart#2", "US", T, (41.68, -85.98)),
    ("LaGrange", "US", A, "US.IN"),
    ("Lancaster County", "US", A, "US.PA"),
    ("Pennsylvania", "US", A, "US.PA"),
    ("Midwest", "US", N),
    ("Mennonite Church USA", "US", Q),
    ("Ohio", "US", A, "US.OH"),
    ("Virginia", "US", A, "US.VA"),
    ("Lebanon", "US", T, (40.34, -76.41)),
    ("Myerstown", "US", T, (40.37, -76.30)),
    ("New York", "US", A, "US.NY"),
    ("Hudson Valley", "US", N),
    ("Fort Wayne", "US", T, (41.13, -85.13)),
])

# ---------------------------------------------------------------- genre c: religion and politics
add("c", """Pope to visit Peru in November, returning to diocese where he served as bishop

By Inés San Martín, Crux

ROME – Pope Leo XIV will travel to Peru in November, the Vatican confirmed Tuesday, in a visit that will take the first American pope back to the northern diocese of Chiclayo, where he served as bishop for eight years.

The four-day trip will begin in Lima, where Leo will meet President José Jerí at the Government Palace and celebrate Mass at the Cathedral Basilica. He will then fly to Chiclayo, in the Lambayeque region, and to Trujillo, where he once led an Augustinian seminary, before returning to Rome.

"The Holy Father has always said that part of his heart stayed in Peru," said Vatican spokesman Matteo Bruni, who confirmed that the pope would also visit a shelter for Venezuelan migrants.

Peru's bishops said they expected more than a million people at the papal Mass in Chiclayo. The city's airport is being expanded, and the Archdiocese of Lima is organizing buses from Piura, Cajamarca and Arequipa.

The trip comes as tensions linger over the dissolution of the Sodalitium Christianae Vitae, the Lima-based movement suppressed by Pope Francis after abuse allegations. Victims' groups have asked for a meeting.

Leo, born in Chicago, holds Peruvian citizenship, which he received in 2015. He spent two decades in the country as a missionary and superior, much of it in Chulucanas and Trujillo.

On his return flight the pope is expected to stop at Castel Gandolfo, the summer residence outside Rome he has restored to regular use. His next foreign trip, to Lebanon and Turkey, had been announced in the spring.""", [
    ("ROME", "IT", T, (41.89, 12.48)),
    ("Peru", "PE", C),
    ("Vatican", "VA", N),
    ("American", "US", Q),
    ("Chiclayo", "PE", T, (-6.77, -79.84)),
    ("Lima", "PE", T, (-12.05, -77.04)),
    ("Archdiocese of Lima", "PE", Q),
    ("Lima-based", "PE", Q),
    ("Lambayeque", "PE", A),
    ("Trujillo", "PE", T, (-8.11, -79.03)),
    ("Rome", "IT", T, (41.89, 12.48)),
    ("Venezuelan", "VE", Q),
    ("Piura", "PE", T, (-5.19, -80.63)),
    ("Cajamarca", "PE", T, (-7.16, -78.50)),
    ("Arequipa", "PE", T, (-16.40, -71.54)),
    ("Chicago", "US", T, (41.85, -87.65)),
    ("Peruvian", "PE", Q),
    ("Chulucanas", "PE", T, (-5.09, -80.16)),
    ("Castel Gandolfo", "IT", T, (41.75, 12.65)),
    ("Lebanon", "LB", C),
    ("Turkey", "TR", C),
])

add("c", """Patriarch Bartholomew calls for reopening of Halki seminary as Nicaea anniversary nears

By Suzan Fraser, AFP

Istanbul (AFP) - Ecumenical Patriarch Bartholomew on Sunday renewed his call for Turkey to reopen the Halki theological seminary, closed since 1971, as Orthodox and Catholic leaders prepared to mark 1,700 years since the Council of Nicaea.

Speaking after the liturgy at the Church of St. George in the Phanar, the patriarchate's headquarters on the Golden Horn, the 85-year-old spiritual leader of the world's 300 million Orthodox Christians said the school on the island of Heybeliada was "a wound that should have healed long ago."

Turkish law requires clergy to be trained in state universities, and Ankara has long tied the seminary's fate to the treatment of Muslims in Greece's Thrace region. US and European officials have repeatedly urged its reopening.

The anniversary of the council, held in 325 in what is now Iznik, a lakeside town in Bursa province, will be marked by a joint prayer service with Pope Leo XIV, who is expected to travel from Rome. Turkish authorities have restored the submerged remains of a basilica in Lake Iznik.

The Ecumenical Patriarchate, based in Istanbul since Byzantine times, is the first among equals in Orthodoxy but has been at odds with the Moscow Patriarchate since it recognised an independent Orthodox Church of Ukraine in 2019. Russian Orthodox leaders are not expected to attend.

"Nicaea belongs to all Christians. We cannot celebrate the creed and remain divided," Bartholomew said, speaking in Greek.

The tiny Greek Orthodox community in Istanbul now numbers around 2,500, down from more than 100,000 in the 1950s. Many left after the 1955 pogrom and the expulsions of 1964, settling in Athens and Thessaloniki.""", [
    ("Halki", "TR", N, (40.88, 29.09)),
    ("Nicaea", "TR", N, (40.43, 29.72)),
    ("Istanbul", "TR", T, (41.01, 28.95)),
    ("Turkey", "TR", C),
    ("Phanar", "TR", N, (41.03, 28.95)),
    ("Golden Horn", "TR", N, (41.03, 28.96)),
    ("Heybeliada", "TR", N, (40.88, 29.09)),
    ("Turkish", "TR", Q),
    ("Ankara", "TR", Q),
    ("Greece", "GR", C),
    ("Thrace", "GR", N),
    ("US", "US", Q),
    ("European", "*", Q),
    ("Iznik", "TR", T, (40.43, 29.72)),
    ("Lake Iznik", "TR", N, (40.43, 29.55)),
    ("Bursa", "TR", A),
    ("Rome", "VA|IT", T, (41.89, 12.48)),
    ("Byzantine", "TR", Q),
    ("Moscow Patriarchate", "RU", Q),
    ("Orthodox Church of Ukraine", "UA", Q),
    ("Russian", "RU", Q),
    ("Greek", "GR", Q),
    ("Athens", "GR", T, (37.98, 23.73)),
    ("Thessaloniki", "GR", T, (40.64, 22.94)),
])

add("c", """In Qom, seminarians debate the future after a hard year for Iran's clerics

By AFP

Qom (Iran) (AFP) - In the courtyards of the Fatima Masumeh shrine, young clerics in white and black turbans argue in low voices about a question that once would have been unthinkable in Iran's holiest city: how much should religion and state be tied together?

Qom, 140 kilometres south of Tehran, is home to more than 40,000 seminary students, including thousands from Afghanistan, Pakistan, Iraq, Lebanon and Nigeria. Its seminaries trained much of the elite that has ruled the Islamic republic since 1979.

But after a year of economic crisis, mass protests and a costly war, some students say the clergy's authority is eroding. Mosque attendance in Tehran and Isfahan has fallen, and public surveys show a majority of Iranians favour the separation of religion and politics.

"People blame the turban for the price of bread," said a 29-year-old student from Mashhad who asked not to be named. "We have to show that faith is not the same thing as government."

Senior ayatollahs in Qom remain divided. Some have quietly backed calls for reform of the hijab law, while others, close to the office of the supreme leader, insist the system must not bend. Clerics in Najaf, in neighbouring Iraq, have long kept their distance from the Iranian model of clerical rule.

Ayatollah Hossein Nouri Hamedani told a gathering in the city last month that "the enemy wants to separate the seminary from the people." Several young preachers from Khuzestan and Kurdistan provinces have been summoned before the Special Court for the Clergy.

Many foreign students worry about their visas. Ali Hussaini, 24, from Herat, said: "Qom taught me to read. I hope it will still be open to us." """, [
    ("Qom", "IR", T, (34.64, 50.88)),
    ("Iran", "IR", C),
    ("Fatima Masumeh", "-", N),
    ("Tehran", "IR", T, (35.69, 51.42)),
    ("Afghanistan", "AF", C),
    ("Pakistan", "PK", C),
    ("Iraq", "IQ", C),
    ("Lebanon", "LB", C),
    ("Nigeria", "NG", C),
    ("Isfahan", "IR", T, (32.65, 51.67)),
    ("Iranians", "IR", Q),
    ("Iranian", "IR", Q),
    ("Mashhad", "IR", T, (36.30, 59.61)),
    ("Najaf", "IQ", T, (32.00, 44.34)),
    ("Khuzestan", "IR", A),
    ("Kurdistan", "IR", A),
    ("Herat", "AF", T, (34.35, 62.20)),
])

add("c", """Al-Azhar's grand imam urges Gaza ceasefire, meets Vatican envoy in Cairo

By Arab News

CAIRO: The Grand Imam of Al-Azhar, Sheikh Ahmed El-Tayeb, on Wednesday called for an immediate ceasefire in Gaza and the opening of all crossings for aid, during a meeting in Cairo with the Vatican's top official for interreligious dialogue.

Cardinal George Koovakad, prefect of the Dicastery for Interreligious Dialogue, delivered a message from Pope Leo XIV recalling the Document on Human Fraternity, signed by El-Tayeb and the late Pope Francis in Abu Dhabi in 2019.

"Al-Azhar and the Vatican share one conviction: that no religion can be used to justify the killing of innocents," El-Tayeb said, according to a statement from Al-Azhar, the 1,000-year-old seat of Sunni learning.

The two discussed aid convoys through the Rafah crossing and the situation of Christians in the West Bank and in Gaza City, where the only Catholic parish, the Holy Family church, has sheltered hundreds of displaced people.

Koovakad also met Egypt's Coptic Pope Tawadros II and visited the Catholic cathedral in Heliopolis. He is due to travel to Alexandria on Thursday before flying to Amman.

Al-Azhar has in recent months sent medical convoys to El-Arish in North Sinai and hosted scholars from Indonesia, Malaysia and Nigeria for a conference on extremism. Its university has campuses in Assiut and Tanta and more than 400,000 students.

Analysts said the meeting reflected the growing role of Egypt's religious institutions in regional diplomacy. "Al-Azhar gives Cairo a voice in the Muslim world that politicians cannot," said Ahmed Kamal, a researcher at the Al-Ahram Center for Political and Strategic Studies.

The Grand Imam is expected to visit Rome and Jakarta later this year.""", [
    ("Al-Azhar", "-", N),
    ("Gaza", "PS", N, (31.42, 34.38)),
    ("Gaza City", "PS", T, (31.50, 34.47)),
    ("Vatican", "VA", N),
    ("CAIRO", "EG", T, (30.04, 31.24)),
    ("Cairo", "EG", T, (30.04, 31.24)),
    ("Abu Dhabi", "AE", T, (24.47, 54.37)),
    ("Rafah", "EG|PS", N, (31.29, 34.25)),
    ("West Bank", "PS", N),
    ("Egypt", "EG", C),
    ("Heliopolis", "EG", N, (30.09, 31.32)),
    ("Alexandria", "EG", T, (31.20, 29.92)),
    ("Amman", "JO", T, (31.95, 35.93)),
    ("El-Arish", "EG", T, (31.13, 33.80)),
    ("North Sinai", "EG", A),
    ("Indonesia", "ID", C),
    ("Malaysia", "MY", C),
    ("Nigeria", "NG", C),
    ("Assiut", "EG", T, (27.18, 31.18)),
    ("Tanta", "EG", T, (30.79, 31.00)),
    ("Al-Ahram Center for Political and Strategic Studies", "EG", Q),
    ("Rome", "IT|VA", T, (41.89, 12.48)),
    ("Jakarta", "ID", T, (-6.21, 106.85)),
])

add("c", """Dalai Lama says successor will be found 'in the free world'; China objects

By Shimona Kanwar, The Times of India

DHARAMSHALA: The Dalai Lama on Wednesday reaffirmed that his reincarnation would be recognised only by his own Gaden Phodrang Trust and would be born "in the free world", drawing a sharp response from Beijing hours later.

Addressing thousands of followers at the Tsuglagkhang temple in McLeod Ganj, the seat of the Tibetan government-in-exile above Dharamshala in Himachal Pradesh's Kangra district, the 90-year-old spiritual leader said he hoped to live "another 40 years" to serve the people of Tibet.

China's foreign ministry said in Beijing that the reincarnation of the Dalai Lama "must be approved by the central government" and follow the "golden urn" procedure used under the Qing dynasty in Lhasa. It urged India to "stop interfering in China's internal affairs."

Union minister Kiren Rijiju, who attended the ceremony along with Arunachal Pradesh chief minister Pema Khandu, said the decision belonged "only to His Holiness and the Buddhist community". Delegations came from Ladakh, Sikkim and Mongolia, as well as from Tibetan settlements in Bylakuppe and Mundgod in Karnataka.

Penpa Tsering, Sikyong of the Central Tibetan Administration, said the community would resist any attempt to name a successor inside Tibet. "We have seen what happened to the Panchen Lama," he said, referring to the boy recognised by the Dalai Lama in 1995 who disappeared in Chinese custody.

Tibetan exiles from Nepal, Switzerland, Canada and the US joined the celebrations, which included traditional dance from Tawang. The Dalai Lama is due to spend the summer in Leh, Ladakh, before returning to Dharamshala in September.""", [
    ("China", "CN", C),
    ("Times of India", "IN", Q),
    ("DHARAMSHALA", "IN", T, (32.22, 76.32)),
    ("Gaden Phodrang Trust", "-", N),
    ("Beijing#1", "CN", Q),
    ("Beijing#2", "CN", T, (39.91, 116.40)),
    ("Tsuglagkhang", "IN", Q),
    ("McLeod Ganj", "IN", T, (32.24, 76.32)),
    ("Tibetan", "CN", Q),
    ("Central Tibetan Administration", "CN", Q),
    ("Dharamshala", "IN", T, (32.22, 76.32)),
    ("Himachal Pradesh", "IN", A),
    ("Kangra", "IN", A),
    ("Tibet", "CN", A),
    ("Lhasa", "CN", T, (29.65, 91.10)),
    ("India", "IN", C),
    ("Arunachal Pradesh", "IN", A),
    ("Ladakh", "IN", A),
    ("Sikkim", "IN", A),
    ("Mongolia", "MN", C),
    ("Bylakuppe", "IN", T, (12.43, 76.10)),
    ("Mundgod", "IN", T, (14.97, 75.04)),
    ("Karnataka", "IN", A),
    ("Chinese", "CN", Q),
    ("Nepal", "NP", C),
    ("Switzerland", "CH", C),
    ("Canada", "CA", C),
    ("US", "US", C),
    ("Tawang", "IN", T, (27.59, 91.87)),
    ("Leh", "IN", T, (34.16, 77.58)),
])

add("c", """Antwerp Jews alarmed as Flemish parliament weighs tighter kosher meat rules

By Daniel Sugarman, Jewish Chronicle

Leaders of Antwerp's Charedi community have warned that a proposal before the Flemish parliament to end the last exemptions for religious slaughter would force families to import all their kosher meat and could drive young couples out of Belgium.

About 20,000 Jews live in Antwerp, most of them Strictly Orthodox and concentrated in the streets around the central station and the diamond district. Flanders banned slaughter without stunning in 2019, a move upheld by the European Court of Justice, but butchers have continued to sell meat brought in from France, Hungary and Poland.

The new proposal would tighten rules on imports. "This is not about animals. It is about whether Jews can live a normal life in Belgium," said Michael Freilich, a Jewish member of the federal parliament for the N-VA.

The Forum of Jewish Organisations, which represents Flemish Jewry, said it had written to the Minister-President in Brussels and to the European Commission. Muslim groups in Ghent and Mechelen have joined the protest.

The community has faced rising antisemitism since October 2023. Police in Antwerp have increased patrols on Lange Kievitstraat and around the Hoveniersstraat synagogues, and several schools have hired private guards.

Rabbi Aron Schiff, of the Machsike Hadass community, said families were considering moving to London, Manchester or Jerusalem. "Antwerp has been our home since after the war. Nobody wants to leave, but nobody wants to be told how to eat," he said.

The Flemish committee is expected to vote in June. The Conference of European Rabbis said it would send a delegation from Munich.""", [
    ("Antwerp", "BE", T, (51.22, 4.40)),
    ("Flemish", "BE", Q),
    ("Belgium", "BE", C),
    ("Flanders", "BE", A),
    ("European", "*", Q),
    ("France", "FR", C),
    ("Hungary", "HU", C),
    ("Poland", "PL", C),
    ("Brussels", "BE", Q),
    ("Ghent", "BE", T, (51.05, 3.72)),
    ("Mechelen", "BE", T, (51.03, 4.48)),
    ("Lange Kievitstraat", "BE", Q),
    ("Hoveniersstraat", "BE", Q),
    ("London", "GB", T, (51.51, -0.13)),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Jerusalem", "IL|PS", T, (31.78, 35.23)),
    ("Munich", "DE", T, (48.14, 11.58)),
])

add("c", """Stamford Hill community fights Hackney schools plan as Ofsted row deepens

By Jewish Chronicle reporter

Strictly Orthodox leaders in Stamford Hill have pledged to fight a Hackney Council plan to register dozens of unregistered yeshivas, in a dispute that has reached the Department for Education and the High Court.

The council says at least 1,500 boys in the north-east London borough are educated in settings that Ofsted has never inspected. Community leaders say the plan is an attack on religious freedom and on a way of life that has existed in north London since the 1920s.

"Our children learn Torah as our grandparents learned it in Vilna and in Satu Mare," said Rabbi Abraham Pinter, a veteran community spokesman. "No council will tell us what to teach."

The Charedi population of Stamford Hill, estimated at 30,000 and growing, has spread over the borough boundary into Haringey and along the River Lea to Clapton. Families increasingly move to Canvey Island in Essex, where cheaper homes have created a new community, and to Gateshead and to Salford in Greater Manchester.

Hackney's mayor, Caroline Woodley, said the council would "work with the community, not against it," but that every child was entitled to a broad education. The Board of Deputies said it hoped the dispute could be resolved without litigation.

The row has echoes in New York, where the Satmar community of Williamsburg, Brooklyn, has fought state rules on yeshiva education, and in Israel, where Charedi schools receive state funding without teaching a full core curriculum.

Shimon Clapton, a father of seven from Cazenove Road, said he had no plans to leave. "My family has been here for four generations. We are not going anywhere," he said.

A hearing is scheduled for next month at the Royal Courts of Justice.""", [
    ("Stamford Hill", "GB", N, (51.57, -0.07)),
    ("Hackney Council", "GB", Q),
    ("Hackney", "GB", A),
    ("London", "GB", T, (51.51, -0.13)),
    ("Vilna", "LT", T, (54.69, 25.28)),
    ("Satu Mare", "RO", T, (47.79, 22.89)),
    ("Haringey", "GB", A),
    ("River Lea", "GB", N),
    ("Clapton", "GB", N, (51.56, -0.06)),
    ("Shimon Clapton", "-", N),
    ("Canvey Island", "GB", T, (51.52, 0.58)),
    ("Essex", "GB", A),
    ("Gateshead", "GB", T, (54.96, -1.60)),
    ("Salford", "GB", T, (53.49, -2.29)),
    ("Greater Manchester", "GB", A),
    ("New York", "US", N),
    ("Satmar", "RO", Q),
    ("Williamsburg", "US", N, (40.71, -73.96)),
    ("Brooklyn", "US", N, (40.65, -73.95)),
    ("Israel", "IL", C),
    ("Cazenove Road", "GB", Q),
])

add("c", """Hasidic voters in Brooklyn and upstate enclaves back mayoral challenger

By Philip Marcelo, Associated Press

NEW YORK (AP) — Leaders of several of Brooklyn's largest Hasidic communities endorsed a challenger for mayor on Thursday, a move that could shift tens of thousands of reliably bloc-voting ballots in next month's election.

The endorsement was announced by rabbis from Williamsburg and Borough Park at a news conference in a catering hall on 13th Avenue. Leaders of the Chabad-Lubavitch movement in Crown Heights, which traditionally avoids endorsements, did not take part.

"We vote for the candidate who will protect our yeshivas, our housing and our safety," said Rabbi David Niederman of the United Jewish Organizations of Williamsburg.

The city's Orthodox population, concentrated in Brooklyn but growing in Queens and on Staten Island, has become one of the most courted voting blocs in New York politics. The state Education Department's rules on secular instruction in yeshivas remain a major issue in Albany.

The endorsement is likely to be echoed in the fast-growing Hasidic villages of the Hudson Valley. In Kiryas Joel, in Orange County, and in Monsey and New Square in Rockland County, community leaders usually vote as one.

Across the Hudson River, Lakewood, New Jersey, now home to more than 80,000 Orthodox Jews and the largest yeshiva in the U.S., has become a decisive force in Ocean County politics.

Yossi Gestetner, a political consultant, said the endorsement reflected worries over the cost of living as much as religious issues. "Families with eight children cannot afford Brooklyn anymore," he said. "That's why they're moving to Lakewood, and to Toms River and Jackson."

The campaign of the incumbent said it respected the decision and would continue to work with all communities.""", [
    ("Brooklyn", "US", N, (40.65, -73.95)),
    ("NEW YORK", "US", T, (40.71, -74.01)),
    ("Williamsburg", "US", N, (40.71, -73.96)),
    ("Chabad-Lubavitch", "RU", Q),
    ("United Jewish Organizations of Williamsburg", "US", Q),
    ("Borough Park", "US", N, (40.63, -73.99)),
    ("13th Avenue", "US", Q),
    ("Crown Heights", "US", N, (40.67, -73.94)),
    ("Queens", "US", N, (40.68, -73.84)),
    ("Staten Island", "US", N, (40.58, -74.15)),
    ("New York", "US", T, (40.71, -74.01)),
    ("Albany", "US", Q),
    ("Hudson Valley", "US", N),
    ("Kiryas Joel", "US", T, (41.34, -74.17)),
    ("Orange County", "US", A, "US.NY"),
    ("Monsey", "US", T, (41.11, -74.07)),
    ("New Square", "US", T, (41.14, -74.03)),
    ("Rockland County", "US", A, "US.NY"),
    ("Hudson River", "US", N),
    ("Lakewood", "US", T, (40.10, -74.22)),
    ("New Jersey", "US", A, "US.NJ"),
    ("U.S.", "US", C),
    ("Ocean County", "US", A, "US.NJ"),
    ("Toms River", "US", T, (39.95, -74.20)),
    ("Jackson", "US", N, (40.10, -74.36)),
])

add("c", """Bnei Brak rabbis order yeshiva students to ignore draft notices as coalition wobbles

By AFP

Bnei Brak (Israel) (AFP) - Thousands of ultra-Orthodox men blocked the main highway into Bnei Brak on Monday after leading rabbis ordered yeshiva students to tear up military draft notices, deepening a crisis that threatens Prime Minister Benjamin Netanyahu's coalition.

Police used water cannon to clear the Jabotinsky Road junction on the edge of Tel Aviv, and 14 people were arrested, a police statement said. Similar protests blocked roads in Jerusalem and Beit Shemesh.

The Supreme Court ruled last year that there was no legal basis for the decades-old exemption from military service for yeshiva students, and the army has since sent thousands of call-up orders. Fewer than 300 have reported for duty, according to figures presented to the Knesset.

"The Torah protects Israel. We will go to prison rather than to the army," a protester from Bnei Brak told AFP, giving only his first name, Yehuda.

Ultra-Orthodox Jews make up about 14 percent of Israel's population of 10 million. Bnei Brak, one of the most densely populated cities in the country, and the West Bank settlements of Modiin Illit and Beitar Illit are among their fastest-growing communities.

Ultra-Orthodox parties United Torah Judaism and Shas have threatened to bring down the government unless a law restoring the exemption is passed before the Knesset's summer recess.

Opposition leader Yair Lapid, speaking in Herzliya, said the burden of service "must be shared by everyone." Reservists' groups planned a counter-demonstration outside the Knesset on Tuesday.

Families of soldiers killed in Gaza and Lebanon have been prominent among those demanding an end to the exemption.""", [
    ("Bnei Brak", "IL", T, (32.08, 34.83)),
    ("Israel", "IL", C),
    ("Jabotinsky Road", "IL", Q),
    ("Tel Aviv", "IL", T, (32.08, 34.78)),
    ("Jerusalem", "IL|PS", T, (31.78, 35.23)),
    ("Beit Shemesh", "IL", T, (31.75, 34.99)),
    ("West Bank", "PS", N),
    ("Modiin Illit", "PS|IL", T, (31.93, 35.04)),
    ("Beitar Illit", "PS|IL", T, (31.70, 35.12)),
    ("Herzliya", "IL", T, (32.17, 34.84)),
    ("Gaza", "PS", N, (31.42, 34.38)),
    ("Lebanon", "LB", C),
])

add("c", """USCIRF urges State Department to add India, Nigeria to religious freedom blacklist

By Aleja Hertzler-McCain, Religion News Service

WASHINGTON (RNS) — The U.S. Commission on International Religious Freedom on Tuesday again urged the State Department to designate India and Nigeria as "countries of particular concern," the government's most serious category for violators of religious liberty.

In its annual report, the bipartisan commission recommended 16 countries for the list, including China, Iran, North Korea, Russia, Saudi Arabia, Myanmar, Eritrea, Tajikistan, Turkmenistan and Pakistan, which are already designated, along with Afghanistan, Nicaragua, Vietnam and Cuba.

The report cited the detention of Uyghur Muslims in Xinjiang and pressure on Tibetan Buddhists, the closure of more than 250 churches in Nicaragua since 2018, and violence against Christians and Muslims in India's Manipur and Uttar Pradesh. It also pointed to killings of worshippers in Nigeria's Plateau and Benue states.

"Religious freedom is not a Western luxury. It is the first freedom, and it is under attack on every continent," said commissioner Stephen Schneck.

India's Ministry of External Affairs rejected the report as "biased and motivated," as it has in previous years. Nigeria's government in Abuja said the commission had ignored the complexity of farmer-herder conflicts.

The commission also recommended a special watch list for Algeria, Azerbaijan, Egypt, Indonesia, Iraq, Kazakhstan, Malaysia, Sri Lanka, Turkey and Uzbekistan. It praised Uzbekistan for registering new churches in Tashkent and Samarkand.

The report singled out Daniel Ortega's government in Managua for expelling Bishop Rolando Álvarez of Matagalpa, who now lives in Rome, and for seizing the Jesuit university.

Advocates in Washington said they doubted the administration would act on India, a key partner. "The report is clear. The politics are not," said Nadine Maenza, a former commission chair.""", [
    ("India", "IN", C),
    ("Nigeria", "NG", C),
    ("WASHINGTON", "US", T, (38.90, -77.04)),
    ("U.S.", "US", C),
    ("China", "CN", C),
    ("Iran", "IR", C),
    ("North Korea", "KP", C),
    ("Russia", "RU", C),
    ("Saudi Arabia", "SA", C),
    ("Myanmar", "MM", C),
    ("Eritrea", "ER", C),
    ("Tajikistan", "TJ", C),
    ("Turkmenistan", "TM", C),
    ("Pakistan", "PK", C),
    ("Afghanistan", "AF", C),
    ("Nicaragua", "NI", C),
    ("Vietnam", "VN", C),
    ("Cuba", "CU", C),
    ("Xinjiang", "CN", A),
    ("Tibetan", "CN", Q),
    ("Manipur", "IN", A),
    ("Uttar Pradesh", "IN", A),
    ("Plateau", "NG", A),
    ("Benue", "NG", A),
    ("Abuja", "NG", Q),
    ("Algeria", "DZ", C),
    ("Azerbaijan", "AZ", C),
    ("Egypt", "EG", C),
    ("Indonesia", "ID", C),
    ("Iraq", "IQ", C),
    ("Kazakhstan", "KZ", C),
    ("Malaysia", "MY", C),
    ("Sri Lanka", "LK", C),
    ("Turkey", "TR", C),
    ("Uzbekistan", "UZ", C),
    ("Tashkent", "UZ", T, (41.26, 69.22)),
    ("Samarkand", "UZ", T, (39.65, 66.96)),
    ("Managua", "NI", T, (12.13, -86.25)),
    ("Matagalpa", "NI", Q),
    ("Rome", "IT", T, (41.89, 12.48)),
    ("Washington", "US", T, (38.90, -77.04)),
])

add("c", """St. Louis archbishop urges Catholics to oppose Missouri amendment

By Kate Quiñones, Catholic News Agency

St. Louis, Mo., Oct 14, 2025 / 16:05 pm (CNA).

Archbishop Mitchell Rozanski of St. Louis on Sunday asked every parish in the archdiocese to read a letter urging Catholics to vote against a proposed amendment to the Missouri Constitution, the latest clash between the state's bishops and lawmakers in Jefferson City.

The letter, read at Masses from the Cathedral Basilica of Saint Louis to rural parishes in Franklin and Jefferson counties, said the measure "would leave the unborn without any protection at all." The Missouri Catholic Conference said bishops in Kansas City, Springfield and Jefferson City issued similar letters.

The cathedral is dedicated to Saint Louis, the 13th-century King Louis IX of France, who died on crusade near Tunis and gave the city its name. Rozanski invoked the king's example of "justice for the weak."

Supporters of the amendment, including clergy from several Protestant and Jewish congregations in University City and Clayton, said the bishops were trying to impose their faith on all Missourians. "People of faith disagree on this," said Rabbi Susan Talve of Central Reform Congregation.

The archdiocese, which serves about 470,000 Catholics in the city of St. Louis and 10 surrounding counties, has campaigned for months with parish registration drives. It has also faced criticism over its "All Things New" plan that closed or merged dozens of parishes.

Voters will decide the amendment on Nov. 4. Polls show the race tight in the suburbs of St. Louis County and in Greene County, around Springfield. The bishops of neighboring Kansas and Illinois have offered prayers but have not campaigned.""", [
    ("St. Louis#2,4", "US", T, (38.63, -90.20)),
    ("St. Louis#1,3", "US", Q),
    ("St. Louis County", "US", A, "US.MO"),
    ("Mo.", "US", A, "US.MO"),
    ("Missouri", "US", A, "US.MO"),
    ("Missouri Constitution", "US", Q),
    ("Missouri Catholic Conference", "US", Q),
    ("Jefferson City", "US", T, (38.58, -92.17)),
    ("Cathedral Basilica of Saint Louis", "US", Q),
    ("Saint Louis", "-", N),
    ("Franklin", "US", A, "US.MO"),
    ("Jefferson", "US", A, "US.MO"),
    ("Kansas City", "US", T, (39.10, -94.58)),
    ("Springfield", "US", T, (37.22, -93.30)),
    ("Louis IX", "-", N),
    ("France", "FR", C),
    ("Tunis", "TN", T, (36.82, 10.17)),
    ("University City", "US", T, (38.66, -90.31)),
    ("Clayton", "US", T, (38.64, -90.32)),
    ("Missourians", "US", Q),
    ("Susan Talve", "-", N),
    ("Greene County", "US", A, "US.MO"),
    ("Kansas", "US", A, "US.KS"),
    ("Illinois", "US", A, "US.IL"),
])

add("c", """Latin American bishops meet in Costa Rica as Chile's church faces abortion vote

By Diego López Marina, Catholic News Agency

San José, Costa Rica, Mar 3, 2026 / 11:30 am (CNA).

Bishops from across Latin America opened a four-day meeting in San José on Monday to prepare the next general conference of the region's episcopate, as Chile's Catholic leaders urged lawmakers in Valparaíso to reject a bill that would legalize abortion on demand.

The Latin American and Caribbean Episcopal Council, known as CELAM, has its headquarters in Bogotá but chose the Costa Rican capital to highlight migration along the route from Panama through Nicaragua, Honduras and Guatemala to Mexico. Archbishop José Rafael Quirós of San José welcomed delegates at the Metropolitan Cathedral.

"Our people are on the move. The church must walk beside them," said Cardinal Jaime Spengler of Porto Alegre, president of CELAM. Delegates were due to visit a shelter in Upala, near the Nicaraguan border, on Wednesday.

In Santiago, Cardinal Fernando Chomali told reporters that the Chilean church would mobilize parishes against the bill. "We are not imposing faith. We are defending the weakest," he said. The Senate in Valparaíso is expected to vote this month.

The Chilean church has been rebuilding trust since the abuse scandal that led every bishop to offer his resignation in 2018, a crisis that began in the southern diocese of Osorno.

Students of the Colegio San José, a Catholic school in Punta Arenas, sent a video message to the meeting. Bishops from Argentina, Peru and Brazil also planned to raise the situation of Venezuelan migrants in Cúcuta, on the Colombian border.

Delegates joked that the next meeting might be held in San Jose, California, where a Latino parish had invited them last year.""", [
    ("Latin America", "*", N),
    ("Latin American", "*", Q),
    ("Latin American and Caribbean Episcopal Council", "*", Q),
    ("Costa Rica", "CR", C),
    ("Chile", "CL", C),
    ("San José#1,2", "CR", T, (9.93, -84.08)),
    ("San José#3", "CR", Q),
    ("Colegio San José", "-", N),
    ("San Jose", "US", T, (37.34, -121.89)),
    ("California", "US", A, "US.CA"),
    ("Valparaíso", "CL", T, (-33.04, -71.63)),
    ("Bogotá", "CO", T, (4.61, -74.08)),
    ("Costa Rican", "CR", Q),
    ("Panama", "PA", C),
    ("Nicaragua", "NI", C),
    ("Honduras", "HN", C),
    ("Guatemala", "GT", C),
    ("Mexico", "MX", C),
    ("Porto Alegre", "BR", Q),
    ("Upala", "CR", T, (10.90, -85.02)),
    ("Nicaraguan", "NI", Q),
    ("Santiago", "CL", T, (-33.46, -70.65)),
    ("Chilean", "CL", Q),
    ("Osorno", "CL", Q),
    ("Punta Arenas", "CL", T, (-53.16, -70.92)),
    ("Argentina", "AR", C),
    ("Peru", "PE", C),
    ("Brazil", "BR", C),
    ("Venezuelan", "VE", Q),
    ("Cúcuta", "CO", T, (7.89, -72.51)),
    ("Colombian", "CO", Q),
])

add("c", """New Archbishop of Canterbury faces first Synod test over Nigeria and Gafcon

By Francis Martin, Church Times

THE new Archbishop of Canterbury will face her first test at the General Synod in York next month, when members debate a motion to reaffirm the Church of England's ties with Anglican provinces that have distanced themselves over same-sex blessings.

Provinces in Nigeria, Uganda, Rwanda and Kenya, which belong to the Global Fellowship of Confessing Anglicans (Gafcon), said after a meeting in Abuja in April that they no longer recognised the leadership of Canterbury in the Anglican Communion. The Primate of All Nigeria, the Most Revd Henry Ndukuba, said that "Canterbury has lost its moral authority."

The Archbishop, the Rt Revd Sarah Mullally, formerly Bishop of London, was enthroned in Canterbury Cathedral in March. She has said that she will visit Lagos and Kigali before the end of the year.

Lambeth Palace said on Tuesday that the Archbishop would meet the Archbishop of York, the Most Revd Stephen Cottrell, and representatives of the Church of Nigeria at the Synod, which sits on the University of York campus from 11 to 15 July.

The Bishop of Durham, the Rt Revd Paul Butler, who chairs the Anglican Communion's relations committee, said that Canterbury remained "a focus of unity, not a headquarters". The Archbishop of Cape Town, the Most Revd Thabo Makgoba, has called for patience.

The Synod will also debate the closure of churches in rural dioceses and the funding of clergy pensions.

Members from the dioceses of Chelmsford, Southwark and Oxford have tabled amendments asking for a review of how the Church of England supports Anglicans in the Global South. The Church Commissioners will report on the £100-million programme for parishes in deprived areas of Liverpool, Bradford and Sunderland.""", [
    ("Archbishop of Canterbury", "GB", Q),
    ("Nigeria", "NG", C),
    ("Church of Nigeria", "NG", Q),
    ("Primate of All Nigeria", "NG", Q),
    ("York", "GB", T, (53.96, -1.08)),
    ("Archbishop of York", "GB", Q),
    ("University of York", "GB", Q),
    ("Church of England", "GB", Q),
    ("Uganda", "UG", C),
    ("Rwanda", "RW", C),
    ("Kenya", "KE", C),
    ("Abuja", "NG", T, (9.06, 7.49)),
    ("Canterbury", "-", N),
    ("Canterbury Cathedral", "GB", Q),
    ("Bishop of London", "GB", Q),
    ("Lagos", "NG", T, (6.45, 3.39)),
    ("Kigali", "RW", T, (-1.95, 30.06)),
    ("Lambeth Palace", "GB", Q),
    ("Bishop of Durham", "GB", Q),
    ("Paul Butler", "-", N),
    ("Archbishop of Cape Town", "ZA", Q),
    ("Chelmsford", "GB", Q),
    ("Southwark", "GB", Q),
    ("Oxford", "GB", Q),
    ("Global South", "*", Q),
    ("Liverpool", "GB", T, (53.41, -2.98)),
    ("Bradford", "GB", T, (53.79, -1.75)),
    ("Sunderland", "GB", T, (54.91, -1.38)),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
