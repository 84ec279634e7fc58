/*===- test_wasi_poll_sock.c - poll_oneoff and the sock_* functions -------===*/

#include "wasi_test.h"

#include <sys/un.h>

static uint64_t mono_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

#define MS UINT64_C(1000000)

/* Subscriptions and events (away from the g_read/g_write buffers). */
enum { A_SUBS = 40000, A_EVS = 50000 };

/* Subscription i at A_SUBS. */
static void sub_clock(uint32_t i, uint64_t userdata, uint32_t id,
                      uint64_t timeout, uint16_t flags) {
  uint32_t a = A_SUBS + i * WASI_SUBSCRIPTION_SIZE;
  memset(G(a), 0x5A, WASI_SUBSCRIPTION_SIZE); /* padding is ignored */
  w64(a, userdata);
  w8(a + 8, WASI_EVENTTYPE_CLOCK);
  w32(a + 16, id);
  w64(a + 24, timeout);
  w64(a + 32, 0);
  w16(a + 40, flags);
}

static void sub_fd(uint32_t i, uint64_t userdata, uint8_t type, i32 fd) {
  uint32_t a = A_SUBS + i * WASI_SUBSCRIPTION_SIZE;
  memset(G(a), 0x5A, WASI_SUBSCRIPTION_SIZE);
  w64(a, userdata);
  w8(a + 8, type);
  w32(a + 16, (uint32_t)fd);
}

/* poll_oneoff on n subscriptions at A_SUBS, events to A_EVS. */
static i32 poll_n(uint32_t n, uint32_t *nevents) {
  memset(G(A_EVS), 0xEE, n * WASI_EVENT_SIZE);
  w32(A_OUT, 0xFFFF);
  i32 r = x_poll_oneoff(A_SUBS, A_EVS, (i32)n, A_OUT);
  *nevents = r32(A_OUT);
  return r;
}

/* Event k: its fields. */
static uint64_t ev_user(uint32_t k) { return r64(A_EVS + k * 32); }
static uint16_t ev_err(uint32_t k) { return r16(A_EVS + k * 32 + 8); }
static uint8_t ev_type(uint32_t k) { return r8(A_EVS + k * 32 + 10); }
static uint64_t ev_nbytes(uint32_t k) { return r64(A_EVS + k * 32 + 16); }
static uint16_t ev_flags(uint32_t k) { return r16(A_EVS + k * 32 + 24); }

static void poll_clock(void) {
  uint32_t n;
  uint64_t t0 = mono_ns();
  sub_clock(0, 0x1122334455667788u, WASI_CLOCK_MONOTONIC, 30 * MS, 0);
  CHECK_EQ(poll_n(1, &n), 0);
  uint64_t dt = mono_ns() - t0;
  CHECK(dt >= 30 * MS);
  CHECK(dt < 2000 * MS);
  CHECK_EQ(n, 1);
  CHECK_EQ(ev_user(0), 0x1122334455667788u);
  CHECK_EQ(ev_err(0), 0);
  CHECK_EQ(ev_type(0), WASI_EVENTTYPE_CLOCK);
  CHECK_EQ(r8(A_EVS + 11), 0); /* padding cleared */
  CHECK_EQ(ev_nbytes(0), 0);

  /* Realtime, relative. */
  t0 = mono_ns();
  sub_clock(0, 1, WASI_CLOCK_REALTIME, 20 * MS, 0);
  CHECK_EQ(poll_n(1, &n), 0);
  CHECK(mono_ns() - t0 >= 20 * MS);
  /* Absolute monotonic deadline. */
  t0 = mono_ns();
  sub_clock(0, 2, WASI_CLOCK_MONOTONIC, t0 + 25 * MS,
            WASI_SUBCLOCKFLAG_ABSTIME);
  CHECK_EQ(poll_n(1, &n), 0);
  CHECK(mono_ns() - t0 >= 25 * MS);
  CHECK_EQ(n, 1);
  /* Absolute realtime in the past: at once. */
  t0 = mono_ns();
  sub_clock(0, 3, WASI_CLOCK_REALTIME, 1000, WASI_SUBCLOCKFLAG_ABSTIME);
  CHECK_EQ(poll_n(1, &n), 0);
  CHECK(mono_ns() - t0 < 1000 * MS);
  CHECK_EQ(ev_user(0), 3);
  /* Zero timeout. */
  sub_clock(0, 4, WASI_CLOCK_MONOTONIC, 0, 0);
  CHECK_EQ(poll_n(1, &n), 0);
  CHECK_EQ(n, 1);
  /* Two clocks: only the earlier fires. */
  t0 = mono_ns();
  sub_clock(0, 10, WASI_CLOCK_MONOTONIC, 60 * 1000 * MS, 0);
  sub_clock(1, 11, WASI_CLOCK_MONOTONIC, 10 * MS, 0);
  CHECK_EQ(poll_n(2, &n), 0);
  CHECK(mono_ns() - t0 < 5000 * MS);
  CHECK_EQ(n, 1);
  CHECK_EQ(ev_user(0), 11);
}

