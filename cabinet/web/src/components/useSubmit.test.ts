// The edit dialogs' request state: one request at a time, the server's message kept for the form,
// and the next step taken only after a success.
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { useSubmit } from './useSubmit';

describe('useSubmit', () => {
  it('runs the next step after a success and clears an earlier message', async () => {
    const s = useSubmit();
    s.serverError.value = 'старое';
    const done = vi.fn();
    expect(await s.submit(() => Promise.resolve('ok'), done)).toBe(true);
    expect(done).toHaveBeenCalledOnce();
    expect(s.serverError.value).toBe('');
    expect(s.busy.value).toBe(false);
  });

  it("keeps the dialog open with the server's Russian message", async () => {
    const s = useSubmit();
    const done = vi.fn();
    const refused = new ApiError(400, 'validation', 'ИНН должен состоять из 10 или 12 цифр.');
    expect(await s.submit(() => Promise.reject(refused), done)).toBe(false);
    expect(done).not.toHaveBeenCalled();
    expect(s.serverError.value).toBe('ИНН должен состоять из 10 или 12 цифр.');
    expect(s.busy.value).toBe(false);
  });

  it('names an unexpected failure without its internals', async () => {
    const s = useSubmit();
    expect(await s.submit(() => Promise.reject(new TypeError('fetch failed')))).toBe(false);
    expect(s.serverError.value).toBe('Непредвиденная ошибка.');
  });

  it('sends nothing on a second click while the first request runs', async () => {
    const s = useSubmit();
    let finish: (v: unknown) => void = () => {};
    const action = vi.fn(() => new Promise((resolve) => (finish = resolve)));
    const first = s.submit(action);
    expect(s.busy.value).toBe(true);
    expect(await s.submit(action)).toBe(false);
    expect(action).toHaveBeenCalledOnce();
    finish(undefined);
    expect(await first).toBe(true);
    expect(s.busy.value).toBe(false);
  });
});
