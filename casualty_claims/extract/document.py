"""The document model the grammar reads against: sentences, quotes, who speaks where.

Attribution is resolved across sentences: a speech marker ("said", "according to",
"reported") takes the nearest claimant mention as its agent; "he", "she", "it",
"they", "the ministry", "the spokesman" resolve to the last fitting mention; a quote
belongs to the speaker named where it opens or closes; a "Source: X" line speaks
for the text around it.
"""

import re
from dataclasses import dataclass, field, replace
from datetime import date

from casualty_claims.extract import cues, fastre
from casualty_claims.extract import lexicon as lx
from casualty_claims.extract.dates import MONTH_NAMES, WHEN_AFTER, DateMention, find_dates
from casualty_claims.extract.numbers import NUMBER

_ABBREV = fastre.compile(r"(?:\b(?:" + "|".join(lx.ABBREVIATED) + r")|\b[A-Z]|\bU\.S|\bU\.K|\bU\.N)\.$")
# (also a full stop with no space after a figure, as pasted pages have it: "now stood at around 500,000.It's unclear")
# (and after a word: "losses were heavy.Russian troops then")
_BOUNDARY = fastre.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'(]?[A-Z0-9\u0400-\u04FF])|\n+|(?<=\d\.)(?=(?:It|The|He|She|They|This|A|An|In|On)\b)"
                           r"|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
_BODY_WORD = fastre.compile(
    r"\b(?:[Mm]inistry|[Oo]ffice|Staff|[Ss]ervice|[Ff]orces|military|army|[Mm]ission|UN|U\.N|OHCHR|HRMMU|NATO|EU|Pentagon|White House|Kremlin|"
    r"[Ii]ntelligence|government|administration|[Aa]dministration|police|[Pp]olice|Committee|Department|Commission|agency|MoD|Union|"
    r"UNICEF|WHO|OSCE|SES|DSNS|SBU|TASS|RIA|Mediazona|BBC|Oryx|ISW|CSIS|Economist|Meduza|Republic|DPR|LPR|Washington|London|United Nations|Institute|"
    r"[Hh]eadquarters|[Cc]ouncil|[Gg]uard|NSDC|[Cc]ent(?:re|er))\b"
)
_COUNTRY = fastre.compile(r"(?:[Tt]he )?(?:Moscow|Kyiv|Kiev|Russia|Ukraine|Britain|UK|U\.K\.|US|U\.S\.|United States)")
_PLURAL = fastre.compile(r"\b(?:officials|authorities|prosecutors|researchers|journalists|investigators|separatists|media)\b", re.IGNORECASE)
_SIDE_WORD_RU = fastre.compile(r"\b(?:Russian|Russia'?s?|Moscow'?s?|Kremlin)\b")
_SIDE_WORD_UA = fastre.compile(r"\b(?:Ukrainian|Ukraine'?s?|Kyiv'?s?|Kiev'?s?)\b")
_SIDE_WORD_UK = fastre.compile(r"\b(?:British\b|Britain'?s?\b|UK\b|U\.K\.)")  # ("the U.K.'s defence ministry": no word boundary after the dot)
_GENERIC = fastre.compile(r"\b(?:officials?|authorities|government|side|sources)\b", re.IGNORECASE)
# The speaker does not assert the figure: denies it, or will not comment on it.
_DENIES = r"denied|dismissed|rejected|refuted|refutes|called .{0,40}\b(?:lie|false|fake|propaganda|exaggerat\w*)|disputed"
_NO_COMMENT = r"(?:(?:refused|declined) to|(?:would|did|could|can) not|(?:wouldn|didn|couldn|can)['’]t|cannot) (?:comment on|confirm|verify)"
_REFUTE = fastre.compile(rf"\b(?:{_DENIES}|{_NO_COMMENT})\b", re.IGNORECASE)
# ... and the refusal is about this very figure: "refused to comment on reports that 50,000 ...", not "did not comment
# on figures, but noted 500 ..."
_AND_THEN = fastre.compile(r"\b(?:and|but)\s+(?:then\s+|also\s+|instead\s+)?$")
_REFUTES_FIGURE = fastre.compile(rf"\b(?:{_DENIES})\b|\b{_NO_COMMENT} (?:the |\w+['’]s )?(?:reports?|claims?|figures?)(?: that| of)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    claimant: str
    person: bool
    plural: bool
    text: str


@dataclass
class Attribution:
    """A speech event: who (claimant), where the marker is, and the day it names if any."""

    claimant: str
    marker_start: int
    marker_end: int
    agent_start: int
    day: date | None = None
    refuting: bool = False
    generic: bool = False  # "Russian officials", "Ukrainian authorities": which body is meant depends on the figure
    # "Kyiv's estimate of 708,890": a possessive noun phrase, no verb; it speaks for the figures it governs, after it
    possessive: bool = False


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int
    attributions: list[Attribution] = field(default_factory=list)
    frame: Attribution | None = None  # the speaker in force for unattributed figures of this sentence
    carried: Attribution | None = None  # the speaker in force before this sentence's own (for a clause that none of them governs)


def split_sentences(text: str) -> list[Sentence]:
    sentences, paragraph, pos = [], 0, 0
    for m in _BOUNDARY.finditer(text):
        piece = text[pos:m.start()]
        if "\n" not in m.group() and _ABBREV.search(piece.rstrip("\"”’'")):
            continue
        if piece.strip():
            start = pos + len(piece) - len(piece.lstrip())
            sentences.append(Sentence(start, pos + len(piece.rstrip()), paragraph))
        if "\n" in m.group():
            paragraph += 1
        pos = m.end()
    piece = text[pos:]
    if piece.strip():
        start = pos + len(piece) - len(piece.lstrip())
        sentences.append(Sentence(start, pos + len(piece.rstrip()), paragraph))
    return sentences


def find_mentions(text: str) -> list[Mention]:
    found: list[Mention] = []
    folded = text.casefold()
    outlets = [(m.start(), m.end()) for m in re.finditer(
        r"\b(?:RIA(?: Novosti)?|TASS|Reuters|Interfax(?:-Ukraine)?|Ukrinform|Sputnik|Xinhua|UNIAN|Anadolu)\b(?: news agency)?", text)]
    for pattern, claimant, _ in lx.ALIAS_RES:
        for m in fastre.finditer_pruned(pattern, text, folded):
            if claimant != "other" and any(s <= m.start() < e for s, e in outlets):
                continue  # (an agency that counts by itself is "other": "Sputnik calculated")
            if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found):
                continue
            if claimant in ("un", "other_gov") and _ENVOY_TO.search(text, max(0, m.start() - 40), m.start()):
                # "Britain's envoy to the UN said", "the US ambassador to NATO": the envoy's government speaks (its own
                # alias covers the title), not the body he is sent to
                continue
            if _inside_a_name(text, m.start(), m.end()) or _COMMENTATORS_AFTER.match(text, m.end()) \
                    or _ARMY_AS_ADJECTIVE.search(text, m.start(), m.end()) and _THINGS_AFTER.match(text, m.end()):
                continue  # ("Russian military bloggers said": the bloggers speak, not the army their name describes;
                # "40 Russian military vehicles": the army names whose machines, it does not speak)
            found.append(_mention(text, m.start(), m.end(), claimant))
    for m in fastre.finditer(lx.GENERIC_BODY, text, folded):
        if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found):
            continue
        claimant = _generic_side(text, m.start(), m.end(), found)
        if claimant:
            found.append(_mention(text, m.start(), m.end(), claimant))
    return sorted(found, key=lambda f: f.start)


# (the figure set off after its noun: "The last official figure, 31,000 dead, came from Zelensky")
_FIGURE_NOUN_BEFORE = fastre.compile(r"\b(?:figures?|numbers?|estimates?|data|tolls?|counts?|tall(?:y|ies)|statistics)"
                                     r"(?:\s*,\s*(?:[^,.;]|(?<=\d)[,.](?=\d)){1,30},\s+|\s+of\s+(?:\S+\s+){1,3}|\s+)(?:\w+\s+)?$", re.IGNORECASE)
