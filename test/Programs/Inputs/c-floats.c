/* printf and strtod of floating-point values for
 * test/Programs/c-floats.test: %f %e %g %a and friends over ordinary
 * values, extremes, subnormals, infinities, NaNs and negative zero, plus
 * the correctly rounded operations (+ - * / sqrt fma, conversions) whose
 * results are exact on every IEEE 754 platform. Library functions that
 * may differ in the last bit between C libraries (sin, exp, pow) are left
 * out on purpose. */
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t bits(double d) {
  uint64_t u;
  memcpy(&u, &d, sizeof u);
  return u;
}

static double from_bits(uint64_t u) {
  double d;
  memcpy(&d, &u, sizeof d);
  return d;
}

/* The sign and kind of a NaN are printed by hand: which NaN an operation
 * produces is not something the C libraries agree on printing. */
static void print_all(const char *name, double d) {
  if (isnan(d)) {
    printf("%-12s nan (%s)\n", name, signbit(d) ? "negative" : "positive");
    return;
  }
  printf("%-12s %%f=%f %%.3f=%.3f %%e=%e %%.0e=%.0e %%g=%g %%.17g=%.17g\n",
         name, d, d, d, d, d, d);
  printf("%-12s %%+12.4g=[%+12.4g] %%-10.2e=[%-10.2e] %%#g=%#g "
         "%%08.2f=[%08.2f] %%E=%E %%G=%G\n",
         "", d, d, d, d, d, d);
  /* C lets %a print a subnormal either normalised (0x1p-1074, musl) or
   * not (0x0.0000000000001p-1022, glibc): only normal values here. */
  if (!isnormal(d) && d != 0 && !isinf(d))
    printf("%-12s subnormal: %%a left out\n", "");
  else
    printf("%-12s %%a=%a %%.3a=%.3a %%A=%A %%.0a=%.0a\n", "", d, d, d, d);
  printf("%-12s bits %016" PRIx64 " float %a\n", "", bits(d), (double)(float)d);
}

