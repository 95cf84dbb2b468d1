// Reads a VM's serial console as it arrives: bytes in, clean lines out, and
// the first line each watched pattern matches. Pure: the caller feeds it
// what it reads from the serial log.
//
// What the console holds that a plain line split gets wrong: ANSI escape
// sequences (colours, cursor moves from systemd, GRUB and the firmware), CR
// as well as LF line ends, and prompts that end without a newline
// ("<hostname> login: " waits on the same line), so the line still being
// written is matched too. A sequence or a UTF-8 character split between two
// reads is put together first.

/** A pattern that fired: its name and the clean line it matched. */
export interface Match {
  name: string;
  line: string;
}

export interface WatchedPattern {
  name: string;
  regex: RegExp;
}

/** Longest line kept; a console that never ends a line (a progress bar) cannot grow memory without bound. */
const MAX_LINE = 4096;

type EscapeState = 'text' | 'esc' | 'csi' | 'osc' | 'osc-esc' | 'charset';

export class SerialWatcher {
  private readonly decoder = new TextDecoder('utf-8');
  private state: EscapeState = 'text';
  private line = '';
  /** Patterns that already matched the line being written (it is matched again as it grows). */
  private matchedHere = new Set<string>();
  private readonly lines: string[] = [];
  private patterns: WatchedPattern[];

  constructor(
    patterns: readonly WatchedPattern[] = [],
    /** How many complete lines tail() can return. */
    private readonly keep = 200,
  ) {
    this.patterns = [...patterns];
  }

  /** Watches other patterns from now on (the next phase). */
  watch(patterns: readonly WatchedPattern[]): void {
    this.patterns = [...patterns];
    this.matchedHere = new Set();
  }

  /**
   * Feeds bytes from the console; returns the complete lines they finished
   * and the patterns that matched, in console order.
   */
  push(chunk: Uint8Array): { lines: string[]; matches: Match[] } {
    return this.text(this.decoder.decode(chunk, { stream: true }));
  }

  /** The end of the console: the line being written counts as complete. */
  end(): { lines: string[]; matches: Match[] } {
    const out = this.text(this.decoder.decode());
    if (this.line.trim() !== '') {
      const last = this.line;
      out.matches.push(...this.match(last));
      out.lines.push(this.finish());
    }
    return out;
  }

  /** The last n complete lines (and the one being written, if any), for error messages. */
  tail(n: number): string[] {
    const all = this.line.trim() === '' ? this.lines : [...this.lines, this.line];
    return all.slice(-n);
  }

  private text(text: string): { lines: string[]; matches: Match[] } {
    const lines: string[] = [];
    const matches: Match[] = [];
    let grew = false;
    for (const ch of text) {
      switch (this.state) {
        case 'esc':
          // ESC [ starts a CSI sequence, ESC ] an OSC string, ESC ( ) * + a charset designation; any other byte ends a two-byte sequence.
          this.state = ch === '[' ? 'csi' : ch === ']' ? 'osc' : '()*+'.includes(ch) ? 'charset' : 'text';
          continue;
        case 'csi':
          // Parameters and intermediates are 0x20-0x3f; a final byte 0x40-0x7e ends the sequence.
          if (ch >= '@' && ch <= '~') this.state = 'text';
          continue;
        case 'osc':
          if (ch === '\u0007') this.state = 'text';
          else if (ch === '\u001b') this.state = 'osc-esc';
          continue;
        case 'osc-esc':
          this.state = ch === '\\' ? 'text' : 'osc';
          continue;
        case 'charset':
          this.state = 'text';
          continue;
        case 'text':
          break;
      }
      if (ch === '\u001b') {
        this.state = 'esc';
      } else if (ch === '\n' || ch === '\r') {
        if (this.line.trim() !== '') {
          matches.push(...this.match(this.line));
          lines.push(this.finish());
        } else {
          this.line = '';
        }
        grew = false;
      } else if (ch === '\t' || ch >= ' ') {
        if (ch === '\u007f') continue;
        if (this.line.length < MAX_LINE) this.line += ch;
        grew = true;
      }
      // Other control characters (bell, backspace, NUL from a firmware) are dropped.
    }
    // A prompt waits without a newline: match the line being written too.
    if (grew && this.line.trim() !== '') matches.push(...this.match(this.line));
    return { lines, matches };
  }

  private match(line: string): Match[] {
    const found: Match[] = [];
    for (const p of this.patterns) {
      if (this.matchedHere.has(p.name)) continue;
      if (p.regex.test(line)) {
        this.matchedHere.add(p.name);
        found.push({ name: p.name, line: line.trim() });
      }
    }
    return found;
  }

  private finish(): string {
    const done = this.line.trimEnd();
    this.lines.push(done);
    if (this.lines.length > this.keep) this.lines.shift();
    this.line = '';
    this.matchedHere = new Set();
    return done;
  }
}
