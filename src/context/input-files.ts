// Checks that need the filesystem but no long work: every file input exists
// and is readable, the output would not overwrite anything, the COSI is sound
// and the runner can build for the platform. Runs before anything is pulled.
import { access, constants, open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, parseYamlMapping } from './inputs.js';
import { unmountablePath } from '../tools/engine.js';
import { fileReferences } from '../customizer/config.js';
import { indent } from '../trident/host-config-copy.js';
import { checkCosi, readCosi, type CosiInfo } from '../trident/cosi.js';
import { formatProblems } from '../trident/problems.js';
import type { Inputs, Platform } from './input-types.js';

async function mustRead(input: string, file: string, kind: 'file' | 'directory' | 'either'): Promise<void> {
  let info;
  try {
    info = await stat(file);
    await access(file, constants.R_OK);
  } catch {
    throw new InputError(input, `${file} does not exist or cannot be read; check the path (relative paths start at the workspace).`);
  }
  if (kind === 'file' && !info.isFile()) throw new InputError(input, `${file} is not a file.`);
  if (kind === 'directory' && !info.isDirectory()) throw new InputError(input, `${file} is not a directory.`);
}

/** trident-rpms: a folder, or a gzip-compressed tarball (what make bin/trident-rpms.tar.gz writes). */
async function checkRpmSource(file: string): Promise<void> {
  await mustRead('trident-rpms', file, 'either');
  if ((await stat(file)).isDirectory()) return;
  const head = Buffer.alloc(2);
  const handle = await open(file, 'r');
  await handle.read(head, 0, 2, 0).finally(() => handle.close());
  if (!/\.(tar\.gz|tgz)$/i.test(file) || head[0] !== 0x1f || head[1] !== 0x8b) {
    throw new InputError(
      'trident-rpms',
      `${file} is neither a folder nor a .tar.gz of RPMs (such as bin/trident-rpms.tar.gz from make); give one of those.`,
    );
  }
}

/** The runner's platform, for the Image Customizer container (no cross-builds). */
export function hostPlatform(arch: string): Platform | undefined {
  return arch === 'x64' ? 'linux/amd64' : arch === 'arm64' ? 'linux/arm64' : undefined;
}

export interface PreflightResult {
  cosi?: CosiInfo;
  extraConfig?: Record<string, unknown>;
}

export async function preflight(inputs: Inputs, log: (line: string) => void): Promise<PreflightResult> {
  if (inputs.hostConfig) await mustRead('host-config', inputs.hostConfig, 'file');
  if (inputs.config) await mustRead('config', inputs.config, 'file');
  if (inputs.cosi) await mustRead('cosi', inputs.cosi, 'file');
  if (inputs.rpms.kind === 'prebuilt') await checkRpmSource(inputs.rpms.path);
  if (inputs.rpms.kind === 'build') {
    const { checkout } = inputs.rpms;
    await mustRead('trident-source', checkout, 'directory');
    await mustRead('trident-source', path.join(checkout, 'Makefile'), 'file').catch(() => {
      throw new InputError('trident-source', `${checkout} has no Makefile; give the root of a Trident checkout.`);
    });
  }
  if (inputs.baseImage.kind === 'file') await mustRead('base-image-file', inputs.baseImage.path, 'file');

  // Paths that are mounted into the container must be expressible as -v host:container.
  for (const [input, file] of [
    ['cosi', inputs.cosi],
    ['base-image-file', inputs.baseImage.kind === 'file' ? inputs.baseImage.path : undefined],
    ['config', inputs.config],
  ] as const) {
    if (file && unmountablePath(file))
      throw new InputError(input, `${file} contains ':', which a container mount cannot express; rename or move it.`);
  }

  // Never overwrite: the output must not exist yet, and its folder must.
  const existing = await stat(inputs.output).catch(() => undefined);
  if (existing)
    throw new InputError('output', `${inputs.output} already exists; the action never overwrites a file. Remove it first or choose another output.`);
  await mustRead('output', path.dirname(inputs.output), 'directory').catch(() => {
    throw new InputError('output', `the folder ${path.dirname(inputs.output)} does not exist; create it first or choose another output.`);
  });

  const result: PreflightResult = {};
  if (inputs.extraConfig?.kind === 'file') {
    await mustRead('extra-config', inputs.extraConfig.path, 'file');
    result.extraConfig = parseYamlMapping(await readFile(inputs.extraConfig.path, 'utf8'), 'extra-config', inputs.extraConfig.path);
  } else if (inputs.extraConfig) {
    result.extraConfig = inputs.extraConfig.value;
  }

  const references = fileReferences(result.extraConfig);
  if (references.length > 0) {
    throw new InputError(
      'extra-config',
      `names files at ${references.join(', ')}, which the generated config cannot bring into the build (only host-config, cosi and the RPMs are mounted). Use inline content (os.additionalFiles[].content, scripts[].content), or give a complete config with its files as \`config\`.`,
    );
  }

  if (inputs.cosi) {
    const cosi = await readCosi(inputs.cosi).catch((error: unknown) => {
      throw new InputError('cosi', `${inputs.cosi} is not a COSI file: ${(error as Error).message}`);
    });
    const problems = checkCosi(cosi, inputs.platform);
    if (problems.length > 0) {
      throw new InputError('cosi', `${inputs.cosi} is not usable:\n${indent(formatProblems(problems, path.basename(inputs.cosi)))}`);
    }
    log(`COSI ${path.basename(inputs.cosi)}: ${cosi.size} bytes, metadata.json SHA-384 ${cosi.metadataSha384}`);
    result.cosi = cosi;
  }
  return result;
}

/** The runner can build only for its own architecture; undefined when it can. */
export function platformMismatch(platform: Platform, arch: string): string | undefined {
  const host = hostPlatform(arch);
  if (host === platform) return undefined;
  return `platform is ${platform} but this runner is ${host ?? arch}; Image Customizer cannot build for another architecture. Use a ${platform === 'linux/arm64' ? 'arm64 runner (e.g. ubuntu-24.04-arm)' : 'x64 runner'} or set platform: ${host ?? 'linux/amd64'}.`;
}
