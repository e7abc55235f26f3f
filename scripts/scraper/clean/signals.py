"""What tags, class/id names and short texts say about a block: article content or page furniture."""

from __future__ import annotations

import re
from functools import lru_cache

# Elements that start a new block of text; everything else flows inline inside its block.
BLOCK_TAGS = frozenset({
    "html", "body", "article", "main", "section", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
    "blockquote", "pre", "figure", "figcaption", "header", "footer", "nav", "aside", "form", "fieldset",
    "address", "center", "details", "summary", "hr", "br", "legend", "menu", "hgroup", "dialog",
})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Markup that never carries article text.
DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "applet",
    "canvas", "video", "audio", "source", "track", "map", "select", "textarea", "button", "input",
    "option", "datalist", "dialog", "head", "link", "meta", "img", "picture", "area", "param", "frame", "frameset",
)
# Page furniture by its HTML5 tag (a <header> is weak furniture: some pages put the article's lead in it).
FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "header", "figcaption", "menu"})
WEAK_FURNITURE_TAGS = frozenset({"header"})

_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# Words naming what a block is, when it is never the article: such a block is strong furniture.
_STRONG_NEGATIVE = re.compile(
    r"^(?:comments?|commentlist|respond|reply|replies|share|shares|sharing|sharebar|like|likes|"
    r"related|relatedposts|recommended|recommendations|recommend|recirculation|newsletter|newsletters|"
    r"subscribe|subscription|signup|cookie|cookies|consent|gdpr|advert|advertisement|advertising|ad|ads|adslot|"
    r"adunit|dfp|gpt|sponsor|sponsored|promo|promotion|promos|trending|popular|mostread|mostpopular|readmore|"
    r"morestories|alsoread|donate|survey|poll|newsticker|ticker|headlines|teaser|teasers)$"
)
# Words naming where a block sits or how it looks: furniture too, but pages also wrap articles in them.
_WEAK_NEGATIVE = re.compile(
    r"^(?:banner|popup|modal|overlay|sidebar|widget|widgets|breadcrumb|breadcrumbs|footer|masthead|menu|navbar|"
    r"navigation|nav|pagination|pager|tags|tagcloud|tag|byline|bylines|author|authors|dateline|caption|credit|credits|"
    r"copyright|disclaimer|toolbar|skip|more|print|rating|login|signin|paywall|meta|postmeta|entrymeta|timestamp|"
    r"tooltip|hidden|sronly|offscreen|visuallyhidden|screenreader|jump|toc|categories|category|bio|carousel|slideshow|"
    r"gallery|feedback|follow|keywords|topics|lightbox|rail)$"
)
_POSITIVE = re.compile(
    r"^(?:article|articlebody|articletext|articlecontent|body|bodytext|content|entry|entrycontent|main|"
    r"maincontent|post|postbody|postcontent|posttext|story|storybody|storytext|storycontent|text|blog|"
    r"prose|richtext|page|column|wysiwyg|paragraph|paragraphs|copy|contenttext)$"
)
# Layout classes that describe a wrapper, not the wrapper's content ("has-sidebar", "with-ads").
_WRAPPER_PREFIXES = ("has", "with", "no", "show", "hide", "is", "js", "l", "u", "o")


@lru_cache(maxsize=16384)
def class_words(value: str) -> tuple[str, ...]:
    """Words of a class name: "newsCaption" and "news-caption" both give news, caption; generated
    suffixes with digits ("story_disclaimer__Xy3z", "row-2020") are not words."""
    tokens = [t for t in _TOKEN_SPLIT.split(_CAMEL.sub("-", value).lower()) if t]
    while tokens and any(ch.isdigit() for ch in tokens[-1]):
        tokens.pop()
    return tuple(tokens)


STRONG, WEAK, NONE, CONTENT = -2, -1, 0, 1


_NAMING_ATTRIBUTES = frozenset({"class", "id", "role", "itemprop"})


