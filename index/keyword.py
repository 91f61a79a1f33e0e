"""Keyword (BM25) index whose tokens also match spelling variants of names (Hezbollah ~ Hizbollah)."""

from __future__ import annotations

import bisect
import json
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself s t did does tell say said according many much
""".split())
_WORD = re.compile(r"[a-z0-9]+")
_VOWELS = set("aeiouy")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def skeleton(word: str) -> str:
    """Consonant skeleton: first letter, then consonants, an `h` after a consonant dropped, runs folded.

    Transliterated names differ mostly in vowels and in `kh`/`k`, `sh`/`s`: Kataib and Khataeb
    both give `ktb`; Hezbollah, Hizbollah and Hizballah give `hzblh`.
    """
    out = [word[0]]
    for prev, c in zip(word, word[1:]):
        if c in _VOWELS or (c == "h" and prev not in _VOWELS) or c.isdigit():
            continue
        c = "s" if c == "z" else c  # Mobilization ~ Mobilisation
        if c != out[-1]:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def _skel_token(word: str) -> str | None:
    return "~" + skeleton(word) if len(word) >= 5 and not word.isdigit() else None


def tokenize(text: str) -> list[str]:
    """Stemmed content words plus a `~skeleton` token for each longer word."""
    words = [w for w in _WORD.findall(_fold(text)) if w not in STOPWORDS]
    toks = list(_stemmer().stemWords(words))
    toks.extend(t for t in map(_skel_token, words) if t)
    return toks


def terms(text: str) -> list[tuple[str, str, str | None]]:
    """(word as written, stem, skeleton token or None) for each content word of `text`."""
    raw = [w for w in re.findall(r"[^\W_]+", text) if _fold(w) not in STOPWORDS]
    folded = [_fold(w) for w in raw]
    return [(w, st, _skel_token(f)) for w, f, st in zip(raw, folded, _stemmer().stemWords(folded))]


class KeywordIndex:
    """BM25 over chunk texts (bm25s), persisted as plain arrays and JSON, no pickle."""

    def __init__(self, retriever=None, size: int = 0):
        self._bm25 = retriever
        self.size = size
        self._sorted: list[str] | None = None

    @classmethod
    def build(cls, texts: list[str]) -> "KeywordIndex":
        import bm25s

        if not texts:
            return cls(None, 0)
        corpus = [tokenize(t) or ["\u2205"] for t in texts]
        retriever = bm25s.BM25()
        retriever.index(corpus, show_progress=False)
        return cls(retriever, len(texts))

    @property
    def vocab(self) -> dict:
        return self._bm25.vocab_dict if self._bm25 is not None else {}

    def knows(self, token: str) -> bool:
        """The token, or a word sharing a 5+ letter stem prefix with it (threaten ~ threat), is indexed."""
        vocab = self.vocab
        if token in vocab:
            return True
        if token.startswith("~") or len(token) < 5:
            return False
        if any(token[:k] in vocab for k in range(5, len(token))):
            return True
        if self._sorted is None:
            self._sorted = sorted(vocab)
        i = bisect.bisect_left(self._sorted, token)
        return i < len(self._sorted) and self._sorted[i].startswith(token)

    def rarity(self, token: str) -> float:
        """1 + log(1 + n / df) / 4 for a token `df` of the `n` texts hold (a token none holds counts as held by
        one): a question word only a few texts share ("pay") tells more about which sentence answers than one on
        every line ("Trump")."""
        vocab = self.vocab
        i = vocab.get(token)
        indptr = self._bm25.scores["indptr"] if self._bm25 is not None else ()
        df = int(indptr[i + 1] - indptr[i]) if i is not None and i + 1 < len(indptr) else 0
        return 1.0 + math.log(1.0 + self.size / max(df, 1)) / 4

    def search(self, query: str, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Indices of the best `k` texts and their BM25 scores, best first (zero scores dropped)."""
        if self._bm25 is None or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        vocab = self._bm25.vocab_dict
        toks = [t for t in tokenize(query) if t in vocab]
        if not toks:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        scores = self._bm25.get_scores(toks)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        keep = scores[top] > 0
        return top[keep].astype(np.int64), scores[top][keep].astype(np.float32)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self._bm25 is not None:
            self._bm25.save(str(folder))
        (folder / "keyword.json").write_text(json.dumps({"size": self.size}))

    @classmethod
    def load(cls, folder: Path) -> "KeywordIndex":
        import bm25s

        size = json.loads((folder / "keyword.json").read_text())["size"]
        if size == 0:
            return cls(None, 0)
        return cls(bm25s.BM25.load(str(folder), mmap=False), size)
