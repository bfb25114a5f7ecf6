/** Removes every temporary folder a test file made with `tempDir`, when the file's tests are done. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers.ts';

afterAll(removeTempDirs);
