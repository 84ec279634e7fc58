/* Dense double-precision matrix multiply, C = A * B (n x n, row-major),
 * with the i-k-j loop nest that clang -O2 vectorises natively.
 * Usage: matmul [n]   (default 1024) */
#include <stdio.h>
#include <stdlib.h>

static void matmul(int n, const double* restrict a, const double* restrict b,
                   double* restrict c) {
  for (int i = 0; i < n; i++) {
    double* restrict ci = c + (size_t)i * n;
    for (int j = 0; j < n; j++) ci[j] = 0.0;
    for (int k = 0; k < n; k++) {
      double aik = a[(size_t)i * n + k];
      const double* restrict bk = b + (size_t)k * n;
      for (int j = 0; j < n; j++) ci[j] += aik * bk[j];
    }
  }
}

int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 1024;
  double* a = malloc(sizeof(double) * n * n);
  double* b = malloc(sizeof(double) * n * n);
  double* c = malloc(sizeof(double) * n * n);
  if (!a || !b || !c) return 1;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      a[(size_t)i * n + j] = (double)((i * 7 + j * 3) % 17) / 16.0 - 0.5;
      b[(size_t)i * n + j] = (double)((i * 5 + j * 11) % 13) / 12.0 - 0.25;
    }
  matmul(n, a, b, c);
  /* Multiply again with the result so the work cannot be hoisted. */
  matmul(n, c, a, b);
  double sum = 0.0, diag = 0.0;
  for (size_t i = 0; i < (size_t)n * n; i++) sum += b[i];
  for (int i = 0; i < n; i++) diag += b[(size_t)i * n + i];
  printf("matmul n=%d checksum: %.6e %.6e\n", n, sum, diag);
  free(a), free(b), free(c);
  return 0;
}
