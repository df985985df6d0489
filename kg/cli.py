"""The ``kg`` command: a thin shell over the library. Each command parses its options,
calls one library function and prints; errors become messages and exit codes.

Exit codes: 0 success; 1 failure (or, for ingest, some inputs failed while the rest
loaded); 2 usage error (bad option, unknown format, malformed query).
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from kg.config import SETTINGS, Settings, options_of
from kg.errors import BadQuery, KGError
from kg.namespaces import PREFIXES
from kg.store import DUMP_FORMATS, Store, open_store
from kg.store.sparql import Rows, Term, query_form

if TYPE_CHECKING:
    from kg.client import Service, ServiceReader

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger(__name__)

#: Settings that are options of the ``kg`` group (the rest belong to ``kg serve``).
GROUP_SETTINGS = options_of("kg")


def setting_options(names: tuple[str, ...]) -> Callable[[F], F]:
    """Click options for settings, built from the one settings table (kg/config.py)."""

    def decorate(command: F) -> F:
        for setting in reversed([s for s in SETTINGS if s.name in names]):
            command = click.option(
                "--" + setting.name.replace("_", "-"), setting.name, envvar=setting.env,
                default=setting.default, show_default=setting.default is not None, show_envvar=True,
                type=click.Path(path_type=Path, file_okay=False) if setting.type is Path else setting.type,
                help=setting.help,
            )(command)
        return command

    return decorate


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@setting_options(GROUP_SETTINGS)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.version_option(package_name="astrokg", prog_name="kg")
@click.pass_context
def cli(ctx: click.Context, /, verbose: int, **settings: Any) -> None:
    """astrokg: a knowledge graph of human spaceflight news.

    Load articles, ask questions in plain English, query with SPARQL, serve the web app.
    Options given here apply to every command, e.g. kg --data-dir ./data stats.
    """
    logging.basicConfig(level=(logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = Settings.from_mapping(settings)


def settings_of(ctx: click.Context) -> Settings:
    """The settings the group resolved."""
    settings = ctx.find_object(Settings)
    assert settings is not None
    return settings


@contextmanager
def store_or_service(ctx: click.Context) -> Iterator[Store | ServiceReader]:
    """The configured store; or, while a running ``kg serve`` owns the data directory, that
    service, which the command reads through (and writes through with the token)."""
    from kg.client import ServiceReader
    from kg.errors import StoreLocked

    settings = settings_of(ctx)
    try:
        store = open_store(settings)
    except StoreLocked as error:
        service = _running_service(settings, error)
        log.info("%s is served by %s (pid %d): going through it", settings.data_dir, service.url, service.pid)
        yield ServiceReader(service, settings.api_token)
        return
    except KGError as error:
        raise click.ClickException(str(error)) from error
    try:
        yield store
    finally:
        store.close()


def _running_service(settings: Settings, locked: Exception) -> Service:
    """The service that owns the locked data directory, or an error that says what to do."""
    from kg.client import find_service, service_file

    service = find_service(settings.data_dir)
    if service is None:
        raise click.ClickException(
            f"{locked}. No running astrokg service announces itself in {service_file(settings.data_dir)}: "
            "if kg serve owns the directory, restart it with this version; otherwise wait for the "
            "other process to finish, or use another --data-dir."
        )
    return service


# ---------------------------------------------------------------------- ingest


_SCHEDULER = next(s for s in SETTINGS if s.name == "dask_scheduler")


@cli.command(epilog="""Exit codes: 0 every input loaded (or was unchanged); 1 some inputs failed and the
rest loaded (each failure is listed with its file, line and reason), or the store could
not be opened; 2 usage error.""")
@click.argument("paths", nargs=-1, required=True)
@click.option("--jobs", "-j", type=click.IntRange(1), default=os.cpu_count() or 1, show_default="all cores",
              help="Processes that parse articles.")
@click.option("--batch-size", type=click.IntRange(1), default=32, show_default=True,
              help="Articles parsed together; the batches in flight (two per process) are written together, "
                   "each article whole or not at all.")
@click.option("--cluster", "scheduler", envvar=_SCHEDULER.env, show_envvar=True, metavar="ADDRESS",
              help=_SCHEDULER.help + " Overrides --jobs.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no warnings, only the summary.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the summary and every failure as JSON to this file.")
@setting_options(("api_token",))
@click.pass_context
def ingest(ctx: click.Context, /, paths: tuple[str, ...], jobs: int, batch_size: int, scheduler: str | None,
           quiet: bool, report: Path | None, api_token: str | None) -> None:
    """Load articles: files, folders (recursive), globs or '-' for stdin.

    Formats: .txt .md .html .json (one article or a list) .jsonl .ndjson, each optionally
    .gz. JSON fields: text (required), title, url, published, id. An article's identity is
    its id, else its URL, else a hash of its text: an unchanged article is skipped, a
    changed one replaces its earlier version. Bad inputs are reported and skipped.
    Interrupted runs are safe to repeat: articles are written whole or not at all.

    When a running kg serve owns the data directory, the articles are sent to it
    (POST /api/articles with KG_API_TOKEN).

    Example:

        kg ingest samples/ --report ingest.json
    """
    from kg.errors import StoreLocked
    from kg.sources import estimate, read_paths

    settings = settings_of(ctx)
    if quiet:
        logging.getLogger("kg").setLevel(logging.ERROR)
        logging.getLogger("extract").setLevel(logging.ERROR)
    items = read_paths(paths, sys.stdin.buffer)
    shown = _IngestProgress(quiet, lambda: estimate(paths))
    with shown.logging():
        try:
            store = open_store(settings)
        except StoreLocked as error:
            outcome = _send_to_service(settings, api_token, items, shown, error)
        except KGError as error:
            raise click.ClickException(str(error)) from error
        else:
            try:
                outcome = _ingest_here(store, settings, items, jobs, batch_size, scheduler, shown)
            finally:
                store.close()
    shown.close()
    click.echo(_summary(outcome), err=True)
    if report is not None:
        report.write_text(json.dumps(outcome.as_dict(), indent=2) + "\n", encoding="utf-8")
    if outcome.failed:
        ctx.exit(1)


def _ingest_here(store: Store, settings: Settings, items: Any, jobs: int, batch_size: int,
                 scheduler: str | None, shown: _IngestProgress) -> Any:
    from extract import load_nlp
    from kg.ingest import ingest as run

    nlp = load_nlp(settings.model)
    if scheduler is None:
        return run(store, nlp, items, batch_size=batch_size, n_process=jobs, progress=shown, keep_results=False)
    from kg.cluster import DaskExtractor

    try:
        extractor = DaskExtractor.connect(scheduler, nlp, batch_size=batch_size)
    except KGError as error:
        raise click.ClickException(str(error)) from error
    try:
        return run(store, extractor, items, batch_size=batch_size, progress=shown, keep_results=False)
    finally:
        extractor.close()


def _send_to_service(settings: Settings, token: str | None, items: Any, shown: _IngestProgress,
                     locked: Exception) -> Any:
    from kg.client import send

    service = _running_service(settings, locked)
    if not shown.quiet:
        click.echo(f"{settings.data_dir} is served by {service.url} (pid {service.pid}): "
                   "sending the articles to it", err=True)
    try:
        return send(service, token, items, progress=shown)
    except KGError as error:
        raise click.ClickException(str(error)) from error


class _IngestProgress:
    """Progress of an ingest run: a bar with articles/s and ETA on a terminal, a plain line
    every ``every`` seconds otherwise (logs, CI), nothing with --quiet. The total for the ETA
    is estimated in a background thread so the run starts at once."""

    def __init__(self, quiet: bool, total: Callable[[], int | None], every: float = 10.0) -> None:
        self.quiet, self.every = quiet, every
        self.done = self.words = self.failed = 0
        self.total: int | None = None
        self.started = self.last = 0.0  # from the first result: rates leave out loading the model
        self.bar: Any = None
        if not quiet:
            threading.Thread(target=self._count, args=(total,), daemon=True).start()

    def logging(self) -> AbstractContextManager[object]:
        """Warnings printed above the bar instead of through it (on a terminal)."""
        if self.quiet or not sys.stderr.isatty():
            return nullcontext()
        from tqdm.contrib.logging import logging_redirect_tqdm

        redirect: AbstractContextManager[object] = logging_redirect_tqdm()
        return redirect

    def _count(self, total: Callable[[], int | None]) -> None:
        try:
            self.total = total()
        except OSError:
            return
        if self.bar is not None and self.total is not None:
            self.bar.total = max(self.total, self.done)
            self.bar.refresh()

    def __call__(self, result: Any) -> None:
        if not self.done:
            self.started = self.last = time.monotonic()
            if not self.quiet and sys.stderr.isatty():
                from tqdm import tqdm

                self.bar = tqdm(unit=" articles", desc="ingest", file=sys.stderr, mininterval=0.5,
                                dynamic_ncols=True, total=self.total)
        self.done += 1
        self.words += result.words
        self.failed += result.status == "failed"
        if self.bar is not None:
            self.bar.update(1)
            if self.done % 16 == 0:
                self.bar.set_postfix_str(self._rates(), refresh=False)
        elif not self.quiet and time.monotonic() - self.last >= self.every:
            self.last = time.monotonic()
            click.echo(self.line(), err=True)

    def _rates(self) -> str:
        seconds = max(time.monotonic() - self.started, 1e-9)
        return f"{self.words / seconds:,.0f} words/s, {self.failed} failed"

    def line(self) -> str:
        """One plain progress line: count, share, rates, ETA."""
        seconds = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / seconds
        text = f"ingest: {self.done:,} articles"
        if self.total:
            text += f" of ~{self.total:,} ({min(100, 100 * self.done // max(self.total, 1))}%)"
        text += f", {rate:,.1f} articles/s, {self._rates()}"
        if self.total and rate > 0 and self.total > self.done:
            text += f", ETA {_duration((self.total - self.done) / rate)}"
        return text

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _summary(outcome: Any, shown_failures: int = 20) -> str:
    """The end-of-run summary: counts, rates, time, then each failure and note."""
    data = outcome.as_dict()
    lines = [
        f"loaded {data['loaded']:,}, replaced {data['replaced']:,}, unchanged {data['unchanged']:,}, "
        f"failed {data['failed']:,} in {_duration(data['seconds'])} "
        f"({data['articles_per_second']:,.1f} articles/s, {data['words_per_second']:,.0f} words/s)"
    ]
    failures = data["failures"]
    if failures:
        lines.append("failed:")
        for f in failures[:shown_failures]:
            place = f["file"] + (f" line {f['line']}" if "line" in f else f" item {f['item']}" if "item" in f else "")
            lines.append(f"  {place}: {f['reason']}")
        if len(failures) > shown_failures:
            lines.append(f"  ... and {len(failures) - shown_failures:,} more (see --report)")
    for note in data["notes"][:shown_failures]:
        lines.append(f"note: {note['origin']}: {note['message']}")
    return "\n".join(lines)


# ---------------------------------------------------------------------- ask


@cli.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON (the same as GET /api/ask).")
@click.option("--sparql", "show_sparql", is_flag=True, help="Also print the SPARQL query that answered.")
@click.pass_context
def ask(ctx: click.Context, question: str, as_json: bool, show_sparql: bool) -> None:
    """Ask a question in plain English; the answer comes with its sources.

    Exit code 0 when answered, 1 when the graph has no answer (the reason is printed).

    Example:

        kg ask "Who is Scott Kelly's twin?"
    """
    from kg.client import ServiceReader
    from kg.errors import BadQuestion

    with store_or_service(ctx) as source:
        try:
            if isinstance(source, ServiceReader):
                reply = source.ask(question)
            else:
                from extract import load_nlp
                from kg.questions import answer

                reply = answer(source, load_nlp(settings_of(ctx).model), question).as_dict()
        except BadQuestion as error:
            raise click.UsageError(str(error)) from error
        except KGError as error:
            raise click.ClickException(str(error)) from error
    if as_json:
        click.echo(json.dumps(reply, indent=2, ensure_ascii=False))
    else:
        _print_answer(reply, show_sparql)
    if not reply["answers"]:
        ctx.exit(1)


def _print_answer(reply: dict[str, Any], show_sparql: bool) -> None:
    """An answer as people read it, from its JSON (the same whether asked here or of the service)."""
    from kg.questions.answer import LOW_CONFIDENCE

    for item in reply["answers"]:
        confidence = item.get("confidence")
        uncertain = confidence is not None and confidence < LOW_CONFIDENCE
        extra = [x for x in (f"as of {item['as_of']}" if item.get("as_of") else "",
                             "planned" if item.get("planned") else "",
                             f"uncertain: confidence {confidence:.2f}" if uncertain else "") if x]
        click.echo(item["label"] + (f"  ({', '.join(extra)})" if extra else ""))
    if reply.get("message"):
        click.echo(reply["message"], err=not reply["answers"])
    if reply.get("passages"):
        click.echo("The articles disagree; the sentences that state each value:" if reply.get("disputed") else
                   "Not sure enough to answer; the sentences that suggest it:" if reply.get("withheld") else
                   "Not answered from the graph; related passages:")
    for passage in reply.get("passages", []):
        click.echo(f"  {_cited(passage)}: {passage['sentence']}")
    for other in reply.get("also", []):
        click.echo(f"  also: {other['label']}" + (f" (as of {other['as_of']})" if other.get("as_of") else ""))
    for source in reply["sources"]:
        click.echo(f"  source: {_cited(source)}: {source['sentence']}")
    for suggestion in reply["suggestions"]:
        click.echo(f"  try: {suggestion}", err=True)
    if show_sparql and reply.get("sparql"):
        click.echo("\n" + reply["sparql"])


def _cited(item: dict[str, Any]) -> str:
    """An article as a source line names it: its title, and its id when the id means something
    to a reader (a content hash does not)."""
    from kg.citing import is_hash_key

    article, title = str(item["article"]), item["title"]
    if not title:
        return article
    return str(title) if is_hash_key(article) else f"{title} [{article}]"


# ---------------------------------------------------------------------- query


@cli.command()
@click.argument("sparql")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv", "turtle", "ntriples"]),
              default="table", show_default=True, help="Output format (turtle/ntriples for CONSTRUCT).")
@click.pass_context
def query(ctx: click.Context, sparql: str, fmt: str) -> None:
    """Run a SPARQL query. SPARQL may be '-' (stdin) or @FILE.

    Example:

        kg query 'SELECT ?name WHERE { ?p a akg:Astronaut ; rdfs:label ?name }'

    The prefixes akg:, res:, rdfs:, schema:, prov: and others are predeclared.
    """
    from kg.client import ServiceReader

    text = _with_prefixes(_read_argument(sparql))
    media = {"json": "application/sparql-results+json", "csv": "text/csv", "tsv": "text/tab-separated-values"}
    graph = {"turtle": "text/turtle", "ntriples": "application/n-triples"}
    results_type, graph_type = media.get(fmt, media["json"]), graph.get(fmt, "text/turtle")
    with store_or_service(ctx) as source:
        try:
            if isinstance(source, ServiceReader):
                is_graph = query_form(text) in ("CONSTRUCT", "DESCRIBE")
                if fmt == "table":
                    _print_table(source.query(text, is_graph))
                    return
                data = source.query_bytes(text, graph_type if is_graph else results_type).body
            else:
                if fmt == "table":
                    _print_table(source.query(text))
                    return
                data, _ = source.query_bytes(text, results_type=results_type, graph_type=graph_type)
        except BadQuery as error:
            raise click.UsageError(f"invalid SPARQL: {error}") from error
        except ValueError as error:
            raise click.UsageError(str(error)) from error
        except KGError as error:
            raise click.ClickException(str(error)) from error
    click.echo(data.decode("utf-8"), nl=not data.endswith(b"\n"))


def _read_argument(value: str) -> str:
    if value == "-":
        return sys.stdin.read()
    if value.startswith("@"):
        try:
            return Path(value[1:]).read_text(encoding="utf-8")
        except OSError as error:
            raise click.BadParameter(f"cannot read {value[1:]}: {error.strerror}") from error
    return value


def _with_prefixes(sparql: str) -> str:
    """The query with PREFIX lines for known prefixes it uses but does not declare."""
    declared = sparql.lower()
    missing = [p for p in PREFIXES if f"{p}:" in sparql and f"prefix {p}:" not in declared]
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in missing) + sparql


def short(term: Term) -> str:
    """A term as people read it: a prefixed name, or a literal's text."""
    value = term.value
    if type(term).__name__ == "NamedNode":
        for prefix, iri in PREFIXES.items():
            if value.startswith(iri) and len(value) > len(iri):
                return f"{prefix}:{value[len(iri):]}"
    return value


