import { defineConfig } from 'vitest/config';

// Jest-style globals (`test`, `expect`, `beforeAll`, ...), as the README's recipe uses them.
export default defineConfig({ test: { globals: true } });
