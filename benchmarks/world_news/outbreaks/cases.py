"""Full-length news articles for geomap evaluation (fresh3, 'outbreaks'): 27 held-out articles of
250-500 words, written without reading geomap's source or the other sets' cases. Half are disease-outbreak
reports (WHO Disease Outbreak News, CIDRAP, Reuters/AP health wires) naming provinces, districts, towns,
labs and travel histories, where disease names that contain places ("Marburg virus", "Lassa fever",
"Ebola", "Oropouche", "Middle East respiratory syndrome", "Sudan virus") are traps; half are other world
news (Caucasus, Central Asia, Central and Eastern Europe, East Asia and the Pacific, the Caribbean,
North Africa, US and Canadian regional stories) with namesakes (Georgia, Albany, Kingston, Santa Cruz,
San Fernando, Salem, Victoria, Hyderabad, Cordoba), ALL-CAPS datelines and people named like places.

CASES: list of (text, [(surface, expected_country_iso2, expected_kind_or_None[, hint]), ...]).
  - every occurrence of `surface` (word-bounded, case-sensitive) in the text is expected,
    except occurrences inside a longer listed surface; "Name#2" = only the 2nd occurrence,
    "Name#1,3" = only the 1st and 3rd.
  - country "*" = any country accepted (rivers, seas, ranges, continents); "A|B" = either.
  - kind "?" = debatable (club, stadium, street, airport, organisation named after a place):
    not counted as expected, and a result there is ignored if its country matches (or country
    is "*"); a result in another country is spurious.
  - kind "admin1" accepts admin1/admin2/region; "city" city only; "country" country only;
    None = any kind.
  - optional hint: the entry's admin1 code ("US.TX"), a substring of its name, or (lat, lon):
    the entry must lie within 40 km of that point.
  - a surface with country "-" is a NON-place (person, ship, storm, song named like a place):
    any result there is spurious. Listed only to document the trap; not counted as expected.
GENRES: parallel list of genre letters: a = local/regional news (US, UK, Canada, Australia,
GENRES: parallel list of genre letters: a = disease outbreak reports, b = other world news.
Demonyms ("Congolese", "Kazakh") are expected as their country.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []

def add(g, text, exp):
    RAW.append((g, text, exp))

# ======================= (a) disease outbreak reports =======================

add("a", """Cholera – Angola

7 March 2025 | Disease Outbreak News

Situation at a glance
Since 7 January 2025, Angola's Ministry of Health has notified WHO of 9,874 suspected cholera cases, including 387 deaths (case fatality ratio 3.9%), in 16 of the country's 21 provinces. The outbreak began in Cacuaco, a densely populated municipality on the northern outskirts of Luanda, where residents of informal settlements along the Bengo River rely on untreated river water and shallow wells.

Description of the situation
Luanda province accounts for 54% of cases, followed by Bengo (21%) and Icolo e Bengo (9%). Sporadic cases have since been reported in Cuanza Norte, Cuanza Sul, Malanje, Benguela and Huambo, most of them linked to travel from Luanda for markets or funerals. In Benguela, a cluster of 41 cases was traced to a funeral in the coastal town of Lobito, where mourners shared food prepared with well water.

Vibrio cholerae O1, serotype Ogawa, was confirmed by culture at the National Institute for Health Research (INIS) in Luanda. Whole-genome sequencing performed with support from the Africa CDC laboratory network in Addis Ababa placed the isolates close to strains circulating in Zambia and the Democratic Republic of the Congo in 2023–2024.

Angola had not reported a cholera outbreak since 2018. Neighbouring countries remain at risk: Namibia has strengthened screening at the Oshikango border post, and the Congolese health authorities in Kinshasa have been notified under the International Health Regulations.

Public health response
The Ministry of Health, with WHO, UNICEF and Médecins Sans Frontières, has opened 34 cholera treatment centres, including a 200-bed facility at the Cajueiros hospital in Cazenga. An oral cholera vaccination campaign targeting 900,000 people in Cacuaco, Viana and Cazenga began on 11 February, using doses released by the International Coordinating Group on Vaccine Provision in Geneva.

"The situation in Luanda is stabilising, but we are worried about the rainy season in the central highlands," said Dr. Helena Mendes, the WHO representative in Angola.

WHO risk assessment
WHO assesses the national risk as very high and the regional risk as moderate, given population movement along the Lobito Corridor toward Zambia and the Democratic Republic of the Congo.""",
    [("Angola","AO",C),("Cacuaco","AO",N),("Luanda","AO",N),("Bengo River","AO",N),("Bengo","AO",A),("Icolo e Bengo","AO",A),
     ("Cuanza Norte","AO",A),("Cuanza Sul","AO",A),("Malanje","AO",N),("Benguela","AO",A),("Huambo","AO",N),("Lobito","AO",T),
     ("Ogawa","-",Q),("Africa CDC","*",Q),("Addis Ababa","ET",T),("Zambia","ZM",C),("Democratic Republic of the Congo","CD",C),
     ("Namibia","NA",C),("Oshikango","NA",N),("Congolese","CD",C),("Kinshasa","CD",T),("Cajueiros","AO",Q),("Cazenga","AO",N),
     ("Viana","AO",N),("Geneva","CH",T),("Helena","-",Q),("Lobito Corridor","AO",Q)])

add("a", """Tanzania confirms Marburg outbreak in Kagera after weeks of denial

