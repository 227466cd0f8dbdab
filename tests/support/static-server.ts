import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { closeServer } from './close-server';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: (relative: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 (a free port) for end-to-end tests and `npm start`, each file with
 * the `headers` given besides its type.
 */
export async function serveFolder(
  root: string,
  port = 0,
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const relative = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.join(root, path.normalize(relative));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      ...headers,
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: (relative) => `http://127.0.0.1:${bound}/${relative.replace(/^\//, '')}`,
    close: () => closeServer(server),
  };
}
