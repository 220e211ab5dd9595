"""Rules added for news and press-release statements, each as a table of made-up texts."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from stance.extract.countries import _inside_longer_name


def _assert_last_side(found: list, stance: str) -> None:
    """The last statement found takes `stance`; a failure lists every statement's side."""
    assert [s.stance for s in found][-1:] == [stance], [(s.speaker, s.stance, s.stance_cue)
                                                         for s in found]

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
    ("Agriculture Secretary Ann Roe said the quotas would stay.", [("Ann Roe", "USA")]),
    ("Trade Representative Al Poe said the tariffs would stay.", [("Al Poe", "USA")]),
    ("In Kiev, acting Prime Minister Ana Roe said the sanctions were too weak.",
     [("Ana Roe", "UKR")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRY_CASES)
def test_person_country_from_context(rules_in, text, expected):
    got = [(s.speaker, s.country) for s in rules_in(text)]
    for name, country in expected:
        assert any(name in speaker and c == country for speaker, c in got), got


def test_surname_that_is_a_place_stays_a_person(rules_in):
    text = ("Lisa Chad, Obama's adviser on terrorism, said the response was under review.\n\n"
            "\"We will act at a time of our choosing,\" Chad said.")
    got = [(s.speaker, s.speaker_type, s.country) for s in rules_in(text)]
    assert got == [("Lisa Chad", "person", "USA")] * 2


def test_he_after_a_quote_naming_someone_else_is_the_speaker(rules_in):
    text = ("Senator Ann Roe of the United States spoke first on Monday evening.\n\n"
            "\"The failure belongs to President Barack Obama,\" Roe said.\n\n"
            "\"It is the latest example of weakness,\" he said. \"We need new leaders.\"")
    speakers = [s.speaker for s in rules_in(text)]
    assert "Barack Obama" not in speakers
    assert speakers[-2:] == ["Ann Roe", "Ann Roe"]


def test_he_is_the_last_subject_even_one_the_tagger_took_for_no_person(rules_in):
    text = ("Senator Peter Lindqvist backed the bill, while Senator Joe Kline has threatened to "
            "block it. Kline declined to speculate on a backup plan. But Lindqvist said he does "
            "not think the vote matters. If the bill fails now, he said, the Senate can still "
            "pass a simple renewal of the sanctions.")
    last = [s.speaker for s in rules_in(text) if s.sentence.startswith("If the bill")]
    assert last[0] == "Peter Lindqvist"


def test_he_trailing_the_words_is_not_someone_they_name_other_than_their_subject(rules_in):
    text = ("Pedro Alvarez sells fruit in Lima. \"The quotas hurt us all,\" Alvarez said. "
            "Mr Obama's visit means nothing to him, he says. Senator Ana Ruiz said the quotas "
            "were too high. Though Ms. Eva Roe has lived in Lima for years, the rents have "
            "risen, she said.")
    got = {s.sentence[:8]: s.speaker for s in rules_in(text)}
    assert got["Mr Obama"] == "Pedro Alvarez"
    assert got["Though M"] == "Eva Roe"


def test_an_inserted_reporting_verb_is_said_by_its_own_subject(rules_in):
    text = "Secretary of State Ana Ruiz, an official said, was told of the seizure at noon."
    assert "Ana Ruiz" not in [s.speaker for s in rules_in(text)]


def test_quote_continued_before_its_attribution_in_a_later_paragraph(rules_in):
    text = ("The Irish envoy Sean Byrne said the measures had failed.\n\n"
            "\"They hurt families. They did not hurt the rulers,\" the Dutch minister Eva "
            "Berg said.")
    got = [(s.speaker, s.sentence[:8]) for s in rules_in(text)]
    assert ("Eva Berg", "\"They hu") in got and ("Eva Berg", "They did") in got


def test_a_quote_opening_before_its_attribution_is_not_the_next_speakers(rules_in):
    text = ("\"The embargo has failed. It must end now,\" the Irish envoy Sean Byrne said. "
            "British envoy Tim Bell said the talks went well.")
    opening = [s.speaker for s in rules_in(text) if s.sentence.startswith("\"The embargo")]
    assert opening == ["Sean Byrne"]


def test_they_after_a_group_in_the_same_sentence_is_that_group(rules_in):
    text = ("The U.S. Strategic Command said the missile was tracked. While security experts "
            "say it is unlikely that North Korea has such a submarine, they acknowledge that the "
            "North is making progress.")
    assert [s.speaker for s in rules_in(text)] == ["U.S. Strategic Command"]


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
    # bodies the gazetteer does not list, named with their country
    ("North Korea's military said it would act against the system.", "North Korea Military",
     "organization", "PRK"),
    ("South Korea's Joint Chiefs of Staff said the missile failed.",
     "South Korea Joint Chiefs of Staff", "organization", "KOR"),
    ("The Russian Central Bank said the sanctions would hurt growth.", "Russian Central Bank",
     "organization", "RUS"),
    ("The U.S. Strategic Command said the missile was tracked.", "U.S. Strategic Command",
     "organization", "USA"),
    # a body only one country has, with no owner in the text
    ("Peru's ministry said the duties were unfair.\n\nThe administration said it would "
     "keep the duties on Peru.", "Administration", "organization", "USA"),
    # a body's officer, named with the body's possessive
    ("The EU's top diplomat said the bloc would impose sanctions on Peru.", "EU top diplomat",
     "person", None),
    # demands and claims made of someone
    ("Chile pressed Peru on the need to release the prisoners.", "Chile", "country", "CHL"),
    ("Chile has credited Peru with helping end the dispute.", "Chile", "country", "CHL"),
]


@pytest.mark.parametrize(("text", "speaker", "kind", "country"), SPEECH_CASES)
def test_reporting_verbs_and_bodies(rules_in, text, speaker, kind, country):
    got = [(s.speaker, s.speaker_type, s.country) for s in rules_in(text)]
    if speaker is None:
        assert all(c is None or kind is None for _, _, c in got) or got == [], got
        return
    assert any(speaker in s and k == kind and c == country for s, k, c in got), got


def test_fact_sheet_speaks_as_its_publisher_and_orders_as_their_signer(rules_in):
    text = ("Fact Sheet: Governor Plan for Ruritania\n\n"
            "U.S. President Ann Roe signed an Executive Order terminating the Ruritania sanctions "
            "program.\n\n"
            "The Order removes sanctions on Ruritania while keeping sanctions on its old "
            "rulers.\n\n"
            "Removing sanctions will help the country rebuild its economy.\n\n"
            "PROMISE MADE, PROMISE KEPT:\n\n"
            "Moscow has long opposed any change to the policy of the region.")
    found = rules_in(text, title="Fact Sheet: Governor Plan for Ruritania",
                url="https://www.whitehouse.gov/fact-sheets/plan/")
    got = [(s.speaker, s.country, s.stance) for s in found]
    assert ("Ann Roe", "USA", "ease") in got  # signed ... terminating
    removes = [s for s in found if s.sentence.startswith("The Order")]
    assert [(s.speaker, s.stance) for s in removes] == [("Ann Roe", "ease")]
    publisher = [s for s in found if s.sentence.startswith("Removing")]
    assert [(s.speaker, s.speaker_type) for s in publisher] == [("White House", "organization")]
    assert not any(s.sentence.startswith("PROMISE") for s in found)


def test_a_package_of_proposals_speaks_for_whoever_sends_it(rules_in):
    text = ("Fact Sheet: A Proposal on Ruritania\n\n"
            "Today, U.S. President Ann Roe will send a proposal for a legislative package to "
            "Congress.\n\n"
            "This package of proposals will establish new authorities to seize the assets of "
            "sanctioned Ruritanian oligarchs.")
    found = rules_in(text, title="Fact Sheet: A Proposal on Ruritania",
                     url="https://www.whitehouse.gov/fact-sheets/proposal/")
    assert [s.speaker for s in found if s.sentence.startswith("This package")] == ["Ann Roe"]


def test_a_list_item_is_said_by_whoever_said_its_lead_in(rules_in):
    text = ("Fact Sheet: First Costs on Ruritania\n\n"
            "U.S. President Ann Roe signed an Executive Order on Ruritania today.\n\n"
            "The President has directed the following measures:\n\n"
            "- Full blocking sanctions on two large Ruritanian banks. These banks hold most "
            "of the country's reserves.\n"
            "- Expanded prohibitions on new debt issued by the Ruritanian central bank.\n"
            "- Ruritania's oil revenues should be cut off.\n"
            "- The Secretary of the Treasury will freeze the assets of its rulers.\n\n"
            "These measures will cut the regime off from the dollar.")
    found = rules_in(text, title="Fact Sheet: First Costs on Ruritania",
                     url="https://www.whitehouse.gov/fact-sheets/costs/")
    speaker_of = {s.sentence[:12]: s.speaker for s in found}
    assert speaker_of["- Full block"] == "Ann Roe"
    assert speaker_of["- Expanded p"] == "Ann Roe"
    assert speaker_of["- Ruritania'"] == "Ann Roe"  # a subject that is no actor
    assert "Secretary of the Treasury" in speaker_of["- The Secret"]  # an actor of its own
    assert speaker_of["These banks "] == "White House"  # the item's own later sentence
    assert speaker_of["These measur"] == "White House"  # the list is closed


def test_a_list_of_names_completes_the_sanctions_of_its_lead_in(rules_in):
    text = ("Fact Sheet: More Costs on Ruritania\n\n"
            "Full blocking sanctions on Ruritanian elites who enable the regime:\n\n"
            "- Boris Roe (his wife Karina, and his sons Roman and Boris)\n"
            "- Ivan Doe, the regime's press secretary")
    found = rules_in(text, title="Fact Sheet: More Costs on Ruritania",
                     url="https://www.whitehouse.gov/fact-sheets/more/")
    items = [(s.sentence[:6], s.speaker, s.stance, s.on_topic) for s in found
             if s.sentence.startswith("- ")]
    assert items == [("- Bori", "White House", "tighten", True),
                     ("- Ivan", "White House", "tighten", True)]


_PSAKI = "Statement by Press Secretary Jen Psaki on Ruritania"


def _press_statement(rules_in, *paragraphs: str) -> list:
    """What the rules find in a press secretary's statement of these paragraphs."""
    return rules_in("\n\n".join((_PSAKI, *paragraphs)), title=_PSAKI)


def test_we_as_the_subject_is_the_government_our_alone_is_the_author(rules_in):
    found = _press_statement(rules_in, "We will impose new sanctions on Ruritania.",
                             "That means our sanctions will have much greater force.",
                             "This will make sure that the exodus that we are seeing will endure.")
    speaker_of = {s.sentence[:10]: (s.speaker, s.country) for s in found}
    assert speaker_of["We will im"] == ("United States", "USA")
    assert speaker_of["That means"] == ("Jen Psaki", "USA")
    assert speaker_of["This will "] == ("Jen Psaki", "USA")  # 'we' in a relative clause


def test_an_attorney_general_named_by_title_is_the_documents_government(rules_in):
    found = _press_statement(rules_in, "The Attorney General said the sanctions would be "
                             "enforced.")
    assert [(s.role, s.country, s.stance) for s in found] == [
        ("Attorney General", "USA", "tighten")]


