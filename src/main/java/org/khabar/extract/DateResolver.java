package org.khabar.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khabar.nlp.ArabicFolding;
import org.khabar.nlp.LanguageResources;

/**
 * Resolves the date expressions of a sentence against the publication date: explicit dates with either month
 * system («9 و10 كانون الثاني/يناير 2022»), “the first of the current month”, “the 12th of the same month”,
 * weekdays, today, yesterday, “the end of the year 2021”. The vocabulary comes from the language's
 * {@code date-words.tsv}, {@code months.tsv} and {@code weekdays.tsv}. Nothing is returned when the text
 * does not let the date be resolved (no publication date for a relative form).
 */
public final class DateResolver {
    /** A date found at folded-text offset {@code at}. */
    public record Found(int at, DateValue value) {}

    private final Map<String, Integer> months;
    private final Map<String, Integer> weekdays;
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<String, Integer> relativeDays = new HashMap<>();
    private final Map<String, String> monthRefs = new HashMap<>();
    private final Pattern explicit, monthDay, ofMonth, weekday, relDay, yearOnly, monthOnly;
    // words without which a pattern cannot match, looked for before its regex runs (see resolve)
    private final List<String> monthWords, monthsAfterSpace;
    /** First words of the month names, weekdays, relative days and ordinals: a sentence with none and no digit has no date. */
    private final Set<String> cueWords = new HashSet<>();

    public DateResolver(LanguageResources res) {
        this.months = res.months();
        this.weekdays = res.weekdays();
        Map<String, List<String>> words = new HashMap<>();
        for (String[] row : res.dateWords()) {
            words.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
            switch (row[0]) {
                case "ordinal" -> ordinals.put(row[1], Integer.parseInt(row[2]));
                case "relative-day" -> relativeDays.put(row[1], Integer.parseInt(row[2]));
                case "month-ref" -> monthRefs.put(row[1], row[2]);
                default -> { }
            }
        }
        this.monthWords = words.getOrDefault("month-word", List.of());
        // a month without a day follows its preposition and white space: « يونيو» rules out «آب» inside «الأحزاب»
        this.monthsAfterSpace = months.keySet().stream().map(m -> " " + m.split(" ")[0]).distinct().toList();
        for (var names : List.of(months.keySet(), weekdays.keySet(), relativeDays.keySet(), ordinals.keySet())) {
            for (String w : names) cueWords.add(w.split(" ")[0]);
        }
        String month = alt(months.keySet());
        String and = alt(words.getOrDefault("and", List.of()));
        String of = alt(words.getOrDefault("of", List.of()));
        String monthWord = alt(words.getOrDefault("month-word", List.of()));
        String ref = alt(monthRefs.keySet());
        String noLetter = "(?<![\\p{L}\\p{M}])", endWord = "(?![\\p{L}\\p{M}])";
        // the month's name in the other calendar: «يونيو/حزيران», «يونيو حزيران», «يونيو (حزيران)»
        String otherName = "(?:\\s*[/(]?\\s*(?:" + month + ")\\s*\\)?)?";
        explicit = Pattern.compile("(?<!\\d)(\\d{1,2})(?:\\s*(?:" + and + "|-)\\s*\\d{1,2})?\\s+(?:" + of + "\\s+)?(?:" + monthWord
                + "\\s+)?(" + month + ")" + otherName + "(?:\\s*,?\\s*(\\d{4}))?(?:\\s*(" + ref + "))?");
        // “April 26”, “the December 7 talks”, “March 8, 2022”: English puts the month first (date-words: order month-day)
        monthDay = words.getOrDefault("order", List.of()).contains("month-day")
                ? Pattern.compile(noLetter + "(" + month + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])(?:\\s*(?:" + and
                        + "|-)\\s*\\d{1,2}(?!\\d))?(?:\\s*,?\\s*(\\d{4})(?!\\d))?")
                : Pattern.compile("(?!)");
        ofMonth = Pattern.compile("(\\d{1,2}|" + alt(ordinals.keySet()) + ")\\s+" + of + "\\s+(?:" + monthWord + ")\\s+(" + ref + ")" + endWord);
        weekday = Pattern.compile(noLetter + "[\\u0648\\u0641]?(" + alt(weekdays.keySet()) + ")" + endWord);
        relDay = Pattern.compile(noLetter + "[\\u0648\\u0641]?(" + alt(relativeDays.keySet()) + ")" + endWord);
        // «في يونيو حزيران»، “in June 2021”: a month without a day, after a preposition (May and March are words too)
        monthOnly = Pattern.compile(noLetter + "(?:" + alt(words.getOrDefault("in-month", List.of())) + ")\\s+(" + month + ")" + otherName
                + "(?:\\s*,?\\s*(\\d{4}))?" + endWord);
        yearOnly = Pattern.compile(noLetter + "(?:" + alt(words.getOrDefault("year-word", List.of())) + ")\\s+(\\d{4})(?!\\d)");
    }

    /** Regex alternation of folded words, longest first, spaces matching any white space. */
    private static String alt(Collection<String> words) {
        if (words.isEmpty()) return "(?!)";
        StringBuilder sb = new StringBuilder("(?:");
        words.stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(w -> {
            if (sb.length() > 3) sb.append('|');
            sb.append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        });
        return sb.append(')').toString();
    }

