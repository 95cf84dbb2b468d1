#!/bin/sh
# Bootstrap initramfs init of the Image Customizer stand-in's live ISO: a
# busybox stand-in for what dracut's dmsquash-live module does with the live
# arguments Image Customizer puts on the kernel command line
# (microsoft/azure-linux-image-tools pkg/imagecustomizerlib/liveosisogrub.go:
# root=live:LABEL=CDROM rd.live.image rd.live.dir=liveos
# rd.live.squashimg=rootfs.img rd.live.overlay.overlayfs). As
# dracutdevs/dracut modules.d/90dmsquash-live/dmsquash-live-root.sh does: find
# the live medium by its label, mount it read-only at /run/initramfs/live, mount
# <dir>/<squashimg> (squashfs), put a tmpfs-backed overlay over it as the root,
# keep /run (with the medium mounted) across switch_root, and start /sbin/init.
# Messages go to the kernel log as dracut's do (shown with rd.info / without
# quiet); a medium that never appears ends like dracut: "Could not boot".
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mount -t tmpfs -o mode=0755,nosuid,nodev tmpfs /run

info() { echo "<6>dracut: $*" > /dev/kmsg; }
warn() { echo "<4>dracut-initqueue: Warning: $*" > /dev/kmsg; }
arg() { for w in $(cat /proc/cmdline); do case "$w" in "$1="*) echo "${w#*=}"; return ;; esac; done; echo "$2"; }
has() { for w in $(cat /proc/cmdline); do [ "$w" = "$1" ] && return 0; done; return 1; }
die() {
  warn "$*"
  warn "Could not boot."
  echo "<2>dracut: FATAL: $*" > /dev/kmsg
  if has rd.shell; then echo "Entering emergency mode. Exit the shell to continue." > /dev/console; exec sh -i </dev/console >/dev/console 2>&1; fi
  exec sleep 2147483647
}

info "dracut (e2e stand-in of dmsquash-live) $(uname -r)"
for m in $(cat /etc/initrd-modules); do insmod "/lib/modules/$m" 2>/dev/null; done

root=$(arg root "")
case "$root" in
  live:LABEL=*) label=${root#live:LABEL=} ;;
  *) die "root=$root is not a live:LABEL= root" ;;
esac
dir=$(arg rd.live.dir LiveOS)
img=$(arg rd.live.squashimg squashfs.img)

mkdir -p /run/initramfs/live /run/rootfsbase /run/overlayfs /run/ovlwork /sysroot
tries=0
live=""
while [ -z "$live" ]; do
  live=$(findfs "LABEL=$label" 2>/dev/null)
  [ -n "$live" ] && break
  tries=$((tries + 1))
  [ $tries -gt 300 ] && die "no live medium with label $label"
  usleep 100000
done
info "live medium $live (LABEL=$label)"
mount -n -t iso9660 -o ro "$live" /run/initramfs/live || die "cannot mount $live"
[ -f "/run/initramfs/live/$dir/$img" ] || die "/$dir/$img not found on the live medium"
mount -n -t squashfs -o ro,loop "/run/initramfs/live/$dir/$img" /run/rootfsbase || die "cannot mount /$dir/$img"
mount -n -t overlay LiveOS_rootfs -o lowerdir=/run/rootfsbase,upperdir=/run/overlayfs,workdir=/run/ovlwork /sysroot || die "cannot mount the overlay"
info "root is an overlay of /$dir/$img (tmpfs upper)"
init=$(arg init /sbin/init)
for m in run dev proc sys; do mkdir -p "/sysroot/$m"; mount --move "/$m" "/sysroot/$m"; done
exec switch_root /sysroot "$init"
