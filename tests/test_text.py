from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.loaders import load_text_file
from analysis.text import is_heading, paragraphs, quote_regions, segment, sentence_spans

from .conftest import SEED_000, SEED_004


def sentences_of(text):
    return [text[s.start : s.end] for s in segment(text) if not s.is_heading]


def test_quote_with_trailing_attribution_is_one_sentence():
    article = load_text_file(SEED_000)
    found = sentences_of(article.text)
    assert "“I wouldn’t say it went well or badly, it was a phone call,” he said." in found


def test_exclaimed_multi_sentence_quote_and_its_speaker_stay_together():
    article = load_text_file(SEED_000)
    found = sentences_of(article.text)
    assert ("“We want peace, but peace with sovereignty, equality, freedom! We do not want a "
            "slave’s peace, nor the peace of colonies!” he declared.") in found


def test_headings_of_004_are_not_glued_to_the_next_paragraph():
    article = load_text_file(SEED_004)
    headings = [article.text[a:b] for a, b in article.headings]
    assert headings == ["Maduro’s Requests Denied", "Silence From Both Governments",
                        "Next Steps Uncertain"]
    assert all(not s.startswith(tuple(headings)) for s in sentences_of(article.text))


def test_seed_sentence_counts():
    assert len(load_text_file(SEED_000).sentences) == 30
    assert len(load_text_file(SEED_004).sentences) == 19


def test_news_abbreviations_do_not_end_sentences():
    text = ("Sen. Marco Rubio met Mr. Smith in Washington, D.C. on Jan. 5. "
            "U.S. officials said Gen. Lopez agreed. The talks ended.")
    assert sentences_of(text) == [
        "Sen. Marco Rubio met Mr. Smith in Washington, D.C. on Jan. 5.",
        "U.S. officials said Gen. Lopez agreed.",
        "The talks ended.",
    ]


def test_no_numbers_before_a_number_and_ends_a_sentence_elsewhere():
    text = "He is ranked No. 5 in the world. The answer was no. Officials said so. See Vol. 2."
    assert sentences_of(text) == [
        "He is ranked No. 5 in the world.", "The answer was no.", "Officials said so.",
        "See Vol. 2."]


def test_a_possessive_never_opens_a_sentence_and_provinces_are_abbreviations():
    text = ("Dr. Bonnie Henry, B.C.’s provincial health officer, warned that cases could "
            "rise. The Ont. government and the U.S.'s largest union disagreed. They met.")
    assert sentences_of(text) == [
        "Dr. Bonnie Henry, B.C.’s provincial health officer, warned that cases could rise.",
        "The Ont. government and the U.S.'s largest union disagreed.",
        "They met.",
    ]


def test_a_period_inside_a_quotation_ends_the_sentence_before_a_name_and_verb():
    text = ('Critics called the tax a “cash grab.” Opponents said it would hurt families. '
            '“Why now?” Trump asked. “Not now!” Sen. Ted Cruz said.')
    assert sentences_of(text) == [
        "Critics called the tax a “cash grab.”",
        "Opponents said it would hurt families.",
        "“Why now?” Trump asked.",
        "“Not now!” Sen. Ted Cruz said.",
    ]


def test_an_initialism_before_a_lower_case_word_does_not_end_a_sentence():
    text = ("The S.E.C. said it would increase oversight. It was in the U.S. The next day he "
            "left at 10 p.m. on Tuesday.")
    assert sentences_of(text) == [
        "The S.E.C. said it would increase oversight.",
        "It was in the U.S.",
        "The next day he left at 10 p.m. on Tuesday.",
    ]


def test_canadian_press_ranks_do_not_end_sentences():
    text = ('"We are not going anywhere," said Coun. Shelley Carroll. Det. Sgt. Mike Carbone '
            "and RCMP Cst. Mike Moore spoke. Const. Ana Silva did not.")
    assert sentences_of(text) == [
        '"We are not going anywhere," said Coun. Shelley Carroll.',
        "Det. Sgt. Mike Carbone and RCMP Cst. Mike Moore spoke.",
        "Const. Ana Silva did not.",
    ]


def test_straight_quotes_and_a_lowercase_continuation():
    text = '"Stop now!" she shouted. Then she left.'
    assert sentences_of(text) == ['"Stop now!" she shouted.', "Then she left."]


