"""The Gradio chat: one shared assistant, answers streamed with citation marks, sources panel, uploads."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from index.articles import SUPPORTED_SUFFIXES, read_paths  # noqa: E402
from index.errors import RagError  # noqa: E402
from rag.assistant import Assistant  # noqa: E402
from rag.questions import check_question  # noqa: E402
from ui import render  # noqa: E402
from ui.assets import CSS, HEAD  # noqa: E402

EXAMPLES = [
    "How many soldiers is the US deploying to Iraq?",
    "What did Trump say about Iran?",
    "Who attacked the US embassy in Baghdad?",
    "What did Khamenei say in response?",
]
CONCURRENCY = 4


def _user_bubble(text: str) -> dict:
    shown = text if len(text) <= 400 else text[:400] + "…"
    return {"role": "user", "content": render.escape_text(shown)}


def _example_text(choice: gr.SelectData) -> str:
    return choice.value["text"]


class ChatApp:
    """The handlers behind the page, bound to one shared, already loaded assistant."""

    def __init__(self, assistant: Assistant):
        self.assistant = assistant

    def _texts(self) -> dict[str, str]:
        return {a.id: a.text for a in self.assistant.data.articles}

    def respond(self, message: str, chat: list, asked: list):
        """Answer `message` given earlier questions `asked`; yields (chat, sources, textbox, asked) as it streams."""
        chat = list(chat or [])
        try:
            question = check_question(message)
        except RagError as e:
            yield chat + [_user_bubble(str(message or "")), {"role": "assistant", "content": f"ℹ️ {render.escape_text(str(e))}"}], \
                gr.update(), "", asked
            return
        chat.append(_user_bubble(question))
        try:
            ans = self.assistant.answer(question, history=asked)
        except RagError as e:
            yield chat + [{"role": "assistant", "content": f"ℹ️ {render.escape_text(str(e))}"}], gr.update(), "", asked
            return
        asked = list(asked) + [question]
        if ans.query and ans.query != question:
            chat.append({"role": "assistant", "content": render.escape_text(ans.query),
                         "metadata": {"title": "Follow-up searched as", "status": "done"}})
        sources = render.sources_html(ans, self._texts())
        for upto in range(1, len(ans.segments) + 1):
            yield chat + [{"role": "assistant", "content": render.answer_markdown(ans, upto)}], sources, "", asked

    def ask_api(self, question: str) -> dict:
        """The named `/ask` endpoint: the same dict as `Answer.to_dict()`."""
        try:
            return self.assistant.answer(question).to_dict()
        except RagError as e:
            raise gr.Error(str(e)) from None

    def upload(self, files, progress=gr.Progress()):
        """Index uploaded files incrementally; report what was added and what was skipped, and why."""
        paths = [Path(f if isinstance(f, str) else f.name) for f in (files or [])]
        if not paths:
            return "Choose one or more files first.", render.articles_html(self.assistant.data.articles)
        articles, skipped = [], []
        for i, p in enumerate(paths):
            progress((i, len(paths) + 1), desc=f"Reading {p.name}")
            arts, skip = read_paths([p])
            articles += arts
            skipped += [type(s)(p.name, s.reason) for s in skip]
        progress((len(paths), len(paths) + 1), desc=f"Embedding and indexing {len(articles)} articles")
        try:
            report = self.assistant.add(articles) if articles else None
        except RagError as e:
            return f"Indexing failed, nothing was changed: {render.escape_text(str(e))}", gr.update()
        added = report.added if report else []
        unchanged = report.unchanged if report else []
        return render.upload_report(added, unchanged, skipped), render.articles_html(self.assistant.data.articles)

    def build(self) -> gr.Blocks:
        with gr.Blocks(title="News answers", analytics_enabled=False) as demo:
            asked = gr.State([])
            gr.Markdown("## Ask the news\nEvery sentence of an answer is quoted from an article; "
                        "click a mark like [1] to see it in its paragraph.")
            with gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(label="Chat", height=520, elem_id="chat",
                                         examples=[{"text": q} for q in EXAMPLES], buttons=["copy"],
                                         placeholder="Ask about the indexed articles, or pick an example.")
                    with gr.Row():
                        box = gr.Textbox(show_label=False, placeholder="Ask a question…", scale=5,
                                         elem_id="question", max_lines=4)
                        send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                with gr.Column(scale=2):
                    sources = gr.HTML(render.sources_html(None), elem_id="sources")
            with gr.Accordion("Articles in the index", open=False):
                table = gr.HTML(render.articles_html(self.assistant.data.articles), elem_id="articles")
                files = gr.File(label="Add articles (" + " ".join(SUPPORTED_SUFFIXES) + ")",
                                file_count="multiple", file_types=list(SUPPORTED_SUFFIXES), elem_id="upload")
                status = gr.Markdown(elem_id="upload-status")

            outs = [chatbot, sources, box, asked]
            box.submit(self.respond, [box, chatbot, asked], outs, api_name=False)
            send.click(self.respond, [box, chatbot, asked], outs, api_name=False)
            chatbot.example_select(_example_text, None, box, api_name=False).then(
                self.respond, [box, chatbot, asked], outs, api_name=False)
            files.upload(self.upload, files, [status, table], api_name=False)
            gr.api(self.ask_api, api_name="ask")
        return demo


def build_app(assistant: Assistant) -> gr.Blocks:
    """The chat page for an assistant (queued, with a bounded number of answers computed at once)."""
    demo = ChatApp(assistant).build()
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=256)
    return demo


def launch(demo: gr.Blocks, host: str = "127.0.0.1", port: int = 7860, block: bool = True):
    """Start serving on host:port; no share link, no remote fonts, no server-side rendering."""
    theme = gr.themes.Soft(font=["ui-sans-serif", "system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
    return demo.launch(server_name=host, server_port=port, share=False, prevent_thread_lock=not block,
                       theme=theme, css=CSS, head=HEAD, ssr_mode=False, quiet=True, show_error=False,
                       footer_links=["api"])


def serve(host: str = "127.0.0.1", port: int = 7860, index_dir=None, model=None) -> None:
    """Load (or build from the bundled articles) the index once, then serve the chat until interrupted."""
    assistant = Assistant(index_dir, model)
    demo = build_app(assistant)
    print(f"News chat on http://{'127.0.0.1' if host in ('0.0.0.0', '') else host}:{port}  "
          f"({len(assistant.data.articles)} articles; Ctrl+C to stop)", flush=True)
    launch(demo, host, port, block=True)
