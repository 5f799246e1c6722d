import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticOptions {
  /** Answers a request itself (returns true), before files are looked at: the preview's live-reload endpoints. */
  handle?: (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;
  /** HTML added before `</body>` of every page served: the preview's live-reload script. */
  injectHtml?: string;
}

/**
 * Serves a built site the way static hosts do: `/a/` → `/a/index.html`,
 * unknown paths → `404.html` with status 404, under an optional path prefix.
 * Never serves a file outside the folder.
 */
export function serveStatic(root: string, pathPrefix = '/', options: StaticOptions = {}): Server {
  const base = path.resolve(root);
  const prefix = pathPrefix.endsWith('/') ? pathPrefix : `${pathPrefix}/`;
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (options.handle?.(req, res, url)) return;
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(prefix)) return notFound();
    pathname = `/${pathname.slice(prefix.length)}`;
    let file = path.join(base, pathname);
    if (!file.startsWith(base)) return notFound();
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = path.join(file, 'index.html');
    else if (!info) return notFound();
    const ok = await stat(file).then((s) => s.isFile(), () => false);
    if (!ok) return notFound();
    send(200, file);

    function notFound() {
      send(404, path.join(base, '404.html'));
    }
    function send(status: number, filePath: string) {
      stat(filePath).then(
        async () => {
          const type = TYPES[path.extname(filePath)] ?? 'application/octet-stream';
          res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
          if (options.injectHtml && filePath.endsWith('.html')) {
            const html = await readFile(filePath, 'utf8');
            res.end(html.includes('</body>') ? html.replace('</body>', `${options.injectHtml}</body>`) : html + options.injectHtml);
          } else createReadStream(filePath).pipe(res);
        },
        () => {
          res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('Not found');
        },
      );
    }
  });
}
