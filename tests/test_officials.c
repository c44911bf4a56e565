/* test_officials.c - unit tests of the officials half of the extractor
 * (issue 11): the composed title lexicon and its shapes (a country inside
 * the title, appositions, lower case), the junk that must not become a
 * person, canonical names (fullest form, later mentions, namesakes, accents),
 * the gazetteer's repaired rows and joined persons, and time-aware
 * resolution with the article's date.
 *
 * Runs against the project's gazetteer (FA_DATADIR).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fa_entity.h"
#include "fa_error.h"
#include "../indexer/entities.h"

#include "test_gazetteer.h"

/* The officials of 'text' dated 'year' (0 = undated), '|'-joined; with
 * 'posts' each is followed by "=" and its post at the date. */
static const char *officials_at(int year, const char *text, int posts)
{
    static char buf[2048];
    entities *e = NULL;
    entities_date d = { year, 0, 0 };
    buf[0] = '\0';
    assert_int_equal(entities_extract_dated(&e, gz, text, strlen(text), d), FA_OK);
    for (size_t i = 0; i < entities_nofficials(e); i++) {
        if (i)
            strncat(buf, "|", sizeof buf - strlen(buf) - 1);
        strncat(buf, entities_official(e, i), sizeof buf - strlen(buf) - 1);
        if (posts) {
            const char *p = entities_official_post(e, i);
            strncat(buf, "=", sizeof buf - strlen(buf) - 1);
            strncat(buf, p ? p : "-", sizeof buf - strlen(buf) - 1);
        }
    }
    entities_free(e);
    return buf;
}

#define AT(year, text, want) assert_string_equal(officials_at(year, text, 0), want)
#define POSTS(year, text, want) assert_string_equal(officials_at(year, text, 1), want)

/* ---- the title lexicon ---------------------------------------------------- */

static void test_titles_economic_posts(void **state)
{
    (void)state;
    AT(1987, "Federal Reserve Board Chairman Paul Volcker said rates would rise.",
       "Paul Volcker");
    AT(1987, "Bundesbank President Karl Otto Poehl disagreed.", "Karl Otto Pöhl");
    AT(1987, "He met Bank of Japan Governor Satoshi Sumita in Tokyo.", "Satoshi Sumita");
    AT(1987, "On Tuesday Chancellor of the Exchequer Nigel Lawson spoke.", "Nigel Lawson");
    AT(1987, "Agriculture Secretary Richard Lyng and Trade Representative Clayton "
             "Yeutter met Commerce Secretary Malcolm Baldrige.",
       "Clayton Yeutter|Malcolm Baldrige|Richard Lyng");
    AT(1988, "He told Economy Minister Juan Sourrouille so.", "Juan Sourrouille");
    AT(1990, "The talks with IMF Managing Director Michel Camdessus and World Bank "
             "President Barber Conable ended.", "Barber Conable|Michel Camdessus");
    AT(2010, "EU Trade Commissioner Karel De Gucht spoke.", "Karel de Gucht");
    AT(2015, "We thank NATO Secretary-General Jens Stoltenberg.", "Jens Stoltenberg");
    AT(2005, "OPEC Secretary-General Adnan Shihab-Eldin said output would rise.",
       "Adnan Shihab-Eldin");
}

static void test_titles_other_posts(void **state)
{
    (void)state;
    /* legislators count (README, "Officials") */
    AT(1987, "Yesterday Senator Daniel Inouye and Rep. Lee Hamilton asked.",
       "Daniel Inouye|Lee Hamilton");
    AT(2019, "Then Speaker Nancy Pelosi spoke.", "Nancy Pelosi");
    AT(2001, "The talks with Gen. Pervez Musharraf went on.", "Pervez Musharraf");
    AT(1991, "Later Admiral William Crowe testified.", "William Crowe");
    AT(2003, "Then Governor Arnold Schwarzenegger said no.", "Arnold Schwarzenegger");
    AT(2003, "Then Mayor Michael Bloomberg said no.", "Michael Bloomberg");
    AT(2020, "Foreign ministry spokesman Zhao Lijian said so.", "Zhao Lijian");
    AT(1996, "We heard Permanent Representative Madeleine Albright.", "Madeleine Albright");
}

/* Posts a probe of wire-style phrasing found missing: a title ended by
 * "to" a country or body, law officers, a state treasurer, ranks below
 * general and a rank after another post (no part of the name). Made-up
 * names: the gazetteer knows none of them. */
static void test_titles_law_officers_ranks_and_postings(void **state)
{
    (void)state;
    AT(2006, "US Ambassador to the OAS Jan Kernaby objected.", "Jan Kernaby");
    AT(2006, "Envoy to Sudan Jan Kernaby arrived.", "Jan Kernaby");
    AT(2006, "Attorney General Jan Kernaby resigned.", "Jan Kernaby");
    AT(2006, "Solicitor-General Jan Kernaby argued.", "Jan Kernaby");
    AT(2006, "Treasurer Jan Kernaby delivered the budget.", "Jan Kernaby");
    AT(2008, "Army spokesman Brigadier Jan Kernaby said the rebels fled.",
         "Jan Kernaby");
    AT(1987, "Lt. Col. Jan Kernaby testified.", "Jan Kernaby");
    AT(2006, "House Minority Leader Jan Kernaby objected.", "Jan Kernaby");
    AT(2007, "Chief Constable Jan Kernaby said.", "Jan Kernaby");
    /* a region's or a city's one-word name ends a title "of" it */
    AT(2007, "Chief Minister of Gujaran Jan Kernaby said.", "Jan Kernaby");
    AT(2007, "Minister of Foreign Affairs Jan Kernaby said.", "Jan Kernaby");
    AT(2007, "Secretary of Homeland Security Jan Kernaby said.", "Jan Kernaby");
    AT(2007, "The President of Coca Cola Jan Kernaby said.", "");
    AT(1978, "He met the executive vice-president of Walt Disney Enterprises there.", "");
    AT(1997, "We commend the appointment by the Secretary-General of Personal Envoy Mr. Jan "
             "Kernaby.", "Jan Kernaby");
    /* a body's acronym after "to the" is no name: nobody is "OAS Jan";
     * a board goes on after one */
    AT(2006, "He wrote to the OAS John about it.", "");
    AT(1995, "As the current President of the UNICEF Executive Board, we lead.", "");
    /* "H.E." (His Excellency) is no part of the name after it */
    AT(2024, "The President of Ghana, H.E. Mr. Jan Kernaby, spoke.", "Jan Kernaby");
    AT(2024, "The President of Ghana, H.E. Jan Kernaby, spoke.", "Jan Kernaby");
    /* a post right after a name, without a comma, is no third name */
    AT(2020, "Your Excellency Ambassador Jan Kernaby President of the General Assembly; "
             "thank you.", "Jan Kernaby");
}

/* Scanned UN speeches: a form of address before the name, a scan's damage
 * to a given name, a dash read as a hyphen, the pronoun after a name. */
static void test_scan_damage_and_forms_of_address(void **state)
{
    (void)state;
    AT(1962, "The Foreign Minister, Signor Fanfani, spoke.", "Amintore Fanfani");
    AT(1994, "We welcome the return of the President, Father Aristide.",
       "Jean-Bertrand Aristide");
    AT(1948, "President Senor Gabriel Gonzalez Videla said so.", "Gabriel González Videla");
    /* initials for the given names, as speeches write them */
    AT(1979, "As L.I. Brezhnev has pointed out, peace matters.", "Leonid Brezhnev");
    AT(1987, "Foreign Minister R.F. Botha said so.", "Pik Botha");
    /* a scan's "Matre" for Maître; a person's other forms (top-300 twins) */
    AT(1995, "Special Representative Matre Blondin Beye met us.", "Alioune Blondin Beye");
    AT(2008, "President Manuel Jose Zelaya Rosales said so.", "Manuel Zelaya");
    /* the wire's spelling of Sheikh */
    AT(1987, "Kuwaiti Oil Minister Sheik Jan Kern al-Sabah said so.", "Jan Kern al-Sabah");
    /* the given name misread, the surname and the post as the gazetteer
     * has them at the date */
    AT(1975, "The Secretary-General, Mr. Kua Waldheim, reported.", "Kurt Waldheim");
    AT(1985, "Secretary-General Javier Pates de Cuellar reported.",
       "Javier Pérez de Cuéllar");
    AT(1955, "Chancellor Conrad Adenauer spoke.", "Konrad Adenauer");
    /* ... but not a namesake in another post, nor out of office */
    AT(1975, "Finance Minister Kua Waldheim reported.", "Kua Waldheim");
    AT(1955, "Secretary-General Kua Waldheim reported.", "Kua Waldheim");
    /* a dash that a scan made a hyphen ends the name */
    AT(1970, "We thank President Kaunda-whose country hosted us.", "Kenneth Kaunda");
    /* the pronoun after a name is no regnal number; a monarch's is */
    AT(1993, "President Yeltsin I believe is right.", "Boris Yeltsin");
    AT(1952, "As long ago as 1909, King Albert I said so.", "Albert I");
    /* an Indonesian known by one name, after a title and alone */
    AT(1987, "Oil Minister Subroto said. Subroto added that prices would rise.", "Subroto");
    /* a post the gazetteer's row misspelt the holder of */
    AT(2018, "State Counsellor Aung San Suu Kyi was criticised.", "Aung San Suu Kyi");
    /* the two family names without the given name */
    AT(2008, "President Bachelet Jeria spoke.", "Michelle Bachelet");
    AT(2015, "President Maduro Moros said so.", "Nicolás Maduro");
    /* the Factbook dates only the latest term ("since 25 October 2025");
     * the years a person spoke in the post before it stay */
    AT(2013, "The overtures made by President Ouattara are a major step.",
       "Alassane Ouattara");
    AT(1985, "President Maduro Moros said so.", "Maduro Moros");
}

static void test_titles_shapes(void **state)
{
    (void)state;
    /* a nationality or organisation inside the title */
    AT(1987, "West German Finance Minister Gerhard Stoltenberg said so.",
       "Gerhard Stoltenberg");
    AT(1987, "U.S. Treasury Secretary James Baker said so.", "James Baker");
    /* lower case */
    AT(1987, "Japan's finance minister Kiichi Miyazawa said so.", "Kiichi Miyazawa");
    /* after the name, in apposition */
    AT(1987, "Paul Volcker, chairman of the Federal Reserve Board, said so.",
       "Paul Volcker");
    AT(1987, "Nigel Lawson, Britain's Chancellor of the Exchequer, said so.",
       "Nigel Lawson");
    AT(1987, "Marlin Fitzwater, the White House spokesman, said so.",
       "Marlin Fitzwater");
    AT(1987, "Carla Anderson, the finance minister, said so.", "Carla Anderson");
    /* title, comma, name */
    AT(1987, "Then the Secretary of State, George Shultz, said so.", "George Shultz");
    AT(1987, "Then the Finance Minister, Carla Anderson, said so.", "Carla Anderson");
    /* not a name before a title: one word, or a country */
    AT(1987, "Meanwhile, the finance minister said so.", "");
    AT(1987, "In the United States, the Treasury Secretary said so.", "");
}

/* A wire probe of 1987: a state's negotiator holds a public post, a
 * union's or a company's does not; a former holder presented by a post
 * phrase is an official. */
static void test_negotiators(void **state)
{
    (void)state;
    AT(1987, "Max Kampelman, the chief U.S. arms negotiator, returned to Geneva.",
       "Max Kampelman");
    AT(1987, "Viktor Karpov, the chief Soviet negotiator, said so.", "Viktor Karpov");
    AT(1987, "Soviet negotiator Viktor Karpov said so.", "Viktor Karpov");
    AT(1987, "Chief U.S. negotiator Max Kampelman said so.", "Max Kampelman");
    AT(2019, "EU negotiator Michel Barnier said talks would resume.", "Michel Barnier");
    AT(2019, "Michel Barnier, the EU's chief negotiator, said so.", "Michel Barnier");
    AT(1987, "The union's chief negotiator, Jan Kern, said the strike would go on.", "");
    AT(1987, "Jan Kern, the chief union negotiator, said the strike would go on.", "");
    AT(1987, "Jan Kern, the company's chief negotiator, said the offer was final.", "");
    AT(1987, "Jan Kern, the chief hostage negotiator, said the gunman gave up.", "");
    AT(1987, "Jan Kern, the chief Ford Motor Co. negotiator, said the offer was final.",
       "");
    AT(1987, "Jan Kern, chief General Motors economist, said sales fell.", "");
}

