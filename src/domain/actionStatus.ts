/**
 * Action status rules: open → ongoing → completed; open or ongoing → deferred → ongoing;
 * any → cancelled (with a reason); completed (or cancelled) → ongoing only by reopening.
 */
export const ACTION_STATUSES = ['open', 'ongoing', 'completed', 'deferred', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const ALLOWED: Record<ActionStatus, readonly ActionStatus[]> = {
  open: ['ongoing', 'completed', 'deferred', 'cancelled'],
  ongoing: ['completed', 'deferred', 'cancelled'],
  deferred: ['ongoing', 'cancelled'],
  completed: ['ongoing', 'cancelled'],
  cancelled: ['ongoing'],
};

export function allowedNextStatuses(from: ActionStatus): readonly ActionStatus[] {
  return ALLOWED[from];
}

export function canChangeStatus(from: ActionStatus, to: ActionStatus): boolean {
  return ALLOWED[from].includes(to);
}

/** Moving out of completed or cancelled is a reopening: allowed, and the history is kept. */
export function isReopening(from: ActionStatus, to: ActionStatus): boolean {
  return isClosed(from) && !isClosed(to);
}

export function isClosed(status: ActionStatus): boolean {
  return status === 'completed' || status === 'cancelled';
}

/** Closing (completing or cancelling) and reopening need a note saying why. */
export function needsNote(from: ActionStatus, to: ActionStatus): boolean {
  return isClosed(to) || isReopening(from, to);
}

export function explainTransition(from: ActionStatus, to: ActionStatus): string {
  if (from === to) return `The action is already ${from}.`;
  const allowed = ALLOWED[from];
  return `An action that is ${from} cannot become ${to}; it can become ${allowed.join(', ')}.`;
}
