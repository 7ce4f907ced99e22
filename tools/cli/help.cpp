// flowrun command: the help texts, of every command and of each.
#include "args.hpp"

#include "limits.hpp"

#include <flowrun/error.hpp>
#include <flowrun/findings.hpp>

#include <string>

namespace flowrun_cli {

namespace {

// The texts say the defaults, and the counts of codes and SARIF rules.
static_assert(default_max_size == 256 * mib && default_max_errors == 100);
static_assert(flowrun::error_code_count == 13 && flowrun::finding_code_count == 11, "help check counts them");

constexpr std::string_view usage_head = R"(Usage: flowrun check [OPTIONS] FILE|DIR...
       flowrun fmt [--strict] [--kind=KIND] [--pretty | --canonical] [--max-size=SIZE] [-j N] FILE|DIR...
       flowrun summary [--strict] [--kind=KIND] [--no-findings] [--color=WHEN] [-j N] FILE|DIR...
       flowrun help [COMMAND] | --help | --version
)";

constexpr std::string_view check_help =
    R"(Usage: flowrun check [--strict] [--kind=KIND] [--format=FORMAT] [--max-errors=N]
                     [--warnings-as-errors] [--no-findings] [-q|--quiet]
                     [--color=WHEN] [--max-size=SIZE] [-j|--jobs=N] FILE|DIR...

check    checks workflow-run JSON documents against the flowrun data contract,
         reports every error of every document, and the consistency findings
         (warnings) of the valid ones.

Options:
  --strict              contract mode: an unknown key is an error
                        (unknown_field) and every non-optional field must be
                        present
  --kind=KIND           auto (the default), run, page, logs, or ndjson (one
                        run object per line; blank lines are skipped)
  --format=FORMAT       text (the default), json, sarif (SARIF 2.1.0, for code
                        scanning) or github (GitHub Actions annotations)
  --max-errors=N        report at most N errors of a document (the first in
                        document order; default 100) and count the rest in an
                        "and N more errors" line
  --warnings-as-errors  a document with findings is invalid
  --no-findings         do not look for findings
  -q, --quiet           text and github: the summary line only
  --color=WHEN          auto (the default: colour when standard output is a
                        terminal and NO_COLOR is unset or empty), always, never
  --max-size=SIZE       largest document (an NDJSON line, or a whole file)
                        decoded; larger ones are too_large errors. Bytes, or
                        with a K, M or G suffix (powers of 1024); default 256M.
                        A whole file is never read past it (standard input and
                        devices included); NDJSON is read to its end, and a
                        longer line is skipped without being held
  -j, --jobs=N          threads decoding files and NDJSON chunks (default: the
                        number of cores); the output is the same for any N
  -h, --help            show this help and exit

An option's value follows '=' or comes as the next argument (--kind ndjson);
a short option's may also follow it directly (-j2), and short options combine
(-qj2 is -q -j 2).
FILE is a path, or '-' for standard input (once); '--' ends the options. A
DIR is searched, sorted and recursively, for *.json, *.ndjson and *.jsonl
files (symbolic links to directories are not followed).

Kind detection (auto): a file named *.ndjson or *.jsonl is NDJSON (standard
input never is). Otherwise a document starting with '[' is a list of logs, an
object with a top-level "data" key is a page, and anything else is a run.
NDJSON is read in chunks of whole lines: memory stays bounded whatever the
size of the file. A regular file is read in place (mapped), as it was when
opened; one that shrinks while it is read stops the command (exit status 2).

Text output: one line per error and per finding, then a summary:
  FILE:LINE:COL: error[CODE] POINTER: MESSAGE
  FILE:LINE:COL: warning[CODE] POINTER: MESSAGE
  FILE: and N more errors (past --max-errors for a document)
  FILE: error[unreadable] cannot read: REASON
  N documents checked, N valid, N invalid[, N findings][, N files unreadable]
  (singular for 1: "1 document checked", "1 finding", "1 file unreadable")
FILE is the name as given ('-' for standard input), or found in a DIR. LINE and
COL are 1-based, COL counts bytes, and for NDJSON LINE is the line in the file.
POINTER is the JSON Pointer of the offending value, printed bare
(/logs/0/status), or as "" for the document root; control characters in it and
in FILE are written as \u00XX so that every line stays one line. Lines are
listed by position. A finding sits at the value of the member it is about, or
at the object that lacks it. On a terminal, a progress line on standard error
shows the bytes and documents read, the rate and the time left, once an input
takes more than a second.

Findings (warnings; the document stays valid unless --warnings-as-errors):
  completed_before_started, duration_mismatch, missing_completed_at,
  unexpected_completed_at, missing_error_message, unexpected_error_message,
  log_out_of_order, log_outside_run, duplicate_log_id, run_too_long,
  output_not_object (a log's output that is not an object: compatible mode
  keeps any JSON value there, --strict makes it a wrong_type error)

JSON output (--format=json): one object per file per line, and no summary line:
  {"file":"...","kind":"run|page|logs|ndjson","documents":N,"valid":N,
   "errors":[{"code":"...","pointer":"...","offset":N,"line":N,"column":N,
   "message":"..."}],["omitted_errors":N,]"findings":[...the same keys...]}
("omitted_errors" only when errors past --max-errors were counted, not listed.)
An unreadable file: {"file":"...","unreadable":"REASON"}.

SARIF output (--format=sarif): one SARIF 2.1.0 log with one run and its 26
rules, all of them listed whether they occur or not (so that rule indexes
stay the same from run to run): the 13 error codes, the 11 finding codes,
"omitted_errors" and "unreadable"; a result per error (level error) and
finding (level warning) at its file, line and column (columnKind
unicodeCodePoints), the pointer in the message.

GitHub output (--format=github): a workflow command per error and finding,
  ::error file=FILE,line=LINE,col=COL,title=CODE::POINTER: MESSAGE
  ::warning file=FILE,line=LINE,col=COL,title=CODE::POINTER: MESSAGE
then the summary line.

Every format also reports an unreadable file on standard error.

Exit status: 0 when every document is valid, 1 when any document is invalid,
2 on a usage error or when a file cannot be read (2 wins over 1).
)";

