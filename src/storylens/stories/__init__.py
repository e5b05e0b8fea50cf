"""Stories: near-duplicate copies (MinHash LSH) and incremental story clustering over a stream of articles.

* :class:`~storylens.stories.dedupe.NearDuplicateIndex` — syndicated and lightly edited copies, each with its
  duplicate group and earliest copy;
* :class:`~storylens.stories.cluster.StoryClusterer` — articles grouped into stories as they arrive.
"""

from storylens.stories.cluster import ClusterTuning, StoryClusterer, StoryItem, cluster_stream
from storylens.stories.dedupe import DuplicateGroup, DuplicateMatch, NearDuplicateIndex

__all__ = [
    "ClusterTuning",
    "DuplicateGroup",
    "DuplicateMatch",
    "NearDuplicateIndex",
    "StoryClusterer",
    "StoryItem",
    "cluster_stream",
]
