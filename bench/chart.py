"""Draws decode_bench's results as an SVG bar chart of throughput ratios.

    python3 bench/chart.py bench/results.json bench/results.svg
    python3 bench/chart.py run1.json run2.json run3.json bench/results.svg --merged bench/results.json

RESULTS is Google Benchmark JSON (--benchmark_out=FILE --benchmark_out_format=json,
or --benchmark_format=json). For every corpus (small, run, page, ndjson) each
implementation's bytes/s is divided by simdjson_dom's on the same corpus, so
simdjson_dom is 1.0: ratios are compared within one run, on one machine. With
--benchmark_repetitions the best repetition is used: on a shared machine the
others measure the load as much as the code. The chart notes the machine,
compiler and build from the results' context, and the same ratios are printed
as a Markdown table (the README's).

Standard library only: plain SVG text, no plotting package.
"""
import argparse
import json
import sys
from xml.sax.saxutils import escape

CORPORA = ["small", "run", "page", "ndjson"]
IMPLS = [
    "flowrun",
    "flowrun_boost",
    "simdjson_dom",
    "simdjson_ondemand",
    "rapidjson",
    "boost_json",
    "nlohmann",
    "simdjson_stage1",
]
BASELINE = "simdjson_dom"
COLORS = {
    "flowrun": "#1f5fa8",
    "flowrun_boost": "#86b4e3",
    "simdjson_dom": "#4d4d4d",
    "simdjson_ondemand": "#a6a6a6",
    "rapidjson": "#e0a030",
    "boost_json": "#3a9a5b",
    "nlohmann": "#c44e52",
    "simdjson_stage1": "#d9d9d9",  # the floor: stage 1 alone, no values
}


def throughputs(report):
    """{(corpus, impl): bytes/s}: the best of the repetitions when there are any."""
    best = {}
    for b in report.get("benchmarks", []):
        name = b.get("run_name", b["name"])
        corpus, _, impl = name.partition("/")
        if corpus not in CORPORA or impl not in IMPLS or b.get("error_occurred"):
            continue
        if "bytes_per_second" not in b or b.get("run_type") == "aggregate":
            continue
        best[(corpus, impl)] = max(best.get((corpus, impl), 0.0), b["bytes_per_second"])
    return best


def ratios(bps):
    """{(corpus, impl): ratio to simdjson_dom}, for corpora where the baseline ran."""
    r = {}
    for (corpus, impl), v in bps.items():
        base = bps.get((corpus, BASELINE))
        if base:
            r[(corpus, impl)] = v / base
    return r


def repetitions(report):
    reps = {b.get("repetitions", 1) for b in report.get("benchmarks", [])}
    n = max(reps) if reps else 1
    return f"best of {n} repetitions" if n > 1 else "one run per row"


def footer_lines(report):
    c = report.get("context", {})
    mhz = c.get("mhz_per_cpu")
    load = c.get("load_avg")
    load = ", ".join(f"{x:.2f}" for x in load) if isinstance(load, list) else "?"
    cpu = f"{c.get('cpu_model', 'unknown CPU')}, {c.get('num_cpus', '?')} CPUs" + (f" @ {mhz} MHz" if mhz else "")
    return [
        f"{c.get('host_name', 'unknown host')}: {cpu}; load average {load}; {c.get('date', '')}",
        f"{c.get('compiler', 'unknown compiler')}; {c.get('build', 'unknown build')}; {c.get('flags', 'flags not recorded')}; "
        f"simdjson {c.get('simdjson', '?')}",
        f"bytes/s of each row divided by simdjson_dom's on the same corpus ({repetitions(report)}); "
        f"Google Benchmark library built as {c.get('library_build_type', '?')}",
    ]


def corpus_label(report, corpus):
    detail = report.get("context", {}).get("corpus_" + corpus, "")
    size = detail.split(",")[0] if detail else ""
    if size.endswith(" bytes"):
        n = int(size.split()[0])
        size = f"{n / 1024:.0f} KiB" if n < 1 << 20 else f"{n / (1 << 20):.1f} MiB"
        if n < 1024:
            size = f"{n} B"
    return f"{corpus} ({size})" if size else corpus


