import type { Rng } from './rng.js';

export interface GeneratedFile {
  name: string;
  content: Buffer;
}

const GOODS = ['Бумага А4', 'Картридж HP 85A', 'Степлер', 'Папка-регистратор', 'Ручка шариковая', 'Маркер', 'Скрепки 28 мм'];

/** Small believable files passed on the support lines: CSV exports, logs, PDF-like acts, XML exchanges. */
export function generateFile(rng: Rng, when: string): GeneratedFile {
  const kind = rng.int(0, 4);
  const date = when.slice(0, 10);
  switch (kind) {
    case 0: {
      const rows = Array.from({ length: rng.int(3, 12) }, () => `${rng.pick(GOODS)};${rng.int(1, 500)};${rng.int(10, 5000)},00`);
      return { name: `Остатки_на_${date}.csv`, content: Buffer.from(['Номенклатура;Количество;Цена', ...rows].join('\r\n') + '\r\n', 'utf8') };
    }
    case 1: {
      const lines = Array.from({ length: rng.int(2, 8) }, (_, i) => `${when} ${i + 1}: Ошибка при проведении документа «Реализация товаров и услуг» № ${rng.int(100, 9999)}`);
      return { name: 'Журнал_регистрации.log', content: Buffer.from(lines.join('\n') + '\n', 'utf8') };
    }
    case 2: {
      const body = `%PDF-1.4\n% Акт сверки взаимных расчетов на ${date}\n1 0 obj << /Type /Catalog >> endobj\n% Сальдо: ${rng.int(1000, 900000)} руб.\n%%EOF\n`;
      return { name: `Акт_сверки_${date}.pdf`, content: Buffer.from(body, 'utf8') };
    }
    case 3: {
      const items = Array.from({ length: rng.int(1, 5) }, () => `  <Товар Наименование="${rng.pick(GOODS)}" Количество="${rng.int(1, 100)}"/>`);
      return { name: 'Выгрузка_обмена.xml', content: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<Обмен Дата="${date}">\n${items.join('\n')}\n</Обмен>\n`, 'utf8') };
    }
    default:
      return { name: 'Описание_ошибки.txt', content: Buffer.from(`Дата: ${date}\nПри закрытии месяца программа сообщает: «Не заполнен счет учета» (${rng.int(1, 40)} документов).\n`, 'utf8') };
  }
}
