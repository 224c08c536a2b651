// What an alert of the cabinet asks the owner to do, in the shop's words. The server says what
// happened (`message`); the advice says who does what next.
const advice: Record<string, string> = {
  fn_expiring:
    'Закажите новый фискальный накопитель и запишитесь к техническому специалисту: после срока касса не пробьёт чек.',
  fn_filling: 'Память ФН почти заполнена. Замените накопитель до того, как касса перестанет пробивать чеки.',
  ofd_backlog: 'Проверьте интернет на кассе и договор с ОФД. Через 30 дней без передачи касса заблокируется.',
  till_silent:
    'Проверьте, включён ли компьютер кассы и есть ли интернет. Продажи на кассе сохраняются и придут позже.',
  shift_over_24h: 'Закройте смену на кассе (отчёт Z): чеки в смене дольше 24 часов — нарушение.',
  catalog_held:
    'Касса продаёт эти товары по прежним данным. Проверьте их название и цену в «Каталоге» и сохраните снова.',
  rejected:
    'Кабинет отклонил документы кассы и сохранил их для разбора; на кассе они тоже целы. Откройте их, скопируйте и передайте в поддержку Прилавка, указав кассу.',
  quarantined:
    'Часть документов не принята. Данные на кассе целы; сообщите в поддержку Прилавка, указав кассу.',
};

export const alertAdvice = (kind: string | undefined): string =>
  advice[kind ?? ''] ?? 'Откройте раздел «Кассы», чтобы увидеть подробности.';

const severities: Record<string, string> = { critical: 'Срочно', warning: 'Внимание', info: 'Для сведения' };
export const severityName = (severity: string | undefined): string =>
  severities[severity ?? ''] ?? 'Внимание';

const order: Record<string, number> = { critical: 0, warning: 1, info: 2 };
/** The most urgent first; within one urgency the server's order. */
export const bySeverity = <T extends { severity?: string }>(alerts: T[]): T[] =>
  alerts
    .map((alert, i) => ({ alert, i }))
    .sort((a, b) => (order[a.alert.severity ?? ''] ?? 1) - (order[b.alert.severity ?? ''] ?? 1) || a.i - b.i)
    .map(({ alert }) => alert);
