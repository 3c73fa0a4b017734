#!/usr/bin/python3
"""File-system cases the golden tests cannot express: device nodes, FIFOs, planted links, racing
writers, signals, read-only and full disks. Every node is made in a scratch directory of the test
(never the real /dev); each step has a timeout, so a regression fails instead of hanging.

    hostile_fs.py SECACTION FIXTURES WORK_DIR CASE

Exit status 0 passed, 1 failed, 77 skipped (ctest SKIP_RETURN_CODE).
"""
import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time

SECACTION, FIXTURES, WORK, CASE = sys.argv[1:5]
TIMEOUT = 60
SKIP = 77


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def run(*args, cwd=None, timeout=TIMEOUT, stdin=subprocess.DEVNULL):
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "SOURCE_DATE_EPOCH")}
    return subprocess.run([SECACTION, *args], cwd=cwd or WORK, capture_output=True, text=True, timeout=timeout,
                          stdin=stdin, env=env)


def fixture(name, to):
    shutil.copy(os.path.join(FIXTURES, name), os.path.join(WORK, to))


def leftovers(directory):
    """Hidden temporary or backup files secaction may have left."""
    return sorted(n for n in os.listdir(directory) if n.startswith(".") and (".tmp-" in n or ".old-" in n))


def expect(result, code, text=None):
    if result.returncode != code or (text is not None and text not in result.stderr):
        fail(f"expected exit {code} with {text!r}; got {result.returncode}\nstdout: {result.stdout[:500]}\nstderr: {result.stderr}")


def need_root():
    if os.geteuid() != 0:
        print("skipped: needs root (mknod, mount)")
        sys.exit(SKIP)


def device_output():
    """-o onto a character device writes to it (no --force needed) and never replaces the node."""
    need_root()
    fixture("self-diagnosis.yaml", "answers.yaml")
    os.mknod(os.path.join(WORK, "null"), stat.S_IFCHR | 0o666, os.makedev(1, 3))
    os.mknod(os.path.join(WORK, "full"), stat.S_IFCHR | 0o666, os.makedev(1, 7))
    os.mknod(os.path.join(WORK, "disk"), stat.S_IFBLK | 0o600, os.makedev(7, 0))
    for extra in ([], ["--force"]):
        expect(run("diagnose", "answers.yaml", "-o", "null", *extra), 0)
        if not stat.S_ISCHR(os.lstat(os.path.join(WORK, "null")).st_mode):
            fail(f"-o null {extra}: the device node was replaced")
    expect(run("diagnose", "answers.yaml", "-o", "full"), 4, "full: error: cannot write: No space left on device")
    expect(run("diagnose", "answers.yaml", "-o", "disk", "--force"), 4, "disk: error: is a block device")
    if not stat.S_ISBLK(os.lstat(os.path.join(WORK, "disk")).st_mode):
        fail("the block device node was replaced")
    # No chart beside a device (null.svg would be written next to it).
    if sorted(os.listdir(WORK)) != ["answers.yaml", "disk", "full", "null"] or leftovers(WORK):
        fail(f"files left: {sorted(os.listdir(WORK))}")
    # policy --out-dir whose draft name is a device: written to, not replaced.
    fixture("policy/profile.yaml", "profile.yaml")
    os.mkdir(os.path.join(WORK, "drafts"))
    os.mknod(os.path.join(WORK, "drafts", "handbook.md"), stat.S_IFCHR | 0o666, os.makedev(1, 3))
    expect(run("policy", "profile.yaml", "--out-dir", "drafts", "--force"), 0)
    if not stat.S_ISCHR(os.lstat(os.path.join(WORK, "drafts", "handbook.md")).st_mode):
        fail("policy --force replaced a device node with a draft")


def fifo_output():
    """-o onto a FIFO sends the report through it; the FIFO stays."""
    fixture("self-diagnosis.yaml", "answers.yaml")
    fifo = os.path.join(WORK, "pipe.md")
    os.mkfifo(fifo)
    received = {}

    def reader():
        with open(fifo, "rb") as f:
            received["data"] = f.read()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    expect(run("diagnose", "answers.yaml", "-o", "pipe.md"), 0)
    thread.join(TIMEOUT)
    if not received.get("data", b"").startswith(b"# "):
        fail(f"the reader got {received.get('data', b'')[:80]!r}")
    if not stat.S_ISFIFO(os.lstat(fifo).st_mode):
        fail("the FIFO was replaced")
    if sorted(os.listdir(WORK)) != ["answers.yaml", "pipe.md"]:
        fail(f"files left: {sorted(os.listdir(WORK))}")


