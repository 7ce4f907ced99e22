// The README's API tour, compiled and run by the test suite so it stays true.
#include <flowrun/flowrun.hpp>

// Its checks run in every build, release (NDEBUG) included: this is a test.
#undef NDEBUG
#include <cassert>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

int main() {
  // [decode]
  flowrun::decoder dec; // reusable: keep one per thread
  std::string_view text = R"({
    "id": "fl_run_a1b2c3d4e5f6g7h8", "status": "failed",
    "error_message": "Webhook request failed: 503",
    "started_at": "2025-10-31T12:00:00.000000Z",
    "completed_at": "2025-10-31T12:00:05.250000Z", "duration_in_seconds": 5.25,
    "logs": [{"id": "fl_log_a1b2c3d4e5f6g7h8", "node_id": "n2", "component_id": "webhook",
              "status": "error", "output": {"status": 503},
              "created_at": "2025-10-31T12:00:05.000000Z"}]
  })";
  flowrun::result<flowrun::workflow_run> run = dec.decode_run(text);
  if (!run) {
    std::cerr << run.error() << '\n'; // line:column: code pointer: message
    return 1;
  }
  std::cout << run->id << ' ' << run->status << '\n'; // fl_run_a1b2c3d4e5f6g7h8 failed
  for (const flowrun::log_entry& log : run->logs) {
    std::cout << log.node_id << ": " << log.status;
    if (log.output) std::cout << ' ' << *log.output; // absent in compatible mode
    std::cout << '\n';
  }
  // [decode]

  // [time]
  const flowrun::timestamp& start = run->started_at;
  std::chrono::sys_time<std::chrono::nanoseconds> t = start.to_sys_time();
  double took = seconds_between(*run->completed_at, start); // 5.25
  std::cout << start << " + " << took << " s\n"; // written back as it came
  // [time]
  assert(took == 5.25 && t.time_since_epoch().count() == 1761912000000000000);

  // [errors]
  flowrun::decoder strict({.mode = flowrun::decode_mode::strict,
                           .errors = flowrun::error_mode::collect_all});
  auto bad = strict.decode_run(R"({"id": "fl_log_x", "status": "done", "started_at": "2025-02-29T00:00:00Z"})");
  for (const flowrun::error& e : bad.errors()) std::cout << e << '\n'; // to_string(e)
  // 1:1: missing_field: missing required key "error_message"   (strict mode)
  // ...
  // 1:8: invalid_id /id: "fl_log_x" is not a valid id: expected "fl_run_" then ...
  // 1:30: invalid_enum /status: "done" is not a run status (expected one of ...)
  // 1:52: invalid_timestamp /started_at: "2025-02-29T00:00:00Z" is not an RFC 3339 ...
  // [errors]
  assert(bad.errors().size() == 6 && bad.error().code == flowrun::error_code::missing_field);

  {
    // A document with 150 repeated keys: 150 duplicate_key errors.
    std::string untrusted = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z")";
    for (int i = 0; i <= 150; ++i) untrusted += R"(,"k":1)";
    untrusted += '}';
    // [max_errors]
  flowrun::decoder dec({.errors = flowrun::error_mode::collect_all, .max_errors = 100});
  auto r = dec.decode_run(untrusted);
  if (!r) std::cout << r.errors().size() << " errors, and " << r.omitted_errors() << " more\n";
    // [max_errors]
    assert(r.errors().size() == 100 && r.omitted_errors() == 50);
  }

  // [keep]
  flowrun::owned<flowrun::workflow_run> kept = flowrun::to_owned(*run);
  auto next = dec.decode_run(R"({"id":"fl_run_b2","status":"running","started_at":"2025-10-31T13:00:00Z"})");
  std::cout << kept->id << ' ' << next->id << '\n'; // `kept` is still valid: it owns its strings
  // [keep]

  // [one-call]
  // A value to keep, in one call: no decoder to outlive (each call makes its own).
  flowrun::result<flowrun::owned<flowrun::workflow_run>> one = flowrun::decode_run(text);
  if (one) std::cout << (*one)->id.str() << " has " << (*one)->logs.size() << " log\n";
  // [one-call]
  assert(one && **one == *flowrun::to_owned(*dec.decode_run(text)));

  {
    // [modify]
  flowrun::owned<flowrun::workflow_run> retried = std::move(*one);
  retried.modify([](flowrun::workflow_run& r, flowrun::keeper& keep) {
    r.status = flowrun::run_status::completed;
    r.error_message.reset();
    std::vector<flowrun::log_entry> logs(r.logs.begin(), r.logs.end());
    logs[0].status = flowrun::log_status::success;
    logs[0].output = flowrun::raw_json{keep("{\"attempts\": " + std::to_string(2) + "}")}; // made here: keep it
    r.logs = keep(std::move(logs)); // this vector too
  });
  std::cout << flowrun::to_json(*retried).value() << '\n'; // ...,"status":"success","output":{"attempts":2},...
    // [modify]
    assert(retried->status == flowrun::run_status::completed && retried->logs[0].output->text == R"({"attempts": 2})");
    assert(flowrun::to_json(*retried).value().find(R"("status":"success","output":{"attempts":2})") != std::string::npos);
  }

  // [stream]
  std::string_view ndjson = "{\"id\":\"fl_run_c3\",\"status\":\"pending\",\"started_at\":\"2025-10-31T14:00:00Z\"}\n"
                            "{\"id\":\"fl_run_c4\",\"status\":\"paused\",\"started_at\":\"2025-10-31T14:00:00Z\"}\n";
  for (const flowrun::stream_item& item : dec.runs(ndjson))
    if (!item.run) std::cout << "line " << item.line << ": " << item.run.error().message << '\n';
  // [stream]

  // [padded]
  std::string export_text(ndjson); // as read from a file, say
  export_text.reserve(export_text.size() + flowrun::padding);
  std::size_t valid = 0;
  for (const flowrun::stream_item& item : dec.runs(flowrun::padded_view(export_text)))
    valid += item.run.has_value(); // each line read where it lies: its values view into export_text
  // [padded]
  assert(valid == 1);

  // [view-chunks]
  // A whole export in memory, not padded (a mapped file, say): its last lines are copied.
  flowrun::ndjson_view_chunker chunker(flowrun::padded_view(export_text.data(), export_text.size(), 0));
  flowrun::ndjson_view_chunk chunk;
  std::size_t last_line = 0;
  while (chunker.next(chunk)) // chunks can go to other threads, each with its own decoder
    flowrun::decode_chunk(dec, chunk, [&](const flowrun::stream_item& item) {
      last_line = item.line;
      if (!item.run) std::cout << "line " << item.line << ": " << item.run.error().message << '\n';
    });
  // [view-chunks]
  assert(last_line == 2);

  // [findings]
  flowrun::consistency_checker checker; // reusable, like the decoder
  auto done = dec.decode_run(R"({"id": "fl_run_d5", "status": "completed", "error_message": "timeout",
    "started_at": "2025-10-31T12:00:00Z", "completed_at": "2025-10-31T12:00:02Z", "duration_in_seconds": 5})");
  for (const flowrun::finding& f : checker.check(*done))
    std::cout << "warning[" << to_string(f.code) << "] " << f.pointer << ": " << f.message << '\n';
  // warning[unexpected_error_message] /error_message: error_message is "timeout" but status is completed ...
  // warning[duration_mismatch] /duration_in_seconds: duration_in_seconds is 5 s but completed_at - started_at is 2 s
  // [findings]
  assert(checker.check(*done).size() == 2);

  // [write]
  std::string json; // reused, it stops allocating once it has the capacity
  if (std::optional<flowrun::error> e = flowrun::write_json(json, *kept)) // {"id":"fl_run_a1b2c3d4e5f6g7h8",...}
    std::cerr << "not written: " << *e << '\n'; // a value that breaks the contract (never a decoded one)
  std::cout << json << '\n' << flowrun::to_json(*kept, {.pretty = true}).value() << '\n';
  // [write]

  // [refused]
  auto edited = kept;
  edited.modify([](flowrun::workflow_run& r) {
    r.duration_in_seconds = -1;                       // the decoder would refuse it
    r.trigger_payload = flowrun::raw_json{"{not json"}; // built by hand: checked when written
  });
  std::string out = "unchanged";
  if (std::optional<flowrun::error> e = flowrun::write_json(out, edited))
    std::cerr << to_string(e->code) << " at " << e->pointer << '\n'; // syntax_error at /trigger_payload
  // [refused]
  assert(out == "unchanged" && !flowrun::to_json(edited));
  assert(dec.decode_run(json) && flowrun::to_json(*dec.decode_run(json)).value() == json);

  // [unknown]
  auto newer = dec.decode_run(R"({"id": "fl_run_e6", "status": "running", "started_at": "2025-10-31T12:00:00Z",
    "region": "eu-west-1", "cost": {"credits": 1.5}})"); // fields of a newer API version
  for (const flowrun::unknown_member& m : newer->unknown)
    std::cout << m.key << " = " << m.value.text << '\n'; // region = "eu-west-1", then cost = {"credits": 1.5}
  std::cout << flowrun::to_json(*newer).value() << '\n';        // ...,"region":"eu-west-1","cost":{"credits":1.5}}
  // [unknown]
  assert(newer->unknown.size() == 2 && flowrun::to_json(*newer).value().ends_with(R"("cost":{"credits":1.5}})"));

  // [canonical]
  flowrun::canonical_writer canon; // reused: it allocates nothing once warm
  std::string bytes;               // RFC 8785: the bytes to hash or sign
  if (std::optional<flowrun::error> e = canon.write(bytes, *newer))
    std::cerr << to_string(e->code) << " at " << e->pointer << '\n'; // e.g. out_of_range at /logs/0/output/n (1e400)
  std::cout << bytes << '\n'; // {"completed_at":null,"cost":{"credits":1.5},...,"status":"running"}
  // [canonical]
  assert(bytes.starts_with(R"({"completed_at":null,"cost":{"credits":1.5},"duration_in_seconds":null,)"));
  return 0;
}
