import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDriver } from '../../../src/db/driver.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('TCP_NODELAY', () => {
  it('is set on every client socket once a driver has been created', async () => {
    const driver = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '' });
    await driver.close();
    const server = net.createServer((s) => s.end());
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const noDelay = vi.spyOn(net.Socket.prototype, 'setNoDelay');
    const { port } = server.address() as net.AddressInfo;
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((done) => socket.on('close', done).on('error', done));
    server.close();
    // The driver's own connections go through net.connect too (Bolt's Node channel).
    expect(noDelay).toHaveBeenCalledWith(true);
  });
});
