"""People: one person one name, only real speakers, pronouns that agree, gender, and the
people table and command."""

import json
import subprocess
import sys

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import config
from analysis.entities import Actors
from analysis.loaders import Article
from analysis.names import first_name_gender, is_first_name, is_place
from analysis.people import COLUMNS, people, share_women
from analysis.quotes import extract, quotes_frame


def _quotes(text):
    article = Article("t", text, "test")
    return article, extract(article)


def _people(text):
    article = Article("t", text, "test")
    return people(article, quotes_frame(article)).set_index("name")


# -- one person, one name -----------------------------------------------------------------
def test_labels_before_a_name_are_not_part_of_it():
    text = ("Republican Donald Trump said the deal was bad for workers. Democrat Hillary Clinton "
            "said it was good for the country. Donald Trump’s campaign disagreed. Secretary of "
            "State Hillary Rodham Clinton said later that the deal would hold for years.")
    _, found = _quotes(text)
    assert {q.speaker for q in found} == {"Donald Trump", "Hillary Clinton"}


def test_middle_names_initials_and_surnames_are_one_person():
    text = ("Donald J. Trump said the wall would be built. Mr. Trump added that Mexico would "
            "pay. Donald Trump spoke for an hour. Trump’s aides said he was tired.")
    actors = Actors(text)
    people_found = [a for a in actors.actors if a.kind == "person"]
    assert len(people_found) == 1
    assert len(people_found[0].mentions) == 4


def test_a_title_before_a_surname_goes_to_the_full_name():
    text = ("Christopher Steele, a former spy, arrived in London. Mr. Steele said later that "
            "he would not testify before the committee.")
    _, found = _quotes(text)
    assert [q.speaker for q in found] == ["Christopher Steele"]


def test_a_surname_with_a_particle_is_the_full_name():
    _, found = _quotes("Mayor Bill de Blasio spoke first. De Blasio said the city was safe "
                       "and would stay that way.")
    assert [q.speaker for q in found] == ["Bill de Blasio"]


def test_people_sharing_a_surname_are_told_apart_by_honorific():
    text = ("Bill Clinton and Hillary Clinton arrived together. Mrs. Clinton said the plan "
            "was ready for the voters. Mr. Clinton said he would campaign for it.")
    _, found = _quotes(text)
    assert [q.speaker for q in found] == ["Hillary Clinton", "Bill Clinton"]


# -- only real speakers ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "In Florida Friday, officials said the storm had passed the coast.",
    "New York said the measure was unconstitutional and would be challenged in court.",
    "She found Trump “very charming” and called his standing in the field “unheard of.”",
    "On Friday, he joined other Republicans in pouncing on the news that the deal fell apart.",
])
def test_no_place_function_word_or_day_is_a_speaker(text):
    _, found = _quotes(text)
    junk = {"florida friday", "new york", "and", "on friday", "friday"}
    assert not any(q.speaker and q.speaker.casefold() in junk for q in found)


def test_a_name_that_holds_a_place_and_more_is_an_organisation():
    """The recogniser finds only "Canada" in "Environment Canada"; the agency speaks, the
    country alone does not."""
    article = Article("t", "Environment Canada is warning that up to 50 centimetres of snow "
                      "could fall by Friday. Canada said it would respond.", "test")
    found = [(q["speaker"], q["source_type"]) for q in quotes_frame(article).to_dict("records")]
    assert found[0] == ("Environment Canada", "institution")
    assert pd.isna(found[1][0])


def test_who_a_spokeswoman_speaks_for_is_not_a_person_for_speaking():
    """"A spokeswoman for Qantas said": the spokeswoman speaks, so the reporting verb after
    the name is no evidence that "Qantas" is a person; the people table lists only people."""
    table = _people("A spokeswoman for Qantas said the airline would defer four aircraft. "
                    "Vanessa Hudson said the cuts were needed.")
    assert list(table.index) == ["Vanessa Hudson"]


def test_i_inside_a_quotation_is_not_a_new_speaker():
    text = ("“I think we will win, and I say so every day,” Smith said. “I believe the "
            "voters are with us.”")
    _, found = _quotes(text)
    assert {q.speaker for q in found} == {"Smith"}


def test_a_possessive_description_speaks_through_the_apposed_name():
    _, found = _quotes('"We are ready for this," says Campbell\'s partner, Jason Louth.')
    assert [q.speaker for q in found] == ["Jason Louth"]


