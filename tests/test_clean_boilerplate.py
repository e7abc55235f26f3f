"""Each kind of page furniture is removed from a small article page, and the article itself stays whole."""

from __future__ import annotations

import re

import pytest

from scraper.clean import clean_page

URL = "https://news.example.com/2025/06/03/battery-plant"
PARAGRAPHS = [
    "The carmaker said on Tuesday that it would convert its coastal assembly plant into a battery "
    "factory, keeping most of the 3,900 jobs that had been at risk since the restructuring began.",
    "Local officials welcomed the plan, which still needs approval from the company's board in July. "
    "The conversion is expected to cost about 120 billion yen over the next four years.",
    "Analysts said the move would let the company reuse existing test courses and supplier links "
    "instead of building new facilities elsewhere, a cost that had weighed on earlier plans.",
]


def page(extra_top: str = "", extra_middle: str = "", extra_bottom: str = "", outside: str = "") -> bytes:
    """A small article page; the extra markup lands before, between and after the paragraphs."""
    first, second, third = (f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Carmaker turns plant into battery factory</title>
<meta name="author" content="Mia Tanaka"></head><body>
{outside}
<main><article><h1>Carmaker turns plant into battery factory</h1>
<div class="article-body">{extra_top}{first}{extra_middle}{second}{third}{extra_bottom}</div>
</article></main></body></html>""".encode()


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _body_is_whole(text: str) -> None:
    paragraphs = [_norm(p) for p in text.split("\n\n")]
    assert paragraphs == [_norm(p) for p in PARAGRAPHS]


FURNITURE = {
    "navigation": dict(outside='<nav><ul><li><a href="/">Home</a></li><li><a href="/autos">Autos</a></li>'
                               '<li><a href="/energy">Energy and climate coverage</a></li></ul></nav>'),
    "site header and footer": dict(
        outside='<header class="site-header"><a href="/">News Example</a><p>Independent news since 1998</p></header>'
                '<footer class="site-footer"><p>© 2025 News Example Ltd. All rights reserved.</p>'
                '<p>News Example is published by Example Media, 1 Harbour Street, Yokohama.</p></footer>'),
    "figure caption": dict(extra_middle='<figure><img src="/a.jpg" alt=""><figcaption>The plant seen from the '
                                        'harbour in May, before the announcement</figcaption></figure>'),
    "photo credit": dict(extra_middle='<p class="wp-caption-text">Image: Nissan</p>'),
    "caption with credit": dict(extra_middle='<span>Workers leave the plant after the night shift (Image: Getty)</span>'),
    "bare source credit": dict(extra_bottom='<p><a href="https://www.nikkei.com/article/1">nikkei.com</a></p>'),
    "byline in the body": dict(extra_top="<p>By Mia Tanaka</p>"),
    "date line in the body": dict(extra_top="<p>June 3, 2025 09:12</p>"),
    "share block": dict(extra_top='<div class="share-bar"><span>Share</span><a href="https://facebook.com/sharer">Facebook</a>'
                                  '<a href="https://x.com/intent">X</a><a href="mailto:?subject=x">E-Mail</a></div>'),
    "comment block": dict(outside="", extra_bottom=""),  # filled in below: comments follow the article
    "newsletter box": dict(extra_middle='<div class="newsletter-signup"><h3>Get our morning briefing</h3><p>Sign up for '
                                        'the newsletter and receive the most important automotive news every day.</p></div>'),
    "cookie banner": dict(outside='<div id="cookie-consent"><p>We use cookies to give you the best experience on our '
                                  'website. If you continue to use this site we will assume that you are happy with it.</p></div>'),
    "advertisement": dict(extra_middle='<div class="ad-slot"><span>Advertisement</span></div>'),
    "related articles": dict(extra_bottom='<section class="related-posts"><h2>Related articles</h2><ul>'
                                          '<li><a href="/a">Rival opens battery plant in Hungary after two-year delay</a></li>'
                                          '<li><a href="/b">Union calls for job guarantees at coastal plants across Japan</a></li>'
                                          '<li><a href="/c">Government weighs subsidies for domestic cell production</a></li></ul></section>'),
    "latest news": dict(outside='<aside><h2>Latest news</h2><ul><li><a href="/d">Charging network adds 40 parks in Italy this year</a></li>'
                                '<li><a href="/e">Truck maker starts series production of its electric model</a></li></ul></aside>'),
    "teaser cards": dict(outside="".join(
        f'<div class="promo"><h3><a href="/t{i}">Other story number {i} about electric vehicles</a></h3>'
        f"<p>A short summary of other story {i}, which is not part of this article at all.</p></div>" for i in range(4))),
}
FURNITURE["comment block"] = dict(outside="", extra_bottom="", comments=True)
COMMENTS = """<div id="comments" class="comments-area"><h2 class="comments-title">0 Comments</h2>
<div id="respond"><h3>Leave a Reply</h3><form><p class="comment-notes">Your email address will not be published.
Required fields are marked *</p><p><label>Comment</label><textarea></textarea></p></form></div></div>"""
FURNITURE.update({
    "citation notice": dict(extra_bottom="<p>Citation: Carmaker turns plant into battery factory (2025, June 3) retrieved "
                                         "4 June 2025 from https://news.example.com/2025/06/03/battery-plant</p>"),
    "copyright notice": dict(extra_bottom="<p>This document is subject to copyright. Apart from any fair dealing for the "
                                          "purpose of private study or research, no part may be reproduced without the written "
                                          "permission. The content is provided for information purposes only.</p>"),
    "unrendered shortcode": dict(extra_bottom='<p>[button link="https://news.example.com/submit/" type="big"] Send us your kit review[/button]</p>'),
    "author promotion": dict(extra_bottom="<p>Ken Ito's book about the car industry in Japan, \"Assembly\" (Harbour Press, "
                                          "2024), is out now. Follow him on Twitter @kenito or on Facebook.</p>"),
})
FORBIDDEN_WORDS = {
    "navigation": ["Home", "Energy and climate"],
    "site header and footer": ["Independent news since", "All rights reserved", "Harbour Street"],
    "figure caption": ["seen from the harbour"],
    "photo credit": ["Image: Nissan"],
    "caption with credit": ["night shift"],
    "bare source credit": ["nikkei.com"],
    "byline in the body": ["Mia Tanaka"],
    "date line in the body": ["June 3, 2025"],
    "share block": ["Share", "Facebook", "E-Mail"],
    "comment block": ["0 Comments", "Leave a Reply", "Your email address will not be published"],
    "newsletter box": ["morning briefing", "Sign up"],
    "cookie banner": ["cookies"],
    "advertisement": ["Advertisement"],
    "related articles": ["Related articles", "Hungary", "job guarantees"],
    "latest news": ["Latest news", "Charging network"],
    "teaser cards": ["Other story", "short summary"],
    "citation notice": ["Citation", "retrieved"],
    "copyright notice": ["subject to copyright"],
    "unrendered shortcode": ["[button", "kit review"],
    "author promotion": ["Follow him on Twitter", "out now"],
}


@pytest.mark.parametrize("kind", sorted(FURNITURE))
def test_furniture_is_removed_and_article_kept(kind):
    parts = dict(FURNITURE[kind])
    if parts.pop("comments", False):
        raw = page().replace(b"</main>", COMMENTS.encode() + b"</main>")
    else:
        raw = page(**parts)
    article = clean_page(raw, URL)
    _body_is_whole(article.text)
    for words in FORBIDDEN_WORDS[kind]:
        assert words not in article.text, words
        assert words not in article.markdown, words


def test_structure_survives_in_order_with_absolute_links():
    raw = page(extra_middle='<h2>What happens next</h2><ul><li>Board vote in July</li><li>Conversion from 2026</li></ul>'
                            '<blockquote><p>"We keep the plant and the people," the plant manager said.</p></blockquote>'
                            '<p>Details are in the <a href="/reports/plan.pdf">company statement</a>.</p>'
                            "<table><tr><th>Year</th><th>Output</th></tr><tr><td>2024</td><td>96,000</td></tr></table>")
    article = clean_page(raw, URL)
    md = article.markdown
    order = [md.index(s) for s in ("The carmaker said", "## What happens next", "- Board vote in July",
                                   "> \"We keep the plant", "[company statement](https://news.example.com/reports/plan.pdf)",
                                   "| Year | Output |", "Local officials welcomed")]
    assert order == sorted(order)
    assert "<a href=\"https://news.example.com/reports/plan.pdf\">company statement</a>" in article.html
    assert "Carmaker turns plant into battery factory" not in article.text  # the title is metadata, not body


def test_paragraph_after_a_related_box_is_recovered():
    """An article split into twin containers around a related-links box longer than its last part:
    the first pass takes the bigger part only; its twin after the box is recovered."""
    first, second, third = (f"<p>{p}</p>" for p in PARAGRAPHS)
    related = "".join(f'<li><a href="/r{i}">Related story number {i} about plants, jobs and batteries</a></li>' for i in range(8))
    raw = f"""<html><body><article><h1>Carmaker turns plant into battery factory</h1>
<div class="story-part">{first}{second}</div><div class="links"><ul>{related}</ul></div>
<div class="story-part">{third}</div></article>
<aside class="sidebar"><ul><li><a href="/x">Most read: ten cheapest electric cars you can buy right now</a></li></ul></aside>
</body></html>""".encode()
    _body_is_whole(clean_page(raw, URL).text)


def test_blocks_dropped_by_misleading_class_names_are_recovered():
    """Short lines that all carry a furniture-like class (here a poem marked up as captions): the first
    pass would drop every one of them; the cleaner keeps them rather than report no article."""
    lines = ["The harbour lights go out at nine,", "the night shift walks the long road home,",
             "and the plant hums on behind the line", "of cranes that stand like trees of chrome."]
    poem = "".join(f'<p class="caption">{line}</p>' for line in lines)
    raw = f"<html><body><div class='poem'>{poem}</div><nav><a href='/'>Home</a></nav></body></html>".encode()
    assert clean_page(raw, URL).text.split("\n\n") == lines


def test_sections_opened_by_a_furniture_heading_are_removed_without_class_names():
    """Comments and related stories with no telling class or tag: their heading gives them away,
    even when the comments hold more text than the article."""
    comment = ("I have worked at the plant for twenty years and I do not believe a word of this plan, "
               "which the company has announced three times before without doing anything. ") * 2
    comments = "".join(f"<div><b>reader{i}</b><p>{comment}</p></div>" for i in range(8))
    related = "".join(f'<li><a href="/s{i}">Other story number {i} about the carmaker</a></li>' for i in range(5))
    raw = page().replace(b"</main>", f"<div><h2>8 Comments</h2>{comments}</div>"
                                    f"<div><h3>More stories</h3><ul>{related}</ul></div></main>".encode())
    article = clean_page(raw, URL)
    _body_is_whole(article.text)
    assert "twenty years" not in article.text and "Other story" not in article.text


# Furniture lines the big news sites print between paragraphs, each standing alone as a block.
WEB_FURNITURE_LINES = [
    "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "(Reporting by Mia Tanaka in Tokyo; Editing by Ken Ito)",
    "Have a news tip? Email us at tips@news.example.com",
    "Get the latest news delivered to your inbox. Sign up for our daily newsletter.",
    "Click here to subscribe to our newsletter.",
    "Join our WhatsApp channel for the latest updates.",
    "Download our app for breaking news alerts.",
    "Image source, Getty Images",
    "Photo by Ken Ito/Getty Images",
    "Read next: The carmaker's new battery plan",
    "Advertisement - Scroll to continue",
    "Trending Now",
    "Recommended Stories",
    "Sponsored Content by Acme Batteries",
]
# Lines that look alike but are the article's own: corrections, contributions, disclosures it prints.
ARTICLE_LINES = [
    "This story has been corrected to show the plant employs 3,900 people, not 9,300.",
    "The Associated Press contributed to this report.",
    "Disclosure: Example News may earn a commission from some of the products featured on this page.",
    "Story continues below gallery",
]


@pytest.mark.parametrize("line", WEB_FURNITURE_LINES)
def test_common_web_furniture_lines_go(line):
    article = clean_page(page(extra_middle=f"<p>{line}</p>"), URL)
    _body_is_whole(article.text)


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_the_articles_own_notes_stay(line):
    assert line in clean_page(page(extra_middle=f"<p>{line}</p>"), URL).text


def test_a_keyword_link_inside_a_sentence_stays_whatever_its_class():
    sentence = ('<p>Radiation is a key hazard of deep <a href="/tags/space+travel/" rel="tag" class="textTag">space '
                'travel</a>, but shielding could be concentrated around the crew, the agency said in its report.</p>')
    article = clean_page(page(extra_middle=sentence), URL)
    assert "hazard of deep space travel, but shielding" in article.text