static void poll_fds(void) {
  int p[2];
  CHECK(pipe(p) == 0);
  i32 rd = w2n_wasi_insert_fd(T.ctx, p[0]);
  i32 wr = w2n_wasi_insert_fd(T.ctx, p[1]);
  close(p[0]);
  close(p[1]);
  uint32_t n;
  /* Empty pipe: only the clock fires. */
  sub_fd(0, 100, WASI_EVENTTYPE_FD_READ, rd);
  sub_clock(1, 101, WASI_CLOCK_MONOTONIC, 20 * MS, 0);
  CHECK_EQ(poll_n(2, &n), 0);
  CHECK_EQ(n, 1);
  CHECK_EQ(ev_user(0), 101);
  /* Data: the read fires at once with the byte count. */
  CHECK_EQ(g_write(wr, "hello", NULL), 0);
  uint64_t t0 = mono_ns();
  sub_clock(1, 101, WASI_CLOCK_MONOTONIC, 10000 * MS, 0);
  CHECK_EQ(poll_n(2, &n), 0);
  CHECK(mono_ns() - t0 < 5000 * MS);
  CHECK_EQ(n, 1);
  CHECK_EQ(ev_user(0), 100);
  CHECK_EQ(ev_type(0), WASI_EVENTTYPE_FD_READ);
  CHECK_EQ(ev_err(0), 0);
  CHECK_EQ(ev_nbytes(0), 5);
  CHECK_EQ(ev_flags(0), 0);
  /* Write readiness, both at once. */
  sub_fd(1, 200, WASI_EVENTTYPE_FD_WRITE, wr);
  CHECK_EQ(poll_n(2, &n), 0);
  CHECK_EQ(n, 2);
  CHECK_EQ(ev_user(1), 200);
  CHECK_EQ(ev_type(1), WASI_EVENTTYPE_FD_WRITE);
  /* No timeout at all, data ready: returns. */
  CHECK_EQ(poll_n(1, &n), 0);
  CHECK_EQ(n, 1);
  /* Writer closed: hang-up (with the data still there). */
  CHECK_EQ(x_fd_close(wr), 0);
  CHECK_EQ(poll_n(1, &n), 0);
  CHECK_EQ(n, 1);
  CHECK_EQ(ev_flags(0) & WASI_EVENTRWFLAGS_HANGUP, WASI_EVENTRWFLAGS_HANGUP);
  char buf[16];
  CHECK_EQ(g_read(rd, 15, buf), 0);
  CHECK_STR(buf, "hello");
  CHECK_EQ(poll_n(1, &n), 0);
  CHECK_EQ(ev_flags(0), WASI_EVENTRWFLAGS_HANGUP);
  CHECK_EQ(ev_nbytes(0), 0);
}

static void poll_file(void) {
  i32 fd;
  CHECK_EQ(p_open_ro(PRE, "file.txt", &fd), 0);
  CHECK_EQ(x_fd_seek(fd, 4, WASI_WHENCE_SET, A_OUT), 0);
  uint32_t n;
  sub_fd(0, 7, WASI_EVENTTYPE_FD_READ, fd);
  sub_fd(1, 8, WASI_EVENTTYPE_FD_WRITE, fd);
  CHECK_EQ(poll_n(2, &n), 0);
  CHECK_EQ(n, 2);
  CHECK_EQ(ev_nbytes(0), 7); /* 11 - 4 */
  CHECK_EQ(ev_err(1), 0);
}