_ENVOY_TO = fastre.compile(r"\b(?:envoy|ambassador|representative|delegate|delegation)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_COMMENTATORS_AFTER = fastre.compile(r"\s+(?:military\s+|war\s+)?(?:bloggers?|correspondents?|commentators?|Telegram\s+channels?)\b", re.IGNORECASE)
_ARMY_AS_ADJECTIVE = fastre.compile(r"(?:military|army)$", re.IGNORECASE)
_THINGS_AFTER = fastre.compile(r"\s+(?:vehicles?|equipment|hardware|trucks?|convoys?|columns?|targets?|facilit(?:y|ies)|bases?|positions?|depots?"
                              r"|airfields?|installations?|infrastructure|sites?|objects?|assets?|aircraft|planes?|helicopters?|jets?)\b")
_PLACE_NAME = fastre.compile(r"(?:Ukraine|Kyiv|Kiev|Russia|Moscow)")
# (a name does not run over a line end: "Wartime Arithmetic\nKyiv says" has Kyiv speak)
_CAPITALISED_WORD_BEFORE = fastre.compile(r"(?<![.!?:\n])\s(?!(?:The|A|An|But|And|Meanwhile|Now|Earlier|Later)\s)[A-Z][\w-]+[ \t]+$")


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """A bare country or capital that ends a longer proper name ("the Human Rights Mission Monitoring Ukraine said")
    is not that country speaking."""
    return bool(_PLACE_NAME.fullmatch(text, start, end) and _CAPITALISED_WORD_BEFORE.search(text[max(0, start - 30):start]))


_BARE_TITLE = fastre.compile(r"(?:regional |city |oblast )?(?:governor|mayor)|head of the (?:region|city|oblast|regional (?:military )?administration)",
                             re.IGNORECASE)
# a headline's tail that names its source by country or government: "... - Ukraine", "...: UK"
_HEADLINE_COUNTRY = fastre.compile(r"(Ukraine|Kyiv|Kiev|Russia|Moscow|UK|U\.K\.|Britain|US|U\.S\.|NATO|Nato)\W*")
_GOVERNMENT_VOICE = {"uk": "uk_gov", "u.k.": "uk_gov", "britain": "uk_gov", "us": "us_gov", "u.s.": "us_gov", "nato": "other_gov"}
_GOVERNMENT_HEAD = re.compile(r"\s*(UK|U\.K\.|Britain|US|U\.S\.|NATO|Nato)\s*:\s")
_COUNTRY_VOICE = {"ukraine": "ua_mod", "kyiv": "ua_mod", "kiev": "ua_mod", "russia": "ru_mod", "moscow": "ru_mod"}
_ESTIMATE_OF = fastre.compile(r"\s+(?:(?:claims?|estimates?|figures?|counts?|tally)\s+)?(?:of|that)\s+"
                              r"(?:(?:some|about|around|over|up to|nearly|more than)\s+)?")
_SOURCE_HEADLINE = fastre.compile(r"\s*((?:[\w'’.-]+ ){1,6}?(?:briefing|statement|update|summary|bulletin|report)s?)\s*(?::[^\n]*)?\n"
                                  # "Summary of the Ministry of Defence of the Russian Federation on the progress of ...": genre first
                                  r"|\s*(?:(?:Daily|Weekly|Press) )?(?:Briefing|Statement|Update|Summary|Bulletin|Report)s? (?:of|by|from) "
                                  r"((?:the )?[^\n]{3,90}?)(?: on | about | for |\s*\(|\s*\n)", re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+by\s+")
# "the Pskov authorities": a region's own officials, not the side's government
_LOCAL_BODY = re.compile(r"[Tt]he (?!Ukrainian|Russian|Ukraine|Russia|Kyiv|Kiev|Moscow)[A-Z][a-z]+ (?:officials|authorities|police)$")
# "Russia's losses have exceeded 55,000 troops, including" + bullets: the items of that sentence's list
_OPENS_A_LIST = re.compile(r"(?:\bincluding|\bof (?:them|which|whom)|:)\s*$", re.IGNORECASE)
_AS_REPORTED = re.compile(r"\W*As\s+(?:was\s+)?(?:previously\s+|earlier\s+)?", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r",\s*$")
_INVERTIBLE = re.compile(lx.TAG_VERB)
_TITLE_WORDS = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}")  # "says (the) UK Defence Secretary", "said Defence Minister"
_PASSIVE_BEFORE = re.compile(r"\b(it|this|that)\s+(?:was|is|has been|had been)\s+$", re.IGNORECASE)
_COLON_TAIL = re.compile(r":\s*([^:,;.\d]{2,60})$|\(\s*([^()\d]{2,40})\)\s*$")  # "...: General Staff", "... (UN)"
_DASH_TAIL = re.compile(r"\s[—–|-]\s*([^—–|-]{2,60})$")
_COLON_HEAD, _DASH_HEAD = re.compile(r"[^:]{0,80}:"), re.compile(r"[^—–:]{0,80}\s[—–]\s")
_POSSESSIVE_OBJECT = fastre.compile(r"\b(?:called|dismissed|rejected|denied|disputed|questioned|cited|quoted|repeated)\s+(?:the\s+)?$", re.IGNORECASE)
_SIGNATURE = fastre.compile(r"[—–-]?\s*(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+(?:,\s+[^,]{3,120})?")  # "Name Surname, head of ..."
_OPENS_CLAUSE = fastre.compile(r"(?:^|[,;:]|\bbut|\bwhile)\s*(?:the\s+)?$", re.IGNORECASE)
_NAMES_AN_ESTIMATE = fastre.compile(r"\b(?:estimates?|figures|assessments?)$", re.IGNORECASE)
# "no new figure since it announced on 2 March that 498 ...": the day dates that statement, it opens no window
_SINCE_IT_SAID = fastre.compile(r"\bsince\b[^,.;\d]{0,40}\b(?:said|reported|announced|stated|gave|published|released|claimed|confirmed|"
                                r"acknowledged|admitted|updated)\b[^,.;\d]{0,15}$", re.IGNORECASE)
# An interview set as questions and answers, and whom it interviews
_ANSWER_LINE = re.compile(r"^[ \t]*(?:A|Answer)[:.][ \t]", re.MULTILINE)
_DASH_LINE = re.compile(r"^[ \t]*[—–][ \t]", re.MULTILINE)
_QUESTION_LINE = re.compile(r"[ \t]*(?:Q|Question)[:.][ \t]")
_YOU = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
_SPOKE_TO_US = re.compile(r"\b(?:spoke|talked|talks|speaks|sat down)\s+(?:with|to)\s+(?:us|the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|[A-Z][\w-]*)\b"
                          r"|\bin an interview\b|\banswered (?:our|the) questions\b", re.IGNORECASE)
_INTERVIEW_WITH = re.compile(r"\binterview(?:ed)?\s+(?:with\s+)?", re.IGNORECASE)
_SEPARATE_STATEMENT = fastre.compile(r"\b(?:separately|in a separate (?:statement|post|report|update|briefing|message)"
                                     r"|in another (?:statement|post|report|update))\b", re.IGNORECASE)
# ("Later in the week he raised his estimate, telling reporters ...": a statement after the dated one, on a day not told)
_LATER_OPENING = re.compile(r"\s*(?:Later|Subsequently|Days later|A few days later)\b")
_EARLIER_THAN_TOLD = re.compile(r"(?:\w+|\d+)\s+(?:days?|weeks?)\s+(?:before|earlier)", re.IGNORECASE)
_STATEMENT_AFTER_VERB = re.compile(r"\s+(?:\w+\s+){0,3}?that\b")
_SAME_DAY = fastre.compile(r"\b(?:on\s+)?(?:the|that)\s+same\s+day\b", re.IGNORECASE)  # "put Russian losses at 39,000 on the same day"
_SINCE_WHEN = fastre.compile(r"\bsince\b[^.;]{0,40},?\s+when\b", re.IGNORECASE)
# "In the same briefing he put Ukraine's losses at ...": the occasion told of last, whatever its day
# ("For Ukraine, the same slide puts ...": the document told of before speaks again)
_SAME_OCCASION = fastre.compile(r"\bthe same (?:briefing|speech|interview|statement|address|report|update|post|news conference|"
                                r"press conference|conference|meeting|session|remarks|appearance|broadcast|slide|document|table|chart|"
                                r"assessment|bulletin|summary)\b", re.IGNORECASE)
_FIGURES_GIVEN_BY = fastre.compile(r"\s*(?:These|The|Those|All these|All the) (?:figures|numbers|tolls|casualty figures|data)\s+(?:were|are|have been)\s+"
                                   r"(?:\w+\s+){0,2}?(?:given|provided|reported|released|published|announced|confirmed)\s+by\b", re.IGNORECASE)
# the subject of the speech verb: a group with no alias of its own ("Russian military bloggers, who ..., put")
_UNNAMED_GROUP_SPEAKS = re.compile(
    r"(?:\s*|.*,\s*(?:while|but|and|whereas)\s+)((?:[Ss]ome\s+|[Mm]any\s+|[Oo]ther\s+)?(?:(?:[A-Z]\w+|military|war|independent|"
    r"defen[cs]e|security|foreign)\s+){0,2}(?i:analysts|experts|bloggers|observers|commentators|journalists|reporters|witnesses|residents|"
    r"locals|volunteers|activists|historians|demographers|economists|medics|doctors))\b"
    r"(?P<aside>,[^,;]{1,80},)?\s+(?:\w+\s+){0,2}$")
_UNNAMED_SOURCE = fastre.compile(r"\s+((?:the\s+|a\s+|an\s+)?"
                                 r"(?:(?:local|regional|city|district|Ukrainian|Russian|independent|unnamed|anonymous|several|two|three)\s+)?"
                                 r"(?:police|residents|witnesses|eyewitnesses|sources?|media(?:\s+reports)?|reports|journalists|bloggers|"
                                 r"war bloggers|military bloggers|Telegram channels|activists))\b", re.IGNORECASE)
# (not a figure's own qualifier: "more than 200 thousand (Ukrainian officials)")
_COMPARED_WITH = fastre.compile(r"\b(?:in[ -]line with|consistent with|compared (?:with|to)|similar to|(?:higher|lower|more|fewer) than)\s+"
                                r"(?:the\s+)?(?:(?!\d|thousand\b|million\b)\w+\s+){0,2}$",
                                re.IGNORECASE)
_RUSSIAN_OUTLET_CITING = fastre.compile(r"\b(?:pro-Kremlin|Kremlin-(?:backed|controlled|friendly|linked)|Russian state(?:-run|-owned)?|state-run Russian|"
                                        r"TASS|RIA Novosti|Interfax|Izvestia|Kommersant)\b[^.;]{0,60}\b(?:citing|quoting)\s+(?:the\s+)?$",
                                        re.IGNORECASE)
_FIRST_PERSON_OR_DECLINED = fastre.compile(r"(?:\b(?:we|I)\s+(?:\w+\s+)?|\b(?:difficult|hard|impossible|unable|refused|declined|too early|premature)\s+to\s+)$")
_INSIDE_PAST_SPEECH = re.compile(r"\b(?:said|added|stated|told \w+)\s+(?:that\s+)?(?:it|he|she|they)\s+$")
_PERFECT_AUXILIARY = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?$")
_OCCASION = fastre.compile(r"\b(?:held|convened|at|during)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}(?:meeting|session|conference|briefing|summit|collegium)\b",
                           re.IGNORECASE)
_SPEAKING_AT = re.compile(r"\s*Speaking (?:at|during) (?:an?|the) (?:[\w-]+ ){0,3}(?:meeting|session|conference|briefing|summit|collegium)\b")
# what may stand before a name that opens its sentence as the subject: "Putin", "President Vladimir Putin", "But Putin"
# a sentence of the outlet's own background: "It comes after ...", "The attack came as ...", "This comes days after ..."
_BACKGROUND_OPENS = fastre.compile(r"\s*[\"“]?(?:It|This|That|The (?:[\w-]+ ){0,2}(?:attack|attacks|strike|strikes|shelling|announcement|statement"
                                   r"|report|news|assault|bombardment|incident|visit|move|offensive|explosion|blast))\s+(?:comes?|came)\s+"
                                   r"(?:[\w-]+\s+){0,3}?(?:after|as|amid|following|ahead of|before|while)\b")
_SUBJECT_NAME_OPENS = re.compile(r"[\s\"“]*(?:(?:But|And|Yet|Meanwhile,?)\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}")
_PAST_SPEECH = re.compile(r"said|reported|described|provided|alleged|asserted|added|noted|stated|announced|claimed|told|revealed|"
                          r"estimated|put|wrote|confirmed", re.IGNORECASE)
_ITS_BEFORE = fastre.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
_COUNTRY_OPENS = fastre.compile(r"[.\s]*(Ukraine|Kyiv|Kiev|Russia|Moscow)\b(?!['’])")
_POSSESSIVE_GAP = fastre.compile(r"['’]s\s+(?:(?:new|former|acting|local|regional|own)\s+)?")
_ITS_ARMY = fastre.compile(r"(?:(?<=[.!?]\s)|(?<=\n)|^)Its\s+(?:military|army|armed\s+forces|General\s+Staff|general\s+staff|spokes(?:man|woman|person)|"
                           r"[Dd]efen[cs]e\s+[Mm]inistry|[Mm]inistry\s+of\s+[Dd]efen[cs]e)\b")
_ITS_ROLE_TAG = fastre.compile(r"(?:,\s*|\baccording to\s+)(its\s+(president|leader|military|army|armed\s+forces|General\s+Staff|"
                               r"general\s+staff|[Dd]efen[cs]e\s+[Mm]inistry|[Mm]inistry\s+of\s+[Dd]efen[cs]e))\b"
                               r"(?!\s+(?:losses|casualties|dead|toll|figures|data|count))")
_SENTENCE_OPENS_ON = re.compile(r"[.\s]*(?:The\s+)?(?:[Rr]egional|[Ll]ocal|[Cc]ity)\s+(?:officials|authorities)\b")
_BARE_GROUP = fastre.compile(r"officials|authorities", re.IGNORECASE)


def _russian_bodys_official(text: str, mentions: list[Mention]) -> list[Mention]:
    """"the DPR's ombudsman", "Russia's ombudsman": a title that would read as Ukrainian belongs to the Russian-side body
    whose possessive it follows."""
    out = list(mentions)
    for i in range(1, len(out)):
        owner, title = out[i - 1], out[i]
        if title.claimant == "ua_other" and owner.claimant.startswith("ru_") and title.text[:1].islower() \
                and _POSSESSIVE_GAP.fullmatch(text, owner.end, title.start):
            out[i] = replace(title, claimant="ru_other")
    return out


def _its_army_speaks(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Ukraine did not comment. Its military said Russia had lost 640": the army of the country the sentence before
    opens on speaks, or its spokesman (not the last speaker, whose frame would carry over a sentence with no name of its own)."""
    out = list(mentions)
    if "its " not in text and "Its " not in text:
        return out  # (most texts: the two scans below cost more than this test)
    for m in _ITS_ARMY.finditer(text):
        previous_end = m.start() - 1
        while previous_end > 0 and text[previous_end - 1] in " \n":
            previous_end -= 1
        stop = text.rfind(". ", 0, previous_end - 1)
        previous_start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, previous_end) + 1)
        country = _COUNTRY_OPENS.match(text, previous_start, previous_end)
        if country is None:
            continue
        out = [e for e in out if not m.start() <= e.start < m.end()]
        out.append(Mention(m.start(), m.end(), _COUNTRY_VOICE[country.group(1).lower()], False, False, m.group()))
    # "Ukraine lost 31,000 soldiers, its president said": a tag's "its" is the country its own sentence opens on
    for m in _ITS_ROLE_TAG.finditer(text):
        stop = text.rfind(". ", 0, m.start())
        start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, m.start()) + 1)
        country = _COUNTRY_OPENS.match(text, start, m.start())
        if country is None or any(m.start(1) <= e.start < m.end(1) for e in out):
            continue
        voice = _COUNTRY_VOICE[country.group(1).lower()]
        if m.group(2).lower() in ("president", "leader"):
            voice = "ua_president" if voice.startswith("ua") else "ru_kremlin"
        out.append(Mention(m.start(1), m.end(1), voice, m.group(2).lower() in ("president", "leader"), False, m.group(1)))
    return sorted(out, key=lambda e: e.start)


def _definite_titles_refer_back(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Gladkov said ... the governor added": a bare "the governor" / "the mayor" is the local official named last,
    whichever side he serves (the title alone would make him Ukrainian)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if _BARE_GROUP.fullmatch(m.text) and cues.DEFINITE_BEFORE.search(text, max(0, m.start - 5), m.start):
            # "US officials told the Times ... the officials said": the group named before with that noun
            noun = m.text.lower()
            named = [e for e in out[:i] if e.text.lower().endswith(noun) and e.text.lower() != noun and m.start - e.end <= 1500]
            if named and named[-1].claimant != m.claimant:
                out[i] = replace(m, claimant=named[-1].claimant)
            continue
        if _BARE_GROUP.fullmatch(m.text) and m.claimant == "ua_other":
            # "per an estimate from American intelligence and defence officials, ..., officials said": the group
            # its own sentence named with that noun
            noun = m.text.lower()
            opened = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start))
            named = [e for e in out[:i] if e.start > opened and e.claimant != "ua_other"
                     and re.match(rf"[\w\s-]{{0,30}}\b{noun}\b", text[e.end:m.start], re.IGNORECASE) and not e.person]
            if named:
                out[i] = replace(m, claimant=named[-1].claimant)
            continue
        if not (_BARE_TITLE.fullmatch(m.text) and cues.DEFINITE_BEFORE.search(text, max(0, m.start - 5), m.start)):
            continue
        if _TITLE_OF_A_PLACE.match(text, m.end):
            continue  # "The governor of Russia's Kursk region, Alexei Smirnov": a new official, named by his place
        earlier = [e for e in out[:i] if e.person and e.claimant in ("ua_other", "ru_other") and m.start - e.end <= 1500
                   and not _BARE_TITLE.fullmatch(e.text)]
        if earlier and earlier[-1].claimant != m.claimant:
            out[i] = replace(m, claimant=earlier[-1].claimant)
    return out


_TITLE_OF_A_PLACE = fastre.compile(r"\s+of\s+(?:the\s+)?(?-i:[A-Z])")
_ROLE = fastre.compile(r"(?:deputy head|head|chief|spokes(?:man|woman|person)|advis[eo]r|press secretary)$", re.IGNORECASE)
_ROLE_LINK = fastre.compile(r"\s+(?:of|for|to|at)\s+(?:the\s+)?")


def _roles_speak_for_their_body(text: str, mentions: list[Mention]) -> list[Mention]:
    """"X, a deputy head of the Ukrainian president's office, said": a role speaks for the body it serves."""
    out = list(mentions)
    for i, m in enumerate(mentions[:-1]):
        link = _ROLE_LINK.match(text, m.end)
        following = mentions[i + 1]
        if _ROLE.search(m.text) and link and following.start - link.end() <= 25 and following.claimant != m.claimant:
            out[i] = replace(m, claimant=following.claimant)
    return out


_FIRST_NAMES = fastre.compile(r"\s+(?:[A-Z][\w'’.-]+\s+){0,2}")


def _titles_take_the_name_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Governor Roman Starovoit": a title right before a name is that named official, whose side the alias table knows
    (the title alone would make him Ukrainian)."""
    out = list(mentions)
    for i, m in enumerate(mentions[:-1]):
        name = mentions[i + 1]
        if _BARE_TITLE.fullmatch(m.text) and name.person and name.claimant != m.claimant and _FIRST_NAMES.fullmatch(text, m.end, name.start):
            out[i] = replace(m, claimant=name.claimant)
    return out


# Titles that can belong to either side; a named official in the alias table is who the table says.
_GENERIC_TITLE = fastre.compile(r"\b(?:governor|mayor|head|chief|officials?|authorities|administration|police|government|council)\b", re.IGNORECASE)


# Places Kyiv holds; beside one, a bare "Donetsk" or "Luhansk" in a digest of strikes is the region, not the occupied city
_UA_HELD = fastre.compile(rf"\b(?:{lx.UA_OBLAST_CENTRES}|Kramatorsk|Sloviansk|Pokrovsk|Nikopol)\b")


# Speakers that no "the ministry" can point back to.
_NO_MINISTRY = {"un", "independent", "ua_president", "ua_presidential_office", "ru_kremlin", "ua_ses", "ua_prosecutor"}
_IN_THE_BODY = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?=(?:[A-Z][\w'’ʼ]*\s+){0,4}(?:Office|Staff|Ministry|Service|Command|Administration)\b)")
_PASSIVE_AUX = re.compile(r"\b(?:is|was|are|were|been)\s+(?:\w+ly\s+)?$")
_FATE_AFTER = re.compile(r"\s+(?:as\s+)?(?:killed|dead|wounded|injured|missing|captured|destroyed|lost)\b", re.IGNORECASE)
_LATE_BY = re.compile(r"(?:[^,;.]|(?<=\d)[,.](?=\d)){1,35}?\bby\s+(?:the\s+)?")  # (a figure's thousands comma is no break)
_ENDS_ON_STOP = re.compile(r"[.!?]\s*$")
_OPENS_ON_HE = re.compile(r"\s*(?:He|She)\b")
_NAME_OPENING = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){0,2}")  # "Denis " before "Pushilin", or nothing
_DATE_LEAD = re.compile(r"(?:in|on|since|from)\s+", re.IGNORECASE)
_OPENS_AFTER = re.compile(r"\b(?:since|after|starting|began|beginning|start(?:ed)?)\s*(?:on\s+)?$", re.IGNORECASE)
_BETWEEN_END = re.compile(r"\bbetween\s*$", re.IGNORECASE)
_AND_NEXT = re.compile(r"\s+(?:and\b|&)", re.IGNORECASE)
# "between 24 February 2022, when the invasion began, and 30 June 2023": the window's end after an aside
_ASIDE_THEN_END = re.compile(r",\s*(?:which|when|the day|marking)\b[^;.]{0,140}?,\s*(?:to|until|till|through|and|&)\s", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\b[^,.;\d]{0,55}$", re.IGNORECASE)
_WAR_BEGAN_ON = re.compile(r"\b(?:launched|invaded|invasion|began|started|escalated|escalation)\b[^,.;\d]{0,40}\b(?:on|in)\s*$", re.IGNORECASE)
_FROM_END = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\b(?:to|until|till|through)\b", re.IGNORECASE)
_RANGE_LINK = re.compile(r"\s*(?:[-–]|to\b|through\b|until\b|till\b)", re.IGNORECASE)
_CONTRASTED_CLAUSE = re.compile(cues.WHILE_CLAUSE + r"|;\s+")


# "drones struck a Russian border town, the local governor said": a place in Russia, though unnamed
_A_RUSSIAN_PLACE = fastre.compile(r"\bRussia(?:n|['’]s)\s+(?:border\s+|frontier\s+|southern\s+|western\s+)?(?:village|town|city|region|oblast|province"
                                  r"|territory|settlement|soil|airfield|refinery|oil depot)s?\b|\b(?:inside|deep into|on) Russia\b")


def _russian_place_in(sentence: str) -> bool:
    if _A_RUSSIAN_PLACE.search(sentence):
        return True
    places = [m.group() for m in lx.RU_PLACES.finditer(sentence)]
    if places and all(p in ("Donetsk", "Luhansk") for p in places) and _UA_HELD.search(sentence):
        return False  # "Two people died in Donetsk ... and a man was hurt in Kharkiv, officials said": the Ukrainian-held region
    return bool(places)


def _mention(text: str, start: int, end: int, claimant: str) -> Mention:
    words = text[start:end]
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    sentence_end = min(i for i in (text.find(". ", end), text.find("\n", end), len(text)) if i >= 0)
    # (the mention's own clause of a sentence that sets two sides' statements side by side: "Shelling of Donetsk killed
    # four, a Russian official said, while Russian strikes on Ukrainian regions killed one, local officials said")
    clauses = [m.end() for m in _CONTRASTED_CLAUSE.finditer(text, sentence_start, start)]
    clause_start = clauses[-1] if clauses else sentence_start
    russian_place = _russian_place_in(text[clause_start:sentence_end]) or lx.RU_PLACES.match(text.lstrip()[:30].title())
    if claimant == "ua_other" and not russian_place and _BARE_GROUP.search(words) and _SENTENCE_OPENS_ON.match(text, sentence_start):
        # "... in Belgorod,” the Emergency Situations Ministry said. ... Regional authorities said Monday that 15 people": a
        # sentence that opens on bare authorities is about the place named just before it
        russian_place = _russian_place_in(text[max(0, sentence_start - 300):sentence_start])
    if claimant == "ua_other" and not russian_place and _GENERIC_TITLE.search(words) \
            and (_OF_THE_REGION.match(text, end) or _THE_REGIONS.search(text, max(0, start - 16), end)) \
            and cues.place_in(text[sentence_start:sentence_end]) is None:
        # "The acting governor of the region, Alexei Smirnov, said": the region last named before, if it is Russia's
        # ("... the incursion into Kursk region ..."; not when a region of Ukraine was named after it, nor when the
        # sentence names its own place: "A missile strike on Dnipro killed 2, the regional governor said")
        before = text[max(0, sentence_start - 400):sentence_start]
        places = list(lx.RU_PLACES.finditer(before))
        russian_place = bool(places) and not _A_REGION.search(before, places[-1].end())
    if claimant == "ua_ses" and not russian_place:  # (the services of the place the headline names: "... attack on Russia's Belgorod")
        russian_place = lx.RU_PLACES.search(text, 0, max(0, text.find("\n", 0, 200)))
    # a "military administration" is Kyiv's (Moscow's appointees run "military-civilian administrations")
    if claimant == "ua_other" and russian_place and _GENERIC_TITLE.search(words) and not re.search(r"\bUkrain", words) \
            and not re.search(r"(?<!civilian )(?<!civil )[Mm]ilitary [Aa]dministration|(?:[Rr]egional|[Oo]blast|[Cc]ity) (?:[Ss]tate )?[Aa]dministration",
                              text[start:end + 30]):
        claimant = "ru_other"  # a mayor or governor of a Russian-held or Russian place
    if claimant == "ua_ses" and russian_place and not re.search(r"\bUkrain|State Emergency|SES|DSNS", words):
        claimant = "ru_other"  # "emergency services" in Belgorod are Russia's
    if claimant == "ua_prosecutor" and russian_place and not re.search(r"\bUkrain|Kostin|Venediktova|Kravchenko|juvenile", words):
        claimant = "ru_other"  # "the region's prosecutor" of Kursk is Russia's
    if claimant == "ua_other" and _GENERIC_TITLE.search(words) \
            and (_RUSSIAN_TITLE_BEFORE.search(text, max(0, start - 26), start)
                 or re.match(r"\s+(?:of|in)\s+(?:the\s+)?(?:\w+\s+)?Russia(?:n|'s)?\b", text[end:end + 30])) and not re.search(r"\bUkrain", words):
        claimant = "ru_other"  # "the governor of the Russian region", "Russian governor"
    if claimant == "ua_mod" and not re.search(r"\bUkrain", words) and _FOREIGN_BEFORE.search(text, max(0, start - 16), start):
        # "Estonian military intelligence", "Poland's defence ministry": another country's body (checked here, after the match:
        # lookbehinds in the alias pattern cost extraction time)
        claimant = "other_gov"
    if claimant == "ua_other" and _MINISTRY.search(words) and _RUSSIAN_BEFORE.search(text, max(0, start - 12), start):
        claimant = "ru_other"  # "Russia's Health Ministry": a lookbehind in the alias pattern cost 7% of the extraction time
    if claimant == "ua_president" and (_AIDE_TO.search(text, max(0, start - 40), start) or _AIDE_AFTER.match(text, end)):
        claimant = "ua_presidential_office"  # "an adviser to Zelensky", "a Zelensky aide", "Zelensky's chief of staff"
    # a country or capital that speaks is a body: "Moscow announced the toll ..., when it said"
    # (one who heads a body is a person: "the head of the town's military administration ... he said")
    person = bool(_HEADS_A_BODY.match(words)) or not _BODY_WORD.search(words) and not _PLURAL.search(words) and not _COUNTRY.fullmatch(words)
    return Mention(start, end, claimant, person=person,
                   plural=bool(_PLURAL.search(words)), text=words)


_MINISTRY = fastre.compile(r"[Mm]inist(?:ry|er)")
_OF_THE_REGION = re.compile(r"\s+of\s+the\s+(?:region|province|oblast|territory)\b")
_THE_REGIONS = re.compile(r"\b[Tt]he\s+(?:region['’]s|[Rr]egional)\s+")
_A_REGION = re.compile(r"\b(?:[A-Z][\w'’-]+\s+(?:region|[Oo]blast|province)|(?:Ukraine|Ukrainian)\b)")
_AIDE_TO = fastre.compile(r"\b(?:advis[eo]rs?|aides?|chief of staff|head of the office)\s+(?:to|of)\s+(?:the\s+)?(?:[Pp]resident\s+)?(?:Volodymyr\s+)?$")
_AIDE_AFTER = fastre.compile(r"(?:['’]s)?\s+(?:(?:top|senior|chief|key|close|former|military|economic)\s+)?(?:advis[eo]rs?|aides?|chief of staff)\b")
_HEADS_A_BODY = fastre.compile(r"(?:[Dd]eputy )?(?:[Hh]ead|[Cc]hief|[Ss]pokes(?:man|woman|person)|[Aa]dvis[eo]r|[Pp]ress secretary) (?:of|to|for) ")
# "Russian governor", "the Russian-installed governor", "the occupation mayor"
_RUSSIAN_TITLE_BEFORE = fastre.compile(r"\b(?:Russia(?:n|'s)|(?:Russian|Moscow|Kremlin)-(?:installed|appointed|backed)|[Oo]ccupation|pro-Russian)\s+$")
_RUSSIAN_BEFORE = fastre.compile(r"\bRussia(?:n|['’]s)\s+$")
_FOREIGN_BEFORE = fastre.compile(r"\b(?:Estonian?|Latvian?|Lithuanian?|Poland|Polish|French|France|German|Germany|Finnish|Finland|Canadian|Canada"
                                 r"|Australian?|Japanese|Japan|Swedish|Sweden|Danish|Denmark|Dutch|Norwegian|Norway)(?:['’]s)?\s+$")
# A mention followed by its losses is the loser of the sentence, not a speaker or the ministry meant.
_ITS_LOSSES = fastre.compile(r"['’]s?\s+(?:\w+\s+)?(?:losses|casualties|dead|death toll|toll)\b")
_LOSES = fastre.compile(r"(?:['’]s?)?\s+(?:\w+\s+){0,2}(?:losses|casualties|dead|death toll|loss (?:count|toll|tally|figure))\b"
                        r"|\s+(?:\w+\s+){0,2}?(?:lost|suffered|suffer|losing|lose)\b"
                        r"|\s+(?:has|have|had)\s+(?:almost\s+|very\s+|most\s+)?\w+ly\s+(?:lost|suffered)\b"  # "Russia has almost certainly lost"
                        r"|\s+(?:is|are|was|were)\s+(?:estimated|believed|thought|said|reported)\s+to\s+have\s+(?:lost|suffered)\b"
                        r"|\s+(?:has|had|have)\s+[\d,.]+\s+(?:\w+\s+)?(?:losses|casualties|dead)\b")  # "Russia had 120,760 combat losses"
_CITED_DATA = fastre.compile(r"(?:['’]s?)?\s+(?:data|figures|statistics|numbers|estimates|reports?|information)\b")
_CITING_BEFORE = fastre.compile(r"\b(?:based on|citing|cited|using|drawing on|drawn from|derived from|relies on|relying on)\s+(?:the\s+)?$")
_VICTIM_NOUN = fastre.compile(r"\s+(?:armed\s+)?(?:soldiers|troops|servicemen|personnel|forces|formations|units|army|military|losses|casualties|dead"
                              r"|tanks|aircraft|drones|unmanned|UAVs?|helicopters)\b",
                              re.IGNORECASE)
# "Ukrainian forces beat back 40 assaults and killed 200 Russians, the General Staff said": the forces act, they are no victims
_ACTS_AFTER = fastre.compile(r"\s+(?:\w+ly\s+)?(?:have\s+|had\s+|also\s+)?(?:repelled|repulsed|beat|fought|destroyed|shot|downed|struck|hit|liberated"
                             r"|advanced|captured|took|eliminated|neutrali[sz]ed|intercepted|attacked|launched|pushed|drove|thwarted|foiled"
                             r"|repel|repulse|destroy|shoot|down|strike|liberate|advance|capture|take|eliminate|intercept|attack|launch|push|drive)\b")
_IN_APPOSITIVE = fastre.compile(r",\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:advis[eo]r|aide|spokes\w+|deputy|assistant|member)\s+(?:to|of|for)\s+(?:the\s+)?$",
                                 re.IGNORECASE)
_CLAUSE_VERB_NEXT = fastre.compile(r"\s+(?:\w+ly\s+)?(?:had|has|have|was|were|is|are|lost|suffered|killed|would|will|could|may|might)\b")
_ASIDE_OPEN = fastre.compile(r"(?:['’]s)?,\s+(?:an?|the|his|her|its|their)\s+[^,;:.()\"“”\n]{0,80}")
_IN_PLACE = fastre.compile(r"\b(?:in|into|inside|across|throughout)\s+$", re.IGNORECASE)


def _generic_side(text: str, start: int, end: int, earlier: list[Mention]) -> str | None:
    """A bare "defence ministry" / "General Staff" / "the military": its side from the words around, else the last ministry named."""
    # The side word just before the noun decides ("the UK's defence ministry"), or "of Russia" right after it;
    # words further right are usually the object ("the ministry claims that Ukraine ...").
    before = text[max(0, start - 30):start]
    before = before[max(before.rfind(","), before.rfind(";"), before.rfind(":"), before.rfind(". "), before.rfind("\n")) + 1:]  # its own noun phrase
    sides = [(m.start(), name) for name, pattern in (("uk_gov", _SIDE_WORD_UK), ("ru_mod", _SIDE_WORD_RU), ("ua_mod", _SIDE_WORD_UA))
             for m in pattern.finditer(before) if not _IN_PLACE.search(before, 0, m.start())]  # "in Ukraine" is a place, not an owner
    if sides:
        return max(sides)[1]
    after = re.match(r"\s+(?:of|in)\s+(?:the\s+)?(Russia|Russian Federation|Ukraine|UK|United Kingdom|Kyiv|Kiev|Moscow)\b", text[end:end + 40])
    if after:
        return {"Russia": "ru_mod", "Russian Federation": "ru_mod", "Moscow": "ru_mod", "Ukraine": "ua_mod", "Kyiv": "ua_mod",
                "Kiev": "ua_mod"}.get(after.group(1), "uk_gov")
    if _ITS_BEFORE.search(before):
        # "Kyiv does not publish its own figures. Its General Staff says ...": the country the sentence before opens on
        here = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
        country = _COUNTRY_OPENS.match(text, max(text.rfind(". ", 0, max(0, here - 2)) + 2, text.rfind("\n", 0, max(0, here - 1)) + 1, 0))
        if country:
            return _COUNTRY_VOICE[country.group(1).lower()]
    if text[start:end].lower() == "the ministry":
        # "..., Russia's Emergencies Ministry said. Another 109 people were injured, the ministry said": the last ministry
        # named, whatever it runs (not a defence ministry named later)
        named = [m for m in earlier if m.start < start and start - m.end <= 600 and "ministry" in m.text.lower()]
        last = max(named, key=lambda m: m.start, default=None)
        if last is not None and last.claimant not in ("ru_mod", "ua_mod", "uk_gov"):
            return last.claimant
    previous = [m for m in earlier if m.start < start and m.claimant in ("ru_mod", "ua_mod", "uk_gov")
                and not _LOSES.match(text, m.end)]  # "Russia's armed forces suffered ...": the loser, not the ministry
    if previous:
        # "the ministry" is the last ministry named, not an army named after it ("attacks by the Armed Forces of Ukraine")
        noun = text[start:end].lower().split()[-1]
        same_noun = [m for m in previous if noun in m.text.lower()]
        return max(same_noun or previous, key=lambda m: m.start).claimant
    sentence = text[max(text.rfind("\n", 0, start), text.rfind(". ", 0, start), 0):_sentence_end(text, end)]
    framing = [name for name, pattern in (("ru_mod", cues.RUSSIAN_FRAMING), ("ua_mod", cues.UKRAINIAN_FRAMING)) if pattern.search(sentence)]
    if len(framing) == 1:  # "our defenders eliminated 520 occupiers, the General Staff reported": Kyiv's words
        return framing[0]
    destroyer = cues.destroyer_side(sentence)
    if destroyer:  # "Russian air defenses downed 37 drones, the ministry said": the destroyer's ministry
        return "ru_mod" if destroyer.startswith(("russia", "moscow")) else "ua_mod" if destroyer.startswith(("ukrain", "kyiv", "kiev")) else None
    downed_ua, downed_ru = lx.UA_WEAPON.search(sentence), lx.RU_WEAPON.search(sentence)
    if bool(downed_ua) != bool(downed_ru) and _DOWNED.search(sentence):
        # "Air defences shot down four Storm Shadow missiles, the ministry said": the ministry of the side that downs them
        return "ru_mod" if downed_ua else "ua_mod"
    killer = cues.KILLER_SUBJECT.search(sentence)
    if killer:  # "Ukrainian forces killed 25 soldiers ..., the General Staff said": the killer's ministry
        return "ru_mod" if killer.group(1).lower().startswith("russia") else "ua_mod"
    # "A pro-Kremlin daily, citing the Defence Ministry, reported ...": the outlet's own country
    if _RUSSIAN_OUTLET_CITING.search(text, max(0, text.rfind("\n", 0, start), text.rfind(". ", 0, start)), start):
        return "ru_mod"
    # the side its sentence says lost ("Ukrainian troops held the line, and Russia lost 300 men, the General Staff said"):
    # a ministry counts the enemy's losses
    span = text[max(0, text.rfind("\n", 0, start), text.rfind(". ", 0, start)):min(_sentence_end(text, end), end + 200)]
    losers = {"ru" if m.group(1).lower().startswith(("russia", "moscow")) else "ua" for m in cues.LOSER.finditer(span)}
    if len(losers) == 1 and not _ITS_BEFORE.search(before):  # ("according to its defence ministry": the loser's own, see _ITS_ROLE_TAG)
        return "ua_mod" if losers == {"ru"} else "ru_mod"
    # (in its sentence, before a trailing "..., the ministry said" too)
    victims = {name for name, pattern in (("ru_mod", _SIDE_WORD_RU), ("ua_mod", _SIDE_WORD_UA))
               for m in pattern.finditer(text, max(0, text.rfind("\n", 0, start), text.rfind(". ", 0, start)), min(_sentence_end(text, end), end + 200))
               if (noun := _VICTIM_NOUN.match(text, m.end())) and not _ACTS_AFTER.match(text, noun.end())}
    if len(victims) == 1:  # "the defence ministry said 500 Russian soldiers were killed": a ministry counts the enemy's dead
        # (before the side the text names next: "The General Staff said Russian losses had reached ... the Russian defence ministry")
        return "ua_mod" if victims == {"ru_mod"} else "ru_mod"
    later = [name for name, pattern in (("ru_mod", _SIDE_WORD_RU), ("ua_mod", _SIDE_WORD_UA))
             if any(not _LOSES.match(text, m.end()) and not _VICTIM_NOUN.match(text, m.end())
                    for m in pattern.finditer(text, end, end + 400))]  # not the loser named after it ("400 Russian soldiers")
    if len(later) == 1:  # a headline "... — Defense Ministry": the side the text goes on to name
        return later[0]
    if text[start:end].lower() == "general staff":
        return "ua_mod"  # in English news a bare General Staff giving losses is Ukraine's; Russia's speaks through its MoD
    return None


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return min(ends) if ends else len(text)


_SINGLE_OPENS = fastre.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))'(?=[A-Z0-9\"“])")
_SINGLE_CLOSES = fastre.compile(r"(?:(?<=[.,!?])|(?<=[a-z0-9])(?=[,.;:]))'(?=[\s,.;:)]|$)")


def find_quotes(text: str) -> list[tuple[int, int]]:
    spans, open_at, single, goes_on = [], None, False, -1
    for m in re.finditer(r"[“”\"«»‘’'\n]", text):
        ch = m.group()
        if ch == "\n":
            if open_at is not None:
                start = m.end() + len(text[m.end():m.end() + 4]) - len(text[m.end():m.end() + 4].lstrip(" \t"))
                if text[start:start + 1] in ('"', "“", "«") and not single:
                    goes_on = start  # a quote over several paragraphs reopens each of them; its mark is no closing
                else:
                    spans.append((open_at, m.start()))  # an unclosed quote ends with its paragraph
                    open_at, single = None, False
            continue
        if m.start() == goes_on:
            continue
        if ch == "'":  # ASCII single quotes quote too ('Russia has paid a staggering cost,' he said); apostrophes do not
            if open_at is None and _SINGLE_OPENS.match(text, m.start()):
                open_at, single = m.start(), True
            elif open_at is not None and single and _SINGLE_CLOSES.match(text, m.start()):
                spans.append((open_at, m.end()))
                open_at, single = None, False
            continue
        if ch == "’" and open_at is None:
            continue  # an apostrophe, not a closing quote
        if ch in "“«‘" or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = m.start()
        elif open_at is not None:
            spans.append((open_at, m.end()))
            open_at = None
    return spans


# what may follow the verb of a bare speech tag: where, when, to whom, how ("said on Telegram", "told reporters on Monday")
_TAG_TAIL = fastre.compile(r"(?:\s*(?:,\s*)?(?:(?:on|in|at|to|during|later|earlier|after|before|from|via|told|while|when)\b[^,;]{0,60}|"
                           r"(?:\w+ly|reporters|journalists|yesterday|today)\b[^,;]{0,40}))*\s*[.!?]?", re.IGNORECASE)


# "US Secretary of State Antony Blinken said": the office named with the person was his when he spoke (not "former ...")
_TITLED = fastre.compile(r"(?<![Ff]ormer )(?<!ex-)\b(?:Secretary of State|Secretary of Defen[cs]e|Defen[cs]e Secretary|Foreign Secretary|"
                         r"Prime Minister|President|Defen[cs]e Minister|Foreign Minister|Chairman of the Joint Chiefs of Staff)\s+(?:[A-Z][\w.'-]+\s+)?$")


_BULLET = fastre.compile(r"\s*[-–—•]\s+")
_TIMESTAMP_LINE = fastre.compile(r"\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|EET|EEST|ET|EST|EDT|Kyiv time))?\s*",
                                 re.IGNORECASE)
# an entry of a timeline, a line that opens on its day: "March 1, Tuesday: ...", "Feb. 26: ...", "12 March 2022 - ..."
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DATED_ENTRY = fastre.compile(rf"\s*(?:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}\.?)(?:,?\s+\d{{4}})?(?:,?\s+[A-Z][a-z]+day)?\s*(?::|\s[-–—]\s)")
# a title between a possessive and a name: "its chief ", "his spokesman, ", "their top commander "
_ROLE_THEN_NAME = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:chief|head|leader|founder|boss|spokes(?:man|woman|person)|commander|minister|president"
                             r"|director|adviser|advisor|aide|secretary|governor|mayor|envoy|ambassador|owner),?\s*(?-i:[A-Z][\w'’.-]*\s+){0,2}",
                             re.IGNORECASE)
# "He also stressed", "she further said": the same speaker goes on
_ALSO_SPEAKS = re.compile(r"\s+(?:also|further|then|later|again|additionally)\s+(?:\w+ly\s+)?(?:said|says|stressed|stresses|added|adds|noted|notes"
                          r"|claimed|claims|reported|reports|stated|states|indicated|indicates|pointed out|specified|emphasi[sz]ed|underlined)\b")
_DOWNED = re.compile(r"\b(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed|eliminated)\b", re.IGNORECASE)
# a quote that speaks of the figures just given: "the actual figures are ...", "these numbers", "the real toll"
_THE_FIGURES = re.compile(r"\b(?:these|the|those|such|our)\s+(?:actual\s+|real\s+|true\s+|official\s+|latest\s+)?(?:figures|numbers|data|toll|count"
                          r"|statistics|tallies|tally)\b", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:been\s+|be\s+|yet\s+|independently\s+|officially\s+)*$", re.IGNORECASE)
_REPORTED_THIS = fastre.compile(r"[^.\n]{0,80}?\b(?:reported|announced|said|stated|published|posted|wrote)\s+"
                                r"(?:this|these figures|the figures|these data|the data)\b")
_ON_THE_SIDE = fastre.compile(r"\bon the (?:Russian|Ukrainian) side\b")
# ("The figures were given by ..." is _FIGURES_GIVEN_BY's, which also reaches one-sentence paragraphs)
_THIS_WAS_REPORTED_BY = fastre.compile(r"\s*This\s+(?:was|is|has been)\s+"  # ("stated" is read as "said": as_read)
                                       r"(?:reported|announced|said|published|given|provided)\s+"
                                       r"(?:by\b|(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’ʼ]*\s+){0,4}(?:Office|Staff|Ministry|Service|Command|Administration)\b|in\s+(?:the|a|its|their)\s+(?:\w+\s+){0,2}?(?:report|statement|update|briefing|post|message)\b)"
                                       # "The relevant statement was made by the Prosecutor General's Office on Telegram."
                                       r"|\s*(?:The|This|That)\s+(?:relevant\s+|corresponding\s+)?(?:statement|announcement|report|message)\s+"
                                       r"(?:was|has been)\s+(?:made|published|issued|posted|released)\s+by\b")
_POSSESSIVE_PRONOUN = fastre.compile(r"\s+(his|her|their|its)\b", re.IGNORECASE)
_OBJECT_OF_STUDY = fastre.compile(r"\b(?:of|on|from|using|analy[sz]ing|studying)\s+(?:the\s+)?$", re.IGNORECASE)
_STUDIED = fastre.compile(r"\b(?:analysis|study|review|examination) of\s+(?:the\s+)?$", re.IGNORECASE)
_TAIL_CLAUSE = fastre.compile(r"\s*(?:a |the )?(?:figures?|numbers?|claims?|estimates?|which|that|both)\b", re.IGNORECASE)
_FRONTED_SPEAKING = re.compile(r"\W*[Ss]peaking$")
_KILLS_NEXT = re.compile(r"\s+(?:\w+\s+){0,2}?(?:killed|has killed|have killed|had killed|shelled|struck|attacked)\b")
_SURNAME_BEFORE = re.compile(r",\s+([A-Z][a-z]+)\s+$")
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|when|since|before|because|until|once)\s+(?:the\s+)?$", re.IGNORECASE)
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+$")
# (one capitalised name, then a lower-case word that is no verb: "a Kremlin loyalist", not "a Ukrainian commander said")
_NAME_AS_MODIFIER = re.compile(r"[A-Z][a-z]+$")
_LOWER_NOUN_AFTER = re.compile(rf"\s+(?!(?:{lx.TAG_VERB}|estimated|has|had|have|was|were|is|are|also|who|which|that|on|in|at|to|"
                               r"advis[eo]r|aide|spokes\w+|officials?|ally|confidant)\b)[a-z]+\b")  # ("a Zelensky adviser" speaks for him)
