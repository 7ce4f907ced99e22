// check --format=json: one object per file per line, no summary line.
#include "sinks.hpp"

#include <cstdio>

namespace flowrun_cli {

namespace {

void append_json_problem(std::string& out, const problem& p) {
  out += "{\"code\":\"";
  out += p.code;
  out += "\",\"pointer\":";
  append_json_string(out, p.pointer);
  out += ",\"offset\":" + std::to_string(p.offset) + ",\"line\":" + std::to_string(p.line) +
         ",\"column\":" + std::to_string(p.column) + ",\"message\":";
  append_json_string(out, p.message);
  out += '}';
}

// A file's errors and findings are kept until its end: the counts come first.
class json_sink final : public sink {
public:
  void begin(const input&, doc_kind k) override {
    kind_ = k;
    errors_.clear();
    findings_.clear();
    documents_ = valid_ = omitted_ = 0;
  }
  void add(const input&, const piece& p) override {
    documents_ += p.documents;
    valid_ += p.valid;
    omitted_ += p.omitted;
    for (const problem& x : p.problems) {
      std::string& list = x.is_finding ? findings_ : errors_;
      if (!list.empty()) list += ',';
      append_json_problem(list, x);
    }
  }
  void end(const input& in) override {
    std::string out = "{\"file\":";
    append_json_string(out, in.name);
    out += ",\"kind\":\"";
    out += kind_name(kind_);
    out += "\",\"documents\":" + std::to_string(documents_) + ",\"valid\":" + std::to_string(valid_) + ",\"errors\":[";
    out += errors_;
    out += ']';
    if (omitted_ > 0) out += ",\"omitted_errors\":" + std::to_string(omitted_);
    out += ",\"findings\":[";
    out += findings_;
    out += "]}\n";
    write_out(stdout, out);
  }
  void unreadable(const input& in, const std::string& why) override {
    std::string out = "{\"file\":";
    append_json_string(out, in.name);
    out += ",\"unreadable\":";
    append_json_string(out, why);
    out += "}\n";
    write_out(stdout, out);
  }

private:
  doc_kind kind_ = doc_kind::run;
  std::string errors_, findings_;
  std::size_t documents_ = 0, valid_ = 0, omitted_ = 0;
};

} // namespace

std::unique_ptr<sink> make_json_sink() { return std::make_unique<json_sink>(); }

} // namespace flowrun_cli
