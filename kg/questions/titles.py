"""Who holds a title at an organisation: "Who is the head of X?", "Who heads X?", "Who is X's
director?", "Who was the administrator of X?". Of the people the articles say X employs, those
whose job title is the one asked (a verb "heads", "leads", "runs" asks for whoever leads it:
a head, director, chief, administrator, president or CEO). Employment alone says nothing of
rank, so a question naming a title is never answered with every employee.

A title is held at the time its article states it: "future director A" and "A, who later became
director" (akg:Later) answer only "Who later became director of X?", and "then-director A",
"former director A" (akg:Former) never who holds it now or held it in a year asked."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from pyoxigraph import Literal, NamedNode, Triple

from kg.namespaces import AKG
from kg.questions.match import Parsed
from kg.questions.readers import node, types_of
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.questions.tenure import Tenure, holders_at, tenure_asked
from kg.questions.values import entities
from kg.questions.wording import joined
from kg.store.sparql import Rows, Term

#: titles a question may name, as their lower-case words
_TITLES = {"head", "director", "administrator", "chief", "president", "ceo", "chairman", "chairwoman", "chair",
           "commandant", "leader", "boss", "spokesperson", "spokesman", "spokeswoman"}
#: the titles that name an office only: "head", "chief", "leader" and "boss" also name a crew's
OFFICES = _TITLES - {"head", "chief", "leader", "boss"}
#: verbs of leading an organisation, and the titles of who does
LEAD_VERBS = {"head", "lead", "run"}
_LEADERS = {"head", "director", "administrator", "chief", "president", "ceo", "chairman", "chairwoman", "chair",
            "leader", "director general", "director-general"}


#: words that make a title another office than the one it qualifies: "Associate Administrator" and
#: "acting administrator" are not "the administrator", nor is a "flight director" the director
OFFICE_WORDS = {"associate", "deputy", "assistant", "vice", "acting", "interim", "former", "flight"}


def office_words(parsed: Parsed) -> frozenset[str]:
    """The words of :data:`OFFICE_WORDS` that qualify a title the question asks for ("Who was
    acting NASA administrator?": "acting", also when the parser reads "was acting" as a verb)."""
    tokens = parsed.tokens
    before = {k for t in tokens if t.lower in _TITLES for k in range(_office_start(parsed, t.i), t.i)}
    return frozenset(t.lower for t in tokens if t.lower in OFFICE_WORDS
                     and (tokens[t.head].lower in _TITLES or t.i in before))


def _office_start(parsed: Parsed, title: int) -> int:
    """Where the words naming the office of the title at ``title`` begin: the words of another
    office, names and adjectives right before it ("acting NASA administrator")."""
    tokens = parsed.tokens
    start = title
    while start > 0 and (tokens[start - 1].lower in OFFICE_WORDS or tokens[start - 1].pos in ("PROPN", "ADJ")
                         or tokens[start - 1].pos == "NOUN" and tokens[start - 1].head == title):
        start -= 1
    return start


def office_named(parsed: Parsed, title: int) -> str:
    """The office a question names with the title at ``title``, with the words before it that
    make it one ("acting NASA administrator", "deputy director"), as a message repeats it."""
    return " ".join(t.text for t in parsed.tokens[_office_start(parsed, title):title + 1])


#: words that ask who held an office after the events told ("Who later became director of X?")
_AFTERWARDS = {"later", "eventually", "subsequently", "afterwards", "afterward", "ultimately"}


#: nouns that ask for an office held ("What post did A later hold?")
_POSTS = {"job", "position", "post", "office", "title"}


def later_asked(parsed: Parsed, leading: bool = False) -> bool:
    """Whether a question asks what office someone held after the events told: "Who later
    became director of X?", "Who went on to become chief of X?", "Who was the future director
    of X?", "What did A eventually become?", "What post did A later hold?"; with ``leading``
    (the question's verb asks who leads), also "Who later headed X?", "Who went on to lead X?".
    Not "Which mission did A later command?": an event, not an office."""
    tokens = parsed.tokens
    went_on = any(t.lemma == "go" and [w.lower for w in tokens[k + 1:k + 3]] == ["on", "to"]
                  for k, t in enumerate(tokens))
    office = leading or any(t.lemma == "become" or t.lower in _TITLES | _POSTS for t in tokens)
    return (went_on or any(t.lower in _AFTERWARDS for t in tokens)) and office or any(
        t.lower == "future" and tokens[t.head].lower in _TITLES for t in tokens)


def title_asked(parsed: Parsed) -> tuple[set[str], bool]:
    """The titles a question asks for, and whether a job title must be one of them whole: the
    one it names, as a word of the title ("the director of X": "Director General" too), or a
    leader's whole title for a verb of leading ("Who heads X?": not a flight director)."""
    named = {t.lower for t in parsed.tokens if t.lower in _TITLES and (
        t.pos in ("NOUN", "PROPN") or t.pos == "ADJ" and t.dep in ("acomp", "attr"))}  # "Who was chief of X?"
    if named:
        return named, False
    if any(t.lemma in LEAD_VERBS and t.pos == "VERB" for t in parsed.tokens):
        return set(_LEADERS), True
    return set(), False


@template("titled_staff", priority=59)  # before "fact": a leader fact knows no time nor acting office
def titled_staff(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The people an organisation employs under the title asked (see the module)."""
    organisations = ctx.vocabulary.family("Organization")
    named = [m for m in parsed.mentions if types_of(ctx, m.best.iri) & organisations]
    titles, whole = title_asked(parsed)
    if parsed.provenance or parsed.wh != "who" or not titles or len(named) != 1 or len(parsed.mentions) != 1:
        return
    mention = named[0]
    later = later_asked(parsed, leading=whole)
    tenure = None if later else tenure_asked(parsed)
    office = office_words(parsed)
    title = " ".join([*sorted(office), "head" if whole else sorted(titles)[0]])  # "acting administrator"
    yield Plan("titled_staff", "titled_staff", {"topic": node(mention.best.iri)},
               read_titled(titles, whole, tenure, (title, mention.best.label), office, later,
                           at_event=tenure is None and not later and event_bound(parsed)),
               ((mention, mention.best),), empty=f"The articles name no {title} of {mention.best.label}.")


def event_bound(parsed: Parsed) -> bool:
    """Whether a question asks for the time of an event it names, not of a year: "Who was the
    administrator at the time of the landing?", "... when the class was introduced?", "...
    during the flight?"."""
    words = [t.lower for t in parsed.tokens]
    return any(w in ("when", "while", "during") for w in words[1:]) or any(
        words[k:k + 3] == ["at", "the", "time"] for k in range(len(words)))


_LATER, _FORMER = str(AKG.Later), str(AKG.Former)


@template("later_titles", priority=59)
def later_titles(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "What did A later become?", "What did A go on to become?": the job titles the articles
    state A held after the events they tell, never one A held at them."""
    people = ctx.vocabulary.family("Person")
    named = [m for m in parsed.mentions if types_of(ctx, m.best.iri) & people]
    if parsed.provenance or parsed.wh != "what" or len(named) != 1 or len(parsed.mentions) != 1 \
            or not any(t.lemma == "become" for t in parsed.tokens) or not later_asked(parsed):
        return
    mention = named[0]
    yield Plan("later_titles", "titles_held", {"topic": node(mention.best.iri)}, _read_later(mention.best.label),
               ((mention, mention.best),), empty=f"The articles give no job title of {mention.best.label}.")


def _read_later(name: str) -> Reader:
    """The titles stated as held later, or why there is none."""

    def read(rows: Rows) -> Reply:
        modes: dict[str, set[str]] = {}
        for r in rows:
            modes.setdefault(r["o"].value, set()).add(r["mode"].value if "mode" in r else "")
        found: dict[str, Item] = {}
        for r in rows:
            title, s, p, o = r["o"].value, r["s"], r["p"], r["o"]
            if _LATER in modes[title] and title not in found:
                assert isinstance(s, NamedNode) and isinstance(p, NamedNode) and isinstance(o, Literal)
                found[title] = Item(title, title, kind="value", support=(Triple(s, p, o),))
        if found:
            return Reply(list(found.values()))
        held = joined(sorted(modes))
        return Reply([], note=f"The articles do not say what {name} later became; they give {name} as {held} "
                              "at the time they tell." if modes else None, final=True)

    return read


def read_titled(titles: set[str], whole: bool, tenure: Tenure | None, said: tuple[str, str],
                office: frozenset[str] = frozenset(), later: bool = False, at_event: bool = False) -> Reader:
    """The people whose job title is one of ``titles`` (``whole``), or holds one as a word
    ("Senior Director"), with the words of another office (:data:`OFFICE_WORDS`) the question
    gives (``office``) and no others, as their articles state it held at the time they tell:
    with ``later``, those stated to hold it later ("future director A"); else those stated to
    hold it then, and with a ``tenure``, those who held it at the time asked, as the articles'
    dates place them (:mod:`kg.questions.tenure`; ``said``: the title and the organisation, as a
    message says them). Asked of the time of an event (``at_event``), several holders are no
    answer: nothing here says which held it then."""

    def fits(title: str) -> bool:
        title = title.lower()
        words = set(title.replace("-", " ").split())
        return (title in titles or not whole and bool(titles & words)) and words & OFFICE_WORDS == office

    def read(rows: Rows) -> Reply:
        kept = [r for r in rows if fits(r["title"].value)]
        modes: dict[str, set[str]] = {}  # each holder's modalities, one per statement ("": as told)
        for r in kept:
            modes.setdefault(r["s"].value, set()).add(r["mode"].value if "mode" in r else "")
        wanted = {_LATER} if later else {""} if tenure is not None else {"", _FORMER}
        holders = {s for s, said_as in modes.items() if said_as & wanted}
        found = entities(Rows(rows.variables, [r for r in kept if r["s"].value in holders]), "s", kind="entity")
        then = _held_in(kept, tenure.period) if tenure is not None and tenure.period is not None else set()
        if then:  # "administrator from 2009 to 2017", asked of 2010: held then, whatever the article's date
            assert tenure is not None and tenure.period is not None
            spanned = entities(Rows(rows.variables, [r for r in kept if r["s"].value in then]), "s", kind="entity")
            dated = holders_at(found, _stated(kept, tenure), tenure, *said).items if found else []
            others = [i for i in dated if i.iri not in then]
            if others:  # one article's span and another's date give two holders at once: no answer
                return Reply([], note=f"The articles disagree: they give {joined([i.label for i in spanned])} as "
                                      f"{said[0]} of {said[1]} in the years they state, and "
                                      f"{joined([i.label for i in others])} as it at that time.")
            return Reply([replace(i, as_of=tenure.period) for i in spanned])
        if not found:  # holders of another time: no other template may answer with them
            others = entities(Rows(rows.variables, kept), "s", kind="entity")
            return Reply([], note=_held_otherwise(others, modes, later, *said), final=bool(others))
        if later:
            return Reply(found, note=f"The articles say {joined([i.label for i in found])} later became "
                                     f"{said[0]} of {said[1]}.")
        stated = _stated(kept, tenure)
        if at_event and len(found) > 1:
            times = "; ".join(f"{i.label} ({', '.join(sorted(stated.get(i.iri or '', ()))) or 'undated'}"
                              f"{', formerly' if modes[i.iri or ''] == {_FORMER} else ''})" for i in found)
            return Reply([], note=f"The articles name several people {said[0]} of {said[1]} and do not say which "
                                  f"held it at the time asked: {times}.", final=True)
        if tenure is None:
            return Reply(found)
        reply = holders_at(found, stated, tenure, *said)
        told = sorted({f"{r['label'].value if 'label' in r else r['s'].value} "
                       f"({'later' if r['mode'].value == _LATER else 'former'} {said[0]}, in an article of "
                       f"{r['stated'].value[:10]})" for r in kept if "mode" in r and "stated" in r})
        return replace(reply, note=f"{reply.note} They also name {joined(told)}.") if told and not reply.items \
            else reply

    return read


def _stated(kept: list[dict[str, Term]], tenure: Tenure | None) -> dict[str, set[str]]:
    """Each holder's publication dates of the articles that state the title (asked of a time,
    only those that state it held as they tell)."""
    stated: dict[str, set[str]] = {}
    for r in kept:
        if "stated" in r and (tenure is None or "mode" not in r):
            stated.setdefault(r["s"].value, set()).add(r["stated"].value[:10])
    return stated


def _held_in(kept: list[dict[str, Term]], period: str) -> set[str]:
    """The holders an article says held the title in a span of years that holds the period
    asked ("administrator from 2009 to 2017": 2010, "May 2010")."""
    year = int(period[:4])
    return {r["s"].value for r in kept if "since" in r and "until" in r
            and int(r["since"].value[:4]) <= year <= int(r["until"].value[:4])}


def _held_otherwise(items: list[Item], modes: dict[str, set[str]], later: bool, title: str, organisation: str) -> str:
    """Why no holder of a title answers: none stated, or those stated held it at another time."""
    if not items:
        return f"The articles name no {title} of {organisation}."
    if later:
        return (f"The articles name no one who later became {title} of {organisation}; they name "
                f"{joined([i.label for i in items])} as {title} at the time they tell.")
    after = [i.label for i in items if modes.get(i.iri or "", set()) == {_LATER}]
    before = [i.label for i in items if i.label not in after]
    times = [f"{joined(after)} only as later {title}"] if after else []
    times += [f"{joined(before)} only as former {title}"] if before else []
    return f"The articles do not say who was {title} of {organisation} at the time asked: they give " \
           f"{' and '.join(times)}."
