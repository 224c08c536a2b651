// The product editor's form: what a person types, checked and turned into the API's ProductInput.
// The rules are the fiscal ones: a name fits tag 1030 (128 characters), a price is whole kopecks,
// a barcode is EAN-8/EAN-13/UPC-A digits or a code the shop prints itself (up to 48 characters).
import type { Product, ProductInput } from './catalog';
import { formatKopecks, parseRubles } from '../format/money';

export interface ProductForm {
  name: string;
  price: string;
  unit: string;
  vat: string;
  groupId: string | null;
  article: string;
  barcodes: string[];
}

export type ProductErrors = Partial<Record<keyof ProductForm, string>>;

export function emptyForm(): ProductForm {
  return { name: '', price: '', unit: 'pcs', vat: 'none', groupId: null, article: '', barcodes: [] };
}

export function formOf(product: Product): ProductForm {
  return {
    name: product.name ?? '',
    price: formatKopecks(product.price ?? 0).replace(/\u00a0/g, ' '),
    unit: product.unit ?? 'pcs',
    vat: product.vat ?? 'none',
    groupId: product.group_id ?? null,
    article: product.article ?? '',
    barcodes: [...(product.barcodes ?? [])],
  };
}

export function checkProduct(form: ProductForm): { input: ProductInput | null; errors: ProductErrors } {
  const errors: ProductErrors = {};
  const name = form.name.trim();
  if (!name) errors.name = 'Укажите название товара';
  else if ([...name].length > 128)
    errors.name = 'Название длиннее 128 символов: так его не напечатать в чеке';
  const price = parseRubles(form.price);
  if (price === null) errors.price = 'Цена — число рублей с копейками, например 89,90';
  const bad = form.barcodes.find((code) => !/^[0-9A-Za-z-]{4,48}$/.test(code.trim()));
  if (bad !== undefined)
    errors.barcodes = `Штрихкод «${bad}» не похож на штрихкод: только цифры и латиница, 4–48 знаков`;
  if ([...form.article.trim()].length > 64) errors.article = 'Артикул длиннее 64 символов';
  if (Object.keys(errors).length > 0 || price === null) return { input: null, errors };
  return {
    input: {
      name,
      price,
      unit: form.unit,
      vat: form.vat as ProductInput['vat'],
      group_id: form.groupId,
      article: form.article.trim(),
      barcodes: form.barcodes.map((code) => code.trim()),
    },
    errors,
  };
}

// The field a refusal of the server is about, so its message stands under that field: the barcode
// rules (a wrong check digit, 400; a barcode another product has, 409) name «Штрихкод …».
export function fieldOfRefusal(status: number, message: string): keyof ProductForm | null {
  if ((status === 400 || status === 409) && message.startsWith('Штрихкод')) return 'barcodes';
  return null;
}

// A PUT replaces the whole card: the fields this form does not show (description, subject of
// calculation, country, marking type) are sent back as the product has them, so saving a new price
// does not, say, unmark a product on the tills.
export function keepingUnshown(product: Product | null, input: ProductInput): ProductInput {
  if (!product) return input;
  const kept: Partial<ProductInput> = {};
  if (product.description !== undefined) kept.description = product.description;
  if (product.subject !== undefined) kept.subject = product.subject;
  if (product.country !== undefined) kept.country = product.country;
  if (product.marking !== undefined) kept.marking = product.marking;
  return { ...kept, ...input };
}
