"""Education: 40 invented news articles about universities, schools and education policy, written
as the Guardian, Times Higher Education, Inside Higher Ed, The Hindu, the South China Morning
Post, The Australian, University World News and local US and Canadian papers write them.

Written by a helper that read neither geomap's source (geomap/) nor any other set's cases.py;
geomap was not run on these articles while writing them.

Genres (GENRES gives one letter per case):
  a (14): universities and research - strikes, funding freezes, rankings and grants, branch
          campuses (Doha, Dubai, Kuala Lumpur, Ningbo, Zanzibar), international-student caps,
          campus closures.
  b (13): schools - US county school boards and districts, English local authorities, Indian
          state results and closures, Kenyan counties, Nigerian states, Canadian and Australian
          districts; floods, heat, fire danger, crumbling concrete.
  c (13): international education and policy - girls' schooling in Afghanistan and northern
          Nigeria, refugees' schooling (Kakuma, Cox's Bazar, Zaatari), Erasmus+, visas and
          visa fees, scholarships, exams abroad (gaokao, Cambridge O-levels), tuition rules.

Conventions:
  - Countries are C; states, provinces, counties, English counties and local authorities,
    Kenyan counties, Nigerian states and Indian states are A.  Cities, towns and villages
    are T.  Names that are both a district/county/state and its chief town in the article's
    sense (Kaduna, Kano, Busia, Tiruppur, Chennai district) are N with a (lat, lon) hint near
    the town, as are neighbourhoods, campus districts, regions, camps and rivers.
  - Seas, lakes, continents and regions crossing borders (Africa, Europe, Gulf, Lake
    Victoria, Bay of Bengal) are country "*", kind N.  Hong Kong is "HK|CN", kind N.
  - A capital used for its government ("a letter from Washington", "Canberra has decided")
    is still the city, T.
  - Universities, schools, school districts, councils, agencies and newspapers whose name
    still points at the place they are in (Durham University, University of Michigan, Penn
    State, Georgetown, Oxford or Cambridge meaning the university or exam board, Houston ISD,
    Durham County Council, Vancouver Sun) are Q with that place's country; the place names
    inside them are then not expected separately.  Those named after people or otherwise
    not pointing at their place (Harvard, Columbia, Washington University, Duke, Monash,
    Heriot-Watt, McGill, Concordia, Rhodes, Purdue) are "-" traps.
  - People named like places (Dean Jordan, Professor Lincoln, Helen Ashford, Georgia Kemp,
    Florence Adeyemi) and storms (Hurricane Harvey, Hurricane Florence) are "-".
  - Demonyms and ethnonyms (British, Indian, Afghan, Rohingya, Kyrgyz, Kenyans) are Q with
    their country ("*" for European, African).
  - ALL-CAPS datelines and UWN country tags (ATHENS, KITCHENER, NEW ZEALAND) are listed as
    their own case-sensitive surfaces.
  - Namesakes are pinned with (lat, lon) hints: Cambridge (England, Massachusetts,
    Ontario), Durham (England, North Carolina), Athens (Ohio, Georgia), Columbia (South
    Carolina, Missouri), Victoria (Australia, British Columbia), Wellington, Stirling,
    Springfield (Missouri, Illinois), Georgia (country vs US state), Punjab (India vs
    Pakistan).
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- genre a: universities, research

add("a", """Marking boycott spreads to 40 UK campuses as pay talks collapse

By Tom Whitfield, Times Higher Education

Staff at 40 UK universities began a marking and assessment boycott on Monday after talks between the University and College Union (UCU) and employers broke down over a 1.4 per cent pay offer.

The action is strongest in the north of England and in Scotland. At Durham University, where the union says 71 per cent of members voted in favour, finalists were told their degree classifications might be delayed until the autumn. "Nobody in Durham wants this, least of all the people who teach here," said Priya Raman, president of the university's UCU branch.

In Scotland, the University of Stirling and the University of Glasgow confirmed that exam boards would go ahead with "partial marks". Graduation ceremonies in Stirling, usually held in the shadow of the castle, could be postponed. Glasgow's university, which has about 9,000 students from China, said international students would be prioritised for the transcripts they need for visa applications.

In Wales, Cardiff University and Swansea University said they were seeking legal advice on deducting full pay from staff who refuse to mark. Further south, the University of Exeter said it did not expect significant disruption.

The Universities and Colleges Employers Association, which negotiates on behalf of 140 institutions, said the offer was "the maximum the sector can afford" at a time when one in three English universities is forecasting a deficit.

Kate Ellery, UCU's general secretary, said members in Leeds, Sheffield and Newcastle were balloting to join the boycott from June. "Vice-chancellors in London are taking six-figure salaries while telling cleaners and lecturers there is no money," she said.

The Department for Education said pay was a matter for independent employers.""", [
    ("UK", "GB", C),
    ("England", "GB", A),
    ("Scotland", "GB", A),
    ("Wales", "GB", A),
    ("Durham University", "GB", Q),
    ("Durham", "GB", T, (54.78, -1.58)),
    ("University of Stirling", "GB", Q),
    ("Stirling", "GB", T, (56.12, -3.94)),
    ("University of Glasgow", "GB", Q),
    ("Glasgow", "GB", T, (55.86, -4.25)),
    ("China", "CN", C),
    ("Cardiff University", "GB", Q),
    ("Swansea University", "GB", Q),
    ("University of Exeter", "GB", Q),
    ("English", "GB", Q),
    ("Leeds", "GB", T, (53.80, -1.55)),
    ("Sheffield", "GB", T, (53.38, -1.47)),
    ("Newcastle", "GB", T, (54.98, -1.61)),
    ("London", "GB", T, (51.51, -0.13)),
])

add("a", """Harvard and Columbia Brace for Second Round of Grant Freezes

By Sara Whitcombe, Inside Higher Ed

Research administrators at Harvard University and Columbia University spent the weekend preparing for what one called "round two" after federal agencies signaled they would pause another $400 million in grants as early as this week.

At Harvard, where a freeze on National Institutes of Health awards last spring idled labs in Cambridge and at the medical school in Boston's Longwood area, officials said they had set aside a $250 million bridge fund. "We are not going to let postdocs go home to Bangalore or São Paulo because of a letter from Washington," said Dean Jordan, who runs the research office of the Faculty of Arts and Sciences.

Columbia, whose Morningside Heights campus in Manhattan was the scene of encampments in 2024, reached a settlement with the administration last year, but faculty members say its terms remain unclear. "Nobody can tell me whether my NSF grant is frozen or not," said Ana Ruiz, a climate scientist.

Smaller research universities are watching nervously. Washington University in St. Louis, which draws about 60 percent of its research budget from federal sources, froze hiring on Friday. Officials at the University of Michigan in Ann Arbor said they were modeling cuts of up to 15 percent in indirect-cost recovery.

Lawyers for the American Association of University Professors said they would seek an injunction in federal court in Boston. A spokesperson for the Education Department said the pauses were "routine compliance reviews" and that funds would flow once the universities met federal conditions.

Harvard's endowment, valued at $53 billion, is largely restricted by donors, the university has argued.""", [
    ("Harvard", "-", None),
    ("Columbia", "-", None),
    ("Cambridge", "US", T, (42.37, -71.11)),
    ("Boston", "US", T, (42.36, -71.06)),
    ("Longwood", "US", N, (42.34, -71.10)),
    ("Bangalore", "IN", T, (12.97, 77.59)),
    ("São Paulo", "BR", T, (-23.55, -46.63)),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Jordan", "-", None),
    ("Morningside Heights", "US", N, (40.81, -73.96)),
    ("Manhattan", "US", N, (40.78, -73.97)),
    ("Washington University", "-", None),
    ("St. Louis", "US", T, (38.63, -90.20)),
    ("University of Michigan", "US", Q),
    ("Ann Arbor", "US", T, (42.28, -83.74)),
    ("American", "US", Q),
])

add("a", """IIT Madras to admit first B.Tech batch at Zanzibar campus

Special Correspondent

CHENNAI

The Indian Institute of Technology Madras will admit 70 students to a four-year B.Tech programme in data science and artificial intelligence at its Zanzibar campus this August, the institute announced on Tuesday.

The campus, the first overseas campus of an IIT, opened with master's courses two years ago under an agreement between the governments of India and Tanzania. Admissions to the new undergraduate programme will be through a screening test held in Zanzibar, Dar es Salaam and Chennai, followed by interviews.

"About half the seats will go to Tanzanian students, and the rest to candidates from Kenya, Uganda, Ethiopia and the Indian diaspora across Africa," said the campus director, Professor Radha Iyer. Fees will be about $12,000 a year, with scholarships for students from Zanzibar funded by the islands' government.

Faculty members will be drawn largely from the parent institute, with visiting professors flying in from Chennai for short teaching blocks. The campus will move from its temporary premises near Stone Town to a permanent site at Bweleo, about 15 km south, in 2027.

IIT Delhi, which opened a campus in Abu Dhabi last year, is expected to announce undergraduate admissions there shortly. The Union Ministry of Education has asked other IITs to explore campuses in Sri Lanka, Nepal and Malaysia.

Critics have questioned the move at a time when IIT Madras faces faculty shortages at home. Officials said the Zanzibar campus was self-financing and would not draw on funds meant for the institute's main campus on Sardar Patel Road.""", [
    ("IIT Madras", "IN", Q),
    ("Indian Institute of Technology Madras", "IN", Q),
    ("CHENNAI", "IN", T, (13.09, 80.28)),
    ("Chennai", "IN", T, (13.09, 80.28)),
    ("Zanzibar", "TZ", N, (-6.16, 39.20)),
    ("India", "IN", C),
    ("Tanzania", "TZ", C),
    ("Dar es Salaam", "TZ", T, (-6.82, 39.27)),
    ("Tanzanian", "TZ", Q),
    ("Kenya", "KE", C),
    ("Uganda", "UG", C),
    ("Ethiopia", "ET", C),
    ("Indian", "IN", Q),
    ("Africa", "*", N),
    ("Stone Town", "TZ", N, (-6.16, 39.19)),
    ("Bweleo", "TZ", N, (-6.28, 39.22)),
    ("Sardar Patel Road", "IN", Q),
    ("IIT Delhi", "IN", Q),
    ("Abu Dhabi", "AE", T, (24.45, 54.40)),
    ("Sri Lanka", "LK", C),
    ("Nepal", "NP", C),
    ("Malaysia", "MY", C),
])

add("a", """Hong Kong universities hire 140 scientists from mainland and abroad as US crackdown bites

Talent schemes and a new innovation park on the border are luring researchers, but critics say housing and academic freedom remain concerns

By Ng Ka-man

Hong Kong's eight publicly funded universities hired more than 140 senior scientists from mainland China, the United States and Europe in the past academic year, the highest number on record, according to figures released by the University Grants Committee on Friday.

HKU, based in Pok Fu Lam, recruited 41 of them, many in biomedical engineering, while CUHK in Sha Tin and HKUST in Clear Water Bay took 33 and 29 respectively. Nearly a third came from American institutions, including Stanford and Johns Hopkins, amid tighter US scrutiny of researchers with ties to China.

"Five years ago these people would have gone to Shenzhen or stayed in Boston," said Professor Leung Wai-ling, an associate vice-president at one of the universities. "Now Hong Kong offers them international standing and access to the Greater Bay Area at the same time."

Many of the new hires will eventually work at the Hong Kong-Shenzhen Innovation and Technology Park in the Lok Ma Chau Loop, whose first buildings opened this year on land beside the Shenzhen River.

Beijing has encouraged the city to become an "international hub for high-calibre talent", and the Education Bureau has offered to fund up to 50 per cent of start-up packages. Guangdong province has promised matching funds for joint laboratories.

But some recruits said rents in Sai Kung and the Southern District had deterred family members from joining them. Others cited concerns over the national security law. A spokeswoman for the Education Bureau said academic freedom was "fully protected".""", [
    ("Hong Kong", "HK|CN", N),
    ("China", "CN", C),
    ("United States", "US", C),
    ("US", "US", C),
    ("Europe", "*", N),
    ("Pok Fu Lam", "HK", N, (22.27, 114.13)),
    ("Sha Tin", "HK", N, (22.38, 114.19)),
    ("Clear Water Bay", "HK", N, (22.33, 114.27)),
    ("American", "US", Q),
    ("Stanford", "-", None),
    ("Johns Hopkins", "-", None),
    ("Shenzhen", "CN", T, (22.55, 114.07)),
    ("Boston", "US", T, (42.36, -71.06)),
    ("Greater Bay Area", "CN|HK", N),
    ("Hong Kong-Shenzhen Innovation and Technology Park", "HK", Q),
    ("Lok Ma Chau Loop", "HK", N, (22.51, 114.08)),
    ("Shenzhen River", "*", N, (22.52, 114.08)),
    ("Beijing", "CN", T, (39.91, 116.40)),
    ("Guangdong", "CN", A),
    ("Sai Kung", "HK", N, (22.38, 114.27)),
    ("Southern District", "HK", N, (22.25, 114.17)),
])

