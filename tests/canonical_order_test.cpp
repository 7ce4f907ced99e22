// RFC 8785 member order and number form in the scan's fast paths (detail/rfc8785_scan.hpp):
// objects reordered in place when they close and, past eight nested moves, by the final
// copy; members ranked by an 8-byte prefix of their keys; numbers written from their own
// digits. Each is compared with an obviously correct reference written here: a tree of
// the value, keys sorted as std::u16string (UTF-16 code units), numbers through a double
// (std::strtod, then write_ecmascript_number). Through the three ways in: the
// canonicalizer (validating walk), the trusted walk (a decoder's raw value) and
// canonical_writer.
#include <flowrun/canonical.hpp>

#include "corpus.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace {

using flowrun_corpus::rng;

// ---- the reference ----------------------------------------------------------------------

std::u16string utf16(std::string_view s) {
  std::u16string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::uint32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    if (cp >= 0x10000) {
      out += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
      out += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      out += static_cast<char16_t>(cp);
    }
    i += len;
  }
  return out;
}

// JSON.stringify's string form of UTF-8 text.
std::string canonical_string(std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\b') {
      out += "\\b";
    } else if (c == '\f') {
      out += "\\f";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20) {
      out += "\\u00";
      out += hex[u >> 4];
      out += hex[u & 15];
    } else {
      out += c;
    }
  }
  return out + '"';
}

// The slow path's number: the nearest double, laid out as ECMAScript does ("" when there
// is none: too large).
std::string canonical_number(const std::string& spelling) {
  const double d = std::strtod(spelling.c_str(), nullptr);
  if (!std::isfinite(d)) return "";
  char buf[32];
  return std::string(buf, flowrun::detail::write_ecmascript_number(buf, d));
}

// A value: its canonical form built from the tree, and one spelling of it (members in
// the generator's order, some characters escaped, some white space).
struct value {
  std::string spelled, canonical;
};

class generator {
public:
  explicit generator(std::uint64_t seed) : r_(seed) {}

  value make(int max_depth) { return make_value(0, max_depth); }

  // A number spelling that JSON allows, of every shape the fast paths tell apart.
  std::string number() {
    std::string s = r_.percent(20) ? "-" : "";
    // Integer part: 0, or up to 25 digits (short integers, 15-16 digits, past 1e21).
    const int int_digits = r_.percent(25) ? 0 : r_.range(1, r_.percent(80) ? 15 : 25);
    if (int_digits == 0) {
      s += '0';
    } else {
      s += static_cast<char>('1' + r_.below(9));
      for (int k = 1; k < int_digits; ++k) s += digit();
    }
    if (r_.percent(45)) { // a fraction, leading and trailing zeros likely
      s += '.';
      for (int k = r_.range(0, 7); k > 0; --k) s += '0';
      for (int k = r_.range(1, 14); k > 0; --k) s += digit();
      for (int k = r_.range(0, 3); k > 0; --k) s += '0';
    }
    if (r_.percent(35)) { // an exponent, near the fixed notation's ends or far
      s += r_.percent(50) ? 'e' : 'E';
      const int e = r_.percent(70) ? r_.range(-30, 30) : r_.range(-330, 330);
      if (e < 0)
        s += '-';
      else if (r_.percent(30))
        s += '+';
      if (r_.percent(10)) s += "00";
      s += std::to_string(e < 0 ? -e : e);
    }
    return s;
  }

private:
  char digit() { return static_cast<char>('0' + r_.below(r_.percent(30) ? 1 : 10)); }

