"""Rendering functions without a server: chat markdown from structured answers, escaped sources panel."""

import re

import pytest

from rag.types import Answer, Citation, Segment
from ui.render import answer_markdown, articles_html, escape_text, sources_html, upload_report

TEXT = "Intro line.\nThe flood <b>hit</b> Kasane [see](javascript:x) on Monday. Rescuers came.\nLast."
START = TEXT.index("The flood")
END = TEXT.index("Rescuers") - 1
CITE = Citation(1, "a1", "<script>alert(1)</script>Flood", "Wire & Co", "2024-05-01", "https://x/1",
                TEXT[START:END], START, END)


def answer(answered=True):
    seg = Segment(CITE.quote, (1,))
    pre = (Segment("The articles don't say. The closest they come:"),) if not answered else ()
    segs = pre + (seg,)
    return Answer("q?", " ".join(s.render() for s in segs), (CITE,), answered, "q?", segs)


def test_escape_text_renders_as_itself():
    out = escape_text("<img src=x onerror=alert(1)> [a](javascript:x) *b* it's & #1")
    assert "<img" not in out and "&lt;img" in out
    assert "](javascript" not in out and "\\[a\\]\\(javascript" in out
    assert "&#x27;" not in out and "it's" in out


def test_answer_markdown_marks_come_from_citations():
    md = answer_markdown(answer())
    assert md.count('class="cite"') == 1 and 'href="#src-1"' in md
    assert "<b>" not in md and "&lt;b&gt;hit&lt;/b&gt;" in md
    assert "[1]" not in re.sub(r"<a [^>]*>\[1\]</a>", "", md)


def test_streaming_renders_prefix_of_segments():
    a = answer(answered=False)
    assert "cite" not in answer_markdown(a, upto=1)
    assert "cite" in answer_markdown(a, upto=2)


def test_abstention_looks_different():
    assert "Not in the articles" in answer_markdown(answer(False))
    assert "Not in the articles" not in answer_markdown(answer(True))
    assert "Related passages" in sources_html(answer(False), {"a1": TEXT})
    assert "Sources" in sources_html(answer(True), {"a1": TEXT})


def test_sources_panel_highlights_sentence_in_paragraph_escaped():
    out = sources_html(answer(), {"a1": TEXT})
    assert 'id="src-1"' in out
    mark = re.search(r"<mark>(.*?)</mark>", out).group(1)
    assert mark == "The flood &lt;b&gt;hit&lt;/b&gt; Kasane [see](javascript:x) on Monday."
    assert "Rescuers came." in out and "Intro line." not in out and "Last." not in out
    assert "<script>" not in out and "&lt;script&gt;" in out and "Wire &amp; Co" in out


@pytest.mark.parametrize("ans", [None, Answer("q", "The articles don't say.", (), False)])
def test_sources_panel_empty_states(ans):
    assert "<div" in sources_html(ans)


def test_articles_and_upload_report_escape():
    class A:
        title, source, date = "<i>x</i>", None, "2024-01-01"

    class S:
        path, reason = "<b>evil.pdf</b>", "unsupported file type '.pdf'"

    assert "<i>" not in articles_html([A()]) and "1 articles indexed" in articles_html([A()])
    rep = upload_report([A()], [], [S()])
    assert "1 added" in rep and "<b>evil" not in rep and "unsupported" in rep
