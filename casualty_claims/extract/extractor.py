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
from dataclasses import replace
from datetime import date

from casualty_claims.claim import Claim
from casualty_claims.extract import fastre
from casualty_claims.extract import lexicon as lx
from casualty_claims.extract.document import DocumentModel
from casualty_claims.extract.numbers import Number, find_numbers

EXTRACTOR = "grammar@2"  # @2: the rules of the second session (see README, "Claims from free text")
_WORD = fastre.compile(r"\S+")
_SUBCOUNT = fastre.compile(r"\b(?:including|among them|among whom|of whom|of them|of which|among those|among the dead|among the victims)\W*$", re.IGNORECASE)
_FORECAST = fastre.compile(r"\b(?:could|would|will|may|might|expected to|projected|likely to|aims to|plans to|would have)\b", re.IGNORECASE)
_SINCE_BEFORE = fastre.compile(r"\b(?:since|after|starting|began|beginning|start(?:ed)?)\s*(?:on\s+)?$", re.IGNORECASE)
_PLACE = fastre.compile(
    r"\b(?:in|near|on|at)\s+(?!Ukraine\b|Russia\b|the country\b|total\b|all\b|the war\b|Donbas\b|the east\b|eastern Ukraine\b|Government\b|territory\b"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|Facebook|Telegram|Twitter|X|Instagram|YouTube|TV|Truth|Sky|CNN|BBC|Fox|NBC|CBS|ABC)\b)"
    r"[A-Z][a-z\u0400-\u04FF]{2,}|\b[A-Z][a-z]+(?:'s)? (?:[Rr]egion|[Oo]blast|[Dd]istrict|[Cc]ity)\b"
)
_GOVERNS = fastre.compile(
    r"^[\s:]*(?:(?:the|a|an|at|least|more|than|over|some|about|nearly|almost|around|up|to|of|rose|risen|rises|rising|reached|reaches|"
    r"stood|stands|is|was|were|are|has|had|have|been|now|further|another|approximately|roughly|estimated|reaching|climbed|"
    r"increased|grew|jumped|as|many|put|puts|at|totalled|totaled|total|numbered|exceeded|exceeds|amounted|amounts|stands|by)[\s:]+)*$",
    re.IGNORECASE,
)
# How a party words the deaths it inflicts, and its own.
_ENEMY_KILL = fastre.compile(r"\b(?:eliminated|liquidated|neutrali[sz]ed|destroyed|killed up to|wiped out|annihilated)\b", re.IGNORECASE)
_OWN_LOSS = fastre.compile(
    r"\b(?:died|have died|lost|losses among|our|comrades|heroes|fallen|had been killed|have been killed|were killed|been wounded|injured)\b",
    re.IGNORECASE,
)
# "Russia has lost", "Ukraine is said to have lost": the side named as the loser owns the figure.
_LOSER = fastre.compile(
    r"\b(Russia|Moscow|Russians|Ukraine|Kyiv|Kiev|Ukrainians)\b(?:'s)?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:(?:is|was|are|were)\s+(?:said|believed|estimated|thought|reported|understood)\s+to\s+have\s+)?"
    r"(?:already\s+|now\s+|reportedly\s+)?(?:lost|suffered)\b",
    re.IGNORECASE,
)
_SIDE_ARMY = fastre.compile(r"\b(Russian|Russia's|Ukrainian|Ukraine's)\s+(?:armed forces|army|military|troops|forces|servicemen|soldiers)\b", re.IGNORECASE)
# "the Russian forces have destroyed 418 aircraft": the destroyer's side, so the losses are the other side's.
_ACTIVE_DESTROY = fastre.compile(r"\b(?<!been )(?:destroyed|destroys|shot down|downed|knocked out)\b", re.IGNORECASE)
_SIDE_WORD = fastre.compile(r"\b(Russian|Russia's|Russia|Ukrainian|Ukraine's|Ukraine|Kyiv's)\b", re.IGNORECASE)


def _destroyer_side(sentence: str) -> str | None:
    """The side named nearest before the first active destroy verb ("in Ukraine, the Russian military has destroyed")."""
    verb = _ACTIVE_DESTROY.search(sentence)
    if verb is None:
        return None
    sides = list(_SIDE_WORD.finditer(sentence, max(0, verb.start() - 40), verb.start()))
    return sides[-1].group(1).lower() if sides else None