  // Keys that sort differently by bytes, by 8-byte prefixes and by UTF-16 units: the
  // empty key, prefixes of one another, keys equal in their first 8 bytes or more,
  // U+E000-U+FFFF against U+10000 and above (surrogates in UTF-16), escapes.
  std::string key() {
    static const char* const pool[] = {"",
                                       "a",
                                       "ab",
                                       "abc",
                                       "abcdefg",
                                       "abcdefgh",
                                       "abcdefghi",
                                       "abcdefgh0",
                                       "abcdefgh\x7f",
                                       "abcdefghijklmnop1",
                                       "abcdefghijklmnop2",
                                       "content-type",
                                       "content-length",
                                       "z",
                                       "\xc3\xa9",            // U+00E9
                                       "\xee\x80\x80",        // U+E000
                                       "\xef\xbf\xbf",        // U+FFFF
                                       "\xef\xbd\xa1",        // U+FF61
                                       "\xf0\x90\x80\x80",    // U+10000
                                       "\xf0\x9f\x98\x80",    // U+1F600
                                       "\xf4\x8f\xbf\xbf",    // U+10FFFF
                                       "a\xee\x80\x80",       // a U+E000
                                       "a\xf0\x9f\x98\x80",   // a U+1F600
                                       "abcdefg\xee\x80\x80", // the split at byte 8 inside a character
                                       "abcdefg\xf0\x9f\x98\x80",
                                       "\n",
                                       "\"",
                                       "\\",
                                       "\x01",
                                       "/"};
    std::string k = pool[r_.below(std::size(pool))];
    if (r_.percent(15)) k += pool[r_.below(std::size(pool))];
    if (r_.percent(5)) k += std::to_string(r_.below(1000));
    return k;
  }

  void spell_string(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
      const auto c = static_cast<unsigned char>(s[i]);
      const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (c < 0x20 || c == '"' || c == '\\' || r_.percent(15)) {
        for (const char16_t u : utf16(s.substr(i, len))) {
          out += "\\u";
          for (int shift = 12; shift >= 0; shift -= 4) out += hex[(u >> shift) & 15];
        }
      } else {
        out.append(s, i, len);
      }
      i += len;
    }
    out += '"';
  }

  std::string space() { return r_.percent(85) ? "" : r_.percent(50) ? " " : "\n\t "; }

  value make_value(int depth, int max_depth) {
    const std::size_t pick = depth >= max_depth ? r_.below(4) : r_.below(depth < 2 ? 7 : 6);
    value v;
    switch (pick) {
    case 0: v.spelled = v.canonical = r_.percent(50) ? "true" : "null"; break;
    case 1: {
      do {
        v.spelled = number();
        v.canonical = canonical_number(v.spelled);
      } while (v.canonical.empty());
      break;
    }
    case 2: {
      const std::string text = key();
      spell_string(v.spelled, text);
      v.canonical = canonical_string(text);
      break;
    }
    case 3: v.spelled = v.canonical = "false"; break;
    case 4: { // an array, often of objects
      const std::size_t n = r_.below(4);
      v.spelled = "[";
      v.canonical = "[";
      for (std::size_t k = 0; k < n; ++k) {
        const value e = make_value(depth + 1, max_depth);
        v.spelled += (k ? "," : "") + space() + e.spelled;
        v.canonical += (k ? "," : "") + e.canonical;
      }
      v.spelled += "]";
      v.canonical += "]";
      break;
    }
    default: { // an object: 0, 1, a few, or many members (past the insertion sort's 16)
      const std::size_t n = r_.percent(10) ? r_.range(17, 40) : r_.below(6);
      std::vector<std::pair<std::string, value>> members;
      for (std::size_t k = 0; k < n; ++k) {
        std::string name = key();
        if (std::any_of(members.begin(), members.end(), [&](const auto& m) { return m.first == name; })) continue;
        members.emplace_back(std::move(name), make_value(depth + 1, max_depth));
      }
      v.spelled = "{";
      for (std::size_t k = 0; k < members.size(); ++k) {
        v.spelled += (k ? "," : "") + space();
        spell_string(v.spelled, members[k].first);
        v.spelled += space() + ":" + space() + members[k].second.spelled;
      }
      v.spelled += "}";
      std::sort(members.begin(), members.end(),
                [](const auto& a, const auto& b) { return utf16(a.first) < utf16(b.first); });
      v.canonical = "{";
      for (std::size_t k = 0; k < members.size(); ++k)
        v.canonical += (k ? "," : "") + canonical_string(members[k].first) + ":" + members[k].second.canonical;
      v.canonical += "}";
      break;
    }
    }
    return v;
  }

  rng r_;
};

// ---- the three ways in ------------------------------------------------------------------

