"""localnews: 24 held-out full-length LOCAL news articles (about 310-380 words each, 805
expected places) as small-town and regional papers, local TV station sites and patch-style
sites write them: headline, byline, dateline where the outlet uses one, quotes, people,
schools, businesses.

Written by a helper that read neither geomap's source (geomap/) nor the other sets' cases.py;
geomap was not run on these articles while they were written. Events and people are invented;
every place is real and lies where the text says it does.

Genres:
  a  US local news outside the big cities (10): county commission (Ohio), high-school
     basketball (Kentucky), obituary (Tennessee), river flooding (Iowa), county fair (Kansas),
     federal court (Oklahoma), parish police jury and roads (Louisiana), school board
     (Indiana), high-school football (Michigan's Upper Peninsula), potato harvest (Maine).
  b  UK and Irish local news (7): Newport/Caerleon (Wales), Boston/Spalding court case
     (Lincolnshire), Swaledale bus (North Yorkshire), Perth Bridge (Scotland), N59 road
     (Co Mayo), storm in Gateshead (Tyne and Wear), Cowes ferry (Isle of Wight).
  c  Canadian, Australian and New Zealand local news (7): Thames flood watch (London, Ont.),
     harvest (Yorkton, Sask.), Malahat closure (Victoria, B.C.), Perth Hills bushfire (WA),
     Lismore flood (NSW), goldfields World Heritage bid (Victoria), Waikato expressway (NZ).

Format: the one of ../article_runner.py: (surface, country, kind[, hint]). Conventions:
  - every place a reader would put on a map is listed, each occurrence, ALL-CAPS datelines
    included; state/province abbreviations ("Ky.", "Ont.", "NSW", "Qld") are places (admin1).
  - US cities, towns and counties carry their state as hint ("US.OH"); namesakes elsewhere
    carry a (lat, lon) hint. Rivers, lakes, islands, valleys, mountains and other features
    are kind None; regions such as "the Upper Peninsula", "Swaledale", "the Northern Rivers"
    are kind None too.
  - a government body named after its jurisdiction (county commissioners, "Newport City
    Council", "Mayo County Council", "Lincolnshire Police", "Environment Canada", "NSW SES",
    "U.S. District Court") counts its jurisdiction as a place mention.
  - a bare town or county name standing for its school team in a sports report ("Paris
    outlasted Bourbon County", "Iron Mountain routed Norway", "Mayo's wait") counts as the
    place; a team, school, college, hospital, company or street named after a place or a
    person ("the Paris Greyhounds", "Madison Central", "Hanover College", "Dundee Road",
    "Toodyay Road", "BC Ferries") is a NON-place (country "-"), and so is a person named
    like a place (Diane Franklin, Jalen Madison, Rachel Houlton, Sarah Hamilton).
  - roads and highways that carry a place word ("U.S. 42", "Ohio 123", "La. 28"), other
    roads, bridges, parks, arenas, dams, trails, fairs and festivals, associations and
    tribal governments ("Cherokee Nation") are debatable (kind "?") with their country.
  - demonyms, adjectives and language names ("Welsh", "Polish", "Canadian", "Chinese",
    "Victorian", "Roman", "English") are debatable (kind "?") with their country.
  - nicknames of a place used only locally ("The County" for Aroostook County, "the Hills"
    for the Perth Hills) are debatable (kind "?").
"""

C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- a: US local news

add("a", """Warren County OKs $4.2 million plan to widen State Route 48 northwest of Lebanon

By Karen Whitlock
Staff Writer

LEBANON — Warren County commissioners on Tuesday approved a $4.2 million contract to widen State Route 48 between Lebanon and the Clearcreek Township line, a two-lane stretch that carries a growing share of the traffic between Springboro, Centerville, Miamisburg and Interstate 71.

The project adds a center turn lane along 3.1 miles of the road and replaces the bridge over Turtle Creek, a tributary of the Little Miami River that flooded the roadway twice last spring. The Ohio Department of Transportation will cover 80 percent of the cost.

Commission President Diane Franklin said traffic on the corridor has nearly doubled since 2010 as subdivisions spread east from Springboro and north from Mason.

"Anybody who drives 48 at 7:30 in the morning knows exactly what we're talking about," Franklin said. "This is the No. 1 safety complaint we get."

Construction is expected to begin next spring and last about 18 months. County Engineer Neil Tobias said one lane in each direction will stay open except during the bridge work, when traffic will be detoured along U.S. 42 through Lebanon and Ohio 123 toward Morrow.

Not everyone was pleased. Dale Hensley, who farms 300 acres along the route in Turtlecreek Township, told commissioners the plan takes a strip of his frontage for a drainage ditch. "My family has been on that ground since 1948. Nobody asked us," he said.

In other business, commissioners agreed to split the cost of a new salt barn with the city of Franklin and Franklin Township, and heard that the Warren County Fair drew about 62,000 visitors to the Lebanon fairgrounds in July, a record.

They also voted to ask Columbus for $1.5 million in state capital money to extend a sewer line near Kings Island in Deerfield Township, a request backed by the mayors of Mason and Lebanon.

Neighboring counties are watching. Clinton County commissioners in Wilmington have asked ODOT to study a similar widening of State Route 73 west toward Waynesville, and officials in Butler County and Montgomery County say the Route 48 corridor shows how fast growth between Cincinnati and Dayton has outrun the roads.

"We're the meat in the sandwich," Franklin said.""", [
    ("Warren County", "US", A, "US.OH"),
    ("Lebanon", "US", T, "US.OH"),
    ("LEBANON", "US", T, "US.OH"),
    ("Clearcreek Township", "US", N, (39.57, -84.22)),
    ("Springboro", "US", T, "US.OH"),
    ("Centerville", "US", T, "US.OH"),
    ("Miamisburg", "US", T, "US.OH"),
    ("Turtle Creek", "US", N, (39.43, -84.22)),
    ("Little Miami River", "US", N),
    ("Ohio", "US", A),
    ("Ohio 123", "US", Q),
    ("U.S. 42", "US", Q),
    ("Franklin#3", "US", T, "US.OH"),
    ("Franklin#1,2,5", "-", N),
    ("Franklin Township", "US", N, (39.55, -84.30)),
    ("Mason", "US", T, "US.OH"),
    ("Morrow", "US", T, "US.OH"),
    ("Turtlecreek Township", "US", N, (39.43, -84.25)),
    ("Warren County Fair", "US", Q),
    ("Columbus", "US", T, "US.OH"),
    ("Kings Island", "US", Q),
    ("Deerfield Township", "US", N, (39.33, -84.30)),
    ("Clinton County", "US", A, "US.OH"),
    ("Wilmington", "US", T, "US.OH"),
    ("Waynesville", "US", T, "US.OH"),
    ("Butler County", "US", A, "US.OH"),
    ("Montgomery County", "US", A, "US.OH"),
    ("Cincinnati", "US", T, "US.OH"),
    ("Dayton", "US", T, "US.OH"),
])

add("a", """Greyhounds hold off Colonels, end 16-year district title drought

By Travis Kendrick
Sports Editor

PARIS, Ky. — For the first time since 2009, the Paris Greyhounds are bringing a district championship trophy home across Stoner Creek.

Paris outlasted crosstown rival Bourbon County 61-57 Friday night before a standing-room crowd in the 39th District final, pulling away in the last two minutes behind 24 points from senior guard Jalen Madison.

Madison, who transferred from Madison Central in Richmond before his junior year, made four straight free throws after Bourbon County cut a 12-point lead to two with 1:40 left.

"That kid has ice water in his veins," said Paris coach Ronnie Whitaker, whose team improved to 19-8. "He wanted the ball, and we gave it to him."

The Colonels (17-11), who beat Nicholas County and Harrison County to reach the final, got 19 points from junior forward Caleb Hughes of Millersburg and 14 from Ethan Barnes of North Middletown, whose 3-pointer to tie it rimmed out with 11 seconds to go.

Both teams advance to the 10th Region tournament, which opens Wednesday at George Rogers Clark High School in Winchester. Paris draws Mason County, the defending region champion from Maysville, in the first round, while Bourbon County meets host George Rogers Clark.

"Winchester is 25 minutes down the road, so our people will show up," Bourbon County coach Darrell Fugate said. "We've got to take care of the ball better than we did tonight. And we should have Owen Baxter back." Baxter, a senior center who transferred from Montgomery County in Mount Sterling last summer, sat out with a sprained ankle.

The last Paris team to win the region, in 1995, reached the Sweet 16 at Rupp Arena in Lexington, about 18 miles southwest on U.S. 68. Whitaker was a sophomore on that team.

In the girls' district final Thursday in Cynthiana, Harrison County beat Bourbon County 52-40 behind 21 points from Addison Clay. Both girls' teams also advance to the region tournament, which begins Monday in Carlisle.

Paris, with an enrollment of about 240, is the smallest school in the region. Whitaker said the Greyhounds have a reputation to uphold.

"People in Lexington and Georgetown hear 'Paris' and think horse farms," he said. "I want them to think basketball." """, [
    ("PARIS", "US", T, "US.KY"),
    ("Ky.", "US", A),
    ("Paris Greyhounds", "-", N),
    ("Paris", "US", T, "US.KY"),
    ("Stoner Creek", "US", N),
    ("Bourbon County", "US", A, "US.KY"),
    ("Madison", "-", N),
    ("Madison Central", "-", N),
    ("Richmond", "US", T, "US.KY"),
    ("Nicholas County", "US", A, "US.KY"),
    ("Harrison County", "US", A, "US.KY"),
    ("Millersburg", "US", T, "US.KY"),
    ("North Middletown", "US", T, "US.KY"),
    ("George Rogers Clark High School", "-", N),
    ("George Rogers Clark", "-", N),
    ("Winchester", "US", T, "US.KY"),
    ("Mason County", "US", A, "US.KY"),
    ("Maysville", "US", T, "US.KY"),
    ("Montgomery County", "US", A, "US.KY"),
    ("Mount Sterling", "US", T, "US.KY"),
    ("Rupp Arena", "US", Q),
    ("Lexington", "US", T, "US.KY"),
    ("U.S. 68", "US", Q),
    ("Cynthiana", "US", T, "US.KY"),
    ("Addison Clay", "-", N),
    ("Carlisle", "US", T, "US.KY"),
    ("Georgetown", "US", T, "US.KY"),
])

