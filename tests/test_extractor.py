"""The free-text claim grammar: unit cases on our own sentences, real spans from ../shared, and a floor on the dev set."""

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_claims.evaluation import TUNE_FOLDS, evaluate, fold_of, load_gold
from casualty_claims.extract import extract_claims
from casualty_claims.extract.as_read import as_read, headline_start
from casualty_claims.extract.dates import find_dates
from casualty_claims.extract.numbers import find_numbers, to_int
from tests.conftest import MINISTRY, REAL

PUB = date(2022, 3, 3)  # a Thursday


def claims(text, published=PUB, kind=None):
    return {(c.claimant, c.subject, c.metric, c.value if c.value is not None else (c.value_low, c.value_high)): c
            for c in extract_claims(text, published, doc_kind=kind)}


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("122 883 troops", 122883, "exact"),
        ("122\u00a0883 troops", 122883, "exact"),
        ("about 14.500 soldiers", 14500, "approx"),  # a dot for the thousands comma, before a count's noun
        ("at most 2,000 troops", 2000, "at_most"),
        ("7,000-odd tanks", 7000, "approx"),  # a qualifier after the figure
        ("500 or so soldiers", 500, "approx"),
        ("losses topping 6,000 soldiers", 6000, "at_least"),
        ("in the region of 3,000 troops", 3000, "approx"),
        ("23 thousand troops", 23000, "exact"),
        ("1.5 million people", 1_500_000, "exact"),
        ("half a million soldiers", 500_000, "exact"),
        ("two thousand people", 2000, "exact"),
        ("seven people", 7, "exact"),
        ("twenty-one people", 21, "exact"),
        ("nearly 500 troops", 500, "approx"),
        ("some 3,700 wounded", 3700, "approx"),
        ("more than 2,870 troops", 2870, "at_least"),
        ("at least 953 killed", 953, "at_least"),
        ("up to 145 servicemen", 145, "at_most"),
        ("fewer than 40 soldiers", 40, "at_most"),
        ("10,000+ soldiers", 10000, "at_least"),
        ("a dozen civilians", 12, "exact"),
        ("nearly two dozen people", 24, "approx"),
        ("half a dozen tanks", 6, "exact"),
        ("one hundred and five soldiers", 105, "exact"),
        ("15\u2009000 soldiers", 15000, "exact"),
        ("1,5 million people", 1_500_000, "exact"),
        ("north of 300,000 casualties", 300000, "at_least"),
        ("just shy of 50,000 troops", 50000, "approx"),
        ("1.2mn troops", 1_200_000, "exact"),
        # Indian English scales
        ("over 2 lakh soldiers", 200_000, "at_least"),
        ("1.5 lakh troops", 150_000, "exact"),
        ("nearly 1 crore people", 10_000_000, "approx"),
    ],
)
def test_numbers_and_qualifiers(text, value, qualifier):
    (n,) = find_numbers(text)
    assert (n.value, n.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("2,500-3,000 troops", 2500, 3000), ("between 10,000 and 13,000 troops", 10000, 13000), ("from 100 to 200 troops", 100, 200),
     # a scale or thousands written once for both ends
     ("between 1.5 and 2 million soldiers", 1_500_000, 2_000_000), ("between ten and twelve thousand troops", 10000, 12000),
     ("some 20-30,000 troops", 20000, 30000), ("10 to 12 thousand soldiers", 10000, 12000)],
)
def test_ranges(text, low, high):
    (n,) = find_numbers(text)
    assert (n.value, n.low, n.high, n.qualifier) == (None, low, high, "range")


def test_dates_years_and_times_are_not_figures():
    assert find_numbers("On March 2, 2022 at 13:37 in 2023, on 24.02 a T-72 was seen") == []


def test_relative_dates_resolve_against_publication():
    days = {m.day for m in find_dates("on Wednesday; yesterday; three days before; last month; 15 March", date(2022, 3, 17))}
    assert days == {date(2022, 3, 16), date(2022, 3, 14), date(2022, 2, 28), date(2022, 3, 15)}


def test_the_day_before_yesterday_is_two_days_back():
    assert [m.day for m in find_dates("the day before yesterday", date(2024, 1, 10))] == [date(2024, 1, 8)]


def test_by_late_or_the_end_of_a_month_is_its_last_day_of_the_right_year():
    # ("by late November" dates a figure as "by the end of November" does; in a January story it is last year's)
    assert [m.day for m in find_dates("losses stood at 700,000 by late November", date(2024, 12, 10))] == [date(2024, 11, 30)]
    assert [m.day for m in find_dates("by the end of November", date(2025, 1, 10))] == [date(2024, 11, 30)]


def test_between_two_bare_months_ends_with_the_second():
    days = [(m.day, m.window) for m in find_dates("Between January and March, the mission recorded 1,800 casualties.", date(2024, 7, 10))]
    assert days == [(date(2024, 3, 31), True)]
    got = extract_claims("Between January and March, the UN mission recorded 1,800 civilian casualties.", date(2024, 7, 10))
    assert [(c.scope, c.as_of) for c in got] == [("period", date(2024, 3, 31))]


def test_a_year_named_in_words_after_a_date_is_that_dates_year():
    found = [(m.day, m.window) for m in find_dates("since February 24 last year; on 3 May last year; in March this year; in July last year",
                                                    date(2023, 3, 20))]
    assert found == [(date(2022, 2, 24), False), (date(2022, 5, 3), False), (date(2023, 3, 20), True), (date(2022, 7, 31), True)]


def test_day_first_numeric_dates_are_days_and_impossible_ones_are_not():
    days = [m.day for m in find_dates("from 24.02.22 to 20.05.2024; version 1.2.3; 31.02.22", date(2024, 5, 20))]
    assert days == [date(2022, 2, 24), date(2024, 5, 20)]


def test_pairs_qualifiers_apply_to_their_own_number():
    got = claims("Konashenkov said more than 2,870 Ukrainian troops were killed and 3,700 wounded.")
    assert got[("ru_mod", "ua_military", "killed", 2870)].qualifier == "at_least"
    assert got[("ru_mod", "ua_military", "wounded", 3700)].qualifier == "exact"


def test_including_children_is_a_second_claim():
    got = claims("The UN human rights office said it had recorded 136 civilian deaths, including 13 children.", kind="un_update")
    assert ("un", "civilians", "killed", 136) in got
    assert ("un", "children", "killed", 13) in got


def test_equipment_list_belongs_to_the_side_the_speaker_fights():
    got = claims("Russia's defence ministry said on Monday its forces had destroyed 125 aircraft, 91 helicopters and 394 drones since the start.")
    assert {k[2:] for k in got} >= {("aircraft", 125), ("helicopters", 91), ("uav", 394)}
    assert {k[:2] for k in got} == {("ru_mod", "ua_military")}
    assert all(c.as_of == date(2022, 2, 28) for c in got.values())  # "on Monday" before a Thursday publication


def test_attribution_across_sentences_and_pronouns():
    text = ("Igor Konashenkov, spokesman of the Russian Defence Ministry, spoke on Wednesday. "
            "He said 498 Russian servicemen had been killed. The ministry also said 1,597 were wounded.")
    got = claims(text)
    assert got[("ru_mod", "ru_military", "killed", 498)].as_of == date(2022, 3, 2)
    assert ("ru_mod", "ru_military", "wounded", 1597) in got


def test_quote_belongs_to_its_speaker():
    text = '"We have lost nearly 1,300 of our soldiers," Zelensky told reporters in Kyiv.'
    assert ("ua_president", "ua_military", "casualties", 1300) in claims(text)


def test_unattributed_figure_is_other_and_enemy_words_follow_the_speaker():
    assert ("other", "civilians", "killed", 40) in claims("At least 40 civilians were killed in the shelling of the market.")
    got = claims("Ukraine's General Staff said about 200 occupiers were eliminated over the past day.")
    assert got[("ua_mod", "ru_military", "killed", 200)].scope == "period"


def test_event_scope_for_a_strike_and_cumulative_for_the_war():
    got = claims("A missile strike on Kharkiv killed 21 people, the regional governor said. "
                 "Since the start of the invasion OHCHR has recorded 1,006 civilian casualties.")
    assert got[("ua_other", "civilians", "killed", 21)].scope == "event"
    assert got[("un", "civilians", "casualties", 1006)].scope == "cumulative"


@pytest.mark.parametrize(
    "text",
    [
        "Some 3.5 million refugees have fled Ukraine, the UN said.",
        "The US pledged $800 million in military aid on Wednesday.",
        "Russian troops advanced 12 km near the town, the ministry said.",
        "The official said Russia loses 100 to 200 soldiers a day.",
        "A 5-year-old boy was taken to hospital.",
        "The war could kill 50,000 more people, analysts warned.",
        "Kyiv has brought home 1,860 people from Russian captivity, the ombudsman said.",
        "Analysts compared Russia's 2023 losses with those of the year before.",
        "Has Russia really lost 150,000 soldiers?",
        "A Washington think tank, and a US think tank in London, said losses were high.",
    ],
)
def test_numbers_that_are_not_loss_claims(text):
    assert claims(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Three children aged 4, 9 and 15 were taken to hospital, the governor said.",
        "The study counted men between 20 and 50 who had volunteered.",
        "The Russian army began the war with 3,300 tanks, the report said.",
        "Russia's average daily losses in May were about 1,200, the ministry said.",
        "The general said this equals 30 soldiers killed per square kilometre.",
        "Rescuers pulled residents from a nine-story building.",
        "Kyiv puts the ratio of Russian to Ukrainian dead at about 7 to 1.",
    ],
)
def test_ages_inventories_averages_and_ratios_are_not_claims(text):
    assert claims(text) == {}


def test_window_cues_from_the_sentence_and_its_neighbours():
    got = claims("On 12 May, it says, Russia lost more than 1,700 men in a single day, the UK ministry of defence said.",
                 published=date(2024, 5, 20))
    assert got[("uk_gov", "ru_military", "casualties", 1700)].scope == "period"
    got = claims("Since the beginning of the counteroffensive, Ukraine has lost 12,000 soldiers, Shoigu said.", published=date(2023, 7, 1))
    assert got[("ru_mod", "ua_military", "casualties", 12000)].scope == "period"
    got = claims("Over the past day Russia lost 1,100 soldiers, Ukraine's General Staff said.\n\n"
                 "This was reported on Facebook.\n\nThe defenders also destroyed 12 tanks and 31 artillery systems.",
                 published=date(2024, 1, 5))
    assert got[("ua_mod", "ru_military", "artillery", 31)].scope == "period"


def test_a_toll_that_has_risen_is_as_of_the_report_and_names_its_speaker_after():
    text = ("The death toll from the Russian missile attack on Odesa overnight on June 9-10 has risen to 14, including two children. "
            "At least 40 people were injured, the regional governor said.")
    got = claims(text, published=date(2024, 6, 12))
    toll = got[("ua_other", "civilians", "killed", 14)]
    assert toll.scope == "event" and toll.as_of == date(2024, 6, 12)
    assert ("ua_other", "children", "killed", 2) in got and not any(k[3] == 10 for k in got)


def test_a_politician_speaks_for_a_government_only_in_office():
    text = "Donald Trump said 400,000 Ukrainian soldiers had been killed or wounded."
    assert ("other", "ua_military", "casualties", 400000) in claims(text, published=date(2024, 12, 8))
    assert ("us_gov", "ua_military", "casualties", 400000) in claims(text, published=date(2025, 3, 1))


def test_moscows_framing_parentheses_and_both_armies():
    got = claims("Since the beginning of the special military operation, 300 aircraft, 2,100 tanks and other combat armored vehicles "
                 "and 5,000 special military motor vehicles have been destroyed.", published=date(2022, 11, 1))
    assert {("other", "ua_military", "aircraft", 300), ("other", "ua_military", "tanks_armored", 2100),
            ("other", "ua_military", "vehicles", 5000)} <= set(got)
    got = claims("The UN human rights office recorded 3,100 civilian casualties (1,300 killed and 1,800 injured).")
    assert {("un", "civilians", "casualties", 3100), ("un", "civilians", "killed", 1300), ("un", "civilians", "wounded", 1800)} <= set(got)
    got = claims("The General Staff of Ukraine said its forces destroyed about 12,000 enemy personnel in May.", published=date(2023, 6, 2))
    assert ("ua_mod", "ru_military", "killed", 12000) in got
    got = claims("US officials put the dead and wounded among Russian and Ukrainian soldiers combined at as many as 300,000.")
    assert ("us_gov", "all_military", "casualties", 300000) in got


def test_speakers_roles_officials_and_pronouns():
    got = claims("At least 12 people were killed, according to Oleh Petrenko, deputy head of the Ukrainian president's office.",
                 published=date(2023, 5, 2))
    assert ("ua_presidential_office", "civilians", "killed", 12) in got
    got = claims("A missile hit a school in Odesa overnight. Five people were killed and 14 injured, officials said.",
                 published=date(2023, 5, 2))
    assert ("ua_other", "civilians", "killed", 5) in got and ("ua_other", "civilians", "wounded", 14) in got
    got = claims("Russia's defence ministry said on Monday that over the past day the Ukrainian army's losses amounted to "
                 "more than 400 troops, it said.", published=date(2024, 8, 12))
    assert ("ru_mod", "ua_military", "casualties", 400) in got
    got = claims("Its forces had killed more than 25,000 Russian soldiers by the end of April, the Ukrainian General Staff said.",
                 published=date(2022, 5, 2))
    assert ("ua_mod", "ru_military", "killed", 25000) in got


def test_days_rates_and_restatements():
    got = claims("The UN monitoring mission said data ran as of 31 May 2024.\nThus, during this period, it recorded 11,200 civilian deaths.",
                 published=date(2024, 6, 5))
    assert got[("un", "civilians", "killed", 11200)].as_of == date(2024, 5, 31)
    got = claims("Those killed in the Saturday afternoon strike on Dnipro included four children, the regional governor said on Monday.",
                 published=date(2023, 1, 16))
    assert got[("ua_other", "children", "killed", 4)].as_of == date(2023, 1, 16)
    got = claims("Healey said Russia suffered 38,000 killed and wounded during May- a daily average of 1,226.", published=date(2024, 6, 10))
    assert ("uk_gov", "ru_military", "casualties", 38000) in got and not any(k[3] == 1226 for k in got)
    got = claims("Zelensky said 10,000 Russian soldiers have been killed. Later he said that nearly 10,000 Russian troops had been killed.",
                 published=date(2022, 3, 8))
    assert got[("ua_president", "ru_military", "killed", 10000)].qualifier == "approx"
    got = claims("Ukraine's General Staff said 35,000 Russian casualties were recorded in May 2024.", published=date(2024, 6, 2))
    assert got[("ua_mod", "ru_military", "casualties", 35000)].scope == "period"


def test_seed_case_from_the_demo_corpus():
    text = ("President Volodymyr Zelensky said on Thursday that nearly 9,000 Russian soldiers have been killed so far. "
            "Spokesman Igor Konashenkov said on Wednesday that 498 Russian servicemen had been killed.")
    got = claims(text)
    kyiv, moscow = got[("ua_president", "ru_military", "killed", 9000)], got[("ru_mod", "ru_military", "killed", 498)]
    assert kyiv.qualifier == "approx" and kyiv.value / moscow.value == pytest.approx(18, abs=0.1)


def test_real_russian_mod_and_un_spans():
    """Figures the pointer records state (subject, metric, value) are found in their verbatim English spans."""
    found = total = 0
    for path in sorted([*MINISTRY.glob("ru_mod/*.json"), *MINISTRY.glob("un_ohchr/*.json")]):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("language") not in ("en", None):
            continue
        published = date.fromisoformat((record.get("published") or record["as_of"])[:10])
        got = {(c.subject, c.metric, c.value) for c in extract_claims("\n".join(record["evidence"]), published, doc_kind=record.get("kind"))}
        for figure in record["figures"]:
            if figure["subject"] in ("ru_military", "ua_military", "civilians", "children", "all_military"):
                total += 1
                found += (figure["subject"], figure["metric"], figure["value"]) in got
    assert total > 100
    assert found / total >= 0.97  # measured 114/116 = 0.983 (fourth session)


# Floors, measured with `python -m flows.evaluate ../shared/real/articles/articles_dev.jsonl`; raise them as the grammar improves.
F1_FLOOR_ALL, F1_FLOOR_HELD = 0.906, 0.805  # measured 0.9091, 0.8100 (26th session; 0.9065, 0.801 in the 21st)
# folds 3-4 documents that the twenty-first session read by accident as web pages (README); the rest stay unseen
HELD_DOCS_SEEN = {"sbs-2023-03-07-ohchr-21793", "theinfow-2022-04-16-zelensky-2500-3000-russia-disputes",
                  "interfax-ua-2022-03-31-un-1232-civilians-killed"}
F1_FLOOR_UNSEEN = 0.792  # measured 0.7967 on the other 50 (twenty-sixth session; 0.7869 in the twenty-first)


def test_dev_set_scores_stay_above_the_recorded_floor():
    docs = load_gold(REAL / "articles" / "articles_dev.jsonl")
    overall = evaluate(docs)
    held = evaluate([d for d in docs if fold_of(d["doc_id"]) not in TUNE_FOLDS])
    assert overall.overall.f1 >= F1_FLOOR_ALL, overall.overall.f1
    assert held.overall.f1 >= F1_FLOOR_HELD, held.overall.f1
    unseen = evaluate([d for d in docs if fold_of(d["doc_id"]) not in TUNE_FOLDS and d["doc_id"] not in HELD_DOCS_SEEN])
    assert unseen.documents == 50 and unseen.overall.f1 >= F1_FLOOR_UNSEEN, unseen.overall.f1
    for attribute in ("qualifier", "scope", "as_of"):
        assert overall.attribute_hits[attribute] / overall.matched >= 0.90, attribute  # lowest measured: as_of 0.915 (eighth session)


def test_the_evaluation_command_leaves_out_the_documents_it_is_told_to(tmp_path, capsys):
    from flows.evaluate import main

    docs = load_gold(REAL / "articles" / "articles_dev.jsonl")[:3]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(d) + "\n" for d in docs))
    main([str(gold), "--json", "--exclude", f"{docs[0]['doc_id']}, {docs[2]['doc_id']}"])
    assert json.loads(capsys.readouterr().out)["documents"] == 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_text_never_crashes_and_evidence_is_the_texts_own(text):
    for c in extract_claims(text, PUB):
        assert 0 <= c.evidence_start < c.evidence_end <= len(text)
        assert c.as_of <= PUB


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=9_999_999), st.sampled_from(["{:,}", "{:d}", "{:,}".replace(",", " ")]))
def test_formatted_integers_read_back(value, pattern):
    text = pattern.format(value).replace(",", " ") if pattern == "{:,}".replace(",", " ") else pattern.format(value)
    if len(str(value)) == 4 and str(value).startswith(("19", "20")) and "," not in text and " " not in text:
        return  # a bare 19xx/20xx reads as a year
    assert to_int(text) == value


WORDS = st.sampled_from(["Zelensky", "said", "killed", "wounded", "more than", "12,000", "troops", "Russian", "including",
                         "children", "he", "the ministry", "tanks", "3", "on Monday", ",", ".", "\n", '"', "(", ")", "—", "between", "and",
                         # (gaps the grammar reads closed up, whose evidence must still map into the text)
                         "  ", "\t", "\n\n\n", "war.Up to", "\u00a0\u00a0"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=60))
def test_sentence_soup_never_crashes(words):
    text = " ".join(words)
    for c in extract_claims(text, PUB):
        assert text[c.evidence_start:c.evidence_end].strip()


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(" \n\t\u00a0\u2009\u3000\x1c\x85ab.,"), max_size=24), st.integers(0, 6), st.booleans())
def test_word_windows_are_the_words_a_whitespace_scan_finds(text, n, from_end):
    """words() splits with str.split for speed; it must give exactly the words \\S+ finds, whatever the whitespace."""
    import re

    from casualty_claims.extract.windows import words

    found = re.findall(r"\S+", text)
    assert words(text, n, from_end) == " ".join(found[-n:] if from_end else found[:n])


def test_accelerated_patterns_match_exactly_what_they_were_written_to_match():
    """fastre adds a first-character filter to the grammar's patterns; on every real article (and a few awkward
    strings) each accelerated pattern must give the same matches as the pattern as written."""
    import re

    from casualty_claims.extract import fastre

    texts = [d["text"] for d in load_gold(REAL / "articles" / "articles_dev.jsonl")]
    texts += ["", "ÀÉÎ 1 000 000 — «Зеленський» ١٢٣ K\u212a \u00a0122 883", "İstanbul ǅ ß SS ﬁ"]
    assert len(fastre.ORIGINALS) > 100
    for accelerated, written in fastre.ORIGINALS.items():
        plain = re.compile(written, accelerated.flags)
        for text in texts:
            assert [m.span() for m in accelerated.finditer(text)] == [m.span() for m in plain.finditer(text)], written


def _scanned_patterns():
    """Every pattern that the extractor scans whole texts with through fastre.finditer."""
    import re

    from casualty_claims.extract import dates, fastre
    from casualty_claims.extract import lexicon as lx

    patterns = [p for p, _, _ in lx.ALIAS_RES] + [lx.GENERIC_BODY] + list(fastre.ORIGINALS)
    patterns += [v for v in vars(dates).values() if isinstance(v, re.Pattern)]
    return patterns


def test_required_literals_skip_only_texts_the_pattern_cannot_match():
    """fastre.finditer skips a scan when the text holds none of the strings every match must contain; on every real
    article, the generated ones and strings with the engine's case oddities, it finds exactly the pattern's matches."""
    from bench.corpus import corpus
    from casualty_claims.extract import fastre

    texts = [d["text"] for d in load_gold(REAL / "articles" / "articles_dev.jsonl")]
    texts += [d["text"] for d in corpus(0, 200)]
    texts += ["", "İSTANBUL Zelenskyy said ıt", "OMBUDSMAN LUBINETS: ſTATE EMERGENCY \u212aYIV", "ﬁrst ﬁve MONTHS of 2023",
              "on MONDAY the UKRAINIAN General Staff said", "the ﬁrst day of the war", "Kelvin: \u212aonashenkov"]
    patterns = _scanned_patterns()
    with_strings = [p for p in patterns if fastre.required(p) is not None]
    assert len(with_strings) > len(patterns) // 2  # the filter is in force for most of them
    for pattern in patterns:
        for text in texts:
            assert [m.span() for m in fastre.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)], pattern.pattern


def test_pruned_alternations_match_exactly_what_the_whole_pattern_matches():
    """fastre.finditer_pruned drops the alternatives whose required strings a text lacks; on every real article, the
    generated ones and awkward strings, each alias pattern gives the whole pattern's matches, and at least one long
    alias list is pruned (else the test would compare a pattern with itself)."""
    from bench.corpus import corpus
    from casualty_claims.extract import fastre
    from casualty_claims.extract import lexicon as lx

    texts = [d["text"] for d in load_gold(REAL / "articles" / "articles_dev.jsonl")]
    texts += [d["text"] for d in corpus(0, 200)]
    texts += ["", "İSTANBUL mayor said ıt", "the Kharkiv Regional Military Administration and the head of the region's administration",
              "Russia's ombudsman and the ombudsman of Ukraine, Lubinets, with ſtate Kyiv police"]
    pruned = [p for p, _, _ in lx.ALIAS_RES if fastre._alternatives(p) is not None]
    assert pruned
    for pattern, _, _ in lx.ALIAS_RES:
        for text in texts:
            assert [m.span() for m in fastre.finditer_pruned(pattern, text)] == [m.span() for m in pattern.finditer(text)], pattern.pattern


def test_top_level_alternatives_split_only_outside_groups_classes_and_escapes():
    from casualty_claims.extract import fastre

    # (an escaped backslash before a bar leaves the bar at the top level; an escaped bar or one in a class does not split)
    assert fastre._top_level_alternatives(r"a(?:b|c)|[|]d|\\|e|f") == ["a(?:b|c)", "[|]d", r"\\", "e", "f"]
    assert fastre._top_level_alternatives(r"x\|y|[]|]z") == [r"x\|y", "[]|]z"]
    assert fastre._top_level_alternatives(r"[^]|]a|[^|]b|c") == ["[^]|]a", "[^|]b", "c"]


def test_required_literals_are_read_from_the_pattern():
    import re

    from casualty_claims.extract import fastre

    assert fastre.required(re.compile(r"\b[Oo]mbuds(?:man|person)\b")) == (frozenset({"mbuds"}), False)
    assert fastre.required(re.compile(r"(?:last|this) (?:week|month)", re.IGNORECASE)) == (frozenset({"last", "this"}), True)
    assert fastre.required(re.compile(r"(?:killed|)\s+\d+")) is None  # an empty alternative requires nothing
    assert fastre.required(re.compile(r"(?i)Київ")) is None  # case-folded strings are kept to ASCII
    # the text is scanned after all when it holds a character the engine folds to an ASCII letter and casefold() does not
    assert list(fastre.finditer(re.compile("istanbul", re.IGNORECASE), "İstanbul"))


def test_case_oddities_are_every_character_the_engine_folds_to_an_ascii_letter():
    import re
    import string
    import sys

    from casualty_claims.extract import fastre

    odd = set()
    any_letter = re.compile("[a-z]", re.IGNORECASE)  # (one test per character first: 26 per character took half a minute)
    for c in map(chr, range(128, sys.maxunicode + 1)):
        if not any_letter.fullmatch(c):
            continue
        letters = [a for a in string.ascii_lowercase if re.fullmatch(a, c, re.IGNORECASE)]
        if letters and c.casefold() != letters[0]:
            odd.add(c)
    assert odd and odd <= set(fastre.CASE_ODDITIES)


THU = date(2023, 6, 15)  # a Thursday
KUPYANSK = ("In the Kupyansk direction, the enemy's losses amounted to 210 servicemen, a tank, two armoured fighting vehicles "
            "and four artillery systems, the Russian Defence Ministry said.")
# One sentence per class of the issue's list (numbers, qualifiers, ranges, claimants, subjects, scope, days), our own wording:
# (text, (claimant, subject, metric, value or (low, high), qualifier, scope, as_of)) or (text, None) for "no claim".
SENTENCE_CASES = [
    ("The General Staff said Russia had lost 122 883 troops since the start of the full-scale invasion.",
     ("ua_mod","ru_military","casualties",122883,"exact","cumulative",THU)),
    ("Shoigu claimed Ukraine had lost over 23 thousand soldiers during the counteroffensive.",
     ("ru_mod","ua_military","casualties",23000,"at_least","period",THU)),
    ("The Pentagon estimates that Russia has suffered 1.5 million casualties.", ("us_gov","ru_military","casualties",1500000,"exact","cumulative",THU)),
    ("British intelligence said Russian losses had passed half a million.", ("uk_gov","ru_military","casualties",500000,"at_least","cumulative",THU)),
    ("Seven civilians were killed in the shelling of Kherson on Tuesday, the regional governor said.",
     ("ua_other","civilians","killed",7,"exact","event",THU)),
    ("Two thousand Russian soldiers were killed in the battle for Bakhmut, Zelensky said.",
     ("ua_president","ru_military","killed",2000,"exact","event",THU)),
    ("A child was killed when a drone hit a house in Sumy, the State Emergency Service said.", ("ua_ses","children","killed",1,"exact","event",THU)),
    ("Kyiv says it has lost between 10,000 and 13,000 soldiers.", ("ua_mod","ua_military","casualties",(10000,13000),"range","cumulative",THU)),
    ("From 100 to 200 Ukrainian soldiers are killed every day, Zelensky said.", None),
    ("Konashenkov said 2,870 Ukrainian troops were killed and some 3,700 wounded.", ("ru_mod","ua_military","wounded",3700,"approx","cumulative",THU)),
    ("OHCHR recorded 136 civilian deaths, including 13 children, in May.", ("un","children","killed",13,"exact","period",date(2023,5,31))),
    ("Over the past day, our defenders eliminated 520 occupiers, the General Staff reported.",
     ("ua_mod","ru_military","killed",520,"exact","period",THU)),
    ("The enemy lost 14 tanks and 22 armoured vehicles yesterday, the Ukrainian military said.",
     ("ua_mod","ru_military","tanks",14,"exact","period",date(2023,6,14))),
    ("Russian defence ministry spokesman Igor Konashenkov said 1,351 Russian servicemen had been killed so far.",
     ("ru_mod","ru_military","killed",1351,"exact","cumulative",THU)),
    ("Mediazona and BBC Russian have confirmed the names of 25,000 Russian soldiers killed in Ukraine.",
     ("independent","ru_military","killed",25000,"exact","cumulative",THU)),
    ("The Prosecutor General's Office said 490 children had been killed since the war began.",
     ("ua_prosecutor","children","killed",490,"exact","cumulative",THU)),
    ("Last month, the UN human rights office said 9,000 civilians had been killed.",
     ("un","civilians","killed",9000,"exact","cumulative",date(2023,5,31))),
    ("Ukraine could lose 50,000 more soldiers by the end of the year, analysts warned.", None),
    ("Milley said about 100,000 Russian soldiers had been killed or wounded.",
     ("us_gov","ru_military","casualties",100000,"approx","cumulative",date(2023,6,15))),
    ("According to Ukraine's defence ministry, 200,000 Russian troops have been killed so far.",
     ("ua_mod","ru_military","killed",200000,"exact","cumulative",THU)),
    ("Ukrainian forces shot down 16 Russian drones overnight, the air force said.", ("ua_mod","ru_military","uav",16,"exact","period",THU)),
    ("Russia has lost more than 2,000 tanks since the invasion began, according to Oryx.",
     ("independent","ru_military","tanks",2000,"at_least","cumulative",THU)),
    ("Both sides have suffered more than 300,000 casualties, US officials said.",
     ("us_gov","all_military","casualties",300000,"at_least","cumulative",THU)),
    ("Ukraine's ombudsman said 8 children were injured in Kharkiv on Sunday.", ("ua_other","children","wounded",8,"exact","event",date(2023,6,11))),
    ("Some 40 Ukrainian prisoners of war were killed in the explosion at Olenivka, Ukraine said.",
     ("ua_mod","ua_military","killed",40,"approx","event",THU)),
    ("In total, 1,200 Ukrainian servicemen have been captured, the Russian ministry said.",
     ("ru_mod","ua_military","captured",1200,"exact","cumulative",THU)),
    ("About 15,000 people are missing, the Ukrainian interior ministry said.", ("ua_other","civilians","missing",15000,"approx","cumulative",THU)),
    # Wednesday dates the shelling; the toll holds as of the report (LABELING: "not the day of the attack")
    ("The regional governor said 3 people died and 11 were wounded after Russian shelling of Nikopol on Wednesday.",
     ("ua_other","civilians","wounded",11,"exact","event",THU)),
    ("Russia's defence ministry said its forces had killed up to 600 Ukrainian servicemen in the past 24 hours.",
     ("ru_mod","ua_military","killed",600,"at_most","period",THU)),
    ("Ukrainian officials said on Friday that a Russian missile strike on a shopping centre in Kremenchuk killed at least 20 people.",
     ("ua_other","civilians","killed",20,"at_least","event",date(2023,6,9))),
    ("The death toll from Saturday's strike on an apartment block in Dnipro has risen to 40, the emergency service said.",
     ("ua_ses","civilians","killed",40,"exact","event",THU)),
    ("UN figures show that at least 9,177 civilians have been killed since the invasion began.",
     ("un","civilians","killed",9177,"at_least","cumulative",THU)),
    ("Moscow says 5,937 of its soldiers have died.", ("ru_mod","ru_military","killed",5937,"exact","cumulative",THU)),
    ("Kyiv claims more than 220,000 Russian soldiers have been killed or wounded.",
     ("ua_mod","ru_military","casualties",220000,"at_least","cumulative",THU)),
    ("The regional governor, Oleh Syniehubov, said two people were killed and 15 wounded in Kharkiv.",
     ("ua_other","civilians","wounded",15,"exact","event",THU)),
    ("Separatist authorities in Donetsk said five civilians were killed by Ukrainian shelling.", ("ru_other","civilians","killed",5,"exact","event",THU)),
    ("According to the Ukrainian military, Russia has lost 3,800 tanks and 7,500 armoured combat vehicles.",
     ("ua_mod","ru_military","tanks",3800,"exact","cumulative",THU)),
    ("A senior US official told reporters that Ukraine had suffered as many as 70,000 deaths.",
     ("us_gov","ua_military","killed",70000,"at_most","cumulative",THU)),
    ("Zelensky said on Wednesday that 31,000 Ukrainian soldiers had been killed.",
     ("ua_president","ua_military","killed",31000,"exact","cumulative",date(2023,6,14))),
    ("The Kremlin denied reports that 100,000 Russian soldiers had died.", ("other","ru_military","killed",100000,"exact","cumulative",THU)),
    ("More than 500 children have been killed since the full-scale invasion, Ukraine's prosecutor general said.",
     ("ua_prosecutor","children","killed",500,"at_least","cumulative",THU)),
    ("The State Emergency Service said 12 people were rescued and three bodies recovered.", ("ua_ses","civilians","killed",3,"exact","cumulative",THU)),
    ("At least three civilians died and 12 others were wounded, the head of the Donetsk regional military administration said.",
     ("ua_other","civilians","wounded",12,"exact","event",THU)),
    ("Ukraine said on Thursday that about 1,000 Russian troops were killed in the last 24 hours.",
     ("ua_mod","ru_military","killed",1000,"approx","period",THU)),
    ("Russia claims to have downed 10 Ukrainian drones over Crimea.", ("ru_mod","ua_military","uav",10,"exact","event",THU)),
    ("OHCHR said 1,200 civilians were killed in the month of May alone.", ("un","civilians","killed",1200,"exact","period",date(2023,5,31))),
    ("Ukrainian air defences shot down 30 of 35 Shahed drones overnight, the air force said.", ("ua_mod","ru_military","uav",30,"exact","period",THU)),
    ("The Norwegian defence chief estimated that 180,000 Russian soldiers had been killed or wounded.",
     ("other_gov","ru_military","casualties",180000,"exact","cumulative",THU)),
    ("Hundreds of people were killed, the mayor said.", None),
    ("The city has a population of 300,000 people.", None),
    ("Russia has deployed 150,000 troops near the border.", None),
    ("The country received 80 tanks from its allies.", None),
    ("Ukraine said 16 Russian servicemen were taken prisoner near Bakhmut.", ("ua_mod","ru_military","captured",16,"exact","event",THU)),
    ("The ministry said 1,500 Ukrainian soldiers had surrendered at Azovstal, the Russian defence ministry said.",
     ("ru_mod","ua_military","captured",1500,"exact","event",THU)),
    ("Since February 24, 2022, at least 10,000 civilians have been killed in Ukraine, the UN said.",
     ("un","civilians","killed",10000,"at_least","cumulative",THU)),
    ("Russian forces have lost 20,000 men in Avdiivka since October, the General Staff said.",
     ("ua_mod","ru_military","casualties",20000,"exact","event",THU)),
    ("The Armed Forces of Ukraine lost up to 380 servicemen in the Donetsk direction, the Russian Defence Ministry said.",
     ("ru_mod","ua_military","casualties",380,"at_most","event",THU)),
    ("The AFU losses over the past week amounted to more than 4,000 servicemen, Shoigu said.",
     ("ru_mod","ua_military","casualties",4000,"at_least","period",THU)),
    ("Over the past day the enemy's losses amounted to 910 personnel, Ukraine's General Staff reported in its morning update.",
     ("ua_mod","ru_military","casualties",910,"exact","period",THU)),
    ("The General Staff said 690 occupiers were liquidated on Wednesday.", ("ua_mod","ru_military","killed",690,"exact","period",date(2023,6,14))),
    ("Ukraine's military put the Russian dead and wounded at nearly 1.2 million soldiers.",
     ("ua_mod","ru_military","casualties",1200000,"approx","cumulative",THU)),
    ("Russia has lost over 1 million troops since February 2022, the UK said.",
     ("uk_gov","ru_military","casualties",1000000,"at_least","cumulative",THU)),
    ("One civilian was killed in Kherson yesterday, governor Oleksandr Prokudin said.",
     ("ua_other","civilians","killed",1,"exact","event",date(2023,6,14))),
    ("Dozens of people were killed in the strike, officials said.", None),
    ("Tens of thousands of soldiers have died on both sides.", None),
    ("Western officials believe between 35,000 and 40,000 Russian troops have been killed.",
     ("other_gov","ru_military","killed",(35000,40000),"range","cumulative",THU)),
    # (the battle is one event: LABELING's total tied to one place or incident)
    ("Russia lost 10-12 thousand troops in the battle, a US official said.",
     ("us_gov","ru_military","casualties",(10000,12000),"range","event",THU)),
    ("As of March 1, OHCHR had recorded 8,101 civilian deaths.", ("un","civilians","killed",8101,"exact","cumulative",date(2023,3,1))),
    ("On Monday, Ukraine's General Staff said 500 Russian soldiers had been killed in the previous 24 hours.",
     ("ua_mod","ru_military","killed",500,"exact","period",date(2023,6,12))),
    ("The UN said 27 civilians, including five children, were killed in Russian strikes on Sunday.",
     ("un","children","killed",5,"exact","event",date(2023,6,11))),
    ("Konashenkov said Ukrainian losses in the counteroffensive had reached 7,500 troops.",
     ("ru_mod","ua_military","casualties",7500,"exact","period",THU)),
    ("According to Mediazona, at least 27,423 Russian soldiers have died in Ukraine.",
     ("independent","ru_military","killed",27423,"at_least","cumulative",THU)),
    ("Oryx has documented the loss of 2,100 Russian tanks.", ("independent","ru_military","tanks",2100,"exact","cumulative",THU)),
    ("Russia's losses include 312 aircraft, 298 helicopters and 3,900 drones, the General Staff said.",
     ("ua_mod","ru_military","helicopters",298,"exact","cumulative",THU)),
    ("The Ukrainian army has lost up to 100 soldiers a day, Zelensky said.", None),
    ("Some 3,000 Ukrainian troops are missing, Ukraine's human rights ombudsman said.",
     ("ua_other","ua_military","missing",3000,"approx","cumulative",THU)),
    ("Since the beginning of the war, 1,800 Ukrainian prisoners have been returned home.", None),
    ("Ukrainian forces have killed 100,000 Russian soldiers, President Zelensky said, adding that 13,000 Ukrainian troops had died.",
     ("ua_president","ua_military","killed",13000,"exact","cumulative",THU)),
    ("Russia's defence ministry said its air defences had intercepted 41 Ukrainian drones over the Belgorod region.",
     ("ru_mod","ua_military","uav",41,"exact","event",THU)),
    ("On day 500 of the war, the 155th brigade reported heavy fighting.", None),
    ("Russia fired 14 Kh-101 missiles and 20 Shahed drones at Kyiv overnight.", None),
    ("Ukraine received $1.2 billion in aid and 300,000 artillery shells.", None),
    ("About 6.3 million refugees from Ukraine are recorded across Europe.", None),
    ("Three of the five regions reported power outages.", None),
    ("A Su-34 bomber was shot down near Bakhmut, the Ukrainian air force said.", ("ua_mod","ru_military","aircraft",1,"exact","event",THU)),
    ("Russia's military said on Tuesday it had destroyed a Ukrainian Su-25 jet and four drones.",
     ("ru_mod","ua_military","uav",4,"exact","cumulative",date(2023,6,13))),
    ("The UN human rights office said it had verified 24,425 civilian casualties, 8,983 of them killed.",
     ("un","civilians","killed",8983,"exact","cumulative",THU)),
    ("OHCHR recorded 24,425 civilian casualties: 8,983 killed and 15,442 injured.", ("un","civilians","wounded",15442,"exact","cumulative",THU)),
    ("Ukraine's military intelligence estimates 400,000 Russian troops have been killed or wounded.",
     ("ua_mod","ru_military","casualties",400000,"exact","cumulative",THU)),
    ("US intelligence estimates that Russia has suffered roughly 120,000 deaths.", ("us_gov","ru_military","killed",120000,"approx","cumulative",THU)),
    ("The head of the Luhansk regional administration, Serhiy Haidai, said 4 civilians were killed.",
     ("ua_other","civilians","killed",4,"exact","event",THU)),
    ("Pushilin said 10 people were killed in the shelling of a market in Donetsk.", ("ru_other","civilians","killed",10,"exact","event",THU)),
    ("In the past 24 hours, 13 Russian attacks left 5 civilians dead in Kherson region, the regional military administration said.",
     ("ua_other","civilians","killed",5,"exact","event",THU)),
    ("According to Ukrainian data, Russian losses in Avdiivka exceeded 25,000 men.", ("ua_mod","ru_military","casualties",25000,"at_least","event",THU)),
    ("Russia said Ukraine had lost more than 71,500 soldiers since the start of June.",
     ("ru_mod","ua_military","casualties",71500,"at_least","period",THU)),
    ("The UK Ministry of Defence said Russia had probably suffered 40,000 to 60,000 killed.",
     ("uk_gov","ru_military","killed",(40000,60000),"range","cumulative",THU)),
    ("Two people were killed and nine injured in a drone attack on Odesa, Governor Oleh Kiper said on Telegram.",
     ("ua_other","civilians","wounded",9,"exact","event",THU)),
    ("Russia lost 450 soldiers, four tanks and 12 artillery systems in the past day, Ukraine's General Staff said.",
     ("ua_mod","ru_military","artillery",12,"exact","period",THU)),
    ("An estimated 200 Ukrainian marines were killed in Krynky, according to Russian bloggers.",
     ("other","ua_military","killed",200,"approx","event",THU)),
    ('Zelensky spoke to reporters on Tuesday. "We have lost 31,000 soldiers," he said.',
     ("ua_president","ua_military","casualties",31000,"exact","cumulative",date(2023,6,13))),
    ('"Our estimate is that 120,000 Russians have been killed," a senior US official said.',
     ("us_gov","ru_military","killed",120000,"exact","cumulative",THU)),
    ('Konashenkov briefed reporters on Sunday. He said Ukraine had lost 1,200 troops in the past day.',
     ("ru_mod","ua_military","casualties",1200,"exact","period",date(2023,6,11))),
    ('The UN mission published its monthly update. It said 181 civilians were killed in May.',
     ("un","civilians","killed",181,"exact","period",date(2023,5,31))),
    ('The Russian defence ministry issued a statement. According to the ministry, 300 Ukrainian soldiers were killed near Avdiivka.',
     ("ru_mod","ua_military","killed",300,"exact","event",THU)),
    ('Ukraine\'s military said on Monday that Russian forces had lost 540 soldiers. The figure could not be independently verified.',
     ("ua_mod","ru_military","casualties",540,"exact","cumulative",date(2023,6,12))),
    ('Peskov dismissed the figures. Kyiv has said 250,000 Russian troops have been killed.',
     ("ua_mod","ru_military","killed",250000,"exact","cumulative",THU)),
    ('Prigozhin said Wagner had lost 20,000 fighters in Bakhmut, half of them convicts.',
     ("ru_other","ru_military","casualties",20000,"exact","event",THU)),
    ('Shoigu said Ukraine had lost 159,000 troops killed or wounded since June, while Russia\'s losses were far lower.',
     ("ru_mod","ua_military","casualties",159000,"exact","period",THU)),
    ('Russian troops killed 14 civilians in Kramatorsk, Ukraine\'s Prosecutor General\'s Office said.',
     ("ua_prosecutor","civilians","killed",14,"exact","event",THU)),
    ('In a video address, Zelensky said: "The enemy has lost 7,000 soldiers in Kursk."',
     ("ua_president","ru_military","casualties",7000,"exact","event",THU)),
    ('Britain\'s defence intelligence said Russian casualties had likely reached 300,000.',
     ("uk_gov","ru_military","casualties",300000,"exact","cumulative",THU)),
    ("Three days ago, the General Staff said 400 Russian soldiers had been killed in a single day.",
     ("ua_mod","ru_military","killed",400,"exact","period",date(2023,6,12))),
    ("On June 3, OHCHR said 9,000 civilians had been killed since the start of the invasion.",
     ("un","civilians","killed",9000,"exact","cumulative",date(2023,6,3))),
    ("As of 10 June, the UN had verified 24,862 civilian casualties.", ("un","civilians","casualties",24862,"exact","cumulative",date(2023,6,10))),
    ("By the end of May, Russia had lost 200,000 troops, the UK said.",
     ("uk_gov","ru_military","casualties",200000,"exact","cumulative",date(2023,5,31))),
    ("So far this year, 1,600 civilians have been killed, the UN said.", ("un","civilians","killed",1600,"exact","period",THU)),
    ("In 2022, 7,000 civilians were killed, according to the UN.", ("un","civilians","killed",7000,"exact","period",date(2022,12,31))),
    ("Last Friday, Ukraine's General Staff said Russian losses had reached 210,000.",
     ("ua_mod","ru_military","casualties",210000,"exact","cumulative",date(2023,6,9))),
    # (the window ends on the weekend's Sunday: LABELING's "as_of is the end of the window")
    ("Over the weekend, 23 civilians were killed in Russian strikes, the UN said.", ("un","civilians","killed",23,"exact","period",date(2023,6,11))),
    ("Since January 1, 2023, more than 2,000 civilians have been killed, OHCHR said.", ("un","civilians","killed",2000,"at_least","period",THU)),
    ("Yesterday the enemy lost 620 personnel, the General Staff said.", ("ua_mod","ru_military","casualties",620,"exact","period",date(2023,6,14))),
    ("The ministry of defence of Russia said on 12 June that 1,000 Ukrainian soldiers had been killed over the previous week.",
     ("ru_mod","ua_military","killed",1000,"exact","period",date(2023,6,12))),
    ("Ukraine has lost 17,500 soldiers since early June, the Russian defence minister said.",
     ("ru_mod","ua_military","casualties",17500,"exact","period",THU)),
    ("Putin said Ukraine had lost 186 tanks since the counteroffensive began, while Russia lost 25.",
     ("ru_kremlin","ua_military","tanks",186,"exact","period",THU)),
    ("Putin said Ukraine had lost 186 tanks since the counteroffensive began, while Russia lost 25.",
     ("ru_kremlin","ru_military","tanks",25,"exact","period",THU)),
    ("Peskov said the Kremlin did not comment on figures, but noted 500 Ukrainian mercenaries had been eliminated.",
     ("ru_kremlin","ua_military","killed",500,"exact","cumulative",THU)),
    ("Our troops destroyed 12 enemy tanks near Marinka, said Oleksandr Shtupun, spokesman for the Tavria group.",
     ("ua_mod","ru_military","tanks",12,"exact","event",THU)),
    ("Lavrov claimed that NATO mercenaries had lost 5,000 men.", ("ru_other","ua_military","casualties",5000,"exact","cumulative",THU)),
    ("Estonian intelligence estimates Russia loses about 1,000 soldiers a day.", None),
    ("The Institute for the Study of War said Russian forces suffered 2,000 casualties near Vuhledar.",
     ("independent","ru_military","casualties",2000,"exact","event",THU)),
    ("NATO Secretary General Jens Stoltenberg said Russia had lost more than 300,000 troops.",
     ("other_gov","ru_military","casualties",300000,"at_least","cumulative",THU)),
    ("Our servicemen repelled 40 attacks and killed 350 occupiers, the commander said.", ("other","ru_military","killed",350,"exact","cumulative",THU)),
    ("Russian Defence Minister Andrei Belousov said 420,000 Ukrainian troops had been killed or wounded this year.",
     ("ru_mod","ua_military","casualties",420000,"exact","period",THU)),
    ("The Ukrainian Health Ministry reported that 102 medics have died since the war began.", None),
    ("Kadyrov said 2,000 Chechen fighters had been killed.", ("ru_other","ru_military","killed",2000,"exact","cumulative",THU)),
    ("Russia's overall losses since the invasion began have reached 250,000, Ukraine's General Staff said.",
     ("ua_mod","ru_military","casualties",250000,"exact","cumulative",THU)),
    ("Ukraine's Defence Ministry said Russia had lost about 1,000 soldiers in the past day, bringing its total to 230,000.",
     ("ua_mod","ru_military","casualties",230000,"exact","cumulative",THU)),
    ("Ukraine's Defence Ministry said Russia had lost about 1,000 soldiers in the past day, bringing its total to 230,000.",
     ("ua_mod","ru_military","casualties",1000,"approx","period",THU)),
    ("The number of civilians killed in the attack rose to 12 on Thursday, emergency services said.",
     ("ua_ses","civilians","killed",12,"exact","event",THU)),
    ("The strike on Kramatorsk railway station killed 61 people, including seven children, and injured 121.",
     ("other","civilians","wounded",121,"exact","event",THU)),
    ("The strike on Kramatorsk railway station killed 61 people, including seven children, and injured 121.",
     ("other","children","killed",7,"exact","event",THU)),
    ("Russian shelling killed a 65-year-old man and wounded his wife in Kherson, the regional governor said.",
     ("ua_other","civilians","killed",1,"exact","event",THU)),
    ("The bodies of 445 people were found in a mass grave in Izium, police said.", ("ua_other","civilians","killed",445,"exact","event",THU)),
    ("At least 1,300 Russian soldiers were taken prisoner during the Kursk operation, Zelensky said.",
     ("ua_president","ru_military","captured",1300,"at_least","event",THU)),
    ("Around 18 percent of Ukraine is occupied, and 14 million people have fled their homes.", None),
    ("Ukraine has received 31 Abrams tanks from the United States.", None),
    (KUPYANSK,
     ("ru_mod","ua_military","casualties",210,"exact","event",THU)),
    (KUPYANSK,
     ("ru_mod","ua_military","tanks",1,"exact","event",THU)),
    # (a bare "the ministry" reporting Ukrainian losses is Moscow's: see the fifth session's rows below)
    ("In total, Ukrainian forces lost up to 1,455 troops over the past 24 hours on all frontlines, the ministry said.",
     ("ru_mod","ua_military","casualties",1455,"at_most","period",THU)),
    ("In May 2023, OHCHR recorded 583 civilian casualties in Ukraine: 178 killed and 405 injured.",
     ("un","civilians","wounded",405,"exact","period",date(2023,5,31))),
    ("The majority of casualties (over 90 per cent) were caused by explosive weapons, OHCHR said.", None),
    ("Since 24 February 2022, OHCHR has recorded 24,862 civilian casualties in the country: 9,083 killed and 15,779 injured.",
     ("un","civilians","killed",9083,"exact","cumulative",THU)),
    ("Of those killed, 500 were children, the UN said.", ("un","children","killed",500,"exact","cumulative",THU)),
    ("The Armed Forces of Ukraine destroyed 3 enemy ammunition depots and 12 artillery systems, the General Staff reported.",
     ("ua_mod","ru_military","artillery",12,"exact","cumulative",THU)),
    ("Air defence forces destroyed 25 Russian cruise missiles overnight, Ukraine's commander-in-chief said.",
     ("ua_mod","ru_military","cruise_missiles",25,"exact","period",THU)),
    ("Russia's Ministry of Defence said it had shot down 8 HIMARS rockets and 27 drones in the past day.",
     ("ru_mod","ua_military","uav",27,"exact","period",THU)),
    ("Kyiv Mayor Vitali Klitschko said four people were killed and 12 injured after debris fell on a residential building.",
     ("ua_other","civilians","wounded",12,"exact","event",THU)),
    ("Kharkiv governor Oleh Syniehubov reported that a 12-year-old boy was among the wounded.",
     ("ua_other","children","wounded",1,"exact","event",THU)),
    ("Ukraine's human rights commissioner Dmytro Lubinets said 1,200 Ukrainian civilians are being held in Russian captivity.",
     ("ua_other","civilians","captured",1200,"exact","cumulative",THU)),
    ("According to the Ukrainian Navy, Russia has lost 26 warships and a submarine since the beginning of the war.",
     ("ua_mod","ru_military","ships",26,"exact","cumulative",THU)),
    ("Russia has lost a third of its Black Sea Fleet, including 15 large landing ships, Ukraine's navy said.",
     ("ua_mod","ru_military","ships",15,"exact","cumulative",THU)),
    ("The General Staff of the Russian Armed Forces said 35 Ukrainian soldiers were killed near Robotyne.",
     ("ru_mod","ua_military","killed",35,"exact","event",THU)),
    ("The Belarusian opposition said 300 volunteers from Belarus had died fighting for Ukraine.", None),
    ("Russia's Investigative Committee said 5 civilians were killed in Belgorod by Ukrainian shelling.",
     ("ru_other","civilians","killed",5,"exact","event",THU)),
    ("Military analysts at Oryx counted 2,800 Russian tanks destroyed, damaged, abandoned or captured.",
     ("independent","ru_military","tanks",2800,"exact","cumulative",THU)),
    ("Russian troops shelled Nikopol, killing two people and injuring five, the governor said.",
     ("ua_other","civilians","wounded",5,"exact","event",THU)),
    ("A Russian missile struck a hospital in Dnipro, killing one doctor, officials said.", None),
    ("Ukrainian forces downed 18 of 20 Russian drones launched overnight, the air force said.", ("ua_mod","ru_military","uav",18,"exact","period",THU)),
    ("Russian air defences destroyed 11 Ukrainian drones over Moscow, the Russian defence ministry said.",
     ("ru_mod","ua_military","uav",11,"exact","event",THU)),
    # (the window ends on the week's last day)
    ("According to the UN, 25 civilians were killed and 117 injured in the first week of June.",
     ("un","civilians","wounded",117,"exact","period",date(2023,6,7))),
    ("The Pentagon said Ukraine's forces had suffered 'significant' losses, estimating them at up to 17,500 killed.",
     ("us_gov","ua_military","killed",17500,"at_most","cumulative",THU)),
    ("In the Zaporizhzhia region, 2 civilians were injured in Russian shelling, the regional administration reported.",
     ("ua_other","civilians","wounded",2,"exact","event",THU)),
    ("Russia has lost 50,000 men in Bakhmut alone, according to Ukraine's military.", ("ua_mod","ru_military","casualties",50000,"exact","event",THU)),
    ("Moscow says it has killed 4,000 Ukrainian troops since the counteroffensive began.", ("ru_mod","ua_military","killed",4000,"exact","period",THU)),
    ("Yesterday, the enemy launched 30 drones; 25 were destroyed, the General Staff said.",
     ("ua_mod","ru_military","uav",25,"exact","period",date(2023,6,14))),
    ("Ukrainian President Volodymyr Zelensky has said that 46,000 Ukrainian soldiers have been killed on the battlefield.",
     ("ua_president","ua_military","killed",46000,"exact","cumulative",THU)),
    ("Zelensky's chief of staff Andriy Yermak said Russia had lost 700,000 soldiers.",
     ("ua_presidential_office","ru_military","casualties",700000,"exact","cumulative",THU)),
    ("Mykhailo Podolyak, an adviser to Zelensky, said as many as 13,000 Ukrainian troops had been killed.",
     ("ua_presidential_office","ua_military","killed",13000,"at_most","cumulative",THU)),
    ("Speaking on Russian TV, Shoigu said Ukraine had lost more than 16,000 soldiers in June.",
     ("ru_mod","ua_military","casualties",16000,"at_least","period",date(2023,6,15))),
    ("The Russian ambassador to the UN, Vassily Nebenzia, said 300 civilians had been killed by Ukrainian shelling in Donetsk.",
     ("ru_other","civilians","killed",300,"exact","event",THU)),
    ("Britain's Ministry of Defence said in its daily intelligence update that Russia had suffered 1,170 casualties per day in May.", None),
    ("Some 500 Russian soldiers were killed or wounded on Monday alone, Ukraine's military said.",
     ("ua_mod","ru_military","casualties",500,"approx","period",date(2023,6,12))),
    ("UNICEF said at least 500 children had been killed in Ukraine since the invasion.", ("un","children","killed",500,"at_least","cumulative",THU)),
    ("The Ukrainian parliament's human rights commissioner said 13 civilians were killed in the past week.",
     ("ua_other","civilians","killed",13,"exact","period",THU)),
    ("Ukraine's Border Guard Service said 3 border guards were wounded.", ("ua_other","ua_military","wounded",3,"exact","cumulative",THU)),
    ("The Russian army has lost around 1,500 tanks, the Ukrainian General Staff said, while Kyiv admitted losing 200.",
     ("ua_mod","ru_military","tanks",1500,"approx","cumulative",THU)),
    ("More than 2,000 Ukrainian troops have surrendered since the start of the year, Russia's defence ministry claimed.",
     ("ru_mod","ua_military","captured",2000,"at_least","period",THU)),
    ("A total of 9,177 civilians, among them 532 children, have been killed, the UN said.", ("un","children","killed",532,"exact","cumulative",THU)),
    ("Ukrainian authorities said at least 10 people died and 40 were hurt in the attack on Uman.",
     ("ua_other","civilians","wounded",40,"exact","event",THU)),
    ("Russian forces killed 17 civilians and wounded 32 in the Kharkiv region over the past week, the governor said.",
     ("ua_other","civilians","wounded",32,"exact","event",THU)),
    ("According to the Ukrainian General Staff, Russian troop losses total 225,000.",
     ("ua_mod","ru_military","casualties",225000,"exact","cumulative",THU)),
    ("The British MoD estimated that Russian forces had suffered between 175,000 and 200,000 casualties.",
     ("uk_gov","ru_military","casualties",(175000,200000),"range","cumulative",THU)),
    ("Wagner chief Yevgeny Prigozhin said 20,000 of his fighters had died in Bakhmut.", ("ru_other","ru_military","killed",20000,"exact","event",THU)),
    ("Russia's defence ministry said 15 Ukrainian servicemen had surrendered in the Zaporizhzhia direction on Tuesday.",
     ("ru_mod","ua_military","captured",15,"exact","event",date(2023,6,13))),
    ("The number of civilians killed in Ukraine since February 2022 has passed 10,000, the UN monitoring mission said.",
     ("un","civilians","killed",10000,"at_least","cumulative",THU)),
    ("Four people, including a 10-year-old girl, were killed in a strike on Kryvyi Rih, the governor said.",
     ("ua_other","children","killed",1,"exact","event",THU)),
    ("Officials in Belgorod said a woman was killed by Ukrainian drone fire.", ("ru_other","civilians","killed",1,"exact","event",THU)),
    ("The Ukrainian military claimed to have killed 150 Russian soldiers in a strike on a command post.",
     ("ua_mod","ru_military","killed",150,"exact","event",THU)),
    ("At least 62 people died when a Russian missile hit a village shop in Hroza, Zelensky said.",
     ("ua_president","civilians","killed",62,"at_least","event",THU)),
    ("The Russian defence ministry said Ukraine's losses in the Kursk region had exceeded 38,000 servicemen.",
     ("ru_mod","ua_military","casualties",38000,"at_least","event",THU)),
    ("US officials estimate that as many as 500,000 troops on both sides have been killed or wounded.",
     ("us_gov","all_military","casualties",500000,"at_most","cumulative",THU)),
    # an aside whose number has a thousands comma, then the predicate
    ("The UN has verified that 9,000 civilians have been killed. It said 16,000 more, including 1,000 children, have been injured.",
     ("un","civilians","wounded",16000,"exact","cumulative",THU)),
    # a sentence-initial place ("In Dnipro,") ties every figure of the sentence to it
    ("In Dnipro, the death toll has risen to 40 people, and about 30 others are still missing, the emergency service said.",
     ("ua_ses","civilians","missing",30,"approx","event",THU)),
    # a day inside "since ... in February 2022" opens the window; it does not date the figure
    ("Since the start of Russia's full-scale invasion in February 2022, the UN has verified that 10,582 civilians have been killed.",
     ("un","civilians","killed",10582,"exact","cumulative",THU)),
    # a monthly list whose later items leave the noun out; each month is its own window
    ("OHCHR said 4,289 civilians were killed in March 2022, 840 in April and 586 in May.", ("un","civilians","killed",840,"exact","period",date(2022,4,30))),
    ("OHCHR said 4,289 civilians were killed in March 2022, 840 in April and 586 in May.", ("un","civilians","killed",586,"exact","period",date(2022,5,31))),
    ("The General Staff said Russia lost 20,000 soldiers in May and 25,000 in June.",
     ("ua_mod","ru_military","casualties",25000,"exact","period",date(2023,6,15))),
    # a local official counts an attack's victims: an event even with no place named
    ("Kyiv mayor Vitali Klitschko wrote on Telegram that nine people were killed. The mayor said 30 more had been injured.",
     ("ua_other","civilians","wounded",30,"exact","event",THU)),
    # the loser of "is confirmed to have lost" owns the figure, not the army named later in the sentence
    ("Oryx said that, on photographic evidence, Russia is confirmed to have lost over 1,000 tanks, many of them taken by Ukrainian soldiers.",
     ("independent","ru_military","tanks",1000,"at_least","cumulative",THU)),
    # "the governor" carries the governor named before
    ("Belgorod governor Vyacheslav Gladkov said a drone attack killed two people. Another 108 people were wounded, the governor added.",
     ("ru_other","civilians","wounded",108,"exact","event",THU)),
    # "its daily update" names the report, it is no per-day rate
    ("A total of 62,000 Russian soldiers have been killed, Ukraine's military said in its daily update.",
     ("ua_mod","ru_military","killed",62000,"exact","cumulative",THU)),
    ("Ukraine says 1,000 Russian troops killed in 24 hours", ("ua_mod","ru_military","killed",1000,"exact","period",THU)),
    # "published by", "released by": the agent of the figure
    ("The figure published by the Ukrainian General Staff on Monday was 1,200 Russian casualties.",
     ("ua_mod","ru_military","casualties",1200,"exact","cumulative",date(2023,6,12))),
    # a part of a total with a window of its own is that window's figure
    ("Russia has lost about 215,000 troops since the start of the war, including 740 over the past day, the General Staff said.",
     ("ua_mod","ru_military","casualties",740,"exact","period",THU)),
    # the toll verb's subject sits clauses before it, behind a dated aside
    ("As the General Staff reported, as of June 15, enemy combat losses in all since February 24, 2022, amounted to 220,000 people.",
     ("ua_mod","ru_military","casualties",220000,"exact","cumulative",THU)),
    ("The Ukrainian Air Force said air defence forces shot down 29 of 30 Shahed drones overnight.", ("ua_mod","ru_military","uav",29,"exact","period",THU)),
    # the loser governs a figure with no noun of its own, whatever the figure before it was about
    ("Kyiv says Russia has lost 150,000 troops, while Moscow says Ukraine has lost 300,000.",
     ("ru_mod","ua_military","casualties",300000,"exact","cumulative",THU)),
    ("According to the Coordination Headquarters, more than 8,000 Ukrainian servicemen are missing.",
     ("ua_other","ua_military","missing",8000,"at_least","cumulative",THU)),
    # "23K", "1.5 mln": the scale letters count
    ("The General Staff said Russia had lost 23K soldiers.", ("ua_mod","ru_military","casualties",23000,"exact","cumulative",THU)),
    ("Russia has lost 1.5 mln soldiers, the General Staff said.", ("ua_mod","ru_military","casualties",1500000,"exact","cumulative",THU)),
    # "in a week" is a window; "in a week of war" is the whole war so far
    ("The General Staff said Russia had lost 5.5 thousand soldiers in a week.", ("ua_mod","ru_military","casualties",5500,"exact","period",THU)),
    ("More than 2,000 civilians lost their lives in a week of war, the emergency service said.",
     ("ua_ses","civilians","killed",2000,"at_least","cumulative",THU)),
    # a figure the speaker calls an invention is not the speaker's claim
    ("The Kremlin said the figure of 300,000 dead was an invention of Western propaganda.", ("other","ru_military","killed",300000,"exact","cumulative",THU)),
    # not losses: forces taking part, stocks, needs, weapons fired
    ("Some 20,000 Russian troops took part in the assault, the General Staff said.", None),
    ("Russia has 1,500 tanks left in storage, analysts estimate.", None),
    ("Zelensky said Ukraine needed 500,000 more soldiers.", None),
    ("Russia fired 70 missiles and 40 drones at Ukraine overnight.", None),
    # "late May" is May; "the previous day" is a window
    ("In late May, the Pentagon estimated that 100,000 Russian troops had been killed.",
     ("us_gov","ru_military","killed",100000,"exact","cumulative",date(2023,5,31))),
    # (a day relative to the dated one counts back from it, as LABELING's "three days before": Saturday's figure)
    ("The General Staff said on Sunday Russia had lost 900 troops the previous day.",
     ("ua_mod","ru_military","casualties",900,"exact","period",date(2023,6,10))),
    # a toll's noun read back across a number that is no figure ("24 hours")
    ("Ukraine's losses in the past 24 hours in the Donetsk direction amounted to up to 300 servicemen and two tanks, the Russian Defense Ministry said.",
     ("ru_mod","ua_military","casualties",300,"at_most","event",THU)),
    # people under the rubble are missing
    ("Officials in Uman said nine people died and more than 20 were feared trapped under rubble.",
     ("ua_other","civilians","missing",20,"at_least","event",THU)),
    # "the governor" is the governor named before, whichever side he serves
    ("\"The toll has risen to 24,\" Vyacheslav Gladkov said on Telegram. Of the 109 wounded people, 25 are in serious condition, the governor added.",
     ("ru_other","civilians","wounded",109,"exact","event",THU)),
    # objects of saving, housing, interviewing, and places struck are no losses
    ("Missiles struck seven districts of Kyiv, killing at least 28 civilians, the UN said.", ("un","civilians","killed",28,"at_least","event",THU)),
    ("Rescuers have saved the lives of almost 2,000 people since February 24, the emergency service said.", None),
    ("The building, which housed about 1,700 people, collapsed.", None),
    ("The mission conducted interviews with more than 550 former prisoners of war.", None),
    # a toll tied to a place by "shelling of", "sinking of": an event, even "since the start of the war"
    ("Russia's shelling of Kharkiv has killed 606 civilians since the start of the war, the regional governor said.",
     ("ua_other","civilians","killed",606,"exact","event",THU)),
    # a side that admits the dead admits its own
    ("The sinking of the Moskva killed 40 sailors, Russia admitted.", ("ru_mod","ru_military","killed",40,"exact","event",THU)),
    ("Since the beginning of the year, Russia has lost 150,000 troops, according to British intelligence.",
     ("uk_gov","ru_military","casualties",150000,"exact","period",THU)),
    # "from 1 to 31 May": a stated window
    ("The OHCHR recorded 1,000 civilian casualties from 1 to 31 May.", ("un","civilians","casualties",1000,"exact","period",date(2023,5,31))),
    # "between X and Y": the figure holds on Y; "on June 12 alone": that day's figure
    ("The UN verified 9,083 civilian deaths between 24 February 2022 and 11 June 2023.", ("un","civilians","killed",9083,"exact","cumulative",date(2023,6,11))),
    ("Russia lost 1,000 soldiers on June 12 alone, the General Staff said.", ("ua_mod","ru_military","casualties",1000,"exact","period",date(2023,6,12))),
    # "among the wounded was a 14-year-old girl": one child
    ("Nine people were injured in Dnipro, Lysak said. Among the wounded was a 14-year-old girl, he added.",
     ("ua_other","children","wounded",1,"exact","event",THU)),
    # "its operation in Ukraine" is the whole war
    ("Russia's defence ministry said 498 Russian servicemen had been killed and 1,597 wounded since the start of its operation in Ukraine.",
     ("ru_mod","ru_military","wounded",1597,"exact","cumulative",THU)),
    # "In August alone," opens a window for every figure of the sentence
    ("In August alone, the UN mission recorded 181 civilians killed and 601 injured.", ("un","civilians","wounded",601,"exact","period",date(2022,8,31))),
    # the army that speaks is not the army that lost
    ("Ukraine's military said Russia had lost 1,150 troops in the past day.", ("ua_mod","ru_military","casualties",1150,"exact","period",THU)),
    ("Russia's Ministry of Defence said air defences destroyed 12 drones flying towards Moscow.", ("ru_mod","ua_military","uav",12,"exact","event",THU)),
    # a total's daily change in parentheses, and a part of the total in the past day, are that day's figures
    ("The General Staff said Russia had lost 9,541 tanks (+5) and 19,722 armored combat vehicles (+12) since the start of the war.",
     ("ua_mod","ru_military","armored_vehicles",12,"exact","period",THU)),
    ("Ukrainian defenders have killed about 153,880 Russian invaders since the start of the war, 760 of them in the past day, the General Staff reports.",
     ("ua_mod","ru_military","killed",760,"exact","period",THU)),
    # occupation authorities, Ukraine's police, a city's military administration, the BBC's Russian service
    ("The occupation authorities in Horlivka said three civilians were killed.", ("ru_other","civilians","killed",3,"exact","event",THU)),
    ("Ukraine's police said a Russian strike killed 8 people in Odesa.", ("ua_other","civilians","killed",8,"exact","event",THU)),
    ("According to the Russian service of the BBC, 50,000 Russian soldiers have died.", ("independent","ru_military","killed",50000,"exact","cumulative",THU)),
    # a side's generic voice ("officials", "the Russian side", "Ukrainian sources") speaks for its defence ministry on military figures
    ("Ukrainian officials say Russia has lost 200,000 soldiers.", ("ua_mod","ru_military","casualties",200000,"exact","cumulative",THU)),
    ("The Russian side said Ukraine had lost 400,000 soldiers.", ("ru_mod","ua_military","casualties",400000,"exact","cumulative",THU)),
    ("According to Ukrainian sources, Russia has lost 200,000 soldiers.", ("ua_mod","ru_military","casualties",200000,"exact","cumulative",THU)),
    # ... and on civilians stays itself
    ("Russian officials said Ukrainian shelling killed five civilians in Donetsk.", ("ru_other","civilians","killed",5,"exact","event",THU)),
    # Ukraine's operational commands and their spokesmen
    ("Spokesman for the Eastern Group of Forces Serhiy Cherevatyi said 250 Russians were killed near Bakhmut.",
     ("ua_mod","ru_military","killed",250,"exact","event",THU)),
    # "damaged 20" is no age ("aged"), "averaged 1,500" is a rate
    ("The Pentagon said Ukraine had destroyed or damaged 20 Russian navy vessels.", ("us_gov","ru_military","ships",20,"exact","cumulative",THU)),
    ("British intelligence said Russian casualties averaged 1,500 every single day in October.", None),
    # the place of a part ("20 of them over Bryansk") is not the total's
    ("Russian air defences intercepted 38 Ukrainian drones overnight, 20 of them over Bryansk region, the ministry of defence of Russia said.",
     ("ru_mod","ua_military","uav",38,"exact","period",THU)),
    # "the minister" is the person named with that title, not the last person named
    ("Ukraine's defence minister Oleksii Reznikov met Lloyd Austin on Tuesday. The minister said Russia had lost 150,000 troops.",
     ("ua_mod","ru_military","casualties",150000,"exact","cumulative",THU)),
    # "we have killed ... of their soldiers": the speaker's side killed them
    ("\"We have killed 100,000 of their soldiers,\" Zelensky said.", ("ua_president","ru_military","killed",100000,"exact","cumulative",THU)),
    # other governments' leaders by nationality or name
    ("Turkish President Erdogan said 100,000 soldiers had died on both sides.", ("other_gov","all_military","killed",100000,"exact","cumulative",THU)),
    ("Belarus's leader Lukashenko said Ukraine had lost 400,000 troops.", ("other_gov","ua_military","casualties",400000,"exact","cumulative",THU)),
    # single-quoted speech; "he" after a quote is the subject before it, not a person named inside the quote or as an object
    ("Lloyd Austin described the loss that Vladimir Putin has caused his own country. 'Ukraine has fought Putin's aggression with skill,' he said. "
     "'At least 315,000 Russian troops are now dead or wounded.'", ("us_gov","ru_military","casualties",315000,"at_least","cumulative",THU)),
    # a qualifier right after an opening quote or parenthesis
    ("Kyiv said Russian losses were high (nearly 500 soldiers) in the battle for Vuhledar.", ("ua_mod","ru_military","casualties",500,"approx","event",THU)),
    # a defence ministry whose side the text never names counts the enemy's dead; "nationalists" is Moscow's word
    ("Fighting continues near Bakhmut. The defence ministry said 500 Russian soldiers were killed in the past day.",
     ("ua_mod","ru_military","killed",500,"exact","period",THU)),
    ("The MoD said it had killed 300 Ukrainian nationalists.", ("ru_mod","ua_military","killed",300,"exact","cumulative",THU)),
    # ordinal days ("the twelfth of June") and "last August"
    ("The General Staff said the twelfth of June saw 1,200 Russian losses in a single day.",
     ("ua_mod","ru_military","casualties",1200,"exact","period",date(2023,6,12))),
    ("US officials made estimates last August. At the time they said some 70,000 Ukrainians had been killed.",
     ("us_gov","ua_military","killed",70000,"approx","cumulative",date(2022,8,31))),
    # "the officials" are the officials named before; "Ukrainian deaths" are Ukraine's; "X's estimates of Y, at N"
    ("US officials spoke to the New York Times. Russian casualties were close to 300,000, the officials said.",
     ("us_gov","ru_military","casualties",300000,"approx","cumulative",THU)),
    ("US officials spoke to the New York Times on Thursday. Ukrainian deaths were close to 70,000, the officials said.",
     ("us_gov","ua_military","killed",70000,"approx","cumulative",THU)),
    ("Kyiv's own estimates of Russian losses, at 255,000, are higher.", ("ua_mod","ru_military","casualties",255000,"exact","cumulative",THU)),
    # a day's part of a total sets no window for the list that follows
    ("Russia has lost 406,080 troops since the invasion, the General Staff said. This number includes 1,140 casualties over the past day. "
     "Russia has also lost 6,558 tanks.", ("ua_mod","ru_military","tanks",6558,"exact","cumulative",THU)),
    # headline forms: "... - Ukraine", "X — ...", "Kyiv puts ... at", "Moscow admits", "losses top N"
    ("Russia lost 500 troops in a day - Ukraine", ("ua_mod","ru_military","casualties",500,"exact","period",THU)),
    ("Ukraine's General Staff — Russia has lost 220,000 troops", ("ua_mod","ru_military","casualties",220000,"exact","cumulative",THU)),
    ("Kyiv puts Russian death toll at 9,000", ("ua_mod","ru_military","killed",9000,"exact","cumulative",THU)),
    ("Moscow admits 498 soldiers killed", ("ru_mod","ru_military","killed",498,"exact","cumulative",THU)),
    ("Russian losses top 200,000, Kyiv says", ("ua_mod","ru_military","casualties",200000,"at_least","cumulative",THU)),
    # children inside a toll: "including a 10-month-old baby", "Two children were among the 12 people killed"
    ("Russian strikes killed at least 11 people, including a 10-month-old baby, in Kharkiv, the regional governor said.",
     ("ua_other","children","killed",1,"exact","event",THU)),
    ("Two children were among the 12 people killed in the strike on Uman, officials said.", ("ua_other","children","killed",2,"exact","event",THU)),
    ("Russian shelling of Kherson killed a 12-year-old boy and his father, the city's military administration said.",
     ("ua_other","children","killed",1,"exact","event",THU)),
    # windows: "the first 100 days of the war", "since the start of 2023", "the week to June 11", "throughout 2022",
    # and the war's first day
    ("In the first 100 days of the war, Russia lost 31,000 soldiers, the General Staff said.",
     ("ua_mod","ru_military","casualties",31000,"exact","period",THU)),
    ("Since the start of 2023, Russia has lost 100,000 soldiers, the General Staff said.", ("ua_mod","ru_military","casualties",100000,"exact","period",THU)),
    ("In the week to June 11, Russia lost 5,000 soldiers, British intelligence estimated.",
     ("uk_gov","ru_military","casualties",5000,"exact","period",date(2023,6,11))),
    ("Throughout 2022, the UN recorded 18,000 civilian casualties.", ("un","civilians","casualties",18000,"exact","period",date(2022,12,31))),
    ("On the first day of the invasion, 137 Ukrainians were killed, Zelensky said.",
     ("ua_president","ua_military","killed",137,"exact","period",date(2022,2,24))),
    ("The US Defense Department said Russia had lost 2,200 tanks.", ("us_gov","ru_military","tanks",2200,"exact","cumulative",THU)),
    # a modal later in the sentence is no forecast of the figure ("could not be verified"); a modal before its verb is
    ("The figure of 9,000 Russian dead, given by Zelensky, could not be verified.", ("ua_president","ru_military","killed",9000,"exact","cumulative",THU)),
    ("Zelensky said 9,000 more Russian soldiers could be killed by summer.", None),
    ("Moscow claims to have shot down 10 Storm Shadow missiles.", ("ru_mod","ua_military","cruise_missiles",10,"exact","cumulative",THU)),
    # "returned", "released" after a comma belong to another clause
    ("Zelensky said 31,000 soldiers had died, while 1,000 were returned in prisoner swaps.",
     ("ua_president","ua_military","killed",31000,"exact","cumulative",THU)),
    ("Ukraine said 500 Russian soldiers were killed, and released footage of the battle.", ("ua_mod","ru_military","killed",500,"exact","cumulative",THU)),
    # "taking the total to N": the total of the sentence's subject, across a rate that is no figure
    ("Russian losses averaged 900 a day in May, taking the total to 207,000, the General Staff said.",
     ("ua_mod","ru_military","casualties",207000,"exact","cumulative",date(2023,5,31))),
    # a rate in an aside after the figure is the aside's, not the figure's
    ("Russia lost 45,680 soldiers in November, an average of 1,523 a day, the UK MoD said.",
     ("uk_gov","ru_military","casualties",45680,"exact","period",date(2022,11,30))),
    ("Ukraine says Russia lost 1,200 troops on Tuesday, the highest daily toll of the war.",
     ("ua_mod","ru_military","casualties",1200,"exact","period",date(2023,6,13))),
    ("The UN said 27 civilians were killed in June, or almost one a day.", ("un","civilians","killed",27,"exact","period",THU)),
    ("Russia lost 1,000 soldiers a day last week, the General Staff said.", None),
    # a non-loss noun after a preposition is a place, not the figure's noun
    ("Russian shelling killed 5 civilians in settlements of Kherson region, the governor said.", ("ua_other","civilians","killed",5,"exact","event",THU)),
    ("Russian strikes killed 12 people in villages near Kharkiv, officials said.", ("ua_other","civilians","killed",12,"exact","event",THU)),
    ("The attack damaged 30 residential buildings, the governor said.", None),
    ("The strike killed 12 people including volunteers, the governor said.", ("ua_other","civilians","killed",12,"exact","event",THU)),
    ("The strike killed 10 rescuers, the emergency service said.", None),
    # Moscow's "servicemen were destroyed" is killed
    ("Konashenkov said up to 300 servicemen were destroyed in the Donetsk direction.", ("ru_mod","ua_military","killed",300,"at_most","event",THU)),
    # declining to comment on a figure is not asserting it
    ("Peskov refused to comment on reports that 50,000 Russian soldiers had died.", ("other","ru_military","killed",50000,"exact","cumulative",THU)),
    # people at the end of an equipment list share the list's verb and owner
    # "lost their lives" is killed
    ("Three rescuers and 12 residents lost their lives in the attack on Odesa, the governor said.", ("ua_other","civilians","killed",12,"exact","event",THU)),
    ("Russian forces lost 20 tanks, 41 armoured vehicles and 900 troops in 24 hours, Kyiv said.",
     ("ua_mod","ru_military","casualties",900,"exact","period",THU)),
    # a place after a coordination holds for each of its figures; "the X area" is a place
    ("Russia's defence ministry said Ukrainian units lost up to 310 servicemen and 14 armoured vehicles, including two tanks, in the "
     "Kupiansk area over the past day.", ("ru_mod","ua_military","casualties",310,"at_most","event",THU)),
    ("The Russian ministry said Kyiv had lost more than 1,200 soldiers and 64 armoured vehicles, including nine tanks, since its forces "
     "crossed into the Belgorod region.", ("ru_mod","ua_military","casualties",1200,"at_least","event",THU)),
    # ... but not a place that belongs to a later figure of another clause
    ("Moscow said Ukraine lost up to 3,900 servicemen over the week, the most - 1,100 - in the Bakhmut area.",
     ("ru_mod","ua_military","casualties",3900,"at_most","period",THU)),
    # parts that add up to a total just before them share its place and day, and "of them" reaches the sentence before
    ("General Syrskyi said on Monday that Russia had lost 12,400 soldiers in the Kursk region since the incursion began.\n\n"
     "According to him, 4,100 of them were killed, 7,900 wounded and 400 captured since August 6.",
     ("ua_mod","ru_military","wounded",7900,"exact","event",date(2023, 6, 12))),
    ("General Syrskyi said on Monday that Russia had lost 12,400 soldiers in the Kursk region since the incursion began.\n\n"
     "According to him, 4,100 of them were killed, 7,900 wounded and 400 captured since August 6.",
     ("ua_mod","ru_military","killed",4100,"exact","event",date(2023, 6, 12))),
    ("The UN monitoring mission said 2,240 civilians were killed or injured in Kharkiv region in May.\n\n"
     "The mission said 410 people were killed and 1,830 injured, the highest toll in a year.",
     ("un","civilians","wounded",1830,"exact","event",date(2023, 5, 31))),
    # "in total" beside a stated window sums over the window; "to date" is still the whole war
    ("Russia's defence ministry said 16,000 Ukrainian soldiers had been killed in total since the counteroffensive began.",
     ("ru_mod","ua_military","killed",16000,"exact","period",THU)),
    ("Ukraine says Russia has lost 214,000 troops to date, including 610 in the last 24 hours.",
     ("ua_mod","ru_military","casualties",214000,"exact","cumulative",THU)),
    # a figure with no noun after a group outside the rules is that group; unless the document is about the group's losses
    ("Four journalists were killed and 11 were wounded while covering the war, the union said.", None),
    ("Emergency service marks a year of war\n\nSince the invasion began, 94 emergency workers have died and 380 were injured, "
     "the service said.", None),
    ("SES: 94 rescuers killed since the invasion began\n\nSince the invasion began, 94 emergency workers have died and 380 were "
     "injured, the State Emergency Service said.", ("ua_ses","civilians","wounded",380,"exact","cumulative",THU)),
    # drones that attack are no loss; "killing N people" in a strike are civilians even when an army is named
    ("After an attack by 12 drones on the town, a house burned down, the governor said.", None),
    ("Ukrainian military officials said a Russian missile struck a railway station, killing 52 people.",
     ("ua_mod","civilians","killed",52,"exact","event",THU)),
    # the one children item of a breakdown aside is a subject of its own; Moscow's "special military vehicles" are its vehicles
    ("The UN mission said 61 civilians were killed in May (33 men, 25 women and 3 boys).",
     ("un","children","killed",3,"exact","period",date(2023, 5, 31))),
    ("Konashenkov said 1,412 units of special military vehicles had been destroyed since the start of the operation.",
     ("ru_mod","ua_military","vehicles",1412,"exact","cumulative",THU)),
    ("Moscow said 421 missile systems and 9,014 tanks had been destroyed since the start of the operation.",
     ("ru_mod","ua_military","air_defense",421,"exact","cumulative",THU)),
    # drones launched at a place, "N of which were shot down": N is the loss
    ("Governor Gladkov said Ukraine attacked the Belgorod region with 14 drones, 11 of which were shot down by air defences.",
     ("ru_other","ua_military","uav",11,"exact","event",THU)),
    # where a statement was made is no place of the losses
    ("“We have lost 31,000 soldiers,” Zelensky told reporters in Kyiv.", ("ua_president","ua_military","casualties",31000,"exact","cumulative",THU)),
    ("Shoigu said at a briefing in Moscow that Ukraine had lost 66,000 troops.", ("ru_mod","ua_military","casualties",66000,"exact","cumulative",THU)),
    # "could not confirm reports of N": the speaker a sentence back does not assert it
    ("Dmitry Peskov was asked about the losses. The Kremlin spokesman said he could not confirm reports of 20,000 dead.",
     ("other","ru_military","killed",20000,"exact","cumulative",THU)),
    # "its forces had killed N soldiers": the speaker's side killed them; a Ukrainian command speaks for the military
    ("The Russian defence ministry said its forces had killed 300 soldiers in the Donetsk direction.",
     ("ru_mod","ua_military","killed",300,"exact","event",THU)),
    ("Russian forces lost about 400 men in the assault, the spokesman for Ukraine's eastern command said.",
     ("ua_mod","ru_military","casualties",400,"approx","event",THU)),
    ("Ukraine's General Staff said Russia had buried 300 fallen soldiers in one week.", ("ua_mod","ru_military","killed",300,"exact","period",THU)),
    # the day a publication was released holds for what "it said" next
    ("The UN monitoring mission published its monthly update on Friday.\n\nIt said 9,177 civilians had been killed since February 2022.",
     ("un","civilians","killed",9177,"exact","cumulative",date(2023, 6, 9))),
    ("Three days earlier, Russia's defence ministry had claimed 1,300 Ukrainian soldiers were killed in a day.",
     ("ru_mod","ua_military","killed",1300,"exact","period",date(2023, 6, 12))),
    ("By the end of May, the UN had verified 24,000 civilian casualties.", ("un","civilians","casualties",24000,"exact","cumulative",date(2023, 5, 31))),
    # the verb after the last item of a two-item list governs both; a part's own verb ("six of which were shot down") does not
    # (drones shot down out of an attack with no window are that attack's count: event, as the labels have it)
    ("The General Staff also reported that 11 Russian tanks and 23 artillery systems had been destroyed.",
     ("ua_mod","ru_military","tanks",11,"exact","cumulative",THU)),
    ("The governor said the region was attacked with 13 drones, six of which were shot down.", ("ua_other","ru_military","uav",6,"exact","event",THU)),
    # equipment joined to a loss ("along with", "and"); a second army whose verb is left out
    ("By the General Staff's count some 145,850 Russian soldiers have died in the war so far, along with 3,350 tanks "
     "and 6,593 armoured vehicles.", ("ua_mod","ru_military","armored_vehicles",6593,"exact","cumulative",THU)),
    ("British intelligence estimated that about 180,000 Russian troops had been killed or wounded, and 100,000 Ukrainian soldiers.",
     ("uk_gov","ua_military","casualties",100000,"exact","cumulative",THU)),
    # the General Staff's dotted dates: "from 24.02.22" is the war so far and ends no clause
    ("Enemy personnel losses from 24.02.22 to 20.05.24 came to approximately 493,100 people, including 1,280 "
     "over the past day, the General Staff reports.", ("ua_mod","ru_military","casualties",493100,"approx","cumulative",THU)),
    ("Enemy personnel losses from 24.02.22 to 20.05.24 came to approximately 493,100 people, including 1,280 "
     "over the past day, the General Staff reports.", ("ua_mod","ru_military","casualties",1280,"exact","period",THU)),
    # British military intelligence is the UK's; "since February 2022" is the whole war; "their counteroffensive" a window
    ("British military intelligence said Russian forces had likely suffered around 450,000 casualties since February 2022.",
     ("uk_gov","ru_military","casualties",450000,"approx","cumulative",THU)),
    ("Putin said Ukrainian forces had lost more than 71,000 soldiers since the start of their counteroffensive in June.",
     ("ru_kremlin","ua_military","casualties",71000,"at_least","period",THU)),
    # "according to Moscow" speaks; a toll that "stands at"; Russian envoys and Kremlin-appointed officials are other Russian officials
    ("Kyiv's losses, according to Moscow, stand at 383,000 since the start of the war.", ("ru_mod","ua_military","casualties",383000,"exact","cumulative",THU)),
    ("Rodion Miroshnik, Russia's foreign ministry envoy, claimed that Ukrainian strikes had killed 91 civilians in the past month.",
     ("ru_other","civilians","killed",91,"exact","period",THU)),
    ("A Kremlin-appointed official in Zaporizhzhia, Vladimir Rogov, said 9 people were wounded.", ("ru_other","civilians","wounded",9,"exact","event",THU)),
    # bodies handed back are no loss count; nor are troops massed, missiles launched, convicts recruited, shellings counted
    ("Ukraine received the bodies of 757 fallen soldiers in a repatriation, the coordination headquarters said.", None),
    ("Russia has massed more than 100,000 troops near the border, Ukraine's defence ministry said.", None),
    ("Wagner recruited some 50,000 convicts from Russian prisons, according to Russian rights groups.", None),
    ("Russian forces shelled the region 112 times over the past day, the governor said.", None),
    # a toll that "rose to" N is as of its report; the speech day is the one nearest the verb
    ("The number of people killed in a Russian attack on a hardware store in Kharkiv on Saturday rose to 18, Ukrainian officials said Monday.",
     ("ua_other","civilians","killed",18,"exact","event",date(2023, 6, 12))),
    ("The number of people killed in a Russian attack on a hardware store in Kharkiv on Saturday rose to 18, Ukrainian officials said Monday.\n\n"
     "Another 43 people were wounded, the governor said on Telegram.", ("ua_other","civilians","wounded",43,"exact","event",date(2023, 6, 12))),
    # prisoners "held by" the other side are captured
    ("Putin said 6,465 Ukrainian servicemen were being held in Russian captivity, against 1,348 Russians held by Kyiv.",
     ("ru_kremlin","ru_military","captured",1348,"exact","cumulative",THU)),
    # other wars near the figure
    ("In Gaza, more than 30,000 people have been killed since October, according to the health ministry.", None),
    ("More than 600,000 people died in the Syrian civil war, a monitoring group estimates.", None),
    ("The 2008 war with Georgia killed 170 Russian soldiers.", None),
    # a headline "as of <day>" dates the update's figures
    ("Ukraine: civilian casualty update as of 28 February 2023\n\nOHCHR has recorded 30,457 civilian casualties in Ukraine since the "
     "start of the full-scale armed attack by the Russian Federation.", ("un","civilians","casualties",30457,"exact","cumulative",date(2023, 2, 28))),
    # a governor's toll with no noun counts residents
    ("The governor said the death toll had climbed to nearly two dozen.", ("ua_other","civilians","killed",24,"approx","event",THU)),
    # Ukraine's ministers other than defence are other Ukrainian officials; "she added" carries the speaker
    ("Iryna Vereshchuk, Ukraine's deputy prime minister, said 23 civilians had been killed in Irpin. She added that 40 more were wounded.",
     ("ua_other","civilians","wounded",40,"exact","event",THU)),
    # a number of years or kilometres does not cut the window of the figure after it
    ("Zelensky put the number of Ukrainian soldiers killed in two years of war at 31,000.",
     ("ua_president","ua_military","killed",31000,"exact","cumulative",THU)),
    # a quoted toll of a mayor named with his title before the name counts residents, at one incident
    ("The mayor of Kyiv, Vitali Klitschko, said the attack had been one of the heaviest of the war.\n\n\"Unfortunately, the number of "
     "dead has risen to 12,\" he wrote on Telegram.", ("ua_other","civilians","killed",12,"exact","event",THU)),
    # Russia's own ministries are Russian officials, not Kyiv's health or interior ministry
    ("Russia's Health Ministry said 31 people were wounded in the attack on the Kursk region.", ("ru_other","civilians","wounded",31,"exact","event",THU)),
    # "counts" is a speech verb of a counter
    ("Oryx counts 1,100 destroyed or abandoned Russian armoured vehicles around Avdiivka.",
     ("independent","ru_military","armored_vehicles",1100,"exact","event",THU)),
    # "from January to March" ends with March (capped at publication); "the day before" is the day before the dated one
    ("From January to March, Russia lost 80,000 soldiers, according to Ukraine's defence ministry.",
     ("ua_mod","ru_military","casualties",80000,"exact","period",date(2023, 3, 31))),
    ("Ukraine's military said on Tuesday that 1,050 Russian soldiers had been killed the day before.",
     ("ua_mod","ru_military","killed",1050,"exact","period",date(2023, 6, 12))),
    # the speaker before "reported that" owns no noun phrase; "of the enemy" is the speaker's enemy
    ("The Ukrainian General Staff reported that 620 soldiers were eliminated over the past day.", ("ua_mod","ru_military","killed",620,"exact","period",THU)),
    ("Ukraine's defence ministry said 1,300 of the enemy had been killed over the past day.", ("ua_mod","ru_military","killed",1300,"exact","period",THU)),
    # "In May alone" is a window, not an incident that would make the unnamed dead civilians
    ("Defence minister Oleksii Reznikov gave reporters an update.\n\n\"The occupiers have lost more than 200,000 soldiers since February "
     "last year. In May alone they lost 11,000.\n\n\"Our own losses are significantly smaller,\" he added.",
     ("ua_mod","ru_military","casualties",11000,"exact","period",date(2023, 5, 31))),
    # "X's words/remarks" speak for the quote that follows; a colon before a quoted paragraph names its speaker
    ("Zelensky's words were blunt. \"We have lost 31,000 soldiers. Not 300,000.\"", ("ua_president","ua_military","casualties",31000,"exact","cumulative",THU)),
    ("In a statement, the UN mission said:\n\n\"We have verified 9,000 civilian deaths, including 500 children.\"",
     ("un","children","killed",500,"exact","cumulative",THU)),
    # "gave reporters an update" is a speech event: the quoted paragraph after it is his
    ("Defence minister Oleksii Reznikov gave reporters an update.\n\n\"The occupiers have lost more than 200,000 soldiers since "
     "February last year.\"", ("ua_mod","ru_military","casualties",200000,"at_least","cumulative",THU)),
    # a window fronted inside reported speech
    ("The UN official noted that \"in the first four months of 2023 alone, civilian casualties reached 2,031, with 398 killed\".",
     ("un","civilians","casualties",2031,"exact","period",date(2023, 4, 30))),
    # "The victims include" opens on the parts of the total in the sentence before
    ("Ukraine's interior ministry said on Thursday that at least 150 civilians have been killed since the invasion began. "
     "The victims include nine children.", ("ua_other","children","killed",9,"exact","cumulative",THU)),
    ("Police said 21 people died in the strike on the city. The dead included three children.",
     ("other","children","killed",3,"exact","event",THU)),
    # "The UK" opening a sentence speaks; a possessive speaker after a figure ("Kyiv's estimate of") owns only what follows it
    ("The UK puts the total of Russian dead and wounded at just under 500,000, close to Kyiv's estimate of 512,000.",
     ("uk_gov","ru_military","casualties",500000,"at_most","cumulative",THU)),
    ("The U.S. said on Thursday that about 20,000 Russian troops had been killed since December.",
     ("us_gov","ru_military","killed",20000,"approx","period",THU)),
    # a dash aside restating a rate as a total is its own clause: the rate does not cancel it, the noun after the next dash
    # is not its metric; and Ukraine's defence intelligence is the defence ministry's
    ("Ukraine's defence intelligence estimated Russian losses in May at an average of 300 soldiers killed per day — roughly "
     "9,300 over the month — with total casualties near 28,000 once the wounded are counted.",
     ("ua_mod","ru_military","killed",9300,"approx","period",date(2023, 5, 31))),
    # a fresh attack's day dates the attack, its toll holds as of the report; a recap weeks later keeps the attack's day
    ("Russian missiles struck the centre of Sumy on Tuesday, killing 12 people and wounding 40, regional officials said on Wednesday.",
     ("ua_other","civilians","killed",12,"exact","event",date(2023, 6, 14))),
    ("Yesterday the Russians launched a missile attack on a residential district of Odesa, killing nine people.",
     ("other","civilians","killed",9,"exact","event",THU)),
    ("On 27 May, Russian missiles hit a clinic in Dnipro, reportedly killing four people.",
     ("other","civilians","killed",4,"exact","event",date(2023, 5, 27))),
    # a source phrase before a fronted window does not hide it
    ("According to Shoigu, since the start of its counteroffensive, Kyiv's army has lost 43,000 soldiers.",
     ("ru_mod","ua_military","casualties",43000,"exact","period",THU)),
    # "the first N days / weeks of <month>" ends on that day
    ("In the first ten days of June, the UN recorded 180 civilian casualties in Ukraine.",
     ("un","civilians","casualties",180,"exact","period",date(2023, 6, 10))),
    ("In the first two weeks of May, OHCHR recorded 120 civilian deaths.", ("un","civilians","killed",120,"exact","period",date(2023, 5, 14))),
    # "reported the destruction of N tanks" is a loss; another country's intelligence is not Ukraine's
    ("Russia has lost more than 400,000 troops, Ukraine's General Staff says. It also reported the destruction of 6,500 tanks.",
     ("ua_mod","ru_military","tanks",6500,"exact","cumulative",THU)),
    ("Estonian military intelligence said on Wednesday that Russia was losing up to 1,000 soldiers a day. In February as a whole, "
     "it estimated, about 28,000 troops were killed or wounded.", ("other_gov","ru_military","casualties",28000,"approx","period",date(2023, 2, 28))),
    # the noun of a figure is read before the comma: the speech tag after it ("the city's military administration said") is none
    ("Russian forces shelled Kherson overnight. Two people died and five were injured, the city's military administration said.",
     ("ua_other","civilians","wounded",5,"exact","event",THU)),
    # a refuted figure is not the refuter's: it stays its owner's, unnamed here ("absurd" refutes like "a lie")
    ("Peskov rejected the figure. \"The claim that 300,000 of our soldiers died is absurd,\" he said.",
     ("other","ru_military","killed",300000,"exact","cumulative",THU)),
    ("The Kremlin dismissed reports that 50,000 Russian troops had been killed as Western propaganda.",
     ("other","ru_military","killed",50000,"exact","cumulative",THU)),
    ("Ukraine's coordination headquarters said 1,400 Ukrainian soldiers remain missing since the start of the invasion.",
     ("ua_other","ua_military","missing",1400,"exact","cumulative",THU)),
    # "the enemy" of an unnamed reporter is read from the side whose words the document uses ("group of forces" is
    # Moscow's); the later items of a list share the first item's owner
    ("In the Kupyansk direction, units of the Zapad group of forces repelled four attacks. The enemy lost up to 60 servicemen, "
     "two tanks and three pickup trucks.", ("other","ua_military","casualties",60,"at_most","event",THU)),
    ("In the Kupyansk direction, units of the Zapad group of forces repelled four attacks. The enemy lost up to 60 servicemen, "
     "two tanks and three pickup trucks.", ("other","ua_military","tanks",2,"exact","event",THU)),
    # a mention inside a quote is not the agent of the speech verb outside it; the next quote is the same speaker's, and
    # "the figure was" takes the loss named in the sentence before
    ("\"We are seeing enormous losses on the Russian side,\" said Admiral Tony Radakin, Britain's chief of defence staff. "
     "\"In October alone, the figure was 41,980.\"", ("uk_gov","ru_military","casualties",41980,"exact","period",date(2022, 10, 31))),
    # a passive "reported by Kyiv" names the speaker; a daily figure is a day's; "the highest of the war" ranks, it does not total
    ("Western officials say October was the heaviest month yet for Russian losses. The daily figure reported by Kyiv was 1,210, "
     "the second highest of the war.", ("ua_mod","ru_military","casualties",1210,"exact","period",THU)),
    # "the Russian president", "Russia's defence minister", "Ukraine's president" in lower case; "Ukraine was losing" names the loser
    ("Putin gave no figures for his own army. But the Russian president said that Ukraine was losing up to 2,000 people a day and "
     "that its total losses exceeded 500,000.", ("ru_kremlin","ua_military","casualties",500000,"at_least","cumulative",THU)),
    ("Zelensky was speaking at a forum in Kyiv. Meanwhile, Russia's defence minister claimed that Ukraine had lost 444,000 troops.",
     ("ru_mod","ua_military","casualties",444000,"exact","cumulative",THU)),
    # a country that speaks is a body: "it" points back to it, not to the last body of another sentence
    ("Ukraine's General Staff reported new Russian losses on Thursday. Both sides say little about their own dead. Moscow "
     "announced an official toll only once, in September 2022, when it stated that 5,937 people had died.",
     ("ru_mod","ru_military","killed",5937,"exact","cumulative",date(2022, 9, 30))),
    # "one" as an item of an equipment list
    ("Over the past day the General Staff counted 1,150 Russian troops killed, 12 tanks, one cruise missile, 40 drones and one MLRS destroyed.",
     ("ua_mod","ru_military","cruise_missiles",1,"exact","period",THU)),
    # "Russia gave its toll" speaks; "in that month alone" is the month named before; a bare "In January" after "in
    # September" is this year's January; "the ministry in Moscow" is where it sits, not where the losses were
    ("Russia last gave its own toll in September, saying 5,937 of its troops had died.",
     ("ru_mod","ru_military","killed",5937,"exact","cumulative",date(2022, 9, 30))),
    ("Russia last gave its own toll in September. In January the defence ministry in Moscow said Ukraine had lost more than "
     "6,500 soldiers in that month alone.", ("ru_mod","ua_military","casualties",6500,"at_least","period",date(2023, 1, 31))),
    # "an adviser to the president" is his office (and "the president" inside it is no pronoun); "put them at" takes the
    # losses named before it, "its own" the country that owns them
    ("Kyiv has not disclosed its own military losses since the invasion, but an adviser to the president put them at up to 13,000.",
     ("ua_presidential_office","ua_military","casualties",13000,"at_most","cumulative",THU)),
    # "a week ago"; "Kyiv's military" speaks; an army named after the verb that loses is no speaker
    ("A week ago, Kyiv's military said the Russian army had lost 428,000 personnel since the start of the invasion.",
     ("ua_mod","ru_military","casualties",428000,"exact","cumulative",date(2023, 6, 8))),
    # "the first year of the war" ends on its first anniversary
    ("Over the first year of the war, OHCHR recorded 8,006 civilian deaths.", ("un","civilians","killed",8006,"exact","period",date(2023, 2, 24))),
    # a bare "toll" that rises counts the dead
    ("The toll from Russia's attack on Odesa on Saturday rose to 12, regional governor Oleh Kiper said on Sunday.",
     ("ua_other","civilians","killed",12,"exact","event",date(2023, 6, 11))),
    # "N of which were shot down": the total is the figure just before in its own sentence, not the sentence before; the
    # agent "by the air defence system" is no noun of the figure
    ("Over 20 villages came under fire and four residents were hurt, the governor said. Shelling hit them 40 times and 17 "
     "drones attacked them, nine of which were shot down by our air defence systems.", ("ua_other","ru_military","uav",9,"exact","event",THU)),
    # a change from one figure to another: both are the count, the second "at present" as of the report
    ("According to slides shown at the ministry's board meeting, Ukrainian casualties have risen from 383,000 at the end of "
     "2023 to 690,000 at present.", ("ru_mod","ua_military","casualties",690000,"exact","cumulative",THU)),
    # "approaching", "nearing" hedge like "nearly"
    ("US officials say the count of Russian soldiers killed and wounded is approaching 200,000.",
     ("us_gov","ru_military","casualties",200000,"approx","cumulative",THU)),
    # a scope cue after the figure beyond a comma is an aside's; "bringing the total since ... to N" is the running total
    ("Over the past day, Ukrainian forces eliminated 1,200 Russian invaders, bringing the total since the "
     "full-scale invasion began to 430,000, the General Staff said.", ("ua_mod","ru_military","killed",1200,"exact","period",THU)),
    ("Over the past day, Ukrainian forces eliminated 1,200 Russian invaders, bringing the total since the "
     "full-scale invasion began to 430,000, the General Staff said.", ("ua_mod","ru_military","killed",430000,"exact","cumulative",THU)),
    # the army before a colon owns the list after it
    ("Konashenkov said: \"In the past week, the Ukrainian army lost: 940 servicemen near Kupyansk.\"",
     ("ru_mod","ua_military","casualties",940,"exact","event",THU)),
    # quarters and halves of a year are windows ending on their last day
    ("OHCHR recorded 2,909 civilian casualties in the first quarter of 2023: 1,119 killed and 1,790 injured.",
     ("un","civilians","killed",1119,"exact","period",date(2023, 3, 31))),
    ("In the second half of 2022, the UN recorded 4,000 civilian deaths.", ("un","civilians","killed",4000,"exact","period",date(2022, 12, 31))),
    # a bare "the ministry" after the figures: the side of the army that loses before it, or of the one that destroys;
    # HIMARS rockets are munitions, not launchers
    ("Ukrainian formations lost more than 500 servicemen in the Kursk region over the past day, the ministry reported.",
     ("ru_mod","ua_military","casualties",500,"at_least","event",THU)),
    ("Russian air defenses intercepted 10 HIMARS rockets and downed 37 aircraft-type drones, the ministry said.",
     ("ru_mod","ua_military","uav",37,"exact","cumulative",THU)),
    # "Children accounted for N of them": another subject inside the total before; detained agents are no prisoners of war
    ("She said the UN mission had verified 9,000 civilian deaths. Children accounted for 500 of them, she added.",
     ("un","children","killed",500,"exact","cumulative",THU)),
    ("Ukraine's SBU security service said it had detained two Russian agents.", None),
    ("In the first fortnight of this month of June, the UN mission confirmed 77 civilian deaths.",
     ("un","civilians","killed",77,"exact","period",date(2023, 6, 14))),
    # "are estimated at" governs like "amounted to", across a dated window; the General Staff's combat losses in
    # personnel are its killed (LABELING)
    ("Russia's combat losses between Feb 24, 2022 and June 15, 2023 are estimated at about 220,000 personnel, the General Staff reports.",
     ("ua_mod","ru_military","killed",220000,"approx","cumulative",THU)),
    # a bare figure as what was reported continues the count of the sentence before, on its own day
    ("Ukraine's military said on Wednesday that Russian forces had lost 820 soldiers in the past 24 hours. The day before, "
     "it had reported 1,020.", ("ua_mod","ru_military","casualties",1020,"exact","period",date(2023, 6, 13))),
    # an army whose losses the sentence reports ("forces' losses", plural possessive) does not speak for a later "the ministry"
    ("The Ukrainian armed forces' losses amounted to over 1,500 personnel, 12 tanks and 30 armoured vehicles, the ministry said.",
     ("ru_mod","ua_military","tanks",12,"exact","cumulative",THU)),
    # a window "to" an abbreviated date ends on that date ("Jun. 11" is a day, not the month of June)
    ("Kyiv's defence ministry counted 3,870 Russian soldiers killed or wounded over the seven days to Jun. 11.",
     ("ua_mod","ru_military","casualties",3870,"exact","period",date(2023, 6, 11))),
    # "since 24 February 2022, when Russia launched its invasion," opens the war's window; it does not date the figure
    ("Since 24 February 2022, when Russia launched its full-scale invasion, the UN mission has counted 9,083 civilians killed.",
     ("un","civilians","killed",9083,"exact","cumulative",THU)),
    # "the injured include a boy": one child, with the metric of the group named
    ("Shelling of Nikopol wounded 14 residents, the governor said on Thursday. The injured include a nine-year-old girl.",
     ("ua_other","children","wounded",1,"exact","event",THU)),
    # "Among them" after a total and its parts is the total, not the last part
    ("In May, the UN mission recorded 612 civilian casualties: 174 killed and 438 injured. Among them were 31 children.",
     ("un","children","casualties",31,"exact","period",date(2023, 5, 31))),
    # "in this direction" is the front named before: a place, so an event even over a stated window
    ("Russian troops pressed on near Vuhledar. Over the past day the enemy lost up to 320 servicemen, two tanks and "
     "five armoured vehicles in this direction, Ukraine's military said.", ("ua_mod","ru_military","casualties",320,"at_most","event",THU)),
    # a clause after the figure ("after an injured man died") does not name it: the toll before it is the dead
    ("The toll of the strike on the Odesa port rose to nine after an injured man died overnight, the regional governor said.",
     ("ua_other","civilians","killed",9,"exact","event",THU)),
    # "and a howitzer" closing a list of losses is one artillery piece
    ("Three tanks, six armoured vehicles and a howitzer were destroyed, the Russian Defence Ministry said.",
     ("ru_mod","ua_military","artillery",1,"exact","cumulative",THU)),
    # a window from the war's first day ("from February 24 to June 15") is the war so far; one from the start of a year is not
    ("The enemy's total combat losses from February 24 to June 15 amounted to about 221,500 personnel, the General Staff said.",
     ("ua_mod","ru_military","killed",221500,"approx","cumulative",THU)),
    ("Since the beginning of 2023, Russian forces have lost 104,000 troops killed or wounded, Kyiv said.",
     ("ua_mod","ru_military","casualties",104000,"exact","period",THU)),
    # a quoted clause with a town before "he added" opens no place for the next sentence
    ('"Thousands of people have died in Mariupol," he added. Zelensky said Ukraine had lost 1,300 troops since the invasion.',
     ("ua_president","ua_military","casualties",1300,"exact","cumulative",THU)),
    # a place in another clause ("gains near Kreminna and that ...") is not the figure's
    ("Ukraine's military said its troops had made gains near Kreminna and that Russia had lost 530 soldiers in the past day.",
     ("ua_mod","ru_military","casualties",530,"exact","period",THU)),
    # another country's top general; years "combined" are no two armies
    ("Finland's top general said in May that roughly 210,000 Russian soldiers had been killed or wounded.",
     ("other_gov","ru_military","casualties",210000,"approx","cumulative",date(2023, 5, 31))),
    ("Ukraine's General Staff said Russia lost 253,290 troops in 2023, more than in 2022 and 2021 combined.",
     ("ua_mod","ru_military","casualties",253290,"exact","period",THU)),
    # one armoured vehicle named by its model
    ("The Russian ministry said its forces had destroyed a German-made Marder infantry fighting vehicle near Avdiivka.",
     ("ru_mod","ua_military","armored_vehicles",1,"exact","event",THU)),
    # the country that opens a sentence is the "it" that speaks later in it; "since March, when it said" dates the figure
    ("Russia has not updated its own toll since March, when it said 1,351 soldiers had died.",
     ("ru_mod","ru_military","killed",1351,"exact","cumulative",date(2023, 3, 31))),
    # the presidency is the president's office; another government's intelligence agency is other_gov; North Korean
    # troops fight on Russia's side
    ("Figures released by the Ukrainian presidency put the number of Ukrainian troops killed at around 9,500.",
     ("ua_presidential_office","ua_military","killed",9500,"approx","cumulative",THU)),
    ("At least 200 North Korean soldiers have been killed in the Kursk region, South Korea's spy agency told lawmakers.",
     ("other_gov","ru_military","killed",200,"at_least","event",THU)),
    # "the town of Pokrovsk" is one place; "the villages of A, B and C" are no one event
    ("A drone attack on the town of Pokrovsk overnight killed four people, including a child, the regional governor said.",
     ("ua_other","children","killed",1,"exact","event",THU)),
    ("Russian air defences downed three Ukrainian drones overnight near the villages of Tetkino, Glushkovo and Popovo-Lezhachi, "
     "the Russian Defence Ministry said.", ("ru_mod","ua_military","uav",3,"exact","period",THU)),
    # a total settled as an event after its sentence was read takes the children among it along
    ("A Russian drone and missile attack on the villages of Sukhyi Yar, Hrodivka and Novohrodivka overnight killed 8 people, "
     "including three children, and injured 26, the Interior Ministry said on Thursday.", ("ua_other","children","killed",3,"exact","event",THU)),
    # "the ministry" is the last ministry named, not the army it named as the attacker's target
    ("Russia's defence ministry said its troops had beaten off four attacks by units of the Armed Forces of Ukraine. "
     "Up to 70 Ukrainian servicemen, a tank and three pickup trucks were destroyed, the ministry said.",
     ("ru_mod","ua_military","killed",70,"at_most","cumulative",THU)),
    # prisoners exchanged or returned are no losses; those who surrendered did so to the side that reports them
    ("The two sides swapped 95 prisoners of war each on Thursday, the coordination headquarters said.", None),
    ("Russia's defence ministry said 212 had surrendered near Soledar.", ("ru_mod","ua_military","captured",212,"exact","event",THU)),
    # "they lost" in a party's words is its enemy; "today" is a day's window; "there" is the place named before
    ('"Near Vuhledar alone this week, they have lost 410 servicemen," the Russian defence ministry said.',
     ("ru_mod","ua_military","casualties",410,"exact","event",THU)),
    ('"Our gunners destroyed 12 tanks today," army chief Oleksandr Syrskyi told Ukrainian television.',
     ("ua_mod","ru_military","tanks",12,"exact","period",THU)),
    ('Prigozhin said his group had lost about 21,000 fighters there.', ("ru_other","ru_military","casualties",21000,"approx","event",THU)),
    # men held for dodging the draft are no losses of the war
    ("Ukraine's border service said it had detained 9,300 draft evaders trying to cross into Moldova.", None),
    # a refuted figure is its owner's: "Western estimates of N" as well as "Zelensky's N"
    ("The Kremlin rejected Western estimates of 135,000 Russian dead as invented.", ("other_gov","ru_military","killed",135000,"exact","cumulative",THU)),
    ("Kyiv said the Russian claim of 900 dead was untrue; its own count was 16.", ("ua_mod","ua_military","killed",16,"exact","cumulative",THU)),
    # nationals killed by attacks are the people hit, not an army; "the fate of N" is missing
    ("Russian drone strikes on Sumy Oblast killed two Ukrainians and injured six, Ukraine's military said.",
     ("ua_mod","civilians","killed",2,"exact","event",THU)),
    ("The fate of 19 people is still being established, the State Emergency Service said.", ("ua_ses","civilians","missing",19,"exact","cumulative",THU)),
    # the loser's verb may carry a quote mark and an adverb: 'Ukraine had "needlessly lost" N'
    ('A commentator wrote that Ukraine had "needlessly lost" 150,000 soldiers.', ("other","ua_military","casualties",150000,"exact","cumulative",THU)),
    # clock times, people once listed as missing inside a final toll, bodies identified: no figures of their own
    ("Most deaths counted between 6am on 24 February and 12 noon on 5 March came from shelling, the UN said.", None),
    ("The final toll included nine people initially listed as missing, the mayor said.", None),
    ("Police have already identified 17 bodies, the regional prosecutor said.", None),
    # a date right after a speech verb dates the report, it opens no window
    ("Analysts compared it with the 19,000 Ukrainian deaths Kyiv reported in March, a figure widely seen as low.",
     ("ua_mod","ua_military","killed",19000,"exact","cumulative",date(2023, 3, 31))),
    # "According to Kyiv," opening a sentence (capital A) is a source; a semicolon parts two sources
    ("According to Kyiv, Russia has lost 3,950 tanks; according to Oryx, the confirmed figure is 2,100.",
     ("ua_mod","ru_military","tanks",3950,"exact","cumulative",THU)),
    # a qualifier in quotes ('"well over" 100,000') still qualifies; "X estimates that N" refuted is X's
    ('The Pentagon has said Ukraine has suffered "well over" 70,000 casualties.', ("us_gov","ua_military","casualties",70000,"at_least","cumulative",THU)),
    ("Peskov dismissed Western estimates that more than 180,000 Russian troops had been killed or wounded.",
     ("other_gov","ru_military","casualties",180000,"at_least","cumulative",THU)),
    # a count of those who speak is no figure
    ("Three Western officials told reporters that Russian casualties were approaching 470,000.",
     ("other_gov","ru_military","casualties",470000,"approx","cumulative",THU)),
    # the night named in the sentence before is the window of an unmarked count after it
    ("Russia launched 41 missiles and 70 drones at Ukraine overnight, the air force said.\nAir defences destroyed 36 missiles and 62 drones, it said.",
     ("ua_mod","ru_military","uav",62,"exact","period",THU)),
    # people detained at protests are no captives of the war
    ("More than 1,100 people were detained at anti-war rallies in 30 cities, a rights group said.", None),
    # a sentence of a fronted place and a bare figure continues the count of the sentence before, in that place
    ('"Last week they lost 8,100 soldiers," the commander said. "Near Kupiansk alone, 2,300."',
     ("other","ru_military","casualties",2300,"exact","event",THU)),
    # a side word in the noun phrase before a comma is not the side of "the ministry" after it
    ("Russia's defence ministry said Ukraine had lost 300 soldiers. Russian air defences shot down 87 Ukrainian drones, the ministry added.",
     ("ru_mod","ua_military","uav",87,"exact","cumulative",THU)),
    # the General Staff's total combat losses are its killed whether the outlet writes personnel or troops (LABELING)
    ("Russia's total combat losses since the invasion are estimated at about 211,000 troops, the General Staff said.",
     ("ua_mod","ru_military","killed",211000,"approx","cumulative",THU)),
    # "It" opening a sentence is the body the sentence before opens on, before anyone who spoke earlier
    ("Mediazona has named 88,000 dead Russian soldiers. Russia's defence ministry does not publish its own losses. "
     "It claims Ukraine has lost nearly 950,000 troops.", ("ru_mod","ua_military","casualties",950000,"approx","cumulative",THU)),
    # "Russia itself has suffered": the loser with a reflexive
    ("Western officials say Russia itself has suffered more than 310,000 casualties.",
     ("other_gov","ru_military","casualties",310000,"at_least","cumulative",THU)),
    # soldiers hit by one side's weapon or forces are the other side's, whoever reports them
    ("A Ukrainian drone hit a minibus in Kherson region, killing three soldiers, Russian-installed officials said.",
     ("ru_other","ru_military","killed",3,"exact","event",THU)),
    ("A Russian glide bomb hit a trench near Toretsk, killing five soldiers, a Ukrainian brigade said.",
     ("ua_mod","ua_military","killed",5,"exact","event",THU)),
    # ... and a bare General Staff speaks for the side whose forces did the killing
    ("Ukrainian forces killed 30 soldiers in a strike on a Russian command post, the General Staff said.",
     ("ua_mod","ru_military","killed",30,"exact","event",THU)),
    # one place after another, the noun left out of the second
    ("Shoigu said Ukraine had lost more than 14,000 servicemen in the Kupiansk direction and about 23,000 in the Donetsk direction.",
     ("ru_mod","ua_military","casualties",23000,"approx","event",THU)),
    # "Of those injured in May" after a count of the dead is no part of that count: its own metric and window
    ("As of 31 May, the UN had verified the deaths of 600 children. Of those injured in May, 40 were children.",
     ("un","children","wounded",40,"exact","period",date(2023, 5, 31))),
    # a strike on one target is one incident for soldiers too
    ("A Russian missile strike on a military training area killed 19 servicemen, Ukraine's military said.",
     ("ua_mod","ua_military","killed",19,"exact","event",THU)),
    # the side named after the noun ("people from the Ukrainian side", "losses on the Russian side") owns it
    ("Russia's defence ministry said 1,200 people from the Ukrainian side had been killed over the past week.",
     ("ru_mod","ua_military","killed",1200,"exact","period",THU)),
    # a named weekday's night is a window of its own
    ("On Tuesday night, air defences shot down 31 of 35 Russian drones, the air force said.",
     ("ua_mod","ru_military","uav",31,"exact","period",date(2023, 6, 13))),
    # a part of what a side owned is the loss, the whole it owned is none
    ("Russia has lost three of its six large landing ships in the Black Sea, British officials said.",
     ("uk_gov","ru_military","ships",3,"exact","cumulative",THU)),
    # workers, drivers and patients hit by a strike are civilians, not soldiers
    ("Three farmers were killed by a mine in Kharkiv region, police said.",
     ("ua_other","civilians","killed",3,"exact","event",THU)),
    # a bare general staff in lower case is Kyiv's as in title case
    ("Last week, Russia lost 8,100 soldiers, the general staff said.",
     ("ua_mod","ru_military","casualties",8100,"exact","period",date(2023, 6, 11))),  # (last week's Sunday)
    # the city a body sits in is where it speaks from, not where the losses were
    ("The General Staff in Kyiv said more than 5,800 Russian troops had been killed.",
     ("ua_mod","ru_military","killed",5800,"at_least","cumulative",THU)),
    # a passive estimate with its agent between the losses and the figure
    ("Ukrainian losses in the battle for Bakhmut are estimated by Western officials at between 20,000 and 30,000.",
     ("other_gov","ua_military","casualties",(20000,30000),"range","event",THU)),
    # a bare brigade after the captors' side speaks for it
    ("Ukrainian forces took 54 Russian soldiers prisoner near Vovchansk, the brigade said.",
     ("ua_mod","ru_military","captured",54,"exact","event",THU)),
    # prisoners shot dead are killed, not captured
    ("Russian troops shot dead seven Ukrainian prisoners of war near Robotyne, Ukraine's prosecutors said.",
     ("ua_prosecutor","ua_military","killed",7,"exact","event",THU)),
    # "in the area" is the place named before
    ("Russian units repelled attacks near Klishchiivka. The ministry in Moscow said Ukraine had lost up to 260 servicemen in the area.",
     ("ru_mod","ua_military","casualties",260,"at_most","event",THU)),
    # wire style month abbreviations: the war's first day opens no window, an abbreviation's dot ends no clause
    ("The enemy's combat losses from Feb. 24, 2022 to Jan. 5, 2023 amount to approximately 747,000 personnel, including 1,550 over the "
     "past day, the General Staff reports.", ("ua_mod","ru_military","killed",747000,"approx","cumulative",date(2023, 1, 5))),
    ("Russia lost 1,180 soldiers on Nov. 4 alone, the General Staff said.", ("ua_mod","ru_military","casualties",1180,"exact","period",date(2022, 11, 4))),
    ("In Oct. 2022 alone, the mission recorded 497 civilian casualties.", ("other","civilians","casualties",497,"exact","period",date(2022, 10, 31))),
    ("The number of dead from the drone strike on Odesa on Aug. 14-15 rose to 11, among them three children, the governor said.",
     ("ua_other","children","killed",3,"exact","event",THU)),
    # a window from the war's first day is the war so far
    ("Some 120,000 Russian troops were killed or wounded between Feb. 24 and Sept. 3, the Pentagon said.",
     ("us_gov","ru_military","casualties",120000,"approx","cumulative",date(2022, 9, 3))),
    ("Some 120,000 Russian troops were killed or wounded between February 24 and September 3, the Pentagon said.",
     ("us_gov","ru_military","casualties",120000,"approx","cumulative",date(2022, 9, 3))),
    # a window's start given day first, as Europe writes it; and one told by a when-clause
    ("Since 4 June, the enemy has lost 13,000 servicemen, Shoigu said.", ("ru_mod","ua_military","casualties",13000,"exact","period",THU)),
    ("Since 24 February 2022, when the Russian Federation launched its full-scale armed attack, OHCHR has recorded 27,149 civilian "
     "casualties in the country.", ("un","civilians","casualties",27149,"exact","cumulative",THU)),
    # a verb before the next figure is that figure's, with or without the comma
    ("A drone and missile attack on Dobropillia overnight killed 11 people, including five children and injured 30, the Interior "
     "Ministry said.", ("ua_other","children","killed",5,"exact","event",THU)),
    # a sentence that names its own source keeps it after another speaker's sentence
    ("US officials put the number of Ukrainian dead at just under 60,000. Western estimates of Russian dead range from 70,000 to 120,000.",
     ("other_gov","ru_military","killed",(70000,120000),"range","cumulative",THU)),
    # a side's forces named with a possessive kill the other side's soldiers
    ("Ukraine's forces killed 25 soldiers in a strike on a Russian command post, the General Staff said.",
     ("ua_mod","ru_military","killed",25,"exact","event",THU)),
    # a fronted year is a window however long the source named after it
    ("In 2022, by the count of the General Staff of Ukraine's army, Russian forces lost 106,720 men.",
     ("ua_mod","ru_military","casualties",106720,"exact","period",date(2022, 12, 31))),
    # "the number" is the figure of the sentence before, not an army named in its source's title
    ("The General Staff of Ukraine's army counts 4,500 Russian tanks lost. Oryx puts the number at 2,300.",
     ("independent","ru_military","tanks",2300,"exact","cumulative",THU)),
    # a place inside a relative clause about the speaker is not the figure's
    ("Zelensky, who was visiting troops near Kharkiv, said up to 3,000 Ukrainian soldiers had been killed.",
     ("ua_president","ua_military","killed",3000,"at_most","cumulative",THU)),
    # speech verbs other than "said" after a bare group, and "stated" wherever "said" is read
    ("Three people were killed in the shelling of Nikopol, officials wrote on Telegram.", ("ua_other","civilians","killed",3,"exact","event",THU)),
    ("Twelve bodies have been recovered from the rubble in Dnipro, rescuers stated.", ("ua_ses","civilians","killed",12,"exact","event",THU)),
    ("Kyiv added its forces had destroyed 14 Russian tanks near Vuhledar.", ("ua_mod","ru_military","tanks",14,"exact","event",THU)),
    # a count in words between a part and a later loss word takes that word: the part keeps its total's
    ("The mission has confirmed 9,300 civilian deaths, including 510 children, and more than sixteen thousand injuries.",
     ("other","children","killed",510,"exact","cumulative",THU)),
    # "the aggressor" is the speaker's enemy, as "the enemy" is
    ("Over the past day the aggressor lost 1,040 soldiers and 11 armoured vehicles, the General Staff said.",
     ("ua_mod","ru_military","casualties",1040,"exact","period",THU)),
    # an ISO date dates the statement like any other
    ("Ukraine's General Staff said on 2023-06-12 that Russia had lost 500,000 troops.",
     ("ua_mod","ru_military","casualties",500000,"exact","cumulative",date(2023, 6, 12))),
    # dotted country names
    ("The U.K.'s defence ministry estimates that Russian forces took 38,940 casualties in October.",
     ("uk_gov","ru_military","casualties",38940,"exact","period",date(2022, 10, 31))),
    ("Russian forces also destroyed a U.S.-made Bradley fighting vehicle near Avdiivka, the ministry in Moscow said.",
     ("ru_mod","ua_military","armored_vehicles",1,"exact","event",THU)),
    # a name inside an aside that a comma closes before the verb describes the speaker; it does not speak
    ("The Chechen strongman Ramzan Kadyrov, a loyal ally of President Putin, said 40 of his fighters had been killed.",
     ("ru_other","ru_military","killed",40,"exact","cumulative",THU)),
    ("Sergei Shoigu, the man Putin trusted with the army, said Ukraine had lost 5,000 soldiers in the offensive.",
     ("ru_mod","ua_military","casualties",5000,"exact","period",THU)),
    # ... but a speaker after a comma that no comma closes is the speaker
    ("Russia, a NATO official said, has lost 300,000 soldiers.", ("other_gov","ru_military","casualties",300000,"exact","cumulative",THU)),
    # heads of military administrations, however their office is spelled out, and "he" after them (the village
    # their office names is the place)
    ("Oleh Hryhorov, head of the Military Administration of the Sumy region, said a missile had killed two people in the city.",
     ("ua_other","civilians","killed",2,"exact","event",THU)),
    ("Ivan Petrenko, the head of the village's military administration, said 300 people had stayed. At least 12 had been killed "
     "since spring, he said.", ("ua_other","civilians","killed",12,"at_least","event",THU)),
    # an incident phrase that starts within reach of the figure is read whole, however far it runs
    ("Up to 200 Ukrainian servicemen have reportedly been eliminated as a result of a heavy rocket strike on a field camp "
     "near Pokrovsk, the ministry in Moscow said.", ("ru_mod","ua_military","killed",200,"at_most","event",THU)),
    # a barrage, a bombardment, a shelling: one incident
    ("The regional governor said eight people were wounded in an overnight artillery barrage.",
     ("ua_other","civilians","wounded",8,"exact","event",THU)),
    # the second figure of a coordination shares its partner's window
    ("Between 1 June and 31 August, the UN mission said, at least 512 civilians were killed and a further 2,104 injured by the fighting.",
     ("un","civilians","wounded",2104,"exact","period",date(2022, 8, 31))),
    # the president's advisers and aides speak for his office
    ("Last winter a Zelensky adviser put the number of Ukrainian soldiers who had died at up to 13,000.",
     ("ua_presidential_office","ua_military","killed",13000,"at_most","cumulative",THU)),
    ("A senior Zelensky aide put Russian losses at 200,000.", ("ua_presidential_office","ru_military","casualties",200000,"exact","cumulative",THU)),
    # the dotted U.S. Defense Department gives a figure; the month after a passive's agent dates the statement
    ("That compares with the 350,000 Russian casualties given by a U.S. Defense Department official in December.",
     ("us_gov","ru_military","casualties",350000,"exact","cumulative",date(2022, 12, 31))),
    # two loss words listed with a comma are killed and wounded together
    ("The tally of killed, wounded Ukrainian servicemen has passed 90,000, the ministry in Moscow said.",
     ("ru_mod","ua_military","casualties",90000,"at_least","cumulative",THU)),
    # Britain's spy agencies and their chiefs, and "intel" for intelligence
    ("The head of MI6 told a forum in Colorado that roughly 25,000 Russian soldiers had been killed.",
     ("uk_gov","ru_military","killed",25000,"approx","cumulative",THU)),
    ("Russian troop deaths near 50,000 - British intel", ("uk_gov","ru_military","killed",50000,"approx","cumulative",THU)),
    # giving or providing an estimate or a figure is stating it
    ("The agency's director also gave an estimate of the number of Russian soldiers killed so far - 20,000.",
     ("other","ru_military","killed",20000,"exact","cumulative",THU)),
    ("Moscow has given an official casualty figure only twice, the last on September 21 with a death toll of 5,937 Russian soldiers.",
     ("ru_mod","ru_military","killed",5937,"exact","cumulative",date(2022, 9, 21))),
    # "its own" losses are the speaker's side's
    ("The Russian defence ministry said its own losses were 1,351 killed.", ("ru_mod","ru_military","killed",1351,"exact","cumulative",THU)),
    # a multiplier after a coordination does not unmake the figure before it
    ("US intelligence put Russian losses at around 20,000 dead and maybe four times as many wounded.",
     ("us_gov","ru_military","killed",20000,"approx","cumulative",THU)),
    # "Kyiv maintains that ...": a country that asserts a that-clause speaks
    ("Kyiv maintains that 70,000 Russian soldiers have been killed, a figure Moscow rejects.",
     ("ua_mod","ru_military","killed",70000,"exact","cumulative",THU)),
    # a headline's "kills N, wounds M": the verb after the comma is the next figure's
    ("Drone attack on Sumy kills 6, wounds 19 - governor", ("ua_other","civilians","killed",6,"exact","event",THU)),
    # the whereabouts of people unknown: missing
    ("Four people died and the whereabouts of three more are not known, the regional governor wrote.",
     ("ua_other","civilians","missing",3,"exact","event",THU)),
    # "a few of the N dead": the total is the figure
    ("They are only three of the 40,000 dead Russian soldiers whose names Mediazona has confirmed.",
     ("independent","ru_military","killed",40000,"exact","cumulative",THU)),
    # servicemen buried are dead; people buried under rubble are missing
    ("The governor of Russia's Belgorod region said 60 local servicemen had been buried since the invasion began.",
     ("ru_other","ru_military","killed",60,"exact","event",THU)),
    # in a concessive opening, the day named in the main clause dates only the main clause
    ("Russian losses are hard to gauge.\nWhile Kyiv claims some 20,000 Russian soldiers have died, the Russian defence ministry "
     "admitted to 1,351 deaths on 25 March.", ("ua_mod","ru_military","killed",20000,"approx","cumulative",THU)),
    # where the officials sit is no place of the losses; nor is the side a soldier died for
    ("Ukraine has lost 60,000 soldiers, officials in Washington told the Post on Monday.",
     ("us_gov","ua_military","casualties",60000,"exact","cumulative",date(2023, 6, 12))),
    ("Some 90,000 troops are believed to have died fighting for Moscow, British intelligence said.",
     ("uk_gov","ru_military","killed",90000,"approx","cumulative",THU)),
    # soldiers who fell in battle are dead
    ("Roughly 60,000 Russian soldiers fell in combat, American officials said.", ("us_gov","ru_military","killed",60000,"approx","cumulative",THU)),
    # a toll that is approaching a figure; an army's toll of people that splits into dead and injured counts both
    ("The Ukrainian army's toll is nearing 150,000 individuals, including up to 50,000 deaths and 100,000 injuries, US officials said.",
     ("us_gov","ua_military","casualties",150000,"approx","cumulative",THU)),
    # "X, whose military ...": the country before "whose" owns the army
    ("That is far above the estimates for Ukraine, whose army is thought to have suffered about 50,000 deaths, the Pentagon said.",
     ("us_gov","ua_military","killed",50000,"approx","cumulative",THU)),
    # a side fronted before the clause owns its figures
    ("On the Ukrainian side, the death toll is about 50,000, with up to 90,000 injured, by the same accounts.",
     ("other","ua_military","killed",50000,"approx","cumulative",THU)),
    ("For Ukraine, US officials say, roughly 40,000 soldiers have been killed.", ("us_gov","ua_military","killed",40000,"approx","cumulative",THU)),
    # "as per" is "according to"
    ("As per the British defence ministry, Russia has lost 4,000 tanks.", ("uk_gov","ru_military","tanks",4000,"exact","cumulative",THU)),
    # "the Russian-Ukrainian conflict" is the war, no place
    ("Nearly 400,000 soldiers on both sides dead or injured in Russian-Ukrainian war",
     ("other","all_military","casualties",400000,"approx","cumulative",THU)),
    # each side's figure is one claim for each army
    ("Milley said last November that each of the two armies had lost more than 100,000 troops.",
     ("us_gov","ua_military","casualties",100000,"at_least","cumulative",date(2022, 11, 30))),
    # the count a "number of" names, far left of the figure
    ("Juvenile prosecutors say the confirmed number of children who have died stands at 512.",
     ("ua_prosecutor","children","killed",512,"exact","cumulative",THU)),
    # an attack that "claimed the lives" of people: a death, not a claim by the place it hit
    ("Overnight, a drone attack on Kyiv claimed the lives of two residents.", ("other","civilians","killed",2,"exact","event",THU)),
    # children who "suffered" or were "affected" are the children's casualties
    ("As of this morning, at least 1,520 children have suffered from the aggression, the Prosecutor General's Office said.",
     ("ua_prosecutor","children","casualties",1520,"at_least","cumulative",THU)),
    # Moscow's "over the day" is the day's window
    ("Over the day, the enemy's losses amounted to up to 320 servicemen and 11 armoured vehicles, the ministry in Moscow said.",
     ("ru_mod","ua_military","armored_vehicles",11,"exact","period",THU)),
    # a window closing a long list holds for its first figure too, with the speech tag after it
    ("Ukraine has lost over 300 soldiers, two tanks, four infantry fighting vehicles, as well as five artillery guns and three "
     "mortars over the past day, the Russian Defence Ministry said on Tuesday.",
     ("ru_mod","ua_military","casualties",300,"at_least","period",date(2023, 6, 13))),
    # a weekday beside a date names that date's day ("Feb. 24, Friday:" in a timeline), not the last such weekday
    ("Feb. 24, Friday: Ukraine's General Staff said 146,000 Russian soldiers had been killed.",
     ("ua_mod","ru_military","killed",146000,"exact","cumulative",date(2023, 2, 24))),
    # the side on which they fell owns the figure and does not speak; the mercenary chief is Wagner's
    ("The mercenary chief estimated that 40,000 had died on the Ukrainian side.", ("ru_other","ua_military","killed",40000,"exact","cumulative",THU)),
    # "casualties estimated at": a participle, whose noun does not speak
    ("Putin said earlier that Kiev's counteroffensive had failed, Ukraine having taken casualties estimated at more than 80,000.",
     ("ru_kremlin","ua_military","casualties",80000,"at_least","cumulative",THU)),
    # a counteroffensive with adjectives before it is still a window
    ("Since the start of the much-heralded Ukrainian counteroffensive, Kyiv has lost 500 tanks, the ministry in Moscow said.",
     ("ru_mod","ua_military","tanks",500,"exact","period",THU)),
    # "in the 24-hour period" is the day's window; the US Defense Intelligence Agency is Washington's
    ("Kyiv said Russia also lost nine tanks and 22 artillery systems in the 24-hour period.", ("ua_mod","ru_military","tanks",9,"exact","period",THU)),
    ("A leaked assessment by the Defense Intelligence Agency put Russian casualties at 190,000 to 220,000.",
     ("us_gov","ru_military","casualties",(190000, 220000),"range","cumulative",THU)),
    # a summing word may lead a fronted window
    ("In all, over the past three months, British intelligence says Russia has lost some 90,000 soldiers.",
     ("uk_gov","ru_military","casualties",90000,"approx","period",THU)),
    # a speech verb in a contrasting clause after the figure is another statement's
    ("Russia has acknowledged the deaths of about 6,000 soldiers, but reports on its losses are kept out of Russian media.",
     ("ru_mod","ru_military","killed",6000,"approx","cumulative",THU)),
    # an age is no figure and does not cut the words after the one before it
    ("Some 50,000 Russian men below the age of 50 died in the war, Mediazona estimates.",
     ("independent","ru_military","killed",50000,"approx","cumulative",THU)),
    # independent Russian media count for themselves; "their analysis of X data" is theirs, not X's
    ("Independent Russian media outlets Mediazona and Meduza published the study on Monday. According to their analysis of Russian "
     "government records, about 60,000 Russian soldiers have died.", ("independent","ru_military","killed",60000,"approx","cumulative",THU)),
    # "a data investigation by X" names its source
    ("At least 70,000 Russian soldiers killed in Ukraine: an investigation by Mediazona and Meduza",
     ("independent","ru_military","killed",70000,"at_least","cumulative",THU)),
    # names as outlets spell them ("Dicarlo")
    ("Briefing the Council, Rosemary Dicarlo said that 8,900 civilians had been killed since the invasion.",
     ("un","civilians","killed",8900,"exact","cumulative",THU)),
    # people killed in a shelling "by the Ukrainian forces": the attacker's side marks no victims
    ("At least nine people were killed in a shelling of Horlivka by the Ukrainian forces, Denis Pushilin said.",
     ("ru_other","civilians","killed",9,"at_least","event",THU)),
    # Indian digit grouping: "1,00,000" is a lakh
    ("One of America's top generals said over 1,00,000 Russian soldiers had been killed or wounded.",
     ("us_gov","ru_military","casualties",100000,"at_least","cumulative",THU)),
    # "killed or wounded on each side": the words after the figure reach "side"
    ("Milley estimated that more than 90,000 soldiers had been killed or injured on each side of the front.",
     ("us_gov","ua_military","casualties",90000,"at_least","cumulative",THU)),
    # an estimate from Kyiv is Kyiv's
    ("The figure includes 60,000 Ukrainian troops killed, according to a confidential estimate from Kyiv cited by the newspaper.",
     ("ua_mod","ua_military","killed",60000,"exact","cumulative",THU)),
    # a dash that opens a clause about the figures names no source
    ("Moscow also says 3,100 Ukrainian troops have been killed and more than 4,200 wounded - figures Ukraine's government disputes.",
     ("ru_mod","ua_military","wounded",4200,"at_least","cumulative",THU)),
    # where it was said on TV is no place; the Ukrainian toll is Ukraine's
    ("On Danish TV, Denmark's defence chief put Russian casualties at 150,000 and the Ukrainian toll at about 90,000 wounded.",
     ("other_gov","ua_military","wounded",90000,"approx","cumulative",THU)),
    ("U.S. and European officials have put Russian casualties at 180,000, the report said.",
     ("us_gov","ru_military","casualties",180000,"exact","cumulative",THU)),
    # "N out of M": N downed of M launched; the night of a date is that night's window
    ("Air defences destroyed 33 out of 40 Shahed drones launched on the night of June 12, the air force said.",
     ("ua_mod","ru_military","uav",33,"exact","period",date(2023, 6, 12))),
    # a country that spoke "earlier"; "others" after a figure are the same men
    # (and the strike that hit the barracks makes the toll one event)
    ("Kyiv earlier claimed that 300 Russian soldiers were killed and 200 others wounded after its forces hit a barracks.",
     ("ua_mod","ru_military","wounded",200,"exact","event",THU)),
    # troops killed in one side's strike are the other side's
    ("Moscow says 45 troops killed in Ukrainian strike on a training ground", ("ru_mod","ru_military","killed",45,"exact","event",THU)),
    # a toll "during the attack" is that attack's
    ("Kyiv said about 200 Russian troops were killed during the attack on the depot.", ("ua_mod","ru_military","killed",200,"approx","event",THU)),
    # a captives' fate verb that takes the next figure is not theirs
    # one blast: an event (LABELING)
    ("Separatist officials said the blast killed 41 Ukrainian POWs and injured 70.", ("ru_other","ua_military","killed",41,"exact","event",THU)),
    # a fronted "Having lost N ...," belongs to the clause's subject, in whatever case an outlet writes the country
    ("Having lost over 300,000 soldiers since the invasion, russia has taken only a handful of towns, Zelensky said.",
     ("ua_president","ru_military","casualties",300000,"at_least","cumulative",THU)),
    # the Defense Forces of Ukraine are its military; a news agency is an outlet
    ("On Monday, the Defense Forces of Ukraine said about 40 invaders were destroyed in a strike on a training ground.",
     ("ua_mod","ru_military","killed",40,"approx","event",date(2023, 6, 12))),
    ("Zelensky spoke on Friday. As the news agency reported earlier, Russian losses have reached 200,000 personnel.",
     ("other","ru_military","casualties",200000,"exact","cumulative",THU)),
    # "N or M thousand": a range when one scale holds for both
    ("The Pentagon said Russia had also lost two or three thousand armoured vehicles.",
     ("us_gov","ru_military","armored_vehicles",(2000, 3000),"range","cumulative",THU)),
    # a country's losses of "people" are its army's
    ("Pentagon: Ukraine lost 150,000 people since the invasion\nThe estimate was given on Friday.",
     ("us_gov","ua_military","casualties",150000,"exact","cumulative",THU)),
    # where a meeting took place is no place of the losses ("struck a meeting of commanders in X" still is)
    ("At the summit in Rome, Macron said Russia had suffered 500,000 casualties.",
     ("other_gov","ru_military","casualties",500000,"exact","cumulative",THU)),
    # "number" as a verb: "losses number N", "the dead numbered N" (the noun "number 5" stays no figure)
    ("Ukraine's military intelligence said Russia's irretrievable losses now number some 90,000.",
     ("ua_mod","ru_military","killed",90000,"approx","cumulative",THU)),
    ("Brigade number 5 was moved to the south, the General Staff said.", None),
    # a pronoun right after "according to" is the source, not a name later in the sentence
    ("Zelensky gave an interview to CBS. According to the president, about 6,000 servicemen on the Ukrainian side were wounded.",
     ("ua_president","ua_military","wounded",6000,"approx","cumulative",THU)),
    # "the Ukrainian leader" is the president
    ("The Ukrainian leader said 1,200 Russian tanks had been destroyed so far.",
     ("ua_president","ru_military","tanks",1200,"exact","cumulative",THU)),
    # "speaks of" / "spoke of" report a figure
    ("Zelensky speaks of 1,300 Ukrainian troops killed\nThe president gave the figure to journalists.",
     ("ua_president","ua_military","killed",1300,"exact","cumulative",THU)),
    # a country speaks through adverbs ("itself", "so far"); "in its ranks" are the speaker's own
    ("Moscow itself last week spoke of 1,351 servicemen killed in its ranks.",
     ("ru_mod","ru_military","killed",1351,"exact","cumulative",date(2023, 6, 11))),
    ("Russia has so far confirmed the deaths of about 1,300 of its soldiers.",
     ("ru_mod","ru_military","killed",1300,"approx","cumulative",THU)),
    # the side on the counted noun ("the number of Ukrainian fighters killed") after a coordination with the other side's
    ("Moscow admitted the loss of 1,351 Russian soldiers and put the count of Ukrainian fighters killed at more than 14,000.",
     ("ru_mod","ua_military","killed",14000,"at_least","cumulative",THU)),
    # an inverted tag's agent is the name right after the verb, not a possessive named before it
    ("About 30,000 of Putin's soldiers have died so far, says the British Defence Secretary.",
     ("uk_gov","ru_military","killed",30000,"approx","cumulative",THU)),
    # "U.S. and other Western officials" are American officials first
    ("Ukraine's toll is near 120,000 dead and wounded, according to U.S. and other Western officials.",
     ("us_gov","ua_military","casualties",120000,"approx","cumulative",THU)),
    # a list of the dead with the wounded, whatever else it names, is casualties
    ("The alliance believes up to 35,000 Russians have been dead, wounded, taken prisoner or gone missing, NATO said.",
     ("other_gov","ru_military","casualties",35000,"at_most","cumulative",THU)),
    # a hyphen before the scale word, and a suspended hyphen in a range
    ("NATO said as many as 35-thousand Russian soldiers had been killed.",
     ("other_gov","ru_military","killed",35000,"at_most","cumulative",THU)),
    ("A NATO official put the Russian dead at between six- and 12-thousand.",
     ("other_gov","ru_military","killed",(6000, 12000),"range","cumulative",THU)),
    # "since it said on <day> that ...": the day dates that statement
    ("Moscow has given no update since it said on June 2 that 1,351 servicemen had been killed.",
     ("ru_mod","ru_military","killed",1351,"exact","cumulative",date(2023, 6, 2))),
    # a part counted where the whole is not ("thousands ..., including 121 children"): the clause's loss word names it
    ("Zelensky said thousands of civilians had been killed so far, including at least 97 children.",
     ("ua_president","children","killed",97,"at_least","cumulative",THU)),
    # "for every casualty, roughly three are wounded": a ratio
    ("Analysts assume that for every soldier killed roughly three are wounded, the Pentagon said.", None),
    # "two and a half thousand"
    ("Zelensky said his army had destroyed nearly two and a half thousand Russian armoured vehicles.",
     ("ua_president","ru_military","armored_vehicles",2500,"approx","cumulative",THU)),
    # "the lives of 140 people to take one kilometre": a price per distance
    ("Zelensky said the Russians pay with the lives of 140 soldiers to take one kilometre of land.", None),
    # the General Staff's "of which N - over the past day", with a dash before the window
    ("The General Staff said Russia's total combat losses reached about 990,000 people, of which 1,110 people - over the past day.",
     ("ua_mod","ru_military","casualties",1110,"exact","period",THU)),
    # a headline's "kills, injures at least N" is one casualty count
    ("Russian strikes kill, injure at least 480 civilians in May - UN\nThe figures come from the monitoring mission.",
     ("un","civilians","casualties",480,"at_least","period",date(2023, 5, 31))),
    # "in first 10 days of June" (no article) is a window
    ("UN: 190 civilian casualties recorded in first 10 days of June\nThe UN monitoring mission published the figures.",
     ("un","civilians","casualties",190,"exact","period",date(2023, 6, 10))),
    # "As of this week" dates the count; it is no window
    ("\"As of this week, we have documented that 7,200 people have died,\" the head of the UN monitoring mission said.",
     ("un","civilians","killed",7200,"exact","cumulative",THU)),
    # "This is stated in the report of X", "This was stated by X": the source of the sentence before
    ("At least 9,100 civilians have died in Ukraine since the invasion. This is stated in a new report of the UN monitoring mission.",
     ("un","civilians","killed",9100,"at_least","cumulative",THU)),
    ("Three people were killed in Nikopol. This was stated by the regional governor.",
     ("ua_other","civilians","killed",3,"exact","event",THU)),
    # "560 killed and 1,200 injured children": the noun after the second figure is the first's too
    ("The UN said the toll includes 560 killed and 1,200 injured children.",
     ("un","children","killed",560,"exact","cumulative",THU)),
    # "As reported, ...": the outlet's own earlier report
    ("The UN mission recorded 500 civilian casualties in May. As reported, the toll of the strike on Uman rose to 23.",
     ("other","civilians","killed",23,"exact","event",THU)),
    # a Russian region's own authorities report its dead: Russian officials, not the defence ministry
    ("The Pskov authorities announced that 21 servicemen from the area had been buried since the war began.",
     ("ru_other","ru_military","killed",21,"exact","cumulative",THU)),
    # "the past 15 months of the war", written 15 months in, is the war so far
    ("Mediazona said it had confirmed the deaths of 25,000 Russian soldiers over the past 15 months of the war.",
     ("independent","ru_military","killed",25000,"exact","cumulative",THU)),
    # "former prisoners" are recruited convicts, not captives
    ("Mediazona said about 4,600 former prisoners have died fighting for Wagner.",
     ("independent","ru_military","killed",4600,"approx","cumulative",THU)),
    # "during two days of fighting" is a window (the war's first weeks, written then, are not: see the test below)
    ("Russia's defence ministry said Ukraine had lost five fighter jets during two days of fighting in the south.",
     ("ru_mod","ua_military","aircraft",5,"exact","period",THU)),
    # the US agency in British spelling is no UK body
    ("A leaked assessment by the US Defence Intelligence Agency put Russian dead at 35,000-42,000.",
     ("us_gov","ru_military","killed",(35000, 42000),"range","cumulative",THU)),
    # "leaked online in April" dates the assessment; it opens no window
    ("A US Defence Intelligence Agency assessment that leaked online in April put Russian dead at 35,000-42,000.",
     ("us_gov","ru_military","killed",(35000, 42000),"range","cumulative",date(2023, 4, 30))),
    # the other side's figure of the same count, "compared to roughly N for Ukraine"
    ("The DIA said Russia had 35,000-42,000 troops killed in action, compared to roughly 15,000-17,000 for Ukraine.",
     ("us_gov","ua_military","killed",(15000, 17000),"range","cumulative",THU)),
    # Russia's Security Council secretary is a Russian official
    ("Security Council secretary Nikolai Patrushev said Ukraine had lost 14,000 troops since the start of the counteroffensive.",
     ("ru_other","ua_military","casualties",14000,"exact","period",THU)),
    # "are estimated to have lost" names the loser, not a speaker: the tag at the end speaks
    ("Ukraine's armed forces are estimated to have lost over 18,000 troops since June, the Russian-installed governor Balitsky said.",
     ("ru_other","ua_military","casualties",18000,"at_least","period",THU)),
    # "armoured infantry vehicles"; weapons systems lost are no loss figure of the rules
    ("Shoigu said Ukraine had lost 12 armoured infantry vehicles and some 7,000 weapons systems.",
     ("ru_mod","ua_military","armored_vehicles",12,"exact","cumulative",THU)),
    # a figure in apposition to the losses just named ("heavy losses, around 65,000 soldiers")
    ("Russia is suffering heavy losses, around 60,000 soldiers over the last two months, Rutte said.",
     ("other_gov","ru_military","casualties",60000,"approx","period",THU)),
    # "the Afghan war" is another war; a Washington-based think tank is no US body; "toward" is approximate
    ("\"Compare that to the Afghan war: they lost 15,000 in ten years,\" Rutte said.", None),
    ("Russian casualties have climbed toward 1 million, according to CSIS, a Washington-based think tank.",
     ("independent","ru_military","casualties",1000000,"approx","cumulative",THU)),
    # "the United Kingdom's deputy defence minister"
    ("The United Kingdom's deputy defence minister claimed that the Russian invaders had lost 700,000 troops.",
     ("uk_gov","ru_military","casualties",700000,"exact","cumulative",THU)),
    # "May alone accounted for": the month is the window; "reports indicate" name no one
    ("Reports indicate that May alone accounted for approximately 40,000 Russian casualties.",
     ("other","ru_military","casualties",40000,"approx","period",date(2023, 5, 31))),
    # "1,000 in killed, wounded per day": a rate past the comma of a list of loss words
    ("Rutte: Russia loses as many as 1,100 in killed, wounded per day\nThe NATO chief spoke at a press conference.", None),
    # "killed 391 children, injured 771": the verb after the comma is the next figure's, past the first one's noun
    ("Prosecutors: Russia's war has killed 480 children, injured 950 since February\nThe office updated its count.",
     ("ua_prosecutor","children","killed",480,"exact","cumulative",THU)),
    # a day and a month on two lines are no date ("since Feb. 24" then a dateline "June 12, 2023")
    ("Prosecutors: Russia's war has killed at least 480 children since Feb. 24\nJune 12, 2023 9:10 am\nThe office gave no details.",
     ("ua_prosecutor","children","killed",480,"at_least","cumulative",THU)),
    # a 19-year-old is no child
    ("A drone attack on Odesa killed a 19-year-old girl, the regional governor said.",
     ("ua_other","civilians","killed",1,"exact","event",THU)),
    # a country speaks across ", however,"
    ("Moscow gave no figure. Ukraine, however, claims more than 5,800 Russian soldiers have been killed.",
     ("ua_mod","ru_military","killed",5800,"at_least","cumulative",THU)),
    # an attack with its attacker or its week after it is one incident, for soldiers too
    ("Kadyrov said 21 of his fighters had been killed in an artillery attack by Ukraine.",
     ("ru_other","ru_military","killed",21,"exact","event",THU)),
    # a name as a noun's modifier does not speak ("a Putin foot soldier")
    ("Kadyrov, who leads the republic of Chechnya, calls himself a Putin foot soldier and says 40 of his men were wounded.",
     ("ru_other","ru_military","wounded",40,"exact","cumulative",THU)),
    # "N of which it was able to shoot down"; Shaheds are drones; "shoot down", "downs" destroy
    ("The air force said Russia sent 70 drones overnight, 61 of which the air force was able to shoot down.",
     ("ua_mod","ru_military","uav",61,"exact","period",THU)),
    ("The air force said its units managed to shoot down all 31 Shaheds.", ("ua_mod","ru_military","uav",31,"exact","cumulative",THU)),
    ("Ukraine downs 26 of 30 drones launched overnight, air force says\nThe drones came from Kursk.",
     ("ua_mod","ru_military","uav",26,"exact","period",THU)),
    # a bare ministry that counts Ukrainian UAVs destroyed is Russia's
    ("Overnight, air defence systems destroyed 45 Ukrainian unmanned aerial vehicles (UAVs), the ministry said.",
     ("ru_mod","ua_military","uav",45,"exact","period",THU)),
    # a window right after a part's figure is the part's ("..., including 150 in the last 24 hours"); "its soldiers" are
    # the army that suffered them
    ("The General Staff estimates that the Russian army has suffered some 33,000 casualties among its soldiers, including 160 in the last 24 hours.",
     ("ua_mod","ru_military","casualties",33000,"approx","cumulative",THU)),
    ("The General Staff estimates that the Russian army has suffered some 33,000 casualties among its soldiers, including 160 in the last 24 hours.",
     ("ua_mod","ru_military","casualties",160,"exact","period",THU)),
    # "over the course of a single day", "between Sunday and Monday" are windows
    ("Ukraine's military counted 760 Russian losses over the course of a single day.",
     ("ua_mod","ru_military","casualties",760,"exact","period",THU)),
    ("The General Staff said Russia lost 700 military personnel between Sunday and Monday.",
     ("ua_mod","ru_military","casualties",700,"exact","period",date(2023, 6, 12))),
    # "In a report from the previous day" dates that report
    ("In a report from the previous day, the General Staff said Russia had 119,300 combat losses.",
     ("ua_mod","ru_military","casualties",119300,"exact","cumulative",date(2023, 6, 14))),
    # the subject of a clause of its own ("after the Ukrainian military invaded") does not speak; a Kursk prosecutor is Russian
    ("More than 300 residents of the Kursk region died after the Ukrainian military crossed into it, the region's prosecutor said.",
     ("ru_other","civilians","killed",300,"at_least","event",THU)),
    # ... but Ukraine's Donetsk region is no Russian place
    ("Most of the victims were in the Donetsk region, where 450 children were hurt, prosecutors said.",
     ("ua_prosecutor","children","wounded",450,"exact","event",THU)),
    # Ukraine's deputy defence minister speaks for the ministry (and "Malyar" is Maliar)
    ("Meanwhile, Ukraine's Deputy Defence Minister said that 4,500 Russian soldiers have died so far.",
     ("ua_mod","ru_military","killed",4500,"exact","cumulative",THU)),
    ("Hanna Malyar said 1,200 Russian soldiers were killed near Bakhmut last week.",
     ("ua_mod","ru_military","killed",1200,"exact","event",date(2023, 6, 11))),
    # "over the course of 2022" is that year's window; "weekly" is a rate; an agency's own count is the outlet's
    ("Ukrainian forces lost 118,500 troops over the course of 2022, the Russian Defence Ministry said.",
     ("ru_mod","ua_military","casualties",118500,"exact","period",date(2022, 12, 31))),
    ("The ministry's briefings indicate that Kyiv lost around 4,000 soldiers weekly in early 2023.", None),
    ("The failed push resulted in Ukraine losing about 2,500 more troops, Sputnik calculated on Wednesday.",
     ("other","ua_military","casualties",2500,"approx","cumulative",date(2023, 6, 14))),
    # "the national emergencies service"; a city government
    ("The death toll has risen to 31, the national emergencies service reported as rescuers searched the rubble in Dnipro.",
     ("ua_ses","civilians","killed",31,"exact","event",THU)),
    ("The Dnipro city government reported that at least 70 people were wounded in the strike.",
     ("ua_other","civilians","wounded",70,"at_least","event",THU)),
    # "sanitary losses" / "medical casualties" are the wounded; "The Washington Post" is no US body; "the occupation of
    # Kursk" ties a figure to a place
    ("Syrskyi said Russia's losses in Kursk had exceeded 55,000 troops, including 31,000 sanitary losses.",
     ("ua_mod","ru_military","wounded",31000,"exact","event",THU)),
    ("Over 80,000 Russian troops died or were wounded in the occupation of Kursk, Syrskyi told The Washington Post.",
     ("ua_mod","ru_military","casualties",80000,"at_least","event",THU)),
    # a fronted "Speaking at ..., X" and "putting ... at N": X speaks, not the source of the sentence before; where a
    # meeting took place is no place of the losses
    ("Ukrainian figures put Russian losses at 500,000. Speaking at the allied defence ministers' meeting in Germany, the US defence "
     "chief Lloyd Austin offered a smaller figure, putting Russian losses at 340,000 killed and wounded.",
     ("us_gov","ru_military","casualties",340000,"exact","cumulative",THU)),
    # "UK military intelligence"; a full stop with no space after a figure ends its sentence
    ("UK military intelligence said Russia's killed or wounded now stood at around 450,000.It is unclear how many were killed.",
     ("uk_gov","ru_military","casualties",450000,"approx","cumulative",THU)),
    # the incident told of before is the killer ("the strike has killed as many as 90"); a headline drops the article
    # ("killed in Russian strike on a drill"); the others injured with them are the same strike's
    ("Russia said the strike had killed up to 140 Ukrainian servicemen, among them 25 foreign trainers.",
     ("ru_mod","ua_military","killed",140,"at_most","event",THU)),
    ("Seven Ukrainian soldiers killed in Russian strike on firing range\nThe strike hit a range in the north.",
     ("other","ua_military","killed",7,"exact","event",THU)),
    ("A missile strike on a training ground killed five soldiers and injured at least 12 others on Tuesday, Ukraine's national guard said.",
     ("ua_other","ua_military","wounded",12,"at_least","event",THU)),
    # a killer does not speak for a trailing tag; a surname there is the official named before with his title
    ("Oleh Ivanenko, head of the regional military administration, spoke on Facebook. Since the invasion began, the Russian army "
     "has killed at least 1,500 civilians in the region, Ivanenko said.",
     ("ua_other","civilians","killed",1500,"at_least","event",THU)),
    # a month's abbreviation that begins a place name is no month ("one in Mar'yntsi")
    ("The governor said the Russians killed five residents of the region: three in Lyman and two in Mar’yntsi.",
     ("ua_other","civilians","killed",5,"exact","event",THU)),
    # "irreparable losses" are the dead, like "irretrievable" ones; "armored cars" are armoured vehicles
    ("Konashenkov said Ukraine's irreparable losses had reached 21,000 servicemen.",
     ("ru_mod","ua_military","killed",21000,"exact","cumulative",THU)),
    ("Konashenkov said 19 Ukrainian armored cars had been destroyed since the start of the operation.",
     ("ru_mod","ua_military","armored_vehicles",19,"exact","cumulative",THU)),
    # a model name in another script is no figure: "АМХ-10" (Cyrillic letters) leaves the count of 4 its tanks
    ("The Russian Defence Ministry said its artillery had hit 4 French-built АМХ-10 tanks near Vuhledar.",
     ("ru_mod","ua_military","tanks",4,"exact","event",THU)),
    # nationals hit by an attack are its victims, not an army
    ("Four Russians were wounded in the Bryansk region after Ukrainian drones attacked a bus, the governor said.",
     ("ru_other","civilians","wounded",4,"exact","event",THU)),
    # a title right before a name is that official, and a participle's subject is him
    ("Governor Roman Starovoit said a border village had been shelled, adding that a man was killed.",
     ("ru_other","civilians","killed",1,"exact","event",THU)),
    # "the liquidation of" is the killing of
    ("The Russian Defence Ministry announced the liquidation of more than 70 militants near Kreminna.",
     ("ru_mod","ua_military","killed",70,"at_least","event",THU)),
    # "another" after a toll verb, with no figure or noun of its own, is one more person
    ("A Russian drone killed a man and wounded another in Nikopol, the regional governor said.",
     ("ua_other","civilians","wounded",1,"exact","event",THU)),
    # a verb after the comma with its own object ("injured others") is not the figure's
    ("Russian shelling of Kupiansk killed at least three civilians, injured others and damaged a school, officials said.",
     ("ua_other","civilians","killed",3,"at_least","event",THU)),
    # beside a place Kyiv holds, a bare "Donetsk" in a digest of strikes is the region, and its officials are Ukrainian
    ("Two people were killed in Donetsk and five were injured, while a man was wounded in Kharkiv, officials said.",
     ("ua_other","civilians","killed",2,"exact","event",THU)),
    # "a daily high" is one day's figure, no rate; the sentence opens with whose losses
    ("Russian losses peaked in December, with a daily high of 1,870 troops lost, the General Staff said.",
     ("ua_mod","ru_military","casualties",1870,"exact","period",date(2022, 12, 31))),
    # "The day before, it gave ...": the statement of the day before, a total (no window, and one day back, not two)
    ("The General Staff said on Thursday that Russia had lost 12,000 soldiers. A day earlier, its tally of Russian casualties stood at over 11,500.",
     ("ua_mod","ru_military","casualties",11500,"at_least","cumulative",date(2023, 6, 14))),
    # a relative clause speaks for the country before it, not the source that tags the whole sentence
    ("Kyiv, which says it has downed 140 Russian helicopters, is still short of air defences, British intelligence said.",
     ("ua_mod","ru_military","helicopters",140,"exact","cumulative",THU)),
    # a group of forces and its press centre speak for the defence ministry
    ("Battlegroup Zapad spokesman Ivan Petrov said Ukraine lost up to 240 servicemen over the past day.",
     ("ru_mod","ua_military","casualties",240,"at_most","period",THU)),
    # a hyphen inside the rocket systems' name
    ("The General Staff said Russia had lost 14 multiple-launch rocket systems in the Kursk region since August.",
     ("ua_mod","ru_military","mlrs",14,"exact","event",THU)),
    # a pro-Kremlin outlet citing "the Defence Ministry" cites Moscow's
    ("The pro-Kremlin Izvestia daily, citing the Defence Ministry, reported on Monday that some 11,000 Russian soldiers had died.",
     ("ru_mod","ru_military","killed",11000,"approx","cumulative",date(2023, 6, 12))),
    # "since the attack began last month": the war's start, no window
    ("NATO believes that up to 12,000 Russian soldiers have died since the Kremlin's attack began last month.",
     ("other_gov","ru_military","killed",12000,"at_most","cumulative",THU)),
    # "A tank, ..." opening a list of the day's destroyed equipment is one tank
    ("\"Over the past day the enemy lost up to 140 servicemen. A tank, two armoured vehicles and three cars were destroyed,\" "
     "the Russian Defence Ministry said.",
     ("ru_mod","ua_military","tanks",1,"exact","period",THU)),
    # "service people" are soldiers; the commissioner for missing persons is a Ukrainian official
    ("Oleh Kotenko said 8,000 Ukrainian service people had been reported missing since February.",
     ("ua_other","ua_military","missing",8000,"exact","cumulative",THU)),
    # machines targeting "civilian infrastructure" are still the army's
    ("The General Staff said air defences shot down 31 Russian drones targeting civilian infrastructure overnight.",
     ("ua_mod","ru_military","uav",31,"exact","period",THU)),
    # the toll's subject with its loss participle, however long its modifiers, before "have reached"
    ("The Russian soldiers killed in the Ukrainian strike on a school building in Makiivka on New Year's night have reached 81, "
     "the Russian Defence Ministry said.", ("ru_mod","ru_military","killed",81,"exact","event",THU)),
    # the incident that opens the sentence kills its figure's people: one event, though "in total"
    ("The rocket attack carried out by Ukrainian forces using American launchers against troops housed in a college has killed "
     "45 Russian soldiers in all, the Defence Ministry in Moscow reported.", ("ru_mod","ru_military","killed",45,"exact","event",THU)),
    # "since the start of the escalation in February 2022": the war's start, no window
    ("The UN said that since the start of the large-scale war escalation in February 2022 over 650 children had died.",
     ("un","children","killed",650,"at_least","cumulative",THU)),
    # men in a civilian toll are civilians; "another ... man sustained wounds" is one more wounded
    ("Along with the deceased boy, two more men sustained injuries, the governor said.",
     ("ua_other","civilians","wounded",2,"exact","event",THU)),
    ("The governor said a drone hit a bus stop in Beryslav. Another 61-year-old man sustained shrapnel wounds.",
     ("ua_other","civilians","wounded",1,"exact","event",THU)),
    # "lost 71 soldiers and 210 were wounded": beside the wounded, the lost are the dead
    ("Shoigu said Russia lost 65 soldiers and 190 were wounded over the same period.",
     ("ru_mod","ru_military","killed",65,"exact","period",THU)),
    # "likely to have <done>" is an estimate of what has happened, not a forecast
    ("Britain's defence ministry said Moscow's casualties were likely to have passed 210,000.",
     ("uk_gov","ru_military","casualties",210000,"at_least","cumulative",THU)),
    # Ukraine's military intelligence is not Britain's Defence Intelligence
    ("The Defence Intelligence of Ukraine said some 3,400 Russian soldiers were killed near Vuhledar.",
     ("ua_mod","ru_military","killed",3400,"approx","event",THU)),
    # the owner of the losses noun, not a side named inside the window after it
    ("Shoigu claimed Kyiv's overall losses since the start of Russia's Kharkiv offensive were close to 250,000 troops.",
     ("ru_mod","ua_military","casualties",250000,"approx","period",THU)),
    ("Zelensky said Russian losses since Ukraine's counteroffensive began had reached 60,000 soldiers.",
     ("ua_president","ru_military","casualties",60000,"exact","period",THU)),
    # "has also lost": the loser named with an adverb still owns the list that goes on after it
    ("Ukraine has also lost up to 60 soldiers facing the Sever group and up to 75 soldiers facing the Dnepr group, Moscow's "
     "defence ministry said.", ("ru_mod","ua_military","casualties",75,"at_most","cumulative",THU)),
    # the loser right before the figure owns it, though a side is named later in the window ("since Russia's invasion")
    ("Ukraine has lost 38,000 troops on the battlefield since Russia's full-scale attack started, Zelensky has said.",
     ("ua_president","ua_military","casualties",38000,"exact","cumulative",THU)),
    # the verb after a long place phrase on the people noun
    ("At least five residents of the Russian-held Luhansk region in eastern Ukraine were killed in shelling on Thursday, "
     "Moscow-installed officials said.", ("ru_other","civilians","killed",5,"at_least","event",THU)),
    # two sides' statements set side by side in one sentence: each clause's bare officials are of its own place
    ("Shelling of Horlivka killed two people, a Russian-installed official said, while Russian drones striking Ukrainian "
     "towns killed at least three people, local officials said.", ("ua_other","civilians","killed",3,"at_least","event",THU)),
    # "Another N soldiers" after an army's toll are that army's, and a clause of where they were parts them from their fate
    ("Mediazona said it had identified 64 Russian soldiers killed in the strike on the barracks. Another 11 soldiers who were "
     "at the base that night in the occupied Ukrainian town are still missing.",
     ("independent","ru_military","missing",11,"exact","event",THU)),
    # a window named in an earlier sentence and referred back to holds to its end; the range's first day is not the
    # day of the statement that names it
    ("The UN monitoring mission issued its report covering 1 March - 31 May 2023. The mission recorded at least 512 "
     "civilians killed during the reporting period.", ("un","civilians","killed",512,"at_least","period",date(2023, 5, 31))),
    ("The UN human rights office published figures covering April 1 to May 31. It said 230 civilians were killed in that "
     "period.", ("un","civilians","killed",230,"exact","period",date(2023, 5, 31))),
    # a range whose low end has a thousands comma is no year: "between 2,000 and 3,500"
    ("The Pentagon said its best estimate was between 2,000 and 3,500 Russian fatalities.",
     ("us_gov","ru_military","killed",(2000, 3500),"range","cumulative",THU)),
    # a quote opening after a full stop belongs to the speaker who tags it, not to the sentence before; its own "I ...
    # suggest" names no one
    ("Russia is losing hundreds of troops every day, officials said. \"I would suggest the Russians have taken 60,000 "
     "casualties,\" Colin Kahl told reporters at the Pentagon.", ("us_gov","ru_military","casualties",60000,"exact","cumulative",THU)),
    # "it" with no body in its own sentence is the country the sentence before opens on, not the last speaker
    ("The CIA director put Russian dead at about 15,000. Moscow treats its war dead as a state secret and rarely updates its "
     "count. In late March it put the number of Russian soldiers killed at 1,351.",
     ("ru_mod","ru_military","killed",1351,"exact","cumulative",date(2023, 3, 31))),
    # bare "officials" after a group its own sentence named with that noun are that group
    ("According to British intelligence and defence officials, Russia has lost 4,000 soldiers near Bakhmut, officials said.",
     ("uk_gov","ru_military","casualties",4000,"exact","event",THU)),
    # "N more" in a sentence that names its own window and day is that day's figure, not the headline's
    ("Update\n\nGeneral Staff: Russia lost 980 soldiers in a day\n\nOver the past day, June 13, Ukraine's forces killed or "
     "wounded about 980 more Russian soldiers, the General Staff said.",
     ("ua_mod","ru_military","casualties",980,"approx","period",date(2023, 6, 13))),
    # a wire dateline a day before publication is the report's day: its "overnight" toll holds on that day
    ("KYIV, June 14 (Reuters) - A missile strike on Kryvyi Rih overnight killed at least 11 people, the regional governor said.",
     ("ua_other","civilians","killed",11,"at_least","event",date(2023, 6, 14))),
    # ... but a dateline days older than the publication is a story written before it was posted: the publication day
    ("KYIV, June 9 (Reuters) - A missile strike on Kryvyi Rih overnight killed at least 11 people, the regional governor said.",
     ("ua_other","civilians","killed",11,"at_least","event",THU)),
    # "has cost <side> N soldiers": that side's losses
    ("Zelensky said the fight for the city had cost Russia more than 16,000 troops.",
     ("ua_president","ru_military","casualties",16000,"at_least","event",THU)),
    ("Shoigu said the summer offensive had cost Ukraine 43,000 soldiers.",
     ("ru_mod","ua_military","casualties",43000,"exact","period",THU)),  # (an operation's losses are its window, as the gold labels them)
    # the agent of a passive estimate named after the figure speaks
    ("The number of Russian soldiers killed is estimated at 90,000 by American officials.",
     ("us_gov","ru_military","killed",90000,"exact","cumulative",THU)),
    # "deaths now number N": the count's own verb
    ("Civilian deaths now number 9,200, the UN human rights office said.",
     ("un","civilians","killed",9200,"exact","cumulative",THU)),
    # "It now stands at N" after a toll: the count named in the sentence before
    ("The death toll from the strike on the Dnipro apartment block has climbed again. It now stands at 46, the governor said.",
     ("ua_other","civilians","killed",46,"exact","event",THU)),
    # "estimate them at around N": "at around" is the qualifier, and "them" the losses named before
    ("Kyiv's own losses are kept secret. Western officials estimate them at around 70,000.",
     ("other_gov","ua_military","casualties",70000,"approx","cumulative",THU)),
    # a loss word in an aside ("including the wounded") does not govern the figure after it
    ("The Ukrainian president said the total of Russian casualties, including the wounded, was about 450,000.",
     ("ua_president","ru_military","casualties",450000,"approx","cumulative",THU)),
    # a body's bare "figure" as a modifier names the source ("the UN figure"; "Zelensky's figure" is most often one disputed)
    ("The UN figure for the war so far is 11,500 civilians killed.", ("un","civilians","killed",11500,"exact","cumulative",THU)),
    # a tag's "its president" / "according to its defence ministry": the country its own sentence opens on
    ("Ukraine has lost 43,000 soldiers, its president said.", ("ua_president","ua_military","casualties",43000,"exact","cumulative",THU)),
    ("Russia lost 5,937 soldiers, according to its defence ministry.", ("ru_mod","ru_military","casualties",5937,"exact","cumulative",THU)),
    # a country that hides its own losses names whose losses the other side's figure counts
    ("Russia has never disclosed its military losses, but Kyiv says 350,000 have died.",
     ("ua_mod","ru_military","killed",350000,"exact","cumulative",THU)),
    # ... but not the speaker's own loss told after it
    ("Russia has not disclosed its losses, but Kyiv says it has lost 31,000 soldiers.",
     ("ua_mod","ua_military","casualties",31000,"exact","cumulative",THU)),
    # a source set off by commas parts no clause: the count before it governs the figure after it
    ("The number of civilian casualties, according to the UN, came to 310 people.",
     ("un","civilians","casualties",310,"exact","cumulative",THU)),
    # "the Russian ministry of health" is a Russian body
    ("The Russian ministry of health said 20 civilians were wounded in Belgorod.", ("ru_other","civilians","wounded",20,"exact","event",THU)),
    # a title after a Russian-side body's possessive is that body's official ("the DPR's ombudsman"), not Ukraine's
    ("Since January, 38 civilians have been killed by Ukrainian fire, the DPR's ombudsman said.",
     ("ru_other","civilians","killed",38,"exact","period",THU)),
    # men an army lost are its soldiers, also when a local official says so
    ("Vladimir Saldo, the Russian-installed governor, said Ukrainian forces had lost up to 1,500 men.",
     ("ru_other","ua_military","casualties",1500,"at_most","cumulative",THU)),
    # a refutation and then a claim of one's own, joined by "and": the second verb asserts
    ("Shoigu called Kyiv's figures propaganda and said Ukraine had lost 16,000.",
     ("ru_mod","ua_military","casualties",16000,"exact","cumulative",THU)),
    # a bare figure after "our losses are much lower,": the speaker's own losses
    ('Zelensky said: "Russia has lost 170,000 soldiers. Our losses are far smaller, 28,000."',
     ("ua_president","ua_military","casualties",28000,"exact","cumulative",THU)),
    # bloggers named by the army they write about are not that army speaking
    ("Russian military bloggers said about 150 soldiers had died.", ("other","ru_military","killed",150,"approx","cumulative",THU)),
    # a toll with children among its dead and no army word counts residents
    ("Among the 19 killed were four children, the police said.", ("ua_other","civilians","killed",19,"exact","cumulative",THU)),
    # a running total whose words hold a possessive: "the toll from Saturday's strike"
    ("Two more people died of their injuries, bringing the toll from Sunday's missile strike to 23, the governor said.",
     ("ua_other","civilians","killed",23,"exact","event",THU)),
    # "300 others hurt after its artillery hit ...": a loss word of the figure's own before a weapon noun, after "others"
    ("Kyiv said 400 Russian soldiers were killed and 300 others hurt after its artillery hit a base.",
     ("ua_mod","ru_military","wounded",300,"exact","event",THU)),
    # "killed 3 and injured 12": the verb after "and" is the next figure's, as after a comma
    ("The drone strike killed 2 and injured 14 others, the governor said.", ("ua_other","civilians","killed",2,"exact","event",THU)),
    # a running total whose window names a dated day ("since February 24, 2022 to"): the count of the figure before it
    ("Ukraine's forces killed 1,090 Russian soldiers over the past day, bringing the total since February 24, 2022 to 497,560, "
     "the General Staff said.", ("ua_mod","ru_military","killed",497560,"exact","cumulative",THU)),
    # a loss word of the figure's own before a weapon noun: the figure counts people
    ("Four killed as drones hit Sumy, governor says", ("ua_other","civilians","killed",4,"exact","event",THU)),
    # "repelled Ukrainian attacks, killing N": whoever repelled them killed, not the attackers
    ("Moscow says it repelled Ukrainian attacks near Robotyne, killing 310 soldiers",
     ("ru_mod","ua_military","killed",310,"exact","event",THU)),
    # an aside between the speaker and the verb; the name after the verb is the reported clause's subject
    ("Britain's Ministry of Defence, in its latest intelligence update, said Wagner had probably lost 25,000 fighters.",
     ("uk_gov","ru_military","casualties",25000,"exact","cumulative",THU)),
    # "including the wounded" with no noun of the figure's own: the dead and the wounded together
    ("The Ukrainian president said Russia had lost 170,000 soldiers killed and some 480,000 in all including the wounded.",
     ("ua_president","ru_military","casualties",480000,"approx","cumulative",THU)),
    ("He said Russia had lost around 480,000 counting the wounded.", ("other","ru_military","casualties",480000,"approx","cumulative",THU)),
    # "figures provided by Moscow, according to which ...": Moscow speaks
    ("These numbers differ from those provided by Moscow, according to which just over 5,900 Russian soldiers died.",
     ("ru_mod","ru_military","killed",5900,"at_least","cumulative",THU)),
    # "military" before a machine noun names whose machines they are; the army does not speak
    ("Ukraine destroyed 40 Russian military vehicles near Kupiansk, the General Staff said.",
     ("ua_mod","ru_military","vehicles",40,"exact","event",THU)),
    ("Ukrainian forces destroyed 12 Russian army vehicles near Bakhmut, Kyiv said.",
     ("ua_mod","ru_military","vehicles",12,"exact","event",THU)),
    # "N of them tanks" inside an armoured total: another kind of machine, a claim as after "including"
    ("British officials say Russia has lost over 2,100 armoured vehicles, at least 580 of them tanks.",
     ("uk_gov","ru_military","tanks",580,"at_least","cumulative",THU)),
    # "is likely to exceed N" estimates the present (the number reader takes "exceed" as the qualifier)
    ("The number of Russian soldiers killed, wounded or deserted is likely to exceed 90,000, Heappey said.",
     ("uk_gov","ru_military","casualties",90000,"at_least","cumulative",THU)),
    # prisoners with no side of their own are those the text says were taken ("Ukrainian troops who surrendered")
    ("Separatists said they held 1,700 Ukrainian troops who had surrendered. The DPR's leader said 40 prisoners were killed and "
     "60 wounded in the shelling of the camp.", ("ru_other","ua_military","killed",40,"exact","event",THU)),
    # "since the start of the fighting there" is that place's fighting, not the war's
    ("Moscow said Kyiv had lost 3,900 soldiers in the Kursk region since the start of the fighting there.",
     ("ru_mod","ua_military","casualties",3900,"exact","event",THU)),
    # the statement's day before the figure, the window's month after it: the window dates the figure
    ("The Chechen leader said on Wednesday that 31 of his fighters had been killed in May.",
     ("ru_other","ru_military","killed",31,"exact","period",date(2023, 5, 31))),
    # a count the speaker has not changed is still its count, and its own dead
    ("Moscow has not updated its official death toll of 6,100 since the autumn.",
     ("ru_mod","ru_military","killed",6100,"exact","cumulative",THU)),
    ("Kyiv said its losses stood at 43,000.", ("ua_mod","ua_military","casualties",43000,"exact","cumulative",THU)),
    # a running total after a day's figure holds for the war, not for that day
    ("Kyiv said Russia had lost 1,100 soldiers over the day, raising its losses to 530,000.",
     ("ua_mod","ru_military","casualties",530000,"exact","cumulative",THU)),
    # a side fronted with no comma before a pronoun subject
    ("The Economist puts Russian deaths at 120,000. For Ukraine we estimate 50,000 to 90,000 dead.",
     ("independent","ua_military","killed",(50000,90000),"range","cumulative",THU)),
    # "their" beside "I" or "we" in a quote is the other side's
    ('Asked about the battle, Zelensky said: "I believe more than 80,000 of their soldiers were killed or wounded there."',
     ("ua_president","ru_military","casualties",80000,"at_least","event",THU)),
    # the verb and noun left out after the second side: that side lost the second figure
    ("Ukraine has lost 43,000 soldiers and Russia about 200,000, Zelensky said.",
     ("ua_president","ru_military","casualties",200000,"approx","cumulative",THU)),
    ("Open-source counts show Russia lost 3,100 tanks and Ukraine 850 tanks.", ("other","ua_military","tanks",850,"exact","cumulative",THU)),
    # each machine's own nationality after a list's first item
    ("Analysts have documented the loss of 3,100 Russian tanks and 850 Ukrainian tanks.",
     ("other","ua_military","tanks",850,"exact","cumulative",THU)),
    # a month as the subject of "saw" is the window
    ("May saw 181 civilians killed and 700 injured, the UN monitors said.", ("un","civilians","killed",181,"exact","period",date(2023, 5, 31))),
    # where the speaker spoke is no place of the figure
    ("Speaking in Kyiv on Monday, Zelensky put Russian losses at 190,000 dead.",
     ("ua_president","ru_military","killed",190000,"exact","cumulative",date(2023, 6, 12))),
    # "Russia's last official update" is Russia's count, and "its death toll" its own
    ("Russia's last official update, given in the autumn, put its death toll at 6,100.",
     ("ru_mod","ru_military","killed",6100,"exact","cumulative",THU)),
    # an earlier figure after "up from the": the same count as it was reported that day
    ("The ministry said on Tuesday that 92 soldiers were killed in the strike on the barracks, up from the 67 it had reported on Monday.",
     ("other","ru_military","killed",67,"exact","event",date(2023, 6, 12))),
    # "a day earlier" says when, not how often
    ("The EU chief said a day earlier that more than 90,000 Ukrainian soldiers had been killed.",
     ("other_gov","ua_military","killed",90000,"at_least","cumulative",date(2023, 6, 14))),
    # officers are soldiers; police officers are not
    ("Podolyak said Russia had lost 90,000 dead. Von der Leyen said more than 100,000 Ukrainian officers had been killed.",
     ("other_gov","ua_military","killed",100000,"at_least","cumulative",THU)),
    ("Two police officers were killed in the shelling of Kherson, the governor said.", None),  # (a group outside the rules, as before)
    # a counteroffensive named by its owner, and a season, are windows
    ("Moscow said Ukraine had lost more than 60,000 troops during its counteroffensive.",
     ("ru_mod","ua_military","casualties",60000,"at_least","period",THU)),
    ("Over the summer alone, Russia lost about 40,000 soldiers, Syrskyi said.", ("ua_mod","ru_military","casualties",40000,"approx","period",THU)),
    # a fact box's source in parentheses after the figure; "General Staff" after a figure is no staff of civilians
    ("Russian personnel losses stand at 520,000 (General Staff).", ("ua_mod","ru_military","casualties",520000,"exact","cumulative",THU)),
    ("Civilians killed: 9,300 (UN)", ("un","civilians","killed",9300,"exact","cumulative",THU)),
    ("Five people were killed in Kharkiv (Reuters).", ("other","civilians","killed",5,"exact","event",THU)),
    # "(two of them children)": the children inside the aside are a claim of their own
    ("Shelling killed 27 people (three of them children), the governor said.", ("ua_other","children","killed",3,"exact","event",THU)),
    # an unnamed European or Western official is another government's
    ("A European intelligence official said Russian deaths had passed 120,000.",
     ("other_gov","ru_military","killed",120000,"at_least","cumulative",THU)),
    # an aside on the first place between two places' figures
    ("Officials said five people were killed in Kharkiv, where a missile struck a hotel, and three in Kramatorsk.",
     ("ua_other","civilians","killed",3,"exact","event",THU)),
    # a place's battle, front or incursion named by the place; an occupied town; "defending <place>"
    ("Russia lost 11,000 troops in the Bakhmut meat grinder, Kyiv said.", ("ua_mod","ru_military","casualties",11000,"exact","event",THU)),
    ("Russia lost 450 soldiers on the Zaporizhzhia front, Kyiv said.", ("ua_mod","ru_military","casualties",450,"exact","event",THU)),
    ("Ukraine has lost 40,000 soldiers in its Kursk adventure, Putin said.", ("ru_kremlin","ua_military","casualties",40000,"exact","event",THU)),
    ("Kyiv said 70 Russian soldiers died in occupied Melitopol.", ("ua_mod","ru_military","killed",70,"exact","event",THU)),
    ("Kyiv said Russia lost 350 soldiers storming Avdiivka.", ("ua_mod","ru_military","casualties",350,"exact","event",THU)),
    ("Moscow said Ukraine lost 9,000 soldiers in eastern Ukraine.", ("ru_mod","ua_military","casualties",9000,"exact","cumulative",THU)),
    # one incident told by a clause: a strike on "their" base, an attempt to cross, a holiday's strike
    ("Ukraine said 180 Russian soldiers were killed when rockets hit their base.", ("ua_mod","ru_military","killed",180,"exact","event",THU)),
    ("Kyiv said 45 Russian troops were killed as they tried to cross the river.", ("ua_mod","ru_military","killed",45,"exact","event",THU)),
    ("Moscow said Ukraine lost 280 men trying to cross the Dnipro.", ("ru_mod","ua_military","casualties",280,"exact","event",THU)),
    ("Kyiv said 900 Russian troops were killed in a failed river crossing.", ("ua_mod","ru_military","killed",900,"exact","event",THU)),
    ("Russia says 89 soldiers died in the New Year's strike.", ("ru_mod","ru_military","killed",89,"exact","event",THU)),
    # "as of" a day dates the figure over the statement's day
    ("The UN said on Monday that 9,100 civilians had been killed as of Sunday.",
     ("un","civilians","killed",9100,"exact","cumulative",date(2023, 6, 11))),
    # a window that dates a release is no window of the figure (it dates the count: the weekend's Sunday)
    ("In data published over the weekend, the UN counted 9,100 civilians killed.",
     ("un","civilians","killed",9100,"exact","cumulative",date(2023,6,11))),
    # a nationality with its noun left out; two figures sharing the noun phrase after the second share whose it is
    ("The ratio is about one to seven: 21,000 Ukrainian dead and 150,000 Russian, according to Kyiv.",
     ("ua_mod","ru_military","killed",150000,"exact","cumulative",THU)),
    ("Kyiv says 210 Russian and 45 Ukrainian soldiers died.", ("ua_mod","ru_military","killed",210,"exact","cumulative",THU)),
    ("Russian forces accounted for more than 420 and 90 Ukrainian troops killed.", ("other","ua_military","killed",420,"at_least","cumulative",THU)),
    # the part of a count that is no loss (recruits, troops sent) which died is a toll of its own
    ("Wagner recruited 50,000 prisoners, and 10,000 of them died, Prigozhin said.",
     ("ru_other","ru_military","killed",10000,"exact","cumulative",THU)),
    # "killed or maimed" is the dead with the wounded
    ("Kyiv said 210,000 Russian soldiers had been killed or maimed.", ("ua_mod","ru_military","casualties",210000,"exact","cumulative",THU)),
    # a window of two months ends with the later; "since New Year" is a window
    ("Russia lost 45,000 troops in April and in May, Kyiv said.", ("ua_mod","ru_military","casualties",45000,"exact","period",date(2023, 5, 31))),
    ("Since New Year, Russia has lost 70,000 troops, Kyiv said.", ("ua_mod","ru_military","casualties",70000,"exact","period",THU)),
    # a verbless "N of them <noun>" aside between a toll's noun and its verb, like an "including" aside
    ("Across the region, 412 civilians, 31 of them children, have died, the governor said.",
     ("ua_other","civilians","killed",412,"exact","event",THU)),
    ("Across the region, 412 civilians, 31 of whom were children, have died, the governor said.",
     ("ua_other","children","killed",31,"exact","event",THU)),
    # a side's possessive on a bare "killed" / "wounded" / "killed in action" names whose they are
    ("Moscow's dead are put at 20,000 by the memo. It estimates Ukraine's killed in action at 8,200.",
     ("other","ua_military","killed",8200,"exact","cumulative",THU)),
    ("Moscow's dead are put at 20,000 by the memo. It puts Ukraine's wounded at 19,000.",
     ("other","ua_military","wounded",19000,"exact","cumulative",THU)),
    # a month the sentence is about is the figure's window
    ("March was the costliest month so far, with 26,400 Russian troops killed or wounded, Kyiv said.",
     ("ua_mod","ru_military","casualties",26400,"exact","period",date(2023, 3, 31))),
    # "combined" over the war's years or months is no sum of both armies
    ("Russia has lost 74,000 soldiers, more than in ten years of war combined, Kyiv said.",
     ("ua_mod","ru_military","casualties",74000,"exact","cumulative",THU)),
    # the side word on a figure's own noun beats a side named earlier in the sentence
    ("Oryx has documented 3,100 Ukrainian soldiers captured, while Meduza counts 41,000 Russian dead.",
     ("independent","ru_military","killed",41000,"exact","cumulative",THU)),
    # a rights group is a speaker of its own: a source after a semicolon does not take its figure
    ("Amnesty International says at least 600 civilians died in the theatre strike; the city council puts it at 300.",
     ("other","civilians","killed",600,"at_least","event",THU)),
    # "along with N civilians" after a toll shares its verb
    ("The separatist leader said 2,100 fighters of the militia had been killed since the beginning of the year, along with 390 civilians.",
     ("ru_other","civilians","killed",390,"exact","period",THU)),
    # a speaker's own force named by a possessive ("his group's losses", "his own losses") is the speaker's side
    ("The Wagner founder put his fighters' losses in the fighting at some 17,000.",
     ("ru_other","ru_military","casualties",17000,"approx","cumulative",THU)),
    ("Kadyrov put his own losses at 270 men.", ("ru_other","ru_military","casualties",270,"exact","cumulative",THU)),
    # people shot at by an army are no soldiers of that army; an embassy speaks for its government
    ("Eight people queuing for water were killed in Izium when Russian troops opened fire, the U.S. Embassy said.",
     ("us_gov","civilians","killed",8,"exact","event",THU)),
    # "among the deadliest months ..., with N killed": that month's window
    ("May was one of the deadliest months of the year for civilians, with 174 killed, the UN said.",
     ("un","civilians","killed",174,"exact","period",date(2023, 5, 31))),
    # a dateline with no agency ("CITY, Month Day - ") is the report's day too
    ("KHARKIV, June 14 - A glide bomb hit a market overnight, killing at least 6 people, the regional governor said.",
     ("ua_other","civilians","killed",6,"at_least","event",date(2023, 6, 14))),
    # an equipment figure after a total does not take the window or place of a part named in an aside before it
    ("Kyiv said Russia had lost 41,000 troops in total, including 320 in the past day, along with 1,700 tanks.",
     ("ua_mod","ru_military","tanks",1700,"exact","cumulative",THU)),
    ("Moscow said its air defences destroyed 38 Ukrainian drones during the night, including 11 over the Kursk region.",
     ("ru_mod","ua_military","uav",38,"exact","period",THU)),
    # a month after a figure given as a statement's count dates the statement: the count is cumulative
    ("Moscow last gave its own toll, of 1,351 dead, in March.", ("ru_mod","ru_military","killed",1351,"exact","cumulative",date(2023, 3, 31))),
    # an army's losses before "are put at" are no speaker: the sentence's source carries on
    ("Citing US officials, the paper said 190,000 troops had been killed or wounded. Russian military deaths are put at up to 95,000.",
     ("us_gov","ru_military","killed",95000,"at_most","cumulative",THU)),
    ("Citing US officials, the paper said 190,000 troops had been killed or wounded. Ukraine's military losses are put at 60,000.",
     ("us_gov","ua_military","casualties",60000,"exact","cumulative",THU)),
    # Western vehicles and guns by their model names, plural or one in a list
    ("Moscow said Ukraine had lost 14 Bradleys near Avdiivka.", ("ru_mod","ua_military","armored_vehicles",14,"exact","event",THU)),
    ("Moscow said Ukraine had lost 6 M777s and 2 Caesars.", ("ru_mod","ua_military","artillery",6,"exact","cumulative",THU)),
    ("Moscow said the enemy lost up to 60 servicemen, two pickups and a US-made Stryker.",
     ("ru_mod","ua_military","armored_vehicles",1,"exact","cumulative",THU)),
    # the source of a contrasted clause after a figure ("..., while X said N") is not the figure's source
    ("The mayor said the floods had killed nine people. By Sunday the toll had risen to 14, while occupation officials said 22 had died.",
     ("ua_other","civilians","killed",14,"exact","event",date(2023, 6, 11))),
    ("The mayor said the floods had killed nine people. By Sunday the toll had risen to 14, while occupation officials said 22 had died.",
     ("ru_other","civilians","killed",22,"exact","event",date(2023, 6, 11))),
    # ... but a tag closing the sentence speaks for both clauses
    ("Russia has lost 90,000 soldiers so far, while Ukraine has lost 60,000, according to Norway's defence chief.",
     ("other_gov","ru_military","casualties",90000,"exact","cumulative",THU)),
    # a side's "toll" in a story of a disaster's civilian dead is that side's civilians (and the dam's breach is one incident)
    ("The dam breach killed seven residents, officials said. The Ukrainian toll later rose to 12.",
     ("ua_other","civilians","killed",12,"exact","event",THU)),
    # drones or missiles shot down out of an attack with no window: that attack's count
    ("The air force said Russia attacked with 52 drones, 47 of which were shot down.", ("ua_mod","ru_military","uav",47,"exact","event",THU)),
    ("The air force said it shot down 30 of the 38 cruise missiles Russia fired.", ("ua_mod","ru_military","cruise_missiles",30,"exact","event",THU)),
    # "fighters" are people, whose verb may stand ten words on ("531 Ukrainian fighters holed up in ... had surrendered"),
    # unless they were shot down
    ("Moscow said the last 260 Ukrainian fighters holed up in the steel plant had surrendered.",
     ("ru_mod","ua_military","captured",260,"exact","cumulative",THU)),
    ("Kyiv said its air defences had shot down 9 Russian fighters last month.", ("ua_mod","ru_military","aircraft",9,"exact","period",date(2023, 5, 31))),
    # a definite toll that has risen, right after an incident's civilian toll, is that incident's
    ("A missile hit a railway station in Kramatorsk, killing 39 people, the governor said. Later the toll rose to 52.",
     ("ua_other","civilians","killed",52,"exact","event",THU)),
    ("A missile hit a railway station in Kramatorsk, killing 39 people, the governor said. Officials later raised the toll to 52.",
     ("ua_other","civilians","killed",52,"exact","event",THU)),
    # prisoners "being held" in or by a side are captives
    ("Russia's ombudsman said about 1,300 Russian servicemen were being held in Ukraine.",
     ("ru_other","ru_military","captured",1300,"approx","cumulative",THU)),
    # the military abbreviations for wounded and missing in action
    ("Kyiv said 900 Russian soldiers were KIA and 2,100 WIA near Vuhledar.", ("ua_mod","ru_military","wounded",2100,"exact","event",THU)),
    ("Kyiv said 400 Ukrainian soldiers were MIA.", ("ua_mod","ua_military","missing",400,"exact","cumulative",THU)),
    # a share of a civilian toll set off by a comma ("60% of them in Donetsk") puts no place on the whole; nor does a place
    # past a semicolon
    ("The UN said 10,500 civilians had been killed, 60% of them in Donetsk and Luhansk.",
     ("un","civilians","killed",10500,"exact","cumulative",THU)),
    ("The UN counted 520 children killed; the highest number, 140, was in Donetsk region.",
     ("un","children","killed",520,"exact","cumulative",THU)),
    # a source whose data the sentence cites is not what "it said" points to; an adverb between "has" and "lost" still
    # makes the country the loser, not the "it" that adds
    ("The UK defence ministry said Russia lost 1,100 soldiers a day in May. The figure is based on Ukrainian General Staff "
     "data, it said. The ministry estimated that Russia had suffered around 500,000 casualties.",
     ("uk_gov","ru_military","casualties",500000,"approx","cumulative",THU)),
    ("The UK defence ministry published its update. Russia has almost certainly lost more than 3,000 tanks, it added.",
     ("uk_gov","ru_military","tanks",3000,"at_least","cumulative",THU)),
    # a share set off after the figure ("about a third of them in 2023", "most of them near Avdiivka") keeps its window and
    # place to itself
    ("London said Russia had lost more than 3,000 tanks, about a third of them in 2022.",
     ("uk_gov","ru_military","tanks",3000,"at_least","cumulative",THU)),
    ("Kyiv said Russia had lost 40,000 troops in May, most of them near Avdiivka.",
     ("ua_mod","ru_military","casualties",40000,"exact","period",date(2023, 5, 31))),
    # "put the toll at N": the toll is the dead
    ("The UN put the toll at 9,200.", ("un","civilians","killed",9200,"exact","cumulative",THU)),
    # a day word before a short speaker and its verb dates the statement, not a window of the figure ("last week": its Sunday)
    ("Last week the UN said 9,200 civilians had died.", ("un","civilians","killed",9200,"exact","cumulative",date(2023, 6, 11))),
    # a figure that puts a number on a vague count before it ("tens of thousands of soldiers, perhaps 200,000")
    ("Kyiv said Russia had lost tens of thousands of soldiers, perhaps 180,000.", ("ua_mod","ru_military","casualties",180000,"approx","cumulative",THU)),
    ("Kyiv said Russia had lost a huge number of soldiers, maybe 180,000.", ("ua_mod","ru_military","casualties",180000,"approx","cumulative",THU)),
    # Moscow's words for Ukraine's army ("armed formations of Ukraine", "AFU", "Kyiv regime") make a bare ministry Russia's
    ("Over the past day, the losses of the armed formations of Ukraine amounted to up to 470 servicemen, the ministry said.",
     ("ru_mod","ua_military","casualties",470,"at_most","period",THU)),
    # "the executions of N POWs": the captives' deaths
    ("The UN said it had documented the executions of 64 Ukrainian POWs.", ("un","ua_military","killed",64,"exact","cumulative",THU)),
    # losses "including (the) wounded" are the dead and the wounded together
    ("Zelensky said Russia's overall losses including wounded stood at about 270,000.",
     ("ua_president","ru_military","casualties",270000,"approx","cumulative",THU)),
    # the verb of a figure's noun phrase past a long modifier, and the place after that verb
    ("The Russian defence ministry said 640 fighters of the Azov regiment holed up in the tunnels of the plant had surrendered over the "
     "past day.", ("ru_mod","ua_military","captured",640,"exact","period",THU)),
    ("Moscow said 265 Ukrainian marines, including 51 wounded, had laid down their weapons and surrendered at the Azovstal plant.",
     ("ru_mod","ua_military","captured",265,"exact","event",THU)),
    ("Gladkov said 11 residents of the border village shelled by Ukrainian artillery on Monday morning were injured.",
     ("ru_other","civilians","wounded",11,"exact","event",THU)),  # (the attack's day is not the toll's)
    # "since start of war" with no article is the whole war, whatever year the war began in
    ("The UN said 12,300 civilians had been killed since start of the full-scale war in 2022.",
     ("un","civilians","killed",12300,"exact","cumulative",THU)),
    # children as the share of a toll, written before the figures or after the total
    ("The UN said children accounted for 14 of those killed and 97 of the injured in May.",
     ("un","children","wounded",97,"exact","period",date(2023, 5, 31))),
    ("At least 23 of the 118 people killed in the strikes on Kharkiv were children, the UN said.",
     ("un","children","killed",23,"at_least","event",THU)),
    ("At least 23 of the 118 people killed in the strikes on Kharkiv were children, the UN said.",
     ("un","civilians","killed",118,"exact","event",THU)),
    ("Children made up nearly 40 of the 205 people killed in the city, the UN said.", ("un","children","killed",40,"approx","event",THU)),
    # a source set off by commas between the count and its verb names the claimant and parts nothing
    ("Kyiv's own count of children killed, kept by the Prosecutor General's Office, stands at 548.",
     ("ua_prosecutor","children","killed",548,"exact","cumulative",THU)),
    ("The number of children wounded, according to the prosecutors, has reached 1,120.",
     ("ua_prosecutor","children","wounded",1120,"exact","cumulative",THU)),
    # "They range between ...": the count the paragraph named, two sentences back across a quote's tag
    ("Arestovych said Ukraine's military death toll was far below what Moscow claims. \"We have the General Staff's "
     "figures,\" he said. \"They range between 9,000 and 11,000 killed.\"",
     ("ua_presidential_office","ua_military","killed",(9000, 11000),"range","cumulative",THU)),
    # a statement told of as another one does not take the day of the same side's statement before it
    ("Ukraine's army chief announced the withdrawal from the town on Tuesday. The General Staff said separately that its forces "
     "had destroyed 14 Russian tanks across the front.", ("ua_mod","ru_military","tanks",14,"exact","cumulative",THU)),
    # the incident phrase that ends a noun phrase before its verb; the agent of a source verb; the denier's "its"
    ("Kyiv's claim of 250 Russian soldiers killed in the strike was not confirmed.", ("ua_mod","ru_military","killed",250,"exact","event",THU)),
    ("The figure of 1,800 killed, claimed by Kyiv, could not be checked.", ("ua_mod","ru_military","killed",1800,"exact","cumulative",THU)),
    ("Moscow denied Ukrainian claims that 300 of its soldiers had been killed near Soledar.",
     ("ua_mod","ru_military","killed",300,"exact","event",THU)),
    # a place of another source's clause, before a semicolon or ", while", is not the place of the figure after it
    ("In Mariupol, city officials said 2,400 civilians had been killed; the UN said it had confirmed 816 civilian deaths.",
     ("un","civilians","killed",816,"exact","cumulative",THU)),
    ("City officials said 2,400 civilians had been killed in Mariupol, while the UN said it had confirmed 816 civilian deaths.",
     ("un","civilians","killed",816,"exact","cumulative",THU)),
    ("City officials said 2,400 civilians had been killed in Mariupol, while the UN said it had confirmed 816 civilian deaths.",
     ("ua_other","civilians","killed",2400,"exact","event",THU)),
    # the day a report was said to come out ("last week") dates no running total of a month's report, whose month does
    ("May saw 174 civilians killed, the UN's monitors reported last week, bringing the total since February 2022 to 9,083 killed.",
     ("un","civilians","killed",9083,"exact","cumulative",date(2023, 5, 31))),
    # a rate of the first verb is not the second's ("averaged 1,200 a day and totalled 8,400"), under the opening's window
    ("In the week ending June 11, Russian losses averaged 1,200 a day and totalled 8,400, Kyiv said.",
     ("ua_mod","ru_military","casualties",8400,"exact","period",date(2023, 6, 11))),
    # a side's possessive standing for the count left out after it: "Russian casualties numbered 180,000 and Ukraine's 100,000"
    ("Norway's defence chief estimated that Russian casualties numbered 180,000 and Ukraine's 100,000.",
     ("other_gov","ua_military","casualties",100000,"exact","cumulative",THU)),
    # "in this war" is the whole war; where the speaker spoke, in an aside, is no place of the figure
    ("\"28,000 Ukrainian servicemen have been killed in this war,\" Zelensky told a news conference in Kyiv.",
     ("ua_president","ua_military","killed",28000,"exact","cumulative",THU)),
    ("Zelensky, speaking at a forum in Kyiv, put the number of Ukrainian soldiers killed at 28,000.",
     ("ua_president","ua_military","killed",28000,"exact","cumulative",THU)),
    # deputy ministers speak for their ministries: defence for the army, foreign affairs for the other officials
    ("Russia's deputy foreign minister said 4,000 foreign mercenaries had been killed.",
     ("ru_other","ua_military","killed",4000,"exact","cumulative",THU)),
    ("Russian Deputy Defence Minister said 4,000 foreign mercenaries had been killed.", ("ru_mod","ua_military","killed",4000,"exact","cumulative",THU)),
    # the office a title names, for a minister who later moved to defence: the prime minister speaks for the government
    ("Prime Minister Denys Shmyhal said 930 civilians had been killed since the invasion began.",
     ("ua_other","civilians","killed",930,"exact","cumulative",THU)),
    # officers among a total of soldiers killed: the total is the figure; a failed crossing is one incident
    ("Four of the 13 soldiers killed were officers, the General Staff said.", ("ua_mod","ru_military","killed",13,"exact","cumulative",THU)),
    ("Some 2,000-3,000 Russian troops were killed in the failed crossing, Kyiv said.",
     ("ua_mod","ru_military","killed",(2000, 3000),"range","event",THU)),
    # a loss word as a figure's label ("killed – 5, injured – 17"); a source in parentheses after the loss word
    ("Over the past day in the Kharkiv region: killed – 4, injured – 19, the regional administration said.",
     ("ua_other","civilians","killed",4,"exact","event",THU)),
    ("Civilian casualties in May: 121 killed, 476 injured (UN HRMMU).", ("un","civilians","wounded",476,"exact","period",date(2023, 5, 31))),
    # a police chief speaks for the local authorities
    ("Investigators have exhumed 438 bodies from the burial site in Izium, the regional police chief said.",
     ("ua_other","civilians","killed",438,"exact","event",THU)),
    # the tolls of disasters and epidemics set beside the war's are no claims of it
    ("The UN said the earthquake in Turkey and Syria had killed over 50,000 people.", None),
    ("Covid-19 killed more than 100,000 people in Ukraine, the health ministry said.", None),
    # whoever raises or revises a toll reports it; "its soldiers" in the count are the reporter's own
    ("Russia's defence ministry on Thursday raised the number of its soldiers killed in the strike on the barracks in Makiivka to 89.",
     ("ru_mod","ru_military","killed",89,"exact","event",THU)),
    ("Ukraine's army revised its count of troops lost at the Krynky bridgehead to 262.",
     ("ua_mod","ua_military","casualties",262,"exact","event",THU)),
    # a military word before the noun ("mobilised Russian soldiers") leaves the side word to the noun
    ("Kyiv said about 400 mobilised Russian soldiers were killed.", ("ua_mod","ru_military","killed",400,"approx","cumulative",THU)),
    ("The General Staff said 150 conscript Russian troops surrendered near Kupiansk.",
     ("ua_mod","ru_military","captured",150,"exact","event",THU)),
    # an incident named before a second figure of the pair is the pair's
    ("Kyiv said 400 Russian soldiers were killed in the New Year's Eve strike and around 300 were wounded.",
     ("ua_mod","ru_military","wounded",300,"approx","event",THU)),
    # laying down arms is surrender; "at the plant" is the site named before
    ("Since Monday, 1,730 Ukrainian fighters have laid down their arms at the plant, the Russian Defence Ministry said.",
     ("ru_mod","ua_military","captured",1730,"exact","event",THU)),
    ("Kyiv said more than 300 Russian conscripts gave themselves up inside the factory.",
     ("ua_mod","ru_military","captured",300,"at_least","event",THU)),
    # a window whose start day ends the sentence before the speech tag spans every item of the list
    ("Kyiv's army has lost over 3,715 soldiers, 52 tanks and 207 armoured vehicles since the start of its push on June 4, "
     "the Russian Defence Ministry said.", ("ru_mod","ua_military","casualties",3715,"at_least","period",THU)),
    # "as well as" adds an item to the same loser's list
    ("According to Shoigu, Russian troops lost 71 servicemen killed during that period, as well as 15 tanks.",
     ("ru_mod","ru_military","tanks",15,"exact","period",THU)),
    # prisoners brought home are no losses, nor the part named in an aside before the verb
    ("Since the start of the invasion, 2,598 Ukrainians, including 2,441 soldiers, have been returned home in swaps, the ombudsman said.",
     None),
    ("Kyiv said more than 8,000 of its soldiers were being held.", ("ua_mod","ua_military","captured",8000,"at_least","cumulative",THU)),
    # any agency in a wire dateline: the army after it is the loser, not a speaker
    ("MOSCOW, June 15 (RIA Novosti) - The Ukrainian Armed Forces lost up to 590 servicemen in the Kupiansk direction over the "
     "past day, the Russian Defence Ministry reported.", ("ru_mod","ua_military","casualties",590,"at_most","event",THU)),
    # a modal perfect estimates the past; a forecast or what did not happen is no claim
    ("Milley added that as many as 40,000 Ukrainian civilians may have died.", ("us_gov","civilians","killed",40000,"at_most","cumulative",THU)),
    ("Up to 9,000 people could have died had the dam not held, the governor said.", None),
    ("Yermak wrote that over 150,000 occupiers have found their graves in Ukrainian soil.",
     ("ua_presidential_office","ru_military","killed",150000,"at_least","cumulative",THU)),
    # with no figure before, "them" are the people named, and the verb before is the figure's
    ("Asked about civilians, the minister said the war had already killed more than 9,000 of them, according to the prosecutors.",
     ("ua_prosecutor","civilians","killed",9000,"at_least","cumulative",THU)),
    # the "people" they lost, as a side's speaker says it, are the enemy's men
    ('"This month they have lost more than 20,000 people, killed and wounded," Reznikov said.',
     ("ua_mod","ru_military","casualties",20000,"at_least","period",THU)),
    # "in it" after an operation named before is that operation's window
    ("Putin said Ukraine's counteroffensive had failed and claimed Kyiv had lost 125,000 troops in it.",
     ("ru_kremlin","ua_military","casualties",125000,"exact","period",THU)),
    # a day in the clause after a semicolon is that clause's
    ("Ukraine's General Staff says Russia has lost about 720,000 soldiers; Zelensky said in February that 31,000 Ukrainian troops had died.",
     ("ua_mod","ru_military","casualties",720000,"approx","cumulative",THU)),
    # so many of those one attack sent is that attack's count
    ("Ukraine's air force said it had shot down 21 of 23 cruise missiles.", ("ua_mod","ru_military","cruise_missiles",21,"exact","event",THU)),
    # a capital's telling is its account, not a place
    ("In Moscow's telling, Ukraine has lost nearly 500,000 troops.", ("ru_kremlin","ua_military","casualties",500000,"approx","cumulative",THU)),
    # drones jammed off course are no drones downed
    ("The air force said 40 drones were shot down and 30 were locationally lost.", ("ua_mod","ru_military","uav",40,"exact","cumulative",THU)),
    # those still fighting or alive are the ones not lost
    ("Of the 50,000 convicts recruited, only about 10,000 were still fighting, the rights group estimated.", None),
    ("Another 28 people were injured, the governor said. Three of the wounded are in serious condition.",
     ("ua_other","civilians","wounded",28,"exact","event",THU)),
    ("Russia's defence ministry claimed that up to 50 foreign instructors were among those killed.",
     ("ru_mod","ua_military","killed",50,"at_most","cumulative",THU)),
    # Russia's ally's troops are counted with its army
    ("Ukraine's military intelligence put the number of North Korean casualties at about 200 in the past week alone.",
     ("ua_mod","ru_military","casualties",200,"approx","period",THU)),
    # foreign fighters a side speaks of are its enemy's, whoever is said to lose them
    ("Konashenkov said NATO had lost 5,000 mercenaries in Ukraine.", ("ru_mod","ua_military","casualties",5000,"exact","cumulative",THU)),
    # the month after a figure someone "put the number at" is when it was put, no window
    ("Zaluzhnyi put the number of Ukrainian soldiers killed at 9,000 in August 2022.",
     ("ua_mod","ua_military","killed",9000,"exact","cumulative",date(2022,8,31))),
    # the battles for two towns are their place, whatever window follows
    ("The Russian ministry said Ukrainian forces had lost 5,469 personnel killed in the battles for Lysychansk and Severodonetsk since May.",
     ("ru_mod","ua_military","killed",5469,"exact","event",THU)),
    # what was fired is no loss, each item of the list; what was shot down of it is, generic "missiles" being those named
    ("Russia fired 84 cruise missiles and 24 drones, of which 43 missiles and 13 drones were shot down, the Ukrainian military said.",
     ("ua_mod","ru_military","cruise_missiles",43,"exact","event",THU)),
    # a flood from a destroyed dam is one incident; the side holding a place is no side of its dead
    ("The death toll from flooding caused by the destruction of the dam has risen to 10 in Ukrainian-controlled areas, the interior "
     "minister said.", ("ua_other","civilians","killed",10,"exact","event",THU)),
    # a country's envoy speaks for its government; a reply in a debate is a speech verb; the flooded districts are the flood's
    ("Russia's envoy, Vasily Nebenzya, countered that 29 people had died in the flooded districts.",
     ("ru_other","civilians","killed",29,"exact","event",THU)),
    ("The United States representative said Russia had suffered more than 100,000 casualties since December.",
     ("us_gov","ru_military","casualties",100000,"at_least","period",THU)),
    ("Britain's envoy to the UN said some 220,000 Russian soldiers had been killed or wounded.",
     ("uk_gov","ru_military","casualties",220000,"approx","cumulative",THU)),
    # the clause of the attack after "as" names the attacker, not whose the wounded are
    ("Two people were killed and 11 injured as Russian troops shelled 32 settlements, the governor said.",
     ("ua_other","civilians","wounded",11,"exact","event",THU)),
    # convicts recruited from prisons are no prisoners of war
    ("Of the soldiers named, about 17,000 were prisoners recruited from penal colonies, Mediazona said.", None),
    # what a counter could confirm is a count, no forecast; independent and open-source analysts count for themselves
    ("Independent analysts who studied satellite images said they could confirm at least 12 aircraft destroyed.",
     ("independent","ru_military","aircraft",12,"at_least","cumulative",THU)),
    ("Open-source researchers said Russia had lost 3,000 tanks.", ("independent","ru_military","tanks",3000,"exact","cumulative",THU)),
    ("Analysts said Russia could lose 12 more aircraft this year.", None),
    # foreign soldiers a side reports killed are its enemy's, like mercenaries
    ("Russia's defence ministry claimed that up to 60 foreign instructors had been killed.",
     ("ru_mod","ua_military","killed",60,"at_most","cumulative",THU)),
    # those of the injured in serious condition are no toll of their own, their noun phrase however long
    ("Two of the injured children were in serious condition, the governor said.", None),
    # a serving US officer speaks for his government; where he serves is no place of the losses
    ("A senior U.S. general said well over 100,000 Russian soldiers had been killed or wounded.",
     ("us_gov","ru_military","casualties",100000,"at_least","cumulative",THU)),
    ("The top American commander in Europe put Russian casualties at 315,000.",
     ("us_gov","ru_military","casualties",315000,"exact","cumulative",THU)),
    # a relative clause on the total is "including": the day's part of a whole-war count
    ("The General Staff put Russian losses at 145,850 troops, a figure that includes 790 over the past day.",
     ("ua_mod","ru_military","casualties",790,"exact","period",THU)),
    # "closer to" hedges like "close to"
    ("Mediazona estimated that the true number of Russian dead was closer to 120,000.",
     ("independent","ru_military","killed",120000,"approx","cumulative",THU)),
    # the time since a side's last statement is no window of the figure
    ("Shoigu said 5,937 Russian servicemen had been killed, the first official update since March.",
     ("ru_mod","ru_military","killed",5937,"exact","cumulative",THU)),
    # a place right before a start of the fighting ties it, for every figure of the list
    ("Russia's defence ministry said Ukraine had lost more than 4,400 troops and 76 tanks in the Kursk direction since the start of the fighting.",
     ("ru_mod","ua_military","casualties",4400,"at_least","event",THU)),
    ("Russia said Ukraine had lost 4,400 troops and 76 tanks in Kursk since the start of the war.",
     ("ru_mod","ua_military","casualties",4400,"exact","event",THU)),
    ("Every day, 1,000 Russian soldiers die, Kyiv says.", None),
    # "one" before a person noun after a toll verb
    ("Drones hit a power plant in Kharkiv, killing one worker, officials said.", ("ua_other","civilians","killed",1,"exact","event",THU)),
    # the loss word of another group after "with ... more" is not the figure's
    ("The death toll from the strike rose to 30, with dozens more missing, officials said.",
     ("ua_other","civilians","killed",30,"exact","event",THU)),
    # a window opened by launching an offensive, however the offensive is described
    ("Ukraine has lost more than 26,000 servicemen since launching its much-hyped counteroffensive on June 4, Shoigu claimed.",
     ("ru_mod","ua_military","casualties",26000,"at_least","period",THU)),
    # the people "the enemy has lost" are its soldiers; "in recent days" is a window
    ("Putin said the enemy has lost more than 3,000 people in recent days.", ("ru_kremlin","ua_military","casualties",3000,"at_least","period",THU)),
    # a side counts its own missing; "one serviceman"
    ("Russia's defence ministry said that one serviceman was missing after the strike on the headquarters.",
     ("ru_mod","ru_military","missing",1,"exact","event",THU)),
    # "the two" that ends a clause is both of those named, no count
    ("Western estimates fall between the two: per the Pentagon, Russian casualties stand at over 100,000.",
     ("us_gov","ru_military","casualties",100000,"at_least","cumulative",THU)),
    # the side losses were inflicted on is the one that lost them, not a killer
    ("The Russian defence ministry said it had inflicted heavy losses on the advancing Ukrainian units, killing more than 4,000 servicemen.",
     ("ru_mod","ua_military","killed",4000,"at_least","cumulative",THU)),
    # both banks of a river are no two armies
    ("At least 14 people have died in the flooding on both sides of the Dnipro river, the Russian-installed authorities said.",
     ("ru_other","civilians","killed",14,"at_least","event",THU)),
    ("The Pentagon said 500,000 soldiers had been killed or wounded on both sides of the conflict.",
     ("us_gov","all_military","casualties",500000,"exact","cumulative",THU)),
    # the rest of a body's name between the side and its verb: the speaker, not the loser
    ("Ukraine's military intelligence said it had killed or wounded about 3,000 North Koreans.",
     ("ua_mod","ru_military","casualties",3000,"approx","cumulative",THU)),
    # an army's losses put in people are soldiers
    # a ratio named a few words before its terms
    ("Reznikov said the ratio of losses in Bakhmut was one to seven in Ukraine's favour.", None),
    # Wagner's fighters as an object are no speaker; "in a missile strike during ..." is one incident
    ("Ukrainian forces have killed 80 Wagner fighters near Bakhmut, a spokesman said.", ("other","ru_military","killed",80,"exact","event",THU)),
    ("Ukraine's defence minister ordered an inquiry after 19 soldiers were killed in a missile strike during an award ceremony.",
     ("other","ua_military","killed",19,"exact","event",THU)),
    # a part of the year with no year named is the latest one begun by publication
    ("In the second quarter, Russia lost 80,000 troops, Kyiv said.", ("ua_mod","ru_military","casualties",80000,"exact","period",date(2023, 6, 15))),
    ('"In March alone, Ukrainian losses exceeded 15,000 people," Shoigu said.',
     ("ru_mod","ua_military","casualties",15000,"at_least","period",date(2023, 3, 31))),
    # a rate ends its clause: a figure after ", and that" is a claim of its own; one with no verb shares the rate
    ("Kyiv says Moscow is losing 1,100 men every day, and that 420,000 Russian troops have died since the invasion began.",
     ("ua_mod","ru_military","killed",420000,"exact","cumulative",THU)),
    ("Zelensky said between 60 and 100 Ukrainian soldiers were being killed every day, and about 500 wounded.", None),
    # losses per day with no one day named are a rate; with the day named they are that day's
    ("Ukrainian officials put Russia's daily losses at 1,000 to 1,200 troops in recent weeks.", None),
    ("Russia's daily losses reached a record 1,740 on Monday, the General Staff said.",
     ("ua_mod","ru_military","casualties",1740,"exact","period",date(2023, 6, 12))),
    # troops raised are no loss, whatever loss verb comes later in the sentence
    ("Hours after Putin ordered a partial mobilisation of 300,000 reservists, Shoigu told TV viewers that Ukraine had lost 61,207 soldiers.",
     ("ru_mod","ua_military","casualties",61207,"exact","cumulative",THU)),
    # the words after "and" are the next item's, not this figure's noun
    ("US officials put Russian dead at up to 120,000 and Ukrainian dead at close to 70,000.",
     ("us_gov","ru_military","killed",120000,"at_most","cumulative",THU)),
    # one attack named: the missiles downed are that attack's
    ("Ukraine's air force said the attack also used seven Kh-101 cruise missiles, six of which were shot down.",
     ("ua_mod","ru_military","cruise_missiles",6,"exact","event",THU)),
    # a think tank is no tank, and the one in Washington no US government
    ("Ukrainian losses were likely between 124,500 and 131,000, the Washington think tank said.",
     ("independent","ua_military","casualties",(124500,131000),"range","cumulative",THU)),
    # a speech aside between the loss word and its figure
    ("Ukrainian losses, the think tank said, were likely between 124,500 and 131,000.",
     ("independent","ua_military","casualties",(124500,131000),"range","cumulative",THU)),
    # a list of months is one window, ending with the last; so is "the N months to" a month
    ("In March, April and May together, 490 civilians were killed, the UN said.", ("un","civilians","killed",490,"exact","period",date(2023, 5, 31))),
    ("In the three months to May, 490 civilians were killed, the UN said.", ("un","civilians","killed",490,"exact","period",date(2023, 5, 31))),
    # what the war "has cost them"
    ("The war has cost them 300,000 men, Zelensky said.", ("ua_president","ru_military","casualties",300000,"exact","cumulative",THU)),
    # executions are deaths; the incidents they fell in are no count of people; a month with its year opens a window
    ("The UN mission said it had documented 32 executions of Ukrainian POWs in 12 incidents since December 2022.",
     ("un","ua_military","killed",32,"exact","period",THU)),
    # a figure added with only its side named takes the count before it
    ("Norway's army chief said around 180,000 Russian soldiers had been killed or wounded, along with 100,000 on the Ukrainian side.",
     ("other_gov","ua_military","casualties",100000,"exact","cumulative",THU)),
    # "this so-called counteroffensive" is a window like "the counteroffensive"
    ('"They have lost about 125,000 people killed and wounded during this so-called counteroffensive," Putin said.',
     ("ru_kremlin","ua_military","casualties",125000,"approx","period",THU)),
    # "rose by 12 to 45": the change and the new toll, no range; the toll is the figure
    ("The death toll rose by 12 to 45 on Tuesday, the governor said.", ("ua_other","civilians","killed",45,"exact","event",date(2023, 6, 13))),
    ("The UN raised its count of civilian deaths by 300 to 9,100.", ("un","civilians","killed",9100,"exact","cumulative",THU)),
    # an ombudsman of the separatist republics or of Russia is no Ukrainian official
    ("The DPR's human rights ombudsman said 4,000 civilians had been killed in Donbas since 2014.",
     ("ru_other","civilians","killed",4000,"exact","cumulative",THU)),
    ("Russia's human rights ombudsman said 400 civilians had been killed.", ("ru_other","civilians","killed",400,"exact","cumulative",THU)),
    ("Ukraine's human rights ombudsman said 400 civilians had been killed.", ("ua_other","civilians","killed",400,"exact","cumulative",THU)),
    # an estimate of the present with a modal is no forecast
    ("US officials said the count of Russian soldiers killed or wounded may be nearing 150,000.",
     ("us_gov","ru_military","casualties",150000,"approx","cumulative",THU)),
    ("BBC Russian estimated that the true Russian death toll could be between 107,864 and 155,804.",
     ("independent","ru_military","killed",(107864,155804),"range","cumulative",THU)),
    # a country's own losses put in people are its army's
    ("Mediazona estimated that Russia's irrecoverable losses could total at least 157,500 people.",
     ("independent","ru_military","killed",157500,"at_least","cumulative",THU)),
    # a fraction and a span of years are no counts
    ("Two-thirds of the soldiers identified were volunteers, the count showed.", None),
    # Moscow's words: "the losses of the Ukrainian group" are an army's, "irreplaceable losses" the dead
    ('"Near Kupiansk, the losses of the Ukrainian grouping came to more than 2,300 people," Konashenkov said.',
     ("ru_mod","ua_military","casualties",2300,"at_least","event",THU)),
    ("Konashenkov put the irreplaceable losses of the Ukrainian army at 23,367 men.",
     ("ru_mod","ua_military","killed",23367,"exact","cumulative",THU)),
    # two subjects, one verb
    ("British officials estimate that about 60,000 Ukrainian troops and at least three times as many Russian troops have died.",
     ("uk_gov","ua_military","killed",60000,"approx","cumulative",THU)),
    # armed men on Ukraine's side, whatever their passports
    ("Russia's defence ministry said it had killed 50 members of pro-Kyiv sabotage groups who crossed into the Bryansk region.",
     ("ru_mod","ua_military","killed",50,"exact","event",THU)),
    # "multiple missile systems" in a translated list are rocket launchers
    ("Kyiv's General Staff said Russian forces had lost 711 multiple missile systems and 4,262 tanks.",
     ("ua_mod","ru_military","mlrs",711,"exact","cumulative",THU)),
    # a window opened on a day other than the war's first; a country that made a machine is no place of its loss
    ("Shoigu said that since June 4 Kyiv's forces had lost more than 26,000 men in the offensive.",
     ("ru_mod","ua_military","casualties",26000,"at_least","period",THU)),
    ("Shoigu said 17 Leopard tanks made in Germany had been destroyed by his forces since June 4.",
     ("ru_mod","ua_military","tanks",17,"exact","period",THU)),
    # "the independent news outlet Mediazona": the outlet named, not its kind
    ("According to the Russian news outlet Mediazona, it has now named more than 37,000 dead Russian soldiers.",
     ("independent","ru_military","killed",37000,"at_least","cumulative",THU)),
    # missiles and drones counted together, of which some were downed: no one metric
    ("Russia launched 40 missiles and drones, of which 30 were shot down, the air force said.", None),
    # people made refugees are no toll; "died or been injured" is the dead and the wounded
    ("The general said the fighting had turned between 8 million and 10 million Ukrainians into refugees.", None),
    ("Some 40,000 civilians in Ukraine have died or been injured, the US general said.",
     ("us_gov","civilians","casualties",40000,"approx","cumulative",THU)),
    # "the last toll" counts the dead; a date in the next clause ("..., and as of Wednesday, ...") is that clause's
    ("The Kremlin's latest toll stood at 1,351 on 25 March, and as of Friday regional papers in Russia had listed the names of "
     "1,083 dead soldiers.", ("ru_kremlin","ru_military","killed",1351,"exact","cumulative",date(2023, 3, 25))),
    # a side that publishes the names of the dead names its own
    ("The Kremlin's latest toll stood at 1,351 on 25 March, and as of Friday regional papers in Russia had listed the names of "
     "1,083 dead soldiers.", ("other","ru_military","killed",1083,"exact","cumulative",date(2023, 6, 9))),
    # the enemy's losses put in people are soldiers
    ("The General Staff said the combat losses of the enemy in the first six weeks totalled roughly 18,900 people.",
     ("ua_mod","ru_military","casualties",18900,"approx","period",THU)),
    # prisoners handed over in an exchange are no count of captives taken
    ("The Russian Defence Ministry said 300 Ukrainian prisoners of war had been handed over in the swap.", None),
    # Ukraine's Main Intelligence Directorate speaks for its military
    ("The Main Intelligence Directorate said four civilians had been captured by Russian troops in the Kyiv region.",
     ("ua_mod","civilians","captured",4,"exact","event",THU)),
    # a region's "military administration" is its civil government, no army
    ("The head of the Ukrainian military administration in the region said 64 people had been hurt, 14 of them children.",
     ("ua_other","civilians","wounded",64,"exact","event",THU)),
    # the top military command speaks for the army; "one of the four" is one
    ("According to Ukraine's top military command, the air force brought down one of the four drones and 10 of the 14 cruise missiles fired.",
     ("ua_mod","ru_military","uav",1,"exact","event",THU)),
    # a share of a total by kind of fighter is no claim of its own
    ("British officials said Russia had suffered 355,000 casualties, and believe around 50,000 of those casualties were Wagner fighters.",
     ("uk_gov","ru_military","casualties",355000,"exact","cumulative",THU)),
    # the seats of the British government speak for it
    ("Whitehall officials believe 100,000 Russians have been killed.", ("uk_gov","ru_military","killed",100000,"exact","cumulative",THU)),
    # automobiles in Moscow's lists are vehicles
    ("The enemy lost 300 servicemen and 51 automobiles over the past week, the Russian Defence Ministry said.",
     ("ru_mod","ua_military","vehicles",51,"exact","period",THU)),
    ("The General Staff reported 17 combat clashes along the front on Thursday.", None),  # fighting, no loss
    # attacks fended off are no killers: the troops who repelled them killed the Russians, soldiers
    ("Kyiv's General Staff said its units had repulsed 38 attacks and killed 410 Russians near Marinka.",
     ("ua_mod","ru_military","killed",410,"exact","event",THU)),
    # a bare General Staff after forces that act: the acting army is the speaker's, not a victim
    ("Ukrainian troops fought off 25 Russian assaults near Kupiansk and killed 150 Russians, the General Staff reported.",
     ("ua_mod","ru_military","killed",150,"exact","event",THU)),
    # a strike on one building is an incident, whatever the day around it
    ("On the previous day a missile strike on a shopping mall killed nine shoppers, the regional prosecutor's office said.",
     ("ua_prosecutor","civilians","killed",9,"exact","event",date(2023, 6, 14))),
    # Kyiv's presidential adviser is the president's office, whatever his spelling
    ("A Ukrainian presidential advisor claims that over 4,000 Russian soldiers have died so far.",
     ("ua_presidential_office","ru_military","killed",4000,"at_least","cumulative",THU)),
    # a country's people killed and injured are the toll of a strike, not its soldiers (who are "wounded")
    ("Rockets hit a hospital in Kherson on Thursday. Eight people have been killed and 19 injured, Ukraine said.",
     ("ua_mod","civilians","wounded",19,"exact","event",THU)),
    # officials "in eastern Ukraine" are where they sit, not Ukraine speaking
    ("Kremlin-backed officials in southern Ukraine said on Thursday that Ukrainian rockets had killed four people in Nova Kakhovka.",
     ("ru_other","civilians","killed",4,"exact","event",THU)),
    # a governor whose region holds the Russian village hit speaks for Russia's side
    ("Three people died after Ukrainian drones struck a Russian border village, the regional governor said on Thursday.",
     ("ru_other","civilians","killed",3,"exact","event",THU)),
    # "as high as" bounds the figure from above
    ("Norway's defence chief said Russian losses may be as high as 180,000 killed or wounded.",
     ("other_gov","ru_military","casualties",180000,"at_most","cumulative",THU)),
    # the wounded named before the killed are still the killed and wounded together
    ("A Pentagon official said about 120,000 Russian troops had been wounded or killed.",
     ("us_gov","ru_military","casualties",120000,"approx","cumulative",THU)),
    # journalists who count are an independent count
    ("Journalists have so far identified 18,200 Russian servicemen who died in the war.",
     ("independent","ru_military","killed",18200,"exact","cumulative",THU)),
    # "could range from ... to ...": an estimate of the present, not a forecast
    ("Meduza said the real number of Russian soldiers killed could range from 75,000 to 110,000.",
     ("independent","ru_military","killed",(75000, 110000),"range","cumulative",THU)),
    # "according to its chief <name>": the person the possessive's title names speaks, not the owner
    ("The Chechen units lost 120 fighters near Marinka, according to their commander Ramzan Kadyrov.",
     ("ru_other","ru_military","casualties",120,"exact","event",THU)),
    # the agent of a source verb named as a country
    ("Analysts cited figures released by the United States showing that 60,000 Russian soldiers had been killed.",
     ("us_gov","ru_military","killed",60000,"exact","cumulative",THU)),
    # the agent of a denied confirmation vouches for nothing: the source before it speaks
    ("According to the Kyiv government, Russia has lost over 40,000 soldiers, a figure not confirmed by Moscow.",
     ("ua_mod","ru_military","casualties",40000,"at_least","cumulative",THU)),
    # a dash after a weapon opens a clause of its own, no list item of the weapon: the people hurt
    ("Ukrainian forces struck Kursk with drones - four people were injured, the regional governor said.",
     ("ru_other","civilians","wounded",4,"exact","event",THU)),
    # a toll that "climbed up to" a figure rose to it: no upper bound
    ("The death toll from the strike on the Odesa apartment block climbed up to 12 on Thursday, the regional governor said.",
     ("ua_other","civilians","killed",12,"exact","event",THU)),
    # emergency officials speak for the emergency service
    ("Emergency officials said at least 17 people were trapped under the rubble of the building in Uman.",
     ("ua_ses","civilians","missing",17,"at_least","event",THU)),
    # the UN counts civilians: its "Ukrainians killed" are no soldiers; "this month alone" is a window, not a place
    ("In May alone, the UN monitoring mission recorded 174 Ukrainians killed and another 690 injured.",
     ("un","civilians","wounded",690,"exact","period",date(2023, 5, 31))),
    # the parts of an army's total just given, with no side word of their own, are that army's
    ("Tarnavskyi said the Russians had lost a total of 9,400 people near Vuhledar. According to him, 3,100 people were killed "
     "and 6,300 were wounded.", ("ua_mod","ru_military","killed",3100,"exact","event",THU)),
    # losses inflicted on the enemy counted in people are soldiers; a long fronted window of a named operation is an event
    ("In the four and a half months of the Kursk operation so far, the losses inflicted on the enemy by Ukrainian units "
     "totalled 38,000 people, Syrskyi said.",
     ("ua_mod","ru_military","casualties",38000,"exact","event",THU)),
    # the dead handed back in an exchange are no toll
    ("The two sides swapped the remains of 640 fallen servicemen on Thursday, officials said.", None),
    # missiles in a list the passive verb after it destroys are losses, not missiles fired
    ("Since February Ukraine's armed forces say 310 aircraft, 2,400 drones, 880 cruise missiles, 18 ships and 4,100 vehicles "
     "have been destroyed.",
     ("ua_mod","ru_military","cruise_missiles",880,"exact","cumulative",THU)),
    # a weapon only one side fields names the side that lost it, and the ministry of the side that downed it
    ("Air defence units intercepted six Storm Shadow missiles over Crimea, the ministry said on Thursday.",
     ("ru_mod","ua_military","cruise_missiles",6,"exact","event",THU)),
    ("Two Leopard tanks and three Bradley fighting vehicles were destroyed near Robotyne on Thursday.",
     ("other","ua_military","tanks",2,"exact","event",THU)),
    # a toll that rose on a named day still counts the attack told just before it
    ("A guided bomb hit a supermarket in Kostiantynivka on Tuesday. The death toll rose to 16 on Thursday, officials said.",
     ("ua_other","civilians","killed",16,"exact","event",THU)),
    # "the first three months of this year" ends with March; "by mid-May" holds on the 15th
    ("In the first four months of this year, 1,900 civilians were killed, the UN monitoring mission said.",
     ("un","civilians","killed",1900,"exact","period",date(2023, 4, 30))),
    ("By mid-April, Ukraine's General Staff put Russian losses at 180,000.",
     ("ua_mod","ru_military","casualties",180000,"exact","cumulative",date(2023, 4, 15))),
    # a sentence that opens on the day of the fighting counts that day's losses; a running total on a day stays one
    ("On Tuesday, Russian units stormed the village twice and lost about 300 men, Ukraine's General Staff said.",
     ("ua_mod","ru_military","casualties",300,"approx","period",date(2023, 6, 13))),
    ("On Tuesday, Russian losses passed 220,000, Ukraine's General Staff said.",
     ("ua_mod","ru_military","casualties",220000,"at_least","cumulative",date(2023, 6, 13))),
    # "gave new figures on Monday": a statement whose day the quote after it keeps
    ("Ukraine's defence ministry gave new figures on Monday. \"In the past day the occupiers lost 610 soldiers,\" it said.",
     ("ua_mod","ru_military","casualties",610,"exact","period",date(2023, 6, 12))),
]


@pytest.mark.parametrize("text, want", SENTENCE_CASES, ids=[f"{i}-{t[:36]}" for i, (t, _) in enumerate(SENTENCE_CASES)])
def test_sentence_classes(text, want):
    got = extract_claims(text, THU)
    if want is None:
        assert got == []
        return
    claimant, subject, metric, value, qualifier, scope, as_of = want
    found = [c for c in got if (c.claimant, c.subject, c.metric) == (claimant, subject, metric)
             and ((c.value_low, c.value_high) == value if isinstance(value, tuple) else c.value == value)]
    assert found, [(c.claimant, c.subject, c.metric, c.value) for c in got]
    assert (found[0].qualifier, found[0].scope, found[0].as_of) == (qualifier, scope, as_of)


def test_a_mobilisation_is_no_loss():
    text = "Hours after Putin ordered a partial mobilisation of 300,000 reservists, Shoigu told TV viewers that Ukraine had lost 61,207 soldiers."
    assert [c.value for c in extract_claims(text, THU)] == [61207]


def test_drones_brought_down_of_those_sent_the_sentence_before_are_drones():
    text = "Ukraine's air force said Russia had sent 49 Shahed drones over the country overnight. Air defences brought down 21 of them, it said."
    got = [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, THU)]
    assert got == [("ua_mod", "ru_military", "uav", 21)]
    # two kinds sent: "them" are both, no one metric
    text = "Russia launched 40 missiles and 30 drones at Ukraine on Friday. Air defences shot down 25 of them."
    assert extract_claims(text, THU) == []


def test_a_source_in_a_relative_clause_speaks_in_no_later_sentence():
    text = ("The building was hit by a Kh-22 missile, a type that Ukraine's air force says its defences cannot stop. It was the "
            "deadliest strike since the attack on Kramatorsk station in April, which killed 61 people.")
    assert [(c.claimant, c.value) for c in extract_claims(text, THU)] == [("other", 61)]


def test_a_speakers_own_estimate_named_as_a_noun_is_no_statement_of_the_source_it_drew_on():
    text = ("Russia has suffered up to 70,000 killed, according to a study by the Center for Strategic and International Studies. "
            "The Washington think tank said its estimate drew on Western government figures. Ukrainian losses, it said, "
            "were likely between 124,500 and 131,000.")
    got = {(c.subject, c.value, c.value_low): c.claimant for c in extract_claims(text, THU)}
    assert got == {("ru_military", 70000, None): "independent", ("ua_military", None, 124500): "independent"}


def test_an_interview_introduced_without_interview_with_still_frames_its_answers():
    text = ("Q&A: the spy chief on the counteroffensive\n\nKyrylo Budanov, head of Ukraine's military intelligence, spoke to us in "
            "his office.\n\nQ: Russia says your counteroffensive has cost you 71,000 men. Is that true?\n\nA: It is propaganda.\n\n"
            "Q: And Russian losses?\n\nA: In the south alone, since June, they have lost more than 20,000 killed.")
    got = {c.value: (c.claimant, c.subject) for c in extract_claims(text, THU)}
    assert got == {71000: ("ru_mod", "ua_military"), 20000: ("ua_mod", "ru_military")}


def test_a_group_with_no_alias_speaks_for_itself_not_the_speaker_before():
    for opening in ("Analysts", "Russian military bloggers", "Russian military bloggers, who often criticise the army,"):
        text = f"Zelensky said Russia had lost 1,000 soldiers near Avdiivka. {opening} put the losses since October at about 5,000 dead."
        got = {c.value: c.claimant for c in extract_claims(text, THU)}
        assert got == {1000: "ua_president", 5000: "other"}, opening


def test_incidents_are_no_count_of_people():
    text = "The UN mission said it had documented 32 executions of Ukrainian POWs in 12 incidents since December 2022."
    assert [c.value for c in extract_claims(text, THU)] == [32]


def test_the_dead_of_the_same_strike_are_the_same_sides_whoever_counts_them():
    text = ("Russia's defence ministry said 63 of its servicemen had been killed when Ukrainian rockets hit a building in Makiivka. "
            "The ministry said four rockets had been fired. Ukraine's military said about 400 soldiers had been killed and some 300 "
            "wounded in the same strike.")
    got = {c.value: (c.claimant, c.subject) for c in extract_claims(text, THU)}
    assert got == {63: ("ru_mod", "ru_military"), 400: ("ua_mod", "ru_military"), 300: ("ua_mod", "ru_military")}


def test_figures_given_by_a_named_official_cover_the_paragraph_before():
    text = ("Ukraine is losing between 100 and 200 soldiers every day, a senior official said on Thursday. The country has lost "
            "about 10,000 servicemen killed since the start of the invasion, the official added.\n\nThe figures were given by "
            "David Arakhamia, who leads Ukraine's delegation in peace talks with Russia.")
    assert [(c.claimant, c.subject, c.value) for c in extract_claims(text, THU)] == [("ua_other", "ua_military", 10000)]


def test_figures_listed_respectively_go_to_the_sides_sources_and_places_in_order():
    got = lambda text: sorted((c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, THU))  # noqa: E731
    assert got("Russia and Ukraine have lost 120,000 and 70,000 soldiers respectively, US officials said.") == [
        ("us_gov", "ru_military", "casualties", 120000), ("us_gov", "ua_military", "casualties", 70000)]
    assert got("The UN and Kyiv put civilian deaths at 9,000 and 10,500 respectively.") == [
        ("ua_mod", "civilians", "killed", 10500), ("un", "civilians", "killed", 9000)]
    assert [v for *_, v in got("Russian strikes killed five, seven and nine people in Kharkiv, Odesa and Dnipro respectively, officials said.")] \
        == [5, 7, 9]
    # without "respectively", the figures after a total that add up to it are its shares by place
    assert got("Russian strikes killed 14 people, 3 in Kharkiv and 11 in Odesa, officials said.") == [("ua_other", "civilians", "killed", 14)]


def test_a_passive_confirmed_killed_names_no_speaker_and_the_source_told_after_covers_it():
    text = ("More than 70,000 Russian servicemen have been confirmed dead since the Kremlin sent troops into Ukraine two and a half "
            "years ago. The number comes from a joint count by the BBC's Russian service and Mediazona.")
    assert [(c.claimant, c.subject, c.value) for c in extract_claims(text, THU)] == [("independent", "ru_military", 70000)]
    text = ("By February 2, 43,460 Russian soldiers killed in the war had been identified by name. The losses were counted by "
            "the Russian service of the BBC with a team of volunteers.\n\nAmong the dead, 8,099 are former prisoners and 5,216 were mobilised.")
    assert [(c.claimant, c.value) for c in extract_claims(text, THU)] == [("independent", 43460)]


def test_a_windows_end_after_an_aside_and_slashed_dates_date_the_figures():
    text = ("UN monitors counted 21,793 civilian casualties, 8,173 dead and 13,620 hurt, between 24 February 2022, when the "
            "invasion began, and 5 March 2023.")
    assert {c.as_of for c in extract_claims(text, date(2023, 3, 7))} == {date(2023, 3, 5)}
    text = "UN monitors counted 1,335 civilian casualties in the country from 24/02/2022, the day the attack began, to 07/03/2022."
    got = extract_claims(text, date(2022, 3, 8))
    assert [(c.value, c.scope, c.as_of) for c in got] == [(1335, "cumulative", date(2022, 3, 7))]


def test_another_sources_sentence_does_not_take_the_day_a_window_before_ended_on():
    text = ('"In the period from 1 to 28 February 2023 we recorded 589 civilian casualties," the UN office said. According to '
            "the Prosecutor General's Office, Russian forces have killed 464 children in Ukraine.")
    got = {c.value: c.as_of for c in extract_claims(text, date(2023, 3, 7))}
    assert got == {589: date(2023, 2, 28), 464: date(2023, 3, 7)}


def test_of_those_killed_breaks_down_the_killed_named_sentences_before():
    text = ("UN monitors have recorded 1,119 civilians killed and 1,790 injured since the invasion, the office says. Shelling caused "
            "most of them, it said. The true numbers are likely higher. Of those killed, 224 were men and 168 women.")
    assert [c.value for c in extract_claims(text, THU)] == [1119, 1790]


def test_a_passive_confirmed_by_an_unnamed_agent_gives_no_speaker_to_a_name_before_it():
    text = ("The Russian Defence Ministry said its scouts had located billets of the Ukrainian Armed Forces in Kramatorsk, and the sighting "
            "was confirmed by other sources. \"More than 600 Ukrainian servicemen were eliminated,\" it added.")
    assert [(c.claimant, c.subject, c.value) for c in extract_claims(text, THU)] == [("ru_mod", "ua_military", 600)]


def test_the_missiles_downed_of_cruise_missiles_named_the_sentence_before_are_cruise_missiles():
    text = ("Russia fired four Kalibr cruise missiles from the sea and nine Shahed drones overnight, the air force said. "
            "Defenders shot down three of the missiles and eight of the drones, it added.")
    assert sorted((c.metric, c.value) for c in extract_claims(text, THU)) == [("cruise_missiles", 3), ("uav", 8)]


def test_a_story_of_another_war_that_never_names_this_one_gives_no_claims():
    text = ("Air strike on Gaza home kills 34, rescuers say\nAn air strike on a residential block killed at least 34 people and left "
            "dozens missing, the rescue service said. Seven others were hurt, according to its spokesman.")
    assert extract_claims(text, THU) == []
    # a roundup that tells this war's tolls too keeps them (the other war's figures there are read figure by figure)
    text += "\n\nIn Kharkiv, a Russian strike killed five people, the governor said."
    assert ("ua_other", 5) in [(c.claimant, c.value) for c in extract_claims(text, THU)]


def test_another_sources_count_set_beside_an_estimate_is_that_sources_claim():
    text = ("Radakin said Russia had suffered some 700,000 killed and wounded. The Kremlin does not publish its losses. The UK's "
            "estimate is close to the Ukrainian General Staff's count of about 790,000.")
    got = {c.value: (c.claimant, c.metric) for c in extract_claims(text, THU)}
    assert got == {700000: ("uk_gov", "casualties"), 790000: ("ua_mod", "casualties")}
    text = "British officials said Russia had suffered 355,000 casualties, and believe around 50,000 of those casualties were Wagner fighters."
    assert [c.value for c in extract_claims(text, THU)] == [355000]


def test_machines_captured_inside_a_machine_total_are_no_prisoners():
    for text in ("Kyiv says Russia has lost 3,000 tanks, including 400 captured by Ukrainian forces.",
                 "Kyiv says Russia has lost 3,000 tanks, a total which includes 400 captured by Ukrainian forces."):
        got = [(c.metric, c.value) for c in extract_claims(text, THU)]
        assert got == [("tanks", 3000)], text


def test_the_share_of_one_city_in_a_toll_is_no_claim_of_its_own():
    text = "The death toll from Monday's missile attack has risen to 43, with 33 of the dead in Kyiv, officials said on Tuesday."
    got = [(c.metric, c.value) for c in extract_claims(text, THU)]
    assert got == [("killed", 43)]


def test_the_same_briefing_holds_on_the_day_of_the_statement_told_of_before():
    text = ("Moscow has not updated its toll since September, when Defence Minister Sergei Shoigu said 5,937 Russian servicemen "
            "had died. In the same briefing he put Ukraine's losses at more than 61,000 killed and 49,000 wounded.")
    got = {(c.subject, c.metric, c.value): (c.claimant, c.as_of) for c in extract_claims(text, date(2023, 2, 24))}
    assert got[("ua_military", "killed", 61000)] == ("ru_mod", date(2022, 9, 30))
    assert got[("ua_military", "wounded", 49000)] == ("ru_mod", date(2022, 9, 30))
    # with no day told of, the statement holds on the publication day
    text = "Shoigu said 5,937 Russian servicemen had died. In the same briefing he put Ukraine's losses at 61,000 killed."
    assert {c.as_of for c in extract_claims(text, date(2023, 2, 24))} == {date(2023, 2, 24)}


def test_a_statement_told_twice_in_its_sentence_holds_on_the_day_of_the_dated_telling():
    text = ("The United States estimates that more than 20,000 Russian fighters have been killed since December, spokesman "
            "John Kirby said on Monday.")
    got = extract_claims(text, date(2023, 5, 2))
    assert [(c.claimant, c.value, c.as_of) for c in got] == [("us_gov", 20000, date(2023, 5, 1))]


def test_the_same_slide_holds_on_the_day_of_the_slide_told_of_before():
    text = ("Leaked U.S. documents give a rare count.\nOne slide, dated Feb. 28, estimates that Russia has suffered 189,500 "
            "casualties.\nFor Ukraine, the same slide puts total losses at 124,500 to 131,000.\nThe documents also say Russia has "
            "lost 2,048 tanks.")
    got = {(c.subject, c.metric): c.as_of for c in extract_claims(text, date(2023, 4, 11))}
    assert got[("ua_military", "casualties")] == date(2023, 2, 28)
    assert got[("ru_military", "tanks")] == date(2023, 4, 11)  # another statement of the documents: no day of its own


def test_the_figure_compared_after_an_aside_with_a_rate_is_the_same_count():
    text = ("Russian forces suffered an estimated 427,000 casualties in 2024, according to Ukrainian data. The figure, an "
            "average of about 1,170 a day, compares with 253,000 in 2023.")
    got = {c.value: (c.claimant, c.metric, c.scope, c.as_of) for c in extract_claims(text, date(2025, 1, 15))}
    assert got == {427000: ("ua_mod", "casualties", "period", date(2024, 12, 31)),
                   253000: ("ua_mod", "casualties", "period", date(2023, 12, 31))}


def test_a_day_earlier_counts_back_from_the_day_told_before():
    text = ("Ukraine's military said on Friday that its forces had killed more than 220 Russian troops around Bakhmut. A day "
            "earlier, the Russian defence ministry claimed to have killed up to 210 Ukrainian servicemen in the Donetsk direction.")
    got = {c.value: c.as_of for c in extract_claims(text, date(2023, 3, 4))}  # a Saturday
    assert got == {220: date(2023, 3, 3), 210: date(2023, 3, 2)}
    # "ago" counts from publication, whatever day was told before
    text = "Ukraine's military said on Friday that 220 Russian troops were killed. Two days ago, Moscow said 210 Ukrainian troops died."
    assert {c.value: c.as_of for c in extract_claims(text, date(2023, 3, 4))}[210] == date(2023, 3, 2)
    text = "Ukraine's military said on Monday that 220 Russian troops were killed. Two days ago, Moscow said 210 Ukrainian troops died."
    assert {c.value: c.as_of for c in extract_claims(text, date(2023, 3, 4))}[210] == date(2023, 3, 2)


def test_a_statement_added_after_a_count_keeps_its_place_to_itself():
    text = ("The mission said 9,083 civilians had been killed and 15,779 injured as of July 2, adding that a missile strike on "
            "Kramatorsk killed 13.")
    got = {c.value: c.scope for c in extract_claims(text, THU)}
    assert got == {9083: "cumulative", 15779: "cumulative", 13: "event"}


def test_a_figure_larger_than_the_total_before_is_no_part_of_it():
    text = ("The enemy has lost more than 500 men in the last day alone, a Ukrainian military spokesman said. Over the past "
            "week, more than 1,000 of them were killed, he said.")
    got = {c.value: (c.claimant, c.subject, c.metric, c.scope) for c in extract_claims(text, THU)}
    assert got[1000] == ("ua_mod", "ru_military", "killed", "period")
    # a smaller one is: "of them" counts a part of the total before
    text = "Ukraine's military said 500 Russian soldiers were killed on Tuesday. 300 of them were killed by artillery, it said."
    assert {c.value for c in extract_claims(text, THU)} == {500}


def test_the_same_day_is_the_day_told_before():
    text = ("CIA Director William Burns said on Wednesday that some 15,000 Russian soldiers have been killed. Burns said Ukraine "
            "had also suffered significant losses. Ukraine's General Staff put Russian losses at 39,000 on the same day.")
    got = {c.value: (c.claimant, c.as_of) for c in extract_claims(text, date(2022, 7, 22))}
    assert got == {15000: ("us_gov", date(2022, 7, 20)), 39000: ("ua_mod", date(2022, 7, 20))}


def test_a_headline_opened_by_a_foreign_government_and_a_colon_names_its_source():
    got = extract_claims("UK: Russia has likely lost more than 1,000 killed\nFighting went on near Kyiv.", date(2022, 3, 28))
    assert [(c.claimant, c.value) for c in got] == [("uk_gov", 1000)]
    # a UN title naming its topic is no source
    got = extract_claims("Ukraine: 500 civilians killed\nFighting went on near Kyiv.", date(2022, 3, 28))
    assert [c.claimant for c in got] == ["other"]


def test_the_first_weeks_of_the_war_printed_days_later_are_the_war_so_far():
    text = "A NATO official put Russian dead at 7,000 to 15,000 in the first four weeks of the war."
    assert [c.scope for c in extract_claims(text, date(2022, 3, 28))] == ["cumulative"]
    assert [c.scope for c in extract_claims(text, date(2022, 5, 28))] == ["period"]


def test_it_is_not_the_country_its_own_clause_tells_of():
    text = ("Russia has lost 315,000 troops killed or injured, according to a declassified U.S. intelligence assessment. "
            "Russia entered the war with 360,000 ground troops. It also says Russia has lost 2,200 of its 3,500 tanks.")
    got = {c.value: c.claimant for c in extract_claims(text, date(2023, 12, 12))}
    assert got == {315000: "us_gov", 2200: "us_gov"}
    # the country the sentence before opens on still speaks when its clause tells of another
    text = "Russia treats its war dead as a state secret. On March 25 it put its own dead at 1,351 servicemen."
    assert [c.claimant for c in extract_claims(text, date(2022, 4, 1))] == ["ru_mod"]


def test_the_day_of_a_statement_states_no_scope_of_its_own():
    text = ("Ukrainian shelling of the Lugansk People's Republic killed 24 civilians in November, the LPR mission said. "
            "A further 61 people were wounded, the mission said in a statement on Monday.")
    got = {c.value: c.scope for c in extract_claims(text, date(2022, 12, 5))}
    assert got == {24: "event", 61: "event"}


def test_kinds_of_the_dead_inside_a_total_are_no_claims_but_children_are():
    text = ("Mediazona said it had confirmed the deaths of 124,731 Russian servicemen by name. Its data show that at least "
            "23,000 of the dead were volunteers and 17,000 were prisoners recruited by Wagner.")
    assert [c.value for c in extract_claims(text, THU)] == [124731]
    got = extract_claims("At least 30 of the dead were children, the governor said.", THU)
    assert [(c.subject, c.metric, c.value) for c in got] == [("children", "killed", 30)]


def test_a_figure_joined_to_a_rate_shares_it():
    text = "Zelensky said that between 60 and 100 Ukrainian soldiers were being killed every day, with around 500 wounded."
    assert extract_claims(text, THU) == []
    # a clause of its own after the rate is a count: "and has lost 200,000 since the invasion"
    text = "Russia is losing 1,000 soldiers a day on average and has lost 200,000 since the invasion, Kyiv says."
    assert [c.value for c in extract_claims(text, THU)] == [200000]


def test_a_monthly_total_and_a_month_named_by_its_when_clause_are_windows():
    text = ("Russia's military lost 1,190 troops over the past day, bringing its monthly total for July to 36,090, according to "
            "figures from Ukraine's General Staff. July will be the second deadliest month for Moscow, after May, when 38,940 were lost.")
    got = {c.value: (c.claimant, c.scope, c.as_of) for c in extract_claims(text, date(2024, 7, 30))}
    assert got == {1190: ("ua_mod", "period", date(2024, 7, 30)), 36090: ("ua_mod", "period", date(2024, 7, 30)),
                   38940: ("ua_mod", "period", date(2024, 5, 31))}
    # a running total with no window of its own is the war's
    text = "Russia lost 1,190 troops over the past day, bringing its losses to 560,000, Kyiv says."
    assert {c.value: c.scope for c in extract_claims(text, date(2024, 7, 30))}[560000] == "cumulative"


def test_a_further_figure_goes_on_with_the_one_before():
    text = ("Prigozhin had said that about 22,000 of his fighters were killed in the battle for Bakhmut, and that a further "
            "40,000 were wounded.")
    assert {c.value: c.scope for c in extract_claims(text, THU)} == {22000: "event", 40000: "event"}
    # with a day of its own, the sentence keeps it
    text = ("General Staff: the invaders lost 1,060 troops in a day\nOn May 3, the occupiers lost a further 1,060 troops, "
            "according to the General Staff.")
    got = extract_claims(text, date(2024, 5, 4))
    assert {(c.scope, c.as_of) for c in got} == {("period", date(2024, 5, 3))}


def test_air_defence_counts_after_a_barrage_told_two_sentences_before_are_that_barrage():
    text = ("Russia fired 84 cruise missiles and 24 drones at cities across Ukraine on Monday, Ukraine's military said, in the "
            "biggest barrage since the start of the war. At least 19 people were killed, the State Emergency Service said. "
            "Ukraine's air defences shot down 43 of the cruise missiles and 13 of the drones, the General Staff said.")
    got = {(c.metric, c.value): c.scope for c in extract_claims(text, date(2022, 10, 10))}
    assert got[("cruise_missiles", 43)] == "event" and got[("uav", 13)] == "event"


def test_the_day_after_the_audience_told_dates_the_statement():
    text = ("Ukraine's armed forces have lost nearly 560,000 servicemen in 2024, Russian Defence Minister Andrei Belousov told "
            "an expanded meeting of the defence ministry board on Monday.")
    assert [c.as_of for c in extract_claims(text, date(2024, 12, 20))] == [date(2024, 12, 16)]


def test_parts_of_a_year_without_the_year():
    from casualty_claims.extract.dates import find_dates
    got = {t: [d.day for d in find_dates(t, date(2024, 7, 20))] for t in (
        "In the second quarter, Russia lost", "in the first half of the year", "in the third quarter", "the first half of the match")}
    assert got == {"In the second quarter, Russia lost": [date(2024, 6, 30)], "in the first half of the year": [date(2024, 6, 30)],
                   "in the third quarter": [date(2024, 7, 20)], "the first half of the match": []}


def test_the_outlets_own_count_is_independent_but_a_quoted_we_is_the_speakers():
    text = ("Russia claims Ukraine has lost nearly 500,000. Our own model, which draws on obituaries, suggests that between "
            "462,000 and 728,000 Russian soldiers have been killed or seriously wounded. For Ukraine, we estimate between "
            "60,000 and 100,000 dead.")
    got = {(c.value, c.value_low): c.claimant for c in extract_claims(text, THU)}
    assert got == {(500000, None): "ru_mod", (None, 462000): "independent", (None, 60000): "independent"}
    text = 'Zelensky said: "We estimate that 300,000 Russian soldiers have been killed."'
    assert [c.claimant for c in extract_claims(text, THU)] == ["ua_president"]


def test_a_fact_box_label_names_whose_soldiers():
    got = extract_claims("Ukraine: Zelensky says 31,000 soldiers killed. Russia: the General Staff puts Russian losses at 409,000.", THU)
    assert {c.value: c.subject for c in got} == {31000: "ua_military", 409000: "ru_military"}


def test_a_place_alone_in_another_clause_is_not_the_figures():
    text = ("Civilians: more than 10,500 killed, according to the UN; Ukrainian officials say the real number is far higher, "
            "with tens of thousands feared dead in Mariupol alone.")
    assert [c.scope for c in extract_claims(text, THU)] == ["cumulative"]


def test_more_with_a_place_of_its_own_does_not_go_on_with_the_figure_before():
    text = ("Russia says 959 Azovstal defenders surrendered this week\nRussia's defence ministry said on Wednesday that 694 "
            "more fighters had surrendered at the Azovstal plant over the past day.")
    got = {c.value: c.scope for c in extract_claims(text, date(2022, 5, 18))}
    assert got[694] == "event"


def test_a_window_of_late_one_month_and_early_the_next_ends_in_the_next():
    text = ("In Bakhmut alone, Kirby said on Friday, some 1,000 Wagner fighters had been killed in late December and early "
            "January.")
    assert [c.as_of for c in extract_claims(text, date(2023, 1, 24))] == [date(2023, 1, 20)]


def test_an_outlet_that_cited_a_source_goes_on_relaying_it():
    text = ("Combined casualties near 400,000, the Washington Post reported on Tuesday, citing US officials. Russian casualties "
            "are approaching 250,000, including up to 90,000 dead, the newspaper reported.")
    got = [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, THU)]
    assert ("us_gov", "ru_military", "casualties", 250000) in got and ("us_gov", "ru_military", "killed", 90000) in got
    assert all(c[0] == "us_gov" for c in got)


def test_a_sum_in_another_clause_does_not_stop_the_window_carried_from_the_sentence_before():
    text = ("Over the past week, Ukrainian forces lost up to 1,200 soldiers, the ministry in Moscow said. In other "
            "battles, Kyiv lost over 900 troops, it said, adding that a total of 31 Ukrainian soldiers had surrendered.")
    got = {c.value: c.scope for c in extract_claims(text, THU)}
    assert got[900] == "period" and got[31] == "period"


def test_a_source_that_reported_this_covers_the_paragraph_before():
    text = ("More than 300 children killed since the invasion\n"
            "As of this morning, over 1,100 children have suffered from the aggression. Juvenile prosecutors say 310 children "
            "were killed and more than 790 wounded.\n"
            "The Prosecutor General's Office reported this on Telegram.")
    got = {(c.metric, c.value): c.claimant for c in extract_claims(text, THU)}
    assert got[("casualties", 1100)] == "ua_prosecutor"


def test_a_start_tied_to_a_place_keeps_the_whole_list_in_that_place():
    text = ("The Ukrainian army has lost more than 9,800 servicemen, as well as 70 tanks and 60 armoured personnel carriers since "
            "the beginning of the fighting in the Kursk Region, the Russian Defence Ministry said.")
    assert {c.scope for c in extract_claims(text, THU)} == {"event"}


def test_this_is_reported_by_covers_the_paragraph_before():
    text = ("Zelensky spoke about the northern front on Friday.\n"
            "Since the start of the operation, Russian units have lost 21,000 soldiers there. Ukrainian forces also took 600 prisoners.\n"
            "This was reported by the General Staff.")
    got = {c.value: c.claimant for c in extract_claims(text, THU)}
    assert got[21000] == "ua_mod" and got[600] == "ua_mod"


def test_a_toll_after_an_attack_report_is_the_attacks_even_when_the_statement_is_dated():
    text = ("Rescuers search the ruins of a block of flats hit by a missile strike in Zaporizhzhia\n"
            "The death toll rose to 17, officials said Tuesday, with at least 60 people wounded.")
    assert {c.scope for c in extract_claims(text, THU)} == {"event"}


def test_emergency_services_in_a_russian_place_are_russian():
    text = ("Missile strike on Russia's Kursk kills four\n"
            "The number of injured has risen to 12, emergency services said, according to the state news agency.")
    got = {c.value: c.claimant for c in extract_claims(text, THU)}
    assert got[12] == "ru_other"


def test_a_headline_verb_after_a_comma_has_the_headlines_subject_and_a_refuted_figure_stays_its_owners():
    text = "Moscow refutes Kyiv's claims of 300 Russian soldiers killed, says toll stands at 70\nThe strike hit a barracks."
    got = {c.value: c.claimant for c in extract_claims(text, THU)}
    assert got == {300: "ua_mod", 70: "ru_mod"}


def test_a_figure_stated_twice_holds_on_the_day_the_text_gives_its_statement():
    # a subheading without a day, then the body's "said on Monday": one claim, Monday's (THU is a Thursday)
    text = ("Kremlin counts its dead\n"
            "Some 6,100 Russian soldiers have been killed in the operation, Defence Minister Shoigu says\n"
            "Russia has lost 6,100 soldiers since the operation began, Shoigu said on Monday.")
    got = [(c.claimant, c.subject, c.value, c.as_of) for c in extract_claims(text, THU)]
    assert got == [("ru_mod", "ru_military", 6100, date(2023, 6, 12))]


def test_a_headline_toll_in_the_present_tense_with_one_written_as_a_word():
    text = "Drone strike on Kherson kills one, injures 7\nThe drone hit a bus stop in the morning."
    assert sorted((c.metric, c.value) for c in extract_claims(text, THU)) == [("killed", 1), ("wounded", 7)]


def test_the_head_of_the_region_is_the_governor_named_before():
    text = ("Five people were injured in Belgorod, Governor Vyacheslav Gladkov said. Later the head of the region said "
            "two more had died in hospital.")
    got = {c.value: c.claimant for c in extract_claims(text, THU)}
    assert got == {5: "ru_other", 2: "ru_other"}


def test_a_toll_restated_after_a_dash_in_one_sentence_is_one_claim():
    text = ("\u201cSadly, there are three dead \u2013 three men were in a truck when the shell hit the road near the village of "
            "Kozinka,\u201d Gladkov said.")
    assert [(c.metric, c.value) for c in extract_claims(text, THU)] == [("killed", 3)]


def test_figures_in_other_regional_centres_are_no_shares_of_a_toll_elsewhere():
    # 1 + 1 add up to the 2 in Dnipro by chance: figures in Kharkiv and Odesa are no part of it
    text = ("In Dnipro, Russian attacks wounded two men overnight, the governor said. One person was injured in Kharkiv, "
            "officials said. Separately, a woman was injured in Odesa, according to its officials.")
    assert sorted(c.value for c in extract_claims(text, THU)) == [1, 1, 2]


def test_a_full_stop_with_no_space_after_a_word_still_ends_the_sentence():
    text = "Losses were heaviest in November.Researchers have named 88,000 Russian soldiers who died in the war, Mediazona said."
    assert [(c.claimant, c.as_of) for c in extract_claims(text, THU)] == [("independent", THU)]


def test_a_subheading_ends_the_speaker_of_the_section_before():
    text = ("Headline about the war\nThe Pentagon said 90,000 Russian soldiers were wounded in the spring.\n\n"
            "Strikes in the south\n\nIn Kherson, over 20 people were reported injured in shelling on Monday.")
    got = {c.value: c.claimant for c in extract_claims(text, THU)}
    assert got == {90000: "us_gov", 20: "other"}


def test_estimates_compared_with_do_not_speak_for_later_sentences():
    text = ("Russia has lost 500,000 troops, the General Staff said. The number is roughly in line with estimates made by "
            "Western intelligence services. On one day in November, 2,100 troops were lost.")
    got = {c.value: c.claimant for c in extract_claims(text, THU)}
    assert got[2100] == "ua_mod"


def test_a_days_total_broken_down_by_unit_further_on_keeps_only_the_total():
    text = ("The Ukrainian army lost up to 230 servicemen in a day in the zones of Battlegroups North and South, the Russian "
            "Defence Ministry said.\n\n\"Units of Battlegroup North struck brigades near Sumy. The enemy lost up to 130 "
            "servicemen and two cars,\" the ministry said.\n\nMeanwhile, Battlegroup South pushed on near Kherson and hit "
            "two brigades there. The Ukrainian army lost up to 100 servicemen and a tank.")
    people = [c.value for c in extract_claims(text, THU) if c.metric == "casualties"]
    assert people == [230]


def test_also_lost_goes_on_with_the_days_report_however_far_back_it_began():
    text = ("Ukraine lost up to 150 servicemen in the last 24 hours, the Russian Defence Ministry reported.\n\n"
            "\"Our units advanced and struck two brigades near Kupiansk,\" the ministry said. \"The enemy retreated.\"\n\n"
            "According to the ministry, the Ukrainian forces also lost two tanks and five cars.")
    assert {c.metric: c.scope for c in extract_claims(text, THU)} == {"casualties": "period", "tanks": "period", "vehicles": "period"}


def test_a_tolls_parts_four_sentences_on_are_its_shares():
    text = ("A Russian strike killed 12 people in Sumy on Monday, officials said.\n\nKyiv condemned the attack.\n\n"
            "Photos showed the damaged square. The governor wrote that a missile hit a bus stop, killing ten. Later a drone "
            "killed two more in the same district, the mayor said.")
    assert [c.value for c in extract_claims(text, THU)] == [12]


def test_the_relevant_statement_was_made_by_covers_the_paragraph_before():
    text = ("Over 1,500 children have been hurt since the invasion began, with 480 of them killed.\n\n"
            "The relevant statement was made by the Prosecutor General's Office on Telegram.")
    assert {c.claimant for c in extract_claims(text, THU)} == {"ua_prosecutor"}


def test_capitalised_regional_authorities_speak_and_date_their_statement_in_the_place_named_before():
    text = ("A missile hit an apartment block in the Russian city of Kursk on Sunday. \u201cThe search goes on,\u201d the "
            "ministry said.\nRegional authorities said Tuesday that 11 people were confirmed dead.")
    got = [(c.claimant, c.value, c.as_of) for c in extract_claims(text, THU)]
    assert got == [("ru_other", 11, date(2023, 6, 13))]


def test_an_earlier_toll_that_stood_at_a_figure_is_the_dead():
    text = "The governor said 41 people had died. An earlier toll had stood at 36, and rescuers are still searching."
    assert sorted((c.metric, c.value) for c in extract_claims(text, THU)) == [("killed", 36), ("killed", 41)]


def test_inside_a_quote_we_is_the_quotes_speaker_and_we_have_is_his_sides():
    text = ("\u201cFrom what we know, we believe we lost 3,000 to 3,500, against the Russian army, which lost about 20,000. "
            "And we have around 12,000 wounded, and it is hard to say how many of them will recover,\u201d Zelensky said.")
    got = {(c.value or c.value_low): (c.claimant, c.subject) for c in extract_claims(text, THU)}
    assert got[3000] == ("ua_president", "ua_military") and got[12000] == ("ua_president", "ua_military")
    assert got[20000] == ("ua_president", "ru_military")


def test_bare_prisoners_in_a_story_about_one_sides_prisoners_of_war_are_that_sides_soldiers():
    text = ("A strike hit a camp holding Ukrainian prisoners of war near Donetsk. The Russian Defence Ministry said 35 "
            "prisoners were killed and 60 wounded.")
    assert {(c.subject, c.metric, c.value) for c in extract_claims(text, THU)} == {("ua_military", "killed", 35), ("ua_military", "wounded", 60)}


def test_a_read_also_list_of_links_states_no_claims():
    text = ("Some 8,000 Ukrainian soldiers are missing, the commissioner said.\nRead also:\n- Ukraine brings home 95 POWs\n"
            "- Bodies of 70 fallen defenders returned to Kyiv\n")
    assert [c.value for c in extract_claims(text, THU)] == [8000]


def test_a_weekday_opening_the_paragraph_after_a_date_is_a_day_of_its_own():
    # "... on Jan. 1.\n\nOn Wednesday, the ministry said": Wednesday is no weekday of Jan. 1; it dates the statement,
    # and "acknowledging that" speaks
    text = ("On Monday, Russia's Defence Ministry made a rare statement, acknowledging that 52 of its soldiers had died in "
            "a strike in Makiivka. It said a base was hit at midnight on Jan. 1.\n\nOn Wednesday, the ministry said the toll "
            "rose to 70 after more bodies were found.")
    got = [(c.claimant, c.subject, c.value, c.as_of) for c in extract_claims(text, date(2023, 1, 5))]
    assert got == [("ru_mod", "ru_military", 52, date(2023, 1, 2)), ("ru_mod", "ru_military", 70, date(2023, 1, 4))]


def test_a_military_toll_of_a_strike_on_a_place_one_side_holds_is_that_sides():
    text = "Defence ministry: military death toll in strike on Russian-held Lysychansk rises to 48\n\nThe strike hit a hotel."
    assert [(c.subject, c.value) for c in extract_claims(text, THU)] == [("ru_military", 48)]


def test_statements_told_of_at_an_occasion_the_lead_dates_hold_on_its_day():
    # THU is Thursday 15 June 2023: "on Tuesday" is 13 June
    text = ("Putin said on Tuesday that the army was advancing everywhere. Speaking at a year-end board meeting of the "
            "defence ministry, he praised the troops.\nShoigu reported that Ukraine had lost 250,000 troops this year. "
            "Western officials estimate Russia's own losses at around 300,000.")
    got = {c.value: c.as_of for c in extract_claims(text, THU)}
    assert got == {250000: date(2023, 6, 13), 300000: THU}
    text = ("The Security Council held an emergency meeting on Wednesday on the week's strikes.\nA UN official told "
            "members that \u201cmissiles and drones struck five districts of Odesa, killing at least 19 civilians.\u201d")
    assert [c.as_of for c in extract_claims(text, THU)] == [date(2023, 6, 14)]
    # a meeting dated weeks back (a photo caption) dates no statement of today's story
    text = ("Photo: the president at a press conference after the summit on May 2.\nThe General Staff said that Russia had "
            "lost 210,000 troops.")
    assert [c.as_of for c in extract_claims(text, THU)] == [THU]


def test_a_current_statement_of_the_same_side_keeps_the_publication_day():
    # yesterday's words of the commander-in-chief do not date what the General Staff "has put" the toll at
    text = ("Some 9,500 Ukrainian soldiers have been killed, the army chief said yesterday at a veterans' forum. "
            "The General Staff has put the Russian death toll at 46,000.")
    got = {c.value: c.as_of for c in extract_claims(text, THU)}
    assert got == {9500: date(2023, 6, 14), 46000: THU}
    # ... but a present verb inside a past one is that past statement: "said it believes" keeps Tuesday's day
    text = ("Ukrainian officials said on Tuesday that 820 Russian soldiers had been killed over the past day. "
            "The General Staff said it believes that 790 Russians were killed in the same 24 hours.")
    assert {c.value: c.as_of for c in extract_claims(text, THU)}[790] == date(2023, 6, 13)


def test_a_subordinate_clause_after_a_toll_names_none_of_its_people():
    text = ("A Ukrainian strike on a barracks in Makiivka killed 63 Russian soldiers, the Russian Defence Ministry said on "
            "Monday. On Wednesday, the ministry said the toll climbed to 70 once more bodies were found.")
    got = [(c.subject, c.value, c.as_of) for c in extract_claims(text, date(2023, 1, 5))]
    assert got == [("ru_military", 63, date(2023, 1, 2)), ("ru_military", 70, date(2023, 1, 4))]


# Texts whose only figures are the ones listed: the rest are no claims (what a text counts beside the losses, or
# parts of a toll).
ONLY_THESE_FIGURES = [
    ("a 'Related:' line and a numbered 'Most read' list are other stories' headlines",
     "Russia lost 980 soldiers over the past day, Ukraine's General Staff said.\n\nRelated: Zelensky says 31,000 Ukrainian "
     "troops killed\n\nMost read\n1. Four killed in Kharkiv strike\n2. Russian missiles hit Odesa port, 2 dead\n",
     [("casualties", 980)]),
    ("a breakdown of the dead by sex, with those 'whose sex is yet unknown', is no claim of its own",
     "Since the invasion, the UN has recorded 8,900 civilians killed. This included 3,300 men, 2,200 women, 210 girls and 250 "
     "boys, as well as 30 children and 2,910 adults whose sex is yet unknown.", [("killed", 8900)]),
    ("units of equipment lost, destroyed or captured are machines, not people",
     "Oryx counts 9,000 units of Russian equipment lost: 5,500 destroyed, 400 damaged, 600 abandoned and 2,500 captured.", []),
    ("'all but N' is what got through; 'N out of M' is N downed",
     "The air force says it downed all but 2 of the drones Russia launched overnight, destroying 45 out of 47 Shahed drones.",
     [("uav", 45)]),
    ("the noun after 'N of <the whole's>' is the figure's",
     "Russian forces shelled seven of Ukraine's oblasts over the past day, killing two people, officials said.", [("killed", 2)]),
    ("a list of ages with ', and'", "Three women, aged 71, 44, and 19, were injured in the shelling of Nikopol, the governor said.",
     [("wounded", 3)]),
    ("the wounded in serious condition and their breakdown are no toll",
     "The strike killed nine people and injured 64, the governor said. According to him, 11 wounded are in serious "
     "condition (eight adults and three children).", [("killed", 9), ("wounded", 64)]),
    ("... but the whole of which some are in serious condition is", "The governor said many of the 52 wounded were in a serious condition.",
     [("wounded", 52)]),
    ("weapons fired are no losses", "Two people were killed when 11 Russian missiles struck an airfield near Dnipro, the governor said.",
     [("killed", 2)]),
    ("weapons downed are", "Ukrainian air defences shot down 9 Kalibr missiles over the weekend, the air force said.", [("cruise_missiles", 9)]),
    ("counts by region in parentheses are shares of the total",
     "Mediazona and BBC Russian have confirmed the deaths of 90,000 Russian soldiers. "
     "The largest numbers of deaths were reported from Dagestan (3,100) and Rostov Oblast (2,700).", [("killed", 90000)]),
    ("a number joined to the next by a comma takes its unit", "\"We believe 20,000 Russians have died within 100, 105 days of "
     "fighting,\" the minister said.", [("killed", 20000)]),
    ("units of equipment named in the paragraph before are still machines",
     "Oryx says Russia has lost at least 9,000 units of equipment. Of those, 5,500 have been destroyed. "
     "Another 2,500 units were captured by Ukrainian forces.", []),
    ("'the two dead soldiers' names the figure already stated",
     "Kadyrov confirmed that two of his men had been killed. \"In war people die,\" he said of the two dead soldiers.", [("killed", 2)]),
    ("a sentence's figures by region that add up to the total before them are its shares",
     "Russia's defence ministry said air defences destroyed 40 Ukrainian drones overnight. It said 12 drones were shot down over "
     "the Belgorod Region, 20 over the Kursk Region and eight over the Bryansk Region.", [("uav", 40)]),
    ("a digest's small tolls of two attacks stay two claims, and 'left one dead' is one",
     "One person was killed in an air attack on the capital region, the governor said. That day, a pensioner was killed by "
     "rocket fire in the region of Zaporizhzhia, its governor said. A mortar attack on a village in the Kursk region left "
     "one dead, its governor said.", [("killed", 1), ("killed", 1), ("killed", 1)]),
    ("weapons systems lost are no loss figure of the rules", "Shoigu said Ukraine had lost some 7,000 weapons systems since June.", []),
    ("a civilian toll by sex is no claim (children inside it are)",
     "The UN said it had recorded 1,300 civilian deaths. Of those killed, 260 were men, 190 women, 20 girls and 30 boys.",
     [("killed", 1300), ("killed", 20), ("killed", 30)]),
    ("homes, even civilian ones, are no people",
     "Two residents were hurt when Ukrainian shelling hit three civilian homes in the Kursk region, the governor said.", [("wounded", 2)]),
    ("a model name with a stray space before its dash is no figure",
     "The Russian Defence Ministry said its units destroyed two tanks, a combat vehicle of the BM -21 Grad and a pickup truck near "
     "Avdiivka.", [("tanks", 2)]),
    ("'the latter three' names items given before",
     "Russian forces shelled eight regions overnight, with deaths reported in the latter three, Ukrainian officials said.", []),
    ("where most of a speaker's totals fell is a breakdown of them",
     "The Prosecutor General's Office said 520 children had been killed and 1,100 injured since the invasion. The largest "
     "number of casualties was recorded in Kharkiv Oblast, where 430 children were killed or injured.", [("killed", 520), ("wounded", 1100)]),
    ("machines counted as units are no people, nor the parts of a machine total after 'Of these'",
     "Oryx says Russia has lost at least 18,500 units of its military vehicles and equipment. Most of these losses, 13,900 units, "
     "were destroyed. Among the equipment destroyed were 3,400 tanks. Of these, 2,500 were burnt out and 520 were captured.",
     [("tanks", 3400)]),
    ("generals and commanders are officers among the dead, and 'one dead' after them is one of them",
     "Kyiv says its forces have killed seven Russian generals, while Moscow has admitted only one dead.", []),
    ("a small toll hedged in the lead ('nearly a dozen') is the precise one restated",
     "Shelling killed four people and wounded nearly a dozen in Horlivka, the city's Russian-installed mayor said on Tuesday. "
     "\u201cFour people were killed and 11 wounded,\u201d he wrote.", [("killed", 4), ("wounded", 11)]),
    ("a ratio of the dead to the wounded, or of one side's dead to the other's, is no count",
     "He said Ukraine has one soldier killed for every 5-7 wounded, while Russian troops die for every 2-3 wounded. "
     "\"One of our soldiers killed equals four Russian soldiers killed,\" he added.", []),
    ("'four others damaged' after a building are buildings",
     "Three people were killed when a missile hit a clinic; one wing was destroyed and five others damaged, the mayor said.",
     [("killed", 3)]),
    ("people returned, swapped or handed over in an exchange are no losses",
     "An aide to the Russian ombudsman said the return of more than 900 people from captivity had been secured. The swap "
     "between Moscow and Kyiv that included 90 soldiers from each side took place on Friday, when 40 Ukrainian prisoners of war "
     "were transferred to Ukraine.", []),
    ("two figures joined by 'and' share the noun phrase and loss word after the second (with 'respectively' or not)",
     "Moscow's defence ministry said its northern and western groups had accounted for more than 410 and 95 Ukrainian "
     "troops killed. Its southern and central groups eliminated up to 230 and 615 enemy personnel respectively.",
     [("killed", 410), ("killed", 95), ("killed", 230), ("killed", 615)]),
    ("two figures of one sentence hedged alike are a list's items, not a figure and its rounded restatement",
     "Russia's defence ministry said its Vostok group had eliminated over 310 Ukrainian servicemen, while the Sever group "
     "had eliminated over 300.", [("killed", 310), ("killed", 300)]),
    ("the base of a share is no toll: 'about 20 percent of the 40,000 convicts he recruited have died'",
     "The mercenary boss said about a fifth of the men died, adding that roughly 25 percent of the 40,000 convicts he "
     "recruited had been killed.", []),
    ("'70 percent of the 9,000 killed' states the toll it takes a share of",
     "Officials said some 70 percent of the 9,000 killed in the battle were recruits from prisons.", [("killed", 9000)]),
    ("what a thing cost a side in money is no loss", "Officials said the repairs had cost Ukraine 20,000 hryvnias a home.", []),
    ("'and another N soldiers' after a loss is the same loss elsewhere",
     "Kyiv lost up to 540 soldiers in fighting with the Zapad group, and another 285 troops in fighting with the Yug group, "
     "Russia's defence ministry said.", [("casualties", 540), ("casualties", 285)]),
    ("a short gloss in parentheses does not part a figure from the list it continues",
     "The Russian defence ministry said Ukraine had lost up to 95 soldiers near the Yug (South) group and up to 140 soldiers "
     "near the Dnepr group.", [("casualties", 95), ("casualties", 140)]),
    ("'1 in 4 of those wounded' is a ratio, not four people",
     "Wallace said Russia had lost 18,000 soldiers killed and that roughly 1 in 4 of those wounded never returned to the front.",
     [("killed", 18000)]),
    ("'one out of every three' is a ratio too", "One out of every three Russian soldiers sent there was killed, Zelensky said.", []),
    ("'is likely to exceed N by the end of the year' is a forecast",
     "Western officials said Russian deaths are likely to exceed 100,000 by the end of the year.", []),
    ("'N of which were helicopters' inside an aircraft total is a claim of its own",
     "Russia's defence ministry said Ukraine had lost 300 aircraft, 120 of which were helicopters.",
     [("aircraft", 300), ("helicopters", 120)]),
    ("'N of them APCs' inside an armoured total is a sub-count of the same metric",
     "Russia's defence ministry said Ukraine had lost 2,000 armoured vehicles, 300 of them APCs.", [("armored_vehicles", 2000)]),
    ("'These include N tanks' after a vehicles total is a kind of its own; the tanks' fates after 'of which' are its parts",
     "The open-source count has recorded the loss of 8,800 Russian vehicles. These include 1,650 tanks, of which 990 were "
     "destroyed and 510 captured by Ukraine.", [("vehicles", 8800), ("tanks", 1650)]),
    ("a verbless 'N of them children' aside is the children's claim, and the figure after it is the total's own",
     "The UN says at least 9,900 civilians have been killed, 560 of them children, and 18,500 injured.",
     [("killed", 9900), ("killed", 560), ("wounded", 18500)]),
]


@pytest.mark.parametrize("why, text, want", ONLY_THESE_FIGURES, ids=[c[0][:40] for c in ONLY_THESE_FIGURES])
def test_only_these_figures_are_claims(why, text, want):
    assert sorted((c.metric, c.value) for c in extract_claims(text, THU)) == sorted(want)


def test_parts_of_a_toll_by_trade_are_a_breakdown_not_claims():
    text = "The UN monitors said 95 civilians were killed and 300 injured in July. Casualties included four media workers and 11 health workers."
    got = [(c.claimant, c.subject, c.metric, c.value, c.scope) for c in extract_claims(text, THU)]
    assert got == [("un", "civilians", "killed", 95, "period"), ("un", "civilians", "wounded", 300, "period")]


def test_the_first_weeks_of_the_war_are_the_war_so_far_only_while_they_last():
    text = "NATO believes 7,000 to 15,000 Russian soldiers were killed in the first month of the war, an official said."
    assert [c.scope for c in extract_claims(text, date(2022, 3, 24))] == ["cumulative"]
    assert [c.scope for c in extract_claims(text, date(2022, 9, 24))] == ["period"]
    text = "NATO believes 7,000 to 15,000 Russian soldiers were killed in four weeks of fighting, an official said."
    assert [c.scope for c in extract_claims(text, date(2022, 3, 24))] == ["cumulative"]
    assert [c.scope for c in extract_claims(text, date(2023, 3, 24))] == ["period"]


def test_a_quoted_digest_keeps_the_tags_inside_its_quote():
    text = ('"Russian shelling killed two people in Kupiansk, Governor Oleh Syniehubov said on Telegram. A Ukrainian drone killed '
            'a woman in Oleshky, the Russian-installed official Vladimir Saldo said."')
    got = [(c.claimant, c.value) for c in extract_claims(text, THU)]
    assert got == [("ua_other", 2), ("ru_other", 1)]


def test_a_headlines_russians_are_the_bodys_civilians():
    text = ("At Least 60 Russians Killed Since Kursk Incursion, Officials Say\n"
            "At least 60 people from Russia's Kursk region have been killed since the incursion began, Russian officials said.")
    got = [(c.claimant, c.subject, c.value) for c in extract_claims(text, THU)]
    assert got == [("ru_other", "civilians", 60)]


def test_a_headlines_lost_up_to_is_the_bodys_range():
    text = ("Alliance says Moscow has lost up to 14,000 troops\n"
            "NATO believes 6,000 to 14,000 Russian soldiers died in the first month of fighting.")
    got = [(c.metric, c.value, c.value_low, c.value_high) for c in extract_claims(text, THU)]
    assert got == [("killed", None, 6000, 14000)]


def test_bullets_after_including_are_items_of_the_sentence_before():
    text = ("As noted by Syrskyi, Russia's losses in the operation have exceeded 50,000 troops, including\n\n"
            "  • 20,000 are irretrievable;\n  • 30,000 are sanitary losses.")
    got = [(c.claimant, c.metric, c.value) for c in extract_claims(text, THU)]
    assert got == [("ua_mod", "casualties", 50000), ("ua_mod", "killed", 20000), ("ua_mod", "wounded", 30000)]
    # a key-events list of bullets with no opening sentence keeps each item to itself
    items = "Key events:\n• Zelensky said 31,000 soldiers had died.\n• Three people were killed in Kharkiv, the mayor said."
    assert [(c.claimant, c.value) for c in extract_claims(items, THU)] == [("ua_president", 31000), ("ua_other", 3)]


def test_a_headline_total_is_no_echo_of_one_regions_figure():
    text = ("Prosecutors: Russia's war has killed at least 390 children since February\n"
            "Most of the child victims were in Donetsk Oblast, where 395 children were killed or hurt, prosecutors said.")
    got = sorted((c.metric, c.value, c.scope) for c in extract_claims(text, THU))
    assert ("killed", 390, "cumulative") in got


def test_a_round_bound_in_the_headline_restates_the_bodys_precise_figure():
    # "more than 10,000" for 10,582 is 5.8% off: a bound rounds to the round number below, within a tenth
    text = ("Over 10,000 civilians killed in two years, UN says\n"
            "The UN monitoring mission said on Thursday it had confirmed the deaths of 10,582 civilians since the invasion.")
    got = [(c.claimant, c.value, c.qualifier) for c in extract_claims(text, date(2024, 2, 22))]
    assert got == [("un", 10582, "exact")]
    # a bound that is no round number is a figure of its own
    text = ("Shoigu said on Monday that 266,626 Ukrainian soldiers had been killed. Konashenkov said on Tuesday that more than "
            "248,609 Ukrainian soldiers had been killed.")
    assert len(extract_claims(text, date(2022, 10, 22))) == 2


def test_a_title_case_headline_echo_yields_to_the_body_and_a_rounder_figure_is_a_restatement():
    text = ("Military Deaths and Injuries on Both Sides Near 410,000, U.K. Officials Say\n"
            "British officials said on Monday that soldiers of both armies killed or wounded since the invasion now number "
            "nearly 410,000.")
    got = [(c.claimant, c.subject, c.metric, c.value, c.qualifier) for c in extract_claims(text, date(2023, 9, 4))]
    assert got == [("uk_gov", "all_military", "casualties", 410000, "approx")]
    text = "Russian losses reach 540 thousand\nUkraine's General Staff said Russia had lost 543,000 soldiers since the invasion began."
    got = [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, date(2024, 5, 30))]
    assert got == [("ua_mod", "ru_military", "casualties", 543000)]


TITLE_CASE_HEADLINES = [
    ("Moscow Admits Almost 6,000 Russian Soldiers Dead", "Moscow admits almost 6,000 Russian soldiers dead",
     "The defence minister told a briefing on Wednesday that 5,937 servicemen had been killed since the operation began.",
     date(2022, 9, 21)),
    ("Ukraine War: US Estimates Nearly 500,000 Casualties on Both Sides", "Ukraine war: US estimates nearly 500,000 casualties on both sides",
     "American officials said on Friday that the number of troops killed or wounded in the two armies was approaching 500,000, "
     "with Russian casualties at about 300,000.", date(2023, 8, 19)),
    ("At Least 1,842 Civilians Killed, UN Says", "At least 1,842 civilians killed, UN says",
     "The United Nations human rights office said on Monday it had confirmed the deaths of at least 1,842 civilians since the "
     "invasion, adding that the real toll was far higher.", date(2022, 4, 11)),
]


@pytest.mark.parametrize("title, sentence_case, body, published", TITLE_CASE_HEADLINES, ids=[t[0][:30] for t in TITLE_CASE_HEADLINES])
def test_a_title_case_headline_reads_as_the_same_headline_in_sentence_case(title, sentence_case, body, published):
    # capitals in a title-case headline are no names: "Admits" is no speaker, "Least" or "Both Sides" no place
    def read(text):
        return sorted(((c.claimant, c.subject, c.metric, c.value, c.qualifier, c.scope, c.as_of)
                       for c in extract_claims(text, published)), key=str)
    got = read(title + "\n" + body)
    assert got == read(sentence_case + "\n" + body) == read(title.upper() + "\n" + body)  # the same in capitals
    assert got and all(c[5] == "cumulative" for c in got)
    assert got[0][0] == {"Moscow": "ru_mod", "Ukraine": "us_gov", "At": "un"}[title.split()[0]]


def test_a_name_does_not_run_over_the_headlines_line_end():
    for head in ("Wartime Arithmetic", "Whose Numbers to Believe"):
        got = [(c.claimant, c.value) for c in extract_claims(head + "\nKyiv says Russia has lost 180,000 soldiers.", date(2023, 4, 15))]
        assert got == [("ua_mod", 180000)]


def test_a_side_before_its_losses_in_a_colon_headline_is_the_loser_not_the_speaker():
    text = ("Russian army losses in Ukraine: 1,210 soldiers over past day\n"
            "Since the full-scale invasion began, the enemy has lost about 508,000 soldiers, with 1,210 of them over the past day.\n"
            "Kyiv also counts 7,719 Russian tanks destroyed.")
    got = {c.value: (c.claimant, c.subject) for c in extract_claims(text, date(2024, 6, 3))}
    assert got[508000][1] == got[1210][1] == "ru_military"
    assert "ru_mod" not in {claimant for claimant, _ in got.values()}


def test_one_sentence_paragraphs_keep_the_place_and_the_source_of_the_sentences_around_them():
    # the place of the sentence before, set as a paragraph of its own
    text = ("Moscow reports fighting near Kupiansk\nThe Russian Defence Ministry said its units had beaten back four Ukrainian "
            "assaults near Kupiansk.\nUp to 70 Ukrainian soldiers and three armoured vehicles were destroyed, the ministry said.")
    got = {c.value: (c.claimant, c.scope) for c in extract_claims(text, date(2023, 11, 20))}
    assert got[70] == got[3] == ("ru_mod", "event")
    # "the figures were given by ..." covers the lone sentences before it
    text = ("Night of strikes\nRussian missiles hit power plants across Ukraine overnight.\nFour people were killed in Zaporizhzhia.\n"
            "Seven more were wounded in Lviv.\nThe figures were given by regional governors.")
    got = {c.value: c.claimant for c in extract_claims(text, date(2024, 3, 22))}
    assert got == {4: "ua_other", 7: "ua_other"}


@pytest.mark.parametrize("gap", [" ", "  "])
def test_two_spaces_after_a_full_stop_read_as_one(gap):
    # "It" opens the sentence after the break: the body the sentence before opens on, not the text's last speaker
    text = (f"Briefing\n- The Russian defence ministry said its forces had beaten off nine attacks near Kupiansk.{gap}It said Ukraine "
            f"had lost up to 250 troops.\n- The UN human rights office said it was alarmed.{gap}It has verified 9,900 civilian deaths.")
    got = {c.value: c.claimant for c in extract_claims(text, date(2023, 11, 2))}
    assert got == {250: "ru_mod", 9900: "un"}
    # "In total" right after the toll of one strike sums that strike
    text = (f"Odesa strike toll rises to 8\nThe toll of Tuesday's missile strike on Odesa has risen to eight, the regional governor said."
            f"\nRescue work is over.{gap}In total, 29 people were injured.")
    got = {c.value: c.scope for c in extract_claims(text, date(2023, 11, 2))}
    assert got == {8: "event", 29: "event"}


def test_an_age_set_off_by_commas_after_a_name_is_no_figure():
    text = "The defence minister, Sergei Shoigu, 68, claimed Ukrainian losses were 3,700 killed and 1,200 wounded over the same period."
    got = [(c.claimant, c.value) for c in extract_claims(text, THU)]
    assert got == [("ru_mod", 3700), ("ru_mod", 1200)]
    got = [c.value for c in extract_claims("In Kharkiv, 12, including two children, were wounded by the strike, the governor said.", THU)]
    assert 12 in got  # a count after a place is still a figure when no name comes before it


@pytest.mark.parametrize("head, claimant", [
    ("Russia lost 1,200 troops in a day: General Staff", "ua_mod"), ("Russia lost 1,200 troops in a day – General Staff", "ua_mod"),
    ("Russia lost 1,200 troops in a day (General Staff)", "ua_mod"), ("Russia lost 1,200 troops in a day | General Staff", "ua_mod"),
    ("Ukraine lost 1,200 soldiers in a week, says Moscow", "ru_mod"), ("Russia lost 1,200 soldiers in a week, says Kyiv", "ua_mod"),
])
def test_a_headline_that_names_its_source_at_its_end_speaks_in_any_of_the_usual_forms(head, claimant):
    got = [(c.claimant, c.value) for c in extract_claims(head + "\nFighting was heaviest near Pokrovsk.", date(2024, 6, 6))]
    assert got == [(claimant, 1200)]


def test_a_headline_naming_source_and_genre_speaks_for_the_unattributed_body():
    text = ("Russian Defence Ministry briefing\nIn the Kupyansk direction, up to 85 Ukrainian servicemen and two pickup trucks "
            "were destroyed over the past day.")
    got = [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, date(2023, 10, 3))]
    assert ("ru_mod", "ua_military", "killed", 85) in got and all(c[0] == "ru_mod" for c in got)


def test_the_number_of_speakers_is_no_figure():
    got = [(c.claimant, c.value) for c in extract_claims("Three Western officials told reporters that Russian casualties were "
                                                           "approaching 470,000.", THU)]
    assert got == [("other_gov", 470000)]


def test_an_object_army_does_not_speak_and_its_ministry_is_the_country_before():
    text = ("US officials said on Friday that Western estimates were rising.\n"
            "The officials put Russian military casualties at close to 290,000.\n"
            "Kyiv does not publish its own figures. Its General Staff says Russia has lost 255,000 troops.")
    got = [(c.claimant, c.subject, c.value) for c in extract_claims(text, date(2023, 8, 19))]
    assert got == [("us_gov", "ru_military", 290000), ("ua_mod", "ru_military", 255000)]


def test_a_bare_alone_in_the_sentence_before_makes_no_attack_of_a_small_toll():
    text = ("The UN mission has verified 10,200 civilian deaths, but says the real number is higher. In the occupied city of "
            "Mariupol alone, thousands are believed to have died.\nUkraine's prosecutor general's office says 490 children have been killed.")
    got = [(c.claimant, c.subject, c.value, c.scope) for c in extract_claims(text, THU)]
    assert ("ua_prosecutor", "children", 490, "cumulative") in got


def test_a_bare_toll_headline_is_the_bodys_toll():
    text = ("Kramatorsk: number of dead rises to 34\nThe number of people killed in the missile strike on a market in "
            "Kramatorsk has risen to 34, the regional governor said on Tuesday.")
    got = [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, date(2024, 6, 4))]
    assert got == [("ua_other", "civilians", "killed", 34)]


def test_an_unattributed_headline_figure_is_the_one_body_speakers():
    text = ("Defenders eliminate 710 more occupiers in a day\n"
            "Russia's total combat losses since the start of the invasion have reached about 268,000 personnel, "
            "Ukraine's General Staff reported on Thursday. It said its forces had also destroyed 4,219 tanks.")
    got = [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, date(2023, 9, 21))]
    assert ("ua_mod", "ru_military", "killed", 710) in got and all(c[0] == "ua_mod" for c in got)
    # two speakers in the body: the headline stays the outlet's
    text = ("Russia lost 900 soldiers in a day\nUkraine's General Staff reported 268,000 Russian losses, while Moscow's "
            "defence ministry said Ukraine had lost 410,000.")
    got = [(c.claimant, c.value) for c in extract_claims(text, date(2023, 9, 21))]
    assert ("other", 900) in got


def test_shares_by_place_that_add_up_to_a_total_are_no_claims_of_their_own():
    text = ("Russian strikes on Sumy Oblast over the past day killed five people and wounded 12, the regional administration "
            "reported. Three men died in Bilopillia. Two women were killed in the village of Khotin.\n"
            "Separately, two people were killed in Kherson, the city's mayor said.")
    got = [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, date(2024, 8, 16))]
    assert got == [("ua_other", "civilians", "killed", 5), ("ua_other", "civilians", "wounded", 12), ("ua_other", "civilians", "killed", 2)]


def test_a_headline_total_echoed_by_the_body_is_one_claim_with_the_body_metric():
    text = ("The General Staff: Russian losses reach 153,880\n\nUkrainian defenders have killed about 153,880 Russian invaders "
            "since the start of the full-scale war, the General Staff reports.")
    got = [(c.claimant, c.subject, c.metric, c.value, c.qualifier) for c in extract_claims(text, date(2023, 3, 1))]
    assert got == [("ua_mod", "ru_military", "killed", 153880, "approx")]


def test_a_monthly_un_update_in_our_words_reads_as_the_whole_war_and_the_month():
    # from the invasion's first day to a date is the war so far; territory shares are parts of the total; "Among them"
    # opens on the parts of the sentence before, each with its own noun
    text = ("Ukraine: civilian casualties as of 29 February 2024\n\n"
            "From 24 February 2022, when the Russian Federation's armed attack against Ukraine started, to 29 February 2024, OHCHR "
            "recorded 30,457 civilian casualties in the country: 10,582 killed and 19,875 injured.\n\n"
            "This included:\n- a total of 9,036 killed and 17,214 injured in territory controlled by the Government of Ukraine;\n"
            "- a total of 1,546 killed and 2,661 injured in territory occupied by the Russian Federation.\n\n"
            "In February 2024, OHCHR recorded 504 civilian casualties: 123 killed and 381 injured. Among them were 12 children killed and 46 injured.")
    got = {(c.subject, c.metric, c.value, c.scope, c.as_of.isoformat()) for c in extract_claims(text, date(2024, 3, 8)) if c.claimant == "un"}
    end = "2024-02-29"
    assert got == {("civilians", "casualties", 30457, "cumulative", end), ("civilians", "killed", 10582, "cumulative", end),
                   ("civilians", "wounded", 19875, "cumulative", end), ("civilians", "casualties", 504, "period", end),
                   ("civilians", "killed", 123, "period", end), ("civilians", "wounded", 381, "period", end),
                   ("children", "killed", 12, "period", end), ("children", "wounded", 46, "period", end)}


def test_the_same_toll_in_two_places_is_two_events_and_in_one_place_one():
    two = ("Four people were killed in a drone strike on Odesa overnight, the regional governor said.\n\n"
           "In Sumy, four people were killed when a missile hit a school, local officials said.")
    assert [(c.metric, c.value, c.scope) for c in extract_claims(two, THU)] == [("killed", 4, "event")] * 2
    one = ("Russian shelling of Kherson killed two civilians on Wednesday, the governor said. "
           "The two civilians were killed near the central market in Kherson, he added.")
    assert [(c.metric, c.value) for c in extract_claims(one, THU)] == [("killed", 2)]


def test_an_unattributed_headline_quote_yields_to_the_body_that_names_speaker_army_and_metric():
    # the body's figure follows a colon after its count ("the number of ... killed in the war: 31,000"), and "given an official
    # figure" is a speech event
    text = ("'We lost 31,000 soldiers'\n\nPresident Volodymyr Zelensky has for the first time given an official figure for the "
            "number of Ukrainian soldiers killed in the war: 31,000.")
    got = [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, THU)]
    assert got == [("ua_president", "ua_military", "killed", 31000)]


def test_a_ukrainian_commander_speaks_for_the_armed_forces():
    text = "The battle for Avdiivka cost Russia dearly. According to Ukraine's commander Oleksandr Tarnavskyi, Russian losses there exceeded 47,000 soldiers."
    assert [(c.claimant, c.subject, c.value) for c in extract_claims(text, THU)] == [("ua_mod", "ru_military", 47000)]


def test_drones_launched_are_no_loss_only_those_shot_down():
    got = extract_claims("The governor said the region was attacked with 13 drones, six of which were shot down.", THU)
    assert [(c.metric, c.value) for c in got] == [("uav", 6)]


def test_an_aside_that_splits_the_children_is_a_breakdown_not_a_children_figure():
    got = extract_claims("The UN mission said 61 civilians were killed in May (33 men, 25 women, 2 boys and 1 girl).", THU)
    assert [(c.subject, c.value) for c in got] == [("civilians", 61)]


def test_a_headline_army_guess_yields_to_the_body_that_names_the_army():
    text = ("Ukraine war: 31,000 troops killed, Zelensky says\n\nIn a rare disclosure the president put the number of Ukrainian "
            "soldiers killed in two years of war at 31,000.")
    got = [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, date(2024, 2, 26))]
    assert got == [("ua_president", "ua_military", "killed", 31000)]


def test_single_quotes_are_quotes_and_apostrophes_are_not():
    from casualty_claims.extract.document import find_quotes

    text = "'Ukraine's forces fought,' he said. 'Russia paid for Putin's dreams.' The soldiers' families 'ridiculously lost' it."
    assert [text[a:b] for a, b in find_quotes(text)] == ["'Ukraine's forces fought,'", "'Russia paid for Putin's dreams.'"]


def test_gaps_of_a_pages_layout_read_as_one_space_and_evidence_is_still_the_texts_own():
    # two spaces, a tab, a sentence glued to the one before, two blank lines, no-break spaces side by side: the grammar
    # reads them closed up, and each evidence span maps back onto the document's own characters
    clean = ("The CIA chief told an audience that roughly 15,000 Russian troops had died in Ukraine. Up to 45,000 others were "
             "injured, he added.\n\nUkraine's Health Ministry said 12 civilians were killed in Kherson.")
    gappy = ("The CIA chief  told an audience that roughly 15,000 Russian\ttroops had died in Ukraine.Up to 45,000 others were  "
             "injured, he added.\n\n\n\nUkraine's Health Ministry\u00a0\u00a0said 12 civilians were killed in  Kherson.")
    day = date(2022, 7, 21)
    assert _rows(clean, day) == _rows(gappy, day)
    spans = [gappy[c.evidence_start:c.evidence_end] for c in extract_claims(gappy, day)]
    assert any("15,000" in e for e in spans) and any(e.startswith("Up to 45,000") or "45,000" in e for e in spans)
    assert any("12 civilians" in e for e in spans)


def _rows(text, day):
    return sorted((c.claimant, c.subject, c.metric, c.value, c.qualifier, c.scope, c.as_of) for c in extract_claims(text, day))


def test_evidence_stops_at_the_closing_quote():
    text = '"Over the past four days, the Kiev regime lost 418 armored fighting vehicles," Shoigu said.'
    (claim,) = extract_claims(text, date(2023, 6, 8))
    assert text[claim.evidence_start:claim.evidence_end] == "418 armored fighting vehicles"


def test_a_headline_naming_a_country_yields_to_the_body_speaker_of_the_same_side():
    text = ("Kyiv puts Russian dead at 9,000\n\nPresident Volodymyr Zelensky said on Thursday that nearly 9,000 Russian soldiers "
            "have been killed so far.")
    got = [(c.claimant, c.subject, c.metric, c.value, c.qualifier) for c in extract_claims(text, date(2022, 3, 3))]
    assert got == [("ua_president", "ru_military", "killed", 9000, "approx")]

def test_a_headline_naming_genre_then_source_speaks_for_the_body():
    text = ("Summary of the Ministry of Defence of the Russian Federation on the progress of the special military operation\n"
            "The AFU losses amounted to up to 60 servicemen, one Leopard tank and three pickup trucks.")
    got = read(text, MON_2024, "claimant", "subject", "metric", "value")
    assert got == [("ru_mod", "ua_military", "casualties", 60), ("ru_mod", "ua_military", "tanks", 1),
                   ("ru_mod", "ua_military", "vehicles", 3)]


def test_a_sum_after_an_attack_is_that_attacks_and_a_headline_hedge_yields_to_the_bodys_precise_figure():
    text = ("Lviv strike: toll rises to 10\nThe toll of Thursday's missile strike on Lviv has risen to 10, the State Emergency "
            "Service said. In total, 37 people were injured.")
    assert ("ua_ses", "civilians", "wounded", 37, "event") in read(text, THU_2024, "claimant", "subject", "metric", "value", "scope")
    text = ("Zelensky: over 46,000 Ukrainian soldiers killed\nPresident Volodymyr Zelensky said 46,000 Ukrainian soldiers had "
            "been killed since the full-scale invasion began.")
    assert read(text, THU_2024, "value", "qualifier") == [(46000, "exact")]


def test_the_general_staffs_list_quoted_in_a_news_sentence():
    text = ("The total combat losses of the enemy from February 24, 2022 to June 3, 2024 are approximately: personnel - about "
            "508,000 people (+1,210 per day), tanks - 7,719 (+12), vehicles and fuel tanks - 17,180 (+58), warships / boats - 28 (0). "
            "The figures were published by Ukraine's General Staff.")
    assert read(text, MON_2024, "claimant", "subject", "metric", "value", "qualifier", "scope") == [
        ("ua_mod", "ru_military", "killed", 508000, "approx", "cumulative"), ("ua_mod", "ru_military", "killed", 1210, "exact", "period"),
        ("ua_mod", "ru_military", "tanks", 7719, "exact", "cumulative"), ("ua_mod", "ru_military", "tanks", 12, "exact", "period"),
        ("ua_mod", "ru_military", "vehicles", 17180, "exact", "cumulative"), ("ua_mod", "ru_military", "vehicles", 58, "exact", "period"),
        ("ua_mod", "ru_military", "ships", 28, "exact", "cumulative")]


def test_a_part_of_an_equipment_total_and_a_loser_that_opens_the_sentence_are_no_claim_and_no_speaker():
    text = ("Oryx has documented the loss of 1,000 Russian tanks, of which 540 were captured by Ukrainian forces. "
            "Ukraine has lost about 450 tanks, it says.")
    assert read(text, MON_2024, "claimant", "subject", "metric", "value") == [
        ("independent", "ru_military", "tanks", 1000), ("independent", "ua_military", "tanks", 450)]


def test_both_armies_only_in_the_figures_own_clause_and_a_parallel_clause_shares_its_day():
    text = ("Both sides claim heavy losses: Russia says 9,000 Ukrainian soldiers died last week, while Ukraine puts Russian "
            "losses at 7,500.")
    assert read(text, THU_2024, "subject") == ["ua_military", "ru_military"]
    text = "Combined, the two armies have lost more than a million men, Western estimates suggest."
    assert read(text, THU_2024, "claimant", "subject", "value") == [("other_gov", "all_military", 1000000)]
    text = "Kyiv says Moscow lost 1,000 troops on Tuesday alone; Moscow says Kyiv lost 400."
    assert read(text, THU_2024, "subject", "value", "scope", "as_of") == [
        ("ru_military", 1000, "period", "2024-06-04"), ("ua_military", 400, "period", "2024-06-04")]


def test_refusals_name_the_figures_owner_and_frame_no_later_sentence():
    text = "The Pentagon said it could not confirm Ukraine's claim of 500 Russians killed."
    assert read(text, THU_2024, "claimant", "value") == [("ua_mod", 500)]
    text = "Moscow rejected the Ukrainian figure of 9,000 dead as propaganda, saying its losses were 498."
    assert read(text, THU_2024, "claimant", "subject", "value") == [("ua_mod", "ru_military", 9000), ("ru_mod", "ru_military", 498)]
    text = ("Zelensky said 43,000 Ukrainian soldiers had been killed. Kyiv has routinely dismissed outside estimates as "
            "exaggerated.\nHe then turned to the enemy, asserting that all of Moscow's losses now top 750,000.")
    assert ("ua_president", "ru_military", 750000) in read(text, THU_2024, "claimant", "subject", "value")


def test_an_earlier_value_of_the_same_count_is_its_total_then_and_keeps_its_window_to_itself():
    text = "Ukraine's General Staff put Russian losses at 600,000 on Friday, up from 500,000 in February."
    assert read(text, THU_2024, "claimant", "value", "scope", "as_of") == [
        ("ua_mod", 600000, "cumulative", "2024-05-31"), ("ua_mod", 500000, "cumulative", "2024-02-29")]


def test_children_named_among_a_toll_after_it():
    text = "Of the 12 people killed, four were children, the governor said."
    assert read(text, THU_2024, "claimant", "subject", "metric", "value") == [
        ("ua_other", "civilians", "killed", 12), ("ua_other", "children", "killed", 4)]


@pytest.mark.parametrize("before, part, metric", [
    ("The strike on Odesa killed three people and injured 20, the governor said.", "Two of the victims were children.", "casualties"),
    ("The strike on Odesa killed three people and injured 20, the governor said.", "Among the victims are two children.", "casualties"),
    ("Shelling killed three people and wounded 20 in Kherson, officials said.", "Among the casualties were two children.", "casualties"),
    # (the victims of a toll of the dead alone, or of the wounded alone, are those; "the dead" are the dead)
    ("The strike on Odesa killed three people, the governor said.", "Two of the victims were children.", "killed"),
    ("The strike on Odesa injured 20 people, the governor said.", "Two of the victims were children.", "wounded"),
    ("The strike on Odesa killed three people and injured 20, the governor said.", "Two of the dead were children.", "killed"),
])
def test_children_among_the_victims_of_a_toll_of_dead_and_wounded_are_casualties(before, part, metric):
    assert ("children", metric, 2) in read(f"{before} {part}", MON_2024, "subject", "metric", "value")


def test_equipment_named_by_model():
    text = "Russia lost two Su-25 jets and a Ka-52 helicopter on Tuesday, and Oryx counts 16 Leopards that Ukraine has lost."
    assert read(text, MON_2024, "metric", "value") == [("aircraft", 2), ("helicopters", 1), ("tanks", 16)]
    text = "The occupiers have lost 20 Su-25s and 14 Ka-52s since February 24, the Ukrainian air force said."
    assert read(text, MON_2024, "subject", "metric", "value") == [("ru_military", "aircraft", 20), ("ru_military", "helicopters", 14)]


def test_casualties_beside_a_count_of_the_injured_are_the_dead():
    text = "The UN said the war had caused 9,100 civilian casualties and 16,200 injured."
    assert read(text, MON_2024, "metric", "value") == [("killed", 9100), ("wounded", 16200)]


def test_a_headline_bound_of_the_bodys_range_is_that_range():
    text = "Zelensky: up to 3,000 Ukrainian troops killed\nZelensky said between 2,500 and 3,000 Ukrainian soldiers had been killed."
    got = [(c.claimant, c.subject, c.metric, c.value_low, c.value_high, c.qualifier) for c in extract_claims(text, date(2022, 4, 16))]
    assert got == [("ua_president", "ua_military", "killed", 2500, 3000, "range")]


def test_a_rounded_headline_naming_the_loss_loosely_is_the_bodys_figure_and_an_unnamed_ministry_counts_the_enemy():
    text = ("Over 3,700 Ukrainian troops killed in failed offensive - MoD\nThe Ukrainian army has lost 3,715 servicemen since "
            "launching its offensive on June 4, the ministry said.\nShoigu said Russian losses were 71 killed over the same period.")
    got = [(c.claimant, c.subject, c.metric, c.value, c.scope) for c in extract_claims(text, date(2023, 6, 6))]
    assert got == [("ru_mod", "ua_military", "casualties", 3715, "period"), ("ru_mod", "ru_military", "killed", 71, "period")]

def test_a_loss_word_after_the_figure_ends_its_noun_phrase():
    # "25 wounded when shells hit": shells are no noun of the figure, and neither are rescuers after "when"
    text = "Fourteen people were killed and 25 wounded when shells hit a bus stop in Donetsk, Denis Pushilin said."
    assert read(text, MON_2024, "claimant", "metric", "value") == [("ru_other", "killed", 14), ("ru_other", "wounded", 25)]
    text = "Nine died and 30 injured after rescuers reached the site, the governor said."
    assert read(text, MON_2024, "metric", "value") == [("killed", 9), ("wounded", 30)]


def test_officers_among_the_named_dead_are_a_part_of_the_total():
    text = "Mediazona has confirmed 71,000 Russian dead by name. Among the identified dead are over 3,900 officers."
    assert read(text, MON_2024, "claimant", "subject", "value") == [("independent", "ru_military", 71000)]


def test_an_unnamed_source_is_no_earlier_speakers_and_a_live_blog_entry_starts_afresh():
    text = ("The General Staff said Russia had lost 1,100 troops in a day. "
            "In Kherson, three people were wounded overnight, according to local media.")
    assert read(text, MON_2024, "claimant", "subject", "value")[-1] == ("other", "civilians", 3)
    text = ("Live\n09:15\nRussia's defence ministry said its forces had downed 41 Ukrainian drones.\n"
            "10:40 GMT\nTwo civilians were killed in Nikopol.")
    assert read(text, MON_2024, "claimant", "subject", "value") == [("ru_mod", "ua_military", 41), ("other", "civilians", 2)]


def test_a_speech_aside_does_not_part_the_loser_from_its_verb():
    text = "Zelensky gave no number for Ukraine's dead. Russia, he said, had lost more than 200,000 soldiers."
    assert read(text, MON_2024, "claimant", "subject", "value") == [("ua_president", "ru_military", 200000)]


def test_claims_by_a_side_are_that_sides_and_an_alternative_figure_shares_the_noun():
    text = "Syrskyi dismissed claims by Moscow that Kyiv had lost 400,000 or even 600,000 troops, calling them absurd."
    assert read(text, MON_2024, "claimant", "subject", "metric", "value") == [
        ("ru_mod", "ua_military", "casualties", 400000), ("ru_mod", "ua_military", "casualties", 600000)]


def test_a_year_before_a_present_tense_source_is_the_figures_window_and_a_compared_figure_keeps_its_own():
    text = "In 2023, the General Staff says, Russia lost 250,000 soldiers, compared with 110,000 in 2022."
    assert read(text, date(2024, 1, 2), "value", "scope", "as_of") == [(250000, "period", "2023-12-31"), (110000, "period", "2022-12-31")]


def test_a_month_after_a_window_opened_in_an_earlier_year_is_this_years():
    text = "The UN says 11,000 civilians have been killed since February 2022. In May alone, 170 were killed, it said."
    assert read(text, THU_2024, "value", "scope", "as_of")[-1] == (170, "period", "2024-05-31")


def test_a_place_after_a_coordination_holds_for_both_figures_after_in_total():
    text = "In total, Ukraine has lost more than 11,000 troops and 90 tanks in the region since August 6, the ministry in Moscow said."
    assert read(text, THU_2024, "metric", "scope") == [("casualties", "event"), ("tanks", "event")]


@pytest.mark.parametrize("text, scope", [
    # the place ends the noun phrase of a figure that is no claim ("pieces of equipment", "dozens of vehicles")
    ("Russia said Ukraine had lost more than 76,000 servicemen and 4,500 pieces of equipment in the Kursk region.", "event"),
    ("Russia said Ukraine had lost more than 76,000 servicemen and 4,500 pieces of equipment in the Kursk region since August.", "event"),
    # (not when the first figure has a window of its own, nor when the place is a part's)
    ("Russia said Ukraine had lost more than 76,000 servicemen since August and 4,500 pieces of equipment in the Kursk region.", "period"),
    ("Russia said Ukraine had lost more than 76,000 servicemen and 4,500 pieces of equipment since the start of the war, "
     "including 900 in the Kursk region.", "cumulative"),
])
def test_a_place_after_a_coordination_holds_for_the_figure_before_an_unclaimed_one(text, scope):
    assert read(text, THU_2024, "metric", "scope") == [("casualties", scope)]


@pytest.mark.parametrize("text, subject, value", [
    # the loser before a figure that is no loss, joined by "and" to the one that is (the comma inside "2,000" ends no clause)
    ("Ukrainian forces have lost about 2,000 square kilometres and 15,000 soldiers in the Kursk operation, Gerasimov said.",
     "ua_military", 15000),
    ("Russian forces have lost 500 square kilometres and 20,000 soldiers in the offensive, Zelensky said.", "ru_military", 20000),
])
def test_the_army_that_lost_a_figure_before_and_loses_the_figure_after(text, subject, value):
    assert read(text, THU_2024, "subject", "value") == [(subject, value)]


@pytest.mark.parametrize("text, claimant", [
    ("Local authorities in Belgorod said two people were killed by Ukrainian shelling.", "ru_other"),
    ("Authorities in Kharkiv said three people were killed in a Russian strike.", "ua_other"),
])
def test_authorities_in_a_place_speak_for_the_side_that_holds_it(text, claimant):
    assert read(text, THU_2024, "claimant") == [claimant]


def test_a_figure_set_off_by_at_after_its_clause_is_that_clauses_subjects():
    text = "Russian losses in May were the highest of the war, at 38,940, British defence intelligence said."
    assert read(text, THU_2024, "claimant", "subject", "metric", "value") == [("uk_gov", "ru_military", "casualties", 38940)]


@pytest.mark.parametrize("text, values", [
    ("The strike happened in Kharkiv, at 10 in the morning, and killed three.", [3]),
    ("The missile hit at around 3 a.m., killing 12 people.", [12]),
    ("A drone struck the bus at 11 o'clock, killing four passengers.", [4]),
    # (a count of the morning is no time: no "at" before it)
    ("The attack killed 10 in the morning and 5 more in the evening.", [10, 5]),
])
def test_a_time_of_day_is_no_figure(text, values):
    assert read(text, THU_2024, "value") == values


@pytest.mark.parametrize("text", [
    "Ukraine's air force said Russia launched 40 drones overnight. It said 35 of them were shot down.",
    "Ukraine's air force said Russia launched 40 drones overnight and 35 of them were shot down.",
])
def test_the_downed_part_of_the_drones_launched_is_the_claim_and_the_launched_are_none(text):
    assert read(text, THU_2024, "claimant", "subject", "metric", "value") == [("ua_mod", "ru_military", "uav", 35)]


def test_a_list_after_a_running_total_goes_on_with_the_days_figure():
    text = ("Over the past day, Ukrainian forces eliminated 990 Russian invaders, bringing the total to about 480,000, the General "
            "Staff said.\nThe enemy also lost 11 tanks and 25 artillery systems.")
    assert read(text, THU_2024, "metric", "scope") == [("killed", "period"), ("killed", "cumulative"), ("tanks", "period"),
                                                      ("artillery", "period")]


def test_the_question_of_an_interview_names_whose_losses_the_answer_counts():
    text = 'Asked how many Ukrainian troops had been killed, Syrskyi said: "About 40,000. Every one of them is a tragedy."'
    assert read(text, THU_2024, "claimant", "subject", "value") == [("ua_mod", "ua_military", 40000)]


def test_equipment_destroyed_after_a_delivery_is_the_receivers():
    text = "Ukraine has received 31 Abrams tanks from the United States; at least five have been destroyed, according to Oryx."
    assert read(text, THU_2024, "claimant", "subject", "metric", "value") == [("independent", "ua_military", "tanks", 5)]


def test_captives_among_the_dead_of_a_crash_are_killed_in_that_incident():
    text = "Sixty-five Ukrainian prisoners of war were among 74 people killed when a transport plane crashed, Russian officials claimed."
    assert read(text, THU_2024, "subject", "metric", "value", "scope")[0] == ("ua_military", "killed", 65, "event")


def test_a_day_named_with_alone_dates_a_military_count():
    text = "Kyiv's military said Russian forces lost about 300 men near Pokrovsk on Sunday alone."
    assert read(text, date(2024, 11, 11), "value", "scope", "as_of") == [(300, "event", "2024-11-10")]


def test_a_running_total_in_the_next_sentence_is_the_same_count():
    text = ("The General Staff put Russian losses at 1,100 over the past day. That brings the total since February 2022 to "
            "650,000, it said.")
    assert read(text, THU_2024, "claimant", "subject", "metric", "value", "scope") == [
        ("ua_mod", "ru_military", "casualties", 1100, "period"), ("ua_mod", "ru_military", "casualties", 650000, "cumulative")]


def test_the_number_a_second_source_puts_is_the_count_just_given_not_the_bare_word_losses():
    text = "Kyiv says Russia has lost 4,400 tanks. Oryx, which lists only losses it can see in photos, puts the number at 2,250."
    assert read(text, THU_2024, "claimant", "metric", "value") == [("ua_mod", "tanks", 4400), ("independent", "tanks", 2250)]


def test_by_our_count_is_a_source_not_an_owner_and_a_window_in_months():
    text = '"The Russians lost many times more. By our count at least 16,000 killed in four months," General Tarnavskyi said.'
    assert read(text, THU_2024, "subject", "scope") == [("ru_military", "period")]


def test_a_bare_month_after_the_invasions_start_is_the_latest_such_month():
    text = ("Moscow has had no costlier month since it invaded Ukraine in February 2022. Britain's defence ministry said "
            "Russia lost 45,000 troops in November.")
    assert read(text, date(2024, 12, 5), "claimant", "value", "scope", "as_of") == [("uk_gov", 45000, "period", "2024-11-30")]


def test_a_window_of_the_clause_before_is_not_the_window_of_a_total_after_and():
    # the thousands comma of the figure is no clause break that would push "in total" away
    text = ("Western officials estimate Russia has lost that many in a single month in Ukraine, and more than 200,000 killed "
            "and wounded in total.")
    assert read(text, THU_2024, "value", "scope") == [(200000, "cumulative")]


def test_the_figures_given_by_a_source_after_a_paragraph_are_all_that_sources():
    text = ("Night of strikes\nDrones hit three cities overnight. Three people were killed in Sumy and two in Kherson. "
            "Four others were hurt in Dnipro.\nThe figures were provided by regional governors.")
    assert read(text, THU_2024, "claimant", "value") == [("ua_other", 3), ("ua_other", 2), ("ua_other", 4)]


def test_a_named_plant_or_airfield_is_a_place():
    text = "Russia's defence ministry said 700 Ukrainian fighters had surrendered at the Illich steelworks since Monday."
    assert read(text, THU_2024, "metric", "value", "scope") == [("captured", 700, "event")]
    text = "Ukraine's air force said it had destroyed nine Russian aircraft at the Saky airfield."
    assert read(text, THU_2024, "metric", "scope") == [("aircraft", "event")]


def test_a_figure_called_a_lie_is_the_one_its_owner_gave_and_an_old_statements_day_does_not_carry():
    text = ("Zelensky said between 2,500 and 3,000 Ukrainian soldiers had been killed.\nMoscow has not updated its own toll since "
            "March 25, when it said 1,351 Russian soldiers had died. Its spokesman called Zelensky's figure of 2,500-3,000 "
            "\"a lie\", saying that Ukrainian losses were 23,367.")
    got = read(text, date(2022, 4, 16), "claimant", "subject", "value", "as_of")
    assert got == [("ua_president", "ua_military", None, "2022-04-16"), ("ru_mod", "ru_military", 1351, "2022-03-25"),
                   ("ru_mod", "ua_military", 23367, "2022-04-16")]


def test_a_second_estimate_that_puts_them_at_counts_what_the_first_did():
    text = "US officials put Russian casualties at 315,000; a British estimate puts them at 350,000."
    assert read(text, THU_2024, "claimant", "subject", "metric", "value") == [
        ("us_gov", "ru_military", "casualties", 315000), ("uk_gov", "ru_military", "casualties", 350000)]


def test_drones_shot_down_after_the_nights_victims_are_that_nights():
    text = ("Russia fired 40 missiles and 50 drones at Ukraine overnight, killing 11 civilians, officials said.\n"
            "The air force said it had shot down 34 of the missiles and 41 of the drones.")
    assert ("uav", 41, "period") in read(text, THU_2024, "metric", "value", "scope")


def test_a_second_item_with_its_own_window_keeps_the_first_items_day():
    text = "The General Staff said Russia had lost some 1 250 troops in the past day and over 40 thousand in March."
    assert read(text, date(2024, 4, 2), "value", "qualifier", "scope", "as_of") == [
        (1250, "approx", "period", "2024-04-02"), (40000, "at_least", "period", "2024-03-31")]


def test_soldiers_killed_when_a_missile_hit_is_one_incident():
    text = "A dozen Ukrainian soldiers were killed when a missile hit a training ground, a Ukrainian brigade said."
    assert read(text, THU_2024, "value", "scope") == [(12, "event")]


def test_a_post_signed_on_its_last_line_is_the_signers_and_page_furniture_signs_nothing():
    text = "Shelling hit Marhanets overnight. A 70-year-old woman was killed.\nSerhiy Lysak, head of the regional military administration"
    assert read(text, THU_2024, "claimant", "value") == [("ua_other", 1)]
    text = "Shelling hit Marhanets overnight. A 70-year-old woman was killed.\nRead also: Zelensky meets the governor"
    assert read(text, THU_2024, "claimant", "value") == [("other", 1)]


def test_the_general_staffs_list_with_colons_after_its_labels():
    text = ("Russia's total combat losses as of July 15 are, the General Staff said: personnel: about 560,000 (+1,100); "
            "tanks: 8,200 (+7).")
    assert read(text, date(2024, 7, 15), "metric", "value", "scope") == [
        ("killed", 560000, "cumulative"), ("killed", 1100, "period"), ("tanks", 8200, "cumulative"), ("tanks", 7, "period")]
    # a clause that ends in a colon is no label: "strikes inflicted losses on the enemy: more than 70 ... were killed"
    text = "Russia's defence ministry said artillery strikes inflicted losses on the enemy: more than 70 Ukrainian servicemen were killed."
    assert read(text, THU_2024, "metric", "value") == [("killed", 70)]


def test_a_month_compared_with_dates_nothing_and_that_compares_with_is_the_same_count():
    text = ("Russian personnel losses in January were 25% higher than in December, reaching 26,000, according to Ukraine's "
            "General Staff. That compares with 21,000 in December.")
    assert read(text, date(2024, 1, 30), "claimant", "value", "scope", "as_of") == [
        ("ua_mod", 26000, "period", "2024-01-30"), ("ua_mod", 21000, "period", "2023-12-31")]


def test_a_word_cut_at_the_end_of_a_figures_reach_is_read_whole_and_a_day_the_speaker_spoke_on_is_no_place():
    # "on Mon|day" at the edge of the window had read as a place called "Mon"
    text = ("The enemy's losses this year exceeded 560,000 people, Russian Defence Minister Andrei Belousov said at a board "
            "meeting on Monday.")
    assert read(text, date(2024, 12, 16), "scope", "as_of") == [("period", "2024-12-16")]
    text = ("Since the start of the full-scale invasion, 485 children have been killed, the Prosecutor General's Office "
            "said on International Children's Day.")
    assert read(text, date(2023, 6, 1), "scope") == ["cumulative"]


def test_a_combined_attack_is_no_sum_of_both_armies():
    text = ("Russia launched one of its largest combined attacks on Ukraine overnight, killing at least four people and "
            "injuring more than a dozen, officials reported.")
    assert read(text, THU_2024, "subject", "metric", "value", "qualifier") == [
        ("civilians", "killed", 4, "at_least"), ("civilians", "wounded", 12, "at_least")]


def test_the_window_of_a_days_change_in_parentheses_is_not_the_totals_and_a_running_total_of_combat_losses_is_the_dead():
    text = ("Ukrainian defenders have killed another 480 Russian invaders in the past 24 hours, bringing Russia's total combat "
            "losses to 207,440, the General Staff said. They have also destroyed 3,797 Russian tanks (+2 over the past day) "
            "and 3,583 artillery systems (+9).")
    assert read(text, THU_2024, "metric", "value", "scope") == [
        ("killed", 480, "period"), ("killed", 207440, "cumulative"), ("tanks", 3797, "cumulative"), ("tanks", 2, "period"),
        ("artillery", 3583, "cumulative"), ("artillery", 9, "period")]


def test_connecting_words_between_a_loss_word_and_its_figure_keep_the_loss_word():
    # "dead at just under 60,000": the words between governed the figure only when followed by more text
    text = "US officials put the number of Ukrainian dead at just under 60,000, and the wounded at well over 100,000."
    assert read(text, THU_2024, "claimant", "subject", "metric", "value", "qualifier") == [
        ("us_gov", "ua_military", "killed", 60000, "at_most"), ("us_gov", "ua_military", "wounded", 100000, "at_least")]
    # ... and a count that names its side is not the side named in the sentence before
    text = "Western estimates of Russian dead range from 70,000 to 120,000. US officials put the number of Ukrainian dead at 60,000."
    assert read(text, THU_2024, "claimant", "subject", "value") == [("other_gov", "ru_military", None), ("us_gov", "ua_military", 60000)]


def test_figures_written_without_a_separator_or_with_a_space_read_as_with_a_comma():
    # "2000 men" after "more than" is a count, "in 2022" a year; "6 520 injured" beside casualties as "6,520 injured"
    text = "On 28 November Russia lost more than 2000 men in a single day, Kyiv said in 2024."
    assert read(text, date(2024, 12, 1), "value", "qualifier") == [(2000, "at_least")]
    text = "Kyiv said Russia had lost 1990 troops over the past day."
    assert read(text, date(2024, 12, 1), "value") == [1990]
    text = "The UN said the war had caused 5 024 civilian casualties and 6 520 injured."
    assert read(text, MON_2024, "metric", "value") == [("killed", 5024), ("wounded", 6520)]


def test_a_curly_apostrophe_names_a_speaker_as_a_straight_one_does():
    text = "Figures released by Ukraine\u2019s military are higher. So far, Kyiv reportedly counts 2,100 Russian tanks put out of action."
    assert read(text, THU_2024, "claimant", "metric", "value") == [("ua_mod", "tanks", 2100)]


def test_quotes_end_with_their_paragraph_unless_the_next_one_reopens_them():
    from casualty_claims.extract.document import find_quotes
    # an unclosed quote does not swallow the paragraphs after it and pair with the next quote mark
    text = 'The army said it had "struggled to keep discipline.\n- The UN said 17,000 died. The US was "deeply concerned".'
    assert [text[s:e] for s, e in find_quotes(text)] == ['"struggled to keep discipline.', '"deeply concerned"']
    # a quote over two paragraphs reopens the second; that mark does not close it
    text = '"We held the line for months.\n"They lost many times more," he said.'
    assert [text[s:e] for s, e in find_quotes(text)] == [text[:text.index(" he said")]]


def test_a_hyphen_set_off_by_spaces_is_a_dash():
    text = ("OHCHR has verified that at least 12,600 Ukrainian civilians - including 670 children - have been killed and "
            "29,300 - including 1,800 children - have been injured.")
    got = read(text, THU_2024, "subject", "metric", "value")
    assert ("civilians", "killed", 12600) in got and ("civilians", "wounded", 29300) in got


# The table tests below read a few fields of each claim of one sentence, published on one of these days.
MON_2024, THU_2024 = date(2024, 6, 3), date(2024, 6, 6)


def read(text: str, published: date, *fields: str) -> list:
    """The named fields of every claim extracted from `text`: a tuple per claim, or the bare value for one field."""
    rows = [tuple(getattr(c, f).isoformat() if f == "as_of" else getattr(c, f) for f in fields) for c in extract_claims(text, published)]
    return [r[0] for r in rows] if len(fields) == 1 else rows


# Who speaks, by LABELING's claimant list: one template sentence per way of naming a body or an official.
SPEAKER_CASES = [
 ("Russia's FSB", "ru_other"), ("Sergei Naryshkin", "ru_other"),
 ("Andrei Marochko, an officer of the Luhansk militia,", "ru_other"), ("Russian lawmaker Andrei Gurulyov", "ru_other"), ("the State Duma", "ru_other"),
 ("the Conflict Intelligence Team", "independent"), ("Bellingcat", "independent"), ("demographers", "independent"),
 ("German Defence Minister Boris Pistorius", "other_gov"), ("Kaja Kallas", "other_gov"), ("Britain's Chief of the Defence Staff", "uk_gov"),
 ("Foreign Secretary James Cleverly", "uk_gov"),
 ("Oleksiy Danilov", "ua_other"), ("Kyrylo Tymoshenko", "ua_presidential_office"),
 ("the International Institute for Strategic Studies", "independent"), ("the IISS", "independent"),
 ("Ukraine's Prosecutor General's Office", "ua_prosecutor"), ("the Prosecutor General's Office", "ua_prosecutor"),
 ("the Office of the Prosecutor General", "ua_prosecutor"),
 ("Prosecutor General Andriy Kostin", "ua_prosecutor"), ("Ukraine's ombudsman Dmytro Lubinets", "ua_other"), ("the ombudsman", "ua_other"),
 ("the State Emergency Service", "ua_ses"), ("Ukraine's emergency service", "ua_ses"), ("Ukraine's rescue service", "ua_ses"), ("the SES", "ua_ses"),
 ("the national police", "ua_other"), ("Kharkiv's mayor Ihor Terekhov", "ua_other"), ("the head of the Kherson regional military administration", "ua_other"),
 ("Ukraine's Health Ministry", "ua_other"), ("the Ukrainian Red Cross", "other"), ("the International Committee of the Red Cross", "other"),
 ("the UN children's agency UNICEF", "un"), ("the World Health Organization", "un"), ("UN Secretary-General Antonio Guterres", "un"),
 ("the head of the UN monitoring mission, Danielle Bell", "un"), ("Amnesty International", "other"), ("Human Rights Watch", "other"),
 ("Russia's Investigative Committee", "ru_other"), ("the Russian-installed governor of Zaporizhzhia, Yevgeny Balitsky", "ru_other"),
 ("Denis Pushilin, the Russian-installed head of Donetsk", "ru_other"), ("Belgorod governor Vyacheslav Gladkov", "ru_other"),
 ("Russia's Emergencies Ministry", "ru_other"), ("Kursk's acting governor Alexei Smirnov", "ru_other"),
 ("the Institute for the Study of War", "independent"), ("the BBC's Russian service", "independent"),
 ("Ukraine's defence intelligence agency (HUR)", "ua_mod"), ("Ukraine's SBU security service", "ua_other"),
 ("Moldova's foreign ministry", "other_gov"), ("the German government", "other_gov"), ("NATO Secretary General Mark Rutte", "other_gov"),
 ("the Ukrainian government", "ua_other"), ("Russia's government", "ru_other"),
 ("Donetsk Oblast Governor Vadym Filashkin", "ua_other"), ("Ukraine's 24th mechanized brigade", "ua_mod"),
 ("the Russian-installed governor of the Zaporizhzhia region", "ru_other"),
 ("Vitaliy Barabash, the head of the town's military administration,", "ua_other"), ("Ukraine's ambassador to the UN", "ua_other"),
 ("Foreign Minister Dmytro Kuleba", "ua_other"),
 ("the commander of a Ukrainian drone unit", "ua_mod"), ("leaked US documents", "us_gov"), ("Ukrainian intelligence", "ua_mod"),
 ("the investigative outlet iStories, citing hospital records,", "independent"), ("The Insider", "independent"),
 ("regional governors", "ua_other"), ("a British estimate", "uk_gov"),
 ("the commissioner for missing persons, Artur Dobroserdov,", "ua_other"),
 # officials, institutes and projects added to the alias table in the twenty-fourth session (in office on MON_2024)
 ("the Chairman of the Joint Chiefs of Staff", "us_gov"), ("the Director of National Intelligence", "us_gov"), ("EUCOM", "us_gov"),
 ("U.S. European Command", "us_gov"), ("Vice President Kamala Harris", "us_gov"), ("Ned Price", "us_gov"),
 ("the Foreign Office", "uk_gov"), ("the FCDO", "uk_gov"), ("the Foreign Secretary", "uk_gov"), ("the Armed Forces Minister", "uk_gov"),
 ("Jim Hockenhull", "uk_gov"), ("General Sir Patrick Sanders", "uk_gov"), ("Leo Docherty", "uk_gov"),
 ("the German Foreign Office", "other_gov"), ("Donald Tusk", "other_gov"), ("Radoslaw Sikorski", "other_gov"),
 ("Wladyslaw Kosiniak-Kamysz", "other_gov"), ("Gabrielius Landsbergis", "other_gov"), ("Hanno Pevkur", "other_gov"),
 ("Margus Tsahkna", "other_gov"), ("Alexander Stubb", "other_gov"), ("Justin Trudeau", "other_gov"), ("Fumio Kishida", "other_gov"),
 ("South Korea's National Intelligence Service", "other_gov"), ("the NIS", "other_gov"), ("Seoul", "other_gov"), ("Pyongyang", "other_gov"),
 ("Annalena Baerbock", "other_gov"), ("the Bundeswehr", "other_gov"), ("the BND", "other_gov"), ("Admiral Rob Bauer", "other_gov"),
 ("the Estonian Foreign Intelligence Service", "other_gov"), ("Gitanas Nauseda", "other_gov"), ("Mette Frederiksen", "other_gov"),
 ("Hakan Fidan", "other_gov"), ("Czech President Petr Pavel", "other_gov"),
 ("ACLED", "independent"), ("the Armed Conflict Location and Event Data Project", "independent"),
 ("the Uppsala Conflict Data Program", "independent"), ("the RAND Corporation", "independent"), ("the Brookings Institution", "independent"),
 ("the Atlantic Council", "independent"), ("the Carnegie Endowment", "independent"), ("the Center for a New American Security", "independent"),
 ("the Hudson Institute", "independent"), ("the American Enterprise Institute", "independent"), ("the Heritage Foundation", "independent"),
 ("the Wilson Center", "independent"), ("the Jamestown Foundation", "independent"), ("Chatham House", "independent"), ("SIPRI", "independent"),
 ("the European Council on Foreign Relations", "independent"), ("DeepState", "independent"), ("GeoConfirmed", "independent"),
 ("Rob Lee", "independent"), ("Jack Watling", "independent"), ("Dara Massicot", "independent"), ("Mark Galeotti", "independent"),
 ("Phillips O'Brien", "independent"),
 ("Viktor Zolotov", "ru_other"), ("Alexander Beglov", "ru_other"), ("the Investigative Committee", "ru_other"),
 ("Sergei Kiriyenko", "ru_kremlin"), ("Yunus-Bek Yevkurov", "ru_mod"), ("Sergei Surovikin", "ru_mod"),
 ("Mykola Oleshchuk", "ua_mod"), ("Oleksandr Pavliuk", "ua_mod"), ("Yurii Sodol", "ua_mod"), ("Ihor Zhovkva", "ua_presidential_office"),
 ("Olha Stefanishyna", "ua_other"), ("Yulia Svyrydenko", "ua_other"), ("Oleksandr Lytvynenko", "ua_other"), ("Viktor Liashko", "ua_other"),
 ("Ivan Vyhivskyi", "ua_other"), ("the Centre for Countering Disinformation", "ua_other"), ("Yuriy Malashko", "ua_other"),
 ("Volodymyr Artiukh", "ua_other"), ("Dmytro Zhyvytskyi", "ua_other"), ("Vyacheslav Chaus", "ua_other"), ("Maksym Kozytskyi", "ua_other"),
 ("Andriy Sadovyi", "ua_other"), ("Borys Filatov", "ua_other"), ("Hennadiy Trukhanov", "ua_other"), ("Artem Lysogor", "ua_other"),
 ("Serhiy Popko", "ua_other"), ("Vitaliy Bunechko", "ua_other"), ("Dmytro Lunin", "ua_other"), ("Serhiy Borzov", "ua_other"),
 ("Ihor Taburets", "ua_other"), ("Andriy Raikovych", "ua_other"), ("Roman Mrochko", "ua_other"), ("Oleh Hryhorov", "ua_other"),
 ("Serhiy Kruk", "ua_ses"), ("Ukraine's energy ministry", "ua_other"), ("the Ukrainian Foreign Ministry", "ua_other"),
 ("Ukrainian Deputy Defence Minister Hanna Maliar", "ua_mod"),
]


@pytest.mark.parametrize("speaker, claimant", SPEAKER_CASES, ids=[s for s, _ in SPEAKER_CASES])
def test_speakers_map_to_their_claimant(speaker, claimant):
    text = f"{speaker[0].upper() + speaker[1:]} said 12 civilians were killed in Kherson on Sunday."
    assert read(text, MON_2024, "claimant") == [claimant]

@pytest.mark.parametrize("text, claimant", [
    ("In December, US Secretary of State Antony Blinken said Russia had suffered about 700,000 casualties.", "us_gov"),
    ("Blinken said on Sunday that Russia had suffered about 700,000 casualties.", "other"),
    ("Former Secretary of State Antony Blinken said Russia had suffered about 700,000 casualties.", "other"),
])
def test_an_office_named_with_the_person_was_held_when_he_spoke(text, claimant):
    # published after Blinken left office (January 2025): his name alone is a private person's, his title is the office's
    assert read(text, date(2025, 3, 10), "claimant") == [claimant]


@pytest.mark.parametrize("name, day, claimant", [
    # (Russia's are listed by name under ru_mod in LABELING.md: whatever their post that day)
    ("Shoigu", date(2025, 3, 10), "ru_mod"), ("Belousov", date(2023, 6, 15), "ru_mod"),
    ("Umerov", date(2024, 6, 15), "ua_mod"), ("Umerov", date(2025, 9, 1), "ua_other"),
    ("Shmyhal", date(2024, 6, 15), "ua_other"), ("Shmyhal", date(2025, 9, 1), "ua_mod"),
    ("Zaluzhnyi", date(2023, 6, 15), "ua_mod"), ("Zaluzhnyi", date(2025, 3, 10), "ua_other"),
    ("Reznikov", date(2025, 3, 10), "other"),
])
def test_a_minister_who_moved_speaks_for_the_post_he_held_that_day(name, day, claimant):
    # "Umerov, now secretary of the security council": the post held when he spoke (his name alone, no title)
    assert read(f"{name} said Russia had lost 200,000 soldiers.", day, "claimant") == [claimant]


@pytest.mark.parametrize("name, day, claimant", [
    ("Tulsi Gabbard", date(2025, 9, 8), "us_gov"), ("Tulsi Gabbard", date(2024, 6, 3), "other"),
    ("Friedrich Merz", date(2025, 9, 8), "other_gov"), ("Friedrich Merz", date(2024, 6, 3), "other"),
    ("Olaf Scholz", date(2024, 6, 3), "other_gov"), ("Olaf Scholz", date(2025, 9, 8), "other"),
    ("General Sir Roly Walker", date(2025, 9, 8), "uk_gov"), ("General Sir Roly Walker", date(2024, 6, 3), "other"),
    ("Maria Eagle", date(2025, 3, 3), "uk_gov"), ("Maria Eagle", date(2025, 9, 8), "other"),
    ("Donald Tusk", date(2019, 3, 4), "other_gov"), ("Donald Tusk", date(2022, 6, 6), "other"),
])
def test_an_official_named_alone_speaks_for_the_government_only_in_office(name, day, claimant):
    # the terms in lexicon.OFFICE_TERMS: before or after them the name alone is a private person's
    assert read(f"{name} said Russia had lost 200,000 soldiers.", day, "claimant") == [claimant]


# Which metric, by LABELING's vocabulary: one sentence per way of naming a loss.
METRIC_CASES = [
 ("Ukraine's military said Russia had taken 1,200 fatal casualties.", "killed"),
 ("Ukraine's military said Russia's losses, counting the wounded, stood at 1,200.", "casualties"),
 ("Ukraine's military said total Russian casualties, plus the wounded, came to about 1,200.", "casualties"),
 ("Ukraine's military said 1,200 Russian soldiers were killed or wounded.", "casualties"),
 ("Ukraine's military said 1,200 Russian soldiers were killed and wounded.", "casualties"),
 ("Ukraine's military said 1,200 Russian soldiers had been put out of action.", "casualties"),
 ("Ukraine's military said Russia suffered 1,200 casualties.", "casualties"),
 ("Ukraine's military said Russia's irrecoverable losses reached 1,200.", "killed"),
 ("Ukraine's military said 1,200 Russian soldiers were neutralised.", "killed"),
 ("Ukraine's military said 1,200 Russian soldiers were taken prisoner.", "captured"),
 ("Ukraine's military said 1,200 Russian soldiers went missing.", "missing"),
 ("Ukraine's military said 1,200 Russian soldiers were missing in action.", "missing"),
 ("Ukraine's military said 1,200 Russian servicemen died.", "killed"),
 ("Ukraine's military said 1,200 Russian troops were injured.", "wounded"),
 ("Ukraine's military said 120 Russian tanks were knocked out.", "tanks"),
 ("Ukraine's military said 120 Russian armoured personnel carriers were destroyed.", "armored_vehicles"),
 ("Ukraine's military said 120 Russian multiple rocket launchers were destroyed.", "mlrs"),
 ("Ukraine's military said 120 Russian air defence systems were destroyed.", "air_defense"),
 ("Ukraine's military said 12 Russian warplanes were shot down.", "aircraft"),
 ("Ukraine's military said 12 Russian attack helicopters were shot down.", "helicopters"),
 ("Ukraine's military said 120 Russian reconnaissance drones were shot down.", "uav"),
 ("Ukraine's military said 12 Russian cruise missiles were shot down.", "cruise_missiles"),
 ("Ukraine's military said 12 Russian warships were sunk.", "ships"),
 ("Ukraine's military said 120 Russian trucks were destroyed.", "vehicles"),
 ("Ukraine's military said 120 Russian self-propelled howitzers were destroyed.", "artillery"),
 ("Ukraine's military said 12 Russian Iskander launchers were destroyed.", "srbm"),
 ("Ukraine's military said 1,200 Russian soldiers were captured.", "captured"),
 ("Ukraine's military said 1,200 Russian soldiers were lost.", "casualties"),
 ("Ukraine's ombudsman confirmed the deaths of 12 Ukrainian prisoners of war.", "killed"),
 ("Ukraine's military said 1,200 Russian soldiers were killed or seriously wounded.", "casualties"),
 ("Ukraine's military said the enemy repelled four assaults, with Russia losing 1,200 troops.", "casualties"),
]


@pytest.mark.parametrize("text, metric", METRIC_CASES, ids=[t[24:60] for t, _ in METRIC_CASES])
def test_loss_words_map_to_their_metric(text, metric):
    assert read(text, MON_2024, "metric") == [metric]

# Whose losses, by LABELING's subjects: one sentence per way of naming the side that loses, read against who speaks.
SUBJECT_CASES = [
 ("Ukraine's General Staff said 1,100 occupiers were eliminated.", "ru_military"),
 ("Ukraine's General Staff said 1,100 enemy personnel were eliminated.", "ru_military"),
 ("Ukraine's General Staff said 1,100 invaders were killed.", "ru_military"),
 ("Russia's defence ministry said 900 Ukrainian militants were killed.", "ua_military"),
 ("Russia's defence ministry said 900 nationalists were killed.", "ua_military"),
 ("Russia's defence ministry said 900 foreign mercenaries were killed.", "ua_military"),
 ("Russia's defence ministry said Russian troops inflicted losses of 6,000 personnel on the Ukrainian army.", "ua_military"),
 ("Russia's defence ministry said the enemy lost 900 servicemen.", "ua_military"),
 ("Russia's defence ministry said the Kyiv regime lost 900 servicemen.", "ua_military"),
 ("Ukraine's General Staff said the enemy lost 900 servicemen.", "ru_military"),
 ("Zelensky said 31,000 of our soldiers had been killed.", "ua_military"),
 ("Zelensky said 31,000 Ukrainian defenders had been killed.", "ua_military"),
 ("Zelensky said Russia had lost 180,000 soldiers.", "ru_military"),
 ("Shoigu said Kyiv had lost 180,000 soldiers.", "ua_military"),
 ("The UN said 10,000 civilians had been killed.", "civilians"),
 ("The UN said 560 children had been killed.", "children"),
 ("The UN said 10,000 non-combatants had been killed.", "civilians"),
 ("US officials said both sides had suffered 500,000 casualties.", "all_military"),
 ("US officials said Russian and Ukrainian troops had suffered 500,000 casualties combined.", "all_military"),
 ("The governor said 12 residents were killed in the strike.", "civilians"),
 ("The governor said 3 minors were injured in the strike.", "children"),
 ("The Kremlin said 22 Wagner fighters were killed.", "ru_military"),
 ("Kyiv said 30 Ukrainian marines were captured.", "ua_military"),
 ("Moscow said 40 Ukrainian POWs were killed in the strike on the prison.", "ua_military"),
]



# Scope and day, by LABELING's conventions: one sentence per way of stating a window, a place or the whole war
# (published on Monday, 3 June 2024).
SCOPE_CASES = [
 ("Ukraine's General Staff said Russia had lost 1,210 troops in the Kupiansk and Krasny Lyman directions.", "event", "2024-06-03"),
 ("Ukraine's General Staff said Russia had lost 9,400 troops in the week.", "period", "2024-06-03"),
 ("Ukraine's General Staff said Russia had lost 1,210 troops along the Pokrovsk axis.", "event", "2024-06-03"),
 ("Ukraine's General Staff said Russia had lost 1,210 troops along the Toretsk front line.", "event", "2024-06-03"),
 ("A Pentagon memo put Ukraine's dead at close to 70,000 in a leaked assessment last year.", "cumulative", "2023-12-31"),
 ("US officials put Russia's dead at 88,000 in a briefing in May.", "cumulative", "2024-05-31"),
 ("Ukraine's General Staff said Russia had lost 508,000 troops since the full-scale invasion began.", "cumulative", "2024-06-03"),
 ("Ukraine's General Staff said Russia had lost 1,210 troops over the past 24 hours.", "period", "2024-06-03"),
 ("Ukraine's General Staff said Russia had lost 38,940 troops in May.", "period", "2024-05-31"),
 ("Ukraine's General Staff said Russia had lost 1,210 troops on Sunday.", "period", "2024-06-02"),
 ("Ukraine's General Staff said Russia had lost 1,210 troops near Kharkiv.", "event", "2024-06-03"),
 ("Ukraine's General Staff said Russia had lost 2,100 troops in the battle for Vovchansk.", "event", "2024-06-03"),
 ("Ukraine's General Staff said Russia had lost 8,300 troops in the past week.", "period", "2024-06-03"),
 ("Ukraine's General Staff said Russia had lost 31,000 troops so far this year.", "period", "2024-06-03"),
 ("Ukraine's General Staff said Russia had lost 8,600 troops during the first week of the offensive.", "period", "2024-06-03"),
 ("Ukraine's General Staff said Russia had lost 508,000 troops to date.", "cumulative", "2024-06-03"),
 ("Ukraine's General Staff said Russia had lost 508,000 troops in total.", "cumulative", "2024-06-03"),
 ("The UN said 11,000 civilians had been killed since February 2022.", "cumulative", "2024-06-03"),
 ("The UN said 150 civilians were killed in Ukraine in April 2024.", "period", "2024-04-30"),
 ("The governor said a missile strike on Kharkiv killed 7 people.", "event", "2024-06-03"),
 ("The UN said 80 civilians had been killed in Kharkiv region since the start of the offensive in May.", "event", "2024-06-03"),
 # a window read whole, also when it starts inside the figure's reach and ends beyond it, or closes the sentence
 ("Russia's defence ministry said Ukraine had lost more than 26,000 servicemen and hundreds of armoured vehicles since "
  "the start of its counteroffensive.", "period", "2024-06-03"),
 ("Russia's defence ministry said Ukraine had lost more than 26,000 servicemen and thousands of pieces of military "
  "hardware, many of them supplied by the West, during the summer counteroffensive.", "period", "2024-06-03"),
 ("Russia's defence ministry said Ukraine had lost more than 26,000 servicemen and thousands of pieces of military "
  "hardware, many of them supplied by the West, the minister told a meeting during the summer.", "cumulative", "2024-06-03"),
 # one attack's toll is an event also with its night named; the weapons it fired are no losses; a month of strikes is a window
 ("Russia fired 40 missiles and 150 drones at Ukraine overnight, killing 31 civilians, officials said.", "event", "2024-06-03"),
 ("Russian strikes killed 219 civilians across Ukraine in May, the UN said.", "period", "2024-05-31"),
 ("Russia's defence ministry said 771 Ukrainian fighters had surrendered since Saturday.", "period", "2024-06-03"),
 ("The UN said 8,006 civilians had been killed since February 24 last year.", "cumulative", "2024-06-03"),
 ("The UN said the toll was down from April, when 480 civilians were killed.", "period", "2024-04-30"),
 ("Russia's defence ministry said 12 Ukrainian drones flying towards the Russian capital were shot down.", "event", "2024-06-03"),
 ("The total number of Russian soldiers killed or wounded since February 24, 2022, now stands at about 795,000, Ukraine's "
  "General Staff said.", "cumulative", "2024-06-03"),
 ("Russian troops inflicted losses of 6,000 personnel on the Ukrainian army in week, the ministry said.", "period", "2024-06-03"),
 # a day closing the figure's clause before the speaker's comma dates the attack, not the statement; one fronting it does
 ("In Kharkiv, a strike on a residential area killed nine people on Sunday evening, the governor said.", "event", "2024-06-03"),
 ("On Sunday, the governor said a strike on a residential area in Kharkiv had killed nine people.", "event", "2024-06-02"),
 ("A Russian missile strike on a hospital in Kyiv on Sunday killed two adults, city officials said.", "event", "2024-06-03"),
 ("Russia's defence ministry said up to 60 Ukrainian soldiers were killed as a result of the attack.", "event", "2024-06-03"),
 # a city the attack hit is the place, as "in <city>" is; one attack that killed soldiers is an event too
 ("Nine people were injured when Russian drones struck Sumy overnight, the governor said.", "event", "2024-06-03"),
 ("A Russian glide bomb hit a truck near the front, killing three soldiers, the brigade said.", "event", "2024-06-03"),
 # "overnight" before a speech noun says when he spoke, not the window of the figure
 ("In his overnight video address, Zelensky said some 19,000 Russian soldiers had been killed so far.", "cumulative", "2024-06-03"),
 # the weapons as the subject of the verb: one attack, an event (not a night's window)
 ("Russian drones killed four people overnight, the regional governor said.", "event", "2024-06-03"),
 # an incident after a "that" which opens the figure's clause: the place window starts at "that", and so does the incident's
 ("Russian bloggers reported that about 90 soldiers had died in the strike.", "event", "2024-06-03"),
 # a length of time ("eight-month", "224-day") is no figure that ends the reading of the figure's own place
 ("Prigozhin said about 20,000 of his fighters had been killed in the 224-day battle for Bakhmut.", "event", "2024-06-03"),
 # a place in the figure's clause beyond the reading window; the strike that hit it makes the toll one event
 ("Moscow said Kyiv had lost more than 76,000 troops killed and wounded during its eight-month incursion into the Kursk region.",
  "event", "2024-06-03"),
 ("Kyiv said 400 Russian soldiers were killed after its artillery hit a temporary base in the Makiivka region of Donetsk.",
  "event", "2024-06-03"),
 # "the figure for Bakhmut": a count of one place
 ("A senior Ukrainian official put the figure for Vuhledar at 5,000 Russian casualties.", "event", "2024-06-03"),
 # the day a statement was released dates it: no window for the figure
 ("In a statement released on Sunday night, Russia's defence ministry said 320 Ukrainian soldiers had been killed.",
  "cumulative", "2024-06-02"),
 # "over the period" after a window: the same window
 ("Moscow said the offensive Kyiv began in June had failed. Its forces downed 18 Ukrainian jets over the period, the ministry said.",
  "period", "2024-06-03"),
 # how part of a count came about is no incident of the whole count
 ("The UN monitors have recorded 3,700 civilians injured, most of them hit by shelling and missile strikes.", "cumulative", "2024-06-03"),
 ("The UN said 9,500 civilians had been killed, many of them in air strikes on cities in the east.", "cumulative", "2024-06-03"),
 # a when-clause of something starting is the window's start; one of a statement dates that statement
 ("Moscow said Kyiv had lost 760 tanks since June, when its offensive began.", "period", "2024-06-03"),
 ("Kyiv has not updated its count since March, when it put the toll of its soldiers killed at 1,350.", "cumulative", "2024-03-31"),
 # "last week" ends on the Sunday before the publication's week (MON_2024 is a Monday: the day before)
 ("Zelensky said last week that 31,000 Ukrainian soldiers had been killed.", "cumulative", "2024-06-02"),
 ("Russia lost 9,500 soldiers last week, Ukraine's General Staff said.", "period", "2024-06-02"),
 # the day a count's data runs up to dates it, not the day it was published
 ("The figure of 30,457 civilian casualties, published on Friday, covers the period up to 31 May.", "cumulative", "2024-05-31"),
 # a window of hours up to a time; a span of days ends on its last
 ("In the 24 hours to 7 a.m. on Sunday, Russia lost 1,140 soldiers, the General Staff said.", "period", "2024-06-02"),
 ("On the night of May 30-31, air defences shot down 24 of 27 Russian drones, the air force said.", "period", "2024-05-31"),
]


@pytest.mark.parametrize("text, scope, as_of", SCOPE_CASES, ids=[t[40:80] for t, _, _ in SCOPE_CASES])
def test_windows_and_places_map_to_their_scope_and_day(text, scope, as_of):
    assert read(text, MON_2024, "scope", "as_of") == [(scope, as_of)]

# Numbers and qualifiers, by the issue's list: each figure phrase in one template sentence.
NUMBER_CASES = [
 ("some 1.2 million", 1200000, "approx"), ("over half a million", 500000, "at_least"), ("nearly 7,000", 7000, "approx"),
 ("roughly 200", 200, "approx"), ("as many as 3,000", 3000, "at_most"), ("no fewer than 450", 450, "at_least"),
 ("least 300", 300, "at_least"), ("1.2m", 1200000, "exact"), ("about 1,5 thousand", 1500, "approx"),
 ("upward of 300,000", 300000, "at_least"), ("2,500 soldiers or more", 2500, "at_least"), ("31 000", 31000, "exact"), ("122\u00a0883", 122883, "exact"),
 ("23 thousand", 23000, "exact"), ("1.5 million", 1500000, "exact"), ("a dozen", 12, "exact"), ("two dozen", 24, "exact"),
 ("seventy", 70, "exact"), ("two thousand", 2000, "exact"), ("around 50k", 50000, "approx"), ("just over 1,000", 1000, "at_least"),
 ("well over 100,000", 100000, "at_least"), ("fewer than 500", 500, "at_most"), ("at least 1,100", 1100, "at_least"),
 ("an estimated 40,000", 40000, "approx"), ("almost 90", 90, "approx"), ("more than 1,000", 1000, "at_least"),
 ("close to 70,000", 70000, "approx"), ("in excess of 200,000", 200000, "at_least"), ("about 500,000", 500000, "approx"),
 ("300,000-plus", 300000, "at_least"), ("500,000 or more", 500000, "at_least"),
]


@pytest.mark.parametrize("phrase, value, qualifier", NUMBER_CASES, ids=[p for p, _, _ in NUMBER_CASES])
def test_figure_phrases_map_to_value_and_qualifier(phrase, value, qualifier):
    text = f"Ukraine's General Staff said {phrase} Russian soldiers had been killed."
    assert read(text, MON_2024, "value", "qualifier") == [(value, qualifier)]

# Numbers that are no losses, by LABELING (refugees, troops deployed, money, distances, ages, times, buildings, page
# furniture, munitions fired, deliveries, percentages, per-day rates, needs, units, evacuees, years).
NON_CLAIM_CASES = [
 "More than 6 million Ukrainians have fled abroad, the UN refugee agency said.",
 "Russia has deployed about 470,000 troops in Ukraine, Kyiv's intelligence chief said.",
 "The EU approved 50 billion euros in aid for Ukraine.",
 "The front line stretches for more than 1,000 km, the General Staff said.",
 "Ukraine's army has about 880,000 personnel, the defence minister said.",
 "Russia plans to recruit 400,000 contract soldiers this year, Medvedev said.",
 "A 45-year-old man and his 12-year-old son were among the victims.",
 "The attack began at 4:30 am, the governor said.",
 "The strike destroyed 20 houses and damaged 150 others, the mayor said.",
 "Read more: 10 things to know about the offensive",
 "Russia fired 3,000 glide bombs at Ukrainian positions in May, the air force said.",
 "Ukraine received 31 Abrams tanks from the United States.",
 "Russia lost about 20 percent of its army, the analyst said.",
 "Russia is losing some 1,000 soldiers a day, Britain's defence ministry said.",
 "Zelensky said Ukraine needs 26 more Patriot systems.",
 "The 93rd brigade has been fighting near Bakhmut for 9 months.",
 "About 300 people were evacuated from the village, the governor said.",
 "The Kremlin said it would need 10 years to rebuild the army.",
 "Kyiv said 3,135 Ukrainians had come home from Russian captivity in 51 exchanges.",
 "The emergency service said the location of 14 residents had been established.",
 "Ukraine's air force said it shot down 3 of 4 Iskander missiles.",
 "Oryx said Russia had lost more than 9,000 pieces of military equipment.",
 "Russia's defence ministry said its battlegroup had inflicted losses on three Ukrainian brigades.",
 # a unit's strength; the people among bodies handed back
 "The 1,200-strong battalion lost a third of its men, its commander said.",
 "The 51 bodies returned to Ukraine on Friday included 14 civilians, the Coordination Headquarters said.",
 # a ratio set up by an opening "For every ...,"
 "For every Ukrainian soldier killed there, Russia was losing at least seven, the minister said.",
 # a group's share of the civilian toll (LABELING: sub-counts), like the journalists and rescuers among the dead
 "The education ministry said 1,150 pupils and more than 400 teachers had died since the invasion.",
 "The health ministry said 118 medical workers had been killed.",
]


@pytest.mark.parametrize("text", NON_CLAIM_CASES, ids=[t[:40] for t in NON_CLAIM_CASES])
def test_numbers_that_are_no_losses_give_no_claim(text):
    assert extract_claims(text, MON_2024) == []

# Unlabelled soldiers belong to the side the speaker fights, or to its enemy, by the verb (the issue's "which army
# unlabelled 'soldiers' belong to").
UNLABELLED_CASES = [
 ("Ukraine's military said its forces killed 1,100 soldiers over the past day.", "ru_military"),
 ("Ukraine's military said 1,100 soldiers were eliminated over the past day.", "ru_military"),
 ("Russia's defence ministry said its forces had killed up to 400 soldiers near Avdiivka.", "ua_military"),
 ("Russia's defence ministry said up to 400 soldiers had been eliminated near Avdiivka.", "ua_military"),
 ("Zelensky said 31,000 soldiers had died defending Ukraine.", "ua_military"),
 ("Zelensky said 31,000 soldiers had been killed since the invasion, the first figure Kyiv has given.", "ua_military"),
 ("Shoigu said 5,937 soldiers had died in the operation.", "ru_military"),
 ("The General Staff said the defenders destroyed 1,050 invaders.", "ru_military"),
 ("Ukraine's deputy defence minister said 53 badly wounded soldiers were evacuated from the plant.", "ua_military"),
]


@pytest.mark.parametrize("text, subject", SUBJECT_CASES + UNLABELLED_CASES, ids=[t[:50] for t, _ in SUBJECT_CASES + UNLABELLED_CASES])
def test_loss_owners_map_to_their_subject(text, subject):
    """Named owners (SUBJECT_CASES) and unlabelled soldiers read against the speaker and the verb (UNLABELLED_CASES)."""
    assert read(text, MON_2024, "subject") == [subject]

# Scope and day stated in a neighbouring sentence (the issue's third class of failures), published Thursday 6 June 2024.
NEIGHBOUR_CASES = [
 ("The update covers 1 to 31 May. During that period, the UN mission recorded 583 civilian casualties.",
  ("un","civilians","casualties",583,"period","2024-05-31")),
 ("As of Sunday, the General Staff put Russian losses at 508,000. The figure includes 1,200 over the past day.",
  ("ua_mod","ru_military","casualties",1200,"period","2024-06-02")),
 ("A Russian missile hit a shopping centre in Kharkiv on Tuesday. Eleven people were killed, the governor said.",
  ("ua_other","civilians","killed",11,"event","2024-06-06")),
 ("Fighting around Chasiv Yar intensified this week. Russia lost 2,300 soldiers there, Ukraine's military said.",
  ("ua_mod","ru_military","casualties",2300,"event","2024-06-06")),
 ("The counteroffensive began on June 4. Since then, Ukraine has lost 13,000 troops, Shoigu said.",
  ("ru_mod","ua_military","casualties",13000,"period","2024-06-06")),
 ("Ukraine's General Staff says Russia has lost about 770,000 troops since February 2022, including some 420,000 this year.",
  ("ua_mod","ru_military","casualties",420000,"period","2024-06-06")),
 ("The UN mission released its monthly update. It covers May 2024. In that month, the mission recorded 158 civilians killed "
  "and 569 injured.", ("un","civilians","wounded",569,"period","2024-05-31")),
 ("April was one of the deadliest months for Russian forces, according to Ukraine's military. It said Russia had lost 21,000 "
  "troops.", ("ua_mod","ru_military","casualties",21000,"period","2024-04-30")),
 ("Police in Kharkiv region recorded 412 civilians killed by Russian strikes this year. The regional prosecutor's office said "
  "29 of them were children.", ("ua_prosecutor","children","killed",29,"event","2024-06-06")),
 ("Russia's defence ministry said its forces had repelled 11 Ukrainian attacks near Bakhmut. It said Ukraine had lost up "
  "to 380 troops.", ("ru_mod","ua_military","casualties",380,"event","2024-06-06")),
 ("The invasion began on 24 February 2022. Since then, Russia has lost 508,000 troops, Kyiv says.",
  ("ua_mod","ru_military","casualties",508000,"cumulative","2024-06-06")),
]


@pytest.mark.parametrize("text, want", NEIGHBOUR_CASES, ids=[t[:40] for t, _ in NEIGHBOUR_CASES])
def test_scope_and_day_from_the_sentence_before(text, want):
    got = read(text, THU_2024, "claimant", "subject", "metric", "value", "scope", "as_of")
    assert want in got, got

# Attribution across sentences (the issue's first class of failures): "he said", "the ministry said", "it said",
# quotes over two sentences, "According to the report".
ACROSS_CASES = [
 ("Defence Minister Rustem Umerov spoke in Brussels on Wednesday. He said Russia had lost 500,000 troops.",
  ("ua_mod","ru_military","casualties",500000)),
 ("Russia's defence ministry issued its weekly summary. The ministry said Ukraine had lost 12,600 servicemen.",
  ("ru_mod","ua_military","casualties",12600)),
 ("Spokesman Dmitry Peskov spoke to reporters. The spokesman said 25 Russian soldiers had died in the strike.",
  ("ru_kremlin","ru_military","killed",25)),
 ('"We have lost 31,000 soldiers," Zelensky told a news conference. "Every one of them is a hero."',
  ("ua_president","ua_military","casualties",31000)),
 ('Zelensky told a news conference: "We have lost 31,000 soldiers. Every one of them is a hero."', ("ua_president","ua_military","casualties",31000)),
 ('Zelensky spoke for an hour. "Russia has lost 180,000 soldiers," he said.', ("ua_president","ru_military","casualties",180000)),
 ("The UN mission published its report on Friday. It said 11,000 civilians had been killed.", ("un","civilians","killed",11000)),
 ("Ukraine's General Staff updated its figures. According to the report, Russia lost 1,200 soldiers in a day.",
  ("ua_mod","ru_military","casualties",1200)),
 ("Kremlin spokesman Dmitry Peskov declined to comment. Russia's defence ministry said 5,937 soldiers had died.",
  ("ru_mod","ru_military","killed",5937)),
 ("Gladkov said a drone hit a car near Belgorod. Two people were killed, he added.", ("ru_other","civilians","killed",2)),
 # a quote closed by its own full stop continues the speaker before; the next sentence is his only when it is a bare tag
 ('"We are burying dozens a day," Prigozhin said in a video. "In one week we lost more than 300 men." Kyiv officials said '
  "the true toll was far higher.", ("ru_other","ru_military","casualties",300)),
 ('Kyiv officials spoke of heavy fighting. "In one week we lost more than 300 men." Prigozhin wrote on Telegram.',
  ("ru_other","ru_military","casualties",300)),
 # a speaker in the next paragraph who states a figure of his own, in words, is no trailing tag for the sentence before
 ("The State Emergency Service said eight people had died in the strike on Dnipro. Another 28 people were injured.\n"
  "Earlier, the regional governor had put the death toll at seven.", ("ua_ses","civilians","wounded",28)),
 # a side's claims named by its adjective are its defence ministry's, reported also by one who rejects them
 ("Zelensky spoke in Kyiv. He rejected Russian claims that Ukraine had lost 300,000 soldiers.", ("ru_mod","ua_military","casualties",300000)),
 ("Kyiv dismissed Russian estimates of 444,000 Ukrainian casualties.", ("ru_mod","ua_military","casualties",444000)),
 ("Russia said 1,351 of its soldiers had died. Ukraine puts the Russian death toll far higher, at around 15,000.",
  ("ua_mod","ru_military","killed",15000)),
 ("Nato believes that this month between 6,000 and 14,000 Russian troops have died.", ("other_gov","ru_military","killed",None)),
 # a participle "cited in the press" is no speech verb of its own; "put them at" takes the losses named before
 ("Ukraine's losses are harder to gauge. American officials cited in the press last month put them at around 80,000 dead.",
  ("us_gov","ua_military","killed",80000)),
 # a bullet of a key-events list is an item of its own: the bullet before does not speak in it
 ("Key events\n- Russia's defence ministry said its forces repelled 11 attacks. It said Ukraine had lost up to 380 troops.\n"
  "- At least 51 people were killed in a strike on a cafe in the village of Hroza.", ("other","civilians","killed",51)),
 # the second side's figure with its noun left out
 ("Leaked US documents put Russian casualties at up to 223,000 and Ukrainian at up to 131,000.", ("us_gov","ua_military","casualties",131000)),
 # "they" opening a party's own words, with no noun after the figure, are its enemy
 ('"They lost over 1,000 near Bakhmut this week," Serhiy Cherevatyi told Ukrainian television.', ("ua_mod","ru_military","casualties",1000)),
    # "Moscow last named the number ...": a capital that names a count speaks, and "they" after it is Moscow
    ("Neither army publishes its own toll. Moscow last named the number of Russian soldiers killed back in the autumn of "
     "2022, when they declared 5,937 dead.", ("ru_mod", "ru_military", "killed", 5937)),
    # "the ministry" points back past the UN to a ministry
    ("Russia's defence ministry said its forces had repelled attacks near Bakhmut. Separately, the UN said 9,083 civilians "
     "had been killed. The ministry said 450 Ukrainian soldiers were killed in the previous 24 hours.",
     ("ru_mod", "ua_military", "killed", 450)),
    # "Its military said" after a sentence that opens on a country: that country's army speaks, not the last speaker
    ("Russia's defence ministry said 310 Ukrainian soldiers were killed. Ukraine did not comment. Its military said "
     "Russia had lost 720 troops over the same day.", ("ua_mod", "ru_military", "casualties", 720)),
    # a person we have no alias for, described by a side's words, speaks for that side, not the speaker before
    ("Zelensky said Russia had lost 420,000 soldiers. Ivan Petrov, a commander of the Luhansk militia, said Ukraine had lost "
     "250 soldiers near Kreminna.", ("ru_other", "ua_military", "casualties", 250)),
    ("Zelensky said Russia had lost 420,000 soldiers. John Smith, a British military analyst, said Russia had lost 300,000.",
     ("other", "ru_military", "casualties", 300000)),
    # think tanks, researchers (capitalised opening a sentence), the Kyiv School of Economics and Forbes count for themselves
    ("Zelensky said Russia had lost 420,000 soldiers. A Washington-based think tank put Russian dead at 200,000.",
     ("independent", "ru_military", "killed", 200000)),
    ("Zelensky said Russia had lost 420,000 soldiers. According to the Kyiv School of Economics, Russia has lost 2,900 tanks.",
     ("independent", "ru_military", "tanks", 2900)),
    # an interview's answer counts the army its question named
    ("Q: How many troops has Russia lost so far?\nA: According to our General Staff, more than 690,000 killed and wounded.",
     ("ua_mod", "ru_military", "casualties", 690000)),
    # a newspaper that opens its sentence speaks itself: the speaker of the sentence before does not carry over
    ("Zelensky spoke on Monday. The Washington Post reported 60,000 Ukrainian dead.", ("other", "ua_military", "killed", 60000)),
    # "Its spokesman" after a sentence that opens on a country, and ", saying" after his refutation: his own claim
    ("Moscow has not given a toll since March. Its spokesman called Kyiv's figures \"propaganda\", saying that "
     "Ukrainian losses were 21,500.", ("ru_mod", "ua_military", "casualties", 21500)),
    # "He said" after a sentence that opens on a person (who disputed, not said) is that person, not the last speaker
    ("Zelensky said on Monday that Russia had lost about 15,000 soldiers at Vuhledar. Leonid Pasechnik, the Moscow-installed "
     "head of the Luhansk region, rejected that. He said Ukrainian losses there were far higher, putting them at 40,000.",
     ("ru_other", "ua_military", "casualties", 40000)),
    # "It comes after ...": the outlet's background, where the governor quoted before does not speak
    ("Two people were hurt in Sumy overnight, the governor said. It comes after a month in which Russian glide bombs killed "
     "41 people across the region.", ("other", "civilians", "killed", 41)),
    ("A drone hit a bus in Kherson, the mayor said. The attack came days after shelling killed six people at a bus stop.",
     ("other", "civilians", "killed", 6)),
    # a timeline's entries open on their days: the source of one entry does not speak in the next
    ("Timeline of the week\n\nMay 6, Monday: The Ukrainian army said it had pushed Russian units back from two villages.\n\n"
     "May 7, Tuesday: A glide bomb hit a market in Kostiantynivka, killing at least 14 people.", ("other", "civilians", "killed", 14)),
    # a quote after unattributed figures that speaks of "the real figures" is their source's, tagged where it closes
    ("Since February 2022 at least 11,700 civilians have died in Ukraine.\n\n\"These numbers understate the toll. "
     "Many deaths cannot yet be verified,\" said Danielle Bell, head of the UN monitoring mission.", ("un", "civilians", "killed", 11700)),
    # "He also stressed": the speaker of the sentence before goes on, though a body, not a person named in passing before it
    ("The war began on 24 February on the orders of Russian President Vladimir Putin.\n\nThe General Staff of the Ukrainian "
     "army said 640 Russian soldiers had been killed over the past day. He also stressed that 8,100 Russian tanks have been "
     "destroyed since the start of the invasion.", ("ua_mod", "ru_military", "tanks", 8100)),
]


@pytest.mark.parametrize("text, want", ACROSS_CASES, ids=[t[:40] for t, _ in ACROSS_CASES])
def test_attribution_carried_across_sentences(text, want):
    assert want in read(text, THU_2024, "claimant", "subject", "metric", "value")


def test_a_headline_echo_of_its_own_speakers_smaller_figure_is_one_claim():
    # "lost 24 fighters" in the headline is the body's "24 ... killed": one figure, the body's metric
    text = ("Chechen leader says his units lost 27 fighters in a month\n\nRamzan Kadyrov said on Thursday that 27 Chechen fighters "
            "had been killed and 45 wounded in Ukraine in May.")
    got = sorted((c.metric, c.value, c.as_of) for c in extract_claims(text, THU))
    assert got == [("killed", 27, date(2023, 5, 31)), ("wounded", 45, date(2023, 5, 31))]


def test_children_inside_a_total_are_the_children_of_that_total_and_not_of_the_next_figure():
    text = "The UN says at least 9,900 civilians have been killed, 560 of them children, and 18,500 injured."
    got = sorted((c.subject, c.metric, c.value) for c in extract_claims(text, THU))
    assert got == [("children", "killed", 560), ("civilians", "killed", 9900), ("civilians", "wounded", 18500)]
    # "3 of them were children, and wounded 40": the children were killed, the next verb is the next figure's
    text = "Shelling killed 14 people, 4 of them were children, and wounded 38, officials said."
    got = sorted((c.subject, c.metric, c.value) for c in extract_claims(text, THU))
    assert got == [("children", "killed", 4), ("civilians", "killed", 14), ("civilians", "wounded", 38)]


def test_a_bare_general_staff_reporting_one_sides_losses_is_the_other_sides_even_after_a_headline_naming_it():
    text = ("Kherson retaken; Russia's toll rising\n\nThe General Staff said in its morning report on Thursday that Russian losses "
            "had reached 81,000 personnel. On the same day, the Russian defence ministry said Ukraine had lost 300 soldiers.")
    got = {(c.claimant, c.subject) for c in extract_claims(text, THU)}
    assert got == {("ua_mod", "ru_military"), ("ru_mod", "ua_military")}


def test_a_leads_hedged_summary_of_the_bodys_count_is_one_claim():
    # "lost close to 8,000 troops" and then "7,940 dead": one figure, at its precise value
    text = ("Moscow is said to have lost close to 8,000 troops in the war so far. A tabloid printed figures it called current, "
            "listing 7,940 dead and 13,100 wounded.")
    got = sorted((c.metric, c.value) for c in extract_claims(text, THU))
    assert got == [("killed", 7940), ("wounded", 13100)]


def test_the_war_as_the_subject_of_a_toll_is_its_window_not_the_incident_told_before():
    text = ("Russian strikes killed at least 12 people in Odesa over the past two days, the regional governor said.\n\n"
            "Russia's war has killed more than 10,500 civilians.")
    got = {c.value: c.scope for c in extract_claims(text, THU)}
    assert got == {12: "event", 10500: "cumulative"}


def test_a_place_after_an_of_the_opening_is_a_share_of_the_total_before_it():
    # "Of the N killed, M were in <place>": M is where part of the total fell, no claim of its own (LABELING: a region's share)
    text = "Of the 9,600 civilians killed, 4,100 were in Mariupol, the UN said."
    assert [c.value for c in extract_claims(text, THU)] == [9600]


def test_a_headline_tail_naming_a_western_government_is_its_source():
    text = "12,000 Russian troops killed in a month: UK\n\nThe estimate could not be checked independently."
    assert [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, THU)] == [("uk_gov", "ru_military", "killed", 12000)]


def test_a_title_case_headline_with_a_short_body_reads_its_ordinary_words_as_words():
    # "In Single Day" is a window, not a place called "Single Day", though the body does not repeat the words
    text = "Ukraine Says Russia Lost 1,300 Troops In Single Day, Highest Of War\n\nThe figure could not be checked."
    assert [(c.claimant, c.scope) for c in extract_claims(text, THU)] == [("ua_mod", "period")]



def test_a_headline_below_page_furniture_is_found_by_the_title_and_speaks_with_the_body():
    # a scraped page: a menu, a section and a link come before the headline; with the title, the headline's bare
    # "kills five" is the minister's figure below it, one claim
    text = ("Skip to main content\nMenu  Search  Sign in\nWorld | Europe\nhttps://example.org/news/chernihiv-strike\n"
            "Russian strike on Chernihiv theatre kills seven\n\nA Russian missile struck the drama theatre in the centre of "
            "Chernihiv on Saturday morning, killing seven people, including a six-year-old girl, interior minister Ihor Klymenko said.")
    title = "Russian strike on Chernihiv theatre kills seven"
    got = sorted((c.claimant, c.subject, c.value) for c in extract_claims(text, THU, title=title))
    assert got == [("ua_other", "children", 1), ("ua_other", "civilians", 7)]
    # (without the title the first line is taken for the headline, and the bare figure stays the outlet's)
    assert ("other", "civilians", 7) in {(c.claimant, c.subject, c.value) for c in extract_claims(text, THU)}


def test_a_roundup_of_regions_that_add_up_to_the_days_total_gives_the_total_alone():
    # two regions with the same toll ("two people", "two residents"): neither part is left over once the parts add up
    text = ("Russian strikes killed four civilians and injured 11 over the past day, regional officials said.\n"
            "Sumy Oblast: Shelling killed two people and wounded six, the regional administration said.\n"
            "Kharkiv Oblast: In Kupiansk and Vovchansk, two residents were killed and three more were injured, the governor said.\n"
            "Odesa Oblast: Two people were hurt in a drone attack on the port, the governor reported.")
    got = sorted((c.metric, c.value) for c in extract_claims(text, THU))
    assert got == [("killed", 4), ("wounded", 11)]


def test_two_items_of_a_key_events_list_with_the_same_toll_are_two_events():
    text = ("Russia-Ukraine war: key events, day 700\nFighting\n"
            "- At least three people were killed and 12 others injured after Russian drones hit Odesa overnight, officials said.\n"
            "- At least three people were reported dead and two wounded in the Sumy region, according to the regional administration.\n")
    got = sorted((c.metric, c.value) for c in extract_claims(text, THU))
    assert got == [("killed", 3), ("killed", 3), ("wounded", 2), ("wounded", 12)]


def test_a_labelled_list_under_a_heading_naming_an_army_counts_that_armys_losses():
    text = ("US officials said Russian military casualties are approaching 290,000: up to 115,000 killed and 170,000 to 175,000 "
            "wounded.\nUkrainian losses, according to the same officials:\nKilled: nearly 65,000\nWounded: 95,000 to 115,000\n"
            "Russia's own figure, last updated in September 2022, is 5,937 dead.")
    got = {(c.claimant, c.subject, c.metric, c.value or c.value_high) for c in extract_claims(text, THU)}
    assert got == {("us_gov", "ru_military", "casualties", 290000), ("us_gov", "ru_military", "killed", 115000),
                   ("us_gov", "ru_military", "wounded", 175000), ("us_gov", "ua_military", "killed", 65000),
                   ("us_gov", "ua_military", "wounded", 115000), ("ru_mod", "ru_military", "killed", 5937)}


def test_an_interview_set_as_questions_and_answers_is_the_interviewees_in_every_answer():
    text = ("An interview with Oleksandr Syrskyi, Ukraine's commander-in-chief\n\n"
            "Q: How many soldiers has Russia lost in the Kursk operation?\n"
            "A: By our data, the enemy has lost more than 15,000 servicemen in the Kursk region since August 6. We have also taken "
            "690 prisoners.\n"
            "Q: How many men have you lost there?\n"
            "A: About 2,000 killed. I will not say more.\n"
            "Q: Russia says you have lost 18,000 soldiers there.\n"
            "A: That is propaganda.")
    got = {(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, THU)}
    assert {("ua_mod", "ru_military", "casualties", 15000), ("ua_mod", "ru_military", "captured", 690),
            ("ua_mod", "ua_military", "killed", 2000), ("ru_mod", "ua_military", "casualties", 18000)} <= got
    assert not any(c.claimant == "other" for c in extract_claims(text, THU))


def test_a_headlines_items_parted_by_semicolons_do_not_share_a_speaker():
    text = ("Russian strikes on Kherson kill three; Ukraine reports gains on the Dnipro\n\n"
            "Shelling hit the city's centre on Monday morning. Separately, the southern command said its troops had advanced.")
    assert [(c.claimant, c.value) for c in extract_claims(text, THU)] == [("other", 3)]


def test_a_live_pages_headline_items_keep_their_own_people_and_scope():
    # the "live:" colon opens no list; the soldiers and the loser of one item are not another item's
    text = ("Russia-Ukraine war live: Russian strike on Odesa kills four; Zelensky says 31,000 Ukrainian troops dead\n\n"
            "Four people were killed when a drone hit a building in Odesa overnight, the governor said.")
    got = {(c.claimant, c.subject, c.value, c.scope) for c in extract_claims(text, THU)}
    assert got == {("ua_other", "civilians", 4, "event"), ("ua_president", "ua_military", 31000, "cumulative")}
    text = "Live: Drone attack on Kharkiv kills two; Kyiv says Russia lost 1,200 troops in a day\n\nThe strike hit a house."
    assert [(c.subject, c.value) for c in extract_claims(text, THU)] == [("civilians", 2), ("ru_military", 1200)]


def test_a_title_case_headline_below_page_furniture_is_read_in_sentence_case():
    # "In Single Day" read as a place would make the window an event
    text = ("Skip to content\nEdit post\n\nUkraine Says Russia Lost 1,300 Troops In Single Day, Highest Of War\n\n"
            "The figure could not be checked.")
    title = "Ukraine Says Russia Lost 1,300 Troops In Single Day, Highest Of War"
    assert [(c.claimant, c.scope) for c in extract_claims(text, THU, title=title)] == [("ua_mod", "period")]
    assert headline_start(as_read(text, title), title) == text.index("Ukraine Says")
    assert headline_start(as_read(text, "A title the page does not carry"), "A title the page does not carry") == 0

def test_another_sources_figure_compared_with_the_one_before_counts_the_same_people():
    text = ("British intelligence reckons that more than 600,000 Russian soldiers have been killed or wounded. "
            "Ukraine's figure is higher, at about 680,000.")
    got = [(c.claimant, c.subject, c.metric, c.value, c.qualifier) for c in extract_claims(text, THU)]
    assert got == [("uk_gov", "ru_military", "casualties", 600000, "at_least"), ("ua_mod", "ru_military", "casualties", 680000, "approx")]
    text = "The UN has verified 10,500 civilian deaths. Kyiv puts the number far higher, at 40,000."
    assert [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, THU)] == [
        ("un", "civilians", "killed", 10500), ("ua_mod", "civilians", "killed", 40000)]
    # (a noun of Ukraine's losses between is not Ukraine's own figure)
    text = "Ukraine's casualty figures are secret. The UN counted 10,500 civilian deaths."
    assert [c.claimant for c in extract_claims(text, THU)] == ["un"]


def test_the_side_whose_count_the_text_turns_to_owns_the_figures_with_no_side_word():
    text = ("Russian military casualties are near 300,000, U.S. officials said, with up to 120,000 deaths. "
            "The Ukrainian numbers are harder to pin down, but the officials put the number of dead at close to 70,000, with "
            "100,000 to 120,000 wounded.")
    got = [(c.subject, c.metric, c.value or (c.value_low, c.value_high)) for c in extract_claims(text, THU)]
    assert got == [("ru_military", "casualties", 300000), ("ru_military", "killed", 120000), ("ua_military", "killed", 70000),
                   ("ua_military", "wounded", (100000, 120000))]


def test_a_count_that_has_risen_after_a_strike_is_that_strikes_count():
    text = ("A Russian missile struck a market in Kostiantynivka on Wednesday, killing 16 people, the prime minister said. "
            "By Thursday, the interior minister said the number of dead had risen to 17.")
    got = [(c.subject, c.value, c.scope, c.as_of) for c in extract_claims(text, date(2023, 9, 8))]
    assert got == [("civilians", 16, "event", date(2023, 9, 8)), ("civilians", 17, "event", date(2023, 9, 7))]


def test_a_month_compared_with_dates_only_its_when_clause():
    text = ("In May 2023, the UN mission verified 133 civilian deaths and 349 injured, a decrease compared with April, when it "
            "recorded 153 killed and 362 injured.")
    got = [(c.value, c.scope, c.as_of) for c in extract_claims(text, THU)]
    assert got == [(133, "period", date(2023, 5, 31)), (349, "period", date(2023, 5, 31)), (153, "period", date(2023, 4, 30)),
                   (362, "period", date(2023, 4, 30))]


def test_the_exhumed_are_the_exhuming_sides_own_and_a_list_after_a_colon_shares_its_totals_place():
    text = ("Investigators have finished exhuming bodies, the regional governor said. In total, 447 bodies were recovered from the "
            "burial site near Izium: 425 civilians, among them five children, and 22 servicemen.")
    got = {(c.subject, c.value, c.scope) for c in extract_claims(text, THU)}
    assert {("children", 5, "event"), ("ua_military", 22, "event")} <= got
    text = "Air defences shot down eight drones over the region overnight, the Belgorod governor said."
    assert [(c.metric, c.value, c.scope) for c in extract_claims(text, THU)] == [("uav", 8, "event")]


def test_the_day_of_an_interview_given_holds_for_its_quotes_and_ends_their_window():
    text = ("Oleksii Reznikov gave a long interview to Ukrainian television on Tuesday evening. "
            '"This month alone they have lost more than 20,000 soldiers, killed and wounded," he said.')
    assert [(c.claimant, c.subject, c.value, c.scope, c.as_of) for c in extract_claims(text, THU)] == [
        ("ua_mod", "ru_military", 20000, "period", date(2023, 6, 13))]


def test_what_was_also_destroyed_after_the_running_total_is_the_days():
    text = ("Over the past day, Ukrainian defenders eliminated 490 russian invaders, the General Staff reported. Since the "
            "beginning of the full-scale invasion, russia has lost about 271,870 soldiers. Our soldiers also destroyed 6 tanks.")
    assert [(c.metric, c.value, c.scope) for c in extract_claims(text, THU)] == [
        ("killed", 490, "period"), ("casualties", 271870, "cumulative"), ("tanks", 6, "period")]
    # (what it "also lost" goes on with the total)
    text = "Since the invasion began, Russia has lost 271,870 soldiers, Kyiv said. It also lost 4,500 tanks."
    assert [c.scope for c in extract_claims(text, THU)] == ["cumulative", "cumulative"]


@pytest.mark.parametrize("headline, expected", [
    # a town's toll counts its residents, with or without the article a headline drops
    ("Death toll in Dnipro rises to 40", ("other", "civilians", "killed", 40, "event")),
    ("Toll from Odesa strike rises to 12", ("other", "civilians", "killed", 12, "event")),
    ("Kharkiv toll rises to 18", ("other", "civilians", "killed", 18, "event")),
    ("Russian toll rises to 300,000", ("other", "ru_military", "killed", 300000, "cumulative")),
    # "UK says" / "US says" with no article
    ("Russian losses pass 300,000, UK says", ("uk_gov", "ru_military", "casualties", 300000, "cumulative")),
    ("Russia has lost 315,000 troops, US says", ("us_gov", "ru_military", "casualties", 315000, "cumulative")),
])
def test_headlines_without_articles(headline, expected):
    got = [(c.claimant, c.subject, c.metric, c.value, c.scope) for c in extract_claims(headline + "\n\nNo further details were given.", THU)]
    assert got == [expected]


def test_each_end_of_a_span_of_estimates_with_its_own_source_is_that_sources_figure():
    text = ("Estimates of Russian military deaths range from 70,000 (Mediazona and BBC Russian, by name) to more than 200,000 "
            "(Ukrainian officials). Ukraine's military deaths are put at between 57,000 (UALosses) and 80,000 (US officials).")
    got = [(c.claimant, c.subject, c.value, c.qualifier) for c in extract_claims(text, THU)]
    assert got == [("independent", "ru_military", 70000, "exact"), ("ua_mod", "ru_military", 200000, "at_least"),
                   ("independent", "ua_military", 57000, "exact"), ("us_gov", "ua_military", 80000, "exact")]


def test_drones_lost_to_jamming_are_not_downed():
    text = ("Ukraine's air force said it had shot down 79 of the 154 drones Russia launched overnight, while 61 others were "
            '"lost" to electronic warfare.')
    assert [(c.metric, c.value) for c in extract_claims(text, THU)] == [("uav", 79)]


def test_missiles_in_a_list_of_losses_are_lost_not_fired():
    text = "The enemy lost 7,778 UAVs, 1,932 cruise missiles and 25 warships, the General Staff said."
    assert [(c.metric, c.value) for c in extract_claims(text, THU)] == [("uav", 7778), ("cruise_missiles", 1932), ("ships", 25)]


def test_a_month_opening_a_past_statement_dates_it_and_the_pronouns_statement_after_it():
    text = "In September, Shoigu said 5,937 Russian servicemen had died. He claimed Kyiv had lost more than 100,000 troops."
    assert [(c.value, c.as_of) for c in extract_claims(text, date(2023, 2, 24))] == [(5937, date(2022, 9, 30)), (100000, date(2022, 9, 30))]


def test_a_title_named_by_its_place_is_a_new_official_not_the_one_before():
    text = ("- A missile killed 14 people in Kostiantynivka, Ukraine's Interior Minister Ihor Klymenko said.\n"
            "- The governor of Russia's Kursk region, Alexei Smirnov, said at least five civilians had been killed.")
    assert [(c.claimant, c.value) for c in extract_claims(text, THU)] == [("ua_other", 14), ("ru_other", 5)]
    # (a bare title still refers back to the official named before)
    text = "Gladkov said two people were killed. The governor added that 12 were wounded."
    assert [c.claimant for c in extract_claims(text, THU)] == ["ru_other", "ru_other"]


def test_the_later_items_of_a_list_of_weapons_fired_are_no_losses():
    text = "Russia fired 84 cruise missiles and 24 drones, of which 43 missiles and 13 drones were shot down, the Ukrainian military said."
    assert [(c.metric, c.value) for c in extract_claims(text, THU)] == [("cruise_missiles", 43), ("uav", 13)]
    text = "The governor said 28 people were injured. Three of the wounded are in serious condition."
    assert [c.value for c in extract_claims(text, THU)] == [28]


def test_the_same_period_as_an_operation_before_is_that_operation():
    text = ("Russia lost 20,842 soldiers killed and wounded in the Kursk region, the commander said. During the same period, "
            "Ukraine destroyed 54 tanks and 276 armoured vehicles.")
    assert {(c.metric, c.scope) for c in extract_claims(text, THU)} == {
        ("casualties", "event"), ("tanks", "event"), ("armored_vehicles", "event")}


def test_a_bulleted_list_of_the_general_staffs_items_is_read_item_by_item():
    text = ("The General Staff said Russian losses as of June 15 were:\n- personnel - about 219,000 (+610);\n- tanks - 3,910 (+4);\n"
            "- aircraft: 313.")
    got = {(c.metric, c.value, c.scope) for c in extract_claims(text, THU) if c.claimant == "ua_mod" and c.subject == "ru_military"}
    assert got == {("killed", 219000, "cumulative"), ("killed", 610, "period"), ("tanks", 3910, "cumulative"), ("tanks", 4, "period"),
                   ("aircraft", 313, "cumulative")}


def test_the_governor_of_the_region_is_the_governor_of_the_region_named_before():
    text = ("Ukraine's incursion into Kursk region has entered its second week. The acting governor of the region, Alexei Smirnov, "
            "said 12 civilians had been killed.")
    assert [c.claimant for c in extract_claims(text, THU)] == ["ru_other"]
    text = "Ukrainian drones hit Belgorod overnight. The regional governor said two people were wounded."
    assert [c.claimant for c in extract_claims(text, THU)] == ["ru_other"]
    # (a region of Ukraine named after it, or a place in the sentence itself, is the governor's)
    text = ("Fighting goes on in Kursk region. Russian troops shelled Kharkiv region overnight. The governor of the region said "
            "two people were killed.")
    assert [c.claimant for c in extract_claims(text, THU)] == ["ua_other"]
    text = "Shelling of Belgorod went on. A missile strike on Dnipro killed 7 people, the regional governor said."
    assert [c.claimant for c in extract_claims(text, THU)] == ["ua_other"]


def test_a_source_a_figure_comes_from_is_its_claimant_in_the_sentence_or_the_next():
    text = "Russia has lost 250,000 soldiers killed, a figure that came from British defence intelligence."
    assert [c.claimant for c in extract_claims(text, THU)] == ["uk_gov"]
    text = "Russia has lost 250,000 soldiers killed. The figure comes from Ukraine's General Staff."
    assert [c.claimant for c in extract_claims(text, THU)] == ["ua_mod"]
    # (people who come from a place name no source)
    text = "At least 12 Russian soldiers who came from Dagestan were killed in the strike, the Ukrainian military said."
    assert [c.claimant for c in extract_claims(text, THU)] == ["ua_mod"]


def test_during_the_month_is_the_month_named_in_the_sentence_before():
    text = ("Russian losses hit a record in November, Britain's defence ministry said. It estimated that Russia had lost about "
            "45,680 troops killed and wounded during the month.")
    assert [(c.value, c.scope, c.as_of) for c in extract_claims(text, date(2024, 12, 10))] == [(45680, "period", date(2024, 11, 30))]
    # (not a month that opens a window: "since February 2022")
    text = "Since February 2022, Russia has lost 750,000 troops. During the month, it lost 45,000, the ministry said."
    assert [c.as_of for c in extract_claims(text, date(2024, 12, 10))] == [date(2024, 12, 10)] * 2


def test_the_ministry_is_the_last_ministry_named_whatever_it_runs():
    text = ("The number of people killed in the shelling of Belgorod has risen to 25, Russia's Emergencies Ministry said.\n\n"
            "Another 109 people were injured, the ministry said.\n\nRussia's defence ministry said it had shot down 32 Ukrainian drones.")
    assert [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, THU)] == [
        ("ru_other", "civilians", "killed", 25), ("ru_other", "civilians", "wounded", 109), ("ru_mod", "ua_military", "uav", 32)]


def test_the_same_period_as_a_whole_war_count_is_the_whole_war():
    text = ("Zelensky said 43,000 Ukrainian soldiers had been killed since the full-scale invasion. He said Russia had lost "
            "198,000 soldiers killed over the same period.")
    assert [(c.value, c.scope) for c in extract_claims(text, THU)] == [(43000, "cumulative"), (198000, "cumulative")]


def test_what_someone_had_written_is_their_claim():
    text = "Zelensky said 43,000 soldiers had been killed. Budanov had written on Telegram that Russia had lost 400,000 soldiers."
    assert [c.claimant for c in extract_claims(text, THU)] == ["ua_president", "ua_mod"]


def test_they_were_n_in_the_next_clause_is_the_same_count_for_its_own_window():
    text = "In 2023, Russian losses were 253,290, and in the 10 months of 2022 they were 106,720, the General Staff said."
    assert [(c.metric, c.value, c.scope, c.as_of) for c in extract_claims(text, date(2025, 1, 8))] == [
        ("casualties", 253290, "period", date(2023, 12, 31)), ("casualties", 106720, "period", date(2022, 12, 31))]


def test_a_sources_own_estimate_of_the_count_before_is_the_same_count_dated_when_given():
    text = ("Britain's defence ministry puts Russian dead and wounded at about 355,000. The US estimate, given in December, "
            "is 315,000.")
    assert [(c.claimant, c.metric, c.value, c.scope, c.as_of) for c in extract_claims(text, date(2024, 2, 23))] == [
        ("uk_gov", "casualties", 355000, "cumulative", date(2024, 2, 23)), ("us_gov", "casualties", 315000, "cumulative", date(2023, 12, 31))]
    # (an estimate of something else is no count of the losses)
    text = "Five people were killed in Kharkiv, officials said. The city's estimate of refugees is 6,000."
    assert [c.value for c in extract_claims(text, THU)] == [5]


def test_the_day_a_count_was_last_given_before_a_colon_dates_it_without_a_window():
    text = "Russia itself last gave a figure in September 2022: 5,937 dead."
    assert [(c.claimant, c.scope, c.as_of) for c in extract_claims(text, date(2024, 2, 23))] == [("ru_mod", "cumulative", date(2022, 9, 30))]


def test_two_directions_named_together_are_the_place_of_their_count():
    text = "In the Kupiansk and Lyman directions, the ministry said, more than 520 Ukrainian servicemen were killed or wounded over the week."
    assert [c.scope for c in extract_claims(text, THU)] == ["event"]


@pytest.mark.parametrize("published, phrase, day", [
    (date(2024, 3, 11), "over the weekend", date(2024, 3, 10)),  # a Monday: the Sunday before
    (date(2024, 3, 14), "over the weekend", date(2024, 3, 10)),
    (date(2024, 3, 10), "over the weekend", date(2024, 3, 10)),  # on the Sunday itself: that day
    (date(2024, 3, 9), "this weekend", date(2024, 3, 9)),
    (date(2024, 3, 9), "last weekend", date(2024, 3, 3)),  # a Saturday: the weekend before
])
def test_a_weekend_ends_on_its_sunday_and_never_after_publication(published, phrase, day):
    text = f"{phrase.capitalize()}, Russian strikes killed 12 civilians, the UN said."
    assert [(c.scope, c.as_of) for c in extract_claims(text, published)] == [("period", day)]


def test_the_weekend_of_a_fresh_attack_dates_the_attack_not_its_toll():
    text = "A Russian missile strike on an apartment block in Dnipro over the weekend killed 45 people, officials said."
    assert [(c.scope, c.as_of) for c in extract_claims(text, date(2023, 1, 17))] == [("event", date(2023, 1, 17))]


def test_a_bare_toll_reported_by_officials_counts_residents():
    assert [(c.claimant, c.subject) for c in extract_claims("The toll rose to 23, officials said.", THU)] == [("ua_other", "civilians")]
    # (an army named in the sentence still owns its toll)
    text = "Ukrainian officials said the toll among Russian troops had reached 23,000."
    assert [c.subject for c in extract_claims(text, THU)] == ["ru_military"]


def test_the_first_week_of_a_month_and_the_month_of_a_count_are_windows():
    text = "In the first week of March, 35 civilians were killed, the UN said."
    assert [(c.scope, c.as_of) for c in extract_claims(text, date(2024, 3, 14))] == [("period", date(2024, 3, 7))]
    text = "Russian losses for the month of February came to 28,000, Kyiv said."
    assert [(c.scope, c.as_of) for c in extract_claims(text, date(2024, 3, 14))] == [("period", date(2024, 2, 29))]


def test_the_sector_and_near_the_town_refer_to_the_place_named_before():
    text = ("Russian forces have lost more than 13,000 troops in the battle for Avdiivka, a Ukrainian military spokesman said. "
            "Over the past day alone, the enemy lost 103 soldiers killed in the sector, he said. The ISW said footage showed at "
            "least 75 destroyed Russian vehicles near the town.")
    assert [(c.value, c.scope) for c in extract_claims(text, THU)] == [(13000, "event"), (103, "event"), (75, "event")]
    # (not the settlements of a list: several places are no one event)
    text = "During the night, Russian air defences downed four Ukrainian drones near the settlement of Gurty and Nizhnyaya Krynka."
    assert [c.scope for c in extract_claims(text, THU)] == ["period"]


def test_a_second_that_clause_of_one_statement_shares_the_first_ones_place():
    text = "Russia's defence ministry claimed that 4,000 Ukrainian troops had been killed in Mariupol, and that 1,464 had surrendered."
    assert [(c.metric, c.scope) for c in extract_claims(text, THU)] == [("killed", "event"), ("captured", "event")]
    # (a place in another clause is not the figure's: the first clause states no loss)
    text = "The ministry said its forces had made gains near Robotyne and that Russia had lost 490 soldiers."
    assert [c.scope for c in extract_claims(text, THU)] == ["cumulative"]


def test_an_interview_set_as_a_dialogue_of_dashed_lines_is_the_interviewees_in_every_answer():
    text = ("An interview with the commander of a Ukrainian brigade fighting near Bakhmut.\n\n"
            "— How many men has your brigade lost?\n\n— I can't give numbers. But they lose many more.\n\n"
            "— Russia says it has killed 125,000 Ukrainian soldiers since June.\n\n"
            "— That's their propaganda. In our sector alone they lost around 3,000 men.")
    assert [(c.claimant, c.subject, c.value, c.scope) for c in extract_claims(text, THU)] == [
        ("ru_mod", "ua_military", 125000, "period"), ("ua_mod", "ru_military", 3000, "event")]


def test_a_tally_of_the_wars_dead_after_a_headline_attack_is_no_toll_of_that_attack():
    text = ("Russian shelling kills 21 in Kharkiv\n\nRussian shelling killed 21 people in Kharkiv, officials said.\n\n"
            "The UN human rights office said it had recorded 726 civilian deaths, including 52 children.")
    assert [(c.value, c.scope) for c in extract_claims(text, THU)] == [(21, "event"), (726, "cumulative"), (52, "cumulative")]


def test_assaults_on_the_town_named_before_are_its_place():
    text = ("Ukrainian troops have pulled out of Vuhledar, the military said. Ukrainian commanders estimate that Russia lost "
            "more than 500 tanks and armoured vehicles in failed assaults on the town in early 2023 alone.")
    assert [c.scope for c in extract_claims(text, THU)] == ["event"]


def test_a_headlines_army_and_loss_that_were_both_guesses_yield_to_the_bodys_statement_of_the_figure():
    text = ("Leaked US documents put war's toll at up to 354,000\n\nThe secret US slides count as many as 354,000 dead and "
            "wounded troops on both sides, a figure far above public estimates.")
    assert [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, THU)] == [
        ("us_gov", "all_military", "casualties", 354000)]


def test_the_number_put_on_an_operations_losses_named_before_is_that_operations():
    text = ("The update said the Avdiivka offensive had also cost Russia thousands of casualties. Ukrainian officials put the "
            "number at more than 5,000 killed and wounded.")
    assert [(c.subject, c.scope) for c in extract_claims(text, THU)] == [("ru_military", "event")]


def test_losses_in_the_battle_named_before_are_that_battles():
    text = ("Western officials estimate that Russia has suffered 20,000 to 30,000 casualties in the battle so far. Kyiv "
            "says 500 Russian soldiers were killed in battle last week.")
    assert [c.scope for c in extract_claims(text, THU)] == ["event", "period"]


def test_a_documents_date_holds_for_the_rest_of_its_paragraph():
    text = "One slide, dated February 28, puts Russian losses at 189,500 to 223,000. Ukrainian losses are put at 124,500 to 131,000."
    assert [c.as_of for c in extract_claims(text, date(2023, 4, 12))] == [date(2023, 2, 28)] * 2


def test_a_drone_attacks_pair_of_figures_is_one_event_and_its_headline_counts_residents():
    text = ("Russian drones kill four in Kharkiv\n\nFour people were killed and 12 injured when Russian drones hit residential "
            "areas of Kharkiv overnight, the mayor said.")
    assert [(c.claimant, c.subject, c.metric, c.value, c.scope) for c in extract_claims(text, THU)] == [
        ("ua_other", "civilians", "killed", 4, "event"), ("ua_other", "civilians", "wounded", 12, "event")]
    # (drones that kill soldiers named as such still kill soldiers)
    text = "Ukrainian drones killed 12 Russian soldiers near Bakhmut, Kyiv said."
    assert [c.subject for c in extract_claims(text, THU)] == ["ru_military"]


def test_drones_shot_down_after_a_sentence_telling_of_the_attacks_launches_are_that_attacks():
    text = "Russia launched 78 missiles and 106 drones at Ukraine on Wednesday. Air defences shot down 54 drones, the air force said."
    assert [(c.metric, c.value, c.scope) for c in extract_claims(text, THU)] == [("uav", 54, "event")]
    # (not after a sentence about the whole war's launches)
    text = "Since the invasion began, Russia has launched 10,000 drones. Air defences shot down 54 drones, the air force said."
    assert [c.scope for c in extract_claims(text, THU) if c.value == 54] == ["cumulative"]


def test_a_figure_a_speaker_disputes_before_its_own_verb_is_its_owners():
    text = "Mediazona disputed the Kremlin's figure of 5,937 dead, saying its own count was 6,756."
    assert [(c.claimant, c.value) for c in extract_claims(text, THU)] == [("ru_kremlin", 5937), ("independent", 6756)]
    text = "Russia's claim that it killed 600 Ukrainian soldiers in Kramatorsk was false, a reporter who visited the site found."
    assert [(c.claimant, c.value) for c in extract_claims(text, THU)] == [("ru_mod", 600)]


def test_the_day_of_a_statement_named_after_its_noun_carries_to_the_speakers_next_sentences():
    text = ("Russia has lost 612,000 soldiers, the Ukrainian defence minister said in a video address posted on Saturday. "
            "Around 3,100 Russian tanks had been destroyed, he told reporters.")
    assert [c.as_of for c in extract_claims(text, date(2024, 10, 14))] == [date(2024, 10, 12)] * 2
    # (a day of the losses themselves still wins: "said in a statement that 40 died on Friday")
    text = "The governor said in a statement on Sunday that 40 people had died in the shelling on Friday."
    assert [c.as_of for c in extract_claims(text, date(2024, 10, 14))] == [date(2024, 10, 13)]


def test_losses_a_clause_denies_name_no_figure():
    for text in ("Kremlin says 450,000 Russian soldiers in the combat zone, gives no losses\n\nThe report followed.",
                 "Shoigu says 300,000 reservists called up but no word on casualties\n\nThe report followed."):
        assert extract_claims(text, THU) == []
    text = "Over 60 residents, including four children, have been killed, with no toll given for the soldiers, the mayor said."
    assert [(c.subject, c.value) for c in extract_claims(text, THU)] == [("civilians", 60), ("children", 4)]


def test_a_quote_whose_speaker_is_named_before_it_keeps_that_speaker_over_the_next_paragraph():
    text = ("Putin spoke for four hours. He said the summer offensive had cost Ukraine dearly: \"They lost 520 tanks "
            "and almost 1,900 armoured vehicles.\"\n\nDefence Minister Sergei Shoigu said Ukraine had lost 90,000 soldiers.")
    got = [(c.claimant, c.value) for c in extract_claims(text, THU)]
    assert got == [("ru_kremlin", 520), ("ru_kremlin", 1900), ("ru_mod", 90000)]


def test_captives_in_the_other_sides_hands_are_captured_and_a_headquarters_is_a_body():
    assert [(c.claimant, c.subject, c.metric) for c in extract_claims(
        "Russia's ombudswoman said 1,100 Russian servicemen were in Ukrainian hands.", THU)] == [("ru_other", "ru_military", "captured")]
    text = ("Moscow's defence ministry said 40 of its soldiers had come home in a swap.\n\n"
            "The Coordination Headquarters for the Treatment of Prisoners of War has counted the returns. "
            "It believes that some 6,000 Ukrainians are still in Russian custody.")
    assert [(c.claimant, c.metric, c.value) for c in extract_claims(text, THU)] == [("ua_other", "captured", 6000)]


def test_a_statement_made_later_does_not_take_the_day_of_the_first():
    text = ("The mayor said on Monday that 300 residents had died in the siege. "
            "Later in the week he raised his estimate, telling reporters that 900 residents had been killed.")
    assert [(c.value, c.as_of) for c in extract_claims(text, THU)] == [(300, date(2023, 6, 12)), (900, THU)]


def test_a_total_put_after_a_count_named_before_is_that_count():
    text = ("Western governments say Russia has lost 600,000 troops killed or wounded. Kyiv's tally is higher. "
            "On Monday the General Staff put the total at 612,400, a figure that includes 1,150 added over the past day.")
    got = [(c.claimant, c.subject, c.metric, c.value, c.scope) for c in extract_claims(text, THU)]
    assert got == [("other_gov", "ru_military", "casualties", 600000, "cumulative"), ("ua_mod", "ru_military", "casualties", 612400, "cumulative"),
                   ("ua_mod", "ru_military", "casualties", 1150, "period")]


def test_a_figure_that_came_from_a_speaker_in_a_month_is_the_speakers_total_as_of_that_month():
    text = "Kyiv has never published its own losses. The only official figure, 43,000 dead, came from Zelensky in December."
    got = [(c.claimant, c.subject, c.metric, c.scope, c.as_of) for c in extract_claims(text, date(2025, 3, 1))]
    assert got == [("ua_president", "ua_military", "killed", "cumulative", date(2024, 12, 31))]
    # (a side's own soldiers stay its own after the other side's silence is told)
    text = "Kyiv rarely discloses its own losses. Moscow, for its part, said in January that 6,100 of its soldiers had died."
    assert [c.subject for c in extract_claims(text, THU)] == ["ru_military"]


def test_a_change_with_its_window_before_the_new_total():
    text = "Russian personnel losses rose by 880 over the past 24 hours to 214,330, Ukraine's General Staff said."
    got = [(c.value, c.metric, c.scope) for c in extract_claims(text, THU)]
    assert got == [(880, "casualties", "period"), (214330, "casualties", "cumulative")]
    # a strike's toll: the change is no claim, the new toll is the strike's
    for text in ("The death toll from the strike on Odesa rose by four overnight to 31, the governor said.",
                 "The death toll from Monday's missile strike on Odesa has risen by 4 to 31, the governor said."):
        assert [(c.value, c.scope) for c in extract_claims(text, THU)] == [(31, "event")]


def test_a_count_that_approached_a_figure_is_approximate():
    text = "The number of Russian soldiers killed or wounded has approached 400,000, Ukraine's military said."
    assert [c.qualifier for c in extract_claims(text, THU)] == ["approx"]


def test_the_same_period_after_a_window_of_its_own_sentence_is_that_window():
    text = ("Ukraine's military said Russia had lost 150,000 soldiers since the invasion began. Russian losses grew by 690 over "
            "the past 24 hours to 150,690, the General Staff said, adding that nine tanks were destroyed in the same period.")
    got = {c.value: c.scope for c in extract_claims(text, THU)}
    assert got[690] == "period" and got[9] == "period" and got[150690] == "cumulative"


def test_captives_a_sides_own_forces_took_are_the_other_sides():
    for text, subject in (("Russia's defence ministry said its forces had taken 120 prisoners near Kupiansk.", "ua_military"),
                          ("Zelensky said our troops had captured 48 soldiers near Robotyne.", "ru_military"),
                          ("Zelensky said our troops had lost 48 soldiers near Robotyne.", "ua_military")):
        assert [c.subject for c in extract_claims(text, THU)] == [subject], text


def test_a_town_named_before_is_the_place_of_a_retreat_from_it():
    text = "Moscow said Ukrainian units had lost up to 300 soldiers while pulling out of Vuhledar and retreating from the town."
    assert [c.scope for c in extract_claims(text, THU)] == ["event"]
    text = "Russia's defence ministry said Kyiv had lost 900 troops in the fight for the city."
    assert [c.scope for c in extract_claims(text, THU)] == ["event"]


def test_missiles_and_drones_counted_together_have_no_one_metric():
    for text in ("Ukraine's air force said it had shot down more than 1,200 missiles and drones in December.",
                 "Air defences destroyed 61 drones and missiles overnight, the air force said."):
        assert extract_claims(text, THU) == [], text
    # (each kind counted on its own still is)
    text = "Air defences destroyed 30 Shahed drones and both missiles overnight, the air force said."
    assert [(c.metric, c.value) for c in extract_claims(text, THU)] == [("uav", 30)]


def test_the_operation_a_text_names_beside_its_place_is_an_event():
    text = ("Ukrainian troops have seized 80 settlements in Russia's Belgorod region since launching their incursion, the "
            "commander said. He said his forces had captured 310 Russian servicemen during the operation.")
    assert [c.scope for c in extract_claims(text, THU)] == ["event"]
    # (Moscow's "special military operation" is the whole war)
    text = "Shoigu said Ukraine had lost 160,000 troops since the start of the special military operation."
    assert [c.scope for c in extract_claims(text, THU)] == ["cumulative"]


def test_a_casualty_rate_is_no_toll():
    for text in ("British intelligence said daily Russian casualty rates had climbed to about 1,100.",
                 "The Russian attrition rate reached 1,300 in May, the UK Ministry of Defence said."):
        assert extract_claims(text, THU) == [], text


def test_american_spelling_curly_apostrophes_and_short_months_read_as_the_long_forms():
    for text in ("Britain's Defense Intelligence said Russia had probably suffered 210,000 casualties.",
                 "Britain’s Military Intelligence said Russia had probably suffered 210,000 casualties."):
        assert [c.claimant for c in extract_claims(text, THU)] == ["uk_gov"], text
    text = "Kyiv says Russia has lost 90,000 troops since Dec. 2022, the General Staff said."
    assert [c.scope for c in extract_claims(text, THU)] == ["period"]


def test_round_figures_written_in_words_read_as_the_digits():
    text = "British intelligence said Russian forces had likely sustained 40 thousand - 60 thousand casualties in the battle for Avdiivka."
    assert [(c.value_low, c.value_high) for c in extract_claims(text, THU)] == [(40000, 60000)]
    # a source in parentheses after a figure in words, its qualifier no comparison with an estimate
    text = ("Estimates of Russian dead range from 80 thousand (Mediazona and BBC Russian, by name) to more than "
            "250 thousand (Ukrainian officials).")
    assert [(c.claimant, c.value) for c in extract_claims(text, THU)] == [("independent", 80000), ("ua_mod", 250000)]


def test_where_the_general_staff_sits_is_no_place_of_the_losses():
    text = "Kyiv's count is higher. The General Staff in Kyiv claimed on Tuesday that Russia had lost 210,000 personnel."
    assert [c.scope for c in extract_claims(text, THU)] == ["cumulative"]


def test_a_long_name_of_the_speaker_before_its_seat_still_makes_the_seat_no_place():
    text = ("Ukraine's tally is higher. The General Staff of the Armed Forces of Ukraine in Kyiv reported on Tuesday "
            "that Russia had lost 410,000 personnel.")
    assert [c.scope for c in extract_claims(text, THU)] == ["cumulative"]


def test_a_place_that_opens_the_sentence_holds_past_a_long_speech_aside():
    text = ("In the Kupiansk and Lyman directions, the Russian defence ministry said in its weekly statement, more than 640 "
            "Ukrainian servicemen were killed or wounded over the week.")
    assert [c.scope for c in extract_claims(text, THU)] == ["event"]
    # (not a capital where someone spoke)
    text = "In Kyiv, where he met European leaders on Monday, Zelensky said that Russia had lost 350,000 soldiers since the war began."
    assert [c.scope for c in extract_claims(text, THU)] == ["cumulative"]


def test_other_speech_verbs_read_as_said_does():
    text = ("President Volodymyr Zelensky reported on Sunday that 31,000 Ukrainian soldiers had died. "
            "Russia, he reported, had lost 180,000 soldiers killed.")
    assert [(c.subject, c.as_of) for c in extract_claims(text, date(2024, 2, 26))] == [
        ("ua_military", date(2024, 2, 25)), ("ru_military", date(2024, 2, 25))]
    text = "The mercenary chief announced in an interview published on Wednesday that 20,000 of his fighters had died."
    assert [c.as_of for c in extract_claims(text, date(2023, 5, 25))] == [date(2023, 5, 24)]
    text = ("In Mariupol, city officials said 2,300 civilians had been killed; the UN human rights office announced it had "
            "confirmed 816 civilian deaths across the country.")
    assert {c.value: c.scope for c in extract_claims(text, THU)} == {2300: "event", 816: "cumulative"}


def test_a_reading_window_that_starts_inside_a_word_finds_no_place_in_its_rest():
    # ("...Commissi|on President": no place "on President")
    text = ("A day earlier, European Commission President Ursula von der Leyen announced in a video that more than 90,000 "
            "Ukrainian soldiers had been killed.")
    assert [c.scope for c in extract_claims(text, THU)] == ["cumulative"]


def test_people_are_civilians_unless_an_army_named_before_them_owns_them():
    text = ("Prosecutors have recovered the bodies of 290 people from villages near Izium that were retaken from Russian "
            "forces, the Prosecutor General's Office said.")
    assert [c.subject for c in extract_claims(text, THU)] == ["civilians"]
    text = "The war has killed more than 9,000 people, and by Western estimates 60,000 Ukrainian soldiers."
    assert [c.subject for c in extract_claims(text, THU)][:1] == ["civilians"]
    text = "The losses of the Ukrainian army amounted to 340 thousand people, Shoigu said."
    assert [c.subject for c in extract_claims(text, THU)] == ["ua_military"]


def test_an_aside_that_tells_nothing_of_the_counts_does_not_part_a_list_from_its_verb():
    text = ("Since the start of the operation, Russian forces have destroyed 410 drones and 230 multiple rocket launchers, "
            "Konashenkov told reporters. More details are expected later.\n\n"
            "\"In total, 131 aircraft, 92 helicopters, 240 anti-aircraft missile systems and 2,010 tanks and other armoured "
            "combat vehicles,\" he said.")
    got = {c.metric: c.value for c in extract_claims(text, THU)}
    assert got.get("aircraft") == 131 and got.get("air_defense") == 240


def test_kyivs_and_moscows_name_their_governments_where_ukraines_and_russias_would():
    text = "Kyiv's state railway company said more than 30 people had been killed in the strike on the station."
    assert [c.claimant for c in extract_claims(text, THU)] == ["ua_other"]
    text = "Zelensky's most recent word on Kyiv's casualties came in February, when he said 31,000 soldiers had died."
    assert [c.scope for c in extract_claims(text, date(2024, 12, 8))] == ["cumulative"]
    # (a part of the city is still a place: "in Kyiv's Darnytskyi district")
    text = "Five people were killed in Kyiv's Darnytskyi district, the mayor said."
    assert [c.scope for c in extract_claims(text, THU)] == ["event"]


def test_both_armies_named_with_possessives_are_all_military():
    text = "The total number of Ukraine's and Russia's troops killed or wounded is nearing 500,000, US officials said."
    assert [(c.subject, c.qualifier) for c in extract_claims(text, THU)] == [("all_military", "approx")]


def test_bare_officials_as_a_source_are_the_local_ones():
    text = ("Ukraine's air force said on Wednesday it had shot down 20 of the 31 drones. According to officials, three "
            "people were killed in Zaporizhzhia.")
    assert [(c.claimant, c.subject) for c in extract_claims(text, THU) if c.value == 3] == [("ua_other", "civilians")]


def test_a_scale_an_editor_added_in_brackets_scales_the_figure():
    text = '"The enemy has lost up to 300 [thousand] soldiers," the commander said, according to Ukrainian media.'
    assert [(c.value, c.qualifier) for c in extract_claims(text, THU)] == [(300000, "at_most")]


def test_one_machine_or_person_named_by_its_article():
    def got(text):
        return [(c.subject, c.metric, c.value, c.scope) for c in extract_claims(text, THU)]

    assert got("A Russian drone strike near Bakhmut killed a Ukrainian soldier, Ukraine's military said.") == [
        ("ua_military", "killed", 1, "event")]
    assert got("Russia's defence ministry said it had shot down a Ukrainian MiG-29 over Zaporizhzhia region.") == [
        ("ua_military", "aircraft", 1, "event")]
    assert got("A Russian Su-34 was downed near Mariupol, the air force said.") == [("ru_military", "aircraft", 1, "event")]
    # one machine lost in a sentence with no place or window is one incident; "has lost one" is still the count so far
    assert got("Moscow said its air defences had shot down a Ukrainian Su-24.") == [("ua_military", "aircraft", 1, "event")]
    assert [c.scope for c in extract_claims("Russia's Black Sea fleet has lost one landing ship, Kyiv said.", THU)] == ["cumulative"]
    # a model's pilot is no machine
    assert extract_claims("Ukraine lost an Su-27 pilot, the air force said.", THU) == []


def test_a_month_alone_after_its_year_is_a_window_and_a_vague_part_no_share():
    text = ("The UN mission recorded 10,749 civilian deaths since the invasion.\n\n"
            "In August 2023 alone, the mission recorded 170 civilians killed and 510 injured, many of them in the Donetsk region.")
    got = {c.value: (c.claimant, c.scope, c.as_of) for c in extract_claims(text, date(2023, 9, 10))}
    assert got[170] == ("un", "period", date(2023, 8, 31)) and got[510] == ("un", "period", date(2023, 8, 31))


def test_a_person_with_no_alias_speaks_for_the_side_the_description_gives():
    for text in ("Oleg Morozov, a Duma deputy, said 250,000 Ukrainian soldiers had died.",
                 "Pavel Ivanov, head of Russia's civil defence service, claimed Ukraine had lost 450,000 troops."):
        assert [c.claimant for c in extract_claims(text, THU)] == ["ru_other"], text


@pytest.mark.parametrize("aside", ["", " Those figures could not be independently verified.",
                                   " It was not immediately clear what happened next.", " Reuters could not verify the claims."])
def test_parts_of_a_total_keep_its_place_over_an_aside_that_says_nothing(aside):
    text = ("Ukrainian forces have killed, wounded or captured 12,350 Russian soldiers in the Belgorod region since the raid "
            f"began, General Oleksandr Syrskyi said.{aside}\n\nAccording to him, 4,100 Russian troops were killed, 7,800 "
            "wounded and 450 captured since June 2.")
    got = {c.metric: (c.claimant, c.value, c.scope) for c in extract_claims(text, THU)}
    assert got == {"casualties": ("ua_mod", 12350, "event"), "killed": ("ua_mod", 4100, "event"),
                   "wounded": ("ua_mod", 7800, "event"), "captured": ("ua_mod", 450, "event")}


@pytest.mark.parametrize("text, day", [
    ("in August 20,000 had died", date(2022, 8, 31)), ("in July 2,000 civilians", date(2022, 7, 31)),
    ("by March 1,351 soldiers", date(2022, 3, 31)), ("on March 2, 498 soldiers", date(2022, 3, 2)), ("since Feb. 24, 2022", date(2022, 2, 24))])
def test_a_figure_right_after_a_month_is_no_day_of_it(text, day):
    assert [m.day for m in find_dates(text, date(2022, 9, 21))] == ([day] if day else [])


def test_a_month_opening_a_past_statement_with_no_comma_dates_the_statement():
    for text in ("In March the ministry said 1,351 Russian soldiers had died.", "In March, the ministry said 1,351 Russian soldiers had died."):
        got = [(c.subject, c.value, c.scope, c.as_of) for c in extract_claims(text, date(2022, 9, 21))]
        assert got == [("ru_military", 1351, "cumulative", date(2022, 3, 31))], text
    # a month the figure's own clause opens is its window
    got = [(c.value, c.scope) for c in extract_claims("In March 1,351 Russian soldiers died, the ministry said.", date(2022, 9, 21))]
    assert got == [(1351, "period")]


@pytest.mark.parametrize("text, want", [
    # a time in a relative clause or an aside on the source belongs to that noun, not to the figure outside it
    ("The files, which appeared online in recent weeks, also estimate that Ukraine has lost between 124,500 and 131,000 troops.",
     ("other", "ua_military", "casualties", None, "cumulative", THU)),
    ("The study, released over the weekend, says 50,000 Russians have died.", ("other", "ru_military", "killed", 50000, "cumulative", date(2023, 6, 11))),
    # ... nor parts the army from the verb of its losses
    ("Russian forces, who attacked in January, have lost 20,000 troops, Ukraine's defence ministry said.",
     ("ua_mod", "ru_military", "casualties", 20000, "cumulative", THU)),
    ("The Russian army, which stormed the town, lost 20,000 troops, Kyiv said.", ("ua_mod", "ru_military", "casualties", 20000, "cumulative", THU)),
    # the figure's own relative clause keeps its time
    ("The strike, which killed 59 people in March, was the deadliest.", ("other", "civilians", "killed", 59, "event", date(2023, 3, 31))),
    # a time in the noun phrase of the attack dates the attack; the toll is as of its report
    ("The deadliest incident was a missile strike on the village of Hroza in March, which killed 59 people.",
     ("other", "civilians", "killed", 59, "event", THU)),
])
def test_a_time_in_an_aside_on_a_noun_is_that_nouns(text, want):
    got = [(c.claimant, c.subject, c.metric, c.value, c.scope, c.as_of) for c in extract_claims(text, THU)]
    assert got == [want]


@pytest.mark.parametrize("text, subject", [
    # a toll of soldiers the speaker calls its own, or of soldiers a named side's strike hit, with no army on the figure
    ("Russia's defence ministry said the death toll among its troops from a Ukrainian strike in Makiivka had risen to 89.", "ru_military"),
    ("Russia's defence ministry said the death toll from a Ukrainian strike on a building housing its troops had risen to 89.", "ru_military"),
    ("Russia's defence ministry said the number of servicemen killed in a Ukrainian strike in Makiivka had risen to 89.", "ru_military"),
    ("Kyiv said the death toll among its soldiers from a Russian missile strike on a training ground rose to 19.", "ua_military"),
    ("Ukraine's military said the number of Russian soldiers killed in the strike had risen to 400.", "ru_military"),
    # no soldiers named: a strike's toll counts residents
    ("The death toll from the strike on the barracks rose to 89, the ministry said.", "civilians"),
])
def test_a_tolls_soldiers_are_the_side_the_toll_names(text, subject):
    assert [c.subject for c in extract_claims(text, THU)] == [subject]


@pytest.mark.parametrize("text, want", [
    # "in the region of N" approximates a figure; it names no place
    ("Ukrainian casualties are likely to be in the region of 100,000, a Western official said.", ("ua_military", 100000, "approx", "cumulative")),
    ("Russia has lost in the neighbourhood of 20,000 troops, the Pentagon said.", ("ru_military", 20000, "approx", "cumulative")),
    ("Ten people were killed in the region of Kherson, officials said.", ("civilians", 10, "exact", "event")),
    # a side's figures that the copula sets equal to the count are that side's losses
    ("Russian casualties are approaching 300,000, U.S. officials said. The Ukrainian numbers are close to 70,000 killed.",
     ("ua_military", 70000, "approx", "cumulative")),
])
def test_approximations_and_a_sides_numbers(text, want):
    got = [(c.subject, c.value, c.qualifier, c.scope) for c in extract_claims(text, THU)]
    assert got[-1] == want, got


def test_children_among_the_victims_of_a_toll_before_are_a_claim_and_other_parts_are_not():
    text = "In Kyiv, 33 people were killed, officials said. Five of the victims were children."
    assert {(c.subject, c.metric, c.value) for c in extract_claims(text, THU)} == {("civilians", "killed", 33), ("children", "killed", 5)}
    text = "In Kyiv, 33 people were killed, officials said. Twenty of the victims were women."
    assert [c.value for c in extract_claims(text, THU)] == [33]


def test_a_part_of_the_dead_after_a_pair_is_a_part_of_the_dead_not_another_metric_inside_the_wounded():
    text = "In Kyiv, 33 people were killed and 121 were injured, officials said. Two of the dead were at the hospital."
    assert {(c.metric, c.value) for c in extract_claims(text, THU)} == {("killed", 33), ("wounded", 121)}
    # another metric inside a total is still a claim of its own
    text = "Russia has suffered 24,425 casualties, the ministry said. 8,983 of them were killed."
    assert {(c.metric, c.value) for c in extract_claims(text, THU)} == {("casualties", 24425), ("killed", 8983)}


@pytest.mark.parametrize("where", ["over the Crimean peninsula", "over Crimea", "over the Belgorod region"])
def test_drones_downed_over_the_peninsula_are_an_event_there(where):
    text = f"Russia's defence ministry said it had destroyed 14 Ukrainian drones {where} overnight."
    assert [(c.metric, c.value, c.scope) for c in extract_claims(text, THU)] == [("uav", 14, "event")]


def test_a_loss_verb_past_a_semicolon_is_another_clauses():
    text = "Putin said 617,000 troops were in the combat zone; Shoigu said Ukraine lost 383,000."
    assert [(c.claimant, c.value) for c in extract_claims(text, THU)] == [("ru_mod", 383000)]


def test_cost_it_is_the_loss_of_the_side_its_subject_names_and_he_is_no_possessive_before_it():
    text = ("At the same meeting, Defence Minister Sergei Shoigu claimed Ukraine had lost more than 383,000 servicemen. "
            "Kyiv's counteroffensive alone, he said, had cost it 159,000 troops and 766 tanks.")
    got = {(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, THU)}
    assert got == {("ru_mod", "ua_military", "casualties", 383000), ("ru_mod", "ua_military", "casualties", 159000),
                   ("ru_mod", "ua_military", "tanks", 766)}
    text = "Russia's assault on Avdiivka cost it 16,000 troops, Ukraine's General Staff said."
    assert [(c.subject, c.value) for c in extract_claims(text, THU)] == [("ru_military", 16000)]


def test_a_range_restated_as_lost_soldiers_is_one_claim_of_the_stated_metric():
    text = ("Zelensky said in an interview that between 2,500 and 3,000 Ukrainian troops had been killed in the war so far.\n\n"
            '"We have lost about 2,500 to 3,000 soldiers," he said.')
    got = [(c.claimant, c.subject, c.metric, c.value_low, c.value_high) for c in extract_claims(text, THU)]
    assert got == [("ua_president", "ua_military", "killed", 2500, 3000)]


def test_a_sentence_about_another_named_person_is_narration_not_the_speaker_before():
    text = ("Ukraine's air force said Russia had fired 84 cruise missiles, of which 43 were shot down.\n\n"
            "Putin called the strikes a response to the explosion on the Crimean bridge on Saturday, which killed three people.")
    assert {(c.claimant, c.value) for c in extract_claims(text, THU)} == {("ua_mod", 43), ("other", 3)}
    # the speaker's own next sentence, or one opening on the side that lost, still goes on with the speaker
    text = ("Zelensky said 31,000 Ukrainian soldiers had been killed.\n\nRussia has lost 180,000 troops, he added.")
    assert {(c.claimant, c.value) for c in extract_claims(text, THU)} == {("ua_president", 31000), ("ua_president", 180000)}


@pytest.mark.parametrize("opening", ["Of the dead, 487 were children.", "Of those killed, 487 were children."])
def test_children_among_a_dated_total_told_later_hold_on_its_day(opening):
    text = ("The UN human rights office said on Monday it had confirmed 8,231 civilian deaths in Ukraine, and 13,734 injured.\n\n"
            f"The office believes the actual figures are considerably higher. {opening}")
    got = {(c.subject, c.metric, c.value): c.as_of for c in extract_claims(text, THU)}
    assert got[("children", "killed", 487)] == got[("civilians", "killed", 8231)] == date(2023, 6, 12)


@pytest.mark.parametrize("text, day", [
    # "by" and a month alone is the end of that month, as "by late August" is
    ("By August, 25,000 Russian soldiers had been killed, the Pentagon said.", date(2022, 8, 31)),
    ("The toll had risen to 25,000 Russian soldiers by August, the Pentagon said.", date(2022, 8, 31)),
    ("By August 25, 2022, 25,000 Russian soldiers had been killed, the Pentagon said.", date(2022, 8, 25)),
    # a later month than publication with no year is not last year's when that would be before the war: it is ahead
    ("Russia had lost 25,000 troops by November, the Pentagon said.", date(2022, 9, 21)),
])
def test_by_a_month_alone_is_its_last_day_and_never_before_the_war(text, day):
    assert [c.as_of for c in extract_claims(text, date(2022, 9, 21))] == [day]


def test_an_air_defence_reports_counts_region_by_region_are_shares_of_its_total():
    # the ministry's total, then where they fell: the regions' counts are no claims, and the places of the parts after a
    # colon are not the total's place
    text = ("Russia's defence ministry said its air defences destroyed 64 Ukrainian drones overnight. \"Thirty UAVs were "
            "downed over the Kursk Region, 21 over the Oryol Region, nine over the Bryansk Region and four over Crimea,\" "
            "the ministry said.")
    assert [(c.claimant, c.metric, c.value, c.scope) for c in extract_claims(text, THU)] == [("ru_mod", "uav", 64, "period")]
    text = ("The Russian Defence Ministry said its air defence forces had intercepted 37 Ukrainian drones in the night: "
            "20 UAVs - over the Black Sea, 11 - over the Krasnodar Territory and six over Crimea.")
    assert [(c.metric, c.value, c.scope) for c in extract_claims(text, THU)] == [("uav", 37, "period")]


def test_one_kind_of_soldier_after_the_sources_total_is_a_part_of_it():
    # officers, generals, the mobilised among the dead the same source counted: parts of its total, no claims
    text = ("Mediazona has now confirmed the deaths of 52,000 Russian soldiers. The outlet said 3,100 officers had died since "
            "the invasion began, 9 of them generals, and that 6,200 mobilised men were among the dead.")
    assert [(c.claimant, c.metric, c.value) for c in extract_claims(text, THU)] == [("independent", "killed", 52000)]
    # with no total before it, the officers are a claim of their own
    text = "Mediazona said 3,100 Russian officers had died since the invasion began."
    assert [(c.claimant, c.metric, c.value) for c in extract_claims(text, THU)] == [("independent", "killed", 3100)]


def test_a_headline_toll_and_the_body_that_restates_it_are_one_claim():
    # the body's place opens on "The city council of ...": no capital that opens a sentence names another place
    text = ("More than 2,000 civilians killed in Mariupol, city council says\n\nThe city council of Mariupol said at least 2,000 "
            "residents had died during the siege of the city.")
    got = [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, THU)]
    assert got == [("ua_other", "civilians", "killed", 2000)]


def test_a_concession_before_but_does_not_make_the_figure_both_armies():
    text = "Losses on both sides are hard to verify, but Ukrainian officials believe Russia has lost about 12,000 soldiers."
    assert [(c.subject, c.value) for c in extract_claims(text, THU)] == [("ru_military", 12000)]
    # both armies in the figure's own clause still are
    text = "Fighting is fierce, but officials say about 12,000 soldiers have died on both sides."
    assert [(c.subject, c.value) for c in extract_claims(text, THU)] == [("all_military", 12000)]


@pytest.mark.parametrize("text, metric", [
    ("The UK defence ministry estimates Moscow's army has taken between 100,000 and 120,000 causalities.", "casualties"),
    ("The general staff said Russia has lost 1,100 armed personnel carriers.", "armored_vehicles"),
])
def test_a_common_misspelling_and_a_loose_name_of_a_machine(text, metric):
    assert [c.metric for c in extract_claims(text, THU)] == [metric]


@pytest.mark.parametrize("name", ["The Kyiv Independent", "The Warsaw Institute", "The Baltic Security Centre"])
def test_an_outlet_or_institute_with_no_alias_speaks_itself_and_it_refers_back_to_it(name):
    text = (f"The British defence ministry said in its update that Russia is short of men. {name} said Russia has lost "
            "close to 14,000 soldiers. It further puts Russian losses at 90 planes and 400 tanks.")
    got = [(c.claimant, c.metric, c.value) for c in extract_claims(text, THU)]
    assert got == [("other", "casualties", 14000), ("other", "aircraft", 90), ("other", "tanks", 400)]


def test_a_person_described_with_no_alias_is_who_he_refers_to():
    # (a guard, passing before too: the described person's mention now sits where the name is written, and a later
    # "He" still finds him, not the speaker before)
    text = ("Kyiv's General Staff put Russia's losses that day at 200 soldiers. Andriy Koval, a retired colonel from "
            "Kyiv, said on Monday that fighting had eased. He said Russia had lost 50,000 soldiers.")
    got = [(c.claimant, c.value) for c in extract_claims(text, THU)]
    assert got == [("ua_mod", 200), ("ua_other", 50000)]


def test_every_item_of_an_including_list_inside_an_armour_total_is_a_part_of_it():
    # (LABELING: APCs and IFVs inside an armoured-vehicle total are no claims; tanks inside it are, and make it tanks_armored)
    text = ("Moscow's defence ministry claimed Ukraine had lost 710 troops and 64 armoured vehicles, including five tanks, "
            "14 infantry fighting vehicles, 9 armoured personnel carriers and 36 armoured combat vehicles.")
    got = [(c.metric, c.value) for c in extract_claims(text, THU)]
    assert got == [("casualties", 710), ("tanks_armored", 64), ("tanks", 5)]
    # a place after the last item, which is dropped, still makes the list an event there
    text = ("The Russian defence ministry said Ukraine had lost 82 armoured vehicles, including 12 armoured personnel carriers "
            "and six infantry fighting vehicles in the Kursk region.")
    assert [(c.metric, c.value, c.scope) for c in extract_claims(text, THU)] == [("armored_vehicles", 82, "event")]
    # a verb of its own after the list ends it: the wounded are no part of the dead
    text = "Russian strikes killed 50 people, including 13 children, and 200 were wounded."
    got = [(c.subject, c.metric, c.value) for c in extract_claims(text, THU)]
    assert got == [("civilians", "killed", 50), ("children", "killed", 13), ("civilians", "wounded", 200)]


@pytest.mark.parametrize("after, subject", [
    ("A child was among those killed.", "children"),
    ("A 14-year-old boy was among those killed.", "children"),
    ("A 16-year-old was among the dead.", "children"),
    ("A 45-year-old was among the dead.", "civilians"),
])
def test_one_person_among_those_killed_after_a_toll_is_a_claim_of_one(after, subject):
    text = f"The mayor of Dnipro said 29 people are now confirmed dead. {after}"
    got = [(c.subject, c.metric, c.value) for c in extract_claims(text, THU)]
    assert got == [("civilians", "killed", 29), (subject, "killed", 1)]


@pytest.mark.parametrize("text, want", [
    ("Shelling killed a 15-year-old in Kherson, the governor said.", [("children", "killed", 1)]),
    ("Shelling killed a 45-year-old in Kherson, the governor said.", [("civilians", "killed", 1)]),
    ("Shelling killed a 15-year-old boy and wounded two 17-year-olds in Kherson, the governor said.",
     [("children", "killed", 1), ("children", "wounded", 2)]),
])
def test_an_age_under_eighteen_is_a_child(text, want):
    assert [(c.subject, c.metric, c.value) for c in extract_claims(text, THU)] == want


def test_the_state_service_is_the_emergency_service_named_again():
    text = ("Rescuers dug eight people out of the ruins alive, the state service said. By noon, 21 people had died and "
            "39 had been hurt in the strike on the town.")
    got = [(c.claimant, c.metric, c.value) for c in extract_claims(text, THU)]
    assert got == [("ua_ses", "killed", 21), ("ua_ses", "wounded", 39)]


def test_one_fighting_vehicle_in_a_list_that_opens_on_a_tank():
    text = ('"Within a day the enemy lost up to 250 servicemen. One tank, an infantry fighting vehicle and two cars '
            'were hit," the ministry said.')
    got = [(c.metric, c.value) for c in extract_claims(text, THU)]
    assert got == [("casualties", 250), ("tanks", 1), ("armored_vehicles", 1), ("vehicles", 2)]


def test_a_statement_after_the_next_sentences_verb_is_no_tag_for_the_sentence_before():
    # "..., but Ukrainian officials have admitted that ..." says something of its own: the minister's figure stays his
    text = ("Defence Minister Sergei Shoigu said on Wednesday that Kyiv's push had failed. Kyiv's forces have lost 60,000 "
            "troops, the Russian official estimated. The minister's previous update of this sort was published in July and "
            "put Ukrainian losses at about 20,000 troops. Kyiv gives no figures, but Ukrainian officials have admitted that "
            "the advance is slower than planned.")
    got = [(c.claimant, c.value) for c in extract_claims(text, THU)]
    assert got == [("ru_mod", 60000), ("ru_mod", 20000)]
    # a bare trailing tag still speaks for the sentence before
    text = "The toll has risen to 23. Rescuers are still searching the ruins, the mayor reported."
    assert [(c.claimant, c.value) for c in extract_claims(text, THU)] == [("ua_other", 23)]


@pytest.mark.parametrize("text", [
    "Kyiv's army has lost over 60,000 men since launching its push in June, Shoigu claimed.",
    "Ukraine has lost 60,000 troops since Kyiv launched its summer assault, Shoigu said.",
    "Putin said Kyiv's counteroffensive had failed, with Ukraine sustaining more than 60,000 casualties.",
    "Putin said Kyiv's counteroffensive had cost it 60,000 troops.",
])
def test_losses_of_an_operation_are_its_window(text):
    assert [(c.value, c.scope) for c in extract_claims(text, THU)] == [(60000, "period")]


def test_losses_in_a_with_clause_of_no_operation_stay_cumulative():
    text = "Putin said the war was going to plan, with Ukraine sustaining more than 60,000 casualties."
    assert [(c.value, c.scope) for c in extract_claims(text, THU)] == [(60000, "cumulative")]


@pytest.mark.parametrize("text, claimant", [
    ("The State Emergency Service has recovered the bodies of 1,700 people in the liberated areas.", "ua_ses"),
    ("Police have exhumed the bodies of 440 people in the town, the governor said.", "ua_other"),
])
def test_whoever_recovers_the_dead_counts_them(text, claimant):
    assert [(c.claimant, c.subject, c.metric) for c in extract_claims(text, THU)] == [(claimant, "civilians", "killed")]


@pytest.mark.parametrize("noun", ["sectors", "directions", "places"])
def test_a_count_of_sectors_or_directions_is_no_loss(noun):
    text = f"Kyiv's troops went on the attack in five {noun} on Tuesday, losing more than 1,400 men, Shoigu claimed."
    assert [(c.claimant, c.subject, c.value) for c in extract_claims(text, THU)] == [("ru_mod", "ua_military", 1400)]


@pytest.mark.parametrize("text", [
    "The enemy attacked five times and lost 300 men, the General Staff said.",
    "The occupiers attacked our positions 12 times and lost 300 men, the General Staff said.",
    "Russian troops stormed the village twice and lost 300 men, the General Staff said.",
])
def test_the_subject_a_clause_opens_on_lost_what_its_second_verb_lost(text):
    assert [(c.claimant, c.subject, c.value) for c in extract_claims(text, THU)] == [("ua_mod", "ru_military", 300)]


@pytest.mark.parametrize("text, want", [
    ("Ukrainian troops held the line, and Russia lost 300 men, the General Staff said.", ("ua_mod", "ru_military")),
    ("Russian troops advanced, and Ukraine lost 300 men, the defence ministry said.", ("ru_mod", "ua_military")),
])
def test_a_bare_ministry_is_the_side_that_counts_the_losers_losses(text, want):
    assert [(c.claimant, c.subject) for c in extract_claims(text, THU)] == [want]


@pytest.mark.parametrize("text, value", [
    ("The new deaths brought the count of civilians killed across the region since the war began to 1,200, the prosecutor said.", 1200),
    ("The new deaths took the number of people killed in the Kharkiv region since the invasion began to over 2,000, the "
     "prosecutor said.", 2000),
])
def test_a_toll_brought_to_a_figure_over_a_long_subject(text, value):
    got = [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, THU)]
    assert got == [("ua_prosecutor", "civilians", "killed", value)]


def test_the_prosecutor_in_a_russian_place_is_russias():
    text = "Shelling killed two people in Belgorod, the prosecutor said."
    assert [(c.claimant, c.value) for c in extract_claims(text, THU)] == [("ru_other", 2)]


@pytest.mark.parametrize("text, claimant", [
    ("Russia has not disclosed its losses but said in 2022 that 5,937 soldiers had died.", "ru_mod"),
    ("Russia rarely discloses its losses and last said in 2022 that 5,937 soldiers had died.", "ru_mod"),
    ("Kyiv does not publish its losses but said in February that 5,937 soldiers had died.", "ua_mod"),
])
def test_a_country_that_withholds_its_losses_and_then_speaks_is_the_speaker(text, claimant):
    assert [(c.claimant, c.value) for c in extract_claims(text, THU)] == [(claimant, 5937)]


def test_officials_after_a_country_that_acts_speak_for_themselves():
    text = "Russia has not stopped its attacks, and officials said five people died in Kharkiv."
    assert [(c.claimant, c.value) for c in extract_claims(text, THU)] == [("other", 5)]


def test_the_official_before_a_noun_is_an_adjective_not_a_reference_back():
    text = "According to the official data of juvenile prosecutors, 510 children have died."
    assert [(c.claimant, c.subject, c.value) for c in extract_claims(text, THU)] == [("ua_prosecutor", "children", 510)]
    # "the official" alone still refers back to the one named before
    text = "The governor of Kharkiv region spoke on Monday. According to the official, 50 people were killed."
    assert [(c.claimant, c.value) for c in extract_claims(text, THU)] == [("ua_other", 50)]


def test_a_statement_reported_in_a_named_office_covers_the_paragraph_before():
    text = "510 children have died and 1,120 have been hurt. This was announced at the Prosecutor General's Office."
    got = [(c.claimant, c.metric, c.value) for c in extract_claims(text, THU)]
    assert got == [("ua_prosecutor", "killed", 510), ("ua_prosecutor", "wounded", 1120)]


@pytest.mark.parametrize("verb", ["died", "was killed"])
def test_a_family_whose_fate_follows_its_figure_are_people_not_the_drone_that_hit_them(verb):
    text = f"A family of five {verb} when a drone hit their house, the governor said."
    assert [(c.subject, c.metric, c.value) for c in extract_claims(text, THU)] == [("civilians", "killed", 5)]


@pytest.mark.parametrize("text, want", [
    ("Shelling killed two men and three children, the governor said.", [("civilians", 2), ("children", 3)]),
    ("Shelling killed a woman and her two children, the governor said.", [("civilians", 1), ("children", 2)]),
    ("Shelling killed an elderly woman and her three grandchildren, the governor said.", [("civilians", 1), ("children", 3)]),
])
def test_the_second_object_of_a_killing_verb_was_killed_too(text, want):
    assert [(c.subject, c.value) for c in extract_claims(text, THU) if c.metric == "killed"] == want


def test_a_second_object_of_another_kind_keeps_its_own_metric():
    text = "Russia lost 5,000 soldiers and 300 tanks, Kyiv said."
    assert [(c.metric, c.value) for c in extract_claims(text, THU)] == [("casualties", 5000), ("tanks", 300)]


def test_a_loss_word_of_the_next_contrasted_clause_is_not_the_figures():
    text = ("The ministry's figures put the count of Russian troops killed since February 2022 at 150,000, "
            "while the number of wounded is estimated at 300,000.")
    assert [(c.metric, c.value) for c in extract_claims(text, THU)] == [("killed", 150000), ("wounded", 300000)]


@pytest.mark.parametrize("between", ["Analysts said the claims could not be verified independently.",
                                     "The Kyiv Independent said the claims could not be verified."])
def test_the_ministry_named_again_is_the_ministry_not_the_analysts_or_outlet_that_spoke_between(between):
    text = (f"Ukraine's defence ministry said Russia lost 300 soldiers. {between} The ministry also said 250 drones had "
            "been shot down overnight.")
    assert [(c.claimant, c.value) for c in extract_claims(text, THU)] == [("ua_mod", 300), ("ua_mod", 250)]


@pytest.mark.parametrize("text, claimant", [
    ("The UK's ambassador to the UN said Russia had suffered 350,000 casualties.", "uk_gov"),
    ("Britain's envoy to the OSCE, Neil Holland, said Russia had suffered 350,000 casualties.", "uk_gov"),
    ("The US ambassador to NATO said Russia had suffered 350,000 casualties.", "us_gov"),
    ("NATO said Russia had suffered 350,000 casualties.", "other_gov"),
])
def test_an_envoy_speaks_for_the_government_that_sent_him_not_the_body_he_is_sent_to(text, claimant):
    assert [(c.claimant, c.value) for c in extract_claims(text, THU)] == [(claimant, 350000)]


@pytest.mark.parametrize("text, want", [
    ("UALosses, a project that tracks Ukrainian deaths, has counted 60,000 names.", [("independent", "ua_military", "killed", 60000)]),
    ("The site, which tracks Russian war dead, has verified 50,000 names so far.", [("other", "ru_military", "killed", 50000)]),
    ("The petition has collected 60,000 names.", []),
])
def test_names_counted_by_a_tracker_of_the_dead_are_the_dead(text, want):
    assert [(c.claimant, c.subject, c.metric, c.value) for c in extract_claims(text, THU)] == want


@pytest.mark.parametrize("text, scope", [
    ("Kyiv's General Staff says Russia suffered 1,650 casualties in just 24 hours.", "period"),
    ("Kyiv's General Staff reported 1,650 Russian troops killed or wounded since early on Saturday.", "period"),
    ("That takes the Russian army's loss count for March to 30,100, the General Staff said.", "period"),
])
def test_windows_a_record_day_story_words_its_own_way(text, scope):
    assert [c.scope for c in extract_claims(text, THU)] == [scope]


def test_what_a_side_is_about_to_suffer_is_a_forecast():
    assert extract_claims("The admiral said Russia is about to suffer 600,000 killed or wounded.", THU) == []


def test_troop_carrying_vehicles_are_machines_and_fighters_after_a_toll_are_men():
    text = "Kyiv's general staff listed 27 troop-carrying fighting vehicles among Russia's losses over the previous day."
    assert [(c.metric, c.value) for c in extract_claims(text, THU)] == [("armored_vehicles", 27)]
    text = "Moscow's defence ministry said Kyiv had suffered some 1,500 casualties along the front and 250 fighters near Kursk."
    assert [(c.metric, c.value) for c in extract_claims(text, THU)] == [("casualties", 1500), ("casualties", 250)]


def test_a_space_before_a_possessive_left_by_a_pages_markup_is_read_closed_up():
    text = "Ukraine's General Staff said Vladimir Putin 's army had lost 650,300 troops since the invasion began."
    got = [(c.subject, c.value, text[c.evidence_start:c.evidence_start + 14]) for c in extract_claims(text, THU)]
    assert got == [("ru_military", 650300, "650,300 troops")]  # (the evidence still points into the text as written)


def test_an_army_whose_loss_count_is_given_is_the_loser_not_the_bare_general_staffs_side():
    text = "That takes the Russian army's loss count for March to 30,100, the General Staff said."
    assert [(c.claimant, c.subject, c.value) for c in extract_claims(text, THU)] == [("ua_mod", "ru_military", 30100)]