DAR ES SALAAM, Jan 20 (Reuters) - Tanzania confirmed an outbreak of Marburg virus disease in its northwestern Kagera region on Monday, President Samia Suluhu Hassan said, after a patient tested positive at a mobile laboratory in Kabaile and the result was confirmed by the national public health laboratory in Dar es Salaam.

Speaking in Dodoma alongside WHO Director-General Tedros Adhanom Ghebreyesus, Hassan said 25 suspected cases had been investigated in Biharamulo and Muleba districts, and that one patient had tested positive. WHO said last week that eight people had died in suspected cases.

The virus, a member of the same family as Ebola, causes high fever, muscle pain and severe bleeding. It takes its name from the German city of Marburg, where laboratory workers handling African green monkeys imported from Uganda fell ill in 1967. It has a fatality rate of up to 88%, according to WHO, and there is no approved vaccine or treatment.

Kagera, which borders Uganda, Rwanda and Burundi, has seen the disease before: in March 2023 Tanzania reported its first Marburg outbreak in Bukoba, the regional capital on the western shore of Lake Victoria, which killed six people.

"The risk to neighbouring countries is high because Biharamulo sits on the main road used by truck drivers heading to Rwanda and Burundi," a WHO official in Geneva said. Rwanda, which declared the end of its own Marburg outbreak in December after 15 deaths, said it had stepped up screening at the Rusumo border crossing.

Kenya's health ministry said it was monitoring travellers arriving at Jomo Kenyatta International Airport in Nairobi and at the Namanga crossing on the road to Arusha.

The Tanzanian government had earlier disputed reports of an outbreak, prompting the United States to issue a travel advisory for the region. Health Minister Jenista Mhagama urged residents of Kagera to report to health facilities if they developed symptoms and to avoid touching the bodies of people who had died of unexplained illness.""",
    [("Tanzania","TZ",C),("Marburg#1,2,4,5","-",Q),("Marburg#3","DE",T),("Kagera","TZ",A),("DAR ES SALAAM","TZ",T),("Kabaile","TZ",N),
     ("Dar es Salaam","TZ",T),("Dodoma","TZ",T),("Biharamulo","TZ",N),("Muleba","TZ",N),("Ebola","-",Q),("German","DE",C),
     ("African","*",Q),("Uganda","UG",C),("Rwanda","RW",C),("Burundi","BI",C),("Bukoba","TZ",T),("Lake Victoria","*",N),("Geneva","CH",T),
     ("Rusumo","RW|TZ",N),("Kenya","KE",C),("Jomo Kenyatta International Airport","KE",Q),("Nairobi","KE",T),("Namanga","KE|TZ",N),
     ("Arusha","TZ",N),("Tanzanian","TZ",C),("United States","US",C)])

add("a", """Dengue surges in Bolivia's Santa Cruz as Argentina braces for another bad season

SANTA CRUZ, Bolivia (AP) — Hospitals in Bolivia's eastern lowlands are turning away patients as dengue cases climb past 40,000, health officials said Thursday, with the city of Santa Cruz de la Sierra and the surrounding department accounting for more than two-thirds of infections.

Health Minister María Renée Castro said the government had declared a national health emergency and would send 300 doctors from La Paz and Cochabamba to Santa Cruz, where the Japanese University Hospital has set up tents in its parking lot. At least 38 people have died, most of them in Montero, Warnes and the Guarayos province, according to the ministry.

The Aedes aegypti mosquito that spreads the virus has thrived after weeks of heavy rain across the Chaco, a hot, flat region shared by Bolivia, Paraguay and Argentina. Paraguay's health ministry reported 12,500 probable cases, concentrated in Asunción and the Central department.

In Argentina, where the 2024 season was the worst on record with more than 500,000 cases, the health ministry said notifications were rising fastest in the northern provinces of Salta, Jujuy, Misiones and Tucumán, but also in Córdoba, the country's second-largest city. The province of Córdoba has confirmed 3,100 cases since January, including a cluster in the city's Villa El Libertador neighbourhood.

In the Buenos Aires suburb of San Fernando, municipal crews began fumigating schools after 40 pupils fell ill. "We thought dengue was a problem for the north," said Carolina Paz, a mother of two in San Fernando. "Now it's in our kitchens."

The Pan American Health Organization said Brazil, Mexico, Colombia and Peru were also reporting above-average transmission, and urged countries to strengthen surveillance for the DENV-3 serotype, which has re-emerged in Central America and the Caribbean after more than a decade. Bolivia began vaccinating children in Santa Cruz with Takeda's Qdenga vaccine last month.""",
    [("Bolivia","BO",C),("Santa Cruz","BO",N),("Argentina","AR",C),("SANTA CRUZ","BO",N),("Santa Cruz de la Sierra","BO",T),
     ("La Paz","BO",N),("Cochabamba","BO",N),("Japanese University Hospital","BO",Q),("Montero","BO",N),("Warnes","BO",N),("Guarayos","BO",N),
     ("Chaco","*",N),("Paraguay","PY",C),("Asunción","PY",T),("Central","PY",A),("Salta","AR",A),("Jujuy","AR",A),("Misiones","AR",A),
     ("Tucumán","AR",A),("Córdoba","AR",N),("Villa El Libertador","AR",N,(-31.47,-64.21)),("Buenos Aires","AR",N),
     ("San Fernando","AR",N,(-34.44,-58.56)),("Carolina Paz","-",Q),("Pan American Health Organization","*",Q),("Brazil","BR",C),
     ("Mexico","MX",C),("Colombia","CO",C),("Peru","PE",C),("Central America","*",N),("Caribbean","*",N),("Takeda","-",Q)])

