/*===- poll.c - poll_oneoff and the sock_* functions ---------------------===*
 *
 * poll_oneoff: clock subscriptions (REALTIME and MONOTONIC, relative or
 * absolute) and fd_read/fd_write subscriptions, waited for with one ppoll
 * (or clock_nanosleep when there is no descriptor). Subscriptions that fail
 * on their own (a bad descriptor, a clock that cannot be waited on) come
 * back at once as events with their error set.
 *
 * Sockets: only descriptors the host hands in (w2n_wasi_insert_fd) and
 * those sock_accept makes from them; WASI preview 1 cannot create sockets.
 *
 *===----------------------------------------------------------------------===*/

#include "wasi_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

static uint64_t now_ns(clockid_t clk) {
  struct timespec ts;
  clock_gettime(clk, &ts);
  return (uint64_t)ts.tv_sec * UINT64_C(1000000000) + (uint64_t)ts.tv_nsec;
}

static struct timespec ns_ts(uint64_t ns) {
  struct timespec ts;
  ts.tv_sec = (time_t)(ns / UINT64_C(1000000000));
  ts.tv_nsec = (long)(ns % UINT64_C(1000000000));
  return ts;
}

typedef struct sub {
  uint64_t userdata;
  uint8_t type;
  uint16_t error;    /* set: report at once with this error */
  uint64_t deadline; /* clock: CLOCK_MONOTONIC ns */
  int host;          /* fd_read/fd_write */
  uint8_t ftype;
  int pollidx;
} sub;

/* Bytes readable without blocking (the event's nbytes), best effort. */
static uint64_t readable_bytes(int host, uint8_t ftype) {
  if (ftype == WASI_FILETYPE_REGULAR_FILE) {
    struct stat st;
    off_t pos = lseek(host, 0, SEEK_CUR);
    if (fstat(host, &st) == 0 && pos >= 0 && st.st_size > pos)
      return (uint64_t)(st.st_size - pos);
    return 0;
  }
  int avail = 0;
  if (ioctl(host, FIONREAD, &avail) == 0 && avail > 0)
    return (uint64_t)avail;
  return 0;
}

