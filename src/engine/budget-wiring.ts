/**
 * The run's budget, set up once per run. The spec's `budget` with the caller's
 * override (CLI --budget-usd, action budget-usd) field by field; the spend of the run's earlier
 * attempts counts (the budget is the run's, not the attempt's), so a resume goes on only when
 * the budget is now larger than what was spent. The first time a limit is reached, a
 * `budget.exceeded` event says which limit, the spend and the calls in flight.
 */
import { BudgetLedger, type BudgetLimits } from '../budget/ledger.js';
import type { EventSink } from '../events/types.js';
import type { RunState } from '../run/fold.js';
import type { Budget } from '../jobspec/schema.js';

export const BUDGET_EXCEEDED = 'budget_exceeded';

export interface RunBudget {
  ledger: BudgetLedger;
}

export function budgetLimits(spec: Budget | undefined, override: BudgetLimits | undefined): BudgetLimits | undefined {
  const usd = override?.usd ?? spec?.usd;
  const tokens = override?.tokens ?? spec?.tokens;
  if (usd === undefined && tokens === undefined) return undefined;
  return {
    ...(usd !== undefined ? { usd } : {}),
    ...(tokens !== undefined ? { tokens } : {}),
    ...(override?.strict ? { strict: true } : {}),
  };
}

export function openBudget(
  spec: Budget | undefined,
  override: BudgetLimits | undefined,
  prior: RunState | undefined,
  events: EventSink,
): RunBudget | undefined {
  const limits = budgetLimits(spec, override);
  if (!limits) return undefined;
  const before = prior?.totals();
  const spentBefore = {
    usd: before?.cost_usd ?? 0,
    tokens: (before?.input_tokens ?? 0) + (before?.output_tokens ?? 0),
  };
  const ledger = new BudgetLedger(limits, spentBefore, (limit, status) => {
    events.emit({
      type: 'budget.exceeded',
      level: 'error',
      data: {
        limit,
        budget_usd: status.limits.usd,
        budget_tokens: status.limits.tokens,
        spent_usd: round(status.spent.usd),
        spent_tokens: status.spent.tokens,
        in_flight_usd: round(status.inFlight.usd),
        in_flight_tokens: Math.round(status.inFlight.tokens),
      },
    });
  });
  return { ledger };
}

function round(usd: number): number {
  return Math.round(usd * 1e8) / 1e8;
}
