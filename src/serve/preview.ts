import { watch, type FSWatcher } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { buildSite, type BuildResult } from '../build/index.ts';
import { serveStatic } from './static.ts';

export interface PreviewOptions {
  projectDir: string;
  articlesDir: string;
  /** Where the preview site is built: not dist/, which stays what was last published. */
  outDir: string;
  port: number;
  host: string;
  onBuild: (result: BuildResult | Error) => void;
  onListening: (url: string) => void;
}

/** Editors save a file in bursts; one rebuild after a short quiet spell. */
const DEBOUNCE_MS = 200;

const LIVE_SCRIPT = `new EventSource('/__bantin/events').addEventListener('reload', () => location.reload());`;

/**
 * The editor's preview: builds the site, serves it, and rebuilds when a file
 * in articles/ or templates/ is added, changed or deleted, then tells open
 * pages to reload (server-sent events). A build that fails is reported and
 * the last good site stays served. The service worker is replaced by one that
 * removes itself, so a preview is never served from a cache.
 */
export async function startPreview(options: PreviewOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const clients = new Set<ServerResponse>();
  const server = serveStatic(options.outDir, '/', {
    injectHtml: '<script src="/__bantin/live.js"></script>',
    handle(req, res, url) {
      if (url.pathname === '/__bantin/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
        res.write(': bantin preview\n\n');
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return true;
      }
      if (url.pathname === '/__bantin/live.js' || url.pathname === '/sw.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        res.end(url.pathname === '/sw.js' ? `self.addEventListener('install', () => self.skipWaiting()); self.addEventListener('activate', () => self.registration.unregister());` : LIVE_SCRIPT);
        return true;
      }
      return false;
    },
  });

  let running: Promise<void> | null = null;
  let again = false;
  const rebuild = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          options.onBuild(await buildSite({ projectDir: options.projectDir, articlesDir: options.articlesDir, outDir: options.outDir }));
          for (const client of clients) client.write('event: reload\ndata: {}\n\n');
        } catch (e) {
          options.onBuild(e instanceof Error ? e : new Error(String(e)));
        }
      } while (again);
    })();
    await running;
    running = null;
  };

  await rebuild();
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host}:${port}/`;
  options.onListening(url);

  let timer: NodeJS.Timeout | null = null;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), DEBOUNCE_MS);
  };
  const watchers: FSWatcher[] = [];
  for (const dir of [options.articlesDir, path.join(options.projectDir, 'templates'), path.join(options.projectDir, 'bantin.config.json')]) {
    try {
      watchers.push(watch(dir, { recursive: true }, schedule));
    } catch {
      // A project without its own templates/ or configuration: nothing to watch there.
    }
  }
  return {
    url,
    close: async () => {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      for (const c of clients) c.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
