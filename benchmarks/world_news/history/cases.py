"""`history`: 40 held-out texts (about 150-350 words each) of history writing and historical
dispatches, as historians, encyclopedias, military archives and heritage sites publish them.

Written by a helper that read neither geomap's source (the rules) nor any other set's cases.py,
and that did not run geomap on these texts.

Genres:
- a (14): military history and dispatches: US Civil War reports and letters in the style of the
  Official Records (period state abbreviations "Tenn.", "Ga.", "Va.", "D. C."), the Napoleonic
  wars, the Boer War, the First and Second World Wars (war diaries with ALL-CAPS place names in
  the margin), Korea.
- b (13): encyclopedic history of towns, regions, empires, treaties, explorations, canals.
- c (13): heritage and local history features (museums, anniversaries, family histories,
  founding days, an obituary of a historian) as a newspaper or heritage site writes them today.

Conventions:
- Historical names of places that still exist ("Bombay", "Constantinople", "Königsberg",
  "Batavia", "Leningrad", "Salisbury" in Rhodesia, "Van Diemen's Land", "Formosa", "Ceylon",
  "New Amsterdam", "Kovno", "Leghorn") expect the modern place, with a (lat, lon) hint.
- Historical states, colonies and provinces that are gone ("Prussia", "the Ottoman Empire",
  "the Holy Roman Empire", "Rhodesia", "the Transvaal", "New Netherland", "the Soviet Union",
  "the Confederacy", "East Prussia") have country "*" and kind None.
- Rivers, creeks, bays, sounds, islands, mountains, ridges, passes, forts, battlefields' farms and
  hills have kind None (with a hint "River" where the gazetteer names a river so and a bare
  "the Tennessee" / "the Mississippi" could be read as the state).
- US cities carry (lat, lon) hints whenever the name exists elsewhere (Jackson, Richmond,
  Columbia, Rome, Louisville, Augusta...).
- Regiments, armies, departments, ships, people and titles named after places ("20th Maine",
  "Army of the Tennessee", "Duke of Wellington", "Lord Kitchener of Khartoum", "Battle of
  Britain", "Newfoundland Regiment") are listed with country "-".
- Demonyms and adjectives ("Prussian", "Confederate", "Japanese", "Yankees") are kind "?" with
  their country ("*" for historical states); organisations with a place in their name are "?"
  with the place's country.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- a: military history, dispatches

add("a", """HEADQUARTERS DEPARTMENT OF THE TENNESSEE,
Near Vicksburg, Miss., May 24, 1863.

Maj. Gen. H. W. Halleck,
General-in-Chief, Washington, D. C.:

GENERAL: I have the honor to report that this army crossed the Mississippi at Bruinsburg on the 30th ultimo, having moved down the west bank from Milliken's Bend through Richmond, La., to Hard Times. The enemy was met at Port Gibson on May 1 and driven across Bayou Pierre, and Grand Gulf was evacuated on the 3d.

Rather than wait for supplies from below, I cut loose from the river and moved northeast upon Jackson, the capital of the State. McPherson fought at Raymond on the 12th; on the 14th Jackson was carried by Sherman and McPherson, and Johnston retreated toward Canton. Turning west, we met Pemberton at Champion's Hill on the 16th and defeated him, and on the 17th drove his rear guard across the Big Black River at the railroad bridge. The garrison is now shut up within its works at Vicksburg.

The assaults of the 19th and 22d failed to carry the works, and the siege has been commenced in form. Our right rests on the river above the town, near the Walnut Hills, and our left below it at Warrenton. Sherman holds Haynes' Bluff and the line of the Yazoo, so that our supplies now come by that river from Memphis and Young's Point.

Re-enforcements from Tennessee and Kentucky should be sent without delay, as Johnston is gathering troops at Canton and may attempt to relieve the place by way of Mechanicsburg and the Yazoo country.

I am, general, very respectfully, your obedient servant,
U. S. GRANT,
Major-General.""", [
    ("DEPARTMENT OF THE TENNESSEE", "-", N),
    ("Vicksburg", "US", T, (32.35, -90.88)),
    ("Miss.", "US", A),
    ("Washington", "US", T, (38.90, -77.04)),
    ("D. C.", "US", A),
    ("Mississippi", "US", N, "River"),
    ("Bruinsburg", "US", N, (31.96, -91.15)),
    ("Milliken's Bend", "US", N, (32.43, -91.08)),
    ("Richmond", "US", N, (32.38, -91.18)),
    ("La.", "US", A),
    ("Hard Times", "US", N, (32.03, -91.20)),
    ("Port Gibson", "US", T, (31.96, -90.98)),
    ("Bayou Pierre", "US", N),
    ("Grand Gulf", "US", N, (32.03, -91.05)),
    ("Jackson", "US", T, (32.30, -90.18)),
    ("Raymond", "US", T, (32.26, -90.42)),
    ("Sherman", "-", N),
    ("McPherson", "-", N),
    ("Canton", "US", T, (32.61, -90.04)),
    ("Champion's Hill", "US", N, (32.32, -90.55)),
    ("Big Black River", "US", N),
    ("Walnut Hills", "US", N, (32.36, -90.87)),
    ("Warrenton", "US", N, (32.25, -90.93)),
    ("Haynes' Bluff", "US", N, (32.50, -90.80)),
    ("Yazoo", "US", N),
    ("Memphis", "US", T, (35.15, -90.05)),
    ("Young's Point", "US", N, (32.38, -91.02)),
    ("Tennessee", "US", A),
    ("Kentucky", "US", A),
    ("Mechanicsburg", "US", N, (32.53, -90.63)),
])

add("a", """HDQRS. MILITARY DIVISION OF THE MISSISSIPPI,
In the Field, Savannah, Ga., December 24, 1864.

Maj. Gen. H. W. Halleck,
Chief of Staff, Washington, D. C.:

GENERAL: The army under my command left Atlanta on the 15th of November, having first destroyed the railroads leading to Chattanooga and Macon and the depots and shops of that city. The right wing, under General Howard, moved by McDonough and Jackson toward Gordon, feigning upon Macon; the left, under General Slocum, moved by Decatur, Covington and Madison, threatening Augusta, and the two wings united at Milledgeville, the capital of the State, on the 23d.

From Milledgeville the columns moved by Sandersville, Louisville and Millen, destroying the Georgia Central Railroad as far as the Ogeechee. General Kilpatrick's cavalry demonstrated toward Waynesborough and kept Wheeler's horse busy on our left. On the 10th of December we invested the city from the Savannah River to the Ogeechee, and on the 13th Hazen's division carried Fort McAllister by assault, opening communication with the fleet in Ossabaw Sound.

Hardee evacuated the city on the night of the 20th, crossing into South Carolina by a pontoon bridge to Hutchinson's Island and the causeway beyond. We have taken some 25,000 bales of cotton and about 150 guns. The navy reports the Savannah River still obstructed below the town, but transports can reach us by way of Thunderbolt and Wassaw Sound.

I propose, as soon as the men are refitted, to march north through the Carolinas upon Columbia and thence toward Goldsborough, N. C., where I can be supplied from Wilmington and New Berne.

W. T. SHERMAN,
Major-General.""", [
    ("MILITARY DIVISION OF THE MISSISSIPPI", "-", N),
    ("Savannah", "US", T, (32.08, -81.10)),
    ("Savannah River", "US", N),
    ("Ga.", "US", A),
    ("Washington", "US", T, (38.90, -77.04)),
    ("D. C.", "US", A),
    ("Atlanta", "US", T, (33.75, -84.39)),
    ("Chattanooga", "US", T, (35.05, -85.31)),
    ("Macon", "US", T, (32.84, -83.63)),
    ("McDonough", "US", T, (33.45, -84.15)),
    ("Jackson", "US", T, (33.29, -83.97)),
    ("Gordon", "US", T, (32.88, -83.33)),
    ("Decatur", "US", T, (33.77, -84.30)),
    ("Covington", "US", T, (33.60, -83.86)),
    ("Madison", "US", T, (33.60, -83.47)),
    ("Augusta", "US", T, (33.47, -81.97)),
    ("Milledgeville", "US", T, (33.08, -83.23)),
    ("Sandersville", "US", T, (32.98, -82.81)),
    ("Louisville", "US", T, (33.00, -82.41)),
    ("Millen", "US", T, (32.80, -81.95)),
    ("Georgia Central Railroad", "US", Q),
    ("Ogeechee", "US", N),
    ("Waynesborough", "US", T, (33.09, -82.02)),
    ("Fort McAllister", "US", N, (31.89, -81.20)),
    ("Ossabaw Sound", "US", N),
    ("South Carolina", "US", A),
    ("Hutchinson's Island", "US", N, (32.09, -81.08)),
    ("Thunderbolt", "US", T, (32.03, -81.05)),
    ("Wassaw Sound", "US", N),
    ("Carolinas", "US", N),
    ("Columbia", "US", T, (34.00, -81.03)),
    ("Goldsborough", "US", T, (35.38, -77.99)),
    ("N. C.", "US", A),
    ("Wilmington", "US", T, (34.23, -77.94)),
    ("New Berne", "US", T, (35.11, -77.04)),
    ("SHERMAN", "-", N),
])

add("a", """Camp near Fredericksburg, Va.
December 18th, 1862

Dear Mother,
I take my pen in hand to let you know I am well and came through the late fight without a scratch, though the 18th Georgia lost heavy. We lay behind the stone wall at the foot of Marye's Heights and the Yankees came up from the town in line after line, and we shot them down until the field was blue with them. The enemy recrossed the Rappahannock on Monday night and is now back at Falmouth and on Stafford Heights across the river.

We marched here from Culpeper Court House in November, and before that we were over in Maryland at Sharpsburg, where Cobb's men got cut up bad. Tell Pa that Jim Harris of Cassville is wounded in the leg and was sent down to Richmond on the cars, and I think he will get home to Bartow County on furlough by Christmas. They say the Georgia regiments will winter near Guinea Station on the railroad to Richmond, or maybe go down to Petersburg or the coast of North Carolina.

Corn bread and bacon is all we get, but the boys found sugar and coffee in the houses on Caroline Street after the Yankees left. I saw Dick Fuller from Rome and he says the folks in Floyd County are all right and the mill is running. Give my love to Sister and tell her to write. Direct your letters to Co. B, 18th Georgia, Wofford's Brigade, Hood's Division, Army of Northern Virginia.

Your affectionate son,
William""", [
    ("Fredericksburg", "US", T, (38.30, -77.46)),
    ("Va.", "US", A),
    ("18th Georgia", "-", N),
    ("Marye's Heights", "US", N, (38.30, -77.47)),
    ("Yankees", "US", Q),
    ("Rappahannock", "US", N),
    ("Falmouth", "US", T, (38.32, -77.47)),
    ("Stafford Heights", "US", N, (38.31, -77.45)),
    ("Culpeper Court House", "US", T, (38.47, -78.00)),
    ("Maryland", "US", A),
    ("Sharpsburg", "US", T, (39.46, -77.75)),
    ("Cassville", "US", T, (34.24, -84.85)),
    ("Richmond", "US", T, (37.54, -77.44)),
    ("Bartow County", "US", A, (34.24, -84.84)),
    ("Georgia", "US", Q),
    ("Guinea Station", "US", N, (38.15, -77.37)),
    ("Petersburg", "US", T, (37.23, -77.40)),
    ("North Carolina", "US", A),
    ("Caroline Street", "US", Q),
    ("Rome", "US", T, (34.26, -85.16)),
    ("Floyd County", "US", A, (34.26, -85.21)),
    ("Army of Northern Virginia", "-", N),
])

add("a", """Waterloo, June 19th, 1815.

My Lord,
Buonaparte, having collected the 1st, 2d, 3d, 4th, and 6th corps of the French army, the Imperial Guards, and nearly all the cavalry, on the Sambre, and between that river and the Meuse, between the 10th and 14th of the month, advanced on the 15th and attacked the Prussian posts at Thuin and Lobbes, on the Sambre, at daylight in the morning.

The enemy drove the Prussian posts from the Sambre on that day; and General Zieten, who commanded the corps which had been at Charleroi, retired upon Fleurus, where Marshal Prince Blücher concentrated the Prussian army upon Sombref, holding the villages in front of his position of St. Amand and Ligny.

I had ordered the troops to march upon Les Quatre Bras, and the Prince of Orange had posted the 2d division of the army of the Netherlands at Frasne. On the 17th, the Prussian army having fallen back upon Wavre, I retired from Quatre Bras through Genappe upon Waterloo, and took up a position in front of the latter village, crossing the high roads of Charleroi and Nivelles, with our right thrown back to a ravine near Merke Braine, and our left extending to a height above the hamlet of Ter la Haye. We likewise occupied the house and gardens of Hougoumont, and the farm house of La Haye Sainte.

About seven in the evening, the Prussian corps under General Bülow having come up by Frischermont and Planchenois upon the enemy's flank, I determined to attack with the whole line, and the enemy was forced from his position and fled in the utmost confusion through Genappe toward Charleroi.

I hope that the army will march to-morrow toward Nivelles and the French frontier by Mons and Binche.

I have the honour to be, &c.
WELLINGTON.
Earl Bathurst.""", [
    ("Waterloo", "BE", T, (50.72, 4.40)),
    ("French", "FR", Q),
    ("Sambre", "*", N),
    ("Meuse", "*", N),
    ("Prussian", "*", Q),
    ("Thuin", "BE", T, (50.34, 4.29)),
    ("Lobbes", "BE", T, (50.35, 4.27)),
    ("Charleroi", "BE", T, (50.41, 4.44)),
    ("Fleurus", "BE", T, (50.48, 4.55)),
    ("Sombref", "BE", T, (50.53, 4.60)),
    ("St. Amand", "BE", N, (50.50, 4.56)),
    ("Ligny", "BE", T, (50.51, 4.58)),
    ("Les Quatre Bras", "BE", N, (50.57, 4.45)),
    ("Quatre Bras", "BE", N, (50.57, 4.45)),
    ("Prince of Orange", "-", N),
    ("Netherlands", "NL", C),
    ("Frasne", "BE", N, (50.55, 4.45)),
    ("Wavre", "BE", T, (50.72, 4.60)),
    ("Genappe", "BE", T, (50.61, 4.45)),
    ("Nivelles", "BE", T, (50.60, 4.33)),
    ("Merke Braine", "BE", N, (50.68, 4.37)),
    ("Ter la Haye", "BE", N, (50.68, 4.44)),
    ("Hougoumont", "BE", N, (50.67, 4.39)),
    ("La Haye Sainte", "BE", N, (50.68, 4.41)),
    ("Frischermont", "BE", N, (50.68, 4.45)),
    ("Planchenois", "BE", T, (50.66, 4.43)),
    ("Mons", "BE", T, (50.45, 3.95)),
    ("Binche", "BE", T, (50.41, 4.17)),
    ("WELLINGTON", "-", N),
    ("Earl Bathurst", "-", N),
])

add("a", """WAR DIARY - 1st Newfoundland Regiment, 88th Brigade, 29th Division

LOUVENCOURT, 24 June 1916. Bombardment of the enemy line from GOMMECOURT to MARICOURT commenced. Bn. in huts; working parties to the front line N. of the ANCRE.
ACHEUX, 28 June. Attack postponed 48 hours on account of wet weather. C.O. and company commanders reconnoitred the ground between AUCHONVILLERS and BEAUMONT HAMEL.
1 July. Bn. in St. John's Road support trench at zero. 8.45 a.m. ordered forward to attack enemy front line S. of BEAUMONT HAMEL, the first wave having failed. Advanced over the open under heavy machine-gun fire from Y Ravine and the high ground towards THIEPVAL; few reached the enemy wire. Casualties: 26 officers and 658 other ranks killed, wounded and missing.
ENGLEBELMER, 2 July. Bn. withdrawn and reorganised; strength 68 all ranks present. Messages of sympathy received from the Commander-in-Chief and from the Governor at St. John's.

