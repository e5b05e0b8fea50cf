"""Actors: the people, organisations, countries, groups and documents an article mentions, resolved.

spaCy's NER (en_core_web_sm) finds PERSON, ORG, GPE and NORP names; documents ("the 2025 National Security
Strategy") are capitalised noun phrases headed by a document noun. Within one article, mentions are linked by rules
that only use what the article itself says:

* surnames: "Rutte" joins "Mark Rutte" (whatever label NER gave the bare surname);
* titles and appositions: "NATO Secretary General Mark Rutte" teaches that Rutte's roles are "secretary" and
  "general" and his affiliation is NATO, so "the Secretary General" and "the NATO chief" later link to him; a bare
  role description ("the former Dutch prime minister") with no learnt match links to the person mentioned last,
  if that mention is in the same or the previous sentence;
* documents: "(NSS)" after a name, or an acronym of its initials, is an alias; "the strategy document", "the
  document", "the report" link to the document mentioned last;
* "he"/"she"/"it" as the subject of a speech, belief or attitude verb link to the person (or document/organisation)
  mentioned last;
* a name found only in headline-case titles and headings (where NER mistakes capitalised words for names) counts
  only if the prose names it too, or if it is an acronym;
* a one-word organisation, place or person entity that is an adjective ("“Allied defence spending"") is no name.

Across articles (:func:`merge_actors`), a lone surname joins the one full name that ends with it, and a one-word
organisation or place that is exactly one person's name or surname ("Trump's leadership" tagged ORG) is that person.

Hand-written because no PyPI coreference resolver runs without torch; these rules cover the news patterns
(titles, appositions, surnames, role descriptions) that matter for attributing quotes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from storylens.extract.parse import ParsedArticle
from storylens.extract.quote_cues import BELIEF_VERBS, DOCUMENT_NOUNS, ROLE_NOUNS, SPEECH_VERBS, STANCE_VERBS
from storylens.records import Actor, ActorKind, Mention, SegmentKind

__all__ = ["actor_id", "find_actors", "merge_actors", "normalise_name"]

_LABEL_KINDS: dict[str, ActorKind] = {
    "PERSON": ActorKind.PERSON,
    "ORG": ActorKind.ORGANIZATION,
    "GPE": ActorKind.COUNTRY,
    "NORP": ActorKind.GROUP,
}
_HEADLINE_KINDS = frozenset({SegmentKind.TITLE, SegmentKind.HEADING})
# Kinds NER gives a person's name by mistake when the context is thin ("Trump's leadership" → ORG).
_PERSON_LOOKALIKE_KINDS = frozenset({ActorKind.ORGANIZATION, ActorKind.COUNTRY})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_THING_PRONOUNS = frozenset({"it"})
# A role description links to the last person only if that person was mentioned this close before (characters).
_ROLE_FALLBACK_WINDOW = 400
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def normalise_name(name: str) -> str:
    """Casefolded, accent-free, single-spaced name without a leading article or trailing possessive."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _POSSESSIVE.sub("", text.strip())
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    text = text.replace("’", "'").casefold()
    return " ".join(text.replace(".", ". ").split()).replace(". ", ".").strip(". ") or text.strip()


def actor_id(kind: ActorKind, name: str) -> str:
    """Stable actor id: a short hash of the kind and the normalised canonical name."""
    digest = hashlib.sha1(f"{kind.value}:{normalise_name(name)}".encode()).hexdigest()
    return f"{kind.value[:3]}_{digest[:12]}"


@dataclass
class _Draft:
    """An actor being assembled within one article (mutable while resolving, frozen into :class:`Actor`)."""

    name: str
    kind: ActorKind
    aliases: set[str] = field(default_factory=set)
    mentions: dict[tuple[int, int], str] = field(default_factory=dict)
    roles: set[str] = field(default_factory=set)  # lowercase role words seen next to the name
    affiliations: set[str] = field(default_factory=set)  # normalised names of orgs/countries in its titles
    acronyms: set[str] = field(default_factory=set)

    def add(self, start: int, end: int, text: str) -> None:
        self.mentions[(start, end)] = text
        self.aliases.add(text)

    @property
    def surname(self) -> str:
        return normalise_name(self.name).split()[-1]


