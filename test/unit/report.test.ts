import { describe, expect, it } from 'vitest';
import { failureMarkdown, gantt, humanSize, summaryMarkdown } from '../../src/run/report.js';
import { artifactUrl, uploadUnavailable } from '../../src/tools/upload.js';

const records = [
  { name: 'Check inputs', start: 1000, end: 1200, outcome: 'ok' as const },
  { name: 'Trident RPMs', start: 1200, end: 4200, outcome: 'ok' as const },
  { name: 'Base image', start: 1200, end: 3200, outcome: 'failed' as const },
];

describe('summaryMarkdown', () => {
  it('has the table users look for and the gantt chart', () => {
    const md = summaryMarkdown(
      {
        isoName: 'installer.iso',
        size: 1536,
        sha256: 'ab'.repeat(32),
        baseImage: 'mcr.microsoft.com/azurelinux/3.0/image/minimal-os:latest',
        baseImageDigest: `sha256:${'cd'.repeat(32)}`,
        imageCustomizerImage: 'mcr.microsoft.com/azurelinux/imagecustomizer:0.18.0',
        imageCustomizerVersion: '0.18.0',
        tridentVersion: '0.27.0-1.azl3',
        artifactUrl: 'https://github.com/o/r/actions/runs/1/artifacts/9',
        artifactName: 'installer.iso',
      },
      records,
    );
    expect(md).toContain('## Trident installer ISO');
    expect(md).toContain('| Size | 1.5 KiB (1536 bytes) |');
    expect(md).toContain(`| SHA-256 | \`${'ab'.repeat(32)}\` |`);
    expect(md).toContain('| Trident version | `0.27.0-1.azl3` |');
    expect(md).toContain('| Artifact | [installer.iso](https://github.com/o/r/actions/runs/1/artifacts/9) |');
    expect(md).toContain('```mermaid');
  });
});

describe('gantt', () => {
  it('draws each stage from the first start, failed ones marked crit', () => {
    expect(gantt(records).split('\n')).toEqual([
      '```mermaid',
      'gantt',
      '  title Stages (seconds)',
      '  dateFormat x',
      '  axisFormat %M:%S',
      '  Check inputs (0.2 s) :s0, 0, 200',
      '  Trident RPMs (3.0 s) :s1, 200, 3200',
      '  Base image (2.0 s) :crit, s2, 200, 2200',
      '```',
    ]);
  });
});

describe('humanSize', () => {
  it('prints bytes and binary units', () => {
    expect(humanSize(12)).toBe('12 B');
    expect(humanSize(1073741824)).toBe('1.0 GiB (1073741824 bytes)');
  });
});

describe('upload preconditions', () => {
  it('skips upload outside a workflow job', () => {
    expect(uploadUnavailable({})).toMatch(/ACTIONS_RUNTIME_TOKEN/);
    expect(uploadUnavailable({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://r/' })).toBeUndefined();
  });

  it('links the artifact in the run', () => {
    expect(artifactUrl({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7' }, '9')).toBe(
      'https://github.com/o/r/actions/runs/7/artifacts/9',
    );
  });
});

describe('failureMarkdown', () => {
  const records = [{ name: 'Image Customizer', start: 0, end: 1000, outcome: 'failed' as const }];

  it('says the stage once: a message that names it goes under a heading that does not', () => {
    const md = failureMarkdown(records, {
      message: 'Image Customizer failed (exit code 1). The last lines of its log:\nERRO[0003] no space',
      tail: [],
    });
    expect(md).toContain('In the stage **Image Customizer**:');
    expect(md.match(/Image Customizer failed/g)).toHaveLength(1);
  });

  it('shows the tail lines the error does not already quote, in a fence no backticks in them can close', () => {
    const md = failureMarkdown(records, { message: 'Image Customizer failed: boom', tail: ['a ``` line', '', 'boom'] });
    expect(md).toContain('The stage **Image Customizer** failed:');
    expect(md).toContain('````text\na ``` line\n````');
    expect(md).toContain('<summary>The last line of its log</summary>');
  });
});
