"""Month and weekday names, written once for every pattern of the grammar that reads dates or windows.

Bare alternations (no group): patterns put them inside their own (?:...) or named group.
"""

MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
