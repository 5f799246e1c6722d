import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { appendFile, mkdir, rename, rm, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { digestFiles } from './digest.ts';
import type { ArticleRecord } from '../record.ts';
import type { Extracted } from './ingest.ts';
import { BANTIN_ROOT } from './paths.ts';

/**
 * Everything a cached extraction depends on besides the file: the code and
 * data of the reading and extraction stages, of the fingerprints made with
 * each record, and bantin's version. A change to any rule or word list makes
 * every cached record stale at once.
 */
export function rulesetDigest(): Promise<string> {
  return digestFiles(BANTIN_ROOT, ['src/read', 'src/extract', 'src/vietnamese', 'src/corpus/fingerprint.ts', 'src/corpus/near-duplicates.ts', 'src/fnv.ts', 'src/build/ingest.ts', 'src/content-digest.ts', 'src/record.ts', 'src/diagnostics.ts', 'package.json']);
}

/** What identifies a file without reading it: its path, size and modification time, and the extraction options. */
export interface FileStamp {
  file: string;
  size: number;
  mtimeMs: number;
}

/** One line of the cache's log: a record by its content key, and/or the stamp of a file that holds that content. */
interface LogLine {
  k: string;
  s?: string;
  v?: Extracted;
}

/**
 * A record's text: most of a cached line's bytes (nine tenths of them), and
 * what a rebuild needs of a few records only (the pages it renders, the
 * index part it writes). It is kept in the log apart from the rest of the
 * line and read when asked for.
 */
const TEXT_FIELDS = ['body', 'paragraphs'] as const;

/** Where a record's text is in a log. */
interface TextSpan {
  at: number;
  length: number;
}

/** Where a cached record's text is: in which log (an open handle on it), and where in it. */
interface TextPlace extends TextSpan {
  log: number;
}

/**
 * Extracted records, by a digest of what made them: the ruleset, the
 * options, the file's path and its bytes. An unchanged file is never
 * parsed twice; a file whose size and modification time are those last
 * seen is not even read.
 *
 * The cache is one append-only log (`records.v9log`, first line the
 * ruleset): many small files cost a file-system operation each, which is
 * what dominates a rebuild on slow disks. A build appends what it added;
 * when most lines are stale, a full build writes the log anew. Lines are in
 * V8's serialisation, not JSON: reading a rebuild's whole archive back is
 * then a copy of its strings rather than a decoding of UTF-8 and a parse.
 * A record's text (TEXT_FIELDS) is not read back with it: the record read
 * back reads it from the log when it is asked for, so a rebuild holds the
 * archive's metadata, not its text (230 MB less at 10,000 articles, and a
 * fifth of a second). So does a record once it is written to the log: a
 * full build holds its records' text from extraction to the flush only,
 * and reads it again for the index and the pages. The logs stay open for
 * that until `close`.
 */
export class RecordCache {
  private readonly entries = new Map<string, Extracted>();
  private readonly stamps = new Map<string, string>();
  private readonly usedKeys = new Set<string>();
  private readonly usedStamps = new Set<string>();
  /** Where each lazily read record's text is: a full build's compaction copies it from there. */
  private readonly texts = new WeakMap<ArticleRecord, TextPlace>();
  private pending: LogLine[] = [];
  private lines = 0;
  /** Every handle opened on a log (a compaction replaces the file; records keep reading the one they were read from). */
  private readonly logs: number[] = [];
  private closed = false;

  private constructor(
    private readonly file: string,
    private readonly salt: string,
  ) {}

  static async open(dir: string, salt: string): Promise<RecordCache> {
    const cache = new RecordCache(path.join(dir, 'records.v9log'), salt);
    await cache.load();
    // The logs of earlier versions are never read again.
    for (const old of ['records.jsonl', 'records.v8log']) await rm(path.join(dir, old), { force: true });
    return cache;
  }

  key(file: string, bytes: Uint8Array, options: unknown): string {
    return createHash('sha256').update(this.salt).update('\0').update(JSON.stringify(options)).update('\0').update(file).update('\0').update(bytes).digest('base64url');
  }

  /** The record of a file seen before with the same size and modification time, without reading it. */
  byStamp(stamp: FileStamp, options: unknown): Extracted | undefined {
    const s = stampOf(stamp, options);
    const key = this.stamps.get(s);
    if (key === undefined || !this.entries.has(key)) return undefined;
    this.usedStamps.add(s);
    this.usedKeys.add(key);
    return this.entries.get(key);
  }

  /** The record for this content key; the stamp is remembered for next time. */
  get(key: string, stamp: FileStamp, options: unknown): Extracted | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) this.remember(key, stamp, options, undefined);
    return value;
  }

  put(key: string, stamp: FileStamp, options: unknown, value: Extracted): void {
    this.entries.set(key, value);
    this.remember(key, stamp, options, value);
  }

  /** Appends what this build added. With `compact`, a log that is mostly stale lines is written anew with only what this build used. */
  async flush(compact: boolean): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    if (compact && this.lines + this.pending.length > 2 * this.usedKeys.size + 100) {
      const live: LogLine[] = [...this.usedKeys].map((k) => ({ k, v: this.entries.get(k)! }));
      for (const s of this.usedStamps) live.push({ k: this.stamps.get(s)!, s });
      const temporary = `${this.file}.${process.pid}.tmp`;
      const places = await this.writeLines(temporary, live, true);
      // The records read lazily keep reading the log they came from, through the handle still open on it.
      await rename(temporary, this.file);
      this.lines = live.length;
      this.readLazily(live, places);
    } else if (this.pending.length > 0) {
      const places = await this.writeLines(this.file, this.pending, this.lines === 0);
      this.lines += this.pending.length;
      this.readLazily(this.pending, places);
    }
    this.pending = [];
  }

  /** Lets go of the logs: the records read back from them can no longer read their text. */
  close(): void {
    for (const log of this.logs.splice(0)) closeSync(log);
    this.closed = true;
  }

  private remember(key: string, stamp: FileStamp, options: unknown, value: Extracted | undefined): void {
    const s = stampOf(stamp, options);
    this.usedKeys.add(key);
    this.usedStamps.add(s);
    if (this.stamps.get(s) === key && value === undefined) return;
    this.stamps.set(s, key);
    this.pending.push(value === undefined ? { k: key, s } : { k: key, s, v: value });
  }

  /**
   * Reads the log; one written for another ruleset (or by another V8) is
   * ignored, and replaced at the next flush. A torn last line (a killed
   * build) ends it, and is cut off before anything is appended.
   */
  private async load(): Promise<void> {
    let log: number;
    try {
      log = this.openLog();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    let first = true;
    const whole = readLines(log, (line, text) => {
      if (first) {
        first = false;
        return (line as { salt?: string }).salt === this.salt;
      }
      const { k, s, v } = line as LogLine;
      if (v !== undefined) {
        // A line is read fresh from the log: its record can read its text lazily in place (copying it and the line cost 10 µs a line).
        if (v.record && text) this.withLazyText(v.record, { log, at: text.at, length: text.length });
        this.entries.set(k, v);
      }
      if (s !== undefined) this.stamps.set(s, k);
      this.lines++;
      return true;
    });
    if (this.lines > 0) await truncate(this.file, whole);
  }

  private openLog(): number {
    const log = openSync(this.file, 'r');
    this.logs.push(log);
    return log;
  }

  /** Once written, the records just written read their text from the log, and their text in memory can go. */
  private readLazily(lines: readonly LogLine[], places: readonly (TextSpan | null)[]): void {
    let log: number | null = null;
    lines.forEach(({ v }, i) => {
      const place = places[i];
      if (!v?.record || !place || this.texts.has(v.record)) return;
      log ??= this.openLog();
      this.withLazyText(v.record, { log, ...place });
    });
  }

  /** The record, its text fields (in place, keeping their order) read from the log each time they are asked for. */
  private withLazyText(record: ArticleRecord, place: TextPlace): ArticleRecord {
    const read = () => {
      if (this.closed) throw new Error(`the text of ${record.file} was asked for after the record cache was closed`);
      const bytes = Buffer.allocUnsafe(place.length);
      readSync(place.log, bytes, 0, place.length, place.at);
      return deserialize(bytes) as Pick<ArticleRecord, (typeof TEXT_FIELDS)[number]>;
    };
    for (const field of TEXT_FIELDS) if (field in record) Object.defineProperty(record, field, { get: () => read()[field], enumerable: true, configurable: true });
    this.texts.set(record, place);
    return record;
  }

  /**
   * Lines are written a thousand at a time: a whole archive's records would
   * not fit in one buffer. With `header`, the file is started anew with the
   * ruleset. Returns where each line's text went in the file.
   */
  private async writeLines(file: string, lines: LogLine[], header: boolean): Promise<(TextSpan | null)[]> {
    let at = 0;
    if (header) {
      const head = encode({ salt: this.salt });
      await writeFile(file, head);
      at = head.length;
    } else at = (await stat(file)).size;
    const places: (TextSpan | null)[] = [];
    for (let i = 0; i < lines.length; i += 1000) {
      const encoded = lines.slice(i, i + 1000).map((line) => this.encodeLine(line));
      for (const { bytes, text } of encoded) {
        places.push(text > 0 ? { at: at + bytes.length - text, length: text } : null);
        at += bytes.length;
      }
      await appendFile(file, Buffer.concat(encoded.map((e) => e.bytes)));
    }
    return places;
  }

  /** A line, and the length of its record's text at its end (copied as stored, for a record read lazily). */
  private encodeLine({ k, s, v }: LogLine): { bytes: Buffer; text: number } {
    const record = v?.record;
    if (!record) return { bytes: encode({ k, s, v }), text: 0 };
    const place = this.texts.get(record);
    const stored = Object.fromEntries(Object.keys(record).map((key) => [key, (TEXT_FIELDS as readonly string[]).includes(key) ? null : record[key as keyof ArticleRecord]]));
    let text: Buffer;
    if (place) {
      text = Buffer.allocUnsafe(place.length);
      readSync(place.log, text, 0, place.length, place.at);
    } else text = serialize(Object.fromEntries(TEXT_FIELDS.filter((f) => f in record).map((f) => [f, record[f]])));
    return { bytes: encode({ k, s, v: { ...v, record: stored } }, text), text: text.length };
  }
}

