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


def test_json_is_the_whole_result() -> None:
    done = run("--json", SEED)
    assert done.returncode == 0
    text = SEED.read_text(encoding="utf-8")
    assert json.loads(done.stdout) == newsclean.clean(text).to_dict()


def test_explain_lists_rule_kind_reason_and_line(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    rows = run("--explain", page).stdout.decode().splitlines()
    assert rows[0].split() == ["lines", "rule", "kind", "reason"]
    assert rows[1].split()[:3] == ["1", "appeal", "appeal"]
    assert "call to give or subscribe: Support The Moscow Times!" in rows[1]
    byline = next(row for row in rows if " byline " in row)
    assert byline.split()[0] == "5"  # "By AFP" is on line 5 of the file


def test_explain_counts_lines_over_crlf(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE.replace("\n", "\r\n").encode())
    rows = run("--explain", page).stdout.decode().splitlines()
    assert next(row for row in rows if " byline " in row).split()[0] == "5"


def test_without_switches_a_rule_off(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert "By AFP" not in run(page).stdout.decode()
    body = run("--without", "title", "--without", "byline", page).stdout.decode()
    assert "Talks Stall Again" in body and "By AFP" in body


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
    done = run("--jsonl", source, "-o", out, "--jobs", "2")
    assert done.stdout == b""
    assert out.read_bytes() == run("--jsonl", source).stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "link.jsonl", "out.jsonl"]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("jobs", ["1", "2"])
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
        [sys.executable, "-m", "newsclean", "-"],
        input=PAGE.encode(),
        capture_output=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": ""},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == "The talks ended on Monday.\n"


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
