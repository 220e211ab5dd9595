"""The sanctioned country of on-topic statements whose sentence names none: the document's
target, from the measures' votes, then from the country the text names most (decision.py,
`_fill_targets`)."""

from __future__ import annotations

import copy
from collections import Counter

import pytest

from stance.extract import Extractor
from stance.extract.decision import decide_article
from stance.models import Article


def _targets(statements) -> set[str | None]:
    return {s.target for s in statements if s.on_topic}


def test_a_report_that_names_one_country_throughout_is_about_it(rules_in):
    found = rules_in(
        "North Korea fired a ballistic missile into the sea on Monday, its third launch this "
        "year.\n\nThe United States called for tougher U.N. sanctions, a State Department "
        "spokesman said.\n\nSouth Korea's defence ministry said it was watching the North "
        "closely, and North Korea's state media said the launch had been a success.",
        title="North Korea fires missile as U.S. presses for tougher sanctions")
    called = {(s.country, s.stance, s.target) for s in found if "tougher" in s.sentence}
    assert called == {("USA", "tighten", "PRK")}, found


def test_a_country_pressing_for_measures_is_not_their_target(rules_in):
    found = rules_in("Peru's foreign minister said Lima would oppose any resumption of Western "
                     "aid to Chile.")
    assert [(s.country, s.stance, s.target) for s in found] == [("PER", "tighten", None)], found


def test_two_countries_named_as_often_give_no_target(rules_in):
    found = rules_in("Chile's foreign minister called the U.S. measures \"an imperial "
                     "aggression\".")
    assert [(s.country, s.target) for s in found] == [("CHL", None)], found


def test_the_agent_of_a_passive_imposing_is_not_the_target(rules_in):
    found = rules_in("Nicaragua will once again vote against the unjust blockade imposed by "
                     "the United States, its foreign minister said.")
    minister = [(s.stance, s.target) for s in found if s.country == "NIC"]
    assert minister == [("ease", None)], found
    assert "USA" not in _targets(found), found


@pytest.mark.parametrize(("text", "author_country", "target"), [
    # a sanctioned country's speech on 'the blockade', naming itself throughout
    ("The blockade remains the main obstacle to the development of Cuba. Cuba rejects the "
     "blockade and the unjust designation of Cuba, and we demand that it be lifted.",
     "CUB", "CUB"),
    # measures named on the author's own country
    ("We call on the Council to lift the sanctions imposed on Libya. Those sanctions have "
     "caused great harm to our people.", "LBY", "LBY"),
    # 'the sanctions on us'
    ("These countries have maintained the sanctions on us for some 16 years now. We are "
     "being punished for owning our land.", "ZWE", "ZWE"),
])
def test_a_speech_against_the_measures_on_its_own_country_is_about_that_country(
        rules_in, text, author_country, target):
    found = rules_in(text, author="Ana Roe", author_country=author_country)
    polar = [s for s in found if s.stance == "ease"]
    assert polar and _targets(found) == {target}, found


def test_a_government_announcing_measures_is_never_their_target(rules_in):
    found = rules_in("The United States is imposing new sanctions today. The United States will "
                     "keep working with its partners, and the United States stands ready to do "
                     "more.", author="White House", author_country="USA")
    assert any(s.stance == "tighten" for s in found), found
    assert "USA" not in _targets(found), found


def test_deciding_an_article_leaves_its_context_as_assembly_left_it():
    """Cross-validation decides each document's copied statements once per fold with the same
    context: deciding must not add votes to it."""
    extractor = Extractor(use_model=False)
    article = Article(name="t.txt", author="Ana Roe", author_country="ZWE",
                      text="These countries have maintained the sanctions on us for years. "
                           "We are being punished for owning our land.")
    [(_, candidates, context)] = list(extractor.candidates([article]))
    votes = Counter(context.target_votes)
    first = decide_article(copy.deepcopy(candidates), context)
    second = decide_article(copy.deepcopy(candidates), context)
    assert context.target_votes == votes == Counter({"ZWE": votes["ZWE"]}) and votes["ZWE"] > 0
    assert [s.target for s in first] == [s.target for s in second]
