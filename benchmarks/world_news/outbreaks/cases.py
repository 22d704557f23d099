"""Full-length news articles for geomap evaluation (fresh3, 'outbreaks'): 27 held-out articles of
250-500 words, written without reading geomap's source or the other sets' cases. Half are disease-outbreak
reports (WHO Disease Outbreak News, CIDRAP, Reuters/AP health wires) naming provinces, districts, towns,
labs and travel histories, where disease names that contain places ("Marburg virus", "Lassa fever",
"Ebola", "Oropouche", "Middle East respiratory syndrome", "Sudan virus") are traps; half are other world
news (Caucasus, Central Asia, Central and Eastern Europe, East Asia and the Pacific, the Caribbean,
North Africa, US and Canadian regional stories) with namesakes (Georgia, Albany, Kingston, Santa Cruz,
San Fernando, Salem, Victoria, Hyderabad, Cordoba), ALL-CAPS datelines and people named like places.

CASES and GENRES as ../article_runner.py describes them (RAW holds (genre, text, expected)).
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
     ("Seminole","US",N,"US.TX"),("Lubbock#1","US",A,"US.TX"),("Lubbock#2,3","US",T,"US.TX"),("Terry","US",A,"US.TX"),("Dawson","US",A,"US.TX"),("Lynn","US",A,"US.TX"),
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

# ======================= (b) other world news =======================

add("b", """Georgian police disperse protesters in Tbilisi as opposition leaders are jailed

TBILISI, Georgia — Riot police used water cannon and pepper spray to clear thousands of protesters from Rustaveli Avenue in the Georgian capital late on Sunday, the latest clash in a year of demonstrations against the ruling Georgian Dream party's decision to suspend talks on joining the European Union.

The Interior Ministry said 41 people were detained in Tbilisi and that smaller rallies in Batumi, the Black Sea port, and in Kutaisi and Zugdidi had passed peacefully. A court on Friday sentenced three opposition leaders to eight months in prison for refusing to testify before a parliamentary commission.

Protesters marched from Freedom Square to the parliament building, waving Georgian and EU flags and chanting "Sakartvelo!", the country's own name for itself. "We are not going back to Moscow," said Nino Batumelidze, a 23-year-old student from Gori, the town in the Shida Kartli region where Soviet leader Joseph Stalin was born.

Georgian Dream, founded by billionaire Bidzina Ivanishvili, has pushed through laws on "foreign agents" and LGBT rights that critics say mirror legislation in Russia, which still occupies about a fifth of Georgia's territory in Abkhazia and South Ossetia after a brief war in 2008.

The European Union has frozen about 30 million euros in assistance, and the United States suspended its strategic partnership with Tbilisi. In Washington, a bipartisan group of senators, including Raphael Warnock of Georgia, introduced a bill that would impose sanctions on Georgian officials responsible for the crackdown. Warnock, whose state is home to a sizeable Georgian diaspora in Atlanta and Savannah, said people there "feel this struggle personally".

Prime Minister Irakli Kobakhidze accused the opposition of plotting a revolution with foreign backing and said the government would not "bow to Brussels". Neighbouring Armenia and Azerbaijan, both of which hold talks with the EU, called for calm.""",
    [("Georgian Dream","GE",Q),("Georgian","GE",C),("Tbilisi","GE",T),("TBILISI","GE",T),("Georgia#1,2","GE",C),("Georgia#3","US",A,"US.GA"),
     ("Rustaveli Avenue","GE",Q),("European Union","*",Q),("EU","*",Q),("Batumi","GE",T),("Black Sea","*",N),("Kutaisi","GE",T),
     ("Zugdidi","GE",T),("Freedom Square","GE",Q),("Sakartvelo","GE",Q),("Moscow","RU",T),("Gori","GE",T),("Shida Kartli","GE",A),
     ("Soviet","*",Q),("Russia","RU",C),("Abkhazia","GE",N),("South Ossetia","GE",N),("United States","US",C),
     ("Washington","US",T,(38.9,-77.04)),("Atlanta","US",T,"US.GA"),("Savannah","US",T,"US.GA"),("Brussels","BE",T),("Armenia","AM",C),
     ("Azerbaijan","AZ",C)])

add("b", """Helene's floodwaters linger in south Georgia as farmers count losses

ALBANY, Ga. (AP) — A week after Hurricane Helene tore across the Southeast, the Flint River was still spilling into low-lying neighborhoods in Albany on Thursday, and farmers across south Georgia said the storm had wiped out much of a cotton and pecan crop worth hundreds of millions of dollars.

Helene made landfall in Florida's Big Bend region as a Category 4 hurricane and kept hurricane-force winds deep into Georgia, knocking down trees and power lines from Valdosta to Augusta. Georgia officials have confirmed 33 deaths in the state, including two firefighters killed when a tree fell on their truck in Wheeler County.

