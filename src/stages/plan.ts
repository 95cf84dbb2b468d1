// validate-only: every input checked and the configs written, then the
// commands a full run would start, printed from the same argv builders the
// run uses. Nothing is pulled, built or run.
import path from 'node:path';
import { pinnedRef, registryOf } from '../context/oci-ref.js';
import type { RunContext } from '../context/run-context.js';
import { containerArgv } from '../customizer/argv.js';
import type { Stage } from '../run/stages.js';
import { pullArgv } from '../tools/engine.js';
import { orasArgv } from '../tools/oras.js';
import { basePullDir } from './base-image.js';
import type { PreparedConfig } from './config.js';
import { containerSpec } from './customize.js';
import { verifyPlanLines, type VerifyPlan } from './verify.js';

/** The plan's lines. Pure. */
export function planLines(ctx: RunContext, config: PreparedConfig): string[] {
  const { inputs, work } = ctx;
  const registryConfig = path.join(work.auth, 'oras-config.json');
  const lines: string[][] = [];
  if (inputs.rpms.kind === 'build') lines.push(['make', 'bin/trident-rpms.tar.gz', `# in ${inputs.rpms.checkout}`]);
  if (inputs.baseImage.kind === 'oci') {
    const { ref } = inputs.baseImage;
    if (inputs.registryCredentials) lines.push(orasArgv.login('oras', registryOf(ref), inputs.registryCredentials.username, registryConfig));
    lines.push(orasArgv.resolve('oras', ref, registryConfig));
    lines.push(orasArgv.pull('oras', pinnedRef(ref, '<resolved digest>'), inputs.platform, basePullDir(ctx), registryConfig));
  }
  const pulls = pullArgv({
    engine: inputs.containerEngine,
    image: inputs.imageCustomizerImage,
    platform: inputs.platform,
    ...(inputs.imageCustomizerCredentials ? { authDir: work.auth, username: inputs.imageCustomizerCredentials.username } : {}),
  });
  if (pulls.login) lines.push(pulls.login);
  const base = inputs.baseImage.kind === 'file' ? inputs.baseImage.path : path.join(basePullDir(ctx), 'image.vhdx');
  const run = containerArgv(containerSpec(ctx, config, base, inputs.rpms.kind === 'distro' ? undefined : work.rpms));
  lines.push(pulls.pull, run);
  return ['Every input is valid. Without validate-only the action would run:', ...lines.map((argv) => `  ${argv.join(' ')}`)];
}

export function plan(config: PreparedConfig, verify?: VerifyPlan): Stage<RunContext, void> {
  return async (ctx, log) => {
    for (const line of planLines(ctx, config)) log(line);
    if (verify) {
      log(`Then, for verify: ${verify.options.mode}, with the ISO at ${ctx.inputs.output}:`);
      for (const argv of await verifyPlanLines(verify, ctx.work, ctx.inputs.output)) log(`  ${argv.join(' ')}`);
    }
  };
}