# "Russian losses", "Ukraine's military death toll": the owner of an unlabelled figure.
_SIDE_LOSSES = fastre.compile(
    r"\b(Russian|Russia's|Moscow's|Kremlin's|Putin's|Ukrainian|Ukraine's|Kyiv's|Kiev's)\s+(?:\w+\s+){0,2}"
    r"(?:losses|casualties|dead|death toll|war dead|military|troops|army|forces|soldiers|servicemen)\b",
    re.IGNORECASE,
)
_HOLDER = fastre.compile(r"\b(Russia|Moscow|Ukraine|Kyiv|Kiev)\s+(?:has|had|have)\b(?!\s+(?:lost|suffered|destroyed|killed))", re.IGNORECASE)
# Bodies that count civilians: a bare "N were killed" from them is about civilians.
_CIVILIAN_COUNTERS = {"un", "ua_ses", "ua_prosecutor"}
_BREAKDOWN = fastre.compile(r"\([^()]*$")
_AFTER_SUBCOUNT = fastre.compile(
    r"^\s*(?:of (?:which|whom|them)|were among|are among|among (?:them|the dead|those)|(?:\w+\s+)?in (?:serious|critical|grave|severe|stable) condition)\b",
    re.IGNORECASE,
)
_OTHERS = fastre.compile(r"^\s*(?:more|others?|other people|additional)\b", re.IGNORECASE)
_REGIONAL_SHARE = fastre.compile(
    r"\b(?:were|was) recorded in\b(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|20\d\d)\b)"
    r"|\bin (?:[Gg]overnment|Ukrainian|Russian)[- ]controlled\b|\bin territory controlled\b|\bin other regions\b|\bof them in\b"
)
_LOCAL = fastre.compile(r"\b(?:in|across|of) the (?:city|town|village|region|oblast|district|settlement|republic)\b", re.IGNORECASE)
# "The death toll ... has risen to 23": the verb that ties a far-left toll noun to its number.
_TOLL_VERB = fastre.compile(
    r"\b(?:has |have |had )?(?:risen|rose|rises|reached|climbed|increased|grown|grew|jumped|stood|stands|amounted|amount|amounts|totall?ed|"
    r"exceeded|surpassed|hit|was|is|were|are)(?:\s+(?:to|at))?(?:\s+(?:at least|more than|over|nearly|almost|about|some|around))?\s*$",
    re.IGNORECASE,
)
# A count that "has risen" holds as of its report, not as of the attack dated before it.
_RISEN = fastre.compile(r"\b(?:has|have)\s+(?:now\s+|since\s+)?(?:risen|reached|climbed|increased|grown|jumped|exceeded|surpassed)\b", re.IGNORECASE)
# Not counts: ages ("aged 6, 8 and 14", "men between 18 and 55"), inventories ("began the war with 3,100 tanks"), averages.
_AGES = fastre.compile(
    r"\b(?:aged|ages?(?: of)?|between the ages of|(?:men|women|people|males|females|boys|girls)(?=\s+(?:between|from)\s*$))"
    r"(?:\s+(?:between|from))?\s*(?:\d{1,3}\s*(?:,|and|or|to|-|–)\s*)*$",
    re.IGNORECASE,
)
_INVENTORY = fastre.compile(
    r"\b(?:began|begun|started|entered|went into)\s+the\s+(?:war|invasion|conflict)\s+with\s*(?:about\s+|some\s+|around\s+)?$"
    r"|\bleaving\s+(?:it|them|Russia|Ukraine|the army)\s+(?:with\s+)?(?:only\s+|just\s+)?(?:about\s+|some\s+|around\s+)?$",
    re.IGNORECASE,
)
_AVERAGE = fastre.compile(r"\baverage\b[^.]*\b(?:daily|per day|a day)\b|\b(?:daily|per-day) average\b", re.IGNORECASE)
# "Russian forces hit Kyiv ... four people were killed": an army that attacks is not the owner of "people".
_ATTACKS = fastre.compile(r"\s+(?:\w+\s+){0,2}?(?:hit|struck|strike|attacked|attack|shelled|launched|fired|bombed|targeted|shot)\b", re.IGNORECASE)
# "the total number of Russians killed or injured": nationals named with the loss own it.
_SIDE_PEOPLE_LOST = fastre.compile(r"\b(Russians|Ukrainians)\s+(?:\w+\s+)?(?:killed|dead|died|wounded|injured|captured)\b", re.IGNORECASE)
# Sentence-initial cues that open a window ("Since the beginning of the counteroffensive, ..."), not ones that date a statement.
_WINDOW_OPENER = fastre.compile(r"(?:since|during|over|throughout|within|in the (?:past|last|first|course))\b", re.IGNORECASE)
_SUBJECT_LIST = [(p, k) for k, p in lx.SUBJECT_RES.items()]
# The nationality on the noun itself: "its military had killed more than 20,000 Russian soldiers".
_NATION_RU = fastre.compile(r"\b(?:Russian|Russia's)\b", re.IGNORECASE)
_NATION_UA = fastre.compile(r"\b(?:Ukrainian|Ukraine's)\b", re.IGNORECASE)
_CLAUSE_BREAK = fastre.compile(r"[;—–]|\s-\s|(?<=\w)-\s")  # a rate belongs to the clause of its own number
_ADMITS_LOSS = fastre.compile(r"\b(?:confirmed|admitted|acknowledged|conceded)\b[^.;]{0,30}\b(?:loss|losing|lost)\b", re.IGNORECASE)
_ESTIMATE_OF = fastre.compile(r"\b(?:estimate|figure|tally|count|number|assessment)s?\s+(?:of|at|was|is|stood at)\s*$", re.IGNORECASE)
_HUMAN_METRICS = {"killed", "wounded", "captured", "missing", "casualties"}


