/*===- os_posix.c - Memory reservations, signals and stack bounds --------===*
 *
 * Everything OS-specific of the runtime lives here:
 *
 *  - Memory regions. On 64-bit hosts every linear memory is a reservation of
 *    8 GiB + 64 KiB of address space (PROT_NONE, MAP_NORESERVE) whose first
 *    `size` bytes are made readable and writable as the memory grows, so the
 *    base never moves and any access base + u32 address + u32 offset + up to
 *    16 bytes lands inside the reservation: beyond the accessible part it
 *    faults. On 32-bit hosts (UINTPTR_MAX == 0xFFFFFFFF) there is no room for
 *    that: regions are malloc'ed, grow with realloc (the base may move) and
 *    only modules compiled with explicit bounds checks can run.
 *
 *  - Signals. A SIGSEGV/SIGBUS handler, installed once per process on an
 *    alternate signal stack (one per thread, set up lazily), turns a fault
 *    during an active w2n_call into a trap: inside a memory reservation it is
 *    "out of bounds memory access"; in the guard area just below the
 *    thread's stack it is "call stack exhausted". Any other fault goes to
 *    the previously installed handler, or the default action (a real crash
 *    still crashes). Reservations are found through a lock-free registry that
 *    the handler can read.
 *
 *  - Stack bounds: the calling thread's stack low bound (pthread_getattr_np
 *    or the platform equivalent) plus a safety margin is the value of the
 *    instances' W2N_SLOT_STACK_LIMIT slot.
 *
 *===----------------------------------------------------------------------===*/

#include "internal.h"

#include <errno.h>
#include <signal.h>
#include <ucontext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#if defined(__APPLE__)
#include <pthread.h>
#endif

#if UINTPTR_MAX == 0xFFFFFFFFu
#define W2N_USE_MALLOC_REGIONS 1
#else
#define W2N_USE_MALLOC_REGIONS 0
#endif

/* 8 GiB covers u32 address + u32 offset; the extra 64 KiB covers the access
 * size (at most 16 bytes) with room to spare. */
#define W2N_GUARD_RESERVATION (UINT64_C(8) * 1024 * 1024 * 1024 + W2N_PAGE_SIZE)

/* Stack left below W2N_SLOT_STACK_LIMIT for runtime calls, host functions
 * called from Wasm and the frame that detects the limit. */
#define W2N_STACK_MARGIN ((uintptr_t)256 * 1024)

/* Size of each thread's alternate signal stack. */
#define W2N_ALT_STACK_SIZE ((size_t)64 * 1024)

/* A fault this far below the stack low bound is still a stack overflow
 * (covers glibc's guard pages and Linux's stack guard gap). */
#define W2N_STACK_FAULT_WINDOW ((uintptr_t)2 * 1024 * 1024)

/*===--- Registry of reservations (read by the signal handler) ----------===*/

#define REG_CHUNK 128

typedef struct reg_chunk {
  _Atomic(uintptr_t) base[REG_CHUNK];
  _Atomic(uintptr_t) end[REG_CHUNK];
  _Atomic(struct reg_chunk *) next;
} reg_chunk;

/* Chunks are added, never removed; entries are claimed with a CAS on base. */
static reg_chunk reg_head;

#if !W2N_USE_MALLOC_REGIONS
static int registry_add(uintptr_t base, uintptr_t end) {
  reg_chunk *c = &reg_head;
  for (;;) {
    for (unsigned i = 0; i < REG_CHUNK; ++i) {
      uintptr_t expected = 0;
      if (atomic_load_explicit(&c->base[i], memory_order_relaxed) == 0 &&
          atomic_compare_exchange_strong(&c->base[i], &expected, base)) {
        atomic_store(&c->end[i], end);
        return 0;
      }
    }
    reg_chunk *next = atomic_load(&c->next);
    if (!next) {
      reg_chunk *n = calloc(1, sizeof *n);
      if (!n)
        return -1;
      reg_chunk *expected = NULL;
      if (atomic_compare_exchange_strong(&c->next, &expected, n))
        next = n;
      else {
        free(n);
        next = expected;
      }
    }
    c = next;
  }
}

static void registry_remove(uintptr_t base) {
  for (reg_chunk *c = &reg_head; c; c = atomic_load(&c->next))
    for (unsigned i = 0; i < REG_CHUNK; ++i)
      if (atomic_load(&c->base[i]) == base) {
        atomic_store(&c->end[i], 0);
        atomic_store(&c->base[i], 0);
        return;
      }
}

#endif

/* Async-signal-safe. */
static int registry_contains(uintptr_t addr) {
  for (reg_chunk *c = &reg_head; c; c = atomic_load(&c->next))
    for (unsigned i = 0; i < REG_CHUNK; ++i) {
      uintptr_t b = atomic_load_explicit(&c->base[i], memory_order_acquire);
      if (b && addr >= b &&
          addr < atomic_load_explicit(&c->end[i], memory_order_acquire))
        return 1;
    }
  return 0;
}

