"""The claim grammar: every number is a candidate; it becomes a claim when a loss word
ties it to a metric, a noun phrase or the speaker's side ties it to a subject, and the
document model says who asserts it.

Stages per number: drop non-losses (units, money, ages, rates, forecasts); read the
metric from the words right after the number ("498 troops were killed", "191 tanks",
"1,597 wounded", "136 civilian deaths"), else right before it ("killing 21 people",
"death toll rose to 42"); read the subject from the noun phrase and, for unlabelled
troops, from the speaker's side; take the claimant from the document model; read
scope and day from cues in the sentence and from the speech event.
"""

import re
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from casualty_claims.claim import Claim
from casualty_claims.extract import cues as cue
from casualty_claims.extract import lexicon as lx
from casualty_claims.extract.as_read import dateline_day, headline_start, read_closed_up
from casualty_claims.extract.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from casualty_claims.extract.dates import MONTH_SUBJECT, WHEN_AFTER
from casualty_claims.extract.document import DocumentModel
from casualty_claims.extract.numbers import NUMBER, Number, find_numbers
from casualty_claims.extract.restatements import merge_restatements
from casualty_claims.extract.windows import WORD_RE, first, last, words
from casualty_claims.ministry import metric_for as ministry_metric

EXTRACTOR = "grammar@2"  # @2: the rules of the second session (see README, "Claims from free text")
_FRESH_DAYS = 3  # an attack at most this many days before its report is news: its toll is dated by the report


# (precompiled: these run for every figure, and a module-level re.search looks its pattern up each time)
# "..., including seven children and injured 121": a verb right before the next figure is that figure's
_VERB_OF_NEXT = re.compile(r"\s+[\w\s-]*?\s+and\s+(?:killed|killing|injured|injuring|wounded|wounding)\s+"
                           r"(?:(?:at least|about|some|around|more than|nearly|over|another|a further)\s+)?")
# a count between a figure and a loss word, in digits or words: the word is that count's ("..., including 575 children,
# and more than nineteen thousand injuries")
_ANOTHER_COUNT = re.compile(r"\d|\b(?:hundred|thousand|million|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?)\b", re.IGNORECASE)
_WHO_ASIDE = re.compile(r",\s*(?:who|speaking|talking|writing|addressing|answering)\s+[^,;.]{1,80},")  # ("Zelensky, speaking at a forum in Kyiv, put ...")
# a speech's own place opening the sentence: "Speaking in Kyiv on February 25, he put Russian losses at 180,000"
_SPEECH_OPENING = re.compile(r"\s*(?:Speaking|Talking|Writing|(?:Addressing|Answering)\s+[^,;.]{1,40}?)\s+(?:in|at|from|to|on|during|after)\s+[^,;.]{1,80},")
_LOSS_VERB_ONLY = re.compile(r"los(?:t|e|es|ing)", re.IGNORECASE)
_IN_YEAR_OR_MONTH = re.compile(r"(?:in|during) (?:(?:19|20)\d\d|[A-Z][a-z]+(?: (?:19|20)\d\d)?)", re.IGNORECASE)
_CLAUSE_CUT = re.compile(r";|\s—\s|\s–\s|, while\b|, whereas\b|, but\b")
_UNITS_OF = re.compile(r"^\s*(?:more |other )?units of ")
_TYPE_WORD = re.compile(r"\b\w+-(?:type|class|based|made)\b")
_BY = re.compile(r"\bby\b")
_PHRASE_BREAK = re.compile(r"[,;:.!?\"“”()]")
_OF_PHRASE = re.compile(r"\s+(?:of|from|on)\s+(?:the\s+)?(?:\S+\s+){0,2}\S+")  # "people from the Ukrainian side"
_COMMA_LIKE = re.compile(r"[,;:]")
_CLAUSE_OR_DASH = re.compile(r"[,;:]|\s[—–]\s")
_WORD_STOP = re.compile(r"[.,;:!?)][\"”’']*$|(?<=[a-z])-$|(?<=[a-z])[\"”]$")


# a figure compared with an earlier or another one: "600,000 on Friday, up from 500,000 in February" (not a list or a part)
_THAN_BEFORE = re.compile(r"\b(?:than|compared(?: with| to)?)\s+(?:in\s+|on\s+)?$", re.IGNORECASE)
_CHANGE_ASIDE = re.compile(r"\(\s*\+[^)]*$")
_WORD_REST = re.compile(r"[\w'’-]*")  # the rest of a word a reading window cut, at either end
_AND_FIGURE = re.compile(r"\band\s+(?:(?:over|more than|about|some|nearly|almost|up to|at least)\s+)?\d")
_CLAUSE_COMMA = re.compile(r";|,(?!\d{3})")
_NEW_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s|;")
# (not a source's own: "by our count at least 16,000 killed")
_SPEAKERS_OWN = re.compile(r"\bcomrades\b|\b(?:its|their|his|her) own\b(?!\s+(?:count|estimates?|figures|data|tally)\b)"
                           # "Russia said its death toll was 5,937", "has not updated its official death toll of": the speaker's
                           r"|\b(?:said|says|put|puts|updated|gave|give|disclosed|published|reported)\s+(?:that\s+)?(?:its|their)\s+(?:official\s+)?"
                           r"(?:military\s+|army\s+)?(?:death toll|losses|casualties|dead)\b"
                           r"|\bour\b(?!\s+(?:own\s+)?(?:count|counts|estimates?|calculations?|data|figures|information|records|tally|assessment)\b)"
                           # "Prigozhin put his group's losses at about 20,000": the speaker's own force
                           r"|\b(?:his|her|its|their)\s+(?:own\s+)?(?:group|army|unit|force|forces|fighters|men|troops|side|company|"
                           r"mercenaries|militia|brigade|battalion)['’]s?\s+(?:losses|casualties|dead|death toll)\b",
                           re.IGNORECASE)
# "some 900 in dead, wounded each day": the comma of a list of loss words ends no clause before the rate
# an operation, and the losses it brought in a with-clause of its own sentence
# ("Kyiv's counteroffensive alone, he said, had cost it 159,000 troops": or what it cost)
_OPERATION_WITH_LOSSES = re.compile(r"\b(?:counter-?offensive|offensive|incursion)\b(?:[^.;\d]{0,80}?\bwith\s+(?:[\w'’-]+\s+){0,3}?"
                                    r"(?:suffering|losing|having\s+lost|sustaining|incurring)\b|[^.;\d]{0,40}?\b(?:has\s+|had\s+)?cost\b)",
                                    re.IGNORECASE)
_AND_LOST_END = re.compile(r"\b(?:and|but)\s+(?:then\s+|also\s+)?(?:lost|suffered|sustained)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "That brought the number of civilians killed in the region since the invasion began to 1,200": a toll moved to the figure
_BROUGHT_TO = re.compile(r"\b(?:brought|brings|bringing|bring|pushed|pushes|pushing|took|takes|taking)\b[^,;]*\bto\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "killed a woman and her two children": the verb's second object, after the first ("a woman" is a figure of its own)
_SECOND_OBJECT = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:and|as well as)\s+(?:his\s+|her\s+|their\s+)?", re.IGNORECASE)
_NAMES_COUNTED = re.compile(r"\s+names\b(?!\s+of\b)", re.IGNORECASE)
_DEATHS_TRACKED = re.compile(r"\b(?:deaths|dead|fallen|killed|obituaries|war graves)\b[^.;]*\b(?:counted|confirmed|verified|identified|"
                             r"established|recorded|collected|compiled|listed|has|have)\b", re.IGNORECASE)
_REGION_OF = re.compile(r"\b(?:region|city|oblast|town|village|province) of ([A-Z][\w-]{2,})")
_ADULT_GIRL_OR_BOY = re.compile(r"\s+(?:1[89]|[2-9]\d)-year-old\s+(?:girl|boy)s?\b")
_LOSS_WORD = r"(?:killed|dead|wounded|injured)"  # the bare loss words the checks below read around a figure
_LOSS_WORDS_THEN_RATE = re.compile(rf"\s+(?:in\s+)?{_LOSS_WORD}(?:,?\s+(?:and\s+|or\s+)?{_LOSS_WORD})+"
                                   r"\s+(?:a|per|every|each)\s+(?:day|week|month)\b", re.IGNORECASE)
_AT_APPOSITIVE = re.compile(r"\s*at\s*", re.IGNORECASE)
_TALLY_APPOSITIVE = re.compile(r"\s*(?:tallying|totall?ing|numbering|amounting to)?\s*", re.IGNORECASE)
_LOST_END = re.compile(r"\blost\s*$", re.IGNORECASE)
_PEOPLE_AND = re.compile(r"\s+(?:soldiers|troops|servicemen|men|personnel)\s+and\s+", re.IGNORECASE)
_WERE_WOUNDED = re.compile(r"\s+(?:more\s+|others?\s+)?(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:wounded|injured)\b", re.IGNORECASE)
_MEN_OR_WOMEN = re.compile(r"\s+(?:were\s+|are\s+)?(?:men|women|adults|males|females)\b", re.IGNORECASE)
_SPEECH_TAIL = re.compile(r",\s+(?:[\w'’]+\s+){1,5}(?:said|says|added|reported|stated)\W*$")
_PEOPLE_OF_THEN_FATE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:residents|people|civilians|persons|inhabitants|passengers|workers|employees|soldiers|troops|servicemen)"
    r"\s+(?:of|from|in|at|who\s+(?:were|was|had\s+been)\s+(?:in|at|on|inside))\s+"
    r"[^,;.\d()]{0,80}?\s(?:were|was|are|have\s+been|had\s+been|has\s+been|remain)\s+(?:still\s+)?(killed|injured|wounded|hurt|missing)\b",
    re.IGNORECASE)
_OPENS_ON_ANOTHER = re.compile(r"[\s\"“]*(?:An|an)other\s+")
_SHARE_OF_END = re.compile(r"(?:\bper\s*cent|\bpercent|%)\s+of\s+(?:the\s+|those\s+|its\s+|his\s+|their\s+)?$", re.IGNORECASE)
_FURNITURE_LINE = re.compile(r"\s*[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,2}\s*")  # "News", "All Sections", "World news"
_COST_SIDE = re.compile(r"\bcost\s+(Russia|Ukraine|Moscow|Kyiv|Kiev)\b(?=\s+(?:\w+\s+){0,2}$)")
# "Kyiv's counteroffensive had cost it 159,000 troops": "it" is the side the subject names
_COST_IT = re.compile(r"\bcost\s+(?:it|them)\s+(?:\w+\s+){0,2}$")
_INCLUDING_ASIDE = re.compile(r",\s*(?:including|excluding|(?:not\s+)?counting|plus|together\s+with)\s+[^,;\d]{1,40},\s*", re.IGNORECASE)
# "its total losses including wounded were around half a million": the wounded are counted in, the noun is the losses
_LOSSES_WITH_WOUNDED = re.compile(r"\b(losses|casualties)\s+(?:including|counting|with|plus)\s+(?:the\s+)?(?:wounded|injured)\b", re.IGNORECASE)
# (and the side losses were inflicted on: "inflicted heavy losses on the advancing Ukrainian units, killing 4,000")
_REPELLED_END = re.compile(r"\b(?:repelled|repulsed|repelling|repulsing|thwarted|thwarting|foiled|foiling|fended\s+off|fending\s+off|"
                           r"beat\s+back|beating\s+back|halted|stopped|defeated|defeating)\s+(?:\w+\s+){0,2}$"
                           r"|\binflict(?:ed|ing|s)\s+(?:\w+\s+){0,2}(?:losses|casualties|damage|defeats?)\s+on\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# soldiers named in a sentence: its bare toll is not the residents' (one list for both defaults that read it; a wider
# one with "forces" would also catch the attacker: "Russian forces struck a building, killing 70")
_ARMY_WORDS = re.compile(r"\b(?:soldiers|troops|servicemen|personnel|military)\b", re.IGNORECASE)
_LOSSES_COMPARED_END = re.compile(r"\b(?:losses|casualties|death toll|dead)\s+(?:are|were|is|was|remain|remained)\s+(?:\w+\s+)?"
                                  r"(?:lower|higher|smaller|fewer|less|greater|bigger|heavier|larger)\s*$", re.IGNORECASE)
_HOW_MANY_LOST = re.compile(r"\bhow many\b[^?]{0,60}?\b(?:has|have|did|had)\s+(Russia|Moscow|Ukraine|Kyiv|Kiev|the Russians|the Ukrainians)\s+"
                            r"(?:\w+\s+)?(?:lost|lose|suffered)\b", re.IGNORECASE)
_HOW_MANY_YOU_LOST = re.compile(r"\bhow many\b[^?]{0,60}?\b(?:has|have|did|had)\s+(?:you|your\s+[\w-]+)\s+(?:\w+\s+)?(?:lost|lose|suffered)\b"
                                r"|\byour own (?:losses|casualties)\b", re.IGNORECASE)
_FOR_EVERY_OPENING = re.compile(r"[\s\"“]*For (?:every|each)\b[^,;]{0,80},")
_THEIR = re.compile(r"\b[Tt]heir\b")
_BY_SEX = re.compile(r"\bwhose sex (?:is|was|remains) (?:yet |still )?(?:unknown|not known|undetermined)\b", re.IGNORECASE)
_SEX_ITEM = re.compile(r"\s+(?:men|women|boys|girls|children|adults|males|females)\b", re.IGNORECASE)
_COUNTRY_HIDES_ITS_LOSSES = re.compile(r"\b(Russia|Moscow|Ukraine|Kyiv|Kiev)\b[^.;,]{0,50}?\b(?:not|never)\b[^.;,]{0,30}?\bits\s+(?:own\s+)?"
                                       r"(?:military\s+|army\s+|battlefield\s+)?(?:losses|toll|dead|casualties|death toll)\b")
_OWN_AFTER = re.compile(r"\b(?:it|we|they)\s+(?:has\s+|have\s+|had\s+)?lost\b|\bour\b|\bits\s+own\b", re.IGNORECASE)
_SOURCE_ASIDE = re.compile(r",\s*(?:according to|citing|as reported by)\s+[^,;:.]{1,60},", re.IGNORECASE)
_STATEMENT_RELEASED = re.compile(rf"\b(?:{lx.STATEMENT_NOUNS}|data|figures|numbers|estimates)\s+"  # ("in data published over the weekend")
                                 r"(?:released|published|issued|posted|made|given|broadcast)\s+$", re.IGNORECASE)
# A time inside an aside on the speaker, between the subject and its verb: "The files, which appeared online in recent
# weeks, also estimate ...", "The study, released over the weekend, says ...": it dates the source, no window of the figure
_SPEAKER_ASIDE_BEFORE = re.compile(r"\s*(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+,\s+(?:which|that|who|first|\w+ed\b)[^,;\d]{0,60}$")
_SPEAKER_ASIDE_AFTER = re.compile(r"[^,;\d]{0,30},\s+(?:also\s+|now\s+|further\s+)?(?=\w)")
# ... and one inside a relative clause set off by commas, of a figure outside it: "Russian forces, who attacked in
# January, have lost 20,000 troops" (not "the strike, which killed 59 people in October,": the figure's own clause)
_RELATIVE_OPENING = re.compile(r",\s+(?:which|who)\b[^,;\d]{0,60}$")
_RELATIVE_CLOSE = re.compile(r"[^,;\d]{0,30},")
# ("close to 70,000 in a leaked assessment last year": the time dates the assessment, not a window of the losses)
_IN_A_STATEMENT_END = re.compile(rf"\b(?:in|by)\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}"
                                 rf"(?:{lx.STATEMENT_NOUNS}|assessment|estimate|bulletin|document|analysis|study)s?\s+$", re.IGNORECASE)
_WINDOW_JOIN = re.compile(r"\s*(?:and|to|through|until|-|–|—)\s*", re.IGNORECASE)
_AS_OF_BEFORE = re.compile(r"\b(?:as (?:of|at|on)|(?:period|data|figures?|count|numbers?) (?:up to|until|till|through|to))\s+$", re.IGNORECASE)
_SPAN_OF_TIME = re.compile(r"-(?:day|week|month|year|hour)\b", re.IGNORECASE)
_OUR_LOSSES = re.compile(r"\b[Oo]ur\s+(?:own\s+)?(?:losses|casualties|dead|death toll)\b")
_OWN_FATE = re.compile(r"\s*(?:(?:others?|more|people|civilians|residents)\s+)?(?:(?:were|are|was|is|have\s+been|has\s+been|had\s+been)\s+)?"
                       r"(?:killed|dead|died|wounded|injured|hurt)\b", re.IGNORECASE)  # ("A family of five died when a drone hit")
_COUNTING_THE = re.compile(r"\b(?:including|counting|plus|together with)\s+(?:the\s+|those\s+)?$", re.IGNORECASE)
_ANOTHER_END = re.compile(r"\banother\s*$", re.IGNORECASE)
# two figures joined, nothing between them (but a side: "200 Russian and 50 Ukrainian soldiers died")
_AND_BEFORE_NEXT = re.compile(r"\sand\s+$")
_JUST_AND = re.compile(r"\s+(?:(?:Russian|Ukrainian)\s+)?and\s+", re.IGNORECASE)
_BARE_LOSS_AND = re.compile(rf"\s+{_LOSS_WORD}\s+and\s+", re.IGNORECASE)
_LOSS_THEN_NOUN = re.compile(rf"\s+{_LOSS_WORD}\s+(children|civilians)\b", re.IGNORECASE)
_OF_A_MONTH = re.compile(rf"\s+of\s+(?:{lx.MONTHS})", re.IGNORECASE)  # "the first 10 days of September": not the war's
_INCLUDING_END = re.compile(r"\bincluding\s*$", re.IGNORECASE)
_PAST_WINDOW = re.compile(r"\b(?:(?:past|last|in|over|within|during) )(?:(\w+) )?(day|week|month)s?\b", re.IGNORECASE)
_OF_THE_WAR = re.compile(r"\s+of\s+(?:the\s+)?(?:full-scale\s+)?(?:war|invasion|fighting)\b", re.IGNORECASE)
_FIRST_WINDOW = re.compile(r"\bfirst (?:(\w+) )?(day|week|month)s?\b", re.IGNORECASE)
INVASION = date(2022, 2, 24)
_JOINS_NUMBERS = re.compile(r"\s*(?:,|or|,\s*or)\s*")
# "attack kills 23, wounds 28", "killed 391 children, injured 771"
# ("killed 3 and injured 12 others": the same with "and")
# The verb of a figure's noun phrase past a long modifier: "771 militants of the Azov regiment blocked at the plant have
# surrendered" (a finite verb, within the clause; not a clause of its own: "20 people whose homes were destroyed")
_FAR_PREDICATE = re.compile(r"(?:\d+(?:st|nd|rd|th)\b|(?!\b(?:and|or|but|where|when|whose|after|before|as|because|while|since|until|if|that|which)\b)"
                            r"[^,;:\d“”\"()])"
                            r"{0,110}?\b(?:have|has|had|were|was|are|is)\s+(?:(?:also|reportedly|now|already|been)\s+){0,2}"
                            r"(?P<verb>killed|wounded|injured|surrendered|captured|taken prisoner|died)\b", re.IGNORECASE)
# "some 60,000 Ukrainian troops and three times as many Russian troops have been killed": two subjects, one verb
_PAIRED_SUBJECT_PREDICATE = re.compile(
    r"[^,;:\d]{0,40}?\band\s+(?:(?:more than|nearly|about|almost|roughly|at least|perhaps)\s+)?(?:twice|three times|\w+ times|as many|a similar number"
    r"|even more|more|fewer)\b[^,;:\d]{0,60}?\b(?:have|has|had|were|was|are|is)\s+(?:(?:also|reportedly|now|already|been)\s+){0,2}"
    r"(?P<verb>killed|wounded|injured|died)\b", re.IGNORECASE)
# a human metric's verb after a long noun phrase: the place after it is the figure's ("... have surrendered at the plant")
_FAR_VERB = {"killed": re.compile(r"\b(?:killed|died)\b"), "wounded": re.compile(r"\b(?:wounded|injured)\b"),
             "captured": re.compile(r"\b(?:surrendered|captured|taken prisoner)\b")}
_PART_ASIDE_AFTER = re.compile(r"[^,;\d]{0,40},\s*(?:including|among them|of whom)\s+[^,;]{1,40},")
# children as the share of a toll: "Children accounted for 16 of those killed and 119 of the injured"
_CHILDREN_MADE_UP = re.compile(r"\b(?:children|minors)\s+(?:accounted for|account for|made up|make up|comprised|represented)\s+"
                               r"(?:[^,;.]*?\bof (?:those|the|them)\b[^,;.]*?\s+and\s+)?(?:(?:about|some|at least|nearly|almost|around|more than|over)\s+)?$",
                               re.IGNORECASE)
# a side that denies, opening the sentence: the "its" of the claim it denies is its own
_SIDE_DENIES = re.compile(r"[\s\"“]*(Russia|Moscow|the Kremlin|Ukraine|Kyiv|Kiev)\s+(?:has\s+|had\s+)?(?:denied|rejected|dismissed|disputed|refuted)\b",
                          re.IGNORECASE)
# a line of a labelled list: "Killed: nearly 70,000", "- tanks - 3,910 (+4);"
_LIST_ITEM_LINE = re.compile(r"\s*(?:[-–—•*]\s*)?[A-Za-z][\w ()'’-]{0,40}?\s*[:–—-]\s*(?:[a-z ]{0,20})?\d")
_SIDES_OWN_COUNT = re.compile(r"\b(Russia|Moscow|Ukraine|Kyiv|Kiev)['’]s own (?:official )?(?:figures?|count|tally|toll|death toll|estimates?)\b",
                              re.IGNORECASE)
_ANOTHER_SOURCE = re.compile(r"(?:;|" + cue.WHILE_CLAUSE + r")\s*(?:(?:[\w'’.-]+\s+){1,5}?(?:said|says|say|reported|reports|confirmed|estimated|claimed"
                             r"|recorded|verified|announced|announces|stated|states|documented|believes|put|puts)\b|according\s+to\b)")
# ("averaged 1,200 a day and totalled 8,400": the rate is the first verb's)
_LOSS_LABEL_BEFORE = re.compile(r"\b(killed|dead|injured|wounded|missing|captured)\s*[:–—-]\s*$", re.IGNORECASE)
_RU_NAME = re.compile(r"(?:the\s+)?(?:russia|moscow|kremlin|putin|north korea|pyongyang)", re.IGNORECASE)  # (and its ally's troops)
_AND_SPLIT = re.compile(r"\band\s+(?=(?:\w+ed|reached|rose|stood|came to|hit|topped|reaching|totalling|totaling)\b)")
_NEXT_FIGURES_VERB = re.compile(r"\s*(?:(?:children|civilians|people|soldiers|troops|servicemen|Ukrainians|Russians)\s*)?(?:,\s*(?:and\s+)?|\band\s+)")
_FIGURE_FOLLOWS = re.compile(r"\s*(?:(?:at least|about|some|nearly|more than|over|another)\s*)?(?:\d|$)"  # (the window stops at the next figure)
                             r"|\s+(?:others|many others|dozens|scores|several|many|more)\b")  # "killed two, injured others"
_KIND_OF_THEM = re.compile(r"\s*of\s+(?:them|which|these)\s+(?:(?:were|are)\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:tanks?|helicopters?|aircraft|planes|jets|ships|artillery)\b", re.IGNORECASE)


def _machine_kind_inside(total: Claim | None, right: str) -> tuple[str, re.Match] | None:
    """The kind of machine a figure inside a machine total counts, when it is another kind than the total's ("2,000
    armoured vehicles, at least 530 of them tanks"; "... 9,146 vehicles. These include 1,731 tanks")."""
    if total is None or total.metric in cue.HUMAN_METRICS:
        return None
    kind = first(lx.EQUIPMENT_RES, words(right, 5))
    return kind if kind is not None and kind[0] != total.metric else None
_THE_DEAD = re.compile(r"\s+(?:(?:people|civilians|persons|residents|soldiers|troops|servicemen|fighters)\s+(?=killed|dead\b))?"
                       r"(?:dead|killed|fallen|slain|deaths|victims)\b",
                       re.IGNORECASE)
_WERE_CHILDREN_AFTER = re.compile(r"[^.;]{0,60}?\b(?:were|was)\s+(?:all\s+)?(?:children|minors)\b", re.IGNORECASE)
_CONCESSIVE_OPENING = re.compile(r"[\s\"“]*(?:While|Whereas|Although|Though|Even though)\b")
_CLAUSE_COMMA_AFTER = re.compile(r",(?!\d)")
_BARE_TOLL = re.compile(r"\b(?:the|its|a|their|\w+['’]s)\s+(?:(?:human|military|battlefield|last|latest|official|previous|new)\s+)?toll\b"
                        # (a headline drops the article: "Toll from Odesa strike rises to 12", "Kharkiv toll rises to 18")
                        r"|^\s*toll\b|\b(?-i:[A-Z])[\w-]+\s+(?:death\s+)?toll\b", re.IGNORECASE)
_BARE_TOLL_OF_A_PLACE = re.compile(r"\b(?:death\s+)?toll\s+(?:in|from|of)\b|\b(?!(?:Russian|Ukrainian|Russia|Ukraine|Moscow|Kyiv|Kremlin|"
                                   r"Military|Army|Civilian|Death|The|A|Its|Their)\b)(?-i:[A-Z])[\w-]+['’]?s?\s+(?:death\s+)?toll\b", re.IGNORECASE)
_PARTS_DEAD_AND_HURT = re.compile(r"[^.;]{0,40}?\b(?:including|encompassing|comprising|of which|of whom)\b[^.;]{0,60}?"
                                  r"\b(?:deaths|dead|killed|fatalities)\b[^.;]{0,40}?\b(?:injuries|injured|wounded)\b", re.IGNORECASE)
# (and a country's own: "Ukraine's overall losses ... may well total 90,000 people")
_ARMY_TOLL = re.compile(r"\b(Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+(?:military|army|armed forces|forces)(?:['’]s?)?\s+(?:\w+\s+)?"
                        r"(?:toll|losses|casualties)\b|\b(Russia['’]s|Ukraine['’]s)\s+(?:total\s+|overall\s+|military\s+|combat\s+)*"
                        r"(?:irretrievable\s+|irrecoverable\s+)?losses\b"
                        # "losses of the Ukrainian grouping near Kupiansk came to 2,300 people": Moscow's word for an army
                        r"|\blosses\s+of\s+the\s+(Russian|Ukrainian)\s+(?:group(?:ing)?|army|armed forces|forces|troops|formations|units|military)\b",
                        re.IGNORECASE)
_EACH_SIDE = re.compile(r"\beach (?:side|army)\b|\bon each side\b|\bapiece\b|\d\s+each\b|\beach of the two (?:sides|armies)\b", re.IGNORECASE)
_NUMBER_OF_PEOPLE = re.compile(r"\b(?:number|count|toll|tally) of (?:\w+\s+){0,2}?(children|minors|kids|civilians)\b", re.IGNORECASE)
# "the ministry raised the number of its soldiers killed in the strike to 89": the count of the speaker's own men
_NUMBER_OF_ITS_OWN = re.compile(r"\b(?:number|count|toll|tally) of (?:its|their) (?:own )?(?:[\w-]+\s+){0,2}?"
                                r"(?:soldiers|troops|servicemen|service members|personnel|fighters|men|dead)\b", re.IGNORECASE)
_ON_SIDE_AFTER = re.compile(r"[^,;]{0,40}?\bon the (Russian|Ukrainian) side\b")
# (and the statement's noun: "the mission said in a statement on Monday")
_SPEECH_DAY = re.compile(r"\b(?:said|says|reported|told|announced|wrote|added|stated|(?<=\ba )(?:statement|post|briefing|interview|address))"
                         r"\s+(?:on\s+|late\s+|early\s+)?$")
_OF_THESE_OPENING = re.compile(r"[\s\"“]*Of (?:these|those|them|which)\b")
# a side spoken of as "they" by the speaker ('Zelensky said: "They have lost tens of thousands"')
_THEY_LOST = re.compile(r"\b[Tt]hey\s+(?:have\s+|had\s+|'ve\s+)?(?:lost|suffered)\b")
# the qualifier words a figure may open with, read as part of its left context by the patterns below
_QUALIFIER_LEAD = r"(?:(?:about|some|around|nearly|over|more than|at least|up to|almost|roughly|close to|just under|just over)\s+)?"
# "Ukraine's figure is higher, at about 680,000", "Kyiv puts the number far higher, at 40,000": another source's figure
# for the count just named
_FIGURE_COMPARED = re.compile(
    r"(?:\b(?:figures?|estimates?|counts?|tally|tallies|number|toll)\s+(?:is|was|are|were|stands|stood|comes|came)\s+|"
    r"\b(?:puts?|putting|places?|placed)\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:figure|estimate|count|tally|number|toll)\s+)"
    r"(?:\w+\s+)?(?:higher|lower|larger|smaller|greater|bigger)(?:\s+still)?\s*(?:[,:—–]\s*)?(?:at\s+)?"
    + _QUALIFIER_LEAD + r"$"
    # "The US estimate, given in December, is 315,000": a source's own estimate of the count before, with no noun of its own
    r"|\b(?-i:US|UK|U\.S\.|U\.K\.|British|American|Western|Ukrainian|Russian|[A-Z][\w-]+['’]s)\s+(?:own\s+|official\s+|latest\s+)?"
    r"(?:estimate|figure|count|tally)(?:\s*,[^,;.]{1,40},)?\s+(?:is|was|stands\s+at|stood\s+at)\s+" + _QUALIFIER_LEAD + r"$"
    # "The UK's estimate is close to the Ukrainian General Staff's count of about 790,000": another source's figure beside it
    # "Kyiv's count is higher still. As of Tuesday, the General Staff put the total at 499,770": the count of the figure before
    r"|\b(?:puts?|putting|placed?s?)\s+(?:the|its|their|his|her)\s+(?:running\s+|overall\s+|latest\s+|own\s+)?(?:total|tally|count)\s+at\s+"
    + _QUALIFIER_LEAD + r"$"
    r"|\b(?:close to|in line with|near|similar to|compared (?:with|to)|against|above|below)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}"
    r"(?:count|estimate|figure|tally|toll)\s+of\s+" + _QUALIFIER_LEAD + r"$", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"\b(?:in|during|over|for) the same (?:time )?period\b|\b(?:during|over|in) that period\b", re.IGNORECASE)
# "The Ukrainian numbers are more difficult to ascertain", "Russia's losses are harder to gauge": the text turns to that side's count
_SIDES_COUNT_UNCLEAR = re.compile(
    r"\b(Russian|Russia's|Moscow's|Ukrainian|Ukraine's|Kyiv's|Kiev's)\s+(?:[\w-]+\s+){0,2}(?:numbers|figures|toll|tolls|count|losses|casualties)\s+"
    r"(?:are|is|were|was|remain|remains)\s+(?:\w+\s+){0,2}(?:difficult|harder|hard|unclear|less clear|murkier|unknown|secret|elusive|uncertain|opaque)\b"
    # "Ukraine does not publish its own numbers": the text turns to the count that side keeps back
    r"|\b(Russia|Moscow|Ukraine|Kyiv|Kiev)\s+(?:(?:does|did|has|have)\s+not|(?:has\s+)?(?:never|rarely|seldom))\s+(?:\w+\s+)?"
    r"(?:publish|disclose|release|reveal|give|update|report|announce)(?:e?[sd])?\s+(?:its|their)\s+(?:own\s+)?(?:\w+\s+)?"
    r"(?:numbers|figures|losses|casualties|toll|count|dead)\b",
    re.IGNORECASE)
_NOUN_THEN_PARTS_ASIDE = re.compile(r"^((?:\s+[\w'’-]+){0,2}\s*),\s*(?:including|among them|among whom|of whom)\b(?:[^,;.()]|[,.](?=\d)){1,60},")
_IN_INCLUDING_ASIDE = re.compile(r",\s*(?:including|among them|among whom|of whom)\s+" + _QUALIFIER_LEAD + r"$")
_PAST_MODAL = re.compile(r"\b(?:may|might|could|must)\s+(?:well\s+|already\s+|now\s+)?have\s+(?:been\s+)?"
                         r"(?=\w+ed\b|died\b|lost\b|perished\b|fallen\b|been\b|$)")
# ("could have died had the dam not held", "... if the shelters had not been opened": what did not happen)
_MODAL_PRESENT = re.compile(r"\b(?:may|might|could)\s+(?:well\s+|now\s+|already\s+)?(?:be(?:\s+(?:approaching|nearing|closer\s+to|as\s+(?:high|many)\s+as))?"
                            r"|amount\s+to|total|number|exceed|stand\s+at|range(?:\s+from|\s+between)?|lie\s+between)\s+$", re.IGNORECASE)
_COUNTERFACTUAL = re.compile(r"\bhad\s+(?:\w+\s+){1,3}not\b|\bhad\s+it\s+not\b|\bif\s+(?:\w+\s+){0,4}had\b|\bwere it not\b|\bbut for\b", re.IGNORECASE)
# the later items of what was fired: "Russia fired 84 cruise missiles and 24 drones" (the first is NOT_LOSS_VERB's)
_FIRED_LIST = re.compile(r"\b(?:launched|fired|sent)\s+(?:[\d,]+\s+(?:[\w-]+\s+){1,3}?(?:and\s+|,\s*(?:and\s+)?))+$", re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+(?:them|those)\b")
_LIST_LOSS_VERB = re.compile(r"\b(?:lost|destroyed|shot down|downed|intercepted)\b", re.IGNORECASE)
_FIRING_VERB = re.compile(r"\b(?:fired|launched|hit|struck|attacked|used|sent)\b", re.IGNORECASE)
_SOURCED_RANGE_END = re.compile(r"\s*\([^()\d]{2,60}\)\s*(?:to|and|-|–)\s*" + _QUALIFIER_LEAD)
# one attack named ("the attack also involved seven Kh-101 cruise missiles, six of which were shot down"), or the part of
# those sent ("..., six of which were shot down"): many attacks ("in Russian attacks") count the war
_ONE_ATTACK = re.compile(r"\b(?:the|an?|this|that|Thursday's|overnight|last night's|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's)\s+"
                         r"(?:(?:\w+|\w+-\w+)\s+){0,2}(?:attack|strike|barrage|salvo|assault|raid|wave)\b|\b(?:of which|of them)\s+(?:were|was|had been)\s+"
                         r"(?:shot down|intercepted|downed|destroyed)\b", re.IGNORECASE)
_N_OF_M = re.compile(r"\b\d[\d,]*\s+of\s+(?:the\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?(?:drones|missiles|UAVs|Shaheds)\b", re.IGNORECASE)
_UNCLEAR_WORD = re.compile(r"\b(?:difficult|harder|hard|unclear|less clear|murkier|unknown|secret|elusive|uncertain|opaque|not|never|rarely|seldom)\b",
                           re.IGNORECASE)
_IN_IT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:in|during)\s+it\b")
_DRONES_KILL = re.compile(r"\bdrones?\s+(?:\w+\s+)?(?:kill|kills|killed|killing|injure|injures|injured|injuring|wound|wounds|wounded|wounding)\b",
                          re.IGNORECASE)
_FOREIGN_WORD = re.compile(r"\bforeign\b", re.IGNORECASE)
_PUT_THE_NUMBER = re.compile(r"\bput(?:s|ting)?\s+(?:the|that|this)\s+(?:number|figure|toll|count)\s+at\s+" + _QUALIFIER_LEAD + "$")
_OPERATION_NAMED = re.compile(r"\b(?:counter-?offensive|offensive|incursion)\b", re.IGNORECASE)
_ADDED_ITEM = re.compile(r"\s*(?:as well as|along with|plus|and also|and)\s+" + _QUALIFIER_LEAD)
_NOUN_THEN_AND = re.compile(r"\s*(?:[A-Za-z-]+\s+){1,4}and\s+" + _QUALIFIER_LEAD)
_GAPPED_LOSER = re.compile(r"\b(?:and|while|whereas)\s+(Russia|Moscow|Ukraine|Kyiv|Kiev)(?:['’]s)?\s+"
                           + _QUALIFIER_LEAD + r"$")
_BARE_NATIONALITY = re.compile(r"\s*(Russian|Ukrainian)\b(?=\s*(?:[,.;:)]|$|\s(?:and|according|as|in|on|at|by|for|from|while|with)\b))")
_OF_THEM_DIED = re.compile(r"\s+of\s+(?:them|whom)\s+(?:have\s+|had\s+)?(?:died|were\s+killed|have\s+been\s+killed|had\s+been\s+killed)\b")
# ("we have about 10,000 injured"; not "we have also taken 735 prisoners", a verb of ours)
_WE_HAVE = re.compile(r"\b(?:we|We)\s+(?:have|had|lost|have lost|had lost)\b"
                      r"(?!\s+(?:\w+\s+)?(?:taken|captured|killed|destroyed|eliminated|shot|downed|hit|liquidated)\b)")
# (and "Ukrainian troops taken prisoner", "2,000 Ukrainian soldiers who surrendered", "captured Russian soldiers")
_SIDES_CAPTIVES = re.compile(r"\b(Ukrainian|Russian) (?:military )?(?:prisoners(?: of war)?|POWs)\b"
                             r"|\b(?:captured|imprisoned) (Ukrainian|Russian) (?:soldiers|troops|servicemen|fighters)\b"
                             r"|\b(Ukrainian|Russian) (?:soldiers|troops|servicemen|fighters|defenders) (?:who (?:had )?surrendered|taken prisoner"
                             r"|held captive|in captivity)\b")
_AND_IN_BEFORE = re.compile(r"[,;]\s*(?:and|while|whereas|but)\s+(?:(?:in|during|for|over|throughout|as\s+of|by|until)\s+(?:the\s+)?(?:[\w-]+\s+){0,4})?$",
                            re.IGNORECASE)
_AND_THAT_NEXT = re.compile(r"[^.;\d]{0,60},?\s+and\s+that\s+" + _QUALIFIER_LEAD)
_COULD_COUNT = re.compile(r"\b(?:could|were\s+able\s+to)\s+(?:independently\s+|only\s+|visually\s+)?"
                          r"(?:confirm|verify|count|identify|document|establish|geolocate|name)\b", re.IGNORECASE)
_TALLIED = re.compile(r"\b(?:recorded|verified|documented|registered|confirmed\s+the\s+deaths)\b", re.IGNORECASE)
_BARE_TOLL_WORD = re.compile(r"\b(?:death\s+)?toll\b", re.IGNORECASE)
# A toll whose soldiers the speaker owns: "the death toll among its troops", "a strike on a building housing its troops";
# or one of an attack by a named side on soldiers: "the number of servicemen killed in a Ukrainian strike"
_TOLL_OR_COUNT = re.compile(r"\b(?:death\s+)?toll\b|\bnumber\s+of\s+(?:[\w-]+\s+){0,2}?(?:dead|killed|deaths|wounded|injured|casualties)\b",
                            re.IGNORECASE)
_OWN_SOLDIERS = re.compile(r"\b(?:its|our)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:soldiers|troops|servicemen|personnel)\b", re.IGNORECASE)
_SIDE_ATTACKED = re.compile(r"\b(Ukrainian|Russian)\s+(?:[\w-]+\s+)?(?:strike|attack|shelling|bombardment)\b")
_THEY_WERE_END = re.compile(r"\b(?:they|these|those)\s+(?:were|stood\s+at|totall?ed|amounted\s+to|numbered|reached)\s+" + _QUALIFIER_LEAD + "$")
_THAT_MONTH = re.compile(r"\b(?:in|during|over|for|throughout)\s+(?:the|that)\s+month\b(?!\s+(?:of|before|after|since|to|ending)\b)", re.IGNORECASE)
# (and "as" opening a clause of the attack: "11 injured as Russian troops shelled 32 settlements")
_SUBORDINATE_IN_HEAD = re.compile(r"(?:^|\s)(?:after|when|while|because|before|once|until|as soon as"
                                  r"|as(?=\s+(?:the\s+)?(?:Russian|Ukrainian|Russia|Ukraine|enemy|invaders|occupiers|Moscow|Kyiv|they)\b))\s")
_PEOPLE_KILLED = re.compile(r"\b(?:soldiers|troops|servicemen|people|civilians|residents|children)\s+(?:killed|wounded|injured|dead)\b", re.IGNORECASE)
_STRIKE_ON_HELD = re.compile(r"\b(?:strike|attack|shelling|bombardment)\s+on\s+(?:the\s+)?(Russia|Russian|Ukraine|Ukrainian)[- ](?:controlled|held|occupied)\b",
                             re.IGNORECASE)
_CIVILIAN_SCENE = re.compile(r"\b(?:child|children|boy|girl|woman|women|residents?|civilians?|pensioners?|houses?|apartment|residential|shelling|shelled)\b",
                             re.IGNORECASE)
_MILITARY_SCENE = re.compile(r"\b(?:soldiers?|troops|servicemen|army|military|brigade|battalion|front|positions?|trenches?|assault)\b", re.IGNORECASE)
_BARE_UNITS = re.compile(r"\s*units\b(?!\s+of\b)")
_BARE_FATE = re.compile(r"\s*(?:(?:more\s+)?units\s+)?(?:were\s+|have been\s+|had been\s+)?(?:captured|seized|destroyed|damaged|abandoned)\b")
_EQUIPMENT_UNITS = re.compile(r"\b(?:units|pieces|items) of\b[^.;]{0,60}\b(?:equipment|vehicles|hardware|weapons)\b"
                              r"|\d\s+units\b(?!\s+of\s+(?:\w+\s+){0,2}(?:personnel|troops|soldiers))", re.IGNORECASE)  # "abandoned 1,113 units"
_BY_THE = re.compile(r"\bby\s+(?:the\s+)?$")  # "a shelling of Donetsk by the Ukrainian forces": the attacker
# ("Ukraine's military intelligence said": the rest of a body's name may stand between)
_SPEAKS_NEXT = re.compile(r"(?:\s+(?:intelligence|command|leadership|spokes(?:man|woman|person)|chief|officials?|sources))?"
                          r"\s+(?:\w+ly\s+|also\s+|has\s+|had\s+|earlier\s+)?"
                          rf"(?:{lx.TAG_VERB}|put|puts|claiming|estimated|estimates|counted|recorded)\b")
_OTHERS_AFTER = re.compile(r"\s+(?:more\s+)?others?\b(?!\s+(?:sides?|armies|countries)\b)")
_KILLED_IN_SIDES_STRIKE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|died|dead|wounded|injured)\s+(?:in|by)\s+"
                                     r"(?:an?\s+|the\s+)?(Ukrainian|Russian|Ukraine's|Russia's)\s+(?:[\w-]+\s+){0,2}?(?:strike|attack|shelling|bombardment)\b")
