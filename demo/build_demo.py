"""Regenerate demo/ministry_posts.jsonl: our own daily-post texts carrying real figures.

The figures come from the PetroIvaniuk reference series (MIT) in
../shared/real/ministry/reference; the wording and layout are ours, one layout per
era the ministry has used (2022 without "(+N)", 2022-2024 English, 2025-2026 Ukrainian
Telegram). The output is committed, so running this is only needed to change it.
"""

import json
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REFERENCE = HERE.parent.parent / "shared" / "real" / "ministry" / "reference"

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
    personnel = {r["date"]: r for r in json.loads((REFERENCE / "petroivaniuk_russia_losses_personnel.json").read_text())}
    equipment = {r["date"]: r for r in json.loads((REFERENCE / "petroivaniuk_russia_losses_equipment.json").read_text())}
    return {d: {**equipment.get(d, {}), "personnel": personnel[d]["personnel"]} for d in personnel}


def figure(value, delta, with_delta: bool) -> str:
    return f"{value} (+{delta})" if with_delta and delta is not None else f"{value}"


def english_post(day: date, today: dict, before: dict, with_delta: bool, long_dates: bool) -> str:
    span = f"24.02.22 to {day:%d.%m.%y}" if long_dates else f"24.02 to {day:%d.%m}"
    lines = [
        f"General Staff figures: enemy combat losses from {span}",
        f"Our defenders report that the total combat losses of the enemy from {span} were approximately:",
        f"personnel ‒ about {figure(today['personnel'], today['personnel'] - before.get('personnel', 0), with_delta)} persons were liquidated,",
    ]
    for key, label, _ in EQUIPMENT:
        if key in today and today[key] is not None:
            delta = today[key] - before[key] if before.get(key) is not None else None
            lines.append(f"{label} – {figure(today[key], delta, with_delta)},")
    lines[-1] = lines[-1].rstrip(",") + "."
    lines.append("Figures are still being verified.")
    return "\n".join(lines)


def ukrainian_post(day: date, today: dict, before: dict) -> str:
    span = f"з 24.02.22 по {day:%d.%m.%y}"
    lines = [
        f"⚡️ Загальні бойові втрати противника {span} орієнтовно склали:",
        f"👉 особового складу ‒ близько {figure(today['personnel'], today['personnel'] - before['personnel'], True)} осіб",
    ]
    for key, _, label in EQUIPMENT:
        if key in today and today[key] is not None and before.get(key) is not None:
            lines.append(f"👉 {label} ‒ {figure(today[key], today[key] - before[key], True)}")
    lines.append("Дані уточнюються. Бий окупанта!")
    return "\n".join(lines)


def main() -> int:
    ref = load_reference()
    days = sorted(ref)
    picked, day = [], date(2022, 3, 1)
    while day.isoformat() <= days[-1]:
        picked.append(day)
        day += timedelta(days=45)
    # Three consecutive days, so the demo series shows reported changes day by day.
    picked += [date(2023, 10, 21), date(2023, 10, 22), date(2023, 10, 23)]
    out = []
    for day in sorted(set(picked)):
        today, before = ref.get(day.isoformat()), ref.get((day - timedelta(days=1)).isoformat(), {})
        if today is None:
            continue
        if day < date(2022, 4, 26):
            text, lang = english_post(day, today, before, with_delta=False, long_dates=False), "en"
        elif day < date(2023, 1, 1):
            text, lang = english_post(day, today, before, with_delta=True, long_dates=False), "en"
        elif day < date(2025, 1, 1):
            text, lang = english_post(day, today, before, with_delta=True, long_dates=True), "en"
        else:
            text, lang = ukrainian_post(day, today, before), "uk"
        out.append({
            "url": f"https://demo.casualty-claims.example/ua-mod/{day.isoformat()}",
            "title": text.split("\n", 1)[0],
            "published": f"{day.isoformat()}T07:00:00+00:00",
            "kind": "ministry_post",
            "language": lang,
            "text": text,
        })
    target = HERE / "ministry_posts.jsonl"
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"wrote {len(out)} posts to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
