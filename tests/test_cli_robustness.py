"""The CLI on hostile outputs and inputs: devices, FIFOs, symlinks, an output that is an input,
files of the wrong kind. Every failure is one line and exit status 2, never a traceback."""

import errno
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.atomic import write_atomic
from geomap.cli import cli

REPO_ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "Russian drones struck Kyiv on 22 July 2025, killing three people. Protesters gathered in Kharkiv.\n"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture
def small(tmp_path):
    """A short article and its data file, in tmp_path."""
    article = tmp_path / "s.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("extract", article)
    assert result.exit_code == 0, result.output
    return article, tmp_path / "s.geomap.yaml"


# --- outputs that are not regular files (finding 12) ---------------------------------------


def _read_fifo_in_thread(fifo: Path) -> tuple[threading.Thread, dict]:
    got: dict = {}

    def read():
        with open(fifo, "rb") as f:
            got["data"] = f.read()

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread, got


def _unblock(fifo: Path) -> None:
    """Open the FIFO both ways (never blocks on Linux), so that a stuck reader or writer goes on."""
    os.close(os.open(fifo, os.O_RDWR | os.O_NONBLOCK))


def test_export_into_a_fifo_writes_straight_into_it(small, tmp_path):
    _, data_file = small
    fifo = tmp_path / "events.csv"
    os.mkfifo(fifo)
    reader, got = _read_fifo_in_thread(fifo)
    results: dict = {}
    writer = threading.Thread(target=lambda: results.setdefault("r", run("export", data_file, "-o", fifo)),
                              daemon=True)
    writer.start()
    writer.join(60)
    if writer.is_alive():
        _unblock(fifo)
        pytest.fail("export into a FIFO hangs")
    reader.join(60)
    assert results["r"].exit_code == 0, results["r"].output
    assert got["data"].startswith(b"event_id_cnty,") and b"Kharkiv" in got["data"]
    assert fifo.is_fifo()  # not replaced by a regular file


def test_export_to_dev_stdout_pipes(small):
    _, data_file = small
    proc = subprocess.run([sys.executable, "-m", "geomap", "export", str(data_file), "-o", "/dev/stdout",
                           "--format", "csv"], cwd=REPO_ROOT, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode().splitlines()
    assert lines[0].startswith("event_id_cnty,") and len(lines) == 3  # the summary went to stderr
    assert b"wrote" in proc.stderr


def test_extract_and_export_to_dev_null(small):
    article, data_file = small
    assert run("export", data_file, "-o", "/dev/null", "--format", "kml").exit_code == 0
    result = run("extract", article, "-o", "/dev/null")
    assert result.exit_code == 0, result.output
    assert Path("/dev/null").is_char_device() and not Path("/dev/.null.geomap.base.yaml").exists()


def test_write_atomic_compares_only_regular_files(tmp_path):
    path = tmp_path / "f.txt"
    assert write_atomic(path, "abc") is True
    assert write_atomic(path, "abc") is False  # unchanged: not rewritten
    assert write_atomic(path, "abcd") is True and path.read_text() == "abcd"
    assert write_atomic(Path("/dev/null"), "abc") is True  # a device: written, never read back


# --- symlinked data files (finding 11) -----------------------------------------------------


def test_fix_through_a_symlink_writes_its_target(small, tmp_path):
    _, data_file = small
    link_dir = tmp_path / "sl"
    link_dir.mkdir()
    link = link_dir / "s.geomap.yaml"
    link.symlink_to(data_file)
    result = run("fix", link, "kharkiv", "--use", "ne:UA.KK")
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.resolve() == data_file.resolve()
    assert "ne:UA.KK" in data_file.read_text(encoding="utf-8")
    assert not list(link_dir.glob(".*.tmp"))


def test_write_atomic_writes_chunks_as_they_come(tmp_path, monkeypatch):
    """Chunks (a large export's) are written as they are made, never joined, and compared with the
    file there as whole text is: unchanged, the file is not touched; an interruption leaves it whole."""
    path = tmp_path / "f.txt"
    made = []

    def chunks(*parts):
        for part in parts:
            made.append(part)
            yield part

    assert write_atomic(path, chunks("ab", "c\n")) is True and path.read_text() == "abc\n"
    mtime = path.stat().st_mtime_ns
    assert write_atomic(path, chunks("a", "bc\n")) is False and path.stat().st_mtime_ns == mtime
    assert write_atomic(path, iter(["abc", "d\n"])) is True and path.read_text() == "abcd\n"

    def broken():
        yield "half"
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, broken())
    assert path.read_text() == "abcd\n" and [p.name for p in tmp_path.iterdir()] == ["f.txt"]
    assert write_atomic(Path("/dev/null"), chunks("x")) is True and made == ["ab", "c\n", "a", "bc\n", "x"]