/* Namesakes in office with one surname: the country before the title
 * picks its own (Fidel Castro and Honduras's Juan Alberto Melgar Castro in
 * 1976-1978); a form inside a run of initials is none ("H.E. Paul Biya"
 * holds no "E. Paul"). */
static void test_namesakes_by_country_and_initials(void **state)
{
    (void)state;
    AT(1977, "It was planned during the visit of Cuba's President Castro.", "Fidel Castro");
    AT(1977, "It was planned during the visit of Cuban President Castro.", "Fidel Castro");
    AT(2024, "I deliver the statement which H.E. Paul Biya, President of the Republic of "
             "Cameroon, has prepared.", "Paul Biya");
}

/* "Israel's Shamir": a country's possessive and a surname name that
 * country's official of the surname in office then, if just one. */
static void test_country_possessive_surname(void **state)
{
    (void)state;
    AT(1987, "Israel's Shamir rejected the plan.", "Yitzhak Shamir");
    AT(1987, "Nicaragua's Ortega said the contras must disarm.", "Daniel Ortega");
    AT(1975, "Israel's Shamir rejected the plan.", "");        /* not yet in office */
    AT(0, "Israel's Shamir rejected the plan.", "");           /* undated */
    AT(1987, "Egypt's Shamir rejected the plan.", "");         /* not Egypt's */
    AT(1987, "Israel's Labor Party rejected the plan.", "");
}

/* A hard-wrapped text: a line that goes on with a sentence is no
 * headline, so the titles on it count; and the words of a region or of a
 * body's name that a wrapped line puts before a title are no name. */
static void test_hard_wrapped_lines(void **state)
{
    (void)state;
    AT(1996, "We welcome the meeting\nbetween President Arafat and Prime Minister Netanyahu,\n"
             "which is an important step.", "Benjamin Netanyahu|Yasser Arafat");
    AT(1982, "We have all noticed that in his last tour\nof Southeast Asia, the Minister for "
             "Foreign\nAffairs of Viet Nam has spoken.", "");
    AT(1994, "As\nChairman of that Committee, the Minister for Foreign\nAffairs with Special "
             "Responsibilities on Constitutional\nReview, Senator Filipe N. Bole, met us.",
       "Filipe Bole");
    AT(1995, "We thank Boutros-Ghali and his Special Representatives, Jan Kern and "
             "Ambassador Joe Smith, and others.", "Joe Smith");
    /* a salutation line ends with a comma: no headline */
    AT(2020, "Honoured President of the General Assembly,\nSecretary General Guterres,\n"
             "Dear Members of the UN family,\nI greet you.", "António Guterres");
    /* a headline line still is one */
    AT(1996, "Finance Minister Meets Bankers In Cairo\nThe minister met them on Monday.", "");
}

/* "H.E. Mr." between a title and the name is no part of the name. */
static void test_his_excellency_after_title(void **state)
{
    (void)state;
    AT(2024, "I congratulate the President of the General Assembly H.E. Mr. Philemon Yang.",
       "Philemon Yang");
}

/* A title in the plural names both people it is followed by. */
static void test_plural_titles(void **state)
{
    (void)state;
    AT(1987, "Ambassadors Arthur Hartman and Yuri Dubinin attended.",
       "Arthur Hartman|Yuri Dubinin");
    AT(1987, "Sens. Jan Kern and Joe Smith voted no.", "Jan Kern|Joe Smith");
    AT(1987, "Foreign Ministers Jan Kern of Chad and Joe Smith of Mali met.",
       "Jan Kern|Joe Smith");
    AT(1987, "The foreign ministers of Laos and Vietnam met.", "");
    AT(1979, "It was signed by Presidents Carter and Brezhnev, who agreed.",
       "Jimmy Carter|Leonid Brezhnev");
    /* ... and is no one's in apposition */
    AT(1983, "They met at Phnom Penh, the Foreign Ministers of Laos and Viet Nam.", "");
    AT(2017, "Presidents, Prime Ministers, Foreign Ministers and others came.", "");
    /* a singular title names one */
    AT(1987, "Ambassador Arthur Hartman and Yuri Dubinin attended.", "Arthur Hartman");
}

/* A company's chairman is no official: the body named before the title or
 * after the name decides; a state's, a region's or a public body's is. */
static void test_company_chairmen(void **state)
{
    (void)state;
    AT(1996, "Siemens Chairman Jan Kern said profits rose.", "");
    AT(1996, "Chairman Jan Kern of Siemens said profits rose.", "");
    AT(1996, "Deutsche Bank Chairman Jan Kern said so.", "");
    AT(1996, "Deputy Chairman Jan Kern said so.", "Jan Kern");
    AT(1996, "Palestinian Authority Chairman Jan Kern said so.", "Jan Kern");
    AT(1996, "Joint Chiefs Chairman Jan Kern said so.", "Jan Kern");
    AT(1996, "Chairman Jan Kern of the Joint Chiefs of Staff said so.", "Jan Kern");
    AT(1996, "Puntland President Jan Kern said so.", "Jan Kern");
    AT(1977, "We mourn Chairman Jan Kern of the Standing Committee of the National "
             "People's Congress.", "Jan Kern");
    AT(1979, "Comrade Chairman Jan Kern stated the following.", "Jan Kern");
    AT(2006, "Parish President Jan Kern said residents may return.", "Jan Kern");
}

/* A President or a spokesman after a body known by unknown initials, or
 * after a company's or a union's own word, heads that body; states' and
 * international bodies' initials make the post public. */
static void test_acronym_and_union_heads(void **state)
{
    (void)state;
    AT(1987, "IBM President Jan Kern announced the results.", "");
    AT(1987, "GM spokesman Jan Kern said the plant would close.", "");
    AT(1987, "AFL-CIO President Jan Kern denounced the bill.", "");
    AT(1987, "Teamsters President Jan Kern was indicted.", "");
    AT(1987, "General Motors Chairman Jan Kern said so.", "");
    AT(1987, "OPEC President Jan Kern opened the meeting.", "Jan Kern");
    AT(1987, "ECOWAS Chairman Jan Kern arrived.", "Jan Kern");
    AT(1987, "KGB chief Jan Kern spoke.", "Jan Kern");
    AT(1987, "NATO spokesman Jan Kern said.", "Jan Kern");
    AT(1987, "UAE President Jan Kern said.", "Jan Kern");
    AT(1987, "U.S. President Jan Kern said.", "Jan Kern");
    AT(1987, "UK Prime Minister Jan Kern said.", "Jan Kern");
}

/* A generic title in apposition after a gazetteer name presents the post
 * when the person held one it names. */
static void test_generic_title_after_known_name(void **state)
{
    (void)state;
    AT(1996, "Jimmy Carter, the former president, spoke.", "Jimmy Carter");
    AT(1996, "Jimmy Carter, the company president, spoke.", "");
    AT(1996, "Jan Kern, the former president, spoke.", "");
}

/* Posts and usual names a 2018 web-news probe found missing. */
static void test_web_news_2018(void **state)
{
    (void)state;
    AT(2018, "Special counsel Robert Mueller filed new charges.", "Robert Mueller");
    AT(1987, "Independent counsel Lawrence Walsh subpoenaed the papers.", "Lawrence Walsh");
    AT(2018, "Saudi Crown Prince Mohammed bin Salman denied any role.", "Mohammed bin Salman");
}

/* A security or intelligence chief is a state's post when a country or an
 * official says whose; a hotel's or a company's is not. */
static void test_security_chiefs(void **state)
{
    (void)state;
    AT(1996, "Russian security chief Alexander Lebed spoke.", "Alexander Lebed");
    AT(1996, "Alexander Lebed, Yeltsin's security chief, spoke.", "Alexander Lebed");
    AT(1996, "Israeli intelligence chief Jan Kern spoke.", "Jan Kern");
    AT(1996, "The hotel's security chief, Jan Kern, said the doors were locked.", "");
    AT(1996, "Microsoft security chief Jan Kern said the flaw was fixed.", "");
    AT(1996, "Jan Kern, the company's security chief, said the flaw was fixed.", "");
    AT(1996, "Jan Kern, the stadium security chief, said the gates were shut.", "");
}

/* ---- junk: not persons ------------------------------------------------------ */

static void test_junk_names(void **state)
{
    (void)state;
    AT(2019, "They flew into Hamid Karzai International Airport in Kabul.", "");
    AT(1990, "The vote in Martin Luther King Jr. County was close.", "");
    AT(2016, "It was sent by the King Salman Humanitarian Aid Centre.", "");
    AT(2000, "They saluted the Queen Mother on her birthday.", "");
    AT(1950, "He was named Envoy Extraordinary and Minister Plenipotentiary.", "");
    AT(1946, "He recalled the bombing of the King David Hotel.", "");
    AT(1989, "The oil spill in Prince William Sound grew.", "");
    AT(2002, "He was elected President Pro Tempore of the Senate.", "");
    AT(2015, "Mr. Secretary-General, Excellencies, Distinguished Delegates, I speak.", "");
    AT(2015, "Mr. Secretary-General Excellencies Distinguished Delegates, I speak.", "");
    AT(1955, "They signed the General Armistice Agreements in 1949.", "");
    AT(1997, "He praised the Kofi Annan Foundation and the Nelson Mandela Centre.", "");
    AT(2006, "A case was found on Prince Edward Island.", "");
    AT(1963, "He was elected Chief Minister of that State.", "");
    AT(1962, "He was the Chief Executive of this Organization.", "");
    /* a provincial chief health officer is an official
     * (tests/entities/LABELLING.md), and "Health Officer" is no name */
    AT(2005, "Chief Health Officer for PEI, Dr. Lamont Sweet, said so.", "Lamont Sweet");
    /* a generic title after a name needs a country or an international
     * organisation: a society's president is no official */
    AT(2015, "Experts like Chris Beyrer, president of the International AIDS "
             "Society, agree.", "");
    AT(2005, "Don Yeomans, head of the Near Earth Object Program, said so.", "");
    AT(2007, "The president of Bulgaria, Georgi Parvanov, pardoned them.", "Georgi Parvanov");
    AT(2009, "Keiji Fukuda, the chief of the UN's World Health Organization, said so.",
       "Keiji Fukuda");
    AT(2009, "David Nabarro, the United Nations coordinator for bird flu, said so.",
       "David Nabarro");
    /* a particle keeps a name going where the word alone would end it */
    AT(1990, "He met Sultan Qaboos bin Said in Muscat.", "Qaboos");
}

/* ---- canonical names ------------------------------------------------------- */

static void test_canonical_later_mentions(void **state)
{
    (void)state;
    AT(1987, "Federal Reserve Board Chairman Paul Volcker spoke. Mr. Volcker said "
             "rates would rise, and Volcker added more.", "Paul Volcker");
    AT(1987, "Ambassador Smithson arrived. Ambassador Peter Smithson spoke.",
       "Peter Smithson");
    /* two people with one surname stay two; the bare surname counts for
     * neither */
    AT(1987, "Senator Howard Baker and Secretary of State James Baker met. "
             "Secretary Baker said no.", "Howard Baker|James Baker");
    AT(1987, "Senator John Bakerson and Governor Mary Bakerson met. "
             "Senator Bakerson said no.", "John Bakerson|Mary Bakerson");
}

static void test_canonical_patronymic(void **state)
{
    (void)state;
    AT(2005, "The region governor Alexander Nikolayevich Tkachyov said no.",
       "Alexander Tkachyov");
    AT(2005, "The region governor Natalia Ivanovna Petrova said no.", "Natalia Petrova");
}

/* Surnames that are also words ending a name or naming a building. */
static void test_surname_words(void **state)
{
    (void)state;
    AT(2018, "Attorney General Jeff Sessions resigned on Wednesday.", "Jeff Sessions");
    AT(2018, "Attorney General Jeff Sessions said so. Sessions added more.", "Jeff Sessions");
    AT(1987, "Former Sen. John Tower headed the review board.", "John Tower");
    AT(1976, "Sen. Frank Church said so.", "Frank Church");
    AT(1996, "Rep. Tony Hall, D-Ohio, visited the north.", "Tony Hall");
    AT(2018, "Vice Premier Liu He flew to Washington.", "Liu He");
    AT(2018, "We met Minister Jan Kern. He said no.", "Jan Kern");
    /* still places and sessions */
    AT(1990, "They met at Queen Elizabeth Hall in London.", "");
    AT(1990, "Sen. John Tower Building was closed.", "");
    AT(1990, "President Razali Ismail Session opened.", "Razali Ismail");
}

/* "ambassador" and "envoy" in lower case: a state's after its country, in
 * apposition too; a celebrity's or a brand's never. */
