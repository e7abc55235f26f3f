"""The editor's commands beside the scraper: topics (scripts/topic.py)."""