def test_write_atomic_keeps_a_symlink(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert write_atomic(link, "new") is True
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"


# --- files of the wrong kind (findings 6, 17) -------------------------------------------------


def test_fix_on_an_article_or_a_non_data_file_is_one_clear_line(small, tmp_path):
    article, data_file = small
    for args in (["fix", article, "kyiv"], ["fix", article, "kyiv", "--use", "ne:UA.KK"]):
        result = run(*args)
        assert result.exit_code == 2, result.output
        assert result.output.strip() == (f"error: {article}: is an article, not a data file (NAME.geomap.yaml): "
                                         f"fix its data file {data_file}")
    listing = tmp_path / "list.yaml"
    listing.write_text("- kyiv\n- kharkiv\n", encoding="utf-8")
    result = run("fix", listing, "kyiv")
    assert result.exit_code == 2 and "not a geomap data file" in result.output, result.output


def test_extract_refuses_a_data_file_and_its_own_article_as_output(small, tmp_path):
    article, data_file = small
    result = run("extract", data_file)
    assert result.exit_code == 2 and "is a data file, not an article" in result.output, result.output
    assert not (tmp_path / "s.geomap.geomap.yaml").exists()
    result = run("extract", article, "-o", article, "--force")
    assert result.exit_code == 2 and "is the article itself" in result.output, result.output
    assert article.read_text(encoding="utf-8") == ARTICLE


# --- parse --docs: lines build skips (finding 5) ----------------------------------------------


def test_parse_docs_reports_bad_lines_and_goes_on(tmp_path):
    docs = tmp_path / "docs.jsonl"
    lines = [b'{"id": "a", "text": "Shelling hit Kharkiv."}',
             b'{"id": "sur2\\udfff", "text": "Protesters rallied in Lviv."}',  # a lone surrogate in the id
             b'{"text": "Rain in Odesa.", "id": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",  # deeper than json reads
             b"[" * 100_000 + b"]" * 100_000,
             b'{"id": 7, "text": "Flooding in Lviv.\\udc00"}',  # a lone surrogate in the text
             b'{"id": "b", "text": "Talks in Istanbul."}']
    docs.write_bytes(b"\n".join(lines) + b"\n")
    result = CliRunner().invoke(cli, ["parse", "--docs", str(docs)])
    assert result.exit_code == 0, result.output + result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]
    problems = result.stderr.splitlines()
    assert [p.split(": ")[0] for p in problems] == [f"{docs}:{n}" for n in (2, 3, 4, 5)], result.stderr
    assert "id: a lone surrogate" in problems[0] and "text: a lone surrogate" in problems[3]
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