@dataclass
class _Resolver:
    """Resolution state for one article: drafts and the order of their mentions."""

    article_id: str
    drafts: list[_Draft] = field(default_factory=list)

    def person_by_surname(self, surname: str) -> _Draft | None:
        matches = [d for d in self.drafts if d.kind is ActorKind.PERSON and d.surname == surname]
        longest = sorted(matches, key=lambda d: (-len(d.name.split()), d.name))
        return longest[0] if longest else None

    def find(self, kind: ActorKind, name: str) -> _Draft | None:
        key = normalise_name(name)
        for draft in self.drafts:
            if draft.kind is kind and (normalise_name(draft.name) == key or key in {
                normalise_name(a) for a in draft.aliases
            }):
                return draft
        return None

    def last_before(self, offset: int, kinds: set[ActorKind], window: int | None = None) -> _Draft | None:
        best: tuple[int, _Draft] | None = None
        for draft in self.drafts:
            if draft.kind not in kinds:
                continue
            for _start, end in draft.mentions:
                if end <= offset and (window is None or offset - end <= window) and (best is None or end > best[0]):
                    best = (end, draft)
        return best[1] if best else None


def _clean_entity(ent: Span) -> tuple[int, int, str] | None:
    """(start_char, end_char, text) of an entity without a leading "the" or a trailing possessive, in doc offsets."""
    tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the") and t.tag_ != "POS"]
    while tokens and tokens[-1].text in {"'s", "’s", "'", "’"}:
        tokens.pop()
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = ent.doc.text[start:end]
    stripped = _POSSESSIVE.sub("", text)
    if stripped != text and stripped:
        end = start + len(stripped)
        text = stripped
    if not any(ch.isalpha() for ch in text):
        return None
    return start, end, text


def _title_tokens(ent: Span) -> list[Token]:
    """Tokens just before a PERSON entity that title it: "NATO Secretary General [Mark Rutte]"."""
    doc = ent.doc
    tokens: list[Token] = []
    i = ent.start - 1
    while i >= 0:
        token = doc[i]
        if token.pos_ in {"PROPN", "NOUN", "ADJ"} and token.dep_ in {"compound", "amod", "nmod", "npadvmod"} and (
            (token.head.i >= ent.start and token.head.i < ent.end) or token.head.i > i
        ):
            tokens.insert(0, token)
            i -= 1
            continue
        if token.text in {"-", "–"} and tokens:
            i -= 1
            continue
        break
    return tokens


def _appositive_roles(ent: Span) -> list[Token]:
    """Role nouns in an apposition: "Mark Rutte, the NATO chief," → the chunk "the NATO chief"."""
    found: list[Token] = []
    for child in ent.root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            found.extend(t for t in child.subtree if t.i <= child.i)
    return found


def _document_spans(doc: Doc) -> list[tuple[int, int, str, str | None]]:
    """Named documents: (start, end, name, acronym) for capitalised noun phrases headed by a document noun."""
    found: list[tuple[int, int, str, str | None]] = []
    for token in doc:
        if token.lemma_.lower() not in DOCUMENT_NOUNS or not token.text[:1].isupper() or token.i == token.sent.start:
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper() and doc[token.i + 1].pos_ == "PROPN":
            continue  # not the end of the name
        begin = token.i
        while begin - 1 >= 0 and (
            (doc[begin - 1].text[:1].isupper() and doc[begin - 1].pos_ in {"PROPN", "NOUN", "ADJ"})
            or (doc[begin - 1].like_num and len(doc[begin - 1].text) == 4)
        ):
            begin -= 1
        if begin == token.i and not token.ent_type_:
            continue  # a lone capitalised document noun ("Report") is not a name
        if any(t.ent_type_ == "PERSON" for t in doc[begin : token.i + 1]):
            continue
        acronym = None
        after = doc[token.i + 1 : token.i + 4]
        if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and after[1].text.isupper():
            acronym = after[1].text
        start, end = doc[begin].idx, token.idx + len(token.text)
        found.append((start, end, doc.text[start:end], acronym))
    return found