_OF_A_WHOLE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|(?:Ukraine|Russia)['’]s\s+)")
_IN_CONDITION = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:are|were|is|was|remain|remained|remains)\s+(?:still\s+)?(?:in\s+)?(?:a\s+)?"
                           r"(?:serious|critical|grave|severe|stable|moderate|satisfactory)\s+condition\b", re.IGNORECASE)
_HAVING_LOST = re.compile(r"[\s\"“]*Having\s+(?:\w+\s+)?(?:lost|suffered)\b", re.IGNORECASE)
_SUBJECT_AFTER_OPENING = re.compile(r"[^,;.]*,\s*(russia|moscow|the russians|russians|ukraine|kyiv|kiev|the ukrainians|ukrainians)\b", re.IGNORECASE)

_COUNTRY_LOST_BEFORE = re.compile(r"\b(Russia|Moscow|Ukraine|Kyiv|Kiev)\s+(?:has\s+|had\s+|(?:may|might|could|must)\s+(?:well\s+)?have\s+)?"
                                  r"(?:already\s+)?lost\s+"
                                  r"(?:(?:more than|over|about|nearly|almost|some|around|at least)\s+)?$")
_KILLED_COMMA = re.compile(r"\b(?:killed|dead),$", re.IGNORECASE)
_ANOTHER_FIGURE = re.compile(r",\s*(?:up from|down from|compared (?:to|with)|against|versus|while|but)\b[^.;]*?\d")
# "32,000 casualties, including 150 in the last 24 hours": a window right after the part's figure is the part's, not the total's
# (not "100,000 casualties, including 20,000 killed, since December": that window closes the whole list)
_SHOT_DOWN_END = re.compile(r"\b(?:shot down|shoot down|shooting down|downed|downing)(?:\s+\S+){0,2}\s*$", re.IGNORECASE)
# (or its count: "the number of dead had risen to 17")
# the victims of a toll told as dead and wounded: "Five of the victims were children", "Among the victims are two children"
_OF_THE_VICTIMS = re.compile(r"\s+of\s+(?:the|those)\s+(?:victims|casualties)\b", re.IGNORECASE)
_AMONG_THE_VICTIMS = re.compile(r"\s*Among\s+(?:the|those)\s+(?:victims|casualties)\b", re.IGNORECASE)
_THE_TOLL_RISEN = re.compile(r"\b(?:the|its|that)\s+(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|people\s+killed|those\s+killed|"
                             r"injured|wounded))\b[^.;\d]{0,30}\b(?:" + lx.TOLL_MOVES + r")\b"
                             r"|\b(?:raised|raising|revised|updated)\s+(?:the|its)\s+(?:death\s+)?toll\b", re.IGNORECASE)
_LAUNCHED = re.compile(r"\b(?:launched|fired|attacked (?:\w+ )?with|sent)\b", re.IGNORECASE)
_VAGUE_THEN_FIGURE = re.compile(r"\b(?:tens of thousands|hundreds of thousands|thousands|hundreds|dozens|scores|many|a (?:huge|large|great|"
                                r"significant|vast) number)(?:\s+of)?\s+(?:\w+\s+)?(?:soldiers|troops|servicemen|men|people|civilians|fighters|"
                                r"personnel)\s*,\s*(?:\w+\s+){0,2}$", re.IGNORECASE)
_CONTRASTED_AFTER = re.compile(cue.WHILE_CLAUSE)
_ASKS = re.compile(r"\?\s*$")
# a part named after its total: "including 150" (a count), "about a third of them" (a share)
_PART_HEAD = (r",\s*(?:including|of which|of them|(?:a|the) (?:figure|total|number|toll|count) (?:that|which) (?:also )?includes)"
              r"\s+(?:about\s+|some\s+|over\s+|more than\s+)?[\d,]+")
_SHARE_HEAD = rf",\s*(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?(?:{cue.SHARE_OF}|most|many)\s+of\s+(?:them|which|those)"
_PART_ASIDE = re.compile(_PART_HEAD + r"\b[^,;]*(?:,|$)", re.IGNORECASE)


def _blank_other_parts(text: str, at: int) -> str:
    """`text` with the part asides that do not hold position `at` blanked (offsets kept)."""
    return _PART_ASIDE.sub(lambda m: m.group() if m.start() <= at < m.end() else " " * len(m.group()), text)


_PART_WITH_ITS_WINDOW = re.compile(r"(?:\s+[\w-]+){0,5}?" + _PART_HEAD + r"\s+"
                                   r"|(?:\s+[\w-]+){0,5}?" + _SHARE_HEAD + r"\s+")  # "3,000 tanks, about a third of them in 2023": the part's window
_SHARE_ASIDE = re.compile(_SHARE_HEAD + r"\b")
_STATEMENT_SINCE = re.compile(r"\b(?:first|latest|only|last|first official|first such|first public)\s+(?:official\s+|public\s+)?"
                              r"(?:update|figure|statement|toll|count|announcement|acknowledgement|disclosure|confirmation|report|tally)"
                              r"\s+(?:of\s+(?:its|their|the)\s+(?:\w+\s+){0,2})?$", re.IGNORECASE)
# (not "saying" nor "while": "..., saying they were fighters who died in a single day" goes on with the figure's clause)
_ADDED_STATEMENT = re.compile(r",\s*(?:noting|adding|stressing|warning|explaining)\b", re.IGNORECASE)
_WITH_MORE = re.compile(r",\s*with\s+(?:[\w,-]+\s+){0,2}(?:more|others)\b", re.IGNORECASE)
# ("617,000 troops in the war zone, gives no losses", "..., but no word on casualties": losses denied are no figure's)
_NO_LOSSES = re.compile(r"[,;]?\s+(?:(?:but|and|yet)\s+)?(?:\w+\s+)?(?:no|nor|without)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:loss(?:es)?|casualt(?:y|ies)|deaths?|dead|toll)\b", re.IGNORECASE)
_CONTRASTED_NEXT = re.compile(r",\s*(?:while|whereas)\s+(?:the\s+)?(?:number|toll|count|tally|total)\b", re.IGNORECASE)
_AND_BARE_PART = re.compile(r"[^.;,\d]{0,80}\s+and\s+" + _QUALIFIER_LEAD)
_BARE_WERE = re.compile(r"\s+(?:were|are)\s+(?!killed|wounded|injured|captured|missing|dead)")
_OWN_VERB_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:have|has|had|were|was|are|is|died|die)\b", re.IGNORECASE)
# losses per day ("Russia's daily losses"), not the day's report of them ("the daily losses report")
_DAILY_LOSSES = re.compile(r"\b(?:average\s+)?daily\s+(?:losses|casualties|death tolls?|tolls?)\b"
                           r"(?!\s+(?:report|update|figures?|data|post|briefing|bulletin|summary|count|tally|statement)\b)", re.IGNORECASE)
_ONE_DAY = re.compile(rf"\b(?:yesterday|today|overnight|(?:past|last|previous)\s+(?:day|24\s+hours)|on\s+(?:{WEEKDAY_NAMES}))\b", re.IGNORECASE)
_NEXT_ITEM_OPENS = re.compile(r"\s*(?:,\s*)?(?:and|or|but|while|whereas|versus|vs\.?)\s", re.IGNORECASE)
_OF_THEM_AFTER_ANY = re.compile(r"\s+of\s+(?:them|those|these)\b", re.IGNORECASE)
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|these)\b(?!\s+(?:were|was|are|had|have)\b)", re.IGNORECASE)
_DOWNED_END = re.compile(r"\b(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed)\s+(?:" + _QUALIFIER_LEAD + r")?$", re.IGNORECASE)
_BARE_MISSILES = re.compile(r"\bmissiles?\b", re.IGNORECASE)
_ADDED_FIGURE_END = re.compile(r"(?:^|,)\s*(?:and|as well as|along with|plus|with|and another|and a further)\s+$", re.IGNORECASE)
# the rest names only the side: "... on the Ukrainian side", "... among Ukrainians", or nothing
_SIDE_ONLY_AFTER = re.compile(r"\s+(?:on|from|among|for)\s+(?:the\s+)?(?:Ukrainian|Russian|Ukraine's|Russia's|other|opposing|enemy)\s+"
                              r"(?:side|forces|troops|army)\b|\s+(?:on|from|among|for)\s+(?:Ukrainians|Russians)\b", re.IGNORECASE)
_SAME_INCIDENT = re.compile(r"\b(?:in|during|by|from) the same (?:strike|attack|shelling|bombardment|incident|blast|explosion|raid)\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_LIST_JOIN = r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)"  # ", ", ", and ", " and ": between the items of a list
_BARE_COORDINATION = re.compile(_LIST_JOIN + _QUALIFIER_LEAD, re.IGNORECASE)
_SIDE_WORDS = r"(?:Russia|Ukraine|Moscow|Kyiv|Kiev|Russian|Ukrainian)(?:['’]s)?"
_SIDE_LIST = re.compile(rf"\b{_SIDE_WORDS}(?:\s*,\s*{_SIDE_WORDS})*,?\s+and\s+{_SIDE_WORDS}\b")
_SOURCE_JOIN = re.compile(_LIST_JOIN + r"(?:the\s+)?", re.IGNORECASE)
_BY_CHANGE_END = re.compile(r"\b(?:rose|risen|rises|rising|increased|increases|increasing|grew|grown|jumped|climbed|raised|raising|revised"
                            r"|went up|gone up|up|down|fell|dropped|decreased)\s+(?:\w+\s+){0,6}?by\s+$", re.IGNORECASE)
_TO_NEXT_FIGURE = re.compile(r"\s+to\s+" + _QUALIFIER_LEAD, re.IGNORECASE)
# "losses rose by 1,020 over the past 24 hours to 305,010": the change's window between the change and the new total
_OWN_FORCES_ACT = re.compile(r"\b(?:its|their|our|his)\s+(?:own\s+)?(?:forces|troops|units|army|military|soldiers|servicemen|fighters|defenders|marines|"
                             r"paratroopers)\s+(?:have\s+|had\s+|also\s+|reportedly\s+)*(?:killed|eliminated|liquidated|wounded|captured|took|taken|"
                             r"seized|destroyed)\b", re.IGNORECASE)
# "captured 594 Russian servicemen during the operation": the operation the text named at its place
_THE_OPERATION = re.compile(r"\b(?:during|in|throughout|since the start of|over the course of) (?:the|this|that) (?:incursion|operation|offensive|raid)\b",
                            re.IGNORECASE)
_OPERATION_WORD = re.compile(r"\b(?:incursion|(?<!military )operation|offensive|raid)\b", re.IGNORECASE)
_WHOLE_SENTENCE = re.compile(r"\s*[A-Z][^\n]*[.!?]\s*")
_HAS_DIGIT = re.compile(r"\d")
_HAS_LOST_END = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?lost\s+$", re.IGNORECASE)
_A_CAPITAL = re.compile(r"\b(?:Kyiv|Kiev|Moscow|London|Washington|Brussels)\b")
_SIDE_NAMED = re.compile(r"\b(?:Russia|Moscow|Ukraine|Kyiv|Kiev)\b")
_A_TOLL = re.compile(r"\btoll\b", re.IGNORECASE)
_WINDOW_THEN_TO = re.compile(r"\s+(?:[^.;,]{1,40}?\s+)?to\s+" + _QUALIFIER_LEAD, re.IGNORECASE)
# kinds of soldier a count of an army's dead is broken down by (ranks, how they were recruited, arms of service)
_SOLDIER_KINDS = (r"former\s+prisoners|ex-prisoners|ex-inmates|convicts|inmates|mobili[sz]ed|conscripts|volunteers|officers|generals|colonels"
                  r"|commanders|mercenaries|contract\s+soldiers|professional\s+soldiers|paratroopers|marines|pilots")
_DEAD_BY_KIND = re.compile(rf"\s+(?:are|were|was|is)\s+(?:{_SOLDIER_KINDS})\b", re.IGNORECASE)
_FIGHTERS_FOR_UKRAINE = re.compile(
    r"\s+(?:members|fighters|militants)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:anti-Kremlin|pro-Ukrainian|pro-Kyiv|sabotage(?: and reconnaissance)?)\s+"
    r"(?:groups?|formations?|units?|battalions?|militias?)\b|\s+(?:members|fighters)\s+of\s+the\s+(?:Russian Volunteer Corps|Freedom of Russia Legion"
    r"|Legion of Freedom of Russia|Liberty of Russia Legion)\b", re.IGNORECASE)
# any word that places a text in this war (the other war's names are lexicon.OTHER_WAR)
_THIS_WAR = re.compile(r"Ukrain|Russia|Kyiv|Kiev|Moscow|Kremlin|Zelensk|Putin|Donbas|Donetsk|Luhansk|Lugansk|Kharkiv|Crimea|Kursk|Belgorod"
                       r"|Mariupol|Bakhmut|Kherson|Zaporizh|Odesa|Odessa|Wagner|Shoigu|Konashenkov|OHCHR|HRMMU|Україн|Росі|Украин|Росси",
                       re.IGNORECASE)
_MISSILES_AND_DRONES = re.compile(r"\s+(?:[\w-]+\s+)?(?:missiles|rockets)\s+(?:and|or|&)\s+(?:[\w-]+\s+)?(?:drones|UAVs)\b"
                                  r"|\s+(?:[\w-]+\s+)?(?:drones|UAVs)\s+(?:and|or|&)\s+(?:[\w-]+\s+)?(?:missiles|rockets)\b", re.IGNORECASE)
# ("destroyed 28 drones and both missiles": the second kind counted on its own)
_SECOND_KIND_COUNTED = re.compile(r"\b(?:and|or|&)\s+(?:both|all|the|its|their|some|several|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s",
                                  re.IGNORECASE)
_CLAUSE_JOIN = re.compile(r",\s*(?:and|but|while|whereas)\b(?:\s+(?P<that>that)\b)?", re.IGNORECASE)
_RATE_JOIN = re.compile(r"(?:,\s*with|(?<!,)\s+and)\s+" + _QUALIFIER_LEAD + r"$", re.IGNORECASE)
# (and an army's losses put in people: "Ukrainian losses exceeded 15,000 people")
_ENEMY_LOST_END = re.compile(r"(?:\b(?:enemy|occupiers|invaders|adversary)\s+(?:has\s+|had\s+|have\s+)?(?:already\s+)?(?:lost|losing)"
                             r"|\b(?:Ukrainian|Russian|Ukraine's|Russia's|enemy|the enemy's)\s+(?:military\s+|army\s+|combat\s+)?losses"
                             r"(?:\s+(?:\w+\s+){0,2}(?:exceeded|exceed|amounted to|amount to|totalled|totaled|were|are|reached|stood at|stand at))?"
                             # "the General Staff said the combat losses of the enemy since June totalled 43,000 people"
                             r"|\blosses\s+of\s+the\s+(?:enemy|occupiers|invaders|adversary)\b[^.;]{0,60}?"
                             r"\b(?:exceeded|amounted to|totall?ed|were|reached|stood at)"
                             # "the losses our units inflicted on the enemy came to 30,000 people" (and "inflicted ... on the enemy amounted to")
                             r"|\blosses\s+inflicted\b[^.;]{0,50}?\bon\s+the\s+(?:enemy|occupiers|invaders|adversary)\b[^.;]{0,30}?"
                             r"\b(?:exceeded|amounted to|totall?ed|were|reached|stood at))\s+"
                             + _QUALIFIER_LEAD + r"$", re.IGNORECASE)
_RECORD_SINCE = re.compile(r"\b(?:biggest|largest|deadliest|heaviest|worst|most\s+\w+)\b[^,.;]{0,40}?\bsince\b[^,.;]*", re.IGNORECASE)
_FURTHER_BEFORE = re.compile(r"\b(?:a further|another)\s+" + _QUALIFIER_LEAD + r"$", re.IGNORECASE)
_PLACE_TAIL = re.compile(r"(?:\s+[a-z]+)?\s*")  # what may close a place's name: "in Kursk| region"


# a list of parts after a total's colon: "28 drones: 13 UAVs - over ...", "740 soldiers: 300 near Pokrovsk, ..."
_BREAKDOWN_OPENS = re.compile(rf"\s*(?:{NUMBER})", re.IGNORECASE)  # (the number reader's own pattern: digits or number words)
# one kind of soldier among an army's dead: "5,540 Russian officers", "1,366 mobilised Russians", "12 generals"
_KIND_OF_SOLDIER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_SOLDIER_KINDS})\b", re.IGNORECASE)
_PEOPLE_NOUN_OPENS = re.compile(r"\s*(?:more\s+|other\s+)?(?:people|persons|civilians|residents|children|grandchildren|sons|daughters|soldiers"
                                r"|servicemen|men|women|others)\b",
                                re.IGNORECASE)
_OF_THEM_OPENS = re.compile(r"\s*(?:Of|Among)\s+(?:them|these|those|whom|the total)\b", re.IGNORECASE)
# (the rest of a list of figures, no clause of its own between: not "13 missiles hit the city, where 12 houses were destroyed")
_LIST_THEN_DESTROYED = re.compile(r"(?:(?!\b(?:hit|hits|struck|strike|where|which|who|that|killing|after|when|while|as)\b)[^.;])*?,\s*(?:and\s+)?\d"
                                  r"(?:(?!\b(?:hit|hits|struck|strike|where|which|who|that|killing|after|when|while|as)\b)[^.;])*?"
                                  r"\b(?:have|has|had|were|was)\s+(?:been\s+)?(?:\w+ly\s+)?(?:destroyed|shot down|downed|intercepted"
                                  r"|eliminated|neutrali[sz]ed)\b", re.IGNORECASE)
# a side's units as the subject of "lost", across the clause: "Russian units stormed the village twice and lost 300 men"
_MARKED_UNITS_LOST = re.compile(r"\b(Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+(?:[\w-]+\s+){0,2}?(?:units|forces|troops|army|brigades?"
                                r"|battalions?|assault groups?|infantry)\b(?:(?!\b(?:said|says|who|which|that|while|whereas)\b)[^.;,])*?"
                                r"\b(?:and|then)\s+(?:\w+ly\s+)?(?:lost|suffered)\b")
