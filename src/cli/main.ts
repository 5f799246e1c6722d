import { parseArgs } from 'node:util';
import { parseShard } from '../build/shard.ts';
import { build, merge } from './build.ts';
import { inspect } from './inspect.ts';
import { serve } from './serve.ts';
import { processIo, type Io } from './io.ts';

const USAGE = `Usage:
  bantin inspect FILE… [--json | --explain]   show the record each file becomes
  bantin build [--articles DIR] [--out DIR] [--base-url URL] [--path-prefix P] [--strict] [--shard K/N] [--stages]
                                              build the site into --out (default: dist)
  bantin merge SHARD_DIR… [--out DIR]         merge the outputs of 'build --shard K/N' into one site
  bantin serve [--port N] [--host H]          preview the site, rebuilding as files change

Options:
  --articles DIR   the folder of article files (default: articles)
  --out DIR        where the site is written (default: dist)
  --base-url URL   the address the site is published at (overrides bantin.config.json)
  --path-prefix P  the sub-path the site lives under, e.g. /my-repo/
  --json           print records as a JSON array, one per file
  --explain        print every line with the rule that classified it and why
  --strict         exit non-zero on any warning
  --shard K/N      build only shard K of N of the archive, for 'bantin merge'
  --stages         print 'stage NAME start' and 'stage NAME end' as the build goes (scripts/bench reads them)
  --port N         the preview's port (default: 8080; 0 picks a free one)
  --host H         the preview's address (default: 127.0.0.1)
  -h, --help       show this help`;

/** The command line: parses arguments, runs a command, returns the exit code. Nothing else here prints. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        articles: { type: 'string', default: 'articles' },
        out: { type: 'string', default: 'dist' },
        'base-url': { type: 'string' },
        'path-prefix': { type: 'string' },
        shard: { type: 'string' },
        stages: { type: 'boolean', default: false },
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.err(`bantin: ${(e as Error).message}\n\n${USAGE}`);
    return 64;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 64;
  }
  switch (command) {
    case 'inspect':
      if (rest.length === 0) {
        io.err(`bantin inspect: name at least one file.\n\n${USAGE}`);
        return 64;
      }
      return inspect({ files: rest, json: values.json, explain: values.explain, articlesDir: values.articles }, io);
    case 'build': {
      const shard = values.shard === undefined ? undefined : parseShard(values.shard);
      if (typeof shard === 'string') {
        io.err(`bantin build: ${shard}.`);
        return 64;
      }
      return build({ articlesDir: values.articles, outDir: values.out, baseUrl: values['base-url'], pathPrefix: values['path-prefix'], strict: values.strict, shard, stages: values.stages }, io);
    }
    case 'merge':
      if (rest.length === 0) {
        io.err(`bantin merge: name the shards' output folders.\n\n${USAGE}`);
        return 64;
      }
      return merge({ shardDirs: rest, outDir: values.out, baseUrl: values['base-url'], pathPrefix: values['path-prefix'] }, io);
    case 'serve': {
      const port = Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.err(`bantin serve: --port must be a port number, not '${values.port}'.`);
        return 64;
      }
      return serve({ articlesDir: values.articles, port, host: values.host }, io);
    }
    default:
      io.err(`bantin: unknown command '${command}'.\n\n${USAGE}`);
      return 64;
  }
}
