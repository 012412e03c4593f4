/** Word lists the profile generator draws from. Plain data, weighted where realism needs it. */

export interface City {
  city: string;
  region: string;
  /** ISO 3166-1 alpha-2, as Altcraft stores `_country`. */
  country: string;
  tz: string;
  /** Relative share of profiles living here. */
  weight: number;
}

export const CITIES: readonly City[] = [
  { city: 'Moscow', region: 'Moscow', country: 'RU', tz: 'Europe/Moscow', weight: 26 },
  { city: 'Saint Petersburg', region: 'Saint Petersburg', country: 'RU', tz: 'Europe/Moscow', weight: 12 },
  { city: 'Novosibirsk', region: 'Novosibirsk Oblast', country: 'RU', tz: 'Asia/Novosibirsk', weight: 4 },
  { city: 'Yekaterinburg', region: 'Sverdlovsk Oblast', country: 'RU', tz: 'Asia/Yekaterinburg', weight: 4 },
  { city: 'Kazan', region: 'Republic of Tatarstan', country: 'RU', tz: 'Europe/Moscow', weight: 3.5 },
  { city: 'Nizhny Novgorod', region: 'Nizhny Novgorod Oblast', country: 'RU', tz: 'Europe/Moscow', weight: 3 },
  { city: 'Chelyabinsk', region: 'Chelyabinsk Oblast', country: 'RU', tz: 'Asia/Yekaterinburg', weight: 2.5 },
  { city: 'Samara', region: 'Samara Oblast', country: 'RU', tz: 'Europe/Samara', weight: 2.5 },
  { city: 'Omsk', region: 'Omsk Oblast', country: 'RU', tz: 'Asia/Omsk', weight: 2 },
  { city: 'Rostov-on-Don', region: 'Rostov Oblast', country: 'RU', tz: 'Europe/Moscow', weight: 2.5 },
  { city: 'Ufa', region: 'Republic of Bashkortostan', country: 'RU', tz: 'Asia/Yekaterinburg', weight: 2 },
  { city: 'Krasnoyarsk', region: 'Krasnoyarsk Krai', country: 'RU', tz: 'Asia/Krasnoyarsk', weight: 2 },
  { city: 'Voronezh', region: 'Voronezh Oblast', country: 'RU', tz: 'Europe/Moscow', weight: 2 },
  { city: 'Perm', region: 'Perm Krai', country: 'RU', tz: 'Asia/Yekaterinburg', weight: 2 },
  { city: 'Volgograd', region: 'Volgograd Oblast', country: 'RU', tz: 'Europe/Volgograd', weight: 1.5 },
  { city: 'Krasnodar', region: 'Krasnodar Krai', country: 'RU', tz: 'Europe/Moscow', weight: 2.5 },
  { city: 'Sochi', region: 'Krasnodar Krai', country: 'RU', tz: 'Europe/Moscow', weight: 1 },
  { city: 'Vladivostok', region: 'Primorsky Krai', country: 'RU', tz: 'Asia/Vladivostok', weight: 1.2 },
  { city: 'Kaliningrad', region: 'Kaliningrad Oblast', country: 'RU', tz: 'Europe/Kaliningrad', weight: 1 },
  { city: 'Irkutsk', region: 'Irkutsk Oblast', country: 'RU', tz: 'Asia/Irkutsk', weight: 1 },
  { city: 'Tyumen', region: 'Tyumen Oblast', country: 'RU', tz: 'Asia/Yekaterinburg', weight: 1 },
  { city: 'Minsk', region: 'Minsk', country: 'BY', tz: 'Europe/Minsk', weight: 2 },
  { city: 'Almaty', region: 'Almaty', country: 'KZ', tz: 'Asia/Almaty', weight: 2 },
  { city: 'Astana', region: 'Astana', country: 'KZ', tz: 'Asia/Almaty', weight: 1 },
  { city: 'Tashkent', region: 'Tashkent', country: 'UZ', tz: 'Asia/Tashkent', weight: 1 },
  { city: 'Yerevan', region: 'Yerevan', country: 'AM', tz: 'Asia/Yerevan', weight: 0.8 },
  { city: 'Tbilisi', region: 'Tbilisi', country: 'GE', tz: 'Asia/Tbilisi', weight: 0.8 },
  { city: 'Berlin', region: 'Berlin', country: 'DE', tz: 'Europe/Berlin', weight: 1 },
  { city: 'Munich', region: 'Bavaria', country: 'DE', tz: 'Europe/Berlin', weight: 0.5 },
  { city: 'London', region: 'England', country: 'GB', tz: 'Europe/London', weight: 1 },
  { city: 'Paris', region: 'Île-de-France', country: 'FR', tz: 'Europe/Paris', weight: 0.6 },
  { city: 'New York', region: 'New York', country: 'US', tz: 'America/New_York', weight: 0.8 },
  { city: 'San Francisco', region: 'California', country: 'US', tz: 'America/Los_Angeles', weight: 0.4 },
  { city: 'Dubai', region: 'Dubai', country: 'AE', tz: 'Asia/Dubai', weight: 0.7 },
  { city: 'Istanbul', region: 'Istanbul', country: 'TR', tz: 'Europe/Istanbul', weight: 0.6 },
  { city: 'Belgrade', region: 'Belgrade', country: 'RS', tz: 'Europe/Belgrade', weight: 0.5 },
  { city: 'Limassol', region: 'Limassol', country: 'CY', tz: 'Asia/Nicosia', weight: 0.4 },
];

