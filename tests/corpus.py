"""Generated news corpora for ingest tests and benchmarks.

Articles are composed from sentence templates and name lists written for this project:
crews, launches, landings, records, families and careers, in varied order and length, so a
corpus of any size exercises the same pipeline a real news archive would. Everything is
seeded: the same ``(n, seed)`` always gives the same articles.

>>> a = next(articles(1, seed=7)); sorted(a)
['id', 'published', 'text', 'title', 'url']
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ASTRONAUTS = (
    ("Peggy", "Whitson", "NASA"), ("Scott", "Kelly", "NASA"), ("Christina", "Koch", "NASA"),
    ("Gennady", "Padalka", "Roscosmos"), ("Mikhail", "Kornienko", "Roscosmos"),
    ("Oleg", "Kononenko", "Roscosmos"), ("Samantha", "Cristoforetti", "ESA"),
    ("Thomas", "Pesquet", "ESA"), ("Alexander", "Gerst", "ESA"), ("Koichi", "Wakata", "JAXA"),
    ("Akihiko", "Hoshide", "JAXA"), ("Chris", "Hadfield", "Canadian Space Agency"),
    ("Jessica", "Meir", "NASA"), ("Frank", "Rubio", "NASA"), ("Sergey", "Prokopyev", "Roscosmos"),
    ("Yang", "Liwei", "CMSA"), ("Wang", "Yaping", "CMSA"), ("Jing", "Haipeng", "CMSA"),
    ("Sunita", "Williams", "NASA"), ("Butch", "Wilmore", "NASA"), ("Andreas", "Mogensen", "ESA"),
    ("Satoshi", "Furukawa", "JAXA"), ("Jasmin", "Moghbeli", "NASA"), ("Loral", "O'Hara", "NASA"),
)
RELATIVES = (
    ("Mark Kelly", "twin brother"), ("Anna Lopez", "wife"), ("David Brandt", "husband"),
    ("Irina Volkova", "wife"), ("Tom Harlow", "brother"), ("Elena Marsh", "sister"),
)
SPACECRAFT = ("Soyuz MS-22", "Soyuz MS-24", "Crew Dragon Endurance", "Crew Dragon Freedom",
              "Shenzhou 15", "Shenzhou 17", "Soyuz TMA-18M", "Starliner", "Soyuz MS-18")
STATIONS = ("International Space Station", "Tiangong space station", "Mir")
SITES = (("Baikonur Cosmodrome", "Kazakhstan"), ("Kennedy Space Center", "Florida"),
         ("Jiuquan Satellite Launch Center", "China"), ("Cape Canaveral", "Florida"))
LANDINGS = ("near Zhezkazgan in Kazakhstan", "off the coast of Florida", "in the Gulf of Mexico",
            "at the Dongfeng landing site in Inner Mongolia")
ROCKETS = ("Soyuz-2.1a", "Falcon 9", "Long March 2F", "Atlas V")
TOWNS = ("Houston", "Moscow", "Cologne", "Tsukuba", "Montreal", "Beijing", "Star City", "Toulouse")
TOPICS = ("plant growth", "muscle loss", "fluid physics", "bone density", "protein crystals",
          "sleep patterns", "radiation exposure", "3D printing")

_OPENINGS = (
    "{name}, an astronaut with {agency}, landed {landing} on {day} aboard {craft}.",
    "{agency} astronaut {name} returned to Earth on {day}, ending {days} days on the {station}.",
    "A {rocket} rocket carrying {name} lifted off from the {site} in {region} on {day}.",
    "{name} of {agency} set a new mark on {day} with {total} cumulative days in space.",
    "The crew of {craft}, commanded by {name}, docked with the {station} on {day}.",
)
_BODY = (
    "{surname} spent {days} days on the {station} during the mission.",
    "During the flight {surname} worked on experiments about {topic}.",
    "{surname} was born in {town} and joined {agency} in {year}.",
    "{other} of {other_agency} flew with {surname} on the same crew.",
    "The mission was the {ordinal} spaceflight for {surname}, who is {age} years old.",
    "{relative}, the {role} of {name}, watched the landing from {town}.",
    "{name} now holds the record for the most cumulative days in space by a {agency} astronaut.",
    "Officials at {agency} said the {station} would host another crew in {month}.",
    "{surname} is scheduled to return to the {station} in {year_next}.",
    "Engineers in {town} reviewed data from {craft} after the landing.",
    "The previous record of {prev} days had been held by {other} since {year}.",
    "{surname} and {other} carried out a spacewalk of {hours} hours to replace a pump.",
    "Recovery teams reached {craft} within minutes, and {surname} was helped out of the capsule.",
)
_TITLES = (
    "{name} is back on Earth", "{craft} lands after {days} days", "A record for {name}",
    "{agency} crew returns from the {station}", "{name} reaches {total} days in space",
)
_ORDINALS = ("first", "second", "third", "fourth", "fifth")


def articles(n: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """``n`` articles as JSON records (id, title, url, published, text), lazily."""
    rng = random.Random(seed)
    start = date(2001, 1, 1)
    for index in range(n):
        yield _article(rng, index, start + timedelta(days=rng.randrange(8000)))


def _article(rng: random.Random, index: int, day: date) -> dict[str, str]:
    first, surname, agency = rng.choice(ASTRONAUTS)
    o_first, o_surname, o_agency = rng.choice([a for a in ASTRONAUTS if a[1] != surname])
    site, region = rng.choice(SITES)
    relative, role = rng.choice(RELATIVES)
    days = rng.randrange(120, 380)
    slots = {
        "name": f"{first} {surname}", "surname": surname, "agency": agency,
        "other": f"{o_first} {o_surname}", "other_agency": o_agency,
        "craft": rng.choice(SPACECRAFT), "station": rng.choice(STATIONS), "site": site,
        "region": region, "landing": rng.choice(LANDINGS), "rocket": rng.choice(ROCKETS),
        "town": rng.choice(TOWNS), "topic": rng.choice(TOPICS), "relative": relative, "role": role,
        "day": f"{day:%B} {day.day}, {day.year}", "days": str(days), "total": str(days + rng.randrange(100, 600)),
        "prev": str(days + rng.randrange(1, 90)), "year": str(day.year - rng.randrange(3, 20)),
        "year_next": str(day.year + rng.randrange(1, 4)), "age": str(rng.randrange(34, 62)),
        "ordinal": rng.choice(_ORDINALS), "hours": str(rng.randrange(5, 9)),
        "month": (day + timedelta(days=rng.randrange(30, 200))).strftime("%B"),
    }
    body = [rng.choice(_BODY) for _ in range(rng.randrange(8, 30))]
    paragraphs, sentences = [], [rng.choice(_OPENINGS), *body]
    while sentences:
        take = rng.randrange(1, 5)
        paragraphs.append(" ".join(s.format(**_vary(rng, slots)) for s in sentences[:take]))
        sentences = sentences[take:]
    slug = f"{surname.lower()}-{day:%Y%m%d}-{index}"
    return {
        "id": f"gen-{index:06d}",
        "title": rng.choice(_TITLES).format(**slots),
        "url": f"https://news.astrokg.example/{day:%Y/%m}/{slug}",
        "published": day.isoformat(),
        "text": "\n\n".join(paragraphs),
    }


def _vary(rng: random.Random, slots: dict[str, str]) -> dict[str, str]:
    """The article's slots with the incidental details (places, topics, numbers) redrawn,
    so the sentences of one article do not repeat each other word for word."""
    first, surname, agency = rng.choice(ASTRONAUTS)
    return {
        **slots, "town": rng.choice(TOWNS), "topic": rng.choice(TOPICS), "hours": str(rng.randrange(5, 9)),
        "other": f"{first} {surname}" if surname != slots["surname"] else slots["other"],
        "other_agency": agency if surname != slots["surname"] else slots["other_agency"],
        "year": str(int(slots["year"]) + rng.randrange(-2, 3)),
    }


def write_jsonl(path: Path, records: Iterator[dict[str, str]] | list[dict[str, str]]) -> Path:
    """Write records as JSON Lines (gzipped when the name ends in .gz)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as handle:  # type: ignore[operator]
        for record in records:
            handle.write(json.dumps(record) + "\n")
    return path


