"""A question worker: answers questions in a process of its own (see
:mod:`kg.questions.question_pool`).

Run as ``python -m kg.questions.question_process``, it loads its own spaCy pipeline, says
it is ready, then reads requests from stdin and writes replies to stdout in the SPARQL
workers' framing (:func:`kg.store.query_process.send`). A request names a snapshot of the
store, a question and the entities the conversation is about (or, with ``examples``, how
many example questions to check and return); the reply carries the
:class:`~kg.questions.Answer` (or the list of questions) pickled (parent and worker run the same code). The snapshot
stays open, with an :class:`~kg.questions.Asker` over it (its entity index and cached
answers), until a request names a newer one.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
from pathlib import Path
from typing import IO

from kg.errors import BadQuestion
from kg.store.query_process import receive, send


def serve(requests: IO[bytes], replies: IO[bytes], *, model: str | None, max_length: int,
          passages: Path | None) -> None:
    """Load the pipeline, say so, then answer requests until the input closes."""
    from extract import load_nlp
    from kg.questions import Asker
    from kg.store.oxigraph import OxigraphStore

    nlp = load_nlp(model)
    send(replies, {"ready": True})
    opened: tuple[str, Asker] | None = None
    while (message := receive(requests)) is not None:
        request = message[0]
        try:
            if opened is None or opened[0] != request["snapshot"]:
                if opened is not None:
                    opened[1].store.close()
                opened = None  # drop the old snapshot before opening the new one
                store = OxigraphStore(request["snapshot"], read_only=True, passages=passages)
                opened = (request["snapshot"], Asker(store, nlp, max_length=max_length))
            if "examples" in request:  # the front page's example questions, checked here
                found: object = opened[1].examples(request["examples"])
            else:
                found = opened[1].answer(request["question"], about=request["about"])
            send(replies, {"ok": True}, pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
        except BadQuestion as error:
            send(replies, {"ok": False, "kind": "question", "error": str(error)})
        except Exception as error:  # reported to the parent, which logs it and answers without it
            send(replies, {"ok": False, "kind": "other", "error": f"{type(error).__name__}: {error}"})


def main() -> None:
    from kg.orphans import die_with_parent

    parser = argparse.ArgumentParser(description="A question worker (started by the web service).")
    parser.add_argument("--model", default=None)
    parser.add_argument("--max-length", type=int, required=True)
    parser.add_argument("--passages", type=Path, default=None)
    args = parser.parse_args()
    die_with_parent()  # a runaway question must not outlive a service killed with -9
    # Replies get stdout's pipe to themselves: whatever a library prints goes to stderr.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    serve(sys.stdin.buffer, replies, model=args.model, max_length=args.max_length, passages=args.passages)


if __name__ == "__main__":
    main()
