"""Records round-trip through their dict form (the JSON contract's shapes) unchanged."""

from __future__ import annotations

import json

from storylens.records import (
    Actor,
    ActorKind,
    Alignment,
    Article,
    ArticleAnalysis,
    Claim,
    Mention,
    Quantity,
    Quote,
    Relation,
    Segment,
    SegmentKind,
    Sourcing,
    SpanRef,
    Speaker,
    SpeakerKind,
    Stance,
    Story,
)


def test_every_record_round_trips_through_json() -> None:
    text = "Rutte said: 'We agreed on 5% of GDP.'"
    article = Article("a1", "x.txt", "Outlet", "T", "2025-06-25", "en", text,
                      (Segment(SegmentKind.PARAGRAPH, 0, len(text), text),))
    speaker = Speaker("actor-1", "Rutte", 0, 5, SpeakerKind.NAMED)
    quote = Quote("q1", "a1", 13, 36, text[13:36], True, "said", speaker, 6, 10, "say", False,
                  (SpanRef(13, 36),))
    quantity = Quantity("5% of GDP", 5.0, "percent", "GDP", "exact", "2035", 26, 35)
    claim = Claim("c1", "a1", 12, 37, text[12:37], 0.91, False, "actor-1", ("actor-1",), (quantity,),
                  places=("Berlin",))
    actor = Actor("actor-1", "Mark Rutte", ActorKind.PERSON, ("Rutte",), (Mention("a1", 0, 5, "Rutte"),))
    records = [
        article, quote, claim, actor,
        ArticleAnalysis("a1", (actor,), (quote,), (claim,), Sourcing("a1", named=1, hedges=("reportedly",))),
        Story("s1", "NATO", ("a1",), "2025-06-25", "2025-06-26", ("Outlet",)),
        Alignment("al1", Relation.CONFLICT, ("c1", "c2"), "place differs: Berlin vs Brussels"),
        Stance("a1", "actor-1", -0.4, (SpanRef(0, 10),)),
    ]
    for record in records:
        data = json.loads(json.dumps(record.to_dict()))
        assert type(record).from_dict(data) == record  # type: ignore[attr-defined]


def test_contract_shapes() -> None:
    speaker = Speaker(None, "a source close to Rutte", 10, 33, SpeakerKind.ANONYMOUS).to_dict()
    assert speaker == {"actor": None, "text": "a source close to Rutte", "start": 10, "end": 33, "kind": "anonymous"}
    segment = Segment(SegmentKind.TEASER, 3, 9, "NATO …").to_dict()
    assert segment == {"kind": "teaser", "start": 3, "end": 9, "text": "NATO …"}