Note appended by the battalion's historian, 1920: The Regiment had landed at Suvla Bay in September 1915, served on the Gallipoli peninsula until the evacuation, and came to France by way of Egypt and Marseilles in March 1916. After Beaumont Hamel it fought at Gueudecourt in October, at Monchy-le-Preux near Arras in April 1917, and at Passchendaele and Cambrai later that year, earning the title "Royal" from King George V. Its memorial park at Beaumont-Hamel, opened in 1925, is today cared for by Parks Canada, and July 1 is still kept as Memorial Day in Newfoundland and Labrador.""", [
    ("Newfoundland Regiment", "-", N),
    ("LOUVENCOURT", "FR", T, (50.09, 2.50)),
    ("GOMMECOURT", "FR", T, (50.14, 2.65)),
    ("MARICOURT", "FR", T, (49.98, 2.78)),
    ("ANCRE", "FR", N),
    ("ACHEUX", "FR", T, (50.07, 2.53)),
    ("AUCHONVILLERS", "FR", T, (50.08, 2.63)),
    ("BEAUMONT HAMEL", "FR", T, (50.08, 2.66)),
    ("St. John's Road", "-", N),
    ("Y Ravine", "FR", N, (50.07, 2.65)),
    ("THIEPVAL", "FR", T, (50.05, 2.69)),
    ("ENGLEBELMER", "FR", T, (50.05, 2.61)),
    ("St. John's", "CA", T, (47.56, -52.71)),
    ("Suvla Bay", "TR", N),
    ("Gallipoli", "TR", N),
    ("France", "FR", C),
    ("Egypt", "EG", C),
    ("Marseilles", "FR", T, (43.30, 5.37)),
    ("Beaumont Hamel", "FR", T, (50.08, 2.66)),
    ("Gueudecourt", "FR", T, (50.06, 2.84)),
    ("Monchy-le-Preux", "FR", T, (50.27, 2.89)),
    ("Arras", "FR", T, (50.29, 2.78)),
    ("Passchendaele", "BE", T, (50.90, 3.02)),
    ("Cambrai", "FR", T, (50.18, 3.23)),
    ("Beaumont-Hamel", "FR", T, (50.08, 2.66)),
    ("Parks Canada", "CA", Q),
    ("Newfoundland and Labrador", "CA", A),
])

add("a", """The East Prussian Offensive, January-April 1945

When the 3rd Belorussian Front under General Ivan Chernyakhovsky opened its attack on 13 January 1945, East Prussia had been German territory for most of seven centuries. The Soviet armies, many of them veterans of the battles for Leningrad and of the summer offensive that had taken Vilnius and Kaunas, faced a deep belt of fortifications along the line Tilsit-Gumbinnen-Angerburg.

Progress was slow. Tilsit fell on 20 January and Insterburg two days later, while Rokossovsky's 2nd Belorussian Front, striking north from the Narew bridgeheads in Poland, reached the Baltic near Elbing on 26 January and cut East Prussia off from the rest of the Reich. Hundreds of thousands of civilians fled across the frozen Vistula Lagoon to the Frische Nehrung and on to Danzig and Gotenhafen, whence the navy carried them west; the liner Wilhelm Gustloff, sunk off Stolp on 30 January, was one of many ships lost.

Memel, besieged since October, was abandoned on 28 January. Chernyakhovsky was killed near Mehlsack in February, and Marshal Vasilevsky took command for the final assault on Königsberg. After a four-day bombardment the fortress city surrendered on 9 April; General Otto Lasch, its commander, was condemned to death in absentia by Hitler. The last pocket, on the Samland peninsula around Pillau, was cleared by 25 April.

At Potsdam that summer the northern part of the province, including Königsberg, was assigned to the Soviet Union and the south to Poland. The German population was expelled, and in 1946 the city was renamed Kaliningrad; Insterburg became Chernyakhovsk, Tilsit became Sovetsk and Pillau Baltiysk.""", [
    ("East Prussian", "*", Q),
    ("Belorussian", "BY", Q),
    ("East Prussia", "*", N),
    ("German", "DE", Q),
    ("Soviet", "*", Q),
    ("Leningrad", "RU", T, (59.94, 30.31)),
    ("Vilnius", "LT", T, (54.69, 25.28)),
    ("Kaunas", "LT", T, (54.90, 23.90)),
    ("Tilsit", "RU", T, (55.08, 21.88)),
    ("Gumbinnen", "RU", T, (54.60, 22.20)),
    ("Angerburg", "PL", T, (54.21, 21.74)),
    ("Insterburg", "RU", T, (54.63, 21.81)),
    ("Narew", "*", N),
    ("Poland", "PL", C),
    ("Baltic", "*", N),
    ("Elbing", "PL", T, (54.16, 19.40)),
    ("Reich", "DE", Q),
    ("Vistula Lagoon", "*", N),
    ("Frische Nehrung", "*", N),
    ("Danzig", "PL", T, (54.35, 18.65)),
    ("Gotenhafen", "PL", T, (54.52, 18.53)),
    ("Wilhelm Gustloff", "-", N),
    ("Stolp", "PL", T, (54.46, 17.03)),
    ("Memel", "LT", T, (55.71, 21.13)),
    ("Mehlsack", "PL", T, (54.24, 20.13)),
    ("Königsberg", "RU", T, (54.71, 20.51)),
    ("Samland", "RU", N, (54.85, 20.30)),
    ("Pillau", "RU", T, (54.64, 19.91)),
    ("Potsdam", "DE", T, (52.40, 13.07)),
    ("Soviet Union", "*", N),
    ("Kaliningrad", "RU", T, (54.71, 20.51)),
    ("Chernyakhovsk", "RU", T, (54.63, 21.81)),
    ("Sovetsk", "RU", T, (55.08, 21.88)),
    ("Baltiysk", "RU", T, (54.64, 19.91)),
])

add("a", """1st Marine Division at the Chosin Reservoir, November-December 1950

After the landing at Inchon on 15 September and the recapture of Seoul, the 1st Marine Division was re-embarked and carried around the peninsula to Wonsan on the east coast, where it came ashore unopposed on 26 October; the town had already been taken by South Korean troops advancing up the coast road. X Corps then ordered the division north from Hamhung toward the Chosin Reservoir and the Yalu River, the frontier with Manchuria.

The division's road ran 78 miles from the port of Hungnam through Hamhung and Chinhung-ni, then climbed the Funchilin Pass to the plateau at Koto-ri and on to Hagaru-ri at the southern tip of the reservoir. The 5th and 7th Marines pushed west over Toktong Pass to Yudam-ni, while an Army task force of the 7th Infantry Division held the east shore.

On the night of 27 November, with temperatures falling to twenty below zero, the Chinese 9th Army Group attacked in strength all along the reservoir. Ordered to withdraw, the two regiments fought their way back from Yudam-ni to Hagaru-ri, reaching it on 4 December, where engineers had hacked out an airstrip to fly out the wounded. The breakout continued to Koto-ri, and bridge sections dropped by Air Force C-119s carried the column across the gap at the Funchilin Pass.

By 11 December the last units were inside the Hungnam perimeter, and from there some 105,000 troops and nearly 100,000 Korean refugees were taken off by sea to Pusan before the port facilities were blown on Christmas Eve. The Marines called the campaign the "Frozen Chosin"; Korean maps, then and now, name the reservoir Changjin.""", [
    ("Chosin Reservoir", "KP", N, (40.45, 127.25)),
    ("Inchon", "KR", T, (37.46, 126.71)),
    ("Seoul", "KR", T, (37.57, 126.98)),
    ("Wonsan", "KP", T, (39.15, 127.44)),
    ("South Korean", "KR", Q),
    ("Hamhung", "KP", T, (39.92, 127.54)),
    ("Yalu River", "*", N),
    ("Manchuria", "CN", N),
    ("Hungnam", "KP", T, (39.83, 127.62)),
    ("Chinhung-ni", "KP", N, (40.18, 127.37)),
    ("Funchilin Pass", "KP", N, (40.22, 127.30)),
    ("Koto-ri", "KP", N, (40.28, 127.30)),
    ("Hagaru-ri", "KP", N, (40.38, 127.25)),
    ("Toktong Pass", "KP", N, (40.42, 127.18)),
    ("Yudam-ni", "KP", N, (40.48, 127.11)),
    ("Chinese", "CN", Q),
    ("Korean", "KR|KP", Q),
    ("Pusan", "KR", T, (35.10, 129.04)),
    ("Frozen Chosin", "-", N),
    ("Changjin", "KP", N, (40.45, 127.25)),
])

add("a", """The Siege of Kut-al-Amara, 1915-16

The Mesopotamian campaign began as a small operation to protect the installations of the Anglo-Persian Oil Company at Abadan. In November 1914 a brigade of the 6th (Poona) Division, shipped from Bombay, landed at the head of the Persian Gulf and occupied Basra, and in the following year the force pushed up the Tigris to Qurna and Amara and up the Euphrates to Nasiriyah.

Encouraged by these easy successes, the Government of India allowed Major-General Charles Townshend to advance on Baghdad. He took Kut in September 1915 and marched on to Ctesiphon, some twenty miles short of the city, where on 22 November he met the Ottoman army under Nureddin Pasha. The battle cost him a third of his force, and he fell back down the river through Aziziyah to Kut, arriving on 3 December.

Kut lies in a loop of the Tigris, and Townshend chose to stand there. The Turks, from December advised by the German field marshal Colmar von der Goltz, invested the town and beat off every relief attempt of the Tigris Corps: at Sheikh Saad in January, at Hanna, at the Dujaila Redoubt in March, and at Sannaiyat in April. An attempt to run the steamer Julnar through with supplies failed, and on 29 April 1916 Townshend surrendered with some 13,000 men. Most of the rank and file were marched north to Mosul and on across the Taurus Mountains into Anatolia, and more than half did not survive captivity.

The disaster led to a reorganisation of the campaign under the War Office in London. Under General Stanley Maude the British took back Kut in February 1917 and entered Baghdad on 11 March.""", [
    ("Kut-al-Amara", "IQ", T, (32.51, 45.82)),
    ("Mesopotamian", "IQ", Q),
    ("Anglo-Persian Oil Company", "IR", Q),
    ("Abadan", "IR", T, (30.34, 48.30)),
    ("Poona", "-", N),
    ("Bombay", "IN", T, (19.07, 72.88)),
    ("Persian Gulf", "*", N),
    ("Basra", "IQ", T, (30.51, 47.81)),
    ("Tigris", "*", N),
    ("Tigris Corps", "-", N),
    ("Qurna", "IQ", T, (31.01, 47.43)),
    ("Amara", "IQ", T, (31.84, 47.14)),
    ("Euphrates", "*", N),
    ("Nasiriyah", "IQ", T, (31.05, 46.26)),
    ("India", "IN", C),
    ("Baghdad", "IQ", T, (33.34, 44.40)),
    ("Kut", "IQ", T, (32.51, 45.82)),
    ("Ctesiphon", "IQ", N, (33.09, 44.58)),
    ("Ottoman", "*", Q),
    ("Aziziyah", "IQ", T, (32.91, 45.06)),
    ("Turks", "TR", Q),
    ("German", "DE", Q),
    ("Sheikh Saad", "IQ", N, (32.56, 46.28)),
    ("Hanna", "IQ", N, (32.50, 46.10)),
    ("Dujaila Redoubt", "IQ", N, (32.40, 45.95)),
    ("Sannaiyat", "IQ", N, (32.55, 46.05)),
    ("Mosul", "IQ", T, (36.34, 43.13)),
    ("Taurus Mountains", "TR", N),
    ("Anatolia", "TR", N),
    ("London", "GB", T, (51.51, -0.13)),
    ("British", "GB", Q),
])

add("a", """HDQRS. DEPARTMENT AND ARMY OF THE CUMBERLAND,
Chattanooga, Tenn., December 1, 1863.

Brig. Gen. L. THOMAS,
Adjutant-General U. S. Army, Washington, D. C.:

GENERAL: When I assumed command on October 19 the army was nearly starved; the only road open to our depots at Bridgeport, Ala., and Stevenson ran sixty miles over Walden's Ridge by way of the Sequatchie Valley. On the 27th Hazen's brigade floated down the Tennessee past the enemy's pickets under Lookout Mountain and seized Brown's Ferry, while Hooker's column advanced from Bridgeport through Lookout Valley; the enemy's night attack at Wauhatchie was repulsed, and the river was opened to Kelley's Ferry.

On November 23 Granger's and Palmer's corps carried Orchard Knob. On the 24th Hooker, crossing Lookout Creek, drove the enemy from the northern slope of Lookout Mountain, and Sherman, having crossed the Tennessee above the mouth of the South Chickamauga, established himself on the north end of Missionary Ridge. On the 25th the troops of the center stormed the ridge, while Hooker moved by Rossville Gap upon the enemy's left. The enemy retreated by Chickamauga Station and Graysville toward Ringgold, Ga., where his rear guard checked the pursuit on the 27th at Taylor's Ridge, and thence on Dalton.

General Sherman has been sent with the Eleventh Corps and his own command to relieve Knoxville, now besieged by Longstreet, marching by Cleveland and Loudon. The railroad from Nashville is being repaired, and I expect the cars to run through to this place within ten days.

I am, general, very respectfully, your obedient servant,
GEO. H. THOMAS,
Major-General, U. S. Volunteers, Commanding.""", [
    ("ARMY OF THE CUMBERLAND", "-", N),
    ("Chattanooga", "US", T, (35.05, -85.31)),
    ("Tenn.", "US", A),
    ("U. S. Army", "US", Q),
    ("U. S. Volunteers", "US", Q),
    ("Washington", "US", T, (38.90, -77.04)),
    ("D. C.", "US", A),
    ("Bridgeport", "US", T, (34.95, -85.71)),
    ("Ala.", "US", A),
    ("Stevenson", "US", T, (34.87, -85.84)),
    ("Walden's Ridge", "US", N),
    ("Sequatchie Valley", "US", N),
    ("Tennessee", "US", N, "River"),
    ("Lookout Mountain", "US", N, (35.00, -85.35)),
    ("Brown's Ferry", "US", N, (35.04, -85.36)),
    ("Lookout Valley", "US", N, (35.02, -85.38)),
    ("Wauhatchie", "US", N, (35.01, -85.39)),
    ("Kelley's Ferry", "US", N, (35.03, -85.45)),
    ("Orchard Knob", "US", N, (35.04, -85.28)),
    ("Lookout Creek", "US", N),
    ("Sherman", "-", N),
    ("South Chickamauga", "US", N),
    ("Missionary Ridge", "US", N, (35.02, -85.26)),
    ("Rossville Gap", "US", N, (34.99, -85.28)),
    ("Chickamauga Station", "US", N, (35.02, -85.20)),
    ("Graysville", "US", T, (34.97, -85.15)),
    ("Ringgold", "US", T, (34.92, -85.11)),
    ("Ga.", "US", A),
    ("Taylor's Ridge", "US", N),
    ("Dalton", "US", T, (34.77, -84.97)),
    ("Knoxville", "US", T, (35.96, -83.92)),
    ("Cleveland", "US", T, (35.16, -84.88)),
    ("Loudon", "US", T, (35.73, -84.33)),
    ("Nashville", "US", T, (36.17, -86.78)),
])

