// A deterministic generator of workflow-run documents, valid and broken, for
// the differential test (tests/differential_test.cpp) and the corpus dumper
// (tests/tools/flowrun_corpus.cpp).
//
// Documents are built as a small JSON tree, then written in one of three
// layouts (compact, pretty, random white space). A per-document mutation rate
// breaks fields where they are built (enum letters, timestamps, ids, types,
// numbers at the edges, dropped / duplicated / unknown keys, bad strings), and
// some documents are then damaged as text (truncation, stray bytes, trailing
// content, a BOM). Its own PRNG (splitmix64) keeps the sequence identical on
// every platform and standard library.
//
// Example:
//   flowrun_corpus::generator gen(42);
//   for (int i = 0; i < 1000; ++i) {
//     flowrun_corpus::item it = gen.next();
//     use(it.kind, it.text);
//   }
#ifndef FLOWRUN_TESTS_CORPUS_HPP
#define FLOWRUN_TESTS_CORPUS_HPP

#include <flowrun/document.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace flowrun_corpus {

/// What a document is meant to be decoded as.
using doc_kind = flowrun::document_kind;

constexpr std::string_view kind_name(doc_kind k) noexcept { return flowrun::to_string(k); }

struct item {
  doc_kind kind = doc_kind::run;
  std::string text;
};