# a sentence that opens on the day of what it tells: "On Monday, ...", "On June 5, ..."
_ON_A_DAY_OPENS = re.compile(r"\s*[\"“]?On\s+(?:(?:" + WEEKDAY_NAMES + r")|(?:" + MONTH_NAMES + r")\s+\d{1,2}|\d{1,2}\s+(?:" + MONTH_NAMES + r"))\s*,")
_RUNNING_TOTAL_VERB = re.compile(r"\b(?:passed|passes|exceeded|exceeds|surpassed|topped|reached|reaches|total|totals|totalled|in all|overall|so far"
                                 r"|since|altogether|cumulative)\b", re.IGNORECASE)
# what air defences down, counted region by region in the Russian ministry's reports
_AIR_TARGETS = {"uav", "cruise_missiles", "aircraft", "helicopters", "srbm"}
# "Twelve UAVs were downed over the Kursk Region", "9 UAVs - over the Black Sea", "three over Crimea"
_OVER_A_REGION = re.compile(r"\s*(?:[\w-]+\s+){0,5}?(?:[-–—]\s*)?(?:over|above)\s+(?:the\s+)?(?:waters\s+of\s+the\s+|territory\s+of\s+the\s+)?"
                            r"(?:(?:[A-Z][\w-]+\s+){1,3}(?:[Rr]egion|[Oo]blast|[Tt]erritory|[Rr]epublic|[Kk]rai|Sea)\b|Crimea\b|(?:[A-Z][\w-]+\s+)?Sea\b)")
_INJURED = re.compile(r"\binjur(?:ed|ies|ing)\b", re.IGNORECASE)
# a country named as the speaker ("..., Ukraine has said"), not one of its ministries
_BARE_COUNTRY = re.compile(r"(?:Ukraine|Kyiv|Kiev|Russia|Moscow)\b(?!['’]s)")


def _army_named(name: str) -> str:
    """The army of the side a word of the text names: "Russia", "Russian", "Moscow's", "the Kremlin", "Putin's" name
    Russia's; "Ukraine", "Kyiv", "the Ukrainians" (any other) Ukraine's."""
    return "ru_military" if _RU_NAME.match(name.strip()) else "ua_military"


def _town_toll(sentence: str, placed_anywhere: bool = False) -> bool:
    """A town's toll, named on the toll ("Kharkiv toll rises to 18") or, with `placed_anywhere`, by a place in the
    sentence ("Death toll in Dnipro rises to 40")."""
    toll = _BARE_TOLL_OF_A_PLACE.search(sentence) if "oll" in sentence else None  # (the search is slow; most sentences have no toll)
    if toll is None:
        return False
    return not toll.group().lower().startswith(("toll", "death")) or placed_anywhere and cue.place_in(sentence) is not None


def _list_label(left: str, right: str = "") -> str | None:
    """The metric of a list item's label right before its figure ("tanks - 7,719"), by the ministry reader's table."""
    if not cue.DASH_BEFORE.search(left, max(0, len(left) - 20)):
        return None  # most figures: no dash right before them, and the label pattern is the slower test
    item = cue.LABEL_DASH.search(left, max(0, len(left) - 70))  # (from an offset: "^" is the real start of `left`, not a cut word)
    metric = ministry_metric(item.group(1) or item.group(2)) if item is not None else None
    if metric is not None and metric not in cue.HUMAN_METRICS and _PEOPLE_NOUN_OPENS.match(right):
        return None  # a clause of its own after a dash: "struck Kursk with drones - two people were hurt"
    return metric


# Regional centres whose names also name their region: figures there are no shares of a toll elsewhere
_REGION_CENTRE = re.compile(lx.UA_OBLAST_CENTRES + "|Donetsk|Luhansk|Belgorod|Kursk|Bryansk")


