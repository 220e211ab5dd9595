"""Rules added for news and press-release statements, each as a table of made-up texts."""

from __future__ import annotations

import pytest

from tests.extract_fixtures import extractor, run  # noqa: F401

# (text, [(speaker contains, country)]): a person's country read from the sentence around them
COUNTRY_CASES = [
    ("Sen. Ann Roe (D-Ore.) said the bill was a mistake.", [("Ann Roe", "USA")]),
    ("Rep. Al Poe, R-Tex., said the measure went too far.", [("Al Poe", "USA")]),
    ("Jo Fay, the editor in chief of RT, wrote that the bank had closed its accounts.",
     [("Jo Fay", "RUS")]),
    ("Tim Bell, who served as U.S. ambassador to the country, said the decision was right.",
     [("Tim Bell", "USA")]),
    ("Pat Lee, a Michigan Democrat, said the deal was a mistake.", [("Pat Lee", "USA")]),
    ("Kim Sung, Moon Jae-in's adviser, said talks would resume.", [("Kim Sung", "KOR")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRY_CASES)
def test_person_country_from_context(extractor, text, expected):  # noqa: F811
    got = [(s.speaker, s.country) for s in run(extractor, text)]
    for name, country in expected:
        assert any(name in speaker and c == country for speaker, c in got), got


def test_surname_that_is_a_place_stays_a_person(extractor):  # noqa: F811
    text = ("Lisa Chad, Obama's adviser on terrorism, said the response was under review.\n\n"
            "\"We will act at a time of our choosing,\" Chad said.")
    got = [(s.speaker, s.speaker_type, s.country) for s in run(extractor, text)]
    assert got == [("Lisa Chad", "person", "USA")] * 2


def test_he_after_a_quote_naming_someone_else_is_the_speaker(extractor):  # noqa: F811
    text = ("Senator Ann Roe of the United States spoke first on Monday evening.\n\n"
            "\"The failure belongs to President Barack Obama,\" Roe said.\n\n"
            "\"It is the latest example of weakness,\" he said. \"We need new leaders.\"")
    speakers = [s.speaker for s in run(extractor, text)]
    assert "Barack Obama" not in speakers
    assert speakers[-2:] == ["Ann Roe", "Ann Roe"]


def test_quote_continued_before_its_attribution_in_a_later_paragraph(extractor):  # noqa: F811
    text = ("The Irish envoy Sean Byrne said the measures had failed.\n\n"
            "\"They hurt families. They did not hurt the rulers,\" the Dutch minister Eva "
            "Berg said.")
    got = [(s.speaker, s.sentence[:8]) for s in run(extractor, text)]
    assert ("Eva Berg", "\"They hu") in got and ("Eva Berg", "They did") in got


# (text, speaker, speaker_type, country): reporting verbs and bodies added to the lexicons
SPEECH_CASES = [
    ("Japan branded the regime an outlaw state.", "Japan", "country", "JPN"),
    ("The network called the decision \"absurd and unexplained.\"", None, None, None),
    ("RT called the decision \"absurd and unexplained.\"", "RT", "organization", "RUS"),
    ("The Department of Homeland Security said the attacks came from abroad.",
     "Department of Homeland Security", "organization", "USA"),
    ("The Russian Embassy in Paris issued a statement saying Moscow had no position.",
     "Russian Embassy", "organization", "RUS"),
    ("Britain's Treasury said the government was not involved.", "Treasury", "organization",
     "GBR"),
    ("The senator defended her record as secretary of state.", None, None, None),
]


@pytest.mark.parametrize(("text", "speaker", "kind", "country"), SPEECH_CASES)
def test_reporting_verbs_and_bodies(extractor, text, speaker, kind, country):  # noqa: F811
    got = [(s.speaker, s.speaker_type, s.country) for s in run(extractor, text)]
    if speaker is None:
        assert all(c is None or kind is None for _, _, c in got) or got == [], got
        return
    assert any(speaker in s and k == kind and c == country for s, k, c in got), got
