"""The cue patterns the claim grammar reads around each number: loss and speech words live in
lexicon.py; these are the grammar's own (scope windows, places, subcounts, sides, non-counts).
Where a name does not say which sentences a pattern is for, a comment above it does."""

import re

from casualty_claims.extract import fastre
from casualty_claims.extract import lexicon as lx
from casualty_claims.extract.calendar_words import FEBRUARY, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, WEEKDAY_NAMES
from casualty_claims.extract.numbers import ANY_QUALIFIER

# ("..., a figure that includes 790 over the past day": a relative clause on the total is "including")
SUBCOUNT = fastre.compile(r"\b(?:including|among them|among whom|of whom|of them|of which|among those|among the dead|among the victims"
                          r"|(?:which|that) (?:also )?(?:includes|included|include))\W*$", re.IGNORECASE)
# "may" only in lower case: "in May" is a month, not a forecast. "likely to have passed 200,000" is an estimate of the
# past ("may have died" stays a forecast: tried, it made two false hits on the held-out dev folds).
FORECAST = fastre.compile(r"\b(?:could|would|will|(?-i:may)|might|expected to|projected|likely to(?!\s+have\b)|aims to|plans to|would have|"
                          r"(?:is|are|was|were) about to)\b", re.IGNORECASE)  # ("the army is about to lose half a million men")
# "the number killed, wounded or deserted is likely to exceed 80,000": an estimate of the present, unless a time to come
# follows the figure ("is likely to exceed 100,000 by the end of the year"); (the number reader takes "exceed" as its
# qualifier, so the verb may be gone from the words before the figure)
PRESENT_ESTIMATE = fastre.compile(r"\b(?:is|are)\s+(?:very\s+|highly\s+)?likely\s+to\s+(?:exceed|be|number|top|surpass|stand\s+at)?\s*$", re.IGNORECASE)
TIME_TO_COME = fastre.compile(r"^[^.;]*?\b(?:by\s+(?:the\s+end|next|mid|early|late|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July"
                              r"|August|September|October|November|December|\d{4})|next\s+(?:year|month|week)|in\s+the\s+(?:coming|next)|soon)\b")
# A clause set against the one before it: "..., while occupation officials said 29 had died"
WHILE_CLAUSE = r",\s+(?:while|whereas)\s+"
# A side fronted before the figure's clause: "On the Ukrainian side, the death toll is about 70,000", "For Ukraine, they say ...".
# (no comma before a pronoun subject: "For Ukraine we estimate 60,000 to 100,000 dead")
FRONTED_SIDE = fastre.compile(r"[\s\"“]*(?:On the (Russian|Ukrainian) side|(?:For|As for) (Ukraine|Russia|Kyiv|Moscow))(?:\s*,|(?=\s+(?:we|they|he|she|it)\s))")
# A figure in digits with any thousands separator the number reader accepts ("6,520", "6 520", "6\u00a0520").
_DIGITS = r"(?:\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+)"

PLACE = fastre.compile(
    r"\b(?i:in|near|on|at|over|towards?|around|outside)\s+(?!Ukraine\b|Russia\b|Russian(?!-)\b|Ukrainian(?!-)\b"
    r"|(?:Ukrainian|Russian|Ukraine|Russia)-(?:Russian|Ukrainian|Russia|Ukraine)\b"  # "in the Russian-Ukrainian conflict": the war, no place
    r"|[A-Z][a-z]+ (?:TV|television|radio|state TV)\b"  # "on Norwegian TV": where it was said
    r"|the country\b|total\b|all\b|the war\b|Donbas\b|the east\b|eastern Ukraine\b|Government\b|territory\b"
    r"|Europe\b|the West\b"  # "the top American commander in Europe", "the deadliest war in Europe since 1945": no front
    r"|(?:" + WEEKDAY_NAMES + r"|" + MONTH_NAMES + r"|" + MONTH_ABBREVIATIONS +
    r"|Facebook|Telegram|Twitter|X|Instagram|YouTube|TV|Truth|Sky|CNN|BBC|Fox|NBC|CBS|ABC|Oryx|Mediazona|Reuters)\b)"
    r"[A-Z][a-z\u0400-\u04FF]{2,}|\b[A-Z][a-z]+(?:'s)? (?:[Rr]egion|[Oo]blast|[Dd]istrict|[Cc]ity)\b"
    r"|\b(?:battles?|fights?|fighting|assaults?|sieges?|storming|defen[cs]e|shelling|bombardment|bombing|sinking|downing|attacks?|strikes?|occupation)\s+(?:for|of|on)\s+"
    # (not a side: "troops said to have died fighting for Moscow", "for Wagner")
    # "the battle for Bakhmut", "Russia's shelling of Kharkiv", "the sinking of the Moskva"
    r"(?:the\s+)?(?!Ukraine\b|Russia\b|Moscow\b|Wagner\b)[A-Z][a-z]{2,}"
    # "the town of Dobropillia" (not "the settlement of A, B and C": several places are no one event)
    r"|\b(?:town|city|village|settlement|port city|port|district|community|region|oblast|province) of "
    r"(?!Ukraine\b|Russia\b)[A-Z][a-z]{2,}(?![\w-]*(?:,\s+|\s+and\s+)[A-Z])"
    r"|\bthe [A-Z][a-z]{2,} (?:community|hromada|district)\b"  # "in the Dubovykivska community of Ukraine's Dnipropetrovsk"
    r"|\b(?i:in|on|near|along) the (?!Russian\b|Ukrainian\b|Donbas\b)(?:[A-Z][a-z]+[- ]){1,2}(?:direction|axis|sector|area)\b"  # "in the Donetsk direction"
    # "in the Kupiansk and Lyman directions", "the Kupyansk and Krasny Liman directions"
    r"|\b(?i:in|on|near|along) the (?!Russian\b|Ukrainian\b)(?:[A-Z][a-z]+[- ]){1,2}and (?:[A-Z][a-z]+[- ]){1,2}(?:directions|axes|sectors)\b"
    r"|\b(?i:in|on|near|over|towards?|around|outside) the (?:Russian|Ukrainian) capital\b"  # "drones flying towards the Russian capital"
    # the peninsula named with its article: "drones destroyed over the Crimean peninsula" (as "over Crimea"; a sea is a
    # fleet's whole theatre: "lost three of its six landing ships in the Black Sea" is the war's count)
    r"|\b(?i:in|on|near|over|off|around) the Crimean [Pp]eninsula\b"
    r"|\b(?i:in|at|near|on) the (?!Russian\b|Ukrainian\b)[A-Z][a-z]{2,}(?:[- ][A-Z][a-z]+)? "  # "surrendered at the Azovstal plant"
    r"(?i:plant|steelworks|steel plant|works|factory|airfield|air base|airbase|seaport|railway station|bridge|dam|power plant)\b"
    # a place's battle or front named by its place: "in the Bakhmut meat grinder", "on the Zaporizhzhia front", "in its Kursk adventure"
    r"|\b(?i:in|on|near|at|along) (?:the |its |their )(?!Russian\b|Ukrainian\b|Donbas\b)[A-Z][a-z]{2,}(?:[- ][A-Z][a-z]+)? "
    r"(?i:meat ?grinder|front(?:[- ]?line)?|salient|bridgehead|spit|pocket|cauldron|incursion|adventure|battle|assault|raid|operation)\b"
    # "in occupied Melitopol", "near embattled Avdiivka" (not "in eastern Ukraine": the country is no one place)
    r"|\b(?i:in|near|outside|around) (?:occupied|Russian-occupied|liberated|besieged|embattled|front-?line|devastated) (?!Ukraine\b|Russia\b)[A-Z][a-z]{2,}"
)
# Where a statement was made is no place of the losses: "Zelensky told reporters in Kyiv", "said at a briefing in Moscow".
_SPOKEN_AT = fastre.compile(r"\b(?:told|telling|said|says|saying|speaking|spoke|addressing|addressed|briefing|conference|interview|speech|"
                            r"visit|visiting|visited|ministry|office|headquarters|government|(?:General )?Staff|command|"
                            r"Armed Forces of (?:Ukraine|Russia))(?:\s+[\w-]+){0,3}\s+$"
                            # ("during the meeting in France"; not "struck a meeting of commanders in Sumy")
                            r"|\b(?:during|at|after)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}(?:meeting|summit|forum|talks)\s+$",
                            re.IGNORECASE)


# Officials in a capital far from the front speak for a government ("officials in Washington"); officials in a town
# or region report its losses ("officials in Belgorod said a woman was killed").
_OFFICIALS_IN_A_CAPITAL = fastre.compile(r"\b(?:officials|sources|diplomats|analysts|experts|lawmakers)\s+in\s+"
                                         r"(?:Washington|London|Brussels|Paris|Berlin|Warsaw|Tallinn|Vilnius|Riga|Helsinki|Stockholm|Ottawa|Canberra|Tokyo)\b",
                                         re.IGNORECASE)


_NOT_A_PLACE_AFTER = (r"(?!Ukraine\b|Russia\b|Moscow\b|Kyiv\b|Kiev\b|Wagner\b|Ukrainians\b|Russians\b|Russian\b|Ukrainian\b"
                      r"|" + MONTH_NAMES + r"\b|" + WEEKDAY_NAMES + r"\b)")
# Two rarer forms, kept apart so the common scan stays cheap: a city an attack hit ("drones struck Odesa") and the
# count of one place ("put the figure for Bakhmut at 20,000")
_HIT_PLACE = fastre.compile(r"(?<=[a-z] )(?:struck|hit|pounded|shelled|bombed|targeted)\s+" + _NOT_A_PLACE_AFTER + r"[A-Z][a-z\u0400-\u04FF]{2,}")
_HIT_VERBS = ("struck ", "hit ", "pounded ", "shelled ", "bombed ", "targeted ")
_COUNT_FOR_PLACE = fastre.compile(r"\b(?:figures?|toll|count|tally|losses|casualties)\s+for\s+" + _NOT_A_PLACE_AFTER + r"[A-Z][a-z]{2,}")