// The canonicalizer (validating walk), the trusted walk into a writer's room (after some
// bytes already there), and canonical_writer on a raw value marked as a decoder's.
void expect_canonical(const std::string& text, const std::string& canonical) {
  flowrun::canonicalizer c({.max_depth = flowrun::max_depth_limit});
  std::string out;
  const auto e = c.canonicalize(text, out);
  ASSERT_FALSE(e) << text << ": " << e->message;
  ASSERT_EQ(out, canonical) << "canonicalizer, input " << text;

  flowrun::detail::rfc8785_scan scan;
  std::string room = "before";
  std::size_t end = 0;
  ASSERT_TRUE(scan.run_into(text, room, 6, flowrun::max_depth_limit, end, true)) << text;
  room.resize(end);
  ASSERT_EQ(room, "before" + canonical) << "trusted walk, input " << text;

  flowrun::canonical_writer w;
  std::string written;
  ASSERT_FALSE(w.write(written, flowrun::detail::raw_access::decoded(text))) << text;
  ASSERT_EQ(written, canonical) << "canonical_writer, input " << text;
}

TEST(CanonicalOrder, RandomValuesMatchTheReference) {
  generator g(20261205);
  for (int t = 0; t < 4000; ++t) {
    const value v = g.make(t % 10 == 0 ? 14 : 5); // some deeper than 8 nested moves
    expect_canonical(v.spelled, v.canonical);
    if (HasFatalFailure()) return;
  }
}

// Each object out of order inside the next, deeper than the moves made in place
// (max_moves, 8): the outer ones are left to the final copy, the inner ones moved in
// place, in arrays and objects.
TEST(CanonicalOrder, DeepObjectsOutOfOrder) {
  for (const int depth : {1, 7, 8, 9, 10, 30, 200}) {
    for (const bool in_arrays : {false, true}) {
      std::string text = "0", canonical = "0";
      for (int k = 0; k < depth; ++k) {
        const std::string n = std::to_string(k);
        const std::string inner = in_arrays ? "[" + text + ",{\"y\":1,\"x\":2}]" : text;
        const std::string inner_c = in_arrays ? "[" + canonical + ",{\"x\":2,\"y\":1}]" : canonical;
        text = R"({"zz":)" + inner + R"(,"m":")" + n + R"(","a":)" + n + "}";
        canonical = R"({"a":)" + n + R"(,"m":")" + n + R"(","zz":)" + inner_c + "}";
      }
      expect_canonical(text, canonical);
    }
  }
}

// 0, 1 and many members, in order and reversed; keys that differ only past byte 8.
TEST(CanonicalOrder, LargeObjectsInReverseOrder) {
  for (const std::size_t n : {0u, 1u, 2u, 16u, 17u, 1000u}) {
    std::string text = "{", canonical = "{";
    for (std::size_t k = 0; k < n; ++k) {
      char name[48];
      std::snprintf(name, sizeof name, "same-prefix-%05zu", n - 1 - k);
      text += std::string(k ? "," : "") + "\"" + name + "\":" + std::to_string(n - 1 - k);
    }
    for (std::size_t k = 0; k < n; ++k) {
      char name[48];
      std::snprintf(name, sizeof name, "same-prefix-%05zu", k);
      canonical += std::string(k ? "," : "") + "\"" + name + "\":" + std::to_string(k);
    }
    expect_canonical(text + "}", canonical + "}");
  }
}

// Numbers written from their own digits (integers of up to 15 digits, decimals of up to
// 15 significant digits with or without an exponent) against the slow path's double.
TEST(CanonicalOrder, NumbersMatchTheirDouble) {
  const char* const fixed[] = {"0", "-0", "0.0", "-0.0e5", "0e-400", "1e20", "1e21", "-1e21", "123456789012345",
                               "1234567890123456", "100000000000000000000", "1000000000000000000000",
                               "0.000001", "0.0000001", "1e-6", "1e-7", "1.5e-7", "12.5e-8", "4.50", "1E30",
                               "1.0e+30", "-3e2", "0.000123", "12345678901234.5", "1.23456789012345e-5",
                               "9007199254740993", "5e-324", "1e-290", "1e-291", "1.5e300", "1.7976931348623157e308",
                               "123e-2", "10.000e-1", "0.1e1", "0.0001e4"};
  // Built by appending: GCC 12 at -O3 takes "[" + a temporary for an overlapping copy (-Wrestrict).
  const auto in_array = [](std::string_view s) {
    std::string a = "[";
    a += s;
    a += ']';
    return a;
  };
  for (const char* n : fixed) expect_canonical(in_array(n), in_array(canonical_number(n)));
  generator g(8785);
  int too_large = 0;
  for (int t = 0; t < 50000; ++t) {
    const std::string n = g.number();
    const std::string expected = canonical_number(n);
    if (expected.empty()) { // no double: out_of_range, at the number
      std::string out;
      const auto e = flowrun::canonicalizer().canonicalize("[" + n + "]", out);
      ASSERT_TRUE(e) << n;
      EXPECT_EQ(e->code, flowrun::error_code::out_of_range) << n;
      EXPECT_EQ(e->pointer, "/0") << n;
      ++too_large;
      continue;
    }
    expect_canonical("[" + n + "," + n + "]", "[" + expected + "," + expected + "]");
    if (HasFatalFailure()) return;
  }
  EXPECT_GT(too_large, 100);
}

