"""Embedded social posts, their credits and watch/listen widgets never become article text; the
article's own sentences around them (and quotes merely offered for sharing) stay."""

from __future__ import annotations

import pytest

from scraper.clean import clean_page
from test_clean_boilerplate import PARAGRAPHS, URL, _body_is_whole, page

TWEET = ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Interesting to see Stadia RDR2 capture out '
         'there running at an unstable 60fps. A bit tired here and Stadia barely runs on my home connection '
         '<a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Digital Foundry (@digitalfoundry) '
         '<a href="https://twitter.com/digitalfoundry/status/1">November 18, 2019</a></blockquote>')

EMBEDS = {
    "tweet blockquote": TWEET,
    "instagram post": ('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/">'
                       '<div><p>A post shared by Jane Doe (@janedoe) on the launch day of the new factory line</p></div></blockquote>'),
    "tiktok video": ('<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@a/video/1"><section>'
                     '<a href="https://www.tiktok.com/@a">@a</a> Watching the battery line run for the first time ever</section></blockquote>'),
    "facebook post": '<div class="fb-post" data-href="https://www.facebook.com/x/posts/1"><p>Our new plant opens its doors to the public next month</p></div>',
    "wordpress twitter block": ('<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter">'
                                '<div class="wp-block-embed__wrapper">Big news for the coast today, jobs are staying here '
                                'https://t.co/y — Town Council (@towncouncil) June 3, 2025</div></figure>'),
    "credit left without its markup": ('<p>Big news for the coast today, the jobs are staying where they are '
                                       'https://t.co/y</p><p>— Town Council (@towncouncil) June 3, 2025</p>'),
    "post and credit in one paragraph": '<p>Jobs are staying on the coast! https://t.co/y — Town Council (@towncouncil) 3 June 2025</p>',
    "video player": '<div class="video-player"><p>Plant tour: inside the new battery line, a two-minute film of the site</p></div>',
    "watch label": "<p>WATCH: Inside the plant that will build the batteries</p>",
    "listen label": "<p>Listen to this article</p>",
    "audio player": '<div class="audio-player"><p>Listen to the full episode of our energy podcast</p><span>4 min</span></div>',
}


@pytest.mark.parametrize("markup", EMBEDS.values(), ids=EMBEDS.keys())
def test_embedded_posts_and_widgets_are_not_article_text(markup):
    article = clean_page(page(extra_middle=markup), URL)
    _body_is_whole(article.text)
    assert "@" not in article.markdown and "Watch" not in article.markdown.title()


def test_a_click_to_tweet_quote_is_the_articles_own_sentence():
    quote = ('<div class="sw-click-to-tweet"><p>Keeping the jobs was the point of the whole plan, the mayor '
             'said on Tuesday.</p><a class="sw-ctt" href="https://twitter.com/share?text=x">Click To Tweet</a></div>')
    article = clean_page(page(extra_middle=quote), URL)
    assert "Keeping the jobs was the point of the whole plan" in article.text


def test_a_handle_named_in_a_sentence_stays():
    sentence = ("<p>The company's chief executive, who posts as (@ceo) on most networks, confirmed the plan "
                "in a message to staff and said more details would follow in July.</p>")
    article = clean_page(page(extra_middle=sentence), URL)
    assert "posts as (@ceo)" in article.text and PARAGRAPHS[1] in article.text