/** Countries whose people mostly carry Russian-style names and use RU mail providers. */
export const CIS_COUNTRIES: ReadonlySet<string> = new Set(['RU', 'BY', 'KZ', 'UZ', 'AM', 'GE']);

export const RU_MALE_NAMES = [
  'Alexander', 'Dmitry', 'Maxim', 'Sergey', 'Andrey', 'Alexey', 'Artem', 'Ilya', 'Kirill', 'Mikhail',
  'Nikita', 'Matvey', 'Roman', 'Egor', 'Arseny', 'Ivan', 'Denis', 'Evgeny', 'Daniil', 'Timofey',
  'Vladislav', 'Igor', 'Vladimir', 'Pavel', 'Ruslan', 'Mark', 'Konstantin', 'Timur', 'Oleg', 'Yaroslav',
  'Anton', 'Nikolay', 'Gleb', 'Danila', 'Stepan', 'Viktor', 'Boris', 'Yury', 'Vadim', 'Fedor',
] as const;

export const RU_FEMALE_NAMES = [
  'Anastasia', 'Maria', 'Anna', 'Victoria', 'Ekaterina', 'Natalia', 'Marina', 'Polina', 'Sofia', 'Daria',
  'Alisa', 'Ksenia', 'Alexandra', 'Elena', 'Olga', 'Tatiana', 'Irina', 'Yulia', 'Svetlana', 'Veronika',
  'Valeria', 'Arina', 'Elizaveta', 'Kristina', 'Milana', 'Vera', 'Ulyana', 'Varvara', 'Lyudmila', 'Galina',
  'Nadezhda', 'Evgenia', 'Alina', 'Diana', 'Yana', 'Margarita', 'Oksana', 'Larisa', 'Zlata', 'Kira',
] as const;

/** Masculine forms; the feminine form is derived (Ivanov → Ivanova, Ostrovsky → Ostrovskaya). */
export const RU_LAST_NAMES = [
  'Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Vasiliev', 'Petrov', 'Sokolov', 'Mikhailov', 'Novikov',
  'Fedorov', 'Morozov', 'Volkov', 'Alekseev', 'Lebedev', 'Semenov', 'Egorov', 'Pavlov', 'Kozlov',
  'Stepanov', 'Nikolaev', 'Orlov', 'Andreev', 'Makarov', 'Nikitin', 'Zakharov', 'Zaitsev', 'Soloviev',
  'Borisov', 'Yakovlev', 'Grigoriev', 'Romanov', 'Vorobiev', 'Sergeev', 'Frolov', 'Belov', 'Komarov',
  'Ostrovsky', 'Kovalevsky', 'Zhukov', 'Gusev', 'Titov', 'Kiselev', 'Medvedev', 'Tarasov', 'Belousov',
  'Karpov', 'Vinogradov', 'Bogdanov', 'Kalinin', 'Tikhonov',
] as const;

