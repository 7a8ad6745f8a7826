/** Runs in every test file: whatever temporary folders it made are removed when it ends. */
import { afterAll } from 'vitest';
import { removeScratch } from './scratch.js';

afterAll(removeScratch);
