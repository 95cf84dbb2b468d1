import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HostConfigError, hostConfigForIso } from '../../src/trident/host-config-copy.js';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const sample = readFileSync(path.join(REPO, 'test', 'fixtures', 'samples', 'host-configs', 'simple.yaml'), 'utf8');
const SHA = 'ab'.repeat(48);

describe('hostConfigForIso', () => {
  it('auto: points image at the COSI on the ISO, keeping the rest', async () => {
    const { text, changed } = await hostConfigForIso('hc.yaml', sample, { mode: 'auto', cosiDestination: '/images/os.cosi', cosiSha384: SHA });
    expect(changed).toBe(true);
    const doc = parse(text) as { image: unknown; os: unknown };
    expect(doc.image).toEqual({ url: 'file:///mnt/trident_cdrom/images/os.cosi', sha384: SHA });
    expect(doc.os).toEqual((parse(sample) as { os: unknown }).os);
  });

  it('without a COSI: the host config as given', async () => {
    await expect(hostConfigForIso('hc.yaml', sample, { mode: 'auto', cosiDestination: '/images/os.cosi' })).resolves.toMatchObject({
      text: sample,
      changed: false,
    });
  });

  it('without a COSI, refuses an image.url on the ISO: the ISO would carry no image (issue 10, defect 7)', async () => {
    for (const url of ['file:///mnt/trident_cdrom/images/azure-linux.cosi', 'file:///run/initramfs/live/images/os.cosi']) {
      const onIso = sample.replace('file:///path/to/image.cosi', url);
      await expect(hostConfigForIso('hc.yaml', onIso, { mode: 'auto', cosiDestination: '/images/azure-linux.cosi' })).rejects.toThrow(
        /points at a COSI on the ISO, which carries none without `cosi`[\s\S]*\/image\/url: .* no `cosi` input is given/,
      );
      // With the COSI given, the same URL is what the action writes.
      await expect(hostConfigForIso('hc.yaml', onIso, { mode: 'auto', cosiDestination: '/images/os.cosi', cosiSha384: SHA })).resolves.toMatchObject({
        changed: true,
      });
    }
    const elsewhere = sample.replace('file:///path/to/image.cosi', 'https://images.example.com/os.cosi');
    expect((await hostConfigForIso('hc.yaml', elsewhere, { mode: 'auto', cosiDestination: '/images/os.cosi' })).changed).toBe(false);
  });

  it('keep: a mismatch is an error that shows the right values', async () => {
    let error: unknown;
    try {
      await hostConfigForIso('hc.yaml', sample, { mode: 'keep', cosiDestination: '/images/azure-linux.cosi', cosiSha384: SHA });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HostConfigError);
    expect((error as Error).message).toContain('file:///mnt/trident_cdrom/images/azure-linux.cosi');
    expect((error as Error).message).toContain(SHA);
    expect((error as HostConfigError).problems.map((p) => p.path)).toEqual(['/image/url', '/image/sha384', '']);
  });

  it('keep: a matching host config (or sha384 ignored) passes unchanged', async () => {
    const wired = sample
      .replace('file:///path/to/image.cosi', 'file:///mnt/trident_cdrom/images/azure-linux.cosi')
      .replace(/sha384: \w+/, 'sha384: ignored');
    await expect(
      hostConfigForIso('hc.yaml', wired, { mode: 'keep', cosiDestination: '/images/azure-linux.cosi', cosiSha384: SHA }),
    ).resolves.toMatchObject({
      text: wired,
      changed: false,
    });
  });

  it('reports a YAML error with its line and column', async () => {
    try {
      await hostConfigForIso('hc.yaml', 'storage:\n  disks: [\n', { mode: 'auto', cosiDestination: '/i.cosi' });
      expect.unreachable();
    } catch (error) {
      expect((error as HostConfigError).problems[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    }
  });
});
