# -*- Python -*-
# lit configuration for wasm2native's regression tests.

import os
import sys

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "WASM2NATIVE"


# The test format lives in a module of its own so that lit's worker
# processes can unpickle it.
sys.path.insert(0, os.path.dirname(__file__))
from w2n_lit import ListedXfailShTest, read_expected_failures  # noqa: E402

config.test_format = ListedXfailShTest(
    not llvm_config.use_lit_shell,
    read_expected_failures(
        os.path.join(os.path.dirname(__file__), "expected-failures.txt")))
config.suffixes = [".mlir", ".wat", ".test", ".yaml", ".ll"]
config.excludes = ["Inputs", "CMakeLists.txt", "README.md", "lit.cfg.py",
                   "lit.site.cfg.py", "w2n_lit.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.w2n_obj_root, "test")

llvm_config.use_default_substitutions()
# `not`, `count` and friends come from LLVM's tools directory.
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
config.substitutions.append(("%testsuite", config.testsuite_dir))
config.substitutions.append(("%w2n_src", config.w2n_src_root))
config.substitutions.append(("%w2n_obj", config.w2n_obj_root))
# The C compiler used to build hosts and runtimes in tests.
config.substitutions.append(("%cc", os.path.join(config.llvm_tools_dir, "clang")))

# wabt's tools come from the system PATH (Debian installs them in /usr/bin).
tool_dirs = [config.w2n_tools_dir, config.llvm_tools_dir] + \
    os.environ.get("PATH", "").split(os.pathsep)
tools = [
    "w2n-opt",
    "w2n-llvm-opt",
    "wasm2native",
    "w2n-spec-check",
    "w2n-spec-run",
    ToolSubst("wat2wasm", unresolved="fatal"),
    ToolSubst("wast2json", unresolved="fatal"),
    "yaml2obj",
]
llvm_config.add_tool_substitutions(tools, tool_dirs)

if config.have_testsuite:
    config.available_features.add("testsuite")
