/**
 * What the error boundary's "Try again" resets besides the error: state a feature keeps outside
 * the answers (values typed but not yet valid, the import's last check) that may be what crashed.
 * Features register a reset when they load; retrying runs each with the view on screen, so the
 * same poisoned state is never rendered twice. The answers themselves are validated on every way
 * in and are kept. Its own tiny module: the error boundary is on the first screen.
 */
type Reset = (view: string) => void;

const resets = new Set<Reset>();

/** Registers `reset` (for the page's life, or until the returned function is called). */
export const onCrashRecovery = (reset: Reset): (() => void) => {
  resets.add(reset);
  return () => {
    resets.delete(reset);
  };
};

/** Runs every registered reset for `view`; one that throws does not stop the others. */
export const recoverFromCrash = (view: string): void => {
  for (const reset of resets) {
    try {
      reset(view);
    } catch {
      // The retry goes on: the boundary shows the error again if it persists.
    }
  }
};