/*===--- Memory regions ---------------------------------------------------===*/

int w2n_os_guard_regions(void) { return !W2N_USE_MALLOC_REGIONS; }

#if W2N_USE_MALLOC_REGIONS

int w2n_os_region_init(w2n_os_region *r, uint64_t bytes) {
  if (bytes > SIZE_MAX - 1)
    return -1;
  /* Never size 0, so the base is never NULL. */
  r->base = calloc((size_t)bytes + 1, 1);
  if (!r->base)
    return -1;
  r->size = r->reserved = bytes;
  return 0;
}

int w2n_os_region_grow(w2n_os_region *r, uint64_t bytes) {
  if (bytes == r->size)
    return 0;
  if (bytes > SIZE_MAX - 1)
    return -1;
  uint8_t *b = realloc(r->base, (size_t)bytes + 1);
  if (!b)
    return -1;
  memset(b + r->size, 0, (size_t)(bytes - r->size));
  r->base = b;
  r->size = r->reserved = bytes;
  return 0;
}

void w2n_os_region_free(w2n_os_region *r) {
  free(r->base);
  r->base = NULL;
}

#else

int w2n_os_region_init(w2n_os_region *r, uint64_t bytes) {
  if (bytes > W2N_GUARD_RESERVATION - W2N_PAGE_SIZE)
    return -1;
  void *p = mmap(NULL, (size_t)W2N_GUARD_RESERVATION, PROT_NONE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED)
    return -1;
  if (bytes && mprotect(p, (size_t)bytes, PROT_READ | PROT_WRITE) != 0) {
    munmap(p, (size_t)W2N_GUARD_RESERVATION);
    return -1;
  }
  if (registry_add((uintptr_t)p, (uintptr_t)p + W2N_GUARD_RESERVATION) != 0) {
    munmap(p, (size_t)W2N_GUARD_RESERVATION);
    return -1;
  }
  r->base = p;
  r->size = bytes;
  r->reserved = W2N_GUARD_RESERVATION;
  return 0;
}

int w2n_os_region_grow(w2n_os_region *r, uint64_t bytes) {
  if (bytes == r->size)
    return 0;
  if (bytes > r->reserved - W2N_PAGE_SIZE)
    return -1;
  /* Sizes are multiples of 64 KiB, hence of the OS page size. */
  if (mprotect(r->base + r->size, (size_t)(bytes - r->size),
               PROT_READ | PROT_WRITE) != 0)
    return -1;
  r->size = bytes;
  return 0;
}

void w2n_os_region_free(w2n_os_region *r) {
  if (!r->base)
    return;
  registry_remove((uintptr_t)r->base);
  munmap(r->base, (size_t)r->reserved);
  r->base = NULL;
}

#endif

/*===--- Per-thread state ---------------------------------------------------===*/

typedef struct thread_state {
  bool prepared;
  uintptr_t stack_lo, stack_hi; /* 0 if unknown */
  uintptr_t limit;
} thread_state;

static _Thread_local thread_state tls;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_key_t alt_stack_key; /* value: our alt stack mapping */
static struct sigaction old_segv, old_bus;

static void get_stack_bounds(uintptr_t *lo, uintptr_t *hi) {
  *lo = *hi = 0;
#if defined(__APPLE__)
  pthread_t self = pthread_self();
  uintptr_t top = (uintptr_t)pthread_get_stackaddr_np(self);
  size_t size = pthread_get_stacksize_np(self);
  *lo = top - size;
  *hi = top;
#elif defined(__linux__) || defined(__FreeBSD__) || defined(__NetBSD__)
  pthread_attr_t attr;
#if defined(__FreeBSD__)
  pthread_attr_init(&attr);
  if (pthread_attr_get_np(pthread_self(), &attr) != 0)
    return;
#else
  if (pthread_getattr_np(pthread_self(), &attr) != 0)
    return;
#endif
  void *addr = NULL;
  size_t size = 0;
  if (pthread_attr_getstack(&attr, &addr, &size) == 0 && addr && size) {
    *lo = (uintptr_t)addr;
    *hi = (uintptr_t)addr + size;
  }
  pthread_attr_destroy(&attr);
#endif
}

/* Called at thread exit for threads that got our alternate stack. */
static void free_alt_stack(void *mapping) {
  stack_t ss, cur;
  if (sigaltstack(NULL, &cur) == 0 && !(cur.ss_flags & SS_DISABLE) &&
      (uint8_t *)cur.ss_sp == (uint8_t *)mapping + sysconf(_SC_PAGESIZE)) {
    memset(&ss, 0, sizeof ss);
    ss.ss_flags = SS_DISABLE;
    sigaltstack(&ss, NULL);
  }
  munmap(mapping, W2N_ALT_STACK_SIZE + (size_t)sysconf(_SC_PAGESIZE));
}

