import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './safe-redirect';

describe('safeCallbackPath', () => {
  it('keeps same-site paths', () => {
    expect(safeCallbackPath('/sessions?page=2')).toBe('/sessions?page=2');
  });
  it('refuses other sites and odd values', () => {
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 42, undefined, '']) {
      expect(safeCallbackPath(bad)).toBe('/problems');
    }
  });
});