export const INTL_MALE_NAMES = [
  'James', 'John', 'Michael', 'David', 'Daniel', 'Thomas', 'Lukas', 'Leon', 'Paul', 'Lucas', 'Louis',
  'Hugo', 'Omar', 'Ahmed', 'Emre', 'Mehmet', 'Marko', 'Nikola', 'Oliver', 'Jack',
] as const;

export const INTL_FEMALE_NAMES = [
  'Emma', 'Olivia', 'Sophia', 'Emily', 'Charlotte', 'Mia', 'Hannah', 'Lea', 'Chloe', 'Ines', 'Lina',
  'Fatima', 'Aylin', 'Zeynep', 'Ana', 'Milica', 'Amelia', 'Isla', 'Grace', 'Laura',
] as const;

export const INTL_LAST_NAMES = [
  'Smith', 'Johnson', 'Brown', 'Williams', 'Taylor', 'Miller', 'Müller', 'Schmidt', 'Schneider',
  'Fischer', 'Weber', 'Martin', 'Bernard', 'Dubois', 'Yilmaz', 'Kaya', 'Demir', 'Jovanović', 'Petrović',
  'Al Mansouri', 'Walker', 'Wilson', 'Evans', 'Roberts', 'Wright',
] as const;

export const CIS_EMAIL_DOMAINS = ['gmail.com', 'yandex.ru', 'mail.ru', 'bk.ru', 'list.ru', 'inbox.ru', 'rambler.ru', 'ya.ru'] as const;
export const CIS_EMAIL_WEIGHTS = [22, 30, 26, 5, 4, 4, 4, 5] as const;

export const INTL_EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'proton.me'] as const;
export const INTL_EMAIL_WEIGHTS = [45, 12, 15, 8, 15, 5] as const;

/** Fictional employers, so B2B segments ("work email") have something to find. */
export const COMPANY_DOMAINS = [
  'northwind-trade.ru', 'globex.com', 'initech.io', 'umbrella-retail.ru', 'stark-logistics.com',
  'vector-bank.ru', 'polar-tech.ru', 'acme-corp.com',
] as const;

/** Demo phone codes per country, so phones look like they belong with the city. */
export const PHONE_PREFIXES: Readonly<Record<string, string>> = {
  RU: '+79', BY: '+37529', KZ: '+77', UZ: '+99890', AM: '+37491', GE: '+99559', DE: '+491', GB: '+447',
  FR: '+336', US: '+1', AE: '+97150', TR: '+905', RS: '+38160', CY: '+35799',
};

export const PROFILE_TAGS = [
  'newsletter', 'promo', 'black-friday', 'webinar', 'referral', 'survey', 'beta-tester', 'wholesale',
  'b2b', 'gift-card', 'loyalty-app', 'abandoned-cart',
] as const;
export const PROFILE_TAG_WEIGHTS = [30, 22, 14, 6, 7, 8, 3, 3, 4, 5, 9, 12] as const;

export const LOYALTY_TIERS = ['bronze', 'silver', 'gold', 'platinum'] as const;
export const LOYALTY_WEIGHTS = [50, 28, 15, 7] as const;

export const APP_VERSIONS = [
  '2.9.4', '3.0.0', '3.0.2', '3.1.0', '3.1.5', '3.2.0', '3.2.1', '3.3.0', '4.0.0', '4.0.1', '4.1.0', '4.2.0',
] as const;
/** Newer versions are more common, as after real store roll-outs. */
export const APP_VERSION_WEIGHTS = [2, 2, 2, 3, 4, 5, 6, 8, 10, 12, 18, 28] as const;
