// The fault suite: what happens to a run when the job is cancelled, when
// Image Customizer fails, when one of the parallel stages fails while the
// others run, and when a registry answers with a transient or a final error.
// It runs main() in process through the runner emulator (cancelling aborts
// the run's AbortSignal, as the runner entry does on SIGTERM), with the
// stand-in tools of test/dist/standins, which can sleep, fail a number of
// times, or fail with a chosen message (see the header of standin.cjs).
// test/dist has the process-level SIGTERM smoke tests of the bundle.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24 } from '../support/runner.js';
import { alive, subcommand, waitFor } from '../support/standins.js';
import { calls, dirs, errors, expectUserFilesUnchanged, INPUTS, leftovers, run, start, useFaultHarness } from '../support/faults.js';

useFaultHarness();

describe('cancellation (the run aborted, as on SIGTERM/SIGINT from a cancelled job)', () => {
  it('while Image Customizer runs: the container is removed, the work folder is gone, exit 130, the post step succeeds', async () => {
    const step = start(INPUTS, { STANDIN_SLEEP_RUN: '30' });
    await waitFor('docker run', () => calls('docker', 'run').length > 0);
    const run = calls('docker', 'run')[0]!;
    const state = step.state();
    const workDir = state['work-dir']!;
    expect(existsSync(workDir)).toBe(true);

    step.cancel('SIGTERM');
    const result = await step.done;

    expect(result.main.exitCode, result.main.stdout).toBe(130);
    expect(result.main.stdout).toContain('Received SIGTERM: stopping the build and cleaning up.');
    // Cancelled is not failed: no error annotation.
    expect(result.main.errors).toEqual([]);
    const name = run.argv[run.argv.indexOf('--name') + 1]!;
    expect(name).toBe(state.container);
    expect(calls('docker', 'rm').map((c) => c.argv)).toContainEqual(['rm', '--force', name]);
    // The engine stopped the container: its `docker run` client ended long before its 30 s.
    await waitFor('docker run to end', () => !alive(run.pid), 5_000);
    expect(existsSync(workDir)).toBe(false);
    expect(leftovers()).toEqual([]);
    expect(existsSync(path.join(dirs.workspace, 'installer.iso'))).toBe(false);
    expectUserFilesUnchanged();

    // The post step runs after a cancelled step too, with what was saved: nothing left to do, and no failure.
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.warnings).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it('SIGINT then SIGTERM, as the runner sends them: one cleanup, exit 130', async () => {
    const step = start({ ...INPUTS, 'trident-rpms': 'rpms', 'container-engine': 'podman' }, { STANDIN_SLEEP_RUN: '30' });
    await waitFor('podman run', () => calls('podman', 'run').length > 0);
    const run = calls('podman', 'run')[0]!;
    step.cancel('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 100));
    step.cancel('SIGTERM');
    const result = await step.done;

    expect(result.main.exitCode, result.main.stdout).toBe(130);
    expect(result.main.stdout.match(/Received SIG(INT|TERM)/g)).toEqual(['Received SIGINT']);
    expect(calls('podman', 'rm').map((c) => c.argv)).toContainEqual(['rm', '--force', result.state.container]);
    await waitFor('podman run to end', () => !alive(run.pid), 5_000);
    expect(leftovers()).toEqual([]);
    expectUserFilesUnchanged();
    expect(result.post?.exitCode).toBe(0);
  });

  it('while the RPMs build and the images download: exit 130, the work folder is gone, no container ever starts', async () => {
    const step = start({ ...INPUTS, 'trident-source': 'trident' }, { STANDIN_SLEEP: 'make:bin/trident-rpms.tar.gz:30,oras:pull:30,docker:pull:30' });
    await waitFor(
      'make, oras pull and docker pull',
      () => calls('make').length > 0 && calls('oras', 'pull').length > 0 && calls('docker', 'pull').length > 0,
    );
    const workDir = step.state()['work-dir']!;
    step.cancel('SIGTERM');
    const result = await step.done;

    expect(result.main.exitCode, result.main.stdout).toBe(130);
    expect(existsSync(workDir)).toBe(false);
    expect(leftovers()).toEqual([]);
    expect(calls('docker', 'run')).toEqual([]);
    expectUserFilesUnchanged();
    // Each of the three stages says it was stopped by the cancellation.
    for (const stage of ['Trident RPMs', 'Base image', 'Image Customizer image'])
      expect(result.main.stdout).toMatch(new RegExp(`■ ${stage}: stopped after [\\d.]+ s: the run was cancelled`));
    expect(result.post?.exitCode).toBe(0);
  });

  it('while the RPMs build and the images download: the build and the downloads are stopped too', async () => {
    const step = start({ ...INPUTS, 'trident-source': 'trident' }, { STANDIN_SLEEP: 'make:bin/trident-rpms.tar.gz:30,oras:pull:30,docker:pull:30' });
    await waitFor(
      'make, oras pull and docker pull',
      () => calls('make').length > 0 && calls('oras', 'pull').length > 0 && calls('docker', 'pull').length > 0,
    );
    step.cancel('SIGTERM');
    expect((await step.done).main.exitCode).toBe(130);
    // A make or a pull left running after the step has ended writes into a folder that is gone, or keeps the runner busy.
    const running = [...calls('make'), ...calls('oras', 'pull'), ...calls('docker', 'pull')];
    await waitFor('make, oras pull and docker pull to end', () => running.every((c) => !alive(c.pid)), 5_000).catch(() => undefined);
    expect(running.filter((c) => alive(c.pid)).map((c) => `${c.tool} ${c.argv.join(' ')}`)).toEqual([]);
  });
});

describe('Image Customizer fails', () => {
  it("fails with the tail of its log; the user's files are unchanged and there is no ISO at output", async () => {
    const result = await run({ ...INPUTS, 'trident-rpms': 'rpms' }, { STANDIN_FAIL: 'docker:run' });
    expect(result.main.exitCode).toBe(1);
    const error = errors(result.main).find((e) => e.title === 'Image Customizer failed');
    expect(error, result.main.stdout).toBeDefined();
    expect(error!.message).toMatch(/Image Customizer failed \(exit code 3\)\. The last lines of its log:/);
    expect(error!.message).toContain('docker run: log line 50');
    expect(error!.message).toContain('docker run: failing on purpose');
    // A tail, not the whole log.
    expect(error!.message).not.toContain('docker run: log line 1\n');
    expect(calls('docker', 'rm').map((c) => c.argv)).toContainEqual(['rm', '--force', result.state.container]);
    expect(existsSync(path.join(dirs.workspace, 'installer.iso'))).toBe(false);
    expect(result.outputs['iso-path']).toBeUndefined();
    expectUserFilesUnchanged();
    expect(leftovers()).toEqual([]);
  });

  it('succeeds without writing an ISO: the step fails and says so', async () => {
    const result = await run(INPUTS, { STANDIN_RUN_OUTPUT: 'none' });
    expect(result.main.exitCode).toBe(1);
    expect(
      errors(result.main)
        .map((e) => e.message)
        .join('\n'),
    ).toMatch(/wrote no ISO/);
    expect(existsSync(path.join(dirs.workspace, 'installer.iso'))).toBe(false);
    expectUserFilesUnchanged();
    expect(leftovers()).toEqual([]);
  });

  it('writes something that is not an ISO: the step fails and leaves no file at output', async () => {
    const result = await run(INPUTS, { STANDIN_RUN_OUTPUT: 'garbage' });
    expect(result.main.exitCode).toBe(1);
    expect(
      errors(result.main).some((e) => e.title === 'Check ISO failed'),
      result.main.stdout,
    ).toBe(true);
    expect(existsSync(path.join(dirs.workspace, 'installer.iso'))).toBe(false);
    expectUserFilesUnchanged();
  });
});

describe('the output and the engine', () => {
  it('a file appears at output while the build runs: it is not overwritten, and the step fails', async () => {
    const output = path.join(dirs.workspace, 'installer.iso');
    const result = await run(INPUTS, { STANDIN_RUN_CREATE: output });
    expect(result.main.exitCode).toBe(1);
    // The input at fault is named in the title, the stage where it showed in the message, each once.
    expect(errors(result.main), result.main.stdout).toContainEqual({
      title: "Input 'output'",
      message: `Check ISO failed: Input 'output': ${output} appeared while the ISO was built; the action never overwrites a file. The ISO was not moved there.`,
    });
    expect(readFileSync(output, 'utf8')).toBe("someone else's file\n");
    expectUserFilesUnchanged(['installer.iso']);
    expect(leftovers()).toEqual([]);
  });

  it('the engine is not installed: fails before anything starts, naming container-engine', async () => {
    const result = await run({ ...INPUTS, 'container-engine': 'podman' }, { PATH: `${path.dirname(NODE24)}:/nonexistent` });
    expect(result.main.exitCode).toBe(1);
    expect(errors(result.main).some((e) => e.message.includes("Input 'container-engine': podman is not installed"))).toBe(true);
    expect(calls()).toEqual([]);
    expectUserFilesUnchanged();
  });

  it('the engine does not answer: fails before any pull, naming container-engine', async () => {
    const result = await run(INPUTS, {
      STANDIN_FAIL: 'docker:info',
      STANDIN_FAIL_MESSAGE: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.',
    });
    expect(result.main.exitCode).toBe(1);
    const text = errors(result.main)
      .map((e) => e.message)
      .join('\n');
    expect(text).toContain("Input 'container-engine': docker does not answer");
    expect(text).toContain('Cannot connect to the Docker daemon');
    expect(calls().map((c) => `${c.tool} ${subcommand(c)}`)).toEqual(['docker info']);
  });

  it('the post step never fails: the engine is gone and the work folder already removed', async () => {
    const result = await run(
      INPUTS,
      { STANDIN_FAIL: 'docker:run' },
      {
        betweenSteps: (_outputs, state) => rmSync(state['work-dir']!, { recursive: true, force: true }),
        postEnv: { PATH: `${path.dirname(NODE24)}:/nonexistent` },
      },
    );
    expect(result.main.exitCode).toBe(1);
    expect(result.post?.exitCode, result.post?.stdout).toBe(0);
    expect(leftovers()).toEqual([]);
  });
});

describe('a failing stage stops the others', () => {
  it('make fails while oras and docker pull: the pulls are stopped and the error names the stage', async () => {
    const result = await run(
      { ...INPUTS, 'trident-source': 'trident' },
      {
        // make fails once both pulls have started, while they are in their 30 s.
        STANDIN_SLEEP: 'oras:pull:30,docker:pull:30',
        STANDIN_FAIL: 'make:bin/trident-rpms.tar.gz',
        STANDIN_FAIL_AFTER: 'oras:pull,docker:pull',
      },
    );
    expect(result.main.exitCode).toBe(1);
    const failed = errors(result.main).find((e) => e.title === 'Trident RPMs failed');
    expect(failed, result.main.stdout).toBeDefined();
    expect(failed!.message).toMatch(/^Trident RPMs failed: /);
    expect(failed!.message).toContain('make bin/trident-rpms.tar.gz: failing on purpose');
    expect(result.main.stdout).toMatch(/■ Base image: stopped after [\d.]+ s: Trident RPMs failed/);
    expect(result.main.stdout).toMatch(/■ Image Customizer image: stopped after [\d.]+ s: Trident RPMs failed/);
    const pulls = [...calls('oras', 'pull'), ...calls('docker', 'pull')];
    expect(pulls.map((c) => c.tool).sort()).toEqual(['docker', 'oras']);
    expect(pulls.filter((c) => alive(c.pid))).toEqual([]);
    expect(calls('docker', 'run')).toEqual([]);
    expectUserFilesUnchanged();
    expect(leftovers()).toEqual([]);
  });

  it('the base image pull fails while make runs: make is stopped', async () => {
    const result = await run(
      { ...INPUTS, 'trident-source': 'trident' },
      {
        STANDIN_SLEEP: 'make:bin/trident-rpms.tar.gz:30,oras:pull:1',
        STANDIN_TRANSIENT: 'oras:pull:99',
        STANDIN_FAIL_MESSAGE: 'Error: failed to copy: GET "https://mcr.microsoft.com/v2/x/blobs/sha256:1": response status code 404: Not Found',
      },
    );
    expect(result.main.exitCode).toBe(1);
    // The title names the input at fault; the message says which stage failed.
    expect(errors(result.main).map((e) => e.title)).toContain("Input 'base-image'");
    expect(errors(result.main).some((e) => e.message.startsWith("Base image failed: Input 'base-image'"))).toBe(true);
    expect(result.main.stdout).toMatch(/■ Trident RPMs: stopped after [\d.]+ s: Base image failed/);
    expect(calls('make').filter((c) => alive(c.pid))).toEqual([]);
    expectUserFilesUnchanged();
  });
});

describe('retries of network steps', () => {
  const message = (m: string) => ({ STANDIN_FAIL_MESSAGE: m });

  it('oras pull: a 503 twice, then success: the step succeeds after 3 attempts', async () => {
    const result = await run(INPUTS, { STANDIN_TRANSIENT: 'oras:pull:2' });
    expect(result.main.exitCode, result.main.stdout).toBe(0);
    expect(calls('oras', 'pull')).toHaveLength(3);
    expect(result.main.stdout).toMatch(/oras pull: attempt 1 failed with a transient error; retrying in/);
    expect(result.main.stdout).toMatch(/oras pull: attempt 2 failed with a transient error; retrying in/);
    expect(existsSync(path.join(dirs.workspace, 'installer.iso'))).toBe(true);
  });

  it('oras pull: a connection reset, then success', async () => {
    const result = await run(INPUTS, {
      STANDIN_TRANSIENT: 'oras:pull:1',
      ...message('Error: read tcp 10.1.0.4:51234->204.79.197.219:443: read: connection reset by peer'),
    });
    expect(result.main.exitCode, result.main.stdout).toBe(0);
    expect(calls('oras', 'pull')).toHaveLength(2);
  });

  it('oras pull: a TLS handshake timeout, then success', async () => {
    const result = await run(INPUTS, {
      STANDIN_TRANSIENT: 'oras:pull:1',
      ...message('Error: Get "https://mcr.microsoft.com/v2/": net/http: TLS handshake timeout'),
    });
    expect(result.main.exitCode, result.main.stdout).toBe(0);
    expect(calls('oras', 'pull')).toHaveLength(2);
  });

  it('oras pull: a 401 fails at once, after one attempt, naming base-image', async () => {
    const result = await run(INPUTS, {
      STANDIN_TRANSIENT: 'oras:pull:99',
      ...message(
        'Error: failed to resolve latest: GET "https://mcr.microsoft.com/v2/x/manifests/latest": response status code 401: unauthorized: authentication required',
      ),
    });
    expect(result.main.exitCode).toBe(1);
    expect(calls('oras', 'pull')).toHaveLength(1);
    const text = errors(result.main)
      .map((e) => e.message)
      .join('\n');
    expect(text).toMatch(
      /Input 'base-image': could not get mcr\.microsoft\.com\/azurelinux\/3\.0\/image\/minimal-os:latest \(the registry refused access/,
    );
    expect(text).toContain('response status code 401');
    expect(calls('docker', 'run')).toEqual([]);
  });

  it('oras pull: a 404 fails at once, after one attempt', async () => {
    const result = await run(INPUTS, {
      STANDIN_TRANSIENT: 'oras:pull:99',
      ...message('Error: mcr.microsoft.com/azurelinux/3.0/image/minimal-os:latest: not found'),
    });
    expect(result.main.exitCode).toBe(1);
    expect(calls('oras', 'pull')).toHaveLength(1);
    expect(errors(result.main).some((e) => /Input 'base-image'.*no such image or tag/.test(e.message))).toBe(true);
  });

  it('oras pull: a 503 that does not pass: gives up after 4 attempts, naming base-image', async () => {
    const result = await run(INPUTS, { STANDIN_TRANSIENT: 'oras:pull:99' });
    expect(result.main.exitCode).toBe(1);
    expect(calls('oras', 'pull')).toHaveLength(4);
    const text = errors(result.main)
      .map((e) => e.message)
      .join('\n');
    expect(text).toMatch(/Input 'base-image'/);
    expect(text).toContain('response status code 503: Service Unavailable');
  });

  it('oras manifest fetch --descriptor: a 503 twice, then success', async () => {
    const result = await run(INPUTS, { STANDIN_TRANSIENT: 'oras:manifest:2' });
    expect(result.main.exitCode, result.main.stdout).toBe(0);
    expect(calls('oras', 'manifest')).toHaveLength(3);
  });

  it('docker pull of Image Customizer: a 503 twice, then success', async () => {
    const result = await run(INPUTS, { STANDIN_TRANSIENT: 'docker:pull:2' });
    expect(result.main.exitCode, result.main.stdout).toBe(0);
    expect(calls('docker', 'pull')).toHaveLength(3);
    expect(result.main.stdout).toMatch(/docker pull: attempt 2 failed with a transient error/);
  });

  it('docker pull of Image Customizer: unauthorized fails at once, naming imagecustomizer-image', async () => {
    const result = await run(INPUTS, {
      STANDIN_TRANSIENT: 'docker:pull:99',
      ...message(
        'Error response from daemon: Head "https://mcr.microsoft.com/v2/azurelinux/imagecustomizer/manifests/0.18.0": unauthorized: authentication required',
      ),
    });
    expect(result.main.exitCode).toBe(1);
    expect(calls('docker', 'pull')).toHaveLength(1);
    expect(errors(result.main).some((e) => e.message.includes("Input 'imagecustomizer-image': could not pull"))).toBe(true);
    expect(calls('docker', 'run')).toEqual([]);
  });

  it('podman pull: a 502 once, then success', async () => {
    const result = await run(
      { ...INPUTS, 'container-engine': 'podman' },
      { STANDIN_TRANSIENT: 'podman:pull:1', ...message('Error: initializing source: received unexpected HTTP status: 502 Bad Gateway') },
    );
    expect(result.main.exitCode, result.main.stdout).toBe(0);
    expect(calls('podman', 'pull')).toHaveLength(2);
  });
});

// Issue 11 (hardening, round two): each case names the class of defect it belongs to.