add("a", """Martha Lou Jackson, longtime Columbia Central English teacher, dies at 88

COLUMBIA — Martha Lou Jackson, who taught English to three generations of Maury County students and, her family says, never once let a dangling participle go unmarked, died Sunday at her home on West Seventh Street. She was 88.

Mrs. Jackson was born March 4, 1937, in Lewisburg, the youngest of six children of Hollis and Ruby Pruitt, and grew up on a dairy farm between Chapel Hill and Belfast in Marshall County. She often said she was "the only girl from Belfast who never wanted to leave." She graduated from Marshall County High School in 1955 and earned a degree in English from Middle Tennessee State College in Murfreesboro.

She began her career at Mount Pleasant High School in 1959 and joined the faculty at Columbia Central High School in 1964, where she taught until she retired in 1999. She also taught night classes at Columbia State Community College and directed the senior play for 22 years. After retiring, she led church trips to Ireland, Scotland and Israel.

In 1958 she married Robert Earl Jackson of Culleoka, a Columbia insurance agent who preceded her in death in 2011. The couple spent most summers at a fishing cabin on the Duck River near Williamsport, and she was a member of First Presbyterian Church for 60 years.

"She could quote Tennyson and bait a trotline in the same afternoon," said her son Thomas Jackson. "She expected you to be able to do both."

Survivors include two sons, Thomas Jackson and his wife, Lisa, of Franklin, and David Jackson of Huntsville, Ala.; a daughter, Carol Jackson Whitfield of Spring Hill; a sister, Nell Pruitt Haynes of Shelbyville; seven grandchildren, including Andrew Whitfield of Jackson, Tenn., and Emily Jackson of Nashville; four great-grandchildren; and nieces and nephews in Lawrenceburg, Memphis and Birmingham, Ala.

Visitation will be 4 to 7 p.m. Thursday at Kittrell Funeral Home, 611 North Main St., Columbia. The funeral will be 11 a.m. Friday at First Presbyterian Church, with burial following at Rose Hill Cemetery.

In lieu of flowers, the family asks that memorials be made to the Maury County Public Library or the Columbia Central High School scholarship fund.""", [
    ("Jackson#9", "US", T, "US.TN"),
    ("Jackson#1,2,3,4,5,6,7,8,10", "-", N),
    ("Columbia Central", "-", N),
    ("Columbia State Community College", "-", N),
    ("COLUMBIA", "US", T, "US.TN"),
    ("Columbia", "US", T, "US.TN"),
    ("Maury County", "US", A, "US.TN"),
    ("Lewisburg", "US", T, "US.TN"),
    ("Chapel Hill", "US", T, "US.TN"),
    ("Belfast", "US", T, "US.TN"),
    ("Marshall County High School", "-", N),
    ("Marshall County", "US", A, "US.TN"),
    ("Middle Tennessee State College", "-", N),
    ("Murfreesboro", "US", T, "US.TN"),
    ("Mount Pleasant High School", "-", N),
    ("English", "GB", Q),
    ("Ireland", "IE", C),
    ("Scotland", "GB", N),
    ("Israel", "IL", C),
    ("Culleoka", "US", T, "US.TN"),
    ("Duck River", "US", N),
    ("Williamsport", "US", T, "US.TN"),
    ("Franklin", "US", T, "US.TN"),
    ("Huntsville", "US", T, "US.AL"),
    ("Ala.", "US", A),
    ("Spring Hill", "US", T, "US.TN"),
    ("Shelbyville", "US", T, "US.TN"),
    ("Tenn.", "US", A),
    ("Nashville", "US", T, "US.TN"),
    ("Lawrenceburg", "US", T, "US.TN"),
    ("Memphis", "US", T, "US.TN"),
    ("Birmingham", "US", T, "US.AL"),
    ("Rose Hill Cemetery", "US", Q),
])

add("a", """Iowa River to crest Thursday in Marshalltown; sandbagging under way in Tama, Toledo

By Jenna Sorensen
Central Iowa News Now

MARSHALLTOWN, Iowa — Volunteers filled sandbags in Marshalltown and Tama on Tuesday as the Iowa River rose toward its highest level since 2008, swollen by more than 6 inches of rain that fell across central Iowa over the holiday weekend.

The National Weather Service in Des Moines expects the river to crest at 21.5 feet Thursday morning at Marshalltown, about 3 feet above major flood stage. Downstream, the river is forecast to crest Friday near Tama and Saturday at Marengo in Iowa County.

"The levee is in good shape, but the low ground around Riverview Park and the north side of town will take water," said Kim Ruggles, Marshall County's emergency management coordinator. "If you live near the river, have a plan to leave."

In Tama County, sheriff's deputies went door to door Tuesday in Tama and neighboring Toledo, the county seat, and the Meskwaki Nation moved cattle to higher ground on the Meskwaki Settlement west of Tama. U.S. 30 remained open, but several gravel roads between Le Grand and Montour were under water.

Farther north, the river crested Monday at Iowa Falls and Eldora in Hardin County, where the Pine Lake State Park campground was closed.

Weekend rain totals were staggering. Grinnell recorded 7.2 inches, Montezuma 6.8, Gilman 6.5, State Center 6.1 and Melbourne 5.9, according to volunteer observers.

The Cedar River is also rising. Forecasters expect moderate flooding at Cedar Falls and Waterloo this weekend and minor flooding downstream at Vinton and Cedar Rapids early next week. The Skunk River near Ames and the Des Moines River at Boone were running high but below flood stage.

Marshalltown Mayor Dana Lindgren said city crews worked through the night to close storm sewer gates along the river.

"We learned a lot in 2008 and again after the tornado in 2018," she said. "People here know how to pull together."

The Iowa Department of Transportation urged drivers not to go around barricades. Sandbags are available at the Marshalltown public works yard until 8 p.m. daily.""", [
    ("Iowa River", "US", N),
    ("Marshalltown", "US", T, "US.IA"),
    ("MARSHALLTOWN", "US", T, "US.IA"),
    ("Iowa", "US", A),
    ("Central Iowa News Now", "-", N),
    ("Tama", "US", T, "US.IA"),
    ("Toledo", "US", T, "US.IA"),
    ("Des Moines River", "US", N),
    ("Des Moines", "US", T, "US.IA"),
    ("Skunk River", "US", N),
    ("Ames", "US", T, "US.IA"),
    ("Boone", "US", T, "US.IA"),
    ("Marengo", "US", T, "US.IA"),
    ("Iowa County", "US", A, "US.IA"),
    ("Riverview Park", "US", Q),
    ("Marshall County", "US", A, "US.IA"),
    ("Tama County", "US", A, "US.IA"),
    ("Meskwaki Nation", "US", Q),
    ("Meskwaki Settlement", "US", N, (41.97, -92.63)),
    ("U.S. 30", "US", Q),
    ("Le Grand", "US", T, "US.IA"),
    ("Montour", "US", T, "US.IA"),
    ("Iowa Falls", "US", T, "US.IA"),
    ("Eldora", "US", T, "US.IA"),
    ("Hardin County", "US", A, "US.IA"),
    ("Pine Lake State Park", "US", Q),
    ("Grinnell", "US", T, "US.IA"),
    ("Montezuma", "US", T, "US.IA"),
    ("Gilman", "US", T, "US.IA"),
    ("State Center", "US", T, "US.IA"),
    ("Melbourne", "US", T, "US.IA"),
    ("Cedar River", "US", N),
    ("Cedar Falls", "US", T, "US.IA"),
    ("Waterloo", "US", T, "US.IA"),
    ("Vinton", "US", T, "US.IA"),
    ("Cedar Rapids", "US", T, "US.IA"),
])

add("a", """Record 4-H entries fill barns as Marion County Fair opens in Hillsboro

By Lauren Penner
Staff Writer

HILLSBORO — Livestock trailers lined up before sunrise Tuesday as young exhibitors from every corner of Marion County hauled steers, hogs, goats and rabbits to the fairgrounds for the opening of the 78th Marion County Fair, one of the oldest county fairs in central Kansas.

Fair board president Wes Florence said this year's 612 4-H and FFA entries broke the record of 571 set in 2019, with members of 11 clubs taking part, from Goessel and Lehigh in the west to Lincolnville and Lost Springs in the north and Peabody, Florence and Burns in the south.

"We've got kids showing animals whose grandparents showed in this same barn," Florence said. "That's what a county fair is."

The fair runs through Saturday. Highlights include the beef show Wednesday evening, judged this year by Kyle Newton, a livestock specialist from McPherson County, and the 4-H style revue Thursday. Carnival rides from a Newton-based company return for the first time since 2019.

Tampa's Jolene Krause, 14, showed the grand champion market lamb Tuesday afternoon, edging a pair of lambs from Durham and Marion. Krause, who plans to show again at the Kansas State Fair in Hutchinson in September, said she walked her lamb twice a day on the gravel roads south of Tampa all summer.

Heat could be a factor. Forecasters at the National Weather Service in Wichita expect highs near 100 through Thursday, and fair organizers have added fans and misters in the swine and sheep barns.

The popular children's fishing derby moved this year from Marion County Lake to Marion Reservoir, where volunteers stocked a cove with channel catfish. Organizers said low water at the county lake east of Marion made the old spot unsafe.

Open-class exhibitors came from neighboring Chase, Dickinson and Morris counties, and the demolition derby Saturday night will feature drivers from as far away as Emporia, Council Grove and Herington. Admission to the fair is free; grandstand tickets for the derby are $10.

Hillsboro Mayor Ruth Unruh said the fair brings thousands of visitors to town every August. "Every motel room between here and McPherson is booked, and we have families staying in Newton and Salina," she said.""", [
    ("Marion County Fair", "US", Q),
    ("Marion County Lake", "US", N, (38.35, -96.98)),
    ("Marion County", "US", A, "US.KS"),
    ("Marion Reservoir", "US", N, (38.37, -97.08)),
    ("Marion", "US", T, "US.KS"),
    ("Hillsboro", "US", T, "US.KS"),
    ("HILLSBORO", "US", T, "US.KS"),
    ("Kansas", "US", A),
    ("Kansas State Fair", "US", Q),
    ("Florence#2", "US", T, "US.KS"),
    ("Florence#1,3", "-", N),
    ("Goessel", "US", T, "US.KS"),
    ("Lehigh", "US", T, "US.KS"),
    ("Lincolnville", "US", T, "US.KS"),
    ("Lost Springs", "US", T, "US.KS"),
    ("Peabody", "US", T, "US.KS"),
    ("Burns", "US", T, "US.KS"),
    ("Newton#1", "-", N),
    ("Newton#2,3", "US", T, "US.KS"),
    ("Salina", "US", T, "US.KS"),
    ("McPherson County", "US", A, "US.KS"),
    ("McPherson", "US", T, "US.KS"),
    ("Tampa", "US", T, "US.KS"),
    ("Durham", "US", T, "US.KS"),
    ("Hutchinson", "US", T, "US.KS"),
    ("Wichita", "US", T, "US.KS"),
    ("Emporia", "US", T, "US.KS"),
    ("Herington", "US", T, "US.KS"),
    ("Chase", "US", A, "US.KS"),
    ("Dickinson", "US", A, "US.KS"),
    ("Morris", "US", A, "US.KS"),
    ("Council Grove", "US", T, "US.KS"),
])