add("a", """From Our Special Correspondent
WITH FOURTEENTH ARMY, BURMA, March 21, 1945

Mandalay is ours. After twelve days of fighting in the streets and round the walls of Fort Dufferin, troops of the 19th Indian Division this afternoon hoisted the Union Jack over the old palace of the Burmese kings, and the last Japanese defenders slipped away southward through the moat under cover of darkness.

The fall of Mandalay crowns a campaign that began a year ago on the hills around Imphal and Kohima, when the Japanese Fifteenth Army crossed the Chindwin and tried to break into Assam and cut the railway to Dimapur. Since December General Slim's divisions have crossed the Chindwin at Kalewa and Sittaung, swept across the dry plain of central Burma to Shwebo and Monywa, and forced the Irrawaddy at half a dozen places between Thabeikkyin and Pakokku. While the enemy's attention was fixed on Mandalay, a mechanised column struck south-east from Nyaungu to Meiktila, the road and rail centre on which the whole Japanese front depended, and took it on March 3.

From Meiktila the road runs south through Pyawbwe and Toungoo to Pegu and Rangoon, and there is every hope that the race for the capital can be won before the monsoon breaks in May. On the Arakan coast, XV Corps has taken Akyab and Ramree Island, whose airfields will supply the advance. At Admiral Mountbatten's headquarters in Kandy, Ceylon, and in Calcutta and Delhi, the mood is one of cautious confidence.""", [
    ("BURMA", "MM", C),
    ("Burma", "MM", C),
    ("Mandalay", "MM", T, (21.97, 96.08)),
    ("Fort Dufferin", "MM", N, (21.99, 96.09)),
    ("Indian", "IN", Q),
    ("Burmese", "MM", Q),
    ("Japanese", "JP", Q),
    ("Imphal", "IN", T, (24.81, 93.94)),
    ("Kohima", "IN", T, (25.67, 94.11)),
    ("Chindwin", "MM", N),
    ("Assam", "IN", A),
    ("Dimapur", "IN", T, (25.91, 93.73)),
    ("Kalewa", "MM", T, (23.20, 94.30)),
    ("Sittaung", "MM", T, (24.15, 94.68)),
    ("Shwebo", "MM", T, (22.57, 95.70)),
    ("Monywa", "MM", T, (22.11, 95.14)),
    ("Irrawaddy", "MM", N),
    ("Thabeikkyin", "MM", T, (22.89, 95.98)),
    ("Pakokku", "MM", T, (21.33, 95.08)),
    ("Nyaungu", "MM", T, (21.20, 94.91)),
    ("Meiktila", "MM", T, (20.88, 95.86)),
    ("Pyawbwe", "MM", T, (20.59, 96.05)),
    ("Toungoo", "MM", T, (18.94, 96.43)),
    ("Pegu", "MM", T, (17.34, 96.48)),
    ("Rangoon", "MM", T, (16.80, 96.16)),
    ("Arakan", "MM", A),
    ("Akyab", "MM", T, (20.15, 92.90)),
    ("Ramree Island", "MM", N),
    ("Kandy", "LK", T, (7.29, 80.63)),
    ("Ceylon", "LK", N),
    ("Calcutta", "IN", T, (22.57, 88.36)),
    ("Delhi", "IN", T, (28.65, 77.23)),
])

add("a", """From Field-Marshal Lord Roberts to the Secretary of State for War.
Army Headquarters, Bloemfontein, 15th March, 1900.

My Lord,
I have the honour to report that on the 11th February the force under my command, concentrated at Modder River Station and Ramdam, began its advance into the Orange Free State. The infantry crossed the Riet River at Waterval Drift and De Kiel's Drift, and General French's cavalry division, pressing on to the Modder at Klip Drift, rode into Kimberley on the evening of the 15th, relieving the town after a siege of 124 days.

General Cronje, finding his communications with Bloemfontein threatened, abandoned his entrenchments at Magersfontein and moved eastward along the Modder, but was brought to bay at Paardeberg Drift, where he surrendered with some 4,000 men on the 27th February, the anniversary of the reverse at Majuba Hill. On the following day General Buller's force entered Ladysmith, and Natal was freed of the enemy.

The advance on the capital of the Orange Free State was resumed on the 7th March. The enemy's position at Poplar Grove was turned, and on the 10th his force at Driefontein was driven from its ground. President Steyn having left for Kroonstad, Bloemfontein was surrendered to me on the 13th March.

I wish to bring to your Lordship's notice the invaluable assistance rendered throughout by my Chief of the Staff, Major-General Lord Kitchener of Khartoum. The railway to the Cape Colony by Norvals Pont is being repaired, and I hope shortly to open communication with Colonel Baden-Powell at Mafeking and to advance upon Pretoria through the Transvaal.

I have the honour to be, my Lord,
Your obedient Servant,
ROBERTS, Field-Marshal.""", [
    ("Bloemfontein", "ZA", T, (-29.12, 26.21)),
    ("Modder River Station", "ZA", N, (-29.04, 24.63)),
    ("Ramdam", "ZA", N, (-29.20, 24.90)),
    ("Orange Free State", "*", N),
    ("Riet River", "ZA", N),
    ("Waterval Drift", "ZA", N),
    ("De Kiel's Drift", "ZA", N),
    ("Modder", "ZA", N),
    ("Klip Drift", "ZA", N),
    ("General French's", "-", N),
    ("Kimberley", "ZA", T, (-28.73, 24.76)),
    ("Magersfontein", "ZA", N, (-28.96, 24.70)),
    ("Paardeberg Drift", "ZA", N, (-29.00, 25.10)),
    ("Majuba Hill", "ZA", N, (-27.46, 29.84)),
    ("Ladysmith", "ZA", T, (-28.56, 29.78)),
    ("Natal", "ZA", A),
    ("Poplar Grove", "ZA", N),
    ("Driefontein", "ZA", N, (-29.02, 25.75)),
    ("Kroonstad", "ZA", T, (-27.65, 27.23)),
    ("Lord Kitchener of Khartoum", "-", N),
    ("Cape Colony", "*", N),
    ("Norvals Pont", "ZA", T, (-30.64, 25.45)),
    ("Mafeking", "ZA", T, (-25.85, 25.64)),
    ("Pretoria", "ZA", T, (-25.75, 28.19)),
    ("Transvaal", "*", N),
])

add("a", """Field Hospital near Gettysburg, Pa.
July 6, 1863

Dear Father,
I suppose you have seen by the Portland papers that the 20th Maine has been in a hard fight, and I write to tell you I am safe but for a cut on the hand. We left our camp near Falmouth, Va., on the 13th of June and came north by way of Dumfries, Fairfax Court House and Aldie, crossed the Potomac at Edwards Ferry on the 26th and marched through Frederick, Md., to Union Mills and Hanover, Pa., thirty miles some days in the heat and dust.

On the afternoon of July 2 we were hurried up and put on the extreme left of the army, on a rocky hill they call Little Round Top. Col. Chamberlain told us we must hold it at all hazards. The 15th Alabama came at us five or six times through the woods, and when our cartridges were about gone the colonel ordered the bayonet and we swept them down the hill.

Our loss was 125 killed and wounded out of 386. George Washburn of Brunswick was killed, and Sam Hodgdon of Bangor lost an arm. Today the army is moving south after Lee, who is said to be making for Williamsport and the river crossing into Virginia.

Tell Mother I am well and have a good appetite. Write to me at the regiment, 3d Brigade, 1st Division, 5th Corps, Army of the Potomac, by way of Washington.

Your son,
Charles""", [
    ("Gettysburg", "US", T, (39.83, -77.23)),
    ("Pa.", "US", A),
    ("Portland", "US", T, (43.66, -70.26)),
    ("20th Maine", "-", N),
    ("Falmouth", "US", T, (38.32, -77.47)),
    ("Va.", "US", A),
    ("Dumfries", "US", T, (38.57, -77.33)),
    ("Fairfax Court House", "US", T, (38.85, -77.31)),
    ("Aldie", "US", T, (38.98, -77.64)),
    ("Potomac", "US", N),
    ("Army of the Potomac", "-", N),
    ("Edwards Ferry", "US", N, (39.10, -77.47)),
    ("Frederick", "US", T, (39.41, -77.41)),
    ("Md.", "US", A),
    ("Union Mills", "US", T, (39.67, -77.00)),
    ("Hanover", "US", T, (39.80, -76.98)),
    ("Little Round Top", "US", N, (39.79, -77.24)),
    ("15th Alabama", "-", N),
    ("Brunswick", "US", T, (43.91, -69.96)),
    ("Bangor", "US", T, (44.80, -68.78)),
    ("Lee", "-", N),
    ("Williamsport", "US", T, (39.60, -77.82)),
    ("Virginia", "US", A),
    ("Washington", "US", T, (38.90, -77.04)),
])

add("a", """The Retreat from Moscow, 1812

Napoleon's Grande Armée, more than 450,000 strong, crossed the Niemen at Kovno on 24 June 1812 and entered Vilna four days later. The Russian armies of Barclay de Tolly and Bagration fell back before it, joined hands at Smolensk in early August, and abandoned that city after two days' fighting. At Borodino, some seventy miles west of Moscow, Kutuzov offered battle on 7 September; the bloodiest single day of the Napoleonic wars ended with the Russians withdrawing in good order.

The French entered Moscow on 14 September and found it all but deserted; within hours fires broke out that burned for days. Napoleon waited five weeks for a peace offer from St Petersburg that never came, and on 19 October ordered the evacuation. His attempt to retire by the southern road through Kaluga was blocked at Maloyaroslavets on 24 October, and the army was forced back onto the devastated route it had come by, through Mozhaisk, Vyazma and Dorogobuzh.

The first snow fell on 6 November. At Smolensk the magazines were plundered in a day; at Krasnoi the columns were cut up in detail, and Marshal Ney's rearguard fought its way across the frozen Dnieper with only 800 men. The crossing of the Berezina at Studenka, north of Borisov, on 26-29 November saved the Emperor and his staff but not the thousands of stragglers left on the east bank. Napoleon left the army at Smorgoni on 5 December and raced by sledge through Warsaw and Dresden to Paris, which he reached on 18 December. When the remnants recrossed the Niemen at Kovno in mid-December, fewer than 40,000 were still under arms.""", [
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Niemen", "*", N),
    ("Kovno", "LT", T, (54.90, 23.90)),
    ("Vilna", "LT", T, (54.69, 25.28)),
    ("Russian", "RU", Q),
    ("Russians", "RU", Q),
    ("Smolensk", "RU", T, (54.78, 32.04)),
    ("Borodino", "RU", T, (55.52, 35.82)),
    ("French", "FR", Q),
    ("St Petersburg", "RU", T, (59.94, 30.31)),
    ("Kaluga", "RU", T, (54.53, 36.27)),
    ("Maloyaroslavets", "RU", T, (55.01, 36.46)),
    ("Mozhaisk", "RU", T, (55.51, 36.03)),
    ("Vyazma", "RU", T, (55.21, 34.30)),
    ("Dorogobuzh", "RU", T, (54.92, 33.31)),
    ("Krasnoi", "RU", T, (54.56, 31.43)),
    ("Dnieper", "*", N),
    ("Berezina", "BY", N),
    ("Studenka", "BY", T, (54.33, 28.35)),
    ("Borisov", "BY", T, (54.23, 28.50)),
    ("Smorgoni", "BY", T, (54.48, 26.40)),
    ("Warsaw", "PL", T, (52.23, 21.01)),
    ("Dresden", "DE", T, (51.05, 13.74)),
    ("Paris", "FR", T, (48.86, 2.35)),
])

add("a", """34th Infantry Division: Operations in Italy, January-June 1944
(prepared by the Division historical section, 1945)

After the conquest of Sicily, the landing at Salerno in September 1943 and the capture of Naples on 1 October, Fifth Army fought its way north across the Volturno and through the mountains in the worst autumn weather in memory. By mid-January 1944 it stood before the Gustav Line, anchored on the Garigliano, the Rapido and the massif of Monte Cassino, which barred the Liri Valley and Highway 6 to Rome.

On 22 January VI Corps landed at Anzio and Nettuno, sixty miles behind the line. The 36th Division's attempt to cross the Rapido near Sant'Angelo in Teodice on 20-22 January failed with heavy loss. The 34th Division crossed the river north of Cassino on 24 January and in three weeks' fighting in snow and rain reached the heights above the town and the approaches to the monastery. The division was relieved by the 4th Indian and 2nd New Zealand Divisions in mid-February, and the abbey was destroyed by bombing on the 15th.

In March the 34th was shipped from Naples to the Anzio beachhead. On 23 May the breakout began toward Cisterna and Valmontone; Cassino had fallen to the Polish Corps on the 18th, and the two fronts joined near Borgo Grappa on 25 May. Rome was entered on 4 June, two days before the landings in Normandy. The division pressed on to Civitavecchia, Leghorn and the Arno.""", [
    ("Italy", "IT", C),
    ("Sicily", "IT", A),
    ("Salerno", "IT", T, (40.68, 14.77)),
    ("Naples", "IT", T, (40.85, 14.27)),
    ("Volturno", "IT", N),
    ("Garigliano", "IT", N),
    ("Rapido", "IT", N),
    ("Monte Cassino", "IT", N, (41.49, 13.81)),
    ("Cassino", "IT", T, (41.49, 13.83)),
    ("Liri Valley", "IT", N),
    ("Rome", "IT", T, (41.89, 12.51)),
    ("Anzio", "IT", T, (41.45, 12.63)),
    ("Nettuno", "IT", T, (41.46, 12.66)),
    ("Sant'Angelo in Teodice", "IT", N, (41.46, 13.79)),
    ("Indian", "IN", Q),
    ("New Zealand", "NZ", Q),
    ("Cisterna", "IT", T, (41.59, 12.83)),
    ("Valmontone", "IT", T, (41.78, 12.92)),
    ("Polish", "PL", Q),
    ("Borgo Grappa", "IT", T, (41.39, 12.95)),
    ("Normandy", "FR", A),
    ("Civitavecchia", "IT", T, (42.09, 11.79)),
    ("Leghorn", "IT", T, (43.55, 10.31)),
    ("Arno", "IT", N),
])

# ---------------------------------------------------------------- b: encyclopedic history

add("b", """History of Mumbai

Mumbai, known in English as Bombay until 1995, is the capital of the Indian state of Maharashtra. The city stands on what was once an archipelago of seven islands: Colaba, Old Woman's Island, Bombay Island, Mazagaon, Parel, Worli and Mahim. Koli fishing communities lived there long before the islands came under the sultans of Gujarat in the fourteenth century.

In 1534 Sultan Bahadur Shah ceded the islands to Portugal by the Treaty of Bassein, and the Portuguese governed them from the fort at Bassein on the mainland to the north. In 1661 they passed to England as part of the dowry of Catherine of Braganza on her marriage to Charles II, who in 1668 leased them to the East India Company for ten pounds a year. The Company moved the headquarters of its western presidency from Surat to Bombay in 1687. Salsette, Thane and Bassein remained Portuguese until the Marathas took them in 1737-39; they came into British hands in 1774 and 1817.

Between 1782 and 1845 a series of causeways and reclamations, beginning with the Hornby Vellard at Worli, joined the islands into a single landmass. On 16 April 1853 the first passenger train in India ran from Bori Bunder to Thane, and the line was soon carried over the Western Ghats towards Poona. The American Civil War, which cut off Lancashire's mills from the cotton of the southern United States, brought a boom in Bombay cotton, and the opening of the Suez Canal in 1869 made the city the chief port of western India and the "Gateway of India" for travellers from London and Aden.""", [
    ("Mumbai", "IN", T, (19.07, 72.88)),
    ("Bombay", "IN", T, (19.07, 72.88)),
    ("Indian", "IN", Q),
    ("Maharashtra", "IN", A),
    ("Colaba", "IN", N, (18.91, 72.81)),
    ("Old Woman's Island", "IN", N, (18.91, 72.81)),
    ("Bombay Island", "IN", N, (18.95, 72.83)),
    ("Mazagaon", "IN", N, (18.97, 72.84)),
    ("Parel", "IN", N, (19.00, 72.84)),
    ("Worli", "IN", N, (19.01, 72.82)),
    ("Mahim", "IN", N, (19.04, 72.84)),
    ("Gujarat", "IN", A),
    ("Treaty of Bassein", "-", N),
    ("Portugal", "PT", C),
    ("Portuguese", "PT", Q),
    ("Bassein", "IN", T, (19.33, 72.81)),
    ("England", "GB", A),
    ("Catherine of Braganza", "-", N),
    ("Surat", "IN", T, (21.17, 72.83)),
    ("Salsette", "IN", N, (19.15, 72.90)),
    ("Thane", "IN", T, (19.20, 72.97)),
    ("British", "GB", Q),
    ("Hornby Vellard", "IN", Q),
    ("India", "IN", C),
    ("Bori Bunder", "IN", N, (18.94, 72.84)),
    ("Western Ghats", "IN", N),
    ("Poona", "IN", T, (18.52, 73.86)),
    ("American", "US", Q),
    ("Lancashire", "GB", A),
    ("United States", "US", C),
    ("Suez Canal", "EG", N),
    ("London", "GB", T, (51.51, -0.13)),
    ("Aden", "YE", T, (12.78, 45.04)),
    ("Gateway of India", "IN", Q),
    ("English", "GB", Q),
    ("Marathas", "IN", Q),
    ("East India Company", "*", Q),
])

