// Stand-ins for docker/podman, oras and make, for the dist tests: each call
// appends {tool, argv, cwd, stdin} to $STANDIN_LOG and does what the real tool
// would do to the files the action then reads. They check the contract they
// are given (paths exist, mounts resolve) and fail loudly when it is broken.
// $STANDIN_FAIL=<tool>:<subcommand> makes that call exit 3 with a log tail.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const [tool, ...argv] = process.argv.slice(2);
const stdin = argv.includes('--password-stdin') ? fs.readFileSync(0, 'utf8') : '';
fs.appendFileSync(process.env.STANDIN_LOG, JSON.stringify({ tool, argv, cwd: process.cwd(), stdin }) + '\n');

function fail(message) {
  process.stderr.write(`${tool} stand-in: ${message}\n`);
  process.exit(2);
}
function flag(name) {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
const sub = tool === 'docker' || tool === 'podman' ? argv.find((a) => !a.startsWith('-') && argv[argv.indexOf(a) - 1] !== '--config') : argv[0];
if (process.env.STANDIN_FAIL === `${tool}:${sub}`) {
  for (let i = 1; i <= 50; i++) console.log(`${tool} ${sub}: log line ${i}`);
  console.error(`${tool} ${sub}: failing on purpose`);
  process.exit(3);
}

const ISO_SECTOR = 2048;
function writeIso(file, content) {
  const body = Buffer.from(content);
  const buf = Buffer.alloc(ISO_SECTOR * 17 + body.length);
  buf[ISO_SECTOR * 16] = 1;
  buf.write('CD001', ISO_SECTOR * 16 + 1, 'latin1');
  body.copy(buf, ISO_SECTOR * 17);
  fs.writeFileSync(file, buf);
}

if (tool === 'make') {
  if (argv[0] !== 'bin/trident-rpms.tar.gz') fail(`unexpected target ${argv[0]}`);
  if (!fs.existsSync('Makefile')) fail('no Makefile in the working directory');
  const stage = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'rpms-'));
  const v = '0.27.0-dev.2026080799.v95639188c.azl3';
  fs.mkdirSync(path.join(stage, 'RPMS', 'x86_64'), { recursive: true });
  fs.mkdirSync(path.join(stage, 'RPMS', 'noarch'), { recursive: true });
  for (const name of ['trident', 'trident-provisioning', 'trident-service', 'trident-install-service', 'trident-static-pcrlock-files', 'trident-acl-agent']) {
    fs.writeFileSync(path.join(stage, 'RPMS', 'x86_64', `${name}-${v}.x86_64.rpm`), name);
  }
  fs.writeFileSync(path.join(stage, 'RPMS', 'noarch', `trident-selinux-${v}.noarch.rpm`), 'selinux');
  fs.mkdirSync('bin', { recursive: true });
  execFileSync('tar', ['-czf', 'bin/trident-rpms.tar.gz', '-C', stage, 'RPMS']);
  console.log('Built bin/trident-rpms.tar.gz');
} else if (tool === 'oras') {
  if (sub === 'resolve') {
    console.log('sha256:' + 'd'.repeat(64));
  } else if (sub === 'pull') {
    const out = flag('--output');
    if (!out || !fs.statSync(out).isDirectory()) fail('--output must name an existing directory');
    if (flag('--platform') !== 'linux/amd64') fail(`unexpected --platform ${flag('--platform')}`);
    fs.writeFileSync(path.join(out, 'image.vhdx'), 'vhdxfile' + '\0'.repeat(1024));
    fs.writeFileSync(path.join(out, 'image.vhdx.spdx.json'), '{}');
    fs.writeFileSync(path.join(out, 'image.vhdx.spdx.json.sig'), 'sig');
    console.log(`Downloaded image.vhdx\nPulled ${argv[1]}`);
  } else if (sub === 'login') {
    if (!stdin) fail('login without --password-stdin input');
  } else if (sub !== 'version') fail(`unexpected subcommand ${sub}`);
} else {
  // docker / podman
  if (sub === 'pull' || sub === 'login' || sub === 'rm') process.exit(0);
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
  writeIso(output, config);
}
