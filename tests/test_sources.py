"""Article text and topic membership (plugins/briefing/sources.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bs4 import BeautifulSoup

from briefing.model import TopicSpec
from briefing.sources import html_to_text, topic_members

_BLOCKS = ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "pre"]


def soup_text(html: str) -> str:
    """The text html_to_text must give, computed the slow way through BeautifulSoup."""
    soup = BeautifulSoup(html, "lxml")
    blocks = [b for b in soup.find_all(_BLOCKS) if not b.find_parent(_BLOCKS)]
    texts = (" ".join(b.get_text().split()) for b in blocks)
    return "\n\n".join(t for t in texts if t)


def test_html_to_text_reads_blocks_like_beautifulsoup() -> None:
    cases = [
        "<p>One <b>bold</b> <i>word</i>.</p>\n<p>Two&nbsp;&amp; three.</p>",
        "<ul>\n<li><p>Loose</p>\n<p>item</p></li>\n<li>tight <a href='#'>link</a></li>\n</ul>",
        "<blockquote><p>quoted</p>\n<p>twice</p></blockquote><div>outside<p>inside</p></div>",
        "<table><tr><th>h</th><td>a<br>b</td> <td><p>c</p> <p>d</p></td></tr></table>",
        "<p>a<!-- comment -->b <script>x()</script>c<style>p {}</style>d</p><template><p>t</p></template>",
        "<p>x<ruby>漢<rt>kan</rt><rp>(</rp></ruby>y</p><pre>  keep\n  lines</pre><h2>Head <em>line</em></h2>",
        "\ufeff<p>unclosed <b>bold<p>next", "", "no block at all",
    ]
    for html in cases:
        assert html_to_text(html) == soup_text(html), html


@dataclass
class _Article:
    title: str
    metadata: dict = field(default_factory=dict)


def _topic(slug: str, *match: str) -> TopicSpec:
    return TopicSpec(slug=slug, title=slug, match=match)


def test_topic_members_by_name_or_whole_keyword() -> None:
    topics = [_topic("nissan", "Nissan", "Hon Hai"), _topic("att", "AT&T"), _topic("power", "e-Power")]
    named = _Article("Nissan and Hon Hai", {"topics": "power"})
    keyword = _Article("Talks")
    title_only = _Article("NISSAN shares")
    apart = _Article("Hon Kong")
    partial = _Article("Nissans")
    punctuated = _Article("Deal")
    articles = [named, keyword, title_only, apart, partial, punctuated]
    texts = ["", "Foxconn, also known as hon hai, said so.", "", "hai there", "", "AT&T and the e-power range."]
    assert topic_members(articles, texts, topics) == [[keyword, title_only], [punctuated], [named, punctuated]]
