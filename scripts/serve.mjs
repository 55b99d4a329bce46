// A small static file server on 127.0.0.1 only, so serving the page and the browser tests need
// nothing but Node. Used by scripts/serve.sh, the end-to-end tests and the browser benchmark.
// Run directly: node scripts/serve.mjs [DIR] [PORT]   (DIR defaults to www/, PORT to 8000)

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WWW = fileURLToPath(new URL('../www/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1 on an ephemeral port (or `port`), under the URL path `prefix`
 * (to check that the page works from a sub-path). Resolves to `{url, server, close}`.
 */
export function startServer({ root = WWW, port = 0, prefix = '/' } = {}) {
  const server = createServer(async (req, res) => {
    const send = (code, text) => {
      res.writeHead(code, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, 'bad request');
    }
    if (!path.startsWith(prefix)) return send(404, 'not found');
    path = path.slice(prefix.length - 1);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root + sep)) || path.includes('\0')) return send(403, 'forbidden');
    let info;
    try {
      info = await stat(file);
    } catch {
      return send(404, 'not found');
    }
    if (!info.isFile()) return send(404, 'not found');
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      resolve({
        url: `http://127.0.0.1:${bound}${prefix}`,
        server,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = process.argv[2] ? normalize(join(process.cwd(), process.argv[2], sep)) : WWW;
  const { url } = await startServer({ root, port: Number(process.argv[3] ?? process.env.PORT ?? 8000) });
  console.log(`pressmark: serving ${root} at ${url}  (Ctrl-C stops)`);
}
