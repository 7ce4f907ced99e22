// Decodes one run; exits 0 when it is valid. Built by tests/consumer_test.py
// both as a Meson subproject consumer and with nothing but an include path.
#include <flowrun/flowrun.hpp>

#include <iostream>

int main() {
  flowrun::decoder dec;
  auto r = dec.decode_run(R"({"id":"fl_run_a1","status":"completed","started_at":"2025-10-31T12:00:00Z"})");
  if (!r) {
    std::cerr << r.error().message << '\n';
    return 1;
  }
  std::cout << r->id.str() << '\n';
  return 0;
}