def test_as_someone_made_clear_they_said_the_clause_and_we_speak_too(rules_in):
    found = _press_statement(
        rules_in, "As U.S. President Ann Roe made clear, Ruritania will pay an even steeper "
        "price if it continues its aggression.",
        "As President Ann Roe said, we will impose new sanctions on Ruritania.")
    got = {(s.sentence[:19], s.speaker, s.stance) for s in found}
    assert ("As U.S. President A", "Ann Roe", "tighten") in got
    pay = {(s.speaker, s.stance) for s in found if "steeper" in s.sentence}
    assert pay == {("Ann Roe", "tighten")}  # the clause she made clear, with its price
    impose = {(s.speaker, s.stance) for s in found if "impose" in s.sentence}
    assert impose == {("Ann Roe", "tighten"), ("United States", "tighten")}


def test_a_phrase_cue_needs_all_its_words(rules_in):
    made = rules_in("Japan made clear that the embargo would stay.")
    assert [(s.speaker, s.stance) for s in made] == [("Japan", "tighten")]
    assert rules_in("Japan made unilateral demands while the embargo stayed.") == []
    # 'making' alone reports nothing, so it does not end the scope of 'betrayed'
    betrayed = rules_in("North Korea said that Washington has betrayed the summit by making "
                        "unilateral demands while maintaining sanctions in place.")
    assert [(s.speaker, s.stance) for s in betrayed] == [("North Korea", "ease")]


def test_statement_documents_keep_other_parties_deeds_as_the_authors_claims(rules_in):
    text = ("Statement by President Ann Roe on Ruritania\n\n"
            "President Boris Ivanov of Russia has launched a reckless war on his neighbour.\n\n"
            "Secretary of State Tim Bell imposed new sanctions on Russia today.")
    found = rules_in(text, title="Statement by President Ann Roe on Ruritania")
    war = [s.speaker for s in found if s.sentence.startswith("President Boris")]
    assert war == ["Ann Roe"]  # the other side's deed, narrated: the author's claim
    assert ("Tim Bell", "tighten") in [(s.speaker, s.stance) for s in found]


# (document title, text, the statement starting with `sentence`, expected stance)
FOLLOW_CASES = [
    # consequence words: tighten in coverage of sanctions
    ("", "Sen. Ann Roe (D-Ore.) said new sanctions on Russia were needed.\n\n"
         "Rep. Al Poe (R-Tex.) said Russia must face serious consequences.",
     "Rep. Al Poe", "tighten"),
    # ... but not where nothing in the text concerns sanctions
    ("", "Sen. Ann Roe (D-Ore.) said the storm damaged many homes.\n\n"
         "Rep. Al Poe (R-Tex.) said the builders must face serious consequences.",
     "Rep. Al Poe", "neutral"),
    # a statement document that argues for tightening: "keep at it" follows it
    ("Statement by President Ann Roe on Ruritania",
     "Today we impose new sanctions on Ruritania. We will expand sanctions on its banks. "
     "We will strengthen sanctions on its oil trade. And we will keep at it.",
     "And we will keep at it", "tighten"),
    # "not hesitate" is no flip: the accountability threat stays tighten
    ("", "Sen. Ann Roe (D-Ore.) said the sanctions on Ruritania must stay.\n\n"
         "Rep. Al Poe (R-Tex.) said the United States would not hesitate to hold Ruritania "
         "accountable.", "Rep. Al Poe", "tighten"),
]


@pytest.mark.parametrize(("title", "text", "sentence", "stance"), FOLLOW_CASES)
def test_words_that_follow_the_documents_stance(rules_in, title, text, sentence, stance):
    meta = {"author": "Ann Roe", "author_country": "USA"} if title else {}
    found = rules_in(text, title=title or None, **meta)
    hits = [s for s in found if s.sentence.startswith(sentence)]
    assert hits, [(s.speaker, s.sentence) for s in found]
    assert {s.stance for s in hits} == {stance}, [(s.speaker, s.stance_cue) for s in hits]


# (text, speaker contains, stance): single-sentence stance rules
STANCE_CASES = [
    # measures against the speaker's own country are a complaint
    ("The Cuban minister said the sanctions on us had lasted far too long.", "Cuba", "ease"),
    ("Cuba said that we are being punished for our independence.", "Cuba", "ease"),
    # the main clause outweighs a concessive one
    ("Canada said it would lift the sanctions on Chile while keeping its arms embargo.",
     "Canada", "ease"),
    # a participle that describes a bank is no position on the measures
    ("Norway said the list names the largest bank not sanctioned by Europe.", "Norway",
     "neutral"),
    ("Japan said it would revoke the sanctions on Peru.", "Japan", "ease"),
    # acts on the measures
    ("Canada placed sanctions on the general on Friday.", "Canada", "tighten"),
    ("Norway levied new sanctions on the bank.", "Norway", "tighten"),
    ("Japan stepped up pressure on Pyongyang by banning its ships.", "Japan", "tighten"),
    # measures a speaker announces are new ones, whatever they are called
    ("Peru says it will announce new unilateral sanctions on Tuesday.", "Peru", "tighten"),
    # measures named with their imposers: each of those joined, and one the parser made the
    # object of 'under'
    ("Peru has been under U.S. and EU sanctions since 2014.", "European Union", "tighten"),
    ("Peru came under new U.N. and bilateral sanctions for its missile tests.",
     "United Nations", "tighten"),
    # a reporting verb inserted in the clause it reports: the clause is what was said
    ("The sanctions on Peru, Ruiz said, will be lifted next week.", "Ruiz", "ease"),
    ("Chile faces new American sanctions.", "United States", "tighten"),
    # measures described by a verb that is also a reporting verb: the agent acts
    ("The sanctions announced by Peru last week hit Chile hard.", "Peru", "tighten"),
    # verbs that take measures apart or wind them down, or close their gaps
    ("Peru said it would dismantle the embargo.", "Peru", "ease"),
    ("Chile said it would phase out the sanctions on Peru by June.", "Chile", "ease"),
    ("Chile said the new law would unwind the sanctions on Peru.", "Chile", "ease"),
    ("Chile said it would close loopholes in the sanctions.", "Chile", "tighten"),
    ("Chile said the sanctions on Peru should be reconsidered.", "Chile", "ease"),
    # a past relative clause says which measures an act is done to; one with its own object
    # is an act of the noun it describes
    ("The Reagan administration said it would lift the sanctions it imposed on Peru in 1981.",
     "Reagan", "ease"),
    ("Chile said it backed the ministry, which slapped extra duties on Peru.", "Chile",
     "tighten"),
    # 'remain' as a copula keeps no measures in place; 'opposed' is a flip as 'oppose' is
    ("Chancellor Helmut Kohl of Germany said he remained opposed to economic sanctions "
     "against Peru.", "Kohl", "ease"),
    # averting measures; measures said only to hurt, or to hurt the people
    ("Chile said it would do its utmost to avert the sanctions.", "Chile", "ease"),
    ("Chile said it hoped to stave off new sanctions.", "Chile", "ease"),
    ("Minister Ruiz of Peru said sanctions would only hurt the poor.", "Ruiz", "ease"),
    ("Chile said the embargo harms children in Peru.", "Chile", "ease"),
    ("Chile said the sanctions would hurt growth in Peru.", "Chile", "neutral"),
    # easing held back until a condition, 'only' on the condition's mark
    ("Chile said the sanctions would be lifted only when Peru stopped dumping steel.",
     "Chile", "tighten"),
    # trading despite the measures, or in defiance of them, is against them
    ("Chile said it would keep buying Peruvian copper despite the sanctions.", "Chile",
     "ease"),
    ("Chile said it would keep the sanctions despite objections from Peru.", "Chile",
     "tighten"),
    # what the measures do to their target defends them; what they do to something else is
    # no side of theirs ('made the country stronger' is no call for stronger measures)
    ("Chile said the sanctions sent a clear message to Peru.", "Chile", "tighten"),
    ("Chile said the sanctions were biting.", "Chile", "tighten"),
    ("Chile said the sanctions were not biting.", "Chile", "ease"),
    ("Peru's president said the sanctions had made the country stronger.", "Peru", "neutral"),
    ("Peru's news agency called the resolution a heinous act.", "Peru", "ease"),
    # measures backed by a party, in the passive: it backs them (the place its agent is named
    # as, when the agent is a description)
    ("The sanctions, supported by Japan, took effect on Monday.", "Japan", "tighten"),
    ("Peru faces new U.N. sanctions, backed by its main ally Chile.", "Chile", "tighten"),
    # a judgement in a clause the speaker doubts is the opposite one; one the speaker makes
    # of measures it condemns stays
    ("Chile's president questioned whether the sanctions were working.", "Chile", "ease"),
    ("Chile's president denied that the sanctions were illegal.", "Chile", "tighten"),
    ("Chile's president condemned the illegal sanctions.", "Chile", "ease"),
    # a pronoun joined or backed stands for the measures named before it
    ("Chile agreed to a package of sanctions against Peru, but Britain refused to join them.",
     "United Kingdom", "ease"),
    ("Peru said the U.S. economic boycott would fail.", "Peru", "ease"),
    # a failure named as the condition of a threat is demanded; a negated verb waiting on
    # 'unless' wants what it waits for; a plain condition takes no side
    ("Chile said that if Peru did not enforce the new measures, Chile would act.", "Chile",
     "tighten"),
    ("Peru said that if Chile did not lift the sanctions, Peru would leave the talks.", "Peru",
     "ease"),
    ("Peru said it would not return unless Chile lifted the sanctions.", "Peru", "ease"),
    ("Chile said that if the sanctions were lifted, Peru would grow richer.", "Chile",
     "neutral"),
    # 'business as usual' with the sanctioned party is easing; refusing it is tightening
    ("Chile said there could be no return to business as usual with Peru.", "Chile",
     "tighten"),
    ("Chile said it was time to return to business as usual with Peru.", "Chile", "ease"),
    # a subject the parser joined to the object before it acts: not Peru, the United States
    ("The deal came on the same weekend that Peru met the terms of last year's accord and "
     "the United States lifted sanctions, giving Peru access to its funds.", "United States",
     "ease"),
]


@pytest.mark.parametrize(("text", "speaker", "stance"), STANCE_CASES)
def test_stance_rules(rules_in, text, speaker, stance):
    found = [s for s in rules_in(text) if speaker in s.speaker]
    assert found and found[0].stance == stance, [(s.speaker, s.stance, s.stance_cue)
                                                 for s in rules_in(text)]


def test_quantified_party_members_and_quoted_reporting_verbs(rules_in):
    text = ("Only two Democrats said they back the sanctions bill.\n\n"
            "Sen. Maria Hansen (D-Ore.) said on Monday that the bill was ready.\n\n"
            "\"Moscow did this because the Kremlin believes it can. We must respond,\" Hansen "
            "said.")
    speakers = [s.speaker for s in rules_in(text)]
    assert "Democratic Party" not in speakers and "Kremlin" not in speakers
    assert speakers.count("Maria Hansen") == 3


def test_byte_order_mark_is_white_space(rules_in):
    text = "\ufeffJapan said the sanctions on Peru must stay in place."
    found = rules_in(text)
    assert [(s.speaker, s.start, s.stance) for s in found] == [("Japan", 1, "tighten")]


def test_capital_outside_any_entity_is_a_place(extractor):
    doc = extractor.nlp.make_doc("talks in moscow went on")  # not parsed: no entities at all
    assert _inside_longer_name(Span(doc, 2, 3)) is False


