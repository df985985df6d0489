"""astrokg's spaCy components, one registered factory per module.

Importing this package registers the factories and the pattern loaders
(``astrokg.*.v1``), so ``nlp.add_pipe("astrokg_entities")`` works.
"""

from __future__ import annotations

from extract.components import aliases, benchmark, capsules, dates, gazetteer, lines, names, relations

__all__ = ["aliases", "benchmark", "capsules", "dates", "gazetteer", "lines", "names", "relations"]