# "lost 300 soldiers defending Mariupol" (tried only when no other place is found: an uncommon form, kept out of PLACE)
_FIGHTING_FOR_PLACE = fastre.compile(r"\b(?:defending|storming|attacking|capturing|holding|liberating|retaking|assaulting) "
                                     r"(?!Ukraine\b|Russia\b|Kyiv\b|Moscow\b)[A-Z][a-z]{2,}")


_PLACE_AS_SOURCE = re.compile(r"['’]s\s+(?:\w+\s+)?(?:telling|count|account|reckoning|version|view|estimates?|figures|data|tally|claims?)\b")


_CAPITAL_AS_SIDE = re.compile(r"\b(?:Kyiv|Kiev|Moscow)$")
_SIDES_LOSSES_AFTER = re.compile(r"['’]s\s+(?:own\s+|military\s+|army\s+|troop\s+|battlefield\s+)?"
                                 r"(?:losses|casualties|dead|deaths|death toll|toll|military|army|forces|troops|soldiers|servicemen|figures?|estimates?)\b")
_MADE_IN = re.compile(r"\b(?:made|manufactured|produced|built|supplied|delivered|donated)\s*$", re.IGNORECASE)


def place_in(text: str, before: str = "") -> re.Match | None:
    """The first place in `text` that is not where someone spoke. `before`: the text just before `text`, where the
    speaker's name may begin when a reading window cut it ("...Staff of the Armed Forces | of Ukraine in Kyiv said")."""
    for m in PLACE.finditer(text):
        spoken_in = text[m.start():m.start() + 3].lower() in ("in ", "at ", "on ") and (
            _SPOKEN_AT.search(text, max(0, m.start() - 45), m.start())
            or m.start() < 45 and before and _SPOKEN_AT.search(before[-45:] + text[:m.start()]))
        seat = _OFFICIALS_IN_A_CAPITAL.search(text, max(0, m.start() - 12), m.end())
        source = _PLACE_AS_SOURCE.match(text, m.end())  # "In Moscow's telling, ...": the capital's account, no place
        # ("an update on Kyiv's casualties": the capital names its government, whose army's losses they are)
        source = source or _CAPITAL_AS_SIDE.search(m.group()) and _SIDES_LOSSES_AFTER.match(text, m.end())
        made_in = _MADE_IN.search(text, max(0, m.start() - 16), m.start())  # "12 Leopards built in Germany were hit"
        if not spoken_in and not seat and not source and not made_in:
            return m
    hit = _HIT_PLACE.search(text) if any(verb in text for verb in _HIT_VERBS) else None
    if hit is None and "ing " in text:
        hit = _FIGHTING_FOR_PLACE.search(text)
    return hit or (_COUNT_FOR_PLACE.search(text) if " for " in text else None)


GOVERNS = fastre.compile(
    r"^[\s:]*(?:(?:the|a|an|at|least|more|than|over|some|about|nearly|almost|around|up|to|of|rose|risen|rises|rising|reached|reaches|"
    r"stood|stands|is|was|were|are|has|had|have|been|now|further|another|approximately|roughly|estimated|reaching|climbed|"
    r"increased|grew|jumped|as|many|put|puts|at|totalled|totaled|total|numbered|exceeded|exceeds|amounted|amounts|stands|by|"
    r"just|well|slightly|roughly|under|below|number|numbered)(?:[\s:]+|$))*$",  # ("civilian deaths now number 10,000")
    re.IGNORECASE,
)
# How a party words the deaths it inflicts, and its own.
ENEMY_KILL = fastre.compile(r"\b(?:eliminated|liquidated|neutrali[sz]ed|destroyed|killed up to|wiped out|annihilated)\b", re.IGNORECASE)
OWN_LOSS = fastre.compile(
    r"\b(?:died|have died|lost|losses among|comrades|"
    r"our(?!\s+(?:count|counts|estimates?|calculations?|data|figures|information|records|tally|assessment)\b)|"  # not "by our count"
    r"heroes|fallen|had been killed|have been killed|were killed|been wounded|were wounded|injured|"
    r"admitted|admits|acknowledged|acknowledges|conceded|concedes|"  # a side admits its own dead
    r"evacuated|hospitali[sz]ed|treated|buried|exhumed|bodies\s+(?:were\s+|have\s+been\s+)?recovered|"  # and evacuates, treats and buries its own
    r"(?:was|were|is|are)\s+(?:still\s+)?missing|went\s+missing|"  # and counts its own missing: "one serviceman was missing"
    r"(?:in|from|among) (?:its|their) (?:own )?ranks|"  # "spoke of 1,350 soldiers killed in its ranks"
    r"(?:published|released|named|listed) the names of)\b",  # a side names its own dead
    re.IGNORECASE,
)
# "Russia has lost", "Ukraine is said to have lost": the side named as the loser owns the figure.
LOSER = fastre.compile(
    r"\b(Russia|Moscow|Russians|Ukraine|Kyiv|Kiev|Ukrainians)\b(?:'s)?\s+(?:regime\s+|itself\s+|themselves\s+)?(?:has\s+|had\s+|have\s+)?"
    r"(?:(?:is|was|are|were)\s+(?:now\s+|\w+ly\s+){0,2}(?:said|believed|estimated|thought|reported|understood|confirmed|known|assessed)\s+to\s+have\s+)?"
    r"(?:already\s+|now\s+|reportedly\s+|also\s+)?[\"“‘']?(?:\w+ly\s+)?(?:lost|suffered|(?:is|was|are|were)\s+(?:now\s+|still\s+)?losing"
    r"|(?<=\bin Ukraine )losing|(?<=\bin Russia )losing)\b",  # "resulted in Ukraine losing 3,000 more troops"
    re.IGNORECASE,
)
# "figures for Ukraine, whose army is thought to have lost 50,000 dead": the army is the country's before "whose".
WHOSE_ARMY = fastre.compile(r"\b(Russia|Moscow|Ukraine|Kyiv|Kiev)\s*,\s+whose\s+(?:own\s+)?(?:military|army|armed forces|forces|troops|soldiers)\b")
SIDE_ARMY = fastre.compile(r"\b(Russian|Russia's|Ukrainian|Ukraine's)\s+(?:armed forces|army|military|troops|forces|servicemen|soldiers)\b"
                           r"(?!\s+administrations?\b)", re.IGNORECASE)  # (a region's "military administration" is its civil government)
# "the Russian forces have destroyed 418 aircraft": the destroyer's side, so the losses are the other side's.
ACTIVE_DESTROY = fastre.compile(r"\b(?<!been )(?:destroyed|destroys|shot down|downed|knocked out|intercepted)\b", re.IGNORECASE)
SIDE_WORD = fastre.compile(r"\b(Russian|Russia's|Russia|Ukrainian|Ukraine's|Ukraine|Kyiv's)\b", re.IGNORECASE)


def destroyer_side(sentence: str) -> str | None:
    """The side named nearest before the first active destroy verb ("in Ukraine, the Russian military has destroyed")."""
    verb = ACTIVE_DESTROY.search(sentence)
    if verb is None:
        return None
    # the side must be the verb's subject ("the Russian military has destroyed", "Ukraine destroyed"), not an adjective on
    # the destroyed things ("Oryx counted 2,800 Russian tanks destroyed")
    sides = [m for m in SIDE_WORD.finditer(sentence, max(0, verb.start() - 40), verb.start())
             if _DESTROYER_SUBJECT.match(sentence, m.end(), verb.start())]
    return sides[-1].group(1).lower() if sides else None


_DESTROYER_SUBJECT = fastre.compile(
    r"(?:\s+(?:armed\s+)?(?:forces|troops|army|military|(?:air\s+)?defen[cs]es?|air defen[cs]e (?:systems|forces|units)|units|navy|air force"
    r"|artillery|defenders|drones))?"
    r"(?:\s+(?:has|have|had|reportedly|also|says it|said it|claims to have|claimed to have))*\s*$", re.IGNORECASE)


# "Russian losses", "Ukraine's military death toll": the owner of an unlabelled figure.
SIDE_LOSSES = fastre.compile(
    r"\b(Russian|Russia's|Moscow's|Kremlin's|Putin's|North Korean|Pyongyang's|Ukrainian|Ukraine's|Kyiv's|Kiev's)\s+(?:\w+\s+){0,2}"
    r"(?:losses|casualties|dead|deaths|fatalities|death toll|toll|war dead|military|troops|army|forces|soldiers|servicemen|"
    r"fighters|personnel|service members|killed in action|(?<='s )(?:killed|wounded)"  # "Ukraine's killed in action at 15,500"
    # (the figures that give them: "The Ukrainian numbers are close to 70,000 killed")
    r"|(?:numbers|figures|tally|totals?)(?=\s+(?:are|were|is|was|stand|stood|remain|remained)\b))\b",
    re.IGNORECASE,
)
# "Kyiv has not disclosed its own military losses": the country whose own losses the sentence is about.
OWN_LOSSES_OF = fastre.compile(r"\b(Russia|Moscow|Ukraine|Kyiv|Kiev)\b[^.;,]{0,40}?\b(?:its|their) own\s+(?:military\s+|army\s+)?"
                               r"(?:losses|casualties|dead|death toll)\b")
# "Russian losses hit a new peak in the autumn, with one day's high of 1,900 troops lost": the sentence opens with whose losses
# (or a fact box's label: "Ukraine: Zelensky says 31,000 soldiers killed.")
SIDE_LOSSES_OPENING = fastre.compile(r"[\s\"“]*(Russian|Russia's|Moscow's|North Korean|Ukrainian|Ukraine's|Kyiv's|Kiev's)\s+"
                                     r"(?:military\s+|army\s+|troop\s+|combat\s+)?"
                                     r"(?:losses|casualties|death toll)\b|[\s\"“]*(Russia|Ukraine)\s*:\s")
# Whose losses, named on the losses noun anywhere before the figure: "Ukraine's total losses since the start of Moscow's
# campaign are nearing 400,000" (the later "Moscow's" names the campaign, not the loser)
LOSSES_OWNER = fastre.compile(r"\b(Russian|Russia's|Moscow's|North Korean|Ukrainian|Ukraine's|Kyiv's|Kiev's)\s+(?:(?:total|overall|military|army|troop|combat|"
                              r"personnel|human)\s+){0,2}(?:losses|casualties|death toll)\b")