@pytest.mark.parametrize("text, speaker, source_type", [
    # a person named before where they are from or serve is that person (not the place)
    ("Coun. Maria Lopez of Hastings County said residents deserved an apology.",
     "Maria Lopez", "named_person"),
    ("Mayor Jane Doe of Kingston said the city would appeal the ruling.", "Jane Doe",
     "named_person"),
    ("Dr. Ahmed Khan of St. Paul's Hospital said the ward was full.", "Ahmed Khan",
     "named_person"),
    # people of a place, capitalised only as the sentence opens, are no institution
    ("Residents of Bancroft say they have been waiting for years for the fibre line.",
     "Residents of Bancroft", "unnamed_group"),
    # and "of" inside a name stays the name's
    ("The Bank of Canada said rates would stay where they are.", "The Bank of Canada",
     "institution"),
])
def test_who_is_named_before_of_and_a_place(text, speaker, source_type):
    article, found = _quotes(text)
    assert [(q.speaker, q.record(article)["source_type"]) for q in found] == [
        (speaker, source_type)]


def test_actors_carry_a_type():
    actors = Actors("Sen. Marco Rubio flew to Florida and met the Miami Herald editors.")
    types = {a.name: a.type for a in actors.actors}
    assert types["Marco Rubio"] == "person"
    assert types["Miami Herald"] == "outlet"
    assert is_place("Florida") and is_place("the United States")


# -- pronouns that agree --------------------------------------------------------------------
def test_he_and_she_go_to_the_nearest_person_of_their_gender():
    text = ("Hillary Clinton met Donald Trump on the stage before the debate. He said the "
            "moderators were unfair to his campaign.")
    _, found = _quotes(text)
    assert [q.speaker for q in found] == ["Donald Trump"]
    text2 = ("Donald Trump met Hillary Clinton on the stage before the debate. She said the "
             "moderators had been fair to both campaigns.")
    _, found2 = _quotes(text2)
    assert [q.speaker for q in found2] == ["Hillary Clinton"]


def _described(text: str) -> list[tuple[str, str]]:
    """The descriptions ("the minister") the actors layer resolved, with whom to."""
    actors = Actors(text)
    return [(text[a:b], actor.name) for a, b, actor, via in actors.person_mentions(False)
            if via == "description"]


def test_a_bare_title_refers_to_the_person_who_holds_it_not_the_last_one_named():
    text = ("Health Minister Mark Holland said the plan would work. Defence lawyer Marie "
            "Henein said her client was innocent. The minister said the plan would save money.")
    assert _described(text) == [("The minister", "Mark Holland")]
    _, found = _quotes(text)
    assert [q.speaker for q in found] == ["Mark Holland", "Marie Henein", "Mark Holland"]


def test_a_description_with_a_modifier_goes_to_the_last_person_named():
    text = ("President Donald Trump spoke with Nicolás Maduro on Friday, and demanded that the "
            "embattled president step down.")
    assert _described(text) == [("the embattled president", "Nicolás Maduro")]


@pytest.mark.parametrize("text", [
    "Gen. Mark Milley briefed reporters. The report was meant to reassure the general public.",
    "Gen. Mark Milley briefed reporters on the effects of general mobilisation.",
    "Mayor Olivia Chow spoke first. The former students of the school then took the stage.",
    "Mayor Olivia Chow thanked the director of the film festival.",
    "Mayor Olivia Chow spoke. The chief executive officer of the bank did not attend.",
])
def test_a_title_inside_another_noun_phrase_refers_to_no_one(text):
    assert _described(text) == []


def test_a_title_with_of_beside_a_name_is_that_person():
    text = "Jagmeet Singh, the leader of the New Democrats, said the deal was dead."
    assert _described(text) == [("the leader", "Jagmeet Singh")]
    text = "Mayor Olivia Chow met Jagmeet Singh. She is the leader of the council."
    assert _described(text) == []


def test_an_unresolvable_pronoun_is_no_speaker():
    _, found = _quotes("He said the moderators were unfair to his campaign all night.")
    assert [q.speaker for q in found] == [None]


# -- quote constructions --------------------------------------------------------------------
def test_a_short_quote_after_an_attributed_one_continues_it():
    _, found = _quotes("“I love cats!” insists Burton. “I absolutely do.”")
    assert len(found) == 1 and found[0].speaker == "Burton"
    assert len(found[0].content) == 2