static void poll_errors(void) {
  uint32_t n;
  CHECK_EQ(x_poll_oneoff(A_SUBS, A_EVS, 0, A_OUT), WASI_EINVAL);
  /* A bad descriptor is an event with an error, at once. */
  uint64_t t0 = mono_ns();
  sub_fd(0, 1, WASI_EVENTTYPE_FD_READ, 99);
  sub_clock(1, 2, WASI_CLOCK_MONOTONIC, 10000 * MS, 0);
  CHECK_EQ(poll_n(2, &n), 0);
  CHECK(mono_ns() - t0 < 5000 * MS);
  CHECK_EQ(n, 1);
  CHECK_EQ(ev_user(0), 1);
  CHECK_EQ(ev_err(0), WASI_EBADF);
  CHECK_EQ(ev_type(0), WASI_EVENTTYPE_FD_READ);
  /* A descriptor without POLL_FD_READWRITE. */
  i32 fd;
  CHECK_EQ(p_open(PRE, 0, "file.txt", 0, WASI_RIGHT_FD_READ, 0, 0, &fd), 0);
  sub_fd(0, 3, WASI_EVENTTYPE_FD_WRITE, fd);
  CHECK_EQ(poll_n(1, &n), 0);
  CHECK_EQ(ev_err(0), WASI_ENOTCAPABLE);
  /* Clocks that cannot be waited on, bad flags. */
  sub_clock(0, 4, WASI_CLOCK_PROCESS_CPUTIME_ID, 1, 0);
  sub_clock(1, 5, 9, 1, 0);
  sub_clock(2, 6, WASI_CLOCK_MONOTONIC, 1, 2);
  CHECK_EQ(poll_n(3, &n), 0);
  CHECK_EQ(n, 3);
  CHECK_EQ(ev_err(0), WASI_ENOTSUP);
  CHECK_EQ(ev_err(1), WASI_EINVAL);
  CHECK_EQ(ev_err(2), WASI_EINVAL);
  /* Unknown event type: the whole call fails. */
  sub_fd(0, 1, 3, 0);
  CHECK_EQ(x_poll_oneoff(A_SUBS, A_EVS, 1, A_OUT), WASI_EINVAL);
  /* Faults: subscriptions, events, nevents. */
  uint32_t end = msize();
  sub_clock(0, 1, WASI_CLOCK_MONOTONIC, 0, 0);
  CHECK_EQ(x_poll_oneoff((i32)end - 47, A_EVS, 1, A_OUT), WASI_EFAULT);
  CHECK_EQ(x_poll_oneoff(A_SUBS, (i32)end - 31, 1, A_OUT), WASI_EFAULT);
  CHECK_EQ(x_poll_oneoff(A_SUBS, A_EVS, 1, (i32)end - 3), WASI_EFAULT);
  CHECK_EQ(x_poll_oneoff(A_SUBS, A_EVS, 0x10000000, A_OUT), WASI_EFAULT);
  CHECK_EQ(x_poll_oneoff(A_SUBS, A_EVS, -1, A_OUT), WASI_EFAULT);
}

static void poll_overlap(void) {
  /* Events written over the subscriptions (in == out). */
  sub_clock(0, 41, WASI_CLOCK_MONOTONIC, 0, 0);
  sub_clock(1, 42, WASI_CLOCK_MONOTONIC, 0, 0);
  CHECK_EQ(x_poll_oneoff(A_SUBS, A_SUBS, 2, A_OUT), 0);
  CHECK_EQ(r32(A_OUT), 2);
  CHECK_EQ(r64(A_SUBS), 41);
  CHECK_EQ(r64(A_SUBS + 32), 42);
}

/*===--- Sockets ----------------------------------------------------------------===*/

static void socketpair_fds(int type, i32 *a, i32 *b) {
  int s[2];
  CHECK(socketpair(AF_UNIX, type | SOCK_CLOEXEC, 0, s) == 0);
  *a = w2n_wasi_insert_fd(T.ctx, s[0]);
  *b = w2n_wasi_insert_fd(T.ctx, s[1]);
  close(s[0]);
  close(s[1]);
}

static i32 send_str(i32 fd, const char *s) {
  uint32_t n = wstr(A_BUF, s);
  wiov(A_IOV, A_BUF, n);
  return x_sock_send(fd, A_IOV, 1, 0, A_OUT);
}