add("a", """Stilwell man gets 25 years in federal prison for fatal Lake Tenkiller boat crash

By Dana Morgan
Staff Writer

MUSKOGEE — A Stilwell man was sentenced Thursday to 25 years in federal prison for a 2023 boat crash on Lake Tenkiller that killed a Muskogee woman and seriously injured her two children.

Cody Wayne Ross, 34, was convicted in August of involuntary manslaughter and operating a vessel while intoxicated. Because Ross is a citizen of the Cherokee Nation and the crash happened within the reservation's boundaries, the case was prosecuted in U.S. District Court in Muskogee rather than in Cherokee County District Court in Tahlequah.

Prosecutors said Ross was running a bass boat at more than 50 mph after dark when it struck a pontoon boat anchored in a cove near Cookson on the lake's east side. Brittany Hale, 31, died at the scene. Her son, 9, and daughter, 6, were flown to a hospital in Tulsa.

Oklahoma Highway Patrol marine troopers testified that Ross's blood alcohol content was nearly three times the legal limit two hours after the crash.

"There is no sentence that brings Brittany back," her mother, Donna Hale of Fort Gibson, told the court. "But maybe someone out on that lake this summer will think twice."

Ross's attorney, Brent Sallee of Sallisaw, had asked for 10 years, citing his client's lack of a criminal record and his work as a welder in Adair County. Ross apologized to the family and said he had not touched alcohol since the crash.

The U.S. attorney for the Eastern District of Oklahoma said the case was one of 14 boating deaths on Oklahoma lakes in 2023 and the second on Tenkiller that summer. Lake Tenkiller, a 12,900-acre reservoir on the Illinois River, draws hundreds of thousands of visitors a year to marinas near Cookson and Gore and to Tenkiller State Park north of Vian.

Sheriff's deputies in Cherokee County and Sequoyah County, which share the lake, have stepped up weekend patrols since the crash, and the Cherokee Nation Marshal Service now keeps two boats on the water.

Hale's family has started a scholarship at Muskogee High School in her name. She worked as a nurse at a clinic in Warner and coached girls' softball in Haskell.""", [
    ("Stilwell", "US", T, "US.OK"),
    ("Lake Tenkiller", "US", N),
    ("Tenkiller State Park", "US", Q),
    ("Tenkiller", "US", N),
    ("MUSKOGEE", "US", T, "US.OK"),
    ("Muskogee High School", "-", N),
    ("Muskogee", "US", T, "US.OK"),
    ("Cherokee Nation", "US", Q),
    ("U.S.", "US", C),
    ("Cherokee County", "US", A, "US.OK"),
    ("Tahlequah", "US", T, "US.OK"),
    ("Cookson", "US", T, "US.OK"),
    ("Tulsa", "US", T, "US.OK"),
    ("Eastern District of Oklahoma", "US", Q),
    ("Oklahoma", "US", A),
    ("Fort Gibson", "US", T, "US.OK"),
    ("Sallisaw", "US", T, "US.OK"),
    ("Adair County", "US", A, "US.OK"),
    ("Illinois River", "US", N, (35.7, -95.0)),
    ("Gore", "US", T, "US.OK"),
    ("Sequoyah County", "US", A, "US.OK"),
    ("Vian", "US", T, "US.OK"),
    ("Warner", "US", T, "US.OK"),
    ("Haskell", "US", T, "US.OK"),
])

add("a", """Rapides jurors back La. 28 widening west of Alexandria

By Melinda Broussard
Staff Writer

ALEXANDRIA, La. — The Rapides Parish Police Jury voted 8-1 Monday to endorse a state proposal to four-lane another 14 miles of La. 28 West, the main road between Alexandria and Leesville, after a hearing in which residents of Gardner and Hineston pleaded for the work to move faster.

The Louisiana Department of Transportation and Development puts the cost at $68 million. A DOTD engineer told jurors the department hopes to advertise for bids in 2027, pending federal money and a review by the U.S. Forest Service, which manages Kisatchie National Forest land on both sides of the highway.

"We've buried too many people off that road," said Gardner resident Ruby Lacour, whose nephew died in a head-on crash near the Kincaid Lake turnoff in 2022. "Every family out here knows somebody."

Traffic counts show about 14,000 vehicles a day west of the Alexandria city limits, many of them soldiers and contractors commuting to Fort Polk in Vernon Parish.

The lone no vote came from juror Kent Sylvester of Pineville, who said the parish should first press Baton Rouge to fix drainage on U.S. 165 south toward Forest Hill and Glenmora. "Half my district floods every time it rains," he said. "Everybody in Pineville drives across the Red River twice a day. Let's fix what we've got."

Juror Theresa Boyce, whose district takes in Boyce and the farmland along the Red River north to the Grant Parish line, asked DOTD to also study a traffic signal on La. 1 near the school in Boyce. "Our buses pull out onto that highway blind, with trucks headed for Natchitoches and Shreveport doing 65," Boyce said.

In other business, jurors heard that interchange work on Interstate 49 near Lecompte is nearly finished, and that police juries in Grant and Avoyelles parishes have asked DOTD for similar studies of their own highways.

DOTD will hold public meetings on the La. 28 plan next month in Hineston and at the parish courthouse in Alexandria. Written comments will be accepted through Dec. 15.""", [
    ("Rapides Parish", "US", A, "US.LA"),
    ("Rapides", "US", A, "US.LA"),
    ("La. 28", "US", Q),
    ("La. 1", "US", Q),
    ("ALEXANDRIA", "US", T, (31.31, -92.45)),
    ("La.", "US", A),
    ("Alexandria", "US", T, (31.31, -92.45)),
    ("Leesville", "US", T, "US.LA"),
    ("Gardner", "US", T, (31.26, -92.69)),
    ("Hineston", "US", T, (31.15, -92.77)),
    ("Louisiana", "US", A),
    ("U.S. 165", "US", Q),
    ("U.S.", "US", C),
    ("Kisatchie National Forest", "US", N),
    ("Kincaid Lake", "US", N, (31.26, -92.63)),
    ("Fort Polk", "US", N, (31.05, -93.21)),
    ("Vernon Parish", "US", A, "US.LA"),
    ("Pineville", "US", T, "US.LA"),
    ("Baton Rouge", "US", T, "US.LA"),
    ("Forest Hill", "US", T, "US.LA"),
    ("Glenmora", "US", T, "US.LA"),
    ("Red River", "US", N),
    ("Boyce#2,3", "US", T, "US.LA"),
    ("Boyce#1,4", "-", N),
    ("Grant Parish", "US", A, "US.LA"),
    ("Grant", "US", A, "US.LA"),
    ("Avoyelles", "US", A, "US.LA"),
    ("Lecompte", "US", T, "US.LA"),
    ("Natchitoches", "US", T, "US.LA"),
    ("Shreveport", "US", T, "US.LA"),
])

add("a", """Madison school board weighs four-day week as bus driver shortage deepens

By Ellen Schuler
Staff Writer

MADISON, Ind. — Facing a bus driver shortage that has left some routes doubled up for weeks, the Madison school board voted 4-1 Tuesday to study moving to a four-day school week as early as next fall.

Superintendent Jonathan Marion told the board the district is short seven drivers for its 38 routes, which stretch from the Ohio River in Madison north to Dupont and east past Canaan toward the Ripley County line. Some children near Deputy have waited 45 minutes or more for combined buses, he said.

"We are asking drivers to do the impossible on State Road 7 and State Road 62 every morning," Marion said. "A four-day week is not my first choice, but I owe this board every option."

Board president Rachel Dattilo said she had spoken with administrators in Missouri and Oklahoma, where hundreds of rural districts have made the switch, and with the Salem district in Washington County, which studied the idea in 2023 before dropping it. The Switzerland County district in Vevay and the Scottsburg schools have also asked about it.

Board member Carla Whitlow, the lone no vote, said many parents commute across the Milton-Madison Bridge to jobs in Milton and Carrollton, Ky., or drive to Louisville or Columbus, and cannot find child care for a fifth day.

"We'd be solving the district's problem by handing it to working families," she said.

Some of the district's drivers live as far away as Lexington in Scott County and Osgood in Ripley County, and they can earn more hauling freight out of North Vernon or driving for larger districts in Jennings and Clark counties, Marion said. The district raised its starting pay to $22 an hour in August, but recruiting remains difficult.

Under Indiana law, schools must hold 180 instructional days unless they receive a waiver from state education officials in Indianapolis. The study committee, which includes parents, teachers and two students from Madison Consolidated High School, will report back in January.

Jefferson County's other district, Southwestern, based in Hanover, has no plans to change its calendar, Superintendent Marcus Hensley said. Student teachers from Hanover College help fill gaps in both districts' classrooms.""", [
    ("Madison Consolidated High School", "-", N),
    ("Milton-Madison Bridge", "US", Q),
    ("Madison", "US", T, "US.IN"),
    ("MADISON", "US", T, "US.IN"),
    ("Ind.", "US", A),
    ("Marion", "-", N),
    ("Ohio River", "US", N),
    ("Dupont", "US", T, "US.IN"),
    ("Canaan", "US", T, "US.IN"),
    ("Ripley County", "US", A, "US.IN"),
    ("Deputy", "US", T, "US.IN"),
    ("Missouri", "US", A),
    ("Oklahoma", "US", A),
    ("Salem", "US", T, "US.IN"),
    ("Washington County", "US", A, "US.IN"),
    ("Switzerland County", "US", A, "US.IN"),
    ("Vevay", "US", T, "US.IN"),
    ("Scottsburg", "US", T, "US.IN"),
    ("Milton", "US", T, "US.KY"),
    ("Carrollton", "US", T, "US.KY"),
    ("Ky.", "US", A),
    ("Louisville", "US", T, "US.KY"),
    ("Columbus", "US", T, "US.IN"),
    ("North Vernon", "US", T, "US.IN"),
    ("Lexington", "US", T, "US.IN"),
    ("Scott County", "US", A, "US.IN"),
    ("Osgood", "US", T, "US.IN"),
    ("Jennings", "US", A, "US.IN"),
    ("Clark", "US", A, "US.IN"),
    ("Indiana", "US", A),
    ("Indianapolis", "US", T, "US.IN"),
    ("Jefferson County", "US", A, "US.IN"),
    ("Hanover College", "-", N),
    ("Hanover", "US", T, "US.IN"),
])

