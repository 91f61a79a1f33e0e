"""End to end in headless Chromium against a real Gradio server: ask, click a citation, follow up, upload."""

import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
pytestmark = pytest.mark.skipif(not shutil.which("chromium"), reason="Debian chromium not installed (make test installs it)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    dialogs = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs
    pg.remote = []
    pg.on("request", lambda r: None if r.url.startswith(("http://127.0.0.1", "data:", "blob:"))
          else pg.remote.append(r.url))
    yield pg
    ctx.close()


def ask(page, question, n_before):
    page.locator("#question textarea").fill(question)
    page.locator("#question textarea").press("Enter")
    bot = page.locator("#chat .message.bot, #chat [data-testid='bot']")
    page.wait_for_function("n => document.querySelectorAll('#chat a.cite').length > n", arg=n_before,
                           timeout=60_000)
    page.wait_for_timeout(500)
    return bot


def test_ask_click_citation_follow_up(page, app_url, tmp_path):
    page.goto(app_url)
    page.get_by_text("How many soldiers is the US deploying to Iraq?").first.click()
    page.wait_for_selector("#chat a.cite", timeout=60_000)
    page.wait_for_timeout(800)
    marks = page.locator("#chat a.cite")
    assert marks.count() >= 1
    marks.first.click()
    active = page.locator("#sources .src.active")
    active.wait_for(timeout=5_000)
    assert active.get_attribute("id") == "src-1"
    highlighted = active.locator("mark").inner_text()
    assert "750 soldiers" in highlighted
    assert active.locator(".src-para").inner_text().count(highlighted) == 1

    n = page.locator("#chat a.cite").count()
    ask(page, "What did Trump say about Iran?", n)
    n = page.locator("#chat a.cite").count()
    ask(page, "What did he threaten?", n)
    chat_text = page.locator("#chat").inner_text()
    assert "BIG PRICE" in chat_text.upper()
    assert "Follow-up searched as" in chat_text
    shot = tmp_path / "chat.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")
    assert shot.stat().st_size > 10_000
    assert page.dialogs == []
    assert page.remote == [], "the page must load no remote assets"


def test_abstention_looks_different(page, app_url):
    page.goto(app_url)
    page.locator("#question textarea").fill("What is the capital of Australia?")
    page.locator("#question textarea").press("Enter")
    page.wait_for_function("() => document.querySelector('#chat') && "
                           "document.querySelector('#chat').innerText.includes('Not in the articles')", timeout=60_000)
    assert page.locator("#chat .abstain").count() >= 1


def test_empty_and_oversized_questions_get_polite_messages(page, app_url):
    page.goto(app_url)
    page.locator("#question textarea").fill("x" * 2500)
    page.locator("#ask").click()
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('2,000')", timeout=30_000)
    assert "Traceback" not in page.content()


XSS = ("Title: <script>window.__pwned=1;alert('t')</script> Flood <img src=x onerror=\"window.__pwned=2;alert(2)\">\n"
       "Source: <b onmouseover=alert(3)>Evil Wire</b>\nDate: 2024-05-01\n\n"
       "The river Zambezi flooded the town of Kasane on Monday <script>window.__pwned=3;alert(4)</script>. "
       "Officials said <img src=x onerror=\"window.__pwned=4;alert(5)\"> 300 homes were destroyed. "
       "See [details](javascript:window.__pwned=5) and <a href=\"javascript:window.__pwned=6\">this link</a>.")


def test_uploaded_xss_article_is_inert(page, app_url, tmp_path):
    evil = tmp_path / "evil.txt"
    evil.write_text(XSS)
    bad = tmp_path / "empty.md"
    bad.write_bytes(b"")
    page.goto(app_url)
    page.get_by_text("Articles in the index").click()
    page.locator("#upload input[type=file]").set_input_files([str(evil), str(bad)])
    page.wait_for_function("() => document.querySelector('#upload-status').innerText.includes('added')",
                           timeout=60_000)
    status = page.locator("#upload-status").inner_text()
    assert "1 added" in status and "empty.md" in status and "empty file" in status
    assert "Evil Wire" in page.locator("#articles").inner_text()

    page.locator("#question textarea").fill("How many homes were destroyed by the Zambezi flood in Kasane?")
    page.locator("#question textarea").press("Enter")
    page.wait_for_function("() => document.querySelectorAll('#sources .src').length > 0 && "
                           "document.querySelector('#sources').innerText.includes('Kasane')", timeout=60_000)
    page.wait_for_timeout(500)
    for link in page.locator("#chat a.cite").all():
        link.click()
    page.locator("#sources .src").first.hover()
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.__pwned") is None
    assert page.dialogs == []
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('300 homes')", timeout=30_000)
    assert page.locator("#sources script, #chat script, #sources img, #chat img[src='x']").count() == 0
