"""Places from the twenty-fourth session's audit of the Russia-Ukraine war's geography in 2025 (the front
line in Donetsk, Kharkiv and Zaporizhzhia, the border villages of Sumy, Kursk, Belgorod and Bryansk, and
Ukraine's drone strikes on Russian refineries, Crimea and the Kerch bridge)."""

from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. Names before "villages" (a list of them, or one) are the regions whose villages they are.

def test_names_listed_before_villages_are_regions(index):
    text = ("Russian strike on Kostiantynivka kills five as drones hit Belgorod, Bryansk villages\n\n"
            "KYIV, Ukraine \u2014\n\nA Russian glide bomb struck a residential area of Kostiantynivka on Tuesday.")
    assert _senses(text, index, "Belgorod") == [("Belgorod", "RU", "admin1")]
    assert _senses(text, index, "Bryansk") == [("Bryansk", "RU", "admin1")]
    assert _senses(text, index, "Kostiantynivka")[0][2] == "city"


# 2. A river named like a village on its banks is the river.

def test_the_oskil_river_is_no_village(index):
    text = ("Two men were wounded in Kupiansk, where Russian troops have tried for months to cross the "
            "Oskil River.")
    assert _senses(text, index, "Oskil River") == [("Oskil River", "UA", "region")]
    assert _senses(text, index, "Kupiansk")


# 3. The Crimean Bridge and the Port Kavkaz ferry terminal are places of their own.

def test_the_crimean_bridge_and_port_kavkaz(index):
    text = ("Ukraine says it has struck Russian air defence systems in Crimea and a ferry at Port Kavkaz, the "
            "terminal on the Russian side of the Kerch Strait. Traffic on the Crimean Bridge, which links the "
            "peninsula to Russia's Krasnodar region, was halted for three hours.")
    assert _senses(text, index, "Port Kavkaz") == [("Port Kavkaz", "RU", "region")]
    assert _senses(text, index, "Crimean Bridge") == [("Crimean Bridge", "UA", "region")]
