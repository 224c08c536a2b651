// Legal entities (юрлица and ИП) of the organisation: the form's rules mirror the server's
// (cabinet/owner/legalcard.cpp) with the same Russian messages, so a person sees at once what is wrong.
import type { components } from './schema';
import { get, request } from './client';

type Schemas = components['schemas'];
export type LegalEntity = Schemas['LegalEntity'];
export type LegalEntityInput = Schemas['LegalEntityInput'];
export type LegalKind = LegalEntityInput['kind'];
export type TaxSystem = LegalEntityInput['tax_system'];

const id = (value: string) => encodeURIComponent(value);

export const listLegalEntities = () => get<LegalEntity[]>('/legal-entities');
export const createLegalEntity = (input: LegalEntityInput) =>
  request<LegalEntity>('POST', '/legal-entities', input);
export const updateLegalEntity = (entity: string, input: LegalEntityInput) =>
  request<LegalEntity>('PUT', `/legal-entities/${id(entity)}`, input);
export const deleteLegalEntity = (entity: string) =>
  request<unknown>('DELETE', `/legal-entities/${id(entity)}`);

export const legalKinds: { value: LegalKind; label: string }[] = [
  { value: 'organization', label: 'Организация (ООО, АО…)' },
  { value: 'individual', label: 'Индивидуальный предприниматель' },
];

export const taxSystems: { value: TaxSystem; label: string; individualOnly?: boolean }[] = [
  { value: 'osn', label: 'ОСН' },
  { value: 'usn_income', label: 'УСН доход' },
  { value: 'usn_income_expense', label: 'УСН доход минус расход' },
  { value: 'eshn', label: 'ЕСХН' },
  { value: 'psn', label: 'ПСН (патент)', individualOnly: true },
];
export const taxSystemName = (code: string | undefined) =>
  taxSystems.find((t) => t.value === code)?.label ?? code ?? '';

/** The FNS control digits: 10 digits for an organisation, 12 for an ИП. */
export function innChecksumOk(inn: string): boolean {
  const digits = [...inn].map(Number);
  const check = (weights: number[]) =>
    (weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0) % 11) % 10;
  if (digits.length === 10) return check([2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[9];
  if (digits.length === 12)
    return (
      check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[10] &&
      check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[11]
    );
  return false;
}

export function innProblem(kind: LegalKind, inn: string): string | undefined {
  if (!inn) return 'Укажите ИНН';
  if (!/^\d+$/.test(inn)) return 'ИНН состоит только из цифр';
  if (kind === 'organization' && inn.length !== 10)
    return `ИНН организации — 10 цифр, а введено ${inn.length}`;
  if (kind === 'individual' && inn.length !== 12)
    return `ИНН индивидуального предпринимателя — 12 цифр, а введено ${inn.length}`;
  if (!innChecksumOk(inn))
    return 'ИНН с ошибкой: не сходятся контрольные цифры. Проверьте, не пропущена ли или не переставлена ли цифра';
  return undefined;
}

export interface LegalForm {
  kind: LegalKind;
  name: string;
  inn: string;
  kpp: string;
  tax_system: TaxSystem | null;
  address: string;
}
type Errors = Partial<Record<keyof LegalForm, string>>;

const length = (text: string) => [...text].length;

export function checkLegalEntity(form: LegalForm): { input: LegalEntityInput | null; errors: Errors } {
  const errors: Errors = {};
  const name = form.name.trim();
  const inn = form.inn.replace(/\s/g, '');
  const kpp = form.kind === 'individual' ? '' : form.kpp.replace(/\s/g, '').toUpperCase();
  const address = form.address.trim();
  if (!name) errors.name = 'Укажите наименование';
  else if (length(name) > 255) errors.name = 'Наименование длиннее 255 символов';
  const innWhy = innProblem(form.kind, inn);
  if (innWhy) errors.inn = innWhy;
  if (kpp && !/^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp))
    errors.kpp = 'КПП — 9 цифр (в 5-й и 6-й позиции допустимы заглавные латинские буквы)';
  if (!form.tax_system) errors.tax_system = 'Выберите систему налогообложения';
  else if (form.tax_system === 'psn' && form.kind !== 'individual')
    errors.tax_system = 'Патентная система (ПСН) — только для индивидуального предпринимателя';
  if (length(address) > 256) errors.address = 'Адрес длиннее 256 символов';
  if (Object.keys(errors).length || !form.tax_system) return { input: null, errors };
  return {
    input: { kind: form.kind, name, inn, kpp, tax_system: form.tax_system, address },
    errors,
  };
}