In Albany, a city of about 70,000 that was devastated by floods in 1994, Mayor Beverly Hines said shelters were housing 400 people. "We've been through this before, and we'll get through it again," she said.

The Georgia Department of Agriculture estimated agricultural losses at $5.5 billion, with the worst damage in Tift, Coffee, Bacon and Appling counties. "Half my pecan trees are on the ground," said Chad Dixie, who farms near Tifton. "Some of them were 80 years old."

Gov. Brian Kemp toured the area by helicopter and said he had asked the Federal Emergency Management Agency to expand its disaster declaration to 11 more counties. In Augusta, where more than 100,000 customers lost power, Georgia Power said restoration could take another week.

The storm then moved north into the Carolinas and Tennessee, where it caused catastrophic flooding around Asheville, North Carolina, and in the mountain towns of Chimney Rock and Erwin. More than 200 people died across six states, making Helene the deadliest hurricane to strike the U.S. mainland since Katrina in 2005.

Farther north, in the other Albany, New York state officials sent a team of 30 utility workers to help restore power in Georgia and the Carolinas.""",
    [("Helene","-",Q),("Georgia","US",A,"US.GA"),("ALBANY","US",T,"US.GA"),("Ga.","US",A),("Southeast","US",Q),("Flint River","US",N),
     ("Albany#1,2","US",T,"US.GA"),("Albany#3","US",T,"US.NY"),("Florida","US",A),("Big Bend","US",Q),("Valdosta","US",T,"US.GA"),
     ("Augusta","US",T,"US.GA"),("Wheeler County","US",A,"US.GA"),("Beverly","-",Q),("Georgia Department of Agriculture","US",Q),
     ("Tift","US",A,"US.GA"),("Coffee","US",A,"US.GA"),("Bacon","US",A,"US.GA"),("Appling","US",A,"US.GA"),("Chad","-",Q),("Dixie","-",Q),
     ("Tifton","US",T,"US.GA"),("Georgia Power","US",Q),("Carolinas","US",Q),("Tennessee","US",A),("Asheville","US",T,"US.NC"),
     ("North Carolina","US",A),("Chimney Rock","US",T,"US.NC"),("Erwin","US",T,"US.TN"),("U.S.","US",C),("Katrina","-",Q),
     ("New York","US",A)])

add("b", """Central Asian leaders sign water-sharing deal as Afghan canal threatens Amu Darya

ASTANA (Reuters) - The presidents of Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan agreed on Friday to coordinate releases from the region's reservoirs and share data on river flows, as drought and a giant Afghan canal put new pressure on the water that sustains 80 million people.

Meeting in the Kazakh capital, the leaders signed a framework on the Syr Darya and Amu Darya, the two rivers that once fed the Aral Sea and now irrigate cotton and wheat fields from the Fergana Valley to Karakalpakstan.

Uzbek President Shavkat Mirziyoyev said the Qosh Tepa canal being built by the Taliban in northern Afghanistan could divert up to a fifth of the Amu Darya's flow when completed. The 285-km canal runs from the river near the border town of Kaldar in Balkh province west toward Andkhoy in Faryab.

"For Khorezm and Karakalpakstan, this is not an abstract question," Mirziyoyev said. Farmers in Nukus and Urgench said salinity was rising and that rice fields had been left fallow last summer.

Under the deal, Kyrgyzstan will release more water from the Toktogul reservoir in summer in exchange for electricity from Kazakhstan and Uzbekistan in winter, and Tajikistan will share data from the Nurek dam on the Vakhsh River. The agreement also creates a joint commission based in Tashkent.

Kyrgyzstan and Tajikistan finalised their long-disputed border in March, ending clashes that killed more than 100 people in the Batken region and around the Tajik exclave of Vorukh in 2021 and 2022. Kyrgyz President Sadyr Japarov said the settlement had made cooperation on water "finally possible".

Kazakh President Kassym-Jomart Tokayev said climate change was shrinking the glaciers of the Tian Shan and Pamir mountains faster than expected, and that his country's own south, around Shymkent and Kyzylorda, faced chronic shortages. Russia and China, both major investors in the region, sent observers. The World Bank, which is financing dam safety work in Tajikistan, said it was ready to support the commission.""",
    [("Central Asian","*",N),("Afghan","AF",C),("Amu Darya","*",N),("ASTANA","KZ",T),("Kazakhstan","KZ",C),("Uzbekistan","UZ",C),
     ("Kyrgyzstan","KG",C),("Tajikistan","TJ",C),("Turkmenistan","TM",C),("Kazakh","KZ",C),("Syr Darya","*",N),("Aral Sea","*",N),
     ("Fergana Valley","*",N),("Karakalpakstan","UZ",A),("Uzbek","UZ",C),("Qosh Tepa","AF",Q),("Afghanistan","AF",C),("Kaldar","AF",N),
     ("Balkh","AF",A),("Andkhoy","AF",N),("Faryab","AF",A),("Khorezm","UZ",A),("Nukus","UZ",T),("Urgench","UZ",T),("Toktogul","KG",N),
     ("Nurek","TJ",N),("Vakhsh River","*",N),("Tashkent","UZ",T),("Batken","KG",A),("Tajik","TJ",C),("Vorukh","TJ",N),("Kyrgyz","KG",C),
     ("Tian Shan","*",N),("Pamir","*",N),("Shymkent","KZ",T),("Kyzylorda","KZ",T),("Russia","RU",C),("China","CN",C)])