add("a", """Miners stun Hematites in overtime, clinch playoff berth

By Craig Lindquist
Journal Sports Writer

NEGAUNEE — Logan Houghton's 2-yard sneak in overtime and a gutsy two-point conversion gave Negaunee a 28-27 win over Ishpeming on Friday night, sending the Miners into the playoffs and the Hematites home wondering what might have been.

The 127th meeting between the neighboring Marquette County towns, separated by about 3 miles of U.S. 41, drew an overflow crowd of more than 3,000 despite a northwest wind that whipped across Teal Lake from Lake Superior and dropped the temperature into the 30s by halftime.

Ishpeming (5-4) scored first in overtime on a 10-yard run by Tanner Koski. Negaunee answered four plays later when Houghton, a junior who threw for 212 yards, kept the ball on third-and-goal, and coach Ron Trudeau sent his offense back out for two. Houghton rolled right and found Mason Lahti alone in the back of the end zone.

"We didn't come over here to tie," Trudeau said. "Our kids earned that one."

Ishpeming coach Dave Niemi said he had no regrets. "That's the best rivalry in the Upper Peninsula, and tonight it lived up to it," he said.

The Miners (7-2) open the Division 6 playoffs next week, likely at Kingsford or at home against Gladstone.

Elsewhere around the U.P., Escanaba beat Gladstone 35-14 in the Bay de Noc rivalry game, Kingsford shut out Menominee 21-0 on the Wisconsin border, Iron Mountain routed Norway 48-6, and Westwood blanked Munising 28-0. In the Copper Country, Houghton edged Calumet 20-17 on a 31-yard field goal as time expired. St. Ignace beat Newberry 27-20, and Ironwood lost 14-12 at Hurley, Wis., in a game played in steady sleet.

Marquette fell 31-7 at Traverse City West after a four-hour bus ride, the Sentinels' longest road trip of the season. Marquette returns home next week against Escanaba.""", [
    ("NEGAUNEE", "US", T, "US.MI"),
    ("Negaunee", "US", T, "US.MI"),
    ("Houghton#1,2,3", "-", N),
    ("Houghton#4", "US", T, "US.MI"),
    ("Ishpeming", "US", T, "US.MI"),
    ("Marquette County", "US", A, "US.MI"),
    ("U.S. 41", "US", Q),
    ("Lake Superior", "*", N),
    ("Teal Lake", "US", N, (46.50, -87.61)),
    ("Mason Lahti", "-", N),
    ("Upper Peninsula", "US", N),
    ("Kingsford", "US", T, "US.MI"),
    ("Gladstone", "US", T, "US.MI"),
    ("U.P.", "US", N),
    ("Escanaba", "US", T, "US.MI"),
    ("Bay de Noc", "US", Q),
    ("Menominee", "US", T, "US.MI"),
    ("Wisconsin", "US", A),
    ("Iron Mountain", "US", T, "US.MI"),
    ("Norway", "US", T, "US.MI"),
    ("Westwood", "-", N),
    ("Munising", "US", T, "US.MI"),
    ("Copper Country", "US", N),
    ("Calumet", "US", T, "US.MI"),
    ("St. Ignace", "US", T, "US.MI"),
    ("Newberry", "US", T, "US.MI"),
    ("Ironwood", "US", T, "US.MI"),
    ("Hurley", "US", T, "US.WI"),
    ("Wis.", "US", A),
    ("Marquette", "US", T, "US.MI"),
    ("Traverse City West", "-", N),
])

add("a", """Frost, wet fields slow Aroostook potato harvest as schools break for picking season

By Jessica Ouellette
Staff Writer

PRESQUE ISLE, Maine — A hard frost Sunday night and a week of cold rain have put Aroostook County potato growers as much as 10 days behind, just as schools across northern Maine close for the traditional three-week harvest break.

"We've got maybe 40 percent dug," said Tom Levesque, who grows 600 acres of russets and round whites between Mapleton and Washburn. "The ground's like pudding. You put a harvester in there and you're stuck till Christmas."

Growers across The County planted about 51,000 acres this year, according to the Maine Potato Board, which said yields looked strong before the rain. Prices at the processing plants in Easton and Washburn have held, but potatoes that go into storage wet can rot by January.

The National Weather Service office in Caribou recorded a low of 24 degrees early Monday, and forecasters there expect more rain Wednesday.

Schools in Caribou, Presque Isle, Fort Fairfield, Limestone and Mars Hill sent students home Friday for harvest recess, when many teenagers drive trucks or work on harvesters and in potato houses. Districts in the St. John Valley, including Fort Kent, Madawaska and Van Buren, dropped the break years ago but still excuse students who work the harvest.

Farther south, growers around Houlton and Hodgdon reported less frost damage, and fields along the Aroostook River above Fort Fairfield were "in decent shape," said Rachel Houlton, a crops specialist with the University of Maine Cooperative Extension office in Presque Isle.

Across the border in New Brunswick, where growers around Grand Falls and Florenceville-Bristol face the same weather, the harvest was about half done, according to Potatoes New Brunswick. Many Maine farms hire Canadian crews and truckers during the harvest.

The frost reached as far south as Patten and Millinocket, the weather service said, ending the growing season for most gardens in Penobscot County.

State agriculture officials in Augusta said they would watch the harvest closely but that it was too early to talk about disaster assistance.

"Give us two dry weeks and this is a normal year," Levesque said.""", [
    ("PRESQUE ISLE", "US", T, "US.ME"),
    ("Maine", "US", A),
    ("Maine Potato Board", "US", Q),
    ("University of Maine", "-", N),
    ("Aroostook County", "US", A, "US.ME"),
    ("Aroostook", "US", A, "US.ME"),
    ("Mapleton", "US", T, "US.ME"),
    ("Washburn", "US", T, "US.ME"),
    ("The County", "US", Q),
    ("Easton", "US", T, "US.ME"),
    ("Caribou", "US", T, "US.ME"),
    ("Presque Isle", "US", T, "US.ME"),
    ("Fort Fairfield", "US", T, "US.ME"),
    ("Mars Hill", "US", T, "US.ME"),
    ("Limestone", "US", T, "US.ME"),
    ("St. John Valley", "US|CA", N),
    ("Fort Kent", "US", T, "US.ME"),
    ("Madawaska", "US", T, "US.ME"),
    ("Van Buren", "US", T, "US.ME"),
    ("Houlton#1", "US", T, "US.ME"),
    ("Houlton#2", "-", N),
    ("Hodgdon", "US", T, "US.ME"),
    ("Aroostook River", "US|CA", N),
    ("New Brunswick", "CA", A),
    ("Potatoes New Brunswick", "CA", Q),
    ("Grand Falls", "CA", T, (47.05, -67.74)),
    ("Florenceville-Bristol", "CA", T, (46.44, -67.62)),
    ("Canadian", "CA", Q),
    ("Patten", "US", T, "US.ME"),
    ("Millinocket", "US", T, "US.ME"),
    ("Penobscot County", "US", A, "US.ME"),
    ("Augusta", "US", T, "US.ME"),
])

# ---------------------------------------------------------------- b: UK and Irish local news

add("b", """Caerleon flood defence scheme approved four years after Storm Dennis

By Sian Pritchard
BBC News, Newport

A £12m flood defence scheme for Caerleon, where the River Usk flooded dozens of homes during Storm Dennis in 2020, has been approved by Newport City Council.

The plans include a 900m (2,950ft) embankment along the riverside below the Roman fortress, flood gates where the Afon Lwyd joins the Usk, and a pumping station to protect homes on the Ponthir Road.

Natural Resources Wales (NRW), which designed the scheme, said it would cut the flood risk for about 340 homes and businesses in Caerleon, which lies on the north-eastern edge of Newport.

Carol Davies, who has lived beside the river for 31 years, said she had spent £20,000 repairing her home after the 2020 floods. "Every time it rains in the Brecon Beacons we sit up at night watching the river levels on our phones," she said. "This can't come soon enough."

The Welsh Government will pay 85% of the cost, with the rest coming from the council. Work is expected to start next spring and take two years.

Councillors in neighbouring Monmouthshire had raised concerns that the embankment could push more water towards the town of Usk and farmland around Llanbadoc, upstream, but NRW said its modelling showed no increase in risk there.

Torfaen council, whose area includes Cwmbran and Pontypool, is carrying out a separate study of the Afon Lwyd, which rises above Blaenavon and flooded several streets in Cwmbran in 2020.

The Usk rises in the Bannau Brycheiniog national park and flows through Abergavenny and Usk before reaching the Severn Estuary south of Newport. A smaller scheme on the River Wye at Chepstow is due to be finished next year, and NRW is studying defences for Crickhowell and Brecon, further up the Usk valley in Powys.

Newport County's Rodney Parade ground was also hit by flooding in 2020, forcing the postponement of two home matches.

A Welsh Government spokesperson in Cardiff said the Caerleon scheme was "one of the largest flood investments in south-east Wales this year".""", [
    ("Caerleon", "GB", T, (51.61, -2.95)),
    ("River Usk", "GB", N),
    ("Usk#2,4", "GB", N),
    ("Usk#3,5", "GB", T, (51.70, -2.90)),
    ("Newport County", "-", N),
    ("Newport", "GB", T, (51.59, -3.00)),
    ("Afon Lwyd", "GB", N),
    ("Roman", "IT", Q),
    ("Ponthir Road", "-", N),
    ("Wales", "GB", N),
    ("Brecon Beacons", "GB", N),
    ("Welsh", "GB", Q),
    ("Monmouthshire", "GB", A),
    ("Llanbadoc", "GB", T, (51.70, -2.91)),
    ("Torfaen", "GB", A),
    ("Cwmbran", "GB", T, (51.65, -3.02)),
    ("Pontypool", "GB", T, (51.70, -3.04)),
    ("Blaenavon", "GB", T, (51.77, -3.09)),
    ("Bannau Brycheiniog", "GB", N),
    ("Abergavenny", "GB", T, (51.82, -3.02)),
    ("Severn Estuary", "GB", N),
    ("River Wye", "GB", N),
    ("Chepstow", "GB", T, (51.64, -2.67)),
    ("Crickhowell", "GB", T, (51.86, -3.14)),
    ("Brecon", "GB", T, (51.95, -3.39)),
    ("Powys", "GB", A),
    ("Rodney Parade", "GB", Q),
    ("Cardiff", "GB", T, (51.48, -3.18)),
])

add("b", """Lorry driver jailed for killing Spalding cyclist on A16 while watching videos

By Liam Cartwright
Court Reporter

A lorry driver who was watching videos on his phone when he hit and killed a cyclist on the A16 near Kirton has been jailed for four years and eight months.

Mark Lincoln, 46, of Sutterton, admitted causing death by dangerous driving at an earlier hearing and was sentenced at Lincoln Crown Court on Friday.

Andrzej Nowak, 38, a father of two from Spalding who moved to Lincolnshire from Poland in 2011, was cycling to an early shift at a vegetable packing plant at Wyberton, just outside Boston, when he was struck from behind on 14 November last year.

The court heard Lincoln, who was driving an empty HGV for a haulage firm based in Long Sutton, near the Norfolk border, had been looking at his phone for almost a minute before the collision on the straight stretch between Sutterton and the Kirton roundabout.

The judge said Mr Nowak had been wearing high-visibility clothing and had lights front and back. "He did everything right. You did everything wrong," she told Lincoln.

Mr Nowak's partner, Magdalena, said in a statement read to the court that their two children, aged six and nine, asked every night when their father would come home. His parents travelled from Poznań for the hearing.

Lincoln was also banned from driving for seven years after his release.

Sgt Helen Ward, of Lincolnshire Police's serious collision investigation unit in Grantham, said: "Mr Nowak's death was entirely avoidable. No message or video is worth a life."

Cycling campaigners in Boston and Spalding have called for a separate cycle path along the A16, which carries heavy lorry traffic to and from the port at Boston, the wharf at Fosdyke and the food factories of the Fens.

Boston Borough Council and South Holland District Council, based in Spalding, have backed the idea, but Lincolnshire County Council said a full path between the two towns would cost more than £15m.

In March, about 200 cyclists, many from the Polish community in Boston and Spalding, rode in silence from Spalding market place to the crash site.""", [
    ("Spalding", "GB", T, (52.79, -0.15)),
    ("A16", "GB", Q),
    ("Kirton", "GB", T, (52.93, -0.06)),
    ("Lincoln Crown Court", "GB", Q),
    ("Lincoln", "-", N),
    ("Sutterton", "GB", T, (52.90, -0.09)),
    ("Boston", "GB", T, (52.98, -0.02)),
    ("Long Sutton", "GB", T, (52.79, 0.12)),
    ("Poznań", "PL", T),
    ("Poland", "PL", C),
    ("Wyberton", "GB", T, (52.96, -0.05)),
    ("Norfolk", "GB", A),
    ("Lincolnshire", "GB", A),
    ("Grantham", "GB", T, (52.91, -0.64)),
    ("Fosdyke", "GB", T, (52.87, -0.04)),
    ("Fens", "GB", N),
    ("South Holland", "GB", A, (52.78, -0.05)),
    ("Polish", "PL", Q),
])

