/**
 * Jest setup: hide the workflow commands that @actions/cache and @actions/artifact write to stdout
 * while the action's tests run them against the loopback emulator: `::debug::` lines, which a real
 * runner hides unless step debug logging (ACTIONS_STEP_DEBUG / RUNNER_DEBUG) is on (so that switch
 * is honoured here: RUNNER_DEBUG=1 npm test shows them), and `::add-mask::` lines (the signed
 * URLs' signatures they mask), which a runner consumes and never shows. Tests that check masking
 * capture the action's own commands (FakeCore, a child process's stdout). Every other line passes
 * through untouched.
 */
'use strict';
const debug = process.env.RUNNER_DEBUG === '1' || process.env.ACTIONS_STEP_DEBUG === 'true';
const hidden = (line) => line.startsWith('::add-mask::') || (!debug && line.startsWith('::debug::'));
{
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = function (chunk, ...rest) {
    if (typeof chunk === 'string' && /^::/m.test(chunk)) {
      const kept = chunk
        .split(/(?<=\n)/)
        .filter((line) => !hidden(line))
        .join('');
      if (kept === '') {
        const cb = rest.find((r) => typeof r === 'function');
        if (cb) process.nextTick(cb);
        return true;
      }
      return write(kept, ...rest);
    }
    return write(chunk, ...rest);
  };
}