/** A line of the log: the lengths of its two pieces in 4 bytes each, then the line without its record's text and the text, in V8's serialisation. */
function encode(line: unknown, text: Buffer = Buffer.alloc(0)): Buffer {
  const body = serialize(line);
  const head = Buffer.allocUnsafe(8);
  head.writeUInt32LE(body.length);
  head.writeUInt32LE(text.length, 4);
  return Buffer.concat([head, body, text]);
}

/**
 * Hands each line of the log to `each`, with where its text is, until
 * `each` says stop or a line is cut short or unreadable; the texts are not
 * read. Returns the length of the whole lines read.
 */
function readLines(log: number, each: (line: unknown, text: TextSpan | null) => boolean): number {
  const size = fstatSync(log).size;
  let chunk = Buffer.allocUnsafe(Math.min(size, 1 << 20));
  let whole = 0;
  while (whole + 8 <= size) {
    const got = readSync(log, chunk, 0, chunk.length, whole);
    let at = 0;
    while (at + 8 <= got) {
      const length = chunk.readUInt32LE(at);
      const textLength = chunk.readUInt32LE(at + 4);
      const end = whole + at + 8 + length + textLength;
      if (end > size) return whole;
      // The line's head is cut by the chunk's end: the next read starts at this line.
      if (at + 8 + length > got) break;
      let line: unknown;
      try {
        line = deserialize(chunk.subarray(at + 8, at + 8 + length));
      } catch {
        return whole;
      }
      if (!each(line, textLength > 0 ? { at: whole + at + 8 + length, length: textLength } : null)) return whole;
      at = end - whole;
    }
    if (at === 0) {
      // A head longer than the chunk: read it whole.
      if (whole + 8 > size || chunk.length >= size - whole) return whole;
      chunk = Buffer.allocUnsafe(Math.min(size - whole, 2 * chunk.length));
      continue;
    }
    whole += at;
  }
  return whole;
}

function stampOf(stamp: FileStamp, options: unknown): string {
  return `${stamp.file}\0${stamp.size}\0${stamp.mtimeMs}\0${JSON.stringify(options)}`;
}