add("a", """Kenya's mpox cases pass 300 as clade Ib spreads along trucking corridor

NAIROBI, Kenya — Kenya has recorded 314 confirmed mpox cases and five deaths since its first infection was detected in July 2024, the Ministry of Health said on Wednesday, with new cases increasingly reported away from the border towns where the outbreak began.

Mombasa County now has the highest caseload, with 98 cases, followed by Busia (61) and Nakuru (37), according to the ministry's latest situation report. Cases have also been confirmed in Kisumu, Bungoma, Kajiado, Machakos and Nairobi, and for the first time in Kilifi and Kwale along the southern coast.

The first case was a truck driver travelling from Kampala to Rwanda who was tested at the Taita Taveta border post, and most early infections were among long-distance drivers and sex workers along the Northern Corridor, the highway linking the port of Mombasa with Uganda, Rwanda and the eastern Democratic Republic of Congo. Malaba, a busy border town in Busia County where trucks can queue for days, has been a particular concern.

All sequenced samples so far belong to clade Ib, the more transmissible lineage first identified in South Kivu province in eastern Congo in 2023, according to the Kenya Medical Research Institute (KEMRI), which runs the testing in Kisumu and Nairobi.

One of the recent cases in Nakuru was a traveller who had returned from Uganda, where more than 5,000 cases have been reported, most of them in Kampala and Wakiso district.

"We are no longer dealing with a border problem," said Dr. Patrick Amoth, the director general for health. "We are seeing household transmission in Mombasa and Nakuru."

Kenya began vaccinating high-risk groups in Mombasa, Busia and Nakuru in February with doses donated by the United States and Japan through Africa CDC, which declared mpox a continental public health emergency in August 2024. Uganda, Burundi and Zambia are among the other countries in the region reporting clade Ib, and travel-linked cases have been detected in Sweden, Thailand, Germany, the United Kingdom and China.""",
    [("Kenya","KE",C),("NAIROBI","KE",T),("Nairobi","KE",T),("Mombasa","KE",N),("Busia","KE",N),("Nakuru","KE",N),("Kisumu","KE",N),
     ("Bungoma","KE",N),("Kajiado","KE",N),("Machakos","KE",N),("Kilifi","KE",N),("Kwale","KE",N),("Kampala","UG",T),("Rwanda","RW",C),
     ("Taita Taveta","KE",A),("Northern Corridor","KE",Q),("Uganda","UG",C),("Democratic Republic of Congo","CD",C),("Malaba","KE",N),
     ("South Kivu","CD",A),("Congo","CD",C),("Kenya Medical Research Institute","KE",Q),("Wakiso","UG",N),("United States","US",C),
     ("Japan","JP",C),("Africa CDC","*",Q),("Burundi","BI",C),("Zambia","ZM",C),("Sweden","SE",C),("Thailand","TH",C),("Germany","DE",C),
     ("United Kingdom","GB",C),("China","CN",C)])

add("a", """Avian Influenza A(H5N1) – Cambodia

Situation at a glance
On 2 July 2025, the International Health Regulations (IHR) National Focal Point for Cambodia notified WHO of a laboratory-confirmed human infection with avian influenza A(H5N1) in a 41-year-old woman from Svay Rieng province, the seventh human case reported in the country this year.

Description of the situation
The patient, who lived in Svay Chrum district, developed fever, cough and shortness of breath on 23 June and was admitted to a referral hospital in Svay Rieng town before being transferred to Calmette Hospital in Phnom Penh, where she died on 1 July. Samples were confirmed positive for A(H5N1) at the Institut Pasteur du Cambodge in Phnom Penh. Household members reported that several chickens in their village had died in the week before her illness and that the family had prepared a sick bird for a meal.

The earlier cases in 2025 were reported in Kampong Speu, Prey Veng, Takeo and Siem Reap provinces, including a 3-year-old boy from Takeo and a cluster of two cases in a single household in Siem Reap. Viruses sequenced from the 2024 and 2025 cases belong to a reassortant carrying genes of clade 2.3.2.1c, which has circulated among poultry in Cambodia, Laos and Vietnam for more than a decade, and of clade 2.3.4.4b, the lineage that has spread among wild birds and mammals worldwide and infected dairy cattle in the United States.

Since 2003, Cambodia has reported 79 human cases of A(H5N1), including 48 deaths. Svay Rieng borders Vietnam's Tay Ninh and Long An provinces, and cross-border trade in live poultry is common.

Public health response
Rapid response teams from the Ministry of Health and the Ministry of Agriculture, Forestry and Fisheries were deployed to the village to trace contacts, cull poultry and provide oseltamivir as post-exposure prophylaxis to 36 close contacts, none of whom has developed symptoms.

WHO risk assessment
WHO assesses the overall public health risk posed by A(H5N1) to be low, and for occupationally exposed persons low to moderate. The virus has not shown evidence of sustained human-to-human transmission. WHO advises against any restriction on travel to or trade with Cambodia.""",
    [("Cambodia","KH",C),("Svay Rieng","KH",N),("Svay Chrum","KH",N),("Phnom Penh","KH",T),("Institut Pasteur du Cambodge","KH",Q),
     ("Kampong Speu","KH",N),("Prey Veng","KH",N),("Takeo","KH",N),("Siem Reap","KH",N),("Laos","LA",C),("Vietnam","VN",C),
     ("United States","US",C),("Tay Ninh","VN",A),("Long An","VN",A)])

