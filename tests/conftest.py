"""Shared fixtures: the real bundled model loaded once, and indexes that live under pytest's tmp folders."""

import os
import socket

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import pytest  # noqa: E402

from index.articles import bundled_articles  # noqa: E402
from index.embedding import get_embedder  # noqa: E402
from index.store import IndexStore  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def _no_default_index(tmp_path_factory):
    """No test may touch the user's own index folder."""
    os.environ["RAG_INDEX_DIR"] = str(tmp_path_factory.mktemp("default-index"))
    yield


@pytest.fixture(scope="session")
def embedder():
    return get_embedder()


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory, embedder):
    """A read-only index of the two bundled articles (tests that write make their own)."""
    root = tmp_path_factory.mktemp("bundled") / "index"
    IndexStore(root, embedder).add(bundled_articles())
    return root


@pytest.fixture(scope="session")
def assistant(bundled_index):
    from rag import Assistant

    return Assistant(index_dir=bundled_index)


@pytest.fixture
def store(tmp_path, embedder):
    return IndexStore(tmp_path / "index", embedder)


@pytest.fixture(scope="session")
def app_url(tmp_path_factory, embedder):
    """A real Gradio server for the chat, on a free port, over its own index (uploads write there)."""
    from rag import Assistant
    from ui.app import build_app, launch

    root = tmp_path_factory.mktemp("ui") / "index"
    IndexStore(root, embedder).add(bundled_articles())
    demo = build_app(Assistant(index_dir=root))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    launch(demo, "127.0.0.1", port, block=False)
    yield f"http://127.0.0.1:{port}"
    demo.close()
