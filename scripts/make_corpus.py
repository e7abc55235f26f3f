"""Generate a realistic synthetic corpus (articles + topics) for scale tests and the build benchmark.

    python scripts/make_corpus.py N TOPICS DIR [--seed S]

writes DIR/topics/<slug>.md (TOPICS files) and DIR/articles/<date>-<slug>.md (N files) in the
content-file format the scraper writes. Each topic is a story with a dated sequence of events and
key figures; each article reports one recent event of its topic, retells a few earlier ones as
background with dates relative to its own publication date ("in May", "last year", "two weeks
ago", "from December to February"), mentions a planned step, and repeats the story's figures, so
several publishers report the same fact in different wording. Output is byte-identical for the same
arguments, and article i depends only on (seed, TOPICS, i): the corpus of N+1 articles is the
corpus of N plus one file, which is how the benchmark "adds one article".
No raw HTML snapshots are written (the build never reads them); the Raw: paths point nowhere.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from corpus_words import (
    ANALYST_FIRMS,
    CURRENCIES,
    FILLER,
    FIRST_NAMES,
    HEADINGS,
    LAST_NAMES,
    NEWS_SOURCES,
    PUBLISHERS,
    SECTORS,
    SYLLABLES,
    TITLES,
    UNRELATED,
    WORDINGS,
)

MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
COUNT_WORDS = {1: "a", 2: "two", 3: "three"}
SLUG_MAX = 60
UNRELATED_SHARE = 0.05  # articles about nothing in any topic (read, matched against every topic)
UNTAGGED_SHARE = 0.10  # topic articles without a Topics: line (assigned by the topic's Match: words)
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


@dataclass
class StoryEvent:
    """One dated fact of a topic's story; `kind` picks its wordings, `facts` fills them in."""

    kind: str
    start: date
    precision: str  # "day", "month", "quarter", "half", "year", "fiscal" or "range"
    end: date | None = None  # last month of a "range" event
    facts: dict[str, str] = field(default_factory=dict)


@dataclass
class Story:
    """A topic: who, where, what, and the events and figures every article about it draws on."""

    slug: str
    title: str
    lead: str
    partner: str
    rival: str
    site: str
    region: str
    sector: dict
    fiscal_year_start: int
    figures: dict[str, str]
    events: list[StoryEvent]
    weight: float


@dataclass
class GeneratedFile:
    """A file of the corpus: its path relative to DIR and its exact text."""

    path: str
    text: str


# ---------------------------------------------------------------------------------------------
# Names and numbers


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _unique_names(rng: random.Random, count: int, parts: tuple[int, int]) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        name = _name(rng, rng.randint(*parts))
        if name.lower() not in seen and len(name) >= 5:
            seen.add(name.lower())
            names.append(name)
    return names


def slugify(text: str, max_len: int = SLUG_MAX) -> str:
    """ASCII slug cut at a word boundary, as the scraper's slugs are."""
    slug = _SLUG_JUNK.sub("-", text.lower()).strip("-")
    if len(slug) > max_len:
        slug = slug[: max_len + 1].rsplit("-", 1)[0]
    return slug.strip("-")


def _thousands(value: int) -> str:
    return f"{value:,}"


def _amount(rng: random.Random, currency: tuple[str, str, int]) -> str:
    symbol, word, scale = currency
    value = rng.choice([0.12, 0.3, 0.45, 0.8, 1.2, 1.5, 2, 2.4, 3, 4.5]) * scale  # billions
    unit = "billion" if value >= 1 else "million"
    number = value if value >= 1 else value * 1000
    shown = f"{round(number, 2):g}"
    return f"{symbol}{shown} {unit}" if symbol else f"{shown} {unit} {word}"


# ---------------------------------------------------------------------------------------------
# Topics