_COORDINATED_VERB = fastre.compile(r",\s*(?:and\s+)?$")
_CONTRAST = fastre.compile(r",\s+(?:but|while|whereas|although|though)\b")
# a sentence that opens on a capitalised name right before its speech verb
_NAME_OPENS = fastre.compile(r"[\s\"“]*((?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){0,4}[A-Z][\w'’&.-]*)\s+(?:\w+ly\s+|also\s+|has\s+|had\s+)?")
_PERSON_DESCRIBED = fastre.compile(r"[\s\"“]*((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?),\s+"
                                   r"((?:an?|the|head|chief|director|leader|speaker)\s+[^,;:.\"“”]{3,100}),\s*")
_RUSSIAN_SIDE_WORDS = fastre.compile(r"\b(?:Russian|Russia['’]s|Moscow|Kremlin|militia|People's Republic|DPR|LPR|separatists?|pro-Russian|occupation|Duma|"
                                     r"Federation Council)\b")
_UKRAINIAN_SIDE_WORDS = fastre.compile(r"\b(?:Ukrainian|Ukraine's|Kyiv|Kiev)\b")
_NEWSPAPER = fastre.compile(r"\b(?:Journal|Times|Post|Telegraph|Guardian|Herald|Tribune|Gazette|Magazine|Bloomberg|Forbes|Axios|Politico|"
                            r"Spiegel|Monde|Izvestia|Kommersant|Vedomosti|Insider|Meduza|Pravda|"
                            # (an outlet or an institute by its kind: "The Kyiv Independent believes", "The Warsaw Institute said")
                            r"Independent|News|Review|Monitor|Observer|Institute|Centre|Center|Foundation|University|Project|Network)\b")
