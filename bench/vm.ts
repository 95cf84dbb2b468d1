// npm run bench (second part): the VM phases of `verify`, measured on an ISO
// the action built. Starts the e2e suite's components
// (test/e2e/global-setup.ts: a private dockerd when E2E_OWN_DOCKERD=1, the
// Image Customizer stand-in, a base image, prebuilt Trident RPMs), makes a
// bootable COSI, and runs the bundled action (dist/) once with `verify:
// install` (its build and its three phases are the first run), then verifies
// that ISO RUNS - 1 more times with the committed dist/cli (`trident-iso
// verify`). Prints the seconds of each phase (boot, install, first boot) and
// the accelerator the VM ran with. Nothing is asserted: the tests check what
// the timings stand for; these are the numbers.
// Needs what the e2e suite needs (.ci/install-e2e-deps.sh, as root).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import './ts-imports.ts';
import path from 'node:path';

const { default: setup } = await import('../test/e2e/global-setup.ts');
const { e2e, newScenario, provideE2e } = await import('../test/e2e/lib/scenario.ts');
const { prepareWorkspace } = await import('../test/e2e/lib/workspace.ts');
const { makeBootableCosi } = await import('../test/e2e/fixtures/make-cosi.ts');
const { cliOutputs, tridentIso } = await import('../test/e2e/lib/cli.ts');
const { REPO_ROOT } = await import('../test/e2e/lib/proc.ts');

const RUNS = Number(process.env.RUNS ?? 3);
/** As the e2e scenarios: one vCPU and 1 GiB (TCG on a small shared host). */
const VM = { 'verify-memory': process.env.VERIFY_MEMORY ?? '1G', 'verify-cpus': process.env.VERIFY_CPUS ?? '1' };
const PHASES = ['boot', 'install', 'first-boot'] as const;

const figures: Record<(typeof PHASES)[number], number[]> = { boot: [], install: [], 'first-boot': [] };
function record(what: string, outputs: Record<string, string>, stdout: string, stepSeconds: number): void {
  const value = (phase: string) => Number(outputs[`verify-${phase}-seconds`]);
  if (outputs['verify-result'] !== 'passed') throw new Error(`${what}: verify ${outputs['verify-result'] ?? 'did not run'}:\n${stdout.slice(-4000)}`);
  for (const phase of PHASES) figures[phase].push(value(phase));
  const fellBack = stdout.includes('KVM could not run the VM here');
  const accelerator = fellBack ? 'TCG (KVM failed to start the VM)' : (/Serial console \(also in .*\), (KVM|TCG):/.exec(stdout)?.[1] ?? '?');
  console.log(
    `  ${what}: boot ${value('boot')} s, install ${value('install')} s, first boot ${value('first-boot')} s; ${accelerator}; step ${stepSeconds.toFixed(1)} s`,
  );
}

let teardown: (() => Promise<void>) | undefined;
try {
  const started = Date.now();
  teardown = await setup({ provide: (_key: string, value: unknown) => provideE2e(value as ReturnType<typeof e2e>) } as unknown as Parameters<
    typeof setup
  >[0]);
  const c = e2e();
  console.log(`VM bench: e2e components ready in ${((Date.now() - started) / 1000).toFixed(1)} s; ${RUNS} install runs`);

  const s = newScenario('bench-vm');
  await prepareWorkspace(s, { prebuilt: true, baseImageFile: true });
  const hostConfig = readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'samples', 'host-configs', 'simple.yaml'), 'utf8');
  writeFileSync(path.join(s.dirs.workspace, 'host-config.yaml'), `${hostConfig.trimEnd()}\n`.replace(/^os:\n/m, 'os:\n  hostname: bench-node\n'));
  await makeBootableCosi(path.join(s.dirs.workspace, 'os.cosi'), c.boot, { seed: 'bench' });
  const run = await s.run({
    'host-config': 'host-config.yaml',
    cosi: 'os.cosi',
    'trident-rpms': 'trident-rpms.tar.gz',
    'base-image-file': 'base.vhdx',
    'imagecustomizer-image': c.imageCustomizer.refs['0.18.0'],
    upload: 'false',
    verify: 'install',
    ...VM,
  });
  if (run.main.exitCode !== 0)
    throw new Error(`the action failed (exit ${run.main.exitCode}):\n${run.main.stdout.slice(-4000)}${run.main.stderr.slice(-2000)}`);
  record('run 1 (the action: build + verify)', run.outputs, run.main.stdout, run.main.durationMs / 1000);

  for (let i = 2; i <= RUNS; i++) {
    const dir = path.join(s.dir, `verify-${i}`);
    mkdirSync(dir);
    copyFileSync(path.join(s.dirs.workspace, 'installer.iso'), path.join(dir, 'installer.iso'));
    copyFileSync(path.join(s.dirs.workspace, 'host-config.yaml'), path.join(dir, 'hc.yaml'));
    const t = Date.now();
    const cli = await tridentIso(
      ['verify', '--iso', 'installer.iso', '--host-config', 'hc.yaml', '--verify-memory', VM['verify-memory'], '--verify-cpus', VM['verify-cpus']],
      { cwd: dir, timeoutMs: 15 * 60_000 },
    );
    if (cli.code !== 0) throw new Error(`run ${i} failed (exit ${cli.code}):\n${cli.stdout.slice(-3000)}${cli.stderr.slice(-2000)}`);
    record(`run ${i} (trident-iso verify)`, cliOutputs(cli.stdout), cli.stdout, (Date.now() - t) / 1000);
  }
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `min ${sorted[0]} s, median ${sorted[Math.floor((sorted.length - 1) / 2)]} s, max ${sorted.at(-1)} s`;
  };
  console.log(`VM phases over ${RUNS} runs (the action's ISO, Image Customizer stand-in):`);
  for (const [phase, xs] of Object.entries(figures)) console.log(`  ${phase.padEnd(10)} ${stats(xs)}`);
} catch (error) {
  console.error(`VM bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await teardown?.();
}
