/** Runs before Decap's bundle: Decap waits for `CMS.init` (in `main.ts`) instead of starting by itself. */
(window as unknown as { CMS_MANUAL_INIT: boolean }).CMS_MANUAL_INIT = true;
