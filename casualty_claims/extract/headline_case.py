"""Read a headline set in title case ("Kyiv Puts Russian Dead at 9,000 After Two Weeks of War") or in capitals as
sentence case.

The grammar takes capitals for names: a place after "in", a speaker before "says", a body such as "General Staff".
Title case capitalises every word, so "Death Toll in Kyiv Rises to 23" would read "Toll" and "Rises" as names.
The body below the headline tells which words are ordinary: a word it writes in lower case ("toll", "rises") is
lowered in the headline; a word or run of words it writes with capitals ("Kyiv", "General Staff") stays, and so does
a name of the alias table, a side ("Russian") or a month. A word the body does not use at all is lowered when it
looks like a verb or a plural ("Moscow Admits", "US Estimates"): names come back in the body, headline verbs often do not.
Only letter case changes, so the text keeps its length and every offset.
"""

import re
from collections import Counter

from casualty_claims.extract.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from casualty_claims.extract.lexicon import ALIAS_RES

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# Words short enough that title case style guides differ on them: lowered even when the body does not use them.
_FUNCTION_WORDS = frozenset(
    "a an the and or but nor of in on at to for by with from into onto over under after before since as than up out off "
    "about amid among against during per via vs is are was were be been has have had its their his her our says say said "
    "claims puts put rises rise hits tops reaches nears more nearly almost some last first new least both "
    "dead death deaths toll killed wounded injured missing "
    # (and the headline words that are never names, which a short body may not repeat: "Russia Lost 1,500 Troops In
    # Single Day, Highest Of War" would read "in Single Day" as a place)
    "lost loses lose losing day days week weeks month months year years single highest record war troops soldiers "
    "civilians children people losses casualties alone".split())
# Capitalised in every style: the sides and the calendar, which the grammar reads by their capitals.
_PROPER = re.compile(r"(?:Russians?|Russia|Ukrainians?|Ukraine|Moscow|Kyiv|Kiev|Kremlin|Putin|Zelensky\w*|American|Americans|"
                     r"British|Britain|European|Western|Soviet|Chechen|Belarus|" + MONTH_NAMES + "|" + WEEKDAY_NAMES + r")(?:['’]s)?")


def _is_title_case(words: list[str]) -> bool:
    long = [w for w in words if len(w) > 3]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _is_all_caps(words: list[str]) -> bool:
    long = [w for w in words if len(w) > 2]
    return len(long) >= 3 and sum(w.isupper() for w in long) >= 0.8 * len(long)


def _recased(head: str, body: str) -> str:
    """An all-caps headline ("RUSSIA LOST 1,200 TROOPS IN A DAY, KYIV SAYS") in the case the body writes each word
    ("Russia", "troops", "UN"), or capitalised when the body does not use it; title case is read from there."""
    forms: dict[str, Counter] = {}
    for w in _WORD.findall(body):
        forms.setdefault(w.lower(), Counter())[w] += 1
    def recase(m: re.Match) -> str:
        word = m.group()
        if word.lower() in forms:
            return forms[word.lower()].most_common(1)[0][0]
        if len(word.rstrip("sS")) <= 3 and word.lower() not in _FUNCTION_WORDS:
            return word  # a short word the body does not use is an acronym more often than not ("MOD", "POWS")
        return word.capitalize()
    return _WORD.sub(recase, head)


def sentence_case_headline(text: str, start: int = 0) -> str:
    """`text` with its headline, the line at `start` (the first line unless page furniture comes before it), in
    sentence case when that line is a title-case (or all-caps) headline over a body."""
    end = text.find("\n", start)
    if end <= start or not text[end:].strip():
        return text  # a single line: no body to learn the words from
    before, head = text[:start], text[start:end]
    capitals = _is_all_caps(_WORD.findall(head))
    if capitals:
        head = _recased(head, text[end:])
    tokens = list(_WORD.finditer(head))
    if not capitals and not _is_title_case([t.group() for t in tokens]):
        return before + head + text[end:]
    body = text[end:].replace(head, " ")  # (a page that repeats its headline teaches nothing by it)
    used = Counter(_WORD.findall(body))
    lower = Counter({w: n for w, n in used.items() if w[0].islower()})
    # capitals not opening a sentence: names ("said Zelensky", "the General Staff")
    named = Counter(m.group(1) for m in re.finditer(r"(?<=[a-z,;] )([A-Z][a-z'’]+)", body))
    names = {k for pattern, _, _ in ALIAS_RES for m in pattern.finditer(head) for k in range(m.start(), m.end())}
    chars = list(head)
    for k, token in enumerate(tokens):
        word = token.group()
        low = word.lower()
        if k == 0 or not word[0].isupper() or not (word[1:].islower() or low in _FUNCTION_WORDS):
            continue  # the headline's first word, and acronyms ("UN", "NATO"), but "A" is "a"
        if token.start() in names or _PROPER.fullmatch(word):
            continue
        if low not in _FUNCTION_WORDS and _in_named_run(tokens, k, body):
            continue  # "General Staff", "Security Council": the body writes the run with capitals
        unused = not used[word] and not lower[low] and re.search(r"(?:s|ed|ing)$", low) is not None
        if low in _FUNCTION_WORDS or lower[low] > named[word] or unused:
            chars[token.start()] = word[0].lower()
    return before + "".join(chars) + text[end:]


def _in_named_run(tokens: list[re.Match], k: int, body: str) -> bool:
    """Whether the token with a capitalised neighbour forms a pair the body writes as it stands."""
    for a, b in ((k - 1, k), (k, k + 1)):
        if a < 0 or b >= len(tokens):
            continue
        first, second = tokens[a], tokens[b]
        gap = first.string[first.end():second.start()]
        if gap == " " and first.group()[0].isupper() and second.group()[0].isupper() \
                and f"{first.group()} {second.group()}" in body:
            return True
    return False