def _entity_priority(ent: Span, text: str) -> int:
    """Full person names resolve first, then other person names, then the rest (so surnames find their owner)."""
    if ent.label_ == "PERSON":
        return 0 if len(text.split()) > 1 else 1
    return 2


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def find_actors(parsed: ParsedArticle) -> tuple[Actor, ...]:
    """The actors of one article, resolved within it, each with every mention (article offsets) and alias."""
    resolver = _Resolver(parsed.article.id)
    spans_taken: set[tuple[int, int]] = set()

    # Pass 1: names. Multi-word person names first, so that bare surnames can join them.
    entities: list[tuple[int, Span, int, int, str]] = []
    for seg in parsed.segments:
        for ent in seg.doc.ents:
            if ent.label_ not in _LABEL_KINDS:
                continue
            if ent.label_ != "NORP" and len(ent) == 1 and ent[0].pos_ == "ADJ":
                continue  # "“Allied defence spending …”": a capitalised adjective is no name (nationalities are NORP)
            cleaned = _clean_entity(ent)
            if cleaned is None:
                continue
            start, end, text = cleaned
            entities.append((seg.offset, ent, seg.offset + start, seg.offset + end, text))
    # Headline case fools NER ("NATO Chief Navigates Transatlantic Rift" → an organisation "Navigates Transatlantic
    # Rift"): a name found only in titles and headings counts when the prose names it too, or is an acronym.
    headline_offsets = {s.offset for s in parsed.segments if s.segment.kind in _HEADLINE_KINDS}
    prose_names = {normalise_name(e[4]) for e in entities if e[0] not in headline_offsets}
    entities = [
        e for e in entities if e[0] not in headline_offsets or normalise_name(e[4]) in prose_names or e[4].isupper()
    ]
    entities.sort(key=lambda e: (_entity_priority(e[1], e[4]), e[2]))

    for offset, ent, start, end, text in entities:
        kind = _LABEL_KINDS[ent.label_]
        draft: _Draft | None = None
        words = normalise_name(text).split()
        if len(words) == 1:
            draft = resolver.person_by_surname(words[0])
        if draft is None and kind is ActorKind.PERSON and len(words) > 1:
            draft = resolver.find(kind, text)
        if draft is None and kind is not ActorKind.PERSON:
            draft = resolver.find(kind, text) or next(
                (d for d in resolver.drafts if d.kind is kind and text in d.acronyms), None
            )
        if draft is None:
            draft = _Draft(text, kind)
            resolver.drafts.append(draft)
        draft.add(start, end, text)
        spans_taken.add((start, end))
        if draft.kind is ActorKind.PERSON:
            for token in [*_title_tokens(ent), *_appositive_roles(ent)]:
                if token.ent_type_ in {"ORG", "GPE", "NORP"}:
                    draft.affiliations.add(normalise_name(token.text))
                elif token.pos_ in {"NOUN", "PROPN"} and token.lower_ not in {"the", "a", "an"}:
                    draft.roles.add(token.lemma_.lower())
        del offset
    # Bare surnames NER missed or mislabelled ("Costa remarked" tagged as a place).
    for seg in parsed.segments:
        for token in seg.doc:
            if token.pos_ != "PROPN" or not token.text[:1].isupper():
                continue
            start = seg.offset + token.idx
            end = start + len(token.text)
            if any(s <= start < e for s, e in spans_taken):
                continue
            draft = resolver.person_by_surname(normalise_name(token.text))
            if draft is not None:
                draft.add(start, end, token.text)
                spans_taken.add((start, end))

    # Pass 2: named documents, their acronyms, and acronyms used later.
    for seg in parsed.segments:
        for start, end, text, acronym in _document_spans(seg.doc):
            a_start, a_end = seg.offset + start, seg.offset + end
            name_key = normalise_name(re.sub(r"^\d{4}\s+", "", text))
            draft = next(
                (
                    d
                    for d in resolver.drafts
                    if d.kind is ActorKind.DOCUMENT
                    and normalise_name(re.sub(r"^\d{4}\s+", "", d.name)) == name_key
                ),
                None,
            )
            if draft is None:
                draft = _Draft(text, ActorKind.DOCUMENT)
                resolver.drafts.append(draft)
            elif len(text) > len(draft.name):
                draft.name = text
            draft.add(a_start, a_end, text)
            draft.acronyms.add(_initials(re.sub(r"^\d{4}\s+", "", text)))
            if acronym:
                draft.acronyms.add(acronym)
            # The ORG entity NER may have made of the same words is this document, not an organisation.
            for other in list(resolver.drafts):
                if other is draft or other.kind is ActorKind.PERSON:
                    continue
                for span in list(other.mentions):
                    if a_start <= span[0] and span[1] <= a_end:
                        del other.mentions[span]
                if not other.mentions:
                    resolver.drafts.remove(other)
    documents = [d for d in resolver.drafts if d.kind is ActorKind.DOCUMENT]
    for draft in list(resolver.drafts):
        if draft.kind is ActorKind.DOCUMENT:
            continue
        for doc_draft in documents:
            if draft.name in doc_draft.acronyms and draft.kind is ActorKind.ORGANIZATION:
                for (s, e), text in draft.mentions.items():
                    doc_draft.add(s, e, text)
                resolver.drafts.remove(draft)
                break

    # Pass 3: descriptions and pronouns, in reading order, against what was mentioned before.
    for seg in parsed.segments:
        chunks = list(seg.doc.noun_chunks)
        # Possessive descriptions inside a chunk: "[The NATO chief]'s visit".
        chunks += [seg.doc[t.left_edge.i : t.i + 1] for t in seg.doc if t.dep_ == "poss" and t.pos_ == "NOUN"]
        for chunk in sorted(chunks, key=lambda c: c.start):
            _resolve_description(resolver, chunk, seg.offset, spans_taken)
        for token in seg.doc:
            _resolve_pronoun(resolver, token, seg.offset)

    actors = []
    for draft in resolver.drafts:
        if not draft.mentions:
            continue
        mentions = tuple(
            Mention(parsed.article.id, s, e, text) for (s, e), text in sorted(draft.mentions.items())
        )
        aliases = tuple(sorted(a for a in draft.aliases if a != draft.name))
        actors.append(Actor(actor_id(draft.kind, draft.name), draft.name, draft.kind, aliases, mentions))
    return tuple(sorted(actors, key=lambda a: a.mentions[0].start))