HOLDER = fastre.compile(r"\b(Russia|Moscow|Ukraine|Kyiv|Kiev)\s+(?:has|had|have)\b"
                        r"(?!\s+(?:lost|suffered|destroyed|killed|said|claimed|reported|estimated|stated|announced|confirmed|put))", re.IGNORECASE)
# Bodies that count civilians: a bare "N were killed" from them is about civilians.
CIVILIAN_COUNTERS = {"un", "ua_ses", "ua_prosecutor"}
BREAKDOWN = fastre.compile(r"\([^()]*$")
AFTER_SUBCOUNT = fastre.compile(
    r"^\s*(?:of (?:which|whom|them|the victims|those victims)\b"
    r"|were among|are among|among (?:them|the dead|those)|(?:\w+\s+)?in (?:serious|critical|grave|severe|stable) condition"
    # "23,000 of the dead were volunteers", "50,000 of those casualties were Wagner fighters"
    r"|of (?:the|those|these) (?:dead|killed|fallen|casualties|deaths)\s+(?:were|are)\b(?!\s+(?:\w+\s+)?(?:children|civilians|women|minors)\b))",
    re.IGNORECASE,
)
OTHERS = fastre.compile(r"^\s*(?:more|others?|other people|additional)\b", re.IGNORECASE)
# "The highest number of victims was recorded in Kharkiv Oblast, where 300 children ...", "most of the child victims were
# registered in Kherson Oblast (210)": where most of a total fell, a breakdown of it
MOST_IN = fastre.compile(r"\b(?:the )?(?:largest|highest|biggest|greatest) (?:number|share|toll)\b[^.;]{0,60}?\b(?:in|was in|were in)\b"
                         r"|\bmost (?:\w+ ){0,3}(?:were|was) (?:reported|documented|recorded|registered|suffered) in\b"
                         r"|\bmost of the (?:\w+ )?(?:children|victims|casualties) (?:suffered|died|were)\b[^.;]{0,30}?\bin\b"
                         r"|\b(?:children|people) (?:were )?most affected in\b|\bmost (?:of the )?children suffered in\b", re.IGNORECASE)
REGIONAL_SHARE = fastre.compile(
    r"\b(?:were|was) recorded in\b(?!\s+(?:" + MONTHS + r"|20\d\d)\b)"
    r"|\bin (?:[Gg]overnment|Ukrainian|Russian)[- ](?:controlled|occupied|held)\b|\bin (?:the )?(?:territory|territories|areas?) (?:controlled|occupied|held)\b"
    r"|\bin other regions\b"
    # "Of the 9,000 killed, 4,000 were in Mariupol"
    r"|\b[Oo]f (?:the|those|these)\b[^.;]{0,60},[^.;\d]{0,20}[\d,]+[^.;\d]{0,20}\b(?:were|was|died|occurred|happened) in\b"
    # (not a vague part: "181 civilians killed, many of them in the Kherson region" is the count itself)
    r"|(?<!many )(?<!most )(?<!some )(?<!several )(?<!all )(?<!half )\bof them in\b(?! the (?:past|last|previous)\b)"
    r"|\bof (?:the|those) (?:dead|victims|killed|deaths|wounded|injured) (?:were )?in\b(?! the (?:past|last|previous)\b)"  # "with 33 of the dead in Kyiv"
    # "the most deaths were in Bashkortostan (5,945) and Tatarstan (5,605)": a count in parentheses after a region
    r"|\b(?-i:[A-Z])[\w-]+(?: (?:Oblast|Krai|[Rr]egion|[Rr]epublic|[Oo]krug))? \(\d"
)
# (not "in the region of 100,000": a figure's approximation)
LOCAL = fastre.compile(r"\b(?:in|across|of) the (?:city|town|village|region|oblast|district|settlement|republic)\b(?!\s+of\s+(?:\w+\s+)?\d)"
                       # (near a place named before; not "near the settlement of A, B and C", several places)
                       r"|\b(?:near|around|outside|on|from|for|into) the (?:city|town|village|settlement)\b(?!\s+of\b)"
                       # a site named before: "laid down their arms at the plant", "killed at the prison"
                       r"|\b(?:at|in|inside) the (?:plant|steelworks|factory|facility|prison|camp|airfield|airbase)\b"
                       r"|\b(?:in|during) the (?:battle|siege)\b(?!\s+(?:for|of)\b)"  # "20,000 casualties in the battle so far": the one named before
                       r"|\bover the (?:city|town|region|oblast|district)\b"  # "shot down eight drones over the region overnight"
                       r"|\b(?:in|on) (?:this|that|the same|the|our|their|its|his) (?:direction|axis|sector)\b|\bin (?:this|that|the same|the) area\b(?! of\b)"
                       r"|(?<=\s)there\b(?!\s+(?:is|are|was|were|have|has|had|will|would)\b)",
                       re.IGNORECASE)  # the front or town named before
# "The death toll ... has risen to 23": the verb that ties a far-left toll noun to its number.
TOLL_VERB = fastre.compile(
    r"\b(?:has |have |had )?(?:risen|rose|rises|reached|reaching|climbed|increased|grown|grew|jumped|stood|stands|stand|amounted|amount|amounts|totall?ed|"
    r"(?:(?<=losses )|(?<=losses now )|(?<=toll )|(?<=dead )|(?<=dead now ))number(?:s|ed)?|"  # "losses number 80,000": a verb
    r"exceeded|surpassed|hit|was|is|were|are|(?:are|is|were|was) (?:now )?(?:estimated|assessed|put)(?: by [\w'’ -]{2,40}?)?"
    # "the toll is approaching 300,000", "nearing 500,000"
    r"|(?:(?:is|are|was|were|has|have|had) )?(?:approaching|nearing|approached|neared)"
    # "the toll has risen by 5 to 45", "rose by three overnight to": the change and its window before the new toll
    r"|(?:(?:has|have|had) )?(?:risen|rose|rises|climbed|increased|grown|grew|jumped)\s+by\s+[\w,.]+(?:\s+[\w-]+){0,5}?\s+to"
    # transitive: "the ministry raised the number of its soldiers killed in the strike to 89" (the count, however long
    # its modifiers, set to the figure by its reporter)
    r"|\b(?:raised|raises|raising|revised|revises|revising|increased|updated|upped|lifted)\s+(?:the|its|their|his|her|this)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:toll|number|count|figure|tally|estimate)\b[^.;:]*?\s+to)(?:\s+(?:up\s+)?(?:to|at))?"
    r"(?:\s+(?:at least|more than|over|nearly|almost|about|some|around|close to))?\s*$",
    re.IGNORECASE,
)
# A count that "has risen" holds as of its report, not as of the attack dated before it.
RISEN = fastre.compile(r"\b(?:has|have)\s+(?:now\s+|since\s+)?(?:risen|reached|climbed|increased|grown|jumped|exceeded|surpassed)\b"
                       r"|\b(?:rose|climbed|jumped|grew|increased)\s+(?:again\s+)?to\b", re.IGNORECASE)
# Not counts: ages ("aged 6, 8 and 14", "men between 18 and 55"), inventories ("began the war with 3,100 tanks"), averages.
AGES = fastre.compile(
    r"\b(?:aged|ages?(?: of)?|between the ages of|(?:men|women|people|males|females|boys|girls)(?=\s+(?:between|from)\s*$))"
    r"(?:\s+(?:between|from))?\s*(?:\d{1,3}\s*(?:,\s*and|,\s*or|,|and|or|to|-|–)\s*)*$",  # ("aged 60, 39, and 26")
    re.IGNORECASE,
)
INVENTORY = fastre.compile(
    r"\b(?:began|begun|started|entered|went into)\s+the\s+(?:war|invasion|conflict)\s+with\s*(?:about\s+|some\s+|around\s+)?$"
    r"|\bleaving\s+(?:it|them|Russia|Ukraine|the army)\s+(?:with\s+)?(?:only\s+|just\s+)?(?:about\s+|some\s+|around\s+)?$",
    re.IGNORECASE,
)
AVERAGE = fastre.compile(r"\baverage\b[^.]*\b(?:daily|per day|a day)\b|\b(?:daily|per-day) average\b"
                         # "daily Russian casualty rates had risen to around 1,000": a rate, not a toll
                         r"|\b(?:casualty|loss|attrition|death|fatality|casualties)\s+rates?\b", re.IGNORECASE)
# "Russian forces hit Kyiv ... four people were killed": an army that attacks is not the owner of "people".
ATTACKS = fastre.compile(r"\s+(?:\w+\s+){0,2}?(?:hit|struck|strike|attacked|attack|shelled|launched|fired|bombed|targeted|shot|"
                         r"opened fire|shelling|bombing|dropped|killed)\b", re.IGNORECASE)  # ("when Russian troops opened fire")
# "the total number of Russians killed or injured": nationals named with the loss own it.
SIDE_PEOPLE_LOST = fastre.compile(r"\b(Russians|Ukrainians)\s+(?:\w+\s+)?(?:killed|dead|died|wounded|injured|captured)\b", re.IGNORECASE)
# Sentence-initial cues that open a window ("Since the beginning of the counteroffensive, ..."), not ones that date a statement.
WINDOW_OPENER = fastre.compile(r"(?:since|during|over|throughout|within|in the (?:past|last|first|course"
                               r"|(?:week|month|fortnight|\w+ (?:days|hours)) (?:to|ending|up to|through)\b))\b", re.IGNORECASE)
SUBJECT_LIST = [(p, k) for k, p in lx.SUBJECT_RES.items()]
# The nationality on the noun itself: "its army says it killed over 20,000 Russian soldiers".
NATION_RU = fastre.compile(r"\b(?:Russian|Russia's)\b", re.IGNORECASE)
NATION_UA = fastre.compile(r"\b(?:Ukrainian|Ukraine's)\b", re.IGNORECASE)
CLAUSE_BREAK = fastre.compile(r"[;—–]|\s-\s|(?<=\w)-\s")  # a rate belongs to the clause of its own number
ADMITS_LOSS = fastre.compile(r"\b(?:confirmed|admitted|acknowledged|conceded)\b[^.;]{0,30}\b(?:loss|losing|lost)\b", re.IGNORECASE)
# A running total, written once for the cues below: "bringing the total to", "raising Russia's total combat losses to".
_RUNNING_TOTAL = (r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes|pushed)\s+"
                  r"(?:its|the|their|Russia's|Moscow's|Ukraine's|Kyiv's|the enemy's)\s+"
                  r"(?:overall\s+|total\s+|monthly\s+|weekly\s+|yearly\s+|annual\s+)?(?:total|toll|tally|count|(?:combat\s+)?losses)")
