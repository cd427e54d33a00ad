"""Files as a hostile or careless world leaves them: unreadable, unlistable, linked, read-only,
owned by someone else, hard-linked, edited while tqcheck runs, in the wrong encoding."""

import os
import stat

import pytest

from tqcheck import runner
from tqcheck.config import Config

SEED = "He said « yes ».\n"
FIXED = "He said “yes”.\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    return path


def cli(args, monkeypatch=None, cwd=None):
    """``tqcheck check`` in-process (so that file-system calls can be simulated): (exit code, stdout, stderr)."""
    from click.testing import CliRunner

    from tqcheck.cli import main

    if cwd is not None:
        os.chdir(cwd)
    result = CliRunner().invoke(main, ["check", "--isolated", "-j", "1", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


def test_an_unreadable_file_named_on_the_command_line_does_not_stop_the_run(tmp_path, monkeypatch):
    """Root reads every file, so the permission is refused where the file is checked and opened."""
    import builtins

    bad, good = write(tmp_path / "locked.md", SEED), write(tmp_path / "good.md", SEED)
    real_open, real_access = builtins.open, os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: str(p) != str(bad) and real_access(p, mode, **kw))

    def fake_open(path, *args, **kwargs):
        if str(path) == str(bad):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    code, out, err = cli([bad, good])
    assert code == 2
    assert err.splitlines() == [f"{bad}: error: cannot read (Permission denied)"]
    assert f"{good}:1:9: TQ101" in out


def test_a_folder_that_cannot_be_listed_is_a_warning(tmp_path, monkeypatch):
    write(tmp_path / "ok" / "a.md", SEED)
    write(tmp_path / "closed" / "b.md", SEED)
    real_scandir = os.scandir

    def fake_scandir(path="."):
        if os.path.basename(os.fspath(path)) == "closed":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", fake_scandir)
    report = runner.run([str(tmp_path)], Config(), jobs=1)
    assert report.warnings == [f"{tmp_path / 'closed'}: warning: cannot list folder (Permission denied): skipped"]
    assert [f.path for f in report.findings] == [str(tmp_path / "ok" / "a.md")] * 2
    assert report.errors == []


def test_dangling_links_and_link_loops_are_warnings(tmp_path):
    write(tmp_path / "good.md", SEED)
    os.symlink("nothing.md", tmp_path / "dangling.md")
    os.symlink("loop2.md", tmp_path / "loop1.md")
    os.symlink("loop1.md", tmp_path / "loop2.md")
    os.symlink("nothing.bin", tmp_path / "ignored.bin")  # not a file tqcheck would check: no link warning
    code, out, err = cli([tmp_path])
    assert code == 1, err
    assert sorted(line for line in err.splitlines() if ": warning: " in line) == [
        f"{tmp_path / 'dangling.md'}: warning: link to nothing (nothing.md): skipped",
        f"{tmp_path / 'loop1.md'}: warning: link loop: skipped",
        f"{tmp_path / 'loop2.md'}: warning: link loop: skipped",
    ]
    assert "good.md:1:9" in out


def test_a_hard_link_or_a_second_path_is_checked_once(tmp_path):
    a = write(tmp_path / "a.md", SEED)
    os.link(a, tmp_path / "b.md")
    report = runner.run([str(tmp_path)], Config(), jobs=1)
    assert report.files == 1 and len(report.findings) == 2


def test_fix_does_not_write_a_read_only_file(tmp_path):
    ro, rw = write(tmp_path / "ro.md", SEED), write(tmp_path / "rw.md", SEED)
    os.chmod(ro, 0o444)
    code, out, err = cli(["--fix", ro, rw])
    assert code == 2
    assert err.splitlines() == [f"{ro}: error: read-only file (mode 0444): not fixed"]
    assert ro.read_text(encoding="utf-8") == SEED and stat.S_IMODE(ro.stat().st_mode) == 0o444
    assert rw.read_text(encoding="utf-8") == FIXED


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_fix_keeps_owner_group_and_mode(tmp_path):
    f = write(tmp_path / "a.md", SEED)
    os.chown(f, 65534, 65534)
    os.chmod(f, 0o640)
    report = runner.run([str(f)], Config(), runner.Mode(fix=True), jobs=1)
    assert report.errors == [] and report.fixed == 2
    st = f.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (65534, 65534, 0o640)
    assert f.read_text(encoding="utf-8") == FIXED


def test_fix_writes_a_file_whose_name_is_as_long_as_a_name_may_be(tmp_path):
    # a hostile run's 253-byte name: the temporary file beside it had a longer one, so no fix could be written
    for name in ("a" * 250 + ".md", "é" * 124 + ".md"):
        f = write(tmp_path / name, SEED)
        report = runner.run([str(f)], Config(), runner.Mode(fix=True), jobs=1)
        assert report.errors == [] and report.fixed == 2 and f.read_text(encoding="utf-8") == FIXED
    assert len(list(tmp_path.iterdir())) == 2, "no temporary file left behind"


def test_fix_keeps_hard_links(tmp_path):
    f = write(tmp_path / "a.md", SEED)
    other = tmp_path / "elsewhere" / "same.md"
    other.parent.mkdir()
    os.link(f, other)
    inode = f.stat().st_ino
    report = runner.run([str(f)], Config(), runner.Mode(fix=True), jobs=1)
    assert report.errors == [] and report.fixed == 2
    assert f.stat().st_ino == inode and f.stat().st_nlink == 2
    assert other.read_text(encoding="utf-8") == FIXED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "elsewhere"], "no backup left behind"


