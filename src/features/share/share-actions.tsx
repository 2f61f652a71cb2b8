/**
 * "Copy share link" and "Edit answers". Copying uses the Clipboard API; where it is missing or
 * refused (locked-down browsers, plain http) the link appears in a read-only field, selected,
 * ready for Ctrl+C. The outcome is announced politely.
 */
import { useId, useLayoutEffect, useRef, useState, type JSX } from 'react';

import './share-actions.css';

export function ShareActions(props: {
  shareUrl: string;
  onEdit: () => void;
  /** Called when "Edit answers" is hovered or focused: a chance to fetch what it opens. */
  onEditIntent?: (() => void) | undefined;
}): JSX.Element {
  // The message remembers which link it was about: a new link (answers changed) hides it.
  const [message, setMessage] = useState({ text: '', forUrl: '' });
  const status = message.forUrl === props.shareUrl ? message.text : '';
  const [showField, setShowField] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);
  const fieldId = useId();

  // In the commit that shows the field (a passive effect ran later, after the field was already on
  // the page without focus: seen as a flaky test on a loaded 2-core machine).
  useLayoutEffect(() => {
    if (showField) {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
  }, [showField]);

  const handleCopy = async (): Promise<void> => {
    try {
      if (typeof navigator.clipboard === 'undefined') throw new Error('no clipboard');
      await navigator.clipboard.writeText(props.shareUrl);
      setMessage({ text: 'Link copied', forUrl: props.shareUrl });
    } catch {
      setShowField(true);
      fieldRef.current?.select();
      setMessage({
        text: 'Copying is blocked here: the link is selected below, press Ctrl+C (⌘C) to copy it.',
        forUrl: props.shareUrl,
      });
    }
  };

  return (
    <div className="share-actions">
      <div className="share-actions__buttons">
        <button type="button" className="button button--primary" onClick={() => void handleCopy()}>
          Copy share link
        </button>
        <button
          type="button"
          className="button"
          onClick={props.onEdit}
          onPointerEnter={props.onEditIntent}
          onFocus={props.onEditIntent}
        >
          Edit answers
        </button>
      </div>
      <p className="share-actions__status" role="status">
        {status}
      </p>
      {showField ? (
        <div className="share-actions__field">
          <label htmlFor={fieldId}>Share link</label>
          <input
            ref={fieldRef}
            id={fieldId}
            type="text"
            readOnly
            value={props.shareUrl}
            onFocus={(e) => {
              e.currentTarget.select();
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
