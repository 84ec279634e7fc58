/* Mandelbrot set bitmap (50 iterations, escape radius 2) over
 * [-1.5,0.5] x [-1,1], after the Computer Language Benchmarks Game; the
 * checksum is a hash of the packed 1-bit rows. Usage: mandelbrot [size]
 * (default 3200) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char** argv) {
  int size = argc > 1 ? atoi(argv[1]) : 3200;
  uint64_t hash = 1469598103934665603ull; /* FNV-1a over the bitmap bytes */
  long inside = 0;
  for (int y = 0; y < size; y++) {
    double ci = 2.0 * y / size - 1.0;
    uint8_t bits = 0;
    for (int x = 0; x < size; x++) {
      double cr = 2.0 * x / size - 1.5;
      double zr = 0.0, zi = 0.0, tr = 0.0, ti = 0.0;
      int i = 0;
      for (; i < 50 && tr + ti <= 4.0; i++) {
        zi = 2.0 * zr * zi + ci;
        zr = tr - ti + cr;
        tr = zr * zr;
        ti = zi * zi;
      }
      bits = (uint8_t)(bits << 1) | (i == 50);
      inside += (i == 50);
      if ((x & 7) == 7 || x == size - 1) {
        if ((x & 7) != 7) bits <<= 7 - (x & 7);
        hash = (hash ^ bits) * 1099511628211ull;
        bits = 0;
      }
    }
  }
  printf("mandelbrot size=%d checksum: %016llx inside=%ld\n", size,
         (unsigned long long)hash, inside);
  return 0;
}
