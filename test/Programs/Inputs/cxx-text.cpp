// Text processing with the C++ standard library, for
// test/Programs/cxx-text.test: reads stdin, counts words with an
// unordered_map, ranks them with std::sort, groups them with std::map,
// and prints through iostream with manipulators. Also exercises static
// constructors, virtual calls through unique_ptr, std::function,
// std::optional and std::variant. Built with -fno-exceptions (Debian's
// wasm32 libc++ has no exception support).
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace {

// Runs before main: the order of static constructors within one file is
// the order of definition.
struct Registry {
  std::vector<std::string> names;
  Registry() { names.push_back("registry"); }
} registry;

struct Registered {
  explicit Registered(const char *name) { registry.names.push_back(name); }
};
Registered first("first"), second("second");

std::string lower(std::string_view s) {
  std::string out;
  for (char c : s)
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Splits on anything that is not a letter, a digit or an apostrophe.
std::vector<std::string> words_of(const std::string &line) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : line) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'') {
      cur += c;
    } else if (!cur.empty()) {
      out.push_back(lower(cur));
      cur.clear();
    }
  }
  if (!cur.empty())
    out.push_back(lower(cur));
  return out;
}

struct Shape {
  virtual ~Shape() = default;
  virtual double area() const = 0;
  virtual std::string name() const = 0;
};
struct Rect : Shape {
  double w, h;
  Rect(double w, double h) : w(w), h(h) {}
  double area() const override { return w * h; }
  std::string name() const override { return "rect"; }
};
struct Circle : Shape {
  double r;
  explicit Circle(double r) : r(r) {}
  double area() const override { return 3.141592653589793 * r * r; }
  std::string name() const override { return "circle"; }
};

std::optional<int> parse_int(std::string_view s) {
  if (s.empty())
    return std::nullopt;
  int sign = 1;
  size_t i = 0;
  if (s[0] == '-') {
    sign = -1;
    i = 1;
  }
  if (i == s.size())
    return std::nullopt;
  long long v = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9')
      return std::nullopt;
    v = v * 10 + (s[i] - '0');
    if (v > 2147483648LL)
      return std::nullopt;
  }
  v *= sign;
  if (v > 2147483647LL)
    return std::nullopt;
  return static_cast<int>(v);
}

using Token = std::variant<int, double, std::string>;

std::string describe(const Token &t) {
  return std::visit(
      [](const auto &v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        std::ostringstream os;
        if constexpr (std::is_same_v<T, int>)
          os << "int " << v;
        else if constexpr (std::is_same_v<T, double>)
          os << "double " << std::setprecision(10) << v;
        else
          os << "string \"" << v << "\"";
        return os.str();
      },
      t);
}

} // namespace