def class_signal(el) -> int:
    """What the element's class/id/role/itemprop say: STRONG or WEAK furniture, CONTENT, or NONE."""
    items = el.items()  # one call into lxml; most elements have no attributes at all
    if not items:
        return NONE
    if len(items) == 1:  # most often a class alone
        name, value = items[0]
        return _names_signal(value) if value and name in _NAMING_ATTRIBUTES else NONE
    attrs = dict(items)
    names = " ".join(filter(None, (attrs.get("class"), attrs.get("id"), attrs.get("role"), attrs.get("itemprop"))))
    return _names_signal(names) if names else NONE


def _name_signal(tokens: list[str]) -> int:
    """One class name, judged by its first and last word and by all its words joined ("comments-area",
    "theme_sidebar", but not "builder-widget-container"); a strong word outweighs a content word in
    the same name ("related-content"), a weak one cancels it ("sidebar-content")."""
    words = (tokens[0], tokens[-1], "".join(tokens))
    if any(_STRONG_NEGATIVE.match(w) for w in words):
        return STRONG
    weak = any(_WEAK_NEGATIVE.match(w) for w in words)
    content = bool(_POSITIVE.match(words[2]) or _POSITIVE.match(tokens[-1]))
    return NONE if weak and content else WEAK if weak else CONTENT if content else NONE


@lru_cache(maxsize=16384)
def _single_name_signal(name: str) -> int | None:
    """The signal of one class name, None for a layout wrapper name or one without words; the same
    names recur across a page's elements in ever new combinations."""
    tokens = class_words(name)
    return _name_signal(tokens) if tokens and tokens[0] not in _WRAPPER_PREFIXES else None


@lru_cache(maxsize=8192)
def _names_signal(names: str) -> int:
    """class_signal for one class/id/role/itemprop string; pages repeat these strings a lot. Across
    names, content cancels furniture ("entry-content share-enabled")."""
    signals = {_single_name_signal(name) for name in names.split()}
    signals.discard(None)
    if CONTENT in signals:
        return NONE if STRONG in signals or WEAK in signals else CONTENT
    return min(signals, default=NONE)


