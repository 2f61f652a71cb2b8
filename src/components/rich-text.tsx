/**
 * Small text helpers for plain-text messages from the domain: backticked parts as <code>, and
 * paths that may break after each "/" (never inside a name) when they wrap.
 */
import { Fragment, type ReactNode } from 'react';

/** `text` with its backticked parts (keys, values, file names) as <code>; unpaired ones stay. */
export function withCode(text: string): ReactNode[] {
  const parts = text.split('`');
  // An odd count of backticks leaves a last, unclosed part: keep its backtick as text.
  const closed =
    parts.length % 2 === 1 ? parts : [...parts.slice(0, -2), parts.slice(-2).join('`')];
  return closed.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

/** `path` with a line-break opportunity (<wbr>) after every "/"; its text content is unchanged. */
export function breakablePath(path: string): ReactNode[] {
  return path.split('/').map((segment, i, all) => (
    <Fragment key={i}>
      {segment}
      {i < all.length - 1 ? (
        <>
          /<wbr />
        </>
      ) : null}
    </Fragment>
  ));
}
