/**
 * The API alone in a process of its own, for `bench/api-cpu.ts`: its CPU (process.cpuUsage)
 * and a CPU profile (the inspector's, as `node --cpu-prof` takes it) are asked for over IPC, so
 * the client's work is not counted. API_CPU_ROOT names another checkout whose API to serve (a
 * baseline, timed in turn with this one).
 */
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { startApi as StartApi } from '../src/api/server.ts';
import type { createDriver as CreateDriver } from '../src/db/driver.ts';

// As bench:api runs it (LOG_LEVEL overrides).
process.env.LOG_LEVEL ??= 'warn';

type Command =
  { cmd: 'cpu' } | { cmd: 'profile-start' } | { cmd: 'profile-stop' } | { cmd: 'stop' };

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri || !process.send) throw new Error('run by bench/api-cpu.ts, with NEO4J_URI');
  const send = process.send.bind(process);
  const root = process.env.API_CPU_ROOT ?? join(import.meta.dirname, '..');
  const from = (file: string): string => pathToFileURL(join(root, file)).href;
  const { startApi } = (await import(from('src/api/server.ts'))) as { startApi: typeof StartApi };
  const { createDriver } = (await import(from('src/db/driver.ts'))) as {
    createDriver: typeof CreateDriver;
  };
  const driver = createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: '' });
  const api = await startApi({ driver, database: 'neo4j', neo4jUri: uri }, 0);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  process.on('message', (m: Command) => {
    void (async () => {
      if (m.cmd === 'cpu') send({ cpu: process.cpuUsage() });
      if (m.cmd === 'profile-start') {
        await session.post('Profiler.start');
        send({ started: true });
      }
      if (m.cmd === 'profile-stop')
        send({ profile: (await session.post('Profiler.stop')).profile });
      if (m.cmd === 'stop') {
        await api.stop();
        await driver.close();
        process.exit(0);
      }
    })();
  });
  send({ url: api.url });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
