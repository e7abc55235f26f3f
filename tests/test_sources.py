"""Article text (plugins/briefing/sources.py)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from briefing.sources import html_to_text

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
