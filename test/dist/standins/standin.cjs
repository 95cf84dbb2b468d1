// Stand-ins for docker/podman, oras and make, for the dist tests: each call
// appends {tool, argv, cwd, stdin} to $STANDIN_LOG and does what the real tool
// would do to the files the action then reads. They check the contract they
// are given (paths exist, mounts resolve) and fail loudly when it is broken.
// $STANDIN_FAIL=<tool>:<subcommand> makes that call exit 3 with a log tail.
// For the fault suite (test/faults), all optional:
//   $STANDIN_FAIL_MESSAGE   the last line a failing call prints (STANDIN_FAIL,
//                           STANDIN_TRANSIENT), e.g. a registry's 401 or 503.
//   $STANDIN_TRANSIENT=<tool>:<subcommand>:<n>  the first n such calls fail
//                           (exit 1, default message a 503), later ones work;
//                           counted in a file next to $STANDIN_LOG.
//   $STANDIN_SLEEP=<tool>:<subcommand>:<seconds>[,...]  that call sleeps
//                           first (a long pull, build or container run);
//   $STANDIN_SLEEP_RUN=<seconds>  the same for docker/podman run.
//   $STANDIN_SIGTERM=<tool>:<subcommand>  that call ends by SIGTERM, as every
//                           process of a cancelled job does when the runner
//                           signals them all (oras and docker have no
//                           SIGTERM handler of their own: Go's default ends them).
//   $STANDIN_DURATION=<tool>:<subcommand>:<seconds>[,...]  that call takes
//                           that long in all, counted from its process's
//                           start: it waits at its end for what its work
//                           (make's rpmbuild, ...) left (the bench's fixed
//                           durations). A call that took longer appends
//                           {tool, sub, overMs} to $STANDIN_OVERRUN_LOG.
//   $STANDIN_RUN_OUTPUT=none|garbage  `run` exits 0 but writes no ISO, or a
//                           file that is not an ISO.
//   $STANDIN_FAIL_AFTER=<tool>:<subcommand>[,...]  the STANDIN_FAIL call first
//                           waits (up to 20 s) until those calls have started,
//                           to fail while they run.
//   $STANDIN_RUN_CREATE=<path>  while `run` runs, another process writes a
//                           file there (the output appearing during a build).
//   $STANDIN_RUN_BUILD_BYTES=<n>  `run` leaves a file of n bytes in its
//                           --build-dir, as Image Customizer leaves its
//                           work there (the base image converted to raw, ...).
//   $STANDIN_RUN_ISO_BYTES=<n>  the ISO `run` writes is n bytes long.
//   $STANDIN_SQUASHFS_COMP=<compressor>  liveos/rootfs.img is made with
//                           `mksquashfs -comp <compressor>` (default gzip).
//   $STANDIN_RECORD_ENV=1   each log line also holds the call's whole environment.
//   $STANDIN_ORAS_KEEP_WRITING=1  `oras pull` never ends: it keeps writing
//                           files into its --output folder (made again if
//                           removed), until something kills it.
//   $STANDIN_ORAS_MANIFEST=manifest  the base image is one manifest, not an
//                           image index (oras pull --platform then fails).
//   $STANDIN_TRIDENT_VERSION, _RELEASE, _PACKAGES  what `make` builds.
//   $STANDIN_RUSTC_VERSION (1.86.0)  what `rustc --version` says;
//   $STANDIN_NO_LIBSSL=1     `whereis libssl.a` finds none (toolchain/).
//   $STANDIN_RUN_LOG=<file>  `run` prints that file's lines (Image Customizer's
//                           log) and fails with exit 1 when $STANDIN_RUN_EXIT=1.
// Each log line also holds the call's pid, so a test can tell whether a
// process it expected to be stopped still runs. `rm --force <name>` stops the
// `run --name <name>` stand-in, as the engine stops a container.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
// Loaded when a call needs them, not at every start: most calls (`info`, `pull`) need neither, and the
// suites start this script hundreds of times.
const execFileSync = (...args) => require('node:child_process').execFileSync(...args);
const buildTridentRpms = (...args) => require('../../support/rpmbuild.cjs').buildTridentRpms(...args);

