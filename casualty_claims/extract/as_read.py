"""The text as the grammar reads it: a copy of the same length, so every offset still points into the document.
(`read_closed_up` also closes up the gaps of a page's layout, with a map of each position back to the document.)

Layout and typography that do not change what a text says (no-break spaces, quote marks, Windows line ends, page
furniture, a headline in title case) are written one way here, so the grammar's patterns need only that one way.
"""

import re
from datetime import date, timedelta

from casualty_claims.extract.dates import find_dates
from casualty_claims.extract.headline_case import sentence_case_headline

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "«": "“", "»": "”"})
# a quote in single curly marks (British style): the closing mark is the first ’ that no letter follows
_SINGLE_QUOTED = re.compile(r"‘(?=\S)([^‘’\n]*(?:’\w[^‘’\n]*)*)’(?!\w)")
# (with no agency, a city in capitals and a day: "GENEVA, Nov 20 - ")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{1,30}(?:(?:,\s*(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?\s*"
                       # (any agency: "(Reuters)", "(RIA Novosti)", "(Interfax-Ukraine)")
                       r"\([A-Z][\w/.&-]*(?: [A-Z][\w/.&-]*){0,2}\)|,\s*(?P<bare_day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))\s*[-–—]\s*", re.MULTILINE)
_SPACED_HYPHEN = re.compile(r"(?<=[^\d\s]) - (?=[^\d\s])")
_EDGE_SPACE = re.compile(r"[ \t]+(?=\n)|(?<=\n)[ \t]+")
# "stated" is "said" to every speech tag of the grammar ("..., the governor stated"); read as "said" and two blanks
_STATED = re.compile(r"\bstated\b")
# "brought down" is "shot down" to every loss cue of the grammar ("air defences brought down 21 drones"); the same
# length in each form, or "shot down" and blanks
_BROUGHT_DOWN = re.compile(r"\b(?:brought|bring|brings|bringing)\s+down\b")
_SHOT_DOWN = {"brought": "shot down   ", "bring": "shoot down", "brings": "shoots down", "bringing": "shooting down"}
# a picture's pointer after a name parts the speaker from the verb: "Zelensky (pictured) said"
_PICTURED = re.compile(r"\((?:pictured|pictured (?:left|right|above|below|centre|center|here)|left|right|centre|center|above|below|"
                       r"top|bottom|file photo|file picture|file|seen here|in a file photo)\)", re.IGNORECASE)
_CURLY_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")
_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}"
_NAMES = _NAME + r"(?:(?:,| and) " + _NAME + r")*"
# Lines of page furniture that name no source and state no figure: bylines, time stamps, share buttons, photo
# credits, links to other stories. Left in, a byline between a headline and its first paragraph parts the two, and a
# footer after a signed post takes the place of its signature.
_FURNITURE = re.compile(
    r"^(?![^\n]*\b(?:killed|dead|died|wounded|injured|lost|loss|losses|casualties|destroyed)\b)"
    r"(?:By (?:" + _NAMES + r"|[A-Z][\w.'’-]+|(?:a |an |our )?(?:staff |special |own |foreign )?(?:reporter|correspondent|writer)s?)"
    r"(?: in [A-Z][\w'’-]+)?(?:, [\w ]{1,40})?"
    # a byline without "By" says where or what its writer is: "Luke Harding in Kyiv", "Jane Doe, Kyiv correspondent"
    r"|" + _NAMES + r"(?: in [A-Z][\w'’-]+(?: and " + _NAMES + r" in [A-Z][\w'’-]+)?|, [\w ]{0,30}(?:correspondent|editor|reporter))"
    r"|(?:Updated|Published|Last updated|Posted)(?: on| at)?:?\s+(?:\d|[A-Z][a-z]{2,8}\.? \d|\w+day\b)[^\n]{0,40}"
    r"|Share(?: this (?:article|story))?|Share on \w+|Follow us on [^\n]{1,40}|Subscribe[^\n]{0,60}|Advertisement"
    r"|Listen to this article[^\n]{0,20}|\d+ min(?:ute)?s? read"
    r"|(?:Photo|Image|Photograph|Credit)(?: credit)?: [^\n.\d]{1,60}"
    r"|Read (?:more|also): [^\n\d]{1,80}"
    r"|(?:Copyright|©)[^\n]{0,80})\s*$",
    re.MULTILINE)


# A "Read also:" line and the list of links to other stories under it: their figures are other stories' headlines
# (a "Most read" list numbers its links: "1. Ukraine war latest: 5 killed in Kharkiv strike")
_LINKS_BLOCK = re.compile(r"^(?:Read also|Read more|See also|Related(?: stories| articles| news)?|More on this(?: topic)?"
                          r"|Most (?:read|popular|viewed)|Trending(?: now)?|Top stories|Editor['’]s picks):?[ \t]*\n"
                          r"(?:[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+[^\n]*(?:\n|$))+", re.MULTILINE | re.IGNORECASE)


# ... and one such line with its link inline: "Related: Zelensky says 31,000 Ukrainian troops killed"
_LINK_LINE = re.compile(r"^(?:Read also|Read more|See also|Related(?: stories| articles| news)?|More on this(?: topic)?):[ \t]+[^\n]{1,160}$",
                        re.MULTILINE | re.IGNORECASE)


_HEADLINE_REACH = 1500  # how far into a page its headline may stand


