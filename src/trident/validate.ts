// `trident validate` is the final word on a host config. When the RPMs hold a
// trident binary that runs on this runner, the action extracts it and checks
// the host config the ISO carries, before the long Image Customizer run.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run } from '../tools/exec.js';
import { InputError } from '../context/inputs.js';
import type { RpmFile } from './rpms.js';

export type TridentValidation = { ran: true } | { ran: false; why: string };

/** The files of a "newc" cpio archive (what rpm2cpio writes), by name. Pure. */
export function cpioEntries(archive: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const pad4 = (n: number) => (n + 3) & ~3;
  let offset = 0;
  while (offset + 110 <= archive.length) {
    const magic = archive.toString('latin1', offset, offset + 6);
    if (magic !== '070701' && magic !== '070702') throw new Error(`not a newc cpio archive (magic ${JSON.stringify(magic)} at ${offset})`);
    const field = (i: number) => parseInt(archive.toString('latin1', offset + 6 + i * 8, offset + 14 + i * 8), 16);
    const size = field(6);
    const nameSize = field(11);
    const name = archive.toString('utf8', offset + 110, offset + 110 + nameSize - 1);
    if (name === 'TRAILER!!!') break;
    const dataStart = pad4(offset + 110 + nameSize);
    files.set(name.replace(/^\.\//, '/').replace(/^(?!\/)/, '/'), archive.subarray(dataStart, dataStart + size));
    offset = pad4(dataStart + size);
  }
  return files;
}

/** The payload of an RPM as a cpio archive (rpm2cpio, argv only). */
function rpmPayload(rpm: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('rpm2cpio', [rpm], { stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`rpm2cpio exited with ${code}`))));
  });
}

export async function validateWithTrident(
  packages: readonly RpmFile[],
  hostConfig: string,
  scratch: string,
  log: (line: string) => void,
): Promise<TridentValidation> {
  const trident = packages.find((p) => p.name === 'trident');
  if (!trident) return { ran: false, why: 'no trident RPM' };
  let payload: Buffer;
  try {
    payload = await rpmPayload(trident.file);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { ran: false, why: missing ? 'rpm2cpio is not installed on this runner' : (error as Error).message };
  }
  const binary = cpioEntries(payload).get('/usr/bin/trident');
  if (!binary) return { ran: false, why: 'the trident RPM holds no /usr/bin/trident' };
  const dir = path.join(scratch, 'trident-binary');
  await mkdir(dir, { recursive: true });
  const bin = path.join(dir, 'trident');
  await writeFile(bin, binary, { mode: 0o755 });
  let result;
  try {
    result = await run([bin, 'validate', hostConfig], { onLine: log });
  } catch (error) {
    // ENOEXEC, a missing loader: a binary for another system.
    return { ran: false, why: `the trident binary does not run here (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  const verdict = validationVerdict(result.exitCode, result.tail);
  if (verdict === 'cannot-run')
    return { ran: false, why: `the trident binary does not run here (${result.tail.at(-1) ?? `exit code ${result.exitCode}`})` };
  if (verdict === 'invalid') {
    throw new InputError('host-config', `trident validate rejects the host config the ISO carries:\n${result.tail.join('\n')}`);
  }
  log(`trident validate: the host config is valid (${path.basename(trident.file)}).`);
  return { ran: true };
}

/**
 * What `trident validate`'s exit says. A binary built for Azure Linux may not
 * start on the runner (missing shared libraries, another libc): that says
 * nothing about the host config. Pure.
 */
export function validationVerdict(exitCode: number, tail: readonly string[]): 'valid' | 'invalid' | 'cannot-run' {
  if (exitCode === 0) return 'valid';
  const text = tail.join('\n');
  if (
    exitCode === 126 ||
    exitCode === 127 ||
    /error while loading shared libraries|GLIBC_[\d.]+' not found|cannot execute binary file|Exec format error/i.test(text)
  ) {
    return 'cannot-run';
  }
  return 'invalid';
}