add("b", """Armenia and Azerbaijan open border crossings as work starts on road through Syunik

YEREVAN (AFP) — Armenia and Azerbaijan on Tuesday opened two crossings on their long-closed border, the first concrete step under the peace agreement initialled in Washington in August, as work began on a transit road across Armenia's southern Syunik province linking mainland Azerbaijan with its Nakhchivan exclave.

Trucks carrying construction equipment crossed near the Armenian village of Voskepar, on the road from Yerevan to Ijevan and the Georgian border, and at a second point near Kapan, the administrative centre of Syunik, where the new route will run for about 42 kilometres along the Iranian border through Meghri.

Azerbaijan calls the route the "Zangezur corridor", while Armenian officials have described it as part of a "Crossroads of Peace" that would also link Armenia to Georgia and Turkey. Under the deal, the road will remain under Armenian law, with a US company managing operations for up to 99 years.

"For thirty years, people in Goris and Kapan heard only about war," Prime Minister Nikol Pashinyan told reporters in Yerevan. "Now they will see trucks from Baku and Istanbul."

In Baku, President Ilham Aliyev said the road would cut travel time between Nakhchivan and the rest of Azerbaijan from two days to five hours, avoiding a detour through Iran. Azerbaijan retook Nagorno-Karabakh in a lightning offensive in September 2023, prompting more than 100,000 ethnic Armenians to flee to Armenia; many still live in temporary housing in Masis, Abovyan and Vanadzor.

Iran, which borders both countries, has warned against any change to its frontier with Armenia, and Tehran has opened a consulate in Kapan. Russia, whose border guards were withdrawn from Yerevan's Zvartnots airport last year, said the project should involve the Russian-run South Caucasus Railway.

The border in the northern Tavush region, where four villages were handed back to Azerbaijan last year under a demarcation deal, will be the next to be fully opened, officials said. Residents of Kirants and Baghanis fear losing access to the roads leading to Ijevan and to the Georgian border at Bagratashen.""",
    [("Armenia","AM",C),("Azerbaijan","AZ",C),("Syunik","AM",A),("YEREVAN","AM",T),("Washington","US",T,(38.9,-77.04)),("Nakhchivan","AZ",A),
     ("Armenian","AM",C),("Voskepar","AM",N),("Yerevan","AM",T),("Ijevan","AM",T),("Georgian","GE",C),("Kapan","AM",T),("Iranian","IR",C),
     ("Meghri","AM",T),("Zangezur","AM|AZ",Q),("Georgia","GE",C),("Turkey","TR",C),("US","US",C),("Goris","AM",T),("Baku","AZ",T),
     ("Istanbul","TR",T),("Iran","IR",C),("Nagorno-Karabakh","AZ",N),("Armenians","AM",C),("Masis","AM",T),("Abovyan","AM",T),
     ("Vanadzor","AM",T),("Tehran","IR",T),("Russia","RU",C),("Zvartnots","AM",Q),("Russian","RU",C),("South Caucasus Railway","*",Q),
     ("Tavush","AM",A),("Kirants","AM",N),("Baghanis","AM",N),("Bagratashen","AM",N)])