def test_an_introduced_quotation_is_direct_from_its_mark():
    text = "Burton said, “I love cats!”"
    _, found = _quotes(text)
    assert found[0].kind == "direct"
    assert text[found[0].content[0][0]] == "“"


def test_a_floating_quote_after_another_voice_is_unattributed():
    text = ("“We will win,” Smith said. Jones said the plan would fail badly. “It is a "
            "disaster for all of us here.”")
    _, found = _quotes(text)
    last = max(found, key=lambda q: q.content[0][0])
    assert last.speaker is None and last.kind == "direct"


def test_a_quotation_inside_a_quotation_is_not_an_attribution():
    text = "Burton said, “My mother told me, ‘Never give up,’ and I never did.”"
    _, found = _quotes(text)
    assert len(found) == 1


# -- gender -------------------------------------------------------------------------------
def test_gender_from_the_article_before_the_first_name():
    table = _people("Sen. Lindsey Graham spoke first. He said the bill was dead. Graham said "
                    "he would not vote for it. He left early, and he did not return.")
    assert table.loc["Lindsey Graham", "gender"] == "male"
    assert table.loc["Lindsey Graham", "gender_evidence"] == "pronoun"


def test_gender_from_honorific_noun_and_first_name():
    table = _people("Ms. Kelly Jordan said the plan works. The chairwoman, Pat Rivera, said "
                    "nothing. Angela Merkel arrived. Jordan Smith left.")
    assert (table.loc["Kelly Jordan", "gender"], table.loc["Kelly Jordan", "gender_evidence"]) \
        == ("female", "honorific")
    assert table.loc["Angela Merkel", "gender_evidence"] == "first_name"
    assert table.loc["Jordan Smith", "gender"] == "unknown"  # Jordan is not clearly one sex


def test_first_names_only_give_a_gender_when_the_records_are_clear():
    assert first_name_gender("Angela") == "female" and first_name_gender("Donald") == "male"
    assert first_name_gender("Kelly") == "unknown" and first_name_gender("Qqxzv") == "unknown"
    # names the US records do not hold: the World Gender-Name Dictionary
    assert first_name_gender("Delcy") == "female"
    assert is_first_name("Nicolás") and not is_first_name("Republican")
    # a compound first name: its first name, when that is of one gender everywhere ("Jean"
    # is a woman's name in the US records and a man's in French)
    assert [first_name_gender(n) for n in ("Marie-Claude", "Pierre-Luc", "Jean-Yves")] == [
        "female", "male", "unknown"]


def test_the_people_table_counts_quotes_and_the_share_of_women():
    text = ("Maria Lopez, the mayor, said the budget was balanced this year. John Smith said "
            "it was not balanced at all. Maria Lopez added that the city would hire teachers. "
            "Robert Brown watched.")
    article = Article("t", text, "test")
    table = people(article, quotes_frame(article))
    assert list(table.columns) == COLUMNS
    row = table.set_index("name")
    assert row.loc["Maria Lopez", "attributions"] == 2 and row.loc["Maria Lopez", "quoted"]
    assert not row.loc["Robert Brown", "quoted"]
    assert share_women(table)["share_female"] == pytest.approx(0.5)


def test_the_people_command_writes_strict_json(write):
    seed = config.PROJ_ROOT / "seeds" / "004_94c59d239a6fac52.txt"
    # Kelly Jordan: no gender evidence, a null
    other = write("other.txt", "Kelly Jordan, the mayor, said the budget was balanced.")
    out = subprocess.run([sys.executable, "-m", "analysis", "people", str(seed), str(other)],
                         capture_output=True, text=True, check=True).stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert records and "NaN" not in out
    assert all(r["gender"] in {"female", "male", "unknown"} for r in records)
    assert any(r["gender_evidence"] is None for r in records)  # a null, not NaN


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(
    ["Mr. ", "Ms. ", "Hillary ", "Clinton", "’s ", "he said", "she ", "“Yes,” ", "Florida ",
     "Friday ", "and ", ". ", "\n\n", "Republican ", "Donald J. Trump ", "They said ", "I "]),
    min_size=1, max_size=30).map("".join))