ESTIMATE_OF = fastre.compile(r"\b(?:estimate|figure|tally|count|number|assessment)s?\s+(?:of|at|was|is|stood at)\s*$"
                             r"|" + _RUNNING_TOTAL + r"(?:\s+[\w,.'’-]+){0,8}?\s+to\s*$", re.IGNORECASE)  # ("since February 24, 2022 to")
# A speech tag set off by commas inside a clause: "Russia, he said, had lost ...", "Ukraine, the ministry added, lost ...".
SPEECH_ASIDE = fastre.compile(r",\s*(?:he|she|they|it|the\s+\w+(?:\s+\w+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
                              r"(?:said|says|added|claimed|claims|stressed|noted|insisted|argued|wrote|writes|stated|reported|reports|announced|"
                              r"estimated|estimates|believes|believed|suggested|told\s+\w+)\s*,"
                              # (and a source set off by commas: "the count of children killed, kept by the prosecutors, stands at")
                              r"|,\s*(?:as\s+)?(?:kept|compiled|maintained|collected|verified|recorded|published|released|tallied)\s+by\s+[^,;\d]{2,60},"
                              r"|,\s*according\s+to\s+[^,;\d]{2,60},"
                              # (and a relative clause on the noun: "Russian forces, who attacked in January, have lost ...")
                              r"|,\s*(?:who|which)\s+[^,;\d]{2,60},", re.IGNORECASE)
OR_ALTERNATIVE = fastre.compile(r"\s+or\s+(?:even\s+|perhaps\s+|maybe\s+)?")
PRESENT_SPEECH = fastre.compile(r"(?:says|claims|estimates|reports|writes|insists|maintains|believes|argues|puts)", re.IGNORECASE)
RUNNING_TOTAL = fastre.compile(_RUNNING_TOTAL + r"\b", re.IGNORECASE)
# An interviewer's question that opens the sentence: "Asked how many Russian soldiers had died, ..."
ASKED_ABOUT = fastre.compile(r"\s*(?:When\s+)?[Aa]sked\s+(?:about|how many|whether|what|for|to estimate)\b[^,:]{0,80}[,:]")
RECEIVED_BY = fastre.compile(r"\b(Russia|Moscow|Ukraine|Kyiv|Kiev)\s+(?:has\s+|had\s+)?"
                             r"(?:received|been (?:given|sent|supplied with|delivered)|got|obtained)\s+$",
                             re.IGNORECASE)
