"""The named /ask endpoint through gradio_client, alone and under concurrent clients."""

import os
from concurrent.futures import ThreadPoolExecutor

import pytest
from gradio_client import Client

QUESTIONS = ["How many soldiers is the US deploying to Iraq?", "Who is the US Defense Secretary?",
             "What did Trump say about Iran?", "What were the protesters chanting?",
             "What is the capital of Australia?"]
# The full run (20 clients x 5 questions) is reported in the README; tests keep a modest size.
CLIENTS = int(os.environ.get("RAG_LOAD_CLIENTS", "6"))
PER_CLIENT = int(os.environ.get("RAG_LOAD_QUESTIONS", "3"))


def test_ask_endpoint_returns_answer_dict(app_url):
    d = Client(app_url, verbose=False).predict("How many soldiers will the US deploy?", api_name="/ask")
    assert d["answered"] and "750" in d["text"]
    assert {"question", "text", "citations", "answered", "query", "segments"} <= set(d)
    assert all(c["quote"] in d["text"] or not d["answered"] for c in d["citations"][:1])


def test_ask_endpoint_bad_question_is_an_error_not_a_crash(app_url):
    client = Client(app_url, verbose=False)
    with pytest.raises(Exception, match="empty"):
        client.predict("   ", api_name="/ask")
    assert client.predict("Who is the US Defense Secretary?", api_name="/ask")["answered"]


def test_concurrent_clients(app_url):
    def run(i):
        client = Client(app_url, verbose=False)
        out = []
        for j in range(PER_CLIENT):
            q = QUESTIONS[(i + j) % len(QUESTIONS)]
            out.append((q, client.predict(q, api_name="/ask")))
        return out

    with ThreadPoolExecutor(CLIENTS) as pool:
        results = [r for batch in pool.map(run, range(CLIENTS)) for r in batch]
    assert len(results) == CLIENTS * PER_CLIENT
    for q, d in results:
        assert d["question"] == q
        assert d["answered"] == (q != QUESTIONS[-1])