add("b", """Moldova's pro-EU party holds majority after vote marred by claims of Russian interference

CHISINAU, Moldova (AP) — Moldova's pro-European governing party kept its parliamentary majority in Sunday's election, according to near-complete results released Monday, in a vote that officials said had been targeted by a Russian campaign of vote-buying, cyberattacks and bomb threats.

The Party of Action and Solidarity, founded by President Maia Sandu, won about 50% of the vote, ahead of the Russia-friendly Patriotic Bloc at 24%. Turnout was highest in Chisinau and among the diaspora, with long queues outside polling stations in Bucharest, Rome, Paris and London.

Support for the pro-Russian bloc was strongest in the autonomous region of Gagauzia, in the south, and in the northern city of Balti. Voters living in Transnistria, the breakaway strip along the Dniester River where about 1,500 Russian troops are stationed, had to cross to polling stations in government-controlled towns such as Varnita and Dubasari; police said some bridges had been blocked by cars with Transnistrian plates.

"We chose Europe again," Sandu told supporters in Chisinau's Great National Assembly Square. The Kremlin said the election had not been free because hundreds of thousands of Moldovans living in Russia could vote at only two polling stations in Moscow.

Neighbouring Romania, which shares a language and much of its history with Moldova, has been Chisinau's strongest backer. Romanian President Nicusor Dan congratulated Sandu from Bucharest, and the two countries are building a power line from Iasi to Chisinau and a new bridge over the Prut River at Ungheni to reduce Moldova's dependence on electricity from the Russian-controlled power plant at Cuciurgan in Transnistria.

Romania itself has struggled with Russian interference: its constitutional court annulled the first round of last year's presidential election after a little-known far-right candidate, Calin Georgescu, surged on TikTok. Georgescu won 32% of the vote in Constanta county and carried much of rural Moldavia, the Romanian region that shares its name with the country across the Prut.""",
    [("Moldova","MD",C),("EU","*",Q),("Russian","RU",C),("CHISINAU","MD",T),("European","*",Q),("Russia","RU",C),("Chisinau","MD",T),
     ("Bucharest","RO",T),("Rome","IT",T),("Paris","FR",T),("London","GB",T),("Gagauzia","MD",A),("Balti","MD",T),("Transnistria","MD",N),
     ("Dniester River","*",N),("Varnita","MD",N),("Dubasari","MD",N),("Transnistrian","MD",N),("Europe","*",N),
     ("Great National Assembly Square","MD",Q),("Kremlin","RU",Q),("Moldovans","MD",C),("Moscow","RU",T),("Romania","RO",C),
     ("Romanian","RO",C),("Iasi","RO",T),("Prut River","*",N),("Ungheni","MD",T),("Cuciurgan","MD",N),("Constanta","RO",N),
     ("Moldavia","RO",N),("Prut","*",N)])

add("b", """Two years after quake, Noto Peninsula towns still waiting to rebuild

WAJIMA, Japan — Nearly two years after a magnitude 7.6 earthquake devastated Japan's Noto Peninsula on New Year's Day 2024, only a fraction of the 6,000 buildings scheduled for demolition in Wajima have been cleared, and the city's population has fallen by more than a tenth.

The quake and the tsunami that followed killed more than 500 people across Ishikawa prefecture, including deaths linked to evacuation, and flattened the city's famous morning market, where a fire burned about 240 buildings. Heavy rain in September 2024 then triggered landslides that killed 16 more people in Wajima and neighbouring Suzu.

"Young families have moved to Kanazawa or to Tokyo and they are not coming back," said Toshiro Hakui, 68, a lacquerware maker who now works out of a temporary workshop on the outskirts of Wajima. "Without them, who will carry on Wajima-nuri?"

Ishikawa Governor Hiroshi Hase said the prefecture's reconstruction plan aims to restore roads to the peninsula's northern tip by 2027 and to bring flights between Noto Satoyama Airport and Tokyo's Haneda back to their pre-quake frequency. The central government has allocated more than 700 billion yen to the recovery, but local officials in Anamizu and Noto town say construction firms are stretched thin by labor shortages and by work for the Osaka Expo.

The disaster has revived debate over nuclear safety. The Shika nuclear plant, on the peninsula's western coast, reported transformer damage and oil leaks, and the plan to evacuate residents by road was shown to be unworkable when dozens of routes were cut. Residents in Kashiwazaki in neighbouring Niigata prefecture, home to the world's largest nuclear power station, cited Noto as they opposed its restart.

Meanwhile, the Japan Meteorological Agency warned that a major earthquake along the Nankai Trough, off the Pacific coast from Shizuoka to Kyushu, had a 75% to 82% chance of occurring within 30 years.""",
    [("Noto Peninsula","JP",N),("WAJIMA","JP",T),("Japan","JP",C),("Wajima","JP",T),("Ishikawa","JP",A),("Suzu","JP",T),("Kanazawa","JP",T),
     ("Tokyo","JP",T),("Hakui","-",Q),("Wajima-nuri","-",Q),("Noto Satoyama Airport","JP",Q),("Haneda","JP",Q),("Anamizu","JP",T),
     ("Noto","JP",N),("Osaka Expo","JP",Q),("Shika","JP",Q),("Kashiwazaki","JP",T),("Niigata","JP",A),("Japan Meteorological Agency","JP",Q),
     ("Nankai Trough","*",N),("Pacific","*",N),("Shizuoka","JP",N),("Kyushu","JP",N)])

