"""Page styling and the small script that makes citation marks bring their source into view."""

CSS = """
#sources .src { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 10px; margin: 8px 0; }
#sources .src.active { outline: 3px solid #f5b400; }
#sources mark { background: #fff1a8; color: inherit; padding: 0 2px; }
#sources .src-meta, #sources .src-url { font-size: 0.85em; opacity: 0.75; }
#sources .abstained h3 { color: #a15c00; }
#sources .related-note { font-weight: normal; font-size: 0.85em; }
#chat a.cite { font-size: 0.78em; vertical-align: super; text-decoration: none; font-weight: 600; margin-left: 1px; }
#chat .abstain { font-style: italic; opacity: 0.85; }
table.articles { width: 100%; font-size: 0.9em; }
"""

# Capture phase, so the chat's own link handling never opens "#src-n" as a new page.
HEAD = """
<script>
document.addEventListener('click', function (e) {
  var a = e.target && e.target.closest ? e.target.closest('a.cite, a[href^="#src-"]') : null;
  if (!a) return;
  e.preventDefault(); e.stopPropagation();
  var n = a.getAttribute('data-cite') || (a.getAttribute('href') || '').replace('#src-', '');
  var el = document.getElementById('src-' + n);
  if (!el) return;
  document.querySelectorAll('#sources .src.active').forEach(function (x) { x.classList.remove('active'); });
  el.classList.add('active');
  el.scrollIntoView({behavior: 'smooth', block: 'center'});
}, true);
</script>
"""