add("b", """Swaledale bus lifeline saved after council agrees £180,000 deal

By Joe Metcalfe
Local Democracy Reporting Service

RICHMOND — The only public bus serving upper Swaledale will keep running for at least three more years after North Yorkshire Council agreed a £180,000 subsidy, ending months of uncertainty for villages from Reeth to Keld.

The 30 service, which runs five times a day between Richmond and Keld via Grinton, Reeth, Gunnerside and Muker, was due to end in March after its operator said rising fuel and driver costs had made it unviable.

For many older residents of the dale, the bus is the only way to reach the GP surgery in Reeth, the Friarage Hospital in Northallerton or the shops and market in Richmond.

"We have people in Muker and Thwaite who don't drive and who would simply have been stranded," said Sarah Alderson, who chairs Muker Parish Council. "You can't get a taxi up here for love nor money."

Passengers can change in Richmond for buses to Darlington, where trains run to London and Edinburgh, and to Catterick Garrison, Leyburn and Hawes in Wensleydale. Pupils from the upper dale also use the service to get to Richmond School.

Coun Peter Wilkinson, the council's executive member for transport, called the route "a genuine lifeline" and said the deal also pays for extra Sunday journeys in summer, when walkers on the Coast to Coast path and the Pennine Way, which cross at Keld, fill the buses.

Tourism businesses in the Yorkshire Dales welcomed the decision. Visitors spend about £30m a year in Swaledale and Arkengarthdale, according to the national park authority.

The service was subsidised by Richmondshire District Council until the council was abolished in 2023 and its duties passed to the new unitary authority in Northallerton.

The council is also reviewing rural routes in Nidderdale and around Bedale, where two services ended last year. Campaigners want links from the dales to the railway station at Northallerton and to the coach stops at Scotch Corner.

"Rural North Yorkshire can't run on goodwill alone," Ms Alderson said.""", [
    ("Swaledale", "GB", N),
    ("RICHMOND", "GB", T, (54.40, -1.74)),
    ("Richmond School", "-", N),
    ("Richmond", "GB", T, (54.40, -1.74)),
    ("North Yorkshire", "GB", A),
    ("Reeth", "GB", T, (54.39, -1.94)),
    ("Keld", "GB", T, (54.41, -2.17)),
    ("Grinton", "GB", T, (54.38, -1.93)),
    ("Gunnerside", "GB", T, (54.38, -2.08)),
    ("Muker", "GB", T, (54.38, -2.14)),
    ("Northallerton", "GB", T, (54.34, -1.43)),
    ("Thwaite", "GB", T, (54.38, -2.17)),
    ("Darlington", "GB", T, (54.52, -1.55)),
    ("London", "GB", T, (51.51, -0.13)),
    ("Edinburgh", "GB", T, (55.95, -3.19)),
    ("Catterick Garrison", "GB", T, (54.38, -1.72)),
    ("Leyburn", "GB", T, (54.31, -1.83)),
    ("Hawes", "GB", T, (54.30, -2.20)),
    ("Wensleydale", "GB", N),
    ("Coast to Coast", "GB", Q),
    ("Pennine Way", "GB", Q),
    ("Yorkshire Dales", "GB", N),
    ("Arkengarthdale", "GB", N),
    ("Richmondshire", "GB", A),
    ("Nidderdale", "GB", N),
    ("Bedale", "GB", T, (54.29, -1.59)),
    ("Scotch Corner", "GB", N, (54.44, -1.67)),
])

add("b", """Perth Bridge to close for four months as repairs begin

By Gordon Currie

Perth's oldest road crossing over the River Tay will close to traffic for four months from Monday while engineers repair crumbling stonework and waterproof its deck.

Perth and Kinross Council said the 250-year-old Perth Bridge, designed by John Smeaton, would stay open to pedestrians and cyclists for most of the work, but drivers heading between the city centre and Bridgend, Scone and Kinnoull will be diverted over the Queen's Bridge or the Friarton Bridge on the M90.

Buses from Blairgowrie and Coupar Angus, which use the bridge on their way into the city on the A93 and A94, are expected to take up to 15 minutes longer at peak times.

Traders in Bridgend fear the closure will keep customers away. "Half my trade is folk from Scone stopping on their way to work," said baker Fiona Mackay. "If they're sat in a queue on the Dundee Road they'll not be stopping here."

The council's roads convener, Cllr Andrew Drummond, said the work could not wait. "Inspections found water getting into the arches. If we don't act now, we are looking at a far longer closure down the line," he said.

St Johnstone supporters travelling to McDiarmid Park from Dundee and Fife have been urged to allow extra time on match days, as diverted traffic is expected to build up on the Friarton Bridge, which Transport Scotland says will be monitored by traffic officers at peak times.

Traffic heading north on the A9 to Dunkeld, Pitlochry and Inverness will not be affected, and extra park-and-ride buses will run from Broxden for commuters from Crieff, Methven and Kinross.

The bridge, completed in 1771, was the only road crossing of the Tay at Perth for more than 60 years and has survived every flood since, including the January 1993 flood that swamped the North Inch and parts of the city.

The council said the bridge at Bridge of Earn, which carries the old Edinburgh road over the River Earn south of the city, would be inspected later this year. Local MSPs have asked Holyrood to help meet the £3.2m cost of the Perth work.""", [
    ("Perth Bridge", "GB", Q),
    ("Perth and Kinross", "GB", A),
    ("Perth", "GB", T, (56.40, -3.44)),
    ("River Tay", "GB", N),
    ("Tay", "GB", N),
    ("Bridgend", "GB", T, (56.40, -3.42)),
    ("Scone", "GB", T, (56.42, -3.40)),
    ("Kinnoull", "GB", N, (56.40, -3.41)),
    ("Friarton Bridge", "GB", Q),
    ("M90", "GB", Q),
    ("Blairgowrie", "GB", T, (56.59, -3.34)),
    ("Coupar Angus", "GB", T, (56.55, -3.27)),
    ("A93", "GB", Q),
    ("A94", "GB", Q),
    ("Dundee Road", "-", N),
    ("St Johnstone", "-", N),
    ("McDiarmid Park", "GB", Q),
    ("Dundee", "GB", T, (56.46, -2.97)),
    ("Fife", "GB", A),
    ("Scotland", "GB", N),
    ("A9", "GB", Q),
    ("Pitlochry", "GB", T, (56.70, -3.73)),
    ("Dunkeld", "GB", T, (56.56, -3.59)),
    ("Inverness", "GB", T, (57.48, -4.22)),
    ("Broxden", "GB", Q),
    ("Crieff", "GB", T, (56.37, -3.84)),
    ("Methven", "GB", T, (56.42, -3.57)),
    ("Kinross", "GB", T, (56.21, -3.42)),
    ("North Inch", "GB", Q),
    ("Bridge of Earn", "GB", T, (56.35, -3.41)),
    ("Edinburgh", "GB", T, (55.95, -3.19)),
    ("River Earn", "GB", N),
    ("Holyrood", "GB", N, (55.95, -3.17)),
])

add("b", """N59 Westport–Newport upgrade gets green light after 15-year wait

By Ciarán Moran

An 8km stretch of the N59 between Westport and Newport in Co Mayo, one of the most dangerous sections of national road in the west of Ireland, is to be upgraded after An Bord Pleanála approved Mayo County Council's plans.

The €42m scheme will widen and realign the road between Kilmeena and Newport, removing a series of blind bends and adding a segregated section of the Great Western Greenway, which runs alongside the N59 from Westport through Newport and Mulranny to Achill.

Cllr Seán Walsh, a member of the Westport Municipal District, said the decision was "15 years overdue".

"Anyone who drives between Westport and Achill knows that road. You have tourist coaches, lorries and cyclists all on the one stretch, with Clew Bay on one side and a ditch on the other," he said.

Senior engineer Mary Gallagher said construction could begin in 2027, subject to funding from Transport Infrastructure Ireland.

The N59 carries about 7,000 vehicles a day in summer, when visitors flock to Croagh Patrick, Achill Island and the Greenway. Eleven people have been killed on the road between Ballina and Westport since 2010, and tourism businesses from Louisburgh to Ballycroy have campaigned for the upgrade for years.

The road is also the main route for people in Erris travelling to Mayo University Hospital in Castlebar, and Cllr Walsh said ambulance crews from Belmullet and Bangor Erris had told him the Newport bends were "the worst part of every run".

Further south, the N59 continues from Westport through Connemara to Galway, while to the north it links Ballina with Sligo.

The Department of Transport in Dublin said the project would be considered in the next round of national road funding.

Locals were quick to joke that the upgrade had taken almost as long as Mayo's wait for an All-Ireland football title. "At least the road is going to happen," said Newport publican Tom Chambers.""", [
    ("N59", "IE", Q),
    ("Westport", "IE", T, (53.80, -9.52)),
    ("Newport", "IE", T, (53.88, -9.55)),
    ("Co Mayo", "IE", A),
    ("Ireland", "IE", C),
    ("All-Ireland", "IE", Q),
    ("Mayo University Hospital", "-", N),
    ("Mayo", "IE", A),
    ("Kilmeena", "IE", T, (53.85, -9.58)),
    ("Great Western Greenway", "IE", Q),
    ("Greenway", "IE", Q),
    ("Mulranny", "IE", T, (53.91, -9.78)),
    ("Achill Island", "IE", N),
    ("Achill", "IE", N, (53.96, -10.0)),
    ("Clew Bay", "IE", N),
    ("Croagh Patrick", "IE", N),
    ("Ballina", "IE", T, (54.11, -9.15)),
    ("Louisburgh", "IE", T, (53.76, -9.81)),
    ("Ballycroy", "IE", T, (54.02, -9.82)),
    ("Erris", "IE", N),
    ("Castlebar", "IE", T, (53.86, -9.30)),
    ("Belmullet", "IE", T, (54.22, -9.99)),
    ("Bangor Erris", "IE", T, (54.14, -9.74)),
    ("Connemara", "IE", N),
    ("Galway", "IE", T, (53.27, -9.05)),
    ("Sligo", "IE", T, (54.27, -8.47)),
    ("Dublin", "IE", T, (53.35, -6.26)),
])

