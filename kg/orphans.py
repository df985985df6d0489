"""Child processes that die with their parent.

A worker process (spaCy extraction, a SPARQL query) outlives a parent killed with
``kill -9`` unless it notices: its task pipe stays open (siblings hold copies), so it
would finish a runaway query or a huge article and then wait forever, holding CPU and
memory. Each worker calls :func:`die_with_parent` once at start-up.

A watchdog thread polling ``os.getppid()`` rather than Linux's ``PR_SET_PDEATHSIG``: the
kernel sends that signal when the *thread* that forked the child ends, and pools fork
replacements from short-lived threads, which would kill healthy workers.
"""

from __future__ import annotations

import os
import threading
import time

#: Seconds between two looks at the parent.
POLL = 0.5


def die_with_parent(parent: int | None = None, poll: float = POLL) -> threading.Thread:
    """End this process (exit code 1) soon after ``parent`` (default: the current parent) exits.

    Returns the daemon watchdog thread. Costs one wake-up per ``poll`` seconds.

    >>> die_with_parent(os.getppid(), poll=60).daemon
    True
    """
    expected = os.getppid() if parent is None else parent

    def watch() -> None:
        while os.getppid() == expected:
            time.sleep(poll)
        os._exit(1)  # no cleanup: the parent that would want the results is gone

    watchdog = threading.Thread(target=watch, name="astrokg-orphan-watchdog", daemon=True)
    watchdog.start()
    return watchdog
