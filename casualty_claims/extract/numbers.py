"""Every number in a text: digits with separators, scale words, number words, ranges,
and the qualifier that precedes (or follows) it. Dates, years and times are skipped."""

import re
from dataclasses import dataclass

from casualty_claims.extract import fastre
from casualty_claims.extract.calendar_words import MONTH_ABBREVIATIONS, MONTH_NAMES

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "k": 1_000, "mln": 1_000_000, "mn": 1_000_000, "m": 1_000_000,
           "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}  # (Indian English: "10 lakh" is a million)
_WORD = r"(?:" + "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True)) + r")"
_WORD_NUMBER = rf"{_WORD}(?:[- ]{_WORD})?(?:\s+and a half(?=\s+(?:thousand|million)\b))?"  # "two and a half thousand"
_WORD_NUMBER += rf"(?:\s+dozen\b|(?:(?:\s+|-)(?:hundred|thousand|million)(?:\s+(?:and\s+)?{_WORD}(?:[- ]{_WORD})?)?)*)"
# thousands separated by comma, (thin / no-break) space; a decimal comma before a scale word ("1,5 million")
# (the Indian grouping first: "1,00,000" is a lakh, 100,000)
_DIGITS = r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|"
_DIGITS += r"\d{1,3}(?:(?:,|\u00a0|\u202f|\u2009| (?=\d{3}\b))\d{3})+(?:\.\d+)?|\d+,\d(?=\s*(?:million|mln|mn|thousand)\b)|\d+(?:\.\d+)?"
# "23K", "1.2mn"; "1.2m" only before people ("a 15m crater" is metres)
# (and a scale an editor added to a quote in brackets: "up to 500 [thousand]")
_SCALE = (r"(?:(?:\s*|-)(?:thousand|million|mln|lakhs?|crores?)\b|\s*\[(?:thousand|million)\]|(?<=\d)mn\b|(?<=\d)(?:k|K)\b"
          r"|(?<=\d)[mM](?=\s+(?:[A-Za-z-]+\s+)?(?:people|soldiers|troops|servicemen|civilians|casualties|dead|deaths|men|Russians|Ukrainians)\b))")
_HALF = r"half a million|half a thousand|a quarter of a million|quarter of a million|half a dozen"
# (word numbers before "a hundred": "one hundred and five" is one number)
NUMBER = rf"(?:{_HALF}|(?:{_DIGITS}){_SCALE}?|\b{_WORD_NUMBER}\b|\b(?:a|one) (?:hundred|thousand|million|dozen)\b)"