constexpr std::string_view fmt_help = R"(Usage: flowrun fmt [--strict] [--kind=KIND] [--pretty | --canonical]
                   [--max-size=SIZE] [--color=WHEN] [-j|--jobs=N] FILE|DIR...

fmt      writes each valid document as canonical JSON on standard output (the
         API's field order, null for absent nullable fields, timestamps and
         raw values as written, members the contract does not know after the
         known ones, no white space); NDJSON stays one run per line.

Options:
  --strict          contract mode (see flowrun help check)
  --kind=KIND       auto (the default), run, page, logs or ndjson
  --pretty          indent by two spaces, one member per line (NDJSON runs
                    are then no longer one per line)
  --canonical       RFC 8785 (JCS) instead: the same document with every
                    object's members sorted by key (UTF-16 code units), at
                    every level, raw values included; numbers as ECMAScript
                    writes them; no white space. The bytes to hash or sign.
                    A number with no IEEE 754 double (1e400 in an output) is
                    an out_of_range error for that document.
  --max-size=SIZE   largest document decoded (see flowrun help check)
  --color=WHEN      errors on standard error: auto, always or never
  -j, --jobs=N      threads (see flowrun help check); the output is the
                    same for any N
  -h, --help        show this help and exit

fmt reports invalid documents on standard error, as check would, and writes
nothing for them.

Exit status: 0 when every document is valid, 1 when any document is invalid,
2 on a usage error or when a file cannot be read (2 wins over 1).
)";

constexpr std::string_view summary_help =
    R"(Usage: flowrun summary [--strict] [--kind=KIND] [--no-findings] [--color=WHEN]
                       [--max-size=SIZE] [-j|--jobs=N] FILE|DIR...

