import { CircuitBreaker, type CircuitTransition } from '../../src/resilience/circuit-breaker.js';
import { CircuitOpenError } from '../../src/util/errors.js';

function setup(threshold = 3, cooldownMs = 1000) {
  let t = 0;
  const transitions: CircuitTransition[] = [];
  const b = new CircuitBreaker(
    'p',
    { failureThreshold: threshold, cooldownMs },
    () => t,
    (x) => transitions.push(x),
  );
  return {
    b,
    transitions,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

test('opens after N consecutive failures, not before; a success resets the count', () => {
  const { b, transitions } = setup(3);
  b.acquire();
  b.failure();
  b.acquire();
  b.failure();
  b.acquire();
  b.success();
  b.acquire();
  b.failure();
  b.acquire();
  b.failure();
  expect(b.current).toBe('closed');
  b.acquire();
  b.failure();
  expect(b.current).toBe('open');
  expect(transitions).toEqual([{ state: 'open', failures: 3 }]);
});

test('refuses calls while open, with the time left', () => {
  const { b, advance } = setup(1, 30_000);
  b.acquire();
  b.failure();
  advance(10_000);
  let err: unknown;
  try {
    b.acquire();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(CircuitOpenError);
  expect((err as CircuitOpenError).message).toBe(
    'provider p: circuit open after repeated failures; next probe in 20 s',
  );
});

test('after the cooldown lets exactly one probe through; its success closes the circuit', () => {
  const { b, transitions, advance } = setup(1, 1000);
  b.acquire();
  b.failure();
  advance(1000);
  b.acquire(); // the probe
  expect(b.current).toBe('half_open');
  expect(() => b.acquire()).toThrow(CircuitOpenError); // a second caller waits for the probe
  b.success();
  expect(b.current).toBe('closed');
  b.acquire();
  expect(transitions.map((x) => x.state)).toEqual(['open', 'half_open', 'closed']);
});

test('a failed probe opens it for another cooldown', () => {
  const { b, advance } = setup(2, 1000);
  b.acquire();
  b.failure();
  b.acquire();
  b.failure();
  advance(1500);
  b.acquire();
  b.failure();
  expect(b.current).toBe('open');
  advance(999);
  expect(() => b.acquire()).toThrow(CircuitOpenError);
  advance(1);
  expect(() => b.acquire()).not.toThrow();
});

test('a cancelled probe frees the slot for the next caller', () => {
  const { b, advance } = setup(1, 1000);
  b.acquire();
  b.failure();
  advance(1000);
  b.acquire();
  b.release();
  expect(() => b.acquire()).not.toThrow();
});