int32_t wasi_poll_oneoff(w2n_instance *inst, int32_t in, int32_t out,
                         int32_t nsubscriptions, int32_t nevents_ptr) {
  w2n_wasi *c = wasi_ctx(inst);
  uint32_t n = (uint32_t)nsubscriptions;
  if (n == 0)
    return WASI_EINVAL;
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, (uint32_t)in, (uint64_t)n * WASI_SUBSCRIPTION_SIZE) ||
      !wmem_ok(m, (uint32_t)out, (uint64_t)n * WASI_EVENT_SIZE) ||
      !wmem_ok(m, (uint32_t)nevents_ptr, 4))
    return WASI_EFAULT;
  sub *subs = calloc(n, sizeof *subs);
  struct pollfd *pfds = calloc(n, sizeof *pfds);
  if (!subs || !pfds) {
    free(subs);
    free(pfds);
    return WASI_ENOMEM;
  }
  int32_t err = WASI_ESUCCESS;
  nfds_t nfds = 0;
  int immediate = 0, clocks = 0;
  uint64_t earliest = UINT64_MAX;
  uint64_t mono = now_ns(CLOCK_MONOTONIC);

  /* Read every subscription before writing any event: `in` and `out` may
   * overlap. */
  const uint8_t *p = wmem_at(m, (uint32_t)in);
  for (uint32_t i = 0; i < n; ++i, p += WASI_SUBSCRIPTION_SIZE) {
    sub *s = &subs[i];
    s->userdata = ld64(p);
    s->type = p[8];
    s->pollidx = -1;
    switch (s->type) {
    case WASI_EVENTTYPE_CLOCK: {
      uint32_t id = ld32(p + 16);
      uint64_t timeout = ld64(p + 24);
      uint16_t flags = ld16(p + 40);
      if (flags & ~WASI_SUBCLOCKFLAG_ABSTIME) {
        s->error = WASI_EINVAL;
      } else if (id == WASI_CLOCK_PROCESS_CPUTIME_ID ||
                 id == WASI_CLOCK_THREAD_CPUTIME_ID) {
        s->error = WASI_ENOTSUP;
      } else if (id != WASI_CLOCK_REALTIME && id != WASI_CLOCK_MONOTONIC) {
        s->error = WASI_EINVAL;
      } else if (!(flags & WASI_SUBCLOCKFLAG_ABSTIME)) {
        s->deadline = timeout > UINT64_MAX - mono ? UINT64_MAX
                                                  : mono + timeout;
      } else if (id == WASI_CLOCK_MONOTONIC) {
        s->deadline = timeout;
      } else {
        uint64_t rt = now_ns(CLOCK_REALTIME);
        uint64_t left = timeout > rt ? timeout - rt : 0;
        s->deadline = left > UINT64_MAX - mono ? UINT64_MAX : mono + left;
      }
      if (s->error) {
        ++immediate;
      } else {
        ++clocks;
        if (s->deadline < earliest)
          earliest = s->deadline;
      }
      break;
    }
    case WASI_EVENTTYPE_FD_READ:
    case WASI_EVENTTYPE_FD_WRITE: {
      int32_t e;
      wasi_fd *f = wasi_fd_get(c, (int32_t)ld32(p + 16),
                               WASI_RIGHT_POLL_FD_READWRITE, &e);
      if (!f) {
        s->error = (uint16_t)e;
        ++immediate;
        break;
      }
      s->host = f->host;
      s->ftype = f->type;
      s->pollidx = (int)nfds;
      pfds[nfds].fd = f->host;
      pfds[nfds].events = s->type == WASI_EVENTTYPE_FD_READ ? POLLIN : POLLOUT;
      ++nfds;
      break;
    }
    default:
      err = WASI_EINVAL;
      goto done;
    }
  }

  uint32_t nevents = 0;
  uint8_t *ev = wmem_at(m, (uint32_t)out);
  for (;;) {
    /* Wait: not at all if something is already to be reported. */
    mono = now_ns(CLOCK_MONOTONIC);
    struct timespec ts, *tsp = NULL;
    if (immediate) {
      ts = ns_ts(0);
      tsp = &ts;
    } else if (clocks) {
      ts = ns_ts(earliest > mono ? earliest - mono : 0);
      tsp = &ts;
    }
    if (nfds > 0) {
      for (nfds_t k = 0; k < nfds; ++k)
        pfds[k].revents = 0;
      if (ppoll(pfds, nfds, tsp, NULL) < 0) {
        if (errno == EINTR)
          continue;
        err = wasi_errno(errno);
        goto done;
      }
    } else if (!immediate && clocks) {
      struct timespec abs = ns_ts(earliest);
      int r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &abs, NULL);
      if (r == EINTR)
        continue;
      if (r != 0) {
        err = wasi_errno(r);
        goto done;
      }
    }
    mono = now_ns(CLOCK_MONOTONIC);
    for (uint32_t i = 0; i < n; ++i) {
      sub *s = &subs[i];
      uint16_t error = s->error;
      uint64_t nbytes = 0;
      uint16_t flags = 0;
      if (!error) {
        if (s->type == WASI_EVENTTYPE_CLOCK) {
          if (mono < s->deadline)
            continue;
        } else {
          short re = pfds[s->pollidx].revents;
          if (!re)
            continue;
          if (re & POLLNVAL) {
            error = WASI_EBADF;
          } else {
            if (re & POLLHUP)
              flags |= WASI_EVENTRWFLAGS_HANGUP;
            if ((re & POLLERR) && !(re & (POLLIN | POLLOUT)))
              error = WASI_EIO;
            else if (s->type == WASI_EVENTTYPE_FD_READ)
              nbytes = readable_bytes(s->host, s->ftype);
          }
        }
      }
      uint8_t *e = ev + (size_t)nevents * WASI_EVENT_SIZE;
      memset(e, 0, WASI_EVENT_SIZE);
      st64(e + 0, s->userdata);
      st16(e + 8, error);
      st8(e + 10, s->type);
      st64(e + 16, nbytes);
      st16(e + 24, flags);
      ++nevents;
    }
    if (nevents > 0)
      break;
    /* Woken early (rounding): wait again for what is left. */
  }
  st32(wmem_at(m, (uint32_t)nevents_ptr), nevents);
done:
  free(subs);
  free(pfds);
  return err;
}

/*===--- Sockets ---------------------------------------------------------------===*/

int32_t wasi_sock_accept(w2n_instance *inst, int32_t fd, int32_t flags,
                         int32_t fd_ptr) {
  w2n_wasi *c = wasi_ctx(inst);
  int32_t err;
  wasi_fd *f = wasi_fd_get(c, fd, WASI_RIGHT_SOCK_ACCEPT, &err);
  if (!f)
    return err;
  if ((uint32_t)flags & ~WASI_FDFLAG_NONBLOCK)
    return WASI_EINVAL;
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, (uint32_t)fd_ptr, 4))
    return WASI_EFAULT;
  int sf = SOCK_CLOEXEC | ((flags & WASI_FDFLAG_NONBLOCK) ? SOCK_NONBLOCK : 0);
  int host;
  do
    host = accept4(f->host, NULL, NULL, sf);
  while (host < 0 && errno == EINTR);
  if (host < 0)
    return wasi_errno(errno);
  struct stat st;
  uint8_t type = WASI_FILETYPE_SOCKET_STREAM;
  if (fstat(host, &st) == 0)
    type = wasi_filetype(host, &st);
  int32_t gfd = wasi_fd_add(c, host, type, WASI_RIGHTS_SOCKET, 0);
  if (gfd < 0) {
    close(host);
    return WASI_ENOMEM;
  }
  st32(wmem_at(m, (uint32_t)fd_ptr), (uint32_t)gfd);
  return WASI_ESUCCESS;
}

