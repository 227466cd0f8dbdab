/**
 * A stand-in HTTP server on 127.0.0.1 that records every request it receives (method, request
 * target as sent, headers, body) and answers through a handler the test gives: what a real API
 * or an attacker's host would see, without the network.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from './close-server';

export interface LoggedRequest {
  method: string;
  /** The request target exactly as the client sent it: path and query, undecoded. */
  target: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type Handler = (request: LoggedRequest, response: http.ServerResponse) => void;

export interface LoggingServer {
  origin: string;
  requests: LoggedRequest[];
  close: () => Promise<void>;
}

/** A JSON answer every source reads as "nothing found". */
export const answerEmpty: Handler = (_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end('{}');
};

export async function startLoggingServer(handler: Handler = answerEmpty): Promise<LoggingServer> {
  const requests: LoggedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const logged = {
        method: req.method ?? 'GET',
        target: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(logged);
      handler(logged, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => closeServer(server),
  };
}
