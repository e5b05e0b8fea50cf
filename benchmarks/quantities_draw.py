"""Draw a fresh sample of real sentences with numbers for the quantities tables, by fixed seeded rules.

Usage (from the repo root; prints a table skeleton to annotate by hand, expectations left empty)::

    .venv/bin/python benchmarks/quantities_draw.py tenth

Each draw reads, in place, ``../shared/corpus/bias-corpus/articles.jsonl.gz`` (the articles whose line number is
``bias_residue`` modulo 700), PolNeAR *train* texts (sorted by name, index in ``polnear_residues`` modulo 70), BASIL
articles and AllSides story bodies (each in the order of ``random.Random(seed).shuffle``), skipping every text that
holds a sentence of an earlier table (so no source of an earlier draw is drawn again), and picks from each text one
sentence of 30–400 characters holding a digit or a number word that is in no earlier table, with the same
generator. Earlier draws used bias residues 0, 350, 175 (BLIND, VALIDATION, FINAL), 88, 438, 263, 613, 131, 306
(FOURTH–NINTH), PolNeAR train residues 0, 35, 17 and AllSides seeds 2029–2034; their scripts were not kept, this one
is (TENTH–FORTY_FIFTH). Sentences are split with a plain punctuation rule (the pipeline's own segmentation is not
needed to sample).
Scraping leftovers (captions, tweets, link lines) are dropped by hand when annotating, and said so in the table.
Bias residues 690–699 are reserved for ``benchmarks/quantities_audit.py`` (unannotated sentences the rules are checked
on while draws are blind): no draw may use them, nor PolNeAR dev, BASIL or ClaimBuster, which the audit reads too.
"""

from __future__ import annotations

import ast
import gzip
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


AUDIT_RESIDUES = range(690, 700)


@dataclass(frozen=True)
class Draw:
    """The fixed rules of one draw: which residues and seed, and how many sentences from each source."""

    seed: int
    bias_residue: int
    polnear_residues: tuple[int, ...]
    bias: int
    polnear: int
    basil: int
    allsides: int
    #: Keep abbreviations ("Jan. 6", "Mr. Smith", "S.B. 1070") inside their sentence (from the eleventh draw on; the
    #: tenth used the plain rule and dropped the fragments it made).
    keep_abbreviations: bool = False
    #: The last draw whose table this one avoids (default: every draw listed before it). Draws made at the same time
    #: avoid only the tables committed before any of them was drawn.
    avoids_through: str | None = None
    #: Draws of the same batch whose picks (drawn again here, leftovers included) this one avoids as well, so that
    #: draws handed out at the same time share no text.
    avoids_draws: tuple[str, ...] = ()
    #: More bias-corpus residues read with ``bias_residue`` (from the forty-third draw on: AllSides bodies and PolNeAR
    #: train residues are used up, so later draws take most of their sentences from the bias corpus).
    extra_bias_residues: tuple[int, ...] = ()


