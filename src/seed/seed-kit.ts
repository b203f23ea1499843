import type { Faker } from '@faker-js/faker';
import { faker as russian } from '@faker-js/faker/locale/ru';
import { createHash } from 'node:crypto';
import { SEED_EPOCH } from '../../seed/demo-world.js';
import { toStoreTimestamp } from '../time/account-dates.js';
import { translit } from './translit.js';
import type { PersonName, Stamps } from './world-rows.js';

const EPOCH_SECONDS = Date.parse(SEED_EPOCH) / 1000;
const DAY = 86_400;
const YEAR = 365 * DAY;
const EMAIL_PATTERN = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const PERSON_NAME_MAX = 20;
const MAIL_PROVIDERS = ['mail.ru', 'yandex.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'gmail.com', 'rambler.ru'];

/** The store's timestamp form for seconds since the Unix epoch. */
const formatUtc = (seconds: number): string => toStoreTimestamp(new Date(seconds * 1000));
const parseUtc = (value: string): number => Date.parse(value) / 1000;

/** Cuts `text` so it fits `max` characters. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max).trimEnd();
}

// The package's main entry loads every locale; its ru entry loads ru, en and base only (a faster
// start). Its instance holds the same merged definitions as new Faker({ locale: [ru, en, base] }).
const RussianFaker = russian.constructor as new (options: { locale: Faker['rawDefinitions'] }) => Faker;

function russianFaker(seed: number): Faker {
  const faker = new RussianFaker({ locale: russian.rawDefinitions });
  faker.seed(seed);
  return faker;
}

function checkDigit(digits: readonly number[], weights: readonly number[]): number {
  const sum = weights.reduce((acc, weight, i) => acc + weight * digits[i], 0);
  return (sum % 11) % 10;
}

/**
 * Faker helpers for the demo world. Everything random goes through the one seeded faker, and
 * uniqueness is tracked here, so the output depends on the seed and the call order only.
 */
export class SeedKit {
  private constructor(
    readonly faker: Faker,
    private readonly seed: number,
    private readonly logins = new Set<number>(),
    private readonly emails = new Set<string>(),
    private readonly inns = new Set<string>(),
  ) {}

  /** The kit of the base world (regions, partners, staff, clients) for `seed`. */
  static create(seed: number): SeedKit {
    return new SeedKit(russianFaker(seed), seed);
  }

  /**
   * A kit with a faker stream of its own for one family of the world, derived from the seed and the
   * family's name, so that adding a family never changes the data of another. Logins, e-mails and
   * INNs stay unique across all kits of a world.
   */
  fork(family: string): SeedKit {
    const derived = createHash('sha256').update(`${this.seed}:${family}`).digest().readUInt32BE(0);
    return new SeedKit(russianFaker(derived), this.seed, this.logins, this.emails, this.inns);
  }

  uuid(): string {
    return this.faker.string.uuid().toLowerCase();
  }

  chance(probability: number): boolean {
    return this.faker.datatype.boolean({ probability });
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items);
  }

  /** Created within the two years before the epoch (and not before `notBefore`), changed since. */
  stamps(notBefore?: string): Stamps {
    const from = Math.max(EPOCH_SECONDS - 2 * YEAR, notBefore ? parseUtc(notBefore) : 0);
    const created = this.faker.number.int({ min: from, max: EPOCH_SECONDS - DAY });
    const changed = this.chance(0.4) ? created : this.faker.number.int({ min: created, max: EPOCH_SECONDS });
    return { created_at: formatUtc(created), changed_at: formatUtc(changed) };
  }

  /** A birthday of an adult of working age, or null when the person did not give one. */
  birthday(): string | null {
    if (this.chance(0.3)) return null;
    const seconds = EPOCH_SECONDS - this.faker.number.int({ min: 20 * YEAR, max: 65 * YEAR });
    return formatUtc(seconds).slice(0, 10);
  }

  phone(): string {
    return this.faker.helpers.replaceSymbols('+7 9## ###-##-##');
  }

  login(min: number, max: number): number {
    for (;;) {
      const login = this.faker.number.int({ min, max });
      if (this.logins.has(login)) continue;
      this.logins.add(login);
      return login;
    }
  }

  person(): PersonName {
    const sex = this.faker.person.sexType();
    return {
      name: clip(this.faker.person.firstName(sex), PERSON_NAME_MAX),
      surname: clip(this.faker.person.lastName(sex), PERSON_NAME_MAX),
      secondary_name: clip(this.faker.person.middleName(sex), PERSON_NAME_MAX),
    };
  }

  /** A unique latin address built from the person's transliterated name. */
  email(person: PersonName, provider?: string): string {
    const first = translit(person.name) || 'user';
    const last = translit(person.surname) || 'client';
    for (;;) {
      const local = this.faker.helpers.arrayElement([
        `${first}.${last}`,
        `${first[0]}.${last}`,
        `${last}.${first[0]}`,
        `${first}_${last}${this.faker.number.int({ min: 1, max: 99 })}`,
        `${last}${this.faker.number.int({ min: 1960, max: 2005 })}`,
      ]);
      const email = `${local}@${provider ?? this.pick(MAIL_PROVIDERS)}`;
      if (EMAIL_PATTERN.test(email) && !this.emails.has(email)) {
        this.emails.add(email);
        return email;
      }
    }
  }

  /** A legal entity's INN: 10 digits with a valid check digit. */
  innLegal(): string {
    return this.uniqueInn(() => {
      const digits = this.digits(9);
      return [...digits, checkDigit(digits, [2, 4, 10, 3, 5, 9, 4, 6, 8])];
    });
  }

  /** An individual entrepreneur's INN: 12 digits with both check digits valid. */
  innPerson(): string {
    return this.uniqueInn(() => {
      const digits = this.digits(10);
      const n11 = checkDigit(digits, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
      const n12 = checkDigit([...digits, n11], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
      return [...digits, n11, n12];
    });
  }

  /** An ITS registration number: 9 to 12 digits. */
  itsNumber(): string {
    const length = this.faker.number.int({ min: 9, max: 12 });
    return this.faker.string.numeric({ length, allowLeadingZeros: false });
  }

  private digits(count: number): number[] {
    // A region code (01..92) first, as real INNs start with the tax office's region.
    const region = this.faker.number.int({ min: 1, max: 92 });
    const rest = Array.from({ length: count - 2 }, () => this.faker.number.int(9));
    return [Math.floor(region / 10), region % 10, ...rest];
  }

  private uniqueInn(make: () => number[]): string {
    for (;;) {
      const inn = make().join('');
      if (this.inns.has(inn)) continue;
      this.inns.add(inn);
      return inn;
    }
  }
}