add("b", """Vanuatu quake: Port Vila water supply restored as aid arrives from Australia, New Zealand

PORT VILA, Vanuatu — Water supplies were restored to most of Vanuatu's capital on Saturday, a week after a magnitude 7.3 earthquake struck 30 km west of Port Vila, killing 14 people, collapsing buildings in the central business district and triggering landslides that buried vehicles on the road to the port.

Australian and New Zealand military aircraft have flown in urban search-and-rescue teams, water purification units and tarpaulins, and France sent a navy patrol vessel from Nouméa, in New Caledonia. An Australian team from Queensland pulled a man alive from the rubble of a three-storey building on Lini Highway two days after the quake.

Prime Minister Jotham Napat said damage was heaviest on the island of Efate, where villages such as Mele and Erakor were cut off for days, and that a state of emergency would remain in place for 30 days. The Vanuatu Meteorology and Geo-Hazards Department said more than 300 aftershocks had been recorded.

The wharf at Port Vila, the main entry point for imports, was damaged, and cargo ships were diverted to Luganville on Espiritu Santo, the country's second-largest town. Air Vanuatu flights have resumed from Bauerfield International Airport.

The United States embassy building, which also houses the British, French and New Zealand missions, was damaged, and staff were relocated. China, which has financed much of Vanuatu's infrastructure, including the national convention centre and a wharf in Luganville, sent a medical team from Guangzhou.

The quake revived memories of Cyclone Pam, which devastated the archipelago in 2015, and of twin cyclones Judy and Kevin in 2023. Vanuatu, one of the countries most exposed to natural hazards, is seeking loss-and-damage funding under the Paris Agreement; its case at the International Court of Justice in The Hague led to a landmark advisory opinion on climate obligations this year.""",
    [("Vanuatu","VU",C),("Port Vila","VU",T),("Australia","AU",C),("New Zealand","NZ",C),("PORT VILA","VU",T),("Australian","AU",C),
     ("France","FR",C),("Nouméa","NC",T),("New Caledonia","NC",N),("Queensland","AU",A),("Lini Highway","VU",Q),("Efate","VU",N),
     ("Mele","VU",N),("Erakor","VU",N),("Vanuatu Meteorology and Geo-Hazards Department","VU",Q),("Luganville","VU",T),
     ("Espiritu Santo","VU",N),("Air Vanuatu","VU",Q),("Bauerfield International Airport","VU",Q),("United States","US",C),
     ("British","GB",C),("French","FR",C),("China","CN",C),("Guangzhou","CN",T),("Pam","-",Q),("Paris Agreement","FR",Q),
     ("The Hague","NL",T)])

add("b", """Jamaica begins long recovery after Hurricane Melissa; Black River 'wiped out'

KINGSTON, Jamaica (AP) — Soldiers and aid workers reached cut-off communities in western Jamaica on Friday, three days after Hurricane Melissa made landfall near New Hope in Westmoreland parish as a Category 5 storm, the strongest ever to hit the island.

Prime Minister Andrew Holness said at least 32 people had died and that the southwestern town of Black River, the capital of St. Elizabeth parish, had been "ground zero", with nearly every roof torn off and the hospital flooded. In Montego Bay, the island's tourism hub, floodwaters filled the lobbies of hotels along the Hip Strip and the Sangster International Airport terminal was damaged.

Kingston, on the island's southeast coast, escaped the worst of the winds, and the Norman Manley International Airport reopened Thursday to receive relief flights from the United States, Canada and the United Kingdom. Trucks carrying food and water left the capital for Savanna-la-Mar, Lucea and Santa Cruz, a market town in St. Elizabeth where roads were blocked by fallen trees and mudslides.

Melissa had earlier killed at least 30 people in Haiti, mostly in Petit-Goâve on the southern peninsula, and struck eastern Cuba as a Category 3 hurricane, flooding parts of Santiago de Cuba and Holguín before moving on toward the Bahamas.

The Jamaican diaspora has mobilised quickly. In Canada, community groups in Toronto and Kingston, Ontario, collected supplies, and Air Canada added flights from Toronto to Montego Bay. "Everybody here has family in Westmoreland or St. James," said Marcia Clarendon, who organised a drive at a church in Kingston, Ont.

The World Bank said Jamaica would receive a $150 million payout from its catastrophe bond, and the Caribbean Catastrophe Risk Insurance Facility will pay out an additional $92 million. Holness said the damage could exceed a third of Jamaica's annual economic output.""",
    [("Jamaica","JM",C),("Melissa","-",Q),("Black River","JM",N),("KINGSTON","JM",T),("New Hope","JM",N),("Westmoreland","JM",A),
     ("St. Elizabeth","JM",A),("Montego Bay","JM",T),("Hip Strip","JM",Q),("Sangster International Airport","JM",Q),
     ("Kingston#1","JM",T),("Kingston#2,3","CA",T,(44.23,-76.49)),("Norman Manley International Airport","JM",Q),("United States","US",C),
     ("Canada","CA",C),("United Kingdom","GB",C),("Savanna-la-Mar","JM",T),("Lucea","JM",T),("Santa Cruz","JM",N),("Haiti","HT",C),
     ("Petit-Goâve","HT",T),("Cuba","CU",C),("Santiago de Cuba","CU",N),("Holguín","CU",N),("Bahamas","BS",C),("Jamaican","JM",C),
     ("Toronto","CA",T),("Ontario","CA",A),("Air Canada","CA",Q),("St. James","JM",A),("Clarendon","-",Q),("Ont.","CA",A),
     ("Caribbean Catastrophe Risk Insurance Facility","*",Q)])

