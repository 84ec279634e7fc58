/*===- wasi.h - WASI preview 1 (wasi_snapshot_preview1) for Linux hosts ---===*
 *
 * A WASI context holds what a WASI program sees of the host: its arguments,
 * its environment, a table of file descriptors (stdio, preopened
 * directories, descriptors the host hands in) and the memory of the
 * instance it runs in. Every function of wasi_snapshot_preview1 is a host
 * function object (w2n_host_func) whose `inst` is the context.
 *
 * Typical use (one context per instance; see docs/wasi.md):
 *
 *   w2n_wasi_config cfg;
 *   w2n_wasi_config_init(&cfg);
 *   cfg.argc = argc; cfg.argv = argv; cfg.environ = envp;
 *   w2n_wasi_preopen dir = {"/srv/data", "/data"};
 *   cfg.preopens = &dir; cfg.num_preopens = 1;
 *   char err[256];
 *   w2n_wasi *wasi = w2n_wasi_new(&cfg, err, sizeof err);
 *   ...fill `imports` of other modules...
 *   const char *e = w2n_wasi_link(wasi, module, imports);
 *   w2n_instance *inst = w2n_instantiate(module, imports, &error, &trap);
 *   w2n_wasi_bind_instance(wasi, inst);      // its exported "memory"
 *   uint32_t code;
 *   uint32_t trap = w2n_wasi_start(wasi, inst, &code);   // runs "_start"
 *   ...
 *   w2n_instance_free(inst);
 *   w2n_wasi_free(wasi);                     // after every instance using it
 *
 * Sandbox: the guest reaches the file system only through preopened
 * directories, and no path it passes ever resolves outside the directory
 * descriptor it is relative to (`..`, absolute paths and symbolic links that
 * lead outside fail with errno NOTCAPABLE, 76).
 *
 * A context is not thread-safe: use it from one thread at a time.
 *
 *===----------------------------------------------------------------------===*/

#ifndef W2N_WASI_H
#define W2N_WASI_H

#include "w2n/runtime.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The import module name the context provides. */
#define W2N_WASI_MODULE "wasi_snapshot_preview1"

typedef struct w2n_wasi w2n_wasi;

/* A directory the guest may use: the host directory `host_path` appears to
 * the guest as a preopened descriptor named `guest_path` (what
 * fd_prestat_dir_name returns; wasi-libc maps absolute guest paths under it
 * to this descriptor, e.g. "/", "/data", or "." for relative paths). */
typedef struct w2n_wasi_preopen {
  const char *host_path;
  const char *guest_path;
} w2n_wasi_preopen;

/* How path_* calls resolve paths beneath a directory descriptor. */
enum w2n_wasi_resolver {
  /* openat2(RESOLVE_BENEATH) when the kernel has it, else WALK. */
  W2N_WASI_RESOLVE_AUTO = 0,
  /* openat2 only: w2n_wasi_new fails if the kernel lacks it. */
  W2N_WASI_RESOLVE_OPENAT2 = 1,
  /* Component by component with O_NOFOLLOW and readlinkat. */
  W2N_WASI_RESOLVE_WALK = 2
};

typedef struct w2n_wasi_config {
  /* Program arguments (argv[0] is the program name), copied. */
  int argc;
  const char *const *argv;
  /* NULL-terminated "NAME=value" strings, copied; NULL: empty. */
  const char *const *environ;
  /* Preopened directories: guest descriptors 3, 4, ... in this order. */
  const w2n_wasi_preopen *preopens;
  uint32_t num_preopens;
  /* Host descriptors behind guest descriptors 0, 1, 2. The context keeps
   * duplicates (so the guest closing them does not close the host's), but
   * the duplicates share file status flags (O_APPEND, O_NONBLOCK) with the
   * originals. -1: that guest descriptor is not open. */
  int stdin_fd, stdout_fd, stderr_fd;
  /* enum w2n_wasi_resolver. */
  uint32_t resolver;
} w2n_wasi_config;

/* No arguments, empty environment, no preopens, stdio = host 0, 1, 2,
 * W2N_WASI_RESOLVE_AUTO. */
void w2n_wasi_config_init(w2n_wasi_config *cfg);

/* Creates a context. On failure (a preopen that is not a directory, out of
 * memory, ...) returns NULL and writes a message to error[0..error_len). */
w2n_wasi *w2n_wasi_new(const w2n_wasi_config *cfg, char *error,
                       size_t error_len);

/* Closes every descriptor and frees the context and its function objects:
 * call it after freeing every instance linked with it. */
void w2n_wasi_free(w2n_wasi *ctx);

/* Hands a host descriptor (a socket for sock_accept/sock_recv/sock_send/
 * sock_shutdown, a pipe, a file) to the guest. The context keeps a
 * duplicate; the caller still owns host_fd. Returns the guest descriptor
 * (the lowest free one; after the preopens if added after creation) or -1.
 * wasi-libc scans descriptors from 3 upward for preopens and stops at the
 * first that is not one, so insert descriptors after creating the
 * context. */
int32_t w2n_wasi_insert_fd(w2n_wasi *ctx, int host_fd);

/* For each import i of `m` whose module name is "wasi_snapshot_preview1",
 * sets imports[i] to the context's function object of that name; other
 * imports are left untouched. Returns NULL on success, or a message naming
 * every import it cannot provide (unknown function, or not a function);
 * the message stays valid until the next call with this context. Import
 * types are checked by w2n_instantiate ("incompatible import type"). */
const char *w2n_wasi_link(w2n_wasi *ctx, const w2n_module *m,
                          w2n_extern *imports);

/* The function object of WASI function `name` (e.g. "fd_write"), owned by
 * the context, or NULL if there is no such function. */
w2n_func *w2n_wasi_func(w2n_wasi *ctx, const char *name);

/* Names of all provided functions, for i < w2n_wasi_num_funcs(). */
uint32_t w2n_wasi_num_funcs(void);
const char *w2n_wasi_func_name(uint32_t i);

/* The linear memory WASI functions read and write (the instance's exported
 * "memory"). Until it is set every function that takes a pointer returns
 * errno FAULT (21). Not reference-counted: the memory must stay alive while
 * set. */
void w2n_wasi_set_memory(w2n_wasi *ctx, w2n_memory *mem);

/* Sets the memory to `inst`'s export "memory". Returns 1, or 0 if it has no
 * such memory export (the memory is then unset). */
int w2n_wasi_bind_instance(w2n_wasi *ctx, w2n_instance *inst);

/* 1 if the guest called proc_exit (or proc_raise with a terminating
 * signal), with *code set to its exit code; 0 otherwise. */
int w2n_wasi_exited(const w2n_wasi *ctx, uint32_t *code);

/* Runs `inst`'s export "_start" (a WASI command) with w2n_call. Returns
 * W2N_TRAP_NONE and sets *exit_code to 0 if it returned, or to proc_exit's
 * code (a proc_exit is never reported as a trap); returns the trap kind if
 * it trapped (*exit_code unchanged); returns W2N_WASI_NO_START if there is
 * no "_start" function of type () -> (). */
#define W2N_WASI_NO_START UINT32_C(0xFFFFFFFF)
uint32_t w2n_wasi_start(w2n_wasi *ctx, w2n_instance *inst,
                        uint32_t *exit_code);

#ifdef __cplusplus
}
#endif

#endif /* W2N_WASI_H */