static void send_recv(void) {
  i32 a, b;
  socketpair_fds(SOCK_STREAM, &a, &b);
  CHECK_EQ(x_fd_fdstat_get(a, A_STAT), 0);
  CHECK_EQ(r8(A_STAT), WASI_FILETYPE_SOCKET_STREAM);
  CHECK_EQ(r64(A_STAT + 8), WASI_RIGHTS_SOCKET);
  CHECK_EQ(send_str(a, "hello"), 0);
  CHECK_EQ(r32(A_OUT), 5);
  /* Peek, then read. */
  wiov(A_IOV, A_BUF2, 3);
  wiov(A_IOV + 8, A_BUF2 + 10, 10);
  w16(A_OUT + 8, 0xFFFF);
  CHECK_EQ(x_sock_recv(b, A_IOV, 2, WASI_RIFLAG_RECV_PEEK, A_OUT,
                       A_OUT + 8),
           0);
  CHECK_EQ(r32(A_OUT), 5);
  CHECK_EQ(r16(A_OUT + 8), 0);
  CHECK(memcmp(G(A_BUF2), "hel", 3) == 0);
  CHECK(memcmp(G(A_BUF2 + 10), "lo", 2) == 0);
  memset(G(A_BUF2), 0, 32);
  wiov(A_IOV + 8, A_BUF2 + 10, 2); /* WAITALL: exactly what is there */
  CHECK_EQ(x_sock_recv(b, A_IOV, 2, WASI_RIFLAG_RECV_WAITALL, A_OUT,
                       A_OUT + 8),
           0);
  CHECK_EQ(r32(A_OUT), 5);
  CHECK(memcmp(G(A_BUF2 + 10), "lo", 2) == 0);
  /* fd_read/fd_write work on sockets too. */
  CHECK_EQ(g_write(b, "back", NULL), 0);
  char buf[16];
  CHECK_EQ(g_read(a, 15, buf), 0);
  CHECK_STR(buf, "back");
  /* Flags, faults. */
  CHECK_EQ(x_sock_send(a, A_IOV, 1, 1, A_OUT), WASI_EINVAL);
  CHECK_EQ(x_sock_recv(b, A_IOV, 1, 4, A_OUT, A_OUT + 8), WASI_EINVAL);
  CHECK_EQ(x_sock_send(a, A_IOV, 1, 0, (i32)msize() - 3), WASI_EFAULT);
  CHECK_EQ(x_sock_recv(b, A_IOV, 1, 0, A_OUT, (i32)msize() - 1),
           WASI_EFAULT);
  wiov(A_IOV, msize() - 2, 3);
  CHECK_EQ(x_sock_send(a, A_IOV, 1, 0, A_OUT), WASI_EFAULT);
  CHECK_EQ(x_sock_recv(b, A_IOV, 1, 0, A_OUT, A_OUT + 8), WASI_EFAULT);
  CHECK_EQ(x_sock_send(99, A_IOV, 1, 0, A_OUT), WASI_EBADF);
  /* Not a socket. */
  i32 fd;
  CHECK_EQ(p_open(PRE, 0, "file.txt", 0, RIGHTS_RW, 0, 0, &fd), 0);
  wiov(A_IOV, A_BUF2, 3);
  CHECK_EQ(x_sock_recv(fd, A_IOV, 1, 0, A_OUT, A_OUT + 8), WASI_ENOTSOCK);
  CHECK_EQ(x_sock_send(fd, A_IOV, 1, 0, A_OUT), WASI_ENOTSOCK);
  /* A closed peer: EPIPE, and no SIGPIPE kills the host. */
  CHECK_EQ(x_fd_close(b), 0);
  CHECK_EQ(send_str(a, "x"), WASI_EPIPE);
}

static void dgram_truncated(void) {
  i32 a, b;
  socketpair_fds(SOCK_DGRAM, &a, &b);
  CHECK_EQ(x_fd_fdstat_get(a, A_STAT), 0);
  CHECK_EQ(r8(A_STAT), WASI_FILETYPE_SOCKET_DGRAM);
  CHECK_EQ(send_str(a, "0123456789"), 0);
  wiov(A_IOV, A_BUF2, 4);
  CHECK_EQ(x_sock_recv(b, A_IOV, 1, 0, A_OUT, A_OUT + 8), 0);
  CHECK_EQ(r32(A_OUT), 4);
  CHECK_EQ(r16(A_OUT + 8), WASI_ROFLAG_RECV_DATA_TRUNCATED);
  CHECK(memcmp(G(A_BUF2), "0123", 4) == 0);
}

