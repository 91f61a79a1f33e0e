"""The public API: `Assistant` loads an index once and answers many questions; `answer()` uses the default one."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from index.articles import bundled_articles
from index.embedding import get_embedder
from index.errors import IndexFormatError
from index.store import IndexStore, default_index_dir
from rag.extractive import ExtractiveAnswerer, Thresholds
from rag.questions import asked_part, asked_parts, check_question, rewrite, spelled_out
from rag.retrieval import HybridRetriever, Retrieval
from rag.types import Answer


class Assistant:
    """Answers questions from one index folder.

    Args:
        index_dir: the index folder; default `default_index_dir()` ($RAG_INDEX_DIR).
        model: sentence-transformers name or path; default $RAG_EMBED_MODEL or the bundled all-MiniLM-L6-v2.
        build_default: when the folder has no index, build one from the bundled articles.
        max_sentences: at most this many sentences per answer.
    """

    def __init__(self, index_dir: Path | str | None = None, model: str | None = None,
                 build_default: bool = True, max_sentences: int = 4, thresholds: Thresholds | None = None):
        self.embedder = get_embedder(model)
        self.store = IndexStore(Path(index_dir) if index_dir else default_index_dir(), self.embedder)
        if build_default and not self.store.exists():
            self.store.add(bundled_articles())
        self.answerer = ExtractiveAnswerer(max_sentences, thresholds)
        self._lock = threading.Lock()
        try:
            self.reload()
        except IndexFormatError:
            if not build_default:
                raise
            # What the error would tell the user to do; the stored articles are kept, only vectors are redone.
            print(f"note: the index in {self.store.root} is in an older format; rebuilding it from its "
                  f"stored articles…", file=sys.stderr)
            self.store.rebuild()
            self.reload()

    def reload(self) -> None:
        """Load the index again (after articles were added or removed elsewhere)."""
        data = self.store.load()
        with self._lock:
            self.data = data
            self.retriever = HybridRetriever(data, self.embedder)

    def add(self, articles) -> "object":
        """Index `articles` (list of index.articles.Article) and make them answerable at once."""
        report = self.store.add(articles)
        if report.added:
            self.reload()
        return report

    def _read(self, question: str, history: list[str] | None) -> tuple[str, str, str, str]:
        """The question as typed, written out, spelled as the articles spell it, and as retrieval's query."""
        said = check_question(question)
        written = spelled_out(said, self.retriever.knows_all, self.retriever.ordinary)
        asked = self.retriever.spelled_as_articles(written)
        return said, written, asked, rewrite(asked, history, said)

    def retrieve(self, question: str, history: list[str] | None = None) -> Retrieval:
        """The ranked evidence for a question (what `answer` chooses from, when it asks one thing)."""
        _, _, asked, query = self._read(question, history)
        return self.retriever.retrieve(query, focus=asked_part(asked))

    def answer(self, question: str, history: list[str] | None = None, k: int | None = None) -> Answer:
        """Answer `question` with quoted, cited article sentences, or say the articles do not cover it.

        Args:
            question: the question, up to 2,000 characters.
            history: earlier questions of the conversation, oldest first, for follow-ups.
            k: at most this many sentences in the answer (default: the assistant's max_sentences).

        Raises:
            QuestionError: empty or oversized question.
        """
        q, written, asked, query = self._read(question, history)
        answerer = self.answerer if k is None else ExtractiveAnswerer(k, self.answerer.t)
        parts = asked_parts(asked)
        if len(parts) > 1:
            # A part not covered is named in the user's own words, not as corrected for matching.
            shown = asked_parts(written)
            found = answerer.answer_parts(q, self.data, [self.retriever.retrieve(query, focus=p) for p in parts],
                                          shown if len(shown) == len(parts) else parts)
            if found:
                return found
        return answerer.answer(q, self.data, self.retriever.retrieve(query, focus=asked_part(asked)))


_assistants: dict[tuple, Assistant] = {}
_assistants_lock = threading.Lock()


def get_assistant(index_dir: Path | str | None = None, model: str | None = None) -> Assistant:
    """A shared assistant per (index folder, model), created on first use."""
    key = (str(Path(index_dir).resolve()) if index_dir else str(default_index_dir()), model)
    with _assistants_lock:
        if key not in _assistants:
            _assistants[key] = Assistant(index_dir, model)
        return _assistants[key]


def answer(question: str, *, index_dir: Path | str | None = None, model: str | None = None,
           history: list[str] | None = None, k: int | None = None) -> Answer:
    """Answer from the default index (built from the bundled articles on first use if missing).

    Args:
        question: the question.
        index_dir: another index folder.
        model: another embedding model (must be the one the index was built with).
        history: earlier questions, oldest first, for follow-ups.
        k: at most this many sentences in the answer.
    """
    return get_assistant(index_dir, model).answer(question, history=history, k=k)
