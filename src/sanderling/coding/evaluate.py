"""Scoring a coder against gold records.

Gold records are JSON Lines: ``{"id", "text", "date", "events": [{"actor": [codes],
"recipient": [codes], "event", "cameo"}]}``. Only events that happened (or are
intended, or background) are compared: negated and hypothetical events are not
counted, neither predicted nor gold (a gold set may list them with their ``modality``).

Three levels are scored with precision, recall and F1, per PLOVER type and overall:
``event`` (the PLOVER type), ``root`` (the CAMEO root) and ``triple`` (type, source
codes, target codes; a symmetric event also matches with the sides swapped).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import UNREAL_MODALITIES, Event


@dataclass(frozen=True)
class GoldEvent:
    actor: frozenset[str]
    recipient: frozenset[str]
    event: str
    cameo: str


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    date: dt.date | None
    events: tuple[GoldEvent, ...]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Report:
    sentences: int = 0
    levels: dict[str, Score] = field(default_factory=lambda: {"event": Score(), "root": Score(), "triple": Score()})
    per_type: dict[str, Score] = field(default_factory=dict)
    per_type_triple: dict[str, Score] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, predicted); NONE for missing
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "overall": {k: v.as_dict() for k, v in self.levels.items()},
            "per_type": {k: v.as_dict() for k, v in sorted(self.per_type.items())},
            "per_type_triple": {k: v.as_dict() for k, v in sorted(self.per_type_triple.items())},
            "confusion": [{"gold": g, "predicted": p, "count": n} for (g, p), n in sorted(self.confusion.items())],
        }


def read_gold(path: str | Path) -> list[GoldRecord]:
    path = Path(path)
    records = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), None, f"cannot read the gold file ({exc})", "pass a UTF-8 JSON Lines file") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            events = tuple(
                GoldEvent(
                    frozenset(e.get("actor") or ()),
                    frozenset(e.get("recipient") or ()),
                    str(e["event"]),
                    str(e.get("cameo") or ""),
                )
                for e in raw.get("events") or ()
                if e.get("modality") not in UNREAL_MODALITIES  # not counted, as predictions are not
            )
            date = dt.date.fromisoformat(raw["date"]) if raw.get("date") else None
            records.append(GoldRecord(str(raw.get("id") or number), str(raw["text"]), date, events))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(
                str(path),
                number,
                f"not a gold record ({type(exc).__name__}: {exc})",
                'write {"id", "text", "date", "events": [...]}',
            ) from exc
    return records


def _codes(entities: Iterable[Any]) -> frozenset[str]:
    return frozenset(e.code for e in entities if e.code)


def _to_gold_granularity(codes: frozenset[str], gold: frozenset[str]) -> frozenset[str]:
    """A predicted organisation code counts as the gold code it refines
    (IGOUNOPKO, a UN mission, counts as IGOUNO when the gold says IGOUNO)."""
    out = set()
    for code in codes:
        parent = next((g for g in gold if g.startswith("IGO") and code.startswith(g)), None)
        out.add(parent or code)
    return frozenset(out)


def _triple_match(gold: GoldEvent, pred: Event) -> bool:
    if gold.event != pred.event:
        return False
    everyone = gold.actor | gold.recipient
    a = _to_gold_granularity(_codes(pred.actor), everyone)
    r = _to_gold_granularity(_codes(pred.recipient), everyone)
    if a == gold.actor and r == gold.recipient:
        return True
    # a symmetric event matches with its sides swapped or its parties split differently
    # ("A and B held talks" as A -> B); each side the gold names must be named
    symmetric = pred.symmetric or gold.actor == gold.recipient
    if symmetric and (a | r) == (gold.actor | gold.recipient) and a and (r or not gold.recipient) and gold.actor:
        return True
    return False


def _match_counts(gold: Sequence[str], pred: Sequence[str]) -> tuple[int, int, int]:
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


def evaluate(records: Sequence[GoldRecord], code: Callable[[GoldRecord], list[Event]]) -> Report:
    report = Report()
    for record in records:
        report.sentences += 1
        predicted = [e for e in code(record) if e.counts]
        gold = list(record.events)
        for level, key in (("event", lambda x: x.event), ("root", lambda x: x.cameo[:2])):
            tp, fp, fn = _match_counts([key(g) for g in gold], [key(p) for p in predicted])
            s = report.levels[level]
            s.tp, s.fp, s.fn = s.tp + tp, s.fp + fp, s.fn + fn
        types = {g.event for g in gold} | {p.event for p in predicted}
        for t in types:
            tp, fp, fn = _match_counts(
                [g.event for g in gold if g.event == t], [p.event for p in predicted if p.event == t]
            )
            s = report.per_type.setdefault(t, Score())
            s.tp, s.fp, s.fn = s.tp + tp, s.fp + fp, s.fn + fn
        # triples: greedy one-to-one matching
        unmatched = list(predicted)
        missed = []
        for g in gold:
            hit = next((p for p in unmatched if _triple_match(g, p)), None)
            if hit is not None:
                unmatched.remove(hit)
                report.levels["triple"].tp += 1
                report.per_type_triple.setdefault(g.event, Score()).tp += 1
            else:
                missed.append(g)
                report.levels["triple"].fn += 1
                report.per_type_triple.setdefault(g.event, Score()).fn += 1
        for p in unmatched:
            report.levels["triple"].fp += 1
            report.per_type_triple.setdefault(p.event, Score()).fp += 1
        # confusion: pair by type first, then the rest in order
        rest_gold = [g.event for g in gold]
        rest_pred = [p.event for p in predicted]
        for t in list(rest_gold):
            if t in rest_pred:
                rest_pred.remove(t)
                rest_gold.remove(t)
                report.confusion[(t, t)] += 1
        for i in range(max(len(rest_gold), len(rest_pred))):
            g_t = rest_gold[i] if i < len(rest_gold) else "NONE"
            p_t = rest_pred[i] if i < len(rest_pred) else "NONE"
            report.confusion[(g_t, p_t)] += 1
        if missed or unmatched:
            report.errors.append(
                {
                    "id": record.id,
                    "text": record.text,
                    "missed": [
                        {"event": g.event, "cameo": g.cameo, "actor": sorted(g.actor), "recipient": sorted(g.recipient)}
                        for g in missed
                    ],
                    "spurious": [
                        {
                            "event": p.event,
                            "cameo": p.cameo,
                            "actor": sorted(_codes(p.actor)),
                            "recipient": sorted(_codes(p.recipient)),
                            "trigger": p.event_text,
                        }
                        for p in unmatched
                    ],
                }
            )
    return report
