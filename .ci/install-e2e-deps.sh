#!/usr/bin/env bash
# Installs what the end-to-end suite (test/e2e, `npm run test:e2e`) needs on a
# Debian 12 machine, as root. Idempotent and fast when everything is present:
# apt-get update runs only when a package is missing.
set -euo pipefail

packages=(
  docker.io        # dockerd + runc + containerd: the real container engine
  podman           # the container-engine: podman scenario
  docker-registry  # distribution 2.8: the real OCI registry
  rpm              # rpmbuild: real Trident-named RPMs
  qemu-utils       # qemu-img: real VHDX/qcow2 images, and inside the Image Customizer stand-in
  qemu-system-x86  # the VM checks: the ISO boots and installs, the disk boots (q35, TCG here)
  ovmf             # UEFI firmware for those VMs (OVMF_CODE_4M.fd / OVMF_VARS_4M.fd)
  grub-efi-amd64-bin # GRUB EFI modules: the ISO's and the COSI's BOOTX64.EFI (grub-mkstandalone)
  grub-common      # grub-mkstandalone
  mtools           # FAT images without mounting (efiboot.img, the COSI's ESP)
  dosfstools       # mkfs.vfat
  squashfs-tools   # mksquashfs in the stand-in (liveos/rootfs.img); unsquashfs in the tests
  zstd             # the COSI's partition images
  fdisk            # sfdisk --json: the partitions Trident wrote, read from the disk image
  cpio             # initramfs archives
  e2fsprogs        # mkfs.ext4 -d: the COSI's root filesystem image
  kmod             # modprobe --show-depends: the kernel modules an initramfs needs, in order
  xorriso          # the ISO writer in the stand-in (mkisofs emulation) and an independent reader
  genisoimage      # cdrkit's mkisofs (Image Customizer's ISO writer) and isoinfo: the ISO 9660 reader's and patcher's tests
  busybox-static   # shell tools inside the stand-in image, the live OS and the initramfs
  iptables         # dockerd's bridge networking
  uidmap           # podman
  # verify: the real VM, and the small UEFI installer ISO its tests boot
  qemu-system-x86  # qemu-system-x86_64
  ovmf             # UEFI firmware (OVMF_CODE_4M.fd, OVMF_VARS_4M.fd)
  grub-efi-amd64-bin grub-common  # grub-mkstandalone for x86_64-efi
  mtools dosfstools fdisk cpio kmod  # the ESP, the GPT, the initramfs, modprobe/depmod
  # the arm64 leg of the matrix test (7-artifact-names): an emulated arm64 runner
  qemu-user-static   # qemu-aarch64 (binfmt, registered below): arm64 Node for the action and in the Image Customizer stand-in's arm64 image
  libc6:arm64 libstdc++6:arm64 libgcc-s1:arm64  # what the arm64 Node binary links (ld-linux-aarch64.so.1, libc, libstdc++, libgcc_s)
)

# The arm64 libraries come from Debian's arm64 archive (multiarch).
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  echo "install-e2e-deps: adding the arm64 architecture (multiarch) for the arm64 Node's libraries"
  dpkg --add-architecture arm64
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "install-e2e-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    "${missing[@]}" >/dev/null
  # Debian starts the registry as a service where systemd runs; the suite
  # starts its own on a random port, so stop the packaged one if it started.
  if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    systemctl disable --now docker-registry >/dev/null 2>&1 || true
  fi
else
  echo "install-e2e-deps: all Debian packages present"
fi

# qemu-aarch64 registered with binfmt_misc, as Debian's qemu-user-static ships
# it (/usr/lib/binfmt.d/qemu-aarch64.conf, flags OPF: F opens the interpreter
# at registration, so arm64 programs run in containers too, where the host's
# /usr/libexec/qemu-binfmt is not). systemd-binfmt registers it at boot where
# systemd runs; CI machines and containers may have none, so do it here.
binfmt=/proc/sys/fs/binfmt_misc
if [ ! -e "$binfmt/register" ]; then
  mount -t binfmt_misc binfmt_misc "$binfmt"
fi
if [ ! -e "$binfmt/qemu-aarch64" ]; then
  echo "install-e2e-deps: registering qemu-aarch64 with binfmt_misc"
  grep -v '^#' /usr/lib/binfmt.d/qemu-aarch64.conf >"$binfmt/register"
fi
grep -qx enabled "$binfmt/qemu-aarch64" || { echo "install-e2e-deps: qemu-aarch64 binfmt entry is disabled" >&2; exit 1; }

# The VMs' kernel: Debian's generic kernel (the cloud kernel has no AHCI), as a
# .deb that the suite unpacks itself (apt-get download, no install). The suite
# downloads it at setup into its cache when the cache does not hold it.

# Azurite (a real Azure Blob Storage server) is an npm devDependency.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -e "$here/node_modules/azurite/package.json" ]; then
  echo "install-e2e-deps: azurite missing from node_modules; run npm ci" >&2
  exit 1
fi
