"""Headline lines, and the sentence starts the parser cannot see.

A headline line is the first line, or a paragraph of one line, that is short, does not end
in a full stop and has more text after it: a title repeated as the first line ("Crew Launch
Successful"), a section head; and any line that repeats one of those, as a saved page repeats
its title above the story (but a date repeated so is a dateline, which dates the story's first
sentence). A hard-wrapped line inside a paragraph is not one, nor an entry of a bulleted list.

The component runs before the parser, which keeps sentence starts that are already set: a
sentence starts after each blank line, each headline line, each line of a roster
(:func:`roster_ends`), each line of a fact sheet (:func:`fact_sheet_lines`) and each label,
credit or byline line (:func:`unit_lines_ends`).
Without it the parser reads a headline and the first sentence as one ("Voss Sets Record Ana
Voss broke the record"), and the subject of the sentence hangs from the headline; and a
roster's lines as one run-on ("Tom Quill, Commander Ann Lee, Pilot").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from spacy.attrs import IS_ALPHA, IS_SPACE, LOWER, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from extract import extensions
from extract.components.page_date import DATE_FIELD
from extract.name_keys import SHORT_TITLES

if TYPE_CHECKING:
    from thinc.types import Ints2d

_LINE = re.compile(r"[^\n]+")
#: how a line that is a sentence ends (a headline may end in "!" or "?" or a quote, never in a full stop)
_FINAL = re.compile(r"[.:;][\"”’')]*\s*$")
#: what begins an entry of a list, which is no headline however short ("• Astronaut 027 Ron Marlow")
_BULLETS = {"•", "▪", "◦", "·", "-", "*", "–"}
#: a line that is only a date ("Oct 2 1984"): repeated above the story, a dateline that dates its first sentence
_DATE_LINE = re.compile(r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}")
#: the most words a headline line has
HEADLINE_WORDS = 16


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the headline lines of a text (see the module docstring)."""
    found = []
    titles: set[str] = set()
    lead = len(text) - len(text.lstrip())
    last = len(text.rstrip())  # a line ending before it has more text after it
    entries = {start for start, _ in spaced_roster(text)}
    for m in _LINE.finditer(text):
        line = m.group(0).strip()
        words = line.split()
        if m.start() in entries:
            continue  # "Tom Quill, Commander" between blank lines under "Crew:": a roster's entry
        alone = m.start() == lead or (text[max(0, m.start() - 2):m.start()] == "\n\n"
                                      and text[m.end():m.end() + 2] == "\n\n")
        if words and len(words) <= HEADLINE_WORDS and (alone or line in titles and not _DATE_LINE.fullmatch(line)) \
                and not _FINAL.search(line) \
                and words[0] not in _BULLETS and m.end() < last:
            found.append((m.start(), m.end()))
            titles.add(line)  # a page that repeats its title above the story ("Title\n\nTitle\nByline")
    return found


def body_of(text: str, headlines: list[tuple[int, int]]) -> str:
    """The text without its headline lines."""
    if not headlines:
        return text
    parts, last = [], 0
    for start, end in headlines:
        parts.append(text[last:start])
        last = end
    parts.append(text[last:])
    return "\n".join(parts)


def in_headline(char: int, headlines: list[tuple[int, int]]) -> bool:
    """Whether a character offset lies in a headline line."""
    return any(start <= char < end for start, end in headlines)


#: the most words a line of a roster has ("Astronaut 017 Ron Radek from Austin, Texas")
ROSTER_WORDS = 10
#: how a line of a roster begins: a capital, a digit or a bullet (a hard-wrapped sentence goes on in lower case)
_ROSTER_START = re.compile(r"\s*(?:[-•▪◦·*]\s*)?[A-Z0-9]")
_PARAGRAPH = re.compile(r"[^\n](?:[^\n]|\n(?!\s*\n))*")


def roster_ends(text: str) -> set[int]:
    """Where the lines of a roster end: a paragraph of two or more short lines (after a line
    that ends in a colon, if it has one), each beginning as a name or a bullet does and none
    ending in a comma ("Tom Quill, Commander" / "Ann Lee, Pilot"); each line is a sentence of
    its own, not one run-on. A hard-wrapped paragraph has a line that goes on in lower case
    or is long."""
    return {end for _, end in roster_lines(text)}