add("a", """MALAYSIA: Branch campuses feel the squeeze as enrolments fall

By Aisyah Rahman, University World News

Foreign branch campuses in Malaysia are cutting programmes and merging faculties after a second year of falling enrolments, with several blaming a weak ringgit, slow visa processing and intense competition from cheaper private colleges.

The University of Nottingham's campus at Semenyih in Selangor will stop admitting students to three engineering degrees from September, according to an internal memo seen by University World News. Heriot-Watt University's campus in Putrajaya has reduced its intake targets by a fifth.

In Johor, the EduCity precinct in Iskandar Puteri, once promoted as a hub for British universities, lost its second tenant last year. Newcastle University's medical school there will now take most of its students from Singapore, just across the causeway.

"The model of teaching a UK or Australian degree at two-thirds of the price worked when the students came from Indonesia, Bangladesh and the Gulf states in large numbers," said Dr Lim Seng Hooi, a higher education consultant in Kuala Lumpur. "Now those students go straight to the UK, or they go to China."

Xiamen University's campus in Sepang, near the international airport, is an exception. It reported a 12% rise in applications, largely from students from Xiamen and other parts of Fujian who pay Malaysian fees for a degree recognised at home.

Monash's campus in Bandar Sunway remains the largest foreign campus, with about 9,000 students.

The Ministry of Higher Education said it would streamline student pass approvals to a 14-day turnaround and allow international students to work part-time. Malaysia aims to host 250,000 international students by 2030.""", [
    ("Malaysia", "MY", C),
    ("University of Nottingham", "GB", Q),
    ("Semenyih", "MY", T, (2.95, 101.84)),
    ("Selangor", "MY", A),
    ("Heriot-Watt", "-", None),
    ("Putrajaya", "MY", T, (2.94, 101.69)),
    ("Johor", "MY", A),
    ("Iskandar Puteri", "MY", T, (1.42, 103.64)),
    ("British", "GB", Q),
    ("Newcastle University", "GB", Q),
    ("Singapore", "SG", N),
    ("UK", "GB", C),
    ("Australian", "AU", Q),
    ("Indonesia", "ID", C),
    ("Bangladesh", "BD", C),
    ("Gulf", "*", N),
    ("Kuala Lumpur", "MY", T, (3.14, 101.69)),
    ("China", "CN", C),
    ("Xiamen University", "CN", Q),
    ("Sepang", "MY", T, (2.69, 101.75)),
    ("Xiamen", "CN", T, (24.48, 118.08)),
    ("Fujian", "CN", A),
    ("Malaysian", "MY", Q),
    ("Monash", "-", None),
    ("Bandar Sunway", "MY", T, (3.07, 101.61)),
])

add("a", """Texas A&M's Exit Leaves Education City Rethinking Its Model

By Jonah Kessler, Inside Higher Ed

When Texas A&M University's regents voted to close their engineering campus in Qatar, the decision was framed in College Station as a question of security and mission. In Doha, it has prompted a broader rethink of how the Qatar Foundation's Education City should work.

The campus, which has graduated more than 1,000 engineers since 2003, will wind down by 2028. Its departure leaves five American universities in Education City: Georgetown, Carnegie Mellon, Northwestern, Weill Cornell Medicine and Virginia Commonwealth University, whose arts school was the first to arrive in 1998.

Officials in Doha said they would not seek a direct replacement. Instead, the foundation will fold several programs into Hamad Bin Khalifa University, its homegrown research university. "We are no longer in the business of importing whole campuses," said a senior foundation official.

Critics in Texas had argued that the university's research in Qatar could benefit a foreign government. Supporters said the campus had given Texas faculty access to petroleum engineering problems and to students from across the Middle East, including Egypt, Jordan and Pakistan.

Georgetown's campus, which teaches international affairs, said its contract had been renewed through 2033. Carnegie Mellon, whose Pittsburgh faculty rotate through Doha, described itself as "fully committed".

The Qatari government has also tightened oversight, requiring branch campuses to align programs with the Qatar National Vision 2030. Some faculty members in Al Rayyan, where the campuses sit, say they worry about academic freedom and about the future of co-educational classrooms, which remain unusual in the region.

Enrollment across Education City stands at about 3,000 students.""", [
    ("Texas A&M", "US", Q),
    ("Education City", "QA", Q),
    ("Qatar", "QA", C),
    ("College Station", "US", T, (30.63, -96.33)),
    ("Doha", "QA", T, (25.29, 51.53)),
    ("Qatar Foundation", "QA", Q),
    ("American", "US", Q),
    ("Georgetown", "US", Q),
    ("Carnegie Mellon", "-", None),
    ("Weill Cornell", "-", None),
    ("Virginia Commonwealth University", "US", Q),
    ("Hamad Bin Khalifa", "-", None),
    ("Texas", "US", A, "US.TX"),
    ("Middle East", "*", N),
    ("Egypt", "EG", C),
    ("Jordan", "JO", C),
    ("Pakistan", "PK", C),
    ("Pittsburgh", "US", T, (40.44, -80.00)),
    ("Qatari", "QA", Q),
    ("Qatar National Vision 2030", "QA", Q),
    ("Al Rayyan", "QA", T, (25.29, 51.42)),
])

add("a", """Dubai overtakes Doha as the region's branch campus capital

By Holly Brennan, Times Higher Education

Dubai now hosts more international branch campuses than any other city in the world, according to a new census that shows the emirate adding six campuses in the past two years while Doha has lost one.

The count, by the Cross-Border Education Research Team, puts Dubai's total at 37, ahead of Kuala Lumpur and Singapore. Most sit in Dubai International Academic City and Dubai Knowledge Park, free zones on the edge of the desert where foreign universities can repatriate profits.

British institutions dominate. The University of Birmingham opened its Dubai campus in 2018 and is now building a second phase, while Middlesex University and Heriot-Watt have expanded into postgraduate medicine. The University of Wollongong, whose home campus is on the coast south of Sydney, has operated in the emirate since 1993.

"Families in India and Pakistan see Dubai as a safe, close and cheaper alternative to London or Manchester," said Rohan Mehta, a consultant who advises universities on Gulf expansion. Indian universities are also arriving: Manipal Academy of Higher Education and the Birla Institute of Technology and Science both run campuses there.

Rochester Institute of Technology, meanwhile, has chosen the Dubai Silicon Oasis zone.

The boom has spread to Sharjah and Ras Al Khaimah, where land is cheaper, and to Abu Dhabi, which has courted research-intensive partners rather than teaching campuses.

Regulators in Dubai said quality would not be compromised. The emirate's Knowledge and Human Development Authority requires every branch to offer degrees identical to those awarded at the home campus in Birmingham, Wollongong or elsewhere.""", [
    ("Dubai", "AE", T, (25.08, 55.31)),
    ("Doha", "QA", T, (25.29, 51.53)),
    ("Kuala Lumpur", "MY", T, (3.14, 101.69)),
    ("Singapore", "SG", N),
    ("Dubai International Academic City", "AE", Q),
    ("Dubai Knowledge Park", "AE", Q),
    ("British", "GB", Q),
    ("University of Birmingham", "GB", Q),
    ("Middlesex University", "GB", Q),
    ("Heriot-Watt", "-", None),
    ("University of Wollongong", "AU", Q),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("India", "IN", C),
    ("Pakistan", "PK", C),
    ("London", "GB", T, (51.51, -0.13)),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Gulf", "*", N),
    ("Indian", "IN", Q),
    ("Manipal Academy of Higher Education", "IN", Q),
    ("Birla", "-", None),
    ("Rochester Institute of Technology", "US", Q),
    ("Dubai Silicon Oasis", "AE", Q),
    ("Sharjah", "AE", T, (25.34, 55.41)),
    ("Ras Al Khaimah", "AE", N, (25.79, 55.94)),
    ("Abu Dhabi", "AE", T, (24.45, 54.40)),
    ("Birmingham", "GB", T, (52.48, -1.90)),
    ("Wollongong", "AU", T, (-34.42, 150.89)),
])

add("a", """Sino-foreign universities hold their nerve as Western partners face pressure at home

Ningbo, Suzhou and Kunshan campuses report record applications despite scrutiny in Britain and the US

By Chen Xiaoyu

Three of China's best-known Sino-foreign universities reported record numbers of applicants this year, even as their British and American parent institutions face political pressure over their ties to the mainland.

The University of Nottingham's campus in Ningbo, the first of its kind when it opened in 2004, received 28,000 applications for 2,600 places, according to figures released on Monday by the Zhejiang provincial education department.

Xi'an Jiaotong-Liverpool University in Suzhou said applications had risen 11 per cent. The university, a joint venture with the University of Liverpool, has expanded into a second campus in Taicang, a port city on the Yangtze, to house its entrepreneurship school.

Duke Kunshan University, founded with Duke University in Durham, North Carolina, and Wuhan University, said it would admit 550 undergraduates, half of them from outside China.

"Parents in Jiangsu and Shanghai see these campuses as a way to get an international degree without the cost or the visa risk of going abroad," said Professor Zhou Min, who studies transnational education at East China Normal University.

The schools have come under scrutiny in Washington, where a House committee has asked Duke about research ties, and in London, where MPs have questioned the role of Communist Party committees on joint-venture campuses.

Officials in Kunshan said the local government would continue to fund the campus's expansion. The Ministry of Education in Beijing this month approved two new joint institutes, in Shenzhen and Hainan, suggesting the model retains official support.""", [
    ("Ningbo", "CN", T, (29.88, 121.55)),
    ("Suzhou", "CN", T, (31.30, 120.60)),
    ("Kunshan", "CN", T, (31.38, 120.95)),
    ("Britain", "GB", C),
    ("US", "US", C),
    ("China", "CN", C),
    ("British", "GB", Q),
    ("American", "US", Q),
    ("University of Nottingham", "GB", Q),
    ("Zhejiang", "CN", A),
    ("Xi'an Jiaotong-Liverpool University", "CN", Q),
    ("University of Liverpool", "GB", Q),
    ("Taicang", "CN", T, (31.45, 121.10)),
    ("Yangtze", "CN", N),
    ("Duke Kunshan University", "CN", Q),
    ("Duke", "-", None),
    ("Durham", "US", T, (35.99, -78.90)),
    ("North Carolina", "US", A, "US.NC"),
    ("Wuhan University", "CN", Q),
    ("Jiangsu", "CN", A),
    ("Shanghai", "CN", T, (31.22, 121.46)),
    ("East China Normal University", "CN", Q),
    ("Washington", "US", T, (38.90, -77.04)),
    ("London", "GB", T, (51.51, -0.13)),
    ("Beijing", "CN", T, (39.91, 116.40)),
    ("Shenzhen", "CN", T, (22.55, 114.07)),
    ("Hainan", "CN", A),
])

add("a", """Caps to cost sector $1bn as Indian and Nepalese enrolments slump

By Natalie Crowe, Higher Education Reporter, The Australian

Australia's leading research universities will lose more than $1bn in fee revenue next year as the federal government's cap on new international students bites hardest in the markets that drove the post-pandemic boom, according to modelling by the Group of Eight.

Commencing enrolments from India and Nepal fell by 38 and 44 per cent respectively in the first semester, while China, long the sector's biggest source market, was down 9 per cent.

The University of Sydney and the University of Melbourne are each forecasting shortfalls of more than $150m. Monash, which has its main campus in Clayton in Melbourne's southeast, has announced 300 job cuts, and UNSW has paused construction of a new engineering building in Kensington.

"Canberra has decided that international students are a migration problem rather than an export industry," said the Go8's chief executive, Fiona Harcourt. "The cost will be borne by domestic students and by research."

Regional universities, which were given more generous allocations, have fared better. Federation University in Ballarat and Charles Darwin University in Darwin both reported increases.

The Education Minister said the caps were necessary to restore "integrity and sustainability" and noted that Victoria and New South Wales had absorbed most of the growth in rental demand.

Smaller states are lobbying for a larger share. Western Australia's government wants Perth treated as a regional destination, and Queensland has asked for an exemption for campuses outside Brisbane.

Vietnam and Colombia are now among the fastest-growing markets, the Go8 said.""", [
    ("Indian", "IN", Q),
    ("Nepalese", "NP", Q),
    ("Australia", "AU", C),
    ("India", "IN", C),
    ("Nepal", "NP", C),
    ("China", "CN", C),
    ("University of Sydney", "AU", Q),
    ("University of Melbourne", "AU", Q),
    ("Monash", "-", None),
    ("Clayton", "AU", N, (-37.92, 145.12)),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("UNSW", "AU", Q),
    ("Kensington", "AU", N, (-33.91, 151.22)),
    ("Canberra", "AU", T, (-35.28, 149.13)),
    ("Federation University", "-", None),
    ("Ballarat", "AU", T, (-37.57, 143.85)),
    ("Charles Darwin University", "-", None),
    ("Darwin", "AU", T, (-12.46, 130.84)),
    ("Victoria", "AU", A),
    ("New South Wales", "AU", A),
    ("Western Australia", "AU", A),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Queensland", "AU", A),
    ("Brisbane", "AU", T, (-27.47, 153.03)),
    ("Vietnam", "VN", C),
    ("Colombia", "CO", C),
])

