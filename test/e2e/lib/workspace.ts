// What a workflow's checkout would hold before the action's step: a host
// config, a COSI, a Trident checkout or prebuilt RPMs, a local base image.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeCosi, type Cosi } from '../fixtures/make-cosi.js';
import { REPO_ROOT } from './proc.js';
import { e2e, type Scenario } from './scenario.js';
import { cloneCheckout } from './trident-checkout.js';

export const HOST_CONFIG_SAMPLE = path.join(REPO_ROOT, 'test', 'fixtures', 'samples', 'host-configs', 'simple.yaml');

export interface Workspace {
  hostConfig: string;
  hostConfigBytes: Buffer;
  cosi: Cosi;
  checkout?: string;
  prebuiltTarball?: string;
  baseImageFile?: string;
  baseImageFileSha256?: string;
}

export async function prepareWorkspace(
  s: Scenario,
  want: { checkout?: boolean; prebuilt?: boolean; baseImageFile?: boolean } = {},
): Promise<Workspace> {
  const c = e2e();
  const ws = s.dirs.workspace;
  const hostConfig = path.join(ws, 'host-config.yaml');
  copyFileSync(HOST_CONFIG_SAMPLE, hostConfig);
  const cosi = makeCosi(path.join(ws, 'os.cosi'), s.name);
  const result: Workspace = { hostConfig, hostConfigBytes: readFileSync(hostConfig), cosi };
  if (want.checkout) {
    result.checkout = path.join(ws, 'trident');
    await cloneCheckout(c.trident.repo, result.checkout);
  }
  if (want.prebuilt) {
    result.prebuiltTarball = path.join(ws, 'trident-rpms.tar.gz');
    copyFileSync(c.trident.prebuiltTarball, result.prebuiltTarball);
  }
  if (want.baseImageFile) {
    result.baseImageFile = path.join(ws, 'base.vhdx');
    copyFileSync(c.baseImageFile, result.baseImageFile);
    result.baseImageFileSha256 = createHash('sha256').update(readFileSync(result.baseImageFile)).digest('hex');
  }
  return result;
}

export function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