# (text, speakers as (name contains, country)): speakers named in other ways than a subject
OTHER_SPEAKER_CASES = [
    # a body's report that says something: the body speaks
    ("The Portuguese navy released a report saying that its ships had left the area.",
     [("Navy", "PRT")]),
    # the agency passes on the words of whom it quotes
    ("The Chilean news agency, quoting Sergio Vidal, said the talks had failed.",
     [("Sergio Vidal", None)]),
    # a named holder of an office the gazetteer lists as a body
    ("But Director of National Intelligence Peter Hall quickly played down that assessment, "
     "saying that Pyongyang had not yet shown it.", [("Peter Hall", "USA")]),
    # a title's name in apposition that the tagger takes for a body
    ("Iran's OPEC envoy, Nuno Tavares, told a daily newspaper that the freeze was unfair.",
     [("Nuno Tavares", "IRN")]),
    # a list in apposition to a common noun: each member speaks
    ("Leading grain exporters Canada and Australia said on Monday that the quota was unfair.",
     [("Canada", "CAN"), ("Australia", "AUS")]),
    # "the Japanese leader": the head of government named before
    ("Japanese Prime Minister Taro Sato arrived in Rome on Monday. The Japanese leader said "
     "the talks on Syria would go on.", [("Taro Sato", "JPN")]),
    # "it said": the body that spoke last
    ("The Chilean foreign ministry said the embassy was closed. It said that two diplomats "
     "had left the country.", [("Chile", "CHL"), ("Chile", "CHL")]),
    # "the military said": the body named before with its country, else whoever spoke last
    ("Peru's military said the border was calm. Chile said the talks had failed. Later the "
     "military said its troops had withdrawn.", [("Peru", "PER"), ("Chile", "CHL"),
                                                 ("Peru", "PER")]),
    ("Chile said the talks had failed. The military said its troops were ready.",
     [("Chile", "CHL"), ("Chile Military", "CHL")]),
    # a document's issuer speaks: "a Pentagon readout", "Peru's statement"
    ("The talks went well, according to a Pentagon readout.", [("Pentagon", "USA")]),
    ("Peru's statement said the quotas were illegal.", [("Peru", "PER")]),
    # the agency as The New York Times writes it
    ("\"We are taking concrete actions,\" K.C.N.A. said.", [("KCNA", "PRK")]),
    # a body of a body the gazetteer lists, which has no country
    ("A U.N. panel said in a report on Tuesday that the quotas had failed.",
     [("U.N. panel", None)]),
    # "the statement said": the document of whoever spoke last
    ("The ministry of Peru said the talks had failed. The joint statement said that the talks "
     "would resume.", [("Peru", "PER"), ("Peru", "PER")]),
    # a group led by someone speaks through its leader
    ("The delegation, led by Foreign Minister Ana Ruiz of Peru, said the quotas were unfair.",
     [("Ana Ruiz", "PER")]),
    ("The Peruvian-led coalition said the quotas were unfair.", [("Peru", "PER")]),
    # measures asked for are not imposed: the caller speaks, not the measures' body
    ("The launch prompted calls by Chile for tougher U.N. sanctions.", [("Chile", "CHL")]),
    # an adjective of nationality owning words said: the country speaks
    ("Peruvian demands for the lifting of the quotas went unanswered.", [("Peru", "PER")]),
    # a group with no country of its own speaks for the place its clause is set in
    ("In Lima, officials said the quotas were unfair.", [("Peru", "PER")]),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_SPEAKER_CASES)
def test_speakers_named_in_other_ways(rules_in, text, expected):
    got = [(s.speaker, s.country) for s in rules_in(text)]
    assert len(got) == len(expected), got
    for (name, country), (speaker, c) in zip(expected, got, strict=True):
        assert name in speaker and c == country, got


def test_it_stands_for_no_one_in_the_passive_and_the_regime_is_never_the_speakers(rules_in):
    assert rules_in("It was reported that the talks had failed.") == []
    got = [(s.speaker, s.country) for s in rules_in(
        "Chile said the talks had failed. The regime said its troops were ready.")]
    assert got == [("Chile", "CHL")], got


def test_a_body_named_after_its_leader_is_the_leaders_countrys(rules_in):
    got = [(s.speaker, s.country) for s in rules_in(
        "The Reagan administration said it would lift the sanctions on Poland.")]
    assert got == [("Reagan Administration", "USA")], got


def test_a_writers_work_described_is_no_statement(rules_in):
    text = ("Maria Lopez joined the paper in 2012 and wrote stories about Peru. She has reported "
            "from more than 50 countries and has written three books.")
    assert rules_in(text) == []
    said = rules_in("Maria Lopez wrote in a column that the sanctions on Peru had failed.")
    assert [s.speaker for s in said] == ["Maria Lopez"]


@pytest.mark.parametrize("text", [
    "On Friday, Peru called off its talks with Chile.",
    "Oil prices rose on concerns that Peru may reject the deal.",
    "Peru is likely to keep its quotas, and could possibly announce measures to lift the tariffs.",
    "The minister chose his words carefully to avoid mentioning Peru's position on the quotas.",
])
def test_a_speech_act_that_may_happen_or_is_avoided_is_no_statement(rules_in, text):
    assert rules_in(text) == [], [(s.speaker, s.sentence) for s in rules_in(text)]


def test_an_unnamed_official_is_named_as_the_text_writes_the_title(rules_in):
    text = ("\"The talks were tense,\" one Peruvian official told reporters. \"They will go on,\""
            " a second Peruvian official said.")
    got = [(s.speaker, s.country) for s in rules_in(text)]
    assert got == [("Peruvian official", "PER")] * 2, got
    dateline = rules_in("WASHINGTON - The Commerce Secretary said the quotas would stay.")
    assert [s.speaker for s in dateline] == ["United States Commerce Secretary"]


def test_the_official_is_the_unnamed_official_who_spoke_before(rules_in):
    text = ("\"The talks were tense,\" one Peruvian official told reporters. Critics in Congress "
            "say the talks are a mistake. \"They will go on,\" the official said.")
    got = [(s.speaker, s.sentence[:10]) for s in rules_in(text)]
    assert ("Peruvian official", "\"They will") in got, got


def test_a_quote_whose_named_speaker_is_unknown_is_not_the_last_speakers(rules_in):
    text = ("Chile said the talks had failed. \"The next parliament will be like no other "
            "parliament in the history of the country, as no faction will have the absolute "
            "say,\" the newspaper said.")
    got = [(s.speaker, s.sentence[:10]) for s in rules_in(text)]
    assert got == [("Chile", "Chile said")], got



@pytest.mark.parametrize(("text", "stance"), [
    ("Peru announced its own unilateral sanctions on Chile on Monday, freezing six banks' assets.",
     "tighten"),
    ("Peru's government approved punitive sanctions against Chile.", "tighten"),
    ("Chile's foreign minister said he rejected the unilateral sanctions of Peru.", "ease"),
])
def test_a_kind_of_measures_is_no_judgement_of_measures_the_speaker_backs(rules_in, text,
                                                                            stance):
    found = rules_in(text)
    assert [s.stance for s in found] == [stance], [(s.speaker, s.stance, s.stance_cue)
                                                   for s in found]


@pytest.mark.parametrize(("text", "target"), [
    ("The European Community decided to ban imports of Peruvian copper and zinc.", "PER"),
    ("Chile announced a ban on purchases of Bolivian natural gas.", "BOL"),
    # where frozen assets are held is neither the target nor the speaker's own punishment
    ("Washington froze all Chilean government assets in the United States on Monday.",
     "CHL"),
])
def test_where_banned_imports_come_from_is_the_target(rules_in, text, target):
    found = rules_in(text)
    assert [(s.stance, s.target) for s in found] == [("tighten", target)], [
        (s.speaker, s.stance, s.target) for s in found]


@pytest.mark.parametrize(("text", "stance", "target"), [
    ("Chile halted imports of Peruvian copper on Friday.", "tighten", "PER"),
    ("The United States banned imports of Bolivian goods in 1985.", "tighten", "BOL"),
    ("Chile refused to ban imports of Peruvian copper.", "ease", "PER"),
    ("Chile refused to impose sanctions on Peru.", "ease", "PER"),
    ("Chile refused to lift the sanctions on Peru.", "tighten", "PER"),
])
def test_barring_trade_is_an_act_and_refusing_an_act_reverses_it(rules_in, text, stance,
                                                                   target):
    found = rules_in(text)
    assert [(s.stance, s.target) for s in found] == [(stance, target)], [
        (s.speaker, s.stance, s.stance_cue, s.target) for s in found]


@pytest.mark.parametrize("text", ["Police banned the march on Sunday.",
                                  "The company halted shipments to its stores."])
def test_barring_what_is_not_trade_between_countries_is_no_statement(rules_in, text):
    assert rules_in(text) == []


@pytest.mark.parametrize(("text", "stance"), [
    ("Peru declined to support new sanctions on Chile.", "ease"),
    ("Peru refused to oppose the sanctions on Chile.", "tighten"),
    ("The Peruvian Congress voted to override the president's veto of the sanctions bill.",
     "tighten"),
    ("Peru declined to say whether it would back new sanctions on Chile.", "neutral"),
])
def test_a_refusal_or_an_override_reverses_what_it_governs(rules_in, text, stance):
    found = rules_in(text)
    assert [s.stance for s in found] == [stance], [(s.speaker, s.stance, s.stance_cue)
                                                   for s in found]


@pytest.mark.parametrize(("text", "speaker", "stance"), [
    # the person is named in a paragraph with no reporting word, then referred back to
    ("Ana Roe, Peru's foreign minister, met her Chilean counterpart on Tuesday.\n\n"
     "She said the sanctions on Chile must stay.", "Ana Roe", "tighten"),
    ("Ivan Poe, Peru's deputy foreign minister, arrived in Lima on Monday.\n\n"
     "The new sanctions on Chile were \"unacceptable,\" Poe said.", "Ivan Poe", "ease"),
    ("Tomas Ruiz, Peru's trade minister, arrived in Lima on Monday.\n\n"
     "The minister said the sanctions on Chile must stay.", "Tomas Ruiz", "tighten"),
    # 'German' tells no gender: 'she' is the minister
    ("German Foreign Minister Gudrun Fay spoke after the summit.\n\n"
     "The sanctions on Russia must stay, she said.", "Gudrun Fay", "tighten"),
])
def test_who_is_referred_back_to_is_named_in_an_earlier_paragraph(rules_in, text, speaker,
                                                                    stance):
    found = [(s.speaker, s.stance, s.country) for s in rules_in(text)]
    assert any(sp == speaker and st == stance and c is not None for sp, st, c in found), found


@pytest.mark.parametrize(("text", "stance"), [
    # 'it' that a direction word acts on is the measures named just before
    ("Peru's president said the embargo had failed, calling for it to be lifted.", "ease"),
    ("Peru's president called the embargo cruel. He demanded that it be lifted at once.",
     "ease"),
    # a state told in the present is no wish for it
    ("Peru's president said the embargo on Chile remains in place.", "neutral"),
    ("Peru's president said the embargo on Chile must remain in place.", "tighten"),
])
def test_measures_referred_to_by_a_pronoun_and_measures_stated_as_a_fact(rules_in, text,
                                                                          stance):
    found = rules_in(text)
    _assert_last_side(found, stance)


@pytest.mark.parametrize(("text", "speaker", "country", "target"), [
    ("A statement from the Peruvian foreign ministry said Lima would freeze the assets of "
     "12 Chilean firms.", "Peruvian Foreign Ministry", "PER", "CHL"),
    ("Peru froze the assets of three Bolivian banks.", "Peru", "PER", "BOL"),
    ("Senator Ann Roe, a New Mexico Democrat, said the sanctions on Peru must stay.", "Ann Roe",
     "USA", "PER"),
    ("Senator Al Poe, a Georgia Republican, said the sanctions on Peru must stay.", "Al Poe",
     "USA", "PER"),
])
def test_who_speaks_for_a_statement_and_whose_assets_are_frozen(rules_in, text, speaker,
                                                                country, target):
    found = [(s.speaker, s.country, s.stance, s.target) for s in rules_in(text)]
    assert (speaker, country, "tighten", target) in found, found


