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
from casualty_claims.extract import lexicon as lx
from casualty_claims.extract.document import DocumentModel
from casualty_claims.extract.numbers import Number, find_numbers

EXTRACTOR = "grammar@1"
_WORD = re.compile(r"\S+")
_SUBCOUNT = re.compile(r"\b(?:including|among them|among whom|of whom|of them|of which|among those|among the dead|among the victims)\W*$", re.IGNORECASE)
_FORECAST = re.compile(r"\b(?:could|would|will|may|might|expected to|projected|likely to|aims to|plans to|would have)\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\b(?:since|from|after|starting|began|beginning|start(?:ed)?)\s*(?:on\s+)?$", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:in|near|on|at)\s+(?!Ukraine\b|Russia\b|the country\b|total\b|all\b|the war\b|Donbas\b|the east\b|eastern Ukraine\b)[A-Z][a-z\u0400-\u04FF]{2,}")
_HUMAN_METRICS = {"killed", "wounded", "captured", "missing", "casualties"}


def _words(text: str, n: int, from_end: bool = False) -> str:
    words = _WORD.findall(text)
    return " ".join(words[-n:] if from_end else words[:n])


def _first(res: list, text: str) -> tuple[str, re.Match] | None:
    best = None
    for pattern, name in res:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[1].start()):
            best = (name, m)
    return best


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
    def metric_of(self, right: str, left: str, sentence: str) -> tuple[str | None, str]:
        """(metric, how): 'equipment', 'right', 'left' or 'none'."""
        head = _words(right, 5)
        equipment = _first(lx.EQUIPMENT_RES, head)
        person = _first(lx.SUBJECT_RES.items() and [(p, k) for k, p in lx.SUBJECT_RES.items()], head)
        if equipment and (person is None or equipment[1].start() < person[1].start()) and equipment[1].start() < 40:
            if lx.DESTROY.search(sentence) or re.search(r"\blosses\b|\bdowned\b|\bshot down\b", sentence, re.IGNORECASE):
                return equipment[0], "equipment"
            return None, "none"
        near = _first(lx.METRIC_RES, _words(right, 9))
        if near is not None:
            return near[0], "right"
        far_left = _last(lx.METRIC_RES, _words(left, 7, from_end=True))
        if far_left is not None:
            return far_left[0], "left"
        return None, "none"

    def subject_of(self, right: str, left: str, sentence: str, speaker: str | None, metric: str) -> str | None:
        head = _words(right, 6)
        noun_phrase = _words(left, 3, from_end=True) + " " + head
        if lx.BOTH.search(sentence) and not re.search(r"\bcivilian|\bchildren\b", head, re.IGNORECASE):
            return "all_military"
        child = lx.SUBJECT_RES["children"].search(head)
        civil = lx.SUBJECT_RES["civilians"].search(head)
        military = lx.SUBJECT_RES["military"].search(head)
        hits = sorted([(m.start(), name) for name, m in (("children", child), ("civilians", civil), ("military", military)) if m])
        kind = hits[0][1] if hits else None
        if kind == "civilians" and re.search(r"\b(?:civilian|civil)\b", noun_phrase, re.IGNORECASE) is None and military is None:
            # "people" are civilians unless the sentence is about soldiers
            if re.search(r"\b(?:soldiers|troops|servicemen|military personnel|fighters)\b", sentence, re.IGNORECASE):
                kind = "military"
        if kind == "children":
            return "children"
        if kind == "civilians":
            return "civilians"
        if re.search(r"\bcivilian", head, re.IGNORECASE):
            return "civilians"
        if metric not in _HUMAN_METRICS or kind == "military":
            return self._army(noun_phrase, sentence, speaker, metric)
        return None

    def _army(self, phrase: str, sentence: str, speaker: str | None, metric: str) -> str:
        side = lx.SIDE.get(speaker or "")
        ru, ua = lx.RU_MARK.search(phrase), lx.UA_MARK.search(phrase)
        if lx.ENEMY.search(phrase) and side:
            return "ru_military" if side == "ua" else "ua_military"
        if lx.OWN.search(phrase) and side:
            return "ua_military" if side == "ua" else "ru_military"
        if ru and not ua:
            return "ru_military"
        if ua and not ru:
            return "ua_military"
        if ru and ua:
            return "ru_military" if ru.start() > ua.start() else "ua_military"
        ru_s, ua_s = lx.RU_MARK.search(sentence), lx.UA_MARK.search(sentence)
        if side == "ru":
            own_loss = metric in _HUMAN_METRICS and re.search(r"\b(?:died|lost|our|comrades|have been killed in|were killed in)\b", sentence)
            return "ru_military" if own_loss and not ua_s else "ua_military"
        if side == "ua":
            own_loss = metric in _HUMAN_METRICS and re.search(r"\b(?:our|lost|died|Ukrainian (?:soldiers|troops|servicemen))\b", sentence)
            return "ua_military" if own_loss else "ru_military"
        if ru_s and not ua_s:
            return "ru_military"
        if ua_s and not ru_s:
            return "ua_military"
        return "ru_military"

    def scope_of(self, sentence: str, around: str, subject: str) -> str:
        if lx.PERIOD.search(around) or lx.PERIOD.search(sentence) and not lx.CUMULATIVE.search(around):
            return "period"
        if subject in ("civilians", "children"):
            if lx.CUMULATIVE.search(sentence):
                return "cumulative"
            if lx.EVENT.search(sentence) or _PLACE.search(sentence):
                return "event"
        return "cumulative"

    def as_of(self, n: Number, sentence_start: int, sentence_end: int, speaker_day: date | None) -> date:
        best = None
        for d in self.doc.dates:
            if not (sentence_start <= d.start < sentence_end):
                continue
            if _SINCE_BEFORE.search(self.text[max(sentence_start, d.start - 14):d.start]):
                continue
            distance = abs(d.start - n.start)
            if best is None or distance < best[0]:
                best = (distance, d.day)
        if best is not None:
            return best[1]
        return speaker_day or self.published

    # --- the document ----------------------------------------------------------------------
    def claims(self) -> list[Claim]:
        out: list[Claim] = []
        previous: dict[int, Claim] = {}  # last claim per sentence, for "1,597 wounded" and "including 13 children"
        for i, n in enumerate(self.numbers):
            sentence = self.doc.sentence_at(n.start)
            s_text = self.text[sentence.start:sentence.end]
            right, left = self._right(i, sentence.end), self._left(i, sentence.start)
            if lx.NOT_LOSS_AFTER.match(right) or lx.NOT_LOSS_BEFORE.search(left) or lx.RATE.match(right):
                continue
            if re.match(r"^\s*(?:a|per|every|each) day\b", right[right.find(" ", 1):] if False else "", re.IGNORECASE):
                continue
            metric, how = self.metric_of(right, left, s_text)
            parent = previous.get(sentence.start)
            subcount = bool(_SUBCOUNT.search(left))
            if metric is None and parent is not None and (subcount or re.match(r"^\s*(?:more|others?|additional)\b", right)):
                metric = parent.metric
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
                subject = parent.subject if parent is not None else self._army("", s_text, claimant, metric) if metric not in _HUMAN_METRICS else self._default_subject(s_text, claimant, metric)
            if subcount and parent is not None:
                if subject == parent.subject and metric == parent.metric:
                    continue  # officers among the dead: a sub-count inside a labelled total
                if metric in _HUMAN_METRICS and parent.metric in _HUMAN_METRICS:
                    metric = parent.metric
            around = self.text[max(sentence.start, n.start - 60):min(sentence.end, n.end + 80)]
            scope = self.scope_of(s_text, around, subject)
            day = self.as_of(n, sentence.start, sentence.end, frame.day if frame else None)
            claim = Claim(
                claimant=claimant, subject=subject, metric=metric, value=n.value, value_low=n.low, value_high=n.high,
                qualifier=n.qualifier, scope=scope, as_of=min(day, self.published),
                evidence_start=n.start, evidence_end=self._evidence_end(n, right), extractor=EXTRACTOR,
            )
            out.append(claim)
            previous[sentence.start] = claim
        return _merge_restatements(out)

    def _default_subject(self, sentence: str, claimant: str, metric: str) -> str:
        if re.search(r"\bcivilian|\bpeople\b|\bresidents\b", sentence, re.IGNORECASE):
            return "civilians"
        return self._army("", sentence, claimant, metric)

    def _evidence_end(self, n: Number, right: str) -> int:
        words = list(_WORD.finditer(right))[:6]
        end = n.end
        for w in words:
            if re.search(r"[.,;:!?)]$", w.group()):
                end = n.end + w.end() - 1
                break
            end = n.end + w.end()
        return max(end, n.end)