    /**
     * All dates in {@code sentence}, in text order. {@code published} may be null; {@code context[0]} carries the
     * last month named in the article, for “the same month”, and is updated.
     */
    public List<Found> resolve(String sentence, LocalDate published, YearMonth[] context) {
        String s = ArabicFolding.fold(sentence);
        List<Found> out = new ArrayList<>();
        // most sentences hold no date: one scan rules them out, and a plain scan rules each pattern out before its regex runs
        boolean digits = s.chars().anyMatch(c -> c >= '0' && c <= '9');
        if (!digits && !hasCueWord(s)) return out;
        Matcher m = explicit.matcher(digits ? s : "");
        while (m.find()) {
            String r = m.group(4) == null ? null : monthRefs.get(m.group(4));
            addDay(out, m.start(), Integer.parseInt(m.group(1)), m.group(2), m.group(3), r, published, context);
        }
        m = monthDay.matcher(digits ? s : "");
        while (m.find()) addDay(out, m.start(), Integer.parseInt(m.group(2)), m.group(1), m.group(3), null, published, context);
        boolean ofMonthCues = (digits || containsAny(s, ordinals.keySet())) && containsAny(s, monthWords)
                && containsAny(s, monthRefs.keySet());
        m = ofMonth.matcher(ofMonthCues ? s : "");
        while (m.find()) {
            int day = ordinals.containsKey(m.group(1)) ? ordinals.get(m.group(1)) : Integer.parseInt(m.group(1));
            String r = monthRefs.get(m.group(2));
            YearMonth ym = "same".equals(r) ? context[0]
                    : published == null || r == null ? null : YearMonth.from(published).plusMonths(Integer.parseInt(r));
            if (ym == null || day < 1 || day > ym.lengthOfMonth()) continue;
            out.add(new Found(m.start(), new DateValue(ym.atDay(day).toString(), DateValue.Precision.DAY)));
        }
        if (published != null) {
            m = weekday.matcher(containsAny(s, weekdays.keySet()) ? s : "");
            while (m.find()) {
                int back = (published.getDayOfWeek().getValue() - weekdays.get(m.group(1)) + 7) % 7;
                out.add(new Found(m.start(), new DateValue(published.minusDays(back).toString(), DateValue.Precision.DAY)));
            }
            m = relDay.matcher(containsAny(s, relativeDays.keySet()) ? s : "");
            while (m.find()) {
                if (near(out, m.start(), 12)) continue; // “today, Thursday” is one date
                LocalDate d = published.plusDays(relativeDays.get(m.group(1)));
                out.add(new Found(m.start(), new DateValue(d.toString(), DateValue.Precision.DAY)));
            }
        }
        boolean spaces = s.chars().noneMatch(c -> c != ' ' && Character.isWhitespace(c));
        boolean monthCue = spaces ? monthsAfterSpace.stream().anyMatch(s::contains) : containsAny(s, months.keySet());
        m = monthOnly.matcher(monthCue ? s : "");
        while (m.find()) {
            if (near(out, m.start(), 12)) continue; // the month of a full date found above
            int month = months.getOrDefault(m.group(1).replaceAll("\\s+", " "), 0);
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : null;
            // a month without a year: the latest such month not after the publication
            if (year == null && published != null) year = published.getYear() - (month > published.getMonthValue() ? 1 : 0);
            if (year == null || month == 0) continue;
            context[0] = YearMonth.of(year, month);
            out.add(new Found(m.start(), new DateValue(YearMonth.of(year, month).toString(), DateValue.Precision.MONTH)));
        }
        m = yearOnly.matcher(digits ? s : "");
        while (m.find()) {
            if (near(out, m.start(), 30)) continue;
            out.add(new Found(m.start(), new DateValue(m.group(1), DateValue.Precision.YEAR)));
        }
        out.sort(Comparator.comparingInt(Found::at));
        return out;
    }

    /**
     * A day of a named month; without a year, the latest such month not after the publication date (a month named
     * “last” ({@code ref} -1) is last year's when it is the publication's month). Nothing for a day the month lacks.
     */
    private void addDay(List<Found> out, int at, int day, String monthName, String yearDigits, String ref, LocalDate published, YearMonth[] context) {
        int month = months.getOrDefault(monthName.replaceAll("\\s+", " "), 0);
        Integer year = yearDigits != null ? Integer.valueOf(yearDigits) : null;
        if (year == null && published != null) {
            year = published.getYear();
            if (month > published.getMonthValue() || ("-1".equals(ref) && month == published.getMonthValue())) year--;
        }
        if (year == null || month == 0) return;
        try {
            LocalDate d = LocalDate.of(year, month, day);
            context[0] = YearMonth.of(year, month);
            out.add(new Found(at, new DateValue(d.toString(), DateValue.Precision.DAY)));
        } catch (DateTimeException ignored) {
            // a number and a month name that make no date (31 February): not a date
        }
    }

    /**
     * Whether a word of folded text, or what is left of it after up to three proclitic letters («وأمس», «بالأول»),
     * starts a date word. Every pattern without digits needs one.
     */
    private boolean hasCueWord(String s) {
        int i = 0, n = s.length();
        while (i < n) {
            if (!Character.isLetter(s.charAt(i))) { i++; continue; }
            int j = i;
            while (j < n && Character.isLetter(s.charAt(j))) j++;
            for (int k = i; k < Math.min(i + 4, j - 1); k++) {
                if (cueWords.contains(s.substring(k, j))) return true;
                if ("\u0648\u0641\u0628\u0644\u0643".indexOf(s.charAt(k)) < 0) break; // و ف ب ل ك
            }
            i = j;
        }
        return false;
    }

    /** Whether {@code s} holds the first word of one of {@code words} (a necessary condition for a match). */
    private static boolean containsAny(String s, Collection<String> words) {
        for (String w : words) {
            int sp = w.indexOf(' ');
            if (s.contains(sp < 0 ? w : w.substring(0, sp))) return true;
        }
        return false;
    }

    private static boolean near(List<Found> found, int at, int window) {
        for (Found f : found) if (Math.abs(f.at() - at) <= window) return true;
        return false;
    }
}
