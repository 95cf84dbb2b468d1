// Logging and errors as Trident's own (microsoft/trident):
// - crates/trident/src/main.rs setup_logging: "Attempt to use the systemd journal
//   if stderr is directly connected to it, and otherwise fall back to
//   env_logger" (env_logger without timestamps, default verbosity DEBUG,
//   crates/trident/src/cli/mod.rs). "Connected" is systemd's JOURNAL_STREAM
//   (device:inode) naming standard error (the systemd-journal-logger crate).
//   Journal records are written here as stream lines with a syslog priority
//   prefix ("<3>..."), which journald's stdout streams parse; the live OS's
//   systemd stand-in keeps them in its journal.
// - crates/trident_api/src/error.rs `impl Debug for TridentError`: a header
//   per error kind, then "Context:" and the numbered chain.
'use strict';

const fs = require('node:fs');

const PRIORITY = { error: 3, warn: 4, info: 6, debug: 7, trace: 7 };

function connectedToJournal() {
  const stream = process.env.JOURNAL_STREAM;
  if (!stream) return false;
  const [dev, ino] = stream.split(':');
  try {
    const st = fs.fstatSync(2, { bigint: true });
    return String(st.dev) === dev && String(st.ino) === ino;
  } catch {
    return false;
  }
}

const journal = connectedToJournal();

/** target is the Rust module path env_logger prints, e.g. trident::engine::clean_install. */
function log(level, target, message) {
  const text = String(message);
  if (journal) {
    for (const line of text.split('\n')) process.stderr.write(`<${PRIORITY[level]}>${line}\n`);
  } else {
    process.stderr.write(`[${level.toUpperCase().padEnd(5)} ${target}] ${text}\n`);
  }
}

const HEADERS = {
  ExecutionEnvironmentMisconfiguration: 'Trident failed due to a misconfigured execution environment',
  HealthChecks: 'Trident reported failed health checks',
  Initialization: 'Trident failed to initialize',
  Internal: 'Trident failed due to an internal error',
  InvalidInput: 'Trident failed due to invalid input',
  Servicing: 'Trident failed due to a servicing error',
  UnsupportedConfiguration: 'Trident failed due to an unsupported configuration',
};

/** A TridentError: kind, then the context chain (outermost first). */
class TridentError extends Error {
  constructor(kind, ...chain) {
    super(chain[0] || kind);
    this.kind = kind;
    this.chain = chain;
  }
  /** Adds an outer context message (TridentResultExt::message). */
  message_(text) {
    this.chain.unshift(text);
    return this;
  }
  debug() {
    const width = String(this.chain.length).length + 4;
    const lines = [HEADERS[this.kind], '', 'Context:'];
    this.chain.forEach((c, i) => {
      const [first, ...rest] = String(c).split('\n');
      lines.push(`${String(i).padStart(width)}: ${first}`);
      for (const r of rest) lines.push(`${' '.repeat(width + 2)}${r}`);
    });
    return lines.join('\n') + '\n';
  }
}

/** TridentExitCodes (crates/trident/src/cli/mod.rs). */
const EXIT = { Success: 0, SetupFailed: 1, Failed: 2, RebootUnsuccessful: 3, AgentConfigLoadFailed: 4 };

module.exports = { log, journal, TridentError, EXIT };
