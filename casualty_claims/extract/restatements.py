"""One claim per stated figure: repeats, rounded restatements and headline echoes are merged."""

from dataclasses import replace

from casualty_claims.claim import Claim
from casualty_claims.extract.lexicon import SIDE

_PEOPLE = {"killed", "wounded", "captured", "missing", "casualties"}


def _zeros(value: int) -> int:
    text = str(value)
    return len(text) - len(text.rstrip("0"))


def looks_rounded(a: Claim, b: Claim) -> bool:
    """`a` restates `b` rounded: qualified ("nearly 500" after 498) or rounder ("23000" after 23,367, "400 thousand"
    after 403,000)."""
    return a.qualifier in ("approx", "at_least") or (a.value % 100 == 0 and _zeros(a.value) > _zeros(b.value))


def _close(rounded: Claim, precise: Claim) -> bool:
    """Near enough to be one figure: within 5% (10% for a hedged figure up to 100), or for a bound on the side it bounds
    within 10% ("more than 10,000" for 10,582 rounds down to the last round number below it)."""
    gap = precise.value - rounded.value
    if abs(gap) <= 0.05 * precise.value:
        return True
    if rounded.qualifier == "approx" and rounded.value <= 100 and abs(gap) <= 0.1 * precise.value:
        return True  # a small figure rounds coarsely: "nearly a dozen" for 11
    # (a round bound of the same day only: "more than 248,609" is a figure of its own)
    bound = rounded.as_of == precise.as_of and _zeros(rounded.value) >= 2 and _zeros(rounded.value) > _zeros(precise.value)
    return bound and (rounded.qualifier == "at_least" and 0 <= gap <= 0.1 * precise.value
                      or rounded.qualifier == "at_most" and 0 <= -gap <= 0.1 * precise.value)


def _bound_of_range(a: Claim, b: Claim) -> bool:
    """One is a range and the other states its upper bound as "up to" or its lower bound as "at least"."""
    ranged, bound = (a, b) if a.value is None else (b, a)
    if ranged.value is not None or bound.value is None or ranged.value_low is None:
        return False
    return bound.qualifier == "at_most" and bound.value == ranged.value_high or bound.qualifier == "at_least" and bound.value == ranged.value_low


def _stated_day(kept: Claim, other: Claim):
    """The day of one figure stated twice: "... Shoigu says" then "..., Shoigu said on Tuesday" is Tuesday's figure. The
    text dates the statement a few days back (a weekday, "yesterday"); a day further back is another statement's."""
    if other.as_of < kept.as_of and (kept.as_of - other.as_of).days <= 6:
        return other.as_of
    return kept.as_of


