/**
 * neo4j-driver (5.x, Node channel) opens its Bolt sockets with Nagle's algorithm on and offers no
 * option to turn it off. A request larger than one TCP segment (an UNWIND batch of ~20 rows) then
 * waits for the server's delayed ACK: a fixed ~40 ms per statement, which made a document write
 * take 60 ms instead of a few. Measured here: the same 21–100-row statement took 48 ms with
 * Nagle and 8 ms without. The official Python driver sets TCP_NODELAY for the same reason.
 *
 * Without Nagle every write is a packet of its own, and the driver writes a message in pieces of
 * at most 1,400 bytes (its chunker's fixed buffer): an ingest batch's ~1.2 MB of parameters were
 * ~900 `write` system calls, each carrying the loopback's whole send and receive path. So the
 * writes made in one turn of the event loop are corked and go out together (one `writev`) once
 * the turn's synchronous code and promise jobs are done — the pipelined statements of a
 * transaction leave in one call, and nothing waits longer than before for a timer or an ACK.
 *
 * This wraps `net.connect` and `tls.connect` once so every client socket this process opens has
 * no delay — the right setting for request/response protocols, which is all this service opens.
 */
import net from 'node:net';
import tls from 'node:tls';

let applied = false;

/** Corks the socket at the first write of a turn and uncorks it once the turn's jobs ran. */
export function coalesceWrites(socket: net.Socket): void {
  const write = socket.write;
  let corked = false;
  const uncork = (): void => {
    corked = false;
    socket.uncork();
  };
  socket.write = function (this: net.Socket, ...args: unknown[]) {
    if (!corked) {
      corked = true;
      socket.cork();
      // After the promise jobs queued with it too (Node runs next-tick callbacks, then the
      // microtask queue to its end, then the next-tick callbacks these queued).
      process.nextTick(() => queueMicrotask(() => process.nextTick(uncork)));
    }
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as typeof socket.write;
}

function noDelay<S extends net.Socket>(socket: S): S {
  socket.setNoDelay(true);
  coalesceWrites(socket);
  return socket;
}

export function enableTcpNoDelay(): void {
  if (applied) return;
  applied = true;
  const netConnect = net.connect;
  const patchedNet = function (this: unknown, ...args: Parameters<typeof net.connect>) {
    return noDelay((netConnect as (...a: unknown[]) => net.Socket).apply(this, args));
  } as typeof net.connect;
  net.connect = patchedNet;
  net.createConnection = patchedNet;
  const tlsConnect = tls.connect;
  tls.connect = function (this: unknown, ...args: Parameters<typeof tls.connect>) {
    return noDelay((tlsConnect as (...a: unknown[]) => tls.TLSSocket).apply(this, args));
  } as typeof tls.connect;
}
