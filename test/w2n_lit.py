"""lit helpers for wasm2native's tests (imported by lit.cfg.py)."""

import lit.formats


def read_expected_failures(path):
    """`lit:<path> <reason>` entries of the project's expected-failures
    list (test/expected-failures.txt, shared with the spec runner)."""
    entries = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("lit:"):
                name, _, reason = line[len("lit:"):].partition(" ")
                entries[name] = reason.strip()
    return entries


class ListedXfailShTest(lit.formats.ShTest):
    """ShTest that expects the tests listed in expected-failures.txt to
    fail, in addition to any XFAIL: lines in the tests themselves."""

    def __init__(self, execute_external, listed):
        super().__init__(execute_external)
        self.listed = listed

    def execute(self, test, lit_config):
        if "/".join(test.path_in_suite) in self.listed:
            test.xfails = test.xfails + ["*"]
        return super().execute(test, lit_config)