_OUTLET = fastre.compile(r"\b(?:newspaper|paper|tabloid|daily|outlet|report)\b", re.IGNORECASE)
# (or after the figure's loss word: "123 killed, 493 injured (UN HRMMU)")
# (a note after the name too: "70,000 (Mediazona and BBC Russian, by name)")
_PAREN_SOURCE = re.compile(r"(?:(?<=\d )|(?<=thousand )|(?<=million )|(?<=killed )|(?<=injured )|(?<=wounded )|(?<=dead ))\("
                           r"(?=(?:[Ss]ource:\s*)?(?:the\s+)?[A-Z][\w .'’-]{1,40}(?:,\s*[a-z][\w ]{1,20})?\))")
_FRONTED_MONTH = fastre.compile(r"[\s\"“]*(?:In|Last)\s+(?:early\s+|late\s+)?(?:" + MONTH_NAMES + r")(?:\s+20\d\d)?,\s+(?:[\w'’.-]+\s+){1,6}$")
_GIVING_VERBS = {"gave", "gives", "given", "giving", "delivered", "provided", "provides", "offered", "offers"}
_GIVEN_STATEMENT = re.compile(r"\s+(?:\w+\s+){0,2}(?:an?|the|his|her|its)\s+(?:[\w-]+\s+){0,2}(?:update|briefing|interview|statement|address)"
                              r"(?:\s+to\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)?")
