import { describe, expect, it } from 'vitest';
import { checkLegalEntity, innChecksumOk, innProblem, type LegalForm } from './legal';

const form = (patch: Partial<LegalForm>): LegalForm => ({
  kind: 'organization',
  name: 'ООО «Ромашка»',
  inn: '7707083893',
  kpp: '',
  tax_system: 'osn',
  address: '',
  ...patch,
});

describe('INN', () => {
  it('checks the FNS control digits of 10 and 12 digits', () => {
    expect(innChecksumOk('7707083893')).toBe(true);
    expect(innChecksumOk('7707083894')).toBe(false);
    expect(innChecksumOk('500102001208')).toBe(true);
    expect(innChecksumOk('500102001209')).toBe(false);
  });
  it('says what is wrong as the server does', () => {
    expect(innProblem('organization', '770708389')).toBe('ИНН организации — 10 цифр, а введено 9');
    expect(innProblem('individual', '7707083893')).toBe(
      'ИНН индивидуального предпринимателя — 12 цифр, а введено 10',
    );
    expect(innProblem('organization', '77070838A3')).toBe('ИНН состоит только из цифр');
    expect(innProblem('organization', '7707083894')).toMatch(/^ИНН с ошибкой/);
    expect(innProblem('individual', '500102001208')).toBeUndefined();
  });
});

describe('legal entity form', () => {
  it('takes an organisation with a KPP and an ИП on a patent', () => {
    expect(checkLegalEntity(form({ kpp: '773601001', inn: ' 7707083893 ' })).input).toEqual({
      kind: 'organization',
      name: 'ООО «Ромашка»',
      inn: '7707083893',
      kpp: '773601001',
      tax_system: 'osn',
      address: '',
    });
    const ip = checkLegalEntity(
      form({ kind: 'individual', inn: '500102001208', kpp: '773601001', tax_system: 'psn' }),
    );
    expect(ip.input?.kpp).toBe('');
  });
  it('refuses a patent for an organisation and a bad KPP', () => {
    expect(checkLegalEntity(form({ tax_system: 'psn' })).errors.tax_system).toBe(
      'Патентная система (ПСН) — только для индивидуального предпринимателя',
    );
    expect(checkLegalEntity(form({ kpp: '7736010' })).errors.kpp).toMatch(/^КПП — 9 цифр/);
    expect(checkLegalEntity(form({ tax_system: null })).input).toBeNull();
  });
});