add("a", """Measles outbreak in West Texas tops 500 cases; New Mexico, Ontario report more infections

LUBBOCK, Texas (AP) — The measles outbreak centered in West Texas has grown to 505 cases, state health officials said Tuesday, as the virus continued to spread through undervaccinated communities on the South Plains and linked infections were reported in New Mexico, Oklahoma and Canada.

Gaines County, a rural county of about 22,000 people on the New Mexico line, has recorded 315 of the cases, according to the Texas Department of State Health Services. Most are in and around Seminole, the county seat, where a large Mennonite community has historically had low vaccination rates. Cases have also been confirmed in Lubbock, Terry, Dawson and Lynn counties, and a hospital in Lubbock is treating 16 children.

Two unvaccinated school-age children have died in Texas, and an adult died in Lea County, New Mexico, just across the state line from Seminole. New Mexico health officials said 54 cases had been identified there, most in Lea County and in the Hobbs area.

In Canada, Ontario's outbreak, which public health officials traced to a Mennonite gathering in New Brunswick in October, has grown to more than 1,000 cases, most in Southwestern Ontario. The Grand Erie and Southwestern public health units, which cover towns such as Aylmer and Brantford, account for most infections. Alberta has reported cases in the rural south of the province, and Manitoba a cluster linked to travel.

Dr. Jackson Moore, a pediatric infectious disease specialist at Covenant Children's Hospital in Lubbock, said the region had not seen this many cases in his career. "We're seeing kids with pneumonia who need oxygen," he said.

The U.S. Centers for Disease Control and Prevention in Atlanta said the United States had recorded more measles cases in the first half of 2025 than in all of 2024. The New York State Department of Health in Albany urged travellers to check their vaccination records before summer trips, after two cases were linked to international travel through John F. Kennedy International Airport.""",
    [("West Texas","US",Q),("New Mexico","US",A),("Ontario","CA",A),("LUBBOCK","US",T,"US.TX"),("Texas","US",A),("South Plains","US",Q),
     ("Oklahoma","US",A),("Canada","CA",C),("Gaines County","US",A,"US.TX"),("Texas Department of State Health Services","US",Q),
     ("Seminole","US",N,"US.TX"),("Lubbock","US",T,"US.TX"),("Terry","US",A,"US.TX"),("Dawson","US",A,"US.TX"),("Lynn","US",A,"US.TX"),
     ("Lea County","US",A,"US.NM"),("Hobbs","US",T,"US.NM"),("New Brunswick","CA",A),("Southwestern Ontario","CA",Q),("Grand Erie","CA",Q),
     ("Aylmer","CA",T,(42.77,-80.98)),("Brantford","CA",T),("Alberta","CA",A),("Manitoba","CA",A),("Jackson","-",Q),("U.S.","US",Q),
     ("Atlanta","US",T,"US.GA"),("United States","US",C),("New York State Department of Health","US",Q),("Albany","US",T,"US.NY"),
     ("John F. Kennedy International Airport","US",Q)])

add("a", """Kerala confirms Nipah case in Malappuram; contacts traced in Palakkad and Tamil Nadu

THIRUVANANTHAPURAM — Kerala has confirmed a Nipah virus infection in a 42-year-old woman from Valanchery in Malappuram district, Health Minister Veena George said on Tuesday, the state's ninth outbreak of the bat-borne disease since 2018.

The woman, who is on a ventilator at a private hospital in Perinthalmanna, tested positive at the Kozhikode Medical College virology lab, and the result was confirmed by the National Institute of Virology in Pune. Health officials have drawn up a contact list of 49 people, including 12 health workers, and declared containment zones in five wards of Valanchery municipality and the neighbouring panchayats of Edayur, Irimbiliyam and Marakkara.

Samples from six contacts with symptoms were sent to the lab in Kozhikode, and all tested negative, George said. A mobile BSL-3 laboratory from Pune has been set up in Manjeri.

A second, unrelated case was detected in a 38-year-old man from Palakkad district, whose route map shows he had visited Mannarkkad and travelled by bus to Coimbatore and Salem in neighbouring Tamil Nadu before falling ill. The Tamil Nadu health department said it was monitoring his contacts in Salem.

Kerala's first Nipah outbreak, in Kozhikode in 2018, killed 17 people. Cases have since occurred in Ernakulam in 2019 and in Malappuram and Kozhikode in 2021, 2023 and 2024. The virus, carried by fruit bats, has also caused outbreaks in Bangladesh almost every year since 2001, typically linked to raw date palm sap, and the first recorded outbreak was among pig farmers in Malaysia in 1998–99, in the village of Sungai Nipah, from which the virus takes its name.

Researchers at the Indian Council of Medical Research say the Western Ghats, which run along Kerala's eastern edge, harbour bat populations in which antibodies against the virus are common. Monoclonal antibodies supplied by Australia were flown to Kozhikode last year as a precaution.

"People should not panic, but they must avoid fallen fruit and wear masks in hospitals," George told reporters in Malappuram.""",
    [("Kerala","IN",A),("Nipah","-",Q),("Sungai Nipah","MY",N),("Malappuram","IN",N),("Palakkad","IN",N),("Tamil Nadu","IN",A),
     ("THIRUVANANTHAPURAM","IN",T),("Valanchery","IN",N),("George","-",Q),("Perinthalmanna","IN",N),("Kozhikode Medical College","IN",Q),
     ("Kozhikode","IN",N),("Pune","IN",T),("Edayur","IN",N),("Irimbiliyam","IN",N),("Marakkara","IN",N),("Manjeri","IN",N),
     ("Mannarkkad","IN",N),("Coimbatore","IN",T),("Salem","IN",T,(11.65,78.16)),("Ernakulam","IN",N),("Bangladesh","BD",C),
     ("Malaysia","MY",C),("Indian Council of Medical Research","IN",Q),("Western Ghats","*",N),("Australia","AU",C)])

