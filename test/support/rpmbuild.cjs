// Real RPMs for the tests, built with rpmbuild (Debian's rpm package): the
// packages of Trident's packaging/rpm/trident.spec (microsoft/trident), with
// its Requires, its conditional Requires on trident-selinux and its Suggests,
// the subpackages requiring trident at the same version-release, and
// trident-selinux as the one noarch package; trident.spec's %dir /etc/trident
// and trident-selinux's %ghost module file; and a symbolic link as rpmbuild's
// build-id links are in a build with debuginfo (/usr/lib/.build-id/xx/... ->
// ../../../../usr/bin/trident). /usr/bin/trident is a small
// shell stand-in whose `validate FILE` accepts any readable file unless it
// holds `trident-test-reject`. Used by the unit and behaviour tests and by the
// stand-in `make` (test/dist/standins/standin.cjs). CommonJS so both can load it.
'use strict';
const { execFileSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const TRIDENT_PACKAGES = [
  'trident',
  'trident-provisioning',
  'trident-service',
  'trident-install-service',
  'trident-static-pcrlock-files',
  'trident-acl-agent',
  'trident-selinux',
];

const TRIDENT_PROGRAM = `#!/bin/sh
# trident (test stand-in)
case "$1" in
  validate) ;;
  *) echo "trident test stand-in: unsupported command '$1'" >&2; exit 2 ;;
esac
[ -r "$2" ] || { echo "Error: cannot read host configuration '$2'" >&2; exit 2; }
if grep -q 'trident-test-reject' "$2"; then echo "Error: invalid host configuration: rejected by the test stand-in" >&2; exit 1; fi
echo "Host configuration is valid (trident test stand-in)"
`;

function spec(o) {
  const sub = (name, body) => (o.packages.includes(`trident-${name}`) ? body : '');
  const files = (name, list) => (o.packages.includes(name) ? `%files ${name === 'trident' ? '' : `-n ${name}`}\n${list}\n` : '');
  const requiresTrident = 'Requires:       %{name} = %{version}-%{release}';
  return `%global debug_package %{nil}
%global _build_id_links none
%global __os_install_post %{nil}
%global _unpackaged_files_terminate_build 0
%global selinuxtype targeted

Name:           trident
Version:        ${o.version}
Release:        ${o.release}
${o.epoch === undefined ? '' : `Epoch:          ${o.epoch}`}
Summary:        Trident (test stand-in)
License:        MIT
AutoReqProv:    no
Requires:       e2fsprogs
Requires:       util-linux
Requires:       dosfstools
Requires:       efibootmgr
Requires:       lsof
Requires:       openssl
Requires:       shadow-utils
Requires:       systemd >= 255
Requires:       systemd-udev
${o.selinuxRule ? 'Requires:       (%{name}-selinux = %{version}-%{release} if selinux-policy-%{selinuxtype})' : ''}
Suggests:       netplan
Suggests:       mdadm
Suggests:       tpm2-tools
Suggests:       cryptsetup
Suggests:       veritysetup
Suggests:       ntfs-3g
Suggests:       ntfsprogs
Suggests:       grub2-tools

%description
Test stand-in for Trident.

${sub('provisioning', `%package provisioning\nSummary: trident-network.service\n${requiresTrident}\n%description provisioning\nx\n`)}
${sub('service', `%package service\nSummary: trident.service\n${requiresTrident}\nConflicts: %{name}-install-service\n%description service\nx\n`)}
${sub('install-service', `%package install-service\nSummary: trident-install.service\n${requiresTrident}\nConflicts: %{name}-service\n%description install-service\nx\n`)}
${sub('static-pcrlock-files', `%package static-pcrlock-files\nSummary: pcrlock files\n${requiresTrident}\n%description static-pcrlock-files\nx\n`)}
${sub('acl-agent', `%package acl-agent\nSummary: ACL agent\n${requiresTrident}\n%description acl-agent\nx\n`)}
${sub('selinux', `%package selinux\nSummary: SELinux policy\nBuildArch: noarch\nRequires: selinux-policy-%{selinuxtype}\n%description selinux\nx\n`)}

%install
mkdir -p %{buildroot}/usr/bin %{buildroot}/usr/lib/systemd/system %{buildroot}/var/lib/pcrlock.d %{buildroot}/usr/share/selinux/packages
install -m 0755 %{_sourcedir}/trident %{buildroot}/usr/bin/trident
for unit in trident-network trident trident-install; do echo '[Service]' > %{buildroot}/usr/lib/systemd/system/$unit.service; done
echo '{}' > %{buildroot}/var/lib/pcrlock.d/test.pcrlock
echo '#!/bin/sh' > %{buildroot}/usr/bin/trident-acl-agent
echo 'policy_module(trident, 1.0)' > %{buildroot}/usr/share/selinux/packages/trident.te
mkdir -p %{buildroot}/etc/trident %{buildroot}/usr/lib/.build-id/5f %{buildroot}/var/lib/selinux/targeted/active/modules/200
ln -s ../../../../usr/bin/trident %{buildroot}/usr/lib/.build-id/5f/0123456789abcdef0123456789abcdef012345
touch %{buildroot}/var/lib/selinux/targeted/active/modules/200/trident

${files('trident', '/usr/bin/trident\n%dir /etc/trident\n/usr/lib/.build-id/5f/0123456789abcdef0123456789abcdef012345')}
${files('trident-provisioning', '/usr/lib/systemd/system/trident-network.service')}
${files('trident-service', '/usr/lib/systemd/system/trident.service')}
${files('trident-install-service', '/usr/lib/systemd/system/trident-install.service')}
${files('trident-static-pcrlock-files', '/var/lib/pcrlock.d/test.pcrlock')}
${files('trident-acl-agent', '/usr/bin/trident-acl-agent')}
${files('trident-selinux', '/usr/share/selinux/packages/trident.te\n%ghost %verify(not md5 size mode mtime) /var/lib/selinux/targeted/active/modules/200/trident')}
`;
}

/**
 * Builds Trident's RPMs into `${dir}/RPMS/<arch>/` (as rpmbuild and Trident's
 * Makefile lay them out) and returns their paths, sorted. Options: version
 * (0.27.0), release (dev.2026080799.v95639188c.azl3, what `make` gives a
 * checkout build), epoch, arch (x86_64), packages (all seven), selinuxRule
 * (true: trident's conditional Requires on trident-selinux).
 */
function buildTridentRpms(dir, options = {}) {
  const o = {
    version: '0.27.0',
    release: 'dev.2026080799.v95639188c.azl3',
    arch: 'x86_64',
    packages: TRIDENT_PACKAGES,
    selinuxRule: true,
    ...options,
  };
  if (!o.packages.includes('trident')) throw new Error('rpmbuild.cjs: the trident package itself is always built (it owns the spec)');
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'rpmbuild-'));
  try {
    fs.mkdirSync(path.join(top, 'SOURCES'));
    fs.writeFileSync(path.join(top, 'SOURCES', 'trident'), TRIDENT_PROGRAM);
    fs.writeFileSync(path.join(top, 'trident.spec'), spec(o));
    execFileSync(
      'rpmbuild',
      [
        '-bb',
        '--quiet',
        '--target',
        o.arch,
        '--define',
        `_topdir ${top}`,
        '--define',
        `_rpmdir ${path.join(dir, 'RPMS')}`,
        // An uncompressed payload (rpm's w.ufdio), so a test can craft the cpio archive rpm2cpio writes.
        ...(o.uncompressedPayload ? ['--define', '_binary_payload w.ufdio'] : []),
        // Another file digest algorithm (rpm's %_binary_filedigest_algorithm; 8, SHA-256, by default), e.g. 1 (MD5).
        ...(o.fileDigestAlgorithm ? ['--define', `_binary_filedigest_algorithm ${o.fileDigestAlgorithm}`] : []),
        path.join(top, 'trident.spec'),
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } finally {
    fs.rmSync(top, { recursive: true, force: true });
  }
  return listRpms(dir);
}

function listRpms(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.rpm'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** A source RPM of the same spec, in dir; returns its path. */
function buildSourceRpm(dir, options = {}) {
  const o = { version: '0.27.0', release: '1', arch: 'x86_64', packages: TRIDENT_PACKAGES, selinuxRule: true, ...options };
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'rpmbuild-'));
  try {
    fs.mkdirSync(path.join(top, 'SOURCES'));
    fs.writeFileSync(path.join(top, 'SOURCES', 'trident'), TRIDENT_PROGRAM);
    fs.writeFileSync(path.join(top, 'trident.spec'), spec(o));
    execFileSync('rpmbuild', ['-bs', '--quiet', '--define', `_topdir ${top}`, '--define', `_srcrpmdir ${dir}`, path.join(top, 'trident.spec')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } finally {
    fs.rmSync(top, { recursive: true, force: true });
  }
  return listRpms(dir).find((f) => f.endsWith('.src.rpm'));
}

const built = new Map();

/**
 * buildTridentRpms once per set of options in this process, into a folder of
 * os.tmpdir(); callers copy what they need (never write into it).
 */
function cachedTridentRpms(options = {}) {
  const key = createHash('sha256').update(JSON.stringify(options)).digest('hex').slice(0, 16);
  let files = built.get(key);
  if (!files) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `trident-rpms-${key}-`));
    files = buildTridentRpms(dir, options);
    built.set(key, files);
  }
  return files;
}

module.exports = { TRIDENT_PACKAGES, buildTridentRpms, buildSourceRpm, cachedTridentRpms };