def test_people_and_speakers_hold_on_odd_text(text):
    # (the search is derandomised and keeps no examples: it decides the same everywhere)
    article = Article("t", text, "test")
    frame = quotes_frame(article)
    table = people(article, frame)
    assert set(table["gender"]) <= {"female", "male", "unknown"}
    junk = {"i", "he", "she", "they", "it", "we", "you", "and", "friday"}
    assert not any(s.casefold() in junk for s in frame["speaker"].dropna())


def test_a_name_of_titles_and_a_period_is_no_person():
    """Found by the search above: the recogniser took 'Mr. Mr. .' for a name, and a person
    with no name left stopped the whole article."""
    article = Article("t", "Mr. Mr. . ’s ", "test")
    assert [a for a in article.actors.actors if not a.name.strip()] == []
    assert set(people(article, quotes_frame(article))["gender"]) <= {"female", "male", "unknown"}


def test_a_participle_cue_takes_the_main_clause_subject():
    text = ("Speaking at a town hall in Salem, New Hampshire, Donald Trump went after Jeb Bush, "
            "calling him “a total stiff.”")
    _, found = _quotes(text)
    assert [q.speaker for q in found] == ["Donald Trump"]


def test_a_dateline_is_not_a_speaker_and_a_possessive_description_is_not_its_owner():
    text = ("WASHINGTON — Hillary Clinton’s right-hand woman rallied supporters, saying: “We "
            "have to be ready to stop him now.”")
    _, found = _quotes(text)
    assert found[0].speaker == "Hillary Clinton’s right-hand woman"
    assert found[0].source_type == "anonymous"


@pytest.mark.parametrize("text, speaker, source_type", [
    # a title after a possessive is someone else, unnamed
    ("Rep. Duncan Hale met donors on Monday. “It will pass,” Rep. Duncan Hale’s chief of staff "
     "told reporters.", "Rep. Duncan Hale’s chief of staff", "anonymous"),
    # collective speakers named by a common noun
    ("Staff said the office would close on Friday.", "Staff", "anonymous"),
    ("The team said it would appeal the ruling.", "The team", "institution"),
    ("Family members said he was a kind man.", "Family members", "unnamed_group"),
    # one person, described and not named: no group, and a speaker all the same
    ("Canada's chief public health officer says cases are rising again.",
     "Canada's chief public health officer", "anonymous"),
    ("A spokesperson for the minister said the government is reviewing the ruling.",
     "A spokesperson for the minister", "anonymous"),
    ("A neighbour said the family had moved in last spring.", "A neighbour", "anonymous"),
    ("One man said the offers would not be repeated.", "One man", "anonymous"),
    ("One in five voters said the economy was their main concern.", "One in five voters",
     "unnamed_group"),
    # findings speak for who published them ("by", "from"), not for what they studied ("of")
    ("A study by Michael Greenstone found that the rule saved lives.", "Michael Greenstone",
     "named_person"),
    ("A recent poll of Indiana voters found that most backed the plan.",
     "A recent poll of Indiana voters", "unnamed_group"),
    # ... but a spokesperson for an organisation is its voice, and "for" inside a name stays
    ("A spokeswoman for Hydro One said crews were working to restore power.", "Hydro One",
     "institution"),
    ("The Opposition says the government has failed to address the backlog.",
     "The Opposition", "institution"),
    ("The airline apologized for the delays and said it would compensate passengers.",
     "The airline", "institution"),
    ("A lawyer for the family said they are considering legal action.",
     "A lawyer for the family", "anonymous"),
    # one person of a named court, force or party, not named: not the body itself
    ("An Ontario Superior Court judge said the evidence was admissible.",
     "An Ontario Superior Court judge", "anonymous"),
    ("A Toronto police officer said the suspect fled on foot.", "A Toronto police officer",
     "anonymous"),
    ("A Liberal MP said the bill would pass before the summer.", "A Liberal MP", "anonymous"),
    # "of" inside the body's name is not where the description ends
    ("A Ministry of Health spokesperson said the review was ongoing.",
     "A Ministry of Health spokesperson", "anonymous"),
])
def test_unnamed_speakers_get_their_phrase_and_type(text, speaker, source_type):
    _, found = _quotes(text)
    assert [(q.speaker, q.source_type) for q in found] == [(speaker, source_type)]


def test_a_question_and_its_speaker_stay_one_sentence():
    text = "“Isn’t that sort of a bribe?” Trump asked. “I think it’s a bribe.”"
    _, found = _quotes(text)
    assert found[0].speaker == "Trump" and len(found) == 1


