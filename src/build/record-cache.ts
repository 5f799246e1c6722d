import { createHash } from 'node:crypto';
import { appendFile, mkdir, open, rename, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { digestFiles } from './digest.ts';
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
 * Extracted records, by a digest of what made them: the ruleset, the
 * options, the file's path and its bytes. An unchanged file is never
 * parsed twice; a file whose size and modification time are those last
 * seen is not even read.
 *
 * The cache is one append-only log (`records.v8log`, first line the
 * ruleset): many small files cost a file-system operation each, which is
 * what dominates a rebuild on slow disks. A build appends what it added;
 * when most lines are stale, a full build writes the log anew. Lines are in
 * V8's serialisation, not JSON: reading a rebuild's whole archive back is
 * then a copy of its strings rather than a decoding of UTF-8 and a parse.
 */
export class RecordCache {
  private readonly entries = new Map<string, Extracted>();
  private readonly stamps = new Map<string, string>();
  private readonly usedKeys = new Set<string>();
  private readonly usedStamps = new Set<string>();
  private pending: LogLine[] = [];
  private lines = 0;

  private constructor(
    private readonly file: string,
    private readonly salt: string,
  ) {}

  static async open(dir: string, salt: string): Promise<RecordCache> {
    const cache = new RecordCache(path.join(dir, 'records.v8log'), salt);
    await cache.load();
    // The JSON log of earlier versions is never read again.
    await rm(path.join(dir, 'records.jsonl'), { force: true });
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
      await writeLines(temporary, live, this.salt);
      await rename(temporary, this.file);
      this.lines = live.length;
    } else if (this.pending.length > 0) {
      if (this.lines === 0) await writeLines(this.file, this.pending, this.salt);
      else await writeLines(this.file, this.pending);
      this.lines += this.pending.length;
    }
    this.pending = [];
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
    let first = true;
    const whole = await readLines(this.file, (line) => {
      if (first) {
        first = false;
        return (line as { salt?: string }).salt === this.salt;
      }
      const { k, s, v } = line as LogLine;
      if (v !== undefined) this.entries.set(k, v);
      if (s !== undefined) this.stamps.set(s, k);
      this.lines++;
      return true;
    });
    if (whole !== null && this.lines > 0) await truncate(this.file, whole);
  }
}

/** A line of the log: its length in 4 bytes, then the value in V8's serialisation. */
function encode(value: unknown): Buffer {
  const body = serialize(value);
  const head = Buffer.allocUnsafe(4);
  head.writeUInt32LE(body.length);
  return Buffer.concat([head, body]);
}

/** Lines are written a thousand at a time: a whole archive's records would not fit in one buffer. With `salt`, the file is started anew with its header. */
async function writeLines(file: string, lines: LogLine[], salt?: string): Promise<void> {
  if (salt !== undefined) await writeFile(file, encode({ salt }));
  for (let i = 0; i < lines.length; i += 1000) await appendFile(file, Buffer.concat(lines.slice(i, i + 1000).map(encode)));
}

/**
 * Hands each line of the log to `each`, reading a chunk at a time, until
 * `each` says stop or a line is cut short or unreadable. Returns the length
 * of the whole lines read; null when there is no log.
 */
async function readLines(file: string, each: (line: unknown) => boolean): Promise<number | null> {
  const handle = await open(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  if (!handle) return null;
  let whole = 0;
  try {
    let buffer = Buffer.alloc(0);
    const chunk = Buffer.allocUnsafe(16 << 20);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return whole;
      buffer = Buffer.concat([buffer, chunk.subarray(0, bytesRead)]);
      let at = 0;
      while (at + 4 <= buffer.length && at + 4 + buffer.readUInt32LE(at) <= buffer.length) {
        const end = at + 4 + buffer.readUInt32LE(at);
        let line: unknown;
        try {
          line = deserialize(buffer.subarray(at + 4, end));
        } catch {
          return whole;
        }
        if (!each(line)) return whole;
        whole += end - at;
        at = end;
      }
      buffer = buffer.subarray(at);
    }
  } finally {
    await handle.close();
  }
}

function stampOf(stamp: FileStamp, options: unknown): string {
  return `${stamp.file}\0${stamp.size}\0${stamp.mtimeMs}\0${JSON.stringify(options)}`;
}
