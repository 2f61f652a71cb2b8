/**
 * The one zod import of the app: `zod/mini` (the same zod 4 core as classic `zod`, with a
 * functional API that tree-shakes, so the first screen stays small), with classic zod's English
 * error messages. Classic `zod` sets that locale on import; `zod/mini` leaves a bare "Invalid
 * input", so this module sets it once. Import `z` from here, never from 'zod' directly.
 */
import { z } from 'zod/mini';

z.config(z.locales.en());

export { z };