def roster_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines of the rosters in a text (see :func:`roster_ends`); a
    sentence that ends a paragraph's first line introduces bulleted lines as a colon does
    ("The crew was named on Monday." / "- Commander: Tom Quill")."""
    found: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        lines = list(_LINE.finditer(text, para.start(), para.end()))
        intro = lines[:1] if lines and (lines[0].group(0).rstrip().endswith(":") or _FINAL.search(
            lines[0].group(0)) and len(lines) > 2 and all(_BULLET.match(m.group(0)) for m in lines[1:])) else []
        lines = lines[len(intro):]  # "NS-40 carried six people:" above its list
        if len(lines) >= 2 and all(_roster_line(m.group(0)) for m in lines):
            found += [(m.start(), m.end()) for m in [*intro, *lines]]
    return found + spaced_roster(text)


def spaced_roster(text: str) -> list[tuple[int, int]]:
    """Character ranges of the entries of a roster set one to a paragraph under a heading that
    ends in a colon ("Crew:" / "Tom Quill, Commander" / "Ann Lee, Mission Specialist"), as fact
    sheets print them: each a name, a comma and a few words of what the person is, two entries
    at least. They are no headline lines, short as they are."""
    found: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    heading = False
    for para in _PARAGRAPH.finditer(text):
        line = para.group(0)
        if heading and "\n" not in line and _NAME_AND_ROLE.fullmatch(line.strip()):
            run.append((para.start() + len(line) - len(line.lstrip()), para.start() + len(line.rstrip())))
            continue
        found += run if len(run) >= 2 else []
        run = []
        heading = "\n" not in line and line.rstrip().endswith(":") and len(line.split()) <= 4
    return found + (run if len(run) >= 2 else [])


#: a roster entry of a name and what the person is: "Robert F. Overmyer, Commander", "Lodewijk van
#: den Berg, Payload Specialist" (a bullet may lead)
_NAME_AND_ROLE = re.compile(r"(?:[-•▪◦·*]\s*)?[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|van|von|de|der|den|da|di|al|bin))+"
                            r", [A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3}")


def _roster_line(line: str) -> bool:
    """Whether a line reads as one of a roster: short, begun as a name or a bullet is, a
    name's line of its own (a bullet, a comma, a number, or a name alone), and not broken off
    in the middle of a sentence ("... from the", "... on", "...,")."""
    words = line.split()
    return bool(words) and len(words) <= ROSTER_WORDS and _ROSTER_START.match(line) is not None \
        and words[-1].lower() not in _GOES_ON and not line.rstrip().endswith(",") \
        and (len(words) <= 4 or bool(_ROSTER_MARK.search(line)))


#: words a hard-wrapped line may end in, which no line of a roster does
_GOES_ON = {"the", "a", "an", "of", "on", "in", "at", "to", "from", "for", "with", "by", "and", "or", "as", "its",
            "his", "her", "their"}
#: what shows a longer line is a roster's: a bullet, a comma after the name, a number ("Astronaut 017"),
#: a role before a colon ("Mission specialists: A and B")
_ROSTER_MARK = re.compile(r"^\s*[-•▪◦·*]|,|\d|^[^:]{3,30}:\s")
#: a bulleted line
_BULLET = re.compile(r"\s*[-•▪◦·*]\s")


#: the labels that begin the lines of an infobox or a fact sheet, lower-cased ("Launch date 11 October 2018")
FIELD_LABELS = ("launch date", "launch site", "launch vehicle", "rocket", "landing date", "landing site", "crew size",
                "members", "commander", "operator", "mission duration")
#: a line begun by a label: capitalised, the label's words, then a space, a colon or a footnote mark
_FIELD_LINE = re.compile(r"(?=[A-Z])(?i:(" + "|".join(sorted(FIELD_LABELS, key=len, reverse=True)) + r"))(?=[\s:\[])")


def field_label(line: str) -> str | None:
    """The label a line begins with (lower-cased), if it is one of :data:`FIELD_LABELS`."""
    m = _FIELD_LINE.match(line)
    return m.group(1).lower() if m is not None else None


#: a fact sheet's field run in with others in one line, each ended by a stop: "Launch site:
#: Jiuquan. Launch vehicle: CZ-2F (Y10). Launch date: 2013-06-11." (any label before a colon,
#: a value without a stop)
_RUN_IN = re.compile(r"(?:^|(?<=\.\s))(?=[A-Z])[A-Za-z][\w -]{1,30}:\s[^.\n:]{1,60}?(?=\.(?:\s|$))")
#: the fewest fields of a line that runs them in (a sentence with one colon is prose)
_RUN_IN_FIELDS = 3


def run_in_fields(text: str) -> list[re.Match[str]]:
    """The fields of the lines that run a fact sheet in, one after another ("Crew size: 3.
    Launch site: Jiuquan. Launch date: 2013-06-11."): a line of three such fields at least;
    each field, from its label to the end of its value."""
    found: list[re.Match[str]] = []
    for line in _LINE.finditer(text):
        fields = list(_RUN_IN.finditer(text, line.start(), line.end()))
        if len(fields) >= _RUN_IN_FIELDS:
            found += fields
    return found


def fact_sheet_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines of a fact sheet or an infobox: a paragraph of short lines,
    two of them at least begun by a label ("Launch vehicle Soyuz-U", "Launch date 11 October
    2018", "Members A" / "B"), none ending as a sentence does or broken off in the middle of one
    (a comma, "the"). Each line tells one
    fact, so each is a sentence of its own: read together, "crew at launch A, B" / "backup crew
    C, D" would make the backups crewmates of the crew."""
    found: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        lines = [m for m in _LINE.finditer(text, para.start(), para.end()) if m.group(0).strip()]
        if len(lines) >= 2 and sum(1 for m in lines if field_label(m.group(0).lstrip())) >= 2 and all(
                len(m.group(0).split()) <= HEADLINE_WORDS and not _GOES_ON_MARK.search(m.group(0))
                and not _STOP.search(m.group(0).rstrip()) and m.group(0).split()[-1].lower() not in _GOES_ON
                for m in lines):
            found += [(m.start(), m.end()) for m in lines]
    return found


#: how a line ends that goes on in the next, or may (",", ":", ";")
_GOES_ON_MARK = re.compile(r"[:;,]\W*$")
#: how a line ends that ends a sentence: a stop, then perhaps a closing quote or bracket
_STOP = re.compile(r"[.!?][\"”’')\]]*$")
#: a line's last word that ends in a full stop yet goes on in the next: a title, another word written short
#: ("St.", "No."), or an initial ("Col.", "J.")
_SHORT = SHORT_TITLES | {"St", "Mt", "No", "Nos", "Vol", "Fig"}
_TITLE_STOP = re.compile(rf"(?:^|[^\w.-])(?:[A-Z]|{'|'.join(sorted(_SHORT))})\.$")
#: a word with a full stop inside ("U.S.", "a.m."), whose last stop may be no sentence's end
_DOTTED = re.compile(r"\w\.\w")
#: a photo's credit that ends a line, after its caption or alone ("... in 1997. Photo Credit: Orbit Agency")
_CREDIT = re.compile(r"(?:^|[.!?\"”’)]\s+)(?:(?:(?:Photo|Image|Picture|Video)\s+)?(?:[Cc]redits?|[Ss]ource)\s*:|"
                     r"(?:Photo|Image|Picture|Video)\s+courtesy\s+of|(?:Photo|Image|Picture|Video):)\s+[^.!?:]{1,60}$")
#: how a line begins that may be a unit of its own: a capital or a digit, after an opening quote or bracket
_BEGUN = re.compile(r"\s*[\"“‘'(\[]?[A-Z0-9]")


#: the longest line without a stop that may be a unit of its own: shorter than any hard-wrapped line
#: (wrapped at 60 characters or more), since a line here may hold several wrapped lines joined
UNIT_CHARS = 40


def unit_lines_ends(text: str) -> set[int]:
    """Where the lines end that are units of their own inside a paragraph, before a capitalised
    line: a short line without a sentence's stop when the next line's first word would have
    fitted on it ("Mission Details" / "Soyuz 40 was a crewed flight ...", "Credit: NASA" / "In
    this photo ...", "By Ann Lee" / "Tom Quill landed ..."), a label, a credit, a byline or a
    head, which the parser would read as the start of the sentence after it; a line that ends
    in a stop ("... from Cape Canaveral, Fla." / "The flight ..."), which the parser may read on
    past an abbreviation; and a line that ends in a photo's credit ("... in 1997. Photo Credit:
    NASA"). A hard-wrapped paragraph fills its lines, so its next word would not have fitted:
    the width is the longest of the line, the next one and the one after (not the paragraph's,
    which a long unwrapped copy may hold); and a title or an initial at a line's end goes on
    ("Col." / "Ann Lee"). A paragraph that a date line opens is read as the parser reads it: the
    date is the day of the event told below it (:func:`extract.frames.event_dates.own_line`)."""
    found: set[int] = set()
    for para in _PARAGRAPH.finditer(text):
        lines = [m for m in _LINE.finditer(text, para.start(), para.end()) if m.group(0).strip()]
        if lines and _DATE_LINE.fullmatch(lines[0].group(0).strip()):
            continue  # a page's date line and the lines below it: the date is the day of the story they open
        for k, (line, after) in enumerate(zip(lines, lines[1:], strict=False)):
            words, nxt = line.group(0).split(), after.group(0).split()
            if _GOES_ON_MARK.search(words[-1]) or not _BEGUN.match(after.group(0)) \
                    or words[0] in _BULLETS or nxt[0] in _BULLETS or _TITLE_STOP.search(words[-1]):
                continue
            width = max(len(m.group(0).rstrip()) for m in lines[k:k + 3])
            short = len(line.group(0).strip()) <= UNIT_CHARS
            fits = short and len(line.group(0).rstrip()) + 1 + len(nxt[0]) <= width
            if fits or _STOP.search(words[-1]) and not _DOTTED.search(words[-1]) or _CREDIT.search(line.group(0)):
                found.add(line.end())
    return found


#: how a line ends that does not go on in the next: sentence punctuation, a closing quote or bracket
_CLOSED = re.compile(r"[.!?:;\"”')\]]$")
#: the shortest line of a hard-wrapped paragraph (wrapped near 70 characters) whose capitalised last word
#: a capitalised next line goes on
WRAPPED_CHARS = 60


def joined_lines(text: str) -> str:
    """The text with the line breaks of its hard-wrapped paragraphs made spaces (same length, so
    offsets hold): a line that ends without sentence punctuation goes on in the next when that
    begins in lower case ("degrees in physics at the\nuniversity"), when it ends in a word that
    cannot end a sentence ("at the\nSea of Tranquility"), or when a long line's last name goes
    on in the next's first ("at Ansel Mason\nUniversity in Virginia"): else the parser reads
    the break as a sentence's end or the name as two. A headline line, a roster's line and a
    bulleted line are never joined; nor a short line's capitalised end, which may be a caption's
    or a headline's ("Crew-9 Commander\nA native of ...", "Voss dies in Houston\nFILE PHOTO"); nor
    a photo's credit ("... in 2030. Photo Credit: NASA\nFor the first time ..."); nor a line with
    the page's date field after it ("... died in a plane crash\ndate 2024-06-08 June 8, 2024")."""
    if "\n" not in text:
        return text
    keep = {end for _, end in headline_lines(text)} | roster_ends(text) | {end for _, end in fact_sheet_lines(text)}
    chars = list(text)
    for m in _WRAP.finditer(text):
        line, after = m.group(1), m.group(2)
        end = m.end(1)
        last = line.split()[-1] if line.split() else ""
        if end in keep or _BULLET.match(line) or _BULLET.match(after) or _CLOSED.search(line.rstrip()) \
                or _CREDIT.search(line) or DATE_FIELD.match(after.strip()):
            continue  # a page's date field ("date 2024-06-08 June 8, 2024") goes on no line above it
        first = after.split()[0]
        name = last[:1].isupper() and first[:1].isupper() and not first.isupper() and len(line.strip()) >= WRAPPED_CHARS
        if after[:1].islower() or last.lower() in _GOES_ON or name:
            chars[end] = " "
    return "".join(chars)


#: a blank line, also one that holds only spaces or tabs ("Commander\n \nStuart A. Roosa": two paragraphs)
_BLANK_LINE = re.compile(r"\n[ \t\xa0]*\n")
#: a line and the start of the next one in the same paragraph
_WRAP = re.compile(r"^([^\n]+)\n(?=([^\n\s][^\n]*))", re.MULTILINE)


@Language.factory("astrokg_lines", assigns=["token.is_sent_start"], default_config={})
def make_line_breaker(nlp: Language, name: str) -> LineBreaker:
    return LineBreaker(name)


class LineBreaker:
    """Sets a sentence start after each blank line, each headline line, each roster line, each
    fact sheet's line, each line that is a unit of its own (:func:`unit_lines_ends`) and each dateline's dash,
    and none inside a roster line or right after a word."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        _keep_clock_times(doc)
        _keep_runs_whole(doc)
        text = extensions.text(doc)
        if "\n" not in text:
            return doc
        roster = roster_lines(text) + fact_sheet_lines(text)
        ends = {end for _, end in headline_lines(text)} | {end for _, end in roster} | unit_lines_ends(text) \
            | _date_field_ends(text)
        for i in doc.to_array("IS_SPACE")[:-1].nonzero()[0]:  # the space tokens, without making the others
            tok = doc[int(i)]
            brk = tok.text.find("\n")  # a line's end, after its trailing spaces too
            if _BLANK_LINE.search(tok.text) or brk >= 0 and tok.idx + brk in ends:
                doc[tok.i + 1].is_sent_start = True
                if tok.i > 1 and doc[tok.i - 1].text in _CLOSING and not doc[tok.i - 2].is_space:
                    doc[tok.i - 1].is_sent_start = False  # a closing quote stays with its sentence ('one."')
        _keep_lines_whole(doc, roster)
        for m in _DATELINE.finditer(text):
            opening = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
            if opening is not None:
                opening[0].is_sent_start = True
        return doc


def _date_field_ends(text: str) -> set[int]:
    """The ends of a page's date field line ("date 2024-06-08 June 8, 2024") and of the line above
    it: the field is a sentence of its own, never the end of a headline the parser reads on into."""
    return {end for m in _LINE.finditer(text) if DATE_FIELD.match(m.group(0).strip())
            for end in (m.start() - 1, m.end())}


#: the closing quotes and brackets that may end a line after its sentence's stop
_CLOSING = {'"', "”", "’", "'", ")", "]"}
#: a dateline at a line's start, up to its dash, before the sentence it opens ("CAPE TARN, Fla. -- A rocket"):
#: the parser would make its place the root of the sentence, and the story's verb a clause beside it
_DATELINE = re.compile(r"(?m)^(?:NEAR |OUTSIDE )?[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3},"
                       r"[^\n]{0,60}?(?:--|—|–| -(?!-)) *(?=[A-Z\"“])")


def _keep_lines_whole(doc: Doc, lines: list[tuple[int, int]]) -> None:
    """No sentence starts inside a roster's or a fact sheet's line: the parser would cut "-
    Commander: Tom Quill" after the bullet and the colon, and the role would lose its name;
    "Launch date 2000 Oct. 31" after "Oct.", and the label its value."""
    for start, end in lines:
        line = doc.char_span(start, end, alignment_mode="expand")
        if line is not None:
            for tok in line[1:]:
                tok.is_sent_start = False


def _keep_runs_whole(doc: Doc) -> None:
    """No sentence starts right after a word: the parser sometimes ends one with no stop or
    line break ("lands with Commander X and Flight Engineers | Y and Z aboard"), and the names
    after the cut lose the words that tell what they did."""
    if len(doc) < 2:
        return
    marks = doc.to_array([IS_ALPHA, IS_SPACE, SENT_START])
    after_word = (marks[:-1, 0] == 1) & (marks[1:, 1] == 0) & (marks[1:, 2] == 0)
    if after_word.any():
        starts = doc.to_array(SENT_START)
        starts[1:][after_word] = _NOT_A_START
        doc.from_array([SENT_START], cast("Ints2d", starts.reshape(-1, 1)))


#: "not a sentence start" (-1) as spaCy's unsigned token arrays hold it
_NOT_A_START = 2**64 - 1


#: the clock words after which the parser may wrongly start a sentence ("6:16 a.m. Moscow time")
_CLOCK = {"a.m.", "p.m.", "am", "pm"}
#: time zones a clock time may be told in
_ZONES = {"edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "et", "ct", "pt", "gmt", "utc", "bst", "cet",
          "cest", "msk", "ist", "jst", "bjt", "local"}


def _keep_clock_times(doc: Doc) -> None:
    """No sentence starts inside a clock time told with its zone: "at 6:16 a.m. Moscow time on
    Monday", "at 9:14 a.m. EDT" (the parser reads the abbreviation's full stop as a sentence's
    end, and the place, date and people after it are lost to the event)."""
    if len(doc) < 3:
        return
    lowers = doc.to_array(LOWER)[:-2]
    found = lowers == 0  # none yet; the clock words are then found in bulk, not token by token
    for word in _CLOCK:
        if word in doc.vocab.strings:
            found |= lowers == doc.vocab.strings[word]
    for i in found.nonzero()[0]:
        after, then = doc[int(i) + 1], doc[int(i) + 2]
        if after.lower_ in _ZONES or after.is_title and then.lower_ == "time":
            after.is_sent_start = False
