"""Month and weekday names, written once for every pattern of the grammar that reads dates or windows.

Bare alternations (no group): patterns put them inside their own (?:...) or named group.
"""

MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
# Wire style shortens a month before a day or a year ("Feb. 24, 2022", "Sept. 2023"), British style drops the dot
# ("24 Feb 2022"). Only before a number: "Jan" alone is a first name. Patterns that go on to the day allow "\.?".
MONTH_SHORT = r"(?:" + MONTH_ABBREVIATIONS + r")(?=\.?\s+\d)"
MONTHS = MONTH_NAMES + "|" + MONTH_SHORT
FEBRUARY = r"Feb(?:ruary|\.)?"
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