BARE_LOSSES = fastre.compile(r"loss(?:es)?", re.IGNORECASE)
RUNNING_TOTAL_TO = fastre.compile(_RUNNING_TOTAL + r"(?:\s+[\w-]+){0,8}?\s+to\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# (an aside may stand before the verb: "The figure, an average of about 1,170 a day, compares with 253,000 in 2023")
THAT_COMPARES = fastre.compile(r"\s*(?:That|This|It|The figure|The number|The total|The toll)(?:\s*,[^,;]{1,50}?(?:\d,\d{3}[^,;]{0,30})?,)?"
                               r"\s+(?:compares|compared)\s+(?:with|to)\s+"
                               r"(?:(?:about|some|nearly|around|over|more than|up to)\s+)?",
                               re.IGNORECASE)
# An attacker of one side that kills or wounds: the soldiers it hits are the other side's.
# (a side word right after a number is the victims of a passive, no attacker: "1,150 Russian troops killed")
_ATTACKING_SIDE = r"(?<![\d,.]\s)(?<![\d,.])\b(Russian|Ukrainian|Russia's|Ukraine's)\s+"  # ("Ukraine's forces killed 25 soldiers")
_FORCES = r"forces|troops|army|military|units?|defenders|drones?|artillery"
KILLER_BEFORE = fastre.compile(_ATTACKING_SIDE + r"(?:[\w-]+\s+)?(?:" + _FORCES + r"|missiles?|strikes?|bombs?|shelling|attacks?|aircraft|jets?)\b"
                               r"[^.;]{0,80}?\b(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
# ... and the same attacker as the subject of its verb: "Ukrainian forces killed 25 soldiers, the General Staff said"
# (not "the Russian forces", "some Ukrainian troops": a definite or partial group is an object more often than the side)
KILLER_SUBJECT = fastre.compile(r"(?<!\bsome\s)(?<!\bthe\s)" + _ATTACKING_SIDE + r"(?:armed\s+)?(?:" + _FORCES + r")\s+"
                                r"(?:have\s+|had\s+|also\s+)*(?:killed|eliminated|liquidated|wounded|captured|took|taken)\b", re.IGNORECASE)
EXECUTED_BEFORE = fastre.compile(r"\b(?:shot dead|shot|executed|murdered|killed|killing|executing|shooting|(?:the\s+)?(?:executions?|killings?|murders?)\s+of)"
                                 r"\s+(?:at\s+least\s+|some\s+|about\s+)?$",  # ("documented the executions of 79 Ukrainian POWs")
                                 re.IGNORECASE)
RATIO_AFTER = fastre.compile(r"\s*(?:to|-to-|:)\s*(?:1|one)\b(?!\s*[,.]?\d)", re.IGNORECASE)
RATIO_BEFORE = fastre.compile(r"\bratio\s+(?:of\s+)?(?:[\w-]+\s+){0,6}?(?:is|was|stands at|of|at)\s+(?:about\s+|roughly\s+|some\s+|around\s+)?$", re.IGNORECASE)
# "one killed for 6-8 wounded", "die for every 2-3 wounded": a ratio of the dead to the wounded, no counts
RATIO_PAIR_AFTER = fastre.compile(r"\s+(?:\w+\s+)?(?:killed|dead|deaths?|wounded)\s+(?:for|per|to)\s+(?:every\s+|each\s+)?\d", re.IGNORECASE)
RATIO_PAIR_BEFORE = fastre.compile(r"\b(?:killed|dead|deaths?|die|dies|died)\s+(?:for|per)\s+(?:every\s+|each\s+)?$"
                                   r"|\b(?:equals?|equal to|is worth|are worth)\s+$"  # "one soldier killed equals five Russian soldiers"
                                   r"|\b(?:1|one)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)  # "about 1 in 5 of those casualties were fatal"
RATIO_FIRST = fastre.compile(r"\d\s*(?:to|-to-|:)\s*$", re.IGNORECASE)
HUMAN_METRICS = {"killed", "wounded", "captured", "missing", "casualties"}
# Moscow's words for the war: a figure stated in them is stated from the Russian side.
RUSSIAN_FRAMING = fastre.compile(r"\bspecial military operation\b|\bKiev regime\b|\bKyiv regime\b|\bneo-Nazis?\b|\b(?:Ukrainian )?nationalists\b"
                                 r"|\bnationalist formations\b|\barmed formations of Ukraine\b|\bUkrainian armed formations\b|\bAFU\b"
                                 r"|\bforeign mercenaries\b"  # (Moscow's words for Ukraine's army too)
                                 r"|\b(?:Zapad|Yug|Tsentr|Vostok|Sever|Dnepr|West|South|Centre|Center|East|North)\s+(?:[Gg]roup of [Ff]orces|[Bb]attlegroup)\b",
                                 re.IGNORECASE)
# Kyiv's words for it: a bare ministry or General Staff that uses them is Ukraine's.
UKRAINIAN_FRAMING = fastre.compile(r"\b(?:occupiers|occupants|orcs|invaders|racists|our defenders|our warriors|ruscists|rashists)\b", re.IGNORECASE)
# A day that names the attack itself ("the Saturday afternoon strike", "the attack on Kyiv on June 17").
DATES_THE_ATTACK = fastre.compile(
    r"\s+(?:(?:morning|afternoon|evening|night|overnight)\s+)?(?:missile\s+|drone\s+|air\s+)?(?:strike|attack|shelling|bombing|raid)s?\b", re.IGNORECASE)
# (the place may be named by its kind: "a missile strike on the village of Hroza in October")
ATTACK_ON = fastre.compile(r"\b(?:strike|attack|shelling|bombing|raid)s?\s+(?:on|in)\s+(?:(?:the\s+(?:[\w-]+\s+){1,2}of\s+)?(?-i:[A-Z])[\w'-]+\s+)?"
                           r"(?:on\s+)?(?:the\s+night\s+of\s+)?$", re.IGNORECASE)
# "destroyed about 11,000 enemy personnel": people "destroyed" are killed.
DESTROYED_BEFORE = fastre.compile(r"\bdestroy(?:ed|ing|s)?\s+(?:about\s+|some\s+|over\s+|more than\s+|nearly\s+|up to\s+|almost\s+|around\s+)?$",
                                  re.IGNORECASE)
PERSONNEL_AFTER = fastre.compile(r"\s+(?:enemy\s+|Russian\s+|Ukrainian\s+)?(?:personnel|troops|soldiers|servicemen|occupiers|invaders|militants|fighters)\b",
                                 re.IGNORECASE)
# Nouns for captives: "prisoners of war were killed" counts deaths of captives.
CAPTIVES = fastre.compile(r"prisoners?(?: of war)?|POWs?|captives", re.IGNORECASE)
# "30 of 35", "two of the three": the gap between a part and its total.
PART_OF = fastre.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|our\s+)?", re.IGNORECASE)  # "three of its six landing ships", "28 out of 31"
# A loss verb dated to one day right after the figure: "690 occupiers were liquidated on Wednesday".
LOST_ON_DAY = fastre.compile(
    r"\s+(?:\w+\s+){0,3}?(?:were|was|have been|had been)\s+(?:killed|liquidated|eliminated|destroyed|wounded|shot down|downed|neutrali[sz]ed)"
    r"(?:\s+(?:or|and)\s+(?:wounded|injured|captured))?\s+(?:on\s+)?(?:" + WEEKDAY_NAMES + r"|yesterday)\b"
    # "1,000 soldiers on June 12 alone": one named day's figure
    r"|\s+(?:\w+\s+){0,2}?on\s+(?:(?:" + MONTHS + r")\.?\s+\d{1,2}|"
    r"\d{1,2}\s+(?:" + MONTH_NAMES + r"|" + MONTH_ABBREVIATIONS + r")\.?|" +
    WEEKDAY_NAMES + r")\s+alone\b",
    re.IGNORECASE)
# A named operation is tied to its place: "during the Kursk operation", "the Kharkiv counteroffensive".
NAMED_OPERATION = fastre.compile(r"\b(?:the|its) [A-Z][a-z]+ (?:operation|offensive|counteroffensive|incursion)\b")
# Verbs that count within a window rather than date a statement: "In May 2023, OHCHR recorded 583 civilian casualties".
# A sentence that only says the figures are unchecked ("The claims could not be independently verified.", "It was not
# immediately clear what happened next."): its "claims" is a noun and its "it" points at nothing, so neither names a speaker.
_UNCHECKED = (r"(?:(?:could|can|did|would)(?:\s+not|n['’]t)|cannot|(?:unable|not\s+able)\s+to"
              r"|(?:could|can)(?:\s+not|n['’]t)?\s+be|cannot\s+be|(?:have|has|had|was|were|is|are)(?:\s+not|n['’]t)(?:\s+yet)?(?:\s+been)?)"
              r"\s+(?:immediately\s+|independently\s+|yet\s+)*(?:verif|confirm|corroborat)\w*")
DISCLAIMER = re.compile(rf"(?:\b(?:the|these|those|such|either\s+side['’]s|both\s+sides['’]?|neither\s+side['’]s)\s+(?:\w+\s+)?"
                        rf"(?:claims?|reports?|estimates?|figures?|numbers?|accounts?)\s+)?\b{_UNCHECKED}"
                        rf"(?:\s+(?:the|these|those|such|either|both|any)\s+(?:\w+\s+)?(?:claims?|reports?|estimates?|figures?|numbers?|accounts?))?"
                        r"|\b[Ii]t\s+(?:is|was|remains|remained)\s+(?:not\s+)?(?:immediately\s+|yet\s+|still\s+)?(?:clear|unclear|known|unknown)\b",
                        re.IGNORECASE)
COUNTING_VERB = fastre.compile(r"recorded|records|verified|verifies|documented|registered|counted", re.IGNORECASE)
# A sentence that opens on its loss word: "Of those killed, 500 were children", "Among the injured, 40 are children".
OF_THOSE = fastre.compile(r"\s*(?:Of|Among)\s+(?:those|the)\s+(?:killed|dead|wounded|injured|missing|captured)\b", re.IGNORECASE)
# A figure with its noun left out, followed by its fate: "25 were destroyed", "all but two were shot down".
WERE_DOWNED = fastre.compile(r"\s+(?:of (?:them|which|these)\s+)?(?:(?:were|was|have been|had been)\s+(?:destroyed|shot down|downed|intercepted|neutrali[sz]ed)"
                             # "it counted 40 drones and was able to shoot down 33 of them" / "33 of which it managed to destroy"
                             r"|(?:it|they|air defen[cs]es?|the air force|its units|Ukrainian forces)\s+(?:was|were)\s+able\s+to\s+"
                             r"(?:shoot down|destroy|intercept|down)"
                             r"|(?:it|they|air defen[cs]es?|the air force|its units|Ukrainian forces)\s+(?:managed\s+to\s+)?"
                             r"(?:shot down|destroyed|intercepted|downed))\b",
                             re.IGNORECASE)
# One incident: "in a strike on a command post", "in the explosion at Olenivka".
# "The latest rocket strike by Ukraine's army on a barracks in the occupied east ... has killed 60 ...": an incident as the subject
# of the sentence whose verb takes the figure, however long its modifiers
INCIDENT_OPENING = fastre.compile(r"[\s\"“]*(?:The|A|An|This|That)\s+(?:[\w'’-]+\s+){0,3}(?:strike|attack|blast|explosion|shelling|bombardment)\b"
                                  r"[^.;]{0,120}?\b(?:has |had |have )?(?:killed|wounded|injured|claimed the lives of)\s+")
INCIDENT = fastre.compile(r"\b(?:in|as a result of|following|during|after) (?:(?:a|an|the) )?(?:[\w'’-]+ ){0,3}"  # (a headline drops the article)
                          r"(?:strike|attack|explosion|blast|raid|ambush|assault|barrage|shelling|bombardment|bombing)"
                          r"(?: (?:on|at|in|of)\b|(?=\s*[,.;]|\s+(?:the|a|an)?\s*(?:spokes|officials?|(?-i:[A-Z])))"  # ("in the shelling of the camp")
                          # "in an artillery attack by Ukraine", "in a Ukrainian artillery attack this week", "in the strike and
                          # around 300 were wounded" (not "killed in the attack and rejected reports": the war itself)
                          # (or ending the noun phrase of a verb: "Kyiv's claim of 300 killed in the attack was not verified")
                          r"|(?=\s+(?:by|this|last|earlier|overnight|yesterday|was|were|is|are|has|have|had|could|can|remains?|remained|which|that|when|during)\b"
                          r"|\s+and\s+(?:[a-z]+\s+){0,2}\d))"
                          # "a missile strike on a military training area killed 19": one target, one incident
                          r"|\b(?:strike|attack|shelling|bombing) on (?:a|an|the) (?:[\w-]+ ){0,3}(?:area|ground|base|position|positions|airfield|building|"
                          r"barracks|camp|school|gathering|ceremony|convoy|column|hospital|market|station|port|train|bus|hotel|factory|plant|depot|exercise|"
                          r"house|home|block|apartment|high-rise|mall|supermarket|shop|store|restaurant|cafe|café|office|warehouse|church|"
                          r"theatre|theater|dormitory|shelter|enterprise|facility|complex|clinic|kindergarten|university|stadium|park)\b"
                          # "Russia says the strike has killed as many as 90": the incident just told of
                          r"|\bthe (?:\w+ )?(?:strike|attack|blast|explosion) (?:had |has )?(?:killed|wounded|injured)\b"
                          # "killed when a military transport plane crashed": one incident
                          r"|\bwhen (?:a|an|the|their|its) (?:[\w-]+ ){0,3}(?:crashed|exploded|was shot down|went down|sank|collapsed|hit|struck)\b"
                          # "killed and 300 others hurt after its artillery hit a base": the attack that killed them
                          r"|\b(?:after|when) (?:[\w'’-]+ ){1,4}(?:hit|struck|shelled|bombed|targeted) (?:a|an|the|their|its|his|our) "
                          # "killed as they tried to cross the river", "lost 300 men trying to cross the Dnipro": one attempt
                          r"|\b(?:as|while|when) (?:they|it|the [\w-]+) (?:tried|attempted|were trying|was trying) to "
                          r"(?:cross|storm|break|capture|take|encircle|land)\b"
                          r"|\btrying to (?:cross|storm|break through|capture|encircle|land on)\b"
                          r"|\bin (?:an?|the) (?:failed |attempted |botched )?(?:[\w-]+ )?crossing\b",
                          re.IGNORECASE)
# An item of a list whose noun is left out: "900 deaths in April, and 600 in May". Only windows of time: places
# after a total ("820 in the Zaporozhye area") are usually its regional breakdown.
_MONTH_OR_YEAR = r"(?:" + MONTH_NAMES + r"|(?:19|20)\d\d)\b"
# ("1,250 troops in the past day and over 40 thousand in March": a window of days counts too)
_ITEM_WINDOW = r"(?:" + _MONTH_OR_YEAR + r"|(?:past|last|previous)\s+(?:day|24 hours|week|month)\b)"
ELLIPTICAL_ITEM = fastre.compile(r"[^,;.()]{0,40}?\s(?:in|during|over)\s(?:the\s+)?" + _ITEM_WINDOW + r"[^,;.()]{0,12}?(?:,\s*|\s+)(?:and\s+|as well as\s+)?")
_PLACE_NAME = r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:direction|area|region|[Oo]blast|sector|axis))?"
# (an aside on the first place may come between: "four killed in Kharkiv, where missiles struck a hotel, and two in Kramatorsk")
ELLIPTICAL_PLACE_ITEM = fastre.compile(r"[^,;.()]{0,40}?\s(?:in|near)\s" + _PLACE_NAME
                                       + r"(?:,\s*(?:where|when)\s[^,;.()]{1,60})?(?:,\s*|\s+)(?:and\s+|as well as\s+)")
PLACE_AFTER = fastre.compile(r"\s+(?:in|near)\s+" + _PLACE_NAME)
WINDOW_AFTER = fastre.compile(r"\s+(?:in|during|over)\s+(?:the\s+)?" + _ITEM_WINDOW)
# A local official (governor, mayor, regional or city administration) speaks of an attack's victims.
LOCAL_OFFICE = fastre.compile(r"\b(?:governor|mayor|regional (?:administration|authorities|officials|head|chief|police)|"
                              r"city (?:administration|council|authorities|officials)|military administration|"
                              r"head of the (?:region|city|district|village)|local (?:officials|authorities))\b", re.IGNORECASE)
# A part of a total with a window of its own: "including 740 over the past day", "including 1,030 added in the last day".
OWN_WINDOW = fastre.compile(r"(?:\s+(?:people|troops|soldiers|servicemen|personnel|of them|of whom|of which|killed|casualties))?"
                            r"(?:\s+(?:added|were added|were killed|killed))?"
                            r"(?:\s+to them)?(?:\s+[—–-])?\s+(?:(?:over|in|during|within) the (?:past|last|previous) (?:24 hours|day|days|week|month)|"
                            r"(?:so far )?this (?:year|month|week)|in (?:20\d\d|the past year|the last year))\b", re.IGNORECASE)
