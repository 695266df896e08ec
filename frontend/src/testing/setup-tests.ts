import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import '@/shared/i18n/i18n';
import '@/app/messages';
import { server } from './server';

// Ant Design's validation messages take a while to appear when both cores are busy.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks the layout APIs Ant Design's responsive components ask for.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// MSW's "error" strategy fails the request, which a page may well survive; a request that no
// handler answered fails the test as well.
const unanswered: string[] = [];
beforeAll(() =>
  server.listen({
    onUnhandledRequest: (request, print) => {
      unanswered.push(`${request.method} ${request.url}`);
      print.error();
    },
  }),
);

afterEach(() => {
  cleanup();
  server.resetHandlers();
  vi.restoreAllMocks();
  expect(unanswered.splice(0), 'requests that no handler answered').toEqual([]);
});

afterAll(() => server.close());
