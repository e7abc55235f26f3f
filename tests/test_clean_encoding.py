"""Pages decode the way a browser would: BOM, HTTP charset, <meta> charset, and detection as a last resort."""

from __future__ import annotations

import codecs

import pytest

from scraper.clean import clean_page

URL = "https://www.example.jp/news/20250603/oppama.html"
TITLE = "日産、追浜工場で鴻海とEV生産を協議"
PARAGRAPHS = [
    "日産自動車は、神奈川県横須賀市にある追浜工場で、台湾の鴻海精密工業と電気自動車の生産について協議している。"
    "工場の稼働率は昨年わずか四割にとどまり、採算ラインとされる八割を大きく下回っていた。",
    "関係者によると、鴻海は日本での生産拠点を探しており、余剰となっている生産ラインを活用する案が検討されている。"
    "工場には約三千九百人が勤務しており、地元自治体は雇用の維持に強い関心を示している。",
    "日産は世界の完成車工場を十七から十に減らす計画を発表しており、追浜工場は閉鎖の候補とされていた。"
    "協業が実現すれば、工場と従業員を守りつつ費用を削減できる可能性がある。",
]


def japanese_page(meta_charset: str | None) -> str:
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f'<!DOCTYPE html><html lang="ja"><head>{meta}<title>{TITLE}｜経済ニュース</title></head>'
            f"<body><nav><a href='/'>トップ</a></nav><article><h1>{TITLE}</h1>{body}</article></body></html>")


def _assert_japanese_article(raw: bytes, content_type: str | None = None) -> None:
    article = clean_page(raw, URL, content_type=content_type)
    assert article.text.split("\n\n") == PARAGRAPHS
    assert article.title == TITLE
    assert article.language == "ja"


@pytest.mark.parametrize("encoding", ["shift_jis", "euc_jp"])
def test_declared_in_meta(encoding):
    _assert_japanese_article(japanese_page(encoding.replace("_", "-")).encode(encoding))


@pytest.mark.parametrize("encoding", ["shift_jis", "euc_jp"])
def test_declared_only_in_http_header(encoding):
    raw = japanese_page(None).encode(encoding)
    _assert_japanese_article(raw, content_type=f"text/html; charset={encoding.replace('_', '-').upper()}")


@pytest.mark.parametrize("encoding", ["shift_jis", "euc_jp"])
def test_undeclared_is_detected(encoding):
    _assert_japanese_article(japanese_page(None).encode(encoding))


def test_http_header_beats_wrong_meta():
    raw = japanese_page("iso-8859-1").encode("euc_jp")
    _assert_japanese_article(raw, content_type="text/html; charset=EUC-JP")


def test_byte_order_mark_beats_everything():
    raw = codecs.BOM_UTF8 + japanese_page("shift_jis").encode("utf-8")
    _assert_japanese_article(raw, content_type="text/html; charset=shift_jis")


def test_utf16_with_bom():
    _assert_japanese_article(japanese_page(None).encode("utf-16"))


def test_windows_1252_page_without_declaration():
    text = ("<html><body><article>" + "".join(
        f"<p>Le constructeur a annoncé {i} fois que l’usine côtière serait transformée en usine de batteries, "
        f"préservant la plupart des 3 900 emplois menacés depuis le début de la restructuration.</p>" for i in range(3))
        + "</article></body></html>")
    article = clean_page(text.encode("cp1252"), "https://example.fr/a")
    assert "annoncé" in article.text and "l’usine côtière" in article.text


def test_utf8_mislabelled_as_latin1_by_the_server_stays_utf8():
    text = ("<html><body><article>" + "<p>Foxconn’s talks with Nissan — about 3,900 jobs at the Oppama plant — "
            "continue, “sources” said, and a decision is expected before the end of the month.</p>" * 3
            + "</article></body></html>")
    article = clean_page(text.encode("utf-8"), URL, content_type="text/html; charset=iso-8859-1")
    assert "Foxconn’s talks with Nissan — about 3,900 jobs" in article.text


def test_latin1_label_on_latin1_bytes_is_kept():
    text = ("<html><body><article>" + "<p>Le constructeur a annoncé que l'usine côtière serait transformée en "
            "usine de batteries, préservant la plupart des emplois menacés.</p>" * 3 + "</article></body></html>")
    article = clean_page(text.encode("latin-1"), URL, content_type="text/html; charset=ISO-8859-1")
    assert "annoncé que l'usine côtière serait transformée" in article.text
