"""FastAttributeRuler must set exactly the token attributes spaCy's AttributeRuler sets."""
from pathlib import Path

import pytest
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from pipelines.bench import generate_articles
from pipelines.extract.fast_ruler import FastAttributeRuler, install_fast_attribute_ruler
from pipelines.extract.phases import PHASE2, blocks

SEED = Path(__file__).resolve().parents[2] / "seeds" / "articles"

OWN_TEXTS = [
    "We're gonna win this, y'all. GONNA WIN! You gotta see it. Gon na happen, Got ta go.\n"
    "Let's go, let 's go. LET'S GO. C'mon, c'mon now. Y'all know it, y all know it.",
    "There are 12 dead. There were at least 1,200 arrests and there is no end. THERE ARE 40 HURT.\n"
    "Is there a list? There's one, there're two. Here is 3.5 percent, was 7, were -3.",
    "It ain't over. They ain't seen nothin'. He AIN'T gonna stop. Ain't that so? I'm not.\n\n\n"
    "   Spaces   everywhere \t and tabs.\n \n",
    "BREAKING: 300 KILLED IN CLASHES\nNAIROBI, Jan. 5 (Reuters) -\n\n"
    "Police fired 2,000 rounds; 17 were wounded, 4 died. 1990s. 3rd. #hashtag @user http://x.org",
    "",
    "   ",
    "gonna",
    "Let",
]


def _sig(doc):
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.morph.key) for t in doc]


@pytest.fixture(scope="module")
def pipelines_():
    from pipelines.extract.model import load_nlp, load_plain_nlp

    return load_plain_nlp(), load_nlp()


def test_installed_in_place(pipelines_):
    plain, fast = pipelines_
    assert plain.pipe_names == fast.pipe_names
    assert type(plain.get_pipe("attribute_ruler")) is AttributeRuler
    ruler = fast.get_pipe("attribute_ruler")
    assert isinstance(ruler, FastAttributeRuler)
    assert ruler.patterns == plain.get_pipe("attribute_ruler").patterns
    assert install_fast_attribute_ruler(fast) is fast and fast.get_pipe("attribute_ruler") is ruler


def test_same_attributes_full_pipeline(pipelines_):
    plain, fast = pipelines_
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEED.glob("*.txt"))] + OWN_TEXTS
    for text, a, b in zip(texts, plain.pipe(texts), fast.pipe(texts)):
        assert _sig(a) == _sig(b), text[:60]
    # the multi-token patterns did fire
    doc = fast(OWN_TEXTS[0])
    lemmas = {(t.lower_, t.lemma_) for t in doc}
    assert {("gon", "go"), ("na", "to"), ("ta", "to"), ("'s", "us"), ("c'm", "come"), ("y'", "you")} <= lemmas
    assert [t.pos_ for t in fast("There are 12 dead.")][:2] == ["PRON", "VERB"]


def test_same_attributes_synthetic_articles(pipelines_):
    """200 synthetic articles parsed once; the rest of the pipeline run by each ruler on copies."""
    plain, fast = pipelines_
    texts = [t for _, t in generate_articles(200, seed=5)]
    rest = PHASE2[PHASE2.index("attribute_ruler"):]
    for text, doc in zip(texts, plain.pipe(texts, disable=list(rest) + ["ner"])):
        a = doc.copy()
        b = Doc(fast.vocab).from_bytes(doc.to_bytes())
        for name in rest:
            plain.get_pipe(name)(a)
            fast.get_pipe(name)(b)
        assert _sig(a) == _sig(b), text[:60]


def test_phase2_usage(pipelines_):
    """`get_pipe(name).pipe(subdocs)` on block sub-documents, as phases._finish does it."""
    plain, fast = pipelines_
    texts = OWN_TEXTS + [t for _, t in generate_articles(4, seed=9)]
    outs = []
    for nlp in (plain, fast):
        subdocs = [b.as_doc() for doc in nlp.pipe(texts, disable=list(PHASE2)) for b in blocks(doc)]
        for name in PHASE2:
            subdocs = list(nlp.get_pipe(name).pipe(subdocs, batch_size=7))
        outs.append([_sig(d) for d in subdocs])
    assert outs[0] == outs[1] and len(outs[0]) > 10


CUSTOM = [
    {"patterns": [[{"TAG": "NN"}], [{"TAG": "NNS"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"LOWER": {"REGEX": "^a"}}]], "attrs": {"LEMMA": "a-word"}},
    {"patterns": [[{"LENGTH": {">=": 5}, "IS_ALPHA": True}]], "attrs": {"POS": "PROPN"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["NN", "DT"]}, "DEP": {"IN": ["nsubj", "ROOT"]}}]], "attrs": {"TAG": "XX"}},
    {"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"LEMMA": "run"}},             # quantifier: Matcher
    {"patterns": [[{"IS_SENT_START": True}]], "attrs": {"MORPH": "Case=Nom"}},        # Matcher
    {"patterns": [[{"ORTH": "the"}, {}]], "attrs": {"MORPH": "Number=Plur", "DEP": "det2"}, "index": 1},
    {"patterns": [[{"LOWER": "the"}, {"TAG": "NN"}, {"TEXT": "ran"}]], "attrs": {"POS": "VERB"}, "index": -1},
    {"patterns": [[{}]], "attrs": {"LEMMA": "any"}},
    {"patterns": [[{"TAG": "NNS"}]], "attrs": {"POS": "X"}},
]


@pytest.mark.parametrize("extra", [[], [{"patterns": [[{"LOWER": "dogs"}]], "attrs": {"NORM": "dog"}}]])
def test_custom_patterns_both_modes(extra):
    """Predicates, quantifiers, indexes, overlapping writers; array mode and (with NORM) the
    set_token_attrs mode."""
    import spacy

    nlp = spacy.blank("en")
    plain = AttributeRuler(nlp.vocab)
    fast = FastAttributeRuler(nlp.vocab)
    for ruler in (plain, fast):
        ruler.add_patterns(CUSTOM + extra)
    assert fast._compile().array_mode is (not extra)
    words = ["The", "dog", "ran", "the", "dogs", "apples", "away", " ", "Anna"]
    tags = ["DT", "NN", "VBD", "DT", "NNS", "NNS", "RB", "_SP", "NNP"]
    deps = ["det", "nsubj", "ROOT", "det", "nsubj", "dobj", "advmod", "dep", "npadvmod"]
    heads = [1, 2, 2, 4, 2, 2, 2, 6, 2]
    for n in range(len(words) + 1):
        a = Doc(nlp.vocab, words=words[:n], tags=tags[:n], deps=deps[:n], heads=[min(h, n - 1) for h in heads[:n]])
        b = a.copy()
        assert plain.match(a) == fast.match(b)
        plain(a)
        fast(b)
        assert [_sig(a), [t.norm_ for t in a]] == [_sig(b), [t.norm_ for t in b]]


def test_index_out_of_range_raises_like_the_original():
    import spacy

    nlp = spacy.blank("en")
    for cls in (AttributeRuler, FastAttributeRuler):
        ruler = cls(nlp.vocab)
        ruler.add([[{"ORTH": "a"}]], {"LEMMA": "x"}, index=2)
        with pytest.raises(ValueError, match="E1001"):
            ruler(nlp("a b"))
