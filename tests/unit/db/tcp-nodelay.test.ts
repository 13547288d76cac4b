import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDriver } from '../../../src/db/driver.ts';
import { coalesceWrites } from '../../../src/db/tcp-nodelay.ts';

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

describe('coalesced writes', () => {
  it('sends the writes of one turn, sync and in promise jobs, in one system call, in order', async () => {
    const received: Buffer[] = [];
    const server = net.createServer((s) => s.on('data', (d: Buffer) => received.push(d)));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as net.AddressInfo;
    // Not net.connect: the first test's driver wrapped it already.
    const socket = new net.Socket().connect(port, '127.0.0.1');
    await new Promise((done) => socket.on('connect', done));
    coalesceWrites(socket);
    const single = vi.spyOn(socket as unknown as { _write: () => void }, '_write');
    const vector = vi.spyOn(socket as unknown as { _writev: () => void }, '_writev');
    // As the driver does: a statement's 1,400-byte pieces, the next statements' after a promise.
    socket.write('a'.repeat(1400));
    socket.write('b'.repeat(1400));
    await Promise.resolve();
    socket.write('c'.repeat(10));
    await new Promise((done) => setTimeout(done, 50));
    socket.destroy();
    server.close();
    expect({ single: single.mock.calls.length, vector: vector.mock.calls.length }).toEqual({
      single: 0,
      vector: 1,
    });
    expect(Buffer.concat(received).toString()).toBe(
      'a'.repeat(1400) + 'b'.repeat(1400) + 'c'.repeat(10),
    );
  });
});