add("b", """Peace of Westphalia

The Peace of Westphalia is the collective name for the treaties signed in October 1648 in the Westphalian cities of Osnabrück and Münster, which ended the Thirty Years' War in the Holy Roman Empire and the Eighty Years' War between Spain and the Dutch Republic. Negotiations began in 1643: the emperor and the Catholic powers met the French delegation at Münster, while the Protestant estates and the Swedes met at Osnabrück, some thirty miles to the north-east.

By the Treaty of Münster of January 1648 Spain recognised the independence of the United Provinces. Under the Treaty of Osnabrück, Sweden received Western Pomerania with Stettin and the mouth of the Oder, the port of Wismar and the secularised bishoprics of Bremen and Verden, which gave it control of the mouths of the Elbe and the Weser and a seat in the Imperial Diet. France kept the bishoprics of Metz, Toul and Verdun, held since 1552, and gained most of the Habsburg lands in Alsace, together with the fortress of Breisach on the east bank of the Rhine.

Brandenburg obtained Eastern Pomerania, Magdeburg and Halberstadt, the foundation of the later power of Prussia. Bavaria kept the Upper Palatinate and its electoral vote, while the Lower Palatinate with Heidelberg was restored to the son of the "Winter King", Frederick V. The independence of the Swiss Confederation from the Empire was formally acknowledged. The Peace is often cited as the origin of the modern system of sovereign states in Europe, though historians now stress how much of the old imperial order it left in place.""", [
    ("Peace of Westphalia", "-", N),
    ("Westphalian", "DE", Q),
    ("Osnabrück", "DE", T, (52.27, 8.05)),
    ("Münster", "DE", T, (51.96, 7.63)),
    ("Holy Roman Empire", "*", N),
    ("Spain", "ES", C),
    ("Dutch Republic", "*", N),
    ("French", "FR", Q),
    ("Swedes", "SE", Q),
    ("Treaty of Münster", "-", N),
    ("United Provinces", "*", N),
    ("Treaty of Osnabrück", "-", N),
    ("Sweden", "SE", C),
    ("Western Pomerania", "*", N),
    ("Stettin", "PL", T, (53.43, 14.55)),
    ("Oder", "*", N),
    ("Wismar", "DE", T, (53.89, 11.47)),
    ("Bremen", "DE", T, (53.08, 8.80)),
    ("Verden", "DE", T, (52.92, 9.23)),
    ("Elbe", "*", N),
    ("Weser", "DE", N),
    ("France", "FR", C),
    ("Metz", "FR", T, (49.12, 6.18)),
    ("Toul", "FR", T, (48.68, 5.89)),
    ("Verdun", "FR", T, (49.16, 5.38)),
    ("Alsace", "FR", A),
    ("Breisach", "DE", T, (48.03, 7.58)),
    ("Rhine", "*", N),
    ("Brandenburg", "DE", A),
    ("Eastern Pomerania", "PL", N),
    ("Habsburg", "-", N),
    ("Magdeburg", "DE", T, (52.13, 11.62)),
    ("Halberstadt", "DE", T, (51.90, 11.05)),
    ("Prussia", "*", N),
    ("Bavaria", "DE", A),
    ("Upper Palatinate", "DE", A),
    ("Lower Palatinate", "DE", N),
    ("Heidelberg", "DE", T, (49.41, 8.69)),
    ("Swiss Confederation", "CH", C),
    ("Europe", "*", N),
])

add("b", """Lewis and Clark Expedition

The Lewis and Clark Expedition (1804-1806), officially the Corps of Discovery, was the first American expedition to cross the western portion of the United States. President Thomas Jefferson commissioned it shortly after the Louisiana Purchase of 1803 to explore the new territory and find a practical route to the Pacific Ocean.

Meriwether Lewis had the expedition's keelboat built at Pittsburgh and brought it down the Ohio River in the autumn of 1803, picking up William Clark at Clarksville, opposite Louisville. The party wintered at Camp Dubois, on the Illinois side of the Mississippi, and set out up the Missouri River from St. Charles on 21 May 1804. Passing the mouth of the Platte and the future sites of Omaha and Sioux City, it reached the villages of the Mandan and Hidatsa on the Knife River in October and built Fort Mandan, in present-day North Dakota, for the winter.

In April 1805 the Corps continued up the Missouri, portaged around the Great Falls in what is now Montana, and reached the Three Forks, naming its branches the Jefferson, Madison and Gallatin. With Shoshone horses obtained through Sacagawea, the party crossed the Continental Divide at Lemhi Pass and the Bitterroot Mountains by the Lolo Trail, then descended the Clearwater, Snake and Columbia rivers by canoe. It sighted the Pacific in November 1805 and wintered at Fort Clatsop, near present-day Astoria, Oregon. On the return the captains divided to explore the Marias and Yellowstone rivers, reunited below the mouth of the Yellowstone, and reached St. Louis on 23 September 1806.""", [
    ("American", "US", Q),
    ("United States", "US", C),
    ("Louisiana Purchase", "US", Q),
    ("Pacific Ocean", "*", N),
    ("Pacific", "*", N),
    ("Pittsburgh", "US", T, (40.44, -80.00)),
    ("Ohio River", "US", N),
    ("Clarksville", "US", T, (38.30, -85.76)),
    ("Louisville", "US", T, (38.25, -85.76)),
    ("Camp Dubois", "US", N, (38.80, -90.12)),
    ("Illinois", "US", A),
    ("Mississippi", "US", N, "River"),
    ("Missouri River", "US", N),
    ("Missouri", "US", N, "River"),
    ("St. Charles", "US", T, (38.78, -90.48)),
    ("Platte", "US", N),
    ("Omaha", "US", T, (41.26, -95.94)),
    ("Sioux City", "US", T, (42.50, -96.40)),
    ("Knife River", "US", N),
    ("Fort Mandan", "US", N, (47.30, -101.09)),
    ("North Dakota", "US", A),
    ("Great Falls", "US", N, (47.55, -111.20)),
    ("Montana", "US", A),
    ("Three Forks", "US", N, (45.92, -111.50)),
    ("Jefferson#2", "US", N),
    ("Jefferson#1", "-", N),
    ("Mandan", "-", N),
    ("Madison", "US", N),
    ("Gallatin", "US", N),
    ("Shoshone", "US", Q),
    ("Continental Divide", "*", N),
    ("Lemhi Pass", "US", N, (44.97, -113.45)),
    ("Bitterroot Mountains", "US", N),
    ("Lolo Trail", "US", N),
    ("Clearwater", "US", N),
    ("Snake", "US", N),
    ("Columbia", "US", N),
    ("Fort Clatsop", "US", N, (46.13, -123.88)),
    ("Astoria", "US", T, (46.19, -123.83)),
    ("Oregon", "US", A),
    ("Marias", "US", N),
    ("Yellowstone", "US", N),
    ("St. Louis", "US", T, (38.63, -90.20)),
])

add("b", """Batavia

Batavia was the capital of the Dutch East Indies and the Asian headquarters of the Dutch East India Company (VOC); the city is now Jakarta, the capital of Indonesia. In 1619 the Company's governor-general Jan Pieterszoon Coen stormed the town of Jayakarta at the mouth of the Ciliwung River on the north coast of Java, drove out the forces of the Sultan of Banten and built a fortified town on its ruins, named after the Batavi, the ancient tribe of the Netherlands.

From Batavia the Company controlled a trading network that stretched from the Cape of Good Hope to Nagasaki. Cloves and nutmeg came from Ambon and the Banda Islands in the Moluccas, pepper from Sumatra and Banten, cinnamon from Ceylon, which the Dutch took from the Portuguese between 1638 and 1658, and silk and porcelain through the post at Fort Zeelandia on Formosa until Koxinga expelled the Dutch in 1662. After the capture of Malacca in 1641 and of Makassar on Celebes in 1669, the Company dominated the sea lanes of the archipelago. Return fleets sailed each year for Amsterdam and Middelburg, calling at Cape Town, founded as a refreshment station in 1652.

The city's canals, laid out on the model of Amsterdam, became breeding grounds of malaria, and in the eighteenth century Batavia earned the name "graveyard of the Europeans". In 1740 some 10,000 Chinese residents were massacred. After the VOC was dissolved in 1799 the colony passed to the Dutch state; it was occupied by the British from 1811 to 1816, when Stamford Raffles governed Java, and by Japan from 1942 to 1945. The name Jakarta was restored in 1942, and in 1949 the city became the capital of independent Indonesia.""", [
    ("Batavia", "ID", T, (-6.17, 106.83)),
    ("Dutch East Indies", "*", N),
    ("Asian", "*", Q),
    ("Dutch East India Company", "NL", Q),
    ("Dutch", "NL", Q),
    ("Jakarta", "ID", T, (-6.17, 106.83)),
    ("Indonesia", "ID", C),
    ("Jayakarta", "ID", T, (-6.13, 106.81)),
    ("Ciliwung River", "ID", N),
    ("Java", "ID", N),
    ("Banten", "ID", N),
    ("Batavi", "NL", Q),
    ("Netherlands", "NL", C),
    ("Cape of Good Hope", "ZA", N),
    ("Nagasaki", "JP", T, (32.75, 129.88)),
    ("Ambon", "ID", T, (-3.70, 128.18)),
    ("Banda Islands", "ID", N),
    ("Moluccas", "ID", N),
    ("Sumatra", "ID", N),
    ("Ceylon", "LK", N),
    ("Portuguese", "PT", Q),
    ("Fort Zeelandia", "TW", N, (23.00, 120.16)),
    ("Formosa", "TW", N),
    ("Malacca", "MY", T, (2.19, 102.25)),
    ("Makassar", "ID", T, (-5.14, 119.42)),
    ("Celebes", "ID", N),
    ("Amsterdam", "NL", T, (52.37, 4.89)),
    ("Middelburg", "NL", T, (51.50, 3.61)),
    ("Cape Town", "ZA", T, (-33.93, 18.42)),
    ("Europeans", "*", Q),
    ("Chinese", "CN", Q),
    ("British", "GB", Q),
    ("Stamford Raffles", "-", N),
    ("Japan", "JP", C),
])

add("b", """Constantinople

Constantinople was the capital of the Roman, later Byzantine, Empire from 330 and of the Ottoman Empire from 1453 to 1922; the city has been officially known as Istanbul since 1930. It stands on the European shore of the Bosporus where the strait opens into the Sea of Marmara, on a promontory between the Golden Horn and the sea, facing Üsküdar, the ancient Chrysopolis, on the Asian shore.

The Greek colony of Byzantium was founded here by settlers from Megara in the seventh century BC. Constantine the Great refounded it as his new capital in 324-330, and Theodosius II enclosed it with the land walls that ran from the Golden Horn to the Marmara and held off besiegers for a thousand years. In 1204 the armies of the Fourth Crusade, carried by the fleet of Venice, sacked the city; the Byzantines recovered it from their exile at Nicaea in 1261, while the Genoese held the suburb of Galata across the Golden Horn.

By 1400 the Ottomans, whose capital had moved from Bursa to Adrianople, held almost all of Anatolia and Thrace around the city. Mehmed II built the fortress of Rumeli Hisarı on the Bosporus in 1452 and took Constantinople on 29 May 1453 after a siege of seven weeks, making it the seat of an empire that would reach from Buda to Basra.

After the First World War the city was occupied by British, French and Italian troops. The nationalist government at Angora made that city the capital of the Republic of Turkey in 1923, and the Treaty of Lausanne left Constantinople and eastern Thrace to Turkey.""", [
    ("Constantinople", "TR", T, (41.01, 28.97)),
    ("Roman", "*", Q),
    ("Byzantine", "*", Q),
    ("Ottoman Empire", "*", N),
    ("Istanbul", "TR", T, (41.01, 28.97)),
    ("European", "*", Q),
    ("Bosporus", "TR", N),
    ("Sea of Marmara", "TR", N),
    ("Marmara", "TR", N),
    ("Golden Horn", "TR", N),
    ("Üsküdar", "TR", T, (41.02, 29.02)),
    ("Chrysopolis", "TR", N, (41.02, 29.02)),
    ("Asian", "*", Q),
    ("Greek", "GR", Q),
    ("Byzantium", "TR", N, (41.01, 28.97)),
    ("Megara", "GR", T, (38.00, 23.34)),
    ("Venice", "IT", T, (45.44, 12.33)),
    ("Byzantines", "*", Q),
    ("Nicaea", "TR", T, (40.43, 29.72)),
    ("Genoese", "IT", Q),
    ("Galata", "TR", N, (41.02, 28.97)),
    ("Ottomans", "*", Q),
    ("Bursa", "TR", T, (40.19, 29.06)),
    ("Adrianople", "TR", T, (41.68, 26.56)),
    ("Anatolia", "TR", N),
    ("Thrace", "*", N),
    ("Rumeli Hisarı", "TR", N, (41.08, 29.06)),
    ("Buda", "HU", T, (47.50, 19.04)),
    ("Basra", "IQ", T, (30.51, 47.81)),
    ("British", "GB", Q),
    ("French", "FR", Q),
    ("Italian", "IT", Q),
    ("Angora", "TR", T, (39.93, 32.86)),
    ("Treaty of Lausanne", "-", N),
    ("Turkey", "TR", C),
])

add("b", """Van Diemen's Land

Van Diemen's Land was the name used by Europeans for the island of Tasmania until 1856. The Dutch navigator Abel Tasman, sailing from Batavia on a voyage for the Dutch East India Company, sighted its west coast on 24 November 1642 and named it after Anthony van Diemen, the governor-general of the Dutch East Indies. Tasman anchored off the east coast near what is now Blackman Bay before sailing on to New Zealand, and the island was not visited again by Europeans until Marion Dufresne landed in 1772.

In 1798 George Bass and Matthew Flinders sailed through the strait between the island and the mainland, proving that it was separate from New Holland. Fearing French designs, the government of New South Wales sent Lieutenant John Bowen to found a settlement at Risdon Cove on the Derwent River in September 1803; the next year Colonel David Collins moved it downstream to Sullivans Cove, the site of Hobart. A second settlement was founded in 1804 at Port Dalrymple, on the Tamar River in the north, from which Launceston grew.

Van Diemen's Land became a separate colony in 1825. Between 1803 and 1853 about 75,000 convicts were transported there, the worst offenders to the penal stations at Macquarie Harbour, Maria Island and Port Arthur on the Tasman Peninsula. The "Black War" of the late 1820s and the removal of the surviving Aboriginal people to Flinders Island in Bass Strait devastated the island's first inhabitants. Settlers from the colony crossed the strait to found Melbourne on Port Phillip in 1835, the beginning of the colony of Victoria. Transportation ended in 1853, and three years later the island took the name Tasmania to shed the convict stain.""", [
    ("Van Diemen's Land", "AU", N),
    ("Europeans", "*", Q),
    ("Tasmania", "AU", N),
    ("Dutch", "NL", Q),
    ("Abel Tasman", "-", N),
    ("Anthony van Diemen", "-", N),
    ("Tasman#2", "-", N),
    ("Batavia", "ID", T, (-6.17, 106.83)),
    ("Dutch East India Company", "NL", Q),
    ("Dutch East Indies", "*", N),
    ("Blackman Bay", "AU", N),
    ("New Zealand", "NZ", C),
    ("George Bass", "-", N),
    ("Matthew Flinders", "-", N),
    ("New Holland", "AU", N),
    ("French", "FR", Q),
    ("New South Wales", "AU", A),
    ("Risdon Cove", "AU", N),
    ("Derwent River", "AU", N),
    ("Sullivans Cove", "AU", N),
    ("Hobart", "AU", T, (-42.88, 147.33)),
    ("Port Dalrymple", "AU", N),
    ("Tamar River", "AU", N),
    ("Launceston", "AU", T, (-41.44, 147.14)),
    ("Macquarie Harbour", "AU", N),
    ("Maria Island", "AU", N),
    ("Port Arthur", "AU", T, (-43.15, 147.85)),
    ("Tasman Peninsula", "AU", N),
    ("Aboriginal", "AU", Q),
    ("Flinders Island", "AU", N),
    ("Bass Strait", "AU", N),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Port Phillip", "AU", N),
    ("Victoria", "AU", A),
])

