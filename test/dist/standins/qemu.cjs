// Stand-in for qemu-system-x86_64 and qemu-img, for the in-process behaviour
// tests of `verify` (the real QEMU and OVMF boot real ISOs in test/e2e). It
// checks the contract the action must keep and plays a VM's serial console:
// - qemu-img create -q -f qcow2 FILE BYTES writes a file with qcow2's magic;
// - qemu-system-x86_64 needs -machine q35, the OVMF code as read-only pflash
//   unit 0 and a writable variable store as unit 1, the serial console as
//   `-chardev file,...,append=on` (appended to, as QEMU does), every -drive
//   file present. A run with a CD-ROM (bootindex=0) is the installer: it
//   "installs" (writes a marker with STANDIN_QEMU_HOSTNAME into the first
//   disk and sets BootNext in the variable store, as Trident does) and
//   reboots: with -no-reboot QEMU exits 0, without it the CD boots again
//   (forever). A run without the CD boots the disks: only with the marker on
//   a disk and BootNext in the same variable store does it reach
//   "<hostname> login: ", else OVMF finds nothing to boot.
// STANDIN_QEMU picks the installer's behaviour: install (default), fail
// (Trident's error header, then the live OS's login prompt), hang, poweroff,
// crash (QEMU exits 1 at once), kvm-broken (with -accel kvm: QEMU's "KVM
// internal error", then it sits paused; with tcg: install).
// Every call is appended to $STANDIN_LOG as standin.cjs does.
'use strict';
const fs = require('node:fs');

const [tool, ...argv] = process.argv.slice(2);
fs.appendFileSync(process.env.STANDIN_LOG, JSON.stringify({ tool, argv, cwd: process.cwd(), stdin: '', pid: process.pid }) + '\n');

function die(message, code = 1) {
  process.stderr.write(`${tool}: ${message}\n`);
  process.exit(code);
}

if (tool === 'qemu-img') {
  const [sub, ...rest] = argv;
  if (sub !== 'create') die(`stand-in: unexpected subcommand ${sub}`);
  const args = rest.filter((a) => a !== '-q');
  const f = args.indexOf('-f');
  if (f < 0 || args[f + 1] !== 'qcow2') die('stand-in: -f qcow2 expected');
  args.splice(f, 2);
  const [file, size] = args;
  if (!file || !/^\d+$/.test(size ?? '')) die(`stand-in: create FILE BYTES expected, got ${args.join(' ')}`);
  fs.writeFileSync(file, Buffer.concat([Buffer.from([0x51, 0x46, 0x49, 0xfb]), Buffer.from(`\nvirtual-size=${size}\n`)]), { flag: 'wx' });
  process.exit(0);
}

// ---------------------------------------------------------------- qemu-system-x86_64

/** QEMU's option list: key=value pairs split on single commas (",," is a literal comma). */
function options(value) {
  const out = {};
  const COMMA = '\u0001';
  for (const part of value.split(',,').join(COMMA).split(',')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    out[key] = eq < 0 ? '' : part.slice(eq + 1).split(COMMA).join(',');
  }
  return out;
}
const values = (flag) => argv.flatMap((a, i) => (a === flag ? [argv[i + 1]] : []));

if (!values('-machine').includes('q35')) die('stand-in: -machine q35 expected');
const accel = values('-accel')[0];
if (accel !== 'kvm' && accel !== 'tcg') die(`stand-in: -accel kvm or tcg expected, got ${accel}`);
const drives = values('-drive').map(options);
const devices = values('-device').map(options);
const code = drives.find((d) => d.if === 'pflash' && d.unit === '0');
const vars = drives.find((d) => d.if === 'pflash' && d.unit === '1');
if (!code || code.readonly !== 'on') die('stand-in: the OVMF code must be pflash unit 0, readonly=on');
if (!vars || vars.readonly === 'on') die('stand-in: a writable OVMF variable store must be pflash unit 1');
for (const d of drives) if (!fs.existsSync(d.file)) die(`-drive ${d.file}: Could not open '${d.file}': No such file or directory`);
const chardev = values('-chardev').map(options).find((c) => 'file' in c);
if (!chardev || chardev.append !== 'on' || !values('-serial').includes(`chardev:${chardev.id}`)) die('stand-in: the serial console must go to -chardev file,...,append=on');
const cd = drives.find((d) => d.media === 'cdrom');
const cdDevice = cd && devices.find((d) => 'ide-cd' in d && d.drive === cd.id);
if (cd && cdDevice?.bootindex !== '0') die('stand-in: the CD-ROM must boot first (bootindex=0)');
const disks = drives.filter((d) => d.if === 'none' && d.media !== 'cdrom').map((d) => d.file);
const noReboot = argv.includes('-no-reboot');
const mode = process.env.STANDIN_QEMU ?? 'install';
const hostname = process.env.STANDIN_QEMU_HOSTNAME ?? 'standin';
const MARKER = 'trident-iso standin: installed hostname=';