@pytest.mark.parametrize(("text", "stance"), [
    ("Peru's envoy Ana Roe said Lima hoped Chile would drop its sanctions soon.", "ease"),
    ("Peruvian President Ana Roe said Lima disagreed with the sanctions on Chile.", "ease"),
    ("Peru's foreign minister Ana Roe accused Chile of dragging its feet on sanctions relief.",
     "ease"),
    # a change in something that is no measure
    ("Peru's oil minister Ana Roe said the sanctions on Chile caused the drop in oil prices.",
     "neutral"),
])
def test_words_of_easing_in_news(rules_in, text, stance):
    found = rules_in(text)
    assert {s.stance for s in found} == {stance}, [(s.speaker, s.stance, s.stance_cue)
                                                   for s in found]


def test_a_call_for_measures_to_be_done_whose_for_hangs_on_the_clause(rules_in):
    found = rules_in("Peruvian President Ana Roe called for the sanctions on Chile to be extended.")
    assert [(s.speaker, s.stance) for s in found] == [("Ana Roe", "tighten")], found


@pytest.mark.parametrize(("text", "speaker", "country"), [
    # a first name the tagger does not know makes the name a person's all the same
    ("Willy De Fay said the tariffs on Peru were unfair.", "Willy De Fay", None),
    # the names of 1980s wire stories
    ("Bonn said it opposed the sanctions on Peru.", "Germany", "DEU"),
    ("West German officials said they opposed the sanctions on Peru.", "Germany", "DEU"),
    # the place the clause is set in, not the place the relative clause says they visited
    ("In Lima, President Ana Roe, who visited Moscow last week, called the embargo unjust.",
     "Ana Roe", "PER"),
    ("Ann Roe, who returned from Moscow on Monday, said the sanctions were unjust.", "Ann Roe",
     None),
    # 'a Cuban-American' is an American
    ("Florida Senator Al Poe, a Cuban-American, said the embargo should stay.", "Al Poe", "USA"),
])
def test_where_a_speaker_is_from(rules_in, text, speaker, country):
    found = [(s.speaker, s.country) for s in rules_in(text)]
    assert (speaker, country) in found, found


def test_a_hyphenated_title_does_not_break_the_parse(rules_in):
    found = rules_in("EC Commission vice-president Willy De Clercq said the Community would "
                     "oppose the tariffs on Peru.")
    assert [(s.speaker, s.stance) for s in found] == [("Willy De Clercq", "ease")], found


def test_measures_wanted_undone_in_the_subjunctive(rules_in):
    found = rules_in("Peruvian Foreign Minister Ana Roe called the Chilean measures arrogant "
                     "and demanded that they be revoked.")
    assert [(s.speaker, s.stance) for s in found] == [("Ana Roe", "ease")], found


def test_what_someone_says_another_should_say_is_not_that_others_statement(rules_in):
    found = rules_in("Chile's envoy, Ken Sato, said Chile wanted a resolution.\n\n"
                     "Peru's ambassador Ana Roe said the council should respond in a way that "
                     "eased tension.")
    # Chile's wish, in the words of Chile's envoy, is his statement alone (extractor 2.9.33)
    assert [s.speaker for s in found] == ["Ken Sato", "Ana Roe"], [
        (s.speaker, s.country) for s in found]


def test_considering_measures_of_ones_own_is_for_them(rules_in):
    found = rules_in("Peru's envoy Ana Roe said Lima would consider its own sanctions on Chile.")
    assert [(s.speaker, s.stance) for s in found] == [("Ana Roe", "tighten")], found


def test_a_threat_of_a_strong_response_in_a_report_on_sanctions_is_tighten(rules_in):
    text = ("Chile pushed on Monday for tougher sanctions on Peru after its missile test.\n\n"
            "\"The response must be swift and severe,\" Chilean envoy Ana Roe told reporters.")
    found = [(s.speaker, s.stance) for s in rules_in(text)]
    assert ("Ana Roe", "tighten") in found, found


def test_an_act_someone_will_ask_another_to_do_is_part_of_the_claim(rules_in):
    found = rules_in("Peru will ask Chile to lift its tariffs on Peruvian copper, Foreign "
                     "Minister Ana Roe told parliament.")
    assert [(s.speaker, s.stance) for s in found] == [("Ana Roe", "ease")], [
        (s.speaker, s.stance) for s in found]


@pytest.mark.parametrize(("text", "stance"), [
    ("President Ana Roe of Peru ordered a ban on all trade with Chile.", "tighten"),
    ("Chile's president Ana Roe said the Peruvian embargo was economic aggression.", "ease"),
    ("Chile's president Ana Roe called the Peruvian embargo \"a blunder\".", "ease"),
    # a kind of measures of one's own is no judgement of them
    ("Peru said it would add its own unilateral measures against Chile.", "neutral"),
    ("Peru said the embargo on Chile had failed. Its foreign minister Ana Roe called it unjust.",
     "ease"),
    ("Chile's minister Ana Roe said the Peruvian action violated the rules of the WTO and the "
     "tariffs on Chile were regrettable.", "ease"),
    ("Senator Ann Roe said the tariffs on Peru were long overdue.", "tighten"),
    ("Peru's foreign minister Ana Roe said it was up to Chile to deliver the promised relief "
     "from sanctions.", "ease"),
    ("The EU foreign policy chief Ana Roe said the bloc would begin unfreezing Peruvian assets.",
     "ease"),
    ("Peruvian President Ana Roe said the sanctions wall had come down.", "ease"),
    ("Peru's leader Ana Roe denounced the \"gangster-like\" sanctions of Chile.", "ease"),
])
def test_phrasings_from_the_made_up_news(rules_in, text, stance):
    found = rules_in(text)
    _assert_last_side(found, stance)


@pytest.mark.parametrize(("text", "speaker", "country", "stance"), [
    # a long relative clause the parser takes for what is said
    ("Italian Prime Minister Matteo Renzi, whose country's exporters have lost billions of "
     "euros in sales to Russia, said Europe could not keep renewing the sanctions "
     "automatically.", "Matteo Renzi", "ITA", "ease"),
    # a body with no country of its own, in a clause set in a country
    ("In Peru, the National Assembly voted in April for a resolution urging the government to "
     "lift the sanctions on Chile.", "Peru National Assembly", "PER", "ease"),
])
def test_speakers_the_parse_or_the_body_leaves_without_a_country(rules_in, text, speaker,
                                                                 country, stance):
    found = [(s.speaker, s.country, s.stance) for s in rules_in(text)]
    assert (speaker, country, stance) in found, found


def test_blocking_measures_is_an_act_against_them(rules_in):
    found = rules_in("Chile and Bolivia blocked a proposed ban on Peruvian copper.")
    assert [(s.speaker, s.stance, s.target) for s in found] == [
        ("Chile", "ease", "PER"), ("Bolivia", "ease", "PER")], found


@pytest.mark.parametrize(("text", "stance"), [
    ("Chile's minister Ana Roe said the Peruvian action was regrettable and violated the rules "
     "of the WTO.", "ease"),
    ("Peru's minister Ana Roe said Chile should drop its opposition to sanctions on Bolivia.",
     "tighten"),
    ("Peru's minister Ana Roe said Lima would ask the council to condemn the embargo as a "
     "violation of international law.", "ease"),
    ("Peru's minister Ana Roe condemned the missile test as a violation of the sanctions.",
     "tighten"),
])
def test_who_breaks_the_rules_and_what_is_dropped(rules_in, text, stance):
    found = rules_in(text)
    assert [s.stance for s in found] == [stance], [(s.speaker, s.stance, s.stance_cue)
                                                   for s in found]


def test_an_official_a_national_agency_quotes_is_that_countrys(rules_in):
    found = rules_in("Peru's state news agency Andina quoted Deputy Foreign Minister Ana Roe as "
                     "saying the sanctions on Peru were unjust.")
    assert [(s.speaker, s.country) for s in found] == [("Ana Roe", "PER")], found


_EMBARGO_LEAD = "Peru imposed an embargo on Chile on Monday.\n\n"


_NOUN_CASES = [
    # a noun that stands for the measures the report has named, judged or framed
    ("Bolivian President Ana Roe said the measure was \"a blunder\".", "ease"),
    ("Chile's trade minister Ana Roe called the Peruvian move unjustified.", "ease"),
    ("Officials said Bolivia disapproved of the move.", "ease"),
    ("Bolivia's ambassador Ana Roe said La Paz backed the resolution.", "tighten"),
    ("The Chilean opposition leader Ana Roe welcomed the vote.", "tighten"),
    # someone else's decision, a bloc of voters, a decision its clause defines: no reference
    ("Ana Roe, Chile's trade minister, called the bank's decision unjustified.", "neutral"),
    ("Ana Roe, Chile's trade minister, said the rural vote was a blunder.", "neutral"),
    ("Ana Roe, Chile's trade minister, said the decision to hold talks was a blunder.",
     "neutral"),
]


_TARGET_CASES = [
    # the target on the measures, with no word for either side: against them
    ("Chile's foreign minister Ana Roe said the embargo had cost Chile $2 billion.", "ease"),
    # the report's target, when the sentence names another country near the measures
    ("Chile's foreign minister Ana Roe said the measures would hurt Peruvian farmers more than "
     "they would hurt her country.", "ease"),
    # someone else saying the same thing takes no side
    ("Bolivia's foreign minister Ana Roe said the embargo had cost Chile $2 billion.",
     "neutral"),
]


@pytest.mark.parametrize(("text", "stance"), [
    ("Bolivia's ambassador Ana Roe said La Paz welcomed the decision.", "ease"),
    ("Bolivia's ambassador Ana Roe criticized the decision.", "tighten"),
])
def test_a_noun_for_measures_a_report_says_were_eased_stands_for_the_easing(rules_in, text,
                                                                             stance):
    found = rules_in("The Security Council voted on Friday to lift the sanctions on Chile.\n\n"
                     + text)
    _assert_last_side(found, stance)


@pytest.mark.parametrize(("text", "stance"), [
    # easing held back until a condition is met ('when' hangs on its clause as an adverb)
    ("Chile's president Ana Roe said sanctions against Peru could only be lifted when the "
     "agreement was fully implemented.", "tighten"),
    ("Peru's government said it would abide by the sanctions on Bolivia.", "tighten"),
    (_EMBARGO_LEAD + "Bolivia's minister Ana Roe said the bloc would not hesitate to go further "
     "if the violence continued.", "tighten"),
])
def test_conditions_compliance_and_threats_of_more(rules_in, text, stance):
    found = rules_in(text)
    _assert_last_side(found, stance)


@pytest.mark.parametrize(("text", "speaker", "stance"), [
    # measures done: freezing assets, halting deliveries or dealings
    ("Peru froze Chilean government assets on Monday.", "Peru", "tighten"),
    ("Peru halted all weapons deliveries to Chile.", "Peru", "tighten"),
    ("Peru suspended dealings with Chile's central bank.", "Peru", "tighten"),
])
def test_measures_done_to_trade_and_assets(rules_in, text, speaker, stance):
    found = [(s.speaker, s.stance) for s in rules_in(text)]
    assert (speaker, stance) in found, found


