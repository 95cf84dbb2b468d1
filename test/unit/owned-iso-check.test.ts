// The check of a built ISO's owned paths (src/iso/owned-check.ts) on real
// images: a live OS root made into liveos/rootfs.img by mksquashfs -xattrs,
// an ISO written by cdrkit's mkisofs with Image Customizer's flags.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOwnedOnIso, UncheckableIsoError, type OwnedOnIso } from '../../src/iso/owned-check.js';
import { bufferSource } from '../../src/iso/source.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'owned-iso-'));
let counter = 0;
const HOST_CONFIG = 'image:\n  url: file:///mnt/trident_cdrom/images/os.cosi\n';
const COSI = Buffer.alloc(5000, 3);

/** An ISO of a live OS root (`setup` adds to a sound one) and media files. */
function iso(setup: (root: string) => void = () => undefined, o: { rootfs?: boolean } = {}): Buffer {
  const dir = path.join(scratch, `t${++counter}`);
  const root = path.join(dir, 'root');
  const media = path.join(dir, 'media');
  for (const d of ['etc/trident', 'usr/bin', 'mnt', 'usr/lib/systemd/system']) mkdirSync(path.join(root, d), { recursive: true });
  mkdirSync(path.join(media, 'images'), { recursive: true });
  writeFileSync(path.join(root, 'etc/trident/config.yaml'), HOST_CONFIG);
  writeFileSync(path.join(root, 'usr/bin/trident'), 'the real one');
  writeFileSync(path.join(root, 'usr/lib/systemd/system/trident-install.service'), '[Service]\nExecStart=trident install\n');
  symlinkSync('/run/initramfs/live', path.join(root, 'mnt/trident_cdrom'));
  setup(root);
  writeFileSync(path.join(media, 'images/os.cosi'), COSI);
  if (o.rootfs !== false) {
    mkdirSync(path.join(media, 'liveos'));
    execFileSync('mksquashfs', [root, path.join(media, 'liveos/rootfs.img'), '-xattrs', '-noappend', '-quiet', '-no-progress'], { stdio: 'ignore' });
  }
  const out = path.join(dir, 'out.iso');
  execFileSync('genisoimage', ['-quiet', '-R', '-l', '-D', '-J', '-joliet-long', '-V', 'CDROM', '-o', out, media], { stdio: 'ignore' });
  const bytes = readFileSync(out);
  rmSync(dir, { recursive: true, force: true });
  return bytes;
}

const OWNED: OwnedOnIso = {
  liveOs: [
    { kind: 'file', path: '/etc/trident/config.yaml', sha256: createHash('sha256').update(HOST_CONFIG).digest('hex'), size: HOST_CONFIG.length },
    { kind: 'link', path: '/mnt/trident_cdrom', target: '/run/initramfs/live' },
  ],
  media: [{ path: '/images/os.cosi', size: COSI.length }],
  absent: [
    '/etc/systemd/system/trident-install.service',
    '/etc/systemd/system/trident-install.service.d',
    '/usr/local/bin/trident',
    '/usr/sbin/trident',
  ],
  mergedFolders: { '/usr/sbin': ['bin', '/usr/bin'] },
};

describe('checkOwnedOnIso', () => {
  it('a sound ISO: no findings, and only a small part of it read', async () => {
    const bytes = iso();
    const { findings, bytesRead } = await checkOwnedOnIso(bufferSource(bytes), OWNED);
    expect(findings).toEqual([]);
    expect(bytesRead).toBeLessThan(bytes.length / 4);
  });

  it('merged /usr/sbin (a link to bin) and an empty drop-in folder are fine', async () => {
    const bytes = iso((root) => {
      symlinkSync('bin', path.join(root, 'usr/sbin'));
      mkdirSync(path.join(root, 'etc/systemd/system/trident-install.service.d'), { recursive: true });
    });
    expect((await checkOwnedOnIso(bufferSource(bytes), OWNED)).findings).toEqual([]);
  });

  it('each owned path that differs, named with what was found', async () => {
    const bytes = iso((root) => {
      writeFileSync(path.join(root, 'etc/trident/config.yaml'), HOST_CONFIG.replace('os.cosi', 'xx.cosi'));
      rmSync(path.join(root, 'mnt/trident_cdrom'));
      mkdirSync(path.join(root, 'mnt/trident_cdrom'));
      mkdirSync(path.join(root, 'etc/systemd/system/trident-install.service.d'), { recursive: true });
      writeFileSync(path.join(root, 'etc/systemd/system/trident-install.service.d/x.conf'), '[Service]\n');
      symlinkSync('/dev/null', path.join(root, 'etc/systemd/system/trident-install.service'));
      mkdirSync(path.join(root, 'opt/bin'), { recursive: true });
      mkdirSync(path.join(root, 'usr/local'), { recursive: true });
      symlinkSync('/opt/bin', path.join(root, 'usr/local/bin'));
    });
    const { findings } = await checkOwnedOnIso(bufferSource(bytes), OWNED);
    expect(findings).toEqual([
      {
        where: 'live OS',
        path: '/etc/trident/config.yaml',
        found: expect.stringMatching(/^a regular file with SHA-256 [0-9a-f]{64}, not [0-9a-f]{64}/) as string,
      },
      { where: 'live OS', path: '/mnt/trident_cdrom', found: 'a directory, not a symbolic link to /run/initramfs/live' },
      { where: 'live OS', path: '/etc/systemd/system/trident-install.service', found: 'a symbolic link to /dev/null' },
      { where: 'live OS', path: '/etc/systemd/system/trident-install.service.d', found: 'a folder holding x.conf' },
      { where: 'live OS', path: '/usr/local/bin/trident', found: 'reached through a symbolic link, /usr/local/bin → /opt/bin' },
    ]);
  });

  it('the COSI on the media missing or of another size; the host config missing', async () => {
    const bytes = iso((root) => rmSync(path.join(root, 'etc/trident'), { recursive: true }));
    const { findings } = await checkOwnedOnIso(bufferSource(bytes), {
      ...OWNED,
      media: [
        { path: '/images/os.cosi', size: COSI.length + 1 },
        { path: '/images/other.cosi', size: 1 },
      ],
    });
    expect(findings).toEqual([
      { where: 'ISO media', path: '/images/os.cosi', found: `a file of ${COSI.length} bytes, not the ${COSI.length + 1} bytes the action put there` },
      { where: 'ISO media', path: '/images/other.cosi', found: 'missing, or not a regular file' },
      { where: 'live OS', path: '/etc/trident/config.yaml', found: 'missing (no /etc/trident)' },
    ]);
  });

  it('no liveos/rootfs.img, or an ISO cut short: it cannot be checked (an error, so the ISO is not delivered)', async () => {
    await expect(checkOwnedOnIso(bufferSource(iso(undefined, { rootfs: false })), OWNED)).rejects.toThrow(UncheckableIsoError);
    await expect(checkOwnedOnIso(bufferSource(iso(undefined, { rootfs: false })), OWNED)).rejects.toThrow(/no \/liveos\/rootfs\.img/);
    const whole = iso();
    await expect(checkOwnedOnIso(bufferSource(whole.subarray(0, whole.indexOf('hsqs') + 100)), OWNED)).rejects.toThrow(UncheckableIsoError);
  });
});
