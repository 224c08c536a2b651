// What every edit dialog of the cabinet does with its request: busy while it runs (a second click
// sends nothing), the server's Russian message when it fails, and the caller's next step (close the
// dialog, reload the list) only when it succeeded.
import { ref, type Ref } from 'vue';
import { ApiError } from '../api/client';

export interface Submitter {
  busy: Ref<boolean>;
  serverError: Ref<string>;
  // Runs `action` unless one already runs; `done` after it succeeded. True when it succeeded.
  submit: (action: () => Promise<unknown>, done?: () => void) => Promise<boolean>;
}

export function failureText(e: unknown): string {
  return e instanceof ApiError ? e.message : 'Непредвиденная ошибка.';
}

export function useSubmit(): Submitter {
  const busy = ref(false);
  const serverError = ref('');

  async function submit(action: () => Promise<unknown>, done?: () => void): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    serverError.value = '';
    try {
      await action();
      done?.();
      return true;
    } catch (e) {
      serverError.value = failureText(e);
      return false;
    } finally {
      busy.value = false;
    }
  }
  return { busy, serverError, submit };
}