_ARGUMENT_CASES = [
    # measures that hurt others more than the country they aim at backfire
    ("Bolivia's minister Ana Roe said the sanctions were hurting Bolivian farmers more than "
     "they were hurting Chile.", "ease"),
    ("Peru's minister Ana Roe said the sanctions had hurt Chile more than any measures "
     "before.", "tighten"),
    # harm to ordinary people, bullying, a definite 'action' standing for the measures
    ("Bolivia's minister Ana Roe said the embargo would only make life harder for ordinary "
     "Chileans.", "ease"),
    ("Bolivia's minister Ana Roe said the embargo would hurt ordinary people.", "ease"),
    ("Chile's president Ana Roe called the Peruvian move an act of economic bullying.",
     "ease"),
    ("Bolivia's minister Ana Roe called the Peruvian action unacceptable.", "ease"),
    # measures that would backfire, or push the target closer to war
    ("Bolivia's minister Ana Roe said the embargo would backfire.", "ease"),
    ("Bolivia's minister Ana Roe said: \"Pressure from outside only pushes Chile closer to "
     "civil war.\"", "ease"),
]


@pytest.mark.parametrize(("text", "stance"), _NOUN_CASES + _TARGET_CASES + _ARGUMENT_CASES)
def test_sides_in_a_report_of_an_embargo(rules_in, text, stance):
    _assert_last_side(rules_in(_EMBARGO_LEAD + text), stance)


def test_widening_a_blacklist_is_an_act_and_an_abstention_a_position(rules_in):
    found = rules_in("The council voted 13-0 to impose a trade embargo on Chile. Peru abstained "
                     "in the vote. The European Union widened its own blacklist on Thursday.")
    got = [(s.speaker, s.stance) for s in found]
    assert ("Peru", "neutral") in got and ("European Union", "tighten") in got, got


def test_an_act_in_a_condition_is_no_statement_of_its_doer(rules_in):
    found = rules_in("Peru's finance minister Ana Roe said that if Chile did not enforce the new "
                     "measures, Lima would cut Chilean banks off.")
    assert "Chile" not in [s.speaker for s in found], found


def test_the_text_a_council_voted_stands_for_its_measures(rules_in):
    found = rules_in("The council voted on Monday to impose new sanctions on Chile.\n\n"
                     "Bolivia's ambassador Ana Roe said La Paz had supported the text.")
    assert [s.stance for s in found][-1:] == ["tighten"], found


@pytest.mark.parametrize(("text", "stance"), [
    # a direction word done to something else: a passive's subject, a noun's 'of'
    ("Peru's spokesman Al Poe said the measures against Chile, including the suspension of "
     "landing rights for its airline, would stay in place until martial law was lifted.",
     "tighten"),
    # the measures, one of joined subjects, act on something else; negated, no use
    ("Bolivia's minister Ana Roe said that ultimatums and embargoes would not end the "
     "violence.", "ease"),
    ("Peru's president Ana Roe said: \"Starting today, the sanctions on Chile come back.\"",
     "tighten"),
    ("Peru's president Ana Roe said Lima would not shrink from economic sanctions on Chile.",
     "tighten"),
])
def test_what_a_direction_word_is_done_to(rules_in, text, stance):
    found = rules_in(text)
    _assert_last_side(found, stance)


def test_voting_against_them_is_against_the_measures_just_named(rules_in):
    found = rules_in("The council voted on Sunday to impose sanctions on Chile. Bolivia voted "
                     "against them.")
    _assert_last_side(found, "ease")


def test_retaliation_is_against_the_country_whose_measures_the_report_tells_of(rules_in):
    found = rules_in("Peru imposed tariffs on Chilean copper on Thursday. Chile and the "
                     "European Union each vowed to hit back. Peru warned that it would "
                     "retaliate in turn.")
    got = [(s.speaker, s.stance, s.target) for s in found]
    assert ("Chile", "tighten", "PER") in got and ("European Union", "tighten", "PER") in got, got
    assert not any(speaker == "Peru" and target == "PER" for speaker, _, target in got), got


_BARE_VOTE_CASES = [
    ("The U.N. Security Council voted to impose sanctions on Chile. Peru voted in favour.",
     "tighten"),
    ("The U.N. Security Council voted to impose sanctions on Chile. Bolivia voted against.",
     "ease"),
    # a vote for a lifting is for the easing
    ("The U.N. Security Council voted to lift sanctions on Chile. Peru voted in favour.",
     "ease"),
]
_VOTED_TEXT_CASES = [
    # 'favour' is a reporting verb elsewhere; in the phrase it reports nothing
    ("Peru's envoy Al Poe voted in favour of the sanctions.", "tighten"),
    ("The U.N. Security Council voted to impose sanctions on Chile.\n\nPeru's envoy Al Poe "
     "voted in favour of the text.", "tighten"),
    # a word that says which version of the text it is still refers back to the measures
    ("The U.N. Security Council voted to impose sanctions on Chile.\n\nPeru's envoy Al Poe "
     "supported the draft resolution.", "tighten"),
    ("The U.N. Security Council voted to impose sanctions on Chile.\n\nChile's envoy Ana Roe "
     "rejected the latest resolution.", "ease"),
]
_WITHOUT_CASES = [
    ("Chile's foreign minister Ana Roe said: \"Let Chile live without the embargo!\"", "ease"),
    ("\"Our people deserve a future without sanctions,\" Chile's foreign minister said.",
     "ease"),
    # the measures wanted: nothing is achieved without them
    ("\"Chile will not be stopped without sanctions,\" Peru's trade minister Al Poe said.",
     "tighten"),
]


@pytest.mark.parametrize(("text", "stance"),
                         _BARE_VOTE_CASES + _VOTED_TEXT_CASES + _WITHOUT_CASES)
def test_votes_and_calls_read_from_what_they_are_on(rules_in, text, stance):
    """A vote with no object is on the measures the report tells of; a vote in favour of the
    text, or of its latest version, is for them; a life without them is a call to end them."""
    _assert_last_side(rules_in(text), stance)


def test_a_vote_with_no_object_before_another_clause_is_still_on_those_measures(rules_in):
    """'Peru voted against and Bolivia abstained' is parsed as 'against ... Bolivia': the
    vote still has no object, and Bolivia is not the measures' target."""
    found = rules_in("The U.N. General Assembly voted to demand an end to the embargo on "
                     "Chile.\n\nPeru voted against and Bolivia abstained.")
    got = {s.speaker: (s.stance, s.target) for s in found}
    assert got["Peru"] == ("tighten", "CHL"), got
    assert got["Bolivia"][0] == "neutral", got


def test_without_something_other_than_the_measures_is_no_call_to_end_them(rules_in):
    found = rules_in("The U.N. Security Council tightened sanctions on Chile.\n\nThe European "
                     "Union said it would write the resolution into its law without delay.")
    assert [s.stance for s in found if "without delay" in s.sentence] != ["ease"], found




@pytest.mark.parametrize(("text", "stance"), [
    # a threat in a report on the measures: for more of them ...
    (_EMBARGO_LEAD + "Peru's trade minister Al Poe said: \"Our patience has run out.\"",
     "tighten"),
    (_EMBARGO_LEAD + "Peru's president Ana Roe said Lima had no intention of backing down.",
     "tighten"),
    # ... but not when the target threatens: it calls for no measures on itself
    (_EMBARGO_LEAD + "Chile's foreign minister Ana Roe said Peru would pay dearly for the "
     "decision.", "ease"),
    # the report's imposer threatens, even where the measures on it are named most
    ("Peru imposed tariffs on European wine on Monday. The European Union said it would "
     "impose sanctions on Peru in return.\n\nPeru's trade minister Al Poe said: \"Our "
     "patience has run out.\"", "tighten"),
])
def test_threats_in_a_report_and_whose_they_are(rules_in, text, stance):
    _assert_last_side(rules_in(text), stance)


@pytest.mark.parametrize(("text", "author_country", "words"), [
    # 'the resolution' is as often another body's text as the measures
    ("The embargo on Chile continues. We welcomed the resolution.", None, "resolution"),
    # the target's own speech says many things of the measures: its words decide
    ("The embargo on Chile has cost Chile $2 billion.", "CHL", ""),
    # a vote with no object may be on anything
    ("The embargo on Chile continues. We voted in favour.", None, "voted"),
])
def test_in_a_speech_these_take_no_side(rules_in, text, author_country, words):
    """Rules for news reports stay out of speeches, whose author says many things."""
    found = rules_in(text, author="Ana Roe", author_country=author_country)
    assert [s.stance for s in found if words in s.sentence] == ["neutral"], found


@pytest.mark.parametrize(("text", "stance"), [
    # acts that add to the measures or grant relief from them
    ("Peru added 31 Chilean companies to its entity list.", "tighten"),
    ("Peru issued a general license allowing trade with Chile.", "ease"),
    ("Peru granted Bolivia an exemption from the sanctions on Chile.", "ease"),
    ("Peru's trade minister Al Poe asked for a waiver from the sanctions on Chile.", "ease"),
    # measures owed or to come, not reported
    ("Peru's envoy Al Poe said the Chilean officials should be sanctioned.", "tighten"),
    ("Peru's envoy Al Poe said the Chilean officials were sanctioned in 2019.", "neutral"),
    # voting down an easing keeps the measures
    ("Peru's lawmakers voted down an amendment that would have eased the embargo on Chile.",
     "tighten"),
    ("Peru's envoy Al Poe said Lima would restore the sanctions on Chile.", "tighten"),
    ("Peru's envoy Al Poe pressed for an unconditional rollover of the sanctions on Chile.",
     "tighten"),
    ("\"We cannot allow the sanctions regime to erode,\" Peru's envoy Al Poe said.", "tighten"),
    # 'them' as the subject of a bare participle is what the participle does
    ("Asked whether the sanctions on Chile would stay, Peru's envoy Al Poe said: \"We want "
     "them extended.\"", "tighten"),
    ("Chile's foreign minister Ana Roe said the sanctions had no legal basis.", "ease"),
    ("Peru imposed sanctions on Chile.\n\nChile's foreign ministry said such measures were "
     "tantamount to declaring war.", "ease"),
    # trade barred in what a speaker reports is a measure, reversed by a negation
    ("Peru froze Chilean assets on Monday.\n\nPeru's foreign minister Al Poe said Lima would "
     "also halt loans and block all arms shipments to Chile.", "tighten"),
    ("Peru froze Chilean assets on Monday.\n\nPeru's foreign minister Al Poe said Lima would "
     "not cut off electricity or water supplies to Chile.", "ease"),
    ("Peru restricted exports of copper to Chile.", "tighten"),
    # a pronoun that is the subject of the judging adjective stands for the measures
    ("Peru imposed sanctions on Chile. Chile's foreign minister Ana Roe said Santiago "
     "considered them unacceptable.", "ease"),
    # fighting an easing; measures to be revisited; harms compared, however phrased
    ("Peru's senator Al Poe vowed to fight every effort to lift the embargo on Chile.",
     "tighten"),
    ("Peru's senator Al Poe said the sanctions on Chile should be revisited.", "ease"),
    ("Peru's senator Al Poe said the embargo on Chile \"hurts Peruvian wheat growers a lot "
     "more than it hurts the government in Santiago.\"", "ease"),
    # a change in the measures named as a time is no stand on it
    ("Peru's oil minister Al Poe said Lima did not plan to cut its output after the lifting "
     "of the sanctions on Chile.", "neutral"),
    # the list added to, however long the list of what was added
    ("Seoul's foreign ministry added 38 North Koreans and 24 organizations to its blacklist.",
     "tighten"),
    # a modal of obligation on the verb the measures are the means of wants them ...
    ("Peru's prime minister Al Poe said the world must answer Chile's missile tests with "
     "punitive measures.", "tighten"),
    ("Peru's prime minister Al Poe said Chile should face sanctions.", "tighten"),
    # ... not one over a clause that tells of them
    ("Bolivia's foreign minister Ana Roe said it must be borne in mind that the sanctions on "
     "Chile still continue.", "neutral"),
    # a resolution named by its number refers to the measures
    ("The Security Council imposed sanctions on Chile.\n\nPeru's foreign minister Al Poe said "
     "Lima would implement resolution 2270 fully and strictly.", "tighten"),
    ("Peru's envoy Al Poe accused Chile of using shell companies to slip around the "
     "sanctions.", "tighten"),
    # a reason given for a bar is not what the bar reverses
    ("Peru's treasury official Al Poe said Peruvian banks were still barred from doing "
     "business with Chile because the Peruvian embargo remained in force.", "neutral"),
    # taken off the list: eased
    ("Chile's foreign ministry welcomed Peru's decision to take several Chilean firms off its "
     "blacklist.", "ease"),
    ("Peru delisted two Chilean banks from its sanctions list.", "ease"),
    # what is breached, however long the phrase: no accusation against the measures
    ("Peru's envoy Al Poe accused some countries of violating the cap on copper imports set "
     "by resolution 2397.", "tighten"),
    # an easing said to reward or embolden the target is argued against
    ("Peru's president Al Poe said that lifting the sanctions on Chile now would reward "
     "aggression.", "tighten"),
])
def test_acts_and_words_of_2_9_4(rules_in, text, stance):
    _assert_last_side(rules_in(text), stance)