add("a", """Lassa fever deaths rise to 138 as NCDC activates emergency centre

ABUJA — The Nigeria Centre for Disease Control and Prevention (NCDC) said on Monday that 138 people had died of Lassa fever since January, as confirmed cases rose to 717 across 18 states, with Ondo, Edo, Bauchi, Taraba and Ebonyi accounting for 91 per cent of infections.

In its weekly situation report, the agency said Ondo State had recorded 219 confirmed cases, most of them in Owo, Ose and Akure South local government areas, while Edo State reported 189, concentrated in Esan West and Etsako West. Taraba recorded 87 cases, mostly in Takum and Ibi, where flooding last year displaced rodent populations into farming communities.

Lassa fever is carried by the multimammate rat, Mastomys natalensis, which contaminates food and household items with its urine and faeces. The disease takes its name from Lassa, a town in Borno State in the north-east where it was first described in 1969 after two missionary nurses died. It is endemic in Nigeria, Sierra Leone, Liberia and Guinea.

Five health workers have been infected this year, including two at the Federal Medical Centre in Owo and one at the Irrua Specialist Teaching Hospital in Edo, which runs one of the country's main Lassa laboratories. Samples from northern states are tested at the Federal Teaching Hospital in Abakaliki and at the NCDC's national reference laboratory in Gaduwa, Abuja.

"We are seeing a higher case fatality rate this year, 19.2 per cent, because people are presenting late," said Dr Jide Idris, the NCDC's director general.

The agency also confirmed an imported case in Lagos, a 34-year-old trader who had returned from Ebonyi, and said contacts in the Ikeja area were being followed up. In 2022, a British patient who had travelled to Mali died in Bedfordshire, one of three cases in England linked to the same family.

Ahead of the rainy season, the NCDC urged residents in Bauchi, Plateau, Benue and Kogi to store grain in rodent-proof containers and to avoid drying cassava and other food by the roadside.""",
    [("Lassa fever","-",Q),("Lassa#4","NG",N),("Lassa#5","-",Q),("ABUJA","NG",T),("Abuja","NG",T),
     ("Nigeria Centre for Disease Control and Prevention","NG",Q),("Nigeria","NG",C),("Ondo","NG",A),("Edo","NG",A),("Bauchi","NG",A),
     ("Taraba","NG",A),("Ebonyi","NG",A),("Owo","NG",N),("Ose","NG",N),("Akure South","NG",N),("Esan West","NG",N),("Etsako West","NG",N),
     ("Takum","NG",N),("Ibi","NG",N),("Borno","NG",A),("Sierra Leone","SL",C),("Liberia","LR",C),("Guinea","GN",C),
     ("Irrua Specialist Teaching Hospital","NG",Q),("Abakaliki","NG",T),("Gaduwa","NG",N),("Lagos","NG",T),("Ikeja","NG",N),
     ("British","GB",C),("Mali","ML",C),("Bedfordshire","GB",A),("England","GB",N),("Plateau","NG",A),("Benue","NG",A),("Kogi","NG",A)])