def as_read(text: str, title: str | None = None) -> str:
    """The text as the grammar reads it: the same length, so every offset still points into the document's own text.
    No-break and thin spaces read as spaces (HTML keeps them between words and inside figures); guillemets and single
    curly quotes as double curly quotes; a curly apostrophe
    inside a word as a straight one ("Ukraine’s military"); a hyphen set off by spaces between words as a dash
    ("12,654 civilians - including 673 children - have been killed"); a wire dateline ("KYIV, June 5 (Reuters) - ")
    as blanks, since the agency relays and the city is no speaker, and so a picture's pointer ("Zelensky (pictured)
    said"); "stated" as "said" and "brought down" as "shot down"; a Windows line end as a blank line, which reads
    as one line end, and a lone carriage return as a newline; spaces and tabs that end or indent a line as line ends
    (a blank line reads as one); lines of page furniture, and a "Read also:" list of links, as blank lines; a
    title-case headline in sentence case
    (headline_case)."""
    read = _SINGLE_QUOTED.sub(r"“\1”", text.translate(_SPACES))
    read = _SPACED_HYPHEN.sub(" – ", _CURLY_APOSTROPHE.sub("'", read))
    read = _DATELINE.sub(lambda m: " " * len(m.group()), read)
    read = _PICTURED.sub(lambda m: " " * len(m.group()), read)
    read = _STATED.sub("said  ", read)
    read = _BROUGHT_DOWN.sub(lambda m: _SHOT_DOWN[m.group().split()[0]].ljust(len(m.group())), read)
    if "\r" in read:
        read = read.replace("\r\n", "\n\n").replace("\r", "\n")
    read = _EDGE_SPACE.sub(lambda m: "\n" * len(m.group()), read)
    read = _FURNITURE.sub(lambda m: "\n" * len(m.group()), read)
    read = _LINKS_BLOCK.sub(lambda m: "\n" * len(m.group()), read)
    read = _LINK_LINE.sub(lambda m: "\n" * len(m.group()), read)
    return sentence_case_headline(read, headline_start(read, title))


def headline_start(read: str, title: str | None) -> int:
    """Where the headline starts in the text as read: at the line that opens with the document's title, when one of the
    text's first lines does (a scraped page may put "Skip to content", a section name or the page's address before
    it); else 0, the first line."""
    if not title or not title.strip():
        return 0
    head = _CURLY_APOSTROPHE.sub("'", title.translate(_SPACES)).strip()[:40]
    # (in any case: the line may already be in sentence case, and a page may set its headline in capitals)
    line = re.compile(r"(?:^|(?<=\n))" + re.escape(head), re.IGNORECASE)
    m = line.search(read, 0, _HEADLINE_REACH)
    return m.start() if m else 0


def dateline_day(text: str, published: date) -> date:
    """The day a wire dateline gives ("KYIV, June 14 (Reuters) - "), when it is the publication day or up to two days
    before it: the report's own day, against which its "overnight" and "on Tuesday" are read. Else `published`."""
    m = _DATELINE.search(text[:600])
    if m is None or not (m.group("day") or m.group("bare_day")):
        return published
    found = find_dates(m.group("day") or m.group("bare_day"), published)
    if not found:
        return published
    day = found[0].day
    return day if timedelta(0) <= published - day <= timedelta(days=2) else published


# Gaps that a page's layout leaves and the grammar, whose patterns read words parted by one space and whose reach over
# a paragraph break is counted in characters, should not see: two or more blanks inside a line or a tab ("killed.  The",
# "said 12\tsoldiers"; no-break spaces too, before they read as spaces), and a sentence glued to the one before it
# ("in Ukraine.Up to 45,000", as the sentence splitter reads it); then more than one blank line, which the lines of
# furniture blanked above leave as well.
# (and a space a page's markup left before a possessive: "Vladimir Putin 's forces", a name that was a link)
_GAPS = re.compile(r"[ \t\u00a0\u202f\u2009\u2007]{2,}|\t|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])|(?<=\w) (?=['’]s\b)")
_BLANK_LINES = re.compile(r"\n{3,}")


def _closed_up(text: str, gaps: re.Pattern) -> tuple[str, list[int] | None]:
    """`text` with each gap closed up (a run of blanks as one space, of blank lines as one blank line, a missing space
    after a full stop put in, a space before a possessive left out), and where each of its characters stands in `text` (None when nothing changed, the
    common case). The map has one entry past the end, so that a span's end maps too."""
    parts, where, at = [], [], 0
    for m in gaps.finditer(text):
        start, end, gap = m.start(), m.end(), m.group()
        if gap in ".!?":
            parts.append(text[at:end] + " ")  # (the space stands where the next sentence starts)
            where.extend(range(at, end + 1))
        elif gap == " ":  # the space before a possessive: left out
            parts.append(text[at:start])
            where.extend(range(at, start))
        else:
            parts.append(text[at:start] + ("\n\n" if gap[0] == "\n" else " "))
            where.extend(range(at, start + (2 if gap[0] == "\n" else 1)))
        at = end
    if not parts:
        return text, None
    parts.append(text[at:])
    where.extend(range(at, len(text) + 1))
    return "".join(parts), where


def read_closed_up(text: str, title: str | None = None) -> tuple[str, list[int] | None]:
    """`as_read(text, title)` with the gaps of a page's layout closed up, and where each of its characters stands in
    `text` (None when it is `as_read`'s copy, of the same length)."""
    gapless, where = _closed_up(text, _GAPS)
    read, where_read = _closed_up(as_read(gapless, title), _BLANK_LINES)
    if where is None or where_read is None:
        return read, where or where_read
    return read, [where[i] for i in where_read]