/// splitmix64 (Steele, Lea, Flood): tiny, fast, and the same everywhere.
class rng {
public:
  explicit rng(std::uint64_t seed) noexcept : s_(seed) {}
  std::uint64_t next() noexcept {
    std::uint64_t z = (s_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// 0 .. n-1 (0 when n is 0); the modulo bias is irrelevant here.
  std::size_t below(std::size_t n) noexcept { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
  /// lo .. hi inclusive.
  int range(int lo, int hi) noexcept { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
  /// True with probability pct / 100.
  bool percent(unsigned pct) noexcept { return below(100) < pct; }
  template <class T, std::size_t N> const T& pick(const T (&a)[N]) noexcept { return a[below(N)]; }

private:
  std::uint64_t s_;
};

/// A JSON value under construction; scalars and keys hold their JSON text.
struct node {
  enum class type : std::uint8_t { scalar, object, array };
  type t = type::scalar;
  std::string text;              // scalar: as written ("\"x\"", "1e5", "null")
  std::vector<std::string> keys; // object: JSON text of each key, quotes included
  std::vector<node> items;       // object: values (parallel to keys); array: elements

  static node scalar(std::string s) {
    node n;
    n.text = std::move(s);
    return n;
  }
  static node object() {
    node n;
    n.t = type::object;
    return n;
  }
  static node array() {
    node n;
    n.t = type::array;
    return n;
  }
  void add(std::string key_json, node v) {
    keys.push_back(std::move(key_json));
    items.push_back(std::move(v));
  }
};

/// Writes a tree in one of three layouts.
class writer {
public:
  enum class layout : std::uint8_t { compact, pretty, random };

  writer(rng& r, layout l) noexcept : r_(r), l_(l) {}

  std::string write(const node& n) {
    out_.clear();
    value(n, 0);
    return std::move(out_);
  }

private:
  void gap() {
    if (l_ != layout::random || !r_.percent(30)) return;
    static constexpr char ws[] = {' ', '\t', '\r', '\n'};
    for (int k = r_.range(1, 3); k > 0; --k) out_ += r_.pick(ws);
  }
  void newline(int indent) {
    if (l_ != layout::pretty) return;
    out_ += '\n';
    out_.append(static_cast<std::size_t>(indent) * 2, ' ');
  }

  void value(const node& n, int indent) {
    gap();
    switch (n.t) {
    case node::type::scalar: out_ += n.text; break;
    case node::type::object:
      out_ += '{';
      for (std::size_t i = 0; i < n.items.size(); ++i) {
        if (i) out_ += ',';
        newline(indent + 1);
        gap();
        out_ += n.keys[i];
        gap();
        out_ += l_ == layout::pretty ? ": " : ":";
        value(n.items[i], indent + 1);
      }
      if (!n.items.empty()) newline(indent);
      gap();
      out_ += '}';
      break;
    case node::type::array:
      out_ += '[';
      for (std::size_t i = 0; i < n.items.size(); ++i) {
        if (i) out_ += ',';
        newline(indent + 1);
        value(n.items[i], indent + 1);
      }
      if (!n.items.empty()) newline(indent);
      gap();
      out_ += ']';
      break;
    }
    gap();
  }

  rng& r_;
  layout l_;
  std::string out_;
};

/// Numbers at the edges: of the grammar, of double, of int64.
inline constexpr std::string_view edge_numbers[] = {
    "0",
    "-0",
    "0.0",
    "-0.0e-0",
    "1",
    "2.0",
    "1e2",
    "1E+2",
    "100e-2",
    "0.1e1",
    "10E-1",
    "2.5",
    "-1",
    "-1.5e-7",
    "1e308",
    "1.7976931348623157e308",
    "1.7976931348623159e308",
    "1e309",
    "1e400",
    "-1e400",
    "1e-400",
    "4.9e-324",
    "2.4703282292062327e-324",
    "0.0001e312",
    "0.0001e313",
    "123456789012345678901234567890",
    "-123456789012345678901234567890",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551615",
    "18446744073709551616",
    "1e2147483647",
    "1e2147483648",
    "1e-2147483649",
    "1e99999999999",
    "0e0",
    "3600",
    "3600.000001",
    "7200",
    "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
};

/// The generator. Each call to next() gives the next document of the seed's sequence.
class generator {
public:
  /// Depth the deep-nesting documents are built around (the default max_depth).
  static constexpr int depth_limit = 256;

  explicit generator(std::uint64_t seed) noexcept : r_(seed) {}

  item next() {
    item it;
    const std::size_t k = r_.below(10);
    it.kind = k < 6 ? doc_kind::run : k < 8 ? doc_kind::page : doc_kind::logs;
    // Per document: valid for both modes, forward-compatible only, or broken
    // at a rate from rare to frequent.
    static constexpr unsigned rates[] = {0, 0, 0, 0, 30, 100, 300, 800};
    rate_ = r_.pick(rates);
    loose_ = r_.percent(40);
    deep_ = r_.percent(3) ? r_.range(depth_limit - 3, depth_limit + 2) : 0;
    node doc = it.kind == doc_kind::run ? run(1) : it.kind == doc_kind::page ? page() : logs_array(1);
    static constexpr writer::layout layouts[] = {writer::layout::compact, writer::layout::compact,
                                                 writer::layout::pretty, writer::layout::random};
    writer w(r_, r_.pick(layouts));
    it.text = w.write(doc);
    if (r_.percent(25)) damage(it.text);
    return it;
  }

private:
  // ---- mutation control ----------------------------------------------------

  // True at the document's rate (in 1/10000): one chance to break something here.
  bool mut() noexcept { return rate_ != 0 && r_.below(10000) < rate_; }

  // Concatenation in a fixed order: `a + f() + g()` leaves the order of the
  // calls (and so of the random draws) to the compiler; a braced list does not.
  static std::string join(std::initializer_list<std::string> parts) {
    std::string s;
    for (const auto& p : parts) s += p;
    return s;
  }

  // ---- strings ---------------------------------------------------------------

  struct text {
    std::string plain; // the unescaped value
    std::string json;  // its JSON spelling, quotes included
  };

  // One piece of a string: its value and a spelling of it.
  void piece(text& t, bool may_break) {
    static constexpr std::string_view letters =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-.,;!?#$%&'()*+<=>@[]^`{|}~";
    if (may_break && mut()) {
      // Broken: lone surrogates, bad UTF-8, raw control characters, bad escapes.
      static constexpr std::string_view bad[] = {
          "\\ud800",  "\\udc00",      "\\ud800\\u0041", "\\ude00\\ud83d",   "\\uDBFF",     "\xff",
          "\xc0\xaf", "\xed\xa0\x80", "\xe2\x82",       "\xf4\x90\x80\x80", "\x80",        "\x01",
          "\t",       "\\x",          "\\u12",          "\\U0041",          "\xf0\x9f\x98"};
      t.json += r_.pick(bad);
      return;
    }
    switch (r_.below(12)) {
    case 0: {
      static constexpr std::pair<std::string_view, std::string_view> esc[] = {
          {"\"", "\\\""},      {"\\", "\\\\"},  {"/", "\\/"},  {"/", "/"},    {"\b", "\\b"},
          {"\f", "\\f"},       {"\n", "\\n"},   {"\r", "\\r"}, {"\t", "\\t"}, {std::string_view("\0", 1), "\\u0000"},
          {"\x1f", "\\u001F"}, {"\x7f", "\x7f"}};
      const auto& e = r_.pick(esc);
      t.plain += e.first;
      t.json += e.second;
      return;
    }
    case 1: {
      static constexpr std::pair<std::string_view, std::string_view> uni[] = {{"\xc3\xa9", "\\u00e9"},
                                                                              {"\xc3\xa9", "\\u00E9"},
                                                                              {"\xe4\xb8\xad", "\\u4e2d"},
                                                                              {"\xe2\x80\xa8", "\\u2028"},
                                                                              {"\xef\xbf\xbf", "\\uffff"},
                                                                              {"\xf0\x9f\x98\x80", "\\ud83d\\ude00"},
                                                                              {"\xf0\x9f\x98\x80", "\\uD83D\\uDE00"},
                                                                              {"\xf4\x8f\xbf\xbf", "\\udbff\\udfff"},
                                                                              {"\xf0\x90\x80\x80", "\\ud800\\udc00"},
                                                                              {"A", "\\u0041"}};
      const auto& u = r_.pick(uni);
      t.plain += u.first;
      t.json += u.second;
      return;
    }
    case 2: {
      static constexpr std::string_view raw[] = {"\xc3\xa9",     "\xe4\xb8\xad", "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf",
                                                 "\xef\xbf\xbf", "\xe2\x82\xac", "\xc2\x80",         "\xed\x9f\xbf"};
      const std::string_view s = r_.pick(raw);
      t.plain += s;
      t.json += s;
      return;
    }
    default: {
      for (int n = r_.range(1, 8); n > 0; --n) {
        const char c = letters[r_.below(letters.size())];
        t.plain += c;
        t.json += c;
      }
      return;
    }
    }
  }

  text string(int max_pieces, bool may_break = true) {
    text t;
    t.json = "\"";
    for (int n = r_.range(0, max_pieces); n > 0; --n) piece(t, may_break);
    t.json += '"';
    return t;
  }

  // A known spelling, sometimes with one character escaped (the same string).
  std::string spell(std::string_view plain) {
    std::string s = "\"";
    const std::size_t esc = (!plain.empty() && r_.percent(5)) ? r_.below(plain.size()) : plain.size();
    for (std::size_t i = 0; i < plain.size(); ++i) {
      if (i == esc) {
        static constexpr char hex[] = "0123456789abcdef";
        const auto c = static_cast<unsigned char>(plain[i]);
        s += "\\u00";
        s += hex[c >> 4];
        s += hex[c & 15];
      } else {
        s += plain[i];
      }
    }
    s += '"';
    return s;
  }

  node str(std::string_view plain) { return node::scalar(spell(plain)); }

  // ---- numbers ---------------------------------------------------------------

  std::string number() {
    switch (r_.below(6)) {
    case 0: return std::string(r_.pick(edge_numbers));
    case 1: {
      const int shift = r_.range(1, 63);
      const auto magnitude = static_cast<std::int64_t>(r_.next() >> shift);
      return std::to_string(r_.percent(50) ? magnitude : -magnitude);
    }
    case 2: return join({std::to_string(r_.range(-1000, 1000)), ".", std::to_string(r_.range(0, 999999))});
    case 3:
      return join({std::to_string(r_.range(1, 9)), r_.percent(50) ? "e" : "E",
                   r_.percent(30)   ? "-"
                   : r_.percent(30) ? "+"
                                    : "",
                   std::to_string(r_.range(0, 400))});
    default: return std::to_string(r_.range(0, 100000));
    }
  }

  // ---- free JSON (raw values, unknown keys) ------------------------------------

  // A value at `depth` (root = 1).
  node any(int depth, int budget) {
    const std::size_t k = r_.below(budget > 0 ? 10 : 7);
    switch (k) {
    case 0:
    case 1: return node::scalar(string(6).json);
    case 2:
    case 3: return node::scalar(number());
    case 4: return node::scalar(r_.percent(50) ? "true" : "false");
    case 5: return node::scalar("null");
    case 6: return node::scalar(string(2).json);
    case 7:
    case 8: return raw_object(depth, budget - 1);
    default: {
      node a = node::array();
      for (int n = r_.range(0, 4); n > 0; --n) a.items.push_back(any(depth + 1, budget - 1));
      return a;
    }
    }
  }

  // An object of free members at `depth`; keys are unique unless broken.
  node raw_object(int depth, int budget) {
    node o = node::object();
    std::set<std::string> seen;
    for (int n = r_.range(0, 5); n > 0; --n) {
      text k = string(3);
      if (!seen.insert(k.plain).second) continue;
      o.add(k.json, any(depth + 1, budget));
    }
    if (!o.items.empty() && mut()) {
      // A duplicate key, spelled the same or escaped differently.
      const std::size_t i = r_.below(o.items.size());
      o.add(o.keys[i], any(depth + 1, 0));
    }
    if (deep_ && r_.percent(20)) {
      o.add("\"deep\"", nest(depth + 1, deep_));
      deep_ = 0;
    }
    return o;
  }

  // Containers from `depth` down to `target` (absolute depth, root = 1).
  node nest(int depth, int target) {
    node inner = r_.percent(50) ? node::array() : node::object();
    node* cur = &inner;
    for (int d = depth; d < target; ++d) {
      node next = r_.percent(50) ? node::array() : node::object();
      if (cur->t == node::type::array)
        cur->items.push_back(std::move(next));
      else
        cur->add("\"d\"", std::move(next));
      cur = &cur->items.back();
    }
    return inner;
  }

  // ---- typed values --------------------------------------------------------------

  // A value at `depth` of some other JSON type, for wrong_type.
  node other(int depth) {
    switch (r_.below(6)) {
    case 0: return node::scalar(number());
    case 1: return node::scalar(string(2).json);
    case 2: return node::scalar(r_.percent(50) ? "true" : "false");
    case 3: return node::scalar("null");
    case 4: return node::array();
    default: return raw_object(depth, 0);
    }
  }

  std::string id_body() {
    static constexpr std::string_view alnum = "0123456789abcdefghijklmnopqrstuvwxyz";
    const int len = r_.percent(40) ? 16 : r_.percent(50) ? 26 : r_.range(1, 64);
    std::string s;
    for (int i = 0; i < len; ++i) s += alnum[r_.below(alnum.size())];
    return s;
  }

  node id(std::string_view prefix, int depth) {
    if (mut()) {
      switch (r_.below(8)) {
      case 0: return str(std::string(prefix) + "A" + id_body());
      case 1: return str(std::string(prefix == "fl_run_" ? "fl_log_" : "fl_run_") + id_body());
      case 2: return str(prefix);
      case 3: return str(std::string(prefix) + std::string(65, 'a'));
      case 4: return str(std::string(prefix) + "a-1");
      case 5: return node::scalar("\"" + std::string(prefix) + "\xc3\xa9\"");
      case 6: return str("fl_" + id_body());
      default: return other(depth);
      }
    }
    return str(std::string(prefix) + id_body());
  }

  node status(bool log, int depth) {
    static constexpr std::string_view runs[] = {"pending", "running", "completed", "failed", "awaiting_ui_interaction"};
    static constexpr std::string_view logs[] = {"success", "error", "warning"};
    std::string s(log ? r_.pick(logs) : r_.pick(runs));
    if (mut()) {
      switch (r_.below(6)) {
      case 0: {
        const std::size_t i = r_.below(s.size());
        s[i] = static_cast<char>(s[i] ^ 0x20); // flip the case of one letter
        break;
      }
      case 1: s.erase(r_.below(s.size()), 1); break;
      case 2: s += ' '; break;
      case 3: s = log ? "completed" : "success"; break;
      case 4: {
        const std::size_t i = r_.below(s.size());
        s[i] = static_cast<char>('a' + r_.below(26));
        break;
      }
      default: return other(depth);
      }
    }
    return str(s);
  }

  static std::string two(int v) {
    std::string s = std::to_string(v);
    return s.size() < 2 ? "0" + s : s;
  }

  std::string timestamp_text() {
    static constexpr std::string_view fixed[] = {
        "2025-10-31T12:00:00.000000Z",   "2023-11-07T05:31:56Z",           "1998-12-31T23:59:60Z",
        "1998-12-31T15:59:60.123-08:00", "2016-12-31T23:59:60.5z",         "2000-02-29T00:00:00+05:30",
        "0000-01-01T00:00:00Z",          "9999-12-31T23:59:59.999999999Z", "2025-10-31t12:00:00.1234567891234z"};
    if (r_.percent(15)) return std::string(r_.pick(fixed));
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int year = r_.percent(80) ? r_.range(2020, 2026) : r_.range(0, 9999);
    const int month = r_.range(1, 12);
    const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    const int day = r_.range(1, days[month - 1] + (month == 2 && leap ? 1 : 0));
    std::string year_s = std::to_string(year);
    year_s.insert(0, 4 - year_s.size(), '0');
    std::string s = join({year_s, "-", two(month), "-", two(day), r_.percent(90) ? "T" : "t", two(r_.range(0, 23)), ":",
                          two(r_.range(0, 59)), ":", two(r_.range(0, 59))});
    if (r_.percent(60)) {
      s += '.';
      for (int n = r_.percent(70) ? 6 : r_.range(1, 12); n > 0; --n) s += static_cast<char>('0' + r_.below(10));
    }
    if (r_.percent(70))
      s += r_.percent(95) ? "Z" : "z";
    else
      s += join({r_.percent(50) ? "+" : "-", two(r_.range(0, 23)), ":", two(r_.range(0, 59))});
    return s;
  }

  node timestamp(int depth) {
    std::string s = timestamp_text();
    if (!mut()) return str(s);
    // Break one field (positions of YYYY-MM-DDThh:mm:ss).
    switch (r_.below(14)) {
    case 0: s.replace(5, 2, r_.percent(50) ? "13" : "00"); break;
    case 1: s.replace(8, 2, "32"); break;
    case 2: s.replace(0, 10, r_.percent(50) ? "1900-02-29" : "2025-04-31"); break;
    case 3: s.replace(11, 2, "24"); break;
    case 4: s.replace(14, 2, "60"); break;
    case 5: s.replace(17, 2, r_.percent(50) ? "61" : "60"); break;
    case 6: s[10] = ' '; break;
    case 7: s = s.substr(0, 19); break;
    case 8: s += r_.percent(50) ? "x" : "Z"; break;
    case 9: s.insert(0, "1"); break;
    case 10: s.replace(19, std::string::npos, ".Z"); break;
    case 11: s.replace(19, std::string::npos, r_.percent(50) ? "+24:00" : "-05:60"); break;
    case 12: s.replace(2, 1, "\xef\xbc\x92"); break; // a full-width digit
    default: return other(depth);
    }
    return str(s);
  }

  node nullable_string(int depth) {
    if (mut()) return other(depth);
    return r_.percent(50) ? node::scalar("null") : node::scalar(string(8).json);
  }

  node nullable_timestamp(int depth) {
    if (r_.percent(30)) return mut() ? other(depth) : node::scalar("null");
    return timestamp(depth);
  }

  node duration(int depth) {
    if (mut()) return r_.percent(70) ? node::scalar(std::string(r_.pick(edge_numbers))) : other(depth);
    switch (r_.below(5)) {
    case 0: return node::scalar("null");
    case 1: return node::scalar(std::to_string(r_.range(0, 3600)));
    case 2: return node::scalar(join({std::to_string(r_.range(0, 7200)), ".", std::to_string(r_.range(0, 999))}));
    case 3: return node::scalar(join({std::to_string(r_.range(1, 9)), "e", std::to_string(r_.range(0, 3))}));
    default: return node::scalar(std::to_string(r_.range(0, 100)) + ".5");
    }
  }

  node integer(int min, int max, int depth) {
    if (mut()) return r_.percent(70) ? node::scalar(std::string(r_.pick(edge_numbers))) : other(depth);
    const int v = r_.range(min, max);
    return node::scalar(r_.percent(10) ? std::to_string(v) + ".0" : std::to_string(v));
  }

  // ---- typed objects ---------------------------------------------------------------

  // Adds a field: always in strict documents, mostly in loose ones (absent reads as null).
  template <class F> void field(node& o, std::string_view key, bool optional, F make) {
    if ((optional || loose_) && r_.percent(optional ? 50 : 15)) return;
    std::string k = spell(key);
    o.add(std::move(k), make());
  }

  // Object-level damage and looseness: unknown keys, dropped, repeated and
  // shuffled members. `depth` is that of the member values.
  void members(node& o, int depth) {
    if (loose_ && r_.percent(30)) {
      static constexpr std::string_view extra[] = {"extra", "version", "meta", "links", "x-trace", "data"};
      const std::string k(r_.pick(extra));
      bool clash = false;
      for (const auto& key : o.keys) clash = clash || key == "\"" + k + "\"";
      if (!clash) {
        std::string spelled = spell(k);
        o.add(std::move(spelled), any(depth, 2));
      }
    }
    if (!o.items.empty() && mut()) {
      const std::size_t i = r_.below(o.items.size());
      o.keys.erase(o.keys.begin() + static_cast<std::ptrdiff_t>(i));
      o.items.erase(o.items.begin() + static_cast<std::ptrdiff_t>(i));
    }
    if (!o.items.empty() && mut()) {
      const std::size_t i = r_.below(o.items.size());
      node v = r_.percent(50) ? o.items[i] : any(depth, 1);
      o.add(o.keys[i], std::move(v));
    }
    if (mut()) {
      std::string k = spell("unknown_" + std::to_string(r_.below(4)));
      o.add(std::move(k), any(depth, 1));
    }
    if (o.items.size() > 1 && (mut() || r_.percent(10))) {
      for (std::size_t i = o.items.size() - 1; i > 0; --i) {
        const std::size_t j = r_.below(i + 1);
        std::swap(o.keys[i], o.keys[j]);
        std::swap(o.items[i], o.items[j]);
      }
    }
  }

  node log(int depth) {
    node o = node::object();
    const int d = depth + 1; // depth of the members' values
    field(o, "id", false, [&] { return id("fl_log_", d); });
    field(o, "node_id", false, [&] {
      if (mut()) return r_.percent(50) ? str("") : other(d);
      static constexpr std::string_view nodes[] = {"n1", "n2", "node_1", "webhook-3", "N 4", "fl_run_x"};
      return r_.percent(80) ? str(r_.pick(nodes)) : node::scalar(string(4, false).json);
    });
    field(o, "component_id", false, [&] { return nullable_string(d); });
    field(o, "status", false, [&] { return status(true, d); });
    field(o, "output", false, [&] { return mut() ? other(d) : raw_object(d, r_.range(0, 4)); });
    field(o, "created_at", false, [&] { return timestamp(d); });
    field(o, "execution_id", true, [&] { return id("fl_run_", d); });
    members(o, d);
    return o;
  }

  node logs_array(int depth) {
    node a = node::array();
    const int n = r_.percent(10) ? r_.range(6, 20) : r_.range(0, 5);
    for (int i = 0; i < n; ++i) a.items.push_back(mut() ? other(depth + 1) : log(depth + 1));
    return a;
  }

  node run(int depth) {
    node o = node::object();
    const int d = depth + 1;
    field(o, "id", false, [&] { return id("fl_run_", d); });
    field(o, "status", false, [&] { return status(false, d); });
    field(o, "error_message", false, [&] { return nullable_string(d); });
    field(o, "started_at", false, [&] { return timestamp(d); });
    field(o, "completed_at", false, [&] { return nullable_timestamp(d); });
    field(o, "duration_in_seconds", false, [&] { return duration(d); });
    field(o, "logs", true, [&] { return mut() ? other(d) : logs_array(d); });
    field(o, "trigger_payload", true, [&] { return mut() ? other(d) : raw_object(d, 2); });
    field(o, "created_at", true, [&] { return timestamp(d); });
    field(o, "workflow", true, [&] { return mut() ? other(d) : raw_object(d, 3); });
    members(o, d);
    return o;
  }

  node page() {
    node o = node::object();
    node data = node::array();
    const int runs = r_.range(0, 4);
    for (int i = 0; i < runs; ++i) data.items.push_back(mut() ? other(3) : run(3));
    // per_page mostly consistent with data, sometimes not.
    const int per_page = r_.percent(80) ? std::max(runs, 1) + r_.range(0, 14) : std::max(runs - 1, 1);
    field(o, "data", false, [&] { return mut() ? other(2) : std::move(data); });
    field(o, "links", false, [&] {
      if (mut()) return other(2);
      node l = node::object();
      for (std::string_view k : {"first", "last", "prev", "next"})
        field(l, k, false, [&] {
          return r_.percent(40) ? node::scalar("null") : mut() ? other(3) : str("https://api.example.test/x?page=1");
        });
      members(l, 3);
      return l;
    });
    field(o, "meta", false, [&] {
      if (mut()) return other(2);
      node m = node::object();
      field(m, "current_page", false, [&] { return integer(1, 3, 3); });
      field(m, "from", false, [&] { return runs == 0 && r_.percent(80) ? node::scalar("null") : integer(1, 10, 3); });
      field(m, "last_page", false, [&] { return integer(1, 3, 3); });
      field(m, "path", false, [&] { return mut() ? other(3) : str("https://api.example.test/x"); });
      field(m, "per_page", false, [&] { return mut() ? integer(0, 2, 3) : node::scalar(std::to_string(per_page)); });
      field(m, "to", false, [&] { return runs == 0 && r_.percent(80) ? node::scalar("null") : integer(1, 10, 3); });
      field(m, "total", false, [&] { return integer(0, 50, 3); });
      members(m, 3);
      return m;
    });
    members(o, 2);
    return o;
  }

  // ---- text damage ---------------------------------------------------------------

  void damage(std::string& s) {
    static constexpr std::string_view tails[] = {
        " x", "{}", "]", "}", "0", ",", "\"s\"", "\n\n", " \t\r\n", std::string_view("\0", 1), "//c", "/*c*/"};
    static constexpr std::string_view bytes[] = {
        "\"",   ",", "}", "]",   "{", "[", ":", "\\", "x", "0", " ", "\xff", std::string_view("\0", 1),
        "\xc3", "-", "e", "\x01"};
    const std::size_t at = r_.below(s.size() + 1);
    switch (r_.below(9)) {
    case 0: s.resize(at); break;
    case 1:
      if (!s.empty()) {
        const std::size_t i = r_.below(s.size());
        s[i] = static_cast<char>(r_.below(256));
      }
      break;
    case 2: s.insert(at, r_.pick(bytes)); break;
    case 3:
      if (at < s.size()) s.erase(at, 1);
      break;
    case 4: s += r_.pick(tails); break;
    case 5: s.insert(0, "\xEF\xBB\xBF"); break;
    case 6: s = " \t\r\n" + s + "\n"; break;
    case 7: s.insert(0, r_.percent(50) ? "/*c*/" : "// c\n"); break;
    default: {
      // A copy of a stretch of the text elsewhere (duplicated members, stray brackets).
      const std::size_t from = r_.below(s.size() + 1);
      const std::size_t len = r_.below(std::min<std::size_t>(40, s.size() - from) + 1);
      s.insert(at, s.substr(from, len));
      break;
    }
    }
  }

  rng r_;
  unsigned rate_ = 0;
  bool loose_ = false;
  int deep_ = 0;
};

/// A valid run in which `value` is the value of an unknown key, followed by
/// one more member so that an unclosed container in `value` stays unclosed.
inline std::string embed_in_run(std::string_view value) {
  return R"({"id":"fl_run_a1","status":"running","error_message":null,"started_at":"2025-10-31T12:00:00Z",)"
         R"("completed_at":null,"duration_in_seconds":null,"unknown":)" +
         std::string(value) + "\n,\"tail\":0}";
}

/// The JSONTestSuite parsing cases (data_dir/JSONTestSuite/test_parsing, MIT
/// licence, Nicolas Seriot) as {file name, content}, in file-name order.
inline std::vector<std::pair<std::string, std::string>> json_test_suite_files(const std::filesystem::path& data_dir) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& e : std::filesystem::directory_iterator(data_dir / "JSONTestSuite" / "test_parsing")) {
    std::ifstream f(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    files.emplace_back(e.path().filename().string(), ss.str());
  }
  std::sort(files.begin(), files.end());
  return files;
}

/// Every JSONTestSuite parsing case embedded in a run, in file-name order.
inline std::vector<item> json_test_suite(const std::filesystem::path& data_dir) {
  std::vector<item> out;
  for (const auto& [name, text] : json_test_suite_files(data_dir)) out.push_back({doc_kind::run, embed_in_run(text)});
  return out;
}

} // namespace flowrun_corpus

#endif
