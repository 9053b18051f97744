"""The `dealwire` command line: run the bot, classify releases, score the classifier."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from bot.logs import configure_logging
from bot.store import StoreUnavailable
from config.settings import ConfigError, Settings, load_config, load_settings

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


def main() -> None:
    """Entry point of the `dealwire` console script."""
    app()
