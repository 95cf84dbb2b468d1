// Reading the VM's serial console: the watcher (escapes, line ends, prompts
// without a newline, pieces split anywhere) and the default patterns against
// what the real live OS, Trident, the kernel and OVMF print.
import { describe, expect, it } from 'vitest';
import {
  compilePattern,
  DEFAULT_BOOT_PATTERN,
  DEFAULT_FAILURE_PATTERN,
  DEFAULT_LOGIN_PATTERN,
  loginPattern,
  POWER_OFF_PATTERN,
  REBOOT_PATTERN,
} from '../../src/verify/patterns.js';
import { SerialWatcher, type Match } from '../../src/verify/watcher.js';

const bytes = (s: string) => Buffer.from(s, 'utf8');

/** Feeds the text in pieces of `size` bytes (splitting escapes and characters anywhere); returns every line and match. */
function feed(watcher: SerialWatcher, text: string, size = Infinity): { lines: string[]; matches: Match[] } {
  const all = bytes(text);
  const lines: string[] = [];
  const matches: Match[] = [];
  for (let i = 0; i < all.length; i += Math.min(size, all.length)) {
    const out = watcher.push(all.subarray(i, i + Math.min(size, all.length)));
    lines.push(...out.lines);
    matches.push(...out.matches);
  }
  return { lines, matches };
}

const CONSOLE = [
  'BdsDxe: loading Boot0001 "UEFI QEMU DVD-ROM QM00001 " from PciRoot(0x0)/Pci(0x1F,0x2)/Sata(0x0,0xFFFF,0x0)\r\n',
  '\x1b[2J\x1b[01;01H\x1b[=3h\x1b[2J\x1b[01;01HWelcome to GRUB!\r\n',
  '\r\nWelcome to \x1b[1mMicrosoft Azure Linux 3.0\x1b[0m!\r\n\r\n',
  '[\x1b[0;32m  OK  \x1b[0m] Reached target \x1b[0;1;39mnetwork.target\x1b[0m - Network.\r\n',
  '         Starting \x1b[0;1;39mtrident-install.service\x1b[0m - Trident Provisioning Service...\r\n',
  '\x1b]0;title\x07\r\ninstaller-iso-mos login: ',
].join('');

describe('SerialWatcher', () => {
  it('strips ANSI escapes (CSI, OSC) and splits on CR and LF, dropping empty lines', () => {
    const { lines } = feed(new SerialWatcher(), CONSOLE);
    expect(lines).toEqual([
      'BdsDxe: loading Boot0001 "UEFI QEMU DVD-ROM QM00001 " from PciRoot(0x0)/Pci(0x1F,0x2)/Sata(0x0,0xFFFF,0x0)',
      'Welcome to GRUB!',
      'Welcome to Microsoft Azure Linux 3.0!',
      '[  OK  ] Reached target network.target - Network.',
      '         Starting trident-install.service - Trident Provisioning Service...',
    ]);
  });

  it('matches a prompt that waits without a newline, once', () => {
    const w = new SerialWatcher([{ name: 'login', regex: /installer-iso-mos login:/ }]);
    const first = feed(w, CONSOLE);
    expect(first.matches).toEqual([{ name: 'login', line: 'installer-iso-mos login:' }]);
    // More typed on the same line, then the line ends: no second match.
    expect(feed(w, 'root\r\n').matches).toEqual([]);
    expect(w.tail(1)).toEqual(['installer-iso-mos login: root']);
  });

  it('gives the same lines and the same matches however the bytes are split (escapes and UTF-8 across reads)', () => {
    const text = `${CONSOLE}\r\n\x1b[0;1;31m✗\x1b[0m Trident failed due to invalid input — see “log”\r\nlast: `;
    const patterns = [
      { name: 'boot', regex: new RegExp(DEFAULT_BOOT_PATTERN) },
      { name: 'failure', regex: new RegExp(DEFAULT_FAILURE_PATTERN) },
      { name: 'login', regex: /login:/ },
    ];
    const whole = feed(new SerialWatcher(patterns), text);
    for (const size of [1, 2, 3, 7, 64]) {
      const split = feed(new SerialWatcher(patterns), text, size);
      expect(split.lines, `pieces of ${size}`).toEqual(whole.lines);
      // The line being written is matched as it arrives: a match may hold only its beginning.
      expect(
        split.matches.map((m) => m.name),
        `pieces of ${size}`,
      ).toEqual(whole.matches.map((m) => m.name));
      for (const m of split.matches) expect([...whole.lines, 'installer-iso-mos login:'].some((l) => l.trim().startsWith(m.line))).toBe(true);
    }
    expect(whole.matches.map((m) => m.name)).toEqual(['boot', 'login', 'failure']);
    expect(whole.lines.at(-1)).toBe('✗ Trident failed due to invalid input — see “log”');
  });

  it('end() finishes the line being written; tail() keeps the last lines', () => {
    const w = new SerialWatcher([{ name: 'x', regex: /never/ }], 3);
    feed(w, 'one\ntwo\nthree\nfour\nfive');
    expect(w.tail(10)).toEqual(['two', 'three', 'four', 'five']);
    expect(w.end().lines).toEqual(['five']);
    expect(w.tail(2)).toEqual(['four', 'five']);
  });

  it('caps a line that never ends', () => {
    const w = new SerialWatcher();
    feed(w, 'x'.repeat(100_000));
    expect(w.tail(1)[0]?.length).toBe(4096);
  });

  it('drops control characters but keeps tabs; watch() switches patterns', () => {
    const w = new SerialWatcher([{ name: 'a', regex: /alpha/ }]);
    expect(feed(w, 'al\u0007ph\u0000a\tbeta\n').matches).toEqual([{ name: 'a', line: 'alpha\tbeta' }]);
    w.watch([{ name: 'b', regex: /beta/ }]);
    expect(feed(w, 'alpha beta\n').matches).toEqual([{ name: 'b', line: 'alpha beta' }]);
  });
});

