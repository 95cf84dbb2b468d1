// The host config that the ISO carries: the user's file checked and, with a
// COSI and host-config-image auto, a copy whose image.url and image.sha384
// point at the COSI on the ISO. The user's file is never written.
import { writeFileSync } from 'node:fs';
import { readInputText } from '../context/limits.js';
import { CDROM_MOUNT, checkHostConfig, expectedCosiUrl, imageOf, parseHostConfig, wireImageInto } from './host-config.js';
import { HostConfigError, type Problem } from './problems.js';
import type { HostConfigImage, Inputs } from '../context/input-types.js';
import type { InputFiles } from '../context/input-files.js';

// Defined with the problems (a failure report needs the class, not the host config reader).
export { HostConfigError, indent } from './problems.js';

export interface HostConfigPlan {
  mode: HostConfigImage;
  cosiDestination: string;
  /** SHA-384 of the COSI's metadata.json, when a COSI goes on the ISO. */
  cosiSha384?: string;
}

/** How the build's host config copy is made: with the COSI the checks read, when there is one. Pure. */
export function hostConfigPlan(inputs: Pick<Inputs, 'hostConfigImage' | 'cosiDestination'>, files: Pick<InputFiles, 'cosi'>): HostConfigPlan {
  const cosiSha384 = files.cosi?.metadataSha384;
  return { mode: inputs.hostConfigImage, cosiDestination: inputs.cosiDestination, ...(cosiSha384 ? { cosiSha384 } : {}) };
}

/** Where the live ISO's media appears: the link the config makes, and dracut's mount it points at. */
const ISO_MEDIA = [`${CDROM_MOUNT}/`, '/run/initramfs/live/'];

/** The host config the ISO carries: its text, whether it differs from the user's, and its parsed value. */
export async function hostConfigForIso(
  file: string,
  text: string,
  plan: HostConfigPlan,
): Promise<{ text: string; changed: boolean; value: unknown }> {
  const parsed = parseHostConfig(text);
  if ('error' in parsed) throw new HostConfigError(file, [parsed.error]);
  const problems = await checkHostConfig(parsed.value, parsed.doc);
  if (problems.length > 0) throw new HostConfigError(file, problems);
  const { value } = parsed;
  if (plan.cosiSha384 === undefined) {
    // Without `cosi` the ISO carries no OS image: a URL into the ISO's media would find nothing at install time.
    const url = imageOf(value).url ?? '';
    const onIso = /^file:\/\//i.test(url) && ISO_MEDIA.some((prefix) => url.slice('file://'.length).startsWith(prefix));
    if (onIso) {
      throw new HostConfigError(
        file,
        [
          {
            path: '/image/url',
            message: `'${url}' is on the ISO, but no \`cosi\` input is given, so the ISO carries no COSI and Trident would find nothing there. Give the COSI as \`cosi\` (the action puts it on the ISO), or point image.url at where the image is (https://, oci://).`,
          },
        ],
        'points at a COSI on the ISO, which carries none without `cosi`',
      );
    }
    return { text, changed: false, value };
  }

  const url = expectedCosiUrl(plan.cosiDestination);
  if (plan.mode === 'auto') return { text: wireImageInto(parsed.doc, url, plan.cosiSha384), changed: true, value };

  const image = imageOf(value);
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
  return { text, changed: false, value };
}

/** The host config the ISO carries, from the user's file: what writeHostConfigCopy writes. Rejects with HostConfigError. */
export type HostConfigForIso = Awaited<ReturnType<typeof hostConfigForIso>>;

/** Reads the user's host config and makes what the ISO carries (parsed and checked), without writing it. */
export async function prepareHostConfigCopy(file: string, plan: HostConfigPlan): Promise<HostConfigForIso> {
  // A file that cannot be read is a rejection, as a host config that is not valid is, not a throw.
  const text = readInputText('host-config', file, 'hostConfig');
  return await hostConfigForIso(file, text, plan);
}

/**
 * Writes what the ISO carries to `copy` (made now, or `prepared` earlier from the same file and plan);
 * returns the user's parsed value.
 */
export async function writeHostConfigCopy(
  file: string,
  copy: string,
  plan: HostConfigPlan,
  prepared?: Promise<HostConfigForIso>,
): Promise<{ changed: boolean; value: unknown; bytes: Buffer }> {
  const result = await (prepared ?? prepareHostConfigCopy(file, plan));
  const bytes = Buffer.from(result.text);
  // Synchronous: a few kilobytes (an async write is a round trip to libuv's thread pool).
  writeFileSync(copy, bytes, { flag: 'wx' });
  return { changed: result.changed, value: result.value, bytes };
}