add("b", """Berlin Conference

The Berlin Conference of 1884-85, also known as the Congo Conference, regulated European colonisation and trade in Africa. Convened by Otto von Bismarck at the request of Portugal, it met in Berlin from 15 November 1884 to 26 February 1885. Fourteen states were represented: Germany, Austria-Hungary, Belgium, Denmark, France, the United Kingdom, Italy, the Netherlands, Portugal, Russia, Spain, Sweden-Norway, the Ottoman Empire and the United States.

The immediate issue was the basin of the Congo River, where King Leopold II of the Belgians, through his International Association, had acquired treaties along the river from Banana to Stanley Pool, where Léopoldville was founded in 1881, and where Pierre Savorgnan de Brazza had planted the French flag on the north bank at what became Brazzaville. Portugal, supported by Britain, claimed the mouth of the river on the strength of its old possessions in Angola. The General Act recognised the Congo Free State as Leopold's personal domain, declared free navigation on the Congo and the Niger, and laid down that a power claiming a coast must notify the others and establish "effective occupation".

In the following fifteen years almost the whole continent was partitioned. Germany, which had already proclaimed protectorates over South West Africa, Togoland and Kamerun in 1884, added German East Africa, ruled from Dar es Salaam; Britain secured Kenya, Uganda and the Niger delta around Lagos; France built an empire from Dakar to Lake Chad and across to Madagascar. Only Ethiopia, which defeated an Italian army at Adwa in 1896, and Liberia remained independent. Rivalries came to a head in 1898, when a French column from Brazzaville met Kitchener's army at Fashoda on the White Nile in southern Sudan.""", [
    ("Berlin Conference", "-", N),
    ("Congo Conference", "-", N),
    ("European", "*", Q),
    ("Africa", "*", N),
    ("Otto von Bismarck", "-", N),
    ("Portugal", "PT", C),
    ("Berlin", "DE", T, (52.52, 13.40)),
    ("Germany", "DE", C),
    ("Austria-Hungary", "*", N),
    ("Belgium", "BE", C),
    ("Denmark", "DK", C),
    ("France", "FR", C),
    ("United Kingdom", "GB", C),
    ("Italy", "IT", C),
    ("Netherlands", "NL", C),
    ("Russia", "RU", C),
    ("Spain", "ES", C),
    ("Sweden-Norway", "*", N),
    ("Ottoman Empire", "*", N),
    ("United States", "US", C),
    ("Congo River", "*", N),
    ("Belgians", "BE", Q),
    ("Banana", "CD", T, (-6.01, 12.40)),
    ("Stanley Pool", "*", N),
    ("Léopoldville", "CD", T, (-4.32, 15.31)),
    ("French", "FR", Q),
    ("Brazzaville", "CG", T, (-4.27, 15.28)),
    ("Britain", "GB", C),
    ("Angola", "AO", C),
    ("Congo Free State", "*", N),
    ("Congo", "*", N),
    ("Niger", "*", N),
    ("Niger delta", "NG", N),
    ("South West Africa", "*", N),
    ("Togoland", "*", N),
    ("Kamerun", "*", N),
    ("German East Africa", "*", N),
    ("Dar es Salaam", "TZ", T, (-6.82, 39.27)),
    ("Kenya", "KE", C),
    ("Uganda", "UG", C),
    ("Lagos", "NG", T, (6.45, 3.39)),
    ("Dakar", "SN", T, (14.69, -17.44)),
    ("Lake Chad", "*", N),
    ("Madagascar", "MG", C),
    ("Ethiopia", "ET", C),
    ("Italian", "IT", Q),
    ("Adwa", "ET", T, (14.16, 38.90)),
    ("Liberia", "LR", C),
    ("Kitchener", "-", N),
    ("Fashoda", "SS", T, (9.88, 32.11)),
    ("White Nile", "*", N),
    ("Sudan", "SD|SS", C),
])

add("b", """Erie Canal

The Erie Canal is a canal in New York State that connects the Hudson River at Albany with Lake Erie at Buffalo, a distance of 363 miles. Proposed in 1808 and championed by Governor DeWitt Clinton, whose critics called it "Clinton's Ditch", it was begun at Rome on 4 July 1817 and opened along its full length on 26 October 1825, when Clinton travelled by canal boat from Buffalo to New York City and poured a keg of Lake Erie water into the Atlantic off Sandy Hook.

The route followed the Mohawk River west from Cohoes and Schenectady through Utica to Rome, crossed the low country north of the Finger Lakes by Syracuse and Montezuma, and climbed the Niagara Escarpment at Lockport by a flight of five double locks. The Genesee River was carried over the canal on an aqueduct at Rochester. Branch canals soon linked the main line to Lake Ontario at Oswego, to Lake Champlain, and to the Seneca and Cayuga lakes.

The canal cut freight rates between Buffalo and New York City by some 90 percent, made New York the country's leading port, and opened the Great Lakes region to settlement. Towns along the route, among them Rochester and Syracuse, boomed, and migrants from New England and later from Ireland and Germany poured westward into Ohio, Michigan, Indiana and Illinois, while grain from the Midwest flowed east through Chicago and Cleveland. The canal was enlarged between 1836 and 1862 and superseded by the New York State Barge Canal in 1918; its surviving sections now form part of the Erie Canalway National Heritage Corridor.""", [
    ("Erie Canal", "US", N),
    ("New York State", "US", A),
    ("Hudson River", "US", N),
    ("Albany", "US", T, (42.65, -73.76)),
    ("Lake Erie", "*", N),
    ("Buffalo", "US", T, (42.89, -78.88)),
    ("DeWitt Clinton", "-", N),
    ("Clinton's Ditch", "US", Q),
    ("Clinton#3", "-", N),
    ("Rome", "US", T, (43.21, -75.46)),
    ("New York City", "US", T, (40.71, -74.01)),
    ("Atlantic", "*", N),
    ("Sandy Hook", "US", N, (40.46, -74.01)),
    ("Mohawk River", "US", N),
    ("Cohoes", "US", T, (42.77, -73.70)),
    ("Schenectady", "US", T, (42.81, -73.94)),
    ("Utica", "US", T, (43.10, -75.23)),
    ("Finger Lakes", "US", N),
    ("Syracuse", "US", T, (43.05, -76.15)),
    ("Montezuma", "US", T, (43.01, -76.70)),
    ("Niagara Escarpment", "*", N),
    ("Lockport", "US", T, (43.17, -78.69)),
    ("Genesee River", "US", N),
    ("Rochester", "US", T, (43.16, -77.61)),
    ("Lake Ontario", "*", N),
    ("Oswego", "US", T, (43.46, -76.51)),
    ("Lake Champlain", "*", N),
    ("Seneca", "US", N),
    ("Cayuga", "US", N),
    ("New York", "US", T, (40.71, -74.01)),
    ("Great Lakes", "*", N),
    ("New England", "US", N),
    ("Ireland", "IE", C),
    ("Germany", "DE", C),
    ("Ohio", "US", A),
    ("Michigan", "US", A),
    ("Indiana", "US", A),
    ("Illinois", "US", A),
    ("Midwest", "US", N),
    ("Chicago", "US", T, (41.88, -87.63)),
    ("Cleveland", "US", T, (41.50, -81.69)),
    ("New York State Barge Canal", "US", N),
    ("Erie Canalway National Heritage Corridor", "US", Q),
])

add("b", """Leningrad, 1941-1944

Leningrad, now Saint Petersburg, was blockaded by the armies of Nazi Germany and Finland for 872 days, from 8 September 1941 to 27 January 1944. Army Group North advanced from East Prussia through the Baltic states after the invasion of 22 June 1941, took Pskov and Novgorod, and on 8 September captured Shlisselburg at the source of the Neva on Lake Ladoga, cutting the last land route into the city. Finnish forces, having recovered the Karelian Isthmus, halted near the old border north of the city and on the Svir River east of Ladoga.

German troops occupied Pushkin, Peterhof and the Pulkovo Heights within sight of the city, while the naval base at Kronstadt, on Kotlin Island in the Gulf of Finland, held out. Supplies could reach the city only by boat across Lake Ladoga from Novaya Ladoga and Kobona and, once the lake froze in November 1941, by the ice road known as the "Road of Life". The German capture of Tikhvin on 8 November cut the railway to the Ladoga shore, but the Red Army retook the town in December. Hundreds of thousands died of hunger and cold in the winter of 1941-42; many of the dead lie in the Piskarevskoye cemetery.

In January 1943 Operation Iskra opened a narrow land corridor south of the lake, along which a railway was laid to Shlisselburg. The blockade was finally lifted in January 1944 by the Leningrad-Novgorod offensive, which drove the Germans back towards Narva and Luga. The city was named a Hero City in 1945 and reverted to its pre-revolutionary name of Saint Petersburg in 1991; the surrounding region keeps the name Leningrad Oblast.""", [
    ("Leningrad", "RU", T, (59.94, 30.31)),
    ("Saint Petersburg", "RU", T, (59.94, 30.31)),
    ("Germany", "DE", C),
    ("Finland", "FI", C),
    ("East Prussia", "*", N),
    ("Baltic states", "*", N),
    ("Pskov", "RU", T, (57.82, 28.33)),
    ("Novgorod", "RU", T, (58.52, 31.27)),
    ("Shlisselburg", "RU", T, (59.94, 31.03)),
    ("Neva", "RU", N),
    ("Lake Ladoga", "RU", N),
    ("Finnish", "FI", Q),
    ("Karelian Isthmus", "RU", N),
    ("Svir River", "RU", N),
    ("Ladoga", "RU", N),
    ("German", "DE", Q),
    ("Pushkin", "RU", T, (59.72, 30.41)),
    ("Peterhof", "RU", T, (59.88, 29.91)),
    ("Pulkovo Heights", "RU", N, (59.77, 30.32)),
    ("Kronstadt", "RU", T, (60.00, 29.77)),
    ("Kotlin Island", "RU", N),
    ("Gulf of Finland", "*", N),
    ("Novaya Ladoga", "RU", T, (60.10, 32.30)),
    ("Kobona", "RU", T, (60.00, 31.56)),
    ("Road of Life", "RU", Q),
    ("Tikhvin", "RU", T, (59.64, 33.51)),
    ("Piskarevskoye cemetery", "RU", Q),
    ("Leningrad-Novgorod offensive", "-", N),
    ("Germans", "DE", Q),
    ("Narva", "EE", T, (59.38, 28.19)),
    ("Luga", "RU", T, (58.74, 29.85)),
    ("Leningrad Oblast", "RU", A),
])

add("b", """Formosa under Dutch, Zheng and Qing rule

Taiwan was long known in the West as Formosa, from the Portuguese Ilha Formosa, "beautiful island". In 1624 the Dutch East India Company, having been driven from the Pescadores by a Ming fleet, built Fort Zeelandia on a sandbar at Tayouan, in present-day Anping, Tainan, and from it governed the fertile plains of the south-west. The Spanish occupied the north, building forts at Keelung in 1626 and at Tamsui in 1628, until the Dutch expelled them in 1642.

In 1661 the Ming loyalist Zheng Chenggong, known in the West as Koxinga, sailed from Amoy and Kinmen with some 25,000 men. After a nine-month siege the Dutch governor Frederick Coyett surrendered Fort Zeelandia in February 1662, and the island became the base of the Zheng family's resistance to the Qing. In 1683 the Qing admiral Shi Lang defeated the Zheng fleet off the Pescadores, and Taiwan was annexed as a prefecture of Fujian province, governed from Tainan.

Immigration from southern Fujian and eastern Guangdong grew steadily despite official restrictions. Taiwan was made a province in its own right in 1885, with its capital at Taipei. Ten years later, after China's defeat in the war with Japan, the island and the Pescadores were ceded to Japan by the Treaty of Shimonoseki, and under the Japanese governor-general in Taihoku, as Taipei was then called, the ports of Keelung and Takao were modernised. After 1945 the island was handed to the Republic of China, whose government withdrew there from Nanjing in 1949.""", [
    ("Formosa", "TW", N),
    ("Dutch", "NL", Q),
    ("Taiwan", "TW", N),
    ("Portuguese", "PT", Q),
    ("Ilha Formosa", "TW", N),
    ("Dutch East India Company", "NL", Q),
    ("Pescadores", "TW", N),
    ("Fort Zeelandia", "TW", N, (23.00, 120.16)),
    ("Tayouan", "TW", N, (23.00, 120.16)),
    ("Anping", "TW", T, (23.00, 120.16)),
    ("Tainan", "TW", T, (22.99, 120.21)),
    ("Spanish", "ES", Q),
    ("Keelung", "TW", T, (25.13, 121.74)),
    ("Tamsui", "TW", T, (25.17, 121.44)),
    ("Amoy", "CN", T, (24.48, 118.09)),
    ("Kinmen", "TW", N, (24.44, 118.33)),
    ("Frederick Coyett", "-", N),
    ("Fujian", "CN", A),
    ("Guangdong", "CN", A),
    ("Taipei", "TW", T, (25.05, 121.53)),
    ("China", "CN", C),
    ("Japan", "JP", C),
    ("Treaty of Shimonoseki", "-", N),
    ("Japanese", "JP", Q),
    ("Taihoku", "TW", T, (25.05, 121.53)),
    ("Takao", "TW", T, (22.62, 120.31)),
    ("Republic of China", "TW|CN", C),
    ("Nanjing", "CN", T, (32.06, 118.78)),
])

