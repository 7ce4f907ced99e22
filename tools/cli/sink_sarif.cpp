// check --format=sarif: one SARIF 2.1.0 log, written at the end.
#include "sinks.hpp"

#include <flowrun/findings.hpp>
#include <flowrun/version.hpp>

#include <cstdio>
#include <string_view>
#include <utility>
#include <vector>

namespace flowrun_cli {

namespace {

// A file name as a URI reference (RFC 3986): relative names stay relative,
// absolute ones become file:// URIs; every byte outside the unreserved set
// and '/' is percent-encoded.
std::string uri_of(std::string_view name) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out = !name.empty() && name[0] == '/' ? "file://" : "";
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~' || c == '/') {
      out += c;
    } else {
      out += '%';
      out += hex[u >> 4];
      out += hex[u & 15];
    }
  }
  return out;
}

// SARIF's rules: every error code, every finding code, and two of the command's
// own, whether they occur or not (rule indexes stay the same from run to run).
struct rule {
  std::string id;
  bool is_finding;
  std::string_view text;
};

std::string_view rule_text(std::string_view id) {
  static constexpr std::pair<std::string_view, std::string_view> texts[] = {
      {"syntax_error", "The document is not well-formed JSON."},
      {"invalid_utf8", "The document is not valid UTF-8."},
      {"depth_exceeded", "The document nests deeper than the decoder's max_depth."},
      {"too_large", "The document is larger than --max-size."},
      {"trailing_content", "Content follows the root value."},
      {"wrong_type", "A value has the wrong JSON type."},
      {"missing_field", "A required key is missing."},
      {"unknown_field", "A key the contract does not know (strict mode)."},
      {"duplicate_key", "An object holds the same key twice."},
      {"invalid_enum", "A status that is not one of the contract's values."},
      {"invalid_timestamp", "A timestamp that is not RFC 3339."},
      {"invalid_id", "An id that does not have its prefix or alphabet."},
      {"out_of_range", "A number out of the contract's range."},
      {"completed_before_started", "completed_at is earlier than started_at."},
      {"duration_mismatch", "duration_in_seconds differs from completed_at - started_at."},
      {"missing_completed_at", "A completed or failed run without completed_at."},
      {"unexpected_completed_at", "A run still in progress with completed_at."},
      {"missing_error_message", "A failed run without error_message."},
      {"unexpected_error_message", "error_message on a run that did not fail."},
      {"log_out_of_order", "A log created before the previous one."},
      {"log_outside_run", "A log created outside the run's time span."},
      {"duplicate_log_id", "Two logs with the same id."},
      {"run_too_long", "A run over the engine's limit of one hour."},
      {"output_not_object", "A log's output that is not an object (kept as it is in compatible mode)."},
      {"omitted_errors", "More errors in a document than --max-errors lists."},
      {"unreadable", "The file cannot be read."},
  };
  for (const auto& [k, v] : texts)
    if (k == id) return v;
  return "";
}

std::vector<rule> sarif_rules() {
  std::vector<rule> r;
  for (int i = 1; i <= flowrun::error_code_count; ++i) {
    const std::string id(flowrun::to_string(static_cast<flowrun::error_code>(i)));
    r.push_back({id, false, rule_text(id)});
  }
  for (int i = 1; i <= flowrun::finding_code_count; ++i) {
    const std::string id(flowrun::to_string(static_cast<flowrun::finding_code>(i)));
    r.push_back({id, true, rule_text(id)});
  }
  r.push_back({"omitted_errors", false, rule_text("omitted_errors")});
  r.push_back({"unreadable", false, rule_text("unreadable")});
  return r;
}

class sarif_sink final : public sink {
public:
  sarif_sink() : rules_(sarif_rules()) {}
  void add(const input& in, const piece& p) override {
    omitted_ += p.omitted;
    for (const problem& x : p.problems) {
      result(in, x.code, pointer_and_message(x), x.line, x.char_column);
    }
  }
  void end(const input& in) override {
    if (omitted_ > 0) result(in, "omitted_errors", more_errors_text(omitted_), 0, 0);
    omitted_ = 0;
  }
  void unreadable(const input& in, const std::string& why) override {
    result(in, "unreadable", "cannot read: " + why, 0, 0);
  }
  void finish(const run_totals&) override {
    std::string out = "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
                      "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"flowrun\",\"version\":\"";
    out += FLOWRUN_VERSION_STRING;
    out += "\",\"semanticVersion\":\"";
    out += FLOWRUN_VERSION_STRING;
    out += "\",\"rules\":[";
    for (std::size_t i = 0; i < rules_.size(); ++i) {
      if (i > 0) out += ',';
      out += "{\"id\":";
      append_json_string(out, rules_[i].id);
      out += ",\"shortDescription\":{\"text\":";
      append_json_string(out, rules_[i].text);
      out += "},\"defaultConfiguration\":{\"level\":\"";
      out += rules_[i].is_finding ? "warning" : "error";
      out += "\"}}";
    }
    out += "]}},\"columnKind\":\"unicodeCodePoints\",\"results\":[";
    out += results_;
    out += "]}]}\n";
    write_out(stdout, out);
  }

private:
  void result(const input& in, std::string_view code, const std::string& text, std::size_t line, std::size_t column) {
    std::size_t index = 0;
    while (index < rules_.size() && rules_[index].id != code) ++index;
    if (!results_.empty()) results_ += ',';
    results_ += "{\"ruleId\":";
    append_json_string(results_, code);
    results_ += ",\"ruleIndex\":" + std::to_string(index) + ",\"level\":\"";
    results_ += index < rules_.size() && rules_[index].is_finding ? "warning" : "error";
    results_ += "\",\"message\":{\"text\":";
    append_json_string(results_, text);
    results_ += "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":";
    append_json_string(results_, uri_of(in.name));
    results_ += '}';
    if (line > 0)
      results_ +=
          ",\"region\":{\"startLine\":" + std::to_string(line) + ",\"startColumn\":" + std::to_string(column) + '}';
    results_ += "}}]}";
  }

  std::vector<rule> rules_;
  std::string results_;
  std::size_t omitted_ = 0;
};

} // namespace

std::unique_ptr<sink> make_sarif_sink() { return std::make_unique<sarif_sink>(); }

} // namespace flowrun_cli