add("b", """Trinidad and Tobago declares state of emergency amid gang killings and US naval buildup

PORT OF SPAIN, Trinidad (Reuters) - Trinidad and Tobago declared a state of emergency on Friday after a spate of gang killings, giving police powers to search and detain suspects without warrants, as tension rose in the southern Caribbean over a U.S. military buildup off neighbouring Venezuela.

Prime Minister Kamla Persad-Bissessar said intelligence showed that gang leaders held at a prison in Arouca had ordered attacks on police officers and prison staff. Twelve people were killed in a week, including three in a shooting at a bar in Laventille, in the hills above Port of Spain, and two in San Fernando, the country's second city.

Police set up checkpoints on the Uriah Butler Highway and the Solomon Hochoy Highway, and soldiers patrolled markets in Chaguanas and Couva. In Point Fortin and the fishing village of Cedros, on the southwestern peninsula that lies just 11 km from the Venezuelan coast, residents said smugglers move guns, drugs and migrants across the Gulf of Paria at night.

Persad-Bissessar has strongly backed U.S. strikes on boats that Washington says were carrying drugs from Venezuela, putting her at odds with other Caribbean Community leaders. Venezuela's Vice President Delcy Rodriguez accused Port of Spain of becoming "a US aircraft carrier" and suspended a gas deal covering the Dragon field, off Venezuela's Sucre state, that Trinidad had hoped would feed the Atlantic LNG plant in Point Fortin.

About 40,000 Venezuelans live in Trinidad and Tobago, many of them undocumented, according to the United Nations refugee agency.

On the sister island of Tobago, where tourism was recovering after an oil spill off Scarborough last year, hoteliers said the emergency measures had so far not affected bookings from London and Frankfurt.""",
    [("Trinidad and Tobago","TT",C),("US","US",C),("PORT OF SPAIN","TT",T),("Trinidad","TT",N),("Caribbean","*",N),("U.S.","US",C),
     ("Venezuela","VE",C),("Arouca","TT",T),("Laventille","TT",N),("Port of Spain","TT",T),("San Fernando","TT",T,(10.28,-61.47)),
     ("Uriah Butler Highway","TT",Q),("Solomon Hochoy Highway","TT",Q),("Chaguanas","TT",T),("Couva","TT",T),("Point Fortin","TT",T),
     ("Cedros","TT",N),("Venezuelan","VE",C),("Gulf of Paria","*",N),("Washington","US",T,(38.9,-77.04)),("Caribbean Community","*",Q),
     ("Sucre","VE",A),("Atlantic LNG","*",Q),("Venezuelans","VE",C),("Tobago","TT",N),("Scarborough","TT",T),("London","GB",T),
     ("Frankfurt","DE",T)])

add("b", """Tunisia clears migrant camps in olive groves near Sfax

SFAX, Tunisia — Tunisian security forces bulldozed makeshift camps housing thousands of sub-Saharan African migrants in olive groves outside the towns of El Amra and Jebeniana this week, the National Guard said, in a crackdown that rights groups say has pushed people into the desert near the Algerian and Libyan borders.

About 20,000 migrants, most from Guinea, Ivory Coast, Mali and Cameroon, had been living in the groves north of Sfax since 2023, when authorities cleared them from the city centre. Many were waiting to board boats for the Italian island of Lampedusa, about 190 km away.

National Guard spokesman Houssem Eddine Jebabli said 1,200 people had agreed to return home under a voluntary program run by the International Organization for Migration, with flights from Tunis to Conakry, Abidjan and Bamako. Others, according to Human Rights Watch, were bused toward Kasserine and the Algerian frontier or to the area around Ben Guerdane near Libya, and left there without food or water.

President Kais Saied, who in 2023 accused "hordes of irregular migrants" of trying to change Tunisia's demographic make-up, has made curbing departures central to a 2023 agreement with the European Union that provides funding for border management. Italian Prime Minister Giorgia Meloni, who visited Tunis four times that year, has praised the results: arrivals in Italy from Tunisia fell by about 80% in 2024.

Departures have shifted east to Libya, where boats leave from Zuwara and Sabratha, and from the eastern region around Tobruk toward Crete. Greek authorities said more than 7,000 migrants had landed on Crete and the small island of Gavdos this year, most of them Egyptians and Bangladeshis who had flown to Benghazi.

In Sfax, residents of El Amra said they welcomed the clearances. "The olive harvest starts in November, and the farmers want their land back," said Mohamed Ben Arous, a farmer.""",
    [("Tunisia","TN",C),("Sfax","TN",T),("SFAX","TN",T),("Tunisian","TN",C),("African","*",Q),("El Amra","TN",N),("Jebeniana","TN",N),
     ("Algerian","DZ",C),("Libyan","LY",C),("Guinea","GN",C),("Ivory Coast","CI",C),("Mali","ML",C),("Cameroon","CM",C),("Italian","IT",C),
     ("Lampedusa","IT",N),("Tunis","TN",T),("Conakry","GN",T),("Abidjan","CI",T),("Bamako","ML",T),("Kasserine","TN",N),
     ("Ben Guerdane","TN",T),("Libya","LY",C),("European Union","*",Q),("Italy","IT",C),("Zuwara","LY",T),("Sabratha","LY",T),
     ("Tobruk","LY",T),("Crete","GR",N),("Greek","GR",C),("Gavdos","GR",N),("Egyptians","EG",C),("Bangladeshis","BD",C),
     ("Benghazi","LY",T),("Ben Arous","-",Q)])