_TOLD_A_MEETING = re.compile(r"\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|conference|forum|summit|board|congress|gathering)"
                             r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?")
# ("said in an interview broadcast on Sunday": the day follows the statement's noun)
_IN_A_STATEMENT = re.compile(r"\s+in\s+(?:an?|the|his|her|its)\s+(?:[\w-]+\s+){0,2}(?:interview|statement|address|speech|video|post|update|briefing)"
                             r"(?:\s+(?:broadcast|aired|published|released|posted|given|televised))?")
_STATING_VERBS = {"said", "says", "stated", "claimed", "wrote", "reported", "announced", "added", "estimated"}
_CITED_IN = fastre.compile(r"(?:cited|quoted)\s+in\b", re.IGNORECASE)
_THAT_MONTH = fastre.compile(r"\s*(?:In|During|Over|Throughout) (?:that|the same) (?:month|year)\b")


# a side's claim named by its adjective, the figure in the same clause after it
_SIDE_CLAIMS = fastre.compile(r"(?:\b(Russian|Ukrainian|Moscow's|Kyiv's|Kremlin|Russia's|Ukraine's)\s+"
                              r"(?:military\s+|official\s+|government\s+)?(?:claims?|estimates?|figures?)"
                              # "claims by Moscow that Ukraine had lost 300,000 or 150,000"
                              r"|\b(?:claims?|estimates?|figures?)\s+(?:by|from)\s+(?:the\s+)?(Russia|Moscow|Kremlin|Ukraine|Kyiv|Kiev)\b)"
                              r"\s+(?:that|of)\s+(?:[^,;.()]|(?<=\d)[,.](?=\d)){0,45}$")


# a figure of its own, in digits or words ("Earlier, the governor had put the death toll at seven.")
_STATES_A_NUMBER = fastre.compile(NUMBER, re.IGNORECASE)


_REFERS_BACK = fastre.compile(r"\s*(?:(?:Thus|So|Therefore|In total|Overall),?\s*)?(?:during|in|over|for|within) (?:this|that|the same) period\b|\s*Thus\b",
                          re.IGNORECASE)




# a noun's relative clause right before a source: "a type that Ukraine's air force says ...", "the missile, which Kyiv says ..."
_EMBEDDED_SOURCE = re.compile(r"(?:\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}[\w-]+\s+that|,\s*which)\s+$", re.IGNORECASE)


# a speech word that is a noun after a possessive: "its estimate", "their latest report"
_OWNED_NOUN = re.compile(r"\b(?:its|their|his|her)\s+(?:(?:latest|own|new|updated|daily|monthly|previous|earlier|last)\s+)?$", re.IGNORECASE)
_NOUN_LIKE = re.compile(r"(?i:estimates?|reports?|claims?|counts?|tallies|records|notes|updates?)")


class DocumentModel:
    def __init__(self, text: str, published: date, doc_kind: str | None = None):
        self.text = text
        self.published = published
        self.doc_kind = doc_kind
        self.sentences = split_sentences(text)
        mentions = [m if self._title_confirms(m) else replace(m, claimant=lx.in_office(m.text, m.claimant, published))
                    for m in find_mentions(text)]
        # (each pass reads the mentions the one before left: names after titles, roles for bodies, then back-references)
        for refine in (_roles_speak_for_their_body, _titles_take_the_name_after, _definite_titles_refer_back, _its_army_speaks,
                       _russian_bodys_official):
            mentions = refine(text, mentions)
        self.quotes = find_quotes(text)
        # (inside a quote, "our estimates" and "we estimate" are the quoted speaker's, not the outlet's own count)
        self.mentions = [m for m in mentions if not (m.claimant == "independent" and m.text[:3].lower() in ("our", "we ")
                                                     and self.quote_at(m.start) is not None)]
        self._opens_cache: dict[tuple[int, int], bool] = {}
        self._index: dict[int, int] | None = None
        self.dates = self._count_back_from_the_day_told(find_dates(text, published))
        self.source_line = self._source_line()
        self.speakers: list[Mention] = []
        self.interviewee: str | None = None  # the claimant of the one a question-and-answer interview interviews
        self._attribute()

    def _count_back_from_the_day_told(self, dates: list[DateMention]) -> list[DateMention]:
        """"Ukraine's military said on Friday ... A day earlier, the Russian defence ministry claimed ...": "earlier" and
        "before" count back from the last day the text named (in the sentence or the one before), "ago" from publication."""
        out = list(dates)
        for k, d in enumerate(dates):
            if not _EARLIER_THAN_TOLD.fullmatch(self.text, d.start, d.end):
                continue
            sentence = self.sentence_at(d.start)
            index = self.index_of(sentence)
            floor = self.sentences[index - 1].start if index > 0 else sentence.start
            told = [e for e in dates[:k] if floor <= e.start and e.end <= d.start and not e.window
                    and not _EARLIER_THAN_TOLD.fullmatch(self.text, e.start, e.end)]
            if told:
                out[k] = replace(d, day=told[-1].day - (self.published - d.day))
        return out

    # --- who speaks -----------------------------------------------------------------
    def _source_line(self) -> Mention | None:
        m = re.search(r"^(?:Source|Sources|Джерело)s?:\s*(.+)$", self.text, re.MULTILINE)
        if not m:
            # a headline that names the source and the genre: "Russian Defence Ministry briefing", "General Staff update"
            m = _SOURCE_HEADLINE.match(self.text)
        if not m:
            return self._signature()
        group = 1 if m.lastindex is None or m.group(1) is not None else 2
        inside = [x for x in self.mentions if m.start(group) <= x.start < m.end(group)]
        return inside[0] if inside else None

    def _signature(self) -> Mention | None:
        """A post signed on its last line ("... Two women were injured.\nSerhiy Lysak, head of the regional military
        administration"): a short line of its own that names an official and states nothing."""
        body = self.text.rstrip()
        start = body.rfind("\n") + 1
        line = body[start:]
        if start == 0 or not 3 <= len(line) <= 150 or re.search(r"\d|[.!?:]", line) or lx.SPEECH.search(line) \
                or not _SIGNATURE.fullmatch(line):
            return None  # (not page furniture such as "Read also: ..." nor a cut-off last sentence)
        inside = [x for x in self.mentions if x.start >= start]
        return inside[0] if inside else None

    def _resolve_pronoun(self, word: str, before: int) -> Mention | None:
        """The mention a pronoun or "the ministry" points to. Looked for, in order, earlier in the same sentence
        ("Moscow last announced ..., when it said"), among those who already spoke ("it said" after "the Russian
        MoD reported ... the Ukrainian army's losses"), then among all mentions; the first that fits wins."""
        sentence_start = max(self.text.rfind(". ", 0, before), self.text.rfind("\n", 0, before), 0)
        if word.lower() in lx.PERSON_PRONOUN and _ALSO_SPEAKS.match(self.text, before + len(word)):
            # "The General Staff has indicated that 910 ... He also stressed that ...": "also" goes on with the speaker of
            # the sentence before, though a body (a translated "he"), not a person named in passing further back
            here = self.sentence_at(before)
            k = self.sentences.index(here) if here in self.sentences else 0
            last = self.sentences[k - 1].attributions[-1] if k > 0 and self.sentences[k - 1].attributions else None
            body = next((m for m in self.mentions if last is not None and m.start == last.agent_start and not m.person), None)
            if body is not None:
                return body
        # a pronoun outside quotes does not point into one: "'... Putin's aggression ...,' he said" is not Putin speaking
        outside = self.quote_at(before) is None
        candidates = [m for m in self.mentions if not (outside and self.quote_at(m.start))]
        pools = (
            # in its own sentence, not the army whose losses the sentence reports ("the Ukrainian army's losses ..., it said")
            # (nor a source whose data the sentence cites: "The figure is based on Ukrainian General Staff data, it said")
            # (nor, for "he" or "she", a possessive on a noun: "Kyiv's counteroffensive alone, he said, had cost it ...")
            [m for m in candidates if sentence_start <= m.start and m.end <= before and not _LOSES.match(self.text, m.end)
             and not (_CITED_DATA.match(self.text, m.end) and _CITING_BEFORE.search(self.text, max(0, m.start - 20), m.start))
             and not (word.lower() in lx.PERSON_PRONOUN and m.text.endswith(("'s", "’s")) and not m.text[:1].islower())],
            # the person the sentence before opens on, speaking or not: "Denis Pushilin ... disputed the figure. He said
            # Ukrainian losses were far higher" is Pushilin, though Zelensky spoke last
            self._person_opening_previous(sentence_start, before) if word.lower() in lx.PERSON_PRONOUN else [],
            [m for m in self.speakers if m.end <= before],
            [m for m in candidates if m.end <= before],
        )
        w = word.lower()
        noun = w.split(" ", 1)[1] if " " in w else w
        person_words = ("spokesman", "spokeswoman", "spokesperson", "minister", "official", "president", "governor", "mayor")

        def fits(m: Mention) -> bool:
            if w in lx.PERSON_PRONOUN or noun in person_words:
                return m.person
            if w in ("they", "them"):
                return m.plural or not m.person
            if w == "it":
                return not m.person
            if noun == "ministry" and m.claimant in _NO_MINISTRY:
                return False  # "As of June 12, the UN had recorded ... The ministry said": not the UN
            if m.claimant == "other":
                return noun in m.text.lower()  # ("The Kyiv Independent said ... The ministry said": not the outlet)
            return noun in m.text.lower() or not m.person

        def titled(m: Mention) -> bool:  # "the minister" is the person named with that title ("defence minister Oleksii Reznikov")
            before = self.text[max(0, m.start - 40):m.start]
            title_before = re.search(rf"\b{noun}\s+(?:[A-Z][\w'-]+\s+){{0,2}}$", before, re.IGNORECASE)
            appositive = re.match(rf",\s+(?:\S+\s+){{0,4}}?{noun}\b", self.text[m.end:m.end + 60], re.IGNORECASE)
            return m.person and bool(title_before or appositive or noun in m.text.lower())

        if w == "it" and not any(fits(m) for m in pools[0]):
            # "Russia has not updated its toll since March, when it said 1,351 had died": the country that opens the
            # sentence is what "it" points to, though it was not speaking there
            country = _COUNTRY_OPENS.match(self.text, sentence_start, before)
            if country and not _LOSES.match(self.text, country.end(1)):  # not "Ukraine has lost 450 tanks, it says": the loser
                return _mention(self.text, country.start(1), country.end(1), _COUNTRY_VOICE[country.group(1).lower()])
            # "Russia's defence ministry does not publish its losses. It claims ...": the body the sentence before opens on
            opening = self._opening_body(sentence_start)
            if opening is not None:
                return opening
            # "Russia classifies military deaths as secrets and has not updated its figures. On March 25 it said 1,351 had
            # been killed": with no body in its own sentence, "it" is the country the sentence before opens on
            country = self._country_opening_previous(sentence_start, before)
            if country is not None:
                return country
        for predicate in ((titled, fits) if noun in person_words and noun != w else (fits,)):
            for k, pool in enumerate(pools):
                fitting = [m for m in pool if predicate(m)]
                if fitting and k == 3:
                    # among earlier sentences, the subject of the latest one that names someone fitting: "Austin detailed
                    # the loss that Putin has caused ... 'For more than two years, ...,' he said" is Austin
                    last_sentence = self.sentence_at(fitting[-1].start)
                    return next(m for m in fitting if m.start >= last_sentence.start)
                if fitting:
                    return fitting[-1]
        if w == "it":
            return None
        # nobody fits: the last who spoke, else the last named ("Russian Air Force" quoted as an object speaks for no one)
        return pools[2][-1] if pools[2] else pools[3][-1] if pools[3] else None

    def _person_opening_previous(self, sentence_start: int, before: int) -> list[Mention]:
        """The person mention that opens the sentence before the pronoun's (its subject), when the pronoun's own
        sentence opens on it ("He said ...")."""
        here = self.sentence_at(sentence_start + 1)
        index = self.index_of(here)
        if index == 0 or not _OPENS_ON_HE.match(self.text, here.start, before + 4):
            return []
        previous = self.sentences[index - 1]
        first = next((m for m in self.mentions if previous.start <= m.start < previous.end), None)
        if first is None or not first.person or self.quote_at(first.start) \
                or not _NAME_OPENING.fullmatch(self.text, previous.start, first.start):
            return []
        return [first]

    def _country_opening_previous(self, sentence_start: int, before: int) -> Mention | None:
        here = self.sentence_at(sentence_start + 1)
        index = self.index_of(here)
        if index == 0 or any(here.start <= m.start < before for m in self.mentions):
            return None
        previous = self.sentences[index - 1]
        country = _COUNTRY_OPENS.match(self.text, previous.start, previous.end)
        # (not when the sentence before names a body: "... overnight, the air force said. Air defences destroyed 36, it said")
        if country is None or _LOSES.match(self.text, country.end(1)) \
                or any(previous.start <= m.start < previous.end for m in self.mentions):
            return None
        if re.search(rf"\b{re.escape(country.group(1))}\b", self.text[before:here.end]):
            return None  # "Russia entered the war with 360,000 troops. It also says Russia has lost ...": "it" is not the country it tells of
        return _mention(self.text, country.start(1), country.end(1), _COUNTRY_VOICE[country.group(1).lower()])

    def _opening_body(self, sentence_start: int) -> Mention | None:
        """For a sentence that opens on "It" (its break before it at `sentence_start`): the body the sentence before it
        opens on ("Russia's defence ministry does not publish its losses. It claims ..."), if any."""
        here = self.sentence_at(sentence_start + 1)
        index = self.index_of(here)
        if index == 0 or not self.text[here.start:here.start + 3].lower().startswith("it"):
            return None
        previous = self.sentences[index - 1]
        first = next((m for m in self.mentions if previous.start <= m.start < previous.end), None)
        if first is not None and not first.person and re.fullmatch(r"\W*(?:the\s+)?", self.text[previous.start:first.start], re.IGNORECASE):
            return first
        return None

    def _named_earlier(self, surname: str, before: int) -> Mention | None:
        """The mention that an earlier "First Surname, <title> of <body>," introduced."""
        for m in re.finditer(rf"\b{re.escape(surname)}\b", self.text[:before]):
            titled = [x for x in self.mentions if 0 < x.start - m.end() <= 80 and "." not in self.text[m.end():x.start]]
            if titled:
                return titled[0]
        return None

    def _speech_between(self, start: int, end: int) -> bool:
        # (an aside naming the speaker's own source does not part him from his verb: "iStories, citing leaked data, reported")
        return any(not _CITED_IN.match(self.text, m.start()) and m.group().lower() not in ("citing", "quoting")
                   for m in lx.SPEECH.finditer(self.text, start, end))

    def _agent(self, sentence: Sentence, marker: re.Match) -> Mention | None:
        text, word = self.text, marker.group().lower()
        if _FIRST_PERSON_OR_DECLINED.search(text, max(sentence.start, marker.start() - 40), marker.start()):
            # '"... we think we lost 3,000 or so," Zelensky said': the quote's speaker, named by its tag; "it is
            # difficult to say how many": no statement
            return None
        inside = self._mentions_outside_quotes(sentence, marker.start())
        if _BY_AFTER.match(text, marker.end(), marker.end() + 6):
            after = [m for m in inside if 0 <= m.start - marker.end() <= 40]
            if after:  # passive: "This was reported by the General Staff"
                return after[0]
            if _PASSIVE_AUX.search(text, max(sentence.start, marker.start() - 16), marker.start()):
                return None  # "the sighting was confirmed by other sources": an agent we cannot name, not a name before
        if _PASSIVE_AUX.search(text, max(sentence.start, marker.start() - 16), marker.start()) \
                and (in_body := _IN_THE_BODY.match(text, marker.end())) is not None:
            # a translated passive that names the office it came from ("This was announced at the General Staff")
            after = [m for m in inside if m.start == in_body.end()]
            if after:
                return after[0]
        if _PASSIVE_AUX.search(text, max(sentence.start, marker.start() - 16), marker.start()):
            # "The total of Russian troops killed is estimated at 120,000 by US officials": the agent after the figure
            late_by = _LATE_BY.match(text, marker.end(), min(sentence.end, marker.end() + 50))
            after = [m for m in inside if late_by is not None and m.start == late_by.end()]
            if after:
                return after[0]
            if _FATE_AFTER.match(text, marker.end()):
                return None  # "60,000 have been confirmed dead since the Kremlin sent its army in": no agent named
        if _COMMA_BEFORE.search(text, max(sentence.start, marker.start() - 3), marker.start()) and _INVERTIBLE.fullmatch(word):
            # an inverted tag names its agent right after the verb: "25,000 of Putin's troops were killed, says UK Defence
            # Secretary" (not Putin, named before it)
            # (not the subject of the reported clause after an aside's comma: "The ministry, in its update, said Wagner had lost")
            named = [m for m in inside if 0 <= m.start - marker.end() <= 30 and _TITLE_WORDS.fullmatch(text, marker.end(), m.start)
                     and not re.match(r"['’]s\b", text[m.end:m.end + 2]) and not _CLAUSE_VERB_NEXT.match(text, m.end)]
            if named:
                return named[0]
        if _AS_REPORTED.fullmatch(text, sentence.start, marker.start()) and re.match(r"\s*(?:earlier\s*)?,", text[marker.end():marker.end() + 12]):
            # "As reported, the number of those killed ... increased to 33": the outlet's own earlier report
            return Mention(marker.start(), marker.start(), "other", False, False, "as reported")
        passive = _PASSIVE_BEFORE.search(text[max(sentence.start, marker.start() - 20):marker.start()])
        if passive and passive.group(1).lower() != "it":
            return None  # "This was reported on Facebook": refers back; the speaker before still speaks
        if passive:
            return Mention(marker.start(), marker.start(), "other", False, False, "it was reported")  # no agent named
        # (not one whose figure the sentence rejects: "Its spokesman called Zelensky's figure a lie, saying ...")
        inside = [m for m in inside if not (_POSSESSIVE_OBJECT.search(text, max(sentence.start, m.start - 40), m.start)
                                            and (m.text.endswith(("'s", "’s")) or re.match(r"['’]s\b", text[m.end:m.end + 2])))]
        if word.startswith("c") and word.endswith(" from"):  # "comes from", "came from"
            if not _FIGURE_NOUN_BEFORE.search(text, max(sentence.start, marker.start() - 50), marker.start()):
                return None  # "soldiers who came from Dagestan": no source
            word = "according to"
        if word in ("according to", "as per", "data from", "figures from", "per", "citing", "cited", "quoted", "("):
            owner = _POSSESSIVE_PRONOUN.match(text, marker.end())
            after = [m for m in inside if 0 <= m.start - marker.end() <= 60]
            if owner is not None and after and _ROLE_THEN_NAME.fullmatch(text, owner.end(), after[0].start):
                return after[0]  # "according to their commander <name>": the one the possessive's title names
            p = lx.PRONOUN.match(text, marker.end() + 1)
            if p is not None and not (after and after[0].start < p.end()):
                # "According to the president, about 6,000 men of the Ukrainian side were hurt": the source is the one the
                # pronoun points to, not a later name of the sentence
                return self._resolve_pronoun(p.group(), p.start())
            if len(after) >= 2 and after[0].claimant == "other" and 0 <= after[1].start - after[0].end <= 2:
                return after[1]  # "according to the Russian outlet Mediazona": the outlet named, not its kind
            if after and not (owner is not None and owner.end() <= after[0].start):
                return after[0]
            if owner is not None:  # "According to their analysis of Russian government data": the analysts, not the data's source
                return self._resolve_pronoun("they" if owner.group(1).lower() == "their" else "he" if owner.group(1).lower() == "his"
                                             else "she" if owner.group(1).lower() == "her" else "it", owner.start(1))
            if p is None and (unnamed := _UNNAMED_SOURCE.match(text, marker.end())):
                # "according to the regional police", "citing witnesses": a source of its own, if none we can name;
                # the speaker of the sentence before does not speak here
                return Mention(unnamed.start(1), unnamed.end(1), "other", False, True, unnamed.group(1))
            return self._resolve_pronoun(p.group(), p.start()) if p else None
        by = _BY_AFTER.match(text, marker.end(), marker.end() + 6)
        if by:  # passive: "the toll was given by the emergency service"
            after = [m for m in inside if 0 <= m.start - marker.end() <= 40]
            if after:
                return after[0]
        # (not an inverted tag with its own agent after it: "..., reports UNN")
        if _COORDINATED_VERB.search(text, sentence.start, marker.start()) and not word.endswith("ing") \
                and not re.match(r"\s+(?:the\s+)?[A-Z]", text[marker.end():marker.end() + 12]):
            head = [m for m in inside if m.start - sentence.start <= 4 and m.end <= marker.start()]
            if head:  # "Moscow refutes Ukraine's claims of 400 killed, says toll stands at 89": the sentence's subject speaks again
                return head[0]
        if word == "speaking" and _FRONTED_SPEAKING.match(text, sentence.start, marker.end()):
            # "Speaking at the Ramstein meeting, U.S. Defense Secretary Lloyd Austin put ...": the clause's subject, after it
            comma = text.find(",", marker.end(), sentence.end)
            after_comma = [m for m in inside if comma >= 0 and 0 <= m.start - comma <= 60]
            if after_comma:
                return after_comma[0]
        if word.endswith("ing") and word not in ("according to",):
            # (not a possessive inside the object: "Its spokesman called Zelensky's figure a lie, saying ...")
            subject = [m for m in inside if m.end <= marker.start()]
            if subject:  # "X has broken with the Kremlin line, saying ...": the participle belongs to the subject
                return subject[0]
        group = _UNNAMED_GROUP_SPEAKS.match(text, sentence.start, marker.start())
        # (not "Military analysts at Oryx counted": a name of ours after the group, outside its aside, speaks)
        if group is not None and not any(group.start(1) <= m.start < marker.start() and not group.start("aside") <= m.start < group.end("aside")
                                         for m in inside):
            # "Russian military bloggers, who often criticise the army, put the losses at 5,000", "Analysts said ...": a
            # group we have no alias for speaks (as `other`); neither a name in its aside nor the speaker before does
            return Mention(group.start(1), group.end(1), "other", False, True, group.group(1))
        # (not the army whose losses the sentence reports: "The Ukrainian armed forces' losses amounted to ..., the ministry said")
        # (nor the owner of what was studied: "their analysis of Russian government records")
        before = [m for m in inside if 0 <= marker.start() - m.end <= 90 and not self._speech_between(m.end, marker.start())
                  and not _ITS_LOSSES.match(text, m.end) and not _STUDIED.search(text, max(sentence.start, m.start - 20), m.start)]
        # "Mykhailo Podolyak, an adviser to Zelensky, said": the appositive's Zelensky is not the speaker
        heads = [m for m in before if not _IN_APPOSITIVE.search(text, max(sentence.start, m.start - 30), m.start)]
        before = heads if heads and len(heads) < len(before) and not _IN_APPOSITIVE.search(text, max(sentence.start, heads[-1].start - 30),
                                                                                                heads[-1].start) else before
        # "Ramzan Kadyrov, a close ally of President Putin, said": a name inside an aside that a comma closes before the
        # verb describes the speaker named before it; it does not speak
        def in_aside(start: int, end: int) -> bool:
            return "," in text[end:marker.start()] and any(_ASIDE_OPEN.fullmatch(text, h.end, start) for h in before if h.end <= start)

        before = [m for m in before if not in_aside(m.start, m.end)]
        # "... died after Ukrainian troops crossed into the area, a local prosecutor said": the subject of a
        # clause of its own does not speak, if another name is there
        main = [m for m in before if not _SUBORDINATE_BEFORE.search(text, max(sentence.start, m.start - 12), m.start)]
        before = main if main or not before else before
        # "the Russian army has killed at least 1,700 civilians in the region ..., Moroz said": the killer does not speak;
        # a surname right before the verb is someone named earlier ("Ihor Moroz, acting head of the regional military
        # administration, announced"), or, if never named with a title, nobody we can place
        if before and all(_KILLS_NEXT.match(text, m.end) for m in before):
            surname = _SURNAME_BEFORE.search(text, max(sentence.start, marker.start() - 30), marker.start())
            if surname and not any(m.start <= surname.start(1) < m.end for m in self.mentions):
                return self._named_earlier(surname.group(1), sentence.start) or Mention(surname.start(1), surname.end(1), "other", True, False,
                                                                                       surname.group(1))
        # "calls himself a Putin loyalist and says ...": a name used as a noun's modifier does not speak
        before = [m for m in before if not (_INDEFINITE_BEFORE.search(text, max(0, m.start - 4), m.start) and _NAME_AS_MODIFIER.fullmatch(m.text)
                                            and _LOWER_NOUN_AFTER.match(text, m.end))]
        pronoun = None
        for p in lx.PRONOUN.finditer(text, max(sentence.start, marker.start() - 40), marker.start()):
            # "an adviser to the president": part of a name, no pronoun; "X, the man Putin trusted with the army, said": nor in an aside
            if not any(m.start <= p.start() < m.end for m in before) and not in_aside(p.start(), p.end()):
                pronoun = p
        if before and (pronoun is None or before[-1].start >= pronoun.start()):  # ">=": "the mission" may be the mention itself
            return before[-1]
        if pronoun is not None:
            return self._resolve_pronoun(pronoun.group(), pronoun.start())
        # "X says President Vladimir Putin's war ...": a possessive after the verb owns its object, it does not speak
        # ... nor one that loses: "said the Russian army had lost 428,000" names the loser
        # (nor the side on which they fell: "reckoned that 40,000 had died on the Ukrainian side")
        after = [m for m in inside if 0 <= m.start - marker.end() <= 45 and not re.match(r"['’]s\b", text[m.end:m.end + 2])
                 and not _LOSES.match(text, m.end) and not _ON_THE_SIDE.search(text, max(0, m.start - 12), m.end + 6)]
        if after:
            return after[0]
        if before:
            return before[-1]
        described = _PERSON_DESCRIBED.fullmatch(text, sentence.start, marker.start())
        if described is not None:
            # "Andrei Marochko, a retired officer of the Luhansk militia, said ...": a person we have no alias for, whose
            # side the description gives; not the speaker of the sentence before
            aside = described.group(2)
            claimant = "ru_other" if _RUSSIAN_SIDE_WORDS.search(aside) else "ua_other" if _UKRAINIAN_SIDE_WORDS.search(aside) else "other"
            return Mention(described.start(1), described.end(1), claimant, True, False, described.group(1))
        named = _NAME_OPENS.fullmatch(text, sentence.start, marker.start())
        if named is not None and _NEWSPAPER.search(named.group(1)):
            # "The Wall Street Journal reported 80,000 ...": a newspaper we have no alias for speaks itself (as `other`);
            # the speaker of the sentence before does not
            return Mention(named.start(1), named.end(1), "other", False, False, named.group(1))
        return None

    def _mentions_outside_quotes(self, sentence: Sentence, marker: int) -> list[Mention]:
        """The sentence's mentions that can be the agent of a speech verb at `marker`: not ones inside a quote the verb is
        outside of ('"... losses on the Russian side," said Admiral Radakin': the Russian side does not speak)."""
        here = self.quote_at(marker)
        return [m for m in self.mentions if sentence.start <= m.start < sentence.end and self.quote_at(m.start) in (None, here)]

    def _occasion_day(self) -> date | None:
        """The day of the occasion the lead tells of: "The Security Council held an emergency meeting Friday", or
        "X claimed on Monday ... . Speaking at an expanded meeting ...": a dated sentence among the first three
        that names a meeting, or whose next sentence opens on speaking at one."""
        lead = self.sentences[:4]
        for k, s in enumerate(lead[:3]):
            # (a recent day: a photo caption's "January 11" of another year's meeting dates no statement of this story)
            days = [d for d in self.dates if s.start <= d.start < s.end and not d.window and 0 <= (self.published - d.day).days <= 6]
            if days and (_OCCASION.search(self.text, s.start, s.end)
                         or k + 1 < len(lead) and _SPEAKING_AT.match(self.text, lead[k + 1].start)):
                return days[0].day
        return None

    def _subheading(self, sentence: Sentence, segment: str) -> bool:
        """A short line of its own inside the body, words only (no full stop, digit or speaker): a section's heading."""
        whole_line = (sentence.start == 0 or self.text[sentence.start - 1] == "\n") and self.text.startswith("\n", sentence.end)
        return whole_line and sentence.start > 0 and self.index_of(sentence) >= 2 and len(segment) <= 60 \
            and re.fullmatch(r"[A-Z][\w'’-]*(?: [\w'’-]+)+", segment) is not None and not lx.SPEECH.search(segment)

    def _attribute(self) -> None:
        previous_frame: Attribution | None = None
        default = None
        if self.source_line is not None:
            default = Attribution(self.source_line.claimant, self.source_line.start, self.source_line.end, self.source_line.start)
        elif self.doc_kind == "un_update":
            default = Attribution("un", 0, 0, 0)
        speaker_days: dict[str, date] = {}
        last_statement_day: date | None = None
        occasion = self._occasion_day()
        relayed: str | None = None  # the source an outlet cited: "the Times reported, citing US officials"
        # a sentence with a speaker that ends on "including" or a colon opens a list: the bullets after it are its items
        list_frame: Attribution | None = None
        for sentence in self.sentences:
            segment = self.text[sentence.start:sentence.end]
            item_of_open_list = list_frame is not None and bool(_BULLET.match(segment))
            if not item_of_open_list:
                list_frame = None
            else:
                previous_frame = list_frame
            markers = list(lx.SPEECH.finditer(self.text, sentence.start, sentence.end))
            if "(" in segment:  # a fact box's source in parentheses after a figure: "520,000 (General Staff)"
                markers = sorted([*markers, *_PAREN_SOURCE.finditer(self.text, sentence.start, sentence.end)], key=lambda m: m.start())
            for marker in markers:
                if _NOT_BEFORE.search(self.text, max(sentence.start, marker.start() - 20), marker.start()) \
                        and _BY_AFTER.match(self.text, marker.end(), marker.end() + 6):
                    continue  # "a figure not verified by the Russian side": the agent of a denial vouches for nothing
                if _CITED_IN.match(self.text, marker.start()):
                    continue  # "American officials cited in the press put them at": a participle, the speaker's verb comes later
                if _COMPARED_WITH.search(self.text, max(sentence.start, marker.start() - 30), marker.start()):
                    continue  # "broadly in line with estimates made by Western agencies": estimates compared with, not stated
                if _OWNED_NOUN.search(self.text, max(sentence.start, marker.start() - 20), marker.start()) and _NOUN_LIKE.fullmatch(marker.group()):
                    continue  # "said its estimate drew on Western government figures": a noun owned by the speaker, no verb
                agent = self._agent(sentence, marker)
                if agent is None:
                    continue
                quote = self.quote_at(marker.start())
                if quote is not None and agent.start < quote[0] and lx.FIRST_PERSON.search(self.text, quote[0], marker.start()):
                    continue  # '"I think it's safe to suggest that ...", Kahl told reporters': the quote's "I", not a name before it
                if marker.group().lower() in ("citing", "quoting") and agent.claimant != "other":
                    relayed = agent.claimant
                elif relayed is not None and agent.claimant == "other" and _OUTLET.search(agent.text):
                    # "..., the newspaper reported": the outlet goes on relaying the source it cited
                    agent = replace(agent, claimant=relayed)
                # (an outlet or institute named as the speaker is one a later "it" refers to; unnamed analysts are not)
                if (agent.claimant != "other" or agent.end > agent.start and not agent.plural) and agent not in self.speakers:
                    self.speakers.append(agent)
                # (an agent named earlier and referred to here, "On Wednesday, the ministry said": the day near this reference)
                here = agent.start if sentence.start <= agent.start < sentence.end else marker.start()
                # (a statement in the present or present perfect, "The General Staff has put the toll at 45,400", is a
                # current one: the day of an earlier statement by the same side does not carry to it)
                # (not a present verb inside a past one: "the General Staff said it believes that 780 ...")
                current = cues.PRESENT_SPEECH.fullmatch(marker.group()) is not None \
                    and not _INSIDE_PAST_SPEECH.search(self.text, max(sentence.start, marker.start() - 25), marker.start()) \
                    or _PERFECT_AUXILIARY.search(self.text, max(sentence.start, marker.start() - 12), marker.start()) is not None
                # (nor to one told of as another statement: "The Ukrainian military said separately that ...")
                current = current or _SEPARATE_STATEMENT.search(segment) is not None or _LATER_OPENING.match(self.text, sentence.start) is not None
                # (the day of "gave an interview to Ukrainian television on Thursday" follows the statement's noun)
                given = _GIVEN_STATEMENT.match(self.text, marker.end()) if marker.group().lower() in _GIVING_VERBS else \
                    _TOLD_A_MEETING.match(self.text, marker.end()) if marker.group().lower() in ("told", "tells", "addressed") else \
                    _IN_A_STATEMENT.match(self.text, marker.end()) if marker.group().lower() in _STATING_VERBS else None
                # ("told an expanded meeting of the defence ministry board on Monday": the day follows the audience)
                day = self._day_near(sentence, here, given.end() if given else marker.end()) \
                    or (None if current else speaker_days.get(agent.claimant))
                if day is None and _PAST_SPEECH.fullmatch(marker.group()):
                    # "In September, Shoigu said 5,937 had died. He claimed Kyiv had lost 100,000": the month that opens
                    # a past statement dates it, and the pronoun's statement after it
                    fronted = _FRONTED_MONTH.match(self.text, sentence.start, marker.start())
                    if fronted is not None:
                        day = next((d.day for d in self.dates if d.window and fronted.start() <= d.start < fronted.end()), None)
                if day is None and occasion is not None and _PAST_SPEECH.fullmatch(marker.group()):
                    # "Putin claimed on Monday ... Speaking at an expanded meeting ... Belousov reported that": a
                    # statement told of in the past, at the occasion the lead dates, holds on its day
                    day = occasion
                if day is None and _SAME_OCCASION.search(self.text, sentence.start, marker.start()):
                    day = last_statement_day or self._last_day_before(sentence)
                if day is not None:
                    last_statement_day = day
                if day is not None and not _SINCE_WHEN.search(segment):
                    # "Konashenkov on Wednesday said ..."; later "he also said" keeps the day (not the day of an old
                    # statement: "has not updated its figure since March 25, when it said ...")
                    speaker_days[agent.claimant] = day
                owner = agent.text.endswith(("'s", "’s")) or re.match(r"['’]s\b", self.text[agent.end:agent.end + 2]) is not None
                generic = bool(_GENERIC.search(agent.text)) and not _LOCAL_BODY.match(agent.text)
                refute = _REFUTE.search(segment)
                if refute and sentence.start + refute.end() <= marker.start() and (
                        _AND_THEN.search(self.text, sentence.start, marker.start())
                        or marker.group().lower().endswith("ing") and _COMMA_BEFORE.search(self.text, sentence.start, marker.start())):
                    # "called Zelensky's figures a lie and said Ukraine had lost 14,000", "..., saying that Ukrainian losses
                    # were 23,367": a claim of his own after the refutation
                    refute = None
                sentence.attributions.append(Attribution(agent.claimant, marker.start(), marker.end(), agent.start, day,
                                                         refuting=bool(refute), generic=generic, possessive=owner))
            dash = _DASH_TAIL.search(segment) or (_COLON_TAIL.search(segment) if re.search(r"\d", segment.split(":")[0]) else None)
            if dash:  # a headline "... — Defense Ministry" (or "...: General Staff") names its source at the end
                tail = sentence.start + dash.start(dash.lastindex)
                for m in self.mentions:
                    # (the tail names its source at its head: "... — Defense Ministry", not "... - figures Kyiv disputes")
                    if tail <= m.start < sentence.end and not any(a.agent_start == m.start for a in sentence.attributions) \
                            and not _TAIL_CLAUSE.match(self.text, tail, m.start):
                        sentence.attributions.append(Attribution(m.claimant, m.start, m.end, m.start))
                country = _HEADLINE_COUNTRY.fullmatch(dash.group(dash.lastindex).strip())
                if country and not sentence.attributions:  # "Russia lost 500 troops in a day - Ukraine", "... killed in a month: UK"
                    name = country.group(1).lower()
                    sentence.attributions.append(Attribution(_COUNTRY_VOICE.get(name) or _GOVERNMENT_VOICE[name], tail, tail, tail))
            # a headline opened by a foreign government's name and a colon names its source: "UK: Russia has likely lost ..."
            # (not "Ukraine: civilian casualty update", a UN title naming its topic)
            government = _GOVERNMENT_HEAD.match(segment) if sentence is self.sentences[0] and not sentence.attributions else None
            if government is not None:
                sentence.attributions.append(Attribution(_GOVERNMENT_VOICE[government.group(1).lower()], sentence.start, sentence.start,
                                                         sentence.start))
            # "Ukraine's General Staff: 500 occupiers ...", "Ukraine's General Staff — Russia has lost ..." and
            # possessives "OHCHR's figures" speak too.
            colon = _COLON_HEAD.match(segment) or _DASH_HEAD.match(segment)
            for m in self.mentions:
                if sentence.start <= m.start < sentence.end and not any(a.agent_start == m.start for a in sentence.attributions):
                    tail = self.text[m.end:m.end + 25]
                    # (a bare "figure" only as a modifier, "the UN figure": "Zelensky's figure" is most often one disputed)
                    possessive = re.match(r"(?:['’]s)? (?:figures|data|estimates?|tally|count|report|statement|update|claims?"
                                          r"|words|remarks|comments|message|telling|account|reckoning|version)\b| figure\b", tail)
                    if possessive and _OBJECT_OF_STUDY.search(self.text, max(0, m.start - 20), m.start):
                        possessive = None  # "their analysis of Russian government data": the data studied, not a source speaking
                    # a mention that names a source's estimate itself ("Western estimates of Russian dead range from ...")
                    # (opening its clause: not "agreeing with Western estimates that he lost 20,000" nor "said that Western estimates ...")
                    # (the sentence read from its own start, where "^" holds: a search from an offset anchors nothing)
                    possessive = possessive or _NAMES_AN_ESTIMATE.search(m.text) and _OPENS_CLAUSE.search(
                        self.text[sentence.start:m.start], max(0, m.start - sentence.start - 20))
                    # (not the loser before its losses: "Russian army losses in Ukraine: 1,210 soldiers over past day")
                    if (colon and m.end <= sentence.start + colon.end() and not _LOSES.match(self.text, m.end)) or possessive:
                        sentence.attributions.append(Attribution(m.claimant, m.start, m.end, m.start, self._day_near(sentence, m.start, m.end),
                                                                 possessive=bool(possessive and not colon)))
            sentence.attributions.sort(key=lambda a: a.marker_start)
            if self._subheading(sentence, segment):
                previous_frame = None  # "Explosions in Kyiv": a section of its own; the speaker of the one before ends there
            if (_BULLET.match(segment) or _TIMESTAMP_LINE.fullmatch(segment)
                    or _DATED_ENTRY.match(segment) and (sentence.start == 0 or self.text[sentence.start - 1] == "\n")) and not item_of_open_list:
                # a bullet of a key-events list, or an entry of a live blog under its time, is an item of its own:
                # the one before does not speak in it
                previous_frame = None
            if previous_frame is not None and not sentence.attributions and self._another_person_acts(sentence, previous_frame):
                previous_frame = None  # "Putin called the strikes a response to the blast, which killed three": narration, not the speaker's
            if previous_frame is not None and not sentence.attributions and _BACKGROUND_OPENS.match(self.text, sentence.start, sentence.end):
                # "This comes days after shelling killed nine": the outlet's background, not the speaker's
                previous_frame = None
            sentence.carried = previous_frame if previous_frame is not None else default
            asserting = [a for a in sentence.attributions if not a.refuting]
            if asserting and all(_EMBEDDED_SOURCE.search(self.text, max(sentence.start, a.agent_start - 30), a.agent_start) for a in asserting):
                # "hit by a Kh-22 missile, a type that Ukraine's air force says it cannot shoot down": a source inside a
                # relative clause vouches for one detail of the outlet's own telling; it speaks in no later sentence
                asserting, previous_frame = [], None
            if asserting:  # (a refusal frames no later sentence: "Kyiv has dismissed outside estimates. ... losses exceed 750,000")
                previous_frame = asserting[-1]
                if _SINCE_WHEN.search(segment):  # "since March 25, when it said ...": that old day dates no later sentence
                    previous_frame = replace(previous_frame, day=None)
            sentence.frame = previous_frame if previous_frame is not None else default
            if not item_of_open_list and _OPENS_A_LIST.search(segment):
                list_frame = sentence.frame
        # A sentence with no speaker yet takes a trailing one from the next sentence ("... 16 injured. The strikes
        # also damaged buildings, officials said."), when that one states no figure of its own or goes on
        # the same paragraph ("The toll has risen to 23. At least 63 people were injured, the mayor reported.").
        for here, following in zip(self.sentences, self.sentences[1:], strict=False):
            next_text = self.text[following.start:following.end]
            if not here.attributions and following.attributions:
                last = following.attributions[-1]
                refers_back = re.match(r"\s*(?:This|That|It|These figures|The figures|The data|(?:The |These )?(?i:losses|numbers|count|tally|estimates?))"
                                       r"\s+(?:was|were|is|are|has been|have been)\s+\w+\s+by\b"
                                       # "The figure comes from Ukraine's General Staff."
                                       r"|\s*(?:This|That|The|These|Those)\s+(?:figures?|numbers?|estimates?|data|tolls?)\s+(?:\w+\s+)?(?:comes?|came)\s+from\b",
                                       next_text)
                # (a tag, not a statement of its own: "..., but Kyiv's commanders have admitted that the advance
                # stalled" says something else after its verb)
                trailing = last.marker_start > following.start + (following.end - following.start) // 2 \
                    and not _STATEMENT_AFTER_VERB.match(self.text, last.marker_end, following.end)
                if refers_back or trailing and (not _STATES_A_NUMBER.search(next_text) or following.paragraph == here.paragraph):
                    here.frame = last
        # '... 9,000 civilians killed. / "The true numbers are surely larger. ...," said X of the UN mission': a quote after
        # unattributed figures that speaks of them ("the real figures", "these numbers") is their source's, tagged where
        # the quote closes
        for k, here in enumerate(self.sentences[:-1]):
            following = self.sentences[k + 1]
            if here.attributions or following.attributions or not _STATES_A_NUMBER.search(self.text, here.start, here.end):
                continue
            quote = self.quote_at(following.start + 1) or self.quote_at(following.start + 2)
            if quote is None or quote[0] < following.start - 1 or not _THE_FIGURES.search(self.text, following.start, following.end):
                continue
            tagged = next((x for x in self.sentences[k + 1:k + 4] if x.attributions and x.attributions[-1].marker_start >= quote[1]
                           and x.attributions[-1].marker_start - quote[1] <= 4), None)
            if tagged is not None and not _STATES_A_NUMBER.search(self.text, following.start, tagged.start):
                here.frame = tagged.attributions[-1]
        # "Two people were killed in Kharkiv and three in Odesa. Five others were wounded in Dnipro. The figures were
        # given by regional governors": a plural reference back covers the unattributed paragraph before it
        for k, sentence in enumerate(self.sentences):
            if k >= 1 and sentence.attributions and (_REPORTED_THIS.match(self.text, sentence.start, sentence.end)
                                                     or _THIS_WAS_REPORTED_BY.match(self.text, sentence.start, sentence.end)) \
                    and not re.search(r"\d", self.text[sentence.start:sentence.end]):
                # "The Prosecutor General's Office reported this on Telegram.", "This is reported by the General Staff.":
                # its source covers the paragraph before
                paragraph = self.sentences[k - 1].paragraph
                for earlier in self.sentences[:k]:
                    if earlier.paragraph == paragraph and not earlier.attributions:
                        earlier.frame = sentence.attributions[-1]
                continue
            if k < 2 or not sentence.attributions or not _FIGURES_GIVEN_BY.match(self.text, sentence.start):
                continue
            paragraph = self.sentences[k - 1].paragraph
            # (in one-sentence paragraphs, as some outlets set every sentence, the paragraph is the run of lone
            # sentences before it, up to three)
            lone = [e for e in self.sentences[max(1, k - 3):k] if sum(x.paragraph == e.paragraph for x in self.sentences) == 1]
            for earlier in reversed(self.sentences[1:k - 1]):
                if earlier.attributions or earlier.paragraph != paragraph and not (earlier in lone and self.sentences[k - 1] in lone):
                    break
                earlier.frame = sentence.attributions[-1]
        self._frame_the_answers()

    def _another_person_acts(self, sentence: Sentence, frame: Attribution) -> bool:
        """Whether the sentence opens on a person by name, of another party than the speaker in force, as its subject."""
        opening = next((m for m in self.mentions if sentence.start <= m.start < sentence.end), None)
        return opening is not None and opening.person and opening.claimant not in (frame.claimant, "other") \
            and _SUBJECT_NAME_OPENS.fullmatch(self.text, sentence.start, opening.start) is not None \
            and not re.match(r"['’]s\b", self.text[opening.end:opening.end + 2])

    def headline(self) -> Sentence | None:
        """The text's first sentence when it is a line of its own over the body: a headline."""
        return self.sentences[0] if self.sentences and self.text.startswith("\n", self.sentences[0].end) else None

    def headline_items(self, sentence: Sentence) -> bool:
        """Whether the sentence is a headline whose items a semicolon parts."""
        return sentence is self.headline() and ";" in self.text[sentence.start:sentence.end]

    def _title_confirms(self, m: Mention) -> bool:
        """Whether an office title right before a name ("Defence Minister Oleksii Reznikov") says he speaks in the office
        the alias table has him in; for a minister who moved, only a defence title does ("Prime Minister Denys Shmyhal"
        is the government's head, not the defence ministry he later led)."""
        title = _TITLED.search(self.text, max(0, m.start - 40), m.start)
        if title is None:
            return False
        return not any(name in m.text for name in lx.OUT_OF_OFFICE) or re.search(r"Defen[cs]e", title.group()) is not None

    def asks_the_interviewee(self, sentence: Sentence, pos: int) -> bool:
        """Whether a question of a question-and-answer interview addresses the one interviewed ("you", "your")
        before `pos`: "Q: Russia says you have lost 19,000 soldiers there." """
        line = self.text.rfind("\n", 0, sentence.start) + 1
        return self.interviewee is not None and _QUESTION_LINE.match(self.text, line) is not None \
            and _YOU.search(self.text, sentence.start, pos) is not None

    def _frame_the_answers(self) -> None:
        """An interview set as questions and answers ("Q: ... / A: ..."): the one interviewed speaks every answer
        (named where the text says whom it interviews: "an interview with ...", "The interview with X was conducted");
        a question speaks for no one, and its "Russia says ..." keeps its own tag."""
        # (or set as a dialogue of dashed lines, as Ukrainian and Russian papers print interviews: "— How many ...?" /
        # "— I can't give numbers ...", the questions and answers in turn, the first a question)
        dialogue = len(_ANSWER_LINE.findall(self.text)) < 2
        if dialogue and len(_DASH_LINE.findall(self.text)) < 3:
            return
        interviewee = next((m for at in _INTERVIEW_WITH.finditer(self.text) for m in self.mentions
                            if at.end() <= m.start < at.end() + 60 and m.claimant != "other"), None)
        if interviewee is None and not dialogue:
            # "Kyrylo Budanov, head of Ukraine's military intelligence, spoke to us in his office.": with no "interview
            # with", the one person the lines before the first question name is the one who answers
            first_q = next((x.start for x in self.sentences if _QUESTION_LINE.match(self.text, x.start)), 0)
            people = [m for m in self.mentions if m.end <= first_q and m.person and m.claimant != "other"]
            if people and len({m.claimant for m in people}) == 1 and _SPOKE_TO_US.search(self.text, 0, first_q):
                interviewee = people[0]
        if interviewee is None:
            return
        frame = Attribution(interviewee.claimant, interviewee.start, interviewee.end, interviewee.start)
        self.interviewee = interviewee.claimant
        answering, dashes = False, 0
        for sentence in self.sentences:
            if sentence.start == 0 or self.text[sentence.start - 1] == "\n":
                if dialogue:
                    if _DASH_LINE.match(self.text, sentence.start):
                        answering = dashes % 2 == 1
                        dashes += 1
                elif _QUESTION_LINE.match(self.text, sentence.start):
                    answering = False
                elif _ANSWER_LINE.match(self.text, sentence.start):
                    answering = True
            if answering and not sentence.attributions:
                sentence.frame = sentence.carried = frame

    def _day_near(self, sentence: Sentence, start: int, end: int) -> date | None:
        """A day named right by the speech event: "Konashenkov on Wednesday said", "said on Thursday"; the nearest one
        ("the attack on Saturday rose to 18, officials said Monday" is Monday's)."""
        near = [d for d in self.dates if sentence.start <= d.start < sentence.end and not d.window and (start - 40 <= d.start <= end + 25)
                and not self.opens_window(d, sentence.start) and not self._ends_a_figure_clause(d, sentence, start)
                and not self._range_end_point(d)]
        if not near:
            return None
        return min(near, key=lambda d: d.start - end if d.start >= end else start - d.end + 1).day

    def _last_day_before(self, sentence: Sentence) -> date | None:
        """The last day named in the three sentences before, outside a window it opens ("since September, when Shoigu
        said ...")."""
        index = self.index_of(sentence)
        for before in reversed(self.sentences[max(0, index - 3):index]):
            named = [d for d in self.dates if before.start <= d.start < before.end and not self.opens_window(d, before.start)]
            if named:
                return named[-1].day
        return None

    def _range_end_point(self, d: DateMention) -> bool:
        """One end of a stated range ("its report covering February 1 - July 31"): the range's, not the speech's day."""
        opens = _RANGE_LINK.match(self.text, d.end) is not None and any(0 <= o.start - d.end < 12 for o in self.dates)
        return opens or cues.RANGE_CLOSE_BEFORE.search(self.text, max(0, d.start - 10), d.start) is not None \
            and any(0 <= d.start - o.end < 12 for o in self.dates)

    def _ends_a_figure_clause(self, d: DateMention, sentence: Sentence, agent: int) -> bool:
        """"... killed nine and wounded 17 on Monday evening, the governor said": a day closing the clause of a figure,
        before the speaker's comma, is that clause's (not "On Monday, the governor said ...")."""
        return d.end <= agent and "," in self.text[d.end:agent] and bool(
            _STATES_A_NUMBER.search(self.text, sentence.start, d.start) or _STATES_A_NUMBER.search(self.text, d.end, agent))

    def opens_window(self, d: DateMention, floor: int) -> bool:
        """"since the escalation on February 17" opens a window, it does not date the figure; "since March 2, when" does."""
        key = (d.start, floor)
        if key not in self._opens_cache:  # (asked again for every figure of the sentence)
            self._opens_cache[key] = self._opens_window(d, floor)
        return self._opens_cache[key]

    def _opens_window(self, d: DateMention, floor: int) -> bool:
        before = self.text[max(floor, d.start - 60):d.start]
        lead = _DATE_LEAD.match(self.text, d.start, d.end)
        if lead:  # a mention that starts with its preposition ("in February 2022") reads as the bare date after it
            before += lead.group()
        opens = _OPENS_AFTER.search(before[-14:]) \
            or (_BETWEEN_END.search(before) and _AND_NEXT.match(self.text, d.end, d.end + 6)) \
            or _SINCE_BEFORE.search(before) and not _SINCE_IT_SAID.search(before) \
            or _WAR_BEGAN_ON.search(before) \
            or (_FROM_END.search(before) and _TO_AFTER.search(self.text, d.end, d.end + 40)) \
            or ((_FROM_END.search(before) or _BETWEEN_END.search(before)) and _ASIDE_THEN_END.match(self.text, d.end))
        # "since March 2, when the ministry reported 498": the day of that report; but "since 24 February 2022, when
        # Russia launched its invasion," is still the war's start
        when = WHEN_AFTER.match(self.text, d.end)
        return bool(opens) and not when

    def context_day(self, sentence: Sentence) -> date | None:
        """A day the text set for this sentence: "At that time, ..." takes the last day named before;
        "as of September 10" (or a document "dated February 28") in an earlier sentence of the paragraph holds for the
        rest of it."""
        index = self.index_of(sentence)
        text = self.text[sentence.start:sentence.end]
        earlier = [d for d in self.dates if d.end <= sentence.start]
        if re.match(r"\s*[-–—•]?\s*(?:At that time|At the time|That day|On that day|Then)\b", text) and earlier:
            return earlier[-1].day
        if _SAME_OCCASION.search(text) or _SAME_DAY.search(text):
            day = self._last_day_before(sentence)  # "For Ukraine, the same slide puts ...": the slide "dated Feb. 28" before
            if day is not None:
                return day
        months = [d for d in earlier if d.window and sentence.start - d.end < 300]
        if _THAT_MONTH.match(text) and months:
            return months[-1].day  # "It covers January 2024. In that month, the mission recorded 158 ...": January's last day
        # a bullet, or a sentence that refers back to a period ("Thus, during this period, OHCHR recorded ..."),
        # continues the text before it across paragraph breaks
        continues = re.match(r"\s*[-–—•]", text) or _REFERS_BACK.match(text)
        for back, previous in enumerate(reversed(self.sentences[:index])):
            if self.text[previous.start:previous.end].strip() in ("-", "–", "—", "•"):
                continues = True  # a bullet marker on a line of its own: the item below it is a bullet too
                continue
            if previous.paragraph != sentence.paragraph and not continues or back >= 6:
                break
            if sentence.attributions and previous.frame is not None and all(a.claimant != previous.frame.claimant for a in sentence.attributions):
                break  # "... in the month to 31 May the UN recorded ... Prosecutors say ...": another source's day
            stated = [d for d in self.dates if previous.start <= d.start < previous.end
                      and re.search(r"\b(?:as of|until|till|through|to|by|dated)\s+(?:midnight\s+(?:on\s+)?)?$", self.text[max(0, d.start - 25):d.start])]
            if stated:
                return stated[-1].day
        return self._headline_as_of()

    def _headline_as_of(self) -> date | None:
        """"Ukraine: civilian casualty update as of 29 February 2024" dates every figure of the update below it."""
        head = self.headline()
        if head is None:
            return None
        stated = [d for d in self.dates if head.start <= d.start < head.end
                  and re.search(r"\bas (?:of|at)\s+$", self.text[max(0, d.start - 8):d.start], re.IGNORECASE)]
        return stated[-1].day if stated else None

    # --- lookups the grammar uses ---------------------------------------------------------
    def index_of(self, sentence: Sentence) -> int:
        """The sentence's place in the text (by its start, which no two sentences share)."""
        if self._index is None:
            self._index = {}
            for i, s in enumerate(self.sentences):
                self._index.setdefault(s.start, i)  # (the first, as list.index gave)
        return self._index[sentence.start]

    def list_item(self, sentence: Sentence) -> int | None:
        """The paragraph of a sentence when that paragraph is an item of a bulleted list ("- At least four people ..."):
        each item of a key-events list tells its own story."""
        first = next(s for s in self.sentences if s.paragraph == sentence.paragraph)
        return sentence.paragraph if _BULLET.match(self.text, first.start) else None

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence at `pos`; between two sentences, the next one (not the last of the text: "Bakhmut.  It said"
        with two spaces asked for the space after the break)."""
        for s in self.sentences:
            if pos < s.end:
                return s
        return self.sentences[-1]

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        for q in self.quotes:
            if q[0] < pos < q[1]:
                return q
        return None

    def speaker_for(self, pos: int) -> Attribution | None:
        """Who asserts a figure at `pos`: the nearest speech event of its sentence, the quote's speaker, else none."""
        sentence = self.sentence_at(pos)
        quote = self.quote_at(pos)
        # (a quoted passage whose sentences carry their own tags, as a digest quotes a wire: '"..., killing one person,
        # Governor X said. ..."': the tag inside the quote, in the figure's sentence, speaks)
        own_tag = quote is not None and any(self.quote_at(a.marker_start) == quote and not a.refuting for a in sentence.attributions)
        if quote is not None and not own_tag:
            who = self._quote_speaker(quote)
            if who is not None:
                return who
        if sentence.attributions:
            asserting = [a for a in sentence.attributions if not a.refuting] or sentence.attributions
            # "The UK puts the total at 700,000, in line with Kyiv's estimate of 708,890": the possessive after a figure is not its speaker
            asserting = [a for a in asserting if not (a.possessive and a.agent_start > pos)] or asserting
            # "According to Ukraine, Russia has lost 2,300 tanks; according to Oryx, ... 1,900": a semicolon parts two sources
            same_part = [a for a in asserting if ";" not in self.text[min(a.marker_start, pos):max(a.marker_start, pos)]]
            if not same_part and self.headline_items(sentence):
                return None  # a headline's items parted by semicolons are stories of their own: "12 killed in Kharkiv; Zelensky says ..."
            asserting = same_part or asserting
            # (one across a contrasting clause is another statement's: "Russia has acknowledged 6,000 deaths, but reports on
            # losses have been suppressed in Russian media")
            chosen = min(asserting, key=lambda a: (bool(_CONTRAST.search(self.text, min(a.marker_start, pos), max(a.marker_start, pos))),
                                                   abs(a.marker_start - pos), a.marker_start))
            if chosen.day is None:
                # "The United States estimates that more than 20,000 ... have been killed ..., Kirby said on Monday": one
                # statement, told twice in its sentence; the day of the other telling dates it
                dated = [a for a in asserting if a.claimant == chosen.claimant and a.day is not None]
                if len(dated) == 1:
                    chosen = replace(chosen, day=dated[0].day)
            return chosen
        return None

    def _quote_speaker(self, quote: tuple[int, int]) -> Attribution | None:
        candidates = []
        for s in self.sentences:
            # (a sentence just before the quote introduces it only when it does not end on a full stop: 'He said: "..."'
            # but not '..., officials said. "I think ...," Kahl told reporters')
            near_open = s.start <= quote[0] < s.end + 2 and not (quote[0] >= s.end - 1 and _ENDS_ON_STOP.search(self.text, s.start, quote[0])) \
                or (s.end <= quote[0] and quote[0] - s.end < 3 and not _ENDS_ON_STOP.search(self.text, s.start, quote[0]))
            near_close = s.start <= quote[1] <= s.end + 1 or (quote[1] <= s.start and s.start - quote[1] < 3)
            if near_open or near_close:
                candidates.extend(a for a in s.attributions if not (quote[0] < a.marker_start < quote[1])
                                  and not (s.start >= quote[1] and self._new_statement_after(quote, s, a)))
        if not candidates:
            return None
        return min(candidates, key=lambda a: min(abs(a.marker_start - quote[0]), abs(a.marker_start - quote[1])))

    def _new_statement_after(self, quote: tuple[int, int], sentence: Sentence, attribution: Attribution) -> bool:
        """'"Last week we lost 300 men." Ukrainian officials said the real figure was higher.': a quote closed by its own
        full stop is tagged by the sentence after it only when that sentence is a bare tag ("He said on Telegram.")."""
        closed = self.text[max(quote[0], quote[1] - 3):quote[1]]
        if not re.search(r"[.!?]\W*$", closed):
            return False
        opener = self.sentence_at(quote[0] + 1)
        if opener.start < quote[0]:
            # a quote inside a sentence of its own speaker's ("X described ..., noting that "...130."") is tagged by the
            # sentence after it only as the sentence's own, not when its speaker was named before the quote and the next
            # paragraph is another statement ('he said: "They lost 747 tanks." [new paragraph] Shoigu said ...')
            introduced = any(opener.start <= a.marker_start < quote[0] for a in opener.attributions)
            if not (introduced and sentence.paragraph != self.sentence_at(quote[1] - 2).paragraph):
                return False
        return not _TAG_TAIL.fullmatch(self.text, attribution.marker_end, sentence.end)

    def refutes(self, attribution: Attribution, pos: int) -> bool:
        """The speaker's own verb refutes the figure: "The Kremlin denied reports that 100,000 ...", a spokesman dismissing
        Kyiv's 2,500-3,000 as a lie; not "Moscow's widely disputed claims" (others dispute) nor a rejection after it."""
        if not attribution.refuting and pos >= attribution.marker_start:
            return False
        # (a figure before the speech verb is the object of the agent's own verb: "Mediazona disputed the Kremlin's figure of
        # 5,937 dead, saying its own count was 6,756")
        agent = next((m for m in self.mentions if m.start == attribution.agent_start), None)
        possessive = re.search(r"['’]s$", agent.text) or re.match(r"['’]s\b", self.text[agent.end:agent.end + 2]) if agent else False
        if agent is None or possessive or agent.end > pos:
            return False
        # the refusal right before the figure ("... said he could not confirm reports of 20,000"), the agent maybe a sentence back
        return bool(_REFUTES_FIGURE.search(self.text[max(agent.end, pos - 60):pos]))

    def possessive_owner(self, pos: int) -> str | None:
        """The claimant of "X's" just before a figure ("Zelensky's 2,500-3,000", "Kyiv's figure of 9,000")."""
        for m in reversed(self.mentions):
            if m.end <= pos and pos - m.end <= 30 and (re.match(r"['’]s\b", self.text[m.end:m.end + 2])
                                                        or _ESTIMATE_OF.fullmatch(self.text, m.end, pos)):
                return m.claimant  # "Zelensky's 2,500-3,000", "Western estimates of 120,000"
            if m.end <= pos - 30:
                break
        side_claim = _SIDE_CLAIMS.search(self.text, max(0, pos - 70), pos)
        if side_claim:  # "rejected Russian claims that Ukraine had lost 300,000": the side's defence ministry, as reported
            return "ru_mod" if (side_claim.group(1) or side_claim.group(2)).lower().startswith(("russia", "moscow", "kremlin")) else "ua_mod"
        return None

    def ministry_of_side(self, claimant: str) -> str | None:
        """The side's defence ministry: generic officials ("Ukrainian officials", "the Russian side") giving military figures speak for it."""
        side = lx.SIDE.get(claimant)
        return {"ru": "ru_mod", "ua": "ua_mod"}.get(side or "")