# Short blocks that are page furniture whatever markup they sit in.
BOILERPLATE_TEXT = re.compile(
    r"^(?:"
    r"(?:image|images|photo|photos|picture|pictures|foto|fotos|bild|bilder|credit|credits|source|sources|quelle|fuente|"
    r"photograph|illustration|graphic|video|screenshot)\s*(?:\([^)]*\))?\s*[:©|/].{0,80}"
    r"|.{0,200}\((?:image|images|photo|photos|picture|pic|foto|bild|credit|source)\s*:[^)]{0,60}\)"  # caption ending in its credit
    r"|.{0,150}©.{0,120}|copyright\b.{0,190}|.{0,150}\ball rights reserved\b.{0,150}|our standards:.{0,100}"
    r"|(?:\d+|no)\s+comments?|comments?(?:\s*\(\d+\))?|leave a (?:reply|comment).{0,80}|post a comment|add a comment.{0,40}"
    r"|your email address will not be published.{0,120}|required fields are marked.{0,20}"
    r"|share(?: this)?(?: article| story| post| on \w+)?:?|share via.{0,40}|tweet|email|print|save|copy link"
    r"|advertisement|advert|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklama|iklan|广告|広告"
    r"|sponsored(?: content| links?| stories)?(?: by .{1,40})?|ad|ads|like this:?|loading\.{0,3}|more:"
    r"|(?:advertisement|advert|ad)\s*[-–—:|]\s*.{0,40}"
    r"|.{0,80}\b(?:requires|enable|enabled|turn on) javascript\b.{0,80}"
    r"|(?:first |last )?(?:published|updated|posted|modified|last updated|veröffentlicht|aktualisiert)(?: on| at)?:?\s.{0,60}"
    r"|(?:read|see|view) (?:more|also|the full story|full article).{0,80}|continue reading.{0,80}|(?:read|see|watch) next\b.{0,100}"
    r"|(?:sign up|subscribe)\b.{0,120}|related(?: articles| stories| posts| news| content| coverage)?:?"
    r"|(?:click|tap) here to (?:subscribe|sign up|register|download|follow|join)\b.{0,100}|download (?:our|the) (?:[\w-]+ )?app\b.{0,100}"
    r"|(?:have|got) a (?:news )?tip\b.{0,100}|(?:send us|email us|contact us)\b.{0,80}"
    r"|(?:latest|more|top|trending|popular) (?:news|stories|articles|headlines|from \w+)\b.{0,30}|trending(?: now| today)?"
    r"|most (?:read|popular|viewed)\b.{0,30}|recommended(?: for you| stories| articles| videos| reading)?|you (?:may|might) also like.{0,20}|don.t miss:?"
    r"|.{0,120}\b(?:in|into|to) your inbox\b.{0,120}|sharing is caring!?"
    r"|(?:follow|join) .{0,60}\bon (?:twitter|facebook|instagram|linkedin|youtube|whatsapp|telegram|google news)\b.{0,120}"
    r"|join (?:us|our) .{0,40}\b(?:whatsapp|telegram) (?:channel|group)\b.{0,80}"
    r"|(?:watch|listen)(?: now| live| here| again)?\s*[:|–—]\s*.{0,150}"  # a video or audio widget's label
    r"|(?:watch|listen to|play) (?:the |this )?(?:video|audio|article|story|podcast|episode|full (?:interview|episode|video))\b.{0,80}"
    r"|(?:\d+\s*min(?:ute)?s?\s+read|(?:estimated )?reading time:?.{0,20}|read time:?.{0,20}|lesezeit:?.{0,20}"
    r"|tempo de leitura:?.{0,20}|temps de lecture:?.{0,20})"
    r"|\(?(?:additional |with )?reporting by\b.{0,150}|(?:compiled|edited|editing|writing) by\b.{0,100}"
    r"|image source\b.{0,80}|(?:photo|image|picture|video)s? (?:by|courtesy(?: of)?|via)\b.{0,100}"
    r"|tags?:.{0,200}|filed under:?.{0,200}|topics?:.{0,200}|categor(?:y|ies):.{0,200}"
    r"|\[/?[a-z][\w-]*(?:\s[^\]]*)?\].{0,150}"  # a CMS shortcode left unrendered ("[button link=...]")
    r"|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?"  # a bare source credit such as "example.com"
    r"|(?:by|von|par|por)\s+[\w.'’ -]{2,60}"        # a byline line
    r")$",
    re.I,
)

# Longer blocks that announce themselves as furniture in their first words (legal notices, how to cite
# the page), or end as an author's promotion does ("... is out now. Follow him on Twitter @x").
LONG_BOILERPLATE_TEXT = re.compile(
    r"^(?:(?:disclaimer|haftungsausschluss|avertissement|aviso legal|citation|cite this (?:article|page))\s*[:：]"
    r"|this (?:document|article|material|content|story) is (?:subject to|protected by) copyright)", re.I)
PROMO_ENDING = re.compile(
    r"\bfollow (?:him|her|them|us|me)\b[^.!?]{0,40}\bon (?:twitter|facebook|instagram|linkedin|threads|bluesky)\b[^.!?]{0,80}[.!]?$", re.I)
MAX_LONG_BOILERPLATE_CHARS = 800

# Headings that open a section of furniture: the section they head is furniture, whatever its markup.
SECTION_LABEL = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|discussion|join the (?:conversation|discussion)"
    r"|(?:leave|post|add|write) a (?:comment|reply|response)"
    r"|related(?: articles| stories| posts| news| content| coverage| reading| links)?"
    r"|(?:more|latest|top|trending|popular|recent|recommended|featured|other) (?:news|stories|articles|headlines|posts|videos|reads)"
    r"|more (?:from|in|on) .{1,40}|most (?:read|popular|viewed|shared|commented)|you (?:may|might) also (?:like|enjoy)"
    r"|(?:read|see) (?:more|also|next)|also read|recommended(?: for you)?|don.t miss|around the web|sponsored(?: content| stories)?"
    r"|newsletters?|sign up.{0,60}|subscribe.{0,60}|share(?: this)?(?: article| story| post)?|tags|topics|categories|archives"
    r"|about the author|more by this author)[\s:!.…]*$",
    re.I,
)
