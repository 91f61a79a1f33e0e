"""The `rag` command through main(argv), and once as a real subprocess."""

import json
import os
import subprocess
import sys

from index.articles import BUNDLED_DIR
from rag.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_index_add_list_remove_ask(tmp_path, capsys):
    ix = str(tmp_path / "ix")
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x00\xff")
    (bad / "notes.pdf").write_bytes(b"%PDF")
    code, out, err = run(capsys, "index", "add", str(BUNDLED_DIR), str(bad), "--index", ix)
    assert code == 0 and out.count("added ") == 2
    for name in ("empty.txt", "binary.txt", "notes.pdf"):
        assert f"skipped {bad / name}" in err
    code, out, _ = run(capsys, "index", "add", str(BUNDLED_DIR), "--index", ix)
    assert "0 added, 2 already indexed" in out

    code, out, _ = run(capsys, "index", "list", "--index", ix)
    assert code == 0 and "2020-01-01" in out and "2 articles" in out
    first_id = out.split()[0]

    code, out, _ = run(capsys, "ask", "How many soldiers will the US deploy?", "--json", "--index", ix)
    d = json.loads(out)
    assert code == 0 and d["answered"] and "750" in d["text"] and d["citations"][0]["quote"] in d["text"]

    code, out, _ = run(capsys, "ask", "How many soldiers will the US deploy?", "-k", "1", "--index", ix)
    assert code == 0 and out.count("\n[") <= 2 and "750" in out

    code, out, _ = run(capsys, "index", "remove", first_id[:8], "--index", ix)
    assert code == 0 and f"removed {first_id}" in out
    code, out, _ = run(capsys, "index", "list", "--index", ix)
    assert "1 articles" in out


def test_errors_are_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "ask", "   ", "--index", str(tmp_path))
    assert code == 2 and err.startswith("error: Please type a question")
    code, _, err = run(capsys, "ask", "q" * 2500, "--index", str(tmp_path))
    assert code == 2 and "2,000" in err
    code, _, err = run(capsys, "index", "list", "--index", str(tmp_path / "nothing"))
    assert code == 2 and "rag index add" in err and "Traceback" not in err
    code, _, err = run(capsys, "index", "add", str(tmp_path / "missing.txt"), "--index", str(tmp_path / "x"))
    assert code == 1 and "no such file" in err


def test_subprocess_ask(bundled_index):
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    p = subprocess.run([sys.executable, "-m", "rag.cli", "ask", "Who is the US Defense Secretary?",
                        "--index", str(bundled_index)], capture_output=True, text=True, env=env, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "Mark Esper" in p.stdout and "[1]" in p.stdout