def make_stories(count: int, seed: int) -> list[Story]:
    """The TOPICS stories; they depend only on (seed, count)."""
    rng = random.Random(f"stories:{seed}:{count}")
    companies = _unique_names(rng, 3 * count, (2, 3))
    places = _unique_names(rng, 2 * count, (2, 3))
    stories = []
    for index in range(count):
        sector = SECTORS[index % len(SECTORS)]
        lead = f"{companies[3 * index]} {rng.choice(sector['lead_suffixes'])}"
        partner = f"{companies[3 * index + 1]} {rng.choice(sector['partner_suffixes'])}"
        rival = f"{companies[3 * index + 2]} {rng.choice(sector['lead_suffixes'])}"
        site, region = places[2 * index], places[2 * index + 1]
        currency = rng.choice(CURRENCIES)
        plants_before = rng.randint(9, 24)
        workforce = rng.randint(12, 95) * 100
        figures = {
            "workforce": _thousands(workforce),
            "capacity": _thousands(rng.randint(6, 48) * 10_000),
            "utilisation": str(rng.randint(28, 65)),
            "break_even": str(rng.choice([70, 75, 80, 85])),
            "plants_before": str(plants_before),
            "plants_after": str(plants_before - rng.randint(3, 7)),
            "job_cuts": _thousands(rng.randint(20, 200) * 100),
            "cut_share": str(rng.choice([5, 8, 10, 12, 15, 20])),
            "investment": _amount(rng, currency),
            "loss": _amount(rng, currency),
            "stake": str(rng.choice([10, 15, 20, 24, 30, 34, 40, 49, 51])),
            "ceo": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            "new_jobs": _thousands(rng.randint(3, 30) * 100),
        }
        events = _story_events(rng, figures)
        title = f"{lead} and {partner}: {sector['product']} at the {site} plant"
        stories.append(
            Story(
                slug=slugify(f"{lead.split()[0]}-{partner.split()[0]}-{site}"),
                title=title,
                lead=lead,
                partner=partner,
                rival=rival,
                site=site,
                region=region,
                sector=sector,
                fiscal_year_start=rng.choice([1, 4, 4, 7, 10]),
                figures=figures,
                events=events,
                weight=1.0 / (index + 1) ** 0.8,  # a few big stories, a long tail of small ones
            )
        )
    return stories


# The order stories unfold in; each kind is the key of its wordings in corpus_words.WORDINGS.
STORY_ARC = [
    ("approach", "year"),
    ("results", "fiscal"),
    ("merger_failed", "month"),
    ("utilisation", "year"),
    ("restructuring", "day"),
    ("ceo", "month"),
    ("pause", "range"),
    ("talks_reported", "day"),
    ("job_cuts", "day"),
    ("mou", "day"),
    ("government", "half"),
    ("investment", "day"),
    ("stake", "quarter"),
    ("agreement", "day"),
    ("hiring", "month"),
    ("production_start", "month"),
]


def _story_events(rng: random.Random, figures: dict[str, str]) -> list[StoryEvent]:
    """A chronological story of 10-16 events between 2019 and 2026, gaps of three weeks to five months."""
    kinds = [arc for arc in STORY_ARC if rng.random() < 0.85 or arc[0] in ("talks_reported", "mou")]
    day = date(2019, 1, 1) + timedelta(days=rng.randint(0, 4 * 365))
    events = []
    for kind, precision in kinds:
        day += timedelta(days=rng.randint(21, 150))
        start = day
        end = None
        if precision == "range":
            start = date(day.year, day.month, 1)
            end_month = start.month + rng.randint(2, 3)
            end = date(start.year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1)
            day = end + timedelta(days=31)
        events.append(StoryEvent(kind=kind, start=start, precision=precision, end=end, facts=figures))
    return events


def render_topic(story: Story) -> GeneratedFile:
    s = story.sector
    summary = (
        f"{story.lead} is working with {story.partner} on {s['product']} production at its "
        f"{story.site} plant in {story.region}. The site, with about {story.figures['workforce']} "
        f"employees and capacity for {story.figures['capacity']} {s['units']} a year, was flagged in "
        f"{story.lead}'s restructuring; a deal would keep it running while giving {story.partner} "
        f"the production base it has been looking for."
    )
    text = (
        f"Title: {story.title}\n"
        f"Match: {story.site}, {story.partner.split()[0]}\n"
        f"Fiscal_year_start: {story.fiscal_year_start}\n"
        f"\n{_wrap(summary)}\n"
    )
    return GeneratedFile(path=f"topics/{story.slug}.md", text=text)


