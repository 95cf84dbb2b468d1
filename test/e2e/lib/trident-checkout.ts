// A stand-in for a Trident checkout: a git repository whose Makefile target
// `bin/trident-rpms.tar.gz` builds REAL RPMs with rpmbuild, named as
// Trident's are (trident, trident-provisioning, trident-service,
// trident-install-service, trident-static-pcrlock-files, trident-acl-agent
// for x86_64, and trident-selinux noarch), packs them as RPMS/<arch>/*.rpm
// and unpacks them into bin/RPMS/, as Trident's Makefile does. (The real one
// builds the binary with cargo and the RPMs in a container; this takes well
// under a second.)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exec } from './proc.js';

export const TRIDENT_VERSION = '0.27.0';
export const TRIDENT_STAMP = '2026080799';

export const X86_64_PACKAGES = [
  'trident',
  'trident-provisioning',
  'trident-service',
  'trident-install-service',
  'trident-static-pcrlock-files',
  'trident-acl-agent',
] as const;
export const NOARCH_PACKAGES = ['trident-selinux'] as const;

const SPEC = `%global debug_package %{nil}
%global _build_id_links none
%global __os_install_post %{nil}

Name:           trident
Version:        ${TRIDENT_VERSION}
Release:        %{trident_release}
Summary:        Trident stand-in for the trident-iso-action end-to-end tests
License:        MIT
URL:            https://example.invalid/trident-e2e
AutoReqProv:    no

%description
A stand-in for Trident, the Azure Linux installer and updater: end-to-end
test fixture only.

%package provisioning
Summary:        trident-network.service (stand-in)
Requires:       trident = %{version}-%{release}
%description provisioning
Stand-in.

%package service
Summary:        tridentd (stand-in)
Requires:       trident = %{version}-%{release}
%description service
Stand-in.

%package install-service
Summary:        trident-install.service (stand-in)
Requires:       trident = %{version}-%{release}
%description install-service
Stand-in.

%package static-pcrlock-files
Summary:        static pcrlock files (stand-in)
%description static-pcrlock-files
Stand-in.

%package acl-agent
Summary:        ACL agent (stand-in)
%description acl-agent
Stand-in.

%package selinux
Summary:        SELinux policy for Trident (stand-in)
BuildArch:      noarch
Requires:       trident = %{version}-%{release}
%description selinux
Stand-in.

%install
mkdir -p %{buildroot}/usr/bin %{buildroot}/usr/lib/systemd/system %{buildroot}/var/lib/pcrlock.d %{buildroot}/usr/share/selinux/packages/trident
install -m 0755 %{_sourcedir}/trident-standin.sh %{buildroot}/usr/bin/trident
cp %{_sourcedir}/systemd/trident-network.service %{_sourcedir}/systemd/trident-install.service %{_sourcedir}/systemd/tridentd.service %{buildroot}/usr/lib/systemd/system/
echo '{}' > %{buildroot}/var/lib/pcrlock.d/e2e.pcrlock
printf '#!/bin/sh\\n' > %{buildroot}/usr/bin/trident-acl-agent
chmod 0755 %{buildroot}/usr/bin/trident-acl-agent
echo 'policy_module(trident, 1.0)' > %{buildroot}/usr/share/selinux/packages/trident/trident.te

%files
/usr/bin/trident

%files provisioning
/usr/lib/systemd/system/trident-network.service

%files service
/usr/lib/systemd/system/tridentd.service

%files install-service
/usr/lib/systemd/system/trident-install.service

%files static-pcrlock-files
/var/lib/pcrlock.d/e2e.pcrlock

%files acl-agent
/usr/bin/trident-acl-agent

%files selinux
/usr/share/selinux/packages/trident/trident.te
`;

const MAKEFILE = `# Stand-in for Trident's Makefile (end-to-end test fixture): the real target
# builds trident with cargo and the RPMs in a container; this one builds
# small real RPMs with rpmbuild, named as Trident's are.
STAMP ?= ${TRIDENT_STAMP}
COMMIT := $(shell git rev-parse --short=9 HEAD 2>/dev/null || echo 000000000)
RELEASE := dev.$(STAMP).v$(COMMIT).azl3

.PHONY: all clean
all: bin/trident-rpms.tar.gz

bin/trident-rpms.tar.gz: packaging/trident.spec packaging/trident-standin.sh $(wildcard packaging/systemd/*)
\trm -rf bin/rpmbuild bin/RPMS
\tmkdir -p bin/rpmbuild
\trpmbuild -bb --quiet --target x86_64 \\
\t  --define "_topdir $(CURDIR)/bin/rpmbuild" \\
\t  --define "_sourcedir $(CURDIR)/packaging" \\
\t  --define "trident_release $(RELEASE)" \\
\t  packaging/trident.spec
\ttar -C bin/rpmbuild --owner=0 --group=0 --numeric-owner -czf $@ RPMS
\trm -rf bin/rpmbuild
\ttar -C bin -xzf $@
\t@echo "Built $$(tar -tzf $@ | grep -c '\\.rpm$$') RPMs into $@"

clean:
\trm -rf bin
`;

