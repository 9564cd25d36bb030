"""The pattern cache: what one process compiled, the next reads back, or builds anew."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import regex

from newsclean import dispatch, patterncache, phrases
from newsclean.branches import cut
from newsclean.patterncache import kept
from newsclean.phrases import anywhere, using, whole_line

SOURCE = r"(?i)(?:share|tweet|(?P<n>\d+) shares)[.:]?"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSCLEAN_CACHE", str(tmp_path))
    return tmp_path


def counted(calls: list[str]) -> regex.Pattern[str]:
    calls.append("built")
    return regex.compile(SOURCE)


def test_an_entry_is_built_once_then_read_back(cache: Path) -> None:
    calls: list[str] = []
    first = kept("test", (SOURCE,), lambda: counted(calls))
    again = kept("test", (SOURCE,), lambda: counted(calls))
    assert calls == ["built"]
    assert again is not first  # read from the file, not kept in memory
    assert (again.pattern, again.flags) == (first.pattern, first.flags)
    assert again.fullmatch("25 Shares:")["n"] == "25"
    assert again.fullmatch("Sharing") is None
    assert len(list(cache.iterdir())) == 1


def test_another_key_is_another_entry(cache: Path) -> None:
    calls: list[str] = []
    kept("test", (SOURCE,), lambda: counted(calls))
    other = kept("test", ("(?i)tweet",), lambda: regex.compile("(?i)tweet"))
    assert other.pattern == "(?i)tweet"
    assert len(list(cache.iterdir())) == 2


@pytest.mark.parametrize(
    "damage", [lambda data: data[:-10], lambda data: data[:40] + b"x" + data[41:]]
)
def test_a_damaged_entry_is_built_again(cache: Path, damage: object) -> None:
    calls: list[str] = []
    kept("test", (SOURCE,), lambda: counted(calls))
    [entry] = cache.iterdir()
    entry.write_bytes(damage(entry.read_bytes()))  # type: ignore[operator]
    found = kept("test", (SOURCE,), lambda: counted(calls))
    assert calls == ["built", "built"]
    assert found.fullmatch("Tweet:") is not None


def test_off_or_unwritable_means_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setenv("NEWSCLEAN_CACHE", "off")
    kept("test", (SOURCE,), lambda: counted(calls))
    kept("test", (SOURCE,), lambda: counted(calls))
    assert calls == ["built", "built"]
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("NEWSCLEAN_CACHE", str(blocked / "cache"))
    assert kept("test", (SOURCE,), lambda: counted(calls)).pattern == SOURCE
    assert list(tmp_path.iterdir()) == [blocked]


def test_a_line_pattern_read_back_is_the_one_built(cache: Path) -> None:
    pattern = whole_line("share")
    built = cut(pattern)
    kept("lines", (pattern.pattern, pattern.flags), lambda: built)
    read = kept("lines", (pattern.pattern, pattern.flags), lambda: pytest.fail("not read back"))
    head, branches, tail, forward, backward, needs, paged = read
    assert (head, branches, tail, needs, paged) == (built[0], built[1], built[2], *built[5:])
    for mine, theirs in [
        *zip(forward, built[3], strict=True),
        *zip(backward, built[4], strict=True),
    ]:
        assert (mine.pattern, mine.flags) == (theirs.pattern, theirs.flags)
    line = dispatch.LinePattern(pattern, *read)
    for text in ("Share", "Share this article", "Talks ended.", "Tweet"):
        assert bool(line.fullmatch(text)) == bool(pattern.fullmatch(text))


def test_the_key_holds_the_code(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    kept("test", (SOURCE,), lambda: counted(calls))
    monkeypatch.setattr(patterncache, "_code", lambda: "other code")
    kept("test", (SOURCE,), lambda: counted(calls))
    assert calls == ["built", "built"]


def test_a_kind_that_grows_stops_being_written_at_its_most(cache: Path) -> None:
    for word in ("share", "tweet", "like"):
        found = kept("grows", (word,), lambda word=word: regex.compile(word), most=2)
        assert found.pattern == word
    assert len(list(cache.iterdir())) == 2


def test_a_kind_is_counted_once_a_process_then_tallied(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (cache / "grows-old.pickle").write_bytes(b"an entry an earlier process wrote")
    scans: list[object] = []
    scandir = patterncache.os.scandir

    def counting(where: Path) -> Any:
        scans.append(where)
        return scandir(where)

    monkeypatch.setattr(patterncache.os, "scandir", counting)
    for word in ("share", "tweet", "like", "toot"):
        kept("grows", (word,), lambda word=word: regex.compile(word), most=3)
    assert len(scans) == 1  # not once a new entry
    assert len(list(cache.glob("grows-*"))) == 3  # the earlier entry counted too


def test_a_phrase_folder_never_reads_an_entry_of_the_packages_phrases(
    cache: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "mine"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "share.txt").write_text("toot\n", encoding="utf-8")
    for _ in ("the cache is filled", "the cache is read back"):
        # What a new process holds in memory: nothing; only the folder remains.
        phrases._whole_line.cache_clear()
        phrases._anywhere.cache_clear()
        assert whole_line("share").fullmatch("Toot") is None
        assert anywhere("share").search("Toot this") is None
        with using((folder,)):
            assert whole_line("share").fullmatch("Toot") is not None
            assert anywhere("share").search("Toot this") is not None
        assert whole_line("share").fullmatch("Toot") is None
    # One entry for each of the two phrase sets, of each kind.
    names = [entry.name for entry in cache.iterdir()]
    assert sum(name.startswith("pattern-") for name in names) == 2
    assert sum(name.startswith("cue-") for name in names) == 2
