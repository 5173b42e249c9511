/**
 * A real pseudo-terminal for the CLI's live view, through python3's `pty` module (present wherever
 * python3 is; no native npm build), and a small VT screen that replays what the terminal shows.
 */
import { spawnSync } from 'node:child_process';

const PTY_PY = `
import fcntl, os, pty, struct, sys, termios
rows, cols = int(sys.argv[1]), int(sys.argv[2])
argv = sys.argv[3:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(argv[0], argv)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
os.kill(pid, 28)  # SIGWINCH: the child may have read the size before it was set
out = bytearray()
while True:
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(bytes(out))
sys.exit(os.waitstatus_to_exitcode(status) & 0xff)
`;

export interface PtyResult {
  /** Everything the terminal received (stdout and stderr share it, as on a real terminal). */
  raw: string;
  code: number | null;
}

/** Runs argv in a pseudo-terminal of rows x cols and returns what it wrote. */
export function runInPty(
  argv: string[],
  opts: { rows: number; cols: number; cwd: string; env?: Record<string, string | undefined> },
): PtyResult {
  const r = spawnSync('python3', ['-c', PTY_PY, String(opts.rows), String(opts.cols), ...argv], {
    cwd: opts.cwd,
    env: { ...process.env, TERM: 'xterm-256color', ...opts.env },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { raw: r.stdout, code: r.status };
}

/**
 * Replays terminal output onto a screen `cols` wide with unlimited scrollback. Stricter than
 * xterm: a character written into the last column wraps at once (xterm defers the wrap until the
 * next character; some terminals do not), so a line must stay at most cols - 1 wide.
 * `onRedraw` sees the screen each time the cursor returns to column 0 (every redraw starts so).
 */
export function replayScreen(raw: string, cols: number, onRedraw?: (rows: string[]) => void): string[] {
  const rows: string[][] = [[]];
  let row = 0;
  let col = 0;
  const put = (ch: string) => {
    rows[row]![col] = ch;
    col++;
    if (col >= cols) {
      row++;
      col = 0;
      rows[row] ??= [];
    }
  };
  const text = () =>
    rows.map((r) =>
      Array.from(r, (c) => c ?? ' ')
        .join('')
        .trimEnd(),
    );
  const chars = [...raw];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\x1b') {
      // CSI: ESC [ params final
      let j = i + 1;
      if (chars[j] !== '[') continue;
      j++;
      let params = '';
      while (j < chars.length && /[0-9;?]/.test(chars[j]!)) params += chars[j++];
      const final = chars[j];
      i = j;
      if (final === 'K') {
        if (params === '2') rows[row] = [];
        else if (params === '' || params === '0') rows[row]!.length = Math.min(rows[row]!.length, col);
      } else if (final === 'A') {
        row = Math.max(0, row - Number(params || 1));
      } else if (final === 'G') {
        col = Math.max(0, Number(params || 1) - 1);
      }
      continue;
    }
    if (ch === '\r') {
      onRedraw?.(text());
      col = 0;
    } else if (ch === '\n') {
      row++;
      rows[row] ??= [];
    } else if (ch === '\b') {
      col = Math.max(0, col - 1);
    } else if (ch >= ' ') {
      put(ch);
    }
  }
  return text();
}