def test_fix_keeps_the_owner_through_the_same_inode_when_a_new_file_cannot_have_it(tmp_path, monkeypatch):
    """Not root, someone else's file in a shared folder: chown is refused, so the file is rewritten in place."""
    f = write(tmp_path / "a.md", SEED)
    inode = f.stat().st_ino

    def refuse(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "chown", refuse)
    monkeypatch.setattr(os, "stat", _pretend_owner(os.stat, f, 4242))
    report = runner.run([str(f)], Config(), runner.Mode(fix=True), jobs=1)
    assert report.errors == [] and f.read_text(encoding="utf-8") == FIXED
    assert f.stat().st_ino == inode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]


def _pretend_owner(real_stat, path, uid):
    def fake(p, *args, **kwargs):
        st = real_stat(p, *args, **kwargs)
        if os.fspath(p) == os.path.realpath(path):
            return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, uid, st.st_gid, st.st_size,
                                   st.st_atime, st.st_mtime, st.st_ctime))
        return st

    return fake


def test_fix_never_overwrites_an_edit_made_while_it_ran(tmp_path, monkeypatch):
    f = write(tmp_path / "a.md", SEED)
    edited = "He said « yes ». And the user added this line while tqcheck ran.\n"
    real = runner.fix_document

    def meanwhile(doc, *args, **kwargs):
        f.write_text(edited, encoding="utf-8")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(runner, "fix_document", meanwhile)
    report = runner.run([str(f)], Config(), runner.Mode(fix=True), jobs=1)
    assert report.errors == [f"{f}: error: changed while tqcheck ran: not fixed (run it again)"]
    assert f.read_text(encoding="utf-8") == edited


def test_cross_file_fixes_after_a_file_was_fixed_are_not_mistaken_for_an_edit(tmp_path):
    """b.md is fixed by its worker (TQ101), then again across files (TQ202): its own write is not an edit."""
    a = write(tmp_path / "a.md", "Viacheslav Fetisov spoke on Monday. Fetisov said the team would win.\n")
    b = write(tmp_path / "b.md", "The coach Fetissov disagreed, « he said ».\n")
    report = runner.run([str(a), str(b)], Config(), runner.Mode(fix=True, unsafe=True), jobs=1)
    assert report.errors == []
    assert b.read_text(encoding="utf-8") == "The coach Fetisov disagreed, “he said”.\n"


def test_a_write_that_fails_half_way_keeps_the_original_beside_the_file(tmp_path, monkeypatch):
    from tqcheck import writing

    f = write(tmp_path / "a.md", SEED)
    os.link(f, tmp_path / "b.md")  # a hard link: written in place
    real_open = open

    class Failing:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[:3])
            raise OSError(28, "No space left on device")

    def fake_open(path, mode="r", *args, **kwargs):
        handle = real_open(path, mode, *args, **kwargs)
        return Failing(handle) if mode == "r+b" else handle

    monkeypatch.setattr(writing, "open", fake_open, raising=False)
    report = runner.run([str(f)], Config(), runner.Mode(fix=True), jobs=1)
    assert len(report.errors) == 1 and "No space left on device" in report.errors[0]
    backup = report.errors[0].rsplit("saved in ", 1)[1]
    assert open(backup, encoding="utf-8").read() == SEED


def test_utf16_without_a_byte_order_mark_is_named(tmp_path):
    f = tmp_path / "a.md"
    f.write_bytes(SEED.encode("utf-16-le"))
    code, out, err = cli([f])
    assert code == 2
    assert err.splitlines() == [f"{f}: error: UTF-16 text without a byte order mark: convert it to UTF-8 "
                                "(iconv -f UTF-16 -t UTF-8)"]


def test_markdown_nested_too_deep_is_a_warning_and_the_rest_is_checked(tmp_path):
    f = write(tmp_path / "a.md", "> " * 120 + "deep\n\n" + SEED)
    code, out, err = cli([f])
    assert code == 1
    assert err.splitlines() == [f"{f}: warning: line 1: Markdown nested deeper than 100 levels: "
                                "the text inside is not checked"]
    assert f"{f}:3:9: TQ101" in out


def test_the_text_report_reads_each_line_once(tmp_path, monkeypatch):
    """One long line with many findings: the line is cut out of the file once, not once a finding."""
    from tqcheck.documents import Document

    f = write(tmp_path / "a.txt", "He said « yes » , then ; " * 200 + "\n")
    calls = []
    real = Document.line_text
    monkeypatch.setattr(Document, "line_text", lambda self, line: calls.append(line) or real(self, line))
    report = runner.run([str(f)], Config(), jobs=1)
    assert len(report.findings) >= 600 and calls == [1]


def test_a_read_only_file_under_fix_still_shows_its_findings(tmp_path, run_cli):
    # they were hidden: "No files checked", though the file was read and checked
    target = tmp_path / "ro.md"
    target.write_text("He said « hi ».\n", encoding="utf-8")
    target.chmod(0o444)
    try:
        proc = run_cli("check", "--isolated", "--fix", "ro.md")
    finally:
        target.chmod(0o644)
    out = proc.stdout.decode()
    assert proc.returncode == 2 and "read-only file (mode 0444): not fixed" in proc.stderr.decode()
    assert out.count("TQ101") == 2 and "1 file with an error (see errors)." in out
    assert target.read_text(encoding="utf-8") == "He said « hi ».\n"
