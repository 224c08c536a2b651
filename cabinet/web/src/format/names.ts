// Russian names of the API's codes, in one place for every page.

const documentTypes: Record<string, string> = {
  sale: 'Продажа',
  return: 'Возврат',
  correction: 'Коррекция',
  cash_in: 'Внесение',
  cash_out: 'Изъятие',
};

const paymentMethods: Record<string, string> = {
  cash: 'Наличные',
  card: 'Карта',
  sbp: 'СБП',
  prepaid: 'Аванс',
  credit: 'Кредит',
  other: 'Другое',
};

const vatRates: Record<string, string> = {
  none: 'Без НДС',
  vat0: 'НДС 0%',
  vat5: 'НДС 5%',
  vat7: 'НДС 7%',
  vat10: 'НДС 10%',
  vat20: 'НДС 20%',
  vat22: 'НДС 22%',
  vat105: 'НДС 5/105',
  vat107: 'НДС 7/107',
  vat110: 'НДС 10/110',
  vat120: 'НДС 20/120',
};

export const documentTypeName = (code: string | undefined) => documentTypes[code ?? ''] ?? code ?? '';
export const paymentName = (code: string | undefined) => paymentMethods[code ?? ''] ?? code ?? '';
export const vatName = (code: string | undefined) => vatRates[code ?? ''] ?? code ?? '';

export const documentTypeOptions = Object.entries(documentTypes).map(([value, label]) => ({ value, label }));
export const paymentOptions = Object.entries(paymentMethods).map(([value, label]) => ({ value, label }));
