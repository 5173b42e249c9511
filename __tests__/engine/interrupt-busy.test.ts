/**
 * Ctrl-C while no step waits on I/O (a fake provider answering at once, as cache hits and a replay
 * without latency do): the abort, delivered by the event loop as a signal handler is, is seen and
 * the run ends cancelled instead of running every step to job.succeeded.
 */
import { FakeProvider } from '../helpers/fake-provider.js';
import { engineWorkspacePerTest, fakeSpec } from '../helpers/engine-job.js';

describe('an abort during steps that never wait on I/O', () => {
  const { ws, run } = engineWorkspacePerTest();

  function many(n: number, fanOut: boolean): string {
    if (fanOut)
      return fakeSpec(
        `  s:\n    for_each: '${JSON.stringify(Array.from({ length: n }, (_, i) => `i${i}`))}'\n    prompt: "{{ item }}"\n`,
      );
    let steps = '';
    for (let i = 0; i < n; i++) steps += `  s${i}: { prompt: "p${i}" }\n`;
    return fakeSpec(steps);
  }

  for (const fanOut of [false, true]) {
    it(`is seen within a few steps (${fanOut ? '3,000 instances of one step' : '3,000 steps'}): job.cancelled`, async () => {
      const fake = new FakeProvider('fake', {}, () => 'ok');
      const controller = new AbortController();
      let armed = false;
      const res = await run(many(3000, fanOut), fake, {
        signal: controller.signal,
        concurrency: 4,
        onEvent: (e) => {
          if (e.type !== 'step.started' || armed) return;
          armed = true;
          // Like a signal handler: it runs when the event loop gets a turn, not inside the current chain.
          setImmediate(() => controller.abort('SIGINT'));
        },
      });
      expect(res.status).toBe('cancelled');
      expect(ws.events(res.jobId).some((e) => e.type === 'job.cancelled')).toBe(true);
      expect(fake.calls.length).toBeLessThan(2000);
    });
  }
});
