/**
 * A direct YAML writer for the front-matter, byte for byte what gray-matter's `stringify` gives
 * with its js-yaml 3 (`safeDump`, `lineWidth: -1`, `noRefs: true`), ten times cheaper. It covers
 * what the front-matter holds (mappings, sequences of scalars or mappings, strings on one line,
 * numbers, booleans, null) and answers null for anything else, so the caller falls back to js-yaml.
 */
import { createRequire } from 'node:module';

type YamlType = { resolve: (data: string) => boolean };

// The js-yaml that gray-matter loads (version 3), for its rules on strings that read as another type.
const jsYaml = createRequire(createRequire(import.meta.url).resolve('gray-matter'))('js-yaml') as { DEFAULT_SAFE_SCHEMA: { compiledImplicit: YamlType[] } };
const implicitTypes = jsYaml.DEFAULT_SAFE_SCHEMA.compiledImplicit;

// js-yaml 3 quotes these YAML 1.1 booleans in its default (compatible) mode.
const deprecatedBooleans = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

// UTF-16 units js-yaml 3 writes as they are (`isPrintable`, which it asks of each unit, so a
// surrogate half is not); a string with any other needs a double-quoted escape.
const unprintable = /[^\x20-\x7e\u00a1-\ud7ff\ue000-\ufffd]|[\u2028\u2029\ufeff]/;
// Inside printable text js-yaml's only white space is the space (`isWhitespace` is space or tab,
// and a tab is not printable). A plain scalar may not start with an indicator or a space
// (`isPlainSafeFirst`), may not hold a flow indicator, a colon or a "#" after a space
// (`isPlainSafe`), and may not end with a space.
const unsafeFirst = /^[-?:,[\]{}#&*!|=>'"%@` ]/;
const unsafeInside = /[,[\]{}:]| #/;
const simpleKey = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * The YAML of `data` (a plain object, keys in the order to write) as gray-matter writes it between
 * the `---` lines, without the final line break; null when `data` holds something this writer
 * does not cover (a string with a line break or an unprintable character, say).
 *
 * @example writeFrontMatter({ title: 'Hello: world', n: 3 }) // "title: 'Hello: world'\nn: 3"
 */
export function writeFrontMatter(data: Record<string, unknown>): string | null {
  const lines: string[] = [];
  return writeMapping(data, '', lines) ? lines.join('\n') : null;
}

function writeMapping(object: Record<string, unknown>, indent: string, lines: string[], firstPrefix = indent): boolean {
  let prefix = firstPrefix;
  let empty = true;
  for (const key in object) {
    const value = object[key];
    if (value === undefined) continue;
    if (!simpleKey.test(key) || isAmbiguous(key) || deprecatedBooleans.has(key)) return false;
    if (!writeEntry(`${prefix}${key}:`, value, `${indent}  `, lines)) return false;
    prefix = indent;
    empty = false;
  }
  if (empty) lines.push(`${firstPrefix}{}`);
  return true;
}

// One `key:` or `-` line and what follows it; `nested` is the indent of a block below it.
function writeEntry(head: string, value: unknown, nested: string, lines: string[]): boolean {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      lines.push(`${head} []`);
      return true;
    }
    lines.push(head);
    for (const item of value) {
      if (Array.isArray(item)) return false;
      if (item !== null && typeof item === 'object') {
        if (!writeMapping(item as Record<string, unknown>, `${nested}  `, lines, `${nested}- `)) return false;
        continue;
      }
      const scalar = writeScalar(item);
      if (scalar === null) return false;
      lines.push(`${nested}- ${scalar}`);
    }
    return true;
  }
  if (value !== null && typeof value === 'object') {
    if (Object.values(value).every((v) => v === undefined)) {
      lines.push(`${head} {}`);
      return true;
    }
    lines.push(head);
    return writeMapping(value as Record<string, unknown>, nested, lines);
  }
  const scalar = writeScalar(value);
  if (scalar === null) return false;
  lines.push(`${head} ${scalar}`);
  return true;
}

function writeScalar(value: unknown): string | null {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    // js-yaml's int and float representers; NaN, infinities and -0 are left to it.
    if (!Number.isFinite(value) || Object.is(value, -0)) return null;
    const text = value.toString(10);
    return Number.isInteger(value) || !/^[-+]?[0-9]+e/.test(text) ? text : text.replace('e', '.e');
  }
  if (typeof value !== 'string') return null;
  return writeString(value);
}

// js-yaml 3's `writeScalar` for a string on one line: plain where that reads back as the same
// string, else single-quoted.
function writeString(value: string): string | null {
  if (value === '') return "''";
  if (value.includes('\n') || unprintable.test(value)) return null;
  if (deprecatedBooleans.has(value)) return `'${value}'`;
  const plain = !unsafeFirst.test(value) && !unsafeInside.test(value) && !value.endsWith(' ') && !isAmbiguous(value);
  return plain ? value : `'${value.replace(/'/g, "''")}'`;
}

// Only null and the booleans resolve from a string that does not start like a number, a
// timestamp, "~" or the merge key "<<"; those few are checked by js-yaml's own resolvers.
const mayResolve = /^[-+.0-9~<]|^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

function isAmbiguous(value: string): boolean {
  return mayResolve.test(value) && implicitTypes.some((type) => type.resolve(value));
}
