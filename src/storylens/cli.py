"""The command line: parse arguments → one library call → format. Nothing here knows how a stage works.

Errors from the library become a readable message on stderr and an exit code: 0 all well, 1 some inputs or
articles failed (the rest was done), 2 bad usage or nothing could be done.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from storylens.api import Engine
from storylens.errors import StorylensError
from storylens.pipeline import Progress as ProgressCallback
from storylens.records import Article, Claim, Quote
from storylens.settings import Settings, load_settings

app = typer.Typer(
    name="storylens",
    help="News narrative intelligence: who says what, which claims agree or conflict, how outlets frame a story.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Measure each stage on the annotated public data in ../shared/eval.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

out = Console()
err = Console(stderr=True)


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ReportFormat(StrEnum):
    html = "html"
    json = "json"
    md = "md"
    csv = "csv"


@dataclass
class Options:
    db: str
    settings: Settings
    quiet: bool


DbOption = Annotated[str, typer.Option("--db", help="SQLite database file (':memory:' for none).")]
FormatOption = Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")]


@app.callback()
def _root(
    ctx: typer.Context,
    db: DbOption = "storylens.db",
    config: Annotated[
        Path | None, typer.Option("--config", help="Settings file (TOML) over the shipped defaults.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
) -> None:
    try:
        settings = load_settings(config)
    except StorylensError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    ctx.obj = Options(db=db, settings=settings, quiet=quiet)


def main() -> None:
    """Entry point of the ``storylens`` command."""
    app()


# -- helpers ----------------------------------------------------------------------------------------------------
@contextmanager
def _engine(ctx: typer.Context, db: str | None = None) -> Iterator[Engine]:
    options: Options = ctx.obj
    try:
        with Engine(db or options.db, options.settings) as engine:
            yield engine
    except StorylensError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


@contextmanager
def _progress(ctx: typer.Context, label: str) -> Iterator[ProgressCallback]:
    options: Options = ctx.obj
    if options.quiet or not err.is_terminal:
        yield lambda done, total, item: None
        return
    with Progress(
        SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}"), console=err, transient=True,
    ) as bar:
        task = bar.add_task("", total=None)

        def update(done: int, total: int | None, item: str) -> None:
            bar.update(task, completed=done, total=total, description=item[-60:])

        yield update


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _print_csv(rows: Sequence[dict[str, Any]]) -> None:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    sys.stdout.write(buffer.getvalue())


def _split_targets(targets: Sequence[str]) -> tuple[list[str], list[str]]:
    """Arguments that name existing files/folders/URLs (analysed in memory) vs stored article ids."""
    files = [t for t in targets if Path(t).exists() or "://" in t or any(c in t for c in "*?[")]
    ids = [t for t in targets if t not in files]
    return files, ids


@contextmanager
def _selection(
    ctx: typer.Context, targets: Sequence[str], story: str | None, analyse: bool = True
) -> Iterator[tuple[Engine, list[str] | None, str | None]]:
    """An engine and the articles to work on: files given → ingested (and analysed unless ``analyse`` is false)
    into a fresh in-memory store."""
    files, ids = _split_targets(targets)
    if files and ids:
        err.print(f"[red]error:[/red] give either files or stored article ids, not both (ids: {', '.join(ids)})")
        raise typer.Exit(2)
    if files:
        with _engine(ctx, ":memory:") as engine:
            with _progress(ctx, "reading") as progress:
                report = engine.ingest(files, progress)
            _report_rejected(report.rejected)
            if not report.articles:
                err.print("[red]error:[/red] none of the inputs gave an article")
                raise typer.Exit(2)
            if analyse:
                with _progress(ctx, "analysing") as progress:
                    engine.analyze(progress)
            yield engine, [a.id for a in report.articles], None
        return
    with _engine(ctx) as engine:
        yield engine, ids or None, story


def _report_rejected(rejected: Sequence[StorylensError]) -> None:
    for error in rejected:
        err.print(f"[yellow]rejected:[/yellow] {error}")


def _guard(func: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return func(*args, **kwargs)
    except StorylensError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def _article_dict(article: Article) -> dict[str, Any]:
    keys = ("id", "source", "outlet", "title", "published", "language", "text", "segments")
    data = article.to_dict()
    return {k: data[k] for k in keys} | {"url": article.url, "author": article.author}


def _articles_of(records: Sequence[Quote | Claim], engine: Engine) -> dict[str, Article]:
    """Each article the records come from, read from the store once."""
    return {i: engine.article(i) for i in dict.fromkeys(r.article for r in records)}


# -- ingest and storage -----------------------------------------------------------------------------------------
@app.command()
def ingest(
    ctx: typer.Context,
    inputs: Annotated[list[str], typer.Argument(help="Files, folders (recursive), globs and URLs.")],
    outlet: Annotated[
        str | None, typer.Option("--outlet", help="Outlet name for articles whose input does not give one.")
    ] = None,
    output: FormatOption = ListFormat.table,
) -> None:
    """Read articles (text, HTML, WARC, RSS/Atom, JSONL, URLs), clean them and store each once."""
    with _engine(ctx) as engine, _progress(ctx, "ingesting") as progress:
        report = _guard(engine.ingest, inputs, progress, outlet)
    if output is ListFormat.json:
        _print_json(
            {
                "added": report.added,
                "already_stored": report.already_stored,
                "rejected": [{"source": e.source, "reason": e.reason} for e in report.rejected],
            }
        )
    else:
        _report_rejected(report.rejected)
        out.print(
            f"added {len(report.added)}, already stored {len(report.already_stored)}, "
            f"rejected {len(report.rejected)} → {ctx.obj.db}"
        )
    if report.rejected:
        raise typer.Exit(1)


@app.command()
def articles(ctx: typer.Context, output: FormatOption = ListFormat.table) -> None:
    """List the stored articles."""
    with _engine(ctx) as engine:
        found = engine.articles()
    if output is ListFormat.json:
        _print_json([_article_dict(a) for a in found])
        return
    rows = [
        {"id": a.id, "outlet": a.outlet or "", "published": a.published or "", "title": a.title or "",
         "source": a.source}
        for a in found
    ]
    if output is ListFormat.csv:
        _print_csv(rows)
        return
    table = Table("id", "outlet", "published", "title", "source")
    for row in rows:
        table.add_row(row["id"][:12], row["outlet"], row["published"][:10], row["title"], row["source"])
    out.print(table)


@app.command()
def show(
    ctx: typer.Context,
    article_id: Annotated[str, typer.Argument(help="Article id (a unique prefix is enough).")],
    output: FormatOption = ListFormat.table,
) -> None:
    """Print one article with each segment's label."""
    with _engine(ctx) as engine:
        article = _guard(engine.article, article_id)
    if output is ListFormat.json:
        _print_json(_article_dict(article))
        return
    if output is ListFormat.csv:
        _print_csv([s.to_dict() for s in article.segments])
        return
    out.print(f"[bold]{article.title or '(no title)'}[/bold]  {article.outlet or ''}  {article.published or ''}")
    out.print(f"id {article.id}  source {article.source}  language {article.language or '?'}")
    for segment in article.segments:
        style = "dim" if segment.kind.value in {"boilerplate", "teaser"} else ""
        out.print(f"[cyan]{segment.kind.value:>11}[/cyan] [{style}]{segment.text}[/{style}]" if style else
                  f"[cyan]{segment.kind.value:>11}[/cyan] {segment.text}", highlight=False)


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help='Words to find; "a phrase" in double quotes.')],
    limit: Annotated[int, typer.Option(help="At most this many results.")] = 20,
    output: FormatOption = ListFormat.table,
) -> None:
    """Full-text search over the stored articles, with highlighted snippets."""
    with _engine(ctx) as engine:
        hits = engine.search(query, limit)
    rows = [{"id": h.article_id, "outlet": h.outlet, "title": h.title, "snippet": h.snippet} for h in hits]
    if output is ListFormat.json:
        _print_json(rows)
    elif output is ListFormat.csv:
        _print_csv(rows)
    else:
        table = Table("id", "outlet", "title", "snippet")
        for hit in hits:
            snippet = hit.snippet.replace("[", "[bold yellow]\\[").replace("]", "][/bold yellow]")
            table.add_row(hit.article_id[:12], hit.outlet or "", hit.title or "", snippet)
        out.print(table)