add("a", """NEW ZEALAND: Capital's university cuts 230 jobs as funding row deepens

By Mere Tawhiri, University World News

Victoria University of Wellington will cut about 230 jobs, close its school of music in the capital's city centre and merge several humanities departments, the university said on Tuesday, in the deepest restructuring at a New Zealand university in decades.

The university, based in Kelburn on the hills above Wellington, said it faced a NZ$33 million deficit after domestic enrolments fell and international students were slow to return after the border reopened.

"This is a tragedy for Wellington and for the arts in Aotearoa," said Dr Hemi Walker, a senior lecturer in Māori studies. The Tertiary Education Union said it would seek a judicial review of the consultation process.

The cuts follow similar moves at the University of Otago in Dunedin, which shed more than 200 posts last year, and at Massey University, whose main campus is in Palmerston North. The University of Auckland, by contrast, reported a surplus on the back of strong demand from students in Auckland and from India and China.

Universities blame a decade in which per-student funding rose more slowly than inflation. A government-commissioned review of the university system, led by a former chief science adviser, has recommended a new funding model and a stronger role for the sector in research.

The university's troubles have drawn attention abroad because of its name. Staff at the University of Victoria in British Columbia, with which it runs a joint doctoral programme, said they had received messages from students confused about which university was closing courses.

The University of Canterbury in Christchurch is the only other university to report growth this year.""", [
    ("NEW ZEALAND", "NZ", C),
    ("Victoria University of Wellington", "NZ", Q),
    ("New Zealand", "NZ", C),
    ("Kelburn", "NZ", N, (-41.28, 174.77)),
    ("Wellington", "NZ", T, (-41.29, 174.78)),
    ("Aotearoa", "NZ", N),
    ("Māori", "NZ", Q),
    ("University of Otago", "NZ", Q),
    ("Dunedin", "NZ", T, (-45.87, 170.50)),
    ("Massey University", "-", None),
    ("Palmerston North", "NZ", T, (-40.36, 175.61)),
    ("University of Auckland", "NZ", Q),
    ("Auckland", "NZ", T, (-36.85, 174.76)),
    ("India", "IN", C),
    ("China", "CN", C),
    ("University of Victoria", "CA", Q),
    ("British Columbia", "CA", A),
    ("University of Canterbury", "NZ", Q),
    ("Christchurch", "NZ", T, (-43.53, 172.63)),
])

add("a", """Ohio University to end degrees at three regional campuses, cut 90 faculty posts

By Kara Dunleavy, The Columbus Dispatch

ATHENS, Ohio — Ohio University will stop offering bachelor's degrees at its campuses in Chillicothe, Ironton and St. Clairsville by 2027 and eliminate about 90 faculty positions, President Marian Holt told trustees Thursday.

The regional campuses will shift to two-year associate degrees, workforce certificates and dual-enrollment courses for high school students. Campuses in Lancaster and Zanesville will keep their four-year programs.

The cuts follow Senate Bill 1, the state law that requires public universities to eliminate undergraduate programs that graduate fewer than five students a year on average. University officials said 64 programs met that threshold across the system.

"We cannot ask the Athens campus to keep subsidizing programs that serve a handful of students," Holt said.

Faculty leaders said the changes would hurt Appalachian Ohio, where the regional campuses are often the only option for adults who cannot move to Columbus or Cincinnati. "For a single mom in Ironton, the nearest alternative is Huntington, across the river in West Virginia," said Daniel Lincoln, a professor of history who chairs the Faculty Senate.

Enrollment across the five regional campuses has fallen by about a quarter since 2015.

Other universities are making similar choices. Wright State, in suburban Dayton, has merged colleges, and the University of Georgia recently consolidated programs at its extended campuses outside Athens, Ga.

Trustees will vote on the plan in June. Officials said no tenured faculty would be laid off before the end of the 2026-27 academic year.""", [
    ("Ohio University", "US", Q),
    ("The Columbus Dispatch", "US", Q),
    ("ATHENS", "US", T, (39.33, -82.10)),
    ("Ohio", "US", A, "US.OH"),
    ("Chillicothe", "US", T, (39.33, -82.98)),
    ("Ironton", "US", T, (38.54, -82.68)),
    ("St. Clairsville", "US", T, (40.08, -80.90)),
    ("Lancaster", "US", T, (39.71, -82.60)),
    ("Zanesville", "US", T, (39.94, -82.01)),
    ("Athens#1", "US", T, (39.33, -82.10)),
    ("Athens#2", "US", T, (33.96, -83.38)),
    ("Appalachian", "US", Q),
    ("Columbus", "US", T, (39.96, -83.00)),
    ("Cincinnati", "US", T, (39.16, -84.46)),
    ("Huntington", "US", T, (38.42, -82.45)),
    ("West Virginia", "US", A, "US.WV"),
    ("Lincoln", "-", None),
    ("Wright State", "-", None),
    ("Dayton", "US", T, (39.76, -84.19)),
    ("University of Georgia", "US", Q),
    ("Ga", "US", A, "US.GA"),
])

add("a", """Conestoga cuts 20 programs as study permit cap slashes enrolment

By Mark Feenstra, The Record

KITCHENER — Conestoga College will suspend 20 programs and close its campus in Brantford's downtown this fall as federal limits on international study permits cut deeply into its enrolment, the college told staff Wednesday.

The college, which grew faster than any other in Ontario during the boom in international students, expects about 8,000 fewer international students next year, most of them from India, and a budget shortfall of $140 million.

Programs in business, hospitality and supply chain management will be hardest hit. The main Doon campus in Kitchener and campuses in Waterloo, Guelph and Cambridge, Ont., will remain open.

"Ottawa turned the tap off overnight, and colleges that followed the rules are paying the price," said college president Alan Sheard.

Faculty union leaders said about 400 support staff and 200 faculty could be laid off. "Many of these students came from Punjab on the promise of a pathway to permanent residence," said a union steward. "Now the programs they were recruited into are gone."

The crunch extends across the province. Sheridan College has closed its campus in Brampton's east end, and Seneca Polytechnic in Toronto has shut a campus north of the city in King City.

Immigration, Refugees and Citizenship Canada cut the number of study permits by a further 10 per cent this year and now requires a provincial attestation letter for every application.

Ontario's Ministry of Colleges and Universities has offered $1.3 billion in stabilization funding over three years, money that college presidents say does not make up for the loss of international tuition, which can be four times the domestic rate.""", [
    ("Conestoga", "-", None),
    ("KITCHENER", "CA", T, (43.45, -80.49)),
    ("Brantford", "CA", T, (43.14, -80.26)),
    ("Ontario", "CA", A),
    ("India", "IN", C),
    ("Doon", "CA", N, (43.40, -80.43)),
    ("Kitchener", "CA", T, (43.45, -80.49)),
    ("Waterloo", "CA", T, (43.47, -80.52)),
    ("Guelph", "CA", T, (43.55, -80.26)),
    ("Cambridge", "CA", T, (43.36, -80.31)),
    ("Ont", "CA", A),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Punjab", "IN", A),
    ("Sheridan College", "-", None),
    ("Brampton", "CA", T, (43.68, -79.77)),
    ("Seneca Polytechnic", "-", None),
    ("Toronto", "CA", T, (43.70, -79.42)),
    ("King City", "CA", T, (43.93, -79.53)),
    ("Immigration, Refugees and Citizenship Canada", "CA", Q),
])

add("a", """UK researchers win biggest share of European grants since Brexit

By Nicola Marsh, Science correspondent, The Guardian

Researchers in the UK have won their largest share of European Research Council advanced grants since Brexit, in the first full round since Britain rejoined the Horizon Europe programme.

British-based scientists secured 46 of the 255 awards announced in Brussels on Thursday, worth up to €2.5m each, second only to Germany with 51. France won 32 and the Netherlands 19.

Oxford topped the table of institutions with nine grants, followed by the University of Cambridge and Imperial College London with seven each. Three went to the Wellcome Sanger Institute at Hinxton, south of Cambridge, for genomics projects, and two to the University of Edinburgh.

"For three years our best people were applying with one hand tied behind their backs," said Prof Sarah Conway, the chief executive of UK Research and Innovation. "These results show the British science base is as strong as ever."

The UK's association was delayed until 2024 by a row over the Northern Ireland protocol, and in the interim some researchers moved their labs to Switzerland or the Netherlands to remain eligible. Several ETH Zurich projects announced on Thursday are led by scientists who left London universities during that period.

The Royal Society warned that the numbers masked a drop in applications from early-career researchers, who are less likely to apply after years of uncertainty.

The government said it was in talks with Brussels about association to the successor programme, which is due to start in 2028.""", [
    ("UK", "GB", C),
    ("UK Research and Innovation", "GB", Q),
    ("European", "*", Q),
    ("Britain", "GB", C),
    ("Horizon Europe", "*", Q),
    ("British", "GB", Q),
    ("Brussels", "BE", T, (50.85, 4.35)),
    ("Germany", "DE", C),
    ("France", "FR", C),
    ("Netherlands", "NL", C),
    ("Oxford", "GB", Q),
    ("University of Cambridge", "GB", Q),
    ("Imperial College London", "GB", Q),
    ("Hinxton", "GB", T, (52.09, 0.18)),
    ("Cambridge", "GB", T, (52.20, 0.12)),
    ("University of Edinburgh", "GB", Q),
    ("Northern Ireland", "GB", A),
    ("Switzerland", "CH", C),
    ("ETH Zurich", "CH", Q),
    ("London", "GB", T, (51.51, -0.13)),
])

add("a", """Penn State trustees vote to close seven Commonwealth Campuses

By Dana Korb, Pittsburgh Post-Gazette

Penn State's board of trustees voted 25-8 on Thursday to close seven of its 19 Commonwealth Campuses after the spring 2027 semester, the largest contraction in the university's history.

The campuses to close are DuBois, Fayette, Mont Alto, New Kensington, Shenango, Wilkes-Barre and York. Together they enroll about 5,200 students, down nearly 40% from a decade ago.

President Karen Whitley told the board, meeting at University Park, that the campuses faced declining high school graduating classes across rural Pennsylvania and could not be sustained. Students will be offered places at the remaining campuses, including Altoona, Erie and Harrisburg, or at the main campus in State College.

The vote drew protests. In Sharon, where the Shenango campus occupies several downtown buildings, the mayor said closing it would "rip the heart out" of the city. Lawmakers from Fayette County said students there were an hour from the nearest alternative.

"This is a land-grant university, and the land grant was for the whole state, not just Centre County," said state Sen. Pat Donlan, whose district includes the Fayette campus near Uniontown.

Faculty at New Kensington, northeast of Pittsburgh, said they learned of the decision from news reports. A spokesperson said tenured faculty would be offered positions elsewhere in the system.

The closures come as other public systems consolidate. The Pennsylvania State System of Higher Education merged six universities into two in 2022, and the University of Pittsburgh has cut programs at its Titusville campus.""", [
    ("Pittsburgh Post-Gazette", "US", Q),
    ("Penn State", "US", Q),
    ("DuBois", "US", T, (41.12, -78.76)),
    ("Fayette", "US", N, (39.92, -79.65)),
    ("Mont Alto", "US", T, (39.84, -77.56)),
    ("New Kensington", "US", T, (40.57, -79.76)),
    ("Shenango", "US", N, (41.23, -80.46)),
    ("Wilkes-Barre", "US", T, (41.25, -75.88)),
    ("York", "US", T, (39.96, -76.73)),
    ("University Park", "US", T, (40.80, -77.86)),
    ("Pennsylvania", "US", A, "US.PA"),
    ("Altoona", "US", T, (40.52, -78.39)),
    ("Erie", "US", T, (42.13, -80.09)),
    ("Harrisburg", "US", T, (40.27, -76.88)),
    ("State College", "US", T, (40.79, -77.86)),
    ("Sharon", "US", T, (41.23, -80.49)),
    ("Fayette County", "US", A, (39.92, -79.65)),
    ("Centre County", "US", A, (40.92, -77.82)),
    ("Uniontown", "US", T, (39.90, -79.72)),
    ("Pittsburgh", "US", T, (40.44, -80.00)),
    ("Pennsylvania State System of Higher Education", "US", Q),
    ("University of Pittsburgh", "US", Q),
    ("Titusville", "US", T, (41.63, -79.67)),
])

