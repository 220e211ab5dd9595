"""Transcripts (press calls, briefings, remarks with questions): each turn is its speaker's."""

from __future__ import annotations

from stance.extract.clean import segment
from stance.extract.turns import label_name, transcript_turns

CALL = (
    "Background Press Call on New Costs\n\n"
    "Via Teleconference\n\n"
    "MODERATOR:  Thanks, everyone. The call is on background and the sanctions fact sheet is "
    "embargoed until it ends.\n\n"
    "SENIOR ADMINISTRATION OFFICIAL:  Thanks. Today we are imposing new sanctions on Russia's "
    "largest banks.\n\n"
    "These measures will be fully enforced.\n\n"
    "Q    Will the sanctions be lifted if Russia withdraws?\n\n"
    "SENIOR ADMINISTRATION OFFICIAL:  Not before Russia ends its war.\n\n"
    "MS. PSAKI:  The President has been clear that the costs will keep rising.\n"
)
WHITE_HOUSE = dict(url="https://www.whitehouse.gov/briefing-room/press-briefings/x/")


def test_a_transcripts_turns_are_found_and_labels_are_not_parsed():
    blocks = [b for b in segment(CALL) if not b.skipped]
    turns = [(b.turn, CALL[b.start + b.parse_from:b.end][:6]) for b in blocks]
    assert turns == [("SENIOR ADMINISTRATION OFFICIAL", "Thanks"),
                     ("SENIOR ADMINISTRATION OFFICIAL", "These "),
                     ("SENIOR ADMINISTRATION OFFICIAL", "Not be"),
                     ("MS. PSAKI", "The Pr")]


def test_one_label_is_no_transcript():
    text = "Sanctions\n\nMR. SMITH:  I think the sanctions are working.\n\nHe went home."
    assert transcript_turns(text, [(0, 9), (11, 58), (60, 72)]) == []


def test_each_turn_is_its_speakers_and_questions_are_no_statements(rules_in):
    found = rules_in(CALL, **WHITE_HOUSE)
    speakers = {(s.speaker, s.country) for s in found}
    assert ("Senior Administration Official", "USA") in speakers, found
    assert not any("Will the sanctions" in s.sentence or "embargoed" in s.sentence
                   for s in found), found
    enforced = [s for s in found if "enforced" in s.sentence]
    assert [(s.speaker, s.stance) for s in enforced] == [
        ("Senior Administration Official", "tighten")], found


def test_a_label_names_a_title_and_a_surname():
    assert label_name("MS. PSAKI") == (None, "Psaki")
    assert label_name("SECRETARY BLINKEN") == ("Secretary", "Blinken")
    assert label_name("THE PRESIDENT") == ("President", None)
    assert label_name("PRESIDENT ZELENSKYY") == ("President", "Zelenskyy")
