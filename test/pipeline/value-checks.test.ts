import { describe, expect, it } from 'vitest';
import { isValidEmail } from '../../src/pipeline/value-checks.js';

describe('isValidEmail (the mask of spec 3.26/3.39)', () => {
  it.each([
    'ivan.petrov@example.ru',
    'иван.петров@пример.рф',
    "o'brien+tag/x=y?z^_`{|}~!#$%&*@mail.example.com",
    'a@b.c',
    `${'л'.repeat(64)}@mail.ru`,
    `x@${'д'.repeat(63)}.ru`,
    'user@sub-domain.example-1.ru',
    'ЁЖИК@Почта.РФ',
  ])('accepts %s', (email) => expect(isValidEmail(email)).toBe(true));

  it.each([
    ['no @', 'ivan.example.ru'],
    ['two addresses', 'a@b.ru,c@d.ru'],
    ['two @', 'a@b@c.ru'],
    ['empty login', '@mail.ru'],
    ['dot first', '.ivan@mail.ru'],
    ['dot last', 'ivan.@mail.ru'],
    ['two dots in a row', 'iv..an@mail.ru'],
    ['login of 65', `${'a'.repeat(65)}@mail.ru`],
    ['space', 'iv an@mail.ru'],
    ['a Cyrillic non-letter', 'ivan\u0482@mail.ru'],
    ['no dot in the domain', 'ivan@localhost'],
    ['label starting with a hyphen', 'ivan@-mail.ru'],
    ['label ending with a hyphen', 'ivan@mail-.ru'],
    ['empty label', 'ivan@mail..ru'],
    ['trailing dot', 'ivan@mail.ru.'],
    ['label of 64', `ivan@${'a'.repeat(64)}.ru`],
    ['domain of 256', `ivan@${Array.from({ length: 4 }, () => 'a'.repeat(63)).join('.')}.ru`],
    ['underscore in the domain', 'ivan@my_mail.ru'],
  ])('refuses %s', (_why, email) => expect(isValidEmail(email)).toBe(false));
});