# ---------------------------------------------------------------- genre b: schools

add("b", """Fairfax school board approves boundary changes after months of protest

By Megan Ostrow, The Washington Post

The Fairfax County School Board voted 9-3 early Friday to redraw attendance boundaries for 20 schools, ending a year-long review that drew thousands of parents to public hearings and spawned rival yard-sign campaigns across Northern Virginia's largest school system.

The changes, which take effect in fall 2026, will move about 1,600 students. Most live in the fast-growing western end of the county around Chantilly and Centreville, where new townhouse developments have pushed several elementary schools well past capacity.

In the east, students in parts of McLean will move from Langley High School to Marshall High School, a shift that prompted a lawsuit from a parents' group last month. Families in Reston and Herndon will see smaller changes at the middle school level.

"We were told this was about capacity, and then the maps kept moving," said Priya Venkataraman, a parent from Herndon who spoke at six hearings.

Superintendent Laura Pham said the plan would relieve crowding without busing students longer distances. The admissions process for Thomas Jefferson High School for Science and Technology in Alexandria, which draws from across the region, is not affected.

Fairfax County Public Schools, which serves about 180,000 students, has not redrawn boundaries comprehensively in decades. Neighboring Arlington and Loudoun counties completed similar reviews in recent years.

Lawmakers in Richmond are considering a bill that would require school boards to hold at least three public hearings before any boundary change, which board members say they already exceeded.

Fairfax County's population has grown by roughly 40,000 since 2015, according to census estimates.""", [
    ("Fairfax", "US", N, (38.85, -77.30)),
    ("The Washington Post", "US", Q),
    ("Fairfax County School Board", "US", Q),
    ("Northern Virginia", "US", N, (38.85, -77.30)),
    ("Chantilly", "US", T, (38.89, -77.43)),
    ("Centreville", "US", T, (38.84, -77.43)),
    ("McLean", "US", T, (38.93, -77.18)),
    ("Langley High School", "US", Q),
    ("Marshall High School", "-", None),
    ("Reston", "US", T, (38.97, -77.34)),
    ("Herndon", "US", T, (38.97, -77.39)),
    ("Thomas Jefferson", "-", None),
    ("Alexandria", "US", T, (38.80, -77.05)),
    ("Fairfax County Public Schools", "US", Q),
    ("Arlington", "US", A, (38.88, -77.10)),
    ("Loudoun", "US", A, (39.09, -77.64)),
    ("Richmond", "US", T, (37.55, -77.46)),
    ("Fairfax County", "US", A, (38.83, -77.28)),
])

add("b", """Houston-area districts cancel classes as floodwaters rise

By Daniel Ortiz, Houston Chronicle

Houston ISD and more than a dozen other Harris County school districts canceled classes Monday and Tuesday as slow-moving storms dumped up to 14 inches of rain on parts of Southeast Texas, flooding roads and at least nine campuses.

The heaviest rain fell north and east of downtown Houston. In Kingwood, water from the San Jacinto River reached the parking lots of two elementary schools, and Humble ISD said it would keep all 49 of its campuses closed through Wednesday. Officials in Humble itself opened the civic center as a shelter.

Spring ISD and Aldine ISD also closed, as did districts in Pasadena and Baytown, where refinery access roads were underwater. Katy ISD, west of the city, reopened Tuesday after Buffalo Bayou crested below flood stage.

"We had buses that could not get through on Monday morning, and we were not going to put children on roads like that," said Houston ISD spokesperson Gina Trevino.

The closures revived memories of Hurricane Harvey, which damaged more than 200 schools in 2017 and forced some students in Houston to attend classes in borrowed buildings for a year.

Farther north, Conroe ISD kept schools open but canceled bus routes east of Interstate 45 near Lake Houston. In Galveston, schools opened on time after the island largely escaped the heaviest rain.

The Texas Education Agency said districts could apply for waivers so the missed days would not need to be made up. The National Weather Service said another round of storms could arrive Thursday across Harris and Montgomery counties.""", [
    ("Houston ISD", "US", Q),
    ("Houston Chronicle", "US", Q),
    ("Harris County", "US", A, (29.86, -95.39)),
    ("Southeast Texas", "US", N),
    ("Houston", "US", T, (29.76, -95.36)),
    ("Kingwood", "US", N, (30.05, -95.19)),
    ("San Jacinto River", "US", N),
    ("Humble ISD", "US", Q),
    ("Humble", "US", T, (30.00, -95.26)),
    ("Spring ISD", "US", Q),
    ("Aldine ISD", "US", Q),
    ("Pasadena", "US", T, (29.69, -95.21)),
    ("Baytown", "US", T, (29.74, -94.98)),
    ("Katy ISD", "US", Q),
    ("Buffalo Bayou", "US", N, (29.76, -95.40)),
    ("Harvey", "-", None),
    ("Conroe ISD", "US", Q),
    ("Lake Houston", "US", N, (29.97, -95.14)),
    ("Galveston", "US", T, (29.30, -94.80)),
    ("Texas Education Agency", "US", Q),
    ("Harris", "US", A, (29.86, -95.39)),
    ("Montgomery", "US", A, (30.30, -95.50)),
])

add("b", """Crumbling concrete forces closures at 23 schools in Essex and Suffolk

Pupils sent home or moved to temporary classrooms as surveyors find RAAC in roofs at the start of term

By Richard Hale, Education correspondent, The Guardian

Twenty-three schools in Essex and Suffolk have fully or partly closed after surveys found reinforced autoclaved aerated concrete (RAAC) in their roofs, leaving thousands of pupils facing weeks of remote lessons at the start of the autumn term.

Essex county council said 14 schools were affected, including two secondaries in Chelmsford and a primary in Braintree where a ceiling panel collapsed over the summer. In Colchester, a sixth-form college has moved students into marquees on its playing fields.

Suffolk county council said nine schools in Ipswich, Lowestoft and surrounding villages would have to install temporary supports. One primary in Lowestoft will teach year 6 pupils in a nearby church hall.

"Parents were given 48 hours' notice. It is chaos," said Claire Benton, whose two children attend a school in Basildon that will be closed for at least a fortnight. "We keep hearing that this was known about in Whitehall for years."

The Department for Education said it had identified RAAC in more than 230 schools across England and would fund emergency work. It said it would publish a full list of affected schools by the end of the week.

Headteachers said the Department's timing had been disastrous. "We had a single email on a Thursday afternoon," said the head of a school in Harlow. Unions called for an independent inquiry.

The Liberal Democrats said pupils in coastal towns such as Clacton-on-Sea had waited years for rebuilding funds under a scheme that prioritised other parts of the country.""", [
    ("Essex", "GB", A),
    ("Suffolk", "GB", A),
    ("Chelmsford", "GB", T, (51.74, 0.47)),
    ("Braintree", "GB", T, (51.88, 0.55)),
    ("Colchester", "GB", T, (51.89, 0.90)),
    ("Ipswich", "GB", T, (52.06, 1.16)),
    ("Lowestoft", "GB", T, (52.48, 1.75)),
    ("Basildon", "GB", T, (51.57, 0.46)),
    ("Whitehall", "GB", Q),
    ("Hale", "-", None),
    ("England", "GB", A),
    ("Harlow", "GB", T, (51.78, 0.11)),
    ("Clacton-on-Sea", "GB", T, (51.79, 1.16)),
])

add("b", """Kent grammar schools to test all pupils for 11-plus in bid to widen access

Opt-out system will be piloted in Maidstone and Thanet after figures show poorer children far less likely to sit the test

By Sally Carter, The Guardian

Every year 5 pupil in parts of Kent will be entered for the 11-plus unless their parents opt out, under plans to widen access to the county's 38 grammar schools, the most of any local authority in England.

The pilot, beginning in September, will cover primary schools in Maidstone and Thanet, including Margate and Ramsgate, where fewer than one in five disadvantaged children currently sit the test. Kent county council said the scheme would be extended to Folkestone and Dover if successful.

Figures obtained by the Guardian show that children eligible for free school meals in Kent are half as likely to take the test as their classmates, and that grammar schools in Tunbridge Wells and Sevenoaks draw a large share of pupils from private prep schools, some of them across the border in Surrey and East Sussex.

"Too many families simply do not know the test exists until it is too late," said Helen Ashford, a parent who campaigns for fairer admissions. "Opt-out will not fix everything, but it is a start."

Critics of selection said the change would not address the underlying problem. Comprehensive Future, a campaign group, noted that neighbouring Medway also operates a selective system, as do Buckinghamshire, Lincolnshire and Trafford in Greater Manchester.

Headteachers of non-selective schools in Canterbury warned that more high-attaining pupils would be siphoned off. The Department for Education said decisions on admissions were a matter for local authorities and that no new grammar schools would be permitted.""", [
    ("Kent", "GB", A),
    ("Maidstone", "GB", T, (51.27, 0.52)),
    ("Thanet", "GB", A, (51.36, 1.35)),
    ("England", "GB", A),
    ("Margate", "GB", T, (51.38, 1.39)),
    ("Ramsgate", "GB", T, (51.34, 1.42)),
    ("Folkestone", "GB", T, (51.08, 1.17)),
    ("Dover", "GB", T, (51.13, 1.31)),
    ("Tunbridge Wells", "GB", T, (51.13, 0.26)),
    ("Sevenoaks", "GB", T, (51.27, 0.19)),
    ("Surrey", "GB", A),
    ("East Sussex", "GB", A),
    ("Ashford", "-", None),
    ("Medway", "GB", A, (51.40, 0.55)),
    ("Buckinghamshire", "GB", A),
    ("Lincolnshire", "GB", A),
    ("Trafford", "GB", A, (53.42, -2.35)),
    ("Greater Manchester", "GB", A),
    ("Canterbury", "GB", T, (51.28, 1.08)),
])

add("b", """Class XII results: 94.56% pass; Tiruppur district tops State again

Staff Reporter

CHENNAI

Tiruppur district has topped the State in the Class XII public examination results for the second year running with a pass percentage of 97.45, followed by Erode and Sivaganga, the Directorate of Government Examinations announced in Chennai on Monday.

The overall pass percentage in Tamil Nadu rose to 94.56 from 94.03 last year. Girls outperformed boys by nearly five percentage points, a gap that has persisted for more than a decade.

Ariyalur and Virudhunagar, which were among the top five districts, saw a marginal dip. Vellore recorded the lowest pass percentage at 88.6, followed by Kallakurichi and Krishnagiri. Chennai district was placed 14th.

Government schools in Perambalur posted a pass percentage of 96.2, the highest among government schools in the State. "Teachers in Perambalur held special classes on Saturdays for slow learners from January," said the district's Chief Educational Officer.

Among cities, Coimbatore and Madurai recorded a pass percentage above 95, while Salem was just below the State average.

Students in Puducherry and Karaikal, who write the same examination, recorded a pass percentage of 91.8.

The School Education Minister said supplementary examinations would be held from June 25 and students could apply for re-totalling through their schools until May 13. Counselling services have been arranged through the 14417 helpline.

Of the 7.9 lakh students who appeared, 1,964 scored a centum in computer science and 1,142 in commerce. The results of Class XI are expected on May 16.""", [
    ("Tiruppur", "IN", N, (11.11, 77.34)),
    ("CHENNAI", "IN", T, (13.09, 80.28)),
    ("Erode", "IN", N, (11.34, 77.72)),
    ("Sivaganga", "IN", N, (9.85, 78.48)),
    ("Chennai", "IN", N, (13.09, 80.28)),
    ("Tamil Nadu", "IN", A),
    ("Ariyalur", "IN", N, (11.14, 79.08)),
    ("Virudhunagar", "IN", N, (9.58, 77.96)),
    ("Vellore", "IN", N, (12.92, 79.13)),
    ("Kallakurichi", "IN", N, (11.74, 78.96)),
    ("Krishnagiri", "IN", N, (12.52, 78.21)),
    ("Perambalur", "IN", N, (11.23, 78.88)),
    ("Coimbatore", "IN", T, (11.01, 76.97)),
    ("Madurai", "IN", T, (9.92, 78.12)),
    ("Salem", "IN", T, (11.65, 78.16)),
    ("Puducherry", "IN", N, (11.93, 79.83)),
    ("Karaikal", "IN", N, (10.93, 79.83)),
])