static void test_lower_case_envoys(void **state)
{
    (void)state;
    AT(2008, "Bolivia expelled the US ambassador, Philip Goldberg.", "Philip Goldberg");
    AT(2008, "They met the American envoy, Jan Kern, on Friday.", "Jan Kern");
    AT(2008, "US ambassador Jan Kern said so.", "Jan Kern");
    AT(1987, "Ambassador Vernon Walters spoke.", "Vernon Walters");
    AT(2008, "UNHCR goodwill ambassador Angelina Jolie visited the camp.", "");
    AT(2008, "She is a brand ambassador, Jan Kern said.", "");
}

/* "Amir" is a given name right after an office's title, not the emir's
 * title that would leave a bare surname. */
static void test_given_name_amir(void **state)
{
    (void)state;
    AT(2006, "Israeli Defence Minister Amir Peretz ordered the strikes.", "Amir Peretz");
    AT(2019, "Public Security Minister Amir Ohana spoke.", "Amir Ohana");
}

/* A title after an official's possessive, set off by commas: the
 * official's staff serve the state. */
static void test_title_after_official_possessive(void **state)
{
    (void)state;
    AT(1996, "Yeltsin's chief of staff, Jan Kern, said so.", "Jan Kern");
    AT(1996, "The chief of staff, Jan Kern, said so.", "Jan Kern");
    AT(1996, "Microsoft's chief of staff, Jan Kern, said so.", "");
}

/* Wire copy's middle initials: one person, one value, with or without
 * them; initials that are the given names stay. */
static void test_canonical_middle_initial(void **state)
{
    (void)state;
    AT(1987, "State Department spokesman Charles E. Redman said so.", "Charles Redman");
    AT(1987, "State Department spokesman Charles Redman said so.", "Charles Redman");
    AT(1987, "Gov. Michael S. Dukakis of Massachusetts spoke.", "Michael Dukakis");
    AT(1987, "Deputy Foreign Minister Yuli M. Vorontsov spoke.", "Yuli Vorontsov");
    AT(1987, "Vice Adm. John M. Poindexter testified. Poindexter said no.", "John Poindexter");
    AT(1987, "Mayor Edward I. Koch said the city would appeal.", "Edward Koch");
    AT(1996, "Prime Minister H. D. Deve Gowda spoke.", "H. D. Deve Gowda");
    AT(1996, "Minister J. K. Kern spoke.", "J. K. Kern");
    AT(1996, "Minister J. Kern spoke.", "J. Kern");
    AT(1987, "Sen. Harold H. Venn Jr. spoke.", "Harold Venn Jr.");
}

static void test_canonical_folding(void **state)
{
    (void)state;
    /* outside the gazetteer: accents folded so spellings merge */
    AT(1980, "We heard from Ambassador Jósé Pérez-Ñandú yesterday.", "Jose Perez-Nandu");
    AT(1980, "We heard from Ambassador Jose Perez-Nandu yesterday.", "Jose Perez-Nandu");
    /* in the gazetteer: its form, with its accents */
    AT(1960, "We mourn Secretary-General Dag Hammarskjold.", "Dag Hammarskjöld");
    AT(1960, "We mourn Dag Hammarskjöld.", "Dag Hammarskjöld");
}

static void test_canonical_split_persons(void **state)
{
    (void)state;
    AT(1988, "President Gorbachev and General Secretary Gorbachev met Mikhail "
             "Gorbachev, Mikhail S. Gorbachev and Mikhail Sergeyevich Gorbachev.",
       "Mikhail Gorbachev");
    AT(1988, "We thank Secretary-General Perez de Cuellar.", "Javier Pérez de Cuéllar");
    AT(1988, "We thank Javier Peres de Cuellar.", "Javier Pérez de Cuéllar");
    AT(1988, "We thank Javier Perez de Cuellar and Javier Pérez de Cuellar.",
       "Javier Pérez de Cuéllar");
    AT(2010, "We thank Secretary-General Ban Ki- Moon.", "Ban Ki-moon");
    AT(1996, "We thank Ambassador Razali.", "Razali Ismail");
    AT(1996, "We thank Razali Ismail.", "Razali Ismail");
    AT(1993, "We thank Ambassador Insanally.", "Samuel Insanally");
    AT(1993, "We thank Samuel Insanally.", "Samuel Insanally");
    AT(1975, "We thank Ambassador Jarring.", "Gunnar Jarring");
    AT(1975, "We thank Gunnar Jarring.", "Gunnar Jarring");
}

static void test_gazetteer_repaired(void **state)
{
    (void)state;
    size_t amb = 0;
    assert_null(fa_gazetteer_official_name(gz, "' Ismail", &amb));
    assert_string_equal(fa_gazetteer_official_name(gz, "Arnold Rüüte", NULL),
                        "Arnold Rüütel");
    assert_string_equal(fa_gazetteer_official_name(gz, "Francois Mitterand", NULL),
                        "François Mitterrand");
    assert_string_equal(fa_gazetteer_official_country(gz, "Nikita Khrushchev"), "SUN");
    assert_string_equal(fa_gazetteer_official_post(gz, "Richard Nixon"), "President");

    /* The whole table: no name opens with punctuation (a lost first name),
     * none is a variant's name cut short. */
    FILE *f = fopen(FA_DATADIR "/officials.tsv", "r");
    assert_non_null(f);
    char line[8192];
    size_t rows = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#')
            continue;
        rows++;
        char *name = line, *tab = strchr(line, '\t');
        assert_non_null(tab);
        *tab = '\0';
        if (!((unsigned char)name[0] >= 'A' && (unsigned char)name[0] <= 'Z') &&
            (unsigned char)name[0] < 0x80)
            fail_msg("officials.tsv: \"%s\" does not start with a capital", name);
        char *variants = tab + 1;
        for (int k = 0; k < 4 && variants; k++) {
            variants = strchr(variants, '\t');
            variants = variants ? variants + 1 : NULL;
        }
        /* "Arnold Rüüte" beside "Arnold Rüütel": the same words but the
         * last, which the variant extends (the curated short forms that
         * are the person's usual name are the exceptions) */
        const char *sp = strrchr(name, ' ');
        size_t nl = strlen(name), head = sp ? (size_t)(sp - name) + 1 : 0;
        int exempt = !strcmp(name, "Emomali Rahmon") || !strcmp(name, "Michel Sleiman");
        for (char *v = variants; v && *v && *v != '\t' && *v != '\n' && !exempt;) {
            size_t vl = strcspn(v, "|\t\n");
            if (sp && vl > nl && !memcmp(v, name, nl) && !memchr(v + head, ' ', vl - head) &&
                !memchr(v + head, '-', vl - head))
                fail_msg("officials.tsv: \"%s\" is cut short of its variant \"%.*s\"",
                         name, (int)vl, v);
            v += vl + (v[vl] == '|');
        }
    }
    fclose(f);
    assert_true(rows > 2000);
}

/* ---- dates ------------------------------------------------------------------ */

static void test_dates_namesakes(void **state)
{
    (void)state;
    AT(2002, "Then President George Bush spoke to Congress.", "George W. Bush");
    AT(1991, "Then President George Bush spoke to Congress.", "George H. W. Bush");
    AT(2002, "Then President Bush spoke to Congress.", "George W. Bush");
    AT(1991, "Then President Bush spoke to Congress.", "George H. W. Bush");
    AT(1990, "Then President Castro spoke.", "Fidel Castro");
    AT(2012, "Then President Castro spoke.", "Raúl Castro");
    AT(2023, "Then President Castro spoke.", "Xiomara Castro");
    /* not yet in office: no gazetteer person */
    AT(2010, "We welcome Iris Xiomara Castro de Zelaya.", "");
    AT(2023, "We welcome Iris Xiomara Castro de Zelaya.", "Xiomara Castro");
    /* the post must fit: an ambassador is no pope */
    AT(2024, "We thank Ambassador Francis for his presidency.", "Dennis Francis");
    AT(2015, "We thank Pope Francis for his visit.", "Pope Francis");
    AT(1975, "Then Foreign Minister Gromyko spoke.", "Andrei Gromyko");
    /* a former holder named after the tenure is still that person */
    AT(1975, "We recall President Eisenhower's words.", "Dwight D. Eisenhower");
    /* two namesakes in office in 1987, James Baker at the Treasury and
     * Howard Baker at the White House: a title that fits any post is
     * matched against the words of the post each held then */
    AT(1987, "U.S. Treasury Secretary Baker said the dollar was too high.", "James Baker");
    AT(1987, "Then Secretary Baker agreed.", "James Baker");
    AT(1987, "Baker, the Treasury Secretary, said so.", "James Baker");
}

static void test_dates_former_and_courtesy(void **state)
{
    (void)state;
    /* a former holder named without any post is not presented as one */
    AT(1972, "As Woodrow Wilson warned, peace needs justice.", "");
    AT(1972, "As President Woodrow Wilson warned, peace needs justice.", "Woodrow Wilson");
    AT(2007, "The concert was organised by Nelson Mandela.", "");
    AT(2007, "Former President Nelson Mandela spoke.", "Nelson Mandela");
    /* in office at the date: counted, with or without a post */
    AT(1996, "Nelson Mandela spoke.", "Nelson Mandela");
    /* "Mr. X": the one holder of that surname in office then, when the
     * article names the post */
    AT(1955, "The efforts of the Secretary-General have met with success. To "
             "Mr. Hammarskjold goes our gratitude.", "Dag Hammarskjöld");
    AT(1955, "To Mr. Hammarskjold goes our gratitude.", "");
    AT(1947, "Mr. Molotov, at the last session, said so.", "");
    AT(1975, "The Foreign Minister of the Soviet Union spoke. Mr. Gromyko said so.",
       "Andrei Gromyko");
    AT(0, "The Foreign Minister of the Soviet Union spoke. Mr. Gromyko said so.", "");
}

static void test_dates_posts(void **state)
{
    (void)state;
    POSTS(1971, "Then President Nixon spoke.", "Richard Nixon=President");
    POSTS(1959, "Then Vice-President Nixon spoke.", "Richard Nixon=Vice-President");
    POSTS(1986, "Then Mikhail Gorbachev spoke.",
          "Mikhail Gorbachev=General Secretary of the Communist Party");
    POSTS(1991, "Then Mikhail Gorbachev spoke.", "Mikhail Gorbachev=President");
    POSTS(1975, "Then Leonid Brezhnev spoke.",
          "Leonid Brezhnev=General Secretary of the Communist Party");
    POSTS(1960, "Then Nikita Khrushchev spoke.",
          "Nikita Khrushchev=Chairman of the Council of Ministers");
    /* undated: the post the gazetteer shows */
    POSTS(0, "Then Richard Nixon spoke.", "Richard Nixon=President");
    POSTS(0, "Then Ambassador Peter Smithson spoke.", "Peter Smithson=-");
}

static void test_dates_undated(void **state)
{
    (void)state;
    /* Without a date no tenure is checked: a full name is its person, and a
     * surname two holders share stays as written. */
    AT(0, "Then President George Bush spoke.", "George H. W. Bush");
    AT(0, "Then President George W. Bush spoke.", "George W. Bush");
    /* ... and is then no value at all: a bare surname is counted for
     * neither holder (issue 11) */
    AT(0, "Then President Bush spoke.", "");
    AT(0, "We welcome Iris Xiomara Castro de Zelaya.", "Xiomara Castro");
}

static void test_recall_well_known(void **state)
{
    (void)state;
    AT(1962, "We heard Fidel Castro at length.", "Fidel Castro");
    AT(1962, "We heard Andrei Gromyko at length.", "Andrei Gromyko");
    AT(1970, "Prime Minister Fidel Castro spoke.", "Fidel Castro");
}

/* ---- posts of agencies and local government (issue 11, real text) ------ */

static void test_agency_post_before_name(void **state)
{
    (void)state;
    /* "<post of a public body>, <Name>, said" */
    AT(0, "It spread fast. The spokesman for the Lusaka Health Ministry, "
          "Mwape Banda, said more tests were due.", "Mwape Banda");
    AT(0, "It spread fast. The mayor of Kestel, Ayse Duran, claims help "
          "came late.", "Ayse Duran");
    AT(0, "It spread fast. According to Leeds Fire Chief, Tom Harker, "
          "nobody was hurt.", "Tom Harker");
    AT(0, "It spread fast. Chief Health Officer for the province, "
          "Dr. Ruth Olsen, said it was mild.", "Ruth Olsen");
    AT(0, "It spread fast. The Deputy Director of the Caribbean Health "
          "Agency (CHA), Paul Weir said it was mild.", "Paul Weir");
    /* a private body, or no body at all: nobody */
    AT(0, "It spread fast. The director of the Tallinn University "
          "laboratory, Mart Kask, said it was mild.", "");
    AT(0, "It spread fast. Head of the hospital's department of "
          "pediatrics, Dr. Ann Lowe, said it was mild.", "");
    AT(0, "It spread fast. After meeting the health minister, Jan Novak "
          "said it was mild.", "");
}

