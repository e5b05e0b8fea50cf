"""Curated word lists for attribution: cue verbs, and the nouns that tell what kind of source speaks.

These lists drive the rules of :mod:`storylens.extract.quotes` (transparent, fast, and right on the frequent cues:
PolNeAR's most frequent are said, says, told, according to, wrote, added) and describe sources (anonymous, vague,
document, institution). The long tail of cues they cannot reach — PolNeAR annotates attitudes and nominal cues too
— is left to the learned classifier of :mod:`storylens.extract.attribution_model`, which also uses these lists as
features of a cue's subject. Everything else (who the subject is, where the content clause runs) comes from spaCy's
dependency parse.
"""

from __future__ import annotations

__all__ = [
    "ANONYMITY_MARKERS",
    "ANONYMOUS_HEADS",
    "BELIEF_VERBS",
    "DOCUMENT_NOUNS",
    "INSTITUTION_NOUNS",
    "ROLE_NOUNS",
    "SPEECH_ACT_VERBS",
    "SPEECH_VERBS",
    "STANCE_PREPOSITIONS",
    "STANCE_VERBS",
    "VAGUE_HEADS",
    "VAGUE_PRONOUNS",
]



def _words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated words (easier to read and extend than a quoted list)."""
    return frozenset(text.split())


#: Verbs that report speech or writing (lemmas). A verb from this list with a subject and a quote or a content
#: clause makes an attribution.
SPEECH_VERBS: frozenset[str] = _words(
    """
    say tell declare insist argue note claim question warn add remark explain write report announce suggest state
    assert acknowledge admit allege ask answer reply respond recall confirm deny emphasize emphasise stress predict
    promise vow pledge threaten urge describe call tweet post testify conclude contend maintain observe comment
    concede complain criticize criticise praise accuse estimate reveal disclose inform advise caution counter
    continue joke quip speculate wonder signal demand propose recommend mention shout yell whisper proclaim boast
    brag lament blast slam charge recount tout retort reiterate repeat point hint indicate inform learn read
    announce agree disagree acknowledge concede complain object protest scoff sneer lash rail rip decry denounce
    condemn dismiss reject assure reassure predict forecast muse opine theorize theorise posit allege affirm
    underline underscore highlight cite quote testify order vow swear suggest show find exclaim interject bark
    chant cry beam boom email text message thunder snap gush plead sigh laugh smile marvel recount shoot fire
    quip summarize summarise sum insist caution venture
    """
)

#: Speech-act verbs whose content may be an object or an infinitive rather than a clause: "announced his
#: resignation", "urged Congress to act", "accused him of lying", "vowed to fight".
SPEECH_ACT_VERBS: frozenset[str] = _words(
    """
    announce criticize criticise praise accuse mock deny confirm ridicule blast slam condemn denounce reject dismiss
    propose promise pledge vow endorse defend urge demand question cite tout predict reveal recommend ask call
    welcome acknowledge admit highlight threaten warn decry lament applaud hail thank blame attack challenge
    dispute refute request order instruct invite encourage advocate show find mention repeat reiterate tweet hint
    """
)

#: Cognition verbs: attributions of belief rather than speech ("many believe that …"). They count only with a
#: content clause, never with a free-standing quote.
BELIEF_VERBS: frozenset[str] = _words(
    "believe think fear hope expect worry doubt suspect reckon know learn realize realise understand assume imagine"
    " remember forget feel see conclude"
)

#: Head nouns of unnamed but specific sources: "a source close to Rutte", "officials familiar with the talks".
ANONYMOUS_HEADS: frozenset[str] = _words(
    """
    source insider official aide adviser advisor diplomat staffer employee person people spokesperson
    spokesman spokeswoman representative operative ally associate confidant friend member lawmaker officer
    """
)

#: Words in a source's description that make it anonymous even when its head noun is generic.
ANONYMITY_MARKERS: tuple[str, ...] = (
    "familiar with",
    "close to",
    "anonymity",
    "not authorized",
    "not authorised",
    "declined to be named",
    "asked not to be named",
    "who requested anonymity",
    "briefed on",
    "knowledge of",
    "speaking privately",
)

#: Head nouns of vague, collective sources: "some experts note", "analysts argue", "critics call".
VAGUE_HEADS: frozenset[str] = _words(
    """
    expert analyst critic observer commentator pundit skeptic sceptic supporter opponent detractor economist
    scholar researcher scientist academic historian voice many some others most few everyone everybody someone
    somebody anyone nobody observers watcher proponent advocate defender
    """
)

#: Pronouns standing for vague sources ("some say", "many believe", "others argue").
VAGUE_PRONOUNS: frozenset[str] = _words("some many others most few everyone everybody someone somebody")

#: Head nouns of documents that speak: "the strategy document", "the report says", "the 2025 National Security
#: Strategy".
DOCUMENT_NOUNS: frozenset[str] = _words(
    """
    document strategy report study survey poll memo memorandum letter statement plan paper review assessment
    analysis filing lawsuit complaint indictment ruling opinion decision bill act law resolution treaty agreement
    accord communique communiqué declaration manifesto platform white-paper guideline guidance directive order
    doctrine constitution charter budget proposal audit investigation inquiry dossier transcript release
    """
)

#: Head nouns of institutions that speak ("the campaign announced", "the committee urged").
INSTITUTION_NOUNS: frozenset[str] = _words(
    """
    campaign administration committee board group party government agency court department ministry company union
    office team council commission organization organisation association coalition network newspaper paper outlet
    station magazine website site data poll pollster voter activist protester demonstrator crowd audience family
    """
)

#: Generic person-role head nouns ("the former Dutch prime minister", "the NATO chief"): a definite description
#: with one of these heads may stand for a person named earlier. Roles seen next to a name in the article itself
#: (titles, appositions) are learnt on top of these.
ROLE_NOUNS: frozenset[str] = _words(
    """
    chief head leader president minister chancellor secretary general premier governor senator mayor director
    chairman chairwoman chair spokesman spokeswoman spokesperson ambassador envoy commander boss candidate nominee
    king queen prince pope official executive ceo founder diplomat lawmaker congressman congresswoman
    representative judge prosecutor attorney chairperson commissioner
    """
)


#: Attitude verbs (lemmas): with a person, group or institution as subject and an object, infinitive or clause
#: they attribute a stance ("Sanders has long admired Pope Francis", "the campaign refused to comment", "Clinton
#: wants to …"). PolNeAR annotates these as attributions; the list comes from its training split.
STANCE_VERBS: frozenset[str] = _words(
    """
    want refuse support back oppose admire plan hope seek favor favour prefer endorse thank congratulate mock
    ridicule discuss name list cast expect consider view regard like love hate dislike
    intend aim decline agree disagree insist wish pray demand vow pledge swear threaten
    blame target attack defend champion embrace applaud welcome celebrate tout bemoan decry lament regret
    disavow distance avoid refer talk focus stress emphasize emphasise highlight acknowledge recognize recognise
    envision predict anticipate question
    doubt dispute challenge contest criticize criticise condemn reject dismiss denounce
    offer express speak push release decide remind address portray echo promote present press share imply outline
    unveil invoke voice reference articulate apologize apologise debate compare identify nominate sign publish
    issue introduce accept ignore persuade convince demonstrate detail recite expose label satirize eviscerate
    seem appear sound
    """
)

#: Prepositions after which a verb's complement is the thing an attitude is about ("argued for", "worried about").
STANCE_PREPOSITIONS: frozenset[str] = _words("about for against of on at to with over")