# -- analysis ---------------------------------------------------------------------------------------------------
@app.command()
def analyze(
    ctx: typer.Context,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=0, help="Parallel processes (0 = one per core; default from settings)."),
    ] = None,
) -> None:
    """Extract actors, quotes and claims from every article not yet analysed; update stories. Resumable."""
    with _engine(ctx) as engine, _progress(ctx, "analysing") as progress:
        report = _guard(engine.analyze, progress, workers)
    for failure in report.failed:
        err.print(f"[yellow]failed:[/yellow] {failure}")
    out.print(
        f"analysed {len(report.analysed)}, failed {len(report.failed)}, "
        f"stories updated {report.stories_updated}, near-duplicates {report.duplicates_found}"
    )
    if report.failed:
        raise typer.Exit(1)


TargetsArgument = Annotated[
    list[str] | None, typer.Argument(help="Stored article ids, or files/folders/URLs to analyse in memory.")
]
StoryOption = Annotated[str | None, typer.Option("--story", "-s", help="A stored story's id.")]


@app.command()
def quotes(
    ctx: typer.Context, targets: TargetsArgument = None, story: StoryOption = None,
    output: FormatOption = ListFormat.table,
) -> None:
    """Who said what: direct and indirect quotes with their speakers."""
    with _selection(ctx, targets or [], story) as (engine, ids, story_id):
        found = _guard(engine.quotes, ids, story_id)
        sources = _articles_of(found, engine)
        if output is ListFormat.json:
            _print_json([q.to_dict() | {"source": sources[q.article].source} for q in found])
            return
        names = {a.id: a.name for a in engine.actors()}
        rows: list[dict[str, Any]] = [
            {"article": q.article, "source": sources[q.article].source, "speaker": q.speaker.text,
             "speaker_kind": q.speaker.kind.value, "speaker_actor": q.speaker.actor or "",
             "speaker_name": names.get(q.speaker.actor or "", ""), "cue": q.cue, "direct": q.direct,
             "start": q.start, "end": q.end, "quote": _quote_content(q, sources[q.article])}
            for q in found
        ]
    if output is ListFormat.csv:
        _print_csv(rows)
        return
    table = Table("speaker", "kind", "cue", "quote")
    for row in rows:
        mark = "“”" if row["direct"] else "≈"
        speaker = row["speaker"]
        if row["speaker_name"] and row["speaker_name"].lower() != speaker.lower():
            speaker = f"{speaker} ({row['speaker_name']})"
        table.add_row(speaker, row["speaker_kind"], row["cue"], f"{mark} {row['quote']}")
    out.print(table)


