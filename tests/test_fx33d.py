"""Places and events of business and economic news as Reuters, AP, AFP, Bloomberg and local papers
report them (the thirty-third session's fx33d check): factories opened and closed, layoffs, strikes
at firms, takeovers, earnings, tariffs, and the firms' headquarters and plants."""

import readings
from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A dateline named like a state and a city ("NEW YORK (Reuters) -") speaks for the city: the
# state's middle is no anchor for its hamlets named like a world capital.

def test_a_new_york_dateline_makes_no_hamlet_of_copenhagen(index):
    text = ("NEW YORK (Reuters) - Bank of America shares jumped 4% on Monday as Wall Street rallied after "
            "Washington and Beijing agreed to a 90-day truce in their tariff war.\n\n"
            "Shipping stocks also surged, with Maersk up 12% in Copenhagen.")
    assert _senses(text, index, "Copenhagen") == [("Copenhagen", "DK", "city")]
