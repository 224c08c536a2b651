import { describe, expect, it } from 'vitest';
import type { ImportReport } from './catalog';
import { fileProblem, hasWork, importSummary } from './catalogimport';

const report = (over: Partial<ImportReport>): ImportReport => ({
  dry_run: true,
  created: 0,
  updated: 0,
  refused: 0,
  groups_created: 0,
  ignored_columns: [],
  rows: [],
  ...over,
});

describe('import summary', () => {
  it('says what a dry run would do, refusals included', () => {
    expect(importSummary(report({ created: 2, refused: 1 }))).toBe(
      'Будет создано товаров: 2. Отклонено строк: 1 — исправьте их в файле или загрузите остальные.',
    );
    expect(importSummary(report({ created: 5, updated: 21, groups_created: 2 }))).toBe(
      'Будет создано товаров: 5, изменено: 21, новых групп: 2.',
    );
  });

  it('says what the load did', () => {
    expect(importSummary(report({ dry_run: false, updated: 3, refused: 12 }))).toBe(
      'Создано товаров: 0, изменено: 3. Не загружено строк: 12 — каталог они не изменили.',
    );
  });

  it('offers the load only when a row passed', () => {
    expect(hasWork(report({ refused: 4 }))).toBe(false);
    expect(hasWork(report({ updated: 1 }))).toBe(true);
    expect(hasWork(null)).toBe(false);
  });
});

describe('a file refused before it is sent', () => {
  it('is empty or over 8 MiB', () => {
    expect(fileProblem({ size: 0 })).toContain('Файл пуст');
    expect(fileProblem({ size: 9 * 1024 * 1024 })).toBe(
      'Файл больше 8 МБ (9,0 МБ): разделите его на несколько.',
    );
    expect(fileProblem({ size: 8 * 1024 * 1024 })).toBe('');
  });
});
