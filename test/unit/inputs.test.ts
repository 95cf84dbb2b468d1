import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/context/errors.js';
import { readInputs } from '../../src/context/inputs.js';
import { tagVersion } from '../../src/context/oci-ref.js';
import { actionDefaults } from '../support/action-defaults.js';

/** action.yml's defaults, as the runner passes them. */
const DEFAULTS = actionDefaults();

function read(given: Record<string, string>) {
  const values = { ...DEFAULTS, ...given };
  return readInputs((name) => values[name] ?? '', { workspace: '/ws' });
}

function errorOf(given: Record<string, string>): InputError {
  try {
    read(given);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readInputs', () => {
  it('reads the minimal step (host-config and cosi) with the defaults', () => {
    const inputs = read({ 'host-config': 'hc.yaml', cosi: 'out/os.cosi' });
    expect(inputs).toEqual({
      hostConfig: '/ws/hc.yaml',
      cosi: '/ws/out/os.cosi',
      cosiDestination: '/images/azure-linux.cosi',
      hostConfigImage: 'auto',
      rpms: { kind: 'distro' },
      baseImage: { kind: 'oci', ref: 'mcr.microsoft.com/azurelinux/3.0/image/minimal-os:latest' },
      platform: 'linux/amd64',
      oras: { version: '1.3.0' },
      imageCustomizerImage: 'mcr.microsoft.com/azurelinux/imagecustomizer:0.18.0',
      imageCustomizerVersion: '0.18.0',
      hostname: 'installer-iso-mos',
      packages: [],
      services: [],
      kernelCommandLine: ['rd.info', 'console=tty0', 'console=ttyS0'],
      selinuxMode: 'enforcing',
      output: '/ws/installer.iso',
      upload: true,
      archive: false,
      artifactName: 'installer-iso',
      containerEngine: 'docker',
      logLevel: 'info',
      validateOnly: false,
      cache: true,
    });
  });

  it('splits package and service lists on lines, commas and spaces, dropping repeats', () => {
    const inputs = read({
      'host-config': 'hc.yaml',
      packages: 'jq\nvim, openssh-server  jq\n',
      services: 'sshd.service\nserial-getty@ttyS0.service',
    });
    expect(inputs.packages).toEqual(['jq', 'vim', 'openssh-server']);
    expect(inputs.services).toEqual(['sshd.service', 'serial-getty@ttyS0.service']);
  });

  it('tells the RPM sources apart', () => {
    expect(read({ 'host-config': 'h.yaml', 'trident-rpms': 'rpms.tar.gz' }).rpms).toEqual({ kind: 'prebuilt', path: '/ws/rpms.tar.gz' });
    expect(read({ 'host-config': 'h.yaml', 'trident-source': 'trident' }).rpms).toEqual({ kind: 'build', checkout: '/ws/trident' });
  });

  it('prefers base-image-file over the default base-image', () => {
    expect(read({ 'host-config': 'h.yaml', 'base-image-file': 'img/base.vhdx' }).baseImage).toEqual({ kind: 'file', path: '/ws/img/base.vhdx' });
  });

  it('takes a mirror for oras with its checksum, lower-cased', () => {
    expect(read({ 'host-config': 'h.yaml', 'oras-url': 'https://mirror/oras.tar.gz', 'oras-checksum': 'A'.repeat(64) }).oras).toEqual({
      version: '1.3.0',
      url: 'https://mirror/oras.tar.gz',
      checksum: 'a'.repeat(64),
    });
  });

  it('keeps inline extra-config (the check stage parses it) and recognises a file path', () => {
    expect(read({ 'host-config': 'h.yaml', 'extra-config': 'os:\n  hostname: x\n' }).extraConfig).toEqual({
      kind: 'inline',
      text: 'os:\n  hostname: x',
    });
    expect(read({ 'host-config': 'h.yaml', 'extra-config': 'cfg/extra.yaml' }).extraConfig).toEqual({ kind: 'file', path: '/ws/cfg/extra.yaml' });
  });

  it('reads credentials as pairs', () => {
    expect(read({ 'host-config': 'h.yaml', 'registry-username': 'u', 'registry-password': 'p' }).registryCredentials).toEqual({
      username: 'u',
      password: 'p',
    });
  });

  it('accepts a config without host-config', () => {
    expect(read({ config: 'ic.yaml' }).config).toBe('/ws/ic.yaml');
  });

  const bad: [string, Record<string, string>, string, RegExp][] = [
    ['no host-config nor config', {}, 'host-config', /is required/],
    ['both RPM sources', { 'trident-rpms': 'a', 'trident-source': 'b' }, 'trident-rpms', /exclusive/],
    ['unknown platform', { platform: 'linux/riscv64' }, 'platform', /linux\/amd64, linux\/arm64/],
    ['unknown engine', { 'container-engine': 'nerdctl' }, 'container-engine', /docker, podman/],
    ['unknown SELinux mode', { 'selinux-mode': 'on' }, 'selinux-mode', /force-enforcing/],
    ['unknown log level', { 'log-level': 'verbose' }, 'log-level', /debug/],
    ['host-config-image neither auto nor keep', { 'host-config-image': 'yes' }, 'host-config-image', /auto, keep/],
    ['relative cosi-destination', { 'cosi-destination': 'images/a.cosi' }, 'cosi-destination', /absolute/],
    ['cosi-destination with ..', { 'cosi-destination': '/images/../etc/passwd' }, 'cosi-destination', /'\.\.'/],
    ['oras-url without checksum', { 'oras-url': 'https://m/o.tar.gz' }, 'oras-checksum', /go together/],
    ['oras-checksum without url', { 'oras-checksum': 'a'.repeat(64) }, 'oras-url', /go together/],
    ['short oras-checksum', { 'oras-url': 'https://m/o.tar.gz', 'oras-checksum': 'abc' }, 'oras-checksum', /64 hex/],
    ['oras-version older than supported', { 'oras-version': '1.1.0' }, 'oras-version', /older than 1\.2\.0.*1\.2\.0 or later/],
    ['unpinned oras-version', { 'oras-version': '1.9.0' }, 'oras-version', /no pinned checksum; use one of 1\.2\.0, /],
    ['output that cannot name an artifact', { output: 'a|b.iso' }, 'output', /cannot name an artifact/],
    ['host-config with config', { config: 'c.yaml' }, 'host-config', /generated config only/],
    ['packages with config', { config: 'c.yaml', 'host-config': '', packages: 'jq' }, 'packages', /generated config only/],
    ['malformed base-image', { 'base-image': 'Not A Ref!' }, 'base-image', /not a valid image reference/],
    ['base-image with a shell command', { 'base-image': 'mcr.microsoft.com/x;rm -rf /' }, 'base-image', /not a valid image reference/],
    ['base-image-file of the wrong kind', { 'base-image-file': 'disk.iso' }, 'base-image-file', /\.vhdx/],
    ['imagecustomizer-image with a newline', { 'imagecustomizer-image': 'a:1\n--privileged' }, 'imagecustomizer-image', /single line/],
    ['bad hostname', { hostname: 'bad_host!' }, 'hostname', /host name/],
    ['package with shell syntax', { packages: 'vim\n$(reboot)' }, 'packages', /\$\(reboot\)/],
    ['kernel argument with a quote', { 'kernel-command-line': 'console=ttyS0 "init=/bin/sh"' }, 'kernel-command-line', /kernel arguments/],
    ['output not an ISO', { output: 'out.img' }, 'output', /\.iso/],
    ['upload not a boolean', { upload: 'yes' }, 'upload', /true or false/],
    ['retention-days out of range', { 'retention-days': '91' }, 'retention-days', /1 to 90/],
    ['retention-days not a number', { 'retention-days': '7d' }, 'retention-days', /whole number/],
    ['artifact-name with a slash', { 'artifact-name': 'a/b' }, 'artifact-name', /must not contain/],
    ['password without username', { 'registry-password': 's3cret' }, 'registry-username', /go together/],
    ['extra-config with config', { config: 'c.yaml', 'host-config': '', 'extra-config': 'os: {}\n' }, 'extra-config', /generated config only/],
    ['an oversized value', { hostname: 'a'.repeat(5000) }, 'hostname', /at most 4096/],
    ['a control character', { 'host-config': 'h\u0007.yaml' }, 'host-config', /control characters/],
    ['imagecustomizer-version not a version', { 'imagecustomizer-version': 'latest' }, 'imagecustomizer-version', /1\.6\.0/],
  ];
  for (const [what, given, input, message] of bad) {
    it(`rejects ${what}, naming ${input}`, () => {
      const error = errorOf({ 'host-config': 'hc.yaml', ...given, ...(what.startsWith('no host-config') ? { 'host-config': '' } : {}) });
      expect(error.input).toBe(input);
      expect(error.message).toMatch(new RegExp(`^Input '${input}'`));
      expect(error.message).toMatch(message);
    });
  }
});

describe('tagVersion', () => {
  it.each([
    ['mcr.microsoft.com/azurelinux/imagecustomizer:0.18.0', '0.18.0'],
    ['ghcr.io/microsoft/imagecustomizer:v1.6.0', '1.6.0'],
    ['localhost:5000/ic:1.2.3@sha256:' + 'a'.repeat(64), '1.2.3'],
    ['localhost:5000/ic@sha256:' + 'a'.repeat(64), undefined],
    ['mcr.microsoft.com/azurelinux/imagecustomizer:latest', undefined],
  ])('%s → %s', (ref, version) => {
    expect(tagVersion(ref)).toBe(version);
  });
});
