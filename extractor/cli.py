"""Command line: thin commands over the library; models load only inside the commands that need them."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Literal, Optional

import typer

app = typer.Typer(
    help="Turn Chinese press articles into structured, source-grounded event records.",
    no_args_is_help=True,
    add_completion=False,
)


def _fail(message: str) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code=1)


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"zhextract {version('zhextract')}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Turn Chinese press articles into structured, source-grounded event records."""


@app.command()
def extract(
    files: List[str] = typer.Argument(..., metavar="FILE...", help="Article files (UTF-8, GBK/GB18030, Big5 or UTF-16; "
                                      "text or HTML), or - for stdin."),
    pretty: bool = typer.Option(False, "--pretty", help="Indent the JSON for humans."),
) -> None:
    """Print one JSON record per FILE, read as `run` reads it; a FILE that cannot be read is reported, the others
    are still printed, and the exit code is then 1."""
    from extractor.api import default_extractor
    from extractor.batch import STDIN, record_for
    from extractor.decoding import DecodingError, decode_bytes, read_article, read_stream

    failed = False
    for name in files:
        source = "<stdin>" if name == STDIN else name
        try:
            if name == STDIN:
                article = decode_bytes(read_stream(sys.stdin.buffer, source=source), source=source)
            else:
                article = read_article(Path(name))
        except DecodingError as exc:
            typer.echo(f"Error: {exc}", err=True)
            failed = True
            continue
        except OSError as exc:
            typer.echo(f"Error: {name}: cannot read it ({exc.strerror or exc})", err=True)
            failed = True
            continue
        record = record_for(default_extractor(), article, source=source)
        typer.echo(record.model_dump_json(indent=2 if pretty else None))
    if failed:
        raise typer.Exit(code=1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the ArticleRecord."""
    from models import ArticleRecord

    typer.echo(json.dumps(ArticleRecord.model_json_schema(), ensure_ascii=False, indent=2))


@app.command("eval")
def eval_(
    gold_dir: Path = typer.Argument(..., help="Directory of *.gold.json files (../shared/corpus format)."),
    texts: Optional[Path] = typer.Option(None, "--texts", help="Directory of the article texts; default: GOLD_DIR."),
    errors: bool = typer.Option(True, "--errors/--no-errors", help="List each article's missed and spurious items."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores and errors as JSON for tooling."),
) -> None:
    """Score the extractor against gold records: per-field precision/recall/F1 and per-article errors."""
    from extractor import extract as extract_text
    from extractor.evaluation import evaluate

    if not gold_dir.is_dir() or not any(gold_dir.glob("*.gold.json")):
        _fail(f"{gold_dir} is not a directory of *.gold.json files: give the directory of gold records "
              "(e.g. ../shared/corpus)")
    report = evaluate(gold_dir, texts, extract_text)
    if as_json:
        typer.echo(json.dumps(report.as_json(), ensure_ascii=False, indent=1))
        return
    if errors:
        typer.echo(report.errors())
    typer.echo(report.table())


@app.command()
def run(
    inputs: List[str] = typer.Argument(..., metavar="INPUT...", help="Files, directories (recursive), globs, JSONL files "
                                       "with a \"text\" field (and optional id, source, published), or - for stdin."),
    out: Path = typer.Option(..., "--out", "-o", help="Records, one JSON object per line."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Error entries, one per failed input; "
                                          "default: OUT's name with .errors.jsonl, next to it."),
    db: Optional[str] = typer.Option(None, "--db", help="Also upsert into this database: sqlite:///records.db "
                                     "or postgresql://user@host/dbname."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Worker processes, one core each; default: the CPU count."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run: skip inputs already in OUT, "
                                "ERRORS or the database."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Start again: empty OUT and ERRORS first (the database "
                                   "is updated in place)."),
    engine: Literal["local", "dask"] = typer.Option("local", "--engine", help="A local process pool, or a dask.distributed cluster."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://host:8786); "
                                            "default: a LocalCluster of --workers processes."),
    time_limit: float = typer.Option(180.0, "--time-limit", min=0, help="Seconds one article may take in a "
                                     "local worker before it is recorded as a Timeout error; 0: no limit."),
) -> None:
    """Extract every INPUT into OUT, or into ERRORS when it fails; ends with a summary line."""
    from extractor import batch
    from extractor.sinks import SinkError, open_sink

    try:
        sink = open_sink(db) if db else None
    except SinkError as exc:
        _fail(str(exc))
    try:
        summary = batch.run(inputs, out=out, errors=errors, sink=sink, workers=workers, resume=resume,
                            overwrite=overwrite, engine=engine, scheduler=scheduler, time_limit=time_limit or None,
                            progress=batch.progress_for(sys.stderr))
    except batch.Interrupted as exc:
        typer.echo(f"Interrupted: {exc}", err=True)
        raise typer.Exit(code=130)
    except batch.BatchError as exc:
        _fail(str(exc))
    finally:
        if sink is not None:
            sink.close()
    typer.echo(str(summary))


@app.command()
def check(
    record_file: Path = typer.Argument(..., help="A record as JSON (one object, as `zhextract extract` prints it)."),
    text: Optional[Path] = typer.Option(None, "--text", help="The article the record was extracted from, decoded as `run` "
                                        "decodes it; every field is then re-derived from it and compared."),
    published: Optional[str] = typer.Option(None, "--published", help="The publication date the run was given for this "
                                            "article (a JSONL line's \"published\"); default: the page's or the record's."),
) -> None:
    """Re-validate a stored record (spans, names, figure values, checks; with --text every field); exit 1 when anything fails."""
    from pydantic import ValidationError

    from extractor.checks import rederive, verify_record
    from extractor.decoding import check_published, read_article
    from models import ArticleRecord

    try:
        record = ArticleRecord.model_validate_json(record_file.read_bytes())
    except OSError as exc:
        _fail(f"{record_file}: cannot read it ({exc.strerror or exc})")
    except ValidationError as exc:
        first = exc.errors()[0]
        _fail(f"{record_file} is not an ArticleRecord: {exc.error_count()} problem(s), first: "
              f"{'.'.join(map(str, first['loc'])) or 'the file'}: {first['msg']}")
    try:
        published = check_published(published)
        article = read_article(text) if text else None
    except ValueError as exc:  # a DecodingError names the file; a bad --published names the date
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{text}: cannot read it ({exc.strerror or exc})")
    again = rederive(record, article, published=published) if article else None
    results = verify_record(record, article.text if article else None, again=again)
    for result in results:
        typer.echo(f"{result.status:4} {result.rule}: {result.message}")
    failed = [r for r in results if r.status == "fail"]
    typer.echo(f"{len(results)} checks: {len(failed)} failed")
    if failed:
        raise typer.Exit(code=1)


@app.command()
def review(
    inputs: List[str] = typer.Argument(..., metavar="INPUT...", help="Records: a JSONL from `zhextract run` or a database "
                                       "URL (or .db file). Or articles: files, directories, globs, a JSONL of texts; "
                                       "these are extracted first."),
    out: Path = typer.Option(..., "--out", "-o", help="The page to write: one self-contained HTML file."),
    texts: Optional[Path] = typer.Option(None, "--texts", help="Directory of the article files (or a JSONL of texts), for "
                                         "records whose source is not at hand; matched by path, name or content."),
) -> None:
    """Write a page to check every record against its article; the corrections export as gold files for `eval`."""
    from extractor.review import ReviewInputError, build

    try:
        summary = build(inputs, out, texts=texts)
    except ReviewInputError as exc:
        _fail(str(exc))
    for reason in summary.skipped:
        typer.echo(f"skipped {reason}", err=True)
    typer.echo(f"{out}: {summary}")


if __name__ == "__main__":
    app()