# The speaker rejects the figure after naming it: "the figure of 300,000 dead was an invention", "... is a lie".
REFUTED_AFTER = fastre.compile(
    r"[^,;.]{0,40}?\b(?:was|is|were|are|as)\s+(?:an?\s+|simply\s+|pure\s+|absolutely\s+|completely\s+)*(?:\w+\s+)?"
    r"(?:invention|invented|lie|lies|false|fake|fabrication|fabricated|untrue|nonsense|exaggerated|exaggeration|propaganda|disinformation|"
    r"absurd|ridiculous|baseless|groundless)\b"
    # 'called Zelensky's figure of 2,500-3,000 "a lie"': the verdict right after the figure
    r"|\s*[\"“‘']?(?:an?\s+)?(?:outright\s+|blatant\s+)?(?:lie|fake|fabrication|invention|nonsense)\b",
    re.IGNORECASE)
# A total's daily change in parentheses: "9,541 tanks (+5)".
DAILY_CHANGE_OPEN = fastre.compile(r"\(\s*\+\s*$")
# "(+12)", "(+1,210 per day)", "(+1,210 people)": the day's change
DAILY_CHANGE_CLOSE = fastre.compile(r"\s*(?:people|persons|soldiers|servicemen|units)?\s*(?:per day|a day|in the past day|over the past day|in a day)?\s*\)")
# The speaker's side as the killer: "we have killed", "our defenders eliminated".
WE_KILLED = fastre.compile(r"\b(?:[Ww]e|(?:[Oo]ur|[Ii]ts|[Tt]heir) (?:forces|troops|soldiers|defenders|army|military|warriors|fighters|units))\s+"
                           r"(?:have\s+|had\s+|already\s+)*"
                           r"(?:killed|eliminated|destroyed|liquidated|neutrali[sz]ed|wiped out)\b")
# A figure in apposition to its noun: "Kyiv's estimates of Russian losses, at 255,000, are higher".
APPOSITIVE_AT = fastre.compile(r"\s+(?:far|much|considerably|significantly|even)\s+(?:higher|lower|greater),\s*(?:at\s*)?|,\s*(?:put\s+|estimated\s+)?at\s*")
# Children named as a part of a total that follows: "Two children were among the 12 people killed".
CHILDREN_AMONG = fastre.compile(r"\s+(?:children|child|boys?|girls?|minors|teenagers|babies"
                                r"|(?:(?:Ukrainian|Russian)\s+)?(?:prisoners of war|POWs|soldiers|servicemen))"
                                r"\s+(?:were|was)\s+(?:also\s+)?among\s+(?:the\s+)?$",
                                re.IGNORECASE)
# The end of a figure's clause: a comma or semicolon, or "while"/"and" after a comma.
# Between two figures of one coordination ("lost 310 servicemen and 14 armoured vehicles ... in the Kupiansk area"):
# no clause or sentence break and no second window that would give the first figure a scope of its own.
COORDINATED_GAP = fastre.compile(r"(?:[^;:.—–()-]|(?<=\w)-(?=\w))*")
# Cumulative cues that only say "summed": beside a stated window they sum over that window.
SUMMING_WORD = fastre.compile(r"in total|overall|all told", re.IGNORECASE)
# A window fronted in reported speech: 'said that "over the first four months of 2023, civilian casualties came to'.
REPORTED_OPENING = fastre.compile(r"(?:\bthat\s+|[“\"]\s*)(?=(?:in|during|over|since|throughout)\b)[^,;“”\"]{0,90},", re.IGNORECASE)
# A figure whose noun is left out, followed by its fate: "and 380 were injured".
NO_NOUN_FATE = fastre.compile(r"\s+(?:more\s+|others?\s+)?(?:were|was|have been|had been|are)\s+(?:also\s+)?(?:killed|injured|wounded|hurt|missing|dead)\b"
                              r"|\s+(?:more\s+|others?\s+)?(?:injured|wounded|died|have died|missing|dead)\b", re.IGNORECASE)
# The figure is the object of a strike's killing: "..., killing 52 people".
KILLED_IN_A_STRIKE = fastre.compile(r"\b(?:killing|killed|kills|claiming the lives of)\s+(?:at least\s+|some\s+|more than\s+|about\s+)?$", re.IGNORECASE)
# A headline about one group's losses: "43 rescuers died since ...", "Russia killed 78 Ukrainian rescue workers".
GROUP_HEADLINE = fastre.compile(_DIGITS + r"\s+(?:\w+\s+){0,2}?(?:rescuers|rescue workers|emergency workers|firefighters|journalists|medics|"
                                r"police officers|policemen|volunteers|aid workers|health workers|paramedics)\b", re.IGNORECASE)
# A list item joined to the next: "11 tanks and | 23 artillery systems".
COORDINATES = fastre.compile(r"(?:,|\band|\bor|\bas well as)\s*$", re.IGNORECASE)
# A part with its own verb after a list item: "20 drones, 14 of which were downed".
PART_CLAUSE = fastre.compile(r"\bof (?:which|them|these|whom)\b", re.IGNORECASE)
# A sentence that opens on the parts of the figure before it: "Among them were 12 children", "Of those, 40 were".
OPENS_ON_PARTS = fastre.compile(r"\s*(?:Among (?:them|those|the (?:[a-z]+ )?(?:victims|dead|killed|injured|casualties))|Of (?:them|those|these|whom)|"
                                r"They include|They included|This included|This includes|These included|These include|"
                                r"(?:(?:The|Those) )?(?:victims|dead|killed|injured|wounded|casualties) (?:include|includes|included))\b", re.IGNORECASE)
# A figure joined to the loss before it: ", along with", ", as well as", "and", "plus".
# (a short gloss in parentheses is no break: "with Russia's Sever (North) group and up to 80 soldiers")
AND_JOINED = fastre.compile(r"(?:(?:[^,;.()\d]|\([A-Za-z]{1,12}\)){0,100}?)?"
                            r"[\s,]*(?:along with|as well as|together with|and|plus)\s+(?:also\s+)?", re.IGNORECASE)
# Nothing after the figure but a people noun: "..., and 100,000 Ukrainian soldiers.", "..., along with 541 civilians." (or "... personnel respectively",
# or where they fell: "... and up to 75 soldiers facing the Dnepr group")
BARE_PEOPLE_END = fastre.compile(r"\s+(?:\w+\s+)?(?:soldiers|troops|servicemen|personnel|men|fighters|civilians)"
                                 r"(?:\s+(?:in|near|facing|against|on|at|around|along|in battles with|in fighting with)\s+[^,;.\d]{1,60})?"
                                 r"(?:,?\s+respectively)?\s*[.,]?\s*(?:[\"”’]\s*)?", re.IGNORECASE)
# A dot that ends a clause: not a decimal or a dotted date, nor an abbreviation's ("the toll of the attack on
# Aug. 27-28 has risen to 23", "Lt. Gen. Smith", "U.S. officials")
# (a lookbehind per word length: Python's lookbehind takes alternatives of one width only)
_ABBREVIATED_BY_LENGTH = {n: "|".join(w for w in lx.ABBREVIATED if len(w) == n) for n in sorted({len(w) for w in lx.ABBREVIATED})}
_CLAUSE_DOT = (r"(?<!\b[A-Z])" + "".join(rf"(?<!\b(?:{words}))" for words in _ABBREVIATED_BY_LENGTH.values())
               + r"(?:\.(?!\d)|(?<!\d)\.)")
CLAUSE_PUNCT = re.compile(r"[;:!?]|,(?!\d)|(?<!\d),|" + _CLAUSE_DOT)
# A number of time or distance, which bounds no figure's window: "two years", "30 km", "40%".
UNIT_AFTER = fastre.compile(r"\s*(?:years?|months?|weeks?|days?|hours?|km|kilomet\w*|miles|%|percent|per cent)\b|\s*%", re.IGNORECASE)
# A figure of the day before the day the sentence is dated by.
DAY_BEFORE = fastre.compile(r"\b(?:the day before|the previous day|a day earlier|the preceding day)\b(?! (?:the|that|yesterday|of)\b)", re.IGNORECASE)
DAY_BEFORE_OPENING = fastre.compile(r"\s*(?:(?:over|in|during|on)\s+)?(?:(?:a|the|its)\s+(?:report|statement|update|briefing|post|summary)\s+from\s+)?"
                                    r"(?:the day before|the previous day|a day earlier|the preceding day)\b",
                                    re.IGNORECASE)  # a fronted "Over the previous day, ..." holds for the whole sentence
# A speech verb (and "that") before the figure's noun phrase: what stands before it is the speaker.
SPEECH_THAT = fastre.compile(r"^.*\b(?:said|says|reported|reports|announced|stated|claimed|claims|estimated|estimates|added|noted|told \w+)"
                             r"(?:\s+(?:on \w+|today|yesterday))?(?:\s+that)?(?:\s+|$)", re.IGNORECASE)  # (a window of words ends on the verb)
OF_THE_ENEMY = fastre.compile(r"\s+of\s+the\s+(?:enemy|occupiers|invaders|aggressor|adversary)\b", re.IGNORECASE)
CLAUSE_END = fastre.compile(r"[,;]|\s[—–]\s")
# "Russia lost 1,200 troops on Tuesday": the simple past with a named day is that day's figure ("has lost ... on
# Tuesday" dates the statement instead).
SIMPLE_PAST_LOST = fastre.compile(r"(?<!\bhas )(?<!\bhave )\blost\s+$")  # ("had lost N on Sunday": reported speech of "lost")
ON_A_DAY = fastre.compile(r"\s+(?:\w+\s+){0,2}?on\s+(?:" + WEEKDAY_NAMES + r")\b|\s+(?:\w+\s+){0,2}?yesterday\b")
# "Up to 90 Ukrainian servicemen, two tanks and four pickup trucks were destroyed": the list's verb after its last item
PERSONNEL_FIRST_OF_DESTROYED = fastre.compile(
    r"\s+(?:enemy\s+|Russian\s+|Ukrainian\s+)?(?:personnel|troops|soldiers|servicemen|occupiers|invaders|militants|fighters|nationalists|mercenaries)"
    r"(?:,|\s+and\b)[^;.:]{0,120}?\s(?:were|have been|had been)\s+(?:\w+\s+)?destroyed\b", re.IGNORECASE)
