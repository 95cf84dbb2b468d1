// Artifact names on one workflow run, as the legs of a matrix see them: the
// results service stand-in answers 409 to a name already on the run (as
// GitHub's does) and deletes by name (what overwrite uses). Each leg is a job
// of the same run: its runtime token names the run's backend id and its own job's.
//
// 7a runs README's matrix ("A matrix over platforms", test/support/readme-matrix.ts):
// its linux/amd64 leg, and its linux/arm64 leg on an emulated arm64 runner:
// the action runs on Node's arm64 build under qemu-aarch64 (process.arch is
// 'arm64'), installs the oras stand-in from its linux_arm64 asset (the same
// script as amd64's), pulls the base image's arm64 manifest (aarch64 packages,
// the distro Trident among them), takes an aarch64 COSI, and runs the Image
// Customizer stand-in's linux/arm64 image, whose program runs as arm64 too
// (lib/imagecustomizer-image.ts says what in that image is still amd64).
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeMatrixLegs, runnerArch, type MatrixLeg } from '../support/readme-matrix.js';
import { describeRun } from '../support/runner.js';
import { makeCosi } from './fixtures/make-cosi.js';
import { readLiveOs } from './lib/liveos.js';
import { runRecorded } from './lib/recorded.js';
import { ARTIFACT_CONTAINER, fetchState, readBlob, runtimeToken, type ArtifactRecord } from './lib/results-service.js';
import { e2e, newScenario, requestsSeen, type Scenario } from './lib/scenario.js';
import { HOST_CONFIG_SAMPLE, prepareWorkspace, sha256Of } from './lib/workspace.js';

/** A job of the workflow run `runBackendId`, on an x64 runner or an (emulated) arm64 one. */
function leg(name: string, runBackendId: string, arch: 'x64' | 'arm64' = 'x64'): Scenario {
  const s = newScenario(name, { arch });
  s.ctx.runBackendId = runBackendId;
  s.env.ACTIONS_RUNTIME_TOKEN = runtimeToken(runBackendId, s.ctx.jobBackendId, `refs/heads/e2e-${name}`);
  return s;
}

async function build(s: Scenario, extra: Record<string, string> = {}) {
  const c = e2e();
  const ws = await prepareWorkspace(s, { prebuilt: true, baseImageFile: true });
  return runRecorded(s, {
    'host-config': ws.hostConfig,
    cosi: ws.cosi.file,
    'trident-rpms': ws.prebuiltTarball!,
    'base-image-file': ws.baseImageFile!,
    'imagecustomizer-image': c.imageCustomizer.refs['0.18.0'],
    ...extra,
  });
}

/**
 * A leg of README's matrix with its inputs as written (host-config, the leg's
 * cosi, platform; Trident from the base image's repository), the files they
 * name in the checkout (a COSI of the leg's arch), and the suite's addresses:
 * minimal-os, oras and the Image Customizer image from the loopback servers,
 * oras's asset for the runner's arch.
 */
async function buildLeg(s: Scenario, matrixLeg: MatrixLeg) {
  const c = e2e();
  const { inputs } = matrixLeg;
  const ws = s.dirs.workspace;
  copyFileSync(HOST_CONFIG_SAMPLE, path.join(ws, inputs['host-config']!));
  mkdirSync(path.dirname(path.join(ws, inputs.cosi!)), { recursive: true });
  makeCosi(path.join(ws, inputs.cosi!), s.name, inputs.platform === 'linux/arm64' ? 'aarch64' : 'x86_64');
  const oras = runnerArch(matrixLeg.runsOn) === 'arm64' ? c.oras.arm64 : c.oras;
  return runRecorded(s, {
    ...inputs,
    'base-image': c.baseImage.ref,
    'oras-url': oras.url,
    'oras-checksum': oras.sha256,
    'imagecustomizer-image': c.imageCustomizer.refs['0.18.0'],
  });
}

async function artifactsOf(run: string): Promise<ArtifactRecord[]> {
  return (await fetchState(e2e().results.url)).artifacts.filter((a) => a.runBackendId === run);
}

