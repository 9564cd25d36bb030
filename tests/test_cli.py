"""The installed ``newsclean`` command, run for real in a subprocess."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsclean

SEED = Path(__file__).parent.parent / "seeds" / "000_85b8bfb2e3a08596.txt"
SCRIPT = Path(sys.executable).parent / "newsclean"
PAGE = "Support The Moscow Times!\n\nTalks Stall Again\n\nBy AFP\n\nThe talks ended on Monday.\n"


def run(*args: str | Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    assert SCRIPT.exists(), f"the console script is not installed next to {sys.executable}"
    return subprocess.run(
        [str(SCRIPT), *map(str, args)], input=stdin, capture_output=True, timeout=120
    )


def records(output: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.decode().splitlines()]


def test_prints_the_body_of_a_file(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    done = run(page)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == "The talks ended on Monday.\n"


def test_reads_stdin_and_several_files(tmp_path: Path) -> None:
    assert run("-", stdin=PAGE.encode()).stdout.decode() == "The talks ended on Monday.\n"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(PAGE, encoding="utf-8")
    b.write_text("Another Headline Here\n\nA second story began.\n", encoding="utf-8")
    out = run(a, b).stdout.decode()
    assert out.index(f"==> {a} <==") < out.index("Monday") < out.index(f"==> {b} <==")
    assert out.rstrip().endswith("A second story began.")


def test_json_is_the_whole_result_a_line_per_file_named(tmp_path: Path) -> None:
    b = tmp_path / "b.txt"
    b.write_text("Another Headline Here\n\nA second story began.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    done = run("--json", SEED, missing, b)
    assert done.returncode == 1
    out = records(done.stdout)
    text = SEED.read_text(encoding="utf-8")
    assert out[0] == {"file": str(SEED), **newsclean.clean(text).to_dict()}
    # A file that cannot be read still gets its line: N files, N lines.
    assert out[1] == {"file": str(missing), "error": f"{missing}: No such file or directory"}
    assert out[2]["file"] == str(b) and out[2]["body"] == "A second story began."
    assert done.stderr.decode() == f"newsclean: {missing}: No such file or directory\n"


def test_explain_lists_rule_kind_reason_and_line(tmp_path: Path) -> None:
    page, crlf = tmp_path / "page.txt", tmp_path / "crlf.txt"
    page.write_text(PAGE, encoding="utf-8")
    crlf.write_bytes(PAGE.replace("\n", "\r\n").encode())
    shown = run("--explain", page, crlf).stdout.decode()
    assert shown.startswith(f"==> {page} <==\n")
    rows, crlf_rows = (part.splitlines()[1:] for part in shown.split(f"\n==> {crlf} <==\n"))
    assert rows[0].split() == ["lines", "rule", "kind", "reason"]
    assert rows[1].split()[:3] == ["1", "appeal", "appeal"]
    assert "call to give or subscribe: Support The Moscow Times!" in rows[1]
    byline = next(row for row in rows if " byline " in row)
    assert byline.split()[0] == "5"  # "By AFP" is on line 5 of the file
    # Lines are counted alike over CRLF line ends.
    assert next(row for row in crlf_rows if " byline " in row).split()[0] == "5"


def test_without_switches_a_rule_off(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    # (body selection off too: whether the model keeps a headline and a
    # byline on a four-line page is its call, not what this test is about)
    switches = ("--without", "title", "--without", "byline", "--without", "article-body")
    body = run(*switches, page).stdout.decode()
    assert "Talks Stall Again" in body and "By AFP" in body
    assert "Support The Moscow Times" not in body  # the rules left on still run


def test_unknown_rule_is_a_usage_error() -> None:
    done = run("--without", "no-such-rule", SEED)
    assert done.returncode == 2
    assert b"no rule named 'no-such-rule'" in done.stderr
    assert done.stdout == b""


def test_list_rules_in_run_order() -> None:
    rows = run("--list-rules").stdout.decode().splitlines()
    assert [row.split()[0] for row in rows] == list(newsclean.Pipeline().names)
    first = newsclean.DEFAULT_RULES[0]
    assert rows[0].split()[1] == first.kind and first.summary in rows[0]


def test_help_names_every_option_and_gives_examples() -> None:
    done = run("--help")
    assert done.returncode == 0
    text = done.stdout.decode()
    for option in (
        "--json", "--explain", "--jsonl", "--field", "--key", "--without", "--list-rules",
        "--output", "--jobs", "--encoding", "--errors", "--quiet", "examples:",
    ):  # fmt: skip
        assert option in text, option
    assert '"error"' in text  # the --jsonl output schema is documented


def test_not_utf8_names_the_file_and_offset(tmp_path: Path) -> None:
    page = tmp_path / "latin1.txt"
    page.write_bytes("Grüße aus Köln.\n".encode("latin-1"))
    done = run(page)
    assert done.returncode == 1
    message = done.stderr.decode()
    assert str(page) in message and "byte offset 2" in message
    assert "--errors replace" in message and "--encoding" in message
    assert run("--encoding", "latin-1", page).stdout.decode() == "Grüße aus Köln.\n"
    assert run("--errors", "replace", page).stdout.decode() == "Gr\ufffd\ufffde aus K\ufffdln.\n"


def test_unknown_encoding_is_a_usage_error(tmp_path: Path) -> None:
    done = run("--encoding", "no-such-codec", "--jsonl", tmp_path / "in.jsonl")
    assert done.returncode == 2
    assert b"no such text encoding" in done.stderr


def test_a_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    done = run(tmp_path / "missing.txt", good)
    assert done.returncode == 1
    assert b"missing.txt" in done.stderr
    assert b"The talks ended on Monday." in done.stdout


def write_jsonl(path: Path, lines: list[str]) -> None:
    path.write_bytes("".join(line + "\n" for line in lines).encode())


def test_jsonl_keeps_fields_and_reports_bad_lines(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    good = json.dumps({"id": 1, "url": "u", "text": PAGE})
    write_jsonl(source, [good, "{not json", json.dumps({"id": 3}), '{"id": 4, "text": 7}', good])
    done = run("--jsonl", source)
    assert done.returncode == 1
    out = records(done.stdout)
    assert len(out) == 5
    assert out[0]["id"] == 1 and out[0]["url"] == "u" and out[0]["text"] == PAGE
    assert out[0]["newsclean"] == newsclean.clean(PAGE).to_dict()
    assert out[4] == out[0]
    errors = [str(record["newsclean"].get("error")) for record in out]  # type: ignore[attr-defined]
    assert errors[0] == errors[4] == "None"
    assert "malformed JSON" in errors[1] and out[1]["newsclean"]["raw"] == "{not json"  # type: ignore[index]
    assert "no 'text' field" in errors[2] and out[2]["id"] == 3
    assert "not a string" in errors[3] and out[3]["text"] == 7
    stderr = done.stderr.decode()
    for number in (2, 3, 4):
        assert f"{source}:{number}:" in stderr
    assert f"{source}:1:" not in stderr


def test_jsonl_field_and_key(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_jsonl(source, [json.dumps({"content": PAGE, "newsclean": "mine"})])
    done = run("--jsonl", source, "--field", "content", "--key", "result")
    assert done.returncode == 0, done.stderr
    (record,) = records(done.stdout)
    assert record["newsclean"] == "mine"
    assert record["result"]["body"] == "The talks ended on Monday."  # type: ignore[index]


def test_jsonl_never_hides_an_input_field(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    line = json.dumps({"text": PAGE, "newsclean": "mine"})
    write_jsonl(source, [line])
    done = run("--jsonl", source)
    assert done.returncode == 1
    (record,) = records(done.stdout)
    assert "--key" in record["newsclean"]["error"]  # type: ignore[index]
    assert record["newsclean"]["raw"] == line  # type: ignore[index]


def test_jsonl_non_utf8_line_is_an_error_record(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    first = json.dumps({"text": "Hello there."}).encode() + b"\n"
    source.write_bytes(first + b'{"text": "caf\xe9 au lait."}\n' + first)
    done = run("--jsonl", source)
    assert done.returncode == 1
    out = records(done.stdout)
    assert len(out) == 3 and "error" not in out[2]["newsclean"]  # type: ignore[operator]
    offset = len(first) + len(b'{"text": "caf')
    assert f"{source}:2: not valid utf-8 at byte offset {offset}" in done.stderr.decode()
    fixed = run("--jsonl", source, "--errors", "replace")
    assert fixed.returncode == 0
    assert records(fixed.stdout)[1]["newsclean"]["body"] == "caf\ufffd au lait."  # type: ignore[index]
    latin = run("--jsonl", source, "--encoding", "latin-1")
    assert records(latin.stdout)[1]["newsclean"]["body"] == "café au lait."  # type: ignore[index]


def test_jsonl_lone_surrogate_round_trips(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_jsonl(source, ['{"text": "A lone \\ud800 half of a pair."}'])
    done = run("--jsonl", source)
    assert done.returncode == 0, done.stderr
    assert records(done.stdout)[0]["newsclean"]["body"] == "A lone \ud800 half of a pair."  # type: ignore[index]


def corpus(path: Path, count: int) -> list[str]:
    """``count`` distinct pages, every 7th line broken, as a JSON Lines file."""
    lines = []
    for i in range(count):
        page = f"Headline Number {i} Here\n\nBy AFP\n\nStory {i} went on for a while.\n"
        lines.append("{broken" if i % 7 == 3 else json.dumps({"n": i, "text": page}))
    write_jsonl(path, lines)
    return lines


@pytest.mark.slow  # two runs over 500 pages, and two worker processes to warm up
def test_jobs_keep_input_order_and_lose_nothing(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = corpus(source, 500)
    serial = run("--jsonl", source, "--jobs", "1")
    parallel = run("--jsonl", source, "--jobs", "2")
    assert parallel.returncode == serial.returncode == 1
    assert parallel.stdout == serial.stdout
    out = records(parallel.stdout)
    assert len(out) == len(lines)
    for i, record in enumerate(out):
        if i % 7 == 3:
            assert f":{i + 1}: malformed JSON" in record["newsclean"]["error"]  # type: ignore[index]
        else:
            assert record["n"] == i
            assert record["newsclean"]["body"] == f"Story {i} went on for a while."  # type: ignore[index]


def test_output_file_and_refusing_to_overwrite_an_input(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    corpus(source, 20)
    before = source.read_bytes()
    for args in (("--jsonl", source, "-o", source), (source, "-o", source)):
        done = run(*args)
        assert done.returncode == 2
        assert b"refusing to overwrite" in done.stderr
        assert source.read_bytes() == before
    link = tmp_path / "link.jsonl"
    link.symlink_to(source)
    assert run("--jsonl", source, "-o", link).returncode == 2
    out = tmp_path / "out.jsonl"
    done = run("--jsonl", source, "-o", out)
    assert done.stdout == b""
    assert out.read_bytes() == run("--jsonl", source).stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "link.jsonl", "out.jsonl"]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("jobs", ["1", pytest.param("2", marks=pytest.mark.slow)])
def test_interrupted_run_leaves_the_old_output_intact(
    tmp_path: Path, sig: signal.Signals, jobs: str
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("the previous run's output\n")
    process = subprocess.Popen(
        [str(SCRIPT), "--jsonl", "-", "-o", str(out), "--jobs", jobs],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    # Half a run: some records are in, the rest never come.
    for i in range(50):
        process.stdin.write(json.dumps({"text": f"Story {i} ran long."}).encode() + b"\n")
    process.stdin.flush()
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):
        assert time.monotonic() < deadline, "no temporary output appeared"
        time.sleep(0.05)
    time.sleep(0.3)  # let it clean and write what it has
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert b"interrupted" in stderr
    assert out.read_text() == "the previous run's output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    corpus(source, 30)
    done = run("--jsonl", source, "-o", tmp_path / "out.jsonl")
    # stderr is a pipe here: no bar, only the report of the broken lines.
    assert all(line.startswith(b"newsclean: ") for line in done.stderr.splitlines())


def test_python_dash_m_runs_the_same_command(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsclean", "--list-rules"],
        capture_output=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": ""},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == run("--list-rules").stdout


def run_on_a_terminal(*args: str | Path) -> bytes:
    """Run with stderr on a pseudo-terminal; what the terminal showed."""
    import fcntl
    import pty
    import struct
    import termios

    controller, terminal = pty.openpty()
    # A terminal of 24 rows by 80 columns, as a real one reports.
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    try:
        done = subprocess.run(
            [str(SCRIPT), *map(str, args)], stderr=terminal, stdout=subprocess.PIPE, timeout=120
        )
        assert done.returncode == 1  # the corpus has broken lines
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal's other end is closed: all is read
                break
            if not chunk:
                break
            shown += chunk
        return shown
    finally:
        os.close(controller)


def test_progress_bar_on_a_terminal_and_quiet(tmp_path: Path) -> None:
    import importlib.util

    source = tmp_path / "in.jsonl"
    corpus(source, 30)
    shown = run_on_a_terminal("--jsonl", source, "-o", tmp_path / "a.jsonl")
    quiet = run_on_a_terminal("--jsonl", source, "-o", tmp_path / "b.jsonl", "--quiet")
    assert b"malformed JSON" in shown and b"malformed JSON" in quiet
    assert b"100%" not in quiet
    # tqdm is the optional "progress" extra: with it a bar, without it none.
    has_tqdm = importlib.util.find_spec("tqdm") is not None
    assert (b"100%" in shown) == has_tqdm


def one_line_error(done: subprocess.CompletedProcess[bytes], status: int) -> str:
    """The run failed with ``status`` and said why in one line, with no traceback."""
    assert done.returncode == status, done.stderr
    message = done.stderr.decode()
    assert b"Traceback" not in done.stderr
    if status == 2:  # argparse's usage line, then the message
        assert message.splitlines()[0].startswith("usage: newsclean")
        message = message.splitlines()[-1] + "\n"
    assert message.count("\n") == 1 and message.startswith("newsclean: "), message
    return message


def test_a_bad_output_path_stops_before_any_work(tmp_path: Path) -> None:
    # The input is a pipe no one writes to: reading it would block, so a
    # run that returns has checked -o before it read a byte.
    fifo = tmp_path / "never-written"
    os.mkfifo(fifo)
    (tmp_path / "a-file").write_text("")
    for args, output, says in (
        ((fifo,), tmp_path / "missing" / "out.txt", f"no folder {tmp_path / 'missing'}"),
        (("--jsonl", fifo), tmp_path, "is a folder; give a file name"),
        (("--json", fifo), tmp_path / "a-file" / "out.txt", "is not a folder"),
    ):
        done = run(*args, "-o", output)
        assert says in one_line_error(done, 2)
        assert done.stdout == b""


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_output_folder_without_write_permission_is_a_usage_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert "permission denied" in one_line_error(run(page, "-o", locked / "out.txt"), 2)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("mode", ["--jsonl", "--list-rules"])
def test_a_full_disk_is_one_line_and_status_1(tmp_path: Path, mode: str) -> None:
    source = tmp_path / "in.jsonl"
    write_jsonl(source, [json.dumps({"text": PAGE})])
    args = ("--jsonl", source) if mode == "--jsonl" else (mode,)
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [str(SCRIPT), *map(str, args)], stdout=full, stderr=subprocess.PIPE, timeout=120
        )
    message = one_line_error(done, 1)  # type: ignore[arg-type]
    assert message == "newsclean: cannot write standard output: No space left on device\n"


@pytest.mark.parametrize("option", [("--field", "content"), ("--key", "k"), ("--jobs", "2")])
def test_corpus_options_without_jsonl_are_refused(tmp_path: Path, option: tuple[str, str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    done = run(*option, page)
    assert f"{option[0]} needs --jsonl" in one_line_error(done, 2)
    assert done.stdout == b""


def test_jsonl_trailing_blank_lines_and_a_bom_are_not_records(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    record = json.dumps({"id": 1, "text": PAGE}).encode()
    source.write_bytes(b"\xef\xbb\xbf" + record + b"\n" + record + b"\n\n\r\n")
    done = run("--jsonl", source)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    out = records(done.stdout)
    assert len(out) == 2 and all(
        r["newsclean"]["body"] == "The talks ended on Monday." for r in out
    )  # type: ignore[index]


def test_jsonl_errors_name_json_types_and_a_blank_line_between_records(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    record = json.dumps({"text": PAGE})
    lines = ['{"text": null}', '{"text": ["a"]}', "[1, 2]", '{"text": false}', "", record]
    write_jsonl(source, lines)
    done = run("--jsonl", source)
    assert done.returncode == 1
    stderr = done.stderr.decode()
    assert "NoneType" not in stderr and "list" not in stderr and "bool" not in stderr
    assert f"{source}:1: field 'text' is null, not a string" in stderr
    assert f"{source}:2: field 'text' is an array, not a string" in stderr
    assert f"{source}:3: an array, not a JSON object" in stderr
    assert f"{source}:4: field 'text' is false, not a string" in stderr
    out = records(done.stdout)
    assert len(out) == len(lines)
    error = f"{source}:5: a blank line, not a JSON record"
    assert out[4]["newsclean"] == {"error": error, "raw": ""}
    assert out[5]["newsclean"]["body"] == "The talks ended on Monday."  # type: ignore[index]


HTML = (
    "<!DOCTYPE html>\n<html><head><title>Talks Stall</title></head>\n<body><div class='a'>"
    "<p>The talks ended on <a href='/x'>Monday</a>.</p></div></body></html>\n"
)


def test_html_input_is_reported_on_stderr(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    done = run(page)
    assert done.returncode == 0
    assert done.stderr.decode().startswith(f"newsclean: {page}: the text looks like HTML")
    assert b"render the HTML to text first" in done.stderr
    # A corpus of HTML says so once, and counts the rest.
    source = tmp_path / "in.jsonl"
    write_jsonl(source, [json.dumps({"text": HTML})] * 3)
    lines = run("--jsonl", source).stderr.decode().splitlines()
    assert lines[0].startswith(f"newsclean: {source}:1: the text looks like HTML")
    assert lines[1:] == ["newsclean: 3 record(s) gave warnings; only the first is shown"]


PHRASES = {
    "en/share.txt": "# our own share buttons\ntoot\n",
    "de/advertisement.txt": "werbeblock\n",
}
TOOTED = "Markets Rally Today\n\nStocks rose on Friday as traders cheered.\n\nToot\n"


def phrase_folder(root: Path) -> Path:
    for name, text in PHRASES.items():
        (root / "phrases" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "phrases" / name).write_text(text, encoding="utf-8")
    return root / "phrases"


def test_own_phrases_from_a_folder(tmp_path: Path) -> None:
    folder = phrase_folder(tmp_path)
    page = tmp_path / "page.txt"
    page.write_text(TOOTED + "\nWerbeblock\n", encoding="utf-8")
    done = run("--explain", "--phrases", folder, page)
    assert done.returncode == 0, done.stderr
    rows = done.stdout.decode().splitlines()
    assert any(row.split()[1:3] == ["share-row", "share"] and "Toot" in row for row in rows)
    assert any(row.split()[1] == "advertisement" and "Werbeblock" in row for row in rows)


def test_a_bad_phrase_folder_is_a_usage_error(tmp_path: Path) -> None:
    folder = phrase_folder(tmp_path)
    assert "not a folder" in one_line_error(run("--phrases", tmp_path / "nope", "-"), 2)
    (folder / "en" / "share.txt").write_text("toot\n(unclosed\n")
    message = one_line_error(run("--phrases", folder, "-"), 2)
    assert "share.txt:2: not a valid pattern" in message


OWN_RULES = """
import regex
import newsclean

