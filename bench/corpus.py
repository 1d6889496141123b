"""A realistic corpus of any size: ministry posts in every layout the ministry has used, and news
articles built from sentence patterns like the real ones, with varied figures, claimants and dates.

Figures of the posts come from the PetroIvaniuk reference series in ../shared when it is there,
else from a synthetic rising series. All wording is ours.
"""

import json
import random
from datetime import date, timedelta
from pathlib import Path

REFERENCE = Path(__file__).resolve().parent.parent.parent / "shared" / "real" / "ministry" / "reference"

# (reference key, English label, Ukrainian label)
EQUIPMENT = [
    ("tank", "tanks", "танків"),
    ("APC", "APV", "бойових броньованих машин"),
    ("field artillery", "artillery systems", "артилерійських систем"),
    ("MRL", "MLRS", "РСЗВ"),
    ("anti-aircraft warfare", "Anti-aircraft warfare systems", "засоби ППО"),
    ("aircraft", "aircraft", "літаків"),
    ("helicopter", "helicopters", "гелікоптерів"),
    ("drone", "UAV operational-tactical level", "БпЛА оперативно-тактичного рівня"),
    ("cruise missiles", "cruise missiles", "крилаті ракети"),
    ("naval ship", "warships / boats", "кораблі / катери"),
    ("submarines", "submarines", "підводні човни"),
    ("vehicles and fuel tanks", "vehicles and fuel tanks", "автомобільної техніки та автоцистерн"),
    ("military auto", "vehicles", "автомобільної техніки"),
    ("fuel tank", "fuel tanks", "автоцистерн"),
    ("special equipment", "special equipment", "спеціальна техніка"),
    ("mobile SRBM system", "mobile SRBM system", "ОТРК"),
    ("ground robotic systems", "ground robotic systems", "наземних робототехнічних комплексів"),
]


def load_reference() -> dict[str, dict]:
    """Day -> figures; the real series when ../shared is there, else a synthetic one."""
    if (REFERENCE / "petroivaniuk_russia_losses_personnel.json").exists():
        personnel = {r["date"]: r for r in json.loads((REFERENCE / "petroivaniuk_russia_losses_personnel.json").read_text())}
        equipment = {r["date"]: r for r in json.loads((REFERENCE / "petroivaniuk_russia_losses_equipment.json").read_text())}
        return {d: {**equipment.get(d, {}), "personnel": personnel[d]["personnel"]} for d in personnel}
    out, day, figures = {}, date(2022, 2, 25), {"personnel": 2800, **{k: 10 for k, _, _ in EQUIPMENT[:11]}}
    rng = random.Random(7)
    while day <= date(2026, 8, 8):
        figures = {k: v + rng.randint(0, 900 if k == "personnel" else 9) for k, v in figures.items()}
        out[day.isoformat()] = dict(figures)
        day += timedelta(days=1)
    return out


def _figure(value, delta, with_delta: bool) -> str:
    return f"{value} (+{delta})" if with_delta and delta is not None else f"{value}"


def english_post(day: date, today: dict, before: dict, with_delta: bool, long_dates: bool) -> str:
    span = f"24.02.22 to {day:%d.%m.%y}" if long_dates else f"24.02 to {day:%d.%m}"
    lines = [
        f"General Staff figures: enemy combat losses from {span}",
        f"Our defenders report that the total combat losses of the enemy from {span} were approximately:",
        f"personnel ‒ about {_figure(today['personnel'], today['personnel'] - before.get('personnel', 0), with_delta)} persons were liquidated,",
    ]
    for key, label, _ in EQUIPMENT:
        if today.get(key) is not None:
            delta = today[key] - before[key] if before.get(key) is not None else None
            lines.append(f"{label} – {_figure(today[key], delta, with_delta)},")
    lines[-1] = lines[-1].rstrip(",") + "."
    lines.append("Figures are still being verified.")
    return "\n".join(lines)


def ukrainian_post(day: date, today: dict, before: dict) -> str:
    lines = [
        f"⚡️ Загальні бойові втрати противника з 24.02.22 по {day:%d.%m.%y} орієнтовно склали:",
        f"👉 особового складу ‒ близько {_figure(today['personnel'], today['personnel'] - before.get('personnel', 0), True)} осіб",
    ]
    for key, _, label in EQUIPMENT:
        if today.get(key) is not None and before.get(key) is not None:
            lines.append(f"👉 {label} ‒ {_figure(today[key], today[key] - before[key], True)}")
    lines.append("Дані уточнюються. Бий окупанта!")
    return "\n".join(lines)


