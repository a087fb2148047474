/** Department nouns: the object of a title ("Secretary of Homeland Security"), never a surname. */

/**
 * What a government department, ministry or office is of ("Secretary of Homeland Security",
 * "Minister of Foreign Affairs", "Director of National Intelligence"): a role's object, never a surname.
 */
export const DEPARTMENTS = new Set(
  `Affairs Agriculture Commerce Communications Culture Defence Defense Development Education Employment
  Energy Environment Finance Health Housing Immigration Industry Information Infrastructure Intelligence
  Interior Justice Labor Labour Management Operations Planning Resources Safety Security Services Staff
  Trade Transport Transportation Treasury Veterans Welfare Works`.split(/\s+/),
);