def test_quote_running_over_paragraphs_is_found_in_each():
    text = ("“The first part of the quote.\n\n“The second part, which closes,” he said.\n\n"
            "After.")
    regions = quote_regions(text)
    assert [text[r.start : r.end] for r in regions] == [
        "The first part of the quote.", "The second part, which closes,"]
    assert [r.closed for r in regions] == [False, True]


def test_a_closing_mark_typed_for_an_opening_one_opens_a_quotation():
    text = "Photo.\n\n”Fear. I am truly afraid,” she wrote. It was “fine,” he said ” later."
    regions = quote_regions(text)
    assert [text[r.start : r.end] for r in regions] == ["Fear. I am truly afraid,", "fine,"]


def test_apostrophes_are_not_single_quotes_but_quoted_phrases_are():
    text = "Maduro’s aides called it ‘a humiliating peace’ and the US’ plan failed."
    regions = quote_regions(text)
    assert [text[r.start : r.end] for r in regions] == ["a humiliating peace"]


def test_british_news_quotes_in_single_marks_and_nests_double_ones():
    text = ("‘We lost everything,’ said Margaret Hughes. ‘He called it “a disaster”.’\n\n"
            "The council said it acted fast. ‘Our staff worked around the clock,’ he said.")
    regions = quote_regions(text)
    assert [text[r.start : r.end] for r in regions if r.primary] == [
        "We lost everything,", "He called it “a disaster”.", "Our staff worked around the clock,"]
    assert [r.mark for r in regions if not r.primary] == ["double"]


def test_american_news_quotes_in_double_marks_and_nests_single_ones():
    text = ("“He called it ‘a disaster,’ ” she said. Aides dubbed it ‘the plan’ and ‘the deal’."
            "\n\n“We will see,” he said.")
    regions = quote_regions(text)
    assert [r.mark for r in regions if r.primary] == ["double", "double"]
    # one quotation in single marks is not yet a convention
    assert [r.primary for r in quote_regions("He called it ‘a disaster’ on Monday.")] == [False]


def test_a_quotation_in_single_marks_running_over_paragraphs_is_found_in_each():
    text = ("‘Nobody came for two days,’ she said. ‘The water was up to the windows.\n\n"
            "‘My husband’s medicine was in the kitchen.’\n\nAfter.")
    regions = [r for r in quote_regions(text) if r.primary]
    assert [text[r.start : r.end] for r in regions] == [
        "Nobody came for two days,", "The water was up to the windows.",
        "My husband’s medicine was in the kitchen."]
    assert [r.closed for r in regions] == [True, False, True]


def test_heading_rules():
    assert is_heading("Next Steps Uncertain")
    assert not is_heading("The talks ended.")
    assert not is_heading("and a lower-case fragment")
    assert not is_heading("A very long line that has no closing punctuation but far too many "
                          "words to be a heading of any kind in a news article")


def test_hard_wrapped_lines_join_into_one_paragraph():
    text = "The minister said the talks\nwould resume next week.\nA new paragraph starts."
    assert [text[a:b] for a, b in paragraphs(text)] == [
        "The minister said the talks\nwould resume next week.", "A new paragraph starts."]


text_strategy = st.lists(
    st.sampled_from(list("ab. ,!?\n\"“”‘’'Mr.U.S") + ["Sen.", "He", " said", "\n\n", "Title"]),
    max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(text_strategy)
def test_any_text_segments_into_ordered_spans_inside_the_text(text):
    segs = segment(text)
    last = 0
    for s in segs:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= last
        last = s.end
        assert text[s.start : s.end].strip() == text[s.start : s.end]
    for r in quote_regions(text):
        assert 0 <= r.open < r.start <= r.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_raises(text):
    for a, b in paragraphs(text):
        sentence_spans(text, a, b)
    segment(text)


def test_punkt_in_windows_gives_the_sentences_of_the_whole_paragraph(monkeypatch):
    from analysis import text as text_module

    prose = ("Mr. Smith went to Washington on Jan. 5. He said: “We are ready.” The U.S. "
             "Senate agreed. Dr. Jones, of St. Louis, did not. ") * 40
    whole = text_module._punkt_spans(prose, 0, len(prose))
    monkeypatch.setattr(text_module, "PUNKT_WINDOW", 500)
    assert text_module._punkt_spans(prose, 0, len(prose)) == whole
