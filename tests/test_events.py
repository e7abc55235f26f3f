"""Sentences to dated statements: splitting, dating, clause cuts, the lede, and statement wording."""

from __future__ import annotations

from datetime import datetime

import pytest

from briefing.dating import date_sentences
from briefing.events import statements
from briefing.model import SourceDoc
from briefing.sentences import paragraphs, split_sentences
from briefing.wording import statement

PUBLISHED = "2025-06-03T09:00:00+00:00"


def read(text: str, published: str = PUBLISHED, fiscal_year_start: int = 1) -> list:
    doc = SourceDoc(url="https://news.example/a", title="t", publisher="News", published=datetime.fromisoformat(published), text=text)
    return statements(doc, date_sentences(doc.text, doc.published.date(), fiscal_year_start))


def dated(text: str, **kwargs) -> list[tuple[str, str | None, str]]:
    return [(s.start, s.end, s.text) for s in read(text, **kwargs) if s.start]


LEDE = "Acme is in talks to sell its Ohio plant."  # first sentence: the lede, dated at publication


def test_sentences_do_not_end_at_abbreviations_or_initials() -> None:
    text = "Japan’s Nissan Motor Co. (OTC:NSANY) is in talks. U.S. President Donald J. Trump spoke. It ended."
    assert [s.text for s in split_sentences(text)] == [
        "Japan’s Nissan Motor Co. (OTC:NSANY) is in talks.",
        "U.S. President Donald J. Trump spoke.",
        "It ended.",
    ]
    assert paragraphs("One.\n\n  Two\nlines.  \n\n\n") == ["One.", "Two lines."]


def test_lede_is_dated_at_publication() -> None:
    assert dated(LEDE) == [("2025-06-03", None, LEDE)]


def test_lede_that_dates_itself_before_publication_keeps_its_own_date() -> None:
    assert dated("In March, Acme signed a supply deal with Volta Motors.") == [
        ("2025-03", None, "In March, Acme signed a supply deal with Volta Motors.")
    ]
    # 2025-06-03 is a Tuesday: "on Monday" is the day before
    assert dated("Acme said on Monday it would sell its Ohio plant.")[0][:2] == ("2025-06-02", None)


def test_lede_dated_today_or_this_week_stays_at_publication() -> None:
    assert dated("Acme's new Ohio battery plant opened this week.")[0][:2] == ("2025-06-03", None)
    assert dated("Acme opened its Ohio battery plant on Tuesday.")[0][:2] == ("2025-06-03", None)


def test_sentence_with_a_resolved_date_is_an_event_at_that_date() -> None:
    text = f"{LEDE}\n\nIn May, Mitsubishi Motors signed a memorandum of understanding with Foxconn."
    assert dated(text)[1] == ("2025-05", None, "In May, Mitsubishi Motors signed a memorandum of understanding with Foxconn.")


def test_range_across_a_dash_is_one_event() -> None:
    text = (
        f"{LEDE}\n\nThere were reports that the move triggered merger negotiations with Honda in December"
        " – which failed in February 2025."
    )
    assert dated(text)[1] == (
        "2024-12", "2025-02",
        "The move triggered merger negotiations with Honda in December – which failed in February 2025.",
    )


def test_two_dated_clauses_become_two_events() -> None:
    text = f"{LEDE}\n\nNissan cut 9,000 jobs in 2024, and in March 2025 it announced the closure of two plants."
    assert dated(text)[1:] == [
        ("2024", None, "Nissan cut 9,000 jobs in 2024."),
        ("2025-03", None, "In March 2025 it announced the closure of two plants."),
    ]


def test_undated_clause_stays_with_the_dated_one() -> None:
    text = f"{LEDE}\n\nFoxconn expressed interest last year. And it already approached Nissan last year – but was rebuffed at the time."
    assert dated(text)[2] == ("2024", None, "Foxconn already approached Nissan last year – but was rebuffed at the time.")


def test_background_and_vague_dates_make_no_event() -> None:
    text = (
        f"{LEDE}\n\nFoxconn has been expanding into EV manufacturing since 2019."
        " The Oppama plant employed around 3,900 people as of October."
        " Foxconn recently signed an MoU with Mitsubishi Motors."
    )
    found = read(text)
    assert [s.start for s in found] == ["2025-06-03", None, None, None]
    assert found[3].text == "Foxconn recently signed an MoU with Mitsubishi Motors."


