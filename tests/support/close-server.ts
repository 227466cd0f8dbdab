import type http from 'node:http';

/**
 * Stops a test's HTTP server. Its open connections are dropped first: a client that stays (a
 * browser the e2e files share, a keep-alive agent) would otherwise hold close() until they time out.
 */
export function closeServer(server: http.Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}
