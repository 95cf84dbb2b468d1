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
  qemu-utils       # qemu-img: a real VHDX base image
  xorriso          # an independent ISO 9660 reader to check the ISOs
  busybox-static   # shell tools inside the Image Customizer stand-in image
  iptables         # dockerd's bridge networking
  uidmap           # podman
  # verify: the real VM, and the small UEFI installer ISO its tests boot
  qemu-system-x86  # qemu-system-x86_64
  ovmf             # UEFI firmware (OVMF_CODE_4M.fd, OVMF_VARS_4M.fd)
  grub-efi-amd64-bin grub-common  # grub-mkrescue, grub-mkstandalone for x86_64-efi
  mtools dosfstools fdisk cpio kmod  # the ESP, the GPT, the initramfs, modprobe/depmod
)

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

# Azurite (a real Azure Blob Storage server) is an npm devDependency.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -e "$here/node_modules/azurite/package.json" ]; then
  echo "install-e2e-deps: azurite missing from node_modules; run npm ci" >&2
  exit 1
fi