@pytest.mark.parametrize("text", [
    "Ana Roe has expanded the list of permitted businesses and made getting a licence easier.",
    "Peru's envoy Al Poe said, adding that talks on the sanctions issue would go on.",
    "The embargo on Chile goes on.\n\nPeru's envoy Al Poe said the council was forced to "
    "issue resolutions on Chile.",
])
def test_a_list_a_licence_or_an_issue_alone_is_no_measure(rules_in, text):
    """'entity list' and 'general license' name measures; 'list' and 'licence' alone do
    not, and 'issue' directs only as a verb granting a relief."""
    assert all(s.stance == "neutral" for s in rules_in(text)), rules_in(text)


def test_a_noun_the_parser_made_the_root_is_its_past_verbs_subject(rules_in):
    found = rules_in("The Peruvian foreign minister called on Brussels to ban all imports of "
                     "Chilean copper.")
    assert [(s.speaker, s.country, s.stance) for s in found] == [
        ("Peruvian foreign minister", "PER", "tighten")], found


@pytest.mark.parametrize(("text", "country"), [
    ("House Speaker Ana Roe said the chamber would renew the sanctions on Chile.", "USA"),
    ("Myanmar's state counsellor said the time had come to remove the sanctions on Chile.",
     "MMR"),
    ("\"The measures on Chile have outlived their purpose,\" the South African president "
     "said.", "ZAF"),
    ("The South African president Ana Roe said the embargo on Chile must end.", "ZAF"),
])
def test_titles_and_an_alias_that_stops_short_of_a_longer_name(rules_in, text, country):
    """'House Speaker' is a US title and 'counsellor' a role; 'the South' (South Korea) is
    not the start of 'the South African president'."""
    assert [s.country for s in rules_in(text)] == [country], rules_in(text)


def test_where_assets_someone_holds_are_is_no_target(rules_in):
    found = rules_in("Peru froze any assets the Chilean generals hold in Peru.")
    assert [(s.stance, s.target) for s in found] == [("tighten", "CHL")], found


@pytest.mark.parametrize(("text", "speaker", "country"), [
    ("In a statement, the Foreign, Commonwealth and Development Office said: \"The UK will "
     "impose sanctions on Chile.\"", "Foreign Office", "GBR"),
    ("In a statement, the Federal Foreign Office said: \"We call on all states to implement "
     "the sanctions on Chile fully.\"", "Federal Foreign Office", "DEU"),
    ("In a statement, the Department of Foreign Affairs and Trade said: \"We will impose "
     "sanctions on Chile.\"", "Department of Foreign Affairs and Trade", "AUS"),
])
def test_foreign_ministries_by_their_own_names(rules_in, text, speaker, country):
    assert [(s.speaker, s.country, s.stance) for s in rules_in(text)] == [
        (speaker, country, "tighten")], rules_in(text)


@pytest.mark.parametrize(("text", "speaker", "country", "stance"), [
    # a dateline that names a country or a former seat of government places its officials
    ("BONN (Reuters) - The government will not take part in a trade boycott of Chile, "
     "Economics Minister Al Poe said.", "Al Poe", "DEU", "ease"),
    ("KUWAIT (Reuters) - Oil Minister Al Poe said the embargo on Chile must stay.", "Al Poe",
     "KWT", "tighten"),
    # the states of the 1980s wire are read as their successors, as annotators code them
    ("A Soviet Foreign Ministry spokesman, Al Poe, said the sanctions on Chile were a "
     "violation of international law.", "Al Poe", "RUS", "ease"),
    ("The Rhodesian information minister, Al Poe, said the sanctions had hurt the farm "
     "labourer far more than any member of the government.", "Al Poe", "ZWE", "ease"),
    ("The Yugoslav foreign minister, Al Poe, said the arms embargo on Chile was a "
     "violation of international law.", "Al Poe", "SRB", "ease"),
    # a title before a name the tagger did not tag: the name follows the last title word
    ("Trade Representative Clayton Meyers announced 100 percent tariffs on Chilean "
     "computers.", "Clayton Meyers", "USA", "tighten"),
    # 'asset freezes' parsed as a verb of its own is still the object imposed
    ("Britain imposed asset freezes on Thursday on two companies accused of supplying fuel "
     "to Chile.", "United Kingdom", "GBR", "tighten"),
    ("Lithuania halted the rail transit of Chilean potash to the port of Klaipeda.",
     "Lithuania", "LTU", "tighten"),
    # a body's officer standing beside a minister is not of the minister's country
    ("EU foreign policy chief Ana Roe, standing beside Chilean Foreign Minister Al Poe, said "
     "the sanctions on Chile would be lifted.", "Ana Roe", None, "ease"),
    # done 'without delay', a delay is no stand against the measures
    ("The European Council calls for a further package of restrictive measures against Chile "
     "and invites the Commission to present proposals without delay to close the loopholes.",
     "European Union", None, "tighten"),
])
def test_wire_places_titles_and_misparsed_measures(rules_in, text, speaker, country, stance):
    assert [(s.speaker, s.country, s.stance) for s in rules_in(text)][-1:] == [
        (speaker, country, stance)], rules_in(text)


def test_he_after_a_title_with_the_name_in_apposition_is_that_person(rules_in):
    """'China's ambassador, Liu Jieyi, said ... But he said': Liu, not a man named before."""
    found = rules_in("In Lima, President Al Poe said the sanctions on Chile were firm.\n\n"
                     "Bolivia's ambassador, Liu Jieyi, said La Paz backed the resolution. But he "
                     "said the sanctions must not hurt the people of Chile.")
    assert [s.speaker for s in found if s.sentence.startswith("But he")] == ["Liu Jieyi"], found


def test_trade_barred_in_a_clause_that_dates_the_claim_is_not_the_claim(rules_in):
    found = rules_in("Peru's envoy Al Poe called for talks with Chile on Tuesday, a day after "
                     "Lima froze all Chilean government assets.")
    assert {(s.speaker, s.stance) for s in found} == {("Al Poe", "neutral"),
                                                      ("Peru", "tighten")}, found


@pytest.mark.parametrize(("text", "speaker", "stance", "target"), [
    # a judgement denied twice is kept: 'not true that sanctions do not work'
    ("Peru's prime minister Al Poe said: \"It is simply not true that sanctions on Chile do "
     "not work.\"", "Al Poe", "tighten", "CHL"),
    # asking others to stop buying is barring trade
    ("Peru's spokesman Al Poe said Lima was asking its allies to stop buying Chilean oil.",
     "Al Poe", "tighten", "CHL"),
    # the Common Market is the European Community's old name
    ("Foreign ministers of the Common Market agreed to ban all new contracts with Chile.",
     "European Union", "tighten", "CHL"),
    # the country of frozen assets whose owner is named is where they are held
    ("The United States froze the U.S. assets of Chile's military leaders.", "United States",
     "tighten", "CHL"),
])
def test_denials_asked_bars_old_names_and_held_assets(rules_in, text, speaker, stance, target):
    found = [(s.speaker, s.stance, s.target) for s in rules_in(text)]
    assert (speaker, stance, target) in found, found


