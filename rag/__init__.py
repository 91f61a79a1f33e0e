"""Question answering over news articles with sentence-level citations: `rag.answer("…")`."""

import os

# Nothing is ever fetched from a model hub: the default model ships in a package.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from index.errors import QuestionError, RagError  # noqa: E402
from rag.assistant import Assistant, answer  # noqa: E402
from rag.types import Answer, Citation, Segment  # noqa: E402

__all__ = ["Answer", "Assistant", "Citation", "QuestionError", "RagError", "Segment", "answer"]