def write_mixed(folder: Path, n: int, seed: int = 0) -> list[dict[str, str]]:
    """``n`` articles spread over every supported format in a folder tree; returns them."""
    records = list(articles(n, seed))
    (folder / "feeds").mkdir(parents=True, exist_ok=True)
    (folder / "pages" / "2016").mkdir(parents=True, exist_ok=True)
    for i, r in enumerate(records):
        kind = i % 6
        if kind == 0:
            (folder / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
        elif kind == 1:
            (folder / f"{r['id']}.md").write_text(f"# {r['title']}\n\n{r['text']}\n", encoding="utf-8")
        elif kind == 2:
            paragraphs = "".join(f"<p>{p}</p>" for p in r["text"].split("\n\n"))
            (folder / "pages" / "2016" / f"{r['id']}.html").write_text(
                f"<html><head><title>{r['title']}</title>"
                f'<meta property="article:published_time" content="{r["published"]}T08:00:00Z"></head>'
                f"<body><nav>Home | News</nav><article><h1>{r['title']}</h1>{paragraphs}</article></body></html>",
                encoding="utf-8",
            )
        elif kind == 3:
            (folder / f"{r['id']}.json").write_text(json.dumps(r), encoding="utf-8")
        elif kind == 4:
            write_jsonl(folder / "feeds" / f"{r['id']}.jsonl.gz", [r])
        else:
            with (folder / "feeds" / "feed.ndjson").open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(r) + "\n")
    return records
