"""Runs the programs of test/Programs and records what they did.

  run.py capture PREFIX COMMAND [ARGS...]
      Runs COMMAND with this process's stdin and environment; writes its
      stdout, stderr and exit status to PREFIX.out, PREFIX.err and
      PREFIX.status. Succeeds whatever the status, so that a test can
      compare it with another build's rather than only check zero or not.

  run.py transcript PROGRAM MODE...
      Runs `PROGRAM MODE < /dev/null` once per MODE and prints, for each
      run, its stdout, stderr and exit status, so that one diff or FileCheck
      covers every mode.

A process killed by a signal gets status 128 + the signal number, as a
shell would report it (SIGABRT: 134), but without the shell's "Aborted".
No core files are written.
"""

import os
import resource
import subprocess
import sys

# The programs get the caller's environment: lit.local.cfg sets this only
# to keep Python from adding LC_CTYPE.
ENV = dict(os.environ)
ENV.pop("PYTHONCOERCECLOCALE", None)


def no_core():
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run(argv, stdin, stdout, stderr):
    p = subprocess.run(argv, stdin=stdin, stdout=stdout, stderr=stderr,
                       env=ENV, preexec_fn=no_core)
    return 128 - p.returncode if p.returncode < 0 else p.returncode


def capture(prefix, argv):
    with open(prefix + ".out", "wb") as out, open(prefix + ".err", "wb") as err:
        status = run(argv, None, out, err)
    with open(prefix + ".status", "w") as f:
        f.write("%d\n" % status)


def transcript(program, modes):
    out = sys.stdout.buffer
    for mode in modes:
        p = subprocess.run([program, mode], stdin=subprocess.DEVNULL,
                           capture_output=True, env=ENV, preexec_fn=no_core)
        status = 128 - p.returncode if p.returncode < 0 else p.returncode
        out.write(b"== " + mode.encode() + b"\n" + p.stdout)
        out.write(b"-- stderr\n" + p.stderr)
        out.write(b"-- status %d\n" % status)
    out.flush()


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "capture":
        capture(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) >= 3 and sys.argv[1] == "transcript":
        transcript(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)
