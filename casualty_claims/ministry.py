"""Reader for the Ukrainian General Staff / MoD daily "total combat losses" posts.

Covers every format seen in 2022-2026: mil.gov.ua and kmu.gov.ua pages (English or
Ukrainian), bilingual reposts, and today's Telegram wording, where the items can
share one line. Each item gives a cumulative claim and, when posted, a period claim
for the "(+N)" change of the day.
"""

import re
from datetime import date
from functools import lru_cache

from casualty_claims.claim import Claim

EXTRACTOR = "ministry_post@1"

_DATE = r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})(?:\.(?P<year>\d{4}|\d{2}))?"
HEADER = re.compile(
    r"(?:combat\s+losses\s+of\s+the\s+enemy\s+from|бойові\s+втрати\s+противника\s+з)\s+24\.02(?:\.\d{2,4})?\s+(?:to|по)\s+" + _DATE,
    re.IGNORECASE,
)
# The item list starts after "were approximately:" / "орієнтовно склали:" (possibly bilingual on one line).
BODY_START = re.compile(r"(?:were\s+approximately|орієнтовно\s+склали)[^\n:]*:", re.IGNORECASE)

_DASH = r"[‒–—\-]"
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f,]\d{3})+|\d+"
_QUAL = r"(?:about|approximately|близько|понад|over)(?:\s*/\s*(?:about|approximately))?"
# A label may break over two lines ("Anti-aircraft\nwarfare systems ‒ 63"): the first part is
# then a bare fragment with no digits and no punctuation that ends a sentence or an item.
_LABEL = r"[^\W\d_][^\n‒–—:\d,;()]*?"
_LABEL_HEAD = r"[^\W\d_][^\n‒–—:\d,;().!?]{0,40}"
ITEM = re.compile(
    rf"(?<![^\W\d_])(?<![^\W\d_]-)(?P<label>{_LABEL_HEAD}\n[\-‒]?{_LABEL}|{_LABEL})"
    rf"\s*{_DASH}\s*(?=(?:{_QUAL})?[/\s]*[\d(])"
    rf"(?P<qual>{_QUAL})?[/\s]*(?P<value>{_NUMBER})?"
    r"\s*(?:\(\s*\+\s*(?P<delta>" + _NUMBER + r")?\s*\))?",
    re.IGNORECASE,
)

# Keyword -> metric, most specific first ("fuel tanks" before "tanks", "anti-aircraft" before "aircraft").
LABELS: tuple[tuple[str, str], ...] = (
    ("personnel", "killed"), ("особов", "killed"),
    ("submarine", "submarines"), ("підводн", "submarines"),
    ("vehicles and fuel tanks", "vehicles"), ("автомобільної техніки та автоцистерн", "vehicles"),
    ("fuel tank", "fuel_tanks"), ("автоцистерн", "fuel_tanks"),
    ("special equipment", "special_equipment"), ("спеціальна техніка", "special_equipment"),
    ("cruise missile", "cruise_missiles"), ("крилат", "cruise_missiles"),
    ("srbm", "srbm"), ("отрк", "srbm"),
    ("ground robot", "ground_robots"), ("робототехн", "ground_robots"),
    ("uav", "uav"), ("бпла", "uav"), ("drone", "uav"),
    ("aircraft warfare", "air_defense"), ("anti-aircraft", "air_defense"), ("air defense", "air_defense"),
    ("air defence", "air_defense"), ("ппо", "air_defense"),
    ("mlrs", "mlrs"), ("рсзв", "mlrs"),
    ("artillery", "artillery"), ("артилер", "artillery"),
    ("apv", "armored_vehicles"), ("armoured", "armored_vehicles"), ("armored", "armored_vehicles"),
    ("броньован", "armored_vehicles"),
    ("tank", "tanks"), ("танк", "tanks"),
    ("aircraft", "aircraft"), ("літак", "aircraft"),
    ("helicopter", "helicopters"), ("гелікоптер", "helicopters"), ("вертоліт", "helicopters"),
    ("warship", "ships"), ("boat", "ships"), ("ship", "ships"), ("корабл", "ships"), ("катер", "ships"),
    ("vehicle", "vehicles"), ("автомобіл", "vehicles"),
)


_LINE_BREAK = re.compile(r"\s*\n[\-‒]?")


@lru_cache(maxsize=4096)  # a few hundred distinct labels recur in thousands of posts
def metric_for(label: str) -> str | None:
    label = _LINE_BREAK.sub(" ", label.lower())
    for keyword, metric in LABELS:
        if keyword in label:
            return metric
    return None


def parse_int(text: str) -> int:
    # the separators _NUMBER allows, removed by str.replace: twice as fast as a regex substitution, and this runs
    # for each of a post's ~30 figures (most of them plain digits, which int() reads as they are)
    if text.isdigit():
        return int(text)
    return int(text.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", ""))


def report_date(match: re.Match, published: date) -> date:
    """The "to DD.MM[.YY[YY]]" date; a missing year is the latest one not after publication."""
    day, month, year = int(match["day"]), int(match["month"]), match["year"]
    if year:
        return date(int(year) + (2000 if len(year) == 2 else 0), month, day)
    guess = date(published.year, month, day)
    return guess if guess <= published else date(published.year - 1, month, day)


def is_ministry_post(text: str) -> bool:
    return HEADER.search(text) is not None


def looks_like_loss_list(text: str) -> bool:
    """The header and at least five items: enough to tell a post from a page that links to one."""
    header = HEADER.search(text)
    if header is None:
        return False
    items = 0
    for item in ITEM.finditer(text, header.end()):
        items += metric_for(item["label"]) is not None
        if items >= 5:
            return True
    return False


def parse_ministry_post(text: str, published: date) -> list[Claim]:
    """Claims of one post; [] when the text is not a daily losses post."""
    header = HEADER.search(text)
    if header is None:
        return []
    as_of = report_date(header, published)
    body = BODY_START.search(text, header.start())
    start = body.end() if body else text.find("\n", header.end()) + 1 or len(text)
    claims, seen = [], set()
    for item in ITEM.finditer(text, start):
        label, qual, value, delta = item.group("label", "qual", "value", "delta")
        metric = metric_for(label)
        if metric is None or metric in seen:
            continue
        seen.add(metric)
        label_start = item.start("label")
        # positional arguments, in Claim's field order: this loop builds ~30 claims a post
        if value:
            claims.append(Claim("ua_mod", "ru_military", metric, parse_int(value), "approx" if qual else "exact", "cumulative",
                                as_of, label_start, item.end("value"), EXTRACTOR))
        if delta:
            claims.append(Claim("ua_mod", "ru_military", metric, parse_int(delta), "exact", "period", as_of, label_start, item.end(),
                                EXTRACTOR))
    return claims