PERSONNEL_DESTROYED = fastre.compile(
    r"\s+(?:enemy\s+|Russian\s+|Ukrainian\s+)?(?:personnel|troops|soldiers|servicemen|occupiers|invaders|militants|fighters|nationalists|mercenaries)"
    r"\s+(?:were|have been|had been|was)\s+(?:\w+\s+)?destroyed\b", re.IGNORECASE)
# The next item of a list, right after the noun of the one before: "60 servicemen, two tanks and three trucks".
NEXT_ITEM = fastre.compile(r"\s*[\w-]+(?:\s+[\w-]+){0,3}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:up to |about |some |over |more than |nearly |almost |around )?")
# "the figure was", "the daily number stood at": a figure whose noun is in the sentence before.
# "put them at", "estimated the figure at": a figure that points back to a count named before
_PUT_THEM = r"\b(?:put|puts|putting|estimated?|estimates|estimating|placed|places)\s+(?:them|those|it|that\s+figure|the\s+figure|the\s+number)\b"
THE_FIGURE_WAS = fastre.compile(r"\b(?:the|that|this|its|their)\s+(?:\w+\s+){0,2}(?:figure|number|tally|count|toll)\s+(?:\w+\s+){0,3}?"
                                r"(?:was|is|stood at|stands at|came to|reached|amounted to)\s*$"
                                rf"|{_PUT_THEM}(?:\s+at)?\s+$"
                                # "The death toll ... has climbed again. It now stands at 45": "it" is the count named before
                                r"|^\s*(?:It|That)\s+(?:now\s+|currently\s+|has\s+|had\s+)?(?:stands|stood|rose|risen|reached|climbed|jumped|grew)"
                                r"(?:\s+(?:to|at))?\s+$", re.IGNORECASE)  # ("estimate them at around 70,000": "at around" is the qualifier)
SUPERLATIVE_BEFORE = fastre.compile(r"\b(?:highest|lowest|largest|biggest|heaviest|deadliest|bloodiest|worst|greatest|costliest|most\s+\w+)"
                                    r"(?:\s+\w+){0,2}\s+$", re.IGNORECASE)
# A change stated from one figure to another: "grew from 210,000 in January to 260,000": both are the count.
# (These cues, like the ones above, end where a figure starts, and a figure's span starts at its qualifier: "about",
# "up to" are never left for them to read.)
FROM_START = fastre.compile(r"\bfrom\s+$", re.IGNORECASE)
TO_END = fastre.compile(r"(?:\s+(?:at|in|on|by|as of)\s+[^,;.\d]{0,30}?(?:\d{4})?)?\s+to\s+", re.IGNORECASE)
AT_PRESENT = fastre.compile(r"\s+(?:\w+\s+)?(?:at present|currently|as of (?:now|today)|to date)\b", re.IGNORECASE)
# A count named before a colon: "the number of Ukrainian soldiers killed in the war: 31,000".
COUNT_BEFORE_COLON = fastre.compile(r"\b(?:number|toll|total|tally|figure|count)\s+of\s+[^:]{3,80}$", re.IGNORECASE)
COMBAT_LOSSES = fastre.compile(r"\bcombat losses\b", re.IGNORECASE)
# Verbs of giving a figure, shared by the cues that read a verb right before a figure or a date.
_REPORTING = r"reported|gave|cited|announced|claimed"
# A figure given bare as what was reported: "it had reported 1,020", "Moscow gave 498".
REPORTED_BARE = fastre.compile(rf"\b(?:{_REPORTING}|recorded|counted)\s+$", re.IGNORECASE)
NOTHING_AFTER = fastre.compile(r"\s*(?:[.;]|,\s+(?:it|he|she|they|the \w+)\s+\w+\.?|$)")