QUALIFIERS: list[tuple[str, str]] = [
    (r"more than|over|at least|upwards? of|exceed|exceeds|exceeded|exceeding|surpassed|surpasses|topped|tops|top|passed|passes|pass|"
     r"in excess of|no fewer than|no less than|not less than|above|over the|surpassing|topping|"
     r"a minimum of|beyond|well over|well above|far more than|some \d+ or more|north of|least", "at_least"),  # "wounding least 300": a dropped "at"
    (r"up to|fewer than|less than|under|as many as|as high as|a maximum of|no more than|not more than|below|nearly up to|south of|at most", "at_most"),
    # (the bounds are read first: "just under 700,000" is at_most and "just over 6,000" at_least, as the labels have them)
    (r"about|nearly|almost|some|around|approximately|roughly|close to|closer to|an estimated|estimated|approx\.?|circa|~|just shy of|"
     r"more or less|just about|perhaps|maybe|possibly|likely|probably|reportedly|at around|an approximate|some estimated|about some|"
     r"approaching|nearing|near|nears|neared|approaches|approached|close on|toward|towards|"  # "climbed toward 1 million"
     r"in the region of|in the neighbou?rhood of|in the area of", "approx"),
]
ANY_QUALIFIER = "|".join(p for p, _ in QUALIFIERS)  # for cues that read past a figure's qualifier to its digits
_QUAL_LEAD = " \n\t\"“‘'([—–"  # what may stand before a qualifier: "'At least 315,000", "(nearly 500)"
_QUAL_RES = [(fastre.compile(rf"(?:^|[\s\"“‘'(\[—–])(?:{p})[\"”’']?\s*$", re.IGNORECASE), q) for p, q in QUALIFIERS]  # 'suffered "well over" 100,000'
_POST_AT_LEAST = fastre.compile(r"^(?:\+|-plus\b| or more\b| plus\b)", re.IGNORECASE)
_POST_APPROX = fastre.compile(r"^(?:-odd\b| odd\b(?= [a-z])|-ish\b| or so\b)", re.IGNORECASE)  # "7,000-odd tanks", "500 or so"
_NOUN_OR_MORE = fastre.compile(r"(?:\s+[A-Za-z-]+){1,2}\s+or\s+more\b(?!\s+than\b)", re.IGNORECASE)
_RANGE = fastre.compile(
    # ("between seven- and 15-thousand": a suspended hyphen)
    rf"(?:\bbetween\s+(?P<b1>{NUMBER})-?\s+and\s+(?P<b2>{NUMBER})|\bfrom\s+(?P<f1>{NUMBER})-?\s+to\s+(?P<f2>{NUMBER})"
    # ("three or four thousand", "70 or 80,000": a range when one scale holds for both; one first number for both forms)
    rf"|(?P<d1>{NUMBER})(?:\s*(?:-|–|—|to)\s*(?P<d2>{NUMBER})|\s+or\s+(?P<o2>{NUMBER})))",
    re.IGNORECASE,
)
_NUMBER_RE = fastre.compile(NUMBER, re.IGNORECASE)
_MONTHS = r"(?:" + MONTH_NAMES + r"|" + MONTH_ABBREVIATIONS + r")\.?"
_DATE_AROUND = fastre.compile(rf"(?:{_MONTHS}\s*$)", re.IGNORECASE)
_DAY_SPAN_END = fastre.compile(rf"{_MONTHS}\s*\d{{1,2}}\s*[-–—]\s*$", re.IGNORECASE)  # "August 27-28": the 28 is a day
_BARE_END = re.compile(r"\d{1,3}(?:\.\d+)?")  # a range's first end written without separator or scale: "1.5", "20"
_ROUND_THOUSANDS = re.compile(r"\d,000$")
_RANGE_SCALE = fastre.compile(r"\s*(thousand|million)\b", re.IGNORECASE)
# an age set off by commas after a name: "Zelensky, 46, said"
_AGE_ASIDE = re.compile(r"[1-9]\d")
_NAME_COMMA_BEFORE = re.compile(r"\b[A-Z][a-z'’-]+,\s*$")
_AFTER_AGE = re.compile(r",\s*(?:said|says|told|added|claimed|claims|stated|announced|reported|estimated|wrote|insisted|admitted|noted|"
                        r"who|was|is|has|had|a|an|the|his|her)\b")  # (not "In Kharkiv, 12, including ...")
_AGE_AFTER = fastre.compile(r"-(?:year|month|week|day)s?-old\b|\s+(?:years?|months?)\s+old\b", re.IGNORECASE)
_FRACTION_OR_SPAN_AFTER = re.compile(r"[- ](?:thirds?|quarters?|fifths?|sixths?|tenths?)\b|\s+and\s+a\s+half\s+(?:years?|months?|weeks?|days?|hours?)\b",
                                     re.IGNORECASE)
_DATE_AFTER = fastre.compile(rf"^\s*(?:{_MONTHS}|st\b|nd\b|rd\b|th\b)", re.IGNORECASE)