def svg(report, r):
    width, height = 1000, 540
    left, right, top, bottom = 70, 20, 70, 150
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = max([1.25] + [v for v in r.values()])
    step = 0.25 if top_value <= 2.5 else 0.5 if top_value <= 5 else 1.0
    y_max = step * (int(top_value / step) + 1)

    def y(v):
        return top + plot_h - v / y_max * plot_h

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif">',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        f'<text x="{width / 2}" y="28" text-anchor="middle" font-size="18" font-weight="bold">'
        "Decoding throughput relative to simdjson DOM</text>",
        f'<text x="{width / 2}" y="48" text-anchor="middle" font-size="12" fill="#444">'
        "bytes/s ratio per corpus, higher is better; every row extracts the same typed values</text>",
    ]
    # Grid and y axis.
    v = 0.0
    while v <= y_max + 1e-9:
        out.append(f'<line x1="{left}" y1="{y(v):.1f}" x2="{left + plot_w}" y2="{y(v):.1f}" stroke="#e5e5e5"/>')
        out.append(f'<text x="{left - 8}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="11">{v:.2f}</text>')
        v += step
    out.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#000"/>')
    out.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#000"/>')
    out.append(
        f'<text x="18" y="{top + plot_h / 2}" font-size="12" text-anchor="middle" '
        f'transform="rotate(-90 18 {top + plot_h / 2})">ratio to simdjson_dom</text>'
    )
    # Bars, one group per corpus.
    group_w = plot_w / len(CORPORA)
    bar_w = group_w / (len(IMPLS) + 1.5)
    for gi, corpus in enumerate(CORPORA):
        x0 = left + gi * group_w + 0.75 * bar_w
        for bi, impl in enumerate(IMPLS):
            x = x0 + bi * bar_w
            cx = x + bar_w / 2
            value = r.get((corpus, impl))
            if value is None:
                out.append(
                    f'<text x="{cx:.1f}" y="{top + plot_h - 4}" text-anchor="middle" font-size="9" '
                    f'fill="#888">n/a</text>'
                )
                continue
            out.append(
                f'<rect x="{x + 1:.1f}" y="{y(value):.1f}" width="{bar_w - 2:.1f}" '
                f'height="{top + plot_h - y(value):.1f}" fill="{COLORS[impl]}">'
                f"<title>{escape(corpus)}/{escape(impl)}: {value:.2f}x</title></rect>"
            )
            out.append(
                f'<text x="{cx:.1f}" y="{y(value) - 4:.1f}" text-anchor="middle" font-size="9">{value:.2f}</text>'
            )
        out.append(
            f'<text x="{left + gi * group_w + group_w / 2:.1f}" y="{top + plot_h + 20}" text-anchor="middle" '
            f'font-size="13">{escape(corpus_label(report, corpus))}</text>'
        )
    # The baseline (named in the legend).
    out.append(
        f'<line x1="{left}" y1="{y(1):.1f}" x2="{left + plot_w}" y2="{y(1):.1f}" stroke="#d62728" '
        f'stroke-width="1.5" stroke-dasharray="6 4"/>'
    )
    # Legend: items placed by the length of their names (about 7 px a character at 12 px).
    legend_y = top + plot_h + 46
    x = left
    for impl in IMPLS:
        out.append(f'<rect x="{x:.1f}" y="{legend_y - 10}" width="12" height="12" fill="{COLORS[impl]}"/>')
        out.append(f'<text x="{x + 17:.1f}" y="{legend_y}" font-size="12">{escape(impl)}</text>')
        x += 17 + 7 * len(impl) + 12
    out.append(
        f'<line x1="{x:.1f}" y1="{legend_y - 4}" x2="{x + 24:.1f}" y2="{legend_y - 4}" stroke="#d62728" '
        f'stroke-width="1.5" stroke-dasharray="6 4"/>'
    )
    out.append(f'<text x="{x + 29:.1f}" y="{legend_y}" font-size="12">1.0 = {BASELINE}</text>')
    # Where and how it was measured.
    for i, line in enumerate(footer_lines(report)):
        out.append(
            f'<text x="{left}" y="{legend_y + 34 + 16 * i}" font-size="11" fill="#444">{escape(line)}</text>'
        )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def table(bps, r):
    lines = [
        "| impl | " + " | ".join(CORPORA) + " |",
        "|---|" + "---:|" * len(CORPORA),
    ]
    for impl in IMPLS:
        cells = [f"{r[(c, impl)]:.2f}x" if (c, impl) in r else "n/a" for c in CORPORA]
        lines.append(f"| `{impl}` | " + " | ".join(cells) + " |")
    base = [f"{bps[(c, BASELINE)] / (1 << 20):,.0f} MiB/s" if (c, BASELINE) in bps else "n/a" for c in CORPORA]
    lines.append(f"| *{BASELINE} itself* | " + " | ".join(base) + " |")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", metavar="RESULTS... SVG",
                    help="Google Benchmark JSON outputs of decode_bench (several processes of one build: each row "
                         "takes its best), then the chart to write")
    ap.add_argument("--merged", help="also write the results, all processes in one file")
    args = ap.parse_args()
    if len(args.files) < 2:
        ap.error("give at least one RESULTS file and the SVG")
    *results, out = args.files
    report = None
    for name in results:
        with open(name, encoding="utf-8") as f:
            one = json.load(f)
        if report is None:
            report = one
        else:
            report["benchmarks"] += one.get("benchmarks", [])
    bps = throughputs(report)
    r = ratios(bps)
    if not r:
        sys.exit(f"{' '.join(results)}: no <corpus>/{BASELINE} rows with bytes_per_second")
    with open(out, "w", encoding="utf-8") as f:
        f.write(svg(report, r))
    if args.merged:
        with open(args.merged, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1)
    sys.stdout.write(table(bps, r))


if __name__ == "__main__":
    main()
