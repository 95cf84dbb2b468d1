import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  buildCustomizerConfig,
  fileReferences,
  HOST_CONFIG_LINK_SCRIPT,
  JOURNAL_TO_CONSOLE,
  lastConsole,
  mergeConfig,
  type ConfigParams,
} from '../../src/customizer/config.js';
import { configYaml } from '../../src/customizer/files.js';
import { checkCustomizerConfig } from '../../src/customizer/schema.js';
import { schemaCheck } from '../../src/data/schema-check.js';
import { judgeMutations } from '../support/mutate.js';
import { customizerFeatures } from '../../src/customizer/version.js';
import { createHash } from 'node:crypto';
import { ownedOnIso, ownedOnIsoForUserConfig } from '../../src/customizer/owned-check.js';
import { bootOverrideProblems } from '../../src/customizer/owned.js';

// The documented provisioning-ISO procedure's own config (its step 3), verbatim: test/fixtures/procedure-config.yaml.
const procedure = parse(readFileSync(new URL('../fixtures/procedure-config.yaml', import.meta.url), 'utf8')) as Record<string, unknown>;

// The one addition to it: a journald drop-in that puts Trident's journal on the console (README: the serial console).
const procedureOs = procedure.os as { additionalFiles: unknown[] };
const expected = { ...procedure, os: { ...procedureOs, additionalFiles: [...procedureOs.additionalFiles, JOURNAL_TO_CONSOLE] } };

const procedureInputs: ConfigParams = {
  hostname: 'installer-iso-mos',
  packages: [],
  services: [],
  kernelCommandLine: ['rd.info', 'console=ttyS0', 'console=tty0'],
  selinuxMode: 'enforcing',
  hostConfigSource: 'files/host-config.yaml',
  cosi: { source: 'files/osimage.cosi', destination: '/images/azure-linux.cosi' },
};