DRAWS = {
    "tenth": Draw(seed=2035, bias_residue=525, polnear_residues=(52, 61), bias=24, polnear=14, basil=12,
                  allsides=16),
    "eleventh": Draw(seed=2036, bias_residue=569, polnear_residues=(26, 44), bias=24, polnear=14, basil=12,
                     allsides=16, keep_abbreviations=True),
    "twelfth": Draw(seed=2037, bias_residue=219, polnear_residues=(8, 66), bias=24, polnear=14, basil=12,
                    allsides=16, keep_abbreviations=True),
    "thirteenth": Draw(seed=2038, bias_residue=394, polnear_residues=(13, 57), bias=24, polnear=14, basil=12,
                       allsides=16, keep_abbreviations=True),
    "fourteenth": Draw(seed=2039, bias_residue=656, polnear_residues=(4, 39), bias=24, polnear=14, basil=12,
                       allsides=16, keep_abbreviations=True),
    "fifteenth": Draw(seed=2040, bias_residue=481, polnear_residues=(22, 48), bias=24, polnear=14, basil=12,
                      allsides=16, keep_abbreviations=True),
    "sixteenth": Draw(seed=2041, bias_residue=612, polnear_residues=(30, 67), bias=24, polnear=14, basil=12,
                      allsides=16, keep_abbreviations=True),
    "seventeenth": Draw(seed=2042, bias_residue=137, polnear_residues=(11, 59), bias=24, polnear=14, basil=12,
                        allsides=16, keep_abbreviations=True),
    "eighteenth": Draw(seed=2043, bias_residue=44, polnear_residues=(2, 46), bias=24, polnear=14, basil=12,
                       allsides=16, keep_abbreviations=True),
    "nineteenth": Draw(seed=2044, bias_residue=503, polnear_residues=(19, 33), bias=24, polnear=14, basil=12,
                       allsides=16, keep_abbreviations=True),
    "twentieth": Draw(seed=2045, bias_residue=281, polnear_residues=(6, 29), bias=24, polnear=14, basil=12,
                      allsides=16, keep_abbreviations=True),
    "twenty-first": Draw(seed=2046, bias_residue=622, polnear_residues=(14, 63), bias=24, polnear=14, basil=12,
                         allsides=16, keep_abbreviations=True),
    "twenty-second": Draw(seed=2047, bias_residue=347, polnear_residues=(24, 51), bias=24, polnear=14, basil=12,
                          allsides=16, keep_abbreviations=True),
    "twenty-third": Draw(seed=2048, bias_residue=172, polnear_residues=(9, 37), bias=24, polnear=14, basil=12,
                         allsides=16, keep_abbreviations=True),
    # Two more AllSides bodies than the earlier draws, as two scraping leftovers had to be dropped from its 61
    # sentences (the earlier sources' picks are the same: the generator draws AllSides last).
    "twenty-fourth": Draw(seed=2049, bias_residue=459, polnear_residues=(42, 68), bias=24, polnear=14, basil=12,
                          allsides=18, keep_abbreviations=True),
    # BASIL is used up by the earlier draws (every one of its 210 articles holds a table sentence): more bias-corpus and
    # AllSides sentences instead.
    "twenty-fifth": Draw(seed=2050, bias_residue=548, polnear_residues=(16, 55), bias=28, polnear=14, basil=0,
                         allsides=20, keep_abbreviations=True),
    "twenty-sixth": Draw(seed=2051, bias_residue=385, polnear_residues=(31, 64), bias=28, polnear=14, basil=0,
                         allsides=20, keep_abbreviations=True),
    "twenty-seventh": Draw(seed=2052, bias_residue=237, polnear_residues=(20, 49), bias=28, polnear=14, basil=0,
                           allsides=20, keep_abbreviations=True),
    "twenty-eighth": Draw(seed=2053, bias_residue=418, polnear_residues=(1, 53), bias=28, polnear=14, basil=0,
                          allsides=20, keep_abbreviations=True),
    # Session 8: residues no earlier draw used (bias 66 and 328 lie between used ones; PolNeAR 5, 40, 27 and 62).
    "twenty-ninth": Draw(seed=2054, bias_residue=66, polnear_residues=(5, 40), bias=28, polnear=14, basil=0,
                         allsides=20, keep_abbreviations=True),
    # One more AllSides body than twenty-ninth, as three scraping leftovers had to be dropped from its 62 sentences (a
    # link line, a programme promotion, an all-capital editor's note run into a sentence); the other picks are the same.
    "thirtieth": Draw(seed=2055, bias_residue=328, polnear_residues=(27, 62), bias=28, polnear=14, basil=0,
                      allsides=21, keep_abbreviations=True),
    # Session 8, second pair (``tests/test_quantities_session8b.py``): residues no earlier draw used (bias 22 and 678 at
    # the ends of the circle, PolNeAR 3, 38, 21 and 56), the sizes of twenty-ninth.
    "thirty-first": Draw(seed=2056, bias_residue=22, polnear_residues=(3, 38), bias=28, polnear=14, basil=0,
                         allsides=20, keep_abbreviations=True),
    # One more AllSides body than thirty-first, as two scraping leftovers had to be dropped from its 62 sentences (a
    # HuffPost gallery title, an all-capital "PUBLISHED …:" note run into a sentence); the other picks are the same.
    "thirty-second": Draw(seed=2057, bias_residue=678, polnear_residues=(21, 56), bias=28, polnear=14, basil=0,
                          allsides=21, keep_abbreviations=True),
    # Session 9: one draw per module (``tests/test_quantities_session9a.py`` … ``9e``), residues no earlier draw used
    # (bias 110, 197, 591, 154 and 365 in the widest gaps; PolNeAR's unused pairs), the sizes of thirty-first. They
    # were drawn at the same time, so each avoids the tables up to thirty-second only — and they share sentences
    # (thirty-sixth one with thirty-fourth; thirty-seventh two with thirty-third, one with thirty-fourth, two with
    # thirty-sixth), which a later first run must leave out where the earlier table was open to the rules by then.
    # Next time: draw a batch in order, in one process, before handing the draws out.
    "thirty-third": Draw(seed=2058, bias_residue=110, polnear_residues=(7, 41), bias=28, polnear=14, basil=0,
                         allsides=20, keep_abbreviations=True, avoids_through="thirty-second"),
    "thirty-fourth": Draw(seed=2059, bias_residue=197, polnear_residues=(10, 45), bias=28, polnear=14, basil=0,
                          allsides=20, keep_abbreviations=True, avoids_through="thirty-second"),
    # Thirty-fifth's drawer also avoided the texts of thirty-third and thirty-fourth (drawn just before it). Re-run
    # now, its last AllSides pick differs: thirty-third dropped a scraping leftover ("PUBLISHED FEBRUARY 23, 2021: …")
    # whose text is then no longer avoided, and the re-run takes that note, which would be dropped too.
    "thirty-fifth": Draw(seed=2060, bias_residue=591, polnear_residues=(12, 47), bias=28, polnear=14, basil=0,
                         allsides=20, keep_abbreviations=True, avoids_through="thirty-fourth"),
    "thirty-sixth": Draw(seed=2061, bias_residue=154, polnear_residues=(15, 50), bias=28, polnear=14, basil=0,
                         allsides=20, keep_abbreviations=True, avoids_through="thirty-second"),
    "thirty-seventh": Draw(seed=2062, bias_residue=365, polnear_residues=(18, 54), bias=28, polnear=14, basil=0,
                           allsides=20, keep_abbreviations=True, avoids_through="thirty-second"),
    # Session 9, round three (``tests/test_quantities_session9f.py``, ``9g``): bias 639 and 536 in the widest gaps left,
    # PolNeAR's unused pairs; both avoid every table up to thirty-seventh, and thirty-ninth avoids thirty-eighth's
    # picks.
    "thirty-eighth": Draw(seed=2063, bias_residue=639, polnear_residues=(23, 58), bias=28, polnear=14, basil=0,
                          allsides=20, keep_abbreviations=True),
    "thirty-ninth": Draw(seed=2064, bias_residue=536, polnear_residues=(25, 60), bias=28, polnear=14, basil=0,
                         allsides=20, keep_abbreviations=True, avoids_through="thirty-seventh",
                         avoids_draws=("thirty-eighth",)),
    # Session 10 (``tests/test_quantities_session10a.py`` … ``10c``), drawn together while the time reader was written:
    # unused bias residues 250, 470 and 75 and PolNeAR's last unused pairs; each avoids every table up to thirty-ninth
    # and the picks of the draws listed before it in this batch.
    "fortieth": Draw(seed=2065, bias_residue=250, polnear_residues=(28, 65), bias=28, polnear=14, basil=0,
                     allsides=20, keep_abbreviations=True),
    "forty-first": Draw(seed=2066, bias_residue=470, polnear_residues=(32, 69), bias=28, polnear=14, basil=0,
                        allsides=20, keep_abbreviations=True, avoids_through="thirty-ninth",
                        avoids_draws=("fortieth",)),
    "forty-second": Draw(seed=2067, bias_residue=75, polnear_residues=(34, 43), bias=28, polnear=14, basil=0,
                         allsides=20, keep_abbreviations=True, avoids_through="thirty-ninth",
                         avoids_draws=("fortieth", "forty-first")),
    # Session 10, round two (``tests/test_quantities_session10d.py`` … ``10f``): AllSides has no unused story left and
    # PolNeAR train only residue 36, so these take two unused bias residues each; each avoids every table up to
    # forty-second and the picks of the draws listed before it in this batch.
    "forty-third": Draw(seed=2068, bias_residue=290, extra_bias_residues=(520,), polnear_residues=(36,), bias=48,
                        polnear=14, basil=0, allsides=0, keep_abbreviations=True),
    "forty-fourth": Draw(seed=2069, bias_residue=410, extra_bias_residues=(560,), polnear_residues=(), bias=62,
                         polnear=0, basil=0, allsides=0, keep_abbreviations=True, avoids_through="forty-second",
                         avoids_draws=("forty-third",)),
    "forty-fifth": Draw(seed=2070, bias_residue=30, extra_bias_residues=(660,), polnear_residues=(), bias=62,
                        polnear=0, basil=0, allsides=0, keep_abbreviations=True, avoids_through="forty-second",
                        avoids_draws=("forty-third", "forty-fourth")),
    # Session 11 (``tests/test_quantities_session11a.py`` … ``11c``): bias-corpus text only, two unused residues each;
    # each avoids every table up to forty-fifth and the picks of the draws listed before it in this batch.
    "forty-sixth": Draw(seed=2071, bias_residue=50, extra_bias_residues=(600,), polnear_residues=(), bias=62,
                        polnear=0, basil=0, allsides=0, keep_abbreviations=True, avoids_through="forty-fifth"),
    "forty-seventh": Draw(seed=2072, bias_residue=120, extra_bias_residues=(450,), polnear_residues=(), bias=62,
                          polnear=0, basil=0, allsides=0, keep_abbreviations=True, avoids_through="forty-fifth",
                          avoids_draws=("forty-sixth",)),
    "forty-eighth": Draw(seed=2073, bias_residue=230, extra_bias_residues=(580,), polnear_residues=(), bias=62,
                         polnear=0, basil=0, allsides=0, keep_abbreviations=True, avoids_through="forty-fifth",
                         avoids_draws=("forty-sixth", "forty-seventh")),
    # Session 11, round two (``tests/test_quantities_session11d.py`` … ``11f``): as round one, avoiding every table up
    # to forty-eighth.
    "forty-ninth": Draw(seed=2074, bias_residue=100, extra_bias_residues=(640,), polnear_residues=(), bias=62,
                        polnear=0, basil=0, allsides=0, keep_abbreviations=True, avoids_through="forty-eighth"),
    "fiftieth": Draw(seed=2075, bias_residue=200, extra_bias_residues=(540,), polnear_residues=(), bias=62,
                     polnear=0, basil=0, allsides=0, keep_abbreviations=True, avoids_through="forty-eighth",
                     avoids_draws=("forty-ninth",)),
    "fifty-first": Draw(seed=2076, bias_residue=300, extra_bias_residues=(610,), polnear_residues=(), bias=62,
                        polnear=0, basil=0, allsides=0, keep_abbreviations=True, avoids_through="forty-eighth",
                        avoids_draws=("forty-ninth", "fiftieth")),
    # Session 11, round three (``tests/test_quantities_session11g.py`` … ``11i``): as before, avoiding every table up
    # to fiftieth and the picks of fifty-first (handed out in round two, not delivered when these were drawn).
    "fifty-second": Draw(seed=2077, bias_residue=10, extra_bias_residues=(630,), polnear_residues=(), bias=62,
                         polnear=0, basil=0, allsides=0, keep_abbreviations=True, avoids_through="fiftieth",
                         avoids_draws=("fifty-first",)),
    "fifty-third": Draw(seed=2078, bias_residue=60, extra_bias_residues=(380,), polnear_residues=(), bias=62,
                        polnear=0, basil=0, allsides=0, keep_abbreviations=True, avoids_through="fiftieth",
                        avoids_draws=("fifty-first", "fifty-second")),
    "fifty-fourth": Draw(seed=2079, bias_residue=140, extra_bias_residues=(490,), polnear_residues=(), bias=62,
                         polnear=0, basil=0, allsides=0, keep_abbreviations=True, avoids_through="fiftieth",
                         avoids_draws=("fifty-first", "fifty-second", "fifty-third")),
}