const [tool, ...argv] = process.argv.slice(2);
const stdin = argv.includes('--password-stdin') ? fs.readFileSync(0, 'utf8') : '';
// The toolchain stand-ins also serve the e2e suite, which keeps no call log.
if (process.env.STANDIN_LOG) fs.appendFileSync(process.env.STANDIN_LOG, JSON.stringify({ tool, argv, cwd: process.cwd(), stdin, pid: process.pid, envNames: Object.keys(process.env), ...(process.env.STANDIN_RECORD_ENV === '1' ? { env: process.env } : {}) }) + '\n');

function fail(message) {
  process.stderr.write(`${tool} stand-in: ${message}\n`);
  process.exit(2);
}
function flag(name) {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
function subcommandOf(t, args) {
  if (t !== 'docker' && t !== 'podman') return args[0];
  const sub = args.find((a) => !a.startsWith('-') && args[args.indexOf(a) - 1] !== '--config');
  // A container with a fixed entry point (privileged check, root cleanup) is not the Image Customizer run.
  return sub === 'run' && args.includes('--entrypoint') ? 'run-helper' : sub;
}
const sub = subcommandOf(tool, argv);
if (process.env.STANDIN_SIGTERM === `${tool}:${sub}`) process.kill(process.pid, 'SIGTERM');

// Blocks without a handler for signals, so SIGTERM still ends the process at once.
function sleepSeconds(seconds) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, seconds * 1000);
}
const sleeps = (process.env.STANDIN_SLEEP ?? '').split(',').filter(Boolean);
if (process.env.STANDIN_SLEEP_RUN && sub === 'run' && (tool === 'docker' || tool === 'podman')) sleeps.push(`${tool}:run:${process.env.STANDIN_SLEEP_RUN}`);
for (const entry of sleeps) {
  const cut = entry.lastIndexOf(':');
  if (entry.slice(0, cut) === `${tool}:${sub}`) sleepSeconds(Number(entry.slice(cut + 1)));
}
for (const entry of (process.env.STANDIN_DURATION ?? '').split(',').filter(Boolean)) {
  const cut = entry.lastIndexOf(':');
  if (entry.slice(0, cut) !== `${tool}:${sub}`) continue;
  const totalMs = Number(entry.slice(cut + 1)) * 1000;
  process.on('exit', () => {
    const left = totalMs - (Date.now() - performance.timeOrigin);
    if (left > 0) sleepSeconds(left / 1000);
    else if (process.env.STANDIN_OVERRUN_LOG) fs.appendFileSync(process.env.STANDIN_OVERRUN_LOG, JSON.stringify({ tool, sub, overMs: Math.round(-left) }) + '\n');
  });
}

if (process.env.STANDIN_TRANSIENT) {
  const cut = process.env.STANDIN_TRANSIENT.lastIndexOf(':');
  if (process.env.STANDIN_TRANSIENT.slice(0, cut) === `${tool}:${sub}`) {
    const counter = `${process.env.STANDIN_LOG}.transient-${tool}-${String(sub).replace(/[^A-Za-z0-9]/g, '_')}`;
    const calls = Number(fs.existsSync(counter) ? fs.readFileSync(counter, 'utf8') : '0') + 1;
    fs.writeFileSync(counter, String(calls));
    if (calls <= Number(process.env.STANDIN_TRANSIENT.slice(cut + 1))) {
      console.error(process.env.STANDIN_FAIL_MESSAGE ?? 'Error: response status code 503: Service Unavailable');
      process.exit(1);
    }
  }
}