add("a", """Oropouche fever spreads in Cuba and Brazil; travel-linked cases reported in Europe

WASHINGTON (CIDRAP) — The Pan American Health Organization (PAHO) has raised its regional risk assessment for Oropouche virus disease to high after more than 11,600 confirmed cases were reported in 2025 across 11 countries and territories of the Americas, led by Brazil, Peru, Cuba and Colombia.

Brazil has reported 9,800 cases this year, and for the first time most are outside the Amazon basin. Espírito Santo, a coastal state north of Rio de Janeiro, has recorded 4,600 cases, with transmission concentrated in coffee- and banana-growing municipalities such as Laranja da Terra and Afonso Cláudio. Cases have also been confirmed in Minas Gerais, Bahia and Ceará, as well as in the Amazonian states of Amazonas, Acre and Rondônia, where the virus has long been endemic.

Cuba, which detected its first cases in May 2024 in Santiago de Cuba and Cienfuegos, has now reported local transmission in all 15 provinces. Health officials in Havana said Matanzas and Villa Clara were the most affected this year.

Oropouche is transmitted mainly by the biting midge Culicoides paraensis. The virus was first isolated in 1955 from a forest worker near the Oropouche River in Trinidad and Tobago, giving the disease its name.

Concern has grown since Brazilian researchers at the Evandro Chagas Institute in Belém documented vertical transmission from mother to fetus, and since two previously healthy young women died in Bahia in 2024.

Outside the Americas, the European Centre for Disease Prevention and Control has logged 40 imported cases since mid-2024, most in Spain and Italy among travellers who had returned from Cuba, and in Germany among travellers who had been to Brazil. In the United States, Florida has reported more than 100 travel-associated cases, nearly all in people returning from Cuba, while New York reported three.

"We don't yet know whether Culicoides populations in southern Europe could sustain transmission," said Dr. Laura Florence, an arbovirus researcher in Barcelona.""",
    [("Oropouche","-",Q),("Oropouche River","TT",N),("Cuba","CU",C),("Brazil","BR",C),("Europe","*",N),("WASHINGTON","US",T,(38.9,-77.04)),
     ("Pan American Health Organization","*",Q),("Americas","*",N),("Peru","PE",C),("Colombia","CO",C),("Amazon","*",N),
     ("Espírito Santo","BR",A),("Rio de Janeiro","BR",N),("Laranja da Terra","BR",N),("Afonso Cláudio","BR",N),("Minas Gerais","BR",A),
     ("Bahia","BR",A),("Ceará","BR",A),("Amazonian","*",Q),("Amazonas","BR",A),("Acre","BR",A),("Rondônia","BR",A),
     ("Santiago de Cuba","CU",N),("Cienfuegos","CU",N),("Havana","CU",T),("Matanzas","CU",N),("Villa Clara","CU",A),
     ("Trinidad and Tobago","TT",C),("Brazilian","BR",C),("Belém","BR",T),("European Centre for Disease Prevention and Control","*",Q),
     ("Spain","ES",C),("Italy","IT",C),("Germany","DE",C),("United States","US",C),("Florida","US",A),("New York","US",N),
     ("Florence","-",Q),("Barcelona","ES",T)])

add("a", """China's Foshan battles chikungunya outbreak as cases top 7,000

BEIJING, Aug 5 (Reuters) - Authorities in the southern Chinese city of Foshan are draining stagnant water, releasing mosquito-eating fish and deploying drones to hunt breeding sites as they battle China's largest outbreak of chikungunya, which has infected more than 7,000 people since early July.

Most cases have been in Foshan's Shunde district, a manufacturing hub in Guangdong province, where the first case was a traveller who had returned from an area of active transmission abroad, health officials said. Chinese media reported that the traveller had visited the Indian Ocean island of Réunion, where a large epidemic earlier this year infected about a third of the population. Cases have since been reported in at least 12 other cities in Guangdong, including Guangzhou, Jiangmen, Zhongshan and Shenzhen.

Hong Kong confirmed its first case on Monday, a 12-year-old boy who had visited Foshan in July, and the health authorities in Macau reported two imported infections. The U.S. Centers for Disease Control and Prevention issued a level 2 travel notice for Guangdong, urging travellers to use insect repellent.

The outbreak comes as chikungunya, once largely confined to Africa and Asia, is spreading more widely. In Réunion, the French overseas department east of Madagascar, more than 50,000 cases were confirmed between January and June, and neighbouring Mauritius also reported an increase. France has recorded more than 30 locally acquired cases this summer in the south, including in Antibes and in Salon-de-Provence, while Italy reported a cluster in the province of Piacenza.

The World Health Organization warned in July that 5.6 billion people in 119 countries live in areas at risk and urged countries to prepare for a repeat of the 2004–2005 epidemic that swept through the Indian Ocean islands before reaching India.

In Shunde, residents must remove standing water from flowerpots and air-conditioner trays or face fines of up to 10,000 yuan, and hospital patients with chikungunya are kept under mosquito nets. "The key is to eliminate mosquitoes," said Li Dongbei, a district official.""",
    [("China","CN",C),("Foshan","CN",T),("BEIJING","CN",T),("Chinese","CN",C),("Shunde","CN",N),("Guangdong","CN",A),
     ("Indian Ocean","*",N),("Réunion","RE",N),("Guangzhou","CN",T),("Jiangmen","CN",T),("Zhongshan","CN",T),("Shenzhen","CN",T),
     ("Hong Kong","HK",N),("Macau","MO",N),("U.S.","US",Q),("Africa","*",N),("Asia","*",N),("French","FR",C),("Madagascar","MG",C),
     ("Mauritius","MU",C),("France","FR",C),("Antibes","FR",T),("Salon-de-Provence","FR",T),("Italy","IT",C),("Piacenza","IT",N),
     ("India","IN",C),("Dongbei","-",Q)])