int main(int argc, char **argv) {
  std::cout << "static constructors:";
  for (const auto &n : registry.names)
    std::cout << ' ' << n;
  std::cout << '\n';

  // Word statistics from stdin.
  std::unordered_map<std::string, int> counts;
  std::map<size_t, std::vector<std::string>> by_length;
  std::string line;
  size_t lines = 0, total_words = 0;
  while (std::getline(std::cin, line)) {
    ++lines;
    for (auto &w : words_of(line)) {
      ++total_words;
      if (counts[w]++ == 0)
        by_length[w.size()].push_back(w);
    }
  }
  std::cout << "lines " << lines << ", words " << total_words << ", distinct "
            << counts.size() << '\n';

  std::vector<std::pair<std::string, int>> ranked(counts.begin(),
                                                  counts.end());
  std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::cout << "top words:\n";
  for (size_t i = 0; i < ranked.size() && i < 8; ++i)
    std::cout << std::setw(4) << ranked[i].second << "  " << std::left
              << std::setw(12) << ranked[i].first << std::right << "|\n";

  std::cout << "by length:\n";
  for (auto &[len, ws] : by_length) {
    std::sort(ws.begin(), ws.end());
    std::cout << "  " << std::setfill('0') << std::setw(2) << len
              << std::setfill(' ') << ":";
    for (size_t i = 0; i < ws.size() && i < 5; ++i)
      std::cout << ' ' << ws[i];
    if (ws.size() > 5)
      std::cout << " (+" << ws.size() - 5 << ")";
    std::cout << '\n';
  }

  // String operations.
  std::string s = "The quick brown fox jumps over the lazy dog";
  std::cout << "find fox: " << s.find("fox") << ", rfind the: "
            << s.rfind("the") << ", npos: "
            << (s.find("cat") == std::string::npos) << '\n';
  std::string t = s;
  std::reverse(t.begin(), t.end());
  std::transform(t.begin(), t.end(), t.begin(),
                 [](unsigned char c) { return std::toupper(c); });
  std::cout << "reversed upper: " << t << '\n';
  s.replace(s.find("quick"), 5, "slow");
  s.insert(0, ">> ");
  std::cout << s.substr(0, 20) << "... size " << s.size() << '\n';
  std::cout << "compare: " << (std::string("abc") < std::string("abd"))
            << (std::string("b") > std::string("abc")) << '\n';

  // Numbers through iostream.
  const double values[] = {0.0, -0.0, 1.0 / 3.0, 2.5, 1e-7, 123456789.0,
                           1e300, -4.75};
  for (double v : values) {
    std::cout << std::defaultfloat << v << " | " << std::fixed
              << std::setprecision(3) << v << " | " << std::scientific
              << std::setprecision(2) << v << " | " << std::defaultfloat
              << std::setprecision(17) << v << std::setprecision(6) << '\n';
  }
  std::cout << std::hex << 255 << ' ' << std::showbase << 255 << ' '
            << std::oct << 8 << std::dec << std::noshowbase << ' ' << -42
            << ' ' << std::boolalpha << true << std::noboolalpha << ' '
            << static_cast<uint64_t>(18446744073709551615ULL) << ' '
            << INT64_MIN << '\n';
  std::cout << "to_string: " << std::to_string(42) << ' ' << std::to_string(-7)
            << ' ' << std::to_string(1.5) << '\n';
  std::istringstream in("12 -3 4.5 word 7");
  int a, b;
  double c;
  std::string w;
  in >> a >> b >> c >> w;
  std::cout << "parsed: " << a + b << ' ' << c * 2 << ' ' << w << '\n';

  // Containers and algorithms.
  std::vector<int> v(20);
  std::iota(v.begin(), v.end(), -5);
  std::stable_partition(v.begin(), v.end(), [](int x) { return x % 3 == 0; });
  std::cout << "partitioned:";
  for (int x : v)
    std::cout << ' ' << x;
  std::cout << "\nsum " << std::accumulate(v.begin(), v.end(), 0)
            << ", max " << *std::max_element(v.begin(), v.end())
            << ", count even "
            << std::count_if(v.begin(), v.end(),
                             [](int x) { return x % 2 == 0; })
            << '\n';
  uint32_t x = 12345;
  std::vector<uint32_t> big;
  for (int i = 0; i < 100000; ++i) {
    x = x * 1664525u + 1013904223u;
    big.push_back(x >> 8);
  }
  std::sort(big.begin(), big.end());
  big.erase(std::unique(big.begin(), big.end()), big.end());
  std::cout << "sorted 100000: unique " << big.size() << ", first "
            << big.front() << ", median " << big[big.size() / 2]
            << ", last " << big.back() << ", binary_search(4242) "
            << std::binary_search(big.begin(), big.end(), 4242u) << '\n';

  // Virtual calls and std::function.
  std::vector<std::unique_ptr<Shape>> shapes;
  shapes.push_back(std::make_unique<Rect>(3, 4));
  shapes.push_back(std::make_unique<Circle>(1));
  shapes.push_back(std::make_unique<Rect>(0.5, 0.25));
  std::sort(shapes.begin(), shapes.end(),
            [](const auto &p, const auto &q) { return p->area() < q->area(); });
  for (const auto &sh : shapes)
    std::cout << sh->name() << ' ' << sh->area() << '\n';
  std::map<std::string, std::function<int(int, int)>> ops = {
      {"add", [](int p, int q) { return p + q; }},
      {"mul", [](int p, int q) { return p * q; }},
      {"sub", std::minus<int>()},
  };
  for (const auto &[name, op] : ops)
    std::cout << name << "(6, 7) = " << op(6, 7) << '\n';

  // optional and variant.
  for (const char *text : {"123", "-2147483648", "2147483648", "12x", ""}) {
    auto r = parse_int(text);
    std::cout << "parse_int(\"" << text << "\") = "
              << (r ? std::to_string(*r) : std::string("nullopt")) << '\n';
  }
  std::vector<Token> tokens = {1, 2.5, std::string("three"), 1e-3};
  for (const auto &tok : tokens)
    std::cout << describe(tok) << '\n';

  // The exit status comes from the first argument, if any.
  return argc > 1 ? parse_int(argv[1]).value_or(99) : 0;
}
