// The Trident RPM spec of the e2e stand-ins, mirroring microsoft/trident
// packaging/rpm/trident.spec (the same file is the basis of Azure Linux's
// SPECS/trident/trident.spec in microsoft/azurelinux): the main package's
// Requires (including the rich conditional on trident-selinux) and Suggests,
// the subpackages with their Requires/Conflicts and files, trident-selinux
// the only noarch one, trident-acl-agent only in repo builds (`rpm_ver`
// defined). /usr/bin/trident is the Trident stand-in (standins/trident, a
// Node program); the units are Trident's packaging/systemd files.
//
// The checkout stand-in (lib/trident-checkout.ts) builds it as `make` does
// (Version/Release from the build, `trident_version` and `rpm_ver` defined);
// the distro repository stand-in (lib/base-image.ts) builds it as Azure Linux
// does (Release: N%{?dist}, no `rpm_ver`).

/** Unit files as Trident ships them (microsoft/trident packaging/systemd/). */
export const TRIDENT_UNITS: Record<string, string> = {
  'trident-install.service': `[Unit]
Description=Trident Provisioning Service
After=network.target network-online.target systemd-udev-settle.service trident-network.service
ConditionPathExists=/etc/trident/config.yaml

[Service]
ExecStart=trident install
Type=oneshot

[Install]
WantedBy=multi-user.target
`,
  'trident-network.service': `[Unit]
Description=Trident Agent Networking Setup
Before=network.target
StartLimitInterval=200
StartLimitBurst=5

[Service]
ExecStart=/usr/bin/trident start-network
Type=oneshot
Restart=on-failure
RestartSec=5s

[Install]
WantedBy=network.target
`,
  'trident.service': `[Unit]
Description=Trident Agent
After=network.target network-online.target systemd-udev-settle.service

[Service]
ExecStart=trident commit
Type=oneshot

[Install]
WantedBy=multi-user.target
`,
  'tridentd.service': `[Unit]
Description=Trident Daemon

[Service]
ExecStart=trident daemon
`,
  'tridentd.socket': `[Unit]
Description=Trident Daemon gRPC Socket

[Socket]
ListenStream=/run/trident/trident.sock
SocketMode=0600
SocketUser=root
SocketGroup=root

[Install]
WantedBy=sockets.target
`,
};

export interface TridentSpecOptions {
  version: string;
  /** Release tag value, e.g. `2%{?dist}` (distro) or a placeholder that the build replaces. */
  release: string;
  /** Azure Linux's distro build: `%{?selinux_requires}` adds policycoreutils-python-utils to trident-selinux. */
  distro: boolean;
}

/** The spec text. Sources: trident (the stand-in program) and the unit files, in %{_sourcedir}. */
export function tridentSpec(o: TridentSpecOptions): string {
  return `# Stand-in build of Trident's packaging/rpm/trident.spec (microsoft/trident) for
# the trident-iso-action end-to-end tests. Requires, Suggests, subpackages and
# files mirror the real spec; /usr/bin/trident is the Trident stand-in.
%global debug_package %{nil}
%global _build_id_links none
%global __os_install_post %{nil}
%global _binary_payload w6.gzdio
%global selinuxtype targeted
%{!?_unitdir:%global _unitdir /usr/lib/systemd/system}

Summary:        Declarative, security-first OS lifecycle agent designed primarily for Azure Linux (e2e stand-in)
Name:           trident
Version:        ${o.version}
Release:        ${o.release}
License:        MIT
Vendor:         Microsoft Corporation
Group:          Applications/System
Distribution:   Azure Linux
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
Requires:       (%{name}-selinux = %{version}-%{release} if selinux-policy-%{selinuxtype})

# For network configuration (os.network, managementOs.network)
Suggests:       netplan
# For RAID support (storage.raid)
Suggests:       mdadm
# For encryption support (storage.encryption)
Suggests:       tpm2-tools
Suggests:       cryptsetup
# For integrity support (storage.verity)
Suggests:       veritysetup
# For mounting NTFS filesystems
Suggests:       ntfs-3g
# For creating NTFS filesystems
Suggests:       ntfsprogs
# For GRUB boot configuration (os.kernelCommandLine, boot config)
Suggests:       grub2-tools

%description
Trident stand-in (end-to-end test fixture).

%files
%{_bindir}/%{name}
%dir /etc/%{name}
%{_unitdir}/%{name}d.service
%{_unitdir}/%{name}d.socket

%package provisioning
Summary:        Trident files for the provisioning OS
Requires:       %{name} = %{version}-%{release}
%description provisioning
Trident files for the provisioning OS
%files provisioning
%{_unitdir}/%{name}-network.service

%package service
Summary:        Trident files for SystemD update and commit services
Requires:       %{name} = %{version}-%{release}
Conflicts:      %{name}-install-service
%description service
Trident files for SystemD commit services
%files service
%{_unitdir}/%{name}.service

%package install-service
Summary:        Trident files for SystemD install service
Requires:       %{name} = %{version}-%{release}
Conflicts:      %{name}-service
%description install-service
Trident files for SystemD install service
%files install-service
%{_unitdir}/%{name}-install.service

%package selinux
Summary:             Trident SELinux policy
BuildArch:           noarch
Requires:            selinux-policy-%{selinuxtype}
Requires(post):      selinux-policy-%{selinuxtype}
Requires(post):      libselinux-utils
Requires(post):      policycoreutils
Requires(postun):    libselinux-utils
Requires(postun):    policycoreutils
${o.distro ? 'Requires(post):      policycoreutils-python-utils\n' : ''}%description selinux
Custom SELinux policy module
%files selinux
%{_datadir}/selinux/packages/%{selinuxtype}/%{name}.pp.bz2

%package static-pcrlock-files
Summary:        Statically defined .pcrlock files
Requires:       %{name} = %{version}-%{release}
%description static-pcrlock-files
Statically defined .pcrlock files for PCR-based encryption.
%files static-pcrlock-files
%{_sharedstatedir}/pcrlock.d

%if %{defined rpm_ver}
%package acl-agent
Summary:        Trident ACL Agent
Requires:       %{name} = %{version}-%{release}
%description acl-agent
The Trident ACL Agent triggers updates of ACL images.
%files acl-agent
%{_bindir}/%{name}-acl-agent
%endif

%install
install -D -m 755 %{_sourcedir}/trident %{buildroot}%{_bindir}/%{name}
# The version trident reports: TRIDENT_VERSION of the real build (%{trident_version}, else version-release).
sed -i "s/@@TRIDENT_VERSION@@/%{?trident_version}%{!?trident_version:%{version}-%{release}}/" %{buildroot}%{_bindir}/%{name}
%if %{defined rpm_ver}
printf '#!/bin/sh\\necho "trident-acl-agent (e2e stand-in)"\\n' > %{buildroot}%{_bindir}/%{name}-acl-agent
chmod 755 %{buildroot}%{_bindir}/%{name}-acl-agent
%endif
install -D -m 0644 /dev/null %{buildroot}%{_datadir}/selinux/packages/%{selinuxtype}/%{name}.pp.bz2
mkdir -p %{buildroot}%{_unitdir} %{buildroot}/etc/%{name} %{buildroot}%{_sharedstatedir}/pcrlock.d
for u in %{name}.service %{name}-install.service %{name}-network.service %{name}d.socket %{name}d.service; do
  install -m 644 %{_sourcedir}/systemd/$u %{buildroot}%{_unitdir}/$u
done
echo '{}' > %{buildroot}%{_sharedstatedir}/pcrlock.d/e2e.pcrlock
`;
}