def test_an_article_whose_attributions_name_no_one_is_described():
    from analysis.quotes import describe

    frame = quotes_frame(Article("t", "He said the talks had failed badly on every count.", "t"))
    assert frame["speaker"].isna().all()
    assert "No speaker is named" in describe(frame)


def test_a_role_never_named_is_an_unnamed_source():
    _, found = _quotes("The minister said the talks with the unions went well.")
    assert [(q.speaker, q.source_type) for q in found] == [("The minister", "anonymous")]


def test_an_honorific_without_gender_does_not_rule_people_out():
    _, found = _quotes("Bill Clinton and Hillary Clinton arrived. Dr. Clinton said the plan was "
                       "ready for the voters today.")
    assert found[0].speaker in {"Bill Clinton", "Hillary Clinton"}


def test_a_named_institution_speaks_under_its_name_not_the_phrase():
    # the name the actor layer gives it (and the tone towards it), not "The ..." as written
    _, found = _quotes("The Ontario Hospital Association said wait times had grown. Wait times "
                       "rose again in May, the Ontario Hospital Association said.")
    assert [(q.speaker, q.source_type) for q in found] == [
        ("Ontario Hospital Association", "institution")] * 2


@pytest.mark.parametrize("text, speaker", [
    # the person named after the titles, not the bank or the boss
    ("Bank of Canada governor Tiff Macklem said interest rates are likely to stay high.",
     "Tiff Macklem"),
    ("Premier Doug Ford spoke first. Ford campaign manager Kory Teneycke said the polls were "
     "wrong.", "Kory Teneycke"),
    # a description the parser gave as the subject, the name in apposition after it
    ("Quebec's environment minister, Benoit Charette, said the government would review the "
     "project.", "Benoit Charette"),
    # the body's name read as the subject, the title and the person after it
    ("Emergency Services Minister Jaclyn Symes thanked volunteers and said the state was "
     "better prepared than in previous years.", "Jaclyn Symes"),
    # a name the recogniser missed (hyphenated), after a role word in lower case
    ("State climatologist Lesley-Ann Dupigny-Giroux said storms are becoming more frequent.",
     "Lesley-Ann Dupigny-Giroux"),
    # a participle's speaker is the sentence's subject, past a title in lower case
    ("Head coach Kris Knoblauch was less diplomatic, calling his team's effort in the second "
     "period \"unacceptable.\"", "Kris Knoblauch"),
])
def test_the_person_named_after_a_description_speaks(text, speaker):
    _, found = _quotes(text)
    assert [(q.speaker, q.source_type) for q in found] == [(speaker, "named_person")]


def test_a_sports_title_is_a_description_of_the_person_named():
    _, found = _quotes("Connor McDavid insists the Oilers are fine. “We have been here before,” "
                       "the captain told reporters.")
    assert [(q.speaker, q.source_type) for q in found][-1] == ("Connor McDavid", "named_person")


def test_a_name_the_description_relates_to_does_not_speak():
    _, found = _quotes("John Smith was arrested in May. The wife of John Smith said the family "
                       "was relieved.")
    assert [q.speaker for q in found] == ["The wife of John Smith"]


def test_a_title_names_no_one_the_article_titled_to_another_office():
    """"The Chairman" is not the last person named when the article made that person an MP;
    "the senator" is the one it called "Sen."; "the embattled president" may be a leader the
    article gave no office."""
    _, found = _quotes("Congress MP Jairam Ramesh criticised the bill. The Chairman said "
                       "the House could not function amid the shouting.")
    assert [(q.speaker, q.source_type) for q in found] == [("The Chairman", "anonymous")]
    _, found = _quotes("Sen. Bernie Sanders spoke in Iowa on Monday. The senator said "
                       "the plan would fail.")
    assert [q.speaker for q in found] == ["Bernie Sanders"]
    _, found = _quotes("Venezuelan leader Nicolás Maduro was given an ultimatum. The "
                       "embattled president said he would not leave.")
    assert [q.speaker for q in found] == ["Nicolás Maduro"]


def test_eyewitnesses_are_people_not_a_name():
    """A plural of a person noun opening the sentence is a group of people, not a person named
    "Eyewitnesses" (the recogniser can take a capitalised first word for a name)."""
    _, found = _quotes("Eyewitnesses said residents had rushed to scoop fuel from the tanker.")
    assert [(q.speaker, q.source_type) for q in found] == [("Eyewitnesses", "unnamed_group")]