const serial = (text) => fs.appendFileSync(chardev.path, text);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const forever = () => setInterval(() => undefined, 1 << 30);

async function installer() {
  serial('BdsDxe: loading Boot0001 "UEFI QEMU DVD-ROM QM00001 " from PciRoot(0x0)/Pci(0x1F,0x2)/Sata(0x0,0xFFFF,0x0)\r\n');
  await sleep(30);
  serial('\r\nWelcome to \x1b[1mStand-in Live OS\x1b[0m!\r\n\r\n');
  // systemd 255's status line, colours and all, split in two writes.
  serial('         Starting \x1b[0;1;39mtrident-install.service\x1b[0m - Trident Pro');
  await sleep(20);
  serial('visioning Service...\r\n');
  serial('\r\ninstaller-iso-mos login: ');
  await sleep(50);
  if (mode === 'hang') return forever();
  if (mode === 'fail') {
    serial('\r\n[   12.345678] trident[412]: Trident failed due to invalid input\r\n[   12.345700] trident[412]: \r\n');
    // The error's context follows its header a moment later, as Trident prints a TridentError
    // (microsoft/trident crates/trident_api/src/error.rs, impl Debug for TridentError: the kind's header, then "Context:" and the chain).
    await sleep(400);
    serial('[   12.745700] trident[412]: Context:\r\n[   12.745710] trident[412]:    0: Host configuration has no disks\r\n');
    serial('[\x1b[0;1;31mFAILED\x1b[0m] Failed to start \x1b[0;1;39mtrident-install.service\x1b[0m - Trident Provisioning Service.\r\n');
    return forever();
  }
  const first = disks[0];
  if (first) fs.appendFileSync(first, `${MARKER}${hostname}\n`);
  fs.appendFileSync(vars.file, 'BootNext=0003\n');
  serial('[  OK  ] Finished trident-install.service - Trident Provisioning Service.\r\n');
  if (mode === 'poweroff') {
    serial('[   14.100000] reboot: Power down\r\n');
    process.exit(0);
  }
  serial('[   14.200000] reboot: Restarting system\r\n');
  if (noReboot) process.exit(0);
  // Without -no-reboot the machine resets, and the CD (first in the boot order) boots again.
  for (;;) {
    await sleep(100);
    serial('BdsDxe: loading Boot0001 "UEFI QEMU DVD-ROM QM00001 "\r\n');
    await sleep(5000);
  }
}

async function installed() {
  serial('BdsDxe: loading Boot0003 "UEFI QEMU HARDDISK"\r\n');
  await sleep(30);
  const written = disks.some((d) => fs.readFileSync(d, 'latin1').includes(MARKER));
  const bootNext = fs.readFileSync(vars.file, 'latin1').includes('BootNext=');
  if (!written || !bootNext) {
    serial(`BdsDxe: No bootable option or device was found.\r\n(stand-in: ${written ? 'no BootNext in this variable store' : 'no installed disk'})\r\n`);
    return forever();
  }
  const name = disks.map((d) => fs.readFileSync(d, 'latin1')).join('').split(MARKER)[1]?.split('\n')[0] ?? '';
  serial(`\r\nStand-in OS (installed)\r\n\r\n${name} login: `);
  forever();
}

if (mode === 'crash') die(`-drive if=none: stand-in: crashing on purpose`);
if (mode === 'kvm-broken' && accel === 'kvm') {
  process.stderr.write('KVM internal error. Suberror: 1\nemulation failure\n');
  forever(); // QEMU pauses the VM and waits
} else if (cd) {
  installer();
} else {
  installed();
}
