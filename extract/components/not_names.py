"""Words the small model tags PERSON that name no one, as real reporting shows them:

- a one-word name an apposition calls a thing ("Tianhe, the core module of the station");
- an adverb of a title-case headline ("Japanese Astronaut Successfully Completes ..."):
  no name ends in "-fully", "-ously", "-ively", "-ingly", "-edly", "-ically";
- a span that ends in the abbreviation of "number" before one ("Cosmonaut No. 11"), however
  tagged;
- a common noun with an indefinite article ("An affable and humble Midwesterner, Glenn
  ..."): a name takes none;
- a military unit ("the Special Forces Commando", "the 101st Airborne Division", "Eagle
  Scout"): no one's name ends in a unit's word, and a group's noun alone ("the Crew",
  "Corps") is no one's name, nor a craft's after "the" ("to fly to the Station");
- a time zone the model tags as a place ("landed at 0455 GMT"): it names no site;
- a byline's writers ("By Ana Voss and Ivo Lind | Daily Planet"), however the model tagged them;
- a picture's credit line, its label and who is credited ("Photo Credit: Michael Galindo",
  "Image credit: ESA/Ana Voss", "Photo PAP/Ana Voss", "(AP Photo/Ana Voss)"), however the model
  tagged it: the photographer is no one the story tells of, nor the agency an employer;
- a street, building, degree, news agency, comet or credit line the model tags PERSON, by a
  word that ends or begins no one's name ("Volzhskaya Embankment", "Sretensky Monastery",
  "Bachelor Degree", "Moscow Tass", "Comet Kohoutek", "Copyright Daily Planet", "Beyond
  Beijing"), or a web page's button above the story ("Subscribe now");
- a seat's title alone ("Payload Commander", "Specialist" on a crew roster's line): every
  word of it a word of a crew role (``extract/patterns/crew_roles.jsonl``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract import extensions
from extract.plausible import SEAT_WORDS

#: nouns an apposition may call a thing by
_THINGS = {"ship", "vessel", "boat", "capsule", "spacecraft", "module", "rocket", "robot", "rover", "lander",
           "shuttle", "orbiter", "station", "laboratory", "lab", "telescope", "satellite", "probe", "outpost",
           "spaceship", "craft", "airlock", "arm"}
#: endings of adverbs, never of a name
_ADVERB_ENDINGS = ("fully", "ously", "ively", "ingly", "edly", "ically", "lessly")
#: the last word of a military unit's name, never of a person's
_UNITS = {"commando", "commandos", "forces", "corps", "regiment", "squadron", "battalion", "brigade", "division",
          "command", "army", "navy", "fleet", "wing", "platoon", "infantry", "artillery", "scout", "scouts"}
#: nouns of a group, which alone name no one ("the Crew has named ...", "Canada's Astronaut Corps")
_GROUPS = {"crew", "mission", "corps", "team", "squad"}
#: abbreviations of "number" written before one ("No. 11", "Nr 4")
_NUMBER_SIGNS = {"no", "no.", "nr", "nr.", "nos", "nos."}
#: last words of a street's, a building's, a degree's or a news agency's name, never of a person's
_NOT_LAST = {"avenue", "boulevard", "embankment", "prospekt", "highway", "monastery", "cathedral", "tass", "xinhua",
             "reuters", "interfax", "novosti"}
#: last words of a place's name that are some people's surnames too ("Picabo Street"): not a name
#: only after a preposition of place ("on Lenin Street", "at St. Basil's Church")
_PLACE_LAST = {"street", "church", "temple", "square", "road"}
_PLACE_BEFORE = {"on", "at", "along", "near", "off", "onto"}
#: the last word of a degree's name ("Bachelor Degree", "M.S. Degree")
_DEGREES = {"degree", "degrees", "diploma"}
#: first words of a comet's name, a copyright line, a web page's button ("Subscribe now") or a phrase,
#: never of a person's
_NOT_FIRST = {"comet", "copyright", "artículo", "beyond", "towards", "toward", "inside", "outside", "subscribe",
              "unsubscribe"}
#: the last word of a credit line's label ("Photo Credit", "Video credits")
_CREDITS = {"credit", "credits", "courtesy"}


def names_no_one(span: Span) -> bool:
    """Whether a PERSON span is a thing, an adverb or a common noun, or any span is a credit
    line's or a byline's (see the module docstring)."""
    if _photo_credit(span) or _time_zone(span) or _byline(span):
        return True  # "By Ana Voss | Daily Planet": who wrote the story (however tagged), no one it tells of
    if worded_as_no_name(span):
        return True
    if span[-1].lower_ in _NUMBER_SIGNS and _numbered(span):
        return True  # "Cosmonaut No. 11", however tagged, cut before its number: a place in a list, no one
    if span.label_ != "PERSON":
        return False
    root = span.root
    if len(span) == 1 and any(c.dep_ == "appos" and c.lower_ in _THINGS and c.i >= span.end for c in root.children):
        return True  # "Tianhe, the core module of the space station" (a full name is a person's: the parse may
        # hang the next phrase on it, "by Sergey Korsakov, the Soyuz descent module, suspended ...")
    if span[-1].lower_ in _CREDITS or _credited(span):
        return True  # "Photo Credit: Michael Galindo": the line's label, and who took the picture
    if len(span) > 1 and span[-1].lower_ in _UNITS:
        return True  # "Special Forces Commando", "Eagle Scout": a unit, or the rank of one
    if len(span) == 1 and span[0].lower_ in _GROUPS:
        return True  # "the Crew has named the spacecraft": a group
    if len(span) == 1 and span[0].lower_ in _THINGS and span.start > 0 and span.doc[span.start - 1].lower_ == "the":
        return True  # "to fly to the Station": a thing, capitalised as the craft it stands for
    if len(span) == 1 and span[0].lower_.endswith(_ADVERB_ENDINGS):
        return True  # "Successfully"
    if len(span) == 1 and span[0].lower_ in _NUMBER_SIGNS and _numbered(span):
        return True  # "Cosmonaut No. 11": the number a list gives someone"
    return len(span) == 1 and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)


def worded_as_no_name(span: Span) -> bool:
    """Whether a span's first or last word is never one of a person's name: a degree's, however
    tagged ("M.S. Degree"), or a street's, a building's, an agency's, a comet's or a credit
    line's, tagged PERSON ("Volzhskaya Embankment", "Comet Kohoutek"). Asked again once the
    names are whole: a widened name may take such a word in ("Kohoutek" -> "Comet Kohoutek")."""
    if len(span) > 1 and span[-1].lower_ in _DEGREES:
        return True  # what someone earned: no one, and nothing that acts
    if span.label_ == "PERSON" and all(t.lower_ in SEAT_WORDS for t in span):
        return True  # "Payload Commander": a seat's title, tagged as its holder
    return span.label_ == "PERSON" and (span[0].lower_ in _NOT_FIRST or len(span) > 1 and (
        span[-1].lower_ in _NOT_LAST or span[-1].lower_ in _PLACE_LAST and span.start > 0
        and span.doc[span.start - 1].lower_ in _PLACE_BEFORE))


#: what may follow a writer's name on a byline: another writer, the outlet, the time of posting
_AFTER_WRITER = re.compile(r"\s*(?:$|[|,(]|and\s|Published|Updated|Posted)")


def _byline(span: Span) -> bool:
    """Whether a name is a writer's on a byline: a line that begins "By " and holds only the
    writers' names before it ("By A and B | Daily Planet | Updated ...", "By A (Daily
    Planet)"); not "By then A had ...". """
    if not _has_bylines(span.doc):
        return False
    text = extensions.text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    if not text.startswith("By ", start):
        return False
    before = text[start + 3:span.start_char]
    after = text[span.end_char:end if end >= 0 else len(text)]
    return (not before or before.endswith((" and ", ", "))) and _AFTER_WRITER.match(after) is not None