def _resolve_description(resolver: _Resolver, chunk: Span, offset: int, taken: set[tuple[int, int]]) -> None:
    """Link a definite description ("the NATO chief", "the strategy document") to an actor named before."""
    if chunk[0].lower_ not in {"the", "this", "that"} or any(t.ent_type_ == "PERSON" for t in chunk):
        return
    head = chunk.root
    lemma = head.lemma_.lower()
    start, end = offset + chunk.start_char, offset + chunk.end_char
    if any(s <= start < e or s < end <= e for s, e in taken):
        return
    words = {t.lemma_.lower() for t in chunk if t.pos_ in {"NOUN", "PROPN"}}
    entities = {normalise_name(t.text) for t in chunk if t.ent_type_ in {"ORG", "GPE", "NORP"}}
    if lemma in DOCUMENT_NOUNS and head.pos_ == "NOUN" and head.text[:1].islower():
        document = resolver.last_before(start, {ActorKind.DOCUMENT})
        if document is not None:
            document.add(start, end, chunk.text)
            taken.add((start, end))
        return
    acronym = next((t.text for t in chunk if t.text.isupper() and len(t.text) > 1), None)
    if acronym:
        for draft in resolver.drafts:
            if draft.kind is ActorKind.DOCUMENT and acronym in draft.acronyms:
                draft.add(start, end, chunk.text)
                taken.add((start, end))
                return
    if head.pos_ != "NOUN" or (lemma not in ROLE_NOUNS and not any(lemma in d.roles for d in resolver.drafts)):
        return
    persons = [d for d in resolver.drafts if d.kind is ActorKind.PERSON and d.mentions and min(d.mentions)[0] < start]
    learnt = [d for d in persons if (entities and entities <= d.affiliations) or (words and words <= d.roles)]
    target: _Draft | None = None
    if len(learnt) == 1:
        target = learnt[0]
    elif not learnt and lemma in ROLE_NOUNS and head.dep_ in {"nsubj", "nsubjpass"}:
        # A bare role description as a sentence subject refers back to the person just mentioned.
        target = resolver.last_before(start, {ActorKind.PERSON}, _ROLE_FALLBACK_WINDOW)
    elif len(learnt) > 1:
        target = resolver.last_before(start, {ActorKind.PERSON})
        target = target if target in learnt else None
    if target is not None:
        target.add(start, end, chunk.text)
        taken.add((start, end))