def _quote_content(quote: Quote, article: Article) -> str:
    """What was said: the pieces of a quote split by its cue, joined; the whole span otherwise."""
    if len(quote.parts) > 1:
        return " … ".join(article.text[p.start : p.end] for p in quote.parts)
    return quote.text


@app.command()
def claims(
    ctx: typer.Context, targets: TargetsArgument = None, story: StoryOption = None,
    min_score: Annotated[float, typer.Option("--min-score", help="Lowest check-worthiness shown.")] = 0.0,
    output: FormatOption = ListFormat.table,
) -> None:
    """Check-worthy claims with their numbers, who asserts them and whether they are hedged."""
    with _selection(ctx, targets or [], story) as (engine, ids, story_id):
        found = _guard(engine.claims, ids, story_id, min_score)
        sources = _articles_of(found, engine)
        if output is ListFormat.json:
            _print_json([c.to_dict() | {"source": sources[c.article].source} for c in found])
            return
        rows: list[dict[str, Any]] = [
            {"article": c.article, "source": sources[c.article].source, "score": round(c.checkworthy, 3),
             "hedged": c.hedged, "asserted_by": c.asserted_by,
             "quantities": "; ".join(_quantity_text(q.to_dict()) for q in c.quantities), "claim": c.text}
            for c in found
        ]
    if output is ListFormat.csv:
        _print_csv(rows)
        return
    table = Table("score", "hedged", "by", "quantities", "claim")
    for row in rows:
        table.add_row(f"{row['score']:.2f}", "yes" if row["hedged"] else "", row["asserted_by"], row["quantities"],
                      row["claim"])
    out.print(table)