// Numbers that grow when written (1e20 is 21 bytes) then long strings: the output's room
// follows (this wrote past the buffer before; ASan would say so).
TEST(CanonicalOrder, GrowingNumbersThenLongText) {
  for (const std::size_t numbers : {1u, 2u, 3u, 50u}) {
    for (const std::size_t length : {0u, 15u, 16u, 17u, 40u, 1000u}) {
      std::string text = "[", canonical = "[";
      for (std::size_t k = 0; k < numbers; ++k) {
        text += "1e20,";
        canonical += "100000000000000000000,";
      }
      text.append("\"").append(length, 'x').append("\",{\"b\":1E20,\"a\":\"").append(length, 'y').append("\"}]");
      canonical.append("\"").append(length, 'x').append("\",{\"a\":\"").append(length, 'y');
      canonical += "\",\"b\":100000000000000000000}]";
      expect_canonical(text, canonical);
    }
  }
}

// Hostile sizes: a 1 MB string, 100,000 members in reverse order, the deepest nesting
// allowed, each level out of order (timed by hand: linear, see the CHANGELOG entry).
TEST(CanonicalOrder, LargeInputsStayLinear) {
  const std::string mb(1 << 20, 'q');
  expect_canonical("{\"s\":\"" + mb + "\",\"a\":[\"" + mb + "\"]}", "{\"a\":[\"" + mb + "\"],\"s\":\"" + mb + "\"}");

  const auto members = [](std::size_t n) {
    std::string text = "{";
    for (std::size_t k = 0; k < n; ++k) text += (k ? ",\"k" : "\"k") + std::to_string(n - k) + "\":" + std::to_string(k);
    return text + "}";
  };
  flowrun::canonicalizer c;
  std::string out;
  ASSERT_FALSE(c.canonicalize(members(100000), out));
  EXPECT_EQ(out.substr(0, 20), "{\"k1\":99999,\"k10\":99");

  const std::size_t depth = flowrun::max_depth_limit - 1;
  std::string deep, deep_c;
  for (std::size_t k = 0; k < depth; ++k) {
    deep += R"({"b":)";
    deep_c += R"({"a":0,"b":)";
  }
  deep += "0";
  deep_c += "0";
  for (std::size_t k = 0; k < depth; ++k) {
    deep += R"(,"a":0})";
    deep_c += "}";
  }
  expect_canonical(deep, deep_c);
}

} // namespace

namespace {

// Errors name the member they are in, through objects and arrays (the current member of
// each open object is found from the members of those within it).
TEST(CanonicalOrder, ErrorPointersThroughNesting) {
  const struct {
    const char* text;
    flowrun::error_code code;
    const char* pointer;
  } cases[] = {
      {R"({"a":[{"b":{"c":[1e400]}}]})", flowrun::error_code::out_of_range, "/a/0/b/c/0"},
      {R"({"z":0,"a":[{"y":1,"b":{"x":2,"c":[0,-1e999]}}]})", flowrun::error_code::out_of_range, "/a/0/b/c/1"},
      {R"({"x":{"y":[{"z":1,"z":2}]}})", flowrun::error_code::duplicate_key, "/x/y/0/z"},
      {R"({"q":{"p":0},"x":{"w":[0,{"v":{},"v":{}}]}})", flowrun::error_code::duplicate_key, "/x/w/1/v"},
      {R"([{"b":0,"a":{"d":0,"c":1e400}}])", flowrun::error_code::out_of_range, "/0/a/c"},
  };
  for (const auto& c : cases) {
    std::string out;
    const auto e = flowrun::canonicalizer().canonicalize(c.text, out);
    ASSERT_TRUE(e) << c.text;
    EXPECT_EQ(e->code, c.code) << c.text;
    EXPECT_EQ(e->pointer, c.pointer) << c.text;
  }
}

} // namespace