#: a line that begins as a byline does
_BYLINE = re.compile(r"^By ", re.MULTILINE)
#: where :func:`_has_bylines` keeps its answer with the document
_BYLINES = "astrokg_bylines"


def _has_bylines(doc: Doc) -> bool:
    """Whether any line of the document begins "By " (asked once per document: most have no
    byline, and every name of theirs is asked about)."""
    found = doc.user_data.get(_BYLINES)
    if found is None:
        found = doc.user_data[_BYLINES] = _BYLINE.search(extensions.text(doc)) is not None
    return bool(found)


#: abbreviations of time zones, which the model tags GPE or ORG after a clock time
_TIME_ZONES = {"gmt", "utc", "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "bst", "cet", "cest", "msk",
               "jst", "ist", "aest", "hkt", "sgt"}


def _time_zone(span: Span) -> bool:
    """Whether a one-word span other than a person's is a time zone ("0455 GMT", "6:02 a.m. JST")."""
    return len(span) == 1 and span.label_ != "PERSON" and span[0].lower_ in _TIME_ZONES


#: words a picture's credit begins with ("Photo PAP/X", "AP Photo/X", "Image: NASA/X")
_PICTURES = {"photo", "photos", "image", "images", "picture", "video", "foto", "photograph"}


def _photo_credit(span: Span) -> bool:
    """Whether a span is (or is in) a picture's credit of agency and photographer: "Photo
    PAP/Leszek Nowak", "(AP Photo/Ann Lee)", "Photo: Reuters/Ann Lee" (the slash names who took
    it for whom), tagged as a person or an organisation."""
    doc = span.doc
    text = extensions.text(doc)
    if "/" not in text:
        return False  # most articles have no slash at all: asked once per name
    if not ("/" in text[span.start_char:span.end_char] or span.end < len(doc) and doc[span.end].text == "/"
            or span.start > 0 and doc[span.start - 1].text == "/"):
        return False
    return any(t.lower_ in _PICTURES for t in doc[max(0, span.start - 3):span.end])


def _credited(span: Span) -> bool:
    """Whether a name is the one a credit line credits ("Credit: X", "Courtesy of X",
    "Copyright X", "© X")."""
    before = [t.lower_ for t in span.doc[max(0, span.start - 2):span.start]]
    return before[-1:] in (["copyright"], ["©"], ["courtesy"]) or before == ["courtesy", "of"] \
        or before[-1:] == [":"] and before[-2:-1] in (["credit"], ["credits"])


def _numbered(span: Span) -> bool:
    """Whether a number follows the span, after a full stop or not ("No. 11", "No 11")."""
    after = [t for t in span.doc[span.end:span.end + 2] if t.text != "."]
    return bool(after) and after[0].like_num