describe('buildCustomizerConfig', () => {
  it("yields the procedure's config from the procedure's inputs, plus the journal on the console", () => {
    expect(buildCustomizerConfig(procedureInputs)).toEqual(expected);
  });

  it('forwards the journal to /dev/console with a journald drop-in, whatever the inputs', () => {
    const { hostConfigSource: _h, cosi: _c, ...bare } = procedureInputs;
    const file = buildCustomizerConfig(bare).os?.additionalFiles?.find((f) => f.destination.startsWith('/etc/systemd/journald.conf.d/'));
    expect(file && 'content' in file ? file.content.split('\n') : []).toEqual(
      expect.arrayContaining(['[Journal]', 'ForwardToConsole=yes', 'TTYPath=/dev/console', 'MaxLevelConsole=info']),
    );
    expect(file?.destination).toMatch(/\.conf$/);
  });

  it('round-trips through the YAML file the action writes', () => {
    const config = buildCustomizerConfig(procedureInputs);
    expect(parse(configYaml(config))).toEqual(expected);
    expect(configYaml(config)).toMatch(/^# Image Customizer config written by trident-iso-action/);
  });

  it('appends extra packages and services without duplicates, in order', () => {
    const config = buildCustomizerConfig({
      ...procedureInputs,
      packages: ['jq', 'vim', 'netplan', 'openssh-server'],
      services: ['sshd.service', 'trident-network.service'],
    });
    expect(config.os?.packages?.install).toEqual([
      'netplan',
      'trident-install-service',
      'trident-provisioning',
      'vim',
      'curl',
      'device-mapper',
      'squashfs-tools',
      'tar',
      'selinux-policy',
      'jq',
      'openssh-server',
    ]);
    expect(config.os?.services?.enable).toEqual(['trident-install.service', 'trident-network.service', 'sshd.service']);
  });

  it('takes hostname, kernel command line and SELinux mode from the inputs', () => {
    const config = buildCustomizerConfig({
      ...procedureInputs,
      hostname: 'lab-installer',
      kernelCommandLine: ['console=ttyAMA0'],
      selinuxMode: 'permissive',
    });
    expect(config.os?.hostname).toBe('lab-installer');
    expect(config.os?.kernelCommandLine?.extraCommandLine).toEqual(['console=ttyAMA0']);
    expect(config.os?.selinux?.mode).toBe('permissive');
  });

  it('leaves out the ISO files and the host config when none are given', () => {
    const { hostConfigSource: _h, cosi: _c, ...bare } = procedureInputs;
    const config = buildCustomizerConfig(bare);
    expect(config.iso).toBeUndefined();
    expect(config.os?.additionalFiles).toEqual([JOURNAL_TO_CONSOLE]);
  });

  it('patchable: the placeholder on the media beside the COSI, no host config in the live OS, the link made after the media link, and the schema holds', async () => {
    const config = buildCustomizerConfig({ ...procedureInputs, placeholderSource: 'trident-config.yaml' });
    expect(config.iso?.additionalFiles).toEqual([
      { source: 'files/osimage.cosi', destination: '/images/azure-linux.cosi' },
      { source: 'trident-config.yaml', destination: '/trident-config.yaml' },
    ]);
    expect(config.os?.additionalFiles).toEqual([JOURNAL_TO_CONSOLE]);
    const scripts = (config.scripts?.postCustomization ?? []) as { content: string }[];
    expect(scripts.map((x) => x.content)).toEqual([expect.stringContaining('ln -s /run/initramfs/live /mnt/trident_cdrom'), HOST_CONFIG_LINK_SCRIPT]);
    // As Trident's installer ISO links it (tests/images/trident-installer/base/post-install.sh): ln -s -T, the folder made first.
    expect(HOST_CONFIG_LINK_SCRIPT).toBe(
      '# The host config is read from the ISO media (patchable), where it can be patched\nmkdir -p /etc/trident\nln -s -T /mnt/trident_cdrom/trident-config.yaml /etc/trident/config.yaml\n',
    );
    expect(await checkCustomizerConfig(config, customizerFeatures('0.18.0'))).toEqual([]);
  });

  it('does not share lists with its inputs (pure)', () => {
    const packages = ['jq'];
    const config = buildCustomizerConfig({ ...procedureInputs, packages });
    config.os?.packages?.install?.push('mutated');
    expect(packages).toEqual(['jq']);
  });
});

describe('mergeConfig', () => {
  const base = buildCustomizerConfig(procedureInputs);

  it('merges maps key by key, appends lists without duplicates and replaces scalars', () => {
    const merged = mergeConfig(base, {
      os: { hostname: 'other', packages: { install: ['vim', 'jq'] }, users: [{ name: 'root', password: { type: 'locked' } }] },
      iso: { kernelCommandLine: { extraCommandLine: ['rd.debug'] } },
    });
    expect(merged.os?.hostname).toBe('other');
    expect(merged.os?.packages?.install?.slice(-2)).toEqual(['selinux-policy', 'jq']);
    expect(merged.os?.packages?.install?.filter((p) => p === 'vim')).toHaveLength(1);
    expect(merged.os?.users).toEqual([{ name: 'root', password: { type: 'locked' } }]);
    expect(merged.iso?.additionalFiles).toEqual(base.iso?.additionalFiles);
    expect(merged.iso?.kernelCommandLine).toEqual({ extraCommandLine: ['rd.debug'] });
    expect(merged.storage).toEqual(base.storage);
  });

  it('compares list items by value, so a repeated mapping is not added twice', () => {
    const merged = mergeConfig(base, { iso: { additionalFiles: [{ source: 'files/osimage.cosi', destination: '/images/azure-linux.cosi' }] } });
    expect(merged.iso?.additionalFiles).toHaveLength(1);
  });

  it('does not modify its inputs', () => {
    const before = JSON.stringify(base);
    mergeConfig(base, { os: { hostname: 'x', packages: { install: ['jq'] } } });
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe('checkCustomizerConfig against the real Image Customizer schemas', () => {
  for (const version of ['0.18.0', '1.6.0']) {
    it(`accepts the generated config for ${version}`, async () => {
      expect(await checkCustomizerConfig(buildCustomizerConfig(procedureInputs), customizerFeatures(version))).toEqual([]);
    });

    it(`reports an unknown key from extra-config with its path for ${version}`, async () => {
      const config = mergeConfig(buildCustomizerConfig(procedureInputs), { os: { hostnmae: 'typo' } });
      expect(await checkCustomizerConfig(config, customizerFeatures(version))).toContainEqual({
        path: '/os/hostnmae',
        message: expect.stringContaining("unknown key 'hostnmae'"),
      });
    });
  }

  it('rejects a wrong type', async () => {
    const config = mergeConfig(buildCustomizerConfig(procedureInputs), { os: { hostname: 42 } });
    expect((await checkCustomizerConfig(config, customizerFeatures('0.18.0'))).map((p) => p.path)).toContain('/os/hostname');
  });

  it('rejects an SELinux mode Image Customizer does not know (the schema has no enums)', async () => {
    const config = mergeConfig(buildCustomizerConfig(procedureInputs), { os: { selinux: { mode: 'on' } } });
    expect(await checkCustomizerConfig(config, customizerFeatures('1.6.0'))).toContainEqual({
      path: '/os/selinux/mode',
      message: expect.stringContaining('enforcing'),
    });
  });

  it('uses the 0.18 schema for 0.x and the 1.6 schema for 1.x', () => {
    expect(customizerFeatures('0.17.0').schema).toBe('0.18.0');
    expect(customizerFeatures('1.2.0').schema).toBe('1.6.0');
  });

  it.each(['0.18.0', '1.6.0'] as const)(
    "is judged alike by the yes-or-no check (src/data/schema-check.ts) and the explaining validator of %s, on Trident's samples, the generated config and 1000 mutations",
    async (version) => {
      const explain = (await import(`../../src/data/validators/imagecustomizer-v${version}.js`)) as { validate: (v: unknown) => boolean };
      const schema = JSON.parse(
        readFileSync(new URL(`../../src/data/schemas/imagecustomizer-v${version}.schema.json`, import.meta.url), 'utf8'),
      ) as unknown;
      const accepts = schemaCheck({ schema, strictNumbers: false });
      const samples = [
        buildCustomizerConfig(procedureInputs),
        ...['trident-mos-iso.yaml', 'azl-installer-iso.yaml', 'trident-installer-baseimg.yaml'].map(
          (name) => parse(readFileSync(new URL(`../fixtures/samples/imagecustomizer-configs/${name}`, import.meta.url), 'utf8')) as unknown,
        ),
      ];
      expect(samples.map((s) => accepts(s))).toEqual(samples.map((s) => explain.validate(s)));
      const { disagreements, tally } = judgeMutations(samples, 1000, (value) => [accepts(value), explain.validate(value)]);
      expect(disagreements).toEqual([]);
      expect(tally.valid).toBeGreaterThan(100);
      expect(tally.invalid).toBeGreaterThan(100);
    },
  );

  it("accepts Trident's own live-ISO config samples", async () => {
    for (const name of ['trident-mos-iso.yaml', 'azl-installer-iso.yaml']) {
      const sample = parse(readFileSync(new URL(`../fixtures/samples/imagecustomizer-configs/${name}`, import.meta.url), 'utf8')) as unknown;
      expect(await checkCustomizerConfig(sample, customizerFeatures('1.6.0')), name).toEqual([]);
    }
  });
});

describe('fileReferences', () => {
  it('finds the host files extra-config names, not mount points or inline content', () => {
    const extra = {
      os: {
        additionalFiles: [
          { source: 'files/motd', destination: '/etc/motd' },
          { content: 'x', destination: '/etc/x' },
        ],
      },
      scripts: { postCustomization: [{ path: 'scripts/setup.sh' }, { content: 'echo hi' }] },
      storage: { filesystems: [{ deviceId: 'esp', mountPoint: { path: '/boot/efi' } }] },
    };
    expect(fileReferences(extra)).toEqual(['/os/additionalFiles/0/source', '/scripts/postCustomization/0/path']);
    expect(fileReferences(undefined)).toEqual([]);
    expect(
      fileReferences({
        os: {
          users: [
            { name: 'a', sshPublicKeyPaths: ['keys/a.pub'], password: { type: 'hashed-file', value: 'pw.hash' } },
            { name: 'b', password: { type: 'locked' } },
          ],
        },
        baseConfigs: [{ path: 'base.yaml' }],
        output: { selinuxPolicyPath: 'policy', image: { path: 'out.vhdx' } },
      }),
    ).toEqual([
      '/os/users/0/sshPublicKeyPaths',
      '/os/users/0/password/value',
      '/baseConfigs/0/path',
      '/output/selinuxPolicyPath',
      '/output/image/path',
    ]);
  });
});

describe('lastConsole (what /dev/console is on the live OS)', () => {
  it("takes iso.kernelCommandLine's arguments after the OS's, as Image Customizer appends them", () => {
    const config = buildCustomizerConfig({ ...procedureInputs, kernelCommandLine: ['console=tty0', 'console=ttyS0,115200n8'] });
    expect(lastConsole(config)).toBe('console=ttyS0,115200n8');
    expect(lastConsole(mergeConfig(config, { iso: { kernelCommandLine: { extraCommandLine: ['console=tty1'] } } }))).toBe('console=tty1');
    expect(lastConsole(mergeConfig(config, { os: { kernelCommandLine: { extraCommandLine: ['quiet'] } } }))).toBe('console=ttyS0,115200n8');
    expect(lastConsole({ os: { kernelCommandLine: { extraCommandLine: 'rd.info console=ttyS1' } } } as never)).toBe('console=ttyS1');
    expect(lastConsole({})).toBeUndefined();
  });
});

describe('what the built ISO must hold (issue 11, class 4: checked from its bytes after the build)', () => {
  const digest = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

  it("the host config copy (digest and size), the journal drop-in, the ISO mount link, the COSI on the media, and no override of Trident's units", () => {
    const owned = ownedOnIso({ hostConfig: Buffer.from('os: {}\n'), cosi: { destination: '/images/os.cosi', size: 1234 } });
    expect(owned.liveOs).toEqual(
      expect.arrayContaining([
        { kind: 'file', path: '/etc/trident/config.yaml', sha256: digest('os: {}\n'), size: 7 },
        { kind: 'link', path: '/mnt/trident_cdrom', target: '/run/initramfs/live' },
        expect.objectContaining({ kind: 'file', path: '/etc/systemd/journald.conf.d/50-trident-iso-console.conf' }),
      ]),
    );
    expect(owned.media).toEqual([{ path: '/images/os.cosi', size: 1234 }]);
    expect(owned.absent).toEqual(
      expect.arrayContaining([
        '/etc/systemd/system/trident-install.service',
        '/etc/systemd/system/trident-install.service.d',
        '/usr/lib/systemd/system/trident-install.service.d',
        '/etc/systemd/system/service.d',
        '/usr/local/bin/trident',
      ]),
    );
    // The package's own unit is Trident's: never among what must be absent.
    expect(owned.absent).not.toContain('/usr/lib/systemd/system/trident-install.service');
  });

  it('patchable: /etc/trident/config.yaml is the link to the placeholder, which the media must hold byte for byte', () => {
    const placeholder = Buffer.from('#placeholder\n');
    const owned = ownedOnIso({ hostConfig: Buffer.from('os: {}\n'), placeholder });
    expect(owned.liveOs).toContainEqual({ kind: 'link', path: '/etc/trident/config.yaml', target: '/mnt/trident_cdrom/trident-config.yaml' });
    expect(owned.liveOs.some((e) => e.kind === 'file' && e.path === '/etc/trident/config.yaml')).toBe(false);
    expect(owned.media).toEqual([{ path: '/trident-config.yaml', size: placeholder.length, sha256: digest(placeholder) }]);
  });

  it("a user's config: only the host config it carries, if any", () => {
    expect(ownedOnIsoForUserConfig(Buffer.from('x: 1\n'))).toEqual({
      liveOs: [{ kind: 'file', path: '/etc/trident/config.yaml', sha256: digest('x: 1\n'), size: 5 }],
      media: [],
      absent: [],
    });
    expect(ownedOnIsoForUserConfig(undefined)).toEqual({ liveOs: [], media: [], absent: [] });
  });

  it("extra-config may not add a drop-in or unit for Trident's units, another trident, or an overlay over what the action wrote", () => {
    const problems = bootOverrideProblems({
      os: {
        additionalFiles: [
          { destination: '/etc/systemd/system/trident-install.service.d/10-config.conf', content: '[Service]\n' },
          { destination: '//usr/local/bin/./trident', content: '#!/bin/sh\n' },
          { destination: '/etc/systemd/system/service.d/x.conf', content: '' },
          { destination: '/etc/motd', content: 'fine' },
        ],
        overlays: [
          { mountPoint: '/etc', lowerDirs: ['/var/x'] },
          { mountPoint: '/run/initramfs', lowerDirs: ['/var/y'] },
          { mountPoint: '/var/lib/data', lowerDirs: ['/var/z'] },
        ],
      },
    });
    expect(problems.map((p) => p.pointer)).toEqual([
      '/os/additionalFiles/0/destination',
      '/os/additionalFiles/1/destination',
      '/os/additionalFiles/2/destination',
      '/os/overlays/0/mountPoint',
      '/os/overlays/1/mountPoint',
    ]);
    expect(problems[3]?.message).toMatch(/overlay at \/etc, over \/etc\/trident\/config\.yaml/);
  });
});