def _print_table(result: object) -> None:
    if isinstance(result, bool):
        click.echo("yes" if result else "no")
        return
    if not isinstance(result, Rows):
        for triple in result:  # type: ignore[attr-defined]
            click.echo(f"{short(triple.subject)}  {short(triple.predicate)}  {short(triple.object)}")
        return
    cells = [[short(row[v]) if v in row else "" for v in result.variables] for row in result]
    widths = [max([len(v)] + [len(c[i]) for c in cells]) for i, v in enumerate(result.variables)]
    click.echo("  ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=True)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    click.echo(f"({len(cells)} row{'s' if len(cells) != 1 else ''})", err=True)


# ---------------------------------------------------------------------- export / import / stats


@cli.command()
@click.option("--format", "fmt", type=click.Choice(DUMP_FORMATS), default="nquads", show_default=True,
              help="nquads and trig keep every article's named graph; turtle and ntriples write the merged graph.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: stdout).")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path | None) -> None:
    """Write the graph as RDF.

    Example:

        kg export --format trig -o astrokg.trig
    """
    with store_or_service(ctx) as source:
        if output is None:
            _dump(source, sys.stdout.buffer, fmt)
        else:
            with output.open("wb") as handle:
                _dump(source, handle, fmt)


def _dump(source: Store | ServiceReader, output: IO[bytes], fmt: str) -> None:
    """Write the store's dump; from a service, its quads are read and written by the same code
    (a temporary store), so the file is the one the store itself would write."""
    from kg.client import ServiceReader

    if not isinstance(source, ServiceReader):
        source.dump(output, fmt)
        return
    import pyoxigraph as ox

    from kg.store.oxigraph import OxigraphStore

    try:
        quads = source.quads()
    except KGError as error:
        raise click.ClickException(str(error)) from error
    with tempfile.TemporaryDirectory(prefix="kg-export-") as directory:
        copy = OxigraphStore(directory)
        try:
            copy.load(io.BytesIO(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""), "nquads")
            copy.dump(output, fmt)
        finally:
            copy.close()