static void test_agency_post_after_name(void **state)
{
    (void)state;
    /* "<Name>, [the] <post> of <public body>" */
    AT(0, "Mr Lin Wei-ting, deputy director of the Bureau of Plant "
          "Quarantine, said no.", "Lin Wei-ting");
    AT(0, "Dr. Asha Rao, the regional director of Public Health in the "
          "region, said it was mild.", "Asha Rao");
    /* an initial "A." in the name is not the article "a" (and, a middle
     * initial, is left out of the value) */
    AT(0, "Dr. Luis A. Vega Mora, the health secretary of Mexico, said it "
          "was mild.", "Luis Vega Mora");
    /* a centre for disease control is a public body */
    AT(0, "Dr. Mary Lutz, the acting director of the Centre for Disease "
          "Control, said it was mild.", "Mary Lutz");
    /* a police officer is no official; a health officer is */
    AT(0, "Tom Reed, a police officer in the city, said it was mild.", "");
    AT(0, "Tom Reed, the city health officer, said it was mild.", "Tom Reed");
    /* "Chief Veterinarian of the ..." continues the title: no person
     * called Veterinarian */
    AT(0, "Mark Ellis, Chief Veterinarian of the Department of Agriculture, "
          "confirmed it.", "Mark Ellis");
    AT(0, "Mark Ellis, director of the city zoo, confirmed it.", "");
    /* but a ruler of a country keeps his one name */
    AT(1961, "President Sukarno of Indonesia came.", "Sukarno");
}

static void test_agency_post_premodified(void **state)
{
    (void)state;
    /* "<public body> <post> <Name>" */
    AT(0, "WHO Europe regional director Anna Berg said it was mild.", "Anna Berg");
    AT(0, "It rose, according to Hammond Health Officer-Administrator "
          "Rui Santos.", "Rui Santos");
    AT(0, "UNICEF Chad representative Omar Diallo said it was mild.",
       "Omar Diallo");
    /* "<post> of/for [the] <body> <Name> said": the body's last word ends it */
    AT(0, "Press officer for the UN Development Programme Lena Holt said it was "
          "mild.", "Lena Holt");
    AT(0, "Deputy Minister of Water Resources and Environment Tran Van Long "
          "claimed it was mild.", "Tran Van Long");
    /* a post after a copula: "The victims are former chief of police, X" */
    AT(0, "The victims are the former chief of police, Carl DeWitt and a "
          "farmer.", "Carl DeWitt");
    /* "chief epidemiologist": chief before a noun heads nothing */
    AT(0, "It rose, according to Ada Obi, chief epidemiologist at the "
          "Ministry of Health.", "");
    /* a country does not make a director's body public: an NGO */
    AT(0, "Omar Said, director of Hope Villages Sudan, said it was mild.", "");
    /* a country and a director are not a public post: a film director */
    AT(0, "British director Ken Barlow said it was mild.", "");
    AT(0, "Company director Ken Barlow said it was mild.", "");
}

/* ---- posts composed from a head word and a body (issue 11, real-tune3) --
 * Made-up names throughout: the rule must find them, not the gazetteer. */

static void test_composed_heads_of_banks_and_boards(void **state)
{
    (void)state;
    /* a central bank is public; a bank is otherwise a company */
    AT(1987, "Farid Qadri, president of the Central Bank of Brazil, said.", "Farid Qadri");
    AT(1987, "Farid Qadri, head of the central bank, said.", "Farid Qadri");
    AT(1987, "Farid Qadri, the new Federal Reserve chairman, said.", "Farid Qadri");
    AT(1987, "Farid Qadri, president of the Merchant Bank, said.", "");
    /* a commission is public, a company's board is not */
    AT(1987, "Farid Qadri, chairman of the Securities and Exchange Commission, "
             "said.", "Farid Qadri");
    AT(1987, "Farid Qadri, chairman of General Motors, said.", "");
    AT(1987, "Farid Qadri, the company's chairman, said.", "");
    /* international bodies of the 1980s and 1990s */
    AT(1987, "Farid Qadri, director-general of GATT, said.", "Farid Qadri");
    AT(1987, "Farid Qadri, the EC's agriculture commissioner, said.", "Farid Qadri");
}

static void test_composed_portfolios(void **state)
{
    (void)state;
    /* a portfolio makes a minister's or a secretary's post public ... */
    AT(1996, "Farid Qadri, the agriculture secretary, said.", "Farid Qadri");
    AT(1996, "Farid Qadri, assistant secretary of state for African affairs, said.",
       "Farid Qadri");
    AT(1996, "Farid Qadri, undersecretary of commerce for international trade, said.",
       "Farid Qadri");
    AT(1996, "Farid Qadri, the attorney general, said.", "Farid Qadri");
    /* ... but not a director's: a company's finance director */
    AT(1996, "Farid Qadri, the finance director of Acme, said.", "");
    AT(1996, "Farid Qadri, an attorney for the family, said.", "");
    /* the body's name joins capitalised words with of, for, and */
    AT(1996, "Farid Qadri, Ministry of Health spokesperson, said.", "Farid Qadri");
    AT(1996, "It spread. Ministry of Health spokesperson Farid Qadri said so.",
       "Farid Qadri");
    AT(1996, "Police Superintendent Farid Qadri said.", "Farid Qadri");
    /* a post that starts the text */
    AT(1996, "Minister of Economy and Finance Farid Qadri said.", "Farid Qadri");
    /* a courtesy title between the body and the name */
    AT(1996, "Director of Medical Services Dr. Farid Qadri said.", "Farid Qadri");
    /* after a speech verb */
    AT(1996, "\"It holds,\" said a spokeswoman for the Treasury, Farid Qadri.",
       "Farid Qadri");
}

static void test_composed_legislators_and_local(void **state)
{
    (void)state;
    AT(1996, "Member of Parliament Farid Qadri said.", "Farid Qadri");
    AT(1996, "Farid Qadri, a member of parliament, said.", "Farid Qadri");
    AT(1996, "Farid Qadri, a member of the chess club, said.", "");
    AT(1996, "Farid Qadri, the premier of Ontario, said.", "Farid Qadri");
    /* "the <title> of <any body>, <Name>" and a verb after the name */
    AT(1996, "The governor of the southern Kassala state, Farid Qadri told them.",
       "Farid Qadri");
    AT(1996, "After meeting the health minister, Jan Novak said it was mild.", "");
    /* initials written together */
    AT(1996, "FK Qadri, deputy director of health services, said.", "FK Qadri");
}

static void test_bare_surnames_are_no_values(void **state)
{
    (void)state;
    /* a surname that neither the article nor the gazetteer completes */
    AT(1996, "President Qadri said.", "");
    AT(1996, "Later Minister Qadri said.", "");
    /* completed by the article: the full name */
    AT(1996, "President Farid Qadri came. President Qadri said.", "Farid Qadri");
    /* a monarch keeps the one name */
    AT(1996, "Queen Anne spoke.", "Anne");
    /* and a company named after a king is nobody */
    AT(1996, "King Nut Companies recalled the butter.", "");
}

static void test_spelling_variants_and_titled_forms(void **state)
{
    (void)state;
    /* a surname after a title, spelled one letter off: the one official
     * near it with that post in office at the date */
    AT(1995, "President Yeltzin said so.", "Boris Yeltsin");
    AT(1995, "President Mubarek said so.", "Hosni Mubarak");
    /* ... never undated, nor for a post that does not fit */
    AT(0, "President Yeltzin said so.", "");
    AT(1995, "Ambassador Yeltzin said so.", "");
    /* a name form that starts with a title presents the post: counted
     * outside the tenures, where the bare name is not */
    AT(1988, "Prince Norodom Sihanouk spoke.", "Norodom Sihanouk");
    AT(1988, "As Norodom Sihanouk wrote, it was so.", "");
    /* an honorific the data puts first is not the canonical name */
    AT(1999, "President Seyed Mohammad Khatami spoke.", "Mohammad Khatami");
    AT(1999, "President Mohammad Khatami spoke.", "Mohammad Khatami");
    /* a full name respelled: the one official of that name in office */
    AT(1989, "Foreign Minister Eduard Sheverdnadze spoke.", "Eduard Shevardnadze");
    AT(1989, "The Secretary-General, Mr. Javier Perez de Cullar, spoke.",
       "Javier Pérez de Cuéllar");
    AT(1950, "Foreign Minister Eduard Sheverdnadze spoke.", "Eduard Sheverdnadze");
    AT(2000, "Secretary-General Kofi Anan said so.", "Kofi Annan");
    /* initials, a patronymic's among them */
    AT(1975, "Foreign Minister A. A. Gromyko said so.", "Andrei Gromyko");
    /* a canonical name the data cut short is repaired (Tolber) */
    AT(1976, "President William Tolbert spoke.", "William R. Tolbert");
    /* courtesy titles in a row are no part of the name */
    AT(1990, "The Chairman of the Authority, Alhaji Sir Farid Qadri, spoke.",
       "Farid Qadri");
    AT(1987, "We met Madame Farid Qadri, Under-Secretary-General in the "
             "Department, today.", "Farid Qadri");
    /* ... and so is a rank (Major-General Juvénal Habyarimana) */
    AT(1990, "President Juvenal Habyarimana spoke.", "Juvénal Habyarimana");
    /* a post's name ends where a lower-case word follows */
    AT(2006, "Member of Parliament Farid Qadri skipped the meeting.", "Farid Qadri");
}

static void test_posts_possessives_courtesy_and_countries(void **state)
{
    (void)state;
    /* a possessive inside the post */
    AT(2009, "Farid Qadri, the country's health minister, said.", "Farid Qadri");
    AT(2009, "Farid Qadri, the state's chief veterinarian, said.", "Farid Qadri");
    AT(2009, "It rose, said Farid Qadri, the health ministry's spokesman.", "Farid Qadri");
    AT(2009, "It rose, said the health ministry's spokesman, Farid Qadri.", "Farid Qadri");
    AT(2009, "Farid Qadri, the UN's humanitarian coordinator, said.", "Farid Qadri");
    AT(2009, "Farid Qadri, the company's finance director, said.", "");
    AT(2009, "Dr. Ann Lowe, the clinical director of the Regional Public Health "
             "Service, said.", "");
    /* the head word is the last of "chief ... officer"; police and army */
    AT(2009, "It rose. Farid Qadri, the police chief, said so.", "Farid Qadri");
    AT(2009, "It rose. Farid Qadri, the army chief of staff, said so.", "Farid Qadri");
    AT(2009, "It rose. Farid Qadri, the chief executive of Acme, said so.", "");
    /* a courtesy title after the comma */
    AT(1985, "We thank the President of the General Assembly, Mr. Farid Qadri, "
             "for this.", "Farid Qadri");
    AT(1985, "We heard the Foreign Minister of Kenya, Mr. Farid Qadri, today.",
       "Farid Qadri");
    /* an apposition set off by dashes, as the wire writes it */
    AT(1987, "Farid Qadri -- the finance minister -- said so.", "Farid Qadri");
    AT(2005, "Farid Qadri \xe2\x80\x93 a military spokesman \xe2\x80\x93 said so.",
       "Farid Qadri");
    AT(1987, "Farid Qadri -- a British tourist -- said so.", "");
    /* a rank or a title ends the name's run from the left; a rank's word
     * is still a surname after a title */
    AT(1992, "As Prime Minister Major said, it will be long.", "John Major");
    /* a rank or a title ends the name's run from the left */
    AT(2005, "According to Marine Corps Major Farid Qadri, a military spokesman, "
             "it held.", "Farid Qadri");
    AT(1977, "We heard the President of the Republic of Kenya, Major-General Farid "
             "Qadri, today.", "Farid Qadri");
    /* the General Debate's styles of address */
    AT(1985, "We thank the President of Kenya, His Excellency Mr. Farid Qadri, for "
             "this.", "Farid Qadri");
    AT(1985, "We welcome His Excellency Farid Qadri, President of Kenya, here.",
       "Farid Qadri");
    AT(1985, "We heard His Excellency Al-Hadj Farid Qadri, President of Kenya.",
       "Farid Qadri");
    AT(1985, "His Majesty King Farid Qadri spoke.", "Farid Qadri");
    AT(1985, "It deported His Majesty King Farid V and his family.", "Farid V");
    AT(1985, "We thank His Excellency, the President, for it.", "");
    /* a country ends the title, the name follows without a comma */
    AT(2009, "It rose. Prime Minister of Kenya Farid Qadri said.", "Farid Qadri");
}

