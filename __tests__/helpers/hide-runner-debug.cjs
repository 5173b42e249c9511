/**
 * Jest setup: hide `::debug::` workflow commands that @actions/cache and @actions/artifact write
 * to stdout while the action's tests run them against the loopback emulator. A real runner hides
 * them too unless step debug logging (ACTIONS_STEP_DEBUG / RUNNER_DEBUG) is on, so that switch is
 * honoured here: RUNNER_DEBUG=1 npm test shows them. Every other line passes through untouched.
 */
'use strict';
if (process.env.RUNNER_DEBUG !== '1' && process.env.ACTIONS_STEP_DEBUG !== 'true') {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = function (chunk, ...rest) {
    if (typeof chunk === 'string' && chunk.startsWith('::debug::')) {
      const kept = chunk
        .split(/(?<=\n)/)
        .filter((line) => !line.startsWith('::debug::'))
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
