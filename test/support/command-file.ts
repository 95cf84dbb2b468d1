// The runner's command files (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV), as @actions/core writes them.

/** Parses a GITHUB_OUTPUT/GITHUB_STATE/GITHUB_ENV file: `name<<DELIM\nvalue\nDELIM` or `name=value`. */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++] ?? '');
      if (i >= lines.length) throw new Error(`command file: no closing delimiter for ${name}`);
      result[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 0) throw new Error(`command file: malformed line: ${line}`);
      result[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return result;
}