add("b", """Heat wave grips Pacific Northwest as wildfires force evacuations in Oregon and British Columbia

SALEM, Ore. (AP) — Oregon Gov. Tina Kotek declared a statewide emergency on Wednesday as a heat wave pushed temperatures past 105 degrees in the Willamette Valley and a fast-moving wildfire east of the Cascades forced thousands of people from their homes.

Temperatures reached 108 F (42 C) in Salem and 104 F in Portland, where the city opened cooling centers in libraries and community centers, and the National Weather Service warned that overnight lows would bring little relief. Hospitals in Eugene and Medford reported a surge of heat-related visits.

The Flat Fire, burning in juniper and sagebrush near Sisters and Camp Sherman in Jefferson and Deschutes counties, had grown to 23,000 acres by Wednesday morning, and residents of subdivisions north of Bend were told to be ready to leave. Crews from California and Idaho joined more than 1,000 firefighters.

In neighbouring Washington state, Gov. Bob Ferguson activated the National Guard to help fight a blaze near Wenatchee, and Seattle recorded its hottest June day since the 2021 "heat dome" that killed hundreds of people across the region.

Across the border in Canada, British Columbia's wildfire service said 87 fires were burning, including an out-of-control blaze near Kamloops that prompted evacuation orders for about 2,000 properties. In Victoria, the provincial capital on Vancouver Island, Premier David Eby urged residents to check on elderly neighbours and said cooling centres would stay open overnight. Environment Canada issued heat warnings for the Fraser Valley, the Okanagan and Metro Vancouver.

Climate scientists say heat waves in the region, once known for mild summers, are becoming more frequent and intense. "What used to be a once-in-a-thousand-years event in Portland has now happened twice in four years," said Erica Fleishman, who directs the Oregon Climate Change Research Institute at Oregon State University in Corvallis.""",
    [("Pacific Northwest","*",Q),("Oregon","US",A),("British Columbia","CA",A),("SALEM","US",T,"US.OR"),("Ore.","US",A),
     ("Willamette Valley","US",N),("Cascades","*",N),("Salem","US",T,"US.OR"),("Portland","US",T,"US.OR"),("Eugene","US",T,"US.OR"),
     ("Medford","US",T,"US.OR"),("Sisters","US",T,"US.OR"),("Camp Sherman","US",T,"US.OR"),("Jefferson","US",A,"US.OR"),
     ("Deschutes","US",A,"US.OR"),("Bend","US",T,"US.OR"),("California","US",A),("Idaho","US",A),("Washington","US",A,"US.WA"),
     ("Ferguson","-",Q),("Wenatchee","US",T,"US.WA"),("Seattle","US",T,"US.WA"),("Canada","CA",C),("Kamloops","CA",T),
     ("Victoria","CA",T,(48.43,-123.37)),("Vancouver Island","CA",N),("Environment Canada","CA",Q),("Fraser Valley","CA",N),
     ("Okanagan","CA",N),("Metro Vancouver","CA",N),("Oregon Climate Change Research Institute","US",Q),("Oregon State University","US",Q),
     ("Corvallis","US",T,"US.OR")])

