"""Reading articles from .txt, .md, .html, .json and .jsonl files into `Article` records."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

from index.errors import ArticleError

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
MAX_FILE_BYTES = 50 * 1024 * 1024
BUNDLED_DIR = Path(__file__).parent / "articles"

_DATE_RE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
_HEADER_RE = re.compile(r"^(title|date|source|outlet|url|published_at|published)\s*:\s*(.+)$", re.I)
_TEXT_KEYS = ("body", "text", "content", "article")
_DATE_KEYS = ("date", "published_at", "published", "publish_date")
_SOURCE_KEYS = ("source", "outlet", "publisher", "sitename")


@dataclass(frozen=True)
class Article:
    """One article: its cleaned text and what is known about where it came from."""

    id: str
    text: str
    title: str
    date: str | None = None
    source: str | None = None
    url: str | None = None
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "date": self.date, "source": self.source,
                "url": self.url, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict) -> "Article":
        return cls(id=d["id"], text=d["text"], title=d["title"], date=d.get("date"),
                   source=d.get("source"), url=d.get("url"))


def clean_text(text: str) -> str:
    """Normalise line endings and blank runs; keep every word, so offsets are into this text."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    lines = [ln.strip() for ln in text.split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return out.strip()


def article_id(text: str) -> str:
    """Stable id from the cleaned text: the same article added twice is the same article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_date(value) -> str | None:
    """ISO date (YYYY-MM-DD) from the common forms news feeds use, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        return datetime.utcfromtimestamp(value / (1000 if value > 1e11 else 1)).date().isoformat()
    s = str(value).strip()
    m = _DATE_RE.search(s)
    if m:
        try:
            return date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            return None
    for fmt in ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%Y/%m/%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _title_from_text(text: str) -> str:
    """A title for an untitled article: its first sentence after a photo caption line."""
    paras = [p for p in text.split("\n") if p.strip()]
    if not paras:
        return "(untitled)"
    # A short first line without a full stop reads as a headline.
    if len(paras[0]) <= 120 and not paras[0].rstrip().endswith((".", "!", "?")):
        return paras[0].strip()
    body = paras[1] if len(paras) > 1 else paras[0]
    first = re.split(r"(?<=[.!?])\s+", body, maxsplit=1)[0]
    return first if len(first) <= 100 else first[:97].rsplit(" ", 1)[0] + "…"


def _make(text: str, title=None, date_=None, source=None, url=None) -> Article:
    text = clean_text(text)
    if not text:
        raise ArticleError("no text")
    return Article(id=article_id(text), text=text, title=(title or "").strip() or _title_from_text(text),
                   date=parse_date(date_), source=(source or None), url=(url or None))