_ALSO_LOST = re.compile(r"\balso\s+(?:lost|destroyed|shot down|downed|eliminated|killed)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def _without_speech_aside(left: str) -> str:
    """"Ukrainian losses, it said, were likely between ...": the aside blanked, so the loss word reaches its figure."""
    return cue.SPEECH_ASIDE.sub(lambda m: " " * len(m.group()), left) if "," in left else left


class Grammar:
    def __init__(self, text: str, published: date, doc_kind: str | None, headline_at: int = 0):
        self.text = text
        self.headline_at = headline_at
        self.published = published
        self.doc = DocumentModel(text, published, doc_kind)
        self._operation_place: bool | None = None
        self._nothing_cache: dict[int, bool] = {}
        self.numbers = find_numbers(text)
        self.last_subject: str | None = None
        self.last_claim: Claim | None = None
        self.found: list[Claim] = []  # the claims so far, for reading a sentence against those before it
        self.strength: list[int] = []  # per claim: 2 attributed in its sentence, 1 by context, 0 unattributed
        self._unmarked_cache: dict[int, bool] = {}

    # --- windows --------------------------------------------------------------------
    def _right(self, i: int, sentence_end: int) -> str:
        n = self.numbers[i]
        stop = sentence_end
        k = i + 1
        # (an age is no figure and bounds nothing: "some 40,000 men below the age of 50 died")
        while k < len(self.numbers) and self.numbers[k].start < stop and (self.numbers[k].value or 0) < 120 \
                and cue.AGES.search(self.text, max(n.end, self.numbers[k].start - 30), self.numbers[k].start):
            k += 1
        if k < len(self.numbers) and self.numbers[k].start < stop:
            stop = self.numbers[k].start
        right = self.text[n.end:stop]
        cut = _CLAUSE_CUT.search(right)
        return right[:cut.start()] if cut else right

    def _left(self, i: int, sentence_start: int) -> str:
        n = self.numbers[i]
        start = sentence_start
        j = i - 1
        while j >= 0 and self.numbers[j].end > start and cue.UNIT_AFTER.match(self.text, self.numbers[j].end):
            j -= 1  # "the number of Ukrainian soldiers killed in two years of war at 31,000": a unit is no figure and bounds nothing
        if j >= 0 and self.numbers[j].end > start:
            start = self.numbers[j].end
        return self.text[start:n.start]

    # --- reading one figure ---------------------------------------------------------------
    def _is_list(self, sentence_start: int, sentence_end: int) -> bool:
        """Three or more "N <equipment>" items: a losses list even when its verb is in another sentence."""
        items = 0
        for n in self.numbers:
            if sentence_start <= n.start < sentence_end:
                after = self.text[n.end:n.end + 50]
                noun = first(lx.EQUIPMENT_RES, words(after, 4))  # up to two words before the noun: "special military vehicles"
                items += bool(noun and len(WORD_RE.findall(words(after, 4)[:noun[1].start()])) <= 2) or bool(
                    re.match(r"\s*(?:more |other )?units of ", after))
        return items >= 3

    def metric_of(self, right: str, left: str, sentence: str, context: str = "", span: tuple[int, int] = (0, 0),
                  prefix: str = "", rest: str = "") -> tuple[str | None, str]:
        """(metric, how): 'equipment', 'right', 'left' or 'none'. `rest`: the sentence after the figure."""
        # ("rose to 30 on Sunday, with dozens more missing": the loss word of another group, counted or not, is not this figure's)
        right = _WITH_MORE.split(right, maxsplit=1)[0]
        right = _NO_LOSSES.split(right, maxsplit=1)[0]
        # ("killed ... at 150,000, while the number of wounded is estimated at 300,000": the next clause's loss word)
        right = _CONTRASTED_NEXT.split(right, maxsplit=1)[0]
        label_metric = _list_label(left, right)
        if label_metric is not None:
            return label_metric, "left"  # "personnel - about 508,000", "tanks - 7,719": the General Staff's list, quoted
        loss_label = _LOSS_LABEL_BEFORE.search(left, max(0, len(left) - 20))
        if loss_label is not None:  # "killed – 5, injured – 17", "(killed: 12; injured: 40)": a loss word as the label
            return first(lx.METRIC_RES, loss_label.group(1))[0], "left"
        if cue.SUBORDINATE_AFTER.match(right):
            right = ""  # "the toll rose to seven after a wounded woman died": a clause of its own, whose words do not name the figure
        head = _UNITS_OF.sub(" ", words(right, 10))
        head = _TYPE_WORD.sub(lambda m: " " * len(m.group()), head)  # "aircraft-type UAV": a UAV
        head = _BY.split(head, maxsplit=1)[0]  # "nine of them were downed by air defence units": the agent is no noun
        equipment = first(lx.EQUIPMENT_RES, head)
        person = first(cue.SUBJECT_LIST, head)
        if person and person[1].group().lower() in ("military", "army") and re.match(r"\s+[a-z]", head[person[1].end():]):
            person = None  # "special military motor vehicles", "12 Russian army vehicles": an adjective, not the military
        # (a loss word of the figure's own comes first: "Three killed as drones hit Odesa" counts people)
        own_fate = _OWN_FATE.match(head)
        if person and equipment and person[1].end() == equipment[1].end() and _SHOT_DOWN_END.search(words(left, 4, from_end=True)):
            person = None  # "shot down 12 Russian fighters": the planes
        if equipment and _MISSILES_AND_DRONES.match(right) and not _SECOND_KIND_COUNTED.search(words(right, 5)):
            return None, "none"  # "intercepted 3,500 missiles and drones": two kinds in one figure, no one metric (LABELING)
        if equipment and (person is None or (equipment[1].start(), -equipment[1].end()) < (person[1].start(), -person[1].end())) \
                and equipment[1].start() < 40 and (own_fate is None or own_fate.end() > equipment[1].start()):
            # the earlier noun wins, then the longer ("fighter jets" over "fighter")
            near_cue = lx.DESTROY.search(words(left, 6, from_end=True) + " " + words(right, 12))
            clause_rest = cue.CLAUSE_BREAK.split(rest, 1)[0]
            if near_cue is None and cue.COORDINATES.search(right) and not cue.PART_CLAUSE.search(clause_rest):
                # "11 tanks and 23 artillery systems had been destroyed": the verb after the last item governs them all
                # (not "20 drones, 14 of which were downed": that verb is the part's)
                near_cue = lx.DESTROY.search(clause_rest)
            if near_cue or lx.LOSS_VERB.search(prefix) or (self._is_list(*span) and (lx.DESTROY.search(context) or re.search(r"\blosses\b", context))):
                return equipment[0], "equipment"
            return None, "none"
        near = first(lx.METRIC_RES, words(right, 9))
        if near is not None and near[0] == "captured" and cue.CAPTIVES.fullmatch(near[1].group()):
            after_captives = words(right, 9)[near[1].end():]
            fate = first(lx.METRIC_RES, after_captives)
            # (not the next figure's verb: "the blast killed 41 POWs and hurt 70")
            # (a coordinated verb where the words stop at the next figure: "POWs and injured | 75")
            next_figures = fate is not None and not after_captives[fate[1].end():].strip() and right.rstrip().endswith(fate[1].group()) \
                and re.search(r"\band\s*$", after_captives[:fate[1].start()]) is not None
            if fate is not None and fate[0] in ("killed", "wounded", "missing") and not next_figures:
                near = fate  # "40 Ukrainian prisoners of war were killed": the captives are the subject, the verb the metric
        if near is not None and near[0] == "captured" and cue.CAPTIVES.fullmatch(near[1].group()) and cue.EXECUTED_BEFORE.search(left):
            return "killed", "left"  # "Russian troops shot dead nine Ukrainian prisoners of war": the captives' fate
        # (an aside is no governing word: "the total of Russian casualties, including the wounded, was about 500,000")
        left = _LOSSES_WITH_WOUNDED.sub(r"\1", _INCLUDING_ASIDE.sub(" ", left))
        close_left = last(lx.METRIC_RES, words(left, 6, from_end=True))
        if close_left is not None and close_left[0] in ("killed", "wounded", "missing") and near is not None and near[0] == "captured" \
                and cue.CAPTIVES.fullmatch(near[1].group()) and re.fullmatch(r"\s+of", words(left, 6, from_end=True)[close_left[1].end():]):
            return close_left[0], "left"  # "confirmed the deaths of 12 Ukrainian prisoners of war": the captives' fate
        if close_left is not None and not cue.GOVERNS.match(words(left, 6, from_end=True)[close_left[1].end():]) \
                and not cue.APPOSITIVE_AT.fullmatch(words(left, 6, from_end=True)[close_left[1].end():]):
            close_left = None  # the verb must govern the number: "killed 21", "killing at least 10", "death toll rose to 42"
        if close_left is not None and close_left[0] == "casualties" and near is not None and near[0] != "casualties" \
                and self._word_distance(right, near[1]) <= 3 \
                and not re.search(r"\b(?:including|includ\w+|with|counting|plus)\b", words(right, 9)[:near[1].start()]):
            return near[0], "right"  # "lost 43,000 soldiers who died": the specific word wins
        if close_left is not None and (near is None or self._word_distance(right, near[1]) > 1):
            return close_left[0], "left"
        if close_left is not None and _NEXT_FIGURES_VERB.fullmatch(words(right, 9), 0, near[1].start()) \
                and _FIGURE_FOLLOWS.match(words(right, 9), near[1].end()):
            return close_left[0], "left"  # "attack kills 23, wounds 28": the verb after the comma is the next figure's

        if near is not None and near[0] == "wounded" and _COUNTING_THE.search(words(right, 9), 0, near[1].start()):
            return "casualties", "right"  # "about 500,000 in total including the wounded": the dead and the wounded together
        if near is not None:
            return near[0], "right"
        if cue.INJURES_BEFORE.search(left, max(0, len(left) - 30)):
            return "wounded", "left"  # a headline's "shelling kills 3, injures 15" (only as the figure's own verb)
        if cue.DESTROYED_BEFORE.search(left) and cue.PERSONNEL_AFTER.match(right):
            return "killed", "left"  # "destroyed about 11,000 enemy personnel": the General Staff's word for killed
        if cue.PERSONNEL_DESTROYED.match(right) or cue.PERSONNEL_FIRST_OF_DESTROYED.match(rest):
            return "killed", "right"  # "up to 300 servicemen were destroyed": the same word in the passive
        if person is not None and person[1].start() < 30:
            far = _FAR_PREDICATE.match(rest) or _PAIRED_SUBJECT_PREDICATE.match(rest)
            if far is not None:
                return first(lx.METRIC_RES, far.group("verb"))[0], "right"
        if _NAMES_COUNTED.match(right) and _DEATHS_TRACKED.search(prefix):
            return "killed", "right"  # "UALosses, a project that tracks Ukrainian deaths, has counted 60,000 names": the dead, by name
        return None, "none"

    def metric_far_left(self, left: str) -> str | None:
        # "Kyiv's army losses there came to as many as 140"; a dotted date ("from 24.02.22 to 20.05.24") ends no clause
        # (a source set off by commas parts no clause: "the number of civilian casualties, according to the UN, came to 292")
        left = _without_speech_aside(_SOURCE_ASIDE.sub(lambda m: " " * len(m.group()), left))  # (and "losses, it said, were")
        left = _INCLUDING_ASIDE.sub(" ", left)  # "Total casualties, counting the wounded, stand at": the aside names no metric
        clause = cue.CLAUSE_PUNCT.split(left)[-1]
        window = words(clause, 10, from_end=True)
        far_left = last(lx.METRIC_RES, window)
        if far_left is not None and far_left[0] == "wounded" and _KILLED_COMMA.search(left, 0, len(left) - len(clause)) \
                and not window[:far_left[1].start()].strip():
            return "casualties"  # "the number of killed, wounded Russian troops": a list of two loss words, cut at its comma
        if far_left is not None:
            # the window may cut a phrase: "killed and | wounded since the start of the invasion to over one million"
            wider = words(clause, 14, from_end=True)
            longer = last(lx.METRIC_RES, wider)
            if longer is not None and len(wider) - longer[1].end() == len(window) - far_left[1].end():
                far_left = longer
        if far_left is None and _TALLY_APPOSITIVE.fullmatch(clause) and len(clauses := cue.CLAUSE_PUNCT.split(left)) > 1:
            # "Moscow keeps taking huge losses, totalling some 50,000 men": the figure sums the losses
            # just named before the comma
            # (the losses end that clause, or a tally verb opens this one: not "losses have more than doubled, from 51,000")
            far_left = last(lx.METRIC_RES, words(clauses[-2], 6 if clause.strip() else 3, from_end=True))
            if far_left is None and not clause.strip() and (compared := _LOSSES_COMPARED_END.search(clauses[-2])):
                far_left = first(lx.METRIC_RES, compared.group())  # "Our losses are much lower, 31,000": the losses compared
        if far_left is None and _AT_APPOSITIVE.fullmatch(clause) and len(clauses := cue.CLAUSE_PUNCT.split(left)) > 1:
            # "Russian losses in May were the highest of the war, at 38,940": the figure of the clause's subject
            far_left = first(lx.METRIC_RES, clauses[-2])
        if far_left is None and (cue.TOLL_VERB.search(clause) or _BROUGHT_TO.search(clause)) \
                and (re.search(r"\b(?:toll|number|total|tally|count|figure|losses)\b", clause, re.IGNORECASE)
                                                                 or _PEOPLE_KILLED.search(clause)):
            # "The number of dead after last week's ... strike on Odesa has now risen to 23", "The Russian soldiers
            # killed in the strike on a school in Makiivka on New Year's night have reached 81": the clause's subject is the toll however
            # long its modifiers
            far_left = first(lx.METRIC_RES, clause)
        if far_left is None and cue.TOLL_VERB.search(clause) and _BARE_TOLL.search(clause):
            return "killed"  # "The toll from Russia's attack on Odesa on Saturday rose to 12": a bare toll counts the dead
        if far_left is None and (cue.TOLL_VERB.search(clause) or cue.ESTIMATE_OF.search(clause)) and len(WORD_RE.findall(clause)) <= 6:
            # "Losses among civilians from February 24, ..., until March 30, amounted to 3,167", "as of December 11, the
            # enemy's losses in all since the invasion, amounted to": the verb's subject, the nearest
            # clause before it that names a metric
            for earlier in reversed(re.split(r"[,;:]", left)[:-1]):
                far_left = first(lx.METRIC_RES, words(earlier, 10))
                if far_left is not None:
                    break
        return far_left[0] if far_left is not None else None

    def _wounded_next(self, i: int) -> bool:
        if i + 1 >= len(self.numbers):
            return False
        n, following = self.numbers[i], self.numbers[i + 1]
        return bool(_PEOPLE_AND.fullmatch(self.text, n.end, following.start) and _WERE_WOUNDED.match(self.text, following.end))

    def _noun_shared_with_next(self, i: int) -> str | None:
        """"587 killed and 1,298 injured children": the noun after the second figure's loss word is the first's too."""
        if i + 1 >= len(self.numbers):
            return None
        n, following = self.numbers[i], self.numbers[i + 1]
        if not _BARE_LOSS_AND.fullmatch(self.text, n.end, following.start):
            return None
        shared = _LOSS_THEN_NOUN.match(self.text, following.end)
        return shared.group(1).lower() if shared else None

    def _window_is_the_war(self, cue_words: str, after: str) -> bool:
        """"In the first month of the war", "over the past 14 months of the full-scale war", "in four weeks of fighting" (written
        four weeks in): a window from the invasion that reaches the publication day is the whole war (not "the first 10 days
        of September", nor "during two days of fighting" in August)."""
        first = _FIRST_WINDOW.search(cue_words)
        if first is None or _OF_A_MONTH.match(after):
            first = _PAST_WINDOW.search(cue_words) if _OF_THE_WAR.match(after) else None
        if first is None:
            return False
        count = first.group(1) or "one"
        n = int(count) if count.isdigit() else {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(count.lower())
        if n is None:
            return False
        days = n * {"day": 1, "week": 7, "month": 31}[first.group(2).lower()]
        # (months are round, "15 months"; and a count of weeks is a few days old when printed: "the first four weeks", 32 days in)
        return self.published <= INVASION + timedelta(days=days + max(5, days // 10))

    def _shares_a_unit(self, i: int) -> bool:
        """"within 100, 105 days of fighting": a number joined to the next by a comma or "or" takes that number's unit."""
        if i + 1 >= len(self.numbers):
            return False
        n, following = self.numbers[i], self.numbers[i + 1]
        return bool(_JOINS_NUMBERS.fullmatch(self.text, n.end, following.start)
                    and lx.NOT_LOSS_AFTER.match(self.text[following.end:following.end + 40]))

    @staticmethod
    def _word_distance(right: str, match: re.Match) -> int:
        return len(WORD_RE.findall(words(right, 9)[:match.start()]))

    def subject_of(self, right: str, left: str, sentence: str, speaker: str | None, metric: str, country_voice: bool = False) -> str | None:
        if metric in cue.HUMAN_METRICS and _FIGHTERS_FOR_UKRAINE.match(right):
            # "50 members of pro-Kyiv sabotage groups were killed as they crossed into Bryansk": armed men on
            # Ukraine's side, whatever their passports
            return "ua_military"
        as_written = left
        left = cue.SPEECH_ASIDE.sub(" ", left)  # "Russia, he said, had lost 180,000": the aside does not part the loser from its verb
        head = _BY.split(words(right, 6), maxsplit=1)[0]  # "8 more were captured by the invaders": the agent is no subject
        head = head.split(",", 1)[0]  # "five were injured, the city's military administration said": the speech tag is no noun
        head = _SUBORDINATE_IN_HEAD.split(head, maxsplit=1)[0]  # "the toll climbed to 70 once more bodies were found": not its noun
        hits = sorted(
            (m.start(), name, m) for name in ("children", "civilians", "military")
            if (m := lx.SUBJECT_RES[name].search(head)) is not None
        )
        left_np = _PHRASE_BREAK.split(left)[-1]
        left_np = words(left_np, 5 if metric in cue.HUMAN_METRICS else 2, from_end=True)
        if lx.DESTROYER.search(left_np):
            left_np = left_np[lx.DESTROYER.search(left_np).end():]  # "the Russian forces have destroyed 174 planes": the destroyer is no owner
        speech = cue.SPEECH_THAT.search(left_np)
        if speech:
            left_np = left_np[speech.end():]  # "The Ukrainian General Staff reported that 620 soldiers ...": the speaker is no owner
        if hits and hits[0][1] == "military":
            # "400 mobilised Russian soldiers", "conscript Ukrainian troops": a military word modifying the noun; the noun
            # and the side word between them are the figure's
            head_noun = lx.SUBJECT_RES["military"].search(head, hits[0][2].end())
            if head_noun is not None and re.fullmatch(r"\s+(?:[\w'’-]+\s+)?", head[hits[0][2].end():head_noun.start()]):
                hits[0] = (hits[0][0], "military", head_noun)
        noun_end = hits[0][2].end() if hits else 0
        coordinated = _NEXT_ITEM_OPENS.match(head) is not None  # ("120,000 and Ukrainian dead at 70,000": the next item's words)
        if not hits and not coordinated and (loss := first(lx.METRIC_RES, head)) is not None and len(WORD_RE.findall(head[:loss[1].start()])) <= 2:
            noun_end = loss[1].start()  # "19,000 Ukrainian deaths": the words before the loss word mark whose
        elif not hits and not coordinated and metric not in cue.HUMAN_METRICS and (machine := first(lx.EQUIPMENT_RES, head)) is not None \
                and len(WORD_RE.findall(head[:machine[1].start()])) <= 2:
            noun_end = machine[1].start()  # "2,900 Russian tanks and 800 Ukrainian tanks": so do those before the machine
        tail = head[noun_end:]
        of_phrase = _OF_PHRASE.match(tail)
        noun_phrase = left_np + " " + head[:noun_end] + (of_phrase.group() if of_phrase else "")
        # both armies in the figure's own clause ("Both sides claim heavy losses: Russia says 9,000 ...; Ukraine puts ..."
        # gives each side's figure)
        prefix = sentence[:sentence.rfind(as_written) + len(as_written)] if left else ""
        # (a concession before "but" is not the figure's clause: "Losses on either side are unclear, but Russia has lost 16,000")
        own_clause = re.split(r"[:;]|,\s*while\b|,?\s+but\b", prefix)[-1] + " " + words(right, 13)  # ("... killed or wounded on each side")
        if lx.BOTH.search(own_clause) and not re.search(r"\bcivilian|\bchildren\b", head, re.IGNORECASE):
            return "all_military"
        kind = hits[0][1] if hits else None
        if kind == "civilians" and hits[0][2].group().lower() == "people" and _ENEMY_LOST_END.search(left):
            kind = "military"  # '"the enemy has lost more than 3,000 people in recent days," Putin said': the enemy's men
        if (kind is None or re.match(r"\s*of\b", head)) and _CHILDREN_MADE_UP.search(prefix):
            return "children"  # "Children accounted for 16 of those killed and 119 of the injured"
        bare_side = _BARE_NATIONALITY.match(right) if not hits and metric in cue.HUMAN_METRICS else None
        if bare_side is not None:  # "20,000 Ukrainian dead and 140,000 Russian": the noun left out after the nationality
            return _army_named(bare_side.group(1))
        gapped = _GAPPED_LOSER.search(left) if kind in (None, "military") else None
        if gapped is not None and (gapped.group().rstrip().endswith(("'s", "’s"))
                                   or lx.LOSS_VERB.search(prefix, 0, max(0, len(prefix) - len(left) + gapped.start()))):
            # "Russia lost 2,900 tanks and Ukraine 800": the verb left out after the second side, which lost the second figure
            return _army_named(gapped.group(1))
        if kind == "military" and hits[0][2].group().lower() == "men" and _CIVILIAN_SCENE.search(sentence) \
                and not _MILITARY_SCENE.search(sentence):
            kind = "civilians"  # "Besides the boy who died, two more men were hurt": men of a civilian toll
        asked = cue.ASKED_ABOUT.match(sentence)
        if asked and kind in (None, "military") and metric in cue.HUMAN_METRICS and not (lx.RU_MARK.search(head) or lx.UA_MARK.search(head)):
            # 'Asked how many Russian soldiers had died, Budanov said: "Around 150,000 killed."': the question names whose
            ru_asked, ua_asked = cue.NATION_RU.search(asked.group()), cue.NATION_UA.search(asked.group())
            if bool(ru_asked) != bool(ua_asked):
                return "ru_military" if ru_asked else "ua_military"
        if kind == "civilians" and speaker in ("ru_mod", "ua_mod") and not (country_voice and _INJURED.search(sentence)) \
                and re.match(r"people|persons", hits[0][2].group(), re.IGNORECASE) \
                and not re.search(r"\bcivilian", sentence, re.IGNORECASE) and not lx.EVENT.search(sentence):
            # a defence ministry's "5,937 people had died" counts soldiers, as does a country's ("Moscow ... said 5,937 people
            # had died"); not a country's people "injured", the word of a strike's toll ("eight people died and 19 were
            # injured, Ukraine said": soldiers are "wounded")
            kind = "military"
        if kind == "military" and speaker == "un" and re.fullmatch(r"Ukrainians|Russians", hits[0][2].group()):
            return "civilians"  # "the UN mission recorded 96 Ukrainians killed": the UN counts civilians, not soldiers
        if kind == "military" and re.fullmatch(r"Ukrainians|Russians", hits[0][2].group()) \
                and (cue.ATTACK_KILLED.search(left) and not cue.REPELLED_THEN_KILLED.search(prefix)
                     or cue.NATIONALS_HIT_BY.match(right.lstrip(), hits[0][2].end())):
            # "Russian drones over Sumy killed two Ukrainians", "three Russians were injured ... after ... shelled": the people hit
            return "civilians"
        fronted = cue.FRONTED_SIDE.match(sentence) if metric in cue.HUMAN_METRICS and kind in (None, "military") else None
        if fronted and not (lx.RU_MARK.search(head) or lx.UA_MARK.search(head) or lx.RU_MARK.search(left_np) or lx.UA_MARK.search(left_np)):
            named = (fronted.group(1) or fronted.group(2)).lower()
            return _army_named(named)
        army_toll = _ARMY_TOLL.search(left) if kind == "civilians" and re.fullmatch(r"individuals|people|persons", hits[0][2].group(), re.IGNORECASE) else None
        if army_toll:  # "the Ukrainian army's toll nears 150,000 individuals": the army's people
            return _army_named(army_toll.group(1) or army_toll.group(2) or army_toll.group(3))
        on_side = _ON_SIDE_AFTER.match(cue.CLAUSE_BREAK.split(words(right, 8))[0]) \
            if " side" in right and metric in cue.HUMAN_METRICS and kind in (None, "military") else None
        if on_side:  # "50,000 were killed on the Ukrainian side": the side they fell on
            return _army_named(on_side.group(1))
        having = _HAVING_LOST.match(sentence) if metric in cue.HUMAN_METRICS and kind in (None, "military") else None
        # (the figure in that opening clause: no clause comma before it)
        if having and not _CLAUSE_COMMA_AFTER.search(left) and (side_after := _SUBJECT_AFTER_OPENING.match(right)):
            # "Having lost over 300,000 soldiers since the invasion, russia has taken only ...": the clause's subject lost them
            return _army_named(side_after.group(1))
        if kind == "military" and (re.match(r"mercenar", hits[0][2].group(), re.IGNORECASE) or _FOREIGN_WORD.search(noun_phrase)) \
                and lx.SIDE.get(speaker or "") and not (lx.RU_MARK.search(noun_phrase) or lx.UA_MARK.search(noun_phrase)):
            # "Konashenkov said NATO had lost 5,000 mercenaries", "up to 60 foreign instructors had been killed": foreign
            # fighters a side speaks of are its enemy's
            return "ua_military" if lx.SIDE[speaker] == "ru" else "ru_military"
        whose = cue.WHOSE_ARMY.search(left) if metric in cue.HUMAN_METRICS else None
        if whose and not (lx.RU_MARK.search(head) or lx.UA_MARK.search(head)):
            return _army_named(whose.group(1))
        side = lx.SIDE.get(speaker or "")
        if kind == "military" and side and cue.THEY_LOST.search(left) and not (lx.RU_MARK.search(head) or lx.UA_MARK.search(head)):
            return "ua_military" if side == "ru" else "ru_military"  # "they" who lost are the speaker's enemy, not the speaker
        struck_by = _KILLED_IN_SIDES_STRIKE.match(right) if kind == "military" and metric in cue.HUMAN_METRICS else None
        if struck_by and not (lx.RU_MARK.search(head[:noun_end]) or lx.UA_MARK.search(head[:noun_end])):
            # "63 troops killed in Ukrainian strike on Makiivka": the strike's side killed them, so they are the other side's
            return "ua_military" if struck_by.group(1).lower().startswith("russia") else "ru_military"
        held = _STRIKE_ON_HELD.search(sentence) if kind in (None, "military") and metric in cue.HUMAN_METRICS else None
        if held and not (lx.RU_MARK.search(head[:noun_end]) or lx.UA_MARK.search(head[:noun_end])) \
                and (kind == "military" or re.search(r"\bmilitary (?:death toll|toll|dead|deaths|casualties|losses)\b", sentence, re.IGNORECASE)):
            # "military toll of the strike on Russian-held Lysychansk": the soldiers of the side that holds the place hit
            return _army_named(held.group(1))
        killer = cue.KILLER_BEFORE.search(left) if kind == "military" and metric in cue.HUMAN_METRICS else None
        if killer and _REPELLED_END.search(left, 0, killer.start()):
            killer = None  # "repelled Ukrainian attacks, killing 280 soldiers": who repelled them killed, not the attackers
        if killer and not (lx.RU_MARK.search(head[:noun_end]) or lx.UA_MARK.search(head[:noun_end])):
            # "A Ukrainian drone struck a bus, killing two soldiers", "Ukrainian forces killed 25 soldiers": the other side's
            return "ua_military" if killer.group(1).lower().startswith("russia") else "ru_military"
        if kind is None and side and metric in cue.HUMAN_METRICS and cue.THEY_LOST_BARE.search(left):
            return "ua_military" if side == "ru" else "ru_military"
        if cue.INFLICTED.search(left) and (on := cue.INFLICTED_ON.match(right)):
            target = on.group(1)
            if lx.RU_MARK.search(target) and not lx.ENEMY.search(target) or re.search(r"\bRussia", target):
                return "ru_military"
            if lx.UA_MARK.search(target) or re.search(r"\bUkrain", target):
                return "ua_military"
        # (an army named before the figure, not after it nor with a figure of its own: "recovered the bodies of 410 people
        # from towns retaken from Russian forces", "killed 10,500 people, and ... 70,000 Ukrainian soldiers")
        army = cue.SIDE_ARMY.search(prefix) if kind == "civilians" else None
        if army is not None and re.search(r"\d", prefix[army.end():]):
            army = None
        if kind == "civilians" and army and re.match(r"people|persons", hits[0][2].group(), re.IGNORECASE) \
                and not re.search(r"\bcivilian", sentence, re.IGNORECASE) and not cue.ATTACKS.match(sentence, army.end()) \
                and not _BY_THE.search(sentence, max(0, army.start() - 8), army.start()) \
                and not (cue.KILLED_IN_A_STRIKE.search(left) and lx.EVENT.search(sentence)):  # "a missile struck a station, killing 52 people"
            return _army_named(army.group(1))  # "losses of the Ukrainian army ... 340 thousand people"
        if kind == "civilians" and not re.search(r"\bcivilian", noun_phrase, re.IGNORECASE):
            # "people" are civilians unless a side marks the noun itself ("A Russian attack killed 19 people": the attacker)
            own_words = head[:noun_end]
            if lx.RU_MARK.search(own_words) or lx.UA_MARK.search(own_words) and not re.search(r"\bUkrainians?\b", own_words):
                kind = "military"
            side_speaking = lx.SIDE.get(speaker or "")
            if side_speaking and cue.THEY_LOST.search(left) and re.match(r"people|persons", hits[0][2].group(), re.IGNORECASE):
                # '"... they have lost more than 20,000 people there," the defence minister said': the speaker's enemy's men
                return "ru_military" if side_speaking == "ua" else "ua_military"
            lost_by = _COUNTRY_LOST_BEFORE.search(left)
            if lost_by and re.match(r"people|persons", hits[0][2].group(), re.IGNORECASE):
                # "Russia lost 700,000 people since February 2022": a country's losses of people are its army's
                return _army_named(lost_by.group(1))
        counted = _NUMBER_OF_PEOPLE.search(cue.CLAUSE_PUNCT.split(left)[-1]) \
            if kind is None and metric in cue.HUMAN_METRICS and _NUMBER_OF_PEOPLE.search(left) else None
        if counted:  # "the confirmed number of children who have died stands at 512": the noun the count names, far left of the figure
            kind = "children" if re.match(r"children|minors|kids", counted.group(1), re.IGNORECASE) else "civilians"
        if kind is None and side and metric in cue.HUMAN_METRICS and _NUMBER_OF_ITS_OWN.search(cue.CLAUSE_PUNCT.split(left)[-1]):
            return "ua_military" if side == "ua" else "ru_military"
        if kind in ("children", "civilians") and metric in cue.HUMAN_METRICS:
            return kind  # (machines are an army's: "27 drones targeting civilian infrastructure")
        if re.search(r"\bcivilian", noun_phrase, re.IGNORECASE) and metric in cue.HUMAN_METRICS:
            return "civilians"
        clause = _COMMA_LIKE.split(left)[-1]
        if _ADDED_ITEM.fullmatch(clause) and len(parts := cue.CLAUSE_PUNCT.split(prefix)) > 1:
            # "the Russian troops lost 71 servicemen ... during the same period, as well as 15 tanks": the item added is
            # the same loser's
            clause = parts[-2] + "," + clause
        if _NOUN_THEN_AND.fullmatch(clause) and not cue.SIDE_ARMY.search(clause):
            # "Ukrainian forces have lost about 2,000 square kilometres and 15,000 soldiers": the figure before, joined by
            # "and", has the same loser (the window read starts after that figure)
            clause = cue.CLAUSE_PUNCT.split(prefix)[-1]  # (not at the comma inside "2,000")
        if not clause.strip() and left.rstrip().endswith(":"):
            clause = re.split(r"[,;]", left.rstrip()[:-1])[-1]  # "the Ukrainian army lost: 940 servicemen near ...": the list's owner
        armies = list(cue.SIDE_ARMY.finditer(clause))
        army_lost = armies[-1] if armies else None  # the army nearest the figure, not the speaker ("Ukraine's military said ... Russian forces had lost")
        if army_lost and re.search(r"\b(?:lost|losing|loses|losses|suffered|suffers|sustained)\b", clause[army_lost.end():]) \
                and not lx.SPEECH.search(clause, army_lost.end()):  # "Ukraine's military said Russia had lost": the army speaks
            return _army_named(army_lost.group(1))  # "The Russian army has lost 1,500 tanks"
        cost = _COST_SIDE.search(clause)
        if cost and metric in cue.HUMAN_METRICS:  # "The war has cost Ukraine 70,000 soldiers": the side it cost
            return _army_named(cost.group(1))
        cost_it = _COST_IT.search(left) if metric in cue.HUMAN_METRICS else None
        named = max(_SIDE_NAMED.finditer(left, 0, cost_it.start()), key=lambda m: m.start(), default=None) if cost_it else None
        if named is not None:
            return _army_named(named.group())
        losers = list(cue.LOSER.finditer(clause))
        if losers and re.fullmatch(r"\s*(?:\S+\s+){0,3}", clause[losers[-1].end():]) \
                and (not hits or not (lx.RU_MARK.search(words(right, 3)) or lx.UA_MARK.search(words(right, 3)))):
            # "..., while Moscow says Ukraine has lost 300,000": the loser governs a figure with no noun of its own, or
            # one with no side on it ("Kyiv has lost 38,000 troops in combat since Russia's attack began")
            return _army_named(losers[-1].group(1))
        if kind == "military" and metric in cue.HUMAN_METRICS:
            adjacent = words(noun_phrase, 3, from_end=True)
            owners = list(cue.LOSSES_OWNER.finditer(clause))
            if owners and not cue.NATION_RU.search(adjacent) and not cue.NATION_UA.search(adjacent):
                # "Ukraine's total losses since the start of Moscow's campaign are nearing 400,000 troops": the owner of the
                # losses noun, not a later side named inside its window
                return _army_named(owners[-1].group(1))
        if _AND_LOST_END.search(left) and not (lx.RU_MARK.search(noun_phrase) or lx.UA_MARK.search(noun_phrase)):
            # "The enemy attacked five times and lost 300 men": the loser is the subject the clause opened on, before
            # its first verb
            noun_phrase = words(cue.CLAUSE_PUNCT.split(prefix)[-1], 4) + " " + noun_phrase
        if metric not in cue.HUMAN_METRICS or kind == "military":
            return self._army(noun_phrase, sentence, speaker, metric)
        own_ru, own_ua = lx.RU_MARK.search(head[:noun_end]), lx.UA_MARK.search(head[:noun_end])
        if metric in cue.HUMAN_METRICS and bool(own_ru) != bool(own_ua):
            return "ru_military" if own_ru else "ua_military"  # "..., while Mediazona counts 52,000 Russian dead": its own side word
        # (not the speaker: "Kyiv's army put the figure far higher, saying 300 soldiers died")
        owners = [o for o in cue.SIDE_LOSSES.finditer(left) if not _SPEAKS_NEXT.match(left, o.end())] or list(cue.OWN_LOSSES_OF.finditer(left))
        owner = owners[-1] if owners else None  # the nearest: "Kyiv's army command now puts Russian casualties at"
        if owner and owner.group().lower().endswith("toll") and self.last_claim is not None \
                and self.last_claim.subject in ("civilians", "children") and not _MILITARY_SCENE.search(sentence):
            return "civilians"  # "the Ukrainian toll had risen to 16" in a story of a flood's civilian dead: that side's civilians
        if owner:  # "the Russian military death toll at 45,400", "Ukrainian losses are probably over 100,000"
            return _army_named(owner.group(1))
        side = lx.SIDE.get(speaker or "")
        clauses = cue.CLAUSE_END.split(left)  # (the figure's clause, or the one before a bare appositive: "lower, 31,000")
        if side and _OUR_LOSSES.search(clauses[-1] if clauses[-1].strip() or len(clauses) == 1 else clauses[-2]):
            return "ua_military" if side == "ua" else "ru_military"  # '"Our losses are much lower, 31,000," Zelensky said'
        people = list(cue.SIDE_PEOPLE_LOST.finditer(left))
        if people:  # "the count of Russians killed or hurt at about 700,000" (the UN's are civilians: it counts no soldiers)
            return "civilians" if speaker == "un" else _army_named(people[-1].group(1))
        side = lx.SIDE.get(speaker or "")
        if side and cue.OF_THE_ENEMY.match(right):  # "1,300 of the enemy had been killed": the speaker's enemy
            return "ru_military" if side == "ua" else "ua_military"
        if not hits and noun_end:  # "19,000 Ukrainian deaths": the nationality on the loss word
            ru_noun, ua_noun = cue.NATION_RU.search(head[:noun_end]), cue.NATION_UA.search(head[:noun_end])
            if bool(ru_noun) != bool(ua_noun):
                return "ru_military" if ru_noun else "ua_military"
        if side and (_SPEAKERS_OWN.search(noun_phrase) or _WE_HAVE.search(noun_phrase)):
            # "the ministry said its own losses were 1,351 killed", "we have about 10,000 injured": the speaker's side
            return "ua_military" if side == "ua" else "ru_military"
        return None

    def _past_a_parts_aside(self, n: Number, sentence) -> str:
        """The sentence after the figure, past a parts aside right after its noun ("3,035 Ukrainians, including 2,868
        military personnel, have been returned home": the verb is the total's)."""
        rest = self.text[n.end:sentence.end]
        if ", " not in rest[:40]:
            return rest  # (most figures: no aside, and the slice is all that is needed)
        return _NOUN_THEN_PARTS_ASIDE.sub(r"\1 ", rest, 1)

    def _in_a_list_of_losses(self, sentence, n: Number) -> bool:
        """An item of a list a loss verb governs ("the enemy lost 7,778 UAVs, 1,932 cruise missiles and 25 warships"),
        not of one a firing verb does ("fired 84 cruise missiles")."""
        before = self.text[max(sentence.start, n.start - 200):n.start]
        lost = max((m.end() for m in _LIST_LOSS_VERB.finditer(before)), default=-1)
        fired = max((m.end() for m in _FIRING_VERB.finditer(before)), default=-1)
        if fired < 0 and _LIST_THEN_DESTROYED.match(self.text, n.end, sentence.end):
            return True  # "300 aircraft, 800 cruise missiles, 20 ships and ... were destroyed": the verb after the list
        return lost > fired and re.search(r"\d[^.;:]*$", before[lost:]) is not None

    @staticmethod
    def _machine_first(head: str) -> bool:
        """A machine is the figure's first noun (not people the word may also name: "531 Ukrainian fighters")."""
        machine = first(lx.EQUIPMENT_RES, head)
        if machine is None:
            return False
        person = first(cue.SUBJECT_LIST, head)
        return person is None or person[1].start() > machine[1].start()

    def _sums_the_incident_before(self, sentence) -> bool:
        """"In total" / "overall" with no other total in the sentence, right after a civilian toll of one incident."""
        text = self.text[sentence.start:sentence.end]
        totals = [m.group().lower() for m in lx.CUMULATIVE.finditer(text)]
        last = self.last_claim
        index = self.doc.index_of(sentence)
        previous = self.doc.sentences[index - 1] if index else sentence  # (by index: the gap before a sentence may be two spaces)
        return bool(totals) and all(cue.SUMMING_WORD.fullmatch(t) or t == "total" for t in totals) and last is not None \
            and last.scope == "event" and last.subject in ("civilians", "children") \
            and last.evidence_start >= self._previous_sentence_start(previous)

    @staticmethod
    def _owner_named_before(previous_sentence: str, right: str) -> str | None:
        """"Ukraine's losses are harder to gauge. Officials put them at 80,000 dead": the army whose losses the sentence
        before named, unless the figure names its own ("put them at 80,000 Russian dead")."""
        if lx.RU_MARK.search(words(right, 3)) or lx.UA_MARK.search(words(right, 3)):
            return None
        owners = list(cue.SIDE_LOSSES.finditer(previous_sentence))
        if not owners:
            return None
        return _army_named(owners[-1].group(1))

    def _document_side(self) -> str | None:
        """The side whose words the document uses, when only one side's are there: "the enemy" of an unnamed reporter."""
        ru, ua = cue.RUSSIAN_FRAMING.search(self.text), cue.UKRAINIAN_FRAMING.search(self.text)
        return "ru" if ru and not ua else "ua" if ua and not ru else None

    def _army(self, phrase: str, sentence: str, speaker: str | None, metric: str) -> str:
        side = lx.SIDE.get(speaker or "")
        if side is None and cue.RUSSIAN_FRAMING.search(sentence):
            side = "ru"  # "since the special military operation began, ... were destroyed": Moscow's words
        if side is None and lx.ENEMY.search(phrase):
            side = self._document_side()  # "The enemy lost up to 60 servicemen" after "units of the Zapad group of forces repelled"
        holder = cue.HOLDER.search(phrase)
        if holder:  # "Ukraine has some 2,000-3,000 soldiers killed"
            return _army_named(holder.group(1))
        ru, ua = lx.RU_MARK.search(phrase), lx.UA_MARK.search(phrase)
        adjacent = words(phrase, 3, from_end=True)  # the nationality on the noun itself outranks "its"/"our" further left
        ru_noun, ua_noun = cue.NATION_RU.search(adjacent), cue.NATION_UA.search(adjacent)
        if bool(ru_noun) != bool(ua_noun):  # "its army says it killed over 20,000 Russian soldiers"
            return "ru_military" if ru_noun else "ua_military"
        captives = cue.CAPTIVES.search(words(phrase, 3, from_end=True))
        if captives:  # "40 prisoners were killed" in a story about "Ukrainian prisoners of war": whose captives the text says
            held = {m.group(1) or m.group(2) or m.group(3) for m in _SIDES_CAPTIVES.finditer(self.text)}
            if len(held) == 1:
                return "ru_military" if held == {"Russian"} else "ua_military"
        if lx.ENEMY.search(phrase) and side:
            return "ru_military" if side == "ua" else "ua_military"
        if side and cue.WE_KILLED.search(sentence):  # "We have killed 100,000 of their soldiers": the speaker's side killed them
            return "ru_military" if side == "ua" else "ua_military"
        own_word = lx.OWN.search(phrase)
        denier = _SIDE_DENIES.match(sentence) if own_word is not None and own_word.group().lower() in ("its", "their") else None
        if denier is not None:  # "Russia denied Ukrainian claims that 400 of its soldiers were killed": the denier's own
            return _army_named(denier.group(1))
        if own_word is not None and own_word.group().lower() == "their" and side and metric in cue.HUMAN_METRICS \
                and (_THEY_LOST.search(sentence) or lx.FIRST_PERSON.search(sentence)):
            # '"I think more than 100,000 of their soldiers were killed"': beside "I" or "we", they are the other side
            return "ru_military" if side == "ua" else "ua_military"
        acting = _OWN_FORCES_ACT.search(phrase) if own_word is not None and side else None
        if acting is not None and acting.start() <= own_word.start() < acting.end() and metric in cue.HUMAN_METRICS:
            # "its forces had taken 75 prisoners": "its" names the captors (or killers), the figure is the other side's
            return "ru_military" if side == "ua" else "ua_military"
        if (own_word or _WE_HAVE.search(phrase)) and side and metric in cue.HUMAN_METRICS:
            return "ua_military" if side == "ua" else "ru_military"  # ("we have about 10,000 injured": the speaker's own)
        if ru and ua:
            return "ru_military" if ru.start() > ua.start() else "ua_military"
        if ru:
            return "ru_military"
        if ua:
            return "ua_military"
        opening = cue.SIDE_LOSSES_OPENING.match(sentence) if metric in cue.HUMAN_METRICS else None
        if opening:
            return _army_named(opening.group(1) or opening.group(2))
        if metric not in cue.HUMAN_METRICS and side is None:
            ua_made, ru_made = lx.UA_WEAPON.search(sentence), lx.RU_WEAPON.search(sentence)
            if bool(ua_made) != bool(ru_made):  # "four Storm Shadow missiles were shot down": the side that fields the weapon lost it
                return "ua_military" if ua_made else "ru_military"
        destroyer = cue.destroyer_side(sentence) if metric not in cue.HUMAN_METRICS else None
        if destroyer:
            return "ua_military" if destroyer.startswith("russia") else "ru_military"
        loser = cue.LOSER.search(phrase) or cue.LOSER.search(sentence)  # the loser next to the figure first: "..., while Russia lost 25"
        if loser:  # "Ukraine has already lost half of its army: 61,207 dead"
            return _army_named(loser.group(1))
        hidden = _COUNTRY_HIDES_ITS_LOSSES.search(sentence) if metric in cue.HUMAN_METRICS else None
        if hidden and not _OWN_AFTER.search(sentence, hidden.end()):
            # "Russia has never disclosed its military losses, but Kyiv says 400,000 have died": the losses the sentence is about
            return _army_named(hidden.group(1))
        if side is not None:
            enemy = "ru_military" if side == "ua" else "ua_military"
            own = "ua_military" if side == "ua" else "ru_military"
            if metric not in cue.HUMAN_METRICS:
                # a party reports the equipment it destroyed, unless it admits a loss ("confirmed the loss of a Su-25")
                return own if cue.ADMITS_LOSS.search(sentence) else enemy
            if cue.ENEMY_KILL.search(sentence):
                return enemy
            marked_loser = _MARKED_UNITS_LOST.search(sentence)
            if marked_loser:  # "Russian units stormed the village twice and lost about 300 men": the units named lost them
                return _army_named(marked_loser.group(1))
            acted = _OWN_FORCES_ACT.sub(" ", sentence)  # ("our troops had captured 75 soldiers": the captors are no loss of theirs)
            return own if cue.OWN_LOSS.search(acted) or _SPEAKERS_OWN.search(acted) else enemy
        ru_s, ua_s = lx.RU_MARK.search(sentence), lx.UA_MARK.search(sentence)
        if ru_s and not ua_s:
            return "ru_military"
        if ua_s and not ru_s:
            return "ua_military"
        return "ru_military"

    @staticmethod
    def _cue_distance(around: str, at: int, offset: int) -> int:
        """How far a scope cue is from the figure; one after it beyond a comma is in an aside ("eliminated 1,200 invaders,
        bringing the total since the start of the invasion to 430,000") and counts less than one in the figure's clause."""
        if at > offset and _CLAUSE_COMMA.search(around, offset, at):  # (not a thousands comma of the figure: "200,000")
            return at - offset + 100
        if at < offset and _NEW_CLAUSE.search(around, at, offset):
            return offset - at + 100  # "lost that many in a single month, and more than 200,000 in total": the window is the clause before's
        return abs(at - offset)

    def scope_of(self, sentence: str, around: str, subject: str, offset: int, local: bool = False, place_end: int | None = None,
                 figure_len: int = 0) -> str:
        """event if the figure is tied to a place or an incident; else the nearest window cue decides
        between period and cumulative. `offset` is the number's position in `around`; places are read up to `place_end`."""
        civil = subject in ("civilians", "children")
        base = sentence.find(around)
        aside = cue.CAUSE_ASIDE.search(sentence, max(0, base) + offset + figure_len) if base >= 0 else None
        if aside is not None:  # the aside's shelling or place is a part's; the count itself is read without it
            sentence, around = sentence[:aside.start()], around[:aside.start() - base]
        placed = around[:place_end]
        colon = placed.find(":", offset + figure_len)
        if colon >= 0 and _BREAKDOWN_OPENS.match(placed, colon + 1):
            placed = placed[:colon]  # "disabled 28 drones: 13 over the Sea of Azov, eight over ...": the parts' places, not the total's
        if base >= 0:  # "Zelensky, who was visiting troops near Kharkiv, said", ", speaking at a forum in Kyiv,": no place of the figure
            for m in _WHO_ASIDE.finditer(sentence, 0, base + len(placed)):
                a, b = max(0, m.start() - base), min(len(placed), m.end() - base)
                if a < b:
                    placed = placed[:a] + " " * (b - a) + placed[b:]
        # (a civilian toll reads its place anywhere in its clause, not past a semicolon: "500 children killed; the highest
        # number, 130, was in Donetsk region")
        at = max(0, base) + offset
        clause_start = max(sentence.rfind(";", 0, at) + 1, max((m.end() for m in _ANOTHER_SOURCE.finditer(sentence, 0, at)), default=0))
        own_clause = sentence[clause_start:(sentence.find(";", at) + 1 or len(sentence) + 1) - 1]
        opening = _SPEECH_OPENING.match(sentence)
        if opening is not None and base >= 0 and opening.end() > base:
            cut = min(len(placed), opening.end() - base)
            placed = " " * cut + placed[cut:]  # (where the speaker spoke is no place of the figure)
        # "its forces had made gains near Robotyne and that Russia had lost 490": a place of another clause
        that_cut = max((m.end() for m in cue.THAT_CLAUSE.finditer(placed, 0, offset)), default=0)
        # (nor one before a semicolon where another source speaks: "... killed in Mariupol; the UN said it had confirmed 726")
        that_cut = max(that_cut, max((m.end() for m in _ANOTHER_SOURCE.finditer(placed, 0, offset)), default=0))
        placed = placed[that_cut:]

        # (a reading window that starts inside a word, "...Commissi|on President Ursula", is read from the next word)
        word_start = _WORD_REST.match(placed).end() if that_cut == 0 and base > 0 and sentence[base - 1].isalnum() else 0
        before_placed = sentence[max(0, base + that_cut + word_start - 45):base + that_cut + word_start] if base >= 0 else ""
        # "In the Kupiansk and Lyman directions, the ministry said in a statement, more than 520 ...": a place that opens the
        # sentence holds for its figure beyond the reading window (not a capital where someone spoke: "In Kyiv, Zelensky said")
        fronted = cue.FRONTED_ADVERBIAL.match(sentence, len(sentence) - len(sentence.lstrip(" \"“"))) if base > 0 and that_cut == 0 else None
        if fronted is not None and fronted.end() <= base + offset and ";" not in sentence[fronted.end():base + offset] \
                and not _A_CAPITAL.search(fronted.group()) and (cue.place_in(fronted.group()) or cue.NAMED_OPERATION.search(fronted.group())):
            return "event"
        if cue.place_in(placed[word_start:], before_placed) or cue.LOCAL.search(placed) or cue.NAMED_OPERATION.search(placed) \
                or self._incident_in(sentence, around, placed, that_cut) \
                or _THE_OPERATION.search(placed) and self._operation_at_a_place() \
                or civil and (cue.place_in(own_clause) or cue.LOCAL.search(own_clause)):
            return "event"  # a total tied to one place is an event, even with a time window
        at_figure = sentence.find(around) + offset
        if cue.ATTACK_THEN_TOLL.search(sentence, 0, max(0, at_figure)) and not lx.CUMULATIVE.search(around) \
                and all(cue.ONE_NIGHT_OR_DAY.fullmatch(hit.group()) for hit in lx.PERIOD.finditer(around)):
            # "fired 122 missiles at Ukraine overnight, killing 31 civilians": one attack, not a window (soldiers too: "a drone
            # struck a bus, killing two soldiers")
            return "event"
        cues = []
        periods = []
        # cues are read whole: one that starts in the window but runs past its end ("since the start of its counte|roffensive")
        # would otherwise read as a different cue
        base = sentence.find(around)
        wide = sentence[base:base + len(around) + 40] if base >= 0 else around
        figure_end = offset + figure_len
        for hit in lx.PERIOD.finditer(wide, 0, len(wide)):
            if hit.start() >= len(around):
                break
            if hit.start() > figure_end and (_ANOTHER_FIGURE.search(around, figure_end, hit.start())
                                             or _PART_WITH_ITS_WINDOW.fullmatch(around, figure_end, hit.start())):
                continue  # "600,000 on Friday, up from 500,000 in February": February is the other figure's
            aside = _CHANGE_ASIDE.search(around, 0, hit.start())
            if aside and not aside.start() <= offset < hit.start():
                continue  # "3,797 Russian tanks (+2 over the past day)": the window of the day's change, not of the total
            if lx.CUMULATIVE.match(wide, hit.start()):
                continue  # "from February 24 to December 26": a window from the war's first day is the war so far
            if hit.group().lower().startswith("since") and (WHEN_AFTER.match(around, hit.end()) or _STATEMENT_SINCE.search(around, 0, hit.start())):
                # "has not updated its toll since March, when it said 1,351": that day's total, no window; nor is the time
                # since the last statement ("..., the first official update since March")
                continue
            at_hit = max(0, base) + hit.start()  # (the reading window may start inside the phrase)
            if cue.REPORT_FROM_THE_DAY.search(sentence, max(0, at_hit - 30), at_hit) or _STATEMENT_RELEASED.search(sentence, max(0, at_hit - 40), at_hit):
                continue  # "In a report from the previous day, ...", "In a statement released on Sunday night": its day, no window
            if self._in_an_aside(sentence, at_hit, at_hit + len(hit.group()), max(0, base) + offset):
                continue
            if self._window_is_the_war(hit.group(), wide[hit.end():hit.end() + 40]):
                cues.append((self._cue_distance(around, hit.start(), offset), "cumulative"))
                continue  # "in the first month of the war", written a month in: the war so far
            periods.append(hit.span())
            before, after = around[:hit.start()], around[hit.end():]
            if re.search(r"\b(?:invaded|invasion|began|started|launched|escalation|since)\b[^,.]{0,25}$|\bsince the (?:start|beginning) of\b[^,.]{0,30}$",
                         before) \
                    and re.match(r"(?:in|during) |last (?:month|year)\b", hit.group(), re.IGNORECASE):
                continue  # "since Russia launched its invasion in February 2022", "since the attack began last month": the war's start
            dating = re.match(r"(?:in|during) (?-i:[A-Z]|\d)|last (?:week|month|year)|this (?:week|month)|yesterday|today|a day earlier",
                              hit.group(), re.IGNORECASE)  # ("The day before that, it gave Russian losses as over 11,500")
            speech = lx.SPEECH.search(after[:max(0, offset - hit.end())])
            counting = speech is not None and cue.COUNTING_VERB.fullmatch(speech.group())  # "In May 2023, OHCHR recorded 583": the window
            # (a speech verb in the present tense is no past statement: "In 2023, the General Staff says, Russia lost ...")
            present = speech is not None and cue.PRESENT_SPEECH.fullmatch(speech.group()) is not None
            # ("Last week the UN said 9,083 civilians had died": a short speaker between the cue and its verb, no comma)
            short_speaker = speech is not None and not counting and not present and re.fullmatch(r"\s*(?:[\w'’.-]+\s+){1,5}", after[:speech.start()]) \
                and not re.search(r"\d", after[:speech.start()]) and first(lx.METRIC_RES, after[:speech.start()]) is None \
                and not hit.group().lower().startswith("during ")
            states = re.match(r"\s*that\b", after) or re.match(r"\s*,", after) and speech and not counting and not present or short_speaker \
                or speech is not None and speech.start() <= 2 and not counting \
                or re.match(r"\s*,\s*(?:its|their|his|her|the ministry's|the) (?:tally|figure|count|estimate)\b", after) is not None
            # ("officials last month put them at 80,000"; "A day earlier, its tally ... stood at": a statement's count)
            if dating and "alone" not in hit.group().lower() and (cue.SPOKEN_BEFORE.search(before) or _IN_A_STATEMENT_END.search(before)):
                continue  # "the 19,000 deaths Kyiv reported in March": the day of the report, no window
            if dating and (hit.start() > figure_end and cue.GAVE_ITS_COUNT.search(around, 0, offset)
                           or hit.end() <= offset and cue.GAVE_ITS_COUNT.search(before)):
                # "Russia last gave its own toll, of 5,937 dead, in September", "last gave a figure in September 2022: 5,937
                # dead": the day it was given
                continue
            if dating and "alone" not in hit.group().lower() and states or re.match(r"(?:of )?this year", hit.group()) and before.endswith("of "):
                continue  # "said last week that ...", "In August, the Pentagon estimated": the cue dates the statement
            cues.append((self._cue_distance(around, hit.start(), offset), "period"))
        for hit in lx.CUMULATIVE.finditer(wide):
            if hit.start() >= len(around):
                break
            if any(a <= hit.start() < b for a, b in periods):  # "in the first 100 days of the war": the window's own words
                continue
            if cues and cue.SUMMING_WORD.fullmatch(hit.group()) and any(
                    not _CLAUSE_COMMA.search(around, min(b, offset), max(a, offset)) for a, b in periods):
                # "In total, 16,000 were killed since the counteroffensive began": a sum over the stated window (not over
                # one of another clause: "lost that many in a single month, and more than 200,000 in total")
                continue
            if hit.group().lower() in ("of the war", "in the war") and cue.SUPERLATIVE_BEFORE.search(around, 0, hit.start()):
                continue  # "1,660, the second highest of the war": a ranking, not a total
            if (cue.SUMMING_WORD.fullmatch(hit.group()) or hit.group().lower() == "total") and hit.start() > offset \
                    and _CLAUSE_COMMA.search(around, offset, hit.start()):
                continue  # "Kyiv lost 900 troops, it said, adding that a total of 31 gave themselves up": another clause's sum
            cues.append((self._cue_distance(around, hit.start(), offset), "cumulative"))
        if cues:
            return min(cues)[1]
        if base >= 0:  # "lost 43,000 servicemen and 5,000 units, including ..., during the June-July counteroffensive."
            closing = self._closing_window(sentence, base + len(around))
            if closing:
                return closing
            if self._closing_place(sentence, base + len(around)):
                return "event"
        # A sentence-initial window ("Since the beginning of the counteroffensive, ..."); not a day that dates the
        # statement ("In February, Zelensky said ...").
        # "According to the minister, over the first month of the offensive, ...": the source phrase fronts the window
        # ... and a summing word may lead it: "In total, over the past two months, Russia has lost more than 70,000"
        opening = re.match(r"(?:according to [^,;]{1,40},\s*)?(?:(?:in total|overall|in all|all told),\s*)?[^,;]{0,90},", sentence, re.IGNORECASE)
        at = sentence.find(around) + offset
        reported = cue.REPORTED_OPENING.search(sentence, 0, max(0, at))  # 'said that "over the first four months of 2023, ...'
        if reported and (opening is None or not cue.WINDOW_OPENER.search(opening.group())):
            opening = reported
        if opening and _ANOTHER_SOURCE.search(sentence, opening.end(), max(opening.end(), at)):
            opening = None  # "In Mariupol, city officials said ...; the UN said it had confirmed 726": the opening is theirs
        if opening and around not in opening.group() and cue.place_in(opening.group()):
            return "event"  # "In the Kupyansk direction, the enemy's losses amounted to 210 servicemen"
        if opening and around not in opening.group():
            when = re.match(r"\s*when\b", sentence[opening.end():])
            # (a window's start told by a when-clause is still the window: "Since 24 February 2022, when the Russian
            # Federation launched its attack, OHCHR has recorded"; not a month's: "In March, when ...")
            for pattern, scope in ((lx.PERIOD, "period"), (lx.CUMULATIVE, "cumulative")):
                if when and scope == "period":
                    continue
                hit = pattern.search(opening.group())
                # (not the release's day: "In data published over the weekend, the UN counted ...")
                if hit and cue.WINDOW_OPENER.match(hit.group()) and not _STATEMENT_RELEASED.search(opening.group()[:hit.start()]):
                    return scope
                if hit and scope == "period" and "alone" in hit.group().lower():
                    return scope  # "In August alone, ...": the window, not the day of a statement
                if hit and scope == "period" and _IN_YEAR_OR_MONTH.fullmatch(hit.group()) and not opening.group()[:hit.start()].strip(" \"“"):
                    # "In 2023, by the count of the General Staff of Ukraine's army, Russia lost 250,000": a window
                    # however long the source named after it; a past statement dates instead ("In May, X said")
                    speech = lx.SPEECH.search(sentence, hit.end(), max(hit.end(), at))
                    if speech is None or cue.PRESENT_SPEECH.fullmatch(speech.group()) or speech.group().lower() == "according to" \
                            or cue.COUNTING_VERB.fullmatch(speech.group()):  # ("In June 2023, the mission recorded 181 killed")
                        return scope
        # (its own clause: not past a semicolon, "...; ..., with tens of thousands feared dead in Mariupol alone")
        if civil and (lx.EVENT.search(around.split(";", 1)[0] if around.find(";") > offset else around)
                      or lx.EVENT.search(own_clause) and not lx.CUMULATIVE.search(sentence)):
            return "event"
        if civil and _town_toll(sentence):
            return "event"  # "Kharkiv toll rises to 18": the town's toll of one attack
        if civil and local:
            return "event"  # governors, mayors and local officials count the victims of an attack, not of the war
        day_opening = _ON_A_DAY_OPENS.match(sentence) if not civil else None
        if day_opening is not None and base >= 0 and day_opening.end() <= base + offset \
                and not lx.SPEECH.search(sentence, day_opening.end(), base + offset) and not _RUNNING_TOTAL_VERB.search(sentence):
            # "On Friday, enemy units assaulted our lines and lost some 400 men, the minister said": the day dates the
            # fighting and its losses (not a speaker's statement: "On Monday, the ministry said ..."; nor a running
            # total: "On Monday, Russian losses passed 600,000")
            return "period"
        return "cumulative"

    def _operation_at_a_place(self) -> bool:
        """A sentence of the text names an operation beside one place ("... of Russia's Kursk region since launching their
        incursion"), which "the operation" then refers to (not Moscow's "special military operation", the whole war)."""
        if self._operation_place is None:
            self._operation_place = any(cue.place_in(self.text[s.start:s.end]) is not None for s in self.doc.sentences
                                        if _OPERATION_WORD.search(self.text, s.start, s.end))
        return self._operation_place

    @staticmethod
    def _incident_in(sentence: str, around: str, placed: str, cut: int = 0) -> bool:
        """An incident phrase that starts where places are read is read whole, as window cues are: "have reportedly been
        eliminated as a result of a heavy rocket strike on |a field camp" is cut by the reading window before its "on".
        `placed` starts `cut` characters into `around` (after a "that" opening the figure's clause)."""
        base = sentence.find(around)
        if base < 0:
            return cue.INCIDENT.search(placed) is not None
        start, end = base + cut, base + cut + len(placed)
        hit = cue.INCIDENT.search(sentence, start, end + 40)
        if hit is not None and hit.start() < end:
            return True
        opening = cue.INCIDENT_OPENING.match(sentence)  # the incident that opens the sentence kills the figure's people
        return opening is not None and start <= opening.end() <= end + 20

    @staticmethod
    def _closing_place(sentence: str, after: int) -> bool:
        """A place in the figure's clause beyond the reading window ("lost more than 76,000 troops killed and wounded
        during its eight-month incursion into the Kursk region"): not past another figure, a clause break or a speech
        verb, where it would be another clause's or the place of the statement."""
        tail = sentence[after:]
        place = cue.place_in(tail)
        if place is None:
            return False
        before = tail[:place.start()]
        return not (re.search(r"\d|[;,:]|\s[—–]\s", before) or lx.SPEECH.search(before))

    @staticmethod
    def _closing_window(sentence: str, after: int) -> str | None:
        """A window that closes the sentence beyond the figure's reach ("..., during the June-July counteroffensive.")
        spans the whole clause; not one a speech verb takes ("..., the minister said during a visit")."""
        tail = sentence[after:]
        hit = lx.PERIOD.search(tail)
        if hit is None or not cue.WINDOW_OPENER.match(hit.group()) or lx.SPEECH.search(tail, 0, hit.start()) or ";" in tail[:hit.start()]:
            return None
        rest = tail[hit.end():]
        # (what follows the window is at most a short phrase, or the speech tag: "..., the Russian Defense Ministry said on Tuesday.")
        # (the window's start day may end it: "since the start of its counteroffensive on June 4, Shoigu said")
        tag = re.fullmatch(r"(?:\s+(?:on|in|from)\s+[^,.;]{1,25})?\s*,[^.;]{0,90}[.!?\"”]*\s*", rest) is not None \
            and lx.SPEECH.search(rest) is not None
        if not (re.fullmatch(r"[^.;]{0,40}[.!?\"”]*\s*", rest) or tag) or lx.CUMULATIVE.match(tail, hit.start()):
            return None
        return "period"

    def as_of(self, n: Number, sentence, speaker_day: date | None, scope: str | None = None) -> date:
        if cue.AT_PRESENT.match(self.text, n.end):
            return speaker_day or self.published  # "... to 260,000 at present": as of the report
        best = None
        in_sentence = [d for d in self.doc.dates if sentence.start <= d.start < sentence.end]
        for d in in_sentence:
            if self.doc.opens_window(d, sentence.start):
                continue
            if _THAN_BEFORE.search(self.text, max(sentence.start, d.start - 14), d.start) \
                    and not (d.end <= n.start and WHEN_AFTER.match(self.text, d.end)):
                # "losses in January were 25% higher than in December": the month compared with dates nothing (but its
                # when-clause: "a decrease compared with September, when it recorded 153 killed")
                continue
            if d.start > n.end and (_ANOTHER_FIGURE.search(self.text, n.end, d.start) or self._own_window_before_next(n.end, d.start)
                                    # "In 2023 losses were 253,290, and in 2022 they were 106,720": the next clause's window
                                    or _AND_IN_BEFORE.search(self.text, n.end, d.start) and any(d.end <= m.start < sentence.end for m in self.numbers)
                                    or _SHARE_ASIDE.search(self.text, n.end, d.start) or ";" in self.text[n.end:d.start]):
                # ("...; President Zelensky said in February that 31,000 ...": the next clause's day)
                continue  # "lost 253,290 in 2023, compared with 106,720 in 2022": 2022 dates the other figure
            clause_comma = _CLAUSE_COMMA_AFTER.search(self.text, sentence.start, sentence.end)  # (not a thousands comma)
            if d.start > n.end and _CONCESSIVE_OPENING.match(self.text, sentence.start) and clause_comma is not None \
                    and n.end <= clause_comma.start() < d.start:
                continue  # "While Kyiv claims over 15,000 ..., Moscow admitted to 498 on 2 March": the day of the main clause
            if d.end <= n.start and cue.RISEN.search(self.text, d.end, n.start):
                continue  # "the toll of the attack on August 27-28 has risen to 23": the day of the attack, not of the count
            if cue.DATES_THE_ATTACK.match(self.text, d.end) or cue.ATTACK_ON.search(self.text, max(sentence.start, d.start - 50), d.start):
                continue  # "in the Saturday afternoon strike", "a missile attack on April 13": the attack's day; a toll is as of its report
            if self._in_relative_aside(self.text[sentence.start:sentence.end], d.start - sentence.start, d.end - sentence.start, n.start - sentence.start):
                continue  # "Russian forces, who attacked in January, have lost 20,000": the attack's day
            # the nearest day in the same clause: "in March 2022, 900 deaths in April" is April's
            gap = (n.start, d.end) if d.end <= n.start else (n.end, d.start)
            distance = abs(d.start - n.start) + (200 if re.search(r"[,;()]", self.text[min(gap):max(gap)]) else 0)
            # (the later mention may start on its "and": "in late December| and early January")
            if any(0 < e.start - d.end <= 16 and _WINDOW_JOIN.fullmatch(self.text, d.end, e.start + (4 if self.text.startswith("and ", e.start) else 0))
                   for e in in_sentence):
                continue  # "in January and February": the window ends with the later month
            if _AS_OF_BEFORE.search(self.text, max(sentence.start, d.start - 25), d.start):
                distance -= 1000  # "said on Monday that 9,000 had been killed as of Sunday": the day the figure holds on
            if d.end <= n.start and _SPEECH_DAY.search(self.text, max(sentence.start, d.start - 14), d.start):
                distance += 150  # "said on Thursday that 24 fighters had been killed in May": the statement's day, May the figure's
            if best is None or distance < best[0]:
                best = (distance, d.day, d)
        if best is None and scope == "period" and cue.ANAPHORIC_PERIOD.search(self.text, sentence.start, sentence.end):
            closed = self._window_end_before(sentence.start)
            if closed is not None:  # "... covering February 1 - July 31. At least 1,028 were killed during the reporting period"
                return min(closed, speaker_day or self.published)
        if best is None and scope == "period" and _THAT_MONTH.search(self.text, sentence.start, sentence.end):
            # "... in November, the ministry said. It estimated Russia had lost 45,680 troops during the month": the month
            # named in the sentence before
            floor = max(0, sentence.start - 300)
            named = [d for d in self.doc.dates if floor <= d.start and d.end <= sentence.start and d.window
                     and d.day.day >= 28 and not self.doc.opens_window(d, floor)]
            if named:
                return min(named[-1].day, speaker_day or self.published)
        day = best[1] if best is not None else self.doc.context_day(sentence) or speaker_day or self.published
        report = speaker_day or self.published
        if best is not None and best[2].window and day > report:
            day = report  # "In January alone they have lost 20,000," said on Thursday the 26th: the window ends with the statement
        if best is not None and scope == "event" and 0 < (report - day).days <= _FRESH_DAYS \
                and any(m.group().lower() != "alone" for m in lx.EVENT.finditer(self.text, sentence.start, sentence.end)) \
                and not (best[2].start > n.end and _SPEECH_DAY.search(self.text, max(n.end, best[2].start - 14), best[2].start)):
            # (not the day a figure after it was reported on: "89 were killed ..., up from the 63 it had reported on Monday")
            # "A Russian attack killed at least 19 people ... on Friday, officials said" (in Saturday's paper): a fresh
            # attack's day dates the attack; its toll is still being counted and holds as of the report (LABELING).
            # A recap of an attack weeks back ("On 27 June, missiles hit Kramatorsk, killing 11") keeps the attack's day:
            # that toll is the one reported then.
            return report
        # "said on Thursday that 1,050 had been killed the day before": Wednesday's figure; the phrase in the figure's own
        # clause or opening the sentence, not in an aside ("9,000, eighteen times the figure Moscow gave a day earlier")
        if not cue.DAY_BEFORE.search(self.text, sentence.start, sentence.end):
            return day
        clause_start = max((m.end() for m in cue.CLAUSE_END.finditer(self.text, sentence.start, n.start)), default=sentence.start)
        clause_end = next((m.start() for m in cue.CLAUSE_END.finditer(self.text, n.end, sentence.end)), sentence.end)
        before = cue.DAY_BEFORE.search(self.text, clause_start, clause_end) or cue.DAY_BEFORE_OPENING.match(self.text, sentence.start)
        if before is None or best is not None and any(d.start <= before.end() - 1 and before.start() < d.end and d.day == day for d in self.doc.dates):
            return day  # (a "day earlier" already read as a date, "A day earlier, it put ...", is not a day before that)
        return day - timedelta(days=1)

    def _attack_told_before(self, sentence) -> bool:
        """One of the two sentences before tells of one attack's launches ("Russia launched 78 missiles and 106 drones on
        Wednesday"), and none since counts the war ("Russia fired 84 cruise missiles on Monday. At least 19 people were
        killed. Air defences shot down 43 of the cruise missiles")."""
        index = self.doc.index_of(sentence)
        for before in reversed(self.doc.sentences[max(0, index - 2):index]):
            # (a record "since the start of the war" counts nothing: "in the biggest barrage since the start of the war")
            text = _RECORD_SINCE.sub(" ", self.text[before.start:before.end])
            if lx.CUMULATIVE.search(text):
                return False
            if _LAUNCHED.search(text):
                return True
        return False

    def _dated_window_opening(self, sentence, pos: int) -> bool:
        """The sentence names its own window and day before the figure ("Over the past day, June 20, ...")."""
        return any(sentence.start <= d.start and d.end <= pos for d in self.doc.dates) \
            and lx.PERIOD.search(self.text, sentence.start, pos) is not None

    def _window_end_before(self, pos: int) -> date | None:
        """The last day that closes a stated range before `pos` ("the period of February 1 - July 31, 2023")."""
        for d in reversed(self.doc.dates):
            if d.end <= pos and cue.RANGE_CLOSE_BEFORE.search(self.text, max(0, d.start - 10), d.start):
                return d.day
        return None

    def _own_window_before_next(self, end: int, date_start: int) -> bool:
        """"1,250 troops in the past day and over 40 thousand in March": March is the next figure's, as this one has a
        window of its own before it (a list with one window after its last item shares it)."""
        joined = _AND_FIGURE.search(self.text, end, date_start)
        return joined is not None and lx.PERIOD.search(self.text, end, joined.start()) is not None

    # --- the document ----------------------------------------------------------------------
    def claims(self) -> list[Claim]:
        out = self.found = []
        self.strength = []
        shares_scope: list[tuple[Claim, Claim]] = []  # (part, total): "including 13 children" holds for its total's window
        previous: dict[int, Claim] = {}  # last claim per sentence, for "1,597 wounded" and "including 13 children"
        # per sentence, the total an "including" list opened on and the index of the list's last figure: "82 armoured
        # vehicles, including eight tanks, 12 APCs and six IFVs" has every item a part of the 82, not only the first
        parts_list: dict[int, tuple[Claim, int]] = {}
        # such a later item that is a part of its total is read to the end, so that the place or window it comes before
        # ("... and 17 APCs since the attack on the Kursk region") still reaches the list, and dropped afterwards
        late_parts: set[int] = set()
        other_group: dict[int, bool] = {}  # sentences that counted a group outside the rules (rescuers, journalists)
        skipped_part: dict[int, int] = {}  # per sentence, the last figure skipped as a part of a total ("N of the dead were ...")
        condition_aside_end = 0  # the end of a breakdown of people "in serious condition", whose figures are no claims
        # ... unless the document is about that group's losses ("43 rescuers died since the start of the war" as its
        # headline): then its figures are the civilian claims of whoever reports them
        # (a headline: one of the first two lines, with no full stop, as page furniture such as "All Sections" may come first)
        about_a_group = any(cue.GROUP_HEADLINE.search(self.text, h.start, h.end) for h in self.doc.sentences[:2]
                            if self.text[h.end - 1] != "." and self.text.startswith("\n", h.end))
        # "shot down 30 of 35 drones": 30 is the figure and takes the noun after 35; 35 (those launched) is none
        parts = {i for i in range(len(self.numbers) - 1)
                 if cue.PART_OF.fullmatch(self.text, self.numbers[i].end, self.numbers[i + 1].start)}
        # "just two of the 25,000 dead fighters": a loss word on the total makes it the figure and the first a few of them
        few_of_total = {i for i in parts if _THE_DEAD.match(self.text, self.numbers[i + 1].end)
                        and re.search(r"\bthe\s+$", self.text[self.numbers[i].end:self.numbers[i + 1].start])}
        # ("At least 30 of the 150 people killed were children": the total is the figure, and the part the children in it)
        children_of_total = {i for i in few_of_total if _WERE_CHILDREN_AFTER.match(self.text, self.numbers[i + 1].end)
                             or _CHILDREN_MADE_UP.search(self.text, max(0, self.numbers[i].start - 80), self.numbers[i].start)}
        parts -= few_of_total
        for i, n in enumerate(self.numbers):
            if i - 1 in parts or i in few_of_total - children_of_total:
                continue
            sentence = self.doc.sentence_at(n.start)
            s_text = self.text[sentence.start:sentence.end]
            if _ASKS.search(s_text) and self.doc.quote_at(n.start) is None:
                continue  # "Has Ukraine lost 10 lakh soldiers?": a question asserts no figure
            right, left = self._right(i + 1 if i in parts or i in children_of_total else i, sentence.end), self._left(i, sentence.start)
            change_of = previous.get(sentence.start)
            if change_of is not None and n.value and cue.DAILY_CHANGE_OPEN.search(self.text, max(sentence.start, n.start - 4), n.start) \
                    and cue.DAILY_CHANGE_CLOSE.match(self.text, n.end) and change_of.evidence_end >= n.start - 4:
                # "9,541 tanks (+5)": the day's change beside a total is a claim of its own, for the total's day
                out.append(replace(change_of, value=n.value, value_low=None, value_high=None, qualifier="exact", scope="period",
                                   evidence_start=self.text.rindex("+", 0, n.start), evidence_end=n.end))
                self.strength.append(self.strength[out.index(change_of)])
                continue
            in_parentheses = bool(cue.BREAKDOWN.search(self.text[sentence.start:n.start]))
            if in_parentheses:  # "killing 30 people (two of them children) and wounding 110": the aside ends at ")"
                right = right.split(")", 1)[0]
            # one children figure in parentheses is a subject of its own; a list ("29 men, 21 women, 1 girl") is a breakdown
            # ("(two of them children)" too)
            children_aside = in_parentheses and bool(lx.SUBJECT_RES["children"].match(right.lstrip()) or cue.OF_THEM_CHILDREN.match(right)) \
                and self._only_children_in_parentheses(i)
            if lx.FIRED_WEAPON.match(self.text[n.end:sentence.end]) and not lx.DESTROY.search(words(left, 4, from_end=True)) \
                    and not self._in_a_list_of_losses(sentence, n):
                continue  # "13 Russian missiles hit an airfield": weapons fired, not lost ("shot down 10 Neptune missiles" is)
            if n.start < condition_aside_end:
                continue  # "... in serious condition (eight adults and three children)": that group's breakdown
            # (not the whole of which some are: "many of the 52 wounded were in a serious condition")
            condition = _IN_CONDITION.match(right) if not re.search(r"\bof\s+(?:the\s+)?$", left) else None
            if condition:  # "17 wounded are in serious condition": the state of some of the wounded, not a toll
                aside = re.match(r"\s*\([^()]*\)", self.text[n.end + condition.end():n.end + condition.end() + 80])
                condition_aside_end = n.end + condition.end() + aside.end() if aside else 0
                continue
            if _BY_CHANGE_END.search(left) and (_TO_NEXT_FIGURE.fullmatch(right) or _WINDOW_THEN_TO.fullmatch(right) and _A_TOLL.search(left)):
                continue  # "the toll rose by 12 to 45" (or "by three overnight to 45"): the change; the toll is the figure after "to"
            if _BARE_UNITS.match(right):
                continue  # "Most of these losses, 13,900 units, were destroyed": machines counted as units
            if _BARE_FATE.match(right) and _OF_THESE_OPENING.match(s_text) and self.last_claim is not None \
                    and self.last_claim.metric not in cue.HUMAN_METRICS and self.last_claim.evidence_start < sentence.start:
                continue  # "... 3,400 tanks among them. Of these, 2,500 were burnt out and 520 were captured": parts of the machines
            of_whole = _OF_A_WHOLE.match(right)  # "attacks against nine of Ukraine's oblasts": the noun after "of" is the figure's
            if lx.NOT_LOSS_AFTER.match(right) or lx.NOT_LOSS_BEFORE.search(left) or lx.NOT_LOSS_NOUN.match(right) \
                    or of_whole is not None and lx.NOT_LOSS_NOUN.match(right[of_whole.end():]) \
                    or lx.NOT_LOSS_VERB.search(left[-40:]) or cue.IDENTIFIED.search(left) and cue.BODIES.match(right) \
                    or cue.LOCATED_OF.search(left) and cue.LOCATED.match(right) or self._shares_a_unit(i) \
                    or cue.EXCHANGE_OF.search(left[-90:]) or _FIRED_LIST.search(self.text, max(sentence.start, n.start - 90), n.start) \
                    and not cue.WERE_DOWNED.match(right):  # (but "launched 40 drones and 35 of them were shot down" counts the downed)
                continue  # ("identified 29 bodies": the work of identification, not a toll)
            # a rate in the figure's own clause ("100 a day"), not in an aside after it ("45,680 in November, an average of 1,523 a day")
            group_figure = bool(lx.OTHER_GROUPS.match(right) or other_group.get(sentence.start) and cue.NO_NOUN_FATE.match(right))
            if group_figure and not about_a_group:
                # "94 emergency workers died and 380 were injured": the second figure, with no noun, is the same group
                other_group[sentence.start] = True
                continue
            if lx.RATE.search(cue.CLAUSE_END.split(cue.CLAUSE_BREAK.split(right)[0], 1)[0]) or _LOSS_WORDS_THEN_RATE.match(right) \
                    or self._rate_before(left, n.start, n.end, sentence.end) or self._daily_losses_rate(left, sentence) \
                    or lx.NOT_A_COUNT.search(words(cue.CLAUSE_END.split(self._past_a_parts_aside(n, sentence), 1)[0], 8)) \
                    or "," in left[-40:] and _IN_INCLUDING_ASIDE.search(left) and (close := re.match(r"[^,;.()]{0,40},", right)) \
                    and lx.NOT_A_COUNT.search(words(right[close.end():], 8)) \
                    or self._joined_to_a_rate(i, sentence):
                # ("3,035 Ukrainians, including 2,868 military personnel, have been returned home": past the part's aside)
                continue  # per-day rates; deaths of rescuers or journalists are not a subject of the rules
            parent = previous.get(sentence.start)
            other_metric = first(lx.METRIC_RES, words(right, 2))
            if cue.BREAKDOWN.search(left) and not children_aside and not (parent and other_metric and other_metric[0] != parent.metric):
                # children inside the parentheses are a subject of their own: "killing 34 people (including two children)";
                # so is another metric: "2,909 civilian casualties (1,119 killed and 1,790 injured)"
                paren = n.start - (len(left) - left.rfind("("))
                if re.search(r"\d", self.text[max(0, paren - 40):paren]):
                    continue  # "331 killed (71 men, 40 women ...)": a breakdown inside a labelled total
            if lx.OTHER_WAR.search(self.text[max(sentence.start, n.start - 80):min(sentence.end, n.end + 80)]):
                continue  # another war near the figure (a clause-limited version lowered folds 3-4; see README)
            part_in_window = children_part = machine_part = False
            among_total = cue.CHILDREN_AMONG.match(right) and i + 1 < len(self.numbers) and self.numbers[i + 1].start < sentence.end
            if among_total:
                # "Two children were among the 12 people killed": another subject inside the total, with the total's verb
                verb = first(lx.METRIC_RES, words(self.text[self.numbers[i + 1].end:sentence.end], 3))
                right = right + (" " + verb[1].group() if verb else "")
            elif cue.AFTER_SUBCOUNT.match(right):
                # "624 of which were destroyed": a part of the total before it; but "8,983 of them killed" inside
                # 24,425 casualties counts another metric, and is a claim; so is "760 of them in the past day"
                inner = first(lx.METRIC_RES, words(right, 5))
                # the total is this sentence's, else the last figure of the sentence before ("... lost 12,400 soldiers.
                # 4,100 of them were killed")
                # (not when a figure of its own sentence comes first: "... and 20 drones, 14 of which were downed")
                own_before = i > 0 and self.numbers[i - 1].start >= sentence.start
                total = previous.get(sentence.start) or (None if own_before else self._total_of_previous_sentence(sentence))
                if total is not None and inner and inner[0] != total.metric:
                    # "33 were killed and 121 injured. Two of the dead were at the hospital": the total the part names
                    told = self.doc.sentence_at(total.evidence_start)
                    total = next((c for c in self.found if told.start <= c.evidence_start < told.end and c.metric == inner[0]
                                  and (c.claimant, c.subject) == (total.claimant, total.subject)), total)
                part_in_window = total is not None and total.scope == "cumulative" and cue.OWN_WINDOW.match(self.text, n.end, sentence.end) is not None
                launched = total is None and cue.WERE_DOWNED.match(right)  # "with 14 drones, 11 of which were shot down"
                # ("Russia sent 49 drones overnight. Air defences shot down 21 of them": those sent are no loss to be part of)
                launched = launched or total is None and _OF_THEM_AFTER.match(right) and _DOWNED_END.search(left)
                # "recruited roughly 100,000 prisoners; about 17,000 of them died": the part of a count that is no loss
                # which died is a toll of its own
                if total is None and own_before and not launched and _OF_THEM_DIED.match(right):
                    launched = True
                # "Children accounted for 500 of them": another subject inside the total is a claim of its own
                children_part = total is not None and total.subject != "children" and (
                    lx.SUBJECT_RES["children"].search(cue.CLAUSE_PUNCT.split(self.text[sentence.start:n.start])[-1]) is not None
                    or cue.OF_THEM_CHILDREN.match(right) is not None)  # "29 of them were children"
                other_metric_inside = inner and total and inner[0] != total.metric and total.metric in cue.HUMAN_METRICS \
                    and inner[0] in cue.HUMAN_METRICS
                # "more than 2,000 armoured vehicles, at least 530 of them tanks": another kind of machine inside the
                # total is a claim of its own, as after "including"
                machine_part = _KIND_OF_THEM.match(right) is not None and _machine_kind_inside(total, right) is not None
                # "Asked about civilians, he said the war had killed more than 9,000 of them": with no figure before, "them"
                # are the people named, and the verb before is the figure's own
                # (a loss verb after "of them" instead was tried: it read the groups of other counts as tolls)
                group_of_them = total is None and not own_before and _OF_THEM.match(right) is not None \
                    and last(lx.METRIC_RES, words(left, 3, from_end=True)) is not None
                # ("The enemy has lost more than 500 men in the last day alone. ... Over the past week, more than 1,000 of
                # them were killed": a part is never larger than its total, so "them" are the people named)
                larger = total is not None and n.value is not None and total.value is not None and n.value > total.value
                if not part_in_window and not launched and not children_part and not other_metric_inside and not machine_part \
                        and not group_of_them and not larger:
                    skipped_part[sentence.start] = i
                    continue
            if skipped_part.get(sentence.start) == i - 1 and _AND_BARE_PART.fullmatch(self.text, self.numbers[i - 1].end, n.start) \
                    and _BARE_WERE.match(right):
                skipped_part[sentence.start] = i
                continue  # "23,000 of the dead were volunteers and 17,000 were prisoners": the next part of the same total
            equipment_before = previous.get(sentence.start)
            if equipment_before is not None and equipment_before.metric not in cue.HUMAN_METRICS and (
                    cue.OF_WHICH_BEFORE.search(left) or cue.SUBCOUNT.search(left) and _BARE_FATE.match(right)
                    or _BARE_FATE.match(right) and cue.OF_WHICH_BEFORE.search(self.text, equipment_before.evidence_end, self.numbers[i - 1].start)):
                continue  # "1,000 Russian tanks, of which 540 were captured" ("including 400 captured"): a part of that equipment, not people taken prisoner
                # (so is the next bare fate: "of which 1,004 were destroyed and 545 captured")
            clause_before = _CLAUSE_OR_DASH.split(self.text[sentence.start:n.start])[-1]  # a dash opens an aside of its own
            if cue.RATIO_PAIR_AFTER.match(self.text, n.end) or cue.RATIO_PAIR_BEFORE.search(self.text, max(sentence.start, n.start - 30), n.start):
                continue  # "one killed for 6-8 wounded", "the Russians die for every 2-3 wounded"
            if cue.RATIO_AFTER.match(self.text, n.end) or cue.RATIO_BEFORE.search(self.text, max(sentence.start, n.start - 60), n.start) \
                    or n.value == 1 and cue.RATIO_FIRST.search(self.text, max(sentence.start, n.start - 8), n.start):
                continue  # "a ratio of about 5 to 1", "one in ten"
            if cue.AGES.search(self.text[sentence.start:n.start]) and (n.value or n.high or 0) < 120 or cue.INVENTORY.search(clause_before) \
                    or cue.AVERAGE.search(clause_before):
                continue  # "children aged 6, 8 and 14", "men between 18 and 55"; "began the war with 3,100 tanks"; daily averages
            parent = previous.get(sentence.start)
            previous_sentence = self._previous_sentence_text(sentence)
            shared_noun = None  # the noun phrase after the next figure, when the two share it
            metric, how = self.metric_of(right, _without_speech_aside(left), s_text, previous_sentence + " " + s_text, (sentence.start, sentence.end),
                                         prefix=self.text[sentence.start:n.start], rest=self.text[n.end:sentence.end])
            if metric is None and i + 1 < len(self.numbers) and self.numbers[i + 1].start < sentence.end \
                    and _JUST_AND.fullmatch(self.text, n.end, self.numbers[i + 1].start):
                # "accounted for more than 410 and 95 Ukrainian troops killed": two figures share the noun phrase after the second
                following = self.numbers[i + 1]
                if re.fullmatch(r"\s+and\s+", self.text[n.end:following.start]):
                    shared_noun = self._right(i + 1, sentence.end)  # (whose troops too: "more than 410 and 95 Ukrainian troops")
                metric, how = self.metric_of(self._right(i + 1, sentence.end), left, s_text, previous_sentence + " " + s_text,
                                             (sentence.start, sentence.end), prefix=self.text[sentence.start:n.start],
                                             rest=self.text[following.end:sentence.end])
            if metric is None and parent is not None and i > 0 and parent.evidence_start == self.numbers[i - 1].start \
                    and cue.AND_JOINED.fullmatch(left):
                equipment = first(lx.EQUIPMENT_RES, words(right, 2))
                if equipment is not None and parent.metric in cue.HUMAN_METRICS and equipment[1].group().lower() == "fighters":
                    metric, how = parent.metric, "none"  # "1,500 casualties along the front and 250 fighters near Kursk": men, not jets
                elif equipment is not None:  # "145,850 soldiers have been killed, along with 3,350 tanks": joined to a loss
                    metric, how = equipment[0], "equipment"
            if metric is None and parent is not None and parent.metric not in cue.HUMAN_METRICS and cue.SUBCOUNT.search(left):
                equipment = first(lx.EQUIPMENT_RES, words(right, 4))
                if equipment is not None:  # "27 armored vehicles, including four tanks"
                    metric, how = equipment[0], "equipment"
            if metric is None and not cue.SUBORDINATE_AFTER.match(right) and not self._machine_first(words(right, 3)):
                # "Over 190 residents, including eight children, have been killed": look past the aside (so
                # "606 civilians, 24 of them children, have been killed"; not past a
                # weapon of its own: "fired 122 missiles and 36 drones at Ukraine, killing 31")
                # (a thousands comma inside the aside is not its end: "including 1,000 children,")
                beyond = re.sub(r"\([^)]*\)|,\s*(?:including|among them|\S+ of (?:them|whom))(?:[^,;]|(?<=\d),(?=\d{3}))*,"
                                r"|\s[—–-]\s*(?:including|among them)[^—–]*[—–]", " ",
                                right if in_parentheses else self.text[n.end:sentence.end])
                # (a dash left after the asides ends the clause; so does a semicolon: "617,000 troops were in the zone; Shoigu
                # said Ukraine lost 383,000")
                beyond = re.split(r"\s[—–]\s|;", beyond, maxsplit=1)[0]
                beyond = _CONTRASTED_NEXT.split(_NO_LOSSES.split(beyond, maxsplit=1)[0], maxsplit=1)[0]
                near = first(lx.METRIC_RES, words(beyond, 10))
                if near is not None and not _ANOTHER_COUNT.search(words(beyond, 10)[:near[1].start()]):
                    metric, how = near[0], "right"
            passive = _PEOPLE_OF_THEN_FATE.match(right) if metric is None else None
            if passive is not None:
                # "Five people from the occupied part of the Luhansk region in the east were killed": the
                # verb after a long place phrase on the people noun (or a clause of where they were: "16 soldiers who were
                # in the barracks at the time are missing")
                metric, how = first(lx.METRIC_RES, passive.group(1))[0], "right"
            supplied_to = None
            fired_before = i > 0 and self.numbers[i - 1].start >= sentence.start or i > 0 and _OF_THEM_AFTER_ANY.match(right) \
                and _LAUNCHED.search(self._previous_sentence_text(sentence)) is not None  # ("Russia launched 40 drones. 35 of them were downed")
            if metric is None and i > 0 and cue.WERE_DOWNED.match(right) and fired_before:
                noun = first(lx.EQUIPMENT_RES, words(self.text[self.numbers[i - 1].end:min(n.start, self.numbers[i - 1].end + 60)], 4))
                if noun is not None and _MISSILES_AND_DRONES.match(self.text, self.numbers[i - 1].end):
                    noun = None  # "120 missiles and drones, 90 of which were downed": both kinds, no one metric
                if noun is not None:  # "the enemy launched 30 drones; 25 were destroyed": the noun of the figure before
                    metric, how = noun[0], "equipment"
                    # "Ukraine has received 31 Abrams tanks; at least five have been destroyed": the receiver's
                    supplied_to = cue.RECEIVED_BY.search(self.text, sentence.start, self.numbers[i - 1].start)
            list_people = metric is None and parent is not None and parent.metric not in cue.HUMAN_METRICS \
                and cue.PERSONNEL_AFTER.match(right) and lx.LOSS_VERB.search(self.text[sentence.start:n.start])
            if list_people:
                # "lost 20 tanks, 41 armoured vehicles and 900 troops": the list's verb and owner govern its people too
                verb = lx.LOSS_VERB.search(self.text[sentence.start:n.start]).group().lower()
                metric, how = ("casualties" if verb in ("lost", "losses") else "killed"), "left"
            if metric is None and (of_those := cue.OF_THOSE.match(s_text)) and n.start - sentence.start < 60:
                metric, how = first(lx.METRIC_RES, of_those.group())[0], "left"  # "Of those killed, 500 were children"
            if metric is None and parent is not None and cue.TO_END.fullmatch(left) \
                    and cue.FROM_START.search(self.text, max(sentence.start, parent.evidence_start - 12), parent.evidence_start):
                metric, how = parent.metric, "none"  # "grew from 210,000 in January to 260,000 by now": the same count
            were_children = metric is None and parent is not None and parent.metric in cue.HUMAN_METRICS \
                and parent.subject == "civilians" and cue.WERE_CHILDREN.match(right) is not None
            if were_children:
                metric, how = parent.metric, "none"  # "Of the 12 people killed, four were children": the children among them
            earlier_of = parent if metric is None and parent is not None and cue.UP_FROM.search(left) is not None else None
            if metric is None and parent is None and self.last_claim is not None and cue.THAT_COMPARES.fullmatch(self.text, sentence.start, n.start) \
                    and self.last_claim.evidence_start >= self._previous_sentence_start(sentence):
                earlier_of = self.last_claim  # "... reaching 26,830, according to the General Staff. That compares with 21,400 in December."
            earlier_value = earlier_of is not None
            if earlier_of is not None:
                metric, how = earlier_of.metric, "none"  # "put losses at 600,000 on Friday, up from 500,000 in February": the same count
            if metric is None and parent is None and left.rstrip().endswith(":"):
                # "an official figure for the number of Ukrainian soldiers killed in the war: 31,000"
                named_count = cue.COUNT_BEFORE_COLON.search(re.split(r"[,;]", left.rstrip()[:-1])[-1])
                named = last(lx.METRIC_RES, named_count.group()) if named_count else None
                if named is not None:
                    metric, how = named[0], "left"
            if metric is None and parent is None and self.last_claim is not None and cue.REPORTED_BARE.search(left) \
                    and cue.NOTHING_AFTER.match(right) and self.last_claim.evidence_start >= self._previous_sentence_start(sentence):
                # "Russian forces had lost 820 soldiers in the past 24 hours. The day before, it had reported 1,020.": the same count
                metric, how = self.last_claim.metric, "none"
                parent = self.last_claim
            if metric is None and parent is None and self.last_claim is not None and cue.FIGURE_INCLUDES.search(left) \
                    and cue.OWN_WINDOW.match(self.text, n.end, sentence.end) \
                    and self.last_claim.evidence_start >= self._previous_sentence_start(sentence):
                # "... put Russian losses at 508,000. The figure includes 1,200 over the past day.": that day's part of it
                metric, how = self.last_claim.metric, "none"
                parent = self.last_claim
                part_in_window = True
            if metric is None and parent is None and self.last_claim is not None and cue.FRONTED_ONLY.fullmatch(left) \
                    and cue.NOTHING_AFTER.match(right) and self.last_claim.evidence_start >= self._previous_sentence_start(sentence):
                # "Over the past month, they lost 35,000 soldiers. In the Pokrovsk direction alone, 9,000.": the same count there
                metric, how = self.last_claim.metric, "none"
                parent = self.last_claim
            if metric is None and parent is not None and cue.PUT_THEM_AT.search(left):
                metric, how = parent.metric, "none"  # "US officials put Russian casualties at 315,000; a British estimate puts them at 350,000"
            if metric is None and parent is None and cue.THE_FIGURE_WAS.search(left):
                # "We are seeing enormous losses on the Russian side. ... In October alone, the figure was 41,980": the
                # figure of the loss named in the sentence before
                named = last(lx.METRIC_RES, self.text[sentence.start:n.start]) or last(lx.METRIC_RES, previous_sentence)
                if named is not None:
                    metric, how = named[0], "left"
                recent = self.last_claim is not None and self.last_claim.evidence_start >= self._previous_sentence_start(sentence)
                if recent and (named is None or cue.BARE_LOSSES.fullmatch(named[1].group()) or _LOSS_VERB_ONLY.fullmatch(named[1].group())):
                    # "Russia has lost 4,500 tanks. Oryx, which counts only confirmed losses, puts the number at 2,300":
                    # the number is the count just given, not the bare word "losses" (nor "lost": "Russia has lost 4,500 tanks")
                    metric, how = self.last_claim.metric, "left"
            if metric is None and parent is None and self.last_claim is not None and cue.RUNNING_TOTAL_TO.search(left) \
                    and self.last_claim.evidence_start >= self._previous_sentence_start(sentence):
                # "... put Russian losses at 1,180 over the past day. That brings the total to 659,000": the same count
                metric, how = self.last_claim.metric, "none"
            change = next((m for m in self.numbers[:i] if m.start == parent.evidence_start), None) if metric is None and parent is not None else None
            changed_to = change is not None and _BY_CHANGE_END.search(self.text[sentence.start:change.start]) is not None \
                and _WINDOW_THEN_TO.fullmatch(self.text, change.end, n.start) is not None
            if changed_to:  # "losses rose by 1,020 over the past 24 hours to 305,010": the total the change brought
                metric, how = parent.metric, "none"
            if metric is None:
                # back to the last figure that was a claim: "losses in the past 24 hours ... amounted to up to 300"
                # reads across the 24, which is no figure
                parent = previous.get(sentence.start)
                since = max(sentence.start, parent.evidence_end if parent else 0)
                metric = self.metric_far_left(self.text[since:n.start] if since < n.start - len(left) else left)
                how = "left" if metric else "none"
            if metric == "killed" and how == "left" and _BARE_TOLL.search(left) and _PARTS_DEAD_AND_HURT.match(self.text, n.end, sentence.end):
                metric = "casualties"  # "the military's toll is approaching 300,000, including 120,000 deaths and 180,000 injuries"
            if metric == "casualties" and cue.CASUALTIES_BESIDE_INJURED.match(self.text, n.end, sentence.end):
                metric = "killed"
            if metric == "casualties" and re.match(r"\s+(?:personnel|troops|soldiers|servicemen)\b", right) \
                    and cue.COMBAT_LOSSES.search(self.text, sentence.start, n.start):
                metric = "killed"  # the General Staff's "total combat losses of the enemy ... about 430,000 personnel" (LABELING)
            running = previous.get(sentence.start)
            if metric == "casualties" and running is not None and running.metric == "killed" \
                    and cue.RUNNING_TOTAL_TO.search(self.text, running.evidence_end, n.start) \
                    and cue.COMBAT_LOSSES.search(self.text, running.evidence_end, n.start):
                metric = "killed"  # "killed another 480 invaders, bringing Russia's total combat losses to 207,440": the same count
            parent = previous.get(sentence.start)
            # "wounding 117 (15 children)": children in parentheses after a figure are a part of it
            subcount = bool(cue.SUBCOUNT.search(left)) or children_aside or part_in_window or machine_part
            listed = parts_list.get(sentence.start)
            continued = False
            if cue.SUBCOUNT.search(left) and parent is not None:
                parts_list[sentence.start] = (parent, i)
            elif listed is not None and listed[1] == i - 1 and cue.NEXT_ITEM.fullmatch(left):
                parent, subcount, continued = listed[0], True, True
                parts_list[sentence.start] = (parent, i)
            opens_on_parts = cue.OPENS_ON_PARTS.match(s_text) is not None
            if opens_on_parts and _DEAD_BY_KIND.match(right):
                continue  # "Among the dead, 900 were convicts and 400 were mobilised": the dead by kind of soldier
            if parent is None and (opens_on_parts or children_part):
                # "Among them were 12 children killed": the parts of the last figure of the sentence before
                parent = self._total_of_previous_sentence(sentence)
                named = cue.OF_THOSE.match(s_text)
                if parent is not None and named and first(lx.METRIC_RES, named.group())[0] != parent.metric:
                    # "620 civilians killed and 1,100 injured. ... Of those killed, 130 were men": the total named,
                    # in the same sentence as the last; else none ("... the deaths of 600 children. Of those injured in
                    # May, 40 were children": not that total's part)
                    told = self.doc.sentence_at(parent.evidence_start)
                    parent = next((c for c in self.found if told.start <= c.evidence_start < told.end and c.subject == parent.subject
                                   and c.metric == first(lx.METRIC_RES, named.group())[0]), None)
                subcount = subcount or parent is not None
            # ("lost up to 610 soldiers in battles with Yug, and another 325 soldiers in battles with Tsentr": the same loss)
            another = _ANOTHER_END.search(left) is not None and cue.PERSONNEL_AFTER.match(right) is not None
            kind = _machine_kind_inside(parent, right) if metric is None and subcount else None
            if kind is not None:
                metric, how = kind[0], "equipment"  # "... 9,146 Russian vehicles. These include 1,731 tanks": a kind of its own
            if metric is None and parent is not None and (subcount or children_part or re.match(r"^\s*(?:more|others?|additional)\b", right)
                                                          or cue.ESTIMATE_OF.search(left) or another):
                metric, how = parent.metric, "none"  # "..., close to Kyiv's estimate of 700,000": the same count
            # "killed 12 and wounded 40. Five of the victims were children": the victims are the dead and the wounded
            victims_of_both = how == "none" and parent is not None and metric == parent.metric and metric in ("killed", "wounded") \
                and (_OF_THE_VICTIMS.match(right) or _AMONG_THE_VICTIMS.match(s_text)) is not None and self._killed_and_wounded(parent)
            if victims_of_both:
                metric = "casualties"
            elliptical = cue.ELLIPTICAL_SIDE.search(left) if metric is None and parent is not None else None
            if elliptical:
                metric, how = parent.metric, "none"  # "Russian casualties at up to 223,000 and Ukrainian at up to 131,000"
            compared = cue.FOR_SIDE.match(right) if metric is None and parent is not None and cue.COMPARED_TO.search(left) else None
            if compared:
                metric, how = parent.metric, "none"  # "30,000 to 40,000 dead, against some 9,000-11,000 for Ukraine"
            if metric is None and parent is not None and cue.ELLIPTICAL_ITEM.fullmatch(left) and cue.WINDOW_AFTER.match(right):
                metric, how = parent.metric, "none"  # "900 deaths in April, and 600 in May": the noun is left out
            if metric is None and parent is not None and parent.metric in cue.HUMAN_METRICS and _SECOND_OBJECT.fullmatch(left) \
                    and _PEOPLE_NOUN_OPENS.match(right):
                metric, how = parent.metric, "none"  # "killed two men and three children": the verb's second object
            if metric is None and parent is not None and parent.scope == "event" and cue.ELLIPTICAL_PLACE_ITEM.fullmatch(left) \
                    and cue.PLACE_AFTER.match(right):
                # "14,000 servicemen in the Kupiansk direction and about 23,000 in the Donetsk direction": one place after another
                metric, how = parent.metric, "none"
            if metric is None and parent is not None and parent.metric in cue.HUMAN_METRICS and cue.AND_JOINED.fullmatch(left) \
                    and cue.BARE_PEOPLE_END.fullmatch(_SPEECH_TAIL.sub("", right)):
                # "about 180,000 Russian troops had been killed or wounded, and 100,000 Ukrainian soldiers": the verb is left out
                # (", the ministry said" after it is no verb of the figure's)
                metric, how = parent.metric, "right"
            asked = cue.ASKED_ABOUT.match(s_text) if metric is None and parent is None else None
            if asked and n.start - sentence.start >= asked.end() and cue.NOTHING_AFTER.match(right):
                named = first(lx.METRIC_RES, asked.group())  # 'Asked how many had been killed, he said: "About 40,000."'
                if named is not None:
                    metric, how = named[0], "left"
            alternative = metric is None and parent is not None and i > 0 and parent.evidence_start == self.numbers[i - 1].start \
                and cue.OR_ALTERNATIVE.fullmatch(left) is not None
            if alternative:  # "claims that Ukraine had lost 300,000 or 150,000 troops": either figure, one count, one claimant
                metric, how = parent.metric, "none"
            if metric is None and parent is not None and i > 0 and parent.evidence_start == self.numbers[i - 1].start \
                    and _SOURCED_RANGE_END.fullmatch(self.text, self.numbers[i - 1].end, n.start):
                # "range from 70,000 (Mediazona) to more than 200,000 (Ukrainian officials)": each end its own source's count
                metric, how = parent.metric, "none"
            if metric == "casualties" and _LOST_END.search(left, max(0, len(left) - 12)) and self._wounded_next(i):
                metric = "killed"  # "Russia lost 60 soldiers and 200 were wounded": the lost are the dead beside the wounded
            if metric is None and parent is None and _INCLUDING_END.search(left) \
                    and (lx.SUBJECT_RES["children"].search(words(right, 2)) or lx.SUBJECT_RES["civilians"].search(words(right, 2))):
                # "thousands of Ukrainians have died in the war, including at least 90 children": a part
                # counted where the whole is not; the loss word of the clause names it
                before_part = last(lx.METRIC_RES, words(left, 12, from_end=True))
                if before_part is not None:
                    metric, how = before_part[0], "left"
            vague = _VAGUE_THEN_FIGURE.search(left) if metric is None else None
            if vague is not None:  # "lost tens of thousands of soldiers, perhaps 200,000": the figure puts a number on the vague count
                verb = last(lx.METRIC_RES, words(left[:vague.start()], 6, from_end=True))
                if verb is not None:
                    metric, how = verb[0], "left"
            if _FOR_EVERY_OPENING.match(s_text) and n.start - sentence.start > _FOR_EVERY_OPENING.match(s_text).end():
                continue  # "For every Ukrainian soldier killed there, Russia was losing at least seven": a ratio
            if metric is None and out and out[-1].evidence_start >= sentence.start and _GAPPED_LOSER.search(left) \
                    and re.fullmatch(r"[\s\w,]*", self.text[out[-1].evidence_end:n.start]):
                metric, how = out[-1].metric, "none"  # "Russian casualties numbered 180,000 and Ukraine's 100,000": the same count
            if metric is None and parent is not None and i > 0 and parent.evidence_start == self.numbers[i - 1].start \
                    and _BARE_COORDINATION.fullmatch(self.text, self.numbers[i - 1].end, n.start) and self.respectively(sentence):
                # "killed 5, 7 and 9 people in Kharkiv, Odesa and Dnipro respectively": each figure of the list is a count
                metric, how = parent.metric, "none"
            if metric is None and parent is not None and _ADDED_FIGURE_END.search(left) and _SIDE_ONLY_AFTER.match(right):
                metric, how = parent.metric, "none"  # "180,000 Russians killed or wounded, along with 100,000 on the Ukrainian side"
            if metric is None and parent is not None and _THEY_WERE_END.search(left[-40:]) and not re.match(r"\s+of\b", right):
                metric, how = parent.metric, "none"  # "Russian losses were 253,290, and in 2022 they were 106,720": the same count
            same_count = None
            if metric is None and out and out[-1].metric in cue.HUMAN_METRICS \
                    and out[-1].evidence_start >= self._previous_figure_sentence_start(sentence) and _FIGURE_COMPARED.search(left[-120:]):
                # "Britain reckons 600,000 Russians have been killed or wounded. Ukraine's figure is higher, at about
                # 680,000": another source's figure for the same count
                same_count = out[-1]
                metric, how = same_count.metric, "none"
            if metric is None and re.match(r"\s*missiles\b", right) and re.search(r"\bcruise missiles\b", self.text[sentence.start:n.start]) \
                    and lx.DESTROY.search(self.text, n.end, sentence.end):
                metric, how = "cruise_missiles", "right"  # "84 cruise missiles ..., of which 43 missiles ... were shot down": those named
            if metric is None and re.match(r"\s+of\s+the\s+missiles\b", right) and _DOWNED_END.search(left) \
                    and re.search(r"\bcruise missiles\b", self.text[self._previous_sentence_start(sentence):n.start]) \
                    and not re.search(r"\b(?:ballistic|Iskander|Kinzhal|S-300|guided) missiles?\b", self.text[self._previous_sentence_start(sentence):n.start]):
                # "Russia fired four Kalibr cruise missiles ... Defenders downed three of the missiles": the ones named
                metric, how = "cruise_missiles", "right"
            if metric is None and _OF_THEM_AFTER.match(right) and _DOWNED_END.search(left):
                # "Russia sent 49 Shahed drones overnight. Air defences shot down 21 of them": the machines named last
                told = self.text[self._previous_sentence_start(sentence):n.start]
                named = last(lx.EQUIPMENT_RES, told)
                kinds = {name for pattern, name in lx.EQUIPMENT_RES if pattern.search(told)}
                # (one kind only: "40 missiles and 30 drones ... shot down 25 of them" counts both)
                if named is not None and len(kinds) == 1 and not _BARE_MISSILES.search(told.replace("cruise missile", "")):
                    metric, how = named[0], "none"
            if metric is None:
                continue
            # (in its paragraph: "... 8,044 units of equipment ... Of those, 4,927 have been destroyed ... Another 2,619 units
            # were captured")
            if n.value is not None and cue.DEFINITE_BEFORE.search(left, max(0, len(left) - 8)) and any(c.value == n.value for c in out):
                continue  # "... in reference to the two dead soldiers": the figure already stated, named again
            if _BARE_FATE.match(right) and _EQUIPMENT_UNITS.search(
                    self.text, max(next(x.start for x in self.doc.sentences if x.paragraph == sentence.paragraph), n.start - 400), n.start):
                continue  # "4,927 units of equipment lost: 198 damaged and 2,619 captured": machines, not people
            if how == "left" and metric == "casualties" and parent is not None and parent.metric not in cue.HUMAN_METRICS \
                    and not re.search(r"\w", right):
                metric = parent.metric  # "Ukraine had lost 186 tanks ..., while Russia lost 25.": the noun is left out
            # a forecast verb between the number and its metric word ("9,000 could be killed"), not one later in the
            # sentence ("9,000 Russian dead, a figure that could not be verified")
            governing = first(lx.METRIC_RES, right) if how == "right" else None
            between = right[:governing[1].start()] if governing else ""
            # (a modal perfect is an estimate of the past: "as many as 40,000 civilians may have died")
            forecast = cue.FORECAST.search(between)
            if forecast is not None and not _COUNTERFACTUAL.search(right):
                forecast = cue.FORECAST.search(_PAST_MODAL.sub(" ", between))
            # ("they could confirm at least 12 aircraft destroyed": what a counter was able to count, no forecast)
            # (an estimate of the present is no forecast: "the count ... may be nearing 150,000", "could be between
            # 90,000 and 130,000", "may amount to at least 60,000"; "Russia may have lost about 35,000" before the figure
            # stays out: tried, it added a false claim in folds 3-4)
            lead = _COULD_COUNT.sub(" ", words(left, 4, from_end=True))
            if forecast or cue.FORECAST.search(lead) \
                    and not ((cue.PRESENT_ESTIMATE.search(left) or _MODAL_PRESENT.search(left)) and not cue.TIME_TO_COME.match(right)):
                continue
            own_noun = first(lx.METRIC_RES, words(right, 2)) if _SHARE_OF_END.search(left) else None
            if _SHARE_OF_END.search(left) and (own_noun is None or cue.CAPTIVES.fullmatch(own_noun[1].group())):
                continue  # "about 20 percent of the 50,000 prisoners he recruited have died": the base of a share, not a toll
            attribution = self.doc.speaker_for(n.start)
            frame = attribution or sentence.frame
            if attribution is None and self.doc.headline_items(sentence) \
                    and all(";" in self.text[n.end:a.marker_start] for a in sentence.attributions):
                frame = sentence.carried  # (the tag of a later item of the headline speaks not for this one)
            if attribution is not None and attribution.marker_start > n.end \
                    and _CONTRASTED_AFTER.search(self.text, n.end, attribution.marker_start) \
                    and not any(a.marker_start < n.start for a in sentence.attributions) \
                    and any(attribution.marker_end <= k.start < sentence.end for k in self.numbers[i + 1:]):
                # (a tag that governs figures after it, not one closing the sentence: "..., while 1,597 others were
                # injured, said RIA" or "..., according to estimates by Norway's chief of defence" speak for all of it)
                # "the Ukrainian toll had risen to 16, while occupation officials said 29 had died": the source of the
                # contrasted clause after the figure is not its source; the one in force before the sentence is
                attribution, frame = None, sentence.carried
            # a governor, mayor or local administration speaks: "The mayor of Kyiv, Vitali Klitschko, said ..." (the title
            # may stand before the name the speech event points at)
            # (from the figure's own clause: "city officials said 2,000 had been killed in Mariupol; the UN said 726" is no local count)
            clause_start = max((m.end() for m in _ANOTHER_SOURCE.finditer(s_text, 0, n.start - sentence.start)), default=0)
            local = bool(cue.LOCAL_OFFICE.search(s_text, clause_start)) or attribution is not None and bool(
                cue.LOCAL_OFFICE.search(self.text, max(0, attribution.agent_start - 40), attribution.agent_start + 80))
            claimant = frame.claimant if frame else self.doc.possessive_owner(n.start) or "other"
            if attribution is not None and self.doc.refutes(attribution, n.start) or cue.REFUTED_AFTER.match(right):
                # "The Kremlin denied reports that 100,000 ...": refuting is not asserting; the figure is its owner's
                # ("the Russian spokesman called Kyiv's 2,000-3,000 a lie"), or nobody's we can name
                claimant = self.doc.possessive_owner(n.start) or "other"
                if any(c.claimant == claimant and (c.value, c.value_low, c.value_high) == (n.value, n.low, n.high) for c in out):
                    continue  # "... called Zelensky's figure of 2,500-3,000 a lie": the figure given before, not a new one
            if alternative:
                claimant = parent.claimant
            if supplied_to is not None:
                subject = _army_named(supplied_to.group(1))
            else:
                subject = parent.subject if list_people else "civilians" if group_figure \
                    else self.subject_of(shared_noun or right, left, s_text, claimant, metric,
                                         attribution is not None and _BARE_COUNTRY.match(self.text, attribution.agent_start) is not None)
            if opens_on_parts and parent is not None and parent.subject == "civilians" and _MEN_OR_WOMEN.match(right):
                continue  # "Of those killed, 224 were men, 168 women ...": the civilian total by sex, no claims
            if _BY_SEX.search(s_text) and _SEX_ITEM.match(right):
                continue  # "This included 3,750 men, 2,482 women, 221 girls ... and 3,056 adults whose sex is yet unknown, killed"
            if children_part or were_children or i in children_of_total or self._noun_shared_with_next(i) == "children":
                subject = "children"
            if subject == "children" and _ADULT_GIRL_OR_BOY.match(self.text, n.end):
                subject = "civilians"  # "a 20-year-old girl died with her father": an adult
            if subject is None and opens_on_parts and out and out[-1].evidence_start >= sentence.start:
                subject = out[-1].subject  # "Among them were 12 children killed and 46 injured": the parts' own noun
            if same_count is not None and first(cue.SUBJECT_LIST, words(right, 3)) is None:
                subject = same_count.subject  # (the count compared is of the same people)
            if subject in ("ru_military", "ua_military") and metric in cue.HUMAN_METRICS and _SAME_INCIDENT.search(self.text, n.end, sentence.end) \
                    and not (lx.RU_MARK.search(words(right, 3)) or lx.UA_MARK.search(words(right, 3))):
                told = next((c for c in reversed(out) if c.scope == "event" and c.subject in ("ru_military", "ua_military")
                             and c.evidence_end <= sentence.start), None)
                if told is not None:  # "Ukraine's military said about 400 soldiers had been killed in the same strike": that
                    subject = told.subject  # strike's dead, whoever counts them
            if subject is None:
                own_item = None
                if self.doc.headline_items(sentence):
                    own_item = self.text[max(sentence.start, self.text.rfind(";", sentence.start, n.start) + 1):
                                         (self.text.find(";", n.end, sentence.end) + 1 or sentence.end + 1) - 1]
                subject = parent.subject if parent is not None else self._default_subject(s_text, claimant, metric, local, own_item)
            total = self.last_claim
            if (subject in ("ru_military", "ua_military") or subject == "civilians" and _OF_THEM_OPENS.match(s_text)) \
                    and total is not None and total.claimant == claimant \
                    and total.subject in ("ru_military", "ua_military") and total.subject != subject and total.metric == "casualties" \
                    and metric in ("killed", "wounded", "captured", "missing") and (n.value or 0) < (total.value or 0) \
                    and total.evidence_start >= self._previous_sentence_start(sentence) \
                    and not (lx.RU_MARK.search(s_text) or lx.UA_MARK.search(s_text) or lx.OWN.search(s_text) or lx.FIRST_PERSON.search(s_text)):
                # "the enemy's losses came to 9,400 people. Of these, 3,100 people died and 6,300 were hurt": the parts
                # of a total just given, with no side word of their own, are the same army's
                subject = total.subject
            if _OPENS_ON_ANOTHER.fullmatch(self.text, sentence.start, n.start) and self.last_claim is not None \
                    and self.last_claim.subject in ("ru_military", "ua_military") and self.last_claim.metric in cue.HUMAN_METRICS \
                    and self.last_claim.evidence_start >= self._previous_sentence_start(sentence) \
                    and not (lx.RU_MARK.search(words(right, 2)) or lx.UA_MARK.search(words(right, 2))):
                subject = self.last_claim.subject  # "... 92 Russian soldiers killed. Another 16 soldiers who were there are missing"
            if parent is not None and subject != parent.subject and _OTHERS_AFTER.match(right) and parent.subject != "children":
                subject = parent.subject  # "300 soldiers were killed and 200 others wounded after its forces hit a barracks": the same men
            if elliptical or compared:
                side = next(g for g in (elliptical or compared).groups() if g).lower()
                subject = _army_named(side)
            if subject in ("civilians", "children") and _list_label(left, right):
                subject = self._army("", s_text, claimant, metric)  # "personnel - about 508,000 people": the list counts an army
            if subject in ("ru_military", "ua_military") and _LIST_ITEM_LINE.match(s_text) and not (lx.RU_MARK.search(s_text) or lx.UA_MARK.search(s_text)):
                subject = self._list_heading_side(sentence) or subject  # "Ukrainian losses, according to ...:\nKilled: nearly 70,000"
            them = cue.THEM_AT.search(self.text, sentence.start, n.start) or cue.THEY_ARE.fullmatch(self.text, sentence.start, n.start) \
                if subject in ("ru_military", "ua_military") else None
            if them and not (lx.RU_MARK.search(them.group()) or lx.UA_MARK.search(them.group())):
                # (not "put the number of Ukrainian dead at ...": the count names its own side); a figure of the
                # sentence before is the number meant ("Russia has lost 4,500 tanks. Oryx ... puts the number at 2,300")
                index = self.doc.index_of(sentence)
                before = self.doc.sentences[index - 1] if index else None
                stated = [k for k in self.found if before is not None and before.start <= k.evidence_start < before.end
                          and k.subject in ("ru_military", "ua_military")]
                owner = self._owner_named_before(previous_sentence, right)
                if owner is None and index >= 2 and "\n" not in self.text[self.doc.sentences[index - 2].end:sentence.start]:
                    # (two sentences back in the paragraph: "... Ukraine's death toll was lower. 'We have estimates,' he said.
                    # 'They range between 10,000 and 13,000 killed.'")
                    earlier = self.doc.sentences[index - 2]
                    owner = self._owner_named_before(self.text[earlier.start:earlier.end], right)
                subject = stated[-1].subject if stated else owner or subject
            unclear = None
            if subject in ("ru_military", "ua_military") and metric in cue.HUMAN_METRICS \
                    and _UNCLEAR_WORD.search(self.text, self._previous_sentence_start(sentence), n.start):
                unclear = max(_SIDES_COUNT_UNCLEAR.finditer(self.text, self._previous_sentence_start(sentence), n.start),
                              key=lambda m: m.start(), default=None)
            # (nor a side's own soldiers: "Kyiv rarely discloses its losses. Russia said that 5,937 of its soldiers had died")
            if unclear is not None and not (lx.RU_MARK.search(self.text, unclear.end(), n.start) or lx.UA_MARK.search(self.text, unclear.end(), n.start)
                                            or lx.RU_MARK.search(words(right, 3)) or lx.UA_MARK.search(words(right, 3))
                                            or lx.OWN.search(words(right, 3)) or lx.OWN.search(self.text, max(sentence.start, unclear.end()), n.start)
                                            or _SIDE_NAMED.search(self.text, unclear.end(), n.start)):  # ("..., but Kyiv says it has lost")
                # "The Ukrainian numbers are more difficult to ascertain, but officials put the number of dead at close to
                # 70,000": the side whose count the text turned to
                subject = _army_named(unclear.group(unclear.lastindex))
            asked = _HOW_MANY_LOST.search(previous_sentence) if subject in ("ru_military", "ua_military") and parent is None else None
            if asked and previous_sentence.rstrip().endswith("?") and not (lx.RU_MARK.search(s_text) or lx.UA_MARK.search(s_text)):
                # "Q: How many soldiers has Russia lost? A: ... more than 750,000 killed and wounded": the answer counts the
                # army the question named
                subject = _army_named(asked.group(1))
            if subject in ("ru_military", "ua_military") and self.doc.asks_the_interviewee(sentence, n.start) \
                    and lx.SIDE.get(self.doc.interviewee) and not (lx.RU_MARK.search(words(right, 3)) or lx.UA_MARK.search(words(right, 3))):
                subject = "ua_military" if lx.SIDE[self.doc.interviewee] == "ua" else "ru_military"  # "Russia says you have lost 19,000"
            you_asked = _HOW_MANY_YOU_LOST.search(previous_sentence) if subject in ("ru_military", "ua_military") and parent is None else None
            if you_asked and previous_sentence.rstrip().endswith("?") and lx.SIDE.get(claimant) \
                    and not (lx.RU_MARK.search(s_text) or lx.UA_MARK.search(s_text)):
                # "Q: How many men has your battalion lost? A: About 120 killed": the one answering counts his own side's
                subject = "ua_military" if lx.SIDE[claimant] == "ua" else "ru_military"
            if parent is not None and {subject, parent.subject} == {"ru_military", "ua_military"} and cue.NEXT_ITEM.fullmatch(left) \
                    and not (lx.RU_MARK.search(words(right, 4)) or lx.UA_MARK.search(words(right, 4))):
                subject = parent.subject  # "The enemy lost up to 60 servicemen, two tanks and three pickup trucks": one owner
            side = lx.SIDE.get(claimant)
            if metric == "captured" and side and cue.SURRENDERED.match(right) \
                    and not (lx.RU_MARK.search(words(right, 3)) or lx.UA_MARK.search(words(right, 3))):
                subject = "ua_military" if side == "ru" else "ru_military"  # "1,464 had surrendered": to the side that reports it
            # (not men an army lost: "Ukrainian forces had lost up to 2,000 men", a local official said)
            if subject in ("ru_military", "ua_military") and cue.BARE_MEN.match(right) and (local or self.last_subject in ("civilians", "children")) \
                    and not (cue.SIDE_ARMY.search(left) and _LOSS_VERB_ONLY.search(left)):
                subject = "civilians"  # "... killed five residents. Three men died in Bilopillia": men among the victims, not troops
            if frame is not None and frame.generic and subject in ("ru_military", "ua_military"):
                claimant = self.doc.ministry_of_side(claimant) or claimant
            if subcount and parent is not None and parent.metric == "armored_vehicles" and metric == "tanks":
                # "27 armored vehicles, including four tanks": the total counts tanks and other armour together
                out[out.index(parent)] = parent = replace(parent, metric="tanks_armored")
                previous[sentence.start] = parent
                if sentence.start in parts_list:
                    parts_list[sentence.start] = (parent, i)
            if (subcount or children_part) and parent is not None and how == "right" and parent.metric in cue.HUMAN_METRICS:
                found = first(lx.METRIC_RES, words(right, 9))
                if found is not None and re.search(r",\s*(?:and|while)\b", words(right, 9)[:found[1].start()]):
                    metric = parent.metric  # "killed 61 people, including seven children, and injured 121": the children were killed
                elif found is not None and i + 1 < len(self.numbers) and self.numbers[i + 1].start == n.end + len(right) \
                        and _VERB_OF_NEXT.fullmatch(right):
                    metric = parent.metric  # the same without the comma: "injured" governs 121
            own_window = subcount and parent is not None and parent.scope == "cumulative" and \
                cue.OWN_WINDOW.match(self.text, n.end, sentence.end) is not None
            if subcount and parent is not None and not own_window:
                if subject == parent.subject and (metric == parent.metric or metric == "casualties" and parent.metric in cue.HUMAN_METRICS
                                                  or metric == "armored_vehicles" and parent.metric == "tanks_armored"):
                    # officers among the dead: a sub-count inside a labelled total ("Casualties included six media
                    # workers" after the killed and injured: a part of the people the toll counts)
                    if not continued:
                        continue
                    late_parts.add(n.start)
                if how == "none" and metric in cue.HUMAN_METRICS and parent.metric in cue.HUMAN_METRICS and not victims_of_both:
                    metric = parent.metric
            clause_end = sentence.end
            # (a participle that adds another statement ends the figure's clause: "... 15,779 injured as of July 2, adding
            # that a missile strike on Kramatorsk killed 13")
            added = _ADDED_STATEMENT.search(self.text, n.end, sentence.end)
            if added is not None:
                clause_end = added.start()
            if i + 1 < len(self.numbers) and self.numbers[i + 1].start < sentence.end and i not in parts \
                    and cue.AFTER_SUBCOUNT.match(self.text[self.numbers[i + 1].end:sentence.end]):
                clause_end = self.numbers[i + 1].start  # "38 drones overnight, 20 of them over Bryansk": the part's place is not the total's
            # (a part named before its total reads the total's clause: "65 POWs were among 74 people killed when a plane crashed")
            around_end = clause_end if among_total else min(clause_end, n.end + 80)
            if how == "right" and not among_total:
                verb = _FAR_VERB.get(metric)
                far = verb.search(self.text, n.end, clause_end) if verb is not None else None
                if far is not None and far.start() > n.end + 40:
                    around_end = min(clause_end, max(around_end, far.end() + 50))  # "1,730 servicemen ... have surrendered at the Azovstal plant"
            around_end += _WORD_REST.match(self.text, around_end, clause_end).end() - around_end  # a word cut at the end ("on Mon|day") is read whole
            around = self.text[max(sentence.start, n.start - 60):around_end]
            # a place is read up to the next figure: "lost 4,855 over the week, the most - 1,490 - in the Donetsk area"
            # puts only the 1,490 in a place (one after a coordination reaches back in _coordinated_share_place)
            # (not a length of time: "during its eight-month incursion into the Kursk region" is the figure's own place)
            aside = _PART_ASIDE_AFTER.match(self.text, n.end, clause_end)  # (a part in an aside shares the place after it)
            following = next((k for k in self.numbers[i + 1:] if not _SPAN_OF_TIME.match(self.text, k.end)
                              and not (aside is not None and k.start < aside.end())), None)
            next_start = following.start if following is not None and i not in parts and not among_total else clause_end
            around_start = max(sentence.start, n.start - 60)
            place_end = max(0, min(clause_end, around_start + len(around), max(next_start, n.end)) - around_start)
            if own_window:  # "215,000 since the start of the war, including 740 over the past day": that day's figure
                scope, day = "period", self.as_of(n, sentence, frame.day if frame else None)
            elif subcount and parent is not None and not continued:
                scope, day = parent.scope, parent.as_of  # "including 13 children" shares its total's window
            elif self.last_claim is not None and (cue.OTHERS.match(right) or _FURTHER_BEFORE.search(left)) \
                    and (parent is None and self._names_no_place_or_window(sentence) or parent is not None and parent.scope == "event") \
                    and not (parent is None and self._dated_window_opening(sentence, n.start)):
                # (not "Over the past day, June 13, Ukraine's forces killed about 980 more": a day of its own)
                # ("the missile killed four servicemen and wounded at least eight others on Monday": the same strike)
                # "At least 60 others were injured.": the same incident as the figure before
                scope, day = self.last_claim.scope, self.last_claim.as_of
                if _FURTHER_BEFORE.search(left) and not cue.OTHERS.match(right) \
                        and any(sentence.start <= d.start < sentence.end for d in self.doc.dates):
                    # ("On May 3, the occupiers lost a further 1,060 troops": the day the sentence names)
                    day = self.as_of(n, sentence, frame.day if frame else None, scope)
            elif metric not in cue.HUMAN_METRICS:  # a list of equipment shares the window its sentence states
                # (not the window or place of a part named in an aside: "36,000 troops in total, including 150 in the past
                # day, along with 1,584 tanks"; "49 drones during the night, including 24 over the Bryansk region")
                listed = _blank_other_parts(self.text[sentence.start:clause_end], n.start - sentence.start)
                scope = self.scope_of(listed, listed, subject, n.start - sentence.start, figure_len=n.end - n.start)
                day = self.as_of(n, sentence, frame.day if frame else None, scope)
            else:
                scope = self.scope_of(self.text[sentence.start:clause_end] if added is not None else s_text, around, subject,
                                      n.start - max(sentence.start, n.start - 60), local, place_end, n.end - n.start)
                day = self.as_of(n, sentence, frame.day if frame else None, scope)
            # (a toll that "rose to" a figure on a named day still counts the attack told before: "A missile hit a restaurant
            # in Kramatorsk on Tuesday. The death toll rose to 11 on Wednesday")
            if not subcount and (self._unmarked(sentence) or scope == "cumulative" and subject in ("civilians", "children")
                                 and cue.RISEN.search(s_text)):
                scope, day = self._scope_from_neighbours(sentence, claimant, subject, n, scope, day)
            if scope == "cumulative" and subject in ("civilians", "children") and self.last_claim is not None \
                    and self.last_claim.scope == "event" and self.last_claim.subject in ("civilians", "children") \
                    and self.last_claim.evidence_start >= self._previous_sentence_start(sentence) \
                    and _THE_TOLL_RISEN.search(self.text, sentence.start, n.start) and not lx.CUMULATIVE.search(s_text):
                scope = "event"  # "... a strike on a station killed 22 people. On Thursday the toll rose to 25": that strike's toll
            if scope == "cumulative" and metric in ("uav", "cruise_missiles") and not lx.CUMULATIVE.search(s_text) \
                    and (_LAUNCHED.search(s_text) or _N_OF_M.search(s_text) or _ONE_ATTACK.search(s_text) or self._attack_told_before(sentence)):
                # ("Russia launched 78 missiles and 106 drones on Wednesday. Air defences shot down 59 missiles and 54 drones")
                # (or "shot down 21 of 23 cruise missiles": so many of those one attack sent)
                scope = "event"  # "attacked with 40 drones, 35 of which were shot down": one attack's count, not the war's
            if earlier_value:
                scope = earlier_of.scope  # the same total as it stood earlier: "500,000 in February" is February's total
            if scope == "cumulative" and n.value == 1 and metric not in cue.HUMAN_METRICS and not _HAS_DIGIT.search(self.text, n.start, n.end) \
                    and not lx.CUMULATIVE.search(s_text) and not any(sentence.start <= m.start < sentence.end and m is not n for m in self.numbers) \
                    and not _HAS_LOST_END.search(left):  # ("the fleet has lost one landing ship": its losses so far)
                scope = "event"  # "it had shot down a Ukrainian MiG-29": one machine lost is one incident, not the war's total
            if changed_to and scope == "period" and not lx.PERIOD.search(self.text, n.end, clause_end):
                scope = "cumulative"  # (the window is the change's)
            running_to = cue.RUNNING_TOTAL_TO.search(left) if scope == "period" else None
            if running_to is not None and subject in ("ru_military", "ua_military") and not lx.PERIOD.search(self.text, n.end, clause_end) \
                    and not lx.PERIOD.search(running_to.group()):  # (but "bringing its monthly total for July to 36,090": the month's)
                # "lost 500 soldiers over the day, bringing its losses to 300,000": the day's window is the first figure's
                scope = "cumulative"
            if parent is not None and scope == "cumulative" and parent.scope == "period" and not subcount and i > 0 \
                    and self.numbers[i - 1].start == parent.evidence_start and not lx.CUMULATIVE.search(s_text) \
                    and (cue.AND_JOINED.fullmatch(self.text, self.numbers[i - 1].end, n.start)
                         or cue.NOTHING_AFTER.match(right) and cue.PARALLEL_LOSS.search(self.text, self.numbers[i - 1].end, n.start)):
                # ("Kyiv says Moscow lost 1,000 troops on Tuesday alone; Moscow says Kyiv lost 400.": the parallel clause's day)
                scope, day = parent.scope, parent.as_of  # "In that month, it recorded 158 killed and 569 injured": one window for both
            if parent is not None and scope == "period" and parent.scope == "event" and subject in ("civilians", "children") \
                    and parent.subject in ("civilians", "children") and i > 0 and self.numbers[i - 1].start == parent.evidence_start \
                    and cue.AND_JOINED.fullmatch(self.text, self.numbers[i - 1].end, n.start):
                # "Four people were killed and 12 injured when drones hit Kharkiv overnight": one attack's pair, one event
                scope = "event"
            if parent is not None and scope == "cumulative" and parent.scope == "event" and subject == parent.subject \
                    and _AND_THAT_NEXT.fullmatch(self.text, parent.evidence_end, n.start):
                # "claimed that 4,000 troops had been killed in Mariupol, and that 1,464 had surrendered": the same place
                scope = "event"
            if parent is not None and scope == "cumulative" and parent.scope != "cumulative" \
                    and ":" in self.text[sentence.start:n.start] and ";" not in self.text[parent.evidence_end:n.start]:
                # (not past a semicolon: "... war live: Russian strike on Odesa kills four; Zelensky says 31,000 ...")
                scope, day = parent.scope, parent.as_of  # "In May, OHCHR recorded 583 civilian casualties: 178 killed and 405 injured"
            if scope == "cumulative" and _PUT_THE_NUMBER.search(left[-60:]) \
                    and _OPERATION_NAMED.search(self.text, self._previous_sentence_start(sentence), sentence.start):
                # "the offensive had also cost Russia 'thousands' of casualties. Ukrainian officials put the number at more
                # than 5,000": the number of that operation's losses
                scope = "event"
            if scope == "cumulative" and _IN_IT_AFTER.match(self.text, n.end) \
                    and _OPERATION_NAMED.search(self.text, self._previous_sentence_start(sentence), n.start):
                scope = "period"  # "Ukraine's counteroffensive had failed ... Kyiv had lost 125,000 troops in it": that window
            if scope == "cumulative" and _OPERATION_WITH_LOSSES.search(self.text, sentence.start, n.start):
                scope = "period"  # "the counteroffensive has failed, with Ukraine suffering casualties of more than 90,000": its window
            # (the phrase of this figure's clause, and a sentence before: "rose by 1,020 over the past 24 hours to 305,010,
            # adding that 12 tanks had been knocked out in the same period" is the day's window, told in the sentence itself)
            same_period = _SAME_PERIOD.search(s_text)
            if same_period and sentence.start + same_period.start() > n.end \
                    and _CLAUSE_COMMA.search(self.text, n.end, sentence.start + same_period.start()) \
                    and any(n.end < m.start < sentence.start + same_period.start() for m in self.numbers):
                same_period = None  # (another figure's clause: not "198,000 killed and 550,000 wounded over the same period")
            if scope == "period" and self.last_claim is not None and self.last_claim.scope in ("event", "cumulative") \
                    and same_period and self.last_claim.evidence_start >= self._previous_sentence_start(sentence) \
                    and not lx.PERIOD.search(s_text, 0, same_period.start()):  # (not the window the sentence itself named before)
                # "Russia's losses in the Kursk region: 20,842 ... During the same period, Ukraine destroyed 54 tanks": the
                # same operation's count; "43,000 killed since the full-scale invasion. ... Russia had lost 198,000 over the
                # same period": the whole war
                scope = self.last_claim.scope
            if scope == "cumulative" and subject in ("civilians", "children") and self._sums_the_incident_before(sentence):
                scope = "event"  # "The toll of the strike on Lviv has risen to 10. ... In total, 37 people were injured": that strike's
            if scope == "cumulative" and cue.SINCE_THEN.search(self.text, max(sentence.start, n.start - 80), n.start) \
                    and not cue.WAR_BEGAN.search(self._previous_sentence_text(sentence)):
                scope = "period"  # "The counteroffensive began on June 4. Since then, Ukraine has lost 13,000": that window
            if scope == "cumulative" and subject in ("ru_military", "ua_military") and (
                    cue.LOST_ON_DAY.match(self.text, n.end)
                    or cue.SIMPLE_PAST_LOST.search(left) and cue.ON_A_DAY.match(self.text, n.end)):
                scope = "period"  # "690 occupiers were liquidated on Wednesday": that day's figure, not a total
            total = parent if subcount or children_part else self._total_of_previous_sentence(sentence) if cue.OF_THOSE.match(s_text) else None
            if total is not None and scope == total.scope and total.evidence_start < sentence.start \
                    and not any(sentence.start <= d.start < sentence.end for d in self.doc.dates):
                day = total.as_of  # "... confirmed 8,231 civilian deaths, it said on Monday. ... Of the dead, 487 were children": that day's
            claim = Claim(
                claimant=claimant, subject=subject, metric=metric, value=n.value, value_low=n.low, value_high=n.high,
                qualifier=n.qualifier, scope=scope, as_of=min(day, self.published),
                evidence_start=n.start, evidence_end=self._evidence_end(self.numbers[i + 1] if i in parts else n, right), extractor=EXTRACTOR,
            )
            out.append(claim)
            if subject == "all_military" and _EACH_SIDE.search(self.text, max(sentence.start, n.start - 60), min(sentence.end, n.end + 60)):
                # "each army had lost over 90,000 men": one figure for each army, not for both together
                out[-1] = claim = replace(claim, subject="ru_military")
                out.append(replace(claim, subject="ua_military"))
                self.strength.append(2 if attribution is not None else 1 if frame is not None else 0)
            if subcount and parent is not None and not own_window:
                shares_scope.append((claim, parent))
            self.strength.append(2 if attribution is not None else 1 if frame is not None else 0)
            # ("A, including B children, were killed and C injured": C belongs to A, not to B; but a kind of machine inside a
            # total is the whole its own parts are of: "These include 1,731 tanks, of which 1,004 were destroyed")
            # (nor are the children inside a total: "10,582 civilians have been killed, 587 of them children, and 19,875 injured")
            if not subcount and not children_part \
                    or parent is not None and claim.metric != parent.metric and not {claim.metric, parent.metric} & cue.HUMAN_METRICS:
                previous[sentence.start] = claim
                self.last_subject = claim.subject
                self.last_claim = claim
        headline = self.doc.sentences[0] if self.doc.sentences else None
        if self.headline_at:
            headline = self.doc.sentence_at(self.headline_at)  # the title's line, below page furniture
        elif headline is not None and len(self.doc.sentences) > 1 and _FURNITURE_LINE.fullmatch(self.text, headline.start, headline.end) \
                and "\n" in self.text[headline.end:headline.end + 2]:
            headline = self.doc.sentences[1]  # "News\n\nGeneral Staff: Russia lost 1 060 soldiers ...": a section label first
        headline_end = headline.end if headline is not None and "\n" in self.text[headline.end:headline.end + 2] else 0
        # (the parts that add up first: one part dropped as a region's share would leave the others short of the total)
        out, strength = self._drop_parts_that_add_up(out, self.strength)
        out, strength = self._drop_regional_shares(out, strength)
        out = self._respective_owners(out)
        settled = self._parts_share_their_total(self._coordinated_share_window(self._coordinated_share_place(out)))
        out = self._parts_follow_their_total(out, settled, shares_scope)
        if late_parts:
            keep = [c.evidence_start not in late_parts for c in out]
            out = [c for c, k in zip(out, keep, strict=True) if k]
            strength = [st for st, k in zip(strength, keep, strict=True) if k]
        out = self._headline_speaks_with_the_body(out, strength, headline_end)
        return merge_restatements(out, strength, headline_end=headline_end, places=[self._event_place(c) for c in out],
                                  items=[self.doc.list_item(self.doc.sentence_at(c.evidence_start)) for c in out],
                                  sentences=[self.doc.sentence_at(c.evidence_start).start for c in out])

    @staticmethod
    def _parts_follow_their_total(before: list[Claim], after: list[Claim], shares_scope: list[tuple[Claim, Claim]]) -> list[Claim]:
        """A total whose scope was settled after its sentence was read ("11 people, including five children, and injured
        30" in one attack) takes its parts with it."""
        index = {id(c): i for i, c in enumerate(before)}
        out = list(after)
        for part, total in shares_scope:
            i, j = index.get(id(total)), index.get(id(part))
            if i is None or j is None or after[i].scope == total.scope or out[j].scope != total.scope:
                continue
            out[j] = replace(out[j], scope=after[i].scope, as_of=after[i].as_of)
        return out

    @staticmethod
    def _headline_speaks_with_the_body(claims: list[Claim], strength: list[int], headline_end: int) -> list[Claim]:
        """"Ukraine's Armed Forces kill another 620 invaders" over a body in which only the General Staff speaks about
        those losses: the headline's unattributed figure is that speaker's."""
        body = {c.claimant for c, st in zip(claims, strength, strict=True) if c.evidence_start >= headline_end and st > 0}
        if len(body) != 1:
            return claims
        speaker = body.pop()
        subjects = {c.subject for c in claims if c.evidence_start >= headline_end and c.claimant == speaker}
        return [replace(c, claimant=speaker) if c.evidence_start < headline_end and c.claimant == "other" and c.subject in subjects else c
                for c in claims]

    def _killed_and_wounded(self, total: Claim) -> bool:
        """Whether the sentence of `total` gives its speaker's killed and wounded of its subject side by side."""
        told = self.doc.sentence_at(total.evidence_start)
        return {"killed", "wounded"} <= {c.metric for c in self.found if told.start <= c.evidence_start < told.end
                                         and (c.claimant, c.subject) == (total.claimant, total.subject)}

    def _list_heading_side(self, sentence) -> str | None:
        """The army a list's heading names ("Ukrainian losses, according to the same officials:"), for an item of the
        list ("Killed: nearly 70,000") that names none; read back over the list's items to the line ending on a colon."""
        index = self.doc.index_of(sentence)
        for earlier in reversed(self.doc.sentences[max(0, index - 12):index]):
            line = self.text[earlier.start:earlier.end].rstrip()
            if line.endswith(":"):
                owners = list(cue.SIDE_LOSSES.finditer(line))
                if not owners:
                    return None
                return _army_named(owners[-1].group(1))
            if not _LIST_ITEM_LINE.match(line):
                return None
        return None

    def _event_place(self, claim: Claim) -> str | None:
        """The place an event figure is tied to: the first place after it up to the next figure, else the last one before
        it in its sentence. Two strikes with the same toll in two towns are two events, not one restated."""
        if claim.scope != "event":
            return None
        sentence = self.doc.sentence_at(claim.evidence_start)
        stop = next((n.start for n in self.numbers if n.start >= claim.evidence_end), sentence.end)
        after = cue.place_in(self.text[claim.evidence_start:min(stop, sentence.end)])
        if after is None:
            after = max(cue.PLACE.finditer(self.text, sentence.start, claim.evidence_start), key=lambda m: m.start(), default=None)
        # (a capital that only opens the sentence names nothing: "The city council of Mariupol said ...")
        names = [x for x in re.findall(r"[A-Z][\w\u0400-\u04FF-]{2,}", after.group())
                 if x not in ("Ukrainian", "Russian", "The", "This", "That", "These", "Those", "Its", "Their", "Near")] \
            if after is not None else []
        if after is not None and not names:  # "the southern Ukrainian region of Zaporizhia": the name after the noun
            named = _REGION_OF.search(self.text, after.start(), sentence.end)
            names = [named.group(1)] if named else []
        return names[0] if names else None

    def _total_of_previous_sentence(self, sentence) -> Claim | None:
        last = self.last_claim
        index = self.doc.index_of(sentence)
        if last is None or index == 0:
            return None
        before = self.doc.sentences[index - 1]
        # (over sentences that state no figure: "... 1,119 civilian deaths ... The agency said most were caused by
        # shelling. It said actual figures are higher. Of those killed, 224 were men")
        k = index - 1
        while k > max(0, index - 3) and not any(before.start <= n.start < before.end for n in self.numbers):
            k -= 1
            before = self.doc.sentences[k]
        if not before.start <= last.evidence_start < before.end:
            return None
        # "497 civilian casualties: 154 killed and 343 injured. Among them were 22 children": "them" is the total the
        # parts add up to, not the last part
        group = [c for c in self.found if before.start <= c.evidence_start < before.end and c.value
                 and (c.claimant, c.subject) == (last.claimant, last.subject) and c.metric in cue.HUMAN_METRICS]
        for k, total in enumerate(group):
            parts = group[k + 1:]
            if len(parts) >= 2 and sum(p.value for p in parts) == total.value and total.metric not in {p.metric for p in parts}:
                return total
        return last

    def _parts_share_their_total(self, claims: list[Claim]) -> list[Claim]:
        """"... 12,400 Russian soldiers in the Kursk region. 4,100 were killed, 7,900 wounded and 400 captured since
        August 6": figures of other metrics that add up exactly to a total just before them (same sentence or the
        one before, same claimant and subject) are its parts, and hold for its place or window and day."""
        out = list(claims)
        for j, total in enumerate(claims):
            if total.metric not in cue.HUMAN_METRICS or not total.value:
                continue
            sentence = self.doc.sentence_at(total.evidence_start)
            index = self.doc.index_of(sentence)
            after = self._next_index(index)
            reach = self.doc.sentences[after].end if after < len(self.doc.sentences) else sentence.end
            parts = [k for k in range(j + 1, len(claims)) if claims[k].evidence_start < reach
                     and (claims[k].claimant, claims[k].subject) == (total.claimant, total.subject)
                     and claims[k].metric in cue.HUMAN_METRICS and claims[k].metric != total.metric and claims[k].value]
            metrics = [claims[k].metric for k in parts]
            if len(parts) >= 2 and len(set(metrics)) == len(metrics) and sum(claims[k].value for k in parts) == total.value:
                for k in parts:
                    out[k] = replace(out[k], scope=total.scope, as_of=total.as_of)
        return out

    def _coordinated_share_place(self, claims: list[Claim]) -> list[Claim]:
        """"lost 310 servicemen and 14 armoured vehicles, including two tanks, in the Kupiansk area": a place after a
        coordination holds for each of its figures (the window read around a figure of people is narrower than the
        sentence a list reads), unless the sentence states a total or a window or place stands between them. A window
        the figures share does not stop it: a total tied to one place is an event even over a stated window (LABELING)."""
        out = list(claims)
        for j, c in enumerate(claims):
            if c.scope != "event":
                continue
            sentence = self.doc.sentence_at(c.evidence_start)
            # (a summing word states no total of the war: "In total, Ukraine has lost 12,000 troops and 100 tanks in the region";
            # nor a start tied to the place: "since the start of the fighting in the Kursk Region")
            if self._states_a_war_total(sentence):
                continue
            for k, e in enumerate(claims[:j]):
                if e.scope not in ("cumulative", "period") or (e.claimant, e.subject) != (c.claimant, c.subject) or e.evidence_start < sentence.start:
                    continue
                gap = self.text[e.evidence_start:c.evidence_start]
                if cue.COORDINATED_GAP.fullmatch(gap) and not (cue.PLACE.search(gap) or lx.PERIOD.search(gap) or cue.INCIDENT.search(gap)
                                                               or _ADDED_STATEMENT.search(gap)):
                    out[k] = replace(out[k], scope="event")
        # ("lost 76,000 servicemen and 4,500 pieces of equipment in the Kursk region": the same when the figure the
        # place follows is no claim of its own)
        for k, e in enumerate(out):
            if e.scope in ("cumulative", "period") and e.value is not None:
                place_after = self._place_after_an_unclaimed_figure(e, claims)
                if place_after:
                    out[k] = replace(e, scope="event")
        return out

    def _place_after_an_unclaimed_figure(self, claim: Claim, claims: list[Claim]) -> bool:
        """Whether "and" joins the figure of `claim` to a figure that is no claim, whose short noun phrase a place ends."""
        sentence = self.doc.sentence_at(claim.evidence_start)
        following = next((n for n in self.numbers if claim.evidence_end <= n.start < sentence.end), None)
        # (the claim's evidence may end on the "and")
        if following is None or not _AND_BEFORE_NEXT.search(self.text, claim.evidence_start, following.start) \
                or any(c.evidence_start <= following.start < c.evidence_end for c in claims) or self._states_a_war_total(sentence):
            return False
        between = self.text[claim.evidence_start:following.start]
        if lx.PERIOD.search(between) or cue.PLACE.search(between) or cue.INCIDENT.search(between):
            return False  # ("lost 76,000 servicemen since August and ...": the first figure has a window of its own)
        tail = self.text[following.end:sentence.end]
        place = cue.place_in(tail)
        if place is None:
            return False
        phrase = tail[:place.start()]
        return len(phrase.split()) <= 5 and not re.search(r"[,;:()]", phrase) and not lx.PERIOD.search(phrase) \
            and not cue.INCIDENT.search(phrase)

    def _states_a_war_total(self, sentence) -> bool:
        """A cue of the whole war not tied to a place: a summing word is none; nor is a start tied to the place after it
        ("since the start of the fighting in the Kursk Region") or right before it ("in the Kursk direction since the
        start of the fighting", whose "of the fighting" continues the same cue)."""
        tied_end = -1
        for hit in lx.CUMULATIVE.finditer(self.text, sentence.start, sentence.end):
            if cue.SUMMING_WORD.fullmatch(hit.group()):
                continue
            if cue.place_in(self.text[hit.end():min(sentence.end, hit.end() + 45)]) or 0 <= hit.start() - tied_end <= 1 \
                    or self._place_right_before(max(sentence.start, hit.start() - 45), hit.start()):
                tied_end = hit.end()
                continue
            return True
        return False

    def _rate_before(self, left: str, figure_start: int, figure_end: int, sentence_end: int) -> bool:
        """A rate in the last words before the figure ("losing every day 100 soldiers"); not the rate of the figure before
        it, closed by a comma ("The figure, an average of about 1,170 a day, compares with 253,000")."""
        window = words(_AND_SPLIT.split(cue.CLAUSE_BREAK.split(left)[-1])[-1], 4, from_end=True)
        rate = lx.RATE.search(window)
        if rate is None:
            return False
        joined = _CLAUSE_JOIN.search(window, rate.end())
        if joined is not None and (joined.group("that") or _OWN_VERB_AFTER.match(self.text, figure_end, sentence_end)):
            return False  # (a clause of its own after the rate: "loses 500 every day, and that 300,000 have been killed";
            # not "were being killed every day, and about 500 wounded", which shares it)
        after_a_figure = self.text[figure_start - len(left) - 1:figure_start - len(left)].isdigit()
        return not (after_a_figure and left.lstrip().startswith(rate.group()) and "," in left.lstrip()[len(rate.group()):])

    def respectively(self, sentence) -> bool:
        return _RESPECTIVELY.search(self.text, sentence.start, sentence.end) is not None

    def _respective_owners(self, claims: list[Claim]) -> list[Claim]:
        """"Russia and Ukraine have lost 120,000 and 70,000 soldiers respectively", "The UN and Kyiv put civilian deaths
        at 9,000 and 10,500 respectively": the figures of a list go, in order, to the sides or the sources named before
        them in a list of as many."""
        out = list(claims)
        for sentence in self.doc.sentences:
            if not self.respectively(sentence):
                continue
            run = [k for k, c in enumerate(out) if sentence.start <= c.evidence_start < sentence.end]
            # (the figures of one coordination: nothing but commas and "and" between them)
            run = [k for j, k in enumerate(run) if j == 0 or _BARE_COORDINATION.fullmatch(self.text, out[run[j - 1]].evidence_end, out[k].evidence_start)
                   or _BARE_COORDINATION.fullmatch(self.text, self._figure_end(out[run[j - 1]]), out[k].evidence_start)]
            if len(run) < 2:
                continue
            before = self.text[sentence.start:out[run[0]].evidence_start]
            sides = _SIDE_LIST.search(before)
            if sides is not None and all(out[k].subject in ("ru_military", "ua_military") for k in run):
                named = [w for w in re.split(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*", sides.group().strip()) if w]
                if len(named) == len(run):
                    for k, side in zip(run, named, strict=True):
                        out[k] = replace(out[k], subject=_army_named(side))
            sources = [m for m in self.doc.mentions if sentence.start <= m.start and m.end <= out[run[0]].evidence_start]
            if len(sources) == len(run) and all(_SOURCE_JOIN.fullmatch(self.text, a.end, b.start) for a, b in zip(sources, sources[1:], strict=False)):
                for k, source in zip(run, sources, strict=True):
                    out[k] = replace(out[k], claimant=source.claimant)
        return out

    def _figure_end(self, claim: Claim) -> int:
        """Where the digits of a claim's figure end (its evidence may run on past them)."""
        return next((n.end for n in self.numbers if n.start == claim.evidence_start), claim.evidence_end)

    def _daily_losses_rate(self, left: str, sentence) -> bool:
        """"put Russia's daily losses at 1,000 to 1,200 in recent weeks": losses per day with no one day named are a
        rate (LABELING: no claim); "daily losses reached a record 1,740 on Monday" names the day they are that day's."""
        if _DAILY_LOSSES.search(cue.CLAUSE_BREAK.split(left)[-1][-60:]) is None:
            return False
        return not (_ONE_DAY.search(self.text, sentence.start, sentence.end)
                    or any(sentence.start <= d.start < sentence.end and not d.window for d in self.doc.dates))

    def _joined_to_a_rate(self, i: int, sentence) -> bool:
        """"between 60 and 100 soldiers were being killed every day, with around 500 wounded": a figure joined by "with" or
        "and" to a figure whose clause states a rate shares that rate."""
        if i == 0 or self.numbers[i - 1].start < sentence.start:
            return False
        gap = self.text[self.numbers[i - 1].end:self.numbers[i].start]
        joined = _RATE_JOIN.search(gap)
        # (not a clause of its own: "..., and 300,000 Russian troops have been killed since the invasion")
        own_verb = _OWN_VERB_AFTER.match(self.text, self.numbers[i].end, sentence.end)
        return joined is not None and own_verb is None and lx.RATE.search(gap, 0, joined.start()) is not None

    def _place_right_before(self, start: int, end: int) -> bool:
        """A place ends right at `end` ("in the Kursk direction| since ...", "in Kursk| region since")."""
        return any(_PLACE_TAIL.fullmatch(self.text, m.end() + start, end) for m in cue.PLACE.finditer(self.text[start:end]))

    def _coordinated_share_window(self, claims: list[Claim]) -> list[Claim]:
        """"between 1 June and 31 August, at least 512 civilians were killed and a further 2,104 injured": the second
        figure of a coordination is read in a narrower window that may not reach the stated one; it shares its partner's
        window unless the sentence states a total of the war or something stands between them."""
        out = list(claims)
        for j, c in enumerate(claims[1:], start=1):
            e = out[j - 1]
            if c.scope != "cumulative" or e.scope != "period" or (e.claimant, e.subject) != (c.claimant, c.subject) \
                    or e.metric == c.metric or e.evidence_start >= c.evidence_start:
                continue
            sentence = self.doc.sentence_at(c.evidence_start)
            if e.evidence_start < sentence.start or lx.CUMULATIVE.search(self.text, sentence.start, sentence.end):
                continue
            gap = self.text[e.evidence_start:c.evidence_start]  # (an evidence span may run up to the next figure)
            if len(gap) <= 80 and cue.COORDINATED_GAP.fullmatch(gap) and re.search(r"\band\b", gap) \
                    and not (cue.PLACE.search(gap) or lx.PERIOD.search(gap) or _ANOTHER_FIGURE.search(gap)):
                out[j] = replace(c, scope=e.scope, as_of=e.as_of)
        return out

    def _only_children_in_parentheses(self, i: int) -> bool:
        """"(two of them children)", "(29 men, 21 women and 1 girl)": one children figure in the aside is a subject of
        its own; an aside that splits the children ("3 boys and 2 girls") is a breakdown."""
        n = self.numbers[i]
        opened = self.text.rfind("(", 0, n.start)
        closed = self.text.find(")", n.end)
        closed = len(self.text) if closed < 0 else closed
        return sum(1 for m in self.numbers if opened < m.start < closed
                   and (lx.SUBJECT_RES["children"].match(self.text[m.end:m.end + 30].lstrip())
                        or cue.OF_THEM_CHILDREN.match(self.text[m.end:closed]))) == 1

    def _names_no_place_or_window(self, sentence) -> bool:
        """"694 more fighters had surrendered at the Azovstal plant over the past day": a sentence that names its own place or
        window does not go on with the figure before (a day alone, "On August 1, ... another 1,100", does)."""
        text = self.text[sentence.start:sentence.end]
        return not (lx.PERIOD.search(text) or cue.place_in(text) or cue.LOCAL.search(text))

    def _unmarked(self, sentence) -> bool:
        """The sentence itself states no window, place, total or day."""
        if sentence.start not in self._unmarked_cache:
            self._unmarked_cache[sentence.start] = self._states_nothing(sentence)
        return self._unmarked_cache[sentence.start]

    @staticmethod
    def _in_relative_aside(sentence: str, start: int, end: int, figure_at: int) -> bool:
        """A time at start..end inside a relative clause on a noun, which the figure at `figure_at` is outside of."""
        opening = _RELATIVE_OPENING.search(sentence, 0, start)
        if opening is None:
            return False
        close = _RELATIVE_CLOSE.match(sentence, end)
        return close is not None and not opening.start() <= figure_at < close.end()

    def _in_an_aside(self, sentence: str, start: int, end: int, figure_at: int) -> bool:
        """A window at start..end that belongs to an aside on a noun (a relative clause, or one on the speaker), not to
        the figure at `figure_at`."""
        if self._in_relative_aside(sentence, start, end, figure_at):
            return True
        if _SPEAKER_ASIDE_BEFORE.fullmatch(sentence, 0, start) is None:
            return False
        after = _SPEAKER_ASIDE_AFTER.match(sentence, end)
        return after is not None and lx.SPEECH.match(sentence, after.end()) is not None

    def _states_nothing(self, sentence) -> bool:
        text = self.text[sentence.start:sentence.end]
        # ("a total of 54 surrendered": a sum, which states no window of its own)
        totals = [m for m in lx.CUMULATIVE.finditer(text) if not (m.group().lower() == "total" and text[max(0, m.start() - 2):m.start()].lower() == "a "
                                                                   and text.startswith(" of", m.end()))]
        # (a day that dates the statement dates no figure: "The toll climbed to 17, officials said Tuesday")
        return not (lx.PERIOD.search(text) or totals or cue.place_in(text) or cue.LOCAL.search(text)
                    or any(sentence.start <= d.start < sentence.end and not _SPEECH_DAY.search(self.text, max(sentence.start, d.start - 14), d.start)
                           for d in self.doc.dates))

    def _scope_from_neighbours(self, sentence, claimant: str, subject: str, n: Number, scope: str, day: date) -> tuple[str, date]:
        """A sentence that states no scope continues the one before it (same speaker, within two sentences): its
        window ("Over the past day, the enemy lost 1,990 soldiers. ... 29 artillery systems were also destroyed.")
        or its place ("... in Kursk Oblast. In all, 6,000 Russian troops died there"); and a small civilian
        toll in a report of an attack belongs to that attack."""
        index = self.doc.index_of(sentence)
        before = self._previous_index(index) if index else None
        previous = self.doc.sentences[before] if index else None
        last = self.last_claim
        # (one sentence may name the source between them)
        earlier = self.doc.sentences[max(0, self._previous_index(before)) if before else 0] if index else None
        # a day's part of a total ("This number includes 1,140 casualties ... over the past day") sets no window for
        # what follows: the list after it continues the total
        part_of_total = last is not None and any(
            (k.claimant, k.subject, k.metric) == (last.claimant, last.subject, last.metric) and k.scope == "cumulative"
            and k.evidence_start < last.evidence_start and (k.value or 0) > (last.value or 0) for k in self.found)
        if earlier is not None and last is not None and last.scope in ("period", "event") and last.claimant == claimant \
                and earlier.start <= last.evidence_start < sentence.end and not part_of_total:
            return last.scope, last.as_of if last.scope == "period" else day
        # "... the enemy lost up to 150 troops over the past day. [a quoted paragraph] ... Ukraine's forces also lost
        # three combat armored vehicles": "also" goes on with the same speaker's report, however far back it began
        also = _ALSO_LOST.search(self.text, sentence.start, n.start)
        if last is not None and last.scope in ("period", "event") and last.claimant == claimant and not part_of_total and also:
            return last.scope, last.as_of if last.scope == "period" else day
        if also and last is not None and last.scope == "cumulative" and last.claimant == claimant and not also.group().lower().startswith("also lost") \
                and earlier is not None:
            # "Over the past day, defenders eliminated 490 invaders. Since the invasion, russia has lost 271,870. Our soldiers
            # also destroyed 6 tanks": an act, like the day's, not the running total's
            day_figures = [k for k in self.found if earlier.start <= k.evidence_start < last.evidence_start
                           and k.scope == "period" and k.claimant == claimant]
            if day_figures:
                return "period", day_figures[-1].as_of
        if previous is not None and last is not None and last.scope == "cumulative" and last.claimant == claimant \
                and previous.start <= last.evidence_start < previous.end:
            # "... eliminated 1,060 invaders over the past day, bringing the total to 223,830. The enemy also lost 9 tanks":
            # the running total closes the sentence of the day's figure, and the list after it goes on with that day
            day_figures = [k for k in self.found if previous.start <= k.evidence_start < last.evidence_start
                           and k.scope == "period" and k.claimant == claimant]
            if day_figures and cue.RUNNING_TOTAL.search(self.text, day_figures[-1].evidence_end, last.evidence_start):
                return "period", day_figures[-1].as_of
        # (a paragraph of that one sentence before counts too: short paragraphs are a house style, not a change of subject)
        lone = previous is not None and previous.paragraph == sentence.paragraph - 1 and (
            index < 2 or self.doc.sentences[index - 2].paragraph != previous.paragraph)
        if previous is not None and (previous.paragraph == sentence.paragraph or lone) and (last is None or last.evidence_start < previous.start):
            opening = cue.FRONTED_ADVERBIAL.match(self.text, previous.start, previous.end)
            if opening and cue.place_in(opening.group()) and (previous.frame is None or previous.frame.claimant == claimant):
                return "event", day  # "In the Kupyansk direction, our units repelled four attacks. The enemy lost up to 60 servicemen"
            repelled = cue.REPELLED.search(self.text, previous.start, previous.end)
            if repelled and cue.place_in(self.text[repelled.end():previous.end]) and (previous.frame is None or previous.frame.claimant == claimant):
                return "event", day  # "Its forces repelled 11 attacks near Bakhmut. It said Ukraine had lost up to 380 troops": there
        # (the sentence before may count the night's civilian victims: "fired 122 missiles and 36 drones overnight, killing 30
        # civilians. The air force said it had shot down 87 of the missiles and 27 of the drones")
        only_victims_before = previous is not None and all(
            k.subject in ("civilians", "children") for k in self.found if previous.start <= k.evidence_start < previous.end)
        if previous is not None and (last is None or last.evidence_start < previous.start or only_victims_before) and scope == "cumulative" \
                and subject in ("ru_military", "ua_military") and cue.NIGHT_OR_DAY.search(self.text, previous.start, previous.end):
            return "period", day  # "Russia fired 88 missiles and 63 drones overnight. Air defences shot down 55 drones": that night's
        month = MONTH_SUBJECT.search(self.text, previous.start, previous.end) if previous is not None and scope == "cumulative" else None
        if month and (last is None or last.evidence_start < previous.start):
            named = next((d for d in self.doc.dates if d.start == month.start() and d.window), None)
            if named is not None:  # "March was one of the deadliest months, Kyiv said. It said Russia lost 21,000 troops": March's
                return "period", named.day
        if subject in ("civilians", "children") and scope == "cumulative" and (n.value or n.high or 0) < 1000 \
                and not _TALLIED.search(self.text, sentence.start, sentence.end):
            # (not a tally of the war's dead: "The UN human rights office said it had recorded 726 civilian deaths")
            nearby = [self.doc.sentences[0]] + ([previous] if previous is not None else [])
            # (an attack or incident named, not a bare "alone": "In Mariupol alone, thousands died" is about the war)
            if any(any(m.group().lower() != "alone" for m in lx.EVENT.finditer(self.text, x.start, x.end))
                   and not lx.CUMULATIVE.search(self.text[x.start:x.end]) for x in nearby):
                return "event", day
        return scope, day

    def _drop_regional_shares(self, claims: list[Claim], strength: list[int]) -> tuple[list[Claim], list[int]]:
        """"440 casualties were recorded in Donetsk and Luhansk regions": a region's share of a total the
        same source gave before is not a claim of its own (LABELING.md)."""
        kept, kept_strength = [], []
        for c, st in zip(claims, strength, strict=True):
            sentence = self.doc.sentence_at(c.evidence_start)
            share = cue.REGIONAL_SHARE.search(self.text[sentence.start:sentence.end])
            larger_before = [k for k in kept if (k.claimant, k.subject, k.metric) == (c.claimant, c.subject, c.metric)
                             and k.evidence_start < c.evidence_start and (k.value or 0) > (c.value or 0)]
            if share and larger_before:
                continue
            if c.metric in cue.HUMAN_METRICS and larger_before and self._of_a_kind(c):
                continue  # "... 52,000 Russian dead. ... 3,100 officers died": the officers among them
            if c.metric in _AIR_TARGETS and larger_before and self._over_a_region(c, larger_before):
                continue  # "... destroyed 85 drones. Forty were shot down over the Voronezh Region, 20 over ...": a region's share
            # (where most of the totals fell: a breakdown of any of the speaker's earlier totals, whatever its metric)
            if cue.MOST_IN.search(self.text, sentence.start, sentence.end) and c.metric in cue.HUMAN_METRICS \
                    and any(k.claimant == c.claimant and k.evidence_start < sentence.start and k.scope == "cumulative" for k in kept):
                continue
            # "... downed 40 drones. It said 9 fell over the Kursk Region, 25 over the Bryansk Region, and
            # 6 over the Belgorod Region": the sentence's figures add up to the total before them
            figures = [n.value for n in self.numbers if sentence.start <= n.start < sentence.end and n.value] if larger_before else []
            if len(figures) >= 2 and any(sum(figures) == k.value for k in larger_before):
                continue
            # "killed 14 people, 3 in Kharkiv and 11 in Odesa": the figures after a total of its own sentence add up to it
            if any(sum(n.value or 0 for n in self.numbers if k.evidence_end <= n.start < sentence.end) == k.value
                   and sentence.start <= k.evidence_start for k in larger_before):
                continue
            kept.append(c)
            kept_strength.append(st)
        return kept, kept_strength

    def _of_a_kind(self, c: Claim) -> bool:
        """Whether the figure counts one kind of soldier (officers, generals, the mobilised, convicts): a part of the
        source's larger total of the same army's dead, not a claim of its own (LABELING: officers among the dead)."""
        figure = next((n for n in reversed(self.numbers) if c.evidence_start <= n.start < c.evidence_end and n.value == c.value), None)
        return figure is not None and c.subject in ("ru_military", "ua_military") and _KIND_OF_SOLDIER.match(self.text, figure.end) is not None

    def _over_a_region(self, c: Claim, larger_before: list[Claim]) -> bool:
        """Whether the figure is an air-defence report's count over one region ("11 over the Oryol Region", "9 UAVs - over
        the Black Sea") of a total the source gave in that sentence or the two before."""
        figure = next((n for n in reversed(self.numbers) if c.evidence_start <= n.start < c.evidence_end and n.value == c.value), None)
        if figure is None or not _OVER_A_REGION.match(self.text, figure.end):
            return False
        index = self.doc.index_of(self.doc.sentence_at(c.evidence_start))
        reach = self.doc.sentences[max(0, index - 2)].start
        return any(k.evidence_start >= reach for k in larger_before)

    def _drop_parts_that_add_up(self, claims: list[Claim], strength: list[int]) -> tuple[list[Claim], list[int]]:
        """"..., killing three people, the governor said. A man was killed in Kivsharivka. Two women died in Kupiansk.":
        figures of the same count that add up exactly to a total just before them (the next two sentences) are
        its shares by place, not claims of their own (LABELING: a region's share)."""
        dropped: set[int] = set()
        series = Counter((c.claimant, c.subject, c.metric) for c in claims)
        for j, total in enumerate(claims):
            if total.metric not in cue.HUMAN_METRICS or not total.value or j in dropped or series[(total.claimant, total.subject, total.metric)] < 3:
                continue
            index = self.doc.index_of(self.doc.sentence_at(total.evidence_start))
            first_after = self.doc.sentences[index + 1].start if index + 1 < len(self.doc.sentences) else None
            if first_after is None:
                continue
            # (a day's or a week's total over no one place, "up to 230 servicemen lost in one day in the zones of Battlegroups
            # North and Dnepr", is broken down further on, unit by unit; a place's toll within four sentences)
            reach = self.doc.sentences[min(index + (8 if total.scope == "period" else 4), len(self.doc.sentences) - 1)].end
            parts = [k for k in range(j + 1, len(claims)) if first_after <= claims[k].evidence_start < reach
                     and (claims[k].claimant, claims[k].subject, claims[k].metric) == (total.claimant, total.subject, total.metric)
                     and claims[k].value and claims[k].value < total.value]
            # (the parts in order up to the one that completes the total: a later figure is another report's)
            running, upto = 0, len(parts)
            for m, k in enumerate(parts):
                running += claims[k].value
                if running >= total.value:
                    upto = m + 1
                    break
            parts = parts[:upto]
            # (not when the parts name other regions' centres than the total's own place: "wounded two other men overnight,
            # governor of Dnipro said. ... one person was injured in Kharkiv ... a woman was injured in Zaporizhzhia")
            whole = self._event_place(total)
            elsewhere = [p for k in parts if (p := self._event_place(claims[k])) and p != whole and _REGION_CENTRE.fullmatch(p)]
            if len(parts) >= 2 and sum(claims[k].value for k in parts) == total.value and not (whole and elsewhere):
                dropped.update(parts)
        kept = [k for k in range(len(claims)) if k not in dropped]
        return [claims[k] for k in kept], [strength[k] for k in kept]

    def _previous_figure_sentence_start(self, sentence) -> int:
        """The start of the last sentence before this one that states a figure, over up to one sentence with none ("...
        700,000 killed and wounded. The Kremlin does not publish its losses. The UK's estimate is close to ...")."""
        index = self.doc.index_of(sentence)
        for before in reversed(self.doc.sentences[max(0, index - 2):index]):
            if any(before.start <= n.start < before.end for n in self.numbers):
                return before.start
        return self._previous_sentence_start(sentence)

    def _previous_index(self, index: int) -> int:
        """The sentence before, over one aside that tells nothing of the counts ("More details are expected later.",
        "Reuters could not verify the figures."): no figure, no date, no speaker named, no quote."""
        k = index - 1
        if k >= 1 and self._says_nothing(self.doc.sentences[k]):
            return k - 1
        return k

    def _next_index(self, index: int) -> int:
        """The sentence after, over one aside that tells nothing of the counts (as `_previous_index`)."""
        k = index + 1
        if k + 1 < len(self.doc.sentences) and self._says_nothing(self.doc.sentences[k]):
            return k + 1
        return k

    def _says_nothing(self, sentence) -> bool:
        if sentence.start not in self._nothing_cache:
            text = self.text[sentence.start:sentence.end]
            said = cue.DISCLAIMER.sub(lambda m: " " * len(m.group()), text)  # (what the disclaimer says names no speaker)
            self._nothing_cache[sentence.start] = len(text) < 160 and _WHOLE_SENTENCE.fullmatch(text) is not None and not re.search(r"\d|[\"“”«»]", text) \
                and not any(sentence.start <= m.start < sentence.end for m in self.doc.mentions) \
                and not any(sentence.start <= d.start < sentence.end for d in self.doc.dates) \
                and lx.PRONOUN.search(said) is None and lx.SPEECH.search(said) is None \
                and first(lx.METRIC_RES, text) is None and first(lx.EQUIPMENT_RES, text) is None \
                and not lx.PERIOD.search(text) and not lx.CUMULATIVE.search(text) and cue.place_in(text) is None
        return self._nothing_cache[sentence.start]

    def _previous_sentence_start(self, sentence) -> int:
        index = self.doc.index_of(sentence)
        return self.doc.sentences[self._previous_index(index)].start if index else sentence.start

    def _previous_sentence_text(self, sentence) -> str:
        index = self.doc.index_of(sentence)
        if index == 0:
            return ""
        before = self.doc.sentences[self._previous_index(index)]
        return self.text[before.start:before.end]

    def _default_subject(self, sentence: str, claimant: str, metric: str, local: bool = False, own_item: str | None = None) -> str:
        """`own_item`: the figure's item of a headline parted by semicolons, whose soldiers are its own ("Russian strike on
        Odesa kills four; Zelensky says 31,000 Ukrainian troops dead": the four are no soldiers)."""
        if metric in cue.HUMAN_METRICS:
            armies = _ARMY_WORDS.search(own_item if own_item is not None else sentence)
            loser = cue.LOSER.search(own_item if own_item is not None else sentence)
            if loser:  # "Russia has suffered 180,000 killed or wounded"
                return _army_named(loser.group(1))
            if re.search(r"\bcivilian|\bpeople\b|\bresidents\b", sentence, re.IGNORECASE) or claimant in cue.CIVILIAN_COUNTERS \
                    or local:  # a governor's or mayor's toll with no noun counts residents
                return "civilians"
            side = lx.SIDE.get(claimant)
            if armies and side and _TOLL_OR_COUNT.search(sentence) and not (lx.RU_MARK.search(armies_phrase := sentence[armies.start():]) and
                                                                              lx.UA_MARK.search(armies_phrase)):
                if _OWN_SOLDIERS.search(sentence):
                    return "ru_military" if side == "ru" else "ua_military"
                attacker = _SIDE_ATTACKED.search(sentence)
                if attacker is not None and not cue.NATION_RU.search(words(sentence[:armies.end()], 3, from_end=True)) \
                        and not cue.NATION_UA.search(words(sentence[:armies.end()], 3, from_end=True)):
                    return "ru_military" if attacker.group(1) == "Ukrainian" else "ua_military"
            if (any(m.group().lower() != "alone" for m in lx.EVENT.finditer(sentence)) or _DRONES_KILL.search(sentence)) and not armies:
                # "Russian rockets kill 15 in a housing block", "Russian drones kill four in Kharkiv" (not "In May alone they
                # lost 11,000")
                return "civilians"
            if not armies and _town_toll(sentence, placed_anywhere=True):
                return "civilians"  # "Death toll in Dnipro rises to 40": a town's toll counts its residents
            if not armies and claimant in ("ua_other", "ru_other") and _BARE_TOLL_WORD.search(sentence):
                return "civilians"  # "The toll rose to 23, officials said": officials other than an army's count residents
            if lx.SUBJECT_RES["children"].search(sentence) and not armies:
                return "civilians"  # "The death toll rose to 25, with six children among the dead": a toll of residents
            side = lx.SIDE.get(claimant)
            if side and _THEIR.search(sentence) and lx.FIRST_PERSON.search(sentence):
                return "ru_military" if side == "ua" else "ua_military"  # "We counted at least 1,500 of their dead": the enemy's
            owns = _SIDES_OWN_COUNT.search(sentence)
            if owns is not None:  # "Russia's own figure, last updated in September, is 5,937 dead": its own dead
                return _army_named(owns.group(1))
            if self.last_subject is not None:
                return self.last_subject  # "370,000 others had been injured": whose, the text said before
        return self._army("", sentence, claimant, metric)

    def _evidence_end(self, n: Number, right: str) -> int:
        if cue.SUBORDINATE_AFTER.match(right):
            return n.end  # "rose to seven after a wounded woman died": the clause after it is not the figure's
        words = list(WORD_RE.finditer(right))[:6]
        end = n.end
        for w in words:
            if w.group().startswith("("):
                break  # "9,541 tanks (+5)": the aside is not part of the figure
            stop = _WORD_STOP.search(w.group())
            if stop:  # the figure's words end at punctuation or a closing quote: '418 armored fighting vehicles," Shoigu said'
                end = n.end + w.start() + stop.start()
                break
            end = n.end + w.end()
        return max(end, n.end)


def extract_claims(text: str, published: date, title: str | None = None, doc_kind: str | None = None) -> list[Claim]:
    """Claims of one document (free text). `title` finds the headline in the text when page furniture precedes it."""
    if not text or not text.strip():
        return []
    if lx.OTHER_WAR.search(text) and not _THIS_WAR.search(text):
        return []  # a story of another war (an air strike in Gaza) that never names this one: its tolls are not this war's
    read, where = read_closed_up(text, title)
    found = Grammar(read, dateline_day(text, published), doc_kind, headline_start(read, title)).claims()
    if where is None:
        return found
    # (evidence spans point into the document's own text, whose gaps the grammar read closed up)
    return [replace(c, evidence_start=where[c.evidence_start], evidence_end=where[c.evidence_end - 1] + 1) for c in found]
