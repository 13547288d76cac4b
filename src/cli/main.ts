/**
 * Command-line entry: `npm run -s cli -- <command> [args]`. A command is a module in
 * src/cli/commands exporting `run(args): Promise<number>` (the exit code); adding one is one line
 * in `commands` below.
 */
interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

const commands: Record<string, () => Promise<Command>> = {
  parse: () => import('./commands/parse.ts'),
  ingest: () => import('./commands/ingest.ts'),
  users: () => import('./commands/users.ts'),
  backup: () => import('./commands/backup.ts'),
  restore: () => import('./commands/restore.ts'),
  db: () => import('./commands/db.ts'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name === undefined ? undefined : commands[name];
  if (!load) {
    const lines = await Promise.all(
      Object.entries(commands).map(async ([n, l]) => `  ${n.padEnd(10)} ${(await l()).summary}`),
    );
    const out =
      name === undefined || name === '--help' || name === '-h' ? process.stdout : process.stderr;
    if (name !== undefined && name !== '--help' && name !== '-h')
      out.write(`unknown command: ${name}\n`);
    out.write(`usage: npm run -s cli -- <command> [args]\n\ncommands:\n${lines.join('\n')}\n`);
    return name === undefined || name === '--help' || name === '-h' ? 0 : 2;
  }
  return (await load()).run(args);
}

// `ingest … | head`: once the reader has gone, stop at once and without a stack trace, as a
// process killed by SIGPIPE would (status 141 in a shell); a re-run finishes what was left.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(141);
  });
}

process.exitCode = await main(process.argv.slice(2));