add("a", """Pakistan reports new polio cases in Sindh and Khyber Pakhtunkhwa, 2025 tally rises to 21

ISLAMABAD — Pakistan has confirmed two more cases of wild poliovirus type 1, one in Hyderabad in southern Sindh province and one in Khyber Pakhtunkhwa's Lakki Marwat district, bringing the number of children paralysed by the disease this year to 21, the national polio eradication programme said on Friday.

The Hyderabad case, a 26-month-old girl from the Latifabad area, is the city's first since 2019. Samples were confirmed at the Regional Reference Laboratory for Polio Eradication at the National Institute of Health in Islamabad, where genetic sequencing linked the virus to strains detected in sewage in Karachi and in the Quetta block, which straddles the border with Afghanistan.

Of this year's cases, 10 have been reported in Khyber Pakhtunkhwa, mostly in the southern districts of Bannu, Lakki Marwat, Tank and North Waziristan, six in Sindh, four in Balochistan and one in Punjab, where a child from Taunsa in Dera Ghazi Khan district was paralysed in March. Environmental samples have tested positive in 60 of 127 sewage sites, including in Lahore, Rawalpindi and Peshawar.

Pakistan and Afghanistan are the only two countries where wild poliovirus transmission has never been interrupted. Afghanistan has reported seven cases this year, most in the southern provinces of Kandahar and Helmand, and cross-border movement through Chaman and Torkham is seen as a major driver of spread.

"Every missed child is a risk for the whole country," said Ayesha Raza Farooq, the prime minister's focal person for polio eradication, who said a nationwide vaccination campaign would begin on Monday with the aim of reaching 45 million children under five.

Security remains a constraint. In January, a police officer escorting vaccinators was shot dead in Karak, and teams in parts of Bannu and Dera Ismail Khan work under armed guard. The Global Polio Eradication Initiative, whose partners include WHO, UNICEF, Rotary International and the Gates Foundation, has identified Pakistan's "core reservoirs" — Karachi, Peshawar and the Quetta block — as the priority for 2025.""",
    [("Pakistan","PK",C),("Sindh","PK",A),("Khyber Pakhtunkhwa","PK",A),("ISLAMABAD","PK",T),("Islamabad","PK",T),
     ("Hyderabad","PK",T,(25.39,68.37)),("Lakki Marwat","PK",N),("Latifabad","PK",N),("Karachi","PK",T),("Quetta","PK",N),
     ("Afghanistan","AF",C),("Bannu","PK",N),("Tank","PK",N),("North Waziristan","PK",N),("Balochistan","PK",A),("Punjab","PK",A),
     ("Taunsa","PK",N),("Dera Ghazi Khan","PK",N),("Lahore","PK",T),("Rawalpindi","PK",T),("Peshawar","PK",T),("Kandahar","AF",A),
     ("Helmand","AF",A),("Chaman","PK",N),("Torkham","PK|AF",N),("Karak","PK",N),("Dera Ismail Khan","PK",N)])

add("a", """Middle East respiratory syndrome coronavirus – Kingdom of Saudi Arabia

Situation at a glance
Between 1 March and 21 April 2025, Saudi Arabia's Ministry of Health reported nine laboratory-confirmed cases of Middle East respiratory syndrome coronavirus (MERS-CoV) infection, including two deaths. Seven of the cases were part of a cluster in Riyadh.

Description of the situation
The Riyadh cluster involved a 56-year-old man with diabetes who was admitted to a hospital in the city with pneumonia and tested positive on 10 March, followed by six secondary infections among health-care workers who had cared for him. Five of the workers were asymptomatic and were detected through contact tracing. The index patient reported no contact with camels and had not travelled outside Riyadh in the 14 days before symptom onset.

The two remaining cases were unrelated: a 72-year-old man from Hafr Al-Batin in the Eastern Province, who owned dromedary camels and died on 3 April, and a 61-year-old woman from Taif, in Makkah province, who drank raw camel milk and recovered.

Since MERS-CoV was first identified in Jeddah in 2012, 2,627 cases and 946 associated deaths have been reported worldwide from 27 countries, 84% of them in Saudi Arabia. Outside the Arabian Peninsula, the largest outbreak occurred in the Republic of Korea in 2015, when a traveller returning from the Middle East infected 185 people in hospitals in Seoul and Pyeongtaek.

Public health response
All 128 contacts of the cases have been followed up. Infection prevention and control measures have been reinforced in hospitals in Riyadh, and the Ministry of Environment, Water and Agriculture is testing camels at farms near Hafr Al-Batin, which lies close to the borders with Kuwait and Iraq.

WHO risk assessment
The notification of these cases does not change WHO's overall risk assessment. WHO expects that additional cases will be reported from the Middle East and that cases will continue to be exported to other countries by individuals who acquire the infection after exposure to dromedaries. With the Hajj expected in June, WHO advises pilgrims travelling to Makkah and Madinah from countries such as Indonesia, Pakistan and Nigeria to practise hand hygiene and avoid contact with camels.""",
    [("Middle East respiratory syndrome","-",Q),("Middle East","*",N),("Kingdom of Saudi Arabia","SA",C),("Saudi Arabia","SA",C),
     ("Riyadh","SA",T),("Hafr Al-Batin","SA",N),("Eastern Province","SA",A),("Taif","SA",T),("Makkah","SA",N),("Jeddah","SA",T),
     ("Arabian Peninsula","*",N),("Republic of Korea","KR",C),("Seoul","KR",T),("Pyeongtaek","KR",T),("Kuwait","KW",C),("Iraq","IQ",C),
     ("Madinah","SA",T),("Indonesia","ID",C),("Pakistan","PK",C),("Nigeria","NG",C)])