def _words(text: str, n: int, from_end: bool = False) -> str:
    words = _WORD.findall(text)
    return " ".join(words[-n:] if from_end else words[:n])


_COMBINED: dict[int, tuple[re.Pattern, dict[str, str]]] = {}


def _combined(res: list) -> tuple[re.Pattern, dict[str, str]]:
    """The word list as one alternation: a single scan finds the leftmost match, and at that position the first
    entry in list order, which is what searching entry by entry and keeping the leftmost gives."""
    key = id(res)
    if key not in _COMBINED:
        flags = {pattern.flags for pattern, _ in res}
        assert len(flags) == 1, "one alternation needs one set of flags"
        groups = {f"w{i}": name for i, (_, name) in enumerate(res)}
        _COMBINED[key] = (fastre.compile("|".join(f"(?P<w{i}>{pattern.pattern})" for i, (pattern, _) in enumerate(res)), flags.pop()), groups)
    return _COMBINED[key]


def _first(res: list, text: str) -> tuple[str, re.Match] | None:
    pattern, groups = _combined(res)
    m = pattern.search(text)
    return (groups[m.lastgroup], m) if m else None


def _last(res: list, text: str) -> tuple[str, re.Match] | None:
    best = None
    for pattern, name in res:
        for m in pattern.finditer(text):
            if best is None or m.end() > best[1].end():
                best = (name, m)
    return best