summary  shows each run as a person reads it: id, status, start, duration,
         one line per step, findings last; a page or NDJSON file gets one
         block per run and a closing line of totals per status.

Options:
  --strict          contract mode (see flowrun help check)
  --kind=KIND       auto (the default), run, page, logs or ndjson
  --no-findings     do not look for findings
  --color=WHEN      auto (the default: colour when standard output is a
                    terminal and NO_COLOR is unset or empty), always, never
  --max-size=SIZE   largest document decoded (see flowrun help check)
  -j, --jobs=N      threads (see flowrun help check); the output is the
                    same for any N
  -h, --help        show this help and exit

summary reports invalid documents on standard error, as check would, and
writes nothing for them. It cuts step lines to COLUMNS, or else the
terminal's width, or else 80 columns.

Exit status: 0 when every document is valid, 1 when any document is invalid,
2 on a usage error or when a file cannot be read (2 wins over 1).
)";

// flowrun --help: every command.
constexpr std::string_view full_help_text = R"(
check    checks workflow-run JSON documents against the flowrun data contract,
         reports every error of every document, and the consistency findings
         (warnings) of the valid ones (as text, json, sarif or github).
fmt      writes each valid document as canonical JSON on standard output (the
         API's field order, null for absent nullable fields, timestamps and
         raw values as written, no white space); NDJSON stays one run per line.
summary  shows each run as a person reads it: id, status, start, duration,
         one line per step, findings last; a page or NDJSON file gets one
         block per run and a closing line of totals per status.
help     shows this help, or a command's (flowrun help check).

Options of every command:
  --strict              contract mode: an unknown key is an error
                        (unknown_field) and every non-optional field must be
                        present
  --kind=KIND           auto (the default), run, page, logs, or ndjson (one
                        run object per line; blank lines are skipped)
  --max-size=SIZE       largest document decoded (default 256M)
  --color=WHEN          auto, always or never (auto: colour only on a
                        terminal, and not when NO_COLOR is set and not empty)
  -j, --jobs=N          threads (default: the number of cores); the output
                        is the same for any N
Options of some:
  --format=FORMAT       check: text (the default), json, sarif or github
  --max-errors=N        check: report at most N errors of a document (default
                        100) and count the rest in an "and N more errors" line
  --warnings-as-errors  check: a document with findings is invalid
  --no-findings         check, summary: do not look for findings
  -q, --quiet           check: the summary line only
  --pretty              fmt: indent by two spaces, one member per line
  --canonical           fmt: RFC 8785 canonical JSON (see flowrun help fmt)
  -h, --help            show this help (after a command: the command's) and exit
  --version             show the version and exit

FILE is a path, or '-' for standard input; a DIR is searched for *.json,
*.ndjson and *.jsonl files. Output lines read
  FILE:LINE:COL: error[CODE] POINTER: MESSAGE
  FILE:LINE:COL: warning[CODE] POINTER: MESSAGE
Findings (warnings): completed_before_started, duration_mismatch,
missing_completed_at, unexpected_completed_at, missing_error_message,
unexpected_error_message, log_out_of_order, log_outside_run,
duplicate_log_id, run_too_long, output_not_object.
summary uses colour only when standard output is a terminal and NO_COLOR is
unset or empty; it cuts step lines to COLUMNS, or else the terminal's width.

'flowrun help COMMAND' has the details of each command.

Exit status: 0 when every document is valid, 1 when any document is invalid,
2 on a usage error or when a file cannot be read (2 wins over 1).
)";

} // namespace

std::string_view full_help() {
  static const std::string text = std::string(usage_head) + std::string(full_help_text);
  return text;
}

std::string_view help_of(command c) {
  switch (c) {
  case command::fmt: return fmt_help;
  case command::summary: return summary_help;
  case command::check: break;
  }
  return check_help;
}

} // namespace flowrun_cli
