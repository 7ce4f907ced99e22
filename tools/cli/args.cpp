// One table says which options there are, whether they take a value, which
// commands take them and what they set; one loop reads the command line by it:
// --name=value, --name value, -x value, -xvalue, and flags combined (-qj2).
#include "args.hpp"

#include <flowrun/version.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <iostream>
#include <iterator>
#include <string>
#include <thread>
#include <utility>

namespace flowrun_cli {

std::string_view kind_name(doc_kind k) {
  switch (k) {
  case doc_kind::run: return "run";
  case doc_kind::page: return "page";
  case doc_kind::logs: return "logs";
  case doc_kind::ndjson: return "ndjson";
  case doc_kind::automatic: break;
  }
  return "auto";
}

std::string_view command_name(command c) {
  switch (c) {
  case command::fmt: return "fmt";
  case command::summary: return "summary";
  case command::check: break;
  }
  return "check";
}

namespace {

constexpr unsigned bit(command c) { return 1u << static_cast<unsigned>(c); }
constexpr unsigned every_command = bit(command::check) | bit(command::fmt) | bit(command::summary);

template <class E> struct named {
  std::string_view name;
  E value;
};

template <class E, std::size_t N> bool pick(std::string_view v, const named<E> (&names)[N], E& out) {
  for (const named<E>& n : names) {
    if (n.name != v) continue;
    out = n.value;
    return true;
  }
  return false;
}

constexpr named<doc_kind> kinds[] = {{"auto", doc_kind::automatic},
                                     {"run", doc_kind::run},
                                     {"page", doc_kind::page},
                                     {"logs", doc_kind::logs},
                                     {"ndjson", doc_kind::ndjson}};
constexpr named<out_format> formats[] = {{"text", out_format::text},
                                         {"json", out_format::json},
                                         {"sarif", out_format::sarif},
                                         {"github", out_format::github}};
constexpr named<color_choice> colors[] = {
    {"auto", color_choice::automatic}, {"always", color_choice::always}, {"never", color_choice::never}};

// A whole number, at least `min`, or with a K/M/G suffix (powers of 1024) when `suffix`.
bool parse_count(std::string_view v, std::size_t min, bool suffix, std::size_t& out) {
  constexpr int kilo_shift = 10;
  std::size_t shift = 0;
  if (suffix && !v.empty()) {
    static constexpr std::string_view suffixes = "KMG";
    const auto at = suffixes.find(static_cast<char>(std::toupper(static_cast<unsigned char>(v.back()))));
    if (at != std::string_view::npos) {
      shift = kilo_shift * (at + 1);
      v.remove_suffix(1);
    }
  }
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (v.empty() || ec != std::errc() || end != v.data() + v.size() || n < min) return false;
  if (shift > 0 && n > (static_cast<std::size_t>(-1) >> shift)) return false;
  out = n << shift;
  return true;
}

// An option: its names, whether it takes a value, the commands that take it,
// and what it sets (false: the value is not one of `expected`).
struct option_spec {
  char short_name; // '\0': none
  std::string_view long_name;
  bool takes_value;
  unsigned commands;
  std::string_view expected;
  bool (*set)(options&, std::string_view);
};

constexpr std::string_view help_name = "help";

// What a flag sets.
template <bool options::*member, bool value> bool set_flag(options& o, std::string_view) {
  o.*member = value;
  return true;
}

constexpr option_spec table[] = {
    {'h', help_name, false, every_command, "", nullptr}, // handled by the loop: it ends the parse
    {'\0', "strict", false, every_command, "", set_flag<&options::strict, true>},
    {'\0', "kind", true, every_command, "auto, run, page, logs or ndjson",
     [](options& o, std::string_view v) { return pick(v, kinds, o.kind); }},
    {'\0', "format", true, bit(command::check), "text, json, sarif or github",
     [](options& o, std::string_view v) { return pick(v, formats, o.format); }},
    {'\0', "max-errors", true, bit(command::check), "a whole number of at least 1",
     [](options& o, std::string_view v) { return parse_count(v, 1, false, o.max_errors); }},
    {'\0', "max-size", true, every_command, "bytes, at least 1, or with a K, M or G suffix",
     [](options& o, std::string_view v) { return parse_count(v, 1, true, o.max_size); }},
    {'j', "jobs", true, every_command, "a whole number from 1 to 1024",
     [](options& o, std::string_view v) {
       std::size_t n = 0;
       if (!parse_count(v, 1, false, n) || n > max_jobs) return false;
       o.jobs = static_cast<unsigned>(n);
       return true;
     }},
    {'\0', "color", true, every_command, "auto, always or never",
     [](options& o, std::string_view v) { return pick(v, colors, o.color); }},
    {'q', "quiet", false, bit(command::check), "", set_flag<&options::quiet, true>},
    {'\0', "warnings-as-errors", false, bit(command::check), "", set_flag<&options::warnings_as_errors, true>},
    {'\0', "no-findings", false, bit(command::check) | bit(command::summary), "", set_flag<&options::findings, false>},
    {'\0', "pretty", false, bit(command::fmt), "", set_flag<&options::pretty, true>},
    {'\0', "canonical", false, bit(command::fmt), "", set_flag<&options::canonical, true>},
};
static_assert(max_jobs == 1024, "the --jobs message says 1024");

const option_spec* find_long(std::string_view name) {
  const auto it =
      std::find_if(std::begin(table), std::end(table), [&](const option_spec& s) { return s.long_name == name; });
  return it == std::end(table) ? nullptr : it;
}

const option_spec* find_short(char c) {
  const auto it =
      std::find_if(std::begin(table), std::end(table), [&](const option_spec& s) { return s.short_name == c; });
  return it == std::end(table) ? nullptr : it;
}

bool parse_command(std::string_view s, command& c) {
  for (command k : {command::check, command::fmt, command::summary}) {
    if (command_name(k) != s) continue;
    c = k;
    return true;
  }
  return false;
}

// Reads the options and files after the command name.
class parser {
public:
  parser(int argc, char** argv, options& o) : args_(argv + 2, argv + argc), o_(o) {}

