"""The predicate lexicon (coding/data/verbs.yaml, classes.yaml) against its own examples.

Every entry of verbs.yaml carries short example sentences. These tests check that the
lexicon loads, that every pattern names defined classes, that every pattern is the
matched trigger on at least one example of its entry (so no pattern is dead or shadowed
by a more specific one), and that every example is coded with its entry's code (or the
code an embedding family derives from it). All examples are parsed in one batch.
"""

from __future__ import annotations

import signal
from collections import defaultdict

import pytest
import yaml

from sanderling._data import package_file
from sanderling.coding.lexicon import ACTOR_CLASSES, CLAUSE_CLASSES, lexicon
from sanderling.records import Article

PER_EXAMPLE_SECONDS = 5


def _entries():
    path = package_file("sanderling.coding.data", "verbs.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_lexicon_loads_with_enough_patterns():
    lex = lexicon()
    patterns = lex.patterns()
    assert len(patterns) >= 900
    roots = {p.code[:2] for p in patterns if p.code != "none"}
    assert {f"{r:02d}" for r in range(2, 21)} - {"03"} <= roots  # 03x is mostly derived by the intent family


def test_every_pattern_uses_defined_classes_and_is_unique():
    lex = lexicon()
    raw_classes = yaml.safe_load(package_file("sanderling.coding.data", "classes.yaml").read_text(encoding="utf-8"))
    seen = set()
    for entry in _entries():
        for kind in ("verbs", "nouns"):
            for text in entry.get(kind) or []:
                for word in text.split()[1:]:
                    if word.startswith("@"):
                        assert word[1:] in raw_classes or word[1:] in ACTOR_CLASSES | CLAUSE_CLASSES, (
                            f"{text!r} uses undefined class {word}"
                        )
                key = (str(entry["code"]), kind, text)
                assert key not in seen, f"duplicate pattern {key}"
                seen.add(key)
    assert len(lex.patterns()) == len(seen)


def test_every_entry_has_examples():
    for entry in _entries():
        assert entry.get("examples"), (
            f"entry {entry['code']} {entry.get('verbs') or entry.get('nouns')} has no examples"
        )


@pytest.fixture(scope="module")
def coded_examples(pipeline):
    """(code, sentence, entry line, triggers, events) for every lexicon example."""
    lex = pipeline.coder.lex
    articles = [Article(id=f"lexicon-{i}", text=sentence) for i, (_, sentence, _) in enumerate(lex.examples)]
    out = []

    def timeout(*_):
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, timeout)
    try:
        # parsed whatever the gate says: the test is of the patterns, not of the gate
        for (code, sentence, line), parsed in zip(lex.examples, pipeline.parser.parse_many(articles, skip=False)):
            triggers = [t for sent in parsed.doc.sents for t in pipeline.coder._triggers(sent)]
            signal.alarm(PER_EXAMPLE_SECONDS)
            try:
                events = pipeline.coder.code(parsed)
            except TimeoutError:
                events = None  # the coder did not finish: reported by the test below
            finally:
                signal.alarm(0)
            out.append((code, sentence, line, triggers, events))
    finally:
        signal.signal(signal.SIGALRM, previous)
    return out


@pytest.mark.model
def test_every_pattern_fires_on_an_example_of_its_entry(pipeline, coded_examples):
    lex = pipeline.coder.lex
    fired = set()
    for code, _, line, triggers, _ in coded_examples:
        for trig in triggers:
            if trig.pattern.line == line and trig.pattern.code == code:
                fired.add((line, trig.pattern.kind, trig.pattern.text))
    missing = defaultdict(list)
    for p in lex.patterns():
        if (p.line, p.kind, p.text) not in fired:
            missing[(p.line, p.code)].append(p.text)
    assert not missing, f"patterns no example of their entry triggers: {dict(missing)}"


@pytest.mark.model
def test_every_example_is_coded_with_its_entry_code(pipeline, coded_examples):
    families = list(pipeline.coder.lex.families.values())
    failures = []
    for code, sentence, line, _, events in coded_examples:
        if events is None:
            failures.append((line, code, sentence, "coder did not finish"))
            continue
        counted = [e for e in events if e.counts]
        if code == "none":
            ok = not counted
        else:
            allowed = {code} | {f.derive(code) for f in families}
            ok = any(e.cameo in allowed for e in counted)
        if not ok:
            failures.append((line, code, sentence, sorted(e.cameo for e in events)))
    assert not failures, "examples not coded as their entry: " + "\n".join(map(str, failures))
