// Trident stand-in: /usr/bin/trident in the e2e suite's trident RPMs (the
// checkout stand-in and the distro repository stand-in build them), a Node
// program bundled with @vercel/ncc. It models the behaviour of Trident that an
// installer ISO depends on, from microsoft/trident's sources:
//   trident --version            clap's "trident <version>" (the spec's %check:
//                                "trident %{version}-%{release}" for distro builds)
//   trident validate [FILE]      crates/trident/src/validation.rs
//   trident install [FILE]       crates/trident/src/main.rs, lib.rs, engine/clean_install.rs
//   trident start-network [FILE] crates/trident/src/engine/provisioning_network.rs
// Its version is set when the RPM is built (the spec replaces @@TRIDENT_VERSION@@).
// Each behaviour's upstream file is named where it is modelled (log.cjs,
// hostconfig.cjs, cosi.cjs, gpt.cjs, and below).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { spawnSync } = require('node:child_process');
const { log, TridentError, EXIT } = require('./log.cjs');
const hostconfig = require('./hostconfig.cjs');
const { openCosi } = require('./cosi.cjs');
const gpt = require('./gpt.cjs');

const VERSION = '@@TRIDENT_VERSION@@';
const DEFAULT_HOST_CONFIG_PATH = '/etc/trident/config.yaml'; // crates/trident/src/cli/mod.rs
const UPDATE_ROOT_PATH = '/mnt/newroot'; // crates/trident/src/engine/mod.rs (the new root's mount)
const REBOOT_WAIT_DURATION_SECS = 600; // crates/trident/src/reboot.rs

const info = (t, m) => log('info', t, m);
const debug = (t, m) => log('debug', t, m);
const warn = (t, m) => log('warn', t, m);

// ------------------------------------------------------------------ helpers

/** which::which over PATH, as Dependency::exists (crates/osutils/src/dependencies.rs). */
function which(name) {
  if (name.startsWith('/')) return fs.existsSync(name) ? name : undefined;
  for (const dir of (process.env.PATH || '/usr/sbin:/usr/bin').split(':')) {
    const p = path.join(dir, name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Dependency::cmd().run_and_check(): the DependencyError texts of crates/osutils/src/dependencies.rs. */
function runDependency(name, args, env = {}) {
  const bin = which(name);
  if (!bin) throw new Error(`Failed to find dependency '${name}': cannot find binary path`);
  const r = spawnSync(bin, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.error) throw new Error(`Failed to execute dependency '${name}': ${r.error.message}`);
  if (r.status !== 0)
    throw new Error(
      `Dependency '${name}' finished unsuccessfully: Process exited with status ${r.status}\nCmdline: ${[name, ...args].join(' ')}\n${(r.stderr || '').trim()}`,
    );
  return r;
}

function busybox(args) {
  const r = spawnSync('busybox', args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`${args.join(' ')}: ${r.error ? r.error.message : (r.stderr || '').trim()}`);
  return r.stdout;
}

/** What the stand-in does not model: said as such, never as a Trident failure. */
class StandinLimit extends Error {}

function servicing(step, e) {
  return new TridentError('Servicing', step, ...(e instanceof TridentError ? e.chain : [e.message]));
}

// ------------------------------------------------------------------ validate

function cmdValidate(file) {
  info('trident::validation', `Validating Host Configuration file: ${file}`);
  const hc = hostconfig.load(file);
  info('trident::validation', 'Host Configuration is valid');
  return hc;
}

// ------------------------------------------------------------------ start-network

function cmdStartNetwork(file) {
  const { doc } = hostconfig.load(file);
  info('trident', 'Starting network');
  const netplan = (doc.managementOs && doc.managementOs.netplan) || (doc.os && doc.os.netplan);
  if (!netplan) {
    info('trident::engine::provisioning_network', 'Network config not provided');
    return;
  }
  try {
    // crates/osutils/src/netplan.rs: TRIDENT_NETPLAN_FILE, then `netplan apply` (path override /usr/sbin/netplan).
    fs.mkdirSync('/etc/netplan', { recursive: true });
    fs.writeFileSync('/etc/netplan/99-trident.yaml', require('yaml').stringify({ network: netplan }), { mode: 0o600 });
    runDependency('/usr/sbin/netplan', ['apply']);
  } catch (e) {
    throw new TridentError(
      'Servicing',
      'Failed to start network',
      'Failed to start provisioning network',
      'Failed to apply provisioning netplan config',
      e.message,
    );
  }
  info('trident::engine::provisioning_network', 'Setup of provisioning network complete!');
}

// ------------------------------------------------------------------ install

/** BootType from /proc/cmdline (crates/osutils/src/installation_media.rs detect_boot_type). */
function bootType() {
  const cmdline = fs.readFileSync('/proc/cmdline', 'utf8');
  if (cmdline.includes('root=/dev/ram0') || !cmdline.includes('root=')) return 'RamDisk';
  if (cmdline.includes('root=live:')) return 'LiveMedia';
  return 'PersistentStorage';
}

/** The kernel's name for partition n of a disk device (/dev/sda → /dev/sda1, /dev/nvme0n1 → /dev/nvme0n1p1). */
function partitionPath(disk, n) {
  return /\d$/.test(disk) ? `${disk}p${n}` : `${disk}${n}`;
}

function waitForBlockDevice(p, seconds = 30) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      if (fs.statSync(p).isBlockDevice()) return;
    } catch {
      // not yet
    }
    spawnSync('busybox', ['usleep', '100000']);
  }
  throw new Error(`block device '${p}' did not appear`);
}

