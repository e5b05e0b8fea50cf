"""Every model loads from site-packages with the network off, and gives real output.

The check runs in a fresh interpreter where any socket connection raises, so a model that reaches for a hub or a
website fails here rather than in a user's air-gapped newsroom.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

NO_NETWORK = textwrap.dedent(
    """
    import socket

    def _refuse(*args, **kwargs):
        raise OSError("network is off in this test")

    socket.socket.connect = _refuse
    socket.socket.connect_ex = _refuse
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse
    """
)

LOAD_MODELS = textwrap.dedent(
    """
    import numpy as np
    from storylens.nlp import Resources

    resources = Resources()
    doc = resources.spacy("NATO Secretary General Mark Rutte spoke in Berlin on Monday.")
    assert any(ent.label_ == "PERSON" and "Rutte" in ent.text for ent in doc.ents), doc.ents
    vectors = resources.embedder.embed(["Rutte urges allied unity", "NATO chief calls for unity", "Rain in Lisbon"])
    assert vectors.shape == (3, 384) and np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-3)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2

    from storylens.extract.checkworthy import CheckworthyModel

    model = CheckworthyModel.load(resources)
    high, low = model.score(["Unemployment fell to 3.5 percent last year.", "Thank you all for coming tonight."])
    assert high > low, (high, low)
    assert model.encoder is not None, "checkworthy-encoder-v2.onnx did not load"
    fact, thanks = model.encoder.logits(
        ["Unemployment fell to 3.5 percent last year.", "Thank you all for coming tonight."]
    )
    assert fact > 0 > thanks, (fact, thanks)

    from storylens.extract.attribution_tagger import AttributionTagger, tag_attributions

    text = "Senator Elizabeth Warren said on Tuesday that the new tax bill would fail in the Senate."
    found = tag_attributions(text, [(0, len(text))], AttributionTagger.load(resources))
    assert any(a.cue is not None and "would fail" in text[a.start : a.end] for a in found), found

    from storylens.stories.encoder import StoryEncoder

    story = StoryEncoder(resources.settings.models).embed(
        ["Rutte urges allied unity at NATO summit", "NATO chief calls for unity among allies", "Rain in Lisbon"]
    )
    assert story.shape == (3, 384) and story[0] @ story[1] > story[0] @ story[2] + 0.2
    print("offline-ok")
    """
)


def test_models_load_with_network_off() -> None:
    result = subprocess.run(
        [sys.executable, "-c", NO_NETWORK + LOAD_MODELS],
        capture_output=True,
        text=True,
        timeout=300,
        env={"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "offline-ok" in result.stdout