static void test_leaders_envoys_and_generic_titles(void **state)
{
    (void)state;
    /* a country's leader heads it; an opposition or a people's does not */
    AT(1987, "He met Soviet leader Hugo Brenner.", "Hugo Brenner");
    AT(2016, "North Korean leader Hugo Brenner said so.", "Hugo Brenner");
    AT(1987, "Then opposition leader Hugo Brenner spoke.", "");
    AT(1987, "Then Kurdish leader Hugo Brenner spoke.", "");
    /* an ambassador to a body, a body's lower-case words before a head */
    AT(1996, "Ambassador to the United Nations Sanna Koivu said.", "Sanna Koivu");
    AT(2016, "EU foreign policy chief Sanna Koivu said.", "Sanna Koivu");
    /* agencies known by their initials, the White House, negotiators and
     * commanders */
    AT(2018, "FBI Director Harold Venn said so.", "Harold Venn");
    AT(2018, "Harold Venn, the CIA director, said so.", "Harold Venn");
    AT(2018, "White House press secretary Harold Venn said so.", "Harold Venn");
    AT(2018, "EU chief negotiator Harold Venn said so.", "Harold Venn");
    AT(2018, "Harold Venn, the commander of NATO forces, said so.", "Harold Venn");
    AT(1987, "PLO chairman Harold Venn said so.", "Harold Venn");
    /* a body ending in a country or in Refugees, before the name */
    AT(2018, "UN special envoy for Syria Harold Venn said so.", "Harold Venn");
    AT(2018, "UN High Commissioner for Refugees Harold Venn said so.", "Harold Venn");
    /* "the <possessive> <title>, Name", but not a party's */
    AT(1987, "The president's national security adviser, Harold Venn, said so.",
       "Harold Venn");
    AT(2018, "Harold Venn, the party's general secretary, said so.", "");
    /* a title of two or more words is never a name, and after the comma
     * it is skipped */
    AT(1981, "We hope that the meeting between the United States Secretary of State "
             "and the Soviet Foreign Minister will give a signal.", "");
    AT(1981, "We thank the Secretary of State, Foreign Minister Jan Kern, for it.",
       "Jan Kern");
    /* lower-case titles after a nationality, as web news writes them */
    AT(2018, "It rose, German chancellor Hugo Brenner said.", "Hugo Brenner");
    AT(2018, "It rose, Republican senator Hugo Brenner said.", "Hugo Brenner");
    AT(2018, "It rose, said mayor Hugo Brenner.", "Hugo Brenner");
    AT(2018, "It rose, company president Hugo Brenner said.", "");
    /* a lower-case part after a hyphen is a name's unless a compound goes
     * on ("Ki-moon", not "Commander-in-Chief") */
    AT(2010, "Secretary-General Ban Ki-moon spoke.", "Ban Ki-moon");
    AT(2018, "President Moon Jae-in spoke.", "Moon Jae-in");
    AT(1970, "President Commander-in-Chief said so.", "");
    /* a suffix is part of the name, with its period */
    AT(1987, "Chief of Staff Harold H. Venn Jr. said so.", "Harold Venn Jr.");
    AT(1990, "The vote in Martin Luther King Jr. County was close.", "");
    /* a generic title right after a private body heads that body */
    AT(2016, "The university hospital chief John Smith said.", "");
    AT(2016, "Acme Corporation President John Smith said.", "");
    AT(2016, "Soviet President Hugo Brenner said.", "Hugo Brenner");
}

static void test_places_named_after_monarchs(void **state)
{
    (void)state;
    AT(0, "Ducks were found in Queen Anne's County in Maryland.", "");
    AT(0, "Queen Anne spoke.", "Anne");
}

/* ---- fourth round (real-tune4.tsv): shapes the rules stopped short of -- */

static void test_gazetteer_form_past_the_name_rules(void **state)
{
    (void)state;
    /* after a title the name rules stop at "St." (no initial) and at words
     * they do not know; the gazetteer's longer form wins */
    AT(2011, "We thank Ambassador Donatus Keith St. Aimee for his work.",
       "Donatus Keith St. Aimee");
    AT(2018, "We thank Mr. Joan-Enric Vives i Sicilia for his work.",
       "Joan-Enric Vives i Sicilia");
    /* "do" (Portuguese) sits inside a name as "dos" does; the surname
     * with its particle after a courtesy title ends the gazetteer form */
    AT(2018, "We thank Mr. Evaristo do Espirito Santo Carvalho today.",
       "Evaristo do Espirito Santo Carvalho");
    /* ... and a name outside the gazetteer is still the words the rules
     * took: no gazetteer form, no extension */
    AT(2018, "Minister Farid Qadri do Lemos spoke.", "Farid Qadri do Lemos");
}

static void test_courtesy_and_time_words_inside_posts(void **state)
{
    (void)state;
    /* "His Excellency" between a post and the name */
    AT(1989, "It killed the Minister of Planning His Excellency Farid Qadri.",
       "Farid Qadri");
    AT(1989, "We heard Her Excellency Mrs. Farida Qadri, Minister for Planning "
             "of the Republic.", "Farida Qadri");
    /* a portfolio of two words, one hyphenated, ends the ministry's name */
    AT(1989, "It killed the Minister of Planning and Co-operation Farid Qadri.",
       "Farid Qadri");
    AT(1989, "It killed the Minister of Culture and Tourism Farid Qadri.",
       "Farid Qadri");
    /* "the then <post>, <Name>" as "the <post>, <Name>" */
    AT(1990, "It was worked by the then Minister of Economic Affairs, Farid Qadri.",
       "Farid Qadri");
    AT(1990, "It was said by the late Prime Minister, Farid Qadri, in 1970.",
       "Farid Qadri");
    /* ... "then" alone is no such word */
    AT(1990, "It was said then, Farid Qadri recalled.", "");
}

static void test_bodies_are_no_names(void **state)
{
    (void)state;
    /* a body's name before a post in apposition is not its holder */
    AT(1986, "The current Chairman of the Non-Aligned Movement, Prime Minister "
             "Farid Qadri of the country, spoke.", "Farid Qadri");
    AT(1986, "So said the Chairman of the Farmers League, President Farid Qadri.",
       "Farid Qadri");
    AT(1986, "So said Qadri Federation, president of the country.", "");
    /* after "the", capitalised words name a thing, not a person */
    AT(1986, "We back the Jan Kern Plan, Prime Minister of the country.", "");
}

static void test_post_nouns_for_courtesy_surnames(void **state)
{
    (void)state;
    /* "the presidency" names the post: a courtesy title's surname in a
     * dated article is then the one official of that surname in office
     * with a fitting post (Stoyan Ganev presided over the General Assembly
     * in 1992-1993) */
    AT(1993, "On your election to the presidency of this session we thank "
             "your predecessor, Mr. Ganev.", "Stoyan Ganev");
    /* ... without any post named, the surname presents none */
    AT(1993, "On your election we thank your predecessor, Mr. Ganev.", "");
    /* ... nor undated */
    AT(0, "On your election to the presidency of this session we thank "
          "your predecessor, Mr. Ganev.", "");
}

static void test_wire_shapes_of_1987_and_1996(void **state)
{
    (void)state;
    /* a surname opening its clause before a post in apposition: the one
     * gazetteer official of that surname whose post fits, in office */
    AT(1996, "Primakov, the foreign minister, said so.", "Yevgeny Primakov");
    /* ... never a value of its own, nor a word that is no surname */
    AT(1996, "Kern, the finance minister, said so.", "");
    AT(1996, "Moreover, the foreign minister said so.", "");
    /* "who is", "who was", "who has been" before the post */
    AT(1987, "Jan Kern, who is finance minister, said so.", "Jan Kern");
    AT(1987, "Jan Kern, who was the finance minister until 1985, said so.", "Jan Kern");
    AT(1987, "Jan Kern, who has been trade minister since May, said so.", "Jan Kern");
    AT(1987, "Jan Kern, who is a banker, said so.", "");
    /* an official's staff: a gazetteer surname's possessive before the
     * post makes it public */
    AT(1996, "Jan Kern, Yeltsin's spokesman, said so.", "Jan Kern");
    /* a spokesman is a government's or an organisation's, not a firm's
     * or a hospital's */
    AT(2018, "Foreign Ministry spokesman Jan Kern said so.", "Jan Kern");
    AT(2018, "Police spokesman Jan Kern said so.", "Jan Kern");
    AT(2018, "Jan Kern, the Kremlin spokesman, said so.", "Jan Kern");
    AT(2018, "The company spokesman Jan Kern said so.", "");
    AT(2018, "The hospital spokeswoman Jana Kern said so.", "");
    AT(2018, "Jan Kern, a company spokesman, said so.", "");
    AT(2018, "The party general secretary Jan Kern said so.", "");
    /* a sports body's head is a society's, however international */
    AT(2018, "FIFA President Jan Kern said so.", "");
    AT(2018, "NFL Commissioner Jan Kern said so.", "");
    AT(2018, "IOC President Jan Kern said so.", "");
    AT(2018, "Schools Minister Jan Kern said so.", "Jan Kern");
    AT(1996, "Jan Kern, Ivo Lund's spokesman, said so.", "");
    /* a chamber's committee */
    AT(1987, "Jan Kern, chairman of the House Ways and Means Committee, said so.",
       "Jan Kern");
    AT(1987, "Jan Kern, chairman of Random House, said so.", "");
    /* posts the title list lacked */
    AT(1987, "Supreme Court Justice Jan Kern said so.", "Jan Kern");
    AT(1987, "Undersecretary of State Jan Kern said so.", "Jan Kern");
    AT(1987, "Finance Minister-designate Jan Kern said so.", "Jan Kern");
}

/* A government's chief officers (LABELLING.md: a chief health officer, a
 * chief veterinary officer count), unless the post belongs to a body that
 * is not public; a company's chief executive officer is none. */
static void test_chief_officers(void **state)
{
    (void)state;
    AT(2006, "Chief Medical Officer Jan Kern said so.", "Jan Kern");
    AT(2006, "The chief veterinary officer, Jan Kern, said so.", "Jan Kern");
    AT(2006, "Jan Kern, the Chief Medical Officer, said so.", "Jan Kern");
    AT(2006, "Jan Kern, Chief Veterinary Officer for Scotland, said so.", "Jan Kern");
    AT(2006, "Chief Nursing Officer for England Jan Kern said so.", "Jan Kern");
    AT(2006, "The state's chief public health officer Jan Kern said so.", "Jan Kern");
    AT(2006, "England's chief medical officer, Jan Kern, said so.", "Jan Kern");
    /* ... a body after "of", "for", "at" or before the post that is not
     * public makes it private */
    AT(2006, "Jan Kern, chief medical officer of Acme Corp, said so.", "");
    AT(2006, "Jan Kern, chief medical officer at the Royal Free Hospital, said so.", "");
    AT(2006, "The chief medical officer for Acme, Jan Kern, said so.", "");
    AT(2006, "Acme chief medical officer Jan Kern said so.", "");
    AT(2006, "Jan Kern, the airline's chief medical officer, said so.", "");
    AT(2006, "Chief Executive Officer Jan Kern said so.", "");
    AT(2006, "Jan Kern, chief executive officer, said so.", "");
    /* ... and without "chief" a scientific officer heads nothing */
    AT(2006, "Jan Kern, a WHO scientific officer, said so.", "");
}

/* Courtesy titles and honours between a post and the name are no part of
 * the name, whichever rule reads the post. */
static void test_courtesy_between_post_and_name(void **state)
{
    (void)state;
    AT(2006, "Health Minister Dr Jan Kern said so.", "Jan Kern");
    AT(2006, "Health Minister Dr. Jan Kern said so.", "Jan Kern");
    AT(2006, "Defence Secretary Sir Jan Kern said so.", "Jan Kern");
    AT(2006, "Foreign Secretary Dame Jana Kern said so.", "Jana Kern");
    AT(2006, "Chief Medical Officer Sir Jan Kern said so.", "Jan Kern");
    AT(2006, "Health Director Dr. Jan Kern said so.", "Jan Kern");
    AT(2006, "The health minister, Dr Jan Kern, said so.", "Jan Kern");
}

