/**
 * neo4j-driver (5.x, Node channel) opens its Bolt sockets with Nagle's algorithm on and offers no
 * option to turn it off. A request larger than one TCP segment (an UNWIND batch of ~20 rows) then
 * waits for the server's delayed ACK: a fixed ~40 ms per statement, which made a document write
 * take 60 ms instead of a few. Measured here: the same 21–100-row statement took 48 ms with
 * Nagle and 8 ms without. The official Python driver sets TCP_NODELAY for the same reason.
 *
 * This wraps `net.connect` and `tls.connect` once so every client socket this process opens has
 * no delay — the right setting for request/response protocols, which is all this service opens.
 */
import net from 'node:net';
import tls from 'node:tls';

let applied = false;

export function enableTcpNoDelay(): void {
  if (applied) return;
  applied = true;
  const netConnect = net.connect;
  const patchedNet = function (this: unknown, ...args: Parameters<typeof net.connect>) {
    const socket = (netConnect as (...a: unknown[]) => net.Socket).apply(this, args);
    socket.setNoDelay(true);
    return socket;
  } as typeof net.connect;
  net.connect = patchedNet;
  net.createConnection = patchedNet;
  const tlsConnect = tls.connect;
  tls.connect = function (this: unknown, ...args: Parameters<typeof tls.connect>) {
    const socket = (tlsConnect as (...a: unknown[]) => tls.TLSSocket).apply(this, args);
    socket.setNoDelay(true);
    return socket;
  } as typeof tls.connect;
}
