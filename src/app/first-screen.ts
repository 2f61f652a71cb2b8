/**
 * Whether the page can hydrate the prerendered first screen (src/app/prerender.tsx) or must render
 * afresh: only a first visit, or a draft or link that opens on step 1 with the default answers and
 * nothing to announce, shows exactly what was rendered at build time.
 */
import { NEW_ANSWERS } from '@/domain/questionnaire/schemas';
import { encodeShareState } from '@/domain/url-codec/encode';
import type { BootState } from '@/store/boot';
import { FIRST_VIEW } from '@/store/fragment';

/** True when `boot` shows the same markup as the build-time render. */
export const matchesFirstScreen = (boot: BootState): boolean =>
  boot.view === FIRST_VIEW &&
  boot.notices.length === 0 &&
  encodeShareState(boot.answers) === encodeShareState(NEW_ANSWERS);