/* Legislators count (LABELLING.md), so a legislator's post-nominal after
 * a name presents the post; a seat before it is no name, and a bar rank
 * (QC) is no post. */
static void test_legislators_post_nominal(void **state)
{
    (void)state;
    AT(2006, "Jan Kern MP said so.", "Jan Kern");
    AT(2006, "The motion by Jan Kern MP was lost.", "Jan Kern");
    AT(2006, "Mr Jan Kern MP said so.", "Jan Kern");
    AT(2006, "Jana Kern MEP, who sits for London, said so.", "Jana Kern");
    AT(2006, "Jan Kern MSP said so.", "Jan Kern");
    AT(2006, "Jan Kern QC said so.", "");
    AT(2006, "West Midlands MP said so.", "");
    AT(2006, "The Green Party MP said so.", "");
    AT(2006, "Tory MP Jan Kern said so.", "Jan Kern");
}

/* "Surgeon General" is the title, not the rank "General", wherever it
 * stands. */
static void test_surgeon_general(void **state)
{
    (void)state;
    AT(2006, "Surgeon General Jan Kern said so.", "Jan Kern");
    AT(2006, "Jan Kern, the Surgeon General, said so.", "Jan Kern");
    AT(2006, "The surgeon general, Jan Kern, said so.", "Jan Kern");
    AT(2006, "Jan Kern, U.S. Surgeon General, said so.", "Jan Kern");
    AT(2006, "Jan Kern, a surgeon, said so.", "");
}

/* A government named after its head presents the head's post: a surname
 * is the one gazetteer head of state or government of that name (even
 * out of office: history told), a full name after "of" needs the
 * gazetteer or a title before it; a regime, a country and a body are no
 * heads. */
static void test_government_of_its_head(void **state)
{
    (void)state;
    AT(1983, "When it was the Tombalbaye Government, Togo dealt with it.",
       "François Tombalbaye");
    AT(1985, "The Thatcher government fell.", "Margaret Thatcher");
    AT(1983, "Then came the Government of Goukouni Oueddei.", "Goukouni Oueddei");
    AT(1983, "The government of Dr. Jan Kern fell.", "Jan Kern");
    AT(1983, "The Government of Jan Kern fell.", "");
    AT(1978, "The Smith regime fell.", "");
    AT(1983, "The Kern Government fell.", "");
    AT(1983, "The Government of National Unity said so.", "");
    AT(1983, "The Government of Papua New Guinea said so.", "");
}

/* A long name with one word respelled or misread resolves to the one
 * gazetteer official in office whose name it nearly is; a short name
 * must be nearer. */
static void test_respelled_long_names(void **state)
{
    (void)state;
    AT(1994, "President Zein El Abidine Ben Ali wrote.", "Zine El Abidine Ben Ali");
    AT(1990, "We thank the Secretary-General, Mr. Javier Pores de Cuellar, for it.",
       "Javier Pérez de Cuéllar");
    AT(1989, "President Roh Tae Wco proposed talks.", "Roh Tae-woo");
    AT(1989, "President Roh Tae Wcc proposed talks.", "Roh Tae Wcc");
}

/* A surname after a courtesy title in apposition with a composed post:
 * the one gazetteer official of that surname in office whose posts have
 * the post's head word; a surname no such official has is no value. */
static void test_courtesy_surname_with_composed_post(void **state)
{
    (void)state;
    AT(1982, "When the special United States envoy, Mr. Habib, arranged it, ...",
       "Philip Habib");
    AT(1982, "Mr. Habib, the special envoy, arranged it.", "Philip Habib");
    AT(1982, "The special envoy, Mr. Kern, arranged it.", "");
    AT(1982, "The governor, Mr. Habib, arranged it.", "");
    AT(0, "The special envoy, Mr. Habib, arranged it.", "");
}

/* An unnamed post that spoke in one sentence, and the next sentence opens
 * with a courtesy title, a full name and a verb of saying: the holder. */
static void test_post_in_the_sentence_before(void **state)
{
    (void)state;
    AT(2006, "The health minister said so on Friday. Dr Jan Kern says new laws "
             "will come.", "Jan Kern");
    AT(2006, "The health minister said so. Mr Jan Kern, a farmer, disagreed.", "");
    AT(2006, "The farmer said so. Dr Jan Kern says new laws will come.", "");
    AT(2006, "The health minister said so. The rain fell. Dr Jan Kern says new "
             "laws will come.", "");
}

/* A generic head title in lower case ("chief executive", "president",
 * "head") names an official only after a country or a public body. */
static void test_lower_case_generic_heads(void **state)
{
    (void)state;
    AT(2006, "\"Yes,\" chief executive Jan Kern told the paper.", "");
    AT(2006, "Acme chief executive Jan Kern said so.", "");
    AT(2006, "The president Jan Kern said so.", "");
    AT(2006, "Ruritanian president Jan Kern said so.", "");
    AT(2006, "Bureau of Animal Industry (BAI) head Jan Kern said so.", "Jan Kern");
    AT(2006, "WHO director-general Jan Kern said so.", "Jan Kern");
    AT(2006, "Chinese president Jan Kern said so.", "Jan Kern");
    AT(2006, "President Jan Kern said so.", "Jan Kern");
    /* ... "the <title> of <body>, Mr. <Name>" is read as before */
    AT(1977, "It was submitted by the head of the delegation of Panama, Mr. Jan "
             "Kern.", "Jan Kern");
}

/* Namesakes who both fit the date: the one whose stated tenure holds wins
 * over one a speech only attests; a curated tenure dates a shared form. */
static void test_stated_tenures_break_ties(void **state)
{
    (void)state;
    AT(1959, "General Franco made some statements.", "Francisco Franco");
    AT(1996, "President Eduardo Frei spoke.", "Eduardo Frei Ruiz-Tagle");
    AT(1966, "President Eduardo Frei spoke.", "Eduardo Frei Montalva");
}

/* A surname that starts with a particle after a title or a courtesy
 * title ("President de Klerk"), and a surname after "the <title> of <a
 * long body>, Mr." resolve like any surname after a title. */
static void test_particle_surnames_and_polite_appositions(void **state)
{
    (void)state;
    AT(1992, "President de Klerk said so.", "F. W. de Klerk");
    AT(1962, "General de Gaulle spoke.", "Charles de Gaulle");
    AT(1992, "The State President, Mr. de Klerk, said so.", "F. W. de Klerk");
    AT(1992, "President de Kern said so.", "");
    AT(1960, "The Chairman of the Council of Ministers of the USSR, Mr. Khrushchev, "
             "proposed it.", "Nikita Khrushchev");
    AT(1960, "The Chairman of the Council of Ministers of the USSR, Mr. Kern, "
             "proposed it.", "");
    /* a definite title resolves a respelled surname, and a former holder */
    AT(1957, "We pay tribute to the Secretary-General, Mr. Hammerskjold, for it.",
       "Dag Hammarskjöld");
    AT(1974, "It is a failing to which the Foreign Secretary of the United "
             "Kingdom, Mr. Callaghan, referred.", "James Callaghan");
    /* a courtesy title's surname opening its clause before the title */
    AT(1957, "Mr. Hammerskjold, the Secretary-General, said so.", "Dag Hammarskjöld");
    AT(1957, "Mr. Kern, the Secretary-General, said so.", "");
}

/* The titles of a foreign ministry fit the posts the gazetteer shows by
 * country (posts.tsv: a British foreign minister is the Foreign
 * Secretary). */
static void test_foreign_ministry_display_posts(void **state)
{
    (void)state;
    AT(1990, "Foreign Secretary Hurd said so.", "Douglas Hurd");
    AT(1975, "Foreign Secretary Callaghan said so.", "James Callaghan");
}

/* A name opening its clause glued to a capitalised post of a public body
 * (no comma between): the holder; not a body's name, nor a company's. */
static void test_name_glued_to_a_capitalised_post(void **state)
{
    (void)state;
    AT(2009, "Jan Kern Deputy Director for the Chinese Center for Disease Control "
             "said so.", "Jan Kern");
    AT(2009, "Jan Kern Minister of Health said so.", "Jan Kern");
    AT(2009, "Jan Kern Director of Acme Widgets said so.", "");
    AT(2009, "The Health Ministry Deputy Director for Planning said so.", "");
}

/* Local and health posts of the wire: a sheriff, a state veterinarian, a
 * director-general of a public body before the name. */
static void test_local_and_health_posts(void **state)
{
    (void)state;
    AT(2006, "Sheriff Jan Kern said so.", "Jan Kern");
    AT(2006, "The state veterinarian, Dr. Jan Kern, said so.", "Jan Kern");
    AT(2006, "Director-General of Health Dr. Jan Kern said so.", "Jan Kern");
    AT(2006, "Director-General of Acme Dr. Jan Kern said so.", "");
}

/* A speech's "our President, ..." and an office's staff ("the
 * Secretary-General's Personal Representative") present a post. */
static void test_our_president_and_an_offices_staff(void **state)
{
    (void)state;
    AT(2012, "Our President, His Excellency Mr. Jan Kern, has instructed me to say so.",
       "Jan Kern");
    AT(2012, "As my President, Jan Kern, said so.", "Jan Kern");
    AT(1988, "The Secretary-General's Personal Representative, Mr. Jan Kern, has "
             "worked hard.", "Jan Kern");
    AT(1988, "The company's Personal Representative, Mr. Jan Kern, has worked hard.", "");
    AT(1977, "Chairman Hua Kuo-feng has said so.", "Hua Guofeng");
}

/* A regnal name the gazetteer lacks is a brand's when the article names
 * a body with the same words. */
static void test_regnal_name_of_a_brand(void **state)
{
    (void)state;
    AT(2009, "It was linked to King Nut, an American brand. A recall by its "
             "distributor, King Nut Companies, followed.", "");
    AT(2009, "It was linked to King Nut, an American brand.", "Nut");
    AT(1996, "Queen Anne spoke.", "Anne");
    AT(1977, "The funeral of Steven Biko in King William's Town was yesterday.", "");
    AT(1977, "Queen Anne's reign was long.", "Anne");
}

/* Monarchs are known by the regnal name, as LABELLING.md says, whichever
 * form the data wrote ("King Charles III", "Hassan II"); a bare given name
 * stays one word; a regnal name that is also someone's surname keeps its
 * title (Dennis Francis, Saddam Hussein). */
static void test_monarchs_by_regnal_name(void **state)
{
    (void)state;
    AT(2023, "King Charles hosted the summit.", "Charles III");
    AT(1980, "Queen Elizabeth opened the session.", "Elizabeth II");
    AT(1990, "King Hussein met King Hassan II in Rabat.", "Hassan II|King Hussein");
    AT(1995, "Emperor Akihito visited China.", "Akihito");
    AT(1965, "King Mahendra received the envoy.", "Mahendra");
    AT(1960, "King Idris of Libya spoke.", "Idris I");
    AT(2015, "Pope Francis spoke in New York.", "Pope Francis");
    AT(2020, "King Salman received the envoy.", "Salman bin Abdulaziz Al Saud");
    AT(2010, "Grand Duke Henri opened the fair.", "Henri");
}

/* A hyphenated name broken at the end of a line, or by OCR that left a
 * space after the hyphen, is still one name (UNGDC: "Boutros Boutros-\n
 * Ghali", "Houphouet- Boigny"); a dash before a lower-case word on the
 * same line is punctuation. */
static void test_name_broken_at_its_hyphen(void **state)
{
    (void)state;
    AT(1993, "We thank Mr. Boutros Boutros-\nGhali, the Secretary-General.",
       "Boutros Boutros-Ghali");
    AT(2001, "Mr. Han Seung-\n  soo was elected President of the Assembly.",
       "Han Seung-soo");
    AT(1990, "It echoes President Felix Houphouet- Boigny, who said so.",
       "Félix Houphouët-Boigny");
    AT(1990, "Then President Houphouet- the elder statesman- spoke.", "");
    /* a name the gazetteer lacks is written joined, as one value */
    AT(1990, "Foreign Minister Jean-\nMarc Quillobert spoke.", "Jean-Marc Quillobert");
}

/* The post shown is the one held at the article's date, for a person who
 * went from a country's office to an international one (UNGDC top 300:
 * Mary Robinson had been listed with no country). */
static void test_post_of_a_career(void **state)
{
    (void)state;
    POSTS(1992, "President Mary Robinson visited Somalia.", "Mary Robinson=President");
    POSTS(1999, "We support High Commissioner Mary Robinson.",
          "Mary Robinson=High Commissioner for Human Rights");
}