static void accept_(void) {
  int ls = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  struct sockaddr_un addr;
  memset(&addr, 0, sizeof addr);
  addr.sun_family = AF_UNIX;
  snprintf(addr.sun_path, sizeof addr.sun_path, "%s/sock", T.root);
  CHECK(bind(ls, (struct sockaddr *)&addr, sizeof addr) == 0);
  CHECK(listen(ls, 4) == 0);
  i32 gl = w2n_wasi_insert_fd(T.ctx, ls);
  close(ls);
  CHECK(gl >= 0);
  int client = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  CHECK(connect(client, (struct sockaddr *)&addr, sizeof addr) == 0);
  /* Readable listener: poll says so. */
  uint32_t n;
  sub_fd(0, 9, WASI_EVENTTYPE_FD_READ, gl);
  memset(G(A_EVS), 0, 64);
  CHECK_EQ(x_poll_oneoff(A_SUBS, A_EVS, 1, A_OUT + 16), 0);
  n = r32(A_OUT + 16);
  CHECK_EQ(n, 1);
  w32(A_OUT, 0xFFFFFFFF);
  CHECK_EQ(x_sock_accept(gl, WASI_FDFLAG_NONBLOCK, A_OUT), 0);
  i32 conn = (i32)r32(A_OUT);
  CHECK(conn >= 0 && conn != gl);
  CHECK_EQ(x_fd_fdstat_get(conn, A_STAT), 0);
  CHECK_EQ(r8(A_STAT), WASI_FILETYPE_SOCKET_STREAM);
  CHECK_EQ(r16(A_STAT + 2), WASI_FDFLAG_NONBLOCK);
  CHECK_EQ(write(client, "ping", 4), 4);
  char buf[16];
  CHECK_EQ(g_read(conn, 15, buf), 0);
  CHECK_STR(buf, "ping");
  CHECK_EQ(g_read(conn, 15, buf), WASI_EAGAIN); /* non-blocking */
  CHECK_EQ(send_str(conn, "pong"), 0);
  char hb[16] = {0};
  CHECK_EQ(read(client, hb, sizeof hb - 1), 4);
  CHECK_STR(hb, "pong");
  /* Nothing pending on a non-blocking listener: AGAIN. */
  CHECK_EQ(x_fd_fdstat_set_flags(gl, WASI_FDFLAG_NONBLOCK), 0);
  CHECK_EQ(x_sock_accept(gl, 0, A_OUT), WASI_EAGAIN);
  CHECK_EQ(x_sock_accept(gl, WASI_FDFLAG_APPEND, A_OUT), WASI_EINVAL);
  CHECK_EQ(x_sock_accept(gl, 0, (i32)msize() - 2), WASI_EFAULT);
  CHECK_EQ(x_sock_accept(PRE, 0, A_OUT), WASI_ENOTCAPABLE);
  /* Shutdown: the peer sees end of file. */
  CHECK_EQ(x_sock_shutdown(conn, WASI_SDFLAG_WR), 0);
  CHECK_EQ(read(client, hb, sizeof hb), 0);
  CHECK_EQ(x_sock_shutdown(conn, WASI_SDFLAG_RD | WASI_SDFLAG_WR), 0);
  CHECK_EQ(x_sock_shutdown(conn, 0), WASI_EINVAL);
  CHECK_EQ(x_sock_shutdown(conn, 4), WASI_EINVAL);
  CHECK_EQ(x_sock_shutdown(PRE, WASI_SDFLAG_RD), WASI_ENOTCAPABLE);
  close(client);
}

static void shutdown_read(void) {
  i32 a, b;
  socketpair_fds(SOCK_STREAM, &a, &b);
  CHECK_EQ(x_sock_shutdown(b, WASI_SDFLAG_RD), 0);
  wiov(A_IOV, A_BUF2, 4);
  CHECK_EQ(x_sock_recv(b, A_IOV, 1, 0, A_OUT, A_OUT + 8), 0);
  CHECK_EQ(r32(A_OUT), 0);
}

int main(int argc, char **argv) {
  if (!parse_mode(argc, argv))
    return 0;
  RUN(poll_clock);
  RUN(poll_fds);
  RUN(poll_file);
  RUN(poll_errors);
  RUN(poll_overlap);
  RUN(send_recv);
  RUN(dgram_truncated);
  RUN(accept_);
  RUN(shutdown_read);
  return 0;
}
