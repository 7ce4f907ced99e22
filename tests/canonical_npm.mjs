// The independent side of tests/canonical_npm_test.py: RFC 8785 canonical JSON by the npm
// package `canonicalize` (tests/node, `npm ci --prefix tests/node`), as
// canonicalize(JSON.parse(text)).
//
//   node canonical_npm.mjs < inputs.jsonl > outputs.jsonl
//     Each input line is {"b64": <the document's bytes, base64>}. Each output line, in
//     order, is {"ok": <the canonical text's UTF-8 bytes, base64>} or
//     {"error": KIND, "message": ...}, KIND being
//       utf8            the bytes are not UTF-8 (decoded with fatal: true, no BOM skipped)
//       syntax          JSON.parse rejects the text
//       lone_surrogate  a string or key holds a lone surrogate (JSON.stringify would escape it)
//       infinity        canonicalize throws on a number that overflowed to Infinity
//       other           anything else (a deep document overflowing the stack, ...)
//
//   node canonical_npm.mjs --numbers COUNT SEED
//     COUNT lines "HEX,TEXT": random IEEE 754 doubles (finite; every tenth near an
//     integer or a power of ten) and their text as JavaScript's Number.prototype.toString
//     writes it, which RFC 8785 section 3.2.2.3 requires. This made
//     tests/data/rfc8785/numbers.txt.
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

const require = createRequire(import.meta.url);
const canonicalize = require('./node/node_modules/canonicalize');

// A lone surrogate: with the u flag a pair is one code point, so only a lone one matches
// (String.prototype.isWellFormed would do, but Debian 12's Node 18 does not have it).
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const wellFormed = (s) => !LONE_SURROGATE.test(s);

function hasLoneSurrogate (value) {
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (!wellFormed(v)) return true;
    } else if (Array.isArray(v)) {
      for (const e of v) stack.push(e);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, e] of Object.entries(v)) {
        if (!wellFormed(k)) return true;
        stack.push(e);
      }
    }
  }
  return false;
}

function one (bytes) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (e) {
    return { error: 'utf8', message: String(e) };
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: 'syntax', message: String(e) };
  }
  try {
    if (hasLoneSurrogate(value)) return { error: 'lone_surrogate', message: '' };
    return { ok: Buffer.from(canonicalize(value), 'utf8').toString('base64') };
  } catch (e) {
    const message = String(e);
    return { error: message.includes('Infinity') ? 'infinity' : 'other', message };
  }
}

// splitmix64, as tests/corpus.hpp.
function * splitmix64 (seed) {
  let s = BigInt.asUintN(64, BigInt(seed));
  for (;;) {
    s = BigInt.asUintN(64, s + 0x9e3779b97f4a7c15n);
    let z = s;
    z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
    z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
    yield z ^ (z >> 31n);
  }
}

function numbers (count, seed) {
  const rng = splitmix64(seed);
  const view = new DataView(new ArrayBuffer(8));
  const lines = [];
  while (lines.length < count) {
    const r = rng.next().value;
    let d;
    if (lines.length % 10 === 9) {
      // Near an integer or a power of ten: the notation switches there.
      const e = Number(r % 64n) - 30;
      const base = Number(r >> 8n & 0xffffn) * 10 ** e;
      view.setFloat64(0, base);
      view.setBigUint64(0, BigInt.asUintN(64, view.getBigUint64(0) + (r >> 40n & 7n) - 3n));
    } else {
      view.setBigUint64(0, r);
    }
    d = view.getFloat64(0);
    if (!Number.isFinite(d)) continue;
    lines.push(view.getBigUint64(0).toString(16).padStart(16, '0') + ',' + String(d));
  }
  return lines.join('\n') + '\n';
}

if (process.argv[2] === '--numbers') {
  process.stdout.write(numbers(Number(process.argv[3]), process.argv[4]));
} else {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out = [];
  for await (const line of rl) {
    if (line === '') continue;
    out.push(JSON.stringify(one(Buffer.from(JSON.parse(line).b64, 'base64'))));
  }
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
}
