/**
 * A tiny static file server for the browser tests (Node only): serves a folder on 127.0.0.1
 * under a mount path, so the tests also prove that the site works below the web root.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** A running server: `url` ends with the mount path and a slash. */
export type StaticServer = { url: string; close: () => Promise<void> };

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/**
 * Serves the files in `root` at `http://127.0.0.1:<random port><mount>`. Missing files get the
 * site's `404.html` with status 404, as static hosts do.
 *
 * @example await startStaticServer('dist', { mount: '/dossier/' }) // { url: 'http://127.0.0.1:41234/dossier/', … }
 */
export async function startStaticServer(root: string, options: { mount: string }): Promise<StaticServer> {
  const base = normalize(root);
  const server = createServer(async (request, response) => {
    const file = toFilePath(base, options.mount, request.url ?? '/');
    const found = file === null ? null : await readFile(file).catch(() => null);
    if (file !== null && found !== null) {
      response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
      response.end(request.method === 'HEAD' ? undefined : found);
      return;
    }
    const notFound = await readFile(join(base, '404.html')).catch(() => 'Not found');
    response.writeHead(404, { 'content-type': contentTypes['.html'] });
    response.end(notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${options.mount}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

// Null for anything outside the mount or the root folder.
function toFilePath(root: string, mount: string, requestUrl: string): string | null {
  const pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  if (!pathname.startsWith(mount)) return null;
  const relative = pathname.slice(mount.length) || 'index.html';
  const file = normalize(join(root, relative.endsWith('/') ? `${relative}index.html` : relative));
  return file.startsWith(root + sep) ? file : null;
}
