"""Pure rendering: answers to chat markdown, citations to the sources panel, articles to a table (all escaped)."""

from __future__ import annotations

import html
import re

from rag.types import Answer, Citation

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~-])")


def escape_text(text: str) -> str:
    """Text that renders as itself in Gradio's markdown: no live HTML, no markdown syntax, no links."""
    # Markdown first: the entities html.escape adds (&lt; &gt; &amp;) must not be escaped again.
    return html.escape(_MD_SPECIAL.sub(r"\\\1", text), quote=False)


def cite_mark(n: int) -> str:
    """A small clickable citation mark; the page script brings source `n` into view on click."""
    return f'<a href="#src-{n}" class="cite" data-cite="{n}">[{n}]</a>'


def answer_markdown(answer: Answer, upto: int | None = None) -> str:
    """The chat message for an answer, built from its segments and citations, never from parsed text.

    Args:
        answer: the answer to render.
        upto: render only the first `upto` segments (for streaming sentence by sentence).
    """
    segments = answer.segments[:upto] if upto is not None else answer.segments
    parts = []
    for seg in segments:
        marks = "".join(cite_mark(n) for n in seg.refs)
        parts.append(escape_text(seg.text) + (" " + marks if marks else ""))
    body = " ".join(parts)
    if not answer.answered:
        return f'⚠️ **Not in the articles.** <span class="abstain">{body}</span>'
    return body


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi < 0 else hi


def source_card(c: Citation, article_text: str | None) -> str:
    """One source: title, outlet, date, and the cited sentence highlighted inside its paragraph."""
    meta = " · ".join(html.escape(x) for x in (c.source, c.date) if x) or "outlet and date unknown"
    where = f'<div class="src-url">{html.escape(c.url)}</div>' if c.url else ""
    if article_text and article_text[c.start:c.end] == c.quote:
        lo, hi = _paragraph(article_text, c.start, c.end)
        para = (html.escape(article_text[lo:c.start]) + f"<mark>{html.escape(c.quote)}</mark>"
                + html.escape(article_text[c.end:hi]))
    else:
        para = f"<mark>{html.escape(c.quote)}</mark>"
    return (f'<div class="src" id="src-{c.n}"><div class="src-head"><span class="src-n">[{c.n}]</span> '
            f'<b>{html.escape(c.title)}</b></div><div class="src-meta">{meta}</div>{where}'
            f'<p class="src-para">{para}</p></div>')


def sources_html(answer: Answer | None, texts: dict[str, str] | None = None) -> str:
    """The sources panel for the latest answer; `texts` maps article id to its text for context."""
    if answer is None:
        return '<div class="sources-empty">Sources for the latest answer appear here.</div>'
    if not answer.citations:
        return '<div class="sources-empty">No passage in the articles is close to this question.</div>'
    texts = texts or {}
    head = ("Sources" if answer.answered else
            'Related passages <span class="related-note">(not an answer: the articles do not say)</span>')
    cards = "".join(source_card(c, texts.get(c.article_id)) for c in answer.citations)
    return f'<div class="sources {"answered" if answer.answered else "abstained"}"><h3>{head}</h3>{cards}</div>'


def articles_html(articles) -> str:
    """The indexed articles as a table of title, outlet and date."""
    rows = "".join(f"<tr><td>{html.escape(a.title)}</td><td>{html.escape(a.source or '–')}</td>"
                   f"<td>{html.escape(a.date or '–')}</td></tr>" for a in articles)
    return (f'<table class="articles"><thead><tr><th>Title</th><th>Outlet</th><th>Date</th></tr></thead>'
            f"<tbody>{rows}</tbody></table><div class=\"count\">{len(articles)} articles indexed</div>")


def upload_report(added, unchanged, skipped) -> str:
    """Markdown summary of an upload: what was indexed, already present, or skipped and why."""
    lines = [f"**{len(added)} added**, {len(unchanged)} already indexed, {len(skipped)} skipped."]
    lines += [f"- added: {escape_text(a.title)}" for a in added]
    lines += [f"- skipped **{escape_text(s.path)}**: {escape_text(s.reason)}" for s in skipped]
    return "\n".join(lines)