add("b", """Delhi shuts primary schools as air quality turns 'severe'

Special Correspondent

NEW DELHI

All primary schools in Delhi will hold classes online from Monday after the city's air quality index crossed 450 for the third consecutive day, the Directorate of Education announced late on Sunday.

Schools for Classes VI to XII have been asked to shift to a "hybrid" mode, giving parents the choice of in-person classes. The order applies to government, aided and private schools across the National Capital Territory.

Neighbouring districts in the NCR followed suit. Schools in Noida and Greater Noida, in Gautam Buddh Nagar, and in Ghaziabad will remain shut for students up to Class VIII until further orders, officials in Uttar Pradesh said. In Haryana, Gurugram and Faridabad have moved classes online up to Class V.

The Commission for Air Quality Management invoked Stage IV of the Graded Response Action Plan, banning the entry of trucks carrying non-essential goods into New Delhi and halting construction work across the region.

Monitoring stations at Anand Vihar and Jahangirpuri recorded AQI readings above 480 on Sunday evening. Officials attributed the spike to low wind speeds and a surge in farm fires in Punjab, where satellite data showed more than 2,000 stubble-burning incidents over the weekend.

"My daughter has had a cough for two weeks. Online classes are not ideal, but we cannot send her out in this air," said Sunita Rawat, a parent in Mayur Vihar.

Doctors at the All India Institute of Medical Sciences have advised children, the elderly and those with respiratory conditions to avoid outdoor activity. Board examination schedules for Class X and XII will not be affected.""", [
    ("Delhi", "IN", N, (28.65, 77.23)),
    ("NEW DELHI", "IN", T, (28.61, 77.21)),
    ("National Capital Territory", "IN", N, (28.65, 77.23)),
    ("NCR", "IN", N, (28.61, 77.21)),
    ("Noida", "IN", T, (28.57, 77.33)),
    ("Greater Noida", "IN", T, (28.47, 77.50)),
    ("Gautam Buddh Nagar", "IN", A, (28.40, 77.55)),
    ("Ghaziabad", "IN", T, (28.67, 77.44)),
    ("Uttar Pradesh", "IN", A),
    ("Haryana", "IN", A),
    ("Gurugram", "IN", T, (28.46, 77.03)),
    ("Faridabad", "IN", T, (28.41, 77.31)),
    ("New Delhi", "IN", T, (28.61, 77.21)),
    ("Anand Vihar", "IN", N, (28.65, 77.32)),
    ("Jahangirpuri", "IN", N, (28.73, 77.17)),
    ("Punjab", "IN", A),
    ("Mayur Vihar", "IN", N, (28.61, 77.29)),
    ("All India Institute of Medical Sciences", "IN", Q),
])

add("b", """Floods shut 800 schools in western Kenya as Lake Victoria rises

Classrooms in Busia, Kisumu and Homa Bay turned into shelters as families flee rising water

By Ruth Wambui in Nairobi, The Guardian

More than 800 schools in western Kenya have been closed or turned into shelters after weeks of heavy rain pushed rivers over their banks and raised the level of Lake Victoria to its highest in years.

In Budalangi, in Busia county, the Nzoia River broke through dykes for the second time this season, displacing more than 12,000 people. At least 40 schools there are under water. "The children have lost their books, their uniforms, everything," said Grace Auma, a head teacher whose school now houses 300 displaced families.

Flooding has also hit low-lying areas of Kisumu and Nyando, where the government has ordered the second term to begin two weeks late. In Homa Bay and Migori, schools on the lake shore have been used as evacuation centres since April.

On the other side of the country, the Tana River has burst its banks near Hola, and officials in Garissa said dozens of schools were cut off by road.

The education ministry said candidates sitting national exams later this year would not be penalised for lost teaching time, and that it had asked the National Treasury to release emergency funds to repair classrooms. In Nairobi, schools in Mathare and other informal settlements along the Nairobi River were temporarily closed after flash floods last week.

Save the Children warned that prolonged closures risked pushing girls out of school permanently. "Every week out of the classroom increases the chance that a girl in Busia will not come back," said its Kenya country director. The Kenya Meteorological Department has forecast more rain for the coming fortnight.""", [
    ("Kenya", "KE", C),
    ("Lake Victoria", "*", N),
    ("Busia", "KE", N, (0.46, 34.11)),
    ("Kisumu", "KE", N, (-0.10, 34.76)),
    ("Homa Bay", "KE", N, (-0.53, 34.46)),
    ("Nairobi", "KE", T, (-1.29, 36.82)),
    ("Budalangi", "KE", T, (0.13, 33.98)),
    ("Nzoia River", "KE", N),
    ("Nyando", "KE", N, (-0.17, 34.92)),
    ("Migori", "KE", N, (-1.06, 34.47)),
    ("Tana River", "KE", N),
    ("Hola", "KE", T, (-1.48, 40.03)),
    ("Garissa", "KE", N, (-0.45, 39.65)),
    ("Mathare", "KE", N, (-1.26, 36.86)),
    ("Nairobi River", "KE", N, (-1.27, 36.85)),
    ("Kenya Meteorological Department", "KE", Q),
])

add("b", """Kaduna shuts 60 schools after abduction of pupils

From Abdulganiyu Musa, Kaduna

The Kaduna State Government has ordered the closure of 60 public schools in Kajuru, Birnin Gwari and other frontline local government areas after gunmen abducted 37 pupils from a primary school in a village in Kajuru on Thursday.

The state Commissioner for Education, Hajiya Halima Lawal, said the affected pupils would be moved to schools in safer communities or in the state capital until security was restored. "We cannot continue to expose children to danger," she said in Kaduna on Friday.

Residents said the gunmen arrived on motorcycles shortly after morning assembly. A teacher who escaped said they fled towards the forest that stretches into neighbouring Niger State. Police said a joint rescue operation involving the military and local vigilantes was under way.

The attack is the latest in a string of school abductions across the North-West that began in 2020 with the kidnapping of more than 300 boys from a school in Kankara, Katsina State. Schools in Zamfara remained closed for months after 279 girls were taken from Jangebe in 2021, and many never reopened.

The Safe Schools Initiative, launched after the 2014 Chibok abduction in Borno, has struggled for funding. A UNICEF report last year estimated that more than a million Nigerian children were afraid of returning to school because of insecurity.

In Abuja, the Minister of Education described the abduction as "an attack on the future of the nation". Security analysts said bandit groups operating from forests along the borders with Niger had grown bolder after ransom payments. The Nigeria Union of Teachers demanded armed protection for schools in the state.""", [
    ("Kaduna", "NG", N, (10.52, 7.44)),
    ("Kaduna State Government", "NG", Q),
    ("Kajuru", "NG", N, (10.32, 7.68)),
    ("Birnin Gwari", "NG", N, (10.66, 6.54)),
    ("Niger State", "NG", A),
    ("North-West", "NG", N),
    ("Kankara", "NG", T, (11.93, 7.41)),
    ("Katsina State", "NG", A),
    ("Zamfara", "NG", A),
    ("Jangebe", "NG", T),
    ("Chibok", "NG", N, (10.87, 12.85)),
    ("Borno", "NG", A),
    ("Nigerian", "NG", Q),
    ("Abuja", "NG", T, (9.06, 7.50)),
    ("Niger", "NE", C),
    ("Nigeria Union of Teachers", "NG", Q),
])

add("b", """Surrey to get three new schools as portables top 400

By Jenna Lau, Vancouver Sun

Surrey will get three new schools and a major addition to a fourth under a $240-million package announced by the province on Thursday, as the fastest-growing school district in B.C. struggles to find room for about 2,500 new students a year.

The schools include a secondary in Clayton, in the city's east, where 11 portables sit on the field of Clayton Heights Secondary, and elementary schools in Grandview Heights and Newton. An addition at a secondary school in Cloverdale will add 600 seats.

"We have more kids in portables than some districts in British Columbia have in total," said Surrey Schools board chair Laurie Sandhu. The district now uses 418 portables, up from 340 two years ago.

Parents said the announcement was welcome but overdue. "My son has spent his whole elementary career in a portable," said Simran Dhillon of Fleetwood. "By the time the new school opens, he'll be in Grade 10."

The province has also approved a new elementary school in Langley and an expansion in Delta. In Burnaby, where rising enrolment has followed new towers along the SkyTrain line, the district says it will need two new schools by 2030.

Education Minister Dana Kirk said Victoria was fast-tracking approvals by using standard designs and prefabricated construction. "We're building schools in three years instead of six," she said.

Critics said the Surrey plan still left the district short. The BC Teachers' Federation noted the district's enrolment is projected to reach 90,000 by 2033, which would make it larger than some school systems in Metro Vancouver combined.""", [
    ("Surrey", "CA", T, (49.11, -122.83)),
    ("Vancouver Sun", "CA", Q),
    ("B.C", "CA", A),
    ("Clayton", "CA", N, (49.13, -122.69)),
    ("Clayton Heights Secondary", "CA", Q),
    ("Grandview Heights", "CA", N, (49.05, -122.74)),
    ("Newton", "CA", N, (49.13, -122.85)),
    ("Cloverdale", "CA", N, (49.11, -122.73)),
    ("British Columbia", "CA", A),
    ("Surrey Schools", "CA", Q),
    ("Fleetwood", "CA", N, (49.17, -122.80)),
    ("Langley", "CA", T, (49.10, -122.66)),
    ("Delta", "CA", T, (49.09, -123.05)),
    ("Burnaby", "CA", T, (49.27, -122.95)),
    ("Victoria", "CA", T, (48.43, -123.37)),
    ("BC Teachers' Federation", "CA", Q),
    ("Metro Vancouver", "CA", N, (49.25, -123.00)),
])

add("b", """Richland One board votes to close two schools as enrollment slides

By Tasha Gaines, The State

COLUMBIA, S.C. — The Richland One school board voted 5-2 Tuesday night to close two elementary schools at the end of the school year, citing a decline of more than 3,000 students over the past decade.

Students at the schools, one in downtown Columbia and one in the north of the city near Fort Jackson, will be reassigned to four nearby schools. The district said it would save about $4 million a year and use one of the buildings for an early-childhood center.

"These are the hardest votes any of us will take," said board chair Aaron Bishop. Parents packed the board room, and several speakers accused the district of targeting schools in predominantly Black neighborhoods.

Richland One's enrollment has fallen as families move to the suburbs of Richland County and Lexington County, where districts serving Irmo, Blythewood and Lexington have grown. Forest Acres has also seen its school population rise.

Enrollment in the district also took a blow after Hurricane Florence in 2018, when flooding damaged two campuses and some families who were displaced never returned.

The superintendent said Richland One had the lowest per-building occupancy of any large district in South Carolina. A consultant's report recommended closing as many as six schools by 2028.

Charleston County School District faced similar opposition when it consolidated schools downtown, and the state Department of Education has encouraged districts to share facilities. The University of South Carolina has offered to partner with the district on the early-childhood center, which would serve as a training site for its education students.""", [
    ("Richland One", "US", Q),
    ("COLUMBIA", "US", T, (34.00, -81.03)),
    ("S.C", "US", A, "US.SC"),
    ("Columbia", "US", T, (34.00, -81.03)),
    ("Fort Jackson", "US", Q),
    ("Richland County", "US", A, (34.02, -80.90)),
    ("Lexington County", "US", A, (33.90, -81.27)),
    ("Irmo", "US", T, (34.09, -81.18)),
    ("Blythewood", "US", T, (34.21, -80.97)),
    ("Lexington", "US", T, (33.98, -81.24)),
    ("Forest Acres", "US", T, (34.02, -80.99)),
    ("Florence", "-", None),
    ("South Carolina", "US", A, "US.SC"),
    ("Charleston County School District", "US", Q),
    ("University of South Carolina", "US", Q),
])