const UNITS: Record<string, string> = {
  'trident-network.service': '[Unit]\nDescription=Trident network (stand-in)\n[Service]\nExecStart=/usr/bin/trident start-network\n',
  'trident-install.service':
    '[Unit]\nDescription=Trident install (stand-in)\nConditionPathExists=/etc/trident/config.yaml\n[Service]\nExecStart=/usr/bin/trident install\n',
  'tridentd.service': '[Unit]\nDescription=Trident daemon (stand-in)\n[Service]\nExecStart=/usr/bin/trident daemon\n',
};

/**
 * /usr/bin/trident in the RPM: a stand-in whose \`validate FILE\` checks what
 * the real one is given (a readable YAML host config with an image) and
 * rejects one that says so, so the action's \`trident validate\` step runs the
 * binary it extracted from the RPM.
 */
const TRIDENT_STANDIN = `#!/bin/sh
# trident (e2e stand-in)
case "$1" in
  --version) echo "trident ${TRIDENT_VERSION} (e2e stand-in)"; exit 0 ;;
  validate) ;;
  *) echo "trident stand-in: unsupported command '$1'" >&2; exit 2 ;;
esac
[ $# -eq 2 ] || { echo "usage: trident validate FILE" >&2; exit 2; }
[ -r "$2" ] || { echo "Error: cannot read host configuration '$2'" >&2; exit 2; }
grep -q '^image:' "$2" || { echo "Error: host configuration has no image section" >&2; exit 1; }
if grep -q 'trident-e2e-reject' "$2"; then echo "Error: invalid host configuration: rejected by the e2e stand-in" >&2; exit 1; fi
echo "Host configuration is valid (trident ${TRIDENT_VERSION} e2e stand-in)"
`;

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'e2e',
  GIT_AUTHOR_EMAIL: 'e2e@example.invalid',
  GIT_COMMITTER_NAME: 'e2e',
  GIT_COMMITTER_EMAIL: 'e2e@example.invalid',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};

/** Writes the checkout into dir as a git repository with one commit. Returns its commit. */
export async function createTridentCheckout(dir: string): Promise<string> {
  mkdirSync(path.join(dir, 'packaging', 'systemd'), { recursive: true });
  writeFileSync(path.join(dir, 'Makefile'), MAKEFILE);
  writeFileSync(path.join(dir, 'packaging', 'trident.spec'), SPEC);
  for (const [name, text] of Object.entries(UNITS)) writeFileSync(path.join(dir, 'packaging', 'systemd', name), text);
  writeFileSync(path.join(dir, 'packaging', 'trident-standin.sh'), TRIDENT_STANDIN);
  writeFileSync(path.join(dir, '.gitignore'), 'bin/\n');
  writeFileSync(
    path.join(dir, 'Cargo.toml'),
    `[workspace]\n# e2e stand-in for a Trident checkout\n[workspace.package]\nversion = "${TRIDENT_VERSION}"\n`,
  );
  writeFileSync(path.join(dir, 'README.md'), 'Stand-in for a Trident checkout (trident-iso-action end-to-end tests).\n');
  const env = { ...process.env, ...GIT_ENV };
  await exec(['git', 'init', '-q', '-b', 'main', dir], { env });
  await exec(['git', '-C', dir, 'add', '-A'], { env });
  await exec(['git', '-C', dir, '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'Trident stand-in'], { env });
  return (await exec(['git', '-C', dir, 'rev-parse', 'HEAD'])).stdout.trim();
}

/** A fresh clone of the checkout (each scenario builds in its own). */
export async function cloneCheckout(from: string, to: string): Promise<void> {
  await exec(['git', 'clone', '-q', from, to]);
}

/** version-release as the RPM file names carry it, for a checkout at commit. */
export function tridentVersionRelease(commit: string): string {
  return `${TRIDENT_VERSION}-dev.${TRIDENT_STAMP}.v${commit.slice(0, 9)}.azl3`;
}

/** The file names `make` produces, by arch directory. */
export function expectedRpmFiles(commit: string): string[] {
  const vr = tridentVersionRelease(commit);
  return [...X86_64_PACKAGES.map((n) => `${n}-${vr}.x86_64.rpm`), ...NOARCH_PACKAGES.map((n) => `${n}-${vr}.noarch.rpm`)].sort();
}
