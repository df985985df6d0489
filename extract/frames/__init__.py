"""Event frames: one way to read an event however a sentence tells it.

A frame (launch, landing, arrival, command, handover, spacewalk, selection, retirement, birth,
death, assignment and announcement, ...) is data
(``extract/patterns/frames.jsonl``): the verbs and nouns that tell the event and the ontology
property each of its roles fills. :mod:`~extract.frames.lexicon` turns the data into matcher
patterns, the role readers read the roles of any frame from the parse: who the event is about
(:mod:`~extract.frames.about`, on :mod:`~extract.frames.subjects`, :mod:`~extract.frames.nouns`
and :mod:`~extract.frames.onlookers`), the words they are read from
(:mod:`~extract.frames.clauses`), its date (:mod:`~extract.frames.dating`), places, craft and
destination (:mod:`~extract.frames.entities`, :mod:`~extract.frames.crafts`), companions
(:mod:`~extract.frames.companions`) and crew (:mod:`~extract.frames.crews`), each giving a
:class:`~extract.frames.reading.About` or a confidence of :mod:`~extract.frames.reading`;
:mod:`~extract.frames.mood` says whether the clause reports, plans, negates or only supposes it,
and :mod:`~extract.frames.engine` turns one trigger into facts, with the reading of its frame from
the module of the frame's family (launches, landings, corps, commands, spacewalks, lives,
crewmates).
"""
