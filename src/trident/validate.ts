// `trident validate` is the final word on a host config. When the RPMs hold a
// trident binary that runs on this runner, the action extracts it and checks
// the host config the ISO carries, before the long Image Customizer run. The
// verdict comes back as data; the RPM stage names the input it concerns.
import path from 'node:path';
import { errorMessage } from '../context/errors.js';
import type { Exec } from '../tools/exec.js';
import { FILE_LIMITS, OutputTooLargeError } from '../context/limits.js';
import { CpioFormatError, cpioEntries } from './cpio.js';
import type { RpmFile } from './rpm-set.js';

/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');

/** The trident RPM's payload is malformed (a crafted or corrupt file): the RPM input is refused. */
export class TridentPayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TridentPayloadError';
  }
}

export type TridentValidation = { verdict: 'valid' } | { verdict: 'invalid'; output: readonly string[] } | { verdict: 'not-run'; why: string };

export async function validateWithTrident(
  exec: Exec,
  packages: readonly RpmFile[],
  hostConfig: string,
  o: { scratch: string; log: (line: string) => void; signal?: AbortSignal },
): Promise<TridentValidation> {
  const trident = packages.find((p) => p.name === 'trident');
  if (!trident) return { verdict: 'not-run', why: 'no trident RPM' };
  const signal = o.signal ? { signal: o.signal } : {};
  // The payload of the RPM as a cpio archive (rpm2cpio).
  let payload: Buffer;
  try {
    const result = await exec.run(['rpm2cpio', trident.file], { captureStdout: true, maxStdoutBytes: FILE_LIMITS.rpmPayload.bytes, ...signal });
    if (result.exitCode !== 0) return { verdict: 'not-run', why: `rpm2cpio exited with ${result.exitCode}` };
    payload = result.stdoutBytes;
  } catch (error) {
    if (o.signal?.aborted) throw error;
    if (error instanceof OutputTooLargeError) throw new TridentPayloadError(`${path.basename(trident.file)}: ${error.message}`);
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { verdict: 'not-run', why: missing ? 'rpm2cpio is not installed on this runner' : errorMessage(error) };
  }
  let binary: Buffer | undefined;
  try {
    binary = cpioEntries(payload).get('/usr/bin/trident');
  } catch (error) {
    if (!(error instanceof CpioFormatError)) throw error;
    throw new TridentPayloadError(`${path.basename(trident.file)}: its payload is not a valid cpio archive (${error.message})`);
  }
  if (!binary) return { verdict: 'not-run', why: 'the trident RPM holds no /usr/bin/trident' };
  const dir = path.join(o.scratch, 'trident-binary');
  await fs().mkdir(dir, { recursive: true });
  const bin = path.join(dir, 'trident');
  await fs().writeFile(bin, binary, { mode: 0o755 });
  let result;
  try {
    result = await exec.run([bin, 'validate', hostConfig], { onLine: o.log, ...signal });
  } catch (error) {
    if (o.signal?.aborted) throw error;
    // ENOEXEC, a missing loader: a binary for another system.
    return { verdict: 'not-run', why: `the trident binary does not run here (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})` };
  }
  const verdict = validationVerdict(result.exitCode, result.tail);
  if (verdict === 'cannot-run')
    return { verdict: 'not-run', why: `the trident binary does not run here (${result.tail.at(-1) ?? `exit code ${result.exitCode}`})` };
  if (verdict === 'invalid') return { verdict: 'invalid', output: result.tail };
  o.log(`trident validate: the host config is valid (${path.basename(trident.file)}).`);
  return { verdict: 'valid' };
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
