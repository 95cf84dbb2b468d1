// The runner protocol the main and post steps speak (src/entry/workflow-commands.ts),
// read back with the runner emulator's own readers of commands and command files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandLine, keyValueMessage, stdoutWriter, workflowCommands } from '../../src/entry/workflow-commands.js';
import { parseCommandFile } from '../support/command-file.js';
import { workflowCommands as readCommands } from '../support/runner.js';

const dir = mkdtempSync(path.join(tmpdir(), 'commands-test-'));

function step(env: NodeJS.ProcessEnv = {}) {
  let out = '';
  return { commands: workflowCommands(env, (text) => void (out += text)), out: () => out, env };
}

describe('workflow commands', () => {
  it('escapes what would end or split a command, in data and in properties', () => {
    expect(commandLine('error', { title: "Input 'a': b,c", file: 'x.yaml', line: 3 }, '100% wrong\nsee\r')).toBe(
      "::error title=Input 'a'%3A b%2Cc,file=x.yaml,line=3::100%25 wrong%0Asee%0D",
    );
    expect(commandLine('endgroup', {}, '')).toBe('::endgroup::');
  });

  it('annotations read back as the runner reads them', () => {
    const s = step();
    s.commands.error('first line\nsecond: line', { title: "Input 'host-config'", file: 'hc.yaml', line: 4, col: 2 });
    s.commands.warning('careful, 50%');
    s.commands.setSecret('p@ss:word');
    expect(readCommands(s.out())).toEqual({
      errors: [{ message: 'first line\nsecond: line', title: "Input 'host-config'", file: 'hc.yaml', line: 4, col: 2 }],
      warnings: [{ message: 'careful, 50%' }],
      masks: ['p@ss:word'],
    });
  });

  it('writes outputs and state to the files the runner names, multi-line values intact', () => {
    const output = path.join(dir, 'output');
    const state = path.join(dir, 'state');
    writeFileSync(output, '');
    writeFileSync(state, '');
    const s = step({ GITHUB_OUTPUT: output, GITHUB_STATE: state });
    s.commands.setOutput('config-path', '/w/config.yaml');
    s.commands.setOutput('notes', 'two\nlines');
    s.commands.saveState('work-dir', '/tmp/trident-iso-x');
    expect(parseCommandFile(readFileSync(output, 'utf8'))).toEqual({ 'config-path': '/w/config.yaml', notes: 'two\nlines' });
    expect(parseCommandFile(readFileSync(state, 'utf8'))).toEqual({ 'work-dir': '/tmp/trident-iso-x' });
    expect(s.out()).toBe('');
  });

  it('never writes a value that holds its delimiter', () => {
    expect(() => keyValueMessage('x', 'a ghadelimiter_1 b', 'ghadelimiter_1')).toThrow(/delimiter/);
  });

  it('reads inputs and state as the runner passes them', () => {
    const s = step({ 'INPUT_HOST-CONFIG': '  hc.yaml \n', INPUT_SOME_NAME: 'v', STATE_container: 'c1' });
    expect(s.commands.getInput('host-config')).toBe('hc.yaml');
    expect(s.commands.getInput('some name')).toBe('v');
    expect(s.commands.getInput('absent')).toBe('');
    expect(s.commands.getState('container')).toBe('c1');
  });

  it('adds to PATH for later steps and for this one', () => {
    const file = path.join(dir, 'path');
    writeFileSync(file, '');
    const s = step({ GITHUB_PATH: file, PATH: '/usr/bin' });
    s.commands.addPath('/opt/oras');
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toEqual(['/opt/oras']);
    expect(s.env.PATH).toBe(`/opt/oras${path.delimiter}/usr/bin`);
  });

  it('appends to the job summary, and does nothing without one', async () => {
    const file = path.join(dir, 'summary.md');
    writeFileSync(file, '# before\n');
    await step({ GITHUB_STEP_SUMMARY: file }).commands.appendSummary('## after\n');
    expect(readFileSync(file, 'utf8')).toBe('# before\n## after\n');
    await expect(step().commands.appendSummary('x')).resolves.toBeUndefined();
  });

  describe('stdout', () => {
    /** A process whose stdout stream is made when first read, as Node's is; fd 1 takes at most `take` bytes a write, or refuses (EAGAIN). */
    function host(fd: { take?: number; refuse?: boolean } = {}) {
      const viaFd: Buffer[] = [];
      const viaStream: string[] = [];
      let made = 0;
      const stream = { write: (text: string | Uint8Array) => (viaStream.push(Buffer.from(text).toString()), true) };
      const proc = {};
      Object.defineProperty(proc, 'stdout', { configurable: true, enumerable: true, get: () => (made++, stream) });
      const writeFd = (bytes: Uint8Array) => {
        if (fd.refuse) throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' });
        const n = Math.min(bytes.length, fd.take ?? bytes.length);
        viaFd.push(Buffer.from(bytes.subarray(0, n)));
        return n;
      };
      const written = () => Buffer.concat(viaFd).toString();
      return {
        write: stdoutWriter(proc as { stdout: typeof stream }, writeFd),
        proc: proc as { stdout: typeof stream },
        written,
        viaStream,
        made: () => made,
      };
    }

    it('goes to fd 1 while nothing has made process.stdout, whole even when fd 1 takes part of it at a time', () => {
      const h = host({ take: 4 });
      h.write('::error::naïve\n');
      expect(h.written()).toBe('::error::naïve\n');
      expect(h.made()).toBe(0);
    });

    it('goes through process.stdout once something made it, in order after what was written there', () => {
      const h = host();
      h.write('first\n');
      h.proc.stdout.write('a library line\n');
      h.write('second\n');
      expect(h.written()).toBe('first\n');
      expect(h.viaStream).toEqual(['a library line\n', 'second\n']);
    });

    it('hands what fd 1 refuses to process.stdout, and every later line too', () => {
      const h = host({ refuse: true });
      h.write('refused\n');
      h.write('later\n');
      expect(h.viaStream).toEqual(['refused\n', 'later\n']);
      expect(h.written()).toBe('');
    });
  });
});
