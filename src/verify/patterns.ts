// What the serial console says, and what the verification reads from it. The
// defaults fit the ISO this action builds: its kernel command line ends with
// console=ttyS0, so /dev/console is the serial port and systemd's status
// lines reach it, and journald forwards the journal there, so Trident's own
// log lines (it logs to the journal only when it runs as a service) do too.

/**
 * Trident has started in the live OS: systemd starting trident-install.service
 * (microsoft/trident packaging/systemd/trident-install.service, Description
 * "Trident Provisioning Service"; systemd 255 prints the unit name and the
 * description, older status formats the description only).
 */
export const DEFAULT_BOOT_PATTERN = 'Starting (?:trident-install\\.service|Trident Provisioning Service)';

/** The installed OS's getty prompt; {hostname} is the host config's os.hostname (agetty prints it up to the first dot). */
export const DEFAULT_LOGIN_PATTERN = '{hostname} login:';

/**
 * A failed installation: the headers of Trident's errors
 * (crates/trident_api/src/error.rs, `impl Debug for TridentError`: "Trident
 * failed due to ...", "Trident failed to initialize", "Trident reported
 * failed health checks"), systemd giving up on the service, a kernel panic,
 * OVMF finding nothing it may boot ("No bootable option or device was
 * found"; "Access Denied" when Secure Boot refuses a loader), and an
 * emergency shell.
 */
export const DEFAULT_FAILURE_PATTERN =
  'Trident failed|Trident reported failed health checks|Failed to start (?:trident-install\\.service|Trident Provisioning Service)|Kernel panic|No bootable option|Access Denied|emergency mode';

/** The kernel's last line before a reboot (kernel/reboot.c, pr_emerg with the "reboot: " prefix). */
export const REBOOT_PATTERN = 'reboot: Restarting system';
/** ... and before a power-off or halt. */
export const POWER_OFF_PATTERN = 'reboot: (?:Power down|System halted)';

/** The host name as agetty prints it in its prompt: up to the first dot. */
export function promptHostname(hostname: string): string {
  return hostname.split('.')[0] ?? hostname;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The login pattern with {hostname} filled in: the installed OS's short host
 * name, or any host name (\S+) when the host config sets none (the COSI's own
 * then applies; the first-boot phase only runs the installed OS, so any
 * prompt there is its prompt).
 */
export function loginPattern(pattern: string, hostname: string | undefined): string {
  const name = hostname ? escapeRegex(promptHostname(hostname)) : '\\S+';
  return pattern.replaceAll('{hostname}', name);
}

/** A pattern as a RegExp, or why it is not one. */
export function compilePattern(source: string): RegExp | { problem: string } {
  try {
    return new RegExp(source);
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether a console= argument is the first serial port (console=ttyS0, with or without its speed). */
export function isSerialConsole(arg: string | undefined): boolean {
  return arg !== undefined && /^console=ttyS0(,|$)/.test(arg);
}