def merge_restatements(claims: list[Claim], strength: list[int], headline_end: int = 0, places: list[str | None] | None = None,
                       sentences: list[int] | None = None, items: list[int | None] | None = None) -> list[Claim]:
    """One claim per stated figure: drop repeats, a rounded restatement of a precise figure, and an
    unattributed headline figure that an attributed claim states too. Of two statements of one figure
    the better attributed is kept (a headline's "Kyiv puts ... at 9,000" yields to the body's sentence).
    `places`: per claim, the place an event figure is tied to; events in two different places are never one figure.
    `sentences`: per claim, where its sentence starts. `items`: per claim, the item of a bulleted list it stands in, if any;
    events in two items of a key-events list are two events ("- At least four people were killed ... in Kyiv", "- At
    least four people were reported dead ... in Khmelnytskyi region")."""
    kept: list[tuple[Claim, int, str | None]] = []
    kept_items: list[int | None] = []
    kept_sentences: list[int | None] = []  # where the sentence of each kept claim's first statement starts
    starts = sentences or [None] * len(claims)
    for c, c_strength, c_place, c_sentence, c_item in zip(claims, strength, places or [None] * len(claims), starts,
                                                          items or [None] * len(claims), strict=True):
        duplicate = False
        for j, (k, k_strength, k_place) in enumerate(kept):
            if c_place and k_place and c_place != k_place:
                continue  # "four killed in Odesa" and "four killed in Sumy": two strikes
            if c_item is not None and kept_items[j] is not None and c_item != kept_items[j] and c.scope == k.scope == "event":
                continue
            if (c_place or k_place) and c_place != k_place and k.scope == c.scope == "event" and k.value is not None and k.value < 10 \
                    and (k.evidence_start < headline_end) == (c.evidence_start < headline_end) \
                    and (c_sentence is None or kept_sentences[j] != c_sentence):
                # a digest's "One person was killed ..." then "a man was killed ... in Zaporizhia": two attacks
                # (not in one sentence: "sadly there are three dead – three men were in a truck when the shell hit the road near X")
                continue
            if k.value is not None and c.value is not None and abs(k.value - c.value) > 0.1 * max(k.value, c.value):
                continue  # (every merge below needs one value, a range's bound or two values within 10%: the common pair is none)
            same_series = (k.subject, k.metric) == (c.subject, c.metric)
            same_value = (k.value, k.value_low, k.value_high) == (c.value, c.value_low, c.value_high)
            # a headline's "Kyiv puts Russian dead at 9,000" is the body's Zelensky: one side, one figure
            headline_echo = (k.evidence_start < headline_end) != (c.evidence_start < headline_end) \
                and SIDE.get(k.claimant) is not None and SIDE.get(k.claimant) == SIDE.get(c.claimant)
            related = k.claimant == c.claimant or "other" in (k.claimant, c.claimant) or headline_echo
            # "Russian losses reach 153,880" over a body's "killed about 153,880 invaders": one figure, the specific metric
            # (a smaller figure too when a headline echoes its own speaker's body: "Chechen leader says his units lost 24
            # fighters" over "24 Chechen fighters had been killed"; a range too: "between 2,500 and 3,000 troops had been
            # killed" then '"We have lost about 2,500 to 3,000 soldiers," he said')
            in_one_headline = (k.evidence_start < headline_end) != (c.evidence_start < headline_end) and k.claimant == c.claimant
            generic_echo = same_value and related and k.subject == c.subject and k.metric != c.metric \
                and ((c.value or c.value_high or 0) >= 100 or in_one_headline and (c.value or c.value_high or 0) >= 10) \
                and "casualties" in (k.metric, c.metric) and {k.metric, c.metric} <= _PEOPLE
            if generic_echo:
                specific, generic = (k, c) if c.metric == "casualties" else (c, k)
                claimant = specific.claimant if specific.claimant != "other" else generic.claimant
                kept[j] = (replace(specific, claimant=claimant, as_of=_stated_day(specific, generic)), max(c_strength, k_strength), k_place)
                duplicate = True
                break
            # "31,000 troops killed, Zelensky says" over the body's "31,000 Ukrainian soldiers": the headline's army was a guess
            headline_pair = (k.evidence_start < headline_end) != (c.evidence_start < headline_end)
            # ("At Least 56 Russians Killed, 770 Missing" over the body's "56 people from ... Kursk region": civilians)
            body_subject = (c if k.evidence_start < headline_end else k).subject
            army_guess = headline_pair and related and same_value and k.metric == c.metric and k.subject != c.subject \
                and ({k.subject, c.subject} <= {"ru_military", "ua_military", "all_military"} and (c.value or 0) >= 100
                     or body_subject == "civilians" and {k.subject, c.subject} - {"civilians"} <= {"ru_military", "ua_military"}
                     and (c.value or 0) >= 10)
            # "Leaked US documents put war's toll at up to 354,000" over the body's "as many as 354,000 dead and wounded troops
            # on both sides": the headline's army and loss were both guesses
            army_guess = army_guess or headline_pair and related and same_value and k.subject != c.subject and k.metric != c.metric \
                and {k.subject, c.subject} <= {"ru_military", "ua_military", "all_military"} and {k.metric, c.metric} <= _PEOPLE \
                and (c.value or 0) >= 100
            # "'We lost 31,000 soldiers'" as a headline quote with no speaker, then the body's Zelensky giving 31,000 killed:
            # the headline's army and metric were guesses, the body says whose and which
            in_headline = [x for x in (k, c) if x.evidence_start < headline_end]
            unnamed_headline = len(in_headline) == 1 and in_headline[0].claimant == "other" and same_value \
                and ((c.value or 0) >= 100 or k.metric == c.metric and (c.value or 0) >= 10) \
                and {k.metric, c.metric} <= _PEOPLE
            if unnamed_headline:
                kept[j] = (c if in_headline[0] is k else k, max(c_strength, k_strength), k_place or c_place)
                duplicate = True
                break
            if (same_series or army_guess) and same_value and related:
                better, worse = (c, k) if c_strength > k_strength or k.claimant == "other" and c.claimant != "other" else (k, c)
                if headline_echo or army_guess:
                    better, worse = (k, c) if c.evidence_start < headline_end else (c, k)  # the body names the speaker and army
                if better.qualifier == "exact" and worse.qualifier not in ("exact", "range") \
                        and not (worse.evidence_start < headline_end <= better.evidence_start):  # not a headline's "over 46,000"
                    # "9,000 Russian soldiers have been killed" then "nearly 9,000 ... have been killed": the hedged
                    # statement is the careful one; keep it, with the better attribution
                    better = replace(worse, claimant=better.claimant)
                better = replace(better, as_of=_stated_day(better, worse))
                kept[j] = (better, max(c_strength, k_strength), k_place or c_place)
                duplicate = True
                break
            # "up to 3,000 Ukrainian troops killed" over the body's "between 2,500 and 3,000": the headline gives the range's bound
            # ("the alliance says Moscow lost as many as 12,000 men" over "between 6,000 and 12,000 Russian soldiers died": the loose
            # "lost" of a headline)
            loose_series = k.subject == c.subject and {k.metric, c.metric} == {"killed", "casualties"}
            bound_echo = headline_pair and (same_series or loose_series) and related and _bound_of_range(k, c)
            if bound_echo:
                ranged = k if k.value is None else c
                kept[j] = (ranged, max(c_strength, k_strength), k_place or c_place)
                duplicate = True
                break
            # "Over 3,700 Ukrainian troops killed" over the body's "has lost 3,715 servicemen": the headline rounds the
            # body's figure and names its loss more loosely
            # (not a figure for one place: "390 children killed" nationwide is no echo of "395 killed or injured" in Donetsk)
            # (or a lead's hedged summary of the body's count: "lost close to 8,000 troops" over the next sentence's "7,940 dead")
            loose_pair = {k.metric, c.metric} == {"killed", "casualties"}
            hedged_summary = loose_pair and [x.qualifier for x in sorted((k, c), key=lambda x: x.metric)] == ["approx", "exact"] \
                and k.scope == c.scope
            loose_echo = (headline_pair or hedged_summary) and k.claimant == c.claimant and k.subject == c.subject and loose_pair \
                and (k.scope == c.scope or "event" not in (k.scope, c.scope))
            if (same_series or loose_echo) and related and k.value and c.value and k.value != c.value:
                # the rounder of two hedged figures is the restatement ("almost 2,000" over "nearly 1,900")
                rounder = c if _zeros(c.value) > _zeros(k.value) else k if _zeros(k.value) > _zeros(c.value) else None
                rounded = rounder if rounder is not None and looks_rounded(rounder, k if rounder is c else c) else \
                    c if looks_rounded(c, k) else k if looks_rounded(k, c) else None
                precise = k if rounded is c else c
                # (two figures of one sentence hedged alike are a list's items, not a restatement: "Zapad eliminated over 220
                # soldiers, while Yug eliminated over 215")
                listed = c_sentence is not None and kept_sentences[j] == c_sentence and k.qualifier == c.qualifier != "exact"
                if rounded is not None and not listed and _close(rounded, precise):
                    claimant = precise.claimant if precise.claimant != "other" else rounded.claimant
                    kept[j] = (replace(precise, claimant=claimant), max(c_strength, k_strength), k_place or c_place)
                    duplicate = True
                    break
        if not duplicate:
            kept.append((c, c_strength, c_place))
            kept_sentences.append(c_sentence)
            kept_items.append(c_item)
    return [c for c, _, _ in kept]
