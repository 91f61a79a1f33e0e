"""The index folder: articles, sentence and chunk tables, FAISS and BM25 indexes, and the manifest.

Every write builds a complete new generation folder and then switches the `CURRENT` pointer
with one atomic rename, so a crash at any point leaves the previous index loadable.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index.articles import Article
from index.chunking import ChunkerSettings, chunk_article
from index.clauses import clause_spans
from index.embedding import Embedder
from index.errors import IndexCorruptError, IndexFormatError, IndexMismatchError, IndexMissingError
from index.keyword import KeywordIndex
from index.vectors import DenseIndex

FORMAT_VERSION = 2  # 2: clause vectors
INDEX_ENV = "RAG_INDEX_DIR"
_TABLE_KEYS = ("sent_art", "sent_span", "chunk_art", "chunk_sent", "clause_ptr")


def default_index_dir() -> Path:
    """$RAG_INDEX_DIR, else $XDG_DATA_HOME/newsrag/index, else ~/.local/share/newsrag/index."""
    if os.environ.get(INDEX_ENV):
        return Path(os.environ[INDEX_ENV]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "newsrag" / "index"


@dataclass
class IndexData:
    """An index in memory. Sentence i of the corpus is `articles[sent_art[i]].text[slice(*sent_span[i])]`.

    The vectors of sentence i's clauses (none for a one-clause sentence) are rows
    `clause_ptr[i]:clause_ptr[i + 1]` of `clause_vecs`.
    """

    manifest: dict
    articles: list[Article]
    sent_art: np.ndarray
    sent_span: np.ndarray
    sent_vecs: np.ndarray
    chunk_art: np.ndarray
    chunk_sent: np.ndarray
    dense: DenseIndex
    keyword: KeywordIndex
    clause_vecs: np.ndarray
    clause_ptr: np.ndarray
    by_id: dict[str, int] = field(default_factory=dict)

    def __post_init__(self):
        self.by_id = {a.id: i for i, a in enumerate(self.articles)}

    def sentence_text(self, i: int) -> str:
        s, e = self.sent_span[i]
        return self.articles[self.sent_art[i]].text[s:e]

    def chunk_text(self, c: int) -> str:
        first, last = self.chunk_sent[c]
        art = self.articles[self.chunk_art[c]]
        return art.text[self.sent_span[first][0]:self.sent_span[last][1]]


@dataclass
class AddReport:
    """What an `add` did: ids added, ids already present (unchanged)."""

    added: list[Article] = field(default_factory=list)
    unchanged: list[Article] = field(default_factory=list)


def _empty(embedder: Embedder, chunker: ChunkerSettings) -> IndexData:
    return IndexData(_manifest(embedder, chunker, []), [], np.zeros(0, np.int32), np.zeros((0, 2), np.int32),
                     np.zeros((0, embedder.dim), np.float32), np.zeros(0, np.int32),
                     np.zeros((0, 2), np.int32), DenseIndex.build(np.zeros((0, embedder.dim), np.float32)),
                     KeywordIndex(None, 0), np.zeros((0, embedder.dim), np.float32), np.zeros(1, np.int64))


def _manifest(embedder: Embedder, chunker: ChunkerSettings, articles: list[Article]) -> dict:
    return {"format_version": FORMAT_VERSION, "embedder": {"id": embedder.id, "dim": embedder.dim},
            "chunker": chunker.to_dict(),
            "articles": {a.id: {"title": a.title, "date": a.date, "source": a.source, "url": a.url}
                         for a in articles}}


class IndexStore:
    """One index folder on disk: load, add, remove, rebuild.

    Args:
        root: the index folder (created on first write).
        embedder: the model that embeds new articles and queries; must match the one the index was built with.
        chunker: chunking settings for a new index (an existing index keeps its own).
    """

    def __init__(self, root: Path | str, embedder: Embedder, chunker: ChunkerSettings | None = None):
        self.root = Path(root)
        self.embedder = embedder
        self.chunker = chunker or ChunkerSettings()

    # -- reading -----------------------------------------------------------------------------
    def exists(self) -> bool:
        return (self.root / "CURRENT").exists()

    def _current(self) -> Path:
        try:
            name = (self.root / "CURRENT").read_text().strip()
        except FileNotFoundError:
            raise IndexMissingError(f"no index in {self.root}; build one with `rag index add PATH…`") from None
        return self.root / name

    def load(self) -> IndexData:
        """Load and check the current generation.

        Raises:
            IndexMissingError, IndexMismatchError, IndexCorruptError.
        """
        gen = self._current()
        manifest = self._read_manifest(gen)
        self._check_compatible(manifest)
        try:
            for name, size in manifest["files"].items():
                if (gen / name).stat().st_size != size:
                    raise IndexCorruptError(f"{gen / name} is {(gen / name).stat().st_size} bytes, expected {size}")
            articles = _read_articles(gen)
            with np.load(gen / "table.npz", allow_pickle=False) as t:
                table = {k: t[k] for k in _TABLE_KEYS}
            vecs = np.load(gen / "sentence_vectors.npy", allow_pickle=False)
            clause_vecs = np.load(gen / "clause_vectors.npy", allow_pickle=False)
            dense = DenseIndex.load(gen / "chunks.faiss")
            keyword = KeywordIndex.load(gen / "keyword")
        except IndexCorruptError:
            raise
        except Exception as e:  # any unreadable file means the same thing to the user
            raise IndexCorruptError(f"index in {self.root} is damaged ({type(e).__name__}: {e}); "
                                    f"rebuild it with `rag index rebuild --index {self.root}` "
                                    f"or delete the folder and add the articles again") from None
        data = IndexData(manifest, articles, table["sent_art"], table["sent_span"], vecs,
                         table["chunk_art"], table["chunk_sent"], dense, keyword, clause_vecs, table["clause_ptr"])
        n_s, n_c = len(data.sent_art), len(data.chunk_art)
        if vecs.shape != (n_s, self.embedder.dim) or dense.size != n_c or keyword.size != n_c \
                or len(data.clause_ptr) != n_s + 1 or clause_vecs.shape != (data.clause_ptr[-1], self.embedder.dim) \
                or len(articles) != len(manifest["articles"]):
            raise IndexCorruptError(f"index in {self.root} is inconsistent (table sizes disagree); "
                                    f"rebuild it with `rag index rebuild --index {self.root}`")
        return data

    def _read_manifest(self, gen: Path) -> dict:
        try:
            return json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise IndexCorruptError(f"cannot read the manifest of the index in {self.root} ({e}); "
                                    f"delete the folder and add the articles again") from None

    def _check_compatible(self, manifest: dict) -> None:
        version = manifest.get("format_version")
        if version != FORMAT_VERSION:
            raise IndexFormatError(f"index in {self.root} has format version {version}, this program reads "
                                     f"{FORMAT_VERSION}; rebuild it with `rag index rebuild --index {self.root}`")
        emb = manifest.get("embedder", {})
        if emb.get("id") != self.embedder.id or emb.get("dim") != self.embedder.dim:
            raise IndexMismatchError(
                f"index in {self.root} was built with embedder {emb.get('id')} ({emb.get('dim')} dims) but "
                f"{self.embedder.id} ({self.embedder.dim} dims) is configured; set RAG_EMBED_MODEL="
                f"{emb.get('id')} to use it, or re-embed it with `rag index rebuild --index {self.root}`")

    def load_or_empty(self) -> IndexData:
        return self.load() if self.exists() else _empty(self.embedder, self.chunker)

    def stored_articles(self) -> list[Article]:
        """Article texts as stored, readable even when the embedder does not match (for rebuild)."""
        gen = self._current()
        try:
            return _read_articles(gen)
        except (OSError, ValueError, KeyError) as e:
            raise IndexCorruptError(f"cannot read the articles stored in {self.root} ({e}); "
                                    f"delete the folder and add the source files again") from None

    # -- writing -----------------------------------------------------------------------------
    def add(self, articles: list[Article], progress: bool | None = None) -> AddReport:
        """Embed and add the articles not yet in the index; identical ones are left as they are."""
        with self._lock():
            data = self.load_or_empty()
            report = AddReport()
            seen = set(data.by_id)
            for a in articles:
                (report.unchanged if a.id in seen else report.added).append(a)
                seen.add(a.id)
            if report.added:
                chunker = ChunkerSettings(**data.manifest["chunker"])
                self._write(self._extend(data, report.added, chunker, progress), chunker)
            return report

    def remove(self, ids: list[str]) -> list[str]:
        """Remove articles by id (or unique id prefix); returns the ids removed."""
        with self._lock():
            data = self.load()
            wanted = set(ids)
            keep = [a for a in data.articles if a.id not in wanted]
            removed = [a.id for a in data.articles if a.id in wanted]
            if removed:
                idx = np.array([data.by_id[a.id] for a in keep], dtype=np.int64)
                self._write(self._subset(data, idx), ChunkerSettings(**data.manifest["chunker"]))
            return removed

    def rebuild(self, progress: bool | None = None) -> int:
        """Re-embed every stored article with the configured embedder and current format."""
        with self._lock():
            articles = self.stored_articles()
            data = self._extend(_empty(self.embedder, self.chunker), articles, self.chunker, progress)
            self._write(data, self.chunker)
            return len(articles)

    def _extend(self, data: IndexData, new: list[Article], chunker: ChunkerSettings,
                progress: bool | None) -> IndexData:
        base = len(data.articles)
        s_art, s_span, c_art, c_sent = [data.sent_art], [data.sent_span], [data.chunk_art], [data.chunk_sent]
        texts, clause_texts, clause_counts = [], [], [np.diff(data.clause_ptr)]
        n_sent = len(data.sent_art)
        for k, a in enumerate(new):
            spans, chunks = chunk_article(a.text, chunker)
            s_art.append(np.full(len(spans), base + k, np.int32))
            s_span.append(np.array(spans, np.int32).reshape(-1, 2))
            c_art.append(np.full(len(chunks), base + k, np.int32))
            c_sent.append(np.array([(n_sent + c.first, n_sent + c.last) for c in chunks], np.int32).reshape(-1, 2))
            texts.extend(a.text[s:e] for s, e in spans)
            clauses = [[a.text[s + cs:s + ce] for cs, ce in clause_spans(a.text[s:e])] for s, e in spans]
            clause_counts.append(np.array([len(c) for c in clauses], np.int64))
            clause_texts.extend(c for cs in clauses for c in cs)
            n_sent += len(spans)
        show = progress if progress is not None else len(new) > 5
        if show:
            print(f"embedding {len(texts)} sentences and {len(clause_texts)} clauses from {len(new)} articles…",
                  file=sys.stderr)
        # One call: the model batches sentences and clauses together.
        new_vecs = self.embedder.embed(texts + clause_texts, progress=show)
        vecs = np.concatenate([data.sent_vecs, new_vecs[:len(texts)]])
        clause_vecs = np.concatenate([data.clause_vecs, new_vecs[len(texts):]])
        return self._assemble(data.manifest, data.articles + list(new), np.concatenate(s_art),
                              np.concatenate(s_span), vecs, np.concatenate(c_art), np.concatenate(c_sent),
                              clause_vecs, _pointers(np.concatenate(clause_counts)))

    def _subset(self, data: IndexData, keep: np.ndarray) -> IndexData:
        new_pos = np.full(len(data.articles), -1, np.int64)
        new_pos[keep] = np.arange(len(keep))
        s_mask = new_pos[data.sent_art] >= 0
        s_new = np.cumsum(s_mask) - 1
        c_mask = new_pos[data.chunk_art] >= 0
        counts = np.diff(data.clause_ptr)
        cl_mask = np.repeat(s_mask, counts)
        return self._assemble(data.manifest, [data.articles[i] for i in keep],
                              new_pos[data.sent_art[s_mask]].astype(np.int32), data.sent_span[s_mask],
                              data.sent_vecs[s_mask], new_pos[data.chunk_art[c_mask]].astype(np.int32),
                              s_new[data.chunk_sent[c_mask]].astype(np.int32),
                              data.clause_vecs[cl_mask], _pointers(counts[s_mask]))

    def _assemble(self, manifest, articles, sent_art, sent_span, sent_vecs, chunk_art, chunk_sent,
                  clause_vecs, clause_ptr) -> IndexData:
        chunk_vecs = chunk_vectors(sent_vecs, chunk_sent)
        tmp = IndexData(manifest, articles, sent_art, sent_span, sent_vecs, chunk_art, chunk_sent,
                        DenseIndex.build(chunk_vecs), KeywordIndex(None, 0), clause_vecs, clause_ptr)
        tmp.keyword = KeywordIndex.build([tmp.chunk_text(c) for c in range(len(chunk_art))])
        return tmp

    def _write(self, data: IndexData, chunker: ChunkerSettings) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        gen = Path(tempfile.mkdtemp(prefix=".gen-", dir=self.root))
        try:
            with open(gen / "articles.jsonl", "w", encoding="utf-8") as f:
                for a in data.articles:
                    f.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
            np.savez(gen / "table.npz", sent_art=data.sent_art, sent_span=data.sent_span,
                     chunk_art=data.chunk_art, chunk_sent=data.chunk_sent, clause_ptr=data.clause_ptr)
            np.save(gen / "sentence_vectors.npy", data.sent_vecs)
            np.save(gen / "clause_vectors.npy", data.clause_vecs)
            data.dense.save(gen / "chunks.faiss")
            data.keyword.save(gen / "keyword")
            manifest = _manifest(self.embedder, chunker, data.articles)
            manifest["counts"] = {"articles": len(data.articles), "sentences": int(len(data.sent_art)),
                                  "clauses": int(len(data.clause_vecs)), "chunks": int(len(data.chunk_art))}
            manifest["files"] = {str(p.relative_to(gen)): p.stat().st_size
                                 for p in sorted(gen.rglob("*")) if p.is_file()}
            (gen / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False))
            _fsync_tree(gen)
            final = self.root / ("gen-" + gen.name[5:])
            os.rename(gen, final)
            pointer = self.root / "CURRENT.tmp"
            pointer.write_text(final.name)
            _fsync_file(pointer)
            os.replace(pointer, self.root / "CURRENT")
            _fsync_file(self.root)
        except BaseException:
            shutil.rmtree(gen, ignore_errors=True)
            raise
        for old in self.root.glob("gen-*"):
            if old.name != final.name:
                shutil.rmtree(old, ignore_errors=True)

    @contextmanager
    def _lock(self):
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)


def _read_articles(gen: Path) -> list[Article]:
    with open(gen / "articles.jsonl", encoding="utf-8") as f:
        return [Article.from_dict(json.loads(line)) for line in f]


def _pointers(counts: np.ndarray) -> np.ndarray:
    """Row offsets from per-sentence counts: sentence i owns rows ptr[i]:ptr[i + 1]."""
    return np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)


def chunk_vectors(sent_vecs: np.ndarray, chunk_sent: np.ndarray) -> np.ndarray:
    """A chunk's vector: the normalised mean of its sentences' vectors (no second pass of the model)."""
    if len(chunk_sent) == 0:
        return np.zeros((0, sent_vecs.shape[1]), np.float32)
    csum = np.vstack([np.zeros((1, sent_vecs.shape[1]), np.float64), np.cumsum(sent_vecs, axis=0, dtype=np.float64)])
    v = csum[chunk_sent[:, 1] + 1] - csum[chunk_sent[:, 0]]
    v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
    return v.astype(np.float32)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    for p in root.rglob("*"):
        if p.is_file():
            _fsync_file(p)
    _fsync_file(root)
