"""Stories: near-duplicate copies (MinHash LSH) and incremental story clustering over a stream of articles."""