/* A gazetteer name with its words in another order is that person, when
 * the date fits; a different person sharing one word is not. */
static void test_name_in_another_order(void **state)
{
    (void)state;
    AT(1996, "We thank Ambassador Ismail Razali, the President of the General Assembly.",
       "Razali Ismail");
    AT(1965, "President Abdel Gamal Nasser spoke.", "Gamal Abdel Nasser");
    AT(1990, "President Kaguta Yoweri Museveni spoke.", "Yoweri Museveni");
    AT(1965, "President Abdel Nasser Gamal spoke.", "Abdel Nasser Gamal");
    /* surname first, found by its first word (UNGDC 1995) */
    AT(1995, "We pay tribute to your predecessor, His Excellency Mr. Essy Amara, "
             "Minister for Foreign Affairs.", "Amara Essy");
    /* a first word that is someone's surname finds only the reversal */
    AT(2009, "Vice-Minister Deng Xiaohong said so.", "Deng Xiaohong");
    AT(1975, "President General Gnassingbe Eyadema of Togo spoke.", "Gnassingbé Eyadéma");
}

/* OCR of a long name: in four words or more one word may be misread from
 * its first letter on, or a particle respelled (UNGDC 1990-1991). */
static void test_long_name_misread(void **state)
{
    (void)state;
    AT(1990, "We thank Secretary-General Javier Perez de Ouellar.", "Javier Pérez de Cuéllar");
    AT(1991, "We thank the Secretary-General, Mr. Javier Perez do Cuellar.",
       "Javier Pérez de Cuéllar");
    AT(1990, "Secretary-General Xavier Perez de Cuellar spoke.", "Javier Pérez de Cuéllar");
    /* three words are too few to ignore a first letter, but for the
     * dated holder of the title's post one or two misread letters are a
     * scan's ("Daniel Arap Hoi"); undated, it is the name as written */
    AT(1990, "Secretary-General Perez de Ouellar spoke.", "Javier Pérez de Cuéllar");
    AT(0, "Secretary-General Perez de Ouellar spoke.", "Perez de Ouellar");
    AT(1990, "President Daniel Arap Hoi spoke.", "Daniel arap Moi");
    AT(1990, "Foreign Minister Daniel Arap Hoi spoke.", "Daniel Arap Hoi");
    AT(1980, "King Birenda Bir Bikram Shah Deva spoke.", "Birendra Bir Bikram Shah Dev");
    AT(1978, "As President Sedor Senghor of Senegal said.", "Léopold Sédar Senghor");
    AT(1971, "We salute President Ahmed Sdkou Toure.", "Sékou Touré");
    /* a misread name is that person each time it is written so */
    AT(1980, "Ambassador Jan Rliasson spoke. Later Jan Rliasson left.", "Jan Rliasson");
    AT(2005, "President Jan Rliasson spoke. Later Jan Rliasson left.",
       "Jan Eliasson");
}

/* Forms of address of a movement or an army are no part of the name. */
static void test_comrade_and_commandante(void **state)
{
    (void)state;
    AT(1995, "The President of the ANC, Comrade Nelson Mandela, spoke.", "Nelson Mandela");
    AT(2008, "We salute Comandante Daniel Ortega Saavedra.", "Daniel Ortega");
    AT(1980, "Hajji Omar Bongo agreed.", "Omar Bongo");
}

/* A region named with a country's word in it is no reference to the
 * country: "Indo-Chinese refugees" (tests/entities/real-tune4.tsv). */
static void test_indochina_is_no_china(void **state)
{
    entities *e = NULL;
    entities_date d = { 1989, 0, 0 };
    const char *text = "Indo-Chinese refugees left Indo-China for Thailand.";
    (void)state;
    assert_int_equal(entities_extract_dated(&e, gz, text, strlen(text), d), FA_OK);
    assert_int_equal(entities_ncountries(e), 1);
    assert_string_equal(entities_country(e, 0), "THA");
    entities_free(e);
}

/* An apostrophe inside a word of a name (an elided vowel, a glottal
 * stop) does not end the name; a possessive still does
 * (tests/entities/real-tune5.tsv, "Zeid Ra’ad Al Hussein"). */
static void test_apostrophe_inside_a_name(void **state)
{
    (void)state;
    AT(2014, "Foreign Minister Jan Ra\u2019ad Kern said the talks would go on.",
       "Jan Ra\u2019ad Kern");
    AT(2014, "Foreign Minister Jan Ma'ruf Kern said the talks would go on.",
       "Jan Ma'ruf Kern");
    AT(2014, "Foreign Minister Jan Kern\u2019s visit ended the talks.", "Jan Kern");
}

/* "the <title> for <a body>, <Name>," and "the <public body> <title>,
 * <Name>," are read like "the <title> of <a body>, <Name>,"; a country in
 * the body is tagged; the rest of a body's name is no person. */
static void test_post_for_a_body_and_after_a_body(void **state)
{
    entities *e = NULL;
    entities_date d = { 1957, 0, 0 };
    const char *text = "the Secretary for External Relations of Mexico, Mr. Jan Kern, "
                       "urged a compromise.";
    (void)state;
    AT(2014, "We thank the High Commissioner for Human Rights, Mr. Jan Kern, for his work.",
       "Jan Kern");
    AT(1952, "Thanks to the United Nations Commissioner, Mr. Jan Kern, the work ended.",
       "Jan Kern");
    AT(1970, "We thank the Australian Foreign Minister, Mr. Jan Kern, for his work.",
       "Jan Kern");
    AT(2022, "He became Executive Secretary of the United Nations Framework "
             "Convention on Climate Change last year.", "");
    AT(1994, "A diploma from the Force Commander of the United Nations Protection "
             "Force in November honoured them.", "");
    AT(2014, "He was the President for a decade, Jan Kern said.", "");
    assert_int_equal(entities_extract_dated(&e, gz, text, strlen(text), d), FA_OK);
    assert_int_equal(entities_ncountries(e), 1);
    assert_string_equal(entities_country(e, 0), "MEX");
    assert_int_equal(entities_nofficials(e), 1);
    assert_string_equal(entities_official(e, 0), "Jan Kern");
    entities_free(e);
}

/* A capitalised portfolio after a post's head word and "for" or "of" is
 * no one's name, even before ", the <title>" (real-tune5.tsv: "the
 * Ministers for Foreign Affairs, the Secretary-General"). */
static void test_portfolio_before_an_apposition(void **state)
{
    (void)state;
    AT(1963, "I thank the Ministers for Foreign Affairs, the Secretary-General of "
             "the United Nations and all delegations.", "");
    AT(1963, "I thank the Minister of Home Affairs, the Secretary-General of the "
             "United Nations and all delegations.", "");
    AT(1963, "I heard the statement of Jan Kern, the Minister for Foreign Affairs "
             "of Kenya, today.", "Jan Kern");
}

/* Heads of international organisations with their tenures
 * (data/curated/officials-history.tsv, issue 11's fifth tuning set). */
static void test_heads_of_organisations_by_date(void **state)
{
    (void)state;
    POSTS(1960, "Managing Director Paul G. Hoffman of the Special Fund spoke.",
          "Paul G. Hoffman=Managing Director of the Special Fund");
    POSTS(1970, "Paul G. Hoffman, the Administrator, spoke.",
          "Paul G. Hoffman=Administrator of UNDP");
    AT(2015, "the new High Commissioner, Prince Zeid Ra\u2019ad Al Hussein, spoke.",
       "Zeid Ra'ad Al Hussein");
    AT(2012, "High Commissioner Pillay said the report was ready.", "Navi Pillay");
}

/* Wire-copy shapes of 1987 (probes written in AP style, issue 11): a
 * nickname in quotation marks inside a name, a family's generation after
 * the surname, one word after a country's "leader" for the gazetteer's
 * one holder of that state at the date, and a full given name for the
 * gazetteer's initials. */
static void test_wire_name_shapes(void **state)
{
    (void)state;
    AT(1987, "Foreign Minister R.F. \"Pik\" Botha said talks would resume.", "Pik Botha");
    AT(1987, "Foreign Minister Roelof \"Pik\" Botha said talks would resume.", "Pik Botha");
    AT(1987, "Gen. Jan \u201cJack\u201d Kern said the war was over.", "Jan Kern");
    AT(1987, "The film \"Roots\" Botha said nothing.", "");
    AT(1987, "Attorney General Edwin Meese III defended the inquiry.", "Edwin Meese");
    AT(1987, "Sen. John D. Rockefeller IV opposed the bill.", "John Rockefeller");
    AT(1987, "Pope John Paul II met the bishops.", "John Paul II");
    AT(1987, "Afghan leader Najibullah offered a cease-fire.", "Mohammad Najibullah");
    AT(1987, "Soviet leader Gorbachev arrived in Washington.", "Mikhail Gorbachev");
    AT(1987, "Rebel leader Savimbi arrived in Washington.", "");
    AT(1987, "Libyan leader Najibullah arrived.", "");
    AT(0, "Afghan leader Najibullah offered a cease-fire.", "");
    AT(1987, "President Junius R. Jayewardene said the offensive would continue.",
       "J. R. Jayewardene");
    /* a counterpart of someone an office's title named in the sentence */
    AT(1987, "Egyptian Foreign Minister Esmat Abdel-Meguid met his Jordanian "
             "counterpart, Taher al-Masri.", "Esmat Abdel Meguid|Taher al-Masri");
    AT(1987, "Secretary of State George Shultz met his Soviet counterpart Eduard "
             "Shevardnadze.", "Eduard Shevardnadze|George Shultz");
    AT(2012, "The Real Madrid coach embraced his Spanish counterpart Jan Kern.", "");
    AT(1987, "Senate Republican leader Bob Dole, R-Kan., backed the treaty.", "Bob Dole");
    /* a post the text presents before the gazetteer's tenures (1990-)
     * is the gazetteer's person, with no post shown */
    POSTS(1987, "The Soviet negotiator, Yuli Vorontsov, said progress was made.",
          "Yuli Vorontsov=-");
    POSTS(1992, "The Soviet negotiator, Yuli Vorontsov, said progress was made.",
          "Yuli Vorontsov=Permanent Representative to the UN");
    AT(1985, "Yuli Vorontsov said progress was made.", "");
    /* a name alone, or after a courtesy title, before the first year of
     * the first tenure is no official: the slack is for a post the text
     * presents */
    AT(1993, "as testified last week in this place by Nelson Mandela.", "");
    AT(1993, "We heard in this forum Mr. Nelson Mandela call for it.", "");
    AT(1994, "as testified last week in this place by Nelson Mandela.", "Nelson Mandela");
    AT(1993, "the appeal made here by President Nelson Mandela for the lifting", "Nelson Mandela");
    /* a variant fits only with all its words: not Mohammed Ayub Khan */
    AT(1962, "Foreign Minister Mohammed Zafrulla Khan spoke.", "Muhammad Zafrulla Khan");
    AT(2017, "the High Commissioner for Human Rights, Mr. Al Hussein, came.",
       "Zeid Ra'ad Al Hussein");
}

/* A title set off by commas after a possessive pronoun, "a former", a
 * modifier or a title's possessive presents the name after it, as after
 * "the" (UNGDC speeches outside the labelled sets, read for misses). */
