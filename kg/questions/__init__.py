"""Questions in plain English answered from the graph, driven by the ontology's words.

``answer(store, nlp, question)`` returns an :class:`Answer`; :class:`Asker` keeps the entity
index and phrases between questions (the web app holds one).
"""

from __future__ import annotations

from kg.questions.answer import Answer, Asker, Reading, Source, answer
from kg.questions.templates import Item, Plan, Reply, template

__all__ = ["Answer", "Asker", "Item", "Plan", "Reading", "Reply", "Source", "answer", "template"]
