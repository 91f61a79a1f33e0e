"""Reading articles from every supported format, and refusing bad files with a reason."""

import json

import pytest

from index.articles import article_id, bundled_articles, read_file, read_paths
from index.errors import ArticleError


def test_bundled_articles_parse_date_and_keep_caption():
    arts = bundled_articles()
    assert len(arts) == 2
    dated = [a for a in arts if a.date]
    assert [a.date for a in dated] == ["2020-01-01"]
    # The date line and photo caption stay in the text, so offsets match the file.
    assert dated[0].text.startswith("date 2020-01-01 Pro-Iranian militiamen")
    assert all(a.url.startswith("articles/") for a in arts)


def test_txt_header_lines(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Title: Storm hits coast\nSource: Coast Daily\nDate: 2021-03-04\n\nThe storm hit at dawn. Many fled.")
    [a] = read_file(f)
    assert (a.title, a.source, a.date) == ("Storm hits coast", "Coast Daily", "2021-03-04")
    assert a.text == "The storm hit at dawn. Many fled."
    assert a.id == article_id(a.text)


def test_markdown_title_and_links(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\ndate: 2022-05-06\nsource: Wire\n---\n# Dam opens\n\nThe [new dam](http://x) opened **today**.")
    [a] = read_file(f)
    assert a.title == "Dam opens" and a.date == "2022-05-06" and a.source == "Wire"
    assert "The new dam opened today." in a.text and "http" not in a.text


def test_html_main_text_only(tmp_path):
    body = " ".join(f"Sentence number {i} of the story about the bridge collapse." for i in range(30))
    html = (f"<html><head><title>Bridge collapses</title><script>alert(1)</script></head><body>"
            f"<nav>Home | Sport | Weather</nav><article><h1>Bridge collapses</h1><p>{body}</p></article>"
            f"<footer>Copyright Example News</footer></body></html>")
    f = tmp_path / "a.html"
    f.write_text(html)
    [a] = read_file(f)
    assert a.title == "Bridge collapses"
    assert "bridge collapse" in a.text and "alert(1)" not in a.text and "Copyright" not in a.text


def test_json_and_jsonl_fields(tmp_path):
    recs = [{"title": "One", "body": "First body text.", "published_at": "2023-01-02T10:00:00+00:00",
             "source": "Wire", "url": "https://example.org/1"},
            {"title": "Two", "text": "Second body text.", "date": "2023-02-03"}]
    (tmp_path / "a.json").write_text(json.dumps(recs))
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r) for r in recs))
    for name in ("a.json", "b.jsonl"):
        arts = read_file(tmp_path / name)
        assert [(a.title, a.date, a.source) for a in arts] == [("One", "2023-01-02", "Wire"), ("Two", "2023-02-03", None)]
        assert arts[0].url == "https://example.org/1"


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\n", "white space"),
    ("bin.txt", b"\x00\x01\x02binary", "binary"),
    ("latin.txt", "caf\u00e9 au lait".encode("latin-1"), "not UTF-8"),
    ("a.pdf", b"%PDF-1.4", "unsupported file type"),
    ("bad.json", b"{not json", "malformed JSON"),
    ("nobody.json", b'{"title": "x"}', "no text field"),
])
def test_bad_files_are_refused_with_reason(tmp_path, name, content, reason):
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(ArticleError, match=reason):
        read_file(f)


def test_read_paths_skips_bad_files_and_keeps_the_rest(tmp_path):
    (tmp_path / "good.txt").write_text("A good article. It has two sentences.")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "x.exe").write_bytes(b"MZ")
    arts, skipped = read_paths([tmp_path, tmp_path / "missing.txt"])
    assert [a.text for a in arts] == ["A good article. It has two sentences."]
    assert sorted(s.path.rsplit("/", 1)[-1] for s in skipped) == ["empty.txt", "missing.txt", "x.exe"]
    assert all(s.reason for s in skipped)
