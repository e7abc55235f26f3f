"""Scraper package: fetch news pages, clean them, store them as Pelican content files."""
