// The ISO media's folders that Image Customizer fills itself. Apart from
// owned.ts, so that reading the inputs does not load the config checks. Pure.

/**
 * Folders of the ISO media that Image Customizer fills itself: the kernel,
 * initrd, GRUB and its EFI image under /boot, the removable-media loader and
 * grub.cfg under /efi/boot, the live OS under /liveos, its saved config under
 * /azl-image-customizer. iso.additionalFiles are copied after them, over them
 * (microsoft/azure-linux-image-tools
 * toolkit/tools/pkg/imagecustomizerlib/liveosisoimages.go stageLiveOSFiles,
 * liveosisoartifactstore.go): a grub.cfg or a live OS of one's own would boot
 * something else than what was checked. Compared in any case (the firmware
 * reads /EFI/BOOT as /efi/boot).
 */
export const CUSTOMIZER_MEDIA_DIRS = ['/boot', '/efi', '/liveos', '/azl-image-customizer'];

/** The Image Customizer media folder `destination` is in (any case), or undefined. */
export function customizerMediaDir(destination: string): string | undefined {
  const lower = destination.toLowerCase();
  return CUSTOMIZER_MEDIA_DIRS.find((dir) => lower === dir || lower.startsWith(`${dir}/`));
}