COMMENTS = newsclean.LineRule(
    name="comment-count",
    kind="comment",
    reason="comment count",
    pattern=regex.compile(r"(?i)comments \\(\\d+\\)"),
    summary="'Comments (12)' links",
)
PIPELINE = newsclean.Pipeline().insert(COMMENTS, before="share-row")
NOT_A_RULE = 42
"""
COMMENTED = "Markets Rally Today\n\nStocks rose on Friday as traders cheered.\n\nComments (12)\n"


def run_in(folder: Path, *args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(SCRIPT), *map(str, args)], capture_output=True, timeout=120, cwd=folder
    )


def test_own_rule_from_a_module(tmp_path: Path) -> None:
    (tmp_path / "my_rules.py").write_text(OWN_RULES, encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text(COMMENTED, encoding="utf-8")
    # A rule runs after the default rules ...
    listed = run_in(tmp_path, "--rule", "my_rules:COMMENTS", "--list-rules").stdout.decode()
    assert listed.splitlines()[-1].split()[:2] == ["comment-count", "comment"]
    # ... so a module places it with a Pipeline built with insert().
    placed = json.loads(run_in(tmp_path, "--json", "--rule", "my_rules:PIPELINE", page).stdout)
    assert [(r["rule"], r["kind"]) for r in placed["removals"]][-1] == ("comment-count", "comment")


@pytest.mark.slow  # two worker processes to warm up
def test_own_rules_and_phrases_reach_the_jobs_workers(tmp_path: Path) -> None:
    (tmp_path / "my_rules.py").write_text(OWN_RULES, encoding="utf-8")
    folder = phrase_folder(tmp_path)
    source = tmp_path / "in.jsonl"
    write_jsonl(source, [json.dumps({"text": COMMENTED + "\nToot\n"})] * 40)
    args = ("--rule", "my_rules:PIPELINE", "--phrases", folder, "--jobs", "2")
    done = run_in(tmp_path, "--jsonl", source, *args)
    assert done.returncode == 0, done.stderr
    for record in records(done.stdout):
        removals = record["newsclean"]["removals"]  # type: ignore[index]
        assert [(r["rule"], r["text"]) for r in removals][-2:] == [
            ("comment-count", "Comments (12)"),
            ("share-row", "Toot"),
        ]


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("no_such_module:X", "no module named no_such_module"),
        ("my_rules:MISSING", "module my_rules has no MISSING"),
        ("my_rules:NOT_A_RULE", "is neither a rule"),
    ],
)
def test_a_bad_rule_spec_is_a_usage_error(tmp_path: Path, spec: str, says: str) -> None:
    (tmp_path / "my_rules.py").write_text(OWN_RULES, encoding="utf-8")
    assert says in one_line_error(run_in(tmp_path, "--rule", spec, "--list-rules"), 2)