def test_parse_docs_with_no_readable_line_exits_2(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_bytes(b'{"id":"sur2\\udfff","text":"Protesters rallied in Lviv on March 3, 2025."}\n')
    result = run("parse", "--docs", docs)
    assert result.exit_code == 2 and "nothing parsed" in result.output, result.output


# --- standard output and inputs that cannot be used (finding 7) ---------------------------------


class _FullDisk:
    """A standard output on a full disk."""

    def write(self, text):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    flush = write


def test_parse_to_a_full_disk_is_one_line(small, monkeypatch):
    from geomap import cli as cli_module

    article, _ = small
    monkeypatch.setattr(cli_module._Stdout, "__init__", lambda self: setattr(self, "stream", _FullDisk()))
    result = run("parse", article)
    assert result.exit_code == 2
    assert result.output.strip() == "error: cannot write to standard output: No space left on device"


def test_parse_into_a_closed_pipe_exits_quietly(small):
    article, _ = small
    read_end, write_end = os.pipe()
    os.close(read_end)  # a reader that went away (| head)
    try:
        proc = subprocess.run([sys.executable, "-m", "geomap", "parse", str(article)], cwd=REPO_ROOT,
                              stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert proc.returncode == 1 and proc.stderr == "", proc.stderr


def test_inputs_that_are_devices_are_refused(tmp_path):
    result = run("parse", "/dev/null")
    assert result.exit_code == 2
    assert result.output.strip() == ("error: /dev/null: not a regular file (a device or a pipe): save the article "
                                     "to a file and pass that")
    assert run("build", "/dev/null", "-o", tmp_path / "out").exit_code == 2


def test_extract_when_a_folder_is_where_the_base_file_goes(small, tmp_path):
    article, _ = small
    base = tmp_path / ".s.geomap.base.yaml"
    base.unlink()
    base.mkdir()
    result = run("extract", article)
    assert result.exit_code == 2, result.output
    assert result.output.strip() == f"error: {base}: cannot write: a folder is in the way: move it"


# --- a single HTML article (finding 15) ---------------------------------------------------------

PAGE = ('<html><head><meta charset="iso-8859-1"><title>Kharkiv news</title>'
        '<meta property="og:title" content="Protests in Ky\xefv"></head>'
        '<body><nav>Home | World</nav><p>Protesters rallied in Ky\xefv on March 3, 2025.</p>'
        '<script>var x = "Odesa";</script></body></html>')


def test_a_single_html_page_is_read_as_in_a_folder(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.encode("latin-1"))  # not UTF-8: decoded by the charset it declares
    result = CliRunner().invoke(cli, ["parse", str(page)])
    assert result.exit_code == 0, result.output + result.stderr
    (doc,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert [m["text"] for m in doc["mentions"]] == ["Ky\xefv"]  # not Kharkiv from the title, nor Odesa from the script
    result = run("build", page, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    geo = json.loads((tmp_path / "out" / "map.geojson").read_text(encoding="utf-8"))
    (feature,) = geo["features"]
    assert feature["properties"]["article"]["title"] == "Protests in Ky\xefv"
    assert "<" not in feature["properties"]["events"][0]["sources"][0]["text"]


# --- --workers beyond what helps (finding 13) ---------------------------------------------------


def test_process_pool_is_capped_at_the_cores_and_the_batches():
    from geomap.executors import default_workers, open_executor

    ex = open_executor("process", 64)
    try:
        pids = {pid for _, pid in ex.map_unordered(os.getpid, [(i, ()) for i in range(3)])}
        assert ex.workers == min(3, default_workers()) and len(pids) <= ex.workers
        assert len(ex._pool._processes) <= ex.workers  # no idle process forked
        assert "--workers 64 capped at the " in ex.describe()
    finally:
        ex.close()
    default = open_executor("process", None)  # the default is all cores: nothing the user asked to note
    try:
        list(default.map_unordered(os.getpid, [(0, ())]))
        assert default.workers == 1 and "capped" not in default.describe()
    finally:
        default.close()


def test_build_with_too_many_workers_notes_the_cap(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "b.txt").write_text("Talks were held in Istanbul on 23 July 2025.\n", encoding="utf-8")
    result = run("build", corpus, "-o", tmp_path / "out", "--workers", "64", "--no-progress")
    assert result.exit_code == 0, result.output
    assert "extracted on 1 worker process (" in result.output  # two short articles: one batch of work
    assert "--workers 64 capped at the 1 batch of work" in result.output


def test_a_read_only_folder_is_named_with_the_file_not_a_temporary_name(tmp_path, monkeypatch):
    # An article in a read-only folder had failed with "error: .../.talks.geomap.yaml.3c8p7tn5.tmp:
    # cannot write": the temporary file's name, and no way out. (As root, chmod stops nothing:
    # the folder's refusal is simulated where the temporary file is made.)
    import tempfile

    def read_only(*args, dir=None, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.path.join(dir, ".x.geomap.yaml.abc123.tmp"))

    article = tmp_path / "talks.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(OSError) as caught:
        write_atomic(tmp_path / "map.html", "page")
    assert caught.value.filename == str(tmp_path / "map.html") and caught.value.errno == errno.EROFS
    result = run("build", article, "-o", tmp_path / "out")
    data_file = tmp_path / "talks.geomap.yaml"
    assert result.exit_code == 2 and result.output.startswith(f"error: {data_file}: cannot write: "), result.output
    assert ".tmp" not in result.output and f"geomap extract {article} -o DIR/{data_file.name}" in result.output


def test_fix_and_check_of_a_jsonl_corpus_say_how_to_correct_its_articles(tmp_path):
    # `fix feed.jsonl` had said to run `geomap extract` on it, whose feed.geomap.jsonl `fix` refused
    # the same way, and `check` read as YAML: advice in a loop.
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n", encoding="utf-8")
    assert run("extract", feed).exit_code == 0
    for command in (["fix", feed, "kyiv"], ["fix", tmp_path / "feed.geomap.jsonl", "kyiv"],
                    ["check", tmp_path / "feed.geomap.jsonl"]):
        result = run(*command)
        assert result.exit_code == 2 and "is a JSONL corpus" in result.output, result.output
        assert "save each as a .txt file in a folder and build the folder" in result.output


def test_fix_lists_cleanly_and_a_closed_pipe_is_no_error(tmp_path):
    # "geomap fix ... | head" had ended in "internal error (BrokenPipeError)", and a sea's line read
    # "Black Sea (region, None) 43.4, 34.0  score None".
    from geomap.cli import _place_line

    assert _place_line({"name": "Black Sea", "kind": "region", "country": None, "lat": 43.4, "lon": 34.0}) == \
        "Black Sea (region) 43.4, 34.0"
    assert _place_line({"name": "Mellit", "country": "SD"}) == "Mellit (SD) (no coordinates)"
    data = tmp_path / "talks.geomap.yaml"
    data.write_text((REPO_ROOT / "data" / "ukraine-russia-talks-2025-07-23.geomap.yaml").read_text(encoding="utf-8")
                    .replace("  text_file: ukraine-russia", f"  text_file: {REPO_ROOT / 'data'}/ukraine-russia"),
                    encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    proc = subprocess.run(f"{sys.executable} -m geomap fix {data} odesa | head -1", shell=True, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.stdout.startswith("odesa: Odessa (city, Odessa, UA)") and proc.stderr == "", proc.stderr


def test_ctrl_c_says_what_it_left_and_exits_130(tmp_path, monkeypatch):
    # Ctrl-C had printed click's bare "Aborted!" (exit 1).
    import geomap.api

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(geomap.api, "build", interrupted)
    article = tmp_path / "talks.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("build", article, "-o", tmp_path / "out")
    assert result.exit_code == 130 and "Aborted" not in result.output
    assert result.output.strip() == ("interrupted: files are written whole or not at all; run the command again "
                                     "to finish")
