"""Date expressions in a text, resolved against the publication date.

"yesterday", weekday names (the latest such weekday not after publication),
"2 March", "March 2, 2022", "as of 15 March", "between 24 February and 15 March"
(the end), month names ("in September": its last day), years ("during 2024"),
"last month", "last week" (its Sunday), "over the weekend" (its Sunday), "three days before/ago", "20.05.24". Nothing resolves after the publication date.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from casualty_claims.extract import fastre
from casualty_claims.extract.calendar_words import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from casualty_claims.extract.numbers import to_int

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_WAR_BEGAN = date(2022, 2, 1)  # (the month of the invasion: no figure of this war holds before it)
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
# (not the start of a name: "one in Mar’yntsi" is no March)
_M = r"(?P<month>" + MONTH_NAMES + r"|" + MONTH_ABBREVIATIONS + r")(?![’'][a-z])\.?"
# a day of the month, not the start of a figure after the month ("in August 20,000 had died")
_DAY = r"\d{1,2}(?!\d|,\d{3}\b)"
# (a day and its month stand on one line: "... since Feb. 24\nSeptember 19, 2022" holds two dates, not "24 September")
_DAY_MONTH = fastre.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[^\S\n]+(?:of\s+)?{_M}(?:,?\s+(?P<year>20\d\d))?\b", re.IGNORECASE)
# ("the night of June 8-9": a span of days, which ends on its last)
_MONTH_DAY = fastre.compile(rf"\b{_M}[^\S\n]+(?:\d{{1,2}}[-–])?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,\d{{3}}\b)(?:,?\s+(?P<year>20\d\d))?", re.IGNORECASE)
# ("in late December and early January": the second month of a joined window, which a time of month marks as one)
_MONTH_ONLY = fastre.compile(rf"\b(?:in|during|for|of|throughout|since|from|to|until|through|(?<=compared )with|and(?=\s+(?:early|mid|late)[- ]))\s+"
                             rf"(?:the\s+month\s+of\s+|(?:early|mid|late)[- ]|the (?:middle|end) of\s+)?{_M}(?:\s+(?P<year>20\d\d))?\b"
                             rf"(?!\.?\s+{_DAY})", re.IGNORECASE)  # not "Feb. 6": a day
_NEXT_MONTH = re.compile(rf"(?:,\s+|,?\s+and\s+){_M}(?:\s+(?P<year>20\d\d))?\b(?!\.?\s+{_DAY})", re.IGNORECASE)
# "the deadliest month after May, when 38,940 were lost": a month named by its own figure's when-clause
_MONTH_WHEN = fastre.compile(rf"\b(?:after|before|behind|unlike|like)\s+{_M}(?:\s+(?P<year>20\d\d))?(?=,\s*when\b)", re.IGNORECASE)
_BETWEEN_MONTHS = fastre.compile(rf"\bbetween\s+(?:{MONTH_NAMES})\s+and\s+{_M}(?:\s+(?P<year>20\d\d))?\b(?!\.?\s+{_DAY})", re.IGNORECASE)
_RELATIVE_YEAR = fastre.compile(r",?\s+(?P<which>last|this)\s+year\b", re.IGNORECASE)
# a month that is the subject of its sentence: "March was one of the deadliest months" (case-sensitive: "the march was")
MONTH_SUBJECT = fastre.compile(rf"\b(?P<month>{MONTH_NAMES})(?:\s+(?P<year>20\d\d))?(?:\s+alone)?"
                               r"\s+(?:was|saw|has been|had been|became|proved|marked|accounted)\b")
# ", when" right after a date: "since March 2, when the ministry reported 498" dates that report, it opens no window;
# a when-clause of something starting is the window's start ("since June, when its counteroffensive began")
WHEN_AFTER = fastre.compile(r",?\s*when\b(?![^,.;]{0,40}\b(?:launched|invaded|began|begun|started|unleashed|kicked\s+off)\b)",
                            re.IGNORECASE)
# (and "in the 10 months of 2022": the months of that year the war lasted)
_YEAR_ONLY = fastre.compile(r"\b(?:in|during|throughout|for|over the course of|(?:in|during|over) the (?:first |last )?(?:\w+|\d+) months of)"
                            r"\s+(?P<year>20\d\d)\b(?!\s*[-–/])", re.IGNORECASE)
_WEEKDAY = fastre.compile(r"\b(?:on\s+|last\s+|this\s+)?(?P<wd>" + WEEKDAY_NAMES + r")\b", re.IGNORECASE)
_RELATIVE = fastre.compile(r"\b(?P<word>(?:the\s+)?day\s+before\s+yesterday|yesterday|today|last night|overnight|this morning|on Sunday night)\b",
                           re.IGNORECASE)
_AGO = fastre.compile(r"\b(?P<n>\w+|\d+)\s+(?P<unit>days?|weeks?)\s+(?:ago|before|earlier)\b", re.IGNORECASE)
_MONTH_YEAR = fastre.compile(rf"\b{_M}\s+(?P<year>20\d\d)\b", re.IGNORECASE)
# ("by late November", and "by November" with a month alone, as a month-only date reads: the end of that month too)
_END_OF = fastre.compile(rf"\b(?:at |by )?(?:the end of |(?<=by )late |(?<=by )(?=(?:{MONTH_NAMES})\b(?!\.?\s+{_DAY})))(?:{_M}\s*)?"
                         r"(?P<year>20\d\d)?\b", re.IGNORECASE)
_FIRST_MONTHS = fastre.compile(r"\bfirst\s+(?P<n>\w+)\s+months\s+of\s+(?:(?P<year>20\d\d)|(?P<rel>this|the|last)\s+year)\b", re.IGNORECASE)
# "by mid-May": the middle of that month
_BY_MID = fastre.compile(rf"\bby\s+(?:the\s+middle\s+of\s+|mid-?\s*){_M}(?:\s+(?P<year>20\d\d))?\b", re.IGNORECASE)
# "in the first ten days of September", "the first two weeks of May 2023", "the first week of March": the window ends on that day
_FIRST_DAYS = fastre.compile(rf"\bfirst\s+(?:(?P<n>\w+)\s+(?P<unit>days|weeks)|(?P<fortnight>fortnight)|(?P<week>week))\s+of\s+"
                             rf"(?:(?:this|the)\s+month\s+of\s+)?"
                             rf"(?P<month>{MONTH_NAMES})(?:\s+(?P<year>20\d\d))?\b", re.IGNORECASE)
# "over the weekend": the weekend's Sunday, or the publication day during one ("last weekend": the one before)
_WEEKEND = fastre.compile(r"\b(?:(?:over|during|at|across)\s+the|(?P<this>this)|(?P<last>last))\s+weekend\b", re.IGNORECASE)
_LAST_MONTH = fastre.compile(r"\blast\s+(?P<what>month|year|week)\b", re.IGNORECASE)
_FIRST_DAY = fastre.compile(r"\bthe first day of (?:the |Russia's )?(?:full-scale )?(?:invasion|war)\b", re.IGNORECASE)
# Day-first numeric dates, as the General Staff writes them: "24.02.22", "20.05.2024".
_ISO = fastre.compile(r"(?<![\d-])(?P<year>20[2-3]\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])")  # "2024-06-03", as data and bots write it
_NUMERIC = fastre.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:20)?2\d)(?![\d.]\d)")
_SLASHED = fastre.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/(?P<year>20[2-3]\d)(?![\d/])")
_LAST_NAMED_MONTH = fastre.compile(rf"\blast\s+{_M}\b(?!\.?\s+{_DAY})", re.IGNORECASE)  # "estimates made last August"
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
             "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
_ORDINAL_DAYS = {w: i + 1 for i, w in enumerate(_ORDINALS)}
_ORDINAL_DAYS.update({f"twenty-{w}": 21 + i for i, w in enumerate(_ORDINALS[:9])})
_ORDINAL_DAYS.update({"thirtieth": 30, "thirty-first": 31})
_FIRST_FOUR = "|".join(_ORDINALS[:4])
# "in the first quarter of 2024", "the second half of 2023": the window ends on its last day
# (with no year, "in the second quarter": the latest such part that has ended by publication, or the current one)
_PART_OF_YEAR = fastre.compile(rf"(?P<lead>\b(?:in|during|over|for)\s+the\s+)?\b(?P<ord>{_FIRST_FOUR}|last)\s+(?P<part>quarter|half)"
                               rf"(?:\s+of\s+(?P<year>20\d\d)|\s+of\s+(?:the|this)\s+year)?\b(?!\s+of\b)", re.IGNORECASE)
# "over the first year of the war": the war's first anniversary
_WAR_YEAR = fastre.compile(rf"\b(?P<ord>{_FIRST_FOUR}) year of (?:the )?(?:full-scale )?(?:war|invasion)\b", re.IGNORECASE)
_ORDINAL_DAY = fastre.compile(  # "the twenty-eighth of November"
    rf"\b(?P<ord>{'|'.join(sorted(_ORDINAL_DAYS, key=len, reverse=True))})\s+of\s+{_M}(?:,?\s+(?P<year>20\d\d))?\b", re.IGNORECASE)


_OPENED_SINCE = re.compile(r"\b(?:since|from|starting)\s+$|\b(?:invaded|invasion|began|started|launched)\b[^.;,\d]{0,30}\b(?:in|on)\s+$",
                           re.IGNORECASE)
_OPENS_SINCE = re.compile(r"(?:since|from)\b", re.IGNORECASE)
_LEAD = re.compile(r"(?:in|on)\s+", re.IGNORECASE)


def _lead(text: str, mention: "DateMention") -> int:
    """The length of the preposition a mention starts with ("in February 2022"), read as the words before the date."""
    lead = _LEAD.match(text, mention.start, mention.end)
    return lead.end() - mention.start if lead else 0


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: date
    window: bool  # a month or a year: the figure covers a window ending on `day`


def _cap(day: date, published: date) -> date:
    return min(day, published)


def _month_day(month: int, day: int, year: str | None, published: date) -> date | None:
    try:
        if year:
            return date(int(year), month, day)
        guess = date(published.year, month, day)
        return guess if guess <= published else date(published.year - 1, month, day)
    except ValueError:
        return None


def find_dates(text: str, published: date) -> list[DateMention]:
    found: list[DateMention] = []
    folded = text.casefold()

    def add(m, day, window=False, end=None):
        if day is not None and day <= published and not any(f.start <= m.start() < f.end for f in found):
            found.append(DateMention(m.start(), end or m.end(), day, window))

    def year_after(m) -> tuple[str | None, int | None]:
        """("2022", end) for "February 24 last year" / "in March this year": the year named after the date, in words."""
        if m["year"]:
            return m["year"], None
        relative = _RELATIVE_YEAR.match(text, m.end())
        if relative is None:
            return None, None
        return str(published.year - (relative["which"].lower() == "last")), relative.end()

    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for m in fastre.finditer(pattern, text, folded):
            year, end = year_after(m)
            add(m, _month_day(MONTHS[m["month"].lower().rstrip(".")], int(m["day"]), year, published), end=end)
    for m in fastre.finditer(_NUMERIC, text, folded):
        year = int(m["year"]) + (2000 if len(m["year"]) == 2 else 0)
        try:
            add(m, date(year, int(m["month"]), int(m["day"])))
        except ValueError:
            pass  # "31.02.22" is no day
    for m in fastre.finditer(_SLASHED, text, folded):
        # "from 24/02/2022 to 10/05/2022": day first, as Ukraine and the UN write it; month first only
        # where day first names no day on or before publication (an American "3/7/2022")
        for day, month in ((int(m["a"]), int(m["b"])), (int(m["b"]), int(m["a"]))):
            try:
                found_day = date(int(m["year"]), month, day)
            except ValueError:
                continue
            if found_day <= published:
                add(m, found_day)
                break
    for m in fastre.finditer(_ISO, text, folded):
        try:
            add(m, date(int(m["year"]), int(m["month"]), int(m["day"])))
        except ValueError:
            pass
    for m in fastre.finditer(_FIRST_DAY, text, folded):
        add(m, date(2022, 2, 24))
    for m in fastre.finditer(_ORDINAL_DAY, text, folded):
        add(m, _month_day(MONTHS[m["month"].lower().rstrip(".")], _ORDINAL_DAYS[m["ord"].lower()], m["year"], published))
    for m in fastre.finditer(_LAST_NAMED_MONTH, text, folded):  # the latest such month before the current one
        month = MONTHS[m["month"].lower().rstrip(".")]
        year = published.year if month < published.month else published.year - 1
        add(m, date(year, month, calendar.monthrange(year, month)[1]), window=True)
    for m in fastre.finditer(_END_OF, text, folded):
        if m["year"] or m["month"]:
            month = MONTHS[m["month"].lower().rstrip(".")] if m["month"] else 12
            # (a month later in the year than the publication, with no year named, is last year's: "by the end of
            # November" in a January story)
            year = int(m["year"]) if m["year"] else published.year if month <= published.month or not m["month"] else published.year - 1
            if not m["year"] and date(year, month, 1) < _WAR_BEGAN:
                year = published.year  # "by November" in a September 2022 story is ahead (capped below), not before the war
            add(m, _cap(date(year, month, calendar.monthrange(year, month)[1]), published), window=True)
    for m in fastre.finditer(_FIRST_MONTHS, text, folded):  # "in the first five months of 2025": to the end of May
        n = to_int(m["n"])
        if n and 1 <= n <= 12:
            year = int(m["year"]) if m["year"] else published.year - 1 if m["rel"].lower() == "last" else published.year
            add(m, _cap(date(year, n, calendar.monthrange(year, n)[1]), published), window=True)
    for m in fastre.finditer(_BY_MID, text, folded):
        month = MONTHS[m["month"].lower().rstrip(".")]
        year = int(m["year"]) if m["year"] else published.year if month <= published.month else published.year - 1
        add(m, _cap(date(year, month, 15), published), window=True)
    for m in fastre.finditer(_FIRST_DAYS, text, folded):
        end = 14 if m["fortnight"] else 7 if m["week"] else (to_int(m["n"]) or 0) * (7 if m["unit"].lower() == "weeks" else 1)
        if 0 < end <= 28:
            month = MONTHS[m["month"].lower()]
            year = int(m["year"]) if m["year"] else published.year if month <= published.month else published.year - 1
            add(m, _cap(date(year, month, end), published), window=True)
    for m in fastre.finditer(_MONTH_YEAR, text, folded):
        month, year = MONTHS[m["month"].lower().rstrip(".")], int(m["year"])
        add(m, _cap(date(year, month, calendar.monthrange(year, month)[1]), published), window=True)
    for m in fastre.finditer(_MONTH_ONLY, text, folded):
        month = MONTHS[m["month"].lower().rstrip(".")]
        # A bare month takes the year of a date named just before it ("4,289 deaths in March 2022, 840 in April").
        # (only a year written out carries: "in September, ... In January" is this January)
        # (not a window's start: "since February 2022 ... In May alone" is this May, and so is "the costliest month
        # since it invaded Ukraine in February 2022 ... in November")
        named = [f for f in found if f.end <= m.start() and m.start() - f.end < 120 and re.search(r"\d{4}", text[f.start:f.end])
                 and not _OPENED_SINCE.search(text, max(0, f.start - 50), f.start + _lead(text, f)) and not _OPENS_SINCE.match(text, f.start)]
        named_year, end = year_after(m)
        year = int(named_year) if named_year else named[-1].day.year if named and named[-1].window else (
            published.year if month <= published.month else published.year - 1)
        if m.group().lower().startswith("since") and not WHEN_AFTER.match(text, m.end()):
            continue  # "since February" opens a window that ends at publication ("since March, when it said" dates a figure)
        add(m, _cap(date(year, month, calendar.monthrange(year, month)[1]), published), window=True, end=end)
        # "In August, September and October together, 490 were killed": each month of the list is one, the last ending it
        nxt = _NEXT_MONTH.match(text, end or m.end())
        while nxt is not None and end is None:
            following = MONTHS[nxt["month"].lower().rstrip(".")]
            year = int(nxt["year"]) if nxt["year"] else year + (1 if following < month else 0)
            month = following
            day = _cap(date(year, month, calendar.monthrange(year, month)[1]), published)
            if day <= published and not any(f.start <= nxt.start("month") < f.end for f in found):
                found.append(DateMention(nxt.start("month"), nxt.end(), day, True))
            nxt = _NEXT_MONTH.match(text, nxt.end())
    for m in fastre.finditer(_MONTH_WHEN, text, folded):
        month = MONTHS[m["month"].lower().rstrip(".")]
        year = int(m["year"]) if m["year"] else published.year if month <= published.month else published.year - 1
        add(m, _cap(date(year, month, calendar.monthrange(year, month)[1]), published), window=True)
    for m in fastre.finditer(_BETWEEN_MONTHS, text, folded):
        # "Between January and March, the UN recorded 1,800": the window ends with the second month
        month = MONTHS[m["month"].lower().rstrip(".")]
        year = int(m["year"]) if m["year"] else published.year if month <= published.month else published.year - 1
        if not any(f.start <= m.start("month") < f.end for f in found):
            add(m, _cap(date(year, month, calendar.monthrange(year, month)[1]), published), window=True)
    for m in fastre.finditer(MONTH_SUBJECT, text, folded):
        month = MONTHS[m["month"].lower()]
        year = int(m["year"]) if m["year"] else published.year if month <= published.month else published.year - 1
        add(m, _cap(date(year, month, calendar.monthrange(year, month)[1]), published), window=True)
    for m in fastre.finditer(_YEAR_ONLY, text, folded):
        add(m, _cap(date(int(m["year"]), 12, 31), published), window=True)
    for m in fastre.finditer(_PART_OF_YEAR, text, folded):
        if not m["year"] and not m["lead"]:
            continue  # ("a last quarter", "the first half" alone: no window named)
        k = _ORDINAL_DAYS.get(m["ord"].lower(), 4)  # "last" is the fourth quarter, the second half
        month = k * 3 if m["part"].lower() == "quarter" else min(k, 2) * 6
        year = int(m["year"]) if m["year"] else published.year if month - (2 if m["part"].lower() == "quarter" else 5) <= published.month \
            else published.year - 1
        add(m, _cap(date(year, month, calendar.monthrange(year, month)[1]), published), window=True)
    for m in fastre.finditer(_WAR_YEAR, text, folded):
        add(m, _cap(date(2022 + _ORDINAL_DAYS[m["ord"].lower()], 2, 24), published), window=True)
    for m in fastre.finditer(_WEEKDAY, text, folded):
        # (each test only on its own side: the text between a date before and the weekday, or the weekday and a date after)
        if any(0 <= m.start() - f.end <= 3 and re.fullmatch(r"[\s,(]*", text[f.end:m.start()])
               or 0 <= f.start - m.end() <= 3 and re.fullmatch(r"[\s,)]*", text[m.end():f.start]) for f in found if not f.window):
            continue  # "Feb. 25, Friday": the weekday of the date beside it, not the last Friday before publication
        back = (published.weekday() - WEEKDAYS[m["wd"].lower()]) % 7
        add(m, published - timedelta(days=back))
    for m in fastre.finditer(_RELATIVE, text, folded):
        word = m["word"].lower()
        back = 2 if word.endswith("before yesterday") else 1 if word == "yesterday" else 0
        add(m, published - timedelta(days=back))
    for m in fastre.finditer(_AGO, text, folded):
        n = 1 if m["n"].lower() == "a" else to_int(m["n"])  # "a week ago"
        if n is not None and n < 400:
            add(m, published - timedelta(days=n * (7 if m["unit"].lower().startswith("week") else 1)))
    for m in fastre.finditer(_WEEKEND, text, folded):
        during = published.weekday() >= 5 and not m["last"]
        add(m, published if during else published - timedelta(days=published.weekday() + 1), window=True)
    for m in fastre.finditer(_LAST_MONTH, text, folded):
        if m["what"].lower() == "month":
            first = published.replace(day=1)
            add(m, first - timedelta(days=1), window=True)
        elif m["what"].lower() == "week":  # the Sunday that ended the week before the publication's (weeks run Monday to Sunday)
            add(m, published - timedelta(days=published.weekday() + 1))
        else:
            add(m, date(published.year - 1, 12, 31), window=True)
    return sorted(found, key=lambda d: d.start)
