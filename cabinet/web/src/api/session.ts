// Who is signed in: the /me answer kept for the pages, refreshed on a reload.
import { ref } from 'vue';
import { ApiError, post, request, setCsrfToken } from './client';
import type { Me } from './types';

export const me = ref<Me | null>(null);

function remember(answer: Me): Me {
  me.value = answer;
  setCsrfToken(answer.csrf_token ?? '');
  return answer;
}

/** The current user, or null when nobody is signed in. */
export async function loadMe(): Promise<Me | null> {
  if (me.value) return me.value;
  try {
    return remember(await request<Me>('GET', '/me', undefined, true));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function login(email: string, password: string): Promise<Me> {
  return remember(await post<Me>('/auth/login', { email, password }));
}

export async function logout(): Promise<void> {
  try {
    await post<unknown>('/auth/logout');
  } finally {
    forget();
  }
}

export function forget(): void {
  me.value = null;
  setCsrfToken('');
}

export type Role = 'owner' | 'admin' | 'manager' | 'accountant';

export function roleName(role: string | undefined): string {
  const names: Record<Role, string> = {
    owner: 'Владелец',
    admin: 'Администратор',
    manager: 'Менеджер',
    accountant: 'Бухгалтер',
  };
  return names[role as Role] ?? role ?? '';
}
