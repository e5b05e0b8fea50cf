"""Audit ``find_quantities`` on unannotated sentences: detectors that flag suspicious output without an annotation.

Usage (from the repo root)::

    nice -n 15 .venv/bin/python benchmarks/quantities_audit.py                      # counts per detector + samples
    nice -n 15 .venv/bin/python benchmarks/quantities_audit.py --dump out.json      # also write every output
    .venv/bin/python benchmarks/quantities_audit.py --diff old.json new.json        # every changed sentence
    nice -n 15 .venv/bin/python benchmarks/quantities_audit.py --sample 15 --detector unread_number
    nice -n 15 .venv/bin/python benchmarks/quantities_audit.py --docs /tmp/q12/audit.spacy  # cache the parses
    nice -n 15 .venv/bin/python benchmarks/quantities_audit.py --without-parse yes --dump words.json  # words alone

To audit older rules, run this script with ``PYTHONPATH`` pointing at an exported ``src/`` of that commit
(``git archive <sha> src | tar -x -C /tmp/base``) and ``--dump``, then ``--diff`` the two dumps.

The sentences come ONLY from sources no quantities draw samples (so the audit never peeks at a blind draw): bias-corpus
articles whose line number modulo 700 is 690–699, PolNeAR *dev* texts, BASIL article bodies and ClaimBuster sentences.
Only sentences holding a digit, a number word or a date-like word are kept. Each is read with its spaCy parse, as the
claims stage reads it, and with its source's publication date (ClaimBuster has none).

The detectors flag shapes the conventions of :mod:`storylens.extract.quantities` give an answer for; a flag is a
suspicion, not an error (read a sample by hand):

- ``inverted_range``: a range whose low end exceeds its high end, or a vote, ruling or score read as a range;
- ``list_unit``: a list of numbers ending in a unit ("7, 8, 10 percent") whose earlier members were left bare;
- ``unread_number``: a number token in no quantity and not an explicit non-quantity (ordinal, reference number after a
  name, number glued to letters, time of day, phone number, address, bill or section number);
- ``unread_date``: a season, decade, weekday or month phrase in no quantity;
- ``odd_unit``: a counted noun whose last word the parser tags as a verb, adverb or adjective ("legally", "jump");
- ``unread_qualifier``: a qualifier word right before a number whose quantity is read as exact;
- ``unmarked_target``: "by" a date ahead of publication, or a verb of change "to" a level, not read as a target.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

#: Bias-corpus lines reserved for this audit: no draw samples them.
AUDIT_RESIDUES = range(690, 700)

_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty"
                 r"|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half")
_INTERESTING = re.compile(
    r"\d|\b(?:" + _NUMBER_WORDS + r")\b|\b(?:spring|summer|autumn|fall|winter|decade|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November"
    r"|December)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")


def _sentences(text: str) -> Iterator[str]:
    """Sentences of a paragraph (a plain splitter: the audit needs sentences, not a perfect split)."""
    for paragraph in text.split("\n"):
        for sentence in _SENTENCE_END.split(paragraph.strip()):
            if 20 <= len(sentence) <= 600 and _INTERESTING.search(sentence):
                yield sentence.strip()


def audit_sentences() -> list[tuple[str, str, str | None]]:
    """Every audit sentence as (source, sentence, published), in a fixed order, from the reserved sources only."""
    rows: list[tuple[str, str, str | None]] = []
    with gzip.open(SHARED / "corpus" / "bias-corpus" / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % 700 in AUDIT_RESIDUES:
                article = json.loads(line)
                rows += [("bias", s, article.get("published")) for s in _sentences(article.get("text") or "")]
    dates: dict[str, str | None] = {}
    for line_text in (SHARED / "eval" / "polnear" / "metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        fields = line_text.split("\t")
        dates[fields[1]] = fields[5] if fields[5] not in ("", "None") else None
    for path in sorted((SHARED / "eval" / "polnear" / "dev" / "text").glob("*.txt")):
        published = dates.get(path.stem)
        rows += [("polnear-dev", s, published) for s in _sentences(path.read_text(encoding="utf-8"))]
    for path in sorted((SHARED / "eval" / "basil" / "articles").glob("*/*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        body = "\n".join(" ".join(paragraph) for paragraph in article.get("body-paragraphs") or [])
        rows += [("basil", s, article.get("date")) for s in _sentences(body)]
    for path in sorted((SHARED / "eval" / "claimbuster").glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            rows += [("claimbuster", s, None) for s in _sentences(str(item["text"]))]
    seen: set[str] = set()
    unique = []
    for row in rows:
        if row[1] not in seen:
            seen.add(row[1])
            unique.append(row)
    return unique


# --- detectors -------------------------------------------------------------------------------------------------

_TALLY_NOUNS = re.compile(r"\b(?:vote|votes|ruling|decision|majority|margin|tally|score|win|victory|loss|split)\b")
_LIST_UNIT = re.compile(
    r"\b\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)+,?\s+(?:(?:and|or)\s+)?\d+(?:\.\d+)?\s*(?:%|percent\b)"
)
_NUMBER_TOKEN = re.compile(r"(?<![\w.,$-])(?:\$)?\d[\d,.]*\d(?![\w])|(?<![\w.,$-])\$?\d(?![\w.,:/-])"
                           r"|\b(?:" + _NUMBER_WORDS + r")\b", re.IGNORECASE)
_DATE_PHRASE = re.compile(
    r"\b(?:(?:in|during|over|through|throughout|all|this|last|next|past|by|until|since)\s+(?:the\s+)?(?:early\s+|late\s+)?"
    r"(?:spring|summer|autumn|fall|winter)\b(?!\s+of\s+(?!(?:19|20)\d\d))"
    r"|(?:the\s+)?(?:next|last|past|coming)\s+decade"
    r"|['’‘](?:[0-9]0)s\b|\b(?:19|20)\d0s\b"
    r"|(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)
_QUALIFIER_WORDS = re.compile(
    r"\b(?:about|around|nearly|almost|roughly|approximately|some|over|under|more\s+than|less\s+than|fewer\s+than"
    r"|at\s+least|at\s+most|up\s+to|as\s+many\s+as|as\s+much\s+as|just\s+over|just\s+under|upwards\s+of|an\s+estimated"
    r"|close\s+to|nearly)\s+\$?$",
    re.IGNORECASE,
)
_CHANGE_TO = re.compile(
    r"\b(?:rais|increas|lower|cut|reduc|boost|hik|lift|expand|grow|doubl|bring|push)\w*\s+(?:[\w'’-]+\s+){1,8}?to\s+"
    r"(?:about\s+|nearly\s+|roughly\s+)?(?P<level>\$?\d[\d,.]*)",
    re.IGNORECASE,
)
_BY_DATE = re.compile(
    r"\bby\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?(?:(?:early|late|mid)[\s-])?"
    r"(?P<date>(?:19|20)\d\d|January|February|March|April|June|July|August|September|October|November|December)\b"
)
# An explicit non-quantity by the conventions: ordinals, a reference number after a capitalised name or a naming
# noun, a number glued to letters, times of day, phone numbers, dates' own digits handled by the date reader.
_NON_QUANTITY_BEFORE = re.compile(
    r"(?:\b(?:[A-Z][\w.]*|No\.|no\.|number|Number|section|Section|Article|article|Title|title|Rule|rule|Amendment|H\.R\."
    r"|S\.|Route|route|Highway|Interstate|I-|District|district|Chapter|chapter|Flight|flight|Room|room|Box|box|Suite"
    r"|Proposition|Prop\.|Question|Measure|Initiative|Bill|bill|page|Page|p\.|pp\.|Form|form|channel|Channel|Level"
    r"|level|step|phase|Phase|stage|Stage|round|Round|Episode|episode|Season|season|Act|act|version|Version|grade"
    r"|Grade|Class|class|Category|category|Group|group)\s+)$"
)
_NON_QUANTITY_AFTER = re.compile(
    r"^(?:st|nd|rd|th|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)|:\d\d|-\d{3}-\d{4}|\s+(?:[A-Z][a-z]+\s+)?(?:Street|St\.|Avenue"
    r"|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Place|Way)\b|['’]s\b)"
)


_SPAN_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any((s <= start and end <= e) or (s < end and start < e) for s, e in spans)


def detect(sentence: str, found: list[dict[str, Any]], published: str | None, doc: Any) -> dict[str, list[str]]:
    """Flags per detector for one sentence's output (each flag a short note on what looks wrong)."""
    flags: dict[str, list[str]] = {}
    spans = [(q["start"], q["end"]) for q in found]

    def flag(detector: str, note: str) -> None:
        flags.setdefault(detector, []).append(note)

    for q in found:
        if q["qualifier"] == "range" and q["upper"] is not None and q["value"] is not None and q["upper"] < q["value"]:
            flag("inverted_range", q["text"])
        elif q["qualifier"] == "range" and _TALLY_NOUNS.search(
            sentence[q["end"] : q["end"] + 25] + " " + (q["unit"] or "")
        ) and re.search(r"\d\s*[-–]\s*\d", q["text"]):
            flag("inverted_range", f"tally? {q['text']}")
    for match in _LIST_UNIT.finditer(sentence):
        inside = [q for q in found if match.start() <= q["start"] < match.end()]
        if len({q["unit"] for q in inside}) > 1 or len(inside) < match.group().count(",") + 1:
            flag("list_unit", match.group())
    for match in _NUMBER_TOKEN.finditer(sentence):
        start, end = match.span()
        if _covered(spans, start, end):
            continue
        token = match.group().lower()
        if re.match(r"\d{1,2}:\d\d|911\b|9/11", sentence[start:]) or re.search(r"\d[:/]$", sentence[:start]) or (
            re.search(r"Gang\s+of\s+$", sentence[:start])
        ):
            continue
        if token in ("one", "half") or (token.isalpha() and token in ("hundred", "thousand")):
            continue  # "one" as an article and "half" as a word are mostly no quantity by the conventions
        if _NON_QUANTITY_BEFORE.search(sentence[max(0, start - 30) : start]) or _NON_QUANTITY_AFTER.search(
            sentence[end : end + 25]
        ):
            continue
        if re.match(r"[-/]\d|[A-Za-z]", sentence[end : end + 1] + " ") and not token.isalpha():
            continue
        flag("unread_number", sentence[max(0, start - 25) : end + 25].replace("\n", " "))
    for match in _DATE_PHRASE.finditer(sentence):
        if (not _covered(spans, match.start(), match.end()) and not re.match(
            r"[A-Z]", match.group()
        )) or (not _covered(spans, match.start(), match.end()) and match.group()[0].isupper() and not re.search(
            r"(?:Black|Super|Good|Cyber|Ash|Easter)\s+$", sentence[: match.start()]
        )):
            flag("unread_date", match.group())
    if doc is not None:
        by_char = {token.idx: token for token in doc}
        for q in found:
            unit = q["unit"]
            if not unit or unit in ("date", "percent", "USD") or (" " in unit and unit.startswith("USD")):
                continue
            last_start = q["end"] - len(unit.split()[-1])
            head = by_char.get(last_start)
            if head is not None and head.pos_ in ("VERB", "ADV", "ADJ", "AUX") and head.text == unit.split()[-1]:
                flag("odd_unit", f"{q['text']} [{head.pos_}]")
    for q in found:
        over = re.search(r"\bover\s+$", sentence[max(0, q["start"] - 6) : q["start"]])
        if q["unit"] in _SPAN_UNITS and over and not re.match(r"\s+ago\b", sentence[q["end"] :]):
            continue  # "add $84 billion over 10 years": a span's preposition by the conventions, no qualifier
        if q["qualifier"] == "exact" and _QUALIFIER_WORDS.search(sentence[max(0, q["start"] - 20) : q["start"]]):
            flag("unread_qualifier", sentence[max(0, q["start"] - 20) : q["end"]])
    for match in _CHANGE_TO.finditer(sentence):
        level = [q for q in found if q["start"] <= match.start("level") < q["end"]]
        if level and all(q["qualifier"] != "target" for q in level) and not re.search(
            r"\b(?:in|since|over|from|with)\b", match.group()[: match.start("level") - match.start()]
        ):
            flag("unmarked_target", match.group())
    if published:
        for match in _BY_DATE.finditer(sentence):
            dated = [q for q in found if q["start"] <= match.start("date") < q["end"]]
            date_text = dated[0]["time"] if dated else None
            if dated and date_text and date_text[:4].isdigit() and date_text[:7] > published[:7] and all(
                q["qualifier"] != "target" for q in dated
            ):
                flag("unmarked_target", match.group())
            elif not dated:
                flag("unmarked_target", f"unread: {match.group()}")
    return flags