add("b", """Thousands still without power across Gateshead after 81mph gusts

By Katie Dodds
Chronicle Live

Thousands of homes across Gateshead and Sunderland were still without power on Sunday night after gusts of up to 81mph brought down trees and power lines across the North East.

Northern Powergrid, which brought in extra engineers from depots in Consett and Jarrow, said about 14,000 customers in Tyne and Wear, County Durham and Northumberland had been reconnected since Saturday, but around 3,200 homes - many in Whickham, Ryton, Blaydon and Washington - remained cut off.

Gateshead Council opened a warm space at Blaydon Leisure Centre and said staff were checking on elderly and vulnerable residents in the west of the borough.

"We've had no heating or hot water since Saturday dinnertime and we've got a baby in the house," said Leanne Robson, of Crawcrook. "We've been to my mam's in Felling twice just to get warm."

A fallen tree blocked the Metro line between Felling and Heworth for most of Saturday, and the Tyne Bridge was closed to high-sided vehicles for several hours. The Shields Ferry between North Shields and South Shields was suspended all day. The Angel of the North, on the hill above Low Fell, was undamaged, the council confirmed.

In the Derwent Valley, the River Derwent burst its banks at Rowlands Gill, flooding the car park at the Gibside estate and closing the A694.

LNER cancelled trains between Newcastle and Edinburgh on Saturday afternoon after debris was blown on to the line between Morpeth and Berwick, and Northern suspended services on the Tyne Valley line to Hexham and Carlisle.

The Met Office said the strongest gust was recorded at Brizlee Wood in Northumberland.

Sunderland's home game at the Stadium of Light went ahead, but Gateshead FC postponed their National League match.

In Washington, the WWT Washington Wetland Centre will stay closed until Tuesday while fallen trees are cleared.

A yellow wind warning remains in place for Tyneside and the Durham coast until 6am on Monday.""", [
    ("Gateshead FC", "-", N),
    ("Gateshead", "GB", T, (54.96, -1.60)),
    ("Sunderland", "GB", T, (54.91, -1.38)),
    ("North East", "GB", N),
    ("Tyne and Wear", "GB", A),
    ("County Durham", "GB", A),
    ("Northumberland", "GB", A),
    ("Whickham", "GB", T, (54.95, -1.68)),
    ("Ryton", "GB", T, (54.97, -1.77)),
    ("Blaydon Leisure Centre", "GB", Q),
    ("Blaydon", "GB", T, (54.96, -1.71)),
    ("WWT Washington Wetland Centre", "GB", Q),
    ("Washington", "GB", T, (54.90, -1.52)),
    ("Crawcrook", "GB", T, (54.96, -1.78)),
    ("Felling", "GB", T, (54.95, -1.57)),
    ("Heworth", "GB", T, (54.95, -1.56)),
    ("Tyne Bridge", "GB", Q),
    ("Shields Ferry", "GB", Q),
    ("North Shields", "GB", T, (55.01, -1.45)),
    ("South Shields", "GB", T, (55.00, -1.43)),
    ("Angel of the North", "GB", Q),
    ("Low Fell", "GB", T, (54.94, -1.60)),
    ("Derwent Valley", "GB", N, (54.92, -1.78)),
    ("River Derwent", "GB", N, (54.93, -1.74)),
    ("Rowlands Gill", "GB", T, (54.92, -1.75)),
    ("Gibside", "GB", Q),
    ("A694", "GB", Q),
    ("Newcastle", "GB", T, (54.98, -1.61)),
    ("Edinburgh", "GB", T, (55.95, -3.19)),
    ("Berwick", "GB", T, (55.77, -2.00)),
    ("Morpeth", "GB", T, (55.17, -1.69)),
    ("Consett", "GB", T, (54.85, -1.83)),
    ("Jarrow", "GB", T, (54.98, -1.48)),
    ("Tyne Valley line", "GB", Q),
    ("Hexham", "GB", T, (54.97, -2.10)),
    ("Carlisle", "GB", T, (54.89, -2.93)),
    ("Brizlee Wood", "GB", N, (55.43, -1.78)),
    ("Stadium of Light", "GB", Q),
    ("Tyneside", "GB", N),
    ("Durham", "GB", A),
])

add("b", """Floating Bridge breaks down again, leaving Cowes commuters facing long detour

By Louise Hunt
County Press

The chain ferry linking Cowes and East Cowes has broken down for the third time this year, forcing foot passengers on to a replacement launch and leaving drivers facing a nine-mile detour through Newport.

Isle of Wight Council said a hydraulic fault was found on Tuesday morning and that engineers were waiting for parts to arrive from the mainland.

The £3.2m vessel has been dogged by problems since it entered service across the River Medina in 2017, and the council is still in dispute with its designers over the cost of repairs.

"I work at the boatyard in East Cowes and live in Cowes. On a good day it takes four minutes to cross," said Dan Wheeler. "When the bridge is out I have to drive round through Newport, and in summer with the traffic that can be 40 minutes."

Red Funnel passengers arriving from Southampton at the East Cowes terminal were advised to allow extra time, while Wightlink said its services from Portsmouth to Fishbourne and Ryde, and from Lymington to Yarmouth, were running normally, as was the Hovertravel service from Southsea to Ryde.

The council said a larger replacement launch would run from Thursday and that it expected the bridge to be back in service well before Cowes Week, the sailing regatta on the Solent that brings tens of thousands of visitors to the town every August.

Traders on both sides of the Medina said the breakdowns were costing them custom. Southern Vectis has added extra buses between Newport and Cowes, and students at Medina College in Newport who live in East Cowes have been told they will not be marked late.

Commuters from Ventnor, Sandown and Shanklin who work in Cowes said the repeated closures had added hours to their week.

The south coast's other chain ferry, across the mouth of Poole Harbour in Dorset, has had no comparable problems, campaigners pointed out.

A council spokesperson said: "We share residents' frustration and are pressing the manufacturer for a permanent fix." """, [
    ("East Cowes", "GB", T, (50.76, -1.29)),
    ("Cowes Week", "GB", Q),
    ("Cowes", "GB", T, (50.76, -1.30)),
    ("Medina College", "-", N),
    ("Newport", "GB", T, (50.70, -1.29)),
    ("Isle of Wight", "GB", A),
    ("River Medina", "GB", N),
    ("Medina", "GB", N, (50.73, -1.29)),
    ("Southampton", "GB", T, (50.90, -1.40)),
    ("Portsmouth", "GB", T, (50.80, -1.09)),
    ("Fishbourne", "GB", T, (50.73, -1.21)),
    ("Ryde", "GB", T, (50.73, -1.16)),
    ("Lymington", "GB", T, (50.76, -1.54)),
    ("Southsea", "GB", T, (50.78, -1.08)),
    ("Yarmouth", "GB", T, (50.71, -1.50)),
    ("Ventnor", "GB", T, (50.59, -1.21)),
    ("Sandown", "GB", T, (50.65, -1.16)),
    ("Shanklin", "GB", T, (50.63, -1.18)),
    ("Solent", "GB", N),
    ("Poole Harbour", "GB", N, (50.69, -1.95)),
    ("Dorset", "GB", A),
])

# ---------------------------------------------------------------- c: Canadian, Australian, NZ local news

add("c", """Flood watch issued for Thames River as rain, snowmelt swell London-area waterways

By Sofia Rizzo
CTV News London

LONDON, Ont. — The Upper Thames River Conservation Authority has issued a flood watch for the Thames River through London and communities upstream, warning that rain and melting snow could push water over low-lying roads and parkland by Wednesday.

Environment Canada is calling for 30 to 50 millimetres of rain across southwestern Ontario between Windsor and Hamilton through Tuesday night, falling on ground that is still frozen in many areas.

"Flows are already well above normal for this time of year and the ground can't absorb much more," said Mark Stratford, the conservation authority's flood co-ordinator.

Gauges on the North Thames at St. Marys and on the Thames at Ingersoll were rising steadily Monday, Stratford said. The Avon River through Stratford, a tributary of the North Thames, is also expected to rise.

In London, the city closed sections of the Thames Valley Parkway at Harris Park and near the forks of the Thames, and warned parents to keep children away from riverbanks. The authority said Fanshawe Dam in northeast London was holding back water to reduce peaks downstream.

Middlesex County road crews were watching culverts near Lucan and Ilderton, while Oxford County officials in Woodstock said several rural roads could close. In Perth County, St. Marys opened its sandbag depot Monday afternoon.

Ontario Provincial Police warned drivers on Highway 401 near Woodstock and Ingersoll about water pooling in the right lanes.

Farther downstream, the Lower Thames Valley Conservation Authority said flooding was possible near Thamesville and in low-lying parts of Chatham-Kent, where the river empties into Lake St. Clair. To the south, officials in St. Thomas said Kettle Creek could spill into low areas of Port Stanley, where it enters Lake Erie.

The last significant flood on the Thames in London came in February 2018, when the river spilled into parks and closed several roads for days.""", [
    ("Upper Thames River Conservation Authority", "CA", Q),
    ("Lower Thames Valley Conservation Authority", "CA", Q),
    ("Thames Valley Parkway", "CA", Q),
    ("Thames River", "CA", N),
    ("North Thames", "CA", N),
    ("Thames", "CA", N),
    ("CTV News London", "-", N),
    ("LONDON", "CA", T, (42.98, -81.25)),
    ("London", "CA", T, (42.98, -81.25)),
    ("Ont.", "CA", A),
    ("Canada", "CA", C),
    ("Ontario", "CA", A),
    ("Windsor", "CA", T, (42.30, -83.02)),
    ("Hamilton", "CA", T, (43.26, -79.87)),
    ("Stratford#1,2", "-", N),
    ("Stratford#3", "CA", T, (43.37, -80.98)),
    ("St. Marys", "CA", T, (43.26, -81.14)),
    ("Ingersoll", "CA", T, (43.04, -80.88)),
    ("Avon River", "CA", N, (43.32, -81.05)),
    ("Harris Park", "CA", Q),
    ("Fanshawe Dam", "CA", Q),
    ("Middlesex County", "CA", A),
    ("Lucan", "CA", T, (43.18, -81.40)),
    ("Ilderton", "CA", T, (43.05, -81.43)),
    ("Oxford County", "CA", A),
    ("Woodstock", "CA", T, (43.13, -80.75)),
    ("Perth County", "CA", A),
    ("Highway 401", "CA", Q),
    ("Thamesville", "CA", T, (42.55, -81.98)),
    ("Chatham-Kent", "CA", N, (42.40, -82.19)),
    ("Lake St. Clair", "*", N),
    ("St. Thomas", "CA", T, (42.78, -81.19)),
    ("Kettle Creek", "CA", N),
    ("Port Stanley", "CA", T, (42.66, -81.21)),
    ("Lake Erie", "*", N),
])

