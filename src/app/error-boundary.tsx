/**
 * Catches a rendering error anywhere below it and shows what went wrong, the answers (as a share
 * link and as JSON, ready to copy) and ways to try again or start over. The answers live in the
 * store, the URL and the draft, none of which a rendering error touches, so no answer is lost.
 * "Try again" first resets state kept outside the answers that may have caused the crash
 * (crash-recovery.ts), so it never renders the same poisoned state again.
 *
 * NOTE: React offers error boundaries only as class components; this is the one class in the app.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

import { Button } from '@/components/ui/button';
import { buildShareUrl } from '@/domain/url-codec/encode';
import { recoverFromCrash } from '@/store/crash-recovery';
import { wizardStore } from '@/store/wizard-store';

type Props = { readonly children: ReactNode };
type State = { readonly error: Error | null };

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Isolation Advisor crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <CrashReport
        error={error}
        onRetry={() => {
          // Forget what may have crashed (values not yet valid, an import's check), keep the answers.
          recoverFromCrash(wizardStore.getState().view);
          this.setState({ error: null });
        }}
      />
    );
  }
}

const copy = (text: string): void => {
  void navigator.clipboard.writeText(text).catch(() => undefined);
};

const CrashReport = ({ error, onRetry }: { error: Error; onRetry: () => void }) => {
  const { answers } = wizardStore.getState();
  const link = buildShareUrl(`${window.location.origin}${window.location.pathname}`, answers);
  const json = JSON.stringify(answers, null, 2);
  return (
    <section className="crash" role="alert" aria-labelledby="crash-title">
      <h2 id="crash-title">Something went wrong</h2>
      <p>
        The app hit an error: <code>{error.message}</code>. Your answers are safe: they are below,
        in the address bar and in this browser’s saved draft.
      </p>
      <div className="crash-copy">
        <label htmlFor="crash-link">Your answers as a share link</label>
        <textarea id="crash-link" readOnly rows={2} value={link} />
        <Button
          onClick={() => {
            copy(link);
          }}
        >
          Copy link
        </Button>
      </div>
      <div className="crash-copy">
        <label htmlFor="crash-json">Your answers as JSON</label>
        <textarea id="crash-json" readOnly rows={8} value={json} />
        <Button
          onClick={() => {
            copy(json);
          }}
        >
          Copy JSON
        </Button>
      </div>
      <div className="crash-actions">
        <Button variant="primary" onClick={onRetry}>
          Try again
        </Button>
        <Button
          onClick={() => {
            wizardStore.getState().goTo('platform');
            onRetry();
          }}
        >
          Back to the first step
        </Button>
        <Button
          variant="quiet"
          onClick={() => {
            wizardStore.getState().startOver();
            onRetry();
          }}
        >
          Start over with empty answers
        </Button>
      </div>
    </section>
  );
};