def fifo_input():
    """A FIFO named as an input (or in an evidence file) is refused at once, not waited on."""
    os.mkfifo(os.path.join(WORK, "answers.yaml"))
    expect(run("diagnose", "answers.yaml", timeout=20), 4, "answers.yaml: error: is a FIFO (named pipe), not a regular file")
    os.mkfifo(os.path.join(WORK, "self-diagnosis.yaml"))
    with open(os.path.join(WORK, "evidence.yaml"), "w") as f:
        f.write("schema: secaction.security-action/v1\nself_diagnosis: self-diagnosis.yaml\n")
    expect(run("checklist", "security-action", "--evidence", "evidence.yaml", timeout=20), 4, "is a FIFO (named pipe)")


def overwrite_race():
    """Writers started together on one -o name: exactly one wins, the others say it exists."""
    fixture("self-diagnosis.yaml", "answers.yaml")
    for round_number in range(8):
        target = f"r{round_number}.json"
        processes = [subprocess.Popen([SECACTION, "diagnose", "answers.yaml", "-o", target], cwd=WORK,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for _ in range(4)]
        results = [(p.wait(TIMEOUT), p.stderr.read()) for p in processes]
        winners = [r for r in results if r[0] == 0]
        losers = [r for r in results if r[0] == 4 and "already exists" in r[1]]
        if len(winners) != 1 or len(losers) != len(results) - 1:
            fail(f"round {round_number}: {results}")
    if leftovers(WORK):
        fail(f"temporary files left: {leftovers(WORK)}")


def planted_links():
    """Links planted in --out-dir at the reports' names are replaced, never written through."""
    os.makedirs(os.path.join(WORK, "in"))
    fixture("diagnose-batch/acme.yaml", "in/a.yaml")
    os.makedirs(os.path.join(WORK, "out"))
    with open(os.path.join(WORK, "victim.txt"), "w") as f:
        f.write("keep me\n")
    for name in ("Acme.md", "Acme.svg"):
        os.symlink("../victim.txt", os.path.join(WORK, "out", name))
    expect(run("diagnose", "in", "--out-dir", "out"), 4, "already exists")
    expect(run("diagnose", "in", "--out-dir", "out", "--force"), 0)
    with open(os.path.join(WORK, "victim.txt")) as f:
        if f.read() != "keep me\n":
            fail("a planted link was written through")
    for name in ("Acme.md", "Acme.svg"):
        if os.path.islink(os.path.join(WORK, "out", name)):
            fail(f"{name} is still a link")
    if leftovers(os.path.join(WORK, "out")):
        fail(f"temporary files left: {leftovers(os.path.join(WORK, 'out'))}")


def long_name():
    """A 250-byte output name is fine (the temporary name is cut to fit NAME_MAX)."""
    fixture("self-diagnosis.yaml", "answers.yaml")
    name = "a" * 247 + ".md"
    expect(run("diagnose", "answers.yaml", "--no-chart", "-o", name), 0)
    if sorted(os.listdir(WORK)) != sorted(["answers.yaml", name]):
        fail(f"files: {os.listdir(WORK)}")


def make_batch(count):
    os.makedirs(os.path.join(WORK, "in"))
    with open(os.path.join(FIXTURES, "self-diagnosis.yaml")) as f:
        text = f.read()
    for i in range(count):
        with open(os.path.join(WORK, "in", f"client-{i:05d}.yaml"), "w") as f:
            f.write(text.replace("株式会社サンプル製作所", f"Client {i}", 1))


def interrupted_batch(signal_number, out_exists=False):
    """SIGTERM/SIGINT during an --out-dir/--summary batch: no temporary file is left behind, and
    every report left is whole. A new --out-dir is staged whole beside it (.out.tmp-*), so after
    the signal it does not exist at all; an existing one keeps the whole reports already renamed."""
    make_batch(1500)
    os.makedirs(os.path.join(WORK, "sums"))
    out = os.path.join(WORK, "out")
    if out_exists:
        os.makedirs(out)
    # The default action in the child even if this test was started with the signal ignored.
    process = subprocess.Popen([SECACTION, "diagnose", "in", "--out-dir", "out", "--summary", "sums/all.csv", "-j", "2"],
                               cwd=WORK, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               preexec_fn=lambda: signal.signal(signal_number, signal.SIG_DFL))

    def written_so_far():
        staging = [n for n in os.listdir(WORK) if n.startswith(".out.tmp-")]
        where = out if out_exists else (os.path.join(WORK, staging[0]) if staging else None)
        try:
            return len(os.listdir(where)) if where else 0
        except FileNotFoundError:
            return 0

    deadline = time.time() + TIMEOUT
    while time.time() < deadline and written_so_far() < 40:
        time.sleep(0.01)
    process.send_signal(signal_number)
    code = process.wait(TIMEOUT)
    if code != -signal_number:
        fail(f"exit status {code}, expected death by signal {signal_number} (was the batch already over?)")
    left = leftovers(WORK) + leftovers(os.path.join(WORK, "sums")) + (leftovers(out) if os.path.isdir(out) else [])
    if left:
        fail(f"temporary files or directories left after signal {signal_number}: {left[:5]} ({len(left)})")
    if os.listdir(os.path.join(WORK, "sums")):
        fail(f"a summary was left: {os.listdir(os.path.join(WORK, 'sums'))}")
    if not out_exists:
        if os.path.exists(out):
            fail("a new --out-dir appeared although the batch was stopped")
        return
    if not os.listdir(out):
        fail("no report was in place before the signal")
    for name in os.listdir(out):
        with open(os.path.join(out, name), "rb") as f:
            data = f.read()
        if not data.endswith(b"\n") and not data.endswith(b"</svg>"):
            fail(f"{name} is cut short")


def full_disk_batch():
    """A batch into a new --out-dir on a disk that fills up: exit 4, one error line per report that
    did not fit, and every report there is whole with its chart; no staging directory is left."""
    if private_mount("full-disk-batch"):
        return
    make_batch(60)
    disk = os.path.join(WORK, "disk")
    mount_tmpfs(disk, "512k")
    fill(disk, 200 * 1024)
    result = run("diagnose", "in", "--out-dir", "disk/out", "-j", "2")
    expect(result, 4, "No space left on device")
    out = os.path.join(disk, "out")
    names = sorted(os.listdir(out))
    reports = [n for n in names if n.endswith(".md")]
    if not reports or len(reports) == 60:
        fail(f"expected some reports to fit and some not: {len(reports)} of 60")
    if sorted(n[:-3] for n in reports) != sorted(n[:-4] for n in names if n.endswith(".svg")) or len(names) != 2 * len(reports):
        fail(f"a report without its chart, or a chart without its report: {names}")
    for name in names:
        with open(os.path.join(out, name), "rb") as f:
            data = f.read()
        if not data.endswith(b"\n") and not data.endswith(b"</svg>"):
            fail(f"{name} is cut short")
    if result.stderr.count("No space left on device") != 60 - len(reports):
        fail(f"expected one error line per report that did not fit:\n{result.stderr}")
    if [n for n in os.listdir(disk) if n.startswith(".")]:
        fail(f"left behind: {os.listdir(disk)}")


def private_mount(script):
    """Runs the rest of the case in a private mount namespace (mounts vanish with it)."""
    if os.environ.get("SECACTION_IN_PRIVATE_MOUNT") == "1":
        return False
    need_root()
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        print("skipped: unshare -m is not permitted here")
        sys.exit(SKIP)
    env = dict(os.environ, SECACTION_IN_PRIVATE_MOUNT="1")
    result = subprocess.run(["unshare", "-m", "--propagation", "private", sys.executable, os.path.abspath(__file__),
                             SECACTION, FIXTURES, WORK, script], env=env, timeout=TIMEOUT * 2)
    sys.exit(result.returncode)


def mount_tmpfs(directory, size):
    os.makedirs(directory, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", directory], check=True)


def fill(directory, leave_bytes):
    """Fills the file system of `directory` until about `leave_bytes` are free."""
    fd = os.open(os.path.join(directory, "filler"), os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    size = os.path.getsize(os.path.join(directory, "filler"))
    os.truncate(os.path.join(directory, "filler"), max(0, size - leave_bytes))


def full_disk_policy():
    """policy --out-dir on a disk with room for one draft only: no draft is left, no "wrote"."""
    if private_mount("full-disk-policy"):
        return
    fixture("policy/profile.yaml", "profile.yaml")
    disk = os.path.join(WORK, "disk")
    mount_tmpfs(disk, "256k")
    os.makedirs(os.path.join(disk, "drafts"))
    fill(disk, 12 * 1024)
    result = run("policy", "profile.yaml", "--out-dir", "disk/drafts", "--level", "3")
    expect(result, 4, "No space left on device")
    if "wrote" in result.stdout:
        fail(f"said it wrote: {result.stdout}")
    if os.listdir(os.path.join(disk, "drafts")):
        fail(f"left behind: {os.listdir(os.path.join(disk, 'drafts'))}")


def unwritable_out_dir():
    """A read-only --out-dir: one line per input, in input order, naming the directory, the reason and the input."""
    if private_mount("unwritable-out-dir"):
        return
    os.makedirs(os.path.join(WORK, "in"))
    for name, to in (("diagnose-batch/acme.yaml", "in/a.yaml"), ("diagnose-batch/beta.yaml", "in/b.yaml")):
        fixture(name, to)
    out = os.path.join(WORK, "out")
    mount_tmpfs(out, "64k")
    subprocess.run(["mount", "-o", "remount,ro", out], check=True)
    result = run("diagnose", "in", "--out-dir", "out", "-j", "2")
    lines = result.stderr.splitlines()
    wanted = ["out: error: cannot create: Read-only file system (for in/a.yaml)",
              "out: error: cannot create: Read-only file system (for in/b.yaml)"]
    if result.returncode != 4 or lines[:2] != wanted:
        fail(f"exit {result.returncode}, stderr:\n{result.stderr}")


def empty_names():
    """--out-dir '' and --summary '' are usage errors (exit 2), not a write into the current directory."""
    os.makedirs(os.path.join(WORK, "in"))
    fixture("diagnose-batch/acme.yaml", "in/a.yaml")
    expect(run("diagnose", "in", "--out-dir", ""), 2, "secaction: --out-dir: is empty; give a name")
    expect(run("diagnose", "in", "--summary", ""), 2, "secaction: --summary: is empty; give a name")
    if sorted(os.listdir(WORK)) != ["in"]:
        fail(f"files: {os.listdir(WORK)}")


def control_names():
    """File names with a newline, ESC or a bidi override are printed escaped in every message."""
    name = "a\nb\x1b]0;t\x07\u202e.yaml"
    expect(run("diagnose", name), 4, "a\\nb\\x1b]0;t\\x07\\u202e.yaml: error: cannot read: No such file or directory")
    with open(os.path.join(WORK, name), "w") as f:
        f.write("instrument: self-diagnosis\nanswers: [\n")
    result = run("diagnose", name)
    expect(result, 3, "a\\nb\\x1b]0;t\\x07\\u202e.yaml:3:1: error:")
    if any(c in result.stderr for c in "\x1b\x07\u202e"):
        fail(f"raw control characters on stderr: {result.stderr!r}")


def evidence_link_outside():
    """An answer file reached through a link inside the evidence directory that points outside is refused too."""
    os.makedirs(os.path.join(WORK, "client-a"))
    os.makedirs(os.path.join(WORK, "client-b"))
    fixture("self-diagnosis.yaml", "client-b/self-diagnosis.yaml")
    os.symlink("../client-b/self-diagnosis.yaml", os.path.join(WORK, "client-a", "self-diagnosis.yaml"))
    with open(os.path.join(WORK, "client-a", "security-action.yaml"), "w") as f:
        f.write("self_diagnosis: self-diagnosis.yaml\n")
    expect(run("checklist", "client-a/security-action.yaml"), 3,
           "client-a/security-action.yaml:1:17: error: self_diagnosis: 'self-diagnosis.yaml' is outside the evidence file's directory")
    expect(run("checklist", "client-a/security-action.yaml", "--allow-outside"), 0)


CASES = {
    "evidence-link-outside": evidence_link_outside,
    "control-names": control_names,
    "empty-names": empty_names,
    "device-output": device_output,
    "fifo-output": fifo_output,
    "fifo-input": fifo_input,
    "overwrite-race": overwrite_race,
    "planted-links": planted_links,
    "long-name": long_name,
    "sigterm-batch": lambda: interrupted_batch(signal.SIGTERM),
    "sigint-batch": lambda: interrupted_batch(signal.SIGINT),
    "sigterm-batch-existing-out": lambda: interrupted_batch(signal.SIGTERM, out_exists=True),
    "full-disk-batch": full_disk_batch,
    "full-disk-policy": full_disk_policy,
    "unwritable-out-dir": unwritable_out_dir,
}

if __name__ == "__main__":
    if os.environ.get("SECACTION_IN_PRIVATE_MOUNT") != "1":
        shutil.rmtree(WORK, ignore_errors=True)
        os.makedirs(WORK)
    CASES[CASE]()