add("c", """East-central Sask. farmers wrap up harvest weeks ahead of average

By Devin Sawatzky
Yorkton This Week

YORKTON — Combines were rolling into machine sheds across east-central Saskatchewan this week as a dry, warm October let farmers around Yorkton, Melville and Canora finish one of their earliest harvests in a decade.

The province's weekly crop report, released Thursday by the Ministry of Agriculture in Regina, said 97 per cent of the crop in the east-central region was in the bin, well ahead of the five-year average of 88 per cent. Yields of canola and spring wheat were slightly below average after a dry July, but grades were high.

"We were done Oct. 4, which I don't think has happened since my dad was farming," said Kyle Theodore, who grows canola, wheat and oats near Saltcoats. "The quality's there. The bushels, not so much."

Rainfall since May has been less than 60 per cent of normal north of Kamsack and around Preeceville and Sturgis, and producers near Theodore and Springside say pastures are in poor shape heading into winter.

Farther west, near Foam Lake and Wadena, some flax and lentils were still standing, the report said.

The dry fall has also sparked grass fires. Volunteer firefighters from Esterhazy and Langenburg spent two days last week on a fire that burned about 800 hectares near the Manitoba boundary, where farmers around Russell and Roblin report the same dry conditions, and a fire near Ituna destroyed a grain bin and two granaries.

Water levels in the Assiniboine River near Kamsack, the Qu'Appelle River south of Melville and Good Spirit Lake north of Yorkton are well below normal, and some ranchers are already hauling water to cattle. Several rural municipalities around Yorkton have asked Regina to extend a program that helps producers dig dugouts and wells.

Potash mines near Esterhazy and Rocanville are hiring for the winter, and a farm economist in Saskatoon said many younger producers will take off-farm work to cover lower yields.

The weather also helped fill the stands at Thursday's home opener, when the Yorkton Terriers beat the Melville Millionaires 4-2 in front of more than 1,900 fans.""", [
    ("Sask.", "CA", A),
    ("YORKTON", "CA", T, (51.21, -102.46)),
    ("Yorkton This Week", "-", N),
    ("Yorkton Terriers", "-", N),
    ("Yorkton", "CA", T, (51.21, -102.46)),
    ("Saskatchewan", "CA", A),
    ("Melville Millionaires", "-", N),
    ("Melville", "CA", T, (50.93, -102.81)),
    ("Canora", "CA", T, (51.63, -102.43)),
    ("Regina", "CA", T, (50.45, -104.61)),
    ("Theodore#1", "-", N),
    ("Theodore#2", "CA", T, (51.42, -102.92)),
    ("Saltcoats", "CA", T, (51.05, -102.17)),
    ("Kamsack", "CA", T, (51.57, -101.89)),
    ("Preeceville", "CA", T, (51.95, -102.67)),
    ("Sturgis", "CA", T, (51.94, -102.54)),
    ("Springside", "CA", T, (51.35, -102.74)),
    ("Foam Lake", "CA", T, (51.65, -103.53)),
    ("Wadena", "CA", T, (51.95, -103.80)),
    ("Esterhazy", "CA", T, (50.65, -102.08)),
    ("Langenburg", "CA", T, (50.84, -101.71)),
    ("Manitoba", "CA", A),
    ("Russell", "CA", T, (50.78, -101.28)),
    ("Roblin", "CA", T, (51.23, -101.36)),
    ("Ituna", "CA", T, (51.17, -103.50)),
    ("Assiniboine River", "CA", N),
    ("Qu'Appelle River", "CA", N),
    ("Good Spirit Lake", "CA", N, (51.52, -102.67)),
    ("Rocanville", "CA", T, (50.39, -101.70)),
    ("Saskatoon", "CA", T, (52.13, -106.67)),
])

add("c", """Malahat closed again after rock slide near Goldstream

By Nadia Kovac
Times Colonist

VICTORIA — The Malahat section of the Trans-Canada Highway was closed in both directions Tuesday after a rock slide near Goldstream Provincial Park, cutting the main road link between Greater Victoria and the rest of Vancouver Island for the second time this month.

B.C.'s Ministry of Transportation said geotechnical crews were assessing the slope above the highway and that the road would stay closed at least until Wednesday morning. RCMP officers turned traffic back at the Westshore Parkway in Langford and at Mill Bay.

Drivers heading to Duncan, Nanaimo and points north were told to use the Pacific Marine Circle Route through Sooke, Port Renfrew and Lake Cowichan, a trip of about four hours on narrow, winding roads.

BC Ferries added sailings on its Brentwood Bay–Mill Bay route, but the small ferry was full for most of the day, with lineups of more than two hours at both terminals. Some drivers took the long way round by ferry through Salt Spring Island to Crofton, and businesses in Cobble Hill, Chemainus and Ladysmith reported a quiet day.

"I left at 5 a.m. and got to work at 9:30," said Ian Duncan, who commutes from Shawnigan Lake to an office in downtown Victoria. "If this keeps happening, people are going to start moving back to town."

About 23,000 vehicles a day use the Malahat, many of them commuters between the Cowichan Valley and jobs in Langford, Colwood and Saanich. The highway was also closed for several days in November 2021, when an atmospheric river washed out sections of the road.

North Cowichan Mayor Rob Gallagher called on the province to speed up work on a permanent alternative. "Every time the Malahat closes, the whole south Island grinds to a halt," he said.

BC Ferries also added a late sailing between Swartz Bay and Tsawwassen on Tuesday night for commercial traffic heading to Vancouver and the mainland.

The Coho, which sails from Victoria's Inner Harbour to Port Angeles, Wash., was not affected.""", [
    ("VICTORIA", "CA", T, (48.43, -123.37)),
    ("Greater Victoria", "CA", N, (48.43, -123.37)),
    ("Victoria", "CA", T, (48.43, -123.37)),
    ("Malahat", "CA", N, (48.56, -123.56)),
    ("Trans-Canada Highway", "CA", Q),
    ("Goldstream Provincial Park", "CA", Q),
    ("Vancouver Island", "CA", N),
    ("B.C.", "CA", A),
    ("Westshore Parkway", "CA", Q),
    ("Langford", "CA", T, (48.45, -123.50)),
    ("Mill Bay", "CA", T, (48.65, -123.55)),
    ("Duncan#1", "CA", T, (48.78, -123.71)),
    ("Duncan#2", "-", N),
    ("Nanaimo", "CA", T, (49.17, -123.94)),
    ("Pacific Marine Circle Route", "CA", Q),
    ("Sooke", "CA", T, (48.38, -123.73)),
    ("Port Renfrew", "CA", T, (48.55, -124.42)),
    ("Lake Cowichan", "CA", T, (48.82, -124.05)),
    ("BC Ferries", "-", N),
    ("Brentwood Bay", "CA", T, (48.58, -123.46)),
    ("Salt Spring Island", "CA", N),
    ("Crofton", "CA", T, (48.86, -123.64)),
    ("Cobble Hill", "CA", T, (48.69, -123.60)),
    ("Chemainus", "CA", T, (48.92, -123.72)),
    ("Ladysmith", "CA", T, (48.99, -123.82)),
    ("Shawnigan Lake", "CA", T, (48.65, -123.63)),
    ("Cowichan Valley", "CA", N, (48.78, -123.80)),
    ("Colwood", "CA", T, (48.42, -123.49)),
    ("Saanich", "CA", N, (48.48, -123.38)),
    ("North Cowichan", "CA", N, (48.84, -123.72)),
    ("Island", "CA", Q),
    ("Swartz Bay", "CA", T, (48.69, -123.41)),
    ("Tsawwassen", "CA", T, (49.01, -123.09)),
    ("Vancouver", "CA", T, (49.25, -123.12)),
    ("Inner Harbour", "CA", Q),
    ("Port Angeles", "US", T, "US.WA"),
    ("Wash.", "US", A),
])

add("c", """Emergency warning as bushfire jumps Great Eastern Highway in Perth Hills

By Tom Fitzgerald
WAtoday

An emergency warning is in place for parts of Sawyers Valley, Mundaring and Chidlow in Perth's east after a fast-moving bushfire jumped Great Eastern Highway on Sunday afternoon.

The Department of Fire and Emergency Services said the fire started about 1.30pm near Sawyers Valley and was being pushed west towards Mundaring by strong easterly winds, with spot fires breaking out up to 500 metres ahead of the main front.

Residents in Mount Helena and Stoneville who were not prepared to defend their homes were told to leave immediately towards Midland.

"If you are in these areas and your plan is to leave, it may now be too late to leave safely," DFES incident controller Craig Wallace said.

Great Eastern Highway is closed in both directions between Mundaring and Wooroloo, and motorists heading to Northam and Kalgoorlie have been told to use Toodyay Road through Toodyay, or to wait at Bakers Hill. An evacuation centre has been opened at the Brown Park Recreation Centre in Swan View.

The area was devastated in February 2021 when the Wooroloo bushfire destroyed 86 homes in Wooroloo, Gidgegannup and Brigadoon. In January 2014, the Parkerville fire destroyed 57 homes in Parkerville, Stoneville and Mount Helena.

"People up here remember what happened in 2021 and 2014. Nobody is mucking around today," said Chidlow resident Dave Kerr, who had packed his car and was waiting at a friend's house in Midland.

The Bureau of Meteorology recorded 41.2C in Perth and 43C at Northam and York, with easterly gusts of up to 65km/h in the Hills.

A watch and act alert is also in place for a bushfire near Busselton in the South West, where water bombers and the large air tanker based at Busselton have been working since late morning.

Shire of Mundaring president Jill Marsden urged residents to keep their phones charged and check the Emergency WA website.

WA's Emergency Services Minister said the state had requested two more water bombers from the eastern states.""", [
    ("Great Eastern Highway", "AU", Q),
    ("Perth Hills", "AU", N, (-31.95, 116.10)),
    ("Sawyers Valley", "AU", T, (-31.90, 116.20)),
    ("Shire of Mundaring", "AU", A),
    ("Mundaring", "AU", T, (-31.90, 116.17)),
    ("Chidlow", "AU", T, (-31.86, 116.27)),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Mount Helena", "AU", T, (-31.87, 116.21)),
    ("Stoneville", "AU", T, (-31.87, 116.17)),
    ("Midland", "AU", T, (-31.89, 116.01)),
    ("Wooroloo", "AU", T, (-31.80, 116.31)),
    ("Northam", "AU", T, (-31.65, 116.67)),
    ("Kalgoorlie", "AU", T, (-30.75, 121.47)),
    ("Toodyay Road", "-", N),
    ("Toodyay", "AU", T, (-31.55, 116.47)),
    ("Bakers Hill", "AU", T, (-31.75, 116.45)),
    ("Swan View", "AU", T, (-31.88, 116.05)),
    ("Gidgegannup", "AU", T, (-31.79, 116.20)),
    ("Brigadoon", "AU", T, (-31.77, 116.07)),
    ("Parkerville", "AU", T, (-31.87, 116.14)),
    ("York", "AU", T, (-31.89, 116.77)),
    ("Hills", "AU", Q),
    ("Busselton", "AU", T, (-33.65, 115.35)),
    ("South West", "AU", N),
    ("Emergency WA", "AU", Q),
    ("WA", "AU", A),
])

