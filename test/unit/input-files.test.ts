import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/context/inputs.js';
import { checkInputFiles } from '../../src/context/input-files.js';
import { actionDefaults } from '../support/action-defaults.js';
import { writeTinyCosi } from '../support/cosi.js';

const ws = mkdtempSync(path.join(tmpdir(), 'input-files-'));
const REPO = path.resolve(import.meta.dirname, '..', '..');
writeFileSync(path.join(ws, 'hc.yaml'), readFileSync(path.join(REPO, 'examples', 'host-config.yaml')));
writeTinyCosi(path.join(ws, 'os.cosi'));
writeTinyCosi(path.join(ws, 'arm.cosi'), ['--arch', 'aarch64']);

function inputs(given: Record<string, string>) {
  const values: Record<string, string> = { ...actionDefaults(), 'host-config': 'hc.yaml', ...given };
  return readInputs((name) => values[name] ?? '', { workspace: ws });
}

const quiet = () => undefined;

describe('checkInputFiles', () => {
  it('reads the COSI and reports its metadata SHA-384', async () => {
    const lines: string[] = [];
    const result = await checkInputFiles(inputs({ cosi: 'os.cosi' }), (l) => lines.push(l), ws);
    expect(result.cosi?.metadataSha384).toMatch(/^[a-f0-9]{96}$/);
    expect(lines[0]).toMatch(/^COSI os\.cosi: \d+ bytes, metadata\.json SHA-384 [a-f0-9]{96}$/);
  });

  it.each([
    [{ 'host-config': 'missing.yaml' }, /^Input 'host-config': .*missing\.yaml does not exist/],
    [{ cosi: 'nope.cosi' }, /^Input 'cosi': .* does not exist/],
    [{ cosi: 'hc.yaml' }, /^Input 'cosi': .* is not a COSI file/],
    [{ cosi: 'arm.cosi' }, /^Input 'cosi': [\s\S]*aarch64[\s\S]*linux\/amd64/],
    [{ 'trident-rpms': 'rpms' }, /^Input 'trident-rpms': .* does not exist/],
    [{ 'trident-source': '.' }, /^Input 'trident-source': .* has no Makefile/],
    [{ 'base-image-file': 'base.vhdx' }, /^Input 'base-image-file': .* does not exist/],
    [{ 'extra-config': 'extra.yaml' }, /^Input 'extra-config': .* does not exist/],
    [{ 'extra-config': '- a\n- b\n' }, /^Input 'extra-config': is not a YAML mapping/],
    [{ 'extra-config': 'os: [\n' }, /^Input 'extra-config': is not valid YAML at line/],
    [{ output: 'hc.iso' }, /^Input 'output': .*hc\.iso already exists; the action never overwrites/],
    [{ output: 'no/such/dir/x.iso' }, /^Input 'output': the folder .* does not exist/],
  ] as [Record<string, string>, RegExp][])('rejects %o', async (given, message) => {
    if (given.output === 'hc.iso') writeFileSync(path.join(ws, 'hc.iso'), 'keep me');
    await expect(checkInputFiles(inputs(given), quiet, ws)).rejects.toThrow(message);
    if (given.output === 'hc.iso') expect(readFileSync(path.join(ws, 'hc.iso'), 'utf8')).toBe('keep me');
  });

  it('rejects a path a container mount cannot express', async () => {
    mkdirSync(path.join(ws, 'a:b'), { recursive: true });
    writeTinyCosi(path.join(ws, 'a:b', 'os.cosi'));
    await expect(checkInputFiles(inputs({ cosi: 'a:b/os.cosi' }), quiet, ws)).rejects.toThrow(/^Input 'cosi': .* contains ':'/);
  });

  it('refuses an extra-config that names host files the build cannot see, with their paths', async () => {
    await expect(
      checkInputFiles(inputs({ 'extra-config': 'os:\n  additionalFiles:\n    - source: files/motd\n      destination: /etc/motd\n' }), quiet, ws),
    ).rejects.toThrow(/^Input 'extra-config': names files at \/os\/additionalFiles\/0\/source/);
  });

  it('parses inline extra-config', async () => {
    expect((await checkInputFiles(inputs({ 'extra-config': 'os:\n  hostname: inline\n' }), quiet, ws)).extraConfig).toEqual({
      os: { hostname: 'inline' },
    });
  });

  it('reads an extra-config file', async () => {
    writeFileSync(path.join(ws, 'extra.yml'), 'os:\n  hostname: from-file\n');
    expect((await checkInputFiles(inputs({ 'extra-config': 'extra.yml' }), quiet, ws)).extraConfig).toEqual({ os: { hostname: 'from-file' } });
  });
});