def _quantity_text(q: dict[str, Any]) -> str:
    parts = [str(q.get("qualifier") or ""), f"{q.get('value'):g}" if q.get("value") is not None else q["text"],
             str(q.get("unit") or ""), str(q.get("measure") or ""), str(q.get("time") or "")]
    return " ".join(p for p in parts if p and p != "exact")


@app.command()
def checkworthy(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help="A file with one sentence per line, or - for standard input.")] = "-",
    output: FormatOption = ListFormat.table,
) -> None:
    """Score sentences given one per line (a transcript, a list of statements) for check-worthiness."""
    from storylens.extract.checkworthy import CheckworthyModel
    from storylens.nlp import Resources

    if source == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            err.print(f"[red]error:[/red] {source}: cannot read ({exc})")
            raise typer.Exit(2) from exc
    sentences = [line.strip() for line in text.splitlines() if line.strip()]
    model = _guard(CheckworthyModel.load, Resources(ctx.obj.settings))
    scores = model.score(sentences)
    rows: list[dict[str, Any]] = [
        {"text": s, "score": round(float(v), 4)} for s, v in zip(sentences, scores, strict=True)
    ]
    if output is ListFormat.json:
        _print_json(rows)
    elif output is ListFormat.csv:
        _print_csv(rows)
    else:
        table = Table("score", "sentence")
        for row in rows:
            table.add_row(f"{row['score']:.2f}", row["text"])
        out.print(table)


@app.command()
def sourcing(
    ctx: typer.Context, targets: TargetsArgument = None, story: StoryOption = None,
    output: FormatOption = ListFormat.table,
) -> None:
    """How each outlet sources: named, anonymous, vague and document sources, hedges, who is quoted most."""
    with _selection(ctx, targets or [], story) as (engine, ids, story_id):
        found = _guard(engine.outlet_sourcing, ids, story_id)
    if output is ListFormat.json:
        _print_json([o.to_dict() for o in found])
        return
    kinds = ("named", "anonymous", "vague", "document", "unknown")
    rows: list[dict[str, Any]] = [
        {"outlet": o.outlet, "articles": o.articles, "quotes": o.quotes, **dict(o.counts),
         **{f"{k}_share": round(v, 3) for k, v in o.shares}, "hedges_per_article": round(o.hedges_per_article, 2),
         "most_quoted": "; ".join(f"{s.name} ({s.kind.value}) ×{s.quotes}" for s in o.speakers[:5])}
        for o in found
    ]
    if output is ListFormat.csv:
        _print_csv(rows)
        return
    table = Table("outlet", "articles", "quotes", *kinds, "hedges/article")
    for row in rows:
        shares = [f"{row[k]} ({row[k + '_share']:.0%})" for k in kinds]
        table.add_row(row["outlet"], str(row["articles"]), str(row["quotes"]), *shares,
                      f"{row['hedges_per_article']:.1f}")
    out.print(table)
    voices = Table("outlet", "most quoted", "kind", "quotes")
    for outlet in found:
        for speaker in outlet.speakers[:8]:
            voices.add_row(outlet.outlet, speaker.name, speaker.kind.value, str(speaker.quotes))
    out.print(voices)


@app.command()
def actors(ctx: typer.Context, output: FormatOption = ListFormat.table) -> None:
    """Actors resolved across the stored articles, with their aliases."""
    with _engine(ctx) as engine:
        found = engine.actors()
    if output is ListFormat.json:
        _print_json([a.to_dict() for a in found])
        return
    rows: list[dict[str, Any]] = [{"id": a.id, "name": a.name, "kind": a.kind.value, "mentions": len(a.mentions),
             "aliases": "; ".join(a.aliases)} for a in found]
    if output is ListFormat.csv:
        _print_csv(rows)
        return
    table = Table("name", "kind", "mentions", "aliases")
    for row in sorted(rows, key=lambda r: -int(r["mentions"])):
        table.add_row(row["name"], row["kind"], str(row["mentions"]), row["aliases"])
    out.print(table)