def _read_text(path: Path) -> str:
    size = path.stat().st_size
    if size == 0:
        raise ArticleError("empty file")
    if size > MAX_FILE_BYTES:
        raise ArticleError(f"file is {size // 2**20} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit")
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise ArticleError("binary file (contains NUL bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ArticleError(f"not UTF-8 text (bad byte at offset {e.start}); re-save it as UTF-8") from None
    if not text.strip():
        raise ArticleError("file holds only white space")
    return text


def parse_txt(text: str, url: str | None = None) -> Article:
    """Plain text; optional `Key: value` header lines; a `date YYYY-MM-DD` anywhere in line one."""
    lines = text.replace("\r\n", "\n").split("\n")
    meta: dict[str, str] = {}
    while lines and (m := _HEADER_RE.match(lines[0].strip())):
        meta[m.group(1).lower()] = m.group(2).strip()
        lines.pop(0)
    body = "\n".join(lines)
    first = next((ln for ln in lines if ln.strip()), "")
    date_ = meta.get("date") or meta.get("published_at") or meta.get("published")
    if not date_:
        m = re.search(r"\bdate\s+(\d{4}-\d{2}-\d{2})\b", first, re.I)
        date_ = m.group(1) if m else None
    return _make(body, meta.get("title"), date_, meta.get("source") or meta.get("outlet"),
                 meta.get("url") or url)


def parse_markdown(text: str, url: str | None = None) -> Article:
    """Markdown: optional front matter, the first `# heading` as title, link syntax reduced to its text."""
    meta: dict[str, str] = {}
    fm = re.match(r"^---\n(.*?)\n---\n", text.replace("\r\n", "\n"), re.S)
    if fm:
        for ln in fm.group(1).split("\n"):
            if ":" in ln:
                k, v = ln.split(":", 1)
                meta[k.strip().lower()] = v.strip().strip("\"'")
        text = text.replace("\r\n", "\n")[fm.end():]
    h = re.search(r"^#\s+(.+)$", text, re.M)
    title = meta.get("title") or (h.group(1).strip() if h else None)
    body = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    body = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", body)
    body = re.sub(r"^#{1,6}\s+", "", body, flags=re.M)
    body = re.sub(r"(\*\*|__)(.+?)\1", r"\2", body)
    return _make(body, title, meta.get("date") or meta.get("published_at"),
                 meta.get("source") or meta.get("outlet"), meta.get("url") or url)


def parse_html(html: str, url: str | None = None) -> Article:
    """HTML: main text and metadata by trafilatura (boilerplate, scripts and menus dropped)."""
    import trafilatura
    from trafilatura.metadata import extract_metadata

    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not body:
        body = trafilatura.html2txt(html)
    meta = extract_metadata(html)
    return _make(body or "", getattr(meta, "title", None), getattr(meta, "date", None),
                 getattr(meta, "sitename", None), getattr(meta, "url", None) or url)


def from_record(rec: dict, url: str | None = None) -> Article:
    """A JSON object with fields such as title, body/text, date/published_at, source, url."""
    if not isinstance(rec, dict):
        raise ArticleError("a JSON article must be an object")
    body = next((rec[k] for k in _TEXT_KEYS if isinstance(rec.get(k), str) and rec[k].strip()), None)
    if body is None:
        raise ArticleError(f"no text field (one of {', '.join(_TEXT_KEYS)})")
    pick = lambda keys: next((rec[k] for k in keys if rec.get(k)), None)  # noqa: E731
    return _make(body, rec.get("title"), pick(_DATE_KEYS), pick(_SOURCE_KEYS), rec.get("url") or url)


def _json_records(text: str, jsonl: bool) -> list:
    try:
        if jsonl:
            return [json.loads(ln) for ln in text.splitlines() if ln.strip()]
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ArticleError(f"malformed JSON at line {e.lineno}: {e.msg}") from None
    if isinstance(data, dict):
        for key in ("articles", "data", "items"):
            if isinstance(data.get(key), list):
                return data[key]
        return [data]
    if isinstance(data, list):
        return data
    raise ArticleError("JSON must hold an object or a list of objects")


def read_file(path: Path, display: str | None = None) -> list[Article]:
    """All articles in one file (JSON files may hold many).

    Raises:
        ArticleError: the file is empty, binary, not UTF-8, malformed or of an unsupported kind.
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ArticleError(f"unsupported file type '{suffix or '(none)'}'; use one of {', '.join(SUPPORTED_SUFFIXES)}")
    text = _read_text(path)
    url = display or str(path)
    if suffix == ".txt":
        return [parse_txt(text, url)]
    if suffix in (".md", ".markdown"):
        return [parse_markdown(text, url)]
    if suffix in (".html", ".htm"):
        return [parse_html(text, url)]
    records = _json_records(text, jsonl=suffix == ".jsonl")
    if not records:
        raise ArticleError("no articles in the file")
    return [from_record(r, url) for r in records]


@dataclass
class Skipped:
    """A file (or path) left out while reading, and why."""

    path: str
    reason: str


def iter_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files named directly, and files inside folders (recursively, sorted, hidden ones left out)."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield f
        else:
            yield p


def read_paths(paths: Iterable[Path | str]) -> tuple[list[Article], list[Skipped]]:
    """Read every article under `paths`; unreadable files are skipped with their reason, not fatal."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for f in iter_files(paths):
        if not f.exists():
            skipped.append(Skipped(str(f), "no such file or folder"))
            continue
        try:
            articles.extend(read_file(f))
        except ArticleError as e:
            skipped.append(Skipped(str(f), str(e)))
        except OSError as e:
            skipped.append(Skipped(str(f), f"cannot read: {e.strerror or e}"))
    return articles, skipped


def bundled_articles() -> list[Article]:
    """The articles that ship with the project, the default corpus."""
    arts = []
    for f in sorted(BUNDLED_DIR.glob("*.txt")):
        arts.extend(read_file(f, display=f"articles/{f.name}"))
    return arts