add("b", """Springfield district weighs four-day week as teacher shortage deepens

By Claire Mossman, News-Leader

SPRINGFIELD, Mo. — Springfield's school board will consider moving to a four-day school week for the 2026-27 school year, a change that would make it the largest district in Missouri to adopt the schedule, officials said Monday.

About a third of Missouri's districts already use a four-day week, most of them small rural systems in the Ozarks. Nearby Republic and Willard have both considered the change, and Nixa and Ozark have surveyed parents.

Supporters say the schedule helps districts compete for teachers in a state where starting pay lags behind neighboring Kansas and Arkansas. "When a teacher can drive 30 minutes to Joplin or across the state line and get three-day weekends, we lose people," said Tom Ellery, president of the local teachers' association.

But a state law passed in Jefferson City last year requires larger districts to put the change to a public vote and rewards districts that keep a five-day week with extra pay for teachers.

Parents in Greene County are divided. "Who watches my kids on Mondays?" asked Kayla Brandt, a nurse. The district has floated offering child care at schools on the fifth day for a fee.

Researchers at the University of Missouri in Columbia have found small declines in test scores in some four-day districts, though the evidence is mixed.

Springfield is not the only city of its name to face the question. A district in Springfield, Ill., studied a four-day week last year but rejected the idea.

The board will hold public forums in November before voting in December.""", [
    ("SPRINGFIELD", "US", T, (37.21, -93.29)),
    ("Mo", "US", A, "US.MO"),
    ("Springfield#1,2,3", "US", T, (37.21, -93.29)),
    ("Springfield#4", "US", T, (39.80, -89.64)),
    ("Missouri", "US", A, "US.MO"),
    ("Ozarks", "US", N),
    ("Republic", "US", T, (37.12, -93.48)),
    ("Willard", "US", T, (37.31, -93.43)),
    ("Nixa", "US", T, (37.04, -93.29)),
    ("Ozark", "US", T, (37.02, -93.21)),
    ("Kansas", "US", A, "US.KS"),
    ("Arkansas", "US", A, "US.AR"),
    ("Joplin", "US", T, (37.08, -94.51)),
    ("Jefferson City", "US", T, (38.58, -92.17)),
    ("Greene County", "US", A, (37.26, -93.34)),
    ("University of Missouri", "US", Q),
    ("Columbia", "US", T, (38.95, -92.33)),
    ("Ill", "US", A, "US.IL"),
])

add("b", """County Durham to end free transport for 2,000 pupils in cost-cutting drive

By Mark Hollis, North of England correspondent, The Guardian

Durham County Council is to withdraw free home-to-school transport from about 2,000 pupils who do not attend their nearest school, in a move parents in the former pit villages of County Durham say will force children on to long and unreliable bus journeys.

The council, which faces a £60m funding gap over the next three years, says the change will save £2.4m a year. It will apply to new pupils from September and affects families who choose faith schools or secondaries outside their catchment area.

Families in Consett and Stanley, where bus routes were cut last year, say the decision leaves them with no option. "The nearest school is not always the one a child can get to safely," said Joanne Hepple, a mother of three from Stanley. Some pupils from Weardale travel more than 20 miles to a school in Bishop Auckland.

The council's cabinet member for children's services said the authority had been spending far more than comparable councils. "We are one of the largest rural counties in England, and the budget for transport has doubled in five years," she said at a meeting in Durham.

Councils in Darlington and Sunderland have made similar changes. The County Councils Network estimates that home-to-school transport now costs English councils more than £1.7bn a year, driven by rising demand for transport for children with special educational needs.

Headteachers in Barnard Castle, Peterlee and Newton Aycliffe warned that attendance could fall. The Department for Education said councils had a legal duty to provide free transport for eligible children.""", [
    ("County Durham", "GB", A),
    ("England", "GB", A),
    ("Durham County Council", "GB", Q),
    ("Consett", "GB", T, (54.85, -1.83)),
    ("Stanley", "GB", T, (54.87, -1.70)),
    ("Weardale", "GB", N, (54.74, -2.05)),
    ("Bishop Auckland", "GB", T, (54.66, -1.68)),
    ("Durham", "GB", T, (54.78, -1.58)),
    ("Darlington", "GB", T, (54.52, -1.55)),
    ("Sunderland", "GB", T, (54.90, -1.38)),
    ("English", "GB", Q),
    ("Barnard Castle", "GB", T, (54.54, -1.92)),
    ("Peterlee", "GB", T, (54.76, -1.34)),
    ("Newton Aycliffe", "GB", T, (54.62, -1.57)),
])

add("b", """More than 200 NSW schools shut as catastrophic fire danger declared

By Paul Kerrigan, The Australian

More than 200 public schools across NSW will close on Tuesday after the Rural Fire Service declared catastrophic fire danger for the Greater Hunter and Central Ranges, the first such declaration in New South Wales in three years.

The Department of Education said schools in the Hunter, including campuses in Newcastle, Maitland and Cessnock, would be closed, along with schools around Dubbo, Orange and Bathurst. Schools in the Blue Mountains, including Katoomba, were placed on a watch list.

Temperatures are forecast to reach 44C in the Hunter with wind gusts of up to 90km/h. A total fire ban is in place across much of the state.

"We don't take these decisions lightly, but the safety of students and staff comes first," NSW Education Secretary Anna Kaldis said in Sydney. Principals were instructed to ensure that no staff remained on site.

Parents scrambled to arrange care. "I've got two kids at home and a shift at the hospital in Newcastle," said Georgia Kemp, a nurse from Maitland. "Nobody I know can take them."

Some schools in Orange, which sits at an elevation of more than 860 metres, questioned the closures given cooler conditions in the town. The department said the decision was based on each school's bushfire risk assessment rather than local temperatures.

The closures come as the NSW government considers whether to build air-conditioned refuges in schools in high-risk areas, following a review of the 2019-20 Black Summer fires. The Bureau of Meteorology said a southerly change would bring relief to Sydney and the Hunter by Wednesday evening.""", [
    ("NSW", "AU", A),
    ("Greater Hunter", "AU", N),
    ("Central Ranges", "AU", N),
    ("New South Wales", "AU", A),
    ("Hunter", "AU", N),
    ("Newcastle", "AU", T, (-32.93, 151.78)),
    ("Maitland", "AU", T, (-32.73, 151.56)),
    ("Cessnock", "AU", T, (-32.83, 151.36)),
    ("Dubbo", "AU", T, (-32.24, 148.60)),
    ("Orange", "AU", T, (-33.28, 149.10)),
    ("Bathurst", "AU", T, (-33.42, 149.58)),
    ("Blue Mountains", "AU", N, (-33.70, 150.30)),
    ("Katoomba", "AU", T, (-33.72, 150.31)),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Georgia", "-", None),
])

# ---------------------------------------------------------------- genre c: international education, policy

add("c", """'We study in whispers': four years on, Afghan girls turn to secret classes and online schools

By Guardian staff and a reporter in Kabul

Four years after the Taliban barred girls from secondary school, tens of thousands of Afghan teenagers are studying in secret home classrooms, through online schools run from abroad and in madrasas that have quietly added science and English to their timetables.

In Kabul, a network of about 40 underground classes teaches 900 girls in private homes, moving every few weeks to avoid detection. "We study in whispers. If someone knocks, the books go under the carpet," said Mahtab, 16, who would have finished secondary school this year.

Similar networks operate in Herat, where girls' enrolment was once among the highest in the country, and in Mazar-i-Sharif. In Kandahar, the Taliban's spiritual heartland, teachers say the risks are too great.

Online schools have filled part of the gap. One, run by Afghan teachers living in Peshawar and elsewhere in Pakistan, says it has 6,000 students across 30 provinces, though power cuts and the cost of mobile data mean many struggle to attend. Families in Badakhshan, in the north-east, say they can only connect for an hour a day.

Some families have sent daughters across the border to Iran or Pakistan to study, but deportations from both countries have forced many to return.

Unesco estimates that 1.4 million girls have been deprived of secondary education since 2021. Talks between the Taliban and foreign diplomats in Doha have repeatedly stalled on the issue.

"The world has moved on. We have not," said a former teacher in Herat who now runs a clandestine class for 25 girls. "Every year that passes, another group of girls loses the chance to become a doctor or an engineer.\"""", [
    ("Afghan", "AF", Q),
    ("Kabul", "AF", T, (34.53, 69.17)),
    ("Herat", "AF", T, (34.35, 62.20)),
    ("Mazar-i-Sharif", "AF", T, (36.71, 67.11)),
    ("Kandahar", "AF", T, (31.61, 65.71)),
    ("Peshawar", "PK", T, (34.01, 71.58)),
    ("Pakistan", "PK", C),
    ("Badakhshan", "AF", A),
    ("Iran", "IR", C),
    ("Doha", "QA", T, (25.29, 51.53)),
])

add("c", """Northern Nigeria's girls: enrolment rises, but one in two still out of school

By Ngozi Okafor, West Africa correspondent, The Guardian

More girls are enrolling in primary school across northern Nigeria than at any time in the past decade, but more than half of secondary-age girls in the region are still out of school, according to a new report by UNICEF and the Nigerian education ministry.

The report found that in Kano, the most populous state in the north, girls' primary enrolment rose from 61% to 78% in five years after the state abolished fees and introduced cash transfers to families whose daughters attend regularly. Jigawa and Katsina recorded similar gains.

The north-east remains far behind. In Borno and Yobe, where the jihadist insurgency has destroyed more than 1,400 schools since 2009, fewer than a third of girls reach secondary school. Many schools in Maiduguri, the Borno state capital, run double shifts to absorb children from displacement camps.

"When you say the name Chibok or Dapchi to a parent here, they know exactly what it means," said Aisha Bukar, who runs a girls' learning centre in Damaturu. "The fear has not gone away."

In Sokoto and Zamfara, early marriage remains the biggest barrier. The report found that a girl in Zamfara is nine times less likely to complete secondary school than a girl in Lagos.

Nigeria has the largest number of out-of-school children in the world, estimated at 18 million. Federal officials in Abuja said a new World Bank-funded programme would build 3,000 classrooms for girls across 17 northern states and recruit women teachers from local communities.

Campaigners said the plans would fail without better security in rural areas, where kidnapping remains a constant threat.""", [
    ("Nigeria", "NG", C),
    ("West Africa", "*", N),
    ("Nigerian", "NG", Q),
    ("Kano", "NG", N, (12.00, 8.52)),
    ("Jigawa", "NG", A),
    ("Katsina", "NG", N, (12.99, 7.60)),
    ("Borno", "NG", A),
    ("Yobe", "NG", A),
    ("Maiduguri", "NG", T, (11.85, 13.16)),
    ("Chibok", "NG", N, (10.87, 12.85)),
    ("Dapchi", "NG", T, (12.50, 11.50)),
    ("Damaturu", "NG", T, (11.75, 11.96)),
    ("Sokoto", "NG", N, (13.06, 5.24)),
    ("Zamfara", "NG", A),
    ("Lagos", "NG", T, (6.45, 3.39)),
    ("Abuja", "NG", T, (9.06, 7.50)),
])

add("c", """KENYA: Refugees in Kakuma to get on-site degree programme

By Peter Mwangi, University World News

Refugees in Kenya's Kakuma camp will be able to study for full bachelor's degrees without leaving the camp from January, under a partnership between Mount Kenya University, the UN refugee agency UNHCR and a consortium of Canadian universities.

The programme will offer degrees in education, public health and business to 300 students from Kakuma and the nearby Kalobeyei settlement in Turkana County, in the country's arid north-west. Teaching will be blended, with lecturers travelling from Nairobi and Lodwar and online modules from partner institutions.

Kakuma hosts more than 290,000 refugees, most of them from South Sudan, Somalia, the Democratic Republic of Congo, Burundi, Ethiopia and Sudan. Fewer than 3% of young refugees in Kenya are enrolled in higher education, according to UNHCR.

"For years the best students in the camp finished secondary school with nowhere to go," said John Deng, a South Sudanese teacher who grew up in Kakuma and now coordinates the programme. "Some waited ten years for a scholarship to Canada."

The new scheme builds on earlier diploma programmes run by Kenyatta University and Moi University, and on the experience of Dadaab, the complex of camps near the Somali border, where a similar programme has produced more than 500 graduates.

Kenya's 2021 Refugees Act allows refugees to work and move more freely, and the government has proposed turning Kakuma and Kalobeyei into integrated settlements. Officials in Nairobi said the degree programme would also be open to young Kenyans from host communities in Turkana.

The University of Nairobi has been asked to validate the programme's curriculum. Graduates from Juba and Mogadishu are expected to make up the first cohort's largest groups.""", [
    ("KENYA", "KE", C),
    ("Kenya", "KE", C),
    ("Kakuma", "KE", T, (3.71, 34.86)),
    ("Mount Kenya University", "KE", Q),
    ("Canadian", "CA", Q),
    ("Kalobeyei", "KE", N, (3.75, 34.72)),
    ("Turkana County", "KE", A),
    ("Nairobi", "KE", T, (-1.29, 36.82)),
    ("Lodwar", "KE", T, (3.12, 35.60)),
    ("South Sudan", "SS", C),
    ("Somalia", "SO", C),
    ("Democratic Republic of Congo", "CD", C),
    ("Burundi", "BI", C),
    ("Ethiopia", "ET", C),
    ("Sudan", "SD", C),
    ("South Sudanese", "SS", Q),
    ("Canada", "CA", C),
    ("Kenyatta University", "-", None),
    ("Moi University", "-", None),
    ("Dadaab", "KE", T, (0.05, 40.31)),
    ("Somali", "SO", Q),
    ("Kenyans", "KE", Q),
    ("Turkana", "KE", A),
    ("University of Nairobi", "KE", Q),
    ("Juba", "SS", T, (4.85, 31.58)),
    ("Mogadishu", "SO", T, (2.04, 45.34)),
])

