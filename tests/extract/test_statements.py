"""Speech events, speakers and stance, as tables of made-up sentences -> expected statements."""

from __future__ import annotations

from datetime import date

import pytest

# (text, speaker, speaker_type, country, stance)
CASES = [
    ("Russia and China have urged an easing of the measures and sanctions on Iran.",
     [("Russia", "country", "RUS", "ease"), ("China", "country", "CHN", "ease")]),
    ("French Foreign Minister Anne Martel said the sanctions must stay in place.",
     [("Anne Martel", "person", "FRA", "tighten")]),
    ("The Kenyan delegate warned against any relaxation of the arms embargo on Somalia.",
     [("Kenyan delegate", "person", "KEN", "tighten")]),
    ("Ghana's parliament said that sanctions are not the solution to the crisis in Sudan.",
     [("Ghana", "organization", "GHA", "ease")]),
    ("Tokyo strongly opposes lifting the sanctions on Pyongyang, officials said.",
     [("Japan", "country", "JPN", "tighten")]),
    ("Brazil accused Venezuela of violating the sanctions regime.",
     [("Brazil", "country", "BRA", "tighten")]),
    ("Mexico said the embargo was first imposed in 1962.",
     [("Mexico", "country", "MEX", "neutral")]),
    ("Canadian officials called for tougher sanctions against Belarus.",
     [("Canada", "country", "CAN", "tighten")]),
    ("According to the Spanish government, the blockade is illegal.",
     [("Spanish Government", "organization", "ESP", "ease")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_statement_table(rules_in, text, expected):
    found = rules_in(text)
    got = [(s.speaker, s.speaker_type, s.country, s.stance) for s in found]
    for speaker, kind, country, stance in expected:
        match = [g for g in got if g[2] == country and g[1] == kind]
        assert match, f"no {kind} statement for {country} in {got}"
        assert match[0][3] == stance, got
        assert speaker.split()[-1].casefold() in match[0][0].casefold()


def test_offsets_index_the_original_text(rules_in):
    text = "Caption of a photo showing a minister. (Photo by AFP)\n\n" \
           "Cuba\u2019s foreign\u00a0minister said the \u201cblockade must end\u201d soon."
    (statement,) = rules_in(text)
    assert text[statement.start:statement.end] == statement.sentence
    assert statement.sentence.startswith("Cuba")
    assert statement.quote == "blockade must end"
    assert statement.quote_type == "mixed"
    assert statement.stance == "ease"


def test_later_short_forms_and_pronouns_resolve(rules_in, by_speaker, extractor):
    text = ("Norwegian Trade Minister Kari Holm said the export curbs must be enforced.\n\n"
            "Holm later told reporters that the curbs were working.\n\n"
            "She said she would not back any waiver of the curbs.")
    speakers = by_speaker(rules_in(text))
    assert list(speakers) == ["Kari Holm"]
    assert len(speakers["Kari Holm"]) == 3
    assert all(s.country == "NOR" for s in speakers["Kari Holm"])
    assert speakers["Kari Holm"][2].stance == "tighten"


def test_role_back_reference_and_gazetteer(extractor):
    text = ("Pompeo urged all states to enforce the sanctions on North Korea.\n\n"
            "The US Secretary of State, however, praised the talks.")
    statements = extractor.extract(
        __import__("stance.models", fromlist=["Article"]).Article(
            name="t.txt", text=text, published=date(2018, 9, 27)))
    assert {s.speaker for s in statements} == {"Mike Pompeo"}
    assert all(s.country == "USA" for s in statements)
    assert statements[0].stance == "tighten" and statements[0].official_id == "us-pompeo"


def test_floating_quote_goes_to_previous_speaker(rules_in):
    text = ("The Irish envoy Sean Byrne said the measures had failed.\n\n"
            "\u201cThey hurt ordinary families, not the leadership.\u201d")
    statements = rules_in(text)
    assert [s.speaker for s in statements] == ["Sean Byrne", "Sean Byrne"]
    assert statements[1].quote_type == "direct"


def test_first_person_documents_belong_to_the_author(rules_in):
    text = ("Statement of the delegation\n\n"
            "We call for the lifting of the embargo imposed on our neighbour.\n\n"
            "My Government rejects these unilateral measures.")
    statements = rules_in(text, author="Ana Lima", author_country="BRA",
                     author_role="Minister")
    # "I" / "my Government" is the author; "we" speaks for the author's country
    assert {(s.speaker, s.speaker_type) for s in statements} == {
        ("Ana Lima", "person"), ("Brazil", "country")}
    assert all(s.country == "BRA" for s in statements)
    assert [s.stance for s in statements] == ["ease", "ease"]


def test_caption_names_an_official_but_is_no_statement(rules_in):
    text = ("Minister Paul Weber speaks in Berlin, said to be tired. (Photo by AP)\n\n"
            "Nothing else happened that day in the capital city of the nation.")
    assert rules_in(text) == []