def post_for(day: date, reference: dict) -> tuple[str, str]:
    """(text, language) of the daily post for `day` in the layout of its era."""
    today, before = reference[day.isoformat()], reference.get((day - timedelta(days=1)).isoformat(), {})
    if day < date(2022, 4, 26):
        return english_post(day, today, before, with_delta=False, long_dates=False), "en"
    if day < date(2023, 1, 1):
        return english_post(day, today, before, with_delta=True, long_dates=False), "en"
    if day < date(2025, 1, 1):
        return english_post(day, today, before, with_delta=True, long_dates=True), "en"
    return ukrainian_post(day, today, before), "uk"


# Sentence patterns in the manner of the news corpus; {n}, {m}, {k} are figures.
SPEAKERS = [
    ("Russian Defence Ministry spokesman Igor Konashenkov", "Ukrainian", "troops"),
    ("Ukraine's General Staff", "Russian", "soldiers"),
    ("President Volodymyr Zelensky", "Russian", "soldiers"),
    ("Defence Minister Sergei Shoigu", "Ukrainian", "servicemen"),
    ("A Pentagon spokesman", "Russian", "troops"),
    ("British military intelligence", "Russian", "troops"),
]
CITIES = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Kramatorsk", "Sumy", "Belgorod", "Donetsk"]
PATTERNS = [
    "{speaker} said on {weekday} that {q}{n:,} {nationality} {troops} had been killed and {m:,} wounded since the start of the war.",
    "According to the UN human rights office, {n:,} civilians, including {k} children, have been killed since February 2022.",
    "A missile strike on {city} killed {n} people and injured {m}, the regional governor said on {weekday}.",
    "{speaker} estimated that {q}{n:,} {nationality} {troops} had been killed or wounded over the past month.",
    "He added that {n} tanks, {m} armoured vehicles and {k} artillery systems had been destroyed.",
    "The ministry also said {n} drones had been shot down overnight.",
]
FILLER = [
    "More than {n:,} people have left the region since the spring, officials said.",
    "The government pledged ${n} million for reconstruction on {weekday}.",
    "Troops advanced {k} km near the village, according to local reports.",
    "The talks, held {k} days ago, ended without agreement.",
    "Analysts said the claims could not be verified independently.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(rng: random.Random, day: date) -> str:
    sentences = [f"{rng.choice(['Fighting', 'Strikes', 'Losses', 'War'])} update: {rng.choice(CITIES)} and the front line"]
    for _ in range(rng.randint(7, 11)):
        speaker, nationality, troops = rng.choice(SPEAKERS)
        pattern = rng.choice(PATTERNS if rng.random() < 0.6 else FILLER)
        sentences.append(pattern.format(
            speaker=speaker, nationality=nationality, troops=troops, weekday=rng.choice(WEEKDAYS), city=rng.choice(CITIES),
            q=rng.choice(["", "", "nearly ", "more than ", "about "]), n=rng.randint(10, 400_000), m=rng.randint(5, 90_000),
            k=rng.randint(1, 400),
        ))
    return "\n\n".join(sentences)


def corpus(n_posts: int, n_articles: int, seed: int = 1) -> list[dict]:
    """Documents in the jsonl source format: url, title, published, kind, language, text."""
    rng = random.Random(seed)
    reference = load_reference()
    days = sorted(date.fromisoformat(d) for d in reference)[1:]
    docs = []
    for i in range(n_posts):
        day = days[i % len(days)]
        text, language = post_for(day, reference)
        docs.append({"url": f"https://bench.casualty-claims.example/post/{i}", "title": text.split("\n", 1)[0],
                     "published": f"{day.isoformat()}T07:00:00+00:00", "kind": "ministry_post", "language": language, "text": text})
    for i in range(n_articles):
        day = days[rng.randrange(len(days))]
        text = article(rng, day)
        docs.append({"url": f"https://bench.casualty-claims.example/news/{i}", "title": text.split("\n", 1)[0],
                     "published": f"{day.isoformat()}T12:00:00+00:00", "kind": "article", "language": "en", "text": text})
    return docs
