// Loading, error and data of one request, with stale answers dropped when a newer request started
// (a filter changed while the old page was still loading).
import { ref, type Ref } from 'vue';
import { ApiError } from '../api/client';

export interface Loader<T> {
  data: Ref<T | null>;
  loading: Ref<boolean>;
  error: Ref<string>;
  run: () => Promise<void>;
}

export function useLoader<T>(fetcher: () => Promise<T>): Loader<T> {
  const data = ref<T | null>(null) as Ref<T | null>;
  const loading = ref(false);
  const error = ref('');
  let generation = 0;

  async function run(): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    error.value = '';
    try {
      const answer = await fetcher();
      if (mine === generation) data.value = answer;
    } catch (e) {
      if (mine === generation)
        error.value = e instanceof ApiError ? e.message : 'Непредвиденная ошибка страницы.';
    } finally {
      if (mine === generation) loading.value = false;
    }
  }
  return { data, loading, error, run };
}