/** Resolves each disk (crates/osutils/src/block_devices.rs get_resolved_disks: canonicalize). */
function resolveDisks(storage) {
  return storage.disks.map((d) => {
    let devPath;
    try {
      devPath = fs.realpathSync(d.device);
    } catch (e) {
      throw new Error(
        [
          'Failed to resolve disk paths',
          `Failed to lookup device '${d.device}'`,
          e.code === 'ENOENT' ? 'No such file or directory (os error 2)' : e.message,
        ].join('\n'),
      );
    }
    return { ...d, devPath };
  });
}

/** create_partitions: a fresh GPT per disk (systemd-repart --empty=force in Trident). Returns id → partition device path. */
function createPartitions(disks) {
  const paths = new Map();
  for (const disk of disks) {
    const name = path.basename(disk.devPath);
    const bytes = Number(fs.readFileSync(`/sys/class/block/${name}/size`, 'utf8').trim()) * 512;
    const plan = gpt.layout(
      bytes,
      disk.partitions.map((p) => ({ typeGuid: p.typeGuid, name: p.label || p.id, uuid: p.uuid, size: p.size })),
    );
    const fd = fs.openSync(disk.devPath, 'r+');
    try {
      fs.writeSync(fd, plan.primary, 0, plan.primary.length, 0);
      fs.writeSync(fd, plan.backup, 0, plan.backup.length, plan.backupOffset);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    busybox(['blockdev', '--rereadpt', disk.devPath]);
    for (const p of plan.partitions) {
      const dev = partitionPath(disk.devPath, p.index);
      waitForBlockDevice(dev);
      paths.set(disk.partitions[p.index - 1].id, { dev, sizeBytes: p.sizeBytes });
      info('trident::engine::storage::partitioning', `Created partition '${disk.partitions[p.index - 1].id}' at '${dev}' (${p.sizeBytes} bytes)`);
    }
  }
  return paths;
}

function install(file) {
  const { doc, storage } = hostconfig.load(file);
  info('trident', `Host Configuration:\n${require('yaml').stringify(doc).trimEnd()}`);

  // Trident::get_cosi_image (crates/trident/src/lib.rs).
  if (!doc.image) throw new TridentError('InvalidInput', 'An OS image must be provided.');
  let cosi;
  try {
    cosi = openCosi(doc.image.url, doc.image.sha384);
  } catch (e) {
    throw new TridentError('InvalidInput', `Failed to load COSI file from '${doc.image.url}'`, e.message);
  }
  info('trident::osimage::cosi', `Loaded COSI file from '${doc.image.url}' (metadata SHA-384 ${cosi.sha384})`);
  const osArch = cosi.metadata.osArch || 'x86_64';
  if (osArch !== 'x86_64') throw new TridentError('InvalidInput', `Provided '${osArch}' architecture OS image, but system is 'x86_64'`);

  // clean_install (crates/trident/src/engine/clean_install.rs).
  info('trident::engine::clean_install', 'Starting clean install');
  const boot = bootType();
  if (boot === 'PersistentStorage') {
    warn('trident::engine::clean_install', 'Trident is running from an OS installed on persistent storage');
    throw new TridentError(
      'InvalidInput',
      'Running Trident from persistent storage without multiboot flag',
      'Clean install is not allowed on a provisioned host',
    );
  }
  debug('trident::engine::clean_install', 'Trident is running from a live image');
  info('trident::engine::clean_install', 'Safety check passed');

  // Every image-sourced filesystem needs its image in the COSI (InvalidInputError::MissingOsImageFilesystem).
  const images = cosi.metadata.images || [];
  const imageFor = new Map();
  for (const fsys of storage.filesystems.filter((f) => f.source === 'image')) {
    const img = images.find((i) => i.mountPoint === fsys.mountPoint);
    if (!img) throw new TridentError('InvalidInput', `Filesystem at '${fsys.mountPoint}' in Host Configuration could not be found in the OS image`);
    imageFor.set(fsys, img);
  }

  // create_block_devices (crates/trident/src/engine/storage/mod.rs): partitions, RAID, encryption.
  let partitions;
  try {
    partitions = createPartitions(resolveDisks(storage));
  } catch (e) {
    throw servicing('Failed to create disk partitions', e);
  }
  if (storage.raid.length > 0) {
    // crates/trident/src/engine/storage/raid.rs create_sw_raid.
    if (!which('mdadm'))
      throw new TridentError('Servicing', 'Failed to create software RAID', 'Failed to create software RAID. Mdadm is required for RAID');
    throw new StandinLimit('storage.raid is modelled up to the mdadm check only (mdadm is present)');
  }
  if (storage.encryption) {
    // crates/trident/src/engine/storage/encryption.rs: the TPM check runs tpm2_pcrread.
    try {
      runDependency('tpm2_pcrread', []);
    } catch (e) {
      throw new TridentError(
        'Servicing',
        'Failed to create and open encrypted devices',
        'Encryption requires access to a TPM 2.0 device but one is not accessible',
        e.message,
      );
    }
    throw new StandinLimit('storage.encryption is modelled up to the TPM check only');
  }

  // initialize_block_devices: deploy images, create filesystems, verity.
  for (const [fsys, img] of imageFor) {
    const target = partitions.get(fsys.deviceId);
    if (!target) throw new StandinLimit(`filesystem '${fsys.mountPoint}' is on '${fsys.deviceId}', which is not a partition`);
    const compressed = cosi.read(img.image);
    const raw = zlib.zstdDecompressSync(compressed);
    if (raw.length > target.sizeBytes)
      throw new TridentError(
        'Servicing',
        'Failed to deploy images',
        `Image for '${fsys.mountPoint}' (${raw.length} bytes) does not fit in partition '${fsys.deviceId}' (${target.sizeBytes} bytes)`,
      );
    const fd = fs.openSync(target.dev, 'r+');
    try {
      fs.writeSync(fd, raw, 0, raw.length, 0);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    info('trident::engine::storage::image', `Deployed image '${img.image.path}' (${raw.length} bytes) for '${fsys.mountPoint}' to '${target.dev}'`);
  }
  for (const fsys of storage.filesystems.filter((f) => f.source === 'new'))
    warn('trident::engine::storage::filesystem', `stand-in: the new ${fsys.type} filesystem on '${fsys.deviceId}' is not created (not modelled)`);
  if (storage.verity.length > 0) {
    // crates/trident/src/engine/storage/verity.rs: veritysetup must be installed.
    if (!which('veritysetup'))
      throw new TridentError('Servicing', 'Failed to set up verity devices', "Failed to find dependency 'veritysetup': cannot find binary path");
    throw new StandinLimit('storage.verity is modelled up to the veritysetup check only');
  }

  // engine::configure in the new root: the hostname (osconfig subsystem).
  const root = storage.filesystems.find((f) => f.mountPoint === '/');
  if (doc.os && doc.os.hostname) {
    if (!root || !partitions.get(root.deviceId)) throw new StandinLimit('no root filesystem on a partition to write the hostname into');
    fs.mkdirSync(UPDATE_ROOT_PATH, { recursive: true });
    try {
      busybox(['mount', '-t', 'ext4', partitions.get(root.deviceId).dev, UPDATE_ROOT_PATH]);
      fs.writeFileSync(path.join(UPDATE_ROOT_PATH, 'etc', 'hostname'), `${doc.os.hostname}\n`);
      info('trident::subsystems::osconfig', `Set hostname to '${doc.os.hostname}'`);
    } catch (e) {
      throw servicing('Failed to configure the new root', e);
    } finally {
      spawnSync('busybox', ['umount', UPDATE_ROOT_PATH]);
    }
  }
  info('trident::engine::clean_install', 'Staging of clean install succeeded');

  // finalize_clean_install: boot entries are not modelled (the firmware falls back to the ESP's
  // EFI/BOOT/BOOTX64.EFI); installation media per boot type.
  info('trident::engine::clean_install', 'Finalizing clean install');
  if (boot === 'LiveMedia') info('osutils::installation_media', 'Please remove the installation media when the system reboots');
  else {
    info('osutils::installation_media', 'Attempting to eject installation media');
    try {
      runDependency('eject', ['--cdrom', '--force']);
    } catch (e) {
      warn(
        'osutils::installation_media',
        `Failed to eject installation media. Please remove the installation media when the system reboots. Ejection error: ${e.message}`,
      );
    }
  }
}

/** request_reboot_with_wait (crates/trident/src/reboot.rs). */
function rebootAndWait() {
  info('trident::reboot', 'Syncing filesystem');
  spawnSync('sync');
  debug('trident::reboot', 'Requesting reboot');
  try {
    runDependency('systemctl', ['reboot'], { SYSTEMD_IGNORE_CHROOT: 'true' });
  } catch (e) {
    // main.rs: "Failed to reboot: {e:?}" and TridentExitCodes::RebootUnsuccessful.
    log('error', 'trident', `Failed to reboot: ${new TridentError('Servicing', 'Failed to reboot', e.message).debug()}`);
    return EXIT.RebootUnsuccessful;
  }
  info('trident::reboot', 'Rebooting system');
  spawnSync('sleep', [String(REBOOT_WAIT_DURATION_SECS)]);
  log('error', 'trident', `Waited for reboot for ${REBOOT_WAIT_DURATION_SECS} seconds, but nothing happened, aborting`);
  return EXIT.RebootUnsuccessful;
}

// ------------------------------------------------------------------ main

function main(argv) {
  const args = argv.filter((a) => !/^(-v|--verbosity)(=.*)?$/.test(a));
  const command = args[0];
  if (command === '--version' || command === '-V') {
    process.stdout.write(`trident ${VERSION}\n`);
    return EXIT.Success;
  }
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write('Usage: trident <COMMAND>\n\nCommands:\n  install\n  start-network\n  validate\n');
    return command ? EXIT.Success : EXIT.Failed;
  }
  const known = ['install', 'validate', 'start-network', 'daemon'];
  if (!known.includes(command)) {
    process.stderr.write(`error: unrecognized subcommand '${command}'\n\nUsage: trident <COMMAND>\n\nFor more information, try '--help'.\n`);
    return EXIT.Failed;
  }
  info('trident', `Trident version: ${VERSION}`);
  const file = args[1] || DEFAULT_HOST_CONFIG_PATH;
  try {
    if (command === 'validate') {
      cmdValidate(file);
      return EXIT.Success;
    }
    if (command === 'start-network') {
      cmdStartNetwork(file);
      return EXIT.Success;
    }
    if (command === 'daemon') {
      info('trident', 'stand-in: tridentd is not modelled; exiting');
      return EXIT.Success;
    }
    install(file);
    return rebootAndWait();
  } catch (e) {
    if (e instanceof StandinLimit) {
      log('error', 'trident', `trident stand-in: not modelled: ${e.message}; stopping`);
      return EXIT.Failed;
    }
    const err = e instanceof TridentError ? e : new TridentError('Internal', e && e.message ? e.message : String(e));
    log('error', 'trident', err.debug());
    return EXIT.Failed;
  }
}

process.exitCode = main(process.argv.slice(2));