int32_t wasi_sock_recv(w2n_instance *inst, int32_t fd, int32_t ri_data,
                       int32_t ri_data_len, int32_t ri_flags,
                       int32_t ro_datalen_ptr, int32_t ro_flags_ptr) {
  w2n_wasi *c = wasi_ctx(inst);
  int32_t err;
  wasi_fd *f = wasi_fd_get(c, fd, WASI_RIGHT_FD_READ, &err);
  if (!f)
    return err;
  uint32_t rf = (uint32_t)ri_flags;
  if (rf & ~(WASI_RIFLAG_RECV_PEEK | WASI_RIFLAG_RECV_WAITALL))
    return WASI_EINVAL;
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, (uint32_t)ro_datalen_ptr, 4) ||
      !wmem_ok(m, (uint32_t)ro_flags_ptr, 2))
    return WASI_EFAULT;
  wasi_iovs v;
  if ((err = wasi_iovs_get(m, (uint32_t)ri_data, (uint32_t)ri_data_len, &v)))
    return err;
  struct msghdr msg;
  memset(&msg, 0, sizeof msg);
  msg.msg_iov = v.iov;
  msg.msg_iovlen = (size_t)v.count;
  int hf = ((rf & WASI_RIFLAG_RECV_PEEK) ? MSG_PEEK : 0) |
           ((rf & WASI_RIFLAG_RECV_WAITALL) ? MSG_WAITALL : 0);
  ssize_t r;
  do
    r = recvmsg(f->host, &msg, hf);
  while (r < 0 && errno == EINTR);
  int saved = errno;
  wasi_iovs_free(&v);
  if (r < 0)
    return wasi_errno(saved);
  st32(wmem_at(m, (uint32_t)ro_datalen_ptr), (uint32_t)r);
  st16(wmem_at(m, (uint32_t)ro_flags_ptr),
       (msg.msg_flags & MSG_TRUNC) ? WASI_ROFLAG_RECV_DATA_TRUNCATED : 0);
  return WASI_ESUCCESS;
}

int32_t wasi_sock_send(w2n_instance *inst, int32_t fd, int32_t si_data,
                       int32_t si_data_len, int32_t si_flags,
                       int32_t so_datalen_ptr) {
  w2n_wasi *c = wasi_ctx(inst);
  int32_t err;
  wasi_fd *f = wasi_fd_get(c, fd, WASI_RIGHT_FD_WRITE, &err);
  if (!f)
    return err;
  if (si_flags != 0)
    return WASI_EINVAL;
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, (uint32_t)so_datalen_ptr, 4))
    return WASI_EFAULT;
  wasi_iovs v;
  if ((err = wasi_iovs_get(m, (uint32_t)si_data, (uint32_t)si_data_len, &v)))
    return err;
  struct msghdr msg;
  memset(&msg, 0, sizeof msg);
  msg.msg_iov = v.iov;
  msg.msg_iovlen = (size_t)v.count;
  ssize_t r;
  do
    r = sendmsg(f->host, &msg, MSG_NOSIGNAL);
  while (r < 0 && errno == EINTR);
  int saved = errno;
  wasi_iovs_free(&v);
  if (r < 0)
    return wasi_errno(saved);
  st32(wmem_at(m, (uint32_t)so_datalen_ptr), (uint32_t)r);
  return WASI_ESUCCESS;
}

int32_t wasi_sock_shutdown(w2n_instance *inst, int32_t fd, int32_t how) {
  w2n_wasi *c = wasi_ctx(inst);
  int32_t err;
  wasi_fd *f = wasi_fd_get(c, fd, WASI_RIGHT_SOCK_SHUTDOWN, &err);
  if (!f)
    return err;
  int h;
  switch (how) {
  case WASI_SDFLAG_RD: h = SHUT_RD; break;
  case WASI_SDFLAG_WR: h = SHUT_WR; break;
  case WASI_SDFLAG_RD | WASI_SDFLAG_WR: h = SHUT_RDWR; break;
  default: return WASI_EINVAL;
  }
  return shutdown(f->host, h) ? wasi_errno(errno) : WASI_ESUCCESS;
}