def test_fiscal_year_start_dates_fiscal_expressions() -> None:
    text = f"{LEDE}\n\nTariffs are expected to cut Nissan’s operating profit by 450 billion yen this fiscal year."
    assert dated(text, fiscal_year_start=4)[1][:2] == ("2025-04", "2026-03")
    assert dated(text, fiscal_year_start=1)[1][:2] == ("2025", None)


def test_statement_trims_press_attributions_and_connectives() -> None:
    assert statement("According to the Japanese newspaper, Oppama operated at just 40% capacity last year.") == (
        "Oppama operated at just 40% capacity last year."
    )
    assert statement("A Nissan source told Nikkei that the discussions focus on the Oppama facility.") == (
        "The discussions focus on the Oppama facility."
    )
    assert statement("“Closing Oppama would be costly,” Nikkei reports.") == "“Closing Oppama would be costly.”"
    assert statement("However, the Japanese government remains cautious.") == "The Japanese government remains cautious."
    assert statement("The move comes as Nissan grapples with weak sales.") == "Nissan grapples with weak sales."


def test_statement_trims_a_report_with_its_time() -> None:
    assert statement("Bloomberg News reported on Tuesday that Nissan and Foxconn were discussing a deal.") == (
        "Nissan and Foxconn were discussing a deal."
    )
    assert statement("An industry newsletter reported on 17 November that talks had begun.") == "Talks had begun."
    assert statement("Nikkei reports Nissan is in talks with Foxconn.") == "Nissan is in talks with Foxconn."


def test_list_items_are_no_statements() -> None:
    text = f"{LEDE}\n\nAssembly plants: 24 today, 17 after the restructuring\n\nIn May 2025, Acme closed two plants."
    assert [t for _, _, t in dated(text)] == [LEDE, "In May 2025, Acme closed two plants."]


def test_statement_keeps_what_the_actors_themselves_said() -> None:
    assert statement("Nissan said that it would close the plant in 2027.") == "Nissan said that it would close the plant in 2027."


def test_statement_drops_tickers_and_descriptive_asides() -> None:
    assert statement(
        "In May, Mitsubishi Motors (OTC:MMTOF), a junior partner in the Nissan-Renault alliance, signed an MoU."
    ) == "In May, Mitsubishi Motors signed an MoU."
    assert statement("Nissan builds electric vehicles (EVs) in Japan.") == "Nissan builds electric vehicles in Japan."


def test_leading_pronoun_takes_the_name_opening_the_previous_sentence() -> None:
    previous = "Foxconn already expressed interest in a partnership with Nissan."
    assert statement("And it approached Nissan last year.", previous) == "Foxconn approached Nissan last year."
    assert statement("It is unclear whether talks continue.", previous) == "It is unclear whether talks continue."
    assert statement("It approached Nissan.", "The company grew.") == "It approached Nissan."


def test_clause_becomes_a_sentence() -> None:
    assert statement("and in March it closed a plant,") == "In March it closed a plant."


def test_a_statement_needs_four_words_of_letters() -> None:
    # "U.S." is two words, "2,500" and "–" none: only runs of letters count
    text = f"{LEDE}\n\nIn 2024 U.S. sales rose.\n\nIn 2024 sales – 2,500 – rose."
    assert [t for _, _, t in dated(text)] == [LEDE, "In 2024 U.S. sales rose."]


def test_date_spans_mark_every_occurrence_of_a_dated_number_in_the_text() -> None:
    found = read(f"{LEDE}\n\nAcme sold 2024 cars in 2024 and, by May 2025, 2024 more.")[1]
    assert found.text == "Acme sold 2024 cars in 2024 and, by May 2025, 2024 more."
    assert [found.text[s:e] for s, e in found.date_spans] == ["2024", "2024", "2024", "May 2025"]
    assert [s for s, _ in found.date_spans][:3] == [10, 23, 46]