add("b", """York Factory

York Factory was the principal depot of the Hudson's Bay Company on the shore of Hudson Bay, at the mouth of the Hayes River in what is now northern Manitoba. Chartered in London in 1670, the Company was granted a monopoly of trade in all the lands draining into Hudson Bay, a territory that came to be called Rupert's Land. Its first posts, at the mouths of the Rupert, Moose and Albany rivers on James Bay, were followed in 1684 by York Factory and in 1717 by Fort Prince of Wales at the mouth of the Churchill River.

For more than a century the Company waited for Cree and Assiniboine traders to bring furs down to the bay, while French and later Montreal-based traders of the North West Company travelled inland by canoe from Lachine along the Ottawa River and Lake Superior to the great depot at Fort William, reaching the Saskatchewan River, Lake Athabasca and, in 1789, the Arctic Ocean by the Mackenzie River. Fierce competition, culminating in the killing of Governor Robert Semple and twenty settlers of the Red River Colony at Seven Oaks in 1816, ended with the merger of the two companies in 1821.

Under Governor George Simpson the merged company ran a network from York Factory to Fort Vancouver on the Columbia River, moving its Pacific headquarters to Fort Victoria on Vancouver Island in 1849. Boat brigades carried trade goods up the Hayes to Norway House and on to Fort Garry, the nucleus of Winnipeg. In 1870 the Company surrendered Rupert's Land to the new Dominion of Canada, and the province of Manitoba was created from part of it.""", [
    ("York Factory", "CA", N, (57.00, -92.30)),
    ("Hudson's Bay Company", "CA", Q),
    ("Hudson Bay", "CA", N),
    ("Hayes River", "CA", N),
    ("Hayes", "CA", N),
    ("Manitoba", "CA", A),
    ("London", "GB", T, (51.51, -0.13)),
    ("Rupert's Land", "*", N),
    ("Rupert", "CA", N),
    ("Moose", "CA", N),
    ("Albany", "CA", N),
    ("James Bay", "CA", N),
    ("Fort Prince of Wales", "CA", N, (58.80, -94.21)),
    ("Churchill River", "CA", N),
    ("Cree", "CA", Q),
    ("Assiniboine", "CA", Q),
    ("French", "FR", Q),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("North West Company", "CA", Q),
    ("Lachine", "CA", T, (45.44, -73.68)),
    ("Ottawa River", "CA", N),
    ("Lake Superior", "*", N),
    ("Fort William", "CA", T, (48.38, -89.25)),
    ("Saskatchewan River", "CA", N),
    ("Lake Athabasca", "CA", N),
    ("Arctic Ocean", "*", N),
    ("Mackenzie River", "CA", N),
    ("Red River Colony", "*", N),
    ("Seven Oaks", "CA", N, (49.94, -97.12)),
    ("Fort Vancouver", "US", N, (45.63, -122.66)),
    ("Columbia River", "*", N),
    ("Pacific", "*", N),
    ("Fort Victoria", "CA", T, (48.43, -123.37)),
    ("Vancouver Island", "CA", N),
    ("Norway House", "CA", T, (53.97, -97.84)),
    ("Fort Garry", "CA", N, (49.89, -97.13)),
    ("Winnipeg", "CA", T, (49.90, -97.14)),
    ("Canada", "CA", C),
])

add("b", """Treaty of Guadalupe Hidalgo

The Treaty of Guadalupe Hidalgo, signed on 2 February 1848 in the villa of Guadalupe Hidalgo north of Mexico City, ended the Mexican-American War. Mexico ceded some 525,000 square miles, more than half of its territory, including the present states of California, Nevada and Utah, most of Arizona and New Mexico, and parts of Colorado and Wyoming, and recognised the Rio Grande as the boundary of Texas.

The war had begun in April 1846 over the disputed strip between the Nueces River and the Rio Grande, when Mexican cavalry attacked an American patrol near Matamoros. General Zachary Taylor won at Palo Alto and Resaca de la Palma, took Monterrey in September and held off Santa Anna at Buena Vista, near Saltillo, in February 1847. Stephen Kearny occupied Santa Fe and marched on to California, where American settlers and naval forces had already seized Monterey and Los Angeles. Winfield Scott landed at Veracruz in March 1847, advanced inland by Cerro Gordo and Puebla, won at Contreras and Churubusco and, after storming the castle of Chapultepec, entered Mexico City on 14 September.

The boundary was drawn from the mouth of the Rio Grande up to El Paso, then west along the Gila River to the Colorado and by a straight line to the Pacific coast a league south of San Diego. The Gadsden Purchase of 1853 added the Mesilla Valley and the land south of the Gila around Tucson. Mexicans living in the ceded territory, some 80,000 people, most of them in California, New Mexico and Texas, were promised citizenship and the protection of their property.""", [
    ("Treaty of Guadalupe Hidalgo", "-", N),
    ("Guadalupe Hidalgo", "MX", N, (19.48, -99.12)),
    ("Mexico City", "MX", T, (19.43, -99.13)),
    ("Mexican-American War", "-", N),
    ("Mexico", "MX", C),
    ("California", "US", A),
    ("Nevada", "US", A),
    ("Utah", "US", A),
    ("Arizona", "US", A),
    ("New Mexico", "US", A),
    ("Colorado#1", "US", A),
    ("Colorado#2", "*", N),
    ("Wyoming", "US", A),
    ("Rio Grande", "*", N),
    ("Texas", "US", A),
    ("Nueces River", "US", N),
    ("Mexican", "MX", Q),
    ("American", "US", Q),
    ("Matamoros", "MX", T, (25.87, -97.50)),
    ("Zachary Taylor", "-", N),
    ("Palo Alto", "US", N, (26.02, -97.48)),
    ("Resaca de la Palma", "US", N, (25.93, -97.48)),
    ("Monterrey", "MX", T, (25.67, -100.31)),
    ("Santa Anna", "-", N),
    ("Buena Vista", "MX", N, (25.35, -101.00)),
    ("Saltillo", "MX", T, (25.42, -101.00)),
    ("Stephen Kearny", "-", N),
    ("Santa Fe", "US", T, (35.69, -105.94)),
    ("Monterey", "US", T, (36.60, -121.89)),
    ("Los Angeles", "US", T, (34.05, -118.24)),
    ("Winfield Scott", "-", N),
    ("Veracruz", "MX", T, (19.19, -96.15)),
    ("Cerro Gordo", "MX", N, (19.45, -96.70)),
    ("Puebla", "MX", T, (19.04, -98.20)),
    ("Contreras", "MX", N, (19.30, -99.24)),
    ("Churubusco", "MX", N, (19.36, -99.15)),
    ("Chapultepec", "MX", N, (19.42, -99.18)),
    ("El Paso", "US", T, (31.76, -106.49)),
    ("Gila River", "US", N),
    ("Gila", "US", N),
    ("Pacific", "*", N),
    ("San Diego", "US", T, (32.72, -117.16)),
    ("Gadsden Purchase", "US", Q),
    ("Mesilla Valley", "US", N),
    ("Tucson", "US", T, (32.22, -110.97)),
    ("Mexicans", "MX", Q),
])

add("b", """Hanseatic League

The Hanseatic League was a commercial and defensive confederation of merchant guilds and market towns that dominated trade in the Baltic and the North Sea from the thirteenth to the fifteenth century. It grew out of the associations of German merchants trading abroad, notably at Visby on the island of Gotland, and out of the alliance concluded in 1241 between Lübeck and Hamburg, which controlled the overland route between the Baltic and the North Sea across the neck of the Jutland peninsula.

Lübeck, founded in 1143 and refounded by Henry the Lion in 1159, became the league's leading city and the seat of its diet, the Hansetag. Along the southern Baltic coast the "Wendish towns" of Wismar, Rostock, Stralsund and Lüneburg were its closest partners; further east lay Danzig, Elbing, Riga, Reval and Dorpat. The league maintained four great foreign offices, or Kontore: the Peterhof at Novgorod, the Tyske Brygge at Bergen, the Steelyard in London and the Kontor at Bruges in Flanders. Inland members included Cologne, Dortmund, Soest, Brunswick and Magdeburg.

The league reached the height of its power after a war with Valdemar IV of Denmark, ended by the Peace of Stralsund in 1370, which gave the Hanseatic towns the fortresses on the Øresund for fifteen years. Its decline began in the fifteenth century with the rise of the Dutch, of Sweden and of Muscovy, whose Ivan III closed the Novgorod office in 1494. The last Hansetag met in 1669. Lübeck, Hamburg and Bremen went on calling themselves Hanseatic cities, a title still carried on the number plates of their cars.""", [
    ("Baltic", "*", N),
    ("North Sea", "*", N),
    ("German", "DE", Q),
    ("Visby", "SE", T, (57.64, 18.30)),
    ("Gotland", "SE", N),
    ("Lübeck", "DE", T, (53.87, 10.69)),
    ("Hamburg", "DE", T, (53.55, 10.00)),
    ("Jutland", "*", N),
    ("Wendish", "*", Q),
    ("Wismar", "DE", T, (53.89, 11.47)),
    ("Rostock", "DE", T, (54.09, 12.10)),
    ("Stralsund", "DE", T, (54.31, 13.09)),
    ("Lüneburg", "DE", T, (53.25, 10.41)),
    ("Danzig", "PL", T, (54.35, 18.65)),
    ("Elbing", "PL", T, (54.16, 19.40)),
    ("Riga", "LV", T, (56.95, 24.11)),
    ("Reval", "EE", T, (59.44, 24.75)),
    ("Dorpat", "EE", T, (58.38, 26.72)),
    ("Peterhof", "-", N),
    ("Novgorod", "RU", T, (58.52, 31.27)),
    ("Tyske Brygge", "NO", N, (60.40, 5.32)),
    ("Bergen", "NO", T, (60.39, 5.32)),
    ("London", "GB", T, (51.51, -0.13)),
    ("Bruges", "BE", T, (51.21, 3.22)),
    ("Flanders", "BE", A),
    ("Cologne", "DE", T, (50.94, 6.96)),
    ("Dortmund", "DE", T, (51.51, 7.47)),
    ("Soest", "DE", T, (51.57, 8.11)),
    ("Brunswick", "DE", T, (52.27, 10.52)),
    ("Magdeburg", "DE", T, (52.13, 11.62)),
    ("Denmark", "DK", C),
    ("Peace of Stralsund", "-", N),
    ("Hanseatic", "*", Q),
    ("Øresund", "*", N),
    ("Dutch", "NL", Q),
    ("Sweden", "SE", C),
    ("Muscovy", "*", N),
    ("Bremen", "DE", T, (53.08, 8.80)),
])

# ---------------------------------------------------------------- c: heritage and local history

add("c", """Margaret Ellison, historian of the Raj's hill stations and railways, dies at 96

Margaret Ellison, whose books on the hill stations and railways of British India found readers far beyond the academy, died on Tuesday at her home in Cambridge, England. She was 96.

Born in Knoxville, Tenn., in 1928, the daughter of a TVA engineer, Ellison grew up on her father's stories of his brother, a signalman aboard the battleship USS Tennessee at Pearl Harbor. She went up to Cambridge in 1950 as a Fulbright scholar, married the Indologist Peter Ellison and stayed for the rest of her life, apart from a decade teaching at Harvard, in Cambridge, Mass., which she called "the wrong Cambridge, with better coffee".

Her first book, "Summer Capital" (1961), was a history of Simla, the Himalayan town to which the government of India retreated every summer from Calcutta and, after 1911, from Delhi. It was followed by studies of Darjeeling and Ootacamund, and by her best-known work, "The Frontier Mail" (1978), which followed the railway from Bombay through Baroda, Ratlam and Muttra to Delhi, Lahore and Peshawar and on towards the Khyber Pass.

She worked for decades in the India Office Library in London and in the state archives at Lucknow and Shimla, and after her retirement helped catalogue the papers of railway engineers at the National Railway Museum in York. Former students remember her seminars as brisk, funny and unforgiving of a wrong date.

She is survived by two daughters, one in Vancouver and one in Wellington, New Zealand, and by five grandchildren. A memorial service will be held at Great St Mary's, Cambridge, on 14 June.""", [
    ("Raj's", "IN", Q),
    ("British India", "*", N),
    ("Cambridge#1,2,5", "GB", T, (52.21, 0.12)),
    ("Cambridge#3,4", "US", T, (42.37, -71.11)),
    ("England", "GB", A),
    ("Knoxville", "US", T, (35.96, -83.92)),
    ("Tenn.", "US", A),
    ("USS Tennessee", "-", N),
    ("Pearl Harbor", "US", N, (21.35, -157.97)),
    ("Harvard", "-", N),
    ("Mass.", "US", A),
    ("Simla", "IN", T, (31.10, 77.17)),
    ("Himalayan", "*", Q),
    ("India", "IN", C),
    ("Calcutta", "IN", T, (22.57, 88.36)),
    ("Delhi", "IN", T, (28.65, 77.23)),
    ("Darjeeling", "IN", T, (27.04, 88.26)),
    ("Ootacamund", "IN", T, (11.41, 76.70)),
    ("Bombay", "IN", T, (19.07, 72.88)),
    ("Baroda", "IN", T, (22.30, 73.20)),
    ("Ratlam", "IN", T, (23.33, 75.04)),
    ("Muttra", "IN", T, (27.49, 77.67)),
    ("Lahore", "PK", T, (31.55, 74.34)),
    ("Peshawar", "PK", T, (34.01, 71.58)),
    ("Khyber Pass", "PK|AF", N),
    ("India Office Library", "GB", Q),
    ("London", "GB", T, (51.51, -0.13)),
    ("Lucknow", "IN", T, (26.85, 80.95)),
    ("Shimla", "IN", T, (31.10, 77.17)),
    ("National Railway Museum", "GB", Q),
    ("York", "GB", T, (53.96, -1.08)),
    ("Vancouver", "CA", T, (49.25, -123.12)),
    ("Wellington", "NZ", T, (-41.29, 174.78)),
    ("New Zealand", "NZ", C),
    ("Great St Mary's", "GB", Q),
])

add("c", """Fort Sumter marks 163 years since the first shots of the Civil War

CHARLESTON, S.C. - A single mortar round arced over the harbor before dawn on Friday, fired by reenactors at Fort Johnson on James Island at 4:30 a.m., the same hour the bombardment of Fort Sumter began on April 12, 1861.

That morning Confederate batteries at Fort Johnson, Cummings Point on Morris Island and Fort Moultrie on Sullivan's Island opened fire on the federal garrison that Maj. Robert Anderson had moved into Fort Sumter the day after Christmas 1860, abandoning Fort Moultrie. After 34 hours Anderson surrendered and his men sailed north for New York. President Lincoln's call for 75,000 volunteers followed, and within weeks Virginia, Arkansas, Tennessee and North Carolina had joined the Confederacy.

The fort's story did not end there. Federal forces besieged it from 1863, after the bloody assault on Battery Wagner on Morris Island by the 54th Massachusetts, and pounded its walls to rubble. It was not reoccupied until February 1865, when Sherman's march through the Carolinas forced the evacuation of Charleston and left much of Columbia, the state capital, in ashes.

Visitors today reach the fort by ferry from Liberty Square downtown or from Patriots Point in Mount Pleasant, and a new exhibit at the visitor center on the Cooper River tells the story of the enslaved people who built much of the city.

"Most people come for the cannons," said park ranger Denise Holloway, who grew up in Summerville. "They leave talking about the Gullah families on Edisto and Johns Island whose ancestors were here long before the first shot.\"""", [
    ("Fort Sumter", "US", N, (32.75, -79.87)),
    ("CHARLESTON", "US", T, (32.78, -79.93)),
    ("S.C.", "US", A),
    ("Fort Johnson", "US", N, (32.75, -79.90)),
    ("James Island", "US", N, (32.74, -79.94)),
    ("Confederate", "*", Q),
    ("Cummings Point", "US", N, (32.75, -79.88)),
    ("Morris Island", "US", N),
    ("Fort Moultrie", "US", N, (32.76, -79.86)),
    ("Sullivan's Island", "US", T, (32.76, -79.84)),
    ("New York", "US", T, (40.71, -74.01)),
    ("Virginia", "US", A),
    ("Arkansas", "US", A),
    ("Tennessee", "US", A),
    ("North Carolina", "US", A),
    ("Confederacy", "*", N),
    ("Battery Wagner", "US", N, (32.71, -79.89)),
    ("54th Massachusetts", "-", N),
    ("Sherman's", "-", N),
    ("Carolinas", "US", N),
    ("Charleston", "US", T, (32.78, -79.93)),
    ("Columbia", "US", T, (34.00, -81.03)),
    ("Liberty Square", "US", Q),
    ("Patriots Point", "US", N, (32.79, -79.91)),
    ("Mount Pleasant", "US", T, (32.79, -79.86)),
    ("Cooper River", "US", N),
    ("Summerville", "US", T, (33.02, -80.18)),
    ("Gullah", "US", Q),
    ("Edisto", "US", N, (32.55, -80.30)),
    ("Johns Island", "US", N, (32.70, -80.08)),
])

