/* Quicksort (median-of-three, insertion sort for small ranges, recursion on
 * the smaller side) of pseudo-random 32-bit ints. Own code rather than libc
 * qsort, whose algorithm differs between glibc and wasi-libc (musl).
 * Usage: quicksort [count]   (default 6000000) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static void insertion(int32_t* a, long lo, long hi) {
  for (long i = lo + 1; i <= hi; i++) {
    int32_t v = a[i];
    long j = i - 1;
    while (j >= lo && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

static void swap(int32_t* a, long i, long j) {
  int32_t t = a[i];
  a[i] = a[j];
  a[j] = t;
}

static void quicksort(int32_t* a, long lo, long hi) {
  while (hi - lo > 16) {
    long mid = lo + (hi - lo) / 2;
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    int32_t pivot = a[mid];
    long i = lo, j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) swap(a, i++, j--);
    }
    if (j - lo < hi - i) {
      quicksort(a, lo, j);
      lo = i;
    } else {
      quicksort(a, i, hi);
      hi = j;
    }
  }
  insertion(a, lo, hi);
}

int main(int argc, char** argv) {
  long n = argc > 1 ? atol(argv[1]) : 6000000;
  int32_t* a = malloc(n * sizeof(int32_t));
  if (!a) return 1;
  uint64_t x = 0x9E3779B97F4A7C15ull; /* splitmix64 */
  for (long i = 0; i < n; i++) {
    uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    a[i] = (int32_t)(z ^ (z >> 31));
  }
  quicksort(a, 0, n - 1);
  uint64_t sum = 0;
  for (long i = 0; i < n; i++) {
    if (i > 0 && a[i - 1] > a[i]) {
      printf("quicksort: not sorted at %ld\n", i);
      return 1;
    }
    sum = sum * 1000003u + (uint32_t)a[i];
  }
  printf("quicksort n=%ld checksum: %016llx min=%d max=%d\n", n,
         (unsigned long long)sum, a[0], a[n - 1]);
  free(a);
  return 0;
}
