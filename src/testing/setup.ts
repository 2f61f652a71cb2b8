import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// `findBy*` and `waitFor` give up after this, well inside the test timeout (vitest.config.ts), so
// a wait that fails says what it waited for instead of the test timing out.
configure({ asyncUtilTimeout: 10_000 });