describe('the default patterns', () => {
  const boot = new RegExp(DEFAULT_BOOT_PATTERN);
  const failure = new RegExp(DEFAULT_FAILURE_PATTERN);

  it('boot: systemd starting trident-install.service, in both status formats', () => {
    expect(boot.test('         Starting trident-install.service - Trident Provisioning Service...')).toBe(true);
    expect(boot.test('         Starting Trident Provisioning Service...')).toBe(true);
    expect(boot.test('[  12.3] systemd[1]: Starting trident-install.service - Trident Provisioning Service...')).toBe(true);
    expect(boot.test('         Starting trident-network.service - Trident Network Service...')).toBe(false);
    expect(boot.test('[  OK  ] Finished trident-install.service - Trident Provisioning Service.')).toBe(false);
  });

  it("failure: each of Trident's error headers, systemd giving up, a panic, OVMF's refusals, an emergency shell", () => {
    for (const line of [
      '[ERROR trident] Trident failed due to a misconfigured execution environment',
      '[   41.1] trident[812]: Trident failed to initialize',
      'Trident failed due to an internal error',
      'Trident failed due to invalid input',
      'Trident failed due to a servicing error',
      'Trident failed due to an unsupported configuration',
      'Trident reported failed health checks',
      '[FAILED] Failed to start trident-install.service - Trident Provisioning Service.',
      '[FAILED] Failed to start Trident Provisioning Service.',
      '[    3.9] Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0)',
      'BdsDxe: No bootable option or device was found.',
      'BdsDxe: failed to load Boot0001 "UEFI QEMU DVD-ROM QM00001 " from PciRoot(0x0)/Pci(0x1F,0x2)/Sata(0x0,0xFFFF,0x0): Access Denied',
      'You are in emergency mode. After logging in, type "journalctl -xb" to view',
    ])
      expect(failure.test(line), line).toBe(true);
    for (const line of [
      '[  OK  ] Finished trident-install.service - Trident Provisioning Service.',
      '[  12.0] trident[812]: Staging of clean install succeeded',
      '[  12.1] trident[812]: Rebooting system',
      'installer-iso-mos login:',
    ])
      expect(failure.test(line), line).toBe(false);
  });

  it('reboot and power-off: the kernel says which', () => {
    expect(new RegExp(REBOOT_PATTERN).test('[   14.200000] reboot: Restarting system')).toBe(true);
    expect(new RegExp(POWER_OFF_PATTERN).test('[   14.1] reboot: Power down')).toBe(true);
    expect(new RegExp(POWER_OFF_PATTERN).test('[   14.1] reboot: System halted')).toBe(true);
    expect(new RegExp(REBOOT_PATTERN).test('[   14.1] reboot: Power down')).toBe(false);
  });

  it("login: the installed OS's short host name, escaped; any host name when the host config sets none", () => {
    const fqdn = new RegExp(loginPattern(DEFAULT_LOGIN_PATTERN, 'node-1.lab.example'));
    expect(fqdn.source).toBe('node-1 login:');
    expect(fqdn.test('node-1 login: ')).toBe(true);
    expect(fqdn.test('installer-iso-mos login: ')).toBe(false);
    expect(new RegExp(loginPattern('^{hostname} login:', 'a.b')).test('a login:')).toBe(true);
    expect(loginPattern('{hostname}+ login:', 'x+y')).toBe('x\\+y+ login:');
    const any = new RegExp(loginPattern(DEFAULT_LOGIN_PATTERN, undefined));
    expect(any.test('trident-testimg login: ')).toBe(true);
  });

  it('compilePattern says why a pattern is not one', () => {
    expect(compilePattern('a(b')).toEqual({ problem: expect.stringMatching(/Unterminated group/) });
    expect(compilePattern('a|b')).toBeInstanceOf(RegExp);
  });
});