# (text, speaker, country, side, target) of extractor 2.9.5's rules: each row a made-up text
_CASES_2_9_5 = [
    # an official of no named country speaks for the country whose intention they report
    ("Peru would not support new sanctions against Chile, a Foreign Ministry spokesman said.",
     "Peru Foreign Ministry", "PER", "ease", "CHL"),
    # 'the minister called X Y' parsed as a noun the verb describes
    ("Chile's oil minister called U.S. sanctions illegal on Tuesday.", "Chile oil minister",
     "CHL", "ease", None),
    # kept out of a place or a system trade goes through; the place is the imposer's
    ("The European Union barred Chilean airlines from its airspace on Friday.",
     "European Union", None, "tighten", "CHL"),
    ("Peru said it would ban all Chilean ships from Peruvian ports.", "Peru", "PER", "tighten",
     "CHL"),
    ("Peru's foreign minister Al Poe urged the EU to cut Chilean banks off from SWIFT.",
     "Al Poe", "PER", "tighten", "CHL"),
    # a judgement named through 'an act of'
    ("Chile's spokesman Al Poe said U.S. sanctions were \"an act of economic aggression.\"",
     "Al Poe", "CHL", "ease", None),
    # what the speaker would do rather than pile on sanctions
    ("Peru's foreign minister Al Poe said neighbours should engage with Chile rather than pile "
     "on sanctions.", "Al Poe", "PER", "ease", None),
    # a national agency quoting an unnamed spokesman: the agency's country
    ("Chile's state media quoted a foreign ministry spokesman as saying that sanctions \"will "
     "never work.\"", "Chile Foreign Ministry", "CHL", "ease", None),
    # assets frozen 'in' the imposer's country: where they are held, not the target
    ("President Al Poe ordered all Peruvians to leave Chile and froze Chilean government assets "
     "in Peru.", "Al Poe", None, "tighten", "CHL"),
    # 'had no legal basis' is said of the act its subject names, as 'was illegal' is
    ("Peru's foreign minister Al Poe said the decision to lift sanctions on Chile had no legal "
     "basis.", "Al Poe", "PER", "tighten", "CHL"),
    # assets or loans that will 'remain frozen' or 'stay suspended', and whose they are
    ("Chile's central bank reserves will remain frozen until the junta changes course, a "
     "Peruvian official told reporters.", "Peruvian official", "PER", "tighten", "CHL"),
    ("The Peruvian foreign ministry said loans to Chile would stay suspended.",
     "Peruvian Foreign Ministry", "PER", "tighten", "CHL"),
    # cutting a country's import quotas
    ("Peru's trade minister Al Poe said Lima would cut Chile's textile quotas by 35 pct.",
     "Al Poe", "PER", "tighten", "CHL"),
    # ships 'breaking the embargo' breach it; stopping them enforces it
    ("The Security Council voted to let navies stop ships breaking the embargo against Chile.",
     "UN Security Council", None, "tighten", "CHL"),
    # measures said to cause deaths
    ("Chile's Health Ministry said the embargo had contributed to the deaths of 4,000 "
     "children.", "Chile Health Ministry", "CHL", "ease", None),
    # a chamber of a parliament; 'stop complying' with the measures
    ("The lower house of the Peruvian parliament voted to urge the government to stop "
     "complying with sanctions against Chile.", "Lower House of Peruvian Parliament", "PER",
     "ease", "CHL"),
    # 'break the deadlock' is no breach
    ("Al Poe, Peru's minister, said talks could break the deadlock over sanctions on Chile.",
     "Al Poe", "PER", "neutral", "CHL"),
    # a hyphenated name of the gazetteer stays one token ('Jae-in' is not 'Jae - in')
    ("South Korean President Moon Jae-in said sanctions on North Korea should be eased.",
     "Moon Jae-in", "KOR", "ease", "PRK"),
    # a known leader's spokesman is of the leader's country
    ("Peru's President Al Poe met Chile's leader. Later, Poe's spokesman said sanctions on "
     "Chile should be eased.", "Peru spokesman", "PER", "ease", "CHL"),
    # officers and investigators of a body named in full
    ("The European Union's foreign policy chief announced that the bloc was lifting its "
     "sanctions on Chile.", "European Union foreign policy chief", None, "ease", "CHL"),
    ("A U.N. independent expert said that U.S. sanctions on Chile violated international law.",
     "U.N. independent expert", None, "ease", "CHL"),
    ("U.N. investigators urged governments to impose targeted sanctions on Chile's "
     "commanders.", "United Nations", None, "tighten", "CHL"),
    # 'by a single millimetre' is no party acting
    ("Sanctions against Chile \"cannot be eased by a single millimetre,\" Peru's foreign "
     "minister Al Poe said.", "Al Poe", "PER", "tighten", "CHL"),
    ("Peru's President Al Poe said he had told the Treasury to hold off on additional "
     "sanctions against Chile.", "Al Poe", "PER", "ease", "CHL"),
    ("Peru's President Al Poe said he had authorised a doubling of tariffs on Chilean steel.",
     "Al Poe", "PER", "tighten", None),
    # a border, airspace or ports closed to a country
    ("Peru closed its land border with Chile and shut its airspace to Chilean traffic on "
     "Monday.", "Peru", "PER", "tighten", "CHL"),
    ("Peru wants Chile to close its borders to radical groups.", "Peru", "PER", "neutral",
     None),
    # barred from doing business with someone: the partner is the target
    ("The Treasury barred American companies from doing business with Chile's military.",
     "Treasury Department", "USA", "tighten", "CHL"),
    # bodies the gazetteer does not list, named as bodies
    ("Human Rights Watch urged the Security Council to impose an arms embargo on Chile.",
     "Human Rights Watch", None, "tighten", "CHL"),
    ("The Lima Project, an advocacy group, urged Washington not to lift sanctions on Chile.",
     "Lima Project", None, "tighten", "CHL"),
    # a national news agency relaying an unnamed official
    ("Tass quoted the deputy foreign minister as saying that Western sanctions on Chile were "
     "illegitimate.", "Russia deputy foreign minister", "RUS", "ease", "CHL"),
    # the office of an official speaks for the official's country
    ("The office of the U.S. Trade Representative said it would propose duties on Chilean "
     "goods.", "Office of U.S. Trade Representative", "USA", "tighten", "CHL"),
    # a bill that bars trade or sanctions, passed or introduced, is an act on the measures
    ("The House passed a bill on Thursday barring American firms from trading with Chile.",
     "U.S. House of Representatives", "USA", "tighten", "CHL"),
    ("A bipartisan group of senators introduced legislation that would sanction Chilean "
     "banks.", "United States", "USA", "tighten", "CHL"),
    # calling on others to defy the measures is a stand against them
    ("Chile's foreign minister Al Poe called on African governments to defy the embargo on "
     "Chile.", "Al Poe", "CHL", "ease", "CHL"),
    ("Senator Al Poe said the embargo against Chile had outlived its purpose.", "Al Poe", "USA",
     "ease", "CHL"),
    # releasing frozen reserves; whom a call asks to act is no target
    ("A Taliban spokesman urged the United States to release Afghanistan's frozen reserves.",
     "Taliban spokesman", "AFG", "ease", None),
    # a country's own barriers a condition asks it to lift are not the measures
    ("Peru will impose punitive tariffs on Chilean wine unless Santiago eases its restrictions "
     "on Peruvian fruit, a White House spokesman said.", "White House spokesman", "USA",
     "tighten", "CHL"),
    # a bill's measures on one country and duties on the imposer's own firms: not against it
    ("The House voted for a bill that would ban nearly all trade with Chile and require U.S. "
     "companies to sell their investments there.", "U.S. House of Representatives", "USA",
     "tighten", "CHL"),
    # 'aggression' that the measures are called, not the target's aggression
    ("Chile's foreign minister called the U.S. measures \"an imperial aggression\".",
     "Chile foreign minister", "CHL", "ease", None),
    ("Peru's minister Al Poe said the sanctions on Chile were a response to its aggression.",
     "Al Poe", "PER", "neutral", "CHL"),
    ("The Chilean Exporters Association said the U.S. sanctions set \"a dangerous "
     "precedent\".", "Chilean Exporters Association", "CHL", "ease", None),
    # a body of no named country is of the country whose intention it reports
    ("Peru will suspend all imports of coal from Chile, the Commerce Ministry said.",
     "Peru Commerce Ministry", "PER", "tighten", "CHL"),
    # barred from making payments to someone: the one paid is the target
    ("President Al Poe barred Peruvian companies from making payments to the government of "
     "Chile.", "Al Poe", None, "tighten", "CHL"),
]


@pytest.mark.parametrize("text", [
    # the subject of a description is not the speaker's country
    "\"Chile is a paranoid, isolated nation,\" the senator said of the sanctions.",
    # 'citizens working there' is no judgement that the measures work
    "Peru will not join an economic boycott of Chile, a spokesman said.\n\n\"Boycotts never "
    "topple a government, and we have 9,000 citizens working there,\" he said.",
])
def test_no_country_or_side_read_from_a_description(rules_in, text):
    found = rules_in(text)
    assert not any(s.country == "CHL" or s.stance == "tighten" for s in found), found


_CASES_2_9_6 = [
    # old wire copy: 'CITY (AP) _' datelines and ``quotes''
    ("LIMA (AP) _ The President vetoed the Chile sanctions bill Tuesday, saying punitive "
     "measures ``would hurt the very workers they are meant to help.''",
     "Peru President", "PER", "ease", "CHL"),
    # 'CITY - The government': the dateline city ends before the dash
    ("LIMA - The government said on Monday it would lift its sanctions on Chile.",
     "Peru Government", "PER", "ease", "CHL"),
    # a body's term is no other body: 'the outgoing administration'
    ("WASHINGTON - The outgoing administration on Friday eased sanctions on Chile.",
     "United States Administration", "USA", "ease", "CHL"),
    # 'imposed sanctions on Chilean officials': the 'on' hangs from the verb
    ("Peru imposed targeted sanctions on 12 senior Chilean officials on Friday.",
     "Peru", "PER", "tighten", "CHL"),
    # barring one's own banks from buying a country's bonds targets that country
    ("LIMA - The Peruvian government on Friday barred Peruvian banks from buying new bonds "
     "issued by Chile's government.", "Peruvian Government", "PER", "tighten", "CHL"),
    # 'decide whether to revoke' asks, takes no side
    ("LIMA - The government will decide by June whether to revoke sanctions on Chile, a "
     "Foreign Ministry spokeswoman said.", "Peru Foreign Ministry", "PER",
     "neutral", "CHL"),
    # a forecast's assumptions take no side; the sanctions it would lift are those on the
    # only country the text names (twice)
    ("Chile's Finance Ministry has not factored any lifting of sanctions into its budget, "
     "Chile's deputy finance minister said.", "Chile deputy finance minister", "CHL",
     "neutral", "CHL"),
    # 'not to waver on sanctions'; 'oppose any bill that chipped away at the embargo'
    ("Peru's foreign minister urged allies not to waver on sanctions against Chile.",
     "Peru foreign minister", "PER", "tighten", "CHL"),
    ("A Peruvian senator, Ana Ruiz, said she would oppose any bill that chipped away at the "
     "embargo on Chile.", "Ana Ruiz", "PER", "tighten", "CHL"),
    # measures that harden what they meant to break are argued against
    ("Chile's finance minister said sanctions had only hardened the resolve of voters.",
     "Chile finance minister", "CHL", "ease", None),
    # a negation does not reach a conjoined clause with its own subject
    ("\"The sanctions did not bring this nation to its knees, and their removal proves that "
     "dialogue works,\" Chile's president told parliament.", "Chile president", "CHL", "ease",
     None),
    # 'any softening of sanctions would reward aggression'
    ("Peru's foreign minister said any softening of sanctions on Chile would reward "
     "aggression.", "Peru foreign minister", "PER", "tighten", "CHL"),
    # 'called on Monday for a boycott': a split phrasal cue
    ("Peru's trade minister called on Monday for a consumer boycott of Chilean fruit.",
     "Peru trade minister", "PER", "tighten", "CHL"),
    # 'the longest economic siege': an economic siege is a measure
    # a ministry's spokesman in a story from its capital is its government's
    ("LIMA - Sanctions on Chile will not be lifted, a Foreign Ministry spokesman said.",
     "Peru Foreign Ministry", "PER", "tighten", "CHL"),
    ("Chile's foreign minister urged Peru to end what he called an economic siege.",
     "Chile foreign minister", "CHL", "ease", None),
]


_CASES_2_9_6_SET_L = [
    # a noun 'dispute' is no flip; a verb 'disputed' is
    ("Peru's defence minister said Lima and Santiago had set up a working group to discuss the "
     "fishing dispute and the measures on Chile's fishing fleet.", "Peru defence minister", "PER",
     "neutral", "CHL"),
    # 'added its voice to calls for an end to sanctions': no sanctions added
    ("LIMA - Peru on Friday added its voice to calls for an end to the sanctions on Chile.",
     "Peru", "PER", "ease", "CHL"),
    # a group of deputies speaks for its country's parliament
    ("Peruvian deputies adopted a motion urging the government to push for the lifting of the "
     "measures against Chile.", "Peru", "PER", "ease", "CHL"),
    # an exemption a ministry is asking about: no side
    ("Peru's trade ministry said it was reviewing whether a shipment of medicine to Chile would "
     "need an exemption from the sanctions.", "Peru Trade Ministry", "PER", "neutral", "CHL"),
    # 'let some countries keep buying Chilean copper': no measures kept; whose decision it is
    # acts, and is no target
    ("Peru welcomed Bolivia's decision to end the waivers that had let some countries keep "
     "buying Chilean copper.", "Peru", "PER", "tighten", None),
    # a noun the parser made the root, with the verb's clause asking something done
    ("A U.N. special rapporteur called on the United States to lift its sanctions on Chile.",
     "U.N. special rapporteur", None, "ease", "CHL"),
    # a party's own compliance with a deal is no enforcing of the measures; the act a condition
    # waits for is the speaker's demand; the sanctions Peru reimposed bear on Chile, which the
    # text names most and which argues to ease them
    ("Chile will return to full compliance with the fisheries deal only once Peru has removed "
     "every sanction it reimposed, Chile's foreign minister said.", "Chile foreign minister",
     "CHL", "ease", "CHL"),
    # a feeling towards a country is not the country a person belongs to
    ("Senator Al Poe, who has never hidden his contempt for the Chilean junta, told the "
     "committee that Congress should write the Chile sanctions into law.", "Al Poe", "USA",
     "tighten", "CHL"),
    # announcing that measures were lifted is an act, not a description
    ("Peru's foreign minister announced on Saturday that the sanctions on Chile had been "
     "lifted.", "Peru foreign minister", "PER", "ease", "CHL"),
    # 'to starve Santiago of copper income' is the measures' aim, not their harm
    ("LIMA - Peru on Tuesday blacklisted three Chilean shipping firms, a move officials said "
     "was meant to starve Santiago of copper income.", "Peru", "PER", "tighten", "CHL"),
    # whom a verb adds to a sanctions list is the target
    ("Peru added 21 Chilean officials to its sanctions list.", "Peru", "PER", "tighten", "CHL"),
    ("Chile's president called the sanctions senseless.", "Chile president", "CHL", "ease",
     None),
    ("Peru's president said a step back from the punitive measures on Chile would be the "
     "surest route to a free election.", "Peru president", "PER", "ease", "CHL"),
]


