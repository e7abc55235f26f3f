"""Key figures are the ones independent sources make most of, one value per measure: the newest well-supported."""

from __future__ import annotations

from datetime import datetime

from briefing.dating import date_sentences
from briefing.figures import find_figures, merge_figures, rank_figures
from briefing.model import Figure, SourceDoc


def ranked(reports: list[tuple[str, int, str]], size: int = 8) -> list[Figure]:
    """The ranked figures of articles given as (publisher, day of January 2010, text)."""
    found = []
    for i, (publisher, day, text) in enumerate(reports):
        doc = SourceDoc(url=f"https://news.example/{i}", title="t", publisher=publisher,
                        published=datetime(2010, 1, day, 8), text=text)
        found += find_figures(doc, date_sentences(doc.text, doc.published.date()))
    return rank_figures(merge_figures(found), size)


def test_importance_counts_independent_sources_once() -> None:
    standing = "The quake death toll has risen to 150,000."
    figures = ranked([
        ("Wire", 20, standing), ("Wire", 21, standing),  # one publisher's standing line
        ("Daily", 21, standing),  # a syndicated copy
        ("Wire", 22, "The earthquake left 1.5 million people homeless."),
        ("Daily", 22, "Some 1.5 million people are homeless after the quake."),
    ], size=1)
    by_value = {f.value: f for f in figures}
    assert int(by_value["150,000"].importance) == 1 and len(by_value["150,000"].sources) == 3
    assert int(by_value["1.5 million"].importance) == 2
    assert [f.value for f in figures if f.key] == ["1.5 million"]


def test_an_evolving_figure_shows_its_newest_well_supported_value_once() -> None:
    figures = ranked([
        ("A", 14, "The death toll from the quake has risen to 50,000."),
        ("B", 14, "Officials say the quake death toll has reached 50,000."),
        ("C", 14, "The earthquake has left 1.5 million people homeless."),
        ("C", 20, "The death toll from the quake has risen to 150,000."),
        ("D", 21, "Officials say the quake death toll has reached 150,000."),
        ("E", 25, "One estimate put the quake death toll at 400,000."),  # newest, but one source
    ])
    assert [(f.value, f.subject) for f in figures] == [
        ("50,000", "quake death toll"), ("1.5 million", "people left homeless"), ("150,000", "quake death toll"),
        ("400,000", "quake death toll"),
    ]
    key = {f.value: f.importance for f in figures if f.key}
    assert set(key) == {"150,000", "1.5 million"}
    assert key["150,000"] == max(f.importance for f in figures)  # the measure's support, not only this value's


def test_at_most_size_figures_are_key_and_disagreeing_sources_show_once() -> None:
    figures = ranked([
        ("A", 20, "The Oppama plant employs 3,900 workers."),
        ("B", 20, "The Oppama plant employs 4,100 workers."),
        ("C", 21, "The Oppama plant employs 3,900 people, C says."),
        ("A", 21, "Nissan posted a net loss of 670.9 billion yen."),
        ("B", 21, "Nissan will cut 9,000 jobs worldwide."),
        ("C", 22, "A net loss of 670.9 billion yen shocked investors."),
    ], size=2)
    assert len(figures) == 4
    assert [(f.value, f.conflict != "") for f in figures if f.key] == [("3,900", True), ("670.9 billion", False)]


def test_a_value_dated_after_its_report_is_as_recent_as_its_date() -> None:
    figures = ranked([
        ("A", 15, "Up to 10,000 US troops will be in Haiti by January 19."),
        ("B", 15, "Officials said 10,000 US troops would be in Haiti by January 19."),
        ("C", 17, "President Preval said 3,500 US troops would restore order."),
        ("D", 17, "Some 3,500 US troops will restore order."),
    ])
    assert [(f.value, f.subject) for f in figures if f.key] == [("Up to 10,000", "Haiti US troops")]


def test_history_the_articles_recall_ranks_below_the_story_and_the_common_owner_is_shown() -> None:
    figures = ranked([
        ("A", 20, "Then 80% of the bodies were identified by fingerprints in 1994."),
        ("B", 20, "Experts recall that 80% of the bodies were identified by fingerprints in 1994."),
        ("C", 21, "About 80% of the bodies were identified that way in 1994, experts say."),
        ("E", 21, "In that disaster 80% of the victims were identified by their teeth in 1994."),
        ("A", 21, "As many as 200,000 people died in the earthquake."),
        ("B", 22, "The earthquake killed 200,000 people in Haiti."),
        ("D", 22, "In all 200,000 people died in Haiti in the earthquake."),
    ], size=1)
    assert [(f.value, f.subject) for f in figures if f.key] == [("200,000", "Haiti earthquake death toll")]
    history = next(f for f in figures if f.value == "80%")
    assert (history.as_of, int(history.importance)) == ("1994", 2)  # four sources, halved
