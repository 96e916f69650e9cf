import type { Server } from 'node:http';

/** Starts `server` on a free port of 127.0.0.1 and gives its origin ("http://127.0.0.1:PORT"). */
export const listen = (server: Server): Promise<string> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