add("b", """South Korea's deadliest wildfires kill 28, destroy ancient temple

SEOUL, March 26 (Reuters) - Wildfires driven by strong, dry winds have killed 28 people in South Korea's southeast and destroyed a 1,300-year-old Buddhist temple, officials said on Wednesday, in what acting President Han Duck-soo called the worst fire disaster in the country's history.

The fires started on Saturday in Uiseong county in North Gyeongsang province and spread east through Andong, Cheongsong, Yeongyang and Yeongdeok, reaching the coast within four days. More than 27,000 people were evacuated, and about 33,000 hectares of forest were burned, the interior ministry said.

In Uiseong, the Gounsa temple, founded in 681, was reduced to ash, though monks moved some treasures to safety. Authorities also evacuated the Hahoe Folk Village, a UNESCO World Heritage site near Andong, and firefighters sprayed fire retardant on its thatched-roof houses as flames came within a few kilometres.

A separate fire in Sancheong county in South Gyeongsang province killed four firefighters and a public official, and spread into Hadong and Jirisan National Park. A firefighting helicopter crashed in the mountains of Uiseong, killing its 73-year-old pilot.

Most of those killed were elderly residents of rural villages who could not get out in time. In Yeongdeok, on the East Sea coast, fishermen helped evacuate residents by boat from the port village of Chuksan, which had been cut off by flames.

The Korea Forest Service said the fires were likely caused by human error, including a man who accidentally started a blaze while tending his family's ancestral graves. The government declared a special disaster zone across Ulsan and the two Gyeongsang provinces, and the military deployed troops and helicopters. U.S. Forces Korea sent Black Hawk helicopters from Camp Humphreys in Pyeongtaek.

North Korea's state media reported no fires, but Japan offered assistance, and Prime Minister Shigeru Ishiba sent condolences to Seoul.""",
    [("South Korea","KR",C),("SEOUL","KR",T),("Uiseong","KR",N),("North Gyeongsang","KR",A),("Andong","KR",T),("Cheongsong","KR",N),
     ("Yeongyang","KR",N),("Yeongdeok","KR",N),("Gounsa","KR",Q),("Hahoe Folk Village","KR",Q),("Sancheong","KR",N),
     ("South Gyeongsang","KR",A),("Hadong","KR",N),("Jirisan National Park","KR",N),("East Sea","*",N),("Chuksan","KR",N),
     ("Korea Forest Service","KR",Q),("Ulsan","KR",N),("Gyeongsang","KR",N),("U.S. Forces Korea","US|KR",Q),("Black Hawk","-",Q),
     ("Camp Humphreys","KR",Q),("Pyeongtaek","KR",T),("North Korea","KP",C),("Japan","JP",C),("Seoul","KR",T)])

add("b", """Canary Islands migrant arrivals fall as Mauritania tightens its coast, but El Hierro is still strained

SANTA CRUZ DE TENERIFE, Spain (AP) — Migrant arrivals on Spain's Canary Islands fell by more than half in the first nine months of the year, the interior ministry said Monday, after Mauritania and Senegal stepped up patrols along the Atlantic route that in 2024 brought a record 46,800 people to the archipelago.

The tiny island of El Hierro, the westernmost of the seven, still received more than 8,000 people, most of them in wooden fishing boats that set out from Nouadhibou in northern Mauritania or from the coast of Gambia and Guinea. Volunteers at the port of La Restinga, a village of 600 residents, said boats arrived on some nights with more than 200 people aboard after 10 days at sea.

Mauritania's coast guard, backed by 210 million euros from the European Union and by Spanish patrol aircraft based in Nouakchott, said it had intercepted 12,000 people this year. Moroccan authorities also reported a sharp drop in departures from Dakhla and Laayoune, in the disputed Western Sahara.

Fernando Clavijo, president of the Canary Islands' regional government, said the islands' centers for unaccompanied minors were holding 4,400 children, four times their capacity, and demanded that other Spanish regions take their share. After months of dispute, Madrid agreed to relocate 3,000 minors to mainland regions including Andalusia, Catalonia and Valencia.

"We are a border of Europe, not a warehouse," Clavijo told reporters in Santa Cruz de Tenerife. In Las Palmas de Gran Canaria, the regional parliament approved emergency funding for reception centers in Arguineguín and on Lanzarote.

The Atlantic route is among the deadliest in the world. The Spanish NGO Caminando Fronteras estimated that more than 10,000 people died trying to reach Spain by sea in 2024, most of them on the crossing from Mauritania and Senegal, where departures from Mbour and Saint-Louis resumed in September.""",
    [("Canary Islands","ES",N),("Mauritania","MR",C),("El Hierro","ES",N),("SANTA CRUZ DE TENERIFE","ES",T),("Spain","ES",C),
     ("Senegal","SN",C),("Atlantic","*",Q),("Nouadhibou","MR",T),("Gambia","GM",C),("Guinea","GN",C),("La Restinga","ES",N),
     ("European Union","*",Q),("Spanish","ES",C),("Nouakchott","MR",T),("Moroccan","MA",C),("Dakhla","EH|MA",N),("Laayoune","EH|MA",N),
     ("Western Sahara","EH|MA",N),("Fernando","-",Q),("Clavijo","-",Q),("Madrid","ES",T),("Andalusia","ES",A),("Catalonia","ES",A),
     ("Valencia","ES",N),("Europe","*",N),("Santa Cruz de Tenerife","ES",T),("Las Palmas de Gran Canaria","ES",T),("Arguineguín","ES",N),
     ("Lanzarote","ES",N),("Mbour","SN",T),("Saint-Louis","SN",T)])


CASES = [(t, e) for g, t, e in RAW]
GENRES = [g for g, t, e in RAW]