# ---------------------------------------------------------------------------------------------
# Dates relative to an article's publication date


def _month_phrase(when: date, now: date, rng: random.Random) -> str:
    month = MONTH_NAMES[when.month - 1]
    if when.year == now.year and when.month < now.month:
        return rng.choice([f"in {month}", f"in {month}", f"earlier this year in {month}"])
    if when.year == now.year and when.month == now.month:
        return rng.choice(["earlier this month", f"in early {month}" if when.day <= 10 else f"in {month}"])
    if when.year == now.year - 1:
        return rng.choice([f"in {month} last year", f"in {month} {when.year}"])
    if when.year == now.year + 1:
        return rng.choice([f"in {month} next year", f"in {month} {when.year}"])
    return f"in {month} {when.year}"


def _day_phrase(when: date, now: date, rng: random.Random) -> str:
    ago = (now - when).days
    if ago == 0:
        return rng.choice(["on " + WEEKDAY_NAMES[when.weekday()], "today"])
    if ago == 1:
        return rng.choice(["yesterday", "on " + WEEKDAY_NAMES[when.weekday()]])
    if 2 <= ago <= 6:
        return "on " + WEEKDAY_NAMES[when.weekday()]
    if ago in (7, 14, 21):
        return f"{COUNT_WORDS[ago // 7]} week{'s' if ago > 7 else ''} ago"
    month = MONTH_NAMES[when.month - 1]
    if when.year == now.year:
        return rng.choice([f"on {month} {when.day}", f"on {when.day} {month}"])
    return f"on {month} {when.day}, {when.year}"


def _year_phrase(when: date, now: date, rng: random.Random) -> str:
    if when.year == now.year - 1:
        return rng.choice(["last year", "last year", f"in {when.year}"])
    if when.year == now.year:
        return rng.choice(["this year", "earlier this year"])
    if when.year == now.year + 1:
        return "next year"
    return f"in {when.year}"