add("c", """Wellington marks 185 years since the Aurora dropped anchor

Descendants of the first New Zealand Company settlers gathered on Petone foreshore on Wednesday to mark 185 years since the ship Aurora anchored off the beach on 22 January 1840.

The Aurora, which had sailed from Gravesend in September 1839, carried 148 passengers, most of them labourers and their families. They were met by Te Āti Awa at Pito-one pā, whose chief Te Puni had agreed to the company's purchase of land around Port Nicholson the previous year. The settlers named their town Britannia and laid it out on the flat beside the Hutt River, but floods soon drove them across the harbour to Lambton Harbour, where the town was renamed Wellington in honour of the Duke of Wellington, a supporter of the company.

Wellington replaced Auckland as the colony's capital in 1865, its central position on Cook Strait outweighing the objections of northern settlers. The company went on to found Nelson in 1841 and to send settlers to New Plymouth and Wanganui, where disputes over its land purchases fed decades of conflict.

Hutt City Council's heritage adviser said the anniversary was a chance to tell both stories. "The settlers came from Kent and Cornwall, from Scotland and from the poorest parishes of London, and most of them never saw home again. But the land they came to was not empty, and the people of Pito-one paid for the company's promises."

Wreaths were laid at the settlers' memorial on The Esplanade, and a waka crossed the harbour from Matiu/Somes Island to the beach where the first boats came ashore.""", [
    ("Wellington#1,2,4", "NZ", T, (-41.29, 174.78)),
    ("Duke of Wellington", "-", N),
    ("Aurora", "-", N),
    ("New Zealand Company", "NZ", Q),
    ("Petone", "NZ", T, (-41.23, 174.87)),
    ("Gravesend", "GB", T, (51.44, 0.37)),
    ("Te Āti Awa", "NZ", Q),
    ("Pito-one", "NZ", N, (-41.23, 174.87)),
    ("Port Nicholson", "NZ", N, (-41.28, 174.83)),
    ("Britannia", "NZ", N, (-41.23, 174.87)),
    ("Hutt River", "NZ", N),
    ("Lambton Harbour", "NZ", N, (-41.28, 174.78)),
    ("Auckland", "NZ", T, (-36.85, 174.76)),
    ("Cook Strait", "NZ", N),
    ("Nelson", "NZ", T, (-41.27, 173.28)),
    ("New Plymouth", "NZ", T, (-39.06, 174.08)),
    ("Wanganui", "NZ", T, (-39.93, 175.05)),
    ("Hutt City Council", "NZ", Q),
    ("Kent", "GB", A),
    ("Cornwall", "GB", A),
    ("Scotland", "GB", A),
    ("London", "GB", T, (51.51, -0.13)),
    ("The Esplanade", "NZ", Q),
    ("Matiu/Somes Island", "NZ", N, (-41.26, 174.86)),
])

add("c", """From Skibbereen to the Merrimack: one family's famine journey

When Mary Kearney of Lowell, Massachusetts, began researching her family tree during lockdown, she knew only that her great-great-grandfather Daniel "came over in the famine". Parish registers in Skibbereen, in West Cork, now show Daniel Kearney baptised in 1831 in the townland of Lisheen, the son of a labourer.

In the spring of 1847, as the potato blight made the Skibbereen district a byword for starvation, Daniel, his mother and two sisters walked to Cork and took passage from Cove, renamed Queenstown in 1849 and Cobh in 1920, to Liverpool, and from there on a timber ship bound for Quebec.

The crossing took seven weeks. Like tens of thousands of Irish emigrants that summer, the family was held at the quarantine station on Grosse Île in the St. Lawrence River, where Daniel's mother died of typhus. Daniel and his sisters went on by steamer to Montreal, south by Lake Champlain to Burlington, Vermont, and by rail to Boston. By 1850 the census found him working in a cotton mill in Lowell, on the banks of the Merrimack.

Kearney travelled to Ireland last autumn, walking the lanes around Lisheen and standing at the famine pit in Abbeystrewery graveyard, where as many as 9,000 victims are buried. "Then I went to Grosse Île and found his mother's name on the memorial," she said. "I'd spent two years looking for her."

She will speak about her research at the Irish memorial in Lowell's North Common on Saturday, and the Skibbereen Heritage Centre has asked to add the family's story to its famine exhibition.""", [
    ("Skibbereen", "IE", T, (51.55, -9.27)),
    ("Merrimack", "US", N),
    ("Lowell", "US", T, (42.63, -71.32)),
    ("Massachusetts", "US", A),
    ("West Cork", "IE", N),
    ("Lisheen", "IE", N),
    ("Cork", "IE", T, (51.90, -8.47)),
    ("Cove", "IE", T, (51.85, -8.29)),
    ("Queenstown", "IE", T, (51.85, -8.29)),
    ("Cobh", "IE", T, (51.85, -8.29)),
    ("Liverpool", "GB", T, (53.41, -2.98)),
    ("Quebec", "CA", T, (46.81, -71.21)),
    ("Irish", "IE", Q),
    ("Grosse Île", "CA", N, (47.03, -70.67)),
    ("St. Lawrence River", "CA", N),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("Lake Champlain", "*", N),
    ("Burlington", "US", T, (44.48, -73.21)),
    ("Vermont", "US", A),
    ("Boston", "US", T, (42.36, -71.06)),
    ("Ireland", "IE", C),
    ("Abbeystrewery", "IE", N, (51.55, -9.25)),
    ("North Common", "US", Q),
    ("Skibbereen Heritage Centre", "IE", Q),
])

add("c", """Two hundred years on, crowds line the route of the world's first public steam railway

Thousands of people lined the trackside at Shildon, Darlington and Stockton on Saturday as a working replica of Locomotion No. 1 hauled a train of chaldron wagons along the original alignment, marking 200 years since the Stockton and Darlington Railway opened on 27 September 1825.

The original line ran 26 miles from the collieries around Witton Park, over the Etherley and Brusselton inclines, through Shildon and Darlington to the quays at Stockton on the River Tees, with a branch to Yarm. Its engineer, George Stephenson, had learnt his trade at Killingworth colliery near Newcastle upon Tyne, and Locomotion itself was built at his son's works on Forth Street in Newcastle.

The railway's success led directly to the founding of Middlesbrough, when the line was extended downriver in 1830 to a farm on the south bank of the Tees that became a coal port and then an iron town. It also persuaded the promoters of the Liverpool and Manchester Railway, which opened the same year after the locomotive trials at Rainhill.

The original engine now stands at Locomotion, the National Railway Museum's site at Shildon in County Durham, which has had visitors from as far as Japan and Australia this week. "People come from India and Argentina because their railways started here," said volunteer Alan Pearson, whose great-grandfather drove coal trains on the line.

A new walking and cycling route, the Stockton and Darlington Railway Heritage Trail, now links Witton Park with the riverside at Stockton-on-Tees.""", [
    ("Shildon", "GB", T, (54.63, -1.65)),
    ("Darlington", "GB", T, (54.52, -1.55)),
    ("Stockton", "GB", T, (54.57, -1.32)),
    ("Stockton and Darlington Railway", "GB", Q),
    ("Witton Park", "GB", T, (54.67, -1.75)),
    ("Etherley", "GB", T, (54.65, -1.73)),
    ("Brusselton", "GB", N, (54.63, -1.67)),
    ("River Tees", "GB", N),
    ("Yarm", "GB", T, (54.51, -1.35)),
    ("Killingworth", "GB", T, (55.03, -1.56)),
    ("Newcastle upon Tyne", "GB", T, (54.98, -1.61)),
    ("Forth Street", "GB", Q),
    ("Newcastle", "GB", T, (54.98, -1.61)),
    ("Middlesbrough", "GB", T, (54.58, -1.23)),
    ("Tees", "GB", N),
    ("Liverpool and Manchester Railway", "GB", Q),
    ("Rainhill", "GB", T, (53.42, -2.77)),
    ("National Railway Museum", "GB", Q),
    ("County Durham", "GB", A),
    ("Japan", "JP", C),
    ("Australia", "AU", C),
    ("India", "IN", C),
    ("Argentina", "AR", C),
    ("Stockton and Darlington Railway Heritage Trail", "GB", Q),
    ("Stockton-on-Tees", "GB", T, (54.57, -1.32)),
])

add("c", """Before New York: a new trail traces New Amsterdam in Lower Manhattan

A walking trail launched this week invites office workers and tourists to look for the Dutch town of New Amsterdam beneath the towers of the Financial District.

The settlement began in 1625 as a fort at the southern tip of Manhattan, the capital of the West India Company's colony of New Netherland, which stretched up the Hudson River to Fort Orange, today's Albany, and along the Delaware to Fort Nassau. Broadway follows an old Lenape trail the Dutch called the Heere Straat; Wall Street marks the line of the palisade built in 1653 against an English attack; and Pearl Street ran along the original shoreline of the East River.

Across that river lay the village of Breuckelen, named after Breukelen near Utrecht, and further east Vlissingen, today's Flushing, in Queens. At the northern end of the island Peter Stuyvesant founded Nieuw Haarlem in 1658. Stuyvesant had lost a leg attacking Saint Martin in the Caribbean and had governed Curaçao before arriving in New Amsterdam in 1647. He surrendered the town without a shot to an English squadron in August 1664, and it was renamed New York for the Duke of York, the future James II. The Dutch briefly retook it as New Orange in 1673, but gave it up for good the next year, having kept Suriname instead.

The trail's 14 bronze markers end at the Battery, looking across the harbor to Governors Island and Staten Island, where the first Dutch farms were burned in the Pig War of 1641.""", [
    ("New York", "US", T, (40.71, -74.01)),
    ("New Amsterdam", "US", T, (40.71, -74.01)),
    ("Lower Manhattan", "US", N, (40.71, -74.01)),
    ("Dutch", "NL", Q),
    ("Financial District", "US", N, (40.71, -74.01)),
    ("Manhattan", "US", N, (40.78, -73.97)),
    ("West India Company", "*", Q),
    ("New Netherland", "*", N),
    ("Hudson River", "US", N),
    ("Fort Orange", "US", N, (42.65, -73.75)),
    ("Albany", "US", T, (42.65, -73.76)),
    ("Delaware", "US", N, "River"),
    ("Fort Nassau", "US", N, (39.87, -75.13)),
    ("Broadway", "US", Q),
    ("Lenape", "US", Q),
    ("Heere Straat", "US", Q),
    ("Wall Street", "US", Q),
    ("English", "GB", Q),
    ("Pearl Street", "US", Q),
    ("East River", "US", N),
    ("Breuckelen", "US", T, (40.65, -73.95)),
    ("Breukelen", "NL", T, (52.17, 5.00)),
    ("Utrecht", "NL", T, (52.09, 5.12)),
    ("Vlissingen", "US", T, (40.77, -73.83)),
    ("Flushing", "US", T, (40.77, -73.83)),
    ("Queens", "US", A, (40.73, -73.79)),
    ("Peter Stuyvesant", "-", N),
    ("Nieuw Haarlem", "US", T, (40.81, -73.95)),
    ("Saint Martin", "*", N),
    ("Caribbean", "*", N),
    ("Curaçao", "CW", N),
    ("Duke of York", "-", N),
    ("New Orange", "US", T, (40.71, -74.01)),
    ("Suriname", "SR", C),
    ("Battery", "US", N, (40.70, -74.02)),
    ("Governors Island", "US", N, (40.69, -74.02)),
    ("Staten Island", "US", N, (40.58, -74.15)),
    ("Pig War", "-", N),
])

add("c", """Bremerhaven museum traces 7 million departures

BREMERHAVEN, Germany - On the quay where more than 7 million emigrants boarded ships for the New World between 1830 and 1974, the German Emigration Center this month opened a new wing devoted to the families who came back.

Bremerhaven was founded in 1827, when the city-state of Bremen bought land at the mouth of the Weser from the Kingdom of Hanover because its own harbour was silting up. By the 1850s it was the largest emigration port in continental Europe, rivalled only by Hamburg. Emigrants came by rail from Westphalia, Hesse, Saxony and the eastern provinces of Prussia, from Bohemia and Galicia in Austria-Hungary, and later from Russia.

The steamers of the Norddeutscher Lloyd carried them to New York, after 1892 through Ellis Island, and to Baltimore, New Orleans and Galveston. One room is devoted to Texas and the settlers of the Adelsverein, who landed at Indianola in 1844-46 and founded New Braunfels and Fredericksburg in the Texas Hill Country. Another follows Pomeranian farmers to Wisconsin, where Milwaukee's German press flourished until the First World War.

"Every week we have visitors from Ohio, from Brazil, from Australia, who come looking for a name in the passenger lists," said curator Simone Eick. "Now we can also tell them about the one in three who returned to Europe.\"""", [
    ("BREMERHAVEN", "DE", T, (53.55, 8.58)),
    ("Bremerhaven", "DE", T, (53.55, 8.58)),
    ("Germany", "DE", C),
    ("German Emigration Center", "DE", Q),
    ("New World", "*", Q),
    ("Bremen", "DE", N, (53.08, 8.80)),
    ("Weser", "DE", N),
    ("Kingdom of Hanover", "*", N),
    ("Europe", "*", N),
    ("Hamburg", "DE", T, (53.55, 10.00)),
    ("Westphalia", "DE", N),
    ("Hesse", "DE", A),
    ("Saxony", "DE", A),
    ("Prussia", "*", N),
    ("Bohemia", "CZ", N),
    ("Galicia", "PL|UA", N),
    ("Austria-Hungary", "*", N),
    ("Russia", "RU", C),
    ("New York", "US", T, (40.71, -74.01)),
    ("Ellis Island", "US", N),
    ("Baltimore", "US", T, (39.29, -76.61)),
    ("New Orleans", "US", T, (29.95, -90.07)),
    ("Galveston", "US", T, (29.30, -94.80)),
    ("Texas", "US", A),
    ("Texas Hill Country", "US", N),
    ("Indianola", "US", N, (28.53, -96.51)),
    ("New Braunfels", "US", T, (29.70, -98.12)),
    ("Fredericksburg", "US", T, (30.27, -98.87)),
    ("Pomeranian", "*", Q),
    ("Wisconsin", "US", A),
    ("Milwaukee", "US", T, (43.04, -87.91)),
    ("German", "DE", Q),
    ("Ohio", "US", A),
    ("Brazil", "BR", C),
    ("Australia", "AU", C),
])