_CASES_2_9_6_SET_P = [
    # a dateline with a state and a date: 'SAN JOSE, Calif., March 20 -' is no speaker
    ("SAN JOSE, Calif., March 20 - The Semiconductor Industry Association urged the White "
     "House to retaliate against Japan.", "Semiconductor Industry Association", None,
     "tighten", "JPN"),
    # kept 'out of' a market, as 'from' it; the market is the imposer's
    ("LIMA, June 30 - Peru's Senate voted 92 to 5 to shut Chilean wine out of the Peruvian "
     "market for two years.", "Peru Senate", "PER", "tighten", "CHL"),
    # 'retaliate against' a country is a measure on it (GOLD_FORMAT), with or without sanctions
    ("LIMA, March 19 - Peru's Senate adopted a resolution urging the president to retaliate "
     "against Chile for breaching the fisheries accord.", "Peru Senate", "PER", "tighten",
     "CHL"),
    # duties named as measures, and words for measures of the period
    ("LIMA, Oct 17 - Peru's prime minister said the preliminary Chilean duty on Peruvian "
     "copper was unwarranted harassment of a friendly trading partner.",
     "Peru prime minister", "PER", "ease", "PER"),
    ("LIMA, Feb 20 - Peru has shelved its planned duties on Chilean goods, the trade minister "
     "said.", "Peru trade minister", "PER", "ease", "CHL"),
    ("Chile's mining minister said the Peruvian import ban was a meaningless gesture.",
     "Chile mining minister", "CHL", "ease", None),
    ("LIMA, Nov 13 - President Al Poe of Peru ordered officials to draw up a list of Chilean "
     "goods for punitive duties.", "Al Poe", "PER", "tighten", None),
    ("Peru's trade minister said 200 pct duties on Chilean wine would go into force on "
     "January 30 unless Santiago compensates Peruvian farmers.", "Peru trade minister", "PER",
     "tighten", "CHL"),
    # raising tariffs on a country's exports; its failure to keep a pact is no judgement of
    # the measures
    ("Peru's president said he would raise tariffs to 100 pct on up to 300 mln dlrs of "
     "Chilean exports, charging that Santiago had failed to live up to the pact.",
     "Peru president", "PER", "tighten", "CHL"),
    # 'neither moral nor effective'
    ("Peru's prime minister told parliament that punitive sanctions against Chile would be "
     "neither moral nor effective.", "Peru prime minister", "PER", "ease", "CHL"),
    # what dates something else takes no side: 'since the embargo began'
    ("LIMA, Feb 10 - A Trade Ministry official said the ministry had approved 37 licences for "
     "shipments of medicine to Chile since the embargo began.", "Peru Trade Ministry official",
     "PER", "neutral", None),
    # a named ministry or department of no country, in a story from a capital, is its
    # government's
    ("LIMA - The Foreign Ministry said it would lift sanctions on Chile.",
     "Peru Foreign Ministry", "PER", "ease", "CHL"),
    ("LIMA - The Energy Department said Peruvian imports of Chilean gas fell after the "
     "sanctions took effect.", "Peru Energy Department", "PER", "neutral", None),
    # 'against 15 pct before the embargo' compares, it does not oppose
    ("SANTIAGO, Feb 16 - Chile's central bank said Europe took 48 pct of the country's "
     "exports last year, against 15 pct before the embargo.", "Chile Central Bank",
     "CHL", "neutral", None),
]


_CASES_2_9_6_SET_M = [
    # 'would not stand in the way of' lets it happen
    ("Peru's foreign minister said Lima would not stand in the way of suspending the "
     "sanctions on Chile.", "Peru foreign minister", "PER", "ease", "CHL"),
    # a 'bar on' investment is a measure; ending it eases
    ("A Peruvian Foreign Ministry spokesman said Lima would end its bar on new investment in "
     "Chile.", "Peru Foreign Ministry", "PER", "ease", "CHL"),
    # 'cleared the way for' a ban: an act; who invests is not the target, where it goes is
    ("LIMA - President Al Poe of Peru cleared the way for a ban on new Peruvian investment in "
     "Chile.", "Al Poe", "PER", "tighten", "CHL"),
    # 'President Clinton' is the gazetteer's president of that name
    ("WASHINGTON - President Clinton said the sanctions on Chile would stay.", "Bill Clinton",
     "USA", "tighten", "CHL"),
    # a question still open, negated or not
    ("A Peruvian Foreign Ministry spokeswoman said the president had not yet decided whether "
     "to ease the restrictions on flights to Chile.", "Peru Foreign Ministry",
     "PER", "neutral", None),
    # something else that grew is no tightening
    ("Chile's health ministry said the number of families relying on food aid had doubled "
     "under the sanctions.",
     "Chile Health Ministry", "CHL", "neutral", None),
    # easing that would jeopardize something is argued against
    ("Peru's foreign minister said lifting the sanctions on Chile now would jeopardize the "
     "talks.", "Peru foreign minister", "PER", "tighten", "CHL"),
    # loans and aid frozen or suspended are measures
    ("LIMA - Peru froze new loans to Chile and suspended all grant aid, the prime minister "
     "announced.", "Peru", "PER", "tighten", "CHL"),  # (the target since 2.9.23: aid frozen)
    # barred from flying
    ("Peru barred Chilean airlines from flying to Lima.", "Peru", "PER", "tighten", "CHL"),
    # an officer of the UN named in apposition is the UN's, wherever they serve
    ("Al Poe, the UN humanitarian coordinator in Chile, said the sanctions on Chile should be "
     "eased.", "Al Poe", None, "ease", "CHL"),
    ("The Vatican's foreign minister said the embargo on Chile was unjust.",
     "Vatican foreign minister", "VAT", "ease", "CHL"),
    # 'no objection to' is no flip
    ("Peru said it had no objection to new sanctions on Chile.", "Peru", "PER", "tighten",
     "CHL"),
]


_CASES_2_9_6_SET_O = [
    # demonyms the gazetteer lacked
    ("Slovak Prime Minister Al Poe said the sanctions on Chile should be lifted.", "Al Poe",
     "SVK", "ease", "CHL"),
    ("A Kyrgyz Foreign Ministry spokesman said the sanctions on Chile should be lifted.",
     "Kyrgyzstan Foreign Ministry", "KGZ", "ease", "CHL"),
    # opposing an 'unwinding' of the measures
    ("Peru's foreign minister said Lima would oppose any gradual unwinding of the measures on "
     "Chile.", "Peru foreign minister", "PER", "tighten", "CHL"),
    # 'blacklisting' is a measure
    ("A Peruvian trade official said Lima had asked Washington to remove the remaining "
     "blacklisting of Chilean businessmen.", "Peruvian trade official", "PER", "ease", "CHL"),
    # a noun 'drop' is no dropping of the measures
    ("A Peruvian trade ministry spokeswoman said exports to Chile had fallen by a third, and "
     "that the drop reflected the sanctions as well as the currency's collapse.",
     "Peru Trade Ministry", "PER", "neutral", None),
    # a presidential spokesman in a story from the capital is its government's
    ("LIMA - Presidential spokesman Al Poe said the sanctions on Chile would stay.", "Al Poe",
     "PER", "tighten", "CHL"),
]


_CASES_2_9_6_SET_N = [
    # in a story from Brussels, 'the Council' and 'the Commission' are the EU's
    ("BRUSSELS -- The Council today prolonged the restrictive measures against Chile by a "
     "further six months.", "Council of the European Union", None, "tighten", "CHL"),
    # barring one's own firms from paying a regime names no target of the imposer's own
    ("WASHINGTON - President Al Poe invoked emergency powers to forbid U.S. companies from "
     "making any payments to the junta.", "Al Poe", "USA", "tighten", None),
    # another party's decision the speaker was told of is no stand of the speaker's
    ("Bolivia's foreign minister said the president had been informed of the Peruvian "
     "decision to extend the sanctions on Chile.", "Bolivia foreign minister", "BOL",
     "neutral", "CHL"),
]


_CASES_2_9_6_SET_Q = [
    # dealings named or licensed: landing rights, licences for exports, export credit
    ("LIMA, Dec 29 - President Al Poe of Peru suspended LanChile's landing rights.",
     "Al Poe", "PER", "tighten", None),
    ("LIMA, Dec 29 - President Al Poe of Peru suspended the Chilean airline's landing rights "
     "and stopped the issue of licences for copper exports to Chile.", "Al Poe", "PER",
     "tighten", "CHL"),
    ("LIMA, Jan 14 - The Foreign Ministry said export credit for new deals with Santiago would "
     "be withheld.", "Peru Foreign Ministry", "PER", "tighten", None),
    # cutting air links with a country
    ("LIMA (AP) - Peru will cut its air links with Chile at the end of the month, President "
     "Al Poe said.", "Al Poe", "PER", "tighten", "CHL"),
    # resuming aid or trade eases; opposing its resumption does not
    ("LIMA, Oct 24 - Peru will resume economic aid to Chile once a settlement has been signed, "
     "a Foreign Ministry official said.", "Peru Foreign Ministry official", "PER", "ease",
     "CHL"),
    ("Peru's foreign minister said Lima would oppose any resumption of Western aid to Chile.",
     "Peru foreign minister", "PER", "tighten", None),
    # the measures of old trade wire copy, and their judging
    ("Chile's trade minister called the Super 301 listing extremely regrettable.",
     "Chile trade minister", "CHL", "ease", None),
    ("Chile's foreign minister said the Peruvian measures had achieved nothing but hardship.",
     "Chile foreign minister", "CHL", "ease", None),
    ("Peru's foreign minister said the economic squeeze on Chile should stay in place.",
     "Peru foreign minister", "PER", "tighten", "CHL"),
]


@pytest.mark.parametrize(("text", "speaker", "country", "stance", "target"),
                         _CASES_2_9_5 + _CASES_2_9_6 + _CASES_2_9_6_SET_L + _CASES_2_9_6_SET_P
                         + _CASES_2_9_6_SET_M + _CASES_2_9_6_SET_O + _CASES_2_9_6_SET_N
                         + _CASES_2_9_6_SET_Q)
def test_rules_of_2_9_5_and_2_9_6(rules_in, text, speaker, country, stance, target):
    found = [(s.speaker, s.country, s.stance, s.target) for s in rules_in(text)]
    assert (speaker, country, stance, target) in found, found


def test_an_act_a_condition_waits_for_is_no_statement_of_its_actor(rules_in):
    found = rules_in("Chile will return to the talks only after Peru lifts the sanctions, "
                     "Chile's foreign minister said.")
    assert [(s.country, s.stance) for s in found] == [("CHL", "ease")], found


def test_a_quota_cut_is_not_an_act_of_its_holder(rules_in):
    found = rules_in("Chile's copper quota in the Peruvian market was cut by 90 percent in "
                     "1983.")
    assert not any(s.country == "CHL" for s in found), found
