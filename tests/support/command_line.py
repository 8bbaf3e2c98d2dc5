"""`python -m <module> …` run inside the test process, answered as `subprocess.run` would.

A fresh interpreter spends about two seconds importing a service before it reads its first
argument; the tests' process has imported it already. The command sees what a child process
would: its own argv, environment and working directory, stdout and stderr of its own, and the
interpreter's way of ending (`sys.exit("…")` prints the text and exits 1, an uncaught exception
prints its traceback and exits 1). Everything the command changes in the process that outlives
it (the environment, the working directory, the root logger, structlog's bound context) is put
back afterwards."""

import contextlib
import io
import logging
import os
import runpy
import subprocess
import sys
import traceback
from collections.abc import Iterator, Mapping
from pathlib import Path

import structlog


def python_m(
    module: str, *args: str, cwd: Path, env: Mapping[str, str]
) -> subprocess.CompletedProcess[str]:
    """Runs `python -m module *args` in `cwd` with exactly the environment `env`."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with (
        _as_a_process_of_its_own(module, args, cwd, env),
        contextlib.redirect_stdout(stdout),
        contextlib.redirect_stderr(stderr),
    ):
        returncode = _exit_status(module)
    argv = [sys.executable, "-m", module, *args]
    return subprocess.CompletedProcess(argv, returncode, stdout.getvalue(), stderr.getvalue())


def _exit_status(module: str) -> int:
    """What the interpreter would exit with, having printed what it prints on the way out."""
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    except SystemExit as exit_:
        if exit_.code is None or isinstance(exit_.code, int):
            return exit_.code or 0
        print(exit_.code, file=sys.stderr)
        return 1
    except BaseException:  # the interpreter reports any uncaught exception alike
        traceback.print_exc(file=sys.stderr)
        return 1
    return 0


@contextlib.contextmanager
def _as_a_process_of_its_own(
    module: str, args: tuple[str, ...], cwd: Path, env: Mapping[str, str]
) -> Iterator[None]:
    environment, directory, argv = dict(os.environ), Path.cwd(), sys.argv
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    bound = structlog.contextvars.get_contextvars()
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    sys.argv = [module, *args]
    try:
        yield
    finally:
        sys.argv = argv
        os.chdir(directory)
        os.environ.clear()
        os.environ.update(environment)
        root.handlers[:] = handlers
        root.setLevel(level)
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(**bound)