_DECIMAL_COMMA = re.compile(r"^(\d+),(\d)(?=\s*(?:million|mln|mn|thousand)\b)")
_DIGITS_AND_SCALE = re.compile(r"([\d, ]+(?:\.\d+)?)\s*(thousand|million|mln|mn|k|m|lakhs?|crores?)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DAY_NUMBER = re.compile(r"\d{1,2}")
_TIME_AFTER, _TIME_BEFORE = re.compile(r"^[:.]\d"), re.compile(r"\d[:.]$")
_CLOCK_AFTER = re.compile(r"\s*(?:o['’]clock|[ap]\.\s?m\b\.?|[ap]m\b)", re.IGNORECASE)
_PART_OF_DAY_AFTER = re.compile(r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b", re.IGNORECASE)
_AT_TIME_BEFORE = re.compile(r"\b(?:at|around|about|by|after|before|until|till|from|since)\s+$", re.IGNORECASE)
# (any script: a Cyrillic "АМХ-10" is a model name too; so is "BM -21" with a stray space)
_MODEL_DASH = re.compile(r"(?:[^\W_]|\b[A-Z]{1,4} )-$")
_URLISH = re.compile(r"https?:|www\.|\.html?\b|/\S")


@dataclass(frozen=True)
class Number:
    start: int  # span of the figure including its qualifier
    end: int
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    num_start: int  # span of the digits/words alone
    num_end: int


def to_int(text: str) -> int | None:
    t = text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    t = _DECIMAL_COMMA.sub(r"\1.\2", t).replace("-thousand", " thousand").replace("-million", " million")  # "1,5 million", "40-thousand"
    t = t.replace("[thousand]", "thousand").replace("[million]", "million")
    if t in ("half a million",):
        return 500_000
    if t == "half a thousand":
        return 500
    if t == "half a dozen":
        return 6
    if t.endswith("quarter of a million"):
        return 250_000
    whole, and_a_half, scale = t.partition(" and a half ")
    if and_a_half and scale in ("thousand", "million"):
        units = int(whole) if whole.isdigit() else _words_to_int(whole)
        return None if units is None else int((units + 0.5) * _SCALES[scale])
    m = _DIGITS_AND_SCALE.fullmatch(t)
    if m:
        digits = m.group(1).replace(",", "").replace(" ", "")
        try:
            number = float(digits)
        except ValueError:
            return None
        scale = _SCALES.get(m.group(2) or "", 1)
        return int(round(number * scale))
    return _words_to_int(t)


def _words_to_int(t: str) -> int | None:
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s\-]+", t.replace(" and ", " ")):
        if word in ("a",):
            current = current or 1
        elif word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _TENS:
            current += _TENS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word == "dozen":  # "two dozen", "a dozen"
            current = (current or 1) * 12
            seen = True
        elif word in ("thousand", "million"):
            total += (current or 1) * _SCALES[word]
            current = 0
            seen = True
        elif word:
            return None
    return total + current if seen else None


# "the toll climbed up to 21": a rise's "up to" is its "to", no bound
_RISE_UP_TO = re.compile(r"\b(?:climbed|climbs|rose|risen|rises|went|goes|jumped|jumps|increased|increases|grew|grown|soared|mounted)\s+up\s+to\s*$",
                         re.IGNORECASE)


def _qualifier(text: str, start: int) -> tuple[str, int]:
    before = text[max(0, start - 40):start]
    for pattern, qualifier in _QUAL_RES:
        m = pattern.search(before)
        if m and qualifier == "at_most" and _RISE_UP_TO.search(before):
            return "exact", start
        if m:
            return qualifier, start - (len(before) - m.start() - (1 if m.group()[0] in _QUAL_LEAD else 0))
    return "exact", start


_BY_BEFORE = re.compile(r"\bby\s+(?:(?:another|a further|some|about|nearly|over|more than)\s+)?$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\sto\s", re.IGNORECASE)
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_COUNT_NOUN_AFTER = fastre.compile(
    r"\s+(?:(?:Russian|Ukrainian|enemy|more|other|civilian|military)\s+)?(?:soldiers|troops|servicemen|men|people|civilians|"
    r"personnel|fighters|occupiers|invaders|residents|children|casualties|losses|deaths|dead|killed|wounded|injured|tanks|drones|"
    r"armou?red|vehicles|artillery|prisoners)\b", re.IGNORECASE)
# (a possessive before it too: "Russia's 2024 losses", "its 2023 toll")
_YEAR_LEAD = fastre.compile(r"(?:\b(?:in|since|from|by|until|till|during|year|early|late|mid|spring|summer|autumn|winter|fall|its|their)|['’]s)\s+$",
                            re.IGNORECASE)


def _is_date_or_year(text: str, start: int, end: int, raw: str) -> bool:
    before, after = text[max(0, start - 12):start], text[end:end + 12]
    digits = raw.replace(",", "")
    if _YEAR.fullmatch(digits) and "," not in raw:
        # a year, unless a count's noun follows and no year word leads in: "more than 2000 soldiers", not "in 2022 troops ..."
        return not (_COUNT_NOUN_AFTER.match(text, end) and not _YEAR_LEAD.search(before))
    if _DAY_NUMBER.fullmatch(digits) and (_DATE_AROUND.search(before) or _DATE_AFTER.match(after) or _DAY_SPAN_END.search(before)):
        return True
    if _TIME_AFTER.match(after) or _TIME_BEFORE.search(before):
        return True  # 13:37, 24.02
    if _DAY_NUMBER.fullmatch(digits) and (_CLOCK_AFTER.match(text, end) or _PART_OF_DAY_AFTER.match(text, end) and _AT_TIME_BEFORE.search(before)):
        return True  # "around 3 a.m.", "at 11 o'clock", "at 10 in the morning" (not "killed 10 in the morning")
    return False


_ONE_NOUNS = (r"(?:man|woman|child|boy|girl|person|civilian|resident|teenager|baby|infant|soldier|serviceman|rescuer|pensioner|"
              r"(?:agricultural |farm |utility )?worker|farmer|driver|"
              r"tank|helicopter|plane|jet|aircraft|drone|bomber|fighter|warship|ship|vessel|submarine|"
              # aircraft and helicopters by model: "a Ukrainian Su-25 was shot down"
              r"(?:Su|MiG|Tu|Il|Yak|An|Be|Ka|Mi)-\d+[A-Z]*)\b(?!\s+(?:pilots?|crew|crewman|crewmen|navigator)\b)")
# "a child was killed", "one soldier was wounded": the article is the figure 1.
_ONE_SUBJECT = fastre.compile(
    # (an age alone is a person too: "a 16-year-old was among the dead")
    rf"\b(?P<n>a|an|one|another)\s+(?:(?:\w+-year-old|young|elderly|local|Ukrainian|Russian|[A-Z][\w]*-\d+\w*)\s+)?(?:{_ONE_NOUNS}|\w+-year-old\b)"
    r"(?=(?:\s+\w+){0,4}?\s+(?:was|were|has been|had been|is)\s+(?:also\s+|reportedly\s+)?(?:killed|injured|wounded|hurt|shot down|destroyed|downed|sunk"
    r"|among (?:the|those) (?:dead|killed|wounded|injured|hurt|victims))"
    # "Another 57-year-old man sustained fragmentation wounds"
    r"|\s+(?:sustained|suffered|received)\s+(?:\w+\s+){0,2}(?:wounds|injuries)\b)",
    re.IGNORECASE,
)
# "killing a child", "injuring an elderly woman", "including a six-year-old child".
_ONE_OBJECT = fastre.compile(
    r"\b(?:killing|injuring|wounding|killed|injured|wounded|including|include[sd]?|among them|"
    r"among (?:the|those) (?:dead|killed|wounded|injured|hurt|victims)(?:\s+(?:was|were|is|are))?)\s+(?P<n>a|an|one)\s+"
    r"(?:\w+-(?:year|month|week|day)-old\s+|elderly\s+|young\s+|Ukrainian\s+|Russian\s+)?"
    r"(?:man|woman|child|boy|girl|person|civilian|resident|teenager|baby|infant|toddler|newborn"
    # (rescuers, medics and other professions counted apart are outside the rules: see cues.GROUP_HEADLINE)
    r"|worker|employee|miner|driver|pensioner|farmer|soldier|serviceman|\w+-(?:year|month)-old)\b",  # ("killing one worker", "killed a soldier")
    re.IGNORECASE,
)


# "downed a Ukrainian helicopter", "admitted losing a Su-25 jet", "destroyed a U.S.-made Bradley": one piece of equipment.
_ONE_EQUIPMENT = fastre.compile(
    r"\b(?:shot down|downed|destroyed|destroying|lost|losing|loss of|sank|sunk|sinking|knocked out|hit)\s+(?P<n>a|an|one)\s+"
    r"(?:[\w.'’-]+\s+){0,3}?(?:helicopter|plane|aircraft|jet|fighter|bomber|tank|drone|UAV|ship|warship|vessel|submarine|cruise missile"
    r"|(?:Su|MiG|Tu|Il|Yak|An|Be|Ka|Mi)-\d+[A-Z]*(?!\s+(?:pilots?|crew|crewman|crewmen|navigator)\b)"
    r"|(?:infantry )?fighting vehicle|armou?red (?:personnel carrier|vehicle)|howitzer)\b",
    re.IGNORECASE,
)


# "210 servicemen, a tank, two armoured vehicles", "four armoured vehicles and a howitzer were destroyed": one item of a list.
_ONE_IN_LIST = fastre.compile(
    # "one Leopard tank"; "A tank, an IFV ..." opening; "a 155mm M777 howitzer made in the United States", "a US-made Bradley"
    r"(?:(?<=, )|\band\s+|(?<=\. )|(?<=^)|(?<=\n)|(?<=[\"“]))(?P<n>a|an|one)\s+(?:(?!think\b)[A-Z0-9][\w-]*\s+)?"
    r"(?:tank|helicopter|aircraft|plane|jet|drone|UAV|ship|warship|boat|submarine|howitzer|mortar|vehicle|cruise missile"
    r"|artillery system|air defen[cs]e system|MLRS|multiple rocket launcher|armou?red (?:combat |personnel )?(?:vehicle|carrier)"
    r"|(?:infantry )?fighting vehicle|Bradley|Stryker|Marder|M777)\b"
    r"(?=,|\s+and\b|\s+(?:were|have been|had been|on|in|near|over|during|made|supplied|provided|manufactured)\b|\.)",
    re.IGNORECASE,
)


# "killed one person and injured another": "another" with no figure or noun after it is one more person
_ANOTHER_ONE = fastre.compile(
    r"\b(?:killed|killing|injured|injuring|wounded|wounding|hurt|hurting)\s+(?P<n>another)\b"
    r"(?=\s*(?:[,.;]|$|and\b|yesterday\b|overnight\b|today\b|on\b|in\b|when\b))",
    re.IGNORECASE,
)


_ONE_FOLLOWER = fastre.compile(
    r"\s+(?:more\s+)?(?:child|civilian|person|soldier|tank|helicopter|aircraft|plane|drone|ship|boy|girl|cruise missile|"
    r"submarine|warship|vehicle|launcher|artillery system|air defen[cs]e system|unit of|dead|killed|injured|wounded"
    r"|serviceman|servicewoman|service member|officer|fighter|sailor|pilot)\b"  # "left one dead", "one serviceman was missing"
    r"|\s+of\s+(?:the\s+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b",  # "destroyed one of the four drones"
    re.IGNORECASE,
)


# "shelling kills one, injures 9": "one" right after a toll verb, where its clause ends, is the figure 1
_TOLL_VERB_BEFORE = fastre.compile(r"\b(?:kills?|killing|killed|injur(?:es|ing|ed)|wound(?:s|ing|ed))\s+$", re.IGNORECASE)
_ENDS_TOLL = re.compile(r"\s*(?:[,.;:\n]|$|and\b|in\b)")


_THE_TWO = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PUNCT_AFTER = re.compile(r"\s*(?:[:;,.)]|$)")


def _in_url(text: str, start: int, end: int) -> bool:
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    token = text[token_start:end + 40].split(None, 1)[0] if text[token_start:end + 40].strip() else ""
    return bool(_URLISH.search(token))


# ("40,000-60,000", "40 thousand - 60 thousand": a dash between two figures, the first one's scale word before it)
_DASH_BETWEEN_FIGURES = re.compile(r"(?:\d|thousand|million)\s*[-–—]\s*\d", re.IGNORECASE)


def find_numbers(text: str) -> list[Number]:
    found: list[Number] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_ONE_SUBJECT, _ONE_OBJECT, _ONE_EQUIPMENT, _ONE_IN_LIST, _ANOTHER_ONE):
        for m in pattern.finditer(text):
            if not any(s <= m.start("n") < e for s, e in taken):
                found.append(Number(m.start("n"), m.end("n"), 1, None, None, "exact", m.start("n"), m.end("n")))
                taken.append((m.start("n"), m.end("n")))
    for m in _RANGE.finditer(text):
        a = m.group("b1") or m.group("f1") or m.group("d1")
        b = m.group("b2") or m.group("f2") or m.group("d2") or m.group("o2")
        low, high = to_int(a), to_int(b)
        scale = _RANGE_SCALE.search(b)
        bare = _BARE_END.fullmatch(a.strip())
        if m.group("o2") and not ((scale and not _RANGE_SCALE.search(a)) or (bare and _ROUND_THOUSANDS.search(b))):
            continue  # "300,000 or 150,000": two figures, one of them the speaker's
        if m.group("d2") and _BY_BEFORE.search(text, max(0, m.start() - 12), m.start()) and _TO_BETWEEN.search(m.group()):
            continue  # "the toll rose by 12 to 45": the change and the new toll, no range
        first_end = float(a) if bare else low  # (a decimal as written: "1.5 to 2 million")
        if low is not None and high is not None and scale and not _RANGE_SCALE.search(a) and first_end * _SCALES[scale.group(1).lower()] <= high:
            low = round(first_end * _SCALES[scale.group(1).lower()])  # "10-12 thousand", "1.5 to 2 million": the scale holds for both
        elif low is not None and high is not None and bare and "." not in a and _ROUND_THOUSANDS.search(b) and low * 1000 < high:
            low *= 1000  # "20-30,000" is 20,000 to 30,000, as people say it
        if low is None or high is None or not (0 < low < high) or high > 20 * max(low, 1):
            continue
        if _YEAR.fullmatch(a.strip()) or _is_date_or_year(text, m.start(), m.end(), b):
            continue
        if m.group("d1") and (re.search(r"[-–—]", m.group()) and not _DASH_BETWEEN_FIGURES.search(m.group())):
            continue
        found.append(Number(m.start(), m.end(), None, low, high, "range", m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _NUMBER_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        raw = m.group()
        if raw.lower() == "two" and _THE_TWO.search(text, max(0, m.start() - 4), m.start()) and _PUNCT_AFTER.match(text, m.end()):
            continue  # "Western estimates fall between the two:": both of those named, no count
        if raw.lower() == "one" and not _ONE_FOLLOWER.match(text[m.end():m.end() + 12]) \
                and not (_TOLL_VERB_BEFORE.search(text, max(0, m.start() - 12), m.start()) and _ENDS_TOLL.match(text, m.end())):
            continue
        if _FRACTION_OR_SPAN_AFTER.match(text, m.end()):
            continue  # "two-thirds of those named", "three and a half years on": a share or a time, no count
        if _is_date_or_year(text, m.start(), m.end(), raw) or _AGE_AFTER.match(text, m.end()) or _AGE_ASIDE.fullmatch(raw) and \
                _NAME_COMMA_BEFORE.search(text, max(0, m.start() - 30), m.start()) and _AFTER_AGE.match(text, m.end()):
            continue  # dates, years; ages ("a six-year-old child") are no figure and must not cut the window of the one before
        if text[max(0, m.start() - 1):m.start()].isalnum() or text[m.end():m.end() + 1].isalpha() and not re.match(r"[kK]\b", text[m.end():m.end() + 2]):
            continue  # part of a word or code (T-72, Su-25, 2nd)
        if _MODEL_DASH.search(text[max(0, m.start() - 6):m.start()]) or _in_url(text, m.start(), m.end()):
            continue  # model names (T-72, Su-25), the end of 1979-89, numbers inside URLs
        dotted = _DOT_THOUSANDS.fullmatch(raw) is not None and _COUNT_NOUN_AFTER.match(text, m.end()) is not None \
            and not text[max(0, m.start() - 1):m.start()] == "."
        if "." in raw and not dotted and not re.search(r"(?:thousand|million|mln|mn|k|m|lakhs?|crores?)$", raw, re.IGNORECASE):
            continue  # 24.02 is a date and 1.5 alone is no count
        # ("12.000 soldiers": a dot for the thousands comma, as translations from European languages write it)
        value = int(raw.replace(".", "")) if dotted else to_int(raw)
        if value is None or value > 50_000_000:
            continue
        qualifier, q_start = _qualifier(text, m.start())
        end = m.end()
        post = _POST_AT_LEAST.match(text[end:end + 8])
        if post and qualifier == "exact":
            qualifier, end = "at_least", end + post.end()
        elif qualifier == "exact" and (post := _POST_APPROX.match(text[end:end + 8])):
            qualifier, end = "approx", end + post.end()
        elif qualifier == "exact" and _NOUN_OR_MORE.match(text, end, end + 40):
            qualifier = "at_least"  # "2,500 soldiers or more" (the figure's span stays the number: its noun is read after it)
        found.append(Number(q_start, end, value, None, None, qualifier, m.start(), m.end()))
    return sorted(found, key=lambda n: n.start)