class Grammar:
    def __init__(self, text: str, published: date, doc_kind: str | None):
        self.text = text
        self.published = published
        self.doc = DocumentModel(text, published, doc_kind)
        self.numbers = find_numbers(text)
        self.last_subject: str | None = None
        self.last_claim: Claim | None = None
        self.strength: list[int] = []  # per claim: 2 attributed in its sentence, 1 by context, 0 unattributed
        self._unmarked_cache: dict[int, bool] = {}

    # --- windows --------------------------------------------------------------------
    def _right(self, i: int, sentence_end: int) -> str:
        n = self.numbers[i]
        stop = sentence_end
        if i + 1 < len(self.numbers) and self.numbers[i + 1].start < stop:
            stop = self.numbers[i + 1].start
        right = self.text[n.end:stop]
        cut = re.search(r";|\s—\s|\s–\s|, while\b|, whereas\b|, but\b", right)
        return right[:cut.start()] if cut else right

    def _left(self, i: int, sentence_start: int) -> str:
        n = self.numbers[i]
        start = sentence_start
        if i > 0 and self.numbers[i - 1].end > start:
            start = self.numbers[i - 1].end
        return self.text[start:n.start]

    # --- reading one figure ---------------------------------------------------------------
    def _is_list(self, sentence_start: int, sentence_end: int) -> bool:
        """Three or more "N <equipment>" items: a losses list even when its verb is in another sentence."""
        items = 0
        for n in self.numbers:
            if sentence_start <= n.start < sentence_end:
                after = self.text[n.end:n.end + 40]
                items += any(p.match(after.lstrip()) for p, _ in lx.EQUIPMENT_RES) or bool(
                    re.match(r"\s*(?:more |other )?units of ", after))
        return items >= 3

    def metric_of(self, right: str, left: str, sentence: str, context: str = "", span: tuple[int, int] = (0, 0),
                  prefix: str = "") -> tuple[str | None, str]:
        """(metric, how): 'equipment', 'right', 'left' or 'none'."""
        head = re.sub(r"^\s*(?:more |other )?units of ", " ", _words(right, 10))
        head = re.sub(r"\b\w+-(?:type|class|based|made)\b", lambda m: " " * len(m.group()), head)  # "aircraft-type UAV": a UAV
        equipment = _first(lx.EQUIPMENT_RES, head)
        person = _first(_SUBJECT_LIST, head)
        if equipment and (person is None or (equipment[1].start(), -equipment[1].end()) < (person[1].start(), -person[1].end())) \
                and equipment[1].start() < 40:  # the earlier noun wins, then the longer ("fighter jets" over "fighter")
            near_cue = lx.DESTROY.search(_words(left, 6, from_end=True) + " " + _words(right, 12))
            if near_cue or lx.LOSS_VERB.search(prefix) or (self._is_list(*span) and (lx.DESTROY.search(context) or re.search(r"\blosses\b", context))):
                return equipment[0], "equipment"
            return None, "none"
        near = _first(lx.METRIC_RES, _words(right, 9))
        close_left = _last(lx.METRIC_RES, _words(left, 6, from_end=True))
        if close_left is not None and not _GOVERNS.match(_words(left, 6, from_end=True)[close_left[1].end():]):
            close_left = None  # the verb must govern the number: "killed 21", "killing at least 10", "death toll rose to 42"
        if close_left is not None and close_left[0] == "casualties" and near is not None and near[0] != "casualties" \
                and self._word_distance(right, near[1]) <= 3 and not re.search(r"\b(?:including|includ\w+|with)\b", _words(right, 9)[:near[1].start()]):
            return near[0], "right"  # "lost 43,000 soldiers who died": the specific word wins
        if close_left is not None and (near is None or self._word_distance(right, near[1]) > 1):
            return close_left[0], "left"
        if near is not None:
            return near[0], "right"
        return None, "none"

    def metric_far_left(self, left: str) -> str | None:
        clause = re.split(r"[,;:.!?]", left)[-1]  # "The losses of the Ukrainian armed forces amounted to up to 140"
        window = _words(clause, 10, from_end=True)
        far_left = _last(lx.METRIC_RES, window)
        if far_left is not None:
            # the window may cut a phrase: "killed and | wounded since the start of the invasion to over one million"
            wider = _words(clause, 14, from_end=True)
            longer = _last(lx.METRIC_RES, wider)
            if longer is not None and len(wider) - longer[1].end() == len(window) - far_left[1].end():
                far_left = longer
        if far_left is None and _TOLL_VERB.search(clause) and re.search(r"\b(?:toll|number|total|tally|count|figure)\b", clause, re.IGNORECASE):
            # "The death toll from the ... attack on Kyiv overnight on August 27-28 has risen to 23": the clause's
            # subject is the toll however long its modifiers
            far_left = _first(lx.METRIC_RES, clause)
        if far_left is None and _TOLL_VERB.search(clause) and len(_WORD.findall(clause)) <= 3:
            # "Losses among civilians from February 24, ..., until March 30, amounted to 3,167": the sentence's subject
            far_left = _first(lx.METRIC_RES, _words(re.split(r"[,;:]", left)[0], 6))
        return far_left[0] if far_left is not None else None

    @staticmethod
    def _word_distance(right: str, match: re.Match) -> int:
        return len(_WORD.findall(_words(right, 9)[:match.start()]))

    def subject_of(self, right: str, left: str, sentence: str, speaker: str | None, metric: str) -> str | None:
        head = re.split(r"\bby\b", _words(right, 6), maxsplit=1)[0]  # "8 more were captured by the invaders": the agent is no subject
        hits = sorted(
            (m.start(), name, m) for name in ("children", "civilians", "military")
            if (m := lx.SUBJECT_RES[name].search(head)) is not None
        )
        left_np = re.split(r"[,;:.!?\"“”()]", left)[-1]
        left_np = _words(left_np, 5 if metric in _HUMAN_METRICS else 2, from_end=True)
        if lx.DESTROYER.search(left_np):
            left_np = left_np[lx.DESTROYER.search(left_np).end():]  # "the Russian forces have destroyed 174 planes": the destroyer is no owner
        noun_end = hits[0][2].end() if hits else 0
        tail = head[noun_end:]
        of_phrase = re.match(r"\s+of\s+(?:the\s+)?(?:\S+\s+){0,2}\S+", tail)
        noun_phrase = left_np + " " + head[:noun_end] + (of_phrase.group() if of_phrase else "")
        if lx.BOTH.search(sentence) and not re.search(r"\bcivilian|\bchildren\b", head, re.IGNORECASE):
            return "all_military"
        kind = hits[0][1] if hits else None
        if kind == "civilians" and speaker in ("ru_mod", "ua_mod") and re.match(r"people|persons", hits[0][2].group(), re.IGNORECASE) \
                and not re.search(r"\bcivilian", sentence, re.IGNORECASE) and not lx.EVENT.search(sentence):
            kind = "military"  # a defence ministry's "5,937 people had died" counts soldiers
        army = _SIDE_ARMY.search(sentence)
        if kind == "civilians" and army and re.match(r"people|persons", hits[0][2].group(), re.IGNORECASE) \
                and not re.search(r"\bcivilian", sentence, re.IGNORECASE) and not _ATTACKS.match(sentence, army.end()):
            return "ru_military" if army.group(1).lower().startswith("russia") else "ua_military"  # "losses of the Ukrainian army ... 340 thousand people"
        if kind == "civilians" and not re.search(r"\bcivilian", noun_phrase, re.IGNORECASE):
            # "people" are civilians unless a side marks the noun itself ("A Russian attack killed 19 people": the attacker)
            own_words = head[:noun_end]
            if lx.RU_MARK.search(own_words) or lx.UA_MARK.search(own_words) and not re.search(r"\bUkrainians?\b", own_words):
                kind = "military"
        if kind in ("children", "civilians"):
            return kind
        if re.search(r"\bcivilian", noun_phrase, re.IGNORECASE):
            return "civilians"
        if metric not in _HUMAN_METRICS or kind == "military":
            return self._army(noun_phrase, sentence, speaker, metric)
        owners = list(_SIDE_LOSSES.finditer(left))
        owner = owners[-1] if owners else None  # the nearest: "the General Staff of the Ukrainian Armed Forces puts Russian casualties at"
        if owner:  # "the Russian military death toll at 45,400", "Ukrainian losses are probably over 100,000"
            return "ru_military" if re.match(r"Russ|Moscow|Kremlin|Putin", owner.group(1), re.IGNORECASE) else "ua_military"
        people = list(_SIDE_PEOPLE_LOST.finditer(left))
        if people:  # "the total number of Russians killed or injured at just under 700,000"
            return "ru_military" if people[-1].group(1).lower().startswith("russia") else "ua_military"
        return None

    def _army(self, phrase: str, sentence: str, speaker: str | None, metric: str) -> str:
        side = lx.SIDE.get(speaker or "")
        holder = _HOLDER.search(phrase)
        if holder:  # "Ukraine has about 2,500-3,000 service members killed"
            return "ru_military" if holder.group(1).lower() in ("russia", "moscow") else "ua_military"
        ru, ua = lx.RU_MARK.search(phrase), lx.UA_MARK.search(phrase)
        adjacent = _words(phrase, 3, from_end=True)  # the nationality on the noun itself outranks "its"/"our" further left
        ru_noun, ua_noun = _NATION_RU.search(adjacent), _NATION_UA.search(adjacent)
        if bool(ru_noun) != bool(ua_noun):  # "its military had killed more than 20,000 Russian soldiers"
            return "ru_military" if ru_noun else "ua_military"
        if lx.ENEMY.search(phrase) and side:
            return "ru_military" if side == "ua" else "ua_military"
        if lx.OWN.search(phrase) and side and metric in _HUMAN_METRICS:
            return "ua_military" if side == "ua" else "ru_military"
        if ru and ua:
            return "ru_military" if ru.start() > ua.start() else "ua_military"
        if ru:
            return "ru_military"
        if ua:
            return "ua_military"
        destroyer = _destroyer_side(sentence) if metric not in _HUMAN_METRICS else None
        if destroyer:
            return "ua_military" if destroyer.startswith("russia") else "ru_military"
        loser = _LOSER.search(sentence)
        if loser:  # "Ukraine has already lost half of its army: 61,207 dead"
            return "ru_military" if loser.group(1).lower() in ("russia", "moscow", "russians") else "ua_military"
        if side is not None:
            enemy = "ru_military" if side == "ua" else "ua_military"
            own = "ua_military" if side == "ua" else "ru_military"
            if metric not in _HUMAN_METRICS:
                # a party reports the equipment it destroyed, unless it admits a loss ("confirmed the loss of a Su-25")
                return own if _ADMITS_LOSS.search(sentence) else enemy
            if _ENEMY_KILL.search(sentence):
                return enemy
            return own if _OWN_LOSS.search(sentence) else enemy
        ru_s, ua_s = lx.RU_MARK.search(sentence), lx.UA_MARK.search(sentence)
        if ru_s and not ua_s:
            return "ru_military"
        if ua_s and not ru_s:
            return "ua_military"
        return "ru_military"

    def scope_of(self, sentence: str, around: str, subject: str, offset: int) -> str:
        """event if the figure is tied to a place or an incident; else the nearest window cue decides
        between period and cumulative. `offset` is the number's position in `around`."""
        civil = subject in ("civilians", "children")
        if _PLACE.search(around) or _LOCAL.search(around) or civil and (_PLACE.search(sentence) or _LOCAL.search(sentence)):
            return "event"  # a total tied to one place is an event, even with a time window
        cues = []
        for cue in lx.PERIOD.finditer(around):
            before, after = around[:cue.start()], around[cue.end():]
            if re.search(r"\b(?:invaded|invasion|began|started|launched|since)\b[^,.]{0,25}$", before):
                continue
            dating = re.match(r"(?:in|during) (?-i:[A-Z]|\d)|last (?:week|month|year)|this (?:week|month)|yesterday", cue.group(), re.IGNORECASE)
            states = re.match(r"\s*that\b", after) or re.match(r"\s*,", after) and lx.SPEECH.search(after[:max(0, offset - cue.end())])
            if dating and "alone" not in cue.group().lower() and states or re.match(r"(?:of )?this year", cue.group()) and before.endswith("of "):
                continue  # "said last week that ...", "In August, the Pentagon estimated": the cue dates the statement
            cues.append((abs(cue.start() - offset), "period"))
        for cue in lx.CUMULATIVE.finditer(around):
            cues.append((abs(cue.start() - offset), "cumulative"))
        if cues:
            return min(cues)[1]
        # A sentence-initial window ("Since the beginning of the counteroffensive, ..."); not a day that dates the
        # statement ("In February, Zelensky said ...").
        opening = re.match(r"[^,;]{0,90},", sentence)
        if opening and around not in opening.group():
            for pattern, scope in ((lx.PERIOD, "period"), (lx.CUMULATIVE, "cumulative")):
                cue = pattern.search(opening.group())
                if cue and _WINDOW_OPENER.match(cue.group()):
                    return scope
        if civil and (lx.EVENT.search(around) or lx.EVENT.search(sentence) and not lx.CUMULATIVE.search(sentence)):
            return "event"
        return "cumulative"

    def as_of(self, n: Number, sentence, speaker_day: date | None) -> date:
        best = None
        for d in self.doc.dates:
            if not (sentence.start <= d.start < sentence.end):
                continue
            if self.doc.opens_window(d, sentence.start):
                continue
            if d.end <= n.start and _RISEN.search(self.text, d.end, n.start):
                continue  # "the toll of the attack on August 27-28 has risen to 23": the day of the attack, not of the count
            distance = abs(d.start - n.start)
            if best is None or distance < best[0]:
                best = (distance, d.day)
        if best is not None:
            return best[1]
        context_day = self.doc.context_day(sentence)
        return context_day or speaker_day or self.published

    # --- the document ----------------------------------------------------------------------
    def claims(self) -> list[Claim]:
        out: list[Claim] = []
        previous: dict[int, Claim] = {}  # last claim per sentence, for "1,597 wounded" and "including 13 children"
        for i, n in enumerate(self.numbers):
            sentence = self.doc.sentence_at(n.start)
            s_text = self.text[sentence.start:sentence.end]
            right, left = self._right(i, sentence.end), self._left(i, sentence.start)
            in_parentheses = bool(_BREAKDOWN.search(self.text[sentence.start:n.start]))
            if in_parentheses:  # "killing 34 people (including two children) and wounding 117": the aside ends at ")"
                right = right.split(")", 1)[0]
            # one children figure in parentheses is a subject of its own; a list ("29 men, 21 women, 1 girl") is a breakdown
            children_aside = in_parentheses and bool(lx.SUBJECT_RES["children"].match(right.lstrip())) and self._alone_in_parentheses(i)
            if lx.NOT_LOSS_AFTER.match(right) or lx.NOT_LOSS_BEFORE.search(left) or lx.NOT_LOSS_NOUN.match(right):
                continue
            if lx.RATE.search(_CLAUSE_BREAK.split(right)[0]) or lx.RATE.search(_words(_CLAUSE_BREAK.split(left)[-1], 4, from_end=True)) \
                    or lx.OTHER_GROUPS.match(right) \
                    or lx.NOT_A_COUNT.search(_words(self.text[n.end:sentence.end], 8)):
                continue  # per-day rates; deaths of rescuers or journalists are not a subject of the rules
            if _BREAKDOWN.search(left) and not children_aside:
                # children inside the parentheses are a subject of their own: "killing 34 people (including two children)"
                paren = n.start - (len(left) - left.rfind("("))
                if re.search(r"\d", self.text[max(0, paren - 40):paren]):
                    continue  # "331 killed (71 men, 40 women ...)": a breakdown inside a labelled total
            if lx.OTHER_WAR.search(self.text[max(sentence.start, n.start - 80):min(sentence.end, n.end + 80)]):
                continue
            if _AFTER_SUBCOUNT.match(right):
                continue  # "624 of which were destroyed": a part of the total before it
            clause_before = re.split(r"[,;:]", self.text[sentence.start:n.start])[-1]
            if _AGES.search(self.text[sentence.start:n.start]) and (n.value or n.high or 0) < 120 or _INVENTORY.search(clause_before) \
                    or _AVERAGE.search(clause_before):
                continue  # "children aged 6, 8 and 14", "men between 18 and 55"; "began the war with 3,100 tanks"; daily averages
            parent = previous.get(sentence.start)
            previous_sentence = self._previous_sentence_text(sentence)
            metric, how = self.metric_of(right, left, s_text, previous_sentence + " " + s_text, (sentence.start, sentence.end),
                                         prefix=self.text[sentence.start:n.start])
            if metric is None and parent is not None and parent.metric not in _HUMAN_METRICS and _SUBCOUNT.search(left):
                equipment = _first(lx.EQUIPMENT_RES, _words(right, 4))
                if equipment is not None:  # "27 armored vehicles, including four tanks"
                    metric, how = equipment[0], "equipment"
            if metric is None:
                # "Over 190 residents, including eight children, have been killed": look past the aside.
                beyond = re.sub(r"\([^)]*\)|,\s*(?:including|among them)[^,;]*,|\s[—–-]\s*(?:including|among them)[^—–]*[—–]", " ",
                                right if in_parentheses else self.text[n.end:sentence.end])
                near = _first(lx.METRIC_RES, _words(beyond, 10))
                if near is not None and not re.search(r"\d", _words(beyond, 10)[:near[1].start()]):
                    metric, how = near[0], "right"
            if metric is None:
                metric = self.metric_far_left(left)
                how = "left" if metric else "none"
            parent = previous.get(sentence.start)
            # "wounding 117 (15 children)": children in parentheses after a figure are a part of it
            subcount = bool(_SUBCOUNT.search(left)) or children_aside
            if metric is None and parent is not None and (subcount or re.match(r"^\s*(?:more|others?|additional)\b", right)
                                                          or _ESTIMATE_OF.search(left)):
                metric, how = parent.metric, "none"  # "..., roughly in line with Kyiv's estimate of 708,890": the same count
            if metric is None:
                continue
            between = right[: (lx.METRIC_RES[0][0].search(right) or re.search(r"$", right)).start()] if how == "right" else ""
            if _FORECAST.search(between) or _FORECAST.search(_words(left, 4, from_end=True)):
                continue
            attribution = self.doc.speaker_for(n.start)
            frame = attribution or sentence.frame
            claimant = frame.claimant if frame else "other"
            subject = self.subject_of(right, left, s_text, claimant, metric)
            if subject is None:
                subject = parent.subject if parent is not None else self._default_subject(s_text, claimant, metric)
            if frame is not None and frame.generic and subject in ("ru_military", "ua_military"):
                claimant = self.doc.ministry_of_side(claimant) or claimant
            if subcount and parent is not None and parent.metric == "armored_vehicles" and metric == "tanks":
                # "27 armored vehicles, including four tanks": the total counts tanks and other armour together
                out[out.index(parent)] = parent = replace(parent, metric="tanks_armored")
                previous[sentence.start] = parent
            if subcount and parent is not None:
                if subject == parent.subject and metric == parent.metric:
                    continue  # officers among the dead: a sub-count inside a labelled total
                if how == "none" and metric in _HUMAN_METRICS and parent.metric in _HUMAN_METRICS:
                    metric = parent.metric
            around = self.text[max(sentence.start, n.start - 60):min(sentence.end, n.end + 80)]
            if subcount and parent is not None:
                scope, day = parent.scope, parent.as_of  # "including 13 children" shares its total's window
            elif parent is None and self.last_claim is not None and _OTHERS.match(right):
                # "At least 60 others were injured.": the same incident as the figure before
                scope, day = self.last_claim.scope, self.last_claim.as_of
            elif metric not in _HUMAN_METRICS:  # a list of equipment shares the window its sentence states
                scope = self.scope_of(s_text, s_text, subject, n.start - sentence.start)
                day = self.as_of(n, sentence, frame.day if frame else None)
            else:
                scope = self.scope_of(s_text, around, subject, n.start - max(sentence.start, n.start - 60))
                day = self.as_of(n, sentence, frame.day if frame else None)
            if not subcount and self._unmarked(sentence):
                scope, day = self._scope_from_neighbours(sentence, claimant, subject, n, scope, day)
            claim = Claim(
                claimant=claimant, subject=subject, metric=metric, value=n.value, value_low=n.low, value_high=n.high,
                qualifier=n.qualifier, scope=scope, as_of=min(day, self.published),
                evidence_start=n.start, evidence_end=self._evidence_end(n, right), extractor=EXTRACTOR,
            )
            out.append(claim)
            self.strength.append(2 if attribution is not None else 1 if frame is not None else 0)
            if not subcount:  # "A, including B children, were killed and C injured": C belongs to A, not to B
                previous[sentence.start] = claim
                self.last_subject = claim.subject
                self.last_claim = claim
        return _merge_restatements(*self._drop_regional_shares(out, self.strength))

    def _alone_in_parentheses(self, i: int) -> bool:
        n = self.numbers[i]
        opened = self.text.rfind("(", 0, n.start)
        closed = self.text.find(")", n.end)
        closed = len(self.text) if closed < 0 else closed
        return sum(1 for m in self.numbers if opened < m.start < closed) == 1

    def _unmarked(self, sentence) -> bool:
        """The sentence itself states no window, place, total or day."""
        if sentence.start not in self._unmarked_cache:
            self._unmarked_cache[sentence.start] = self._states_nothing(sentence)
        return self._unmarked_cache[sentence.start]

    def _states_nothing(self, sentence) -> bool:
        text = self.text[sentence.start:sentence.end]
        return not (lx.PERIOD.search(text) or lx.CUMULATIVE.search(text) or _PLACE.search(text) or _LOCAL.search(text)
                    or any(sentence.start <= d.start < sentence.end for d in self.doc.dates))

    def _scope_from_neighbours(self, sentence, claimant: str, subject: str, n: Number, scope: str, day: date) -> tuple[str, date]:
        """A sentence that states no scope continues the one before it (same speaker, within two sentences): its
        window ("Over the past day, the enemy lost 1,990 soldiers. ... 29 artillery systems were also destroyed.")
        or its place ("... in Kursk Oblast. A total of 6,662 Russian troops have been killed"); and a small civilian
        toll in a report of an attack belongs to that attack."""
        index = self.doc.sentences.index(sentence)
        previous = self.doc.sentences[index - 1] if index else None
        last = self.last_claim
        earlier = self.doc.sentences[max(0, index - 2)] if index else None  # one sentence may name the source between them
        if earlier is not None and last is not None and last.scope in ("period", "event") and last.claimant == claimant \
                and earlier.start <= last.evidence_start < sentence.end:
            return last.scope, last.as_of if last.scope == "period" else day
        if subject in ("civilians", "children") and scope == "cumulative" and (n.value or n.high or 0) < 1000:
            nearby = [self.doc.sentences[0]] + ([previous] if previous is not None else [])
            if any(lx.EVENT.search(self.text[x.start:x.end]) and not lx.CUMULATIVE.search(self.text[x.start:x.end]) for x in nearby):
                return "event", day
        return scope, day

    def _drop_regional_shares(self, claims: list[Claim], strength: list[int]) -> tuple[list[Claim], list[int]]:
        """"440 casualties were recorded in Donetsk and Luhansk regions": a region's share of a total the
        same source gave before is not a claim of its own (LABELING.md)."""
        kept, kept_strength = [], []
        for c, st in zip(claims, strength, strict=True):
            sentence = self.doc.sentence_at(c.evidence_start)
            share = _REGIONAL_SHARE.search(self.text[sentence.start:sentence.end])
            larger_before = any(
                (k.claimant, k.subject, k.metric) == (c.claimant, c.subject, c.metric) and k.evidence_start < c.evidence_start
                and (k.value or 0) > (c.value or 0) for k in kept)
            if share and larger_before:
                continue
            kept.append(c)
            kept_strength.append(st)
        return kept, kept_strength

    def _previous_sentence_text(self, sentence) -> str:
        index = self.doc.sentences.index(sentence)
        if index == 0:
            return ""
        before = self.doc.sentences[index - 1]
        return self.text[before.start:before.end]

    def _default_subject(self, sentence: str, claimant: str, metric: str) -> str:
        if metric in _HUMAN_METRICS:
            loser = _LOSER.search(sentence)
            if loser:  # "Russia has suffered 180,000 killed or wounded"
                return "ru_military" if loser.group(1).lower() in ("russia", "moscow", "russians") else "ua_military"
            if re.search(r"\bcivilian|\bpeople\b|\bresidents\b", sentence, re.IGNORECASE) or claimant in _CIVILIAN_COUNTERS:
                return "civilians"
            if lx.EVENT.search(sentence) and not re.search(r"\b(?:soldiers|troops|servicemen|personnel|military)\b", sentence, re.IGNORECASE):
                return "civilians"  # "Russian rockets kill 15 in a housing block"
            if self.last_subject is not None:
                return self.last_subject  # "370,000 others had been injured": whose, the text said before
        return self._army("", sentence, claimant, metric)

    def _evidence_end(self, n: Number, right: str) -> int:
        words = list(_WORD.finditer(right))[:6]
        end = n.end
        for w in words:
            if re.search(r"[.,;:!?)]$|(?<=[a-z])-$", w.group()):
                end = n.end + w.end() - 1
                break
            end = n.end + w.end()
        return max(end, n.end)


