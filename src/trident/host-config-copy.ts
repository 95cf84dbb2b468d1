// The host config that the ISO carries: the user's file checked and, with a
// COSI and host-config-image auto, a copy whose image.url and image.sha384
// point at the COSI on the ISO. The user's file is never written.
import { readFile, writeFile } from 'node:fs/promises';
import { checkHostConfig, expectedCosiUrl, imageOf, parseHostConfig, wireImage } from './host-config.js';
import { HostConfigError, type Problem } from './problems.js';
import type { HostConfigImage } from '../context/input-types.js';

// Defined with the problems (a failure report needs the class, not the host config reader).
export { HostConfigError, indent } from './problems.js';

export interface HostConfigPlan {
  mode: HostConfigImage;
  cosiDestination: string;
  /** SHA-384 of the COSI's metadata.json, when a COSI goes on the ISO. */
  cosiSha384?: string;
}

/** The text of the host config the ISO carries, and whether it differs from the user's. */
export function hostConfigForIso(file: string, text: string, plan: HostConfigPlan): { text: string; changed: boolean } {
  const parsed = parseHostConfig(text);
  if ('error' in parsed) throw new HostConfigError(file, [parsed.error]);
  const problems = checkHostConfig(parsed.value, parsed.doc);
  if (problems.length > 0) throw new HostConfigError(file, problems);
  if (plan.cosiSha384 === undefined) return { text, changed: false };

  const url = expectedCosiUrl(plan.cosiDestination);
  if (plan.mode === 'auto') return { text: wireImage(text, url, plan.cosiSha384), changed: true };

  const image = imageOf(parsed.value);
  const wrong: Problem[] = [];
  if (image.url !== url) wrong.push({ path: '/image/url', message: `is '${image.url ?? '(missing)'}'; the ISO carries the COSI at ${url}` });
  if (image.sha384 !== plan.cosiSha384 && image.sha384 !== 'ignored') {
    wrong.push({ path: '/image/sha384', message: `is '${image.sha384 ?? '(missing)'}'; the COSI's metadata.json has SHA-384 ${plan.cosiSha384}` });
  }
  if (wrong.length > 0) {
    throw new HostConfigError(file, [
      ...wrong,
      {
        path: '',
        message:
          'with host-config-image: keep the file must already match the COSI; set host-config-image: auto to let the action write a corrected copy.',
      },
    ]);
  }
  return { text, changed: false };
}

/** Reads the user's host config and writes what the ISO carries to `copy`. */
export async function writeHostConfigCopy(file: string, copy: string, plan: HostConfigPlan): Promise<{ changed: boolean }> {
  const text = await readFile(file, 'utf8');
  const result = hostConfigForIso(file, text, plan);
  await writeFile(copy, result.text, { flag: 'wx' });
  return { changed: result.changed };
}