def test_non_events_give_no_statement() -> None:
    text = (
        f"{LEDE}\n\nWhere will Acme build next? Page last updated at 11:24 GMT, Tuesday, 3 June 2025."
        "\n\nI think the plant was sold too cheaply in May.\n\nIn May, Acme signed a supply deal with Volta Motors."
    )
    assert [s.text for s in read(text)] == [LEDE, "In May, Acme signed a supply deal with Volta Motors."]


def test_lede_is_the_first_sentence_that_is_an_event() -> None:
    text = "By Jane Smith, Business reporter\n\nAcme sold its Ohio plant to Volta Motors.\n\nIn May, Acme cut 300 jobs."
    found = read(text)
    assert [(s.text, s.start, s.lede) for s in found] == [
        ("Acme sold its Ohio plant to Volta Motors.", "2025-06-03", True),
        ("In May, Acme cut 300 jobs.", "2025-05", False),
    ]


def test_forecasts_are_expected_and_reports_of_plans_are_not() -> None:
    text = (
        f"{LEDE}\n\nIn May, Acme announced plans to close the plant.\n\n"
        "Volta Motors will take over the plant in 2026.\n\nAcme is expected to cut 300 jobs in June."
    )
    assert [(s.text, s.expected) for s in read(text) if s.start] == [
        (LEDE, False),
        ("In May, Acme announced plans to close the plant.", False),
        ("Volta Motors will take over the plant in 2026.", True),
        ("Acme is expected to cut 300 jobs in June.", True),
    ]


def test_a_leading_pronoun_takes_the_name_from_the_previous_paragraph_but_not_from_a_headline() -> None:
    text = f"{LEDE}\n\nFoxconn expressed interest in Acme.\n\nIt approached Acme in May."
    assert dated(text)[1][2] == "Foxconn approached Acme in May."
    headline = "Volta Motors buys Ohio plant\n\nIt signed the deal in May with the regulators."
    assert [s.text for s in read(headline)] == ["It signed the deal in May with the regulators."]


def test_a_leading_pronoun_never_takes_a_preposition_or_a_cleft() -> None:
    previous = "Under Rene Preval, conditions improved."
    assert statement("It struck the capital in 2010.", previous) == "It struck the capital in 2010."
    cleft = "It was when Aristide was elected in 2001 that violence grew."
    assert statement(cleft, "Aristide returned to Haiti.") == cleft


def test_today_in_a_sentence_about_how_things_are_dates_nothing() -> None:
    """'Today' meaning nowadays is no event of the publication day; 'today' with a deed is."""
    doc = SourceDoc(url="https://a.example/1", title="t", publisher="A",
                    published=datetime.fromisoformat("2025-06-10T08:00:00+00:00"),
                    text="Acme opened a plant in Ohio on Monday.\n\n"
                         "Today, the Ohio plant remains the largest battery factory in America.\n\n"
                         "Acme announced today that Volta Motors had ordered 50,000 packs.")
    dated = {s.text: s.start for s in statements(doc, date_sentences(doc.text, doc.published.date()))}
    assert dated["Today, the Ohio plant remains the largest battery factory in America."] is None
    assert dated["Acme announced today that Volta Motors had ordered 50,000 packs."] == "2025-06-10"


def test_blog_post_furniture_is_no_statement() -> None:
    doc = SourceDoc(url="https://a.example/1", title="t", publisher="A",
                    published=datetime.fromisoformat("2025-06-10T08:00:00+00:00"),
                    text="Acme opened a plant in Ohio on Monday.\n\n"
                         "Posted by Jane Roe at 06:01 PM | Comments (6) | Permalink Acme shares rose on Tuesday.")
    texts = [s.text for s in statements(doc, date_sentences(doc.text, doc.published.date()))]
    assert not any("Permalink" in t for t in texts)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("22 July 2009 The doctor's clinic in Houston is raided by officers.", "The doctor's clinic in Houston is raided by officers."),
    ("March 3, 2011: Jury selection begins in Los Angeles.", "Jury selection begins in Los Angeles."),
    ("On 22 July 2009 the clinic was raided.", "On 22 July 2009 the clinic was raided."),
    ("22 July 2009 was a hot day in Houston.", "22 July 2009 was a hot day in Houston."),
])
def test_a_chronologys_date_label_is_not_part_of_the_statement(sentence: str, expected: str) -> None:
    assert statement(sentence) == expected
