/*===- main.c - main() of executables made by wasm2native ----------------===*
 *
 * `wasm2native app.wasm -o app` links the compiled module (prefix w2n_)
 * with this file, the WASI library and the runtime. It runs the module as a
 * WASI command: argv and stdio are the process's; the file system and the
 * environment are reachable only as granted
 *   - at compile time: wasm2native ... --dir HOST[::GUEST] --env NAME=VALUE
 *     --inherit-env (recorded in the object as w2n_exe_grants), and
 *   - at run time: the environment variable W2N_GRANTS, with the same words
 *     ("--dir /srv::/data --env MODE=fast"), which cannot collide with the
 *     program's own arguments.
 * The exit status is proc_exit's; a trap prints "wasm trap: <kind>" and
 * the function where it happened, and exits with 134.
 *
 *===----------------------------------------------------------------------===*/

#define _POSIX_C_SOURCE 200809L

#include "w2n/runtime.h"
#include "w2n/wasi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

/* Defined by the compiled module. */
void w2n_describe(w2n_module_builder *mb);
/* "--dir\0HOST::GUEST\0--env\0NAME=VALUE\0--inherit-env\0\0": the
 * compile-time grants. */
extern const char w2n_exe_grants[];

typedef struct grants {
  w2n_wasi_preopen *dirs;
  uint32_t num_dirs;
  const char **envs;
  uint32_t num_envs;
  int inherit_env;
} grants;

static void add_dir(grants *g, const char *spec) {
  char *copy = strdup(spec);
  char *sep = strstr(copy, "::");
  const char *guest = copy;
  if (sep) {
    *sep = 0;
    guest = sep + 2;
  }
  g->dirs = realloc(g->dirs, (g->num_dirs + 1) * sizeof *g->dirs);
  g->dirs[g->num_dirs].host_path = copy;
  g->dirs[g->num_dirs].guest_path = guest;
  g->num_dirs++;
}

static void add_env(grants *g, const char *spec) {
  g->envs = realloc(g->envs, (g->num_envs + 1) * sizeof *g->envs);
  g->envs[g->num_envs++] = spec;
}

/* Applies one option word (and its value); returns the words consumed. */
static int apply(grants *g, const char *word, const char *value) {
  if (strcmp(word, "--inherit-env") == 0) {
    g->inherit_env = 1;
    return 1;
  }
  if (!value)
    return 0;
  if (strcmp(word, "--dir") == 0) {
    add_dir(g, value);
    return 2;
  }
  if (strcmp(word, "--env") == 0) {
    add_env(g, value);
    return 2;
  }
  return 0;
}

int main(int argc, char **argv) {
  grants g = {0};
  for (const char *p = w2n_exe_grants; *p;) {
    const char *value = p + strlen(p) + 1;
    int used = apply(&g, p, *value ? value : NULL);
    p = used == 2 ? value + strlen(value) + 1 : p + strlen(p) + 1;
  }
  const char *spec = getenv("W2N_GRANTS");
  if (spec) {
    char *words = strdup(spec);
    char *save = NULL;
    for (char *w = strtok_r(words, " ", &save); w;) {
      char *v = strtok_r(NULL, " ", &save);
      int used = apply(&g, w, v);
      if (used == 0) {
        fprintf(stderr, "%s: error: W2N_GRANTS: unknown option '%s'\n",
                argv[0], w);
        return 1;
      }
      w = used == 2 ? strtok_r(NULL, " ", &save) : v;
    }
  }

  const char **envp = calloc(g.num_envs + 1, sizeof *envp);
  uint32_t n = 0;
  if (g.inherit_env) {
    for (char **e = environ; *e; ++e)
      ++n;
    envp = realloc(envp, (n + g.num_envs + 1) * sizeof *envp);
    n = 0;
    for (char **e = environ; *e; ++e)
      envp[n++] = *e;
  }
  for (uint32_t i = 0; i < g.num_envs; ++i)
    envp[n++] = g.envs[i];
  envp[n] = NULL;

  w2n_module *m = w2n_module_load(w2n_describe);
  if (!m) {
    fprintf(stderr, "%s: error: inconsistent module\n", argv[0]);
    return 1;
  }
  w2n_wasi_config cfg;
  w2n_wasi_config_init(&cfg);
  cfg.argc = argc;
  cfg.argv = (const char *const *)argv;
  cfg.environ = envp;
  cfg.preopens = g.dirs;
  cfg.num_preopens = g.num_dirs;
  char err[256] = "";
  w2n_wasi *wasi = w2n_wasi_new(&cfg, err, sizeof err);
  if (!wasi) {
    fprintf(stderr, "%s: error: %s\n", argv[0], err);
    return 1;
  }
  w2n_extern *imports = calloc(w2n_module_num_imports(m) + 1,
                               sizeof *imports);
  const char *link = w2n_wasi_link(wasi, m, imports);
  if (link) {
    fprintf(stderr, "%s: error: %s\n", argv[0], link);
    return 1;
  }
  const char *error = NULL;
  w2n_trap_info trap = {W2N_TRAP_NONE, NULL};
  w2n_instance *inst = w2n_instantiate(m, imports, &error, &trap);
  if (!inst) {
    if (trap.kind != W2N_TRAP_NONE) {
      fprintf(stderr, "wasm trap: %s\n", trap.message);
      return 134;
    }
    fprintf(stderr, "%s: error: %s\n", argv[0], error ? error : "?");
    return 1;
  }
  w2n_wasi_bind_instance(wasi, inst);
  uint32_t code = 0;
  uint32_t kind = w2n_wasi_start(wasi, inst, &code);
  fflush(stdout);
  if (kind == W2N_WASI_NO_START) {
    fprintf(stderr, "%s: error: the module has no _start function\n",
            argv[0]);
    return 1;
  }
  if (kind != W2N_TRAP_NONE) {
    fprintf(stderr, "wasm trap: %s\n", w2n_trap_message(kind));
    uint32_t index;
    const char *name = NULL;
    if (w2n_trap_location(inst, &index, &name))
      fprintf(stderr, "  in function %u%s%s%s\n", index, name ? " ($" : "",
              name ? name : "", name ? ")" : "");
    return 134;
  }
  return (int)(code & 0xFF);
}
