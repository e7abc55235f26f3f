"""The editor's view of a content folder: its topic files, its articles, which articles each topic
has, and every problem in them, found as the build would find them but without building.

Membership is the plugin's own (briefing.sources.topic_members): an article belongs to the topics
it names in Topics:, else to those whose Match keywords its title or text mentions. Only articles
that name no topic are rendered (with Pelican's Markdown reader and settings) to get their text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from briefing.checks import Problem, check_article, check_topic, display_path, empty_topic, read_header
from briefing.model import TopicSpec
from briefing.sources import html_to_text, topic_members
from briefing.topics import TopicValueError, topic_spec

TOPICS, ARTICLES = "topics", "articles"


@dataclass
class TopicFile:
    """One topic file: its slug and path, and its spec when the file can be read."""

    slug: str
    path: Path
    title: str = ""
    spec: TopicSpec | None = None
    articles: list[Path] = field(default_factory=list)


@dataclass
class ArticleFile:
    """One article file's header facts, enough to place it in its topics."""

    path: Path
    title: str
    topics: list[str]
    draft: bool


@dataclass
class ContentFolder:
    """A content folder read for editing: topics with their articles, and the problems found."""

    root: Path
    topics: list[TopicFile] = field(default_factory=list)
    articles: list[ArticleFile] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def read(cls, root: Path, settings: dict[str, Any]) -> ContentFolder:
        """Every topic and article file under `root`, checked, with each topic's articles."""
        folder = cls(root)
        for path in sorted((root / TOPICS).glob("*.md")):
            folder.topics.append(folder._read_topic(path))
        known = [t.slug for t in folder.topics]
        for path in sorted((root / ARTICLES).rglob("*.md")):
            folder._read_article(path, known)
        folder._place_articles(settings)
        return folder

    def _text(self, path: Path) -> str | None:
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self.problems.append(Problem(display_path(path), 0, f"cannot read it ({error})", "a UTF-8 Markdown file"))
            return None

    def _read_topic(self, path: Path) -> TopicFile:
        topic = TopicFile(path.stem, path)
        text = self._text(path)
        if text is None:
            return topic
        shown = display_path(path)
        problems = check_topic(shown, text)
        self.problems += problems
        metadata: dict[str, Any] = {}
        for entry in read_header(text).lines:
            metadata.setdefault(entry.key.lower(), []).append(entry.value)
        topic.title = " ".join(metadata.get("title", [])) or topic.slug
        if not any(p.is_error for p in problems):
            try:
                topic.spec = topic_spec(topic.slug, metadata, "")
            except TopicValueError:
                pass  # already among the problems check_topic found
        return topic

    def _read_article(self, path: Path, known: list[str]) -> None:
        text = self._text(path)
        if text is None:
            return
        self.problems += check_article(display_path(path), text, known, str(self.root / TOPICS))
        header = read_header(text)
        values = {e.key.lower(): e.value for e in header.lines}
        topics = [s.strip() for e in header.values("Topics") for s in e.value.split(",") if s.strip()]
        self.articles.append(ArticleFile(path, html.unescape(values.get("title", "")), topics,
                                         values.get("status", "").lower() == "draft"))

    def _place_articles(self, settings: dict[str, Any]) -> None:
        """Each topic's articles, as the build assigns them; warn about topics left without any."""
        published = [a for a in self.articles if not a.draft]
        readable = [t for t in self.topics if t.spec is not None]
        reader = _MarkdownText(settings)
        texts = [reader.text(a.path) if not a.topics else "" for a in published]
        views = [SimpleNamespace(metadata={"topics": ", ".join(a.topics)}, title=a.title, path=a.path) for a in published]
        specs = [t.spec for t in readable if t.spec is not None]
        for topic, members in zip(readable, topic_members(views, texts, specs)):
            topic.articles = [view.path for view in members]
            if not members:
                self.problems.append(empty_topic(display_path(topic.path), topic.slug, topic.spec.match if topic.spec else ()))



class _MarkdownText:
    """An article's plain text as the build matches keywords against: Markdown rendered with the
    site's MARKDOWN settings (as Pelican's reader does, but one converter for all), then the
    plugin's html_to_text."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self._settings = settings
        self._converter: Any = None

    def text(self, path: Path) -> str:
        if self._converter is None:
            from markdown import Markdown  # only when some article names no topic
            from pelican.readers import MarkdownReader

            MarkdownReader(self._settings)  # completes MARKDOWN's extension list, as for the build
            self._converter = Markdown(**self._settings["MARKDOWN"])
        try:
            html = self._converter.reset().convert(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):  # check_article reports the file; here it matches nothing
            return ""
        return html_to_text(html)