describe('artifact names on one workflow run (results service stand-in, real Azurite)', () => {
  const runId = `matrix-${Date.now()}`;

  it("7a: README's matrix: its amd64 leg and its arm64 leg (emulated arm64 runner) upload side by side; a leg whose name is taken fails before the build", async () => {
    const c = e2e();
    const [amd64Leg, arm64Leg] = readmeMatrixLegs();
    expect([amd64Leg?.inputs.platform, arm64Leg?.inputs.platform]).toEqual(['linux/amd64', 'linux/arm64']);
    // Both legs keep the default name: the output's with the architecture.
    const first = leg('matrix-amd64', runId, runnerArch(amd64Leg!.runsOn));
    const one = await buildLeg(first, amd64Leg!);
    expect(one.main.exitCode, describeRun(one)).toBe(0);

    const second = leg('matrix-arm64', runId, runnerArch(arm64Leg!.runsOn));
    const orasBefore = (await requestsSeen(c.oras.statsUrl)).length;
    const registryBefore = (await requestsSeen(c.registry.statsUrl)).length;
    const two = await buildLeg(second, arm64Leg!);
    const armLog = describeRun(two);
    expect(two.main.exitCode, armLog).toBe(0);
    expect(two.post?.exitCode, armLog).toBe(0);
    // It ran as arm64: oras came from the linux_arm64 asset and is cached under arm64 (the tool cache's process.arch).
    const orasGets = (await requestsSeen(c.oras.statsUrl)).slice(orasBefore).map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(orasGets, armLog).toContain(`GET ${new URL(c.oras.arm64.url).pathname} 200`);
    expect(existsSync(path.join(second.dirs.toolCache, 'oras', c.oras.version, 'arm64', 'oras')), armLog).toBe(true);
    // The base image's arm64 manifest was pulled (oras --platform linux/arm64), not the amd64 one.
    const manifests = (await requestsSeen(c.registry.statsUrl)).slice(registryBefore).map((r) => r.path);
    expect(
      manifests.some((p) => p.endsWith(`/manifests/${c.baseImage.manifestDigests['linux/arm64']}`)),
      armLog,
    ).toBe(true);
    expect(
      manifests.some((p) => p.endsWith(`/manifests/${c.baseImage.manifestDigests['linux/amd64']}`)),
      armLog,
    ).toBe(false);
    expect(two.outputs['base-image-digest'], armLog).toBe(c.baseImage.indexDigest);
    // The Image Customizer stand-in ran as arm64: its tdnf took aarch64 as the machine's arch and installed the
    // base image's aarch64 Trident (on amd64 that image fails with "exec format error").
    const arm64Iso = path.join(second.dirs.workspace, 'installer.iso');
    const live = await readLiveOs(arm64Iso, path.join(second.dir, 'iso-read'));
    expect(`${live.installed('trident')}`, armLog).toBe(c.baseImage.distroTrident);
    expect(live.rpmdb.find((r) => r.name === 'trident')?.arch).toBe('aarch64');
    expect(new Set(live.rpmdb.map((r) => r.arch))).toEqual(new Set(['aarch64', 'noarch']));
    // And the amd64 leg's live OS is x86_64.
    const amd64Live = await readLiveOs(path.join(first.dirs.workspace, 'installer.iso'), path.join(first.dir, 'iso-read'));
    expect(amd64Live.rpmdb.find((r) => r.name === 'trident')?.arch).toBe('x86_64');

    const uploaded = await artifactsOf(runId);
    expect(uploaded.map((a) => [a.name, a.finalized]).sort()).toEqual([
      ['installer-amd64.iso', true],
      ['installer-arm64.iso', true],
    ]);
    expect(one.outputs['artifact-id']).toBe(String(uploaded.find((a) => a.name === 'installer-amd64.iso')?.id));
    const arm64Artifact = uploaded.find((a) => a.name === 'installer-arm64.iso')!;
    expect(two.outputs['artifact-id']).toBe(String(arm64Artifact.id));
    expect((await readBlob(c.results.blobEndpoint, ARTIFACT_CONTAINER, arm64Artifact.blob)).equals(readFileSync(arm64Iso))).toBe(true);
    // No serial logs: verify is off (it boots linux/amd64 only).
    expect(uploaded.some((a) => a.name.includes('serial'))).toBe(false);

    // A third leg with the first one's name: refused by the check, before anything is built or uploaded.
    const third = leg('matrix-taken', runId);
    const refused = await build(third);
    const log = describeRun(refused);
    expect(refused.main.exitCode, log).toBe(1);
    expect(refused.main.errors, log).toHaveLength(1);
    expect(refused.main.errors[0], log).toMatchObject({ title: "Input 'artifact-name'" });
    expect(refused.main.errors[0]?.message, log).toContain("an artifact named 'installer-amd64.iso' already exists on this workflow run");
    expect(refused.main.errors[0]?.message, log).toContain('overwrite: true');
    expect(refused.main.stdout, log).not.toContain('Image Customizer stand-in version');
    expect(existsSync(path.join(third.dirs.workspace, 'installer.iso'))).toBe(false);
    const calls = (await fetchState(e2e().results.url)).calls.filter((c) => c.runBackendId === runId && c.method === 'CreateArtifact');
    expect(calls.map((c) => c.status)).toEqual([200, 200]);

    // 7b: the same leg with overwrite: true replaces the artifact: the old one is deleted, the new ISO is uploaded under the name.
    const again = leg('matrix-overwrite', runId);
    const replaced = await build(again, { overwrite: 'true' });
    const log2 = describeRun(replaced);
    expect(replaced.main.exitCode, log2).toBe(0);
    const state = await fetchState(e2e().results.url);
    const old = uploaded.find((a) => a.name === 'installer-amd64.iso')!;
    expect(state.deleted.map((a) => a.id)).toContain(old.id);
    const now = state.artifacts.filter((a) => a.runBackendId === runId && a.name === 'installer-amd64.iso');
    expect(now).toHaveLength(1);
    expect(now[0]!.id).not.toBe(old.id);
    expect(replaced.outputs['artifact-id']).toBe(String(now[0]!.id));
    const iso = path.join(again.dirs.workspace, 'installer.iso');
    expect((await readBlob(e2e().results.blobEndpoint, ARTIFACT_CONTAINER, now[0]!.blob)).equals(readFileSync(iso))).toBe(true);
    expect(now[0]!.hash).toBe(`sha256:${sha256Of(iso)}`);
    expect(replaced.main.stdout, log2).toContain(`overwrite: deleted artifact 'installer-amd64.iso' (${old.id})`);
  });

  it('7c: a name taken while the ISO was built (another leg uploading at once) gets the service 409, named as artifact-name, and the ISO stays', async () => {
    const c = e2e();
    const s = leg('matrix-race', runId);
    // Another job of the run has started uploading the name (created, not yet finalized): the check sees no artifact, the upload gets 409.
    const other = runtimeToken(runId, 'job-uploading-now');
    const created = await fetch(new URL('twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact', c.results.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${other}` },
      body: JSON.stringify({ workflow_run_backend_id: runId, workflow_job_run_backend_id: 'job-uploading-now', name: 'race.iso', version: 7 }),
    });
    expect(created.status).toBe(200);
    const run = await build(s, { 'artifact-name': 'race.iso' });
    const log = describeRun(run);
    expect(run.main.exitCode, log).toBe(1);
    expect(run.main.errors, log).toHaveLength(1);
    expect(run.main.errors[0], log).toMatchObject({ title: "Input 'artifact-name'" });
    const iso = path.join(s.dirs.workspace, 'installer.iso');
    expect(run.main.errors[0]?.message, log).toContain(`an artifact named 'race.iso' already exists on this workflow run`);
    expect(run.main.errors[0]?.message, log).toContain(`The ISO is at ${iso}.`);
    expect(existsSync(iso)).toBe(true);
    expect(run.outputs['iso-path']).toBe(iso);
    const statuses = (await fetchState(c.results.url)).calls
      .filter((x) => x.runBackendId === runId && x.method === 'CreateArtifact')
      .map((x) => x.status);
    expect(statuses.at(-1)).toBe(409);
  });
});