def _resolve_pronoun(resolver: _Resolver, token: Token, offset: int) -> None:
    """Link "he"/"she"/"it" as the subject of a speech, belief or attitude verb to the person (or thing) mentioned
    last."""
    lower = token.lower_
    if token.dep_ not in {"nsubj", "nsubjpass"} or lower not in _PERSON_PRONOUNS | _THING_PRONOUNS:
        return
    verb = token.head
    if verb.lemma_.lower() not in SPEECH_VERBS | BELIEF_VERBS | STANCE_VERBS:
        return
    start = offset + token.idx
    kinds = {ActorKind.PERSON} if lower in _PERSON_PRONOUNS else {ActorKind.DOCUMENT, ActorKind.ORGANIZATION}
    target = resolver.last_before(start, kinds)
    if target is not None:
        target.add(start, start + len(token.text), token.text)


def merge_actors(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    """Merge actors across articles: same id → one actor; a lone surname joins the unique full name that ends
    with it (same kind). The result is ordered by id, whatever the input order."""
    by_id: dict[str, list[Actor]] = {}
    for actor in actors:
        by_id.setdefault(actor.id, []).append(actor)
    merged: dict[str, Actor] = {aid: _union(group) for aid, group in by_id.items()}
    full_names: dict[tuple[ActorKind, str], list[Actor]] = {}
    for actor in merged.values():
        words = normalise_name(actor.name).split()
        if actor.kind is ActorKind.PERSON and len(words) > 1:
            full_names.setdefault((actor.kind, words[-1]), []).append(actor)
    for aid in sorted(merged):
        actor = merged[aid]
        words = normalise_name(actor.name).split()
        if actor.kind is not ActorKind.PERSON or len(words) != 1:
            continue
        candidates = full_names.get((actor.kind, words[0]), [])
        if len(candidates) == 1:
            target = merged[candidates[0].id]
            merged[target.id] = _union([target, actor], keep=target)
            del merged[aid]
    # NER sometimes labels a person's name an organisation or a place where the context is thin ("Trump's
    # leadership" → ORG): a one-word non-person name that is a person's name or the surname of exactly one person
    # elsewhere in the corpus is that person.
    persons: dict[str, list[Actor]] = {}
    for actor in merged.values():
        if actor.kind is ActorKind.PERSON:
            words = normalise_name(actor.name).split()
            persons.setdefault(words[-1], []).append(actor)
    for aid in sorted(merged):
        actor = merged[aid]
        words = normalise_name(actor.name).split()
        if actor.kind not in _PERSON_LOOKALIKE_KINDS or len(words) != 1:
            continue
        owners = {a.id for a in persons.get(words[0], [])}
        if len(owners) == 1:
            target = merged[owners.pop()]
            merged[target.id] = _union([target, actor], keep=target)
            del merged[aid]
    return tuple(merged[aid] for aid in sorted(merged))


def _union(group: list[Actor], keep: Actor | None = None) -> Actor:
    """One actor from several: the kept (or longest-named) actor's id, name and kind; union of aliases, mentions."""
    base = keep or sorted(group, key=lambda a: (-len(a.name), a.name))[0]
    aliases = {a.name for a in group} | {alias for a in group for alias in a.aliases}
    aliases.discard(base.name)
    mentions = sorted({m for a in group for m in a.mentions}, key=lambda m: (m.article, m.start, m.end))
    return Actor(base.id, base.name, base.kind, tuple(sorted(aliases)), tuple(mentions))
