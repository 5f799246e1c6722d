import path from 'node:path';
import { ConfigError } from '../render/config.ts';
import { startPreview } from '../serve/preview.ts';
import { formatReport } from './build.ts';
import type { Io } from './io.ts';

export interface ServeOptions {
  articlesDir: string;
  port: number;
  host: string;
}

/** `bantin serve` (`npm start`): the live preview; runs until stopped. */
export async function serve(options: ServeOptions, io: Io): Promise<number> {
  const projectDir = process.cwd();
  try {
    const preview = await startPreview({
      projectDir,
      articlesDir: path.resolve(options.articlesDir),
      outDir: path.join(projectDir, '.bantin', 'preview'),
      port: options.port,
      host: options.host,
      onBuild: (result) => io.err(result instanceof Error ? `bantin: the build failed: ${result.message}` : `${formatReport(result)}\n`),
      onListening: (url) => io.out(`Preview at ${url} (Ctrl+C to stop)`),
    });
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await preview.close();
    return 0;
  } catch (e) {
    if (e instanceof ConfigError) {
      io.err(`bantin: ${e.message}`);
      return 64;
    }
    throw e;
  }
}