_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|twice)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")


def _squash(text: str) -> str:
    return re.sub(r"[\s\\\"]+", " ", text.replace("\xa0", " ").replace('\\"', '"'))


def _is_table(value: object) -> bool:
    """A quantities table: a list of (source, sentence, published, expected) rows."""
    return isinstance(value, list) and bool(value) and isinstance(value[0], tuple) and len(value[0]) == 4 and all(
        isinstance(row, tuple) and isinstance(row[1], str) for row in value
    )  # not a list of gates ("tenth", TENTH, minimum, minimum)


def _earlier_sentences(own: str) -> list[str]:
    """Every sentence of every quantities table drawn before draw ``own`` (the hand-made tables always count).

    Tables of draws listed after ``own`` in ``DRAWS`` are left out, so a draw comes out the same whenever it is re-run
    and draws made at the same time do not depend on which of them was committed first.
    """
    sys.path[:0] = [str(REPO / "src"), str(REPO)]
    import importlib

    order = [name.upper().replace("-", "_") for name in DRAWS]
    through = DRAWS[own].avoids_through
    later = set(order[order.index(own.upper().replace("-", "_")) if through is None
                      else order.index(through.upper().replace("-", "_")) + 1:])
    tables = []
    for path in sorted((REPO / "tests").glob("test_quantities*.py")):
        module = importlib.import_module(f"tests.{path.stem}")
        tables += [getattr(module, name) for name in dir(module)
                   if name.isupper() and name not in later and _is_table(getattr(module, name))]
    return [_squash(sentence) for table in tables for _, sentence, _, _ in table]


