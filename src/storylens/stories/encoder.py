"""The story encoder at run time: all-MiniLM-L6-v2 fine-tuned to tell stories apart, int8 ONNX, no torch.

``resources/stories-encoder-v1.onnx`` is the model trained by :mod:`storylens.stories.train_encoder` (see there for
data, split and command), exported to ONNX and quantised to int8. It reads the same input as the general embedder
(the BERT-uncased ``tokenizer.json`` shipped in this package, 128 tokens, mean pooling, unit length), so
:class:`StoryEncoder` is an :class:`~storylens.nlp.embed.Embedder` with another model file: batching, padding and
pooling are the embedder's, not repeated here. Its weights are int8 and its arithmetic float32, like the general
embedder's package, cosine 0.9995 to the fp32 fine-tuned model (min 0.9991). Session 4 rewrote the graph's
``DequantizeLinear`` nodes as ``Cast`` + ``Mul`` (:func:`storylens.nlp.training.dequantise_by_cast_and_mul`; same
int8 weights): onnxruntime had run them as integer MatMuls over quantised activations. 300 AllSides title + lead
texts, one thread: 16.3 CPU s against 24.1 before, cosine 0.9999 (min 0.9998) between the two graphs.

AllSides roundups, weights :data:`STORY_ENCODER_TUNING` (``python -m storylens.evaluate.stories --encoder stories``),
pairwise F1 / B-cubed F1, against the general embedder with its weights:

* dates spread ±36 h, odd (held out): **0.919** / 0.961 (general 0.907 / 0.953); all: 0.838 / 0.930 (0.814 / 0.911;
  the even half was trained on);
* no dates, odd (held out): 0.616 / 0.833 (general 0.657 / 0.839) — worse; all: 0.576 / 0.793 (0.596 / 0.788).

Validation on the even folds had promised both (spread 0.903 → 0.919, no dates 0.722 → 0.737): the held-out
undated stream did not follow.

Session 5 measured the event-day signal (:mod:`storylens.stories.event_time`) with this encoder: chosen on the even
roundups, where it lifted both streams (fit on one fold, cluster the whole even stream, score the other fold:
spread 0.893 → 0.926, no dates 0.682 → 0.742), it lowered the held-out spread figure, the issue's measure, from 0.919
/ 0.961 to 0.893 / 0.949 (precision 0.903 → 0.859), while raising the held-out undated figure (0.616 → 0.629) and the
all-stories ones (spread 0.838 → 0.849, undated 0.576 → 0.634). A change that fails the held-out check of the
default configuration is not shipped: this encoder keeps session 4's weights with the signal at weight 0. (The
general embedder keeps the signal: its held-out figures all rose; see
:class:`~storylens.stories.cluster.ClusterTuning`.)

Session 6 measured the clusterer's first and second look (:mod:`storylens.stories.cluster`) with this encoder. Chosen
on the even roundups (out-of-fold vectors, these weights: spread 0.876 → 0.888, no dates 0.741 → 0.772; weights
fitted fold-wise: 0.893 → 0.918, 0.682 → 0.721), held out it lowered the dates-spread figure 0.919 / 0.961 → 0.915 /
0.960 (precision 0.903 → 0.886, recall 0.936 → 0.945) while raising no dates 0.616 → 0.636 and the all-stories
figures (spread 0.838 → 0.852, no dates 0.576 → 0.672). As in session 5, the held-out spread figure decides: both
looks are off in :data:`STORY_ENCODER_TUNING`. The general embedder with them now scores higher held out than this
encoder on both streams (spread 0.927 / 0.965, no dates 0.692 / 0.850) — and on the even half too (spread 0.891,
fold-wise 0.921; no dates 0.789, 0.803).

Session 8 refitted this encoder's weights with both looks and session 7's farthest-member signal (the general
model's clusterer; even roundups embedded out of fold, where it led: spread 0.895, no dates 0.841 against the general
model's 0.891 / 0.802) and read the odd half once (``python -m storylens.evaluate.stories --encoder stories
--general-tuning --fit --fit-embeddings /tmp/stories_e4/ft4-oof.npy``): spread 0.908 / 0.953 (precision 0.878),
no dates 0.714 / 0.870; all 299 0.867 / 0.943, 0.716 / 0.862. The dates-spread figure fell below both the general
default (0.936 / 0.970) and these weights (0.919): the general model stays the default and these weights stay
(``storylens.evaluate.stories.CANDIDATE_SIGNALS_MEASURED``).
"""

