"""The `dealwire` command line: run the bot, classify releases, score the classifier."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.engine import Engine

from bot import store
from bot.logs import configure_logging
from bot.models import Watchlist
from bot.store import StoreUnavailable
from config.settings import AppConfig, ConfigError, Settings, load_config, load_settings

app = typer.Typer(
    name="dealwire",
    help="DealWire: biotech deal alerts (milestone payments, INDs, licensing deals) from newswires.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        help="TOML configuration file (default: $DEALWIRE_CONFIG, config/dealwire.toml, "
        "else the embedded defaults).",
    ),
]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"dealwire: {message}", err=True)
    return typer.Exit(code=2)


def _settings() -> Settings:
    try:
        settings = load_settings()
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    configure_logging(level=settings.log_level, fmt=settings.log_format)
    return settings


@app.command()
def run(
    once: Annotated[
        bool, typer.Option("--once", help="Run one full poll and delivery cycle, then exit.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Run the bot: poll feeds, classify, route and deliver alerts (to Slack, or printed without a token)."""
    from bot.app import run_forever, run_once

    settings = _settings()
    try:
        status = (run_once if once else run_forever)(settings=settings, config_path=config)
    except (ConfigError, StoreUnavailable) as exc:
        raise _fail(str(exc)) from None
    raise typer.Exit(code=status)


@app.command("check-config")
def check_config(config: ConfigOption = None) -> None:
    """Validate the configuration and say what it contains."""
    settings = _settings()
    try:
        loaded = load_config(config or settings.config_path)
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    cfg = loaded.config
    typer.echo(
        f"{loaded.source or 'embedded defaults'}: {len(cfg.feeds)} feeds, {len(cfg.watchlists)} watch lists, "
        f"currency rates as of {cfg.rates.as_of.isoformat()}"
    )


@app.command()
def classify(
    file: Annotated[
        Path | None,
        typer.Argument(help="JSON lines (id, title, summary, body, published); standard input when omitted."),
    ] = None,
) -> None:
    """Classify releases: one JSON line out (events, company, partners, amounts, evidence) per line in."""
    from bot.evaluate import run_classify

    if file is None:
        status = run_classify(source=sys.stdin, out=sys.stdout, err=sys.stderr)
    else:
        try:
            with file.open(encoding="utf-8", errors="replace") as source:
                status = run_classify(source=source, out=sys.stdout, err=sys.stderr)
        except OSError as exc:
            raise _fail(f"cannot read {file}: {exc.strerror or exc}") from None
    raise typer.Exit(code=status)


@app.command("eval")
def evaluate(
    files: Annotated[
        list[Path] | None,
        typer.Argument(help="Labelled JSON lines (default: the dev and seed corpus in ../shared/corpus)."),
    ] = None,
) -> None:
    """Score the classifier against labelled items, beside the keyword-filter baseline."""
    from bot.evaluate import run_eval

    paths = files or [p for p in (CORPUS / "dev.jsonl", CORPUS / "seed.jsonl") if p.is_file()]
    if not paths:
        raise _fail("no labelled files given and no corpus found in ../shared/corpus")
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise _fail(f"cannot read {missing[0]}: no such file")
    raise typer.Exit(code=run_eval(paths=paths, out=sys.stdout))


@app.command("compile")
def compile_classifier(
    force: Annotated[
        bool, typer.Option("--force", help="Build again even when a current build exists.")
    ] = False,
) -> None:
    """Compile the classifier with mypyc (faster; needs a C compiler). The bot loads the
    build only while it matches the source, so edit freely and compile again."""
    import time

    from bot import compiled

    start = time.perf_counter()
    try:
        where, built = compiled.build(force=force)
    except compiled.BuildError as exc:
        raise _fail(str(exc)) from None
    took = f" in {time.perf_counter() - start:.0f} s" if built else ""
    typer.echo(f"classifier {'compiled' if built else 'already compiled'}{took}: {where}")
    if not compiled.status().compiled:
        typer.echo("processes started from now on load it (this one had already chosen the source)")


SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since", help="Published on or after: 2026-01-31, 2026-01-31T08:00Z, or 30d, 12w, 48h ago."
    ),
]


def _since(text: str | None) -> datetime | None:
    from bot.export import parse_since

    try:
        return None if text is None else parse_since(text, now=datetime.now(UTC))
    except ValueError as exc:
        raise _fail(f"--since: {exc}") from None


def _watchlists(engine: Engine, config: AppConfig) -> list[Watchlist]:
    with store.session_scope(engine) as session:
        return [*config.watchlist_values(), *store.load_watchlists(session)]


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="jsonl (one JSON object a line) or csv.")
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: standard output).")
    ] = None,
    since: SinceOption = None,
    event: Annotated[str | None, typer.Option("--event", help="Only milestone, ind or licensing.")] = None,
    company: Annotated[
        str | None, typer.Option("--company", help="Only releases naming this company or partner.")
    ] = None,
    watchlist: Annotated[
        str | None, typer.Option("--watchlist", help="Only what this watch list's rules take.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Write stored deal events as JSON lines or CSV: classify's fields plus wire, link and published time."""
    from bot.export import FORMATS, parse_event, run_export

    settings = _settings()
    if fmt not in FORMATS:
        raise _fail(f"--format: {fmt[:20]!r} is not a format; use jsonl or csv")
    try:
        wanted = None if event is None else parse_event(event)
    except ValueError as exc:
        raise _fail(f"--event: {exc}") from None
    after = _since(since)
    try:
        loaded = load_config(config or settings.config_path)
        engine = store.make_engine(settings.database_url)
        store.migrate(engine)
    except (ConfigError, StoreUnavailable) as exc:
        raise _fail(str(exc)) from None
    try:
        chosen = None
        if watchlist is not None:
            lists = _watchlists(engine, loaded.config)
            chosen = next((wl for wl in lists if wl.name.casefold() == watchlist.casefold()), None)
            if chosen is None:
                names = ", ".join(wl.name for wl in lists[:20]) or "none"
                raise _fail(f"--watchlist: there is no watch list {watchlist!r} (lists: {names})")
        try:
            target = sys.stdout if output is None else output.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise _fail(f"cannot write {output}: {exc.strerror or exc}") from None
        try:
            count = run_export(
                engine=engine,
                out=target,
                fmt=fmt,
                since=after,
                event=wanted,
                company=company,
                watchlist=chosen,
                usd_rates=loaded.config.rates.usd_per_unit,
            )
        finally:
            if output is not None:
                target.close()
    finally:
        engine.dispose()
    noun = "release" if count == 1 else "releases"
    typer.echo(f"exported {count:,} {noun} with deal events" + (f" to {output}" if output else ""), err=True)


@app.command()
def reclassify(
    since: SinceOption = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Report what would change without writing it.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Run the current classifier over stored releases and store the results; never alerts on them again."""
    from bot.reclassify import known_names, progress_reporter, reclassify_store, report_lines

    settings = _settings()
    after = _since(since)
    try:
        loaded = load_config(config or settings.config_path)
        engine = store.make_engine(settings.database_url)
        store.migrate(engine)
    except (ConfigError, StoreUnavailable) as exc:
        raise _fail(str(exc)) from None
    try:
        names = known_names(_watchlists(engine, loaded.config))
        with progress_reporter(sys.stderr) as progress:
            report = reclassify_store(
                engine, now=datetime.now(UTC), names=names, since=after, dry_run=dry_run, progress=progress
            )
    finally:
        engine.dispose()
    for line in report_lines(report):
        typer.echo(line)


def main() -> None:
    """Entry point of the `dealwire` console script."""
    app()