DETECTORS = ("inverted_range", "list_unit", "unread_number", "unread_date", "odd_unit", "unread_qualifier",
             "unmarked_target")


def run(
    dump: str | None, sample: int, only: str | None, docs_path: str | None = None, seed: int = 9,
    use_parse: bool = True,
) -> None:
    """Read every audit sentence with the parse (or, with ``use_parse`` False, the words alone, as without a parse
    the rules read them; the detectors still look at the parse), count flags per detector and print a sample of
    each."""
    sys.path.append(str(REPO / "src"))  # after PYTHONPATH, so an exported older src/ is audited when given
    from storylens.extract.quantities import find_quantities
    from storylens.nlp import Resources

    rows = audit_sentences()
    nlp = Resources().spacy
    if docs_path and Path(docs_path).exists():  # the parses of an earlier run (same sentences, same model)
        from spacy.tokens import DocBin

        docs = list(DocBin().from_disk(docs_path).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe([r[1] for r in rows], batch_size=64))
        if docs_path:
            from spacy.tokens import DocBin

            DocBin(docs=docs).to_disk(docs_path)
    outputs = []
    flagged: dict[str, list[tuple[str, str]]] = {name: [] for name in DETECTORS}
    counts: Counter[str] = Counter()
    for (source, sentence, published), doc in zip(rows, docs, strict=True):
        found = [q.to_dict() for q in find_quantities(sentence, published=published,
                                                      span=doc[:] if use_parse else None)]
        outputs.append({"source": source, "sentence": sentence, "published": published, "found": found})
        for detector, notes in detect(sentence, found, published, doc).items():
            counts[detector] += len(notes)
            flagged[detector] += [(note, sentence) for note in notes]
    print(f"{len(rows)} sentences ({Counter(r[0] for r in rows)})")
    for detector in DETECTORS:
        print(f"{detector:18s} {counts[detector]:5d} flags in {len({s for _, s in flagged[detector]})} sentences")
    chooser = random.Random(seed)
    for detector in DETECTORS:
        if (only and detector != only) or not flagged[detector]:
            continue
        print(f"\n== {detector}: sample of {min(sample, len(flagged[detector]))}")
        for note, sentence in chooser.sample(flagged[detector], min(sample, len(flagged[detector]))):
            print(f"  [{note}]  {sentence[:300]}")
    if dump:
        Path(dump).write_text(json.dumps(outputs, ensure_ascii=False), encoding="utf-8")