add("c", """Lismore braces for third major flood in three years as Wilsons River rises

By Hamish Cole
ABC North Coast

The NSW SES has issued evacuation orders for North Lismore, South Lismore and parts of the Lismore CBD as the Wilsons River rises towards a predicted peak of 10.6 metres on Thursday morning.

More than 300 millimetres of rain has fallen in 48 hours at Dunoon and The Channon, north of Lismore, and 280mm at Nimbin, according to the Bureau of Meteorology.

The bureau is also forecasting moderate flooding on the Richmond River at Casino and Coraki, and major flooding at Woodburn, where the Pacific Highway could be cut by Thursday night. Minor flooding is expected on the Clarence River at Grafton.

"We know how traumatic this is for people who are still rebuilding," SES chief superintendent Kate Holloway said. "Please don't wait. If you are told to leave, leave."

In February 2022 the Wilsons River peaked at a record 14.4 metres in Lismore, more than two metres above the previous record, and thousands of homes across the Northern Rivers were inundated.

Mick Byron, who runs a cafe in South Lismore, said he had moved his stock and furniture upstairs on Tuesday afternoon. "I'm not waiting for anyone to knock on the door this time," he said.

Evacuation centres have opened at Southern Cross University in Lismore and at the showgrounds in Casino and Kyogle. Ballina council has opened sandbagging stations at Alstonville and Wardell, and Richmond Valley Council has opened one at Evans Head.

The Bruxner Highway is closed between Lismore and Casino, and the Summerland Way is cut north of Kyogle. Roads between Byron Bay and Mullumbimby were also cut on Wednesday morning.

Farther north, the bureau warned of flooding on the Tweed River at Murwillumbah, while across the border in Qld the Logan River is expected to break its banks south of Brisbane after falls of up to 250mm in the Gold Coast hinterland.

Lismore's mayor said the council was doing everything it could but that many residents were "exhausted and frightened". The Northern Rivers has had three major floods since February 2022.""", [
    ("ABC North Coast", "-", N),
    ("NSW", "AU", A),
    ("North Lismore", "AU", N, (-28.79, 153.27)),
    ("South Lismore", "AU", N, (-28.82, 153.26)),
    ("Lismore", "AU", T, (-28.81, 153.28)),
    ("Wilsons River", "AU", N),
    ("Dunoon", "AU", T, (-28.68, 153.32)),
    ("The Channon", "AU", T, (-28.67, 153.28)),
    ("Nimbin", "AU", T, (-28.60, 153.22)),
    ("Richmond River", "AU", N, (-28.90, 153.45)),
    ("Casino", "AU", T, (-28.86, 153.05)),
    ("Coraki", "AU", T, (-28.99, 153.29)),
    ("Woodburn", "AU", T, (-29.07, 153.34)),
    ("Pacific Highway", "AU", Q),
    ("Clarence River", "AU", N),
    ("Grafton", "AU", T, (-29.69, 152.93)),
    ("Northern Rivers", "AU", N),
    ("Byron Bay", "AU", T, (-28.64, 153.61)),
    ("Byron", "-", N),
    ("Southern Cross University", "-", N),
    ("Kyogle", "AU", T, (-28.62, 153.00)),
    ("Ballina", "AU", T, (-28.87, 153.56)),
    ("Alstonville", "AU", T, (-28.84, 153.44)),
    ("Wardell", "AU", T, (-28.95, 153.46)),
    ("Evans Head", "AU", T, (-29.12, 153.43)),
    ("Richmond Valley", "AU", A),
    ("Bruxner Highway", "AU", Q),
    ("Summerland Way", "AU", Q),
    ("Mullumbimby", "AU", T, (-28.55, 153.50)),
    ("Tweed River", "AU", N, (-28.25, 153.50)),
    ("Murwillumbah", "AU", T, (-28.33, 153.40)),
    ("Qld", "AU", A),
    ("Logan River", "AU", N),
    ("Brisbane", "AU", T, (-27.47, 153.03)),
    ("Gold Coast", "AU", T, (-28.00, 153.43)),
])

add("c", """Goldfields World Heritage bid lands in Paris as towns weigh the benefits

By Megan Cross
Bendigo Advertiser

The bid to have the Central Victorian Goldfields inscribed on the World Heritage List is now in the hands of UNESCO in Paris, after the federal government lodged the nomination on Friday.

The nomination, more than six years in the making, covers sites across 13 council areas, from Ballarat and Bendigo to Castlemaine, Maldon, Creswick, Clunes, Talbot, Maryborough, Dunolly, St Arnaud and Heathcote. A decision is expected when the World Heritage Committee meets in mid-2027.

Mount Alexander Shire mayor Helen Parry said a listing would put towns such as Castlemaine, Maldon and Chewton "on the map for visitors from around the world".

"People come to Victoria for Melbourne and the Great Ocean Road. We want them to come for the goldfields as well," she said.

The nomination gives prominence to the Chinese miners who arrived from Guangdong in the 1850s, many of them walking overland from Robe in South Australia to avoid a tax imposed on Chinese arrivals at Victorian ports. It also tells the story of the Dja Dja Wurrung and Wadawurrung peoples, traditional owners of much of the region, who are partners in the bid.

Ballarat's Sovereign Hill and the Eureka Stockade site are among the best-known places in the nomination, but organisers say the smaller towns stand to gain most.

Not everyone is convinced. Some business owners in Maryborough and Clunes worry about rising house prices and pressure on water supplies. "Look at what happened to Daylesford," said Clunes bookshop owner Peter Lindsay. "We want visitors, but we also want our kids to be able to afford to live here."

Central Goldfields Shire, which includes Maryborough and Dunolly, says the listing could bring 300 new jobs to the region within a decade.

Federal officials in Canberra said the Goldfields would become Australia's newest World Heritage property if the bid succeeds. The last Australian nomination, Murujuga in the Pilbara, was inscribed in 2025.""", [
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Central Victorian Goldfields", "AU", N),
    ("Ballarat", "AU", T, (-37.56, 143.85)),
    ("Bendigo Advertiser", "-", N),
    ("Bendigo", "AU", T, (-36.76, 144.28)),
    ("Castlemaine", "AU", T, (-37.07, 144.22)),
    ("Maldon", "AU", T, (-36.99, 144.07)),
    ("Clunes", "AU", T, (-37.30, 143.79)),
    ("Creswick", "AU", T, (-37.42, 143.89)),
    ("Talbot", "AU", T, (-37.17, 143.70)),
    ("Maryborough", "AU", T, (-37.05, 143.74)),
    ("Dunolly", "AU", T, (-36.86, 143.73)),
    ("St Arnaud", "AU", T, (-36.62, 143.26)),
    ("Heathcote", "AU", T, (-36.92, 144.71)),
    ("Mount Alexander Shire", "AU", A),
    ("Chewton", "AU", T, (-37.08, 144.26)),
    ("Victoria", "AU", A),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Great Ocean Road", "AU", Q),
    ("Chinese", "CN", Q),
    ("Guangdong", "CN", A),
    ("Robe", "AU", T, (-37.16, 139.76)),
    ("South Australia", "AU", A),
    ("Victorian", "AU", Q),
    ("Dja Dja Wurrung", "AU", Q),
    ("Wadawurrung", "AU", Q),
    ("Sovereign Hill", "AU", Q),
    ("Eureka Stockade", "AU", Q),
    ("Daylesford", "AU", T, (-37.34, 144.14)),
    ("Central Goldfields Shire", "AU", A),
    ("Canberra", "AU", T, (-35.28, 149.13)),
    ("Goldfields", "AU", N),
    ("Australia", "AU", C),
    ("Australian", "AU", Q),
    ("Murujuga", "AU", N),
    ("Pilbara", "AU", N),
])

add("c", """Cambridge to Piarere expressway work to start next year, NZTA confirms

By Mereana Walker
Waikato Times

HAMILTON — Construction of a 16-kilometre extension of the Waikato Expressway from Cambridge to Piarere will begin next year, the NZ Transport Agency has confirmed, after years of debate over one of the region's most dangerous stretches of State Highway 1.

The four-lane road will run south-east from the end of the expressway at Cambridge, bypassing the winding section above Lake Karāpiro, to a new roundabout at Piarere, where SH1 meets State Highway 29, the main route over the Kaimai Range to Tauranga.

"This is the missing link between the Waikato and the Bay of Plenty," NZTA regional manager Sarah Hamilton said. "More than 18,000 vehicles a day use this section, including a huge number of trucks."

Eleven people have died on the stretch between Cambridge and Piarere since 2015, many in head-on crashes near the Karāpiro dam.

Waipā Mayor Grant Whitaker said Cambridge residents had waited long enough. "Every family in this town has a story about that road," he said.

South Waikato's mayor welcomed the news but said the council wanted assurances that heavy traffic would not be pushed through Tīrau and Putāruru while the work was under way.

Rowing New Zealand, whose national training centre is on the lake, has been promised that construction noise and runoff will be kept away from the Waikato River during regattas.

For Hamilton, the completed expressway, including the Huntly bypass opened in 2020, has already cut travel times to Auckland to about 90 minutes, and business groups say the extension will do the same for freight heading to the Port of Tauranga and to Rotorua and Taupō.

Funding for the $1.1 billion project was confirmed in the national land transport programme announced in Wellington last month. Contractors from Te Awamutu, Tokoroa and Matamata are expected to be among the subcontractors, with up to 500 people working on the project at its peak. A separate upgrade of State Highway 23 between Hamilton and Raglan is due to finish next year.""", [
    ("Cambridge", "NZ", T, (-37.89, 175.47)),
    ("Piarere", "NZ", T, (-37.94, 175.68)),
    ("HAMILTON", "NZ", T, (-37.79, 175.28)),
    ("Hamilton#1", "-", N),
    ("Hamilton#2,3", "NZ", T, (-37.79, 175.28)),
    ("State Highway 23", "NZ", Q),
    ("Raglan", "NZ", T, (-37.80, 174.87)),
    ("Waikato Times", "-", N),
    ("Waikato Expressway", "NZ", Q),
    ("NZ", "NZ", C),
    ("State Highway 1", "NZ", Q),
    ("State Highway 29", "NZ", Q),
    ("SH1", "NZ", Q),
    ("Lake Karāpiro", "NZ", N),
    ("Karāpiro", "NZ", N, (-37.93, 175.54)),
    ("Kaimai Range", "NZ", N),
    ("Port of Tauranga", "NZ", Q),
    ("Tauranga", "NZ", T, (-37.69, 176.17)),
    ("Waikato River", "NZ", N),
    ("South Waikato", "NZ", A),
    ("Waikato", "NZ", A),
    ("Bay of Plenty", "NZ", A),
    ("Waipā", "NZ", A),
    ("Grant Whitaker", "-", N),
    ("Tīrau", "NZ", T, (-37.98, 175.76)),
    ("Putāruru", "NZ", T, (-38.05, 175.78)),
    ("Rowing New Zealand", "NZ", Q),
    ("Auckland", "NZ", T, (-36.85, 174.76)),
    ("Rotorua", "NZ", T, (-38.14, 176.25)),
    ("Taupō", "NZ", T, (-38.69, 176.08)),
    ("Wellington", "NZ", T, (-41.29, 174.78)),
    ("Te Awamutu", "NZ", T, (-38.01, 175.32)),
    ("Huntly", "NZ", T, (-37.56, 175.16)),
    ("Tokoroa", "NZ", T, (-38.22, 175.87)),
    ("Matamata", "NZ", T, (-37.81, 175.77)),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
