// The packages the live OS needs for what a host config asks Trident to do
// there. Trident only Suggests them (microsoft/trident packaging/rpm/trident.spec)
// and tdnf never installs Suggests (libsolv reports them, vmware/tdnf sets no
// flag to install them), so an ISO without them builds fine and fails at
// install time. Only what runs in the ISO counts: GRUB configuration, SELinux
// labels, users and the initrd are done chrooted into the new OS
// (crates/trident/src/engine/clean_install.rs: engine::configure inside
// enter_update_chroot), so their tools belong in the COSI, not here. Pure.
import { isMapping } from '../context/yaml.js';

export interface ToolNeed {
  /** The Azure Linux 3.0 package. */
  package: string;
  /** The host-config feature, as Trident's docs name it. */
  feature: string;
  /** Where in the host config (a JSON pointer). */
  path: string;
  /** What Trident runs with it, in the ISO. */
  use: string;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * What the host config needs in the ISO, one entry per package (its first
 * reason). Sources, all microsoft/trident:
 * - netplan: crates/trident/src/engine/provisioning_network.rs (management_os.netplan, else os.netplan,
 *   applied by `trident start-network`, trident-network.service); Dependency::Netplan → /usr/sbin/netplan.
 * - mdadm: crates/trident/src/engine/storage/raid.rs ("Mdadm is required for RAID operations").
 * - cryptsetup, tpm2-tools: crates/trident/src/engine/storage/encryption.rs (Tpm2Pcrread, Tpm2Clear) and
 *   crates/osutils/src/encryption.rs (Cryptsetup).
 * - veritysetup: crates/trident/src/engine/storage/verity.rs ("Veritysetup is not installed"); a
 *   subpackage of cryptsetup in Azure Linux (SPECS/cryptsetup/cryptsetup.spec).
 * - ntfsprogs (mkfs.ntfs) for a new NTFS filesystem, ntfs-3g (mount.ntfs) for one that is mounted:
 *   crates/osutils/src/mkfs.rs, crates/osutils/src/filesystems.rs; Azure Linux SPECS/ntfs-3g/ntfs-3g.spec.
 * - xfsprogs (mkfs.xfs) for a new XFS filesystem: crates/osutils/src/mkfs.rs (not even Suggested).
 * A filesystem's `source` defaults to `image` (crates/trident_api/src/config/host/storage/filesystem.rs).
 */
export function hostConfigTools(hostConfig: unknown): ToolNeed[] {
  if (!isMapping(hostConfig)) return [];
  const needs: ToolNeed[] = [];
  const add = (need: ToolNeed) => {
    if (!needs.some((n) => n.package === need.package)) needs.push(need);
  };
  const os = isMapping(hostConfig.os) ? hostConfig.os : {};
  const managementOs = isMapping(hostConfig.managementOs) ? hostConfig.managementOs : {};
  const storage = isMapping(hostConfig.storage) ? hostConfig.storage : {};

  const netplanAt = present(managementOs.netplan) ? '/managementOs/netplan' : present(os.netplan) ? '/os/netplan' : undefined;
  if (netplanAt) {
    add({
      package: 'netplan',
      feature: 'network configuration',
      path: netplanAt,
      use: '`trident start-network` (trident-network.service) applies it with netplan',
    });
  }
  const raid = isMapping(storage.raid) ? storage.raid : {};
  if (list(raid.software).length > 0) {
    add({ package: 'mdadm', feature: 'software RAID', path: '/storage/raid/software', use: 'Trident creates the arrays with mdadm' });
  }
  if (present(storage.encryption)) {
    const use = 'Trident encrypts with cryptsetup and seals to the TPM, reading PCRs with tpm2_pcrread';
    add({ package: 'cryptsetup', feature: 'encryption', path: '/storage/encryption', use });
    add({ package: 'tpm2-tools', feature: 'encryption', path: '/storage/encryption', use });
  }
  if (list(storage.verity).length > 0) {
    add({ package: 'veritysetup', feature: 'dm-verity', path: '/storage/verity', use: 'Trident opens the verity devices with veritysetup' });
  }
  list(storage.filesystems).forEach((fs, i) => {
    if (!isMapping(fs)) return;
    const at = `/storage/filesystems/${i}`;
    const fresh = fs.source === 'new';
    if (fs.type === 'ntfs' && fresh)
      add({ package: 'ntfsprogs', feature: 'a new NTFS filesystem', path: at, use: 'Trident creates it with mkfs.ntfs' });
    if (fs.type === 'ntfs' && present(fs.mountPoint))
      add({ package: 'ntfs-3g', feature: 'a mounted NTFS filesystem', path: at, use: 'Trident mounts it with mount.ntfs' });
    if (fs.type === 'xfs' && fresh) add({ package: 'xfsprogs', feature: 'a new XFS filesystem', path: at, use: 'Trident creates it with mkfs.xfs' });
  });
  return needs;
}

/** The log line saying why a package is in the ISO. */
export function toolLine(need: ToolNeed): string {
  return `${need.package}: for ${need.feature} (host config ${need.path}): ${need.use} in the ISO.`;
}