def _looks_rounded(a: Claim, b: Claim) -> bool:
    """`a` restates `b` rounded: qualified ("nearly 500" after 498) or a round number ("23000" after 23,367)."""
    return a.qualifier in ("approx", "at_least") or (a.value % 100 == 0 and b.value % 100 != 0)


def _merge_restatements(claims: list[Claim], strength: list[int]) -> list[Claim]:
    """One claim per stated figure: drop repeats, a rounded restatement of a precise figure, and an
    unattributed headline figure that an attributed claim states too. Of two statements of one figure
    the better attributed is kept (a headline's "Kyiv puts ... at 9,000" yields to the body's sentence)."""
    kept: list[tuple[Claim, int]] = []
    for c, c_strength in zip(claims, strength, strict=True):
        duplicate = False
        for j, (k, k_strength) in enumerate(kept):
            same_series = (k.subject, k.metric) == (c.subject, c.metric)
            same_value = (k.value, k.value_low, k.value_high) == (c.value, c.value_low, c.value_high)
            related = k.claimant == c.claimant or "other" in (k.claimant, c.claimant)
            if same_series and same_value and related:
                better, worse = (c, k) if c_strength > k_strength or k.claimant == "other" and c.claimant != "other" else (k, c)
                if better.qualifier == "exact" and worse.qualifier not in ("exact", "range"):
                    # "9,000 Russian soldiers have been killed" then "nearly 9,000 ... have been killed": the hedged
                    # statement is the careful one; keep it, with the better attribution
                    better = replace(worse, claimant=better.claimant)
                kept[j] = (better, max(c_strength, k_strength))
                duplicate = True
                break
            if same_series and related and k.value and c.value and k.value != c.value:
                rounded = c if _looks_rounded(c, k) else k if _looks_rounded(k, c) else None
                precise = k if rounded is c else c
                if rounded is not None and abs(rounded.value - precise.value) <= 0.05 * precise.value:
                    claimant = precise.claimant if precise.claimant != "other" else rounded.claimant
                    kept[j] = (replace(precise, claimant=claimant), max(c_strength, k_strength))
                    duplicate = True
                    break
        if not duplicate:
            kept.append((c, c_strength))
    return [c for c, _ in kept]


def extract_claims(text: str, published: date, title: str | None = None, doc_kind: str | None = None) -> list[Claim]:
    """Claims of one document (free text). `title` is unused: the text carries its headline."""
    if not text or not text.strip():
        return []
    return Grammar(text, published, doc_kind).claims()
