// validate-only: every input checked, prebuilt RPMs read and checked like a
// run does (and `trident validate` run where it can), the configs written,
// then the commands a full run would start, printed from the same argv
// builders the run uses. Nothing is pulled, built or run in a container.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pinnedRef, registryOf } from '../context/oci-ref.js';
import type { RunContext } from '../context/run-context.js';
import { containerArgv } from '../customizer/argv.js';
import type { Stage, Stages } from '../run/stages.js';
import { validateOnlyMarkdown } from '../run/report.js';
import { orasArgv, pullArgv } from '../tools/argv.js';
import { basePullDir, containerSpec } from './commands.js';
import type { PreparedConfig } from './config.js';
import type { RpmSet } from '../trident/rpm-set.js';
import { specTargets } from '../trident/install-spec.js';
import { TRIDENT_PACKAGE_NAMES } from '../trident/trident-packages.js';
import type { VerifyPlan } from './verify-plan.js';

/** The plan's lines. Pure. */
export function planLines(ctx: RunContext, config: PreparedConfig): string[] {
  const { inputs, work } = ctx;
  const registryConfig = path.join(work.auth, 'oras-config.json');
  const lines: string[][] = [];
  if (inputs.rpms.kind === 'build') lines.push(['make', 'bin/trident-rpms.tar.gz', `# in ${inputs.rpms.checkout}`]);
  if (inputs.baseImage.kind === 'oci') {
    const { ref } = inputs.baseImage;
    if (inputs.registryCredentials) lines.push(orasArgv.login('oras', registryOf(ref), inputs.registryCredentials.username, registryConfig));
    lines.push(orasArgv.descriptor('oras', ref, registryConfig));
    lines.push([
      ...orasArgv.pull('oras', pinnedRef(ref, '<resolved digest>'), inputs.platform, basePullDir(ctx), registryConfig),
      `# --platform only when ${ref} is an image index (multi-arch); a single manifest is pulled without it`,
    ]);
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

/** What validate-only cannot check without building trident-source, and the run checks after the build. Pure. */
export function skippedBuildLines(ctx: RunContext, config: PreparedConfig): string[] {
  if (ctx.inputs.rpms.kind !== 'build') return [];
  const specs = [...(config.generated?.os?.packages?.install ?? []), ...config.lists.flatMap((l) => l.specs)];
  const installs = [...new Set(specs.flatMap((s) => specTargets(s, new Set(TRIDENT_PACKAGE_NAMES)).map((t) => t.name)))];
  return [
    `validate-only: the build of trident-source (make bin/trident-rpms.tar.gz in ${ctx.inputs.rpms.checkout}) is skipped, so its RPMs are not checked. After the build, a run checks:`,
    "  - every RPM by its header (name, epoch, version, release, arch), none a source package, one build of each, Trident's packages of one version-release;",
    `  - their architecture against platform ${ctx.inputs.platform};`,
    `  - that they hold what the ISO installs: ${installs.length > 0 ? [...new Set(['trident', ...installs])].join(', ') : 'no Trident package'}, and trident-selinux where trident's conditional Requires applies;`,
    config.generated
      ? '  - then pins each of them in the config to the built version-release, and runs trident validate on the host config.'
      : '  - that `config` pins each of them to the built version-release, and runs trident validate on the host config.',
  ];
}

/** What validate-only found: the plan's lines and the configs it wrote, for the job summary. */
export interface PlanResult {
  lines: string[];
  /** The generated (or given) Image Customizer config, as written. */
  config: { path: string; text: string };
  /** The host config the ISO carries, as written (undefined without host-config). */
  hostConfig?: { path: string; text: string };
}

export function plan(config: PreparedConfig, given: RpmSet | undefined, verify?: VerifyPlan): Stage<RunContext, PlanResult> {
  return async (ctx, stageLog, signal) => {
    const lines: string[] = [];
    const log = (line: string) => {
      lines.push(line);
      stageLog(line);
    };
    // Only with prebuilt RPMs: the RPM stage's code (trident validate on them) loads for that alone.
    if (given) await (await import('./rpms.js')).validateHostConfig(ctx, config, given, log, signal);
    for (const line of skippedBuildLines(ctx, config)) log(line);
    for (const line of planLines(ctx, config)) log(line);
    if (verify) {
      log(`Then, for verify: ${verify.options.mode}, with the ISO at ${ctx.inputs.output}:`);
      const { verifyPlanLines } = await import('./verify-plan.js');
      for (const argv of await verifyPlanLines(verify, ctx.work, ctx.inputs.output)) log(`  ${argv.join(' ')}`);
    }
    // The two files the config stage just wrote, small: read at once (an async read is a round trip to libuv's thread pool).
    const read = (file: string) => ({ path: file, text: readFileSync(file, 'utf8') });
    return {
      lines,
      config: read(config.configHostPath),
      ...(config.hostConfigPath ? { hostConfig: read(config.hostConfigPath) } : {}),
    };
  };
}

/** The job summary of validate-only, from what its stages logged and the plan. Pure. */
export function validateOnlySummary(stages: Pick<Stages, 'records' | 'tail'>, planned: PlanResult): string {
  const checks = stages.records
    .filter((r) => r.outcome === 'ok' && r.name !== 'Plan (validate-only)')
    .map((r) => ({ stage: r.name, lines: stages.tail(r.name) }));
  return validateOnlyMarkdown(
    { checks, plan: planned.lines, config: planned.config, ...(planned.hostConfig ? { hostConfig: planned.hostConfig } : {}) },
    stages.records,
  );
}