# -- stories ----------------------------------------------------------------------------------------------------
@app.command()
def stories(ctx: typer.Context, output: FormatOption = ListFormat.table) -> None:
    """Stories found so far: size, outlets, time span and label."""
    with _engine(ctx) as engine:
        found = engine.stories()
    if output is ListFormat.json:
        _print_json([s.to_dict() for s in found])
        return
    rows: list[dict[str, Any]] = [
        {"id": s.id, "size": len(s.articles), "outlets": ", ".join(s.outlets), "first_seen": s.first_seen or "",
         "last_seen": s.last_seen or "", "label": s.label}
        for s in found
    ]
    if output is ListFormat.csv:
        _print_csv(rows)
        return
    table = Table("id", "size", "outlets", "from", "to", "label")
    for row in rows:
        table.add_row(row["id"][:12], str(row["size"]), row["outlets"], row["first_seen"][:10],
                      row["last_seen"][:10], row["label"])
    out.print(table)


@app.command()
def story(
    ctx: typer.Context,
    story_id: Annotated[str, typer.Argument(help="Story id (a unique prefix is enough).")],
    output: FormatOption = ListFormat.table,
) -> None:
    """One story with its articles by outlet."""
    with _engine(ctx) as engine:
        found = _guard(engine.story, story_id)
        members = [engine.article(a) for a in found.articles]
    if output is ListFormat.json:
        _print_json(found.to_dict() | {"members": [_article_dict(a) for a in members]})
        return
    out.print(f"[bold]{found.label}[/bold]  ({found.first_seen or '?'} – {found.last_seen or '?'})")
    table = Table("outlet", "published", "title", "id")
    for article in sorted(members, key=lambda a: (a.outlet or a.source, a.published or "")):
        table.add_row(article.outlet or Path(article.source).name, article.published or "", article.title or "",
                      article.id[:12])
    out.print(table)


# -- compare and demo -------------------------------------------------------------------------------------------
class CoverageFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    html = "html"


@app.command()
def coverage(
    ctx: typer.Context, targets: TargetsArgument = None, story: StoryOption = None,
    output: Annotated[CoverageFormat, typer.Option("--format", "-f", help="Output format.")] = CoverageFormat.table,
    out_path: Annotated[Path | None, typer.Option("--output", "-o", help="Where to write the HTML chart.")] = None,
) -> None:
    """Coverage over time: articles per outlet per day, for a story, some articles or the whole store."""
    with _selection(ctx, targets or [], story, analyse=False) as (engine, ids, story_id):
        counts = _guard(engine.coverage, ids, story_id)
    rows = [c.to_dict() for c in counts]
    if output is CoverageFormat.json:
        _print_json(rows)
    elif output is CoverageFormat.csv:
        _print_csv(rows)
    elif output is CoverageFormat.html:
        from storylens.compare.report.html import render_coverage_html

        target = out_path or Path("coverage.html")
        title = f"Coverage over time: story {story_id}" if story_id else "Coverage over time"
        target.write_text(render_coverage_html(counts, title), encoding="utf-8")
        err.print(f"chart written to {target}")
    else:
        table = Table("day", "outlet", "articles")
        for row in rows:
            table.add_row(row["day"], row["outlet"], str(row["articles"]))
        out.print(table)


@app.command()
def compare(
    ctx: typer.Context, targets: TargetsArgument = None, story: StoryOption = None,
    output: Annotated[ReportFormat, typer.Option("--format", "-f", help="Report format.")] = ReportFormat.html,
    out_path: Annotated[Path | None, typer.Option("--output", "-o", help="Where to write the report.")] = None,
) -> None:
    """Outlets side by side: shared, conflicting and unique claims, voices, sourcing and stance."""
    with _selection(ctx, targets or [], story) as (engine, ids, story_id):
        comparison = _guard(engine.compare, ids, story_id)
    written = _write_report(comparison, output, out_path)
    if written is not None:
        err.print(f"report written to {written}")