add("a", """Arizona resident dies of pneumonic plague, first such death in county since 2007

FLAGSTAFF, Ariz. (AP) — A resident of northern Arizona has died of pneumonic plague, the most dangerous form of the flea-borne bacterial disease, Coconino County health officials said Saturday.

The patient, who was not identified, died Friday at Flagstaff Medical Center after arriving at the emergency department, the county said. Officials did not say where the person lived, but said the death was the first from plague in the county since 2007, when a wildlife biologist died after handling a mountain lion carcass in Grand Canyon National Park.

Plague, caused by the bacterium Yersinia pestis, is best known as the Black Death that killed tens of millions of people in Europe in the 14th century. Today it is rare in the United States, which averages seven human cases a year, mostly in rural parts of northern New Mexico and Arizona, southern Colorado, California, southern Oregon and far western Nevada.

Earlier this month, officials in El Dorado County, California, said a resident of South Lake Tahoe had tested positive for plague, probably after being bitten by an infected flea while camping near the Taylor Creek Visitor Center. In New Mexico, a 43-year-old man from Rio Arriba County was hospitalised with septicemic plague in June, and in Colorado, officials in Pueblo County confirmed that prairie dogs in a colony near the Arkansas River had died of the disease.

"People shouldn't panic, but they should be aware," said Dr. Paul Tucson, an epidemiologist with the Arizona Department of Health Services in Phoenix. "Protect pets from fleas and don't handle dead rodents."

Globally, most human plague cases occur in Madagascar, the Democratic Republic of the Congo and Peru. Madagascar reports hundreds of cases each year, mostly bubonic plague in the central highlands around Ankazobe and Ambositra, and in 2017 an urban outbreak of pneumonic plague in Antananarivo and the port city of Toamasina sickened more than 2,400 people. In Congo, the disease is endemic in Ituri province, where clinics near Bunia and in Aru territory report cases every year.

Plague can be treated with common antibiotics if diagnosed early. In the pneumonic form, which infects the lungs, it can spread from person to person through respiratory droplets.""",
    [("Arizona","US",A),("FLAGSTAFF","US",T,"US.AZ"),("Ariz.","US",A),("Coconino County","US",A),("Flagstaff Medical Center","US",Q),
     ("Grand Canyon National Park","US",N),("Europe","*",N),("United States","US",C),("New Mexico","US",A),("Colorado","US",A),
     ("California","US",A),("Oregon","US",A),("Nevada","US",A),("El Dorado County","US",A,"US.CA"),("South Lake Tahoe","US",T,"US.CA"),
     ("Taylor Creek Visitor Center","US",Q),("Rio Arriba County","US",A),("Pueblo County","US",A,"US.CO"),("Arkansas River","*",N),
     ("Tucson","-",Q),("Arizona Department of Health Services","US",Q),("Phoenix","US",T,"US.AZ"),("Madagascar","MG",C),
     ("Democratic Republic of the Congo","CD",C),("Peru","PE",C),("Ankazobe","MG",N),("Ambositra","MG",N),("Antananarivo","MG",T),
     ("Toamasina","MG",T),("Congo","CD",C),("Ituri","CD",A),("Bunia","CD",T),("Aru","CD",N)])

add("a", """Congo declares Ebola outbreak in Kasai province, 15 dead

KINSHASA, Sept 4 (Reuters) - The Democratic Republic of Congo declared a new Ebola outbreak on Thursday in Kasai province, where 28 suspected cases and 15 deaths, including four health workers, have been recorded, Health Minister Roger Kamba said.

The outbreak is centred in the Bulape health zone in Mweka territory, about 1,000 km (620 miles) from Kinshasa. The first known case was a 34-year-old pregnant woman who was admitted to hospital in Bulape on Aug. 20 with fever, bloody diarrhoea and haemorrhaging, and who died days later, the ministry said. Samples sent to the National Institute of Biomedical Research (INRB) in Kinshasa confirmed the Zaire strain of the virus.

It is Congo's 16th Ebola outbreak since the disease was first identified in 1976 near the Ebola River in what is now Équateur province. The last one, also in Équateur, ended in 2022.

The World Health Organization said it had deployed an emergency team and protective equipment to Tshikapa, the provincial capital, and that 2,000 doses of Ervebo, Merck's vaccine, would be flown from a stockpile in Kinshasa. "The virus could spread quickly given the movement of people in the area," said Mohamed Janabi, WHO's regional director for Africa.

Kasai has weak health infrastructure and limited road access; the journey from Tshikapa to Bulape can take two days in the rainy season. Health workers are also responding to a cholera outbreak in the province and to mpox in neighbouring Kasai-Oriental and Lomami.

Neighbouring Angola said it had reinforced surveillance at border posts in Lunda Norte province, and Uganda, which declared the end of an outbreak of Sudan virus disease — a related Ebola-like illness — in April after 14 cases in Kampala, Mbale and Jinja, said it was on alert.

The 2018–2020 Ebola epidemic in North Kivu and Ituri provinces killed nearly 2,300 people, the second-largest on record after the 2014–2016 West Africa outbreak that killed more than 11,000 in Guinea, Liberia and Sierra Leone.""",
    [("Congo","CD",C),("Ebola","-",Q),("Ebola River","CD",N),("Kasai","CD",A),("KINSHASA","CD",T),("Democratic Republic of Congo","CD",C),
     ("Bulape","CD",N),("Mweka","CD",N),("Kinshasa","CD",T),("Zaire","-",Q),("Équateur","CD",A),("Tshikapa","CD",T),("Africa","*",N),
     ("Kasai-Oriental","CD",A),("Lomami","CD",A),("Angola","AO",C),("Lunda Norte","AO",A),("Uganda","UG",C),("Sudan","-",Q),
     ("Kampala","UG",T),("Mbale","UG",T),("Jinja","UG",T),("North Kivu","CD",A),("Ituri","CD",A),("West Africa","*",N),
     ("Guinea","GN",C),("Liberia","LR",C),("Sierra Leone","SL",C)])


CASES = [(t, e) for g, t, e in RAW]
GENRES = [g for g, t, e in RAW]