_ABBREVIATION = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|No|Vol)|\b[A-Z]\.[A-Z]"
    r"|\b[A-Z])\.$"
)


def _sentences(text: str, keep_abbreviations: bool = False) -> list[str]:
    pieces = [s.strip() for s in _SENTENCE_END.split(re.sub(r"[ \t]+", " ", text)) if s.strip()]
    if not keep_abbreviations:
        return pieces
    joined: list[str] = []
    for piece in pieces:
        if joined and _ABBREVIATION.search(joined[-1]):
            joined[-1] += " " + piece
        else:
            joined.append(piece)
    return joined


def _pick(text: str, rng: random.Random, earlier: list[str], keep_abbreviations: bool) -> str | None:
    squashed = _squash(text)
    if any(sentence[:80] in squashed for sentence in earlier):
        return None  # a text an earlier table drew from
    candidates = [s for s in _sentences(text, keep_abbreviations)
                  if 30 <= len(s) <= 400 and _NUMBER.search(s) and "\n" not in s]
    return rng.choice(candidates) if candidates else None


def draw(name: str) -> list[tuple[str, str, str | None]]:
    """The (source, sentence, published) triples of draw ``name``, in drawing order."""
    rules = DRAWS[name]
    residues = (rules.bias_residue, *rules.extra_bias_residues)
    if reserved := sorted(set(residues) & set(AUDIT_RESIDUES)):
        raise SystemExit(f"draw {name}: bias residues {reserved} are reserved for the quantities audit")
    rng = random.Random(rules.seed)
    earlier = _earlier_sentences(name) + [_squash(s) for other in rules.avoids_draws for _, s, _ in draw(other)]
    picked: list[tuple[str, str, str | None]] = []

    def take(source: str, text: str, published: str | None, quota: int) -> bool:
        sentence = _pick(text, rng, earlier, rules.keep_abbreviations)
        if sentence is not None:
            picked.append((source, sentence, published))
        return sum(1 for s, _, _ in picked if s == source) >= quota

    with gzip.open(SHARED / "corpus" / "bias-corpus" / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % 700 in residues:
                article = json.loads(line)
                if take("bias", article["text"], article.get("published") or None, rules.bias):
                    break
    dates = {}
    for row in (SHARED / "eval" / "polnear" / "metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        fields = row.split("\t")
        dates[fields[1]] = fields[5]
    texts = sorted((SHARED / "eval" / "polnear" / "train" / "text").glob("*.txt"))
    for index, path in enumerate(texts):
        if index % 70 in rules.polnear_residues and take(
            "polnear", path.read_text(encoding="utf-8"), dates.get(path.stem), rules.polnear
        ):
            break
    basil = sorted((SHARED / "eval" / "basil" / "articles").glob("*/*.json"))
    rng.shuffle(basil)
    for path in basil:
        article = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = article["body-paragraphs"]  # a list, or a Python-literal string of one
        paragraphs = ast.literal_eval(paragraphs) if isinstance(paragraphs, str) else paragraphs
        body = " ".join(" ".join(p) if isinstance(p, list) else str(p) for p in paragraphs)
        if take("basil", body, article.get("date"), rules.basil):
            break
    stories = [json.loads(line) for line in (SHARED / "eval" / "allsides" / "roundups.jsonl").read_text(
        encoding="utf-8").splitlines()]
    rng.shuffle(stories)
    for story in stories:
        side = rng.choice(sorted(story["news"]))
        body = story["news"][side].get("newBody") or ""
        body = body if isinstance(body, str) else " ".join(body)
        if take("allsides", body, story["date"][:10], rules.allsides):
            break
    return picked


def main() -> None:
    for source, sentence, published in draw(sys.argv[1]):
        print(f"    ({source!r}, {sentence!r}, {published!r},\n     []),")


if __name__ == "__main__":
    main()
