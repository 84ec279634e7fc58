/* Clocks for test/Programs/c-clocks.test. Times differ from run to run, so
 * the program prints only facts that must hold on any correct platform:
 * the monotonic clock never goes back and advances across a sleep, the
 * real-time clock agrees with time() and gettimeofday() and lies in a
 * plausible range, resolutions are positive and fine, CPU time advances
 * while computing, and gmtime/strftime format a fixed instant exactly. */
#include <stdint.h>
#include <stdio.h>
#include <sys/time.h>
#include <time.h>

static int64_t ns(struct timespec t) {
  return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static int64_t now(clockid_t c) {
  struct timespec t;
  if (clock_gettime(c, &t) != 0)
    return -1;
  return ns(t);
}

static const char *verdict(int ok) { return ok ? "ok" : "WRONG"; }

int main(void) {
  struct timespec res;
  int r = clock_getres(CLOCK_MONOTONIC, &res);
  printf("monotonic resolution: %s\n",
         verdict(r == 0 && ns(res) > 0 && ns(res) <= 1000000));
  r = clock_getres(CLOCK_REALTIME, &res);
  printf("realtime resolution: %s\n",
         verdict(r == 0 && ns(res) > 0 && ns(res) <= 1000000));

  /* Never backwards over many reads. */
  int64_t prev = now(CLOCK_MONOTONIC), backwards = 0;
  for (int i = 0; i < 100000; ++i) {
    int64_t t = now(CLOCK_MONOTONIC);
    backwards += t < prev;
    prev = t;
  }
  printf("monotonic never goes back: %s\n", verdict(backwards == 0));

  /* A 20 ms sleep takes at least 20 ms, and less than 10 s. */
  int64_t before = now(CLOCK_MONOTONIC);
  struct timespec req = {0, 20000000};
  r = nanosleep(&req, NULL);
  int64_t slept = now(CLOCK_MONOTONIC) - before;
  printf("nanosleep: %s, slept >= 20 ms: %s\n", verdict(r == 0),
         verdict(slept >= 20000000 && slept < 10000000000LL));

  /* Real time: after 2024-01-01, before 2100-01-01, and time(),
   * gettimeofday() and CLOCK_REALTIME agree within a few seconds. */
  int64_t real = now(CLOCK_REALTIME);
  time_t t = time(NULL);
  struct timeval tv;
  gettimeofday(&tv, NULL);
  printf("realtime plausible: %s\n",
         verdict(real / 1000000000 > 1704067200 &&
                 real / 1000000000 < 4102444800LL));
  printf("time() agrees: %s\n", verdict(t - real / 1000000000 >= -1 &&
                                         t - real / 1000000000 <= 5));
  printf("gettimeofday agrees: %s\n",
         verdict(tv.tv_sec - t >= -1 && tv.tv_sec - t <= 5 &&
                 tv.tv_usec >= 0 && tv.tv_usec < 1000000));

  /* CPU time advances while computing. */
  int64_t cpu0 = now(CLOCK_PROCESS_CPUTIME_ID);
  volatile uint64_t x = 1;
  int64_t spin0 = now(CLOCK_MONOTONIC);
  while (now(CLOCK_MONOTONIC) - spin0 < 30000000)
    for (int i = 0; i < 1000; ++i)
      x = x * 6364136223846793005ULL + 1442695040888963407ULL;
  int64_t cpu1 = now(CLOCK_PROCESS_CPUTIME_ID);
  printf("process cpu time advances: %s\n",
         verdict(cpu0 >= 0 && cpu1 > cpu0));

  /* Calendar arithmetic on a fixed instant. */
  time_t fixed = 1234567890;
  struct tm tm;
  gmtime_r(&fixed, &tm);
  char text[64];
  strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S %a %j", &tm);
  printf("gmtime(1234567890) = %s\n", text);
  fixed = 951782400; /* a leap day */
  gmtime_r(&fixed, &tm);
  strftime(text, sizeof text, "%Y-%m-%d %A week %U", &tm);
  printf("gmtime(951782400) = %s\n", text);
  struct tm back = {.tm_year = 138, .tm_mon = 0, .tm_mday = 19,
                    .tm_hour = 3, .tm_min = 14, .tm_sec = 7};
  printf("timegm(2038-01-19 03:14:07) = %lld\n", (long long)timegm(&back));
  printf("difftime: %.1f\n", difftime((time_t)100, (time_t)40));
  return 0;
}