def _part_phrase(when: date, now: date, precision: str, rng: random.Random) -> str:
    if precision == "half":
        part = "first" if when.month <= 6 else "second"
        unit = "half"
    else:
        part = ["first", "second", "third", "fourth"][(when.month - 1) // 3]
        unit = "quarter"
    relative = {now.year: "this year", now.year - 1: "last year"}.get(when.year)
    year = relative if relative and rng.random() < 0.5 else str(when.year)
    return f"in the {part} {unit} of {year}"


def _fiscal_phrase(when: date, fiscal_start: int, rng: random.Random) -> str:
    """The fiscal year containing `when`, named by the calendar year it ends in (or starts in)."""
    if fiscal_start == 1:
        return f"for {when.year}"
    start_year = when.year if when.month >= fiscal_start else when.year - 1
    end_month = MONTH_NAMES[(fiscal_start - 2) % 12]
    return rng.choice(
        [f"for the fiscal year ended {end_month} {start_year + 1}", f"for the fiscal year to {end_month} {start_year + 1}"]
    )


def _range_phrase(event: StoryEvent, now: date) -> str:
    assert event.end is not None
    first, last = MONTH_NAMES[event.start.month - 1], MONTH_NAMES[event.end.month - 1]
    months_ago = (now.year - event.end.year) * 12 + now.month - event.end.month
    if 0 < months_ago < 10:  # the reader places both months in the last twelve
        return f"from {first} to {last}"
    if event.start.year == event.end.year:
        return f"from {first} to {last} {event.end.year}"
    return f"from {first} {event.start.year} to {last} {event.end.year}"


def when_phrase(event: StoryEvent, now: date, fiscal_start: int, rng: random.Random) -> str:
    """How an article published on `now` dates the event."""
    if event.precision == "day":
        return _day_phrase(event.start, now, rng)
    if event.precision == "month":
        return _month_phrase(event.start, now, rng)
    if event.precision == "year":
        return _year_phrase(event.start, now, rng)
    if event.precision in ("half", "quarter"):
        return _part_phrase(event.start, now, event.precision, rng)
    if event.precision == "fiscal":
        return _fiscal_phrase(event.start, fiscal_start, rng)
    return _range_phrase(event, now)


# ---------------------------------------------------------------------------------------------
# Articles


def _fill(template: str, story: Story, extra: dict[str, str]) -> str:
    values = {
        "lead": story.lead,
        "lead_short": story.lead.split()[0],
        "partner": story.partner,
        "partner_short": story.partner.split()[0],
        "rival": story.rival,
        "site": story.site,
        "region": story.region,
        "product": story.sector["product"],
        "units": story.sector["units"],
        "industry": story.sector["industry"],
        **story.figures,
        **extra,
    }
    text = template.format(**values)
    return text[0].upper() + text[1:]


def _event_sentence(event: StoryEvent, story: Story, now: date, rng: random.Random, extra: dict[str, str]) -> str:
    when = when_phrase(event, now, story.fiscal_year_start, rng)
    return _fill(rng.choice(WORDINGS[event.kind]), story, {**extra, "when": when})


def _filler_paragraphs(story: Story, rng: random.Random, extra: dict[str, str], words: int) -> list[str]:
    """Context, quotes and analysis until the article reaches its length; sentences never repeat."""
    pool = list(FILLER)
    rng.shuffle(pool)
    paragraphs, count = [], 0
    while count < words and pool:
        size = min(len(pool), rng.randint(3, 5))
        paragraph = " ".join(_fill(pool.pop(), story, extra) for _ in range(size))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return paragraphs


def _publication(story: Story, rng: random.Random) -> tuple[StoryEvent, datetime]:
    """The event an article breaks, and its publication time: the same day up to two weeks later."""
    news = rng.choice(story.events[3:])  # the early events are background only
    day = news.end if news.end else news.start
    published = datetime.combine(day, datetime.min.time(), timezone.utc) + timedelta(
        days=rng.choice([0, 0, 1, 1, 2, 3, 5, 7, 9, 14]), seconds=rng.randint(5 * 3600, 21 * 3600)
    )
    return news, published


def _article_body(story: Story, news: StoryEvent, now: date, rng: random.Random, extra: dict[str, str]) -> str:
    earlier = [e for e in story.events if (e.end or e.start) < news.start]
    background = sorted(rng.sample(earlier, min(len(earlier), rng.randint(2, 5))), key=lambda e: e.start)
    planned = [e for e in story.events if e.start > now]
    target_words = rng.randint(400, 900)

    blocks = [_event_sentence(news, story, now, rng, extra) + " " + _fill(rng.choice(FILLER), story, extra)]
    blocks.append(
        " ".join(
            _fill(rng.choice(WORDINGS[kind]), story, extra) for kind in rng.sample(["workforce", "capacity", "utilisation_now"], 2)
        )
    )
    if rng.random() < 0.6:
        blocks.append("## " + _fill(rng.choice(HEADINGS), story, extra))
    blocks.extend(_event_sentence(e, story, now, rng, extra) for e in background)
    if planned and rng.random() < 0.7:
        blocks.append(_event_sentence(planned[0], story, now, rng, extra))
    if rng.random() < 0.35:
        items = rng.sample(["workforce_item", "capacity_item", "utilisation_item", "investment_item", "plants_item"], 3)
        blocks.append(_fill("Key numbers for {site}:", story, extra))
        blocks.append("\n".join("- " + _fill(rng.choice(WORDINGS[item]), story, extra) for item in items))
    used = sum(len(b.split()) for b in blocks)
    filler = _filler_paragraphs(story, rng, extra, target_words - used)
    split = rng.randint(0, len(filler))
    if rng.random() < 0.5:
        filler.insert(split, "## " + _fill(rng.choice(HEADINGS), story, extra))
    blocks.extend(filler)
    return "\n\n".join(_wrap(block) if not block.startswith(("#", "- ")) else block for block in blocks) + "\n"


def _unrelated_body(rng: random.Random, extra: dict[str, str]) -> tuple[str, str]:
    company = f"{_name(rng, 3)} {rng.choice(['Holdings', 'Group', 'Industries'])}"
    title = rng.choice(UNRELATED["titles"]).format(company=company)
    sentences = list(UNRELATED["sentences"])
    rng.shuffle(sentences)
    target, paragraphs, count = rng.randint(300, 500), [], 0
    while count < target and sentences:
        paragraph = " ".join(s.format(company=company, **extra) for s in sentences[: rng.randint(3, 5)])
        del sentences[:5]
        paragraphs.append(_wrap(paragraph))
        count += len(paragraph.split())
    return title, "\n\n".join(paragraphs) + "\n"


def _wrap(paragraph: str, width: int = 100) -> str:
    """Hard-wrap a paragraph like the scraper's Markdown output."""
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def make_article(index: int, stories: list[Story], seed: int, taken: set[str]) -> GeneratedFile:
    """Article `index`; it depends only on (seed, the stories, index) and the slugs already taken."""
    rng = random.Random(f"article:{seed}:{len(stories)}:{index}")
    publisher, section = rng.choice(PUBLISHERS)
    authors = "; ".join(f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(rng.choice([1, 1, 1, 2])))
    extra = {
        "source": rng.choice(NEWS_SOURCES),
        "analyst": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
        "firm": rng.choice(ANALYST_FIRMS),
        "spokesperson": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
    }
    if rng.random() < UNRELATED_SHARE:
        story = None
        title, body = _unrelated_body(rng, extra)
        published = datetime(2019, 6, 1, tzinfo=timezone.utc) + timedelta(seconds=rng.randint(0, 7 * 365 * 86400))
        topics = ""
    else:
        story = rng.choices(stories, weights=[s.weight for s in stories])[0]
        news, published = _publication(story, rng)
        title = _fill(rng.choice(TITLES[news.kind]), story, extra)
        body = _article_body(story, news, published.date(), rng, extra)
        topics = "" if rng.random() < UNTAGGED_SHARE else story.slug
    stem = f"{published:%Y-%m-%d}-{slugify(title)}"
    if stem in taken:
        stem = f"{stem}-{index}"
    taken.add(stem)
    header = [
        f"Title: {title}",
        f"Date: {published.isoformat()}",
        f"Authors: {authors}",
        f"Publisher: {publisher}",
        f"Original_url: https://{publisher}/{section}/{slugify(title)}-{rng.randint(10000, 99999)}",
        *([f"Topics: {topics}"] if topics else []),
        "Lang: en",
        f"Slug: {stem}",
        f"Raw: raw/{stem}.html.gz",
        f"Content_sha256: {hashlib.sha256(body.encode('utf-8')).hexdigest()}",
    ]
    return GeneratedFile(path=f"articles/{stem}.md", text="\n".join(header) + "\n\n" + body)


def generate(articles: int, topics: int, seed: int = 0) -> tuple[list[GeneratedFile], list[GeneratedFile]]:
    """The corpus as (topic files, article files in index order)."""
    stories = make_stories(topics, seed)
    taken: set[str] = set()
    return [render_topic(s) for s in stories], [make_article(i, stories, seed, taken) for i in range(articles)]


def write_corpus(directory: Path, files: list[GeneratedFile]) -> None:
    for generated in files:
        path = directory / generated.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(generated.text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=int, help="number of articles (N)")
    parser.add_argument("topics", type=int, help="number of topics")
    parser.add_argument("dir", type=Path, help="output folder (gets articles/ and topics/)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.articles < 0 or args.topics < 1:
        print("make_corpus: N must be >= 0 and TOPICS >= 1", file=sys.stderr)
        return 2
    existing = [p for sub in ("articles", "topics") for p in (args.dir / sub).glob("*.md")]
    if existing:
        print(f"make_corpus: {args.dir} already holds {len(existing)} content files; use an empty folder", file=sys.stderr)
        return 1
    topic_files, article_files = generate(args.articles, args.topics, args.seed)
    write_corpus(args.dir, topic_files + article_files)
    print(f"wrote {len(article_files)} articles and {len(topic_files)} topics to {args.dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