static void test_appositions_after_other_leads(void **state)
{
    (void)state;
    AT(1973, "the Bahamian people and their Prime Minister, Mr. Jan Kern, bring hope.",
       "Jan Kern");
    AT(2001, "I thank him and his Special Representative, Mr. Jan Kern, for it.", "Jan Kern");
    AT(2000, "the Secretary-General and his Personal Envoy, Mr. James Baker, and others.",
       "James Baker");
    AT(1961, "But, as a former Secretary-General, Trygve Lie, pointed out, it failed.",
       "Trygve Lie");
    AT(2006, "thanks to our former President, Jan Kern, a very wise man.", "Jan Kern");
    AT(2012, "the work of the Joint Special Envoy, Kofi Annan, and others.", "Kofi Annan");
    AT(2006, "the work of the Secretary-General\u2019s Special Envoy, Jan Kern, and his team.",
       "Jan Kern");
    AT(1972, "the Conference's Secretary-General, Mr. Jan Kern, to whom we pay tribute.",
       "Jan Kern");
    AT(2005, "the words of India\u2019s first Prime Minister, Jawaharlal Nehru, who said",
       "Jawaharlal Nehru");
    AT(1987, "The first Secretary-General, Trygve Lie, said of the United Nations.",
       "Trygve Lie");
    AT(1965, "made by the distinguished Foreign Minister of Brazil, Mr. Jan Kern, when",
       "Jan Kern");
    AT(2018, "the role of the late diplomat and former Secretary-General, Kofi Annan, and",
       "Kofi Annan");
    /* "Judge" is a courtesy title: no part of the value, and no post by
     * itself (a lower court's judge is no official) */
    AT(1998, "the Second Vice-President of Costa Rica, Judge Jan Kern, is a member.",
       "Jan Kern");
    AT(1998, "Judge Lance Ito said the trial would resume.", "");
    AT(1952, "Professor Jan Kern, the Executive Secretary of the Economic Commission "
             "for Europe, has said.", "Jan Kern");
    AT(1952, "Professor Jan Kern of Oxford said.", "");
    AT(1997, "reiterated by His Excellency The Honourable Jan Kern, President of the "
             "Republic of the Marshall Islands, at the session", "Jan Kern");
    AT(1998, "Justice Minister Jan Kern said.", "Jan Kern");
    /* a post after the name: "of the Republic (of ...)", "then ...", a
     * development bank's head */
    AT(1976, "Jan Kern, President of the Republic of Seychelles, spoke.", "Jan Kern");
    AT(1968, "what Mr. Jan Kern, then President of the International Bank for "
             "Reconstruction and Development, said", "Jan Kern");
    AT(1982, "Mr. Jan Kern, President of the Caribbean Development Bank, spoke.", "Jan Kern");
    AT(1982, "Mr. Jan Kern, President of the Chase Manhattan Bank, spoke.", "");
    AT(2024, "Mr. Jan Kern, President of the United Kingdom, spoke.", "Jan Kern");
    AT(2024, "Mr. Jan Kern, President of the United States Chamber of Commerce, spoke.",
       "");
    AT(1997, "when the then-Foreign Minister of Ireland, Mr. Jan Kern, introduced it",
       "Jan Kern");
    AT(2017, "Twenty-five years ago, my country\u2019s first President, Jan Kern, spoke.",
       "Jan Kern");
    AT(2019, "Egypt\u2019s first democratically elected President, Mohamed Morsi, died.",
       "Mohamed Morsi");
    /* a scan's damage to one word of a gazetteer variant (Idriss Deby Itno) */
    AT(2012, "the statement of Mr. Idriss Deby Itmo, President of the Republic of Chad, "
             "who", "Idriss D\u00e9by");
    /* a hard-wrapped line after a courtesy title ("Mr.\nJames Baker") */
    AT(2000, "the Secretary-General and his Personal Envoy, Mr.\nJames Baker, undertake it",
       "James Baker");
    AT(2006, "We commend the African Union Special Envoy, Mr. Jan Kern, for it.", "Jan Kern");
    AT(1990, "We heard the ex-President, Jan Kern, speak.", "Jan Kern");
    /* ... after no person: a country of several words, a place after
     * "in", a body's words after "for" */
    AT(2007, "our thanks go to Burkina Faso, the current Chair of ECOWAS.", "");
    AT(1958, "in a statement in Sao Paulo, the President of the Republic of Italy said", "");
    AT(1986, "the Military Committee for National Recovery, President of the Republic, "
             "spoke.", "");
    AT(2009, "According to Jan Kern, Vice Minister of Health, 138 cases were confirmed.",
       "Jan Kern");
    /* not an article alone, nor a company's generic head */
    AT(1990, "It needs a Minister, Jan Kern said.", "");
    AT(1990, "the Company's Chairman, Mr. Jan Kern, spoke.", "");
    /* no post fits the title's: the one in office at the date whose name
     * fits ("Secretary-General" names the UN's; he led UNCTAD) */
    AT(1972, "in the words of its Secretary-General, Mr. Perez Guerrero, the task",
       "Manuel P\u00e9rez Guerrero");
}

/* "under the presidency of Mr. <Name>" presents a president; "the
 * presidency of <a country>" names no one (real-tune5.tsv). */
static void test_presidency_of_a_name(void **state)
{
    (void)state;
    AT(1957, "He served as minister under the presidency of Mr. Jan Kern.", "Jan Kern");
    AT(1957, "During the Presidency of Jan Kern the country grew.", "Jan Kern");
    AT(1957, "Under the presidency of South Africa, the Council met.", "");
    AT(1957, "Under the presidency of Sri Lanka, the Council met.", "");
    AT(1957, "The presidency of France ended in June.", "");
    AT(1957, "Under the presidency of the Council, they met.", "");
}

/* A society named after an international organisation is not it: its
 * president holds no public post (real-tune5.tsv, "President of the
 * United Nations Association of Thailand"); a bank is public as the
 * World Bank. */
static void test_society_named_after_an_organisation(void **state)
{
    (void)state;
    AT(1955, "Jan Kern, President of the United Nations Association of Thailand, "
             "was elected.", "");
    AT(1955, "Jan Kern, President of the United Nations General Assembly, was elected.",
       "Jan Kern");
    AT(1955, "Jan Kern, president of the World Bank, said rates would rise.", "Jan Kern");
}

/* Titles of posts that are no English words (Taoiseach) and a mediator's
 * are titles, not part of the name; a mall and a principle after a title
 * word are no person (UNGDC, 600 speeches read for junk). */
static void test_titles_and_things_after_them(void **state)
{
    (void)state;
    AT(2008, "It was launched by our Prime Minister, Taoiseach Jan Kern, last week.",
       "Jan Kern");
    AT(2008, "They must engage with Chief Mediator Jan Kern in Doha.", "Jan Kern");
    AT(2013, "What happened at the Westgate Premier Shopping Mall was terrible.", "");
    AT(1964, "I need only quote General Principle Four to show its scope.", "");
}

/* A country of two or more words where a name would stand, and a
 * hyphenated word's "Co-" prefix, are no one's name (all UNGDC
 * speeches read for junk: "Costa Rica", "Sri Lanka", "Co-operation"). */
static void test_countries_and_prefixes_are_no_names(void **state)
{
    (void)state;
    AT(1975, "The Head of the Panamanian Government and the Presidents of Colombia, "
             "Costa Rica, and Venezuela signed it.", "");
    AT(1979, "I did so with my colleague the Minister for Development Co-operation, "
             "because we agree.", "");
    AT(1979, "I did so with the Minister for Development Co-operation, Mr. Jan Kern, "
             "because we agree.", "Jan Kern");
    AT(1975, "The Head of the Panamanian Government and the Presidents of Colombia, "
             "Jan Kern, signed it.", "Jan Kern");
}

/* Heads of state and government of 1946-2024 with their tenures, and
 * the usual English forms of names the data wrote in full
 * (data/curated/, issue 11): a surname after a title is the one in
 * office at the date. */
static void test_heads_of_state_by_date_and_usual_forms(void **state)
{
    (void)state;
    AT(1998, "President Kabila spoke in Kinshasa.", "Laurent-Désiré Kabila");
    AT(2005, "President Kabila spoke in Kinshasa.", "Joseph Kabila");
    AT(2013, "President Morales of Bolivia spoke.", "Evo Morales");
    AT(1987, "Prime Minister Mahathir Mohamed of Malaysia spoke.", "Mahathir Mohamad");
    AT(1990, "President Joaquim Alberto Chissano spoke.", "Joaquim Chissano");
    AT(1971, "the Head of State, General Etienne Eyadema, spoke.", "Gnassingbé Eyadéma");
    AT(1994, "We honour Mwalimu Julius Nyerere, former President of Tanzania.",
       "Julius Nyerere");
    AT(2007, "President Victor Yushchenko spoke.", "Viktor Yushchenko");
    AT(1996, "President Chandrika Bandaranaike Kumaratunga spoke.", "Chandrika Kumaratunga");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_titles_economic_posts),
        cmocka_unit_test(test_titles_other_posts),
        cmocka_unit_test(test_titles_law_officers_ranks_and_postings),
        cmocka_unit_test(test_titles_shapes),
        cmocka_unit_test(test_junk_names),
        cmocka_unit_test(test_canonical_later_mentions),
        cmocka_unit_test(test_canonical_patronymic),
        cmocka_unit_test(test_canonical_middle_initial),
        cmocka_unit_test(test_surname_words),
        cmocka_unit_test(test_lower_case_envoys),
        cmocka_unit_test(test_given_name_amir),
        cmocka_unit_test(test_title_after_official_possessive),
        cmocka_unit_test(test_canonical_folding),
        cmocka_unit_test(test_canonical_split_persons),
        cmocka_unit_test(test_gazetteer_repaired),
        cmocka_unit_test(test_dates_namesakes),
        cmocka_unit_test(test_dates_former_and_courtesy),
        cmocka_unit_test(test_dates_posts),
        cmocka_unit_test(test_dates_undated),
        cmocka_unit_test(test_recall_well_known),
        cmocka_unit_test(test_agency_post_before_name),
        cmocka_unit_test(test_agency_post_after_name),
        cmocka_unit_test(test_agency_post_premodified),
        cmocka_unit_test(test_places_named_after_monarchs),
        cmocka_unit_test(test_composed_heads_of_banks_and_boards),
        cmocka_unit_test(test_composed_portfolios),
        cmocka_unit_test(test_composed_legislators_and_local),
        cmocka_unit_test(test_bare_surnames_are_no_values),
        cmocka_unit_test(test_spelling_variants_and_titled_forms),
        cmocka_unit_test(test_posts_possessives_courtesy_and_countries),
        cmocka_unit_test(test_leaders_envoys_and_generic_titles),
        cmocka_unit_test(test_gazetteer_form_past_the_name_rules),
        cmocka_unit_test(test_courtesy_and_time_words_inside_posts),
        cmocka_unit_test(test_bodies_are_no_names),
        cmocka_unit_test(test_post_nouns_for_courtesy_surnames),
        cmocka_unit_test(test_indochina_is_no_china),
        cmocka_unit_test(test_wire_shapes_of_1987_and_1996),
        cmocka_unit_test(test_chief_officers),
        cmocka_unit_test(test_courtesy_between_post_and_name),
        cmocka_unit_test(test_legislators_post_nominal),
        cmocka_unit_test(test_surgeon_general),
        cmocka_unit_test(test_government_of_its_head),
        cmocka_unit_test(test_respelled_long_names),
        cmocka_unit_test(test_courtesy_surname_with_composed_post),
        cmocka_unit_test(test_post_in_the_sentence_before),
        cmocka_unit_test(test_lower_case_generic_heads),
        cmocka_unit_test(test_particle_surnames_and_polite_appositions),
        cmocka_unit_test(test_stated_tenures_break_ties),
        cmocka_unit_test(test_foreign_ministry_display_posts),
        cmocka_unit_test(test_name_glued_to_a_capitalised_post),
        cmocka_unit_test(test_regnal_name_of_a_brand),
        cmocka_unit_test(test_monarchs_by_regnal_name),
        cmocka_unit_test(test_name_broken_at_its_hyphen),
        cmocka_unit_test(test_comrade_and_commandante),
        cmocka_unit_test(test_post_of_a_career),
        cmocka_unit_test(test_name_in_another_order),
        cmocka_unit_test(test_long_name_misread),
        cmocka_unit_test(test_local_and_health_posts),
        cmocka_unit_test(test_our_president_and_an_offices_staff),
        cmocka_unit_test(test_apostrophe_inside_a_name),
        cmocka_unit_test(test_post_for_a_body_and_after_a_body),
        cmocka_unit_test(test_portfolio_before_an_apposition),
        cmocka_unit_test(test_heads_of_organisations_by_date),
        cmocka_unit_test(test_presidency_of_a_name),
        cmocka_unit_test(test_society_named_after_an_organisation),
        cmocka_unit_test(test_titles_and_things_after_them),
        cmocka_unit_test(test_countries_and_prefixes_are_no_names),
        cmocka_unit_test(test_heads_of_state_by_date_and_usual_forms),
        cmocka_unit_test(test_scan_damage_and_forms_of_address),
        cmocka_unit_test(test_negotiators),
        cmocka_unit_test(test_security_chiefs),
        cmocka_unit_test(test_company_chairmen),
        cmocka_unit_test(test_web_news_2018),
        cmocka_unit_test(test_generic_title_after_known_name),
        cmocka_unit_test(test_country_possessive_surname),
        cmocka_unit_test(test_namesakes_by_country_and_initials),
        cmocka_unit_test(test_plural_titles),
        cmocka_unit_test(test_his_excellency_after_title),
        cmocka_unit_test(test_hard_wrapped_lines),
        cmocka_unit_test(test_acronym_and_union_heads),
        cmocka_unit_test(test_wire_name_shapes),
        cmocka_unit_test(test_appositions_after_other_leads),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
