// Files and directories from C++, for test/Programs/cxx-files.test.
// Debian's wasm32 libc++ is built without <filesystem> and <fstream>
// (_LIBCPP_HAS_NO_FILESYSTEM), so the program wraps <cstdio> and <dirent.h>
// in small RAII classes, as C++ code for WASI does. It writes a CSV of
// records in the directory given as argv[1], reads it back, parses it with
// std::from_chars, sorts it, writes a report with std::to_chars (shortest
// round-trip doubles), and lists the directory sorted. Output goes through
// std::printf/std::fputs: cxx-text.cpp covers iostream, whose locale
// machinery would make this program four times as long to compile.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct FileCloser {
  void operator()(std::FILE *f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

File open(const std::string &path, const char *mode) {
  return File(std::fopen(path.c_str(), mode));
}

bool write_all(const std::string &path, std::string_view data) {
  File f = open(path, "wb");
  if (!f)
    return false;
  return std::fwrite(data.data(), 1, data.size(), f.get()) == data.size();
}

std::optional<std::string> read_all(const std::string &path) {
  File f = open(path, "rb");
  if (!f)
    return std::nullopt;
  std::string out;
  char buf[300];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0)
    out.append(buf, n);
  return out;
}

struct DirCloser {
  void operator()(DIR *d) const { closedir(d); }
};

// Sorted names of a directory without "." and "..".
std::vector<std::string> list_dir(const std::string &path) {
  std::vector<std::string> names;
  std::unique_ptr<DIR, DirCloser> d(opendir(path.c_str()));
  if (!d)
    return names;
  while (dirent *e = readdir(d.get())) {
    std::string_view n = e->d_name;
    if (n != "." && n != "..")
      names.emplace_back(n);
  }
  std::sort(names.begin(), names.end());
  return names;
}

struct Record {
  std::string city;
  int year;
  long long population;
  double area_km2;
};

std::string shortest(double d) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d);
  return std::string(buf, r.ptr);
}

std::string fixed(double d, int precision) {
  char buf[400];
  auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed,
                         precision);
  return std::string(buf, r.ptr);
}

template <typename T> std::optional<T> parse_integer(std::string_view s) {
  T v{};
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size())
    return std::nullopt;
  return v;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t pos = s.find(sep, start);
    out.push_back(s.substr(start, pos - start));
    if (pos == std::string_view::npos)
      return out;
    start = pos + 1;
  }
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 2) {
    std::fputs("usage: cxx-files DIR\n", stderr);
    return 2;
  }
  const std::string root = argv[1];
  const std::string dir = root + "/cities";
  std::printf("mkdir: %s\n", mkdir(dir.c_str(), 0755) == 0 ? "ok" : "failed");

  // Generated records, written as CSV with to_chars.
  std::vector<Record> records;
  const char *names[] = {"Aston", "Brill", "Cully", "Dorn", "Eske",
                         "Fenwick", "Gorse", "Holt", "Ivel", "Jarrow"};
  unsigned seed = 2024;
  for (int i = 0; i < 10; ++i) {
    seed = seed * 1103515245u + 12345u;
    Record r{names[i], 1800 + static_cast<int>(seed % 220),
             static_cast<long long>(seed % 900000) * 37 + 1000,
             static_cast<double>(seed % 10000) / 7.0 + 0.1};
    records.push_back(r);
  }
  std::string csv = "city,year,population,area_km2\n";
  for (const auto &r : records) {
    char buf[32];
    csv += r.city + ',';
    csv.append(buf, std::to_chars(buf, buf + sizeof buf, r.year).ptr);
    csv += ',';
    csv.append(buf, std::to_chars(buf, buf + sizeof buf, r.population).ptr);
    csv += ',' + shortest(r.area_km2) + '\n';
  }
  std::printf("write csv: %s, %zu bytes\n",
              write_all(dir + "/cities.csv", csv) ? "ok" : "failed",
              csv.size());

  // Read it back and parse it.
  auto text = read_all(dir + "/cities.csv");
  if (!text) {
    std::puts("read failed");
    return 1;
  }
  std::printf("read back identical: %s\n", *text == csv ? "yes" : "no");
  std::vector<Record> parsed;
  for (auto line : split(*text, '\n')) {
    if (line.empty() || line.substr(0, 5) == "city,")
      continue;
    auto f = split(line, ',');
    auto year = parse_integer<int>(f[1]);
    auto pop = parse_integer<long long>(f[2]);
    double area = std::strtod(std::string(f[3]).c_str(), nullptr);
    if (f.size() != 4 || !year || !pop) {
      std::printf("bad line: %.*s\n", static_cast<int>(line.size()),
                  line.data());
      continue;
    }
    parsed.push_back({std::string(f[0]), *year, *pop, area});
  }
  bool exact = parsed.size() == records.size();
  for (size_t i = 0; exact && i < parsed.size(); ++i)
    exact = parsed[i].area_km2 == records[i].area_km2 &&
            parsed[i].population == records[i].population;
  std::printf("parsed %zu records, round trip exact: %s\n", parsed.size(),
              exact ? "yes" : "no");
  std::printf("parse_integer(\"12a\"): %s, parse_integer(\"99999999999\"): "
              "%s\n",
              parse_integer<int>("12a") ? "value" : "nullopt",
              parse_integer<int>("99999999999") ? "value" : "nullopt");

  // A report sorted by density, one file per century.
  std::sort(parsed.begin(), parsed.end(), [](const Record &a, const Record &b) {
    return a.population / a.area_km2 > b.population / b.area_km2;
  });
  std::map<int, std::string> by_century;
  std::string report;
  for (const auto &r : parsed) {
    std::string line = r.city + " density " +
                       fixed(r.population / r.area_km2, 3) + " side " +
                       shortest(std::sqrt(r.area_km2)) + '\n';
    report += line;
    by_century[r.year / 100 + 1] += line;
  }
  std::fputs(report.c_str(), stdout);
  for (const auto &[century, lines] : by_century) {
    std::string name = dir + "/century-" + std::to_string(century) + ".txt";
    write_all(name, lines);
  }

  // Append, then remove one file and rename another.
  {
    File f = open(dir + "/cities.csv", "ab");
    std::fputs("Kell,1999,1234,5.5\n", f.get());
  }
  std::remove((dir + "/century-19.txt").c_str());
  std::rename((dir + "/cities.csv").c_str(), (dir + "/all.csv").c_str());

  for (const auto &name : list_dir(dir)) {
    struct stat st;
    stat((dir + "/" + name).c_str(), &st);
    std::printf("%s %lld\n", name.c_str(), static_cast<long long>(st.st_size));
  }
  std::printf("missing file: %s\n",
              read_all(dir + "/nope.txt") ? "found" : "not found");
  return parsed.size() == 10 ? 0 : 1;
}