from __future__ import annotations

from importlib import resources

from storylens.errors import ModelError
from storylens.nlp.embed import TOKENIZER_RESOURCE, Embedder, onnx_session
from storylens.settings import ModelSettings
from storylens.stories.cluster import ClusterTuning

__all__ = ["ENCODER_RESOURCE", "MODEL_ID", "STORY_ENCODER_TUNING", "StoryEncoder"]

ENCODER_RESOURCE = "stories-encoder-v1.onnx"
#: Stored with cached embeddings, so vectors of the general embedder are never mistaken for these.
MODEL_ID = "storylens-stories-encoder-v1"

#: The clusterer's weights for this encoder's vectors: fitted on the even roundups with *out-of-fold* embeddings
#: (each even roundup embedded by an encoder trained without it), so they expect the cosines of unseen stories.
#: ``python -m storylens.evaluate.stories --fit --fit-embeddings /tmp/stories_e4/ft4-oof.npy --signals
#: centroid,nearest,core,keyword,title,gap,candidates,mean`` (session 4's signals, without event_gap) reproduces them.
STORY_ENCODER_TUNING = ClusterTuning(
    intercept=-11.409,
    centroid_weight=4.662,
    nearest_weight=4.604,
    keyword_weight=0.816,
    gap_weight=-3.101,
    candidates_weight=-1.146,
    core_weight=4.662,
    title_weight=-0.147,
    mean_weight=6.430,
    # Session 5's event-day signal is off for this encoder: refitted with it on the even roundups (intercept
    # -10.666, event_gap_weight -1.659, …) it lowered the held-out spread figure 0.919 -> 0.893, so session 4's
    # weights stay (see the module docstring).
    event_gap_weight=0.0,
    # Session 6's first and second look are off for this encoder: chosen on the even roundups, where they lifted it
    # (out-of-fold vectors, spread 0.876 -> 0.888, fold-wise 0.893 -> 0.918; no dates 0.741 -> 0.772, 0.682 ->
    # 0.721), held out they lowered the spread figure 0.919 -> 0.915 (no dates 0.616 -> 0.636, all 0.838 -> 0.852,
    # no dates all 0.576 -> 0.672), while the general embedder gained on every held-out figure (see the docstring).
    first_look_logit=0.0,
    second_look_stories=0,
    # Session 7's farthest-member signal is off here: refitted with it and both looks in session 8 (farthest 6.254),
    # the held-out spread figure fell 0.919 -> 0.908 (no dates 0.616 -> 0.714; see the module docstring).
    farthest_weight=0.0,
)


class StoryEncoder(Embedder):
    """Embeds an article's title + lead for story clustering. Build one per process (``Resources.extra``)."""

    def __init__(self, settings: ModelSettings | None = None) -> None:
        from tokenizers import Tokenizer

        self.settings = settings or ModelSettings()
        model_file = resources.files("storylens.resources").joinpath(ENCODER_RESOURCE)
        if not model_file.is_file():
            raise ModelError(
                f"story encoder {ENCODER_RESOURCE} is missing from storylens.resources: reinstall storylens"
            )
        self.model_id = MODEL_ID
        self._session = onnx_session(model_file.read_bytes(), self.settings.onnx_threads)
        tokenizer_file = resources.files("storylens.resources").joinpath(TOKENIZER_RESOURCE)
        self._tokenizer = Tokenizer.from_str(tokenizer_file.read_text(encoding="utf-8"))
        self._tokenizer.enable_truncation(max_length=self.settings.embedding_max_tokens)
        self._tokenizer.no_padding()
        self.dimension = 384