int main(void) {
  struct {
    const char *name;
    double value;
  } values[] = {
      {"zero", 0.0},
      {"neg-zero", -0.0},
      {"one", 1.0},
      {"minus-1.5", -1.5},
      {"tenth", 0.1},
      {"third", 1.0 / 3.0},
      {"pi", 3.141592653589793},
      {"big", 1e300},
      {"2^53+1", 9007199254740993.0},
      {"1e21", 1e21},
      {"1e22", 1e22},
      {"123456.789", 123456.789},
      {"0.000123", 0.000123},
      {"half-up", 2.5},
      {"half-even", 0.125},
      {"999999.25", 999999.25},
      {"9.5", 9.5},
      {"dbl-max", DBL_MAX},
      {"dbl-min", DBL_MIN},
      {"dbl-true-min", from_bits(1)},
      {"subnormal", from_bits(0x000fffffffffffffULL)},
      {"sub-mid", 3e-320},
      {"epsilon", DBL_EPSILON},
      {"flt-max", FLT_MAX},
      {"flt-sub", (double)FLT_TRUE_MIN},
      {"inf", INFINITY},
      {"-inf", -INFINITY},
      {"nan", NAN},
      {"-nan", -NAN},
  };
  for (size_t i = 0; i < sizeof values / sizeof *values; ++i)
    print_all(values[i].name, values[i].value);

  /* Widths, precisions and flags on integers and strings next to floats. */
  printf("[%5.1f|%-8.3e|%+.0f|% .2f|%.0f|%.0f|%.0f]\n", 9.96, 12345.678, 0.5,
         1.005, 1.5, 2.5, -0.4);
  printf("[%*.*f|%.*g|%.20f]\n", 12, 4, 2.0 / 3.0, 3, 123456.0, 0.1);
  printf("[%.40f]\n", from_bits(1) * 1e300);
  printf("[%.60e]\n", 1.0 / 3.0);
  printf("[%f] [%.1000g]\n", 1e-5, 5e-324 > 0 ? 0.5 : 0.0);

  /* strtod: correct rounding of decimal input, hex floats, specials. */
  const char *inputs[] = {
      "0.1",  "1e23", "2.2250738585072011e-308", "4.9e-324", "2e-324",
      "1e-400", "1.7976931348623157e308", "1.8e308", "0x1.fffffffffffffp1023",
      "0x1p-1074", "-0", "  +12.5e-1xyz", "inf", "-Infinity", "nan",
      "9007199254740993", "0.30000000000000004",
      "123456789012345678901234567890",
  };
  for (size_t i = 0; i < sizeof inputs / sizeof *inputs; ++i) {
    char *end;
    double d = strtod(inputs[i], &end);
    if (isnan(d))
      printf("strtod(\"%s\") = nan, rest [%s]\n", inputs[i], end);
    else
      printf("strtod(\"%s\") = %.17g (%016" PRIx64 "), rest [%s]\n",
             inputs[i], d, bits(d), end);
  }
  float f = strtof("3.4028235e38", NULL);
  printf("strtof max: %a %.9g\n", (double)f, (double)f);
  f = strtof("1.4e-45", NULL);
  printf("strtof true min: %a\n", (double)f);

  /* Correctly rounded arithmetic through volatile, so the compiler does
   * not fold it and wasm instructions do the work. */
  volatile double a = 0.1, b = 0.2, c = 3.0, z = 0.0, big = 1e308;
  volatile float fa = 16777216.0f, fb = 1.0f;
  printf("0.1+0.2 = %.17g\n", a + b);
  printf("0.1*3 = %.17g\n", a * c);
  printf("1/3 = %.17g\n", 1.0 / c);
  printf("sqrt(2) = %.17g\n", sqrt(c - 1.0));
  printf("sqrt(-1) is nan: %d\n", isnan(sqrt(-c)));
  printf("fma(0.1,3,-0.3) = %a\n", fma(a, c, -0.3));
  printf("big*10 = %f, -big*10 = %f\n", big * 10, -big * 10);
  printf("1/+0 = %f, 1/-0 = %f\n", 1.0 / z, 1.0 / -z);
  printf("0/0 is nan: %d\n", isnan(z / z));
  printf("float 2^24+1 = %.1f\n", (double)(fa + fb));
  printf("float 0.1f = %.17g\n", (double)(float)a);
  printf("(int)-2.9 = %d, (long long)1e18 = %lld, (unsigned)3e9 = %u\n",
         (int)-(c - 0.1), (long long)(big / 1e290), (unsigned)(c * 1e9));
  printf("floor %.1f ceil %.1f trunc %.1f round %.1f rint %.1f nearbyint "
         "%.1f\n",
         floor(-c / 2), ceil(-c / 2), trunc(-c / 2), round(-c / 2),
         rint(-c / 2), nearbyint(c / 2 + 1));
  /* (Which zero fmin/fmax return for -0 and +0 is unspecified.) */
  printf("fmin(-1,2) = %g, fmax(-1,2) = %g, fmin(nan,1) = %g, fmax(1,nan) = "
         "%g\n",
         fmin(-c / 3, c - 1), fmax(-c / 3, c - 1), fmin(z / z, 1.0),
         fmax(1.0, z / z));
  printf("copysign(3,-0) = %g, fabs(-0) sign %d\n", copysign(c, -z),
         signbit(fabs(-z)) != 0);
  printf("frexp: ");
  int e;
  double m = frexp(from_bits(1), &e);
  printf("%g * 2^%d, ", m, e);
  m = frexp(1e300, &e);
  printf("%.17g * 2^%d\n", m, e);
  printf("ldexp(1, -1074) = %016" PRIx64 ", ldexp(1, 1024) = %f\n",
         bits(ldexp(1.0, -1074)), ldexp(1.0, 1024));
  printf("fmod(10, 3) = %g, fmod(-7.5, 2) = %g, remainder(7, 2) = %g\n",
         fmod(c * 10.0 / 3.0 * 1.0, c), fmod(-7.5, c - 1.0),
         remainder(7.0, c - 1.0));
  printf("nextafter(1, 2) = %a, nextafter(0, -1) = %016" PRIx64 "\n",
         nextafter(1.0, 2.0), bits(nextafter(0.0, -1.0)));
  return 0;
}