if (process.env.STANDIN_FAIL === `${tool}:${sub}`) {
  const awaited = (process.env.STANDIN_FAIL_AFTER ?? '').split(',').filter(Boolean);
  const started = () =>
    fs
      .readFileSync(process.env.STANDIN_LOG, 'utf8')
      .split('\n')
      .flatMap((line) => {
        try {
          const call = JSON.parse(line);
          return [`${call.tool}:${subcommandOf(call.tool, call.argv)}`];
        } catch {
          return []; // a line being written right now
        }
      });
  for (let waited = 0; waited < 20_000 && !awaited.every((a) => started().includes(a)); waited += 50) sleepSeconds(0.05);
  for (let i = 1; i <= 50; i++) console.log(`${tool} ${sub}: log line ${i}`);
  console.error(process.env.STANDIN_FAIL_MESSAGE ?? `${tool} ${sub}: failing on purpose`);
  process.exit(3);
}

/**
 * The ISO as Image Customizer stages and writes it
 * (microsoft/azure-linux-image-tools toolkit/tools/pkg/imagecustomizerlib/liveosisoimages.go,
 * createSquashfsImage and stageLiveOSFiles; internal/isogenerator/isogenerator.go
 * for mkisofs's flags): liveos/rootfs.img, the live OS's root (`liveRoot`,
 * what customizeLiveOs made) as `mksquashfs DIR OUT -xattrs`; each
 * iso.additionalFiles entry as a plain file at its destination; and, the
 * stand-in's own record of what it was given, the config at
 * /image-customizer-config.yaml. A real ISO 9660 image, written by cdrkit's
 * mkisofs (genisoimage, the mkisofs of Image Customizer's Azure Linux
 * container) with Image Customizer's flags. Looser than the real tool on one point, for
 * speed (most in-process runs make one): gzip at level 1, not mksquashfs's
 * default 9 (the same format; the reader does not care). No kernel, initramfs
 * or grub.cfg: nothing in process boots it (test/e2e's stand-in makes those).
 */