def _merge_restatements(claims: list[Claim]) -> list[Claim]:
    """One claim per stated figure: drop repeats, a rounded restatement of a precise figure,
    and an unattributed headline figure that an attributed claim states too."""
    kept: list[Claim] = []
    for c in claims:
        duplicate = False
        for j, k in enumerate(kept):
            same_series = (k.subject, k.metric) == (c.subject, c.metric)
            same_value = (k.value, k.value_low, k.value_high) == (c.value, c.value_low, c.value_high)
            if same_series and same_value and (k.claimant == c.claimant or "other" in (k.claimant, c.claimant)):
                if k.claimant == "other" and c.claimant != "other":
                    kept[j] = replace(k, claimant=c.claimant, as_of=c.as_of, scope=c.scope)
                duplicate = True
                break
            if same_series and k.claimant == c.claimant and k.value and c.value and k.value != c.value:
                rounded = c if c.qualifier == "approx" else k if k.qualifier == "approx" else None
                precise = k if rounded is c else c
                if rounded is not None and abs(rounded.value - precise.value) <= 0.03 * precise.value:
                    kept[j] = precise
                    duplicate = True
                    break
        if not duplicate:
            kept.append(c)
    return kept


def extract_claims(text: str, published: date, title: str | None = None, doc_kind: str | None = None) -> list[Claim]:
    """Claims of one document (free text). `title` is unused: the text carries its headline."""
    if not text or not text.strip():
        return []
    return Grammar(text, published, doc_kind).claims()