@cli.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(DUMP_FORMATS), default=None,
              help="Input format (default: from the file extension).")
@setting_options(("api_token",))
@click.pass_context
def import_(ctx: click.Context, file: Path, fmt: str | None, api_token: str | None) -> None:
    """Load an RDF dump (as written by kg export). N-Quads and TriG keep their named graphs.

    When a running kg serve owns the data directory, the dump is sent to it as SPARQL
    updates (with KG_API_TOKEN).

    Example:

        kg import astrokg.nq
    """
    from kg.client import ServiceReader
    from kg.store.oxigraph import rdf_format

    fmt = fmt or _format_from_name(file.name)
    if str(file) != "-" and not file.exists():
        raise click.ClickException(f"no such file: {file}")
    with store_or_service(ctx) as source:
        try:
            with nullcontext(sys.stdin.buffer) if str(file) == "-" else file.open("rb") as handle:
                if isinstance(source, ServiceReader):
                    source.token = api_token or source.token
                    source.load(handle, rdf_format(fmt))
                else:
                    source.load(handle, fmt)
            stats = source.stats()
        except KGError as error:
            raise click.ClickException(str(error)) from error
    click.echo(f"imported {file}: now {stats.articles} articles, {stats.triples} triples", err=True)


def _format_from_name(name: str) -> str:
    suffixes = {".nq": "nquads", ".nquads": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "ntriples"}
    for suffix, fmt in suffixes.items():
        if name.endswith(suffix) or name.endswith(suffix + ".gz"):
            return fmt
    raise click.UsageError(f"cannot tell the format of {name}; use --format {'|'.join(DUMP_FORMATS)}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Count articles, entities, facts and triples.

    Example:

        kg stats --json
    """
    with store_or_service(ctx) as source:
        try:
            counts = source.stats().as_dict()
        except KGError as error:
            raise click.ClickException(str(error)) from error
    if as_json:
        click.echo(json.dumps(counts))
    else:
        for name, value in counts.items():
            click.echo(f"{name:>9}  {value}")


@cli.command()
@click.pass_context
def reindex(ctx: click.Context) -> None:
    """Rebuild the passage index (the full-text index of the articles' sentences that unanswered
    questions show) from the sentences stored in the graph. Ingest keeps it current; run this
    after changing articles with SPARQL updates, or after a crash.

    Example:

        kg reindex
    """
    from kg.client import ServiceReader

    with store_or_service(ctx) as store:
        if isinstance(store, ServiceReader):
            raise click.ClickException("kg reindex needs the data directory to itself: stop kg serve, then run it")
        assert store.passages is not None  # every store open_store makes keeps one
        started = time.perf_counter()
        articles = store.passages.rebuild(store)
        sentences, path = len(store.passages), store.passages.path
    click.echo(f"indexed {sentences} sentences of {articles} articles in {time.perf_counter() - started:.1f} s "
               f"({path})", err=True)




# ---------------------------------------------------------------------- text2kg


@cli.command()
@click.option("--input", "input_", type=click.Path(dir_okay=False, path_type=Path, allow_dash=True), required=True,
              help="Benchmark sentences: JSON Lines with 'id' and 'sent' ('-' for stdin).")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path, allow_dash=True), required=True,
              help="Where to write one JSON line per input id: {'id', 'triples': [[s, r, o], ...]}.")
@click.pass_context
def text2kg(ctx: click.Context, input_: Path, output: Path) -> None:
    """Write Text2KGBench (astronaut ontology) triples for benchmark sentences.

    Every input id gets an output line, with "triples": [] when nothing is found.
    Score it with benchmarks/text2kg_eval.py --system FILE.

    Example:

        kg text2kg --input ont_9_astronaut_test.jsonl --output answers.jsonl
    """
    from extract import load_nlp
    from extract import text2kg as adapter
    from kg.sources import Problem, read_json_lines

    records = []
    for item in read_json_lines(str(input_), sys.stdin.buffer):
        if isinstance(item, Problem):
            raise click.ClickException(f"{item.origin}: {item.reason}")
        if isinstance(item, tuple):
            where, record = item
            if not isinstance(record, dict) or "id" not in record:
                raise click.ClickException(f"{where}: no 'id' field")
            records.append(record)
    nlp = load_nlp(settings_of(ctx).model)
    lines = [json.dumps(row, ensure_ascii=False) + "\n" for row in adapter.run(nlp, records)]
    if str(output) == "-":
        click.echo("".join(lines), nl=False)
    else:
        output.write_text("".join(lines), encoding="utf-8")
    click.echo(f"wrote {len(lines)} lines", err=True)
