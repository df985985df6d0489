"""The ``kg`` command: a thin shell over the library. Each command parses its options,
calls one library function and prints; errors become messages and exit codes.

Exit codes: 0 success; 1 failure (or, for ingest, some inputs failed while the rest
loaded); 2 usage error (bad option, unknown format, malformed query).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.config import SETTINGS, Settings
from kg.errors import BadQuery, KGError
from kg.namespaces import PREFIXES
from kg.store import DUMP_FORMATS, Store, open_store
from kg.store.sparql import Rows, Term

F = TypeVar("F", bound=Callable[..., Any])

#: Settings that are options of the ``kg`` group (the rest belong to ``kg serve``).
GROUP_SETTINGS = ("data_dir", "store", "store_update_url", "store_user", "store_password", "store_auth", "model",
                  "query_timeout", "max_rows")


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
def opened_store(ctx: click.Context) -> Iterator[Store]:
    """The configured store, closed afterwards; store errors become exit code 1."""
    try:
        store = open_store(settings_of(ctx))
    except KGError as error:
        raise click.ClickException(str(error)) from error
    try:
        yield store
    finally:
        store.close()


# ---------------------------------------------------------------------- ingest


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--batch-size", type=click.IntRange(1), default=32, show_default=True,
              help="Articles parsed and written per batch.")
@click.option("--jobs", type=click.IntRange(1), default=1, show_default=True,
              help="Processes that parse articles.")
@click.option("-q", "--quiet", is_flag=True, help="No progress output, only the summary.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the summary and every failure as JSON to this file.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], batch_size: int, jobs: int, quiet: bool,
           report: Path | None) -> None:
    """Load articles: files, folders, globs or '-' for stdin.

    Formats: .txt .md .html .json .jsonl .ndjson, each optionally .gz. JSON fields: text
    (required), title, url, published, id. Exit code 0 when every input loaded, 1 when some
    failed (the rest are loaded), 2 for usage errors.

    Example:

        kg ingest samples/
    """
    from extract import load_nlp
    from kg.ingest import ArticleResult
    from kg.ingest import ingest as run
    from kg.sources import read_paths

    settings = settings_of(ctx)
    with opened_store(ctx) as store:
        nlp = load_nlp(settings.model)
        bar = None if quiet else _progress_bar()

        def progress(result: ArticleResult) -> None:
            if bar is not None:
                bar.update(1)

        outcome = run(store, nlp, read_paths(paths, sys.stdin.buffer), batch_size=batch_size,
                      n_process=jobs, progress=progress)
        if bar is not None:
            bar.close()
    summary = outcome.as_dict()
    for failure in outcome.failed:
        click.echo(f"failed: {failure.origin}: {failure.reason}", err=True)
    click.echo(
        f"loaded {summary['loaded']}, replaced {summary['replaced']}, unchanged {summary['unchanged']}, "
        f"failed {summary['failed']} in {summary['seconds']:.1f} s ({summary['words_per_second']:.0f} words/s)",
        err=True,
    )
    if report is not None:
        report.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    if outcome.failed:
        ctx.exit(1)


def _progress_bar() -> Any:
    from tqdm import tqdm

    return tqdm(unit=" articles", desc="ingest", file=sys.stderr, mininterval=0.5)


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
    from extract import load_nlp
    from kg.errors import BadQuestion
    from kg.questions import answer

    with opened_store(ctx) as store:
        try:
            reply = answer(store, load_nlp(settings_of(ctx).model), question)
        except BadQuestion as error:
            raise click.UsageError(str(error)) from error
    if as_json:
        click.echo(json.dumps(reply.as_dict(), indent=2, ensure_ascii=False))
    else:
        for item in reply.answers:
            extra = [x for x in (f"as of {item.as_of}" if item.as_of else "", "planned" if item.planned else "") if x]
            click.echo(item.label + (f"  ({', '.join(extra)})" if extra else ""))
        if reply.message:
            click.echo(reply.message, err=not reply.answers)
        for other in reply.also:
            click.echo(f"  also: {other.label}" + (f" (as of {other.as_of})" if other.as_of else ""))
        for source in reply.sources:
            click.echo(f"  source: {source.title or source.article} [{source.article}]: {source.sentence}")
        for suggestion in reply.suggestions:
            click.echo(f"  try: {suggestion}", err=True)
        if show_sparql and reply.sparql:
            click.echo("\n" + reply.sparql)
    if not reply.answers:
        ctx.exit(1)


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
    text = _read_argument(sparql)
    text = _with_prefixes(text)
    with opened_store(ctx) as store:
        try:
            if fmt == "table":
                _print_table(store.query(text))
                return
            media = {"json": "application/sparql-results+json", "csv": "text/csv", "tsv": "text/tab-separated-values"}
            graph = {"turtle": "text/turtle", "ntriples": "application/n-triples"}
            data, _ = store.query_bytes(text, results_type=media.get(fmt, media["json"]),
                                        graph_type=graph.get(fmt, "text/turtle"))
        except BadQuery as error:
            raise click.UsageError(f"invalid SPARQL: {error}") from error
        except ValueError as error:
            raise click.UsageError(str(error)) from error
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
    with opened_store(ctx) as store:
        if output is None:
            store.dump(sys.stdout.buffer, fmt)
        else:
            with output.open("wb") as handle:
                store.dump(handle, fmt)


@cli.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(DUMP_FORMATS), default=None,
              help="Input format (default: from the file extension).")
@click.pass_context
def import_(ctx: click.Context, file: Path, fmt: str | None) -> None:
    """Load an RDF dump (as written by kg export). N-Quads and TriG keep their named graphs.

    Example:

        kg import astrokg.nq
    """
    fmt = fmt or _format_from_name(file.name)
    with opened_store(ctx) as store:
        try:
            if str(file) == "-":
                store.load(sys.stdin.buffer, fmt)
            else:
                if not file.exists():
                    raise click.ClickException(f"no such file: {file}")
                with file.open("rb") as handle:
                    store.load(handle, fmt)
        except BadQuery as error:
            raise click.ClickException(str(error)) from error
        stats = store.stats()
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
    with opened_store(ctx) as store:
        counts = store.stats().as_dict()
    if as_json:
        click.echo(json.dumps(counts))
    else:
        for name, value in counts.items():
            click.echo(f"{name:>9}  {value}")




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

    text = sys.stdin.read() if str(input_) == "-" else _read_file(input_)
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise click.ClickException(f"{input_} line {number}: not JSON ({error.msg})") from error
        if not isinstance(record, dict) or "id" not in record:
            raise click.ClickException(f"{input_} line {number}: no 'id' field")
        records.append(record)
    nlp = load_nlp(settings_of(ctx).model)
    lines = [json.dumps(row, ensure_ascii=False) + "\n" for row in adapter.run(nlp, records)]
    if str(output) == "-":
        click.echo("".join(lines), nl=False)
    else:
        output.write_text("".join(lines), encoding="utf-8")
    click.echo(f"wrote {len(lines)} lines", err=True)


def _read_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise click.ClickException(f"cannot read {path}: {error.strerror}") from error