/* Passes a fault that is not ours to whoever handled it before us. */
static void chain(int sig, siginfo_t *info, void *uctx) {
  const struct sigaction *old = sig == SIGSEGV ? &old_segv : &old_bus;
  if ((old->sa_flags & SA_SIGINFO) && old->sa_sigaction) {
    old->sa_sigaction(sig, info, uctx);
    return;
  }
  if (!(old->sa_flags & SA_SIGINFO) && old->sa_handler != SIG_DFL &&
      old->sa_handler != SIG_IGN) {
    old->sa_handler(sig);
    return;
  }
  /* Default action: restore it; returning re-executes the faulting
   * instruction, which now kills the process. A signal sent by kill() is
   * not re-raised by returning, so raise it again (it stays pending until
   * the handler returns and unblocks it). */
  struct sigaction dfl;
  memset(&dfl, 0, sizeof dfl);
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(sig, &dfl, NULL);
  if (info->si_code <= 0)
    raise(sig);
}

/* Leaves the handler for the innermost w2n_call. The context was saved
 * without the signal mask (sigsetjmp(env, 0): no syscall per call), so the
 * signal, blocked while its handler runs, is unblocked here. */
/* The faulting instruction's address, where the platform tells it. */
static uintptr_t context_pc(void *uctx) {
  ucontext_t *uc = (ucontext_t *)uctx;
  (void)uc;
#if defined(__x86_64__)
  return (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
  return (uintptr_t)uc->uc_mcontext.pc;
#elif defined(__riscv)
  return (uintptr_t)uc->uc_mcontext.__gregs[REG_PC];
#elif defined(__arm__)
  return (uintptr_t)uc->uc_mcontext.arm_pc;
#else
  return 0;
#endif
}

static _Noreturn void unwind_from_handler(int sig, w2n_call_ctx *ctx,
                                          uint32_t kind, void *uctx) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  pthread_sigmask(SIG_UNBLOCK, &set, NULL);
  w2n_rt_unwind_at(ctx, kind, context_pc(uctx));
}

static void fault_handler(int sig, siginfo_t *info, void *uctx) {
  int saved_errno = errno;
  w2n_call_ctx *ctx = w2n_rt_current_call();
  if (ctx && info->si_code > 0) { /* a fault, not kill() */
    uintptr_t addr = (uintptr_t)info->si_addr;
    if (registry_contains(addr))
      unwind_from_handler(sig, ctx, W2N_TRAP_MEMORY_OOB, uctx);
    if (tls.stack_lo && addr < tls.limit &&
        addr + W2N_STACK_FAULT_WINDOW >= tls.stack_lo)
      unwind_from_handler(sig, ctx, W2N_TRAP_STACK_EXHAUSTED, uctx);
  }
  chain(sig, info, uctx);
  errno = saved_errno;
}

static void install_handlers(void) {
  pthread_key_create(&alt_stack_key, free_alt_stack);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = fault_handler;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, &old_segv);
  sigaction(SIGBUS, &sa, &old_bus);
}

static void setup_alt_stack(void) {
  stack_t cur;
  if (sigaltstack(NULL, &cur) != 0)
    return;
  if (!(cur.ss_flags & SS_DISABLE))
    return; /* the host (or a sanitizer) already gave this thread one; the
               handler needs well under a page of it */
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  /* One PROT_NONE page below the stack catches an overflowing handler. */
  uint8_t *m = mmap(NULL, W2N_ALT_STACK_SIZE + page, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (m == MAP_FAILED)
    return;
  mprotect(m, page, PROT_NONE);
  stack_t ss;
  memset(&ss, 0, sizeof ss);
  ss.ss_sp = m + page;
  ss.ss_size = W2N_ALT_STACK_SIZE;
  if (sigaltstack(&ss, NULL) != 0) {
    munmap(m, W2N_ALT_STACK_SIZE + page);
    return;
  }
  pthread_setspecific(alt_stack_key, m);
}

void w2n_os_thread_prepare(void) {
  if (tls.prepared)
    return;
  pthread_once(&once, install_handlers);
  setup_alt_stack();
  uintptr_t lo, hi;
  get_stack_bounds(&lo, &hi);
  if (lo && hi > lo) {
    uintptr_t margin = W2N_STACK_MARGIN;
    if (margin > (hi - lo) / 4)
      margin = (hi - lo) / 4;
    tls.stack_lo = lo;
    tls.stack_hi = hi;
    tls.limit = lo + margin;
  }
  tls.prepared = true;
}

uintptr_t w2n_os_stack_limit(void) {
  /* Entered on some other stack (a fiber, a signal handler): its bounds are
   * unknown, so no limit (0: the generated check never fires). */
#if defined(__GNUC__) || defined(__clang__)
  uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
#else
  volatile char here;
  uintptr_t sp = (uintptr_t)&here;
#endif
  if (!tls.stack_lo || sp <= tls.stack_lo || sp > tls.stack_hi)
    return 0;
  return tls.limit;
}