def _write_report(comparison: Any, output: ReportFormat, out_path: Path | None) -> Path | None:
    from storylens.compare import report

    if output is ReportFormat.csv:
        target = out_path or Path("report-csv")
        report.render_csv(comparison, target)
        return target
    text = {
        ReportFormat.html: report.render_html,
        ReportFormat.json: report.render_json,
        ReportFormat.md: report.render_markdown,
    }[output](comparison)
    if out_path is None and output is not ReportFormat.html:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return None
    target = out_path or Path("report.html")
    target.write_text(text, encoding="utf-8")
    return target


def _find_seeds() -> Path | None:
    """``shared/corpus/seeds`` beside the checkout (or beside any folder above the working directory)."""
    for base in [Path.cwd(), *Path.cwd().parents, Path(__file__).resolve().parents[3]]:
        candidate = base.parent / "shared" / "corpus" / "seeds"
        if candidate.is_dir():
            return candidate
        candidate = base / "shared" / "corpus" / "seeds"
        if candidate.is_dir():
            return candidate
    return None


@app.command()
def demo(
    ctx: typer.Context,
    seeds: Annotated[Path | None, typer.Option(help="Folder of articles (default: ../shared/corpus/seeds).")] = None,
    out_path: Annotated[Path, typer.Option("--output", "-o", help="Where to write the report.")] = Path("report.html"),
) -> None:
    """Ingest the seed articles into the database, analyse them and write the HTML comparison report."""
    folder = seeds or _find_seeds()
    if folder is None or not folder.is_dir():
        err.print("[red]error:[/red] no seeds folder found (looked for ../shared/corpus/seeds); pass --seeds")
        raise typer.Exit(2)
    with _engine(ctx) as engine:
        with _progress(ctx, "ingesting") as progress:
            report = _guard(engine.ingest, [str(folder)], progress)
        _report_rejected(report.rejected)
        with _progress(ctx, "analysing") as progress:
            _guard(engine.analyze, progress)
        ids = [a.id for a in report.articles]
        comparison = _guard(engine.compare, ids, None)
    written = _write_report(comparison, ReportFormat.html, out_path)
    relations = Counter(a.relation.value for a in comparison.alignments)
    out.print(f"{len(ids)} articles from {folder} → database {ctx.obj.db}", soft_wrap=True)
    out.print(
        f"{len(comparison.quotes)} quotes, {len(comparison.claims)} claims: {relations.get('agree', 0)} shared, "
        f"{relations.get('conflict', 0)} in conflict, {relations.get('unique', 0)} unique to one outlet",
        soft_wrap=True,
    )
    out.print(f"report: {Path(written or out_path).resolve()}", soft_wrap=True)


# -- evaluation -------------------------------------------------------------------------------------------------
def _run_eval(module: str, args: Sequence[str]) -> None:
    """Run ``python -m storylens.evaluate.<module> ARGS`` in this process (each evaluation is also a script)."""
    import runpy

    saved = sys.argv
    sys.argv = [f"storylens eval {module}", *args]
    try:
        runpy.run_module(f"storylens.evaluate.{module}", run_name="__main__", alter_sys=False)
    except SystemExit as exc:
        raise typer.Exit(exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1) from None
    finally:
        sys.argv = saved


_EVALS = {
    "quotes": ("quotes", "Quotes and speakers on PolNeAR."),
    "claims": ("checkworthy", "Check-worthiness on ClaimBuster (cross-validated)."),
    "stories": ("stories", "Story clustering on AllSides roundups."),
    "stance": ("stance", "Per-actor stance on BASIL."),
    "segmentation": ("segmentation", "Line labelling on the extraction benchmark pages."),
    "html": ("html_extraction", "HTML main-text extraction on the extraction benchmark."),
}


def _make_eval_command(module: str, doc: str) -> Any:
    def command(args: Annotated[list[str] | None, typer.Argument(help="Arguments for the evaluation.")] = None) -> None:
        _run_eval(module, args or [])

    command.__doc__ = doc
    return command


for _name, (_module, _doc) in _EVALS.items():
    eval_app.command(_name, context_settings={"allow_extra_args": True, "ignore_unknown_options": True})(
        _make_eval_command(_module, _doc)
    )