add("c", """BANGLADESH: Rohingya students sit Myanmar-curriculum exams, but universities stay shut to them

By Tanvir Rahman, University World News

More than 4,000 Rohingya teenagers in the refugee camps around Cox's Bazar sat the first exams under the Myanmar curriculum pilot last month, a milestone for a programme that aims to let refugee students continue their education if they ever return home.

The exams, held in learning centres in Kutupalong and in camps near Teknaf, covered Grade 9 mathematics, science and English and the Burmese language. Results will be certified by a consortium of aid agencies, as neither Bangladesh nor Myanmar formally recognises them.

But the path beyond school remains blocked. Bangladeshi universities are not permitted to admit Rohingya refugees, and a handful who enrolled in Chittagong using local identity papers were expelled in 2019. The Asian University for Women, also in Chittagong, is one of the few institutions to offer places through a special scholarship.

"Our children study, pass and then sit in the camp with nothing," said Mohammad Rafiq, a community leader in Ukhia. "They cannot go to Dhaka and they cannot go back to Rakhine."

About 1 million Rohingya live in the camps, most having fled military operations in Rakhine State in 2017. Around 36,000 have been relocated to Bhasan Char, an island in the Bay of Bengal, where schools follow the same pilot curriculum.

Funding cuts have already forced the closure of hundreds of learning centres this year. UNICEF said it needed $45 million to keep education running in the camps until the end of the year.

Renewed fighting around Sittwe and in northern Rakhine has made the prospect of return more distant than ever, aid officials said.""", [
    ("BANGLADESH", "BD", C),
    ("Rohingya", "MM", Q),
    ("Myanmar", "MM", C),
    ("Cox's Bazar", "BD", T, (21.44, 92.01)),
    ("Kutupalong", "BD", N, (21.21, 92.16)),
    ("Teknaf", "BD", T, (20.86, 92.30)),
    ("Burmese", "MM", Q),
    ("Bangladesh", "BD", C),
    ("Bangladeshi", "BD", Q),
    ("Chittagong", "BD", T, (22.34, 91.83)),
    ("Asian University for Women", "BD", Q),
    ("Ukhia", "BD", N, (21.28, 92.10)),
    ("Dhaka", "BD", T, (23.71, 90.41)),
    ("Rakhine", "MM", A),
    ("Rakhine State", "MM", A),
    ("Bhasan Char", "BD", N, (22.37, 91.40)),
    ("Bay of Bengal", "*", N),
    ("Sittwe", "MM", T, (20.15, 92.90)),
])

add("c", """Zaatari's schools cut to half-days as aid funding dries up

Classes in Jordan's largest camp for Syrian refugees shrink as donors pull back and families weigh returning home

By Bethan Hale in Amman, The Guardian

Schools in Zaatari, the sprawling camp for Syrian refugees in northern Jordan, have cut lessons to three hours a day after international funding for teachers and school buses was slashed, leaving some 18,000 children with half the teaching they received a year ago.

The camp, 10km from the Syrian border near the city of Mafraq, has 32 schools run by the Jordanian education ministry with support from UNICEF. Most operate in double shifts, with girls attending in the morning and boys in the afternoon.

"My son is in grade 7 and he cannot read properly in Arabic. Now they give him even less," said Umm Khaled, who fled Daraa with her four children in 2013.

Schools in the Azraq camp, in the desert east of Amman, have made similar cuts. Syrian children in host communities in Irbid and Mafraq, who attend Jordanian public schools in a second shift, have so far been spared.

Since the fall of the Assad government, several thousand families have returned from Jordan to Syria, many to Daraa and the suburbs of Damascus, but aid agencies say schools there are often damaged or overcrowded. Lebanon and Turkey have reported similar patterns of returns.

"Families are asking us whether their children's Jordanian certificates will be recognised in Syria. We don't have an answer yet," said an education officer with a humanitarian organisation in Amman.

Jordan's ministry said it remained committed to educating every child in the kingdom, Syrian or Jordanian, and called on donors to honour pledges made in Brussels earlier this year.""", [
    ("Zaatari", "JO", N, (32.30, 36.32)),
    ("Hale", "-", None),
    ("Jordan", "JO", C),
    ("Syrian", "SY", Q),
    ("Amman", "JO", T, (31.96, 35.95)),
    ("Mafraq", "JO", T, (32.34, 36.21)),
    ("Jordanian", "JO", Q),
    ("Daraa", "SY", T, (32.62, 36.10)),
    ("Azraq", "JO", N, (31.88, 36.70)),
    ("Irbid", "JO", T, (32.56, 35.85)),
    ("Syria", "SY", C),
    ("Damascus", "SY", T, (33.51, 36.29)),
    ("Lebanon", "LB", C),
    ("Turkey", "TR", C),
    ("Brussels", "BE", T, (50.85, 4.35)),
])

add("c", """UK's return to Erasmus+ 'will open doors for poorer students', say universities

By Jack Ellis, Times Higher Education

Universities have welcomed the UK's decision to rejoin the Erasmus+ exchange programme from 2027, saying it will make it easier for students from disadvantaged backgrounds to spend time studying in Europe.

Under the deal agreed in Brussels, UK students will again be able to study or train at partner institutions across the European Union without paying tuition fees abroad, and European students will be able to spend a term or a year at British universities.

The Turing scheme, which replaced Erasmus+ after Brexit, will be wound down, though its funding for placements outside Europe may be retained in some form. Wales, which set up its own Taith programme, said it would continue to fund exchanges with partners in Africa and South America.

Students in Northern Ireland were able to continue taking part under an arrangement funded by the Irish government, with Ulster University and Queen's University Belfast enrolling through partners in Dublin, including Trinity College Dublin.

"Turing gave us money but not the reciprocal links," said Florence Adeyemi, a languages student at the University of Leeds who spent a year in Lyon. "My friends who went to Spain or Germany through Erasmus had a completely different experience."

The most popular destinations for UK students before Brexit were Spain, France and Germany, with Madrid, Barcelona, Leipzig and Florence among the most sought-after cities.

Universities UK said the fee for association, expected to be about €600m a year, was "value for money". Some vice-chancellors warned that the return could be lopsided, with far more European students coming to the UK than British students going abroad, as happened before 2020.""", [
    ("UK", "GB", C),
    ("Universities UK", "GB", Q),
    ("Europe", "*", N),
    ("Brussels", "BE", T, (50.85, 4.35)),
    ("European Union", "*", N),
    ("European", "*", Q),
    ("British", "GB", Q),
    ("Wales", "GB", A),
    ("Africa", "*", N),
    ("South America", "*", N),
    ("Northern Ireland", "GB", A),
    ("Irish", "IE", Q),
    ("Ulster University", "GB", Q),
    ("Queen's University Belfast", "GB", Q),
    ("Dublin", "IE", T, (53.33, -6.25)),
    ("Trinity College Dublin", "IE", Q),
    ("Florence#1", "-", None),
    ("University of Leeds", "GB", Q),
    ("Lyon", "FR", T, (45.75, 4.85)),
    ("Spain", "ES", C),
    ("Germany", "DE", C),
    ("France", "FR", C),
    ("Madrid", "ES", T, (40.42, -3.70)),
    ("Barcelona", "ES", T, (41.39, 2.16)),
    ("Leipzig", "DE", T, (51.34, 12.37)),
    ("Florence#2", "IT", T, (43.78, 11.25)),
])

add("c", """State Dept. Pause on Student Visa Interviews Leaves Fall Enrollment in Limbo

By Liam Baker, Inside Higher Ed

International enrollment officers say they are bracing for steep declines this fall after the State Department paused the scheduling of new student visa interviews for three weeks while it expands social media screening of applicants.

The pause, announced in a cable to U.S. embassies and consulates, comes at the peak of the visa season. Consulates in India, which sends more students to the U.S. than any other country, processed about 90,000 F-1 visas last summer, most of them in Hyderabad, Mumbai, Chennai and New Delhi. Appointment calendars in Hyderabad were already booked through August before the pause.

"We have admitted students from Lagos and Hyderabad who paid their deposits months ago and now cannot get an appointment," said the dean of international admissions at Arizona State University. "Some of them will go to Canada or Germany instead, and we won't get them back."

Institutions that rely heavily on master's students in engineering and computer science are most exposed. Purdue, Georgia Tech and the University of Illinois each enroll more than 5,000 graduate students from India and China.

Officials at the embassy in Abuja said Nigerian applicants whose interviews had already been scheduled would be seen as planned, but consulates in Beijing, Shanghai and Guangzhou have told Chinese students to expect delays.

NAFSA: Association of International Educators said the timing was "the worst imaginable". A State Department spokesperson said in Washington that the department would "resume scheduling as soon as possible" and that national security "comes first".

International students contributed about $43 billion to the U.S. economy last year, according to NAFSA.""", [
    ("U.S", "US", C),
    ("India", "IN", C),
    ("Hyderabad", "IN", T, (17.38, 78.46)),
    ("Mumbai", "IN", T, (19.07, 72.88)),
    ("Chennai", "IN", T, (13.09, 80.28)),
    ("New Delhi", "IN", T, (28.61, 77.21)),
    ("Lagos", "NG", T, (6.45, 3.39)),
    ("Arizona State University", "US", Q),
    ("Canada", "CA", C),
    ("Germany", "DE", C),
    ("Purdue", "-", None),
    ("Georgia Tech", "US", Q),
    ("University of Illinois", "US", Q),
    ("China", "CN", C),
    ("Abuja", "NG", T, (9.06, 7.50)),
    ("Nigerian", "NG", Q),
    ("Beijing", "CN", T, (39.91, 116.40)),
    ("Shanghai", "CN", T, (31.22, 121.46)),
    ("Guangzhou", "CN", T, (23.13, 113.26)),
    ("Chinese", "CN", Q),
    ("Washington", "US", T, (38.90, -77.04)),
])

add("c", """Students turn to Canada and Europe as $2000 visa fee bites

By Tim Ashworth, Higher Education Editor, The Australian

The number of student visa applications lodged from outside Australia fell by a third in the six months after the federal government doubled the application fee to $2000, the highest in the world, according to Home Affairs data released in Canberra.

Applications from Nepal, which had been Australia's third-largest source country, fell 41 per cent. Agents in Kathmandu said many students were turning to Canada, Germany and Ireland, or to New Zealand, where the fee is a fraction of Australia's.

Colombia, a fast-growing market for vocational colleges in Sydney and Melbourne, recorded a 47 per cent drop. "A family in Bogotá or Medellín sees $2000 just to apply and decides the UK or Spain is a safer bet," said Camila Restrepo, who runs an education agency with offices in Colombia and Brisbane. Some of her clients have chosen British Columbia, where colleges in Vancouver offer post-study work rights.

Vietnam and the Philippines also recorded double-digit falls. Agents in Ho Chi Minh City and Manila said students were increasingly applying to Malaysian and Japanese universities.

The fee, which was $710 two years ago, is now nearly ten times the cost of a US student visa and more than five times the price in the UK.

Universities Australia said the fee was "a tax on aspiration" and called on the government to exempt students who had already been offered places. The Home Affairs Minister said the fee reflected the value of an Australian qualification and the cost of stronger integrity checks, including the new genuine student test.""", [
    ("Canada", "CA", C),
    ("Europe", "*", N),
    ("Australia", "AU", C),
    ("Universities Australia", "AU", Q),
    ("Canberra", "AU", T, (-35.28, 149.13)),
    ("Nepal", "NP", C),
    ("Kathmandu", "NP", T, (27.70, 85.32)),
    ("Germany", "DE", C),
    ("Ireland", "IE", C),
    ("New Zealand", "NZ", C),
    ("Colombia", "CO", C),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Bogotá", "CO", T, (4.61, -74.08)),
    ("Medellín", "CO", T, (6.25, -75.57)),
    ("UK", "GB", C),
    ("Spain", "ES", C),
    ("Brisbane", "AU", T, (-27.47, 153.03)),
    ("British Columbia", "CA", A),
    ("Vancouver", "CA", T, (49.25, -123.12)),
    ("Vietnam", "VN", C),
    ("Philippines", "PH", C),
    ("Ho Chi Minh City", "VN", T, (10.82, 106.63)),
    ("Manila", "PH", T, (14.60, 120.98)),
    ("Malaysian", "MY", Q),
    ("Japanese", "JP", Q),
    ("US", "US", C),
    ("Australian", "AU", Q),
])

