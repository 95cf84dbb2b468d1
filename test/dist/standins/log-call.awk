# The call log line standin.cjs appends to $STANDIN_LOG ({tool, argv, cwd,
# stdin, pid, envNames}, and env with STANDIN_RECORD_ENV=1), for the calls the
# toolchain stand-ins answer from sh (toolchain/rustc, toolchain/whereis).
# Usage: awk -f log-call.awk TOOL PID CWD [ARG...]; nothing without $STANDIN_LOG.
function json(s,    out, i, c) {
  out = ""
  for (i = 1; i <= length(s); i++) {
    c = substr(s, i, 1)
    if (c == "\\" || c == "\"") out = out "\\" c
    else if (c in CONTROL) out = out CONTROL[c]
    else out = out c
  }
  return "\"" out "\""
}
BEGIN {
  if (ENVIRON["STANDIN_LOG"] == "") exit 0
  for (i = 1; i < 32; i++) CONTROL[sprintf("%c", i)] = sprintf("\\u%04x", i)
  line = "{\"tool\":" json(ARGV[1]) ",\"argv\":["
  for (i = 4; i < ARGC; i++) line = line (i > 4 ? "," : "") json(ARGV[i])
  line = line "],\"cwd\":" json(ARGV[3]) ",\"stdin\":\"\",\"pid\":" (ARGV[2] + 0) ",\"envNames\":["
  n = 0
  for (name in ENVIRON) line = line (n++ ? "," : "") json(name)
  line = line "]"
  if (ENVIRON["STANDIN_RECORD_ENV"] == "1") {
    line = line ",\"env\":{"
    n = 0
    for (name in ENVIRON) line = line (n++ ? "," : "") json(name) ":" json(ENVIRON[name])
    line = line "}"
  }
  print line "}" >> ENVIRON["STANDIN_LOG"]
  exit 0
}
