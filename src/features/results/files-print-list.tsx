/** The generated files as the printed report lists them: each path and what it is for. */
import type { JSX } from 'react';

import type { GeneratedFile } from '@/domain/emitters/types';

export function FilesPrintList(props: { files: readonly GeneratedFile[] }): JSX.Element {
  return (
    <ul className="print-only files-list">
      {props.files.map((file) => (
        <li key={file.path}>
          <code>{file.path}</code>: {file.description}
        </li>
      ))}
    </ul>
  );
}
