// The cold start's timer (bench.ts, section 2), in a process of its own.
//
// Linux's fork copies the page tables of the process that spawns, so a
// command's time from spawn to exit grows with that process's memory: `node -e
// 0` took 28 ms from a parent of 50 MB resident and 55 ms from one of 450 MB
// on the development VM. By this section the bench holds 123 MB (even when it
// runs alone), and the time that added to each command was the same for `node
// -e 0` and for validate-only, so it pulled every ratio towards 1. This process
// holds only what timing needs (about 50 MB), and nothing else runs in it while
// a command runs. That is also why it is plain JavaScript with its own spawn
// rather than measure.ts's timeProcess: Node's TypeScript loader and that
// module would grow it to about 80 MB.
//
// stdin: { rounds, timeoutMs, commands: [{ name, argv, env, cwd, reset }] },
// where reset lists files emptied before each run (a step's command files);
// a run still going after timeoutMs is killed (and fails the bench).
// stdout: { [name]: [{ ms, exitCode, signal, stdout, stderr }] }, one entry per
// round (exitCode null when a signal ended the run).
// Each round runs every command once, in an order that rotates from round to
// round, so no command always follows the same one.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const { rounds, timeoutMs, commands } = JSON.parse(readFileSync(0, 'utf8'));

function run({ argv: [file, ...args], env, cwd, reset = [] }) {
  for (const f of reset) writeFileSync(f, '');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, killSignal: 'SIGKILL' });
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        ms: performance.now() - started,
        exitCode: code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

const times = Object.fromEntries(commands.map((c) => [c.name, []]));
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < commands.length; i++) {
    const command = commands[(round + i) % commands.length];
    times[command.name].push(await run(command));
  }
}
process.stdout.write(JSON.stringify(times));