function writeMediaIso(file, config, configDir, toHost, liveRoot) {
  const files = ((require('yaml').parse(config) || {}).iso || {}).additionalFiles || [];
  const staging = fs.mkdtempSync(path.join(path.dirname(file), '.standin-staging-'));
  try {
    fs.writeFileSync(path.join(staging, 'image-customizer-config.yaml'), config);
    fs.mkdirSync(path.join(staging, 'liveos'));
    const comp = process.env.STANDIN_SQUASHFS_COMP;
    execFileSync('mksquashfs', [liveRoot, path.join(staging, 'liveos', 'rootfs.img'), '-xattrs', '-noappend', '-quiet', '-no-progress', ...(comp ? ['-comp', comp] : ['-Xcompression-level', '1'])], { stdio: 'ignore' });
    for (const f of files) {
      const target = path.join(staging, String(f.destination).replace(/^\/+/, ''));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      if (f.content !== undefined) fs.writeFileSync(target, f.content);
      else fs.copyFileSync(path.isAbsolute(f.source) ? toHost(f.source) : path.join(configDir, f.source), target);
    }
    execFileSync('genisoimage', ['-quiet', '-R', '-l', '-D', '-J', '-joliet-long', '-V', 'CDROM', '-o', file, staging], { stdio: 'ignore' });
    const padTo = Number(process.env.STANDIN_RUN_ISO_BYTES ?? 0);
    if (padTo > fs.statSync(file).size) fs.truncateSync(file, padTo);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

const BUSYBOX = ['/usr/bin/busybox', '/bin/busybox'].find((p) => fs.existsSync(p));
const IMAGE_TOOLS = ['sh', 'ln', 'mkdir', 'cat', 'echo', 'printf', 'sha256sum', 'readlink', 'rm', 'cp', 'mv', 'chmod', 'test', '[', 'ls', 'touch', 'sed', 'grep', 'true', 'false', 'tee'];

/**
 * The live OS's files and scripts, as Image Customizer makes them
 * (microsoft/azure-linux-image-tools toolkit/tools/pkg/imagecustomizerlib/customizeos.go,
 * customizeOSContents: os.additionalDirs, then os.additionalFiles, ..., every
 * postCustomization script, then every finalizeCustomization script, before
 * the ISO is made), and runs the scripts as runscripts.go does
 * (runUserScripts, runUserScript): in a chroot of the image, with the
 * config's folder bind-mounted read-only at /_imageconfigs while a list runs
 * (and /dev, /proc, as internal/safechroot/safechroot.go mounts them);
 * a `content` script written to the image's /tmp; `<interpreter, or /bin/sh>
 * <script> <arguments...>` in /, with its environmentVariables; a failing
 * script stops the build with its last line of standard error in the error
 * (internal/shell/execbuilder.go, ErrorStderrLines(1)), which
 * imagecustomizer/main.go logs as fatal. The script's own output is logged
 * at debug level only. The image is small: the host's static busybox for its
 * tools, and what the config puts there. Returns the image's root (for the
 * ISO's liveos/rootfs.img; the caller removes it) and the fatal message, if any.
 */
function customizeLiveOs(config, configDir, buildDir, toHost, logLevel) {
  if (!BUSYBOX) fail('the live OS model needs a static busybox (Debian: busybox-static)');
  const os = config.os || {};
  const root = fs.mkdtempSync(path.join(buildDir, 'imageroot-'));
  const inRoot = (p) => path.join(root, String(p).replace(/^\/+/, ''));
  const fromConfig = (p) => (path.isAbsolute(p) ? toHost(p) : path.join(configDir, p));
  try {
    for (const d of ['usr/bin', 'tmp', 'etc', 'run/initramfs/live', 'mnt', '_imageconfigs', 'dev', 'proc']) fs.mkdirSync(path.join(root, d), { recursive: true });
    fs.symlinkSync('usr/bin', path.join(root, 'bin'));
    fs.symlinkSync('usr/bin', path.join(root, 'sbin'));
    fs.copyFileSync(BUSYBOX, path.join(root, 'usr/bin/busybox'));
    fs.chmodSync(path.join(root, 'usr/bin/busybox'), 0o755);
    for (const tool of IMAGE_TOOLS) fs.symlinkSync('busybox', path.join(root, 'usr/bin', tool));
    for (const d of os.additionalDirs || []) fs.cpSync(fromConfig(d.source), inRoot(d.destination), { recursive: true });
    for (const f of os.additionalFiles || []) {
      const target = inRoot(f.destination);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.rmSync(target, { force: true });
      if (f.content !== undefined) fs.writeFileSync(target, f.content);
      else fs.copyFileSync(fromConfig(f.source), target);
      if (f.permissions !== undefined) fs.chmodSync(target, parseInt(String(f.permissions), 8));
    }
    const scripts = config.scripts || {};
    for (const list of ['postCustomization', 'finalizeCustomization']) {
      for (const [i, script] of (scripts[list] || []).entries()) {
        // createScriptLogName
        const name = script.name && script.path ? `${script.name}(${script.path})` : script.name || script.path || `${list}[${i}]`;
        let scriptPath = script.path !== undefined ? path.posix.join('/_imageconfigs', script.path) : undefined;
        if (scriptPath === undefined) {
          scriptPath = `/tmp/${list}${Math.floor(Math.random() * 1e9)}`;
          fs.writeFileSync(inRoot(scriptPath), script.content, { mode: 0o600 });
        }
        const argv = [script.interpreter || '/bin/sh', scriptPath, ...(script.arguments || []).map(String)];
        const asRoot = process.getuid && process.getuid() === 0;
        const r = require('node:child_process').spawnSync(
          'unshare',
          [
            ...(asRoot ? [] : ['--user', '--map-root-user']),
            '--mount',
            '--propagation',
            'private',
            BUSYBOX,
            'sh',
            '-c',
            // safechroot's /dev and /proc, then the config's folder, read-only.
            'mount --rbind /dev "$2/dev" && mount --rbind /proc "$2/proc" && mount --bind "$1" "$2/_imageconfigs" && mount -o remount,bind,ro "$2/_imageconfigs" && root=$2 && shift 2 && exec chroot "$root" "$@"',
            'sh',
            configDir,
            root,
            ...argv,
          ],
          { encoding: 'utf8', env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', ...(script.environmentVariables || {}) } },
        );
        if (script.content !== undefined) fs.rmSync(inRoot(scriptPath), { force: true });
        if (logLevel === 'debug' || logLevel === 'trace')
          for (const line of `${r.stdout}${r.stderr}`.split('\n').filter(Boolean)) console.log(`time="${new Date().toISOString()}" level=debug msg=${JSON.stringify(line)}`);
        if (r.status !== 0) {
          const last = (r.stderr || '').split('\n').filter((l) => l.trim() !== '').pop();
          return { root, fatal: `image customization failed:\nscript execution failed (script='${name}'):\n${last ? `${last}\n` : ''}exit status ${r.status ?? r.signal}` };
        }
      }
    }
    return { root };
  } catch (error) {
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

const TOOLCHAIN = ['cargo', 'rustc', 'protoc', 'clang', 'python3', 'whereis'];
/** The same tool further along PATH (not a stand-in), to hand on the calls the stand-in does not model. */
function realTool(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    try {
      if (fs.realpathSync(path.dirname(fs.realpathSync(candidate))) === fs.realpathSync(path.join(__dirname, 'toolchain'))) continue;
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not there
    }
  }
  return undefined;
}
if (TOOLCHAIN.includes(tool)) {
  // The runner's toolchain for a Trident build (toolchain/): the action only looks for them on PATH,
  // asks rustc its version, and asks whereis for libssl.a as Trident's Makefile does. Anything else
  // goes to the real tool when there is one (the e2e suite's make runs rpmbuild, which may use python3).
  if (tool === 'rustc' && argv[0] === '--version') console.log(`rustc ${process.env.STANDIN_RUSTC_VERSION ?? '1.86.0'} (stand-in 2025-03-31)`);
  else if (tool === 'whereis' && argv[0] === 'libssl.a' && argv.length === 1)
    console.log(`libssl.a:${process.env.STANDIN_NO_LIBSSL === '1' ? '' : ` ${path.join(__dirname, 'toolchain', 'libssl.a')}`}`);
  else if (realTool(tool)) {
    const result = require('node:child_process').spawnSync(realTool(tool), argv, { stdio: 'inherit' });
    process.exit(result.status ?? 1);
  } else if (argv[0] === '--version') console.log(`${tool} (stand-in)`);
  else fail(`only --version is modelled (${argv.join(' ')})`);
} else if (tool === 'make') {
  if (argv[0] !== 'bin/trident-rpms.tar.gz') fail(`unexpected target ${argv[0]}`);
  if (!fs.existsSync('Makefile')) fail('no Makefile in the working directory');
  // Next to the call log: inside the test's own folder, removed with it. Real RPMs, built by rpmbuild as
  // Trident's Makefile has its Dockerfile do; $STANDIN_TRIDENT_RELEASE / _VERSION / _PACKAGES change the build.
  const stage = fs.mkdtempSync(path.join(path.dirname(process.env.STANDIN_LOG), 'rpms-'));
  buildTridentRpms(stage, {
    version: process.env.STANDIN_TRIDENT_VERSION ?? '0.27.0',
    release: process.env.STANDIN_TRIDENT_RELEASE ?? 'dev.2026080799.v95639188c.azl3',
    ...(process.env.STANDIN_TRIDENT_PACKAGES ? { packages: process.env.STANDIN_TRIDENT_PACKAGES.split(',') } : {}),
  });
  fs.mkdirSync('bin', { recursive: true });
  execFileSync('tar', ['-czf', 'bin/trident-rpms.tar.gz', '-C', stage, 'RPMS']);
  console.log('Built bin/trident-rpms.tar.gz');
} else if (tool === 'oras') {
  // The base image is an image index (minimal-os today) unless $STANDIN_ORAS_MANIFEST=manifest: one
  // manifest whose config is an artifact's, as older single-arch minimal-os tags are.
  const single = process.env.STANDIN_ORAS_MANIFEST === 'manifest';
  const mediaType = single ? 'application/vnd.oci.image.manifest.v1+json' : 'application/vnd.oci.image.index.v1+json';
  const digest = 'sha256:' + 'd'.repeat(64);
  const sub2 = argv[1];
  if (sub === 'version') {
    // oras cmd/oras/root/version.go: one "Key: value" per line, the version first; $STANDIN_ORAS_VERSION says which.
    console.log(`Version:        ${process.env.STANDIN_ORAS_VERSION ?? '1.3.0'}\nGo version:     go1.24.0\nOS/Arch:        linux/amd64\nGit commit:     0000000000000000000000000000000000000000\nGit tree state: clean`);
  } else if (sub === 'resolve') {
    console.log(digest);
  } else if (sub === 'manifest' && sub2 === 'fetch') {
    // oras v1.3.0 cmd/oras/root/manifest/fetch.go: --descriptor prints the descriptor as one JSON line.
    if (!argv.includes('--descriptor')) fail('manifest fetch without --descriptor (the action only asks for the descriptor)');
    if (argv.includes('--platform')) fail('manifest fetch --descriptor with --platform would select a platform manifest');
    console.log(JSON.stringify({ mediaType, digest, size: 1234 }));
  } else if (sub === 'pull') {
    const out = flag('--output');
    if (!out || !fs.statSync(out).isDirectory()) fail('--output must name an existing directory');
    const platform = flag('--platform');
    if (single && platform) {
      // oras-go v2.6.0 internal/platform/platform.go getPlatformFromConfig: a manifest whose config is not an image config has no platform.
      console.error(
        `Error: ${digest}: fail to recognize platform from unknown config application/vnd.microsoft.azurelinux.image.config.v1+json: expect application/vnd.oci.image.config.v1+json: unsupported`,
      );
      process.exit(1);
    }
    if (!single && !platform) {
      // Without --platform oras copies every platform's manifest: their files share titles (oras-go v2.6.0 content/file/file.go).
      console.error('Error: failed to pull: image.vhdx: duplicate name');
      process.exit(1);
    }
    if (!single && platform !== 'linux/amd64') fail(`unexpected --platform ${platform}`);
    if (process.env.STANDIN_ORAS_KEEP_WRITING === '1') {
      // A pull that goes on writing its layers (recreating its folder, as oras's file store does) until it is killed.
      for (let i = 0; ; i++) {
        fs.mkdirSync(out, { recursive: true });
        fs.writeFileSync(path.join(out, `layer-${i % 50}.part`), 'x'.repeat(4096));
        sleepSeconds(0.02);
      }
    }
    fs.writeFileSync(path.join(out, 'image.vhdx'), 'vhdxfile' + '\0'.repeat(1024));
    fs.writeFileSync(path.join(out, 'image.vhdx.spdx.json'), '{}');
    fs.writeFileSync(path.join(out, 'image.vhdx.spdx.json.sig'), 'sig');
    console.log(`Downloaded image.vhdx\nPulled ${argv[1]}`);
  } else if (sub === 'login') {
    if (!stdin) fail('login without --password-stdin input');
  } else if (sub !== 'version') fail(`unexpected subcommand ${sub}`);
} else {
  // docker / podman
  if (sub === 'info') {
    // What the action asks (info --format ...): docker's security options, podman's rootless flag.
    if (flag('--format') === undefined) fail('info without --format');
    console.log(tool === 'docker' ? '["name=seccomp,profile=builtin"]' : 'false');
    process.exit(0);
  }
  if (sub === 'rm') {
    // Like the engine: removing a running container ends its `run` client.
    const name = argv[argv.length - 1];
    for (const line of fs.readFileSync(process.env.STANDIN_LOG, 'utf8').split('\n').filter(Boolean)) {
      const call = JSON.parse(line);
      if (call.tool === tool && call.argv.includes('run') && call.argv[call.argv.indexOf('--name') + 1] === name && call.pid) {
        try {
          process.kill(call.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
      }
    }
  }
  if (sub === 'pull' || sub === 'login' || sub === 'rm') process.exit(0);
  if (sub === 'run-helper') {
    if (process.env.STANDIN_NO_PRIVILEGED === '1' && argv.includes('--privileged')) {
      console.error('docker: Error response from daemon: privileged mode is not allowed by policy.');
      process.exit(126);
    }
    process.exit(0);
  }
  if (sub !== 'run') fail(`unexpected subcommand ${sub}`);
  const mounts = [];
  argv.forEach((a, i) => {
    if (argv[i - 1] === '-v') {
      const [host, container, mode] = a.split(':');
      if (!fs.existsSync(host)) fail(`mount source ${host} does not exist`);
      mounts.push({ host, container, readOnly: mode === 'ro' });
    }
  });
  const toHost = (p) => {
    const m = mounts.filter((m) => p === m.container || p.startsWith(m.container + '/')).sort((a, b) => b.container.length - a.container.length)[0];
    if (!m) fail(`${p} is not inside any mount`);
    return m.host + p.slice(m.container.length);
  };
  for (const f of ['--config-file', '--image-file']) if (!fs.existsSync(toHost(flag(f)))) fail(`${f} ${flag(f)} does not exist in the container`);
  const config = fs.readFileSync(toHost(flag('--config-file')), 'utf8');
  const output = toHost(flag('--output-image-file'));
  if (mounts.find((m) => output.startsWith(m.host))?.readOnly) fail('the output directory is mounted read-only');
  for (let i = 1; i <= 5; i++) console.log(`imagecustomizer stand-in: step ${i}`);
  if (process.env.STANDIN_RUN_LOG) process.stdout.write(fs.readFileSync(process.env.STANDIN_RUN_LOG, 'utf8'));
  if (process.env.STANDIN_RUN_EXIT === '1') process.exit(1);
  const configFile = toHost(flag('--config-file'));
  const { root: liveRoot, fatal } = customizeLiveOs(require('yaml').parse(config) || {}, path.dirname(configFile), toHost(flag('--build-dir')), toHost, flag('--log-level'));
  process.on('exit', () => fs.rmSync(liveRoot, { recursive: true, force: true }));
  if (fatal !== undefined) {
    console.error(`time="${new Date().toISOString()}" level=fatal msg=${JSON.stringify(fatal)}`);
    process.exit(1);
  }
  if (process.env.STANDIN_RUN_CREATE) fs.writeFileSync(process.env.STANDIN_RUN_CREATE, "someone else's file\n");
  if (process.env.STANDIN_RUN_BUILD_BYTES) fs.writeFileSync(path.join(toHost(flag('--build-dir')), 'image.raw'), Buffer.alloc(Number(process.env.STANDIN_RUN_BUILD_BYTES)));
  if (process.env.STANDIN_RUN_OUTPUT === 'garbage') fs.writeFileSync(output, 'not an ISO 9660 image\n');
  else if (process.env.STANDIN_RUN_ISO) fs.copyFileSync(process.env.STANDIN_RUN_ISO, output);
  else if (process.env.STANDIN_RUN_OUTPUT !== 'none') writeMediaIso(output, config, path.dirname(toHost(flag('--config-file'))), toHost, liveRoot);
}
