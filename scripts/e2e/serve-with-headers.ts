/**
 * Puts response headers in front of the browser tests' static server (Node only), so the site
 * can be tested under the Content-Security-Policy docs/hosting.md tells servers to send.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startStaticServer, type StaticServer } from '../browser/serve.ts';

/**
 * Serves `root` at `mount` like `startStaticServer`, adding `headers` to every response.
 *
 * @example await startServerWithHeaders('dist', { mount: '/', headers: { 'content-security-policy': "default-src 'self'" } })
 */
export async function startServerWithHeaders(
  root: string,
  options: { mount: string; headers: Record<string, string> },
): Promise<StaticServer> {
  const inner = await startStaticServer(root, { mount: options.mount });
  const innerOrigin = new URL(inner.url).origin;
  const server = createServer(async (request, response) => {
    const answer = await fetch(`${innerOrigin}${request.url ?? '/'}`, { method: request.method ?? 'GET' });
    const body = new Uint8Array(await answer.arrayBuffer());
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? '', ...options.headers });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${options.mount}`,
    close: async () => {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await inner.close();
    },
  };
}