add("c", """Lucknow's Residency ruins to get new museum galleries

LUCKNOW: The Archaeological Survey of India will open three new galleries at the Residency complex next year, in time for the anniversary of the siege of 1857, officials said on Monday.

The Residency, built between 1780 and 1800 for the British Resident at the court of the Nawabs of Awadh, was besieged for 87 days from 30 June 1857. After the sepoys at Meerut rose on 10 May and marched on Delhi, the revolt spread quickly through Awadh, which the East India Company had annexed only the year before. Sir Henry Lawrence, the chief commissioner, gathered some 3,000 soldiers and civilians inside the compound and was killed by a shell on 4 July.

A relief column under Henry Havelock fought its way up from Allahabad through Cawnpore, where the garrison had surrendered to Nana Sahib and been massacred at Satichaura Ghat, and reached the Residency on 25 September, only to be besieged in its turn. The final relief came in November under Sir Colin Campbell, who advanced from the Alambagh and stormed the Sikandar Bagh on the way. Lucknow itself was not retaken until March 1858.

The museum in the former banqueting hall already displays lithographs, weapons and a model of the complex. Officials said the new galleries would also tell the story of the rebels, among them Begum Hazrat Mahal, who led the resistance in Lucknow and died in exile in Kathmandu, Nepal, in 1879. The project is funded by the Uttar Pradesh tourism department, which hopes to draw visitors from Kanpur and Prayagraj, as the two cities are now known, on a "1857 trail".""", [
    ("Lucknow", "IN", T, (26.85, 80.95)),
    ("LUCKNOW", "IN", T, (26.85, 80.95)),
    ("Archaeological Survey of India", "IN", Q),
    ("British", "GB", Q),
    ("Awadh", "IN", N),
    ("Meerut", "IN", T, (28.98, 77.71)),
    ("Delhi", "IN", T, (28.65, 77.23)),
    ("East India Company", "*", Q),
    ("Sir Henry Lawrence", "-", N),
    ("Henry Havelock", "-", N),
    ("Allahabad", "IN", T, (25.44, 81.85)),
    ("Cawnpore", "IN", T, (26.46, 80.35)),
    ("Satichaura Ghat", "IN", N, (26.48, 80.36)),
    ("Sir Colin Campbell", "-", N),
    ("Alambagh", "IN", N, (26.81, 80.90)),
    ("Sikandar Bagh", "IN", N, (26.86, 80.95)),
    ("Kathmandu", "NP", T, (27.70, 85.32)),
    ("Nepal", "NP", C),
    ("Uttar Pradesh", "IN", A),
    ("Kanpur", "IN", T, (26.46, 80.35)),
    ("Prayagraj", "IN", T, (25.44, 81.85)),
])

add("c", """Alexandria's Old Town turns 275

ALEXANDRIA, Va. - The port town that George Washington called home turns 275 this week, and the city is marking the occasion with a parade, a reenactment of the 1749 lot auction and a new exhibit at Gadsby's Tavern Museum.

The town was laid out in 1749 on 60 acres beside the Potomac River and named for the Alexander family, who had owned the land, not, as visitors often assume, for the great port of Alexandria in Egypt. Washington, who lived nine miles downriver at Mount Vernon, kept a townhouse on Cameron Street and drilled the local militia in Market Square.

In 1791 Alexandria and the rest of Alexandria County were taken into the new District of Columbia, but residents, resentful at being left out of the federal building boom, voted for retrocession, and in 1846 the land south of the Potomac returned to Virginia. The rest of the old county was renamed Arlington County in 1920.

On May 24, 1861, the day after Virginia voted to secede, Union troops crossed from Washington and occupied the town. Col. Elmer Ellsworth of the 11th New York was shot dead after pulling down a Confederate flag from the roof of the Marshall House, the first Union officer killed in the war. The city became a vast supply depot and hospital center for the armies in northern Virginia, and Fort Ward, one of the Defenses of Washington, is now a museum and park in the West End.

Saturday's parade will run down King Street to the waterfront, where fireworks will be fired over the river toward Oxon Hill in Prince George's County, Maryland.""", [
    ("Alexandria#1,3", "US", T, (38.80, -77.05)),
    ("ALEXANDRIA", "US", T, (38.80, -77.05)),
    ("Alexandria#2", "EG", T, (31.20, 29.92)),
    ("Old Town", "US", Q),
    ("Va.", "US", A),
    ("George Washington", "-", N),
    ("Washington#2", "-", N),
    ("Washington#3", "US", T, (38.90, -77.04)),
    ("Gadsby's Tavern Museum", "US", Q),
    ("Potomac River", "US", N),
    ("Potomac", "US", N),
    ("Egypt", "EG", C),
    ("Mount Vernon", "US", N, (38.71, -77.09)),
    ("Cameron Street", "US", Q),
    ("Market Square", "US", Q),
    ("Alexandria County", "US", A, (38.88, -77.10)),
    ("District of Columbia", "US", A),
    ("Virginia", "US", A),
    ("Arlington County", "US", A, (38.88, -77.10)),
    ("Elmer Ellsworth", "-", N),
    ("11th New York", "-", N),
    ("Confederate", "*", Q),
    ("Marshall House", "US", Q),
    ("Fort Ward", "US", N, (38.83, -77.10)),
    ("Defenses of Washington", "US", Q),
    ("West End", "US", Q),
    ("King Street", "US", Q),
    ("Oxon Hill", "US", T, (38.80, -76.99)),
    ("Prince George's County", "US", A, (38.83, -76.85)),
    ("Maryland", "US", A),
])

add("c", """Lexington marks 250 years since the shot heard round the world

LEXINGTON, Mass. - In the grey light before dawn on Saturday, some 80 reenactors in homespun formed a ragged line on the Battle Green, as Capt. John Parker's militia did on April 19, 1775, and waited for the redcoats.

The British regulars had marched from Boston overnight, crossing the Charles River to Lechmere Point in Cambridge and tramping through Menotomy, today's Arlington, on their way to seize the colonial arms stored at Concord. Paul Revere and William Dawes had ridden ahead to warn Samuel Adams and John Hancock; Revere was captured on the road to Concord in Lincoln. Eight militiamen died on the green. At Concord's North Bridge later that morning the minutemen returned fire, and the regulars' long retreat through Lincoln, Lexington and Menotomy ended only at Charlestown, under the guns of the fleet.

Among the crowd of tens of thousands on Saturday were visitors from Lexington, Ky., founded in 1775 by a party of frontiersmen who, hearing news of the battle at their camp, named it in its honor. "We drove 900 miles from the Bluegrass for this," said Jim Thornton, a retired teacher. "Our Lexington is named for this one, and we wanted to see the real thing."

Lexington, Virginia, and Lexington, Missouri, also take their names from the battle, and both sent delegations. The day ended with a reading of the names of the dead at the Minuteman statue and a peal from the Old Belfry, which rang the alarm in 1775.""", [
    ("Lexington#1,2", "US", T, (42.45, -71.23)),
    ("LEXINGTON", "US", T, (42.45, -71.23)),
    ("Lexington#3,4", "US", T, (38.05, -84.50)),
    ("Lexington#5", "US", T, (37.78, -79.44)),
    ("Lexington#6", "US", T, (39.18, -93.88)),
    ("Mass.", "US", A),
    ("Battle Green", "US", Q),
    ("British", "GB", Q),
    ("Boston", "US", T, (42.36, -71.06)),
    ("Charles River", "US", N),
    ("Lechmere Point", "US", N, (42.37, -71.08)),
    ("Cambridge", "US", T, (42.37, -71.11)),
    ("Menotomy", "US", T, (42.42, -71.16)),
    ("Arlington", "US", T, (42.42, -71.16)),
    ("Concord", "US", T, (42.46, -71.35)),
    ("Paul Revere", "-", N),
    ("Revere", "-", N),
    ("John Hancock", "-", N),
    ("Lincoln", "US", T, (42.43, -71.30)),
    ("North Bridge", "US", Q),
    ("Charlestown", "US", N, (42.38, -71.06)),
    ("Ky.", "US", A),
    ("Bluegrass", "US", N),
    ("Virginia", "US", A),
    ("Missouri", "US", A),
    ("Old Belfry", "US", Q),
])

add("c", """Cartagena's walls: how a colonial fortress city became a World Heritage Site

Cartagena de Indias, on Colombia's Caribbean coast, was founded in 1533 by Pedro de Heredia on the Bay of Cartagena and quickly became one of the principal ports of the Spanish Main. The treasure fleets gathered there and at Portobelo on the Isthmus of Panama before sailing for Havana and on to Seville and, later, Cádiz. Silver from Potosí in Upper Peru and gold from the mines of Antioquia passed through its warehouses, as did tens of thousands of enslaved Africans shipped from Angola and the Bight of Benin.

Such wealth attracted raiders. Francis Drake held the town to ransom in 1586, and in 1697 a French expedition under the Baron de Pointis sacked it. The Spanish crown answered by girdling the city with nearly eleven kilometres of walls, by building the Castillo San Felipe de Barajas on the hill of San Lázaro and by fortifying Bocachica, the narrow entrance to the bay beside Tierrabomba island.

The defences were tested in 1741, when Admiral Edward Vernon arrived from Port Royal, Jamaica, with 186 ships and some 27,000 men. The one-legged Spanish commander, Blas de Lezo, held out for two months until yellow fever forced the British to withdraw. Among Vernon's surviving officers was Lawrence Washington, who named his Virginia estate Mount Vernon in the admiral's honour.

Cartagena declared independence from Spain on 11 November 1811, a date still celebrated every year with parades. UNESCO inscribed the port, fortresses and group of monuments on its World Heritage List in 1984.""", [
    ("Cartagena", "CO", T, (10.40, -75.51)),
    ("Cartagena de Indias", "CO", T, (10.40, -75.51)),
    ("Colombia", "CO", C),
    ("Caribbean", "*", N),
    ("Bay of Cartagena", "CO", N, (10.37, -75.53)),
    ("Spanish Main", "*", N),
    ("Portobelo", "PA", T, (9.55, -79.65)),
    ("Isthmus of Panama", "PA", N),
    ("Havana", "CU", T, (23.13, -82.38)),
    ("Seville", "ES", T, (37.39, -5.98)),
    ("Cádiz", "ES", T, (36.53, -6.29)),
    ("Potosí", "BO", T, (-19.58, -65.75)),
    ("Upper Peru", "*", N),
    ("Antioquia", "CO", A),
    ("Africans", "*", Q),
    ("Angola", "AO", C),
    ("Bight of Benin", "*", N),
    ("Francis Drake", "-", N),
    ("French", "FR", Q),
    ("Spanish", "ES", Q),
    ("Castillo San Felipe de Barajas", "CO", N, (10.42, -75.54)),
    ("San Lázaro", "CO", N, (10.42, -75.54)),
    ("Bocachica", "CO", T, (10.32, -75.58)),
    ("Tierrabomba", "CO", N, (10.35, -75.57)),
    ("Edward Vernon", "-", N),
    ("Vernon#2", "-", N),
    ("Port Royal", "JM", T, (17.94, -76.84)),
    ("Jamaica", "JM", C),
    ("British", "GB", Q),
    ("Lawrence Washington", "-", N),
    ("Virginia", "US", A),
    ("Mount Vernon", "US", N, (38.71, -77.09)),
    ("Spain", "ES", C),
])

add("c", """Biggin Hill chapel reopens ahead of Battle of Britain Day

The St George's Memorial Chapel at Biggin Hill reopened on Sunday after a year-long restoration of its stained glass, in time for the Battle of Britain Day commemorations on 15 September.

The airfield, on the North Downs above Westerham, on the border of Kent and what is now the London Borough of Bromley, was the most heavily bombed of Fighter Command's sector stations in the summer of 1940. Spitfire and Hurricane squadrons flying from Biggin Hill and its satellite at West Malling met raiders crossing the coast between Dover and Dungeness on their way to London, and in August a raid killed 39 people on the station.

The chapel's oak screens list 454 airmen who flew from the station and did not return. Their names read like a map of the wartime Commonwealth and beyond: pilots from Canada, New Zealand, Australia and South Africa, a Rhodesian, Poles who had escaped through Romania and France, and Czechs of No. 310 Squadron. Many had come to Biggin Hill after flying over the beaches of Dunkirk in May.

The original chapel, a wooden hut, burned down in 1946, and the present building was paid for by public subscription and opened in 1951. Today the chapel stands beside the Biggin Hill Memorial Museum, while the airfield itself carries business jets as London Biggin Hill Airport. Bromley Council says visitor numbers have doubled since the museum opened.""", [
    ("Battle of Britain", "-", N),
    ("Battle of Britain Day", "-", N),
    ("St George's Memorial Chapel", "GB", Q),
    ("Biggin Hill", "GB", T, (51.31, 0.03)),
    ("North Downs", "GB", N),
    ("Westerham", "GB", T, (51.27, 0.07)),
    ("Kent", "GB", A),
    ("London Borough of Bromley", "GB", A, (51.37, 0.05)),
    ("West Malling", "GB", T, (51.29, 0.41)),
    ("Dover", "GB", T, (51.13, 1.31)),
    ("Dungeness", "GB", N, (50.91, 0.97)),
    ("London", "GB", T, (51.51, -0.13)),
    ("Canada", "CA", C),
    ("New Zealand", "NZ", C),
    ("Australia", "AU", C),
    ("South Africa", "ZA", C),
    ("Rhodesian", "*", Q),
    ("Poles", "PL", Q),
    ("Romania", "RO", C),
    ("France", "FR", C),
    ("Czechs", "CZ", Q),
    ("Dunkirk", "FR", T, (51.03, 2.37)),
    ("Biggin Hill Memorial Museum", "GB", Q),
    ("London Biggin Hill Airport", "-", N),
    ("Bromley Council", "GB", Q),
])

add("c", """Bulawayo's railway museum keeps the Cape-to-Cairo dream on track

BULAWAYO, Zimbabwe - In a yard of rusting engines behind the city's main station, volunteers at the Bulawayo Railway Museum are restoring a Garratt locomotive that once hauled copper trains to the coast.

The railway from the Cape reached Bulawayo on 4 November 1897, after a race north from Mafeking through Bechuanaland that Cecil Rhodes saw as the first stage of an all-British line from Cape Town to Cairo. The line from Beira on the Mozambique coast reached Salisbury, the capital of Southern Rhodesia, in 1899 by way of Umtali, and the two systems were joined in 1902 through Gwelo. The next year the line was pushed north-west past the coal field at Wankie to Victoria Falls, where the bridge over the Zambezi opened in 1905, carrying the railway into Northern Rhodesia to Livingstone, Broken Hill and, by 1909, the Congo border.

Many of the museum's visitors are the children and grandchildren of former railwaymen, now living in Harare, Johannesburg or Perth, Western Australia, who still address their letters "Salisbury, Rhodesia" out of habit. Among the exhibits is Rhodes's private saloon, built in 1896.

"People ask why we don't call it the Rhodesia Railways museum any more," said curator Gift Ncube, whose grandfather drove steam engines on the line to Gweru and Mutare. "We are the National Railways of Zimbabwe now, but the engines don't care what the country was called.\"""", [
    ("BULAWAYO", "ZW", T, (-20.15, 28.58)),
    ("Bulawayo", "ZW", T, (-20.15, 28.58)),
    ("Cape-to-Cairo", "*", Q),
    ("Zimbabwe", "ZW", C),
    ("Bulawayo Railway Museum", "ZW", Q),
    ("Cape", "*", N),
    ("Mafeking", "ZA", T, (-25.85, 25.64)),
    ("Bechuanaland", "*", N),
    ("Cecil Rhodes", "-", N),
    ("British", "GB", Q),
    ("Cape Town", "ZA", T, (-33.93, 18.42)),
    ("Cairo", "EG", T, (30.04, 31.24)),
    ("Beira", "MZ", T, (-19.84, 34.84)),
    ("Mozambique", "MZ", C),
    ("Salisbury", "ZW", T, (-17.83, 31.05)),
    ("Southern Rhodesia", "*", N),
    ("Umtali", "ZW", T, (-18.97, 32.67)),
    ("Gwelo", "ZW", T, (-19.45, 29.82)),
    ("Wankie", "ZW", T, (-18.36, 26.50)),
    ("Victoria Falls", "ZW", N, (-17.93, 25.83)),
    ("Zambezi", "*", N),
    ("Northern Rhodesia", "*", N),
    ("Livingstone", "ZM", T, (-17.85, 25.86)),
    ("Broken Hill", "ZM", T, (-14.45, 28.45)),
    ("Congo", "CD", N),
    ("Harare", "ZW", T, (-17.83, 31.05)),
    ("Johannesburg", "ZA", T, (-26.20, 28.04)),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Western Australia", "AU", A),
    ("Rhodesia", "*", N),
    ("Rhodes", "-", N),
    ("Rhodesia Railways", "*", Q),
    ("Gweru", "ZW", T, (-19.45, 29.82)),
    ("Mutare", "ZW", T, (-18.97, 32.67)),
    ("National Railways of Zimbabwe", "ZW", Q),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