# "three men", "two elderly men": no army named on the noun
BARE_MEN = fastre.compile(r"\s+(?:(?:elderly|older|young|local)\s+)?men\b", re.IGNORECASE)
# the start of a subordinate clause right after a figure: "rose to seven after a wounded woman died in hospital"
SUBORDINATE_AFTER = fastre.compile(r"^\s*(?:after|when|because|as)\s+(?:a|an|the|his|her|their|one|two|three)\b", re.IGNORECASE)
# The prepositions that front a place or a window at a sentence's start.
_FRONTING = r"(?:In|Near|On|At|Around|Outside|Over|Along|Across|Towards?|During|Since)\b"
# a phrase that opens a sentence on where or when: "In the Kupyansk direction, ..." (not a quoted clause: '"... in Mariupol," he said')
FRONTED_ADVERBIAL = fastre.compile(_FRONTING + r"[^,;.]{0,75},")
# the start of another clause before a figure: a place before it is that clause's ("made gains near X and that ...")
THAT_CLAUSE = fastre.compile(r"\b(?:and|but|said|says|claimed|claims|reported|reports|added|adds|stated|announced) that\b", re.IGNORECASE)
# soldiers who surrendered did so to the side that reports them
SURRENDERED = fastre.compile(r"\s+(?:\w+\s+){0,3}?(?:had\s+|have\s+|has\s+)?(?:surrendered|laid down (?:their|its) arms)\b", re.IGNORECASE)
# "they lost" in a party's words: the other side (the speaker itself would be "we" or "it")
THEY_LOST = fastre.compile(r"\bthey\s+(?:have\s+|had\s+)?lost\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
# the same with no noun ("They lost over 1,000 this week," he said) only where "they" opens the speaker's own words: after
# "said" it can be the speaker's side ("commanders said they lost 900")
# (an interview's answer is the speaker's own words too: "A: In the south alone, since June, they have lost 20,000")
THEY_LOST_BARE = fastre.compile(r"(?:^|[\"“‘«]\s*|^[ \t]*(?:A|Answer)[:.][ \t][^.;:\d]*?,\s*)[Tt]hey\s+(?:have\s+|had\s+)?lost\s+(?:\S+\s+){0,3}$")
# what attacks are named by, for the two cues that read a toll as an attack's
_ATTACK_NOUNS = r"attacks?|strikes?|shelling|missiles?|drones?|bombs?|bombing|bombardment|airstrikes?|rockets?"
# a headline's "shelling kills 3, injures 15": the verb's present tense, as the figure's own verb only
INJURES_BEFORE = fastre.compile(rf"\binjures\s+(?:(?:{ANY_QUALIFIER})\s+)?$", re.IGNORECASE)
# "Four Russians were hurt in the Bryansk region after Ukrainian drones attacked ...": nationals hit by an attack
NATIONALS_HIT_BY = fastre.compile(rf"\s+(?:were|was|have been|had been|got)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt)\b[^.;]{{0,80}}?"
                                  rf"\b(?:{_ATTACK_NOUNS}|attacked|struck|shelled|bombed)\b", re.IGNORECASE)
# an attack and the toll it took, in one clause: "fired 122 missiles ... overnight, killing 31 and injuring more than 160"
ATTACK_THEN_TOLL = fastre.compile(rf"\b(?:{_ATTACK_NOUNS}|attacked|struck|shelled|bombed|fired|launched|hit)\b[^.;]*"
                                  r"\b(?:killing|injuring|wounding)\s+(?:\S+\s+){0,2}$"
                                  # ... or the weapons as the verb's subject: "Russian missiles killed three people overnight"
                                  rf"|\b(?:{_ATTACK_NOUNS})\s+(?:(?!and\b)\w+\s+){{0,2}}?(?:killed|injured|wounded|kill|kills|injure|injures)\s+"
                                  r"(?:\S+\s+){0,2}$", re.IGNORECASE)
# "inflicted losses of more than 6,000 personnel on the Ukrainian army": the losses are the army's after "on"
INFLICTED = fastre.compile(r"\binflict(?:ed|s|ing)?\s+(?:\w+\s+)?(?:losses|casualties)\s+of\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
INFLICTED_ON = fastre.compile(r"^\s*(?:\w+\s+){0,2}?on\s+(?:the\s+)?"
                              r"((?:\w+\s+){0,2}?(?:army|forces|troops|military|enemy|Ukraine|Russia|Ukrainians|Russians))\b", re.IGNORECASE)
# "put Russian casualties at up to 223,000 and Ukrainian at up to 131,000": the second side's figure, its noun left out
# (no qualifier after "at": a figure's span starts at its qualifier, so the text before it never ends on one)
ELLIPTICAL_SIDE = fastre.compile(r"\band\s+(?:the\s+)?(Ukrainian|Russian|Ukraine's|Russia's|Kyiv's|Moscow's)(?:\s+(?:ones|side|army))?\s+at\s+$"
                                 # "Ukraine has lost 31,000 soldiers and Russia about 180,000": the verb and noun left out
                                 r"|\b(?:and|while|whereas)\s+((?-i:Russia|Moscow|Ukraine|Kyiv|Kiev))\s+$", re.IGNORECASE)
# "..., against some 9,000-11,000 for Ukraine": the other side's figure of the same count
COMPARED_TO = fastre.compile(r"(?:\bcompared\s+(?:to|with)|\bagainst|\bversus|\bvs\.?)(?:\s+(?:roughly|about|around|some|nearly|approximately))?\s+$",
                             re.IGNORECASE)
FOR_SIDE = fastre.compile(r"\s+(?:for|on)\s+(Ukraine|Russia|Kyiv|Kiev|Moscow|the Ukrainian side|the Russian side)\b")
# "Ukraine's losses are harder to gauge. Officials put them at 80,000 dead": the losses named in the sentence before
PUT_THEM_AT = fastre.compile(rf"{_PUT_THEM}\s+at\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
THEM_AT = fastre.compile(rf"{_PUT_THEM}(?:\s+at)?[^.;:]{{0,40}}$", re.IGNORECASE)
# ... and a pronoun that opens the sentence for that count: '"They range between 10,000 and 13,000 killed"'
THEY_ARE = fastre.compile(r"[\s\"“]*(?:They|These|Those)(?:\s+(?:figures|estimates|numbers))?\s+(?:now\s+)?"
                          r"(?:range|ranged|are|were|stand|stood|total|totalled|totaled|amount\s+to|amounted\s+to)"
                          r"(?:\s+(?:between|from|at|to|about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to))*\s+")
# "5,024 civilian casualties and 6,520 injured": beside a count of the injured, "casualties" are the dead
CASUALTIES_BESIDE_INJURED = fastre.compile(rf"\s+(?:[\w-]+\s+)?casualties\s+and\s+(?:(?:{ANY_QUALIFIER})\s+)?{_DIGITS}\s+"
                                           r"(?:people\s+|were\s+)?(?:injured|wounded)\b", re.IGNORECASE)
# "the location of 11 people has been established": people found, not missing
LOCATED_OF = fastre.compile(r"\b(?:location|whereabouts)\s+of\s+$", re.IGNORECASE)
LOCATED = fastre.compile(r"\s+(?:\w+\s+){0,2}(?:has|have|had)\s+been\s+(?:established|determined|located|found)\b", re.IGNORECASE)
# "29 of them were children", "four were children": children named among a toll
_WERE_CHILDREN = r"\s+(?:were|are|was)\s+(?:\w+\s+)?(?:children|minors)\b"
# (and the verbless aside: "10,582 civilians have been killed, 587 of them children, and 19,875 injured")
OF_THEM_CHILDREN = fastre.compile(r"\s+of\s+(?:them|those|whom|the victims|the dead)(?:" + _WERE_CHILDREN + r"|\s+(?:children|minors)\b(?=\s*(?:[,;.)]|$)))",
                                  re.IGNORECASE)
# The General Staff's list as news sites quote it: "...are approximately: personnel - about 508,000 (+1,210), tanks - 7,719 (+12)"
_ITEM_DASH = r"[-–—‒]\s*(?:about\s+|approximately\s+|over\s+|~\s*)?$"
# ("personnel: about 560,990 (+1,150); tanks: 8,261 (+7)": a colon after a short label, in some outlets' rendering)
_ITEM_COLON = r":\s*(?:about\s+|approximately\s+|over\s+|~\s*)?$"
DASH_BEFORE = fastre.compile(_ITEM_DASH + "|" + _ITEM_COLON)
LABEL_DASH = fastre.compile(r"(?:^|[:;,\n(]\s*|\band\s+)(?:[-–—•*]\s+)?(?:([A-Za-z][A-Za-z /'-]{1,60}?)\s*" + _ITEM_DASH
                            + r"|([A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z'-]+){0,3})\s*" + _ITEM_COLON + ")")
OF_WHICH_BEFORE = fastre.compile(r"[,(]\s*(?:of|among) (?:which|them|these|those)\s+$", re.IGNORECASE)
# "...; Moscow says Kyiv lost 400.": a clause answering the one before with a bare figure
PARALLEL_LOSS = fastre.compile(r"[;,]\s*(?:while\s+|and\s+|but\s+)?(?:\w+\s+){1,3}(?:says?|said|claims?|claimed)\s+(?:\w+\s+){1,2}"
                               r"(?:lost|has lost|had lost)\s+$")
REPELLED = fastre.compile(r"\b(?:repelled|repulsed|thwarted|fought off|beat off|beat back|beaten (?:off|back))\b", re.IGNORECASE)
WERE_CHILDREN = fastre.compile(_WERE_CHILDREN, re.IGNORECASE)
UP_FROM = fastre.compile(r",?\s*\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+(?:the\s+)?$", re.IGNORECASE)  # ("up from the 63 it had reported")
# a night named as such (ONE_NIGHT_OR_DAY for an attack's toll, NIGHT_OR_DAY for the count in the sentence after it)
_ONE_NIGHT = r"overnight|last night|during the night|in the night"
# the window of one attack, not of a count over many
ONE_NIGHT_OR_DAY = fastre.compile(rf"{_ONE_NIGHT}|yesterday|today", re.IGNORECASE)
# "drone strikes on Sumy killed two Ukrainians": nationals hit by strikes are civilians
ATTACK_KILLED = fastre.compile(rf"\b(?:{_ATTACK_NOUNS})\b[^.;]{{0,60}}"
                               r"\b(?:killed|killing|kills|injured|injuring|wounded|wounding)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
# "its troops repelled 60 attacks and killed 450 Russians": the attacks were the object fended off; the troops killed
REPELLED_THEN_KILLED = fastre.compile(r"\b(?:repel\w*|repuls\w*|fought off|fend\w* off|beat(?:en)? back|beating back|thwart\w*|foil\w*)\s+"
                                      rf"(?:\S+\s+){{0,3}}(?:{_ATTACK_NOUNS})\b[^.;]{{0,60}}"
                                      r"\b(?:killed|killing|kills|injured|injuring|wounded|wounding)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
# "identified 29 bodies": the progress of identification, not a toll
IDENTIFIED = fastre.compile(r"\bidentified\s+$", re.IGNORECASE)
BODIES = fastre.compile(r"\s+(?:bodies|remains)\b", re.IGNORECASE)
# a verb of speaking right before a date: the date is the statement's ("Kyiv reported in March"), not a window
# (unlike REPORTED_BARE, which precedes a figure and includes counting verbs: "recorded in May" is a window)
# ("the 350,000 casualties given by a US official in December": the passive's agent stands between verb and day)
SPOKEN_BEFORE = fastre.compile(rf"\b(?:(?:{_REPORTING}|said|stated|disclosed|released|published|leaked|given|provided|issued)(?:\s+online)?\s+"
                               rf"|(?:reported|given|provided|cited|announced|claimed|released|published)\s+by\s+(?:[\w.'’-]+\s+){{1,6}}"
                               # "The last official figure, 31,000 dead, came from Zelensky in February": the month of the telling
                               rf"|\b(?:figures?|numbers?|estimates?|toll|count|tally|data)\b[^.;]{{0,40}}?(?:comes|came)\s+from\s+(?:[\w.'’-]+\s+){{1,4}})$",
                               re.IGNORECASE)
# a statement whose object is the figure's count: "last gave its own toll, of 5,937 dead, in September" (the month dates the
# giving, not a window of the toll)
GAVE_ITS_COUNT = fastre.compile(r"\b(?:gave|give|gives|put|puts|released|published|disclosed|announced|updated|issued|reported)\s+"
                                r"(?:its|their|the|an?|his|her)\s+(?:[\w-]+\s+){0,3}(?:toll|figures?|count|tally|estimate|number)\b(?:[^.;\d]|20\d\d){0,50}$",
                                re.IGNORECASE)
# the night or day a sentence names, for an unmarked count in the sentence after it
NIGHT_OR_DAY = fastre.compile(rf"\b(?:{_ONE_NIGHT}|over the past (?:day|24 hours)|in the past (?:day|24 hours))\b", re.IGNORECASE)
# a sentence that is only a fronted place or window and the figure: "In the Pokrovsk direction alone, 9,000."
FRONTED_ONLY = fastre.compile(r"[\s\"“]*" + _FRONTING + r"[^,.;:\d]{0,60},\s*", re.IGNORECASE)
# "The figure includes 1,200 over the past day": a part of the total in the sentence before
FIGURE_INCLUDES = fastre.compile(r"\b(?:the|this|that)\s+(?:figure|number|total|toll|tally)\s+(?:also\s+)?includes?\s+$", re.IGNORECASE)
# "Since then" opens the window the sentence before began; the whole war only when that sentence is about its start
SINCE_THEN = fastre.compile(r"\b(?:since then|since that (?:day|date|time))\b", re.IGNORECASE)
WAR_BEGAN = fastre.compile(r"\b(?:invasion|invaded|full-scale|the war (?:began|started)|24 " + FEBRUARY + r" 2022|" + FEBRUARY + r" 24, 2022)\b", re.IGNORECASE)
# "a swap of captives between the two sides that included 60 men": people swapped, not lost
EXCHANGE_OF = fastre.compile(r"\b(?:exchanges?|swaps?|bodies\s+(?:\w+\s+){0,2}?(?:returned|repatriated|handed\s+over|exchanged))\b[^.;:]{0,60}?"
                             r"\b(?:included|including|involved|involving|of)\s+$"  # ("The 47 bodies returned on Friday included 12 civilians")
                             # "the two armies swapped the bodies of 300 servicemen": the dead handed back, no toll
                             r"|\b(?:exchanged|exchange|swapped|swap|repatriated|repatriate|returned|return|received|receive|handed\s+over"
                             r"|hand\s+over|transferred|transfer)\s+(?:the\s+)?(?:remains|bodies)\s+of\s+(?:another\s+|a\s+further\s+)?$",
                             re.IGNORECASE)
# "In a report from the previous day, the staff said ...": the day dates the report; it opens no window
REPORT_FROM_THE_DAY = fastre.compile(r"\b(?:report|statement|update|briefing|post|summary)\s+from\s+$", re.IGNORECASE)
# "the governor" right after "the", "the two dead soldiers": a definite article ending the text before
DEFINITE_BEFORE = fastre.compile(r"\bthe\s+$", re.IGNORECASE)
# A window named earlier in the text, referred back to: "during the reporting period", "in that period".
ANAPHORIC_PERIOD = fastre.compile(r"\b(?:(?:in|during|over|for) the (?:specified|reporting|review|covered) period|(?:in|during|over|for) that period)\b",
                                  re.IGNORECASE)
# The date that closes a range: "February 1 - July 31, 2023", "from 1 to 31 May", "Feb. 1 through July 31".
RANGE_CLOSE_BEFORE = re.compile(r"(?:\bto|\bthrough|\buntil|\btill|[-–])\s*$", re.IGNORECASE)
# "3,680 civilians injured, most of them hit by shelling": how part of a count came about, not the incident of the whole
# A share of a count: "half", "a third", "60%"
SHARE_OF = r"(?:half|a\s+third|a\s+quarter|two[- ]thirds|three[- ]quarters|[\d.]+\s*(?:%|percent|per\s+cent))"
CAUSE_ASIDE = fastre.compile(r",\s*(?:(?:most|many|some|nearly\s+all|almost\s+all|the\s+(?:vast\s+)?majority|the\s+bulk"
                             r"|" + SHARE_OF + r")"  # "60% of them in Donetsk"
                             r"(?:\s+of\s+(?:them|which|whom|these|those))?|mostly|mainly|largely)\s+"
                             r"(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:(?:caused|killed|injured|wounded|hit)\s+)?"
                             r"(?:by|from|in|near|around|at|on|due\s+to|as\s+a\s+result\s+of)\s", re.IGNORECASE)