add("c", """Gaokao 2025: record 13.4 million sit exam as 'exam factory' towns face scrutiny

Henan again has the most candidates, while authorities in Beijing tighten rules on AI tools during the test

By Phoebe Li

A record 13.4 million students sat China's national university entrance exam, the gaokao, on Saturday, as the education ministry deployed facial recognition and signal jammers at exam halls and ordered artificial intelligence chatbots to suspend photo-recognition features during the test.

Henan province, in central China, once again had the largest number of candidates, at more than 1.36 million. Candidates in Zhengzhou, the provincial capital, queued from dawn at schools ringed by police.

In Hebei, the spotlight returned to Hengshui, whose top high school is famous for its military-style regime and sends hundreds of students to elite universities every year. Critics say the "Hengshui model" has spread across the country, with satellite campuses in Sichuan and Yunnan.

In Anhui, the town of Maotanchang, nicknamed China's largest "exam factory", sent off more than 20,000 candidates with firecrackers and convoys of buses to the exam centre in Lu'an.

Beijing and Shanghai, which set their own papers, have fewer candidates but far higher admission rates to top universities, a disparity that has long angered parents in populous provinces such as Guangxi and Shandong.

In Hong Kong, a small but growing number of local pupils took the mainland exam, hoping for places at universities in Shenzhen and Guangzhou.

"The gaokao decides everything," said a father from Xinyang, in southern Henan, waiting outside a test centre. "Twelve years of school come down to two days."

Results will be released in late June. The ministry has warned that anyone caught cheating could face up to seven years in prison under the criminal law.""", [
    ("Henan", "CN", A),
    ("Beijing", "CN", T, (39.91, 116.40)),
    ("China", "CN", C),
    ("Zhengzhou", "CN", T, (34.76, 113.65)),
    ("Hebei", "CN", A),
    ("Hengshui", "CN", T, (37.74, 115.68)),
    ("Sichuan", "CN", A),
    ("Yunnan", "CN", A),
    ("Anhui", "CN", A),
    ("Maotanchang", "CN", N, "CN.01"),
    ("Lu'an", "CN", T, (31.74, 116.52)),
    ("Shanghai", "CN", T, (31.22, 121.46)),
    ("Guangxi", "CN", A),
    ("Shandong", "CN", A),
    ("Hong Kong", "HK|CN", N),
    ("Shenzhen", "CN", T, (22.55, 114.07)),
    ("Guangzhou", "CN", T, (23.13, 113.26)),
    ("Xinyang", "CN", T, (32.12, 114.07)),
])

add("c", """Kerala students stranded as Kyrgyz varsities hike fees; many look to Georgia

Special Correspondent

THIRUVANANTHAPURAM

Hundreds of medical students from Kerala enrolled in universities in Kyrgyzstan have been told to pay up to 40% more in tuition this year, prompting many families to consider moving their children to colleges in Georgia and Uzbekistan.

Parents said universities in Bishkek and Osh had raised annual fees to between $5,500 and $6,000, citing inflation and new regulations from the National Medical Commission (NMC), which requires Indian students who study abroad to complete a course of at least 54 months with an internship in the same institution.

"We took an education loan of ₹30 lakh. Now the university says pay more or leave," said a parent from Kozhikode whose daughter is in her third year in Bishkek.

An estimated 15,000 Indian students are enrolled in Kyrgyz medical universities, about a quarter of them from Kerala. Students from Telangana and Andhra Pradesh form the next largest groups, with many recruited through agents in Hyderabad.

Agents said enquiries for universities in Tbilisi and Batumi had doubled, while colleges in Samarkand were marketing English-medium programmes to Indian students. Russia remains popular despite the war in Ukraine, which forced more than 18,000 Indian medical students to return home in 2022.

Norka Roots, the Kerala government's agency for non-resident Keralites, has opened a helpline. The State has also asked the Ministry of External Affairs in New Delhi to raise the issue with the Kyrgyz government.

The Philippines, once a popular destination, has lost ground after the NMC tightened rules on the length of courses, agents said. Students who graduate abroad must clear the Foreign Medical Graduate Examination to practise in India.""", [
    ("Kerala", "IN", A),
    ("Kyrgyz", "KG", Q),
    ("Georgia", "GE", C),
    ("THIRUVANANTHAPURAM", "IN", T, (8.49, 76.95)),
    ("Kyrgyzstan", "KG", C),
    ("Uzbekistan", "UZ", C),
    ("Bishkek", "KG", T, (42.87, 74.59)),
    ("Osh", "KG", T, (40.53, 72.80)),
    ("Indian", "IN", Q),
    ("Kozhikode", "IN", T, (11.25, 75.78)),
    ("Telangana", "IN", A),
    ("Andhra Pradesh", "IN", A),
    ("Hyderabad", "IN", T, (17.38, 78.46)),
    ("Tbilisi", "GE", T, (41.69, 44.83)),
    ("Batumi", "GE", T, (41.64, 41.63)),
    ("Samarkand", "UZ", T, (39.65, 66.96)),
    ("Russia", "RU", C),
    ("Ukraine", "UA", C),
    ("Keralites", "IN", Q),
    ("New Delhi", "IN", T, (28.61, 77.21)),
    ("Philippines", "PH", C),
    ("India", "IN", C),
])

add("c", """AFRICA: Rhodes Trust doubles African scholarships as rivals expand

By Grace Odhiambo, University World News

The Rhodes Trust will double the number of scholarships it offers to African students from next year, creating new constituencies for Ghana, Nigeria and Ethiopia as it faces growing competition from other funders for the continent's top graduates.

The trust currently funds about 20 Africans a year to study at Oxford, most of them from South Africa, Zimbabwe, Kenya and Zambia, countries linked to the history of Cecil Rhodes. From next year, West Africa will have eight places and East Africa an additional four.

"For too long, the map of the Rhodes Scholarship has reflected the map of the British empire," said the trust's warden, speaking in Cape Town. "That is changing."

The expansion comes as the Mastercard Foundation Scholars Program, which funds students at African universities including Stellenbosch and the University of Cape Town, announced 10,000 new places. Britain's Chevening scholarships, meanwhile, have been cut by a quarter after reductions in the UK aid budget.

Academics said the expansion was welcome but noted the irony of a scholarship bearing Rhodes's name. Rhodes University, in Makhanda, was the scene of protests during the #RhodesMustFall campaign in 2015, and debates continue over renaming it.

"A student in Accra or Bulawayo does not care about the name on the cheque. They care about the opportunity," said a former Rhodes scholar who now teaches in Harare.

Applications for the new West Africa constituency open in June. Candidates must be aged between 19 and 25 and have completed an undergraduate degree, the trust said.""", [
    ("AFRICA", "*", N),
    ("Rhodes", "-", None),
    ("African", "*", Q),
    ("Africans", "*", Q),
    ("Ghana", "GH", C),
    ("Nigeria", "NG", C),
    ("Ethiopia", "ET", C),
    ("Oxford", "GB", Q),
    ("South Africa", "ZA", C),
    ("Zimbabwe", "ZW", C),
    ("Kenya", "KE", C),
    ("Zambia", "ZM", C),
    ("West Africa", "*", N),
    ("East Africa", "*", N),
    ("British", "GB", Q),
    ("Cape Town", "ZA", T, (-33.93, 18.42)),
    ("Stellenbosch", "ZA", Q),
    ("University of Cape Town", "ZA", Q),
    ("Britain", "GB", C),
    ("Chevening", "GB", Q),
    ("UK", "GB", C),
    ("Makhanda", "ZA", T, (-33.31, 26.53)),
    ("Accra", "GH", T, (5.56, -0.20)),
    ("Bulawayo", "ZW", T, (-20.15, 28.58)),
    ("Harare", "ZW", T, (-17.83, 31.05)),
])

add("c", """Cambridge exam board cancels O-level papers in Pakistan after leak

More than 60,000 students must resit chemistry and maths after question papers were shared on social media

By Ayesha Tanvir in Islamabad, The Guardian

The Cambridge exam board has cancelled two O-level papers taken by more than 60,000 students in Pakistan after the questions were circulated on WhatsApp and Telegram hours before the exams began.

The board, part of a publishing and assessment group owned by a university, said the chemistry and mathematics papers would be resat in late June. Candidates in Karachi, Lahore and Islamabad were among those affected, as were students at schools in Rawalpindi, Faisalabad and Multan.

The leak was traced to a courier depot in Karachi, according to officials in Sindh, who said two people had been arrested. Police in Punjab said they were investigating a separate group that had sold fake papers through social media.

"My son studied for two years. Now he must do it again in the heat of June, during Muharram," said Sadia Qureshi, a parent in Lahore.

Pakistan is one of the exam board's largest markets, with about 300,000 entries a year, and the British Council administers the exams on its behalf. A spokesperson in Cambridge said the organisation "deeply regretted" the disruption and would review its security arrangements in the country.

Similar leaks have hit Cambridge exams in Egypt and Nigeria in recent years. Some private school associations in Pakistan have called for a national alternative to the British exams, while others said the Federal Board's own papers had suffered far worse leaks.

The resits will coincide with the summer break in much of Punjab and Sindh, where schools close in June because of extreme heat.""", [
    ("Cambridge#1,2,4", "GB", Q),
    ("Cambridge#3", "GB", T, (52.20, 0.12)),
    ("Pakistan", "PK", C),
    ("Islamabad", "PK", T, (33.72, 73.04)),
    ("Karachi", "PK", T, (24.86, 67.01)),
    ("Lahore", "PK", T, (31.55, 74.34)),
    ("Rawalpindi", "PK", T, (33.60, 73.04)),
    ("Faisalabad", "PK", T, (31.42, 73.09)),
    ("Multan", "PK", T, (30.20, 71.47)),
    ("Sindh", "PK", A),
    ("Punjab", "PK", A),
    ("British Council", "GB", Q),
    ("British", "GB", Q),
    ("Egypt", "EG", C),
    ("Nigeria", "NG", C),
])

add("c", """Quebec's tuition hike drives out-of-province enrolment down again at McGill, Concordia

By Katherine Park, Montreal Gazette

Enrolment of students from outside Quebec at McGill and Concordia universities fell for a second straight year this fall, figures released Tuesday show, as the province's higher tuition rates for Canadian and international students continue to bite.

McGill said the number of first-year students from other provinces dropped 22 per cent, with the steepest declines among applicants from Ontario and British Columbia. Concordia reported a 17 per cent fall and said it would run a deficit of $31 million.

Since 2024, students from the rest of Canada have paid about $12,000 a year in tuition, up from $9,000, and must reach an intermediate level of French by graduation. International undergraduates pay a minimum of $20,000, part of which is redistributed to French-language universities.

"We are losing students who would have stayed in Montreal, learned French and built their lives here," said McGill's provost. The university has said it may cut courses and freeze hiring.

Bishop's University, in the Lennoxville borough of Sherbrooke, has been partly exempted and reported stable numbers.

Students from France and Belgium, who pay Quebec rates under bilateral agreements, now make up a growing share of enrolment at the Université de Montréal and Université Laval in Quebec City.

The provincial government says the measures protect the French language and rebalance funding. Quebec's higher education minister said from Quebec City on Tuesday that the policy would not change. Anglophone university leaders have taken the province to court, arguing that the rules discriminate against English-language institutions.

Applications for next year open in November.""", [
    ("Quebec", "CA", A),
    ("McGill", "-", None),
    ("Concordia", "-", None),
    ("Montreal Gazette", "CA", Q),
    ("Canadian", "CA", Q),
    ("Ontario", "CA", A),
    ("British Columbia", "CA", A),
    ("Canada", "CA", C),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("Bishop's University", "-", None),
    ("Lennoxville", "CA", N, (45.37, -71.86)),
    ("Sherbrooke", "CA", T, (45.40, -71.90)),
    ("France", "FR", C),
    ("Belgium", "BE", C),
    ("Université de Montréal", "CA", Q),
    ("Université Laval", "-", None),
    ("Quebec City", "CA", T, (46.81, -71.21)),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
