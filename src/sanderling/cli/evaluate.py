"""`sanderling eval`: precision, recall and F1 against a gold file."""

from __future__ import annotations

import json
import sys

import click

from ..errors import SanderlingError


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--errors",
    "show_errors",
    type=int,
    default=0,
    help="Also list the first N sentences with misses or spurious events.",
)
@click.option("--fallback", is_flag=True, help="Score with the embedding fallback switched on (optional extra).")
def evaluate(gold: str, as_json: bool, show_errors: int, fallback: bool) -> None:
    """Score the coder on GOLD (JSON Lines: id, text, date, events)."""
    from ..coding.evaluate import evaluate as run
    from ..coding.evaluate import read_gold
    from ..pipeline import Pipeline, Settings, default_pipeline
    from ..records import Article

    try:
        records = read_gold(gold)
        pipeline = Pipeline(Settings(fallback=True)) if fallback else default_pipeline()
    except SanderlingError as exc:
        raise click.ClickException(str(exc)) from exc
    report = run(records, lambda r: pipeline.code_article(Article(id=r.id, text=r.text, date=r.date)))
    if as_json:
        doc = report.as_dict()
        if show_errors:
            doc["errors"] = report.errors[:show_errors]
        click.echo(json.dumps(doc, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    overall = Table(title=f"{report.sentences} sentences")
    for col in ("level", "precision", "recall", "F1", "tp", "fp", "fn"):
        overall.add_column(col, justify="right" if col != "level" else "left")
    for level, s in report.levels.items():
        overall.add_row(level, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
    console.print(overall)
    per = Table(title="per PLOVER type")
    for col in ("type", "P", "R", "F1", "triple F1", "gold"):
        per.add_column(col, justify="right" if col != "type" else "left")
    for t, s in sorted(report.per_type.items()):
        tr = report.per_type_triple.get(t)
        per.add_row(
            t, f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}", f"{tr.f1:.2f}" if tr else "—", str(s.tp + s.fn)
        )
    console.print(per)
    labels = sorted({g for g, _ in report.confusion} | {p for _, p in report.confusion})
    conf = Table(title="confusion (rows gold, columns predicted)")
    conf.add_column("")
    for label in labels:
        conf.add_column(label[:4], justify="right")
    for g in labels:
        conf.add_row(g[:8], *[str(report.confusion.get((g, p), "")) for p in labels])
    console.print(conf)
    for err in report.errors[:show_errors]:
        console.print(f"[bold]{err['id']}[/] {err['text']}")
        for m in err["missed"]:
            console.print(f"   missed   {m}")
        for s in err["spurious"]:
            console.print(f"   spurious {s}")
    sys.stdout.flush()