  std::optional<int> run() {
    bool options_done = false;
    for (i_ = 0; i_ < args_.size(); ++i_) {
      const std::string& a = args_[i_];
      if (options_done || a == "-" || a.empty() || a[0] != '-') {
        o_.files.push_back(a);
      } else if (a == "--") {
        options_done = true;
      } else if (std::optional<int> done = a[1] == '-' ? long_option(a) : short_options(a)) {
        return done;
      }
    }
    return std::nullopt;
  }

private:
  // --name, --name=value, --name value.
  std::optional<int> long_option(const std::string& a) {
    const std::size_t eq = a.find('=');
    const std::string typed = a.substr(0, eq);
    const option_spec* s = find_long(std::string_view(typed).substr(2));
    if (!s) return usage_error("unknown option '" + a + "'");
    if (eq != std::string::npos && !s->takes_value) return usage_error("'" + typed + "' takes no value");
    if (eq != std::string::npos) return apply(*s, typed, std::string_view(a).substr(eq + 1));
    return apply_next(*s, typed);
  }

  // -x, -x value, -xvalue, and flags combined with what follows them (-qj2).
  std::optional<int> short_options(const std::string& a) {
    for (std::size_t k = 1; k < a.size(); ++k) {
      const option_spec* s = find_short(a[k]);
      const std::string typed = {'-', a[k]};
      if (!s) return usage_error("unknown option '" + (a.size() == 2 ? a : typed + "' in '" + a) + "'");
      if (!s->takes_value) {
        if (std::optional<int> done = apply(*s, typed, {})) return done;
        continue;
      }
      if (k + 1 < a.size()) return apply(*s, typed, std::string_view(a).substr(k + 1));
      return apply_next(*s, typed);
    }
    return std::nullopt;
  }

  // The value is the next argument.
  std::optional<int> apply_next(const option_spec& s, const std::string& typed) {
    if (!s.takes_value) return apply(s, typed, {});
    if (i_ + 1 >= args_.size()) return usage_error("'" + typed + "' needs a value");
    return apply(s, typed, args_[++i_]);
  }

  std::optional<int> apply(const option_spec& s, const std::string& typed, std::string_view value) {
    if (s.long_name == help_name) {
      std::cout << help_of(o_.cmd);
      return 0;
    }
    // An option that the command does not take is a usage error, not ignored.
    if ((s.commands & bit(o_.cmd)) == 0)
      return usage_error("'" + typed + "' does not apply to 'flowrun " + std::string(command_name(o_.cmd)) + "'");
    if (!s.set(o_, value))
      return usage_error("invalid " + typed + " '" + std::string(value) + "' (expected " + std::string(s.expected) +
                         ")");
    return std::nullopt;
  }

  std::vector<std::string> args_;
  options& o_;
  std::size_t i_ = 0;
};

} // namespace

int usage_error(const std::string& what) {
  std::cerr << "flowrun: " << what << "\nTry 'flowrun --help'.\n";
  return 2;
}

std::optional<int> parse_args(int argc, char** argv, options& o) {
  if (argc < 2) return usage_error("no command given");
  const std::string_view first = argv[1];
  if (first == "-h" || first == "--help") {
    std::cout << full_help();
    return 0;
  }
  if (first == "--version") {
    std::cout << "flowrun " << FLOWRUN_VERSION_STRING << '\n';
    return 0;
  }
  if (first == "help") {
    if (argc == 2) {
      std::cout << full_help();
      return 0;
    }
    if (argc > 3 || !parse_command(argv[2], o.cmd))
      return usage_error("'flowrun help' takes one of check, fmt or summary");
    std::cout << help_of(o.cmd);
    return 0;
  }
  if (!parse_command(first, o.cmd)) return usage_error("unknown command '" + std::string(first) + "'");
  const unsigned cores = std::thread::hardware_concurrency();
  o.jobs = cores > 0 ? cores : 1;
  if (std::optional<int> done = parser(argc, argv, o).run()) return done;
  if (o.files.empty()) return usage_error("no FILE given");
  if (o.pretty && o.canonical) return usage_error("--pretty and --canonical do not go together");
  return std::nullopt;
}

} // namespace flowrun_cli
