import { describe, expect, it } from 'vitest';
import { checkProduct, emptyForm, fieldOfRefusal, formOf, keepingUnshown } from './productform';

describe('checkProduct', () => {
  it('turns what was typed into kopecks and trimmed fields', () => {
    const { input, errors } = checkProduct({
      ...emptyForm(),
      name: '  Молоко 3,2% 1 л ',
      price: '89,9',
      barcodes: [' 4601234567893 '],
    });
    expect(errors).toEqual({});
    expect(input).toMatchObject({ name: 'Молоко 3,2% 1 л', price: 8990, barcodes: ['4601234567893'] });
  });
  it('says what is wrong with each field, in Russian', () => {
    const { input, errors } = checkProduct({
      ...emptyForm(),
      name: 'я'.repeat(129),
      price: 'дёшево',
      barcodes: ['46 01'],
    });
    expect(input).toBeNull();
    expect(errors.name).toContain('128');
    expect(errors.price).toContain('рублей');
    expect(errors.barcodes).toContain('46 01');
  });
  it('requires a name and a price', () => {
    const { errors } = checkProduct(emptyForm());
    expect(errors.name).toBe('Укажите название товара');
    expect(errors.price).toBeDefined();
  });
  it('shows a stored price the way a person types it back', () => {
    const form = formOf({ id: 'x', version: 1, name: 'Сыр', price: 123456, unit: 'kg', vat: 'vat10' });
    expect(form.price).toBe('1 234,56');
    expect(checkProduct(form).input?.price).toBe(123456);
  });
});

describe('fieldOfRefusal', () => {
  it("puts the server's barcode refusals under the barcode field", () => {
    expect(fieldOfRefusal(409, 'Штрихкод 4601234567893 уже у товара «Хлеб»')).toBe('barcodes');
    expect(fieldOfRefusal(400, 'Штрихкод 4601234567890: неверная контрольная цифра')).toBe('barcodes');
    expect(fieldOfRefusal(400, 'Цена должна быть целым числом копеек, не меньше нуля')).toBeNull();
    expect(fieldOfRefusal(403, 'Штрихкод')).toBeNull();
  });
});

describe('keepingUnshown', () => {
  it('sends back the fields the form does not show, so a change keeps them', () => {
    const product = {
      id: 'p1',
      name: 'Кеды',
      price: 249000,
      unit: 'pcs',
      vat: 'vat20' as const,
      marking: 'shoes' as const,
      country: '156',
    };
    const { input } = checkProduct({ ...formOf(product), price: '2 390' });
    if (!input) throw new Error('the form is valid');
    expect(keepingUnshown(product, input)).toMatchObject({
      price: 239000,
      marking: 'shoes',
      country: '156',
    });
    expect(keepingUnshown(null, input)).not.toHaveProperty('marking');
  });
});
