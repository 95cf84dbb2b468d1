// `oras pull --platform` only for an image index (issue 10, defect 8): the
// descriptor `oras manifest fetch --descriptor` prints, read and checked,
// and the pull's argv for an index and for a single manifest.
import { describe, expect, it } from 'vitest';
import { orasArgv } from '../../src/tools/argv.js';
import { isIndex, parseDescriptor } from '../../src/tools/oras.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('the manifest descriptor decides --platform', () => {
  it('reads the one-line JSON oras prints (cmd/oras/internal/display/metadata/descriptor/manifest_fetch.go)', () => {
    expect(parseDescriptor(`{"mediaType":"application/vnd.oci.image.index.v1+json","digest":"${DIGEST}","size":1234}`)).toEqual({
      mediaType: 'application/vnd.oci.image.index.v1+json',
      digest: DIGEST,
      size: 1234,
    });
  });

  it('refuses anything else', () => {
    for (const text of [
      'sha256:abc',
      '{}',
      `{"mediaType":"x","digest":"${DIGEST}","size":1}`,
      `{"mediaType":"a/b","digest":"md5:1","size":1}`,
      'null',
    ]) {
      expect(() => parseDescriptor(text), text).toThrow(/not a (manifest )?descriptor/);
    }
  });

  it('an OCI index or a Docker manifest list is a multi-platform image; a manifest is not', () => {
    expect(isIndex('application/vnd.oci.image.index.v1+json')).toBe(true);
    expect(isIndex('application/vnd.docker.distribution.manifest.list.v2+json')).toBe(true);
    expect(isIndex('application/vnd.oci.image.manifest.v1+json')).toBe(false);
    expect(isIndex('application/vnd.docker.distribution.manifest.v2+json')).toBe(false);
  });

  it('pulls with --platform only when given one', () => {
    expect(orasArgv.pull('oras', `r/x@${DIGEST}`, 'linux/amd64', '/out', '/c.json')).toEqual([
      'oras',
      'pull',
      '--platform',
      'linux/amd64',
      '--output',
      '/out',
      '--registry-config',
      '/c.json',
      '--',
      `r/x@${DIGEST}`,
    ]);
    expect(orasArgv.pull('oras', `r/x@${DIGEST}`, undefined, '/out', '/c.json')).not.toContain('--platform');
    expect(orasArgv.descriptor('oras', 'r/x:1', '/c.json')).toEqual([
      'oras',
      'manifest',
      'fetch',
      '--descriptor',
      '--registry-config',
      '/c.json',
      '--',
      'r/x:1',
    ]);
  });
});
