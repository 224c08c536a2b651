// @vitest-environment jsdom
// The «Маркировка» card against a stubbed owner API: secrets shown only as «задан» / «не задан», a
// typed secret sent and the untouched ones kept (null), and the cabinet's Russian message shown by
// the field it names.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import MarkingSettingsCard from './MarkingSettingsCard.vue';
import type { MarkingSettings } from '../api/marking';

const stored: MarkingSettings = {
  mode: 'tspiot',
  tspiot_url: 'https://127.0.0.1:50063',
  client_id: 'prilavok-7',
  client_token_set: true,
  chz_token_set: false,
  lm_url: '',
  lm_login: '',
  lm_password_set: false,
  strict_groups: [3],
  budget_ms: 1500,
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function stubApi(answerPut: (body: Record<string, unknown>) => Response) {
  const sent: Record<string, unknown>[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init?: RequestInit) => {
      if (init?.method === 'PUT') {
        const body = JSON.parse(String(init.body)) as Record<string, unknown>;
        sent.push(body);
        return answerPut(body);
      }
      return json(200, stored);
    }),
  );
  return sent;
}

async function mounted(canEdit = true) {
  const card = mount(MarkingSettingsCard, {
    props: { pos: 'p1', name: 'Магазин', canEdit },
    attachTo: document.body,
  });
  await flushPromises();
  return card;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('MarkingSettingsCard', () => {
  it('shows whether each secret is set, never its value', async () => {
    stubApi(() => json(200, stored));
    const card = await mounted(false);
    expect(card.get('[data-testid="secret-client_token"]').text()).toBe('задан');
    expect(card.get('[data-testid="secret-chz_token"]').text()).toBe('не задан');
    expect(card.findAll('input[type="password"]')).toHaveLength(0);
    expect(card.text()).toContain('Маркировка: Магазин');
  });

  it('sends a typed secret, keeps the others and shows the saved state', async () => {
    const sent = stubApi(() => json(200, { ...stored, chz_token_set: true, strict_groups: [3] }));
    const card = await mounted();
    await card.get('input[aria-label="Токен для работы с Честным Знаком: новое значение"]').setValue('chz-1');
    await card.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      chz_token: 'chz-1',
      client_token: null,
      lm_password: null,
      budget_ms: 1500,
    });
    expect(card.get('[data-testid="secret-chz_token"]').text()).toBe('задан');
    expect(card.text()).toContain('Сохранено.');
  });

  it('shows the cabinet’s Russian message by the field it names', async () => {
    const message = 'Товарной группы 7 нет в списке групп Честного знака';
    stubApi(() => json(400, { error: { code: 'validation', message, field: 'strict_groups' } }));
    const card = await mounted();
    await card.get('form').trigger('submit');
    await flushPromises();
    const items = card.findAll('.n-form-item');
    const groups = items.find((i) => i.text().includes('строгие товарные группы'));
    expect(groups?.text()).toContain(message);
    expect(card.find('[role="alert"]').exists()).toBe(false);
  });

  it('checks the address before asking the cabinet', async () => {
    const sent = stubApi(() => json(200, stored));
    const card = await mounted();
    await card.get('input[aria-label="Адрес ТС ПИоТ"]').setValue('ftp://host');
    await card.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toHaveLength(0);
    expect(card.text()).toContain('Адрес ТС ПИоТ «ftp://host» — не веб-адрес');
  });
});