def diff(old_path: str, new_path: str) -> None:
    """Print every sentence whose output differs between two dumps (same sentences, same order)."""
    old = json.loads(Path(old_path).read_text(encoding="utf-8"))
    new = json.loads(Path(new_path).read_text(encoding="utf-8"))
    keys = ("text", "value", "unit", "qualifier", "time", "upper", "measure")
    changed = 0
    for before, after in zip(old, new, strict=True):
        a = [tuple(q[k] for k in keys) for q in before["found"]]
        b = [tuple(q[k] for k in keys) for q in after["found"]]
        if a != b:
            changed += 1
            print(f"\n{before['source']} {before['published']}: {before['sentence']}")
            print(f"  - {sorted(set(a) - set(b))}")
            print(f"  + {sorted(set(b) - set(a))}")
    print(f"\n{changed} of {len(old)} sentences changed")


def main(arguments: list[str]) -> None:
    """Command line: ``--diff OLD NEW``, else an audit run (``--dump``, ``--sample N``, ``--detector``, ``--docs``,
    ``--without-parse yes``)."""
    if arguments[:1] == ["--diff"]:
        diff(arguments[1], arguments[2])
        return
    options = dict(zip(arguments[::2], arguments[1::2], strict=False))
    run(options.get("--dump"), int(options.get("--sample", "10")), options.get("--detector"), options.get("--docs"),
        use_parse=options.get("--without-parse") is None)


if __name__ == "__main__":
    main(sys.argv[1:])
