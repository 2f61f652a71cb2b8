// @vitest-environment jsdom
/**
 * lazyExport (the results view and the arrival notices load through it): a component gets the
 * export once fetched, at once when it was fetched before rendering, never fetches what it does
 * not need, and a failed fetch reaches the error boundary instead of leaving the page empty.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { lazyExport } from './lazy-export';

afterEach(cleanup);

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  override render() {
    return this.state.error === null ? this.props.children : <p role="alert">{this.state.error}</p>;
  }
}

const word = (text: string) => () => Promise.resolve(text);

const Shown = ({
  lazy,
  needed,
}: {
  lazy: ReturnType<typeof lazyExport<string>>;
  needed?: boolean;
}) => <p>{lazy.useLoaded(needed) ?? 'loading'}</p>;

describe('lazyExport', () => {
  it('fetches the export when needed and shows it once there', async () => {
    render(<Shown lazy={lazyExport(word('ready'))} />);
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findByText('ready')).toBeInTheDocument();
  });

  it('gives the export with the first render once load() has fetched it', async () => {
    const lazy = lazyExport(word('ready'));
    await lazy.load();
    render(<Shown lazy={lazy} />);
    expect(screen.getByText('ready')).toBeInTheDocument();
  });

  it('fetches nothing while not needed', async () => {
    const fetchExport = vi.fn(word('ready'));
    render(<Shown lazy={lazyExport(fetchExport)} needed={false} />);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fetchExport).not.toHaveBeenCalled();
    expect(screen.getByText('loading')).toBeInTheDocument();
  });

  it('hands a failed fetch to the error boundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const lazy = lazyExport(() => Promise.reject(new Error('chunk refused')));
    render(
      <Boundary>
        <Shown lazy={lazy} />
      </Boundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('chunk refused');
    vi.restoreAllMocks();
  });
});
